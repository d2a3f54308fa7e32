// Package market keeps the market reference: per category and unit, robust
// statistics of unit prices, tier discounts, shipping per unit and per order,
// and SKU spreads, built from the listing stream in mergeable quantile
// sketches.
//
// A Builder observes listings (or reloads persisted Rows) and is merged across
// workers; Snapshot freezes it into a Reference, which detectors read
// concurrently. Quantiles rather than means make the reference robust: the
// violating listings it also observes move a median or a quartile very little.
// The package is pure: no clock, files or network (Encode and Decode work on
// io.Writer and io.Reader).
package market

import (
	"fmt"
	"math"
	"sort"

	"github.com/haili/haili/schemas"
)

// Row is the persisted form of one (category, unit) key: Count listings
// observed, and Data, the key's sketches in a versioned binary encoding.
// AddRow(Rows()) reproduces a Builder exactly.
type Row struct {
	CategoryID, Unit string
	Count            uint64
	Data             []byte
}

type key struct{ category, unit string }

// keyStats holds the sketches of one key.
type keyStats struct {
	listings uint64
	// metrics in encoding order; see metricNames
	m     [numMetrics]sketch
	curve map[int32]*curveBucket
	// merchants counts the listing versions each merchant has added to the
	// price metrics; see MerchantCap. Not persisted: a reloaded row starts
	// the count afresh, which bounds a merchant per process, not forever.
	merchants map[string]uint32
}

// MerchantCap bounds one merchant's weight in a key's price metrics: beyond
// this many listing versions of one (category, unit), a merchant's prices are
// no longer added (its tier steps, shipping quotes and MOQs still are).
// A few merchants posting dozens of bait-priced copies would otherwise sink
// the category's low band to their own bait level, and the band would then
// pass the very prices it is there to judge.
const MerchantCap = 5

// Metrics kept per key, in the order they are encoded.
const (
	metricPrice        = iota // RepresentativePrice
	metricTierStep            // MinTierStep
	metricTierDiscount        // TierDiscount
	metricSKUSpread           // SKUSpread
	metricMOQ                 // stated MOQ
	metricMaxTierQty          // MinQty of the last tier
	metricShipPerUnit         // quoted fee / for_qty
	metricShipPerOrder        // quoted fee
	numMetrics
)

var metricNames = [numMetrics]string{
	"price", "tier_step", "tier_discount", "sku_spread", "moq", "max_tier_qty",
	"ship_per_unit", "ship_per_order",
}

// curveBucket gathers the shipping quotes of one half-decade of quantity.
type curveBucket struct {
	n       uint64
	sumLogQ int64 // sum of log10(for_qty), fixed point (logScale)
	fee     sketch
}

func newKeyStats() *keyStats { return &keyStats{curve: map[int32]*curveBucket{}} }

// observation is what one listing version adds to its key's statistics,
// worked out once however many builders it goes into.
type observation struct {
	metrics []metricPoint
	curve   []curvePoint
}

type metricPoint struct {
	metric int
	p      point
}

// priceMetric reports the metrics a merchant's weight is bounded in: the
// price level, which bait copies drag down.
func priceMetric(m int) bool { return m == metricPrice }

type curvePoint struct {
	bucket  int32
	logQty  int64
	feeBins point
}

func observe(l *schemas.Listing) observation {
	var o observation
	o.metrics = make([]metricPoint, 0, 6+2*len(l.Shipping))
	add := func(metric int, v float64) { o.metrics = append(o.metrics, metricPoint{metric, pointOf(v)}) }
	if p := RepresentativePrice(l); p > 0 {
		add(metricPrice, p)
	}
	if s, ok := MinTierStep(l); ok {
		add(metricTierStep, s)
	}
	if d, ok := TierDiscount(l); ok {
		add(metricTierDiscount, d)
	}
	if s, ok := SKUSpread(l); ok {
		add(metricSKUSpread, s)
	}
	add(metricMOQ, l.MOQ)
	if n := len(l.PriceTiers); n > 0 {
		add(metricMaxTierQty, l.PriceTiers[n-1].MinQty)
	}
	for _, s := range l.Shipping {
		if !(s.ForQty > 0) || math.IsInf(s.ForQty, 0) {
			continue
		}
		add(metricShipPerOrder, s.Fee)
		if s.Fee <= 0 {
			// Free shipping is a promotion, not a price of freight: it
			// stays out of the per-unit norm and the shipping curve.
			continue
		}
		add(metricShipPerUnit, s.Fee/s.ForQty)
		o.curve = append(o.curve, curvePoint{bucket: shipBucket(s.ForQty), logQty: fixedLog10(s.ForQty), feeBins: pointOf(s.Fee)})
	}
	return o
}

func (k *keyStats) apply(o *observation, merchant string) {
	k.listings++
	capped := false
	if merchant != "" {
		if k.merchants == nil {
			k.merchants = map[string]uint32{}
		}
		n := k.merchants[merchant]
		capped = n >= MerchantCap
		if !capped {
			k.merchants[merchant] = n + 1
		}
	}
	for _, mp := range o.metrics {
		if capped && priceMetric(mp.metric) {
			continue
		}
		k.m[mp.metric].addPoint(mp.p)
	}
	for _, c := range o.curve {
		cb := k.curve[c.bucket]
		if cb == nil {
			cb = &curveBucket{}
			k.curve[c.bucket] = cb
		}
		cb.n++
		cb.sumLogQ += c.logQty
		cb.fee.addPoint(c.feeBins)
	}
}

func (k *keyStats) merge(o *keyStats) {
	k.listings += o.listings
	for m, n := range o.merchants {
		if k.merchants == nil {
			k.merchants = map[string]uint32{}
		}
		k.merchants[m] = min(k.merchants[m]+n, MerchantCap)
	}
	for i := range k.m {
		k.m[i].merge(&o.m[i])
	}
	for b, ocb := range o.curve {
		cb := k.curve[b]
		if cb == nil {
			cb = &curveBucket{}
			k.curve[b] = cb
		}
		cb.n += ocb.n
		cb.sumLogQ += ocb.sumLogQ
		cb.fee.merge(&ocb.fee)
	}
}

// Builder accumulates market statistics. It is not safe for concurrent use:
// give each worker its own Builder and Merge them.
type Builder struct {
	keys map[key]*keyStats
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{keys: map[key]*keyStats{}} }

// Observe adds one listing version. Deletes and listings without a category
// or unit carry no price evidence and are skipped.
func (b *Builder) Observe(l *schemas.Listing) { ObserveInto(l, b) }

// ObserveInto adds one listing version to each of builders, working its
// figures out once.
func ObserveInto(l *schemas.Listing, builders ...*Builder) {
	if l == nil || l.Op == schemas.OpDelete || l.CategoryID == "" || l.Unit == "" {
		return
	}
	o := observe(l)
	k := key{l.CategoryID, l.Unit}
	for _, b := range builders {
		ks := b.keys[k]
		if ks == nil {
			ks = newKeyStats()
			b.keys[k] = ks
		}
		ks.apply(&o, l.MerchantID)
	}
}

// Merge adds everything other has observed. other is left unchanged.
func (b *Builder) Merge(other *Builder) error {
	if other == nil {
		return nil
	}
	if other == b {
		return fmt.Errorf("market: cannot merge a builder into itself")
	}
	for k, oks := range other.keys {
		ks := b.keys[k]
		if ks == nil {
			ks = newKeyStats()
			b.keys[k] = ks
		}
		ks.merge(oks)
	}
	return nil
}

// Len is the number of (category, unit) keys.
func (b *Builder) Len() int { return len(b.keys) }

func (b *Builder) sortedKeys() []key {
	ks := make([]key, 0, len(b.keys))
	for k := range b.keys {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].category != ks[j].category {
			return ks[i].category < ks[j].category
		}
		return ks[i].unit < ks[j].unit
	})
	return ks
}

// Rows returns the persisted form of every key, sorted by category and unit.
func (b *Builder) Rows() []Row {
	keys := b.sortedKeys()
	rows := make([]Row, 0, len(keys))
	for _, k := range keys {
		ks := b.keys[k]
		rows = append(rows, Row{CategoryID: k.category, Unit: k.unit, Count: ks.listings, Data: ks.appendBinary(nil)})
	}
	return rows
}

// AddRow merges one persisted row into the Builder (a key seen twice is
// merged, which is how rows saved by several workers combine). Rows come from
// storage, that is from outside: corrupt data is an error, never a panic.
func (b *Builder) AddRow(r Row) error {
	if r.CategoryID == "" || r.Unit == "" {
		return fmt.Errorf("market: row without category or unit")
	}
	ks, err := decodeKeyStats(r.Data)
	if err != nil {
		return fmt.Errorf("market: row %s/%s: %w", r.CategoryID, r.Unit, err)
	}
	if ks.listings != r.Count {
		return fmt.Errorf("market: row %s/%s: count %d disagrees with data (%d)", r.CategoryID, r.Unit, r.Count, ks.listings)
	}
	k := key{r.CategoryID, r.Unit}
	if cur := b.keys[k]; cur != nil {
		cur.merge(ks)
	} else {
		b.keys[k] = ks
	}
	return nil
}

// Snapshot freezes the Builder's current state into an immutable Reference.
// Later observations do not change it.
func (b *Builder) Snapshot() *Reference {
	ref := &Reference{stats: make(map[key]*Stats, len(b.keys))}
	for _, k := range b.sortedKeys() {
		ks := b.keys[k]
		data := ks.appendBinary(nil)
		ref.rows = append(ref.rows, Row{CategoryID: k.category, Unit: k.unit, Count: ks.listings, Data: data})
		ref.stats[k] = ks.freeze(k)
	}
	return ref
}

// appendBinary appends the row encoding: version, accuracy, listings, the
// metric sketches in order, then the shipping curve buckets in ascending order.
func (k *keyStats) appendBinary(b []byte) []byte {
	b = append(b, rowVersion)
	b = appendUvarint(b, accuracyCode)
	b = appendUvarint(b, k.listings)
	for i := range k.m {
		b = k.m[i].appendBinary(b)
	}
	buckets := make([]int32, 0, len(k.curve))
	for bk := range k.curve {
		buckets = append(buckets, bk)
	}
	sort.Slice(buckets, func(i, j int) bool { return buckets[i] < buckets[j] })
	b = appendUvarint(b, uint64(len(buckets)))
	for _, bk := range buckets {
		cb := k.curve[bk]
		b = appendVarint(b, int64(bk))
		b = appendUvarint(b, cb.n)
		b = appendVarint(b, cb.sumLogQ)
		b = cb.fee.appendBinary(b)
	}
	return b
}

// rowVersion is the first byte of Row.Data.
const rowVersion = 1

// maxCurveBuckets bounds the buckets of one key: quantities clamped to 1e-9
// to 1e12 fall into 43 half-decades.
const maxCurveBuckets = 64

func decodeKeyStats(data []byte) (*keyStats, error) {
	r := &byteReader{b: data}
	v, err := r.byte()
	if err != nil {
		return nil, err
	}
	if v != rowVersion {
		return nil, fmt.Errorf("%w: unknown version %d", errCorrupt, v)
	}
	acc, err := r.uvarint()
	if err != nil {
		return nil, err
	}
	if acc != accuracyCode {
		return nil, fmt.Errorf("market: sketch accuracy %d ppm, want %d", acc, accuracyCode)
	}
	ks := newKeyStats()
	if ks.listings, err = r.uvarint(); err != nil {
		return nil, err
	}
	for i := range ks.m {
		if ks.m[i], err = r.readSketch(); err != nil {
			return nil, fmt.Errorf("%s: %w", metricNames[i], err)
		}
	}
	n, err := r.uvarint()
	if err != nil {
		return nil, err
	}
	if n > maxCurveBuckets {
		return nil, fmt.Errorf("%w: %d shipping buckets", errCorrupt, n)
	}
	prev := int64(math.MinInt64)
	for range n {
		bk, err := r.varint()
		if err != nil {
			return nil, err
		}
		if bk <= prev || bk < math.MinInt32 || bk > math.MaxInt32 {
			return nil, fmt.Errorf("%w: shipping buckets out of order", errCorrupt)
		}
		prev = bk
		cb := &curveBucket{}
		if cb.n, err = r.uvarint(); err != nil {
			return nil, err
		}
		if cb.sumLogQ, err = r.varint(); err != nil {
			return nil, err
		}
		if cb.fee, err = r.readSketch(); err != nil {
			return nil, fmt.Errorf("shipping bucket %d: %w", bk, err)
		}
		if cb.n == 0 || cb.n != cb.fee.count {
			return nil, fmt.Errorf("%w: shipping bucket %d count", errCorrupt, bk)
		}
		ks.curve[int32(bk)] = cb
	}
	if r.remaining() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errCorrupt, r.remaining())
	}
	return ks, nil
}

func (k *keyStats) freeze(kk key) *Stats {
	s := &Stats{CategoryID: kk.category, Unit: kk.unit, Listings: k.listings}
	for i := range k.m {
		s.metrics[i] = k.m[i].freeze()
	}
	for bk, cb := range k.curve {
		s.curve = append(s.curve, curveNode{
			bucket: bk,
			logQ:   float64(cb.sumLogQ) / logScale / float64(cb.n),
			n:      cb.n,
			fee:    cb.fee.freeze(),
		})
	}
	sort.Slice(s.curve, func(i, j int) bool { return s.curve[i].bucket < s.curve[j].bucket })
	return s
}
