package message_test

import (
	"strings"
	"testing"
)

// Private groups and channels outside the platform, and auto-replies that
// give a handle (family 3 of the channels round). {A} is the app, in every
// language with the apps merchants of that language use; near misses are
// the platform's own features, group buying, and a product that works with
// an app's groups.

var groupApps = map[string][]string{
	"en": {"Telegram", "WhatsApp", "Facebook", "FB", "LINE OpenChat", "tele", "face", "TG", "the green app", "Naver Band"},
	"zh": {"微信", "Telegram", "TG", "LINE", "飞机", "V", "薇"},
	"es": {"WhatsApp", "Telegram", "Facebook", "wasap", "tele", "face"},
	"pt": {"WhatsApp", "Telegram", "Facebook", "zap", "face"},
	"fr": {"WhatsApp", "Telegram", "Facebook"},
	"de": {"WhatsApp", "Telegram", "Facebook"},
	"it": {"WhatsApp", "Telegram", "Facebook"},
	"ru": {"Телеграме", "ТГ", "WhatsApp", "вотсапе", "телеге"},
	"tr": {"WhatsApp", "Telegram"},
	"ar": {"واتساب", "تيليجرام", "فيسبوك"},
	"hi": {"व्हाट्सऐप", "टेलीग्राम", "WhatsApp"},
	"id": {"WA", "WhatsApp", "Telegram", "FB", "tele"},
	"vi": {"Zalo", "Facebook", "Telegram", "za lô", "tele", "FB"},
	"th": {"ไลน์", "LINE", "Facebook"},
	"ja": {"LINE", "LINEオープンチャット", "カカオトーク"},
	"ko": {"네이버 밴드", "카카오톡 오픈채팅", "카톡", "텔레그램", "텔레", "밴드"},
}

var groupCarriers = map[string][]string{
	"en": {"Join our private buyers group on {A} for weekly deals", "We have a closed channel on {A}, search \"AnnaLights\" and request to join",
		"Join our VIP group on {A}, better prices there"},
	"zh": {"加入我们的{A}群，每周有特价", "我们有个{A} VIP群，搜索“安娜灯具”申请加入", "进我们{A}群，价格更低"},
	"es": {"Únete a nuestro grupo VIP de {A} para ofertas", "Tenemos un canal privado en {A}, busca \"AnnaLights\" y solicita unirte"},
	"pt": {"Entre no nosso grupo VIP do {A} para ofertas", "Temos um canal fechado no {A}, procure \"AnnaLights\" e peça para entrar"},
	"fr": {"Rejoignez notre groupe privé sur {A} pour les offres", "Nous avons un canal privé sur {A}, cherchez \"AnnaLights\" et demandez à rejoindre"},
	"de": {"Treten Sie unserer privaten Gruppe auf {A} bei", "Wir haben einen geschlossenen Kanal auf {A}, suchen Sie \"AnnaLights\" und treten Sie bei"},
	"it": {"Unisciti al nostro gruppo VIP su {A} per le offerte", "Abbiamo un canale privato su {A}, cerca \"AnnaLights\" e chiedi di entrare"},
	"ru": {"Вступайте в нашу закрытую группу в {A}", "Подписывайтесь на наш канал в {A}, там скидки"},
	"tr": {"{A} VIP grubumuza katılın, fiyatlar orada daha iyi", "{A} kanalımıza katılın, \"AnnaLights\" diye aratın"},
	"ar": {"انضم إلى مجموعتنا الخاصة على {A}", "انضموا إلى قناتنا على {A} للعروض"},
	"hi": {"हमारे {A} ग्रुप से जुड़ें, वहां बेहतर दाम हैं", "hamare {A} group join karo, offers milenge"},
	"id": {"Gabung grup VIP kami di {A} ya kak", "Gabung ke channel {A} kami, cari \"AnnaLights\""},
	"vi": {"Tham gia nhóm {A} VIP của shop nhé", "Vào nhóm {A} của bên em để nhận ưu đãi"},
	"th": {"เข้ากลุ่ม{A} VIP ของเราได้เลยค่ะ", "เข้าร่วมกลุ่ม{A}ของร้านเพื่อรับส่วนลด"},
	"ja": {"{A}の限定グループに参加してください", "{A}のグループに参加すると割引があります"},
	"ko": {"{A} VIP 그룹에 가입해 주세요", "{A} 단톡방에 들어오세요, 할인 정보 드려요"},
}

func groupCases() []gapCase {
	var cs []gapCase
	for lang, apps := range groupApps {
		for _, a := range apps {
			for _, c := range groupCarriers[lang] {
				cs = append(cs, gapCase{lang, "op_private_group", []turn{seller(strings.ReplaceAll(c, "{A}", a))}, op})
			}
		}
	}
	// Auto-replies that give a handle or a number.
	for lang, ts := range map[string][]string{
		"en": {"[Auto-reply] away until Monday, urgent: Telegram @anna_3444", "[Auto reply] I'm offline now, for urgent matters WhatsApp +86 138 1234 5678"},
		"zh": {"【自动回复】周一前不在，急事请联系 Telegram @anna_3444", "[自动回复] 现在不在线，急事加微信 anna_3444"},
		"es": {"[Respuesta automática] Fuera hasta el lunes, urgente: WhatsApp +52 55 1234 5678"},
		"pt": {"[Resposta automática] Fora até segunda, urgente: zap 11 98765 4321"},
		"fr": {"[Réponse automatique] Absent jusqu'à lundi, urgent : Telegram @anna_3444"},
		"de": {"[Automatische Antwort] Bis Montag abwesend, dringend: Telegram @anna_3444"},
		"it": {"[Risposta automatica] Assente fino a lunedì, urgente: WhatsApp +39 333 123 4567"},
		"ru": {"[Автоответ] Нет на месте до понедельника, срочно: ТГ @anna_3444"},
		"tr": {"[Otomatik yanıt] Pazartesiye kadar yokum, acil: WhatsApp +90 532 123 45 67"},
		"ar": {"[رد تلقائي] غير متاح حتى الاثنين، للطوارئ واتساب 00971501234567"},
		"hi": {"[ऑटो रिप्लाई] सोमवार तक उपलब्ध नहीं, जरूरी हो तो WhatsApp 9876543210"},
		"id": {"[Balasan otomatis] Libur sampai Senin, urgent WA 0812 3456 7890"},
		"vi": {"[Trả lời tự động] Nghỉ đến thứ Hai, gấp thì Zalo 0912 345 678"},
		"th": {"[ตอบกลับอัตโนมัติ] หยุดถึงวันจันทร์ ด่วนทักไลน์ anna_3444"},
		"ja": {"【自動返信】月曜まで不在です。お急ぎの方はLINE: anna_3444"},
		"ko": {"[자동응답] 월요일까지 부재중입니다. 급한 일은 카톡 anna_3444"},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_auto_reply", []turn{seller(tpl)}, op})
		}
	}
	for lang, ts := range map[string][]string{
		"en": {"Follow our store on Alibaba for new arrivals.", "Group buying discount for 500 pcs.",
			"The smartwatch supports WhatsApp group notifications.", "Our smartwatch supports WhatsApp group chats.",
			"Our WeChat Pay channel is for deposits only.", "Join the Alibaba buyer community to get coupons.",
			"Join our store's fan group on Alibaba for coupons.", "Group orders over 1000 pcs ship by sea.",
			"[Auto-reply] Thanks for your message, we will reply within 24 hours."},
		"zh": {"关注我们的店铺获取新品", "团购500件以上有折扣", "手表支持微信群消息提醒", "[自动回复] 您好，我们会在24小时内回复"},
		"es": {"Compra en grupo: descuento desde 500 piezas.", "El reloj muestra notificaciones de grupos de WhatsApp."},
		"ru": {"Групповая закупка от 500 штук со скидкой.", "[Автоответ] Ответим в течение 24 часов."},
		"ko": {"시계 밴드 그룹 구매 할인", "공동구매 500개 이상 할인", "카톡 방수 케이스 재고 있습니다"},
		"ja": {"共同購入で500個以上割引"},
		"th": {"ซื้อกลุ่ม 500 ชิ้นมีส่วนลด"},
		"id": {"Beli grup 500 pcs dapat diskon.", "Jam tangan mendukung notifikasi grup WA."},
		"vi": {"Mua theo nhóm từ 500 cái được giảm giá."},
		"tr": {"Toplu alımda 500 adet üstü indirim."},
		"ar": {"خصم للشراء الجماعي فوق 500 قطعة."},
		"fr": {"Achat groupé : remise dès 500 pièces."},
		"de": {"Sammelbestellung ab 500 Stück mit Rabatt."},
		"it": {"Acquisto di gruppo: sconto da 500 pezzi."},
		"pt": {"Compra em grupo com desconto acima de 500 peças."},
		"hi": {"500 पीस से ऊपर ग्रुप खरीद पर छूट।"},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_group_clean", []turn{seller(tpl)}, ""})
		}
	}
	return cs
}

func TestPrivateGroupsAndAutoReplies(t *testing.T) { runGapCases(t, groupCases()) }
