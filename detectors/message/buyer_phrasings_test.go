package message_test

import (
	"slices"
	"testing"
)

// TestBuyerIntentPhrasings checks buyer turns written apart from the family
// templates: requests that allow the merchant's contact reply, and refusals
// and product questions that do not.
func TestBuyerIntentPhrasings(t *testing.T) {
	d := newDetector(t)
	reply := "Sure: WhatsApp +86 138 1234 5678"
	asks := []string{
		"Do you use WhatsApp?", "Could you give me your phone number?", "Let's continue on WhatsApp, what's your number?",
		"I prefer to talk on Telegram.", "方便留个电话吗？", "可以微信聊吗？", "¿Me das tu número?", "Podemos conversar pelo WhatsApp?",
		"Pouvez-vous me donner votre numéro WhatsApp ?", "Дайте ваш телеграм", "أرسل لي رقمك", "Können wir auf WhatsApp weiterreden?",
		"WhatsApp numaranızı alabilir miyim?", "카톡 아이디 알려주세요", "Zalo không anh?", "Boleh minta nomor WA?",
		"Hai un numero WhatsApp?", "WhatsApp number milega?", "Is there any other way I can reach you faster?",
		"Where else can I contact you?", "Can I have your email?", "Do you have WeChat or Skype?", "whatsapp?",
		"Could we move this conversation to WhatsApp?", "你的联系方式是什么？", "Tem whatsapp?",

		"카톡 아이디 있으면 알려주세요", "WhatsApp'tan yazabilir miyim?", "Size WhatsApp'tan ulaşabilir miyim?",
		"WhatsApp numaranı verir misin?", "ممكن رقم الواتساب؟", "عندك واتساب؟", "هل يمكن أن نتحدث على واتساب؟",
		"Vous êtes sur WhatsApp ?", "On peut continuer sur WhatsApp ?", "Tu as WhatsApp ?", "Donnez-moi votre WhatsApp s'il vous plaît",
		"Bạn có Zalo không?", "Punya WA?", "LINEやってますか", "Hast du WhatsApp?", "Hai WhatsApp?", "Aapka WhatsApp hai?",
	}
	for _, text := range asks {
		if got := lastCodes(t, d, buyer(text), seller(reply)); slices.Contains(got, op) {
			t.Errorf("buyer request not seen: %q", text)
		}
	}
	refuse := []string{
		"Please don't ask me for WhatsApp, I only talk here.", "We don't need WeChat, this chat is fine.",
		"不要微信，就在平台聊。", "Sin WhatsApp por favor.", "Prefiero no usar WhatsApp.", "WeChat yok, buradan devam edelim.",
		"I have no WhatsApp.", "Does the phone case fit iPhone 15?", "Is it compatible with WeChat Pay?",
		"Can you print our WeChat QR code on the box?", "Is the phone holder available in black?",

		"카톡은 안 해요", "WhatsApp istemiyorum, buradan yazalım", "لا أريد واتساب، لنتحدث هنا", "Je ne veux pas de WhatsApp, restons ici",
		"Pas de WhatsApp, merci", "Kein WhatsApp bitte", "Không cần Zalo đâu", "Gak usah WA", "WhatsApp nahi chahiye",
	}
	for _, text := range refuse {
		if got := lastCodes(t, d, buyer(text), seller(reply)); !slices.Contains(got, op) {
			t.Errorf("reply allowed after a non-request: %q", text)
		}
	}
}
