package message

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestFmtG checks fmtG against fmt's %g, which the explanations used.
func TestFmtG(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	vals := []float64{0, 1, 0.5, 12.5, 100, 1e6, 1e21, 1e-7, 123456789, 3.14159, 0.1 + 0.2, math.MaxFloat64}
	for range 100000 {
		vals = append(vals, math.Round(r.Float64()*1e6)/100, r.ExpFloat64()*1e3, float64(r.IntN(1e9)))
	}
	for _, v := range vals {
		if got, want := fmtG(v), fmt.Sprintf("%g", v); got != want {
			t.Fatalf("fmtG(%v) = %q, want %q", v, got, want)
		}
	}
}
