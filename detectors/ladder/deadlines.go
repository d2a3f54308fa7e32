package ladder

import (
	"sort"
	"time"

	"github.com/haili/haili/schemas"
)

// Advance moves the book's time to now: every pending case whose deadline has
// passed (now is after it) is delisted, dated at its deadline, and the store
// bars are checked. Callers pass the clock; nothing here reads it.
func (b *Book) Advance(now time.Time) Decision {
	var d Decision
	now = schemas.Stamp(now)
	b.pruneClean(now)
	if b.nextDeadline.IsZero() || !now.After(b.nextDeadline) {
		return d
	}
	type due struct {
		m        *merchant
		c        *productCase
		deadline time.Time
	}
	var dues []due
	for _, m := range b.merchants {
		for _, p := range m.products {
			for _, c := range p.cases {
				if pend := c.standingAction(m, PendingRectification); pend != nil && c.status(m) == statusPending && now.After(pend.Deadline) {
					dues = append(dues, due{m, c, pend.Deadline})
				}
			}
		}
	}
	sort.Slice(dues, func(i, j int) bool {
		a, c := dues[i], dues[j]
		if !a.deadline.Equal(c.deadline) {
			return a.deadline.Before(c.deadline)
		}
		if a.m.id != c.m.id {
			return a.m.id < c.m.id
		}
		if a.c.productID != c.c.productID {
			return a.c.productID < c.c.productID
		}
		return a.c.episode < c.c.episode
	})
	for _, x := range dues {
		if x.c.status(x.m) != statusPending {
			continue // a store-level deletion got there first
		}
		a := b.productAction(x.m, x.c, DelistZeroScore, x.deadline, ReasonDeadline)
		b.emit(x.m, &d, a)
		b.storeCheck(x.m, x.deadline, a.Violation, &d)
	}
	b.recomputeNextDeadline()
	return d
}

// NextDeadline is the earliest pending rectification deadline, if any.
func (b *Book) NextDeadline() (time.Time, bool) { return b.nextDeadline, !b.nextDeadline.IsZero() }

func (b *Book) noteDeadline(t time.Time) {
	if b.nextDeadline.IsZero() || t.Before(b.nextDeadline) {
		b.nextDeadline = t
	}
}

func (b *Book) recomputeNextDeadline() {
	b.nextDeadline = time.Time{}
	for _, m := range b.merchants {
		for _, p := range m.products {
			for _, c := range p.cases {
				if pend := c.standingAction(m, PendingRectification); pend != nil && c.status(m) == statusPending {
					b.noteDeadline(pend.Deadline)
				}
			}
		}
	}
}

// pruneClean forgets clean checks older than a rectification period: they can
// no longer rectify anything. At most once a day of book time.
func (b *Book) pruneClean(now time.Time) {
	if now.Sub(b.lastPruned) < 24*time.Hour {
		return
	}
	b.lastPruned = now
	horizon := now.Add(-days(b.cfg.FalseInfo.DeadlineDays))
	for id, cc := range b.clean {
		if cc.at.Before(horizon) {
			delete(b.clean, id)
		}
	}
}

// earlyWarning sends a merchant at risk a self-check reminder, at most once a
// period.
func (b *Book) earlyWarning(m *merchant, t time.Time, d *Decision) {
	ew := &b.cfg.EarlyWarning
	if ew.MinRisk == 0 || (!m.lastWarning.IsZero() && t.Before(m.lastWarning.Add(days(ew.PeriodDays)))) {
		return
	}
	pending := 0
	for _, p := range m.products {
		if c := p.latest(); c != nil && c.status(m) == statusPending {
			pending++
		}
	}
	inst := len(m.instances(FamilyOffplatform, t, days(b.cfg.Offplatform.WindowDays))) +
		len(m.instances(FamilyTradeAssurance, t, days(b.cfg.TradeAssurance.WindowDays)))
	if pending+inst < ew.MinRisk {
		return
	}
	w := EarlyWarning{
		WarningID: hashID("w-", m.id, t.Format(time.RFC3339)), MerchantID: m.id, At: t,
		PendingProducts: pending, Instances: inst, PolicyVersion: b.policyVersion,
	}
	m.lastWarning = t
	d.Warnings = append(d.Warnings, w)
}
