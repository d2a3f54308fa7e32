package detect

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/retry"
)

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
