package message_test

import (
	"strings"
	"testing"
)

// restLeadIns are the words a merchant puts before the rest of a number its
// previous message began, per language.
var restLeadIns = map[string][]string{
	"en": {"the rest: ", "...rest: ", "continued: "},
	"es": {"y lo que falta: ", "el resto: "},
	"pt": {"o resto: ", "continuação: "},
	"fr": {"la suite : ", "le reste : "},
	"it": {"il resto: ", "continua: "},
	"de": {"der Rest: ", "weiter: "},
	"ru": {"остальное: ", "дальше: "},
	"tr": {"devamı: ", "kalanı: "},
	"id": {"sisanya: ", "lanjutannya: "},
	"vi": {"tiếp: ", "còn lại: "},
	"zh": {"后面是：", "剩下的："},
	"ja": {"続き：", "残りは "},
	"ko": {"나머지: ", "이어서: "},
	"ar": {"الباقي: ", "البقية: "},
	"hi": {"बाकी: ", "आगे: "},
	"th": {"ที่เหลือ: ", "ต่อ: "},
}

// splitHeads name an app and begin its number, per language.
var splitHeads = map[string]string{
	"en": "my WhatsApp is ", "es": "mi WeChat es ", "pt": "meu WhatsApp é ", "fr": "mon WeChat : ",
	"it": "il mio WeChat è ", "de": "mein WhatsApp: ", "ru": "мой WhatsApp ", "tr": "wp numaram ",
	"id": "WA saya ", "vi": "WeChat mình ", "zh": "我的微信 ", "ja": "WhatsAppは ", "ko": "제 카톡 ",
	"ar": "واتسابي ", "hi": "मेरा WhatsApp ", "th": "ไลน์ของฉัน ",
}

// TestNumberRestAfterABuyerTurn is the number a merchant begins after an app
// name and finishes in its next message, after the buyer's "ok", with a few
// words leading in ("the rest: 2 3 3 6 0 4"): the second message is the lure
// too. Near misses: a quantity or a price after the buyer's turn, digits
// never named a phone, a model number.
func TestNumberRestAfterABuyerTurn(t *testing.T) {
	d := newDetector(t)
	const number = "8613912345678"
	acks := []string{"ok", "Ok, thanks.", "?", "好的"}
	pass, total := 0, 0
	var fails []string
	for lang, leads := range restLeadIns {
		for li, lead := range leads {
			for cut := 5; cut <= 8; cut++ {
				rest := number[cut:]
				if cut%2 == 0 {
					rest = strings.Join(strings.Split(rest, ""), " ") // dictated digit by digit
				}
				tail := ""
				if cut == 7 {
					tail = " ok?"
				}
				turns := []turn{buyer("Hello"), seller(splitHeads[lang] + number[:cut]), buyer(acks[(cut+li)%len(acks)]),
					seller(lead + rest + tail)}
				total++
				if found(t, d, turns...) {
					pass++
				} else {
					fails = append(fails, lang+": "+turns[1].text+" || "+turns[3].text)
				}
			}
		}
	}
	rate(t, "rest_after_buyer_turn", pass, total, fails, 0.95)

	// A phone announced in words, the buyer's "?", the rest in words.
	pass, total, fails = 0, 0, nil
	for lang := range numDigitWords {
		turns := []turn{seller(numAnnounce[lang] + " " + digitWords(lang, "3456")), buyer("?"),
			seller(digitWords(lang, "789012") + numWriteThere[lang])}
		total++
		if found(t, d, turns...) {
			pass++
		} else {
			fails = append(fails, turns[0].text+" || "+turns[2].text)
		}
	}
	rate(t, "words_after_buyer_turn", pass, total, fails, 0.9)

	for _, c := range [][]turn{
		{seller("my WhatsApp is 86139"), buyer("ok"), seller("MOQ: 500 pcs")},
		{seller("WhatsApp 86139"), buyer("price?"), seller("the price: 3 5 usd per piece, delivery in 15 days")},
		{seller("WhatsApp: +86 139"), buyer("ok"), seller("1234 5678 pcs")},
		{seller("8 6 1 5 7 9"), buyer("what is this?"), seller("the rest: 1 0 7 5 4 6 4")},
		{seller("Model 86139"), buyer("ok"), seller("rest: 1 2 3 4 5 6")},
		{seller("我的微信 86139"), buyer("多少钱"), seller("单价：12 元，起订 500 件")},
		{seller("mi WeChat es 86139"), buyer("¿y el precio?"), seller("el resto: 500 piezas a 2 USD")},
	} {
		if found(t, d, c...) {
			t.Errorf("false alarm on the last message: %s || %s || %s", c[0].text, c[1].text, c[2].text)
		}
	}
}
