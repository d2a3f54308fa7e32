// Package detect is the detection role (`haili detect`): it consumes the input topics in a
// Kafka consumer group, decodes and runs the detectors, writes findings and
// listing checks to ClickHouse in batches, publishes them to findings.v1 and
// listing-checks.v1, sends undecodable events to deadletter.v1, and commits the
// consumed offsets only after all of that succeeded.
package detect

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/retry"
	"github.com/haili/haili/services/internal/store"
)

// Sink is where the worker's results go in ClickHouse; *store.Store is one.
type Sink interface {
	InsertFindings(ctx context.Context, rows []store.FindingRow) error
	InsertListingChecks(ctx context.Context, checks []schemas.ListingCheck) error
	SaveConversations(ctx context.Context, rows []store.ConversationRow) error
	// InsertArchive writes the consumed events to event_archive.
	InsertArchive(ctx context.Context, rows *store.ArchiveRows) error
	// InsertShadowFindings writes the shadow engine's findings to
	// shadow_findings; called with none when there is no shadow.
	InsertShadowFindings(ctx context.Context, rows []store.FindingRow) error
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
	// DetectRetries counts detections tried again after a transient error.
	DetectRetries atomic.Int64
	// ShadowFindings counts what the shadow engine found; ShadowErrors the
	// events it failed to judge (or whose findings failed to encode).
	ShadowFindings, ShadowErrors atomic.Int64
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
	// Observer, when set before Run, is also given each duration (for
	// histograms).
	Observer Observer
}

// Observer receives the worker's durations as they are measured.
type Observer interface {
	// Process is the time one event took to decode and detect.
	Process(time.Duration)
	// FlushStep is the time of one run of a flush step (FlushSteps[step]).
	FlushStep(step int, d time.Duration)
	// Committed is called once the offset of an input with Kafka timestamp
	// produced has been committed, at time at.
	Committed(produced, at time.Time)
}

// FlushSteps names the steps of a flush, in the order of Stats.StepNanos.
var FlushSteps = [...]string{"insert_findings", "insert_listing_checks", "produce", "save_conversations", "commit", "insert_archive", "insert_shadow_findings"}

const (
	stepFindings = iota
	stepChecks
	stepProduce
	stepConversations
	stepCommit
	stepArchive
	stepShadow
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
	// flushFailed is set once a flush gave up (its context ended, or a step
	// failed permanently; flushErr is why): no later
	// batch may then be committed.
	flushFailed bool
	flushErr    error
	stats       Stats
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
		return nil, errors.New("detect: no detection engine")
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
	switch {
	case retry.IsPermanent(w.flushErr):
		// Trying again would fail again: stop, and say why.
		if runErr == nil {
			runErr = w.flushErr
		}
		w.log.Error("a flush failed permanently; its batch will be consumed again after a fix", zap.Error(w.flushErr))
	case err != nil || w.flushFailed:
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
