package detectors

import (
	"testing"
	"time"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

func TestVerifiedComplaintsBecomeFindings(t *testing.T) {
	e, err := New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 4, 22, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name               string
		claim              string
		verified           bool
		subject, subjectID string
		wantFinding        bool
	}{
		{"listing code on its listing", schemas.FalseMOQ, true, schemas.SubjectListing, "L-1", true},
		{"message code on the merchant", schemas.OffplatformContact, true, schemas.SubjectMerchant, "M-1", true},
		{"order code on the merchant", schemas.ShippingOvercharge, true, schemas.SubjectMerchant, "M-1", true},
		{"unverified is no finding", schemas.FalseMOQ, false, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &schemas.Complaint{Schema: schemas.SchemaComplaint, EventID: "e-c", ComplaintID: "CP-1", MerchantID: "M-1",
				ListingID: "L-1", BuyerID: "B-1", Stage: schemas.StagePrePayment, Claim: tt.claim, Verified: tt.verified, ReviewedAt: at}
			res, err := e.Detect(c, Context{})
			if err != nil {
				t.Fatal(err)
			}
			if !tt.wantFinding {
				if len(res.Findings) != 0 {
					t.Fatalf("unverified complaint produced %+v", res.Findings)
				}
				return
			}
			if len(res.Findings) != 1 {
				t.Fatalf("got %d findings, want 1", len(res.Findings))
			}
			f := res.Findings[0]
			if f.Violation != tt.claim || f.Subject != tt.subject || f.SubjectID != tt.subjectID || f.Confidence != 1 ||
				f.FindingID != schemas.FindingID("e-c", tt.claim) || f.PolicyVersion != e.Policy().ID() || f.Evidence["complaint_id"] != "CP-1" {
				t.Fatalf("finding = %+v", f)
			}
		})
	}
}

func TestFinishKeepsOneFindingPerCode(t *testing.T) {
	e, err := New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	in := []schemas.Finding{
		{Violation: schemas.FakePriceTier, Rule: "a", Confidence: 0.7},
		{Violation: schemas.FakePriceTier, Rule: "b", Confidence: 0.9},
		{Violation: schemas.AbusedSKU, Rule: "c", Confidence: 0.8},
	}
	out := e.finish(in, "e-1", schemas.SubjectListing, "L-1", 2, "M-1", time.Time{})
	if len(out) != 2 || out[0].Rule != "b" || out[1].Violation != schemas.AbusedSKU {
		t.Fatalf("finish = %+v, want the 0.9 fake_price_tier and the abused_sku", out)
	}
	if out[0].FindingID == out[1].FindingID || out[0].Evidence == nil {
		t.Fatalf("ids must differ per code and evidence must be an object: %+v", out)
	}
}
