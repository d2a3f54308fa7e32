package schemas

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"time"
)

// Violation codes (spec/events.md). Never renamed.
const (
	FakePriceTier         = "fake_price_tier"
	OffMarketPrice        = "off_market_price"
	InflatedShipping      = "inflated_shipping"
	AbusedSKU             = "abused_sku"
	FalseMOQ              = "false_moq"
	ShippingOvercharge    = "shipping_overcharge"
	OffplatformContact    = "offplatform_contact"
	TradeAssuranceRefusal = "trade_assurance_refusal"
)

// ViolationCodes lists every code in the contract's order.
var ViolationCodes = []string{
	FakePriceTier, OffMarketPrice, InflatedShipping, AbusedSKU, FalseMOQ,
	ShippingOvercharge, OffplatformContact, TradeAssuranceRefusal,
}

// ListingCodes are the codes found on listing.v1 events.
var ListingCodes = []string{FakePriceTier, OffMarketPrice, InflatedShipping, AbusedSKU, FalseMOQ}

// IsViolationCode reports whether code is one of the contract's violation codes.
func IsViolationCode(code string) bool {
	for _, c := range ViolationCodes {
		if c == code {
			return true
		}
	}
	return false
}

// Finding subjects.
const (
	SubjectListing = "listing"
	SubjectMessage = "message"
	SubjectOrder   = "order"
	// SubjectMerchant is the subject of a finding or action that concerns a
	// merchant as a whole: a verified complaint whose claim is about messages
	// or orders (it names no message or order), and store-level actions. It
	// extends the contract's listing/message/order subjects.
	SubjectMerchant = "merchant"
)

// Rules that more than one module acts on.
const (
	// RuleVerifiedComplaint is the rule of findings made from verified buyer
	// complaints (detectors.Engine); the ladder delists on it at once.
	RuleVerifiedComplaint = "verified_complaint"
	// RuleReviewConfirmed is the rule of the finding a reviewer's
	// confirmation sends: it confirms the finding named in its evidence
	// ("confirmed_finding_id"), so a pending product is delisted at once,
	// like a verified complaint.
	RuleReviewConfirmed = "review_confirmed"
)

// Finding is one violation found on one event (spec/events.md, "Findings").
type Finding struct {
	FindingID       string         `json:"finding_id"`
	EventID         string         `json:"event_id"`
	Subject         string         `json:"subject"`
	SubjectID       string         `json:"subject_id"`
	SubjectVersion  int64          `json:"subject_version"`
	MerchantID      string         `json:"merchant_id"`
	Violation       string         `json:"violation"`
	Rule            string         `json:"rule"`
	Confidence      float64        `json:"confidence"`
	Evidence        map[string]any `json:"evidence"`
	Explanation     string         `json:"explanation"`
	ExplanationZH   string         `json:"explanation_zh,omitempty"`
	DetectorVersion string         `json:"detector_version"`
	PolicyVersion   string         `json:"policy_version"`
	DetectedAt      time.Time      `json:"detected_at"`
	// EventTime is the source event's own time; it keeps storage partitioning
	// deterministic across replays. Optional on the wire.
	EventTime time.Time `json:"event_time,omitzero"`
}

// FindingID is the deterministic id of the finding of violation on the event
// eventID: the same event seen twice gives the same id, so replays collapse.
func FindingID(eventID, violation string) string {
	// sha256(eventID NUL violation), hashed from the stack and written out
	// in one allocation (ids are made for every finding).
	var in [160]byte
	sum := sha256.Sum256(append(append(append(in[:0], eventID...), 0), violation...))
	var out [2 + 2*12]byte
	out[0], out[1] = 'f', '-'
	hex.Encode(out[2:], sum[:12])
	return string(out[:])
}

// ListingCheck records that one listing version was checked, and how many
// findings of each code it produced; enforcement tells a fixed listing (a newer
// version with no findings) from an unchanged one by it.
type ListingCheck struct {
	EventID         string         `json:"event_id"`
	ListingID       string         `json:"listing_id"`
	Version         int64          `json:"version"`
	MerchantID      string         `json:"merchant_id"`
	Deleted         bool           `json:"deleted,omitempty"`
	Counts          map[string]int `json:"counts"`
	PolicyVersion   string         `json:"policy_version"`
	DetectorVersion string         `json:"detector_version"`
	UpdatedAt       time.Time      `json:"updated_at"`
	CheckedAt       time.Time      `json:"checked_at"`
}

// Clean reports whether the check found nothing.
func (c *ListingCheck) Clean() bool {
	for _, n := range c.Counts {
		if n > 0 {
			return false
		}
	}
	return true
}

// FiniteEvidence keeps every figure of a finding's evidence encodable: junk
// inputs (a price of 1e-310, a fee of 1e308) can overflow a ratio or a
// difference to ±Inf or make it NaN, and JSON has neither. An overflow is
// reported as the largest finite value of its sign and an undefined figure is
// left out; the inputs themselves (finite, as decoded) stay as they are.
func FiniteEvidence(ev map[string]any) {
	for k, x := range ev {
		f, ok := x.(float64)
		switch {
		case !ok:
		case math.IsNaN(f):
			delete(ev, k)
		case math.IsInf(f, 1):
			ev[k] = math.MaxFloat64
		case math.IsInf(f, -1):
			ev[k] = -math.MaxFloat64
		}
	}
}
