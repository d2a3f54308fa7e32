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
	"fmt"
	"math"
	"strconv"
	"strings"

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

// sprintf is fmt.Sprintf for what explanations use, the %s and %q verbs of
// string arguments (the compiler holds them to strings): it writes into one
// buffer sized up front, where fmt would box every argument and grow its own
// buffer. Anything else (another verb, a count of arguments that does not
// match) is left to fmt, so the text is fmt's in every case.
func sprintf(format string, args ...string) string {
	n := len(format)
	for _, a := range args {
		n += len(a)
	}
	var b strings.Builder
	b.Grow(n + 8)
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(format) || next == len(args) {
			return fmtSprintf(format, args)
		}
		i++
		switch format[i] {
		case 's':
			b.WriteString(args[next])
		case 'q':
			var buf [96]byte
			b.Write(strconv.AppendQuote(buf[:0], args[next]))
		default:
			return fmtSprintf(format, args)
		}
		next++
	}
	if next != len(args) {
		return fmtSprintf(format, args)
	}
	return b.String()
}

func fmtSprintf(format string, args []string) string {
	as := make([]any, len(args))
	for i, a := range args {
		as[i] = a
	}
	return fmt.Sprintf(format, as...)
}

// money formats a price or fee for an explanation: two decimals from 1 up
// (with thousands separators), four significant digits below.
func money(x float64) string {
	if odd(x) {
		return oddNumber(x)
	}
	if math.Abs(x) < 1 {
		s := strconv.FormatFloat(sig(x, 4), 'f', -1, 64)
		// At least two decimals, as prices are shown: 0.30, not 0.3.
		if _, frac, _ := strings.Cut(s, "."); len(frac) < 2 {
			s = strconv.FormatFloat(x, 'f', 2, 64)
		}
		return s
	}
	s := strconv.FormatFloat(x, 'f', 2, 64)
	return groupThousands(s)
}

// qty formats a quantity: integers with thousands separators.
func qty(x float64) string {
	if odd(x) {
		return oddNumber(x)
	}
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return groupThousands(strconv.FormatFloat(x, 'f', 0, 64))
	}
	return strconv.FormatFloat(sig(x, 4), 'f', -1, 64)
}

// times formats a ratio such as "12.5x" or "0.012x".
func times(x float64) string {
	if odd(x) {
		return oddNumber(x) + "x"
	}
	return strconv.FormatFloat(sig(x, 3), 'f', -1, 64) + "x"
}

// pct formats a share as a percentage with two significant digits.
func pct(x float64) string {
	if odd(x * 100) {
		return oddNumber(x*100) + "%"
	}
	return strconv.FormatFloat(sig(x*100, 2), 'f', -1, 64) + "%"
}

// odd reports a figure that fixed-point notation would spell out in hundreds
// of digits (junk such as 1e-310 or 1e300): it is written in e-notation.
func odd(x float64) bool {
	a := math.Abs(x)
	return math.IsNaN(x) || math.IsInf(x, 0) || (a != 0 && a < 1e-6) || a >= 1e15
}

func oddNumber(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strconv.FormatFloat(sig(x, 4), 'g', -1, 64)
}

func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) <= 3 {
		if neg {
			return "-" + s
		}
		return s
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	lead := len(intPart) % 3
	if lead > 0 {
		b.WriteString(intPart[:lead])
	}
	for i := lead; i < len(intPart); i += 3 {
		if b.Len() > 0 && !(neg && b.Len() == 1) {
			b.WriteByte(',')
		}
		b.WriteString(intPart[i : i+3])
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
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

// units names n of the listing's unit in an explanation ("1 ton", "25 tons").
func units(l *schemas.Listing, n float64) string {
	u := l.Unit
	if u == "" {
		u = "unit"
	}
	if n == 1 {
		return qty(n) + " " + u
	}
	return qty(n) + " " + u + "s"
}

// unitName is the listing's unit for "per ..." ("per piece").
func unitName(l *schemas.Listing) string {
	if l.Unit == "" {
		return "unit"
	}
	return l.Unit
}
