package message_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/message"
)

// A price tied to Trade Assurance in answer to the buyer asking to use it
// ("Can I order with Trade Assurance?" — "With Trade Assurance the unit
// price will be 10.12 USD") is a surcharge; the same answer to the buyer
// asking what Trade Assurance costs is the quote asked for. Generated per
// language; the conversation is also persisted and rebuilt between the two
// messages, and a state saved before BuyerTAUse existed judges as before.

var leftTAUse = map[string]string{
	"en": "Can I order with Trade Assurance?", "zh": "可以走信保下单吗？", "es": "¿Puedo pagar con Trade Assurance?",
	"fr": "Puis-je commander avec Trade Assurance ?", "pt": "Posso pagar com Trade Assurance?",
	"ru": "Можно оформить заказ через Trade Assurance?", "ar": "هل يمكنني الطلب عبر Trade Assurance؟",
	"de": "Kann ich mit Trade Assurance bestellen?", "tr": "Trade Assurance ile sipariş verebilir miyim?",
	"ko": "Trade Assurance로 주문할 수 있나요?", "ja": "Trade Assuranceで注文できますか？",
	"vi": "Tôi đặt hàng qua Trade Assurance được không?", "id": "Bisa order pakai Trade Assurance?",
	"th": "สั่งผ่าน Trade Assurance ได้ไหม", "it": "Posso ordinare con Trade Assurance?",
	"hi": "Kya main Trade Assurance se order kar sakta hoon?",
}

var leftTAPriceAsk = map[string]string{
	"en": "What is the price with Trade Assurance?", "zh": "走信保价格是多少？", "es": "¿Cuál es el precio con Trade Assurance?",
	"fr": "Quel est le prix avec Trade Assurance ?", "pt": "Qual é o preço com Trade Assurance?",
	"ru": "Какая цена с Trade Assurance?", "ar": "كم السعر مع Trade Assurance؟", "de": "Wie viel kostet es mit Trade Assurance?",
	"tr": "Trade Assurance ile fiyat ne olur?", "ko": "Trade Assurance로 하면 가격이 얼마예요?",
	"ja": "Trade Assuranceだといくらですか？", "vi": "Qua Trade Assurance giá bao nhiêu?", "id": "Berapa harga pakai Trade Assurance?",
	"th": "ถ้าใช้ Trade Assurance ราคาเท่าไหร่", "it": "Quanto costa con Trade Assurance?",
	"hi": "Trade Assurance ke saath price kitna hoga?",
}

// leftTACopula: a Trade Assurance price with a bare copula ("will be").
var leftTACopula = map[string]string{
	"en": "With Trade Assurance the unit price will be {X} USD.", "es": "Con Trade Assurance el precio por unidad será {X} USD.",
	"fr": "Avec Trade Assurance, le prix sera de {X} USD.", "pt": "Com Trade Assurance o preço unitário será {X} USD.",
	"ru": "С Trade Assurance цена за штуку будет {X} USD.", "ar": "مع Trade Assurance سيكون السعر {X} دولار.",
	"de": "Mit Trade Assurance wird der Preis {X} USD.", "tr": "Trade Assurance ile birim fiyat {X} USD olur.",
	"ko": "Trade Assurance 이용 시 가격은 {X}달러가 됩니다.", "ja": "Trade Assuranceだと単価は{X}ドルになります。",
	"vi": "Dùng Trade Assurance thì giá sẽ là {X} USD.", "id": "Pakai Trade Assurance harga satuan jadi {X} USD.",
	"th": "ถ้าใช้ Trade Assurance ราคาจะเป็น {X} USD", "it": "Con Trade Assurance il prezzo sarà {X} USD.",
	"hi": "Trade Assurance se unit price {X} USD hoga.", "zh": "走信保的话单价就是{X}美元。",
}

func leftTAAnswerCases() []gapCase {
	var cs []gapCase
	for lang, reply := range leftTACopula {
		for _, x := range []string{"10.12", "5.20", "48"} {
			r := seller(strings.ReplaceAll(reply, "{X}", x))
			cs = append(cs,
				gapCase{lang, "ta_price_answers_use", []turn{buyer(leftTAUse[lang]), r}, ta},
				gapCase{lang, "clean_price_answers_price", []turn{buyer(leftTAPriceAsk[lang]), r}, ""})
		}
	}
	// Agreeing to Trade Assurance with the price already quoted stays clean.
	for _, r := range []string{"Yes, with TA the price will be 5.20 USD as quoted.", "Sure, please place the order with Trade Assurance, the unit price is 5.20 USD.",
		"The total will be 520 USD, you can pay with Trade Assurance.", "Con Trade Assurance el precio será el mismo."} {
		cs = append(cs, gapCase{"en", "clean_use_agreed", []turn{buyer(leftTAUse["en"]), seller(r)}, ""})
	}
	return cs
}

func TestLeft2TAAnswerFamilies(t *testing.T) { runGapCases(t, leftTAAnswerCases()) }

// TestLeft2TAUsePersisted rebuilds the conversation from its JSON between
// the buyer's question and the merchant's answer, and from a state saved
// before the field existed (judged as before: no finding).
func TestLeft2TAUsePersisted(t *testing.T) {
	d := newDetector(t)
	for lang, q := range leftTAUse {
		conv := &message.Conversation{}
		if _, err := d.DetectMessage(msg(0, buyer(q)), conv, nil); err != nil {
			t.Fatal(err)
		}
		if !conv.BuyerTAUse {
			t.Errorf("%s: %q not read as asking to use Trade Assurance", lang, q)
		}
		data, err := json.Marshal(conv)
		if err != nil {
			t.Fatal(err)
		}
		reply := msg(1, seller(strings.ReplaceAll(leftTACopula[lang], "{X}", "10.12")))
		for _, c := range []struct {
			name string
			data string
			want int
		}{{"rebuilt", string(data), 1}, {"saved before the field", strings.Replace(string(data), `,"buyer_ta_use":true`, "", 1), 0}} {
			var rebuilt message.Conversation
			if err := json.Unmarshal([]byte(c.data), &rebuilt); err != nil {
				t.Fatal(err)
			}
			out, err := d.DetectMessage(reply, &rebuilt, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != c.want {
				t.Errorf("%s/%s: %d findings, want %d (%s)", lang, c.name, len(out), c.want, c.data)
			}
		}
	}
}
