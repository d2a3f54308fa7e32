package message_test

import (
	"strings"
	"testing"
)

// Generated variants of two families missed in a holdout set: the buyer asks
// indirectly how to reach the merchant directly (the merchant's contact reply
// is then allowed), and the merchant pushes an app the buyer refused, giving
// a handle in a later clause after an invitation verb. Templates × languages
// × channels × handles; every variant must pass.

// gaps2Asks are buyer questions about reaching the merchant directly,
// outside or privately, per language.
var gaps2Asks = map[string][]string{
	"en": {"How can I contact you directly?", "How can I reach you outside?", "How can I message you privately?",
		"Is there a direct way to reach you?", "Do you have a direct line?", "How can I call you directly?"},
	"zh": {"怎么直接联系你？", "私下怎么找你？", "有没有直接联系你的方式？", "怎么直接找你？"},
	"es": {"¿Cómo puedo contactarte directamente?", "¿Cómo me comunico contigo directamente?",
		"¿Hay una forma directa de contactarte?", "¿Tienes una línea directa?"},
	"fr": {"Comment puis-je vous joindre directement ?", "Comment vous contacter en privé ?",
		"Y a-t-il un moyen direct de vous joindre ?", "Avez-vous une ligne directe ?"},
	"pt": {"Como posso te contatar diretamente?", "Como posso falar com você diretamente?",
		"Tem um jeito direto de falar com você?", "Você tem uma linha direta?"},
	"ru": {"Как с вами связаться напрямую?", "Как я могу связаться с вами лично?", "Есть прямой способ связаться с вами?",
		"У вас есть прямая линия?"},
	"ar": {"كيف يمكنني التواصل معك مباشرة؟", "هل هناك طريقة مباشرة للتواصل معك؟", "هل لديك خط مباشر؟"},
	"de": {"Wie kann ich Sie direkt erreichen?", "Wie kann ich Sie direkt kontaktieren?",
		"Gibt es einen direkten Weg, Sie zu erreichen?", "Haben Sie eine Direktwahl?"},
	"tr": {"Size doğrudan nasıl ulaşabilirim?", "Sizinle doğrudan nasıl iletişim kurabilirim?",
		"Size doğrudan ulaşmanın bir yolu var mı?", "Direkt hattınız var mı?"},
	"ko": {"직접 어떻게 연락드릴 수 있나요?", "직접 연락할 방법이 있나요?", "직통 번호 있으세요?"},
	"ja": {"直接連絡するにはどうすればいいですか？", "直接の連絡先はありますか？", "直通の番号はありますか？"},
	"vi": {"Làm sao để liên hệ trực tiếp với bạn?", "Có cách nào liên lạc trực tiếp với bạn không?"},
	"id": {"Bagaimana saya bisa menghubungi Anda langsung?", "Ada cara langsung untuk menghubungi Anda?"},
	"th": {"จะติดต่อคุณโดยตรงได้อย่างไร", "มีช่องทางติดต่อคุณโดยตรงไหม"},
	"it": {"Come posso raggiungerti direttamente?", "Come posso contattarti in privato?",
		"C'è un modo diretto per contattarti?", "Hai una linea diretta?"},
	"hi": {"Aapse directly kaise contact karu?", "Aapko direct kaise call karu?"},
}

// gaps2Replies are the merchant's short answers with a value and its channel.
var gaps2Replies = map[string]string{
	"en": "Sure: {V} ({C})", "zh": "可以：{V}（{C}）", "es": "Claro: {V} ({C})", "fr": "Bien sûr : {V} ({C})",
	"pt": "Com certeza: {V} ({C})", "ru": "Конечно: {V} ({C})", "ar": "بالتأكيد: {V} ({C})", "de": "Natürlich: {V} ({C})",
	"tr": "Elbette: {V} ({C})", "ko": "네: {V} ({C})", "ja": "はい：{V}（{C}）", "vi": "Được: {V} ({C})",
	"id": "Tentu: {V} ({C})", "th": "ได้ค่ะ: {V} ({C})", "it": "Certo: {V} ({C})", "hi": "Haan: {V} ({C})",
}

// gaps2Values are contact values with the channel tag a merchant writes after them.
var gaps2Values = []struct{ v, c string }{
	{"+55 11 91234 5678", "whats"}, {"+90 532 123 4567", "WhatsApp"}, {"anna.trade@qq dot com", "e-mail"}, {"x.trade@qq dot com", "e-posta"},
	{"WeChat anna_3444", "ID"},
}

// gaps2Refusals are a buyer turning the app down, per language; {A} is the app.
var gaps2Refusals = map[string]string{
	"en": "I don't use {A}, I prefer to keep talking here.", "zh": "我不用{A}，还是在这里聊吧。",
	"es": "No uso {A}, prefiero seguir hablando aquí.", "fr": "Je n'utilise pas {A}, je préfère continuer ici.",
	"pt": "Não uso {A}, prefiro continuar falando aqui.", "ru": "Я не пользуюсь {A}, давайте здесь.",
	"ar": "لا أستخدم {A}، أفضل أن نكمل هنا.", "de": "Ich nutze kein {A}, lieber hier weiter.",
	"tr": "{A} kullanmıyorum, burada devam edelim.", "ko": "{A} 안 써요, 여기서 얘기해요.",
	"ja": "{A}は使っていません、ここで話しましょう。", "vi": "Tôi không dùng {A}, nói chuyện ở đây thôi.",
	"id": "Saya tidak pakai {A}, di sini saja ya.", "th": "ไม่ใช้ {A} ค่ะ คุยที่นี่ดีกว่า",
	"it": "Non uso {A}, preferisco continuare qui.", "hi": "Main {A} use nahi karta, yahin baat karte hain.",
}

// gaps2Pushes praise the app and invite with a handle in a later clause.
var gaps2Pushes = map[string][]string{
	"en": {"{A} is much easier, add {H}, I reply faster there.", "{A} is way faster, just add me: {H}"},
	"zh": {"{A}方便多了，加{H}，那边回复更快。"},
	"es": {"Por {A} es mucho más fácil, agrega {H}, respondo más rápido allí.", "{A} es más rápido, agrégame: {H}"},
	"fr": {"{A} est beaucoup plus simple, ajoutez {H}, je réponds plus vite là-bas."},
	"pt": {"Pelo {A} é bem mais fácil, adiciona {H}, respondo mais rápido lá."},
	"ru": {"В {A} намного удобнее, добавьте {H}, там отвечаю быстрее."},
	"ar": {"{A} أسهل بكثير، أضف {H}", "{A} أسرع، أضفني {H}"},
	"de": {"{A} ist viel einfacher, fügen Sie {H} hinzu, dort antworte ich schneller."},
	"tr": {"{A} çok daha kolay, {H} ekleyin, orada daha hızlı cevap veririm."},
	"ko": {"{A}가 훨씬 편해요, {H} 추가해 주세요."},
	"ja": {"{A}の方がずっと楽です、{H}を追加してください。"},
	"vi": {"{A} tiện hơn nhiều, kết bạn {H} nhé."},
	"id": {"{A} jauh lebih gampang, add ID: {H} ya", "{A} lebih cepat, tambahkan {H}"},
	"th": {"{A} สะดวกกว่าเยอะ แอด {H} นะคะ"},
	"it": {"Su {A} è molto più facile, aggiungi {H}, rispondo più veloce lì."},
	"hi": {"{A} bahut easy hai, add karo {H}"},
}

var gaps2Apps = []string{"WeChat", "Line", "Snapchat", "Telegram", "WhatsApp"}

// gaps2LocalApps are apps written the local way, per language.
var gaps2LocalApps = map[string][]string{
	"th": {"วีแชท", "ไลน์"}, "zh": {"微信", "VX"}, "ru": {"Ватсап", "Телеграм"}, "ko": {"카톡", "카카오톡"},
	"ja": {"ライン"}, "vi": {"Zalo"}, "tr": {"BiP"}, "ar": {"واتساب"}, "id": {"WA"}, "de": {"Threema"}, "en": {"Viber"},
}
var gaps2PushHandles = []string{"anna-trade61", "anna_3444", "kevin.2617"}

// gaps2CodeLookalikes praise a product and "add" a model code: no app, no lure.
var gaps2CodeLookalikes = map[string][]string{
	"en": {"Model AB-2250 is much easier to install, add the B-110 bracket.", "Version 2 is faster, add kit KT-200 to the order.",
		"The AB-2250 is much easier, add AB-2251 for outdoor use.",
		// An app named without inviting to it, refused, or in product talk.
		"WeChat Pay is supported, model AB-2250 ships today.", "No need for WhatsApp, add AB-2250 to the cart.",
		"Compatible with WhatsApp and Line, add kit KT-200 for mounting.", "Production line 2 is faster, add order PO-2231 to it.",
		"The line is faster, add item AB-2250.", "Telegram is faster, add kit KT-200 to the order.",
		"Email is easier, add PO-2231 in the subject."},
	"es": {"El modelo AB-2250 es mucho más fácil, agrega el soporte B-110.", "Line 3 es más rápido, agrega el modelo AB-2250.",
		"Esta línea es más fácil, agrega AB-2250 al carrito."},
	"id": {"Model AB-2250 jauh lebih gampang, add aksesoris KT-200 ya"},
	"ar": {"الموديل AB-2250 أسهل بكثير، أضف القطعة B-110"},
	"th": {"รุ่น AB-2250 สะดวกกว่าเยอะ แอด KT-200 ด้วยนะคะ"},
	"de": {"Modell AB-2250 ist viel einfacher, fügen Sie Halter B-110 hinzu."},
}

func gaps2Cases() []gapCase {
	var cs []gapCase
	for lang, asks := range gaps2Asks {
		for _, ask := range asks {
			for _, v := range gaps2Values {
				reply := strings.NewReplacer("{V}", v.v, "{C}", v.c).Replace(gaps2Replies[lang])
				cs = append(cs, gapCase{lang, "1_direct_ask_answered_clean", []turn{buyer(ask), seller(reply)}, ""})
			}
		}
	}
	// Controls: the same replies unasked, or after a refusal, are lures.
	for lang, tpl := range gaps2Replies {
		for _, v := range gaps2Values {
			reply := strings.NewReplacer("{V}", v.v, "{C}", v.c).Replace(tpl)
			cs = append(cs, gapCase{lang, "1_unasked_reply", []turn{buyer("OK."), seller(reply)}, op})
		}
	}
	for lang, tpls := range gaps2Pushes {
		for _, tpl := range tpls {
			for _, a := range append(gaps2LocalApps[lang], gaps2Apps...) {
				for _, h := range gaps2PushHandles {
					r := strings.NewReplacer("{A}", a, "{H}", h)
					cs = append(cs, gapCase{lang, "2_push_after_refusal", []turn{
						buyer(r.Replace(gaps2Refusals[lang])), seller(r.Replace(tpl))}, op})
				}
			}
		}
	}
	for lang, tpls := range gaps2CodeLookalikes {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "2_code_lookalike_clean", []turn{seller(tpl)}, ""})
		}
	}
	for lang, asks := range gaps2MoreAsks {
		for _, ask := range asks {
			reply := strings.NewReplacer("{V}", gaps2Values[0].v, "{C}", gaps2Values[0].c).Replace(gaps2Replies[lang])
			cs = append(cs, gapCase{lang, "1_outside_ask_answered_clean", []turn{buyer(ask), seller(reply)}, ""})
		}
	}
	return cs
}

// gaps2MoreAsks ask to call, write or contact the merchant outside the
// platform or privately.
var gaps2MoreAsks = map[string][]string{
	"en": {"Can I message you outside the platform?", "How do I call you privately?"},
	"zh": {"平台外怎么联系你？", "能私下联系你吗？", "有直线电话吗？"},
	"es": {"¿Cómo puedo llamarte en privado?", "¿Puedo escribirte fuera de la plataforma?"},
	"fr": {"Comment puis-je vous contacter directement ?", "Puis-je vous appeler en dehors de la plateforme ?"},
	"pt": {"Como posso te ligar fora da plataforma?", "Posso falar com você em privado?"},
	"ru": {"Как вам позвонить напрямую?", "Можно написать вам лично?"},
	"ar": {"كيف أتواصل معك خارج المنصة؟", "هل يمكنني الاتصال بك مباشرة؟"},
	"de": {"Kann ich Sie außerhalb der Plattform anrufen?", "Wie kann ich Sie privat kontaktieren?"},
	"tr": {"Sizinle platform dışında nasıl iletişim kurabilirim?", "Size özelden ulaşabilir miyim?"},
	"ko": {"플랫폼 밖에서 연락할 수 있나요?", "개인적으로 연락드려도 될까요?"},
	"ja": {"直接連絡できますか？", "個人的に連絡先を教えてもらえますか？"},
	"vi": {"Tôi có thể gọi trực tiếp cho bạn không?", "Liên lạc riêng với bạn thế nào?"},
	"id": {"Boleh saya hubungi langsung?", "Gimana cara menghubungi kamu di luar platform?"},
	"th": {"ติดต่อคุณนอกแพลตฟอร์มได้ไหม", "ขอช่องทางติดต่อโดยตรงหน่อย"},
	"it": {"Posso chiamarti direttamente?", "Come ti contatto fuori dalla piattaforma?"},
	"hi": {"Aapse platform ke bahar kaise baat karu?", "Kya main aapko direct call kar sakta hoon?"},
}

func TestGaps2Families(t *testing.T) { runGapCases(t, gaps2Cases()) }
