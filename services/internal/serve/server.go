package serve

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/haili/haili/services/internal/chdb"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/health"
)

//go:embed openapi.json
var openAPI []byte

//go:embed web
var webFiles embed.FS

// Producer sends one record to a Kafka topic; the withdrawals of dismissed
// findings and upheld appeals go through it.
type Producer interface {
	Produce(ctx context.Context, topic string, key, value []byte) error
}

// Config is what the server needs.
type Config struct {
	Policy *policy.Policy
	Engine *detectors.Engine
	// Market is the market reference of the check API; nil or a nil result
	// means none.
	Market func() *market.Reference
	// DB is the ClickHouse database; nil leaves only the check API, the
	// pages and health.
	DB *chdb.DB
	// Producer sends withdrawals and list notices; nil refuses dismissals and
	// upheld appeals (503).
	Producer Producer
	Tokens   Tokens
	// Merchants names merchants on the monthly list (else their ids are masked).
	Merchants map[string]enforce.MerchantName
	// PublishDir receives the published CSV and HTML files.
	PublishDir string
	Clock      func() time.Time
	Log        *zap.Logger
	// Metrics is the registry the API's metrics go on (and /metrics
	// exposes); nil makes one with the runtime collectors.
	Metrics *prometheus.Registry
}

// Server serves the API, the pages, /healthz, /readyz and /metrics.
type Server struct {
	cfg     Config
	routes  []route
	handler http.Handler
	decoder schemas.Decoder
	enf     *enforce.DB
	notices *enforce.Notices
	health  *health.Server
	m       metrics

	requests, denied, failures, checks, checkFindings atomic.Int64
}

// access says who may use a route.
type access int

const (
	public     access = iota // no token
	anyRole                  // any token; merchants see their own rows only
	staffOnly                // admin, analyst, reviewer
	reviewers                // admin, reviewer
	adminOnly                // admin
	merchantOf               // staff, or the merchant named by {merchant_id}
)

type route struct {
	Method, Pattern string
	access          access
	h               func(w http.ResponseWriter, r *http.Request, p Principal) error
}

// httpError is an error with its status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

var errNoDB = &httpError{status: http.StatusServiceUnavailable, msg: "no ClickHouse configured (--clickhouse)"}

// New builds a server.
func New(cfg Config) (*Server, error) {
	if cfg.Policy == nil || cfg.Engine == nil {
		return nil, errors.New("api: policy and engine are required")
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = zap.NewNop()
	}
	s := &Server{cfg: cfg}
	if cfg.DB != nil {
		s.enf = enforce.NewDB(cfg.DB)
	}
	if !cfg.Policy.Enforcement.IsZero() {
		n, err := enforce.NewNotices(&cfg.Policy.Enforcement)
		if err != nil {
			return nil, err
		}
		s.notices = n
	}
	s.routes = s.table()
	s.health = &health.Server{Ready: s.ready, Metrics: s.register(cfg.Metrics)}
	mux := http.NewServeMux()
	for _, rt := range s.routes {
		mux.Handle(rt.Method+" "+rt.Pattern, s.wrap(rt))
	}
	hh := s.health.Handler()
	mux.Handle("GET /healthz", hh)
	mux.Handle("GET /readyz", hh)
	mux.Handle("GET /metrics", hh)
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		return nil, err
	}
	assets := http.FileServerFS(web)
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", assets))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { page(w, web, "console.html") })
	mux.HandleFunc("GET /portal", func(w http.ResponseWriter, r *http.Request) { page(w, web, "portal.html") })
	s.handler = mux
	return s, nil
}

func page(w http.ResponseWriter, web fs.FS, name string) {
	b, err := fs.ReadFile(web, name)
	if err != nil {
		http.Error(w, "missing page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:")
	w.Write(b)
}

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

var _ http.Handler = (*Server)(nil)

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) ready(ctx context.Context) error {
	if s.cfg.DB == nil {
		return nil
	}
	return s.cfg.DB.Ping(ctx)
}

// authenticate finds the principal of a request's bearer token.
func (s *Server) authenticate(r *http.Request) (Principal, bool) {
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok {
		return Principal{}, false
	}
	p, ok := s.cfg.Tokens[strings.TrimSpace(tok)]
	return p, ok
}

func allowed(a access, p Principal, r *http.Request) error {
	isStaff := p.Role == RoleAdmin || p.Role == RoleAnalyst || p.Role == RoleReviewer
	switch a {
	case anyRole:
		return nil
	case staffOnly:
		if isStaff {
			return nil
		}
	case reviewers:
		if p.Role == RoleAdmin || p.Role == RoleReviewer {
			return nil
		}
	case adminOnly:
		if p.Role == RoleAdmin {
			return nil
		}
	case merchantOf:
		if isStaff {
			return nil
		}
		if p.Role == RoleMerchant && p.MerchantID != "" && r.PathValue("merchant_id") == p.MerchantID {
			return nil
		}
		// Another merchant's resource does not exist for this token.
		return errorf(http.StatusNotFound, "not found")
	}
	return errorf(http.StatusForbidden, "role %s may not use this route", p.Role)
}

func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w, done := s.timed(rt.Method+" "+rt.Pattern, rw)
		defer done()
		s.requests.Add(1)
		var p Principal
		if rt.access != public {
			var ok bool
			if p, ok = s.authenticate(r); !ok {
				s.denied.Add(1)
				w.Header().Set("WWW-Authenticate", `Bearer realm="haili"`)
				writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "a bearer token is required"})
				return
			}
			if err := allowed(rt.access, p, r); err != nil {
				s.denied.Add(1)
				s.fail(w, r, err)
				return
			}
		}
		r.Body = http.MaxBytesReader(w, r.Body, 32<<20)
		if err := rt.h(w, r, p); err != nil {
			s.fail(w, r, err)
		}
	})
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	if errors.As(err, &he) {
		writeJSON(w, he.status, map[string]string{"error": he.msg})
		return
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": "request body too large"})
		return
	}
	s.failures.Add(1)
	s.cfg.Log.Warn("request failed", zap.String("route", r.Pattern), zap.Error(err))
	writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func decodeBody(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return errorf(http.StatusBadRequest, "request body: %v", err)
	}
	return nil
}

// table is every API route.
func (s *Server) table() []route {
	return []route{
		{"GET", "/api/v1/openapi.json", public, s.openAPI},
		{"GET", "/api/v1/me", anyRole, s.me},
		{"POST", "/api/v1/check/listing", anyRole, s.checkListing},
		{"POST", "/api/v1/check/listings", anyRole, s.checkListings},

		{"GET", "/api/v1/overview", staffOnly, s.overview},
		{"GET", "/api/v1/violations", staffOnly, s.violations},
		{"GET", "/api/v1/findings/{finding_id}", staffOnly, s.finding},
		{"GET", "/api/v1/policy", staffOnly, s.policyVersions},

		{"GET", "/api/v1/merchants/{merchant_id}", merchantOf, s.merchant},
		{"GET", "/api/v1/merchants/{merchant_id}/notices", merchantOf, s.merchantNotices},
		{"GET", "/api/v1/merchants/{merchant_id}/pending", merchantOf, s.merchantPending},
		{"POST", "/api/v1/merchants/{merchant_id}/appeals", merchantOf, s.fileAppeal},

		{"GET", "/api/v1/reviews", reviewers, s.reviewQueue},
		{"GET", "/api/v1/reviews/decisions", staffOnly, s.reviewDecisions},
		{"POST", "/api/v1/reviews/{finding_id}", reviewers, s.decideReview},
		{"GET", "/api/v1/appeals", reviewers, s.appeals},
		{"POST", "/api/v1/appeals/{finding_id}", reviewers, s.decideAppeal},

		{"GET", "/api/v1/lists/{month}", staffOnly, s.listPreview},
		{"GET", "/api/v1/lists/{month}/csv", staffOnly, s.listCSV},
		{"GET", "/api/v1/lists/{month}/html", staffOnly, s.listHTML},
		{"POST", "/api/v1/lists/{month}/publish", adminOnly, s.listPublish},
	}
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request, _ Principal) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(openAPI)
	return err
}

func (s *Server) me(w http.ResponseWriter, r *http.Request, p Principal) error {
	writeJSON(w, http.StatusOK, map[string]any{"principal": p, "policy_version": s.cfg.Policy.ID()})
	return nil
}
