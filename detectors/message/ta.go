package message

// Trade Assurance: a merchant refusing the platform's Trade Assurance, or
// attaching a fee, a higher price or worse shipping to it.

// Rules of trade_assurance_refusal findings.
const (
	RuleTARefusal   = "ta_refusal"
	RuleTASurcharge = "ta_surcharge"
)

// taResult is the strongest Trade Assurance cue in a message.
type taResult struct {
	rule        string
	conf        float64
	cs, ce      int32 // cue token span
	ta          int32 // a Trade Assurance mention, or -1
	contextOnly bool  // the message does not name Trade Assurance; the buyer just asked about it
	taPrice     float64
	altPrice    float64
}

func (r *taResult) offer(rule string, conf float64, cs, ce int) {
	if conf > r.conf {
		r.rule, r.conf, r.cs, r.ce = rule, conf, int32(cs), int32(ce)
	}
}

// amount is a number in the text, with what it is about.
type amount struct {
	tok   int32
	end   int32
	sent  int32
	val   float64
	money bool
	pct   bool
	about int8 // 0 unknown, 1 Trade Assurance, 2 another payment method
}

// isTA reports a Trade Assurance mention: the phrase in any language, or the
// abbreviation "TA" written in capitals (lower-case "ta" is a word in several
// languages).
func (sc *scratch) isTA(i int, text string) bool {
	t := &sc.toks[i]
	if t.cats&catTA != 0 && t.mEnd > 0 {
		return true
	}
	if t.kind != tWord || t.e-t.s != 2 || sc.norm[t.s] != 't' || sc.norm[t.s+1] != 'a' {
		return false
	}
	os, oe := sc.ns[t.s], sc.ne[t.e-1]
	return text[os:oe] == "TA"
}

// judgeTA finds the strongest refusal or surcharge. With buyerAsked set and no
// mention in the message, only an outright refusal counts ("we don't accept
// it", "only T/T").
func (d *Detector) judgeTA(sc *scratch, text string, buyerAsked bool) (taResult, bool) {
	toks := sc.toks
	res := taResult{ta: -1}
	if len(toks) == 0 {
		return res, false
	}
	nSent := int(toks[len(toks)-1].sent) + 1
	hasTA := sc.sentFlags[:0]
	for range nSent {
		hasTA = append(hasTA, false)
	}
	sc.sentFlags = hasTA
	for i := range toks {
		if sc.isTA(i, text) {
			hasTA[toks[i].sent] = true
			if res.ta < 0 {
				res.ta = int32(i)
			}
		}
	}
	named := res.ta >= 0
	if !named && !buyerAsked {
		return res, false
	}
	for i := range toks {
		t := &toks[i]
		s := t.sent
		if t.mEnd == 0 || t.cats == 0 {
			continue
		}
		if named && !hasTA[s] && (s == 0 || !hasTA[s-1]) {
			continue // a refusal counts in a sentence naming Trade Assurance or the one after
		}
		inTA := !named || hasTA[s] // a surcharge only in the sentence itself
		c := t.cats
		switch {
		case c&catNeg != 0:
			if e, ok := sc.negAccept(i, !named); ok {
				res.offer(RuleTARefusal, 0.93, i, e)
			}
		case c&catOnly != 0:
			if e, ok := sc.altPayAfter(i); ok {
				res.offer(RuleTARefusal, 0.9, i, e)
			}
		case c&catAltPay != 0 && int(t.mEnd) < len(toks) && toks[t.mEnd].cats&catOnly != 0:
			res.offer(RuleTARefusal, 0.9, i, int(toks[t.mEnd].mEnd))
		case !named:
		case c&catTARefuse != 0:
			res.offer(RuleTARefusal, 0.92, i, int(t.mEnd))
		case c&catSurcharge != 0 && inTA && !sc.sentHas(s, catTANeutral) && !sc.negatedBefore(i):
			res.offer(RuleTASurcharge, 0.9, i, int(t.mEnd))
		}
	}
	if named {
		d.comparePrices(sc, text, hasTA, &res)
	}
	if res.conf == 0 {
		return res, false
	}
	if !named {
		res.contextOnly = true
		res.conf = 0.8
	}
	return res, true
}

// negAccept reports a negation followed, in its clause, by an accepting verb
// ("don't accept", "не работаем", "لا نقبل"), unless the subject is the buyer
// ("if you don't use Trade Assurance …"). strict also requires the verb's object
// to be a pronoun or absent, for messages that do not name Trade Assurance.
func (sc *scratch) negAccept(i int, strict bool) (int, bool) {
	toks := sc.toks
	if i > 0 && toks[i-1].cats&catYou != 0 {
		return 0, false
	}
	clause := toks[i].clause
	for k := int(toks[i].mEnd); k < len(toks) && k <= int(toks[i].mEnd)+2 && toks[k].clause == clause; k++ {
		if toks[k].cats&catAccept == 0 || toks[k].mEnd == 0 {
			continue
		}
		e := int(toks[k].mEnd)
		if !strict {
			return e, true
		}
		if e >= len(toks) || toks[e].clause != clause || toks[e].kind == tPunct || sc.isPronoun(e) {
			return e, true
		}
		return 0, false
	}
	return 0, false
}

// negatedBefore reports a negation earlier in token i's clause ("you don't
// need to pay extra", "we do not charge any fee").
func (sc *scratch) negatedBefore(i int) bool {
	clause := sc.toks[i].clause
	for k := i - 1; k >= 0 && k >= i-8 && sc.toks[k].clause == clause; k-- {
		if sc.toks[k].cats&catNeg != 0 && sc.toks[k].mEnd > 0 {
			return true
		}
	}
	return false
}

func (sc *scratch) isPronoun(i int) bool {
	t := &sc.toks[i]
	return pronouns[string(sc.norm[t.s:t.e])]
}

var pronouns = map[string]bool{
	"it": true, "that": true, "this": true, "lo": true, "la": true, "eso": true, "esto": true, "isso": true,
	"isto": true, "ca": true, "cela": true, "это": true, "его": true, "ذلك": true, "هذا": true, "这个": true,
	"那个": true,
}

// altPayAfter reports an alternative payment method within four tokens after
// "only"/"prefer" ("only T/T", "we prefer Western Union", "mejor transferencia").
func (sc *scratch) altPayAfter(i int) (int, bool) {
	toks := sc.toks
	sent := toks[i].sent
	for k := int(toks[i].mEnd); k < len(toks) && k <= int(toks[i].mEnd)+3 && toks[k].sent == sent; k++ {
		if toks[k].cats&catAltPay != 0 && toks[k].mEnd > 0 {
			return int(toks[k].mEnd), true
		}
	}
	return 0, false
}

func (sc *scratch) sentHas(sent int32, c cat) bool { return sc.sentCats[sent]&c != 0 }

// parseAmounts reads the numbers of the text: "$1.95", "USD 54", "150 USD",
// "50,000", "5%".
func (sc *scratch) parseAmounts() {
	toks := sc.toks
	sc.amts = sc.amts[:0]
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tNum {
			continue
		}
		val := numVal(sc.norm[toks[i].s:toks[i].e])
		j := i
		for j+2 < len(toks) && toks[j+1].glued() && toks[j+2].glued() && toks[j+2].kind == tNum &&
			(sc.isPunct(j+1, '.') || sc.isPunct(j+1, ',')) {
			frac := sc.norm[toks[j+2].s:toks[j+2].e]
			if sc.isPunct(j+1, ',') && len(frac) == 3 {
				val = val*1000 + numVal(frac)
			} else {
				div := 1.0
				for range frac {
					div *= 10
				}
				val += numVal(frac) / div
			}
			j += 2
		}
		a := amount{tok: int32(i), end: int32(j + 1), sent: toks[i].sent, val: val}
		if i > 0 && toks[i-1].sent == a.sent && sc.currencyEndsAt(i) {
			a.money = true
		}
		if n := j + 1; n < len(toks) && toks[n].sent == a.sent {
			if toks[n].cats&catCurrency != 0 && toks[n].mEnd > 0 {
				a.money = true
			}
			if sc.isPunct(n, '%') {
				a.pct = true
			}
		}
		if len(sc.amts) == maxItems {
			return
		}
		sc.amts = append(sc.amts, a)
		i = j
	}
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

// comparePrices finds a higher price tied to Trade Assurance: amounts are tied
// to the payment method named last before them in their sentence (or first
// after), so "via Trade Assurance $1.95, via direct T/T $1.80" and "USD 54 by
// T/T. If Trade Assurance is required, USD 57" compare; "X instead of Y" in a
// Trade Assurance sentence compares X with Y; "USD 300 more" is a surcharge.
func (d *Detector) comparePrices(sc *scratch, text string, hasTA []bool, res *taResult) {
	sc.parseAmounts()
	toks := sc.toks
	for ai := range sc.amts {
		a := &sc.amts[ai]
		if a.pct && hasTA[a.sent] && !sc.sentHas(a.sent, catTANeutral) && !sc.negatedBefore(int(a.tok)) {
			// "5% more", "4% extra"
			for k := int(a.end) + 1; k < len(toks) && k < int(a.end)+3 && toks[k].sent == a.sent; k++ {
				if toks[k].cats&catMore != 0 && toks[k].mEnd > 0 {
					res.offer(RuleTASurcharge, 0.9, int(a.tok), int(toks[k].mEnd))
				}
			}
		}
		if !a.money {
			continue
		}
		a.about = sc.paymentAbout(int(a.tok), text)
		// "USD 300 more", "USD 45 extra"
		if hasTA[a.sent] && !sc.sentHas(a.sent, catTANeutral) && !sc.negatedBefore(int(a.tok)) {
			for k := int(a.end); k < len(toks) && k < int(a.end)+2 && toks[k].sent == a.sent; k++ {
				if toks[k].cats&catMore != 0 && toks[k].mEnd > 0 {
					res.offer(RuleTASurcharge, 0.9, int(a.tok), int(toks[k].mEnd))
				}
			}
		}
	}
	for _, ta := range sc.amts {
		if !ta.money || ta.about != 1 {
			continue
		}
		for _, alt := range sc.amts {
			if !alt.money || alt.about != 2 || alt.val <= 0 {
				continue
			}
			if ta.val > alt.val && ta.val/alt.val <= 3 && 0.88 > res.conf {
				res.offer(RuleTASurcharge, 0.88, int(ta.tok), int(ta.end))
				res.taPrice, res.altPrice = ta.val, alt.val
			}
		}
	}
	for i := range toks {
		if toks[i].cats&catCompare == 0 || toks[i].mEnd == 0 || !hasTA[toks[i].sent] {
			continue
		}
		var before, after *amount
		for ai := range sc.amts {
			a := &sc.amts[ai]
			if !a.money || a.sent != toks[i].sent {
				continue
			}
			if a.tok < int32(i) {
				before = a
			} else if after == nil {
				after = a
			}
		}
		if before != nil && after != nil && after.val > 0 && before.val > after.val && before.val/after.val <= 3 {
			if 0.9 > res.conf {
				res.taPrice, res.altPrice = before.val, after.val
			}
			res.offer(RuleTASurcharge, 0.9, int(before.tok), int(after.end))
		}
	}
}

// paymentAbout ties the amount at token i to a payment method: the nearest one
// in its clause ("10 USD with TA, 9.5 USD with T/T"), else the one named last
// before it in its sentence, else the first after it. 1 Trade Assurance, 2
// another method, 0 none.
func (sc *scratch) paymentAbout(i int, text string) int8 {
	toks := sc.toks
	sent, clause := toks[i].sent, toks[i].clause
	kind := func(k int) int8 {
		if sc.isTA(k, text) {
			if k > 0 && toks[k-1].cats&catWithout != 0 && toks[k-1].mEnd > 0 {
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
