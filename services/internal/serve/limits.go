package serve

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/schemas"
)

// Limits bound what one request, one token and all clients together may
// hold, so that no client can take the API down or wear it out.
type Limits struct {
	// MaxBodyBytes bounds the JSON body of a decision or an appeal.
	MaxBodyBytes int64
	// MaxListingBytes bounds POST /check/listing (one listing).
	MaxListingBytes int64
	// MaxPolicyBytes bounds POST /lab/backtests: the candidate and baseline
	// policy files with the window.
	MaxPolicyBytes int64
	// BacktestTimeout bounds one backtest (504 past it); keep it under
	// WriteTimeout so the answer can still be written.
	BacktestTimeout time.Duration
	// MaxBatchBytes bounds POST /check/listings (a JSON-lines file, read one
	// listing at a time, so memory does not grow with it).
	MaxBatchBytes int64
	// MaxChecks bounds the check requests in flight over all tokens, and
	// MaxChecksPerToken those of one token; beyond, 429 with Retry-After.
	MaxChecks, MaxChecksPerToken int
	// BodyStall cuts a request body that sends nothing for this long.
	BodyStall time.Duration
	// ReadTimeout bounds reading a whole request, WriteTimeout a whole
	// response, IdleTimeout a kept-alive connection between requests.
	ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// AuthFailures is how many failed authentications a client address may
	// make per AuthWindow; beyond, it gets 429 until the window has passed.
	AuthFailures int
	AuthWindow   time.Duration
}

// DefaultLimits are the limits of `haili serve` (README, API section).
func DefaultLimits() Limits {
	return Limits{
		MaxBodyBytes:      64 << 10,
		MaxListingBytes:   schemas.DefaultMaxEventBytes,
		MaxBatchBytes:     16 << 20,
		MaxPolicyBytes:    256 << 10,
		BacktestTimeout:   2 * time.Minute,
		MaxChecks:         32,
		MaxChecksPerToken: 4,
		BodyStall:         5 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      3 * time.Minute,
		IdleTimeout:       60 * time.Second,
		AuthFailures:      20,
		AuthWindow:        time.Minute,
	}
}

// Validate reports a limit that is missing or out of range.
func (l *Limits) Validate() error {
	var errs []error
	pos := func(name string, ok bool) {
		if !ok {
			errs = append(errs, fmt.Errorf("limits: %s must be positive", name))
		}
	}
	pos("max_body_bytes", l.MaxBodyBytes > 0)
	pos("max_listing_bytes", l.MaxListingBytes > 0)
	pos("max_batch_bytes", l.MaxBatchBytes >= l.MaxListingBytes)
	pos("max_policy_bytes", l.MaxPolicyBytes > 0)
	pos("backtest_timeout", l.BacktestTimeout > 0)
	if l.BacktestTimeout >= l.WriteTimeout {
		errs = append(errs, fmt.Errorf("limits: backtest_timeout (%s) must be under write_timeout (%s), or its answer cannot be written", l.BacktestTimeout, l.WriteTimeout))
	}
	pos("max_checks", l.MaxChecks > 0)
	pos("max_checks_per_token", l.MaxChecksPerToken > 0 && l.MaxChecksPerToken <= l.MaxChecks)
	pos("body_stall", l.BodyStall > 0)
	pos("read_timeout", l.ReadTimeout > 0)
	pos("write_timeout", l.WriteTimeout > 0)
	pos("idle_timeout", l.IdleTimeout > 0)
	pos("auth_failures", l.AuthFailures > 0 && l.AuthWindow > 0)
	return errors.Join(errs...)
}

// HTTPServer is the http.Server `haili serve` runs: every timeout set, so a
// client that stalls or never reads holds a connection for a bounded time.
func (s *Server) HTTPServer() *http.Server {
	l := s.cfg.Limits
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          zap.NewStdLog(s.cfg.Log),
	}
}

// stallReader cuts a body that stops sending: before each read it moves the
// connection's read deadline BodyStall ahead, so a slow but moving upload
// goes on while a stalled one ends within BodyStall.
type stallReader struct {
	rc    *http.ResponseController
	body  io.ReadCloser
	stall time.Duration
}

func (b *stallReader) Read(p []byte) (int, error) {
	_ = b.rc.SetReadDeadline(time.Now().Add(b.stall)) // unsupported by a test recorder: then ReadTimeout alone
	n, err := b.body.Read(p)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		err = errBodyStalled
	}
	return n, err
}

func (b *stallReader) Close() error { return b.body.Close() }

var errBodyStalled = &httpError{status: http.StatusRequestTimeout, msg: "request body stalled"}

// gate bounds the checks in flight, overall and per token.
type gate struct {
	mu       sync.Mutex
	total    int
	perToken map[string]int
	max, per int
}

func newGate(max, per int) *gate { return &gate{max: max, per: per, perToken: map[string]int{}} }

// enter admits a check or says no; leave must follow an admitted enter.
func (g *gate) enter(token string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.total >= g.max || g.perToken[token] >= g.per {
		return false
	}
	g.total++
	g.perToken[token]++
	return true
}

func (g *gate) leave(token string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total--
	if g.perToken[token]--; g.perToken[token] <= 0 {
		delete(g.perToken, token)
	}
}

// authThrottle counts failed authentications per client address in fixed
// windows.
type authThrottle struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	now    func() time.Time
	byAddr map[string]*failures
}

type failures struct {
	n     int
	since time.Time
}

func newAuthThrottle(max int, window time.Duration, now func() time.Time) *authThrottle {
	return &authThrottle{max: max, window: window, now: now, byAddr: map[string]*failures{}}
}

// blocked says whether addr has used up its failures, and for how long.
func (a *authThrottle) blocked(addr string) (time.Duration, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	f := a.byAddr[addr]
	if f == nil {
		return 0, false
	}
	left := a.window - a.now().Sub(f.since)
	if left <= 0 {
		delete(a.byAddr, addr)
		return 0, false
	}
	return left, f.n >= a.max
}

// fail records a failure and returns the count in the window.
func (a *authThrottle) fail(addr string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	now := a.now()
	f := a.byAddr[addr]
	if f == nil || now.Sub(f.since) >= a.window {
		if len(a.byAddr) > 100_000 { // bound the table under a spray of addresses
			for k, v := range a.byAddr {
				if now.Sub(v.since) >= a.window {
					delete(a.byAddr, k)
				}
			}
		}
		f = &failures{since: now}
		a.byAddr[addr] = f
	}
	f.n++
	return f.n
}

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func retryAfter(w http.ResponseWriter, d time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(d.Round(time.Second)/time.Second))))
}
