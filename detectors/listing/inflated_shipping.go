package listing

import (
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// InflatedShipping finds a low product price paired with a quoted shipping
// fee far above what an order of that size normally costs to ship. Low: below
// the category's max_price_quantile price, where the market knows the
// category (copper tube at the going rate quoted by air for a ton is dear
// freight, not a bait), unless the fee exceeds the goods' own value.
//
// A fee is judged against the category's shipping curve: what quotes for
// similar quantities cost (per order and per unit), because freight is part
// fixed (an express parcel's minimum, an LCL minimum) and part per unit. So a
// single small parcel by express at 20 or a ton of rebar at a thousand is
// normal, even where shipping exceeds the goods' value. The listing's own
// quotes count as one vote per half-decade of the curve (its cheapest):
// several methods quoted for one quantity would otherwise set, in a
// half-decade of few quotes, the norm they are judged against. Without market
// evidence only an absurd fee, many times the goods' own value, is flagged.
type InflatedShipping struct{ p *params }

// NewInflatedShipping returns the inflated_shipping detector.
func NewInflatedShipping(c *Config) *InflatedShipping { return &InflatedShipping{p: newParams(c)} }

// Name is the violation code the detector reports.
func (*InflatedShipping) Name() string { return schemas.InflatedShipping }

// Rules of inflated_shipping.
const (
	ruleShippingAboveNorm = "shipping_above_category_norm"
	ruleShippingOverGoods = "shipping_absurd_vs_goods"
)

type shipCandidate struct {
	rule      string
	x         float64
	opt       int
	norm      float64
	quotes    uint64
	unitPrice float64
}

// DetectListing appends an inflated_shipping finding for l, if any.
func (d *InflatedShipping) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	if len(l.Shipping) == 0 {
		return out
	}
	t := d.p.forCategory(l.CategoryID)
	is := &t.InflatedShipping
	st := marketStats(ref, l, t)
	minQuotes := v(is.MinNodeQuotes)
	if !(minQuotes >= 1) {
		minQuotes = 1
	}
	var best shipCandidate
	for i, s := range l.Shipping {
		if !(s.Fee > 0 && s.ForQty > 0) {
			continue
		}
		unitPrice := market.UnitPriceAt(l, s.ForQty)
		goods := unitPrice * s.ForQty
		if goods > 0 && s.Fee >= v(is.AbsurdMinFee) {
			if x := s.Fee / (goods * v(is.AbsurdFeeToGoods)); x >= 1 && x > best.x {
				best = shipCandidate{rule: ruleShippingOverGoods, x: x, opt: i, unitPrice: unitPrice}
			}
		}
		if st == nil {
			continue
		}
		// A low product price paired with high shipping: a fee that is a
		// small share of valuable goods is a quoting error, not a lure.
		// (Checked first: it needs no market figures.)
		if goods > 0 && s.Fee < goods*v(is.MinFeeToGoods) {
			continue
		}
		if s.Fee < goods && enough(st.Price(), t) && unitPrice >= st.Price().Quantile(v(is.MaxPriceQuantile)) {
			continue // no low price and freight below the goods' value: a dear quote, no bait
		}
		norm, quotes, ok := st.ShippingNormWithout(s.ForQty, v(is.NormQuantile), uint64(minQuotes), l.Shipping)
		if !ok || !(norm > 0) {
			continue
		}
		if x := s.Fee / (norm * v(is.NormRatio)); x >= 1 && x > best.x {
			best = shipCandidate{rule: ruleShippingAboveNorm, x: x, opt: i, norm: norm, quotes: quotes, unitPrice: unitPrice}
		}
	}
	if best.rule == "" {
		return out
	}
	return append(out, d.finding(l, t, best))
}

func (d *InflatedShipping) finding(l *schemas.Listing, t *Thresholds, c shipCandidate) schemas.Finding {
	s := l.Shipping[c.opt]
	goods := c.unitPrice * s.ForQty
	ev := make(map[string]any, 12) // sized for every key below, so it never grows
	ev["method"], ev["fee"], ev["for_qty"], ev["unit"] = s.Method, s.Fee, s.ForQty, l.Unit
	ev["fee_per_unit"], ev["unit_price"], ev["goods_value"] = sig(s.Fee/s.ForQty, 4), c.unitPrice, sig(goods, 6)
	if goods > 0 {
		ev["fee_to_goods"] = sig(s.Fee/goods, 4)
	}
	var en, zh string
	if c.rule == ruleShippingAboveNorm {
		ev["norm_fee"] = sig(c.norm, 4)
		ev["norm_fee_per_unit"] = sig(c.norm/s.ForQty, 4)
		ev["norm_quotes"] = c.quotes
		ev["ratio_to_norm"] = sig(s.Fee/c.norm, 4)
		en = sprintf("Shipping of %s for %s (%s, %s per %s) is %s what that quantity normally costs to ship in this category (%s, %s per %s), on goods worth %s.",
			money(s.Fee), units(l, s.ForQty), str(s.Method), money(s.Fee/s.ForQty), str(l.Unit), times(s.Fee/c.norm),
			money(c.norm), money(c.norm/s.ForQty), str(l.Unit), money(goods))
		zh = sprintf("%s %s的运费为%s（%s，每%s %s），是该类目同等数量正常运费%s（每%s %s）的%s，而货值仅%s。",
			qty(s.ForQty), str(l.Unit), money(s.Fee), str(s.Method), str(l.Unit), money(s.Fee/s.ForQty), money(c.norm), str(l.Unit),
			money(c.norm/s.ForQty), times(s.Fee/c.norm), money(goods))
	} else {
		en = sprintf("Shipping of %s for %s (%s) is %s the goods' own value of %s: the price is shown low and charged through freight.",
			money(s.Fee), units(l, s.ForQty), str(s.Method), times(s.Fee/goods), money(goods))
		zh = sprintf("%s %s的运费为%s（%s），是货值%s的%s：价格虚低，运费虚高。",
			qty(s.ForQty), str(l.Unit), money(s.Fee), str(s.Method), money(goods), times(s.Fee/goods))
	}
	return finding(schemas.InflatedShipping, c.rule, confidence(t, c.x), ev, en, zh)
}
