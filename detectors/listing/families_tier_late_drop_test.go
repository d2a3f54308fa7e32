package listing_test

import (
	"fmt"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// TestFamilyTierLateDrop: a ladder of gentle steps ending in a sudden drop
// (the bait at 10–33 % of the tier before it, at any quantity) is a fake
// tier without market evidence; ladders whose steps grow gentler with
// quantity (setup costs amortised), a container-load step, or a steep step
// in a two-tier ladder are left to the other rules and stay clean here.
func TestFamilyTierLateDrop(t *testing.T) {
	d := listing.NewFakePriceTier(defaultConfig(t))
	n := 0
	for _, unit := range []string{"piece", "kilogram", "meter", "set"} {
		for _, base := range []float64{0.8, 3.2, 48, 950} {
			for _, gentle := range [][]float64{{1, 0.95, 0.9}, {1, 0.92}, {1, 0.97, 0.94, 0.9, 0.85}} {
				for _, bait := range []float64{0.1, 0.2, 0.25, 0.33} {
					for _, baitQty := range []float64{20000, 100000, 1e6} {
						var pairs []float64
						qty := 100.0
						for _, g := range gentle {
							pairs = append(pairs, qty, base*g)
							qty *= 5
						}
						last := base * gentle[len(gentle)-1]
						pairs = append(pairs, max(baitQty, qty), last*bait)
						l := &schemas.Listing{CategoryID: "generic", Unit: unit, MOQ: 100, PriceTiers: tiers(pairs...)}
						if len(d.DetectListing(l, nil, nil)) == 0 {
							t.Errorf("%s %v: no finding", unit, l.PriceTiers)
						}
						n++
					}
				}
			}
		}
	}
	clean := [][]float64{
		{50, 8.5, 200, 4.9, 1000, 2.6, 5000, 2.2},            // screen setup per colour: steps grow gentler
		{500, 1.10, 1000, 0.62, 3000, 0.31, 10000, 0.16},     // printing plates amortised
		{100, 3.2, 500, 2.9, 1000, 2.6, 5000, 2.4},           // -24 % in steps
		{100, 3.2, 1000, 2.6, 20000, 1.95},                   // -39 % at 20,000
		{1, 50, 100, 2.0, 1000, 1.6},                         // a one-off print, then the run
		{10, 3.0, 100, 1.3, 1000, 0.62},                      // a jig setup
		{100, 3.2, 500, 3.0, 1000, 2.8, 26000, 1.4},          // a container load at half price
		{5000, 0.19, 100000, 0.145, 1000000, 0.118},          // project pricing
		{100, 3.2, 10000, 1.75},                              // two tiers: another rule's call
		{2, 7.18, 100, 5.04, 500, 4.6, 1000, 4.1, 5000, 3.9}, // a sample pair, then the ladder
	}
	for _, c := range clean {
		l := &schemas.Listing{CategoryID: "generic", Unit: "piece", MOQ: c[0], PriceTiers: tiers(c...)}
		if got := d.DetectListing(l, nil, nil); len(got) != 0 {
			t.Errorf("clean %v: %s %s", c, got[0].Rule, got[0].Explanation)
		}
	}
	if n < 500 {
		t.Fatal(fmt.Sprint("only ", n, " ladders"))
	}
}
