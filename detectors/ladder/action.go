package ladder

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/haili/haili/schemas"
)

// Action codes (spec/penalties.md). Never renamed.
const (
	Warning               = "warning"
	DeductPoints          = "deduct_points"
	PendingRectification  = "pending_rectification"
	Rectified             = "rectified"
	DelistZeroScore       = "delist_zero_score"
	DeleteProduct         = "delete_product"
	DemoteStore           = "demote_store"
	BlockStore            = "block_store"
	SuspendTradeAssurance = "suspend_trade_assurance"
	ReferAccountReview    = "refer_account_review"
	Reverse               = "reverse"
)

// Codes lists every action code in the spec's order.
var Codes = []string{
	Warning, DeductPoints, PendingRectification, Rectified, DelistZeroScore, DeleteProduct,
	DemoteStore, BlockStore, SuspendTradeAssurance, ReferAccountReview, Reverse,
}

// Families of violation codes; each has its own ladder.
const (
	FamilyFalseInfo      = "false_product_info"
	FamilyOffplatform    = "offplatform_contact"
	FamilyTradeAssurance = "trade_assurance_refusal"
)

// Families in the order the monthly list prints them.
var Families = []string{FamilyFalseInfo, FamilyOffplatform, FamilyTradeAssurance}

// FamilyOf returns the family of a violation code, or "" for an unknown code.
func FamilyOf(code string) string {
	switch code {
	case schemas.FakePriceTier, schemas.OffMarketPrice, schemas.InflatedShipping, schemas.AbusedSKU,
		schemas.FalseMOQ, schemas.ShippingOvercharge:
		return FamilyFalseInfo
	case schemas.OffplatformContact:
		return FamilyOffplatform
	case schemas.TradeAssuranceRefusal:
		return FamilyTradeAssurance
	}
	return ""
}

// Why an action was taken; notices explain it to the merchant.
const (
	ReasonMonitoring        = "monitoring"         // found by the platform's own monitoring
	ReasonVerifiedComplaint = "verified_complaint" // a buyer complaint, verified
	ReasonConfidence        = "confidence"         // a finding above the confidence bar
	ReasonReviewConfirmed   = "review_confirmed"   // a reviewer confirmed a finding below the bar
	ReasonRepeat            = "repeat"             // the product violated again within the window
	ReasonDeadline          = "deadline_passed"    // not rectified within the period
	ReasonCleanVersion      = "clean_version"      // a newer version with no findings
	ReasonAccumulated       = "accumulated"        // violating products of the store past a bar
	ReasonEscalation        = "escalation"         // instances of the merchant past a bar
	ReasonLadder            = "ladder"             // one instance, one step
	ReasonWithdrawn         = "withdrawn"          // the finding was withdrawn
	ReasonAppealUpheld      = "appeal_upheld"      // the merchant's appeal was upheld
)

// ConfirmationOf is the finding that records a reviewer's confirmation of f.
// Its id derives from f's, so confirming twice changes nothing. Only false
// product information is confirmed this way: a message finding is an instance
// of its ladder already, and a second finding would count it twice.
func ConfirmationOf(f schemas.Finding, reviewer string, at time.Time) (schemas.Finding, bool) {
	if FamilyOf(f.Violation) != FamilyFalseInfo {
		return schemas.Finding{}, false
	}
	c := f
	c.FindingID = schemas.FindingID(f.FindingID, schemas.RuleReviewConfirmed+":"+f.Violation)
	c.Rule = schemas.RuleReviewConfirmed
	c.Confidence = 1
	c.Evidence = map[string]any{"confirmed_finding_id": f.FindingID, "reviewer": reviewer, "confirmed_rule": f.Rule, "confirmed_confidence": f.Confidence}
	c.Explanation = fmt.Sprintf("Reviewer %s confirmed finding %s (%s): %s", reviewer, f.FindingID, f.Rule, f.Explanation)
	c.ExplanationZH = fmt.Sprintf("审核员 %s 确认了违规 %s（%s）。%s", reviewer, f.FindingID, f.Rule, f.ExplanationZH)
	c.DetectedAt = schemas.Stamp(at)
	return c, true
}

// Action is one enforcement decision. Its id is derived from what decided it,
// so replaying the same inputs yields the same ids.
type Action struct {
	ActionID   string `json:"action_id"`
	Code       string `json:"code"`
	MerchantID string `json:"merchant_id"`
	// Subject is listing for product actions (the product is the listing even
	// when the finding was on an order), the finding's subject for ladder
	// steps, and merchant for store-level actions.
	Subject    string   `json:"subject"`
	SubjectID  string   `json:"subject_id"`
	Violation  string   `json:"violation"`
	Step       int      `json:"step"`
	FindingIDs []string `json:"finding_ids"`
	// PolicyVersion is the policy that decided the action.
	PolicyVersion string    `json:"policy_version"`
	DecidedAt     time.Time `json:"decided_at"`
	Family        string    `json:"family"`
	Reason        string    `json:"reason,omitempty"`
	// SubjectVersion is the listing version a product action is about (for
	// rectified: the clean version).
	SubjectVersion int64     `json:"subject_version,omitempty"`
	Points         int       `json:"points,omitempty"`
	Deadline       time.Time `json:"deadline,omitzero"`
	Until          time.Time `json:"until,omitzero"`
	Reverses       []string  `json:"reverses,omitempty"`
}

// StoreLevel reports whether the action concerns the whole store (an
// accumulation or escalation) rather than one product or instance.
func (a Action) StoreLevel() bool {
	return a.Subject == schemas.SubjectMerchant && (a.Reason == ReasonAccumulated || a.Reason == ReasonEscalation)
}

// ActionID is the deterministic id of an action: a hash of the merchant, the
// family, the subject, the step, the code and the finding ids (sorted).
func ActionID(merchantID, family, subjectID string, step int, code string, findingIDs []string) string {
	ids := slices.Clone(findingIDs)
	slices.Sort(ids)
	h := sha256.New()
	for _, s := range append([]string{merchantID, family, subjectID, strconv.Itoa(step), code}, ids...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "a-" + hex.EncodeToString(h.Sum(nil)[:12])
}

// WithdrawalSchema marks a withdrawal record.
const WithdrawalSchema = "withdrawal.v1"

// Withdrawal takes a finding back: the platform withdrew it, or the merchant's
// appeal against it was upheld. It travels on findings.v1 with the merchant as
// key, so it is ordered with the merchant's findings, and is one line of
// `haili ladder` input:
//
//	{"schema":"withdrawal.v1","finding_id":"f-…","merchant_id":"M-1","reason":"appeal_upheld","appeal_id":"AP-7","at":"2026-05-02T09:00:00Z"}
type Withdrawal struct {
	Schema     string    `json:"schema"`
	FindingID  string    `json:"finding_id"`
	MerchantID string    `json:"merchant_id"`
	Reason     string    `json:"reason"` // withdrawn or appeal_upheld
	AppealID   string    `json:"appeal_id,omitempty"`
	At         time.Time `json:"at"`
}

// Validate checks a withdrawal.
func (w *Withdrawal) Validate() error {
	switch {
	case w.Schema != WithdrawalSchema:
		return fmt.Errorf("withdrawal: schema %q is not %q", w.Schema, WithdrawalSchema)
	case w.FindingID == "":
		return errors.New("withdrawal: finding_id is required")
	case w.MerchantID == "":
		return errors.New("withdrawal: merchant_id is required")
	case w.Reason != ReasonWithdrawn && w.Reason != ReasonAppealUpheld:
		return fmt.Errorf("withdrawal: reason %q is not withdrawn or appeal_upheld", w.Reason)
	case w.At.IsZero():
		return errors.New("withdrawal: at is required")
	}
	return nil
}

// Violation is a finding accepted by enforcement: one instance of a
// violation, with what a notice needs to show. Its finding id marks the
// finding as seen, so a duplicated finding changes nothing.
type Violation struct {
	// Finding is the finding the violation rests on, carried as it came (not
	// copied field by field), with its times stamped as storage keeps them:
	// EventTime (when it happened; DetectedAt when the finding has none) and
	// DetectedAt (EventTime when it has none).
	schemas.Finding
	Family         string    `json:"family"`
	ProductID      string    `json:"product_id,omitempty"` // family 1: the listing the case is about
	Episode        int       `json:"episode,omitempty"`    // family 1: which case of the product
	Withdrawn      bool      `json:"withdrawn,omitempty"`
	WithdrawnAt    time.Time `json:"withdrawn_at,omitzero"`
	WithdrawReason string    `json:"withdraw_reason,omitempty"`
	AppealID       string    `json:"appeal_id,omitempty"`
	// EvidenceJSON is Evidence as it was received (findings.v1) or stored
	// (ClickHouse), written back as is rather than encoded again; nil means
	// encode Evidence.
	EvidenceJSON []byte `json:"-"`
}

// EarlyWarning is a self-check reminder to a merchant at risk.
type EarlyWarning struct {
	WarningID       string    `json:"warning_id"`
	MerchantID      string    `json:"merchant_id"`
	At              time.Time `json:"at"`
	PendingProducts int       `json:"pending_products"`
	Instances       int       `json:"instances"`
	PolicyVersion   string    `json:"policy_version"`
}

// LedgerEntry is one change of a merchant's points: a deduction, or its
// restoration by a reverse.
type LedgerEntry struct {
	EntryID       string    `json:"entry_id"`
	MerchantID    string    `json:"merchant_id"`
	ActionID      string    `json:"action_id"`
	Code          string    `json:"code"`
	Points        int       `json:"points"`
	At            time.Time `json:"at"`
	PolicyVersion string    `json:"policy_version"`
}

// Decision is what one input (or one advance of the clock) decided.
type Decision struct {
	// Violations are the records to store: new ones, and withdrawn ones again.
	Violations []Violation
	Actions    []Action
	Ledger     []LedgerEntry
	Warnings   []EarlyWarning
}

// Empty reports whether nothing was decided.
func (d *Decision) Empty() bool {
	return len(d.Violations) == 0 && len(d.Actions) == 0 && len(d.Ledger) == 0 && len(d.Warnings) == 0
}

// Add appends o to d.
func (d *Decision) Add(o Decision) {
	d.Violations = append(d.Violations, o.Violations...)
	d.Actions = append(d.Actions, o.Actions...)
	d.Ledger = append(d.Ledger, o.Ledger...)
	d.Warnings = append(d.Warnings, o.Warnings...)
}

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, s := range parts {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:12])
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }
