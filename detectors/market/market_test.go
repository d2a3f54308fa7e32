package market_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// listings generates n plausible listings over two categories.
func listings(seed uint64, n int) []*schemas.Listing {
	r := rand.New(rand.NewPCG(seed, 99))
	out := make([]*schemas.Listing, 0, n)
	for i := range n {
		cat, unit, base, ship := "tea", "kilogram", 8+40*r.Float64(), 26.0
		if i%3 == 0 {
			cat, unit, base, ship = "rebar", "ton", 500+200*r.Float64(), 300.0
		}
		moq := []float64{1, 5, 10, 50}[r.IntN(4)]
		l := &schemas.Listing{
			Op: schemas.OpUpsert, ListingID: fmt.Sprintf("L%d", i), CategoryID: cat, Unit: unit, MOQ: moq,
			PriceTiers: []schemas.PriceTier{{MinQty: moq, UnitPrice: base}, {MinQty: moq * 10, UnitPrice: base * 0.95}},
			SKUs:       []schemas.SKU{{SKUID: "S1", UnitPrice: base}, {SKUID: "S2", UnitPrice: base * 1.3}},
			Shipping:   []schemas.ShippingOption{{Fee: ship + 9*moq*(0.9+0.3*r.Float64()), ForQty: moq}},
		}
		if i%11 == 0 {
			l.Shipping = append(l.Shipping, schemas.ShippingOption{Method: "free", Fee: 0, ForQty: moq})
		}
		out = append(out, l)
	}
	return out
}

func rowsEqual(t *testing.T, got, want []market.Row) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("rows differ:\n got %d rows\nwant %d rows", len(got), len(want))
	}
}

func TestRowsRoundTripExactly(t *testing.T) {
	b := market.NewBuilder()
	for _, l := range listings(1, 300) {
		b.Observe(l)
	}
	rows := b.Rows()
	if len(rows) != 2 || rows[0].CategoryID != "rebar" || rows[1].CategoryID != "tea" {
		t.Fatalf("rows = %+v, want rebar and tea", rows)
	}
	c := market.NewBuilder()
	for _, r := range rows {
		if err := c.AddRow(r); err != nil {
			t.Fatal(err)
		}
	}
	rowsEqual(t, c.Rows(), rows)
}

func TestMergeEqualsObserveAll(t *testing.T) {
	ls := listings(2, 400)
	all := market.NewBuilder()
	parts := []*market.Builder{market.NewBuilder(), market.NewBuilder(), market.NewBuilder()}
	for i, l := range ls {
		all.Observe(l)
		parts[i%3].Observe(l)
	}
	merged := market.NewBuilder()
	for _, p := range parts {
		if err := merged.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	rowsEqual(t, merged.Rows(), all.Rows())

	// Rows saved by several workers and reloaded combine the same way.
	reloaded := market.NewBuilder()
	for _, p := range parts {
		for _, r := range p.Rows() {
			if err := reloaded.AddRow(r); err != nil {
				t.Fatal(err)
			}
		}
	}
	rowsEqual(t, reloaded.Rows(), all.Rows())
	if err := merged.Merge(merged); err == nil {
		t.Error("merging a builder into itself should fail")
	}
}

func TestSnapshotIsImmutable(t *testing.T) {
	b := market.NewBuilder()
	ls := listings(3, 100)
	for _, l := range ls {
		b.Observe(l)
	}
	ref := b.Snapshot()
	before := ref.Stats("tea", "kilogram").Price().Quantile(0.5)
	n := ref.Stats("tea", "kilogram").Listings
	for range 50 {
		b.Observe(&schemas.Listing{Op: schemas.OpUpsert, CategoryID: "tea", Unit: "kilogram",
			PriceTiers: []schemas.PriceTier{{MinQty: 1, UnitPrice: 1e6}}})
	}
	st := ref.Stats("tea", "kilogram")
	if st.Listings != n || st.Price().Quantile(0.5) != before {
		t.Fatal("snapshot changed after later observations")
	}
	if ref.Stats("tea", "gram") != nil || (*market.Reference)(nil).Stats("tea", "kilogram") != nil {
		t.Fatal("unknown key or nil reference should give nil stats")
	}
}

func TestObserveSkipsDeletesAndKeyless(t *testing.T) {
	b := market.NewBuilder()
	b.Observe(nil)
	b.Observe(&schemas.Listing{Op: schemas.OpDelete, CategoryID: "tea", Unit: "kilogram"})
	b.Observe(&schemas.Listing{Op: schemas.OpUpsert, Unit: "kilogram"})
	if b.Len() != 0 {
		t.Fatalf("Len = %d, want 0", b.Len())
	}
}

func TestEncodeDecode(t *testing.T) {
	b := market.NewBuilder()
	for _, l := range listings(4, 200) {
		b.Observe(l)
	}
	ref := b.Snapshot()
	var buf bytes.Buffer
	if err := ref.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := market.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rowsEqual(t, got.Rows(), ref.Rows())
	if got.Len() != 2 {
		t.Fatalf("Len = %d", got.Len())
	}
	// An empty (or nil) reference encodes too.
	buf.Reset()
	if err := (*market.Reference)(nil).Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if got, err := market.Decode(&buf); err != nil || got.Len() != 0 {
		t.Fatalf("empty reference: %v, %v", got, err)
	}
}

func TestDecodeRejects(t *testing.T) {
	b := market.NewBuilder()
	for _, l := range listings(5, 30) {
		b.Observe(l)
	}
	var buf bytes.Buffer
	if err := b.Snapshot().Encode(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	tests := map[string][]byte{
		"empty":     nil,
		"bad magic": []byte("NOT-A-MARKET-FILE"),
		"truncated": good[:len(good)-3],
		"trailing":  append(append([]byte(nil), good...), 0),
		"huge row":  append([]byte("HAILI-MARKET\x01\x01\x03tea\x03ton\x01"), 0xff, 0xff, 0xff, 0xff, 0x0f),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := market.Decode(bytes.NewReader(data)); err == nil {
				t.Fatal("Decode accepted bad input")
			}
		})
	}
}

func TestAddRowRejects(t *testing.T) {
	b := market.NewBuilder()
	for _, l := range listings(6, 20) {
		b.Observe(l)
	}
	good := b.Rows()[0]
	tests := map[string]market.Row{
		"no category":    {Unit: "t", Count: good.Count, Data: good.Data},
		"count mismatch": {CategoryID: "c", Unit: "t", Count: good.Count + 1, Data: good.Data},
		"empty data":     {CategoryID: "c", Unit: "t"},
		"bad version":    {CategoryID: "c", Unit: "t", Data: append([]byte{9}, good.Data[1:]...)},
		"trailing bytes": {CategoryID: "c", Unit: "t", Count: good.Count, Data: append(append([]byte(nil), good.Data...), 0)},
	}
	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			if err := market.NewBuilder().AddRow(r); err == nil {
				t.Fatal("AddRow accepted a bad row")
			}
		})
	}
}

func TestShippingNorm(t *testing.T) {
	b := market.NewBuilder()
	// A tariff of 20 per parcel plus 2 per unit, quoted at 1, 10 and 100 units.
	for _, q := range []float64{1, 1, 1, 10, 10, 10, 100, 100, 100} {
		b.Observe(&schemas.Listing{Op: schemas.OpUpsert, CategoryID: "c", Unit: "piece", MOQ: q,
			PriceTiers: []schemas.PriceTier{{MinQty: q, UnitPrice: 1}},
			Shipping:   []schemas.ShippingOption{{Fee: 20 + 2*q, ForQty: q}}})
	}
	st := b.Snapshot().Stats("c", "piece")
	tests := []struct {
		qty, want float64
	}{
		{1, 22},       // on a node
		{10, 40},      // on a node
		{0.5, 22},     // below the curve: the smallest node's fee
		{1000, 2200},  // above the curve: per unit of the largest node
		{31.62, 92.0}, // log-log interpolation between 10 (40) and 100 (220)
	}
	for _, tt := range tests {
		got, quotes, ok := st.ShippingNorm(tt.qty, 0.5, 3)
		if !ok || quotes == 0 || math.Abs(got-tt.want)/tt.want > 0.03 {
			t.Errorf("ShippingNorm(%v) = %v (%d quotes, %v), want ~%v", tt.qty, got, quotes, ok, tt.want)
		}
	}
	if _, _, ok := st.ShippingNorm(10, 0.5, 4); ok {
		t.Error("nodes with fewer quotes than required must not count")
	}
	if st.ShipPerOrder().Count() != 9 || st.ShipPerUnit().Count() != 9 {
		t.Errorf("per-order/per-unit counts = %d/%d", st.ShipPerOrder().Count(), st.ShipPerUnit().Count())
	}
}

func TestMarshalJSON(t *testing.T) {
	b := market.NewBuilder()
	for _, l := range listings(7, 50) {
		b.Observe(l)
	}
	data, err := json.Marshal(b.Snapshot())
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Keys []struct {
			CategoryID string `json:"category_id"`
			Listings   uint64 `json:"listings"`
			Metrics    map[string]struct {
				Count     uint64    `json:"count"`
				Quantiles []float64 `json:"quantiles"`
			} `json:"metrics"`
		} `json:"keys"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Keys) != 2 || out.Keys[0].Metrics["price"].Count == 0 || len(out.Keys[0].Metrics["price"].Quantiles) != 5 {
		t.Fatalf("unexpected JSON: %s", data)
	}
	if s, _ := json.Marshal(market.NewBuilder().Snapshot()); !strings.Contains(string(s), `"keys":[]`) {
		t.Fatalf("empty reference JSON = %s", s)
	}
}

func TestMetrics(t *testing.T) {
	l := &schemas.Listing{
		PriceTiers: []schemas.PriceTier{{MinQty: 100, UnitPrice: 1500}, {MinQty: 1000, UnitPrice: 1400},
			{MinQty: 10000, UnitPrice: 130}, {MinQty: 15000, UnitPrice: 13.5}},
		SKUs: []schemas.SKU{{UnitPrice: 4}, {UnitPrice: 1}, {UnitPrice: 2}},
	}
	if got := market.RepresentativePrice(l); got != 1500 {
		t.Errorf("RepresentativePrice = %v", got)
	}
	if got := market.UnitPriceAt(l, 12000); got != 130 {
		t.Errorf("UnitPriceAt(12000) = %v", got)
	}
	if got := market.UnitPriceAt(l, 10); got != 1500 {
		t.Errorf("UnitPriceAt below MOQ = %v", got)
	}
	if got, _ := market.MinTierStep(l); math.Abs(got-130.0/1400) > 1e-12 {
		t.Errorf("MinTierStep = %v", got)
	}
	if got, _ := market.SKUSpread(l); got != 4 {
		t.Errorf("SKUSpread = %v", got)
	}
	l.PriceTiers = nil
	if got := market.RepresentativePrice(l); got != 2 {
		t.Errorf("RepresentativePrice from SKUs = %v", got)
	}
	l.SKUs = nil
	l.PriceRange = &schemas.PriceRange{Min: 0.01, Max: 4.92}
	if got := market.RepresentativePrice(l); got != 4.92 {
		t.Errorf("RepresentativePrice from range = %v", got)
	}
}

// TestExtremeQuantitiesStayPersistable: whatever quantities a stream
// carries, the rows it produces reload.
func TestExtremeQuantitiesStayPersistable(t *testing.T) {
	b := market.NewBuilder()
	for e := -300.0; e <= 300; e += 5 {
		q := math.Pow(10, e)
		b.Observe(&schemas.Listing{Op: schemas.OpUpsert, CategoryID: "c", Unit: "u", MOQ: q,
			PriceTiers: []schemas.PriceTier{{MinQty: q, UnitPrice: 1 / q}},
			Shipping:   []schemas.ShippingOption{{Fee: q, ForQty: q}, {Fee: 1, ForQty: math.NaN()}}})
	}
	c := market.NewBuilder()
	for _, r := range b.Rows() {
		if err := c.AddRow(r); err != nil {
			t.Fatal(err)
		}
	}
	rowsEqual(t, c.Rows(), b.Rows())
}

// TestMerchantCapBoundsBaitCopies: a few merchants posting many bait-priced
// copies in one category move its price quantiles only by MerchantCap
// listings each; every listing still counts, and other metrics are whole.
func TestMerchantCapBoundsBaitCopies(t *testing.T) {
	b := market.NewBuilder()
	lst := func(merchant string, price float64) *schemas.Listing {
		return &schemas.Listing{Op: schemas.OpUpsert, CategoryID: "tea", Unit: "kilogram", MerchantID: merchant, MOQ: 10,
			PriceTiers: []schemas.PriceTier{{MinQty: 10, UnitPrice: price}}}
	}
	for i := range 60 {
		b.Observe(lst(fmt.Sprintf("M-%d", i%20), 8*math.Pow(50.0/8, float64(i)/59)))
	}
	for i := range 40 {
		b.Observe(lst(fmt.Sprintf("BAIT-%d", i%3), 0.3))
	}
	st := b.Snapshot().Stats("tea", "kilogram")
	if st.Listings != 100 {
		t.Fatalf("listings %d, want 100", st.Listings)
	}
	if got, want := st.Price().Count(), uint64(60+3*market.MerchantCap); got != want {
		t.Fatalf("price values %d, want %d (bait merchants capped)", got, want)
	}
	if st.MOQ().Count() != 100 {
		t.Fatalf("MOQ values %d, want 100 (not capped)", st.MOQ().Count())
	}
	if q := st.Price().Quantile(0.25); !(q > 8) {
		t.Fatalf("25%% price quantile %v sank into the bait", q)
	}
}

// TestMainQuantileLeavesOutBaitCluster: a minority of prices far below the
// rest, behind a gap of more than ClusterGap, is left out of MainQuantile;
// a dense range of real prices, however wide, is not.
func TestMainQuantileLeavesOutBaitCluster(t *testing.T) {
	snap := func(prices []float64) *market.Quantiles {
		b := market.NewBuilder()
		for i, p := range prices {
			b.Observe(&schemas.Listing{Op: schemas.OpUpsert, CategoryID: "c", Unit: "piece", MerchantID: fmt.Sprint(i),
				PriceTiers: []schemas.PriceTier{{MinQty: 1, UnitPrice: p}}})
		}
		return b.Snapshot().Stats("c", "piece").Price()
	}
	var real, polluted, wide []float64
	for i := range 20 {
		real = append(real, 8*math.Pow(50.0/8, float64(i)/19))
		wide = append(wide, 0.1*math.Pow(1000, float64(i)/19))
	}
	polluted = append(polluted, real...)
	for i := range 12 {
		polluted = append(polluted, 0.2+0.1*float64(i%4))
	}
	q := snap(polluted)
	if q.MainBelow() != 12 {
		t.Fatalf("MainBelow %d, want the 12 bait prices", q.MainBelow())
	}
	if lo := q.MainQuantile(0.25); !(lo >= 8) {
		t.Fatalf("main 25%% quantile %v, want within the real prices", lo)
	}
	if lo := q.Quantile(0.25); !(lo < 1) {
		t.Fatalf("plain 25%% quantile %v, want it in the bait (the case MainQuantile exists for)", lo)
	}
	for name, prices := range map[string][]float64{"real": real, "wide": wide} {
		q := snap(prices)
		if q.MainBelow() != 0 {
			t.Fatalf("%s: MainBelow %d, want 0", name, q.MainBelow())
		}
		for _, p := range []float64{0, 0.15, 0.5, 0.85, 1} {
			if a, b := q.MainQuantile(p), q.Quantile(p); a != b {
				t.Fatalf("%s: MainQuantile(%v) %v != Quantile %v", name, p, a, b)
			}
		}
	}
}

// TestShippingNormWithoutOwnQuotes: a listing quoting several methods for one
// quantity keeps one vote in that half-decade, its cheapest quote, so its
// dearer quotes cannot set the norm they are judged against; quotes the
// reference does not hold, or a single own quote, change nothing.
func TestShippingNormWithoutOwnQuotes(t *testing.T) {
	own := []schemas.ShippingOption{{Method: "Express", Fee: 1650, ForQty: 50}, {Method: "Sea LCL", Fee: 1280, ForQty: 50}}
	build := func(extra ...schemas.ShippingOption) *market.Stats {
		b := market.NewBuilder()
		for _, f := range []float64{29, 34, 37} {
			b.Observe(&schemas.Listing{Op: schemas.OpUpsert, CategoryID: "c", Unit: "piece", MOQ: 50,
				Shipping: []schemas.ShippingOption{{Fee: f, ForQty: 50}}})
		}
		if len(extra) > 0 {
			b.Observe(&schemas.Listing{Op: schemas.OpUpsert, CategoryID: "c", Unit: "piece", MOQ: 50, Shipping: extra})
		}
		return b.Snapshot().Stats("c", "piece")
	}
	with, oneVote, without := build(own...), build(own[1]), build()

	polluted, _, _ := with.ShippingNorm(50, 0.75, 3)
	if polluted < 1000 {
		t.Fatalf("the listing's own quotes should set the plain norm here, got %v", polluted)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*b }
	for _, p := range []float64{0, 0.5, 0.75, 1} {
		want, wantN, _ := oneVote.ShippingNorm(50, p, 3)
		if got, n, ok := with.ShippingNormWithout(50, p, 3, own); !ok || !near(got, want) || n != wantN {
			t.Errorf("p=%v: ShippingNormWithout = %v (%d quotes, %v), want %v (%d quotes)", p, got, n, ok, want, wantN)
		}
		// Quotes the reference does not hold are not taken out.
		want, wantN, _ = without.ShippingNorm(50, p, 3)
		if got, n, ok := without.ShippingNormWithout(50, p, 3, own); !ok || !near(got, want) || n != wantN {
			t.Errorf("p=%v, own not held: %v (%d quotes, %v), want %v (%d quotes)", p, got, n, ok, want, wantN)
		}
		// A single own quote keeps its vote.
		want, wantN, _ = oneVote.ShippingNorm(50, p, 3)
		if got, n, ok := oneVote.ShippingNormWithout(50, p, 3, own[1:]); !ok || !near(got, want) || n != wantN {
			t.Errorf("p=%v, one own quote: %v (%d quotes, %v), want %v (%d quotes)", p, got, n, ok, want, wantN)
		}
	}
	if _, _, ok := with.ShippingNormWithout(50, 0.75, 5, own); ok {
		t.Error("a half-decade of four votes must not meet a minimum of five")
	}
}
