package message

import "sync"

// Bases of the off-platform deal family.
const (
	basisOffPlatformDeal = "offplatform_deal"   // "order outside the platform for a better price", 私下交易
	basisCancelDirect    = "cancel_pay_direct"  // "cancel the Alibaba order and pay our company account"
	basisOffTAPay        = "off_ta_payment"     // "pay to my personal account", "pay in USDT, better price"
	basisFeeDodge        = "platform_fee_dodge" // "transfer straight to our account, no platform fee"
)

// offPlatformDeal reads the transaction moved off the platform: a word of
// ordering, buying or paying (or a way to pay) with "outside the platform" in its sentence,
// not negated ("never pay outside the platform" is advice, not a lure).
func (sc *scratch) offPlatformDeal(res *taResult) {
	toks := sc.toks
	for i := range toks {
		t := &toks[i]
		if t.mEnd == 0 || t.cats&catOutside == 0 || sc.negatedBefore(i) {
			continue
		}
		s := t.sent
		if sc.warned(s) {
			continue // "be careful with anyone asking you to pay outside the platform"
		}
		for k := range toks {
			// A way of paying counts as the deal ("chuyển khoản trực tiếp
			// ngoài sàn": a direct transfer outside the marketplace).
			if toks[k].sent != s || (toks[k].fam&famDeal == 0 && toks[k].cats&catAltPay == 0) || toks[k].mEnd == 0 || k == i {
				continue
			}
			if k < i-10 || k > int(t.mEnd)+10 || sc.negatedBefore(k) || sc.sentHas(s, catStayHere) ||
				sc.negatedLater(max(i, k)) {
				continue
			}
			if toks[k].fam&famDeal == 0 && sc.sentCats[s]&(catNeg|catTARefuse) != 0 {
				continue // "PayPal fuera de la plataforma no aceptamos": a method refused, anywhere in the sentence
			}
			res.offerFresh(RuleTARefusal, basisOffPlatformDeal, 0.88, min(i, k), max(int(t.mEnd), int(toks[k].mEnd)))
			return
		}
	}
}

// cancelPushed reads the platform order cancelled so that the buyer pays the
// merchant directly: a cancel word, not negated, and a direct payment put
// forward in its sentence or the next. A cancelled order refunded is none.
func (sc *scratch) cancelPushed(text string, res *taResult) {
	toks := sc.toks
	for i := range toks {
		t := &toks[i]
		if t.mEnd == 0 || t.fam&famCancel == 0 || sc.negatedBefore(i) || sc.allFam&famRefund != 0 {
			continue
		}
		if sc.bareCancel(i) && !sc.orderNear(i) {
			continue // a bare "cancel" / "close": only with the order it cancels
		}
		s := t.sent
		for k := int(t.mEnd); k < len(toks) && toks[k].sent <= s+1; k++ {
			if sc.altPushed(k, text) {
				res.offerFresh(RuleTARefusal, basisCancelDirect, 0.88, i, int(toks[k].mEnd))
				return
			}
		}
	}
}

// warned reports a warning in sentence s or next to it: advice against a
// deal off the platform, not a lure to one.
func (sc *scratch) warned(s int32) bool {
	if sc.allFam&famWarn == 0 {
		return false
	}
	for k := range sc.toks {
		if t := &sc.toks[k]; t.fam&famWarn != 0 && t.mEnd > 0 && t.sent >= s-1 && t.sent <= s+1 {
			return true
		}
	}
	return false
}

// negatedLater reports a negation closing the clause of token i in the
// languages that negate at the end: "プラットフォーム外での支払いをお願いする
// ことは決してありません", "플랫폼 밖 결제를 절대 요구하지 않습니다".
func (sc *scratch) negatedLater(i int) bool {
	toks := sc.toks
	c := toks[i].clause
	for k := i + 1; k < len(toks) && toks[k].clause == c; k++ {
		if sc.morphNeg(k) || finalNeg[string(sc.norm[toks[k].s:toks[k].e])] {
			return true
		}
	}
	return false
}

// offTAPayPushed reads a way of paying that Trade Assurance never covers (a
// personal account or wallet, crypto, a cash remittance, PayPal friends and
// family) put forward: with a word of paying or an incentive in its
// sentence, not negated, not a warning, a refund or a report of a payment
// received, and not beside Trade Assurance taken.
func (sc *scratch) offTAPayPushed(text string, res *taResult) {
	toks := sc.toks
	for i := range toks {
		t := &toks[i]
		if t.mEnd == 0 || t.fam&famOffPay == 0 || sc.negatedBefore(i) || sc.negatedLater(i) {
			continue
		}
		s := t.sent
		if sc.sentFam[s]&famRefund != 0 || sc.warned(s) || sc.sentHas(s, catReport) && !sc.sentHas(s, catPropose|catOnly) {
			continue
		}
		pushed := false
		for k := range toks {
			if toks[k].sent != s || toks[k].mEnd == 0 || k == i {
				continue
			}
			if sc.taPositive(k, text) && !sc.thanBefore(k) {
				if (toks[k].clause != t.clause && sc.clauseFam(k, famDeposit)) || sc.famBetween(k, i, famDeposit) {
					// Trade Assurance for the deposit only, the balance this way.
					pushed = true
					continue
				}
				pushed = false
				break // "deposit by Western Union, the balance through Trade Assurance"
			}
			if toks[k].fam&(famDeal|famPerk) != 0 && !sc.negatedBefore(k) || sc.taxKindAt(k)&(txDiscount|txSave) != 0 {
				pushed = true
			}
		}
		if pushed {
			res.offerFresh(RuleTARefusal, basisOffTAPay, 0.86, i, int(t.mEnd))
			return
		}
	}
}

// feeDodge reads a direct payment put forward to dodge the platform's fee:
// "Transfer langsung ke rekening kami, lebih murah tanpa biaya platform",
// "переводом на карту, так без комиссии платформы". A clause names the
// platform and its fee with a word of going without or saving it, and the
// message pushes a direct way of paying.
func (sc *scratch) feeDodge(text string, res *taResult) {
	toks := sc.toks
	for p := range toks {
		if toks[p].mEnd == 0 || toks[p].cats&catPlatform == 0 {
			continue
		}
		c := toks[p].clause
		fee, dodge := false, false
		for k := range toks {
			t := &toks[k]
			if t.clause != c || t.mEnd == 0 {
				continue
			}
			fee = fee || t.cats&catSurcharge != 0
			dodge = dodge || t.cats&(catWithout|catNeg|catNegX) != 0 || t.fam&famPerk != 0 || sc.taxKindAt(k)&txSave != 0
		}
		if !fee || !(dodge || sc.negatedLater(p)) {
			continue
		}
		for q := range toks {
			if toks[q].clause != c && sc.taPositive(q, text) {
				return // "no platform fee for you, pay by T/T under Trade Assurance"
			}
		}
		if k := sc.anyAltPushed(text); k >= 0 {
			res.offerFresh(RuleTARefusal, basisFeeDodge, 0.87, min(p, k), max(int(toks[p].mEnd), int(toks[k].mEnd)))
			return
		}
	}
}

// thanBefore reports Trade Assurance at k as what is compared against:
// "cheaper than the TA payment", "más barato que Trade Assurance", 比信保便宜.
func (sc *scratch) thanBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && sc.toks[j].clause == sc.toks[k].clause; j-- {
		if thanWords[string(sc.norm[sc.toks[j].s:sc.toks[j].e])] {
			return true
		}
	}
	return false
}

var thanWords = map[string]bool{
	"than": true, "que": true, "als": true, "чем": true, "daripada": true, "比": true, "di": true, "hơn": true,
	"กว่า": true, "से": true, "من": true,
}

// orderNear reports an order noun within three tokens of token i in its
// clause ("on annule la commande", "注文をキャンセル", "订单取消").
func (sc *scratch) orderNear(i int) bool {
	toks := sc.toks
	for k := max(0, i-3); k < len(toks) && k <= i+3; k++ {
		if k == i || toks[k].clause != toks[i].clause {
			continue
		}
		w := string(sc.norm[toks[k].s:toks[k].e])
		if toks[k].kind == tHan && k+1 < len(toks) && toks[k+1].kind == tHan {
			w2 := w + string(sc.norm[toks[k+1].s:toks[k+1].e])
			if orderNouns[w2] {
				return true
			}
		}
		if orderNouns[w] {
			return true
		}
	}
	return false
}

var (
	cancelVerbOnce sync.Once
	cancelVerbSet  map[string]bool
)

// bareCancel reports a cancel verb alone at token i (cancelVerbs), not a
// phrase that names the order too.
func (sc *scratch) bareCancel(i int) bool {
	cancelVerbOnce.Do(func() {
		tmp := new(scratch)
		cancelVerbSet = map[string]bool{}
		for _, w := range cancelVerbs {
			normalize(w, tmp)
			cancelVerbSet[string(tmp.norm)] = true
		}
	})
	t := &sc.toks[i]
	return t.mEnd == int32(i+1) && cancelVerbSet[string(sc.norm[t.s:t.e])]
}

// clauseFam reports a word of family f in token k's clause.
func (sc *scratch) clauseFam(k int, f fam) bool {
	c := sc.toks[k].clause
	for j := k; j >= 0 && sc.toks[j].clause == c; j-- {
		if sc.toks[j].fam&f != 0 && sc.toks[j].mEnd > 0 {
			return true
		}
	}
	for j := k + 1; j < len(sc.toks) && sc.toks[j].clause == c; j++ {
		if sc.toks[j].fam&f != 0 && sc.toks[j].mEnd > 0 {
			return true
		}
	}
	return false
}

// famBetween reports a word of family f strictly between tokens a and b.
func (sc *scratch) famBetween(a, b int, f fam) bool {
	for j := a + 1; j < b; j++ {
		if sc.toks[j].fam&f != 0 && sc.toks[j].mEnd > 0 {
			return true
		}
	}
	return false
}
