package message_test

import (
	"slices"
	"strings"
	"testing"
)

// Buyer intent, generated: every language × phrasing × channel. After a
// buyer turn that asks for a way to reach the merchant off the platform, the
// merchant's contact reply is allowed; after a buyer turn that refuses an app
// or only names one in a product question, the same reply is a lure.

type intentTemplate struct {
	family string // ask_channel, ask_indirect, refuse, innocent
	text   string
}

var intentChannels = []string{"WhatsApp", "WeChat", "Telegram", "Skype", "Viber"}

var intentTemplates = map[string][]intentTemplate{
	"en": {
		{"ask_channel", "Can I call you on {CH}?"},
		{"ask_channel", "Do you have {CH}?"},
		{"ask_channel", "What's your {CH}? Easier for me."},
		{"ask_channel", "Send me your {CH} please"},
		{"ask_indirect", "Is there another way to contact you?"},
		{"ask_indirect", "Can we talk somewhere else? The chat here is slow."},
		{"ask_indirect", "How can I reach you outside this platform?"},
		{"refuse", "I don't use {CH}, let's keep chatting here please."},
		{"refuse", "No {CH} please, let's keep chatting here."},
		{"innocent", "Can it be controlled by phone?"},
		{"innocent", "Does the app work with {CH} notifications"},
	},
	"zh": {
		{"ask_channel", "你有{CH}吗？"},
		{"ask_channel", "方便加你{CH}吗？"},
		{"ask_channel", "你{CH}多少？我加你。"},
		{"ask_indirect", "平台外怎么找你？"},
		{"ask_indirect", "还有别的联系方式吗？"},
		{"refuse", "不用加{CH}，在平台上聊就行。"},
		{"refuse", "我不用{CH}，就在这里聊吧。"},
	},
	"es": {
		{"ask_channel", "¿Tienes {CH}?"},
		{"ask_channel", "¿Te puedo llamar por {CH}?"},
		{"ask_indirect", "¿Hay otra forma de contactarte fuera de la plataforma?"},
		{"refuse", "No uso {CH}, sigamos hablando por aquí por favor."},
	},
	"fr": {
		{"ask_channel", "Vous avez {CH} ?"},
		{"ask_channel", "Je peux vous appeler sur {CH} ?"},
		{"ask_indirect", "Y a-t-il un autre moyen de vous contacter en dehors de la plateforme ?"},
		{"refuse", "Je n'utilise pas {CH}, continuons ici s'il vous plaît."},
	},
	"pt": {
		{"ask_channel", "Você tem {CH}?"},
		{"ask_channel", "Posso te ligar no {CH}?"},
		{"ask_indirect", "Como te encontro fora daqui?"},
		{"refuse", "Não uso {CH}, vamos continuar por aqui."},
	},
	"ru": {
		{"ask_channel", "У вас есть {CH}?"},
		{"ask_channel", "Можно вам написать в {CH}?"},
		{"ask_indirect", "Есть другой способ связаться с вами вне площадки?"},
		{"refuse", "Я не пользуюсь {CH}, давайте общаться здесь."},
	},
	"ar": {
		{"ask_channel", "هل لديك {CH}؟"},
		{"ask_channel", "هل أستطيع الاتصال بك على {CH}؟"},
		{"ask_indirect", "هل هناك طريقة أخرى للتواصل معك خارج المنصة؟"},
		{"refuse", "لا أستخدم {CH}، لنكمل الحديث هنا من فضلك."},
	},
	"de": {
		{"ask_channel", "Haben Sie {CH}?"},
		{"ask_channel", "Kann ich Sie über {CH} anrufen?"},
		{"ask_indirect", "Gibt es eine andere Möglichkeit, Sie außerhalb der Plattform zu erreichen?"},
		{"refuse", "Ich nutze kein {CH}, lassen Sie uns hier weiterschreiben."},
	},
	"tr": {
		{"ask_channel", "{CH}'ınız var mı?"},
		{"ask_channel", "Sizi {CH}'tan arayabilir miyim?"},
		{"ask_indirect", "Platform dışında size ulaşmanın başka bir yolu var mı?"},
		{"refuse", "{CH} kullanmıyorum, burada konuşmaya devam edelim."},
	},
	"ko": {
		{"ask_channel", "{CH} 있으세요?"},
		{"ask_channel", "{CH}으로 연락드려도 될까요?"},
		{"ask_indirect", "플랫폼 밖에서 연락할 다른 방법이 있나요?"},
		{"refuse", "저는 {CH} 안 써요, 여기서 계속 얘기해요."},
	},
	"ja": {
		{"ask_channel", "{CH}やってますか？"},
		{"ask_channel", "{CH}で連絡してもいいですか？"},
		{"ask_indirect", "プラットフォーム以外で連絡する方法はありますか？"},
		{"refuse", "{CH}は使っていないので、ここでやり取りしましょう。"},
	},
	"vi": {
		{"ask_channel", "{CH} không anh?"},
		{"ask_channel", "Tôi gọi cho bạn qua {CH} được không?"},
		{"ask_indirect", "Có cách nào khác để liên hệ bạn ngoài sàn không?"},
		{"refuse", "Tôi không dùng {CH}, mình nói chuyện ở đây nhé."},
	},
	"id": {
		{"ask_channel", "Kamu punya {CH}?"},
		{"ask_channel", "Boleh saya telepon lewat {CH}?"},
		{"ask_indirect", "Ada cara lain untuk menghubungi kamu di luar platform?"},
		{"refuse", "Saya tidak pakai {CH}, kita lanjut di sini saja ya."},
	},
	"th": {
		{"ask_channel", "มี {CH} ไหมครับ"},
		{"ask_indirect", "มีช่องทางอื่นติดต่อนอกแพลตฟอร์มไหมครับ"},
		{"refuse", "ผมไม่ใช้{CH} คุยกันที่นี่ต่อเลยครับ"},
	},
	"it": {
		{"ask_channel", "Hai {CH}?"},
		{"ask_channel", "Posso chiamarti su {CH}?"},
		{"ask_indirect", "C'è un altro modo per contattarti fuori dalla piattaforma?"},
		{"refuse", "Non uso {CH}, continuiamo qui per favore."},
	},
	"hi": {
		{"ask_channel", "Aapka {CH} number kya hai?"},
		{"ask_channel", "Kya main aapko {CH} pe call kar sakta hoon?"},
		{"ask_indirect", "Platform ke bahar aapse contact karne ka koi aur tarika hai?"},
		{"refuse", "Main {CH} use nahi karta, yahin baat karte hain please."},
	},
}

func TestBuyerIntentFamilies(t *testing.T) {
	d := newDetector(t)
	fam, lang := map[string]*passRate{}, map[string]*passRate{}
	count := func(m map[string]*passRate, k string, ok bool) {
		if m[k] == nil {
			m[k] = &passRate{}
		}
		m[k].n++
		if ok {
			m[k].ok++
		}
	}
	for lg, tpls := range intentTemplates {
		for _, tp := range tpls {
			for _, ch := range intentChannels {
				text := strings.ReplaceAll(tp.text, "{CH}", ch)
				reply := "Sure, my " + ch + " is +86 138 1234 5678"
				got := slices.Contains(lastCodes(t, d, buyer("Hello, price for 500 pcs?"), buyer(text), seller(reply)), op)
				want := tp.family == "refuse" || tp.family == "innocent"
				ok := got == want
				count(fam, tp.family, ok)
				count(lang, lg, ok)
				if !ok {
					t.Errorf("%s/%s: buyer %q then %q: flagged=%v, want %v", lg, tp.family, text, reply, got, want)
				}
				if !strings.Contains(tp.text, "{CH}") {
					break
				}
			}
		}
	}
	report(t, "buyer intent judged right, per family", fam)
	report(t, "buyer intent judged right, per language", lang)
}
