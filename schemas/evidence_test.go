package schemas_test

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"reflect"
	"strings"
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

// TestFindingIDIsStable: ids are sha256(event_id NUL violation), the first
// 12 bytes in hex after "f-", for short ids and ids longer than any buffer.
func TestFindingIDIsStable(t *testing.T) {
	ref := func(eventID, violation string) string {
		h := sha256.New()
		h.Write([]byte(eventID))
		h.Write([]byte{0})
		h.Write([]byte(violation))
		return "f-" + hex.EncodeToString(h.Sum(nil)[:12])
	}
	if got, want := schemas.FindingID("ev-1", schemas.FalseMOQ), "f-"; got[:2] != want || len(got) != 26 {
		t.Fatalf("FindingID = %q", got)
	}
	for _, id := range []string{"", "ev-1", "de-25f26584a1c4e405", strings.Repeat("x", 159), strings.Repeat("日本", 300)} {
		for _, v := range []string{"", schemas.FalseMOQ, schemas.OffplatformContact} {
			if got, want := schemas.FindingID(id, v), ref(id, v); got != want {
				t.Errorf("schemas.FindingID(%q, %q) = %q, want %q", id, v, got, want)
			}
		}
	}
}
