package message

import "strings"

// Trade Assurance: a merchant refusing the platform's Trade Assurance, or
// attaching a fee, a higher price or worse shipping to it. The model reads
// structure, not sentences: a negation and what it scopes over (the verb of
// accepting, Trade Assurance or another method as its object, a cost it
// cancels), amounts tied to the way of paying named nearest them (Trade
// Assurance or the platform against bank transfer and the like), an amount
// written as added, a threshold on the order, and — after the buyer asked
// for Trade Assurance — another method put forward in its place.

// Rules of trade_assurance_refusal findings.
const (
	RuleTARefusal   = "ta_refusal"
	RuleTASurcharge = "ta_surcharge"
)

// Bases of a finding: which family of the rulebook's list it belongs to.
const (
	basisOutright   = "outright"           // "we don't accept Trade Assurance", 不做信保
	basisUnavail    = "unavailable"        // "not available for this product", "system doesn't allow"
	basisThreshold  = "order_threshold"    // Trade Assurance only above an order size or value
	basisFee        = "extra_fee"          // a fee, commission or surcharge on Trade Assurance
	basisPercent    = "percent_added"      // "+3% via Alibaba", 信保加3个点
	basisPrice      = "price_differs"      // a higher unit price or total for a platform order
	basisAltPay     = "alt_payment_pushed" // only / prefer / pushing T/T after the buyer asked
	basisAltPayOnly = "alt_payment_only"   // "only T/T", "bank transfer only"
)

// taResult is the strongest Trade Assurance cue in a message.
type taResult struct {
	rule        string
	basis       string
	conf        float64
	cs, ce      int32 // cue token span
	ta          int32 // a Trade Assurance mention, or -1
	plat        int32 // the platform named as the way to pay, or -1
	neg         int32 // the negation read, or -1
	contextOnly bool  // the message does not name Trade Assurance; the buyer just asked about it
	taPrice     float64
	altPrice    float64
	taAmt       amount // the amounts compared, when taPrice is set
	altAmt      amount
	pct         float64
}

// span is the amount's tokens with its sign, currency and percent sign:
// "+3%", "US$ 5.20", "12元".
func (a *amount) span(sc *scratch) (int, int) {
	s, e := int(a.tok), int(a.end)
	toks := sc.toks
	for s > 0 && toks[s-1].sent == a.sent && s > int(a.tok)-2 &&
		(sc.isPunct(s-1, '+') || sc.isPct(s-1) || (toks[s-1].cats&catCurrency != 0 && toks[s-1].mEnd > 0)) {
		s--
	}
	if e < len(toks) && toks[e].sent == a.sent && (sc.isPct(e) || (toks[e].cats&catCurrency != 0 && toks[e].mEnd > 0)) {
		e = max(e+1, int(toks[e].mEnd))
	}
	return s, e
}

// priced records the two amounts compared.
func (r *taResult) priced(ta, alt *amount) {
	r.taPrice, r.altPrice, r.taAmt, r.altAmt = ta.val, alt.val, *ta, *alt
}

func (r *taResult) offer(rule, basis string, conf float64, cs, ce int) bool {
	if conf > r.conf {
		r.rule, r.basis, r.conf, r.cs, r.ce, r.neg = rule, basis, conf, int32(cs), int32(ce), -1
		return true
	}
	return false
}

// amount is a number in the text, with what it is about.
type amount struct {
	tok   int32
	end   int32
	sent  int32
	val   float64
	money bool
	pct   bool
	frac  bool    // written with decimals: a price more than a count
	plus  bool    // "+" written before it
	qty   float64 // the quantity named in its clause ("for 100 pcs"), 0 if none
	about int8    // 0 unknown, 1 Trade Assurance or the platform, 2 another payment method
}

// isTA reports a Trade Assurance mention: the phrase in any language, the
// abbreviation "TA" written in capitals, or "ta" beside an English order or
// payment word (elsewhere lower-case "ta" is a word of several languages).
func (sc *scratch) isTA(i int, text string) bool {
	t := &sc.toks[i]
	if t.cats&catTA != 0 && t.mEnd > 0 {
		return true
	}
	if t.kind != tWord || t.e-t.s != 2 || sc.norm[t.s] != 't' || sc.norm[t.s+1] != 'a' {
		return false
	}
	os, oe := sc.ns[t.s], sc.ne[t.e-1]
	if w := text[os:oe]; w == "TA" || w == "ＴＡ" || (len(w) > 2 && capsTA(w)) {
		return true
	}
	// Typed in lower case, "ta" names Trade Assurance next to the words of
	// an order or payment ("with ta the price", "ta is not available").
	for _, k := range [...]int{i - 1, i + 1} {
		if k >= 0 && k < len(sc.toks) && sc.toks[k].clause == t.clause && sc.toks[k].kind == tWord {
			if w := sc.norm[sc.toks[k].s:sc.toks[k].e]; taNeighbours[string(w)] {
				return true
			}
		}
	}
	return false
}

// taNeighbours are English words that make a lower-case "ta" Trade
// Assurance.
var taNeighbours = map[string]bool{
	"with": true, "via": true, "through": true, "use": true, "using": true, "accept": true, "is": true,
	"order": true, "orders": true, "price": true, "payment": true, "pay": true, "no": true, "for": true,
	"support": true, "take": true, "by": true, "thru": true, "your": true, "ur": true,
}

// isPlatform reports the platform named as a way to order or pay ("via
// Alibaba", 平台下单): the Trade Assurance side of a comparison.
func (sc *scratch) isPlatform(i int) bool {
	t := &sc.toks[i]
	return t.cats&catPlatform != 0 && t.mEnd > 0
}

func (sc *scratch) matchHas(i int, c cat) bool {
	t := &sc.toks[i]
	return t.cats&c != 0 && t.mEnd > 0
}

// judgeTA finds the strongest refusal or surcharge. With buyerAsked set and no
// mention in the message, only an outright refusal or an alternative payment
// pushed in its place counts ("we don't accept it", "only T/T", "please pay
// by bank transfer").
func (d *Detector) judgeTA(sc *scratch, text string, buyerAsked bool) (taResult, bool) {
	toks := sc.toks
	res := taResult{ta: -1, neg: -1, plat: -1}
	if len(toks) == 0 {
		return res, false
	}
	if !buyerAsked && sc.allCats&(catTA|catPlatform) == 0 && !containsTA(text) {
		// Nothing about Trade Assurance, the common case, decided without a
		// pass per token (a lower-case "ta" is read only after the buyer
		// asked for Trade Assurance).
		return res, false
	}
	nSent := int(toks[len(toks)-1].sent) + 1
	hasTA := sc.sentFlags[:0]
	for range 2 * nSent {
		hasTA = append(hasTA, false)
	}
	sc.sentFlags = hasTA
	hasPlat := hasTA[nSent:]
	hasTA = hasTA[:nSent]
	plat := false
	for i := range toks {
		if sc.isTA(i, text) {
			hasTA[toks[i].sent] = true
			if res.ta < 0 {
				res.ta = int32(i)
			}
		}
		if sc.isPlatform(i) {
			hasPlat[toks[i].sent], plat = true, true
			if res.plat < 0 {
				res.plat = int32(i)
			}
		}
	}
	// The platform named as the way to order or pay stands for Trade
	// Assurance: "+3% via Alibaba", "we don't take platform orders".
	taNamed := res.ta >= 0
	if !taNamed && plat && !buyerAsked && sc.allCats&(catPay|catSurcharge|catMore|catAltPay|catCurrency) == 0 {
		plat = false // the platform named, but nothing about paying or prices ("keep talking on Alibaba")
	}
	named := taNamed || plat
	if !named && !buyerAsked {
		return res, false
	}
	// hasPay: sentences naming Trade Assurance or the platform, where a
	// surcharge or a price counts; refusals need Trade Assurance itself.
	hasPay := hasPlat
	for s := range hasPay {
		hasPay[s] = hasPay[s] || hasTA[s]
	}
	// Negation written into a verb's ending exists only in some scripts and,
	// in Latin letters, in Turkish: most messages skip that check.
	morphy := !isASCII(text) || strings.Contains(text, "yor") || strings.Contains(text, "maz") ||
		strings.Contains(text, "mez") || strings.Contains(text, "medi")
	for i := range toks {
		t := &toks[i]
		s := t.sent
		// A verb negated by its ending ("kabul etmiyoruz", "対応していません",
		// "사용할 수 없어요") in a clause naming Trade Assurance.
		if morphy && named && hasTA[s] && t.cats&(catNeg|catNegX|catTARefuse|catFine) == 0 && sc.morphRefusal(i) &&
			sc.clauseHasTA(i, text) && sc.refusesTA(i, text) && !sc.clauseHasCost(i, catSurcharge|catMore|catTANeutral) {
			res.offer(RuleTARefusal, basisOutright, 0.9, i, i+1)
			res.neg = int32(i)
		}
		if t.mEnd == 0 || t.cats == 0 {
			continue
		}
		c := t.cats
		inScope := !named || hasTA[s] || (s > 0 && hasTA[s-1])
		inTA := hasPay[s] || (!named && buyerAsked) // a surcharge only in the sentence itself
		switch {
		case c&catFine != 0:
		case c&catOnly != 0 && c&catAltPay != 0 && (named || buyerAsked) && inScope:
			res.offer(RuleTARefusal, basisAltPayOnly, 0.9, i, int(t.mEnd)) // "โอนเงินเท่านั้น": one run
		case c&(catNeg|catNegX) != 0 && c&catTARefuse == 0 && (named || buyerAsked) && inScope:
			if named {
				if e, ok := sc.negRefusal(i, text); ok {
					res.offer(RuleTARefusal, basisOutright, 0.93, i, e)
					res.neg = int32(i)
				}
			} else if e, ok := sc.negAccept(i, true); ok {
				res.offer(RuleTARefusal, basisOutright, 0.93, i, e)
				res.neg = int32(i)
			}
		case c&catOnly != 0 && (named || buyerAsked) && inScope && !sc.comparedTo(i):
			if e, ok := sc.altPayAfter(i); ok {
				res.offer(RuleTARefusal, basisAltPay, 0.9, i, e)
			}
		case c&catAltPay != 0 && (named || buyerAsked) && inScope && int(t.mEnd) < len(toks) && toks[t.mEnd].cats&catOnly != 0:
			res.offer(RuleTARefusal, basisAltPayOnly, 0.9, i, int(toks[t.mEnd].mEnd))
		case c&catAltPay != 0 && !named && buyerAsked && sc.pushesPayment(i):
			res.offer(RuleTARefusal, basisAltPay, 0.85, i, int(t.mEnd))
		case !named:
		case c&catTARefuse != 0 && sc.refusalScope(i, text, hasTA) && sc.refusesTA(i, text) && !sc.neutral(i) &&
			!sc.clauseHasCost(i, catSurcharge|catMore|catTANeutral) && !sc.portugueseNo(i) && !sc.taAcceptedAfter(i, text):
			basis := basisUnavail
			if c&catNeg != 0 || sc.morphNeg(i) {
				basis = basisOutright
			}
			res.offer(RuleTARefusal, basis, 0.92, i, int(t.mEnd))
		case c&catMinOrder != 0 && hasTA[s]:
			if e, ok := sc.threshold(i); ok {
				res.offer(RuleTARefusal, basisThreshold, 0.88, i, e)
			}
		case c&catSurcharge != 0 && inTA && !sc.neutral(i) && !sc.negatedBefore(i) && !sc.negatedAfter(i) && !sc.withoutBefore(i) &&
			!(sc.is(i, "plus") && t.mEnd == int32(i+1)) && // "plus" alone is "more" ("plus sûr"); next to an amount comparePrices reads it
			!sc.weCharge(i):
			res.offer(RuleTASurcharge, basisFee, 0.9, i, int(t.mEnd))
		}
	}
	if named {
		d.comparePrices(sc, text, hasPay, &res)
		sc.taPriceBecomes(text, hasTA, buyerAsked, &res)
	}
	if res.conf == 0 {
		return res, false
	}
	if !named {
		res.contextOnly = true
		res.conf = min(res.conf, 0.8)
	}
	return res, true
}

// negRefusal reads a negation in a message naming Trade Assurance: "we don't
// accept Trade Assurance", "信保我们不支持", "no Trade Assurance for this
// order". It is not a refusal when the subject is the buyer or the clause is
// a condition ("if you don't use Trade Assurance …"), when it negates a cost
// ("we don't charge extra", "no fee"), or when what is refused is another
// payment method ("we don't accept Western Union, please use Trade
// Assurance").
func (sc *scratch) negRefusal(i int, text string) (int, bool) {
	toks := sc.toks
	if (i > 0 && toks[i-1].cats&catYou != 0) || sc.condBefore(i) {
		return 0, false
	}
	if sc.clauseHasCost(i, catSurcharge|catMore|catTANeutral|catFine) {
		return 0, false
	}
	clause := toks[i].clause
	e := int(toks[i].mEnd)
	// "Con Trade Assurance no, pero …", "Trade Assurance non.", "TA нет, только
	// перевод": a bare "no" right after the name closes its clause.
	if sc.bareNoAfterTA(i, text) {
		return e, true
	}
	// "no Trade Assurance (for this order)", "sin Trade Assurance", "没有信保".
	if e < len(toks) && sc.isTA(e, text) && toks[i].cats&catNegX != 0 && !sc.clauseHas(i, catAltPay|catCompare) {
		return max(e+1, int(toks[e].mEnd)), true
	}
	// A verb of accepting in the clause, after the negation or (verb-final
	// languages) just before it.
	verb := -1
	for k := max(0, i-3); k < len(toks) && k <= e+3; k++ {
		if toks[k].clause != clause {
			if k > i {
				break
			}
			continue
		}
		if k < i && (toks[k].kind == tHan || sc.insideTA(k, text)) {
			continue // Chinese negates before the verb; 用 in 信用保障 is no verb
		}
		if k != i && toks[k].cats&catAccept != 0 && toks[k].mEnd > 0 {
			verb = k
			if k > i {
				break
			}
		}
	}
	if verb < 0 {
		return 0, false
	}
	end := max(e, int(toks[verb].mEnd))
	if !sc.refusesTA(i, text) {
		return 0, false
	}
	if sc.clauseHasTA(i, text) {
		return end, true
	}
	// Trade Assurance named in an earlier clause or sentence: the object must
	// be a pronoun or absent ("Trade Assurance? Sorry, we don't accept it").
	if end >= len(toks) || toks[end].clause != clause || toks[end].kind == tPunct || sc.isPronoun(end) {
		return end, true
	}
	return 0, false
}

// insideTA reports token k inside a Trade Assurance name begun before it.
func (sc *scratch) insideTA(k int, text string) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if sc.toks[j].mEnd > int32(k) && sc.isTA(j, text) {
			return true
		}
	}
	return false
}

// refusesTA reports that the refusal at token i is about Trade Assurance, not
// another payment method named in its clause: of the methods named in the
// clause, the first after the refusal (or, verb-final, the last before it) is
// Trade Assurance ("we don't take Western Union, use Trade Assurance" is not;
// "Western Union kabul etmiyoruz" is not).
func (sc *scratch) refusesTA(i int, text string) bool {
	if sc.clauseHas(i, catFine) {
		return false
	}
	if !sc.clauseHas(i, catAltPay) {
		return true
	}
	toks := sc.toks
	clause := toks[i].clause
	for k := int(max(toks[i].mEnd, int32(i+1))); k < len(toks) && toks[k].clause == clause; k++ {
		if sc.isTA(k, text) {
			return true
		}
		if sc.matchHas(k, catAltPay) {
			return false
		}
	}
	for k := i - 1; k >= 0 && toks[k].clause == clause; k-- {
		if sc.isTA(k, text) {
			return true
		}
		if sc.matchHas(k, catAltPay) {
			return false
		}
	}
	return false
}

// refusalScope reports a refusal word about Trade Assurance: in a clause
// naming it, or in a sentence right after one that does and names no channel
// or other method itself ("Trade Assurance? Not possible, sorry").
func (sc *scratch) refusalScope(i int, text string, hasTA []bool) bool {
	if sc.clauseHasTA(i, text) {
		return true
	}
	toks := sc.toks
	s, clause := toks[i].sent, toks[i].clause
	if sc.clauseCats[clause]&(catChannel|catAltPay) != 0 {
		return false
	}
	if !hasTA[s] {
		return s > 0 && hasTA[s-1] && sc.sentCats[s]&(catChannel|catAltPay) == 0
	}
	// Trade Assurance in an earlier clause of the sentence, this one
	// referring back to it: "Our Trade Assurance limit is used up, so it's
	// not possible now".
	words, pron := 0, false
	for k := i; k >= 0 && toks[k].clause == clause; k-- {
		words++
		pron = pron || sc.isPronoun(k)
	}
	for k := i + 1; k < len(toks) && toks[k].clause == clause; k++ {
		words++
		pron = pron || sc.isPronoun(k)
	}
	return pron || words <= 4
}

func (sc *scratch) clauseHas(i int, c cat) bool { return sc.clauseCats[sc.toks[i].clause]&c != 0 }

func (sc *scratch) clauseHasTA(i int, text string) bool {
	clause := sc.toks[i].clause
	for k := i; k >= 0 && sc.toks[k].clause == clause; k-- {
		if sc.isTA(k, text) {
			return true
		}
	}
	for k := i + 1; k < len(sc.toks) && sc.toks[k].clause == clause; k++ {
		if sc.isTA(k, text) {
			return true
		}
	}
	return false
}

// payNear reports Trade Assurance or the platform named before the amount in
// its sentence ("With Trade Assurance, shipping is $80 more", "走平台要加3个
// 点") or just after it ("+3% via Alibaba", "add $50 for TA orders").
func (sc *scratch) payNear(a *amount, text string) bool {
	toks := sc.toks
	for k := int(a.tok) - 1; k >= 0 && toks[k].sent == a.sent; k-- {
		if sc.isTA(k, text) || sc.isPlatform(k) {
			return true
		}
	}
	for k := int(a.end); k < len(toks) && k <= int(a.end)+4 && toks[k].sent == a.sent; k++ {
		if sc.isTA(k, text) || sc.isPlatform(k) {
			return true
		}
	}
	return false
}

// condBefore reports a condition on token i's clause: a conditional word
// opening it ("if you don't …", "si usa …") or closing it (不走信保的话).
// Elsewhere "si"/"se" are other words ("no se puede", "non si può").
func (sc *scratch) condBefore(i int) bool {
	toks := sc.toks
	clause := toks[i].clause
	start := i
	for start > 0 && toks[start-1].clause == clause {
		start--
	}
	for k := start; k < len(toks) && toks[k].clause == clause; k++ {
		if sc.matchHas(k, catCond) && (k <= start+1 || sc.is(k, "的") || sc.is(k, "なら")) {
			return true
		}
	}
	return false
}

// neutral reports a sentence saying the terms are the same either way.
func (sc *scratch) neutral(i int) bool { return sc.sentHas(sc.toks[i].sent, catTANeutral|catFine) }

// threshold reads "Trade Assurance only for orders above USD 5,000" / "信保要
// 满5000美金": a threshold word followed by an amount in its clause.
func (sc *scratch) threshold(i int) (int, bool) {
	toks := sc.toks
	if sc.neutral(i) || sc.negatedBefore(i) {
		return 0, false
	}
	clause := toks[i].clause
	for k := int(toks[i].mEnd); k < len(toks) && k <= int(toks[i].mEnd)+8 && toks[k].clause == clause; k++ {
		if toks[k].kind == tNum && sc.orderSize(k) {
			if sc.rangeFrom(k) || sc.rangeEnd(k) {
				return 0, false // "covers orders from USD 1 to USD 50,000"
			}
			if sc.is(k, "1") && (k+1 >= len(toks) || !toks[k+1].glued()) {
				return 0, false // "the minimum order for Trade Assurance is 1 piece": no threshold at all
			}
			return k + 1, true
		}
	}
	// Verb-final and post-positional forms: "5000美金以上", "1000개 이상".
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].clause == clause; k-- {
		if (toks[k].kind == tNum || sc.hanNumeral(k)) && sc.orderSize(k) {
			return int(toks[i].mEnd), true
		}
	}
	return 0, false
}

// rangeFrom reports a number opening a range ("1 to 50,000", "1-50000",
// "1到5万"): a span covered, not a minimum.
func (sc *scratch) rangeFrom(k int) bool {
	toks := sc.toks
	for n := k + 1; n < len(toks) && n <= k+4 && toks[n].clause == toks[k].clause; n++ {
		if toks[n].kind == tNum && n > k+1 && !toks[n].glued() {
			return false
		}
		for _, w := range [...]string{"to", "-", "~", "hasta", "até", "à", "до", "bis", "kadar", "까지", "まで",
			"đến", "sampai", "ถึง", "a", "到", "至", "fino"} {
			if sc.is(n, w) {
				return true
			}
		}
	}
	return false
}

// orderSize reports a number that sizes an order: money, a quantity, or any
// number in a clause about orders ("from 3 days after payment" is none).
func (sc *scratch) orderSize(k int) bool {
	toks := sc.toks
	if sc.currencyEndsAt(k) || sc.clauseHas(k, catCodeCtx) {
		return true
	}
	cl := toks[k].clause
	for n := k + 1; n < len(toks) && n <= k+3; n++ {
		if toks[n].clause != cl {
			if toks[n].kind != tNum || !toks[n].glued() || !sc.isPunct(n-1, ',') || !toks[n-1].glued() {
				break
			}
			cl = toks[n].clause // "10,000 USD": the thousands comma split the clause
		}
		if (toks[n].mEnd > 0 && toks[n].cats&catCurrency != 0) || sc.isQtyUnit(n) {
			return true
		}
		if n == k+1 && sc.magnitude(n) {
			continue // "50k USD", "5 mil dólares"
		}
		if toks[n].kind != tPunct && toks[n].kind != tNum {
			break
		}
	}
	return false
}

// magnitude reports a word multiplying the number before it: "50k", "5 mil",
// "10 thousand", "5 тыс", "50 bin".
func (sc *scratch) magnitude(n int) bool {
	t := &sc.toks[n]
	if t.kind != tWord {
		return false
	}
	w := string(sc.norm[t.s:t.e])
	if t.alt != "" {
		w = t.alt
	}
	if t.glued() {
		return w == "k" || w == "m" || w == "mil" || w == "w"
	}
	return magnitudeWords[w]
}

var magnitudeWords = map[string]bool{
	"k": true, "thousand": true, "mil": true, "mille": true, "tausend": true, "тыс": true, "тысяч": true,
	"тысячи": true, "bin": true, "ribu": true, "rb": true, "nghìn": true, "ngàn": true, "हज़ार": true,
	"हजार": true, "hazar": true, "ألف": true, "آلاف": true, "พัน": true, "หมื่น": true,
}

// pushesPayment reports, in a message that does not name Trade Assurance sent
// after the buyer asked for it, another payment method put forward in its
// place ("please pay by T/T", "we can do Western Union"): a method that is
// not negated, in a sentence about paying or not a generic word alone.
func (sc *scratch) pushesPayment(i int) bool {
	if sc.negatedBefore(i) || sc.sentHas(sc.toks[i].sent, catTANeutral) {
		return false
	}
	s := sc.toks[i].sent
	if sc.sentHas(s, catPlatform|catStayHere|catTA) {
		return false // the payment stays on the platform ("details on the order page")
	}
	if sc.sentHas(s, catReport) && !sc.sentHas(s, catPropose|catOnly) {
		return false // a report, not a proposal ("we received your T/T payment")
	}
	if sc.sentFam[s]&famRefund != 0 {
		return false // money going back: "we refund you to your bank account"
	}
	t := &sc.toks[i]
	if !weakAltPay[strings.ReplaceAll(sc.tokenText(int32(i), t.mEnd), " ", "")] {
		return true
	}
	// "directly", "transfer", "cash", 直接 alone: only in a sentence about
	// paying ("您直接下单就行" is "just place the order").
	return sc.sentHas(s, catPay|catOnly)
}

// weakAltPay are payment words that are ordinary words too ("direct",
// "transfer printing", "cash"): they count only in a sentence about paying.
var weakAltPay = map[string]bool{
	"direct": true, "directly": true, "transfer": true, "cash": true, "offline": true, "wire": true,
	"direkt": true, "langsung": true, "直接": true, "diretto": true, "dogrudan": true, "directamente": true,
	"diretamente": true, "directement": true, "direttamente": true, "tt": true, "тт": true, "线下": true,
	"trựctiếp": true, "tructiep": true, "напрямую": true, "مباشرة": true, "직접": true, "सीधे": true,
	"seedha": true, "โดยตรง": true, "direktzahlung": true,
}

// taAcceptedAfter reports a later clause of token i's sentence, opened by
// "but", that names Trade Assurance and accepts it: "La lettera di credito
// non si può fare, ma Trade Assurance va bene" refuses the letter of credit.
func (sc *scratch) taAcceptedAfter(i int, text string) bool {
	toks := sc.toks
	s, c := toks[i].sent, toks[i].clause
	ta, ok := false, false
	for k := i + 1; k < len(toks) && toks[k].sent == s; k++ {
		if toks[k].clause == c {
			continue
		}
		ta = ta || sc.isTA(k, text)
		ok = ok || toks[k].kind == tWord && taAcceptWords[sc.word(k)]
	}
	return ta && ok
}

// taAcceptWords accept what they follow ("… Trade Assurance va bene").
var taAcceptWords = normalizedSet("ok", "okay", "fine", "bene", "convient", "bien", "geht", "passt", "подходит",
	"можно", "olur", "tamam", "bisa", "được", "ได้", "大丈夫", "可以", "괜찮아요", "괜찮습니다", "가능합니다", "sure")

// portugueseNo reports "no" at token i read as Portuguese "in the" ("criar o
// pedido no Trade Assurance"): after a word, not after the English words
// that take a "no" ("we have no Trade Assurance", "sorry, no TA").
func (sc *scratch) portugueseNo(i int) bool {
	if !sc.is(i, "no") || i == 0 || i+1 >= len(sc.toks) || sc.toks[i-1].kind != tWord ||
		sc.toks[i-1].clause != sc.toks[i].clause {
		return false
	}
	// The contraction comes before a noun, the name ("no Trade Assurance");
	// Spanish "no" before a verb ("no aceptamos") is a negation.
	next := &sc.toks[i+1]
	if next.mEnd == 0 || next.cats&catTA == 0 {
		return false
	}
	return !englishBeforeNo[sc.word(i-1)]
}

var englishBeforeNo = map[string]bool{
	"have": true, "has": true, "had": true, "offer": true, "with": true, "sorry": true, "accept": true, "support": true,
	"use": true, "there": true, "is": true, "are": true, "provide": true, "got": true, "do": true, "take": true,
	"so": true, "and": true, "but": true, "means": true, "mean": true, "unfortunately": true, "currently": true,
}

// bareNo are the one-word answers "no" that may follow the name they refuse.
var bareNo = map[string]bool{
	"no": true, "non": true, "nao": true, "nein": true, "нет": true, "khong": true, "hayir": true,
	"yok": true, "tidak": true, "gak": true, "لا": true, "nahi": true, "nahin": true,
}

// contrastWords open the clause after a bare "no": "no, pero por WhatsApp".
var contrastWords = map[string]bool{
	"pero": true, "but": true, "mas": true, "mais": true, "ma": true, "aber": true, "но": true,
	"nhung": true, "ama": true, "tapi": true, "لكن": true, "lekin": true, "sondern": true, "sino": true,
}

// bareNoAfterTA reports a one-word "no" at token i right after a Trade
// Assurance name, ending its clause or followed by "but": "Con Trade
// Assurance no, pero …". "Trade Assurance no extra fee" goes on and is not one.
func (sc *scratch) bareNoAfterTA(i int, text string) bool {
	toks := sc.toks
	if toks[i].mEnd > int32(i+1) && !(toks[i].mEnd == int32(i+2) && sc.isPunct(i+1, ',')) {
		return false
	}
	if toks[i].kind != tWord || !bareNo[string(sc.norm[toks[i].s:toks[i].e])] {
		return false
	}
	ta := false
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if sc.isTA(j, text) && (toks[j].mEnd == int32(i) || (j == i-1 && toks[j].mEnd <= int32(i))) {
			ta = true
			break
		}
	}
	if !ta {
		return false
	}
	n := i + 1
	if n >= len(toks) {
		return true
	}
	if toks[n].kind == tPunct && !sc.isPunct(n, '?') {
		n++
		if n >= len(toks) || toks[n].kind == tPunct {
			return true
		}
		w := string(sc.norm[toks[n].s:toks[n].e])
		return contrastWords[w] || sc.matchHas(n, catOnly|catAltPay|catChannel)
	}
	return contrastWords[string(sc.norm[toks[n].s:toks[n].e])]
}

// weCharge reports "charge" as the verb after "we" ("we charge", "we will
// charge", "we'll charge"): "we charge 150 USD shipping, payment via Trade
// Assurance" quotes the shipping, as cobramos and berechnen wir do. A sum
// tied to Trade Assurance is still read by its own words ("extra", "more",
// "fee") and by comparePrices.
func (sc *scratch) weCharge(i int) bool {
	if !sc.is(i, "charge") || i == 0 {
		return false
	}
	k := i - 1
	if sc.is(k, "will") || sc.is(k, "'ll") || sc.is(k, "ll") {
		k--
		if k >= 0 && sc.isPunct(k, '\'') {
			k--
		}
	}
	if k < 0 || !(sc.is(k, "we") || sc.is(k, "we'll")) {
		return false
	}
	// Trade Assurance named in another clause only, as the way of paying:
	// "we charge for Trade Assurance" charges for it.
	for j := range sc.toks {
		if t := &sc.toks[j]; t.clause == sc.toks[i].clause && t.mEnd > 0 && t.cats&catTA != 0 {
			return false
		}
	}
	return true
}

// withoutBefore reports "without" right before token i: "sin comisiones",
// "ohne Aufpreis", "tanpa biaya tambahan" name a cost that is not there.
func (sc *scratch) withoutBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && sc.toks[k].clause == sc.toks[i].clause; k-- {
		if t := &sc.toks[k]; t.mEnd > 0 && t.cats&catWithout != 0 {
			return true
		}
	}
	return false
}
