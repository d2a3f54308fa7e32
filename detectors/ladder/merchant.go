package ladder

import (
	"slices"
	"time"

	"github.com/haili/haili/schemas"
)

// merchant is one merchant's ladder: its violations, actions and product cases.
type merchant struct {
	id          string
	violations  map[string]*Violation
	actions     []*Action
	byID        map[string]*Action
	reversedBy  map[string]string
	products    map[string]*product
	lastWarning time.Time
	// clock is the latest time a decision on a finding of this merchant's
	// was dated (rectifications and reversals are dated by their own inputs).
	clock time.Time
}

// at is the time a decision on a finding detected at t is dated: t, but
// never before a decision already taken. Inputs decided in event order
// (enforce --order-window) need not come in the order they were detected;
// dated by detection alone, a later decision could fall before an earlier
// one and miss it in the store-level counts.
func (m *merchant) at(t time.Time) time.Time {
	if t.Before(m.clock) {
		return m.clock
	}
	return t
}

type product struct {
	id    string
	cases []*productCase // cases[i] is episode i+1
}

// productCase is one episode of a product's false-information violation:
// opened by a finding, closed by rectification, delisting or deletion.
type productCase struct {
	productID  string
	episode    int
	findings   []string // finding ids in arrival order
	maxVersion int64
	actions    []*Action
}

// Case states, from the case's standing actions.
const (
	statusNone      = "" // every action reversed
	statusPending   = PendingRectification
	statusRectified = Rectified
	statusDelisted  = DelistZeroScore
	statusDeleted   = DeleteProduct
)

func (b *Book) merchant(id string) *merchant {
	m := b.merchants[id]
	if m == nil {
		m = &merchant{id: id, violations: map[string]*Violation{}, byID: map[string]*Action{}, reversedBy: map[string]string{}, products: map[string]*product{}}
		b.merchants[id] = m
	}
	return m
}

// namedStanding counts what a store-level action named that still stands:
// products with a standing delisting or deletion (family 1), or instances not
// withdrawn. undo holds actions about to be reversed.
func (m *merchant) namedStanding(a *Action, undo map[string]bool) int {
	if a.Family != FamilyFalseInfo {
		n := 0
		for _, id := range a.FindingIDs {
			if v := m.violations[id]; v != nil && !v.Withdrawn {
				n++
			}
		}
		return n
	}
	products := map[string]bool{}
	for _, id := range a.FindingIDs {
		v := m.violations[id]
		if v == nil || v.ProductID == "" {
			continue
		}
		for _, pa := range m.product(v.ProductID).caseAt(v.Episode).actions {
			if (pa.Code == DelistZeroScore || pa.Code == DeleteProduct) && m.standing(pa) && !undo[pa.ActionID] {
				products[v.ProductID] = true
			}
		}
	}
	return len(products)
}

func (m *merchant) allWithdrawn(ids []string) bool {
	for _, id := range ids {
		if v := m.violations[id]; v == nil || !v.Withdrawn {
			return false
		}
	}
	return len(ids) > 0
}

func (m *merchant) addViolation(v *Violation) {
	m.violations[v.FindingID] = v
	if v.Family == FamilyFalseInfo && v.ProductID != "" && v.Episode > 0 {
		c := m.product(v.ProductID).caseAt(v.Episode)
		if !slices.Contains(c.findings, v.FindingID) {
			c.findings = append(c.findings, v.FindingID)
		}
		c.maxVersion = max(c.maxVersion, v.SubjectVersion)
	}
}

func (m *merchant) addAction(a *Action) {
	if _, ok := m.byID[a.ActionID]; ok {
		return
	}
	m.byID[a.ActionID] = a
	m.actions = append(m.actions, a)
	if a.Code == Reverse {
		for _, id := range a.Reverses {
			if m.reversedBy[id] == "" {
				m.reversedBy[id] = a.ActionID
			}
		}
		return
	}
	if a.Family == FamilyFalseInfo && a.Subject == schemas.SubjectListing && a.Step > 0 {
		c := m.product(a.SubjectID).caseAt(a.Step)
		c.actions = append(c.actions, a)
	}
}

func (m *merchant) standing(a *Action) bool { return m.reversedBy[a.ActionID] == "" }

func (m *merchant) product(id string) *product {
	p := m.products[id]
	if p == nil {
		p = &product{id: id}
		m.products[id] = p
	}
	return p
}

// instances are the ids of the merchant's standing instances of a family that
// occurred less than window before t, sorted.
func (m *merchant) instances(family string, t time.Time, window time.Duration) []string {
	var ids []string
	from := t.Add(-window)
	for _, v := range m.violations {
		if v.Family == family && !v.Withdrawn && v.EventTime.After(from) {
			ids = append(ids, v.FindingID)
		}
	}
	slices.Sort(ids)
	return ids
}

// hasStoreAction reports a standing store-level action of the family and code
// decided less than window before t.
func (m *merchant) hasStoreAction(family, code string, t time.Time, window time.Duration) bool {
	from := t.Add(-window)
	for _, a := range m.actions {
		if a.Family == family && a.Code == code && a.StoreLevel() && m.standing(a) && a.DecidedAt.After(from) {
			return true
		}
	}
	return false
}

// confirmedProducts are the products with a standing delisting or deletion
// decided in the window ending at t, with the case it closed, sorted by id.
func (m *merchant) confirmedProducts(t time.Time, window time.Duration) ([]string, []*productCase) {
	from := t.Add(-window)
	byProduct := map[string]*productCase{}
	for _, a := range m.actions {
		if a.Family != FamilyFalseInfo || a.Subject != schemas.SubjectListing || !m.standing(a) ||
			(a.Code != DelistZeroScore && a.Code != DeleteProduct) || !a.DecidedAt.After(from) || a.DecidedAt.After(t) {
			continue
		}
		c := m.product(a.SubjectID).caseAt(a.Step)
		if old := byProduct[a.SubjectID]; old == nil || c.episode > old.episode {
			byProduct[a.SubjectID] = c
		}
	}
	ids := make([]string, 0, len(byProduct))
	for id := range byProduct {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	cases := make([]*productCase, len(ids))
	for i, id := range ids {
		cases[i] = byProduct[id]
	}
	return ids, cases
}

func (p *product) caseAt(episode int) *productCase {
	for len(p.cases) < episode {
		p.cases = append(p.cases, &productCase{productID: p.id, episode: len(p.cases) + 1})
	}
	return p.cases[episode-1]
}

func (p *product) latest() *productCase {
	if len(p.cases) == 0 {
		return nil
	}
	return p.cases[len(p.cases)-1]
}

// status is the case's state from its standing actions; the strongest wins.
func (c *productCase) status(m *merchant) string {
	rank := map[string]int{PendingRectification: 1, Rectified: 2, DelistZeroScore: 3, DeleteProduct: 4}
	best := statusNone
	for _, a := range c.actions {
		if m.standing(a) && rank[a.Code] > rank[best] {
			best = a.Code
		}
	}
	return best
}

func (c *productCase) standingAction(m *merchant, code string) *Action {
	for _, a := range c.actions {
		if a.Code == code && m.standing(a) {
			return a
		}
	}
	return nil
}

func (c *productCase) closedAt(m *merchant, code string) time.Time {
	if a := c.standingAction(m, code); a != nil {
		return a.DecidedAt
	}
	return time.Time{}
}

func (c *productCase) stands(m *merchant) bool { return c.status(m) != statusNone }

func (c *productCase) opened() time.Time {
	var t time.Time
	for _, a := range c.actions {
		if t.IsZero() || a.DecidedAt.Before(t) {
			t = a.DecidedAt
		}
	}
	return t
}

func (c *productCase) standingFindings(m *merchant) []string {
	var ids []string
	for _, id := range c.findings {
		if v := m.violations[id]; v == nil || !v.Withdrawn {
			ids = append(ids, id)
		}
	}
	return ids
}

// violation is the code of the case's first standing finding.
func (c *productCase) violation(m *merchant) string {
	for _, id := range c.findings {
		if v := m.violations[id]; v != nil && !v.Withdrawn {
			return v.Violation
		}
	}
	for _, id := range c.findings {
		if v := m.violations[id]; v != nil {
			return v.Violation
		}
	}
	return ""
}
