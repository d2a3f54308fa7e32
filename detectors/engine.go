package detectors

import (
	"fmt"
	"time"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// ComplaintVersion is the version of the verified-complaint rule.
const ComplaintVersion = "complaint/1.0.0"

// ListingDetector finds violations on one listing version. It returns findings
// with Violation, Rule, Confidence, Evidence, Explanation(s) and DetectorVersion
// set, appended to out; the Engine fills in identity and policy fields.
type ListingDetector interface {
	Name() string
	DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding
}

// MessageDetector finds violations in one message given its conversation's
// context, and updates that context. An error means the message could not be
// judged (for example a pattern hit its time limit); it is permanent for that
// message.
type MessageDetector interface {
	Name() string
	DetectMessage(m *schemas.Message, conv *message.Conversation, out []schemas.Finding) ([]schemas.Finding, error)
}

// OrderDetector finds violations on one order.
type OrderDetector interface {
	Name() string
	DetectOrder(o *schemas.Order, out []schemas.Finding) []schemas.Finding
}

// Context is the read-only reference data and the mutable conversation state
// handed to the Engine with an event.
type Context struct {
	// Market is the market reference for listing detectors; nil means none yet.
	Market *market.Reference
	// Conversation is the state of a message's conversation; the Engine updates
	// it. Nil means a fresh conversation.
	Conversation *message.Conversation
}

// Result is what detection produced for one event.
type Result struct {
	Findings []schemas.Finding
	// Check is set for listing events: the version checked and its counts per code.
	Check *schemas.ListingCheck
}

// Engine runs the registered detectors. It holds no mutable state and is safe for
// concurrent use.
type Engine struct {
	policy   *policy.Policy
	listings []ListingDetector
	messages []MessageDetector
	orders   []OrderDetector
}

// New builds the Engine with every detector registered under the policy.
func New(p *policy.Policy) (*Engine, error) {
	if p == nil {
		return nil, fmt.Errorf("detectors: nil policy")
	}
	e := &Engine{policy: p}
	if err := register(e, p); err != nil {
		return nil, fmt.Errorf("detectors: %w", err)
	}
	return e, nil
}

// Policy is the policy the Engine was built with.
func (e *Engine) Policy() *policy.Policy { return e.policy }

// Detect runs the detectors that apply to ev.
func (e *Engine) Detect(ev schemas.Event, c Context) (Result, error) {
	switch ev := ev.(type) {
	case *schemas.Listing:
		return e.detectListing(ev, c.Market), nil
	case *schemas.Message:
		conv := c.Conversation
		if conv == nil {
			conv = &message.Conversation{}
		}
		var out []schemas.Finding
		for _, d := range e.messages {
			var err error
			if out, err = d.DetectMessage(ev, conv, out); err != nil {
				return Result{}, fmt.Errorf("%s on message %s: %w", d.Name(), ev.MessageID, err)
			}
		}
		return Result{Findings: e.finish(out, ev.EventID, schemas.SubjectMessage, ev.MessageID, 0, ev.MerchantID, ev.SentAt)}, nil
	case *schemas.Order:
		var out []schemas.Finding
		for _, d := range e.orders {
			out = d.DetectOrder(ev, out)
		}
		return Result{Findings: e.finish(out, ev.EventID, schemas.SubjectOrder, ev.OrderID, 0, ev.MerchantID, ev.PlacedAt)}, nil
	case *schemas.Complaint:
		return Result{Findings: e.detectComplaint(ev)}, nil
	}
	return Result{}, fmt.Errorf("detectors: unsupported event type %T", ev)
}

func (e *Engine) detectListing(l *schemas.Listing, ref *market.Reference) Result {
	check := &schemas.ListingCheck{
		EventID:         l.EventID,
		ListingID:       l.ListingID,
		Version:         l.Version,
		MerchantID:      l.MerchantID,
		Deleted:         l.Op == schemas.OpDelete,
		Counts:          make(map[string]int, len(schemas.ListingCodes)),
		PolicyVersion:   e.policy.ID(),
		DetectorVersion: listing.Version,
		UpdatedAt:       l.UpdatedAt,
	}
	for _, code := range schemas.ListingCodes {
		check.Counts[code] = 0
	}
	if l.Op == schemas.OpDelete {
		return Result{Check: check}
	}
	var out []schemas.Finding
	for _, d := range e.listings {
		out = d.DetectListing(l, ref, out)
	}
	findings := e.finish(out, l.EventID, schemas.SubjectListing, l.ListingID, l.Version, l.MerchantID, l.UpdatedAt)
	for _, f := range findings {
		check.Counts[f.Violation]++
	}
	return Result{Findings: findings, Check: check}
}

// detectComplaint turns a verified complaint into a finding of its claim: on the
// listing for listing codes, on the merchant for message and order codes (the
// complaint names no message or order, and its listing is not the one at fault).
func (e *Engine) detectComplaint(c *schemas.Complaint) []schemas.Finding {
	if !c.Verified {
		return nil
	}
	subject, subjectID := schemas.SubjectMerchant, c.MerchantID
	for _, code := range schemas.ListingCodes {
		if code == c.Claim {
			subject, subjectID = schemas.SubjectListing, c.ListingID
		}
	}
	f := schemas.Finding{
		Violation:  c.Claim,
		Rule:       schemas.RuleVerifiedComplaint,
		Confidence: 1,
		Evidence: map[string]any{
			"complaint_id": c.ComplaintID,
			"listing_id":   c.ListingID,
			"buyer_id":     c.BuyerID,
			"stage":        c.Stage,
			"reviewed_at":  c.ReviewedAt,
		},
		Explanation:     fmt.Sprintf("Buyer complaint %s (%s) was reviewed and verified as %s.", c.ComplaintID, c.Stage, c.Claim),
		ExplanationZH:   fmt.Sprintf("买家投诉 %s（%s）经平台审核确认为 %s。", c.ComplaintID, c.Stage, c.Claim),
		DetectorVersion: ComplaintVersion,
	}
	return e.finish([]schemas.Finding{f}, c.EventID, subject, subjectID, 0, c.MerchantID, c.ReviewedAt)
}

// finish fills the identity and policy fields, and keeps one finding per
// violation code per event (the most confident), so that one event is one
// instance of a violation however many rules saw it.
func (e *Engine) finish(out []schemas.Finding, eventID, subject, subjectID string, version int64, merchantID string, at time.Time) []schemas.Finding {
	if len(out) == 0 {
		return nil
	}
	kept := out[:0]
	for _, f := range out {
		dup := false
		for i := range kept {
			if kept[i].Violation == f.Violation {
				dup = true
				if f.Confidence > kept[i].Confidence {
					kept[i] = f
				}
			}
		}
		if !dup {
			kept = append(kept, f)
		}
	}
	for i := range kept {
		f := &kept[i]
		f.FindingID = schemas.FindingID(eventID, f.Violation)
		f.EventID = eventID
		f.Subject = subject
		f.SubjectID = subjectID
		f.SubjectVersion = version
		f.MerchantID = merchantID
		f.PolicyVersion = e.policy.ID()
		f.EventTime = at
		if f.Evidence == nil {
			f.Evidence = map[string]any{} // the contract's evidence is an object, never null
		}
	}
	return kept
}
