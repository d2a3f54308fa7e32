package serve

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
)

// NoticeView is a notice as the console and the portal show it.
type NoticeView struct {
	NoticeID  string    `json:"notice_id"`
	Kind      string    `json:"kind"`
	ActionID  string    `json:"action_id"`
	Code      string    `json:"code"`
	Subject   string    `json:"subject"`
	SubjectID string    `json:"subject_id"`
	Violation string    `json:"violation"`
	Deadline  time.Time `json:"deadline,omitzero"`
	TextEN    string    `json:"text_en"`
	TextZH    string    `json:"text_zh"`
	CreatedAt time.Time `json:"created_at"`
}

func (s *Server) loadNotices(ctx context.Context, merchantID string, offset, n int) ([]NoticeView, error) {
	rows, err := s.cfg.DB.Query(ctx, sqlMerchantNotices, merchantID, offset, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []NoticeView{}
	for rows.Next() {
		var n NoticeView
		if err := rows.Scan(&n.NoticeID, &n.Kind, &n.ActionID, &n.Code, &n.Subject, &n.SubjectID, &n.Violation,
			&n.Deadline, &n.TextEN, &n.TextZH, &n.CreatedAt); err != nil {
			return nil, err
		}
		if n.Deadline.Unix() <= 0 {
			n.Deadline = time.Time{}
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// merchant is the console's merchant page: history, points, actions, notices.
func (s *Server) merchant(w http.ResponseWriter, r *http.Request, p Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	id := r.PathValue("merchant_id")
	ctx := r.Context()
	n, offset, err := pageOf(r, 200, 1000)
	if err != nil {
		return err
	}
	findings, err := s.queryFindings(ctx, sqlMerchantFindings, id, offset, n)
	if err != nil {
		return err
	}
	st, err := s.enf.LoadMerchant(ctx, id)
	if err != nil {
		return err
	}
	var points int64
	var entries uint64
	if err := s.cfg.DB.QueryRow(ctx, sqlMerchantPoints, id).Scan(&points, &entries); err != nil {
		return err
	}
	notices, err := s.loadNotices(ctx, id, offset, n)
	if err != nil {
		return err
	}
	if p.Role == RoleMerchant {
		m := maskFor(findings, st.Violations)
		m.findings(findings)
		m.violations(st.Violations)
		m.notices(notices)
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"merchant_id": id, "findings": findings, "violations": nonNilSlice(st.Violations), "actions": nonNilSlice(st.Actions),
		"points_deducted": points, "ledger_entries": entries, "notices": notices,
		"next_offset": nextOffset(max(len(findings), len(notices)), n, offset),
	})
	return nil
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Server) merchantNotices(w http.ResponseWriter, r *http.Request, p Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	id := r.PathValue("merchant_id")
	n, offset, err := pageOf(r, 200, 1000)
	if err != nil {
		return err
	}
	ns, err := s.loadNotices(r.Context(), id, offset, n)
	if err != nil {
		return err
	}
	if p.Role == RoleMerchant {
		// The contact values of the merchant's findings, not only this page's.
		fs, err := s.queryFindings(r.Context(), sqlMerchantFindings, id, 0, 1000)
		if err != nil {
			return err
		}
		maskFor(fs, nil).notices(ns)
	}
	writeJSON(w, http.StatusOK, map[string]any{"notices": ns, "next_offset": nextOffset(len(ns), n, offset)})
	return nil
}

// Pending is a product waiting for rectification, with its deadline and evidence.
type Pending struct {
	Action     ladder.Action      `json:"action"`
	Deadline   time.Time          `json:"deadline,omitzero"`
	Violations []ladder.Violation `json:"violations"`
}

// merchantPending lists the merchant's pending products: pending
// rectification actions neither rectified nor reversed since.
func (s *Server) merchantPending(w http.ResponseWriter, r *http.Request, p Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	st, err := s.enf.LoadMerchant(r.Context(), r.PathValue("merchant_id"))
	if err != nil {
		return err
	}
	reversed := map[string]bool{}
	for _, a := range st.Actions {
		for _, id := range a.Reverses {
			reversed[id] = true
		}
	}
	if p.Role == RoleMerchant {
		maskFor(nil, st.Violations).violations(st.Violations)
	}
	byFinding := map[string]ladder.Violation{}
	for _, v := range st.Violations {
		byFinding[v.FindingID] = v
	}
	out := []Pending{}
	for _, a := range st.Actions {
		if a.Code != ladder.PendingRectification || reversed[a.ActionID] {
			continue
		}
		fixed := slices.ContainsFunc(st.Actions, func(b ladder.Action) bool {
			return b.Code == ladder.Rectified && b.SubjectID == a.SubjectID && !b.DecidedAt.Before(a.DecidedAt)
		})
		if fixed {
			continue
		}
		pd := Pending{Action: a, Deadline: a.Deadline, Violations: []ladder.Violation{}}
		for _, id := range a.FindingIDs {
			if v, ok := byFinding[id]; ok {
				pd.Violations = append(pd.Violations, v)
			}
		}
		out = append(out, pd)
	}
	writeJSON(w, http.StatusOK, map[string]any{"pending": out})
	return nil
}

// contactMask hides the contact values the detectors found in what a
// merchant reads. It replaces only those values (the `value` of each evidence
// span with a contact kind): dates, deadlines, ids, prices and amounts stay
// exactly as stored, because a rectification notice whose deadline is masked
// cannot be acted on. A value the detector already masked (policy
// reveal_contact_values off, the default) is left as it is.
type contactMask struct{ values []string }

func newContactMask(evidence ...map[string]any) *contactMask {
	seen := map[string]bool{}
	m := &contactMask{}
	for _, ev := range evidence {
		spans, _ := ev["spans"].([]any)
		for _, sp := range spans {
			span, _ := sp.(map[string]any)
			v, _ := span["value"].(string)
			v = strings.TrimSpace(v)
			if v == "" || strings.Contains(v, "*") || seen[v] {
				continue
			}
			seen[v] = true
			m.values = append(m.values, v)
		}
	}
	// Longest first, so a value inside another is not masked half-way.
	slices.SortFunc(m.values, func(a, b string) int { return len(b) - len(a) })
	return m
}

// maskValue keeps a value's first two characters.
func maskValue(v string) string {
	r := []rune(v)
	if len(r) <= 4 {
		return "****"
	}
	return string(r[:2]) + "****"
}

// Text masks the contact values in s.
func (m *contactMask) Text(s string) string {
	for _, v := range m.values {
		if strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, maskValue(v))
		}
	}
	return s
}

// Evidence masks the contact values in every string of an evidence tree.
func (m *contactMask) Evidence(v any) any {
	switch x := v.(type) {
	case string:
		return m.Text(x)
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = m.Evidence(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = m.Evidence(e)
		}
		return out
	}
	return v
}

func (m *contactMask) evidenceMap(ev map[string]any) map[string]any {
	if ev == nil {
		return nil
	}
	out, _ := m.Evidence(ev).(map[string]any)
	return out
}

func (m *contactMask) findings(fs []schemas.Finding) {
	for i := range fs {
		fs[i].Evidence = m.evidenceMap(fs[i].Evidence)
		fs[i].Explanation = m.Text(fs[i].Explanation)
		fs[i].ExplanationZH = m.Text(fs[i].ExplanationZH)
	}
}

func (m *contactMask) violations(vs []ladder.Violation) {
	for i := range vs {
		vs[i].Evidence = m.evidenceMap(vs[i].Evidence)
		vs[i].Explanation = m.Text(vs[i].Explanation)
		vs[i].ExplanationZH = m.Text(vs[i].ExplanationZH)
	}
}

func (m *contactMask) notices(ns []NoticeView) {
	for i := range ns {
		ns[i].TextEN, ns[i].TextZH = m.Text(ns[i].TextEN), m.Text(ns[i].TextZH)
	}
}

// maskFor is the mask of a merchant's contact values, from its findings and
// violations.
func maskFor(fs []schemas.Finding, vs []ladder.Violation) *contactMask {
	evs := make([]map[string]any, 0, len(fs)+len(vs))
	for _, f := range fs {
		evs = append(evs, f.Evidence)
	}
	for _, v := range vs {
		evs = append(evs, v.Evidence)
	}
	return newContactMask(evs...)
}
