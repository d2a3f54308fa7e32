package message

import (
	"bytes"
	"strings"
)

// The merchant's own earlier quote. A buyer asks a price ("What is the price
// for 3,000?"), the merchant answers with one unit price ("0.21/pc"), the
// buyer asks to use Trade Assurance, and the merchant answers with a higher
// price alone ("Yes, then it is 0.24/pc"): the difference is a Trade
// Assurance surcharge, though no message states two prices. The
// conversation keeps the merchant's latest single unit price and the
// quantity named with it (Conversation.SellerPrice, SellerPriceQty). A
// quantity other than the quoted one (tier prices differ rightly), a sample,
// "same price", another way of paying or a price far from the quote (another
// product) keep the answer clean.

const basisAboveQuote = "above_quote" // the Trade Assurance answer's price above the merchant's own earlier quote

// maxQuoteRatio bounds a Trade Assurance price read against the earlier
// quote: a price more than half again above it is more likely another
// product's.
const maxQuoteRatio = 1.5

// maxQuoteBytes bounds the merchant messages read for a quote past the
// prefilter: a quote is a short message.
const maxQuoteBytes = 160

// maxQuote bounds a remembered price or quantity.
const maxQuote = 1e9

// quoteCue reports a short text with a decimal number ("0.21/pc", "USD
// 1,85") or a whole one beside a currency ("1068 USD/ton", "$450/set",
// "1068美金"): a merchant message that may quote a unit price, read for it
// even when the prefilter passes it by (quoteObserved).
func quoteCue(text string) bool {
	if len(text) > maxQuoteBytes {
		return false
	}
	digit := false
	for i := 1; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == ',') && isDigit(text[i-1]) && isDigit(text[i+1]) {
			return true
		}
		digit = digit || isDigit(text[i])
	}
	if !digit {
		return false
	}
	for _, c := range quoteCurrencies {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// quoteCurrencies mark a whole number as a price for quoteCue.
var quoteCurrencies = []string{"$", "USD", "usd", "€", "EUR", "¥", "美元", "美金", "₹", "£", "₺", "₩", "₫", "฿"}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// sampleWords name a sample, whose price is no unit price of the order.
var sampleWords = [][]byte{
	[]byte("sample"), []byte("muestra"), []byte("amostra"), []byte("echantillon"), []byte("échantillon"),
	[]byte("muster"), []byte("campione"), []byte("campioni"), []byte("образ"), []byte("numune"), []byte("عينة"),
	[]byte("सैंपल"), []byte("sampel"), []byte("mẫu"), []byte("mau thu"), []byte("ตัวอย่าง"), []byte("サンプル"),
	[]byte("샘플"), []byte("样品"), []byte("样板"), []byte("打样"), []byte("mold"), []byte("mould"), []byte("模具"),
}

// termWords are trade terms: a price with one is on another basis than a
// bare unit price (DDP includes the shipping).
var termWords = map[string]bool{"ddp": true, "dap": true, "cif": true, "cfr": true, "cnf": true, "fob": true,
	"exw": true, "fca": true, "ddu": true}

// otherBasis reports a price stated with shipping or a trade term ("0.24/pc
// including shipping", "0.24 DDP"): not comparable with the bare quote.
func (sc *scratch) otherBasis() bool {
	for k := range sc.toks {
		t := &sc.toks[k]
		if termWords[string(sc.norm[t.s:t.e])] || sc.taxKindAt(k)&txShip != 0 {
			return true
		}
	}
	return false
}

func (sc *scratch) hasSample() bool {
	for _, w := range sampleWords {
		if bytes.Contains(sc.norm, w) {
			return true
		}
	}
	return false
}

// onePrice returns the one price of the message (an amount with decimals
// or a currency, no percentage, no quantity) and the quantity named in the
// message, ok false with none or several prices or a bare number.
func (sc *scratch) onePrice() (price amount, qty float64, ok bool) {
	n := 0
	for _, a := range sc.amts {
		switch {
		case a.qty == -1:
			qty = a.val
		case a.pct:
			return amount{}, 0, false
		case a.frac || a.money:
			price = a
			n++
		default:
			return amount{}, 0, false // a bare number: days, a model, a total
		}
	}
	if price.qty > 0 {
		qty = price.qty
	}
	return price, qty, n == 1
}

// sellerQuote reads a merchant message quoting one unit price, no Trade
// Assurance, no sample: the quote a later Trade Assurance price is read
// against. quoted is set when the message states prices at all (several
// prices clear the quote: a table of tiers). After the buyer named Trade
// Assurance (taContext) one price is no plain quote and keeps the old one;
// several still clear it.
func (sc *scratch) sellerQuote(text string, taContext bool) (price, qty float64, quoted bool) {
	sc.parseAmounts()
	if len(sc.amts) == 0 {
		return 0, 0, false
	}
	p, q, ok := sc.onePrice()
	if ok && taContext {
		return 0, 0, false
	}
	if !ok || sc.taNamed(text) || sc.hasSample() || sc.allCats&(catAltPay|catSurcharge|catTANeutral) != 0 {
		return 0, 0, true
	}
	if p.val <= 0 || p.val >= maxQuote || q >= maxQuote {
		return 0, 0, true // no unit price; and the state stays plain JSON numbers
	}
	return p.val, q, true
}

// aboveQuote offers a surcharge for a reply to the buyer's request to use
// Trade Assurance that states one price above the merchant's own quote, for
// the same quantity.
func (sc *scratch) aboveQuote(text string, res *taResult) {
	if !sc.taUseAsked || sc.quotePrice <= 0 {
		return
	}
	sc.parseAmounts()
	p, q, ok := sc.onePrice()
	restated := false
	if !ok {
		p, q, ok = sc.onePriceBesideQuote()
		restated = ok
	}
	if !ok || (q != 0 && q != sc.quoteQty) || sc.hasSample() || sc.otherBasis() ||
		sc.allCats&(catTANeutral|catCompare) != 0 || (!restated && sc.allCats&catAltPay != 0) ||
		sc.neutral(int(p.tok)) || sc.negatedBefore(int(p.tok)) {
		return
	}
	if p.val <= sc.quotePrice*1.0001 || p.val > sc.quotePrice*maxQuoteRatio {
		return
	}
	as, ae := p.span(sc)
	res.offer(RuleTASurcharge, basisAboveQuote, 0.86, as, ae)
	res.contextOnly = !sc.taNamed(text)
}

// onePriceBesideQuote is onePrice for a reply that also restates the quote
// ("with Trade Assurance 1181, not 1068; by T/T still 1068"): one price
// other than the quote, and numbers that are the quote itself.
func (sc *scratch) onePriceBesideQuote() (price amount, qty float64, ok bool) {
	n, quote := 0, false
	for _, a := range sc.amts {
		switch {
		case a.qty == -1:
			qty = a.val
		case a.pct:
			return amount{}, 0, false
		case a.val == sc.quotePrice:
			quote = true
		case a.frac || a.money:
			price = a
			n++
		default:
			return amount{}, 0, false
		}
	}
	if price.qty > 0 {
		qty = price.qty
	}
	return price, qty, n == 1 && quote
}

// quoteObserved is what a merchant message the prefilter passes by
// contributes: its quote, read from the lexical pass alone (it yields no
// finding, so the contact and refusal models need not run).
func quoteObserved(text string, quote bool) observed {
	if !quote {
		return observed{}
	}
	sc := scratchPool.Get().(*scratch)
	defer releaseScratch(sc)
	normalize(text, sc)
	sc.lexical()
	var o observed
	o.quote, o.quoteQty, o.quoted = sc.sellerQuote(text, false)
	return o
}

// judgeTAQuote is judgeTAFamilies without the order link's glitches, then,
// with no finding, a sum added to the shipping of Trade Assurance orders
// (ta_addship.go) or the reply to the buyer's request to use Trade Assurance
// priced above the merchant's quote.
func (d *Detector) judgeTAQuote(sc *scratch, text string, buyerAsked bool) (taResult, bool) {
	res, ok := d.judgeTAFamilies(sc, text, buyerAsked)
	if ok && (res.basis == basisUnavail || res.basis == basisOutright) && sc.linkCannot(int(res.cs)) && sc.anyAltPushed(text) < 0 {
		// "信保链接打不开，我重新发一个信保订单": the order link cannot be
		// opened ("won't open on mobile"), no other way is put forward; a
		// glitch, not Trade Assurance refused.
		res, ok = taResult{ta: res.ta, plat: res.plat, neg: -1}, false
	}
	if ok {
		return res, ok
	}
	r := taResult{ta: res.ta, plat: res.plat, neg: -1}
	if sc.allFam&famTAx != 0 {
		sc.parseAmounts()
		sc.addToShipping(text, &r)
	}
	if r.conf == 0 && sc.taUseAsked && sc.quotePrice > 0 {
		sc.aboveQuote(text, &r)
	}
	return r, r.conf > 0
}

// linkCannot reports the order link named right before token c in its
// clause: what "cannot be used / opened" is about is the link.
func (sc *scratch) linkCannot(c int) bool {
	toks := sc.toks
	for k := c - 1; k >= 0 && k >= c-4 && toks[k].clause == toks[c].clause; k-- {
		if sc.taxKindAt(k)&txLink != 0 {
			return true
		}
	}
	return false
}
