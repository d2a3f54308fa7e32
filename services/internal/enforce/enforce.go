// Package enforce is the enforcement role (`haili enforce`) and the monthly
// list (`haili publish`).
//
// An enforcement worker is a member of the haili-enforce consumer group over
// findings.v1 and listing-checks.v1. Both topics are keyed by merchant and
// assigned by range, so one worker owns all of a merchant's inputs and its
// ladder (detectors/ladder). On every new generation of the group the worker
// rebuilds the ladders of the merchants it owns from ClickHouse, then decides
// each input, fires rectification deadlines from an injectable clock, and
// flushes in batches: outputs to actions.v1 and notices.v1 (key merchant_id),
// then violations, actions, points ledger and notices to ClickHouse, then the
// consumed offsets. Outputs go to the topics before ClickHouse because a
// rebuilt ladder takes what ClickHouse holds as done: a crash in between
// decides the same actions again (same ids) and resends them rather than
// losing them. Every id is deterministic, so retries and replays collapse.
package enforce

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/deadletter"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/retry"
)

// StageEnforce is the dead-letter stage of an input the ladder refused.
const StageEnforce = "enforce"

// Config tunes the worker (operations, not policy).
type Config struct {
	Brokers []string
	GroupID string
	// Topics are consumed; the first one's partitioning decides which
	// merchants a worker owns.
	Topics []string
	// BatchSize flushes a batch when it holds this many inputs.
	BatchSize int
	// FlushInterval flushes a non-empty batch at least this often.
	FlushInterval time.Duration
	// TickInterval is how often the clock is read to fire deadlines.
	TickInterval time.Duration
	// RetryBackoff and MaxRetryBackoff pace retries of a failed flush step.
	RetryBackoff, MaxRetryBackoff time.Duration
	// ShutdownTimeout bounds the final flush.
	ShutdownTimeout time.Duration
	// OrderWindow, when positive, decides inputs in event-time order: each
	// waits until every partition of the worker has seen an event this much
	// newer (see reorder). Zero decides inputs as they arrive. OrderIdle is
	// how long a partition may stay silent before it no longer holds the
	// others back; OrderMaxHeld caps what is held (past it the earliest go,
	// in order, without waiting).
	OrderWindow, OrderIdle time.Duration
	OrderMaxHeld           int
	// Clock is the time that fires deadlines; nil means time.Now.
	Clock func() time.Time
}

// DefaultConfig returns operational defaults.
func DefaultConfig(brokers []string) Config {
	return Config{
		Brokers:         brokers,
		GroupID:         "haili-enforce",
		Topics:          []string{schemas.TopicFindings, schemas.TopicChecks},
		BatchSize:       1000,
		FlushInterval:   250 * time.Millisecond,
		TickInterval:    time.Second,
		RetryBackoff:    200 * time.Millisecond,
		MaxRetryBackoff: 10 * time.Second,
		ShutdownTimeout: 20 * time.Second,
		OrderIdle:       30 * time.Second,
		OrderMaxHeld:    100000,
	}
}

// backoff paces the retries of failed flush steps and loads.
func (c *Config) backoff() retry.Backoff {
	return retry.Backoff{Initial: c.RetryBackoff, Max: c.MaxRetryBackoff}
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	switch {
	case len(c.Brokers) == 0:
		return errors.New("enforce: no Kafka brokers (--kafka)")
	case c.GroupID == "":
		return errors.New("enforce: group id is required")
	case len(c.Topics) == 0:
		return errors.New("enforce: no input topics")
	case c.BatchSize < 1:
		return fmt.Errorf("enforce: batch size must be at least 1, got %d", c.BatchSize)
	case c.FlushInterval <= 0 || c.TickInterval <= 0:
		return errors.New("enforce: flush and tick intervals must be positive")
	case c.backoff().Validate() != nil:
		return fmt.Errorf("enforce: %w", c.backoff().Validate())
	case c.ShutdownTimeout <= 0:
		return errors.New("enforce: shutdown timeout must be positive")
	case c.OrderWindow < 0:
		return fmt.Errorf("enforce: order window must not be negative, got %s", c.OrderWindow)
	case c.OrderWindow > 0 && (c.OrderIdle <= 0 || c.OrderMaxHeld < 1):
		return errors.New("enforce: with an order window, the idle time and the most held must be positive")
	}
	return nil
}

// Stats are the worker's counters since start.
type Stats struct {
	Inputs, Actions, Notices, Deadletters, Batches, FlushRetries, Generations atomic.Int64
	// Committed counts inputs whose results are durable and offsets committed.
	Committed atomic.Int64
	// LastFlush is the Unix nanoseconds of the last successful flush.
	LastFlush atomic.Int64
	// FlushStep, when set before Run, is given the time of each run of a
	// flush step (for histograms); steps are named as FlushSteps.
	FlushStep func(step string, d time.Duration)
}

// FlushSteps names the steps of a flush, in their order.
var FlushSteps = [...]string{"produce", "insert_actions", "insert_points_ledger", "insert_notices", "insert_violations", "commit"}

// Worker is one member of the enforcement consumer group.
type Worker struct {
	cfg     Config
	log     *zap.Logger
	policy  *policy.Policy
	db      *DB
	notices *Notices
	writer  *kafka.Writer
	stats   Stats

	// The ladders of the current generation.
	book *ladder.Book
	// owns reports whether a merchant hashes to a partition this worker owns;
	// others are loaded on demand (loaded) if their inputs reach it.
	owns   func(merchantID string) bool
	loaded map[string]bool
	// reorder holds the generation's inputs when OrderWindow is set.
	reorder *reorder
	// fatal is a flush step's permanent error: the worker stops.
	fatal error
}

// New builds a worker deciding by pol's enforcement section.
func New(cfg Config, pol *policy.Policy, db *DB, log *zap.Logger) (*Worker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if _, err := ladder.NewBook(&pol.Enforcement, pol.ID()); err != nil {
		return nil, err
	}
	notices, err := NewNotices(&pol.Enforcement)
	if err != nil {
		return nil, err
	}
	return &Worker{cfg: cfg, log: log, policy: pol, db: db, notices: notices, writer: kafkaio.NewWriter(cfg.Brokers)}, nil
}

// Stats returns the worker's counters.
func (w *Worker) Stats() *Stats { return &w.stats }

// Run consumes until ctx is cancelled, then flushes what it has decided,
// commits, and leaves the group.
func (w *Worker) Run(ctx context.Context) error {
	group, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:      w.cfg.GroupID,
		Brokers: w.cfg.Brokers,
		Topics:  w.cfg.Topics,
		// Range assignment gives a member the same partition numbers of every
		// topic, and both topics are keyed by merchant: one owner per ladder.
		GroupBalancers:    []kafka.GroupBalancer{kafka.RangeGroupBalancer{}},
		StartOffset:       kafka.FirstOffset,
		HeartbeatInterval: time.Second,
		SessionTimeout:    10 * time.Second,
		RebalanceTimeout:  10 * time.Second,
		JoinGroupBackoff:  500 * time.Millisecond,
		ErrorLogger:       kafka.LoggerFunc(func(msg string, args ...any) { w.log.Warn("kafka group", zap.String("msg", fmt.Sprintf(msg, args...))) }),
	})
	if err != nil {
		return fmt.Errorf("enforce: %w", err)
	}
	defer func() {
		if err := group.Close(); err != nil {
			w.log.Warn("leaving the consumer group", zap.Error(err))
		}
		if err := w.writer.Close(); err != nil {
			w.log.Warn("closing writer", zap.Error(err))
		}
	}()
	// Joining is retried at a steady pace: the group coordinator may be moving.
	join := retry.Backoff{Initial: w.cfg.RetryBackoff, Max: w.cfg.RetryBackoff}
	for {
		var gen *kafka.Generation
		err := retry.Do(ctx, join, func() (err error) {
			gen, err = group.Next(ctx)
			return err
		}, func(err error, _ time.Duration) { w.log.Warn("joining the consumer group", zap.Error(err)) })
		if err != nil {
			return nil // ctx ended
		}
		w.stats.Generations.Add(1)
		done := make(chan struct{})
		// The generation's coordinator connection stays open while a function
		// started on it runs, so the final commit works after the readers stop.
		gen.Start(func(gctx context.Context) {
			defer close(done)
			w.generation(ctx, gctx, gen)
		})
		<-done
		if w.fatal != nil {
			return fmt.Errorf("enforce: %w", w.fatal)
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// generation runs one generation of the group: rebuild, consume, flush.
func (w *Worker) generation(ctx, gctx context.Context, gen *kafka.Generation) {
	owned := map[int]bool{}
	for _, a := range gen.Assignments[w.cfg.Topics[0]] {
		owned[a.ID] = true
	}
	if !w.rebuild(ctx, gctx, owned) {
		return
	}
	msgs := make(chan kafka.Message, w.cfg.BatchSize)
	var assigned []kafkaio.TopicPartition
	for topic, parts := range gen.Assignments {
		for _, a := range parts {
			assigned = append(assigned, kafkaio.TopicPartition{Topic: topic, Partition: a.ID})
			gen.Start(func(rctx context.Context) { w.read(ctx, rctx, topic, a, msgs) })
		}
	}
	w.reorder = nil
	if w.cfg.OrderWindow > 0 {
		// Held inputs of an earlier generation were never committed: their
		// partitions' next owner takes them in again.
		w.reorder = newReorder(w.cfg.OrderWindow, w.cfg.OrderIdle, assigned, w.cfg.Clock())
	}
	b := newBatch()
	flushT := time.NewTicker(w.cfg.FlushInterval)
	defer flushT.Stop()
	tickT := time.NewTicker(w.cfg.TickInterval)
	defer tickT.Stop()
	// Deadlines that passed while no worker owned these merchants fire now.
	w.collect(w.book.Advance(w.cfg.Clock()), b)
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-gctx.Done():
			break loop
		case m := <-msgs:
			if !w.process(ctx, m, b) {
				break loop
			}
			if b.inputs >= w.cfg.BatchSize && !w.flush(ctx, gctx, gen, b) {
				break loop
			}
		case <-tickT.C:
			w.collect(w.book.Advance(w.cfg.Clock()), b)
			if !w.releaseReady(ctx, b) {
				break loop
			}
		case <-flushT.C:
			if !b.empty() && !w.flush(ctx, gctx, gen, b) {
				break loop
			}
		}
	}
	// Flush what was decided; inputs fetched but not processed are not
	// committed and come again to whoever owns their partitions next.
	if !b.empty() && w.fatal == nil {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.ShutdownTimeout)
		if !w.flush(fctx, gctx, gen, b) {
			w.log.Warn("final flush failed; its inputs will be consumed again")
		}
		cancel()
	}
}

// rebuild replaces the book with the owned merchants' ladders from
// ClickHouse, retrying until it succeeds or the generation ends.
func (w *Worker) rebuild(ctx, gctx context.Context, owned map[int]bool) bool {
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(gctx, cancel)()
	err := retry.Do(wctx, w.cfg.backoff(), func() error { return w.load(ctx, owned) }, func(err error, pause time.Duration) {
		w.log.Warn("rebuilding the ladders from ClickHouse; retrying", zap.Error(err), zap.Duration("backoff", pause))
	})
	return err == nil
}

func (w *Worker) load(ctx context.Context, owned map[int]bool) error {
	n, err := kafkaio.Partitions(ctx, kafkaio.NewClient(w.cfg.Brokers...), w.cfg.Topics[0])
	if err != nil {
		return err
	}
	// The producers' partitioner: the same hash places a merchant's inputs.
	partition := kafkaio.PartitionFunc(n)
	owns := func(merchantID string) bool { return owned[partition([]byte(merchantID))] }
	st, err := w.db.LoadState(ctx, owns)
	if err != nil {
		return err
	}
	book, err := ladder.NewBook(&w.policy.Enforcement, w.policy.ID())
	if err != nil {
		return err
	}
	book.Restore(st)
	w.book, w.owns, w.loaded = book, owns, map[string]bool{}
	w.log.Info("ladders rebuilt", zap.Int("partitions_owned", len(owned)), zap.Int("merchants", len(book.Merchants())),
		zap.Int("actions", len(st.Actions)), zap.Int("violations", len(st.Violations)))
	return nil
}

// ensure loads a merchant the worker does not own by partition (topics with
// different partition counts) before deciding on its input.
func (w *Worker) ensure(ctx context.Context, merchantID string) bool {
	if merchantID == "" || w.owns(merchantID) || w.loaded[merchantID] {
		return true
	}
	err := retry.Do(ctx, w.cfg.backoff(), func() error {
		st, err := w.db.LoadMerchant(ctx, merchantID)
		if err == nil {
			w.book.Restore(st)
			w.loaded[merchantID] = true
		}
		return err
	}, func(err error, _ time.Duration) {
		w.log.Warn("loading a merchant's ladder; retrying", zap.String("merchant_id", merchantID), zap.Error(err))
	})
	return err == nil
}

// read feeds one assigned partition into msgs until the generation or ctx ends.
func (w *Worker) read(ctx, gctx context.Context, topic string, a kafka.PartitionAssignment, msgs chan<- kafka.Message) {
	rctx, cancel := context.WithCancel(gctx)
	defer cancel()
	defer context.AfterFunc(ctx, cancel)()
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: w.cfg.Brokers, Topic: topic, Partition: a.ID, MinBytes: 1, MaxBytes: 16 << 20,
		MaxWait: 500 * time.Millisecond, ReadBackoffMin: 50 * time.Millisecond, ReadBackoffMax: 500 * time.Millisecond,
		ErrorLogger: kafka.LoggerFunc(func(msg string, args ...any) {
			w.log.Warn("kafka reader", zap.String("msg", fmt.Sprintf(msg, args...)))
		}),
	})
	defer r.Close()
	if err := r.SetOffset(a.Offset); err != nil {
		w.log.Warn("seeking", zap.String("topic", topic), zap.Int("partition", a.ID), zap.Error(err))
		return
	}
	for {
		m, err := r.FetchMessage(rctx)
		if err != nil {
			if rctx.Err() == nil {
				w.log.Warn("fetching; the generation ends", zap.String("topic", topic), zap.Int("partition", a.ID), zap.Error(err))
			}
			return
		}
		select {
		case msgs <- m:
		case <-rctx.Done():
			return
		}
	}
}

// batch is what was consumed and decided since the last flush.
type batch struct {
	inputs     int
	offsets    map[string]map[int]int64 // next offset to consume, per topic and partition
	violations []ladder.Violation
	actions    []ladder.Action
	ledger     []ladder.LedgerEntry
	notices    []Notice
	out        []kafka.Message // actions.v1, notices.v1, deadletter.v1
}

func newBatch() *batch { return &batch{offsets: map[string]map[int]int64{}} }

func (b *batch) empty() bool { return b.inputs == 0 && len(b.out) == 0 && len(b.violations) == 0 }

// process decides one consumed message into the batch, or holds it for its
// turn (OrderWindow); false means ctx ended.
func (w *Worker) process(ctx context.Context, m kafka.Message, b *batch) bool {
	w.stats.Inputs.Add(1)
	in, err := ladder.ParseInput(m.Value)
	if w.reorder != nil {
		now := w.cfg.Clock()
		if err != nil {
			b.inputs++
			w.reorder.pass(m, now)
			w.deadLetter(m, deadletter.StageDecode, err, b)
			return true
		}
		w.reorder.hold(in, m, now)
		return w.releaseReady(ctx, b)
	}
	b.inputs++
	if b.offsets[m.Topic] == nil {
		b.offsets[m.Topic] = map[int]int64{}
	}
	b.offsets[m.Topic][m.Partition] = m.Offset + 1
	if err != nil {
		w.deadLetter(m, deadletter.StageDecode, err, b)
		return true
	}
	return w.decide(ctx, in, m, b)
}

// releaseReady decides the held inputs whose turn has come, in event order,
// and, past OrderMaxHeld, the earliest of the rest; false means ctx ended.
func (w *Worker) releaseReady(ctx context.Context, b *batch) bool {
	if w.reorder == nil {
		return true
	}
	ready := w.reorder.release(w.cfg.Clock())
	if extra := w.reorder.len() - w.cfg.OrderMaxHeld; extra > 0 {
		if !w.reorder.overflowed {
			w.reorder.overflowed = true // once a generation, not per input
			w.log.Warn("more inputs held than --order-max-held; the earliest are decided without waiting", zap.Int("held", w.reorder.len()))
		}
		ready = append(ready, w.reorder.releaseEarliest(extra)...)
	}
	for _, h := range ready {
		b.inputs++
		if !w.decide(ctx, h.in, h.m, b) {
			return false
		}
	}
	return true
}

// decide applies one input to the ladders; false means ctx ended.
func (w *Worker) decide(ctx context.Context, in ladder.Input, m kafka.Message, b *batch) bool {
	if !w.ensure(ctx, in.MerchantID()) {
		return false
	}
	d, err := w.book.Apply(in)
	if err != nil {
		w.deadLetter(m, StageEnforce, err, b)
		return true
	}
	w.collect(d, b)
	return true
}

// collect adds a decision and its notices and messages to the batch.
func (w *Worker) collect(d ladder.Decision, b *batch) {
	if d.Empty() {
		return
	}
	b.violations = append(b.violations, d.Violations...)
	b.ledger = append(b.ledger, d.Ledger...)
	for _, a := range d.Actions {
		b.actions = append(b.actions, a)
		w.send(b, schemas.TopicActions, a.MerchantID, a)
		var vs []ladder.Violation
		for _, id := range a.FindingIDs {
			if v, ok := w.book.Violation(a.MerchantID, id); ok {
				vs = append(vs, v)
			}
		}
		n, err := w.notices.ForAction(a, vs)
		if err != nil {
			// A template defect must not hold back the action itself.
			w.log.Error("rendering a notice", zap.String("action_id", a.ActionID), zap.Error(err))
			continue
		}
		b.notices = append(b.notices, n)
		w.send(b, schemas.TopicNotices, n.MerchantID, n)
	}
	for _, ew := range d.Warnings {
		n, err := w.notices.ForWarning(ew)
		if err != nil {
			w.log.Error("rendering an early warning", zap.String("merchant_id", ew.MerchantID), zap.Error(err))
			continue
		}
		b.notices = append(b.notices, n)
		w.send(b, schemas.TopicNotices, n.MerchantID, n)
	}
	w.stats.Actions.Add(int64(len(d.Actions)))
}

func (w *Worker) send(b *batch, topic, key string, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		w.log.Error("encoding output", zap.String("topic", topic), zap.Error(err))
		return
	}
	b.out = append(b.out, kafka.Message{Topic: topic, Key: []byte(key), Value: data})
}

func (w *Worker) deadLetter(m kafka.Message, stage string, cause error, b *batch) {
	b.out = append(b.out, deadletter.Of(m, stage, cause, w.cfg.Clock()))
	w.stats.Deadletters.Add(1)
}

// flush makes the batch durable and commits its offsets, retrying each step
// with backoff until it succeeds or ctx ends; while it retries nothing more
// is consumed (backpressure). A commit refused after the generation ended is
// given up: the inputs come again to their next owner, who finds their
// results in ClickHouse and decides nothing twice. false means ctx ended or
// a step failed permanently (w.fatal).
func (w *Worker) flush(ctx, gctx context.Context, gen *kafka.Generation, b *batch) bool {
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"produce", func(ctx context.Context) error {
			if len(b.out) == 0 {
				return nil
			}
			n, err := kafkaio.Produce(ctx, w.writer, b.out, w.cfg.Clock())
			w.stats.Deadletters.Add(int64(n))
			return err
		}},
		{"insert actions", func(ctx context.Context) error { return w.db.InsertActions(ctx, b.actions) }},
		{"insert points ledger", func(ctx context.Context) error { return w.db.InsertLedger(ctx, b.ledger) }},
		{"insert notices", func(ctx context.Context) error { return w.db.InsertNotices(ctx, b.notices) }},
		// Last: a violation row marks its finding as decided for a rebuild.
		{"insert violations", func(ctx context.Context) error { return w.db.InsertViolations(ctx, b.violations) }},
		{"commit offsets", func(context.Context) error {
			if w.reorder != nil {
				// Up to the first input still held in each partition.
				b.offsets = w.reorder.committable()
			}
			return gen.CommitOffsets(b.offsets)
		}},
	}
	// The steps run in order; a failed one is retried, then the rest follow.
	committed := true
	i := 0
	err := retry.Do(ctx, w.cfg.backoff(), func() error {
		for ; i < len(steps); i++ {
			start := time.Now()
			err := steps[i].run(ctx)
			if f := w.stats.FlushStep; f != nil {
				f(FlushSteps[i], time.Since(start))
			}
			if err != nil {
				if steps[i].name == "commit offsets" && gctx.Err() != nil {
					w.log.Info("generation ended before the commit; its inputs will be consumed again", zap.Error(err))
					committed = false
					return nil
				}
				return err
			}
		}
		return nil
	}, func(err error, pause time.Duration) {
		w.stats.FlushRetries.Add(1)
		w.log.Warn("flush step failed; retrying", zap.String("step", steps[i].name), zap.Duration("backoff", pause), zap.Error(err))
	})
	if retry.IsPermanent(err) {
		// Trying again would fail again: the worker stops (Run returns it).
		w.fatal = err
		w.log.Error("a flush step failed permanently; stopping", zap.Error(err))
		return false
	}
	if err != nil {
		return false
	}
	w.stats.Batches.Add(1)
	w.stats.Notices.Add(int64(len(b.notices)))
	if committed {
		w.stats.Committed.Add(int64(b.inputs))
	}
	w.stats.LastFlush.Store(w.cfg.Clock().UnixNano())
	*b = *newBatch()
	return true
}

func hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
