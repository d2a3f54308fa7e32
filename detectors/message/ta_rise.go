package message

import (
	"bytes"
	"strings"
	"sync"
)

// A Trade Assurance price stated alone: "With Trade Assurance the unit price
// rises to 5.22 USD", "TA 走的话单价变成 5.22 美元", "TA ile birim fiyat 5,22 USD
// olur". No second price is written, so comparePrices cannot see it; what
// marks the surcharge is a verb of rising tied to Trade Assurance, or the
// price noun, Trade Assurance and a verb of becoming ("will be", 变成, jadi)
// in one sentence, the merchant volunteering a Trade Assurance price as a
// condition. A quote ("the Trade Assurance order total is 520 USD"), the same
// price either way, or a negated rise stays clean. A bare future copula
// ("will be", será, будет) says no change by itself: it counts only when the
// merchant volunteers it, not in answer to the buyer's Trade Assurance
// question and not as a confirmation ("Yes, with TA it will be 5.20 USD").

// taPriceBecomes offers a price_differs surcharge for such a sentence.
func (sc *scratch) taPriceBecomes(text string, hasTA []bool, buyerAsked bool, res *taResult) {
	if sc.allCats&(catRise|catBecome) == 0 || sc.allCats&catPrice == 0 {
		return
	}
	toks := sc.toks
	for ai := range sc.amts {
		a := &sc.amts[ai]
		s := a.sent
		if !hasTA[s] || a.pct || a.qty == -1 || !(a.money || a.frac) || sc.neutral(int(a.tok)) ||
			!sc.sentHas(s, catPrice) || !sc.sentHas(s, catRise|catBecome) {
			continue
		}
		if a.about == 2 {
			continue // the price of another way of paying
		}
		verb := -1
		for k := range toks {
			if toks[k].sent == s && sc.matchHas(k, catRise|catBecome) {
				verb = k
				break
			}
		}
		if verb < 0 || sc.negatedBefore(verb) || sc.negatedAfter(verb) || sc.negatedBefore(int(a.tok)) {
			continue
		}
		if toks[verb].cats&catRise == 0 {
			if sc.sentHas(s, catAltPay|catCompare) {
				continue // "will be" beside another method: comparePrices judges two prices
			}
			// Answering "what does it cost with Trade Assurance?" quotes
			// the price; answering "can I order with Trade Assurance?" with
			// one ties a price to it.
			if sc.confirms(s) || (buyerAsked && !sc.taUseAsked && sc.copula(verb)) {
				continue
			}
		}
		as, ae := a.span(sc)
		res.offer(RuleTASurcharge, basisPrice, 0.88, min(as, verb), max(ae, int(toks[verb].mEnd)))
		return
	}
}

// hanNumeral reports a Chinese numeral character at token k ("两万美金以上"):
// an order size written in characters.
func (sc *scratch) hanNumeral(k int) bool {
	t := &sc.toks[k]
	if t.kind != tHan {
		return false
	}
	r := sc.hanRune(k)
	if _, ok := hanDigit(r); ok {
		return true
	}
	switch r {
	case '两', '十', '百', '千', '万', '萬':
		return true
	}
	return false
}

var (
	becomeOnce        sync.Once
	copulas, yesWords map[string]bool
)

// copula reports the verb at token i is a bare future copula, no verb of
// change: "will be", será, будет, 就是, sẽ là.
func (sc *scratch) copula(i int) bool {
	sc.loadBecome()
	return copulas[strings.ReplaceAll(sc.tokenText(int32(i), sc.toks[i].mEnd), " ", "")]
}

// confirms reports a sentence opening on "yes": the merchant confirms terms
// already given.
func (sc *scratch) confirms(sent int32) bool {
	sc.loadBecome()
	for k := range sc.toks {
		if sc.toks[k].sent == sent {
			t := &sc.toks[k]
			return yesWords[string(sc.norm[t.s:t.e])]
		}
	}
	return false
}

func (sc *scratch) loadBecome() {
	becomeOnce.Do(func() {
		tmp := new(scratch)
		set := func(ws []string) map[string]bool {
			m := make(map[string]bool, len(ws))
			for _, w := range ws {
				normalize(w, tmp)
				m[strings.ReplaceAll(string(tmp.norm), " ", "")] = true
			}
			return m
		}
		copulas = set([]string{"will be", "would be", "será", "sera", "sarà", "будет", "составит", "olacak", "sẽ là",
			"จะเป็น", "سيكون", "ستكون", "होगा", "होगी", "hoga", "就是", "就要", "になります", "となります", "됩니다",
			// "becomes" and "will be" alike: wird, olur, jadi, 가 됩니다.
			"wird", "olur", "jadi", "menjadi", "가 됩니다", "이 됩니다"})
		yesWords = set([]string{"yes", "yeah", "sure", "ok", "okay", "claro", "oui", "sim", "да",
			"evet", "tamam", "ja", "네", "예", "はい", "vâng", "dạ", "ya", "iya", "ใช่", "certo",
			"نعم", "haan", "ji", "是的", "好的", "对"})
	})
}

// howMuch are the words of a price question ("how much", cuánto, сколько,
// 多少, いくら, 얼마), normalised.
var howMuch = func() map[string]bool {
	m := map[string]bool{}
	sc := new(scratch)
	for _, w := range []string{"much", "cost", "costs", "price", "prices", "cuánto", "cuanto", "cuánta", "combien",
		"сколько", "стоит", "quanto", "quanta", "viel", "kostet", "kadar", "berapa", "nhiêu", "เท่าไหร่", "เท่าไร",
		"كم", "kitna", "kitne", "quant", "preço", "precio", "prix", "preis", "цена", "fiyat", "harga", "giá",
		"سعر", "daam"} {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}()

// howMuchRuns are price questions in the scripts written without spaces,
// found inside a run whatever the segmenter made of it.
var howMuchRuns = func() (out [][]byte) {
	sc := new(scratch)
	for _, w := range []string{"いくら", "値段", "価格", "얼마", "가격", "เท่าไหร่", "เท่าไร", "ราคา", "कितना", "कितने"} {
		normalize(w, sc)
		out = append(out, []byte(string(sc.norm)))
	}
	return out
}()

// asksPrice reports a buyer's message about a price: a price or currency
// word, an amount, or a price question ("how much with TA?", 多少钱).
func (sc *scratch) asksPrice() bool {
	if sc.allCats&(catPrice|catCurrency|catSurcharge|catTANeutral|catMore) != 0 {
		return true
	}
	for _, w := range howMuchRuns {
		if bytes.Contains(sc.norm, w) {
			return true
		}
	}
	for k := range sc.toks {
		t := &sc.toks[k]
		switch t.kind {
		case tNum:
			return true
		case tWord:
			if howMuch[string(sc.norm[t.s:t.e])] {
				return true
			}
		case tHan:
			switch sc.hanRune(k) {
			case '多', '价', '钱', '費', '费':
				return true
			}
		}
	}
	return false
}
