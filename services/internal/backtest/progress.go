package backtest

import (
	"fmt"
	"io"
	"time"
)

// Progress is how far a long run is.
type Progress struct {
	Done, Total int // Total is 0 when not known
	Elapsed     time.Duration
	Final       bool
}

// Rate is events per second so far.
func (p Progress) Rate() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Done) / p.Elapsed.Seconds()
}

// ETA is the time left at the rate so far; 0 when not known.
func (p Progress) ETA() time.Duration {
	r := p.Rate()
	if p.Total <= p.Done || r == 0 {
		return 0
	}
	return time.Duration(float64(p.Total-p.Done) / r * float64(time.Second)).Round(time.Second)
}

// String is the progress line: "1200/50000 events, 40000/s, ETA 1s".
func (p Progress) String() string {
	s := fmt.Sprintf("%d", p.Done)
	if p.Total > 0 {
		s += fmt.Sprintf("/%d", p.Total)
	}
	s += fmt.Sprintf(" done, %.0f/s", p.Rate())
	if p.Final {
		return s + fmt.Sprintf(", %s", p.Elapsed.Round(time.Millisecond))
	}
	if eta := p.ETA(); eta > 0 {
		s += fmt.Sprintf(", ETA %s", eta)
	}
	return s
}

// PrintProgress returns a Progress callback writing one line per call to w,
// prefixed by what (e.g. "backtest: events").
func PrintProgress(w io.Writer, what string) func(Progress) {
	return func(p Progress) { fmt.Fprintf(w, "%s %s\n", what, p) }
}

// progressEvery is how often a long run reports.
const progressEvery = 2 * time.Second

// Ticker calls a Progress callback at most every progressEvery, checking
// the clock once per 1024 ticks.
type Ticker struct {
	fn          func(Progress)
	total, done int
	start, last time.Time
}

func NewTicker(fn func(Progress), total int) *Ticker {
	now := time.Now()
	return &Ticker{fn: fn, total: total, start: now, last: now}
}

func (t *Ticker) Tick() {
	t.done++
	if t.fn == nil || t.done%1024 != 0 {
		return
	}
	if now := time.Now(); now.Sub(t.last) >= progressEvery {
		t.last = now
		t.fn(Progress{Done: t.done, Total: t.total, Elapsed: now.Sub(t.start)})
	}
}

// Finish reports the end once, if the run was long enough to report at all.
func (t *Ticker) Finish() {
	if t.fn != nil && t.last != t.start {
		t.fn(Progress{Done: t.done, Total: t.total, Elapsed: time.Since(t.start), Final: true})
	}
}
