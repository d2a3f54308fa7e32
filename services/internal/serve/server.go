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
	"github.com/haili/haili/services/internal/backtest"
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
	// Limits bound bodies, checks in flight, timeouts and failed
	// authentications; the zero value means DefaultLimits.
	Limits Limits
	Clock  func() time.Time
	Log    *zap.Logger
	// Metrics is the registry the API's metrics go on (and /metrics
	// exposes); nil makes one with the runtime collectors.
	Metrics *prometheus.Registry
	// Backtest runs the policy lab's backtests over the stored history; nil
	// refuses them (503) and the console says they are not configured.
	Backtest backtest.Runner
}

// Server serves the API, the pages, /healthz, /readyz and /metrics.
type Server struct {
	cfg      Config
	routes   []route
	handler  http.Handler
	decoder  schemas.Decoder
	enf      *enforce.DB
	notices  *enforce.Notices
	health   *health.Server
	inflight *gate
	auth     *authThrottle
	locks    keyLocks
	m        metrics
	// backtests holds the one backtest running.
	backtests chan struct{}

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
	appellant                // admin, reviewer, or the merchant named by {merchant_id} (not the read-only analyst)
)

type route struct {
	Method, Pattern string
	access          access
	h               func(w http.ResponseWriter, r *http.Request, p Principal) error
	// body is the largest request body the route reads (0: Limits.MaxBodyBytes).
	body int64
	// check marks the check routes, bounded in flight (Limits.MaxChecks).
	check bool
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
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits()
	}
	if err := cfg.Limits.Validate(); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, inflight: newGate(cfg.Limits.MaxChecks, cfg.Limits.MaxChecksPerToken),
		auth: newAuthThrottle(cfg.Limits.AuthFailures, cfg.Limits.AuthWindow, time.Now), backtests: make(chan struct{}, 1)}
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
	assets := http.StripPrefix("/assets/", http.FileServerFS(web))
	mux.Handle("GET /assets/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Files only: a directory is not listed.
		name := strings.TrimPrefix(r.URL.Path, "/assets/")
		if st, err := fs.Stat(web, name); name == "" || err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		assets.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { page(w, web, "console.html") })
	mux.HandleFunc("GET /portal", func(w http.ResponseWriter, r *http.Request) { page(w, web, "portal.html") })
	s.handler = securityHeaders(mux)
	return s, nil
}

// contentSecurityPolicy is sent with every response: pages, assets, JSON
// and downloads; frame-ancestors 'none' keeps the console out of frames.
const contentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// securityHeaders sets the headers every response carries.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

func page(w http.ResponseWriter, web fs.FS, name string) {
	b, err := fs.ReadFile(web, name)
	if err != nil {
		http.Error(w, "missing page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b)
}

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

var _ http.Handler = (*Server)(nil)

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// errNotReady is all /readyz says: it needs no token, so the cause (an
// address, a driver message) goes to the log only.
var errNotReady = errors.New("ClickHouse unreachable")

func (s *Server) ready(ctx context.Context) error {
	if s.cfg.DB == nil {
		return nil
	}
	if err := s.cfg.DB.Ping(ctx); err != nil {
		s.cfg.Log.Warn("not ready", zap.Error(err))
		return errNotReady
	}
	return nil
}

// authenticate finds the principal of a request's bearer token, and the
// token (the key of its in-flight checks).
func (s *Server) authenticate(r *http.Request) (Principal, string, bool) {
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok {
		return Principal{}, "", false
	}
	tok = strings.TrimSpace(tok)
	p, ok := s.cfg.Tokens[tok]
	return p, tok, ok
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
	case merchantOf, appellant:
		if a == appellant && p.Role == RoleAnalyst {
			break // read-only
		}
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

// wrap authenticates before a byte of the body is read (a request without
// a valid token gets its 401 at once and its connection closed), refuses a
// declared body over the route's limit, bounds the body it reads, cuts a
// stalled one, and admits checks through the gate.
func (s *Server) wrap(rt route) http.Handler {
	maxBody := rt.body
	if maxBody == 0 {
		maxBody = s.cfg.Limits.MaxBodyBytes
	}
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w, done := s.timed(rt.Method+" "+rt.Pattern, rw)
		defer done()
		s.requests.Add(1)
		var p Principal
		var tok string
		if rt.access != public {
			addr := clientAddr(r)
			if wait, blocked := s.auth.blocked(addr); blocked {
				s.denied.Add(1)
				retryAfter(w, wait)
				refuse(w, http.StatusTooManyRequests, map[string]string{"error": "too many failed authentications; retry later"})
				return
			}
			var ok bool
			if p, tok, ok = s.authenticate(r); !ok {
				s.denied.Add(1)
				n := s.auth.fail(addr)
				if n == 1 || n == s.cfg.Limits.AuthFailures {
					// The first failure of a window and the one that blocks the
					// client are logged; never the token.
					s.cfg.Log.Warn("authentication failed", zap.String("client", addr), zap.String("route", r.Pattern),
						zap.Int("failures_in_window", n), zap.Bool("blocked", n >= s.cfg.Limits.AuthFailures))
				}
				w.Header().Set("WWW-Authenticate", `Bearer realm="haili"`)
				refuse(w, http.StatusUnauthorized, map[string]string{"error": "a bearer token is required"})
				return
			}
			if err := allowed(rt.access, p, r); err != nil {
				s.denied.Add(1)
				var he *httpError
				errors.As(err, &he)
				refuse(w, he.status, map[string]string{"error": he.msg})
				return
			}
		}
		if r.ContentLength > maxBody {
			refuse(w, http.StatusRequestEntityTooLarge, map[string]any{"error": "request body too large", "max_bytes": maxBody})
			return
		}
		if rt.check {
			if !s.inflight.enter(tok) {
				retryAfter(w, time.Second)
				refuse(w, http.StatusTooManyRequests, map[string]string{"error": "too many checks in flight; retry later"})
				return
			}
			defer s.inflight.leave(tok)
		}
		r.Body = &stallReader{rc: http.NewResponseController(w), body: http.MaxBytesReader(w, r.Body, maxBody),
			stall: s.cfg.Limits.BodyStall}
		if err := rt.h(w, r, p); err != nil {
			s.fail(w, r, err)
		}
	})
}

// refuse answers a request whose body will not be read and closes its
// connection at once: without the past read deadline net/http would wait
// for a small unread body (to reuse the connection) however slowly it came.
func refuse(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Connection", "close")
	writeJSON(w, status, v)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now())
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	if errors.As(err, &he) {
		if he == errBodyStalled {
			refuse(w, he.status, map[string]string{"error": he.msg})
			return
		}
		writeJSON(w, he.status, map[string]string{"error": he.msg})
		return
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		refuse(w, http.StatusRequestEntityTooLarge, map[string]any{"error": "request body too large", "max_bytes": mbe.Limit})
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
		{"GET", "/api/v1/openapi.json", public, s.openAPI, 0, false},
		{"GET", "/api/v1/me", anyRole, s.me, 0, false},
		{"POST", "/api/v1/check/listing", anyRole, s.checkListing, s.cfg.Limits.MaxListingBytes, true},
		{"POST", "/api/v1/check/listings", anyRole, s.checkListings, s.cfg.Limits.MaxBatchBytes, true},

		{"GET", "/api/v1/overview", staffOnly, s.overview, 0, false},
		{"GET", "/api/v1/violations", staffOnly, s.violations, 0, false},
		{"GET", "/api/v1/findings/{finding_id}", staffOnly, s.finding, 0, false},
		{"GET", "/api/v1/findings/{finding_id}/context", reviewers, s.findingContext, 0, false},
		{"GET", "/api/v1/policy", staffOnly, s.policyVersions, 0, false},

		{"GET", "/api/v1/merchants/{merchant_id}", merchantOf, s.merchant, 0, false},
		{"GET", "/api/v1/merchants/{merchant_id}/notices", merchantOf, s.merchantNotices, 0, false},
		{"GET", "/api/v1/merchants/{merchant_id}/pending", merchantOf, s.merchantPending, 0, false},
		{"GET", "/api/v1/merchants/{merchant_id}/findings/{finding_id}/context", appellant, s.merchantFindingContext, 0, false},
		{"POST", "/api/v1/merchants/{merchant_id}/appeals", appellant, s.fileAppeal, 0, false},

		{"GET", "/api/v1/reviews", reviewers, s.reviewQueue, 0, false},
		{"GET", "/api/v1/reviews/decisions", staffOnly, s.listDecisions(KindReview, "decisions"), 0, false},
		{"POST", "/api/v1/reviews/{finding_id}", reviewers, s.decideReview, 0, false},
		{"GET", "/api/v1/appeals", reviewers, s.listDecisions(KindAppeal, "appeals"), 0, false},
		{"POST", "/api/v1/appeals/{finding_id}", reviewers, s.decideAppeal, 0, false},

		{"GET", "/api/v1/lists/{month}", staffOnly, s.listPreview, 0, false},
		{"GET", "/api/v1/lists/{month}/csv", staffOnly, s.listCSV, 0, false},
		{"GET", "/api/v1/lists/{month}/html", staffOnly, s.listHTML, 0, false},
		{"POST", "/api/v1/lists/{month}/publish", adminOnly, s.listPublish, 0, false},

		{"GET", "/api/v1/lab/shadow", adminOnly, s.labShadow, 0, false},
		{"POST", "/api/v1/lab/backtests", adminOnly, s.labBacktest, s.cfg.Limits.MaxPolicyBytes, false},
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
