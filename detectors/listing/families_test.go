package listing_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// familyCats are the synthetic categories the generated families run over:
// different units, magnitudes and ladders.
var familyCats = []category{catTea, catRebar, catQuartz, catBoxes, catCable, catBaskets}

// rule returns the rule of d's finding on l, or "".
func rule(d detector, l *schemas.Listing, ref *market.Reference) string {
	l.Op = schemas.OpUpsert
	got := d.DetectListing(l, ref, nil)
	if len(got) == 0 {
		return ""
	}
	return got[0].Rule
}

// TestFamilyBaitTiersElsewhere: a cheap first tier at a small quantity
// (reverse bait) or a bait in a middle tier, across categories, magnitudes
// and bait depths, with and without a market; a price_range-only bait.
func TestFamilyBaitTiersElsewhere(t *testing.T) {
	d := listing.NewFakePriceTier(defaultConfig(t))
	n := 0
	for _, c := range familyCats {
		for i := range 10 {
			base := c.listing(i)
			p, moq := base.PriceTiers[0].UnitPrice, base.MOQ
			for _, bait := range []float64{0.2, 0.05, 0.01} {
				for _, ref := range []*market.Reference{nil, testMarket} {
					cases := map[string]*schemas.Listing{
						"reverse": {CategoryID: c.id, Unit: c.unit, MOQ: moq,
							PriceTiers: tiers(moq, p*bait, moq*10, p, moq*50, p*(1-c.discount))},
						"middle": {CategoryID: c.id, Unit: c.unit, MOQ: moq,
							PriceTiers: tiers(moq, p, moq*3, p*(1-2*c.discount)*bait, moq*10, p*(1-c.discount), moq*50, p*(1-2*c.discount))},
					}
					for name, l := range cases {
						n++
						if r := rule(d, l, ref); r == "" {
							t.Errorf("%s/%s bait %v market %v: missed %v", c.id, name, bait, ref != nil, l.PriceTiers)
						}
					}
				}
			}
			// Real ladders of every category stay clean.
			if r := rule(d, base, testMarket); r != "" {
				t.Errorf("%s clean ladder flagged %s", c.id, r)
			}
		}
		// price_range only: min far below max and below the band.
		med := c.listing(15).PriceTiers[0].UnitPrice
		for _, bait := range []float64{0.05, 0.01} {
			l := &schemas.Listing{CategoryID: c.id, Unit: c.unit, MOQ: 1, PriceRange: &schemas.PriceRange{Min: med * bait, Max: med * 1.2}}
			if r := rule(d, l, testMarket); r != "range_only_bait" {
				t.Errorf("%s range-only bait %v: got %q", c.id, bait, r)
			}
		}
		// A real range (sizes, grades) inside the band stays clean.
		l := &schemas.Listing{CategoryID: c.id, Unit: c.unit, MOQ: 1, PriceRange: &schemas.PriceRange{Min: c.lo, Max: c.hi}}
		if r := rule(d, l, testMarket); r != "" {
			t.Errorf("%s real range %v-%v flagged %s", c.id, c.lo, c.hi, r)
		}
	}
	t.Logf("%d generated bait ladders", n)
}

// TestFamilyFalseMOQInTerms: a minimum order value, per-variant minimums and
// pack-only variants contradict a small MOQ; look-alikes do not.
func TestFamilyFalseMOQInTerms(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	values := []string{
		"Minimum order US$%s per order.", "Minimum order value: $%s.", "最低起订金额%s美元。", "起订金额：US$%s",
		"Pedido mínimo USD %s.", "Mindestbestellwert %s USD.", "Minimum order amount %s USD, mixed items welcome.",
		"MOV: US$%s.", "Minimum spend $%s per order.", "Minimum order value %s, any mix of colours.",
	}
	for _, c := range familyCats {
		for i := range 5 {
			base := c.listing(i)
			p := base.PriceTiers[0].UnitPrice
			for _, f := range values {
				for _, k := range []float64{10, 100} {
					val := p * base.MOQ * k
					l := &schemas.Listing{CategoryID: c.id, Unit: c.unit, MOQ: base.MOQ, PriceTiers: base.PriceTiers,
						Description: "Good quality. " + fmt.Sprintf(f, qtyText(val))}
					if r := rule(d, l, nil); r != "moq_below_order_value_minimum" {
						t.Errorf("%s %q: got %q", c.id, l.Description, r)
					}
					// The same value against an MOQ that already reaches it.
					l.MOQ, l.PriceTiers = base.MOQ*k, tiers(base.MOQ*k, p)
					if r := rule(d, l, nil); r != "" {
						t.Errorf("%s consistent value %q: got %q", c.id, l.Description, r)
					}
					// A value minimum in another currency is not converted.
				}
			}
			for _, desc := range []string{
				"最低起订金额%s欧元。", // another currency: not converted, not read
				"Free shipping on a minimum order of US$%s.", "满%s美元包邮。", "Minimum order value US$%s for a 5%% discount.",
				"Orders above US$%s ship free.", "Minimum order US$%s for free samples.",
				"Minimum order value %s руб.", "Minimum order R$%s.", "최소 주문 금액 %s원.", "Min. order value ₹%s.",
			} {
				l := &schemas.Listing{CategoryID: c.id, Unit: c.unit, MOQ: base.MOQ, PriceTiers: base.PriceTiers, Currency: "USD",
					Description: fmt.Sprintf(desc, qtyText(p*base.MOQ*100))}
				if r := rule(d, l, nil); r != "" {
					t.Errorf("%s %q: got %q", c.id, l.Description, r)
				}
			}
		}
	}
	variants := func(attrs ...string) []schemas.SKU {
		var out []schemas.SKU
		for i, a := range attrs {
			s := schemas.SKU{SKUID: fmt.Sprint(i), Name: fmt.Sprintf("Colour %d", i), UnitPrice: 2}
			if a != "" {
				s.Attributes = map[string]string{"MOQ": a}
			}
			out = append(out, s)
		}
		return out
	}
	pc := func(moq float64, s []schemas.SKU) *schemas.Listing {
		return &schemas.Listing{CategoryID: "phone-cases", Unit: "piece", MOQ: moq, PriceTiers: tiers(moq, 2), SKUs: s}
	}
	packs := func(names ...string) []schemas.SKU {
		var out []schemas.SKU
		for i, n := range names {
			out = append(out, schemas.SKU{SKUID: fmt.Sprint(i), Name: n, UnitPrice: 20})
		}
		return out
	}
	runCases(t, d, []detectCase{
		{name: "every variant MOQ 500 pcs", wantRule: "moq_below_variant_minimums", l: pc(1, variants("500 pcs", "500 pcs", "1000 pcs"))},
		{name: "variant 起订量 in Chinese", wantRule: "moq_below_variant_minimums", l: pc(2, variants("300件", "300件"))},
		{name: "one variant without its own minimum", l: pc(1, variants("500 pcs", ""))},
		{name: "variant minimums at the MOQ", l: pc(500, variants("500 pcs", "500 pcs"))},
		{name: "cartons of 100 against MOQ 1 piece", wantRule: "moq_below_pack_size", l: pc(1, skus("Black, carton of 100", 180.0, "White, carton of 100", 180.0))},
		{name: "50 pcs/box", wantRule: "moq_below_pack_size", l: pc(2, skus("50 pcs/box", 95.0, "100 pcs/box", 185.0))},
		{name: "箱装", wantRule: "moq_below_pack_size", l: pc(1, skus("100个/箱", 190.0, "200个/箱", 370.0))},
		{name: "cartons priced as 100 tier pieces", wantRule: "moq_below_pack_size", l: &schemas.Listing{CategoryID: "phone-cases",
			Unit: "piece", MOQ: 1, PriceTiers: tiers(1, 0.5, 1000, 0.45), SKUs: skus("Carton of 100", 45.0, "Carton of 200", 88.0)}},
		{name: "boxes priced as one tier piece: the piece is the box", l: &schemas.Listing{CategoryID: "crayons",
			Unit: "piece", MOQ: 1, PriceTiers: tiers(1, 1.2, 100, 1.1), SKUs: []schemas.SKU{
				{SKUID: "1", Name: "Box of 12 crayons", UnitPrice: 1.2}, {SKUID: "2", Name: "Box of 24 crayons", UnitPrice: 2.1}}}},
		{name: "a single piece among packs", l: pc(1, packs("Single piece", "carton of 100"))},
		{name: "pack sizes at the MOQ", l: pc(100, packs("carton of 100", "carton of 200"))},
		{name: "listing counted in cartons", l: &schemas.Listing{CategoryID: "phone-cases", Unit: "carton", MOQ: 1,
			SKUs: packs("carton of 100", "carton of 200")}},
		{name: "a set of 6 pieces in a gift box is one set", l: &schemas.Listing{CategoryID: "cookware-sets", Unit: "set", MOQ: 1,
			SKUs: packs("6 pieces in gift box", "8 pieces in gift box")}},
		{name: "gift boxes without counts", l: pc(1, packs("Small gift box", "Large gift box"))},
		{name: "box dimensions are not counts", l: pc(1, packs("Box 10 x 12 cm", "Box 20 x 24 cm"))},
	})
}

// TestFamilyLowMOQAlone: consumer goods and samples from one piece, in every
// category of the market, are not a false MOQ.
func TestFamilyLowMOQAlone(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	for _, c := range familyCats {
		for i := range 10 {
			l := c.listing(i)
			l.MOQ, l.PriceTiers[0].MinQty = 1, 1
			if r := rule(d, l, testMarket); r != "" {
				t.Errorf("%s MOQ 1: %s", c.id, r)
			}
		}
	}
}

// TestFamilyPollutedMarket: a few merchants fill 30-40% of a category with
// bait-priced copies; a listing at a twentieth of the clean median is still
// below the market, and clean listings stay clean.
func TestFamilyPollutedMarket(t *testing.T) {
	d := listing.NewOffMarketPrice(defaultConfig(t))
	for _, c := range familyCats {
		for _, sc := range []struct {
			share float64
			clean int
		}{{0.3, 60}, {0.4, 60}, {0.3, 18}, {0.4, 18}, {0.35, 30}} {
			share, clean := sc.share, sc.clean
			c.listCount = clean
			b := market.NewBuilder()
			for i := range clean {
				l := c.listing(i)
				l.MerchantID = fmt.Sprintf("M-%d", i%20)
				b.Observe(l)
			}
			bait := int(share / (1 - share) * float64(clean))
			for i := range bait {
				l := c.listing(i)
				l.MerchantID = fmt.Sprintf("BAIT-%d", i%3)
				for k := range l.PriceTiers {
					l.PriceTiers[k].UnitPrice *= 0.02 + 0.01*float64(i%3)
				}
				b.Observe(l)
			}
			ref := b.Snapshot()
			med := c.lo * math.Sqrt(c.hi/c.lo)
			l := c.listing(3)
			l.PriceTiers = tiers(l.MOQ, med/20)
			if r := rule(d, l, ref); r != "below_market_range" {
				t.Errorf("%s polluted %.0f%% of %d: a twentieth of the median (%v) got %q", c.id, share*100, clean, med/20, r)
			}
			for i := range clean {
				if r := rule(d, c.listing(i), ref); r != "" {
					t.Errorf("%s polluted: clean listing %d flagged %s", c.id, i, r)
				}
			}
		}
	}
}

// TestFamilyWideCleanMarket: a category whose real prices span a
// thousandfold (sizes sold per piece) has no bait cluster to leave out, and
// none of its listings is off the market.
func TestFamilyWideCleanMarket(t *testing.T) {
	d := listing.NewOffMarketPrice(defaultConfig(t))
	for _, n := range []int{12, 25, 60} {
		c := category{id: "wide-" + fmt.Sprint(n), unit: "piece", lo: 0.1, hi: 100, moqs: []float64{1, 10, 100},
			discount: 0.05, shipBase: 10, shipPer: 0.2, spread: 1.5, listCount: n}
		b := market.NewBuilder()
		for i := range n {
			l := c.listing(i)
			l.MerchantID = fmt.Sprintf("M-%d", i)
			b.Observe(l)
		}
		ref := b.Snapshot()
		if below := ref.Stats(c.id, c.unit).Price().MainBelow(); below != 0 {
			t.Errorf("%d listings: %d real prices left out as a cluster", n, below)
		}
		for i := range n {
			if r := rule(d, c.listing(i), ref); r != "" {
				t.Errorf("%d listings: clean listing %d flagged %s", n, i, r)
			}
		}
	}
}

// qtyText writes a sum with thousands separators, as merchants do.
func qtyText(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	if len(s) <= 3 {
		return s
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// TestFamilyMOQStatedInText: the description's minimum, before or after the
// phrase, in several languages and units, contradicts a far smaller MOQ and
// agrees with an equal one.
func TestFamilyMOQStatedInText(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	units := map[string][]string{
		"piece": {"pcs", "件", "piezas", "шт"}, "kilogram": {"kg", "公斤", "kilos", "кг"}, "ton": {"tons", "吨", "toneladas", "тонн"},
		"meter": {"meters", "米", "metros", "метров"}, "square meter": {"m2", "平方米", "sqm", "м2"},
	}
	// Each form with the language of its unit word (index into units).
	forms := []struct {
		f    string
		lang int
	}{{"MOQ %s %s per design.", 0}, {"%s %s MOQ.", 0}, {"最小起订量%s%s。", 1}, {"%s%s起订。", 1}, {"Pedido mínimo %s %s.", 2},
		{"Минимальный заказ %s %s.", 3}, {"Minimum order quantity: %s %s per colour.", 0}}
	n := 0
	for _, c := range []category{catTea, catRebar, catQuartz, catBoxes, catCable} {
		words := units[c.unit]
		for _, moq := range c.moqs {
			for _, fl := range forms {
				f, w := fl.f, words[fl.lang]
				stated := moq * 20
				l := &schemas.Listing{CategoryID: c.id, Unit: c.unit, MOQ: moq, PriceTiers: tiers(moq, 10),
					Description: "Good goods. " + fmt.Sprintf(f, qtyText(stated), w)}
				n++
				if r := rule(d, l, nil); r != "moq_contradicted_by_description" {
					t.Errorf("%s MOQ %v %q: got %q", c.id, moq, l.Description, r)
				}
				l.MOQ, l.PriceTiers = stated, tiers(stated, 10)
				if r := rule(d, l, nil); r != "" {
					t.Errorf("%s consistent %q: got %q", c.id, l.Description, r)
				}
			}
		}
	}
	t.Logf("%d generated statements", n)
}

// TestFalseMOQPackFromAttributesIsDeterministic: a variant whose attributes
// state two packs (a carton of 100 holding packs of 12) is judged by the
// smallest, whatever order the attribute map is walked in.
func TestFalseMOQPackFromAttributesIsDeterministic(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	sku := func(id string) schemas.SKU {
		return schemas.SKU{SKUID: id, Name: "Colour " + id, UnitPrice: 20,
			Attributes: map[string]string{"Outer": "carton of 100", "Inner": "pack of 12", "Colour": "red"}}
	}
	var first string
	for i := range 50 {
		l := &schemas.Listing{CategoryID: "phone-cases", Unit: "piece", MOQ: 1, Op: schemas.OpUpsert,
			PriceTiers: []schemas.PriceTier{{MinQty: 1, UnitPrice: 0.5}}, SKUs: []schemas.SKU{sku("1"), sku("2")}}
		got := d.DetectListing(l, testMarket, nil)
		if len(got) != 1 || got[0].Rule != "moq_below_pack_size" {
			t.Fatalf("run %d: findings %+v, want one moq_below_pack_size", i, got)
		}
		if !strings.Contains(got[0].Explanation, "12") || strings.Contains(got[0].Explanation, "100") {
			t.Fatalf("run %d: explanation %q does not judge by the pack of 12", i, got[0].Explanation)
		}
		if i == 0 {
			first = got[0].Explanation
		} else if got[0].Explanation != first {
			t.Fatalf("run %d: explanation %q, first run %q", i, got[0].Explanation, first)
		}
	}
}
