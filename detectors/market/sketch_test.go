package market

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSketchQuantileWithinRelativeAccuracy(t *testing.T) {
	tests := []struct {
		name string
		gen  func(r *rand.Rand) float64
	}{
		{"uniform", func(r *rand.Rand) float64 { return 1 + 99*r.Float64() }},
		{"log-uniform over 8 decades", func(r *rand.Rand) float64 { return math.Pow(10, -3+8*r.Float64()) }},
		{"heavy tail", func(r *rand.Rand) float64 { return math.Exp(r.NormFloat64() * 3) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			var s sketch
			vals := make([]float64, 5000)
			for i := range vals {
				vals[i] = tt.gen(r)
				s.add(vals[i])
			}
			slices.Sort(vals)
			q := s.freeze()
			for _, p := range []float64{0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1} {
				want := vals[int(p*float64(len(vals)-1))]
				got := q.Quantile(p)
				if rel := math.Abs(got-want) / want; rel > relativeAccuracy+1e-9 {
					t.Errorf("q(%v) = %v, want %v within %v (off by %.4f)", p, got, want, relativeAccuracy, rel)
				}
			}
		})
	}
}

func TestSketchZerosAndEmpty(t *testing.T) {
	var s sketch
	q := s.freeze()
	if !math.IsNaN(q.Quantile(0.5)) || q.Count() != 0 {
		t.Fatalf("empty sketch: count %d, median %v", q.Count(), q.Quantile(0.5))
	}
	for _, v := range []float64{0, 0, 0, 5, math.NaN(), -1} {
		s.add(v)
	}
	q = s.freeze()
	if q.Count() != 4 {
		t.Fatalf("count = %d, want 4 (NaN and negatives ignored)", q.Count())
	}
	if got := q.Quantile(0.5); got != 0 {
		t.Errorf("median = %v, want 0", got)
	}
	if got := q.Quantile(1); math.Abs(got-5)/5 > relativeAccuracy {
		t.Errorf("max = %v, want ~5", got)
	}
}

func TestSketchClampsExtremes(t *testing.T) {
	var s sketch
	s.add(1e-300)
	s.add(1e300)
	if n := len(s.bins); n > int(maxIndex-minIndex+1) {
		t.Fatalf("%d bins, more than the clamped range allows", n)
	}
	q := s.freeze()
	if lo, hi := q.Quantile(0), q.Quantile(1); lo > minValue*1.02 || hi < maxValue*0.98 {
		t.Fatalf("extremes not clamped: %v %v", lo, hi)
	}
}

func TestSketchMergeEqualsObserveAll(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var all, a, b, c sketch
	for i := range 3000 {
		v := math.Exp(r.NormFloat64() * 2)
		if i%7 == 0 {
			v = 0
		}
		all.add(v)
		switch i % 3 {
		case 0:
			a.add(v)
		case 1:
			b.add(v)
		default:
			c.add(v)
		}
	}
	// Merge in two different orders: canonical bins make both identical.
	ab := a.clone()
	ab.merge(&b)
	ab.merge(&c)
	cb := c.clone()
	cb.merge(&b)
	cb.merge(&a)
	want := all.appendBinary(nil)
	for name, m := range map[string]*sketch{"a+b+c": &ab, "c+b+a": &cb} {
		if got := m.appendBinary(nil); !bytes.Equal(got, want) {
			t.Errorf("%s: merged sketch differs from observing everything", name)
		}
	}
}

func TestSketchRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var s sketch
	for range 500 {
		s.add(math.Exp(r.NormFloat64() * 4))
	}
	s.add(0)
	data := s.appendBinary(nil)
	br := &byteReader{b: data}
	got, err := br.readSketch()
	if err != nil {
		t.Fatal(err)
	}
	if br.remaining() != 0 {
		t.Fatalf("%d bytes left", br.remaining())
	}
	if !bytes.Equal(got.appendBinary(nil), data) || got.count != s.count || got.zeros != s.zeros {
		t.Fatal("round trip changed the sketch")
	}
}

func TestReadSketchRejectsCorruptData(t *testing.T) {
	var s sketch
	s.add(3)
	s.add(300)
	good := s.appendBinary(nil)
	tests := map[string][]byte{
		"empty":          {},
		"truncated":      good[:len(good)-1],
		"huge bin count": {0, 0xff, 0xff, 0xff, 0xff, 0x0f},
		"leading zero":   {0, 2, 0, 0, 1},
		"non-minimal":    {0x80, 0x00, 0},
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := (&byteReader{b: data}).readSketch(); err == nil {
				t.Fatal("corrupt data accepted")
			}
		})
	}
}
