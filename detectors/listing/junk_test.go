package listing_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/haili/haili/schemas"
)

// junkValues are the figures a hostile or broken producer can put in a
// well-formed listing: denormals, extremes, zero, negatives.
var junkValues = []float64{
	1e-310, 5e-324, 1e-300, 1e-12, 0, -1, -1e-310, 1e-6, 0.01, 1, 3.5, 100, 1e6, 1e15, 1e300, math.MaxFloat64,
}

func junkListing(r *rand.Rand, i int) *schemas.Listing {
	pick := func() float64 {
		if r.IntN(3) == 0 {
			return junkValues[r.IntN(len(junkValues))]
		}
		return math.Exp(r.Float64()*20 - 8)
	}
	cats := []category{catTea, catRebar, catQuartz, catBoxes, catCable, catBaskets}
	c := cats[i%len(cats)]
	l := &schemas.Listing{
		Op: schemas.OpUpsert, ListingID: fmt.Sprintf("J-%d", i), CategoryID: c.id, Unit: c.unit, MOQ: pick(),
		Title:       "Junk listing box card",
		Description: fmt.Sprintf("MOQ %g pcs. Minimum order value US$%g. %g W per piece.", pick(), pick(), pick()),
	}
	if r.IntN(2) == 0 {
		l.Description = ""
	}
	for range r.IntN(5) {
		l.PriceTiers = append(l.PriceTiers, schemas.PriceTier{MinQty: pick(), UnitPrice: pick()})
	}
	for k := range r.IntN(6) {
		l.SKUs = append(l.SKUs, schemas.SKU{SKUID: fmt.Sprint(k), Name: []string{"A", "card", "carton of 100", "B"}[k%4],
			UnitPrice: pick(), Attributes: map[string]string{"MOQ": fmt.Sprintf("%g pcs", pick())}})
	}
	if r.IntN(2) == 0 {
		l.PriceRange = &schemas.PriceRange{Min: pick(), Max: pick()}
	}
	for range r.IntN(3) {
		l.Shipping = append(l.Shipping, schemas.ShippingOption{Method: "Express", Fee: pick(), ForQty: pick()})
	}
	for range r.IntN(2) {
		l.Customization = append(l.Customization, schemas.CustomizationOffer{Option: "Customized logo", MinQty: pick()})
	}
	return l
}

// TestJunkValuesNeverGiveNonFiniteFindings is a property test: whatever
// finite junk a listing of valid shape carries, every detector judges it and
// every finding it makes encodes (no NaN or ±Inf figure reaches the encoder).
func TestJunkValuesNeverGiveNonFiniteFindings(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 16))
	ds := allDetectors(defaultConfig(t))
	n := 20000
	if testing.Short() {
		n = 3000
	}
	found := 0
	for i := range n {
		l := junkListing(r, i)
		for _, d := range ds {
			for _, f := range d.DetectListing(l, testMarket, nil) {
				found++
				if math.IsNaN(f.Confidence) || f.Confidence < 0 || f.Confidence > 1 {
					t.Fatalf("%s: confidence %v on %+v", f.Rule, f.Confidence, l)
				}
				ev, err := schemas.AppendJSONValue(nil, f.Evidence)
				if err != nil {
					t.Fatalf("%s/%s: evidence %v: %v\nlisting %+v", f.Violation, f.Rule, f.Evidence, err, l)
				}
				if _, err := schemas.AppendFinding(nil, &f, ev); err != nil {
					t.Fatalf("%s/%s: %v", f.Violation, f.Rule, err)
				}
			}
		}
	}
	t.Logf("%d junk listings, %d findings, all finite", n, found)
}

// TestAbsurdPriceIsEvidence: a variant or tier priced at a denormal or at an
// absurd fraction of the listing's other prices is found, not skipped.
func TestAbsurdPriceIsEvidence(t *testing.T) {
	ds := allDetectors(defaultConfig(t))
	for _, tiny := range []float64{1e-310, 5e-324, 1e-200, 1e-9} {
		for _, tc := range []struct {
			name, code string
			l          *schemas.Listing
		}{
			{"sku", schemas.AbusedSKU, &schemas.Listing{CategoryID: "phone-cases", Unit: "piece", MOQ: 10,
				SKUs: skus("iPhone 15", 2.4, "iPhone 15 Pro", 2.6, "Galaxy S24", tiny)}},
			{"last tier", schemas.FakePriceTier, &schemas.Listing{CategoryID: "phone-cases", Unit: "piece", MOQ: 10,
				PriceTiers: tiers(10, 2.4, 100, 2.2, 1000, tiny)}},
			{"range min", schemas.FakePriceTier, &schemas.Listing{CategoryID: "phone-cases", Unit: "piece", MOQ: 10,
				PriceRange: &schemas.PriceRange{Min: tiny, Max: 2.6}, SKUs: skus("A", 2.4, "B", 2.6)}},
		} {
			t.Run(fmt.Sprintf("%s/%g", tc.name, tiny), func(t *testing.T) {
				tc.l.Op = schemas.OpUpsert
				var got []schemas.Finding
				for _, d := range ds {
					got = d.DetectListing(tc.l, nil, got)
				}
				ok := false
				for _, f := range got {
					if _, err := schemas.AppendJSONValue(nil, f.Evidence); err != nil {
						t.Fatalf("%s: %v", f.Rule, err)
					}
					ok = ok || f.Violation == tc.code
				}
				if !ok {
					t.Fatalf("no %s finding: %+v", tc.code, got)
				}
			})
		}
	}
}
