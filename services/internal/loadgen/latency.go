package loadgen

import (
	"context"
	_ "embed" // the SQL file
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/haili/haili/services/internal/chdb"
)

// sqlProbeFindings finds which of a set of events have findings detected
// since a time. detected_at is stamped (to the second) when the worker
// processed the event, after it was produced: the bound narrows the scan to
// recent rows.
//
//go:embed queries/probe_findings.sql
var sqlProbeFindings string

// LatencyProbe measures the time from producing an event to its finding being
// visible in ClickHouse. It polls the findings table for the events it
// expects; an event counts as seen at the start of the first poll that finds
// it, so a sample overstates the true latency by at most one poll interval.
type LatencyProbe struct {
	db *chdb.DB
	// TTL gives up on an expected event after this long (the detectors may
	// rightly find nothing in an event the generator meant to violate).
	ttl time.Duration

	mu      sync.Mutex
	pending map[string]time.Time
	samples []time.Duration
	expired int
}

// NewLatencyProbe builds a probe reading db's findings table.
func NewLatencyProbe(db *chdb.DB, ttl time.Duration) *LatencyProbe {
	return &LatencyProbe{db: db, ttl: ttl, pending: map[string]time.Time{}}
}

// Expect registers an event produced at 'at' whose finding is awaited.
func (p *LatencyProbe) Expect(eventID string, at time.Time) {
	p.mu.Lock()
	p.pending[eventID] = at
	p.mu.Unlock()
}

// Pending is how many expected events are not seen yet.
func (p *LatencyProbe) Pending() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.pending)
}

// maxProbeIDs bounds one poll's IN list (ClickHouse's max_query_size is 256 KiB).
const maxProbeIDs = 4000

// Poll runs one query and records what it finds.
func (p *LatencyProbe) Poll(ctx context.Context) error {
	start := time.Now()
	p.mu.Lock()
	ids := make([]string, 0, min(len(p.pending), maxProbeIDs))
	oldest := start
	for id, at := range p.pending {
		if start.Sub(at) > p.ttl {
			delete(p.pending, id)
			p.expired++
			continue
		}
		if len(ids) < maxProbeIDs {
			ids = append(ids, id)
			if at.Before(oldest) {
				oldest = at
			}
		}
	}
	p.mu.Unlock()
	if len(ids) == 0 {
		return nil
	}
	rows, err := p.db.Query(ctx, sqlProbeFindings, oldest.Add(-2*time.Second).Unix(), chdb.Set(ids))
	if err != nil {
		return fmt.Errorf("latency probe: %w", err)
	}
	defer rows.Close()
	var seen []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("latency probe: %w", err)
		}
		seen = append(seen, id)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("latency probe: %w", err)
	}
	p.mu.Lock()
	for _, id := range seen {
		if at, ok := p.pending[id]; ok {
			p.samples = append(p.samples, start.Sub(at))
			delete(p.pending, id)
		}
	}
	p.mu.Unlock()
	return nil
}

// Run polls every interval until ctx ends. Failed polls are retried at the
// next interval (ClickHouse may be restarting); the last error is returned.
func (p *LatencyProbe) Run(ctx context.Context, interval time.Duration) error {
	var last error
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return last
		case <-t.C:
			if err := p.Poll(ctx); err != nil && ctx.Err() == nil {
				last = err
			}
		}
	}
}

// Latency sums up the samples.
type Latency struct {
	Seen, Expired, Pending int
	P50, P90, P99, Max     time.Duration
}

func (l Latency) String() string {
	return fmt.Sprintf("p50 %s  p90 %s  p99 %s  max %s  (%d findings timed, %d expected events never seen, %d pending)",
		l.P50.Round(time.Millisecond), l.P90.Round(time.Millisecond), l.P99.Round(time.Millisecond), l.Max.Round(time.Millisecond),
		l.Seen, l.Expired, l.Pending)
}

// Result returns the latency percentiles so far.
func (p *LatencyProbe) Result() Latency {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := slices.Clone(p.samples)
	slices.Sort(s)
	l := Latency{Seen: len(s), Expired: p.expired, Pending: len(p.pending)}
	if len(s) > 0 {
		l.P50, l.P90, l.P99, l.Max = Percentile(s, 0.5), Percentile(s, 0.9), Percentile(s, 0.99), s[len(s)-1]
	}
	return l
}

// Percentile returns the q-quantile (nearest rank) of sorted samples.
func Percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}
