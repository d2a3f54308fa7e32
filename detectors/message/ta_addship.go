package message

// A sum added to the shipping of Trade Assurance orders: "إذن سنضيف 150 دولار
// على الشحن لطلبات Trade Assurance", "nous ajouterons 150 USD à la livraison
// pour les commandes Trade Assurance". A verb of adding (txAdd) with an
// amount right after it (or right before it: "kargoya 150 USD ekleyeceğiz"),
// the shipping cost (txShip) and Trade Assurance in the amount's clause or in
// a condition of the sentence ("if you use Trade Assurance, we'll add …"): the
// orders the sum is added to are Trade Assurance's. Trade Assurance in
// another clause ("we will add 150 USD for shipping, payment via Trade
// Assurance"), no Trade Assurance ("for remote areas"), "included" or a
// negation keep it clean.
func (sc *scratch) addToShipping(text string, res *taResult) {
	toks := sc.toks
	for i := range toks {
		if sc.taxKindAt(i)&txAdd == 0 || sc.negatedBefore(i) || sc.neutral(i) {
			continue
		}
		end := int(toks[i].mEnd)
		var a *amount
		for ai := range sc.amts {
			b := &sc.amts[ai]
			near := int(b.tok) >= end && int(b.tok) <= end+2 || int(b.end) <= i && int(b.end) >= i-3
			if b.money && !b.pct && b.qty != -1 && near && toks[b.tok].clause == toks[i].clause {
				a = b
				break
			}
		}
		if a == nil {
			continue
		}
		c := toks[a.tok].clause
		ship, named := false, false
		for k := range toks {
			switch {
			case toks[k].clause == c:
				ship = ship || sc.taxKindAt(k)&txShip != 0
				named = named || sc.taPositive(k, text)
			case toks[k].sent == a.sent && sc.condBefore(k):
				named = named || sc.taPositive(k, text)
			}
		}
		if !ship || !named {
			continue
		}
		as, ae := a.span(sc)
		res.offer(RuleTASurcharge, basisFee, 0.88, min(i, as), max(end, ae))
		return
	}
}
