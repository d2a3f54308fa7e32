package detect

import (
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/retry"
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
	// RetryBackoff and MaxRetryBackoff pace retries of a failed flush, and
	// of a detection that failed transiently.
	RetryBackoff, MaxRetryBackoff time.Duration
	// DetectAttempts is how often an event whose detection fails transiently
	// (a pattern match timed out under load) is tried before it is
	// dead-lettered.
	DetectAttempts int
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
	// Shadow, when set, is a second engine (a candidate policy: haili
	// detect --shadow-policy) that judges every event the live engine
	// judges; its findings go to shadow_findings and nowhere else.
	//
	// It runs in this worker rather than in a consumer group of its own: it
	// sees exactly the live batch (same events, same offsets, committed
	// together), the topics are read once, and live and shadow cannot drift
	// apart in what they have consumed, in their market reference or in the
	// conversation context (the shadow judges a copy of the live one, which
	// a separate consumer would have to rebuild and keep in step). Its cost
	// is the candidate's detection CPU in this process.
	Shadow Detector
}

// backoff paces the retries of failed flush steps and reloads.
func (c *Config) backoff() retry.Backoff {
	return retry.Backoff{Initial: c.RetryBackoff, Max: c.MaxRetryBackoff}
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	switch {
	case len(c.Brokers) == 0:
		return errors.New("detect: no Kafka brokers (--kafka)")
	case c.GroupID == "":
		return errors.New("detect: group id is required")
	case len(c.Topics) == 0:
		return errors.New("detect: no input topics")
	case c.BatchSize < 1:
		return fmt.Errorf("detect: batch size must be at least 1, got %d", c.BatchSize)
	case c.MaxBatchSize < c.BatchSize:
		return fmt.Errorf("detect: max batch size %d is below the batch size %d", c.MaxBatchSize, c.BatchSize)
	case c.Processors < 1:
		return fmt.Errorf("detect: processors must be at least 1, got %d", c.Processors)
	case c.FlushInterval <= 0:
		return fmt.Errorf("detect: flush interval must be positive, got %s", c.FlushInterval)
	case c.backoff().Validate() != nil:
		return fmt.Errorf("detect: %w", c.backoff().Validate())
	case c.ShutdownTimeout <= 0:
		return errors.New("detect: shutdown timeout must be positive")
	case c.Shadow != nil && c.PassThrough:
		return errors.New("detect: a shadow policy needs the detectors; it cannot run with --pass-through")
	case c.DetectAttempts < 1:
		return fmt.Errorf("detect: detect attempts must be at least 1, got %d", c.DetectAttempts)
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
		DetectAttempts:     3,
		MaxRetryBackoff:    10 * time.Second,
		ShutdownTimeout:    20 * time.Second,
	}
}
