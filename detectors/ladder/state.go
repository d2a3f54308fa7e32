package ladder

import (
	"slices"
)

// State is what a book is rebuilt from: everything it produced.
type State struct {
	Violations []Violation
	Actions    []Action
	Warnings   []EarlyWarning
}

// Restore loads produced state into the book (after a restart). Order does
// not matter.
func (b *Book) Restore(s State) {
	for i := range s.Violations {
		v := s.Violations[i]
		if v.Evidence == nil {
			v.Evidence = map[string]any{}
		}
		b.merchant(v.MerchantID).addViolation(&v)
	}
	for i := range s.Actions {
		a := s.Actions[i]
		m := b.merchant(a.MerchantID)
		m.addAction(&a)
		if a.Code != Rectified && a.Code != Reverse && a.DecidedAt.After(m.clock) {
			m.clock = a.DecidedAt
		}
	}
	for _, w := range s.Warnings {
		m := b.merchant(w.MerchantID)
		if w.At.After(m.lastWarning) {
			m.lastWarning = w.At
		}
	}
	b.recomputeNextDeadline()
}

// Merchants are the ids of the merchants in the book, sorted.
func (b *Book) Merchants() []string {
	ids := make([]string, 0, len(b.merchants))
	for id := range b.merchants {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Actions are a merchant's actions in the order they were taken (or restored).
func (b *Book) Actions(merchantID string) []Action {
	m := b.merchants[merchantID]
	if m == nil {
		return nil
	}
	out := make([]Action, len(m.actions))
	for i, a := range m.actions {
		out[i] = *a
	}
	return out
}

// Action looks up one of a merchant's actions.
func (b *Book) Action(merchantID, actionID string) (Action, bool) {
	if m := b.merchants[merchantID]; m != nil {
		if a := m.byID[actionID]; a != nil {
			return *a, true
		}
	}
	return Action{}, false
}

// Violation looks up a merchant's violation by finding id.
func (b *Book) Violation(merchantID, findingID string) (Violation, bool) {
	if m := b.merchants[merchantID]; m != nil {
		if v := m.violations[findingID]; v != nil {
			return *v, true
		}
	}
	return Violation{}, false
}

// Reversed reports whether an action has been reversed.
func (b *Book) Reversed(merchantID, actionID string) bool {
	m := b.merchants[merchantID]
	return m != nil && m.reversedBy[actionID] != ""
}

// Points is the sum of a merchant's standing point deductions (negative).
func (b *Book) Points(merchantID string) int {
	m := b.merchants[merchantID]
	if m == nil {
		return 0
	}
	total := 0
	for _, a := range m.actions {
		if a.Code == DeductPoints && m.standing(a) {
			total += a.Points
		}
	}
	return total
}
