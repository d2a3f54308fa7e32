package message

import "sync"

// Amounts in a Trade Assurance message and the comparison of a price tied to
// Trade Assurance (or the platform) with the price of another way to pay.

// parseAmounts reads the numbers of the text: "$1.95", "USD 54", "150 USD",
// "50,000", "5%", "%5", "+3%", and the quantity named in each one's clause.
func (sc *scratch) parseAmounts() {
	toks := sc.toks
	sc.amts = sc.amts[:0]
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tNum {
			continue
		}
		val := numVal(sc.norm[toks[i].s:toks[i].e])
		j := i
		frac := false
		for j+2 < len(toks) && toks[j+1].glued() && toks[j+2].glued() && toks[j+2].kind == tNum &&
			(sc.isPunct(j+1, '.') || sc.isPunct(j+1, ',')) {
			f := sc.norm[toks[j+2].s:toks[j+2].e]
			if sc.isPunct(j+1, ',') && len(f) == 3 {
				val = val*1000 + numVal(f)
			} else {
				div := 1.0
				for range f {
					div *= 10
				}
				val += numVal(f) / div
				frac = true
			}
			j += 2
		}
		a := amount{tok: int32(i), end: int32(j + 1), sent: toks[i].sent, val: val, frac: frac}
		if i > 0 && toks[i-1].sent == a.sent && sc.currencyEndsAt(i) {
			a.money = true
		}
		if i > 0 && sc.isPct(i-1) && toks[i].glued() {
			a.pct = true // "%3" (Turkish)
		}
		for k := i - 1; k >= 0 && k >= i-2 && toks[k].sent == a.sent; k-- {
			if sc.isPunct(k, '+') {
				a.plus = true
			}
		}
		if n := j + 1; n < len(toks) && toks[n].sent == a.sent {
			if toks[n].cats&catCurrency != 0 && toks[n].mEnd > 0 {
				a.money = true
			}
			if sc.isPct(n) {
				a.pct = true
			}
			if sc.isQtyUnit(n) && !a.money && !a.frac {
				a.qty = -1 // this number is itself a quantity
			}
		}
		if len(sc.amts) == maxItems {
			break
		}
		sc.amts = append(sc.amts, a)
		i = j
	}
	// Each price takes the quantity of its clause ("USD 5.20 for 100 pcs").
	for ai := range sc.amts {
		a := &sc.amts[ai]
		if a.qty != 0 || a.pct {
			continue
		}
		for _, q := range sc.amts {
			if q.qty == -1 && toks[q.tok].clause == toks[a.tok].clause {
				a.qty = q.val
			}
		}
	}
}

func (sc *scratch) isPct(i int) bool {
	t := &sc.toks[i]
	if t.kind != tPunct {
		return false
	}
	r := string(sc.norm[t.s:t.e])
	return r == "%" || r == "٪"
}

// currencyEndsAt reports a currency word or sign right before token i
// ("$", "USD", "US$").
func (sc *scratch) currencyEndsAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := &sc.toks[k]
		if t.cats&catCurrency != 0 && int(t.mEnd) == i {
			return true
		}
	}
	return false
}

func numVal(b []byte) float64 {
	v := 0.0
	for _, c := range b {
		v = v*10 + float64(c-'0')
	}
	return v
}

// comparePrices reads terms stated as numbers. A percentage or amount added
// to Trade Assurance or the platform ("+3% via Alibaba", "USD 300 more",
// 信保加3个点) is a surcharge. Two prices, one tied to Trade Assurance or the
// platform and one to another way of paying, with the first higher ("TA
// $5.20, T/T $4.80", 平台下单12元，私下转账10元, "USD 54 by T/T. If Trade
// Assurance is required, USD 57") are a surcharge stated as different terms,
// unless they are prices for different quantities.
func (d *Detector) comparePrices(sc *scratch, text string, hasPay []bool, res *taResult) {
	sc.parseAmounts()
	toks := sc.toks
	for ai := range sc.amts {
		a := &sc.amts[ai]
		if a.qty == -1 {
			continue
		}
		if a.money || a.frac || a.pct {
			a.about = sc.paymentAbout(int(a.tok), text)
		}
		if !(a.pct || a.money) || !hasPay[a.sent] || sc.neutral(int(a.tok)) ||
			sc.negatedBefore(int(a.tok)) || sc.negatedAfter(int(a.end)-1) {
			continue
		}
		if a.about == 2 {
			continue // "T/T 3% cheaper"
		}
		if !a.pct && !sc.payNear(a, text) {
			continue // "add $50 for shipping and pay by Trade Assurance": the amount is not about it
		}
		if ce, ok := sc.addedAt(a, text); ok {
			as, ae := a.span(sc)
			if a.pct && res.offer(RuleTASurcharge, basisPercent, 0.9, min(as, ce), max(ae, ce)) {
				res.pct = a.val
			} else if !a.pct {
				res.offer(RuleTASurcharge, basisFee, 0.9, min(as, ce), max(ae, ce))
			}
		}
	}
	for _, ta := range sc.amts {
		if ta.about != 1 || ta.pct || !(ta.money || ta.frac) {
			continue
		}
		for _, alt := range sc.amts {
			if alt.about != 2 || alt.pct || !(alt.money || alt.frac) || alt.val <= 0 {
				continue
			}
			if ta.qty > 0 && alt.qty > 0 && ta.qty != alt.qty {
				continue // prices for different quantities
			}
			if sc.neutral(int(ta.tok)) || sc.neutral(int(alt.tok)) {
				continue // same price either way; deposit and balance
			}
			ts, te := ta.span(sc)
			as, ae := alt.span(sc)
			if ta.val > alt.val && ta.val/alt.val <= 3 && res.offer(RuleTASurcharge, basisPrice, 0.88,
				min(ts, as), max(te, ae)) {
				res.priced(&ta, &alt)
			}
		}
	}
	for i := range toks {
		if toks[i].cats&catCompare == 0 || toks[i].mEnd == 0 || !hasPay[toks[i].sent] {
			continue
		}
		var before, after *amount
		for ai := range sc.amts {
			a := &sc.amts[ai]
			if !a.money || a.qty == -1 || a.sent != toks[i].sent {
				continue
			}
			if a.tok < int32(i) {
				before = a
			} else if after == nil {
				after = a
			}
		}
		if before == nil || after == nil || after.val <= 0 || before.about == 2 || sc.neutral(i) ||
			(before.qty > 0 && after.qty > 0 && before.qty != after.qty) {
			continue
		}
		bs, _ := before.span(sc)
		_, ae := after.span(sc)
		if before.val > after.val && before.val/after.val <= 3 && res.offer(RuleTASurcharge, basisPrice, 0.9, bs, ae) {
			res.priced(before, after)
		}
	}
}

// addedAt reports an amount written as added: "+3%", "3% more", "add 3%",
// "USD 300 extra", "加3%", "%3 fazla". It returns the cue's end.
func (sc *scratch) addedAt(a *amount, text string) (int, bool) {
	toks := sc.toks
	if a.plus {
		return int(a.end), true // "+3%", "TA +$0.30" (not "$5.20 + shipping $80")
	}
	clause := toks[a.tok].clause
	for k := int(a.end); k < len(toks) && k <= int(a.end)+2 && toks[k].clause == clause; k++ {
		if sc.matchHas(k, catMore|catSurcharge) {
			return int(toks[k].mEnd), true
		}
	}
	for k := int(a.tok) - 1; k >= 0 && k >= int(a.tok)-3 && toks[k].clause == clause; k-- {
		if sc.matchHas(k, catMore|catSurcharge) && toks[k].cats&catCurrency == 0 {
			return int(a.end), true
		}
	}
	return 0, false
}

// paymentAbout ties the amount at token i to a way of paying: the nearest one
// in its clause ("10 USD with TA, 9.5 USD with T/T"), else the one named last
// before it in its sentence, else the first after it. 1 Trade Assurance or the
// platform, 2 another method, 0 none.
func (sc *scratch) paymentAbout(i int, text string) int8 {
	toks := sc.toks
	sent, clause := toks[i].sent, toks[i].clause
	kind := func(k int) int8 {
		if sc.isTA(k, text) || sc.isPlatform(k) {
			if k > 0 && toks[k-1].cats&(catWithout|catOutside) != 0 && toks[k-1].mEnd > 0 {
				return 2 // "without Trade Assurance": the other way
			}
			return 1
		}
		if toks[k].cats&catAltPay != 0 && toks[k].mEnd > 0 {
			return 2
		}
		return 0
	}
	for d := 1; ; d++ {
		b, a := i-d, i+d
		inB := b >= 0 && toks[b].clause == clause
		inA := a < len(toks) && toks[a].clause == clause
		if !inB && !inA {
			break
		}
		if inB {
			if p := kind(b); p != 0 {
				return p
			}
		}
		if inA {
			if p := kind(a); p != 0 {
				return p
			}
		}
	}
	for k := i - 1; k >= 0 && toks[k].sent == sent; k-- {
		if p := kind(k); p != 0 {
			return p
		}
	}
	for k := i + 1; k < len(toks) && toks[k].sent == sent; k++ {
		if p := kind(k); p != 0 {
			return p
		}
	}
	return 0
}

var (
	qtyOnce  sync.Once
	qtyUnits map[string]bool
)

// isQtyUnit reports a unit of quantity at token i ("pcs", 件, "adet").
func (sc *scratch) isQtyUnit(i int) bool {
	qtyOnce.Do(func() {
		tmp := new(scratch)
		qtyUnits = make(map[string]bool, len(qtyUnitWords))
		for _, w := range qtyUnitWords {
			normalize(w, tmp)
			qtyUnits[string(tmp.norm)] = true
		}
	})
	t := &sc.toks[i]
	return t.kind != tPunct && qtyUnits[string(sc.norm[t.s:t.e])]
}
