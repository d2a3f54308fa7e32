// Package pipeline is the detection worker: it consumes the input topics in a
// Kafka consumer group, decodes and runs the detectors, writes findings and
// listing checks to ClickHouse in batches, publishes them to findings.v1 and
// listing-checks.v1, sends undecodable events to deadletter.v1, and commits the
// consumed offsets only after all of that succeeded.
package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/deadletter"
	"github.com/haili/haili/services/internal/store"
)

// Config tunes the worker.
type Config struct {
	Brokers []string
	GroupID string
	Topics  []string
	// BatchSize flushes a batch when it holds this many input events.
	BatchSize int
	// FlushInterval flushes a non-empty batch at least this often.
	FlushInterval time.Duration
	// MaxEventBytes bounds one input event; larger ones are dead-lettered.
	MaxEventBytes int
	// ConversationWindow is how far back conversation contexts are reloaded at start.
	ConversationWindow time.Duration
	// RetryBackoff and MaxRetryBackoff pace retries of a failed flush.
	RetryBackoff, MaxRetryBackoff time.Duration
	// ShutdownTimeout bounds the final flush on shutdown.
	ShutdownTimeout time.Duration
	// Clock stamps detected_at; nil means time.Now.
	Clock func() time.Time
	// PassThrough skips the detectors (and the market and conversation state
	// they use) but decodes, batches, writes listing checks, produces and
	// commits like a detecting worker: the baseline that measures what
	// detection costs. Benchmarks only; its listing checks say "pass-through".
	PassThrough bool
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	switch {
	case len(c.Brokers) == 0:
		return errors.New("pipeline: no Kafka brokers (--kafka)")
	case c.GroupID == "":
		return errors.New("pipeline: group id is required")
	case len(c.Topics) == 0:
		return errors.New("pipeline: no input topics")
	case c.BatchSize < 1:
		return fmt.Errorf("pipeline: batch size must be at least 1, got %d", c.BatchSize)
	case c.FlushInterval <= 0:
		return fmt.Errorf("pipeline: flush interval must be positive, got %s", c.FlushInterval)
	case c.RetryBackoff <= 0 || c.MaxRetryBackoff < c.RetryBackoff:
		return errors.New("pipeline: retry backoff must be positive and not above its maximum")
	case c.ShutdownTimeout <= 0:
		return errors.New("pipeline: shutdown timeout must be positive")
	}
	return nil
}

// DefaultConfig returns operational defaults (not policy: these tune throughput).
func DefaultConfig(brokers []string) Config {
	return Config{
		Brokers:            brokers,
		GroupID:            "haili-detect",
		Topics:             schemas.InputTopics,
		BatchSize:          5000,
		FlushInterval:      250 * time.Millisecond,
		MaxEventBytes:      schemas.DefaultMaxEventBytes,
		ConversationWindow: 90 * 24 * time.Hour,
		RetryBackoff:       200 * time.Millisecond,
		MaxRetryBackoff:    10 * time.Second,
		ShutdownTimeout:    20 * time.Second,
	}
}

// Sink is where the worker's results go in ClickHouse; *store.Store is one.
type Sink interface {
	InsertFindings(ctx context.Context, rows []store.FindingRow) error
	InsertListingChecks(ctx context.Context, checks []schemas.ListingCheck) error
	SaveConversations(ctx context.Context, rows []store.ConversationRow) error
}

var _ Sink = (*store.Store)(nil)

// Detector judges one decoded event; *detectors.Engine is one.
type Detector interface {
	Detect(ev schemas.Event, c detectors.Context) (detectors.Result, error)
}

var _ Detector = (*detectors.Engine)(nil)

// StateStore is where conversation contexts are reloaded from; *store.Store is one.
type StateStore interface {
	LoadConversations(ctx context.Context, since time.Time, fn func(id string, state []byte) error) error
}

var _ StateStore = (*store.Store)(nil)

// Market observes listings and hands out the current market reference.
type Market interface {
	Observe(l *schemas.Listing)
	Reference() *market.Reference
	// Save persists what was observed; called after a successful flush.
	Save(ctx context.Context) error
}

// Stats are the worker's counters since start.
type Stats struct {
	Events, Findings, Checks, Deadletters, Batches, FlushRetries atomic.Int64
	// Committed counts events whose results are durable and offsets committed.
	Committed atomic.Int64
	// LastFlush is the Unix nanoseconds of the last successful flush.
	LastFlush atomic.Int64
	// Resyncs counts reloads of the conversation contexts after this worker
	// was handed a messages partition (see Worker.needsResync).
	Resyncs atomic.Int64
}

// Worker is one member of the detection consumer group.
type Worker struct {
	cfg    Config
	log    *zap.Logger
	detect Detector
	sink   Sink
	market Market
	reader *kafka.Reader
	writer *kafka.Writer
	dec    schemas.Decoder
	convs  map[string]*convState
	// state is where conversation contexts are reloaded from (set by LoadState).
	state StateStore
	// nextOffset is, per messages.v1 partition, the offset after the last
	// message this worker processed: a message at any other offset means the
	// partition was (re)assigned or rewound.
	nextOffset map[int]int64
	// inFlight is the batch being written and committed in the background
	// while the next one is processed; nil when none. spare is a flushed
	// batch kept for reuse.
	inFlight *pendingFlush
	spare    *batch
	// flushFailed is set once a flush gave up (its context ended): no later
	// batch may then be committed.
	flushFailed bool
	stats       Stats
}

// pendingFlush is a batch handed to a background flush.
type pendingFlush struct {
	b    *batch
	done chan error
}

type convState struct {
	conv       message.Conversation
	merchantID string
	seq        uint64
}

// New builds a worker. Call LoadState before Run to rebuild conversation
// context. engine may be nil with cfg.PassThrough.
func New(cfg Config, engine *detectors.Engine, sink Sink, mkt Market, log *zap.Logger) (*Worker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	w := &Worker{cfg: cfg, log: log, sink: sink, market: mkt, convs: map[string]*convState{}, nextOffset: map[int]int64{}}
	switch {
	case cfg.PassThrough:
		w.detect = passThrough{}
	case engine == nil:
		return nil, errors.New("pipeline: no detection engine")
	default:
		w.detect = engine
	}
	w.dec.MaxBytes = cfg.MaxEventBytes
	w.reader = kafka.NewReader(kafka.ReaderConfig{
		Brokers:        cfg.Brokers,
		GroupID:        cfg.GroupID,
		GroupTopics:    cfg.Topics,
		MinBytes:       1,
		MaxBytes:       16 << 20,
		MaxWait:        time.Second,
		StartOffset:    kafka.FirstOffset,
		CommitInterval: 0, // commits are explicit, once per flushed batch
		// A member that stops heartbeating (kill -9) loses its partitions soon.
		// Heartbeats run in kafka-go's own goroutine, so a worker blocked in a
		// flush retry (backpressure) keeps its partitions.
		SessionTimeout:    10 * time.Second,
		RebalanceTimeout:  10 * time.Second,
		HeartbeatInterval: time.Second,
		JoinGroupBackoff:  500 * time.Millisecond,
		ReadBackoffMin:    50 * time.Millisecond,
		ReadBackoffMax:    500 * time.Millisecond,
		// Bounded prefetch: kafka-go's queue, the fetched channel in Run, the
		// batch being built and the one being flushed hold at most
		// 4×BatchSize messages; a partition reader blocked on a full queue
		// stops reading its socket (backpressure).
		QueueCapacity: cfg.BatchSize,
		Logger:        nil,
		ErrorLogger:   kafka.LoggerFunc(func(msg string, args ...any) { log.Warn("kafka reader", zap.String("msg", fmt.Sprintf(msg, args...))) }),
	})
	w.writer = NewWriter(cfg.Brokers)
	return w, nil
}

// NewWriter is the producer every role uses: acknowledged by all in-sync
// replicas, keyed by hash, and short batching so a synchronous flush is quick.
func NewWriter(brokers []string) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		BatchSize:    1000,
		BatchBytes:   16 << 20,
		BatchTimeout: 5 * time.Millisecond,
		MaxAttempts:  3,
	}
}

// Stats returns the worker's counters.
func (w *Worker) Stats() *Stats { return &w.stats }

// LoadState rebuilds the conversation contexts from ClickHouse, and keeps s to
// reload them whenever this worker is handed a messages partition.
func (w *Worker) LoadState(ctx context.Context, s StateStore) error {
	w.state = s
	n, err := w.loadConversations(ctx)
	if err != nil {
		return err
	}
	w.log.Info("conversation contexts reloaded", zap.Int("conversations", n))
	return nil
}

// loadConversations replaces the in-memory contexts with the stored ones.
func (w *Worker) loadConversations(ctx context.Context) (int, error) {
	since := w.cfg.Clock().Add(-w.cfg.ConversationWindow)
	convs := make(map[string]*convState, len(w.convs))
	err := w.state.LoadConversations(ctx, since, func(id string, state []byte) error {
		cs := &convState{}
		if err := json.Unmarshal(state, &cs.conv); err != nil {
			return err
		}
		convs[id] = cs
		return nil
	})
	if err != nil {
		return 0, err
	}
	w.convs = convs
	return len(convs), nil
}

// needsResync reports whether m comes from a messages partition this worker
// has not been reading continuously: just assigned (at start or after a
// rebalance) or rewound to its committed offset. Another worker may have
// advanced that partition's conversations since this one last saw them, so
// their contexts in memory may be stale; judging with a stale context would
// turn an allowed reply (the buyer asked first) into a violation.
func (w *Worker) needsResync(m kafka.Message) bool {
	if w.state == nil || w.cfg.PassThrough || m.Topic != schemas.TopicMessages {
		return false
	}
	next, ok := w.nextOffset[m.Partition]
	return !ok || next != m.Offset
}

// resync makes this worker's own contexts durable (by flushing the batch) and
// reloads every context from ClickHouse, where the previous owner of the
// partition saved its contexts before committing its offsets. The stored
// context is never behind the committed offset; it may be ahead (saved, not yet
// committed), which only ever suppresses findings that its writer already made
// durable: see flush. Retries like a flush until it succeeds or ctx ends.
func (w *Worker) resync(ctx, flushCtx context.Context, bp **batch) error {
	if err := w.waitFlush(); err != nil {
		return err
	}
	if len((*bp).msgs) > 0 {
		if err := w.handOff(flushCtx, bp); err != nil {
			return err
		}
		if err := w.waitFlush(); err != nil {
			return err
		}
	}
	backoff := w.cfg.RetryBackoff
	for {
		n, err := w.loadConversations(ctx)
		if err == nil {
			w.stats.Resyncs.Add(1)
			w.log.Debug("conversation contexts resynchronised", zap.Int("conversations", n))
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("resync conversations: %w", err)
		}
		w.stats.FlushRetries.Add(1)
		w.log.Warn("reloading conversation contexts failed; retrying", zap.Duration("backoff", backoff), zap.Error(err))
		select {
		case <-ctx.Done():
			return fmt.Errorf("resync conversations: %w", err)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, w.cfg.MaxRetryBackoff)
	}
}

// batch is what was consumed since the last flush and what it produced.
type batch struct {
	msgs     []kafka.Message
	findings []store.FindingRow
	checks   []schemas.ListingCheck
	out      []kafka.Message // findings.v1, listing-checks.v1, deadletter.v1
	convs    map[string]*convState
	dead     int
}

func newBatch() *batch { return &batch{convs: map[string]*convState{}} }

func (b *batch) reset() {
	b.msgs, b.findings, b.checks, b.out = b.msgs[:0], b.findings[:0], b.checks[:0], b.out[:0]
	clear(b.convs)
	b.dead = 0
}

// Run consumes until ctx is cancelled, then flushes what it has processed,
// commits, and leaves the group.
//
// A batch is handed to a background flush when it is full or the flush
// interval has passed; the next batch is processed meanwhile, and waits for
// that flush before it is handed off in turn, so batches are committed in
// order and at most two are held.
func (w *Worker) Run(ctx context.Context) error {
	fetched := make(chan kafka.Message, w.cfg.BatchSize)
	fetchErr := make(chan error, 1)
	fetchCtx, stopFetch := context.WithCancel(ctx)
	defer stopFetch()
	go func() {
		defer close(fetched)
		for {
			m, err := w.reader.FetchMessage(fetchCtx)
			if err != nil {
				if fetchCtx.Err() == nil {
					fetchErr <- fmt.Errorf("fetch: %w", err)
				}
				return
			}
			select {
			case fetched <- m:
			case <-fetchCtx.Done():
				return
			}
		}
	}()

	// Flushes outlive ctx by up to ShutdownTimeout: on SIGTERM the batch in
	// flight and the one being built are still written and committed.
	flushCtx, cancelFlush := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelFlush()
	stopDeadline := context.AfterFunc(ctx, func() { time.AfterFunc(w.cfg.ShutdownTimeout, cancelFlush) })
	defer stopDeadline()

	b := newBatch()
	ticker := time.NewTicker(w.cfg.FlushInterval)
	defer ticker.Stop()
	var runErr error
	// due is set when the interval passed while a flush was in flight: the
	// batch goes as soon as that flush is done.
	due := false
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-fetchErr:
			runErr = err
			break loop
		case err := <-w.inFlightDone():
			if w.finishFlush(err) != nil {
				break loop
			}
			if due && len(b.msgs) > 0 {
				due = false
				if w.handOff(flushCtx, &b) != nil {
					break loop
				}
			}
		case m, ok := <-fetched:
			if !ok {
				break loop
			}
			if w.needsResync(m) {
				if w.resync(ctx, flushCtx, &b) != nil {
					break loop
				}
			}
			w.process(m, b)
			if len(b.msgs) >= w.cfg.BatchSize {
				due = false
				if w.handOff(flushCtx, &b) != nil {
					break loop
				}
			}
		case <-ticker.C:
			switch {
			case len(b.msgs) == 0:
			case w.inFlight != nil:
				due = true
			default:
				if w.handOff(flushCtx, &b) != nil {
					break loop
				}
			}
		}
	}
	stopFetch()
	// Finish the flush in flight, then flush what was processed since. The
	// batch being built may be committed only if every earlier one was: a
	// commit covers all earlier offsets of its partitions. Unprocessed fetched
	// messages are not committed and will be consumed again by whoever owns
	// their partitions next.
	err := w.waitFlush()
	if err == nil && !w.flushFailed && len(b.msgs) > 0 {
		if err = w.handOff(flushCtx, &b); err == nil {
			err = w.waitFlush()
		}
	}
	if err != nil || w.flushFailed {
		w.log.Warn("the last batches were not flushed within the shutdown timeout; they will be consumed again", zap.Error(err))
	}
	// Leaving the group and closing the producer talk to Kafka; bound them so
	// that shutdown ends in bounded time even when Kafka does not answer.
	closeWithin(w.log, "reader", w.reader.Close, w.cfg.ShutdownTimeout)
	closeWithin(w.log, "writer", w.writer.Close, w.cfg.ShutdownTimeout)
	return runErr
}

// closeWithin runs closeFn and gives up waiting for it after d.
func closeWithin(log *zap.Logger, what string, closeFn func() error, d time.Duration) {
	done := make(chan error, 1)
	go func() { done <- closeFn() }()
	select {
	case err := <-done:
		if err != nil {
			log.Warn("closing "+what, zap.Error(err))
		}
	case <-time.After(d):
		log.Warn("closing " + what + " timed out; exiting anyway")
	}
}

// process decodes and detects one consumed message into the batch.
func (w *Worker) process(m kafka.Message, b *batch) {
	b.msgs = append(b.msgs, m)
	w.stats.Events.Add(1)
	if m.Topic == schemas.TopicMessages {
		w.nextOffset[m.Partition] = m.Offset + 1
	}
	ev, err := w.dec.Decode(m.Value)
	if err != nil {
		w.deadLetter(m, deadletter.StageDecode, err, b)
		return
	}
	now := w.cfg.Clock().UTC().Truncate(time.Second)
	dctx := detectors.Context{}
	var cs *convState
	switch ev := ev.(type) {
	case *schemas.Listing:
		if !w.cfg.PassThrough {
			dctx.Market = w.market.Reference()
		}
	case *schemas.Message:
		if w.cfg.PassThrough {
			break
		}
		cs = w.convs[ev.ConversationID]
		if cs == nil {
			cs = &convState{merchantID: ev.MerchantID}
		}
		// Detect on a copy: if detection fails the stored context stays as it was.
		next := cs.conv
		dctx.Conversation = &next
		defer func() {
			if dctx.Conversation != nil {
				cs.conv = *dctx.Conversation
				cs.seq = uint64(m.Offset) + 1
				w.convs[ev.ConversationID] = cs
				b.convs[ev.ConversationID] = cs
			}
		}()
	}
	res, err := w.detect.Detect(ev, dctx)
	if err != nil {
		dctx.Conversation = nil
		w.deadLetter(m, deadletter.StageDetect, err, b)
		return
	}
	for _, f := range res.Findings {
		f.DetectedAt = now
		b.findings = append(b.findings, store.FindingRow{Finding: f, SourceTopic: m.Topic, SourcePartition: int32(m.Partition), SourceOffset: m.Offset})
		v, err := json.Marshal(f)
		if err != nil {
			w.log.Error("encode finding", zap.String("finding_id", f.FindingID), zap.Error(err))
			continue
		}
		b.out = append(b.out, kafka.Message{Topic: schemas.TopicFindings, Key: []byte(f.MerchantID), Value: v})
	}
	w.stats.Findings.Add(int64(len(res.Findings)))
	if res.Check != nil {
		res.Check.CheckedAt = now
		b.checks = append(b.checks, *res.Check)
		if v, err := json.Marshal(res.Check); err == nil {
			b.out = append(b.out, kafka.Message{Topic: schemas.TopicChecks, Key: []byte(res.Check.MerchantID), Value: v})
		}
		w.stats.Checks.Add(1)
	}
	if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert && !w.cfg.PassThrough {
		w.market.Observe(l)
	}
}

func (w *Worker) deadLetter(m kafka.Message, stage string, cause error, b *batch) {
	rec := deadletter.Record{
		Reason: cause.Error(), Stage: stage, SourceTopic: m.Topic, SourcePartition: m.Partition,
		SourceOffset: m.Offset, Key: m.Key, Raw: m.Value, FailedAt: w.cfg.Clock().UTC(),
	}
	v, err := rec.Encode()
	if err != nil {
		// Encoding a struct of strings and bytes cannot fail; keep the reason anyway.
		v = []byte(fmt.Sprintf(`{"reason":%q}`, cause.Error()))
	}
	b.out = append(b.out, kafka.Message{Topic: schemas.TopicDeadletter, Key: m.Key, Value: v})
	b.dead++
	w.stats.Deadletters.Add(1)
}

// flushStep is one step of a flush.
type flushStep struct {
	name string
	run  func(context.Context) error
}

// runPhase runs the steps concurrently and retries the failed ones with
// backoff until all succeed or ctx ends.
func (w *Worker) runPhase(ctx context.Context, steps []flushStep) error {
	backoff := w.cfg.RetryBackoff
	errs := make([]error, len(steps))
	for {
		if len(steps) == 1 {
			errs[0] = steps[0].run(ctx)
		} else {
			var wg sync.WaitGroup
			for i, st := range steps {
				wg.Go(func() { errs[i] = st.run(ctx) })
			}
			wg.Wait()
		}
		failed := steps[:0:0]
		var firstErr error
		for i, err := range errs {
			if err != nil {
				failed = append(failed, steps[i])
				if firstErr == nil {
					firstErr = fmt.Errorf("%s: %w", steps[i].name, err)
				}
			}
		}
		if len(failed) == 0 {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("flush: %w", firstErr)
		}
		w.stats.FlushRetries.Add(int64(len(failed)))
		w.log.Warn("flush step failed; retrying", zap.Duration("backoff", backoff), zap.Error(firstErr))
		select {
		case <-ctx.Done():
			return fmt.Errorf("flush: %w", firstErr)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, w.cfg.MaxRetryBackoff)
		steps, errs = failed, errs[:len(failed)]
	}
}

// handOff starts writing and committing *bp in the background and gives the
// caller an empty batch to go on with. At most one flush is in flight: if one
// is, handOff first waits for it, and while it retries (ClickHouse or Kafka
// down) the worker processes nothing more: that is the backpressure. The
// conversation rows are encoded here, before processing moves on and changes
// the contexts.
func (w *Worker) handOff(flushCtx context.Context, bp **batch) error {
	if err := w.waitFlush(); err != nil {
		return err
	}
	if w.flushFailed {
		return errors.New("an earlier flush failed")
	}
	b := *bp
	convRows := make([]store.ConversationRow, 0, len(b.convs))
	for id, cs := range b.convs {
		state, err := json.Marshal(&cs.conv)
		if err != nil {
			// A struct of counters, times and strings always encodes.
			return fmt.Errorf("encode conversation %s: %w", id, err)
		}
		convRows = append(convRows, store.ConversationRow{ConversationID: id, MerchantID: cs.merchantID, State: state, Seq: cs.seq, UpdatedAt: w.cfg.Clock()})
	}
	done := make(chan error, 1)
	go func() { done <- w.write(flushCtx, b, convRows) }()
	w.inFlight = &pendingFlush{b: b, done: done}
	if w.spare != nil {
		*bp, w.spare = w.spare, nil
	} else {
		*bp = newBatch()
	}
	return nil
}

// inFlightDone is the channel the flush in flight reports on; nil (never
// ready) when there is none.
func (w *Worker) inFlightDone() <-chan error {
	if w.inFlight == nil {
		return nil
	}
	return w.inFlight.done
}

// waitFlush waits for the flush in flight, if any, and returns its result.
func (w *Worker) waitFlush() error {
	if w.inFlight == nil {
		return nil
	}
	return w.finishFlush(<-w.inFlight.done)
}

// finishFlush takes the result of the flush in flight.
func (w *Worker) finishFlush(err error) error {
	b := w.inFlight.b
	w.inFlight = nil
	if err != nil {
		w.flushFailed = true
		return err
	}
	// Bounded: a ClickHouse that hangs must not stall the processing here.
	sctx, cancel := context.WithTimeout(context.Background(), w.cfg.ShutdownTimeout)
	defer cancel()
	if err := w.market.Save(sctx); err != nil {
		// The market reference is advisory and rebuilt from later listings; a
		// failed save does not hold back offsets.
		w.log.Warn("saving market reference", zap.Error(err))
	}
	w.stats.Batches.Add(1)
	w.stats.Committed.Add(int64(len(b.msgs)))
	w.stats.LastFlush.Store(w.cfg.Clock().UnixNano())
	b.reset()
	w.spare = b
	return nil
}

// write makes the batch durable and commits its offsets, retrying each step
// with backoff until it succeeds or ctx ends. It runs beside the processing
// of the next batch and touches nothing but b and convRows.
func (w *Worker) write(ctx context.Context, b *batch, convRows []store.ConversationRow) error {
	// The steps run in phases; a phase's steps are independent and run
	// concurrently (ClickHouse takes tens of milliseconds per insert whatever
	// its size, so two inserts side by side save one of them). The findings
	// reach ClickHouse before findings.v1, and the offsets are committed last.
	//
	// Conversations are saved after the outputs are produced: a saved context
	// then implies that every finding of the messages it has seen is in
	// ClickHouse and on findings.v1. A worker that reloads a context ahead of
	// its committed offset (saved, then killed before the commit) re-judges
	// those messages with a context that, as the message detectors keep it
	// (the buyer asked, an order exists), can only allow more, never less; and
	// what it no longer finds was already delivered.
	phases := [][]flushStep{
		{
			{"insert findings", func(ctx context.Context) error { return w.sink.InsertFindings(ctx, b.findings) }},
			{"insert listing checks", func(ctx context.Context) error { return w.sink.InsertListingChecks(ctx, b.checks) }},
		},
		{{"produce", func(ctx context.Context) error {
			if len(b.out) == 0 {
				return nil
			}
			return w.writer.WriteMessages(ctx, b.out...)
		}}},
		{{"save conversations", func(ctx context.Context) error { return w.sink.SaveConversations(ctx, convRows) }}},
		{{"commit offsets", func(ctx context.Context) error { return w.reader.CommitMessages(ctx, b.msgs...) }}},
	}
	for _, phase := range phases {
		if err := w.runPhase(ctx, phase); err != nil {
			return err
		}
	}
	return nil
}
