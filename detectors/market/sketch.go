package market

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// relativeAccuracy bounds a quantile's error: the value returned for a rank is
// within ±1% of a value observed at that rank (DDSketch's guarantee). Market
// bands are judged in multiples (3x, 5x), so 1% costs nothing in decisions and
// keeps the bins few.
const relativeAccuracy = 0.01

// accuracyCode is relativeAccuracy in parts per million, written into every
// serialised row so that sketches of a different resolution are refused
// instead of being merged bin by bin into nonsense.
const accuracyCode = 10000

// Values are clamped to [minValue, maxValue] before indexing. Prices, fees,
// quantities and ratios of real listings sit well inside; clamping bounds the
// dense bin array (about 2,400 bins at worst) whatever an outlier says.
const (
	minValue = 1e-9
	maxValue = 1e12
)

var (
	gamma    = (1 + relativeAccuracy) / (1 - relativeAccuracy)
	logGamma = math.Log(gamma)
	minIndex = binIndex(minValue)
	maxIndex = binIndex(maxValue)
)

// binIndex is the log-bucket of a positive value: bucket i holds
// (gamma^(i-1), gamma^i].
func binIndex(v float64) int32 {
	return int32(math.Ceil(math.Log(v) / logGamma))
}

// binValue is the representative of bucket i, the point whose relative
// distance to both bucket edges is relativeAccuracy.
func binValue(i int32) float64 {
	if i >= minIndex && i <= maxIndex {
		return binValues[i-minIndex]
	}
	return computeBinValue(i)
}

func computeBinValue(i int32) float64 {
	return 2 * math.Pow(gamma, float64(i)) / (gamma + 1)
}

// binValues holds computeBinValue for every bucket a clamped value can
// fall in (about 2,400): a quantile lookup is then a table read, not a Pow.
var binValues = func() []float64 {
	t := make([]float64, maxIndex-minIndex+1)
	for i := range t {
		t[i] = computeBinValue(minIndex + int32(i))
	}
	return t
}()

// sketch is a mergeable quantile sketch of non-negative values with relative
// accuracy (a DDSketch with a dense store and a separate zero count). Its bin
// array is canonical: the first and last bins are non-zero, so two sketches
// holding the same multiset serialise to the same bytes whatever the order of
// additions and merges.
type sketch struct {
	zeros  uint64
	count  uint64 // zeros plus every bin
	offset int32  // bucket index of bins[0]
	bins   []uint64
}

// add records one value. Negative and NaN values are ignored: the decoder
// rejects them upstream, and one bad number must not poison a category.
func (s *sketch) add(v float64) { s.addPoint(pointOf(v)) }

// point is a value reduced to what a sketch records of it: its bucket, or
// zero, or nothing. Working it out (a logarithm) once lets one observation
// go into several sketches.
type point struct {
	kind uint8 // pointNone, pointZero or pointBin
	bin  int32
}

const (
	pointNone = iota
	pointZero
	pointBin
)

func pointOf(v float64) point {
	switch {
	case math.IsNaN(v) || v < 0:
		return point{}
	case v == 0:
		return point{kind: pointZero}
	case v < minValue:
		v = minValue
	case v > maxValue:
		v = maxValue
	}
	return point{kind: pointBin, bin: binIndex(v)}
}

func (s *sketch) addPoint(p point) {
	switch p.kind {
	case pointZero:
		s.zeros++
		s.count++
	case pointBin:
		s.grow(p.bin, p.bin)
		s.bins[p.bin-s.offset]++
		s.count++
	}
}

// grow extends the bin array to cover buckets lo..hi.
func (s *sketch) grow(lo, hi int32) {
	if len(s.bins) == 0 {
		s.offset = lo
		s.bins = make([]uint64, hi-lo+1)
		return
	}
	end := s.offset + int32(len(s.bins)) - 1
	if lo >= s.offset && hi <= end {
		return
	}
	newLo, newHi := min(lo, s.offset), max(hi, end)
	nb := make([]uint64, newHi-newLo+1)
	copy(nb[s.offset-newLo:], s.bins)
	s.offset, s.bins = newLo, nb
}

// merge adds every value of o to s.
func (s *sketch) merge(o *sketch) {
	if o.count == 0 {
		return
	}
	s.zeros += o.zeros
	s.count += o.count
	if len(o.bins) == 0 {
		return
	}
	s.grow(o.offset, o.offset+int32(len(o.bins))-1)
	base := o.offset - s.offset
	for i, c := range o.bins {
		s.bins[int32(i)+base] += c
	}
}

// clone returns a deep copy.
func (s *sketch) clone() sketch {
	c := *s
	c.bins = append([]uint64(nil), s.bins...)
	return c
}

// freeze returns the read-only quantile view.
func (s *sketch) freeze() Quantiles {
	q := Quantiles{zeros: s.zeros, count: s.count, offset: s.offset}
	if len(s.bins) > 0 {
		q.cum = make([]uint64, len(s.bins))
		run := s.zeros
		for i, c := range s.bins {
			run += c
			q.cum[i] = run
		}
	}
	q.mainBelow = q.mainClusterBelow()
	return q
}

// appendBinary appends the sketch's canonical encoding:
// uvarint zeros, uvarint len(bins), [varint offset, uvarint bins...].
func (s *sketch) appendBinary(b []byte) []byte {
	b = appendUvarint(b, s.zeros)
	b = appendUvarint(b, uint64(len(s.bins)))
	if len(s.bins) == 0 {
		return b
	}
	b = appendVarint(b, int64(s.offset))
	for _, c := range s.bins {
		b = appendUvarint(b, c)
	}
	return b
}

// errCorrupt reports undecodable row data.
var errCorrupt = errors.New("market: corrupt sketch data")

// readSketch decodes one sketch written by appendBinary, refusing anything a
// correct writer could not have produced (so that reloaded rows re-encode to
// the same bytes).
func (r *byteReader) readSketch() (sketch, error) {
	var s sketch
	zeros, err := r.uvarint()
	if err != nil {
		return s, err
	}
	n, err := r.uvarint()
	if err != nil {
		return s, err
	}
	if n > uint64(maxIndex-minIndex+1) {
		return s, fmt.Errorf("%w: %d bins", errCorrupt, n)
	}
	s.zeros, s.count = zeros, zeros
	if n == 0 {
		return s, nil
	}
	off, err := r.varint()
	if err != nil {
		return s, err
	}
	if off < int64(minIndex) || off+int64(n)-1 > int64(maxIndex) {
		return s, fmt.Errorf("%w: bins %d..%d out of range", errCorrupt, off, off+int64(n)-1)
	}
	// Each bin takes at least one byte, so a count larger than what is left
	// is corrupt; checking first keeps a hostile count from allocating.
	if n > uint64(r.remaining()) {
		return s, fmt.Errorf("%w: truncated bins", errCorrupt)
	}
	s.offset = int32(off)
	s.bins = make([]uint64, n)
	for i := range s.bins {
		c, err := r.uvarint()
		if err != nil {
			return s, err
		}
		var carry uint64
		s.count, carry = bits.Add64(s.count, c, 0)
		if carry != 0 {
			return s, fmt.Errorf("%w: count overflows", errCorrupt)
		}
		s.bins[i] = c
	}
	if s.bins[0] == 0 || s.bins[n-1] == 0 {
		return s, fmt.Errorf("%w: non-canonical bins", errCorrupt)
	}
	return s, nil
}

// Quantiles is a frozen, read-only sketch: safe for concurrent use.
type Quantiles struct {
	zeros  uint64
	count  uint64
	offset int32
	cum    []uint64 // cum[i]: values in the zero bucket and bins 0..i
	// mainBelow: values below the main cluster (MainQuantile), worked out
	// once per snapshot.
	mainBelow uint64
}

// Count is the number of values in the sketch.
func (q *Quantiles) Count() uint64 { return q.count }

// Quantile returns the value at quantile p (0..1), within the sketch's
// relative accuracy; NaN when the sketch is empty.
func (q *Quantiles) Quantile(p float64) float64 {
	if q.count == 0 || math.IsNaN(p) {
		return math.NaN()
	}
	p = min(max(p, 0), 1)
	// The value of rank floor(p*(n-1)) (0-based), the "lower" quantile.
	return q.atRank(uint64(p * float64(q.count-1)))
}

// MainQuantile is Quantile over the main cluster only: the values from the
// first gap of ClusterGap (a factor with no value at all) below the median
// upwards. A minority of bait prices far below a category's real ones forms
// such a separate cluster; left in, it drags the low quantiles down to its
// own level and the band then passes the very baits it should judge. A
// category of real prices has no such gap, and MainQuantile equals Quantile.
func (q *Quantiles) MainQuantile(p float64) float64 {
	n := q.count - q.mainBelow
	if n == 0 || math.IsNaN(p) {
		return math.NaN()
	}
	p = min(max(p, 0), 1)
	return q.atRank(q.mainBelow + uint64(p*float64(n-1)))
}

// MainBelow is the number of values below the main cluster.
func (q *Quantiles) MainBelow() uint64 { return q.mainBelow }

// ClusterGap is the factor between two neighbouring values that separates a
// cluster below the median from the main one (see MainQuantile). Real prices
// of a category, even over a thousandfold range, fill their range densely
// enough that twelve or more of them leave no fourfold hole.
const ClusterGap = 4.0

// gapBins is ClusterGap in sketch bins.
var gapBins = int(math.Ceil(math.Log(ClusterGap) / logGamma))

// mainClusterBelow counts the values below the first gap of gapBins empty
// bins under the median bin; 0 when there is none.
func (q *Quantiles) mainClusterBelow() uint64 {
	if q.count == 0 || len(q.cum) == 0 {
		return 0
	}
	m := q.binOfRank((q.count - 1) / 2)
	if m < 0 {
		return 0 // the median is a zero
	}
	empty := 0
	for i := m - 1; i >= 0; i-- {
		prev := q.zeros
		if i > 0 {
			prev = q.cum[i-1]
		}
		if q.cum[i] == prev {
			empty++
			continue
		}
		if empty >= gapBins {
			// Bins 0..i (and the zeros) are the lower cluster.
			return q.cum[i]
		}
		empty = 0
	}
	return 0
}

// maxOwn bounds the values QuantileWithout takes out.
const maxOwn = 8

// QuantileWithout is Quantile over the values left when own are taken out:
// values known to be in the sketch, such as the quotes of the listing being
// judged, which must not set the norm it is judged against. An own value
// whose bin holds no value is not in the sketch and is ignored; beyond
// maxOwn values the rest are kept. n is the number of values left.
func (q *Quantiles) QuantileWithout(p float64, own []float64) (v float64, n uint64) {
	var bins [maxOwn]int32
	k := 0
	for _, o := range own {
		pt := pointOf(o)
		if k == maxOwn || pt.kind != pointBin || q.binCount(pt.bin) <= uint64(countBin(bins[:k], pt.bin)) {
			continue
		}
		bins[k] = pt.bin
		k++
	}
	n = q.count - uint64(k)
	if n == 0 || math.IsNaN(p) {
		return math.NaN(), 0
	}
	p = min(max(p, 0), 1)
	rank := uint64(p * float64(n-1))
	// The rank among all values whose value is the rank-th of the rest: the
	// own values at or below it shift it up, and shifting may pass more.
	at := rank
	for {
		b := int32(-1 << 30)
		if i := q.binOfRank(at); i >= 0 {
			b = q.offset + int32(i)
		}
		c := uint64(0)
		for _, ob := range bins[:k] {
			if ob <= b {
				c++
			}
		}
		if rank+c == at {
			return q.atRank(at), n
		}
		at = rank + c
	}
}

func countBin(bins []int32, b int32) int {
	n := 0
	for _, x := range bins {
		if x == b {
			n++
		}
	}
	return n
}

// holds reports a value in v's bin.
func (q *Quantiles) holds(v float64) bool {
	pt := pointOf(v)
	return pt.kind == pointBin && q.binCount(pt.bin) > 0
}

// binCount is the number of values in bin b.
func (q *Quantiles) binCount(b int32) uint64 {
	i := int(b - q.offset)
	switch {
	case i < 0 || i >= len(q.cum):
		return 0
	case i == 0:
		return q.cum[0] - q.zeros
	}
	return q.cum[i] - q.cum[i-1]
}

// binOfRank is the bin holding the value of rank, or -1 for a zero.
func (q *Quantiles) binOfRank(rank uint64) int {
	if rank < q.zeros {
		return -1
	}
	i, j := 0, len(q.cum)
	for i < j {
		h := int(uint(i+j) >> 1)
		if q.cum[h] > rank {
			j = h
		} else {
			i = h + 1
		}
	}
	if i == len(q.cum) {
		i = len(q.cum) - 1
	}
	return i
}

func (q *Quantiles) atRank(rank uint64) float64 {
	if rank < q.zeros {
		return 0
	}
	// The first bin whose running count passes rank (sort.Search, inlined:
	// this runs several times per listing judged).
	i, j := 0, len(q.cum)
	for i < j {
		h := int(uint(i+j) >> 1)
		if q.cum[h] > rank {
			j = h
		} else {
			i = h + 1
		}
	}
	if i == len(q.cum) {
		i = len(q.cum) - 1
	}
	return binValue(q.offset + int32(i))
}
