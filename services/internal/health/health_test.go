package health

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/haili/haili/services/internal/health/healthtest"
)

// TestServeWaitsForInFlightRequests: Serve returns only once a request that
// was being handled when ctx ended is done, so that its caller may then
// close what handlers use.
func TestServeWaitsForInFlightRequests(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}), make(chan struct{})
	hs := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
	})}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, hs, l, time.Minute) }()
	go http.Get("http://" + l.Addr().String() + "/")
	<-entered
	cancel()
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) while a request was in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if err := <-served; err != nil {
		t.Fatalf("Serve: %v", err)
	}
}

// TestMetricsPassPromtool: /metrics is the client library's exposition
// with the runtime and process collectors, and promtool accepts it.
func TestMetricsPassPromtool(t *testing.T) {
	reg := NewRegistry()
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "haili_test_duration_seconds", Help: "A test histogram."}, []string{"step"})
	reg.MustRegister(h)
	h.WithLabelValues("a").Observe(0.2)
	body := get(t, (&Server{Metrics: reg}).Handler(), "/metrics", http.StatusOK)
	for _, want := range []string{"go_goroutines", "go_memstats_alloc_bytes", "haili_test_duration_seconds_bucket"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	healthtest.Promtool(t, []byte(body))
}

// TestGate: /healthz answers from the start; /readyz only once the role has
// connected and while its servers answer.
func TestGate(t *testing.T) {
	var g Gate
	var down atomic.Bool
	h := (&Server{Ready: g.Ready}).Handler()
	get(t, h, "/healthz", http.StatusOK)
	if body := get(t, h, "/readyz", http.StatusServiceUnavailable); !strings.Contains(body, "starting") {
		t.Errorf("/readyz before Open: %q", body)
	}
	g.Open(func(context.Context) error {
		if down.Load() {
			return errors.New("clickhouse: connection refused")
		}
		return nil
	})
	get(t, h, "/readyz", http.StatusOK)
	down.Store(true) // a server restarts
	get(t, h, "/readyz", http.StatusServiceUnavailable)
	get(t, h, "/healthz", http.StatusOK)
	down.Store(false)
	get(t, h, "/readyz", http.StatusOK)
}

func TestSwap(t *testing.T) {
	s := NewSwap(http.NotFoundHandler())
	get(t, s, "/", http.StatusNotFound)
	s.Set(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	get(t, s, "/", http.StatusOK)
}

func get(t *testing.T, h http.Handler, path string, want int) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != want {
		t.Errorf("GET %s: %d, want %d (%s)", path, rec.Code, want, rec.Body)
	}
	return rec.Body.String()
}
