package message_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// The buyer asks a price, the merchant quotes one unit price, the buyer asks
// to use Trade Assurance, and the merchant answers with a price alone: above
// the quote it is a surcharge; another quantity, the same price, a sample or
// a price far off (another product) stay clean.

// r2Quote per language: the buyer's price question for 3,000, the
// merchant's quote ({P}), and the merchant's answers to the Trade Assurance
// question ({P}): a bare price, a quantity tier (10,000), the same price, a
// sample.
var r2Quote = map[string]struct{ ask, quote, answer, tier, same, sample string }{
	"en": {"What is the price for 3,000?", "{P}/pc", "Yes, then it is {P}/pc.", "Yes, for 10,000 pcs it is {P}/pc.", "Yes, same price {P}/pc.", "Yes, sample is 5 USD."},
	"zh": {"3000个多少钱？", "{P}美元/个", "可以，那就是{P}美元/个。", "可以，10000个的话{P}美元/个。", "可以，同价{P}美元/个。", "可以，样品5美元。"},
	"es": {"¿Cuál es el precio para 3.000?", "{P} USD/pieza", "Sí, entonces son {P} USD/pieza.", "Sí, para 10.000 piezas son {P} USD/pieza.", "Sí, mismo precio {P} USD/pieza.", "Sí, la muestra cuesta 5 USD."},
	"pt": {"Qual o preço para 3.000?", "{P} USD/peça", "Sim, então fica {P} USD/peça.", "Sim, para 10.000 peças fica {P} USD/peça.", "Sim, mesmo preço {P} USD/peça.", "Sim, a amostra custa 5 USD."},
	"fr": {"Quel est le prix pour 3 000 ?", "{P} USD/pièce", "Oui, alors c'est {P} USD/pièce.", "Oui, pour 10 000 pièces c'est {P} USD/pièce.", "Oui, même prix {P} USD/pièce.", "Oui, l'échantillon coûte 5 USD."},
	"de": {"Was kostet es bei 3.000 Stück?", "{P} USD/Stück", "Ja, dann sind es {P} USD/Stück.", "Ja, bei 10.000 Stück sind es {P} USD/Stück.", "Ja, gleicher Preis {P} USD/Stück.", "Ja, das Muster kostet 5 USD."},
	"it": {"Qual è il prezzo per 3.000?", "{P} USD/pz", "Sì, allora è {P} USD/pz.", "Sì, per 10.000 pezzi è {P} USD/pz.", "Sì, stesso prezzo {P} USD/pz.", "Sì, il campione costa 5 USD."},
	"ru": {"Какая цена за 3000 штук?", "{P} USD/шт", "Да, тогда {P} USD/шт.", "Да, за 10000 шт {P} USD/шт.", "Да, та же цена {P} USD/шт.", "Да, образец стоит 5 USD."},
	"tr": {"3.000 adet için fiyat nedir?", "{P} USD/adet", "Evet, o zaman {P} USD/adet.", "Evet, 10.000 adet için {P} USD/adet.", "Evet, aynı fiyat {P} USD/adet.", "Evet, numune 5 USD."},
	"ar": {"ما السعر لـ 3000 قطعة؟", "{P} دولار للقطعة", "نعم، إذن السعر {P} دولار للقطعة.", "نعم، لـ 10000 قطعة السعر {P} دولار للقطعة.", "نعم، نفس السعر {P} دولار للقطعة.", "نعم، العينة 5 دولار."},
	"hi": {"3000 pcs ka price kya hai?", "{P} USD/pc", "Haan, tab {P} USD/pc hoga.", "Haan, 10000 pcs ke liye {P} USD/pc.", "Haan, same price {P} USD/pc.", "Haan, sample 5 USD ka hai."},
	"id": {"Berapa harga untuk 3.000 pcs?", "{P} USD/pcs", "Bisa, jadi {P} USD/pcs.", "Bisa, untuk 10.000 pcs {P} USD/pcs.", "Bisa, harga sama {P} USD/pcs.", "Bisa, sampel 5 USD."},
	"vi": {"Giá cho 3.000 cái là bao nhiêu?", "{P} USD/cái", "Được, vậy là {P} USD/cái.", "Được, với 10.000 cái là {P} USD/cái.", "Được, cùng giá {P} USD/cái.", "Được, mẫu là 5 USD."},
	"th": {"ราคาสำหรับ 3,000 ชิ้นเท่าไหร่", "{P} USD/ชิ้น", "ได้ครับ งั้นเป็น {P} USD/ชิ้น", "ได้ครับ 10,000 ชิ้น {P} USD/ชิ้น", "ได้ครับ ราคาเดิม {P} USD/ชิ้น", "ได้ครับ ตัวอย่าง 5 USD"},
	"ja": {"3,000個の価格はいくらですか？", "{P}USD/個", "はい、その場合は{P}USD/個です。", "はい、10,000個なら{P}USD/個です。", "はい、同じ価格{P}USD/個です。", "はい、サンプルは5USDです。"},
	"ko": {"3,000개 가격이 얼마예요?", "{P}달러/개", "네, 그럼 {P}달러/개입니다.", "네, 10,000개면 {P}달러/개입니다.", "네, 같은 가격 {P}달러/개입니다.", "네, 샘플은 5달러입니다."},
}

func r2QuoteCases() []gapCase {
	var cs []gapCase
	p := func(s, v string) string { return strings.ReplaceAll(s, "{P}", v) }
	for lang, q := range r2Quote {
		for _, pr := range [][2]string{{"0.21", "0.24"}, {"1.85", "2.05"}} {
			head := []turn{buyer(q.ask), seller(p(q.quote, pr[0])), buyer(taAsk[lang])}
			with := func(t string) []turn { return append(append([]turn(nil), head...), seller(t)) }
			cs = append(cs,
				gapCase{lang, "r2_above_quote", with(p(q.answer, pr[1])), ta},
				gapCase{lang, "r2_above_quote_clean_lower", with(p(q.answer, pr[0])), ""},
				gapCase{lang, "r2_above_quote_clean_tier", with(p(q.tier, pr[1])), ""},
				gapCase{lang, "r2_above_quote_clean_same", with(p(q.same, pr[0])), ""},
				gapCase{lang, "r2_above_quote_clean_sample", with(q.sample), ""},
				// Far above the quote: another product's price.
				gapCase{lang, "r2_above_quote_clean_far", with(p(q.answer, "9.90")), ""},
				// Shipping included or a trade term: another basis.
				gapCase{lang, "r2_above_quote_clean_basis", with(p(q.answer, pr[1]) + " DDP"), ""},
				// No quote before: the answer stays a quote itself.
				gapCase{lang, "r2_above_quote_clean_noquote", []turn{buyer(q.ask), buyer(taAsk[lang]), seller(p(q.answer, pr[1]))}, ""},
			)
		}
	}
	return cs
}

func TestR2TAAboveQuote(t *testing.T) { runGapCases(t, r2QuoteCases()) }

// TestR2TAAboveQuoteRestart: the quote survives the conversation saved and
// loaded between the messages; a state saved before the fields existed
// (no quote) judges the answer as before: clean. A later message stating
// several prices clears the quote.
func TestR2TAAboveQuoteRestart(t *testing.T) {
	d := newDetector(t)
	q := r2Quote["en"]
	turns := []turn{buyer(q.ask), seller(strings.ReplaceAll(q.quote, "{P}", "0.21")), buyer(taAsk["en"]),
		seller(strings.ReplaceAll(q.answer, "{P}", "0.24"))}
	run := func(strip bool, extra ...turn) []schemas.Finding {
		conv := &message.Conversation{}
		all := append(append([]turn(nil), turns[:3]...), extra...)
		all = append(all, turns[3])
		var out []schemas.Finding
		for i, tu := range all {
			b, err := json.Marshal(conv)
			if err != nil {
				t.Fatal(err)
			}
			if strip {
				var m map[string]any
				if err := json.Unmarshal(b, &m); err != nil {
					t.Fatal(err)
				}
				delete(m, "seller_price")
				delete(m, "seller_price_qty")
				if b, err = json.Marshal(m); err != nil {
					t.Fatal(err)
				}
			}
			conv = &message.Conversation{}
			if err := json.Unmarshal(b, conv); err != nil {
				t.Fatal(err)
			}
			if out, err = d.DetectMessage(msg(i, tu), conv, nil); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	if got := run(false); len(got) != 1 || got[0].Violation != ta || got[0].Evidence["basis"] != "above_quote" {
		t.Errorf("saved and loaded: %+v, want one above_quote finding", got)
	}
	if got := run(true); len(got) != 0 {
		t.Errorf("state without the fields: %+v, want none", got)
	}
	if got := run(false, seller("1,000 pcs 0.25/pc, 3,000 pcs 0.21/pc, 5,000 pcs 0.19/pc")); len(got) != 0 {
		t.Errorf("after a tier table: %+v, want none", got)
	}
}

// TestR2TAAboveQuoteEnglish: more English answers to "Can I use Trade
// Assurance?" after "0.21/pc".
func TestR2TAAboveQuoteEnglish(t *testing.T) {
	d := newDetector(t)
	head := []turn{buyer("What is the price for 3,000?"), seller("0.21/pc"), buyer("Can I use Trade Assurance?")}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Yes, then it is 0.24/pc.", []string{ta}},
		{"Sure, with Trade Assurance it is 0.24/pc.", []string{ta}},
		{"Yes, 0.24/pc including shipping.", nil},
		{"Yes, 0.24/pc CIF Los Angeles.", nil},
		{"Yes, for 1,000 pcs it is 0.24/pc.", nil},
		{"Yes, the mould costs 150 USD.", nil},
		{"Yes, 0.21/pc, no extra cost.", nil},
		{"Yes, delivery 15 days, 0.24/pc.", nil},
	} {
		got := lastCodes(t, d, append(append([]turn(nil), head...), seller(c.text))...)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q → %v, want %v", c.text, got, c.want)
		}
	}
}
