package message

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
)

// Trade Assurance refusal families read past judgeTA: the Trade Assurance
// order link said to be closed with a direct payment in its place, Trade
// Assurance called slow (or costly: "to save fees") with a direct payment
// pushed, a discount for paying the merchant directly, a higher shipping cost
// or price under Trade Assurance stated as "X instead of Y" / "from X to Y" /
// "X, not Y", "pas de TA" with a preference for a direct transfer, and a
// deposit pushed to a bank transfer after the buyer asked for Trade
// Assurance. Each reads structure from the family words of
// lexicon_tarefusal.go (taxKindAt) and the Trade Assurance model's
// categories; a message without them takes the fast path.

// Bases of the family findings.
const (
	basisLinkClosed      = "link_closed"          // "the Trade Assurance link is closed, pay to our account"
	basisSlowPushed      = "slow_alt_payment"     // "Trade Assurance is slow, we only take T/T"
	basisDirectDiscount  = "direct_discount"      // "5% off if you pay by KakaoPay directly"
	basisShipping        = "cost_higher"          // "shipping with Trade Assurance 900 instead of 600"
	basisDepositOutside  = "deposit_outside"      // "30% deposit to our account directly, the balance via TA"
	basisDirectDiscount2 = "discount_direct_bank" // "pay directly to our bank and get 5% off"
)

// judgeTAFamilies is judgeTA with the refusal families above: the
// strongest finding of either.
func (d *Detector) judgeTAFamilies(sc *scratch, text string, buyerAsked bool) (taResult, bool) {
	res, ok := d.judgeTA(sc, text, buyerAsked)
	deposit := buyerAsked && sc.allCats&(catAltPay|catTANeutral) == catAltPay|catTANeutral
	routes := sc.allCats&catAltPay != 0 && (sc.allCats&(catTA|catPlatform) != 0 || containsTA(text))
	offDeal := sc.allCats&catOutside != 0 && (sc.allFam&famDeal != 0 || sc.allCats&catAltPay != 0)
	cancel := sc.allFam&famCancel != 0
	offPay := sc.allFam&famOffPay != 0
	dodge := sc.allCats&(catPlatform|catSurcharge|catAltPay) == catPlatform|catSurcharge|catAltPay
	depositOut := sc.allFam&famDeposit != 0
	if sc.allFam&famTAx == 0 && !deposit && !routes && !offDeal && !cancel && !offPay && !dodge && !depositOut &&
		!sc.hasNegTA(text) {
		return res, ok
	}
	if !ok {
		res = taResult{ta: res.ta, plat: res.plat, neg: -1}
	}
	named := sc.taNamed(text)
	if sc.allFam&famTAx != 0 {
		sc.parseAmounts()
		sc.linkClosed(text, named, buyerAsked, &res)
		sc.slowPushed(text, named, &res)
		sc.directDiscount(text, &res)
		if named {
			sc.costInstead(text, &res)
		}
	}
	if named {
		sc.negTAPushed(text, &res)
		if sc.allCats&catAltPay != 0 {
			if sc.allFam&famTAx == 0 {
				sc.parseAmounts()
			}
			sc.twoRoutes(text, &res)
		}
	}
	if offDeal {
		sc.offPlatformDeal(&res)
	}
	if cancel {
		sc.cancelPushed(text, &res)
	}
	if offPay {
		sc.offTAPayPushed(text, &res)
	}
	if dodge && res.conf == 0 {
		sc.feeDodge(text, &res)
	}
	if deposit && !named && res.conf == 0 {
		sc.depositPushed(&res)
	}
	if depositOut && named && res.conf == 0 {
		sc.depositOutside(text, &res)
	}
	if res.conf == 0 && sc.allFam&famTAx != 0 {
		sc.discountForDirect(text, &res)
	}
	if res.conf == 0 {
		return res, false
	}
	if !named && !ok {
		res.contextOnly = true
		res.conf = min(res.conf, 0.85)
	}
	return res, true
}

// depositOutside reads the deposit paid directly, outside Trade Assurance,
// with only the balance through it: "30% deposit to our account outside,
// the balance 70% via TA", "Cọc 30% chuyển thẳng cho bên em, 70% còn lại qua
// Trade Assurance", "前金30％は弊社口座へ直接、残り70％はTrade Assuranceで". The
// deposit's clause names a direct way of paying or an account and neither
// Trade Assurance nor the platform, which a deposit paid through the
// platform ("30% deposit by T/T through Alibaba.com Pay") names.
func (sc *scratch) depositOutside(text string, res *taResult) {
	toks := sc.toks
	for i := range toks {
		t := &toks[i]
		if t.mEnd == 0 || t.fam&famDeposit == 0 || sc.negatedBefore(i) || sc.negatedLater(i) {
			continue
		}
		direct, outside, platform := false, false, false
		end := len(toks) // the deposit's part of the sentence: up to the balance
		for k := i + 1; k < len(toks); k++ {
			if toks[k].sent != t.sent || toks[k].kind != tPunct && balanceWords[sc.word(k)] {
				end = k
				break
			}
		}
		for k := range toks {
			if toks[k].clause != t.clause || k >= end {
				continue // the deposit's clause, up to the balance ("… e il saldo tramite TA")
			}
			if toks[k].kind == tHan && k+1 < len(toks) && (sc.is(k, "银") || sc.is(k, "账") || sc.is(k, "帐")) {
				direct = true // 银行账户, 我们账户: characters, one a token
			}
			if toks[k].mEnd > 0 && toks[k].cats&catOutside != 0 {
				outside = true // "hors Alibaba" names the platform to go around it
			}
			if toks[k].mEnd > 0 && toks[k].cats&catAltPay != 0 || toks[k].kind == tWord && accountWords[sc.word(k)] {
				direct = true
			}
			if toks[k].mEnd > 0 && toks[k].cats&(catTA|catPlatform) != 0 || sc.isTA(k, text) {
				platform = true
			}
		}
		if outside || direct && !platform {
			res.offerFresh(RuleTARefusal, basisDepositOutside, 0.86, i, int(t.mEnd))
			return
		}
	}
}

// balanceWords name the rest paid after a deposit.
var balanceWords = normalizedSet("balance", "rest", "remaining", "saldo", "resto", "restante", "solde", "reste",
	"restbetrag", "остаток", "kalanı", "kalanını", "sisanya", "sisa", "còn", "ที่เหลือ", "残り", "잔금", "الباقي",
	"बाकी", "尾", "余")

// discountForDirect reads a discount for paying the merchant directly, by its
// bank or account ("إذا دفعت مباشرة إلى بنكنا … خصم 5%", "Trade Assurance की
// जगह सीधे हमारे बैंक में पेमेंट करें तो 4% छूट", "bayar langsung ke bank
// kami … diskon 5%"): Trade Assurance refused with a condition.
func (sc *scratch) discountForDirect(text string, res *taResult) {
	toks := sc.toks
	for i := range toks {
		if sc.taxKindAt(i)&txDiscount == 0 || sc.negatedBefore(i) {
			continue
		}
		s, c := toks[i].sent, toks[i].clause
		direct, bank, viaTA, instead := false, false, false, false
		for k := range toks {
			if toks[k].sent != s || toks[k].kind == tPunct {
				continue
			}
			w := sc.word(k)
			direct = direct || directWords[w]
			bank = bank || bankWords[w] || accountWords[w]
			viaTA = viaTA || toks[k].clause == c && sc.isTA(k, text) // "2% off for paying through Trade Assurance"
			instead = instead || sc.taxKindAt(k)&(txInstead|txInsteadPost) != 0 || toks[k].mEnd > 0 && toks[k].cats&(catNeg|catCompare) != 0
		}
		if direct && bank && (!viaTA || instead) { // "Trade Assurance 말고 저희 은행으로 직접 …"
			res.offerFresh(RuleTARefusal, basisDirectDiscount2, 0.86, i, int(max(toks[i].mEnd, int32(i+1))))
			return
		}
	}
}

// directWords say "directly", to the merchant.
var directWords = normalizedSet("direct", "directly", "direkt", "directo", "directa", "direto", "direta", "directement",
	"direttamente", "напрямую", "doğrudan", "مباشرة", "सीधे", "seedha", "langsung", "thẳng", "โดยตรง", "直接", "직접")

// bankWords name the merchant's bank, as words stand in each language.
var bankWords = normalizedSet("bank", "banka", "banco", "banque", "банк", "بنك", "بنكنا", "البنك", "बैंक",
	"은행", "은행으로", "银行", "ngân", "ธนาคาร", "銀行")

// accountWords name a bank account.
var accountWords = normalizedSet("account", "cuenta", "conta", "compte", "konto", "conto", "счёт", "счет", "hesap",
	"hesabımıza", "حساب", "حسابنا", "खाते", "खाता", "rekening", "บัญชี", "口座", "계좌", "账户", "帐户")

// offerFresh is offer for a family finding: the prices or percentage of a
// weaker finding it replaces are not its own.
func (r *taResult) offerFresh(rule, basis string, conf float64, cs, ce int) bool {
	if !r.offer(rule, basis, conf, cs, ce) {
		return false
	}
	r.taPrice, r.altPrice, r.pct = 0, 0, 0
	return true
}

// taNamed reports Trade Assurance or the platform named in the message.
func (sc *scratch) taNamed(text string) bool {
	if sc.allCats&(catTA|catPlatform) != 0 {
		return true
	}
	for i := range sc.toks {
		if sc.isTA(i, text) {
			return true
		}
	}
	return false
}

// hasNegTA is a quick test for negTAPushed: a capitalised "TA" or a Trade
// Assurance name with a negation in the message.
func (sc *scratch) hasNegTA(text string) bool {
	return sc.allCats&(catNeg|catNegX) != 0 && (sc.allCats&catTA != 0 || containsTA(text))
}

// capsTA reports "TA" written in capitals with invisible characters inside
// ("T\u200bA"), which the normaliser drops from the token but not from the
// text.
func capsTA(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Cf, r) || r == 0xAD:
			continue
		case n == 0 && (r == 'T' || r == 'Ｔ'), n == 1 && (r == 'A' || r == 'Ａ'):
			n++
		default:
			return false
		}
	}
	return n == 2
}

// containsTA reports the capitals "TA", in ASCII or full width ("ＴＡ").
func containsTA(text string) bool {
	if strings.Contains(text, "TA") || strings.Contains(text, "ＴＡ") {
		return true
	}
	// "T\u200bA": an invisible character between the capitals.
	for i := strings.IndexByte(text, 'T'); i >= 0 && i+2 < len(text); {
		if text[i+1] >= 0x80 {
			for e := i + 2; e <= len(text) && e <= i+8; e++ {
				if text[e-1] == 'A' && capsTA(text[i:e]) {
					return true
				}
			}
		}
		j := strings.IndexByte(text[i+1:], 'T')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// taPositive reports token k names Trade Assurance or the platform as the
// way this is about, not as what is left out ("without Trade Assurance",
// "instead of TA", "fora do Trade Assurance", "not via TA").
func (sc *scratch) taPositive(k int, text string) bool {
	if !sc.isTA(k, text) && !sc.isPlatform(k) {
		return false
	}
	return !sc.taLeftOut(k)
}

// taLeftOut reports a Trade Assurance name at k preceded, within three
// tokens of its clause, by "without", "outside", "instead of" or a negation.
func (sc *scratch) taLeftOut(k int) bool {
	toks := sc.toks
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].clause == toks[k].clause; j-- {
		if toks[j].mEnd == 0 || toks[j].mEnd > int32(k) {
			continue
		}
		if toks[j].cats&(catWithout|catCompare|catNeg|catNegX) != 0 && toks[j].cats&catFine == 0 {
			return true
		}
		if sc.taxKindAt(j)&(txInstead|txOutside) != 0 {
			return true
		}
	}
	return false
}

// sentTA reports a positive Trade Assurance mention in sentence s.
func (sc *scratch) sentTA(s int32, text string) bool {
	for k := range sc.toks {
		if sc.toks[k].sent == s && sc.taPositive(k, text) {
			return true
		}
	}
	return false
}

// clauseTA reports a positive Trade Assurance mention in token i's clause.
func (sc *scratch) clauseTA(i int, text string) bool {
	c := sc.toks[i].clause
	for k := range sc.toks {
		if sc.toks[k].clause == c && sc.taPositive(k, text) {
			return true
		}
	}
	return false
}

// altPayAt reports token k starting a way of paying the merchant directly
// (catAltPay, or a wallet or own account of the family lexicon).
func (sc *scratch) altPayAt(k int) bool {
	t := &sc.toks[k]
	if t.mEnd == 0 {
		return false
	}
	return t.cats&catAltPay != 0 || sc.taxKindAt(k)&txDirect != 0
}

// altPushed reports a direct way of paying at token k put forward: not
// negated ("we don't take Western Union"), not a report ("we received your
// T/T"), not a method of paying through Trade Assurance ("T/T via Trade
// Assurance").
func (sc *scratch) altPushed(k int, text string) bool {
	if !sc.altPayAt(k) {
		return false
	}
	toks := sc.toks
	c := toks[k].clause
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].clause == c; j-- {
		if toks[j].mEnd > 0 && toks[j].mEnd <= int32(k) && toks[j].cats&(catNeg|catNegX) != 0 && toks[j].cats&catFine == 0 {
			return false
		}
	}
	if sc.negatedAfter(k) {
		return false
	}
	if sc.sentHas(toks[k].sent, catReport) && !sc.sentHas(toks[k].sent, catPropose|catOnly) {
		return false
	}
	for j := int(toks[k].mEnd); j < len(toks) && j <= int(toks[k].mEnd)+4 && toks[j].clause == c; j++ {
		if sc.taPositive(j, text) {
			return false
		}
	}
	return true
}

// anyAltPushed returns the first direct payment pushed in the message, or -1.
func (sc *scratch) anyAltPushed(text string) int {
	for k := range sc.toks {
		if sc.altPushed(k, text) {
			return k
		}
	}
	return -1
}

// linkClosed reads "the Trade Assurance order link is closed / blocked / not
// working" with a direct payment put in its place ("pay to our bank
// account", "deposit to our Alipay", "send USDT"). A link that expired and
// is sent again ("I'll send a new Trade Assurance link") pushes no payment.
func (sc *scratch) linkClosed(text string, named, buyerAsked bool, res *taResult) {
	if !named && !buyerAsked {
		return
	}
	toks := sc.toks
	for i := range toks {
		link := sc.taxKindAt(i)&txLink != 0
		if !link && !sc.taPositive(i, text) {
			continue
		}
		s := toks[i].sent
		if link && named && !sc.sentTA(s, text) && !(s > 0 && sc.sentTA(s-1, text)) {
			continue
		}
		b := -1
		for k := max(0, i-6); k < len(toks) && k <= i+8; k++ {
			if toks[k].sent != s || k == i || (!link && toks[k].clause != toks[i].clause) {
				continue
			}
			kind := sc.taxKindAt(k)
			if kind&txBroken != 0 && (link || kind&txExpired == 0) ||
				(link && ((toks[k].mEnd > 0 && toks[k].cats&catTARefuse != 0) || sc.morphRefusal(k))) {
				b = k
				break
			}
		}
		if b < 0 || sc.negJustBefore(b) {
			continue // "the link is not closed"
		}
		if link && ((i > 0 && sc.altPayAt(i-1)) || (i > 1 && sc.altPayAt(i-2))) {
			continue // "the PayPal link is not working": another way's link
		}
		for p := range toks {
			if !sc.altPushed(p, text) || (toks[p].clause == toks[b].clause && p < b) {
				continue // what is closed is no way put forward
			}
			res.offerFresh(RuleTARefusal, basisLinkClosed, 0.9, min(i, b), max(int(toks[b].mEnd), b+1, i+1))
			return
		}
	}
}

// slowPushed reads Trade Assurance called slow or holding the money ("takes
// too long", 压款, 돈이 묶여), or a direct payment recommended "to save
// fees", with a direct payment put forward in the message.
func (sc *scratch) slowPushed(text string, named bool, res *taResult) {
	if !named {
		return
	}
	toks := sc.toks
	for i := range toks {
		kind := sc.taxKindAt(i)
		if kind&(txSlow|txSave) == 0 || sc.negatedBefore(i) {
			continue
		}
		s, c := toks[i].sent, toks[i].clause
		if kind&txSlow != 0 && !sc.clauseTA(i, text) {
			// Trade Assurance named before, the slow word's clause naming no
			// other way ("Western Union is too slow, use Trade Assurance").
			if sc.clauseHas(i, catAltPay) || !(sc.taBefore(i, text) || (s > 0 && sc.sentTA(s-1, text))) {
				continue
			}
		}
		for p := range toks {
			if !sc.altPushed(p, text) || (toks[p].clause == c && p < i) || (kind&txSlow == 0 && toks[p].sent != s) ||
				sc.alsoIn(p) {
				continue // "we also accept PayPal": an option beside Trade Assurance
			}
			res.offerFresh(RuleTARefusal, basisSlowPushed, 0.9, min(i, p), max(int(toks[i].mEnd), int(toks[p].mEnd)))
			return
		}
	}
}

// taBefore reports a positive Trade Assurance mention before token i in its
// sentence.
func (sc *scratch) taBefore(i int, text string) bool {
	for k := i - 1; k >= 0 && sc.toks[k].sent == sc.toks[i].sent; k-- {
		if sc.taPositive(k, text) {
			return true
		}
	}
	return false
}

// directDiscount reads a discount for paying the merchant directly: "5% off
// if you pay by KakaoPay", "3% de desconto se pagar por PIX direto, fora do
// Trade Assurance". The payment must be direct (a wallet, the merchant's own
// account, "directly", outside Trade Assurance); a bank transfer alone may
// go through Trade Assurance and counts only with Trade Assurance named as
// what it replaces. A discount on Trade Assurance orders, for a quantity or
// for paying early stays clean.
func (sc *scratch) directDiscount(text string, res *taResult) {
	toks := sc.toks
	for i := range toks {
		if sc.taxKindAt(i)&txDiscount == 0 || sc.negatedBefore(i) || sc.neutral(i) {
			continue
		}
		s, c := toks[i].sent, toks[i].clause
		if !sc.amountNear(i) {
			continue
		}
		leftOut, positive := false, false
		for k := range toks {
			if toks[k].sent != s || (!sc.isTA(k, text) && !sc.isPlatform(k)) {
				continue
			}
			if sc.taLeftOut(k) {
				leftOut = true
			} else if toks[k].clause == c {
				positive = true
			}
		}
		if positive {
			continue // "5% discount on orders placed through Trade Assurance"
		}
		for k := range toks {
			if toks[k].sent != s || toks[k].clause < c-1 || toks[k].clause > c+1 || !sc.altPushed(k, text) {
				continue
			}
			if toks[k].clause != c && !sc.clauseHas(k, catCond) {
				continue // "5% off for 1000 pcs, payment by PayPal": terms listed, not a condition
			}
			if !leftOut && !sc.directPay(k) {
				continue
			}
			res.offerFresh(RuleTASurcharge, basisDirectDiscount, 0.88, min(i, k), max(int(toks[i].mEnd), int(toks[k].mEnd)))
			return
		}
	}
}

// amountNear reports a percentage or an amount of money in token i's clause,
// or any number right beside it ("5% off", "3个点", "优惠5%").
func (sc *scratch) amountNear(i int) bool {
	toks := sc.toks
	for _, a := range sc.amts {
		if toks[a.tok].clause == toks[i].clause && (a.pct || a.money || a.frac) {
			return true
		}
	}
	for k := max(0, i-2); k < len(toks) && k <= int(toks[i].mEnd)+1; k++ {
		if (toks[k].kind == tNum || (k > i && k < int(toks[i].mEnd) && sc.hanNumeral(k))) && toks[k].clause == toks[i].clause {
			return true // "5% off", "打九五折"
		}
	}
	return false
}

// directPay reports a payment at token k that goes to the merchant directly
// by itself, or with "directly" / the merchant's own account in its clause:
// not a bank transfer alone, which Trade Assurance takes too.
func (sc *scratch) directPay(k int) bool {
	if !sc.bankRoute(k) {
		return true
	}
	toks := sc.toks
	c := toks[k].clause
	for j := range toks {
		if j != k && toks[j].clause == c && sc.altPayAt(j) && !sc.bankRoute(j) {
			return true
		}
	}
	return false
}

var (
	bankOnce   sync.Once
	bankRoutes map[string]bool
)

// bankRoute reports a payment word that names a bank transfer only.
func (sc *scratch) bankRoute(k int) bool {
	bankOnce.Do(func() {
		tmp := new(scratch)
		bankRoutes = map[string]bool{}
		for _, w := range []string{
			"t/t", "tt", "тт", "wire transfer", "bank transfer", "transfer", "wire", "bank wire", "transferencia",
			"transferencia bancaria", "transferência", "virement", "virement bancaire", "перевод", "банковский перевод",
			"переводом", "банковским переводом", "تحويل بنكي", "تحويل", "حوالة", "电汇", "转账", "银行转账", "汇款",
			"überweisung", "banküberweisung", "havale", "banka havalesi", "eft", "bonifico", "bonifico bancario",
			"chuyển khoản", "chuyển khoản ngân hàng", "transfer bank", "โอนเงิน", "โอน", "โอนผ่านธนาคาร", "送金",
			"銀行振込", "振込", "振り込み", "계좌이체", "계좌 이체", "송금", "बैंक ट्रांसफर", "swift", "virement swift",
			"التحويل", "بالتحويل",
		} {
			normalize(w, tmp)
			bankRoutes[string(tmp.norm)] = true
		}
	})
	t := &sc.toks[k]
	if t.mEnd == int32(k+1) {
		return bankRoutes[string(sc.norm[t.s:t.e])]
	}
	return bankRoutes[string(sc.norm[t.s:sc.toks[t.mEnd-1].e])]
}

// costInstead reads a cost under Trade Assurance stated against another:
// "shipping with Trade Assurance 900 instead of 600", "die Fracht auf 1.900
// statt 1.200", "ongkir TA jadi 180, bukan 95", "600 yerine 900", "rises
// from 380 to 620". The sentence names Trade Assurance before the amounts
// (or in their clause) and a cost (shipping, freight, price, fee); the
// amounts are not quantities, days or percentages. Sea against air freight,
// a farther port, a price range stay clean: no Trade Assurance or no
// comparison.
func (sc *scratch) costInstead(text string, res *taResult) {
	toks := sc.toks
	amts := sc.amts
	for ai := 0; ai+1 < len(amts); ai++ {
		a, b := &amts[ai], &amts[ai+1]
		if a.sent != b.sent || !sc.costAmount(a) || !sc.costAmount(b) || a.val <= 0 || b.val <= 0 {
			continue
		}
		s := a.sent
		if !(sc.sentHas(s, catPrice|catSurcharge) || sc.sentFam[s]&famTAx != 0) || !sc.costNamed(s) || sc.neutral(int(a.tok)) {
			continue
		}
		ta := false
		for k := range toks {
			if toks[k].sent == s && sc.taPositive(k, text) &&
				(k < int(a.tok) || toks[k].clause == toks[a.tok].clause || toks[k].clause == toks[b.tok].clause) {
				ta = true
				break
			}
		}
		if !ta {
			continue
		}
		var hi, lo *amount
		var between taxKind
		neg, rise := false, false
		for k := int(a.end); k < int(b.tok); k++ {
			between |= sc.taxKindAt(k)
			if toks[k].mEnd > 0 && toks[k].cats&catCompare != 0 {
				between |= txInstead
			}
			if finalNeg[string(sc.norm[toks[k].s:toks[k].e])] && k == int(a.end) {
				between |= txInsteadPost // "400 değil 650": not 400, 650
			} else if toks[k].mEnd > 0 && toks[k].cats&(catNeg|catNegX) != 0 && toks[k].cats&catFine == 0 {
				neg = true
			}
		}
		// "from 380 to 620" (or "380에서 620으로", "380 से 620"): a word of
		// "from" before the first amount or right after it, and a verb of
		// rising or becoming in the sentence; "เพิ่มจาก", "naik dari" are both.
		from := false
		for k := max(0, int(a.tok)-3); k < int(b.tok) && k <= int(a.end)+1; k++ {
			if toks[k].sent != s || (k >= int(a.tok) && k < int(a.end)) {
				continue
			}
			kind := sc.taxKindAt(k)
			if kind&txRise != 0 && k < int(a.tok) {
				from, rise = true, true
			}
			if kind&txFrom != 0 {
				from = true
			}
		}
		if from && !rise {
			for j := range toks {
				if toks[j].sent == s && toks[j].mEnd > 0 &&
					(toks[j].cats&(catRise|catBecome) != 0 || sc.taxKindAt(j)&txRise != 0) {
					rise = true
				}
			}
		}
		rise = rise && from
		switch {
		case between&txInsteadPost != 0:
			hi, lo = b, a // "600 yerine 900": 900 is the price
		case between&txUsual != 0 && sc.modeBetween(int(a.end), int(b.tok)):
			continue // "380 by express, usually 260 by sea": two ways of shipping, not two ways of paying
		case between&(txInstead|txUsual) != 0 || neg:
			hi, lo = a, b // "900 instead of 600", "180, bukan 95", "380 with TA, normally 260"
		case rise:
			hi, lo = b, a // "from 380 to 620"
		default:
			continue
		}
		if hi.val <= lo.val || hi.val/lo.val > 3 {
			continue
		}
		as, _ := a.span(sc)
		_, be := b.span(sc)
		if res.offerFresh(RuleTASurcharge, basisShipping, 0.88, as, be) {
			res.priced(hi, lo)
		}
		return
	}
}

// modeBetween reports a way of shipping named in toks[from:to] ("平时海运",
// "normally by sea").
func (sc *scratch) modeBetween(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if sc.toks[k].kind == tWord && shipModeWords[sc.word(k)] {
			return true // a whole word: "havale" is no "hava"
		}
	}
	w := sc.norm[sc.toks[from].s:sc.toks[to-1].e]
	for _, m := range shipModesHan {
		if bytes.Contains(w, m) {
			return true // characters: "平时海运"
		}
	}
	return false
}

// shipModeWords name ways of shipping; shipModesHan those written in
// characters, matched inside a run.
var (
	shipModeWords = normalizedSet("sea", "ocean", "air", "express", "rail", "truck", "marítimo", "maritimo", "aéreo",
		"aereo", "maritime", "aérien", "seefracht", "luftfracht", "mare", "морем", "авиа", "deniz", "hava", "laut",
		"udara", "biển", "ทางเรือ", "ทางอากาศ", "船便", "航空便", "해운", "항공", "بحري", "جوي", "समुद्री", "हवाई")
	shipModesHan = [][]byte{[]byte("海运"), []byte("空运"), []byte("快递"), []byte("陆运")}
)

// costAmount reports an amount that may be a cost: not a percentage, a
// quantity or a number of days.
func (sc *scratch) costAmount(a *amount) bool {
	if a.pct || a.qty == -1 {
		return false
	}
	e := int(a.end)
	if e < len(sc.toks) && sc.toks[e].sent == a.sent && sc.taxKindAt(e)&txTime != 0 {
		return false
	}
	return true
}

// costNamed reports a cost noun in sentence s: shipping, freight, price, fee.
func (sc *scratch) costNamed(s int32) bool {
	if sc.sentHas(s, catPrice) {
		return true
	}
	for k := range sc.toks {
		if sc.toks[k].sent == s && (sc.taxKindAt(k)&txShip != 0 || (sc.toks[k].mEnd > 0 && sc.toks[k].cats&catSurcharge != 0)) {
			return true
		}
	}
	return false
}

// negTAPushed reads Trade Assurance refused as "no TA (for this order)" with
// an article between ("pas de TA", "kein TA"), or refused beside a direct
// payment put forward or preferred: "Nous préférons le virement SWIFT direct,
// pas de TA pour cette commande". Not a condition on the buyer ("if you
// don't want TA, T/T is fine"), not a cost negated ("no TA fee").
func (sc *scratch) negTAPushed(text string, res *taResult) {
	toks := sc.toks
	for k := range toks {
		if !sc.isTA(k, text) {
			continue
		}
		e := max(k+1, int(toks[k].mEnd))
		n, without := sc.negBeforeTA(k)
		if n < 0 {
			n = sc.negAfterTA(e)
		}
		if n < 0 || sc.condBefore(n) || (n > 0 && toks[n-1].cats&catYou != 0) ||
			sc.clauseHasCost(k, catSurcharge|catMore|catTANeutral|catFine) {
			continue
		}
		pushed := sc.anyAltPushed(text) >= 0
		if without {
			// "sin TA", "без TA": refused only for this order, or beside a
			// direct payment preferred ("without TA you can also pay by
			// T/T" is an option).
			pushed = pushed && (sc.allCats&catOnly != 0 || sc.hasTaxKind(txPrefer))
			if !pushed && !sc.forThisOrder(e) {
				continue
			}
		}
		if pushed || e >= len(toks) || toks[e].clause != toks[k].clause || sc.forThisOrder(e) {
			s, ce := min(n, k), max(e, n+1)
			if res.offerFresh(RuleTARefusal, basisOutright, 0.9, s, ce) {
				res.neg = int32(n)
			}
			return
		}
	}
}

// hasTaxKind reports a family word of kind in the message.
func (sc *scratch) hasTaxKind(kind taxKind) bool {
	for k := range sc.toks {
		if sc.taxKindAt(k)&kind != 0 {
			return true
		}
	}
	return false
}

// negBeforeTA returns a negation right before the Trade Assurance name at k,
// an article or a verb of using between them allowed ("pas de TA", "no hay
// TA", "kein TA", "ไม่ใช้ TA"), or -1; without is set for "without" (sin,
// sem, без).
func (sc *scratch) negBeforeTA(k int) (int, bool) {
	toks := sc.toks
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].clause == toks[k].clause; j-- {
		t := &toks[j]
		if t.mEnd > 0 && t.mEnd <= int32(k) && t.cats&(catNeg|catNegX|catWithout) != 0 && t.cats&(catFine|catNegBreak) == 0 {
			return j, t.cats&(catNeg|catNegX) == 0
		}
		if t.kind != tWord || !taArticles[string(sc.norm[t.s:t.e])] && !sc.isPlatform(j) {
			return -1, false // an article, a verb of using or "Alibaba" may stand between
		}
	}
	return -1, false
}

// negAfterTA returns a negation right after a Trade Assurance name ending
// at e that closes the phrase: "今回はTAなしで", "bu sipariş için TA yok".
func (sc *scratch) negAfterTA(e int) int {
	toks := sc.toks
	if e >= len(toks) || toks[e].kind == tPunct {
		return -1
	}
	t := &toks[e]
	if (t.mEnd > 0 && t.cats&catNegX != 0 && t.cats&catFine == 0) || finalNeg[string(sc.norm[t.s:t.e])] {
		if n := int(max(t.mEnd, int32(e+1))); n >= len(toks) || toks[n].clause != t.clause || toks[n].kind == tPunct ||
			toks[n].kind == tWord && sc.norm[toks[n].s] >= 0xE3 {
			return e
		}
	}
	return -1
}

// taArticles may stand between a negation and the name it negates.
var taArticles = map[string]bool{
	"de": true, "d": true, "any": true, "the": true, "el": true, "la": true, "le": true, "les": true, "du": true,
	"des": true, "o": true, "a": true, "il": true, "lo": true, "un": true, "una": true, "uno": true, "di": true,
	"hay": true, "ha": true, "usamos": true, "usar": true, "usiamo": true, "pakai": true, "dung": true,
	"ใช้": true, "ใช": true, "kullanmiyoruz": true, "using": true, "use": true,
}

// forThisOrder reports "for this order" after token e: pour cette commande,
// para este pedido, für diese Bestellung, 这单.
func (sc *scratch) forThisOrder(e int) bool {
	toks := sc.toks
	for k := e; k < len(toks) && k <= e+4 && toks[k].clause == toks[e].clause; k++ {
		if toks[k].mEnd > 0 && toks[k].cats&catCodeCtx != 0 {
			return true
		}
	}
	return false
}

// depositPushed reads, after the buyer asked for Trade Assurance in a message
// that does not name it, a deposit or balance sent by another way ("please
// pay the 30% deposit by bank transfer, confirm on WhatsApp"): the deposit
// words are neutral for prices, not for the way of paying.
func (sc *scratch) depositPushed(res *taResult) {
	toks := sc.toks
	for k := range toks {
		t := &toks[k]
		if t.mEnd == 0 || t.cats&catAltPay == 0 || sc.negatedBefore(k) {
			continue
		}
		s := t.sent
		if sc.sentHas(s, catPlatform|catStayHere|catTA) ||
			(sc.sentHas(s, catReport) && !sc.sentHas(s, catPropose|catOnly)) {
			continue
		}
		if !sc.onlyDepositNeutral(s) {
			continue
		}
		res.offerFresh(RuleTARefusal, basisAltPay, 0.85, k, int(t.mEnd))
		return
	}
}

var (
	depositOnce  sync.Once
	depositWords map[string]bool
)

// onlyDepositNeutral reports that the neutral words of sentence s are all
// words of a deposit or balance.
func (sc *scratch) onlyDepositNeutral(s int32) bool {
	depositOnce.Do(func() {
		tmp := new(scratch)
		depositWords = map[string]bool{}
		for _, w := range []string{
			"deposit", "balance", "advance payment", "定金", "订金", "尾款", "余款", "anticipo", "saldo", "acompte",
			"solde", "предоплата", "остаток", "عربون", "الرصيد", "anzahlung", "restzahlung", "kapora", "bakiye",
			"계약금", "잔금", "前金", "残金", "đặt cọc", "uang muka", "มัดจำ", "acconto",
		} {
			normalize(w, tmp)
			depositWords[string(tmp.norm)] = true
		}
	})
	toks := sc.toks
	for k := range toks {
		t := &toks[k]
		if t.sent != s || t.mEnd == 0 || t.cats&catTANeutral == 0 {
			continue
		}
		if !depositWords[string(sc.norm[t.s:toks[t.mEnd-1].e])] {
			return false
		}
	}
	return true
}

// twoRoutes reads two prices of two ways of paying written in a row, each
// beside its way, whichever comes first and on whichever side: "0,128 en
// virement direct ou 0,136 via Trade Assurance" (each price before its
// way), "عبر Trade Assurance السعر 6.70، أما التحويل المباشر فيبقى 6.20"
// (each way before its price). The first item of the sentence tells the
// side: a price first takes the way after it, a way first the price after
// it. A decimal comma after a zero ("0,128") is a fraction, not thousands.
func (sc *scratch) twoRoutes(text string, res *taResult) {
	toks := sc.toks
	amts := sc.amts
	for ai := range amts {
		a := &amts[ai]
		if a.pct || a.qty == -1 || !(a.money || a.frac || sc.zeroComma(a)) || (ai > 0 && amts[ai-1].sent == a.sent) {
			continue
		}
		// a is the first price of its sentence: read the sentence's items.
		s := a.sent
		first := int8(0) // the way written before the first price, if any
		for k := int(a.tok) - 1; k >= 0 && toks[k].sent == s; k-- {
			if r := sc.routeAt(k, text); r != 0 {
				first = r
				break
			}
		}
		var ta, alt *amount
		for bi := ai; bi < len(amts) && amts[bi].sent == s; bi++ {
			b := &amts[bi]
			if b.pct || b.qty == -1 || !(b.money || b.frac || sc.zeroComma(b)) {
				continue
			}
			r := int8(0)
			if first != 0 {
				r = sc.routeBefore(b, text)
			} else {
				r = sc.routeAfter(b, text)
			}
			switch {
			case r == 1 && ta == nil:
				ta = b
			case r == 2 && alt == nil:
				alt = b
			}
		}
		if ta == nil || alt == nil || sc.neutral(int(ta.tok)) || sc.neutral(int(alt.tok)) ||
			(ta.qty > 0 && alt.qty > 0 && ta.qty != alt.qty) {
			continue
		}
		tv, av := sc.amtVal(ta), sc.amtVal(alt)
		if av <= 0 || tv <= av || tv/av > 3 {
			continue
		}
		ts, te := ta.span(sc)
		as, ae := alt.span(sc)
		if res.offerFresh(RuleTASurcharge, basisPrice, 0.88, min(ts, as), max(te, ae)) {
			res.priced(ta, alt)
			res.taPrice, res.altPrice = tv, av
		}
		return
	}
}

// zeroComma reports an amount written "0,128": a decimal comma.
func (sc *scratch) zeroComma(a *amount) bool {
	t := &sc.toks[a.tok]
	return a.end == a.tok+3 && t.e-t.s == 1 && sc.norm[t.s] == '0' && sc.isPunct(int(a.tok)+1, ',')
}

// amtVal is the amount's value, "0,128" read as a fraction.
func (sc *scratch) amtVal(a *amount) float64 {
	if sc.zeroComma(a) {
		return a.val / 1000
	}
	return a.val
}

// routeAt is the way of paying token k names: 1 Trade Assurance or the
// platform, 2 another way ("without Trade Assurance" included), 0 none.
func (sc *scratch) routeAt(k int, text string) int8 {
	if sc.isTA(k, text) || sc.isPlatform(k) {
		if sc.taLeftOut(k) {
			return 2
		}
		return 1
	}
	if sc.altPayAt(k) && !sc.negatedBefore(k) {
		return 2
	}
	return 0
}

// routeBefore is the way named last before amount b, after the amount
// before it.
func (sc *scratch) routeBefore(b *amount, text string) int8 {
	for k := int(b.tok) - 1; k >= 0 && sc.toks[k].sent == b.sent && sc.toks[k].kind != tNum; k-- {
		if r := sc.routeAt(k, text); r != 0 {
			return r
		}
	}
	return 0
}

// routeAfter is the way named first after amount b, before the next amount.
func (sc *scratch) routeAfter(b *amount, text string) int8 {
	for k := int(b.end); k < len(sc.toks) && sc.toks[k].sent == b.sent && sc.toks[k].kind != tNum; k++ {
		if r := sc.routeAt(k, text); r != 0 {
			return r
		}
	}
	return 0
}

// rangeEnd reports a number closing a range ("from 300 to 500 USD", "300-500
// USD"): not a minimum order (threshold).
func (sc *scratch) rangeEnd(k int) bool {
	toks := sc.toks
	for n := k - 1; n >= 0 && n >= k-3 && toks[n].clause == toks[k].clause; n-- {
		if toks[n].kind == tNum {
			return n < k-1 && (sc.is(n+1, "to") || sc.is(n+1, "-") || sc.is(n+1, "~") || sc.is(n+1, "a") ||
				sc.is(n+1, "bis") || sc.is(n+1, "до") || sc.is(n+1, "hasta") || sc.is(n+1, "ate"))
		}
	}
	return false
}

// negJustBefore reports a negation ending right before token b in its
// clause (within three tokens), not one that runs into it ("is not" of "is
// not working").
func (sc *scratch) negJustBefore(b int) bool {
	toks := sc.toks
	for k := b - 1; k >= 0 && k >= b-3 && toks[k].clause == toks[b].clause; k-- {
		t := &toks[k]
		if t.mEnd > 0 && t.mEnd <= int32(b) && t.cats&(catNeg|catNegX) != 0 && t.cats&catFine == 0 {
			return true
		}
	}
	return false
}

// alsoWords list an option beside another: "we also accept PayPal".
var alsoWords = map[string]bool{
	"also": true, "too": true, "tambien": true, "tambem": true, "aussi": true, "auch": true, "anche": true,
	"тоже": true, "также": true, "juga": true, "cung": true, "ayrica": true, "ايضا": true,
	"أيضا": true, "भी": true, "bhi": true, "も": true, "也": true, "도": true, "เช่นกัน": true, "ด้วย": true,
}

// alsoIn reports an "also" in token p's clause.
func (sc *scratch) alsoIn(p int) bool {
	toks := sc.toks
	c := toks[p].clause
	for k := p - 1; k >= 0 && toks[k].clause == c; k-- {
		if alsoWords[string(sc.norm[toks[k].s:toks[k].e])] {
			return true
		}
	}
	for k := p + 1; k < len(toks) && toks[k].clause == c; k++ {
		if alsoWords[string(sc.norm[toks[k].s:toks[k].e])] {
			return true
		}
	}
	return false
}
