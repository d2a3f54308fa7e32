// Package marketstate keeps a worker's market reference: the sketches loaded
// from ClickHouse at start (every worker's rows, merged) plus what this worker
// observes, persisted under this worker's own source name so that workers never
// overwrite one another.
package marketstate

import (
	"bytes"
	"context"
	"fmt"
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

// Keeper implements pipeline.Market. It is used by one worker goroutine.
type Keeper struct {
	cfg      Config
	store    Store
	log      *zap.Logger
	combined *market.Builder // loaded + observed: what detectors judge against
	local    *market.Builder // observed by this incarnation: what it saves
	ref      *market.Reference
	pending  int // listings observed since the last snapshot
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
	k.ref = k.combined.Snapshot()
	k.lastSave = cfg.Clock()
	log.Info("market reference reloaded", zap.Int("rows", rows))
	return k, nil
}

// Observe adds a listing to the reference.
func (k *Keeper) Observe(l *schemas.Listing) {
	k.combined.Observe(l)
	k.local.Observe(l)
	k.unsaved = true
	if k.pending++; k.pending >= k.cfg.RefreshEvery {
		k.ref = k.combined.Snapshot()
		k.pending = 0
	}
}

// Reference returns the current snapshot.
func (k *Keeper) Reference() *market.Reference { return k.ref }

// Save persists this incarnation's sketches, at most once per SaveInterval.
func (k *Keeper) Save(ctx context.Context) error {
	now := k.cfg.Clock()
	if !k.unsaved || now.Sub(k.lastSave) < k.cfg.SaveInterval {
		return nil
	}
	if k.pending > 0 {
		k.ref = k.combined.Snapshot()
		k.pending = 0
	}
	if err := SaveBuilder(ctx, k.store, k.cfg.Source, k.local, now); err != nil {
		return err
	}
	k.unsaved = false
	k.lastSave = now
	return nil
}

// SaveBuilder stores b's sketches under source, replacing that source's rows.
func SaveBuilder(ctx context.Context, s Store, source string, b *market.Builder, at time.Time) error {
	rows := b.Rows()
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
