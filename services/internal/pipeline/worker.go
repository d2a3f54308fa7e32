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
	"runtime"
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
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/retry"
	"github.com/haili/haili/services/internal/store"
)

// Config tunes the worker.
type Config struct {
	Brokers []string
	GroupID string
	Topics  []string
	// BatchSize hands a batch to a flush when it holds this many input
	// events. While the previous flush is still being written, the batch goes
	// on growing, up to MaxBatchSize, and is handed off as soon as that flush
	// is done: when writes are slow, batches grow instead of processing
	// stopping, and ClickHouse gets fewer, larger inserts.
	BatchSize, MaxBatchSize int
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
	// Processors is how many goroutines decode and detect side by side. Each
	// owns whole partitions, so the events of a partition (and with them the
	// messages of a conversation) are processed in their order.
	Processors int
	// Clock stamps detected_at; nil means time.Now. Called concurrently.
	Clock func() time.Time
	// PassThrough skips the detectors (and the market and conversation state
	// they use) but decodes, batches, writes listing checks, produces and
	// commits like a detecting worker: the baseline that measures what
	// detection costs. Benchmarks only; its listing checks say "pass-through".
	PassThrough bool
}

// backoff paces the retries of failed flush steps and reloads.
func (c *Config) backoff() retry.Backoff {
	return retry.Backoff{Initial: c.RetryBackoff, Max: c.MaxRetryBackoff}
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
	case c.MaxBatchSize < c.BatchSize:
		return fmt.Errorf("pipeline: max batch size %d is below the batch size %d", c.MaxBatchSize, c.BatchSize)
	case c.Processors < 1:
		return fmt.Errorf("pipeline: processors must be at least 1, got %d", c.Processors)
	case c.FlushInterval <= 0:
		return fmt.Errorf("pipeline: flush interval must be positive, got %s", c.FlushInterval)
	case c.backoff().Validate() != nil:
		return fmt.Errorf("pipeline: %w", c.backoff().Validate())
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
		MaxBatchSize:       20000,
		Processors:         runtime.GOMAXPROCS(0),
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

// Detector judges one decoded event; *detectors.Engine is one. It is called
// from several goroutines at once.
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
// Observe and Reference are called from several goroutines at once.
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
	// ProcessNanos is the time spent decoding and detecting; FlushWaitNanos
	// the time processing stood still waiting for a flush (backpressure).
	// Together they tell a CPU-bound worker from a write-bound one.
	ProcessNanos, FlushWaitNanos atomic.Int64
	// StepNanos is the time spent in each flush step, retries included,
	// indexed like FlushSteps.
	StepNanos [len(FlushSteps)]atomic.Int64
}

// FlushSteps names the steps of a flush, in the order of Stats.StepNanos.
var FlushSteps = [...]string{"insert_findings", "insert_listing_checks", "produce", "save_conversations", "commit"}

const (
	stepFindings = iota
	stepChecks
	stepProduce
	stepConversations
	stepCommit
)

// Worker is one member of the detection consumer group.
type Worker struct {
	cfg    Config
	log    *zap.Logger
	detect Detector
	sink   Sink
	market Market
	reader *kafka.Reader
	writer *kafka.Writer
	// procs decode and detect; route assigns each partition to one of them.
	procs   []*processor
	route   map[kafkaio.TopicPartition]int
	barrier chan struct{}
	// pending counts the events handed to the processors since their parts
	// were last collected into a batch.
	pending int
	// convs are the conversation contexts, shared by the processors.
	convMu sync.Mutex
	convs  map[string]*convState
	// state is where conversation contexts are reloaded from (set by LoadState).
	state StateStore
	// nextOffset is, per messages.v1 partition, the offset after the last
	// message this worker took in: a message at any other offset means the
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

// convState is one conversation's context. Its processor holds mu while it
// judges a message: a conversation is normally in one partition, but one
// spread over partitions by a wrongly keyed producer must not be raced.
type convState struct {
	mu         sync.Mutex
	conv       message.Conversation
	merchantID string
	seq        uint64
	// saved is the context as last handed to a flush (or reloaded), savedAt
	// when (zero: unknown). A context that still JudgesLike saved need not be
	// saved again, except to stay inside the reload window.
	saved   message.Conversation
	savedAt time.Time
}

// needsSave reports whether cs must be persisted with the batch: its context
// now judges differently from the one saved, or the saved row is half-way
// out of the reload window and the context is not the empty one (which a
// missing row stands for).
func (w *Worker) needsSave(cs *convState, now time.Time) bool {
	if !cs.conv.JudgesLike(&cs.saved) {
		return true
	}
	return now.Sub(cs.savedAt) > w.cfg.ConversationWindow/2 && !cs.conv.JudgesLike(&message.Conversation{})
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
	w.route = map[kafkaio.TopicPartition]int{}
	w.barrier = make(chan struct{}, cfg.Processors)
	for range cfg.Processors {
		p := &processor{in: make(chan procItem, processorQueue), part: newBatch()}
		p.dec.MaxBytes = cfg.MaxEventBytes
		w.procs = append(w.procs, p)
	}
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
		// Bounded prefetch: kafka-go's queue and the fetched channel in Run
		// hold BatchSize messages each, the batch being built and the one
		// being flushed MaxBatchSize each; a partition reader blocked on a
		// full queue stops reading its socket (backpressure).
		QueueCapacity: cfg.BatchSize,
		Logger:        nil,
		ErrorLogger:   kafka.LoggerFunc(func(msg string, args ...any) { log.Warn("kafka reader", zap.String("msg", fmt.Sprintf(msg, args...))) }),
	})
	w.writer = kafkaio.NewWriter(cfg.Brokers)
	return w, nil
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
		cs.saved = cs.conv
		convs[id] = cs
		return nil
	})
	if err != nil {
		return 0, err
	}
	w.convMu.Lock()
	w.convs = convs
	w.convMu.Unlock()
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
// partition saved its contexts before committing its offsets (those that
// changed in what they judge by: see convState.saved). The stored
// context is never behind the committed offset; it may be ahead (saved, not yet
// committed), which only ever suppresses findings that its writer already made
// durable: see flush. Retries like a flush until it succeeds or ctx ends.
func (w *Worker) resync(ctx, flushCtx context.Context, bp **batch) error {
	if w.pending > 0 {
		if err := w.handOff(flushCtx, bp); err != nil {
			return err
		}
	}
	// The processors are idle now: nothing was routed since handOff.
	if err := w.waitFlush(); err != nil {
		return err
	}
	var n int
	err := retry.Do(ctx, w.cfg.backoff(), func() (err error) {
		n, err = w.loadConversations(ctx)
		return err
	}, func(err error, pause time.Duration) {
		w.stats.FlushRetries.Add(1)
		w.log.Warn("reloading conversation contexts failed; retrying", zap.Duration("backoff", pause), zap.Error(err))
	})
	if err != nil {
		return fmt.Errorf("resync conversations: %w", err)
	}
	w.stats.Resyncs.Add(1)
	w.log.Debug("conversation contexts resynchronised", zap.Int("conversations", n))
	return nil
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

// absorb moves what a processor produced into b.
func (b *batch) absorb(part *batch) {
	b.msgs = append(b.msgs, part.msgs...)
	b.findings = append(b.findings, part.findings...)
	b.checks = append(b.checks, part.checks...)
	b.out = append(b.out, part.out...)
	for id, cs := range part.convs {
		b.convs[id] = cs
	}
	b.dead += part.dead
	part.reset()
}

// processorQueue is the capacity of a processor's input channel: enough to
// keep it busy while the fetch loop routes to the others.
const processorQueue = 256

// processor decodes and detects the events of the partitions routed to it, in
// their order, into its own part of the next batch.
type processor struct {
	dec  schemas.Decoder
	in   chan procItem
	part *batch
}

// procItem is an event to process, or (m unset) a barrier: the processor
// answers on Worker.barrier once it has processed everything before it.
type procItem struct {
	m       kafka.Message
	barrier bool
}

// runProcessor is a processor's goroutine; it ends when p.in is closed.
func (w *Worker) runProcessor(p *processor) {
	for it := range p.in {
		if it.barrier {
			w.barrier <- struct{}{}
			continue
		}
		start := time.Now()
		w.process(&p.dec, it.m, p.part)
		w.stats.ProcessNanos.Add(int64(time.Since(start)))
	}
}

// dispatch hands m to the processor that owns its partition. A partition
// seen for the first time goes to the processor with the fewest partitions of
// its topic (then the fewest in all), so that topics of unequal cost spread
// evenly.
func (w *Worker) dispatch(m kafka.Message) {
	tp := kafkaio.Of(m)
	i, ok := w.route[tp]
	if !ok {
		sameTopic := make([]int, len(w.procs))
		total := make([]int, len(w.procs))
		for k, j := range w.route {
			total[j]++
			if k.Topic == m.Topic {
				sameTopic[j]++
			}
		}
		for j := range w.procs {
			if sameTopic[j] < sameTopic[i] || (sameTopic[j] == sameTopic[i] && total[j] < total[i]) {
				i = j
			}
		}
		w.route[tp] = i
	}
	if m.Topic == schemas.TopicMessages {
		w.nextOffset[m.Partition] = m.Offset + 1
	}
	w.pending++
	w.procs[i].in <- procItem{m: m}
}

// collect waits until every processor has processed what was routed to it and
// moves their parts into b.
func (w *Worker) collect(b *batch) {
	for _, p := range w.procs {
		p.in <- procItem{barrier: true}
	}
	for range w.procs {
		<-w.barrier
	}
	for _, p := range w.procs {
		b.absorb(p.part)
	}
	w.pending = 0
}

// Run consumes until ctx is cancelled, then flushes what it has processed,
// commits, and leaves the group.
//
// The fetched messages are routed to the processors by partition. A batch
// (the processors' parts, collected) is handed to a background flush when it
// holds BatchSize events or the flush interval has passed; the next batch is
// processed meanwhile, growing up to MaxBatchSize, and is handed off as soon
// as that flush is done, so batches are committed in order and at most two
// are held.
func (w *Worker) Run(ctx context.Context) error {
	var procs sync.WaitGroup
	for _, p := range w.procs {
		procs.Go(func() { w.runProcessor(p) })
	}
	// Registered first, so it runs last: after the final flush below.
	defer func() {
		for _, p := range w.procs {
			close(p.in)
		}
		procs.Wait()
	}()
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
			if due && w.pending > 0 {
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
			w.dispatch(m)
			switch {
			case w.pending >= w.cfg.MaxBatchSize, w.pending >= w.cfg.BatchSize && w.inFlight == nil:
				due = false
				if w.handOff(flushCtx, &b) != nil {
					break loop
				}
			case w.pending >= w.cfg.BatchSize:
				due = true // handed off when the flush in flight is done
			}
		case <-ticker.C:
			switch {
			case w.pending == 0:
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
	if err == nil && !w.flushFailed && w.pending > 0 {
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

// process decodes and detects one consumed message into b. Processors run it
// side by side, each with its own decoder and batch part.
func (w *Worker) process(dec *schemas.Decoder, m kafka.Message, b *batch) {
	b.msgs = append(b.msgs, m)
	w.stats.Events.Add(1)
	ev, err := dec.Decode(m.Value)
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
		w.convMu.Lock()
		cs = w.convs[ev.ConversationID]
		if cs == nil {
			cs = &convState{merchantID: ev.MerchantID}
			w.convs[ev.ConversationID] = cs
		}
		w.convMu.Unlock()
		cs.mu.Lock()
		defer cs.mu.Unlock()
		// Detect on a copy: if detection fails the stored context stays as it was.
		next := cs.conv
		dctx.Conversation = &next
		defer func() {
			if dctx.Conversation != nil {
				cs.conv = *dctx.Conversation
				if cs.merchantID == "" { // reloaded contexts do not carry it
					cs.merchantID = ev.MerchantID
				}
				if w.needsSave(cs, now) {
					cs.seq = uint64(m.Offset) + 1
					b.convs[ev.ConversationID] = cs
				}
			}
		}()
	}
	res, err := w.detect.Detect(ev, dctx)
	if err != nil {
		dctx.Conversation = nil
		w.deadLetter(m, deadletter.StageDetect, err, b)
		return
	}
	// Everything is encoded before anything joins the batch: an event whose
	// results cannot be encoded (a detector bug: a NaN, a year past 9999)
	// goes to the dead letters whole.
	nf, no := len(b.findings), len(b.out)
	for _, f := range res.Findings {
		f.DetectedAt = now
		// The evidence is encoded once, for findings.v1 and ClickHouse both.
		evidence, err := schemas.AppendJSONValue(make([]byte, 0, 256), f.Evidence)
		var v []byte
		if err == nil {
			v, err = schemas.AppendFinding(make([]byte, 0, 768+len(evidence)), &f, evidence)
		}
		if err != nil {
			b.findings, b.out = b.findings[:nf], b.out[:no]
			dctx.Conversation = nil
			w.deadLetter(m, deadletter.StageDetect, fmt.Errorf("encode finding %s: %w", f.FindingID, err), b)
			return
		}
		b.findings = append(b.findings, store.FindingRow{Finding: f, EvidenceJSON: evidence, SourceTopic: m.Topic, SourcePartition: int32(m.Partition), SourceOffset: m.Offset})
		b.out = append(b.out, kafka.Message{Topic: schemas.TopicFindings, Key: []byte(f.MerchantID), Value: v})
	}
	if res.Check != nil {
		res.Check.CheckedAt = now
		v, err := schemas.AppendListingCheck(make([]byte, 0, 384), res.Check)
		if err != nil {
			b.findings, b.out = b.findings[:nf], b.out[:no]
			dctx.Conversation = nil
			w.deadLetter(m, deadletter.StageDetect, fmt.Errorf("encode listing check: %w", err), b)
			return
		}
		b.checks = append(b.checks, *res.Check)
		b.out = append(b.out, kafka.Message{Topic: schemas.TopicChecks, Key: []byte(res.Check.MerchantID), Value: v})
		w.stats.Checks.Add(1)
	}
	w.stats.Findings.Add(int64(len(res.Findings)))
	if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert && !w.cfg.PassThrough {
		w.market.Observe(l)
	}
}

func (w *Worker) deadLetter(m kafka.Message, stage string, cause error, b *batch) {
	b.out = append(b.out, deadletter.Of(m, stage, cause, w.cfg.Clock()))
	b.dead++
	w.stats.Deadletters.Add(1)
}

// flushStep is one step of a flush.
type flushStep struct {
	step int // index into FlushSteps
	run  func(context.Context) error
}

// runPhase runs the steps concurrently and retries the failed ones with
// backoff until all succeed or ctx ends.
func (w *Worker) runPhase(ctx context.Context, steps []flushStep) error {
	errs := make([]error, len(steps))
	err := retry.Do(ctx, w.cfg.backoff(), func() error {
		if len(steps) == 1 {
			errs[0] = w.timed(ctx, steps[0])
		} else {
			var wg sync.WaitGroup
			for i, st := range steps {
				wg.Go(func() { errs[i] = w.timed(ctx, st) })
			}
			wg.Wait()
		}
		// Only the failed steps are tried again.
		failed := steps[:0:0]
		var firstErr error
		for i, err := range errs {
			if err != nil {
				failed = append(failed, steps[i])
				if firstErr == nil {
					firstErr = fmt.Errorf("%s: %w", FlushSteps[steps[i].step], err)
				}
			}
		}
		steps, errs = failed, errs[:len(failed)]
		return firstErr
	}, func(err error, pause time.Duration) {
		w.stats.FlushRetries.Add(int64(len(steps)))
		w.log.Warn("flush step failed; retrying", zap.Duration("backoff", pause), zap.Error(err))
	})
	if err != nil {
		return fmt.Errorf("flush: %w", err)
	}
	return nil
}

// timed runs one flush step and accounts its time.
func (w *Worker) timed(ctx context.Context, st flushStep) error {
	start := time.Now()
	err := st.run(ctx)
	w.stats.StepNanos[st.step].Add(int64(time.Since(start)))
	return err
}

// handOff starts writing and committing *bp in the background and gives the
// caller an empty batch to go on with. At most one flush is in flight: if one
// is, handOff first waits for it, and while it retries (ClickHouse or Kafka
// down) the worker processes nothing more: that is the backpressure. The
// conversation rows are encoded here, before processing moves on and changes
// the contexts.
func (w *Worker) handOff(flushCtx context.Context, bp **batch) error {
	// The processors go on with what was routed to them while this waits.
	if err := w.waitFlush(); err != nil {
		return err
	}
	if w.flushFailed {
		return errors.New("an earlier flush failed")
	}
	b := *bp
	w.collect(b)
	// The processors are paused until the next dispatch: the contexts are
	// encoded as of the end of this batch.
	now := w.cfg.Clock()
	convRows := make([]store.ConversationRow, 0, len(b.convs))
	for id, cs := range b.convs {
		state, err := json.Marshal(&cs.conv)
		if err != nil {
			// A struct of counters, times and strings always encodes.
			return fmt.Errorf("encode conversation %s: %w", id, err)
		}
		convRows = append(convRows, store.ConversationRow{ConversationID: id, MerchantID: cs.merchantID, State: state, Seq: cs.seq, UpdatedAt: now})
		cs.saved, cs.savedAt = cs.conv, now
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
	start := time.Now()
	err := <-w.inFlight.done
	w.stats.FlushWaitNanos.Add(int64(time.Since(start)))
	return w.finishFlush(err)
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
			{stepFindings, func(ctx context.Context) error { return w.sink.InsertFindings(ctx, b.findings) }},
			{stepChecks, func(ctx context.Context) error { return w.sink.InsertListingChecks(ctx, b.checks) }},
		},
		{{stepProduce, func(ctx context.Context) error {
			if len(b.out) == 0 {
				return nil
			}
			n, err := kafkaio.Produce(ctx, w.writer, b.out, w.cfg.Clock())
			w.stats.Deadletters.Add(int64(n))
			return err
		}}},
		{{stepConversations, func(ctx context.Context) error { return w.sink.SaveConversations(ctx, convRows) }}},
		{{stepCommit, func(ctx context.Context) error { return w.reader.CommitMessages(ctx, b.msgs...) }}},
	}
	for _, phase := range phases {
		if err := w.runPhase(ctx, phase); err != nil {
			return err
		}
	}
	return nil
}
