// Package listing holds Haili's listing detectors: fake_price_tier,
// off_market_price, inflated_shipping, abused_sku and false_moq (the seed
// briefing's fake prices, fake shipping, fake SKUs and fake MOQs).
//
// Each detector judges one listing version. Rules that rest on the listing's
// own internal evidence (a ladder whose order value falls as quantity grows,
// a description that states a different MOQ) work without a market
// reference; rules that compare the listing with its category (price bands,
// shipping norms, normal tier steps and SKU spreads) need a market.Reference
// with enough samples and are silent otherwise. Every threshold comes from
// the policy file (Config); findings carry the numbers behind them, an
// English and a Chinese sentence, the rule that fired and a confidence that
// grows with how far the evidence exceeds its threshold.
//
// The no-finding path allocates nothing: keyword tables are built once,
// descriptions are scanned in one pass without lowercasing copies, and
// findings (maps, sentences) are only built when a rule fires.
package listing

import (
	"math"
	"strconv"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// Version is the detector version recorded on listing findings and checks.
const Version = "listing/1.1.0"

// confidence maps how many times the evidence exceeds its threshold (x >= 1)
// to a confidence from the policy's at_threshold (x = 1) rising towards its
// max: at_threshold + (max - at_threshold) * (1 - 1/x). Evidence twice past
// the threshold is halfway there, ten times past is 90% of the way.
func confidence(t *Thresholds, x float64) float64 {
	c0, cmax := v(t.Confidence.AtThreshold), v(t.Confidence.Max)
	if !(x >= 1) {
		x = 1
	}
	c := cmax - (cmax-c0)/x
	return math.Round(c*1000) / 1000
}

// marketStats returns the reference's statistics for the listing's category
// and unit when they have enough listings to judge by, else nil.
func marketStats(ref *market.Reference, l *schemas.Listing, t *Thresholds) *market.Stats {
	st := ref.Stats(l.CategoryID, l.Unit)
	if st == nil || !(float64(st.Listings) >= v(t.Market.MinSamples)) {
		return nil
	}
	return st
}

// enough reports whether a metric of the reference has enough values.
func enough(q *market.Quantiles, t *Thresholds) bool {
	return float64(q.Count()) >= v(t.Market.MinSamples)
}

func finding(code, rule string, conf float64, ev map[string]any, en, zh string) schemas.Finding {
	if !(conf >= 0 && conf <= 1) {
		conf = 1 // only NaN or junk gets here; a finding was made, so it is certain
	}
	schemas.FiniteEvidence(ev)
	return schemas.Finding{
		Violation:       code,
		Rule:            rule,
		Confidence:      conf,
		Evidence:        ev,
		Explanation:     en,
		ExplanationZH:   zh,
		DetectorVersion: Version,
	}
}

// sig rounds x to n significant digits (evidence stays readable; the inputs
// themselves are reported unrounded).
func sig(x float64, n int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	mag := math.Pow(10, float64(n-1)-math.Floor(math.Log10(math.Abs(x))))
	if r := math.Round(x*mag) / mag; !math.IsNaN(r) && !math.IsInf(r, 0) && !math.IsInf(mag, 0) && mag != 0 {
		return r
	}
	// Denormal or near-overflow magnitudes, where the scale itself
	// overflows: round through the decimal form instead.
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], x, 'g', n, 64)), 64)
	if err != nil {
		return x
	}
	return r
}

// unitName is the listing's unit for "per ..." ("per piece").
func unitName(l *schemas.Listing) string {
	if l.Unit == "" {
		return "unit"
	}
	return l.Unit
}
