package ladder

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/haili/haili/schemas"
)

// Input is one record the ladder decides on: a finding (findings.v1), a
// listing check (listing-checks.v1) or a withdrawal (findings.v1, schema
// withdrawal.v1). Exactly one field is set.
type Input struct {
	Finding    *schemas.Finding
	Check      *schemas.ListingCheck
	Withdrawal *Withdrawal
	// EvidenceJSON is the finding's evidence as ParseInput read it; nil for
	// a finding built in memory.
	EvidenceJSON []byte
}

func orNull(b []byte) []byte {
	if len(b) == 0 {
		return []byte("null")
	}
	return b
}

// ParseInput decodes one JSON record and tells its kind: a withdrawal carries
// "schema": "withdrawal.v1", a finding "finding_id", a listing check
// "listing_id" and "counts". Findings and checks may carry fields added to
// the contract later; a withdrawal is ours and is decoded strictly.
func ParseInput(data []byte) (Input, error) {
	var probe struct {
		Schema    string          `json:"schema"`
		FindingID *string         `json:"finding_id"`
		ListingID *string         `json:"listing_id"`
		Counts    json.RawMessage `json:"counts"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return Input{}, fmt.Errorf("invalid JSON: %w", err)
	}
	switch {
	case probe.Schema == WithdrawalSchema:
		var w Withdrawal
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&w); err != nil {
			return Input{}, fmt.Errorf("withdrawal: %w", err)
		}
		if err := w.Validate(); err != nil {
			return Input{}, err
		}
		return Input{Withdrawal: &w}, nil
	case probe.Schema != "":
		return Input{}, fmt.Errorf("unknown schema %q (want a finding, a listing check or %s)", probe.Schema, WithdrawalSchema)
	case probe.FindingID != nil:
		// The evidence is kept as it came, to be stored as is (see
		// Violation.EvidenceJSON), and decoded once for what the ladder reads.
		var raw struct {
			schemas.Finding
			Evidence json.RawMessage `json:"evidence"`
		}
		if err := json.Unmarshal(data, &raw); err != nil {
			return Input{}, fmt.Errorf("finding: %w", err)
		}
		f := raw.Finding
		if err := json.Unmarshal(orNull(raw.Evidence), &f.Evidence); err != nil {
			return Input{}, fmt.Errorf("finding: evidence: %w", err)
		}
		if err := checkFinding(&f); err != nil {
			return Input{}, err
		}
		in := Input{Finding: &f}
		if f.Evidence != nil { // an object, not null
			in.EvidenceJSON = raw.Evidence
		}
		return in, nil
	case probe.ListingID != nil && probe.Counts != nil:
		var c schemas.ListingCheck
		if err := json.Unmarshal(data, &c); err != nil {
			return Input{}, fmt.Errorf("listing check: %w", err)
		}
		if err := checkCheck(&c); err != nil {
			return Input{}, err
		}
		return Input{Check: &c}, nil
	}
	return Input{}, errors.New("neither a finding, a listing check nor a withdrawal")
}

func checkFinding(f *schemas.Finding) error {
	switch {
	case f.FindingID == "":
		return errors.New("ladder: finding without finding_id")
	case f.MerchantID == "":
		return fmt.Errorf("ladder: finding %s without merchant_id", f.FindingID)
	case FamilyOf(f.Violation) == "":
		return fmt.Errorf("ladder: finding %s has unknown violation %q", f.FindingID, f.Violation)
	case f.DetectedAt.IsZero() && f.EventTime.IsZero():
		return fmt.Errorf("ladder: finding %s has neither detected_at nor event_time", f.FindingID)
	}
	return nil
}

func checkCheck(c *schemas.ListingCheck) error {
	switch {
	case c.ListingID == "" || c.MerchantID == "":
		return errors.New("ladder: listing check without listing_id or merchant_id")
	case c.UpdatedAt.IsZero() && c.CheckedAt.IsZero():
		return fmt.Errorf("ladder: check of %s v%d has neither updated_at nor checked_at", c.ListingID, c.Version)
	}
	return nil
}

// MerchantID is the merchant the input concerns.
func (in Input) MerchantID() string {
	switch {
	case in.Finding != nil:
		return in.Finding.MerchantID
	case in.Check != nil:
		return in.Check.MerchantID
	case in.Withdrawal != nil:
		return in.Withdrawal.MerchantID
	}
	return ""
}

// EffectiveAt is when the input takes effect, stamped like storage keeps it:
// a finding when it was detected, a check when the listing version was
// published, a withdrawal when it was made. Replay advances the book's clock
// to it; the order inputs are decided in is by EventTime (OrderKey).
func (in Input) EffectiveAt() time.Time {
	switch {
	case in.Finding != nil:
		return schemas.Stamp(firstSet(in.Finding.DetectedAt, in.Finding.EventTime))
	case in.Check != nil:
		return schemas.Stamp(firstSet(in.Check.UpdatedAt, in.Check.CheckedAt))
	case in.Withdrawal != nil:
		return schemas.Stamp(in.Withdrawal.At)
	}
	return time.Time{}
}

// EventTime is when the input happened at its source: a finding's event, a
// listing version's publication, a withdrawal. Unlike EffectiveAt it does not depend
// on when detection ran, so it orders the inputs of one stream alike however
// often, by whichever workers and in whatever interleaving they were produced.
func (in Input) EventTime() time.Time {
	switch {
	case in.Finding != nil:
		return firstSet(in.Finding.EventTime, in.Finding.DetectedAt)
	case in.Check != nil:
		return firstSet(in.Check.UpdatedAt, in.Check.CheckedAt)
	case in.Withdrawal != nil:
		return in.Withdrawal.At
	}
	return time.Time{}
}

// OrderKey is an input's place in the one order enforcement decides inputs
// in: by event time, then by content (Tie). The ordered enforcement worker
// (enforce --order-window) and Book.Replay (haili ladder) both sort by it, so
// the same inputs are decided in the same order by either.
type OrderKey struct {
	At  time.Time
	Tie string
}

// Compare orders keys: -1 if k comes first, +1 if o does, 0 if equal.
func (k OrderKey) Compare(o OrderKey) int {
	if c := k.At.Compare(o.At); c != 0 {
		return c
	}
	return strings.Compare(k.Tie, o.Tie)
}

// OrderKey is the input's place in the order: its event time, then a finding
// before the check of its listing version, a check before a withdrawal (a fix
// or an appeal follows what it answers). A caller that compares one input
// many times can keep it.
func (in Input) OrderKey() OrderKey { return OrderKey{At: in.EventTime(), Tie: in.key()} }

// Compare orders two inputs by their OrderKey.
func Compare(a, b Input) int { return a.OrderKey().Compare(b.OrderKey()) }

// key orders inputs of equal times: by merchant, then findings before checks
// before withdrawals (a fix or an appeal follows what it answers), then by id.
func (in Input) key() string {
	switch {
	case in.Finding != nil:
		return in.Finding.MerchantID + "\x000\x00" + in.Finding.FindingID
	case in.Check != nil:
		return fmt.Sprintf("%s\x001\x00%s\x00%020d", in.Check.MerchantID, in.Check.ListingID, in.Check.Version)
	case in.Withdrawal != nil:
		return in.Withdrawal.MerchantID + "\x002\x00" + in.Withdrawal.FindingID
	}
	return ""
}

// Apply decides one input.
func (b *Book) Apply(in Input) (Decision, error) {
	switch {
	case in.Finding != nil:
		return b.finding(*in.Finding, in.EvidenceJSON)
	case in.Check != nil:
		return b.Check(*in.Check)
	case in.Withdrawal != nil:
		return b.Withdraw(*in.Withdrawal)
	}
	return Decision{}, errors.New("ladder: empty input")
}

// Replay decides a set of inputs as the ordered enforcement role does: in
// the order of their OrderKey. Before each input the book's time advances to
// the input's time (deadlines that passed fire first), and at the end to now.
// The result does not depend on the order in which the inputs are given.
func (b *Book) Replay(inputs []Input, now time.Time) (Decision, error) {
	type keyed struct {
		i   int
		key OrderKey
	}
	order := make([]keyed, len(inputs))
	for i, in := range inputs {
		order[i] = keyed{i, in.OrderKey()}
	}
	slices.SortStableFunc(order, func(a, b keyed) int { return a.key.Compare(b.key) })
	var d Decision
	for _, o := range order {
		in := inputs[o.i]
		d.Add(b.Advance(in.EffectiveAt()))
		got, err := b.Apply(in)
		if err != nil {
			return d, err
		}
		d.Add(got)
	}
	d.Add(b.Advance(now))
	return d, nil
}
