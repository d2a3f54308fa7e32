// Package health serves a role's liveness, readiness and Prometheus metrics
// over HTTP (--listen). Metrics come from the Prometheus client library: a
// role registers its collectors on the Registry that NewRegistry makes (Go
// runtime and process collectors included) and the Server exposes it.
package health

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// NewRegistry is a metrics registry with the Go runtime's and the process's
// collectors (go_*, process_*).
func NewRegistry() *prometheus.Registry {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return r
}

// Server serves /healthz, /readyz and /metrics, and with Profiling the Go
// runtime's profiles under /debug/pprof/.
type Server struct {
	// Ready reports whether the role can do its work (its servers answer);
	// nil means always ready.
	Ready func(ctx context.Context) error
	// Metrics is what /metrics exposes; nil exposes nothing but is allowed.
	Metrics   prometheus.Gatherer
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
	g := s.Metrics
	if g == nil {
		g = prometheus.NewRegistry()
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError}))
	if s.Profiling {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	return mux
}

// Gate is a readiness check that fails until the role has connected (Open),
// then asks the checks it was opened with: /readyz says "starting" while a
// role retries its servers at start-up, and follows them afterwards (a
// server that restarts makes the role unready until it answers again).
type Gate struct {
	checks atomic.Pointer[[]func(context.Context) error]
}

// Open makes the gate ready whenever every check passes.
func (g *Gate) Open(checks ...func(context.Context) error) { g.checks.Store(&checks) }

// Ready is the readiness check of the gate.
func (g *Gate) Ready(ctx context.Context) error {
	cs := g.checks.Load()
	if cs == nil {
		return errors.New("starting: not connected to its servers yet")
	}
	for _, c := range *cs {
		if err := c(ctx); err != nil {
			return err
		}
	}
	return nil
}

// Swap is an http.Handler whose handler can be replaced while it serves: a
// role serves its health endpoints while it connects, then the full handler.
type Swap struct{ h atomic.Pointer[http.Handler] }

// NewSwap serves h until Set.
func NewSwap(h http.Handler) *Swap {
	s := &Swap{}
	s.Set(h)
	return s
}

// Set replaces the handler.
func (s *Swap) Set(h http.Handler) { s.h.Store(&h) }

func (s *Swap) ServeHTTP(w http.ResponseWriter, r *http.Request) { (*s.h.Load()).ServeHTTP(w, r) }

var _ http.Handler = (*Swap)(nil)

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
