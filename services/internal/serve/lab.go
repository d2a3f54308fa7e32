package serve

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/backtest"
)

// The policy lab (admin): live findings against the shadow policy's
// (shadow_findings, written by `haili detect --shadow-policy`) per day and
// code with a sample of the findings they disagree on, and backtests of a
// candidate policy over the stored history through Config.Backtest.

// ShadowVersion is one candidate policy seen in shadow_findings.
type ShadowVersion struct {
	PolicyVersion string    `json:"policy_version"`
	Findings      uint64    `json:"findings"`
	Since         time.Time `json:"since"` // its oldest event
	LastDetected  time.Time `json:"last_detected"`
}

// Disagreement is a finding one side makes and the other does not, or makes
// with another rule or confidence; each side's explanation when it has one.
type Disagreement struct {
	FindingID         string  `json:"finding_id"`
	EventID           string  `json:"event_id"`
	Subject           string  `json:"subject"`
	SubjectID         string  `json:"subject_id"`
	MerchantID        string  `json:"merchant_id"`
	Code              string  `json:"code"`
	Live              bool    `json:"live"`
	Shadow            bool    `json:"shadow"`
	LiveRule          string  `json:"live_rule,omitempty"`
	LiveConfidence    float64 `json:"live_confidence,omitempty"`
	LiveExplanation   string  `json:"live_explanation,omitempty"`
	ShadowRule        string  `json:"shadow_rule,omitempty"`
	ShadowConfidence  float64 `json:"shadow_confidence,omitempty"`
	ShadowExplanation string  `json:"shadow_explanation,omitempty"`
}

func (s *Server) shadowVersions(ctx context.Context) ([]ShadowVersion, error) {
	rows, err := s.cfg.DB.Query(ctx, sqlLabShadowVersions)
	if err != nil {
		return nil, fmt.Errorf("shadow versions: %w", err)
	}
	defer rows.Close()
	out := []ShadowVersion{}
	for rows.Next() {
		var v ShadowVersion
		if err := rows.Scan(&v.PolicyVersion, &v.Findings, &v.Since, &v.LastDetected); err != nil {
			return nil, fmt.Errorf("shadow versions: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func (s *Server) perDay(ctx context.Context, q string, args ...any) ([]DayCount, error) {
	rows, err := s.cfg.DB.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("per day: %w", err)
	}
	defer rows.Close()
	out := []DayCount{}
	for rows.Next() {
		var d DayCount
		if err := rows.Scan(&d.Day, &d.Code, &d.N); err != nil {
			return nil, fmt.Errorf("per day: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// disagreements reads one sample query; live and shadow say which side made
// the findings it returns, changed that it returns both sides.
func (s *Server) disagreements(ctx context.Context, q string, live, shadow, changed bool, args ...any) ([]Disagreement, error) {
	rows, err := s.cfg.DB.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("disagreements: %w", err)
	}
	defer rows.Close()
	out := []Disagreement{}
	for rows.Next() {
		d := Disagreement{Live: live, Shadow: shadow}
		var rule, expl string
		var conf float64
		dest := []any{&d.FindingID, &d.EventID, &d.Subject, &d.SubjectID, &d.MerchantID, &d.Code, &rule, &conf, &expl}
		if changed {
			dest = append(dest, &d.ShadowRule, &d.ShadowConfidence, &d.ShadowExplanation)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("disagreements: %w", err)
		}
		if live {
			d.LiveRule, d.LiveConfidence, d.LiveExplanation = rule, conf, expl
		} else {
			d.ShadowRule, d.ShadowConfidence, d.ShadowExplanation = rule, conf, expl
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// labShadow answers live against shadow per day and code over ?days (default
// 30) for ?policy_version (default the latest shadow policy), from the
// shadow's first event on, with up to ?limit (default 20) sampled findings of
// each kind of disagreement: live only, shadow only, changed.
func (s *Server) labShadow(w http.ResponseWriter, r *http.Request, _ Principal) error {
	resp := map[string]any{"backtests_configured": s.cfg.Backtest != nil, "in_force": s.cfg.Policy.ID()}
	if s.cfg.DB == nil {
		resp["note"] = "no ClickHouse configured (--clickhouse): no shadow findings to compare"
		writeJSON(w, http.StatusOK, resp)
		return nil
	}
	if r.URL.Query().Get("days") == "" {
		q := r.URL.Query()
		q.Set("days", "30")
		r.URL.RawQuery = q.Encode()
	}
	from, err := since(r, s.cfg.Clock())
	if err != nil {
		return err
	}
	n, err := limit(r, 20, 200)
	if err != nil {
		return err
	}
	version := r.URL.Query().Get("policy_version")
	if version != "" && !plainValue.MatchString(version) {
		return errorf(http.StatusBadRequest, "policy_version is not a plain value")
	}
	ctx := r.Context()
	versions, err := s.shadowVersions(ctx)
	if err != nil {
		return err
	}
	resp["shadow_versions"] = versions
	var sv *ShadowVersion
	for i := range versions {
		if version == "" || versions[i].PolicyVersion == version {
			sv = &versions[i]
			break
		}
	}
	if sv == nil {
		if version != "" {
			return errorf(http.StatusNotFound, "no shadow findings of policy %s", version)
		}
		resp["note"] = "no shadow findings yet: run haili detect --shadow-policy FILE"
		writeJSON(w, http.StatusOK, resp)
		return nil
	}
	// Live findings from before the shadow ran are no disagreement.
	if sv.Since.After(from) {
		from = sv.Since
	}
	live, err := s.perDay(ctx, sqlOverviewPerDay, from)
	if err != nil {
		return err
	}
	shadow, err := s.perDay(ctx, sqlLabShadowPerDay, sv.PolicyVersion, from)
	if err != nil {
		return err
	}
	liveOnly, err := s.disagreements(ctx, sqlLabLiveOnly, true, false, false, from, sv.PolicyVersion, from, n)
	if err != nil {
		return err
	}
	shadowOnly, err := s.disagreements(ctx, sqlLabShadowOnly, false, true, false, sv.PolicyVersion, from, from, n)
	if err != nil {
		return err
	}
	changed, err := s.disagreements(ctx, sqlLabChanged, true, true, true, from, sv.PolicyVersion, from, n)
	if err != nil {
		return err
	}
	resp["shadow_policy"] = sv.PolicyVersion
	resp["from"] = from
	resp["live_per_day"], resp["shadow_per_day"] = live, shadow
	resp["live_only"], resp["shadow_only"], resp["changed"] = liveOnly, shadowOnly, changed
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// backtestRequest is the body of POST /api/v1/lab/backtests: a window, the
// filters and the policy files' text.
type backtestRequest struct {
	From       time.Time `json:"from"`
	To         time.Time `json:"to"`
	Category   string    `json:"category"`
	SampleRate float64   `json:"sample_rate"`
	Candidate  string    `json:"candidate"`
	Baseline   string    `json:"baseline"`
}

// MaxBacktestWindow bounds the window of one backtest from the policy lab.
const MaxBacktestWindow = 366 * 24 * time.Hour

// labBacktest runs one backtest through Config.Backtest: one at a time
// (else 429), within Limits.BacktestTimeout (else 504); the route's body
// limit is Limits.MaxPolicyBytes (413). A request the runner refuses
// (*backtest.RequestError) is 400.
func (s *Server) labBacktest(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.Backtest == nil {
		return errorf(http.StatusServiceUnavailable, "backtests are not configured on this server")
	}
	var req backtestRequest
	if err := decodeBody(r, &req); err != nil {
		return err
	}
	switch {
	case req.From.IsZero() || req.To.IsZero() || !req.From.Before(req.To):
		return errorf(http.StatusBadRequest, "from and to must be RFC 3339 times, from before to")
	case req.To.Sub(req.From) > MaxBacktestWindow:
		return errorf(http.StatusBadRequest, "the window may be at most 366 days")
	case req.SampleRate < 0 || req.SampleRate > 1:
		return errorf(http.StatusBadRequest, "sample_rate must be from 0 to 1")
	case req.Category != "" && !plainValue.MatchString(req.Category):
		return errorf(http.StatusBadRequest, "category is not a plain value")
	case req.Candidate == "":
		return errorf(http.StatusBadRequest, "candidate policy is required")
	}
	for _, p := range []struct{ name, text string }{{"candidate", req.Candidate}, {"baseline", req.Baseline}} {
		if p.text == "" {
			continue
		}
		if _, err := policy.Parse([]byte(p.text)); err != nil {
			return errorf(http.StatusBadRequest, "%s policy: %v", p.name, err)
		}
	}
	breq := backtest.Request{From: req.From.UTC(), To: req.To.UTC(), Category: req.Category, SampleRate: req.SampleRate,
		Candidate: []byte(req.Candidate)}
	if req.Baseline != "" {
		breq.Baseline = []byte(req.Baseline)
	}
	select {
	case s.backtests <- struct{}{}:
	default:
		retryAfter(w, 10*time.Second)
		return errorf(http.StatusTooManyRequests, "a backtest is running; retry when it is done")
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), s.cfg.Limits.BacktestTimeout)
	type result struct {
		rep *backtest.Report
		err error
	}
	done := make(chan result, 1)
	started := time.Now()
	go func() {
		// The slot is released when the run ends, not when the request
		// gives up: a runner slow to stop still counts as running.
		defer func() { <-s.backtests }()
		defer cancel()
		rep, err := s.cfg.Backtest.Run(ctx, breq)
		done <- result{rep, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		res = result{err: ctx.Err()}
	case <-r.Context().Done():
		cancel()
		return r.Context().Err()
	}
	if errors.Is(res.err, context.DeadlineExceeded) {
		return errorf(http.StatusGatewayTimeout, "the backtest did not finish within %s; narrow the window or sample", s.cfg.Limits.BacktestTimeout)
	}
	// The runner checks the request against its own bounds too (a MaxWindow
	// shorter than the console's): a request it refuses is the client's error.
	var invalid *backtest.RequestError
	if errors.As(res.err, &invalid) {
		return errorf(http.StatusBadRequest, "%v", invalid.Err)
	}
	if res.err != nil {
		return fmt.Errorf("backtest: %w", res.err)
	}
	if res.rep == nil {
		return errors.New("backtest: no report")
	}
	s.cfg.Log.Info("backtest run", zap.Time("from", breq.From), zap.Time("to", breq.To), zap.Int("events", res.rep.Events),
		zap.Int("changes", len(res.rep.Changes)), zap.Duration("took", time.Since(started)))
	writeJSON(w, http.StatusOK, res.rep)
	return nil
}
