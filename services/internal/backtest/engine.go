package backtest

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// maxBadSamples is how many unreadable events a report names; all are counted.
const maxBadSamples = 100

// Judge judges events under the baseline and the candidate policy side by
// side: the same detectors, the same market reference, each policy with its
// own conversation contexts (a policy's message thresholds shape the context
// its later messages are judged in). Events go in one at a time (Add), so a
// source streams them; what is kept is each side's findings and clean
// listing checks (the ladder's inputs) and the conversation contexts.
type Judge struct {
	ref        *market.Reference
	sides      [2]*side
	events     int
	bad        int
	badSamples []BadEvent
	// category of each listing seen, for findings on orders and complaints.
	category map[string]string
	latest   time.Time
}

// side is one policy's run.
type side struct {
	policy   *policy.Policy
	engine   *detectors.Engine
	convs    map[string]*message.Conversation
	findings map[string]*schemas.Finding
	// checks are the clean listing checks: the only ones the ladder acts
	// on (a clean newer version rectifies a pending case).
	checks []schemas.ListingCheck
}

// BadEvent is an event that could not be judged: it is counted in the
// report and the first ones are named, never skipped silently.
type BadEvent struct {
	// Where names the event's place: file:line, or the archive row's kind
	// and event id.
	Where  string `json:"where"`
	Reason string `json:"reason"`
}

// NewJudge prepares a backtest of candidate against baseline with ref as
// the market reference of both.
func NewJudge(baseline, candidate *policy.Policy, ref *market.Reference) (*Judge, error) {
	if baseline == nil || candidate == nil {
		return nil, errors.New("backtest: baseline and candidate policies are required")
	}
	j := &Judge{ref: ref, category: map[string]string{}}
	for i, p := range []*policy.Policy{baseline, candidate} {
		e, err := detectors.New(p)
		if err != nil {
			return nil, fmt.Errorf("backtest: %w", err)
		}
		j.sides[i] = &side{policy: p, engine: e, convs: map[string]*message.Conversation{}, findings: map[string]*schemas.Finding{}}
	}
	return j, nil
}

// Events is how many events were judged so far.
func (j *Judge) Events() int { return j.events }

// Bad counts an event that could not be read (where names it).
func (j *Judge) Bad(where string, err error) {
	j.bad++
	if len(j.badSamples) < maxBadSamples {
		j.badSamples = append(j.badSamples, BadEvent{Where: where, Reason: err.Error()})
	}
}

// Add judges one event under both policies. An event a detector cannot
// judge is counted as bad (as the pipeline dead-letters it) under where.
func (j *Judge) Add(ev schemas.Event, where string) {
	if l, ok := ev.(*schemas.Listing); ok {
		j.category[l.ListingID] = l.CategoryID
	}
	var results [2]detectors.Result
	for i, s := range j.sides {
		res, err := s.detect(ev, j.ref)
		if err != nil {
			// Judged under neither: a detector error is about the event, and
			// half-judged events would show as differences that are not.
			j.Bad(where, err)
			return
		}
		results[i] = res
	}
	j.events++
	if t := ev.OccurredAt(); t.After(j.latest) {
		j.latest = t
	}
	for i, s := range j.sides {
		s.keep(results[i])
	}
}

// detectAttempts is how often an event whose detection fails transiently (a
// message pattern that hit its time limit under load) is tried, as the
// detection worker does.
const detectAttempts = 3

func (s *side) detect(ev schemas.Event, ref *market.Reference) (detectors.Result, error) {
	dctx := detectors.Context{Market: ref}
	m, isMessage := ev.(*schemas.Message)
	var conv *message.Conversation
	var saved message.Conversation
	if isMessage {
		conv = s.convs[m.ConversationID]
		if conv == nil {
			conv = &message.Conversation{}
			s.convs[m.ConversationID] = conv
		}
		saved = *conv
		dctx.Conversation = conv
	}
	var res detectors.Result
	var err error
	for range detectAttempts {
		if res, err = s.engine.Detect(ev, dctx); err == nil {
			return res, nil
		}
		if isMessage {
			*conv = saved // each attempt, and a failure, leave the context as it was
		}
		if !errors.Is(err, message.ErrMatchTimeout) {
			break
		}
	}
	return res, err
}

func (s *side) keep(res detectors.Result) {
	for i := range res.Findings {
		f := res.Findings[i]
		// Detected as the event arrived: the ladder dates actions by it, and
		// a backtest must not depend on when it ran.
		f.DetectedAt = schemas.Stamp(f.EventTime)
		if _, dup := s.findings[f.FindingID]; !dup {
			s.findings[f.FindingID] = &f
		}
	}
	if c := res.Check; c != nil && !c.Deleted && c.Clean() {
		cc := *c
		cc.CheckedAt = schemas.Stamp(c.UpdatedAt)
		s.checks = append(s.checks, cc)
	}
}

// Latest is the latest event time judged.
func (j *Judge) Latest() time.Time { return j.latest }

// Report runs each side's findings through its policy's penalty ladder up to
// now (rectification deadlines before it fire) and compares the two.
func (j *Judge) Report(now time.Time) (*Report, error) {
	r := &Report{Events: j.events, BadEvents: j.bad, Bad: j.badSamples, Now: now}
	var outcomes [2]map[string]*Outcome
	var sides [2]*Side
	for i, s := range j.sides {
		sd, oc, err := s.decide(now)
		if err != nil {
			return nil, err
		}
		sides[i], outcomes[i] = sd, oc
	}
	r.Baseline, r.Candidate = *sides[0], *sides[1]
	r.Merchants = merchantChanges(outcomes[0], outcomes[1])
	r.Changes = changes(j.sides[0].findings, j.sides[1].findings, j.categoryOf)
	r.ByCategory = byCategory(r.Changes)
	if r.Merchants == nil {
		r.Merchants = []MerchantChange{}
	}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	if r.ByCategory == nil {
		r.ByCategory = []CategoryDiff{}
	}
	return r, nil
}

// categoryOf is the category a finding is about: its listing's, the
// listing named by an order or a complaint, none for messages.
func (j *Judge) categoryOf(f *schemas.Finding) string {
	if f.Subject == schemas.SubjectListing {
		return j.category[f.SubjectID]
	}
	if id, ok := f.Evidence["listing_id"].(string); ok {
		return j.category[id]
	}
	return ""
}

// decide replays the side's findings and checks through its ladder.
func (s *side) decide(now time.Time) (*Side, map[string]*Outcome, error) {
	book, err := ladder.NewBook(&s.policy.Enforcement, s.policy.ID())
	if err != nil {
		return nil, nil, fmt.Errorf("backtest: ladder of %s: %w", s.policy.ID(), err)
	}
	inputs := make([]ladder.Input, 0, len(s.findings)+len(s.checks))
	for _, f := range s.findings {
		inputs = append(inputs, ladder.Input{Finding: f})
	}
	for i := range s.checks {
		inputs = append(inputs, ladder.Input{Check: &s.checks[i]})
	}
	d, err := book.Replay(inputs, now)
	if err != nil {
		return nil, nil, fmt.Errorf("backtest: ladder of %s: %w", s.policy.ID(), err)
	}
	sd := &Side{PolicyVersion: s.policy.ID(), Findings: map[string]int{}, Actions: map[string]int{}}
	for _, f := range s.findings {
		sd.Findings[f.Violation]++
	}
	oc := map[string]*Outcome{}
	outcome := func(m string) *Outcome {
		o := oc[m]
		if o == nil {
			o = &Outcome{Actions: map[string]int{}}
			oc[m] = o
		}
		return o
	}
	for _, a := range d.Actions {
		sd.Actions[a.Code]++
		outcome(a.MerchantID).Actions[a.Code]++
	}
	for _, e := range d.Ledger {
		if e.Points < 0 {
			// Points deducted; restorations show as reverse actions.
			sd.Points -= e.Points
			outcome(e.MerchantID).Points -= e.Points
		}
	}
	return sd, oc, nil
}

func merchantChanges(base, cand map[string]*Outcome) []MerchantChange {
	ids := slices.Sorted(maps.Keys(base))
	for id := range cand {
		if base[id] == nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var out []MerchantChange
	empty := Outcome{Actions: map[string]int{}}
	for _, id := range ids {
		b, c := base[id], cand[id]
		if b == nil {
			b = &empty
		}
		if c == nil {
			c = &empty
		}
		if b.Points == c.Points && maps.Equal(b.Actions, c.Actions) {
			continue
		}
		out = append(out, MerchantChange{MerchantID: id, Baseline: *b, Candidate: *c})
	}
	return out
}

// changes lists the findings made under one policy and not the other, and
// those both made by a different rule or with a different confidence, in a
// fixed order: by merchant, subject, code and id.
func changes(base, cand map[string]*schemas.Finding, categoryOf func(*schemas.Finding) string) []Change {
	var out []Change
	add := func(b, c *schemas.Finding) {
		f := b
		if f == nil {
			f = c
		}
		ch := Change{
			FindingID: f.FindingID, EventID: f.EventID, Subject: f.Subject, SubjectID: f.SubjectID,
			MerchantID: f.MerchantID, CategoryID: categoryOf(f), Code: f.Violation,
			Baseline: b != nil, Candidate: c != nil,
		}
		if b != nil {
			ch.BaselineExplanation, ch.BaselineRule, ch.BaselineConfidence = b.Explanation, b.Rule, b.Confidence
		}
		if c != nil {
			ch.CandidateExplanation, ch.CandidateRule, ch.CandidateConfidence = c.Explanation, c.Rule, c.Confidence
		}
		out = append(out, ch)
	}
	for id, b := range base {
		c := cand[id]
		if c == nil || c.Rule != b.Rule || c.Confidence != b.Confidence {
			add(b, c)
		}
	}
	for id, c := range cand {
		if base[id] == nil {
			add(nil, c)
		}
	}
	slices.SortFunc(out, func(a, b Change) int {
		return cmpStrings(a.MerchantID, b.MerchantID, a.Subject, b.Subject, a.SubjectID, b.SubjectID, a.Code, b.Code, a.FindingID, b.FindingID)
	})
	return out
}

// cmpStrings compares pairs in turn: (a0, b0), (a1, b1), …
func cmpStrings(pairs ...string) int {
	for i := 0; i+1 < len(pairs); i += 2 {
		if c := strings.Compare(pairs[i], pairs[i+1]); c != 0 {
			return c
		}
	}
	return 0
}

func byCategory(chs []Change) []CategoryDiff {
	type key struct{ cat, code string }
	m := map[key]*CategoryDiff{}
	for _, c := range chs {
		if c.Baseline == c.Candidate {
			continue // same finding, another rule or confidence
		}
		k := key{c.CategoryID, c.Code}
		d := m[k]
		if d == nil {
			d = &CategoryDiff{Category: c.CategoryID, Code: c.Code}
			m[k] = d
		}
		if c.Candidate {
			d.Gained++
		} else {
			d.Lost++
		}
	}
	out := make([]CategoryDiff, 0, len(m))
	for _, d := range m {
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b CategoryDiff) int { return cmpStrings(a.Category, b.Category, a.Code, b.Code) })
	return out
}
