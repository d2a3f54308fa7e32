package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/health"
	"github.com/haili/haili/services/internal/health/healthtest"
	"github.com/haili/haili/services/internal/serve"
)

// TestRoleMetrics scrapes each role's /metrics as wired at start-up and
// has promtool check it; today's metric names are kept beside the new
// histograms.
func TestRoleMetrics(t *testing.T) {
	// A broker that refuses: the lag collector counts an error, no lag.
	brokers := []string{"127.0.0.1:1"}
	t.Run("detect", func(t *testing.T) {
		reg := health.NewRegistry()
		var st detect.Stats
		cfg := detect.DefaultConfig(brokers)
		registerDetect(reg, &st, cfg)
		st.Events.Add(3)
		st.Observer.Process(300 * time.Microsecond)
		st.Observer.FlushStep(0, 20*time.Millisecond)
		st.Observer.Committed(time.Now().Add(-2*time.Second), time.Now())
		body := scrape(t, &health.Server{Metrics: reg})
		for _, want := range []string{"haili_detect_events_total 3", "haili_detect_flush_step_seconds_total{step=\"commit\"}",
			"haili_detect_event_process_duration_seconds_bucket", "haili_detect_flush_step_duration_seconds_bucket{step=\"insert_findings\"",
			"haili_detect_produce_to_commit_seconds_count 1", "haili_consumer_lag_errors_total 1", "go_goroutines", "process_"} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
		healthtest.Promtool(t, []byte(body))
	})
	t.Run("enforce", func(t *testing.T) {
		reg := health.NewRegistry()
		var st enforce.Stats
		registerEnforce(reg, &st, enforce.DefaultConfig(brokers))
		st.FlushStep("commit", 5*time.Millisecond)
		body := scrape(t, &health.Server{Metrics: reg})
		for _, want := range []string{"haili_enforce_inputs_total 0", "haili_enforce_flush_step_duration_seconds_bucket{step=\"commit\""} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
		healthtest.Promtool(t, []byte(body))
	})
	t.Run("serve", func(t *testing.T) {
		p, err := policy.Load("")
		if err != nil {
			t.Fatal(err)
		}
		engine, err := detectors.New(p)
		if err != nil {
			t.Fatal(err)
		}
		srv, err := serve.New(serve.Config{Policy: p, Engine: engine, Tokens: serve.Tokens{}, Metrics: health.NewRegistry()})
		if err != nil {
			t.Fatal(err)
		}
		h := srv.Handler()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/openapi.json", nil))
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		body := rec.Body.String()
		for _, want := range []string{"haili_serve_requests_total 1", `haili_serve_request_duration_seconds_count{route="GET /api/v1/openapi.json",status="200"} 1`, "haili_serve_check_duration_seconds"} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
		healthtest.Promtool(t, []byte(body))
	})
}

func scrape(t *testing.T, s *health.Server) string {
	t.Helper()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("/metrics: %d", rec.Code)
	}
	return rec.Body.String()
}
