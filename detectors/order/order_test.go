package order_test

import (
	"math"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/order"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

func TestShippingOvercharge(t *testing.T) {
	d := order.NewShippingOvercharge(&policy.Default().Order)
	tests := []struct {
		name            string
		quoted, charged float64
		want            bool
	}{
		{"seed-style: 410 charged against a 35 express quote", 35, 410, true},
		{"double the quoted sea freight", 1199.16, 2398.32, true},
		{"10% above the quote", 43.01, 47.31, true},
		{"flat surcharge", 408.71, 443.71, true},
		{"free shipping quoted, 48 charged", 0, 48, true},
		{"charged exactly the quote", 222.68, 222.68, false},
		{"charged less than quoted", 110.2, 88.16, false},
		{"free shipping honoured", 0, 0, false},
		{"+0.03 rounding", 28.10, 28.13, false},
		{"+0.40 currency rounding on a large quote", 1382.42, 1382.82, false},
		{"+0.02 rounding", 59.76, 59.78, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := &schemas.Order{OrderID: "O-1", ListingID: "L-1", Quantity: 100, Currency: "USD",
				QuotedShippingFee: tt.quoted, ChargedShippingFee: tt.charged}
			got := d.DetectOrder(o, nil)
			if (len(got) == 1) != tt.want || len(got) > 1 {
				t.Fatalf("got %d findings, want finding=%v", len(got), tt.want)
			}
			if !tt.want {
				return
			}
			f := got[0]
			if f.Violation != schemas.ShippingOvercharge || f.Rule == "" || f.DetectorVersion != order.Version ||
				f.Explanation == "" || f.ExplanationZH == "" || f.Evidence["charged_shipping_fee"] != tt.charged {
				t.Fatalf("incomplete finding %+v", f)
			}
			if !(f.Confidence >= 0.6 && f.Confidence <= 0.99) {
				t.Errorf("confidence %v", f.Confidence)
			}
			t.Logf("%.3f %s | %s", f.Confidence, f.Explanation, f.ExplanationZH)
		})
	}
}

func TestConfidenceGrowsWithOvercharge(t *testing.T) {
	d := order.NewShippingOvercharge(&policy.Default().Order)
	conf := func(charged float64) float64 {
		return d.DetectOrder(&schemas.Order{QuotedShippingFee: 100, ChargedShippingFee: charged}, nil)[0].Confidence
	}
	if !(conf(101) < conf(110) && conf(110) < conf(1000)) {
		t.Fatalf("confidence not increasing: %v %v %v", conf(101), conf(110), conf(1000))
	}
}

func TestConfigValidate(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	var empty order.Config
	if err := empty.Validate(); err != nil {
		t.Fatalf("an omitted section should be valid (detector disabled): %v", err)
	}
	if got := order.NewShippingOvercharge(&empty).DetectOrder(&schemas.Order{ChargedShippingFee: 1e6}, nil); len(got) > 0 {
		t.Fatal("unconfigured detector fired")
	}
	partial := order.Config{ShippingOvercharge: order.ShippingOverchargeConfig{ToleranceAbs: f(0.5), ToleranceRel: f(2)}}
	err := partial.Validate()
	if err == nil || !strings.Contains(err.Error(), "tolerance_rel") || !strings.Contains(err.Error(), "confidence_max is missing") {
		t.Fatalf("Validate() = %v, want it to name tolerance_rel and confidence_max", err)
	}
}

// TestJunkFeesGiveFiniteFindings: whatever finite fees an order carries, a
// finding it makes encodes (no NaN or ±Inf figure reaches the encoder).
func TestJunkFeesGiveFiniteFindings(t *testing.T) {
	d := order.NewShippingOvercharge(&policy.Default().Order)
	junk := []float64{0, 5e-324, 1e-310, 1e-6, 1, 35, 1e15, 1e300, math.MaxFloat64, -1, -1e-310, -1e300, -math.MaxFloat64}
	found := 0
	for _, q := range junk {
		for _, c := range junk {
			o := &schemas.Order{OrderID: "O-1", ListingID: "L-1", Currency: "USD", Quantity: 1, QuotedShippingFee: q, ChargedShippingFee: c}
			for _, f := range d.DetectOrder(o, nil) {
				found++
				ev, err := schemas.AppendJSONValue(nil, f.Evidence)
				if err != nil {
					t.Fatalf("quoted %v charged %v: %v (%v)", q, c, err, f.Evidence)
				}
				if _, err := schemas.AppendFinding(nil, &f, ev); err != nil {
					t.Fatalf("quoted %v charged %v: %v", q, c, err)
				}
			}
		}
	}
	t.Logf("%d findings on junk fees, all finite", found)
}
