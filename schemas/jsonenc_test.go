package schemas

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"
)

// sameAsEncodingJSON fails unless got (from an appender) is what
// encoding/json writes for v, or both fail.
func sameAsEncodingJSON(t *testing.T, v any, got []byte, gotErr error) {
	t.Helper()
	want, wantErr := json.Marshal(v)
	if (gotErr != nil) != (wantErr != nil) {
		t.Fatalf("error mismatch: appender %v, encoding/json %v", gotErr, wantErr)
	}
	if wantErr == nil && !bytes.Equal(got, want) {
		t.Fatalf("appender and encoding/json differ:\n got  %s\n want %s", got, want)
	}
}

func TestAppendersMatchEncodingJSON(t *testing.T) {
	at := time.Date(2026, 5, 1, 10, 30, 0, 123000000, time.UTC)
	odd := "<b>\"quoted\" & \\slashed\\</b>\n\t\r\b\f\x00\x1f\x7f \u2028\u2029 invalid:\xff\xfe 中文 😀"
	findings := []Finding{
		{},
		{
			FindingID: "f-1", EventID: "e-1", Subject: SubjectListing, SubjectID: "L1", SubjectVersion: 3, MerchantID: "m1",
			Violation: FakePriceTier, Rule: "tier_drop", Confidence: 0.93,
			Evidence: map[string]any{
				"ratio": 0.0123, "tiny": 1e-7, "huge": 1e21, "neg": -2.5, "zero": 0.0, "int": 7, "int64": int64(-9),
				"flag": true, "name": odd, "none": nil, "list": []any{1.5, "x", map[string]any{"b": 1, "a": 2}},
				"strings": []string{"a", "<b>"}, "floats": []float64{1, 2.25}, "nil_strings": []string(nil),
				"tiers": []PriceTier{{MinQty: 1, UnitPrice: 2}}, "empty": map[string]any{},
			},
			Explanation: odd, ExplanationZH: "阶梯价", DetectorVersion: "listing/1.0.0", PolicyVersion: "2026.11.2+abc",
			DetectedAt: at, EventTime: at.Add(-time.Hour),
		},
		{FindingID: "f-2", Evidence: map[string]any{}, Confidence: 1, DetectedAt: at},
		{FindingID: "f-3", Evidence: map[string]any{"nan": math.NaN()}, DetectedAt: at},
		{FindingID: "f-4", Confidence: math.Inf(1), DetectedAt: at},
		{FindingID: "f-5", DetectedAt: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)},
		{FindingID: "f-6", DetectedAt: at.In(time.FixedZone("x", 8*3600))},
	}
	for _, f := range findings {
		got, err := AppendFinding(nil, &f, nil)
		sameAsEncodingJSON(t, &f, got, err)
	}
	checks := []ListingCheck{
		{},
		{EventID: "e", ListingID: "L<1>", Version: 4, MerchantID: "m", Deleted: true, Counts: map[string]int{"z": 1, "a": 0, "m": -1},
			PolicyVersion: "p", DetectorVersion: "d", UpdatedAt: at, CheckedAt: at.Add(time.Second)},
		{ListingID: "L2", Counts: map[string]int{}, UpdatedAt: at, CheckedAt: at},
	}
	for _, c := range checks {
		got, err := AppendListingCheck(nil, &c)
		sameAsEncodingJSON(t, &c, got, err)
	}
}

// FuzzAppendFinding feeds arbitrary strings and numbers through the
// appenders and encoding/json alike.
func FuzzAppendFinding(f *testing.F) {
	f.Add("f-1", "<a&b>\u2028", "\xff", 0.5, int64(3), 1e-7)
	f.Add("", "", "中文", -0.0, int64(-1), 1e21)
	f.Fuzz(func(t *testing.T, s1, s2, s3 string, x float64, n int64, y float64) {
		fd := Finding{
			FindingID: s1, EventID: s2, Rule: s3, SubjectVersion: n, Confidence: x, ExplanationZH: s2,
			Evidence:   map[string]any{s1: y, s3: []any{s2, x, n, map[string]any{s2: s3}}},
			DetectedAt: time.Unix(n%(1<<40), 0).UTC(),
		}
		got, err := AppendFinding(nil, &fd, nil)
		sameAsEncodingJSON(t, &fd, got, err)
		c := ListingCheck{ListingID: s1, Counts: map[string]int{s2: int(n), s3: 1}, Deleted: n%2 == 0, UpdatedAt: fd.DetectedAt}
		gotC, err := AppendListingCheck(nil, &c)
		sameAsEncodingJSON(t, &c, gotC, err)
	})
}

func BenchmarkAppendFinding(b *testing.B) {
	f := Finding{FindingID: "f-1", EventID: "e", Subject: SubjectListing, Evidence: map[string]any{"ratio": 0.25, "moq": 10.0, "unit": "pieces"},
		Explanation: "The MOQ text contradicts the structured MOQ.", ExplanationZH: "起订量描述与结构化起订量矛盾。", DetectedAt: time.Unix(1, 0).UTC()}
	b.Run("append", func(b *testing.B) {
		var buf []byte
		for range b.N {
			buf, _ = AppendFinding(buf[:0], &f, nil)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for range b.N {
			_, _ = json.Marshal(&f)
		}
	})
}
