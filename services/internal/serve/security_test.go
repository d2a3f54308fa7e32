package serve

import (
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
)

// TestMerchantTextUnmaskedExceptContacts: a merchant reads every notice,
// finding and evidence field exactly as stored, except the contact values
// the detector found (issue 14: deadlines, ids and amounts were masked).
func TestMerchantTextUnmaskedExceptContacts(t *testing.T) {
	deadline := "Deadline 2026-12-04 14:21 UTC"
	stored := []string{
		deadline,
		"整改期限：2026-12-04 14:21 UTC",
		"notice n-9df8eac5912345eb91f04e4",
		"fee = 2200000.50 USD, MOQ 15000 pcs, order 8000123456",
		"Sent 2026-12-04 09:25 UTC; call +86 138 0013 8000",
		"add me wechat: other123 or mail seller@example.com",
	}
	ev := map[string]any{
		"excerpt": "call +86 138 0013 8000, wechat other123",
		"spans": []any{
			map[string]any{"kind": "phone", "value": "+86 138 0013 8000", "start": 5, "end": 22},
			map[string]any{"kind": "handle", "value": "other123"},
			map[string]any{"kind": "email", "value": "seller@example.com"},
			map[string]any{"kind": "phone", "value": "13****00"}, // already masked by the detector
		},
		"tier_price": 13.5, "order_id": "O-2026120412345", "listed_at": "2026-11-30T10:00:00Z",
	}
	contacts := []string{"+86 138 0013 8000", "other123", "seller@example.com"}
	unmask := func(s string) string {
		for _, c := range contacts {
			s = strings.ReplaceAll(s, maskValue(c), c)
		}
		return s
	}
	f := schemas.Finding{FindingID: "f-1", Evidence: ev, Explanation: stored[4], ExplanationZH: stored[1]}
	fs := []schemas.Finding{f}
	vs := []ladder.Violation{{Finding: f}}
	m := maskFor(fs, vs)
	m.findings(fs)
	m.violations(vs)
	var ns []NoticeView
	for _, s := range stored {
		ns = append(ns, NoticeView{TextEN: s, TextZH: s, Deadline: time.Now()})
	}
	m.notices(ns)

	var shown, want []string
	for i, n := range ns {
		shown = append(shown, n.TextEN, n.TextZH)
		want = append(want, stored[i], stored[i])
	}
	shown = append(shown, fs[0].Explanation, fs[0].ExplanationZH, vs[0].Explanation, fs[0].Evidence["excerpt"].(string))
	want = append(want, stored[4], stored[1], stored[4], ev["excerpt"].(string))
	for i := range shown {
		if unmask(shown[i]) != want[i] {
			t.Errorf("shown %q, stored %q: differs beyond the contact values", shown[i], want[i])
		}
		for _, c := range contacts {
			if strings.Contains(shown[i], c) {
				t.Errorf("contact value %q shown to the merchant: %q", c, shown[i])
			}
		}
	}
	if ns[0].TextEN != deadline {
		t.Errorf("deadline masked: %q", ns[0].TextEN)
	}
	if fs[0].Evidence["order_id"] != "O-2026120412345" || fs[0].Evidence["listed_at"] != "2026-11-30T10:00:00Z" ||
		fs[0].Evidence["tier_price"] != 13.5 {
		t.Errorf("evidence ids, dates or prices changed: %v", fs[0].Evidence)
	}
	spans := fs[0].Evidence["spans"].([]any)
	if v := spans[3].(map[string]any)["value"]; v != "13****00" {
		t.Errorf("a value the detector masked was masked again: %v", v)
	}
}
