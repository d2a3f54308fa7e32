package enforce

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
)

// Notice kinds.
const (
	NoticeRectification = "rectification" // one per action
	NoticeEarlyWarning  = "early_warning" // a self-check reminder before any judgment
	NoticeMonthlyList   = "monthly_list"  // the merchant is on the published list
)

// Notice is a message to a merchant, in English and Chinese, sent on
// notices.v1 (key merchant_id) and kept in ClickHouse. Its id is derived from
// what it is about, so a replay sends the same notice, not a second one.
type Notice struct {
	NoticeID      string    `json:"notice_id"`
	MerchantID    string    `json:"merchant_id"`
	Kind          string    `json:"kind"`
	ActionID      string    `json:"action_id,omitempty"`
	Code          string    `json:"code,omitempty"`
	Subject       string    `json:"subject,omitempty"`
	SubjectID     string    `json:"subject_id,omitempty"`
	Violation     string    `json:"violation,omitempty"`
	Deadline      time.Time `json:"deadline,omitzero"`
	TextEN        string    `json:"text_en"`
	TextZH        string    `json:"text_zh"`
	CreatedAt     time.Time `json:"created_at"`
	PolicyVersion string    `json:"policy_version"`
}

//go:embed templates/*.tmpl
var templateFiles embed.FS

// Notices renders notices from the embedded templates.
type Notices struct {
	cfg    *ladder.Config
	en, zh *template.Template
}

// NewNotices parses the templates; cfg gives the fix deadlines.
func NewNotices(cfg *ladder.Config) (*Notices, error) {
	funcs := template.FuncMap{
		"abs": func(n int) int {
			if n < 0 {
				return -n
			}
			return n
		},
		"join": strings.Join,
	}
	parse := func(name string) (*template.Template, error) {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFiles, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("notice templates: %w", err)
		}
		return t, nil
	}
	en, err := parse("notices.en.tmpl")
	if err != nil {
		return nil, err
	}
	zh, err := parse("notices.zh.tmpl")
	if err != nil {
		return nil, err
	}
	return &Notices{cfg: cfg, en: en, zh: zh}, nil
}

// timeFormat is how notices print times: unambiguous for both languages.
const timeFormat = "2006-01-02 15:04 UTC"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeFormat)
}

// evidenceItem is one line of evidence.
type evidenceItem struct{ Key, Value string }

// violationView is what a notice shows of one finding.
type violationView struct {
	FindingID, Code, Subject, SubjectID   string
	Version                               int64
	Explanation, ExplanationZH, Withdrawn string
	Evidence                              []evidenceItem
}

// actionView is the data of a rectification notice.
type actionView struct {
	NoticeID   string
	Action     ladder.Action
	Violations []violationView
	DecidedAt  string
	Deadline   string
	Until      string
	FixDays    int
}

// ForAction renders the rectification notice of an action; vs are the
// violations it names (as far as known).
func (n *Notices) ForAction(a ladder.Action, vs []ladder.Violation) (Notice, error) {
	deadline := a.Deadline
	if deadline.IsZero() && a.Code != ladder.Rectified && a.Code != ladder.Reverse {
		deadline = a.DecidedAt.Add(time.Duration(n.cfg.Notices.FixDays) * 24 * time.Hour)
	}
	nt := Notice{
		NoticeID: noticeID(NoticeRectification, a.ActionID), MerchantID: a.MerchantID, Kind: NoticeRectification,
		ActionID: a.ActionID, Code: a.Code, Subject: a.Subject, SubjectID: a.SubjectID, Violation: a.Violation,
		Deadline: deadline, CreatedAt: a.DecidedAt, PolicyVersion: a.PolicyVersion,
	}
	view := actionView{
		NoticeID: nt.NoticeID, Action: a, DecidedAt: fmtTime(a.DecidedAt), Deadline: fmtTime(deadline),
		Until: fmtTime(a.Until), FixDays: n.cfg.Notices.FixDays,
	}
	for _, v := range vs {
		vv := violationView{
			FindingID: v.FindingID, Code: v.Violation, Subject: v.Subject, SubjectID: v.SubjectID,
			Version: v.SubjectVersion, Explanation: v.Explanation, ExplanationZH: v.ExplanationZH,
			Evidence: evidenceItems(v.Evidence),
		}
		if vv.ExplanationZH == "" {
			vv.ExplanationZH = v.Explanation
		}
		view.Violations = append(view.Violations, vv)
	}
	return nt, n.render(&nt, "rectification", view)
}

// ForWarning renders an early warning (self-check reminder).
func (n *Notices) ForWarning(w ladder.EarlyWarning) (Notice, error) {
	nt := Notice{
		NoticeID: noticeID(NoticeEarlyWarning, w.WarningID), MerchantID: w.MerchantID, Kind: NoticeEarlyWarning,
		CreatedAt: w.At, PolicyVersion: w.PolicyVersion,
	}
	view := struct {
		NoticeID                   string
		Warning                    ladder.EarlyWarning
		At                         string
		PendingProducts, Instances int
	}{nt.NoticeID, w, fmtTime(w.At), w.PendingProducts, w.Instances}
	return nt, n.render(&nt, "early_warning", view)
}

// ForListing renders the warning to a merchant published on a monthly list.
func (n *Notices) ForListing(l *List, e ListedMerchant, publishedAt time.Time) (Notice, error) {
	deadline := publishedAt.Add(time.Duration(n.cfg.Notices.FixDays) * 24 * time.Hour)
	nt := Notice{
		NoticeID: noticeID(NoticeMonthlyList, l.Month, e.MerchantID, e.Family), MerchantID: e.MerchantID,
		Kind: NoticeMonthlyList, Subject: schemas.SubjectMerchant, SubjectID: e.MerchantID, Violation: e.Family,
		Deadline: deadline, CreatedAt: publishedAt, PolicyVersion: l.PolicyVersion,
	}
	view := struct {
		NoticeID, Month, Family, Label, Deadline string
		Count, FixDays                           int
	}{nt.NoticeID, l.Month, e.Family, e.Label, fmtTime(deadline), e.Count, n.cfg.Notices.FixDays}
	return nt, n.render(&nt, "monthly_list", view)
}

func (n *Notices) render(nt *Notice, name string, data any) error {
	var en, zh bytes.Buffer
	if err := n.en.ExecuteTemplate(&en, name, data); err != nil {
		return fmt.Errorf("notice %s (en): %w", name, err)
	}
	if err := n.zh.ExecuteTemplate(&zh, name, data); err != nil {
		return fmt.Errorf("notice %s (zh): %w", name, err)
	}
	nt.TextEN, nt.TextZH = strings.TrimSpace(en.String())+"\n", strings.TrimSpace(zh.String())+"\n"
	return nil
}

func noticeID(parts ...string) string {
	return "n-" + hash(parts...)
}

// evidenceItems lists evidence sorted by key, values as a person reads them.
func evidenceItems(ev map[string]any) []evidenceItem {
	keys := make([]string, 0, len(ev))
	for k := range ev {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]evidenceItem, 0, len(keys))
	for _, k := range keys {
		var s string
		switch v := ev[k].(type) {
		case string:
			s = v
		case float64:
			s = strconv.FormatFloat(v, 'f', -1, 64)
		case nil:
			s = "none"
		default:
			b, err := json.Marshal(v)
			if err != nil {
				b = []byte(fmt.Sprint(v))
			}
			s = string(b)
		}
		out = append(out, evidenceItem{Key: k, Value: s})
	}
	return out
}
