package message

import (
	"strings"
	"testing"

	"github.com/haili/haili/schemas"
)

// specTemplates are product specifications that name apps as features of
// the goods (calls, notifications, compatibility), per language: no lure.
var specTemplates = map[string][]string{
	"en": {"The headset supports {A} and {B} calls, CE certified.", "Smart watch shows {A} and {B} notifications, IP68 waterproof.",
		"Compatible with {A} / {B} video calls, Bluetooth 5.3."},
	"zh": {"这款耳机支持{A}、{B}语音通话，已通过CE认证。", "兼容{A}/{B}通话，CE认证。", "手表可显示{A}和{B}消息通知，IP68防水。"},
	"es": {"Auriculares compatibles con llamadas de {A} y {B}, certificado CE.", "El reloj muestra notificaciones de {A} y {B}, resistente al agua IP68."},
	"pt": {"Fone compatível com chamadas de {A} e {B}, certificado CE.", "O relógio mostra notificações do {A} e do {B}, IP68."},
	"fr": {"Les écouteurs prennent en charge les appels {A} et {B}, certifiés CE.", "La montre affiche les notifications {A} et {B}, étanche IP68."},
	"de": {"Die Kopfhörer unterstützen {A}- und {B}-Anrufe, CE-zertifiziert.", "Die Uhr zeigt {A}- und {B}-Benachrichtigungen, IP68."},
	"it": {"Le cuffie supportano chiamate {A} e {B}, certificate CE.", "L'orologio mostra le notifiche di {A} e {B}, IP68."},
	"ru": {"Наушники поддерживают звонки в {A} и {B}, сертификат EAC.", "Часы показывают уведомления {A} и {B}, защита IP68."},
	"tr": {"Kulaklık {A} ve {B} aramalarını destekler, CE sertifikalı.", "Saat {A} ve {B} bildirimlerini gösterir, IP68."},
	"ar": {"السماعة تدعم مكالمات {A} و {B}، شهادة CE.", "الساعة تعرض إشعارات {A} و {B}، مقاومة للماء IP68."},
	"hi": {"हेडसेट {A} और {B} कॉल सपोर्ट करता है, CE प्रमाणित।", "Earphone {A} aur {B} calls support karta hai, BIS certified."},
	"id": {"Headset mendukung panggilan {A} dan {B}, bersertifikat CE.", "Jam menampilkan notifikasi {A} dan {B}, tahan air IP68."},
	"vi": {"Tai nghe hỗ trợ gọi {A}, {B}, chứng nhận CE.", "Đồng hồ hiển thị thông báo {A}, {B}, chống nước IP68.",
		"Tai nghe hỗ trợ gọi {A} và {B}, đạt chứng nhận CE FCC.", "Sản phẩm đã được xác nhận tương thích {A}, {B}."},
	"th": {"หูฟังรองรับการโทร {A} และ {B} ได้รับรอง CE", "นาฬิกาแสดงการแจ้งเตือน {A} และ {B} กันน้ำ IP68"},
	"ja": {"ヘッドセットは{A}、{B}通話に対応、CE認証済み。", "スマートウォッチは{A}と{B}の通知を表示、IP68防水。"},
	"ko": {"헤드셋은 {A}, {B} 통화를 지원합니다, CE 인증.", "스마트워치는 {A}와 {B} 알림을 표시합니다, IP68 방수."},
}

// specLures invite to the app outright, per language: still a lure.
var specLures = map[string]string{
	"en": "Contact us on {A} for the best price.", "zh": "请加我们{A}详聊价格。", "es": "Contáctanos por {A} para el precio.",
	"pt": "Fale conosco pelo {A} para o preço.", "fr": "Contactez-nous sur {A} pour le prix.",
	"de": "Kontaktieren Sie uns über {A} für den Preis.", "it": "Contattaci su {A} per il prezzo.",
	"ru": "Напишите нам в {A}, дадим цену.", "tr": "Fiyat için bize {A} üzerinden ulaşın.", "ar": "تواصل معنا على {A} للسعر.",
	"hi": "Price ke liye humein {A} par contact karein.", "id": "Hubungi kami lewat {A} untuk harga.",
	"vi": "Liên hệ {A} với chúng tôi để có giá.", "th": "ติดต่อเราทาง {A} เพื่อสอบถามราคา", "ja": "価格は{A}でご連絡ください。",
	"ko": "가격은 {A}로 연락 주세요.",
}

var specApps = [][2]string{{"WhatsApp", "Skype"}, {"Zalo", "WhatsApp"}, {"Telegram", "Viber"}, {"WeChat", "LINE"}}

var specWrappers = []func(string) string{
	func(s string) string { return s },
	func(s string) string { return "안녕하세요, " + s },
	func(s string) string { return "Hello, " + s + " Thank you!" },
	func(s string) string { return s + " 감사합니다." },
}

// TestSpecSentencesNameApps checks the family "a product specification
// names apps": headsets that support WhatsApp calls, watches that show
// LINE notifications, in every language and wrapped in greetings, are no
// lure — read by the analysis itself, the prefilter bypassed — while
// inviting to the same app stays one, alone or after a specification.
func TestSpecSentencesNameApps(t *testing.T) {
	full := testDetector(t)
	full.noPrefilter = true
	pre := testDetector(t)
	fill := func(tpl string, p [2]string) string {
		return strings.NewReplacer("{A}", p[0], "{B}", p[1]).Replace(tpl)
	}
	n := 0
	for lang, tpls := range specTemplates {
		for _, tpl := range tpls {
			for _, p := range specApps {
				for _, w := range specWrappers {
					text := w(fill(tpl, p))
					n++
					if got := analyzeAll(t, full, text); len(got) != 0 {
						t.Errorf("%s: false alarm %v: %q", lang, got, text)
					}
				}
				// A specification, then an invitation: a lure.
				for _, d := range []*Detector{full, pre} {
					text := fill(tpl, p) + " " + fill(specLures[lang], [2]string{p[1], p[0]})
					if got := analyzeAll(t, d, text); !containsString(got, schemas.OffplatformContact) {
						t.Errorf("%s: missed %v: %q", lang, got, text)
					}
				}
			}
		}
		for _, p := range specApps {
			for _, d := range []*Detector{full, pre} {
				text := fill(specLures[lang], p)
				if got := analyzeAll(t, d, text); !containsString(got, schemas.OffplatformContact) {
					t.Errorf("%s: missed %v: %q", lang, got, text)
				}
			}
		}
	}
	t.Logf("%d specification sentences", n)
}
