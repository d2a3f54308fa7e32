package serve

import (
	"context"
	"net/http"
	"regexp"
	"slices"
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

func (s *Server) loadNotices(ctx context.Context, merchantID string) ([]NoticeView, error) {
	rows, err := s.cfg.DB.Query(ctx, sqlMerchantNotices, merchantID)
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
	findings, err := s.queryFindings(ctx, sqlMerchantFindings, id)
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
	notices, err := s.loadNotices(ctx, id)
	if err != nil {
		return err
	}
	if p.Role == RoleMerchant {
		maskFindings(findings)
		maskNotices(notices)
		for i := range st.Violations {
			st.Violations[i].Evidence, _ = maskEvidence(st.Violations[i].Evidence).(map[string]any)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"merchant_id": id, "findings": findings, "violations": nonNilSlice(st.Violations), "actions": nonNilSlice(st.Actions),
		"points_deducted": points, "ledger_entries": entries, "notices": notices,
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
	ns, err := s.loadNotices(r.Context(), r.PathValue("merchant_id"))
	if err != nil {
		return err
	}
	maskNotices(ns)
	writeJSON(w, http.StatusOK, map[string]any{"notices": ns})
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
				v.Evidence, _ = maskEvidence(v.Evidence).(map[string]any)
				pd.Violations = append(pd.Violations, v)
			}
		}
		out = append(out, pd)
	}
	writeJSON(w, http.StatusOK, map[string]any{"pending": out})
	return nil
}

// contactValue matches what could reach a person off the platform: e-mail
// addresses, links, handles and runs of digits long enough for a phone number.
var contactValue = regexp.MustCompile(`(?i)[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|(?:https?://|www\.)\S+|\+?\d[\d\s().-]{5,}\d|(?:wechat|weixin|wx|whatsapp|skype|telegram|line|qq)\s*(?:id)?\s*[:：]\s*\S+`)

// MaskContacts hides contact values in a text shown to merchants.
func MaskContacts(s string) string {
	return contactValue.ReplaceAllStringFunc(s, func(m string) string {
		r := []rune(m)
		if len(r) <= 2 {
			return "****"
		}
		return string(r[:2]) + "****"
	})
}

func maskEvidence(v any) any {
	switch x := v.(type) {
	case string:
		return MaskContacts(x)
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = maskEvidence(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = maskEvidence(e)
		}
		return out
	}
	return v
}

func maskFindings(fs []schemas.Finding) {
	for i := range fs {
		fs[i].Evidence, _ = maskEvidence(fs[i].Evidence).(map[string]any)
		fs[i].Explanation = MaskContacts(fs[i].Explanation)
		fs[i].ExplanationZH = MaskContacts(fs[i].ExplanationZH)
	}
}

func maskNotices(ns []NoticeView) {
	for i := range ns {
		ns[i].TextEN, ns[i].TextZH = MaskContacts(ns[i].TextEN), MaskContacts(ns[i].TextZH)
	}
}
