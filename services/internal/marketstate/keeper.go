// Package marketstate keeps a worker's market reference: the sketches loaded
// from ClickHouse at start (every worker's rows, merged) plus what this worker
// observes, persisted under this worker's own source name so that workers never
// overwrite one another.
package marketstate

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/store"
)

// Store is the persistence the keeper needs; *store.Store is one.
type Store interface {
	SaveMarket(ctx context.Context, rows []store.MarketRow, at time.Time) error
	LoadMarket(ctx context.Context, fn func(store.MarketRow) error) error
}

var _ Store = (*store.Store)(nil)

// Config tunes the keeper.
type Config struct {
	// Source names this worker incarnation's rows (e.g. host-pid-start).
	Source string
	// RefreshEvery rebuilds the reference snapshot after this many listings.
	RefreshEvery int
	// SaveInterval is the least time between two saves.
	SaveInterval time.Duration
	Clock        func() time.Time
}

// Keeper implements detect.Market. Observe and Reference may be called from
// several goroutines; Save from one.
type Keeper struct {
	cfg   Config
	store Store
	log   *zap.Logger
	// ref is the snapshot detectors judge against; mu guards the rest.
	ref      atomic.Pointer[market.Reference]
	mu       sync.Mutex
	combined *market.Builder // loaded + observed: what detectors judge against
	local    *market.Builder // observed by this incarnation: what it saves
	pending  int             // listings observed since the last snapshot
	unsaved  bool
	lastSave time.Time
}

// Load builds a keeper from every market row in the store.
func Load(ctx context.Context, cfg Config, s Store, log *zap.Logger) (*Keeper, error) {
	if cfg.Source == "" {
		return nil, fmt.Errorf("marketstate: source is required")
	}
	if cfg.RefreshEvery < 1 {
		cfg.RefreshEvery = 500
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	k := &Keeper{cfg: cfg, store: s, log: log, combined: market.NewBuilder(), local: market.NewBuilder()}
	rows := 0
	err := s.LoadMarket(ctx, func(r store.MarketRow) error {
		rows++
		return k.combined.AddRow(market.Row{CategoryID: r.CategoryID, Unit: r.Unit, Count: r.Count, Data: r.Data})
	})
	if err != nil {
		return nil, err
	}
	k.ref.Store(k.combined.Snapshot())
	k.lastSave = cfg.Clock()
	log.Info("market reference reloaded", zap.Int("rows", rows))
	return k, nil
}

// Observe adds a listing to the reference.
func (k *Keeper) Observe(l *schemas.Listing) {
	k.mu.Lock()
	defer k.mu.Unlock()
	market.ObserveInto(l, k.combined, k.local)
	k.unsaved = true
	if k.pending++; k.pending >= k.cfg.RefreshEvery {
		k.ref.Store(k.combined.Snapshot())
		k.pending = 0
	}
}

// Reference returns the current snapshot.
func (k *Keeper) Reference() *market.Reference { return k.ref.Load() }

// Save persists this incarnation's sketches, at most once per SaveInterval.
func (k *Keeper) Save(ctx context.Context) error {
	now := k.cfg.Clock()
	k.mu.Lock()
	if !k.unsaved || now.Sub(k.lastSave) < k.cfg.SaveInterval {
		k.mu.Unlock()
		return nil
	}
	if k.pending > 0 {
		k.ref.Store(k.combined.Snapshot())
		k.pending = 0
	}
	// Encode under the lock, write without it: observing goes on meanwhile.
	rows := k.local.Rows()
	k.unsaved = false
	k.mu.Unlock()
	if err := saveRows(ctx, k.store, k.cfg.Source, rows, now); err != nil {
		k.mu.Lock()
		k.unsaved = true
		k.mu.Unlock()
		return err
	}
	k.mu.Lock()
	k.lastSave = now
	k.mu.Unlock()
	return nil
}

// SaveBuilder stores b's sketches under source, replacing that source's rows.
func SaveBuilder(ctx context.Context, s Store, source string, b *market.Builder, at time.Time) error {
	return saveRows(ctx, s, source, b.Rows(), at)
}

func saveRows(ctx context.Context, s Store, source string, rows []market.Row, at time.Time) error {
	out := make([]store.MarketRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, store.MarketRow{CategoryID: r.CategoryID, Unit: r.Unit, Source: source, Count: r.Count, Data: r.Data})
	}
	return s.SaveMarket(ctx, out, at)
}

// Seed builds a market reference from the listing upserts among JSON-lines
// events (other lines are ignored) and stores it under source, as a bootstrap
// before workers start. It returns how many listings it observed.
func Seed(ctx context.Context, s Store, source string, events []byte, at time.Time) (int, error) {
	b := market.NewBuilder()
	var dec schemas.Decoder
	n := 0
	for _, line := range bytes.Split(events, []byte("\n")) {
		if ev, err := dec.Decode(line); err == nil {
			if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
				b.Observe(l)
				n++
			}
		}
	}
	return n, SaveBuilder(ctx, s, source, b, at)
}
