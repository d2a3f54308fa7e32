package market

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/haili/haili/schemas"
)

// Reference is a read-only snapshot of market statistics handed to detectors.
// It is immutable and safe for concurrent reads. A nil *Reference means no
// market data: detectors make no market judgment.
type Reference struct {
	stats map[key]*Stats
	rows  []Row // sorted; what Encode writes
}

// Stats returns the statistics of a category and unit, or nil when the
// reference (which may be nil) has none.
func (r *Reference) Stats(categoryID, unit string) *Stats {
	if r == nil {
		return nil
	}
	return r.stats[key{categoryID, unit}]
}

// Len is the number of (category, unit) keys.
func (r *Reference) Len() int {
	if r == nil {
		return 0
	}
	return len(r.stats)
}

// Rows returns the persisted form of the reference, sorted by category and
// unit. The caller must not modify the returned Data.
func (r *Reference) Rows() []Row {
	if r == nil {
		return nil
	}
	return append([]Row(nil), r.rows...)
}

// Stats are the frozen statistics of one category and unit.
type Stats struct {
	CategoryID, Unit string
	// Listings is the number of listing versions observed.
	Listings uint64
	metrics  [numMetrics]Quantiles
	curve    []curveNode // by ascending quantity
}

// curveNode is one half-decade of quantity of the shipping curve.
type curveNode struct {
	bucket int32
	logQ   float64 // mean log10(for_qty) of its quotes
	n      uint64
	fee    Quantiles
}

// Price is the distribution of RepresentativePrice.
func (s *Stats) Price() *Quantiles { return &s.metrics[metricPrice] }

// TierStep is the distribution of MinTierStep over tiered listings.
func (s *Stats) TierStep() *Quantiles { return &s.metrics[metricTierStep] }

// TierDiscount is the distribution of TierDiscount (last tier / first tier).
func (s *Stats) TierDiscount() *Quantiles { return &s.metrics[metricTierDiscount] }

// SKUSpread is the distribution of SKUSpread (max / min SKU price).
func (s *Stats) SKUSpread() *Quantiles { return &s.metrics[metricSKUSpread] }

// MOQ is the distribution of stated minimum order quantities.
func (s *Stats) MOQ() *Quantiles { return &s.metrics[metricMOQ] }

// MaxTierQty is the distribution of the last tier's minimum quantity.
func (s *Stats) MaxTierQty() *Quantiles { return &s.metrics[metricMaxTierQty] }

// ShipPerUnit is the distribution of quoted shipping fee per unit.
func (s *Stats) ShipPerUnit() *Quantiles { return &s.metrics[metricShipPerUnit] }

// ShipPerOrder is the distribution of quoted shipping fees per order
// (free shipping counts as 0).
func (s *Stats) ShipPerOrder() *Quantiles { return &s.metrics[metricShipPerOrder] }

// ShippingNorm estimates what shipping qty units normally costs in this
// category: the p-quantile of the fees quoted for similar quantities. Only
// half-decades with at least minQuotes quotes count, so one odd quote (or the
// judged listing itself) cannot set the norm. Between such half-decades the
// norm is interpolated on log-log axes; below the smallest it stays at that
// half-decade's fee and above the largest it grows in proportion to quantity.
// Both extrapolations overstate a fixed-plus-per-unit tariff, so they err
// towards calling a fee normal. quotes is the number of quotes behind the
// estimate; ok is false when no half-decade qualifies.
func (s *Stats) ShippingNorm(qty, p float64, minQuotes uint64) (fee float64, quotes uint64, ok bool) {
	return s.ShippingNormWithout(qty, p, minQuotes, nil)
}

// ShippingNormWithout is ShippingNorm with the judged listing's own quotes
// (own), which the reference holds when it was built from the same input,
// counted as one vote per half-decade: its cheapest quote there. Left in, a
// listing quoting express 1650 and LCL 1280 for 50 units in a half-decade of
// three other quotes sets its upper quantile itself and is judged against
// itself. Quotes the reference does not hold are ignored.
func (s *Stats) ShippingNormWithout(qty, p float64, minQuotes uint64, own []schemas.ShippingOption) (fee float64, quotes uint64, ok bool) {
	if s == nil || !(qty > 0) || math.IsInf(qty, 0) {
		return 0, 0, false
	}
	x := math.Log10(qty)
	// own's quotes by half-decade, worked out once: a logarithm each.
	var ownBucket [maxOwn]int32
	var ownFee [maxOwn]float64
	k := 0
	for _, o := range own {
		if k < maxOwn && o.Fee > 0 && o.ForQty > 0 && !math.IsInf(o.ForQty, 0) {
			ownBucket[k], ownFee[k] = shipBucket(o.ForQty), o.Fee
			k++
		}
	}
	// own's fees quoted in node c's half-decade that its sketch holds, less
	// the one vote the listing keeps there.
	ownIn := func(c *curveNode, buf *[maxOwn]float64) []float64 {
		fees := buf[:0]
		for i := range k {
			if ownBucket[i] == c.bucket && c.fee.holds(ownFee[i]) {
				fees = append(fees, ownFee[i])
			}
		}
		if len(fees) < 2 {
			return fees[:0]
		}
		// The listing keeps one vote, its cheapest quote: the others go.
		cheapest := 0
		for i, f := range fees {
			if f < fees[cheapest] {
				cheapest = i
			}
		}
		fees[cheapest] = fees[len(fees)-1]
		return fees[:len(fees)-1]
	}
	var buf [maxOwn]float64
	lo, hi := -1, -1
	for i := range s.curve {
		c := &s.curve[i]
		if c.n < minQuotes || c.n-uint64(len(ownIn(c, &buf))) < minQuotes {
			continue
		}
		if c.logQ <= x {
			lo = i
		} else if hi < 0 {
			hi = i
		}
	}
	nodeFee := func(i int) (float64, uint64) {
		c := &s.curve[i]
		fees := ownIn(c, &buf)
		if len(fees) == 0 {
			return c.fee.Quantile(p), c.n
		}
		return c.fee.QuantileWithout(p, fees)
	}
	switch {
	case lo < 0 && hi < 0:
		return 0, 0, false
	case lo < 0:
		f, n := nodeFee(hi)
		return f, n, true
	case hi < 0:
		f, n := nodeFee(lo)
		return f * math.Pow(10, x-s.curve[lo].logQ), n, true
	}
	a, b := &s.curve[lo], &s.curve[hi]
	fa, na := nodeFee(lo)
	fb, nb := nodeFee(hi)
	if fa <= 0 || fb <= 0 {
		return max(fa, fb), na + nb, true
	}
	t := (x - a.logQ) / (b.logQ - a.logQ)
	return math.Exp(math.Log(fa) + t*(math.Log(fb)-math.Log(fa))), na + nb, true
}

// encodeMagic starts an encoded Reference.
const encodeMagic = "HAILI-MARKET\x01"

// Limits on decoded input: an encoded reference is read from a file a user
// names, so sizes are checked before anything is allocated.
const (
	maxIDLen   = 1 << 10
	maxDataLen = 1 << 22
)

// Encode writes the reference in a compact binary form that Decode reads.
func (r *Reference) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(encodeMagic)
	var rows []Row
	if r != nil {
		rows = r.rows
	}
	var buf []byte
	buf = binary.AppendUvarint(buf[:0], uint64(len(rows)))
	bw.Write(buf)
	for _, row := range rows {
		buf = binary.AppendUvarint(buf[:0], uint64(len(row.CategoryID)))
		buf = append(buf, row.CategoryID...)
		buf = binary.AppendUvarint(buf, uint64(len(row.Unit)))
		buf = append(buf, row.Unit...)
		buf = binary.AppendUvarint(buf, row.Count)
		buf = binary.AppendUvarint(buf, uint64(len(row.Data)))
		bw.Write(buf)
		bw.Write(row.Data)
	}
	return bw.Flush()
}

// Decode reads a reference written by Encode. Input is untrusted: malformed
// or truncated data is an error.
func Decode(r io.Reader) (*Reference, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(encodeMagic))
	if _, err := io.ReadFull(br, magic); err != nil {
		return nil, fmt.Errorf("market: decode: %w", unexpected(err))
	}
	if string(magic) != encodeMagic {
		return nil, errors.New("market: decode: not an encoded market reference")
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("market: decode: %w", unexpected(err))
	}
	b := NewBuilder()
	for i := uint64(0); i < n; i++ {
		var row Row
		if row.CategoryID, err = readString(br, maxIDLen); err != nil {
			return nil, fmt.Errorf("market: decode row %d: %w", i, err)
		}
		if row.Unit, err = readString(br, maxIDLen); err != nil {
			return nil, fmt.Errorf("market: decode row %d: %w", i, err)
		}
		if row.Count, err = binary.ReadUvarint(br); err != nil {
			return nil, fmt.Errorf("market: decode row %d: %w", i, unexpected(err))
		}
		data, err := readString(br, maxDataLen)
		if err != nil {
			return nil, fmt.Errorf("market: decode row %d: %w", i, err)
		}
		row.Data = []byte(data)
		if _, dup := b.keys[key{row.CategoryID, row.Unit}]; dup {
			return nil, fmt.Errorf("market: decode row %d: duplicate key %s/%s", i, row.CategoryID, row.Unit)
		}
		if err := b.AddRow(row); err != nil {
			return nil, fmt.Errorf("market: decode: %w", err)
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("market: decode: trailing data")
	}
	return b.Snapshot(), nil
}

func readString(br *bufio.Reader, limit uint64) (string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return "", unexpected(err)
	}
	if n > limit {
		return "", fmt.Errorf("length %d over the %d-byte limit", n, limit)
	}
	// Copy as the bytes arrive rather than allocating the claimed length up
	// front: a truncated file claiming megabytes costs only what it holds.
	var buf bytes.Buffer
	if _, err := io.CopyN(&buf, br, int64(n)); err != nil {
		return "", unexpected(err)
	}
	return buf.String(), nil
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// summaryQuantiles are the quantiles MarshalJSON reports per metric.
var summaryQuantiles = []float64{0.05, 0.25, 0.5, 0.75, 0.95}

type jsonMetric struct {
	Count     uint64    `json:"count"`
	Quantiles []float64 `json:"quantiles,omitempty"` // at summaryQuantiles
}

type jsonShipNode struct {
	MeanQty float64 `json:"mean_qty"`
	Quotes  uint64  `json:"quotes"`
	Median  float64 `json:"median_fee"`
}

type jsonKey struct {
	CategoryID string                `json:"category_id"`
	Unit       string                `json:"unit"`
	Listings   uint64                `json:"listings"`
	Metrics    map[string]jsonMetric `json:"metrics"`
	Shipping   []jsonShipNode        `json:"shipping_curve"`
	Data       []byte                `json:"data"`
}

// MarshalJSON renders the reference for people: per key, the quantiles
// (5/25/50/75/95%) of every metric and the shipping curve, plus the exact
// sketch data (base64), so the file can be inspected and compared.
func (r *Reference) MarshalJSON() ([]byte, error) {
	out := struct {
		Quantiles []float64 `json:"quantile_levels"`
		Keys      []jsonKey `json:"keys"`
	}{Quantiles: summaryQuantiles, Keys: []jsonKey{}}
	if r != nil {
		for _, row := range r.rows {
			s := r.stats[key{row.CategoryID, row.Unit}]
			jk := jsonKey{CategoryID: row.CategoryID, Unit: row.Unit, Listings: s.Listings,
				Metrics: map[string]jsonMetric{}, Shipping: []jsonShipNode{}, Data: row.Data}
			for i, name := range metricNames {
				q := &s.metrics[i]
				m := jsonMetric{Count: q.Count()}
				if q.Count() > 0 {
					for _, p := range summaryQuantiles {
						m.Quantiles = append(m.Quantiles, round4(q.Quantile(p)))
					}
				}
				jk.Metrics[name] = m
			}
			for _, c := range s.curve {
				jk.Shipping = append(jk.Shipping, jsonShipNode{
					MeanQty: round4(math.Pow(10, c.logQ)), Quotes: c.n, Median: round4(c.fee.Quantile(0.5)),
				})
			}
			out.Keys = append(out.Keys, jk)
		}
	}
	return json.Marshal(out)
}

// round4 keeps four significant digits: the sketches are accurate to 1%.
func round4(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	mag := math.Pow(10, 3-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*mag) / mag
}
