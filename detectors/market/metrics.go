package market

import (
	"math"

	"github.com/haili/haili/schemas"
)

// The functions here define what the reference measures. Detectors call the
// same functions on the listing they judge, so a listing is compared with its
// market on exactly the same terms.

// RepresentativePrice is the unit price a listing stands for: the price of its
// first (MOQ) tier when it has tiers, because that is what a buyer at the MOQ
// pays; else the median SKU price, because a median ignores a few decoy
// variants; else the top of its price range, because the bottom of a range is
// where a bait sits. It is 0 when the listing shows no price.
func RepresentativePrice(l *schemas.Listing) float64 {
	switch {
	case len(l.PriceTiers) > 0:
		return l.PriceTiers[0].UnitPrice
	case len(l.SKUs) > 0:
		return MedianSKUPrice(l.SKUs)
	case l.PriceRange != nil:
		return l.PriceRange.Max
	}
	return 0
}

// UnitPriceAt is the unit price of an order of qty units: the price of the
// highest tier whose MinQty is at most qty (the first tier below the MOQ),
// else the RepresentativePrice.
func UnitPriceAt(l *schemas.Listing, qty float64) float64 {
	if len(l.PriceTiers) == 0 {
		return RepresentativePrice(l)
	}
	p := l.PriceTiers[0].UnitPrice
	for _, t := range l.PriceTiers[1:] {
		if t.MinQty > qty {
			break
		}
		p = t.UnitPrice
	}
	return p
}

// MinTierStep is the smallest ratio of a tier's price to the previous tier's:
// the listing's steepest single discount step. ok is false with fewer than two
// priced tiers.
func MinTierStep(l *schemas.Listing) (step float64, ok bool) {
	step = math.Inf(1)
	for i := 1; i < len(l.PriceTiers); i++ {
		prev := l.PriceTiers[i-1].UnitPrice
		if prev <= 0 {
			continue
		}
		step = min(step, l.PriceTiers[i].UnitPrice/prev)
		ok = true
	}
	if !ok {
		return 0, false
	}
	return step, true
}

// TierDiscount is the last tier's price over the first tier's: how much a
// ladder discounts from the MOQ to its largest quantity.
func TierDiscount(l *schemas.Listing) (ratio float64, ok bool) {
	n := len(l.PriceTiers)
	if n < 2 || l.PriceTiers[0].UnitPrice <= 0 {
		return 0, false
	}
	return l.PriceTiers[n-1].UnitPrice / l.PriceTiers[0].UnitPrice, true
}

// SKUSpread is the highest SKU price over the lowest positive one.
func SKUSpread(l *schemas.Listing) (spread float64, ok bool) {
	lo, hi := math.Inf(1), 0.0
	n := 0
	for _, s := range l.SKUs {
		if s.UnitPrice <= 0 {
			continue
		}
		lo, hi = min(lo, s.UnitPrice), max(hi, s.UnitPrice)
		n++
	}
	if n < 2 {
		return 0, false
	}
	return hi / lo, true
}

// MedianSKUPrice is the median of the SKUs' unit prices (0 without SKUs).
func MedianSKUPrice(skus []schemas.SKU) float64 {
	var buf [32]float64
	vals := buf[:0]
	if len(skus) > len(buf) {
		vals = make([]float64, 0, len(skus))
	}
	for _, s := range skus {
		vals = append(vals, s.UnitPrice)
	}
	return Median(vals)
}

// Median sorts vals in place and returns their median (0 when empty).
func Median(vals []float64) float64 {
	n := len(vals)
	if n == 0 {
		return 0
	}
	// Insertion sort: listings carry a handful of tiers or SKUs, and this
	// keeps the call free of allocations.
	for i := 1; i < n; i++ {
		for j := i; j > 0 && vals[j] < vals[j-1]; j-- {
			vals[j], vals[j-1] = vals[j-1], vals[j]
		}
	}
	if n%2 == 1 {
		return vals[n/2]
	}
	return (vals[n/2-1] + vals[n/2]) / 2
}

// curveBucketsPerDecade is the resolution of the shipping curve: quotes are
// grouped by half-decades of quantity (1-3, 3-10, 10-31, ...). Fees of one
// group differ by at most about 1.4x under a fixed-plus-per-unit tariff, while
// a group still gathers enough quotes of a category to be judged robustly.
const curveBucketsPerDecade = 2

// logScale is the fixed-point scale of summed log10 quantities: integers keep
// sums exact, so merging in any order gives identical bytes.
const logScale = 1e6

// shipBucket is the half-decade of a positive quantity. Quantities are
// clamped like sketch values, which bounds a key to 43 buckets.
func shipBucket(qty float64) int32 {
	return int32(math.Floor(math.Log10(clampValue(qty)) * curveBucketsPerDecade))
}

func fixedLog10(qty float64) int64 {
	return int64(math.Round(math.Log10(clampValue(qty)) * logScale))
}

func clampValue(v float64) float64 { return min(max(v, minValue), maxValue) }
