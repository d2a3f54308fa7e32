package loadgen

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"
)

// Sender writes messages to Kafka; *kafka.Writer is one.
type Sender interface {
	WriteMessages(ctx context.Context, msgs ...kafka.Message) error
}

var _ Sender = (*kafka.Writer)(nil)

// ProduceConfig paces and bounds a production run.
type ProduceConfig struct {
	// Rate is events per second; 0 produces as fast as the broker acknowledges.
	Rate float64
	// Count stops after this many events; 0 means no limit.
	Count int
	// Duration stops after this long; 0 means no limit.
	Duration time.Duration
	// MaxBatch bounds the events of one write; 0 means 1000.
	MaxBatch int
}

// Validate checks the configuration.
func (c *ProduceConfig) Validate() error {
	switch {
	case c.Rate < 0:
		return fmt.Errorf("loadgen: rate must not be negative, got %v", c.Rate)
	case c.Count < 0:
		return fmt.Errorf("loadgen: count must not be negative, got %d", c.Count)
	case c.Duration < 0:
		return fmt.Errorf("loadgen: duration must not be negative, got %s", c.Duration)
	case c.Count == 0 && c.Duration == 0:
		return errors.New("loadgen: give a count or a duration")
	}
	return nil
}

// Produced sums up a production run.
type Produced struct {
	Events  int
	ByKind  [numKinds]int
	Planted int
	// Elapsed runs from the first write to the last acknowledgement.
	Elapsed time.Duration
}

// Rate is the achieved events per second.
func (p Produced) Rate() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Events) / p.Elapsed.Seconds()
}

// tick is how often a paced run writes: a rate of r events/s goes out as
// r/100 events every 10 ms, which keeps the stream smooth at 5,000/s without
// one write per event.
const tick = 10 * time.Millisecond

// Produce generates events from g and writes them to w until the count or
// duration is reached or ctx ends. observe, when not nil, is called with each
// event and the time its write began (the produce time for latency probes).
func Produce(ctx context.Context, w Sender, g *Generator, cfg ProduceConfig, observe func(Event, time.Time)) (Produced, error) {
	var p Produced
	if err := cfg.Validate(); err != nil {
		return p, err
	}
	maxBatch := cfg.MaxBatch
	if maxBatch <= 0 {
		maxBatch = 1000
	}
	start := time.Now()
	var deadline time.Time
	if cfg.Duration > 0 {
		deadline = start.Add(cfg.Duration)
	}
	evs := make([]Event, 0, maxBatch)
	msgs := make([]kafka.Message, 0, maxBatch)
	var ticker *time.Ticker
	if cfg.Rate > 0 {
		ticker = time.NewTicker(tick)
		defer ticker.Stop()
	}
	for {
		now := time.Now()
		if !deadline.IsZero() && !now.Before(deadline) || cfg.Count > 0 && p.Events >= cfg.Count {
			break
		}
		n := maxBatch
		if cfg.Rate > 0 {
			// Catch up to where the rate says we should be, never ahead.
			n = min(int(cfg.Rate*now.Sub(start).Seconds())-p.Events, maxBatch)
		}
		if cfg.Count > 0 {
			n = min(n, cfg.Count-p.Events)
		}
		if n > 0 {
			evs, msgs = evs[:0], msgs[:0]
			for range n {
				ev := g.Next()
				evs = append(evs, ev)
				msgs = append(msgs, kafka.Message{Topic: ev.Topic, Key: ev.Key, Value: ev.Value})
			}
			at := time.Now()
			if observe != nil {
				for _, ev := range evs {
					observe(ev, at)
				}
			}
			if err := w.WriteMessages(ctx, msgs...); err != nil {
				p.Elapsed = time.Since(start)
				return p, fmt.Errorf("produce: %w", err)
			}
			for _, ev := range evs {
				p.ByKind[ev.Kind]++
				if ev.Violation != "" {
					p.Planted++
				}
			}
			p.Events += n
			if cfg.Rate == 0 || n == maxBatch {
				continue
			}
		}
		if ticker == nil {
			continue
		}
		select {
		case <-ctx.Done():
			p.Elapsed = time.Since(start)
			return p, ctx.Err()
		case <-ticker.C:
		}
	}
	p.Elapsed = time.Since(start)
	return p, ctx.Err()
}
