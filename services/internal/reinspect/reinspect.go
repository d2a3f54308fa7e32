// Package reinspect is `haili reinspect`: it re-judges the latest version of
// every listing in the event archive under the policy in force (or a given
// one) and sends what is newly found down the normal path — findings.v1,
// which enforcement consumes, and the findings table. Finding ids derive from
// the event and the code, so a finding the live pipeline or an earlier run
// already made is not sent again: running twice adds nothing. A checkpoint
// after every batch lets a killed run resume where it stopped.
package reinspect

import (
	"context"
	"crypto/sha256"
	_ "embed" // the SQL files
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/store"
)

var (
	//go:embed queries/select_latest_listings.sql
	sqlSelectLatestListings string
	//go:embed queries/select_listing_range.sql
	sqlSelectListingRange string
	//go:embed queries/count_listings.sql
	sqlCountListings string
	//go:embed queries/select_checkpoint.sql
	sqlSelectCheckpoint string
	//go:embed queries/select_known_findings.sql
	sqlSelectKnownFindings string
)

var checkpointColumns = []string{"run_id", "pass", "seq", "policy_version", "last_listing", "listings", "findings", "new_findings", "done", "updated_at"}

// DefaultBatchSize is the listings judged between checkpoints: large
// enough that the per-batch queries (the id range's payloads, the known
// findings) cost little beside the reading, small enough that a batch's
// payloads (about 1.2 KB each) stay a few tens of MB.
const DefaultBatchSize = 20000

// SourceTopic marks the findings rows re-inspection wrote.
const SourceTopic = "reinspect"

// Config configures a run.
type Config struct {
	Policy *policy.Policy
	// Since keeps the listings whose latest version was published at or
	// after it; zero keeps all.
	Since time.Time
	// Category keeps one category's listings; empty keeps all.
	Category string
	// BatchSize is how many listings are judged between checkpoints.
	BatchSize int
	// Workers judge side by side (default: the CPUs the process may use).
	Workers       int
	MaxEventBytes int
	// Restart ignores the checkpoint and starts a new pass.
	Restart bool
	// Progress, when set, is told how far the run is.
	Progress func(backtest.Progress)
	Clock    func() time.Time
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	switch {
	case c.Policy == nil:
		return errors.New("reinspect: a policy is required")
	case c.BatchSize < 0 || c.Workers < 0 || c.MaxEventBytes < 0:
		return errors.New("reinspect: negative batch size, workers or event size")
	}
	return nil
}

func (c *Config) defaults() {
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Workers == 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Clock == nil {
		c.Clock = time.Now
	}
}

// RunID names a run: the policy and the filters. A run with the same ones
// resumes from its checkpoint.
func (c *Config) RunID() string {
	since := ""
	if !c.Since.IsZero() {
		since = c.Since.UTC().Format(time.RFC3339)
	}
	sum := sha256.Sum256([]byte(c.Policy.ID() + "\x00" + since + "\x00" + c.Category))
	return hex.EncodeToString(sum[:8])
}

// Producer sends records to Kafka; *kafka.Writer is one.
type Producer interface {
	WriteMessages(ctx context.Context, msgs ...kafka.Message) error
}

// Summary is what a run did.
type Summary struct {
	RunID string
	Pass  uint32
	// Resumed is set when the run went on from a checkpoint (After).
	Resumed bool
	After   string
	// Listings read in this run (latest versions), of which Deleted were
	// deletions (nothing to judge) and Bad did not decode or judge.
	Listings, Deleted, Bad int
	// Findings made; New of them sent (the rest were known).
	Findings, New int
	// Totals of the pass, over every resumption.
	PassListings, PassFindings, PassNew uint64
	Elapsed                             time.Duration
}

// Rate is the listings read and judged per second.
func (s *Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Listings) / s.Elapsed.Seconds()
}

func (s *Summary) String() string {
	how := "from the first listing"
	if s.Resumed {
		how = "resumed after " + s.After
	}
	return fmt.Sprintf("reinspect run %s pass %d (%s): %d listings (%d deleted, %d bad), %d findings, %d new, in %s (%.0f listings/s); pass total %d listings, %d findings, %d new\n",
		s.RunID, s.Pass, how, s.Listings, s.Deleted, s.Bad, s.Findings, s.New, s.Elapsed.Round(time.Millisecond), s.Rate(),
		s.PassListings, s.PassFindings, s.PassNew)
}

type checkpoint struct {
	pass                         uint32
	seq                          uint64
	last                         string
	listings, findings, newFinds uint64
	done                         bool
}

// item is one listing read from the archive and its judgement.
type item struct {
	id       string
	payload  string
	findings []schemas.Finding
	deleted  bool
	err      error
}

// Runner runs re-inspections.
type Runner struct {
	db    *chdb.DB
	store *store.Store
	out   Producer
	ref   *market.Reference
	log   *zap.Logger
}

// New is a Runner judging against ref (the market reference of the live
// workers, loaded from market_sketches) that writes to s and out.
func New(s *store.Store, out Producer, ref *market.Reference, log *zap.Logger) *Runner {
	return &Runner{db: s.DB(), store: s, out: out, ref: ref, log: log}
}

// Run re-inspects, resuming the run's checkpoint unless cfg.Restart.
func (r *Runner) Run(ctx context.Context, cfg Config) (*Summary, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.defaults()
	engine, err := detectors.New(cfg.Policy)
	if err != nil {
		return nil, fmt.Errorf("reinspect: %w", err)
	}
	start := time.Now()
	sum := &Summary{RunID: cfg.RunID()}
	cp, found, err := r.checkpoint(ctx, sum.RunID)
	if err != nil {
		return nil, err
	}
	switch {
	case !found:
	case cp.done || cfg.Restart:
		cp = checkpoint{pass: cp.pass + 1, seq: cp.seq}
	default:
		sum.Resumed, sum.After = true, cp.last
	}
	sum.Pass = cp.pass

	total := 0
	if cfg.Progress != nil {
		var n uint64
		if err := r.db.QueryRow(ctx, sqlCountListings, cp.last).Scan(&n); err != nil {
			return nil, fmt.Errorf("reinspect: count listings: %w", err)
		}
		total = int(n)
	}
	prog := backtest.NewTicker(cfg.Progress, total)

	// Three stages overlap: one goroutine reads batches, one judges each
	// batch on cfg.Workers goroutines, and this one delivers them in order.
	qctx, cancel := context.WithCancel(ctx)
	defer cancel()
	raw := make(chan []item, 2)
	judged := make(chan []item, 1)
	readErr := make(chan error, 1)
	go func() {
		defer close(raw)
		readErr <- r.read(qctx, cfg, cp.last, func(items []item) bool {
			select {
			case raw <- items:
				return true
			case <-qctx.Done():
				return false
			}
		})
	}()
	go func() {
		defer close(judged)
		for items := range raw {
			judgeAll(engine, cfg, r.ref, items)
			select {
			case judged <- items:
			case <-qctx.Done():
				return
			}
		}
	}()
	for items := range judged {
		if err := r.deliver(ctx, cfg, &cp, sum, items); err != nil {
			return sum, err
		}
		for range items {
			prog.Tick()
		}
	}
	if err := <-readErr; err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	// The pass is complete: the next run starts a new one.
	cp.done = true
	if err := r.saveCheckpoint(ctx, sum.RunID, cfg, &cp); err != nil {
		return sum, err
	}
	prog.Finish()
	sum.Elapsed = time.Since(start)
	sum.PassListings, sum.PassFindings, sum.PassNew = cp.listings, cp.findings, cp.newFinds
	r.log.Info("reinspect done", zap.String("run_id", sum.RunID), zap.Uint32("pass", sum.Pass), zap.Int("listings", sum.Listings),
		zap.Int("findings", sum.Findings), zap.Int("new", sum.New), zap.Int("bad", sum.Bad), zap.Duration("elapsed", sum.Elapsed))
	return sum, nil
}

// judgeAll judges a batch on cfg.Workers goroutines.
func judgeAll(engine *detectors.Engine, cfg Config, ref *market.Reference, items []item) {
	var wg sync.WaitGroup
	n := min(cfg.Workers, len(items))
	for w := range n {
		wg.Go(func() {
			dec := schemas.Decoder{MaxBytes: cfg.MaxEventBytes}
			for i := w; i < len(items); i += n {
				judge(engine, &dec, ref, &items[i])
			}
		})
	}
	wg.Wait()
}

// judge decodes and judges one listing version.
func judge(engine *detectors.Engine, dec *schemas.Decoder, ref *market.Reference, it *item) {
	ev, err := dec.Decode([]byte(it.payload))
	if err != nil {
		it.err = err
		return
	}
	l, ok := ev.(*schemas.Listing)
	if !ok {
		it.err = fmt.Errorf("archived as a listing but is %s", ev.SchemaName())
		return
	}
	if l.Op == schemas.OpDelete {
		it.deleted = true
		return
	}
	res, err := engine.Detect(l, detectors.Context{Market: ref})
	if err != nil {
		it.err = err
		return
	}
	it.findings = res.Findings
	it.payload = "" // judged: let it go
}

// read streams the latest listing versions after `after` in batches: the
// ids and latest versions from one query, each batch's payloads from a
// query of its id range.
func (r *Runner) read(ctx context.Context, cfg Config, after string, emit func([]item) bool) error {
	since := cfg.Since
	if since.IsZero() {
		since = time.Unix(0, 0)
	}
	rows, err := r.db.Query(ctx, sqlSelectLatestListings, after, cfg.Category, cfg.Category, since.UTC())
	if err != nil {
		return fmt.Errorf("reinspect: read listings: %w", err)
	}
	defer rows.Close()
	var ids []string
	var versions []uint64
	flush := func() error {
		items, err := r.readRange(ctx, ids, versions)
		if err != nil {
			return err
		}
		ids, versions = ids[:0], versions[:0]
		if !emit(items) {
			return ctx.Err()
		}
		return nil
	}
	for rows.Next() {
		var id string
		var v uint64
		if err := rows.Scan(&id, &v); err != nil {
			return fmt.Errorf("reinspect: read listings: %w", err)
		}
		ids, versions = append(ids, id), append(versions, v)
		if len(ids) == cfg.BatchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reinspect: read listings: %w", err)
	}
	if len(ids) > 0 {
		return flush()
	}
	return nil
}

// readRange reads the payloads of one batch: the listings ids (in order)
// at versions.
func (r *Runner) readRange(ctx context.Context, ids []string, versions []uint64) ([]item, error) {
	want := make(map[string]int, len(ids))
	items := make([]item, len(ids))
	for i, id := range ids {
		want[id] = i
		items[i].id = id
		items[i].err = fmt.Errorf("version %d not found in the archive", versions[i]) // until it is
	}
	rows, err := r.db.Query(ctx, sqlSelectListingRange, ids[0], ids[len(ids)-1])
	if err != nil {
		return nil, fmt.Errorf("reinspect: read listings %s to %s: %w", ids[0], ids[len(ids)-1], err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, payload string
		var v uint64
		if err := rows.Scan(&id, &v, &payload); err != nil {
			return nil, fmt.Errorf("reinspect: read listings: %w", err)
		}
		// Listings archived after the id query are not in this pass.
		if i, ok := want[id]; ok && v == versions[i] && items[i].err != nil {
			items[i].payload, items[i].err = payload, nil
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reinspect: read listings: %w", err)
	}
	return items, nil
}

// deliver sends a judged batch's new findings to findings.v1, then writes
// them to the findings table, then records the checkpoint. Kafka comes first:
// which findings are new is read from the table, so a run killed between the
// two steps sends the batch's findings again on resumption (enforcement
// ignores a finding id it has seen) rather than never.
func (r *Runner) deliver(ctx context.Context, cfg Config, cp *checkpoint, sum *Summary, items []item) error {
	var found []schemas.Finding
	for i := range items {
		it := &items[i]
		switch {
		case it.err != nil:
			sum.Bad++
			r.log.Warn("listing not judged", zap.String("listing_id", it.id), zap.Error(it.err))
		case it.deleted:
			sum.Deleted++
		}
		found = append(found, it.findings...)
	}
	fresh, err := r.unknown(ctx, found)
	if err != nil {
		return err
	}
	now := schemas.Stamp(cfg.Clock())
	rows := make([]store.FindingRow, 0, len(fresh))
	msgs := make([]kafka.Message, 0, len(fresh))
	for _, f := range fresh {
		f.DetectedAt = now
		evidence, err := schemas.AppendJSONValue(make([]byte, 0, 256), f.Evidence)
		var v []byte
		if err == nil {
			v, err = schemas.AppendFinding(make([]byte, 0, 768+len(evidence)), &f, evidence)
		}
		if err != nil {
			// A detector bug (a NaN): counted like a listing not judged.
			sum.Bad++
			r.log.Warn("finding not encoded", zap.String("finding_id", f.FindingID), zap.Error(err))
			continue
		}
		rows = append(rows, store.FindingRow{Finding: f, EvidenceJSON: evidence, SourceTopic: SourceTopic, SourcePartition: -1, SourceOffset: -1})
		msgs = append(msgs, kafka.Message{Topic: schemas.TopicFindings, Key: []byte(f.MerchantID), Value: v})
	}
	if len(msgs) > 0 {
		if err := r.out.WriteMessages(ctx, msgs...); err != nil {
			return fmt.Errorf("reinspect: produce findings: %w", err)
		}
		if err := r.store.InsertFindings(ctx, rows); err != nil {
			return fmt.Errorf("reinspect: %w", err)
		}
	}
	sum.Listings += len(items)
	sum.Findings += len(found)
	sum.New += len(rows)
	cp.listings += uint64(len(items))
	cp.findings += uint64(len(found))
	cp.newFinds += uint64(len(rows))
	cp.last = items[len(items)-1].id
	return r.saveCheckpoint(ctx, sum.RunID, cfg, cp)
}

// knownChunk bounds the ids of one lookup: the statement must stay under
// ClickHouse's max_query_size (256 KiB by default).
const knownChunk = 4000

// unknown returns the findings the findings table does not hold yet.
func (r *Runner) unknown(ctx context.Context, fs []schemas.Finding) ([]schemas.Finding, error) {
	known := map[string]bool{}
	for lo := 0; lo < len(fs); lo += knownChunk {
		if err := r.known(ctx, fs[lo:min(len(fs), lo+knownChunk)], known); err != nil {
			return nil, err
		}
	}
	out := fs[:0:0]
	for _, f := range fs {
		if !known[f.FindingID] {
			out = append(out, f)
			known[f.FindingID] = true
		}
	}
	return out, nil
}

// known adds to known the ids of fs that the findings table holds.
func (r *Runner) known(ctx context.Context, fs []schemas.Finding, known map[string]bool) error {
	var merchants, codes, ids []string
	for _, f := range fs {
		merchants = append(merchants, f.MerchantID)
		codes = append(codes, f.Violation)
		ids = append(ids, f.FindingID)
	}
	slices.Sort(merchants)
	slices.Sort(codes)
	rows, err := r.db.Query(ctx, sqlSelectKnownFindings, chdb.Set(slices.Compact(merchants)), chdb.Set(slices.Compact(codes)), chdb.Set(ids))
	if err != nil {
		return fmt.Errorf("reinspect: known findings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("reinspect: known findings: %w", err)
		}
		known[id] = true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reinspect: known findings: %w", err)
	}
	return nil
}

func (r *Runner) checkpoint(ctx context.Context, runID string) (checkpoint, bool, error) {
	rows, err := r.db.Query(ctx, sqlSelectCheckpoint, runID)
	if err != nil {
		return checkpoint{}, false, fmt.Errorf("reinspect: read checkpoint: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		return checkpoint{}, false, rows.Err()
	}
	var cp checkpoint
	var done uint8
	if err := rows.Scan(&cp.pass, &cp.seq, &cp.last, &cp.listings, &cp.findings, &cp.newFinds, &done); err != nil {
		return checkpoint{}, false, fmt.Errorf("reinspect: read checkpoint: %w", err)
	}
	cp.done = done == 1
	return cp, true, nil
}

func (r *Runner) saveCheckpoint(ctx context.Context, runID string, cfg Config, cp *checkpoint) error {
	cp.seq++
	var done uint8
	if cp.done {
		done = 1
	}
	err := r.db.Insert(ctx, "reinspect_checkpoints", checkpointColumns, 1, func(int) []any {
		return []any{runID, cp.pass, cp.seq, cfg.Policy.ID(), cp.last, cp.listings, cp.findings, cp.newFinds, done, cfg.Clock().UTC()}
	})
	if err != nil {
		return fmt.Errorf("reinspect: checkpoint after %s: %w", strconv.Quote(cp.last), err)
	}
	return nil
}
