package listing_test

import (
	"fmt"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// TestFamilyInflatedShippingOwnQuotesInSparseMarket: in a category with few
// quotes for a quantity, a listing's own inflated quotes (a reference built
// from the same input holds them) do not set the norm it is judged against;
// normal quotes for that quantity stay clean.
func TestFamilyInflatedShippingOwnQuotesInSparseMarket(t *testing.T) {
	d := listing.NewInflatedShipping(defaultConfig(t))
	mk := func(id string, price float64, qty float64, fees ...float64) *schemas.Listing {
		l := &schemas.Listing{Op: schemas.OpUpsert, ListingID: id, MerchantID: "M-" + id, CategoryID: "cotton-tshirts",
			Unit: "piece", MOQ: qty, PriceTiers: tiers(qty, price, qty*5, price*0.95)}
		for i, f := range fees {
			l.Shipping = append(l.Shipping, schemas.ShippingOption{Method: fmt.Sprintf("Option %d", i+1), Fee: f, ForQty: qty})
		}
		return l
	}
	// A market of many listings at larger quantities and three at 50.
	var others []*schemas.Listing
	for i, q := range []float64{100, 100, 200, 200, 200, 300, 300, 500, 500, 1000, 1000, 1000} {
		others = append(others, mk(fmt.Sprintf("L%d", i), 3, q, 20+0.25*q, 40+0.7*q))
	}
	for i, f := range []float64{29, 34, 37} {
		others = append(others, mk(fmt.Sprintf("S%d", i), 3.5, 50, f))
	}
	for _, c := range []struct {
		name  string
		l     *schemas.Listing
		flags bool
	}{
		{"express 1650 and LCL 1280 for 50 at 0.10", mk("X1", 0.1, 50, 1650, 1280), true},
		{"one inflated quote of 900 for 50 at 0.20", mk("X2", 0.2, 50, 900), true},
		{"three inflated quotes for 50", mk("X3", 0.1, 50, 1500, 1200, 1100), true},
		{"normal express and sea for 50", mk("N1", 3.2, 50, 45, 31), false},
		{"a dear express at the market's edge for 50", mk("N2", 3.2, 50, 60), false},
	} {
		b := market.NewBuilder()
		for _, o := range others {
			b.Observe(o)
		}
		b.Observe(c.l) // the reference is built from the same input
		got := d.DetectListing(c.l, b.Snapshot(), nil)
		if flagged := len(got) > 0; flagged != c.flags {
			t.Errorf("%s: flagged %v, want %v (%v)", c.name, flagged, c.flags, got)
		}
	}
}

// TestFamilyInflatedShippingNeedsLowPrice: a dear quote (air for a ton) on
// goods at the category's going price is no bait; the same quote on goods
// priced low, or a fee above the goods' whole value, is.
func TestFamilyInflatedShippingNeedsLowPrice(t *testing.T) {
	d := listing.NewInflatedShipping(defaultConfig(t))
	mk := func(id string, price, qty float64, method string, fee float64) *schemas.Listing {
		return &schemas.Listing{Op: schemas.OpUpsert, ListingID: id, MerchantID: "M-" + id, CategoryID: "copper-tubes",
			Unit: "kilogram", MOQ: qty, PriceTiers: tiers(qty, price, qty*5, price*0.97),
			Shipping: []schemas.ShippingOption{{Method: method, Fee: fee, ForQty: qty}}}
	}
	var others []*schemas.Listing
	for i := range 20 {
		q := []float64{500, 1000, 2000, 5000}[i%4]
		others = append(others, mk(fmt.Sprintf("B%d", i), 10.5+float64(i%7)*0.3, q, "Sea freight", 60+0.5*q))
	}
	for _, c := range []struct {
		name  string
		l     *schemas.Listing
		flags bool
	}{
		{"air for a ton at the going price", mk("N1", 12.75, 1000, "Air express", 4470), false},
		{"air for 500 kg above the median", mk("N2", 12.1, 500, "Air express", 2200), false},
		{"the same air quote on goods priced low", mk("X1", 4.1, 1000, "Air express", 4470), true},
		{"freight above the goods' own value", mk("X2", 12.75, 1000, "Air express", 19000), true},
	} {
		b := market.NewBuilder()
		for _, o := range others {
			b.Observe(o)
		}
		b.Observe(c.l)
		got := d.DetectListing(c.l, b.Snapshot(), nil)
		if flagged := len(got) > 0; flagged != c.flags {
			t.Errorf("%s: flagged %v, want %v (%v)", c.name, flagged, c.flags, got)
		}
	}
}
