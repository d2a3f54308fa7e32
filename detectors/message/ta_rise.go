package message

// A Trade Assurance price stated alone: "With Trade Assurance the unit price
// rises to 5.22 USD", "TA 走的话单价变成 5.22 美元", "TA ile birim fiyat 5,22 USD
// olur". No second price is written, so comparePrices cannot see it; what
// marks the surcharge is a verb of rising tied to Trade Assurance, or the
// price noun, Trade Assurance and a verb of becoming ("will be", 变成, jadi)
// in one sentence, the merchant volunteering a Trade Assurance price as a
// condition. A quote ("the Trade Assurance order total is 520 USD"), the same
// price either way, or a negated rise stays clean.

// taPriceBecomes offers a price_differs surcharge for such a sentence.
func (sc *scratch) taPriceBecomes(text string, hasTA []bool, res *taResult) {
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
		if toks[verb].cats&catRise == 0 && sc.sentHas(s, catAltPay|catCompare) {
			continue // "will be" beside another method: comparePrices judges two prices
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
