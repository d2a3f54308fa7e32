package listing

import (
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// OffMarketPrice finds a listing whose unit price lies far outside the market
// range of its category and unit, in either direction.
//
// The market range is the category's inner band of prices (say its 15% to
// 85% quantiles), so a category with a wide real range (tea from 8 to 50 per
// kilogram) gets a wide range and a commodity (rebar) a narrow one; a price
// is off the market only when it lies a policy factor beyond that band, which
// leaves room for a real premium grade, a used or closeout lot, a tender
// price.
type OffMarketPrice struct{ p *params }

// NewOffMarketPrice returns the off_market_price detector.
func NewOffMarketPrice(c *Config) *OffMarketPrice { return &OffMarketPrice{p: newParams(c)} }

// Name is the violation code the detector reports.
func (*OffMarketPrice) Name() string { return schemas.OffMarketPrice }

// Rules of off_market_price.
const (
	ruleBelowMarket = "below_market_range"
	ruleAboveMarket = "above_market_range"
)

// DetectListing appends an off_market_price finding for l, if any.
func (d *OffMarketPrice) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	t := d.p.forCategory(l.CategoryID)
	st := marketStats(ref, l, t)
	if st == nil || !enough(st.Price(), t) {
		return out
	}
	price := market.RepresentativePrice(l)
	if !(price > 0) {
		return out
	}
	om := &t.OffMarketPrice
	q := st.Price()
	main := leaveOutLowCluster(q, t)
	qlo, med, qhi := bandQuantile(q, main, v(om.LowQuantile)), bandQuantile(q, main, 0.5), bandQuantile(q, main, v(om.HighQuantile))
	if !(qlo > 0 && med > 0 && qhi >= qlo) {
		return out
	}
	hi, lo := qhi*v(om.FenceFactor), qlo/v(om.FenceFactor)
	switch {
	case price > hi:
		return append(out, d.finding(l, t, st, ruleAboveMarket, price/hi, price, lo, med, hi, q.Count()))
	case price < lo:
		return append(out, d.finding(l, t, st, ruleBelowMarket, lo/price, price, lo, med, hi, q.Count()))
	}
	return out
}

func (d *OffMarketPrice) finding(l *schemas.Listing, t *Thresholds, st *market.Stats, rule string, x, price, lo, med, hi float64, n uint64) schemas.Finding {
	ev := make(map[string]any, 9) // sized for every key below, so it never grows
	ev["unit_price"], ev["unit"], ev["category_id"] = price, l.Unit, l.CategoryID
	ev["market_median"], ev["market_low_fence"], ev["market_high_fence"] = sig(med, 4), sig(lo, 4), sig(hi, 4)
	ev["ratio_to_median"], ev["market_samples"] = sig(price/med, 4), n
	if b := st.Price().MainBelow(); b > 0 && leaveOutLowCluster(st.Price(), t) {
		// Prices left out of the band as a separate cluster far below it.
		ev["market_low_cluster_excluded"] = b
	}
	var en, zh string
	if rule == ruleAboveMarket {
		en = sprintf("The unit price of %s per %s is %s the category's median of %s, above its market range (up to %s).",
			money(price), str(l.Unit), times(price/med), money(med), money(hi))
		zh = sprintf("单价%s/%s是该类目中位价%s的%s，高于市场合理区间上限%s。",
			money(price), str(l.Unit), money(med), times(price/med), money(hi))
	} else {
		en = sprintf("The unit price of %s per %s is %s of the category's median of %s, below its market range (down to %s).",
			money(price), str(l.Unit), pct(price/med), money(med), money(lo))
		zh = sprintf("单价%s/%s仅为该类目中位价%s的%s，低于市场合理区间下限%s。",
			money(price), str(l.Unit), money(med), pct(price/med), money(lo))
	}
	return finding(schemas.OffMarketPrice, rule, confidence(t, x), ev, en, zh)
}

// leaveOutLowCluster reports whether the category's band is taken from its
// main cluster of prices only: when a separate cluster far below it (see
// market.Quantiles.MainQuantile) holds at most low_cluster_max_share of the
// prices. A few merchants' bait copies form such a cluster; left in, they
// drag the band down to their own level and it passes the very baits it
// should judge.
func leaveOutLowCluster(q *market.Quantiles, t *Thresholds) bool {
	b := q.MainBelow()
	return b > 0 && float64(b) <= v(t.OffMarketPrice.LowClusterMaxShare)*float64(q.Count())
}

// bandQuantile is the p-quantile of the category's prices, of its main
// cluster when main.
func bandQuantile(q *market.Quantiles, main bool, p float64) float64 {
	if main {
		return q.MainQuantile(p)
	}
	return q.Quantile(p)
}
