// Package ladder is Haili's one decision path from findings to enforcement
// actions: the penalty ladder of spec/penalties.md, with every number taken
// from the policy file's enforcement section (Config).
//
// A Book holds each merchant's ladder. Findings, listing checks and
// withdrawals go in; actions, the violations they rest on, points ledger
// entries and early warnings come out. The package is pure: no clock (callers
// pass the time to Advance, which fires rectification deadlines), no I/O.
// Action ids are derived from what decided them, and a finding already seen
// changes nothing, so replaying the same inputs yields the same actions with
// the same ids, and nothing twice. A Book's state is a function of the
// violations, actions and early warnings it produced, so it is rebuilt from
// them (Restore) after a restart.
package ladder

import (
	"errors"
	"slices"
	"time"

	"github.com/haili/haili/schemas"
)

// Book is the ladder state of every merchant it has seen. It is not safe for
// concurrent use: one worker owns a merchant's ladder.
type Book struct {
	cfg           *Config
	policyVersion string
	merchants     map[string]*merchant
	// nextDeadline is the earliest pending deadline (zero: none), so that
	// Advance is cheap between deadlines.
	nextDeadline time.Time
	// clean are the newest clean versions of listings, kept for a
	// rectification period: listing checks and findings travel on different
	// topics, so a fix can arrive before the finding it fixes.
	clean      map[string]cleanCheck
	lastPruned time.Time
}

type cleanCheck struct {
	merchantID string
	version    int64
	at         time.Time
}

// NewBook returns an empty book deciding by cfg; policyVersion is recorded on
// every action.
func NewBook(cfg *Config, policyVersion string) (*Book, error) {
	if cfg == nil || cfg.IsZero() {
		return nil, errors.New("ladder: the policy has no enforcement section")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Book{cfg: cfg, policyVersion: policyVersion, merchants: map[string]*merchant{}, clean: map[string]cleanCheck{}}, nil
}

// Config is the configuration the book decides by.
func (b *Book) Config() *Config { return b.cfg }

// PolicyVersion is the policy version recorded on actions.
func (b *Book) PolicyVersion() string { return b.policyVersion }

// Finding decides a finding. A finding already seen (by finding_id) changes
// nothing. Actions are dated by the finding's detected_at: the platform found
// it then, and the rectification period runs from then.
func (b *Book) Finding(f schemas.Finding) (Decision, error) { return b.finding(f, nil) }

// finding decides f, whose evidence was received as evidenceJSON (nil: not
// known as bytes).
func (b *Book) finding(f schemas.Finding, evidenceJSON []byte) (Decision, error) {
	var d Decision
	if err := checkFinding(&f); err != nil {
		return d, err
	}
	fam := FamilyOf(f.Violation)
	m := b.merchant(f.MerchantID)
	if _, seen := m.violations[f.FindingID]; seen {
		return d, nil
	}
	v := &Violation{Finding: f, Family: fam, EvidenceJSON: evidenceJSON}
	v.EventTime, v.DetectedAt = schemas.Stamp(firstSet(f.EventTime, f.DetectedAt)), schemas.Stamp(firstSet(f.DetectedAt, f.EventTime))
	if v.Evidence == nil {
		v.Evidence = map[string]any{}
	}
	t := m.at(v.DetectedAt)
	m.clock = t
	if fam == FamilyFalseInfo {
		b.falseInfo(m, v, t, &d)
	} else {
		b.instance(m, v, t, &d)
	}
	b.earlyWarning(m, t, &d)
	return d, nil
}

func firstSet(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// productOf is the product a family-1 violation is about: the listing, also
// for an order's shipping overcharge or a complaint that names the listing.
func productOf(v *Violation) string {
	if v.Subject == schemas.SubjectListing {
		return v.SubjectID
	}
	if id, ok := v.Evidence["listing_id"].(string); ok && id != "" {
		return id
	}
	return v.SubjectID
}

func (b *Book) confirmed(v *Violation) bool {
	return v.Rule == schemas.RuleVerifiedComplaint || v.Rule == schemas.RuleReviewConfirmed || v.Confidence >= b.cfg.FalseInfo.DelistConfidence
}

func confirmReason(v *Violation) string {
	switch v.Rule {
	case schemas.RuleVerifiedComplaint:
		return ReasonVerifiedComplaint
	case schemas.RuleReviewConfirmed:
		return ReasonReviewConfirmed
	}
	return ReasonConfidence
}

// falseInfo decides family 1, per product: a new case is pending
// rectification, or delisted (confirmed, or a repeat), or deleted (a repeat
// past the bar); a finding on an open case joins it.
func (b *Book) falseInfo(m *merchant, v *Violation, t time.Time, d *Decision) {
	fc := &b.cfg.FalseInfo
	v.ProductID = productOf(v)
	p := m.product(v.ProductID)
	if cur := p.latest(); cur != nil && b.joins(m, cur, v) {
		v.Episode = cur.episode
		m.addViolation(v)
		d.Violations = append(d.Violations, *v)
		if cur.status(m) == statusPending {
			if b.confirmed(v) {
				b.emit(m, d, b.productAction(m, cur, DelistZeroScore, t, confirmReason(v)))
				b.storeCheck(m, t, v.Violation, d)
				return
			}
			b.rectifyFromKnown(m, cur, t, d)
		}
		return
	}
	repeat := 1
	for _, c := range p.cases {
		if c.stands(m) && c.opened().After(t.Add(-days(fc.WindowDays))) {
			repeat++
		}
	}
	v.Episode = len(p.cases) + 1
	m.addViolation(v)
	d.Violations = append(d.Violations, *v)
	c := p.caseAt(v.Episode)
	switch {
	case fc.RepeatDeleteAt > 0 && repeat >= fc.RepeatDeleteAt:
		b.emit(m, d, b.productAction(m, c, DeleteProduct, t, ReasonRepeat))
	case b.confirmed(v):
		b.emit(m, d, b.productAction(m, c, DelistZeroScore, t, confirmReason(v)))
	case fc.RepeatDelistAt > 0 && repeat >= fc.RepeatDelistAt:
		b.emit(m, d, b.productAction(m, c, DelistZeroScore, t, ReasonRepeat))
	default:
		a := b.productAction(m, c, PendingRectification, t, ReasonMonitoring)
		a.Deadline = t.Add(days(fc.DeadlineDays))
		b.emit(m, d, a)
		b.rectifyFromKnown(m, c, t, d)
		return
	}
	b.storeCheck(m, t, v.Violation, d)
}

// joins reports whether a finding belongs to the product's latest case rather
// than opening a new one: an open or deleted case takes everything; a closed
// case takes findings on versions it already covered (late arrivals), and
// versionless findings (orders, complaints) about events before it closed.
func (b *Book) joins(m *merchant, c *productCase, v *Violation) bool {
	switch c.status(m) {
	case statusPending, statusDeleted:
		return true
	case statusDelisted:
		if v.SubjectVersion != 0 {
			return v.SubjectVersion <= c.maxVersion
		}
		return !v.EventTime.After(c.closedAt(m, DelistZeroScore))
	case statusRectified:
		r := c.standingAction(m, Rectified)
		if v.SubjectVersion != 0 {
			return v.SubjectVersion < r.SubjectVersion
		}
		return !v.EventTime.After(r.DecidedAt)
	}
	return false
}

// rectifyFromKnown rectifies a pending case at once when a clean newer version
// of the listing was already checked in time.
func (b *Book) rectifyFromKnown(m *merchant, c *productCase, t time.Time, d *Decision) {
	cc, ok := b.clean[c.productID]
	if !ok || cc.merchantID != m.id {
		return
	}
	b.rectify(m, c, cc.version, cc.at, t, d)
}

// rectify closes a pending case by a clean version checked at `at`, if that
// version is newer than every violating one and arrived by the deadline.
func (b *Book) rectify(m *merchant, c *productCase, version int64, at, now time.Time, d *Decision) {
	pend := c.standingAction(m, PendingRectification)
	if pend == nil || version <= c.maxVersion || at.After(pend.Deadline) {
		return
	}
	// A versionless case (an order's overcharge) is fixed only by a listing
	// version published after it was opened.
	if c.maxVersion == 0 && !at.After(pend.DecidedAt) {
		return
	}
	a := b.productAction(m, c, Rectified, laterOf(at, now), ReasonCleanVersion)
	a.SubjectVersion = version
	b.emit(m, d, a)
}

func laterOf(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// storeCheck takes the store-level actions of family 1 once the confirmed
// (delisted or deleted) products of the merchant in the window reach a bar.
func (b *Book) storeCheck(m *merchant, t time.Time, violation string, d *Decision) {
	fc := &b.cfg.FalseInfo
	st := &fc.Store
	window := days(fc.WindowDays)
	ids, cases := m.confirmedProducts(t, window)
	n := len(ids)
	if n == 0 {
		return
	}
	if st.DeleteProductsAt > 0 && n >= st.DeleteProductsAt {
		for _, c := range cases {
			if c.status(m) == statusDelisted {
				b.emit(m, d, b.productAction(m, c, DeleteProduct, t, ReasonAccumulated))
			}
		}
	}
	var findings []string
	for _, c := range cases {
		findings = append(findings, c.standingFindings(m)...)
	}
	bars := []struct {
		code string
		at   int
	}{{DemoteStore, st.DemoteStoreAt}, {BlockStore, st.BlockStoreAt}, {ReferAccountReview, st.ReferAccountReviewAt}}
	for _, bar := range bars {
		if bar.at == 0 || n < bar.at || m.hasStoreAction(FamilyFalseInfo, bar.code, t, window) {
			continue
		}
		a := storeAction(m, FamilyFalseInfo, bar.code, n, findings, t, violation, ReasonAccumulated)
		b.emit(m, d, a)
		if bar.code == BlockStore && st.BlockStorePoints != 0 {
			a.Code, a.Points = DeductPoints, st.BlockStorePoints
			b.emit(m, d, a)
		}
	}
}

func storeAction(m *merchant, family, code string, step int, findings []string, t time.Time, violation, reason string) Action {
	return Action{
		Code: code, Subject: schemas.SubjectMerchant, SubjectID: m.id, Violation: violation, Step: step,
		FindingIDs: slices.Clone(findings), DecidedAt: t, Family: family, Reason: reason,
	}
}

func (b *Book) productAction(m *merchant, c *productCase, code string, t time.Time, reason string) Action {
	return Action{
		Code: code, Subject: schemas.SubjectListing, SubjectID: c.productID, Violation: c.violation(m),
		Step: c.episode, FindingIDs: c.standingFindings(m), DecidedAt: t, Family: FamilyFalseInfo,
		Reason: reason, SubjectVersion: c.maxVersion,
	}
}

func (b *Book) ladder(family string) *StepLadder {
	if family == FamilyTradeAssurance {
		return &b.cfg.TradeAssurance
	}
	return &b.cfg.Offplatform
}

// instance decides families 2 and 3: every instance one step of the ladder,
// counted among the merchant's standing instances in the window.
func (b *Book) instance(m *merchant, v *Violation, t time.Time, d *Decision) {
	lad := b.ladder(v.Family)
	window := days(lad.WindowDays)
	counted := m.instances(v.Family, v.EventTime, window)
	n := len(counted) + 1
	s := lad.Steps[min(n, len(lad.Steps))-1]
	a := Action{
		Code: s.Code, Subject: v.Subject, SubjectID: v.SubjectID, Violation: v.Violation, Step: n,
		FindingIDs: []string{v.FindingID}, DecidedAt: t, Family: v.Family, Reason: ReasonLadder,
	}
	switch s.Code {
	case DeductPoints:
		a.Points = s.Points
	case SuspendTradeAssurance:
		a.Until = t.Add(days(s.Days))
	}
	m.addViolation(v)
	d.Violations = append(d.Violations, *v)
	b.emit(m, d, a)
	for _, e := range lad.Escalations {
		if n >= e.At && !m.hasStoreAction(v.Family, e.Code, t, window) {
			b.emit(m, d, storeAction(m, v.Family, e.Code, n, append(counted, v.FindingID), t, v.Violation, ReasonEscalation))
		}
	}
}

// Check decides a listing check: a clean version newer than every violating
// one, checked by the deadline, rectifies the product's pending case. A
// deleted listing is no fix: it could come back unchanged.
func (b *Book) Check(c schemas.ListingCheck) (Decision, error) {
	var d Decision
	if err := checkCheck(&c); err != nil {
		return d, err
	}
	at := schemas.Stamp(firstSet(c.UpdatedAt, c.CheckedAt))
	if c.Deleted || !c.Clean() {
		return d, nil
	}
	if old, ok := b.clean[c.ListingID]; !ok || c.Version > old.version {
		b.clean[c.ListingID] = cleanCheck{merchantID: c.MerchantID, version: c.Version, at: at}
	}
	m := b.merchants[c.MerchantID]
	if m == nil {
		return d, nil
	}
	p := m.products[c.ListingID]
	if p == nil {
		return d, nil
	}
	if cur := p.latest(); cur != nil && cur.status(m) == statusPending {
		b.rectify(m, cur, c.Version, at, at, &d)
	}
	return d, nil
}

// Withdraw takes a finding back: every action that rests on it alone (for a
// product: on its case's findings alone) is reversed by one reverse action,
// deducted points are restored, and store-level actions whose named products
// or instances no longer reach their bar are reversed too. A withdrawal that
// arrives before its finding is kept, and the finding is then ignored.
func (b *Book) Withdraw(w Withdrawal) (Decision, error) {
	var d Decision
	if err := w.Validate(); err != nil {
		return d, err
	}
	at := schemas.Stamp(w.At)
	m := b.merchant(w.MerchantID)
	v := m.violations[w.FindingID]
	if v == nil {
		v = &Violation{Finding: schemas.Finding{FindingID: w.FindingID, MerchantID: w.MerchantID, Evidence: map[string]any{}}}
		v.Withdrawn, v.WithdrawnAt, v.WithdrawReason, v.AppealID = true, at, w.Reason, w.AppealID
		m.addViolation(v)
		d.Violations = append(d.Violations, *v)
		return d, nil
	}
	if v.Withdrawn {
		return d, nil
	}
	v.Withdrawn, v.WithdrawnAt, v.WithdrawReason, v.AppealID = true, at, w.Reason, w.AppealID
	d.Violations = append(d.Violations, *v)

	undo := map[string]bool{}
	for _, a := range m.actions {
		if !m.standing(a) || a.Code == Reverse || a.Code == Rectified || a.StoreLevel() {
			continue
		}
		rests := a.FindingIDs
		if a.Family == FamilyFalseInfo {
			rests = m.product(a.SubjectID).caseAt(a.Step).findings
		}
		if m.allWithdrawn(rests) {
			undo[a.ActionID] = true
		}
	}
	for _, a := range m.actions {
		if m.standing(a) && a.StoreLevel() && m.namedStanding(a, undo) < b.bar(a) {
			undo[a.ActionID] = true
		}
	}
	if len(undo) == 0 {
		return d, nil
	}
	rev := Action{
		Code: Reverse, Subject: v.Subject, SubjectID: v.SubjectID, Violation: v.Violation,
		FindingIDs: []string{v.FindingID}, DecidedAt: at, Family: v.Family, Reason: w.Reason,
	}
	for id := range undo {
		rev.Reverses = append(rev.Reverses, id)
	}
	slices.Sort(rev.Reverses)
	b.emit(m, &d, rev)
	return d, nil
}

// bar is the count a store-level action needed when it was taken.
func (b *Book) bar(a *Action) int {
	if a.Family == FamilyFalseInfo {
		st := &b.cfg.FalseInfo.Store
		switch a.Code {
		case DemoteStore:
			return st.DemoteStoreAt
		case BlockStore, DeductPoints:
			return st.BlockStoreAt
		case ReferAccountReview:
			return st.ReferAccountReviewAt
		}
		return 0
	}
	for _, e := range b.ladder(a.Family).Escalations {
		if e.Code == a.Code {
			return e.At
		}
	}
	return 0
}

// emit records an action in the book and the decision, with its ledger
// entries. The same decision taken twice (same id) is recorded once.
func (b *Book) emit(m *merchant, d *Decision, a Action) {
	a.MerchantID = m.id
	a.PolicyVersion = b.policyVersion
	a.DecidedAt = schemas.Stamp(a.DecidedAt)
	if !a.Deadline.IsZero() {
		a.Deadline = schemas.Stamp(a.Deadline)
	}
	if !a.Until.IsZero() {
		a.Until = schemas.Stamp(a.Until)
	}
	a.FindingIDs = slices.Clone(a.FindingIDs)
	if a.FindingIDs == nil {
		a.FindingIDs = []string{}
	}
	slices.Sort(a.FindingIDs)
	a.FindingIDs = slices.Compact(a.FindingIDs)
	a.ActionID = ActionID(m.id, a.Family, a.SubjectID, a.Step, a.Code, a.FindingIDs)
	if _, dup := m.byID[a.ActionID]; dup {
		return
	}
	stored := a
	m.addAction(&stored)
	d.Actions = append(d.Actions, a)
	switch a.Code {
	case DeductPoints:
		d.Ledger = append(d.Ledger, LedgerEntry{EntryID: a.ActionID, MerchantID: m.id, ActionID: a.ActionID, Code: a.Code, Points: a.Points, At: a.DecidedAt, PolicyVersion: b.policyVersion})
	case Reverse:
		for _, id := range a.Reverses {
			if r := m.byID[id]; r != nil && r.Points != 0 {
				d.Ledger = append(d.Ledger, LedgerEntry{EntryID: a.ActionID + "/" + id, MerchantID: m.id, ActionID: a.ActionID, Code: a.Code, Points: -r.Points, At: a.DecidedAt, PolicyVersion: b.policyVersion})
			}
		}
	case PendingRectification:
		b.noteDeadline(a.Deadline)
	}
}
