package serve

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
)

// fakeRunner answers every backtest with Report, after Block is closed when
// set; it records the requests.
type fakeRunner struct {
	Report *backtest.Report
	Block  chan struct{}
	mu     sync.Mutex
	reqs   []backtest.Request
}

var _ backtest.Runner = (*fakeRunner)(nil)

func (f *fakeRunner) Run(ctx context.Context, req backtest.Request) (*backtest.Report, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.mu.Unlock()
	if f.Block != nil {
		select {
		case <-f.Block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return f.Report, nil
}

// sampleReport is a report of the shape `haili backtest --json` prints: the
// candidate lowers fake_price_tier's threshold, gains two findings, loses one
// and moves one merchant to a warning.
func sampleReport() *backtest.Report {
	return &backtest.Report{
		Baseline:  backtest.Side{PolicyVersion: "2026.12.2+base", Findings: map[string]int{"fake_price_tier": 10, "false_moq": 4}, Actions: map[string]int{"pending_rectification": 12, "warning": 1}, Points: 30},
		Candidate: backtest.Side{PolicyVersion: "2026.12.3-cand+cand", Findings: map[string]int{"fake_price_tier": 11, "false_moq": 4}, Actions: map[string]int{"pending_rectification": 13, "warning": 2}, Points: 36},
		Events:    1234, From: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
		ByCategory: []backtest.CategoryDiff{{Category: "led_lighting", Code: "fake_price_tier", Gained: 2, Lost: 1}},
		Merchants: []backtest.MerchantChange{{MerchantID: "M-77", Baseline: backtest.Outcome{Actions: map[string]int{"pending_rectification": 1}, Points: 0},
			Candidate: backtest.Outcome{Actions: map[string]int{"pending_rectification": 2, "warning": 1}, Points: 6}}},
		Changes: []backtest.Change{
			{FindingID: "f-gain-1", EventID: "E-1", Subject: "listing", SubjectID: "L-GAIN-1", MerchantID: "M-77", CategoryID: "led_lighting", Code: "fake_price_tier",
				Candidate: true, CandidateExplanation: "The 1000+ tier at 0.50 is a bait price."},
			{FindingID: "f-gain-2", EventID: "E-2", Subject: "listing", SubjectID: "L-GAIN-2", MerchantID: "M-78", CategoryID: "led_lighting", Code: "fake_price_tier",
				Candidate: true, CandidateExplanation: "The 500+ tier at 0.90 is a bait price."},
			{FindingID: "f-lost-1", EventID: "E-3", Subject: "listing", SubjectID: "L-LOST-1", MerchantID: "M-79", CategoryID: "led_lighting", Code: "fake_price_tier",
				Baseline: true, BaselineExplanation: "The 200+ tier at 1.10 is a bait price."},
		},
	}
}

// candidatePolicy is the built-in policy with another version: a valid file.
func candidatePolicy(t testing.TB) string {
	t.Helper()
	return strings.Replace(string(policy.DefaultYAML()), "version:", "version: 2026.12.3-cand #", 1)
}

func backtestBody(t testing.TB, candidate string) string {
	b, err := json.Marshal(map[string]any{"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z", "category": "led_lighting",
		"sample_rate": 0.5, "candidate": candidate})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLabBacktest: admin only; 503 without a runner; a bad window or policy
// is 400; the report is answered as the runner made it; one at a time (429);
// past the time limit 504; a body over the policy limit 413.
func TestLabBacktest(t *testing.T) {
	srv := newServerWith(t, nil, nil)
	body := backtestBody(t, candidatePolicy(t))
	if code, _ := do(t, srv, "POST", "/api/v1/lab/backtests", tokAdmin, body); code != http.StatusServiceUnavailable {
		t.Errorf("no runner: %d, want 503", code)
	}
	run := &fakeRunner{Report: sampleReport()}
	srv.cfg.Backtest = run
	for _, tc := range []struct {
		tok, body string
		want      int
	}{
		{tokReviewer, body, http.StatusForbidden},
		{tokAnalyst, body, http.StatusForbidden},
		{tokMerchantA, body, http.StatusForbidden},
		{tokAdmin, `{"from":"2026-12-01T00:00:00Z","to":"2026-11-01T00:00:00Z","candidate":"x"}`, http.StatusBadRequest},
		{tokAdmin, backtestBody(t, "version: x\nnot_a_section: 1\n"), http.StatusBadRequest},
		{tokAdmin, `{"from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z","candidate":"x","sample_rate":2}`, http.StatusBadRequest},
		{tokAdmin, `{"from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z"}`, http.StatusBadRequest},
		{tokAdmin, `{"unknown":1}`, http.StatusBadRequest},
	} {
		if code, got := do(t, srv, "POST", "/api/v1/lab/backtests", tc.tok, tc.body); code != tc.want {
			t.Errorf("%s %s: %d %s, want %d", tc.tok, tc.body[:min(60, len(tc.body))], code, got, tc.want)
		}
	}
	if len(run.reqs) != 0 {
		t.Fatalf("refused requests reached the runner: %d", len(run.reqs))
	}

	code, got := do(t, srv, "POST", "/api/v1/lab/backtests", tokAdmin, body)
	if code != http.StatusOK {
		t.Fatalf("backtest: %d %s", code, got)
	}
	var rep backtest.Report
	if err := json.Unmarshal([]byte(got), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Events != 1234 || len(rep.Changes) != 3 || rep.Candidate.Findings["fake_price_tier"] != 11 {
		t.Errorf("report %+v", rep)
	}
	req := run.reqs[0]
	if req.Category != "led_lighting" || req.SampleRate != 0.5 || !req.From.Equal(sampleReport().From) || req.Baseline != nil ||
		!strings.Contains(string(req.Candidate), "2026.12.3-cand") {
		t.Errorf("request %+v", req)
	}

	// One at a time.
	run.Block = make(chan struct{})
	first := make(chan int)
	go func() {
		c, _ := do(t, srv, "POST", "/api/v1/lab/backtests", tokAdmin, body)
		first <- c
	}()
	deadline := time.Now().Add(5 * time.Second)
	for len(srv.backtests) == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if code, _ := do(t, srv, "POST", "/api/v1/lab/backtests", tokAdmin, body); code != http.StatusTooManyRequests {
		t.Errorf("second backtest while one runs: %d, want 429", code)
	}
	close(run.Block)
	if c := <-first; c != http.StatusOK {
		t.Errorf("first backtest: %d", c)
	}

	// Time limit.
	run.Block = make(chan struct{})
	defer close(run.Block)
	lim := DefaultLimits()
	lim.BacktestTimeout = 50 * time.Millisecond
	srv2 := newServerWith(t, nil, nil)
	srv2.cfg.Limits, srv2.cfg.Backtest = lim, run
	if code, got := do(t, srv2, "POST", "/api/v1/lab/backtests", tokAdmin, body); code != http.StatusGatewayTimeout {
		t.Errorf("slow backtest: %d %s, want 504", code, got)
	}

	// Body limit: a policy over 256 KiB.
	big := backtestBody(t, candidatePolicy(t)+"# "+strings.Repeat("x", 300<<10)+"\n")
	if code, _ := do(t, srv, "POST", "/api/v1/lab/backtests", tokAdmin, big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("big policy: %d, want 413", code)
	}
}

// TestLabBacktestRunnerRefuses: a request the real runner refuses before
// reading anything (here a window longer than its MaxWindow, which the
// console's own bound lets through) is 400 with the runner's reason, not 500.
func TestLabBacktestRunnerRefuses(t *testing.T) {
	srv := newServerWith(t, nil, nil)
	srv.cfg.Backtest = backtest.NewHistoryRunner(nil, zap.NewNop(), backtest.HistoryConfig{MaxWindow: 24 * time.Hour})
	code, body := do(t, srv, "POST", "/api/v1/lab/backtests", tokAdmin, backtestBody(t, candidatePolicy(t)))
	if code != http.StatusBadRequest || !strings.Contains(body, "longer than the limit") {
		t.Errorf("window over the runner's limit: %d %s, want 400", code, body)
	}
}

// TestLabShadowSQL: the comparison reads the latest shadow policy's findings
// from its first event on; the SQL sent is the snapshot's.
func TestLabShadowSQL(t *testing.T) {
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	since := testNow.Add(-72 * time.Hour)
	conn.Answer([]any{"2026.12.3-cand+cand", uint64(5), since, testNow})
	conn.Answer([]any{"2026-11-19", "fake_price_tier", uint64(3)})
	conn.Answer([]any{"2026-11-19", "fake_price_tier", uint64(4)})
	conn.Answer([]any{"f-live", "E-1", "listing", "L-1", "M-1", "fake_price_tier", "tier_value_drop", 0.8, "live says"})
	conn.Answer([]any{"f-shadow", "E-2", "listing", "L-2", "M-2", "fake_price_tier", "tier_value_drop", 0.7, "shadow says"})
	conn.Answer([]any{"f-both", "E-3", "listing", "L-3", "M-3", "false_moq", "moq_below_tiers", 0.9, "live why", "moq_text", 0.85, "shadow why"})
	code, body := do(t, srv, "GET", "/api/v1/lab/shadow?days=7", tokAdmin, "")
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, body)
	}
	var r struct {
		ShadowPolicy string         `json:"shadow_policy"`
		From         time.Time      `json:"from"`
		Configured   bool           `json:"backtests_configured"`
		LiveOnly     []Disagreement `json:"live_only"`
		ShadowOnly   []Disagreement `json:"shadow_only"`
		Changed      []Disagreement `json:"changed"`
		ShadowPerDay []DayCount     `json:"shadow_per_day"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if r.ShadowPolicy != "2026.12.3-cand+cand" || !r.From.Equal(since) || r.Configured || len(r.ShadowPerDay) != 1 {
		t.Errorf("comparison %+v", r)
	}
	if len(r.LiveOnly) != 1 || !r.LiveOnly[0].Live || r.LiveOnly[0].Shadow || r.LiveOnly[0].LiveExplanation != "live says" {
		t.Errorf("live only %+v", r.LiveOnly)
	}
	if len(r.ShadowOnly) != 1 || r.ShadowOnly[0].Live || r.ShadowOnly[0].ShadowExplanation != "shadow says" {
		t.Errorf("shadow only %+v", r.ShadowOnly)
	}
	if c := r.Changed; len(c) != 1 || c[0].LiveExplanation != "live why" || c[0].ShadowExplanation != "shadow why" || c[0].ShadowRule != "moq_text" {
		t.Errorf("changed %+v", c)
	}
	chdbtest.Verify(t, conn)
	for _, tok := range []string{tokReviewer, tokAnalyst, tokMerchantA} {
		if code, _ := do(t, srv, "GET", "/api/v1/lab/shadow", tok, ""); code != http.StatusForbidden {
			t.Errorf("%s: %d, want 403", tok, code)
		}
	}
}
