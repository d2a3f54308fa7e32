package backtest

import (
	"context"
	_ "embed" // the SQL files
	"errors"
	"fmt"
	"math"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
)

var (
	//go:embed queries/count_events.sql
	sqlCountEvents string
	//go:embed queries/select_market_listings.sql
	sqlSelectMarketListings string
	//go:embed queries/select_events.sql
	sqlSelectEvents string
)

// HistoryConfig configures backtests over the event archive.
type HistoryConfig struct {
	// MaxEventBytes is the size limit of one event (0: the decoder's default).
	MaxEventBytes int
	// MaxWindow bounds To-From of one request (0: no bound); the console
	// sets it so that one form cannot read years of history.
	MaxWindow time.Duration
	// Progress, when set, is told how far each run is.
	Progress func(Progress)
}

// Validate checks the configuration.
func (c *HistoryConfig) Validate() error {
	if c.MaxEventBytes < 0 || c.MaxWindow < 0 {
		return errors.New("backtest: negative limit")
	}
	return nil
}

// HistoryRunner backtests over event_archive.
type HistoryRunner struct {
	db  *chdb.DB
	log *zap.Logger
	cfg HistoryConfig
}

var _ Runner = (*HistoryRunner)(nil)

// NewHistoryRunner is a Runner reading db's event_archive.
func NewHistoryRunner(db *chdb.DB, log *zap.Logger, cfg HistoryConfig) *HistoryRunner {
	return &HistoryRunner{db: db, log: log, cfg: cfg}
}

// sampleScale is the resolution of the sample rate: the share of threads
// kept is threshold/sampleScale.
const sampleScale = 1_000_000

// RequestError is a request the runner refuses before reading any event: a
// missing or too long window, a sample rate out of range, a policy file that
// does not parse. The console answers it as the client's error (400).
type RequestError struct{ Err error }

func (e *RequestError) Error() string { return "backtest: " + e.Err.Error() }

func (e *RequestError) Unwrap() error { return e.Err }

func invalid(format string, args ...any) error {
	return &RequestError{Err: fmt.Errorf(format, args...)}
}

func (req *Request) validate(maxWindow time.Duration) error {
	switch {
	case req.From.IsZero() || req.To.IsZero():
		return invalid("from and to are required")
	case !req.To.After(req.From):
		return invalid("to must be after from")
	case maxWindow > 0 && req.To.Sub(req.From) > maxWindow:
		return invalid("window %s is longer than the limit %s", req.To.Sub(req.From), maxWindow)
	case math.IsNaN(req.SampleRate) || req.SampleRate < 0 || req.SampleRate > 1:
		return invalid("sample rate %v is not in [0, 1]", req.SampleRate)
	case len(req.Candidate) == 0:
		return invalid("candidate policy is required")
	}
	return nil
}

func (req *Request) threshold() uint64 {
	if req.SampleRate == 0 || req.SampleRate >= 1 {
		return sampleScale
	}
	return uint64(math.Round(req.SampleRate * sampleScale))
}

// Policies parses the request's candidate and baseline (nil: the built-in
// policy); a file that does not parse is a *RequestError.
func (req *Request) Policies() (baseline, candidate *policy.Policy, err error) {
	candidate, err = policy.Parse(req.Candidate)
	if err != nil {
		return nil, nil, &RequestError{Err: fmt.Errorf("candidate: %w", err)}
	}
	baseline = policy.Default()
	if len(req.Baseline) > 0 {
		if baseline, err = policy.Parse(req.Baseline); err != nil {
			return nil, nil, &RequestError{Err: fmt.Errorf("baseline: %w", err)}
		}
	}
	return baseline, candidate, nil
}

// Run backtests the request's window. The events stream from ClickHouse in
// event-time order; the market reference is built from the window's
// listings first (one read of the listings only).
func (h *HistoryRunner) Run(ctx context.Context, req Request) (*Report, error) {
	if err := h.cfg.Validate(); err != nil {
		return nil, err
	}
	if err := req.validate(h.cfg.MaxWindow); err != nil {
		return nil, err
	}
	baseline, candidate, err := req.Policies()
	if err != nil {
		return nil, err
	}
	from, to := req.From.UTC(), req.To.UTC()
	thr := req.threshold()
	start := time.Now()

	total := 0
	if h.cfg.Progress != nil {
		var n uint64
		if err := h.db.QueryRow(ctx, sqlCountEvents, from, to, req.Category, req.Category, req.Category, thr).Scan(&n); err != nil {
			return nil, fmt.Errorf("backtest: count events: %w", err)
		}
		total = int(n)
	}

	dec := schemas.Decoder{MaxBytes: h.cfg.MaxEventBytes}
	b := market.NewBuilder()
	listings := 0
	rows, err := h.db.Query(ctx, sqlSelectMarketListings, from, to, req.Category, req.Category)
	if err != nil {
		return nil, fmt.Errorf("backtest: read listings: %w", err)
	}
	for rows.Next() {
		var payload string
		if err := rows.Scan(&payload); err != nil {
			rows.Close()
			return nil, fmt.Errorf("backtest: read listings: %w", err)
		}
		// A payload that does not decode is counted when the events are read.
		if ev, err := dec.Decode([]byte(payload)); err == nil {
			if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
				b.Observe(l)
				listings++
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("backtest: read listings: %w", err)
	}

	j, err := NewJudge(baseline, candidate, b.Snapshot())
	if err != nil {
		return nil, err
	}
	prog := NewTicker(h.cfg.Progress, total)
	rows, err = h.db.Query(ctx, sqlSelectEvents, from, to, req.Category, req.Category, req.Category, thr)
	if err != nil {
		return nil, fmt.Errorf("backtest: read events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, eventID, payload string
		if err := rows.Scan(&kind, &eventID, &payload); err != nil {
			return nil, fmt.Errorf("backtest: read events: %w", err)
		}
		if ev, err := dec.Decode([]byte(payload)); err != nil {
			j.Bad(kind+" "+eventID, err)
		} else {
			j.Add(ev, kind+" "+eventID)
		}
		prog.Tick()
		if prog.done%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("backtest: read events: %w", err)
	}
	prog.Finish()
	r, err := j.Report(to)
	if err != nil {
		return nil, err
	}
	r.From, r.To, r.Category = from, to, req.Category
	if thr < sampleScale {
		r.SampleRate = req.SampleRate
	}
	h.log.Info("backtest done", zap.Int("events", r.Events), zap.Int("bad_events", r.BadEvents),
		zap.Int("market_listings", listings), zap.Int("changes", len(r.Changes)),
		zap.String("baseline", r.Baseline.PolicyVersion), zap.String("candidate", r.Candidate.PolicyVersion),
		zap.Duration("elapsed", time.Since(start)))
	return r, nil
}
