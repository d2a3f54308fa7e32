package listing_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// detector is what every listing detector implements.
type detector interface {
	Name() string
	DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding
}

func allDetectors(c *listing.Config) []detector {
	return []detector{
		listing.NewFakePriceTier(c), listing.NewOffMarketPrice(c), listing.NewInflatedShipping(c),
		listing.NewAbusedSKU(c), listing.NewFalseMOQ(c),
	}
}

func defaultConfig(t testing.TB) *listing.Config {
	t.Helper()
	p := policy.Default()
	return &p.Listing
}

// category describes a synthetic market: clean listings whose price, MOQ,
// ladder and shipping vary the way real ones do.
type category struct {
	id, unit  string
	lo, hi    float64   // price band (log-uniform)
	moqs      []float64 // MOQs cycled through
	discount  float64   // per tier step
	shipBase  float64   // fixed part of a quote
	shipPer   float64   // per-unit part of a quote
	spread    float64   // SKU spread
	tierQtyX  float64   // second tier at MOQ x tierQtyX
	listCount int
}

func (c category) listing(i int) *schemas.Listing {
	n := c.listCount
	if n == 0 {
		n = 30
	}
	price := c.lo * math.Pow(c.hi/c.lo, float64(i%n)/float64(n-1))
	moq := c.moqs[i%len(c.moqs)]
	x := c.tierQtyX
	if x == 0 {
		x = 10
	}
	jitter := 0.9 + 0.3*float64(i%7)/6
	return &schemas.Listing{
		Op: schemas.OpUpsert, ListingID: fmt.Sprintf("BG-%s-%d", c.id, i), CategoryID: c.id, Unit: c.unit,
		Title: "Background listing", MOQ: moq,
		PriceTiers: []schemas.PriceTier{
			{MinQty: moq, UnitPrice: price}, {MinQty: moq * x, UnitPrice: price * (1 - c.discount)},
			{MinQty: moq * x * 5, UnitPrice: price * (1 - c.discount) * (1 - c.discount)},
		},
		SKUs: []schemas.SKU{{SKUID: "S1", Name: "A", UnitPrice: price}, {SKUID: "S2", Name: "B", UnitPrice: price * c.spread}},
		Shipping: []schemas.ShippingOption{
			{Method: "Express", Fee: (c.shipBase + c.shipPer*moq) * jitter, ForQty: moq},
			{Method: "Sea", Fee: (c.shipBase + c.shipPer*moq*x) * jitter, ForQty: moq * x},
		},
	}
}

var (
	catTea = category{id: "green-tea", unit: "kilogram", lo: 8, hi: 50, moqs: []float64{1, 5, 10, 50, 100},
		discount: 0.06, shipBase: 26, shipPer: 8.8, spread: 1.4}
	catRebar = category{id: "steel-rebar", unit: "ton", lo: 510, hi: 720, moqs: []float64{1, 2, 5, 10, 25},
		discount: 0.02, shipBase: 280, shipPer: 46, spread: 1.04}
	catQuartz = category{id: "quartz-slabs", unit: "square meter", lo: 32, hi: 85, moqs: []float64{50, 100, 200, 300},
		discount: 0.05, shipBase: 320, shipPer: 8.5, spread: 1.2}
	catBoxes = category{id: "custom-paper-boxes", unit: "piece", lo: 0.12, hi: 1.4, moqs: []float64{300, 500, 1000, 2000},
		discount: 0.35, shipBase: 22, shipPer: 0.085, spread: 2, tierQtyX: 3}
	catCable = category{id: "copper-power-cable", unit: "meter", lo: 0.4, hi: 1.4, moqs: []float64{100, 500, 1000},
		discount: 0.04, shipBase: 35, shipPer: 0.5, spread: 3.5}
	catBaskets = category{id: "bread-proofing-baskets", unit: "piece", lo: 1.9, hi: 6.2, moqs: []float64{2, 10, 50, 100},
		discount: 0.08, shipBase: 11, shipPer: 0.85, spread: 1.3}
)

// marketOf builds a reference from each category's background listings.
func marketOf(cats ...category) *market.Reference {
	b := market.NewBuilder()
	for _, c := range cats {
		n := c.listCount
		if n == 0 {
			n = 30
		}
		for i := range n {
			b.Observe(c.listing(i))
		}
	}
	return b.Snapshot()
}

var testMarket = marketOf(catTea, catRebar, catQuartz, catBoxes, catCable, catBaskets)

type detectCase struct {
	name     string
	l        *schemas.Listing
	ref      *market.Reference
	wantRule string // "" means no finding
}

func runCases(t *testing.T, d detector, cases []detectCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.l.Op == "" {
				tc.l.Op = schemas.OpUpsert
			}
			got := d.DetectListing(tc.l, tc.ref, nil)
			if tc.wantRule == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected finding %s/%s: %s", got[0].Violation, got[0].Rule, got[0].Explanation)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d findings, want one %s", len(got), tc.wantRule)
			}
			checkFinding(t, got[0], d.Name(), tc.wantRule)
		})
	}
}

func checkFinding(t *testing.T, f schemas.Finding, code, rule string) {
	t.Helper()
	if f.Violation != code || f.Rule != rule {
		t.Fatalf("finding %s/%s, want %s/%s (%s)", f.Violation, f.Rule, code, rule, f.Explanation)
	}
	if !(f.Confidence >= 0.5 && f.Confidence <= 1) {
		t.Errorf("confidence %v out of range", f.Confidence)
	}
	if len(f.Evidence) == 0 || f.Explanation == "" || f.ExplanationZH == "" || f.DetectorVersion != listing.Version {
		t.Errorf("incomplete finding: %+v", f)
	}
	if strings.Contains(f.Explanation, "%!") || strings.Contains(f.ExplanationZH, "%!") {
		t.Errorf("bad format: %s / %s", f.Explanation, f.ExplanationZH)
	}
	t.Logf("%s (%.3f): %s | %s", f.Rule, f.Confidence, f.Explanation, f.ExplanationZH)
}

func tiers(pairs ...float64) []schemas.PriceTier {
	var ts []schemas.PriceTier
	for i := 0; i+1 < len(pairs); i += 2 {
		ts = append(ts, schemas.PriceTier{MinQty: pairs[i], UnitPrice: pairs[i+1]})
	}
	return ts
}

func skus(namePrice ...any) []schemas.SKU {
	var out []schemas.SKU
	for i := 0; i+1 < len(namePrice); i += 2 {
		out = append(out, schemas.SKU{SKUID: fmt.Sprintf("S%d", i/2+1), Name: namePrice[i].(string), UnitPrice: namePrice[i+1].(float64)})
	}
	return out
}

func TestFakePriceTier(t *testing.T) {
	d := listing.NewFakePriceTier(defaultConfig(t))
	runCases(t, d, []detectCase{
		{name: "seed hair tiers 1500 to 13.50, no market", wantRule: "tier_order_value_drop", l: &schemas.Listing{
			CategoryID: "hair-extensions", Unit: "gram", MOQ: 100,
			PriceTiers: tiers(100, 1500, 1000, 1400, 10000, 130, 15000, 13.5)}},
		{name: "last tier at 1% of the others", wantRule: "tier_drop", ref: testMarket, l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "kilogram", MOQ: 5, PriceTiers: tiers(5, 38, 50, 35.5, 200, 0.32)}},
		{name: "bait in the middle of the ladder", wantRule: "tier_below_larger_tiers", l: &schemas.Listing{
			CategoryID: "phone-cases", Unit: "piece", MOQ: 50, PriceTiers: tiers(50, 2.1, 500, 1.95, 2000, 0.05, 10000, 1.7)}},
		{name: "range end at 0.01 below every real SKU", wantRule: "range_end_bait", l: &schemas.Listing{
			CategoryID: "bread-proofing-baskets", Unit: "piece", MOQ: 50, PriceRange: &schemas.PriceRange{Min: 0.01, Max: 4.6},
			SKUs: skus("9 inch", 3.85, "10 inch", 4.10, "oval", 4.60)}},
		{name: "commodity 74% step against a shallow-step market", wantRule: "tier_drop", ref: testMarket, l: &schemas.Listing{
			CategoryID: "quartz-slabs", Unit: "square meter", MOQ: 100, PriceTiers: tiers(100, 61, 1000, 16)}},
		{name: "commodity 74% step without market evidence stays silent", l: &schemas.Listing{
			CategoryID: "quartz-slabs", Unit: "square meter", MOQ: 100, PriceTiers: tiers(100, 61, 1000, 16)}},
		{name: "absurd tier quantity", wantRule: "absurd_tier_quantity", ref: testMarket, l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "kilogram", MOQ: 5, PriceTiers: tiers(5, 30, 50, 28, 5e6, 12)}},
		// Hard negatives: steep but real ladders.
		{name: "printing plates amortised (boxes)", ref: testMarket, l: &schemas.Listing{
			CategoryID: "custom-paper-boxes", Unit: "piece", MOQ: 500, PriceTiers: tiers(500, 1.10, 1000, 0.62, 3000, 0.31, 10000, 0.16)}},
		{name: "screen setup per colour (t-shirts), no market", l: &schemas.Listing{
			CategoryID: "cotton-t-shirts", Unit: "piece", MOQ: 50, PriceTiers: tiers(50, 8.5, 200, 4.9, 1000, 2.6)}},
		{name: "UV-print jig setup (phone cases), no market", l: &schemas.Listing{
			CategoryID: "phone-cases", Unit: "piece", MOQ: 10, PriceTiers: tiers(10, 3.0, 100, 1.3, 1000, 0.62)}},
		{name: "project pricing (solar)", ref: testMarket, l: &schemas.Listing{
			CategoryID: "solar-panels", Unit: "watt", MOQ: 5000, PriceTiers: tiers(5000, 0.19, 100000, 0.145, 1000000, 0.118)}},
		{name: "retail reels vs bulk reels", ref: testMarket, l: &schemas.Listing{
			CategoryID: "led-strip-lights", Unit: "meter", MOQ: 5, PriceTiers: tiers(5, 2.6, 500, 1.2, 5000, 0.78)}},
		{name: "one-off print vs a run: steep first step, growing order value", l: &schemas.Listing{
			CategoryID: "custom-printing", Unit: "piece", MOQ: 1, PriceTiers: tiers(1, 50, 1000, 0.60)}},
		{name: "extreme step that also shrinks the order, no market", wantRule: "tier_drop", l: &schemas.Listing{
			CategoryID: "led-strip-lights", Unit: "meter", MOQ: 100, PriceTiers: tiers(100, 1.60, 1000, 1.48, 50000, 0.018)}},
		{name: "range matching its SKUs", l: &schemas.Listing{
			CategoryID: "bread-proofing-baskets", Unit: "piece", MOQ: 2, PriceRange: &schemas.PriceRange{Min: 3.85, Max: 4.6},
			SKUs: skus("9 inch", 3.85, "oval", 4.60)}},
	})
}

func TestOffMarketPrice(t *testing.T) {
	d := listing.NewOffMarketPrice(defaultConfig(t))
	tea := func(price float64) *schemas.Listing {
		return &schemas.Listing{CategoryID: "green-tea", Unit: "kilogram", MOQ: 10, PriceTiers: tiers(10, price)}
	}
	small := marketOf(category{id: "green-tea", unit: "kilogram", lo: 8, hi: 50, moqs: []float64{1}, listCount: 5})
	runCases(t, d, []detectCase{
		{name: "far below the market", wantRule: "below_market_range", ref: testMarket, l: tea(0.30)},
		{name: "far above the market", wantRule: "above_market_range", ref: testMarket, l: tea(900)},
		{name: "rebar at 58 per ton", wantRule: "below_market_range", ref: testMarket, l: &schemas.Listing{
			CategoryID: "steel-rebar", Unit: "ton", MOQ: 25, PriceTiers: tiers(25, 58)}},
		{name: "range-priced SKUs all far below", wantRule: "below_market_range", ref: testMarket, l: &schemas.Listing{
			CategoryID: "copper-power-cable", Unit: "meter", MOQ: 100, SKUs: skus("4 mm2", 0.008, "6 mm2", 0.012)}},
		// Hard negatives.
		{name: "premium grade above the usual band", ref: testMarket, l: tea(135)},
		{name: "tender price a little under the band", ref: testMarket, l: &schemas.Listing{
			CategoryID: "steel-rebar", Unit: "ton", MOQ: 1000, PriceTiers: tiers(1000, 462)}},
		{name: "no market reference", l: tea(0.3)},
		{name: "market too small to judge", ref: small, l: tea(0.3)},
		{name: "another unit of the category", ref: testMarket, l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "gram", MOQ: 100, PriceTiers: tiers(100, 0.03)}},
	})
}

func TestInflatedShipping(t *testing.T) {
	d := listing.NewInflatedShipping(defaultConfig(t))
	seedTiles := &schemas.Listing{
		CategoryID: "quartz-slabs", Unit: "square meter", MOQ: 100, PriceTiers: tiers(100, 58, 1000, 15),
		Shipping: []schemas.ShippingOption{{Method: "Seller's Shipping Method 5", Fee: 22899929.67, ForQty: 100}},
	}
	runCases(t, d, []detectCase{
		{name: "seed tiles: 22.9 million shipping on a 5,800 order, no market", wantRule: "shipping_absurd_vs_goods", l: seedTiles},
		{name: "seed tiles with market", wantRule: "shipping_above_category_norm", ref: testMarket, l: seedTiles},
		{name: "cheap tea with 1,250 express for 1 kg", wantRule: "shipping_above_category_norm", ref: testMarket, l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "kilogram", MOQ: 1, PriceTiers: tiers(1, 4),
			Shipping: []schemas.ShippingOption{{Method: "EMS", Fee: 1250, ForQty: 1}}}},
		{name: "basket at 0.99 with 95 shipping for 2", wantRule: "shipping_above_category_norm", ref: testMarket, l: &schemas.Listing{
			CategoryID: "bread-proofing-baskets", Unit: "piece", MOQ: 2, PriceTiers: tiers(2, 0.99),
			Shipping: []schemas.ShippingOption{{Method: "DHL Express", Fee: 95, ForQty: 2}}}},
		// Hard negatives.
		{name: "single small parcel by express", ref: testMarket, l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "kilogram", MOQ: 1, PriceTiers: tiers(1, 9.5),
			Shipping: []schemas.ShippingOption{{Method: "DHL Express", Fee: 41, ForQty: 1}}}},
		{name: "heavy goods: 1 t break-bulk with inland trucking", ref: testMarket, l: &schemas.Listing{
			CategoryID: "steel-rebar", Unit: "ton", MOQ: 1, PriceTiers: tiers(1, 615),
			Shipping: []schemas.ShippingOption{{Method: "Break-bulk + trucking", Fee: 1150, ForQty: 1}}}},
		{name: "free shipping", ref: testMarket, l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "kilogram", MOQ: 1, PriceTiers: tiers(1, 9.5),
			Shipping: []schemas.ShippingOption{{Method: "Free", Fee: 0, ForQty: 1}}}},
		{name: "high fee without market evidence", l: &schemas.Listing{
			CategoryID: "green-tea", Unit: "kilogram", MOQ: 1, PriceTiers: tiers(1, 4),
			Shipping: []schemas.ShippingOption{{Method: "EMS", Fee: 1250, ForQty: 1}}}},
	})
}

func TestAbusedSKU(t *testing.T) {
	d := listing.NewAbusedSKU(defaultConfig(t))
	seedBread := &schemas.Listing{
		CategoryID: "bread-proofing-baskets", Unit: "piece", MOQ: 2,
		Title:      "Natural Rattan 9 Inch Wooden Handle Bread Lame Banneton Proofing BreadBasket Set with Cotton Bag",
		PriceRange: &schemas.PriceRange{Min: 0.01, Max: 4.92},
		SKUs: skus("9inch Bread Proofing Basket", 4.92, "21*15*8 Bread Proofing Basket", 4.92, "Plastic Scraper", 0.23,
			"Stainless steel Scraper", 0.82, "Premium bread lame", 1.41, "Dough Whisk", 1.29, "Brush", 1.51,
			"Silicon Brush", 0.59, "Bread thermometer", 3.00, "Silicon Kneading", 1.00, "Bread Stencils set 16", 0.47,
			"Cloth bag", 0.05, "Thank you card", 0.01, "Kraft Box", 1.00),
	}
	runCases(t, d, []detectCase{
		{name: "seed bread set: thank-you card at 0.01, no market", wantRule: "decoy_variant", l: seedBread},
		{name: "seed bread set with market", wantRule: "decoy_variant", ref: testMarket, l: seedBread},
		{name: "price difference link", wantRule: "decoy_variant", l: &schemas.Listing{
			CategoryID: "phone-cases", Unit: "piece", MOQ: 50,
			SKUs: skus("iPhone 15 case", 1.80, "iPhone 15 Pro case", 1.85, "Price difference link / 补差价", 0.01)}},
		{name: "odd quantity: 1000-piece pack in a per-piece listing", wantRule: "sku_far_above_variants", l: &schemas.Listing{
			CategoryID: "cotton-t-shirts", Unit: "piece", MOQ: 10,
			SKUs: skus("S", 3.2, "M", 3.2, "L", 3.2, "Wholesale pack 1000 pcs", 2950.0)}},
		{name: "odd unit: per-kg wire in a per-ton listing", wantRule: "sku_far_below_variants", ref: testMarket, l: &schemas.Listing{
			CategoryID: "steel-rebar", Unit: "ton", MOQ: 25, PriceTiers: tiers(25, 605),
			SKUs: skus("HRB400 12mm", 605.0, "HRB400 16mm", 598.0, "Binding tie wire (1 kg)", 0.90)}},
		{name: "decoys outnumber the real variants, tiers anchor", wantRule: "sku_far_below_variants", l: &schemas.Listing{
			CategoryID: "running-shoes", Unit: "pair", MOQ: 50, PriceTiers: tiers(50, 16.5),
			SKUs: skus("EU 40", 16.5, "Laces", 0.10, "Insole", 0.30, "Shoe box", 0.20)}},
		// Hard negatives: real spreads.
		{name: "cable cross-sections 0.45-4.30", ref: testMarket, l: &schemas.Listing{
			CategoryID: "copper-power-cable", Unit: "meter", MOQ: 1000,
			SKUs: skus("1.5 mm2", 0.45, "2.5 mm2", 0.70, "4 mm2", 1.10, "6 mm2", 1.60, "10 mm2", 2.70, "16 mm2", 4.30)}},
		{name: "hair lengths 8-30 inch, no market", l: &schemas.Listing{
			CategoryID: "hair-extensions", Unit: "gram", MOQ: 100,
			SKUs: skus("8 inch", 0.55, "12 inch", 0.75, "16 inch", 0.98, "20 inch", 1.25, "24 inch", 1.55, "30 inch", 2.10)}},
		{name: "basic and premium materials", l: &schemas.Listing{
			CategoryID: "phone-cases", Unit: "piece", MOQ: 50,
			SKUs: skus("Clear TPU", 0.45, "Liquid silicone", 1.20, "PU leather wallet", 1.90, "Genuine leather wallet", 3.10)}},
		{name: "gift box listing selling boxes", ref: testMarket, l: &schemas.Listing{
			CategoryID: "custom-paper-boxes", Unit: "piece", MOQ: 500, Title: "Rigid Gift Box with Logo",
			SKUs: skus("Small gift box", 0.40, "Large gift box", 1.30)}},
	})
}

func TestFalseMOQ(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	l := func(cat, unit string, moq float64, desc string) *schemas.Listing {
		return &schemas.Listing{CategoryID: cat, Unit: unit, MOQ: moq, Description: desc, PriceTiers: tiers(moq, 10)}
	}
	runCases(t, d, []detectCase{
		{name: "first tier far above the MOQ", wantRule: "moq_below_first_tier", l: &schemas.Listing{
			CategoryID: "phone-cases", Unit: "piece", MOQ: 1, PriceTiers: tiers(500, 1.2, 2000, 1.05)}},
		{name: "English per colour", wantRule: "moq_contradicted_by_description",
			l: l("running-shoes", "pair", 2, "Mesh Running Shoes. MOQ 300 pairs per colour; sizes can be mixed.")},
		{name: "Chinese 最小起订量", wantRule: "moq_contradicted_by_description",
			l: l("cotton-t-shirts", "piece", 1, "纯棉T恤。最小起订量 500，可混码。")},
		{name: "Chinese 起订量 with 件", wantRule: "moq_contradicted_by_description",
			l: l("cotton-t-shirts", "piece", 1, "Custom Logo T-Shirt. 起订量：每款每色500件，不接受混色混码。")},
		{name: "Spanish pedido mínimo with a thousands dot", wantRule: "moq_contradicted_by_description",
			l: l("running-shoes", "pair", 10, "Zapatillas. Pedido mínimo: 1.000 pares por color.")},
		{name: "Russian минимальный заказ", wantRule: "moq_contradicted_by_description",
			l: l("phone-cases", "piece", 5, "Чехлы для телефонов. Минимальный заказ 200 шт.")},
		{name: "container stated in tons", wantRule: "moq_contradicted_by_description",
			l: l("steel-rebar", "ton", 1, "HRB400. Minimum order one full 20GP container (25 MT) per size. Port: Tianjin.")},
		{name: "kilograms in a per-gram listing", wantRule: "moq_contradicted_by_description",
			l: l("hair-extensions", "gram", 100, "Raw hair. MOQ: 5 kg.")},
		{name: "full-width digits", wantRule: "moq_contradicted_by_description",
			l: l("phone-cases", "piece", 1, "手机壳。起订量５００个。")},
		{name: "only accept orders of", wantRule: "moq_contradicted_by_description",
			l: l("cookware-sets", "set", 10, "Cookware. Sorry, we only accept orders of 200 sets and above.")},
		{name: "quantity before the phrase", wantRule: "moq_contradicted_by_description",
			l: l("phone-cases", "piece", 1, "Phone cases. 500 pcs MOQ per design.")},
		{name: "Chinese quantity before 起订", wantRule: "moq_contradicted_by_description",
			l: l("cotton-t-shirts", "piece", 2, "纯棉T恤，每款300件起订。")},
		{name: "quantity before the phrase, consistent",
			l: l("phone-cases", "piece", 500, "Phone cases. 500 pcs MOQ per design.")},
		{name: "indivisible item size", wantRule: "moq_below_item_size",
			l: l("solar-panels", "watt", 1, "Mono panel. Panel power 550 W per piece.")},
		{name: "seed: customised logo at 10,000,000 grams", wantRule: "customization_moq_implausible", l: &schemas.Listing{
			CategoryID: "hair-extensions", Unit: "gram", MOQ: 100, PriceTiers: tiers(100, 1500),
			Customization: []schemas.CustomizationOffer{{Option: "Customized logo", MinQty: 10000000}}}},
		{name: "MOQ 1 on boxes made to order only, customisation from 5000", wantRule: "moq_below_custom_only_minimum", l: &schemas.Listing{
			CategoryID: "custom-paper-boxes", Unit: "piece", MOQ: 1, Title: "Custom Printed Mailer Boxes",
			Description: "All boxes are printed to order with your artwork; no stock designs.", PriceTiers: tiers(1, 0.95),
			Customization: []schemas.CustomizationOffer{{Option: "Customized logo", MinQty: 5000}}}},
		// A low MOQ alone is not a false MOQ: consumer goods and samples.
		{name: "MOQ 1 in a category that sells by the thousand, nothing contradicts it", ref: testMarket,
			l: l("custom-paper-boxes", "piece", 1, "Printed mailer boxes.")},
		// Hard negatives.
		{name: "custom-dyed colours have their own MOQ",
			l: l("knitted-fabric", "kilogram", 300, "Stock colours from 300 kg; custom-dyed colours MOQ 1,000 kg per colour.")},
		{name: "trial order below the MOQ",
			l: l("steel-rebar", "ton", 25, "MOQ 25 MT (one container); a trial order of 5 MT is negotiable.")},
		{name: "consistent MOQ statement",
			l: l("phone-cases", "piece", 500, "Lead time 5-12 days. MOQ: 500 pieces. Port: Shenzhen.")},
		{name: "one panel MOQ stated in pieces and watts",
			l: l("solar-panels", "watt", 550, "MOQ 1 piece (550 W); pallets of 20 panels (11,000 W).")},
		{name: "shipping packs are not items",
			l: l("running-shoes", "pair", 2, "Each pair in a printed shoe box, 12 pairs per carton.")},
		{name: "model numbers and prices near the phrase",
			l: l("steel-rebar", "ton", 25, "MOQ for HRB400 at $598: 25 tons.")},
		{name: "custom logo MOQ above the stock MOQ", l: &schemas.Listing{
			CategoryID: "phone-cases", Unit: "piece", MOQ: 10, PriceTiers: tiers(10, 1.35, 500, 1.15),
			Customization: []schemas.CustomizationOffer{{Option: "Customized logo", MinQty: 500}}}},
		{name: "seed tiles: logo MOQ 3000 m2 on a 100 m2 listing", l: &schemas.Listing{
			CategoryID: "quartz-slabs", Unit: "square meter", MOQ: 100, PriceTiers: tiers(100, 58),
			Customization: []schemas.CustomizationOffer{{Option: "Customized logo", MinQty: 3000}}}},
		{name: "small but plausible MOQ for the category", ref: testMarket,
			l: l("custom-paper-boxes", "piece", 50, "Printed mailer boxes.")},
	})
}

// TestNoFindingPathDoesNotAllocate keeps the hot path cheap: a clean listing
// with a description goes through every detector without allocating.
func TestNoFindingPathDoesNotAllocate(t *testing.T) {
	ds := allDetectors(defaultConfig(t))
	l := catTea.listing(3)
	l.Description = "Chunmee green tea 9371. MOQ: 10 kilograms. Packed in 250 g tins or 25 kg cartons. Lead time 5-12 days. 起订量 10 公斤。" +
		" Minimum order value US$200. Free shipping on orders of US$5,000. 10 kg MOQ. Custom printed tins to order, no stock designs."
	l.Title = "Custom Logo Chunmee Green Tea"
	l.MOQ = 10
	l.PriceTiers[0].MinQty = 10
	l.SKUs[0].Attributes = map[string]string{"Grade": "9371", "MOQ": "10 kg", "Packing": "box of 40 tins"}
	l.SKUs[1].Attributes = map[string]string{"Grade": "41022"}
	l.Customization = []schemas.CustomizationOffer{{Option: "Customized logo", MinQty: 100}}
	out := make([]schemas.Finding, 0, 4)
	for _, d := range ds {
		if got := d.DetectListing(l, testMarket, out[:0]); len(got) > 0 {
			t.Fatalf("%s: unexpected finding %s", d.Name(), got[0].Explanation)
		}
	}
	allocs := testing.AllocsPerRun(200, func() {
		for _, d := range ds {
			out = d.DetectListing(l, testMarket, out[:0])
		}
	})
	if allocs != 0 {
		t.Fatalf("no-finding path allocates %v times per listing", allocs)
	}
}

// TestUnconfiguredDetectorsStaySilent: a policy without a listing section
// disables the rules instead of crashing them.
func TestUnconfiguredDetectorsStaySilent(t *testing.T) {
	var empty listing.Config
	l := &schemas.Listing{Op: schemas.OpUpsert, CategoryID: "hair-extensions", Unit: "gram", MOQ: 1,
		PriceTiers: tiers(100, 1500, 15000, 13.5), SKUs: skus("a", 1.0, "card", 0.01),
		Shipping: []schemas.ShippingOption{{Fee: 1e7, ForQty: 1}}}
	for _, d := range allDetectors(&empty) {
		if got := d.DetectListing(l, testMarket, nil); len(got) > 0 {
			t.Errorf("%s fired without thresholds: %s", d.Name(), got[0].Explanation)
		}
	}
}
