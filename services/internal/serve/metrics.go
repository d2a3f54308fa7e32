package serve

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/haili/haili/services/internal/health"
)

// metrics are the API's Prometheus metrics.
type metrics struct {
	duration *prometheus.HistogramVec // by route and status
	check    prometheus.Histogram
}

// register puts the API's metrics on reg (a health.NewRegistry when nil) and
// returns it.
func (s *Server) register(reg *prometheus.Registry) *prometheus.Registry {
	if reg == nil {
		reg = health.NewRegistry()
	}
	counter := func(name, help string, v interface{ Load() int64 }) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return float64(v.Load()) })
	}
	s.m.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "haili_serve_request_duration_seconds",
		Help:    "Time to serve an API request, by route pattern and status code.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"route", "status"})
	s.m.check = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "haili_serve_check_duration_seconds",
		Help:    "Time the detectors took to check one listing for the check API.",
		Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25},
	})
	reg.MustRegister(
		counter("haili_serve_requests_total", "API requests served.", &s.requests),
		counter("haili_serve_denied_total", "API requests refused for want of a token or role (401, 403, 404 by scope).", &s.denied),
		counter("haili_serve_failures_total", "API requests that failed with a server error.", &s.failures),
		counter("haili_serve_checks_total", "Listings checked by the check API.", &s.checks),
		counter("haili_serve_check_findings_total", "Findings returned by the check API.", &s.checkFindings),
		s.m.duration, s.m.check,
	)
	return reg
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// timed wraps w to record the status; the function it returns observes the
// request's duration under route.
func (s *Server) timed(route string, w http.ResponseWriter) (*statusWriter, func()) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	return sw, func() {
		status := sw.status
		if status == 0 {
			status = http.StatusOK
		}
		s.m.duration.WithLabelValues(route, strconv.Itoa(status)).Observe(time.Since(start).Seconds())
	}
}
