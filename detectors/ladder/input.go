package ladder

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
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
		var f schemas.Finding
		if err := json.Unmarshal(data, &f); err != nil {
			return Input{}, fmt.Errorf("finding: %w", err)
		}
		if err := checkFinding(&f); err != nil {
			return Input{}, err
		}
		return Input{Finding: &f}, nil
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

// Time is when the input takes effect: a finding when it was detected, a
// check when the listing version was published, a withdrawal when it was made.
func (in Input) Time() time.Time {
	switch {
	case in.Finding != nil:
		return sec(firstSet(in.Finding.DetectedAt, in.Finding.EventTime))
	case in.Check != nil:
		return sec(firstSet(in.Check.UpdatedAt, in.Check.CheckedAt))
	case in.Withdrawal != nil:
		return sec(in.Withdrawal.At)
	}
	return time.Time{}
}

// EventTime is when the input happened at its source: a finding's event, a
// listing version's publication, a withdrawal. Unlike Time it does not depend
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

// EventLess orders inputs by event time, then by content (a finding before
// the check of its listing version, a check before a withdrawal): the order
// an enforcement worker that reorders its inputs decides them in.
func EventLess(a, b Input) bool {
	if ta, tb := a.EventTime(), b.EventTime(); !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return a.key() < b.key()
}

// TieKey orders inputs of equal event time for EventLess; a caller that
// compares one input many times can keep it.
func (in Input) TieKey() string { return in.key() }

// occurred breaks ties of Time: findings detected together (one scan) are
// taken in the order their events happened.
func (in Input) occurred() time.Time {
	if in.Finding != nil {
		return sec(firstSet(in.Finding.EventTime, in.Finding.DetectedAt))
	}
	return in.Time()
}

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
		return b.Finding(*in.Finding)
	case in.Check != nil:
		return b.Check(*in.Check)
	case in.Withdrawal != nil:
		return b.Withdraw(*in.Withdrawal)
	}
	return Decision{}, errors.New("ladder: empty input")
}

// Replay decides a set of inputs as the enforcement role would have, had they
// arrived in time order: before each input the book's time advances to the
// input's time (deadlines that passed fire first), and at the end to now.
// Ties are broken by content, so the result does not depend on the order in
// which the inputs are given.
func (b *Book) Replay(inputs []Input, now time.Time) (Decision, error) {
	order := make([]int, len(inputs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, c := inputs[order[i]], inputs[order[j]]
		if ta, tc := a.Time(), c.Time(); !ta.Equal(tc) {
			return ta.Before(tc)
		}
		if oa, oc := a.occurred(), c.occurred(); !oa.Equal(oc) {
			return oa.Before(oc)
		}
		return a.key() < c.key()
	})
	var d Decision
	for _, i := range order {
		d.Add(b.Advance(inputs[i].Time()))
		got, err := b.Apply(inputs[i])
		if err != nil {
			return d, err
		}
		d.Add(got)
	}
	d.Add(b.Advance(now))
	return d, nil
}
