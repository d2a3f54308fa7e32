// Package health serves a role's liveness, readiness and Prometheus-format
// metrics over HTTP (--listen).
package health

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"strings"
	"time"

	"go.uber.org/zap"
)

// Metric is one gauge or counter in the Prometheus text format. Name may
// carry labels (`family{label="v"}`); samples of one family are listed
// together and share the Help and Type of the first.
type Metric struct {
	Name, Help, Type string // Type is "counter" or "gauge"
	Value            func() float64
}

// Server serves /healthz, /readyz and /metrics, and with Profiling the Go
// runtime's profiles under /debug/pprof/.
type Server struct {
	Ready     func(ctx context.Context) error
	Metrics   []Metric
	Profiling bool
}

// Handler returns the HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if s.Ready != nil {
			ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			defer cancel()
			if err := s.Ready(ctx); err != nil {
				http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		io.WriteString(w, "ready\n")
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		s.WriteMetrics(w)
	})
	if s.Profiling {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	return mux
}

// WriteMetrics writes the metrics in the Prometheus text format.
func (s *Server) WriteMetrics(w io.Writer) {
	family := ""
	for _, m := range s.Metrics {
		if f, _, _ := strings.Cut(m.Name, "{"); f != family {
			family = f
			fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", f, m.Help, f, m.Type)
		}
		fmt.Fprintf(w, "%s %g\n", m.Name, m.Value())
	}
}

// ListenAndServe serves on addr until ctx ends, and returns once the server
// has shut down.
func (s *Server) ListenAndServe(ctx context.Context, addr string, log *zap.Logger) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	log.Info("serving health and metrics", zap.String("addr", l.Addr().String()))
	return Serve(ctx, &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second}, l, 5*time.Second)
}

// Serve serves hs on l until ctx ends, then shuts it down, giving in-flight
// requests up to grace to finish. It returns only once Shutdown has
// returned, so that the caller may then close what the handlers use (the
// ClickHouse connection): a handler still running after grace is cut off by
// closing its connection, and Serve says so.
func Serve(ctx context.Context, hs *http.Server, l net.Listener, grace time.Duration) error {
	served := make(chan error, 1)
	go func() { served <- hs.Serve(l) }()
	select {
	case err := <-served:
		return err // never http.ErrServerClosed: nothing shut it down
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		hs.Close()
		err = fmt.Errorf("shutdown: %w", err)
	}
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
