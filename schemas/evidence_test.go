package schemas_test

import (
	"math"
	"reflect"
	"testing"

	"github.com/haili/haili/schemas"
)

func TestFiniteEvidence(t *testing.T) {
	tests := []struct {
		name string
		in   map[string]any
		want map[string]any
	}{
		{"finite figures stay", map[string]any{"ratio": 0.5, "n": 3, "s": "x"}, map[string]any{"ratio": 0.5, "n": 3, "s": "x"}},
		{"overflow to the largest finite", map[string]any{"up": math.Inf(1), "down": math.Inf(-1)}, map[string]any{"up": math.MaxFloat64, "down": -math.MaxFloat64}},
		{"undefined left out", map[string]any{"ratio": math.NaN(), "price": 1e-310}, map[string]any{"price": 1e-310}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			schemas.FiniteEvidence(tt.in)
			if !reflect.DeepEqual(tt.in, tt.want) {
				t.Errorf("got %v, want %v", tt.in, tt.want)
			}
		})
	}
}
