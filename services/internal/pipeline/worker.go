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
}

// Worker is one member of the detection consumer group.
type Worker struct {
	cfg    Config
	log    *zap.Logger
	engine *detectors.Engine
	sink   Sink
	market Market
	reader *kafka.Reader
	writer *kafka.Writer
	dec    schemas.Decoder
	convs  map[string]*convState
	stats  Stats
}

type convState struct {
	conv       message.Conversation
	merchantID string
	seq        uint64
	dirty      bool
}

// New builds a worker. Call LoadState before Run to rebuild conversation context.
func New(cfg Config, engine *detectors.Engine, sink Sink, mkt Market, log *zap.Logger) (*Worker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	w := &Worker{cfg: cfg, log: log, engine: engine, sink: sink, market: mkt, convs: map[string]*convState{}}
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
		SessionTimeout:    10 * time.Second,
		RebalanceTimeout:  10 * time.Second,
		HeartbeatInterval: time.Second,
		JoinGroupBackoff:  500 * time.Millisecond,
		ReadBackoffMin:    50 * time.Millisecond,
		ReadBackoffMax:    500 * time.Millisecond,
		QueueCapacity:     cfg.BatchSize,
		Logger:            nil,
		ErrorLogger:       kafka.LoggerFunc(func(msg string, args ...any) { log.Warn("kafka reader", zap.String("msg", fmt.Sprintf(msg, args...))) }),
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

// LoadState rebuilds the conversation contexts from ClickHouse.
func (w *Worker) LoadState(ctx context.Context, s *store.Store) error {
	since := w.cfg.Clock().Add(-w.cfg.ConversationWindow)
	n := 0
	err := s.LoadConversations(ctx, since, func(id string, state []byte) error {
		cs := &convState{}
		if err := json.Unmarshal(state, &cs.conv); err != nil {
			return err
		}
		w.convs[id] = cs
		n++
		return nil
	})
	if err != nil {
		return err
	}
	w.log.Info("conversation contexts reloaded", zap.Int("conversations", n))
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

func (b *batch) reset() {
	b.msgs, b.findings, b.checks, b.out = b.msgs[:0], b.findings[:0], b.checks[:0], b.out[:0]
	clear(b.convs)
	b.dead = 0
}

// Run consumes until ctx is cancelled, then flushes what it has processed,
// commits, and leaves the group.
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

	b := &batch{convs: map[string]*convState{}}
	ticker := time.NewTicker(w.cfg.FlushInterval)
	defer ticker.Stop()
	var runErr error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-fetchErr:
			runErr = err
			break loop
		case m, ok := <-fetched:
			if !ok {
				break loop
			}
			w.process(m, b)
			if len(b.msgs) >= w.cfg.BatchSize {
				if err := w.flush(ctx, b); err != nil {
					break loop
				}
			}
		case <-ticker.C:
			if len(b.msgs) > 0 {
				if err := w.flush(ctx, b); err != nil {
					break loop
				}
			}
		}
	}
	stopFetch()
	// Flush what was processed; unprocessed fetched messages are not committed
	// and will be consumed again by whoever owns their partitions next.
	if len(b.msgs) > 0 {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.ShutdownTimeout)
		if err := w.flush(fctx, b); err != nil {
			w.log.Warn("final flush failed; the batch will be consumed again", zap.Error(err))
		}
		cancel()
	}
	if err := w.reader.Close(); err != nil {
		w.log.Warn("closing reader", zap.Error(err))
	}
	if err := w.writer.Close(); err != nil {
		w.log.Warn("closing writer", zap.Error(err))
	}
	return runErr
}

// process decodes and detects one consumed message into the batch.
func (w *Worker) process(m kafka.Message, b *batch) {
	b.msgs = append(b.msgs, m)
	w.stats.Events.Add(1)
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
		dctx.Market = w.market.Reference()
	case *schemas.Message:
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
				cs.dirty = true
				w.convs[ev.ConversationID] = cs
				b.convs[ev.ConversationID] = cs
			}
		}()
	}
	res, err := w.engine.Detect(ev, dctx)
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
	if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
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

// flush makes the batch durable and commits its offsets, retrying with backoff
// until it succeeds or ctx ends. While it retries the worker consumes nothing
// more: that is the backpressure when ClickHouse or Kafka is down.
func (w *Worker) flush(ctx context.Context, b *batch) error {
	convRows := make([]store.ConversationRow, 0, len(b.convs))
	for id, cs := range b.convs {
		state, err := json.Marshal(&cs.conv)
		if err != nil {
			return fmt.Errorf("encode conversation %s: %w", id, err)
		}
		convRows = append(convRows, store.ConversationRow{ConversationID: id, MerchantID: cs.merchantID, State: state, Seq: cs.seq, UpdatedAt: w.cfg.Clock()})
	}
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"insert findings", func(ctx context.Context) error { return w.sink.InsertFindings(ctx, b.findings) }},
		{"insert listing checks", func(ctx context.Context) error { return w.sink.InsertListingChecks(ctx, b.checks) }},
		{"save conversations", func(ctx context.Context) error { return w.sink.SaveConversations(ctx, convRows) }},
		{"produce", func(ctx context.Context) error {
			if len(b.out) == 0 {
				return nil
			}
			return w.writer.WriteMessages(ctx, b.out...)
		}},
		{"commit offsets", func(ctx context.Context) error { return w.reader.CommitMessages(ctx, b.msgs...) }},
	}
	backoff := w.cfg.RetryBackoff
	for i := 0; i < len(steps); {
		err := steps[i].run(ctx)
		if err == nil {
			i++
			continue
		}
		if ctx.Err() != nil {
			return fmt.Errorf("flush: %s: %w", steps[i].name, err)
		}
		w.stats.FlushRetries.Add(1)
		w.log.Warn("flush step failed; retrying", zap.String("step", steps[i].name), zap.Duration("backoff", backoff), zap.Error(err))
		select {
		case <-ctx.Done():
			return fmt.Errorf("flush: %s: %w", steps[i].name, err)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, w.cfg.MaxRetryBackoff)
	}
	for _, cs := range b.convs {
		cs.dirty = false
	}
	if err := w.market.Save(ctx); err != nil {
		// The market reference is advisory and rebuilt from later listings; a
		// failed save does not hold back offsets.
		w.log.Warn("saving market reference", zap.Error(err))
	}
	w.stats.Batches.Add(1)
	w.stats.Committed.Add(int64(len(b.msgs)))
	w.stats.LastFlush.Store(w.cfg.Clock().UnixNano())
	b.reset()
	return nil
}
