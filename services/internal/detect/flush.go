package detect

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/retry"
	"github.com/haili/haili/services/internal/store"
)

// pendingFlush is a batch handed to a background flush.
type pendingFlush struct {
	b    *batch
	done chan error
}

// flushStep is one step of a flush.
type flushStep struct {
	step int // index into FlushSteps
	run  func(context.Context) error
}

// runPhase runs the steps concurrently and retries the failed ones with
// backoff until all succeed, one fails permanently or ctx ends.
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
				// A permanent failure ends the phase, whatever else failed.
				if firstErr == nil || (retry.IsPermanent(err) && !retry.IsPermanent(firstErr)) {
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
	d := time.Since(start)
	w.stats.StepNanos[st.step].Add(int64(d))
	if o := w.stats.Observer; o != nil {
		o.FlushStep(st.step, d)
	}
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
	convRows, err := encodeConversations(b, w.cfg.Clock())
	if err != nil {
		return err
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

// encodeConversations encodes the contexts b touched as conversation rows
// and marks them saved as of now.
func encodeConversations(b *batch, now time.Time) ([]store.ConversationRow, error) {
	convRows := make([]store.ConversationRow, 0, len(b.convs))
	for id, cs := range b.convs {
		state, err := appendConversation(make([]byte, 0, 256), &cs.conv)
		if err != nil {
			// A struct of counters, times and strings always encodes.
			return nil, fmt.Errorf("encode conversation %s: %w", id, err)
		}
		convRows = append(convRows, store.ConversationRow{ConversationID: id, MerchantID: cs.merchantID, State: state, Seq: cs.seq, UpdatedAt: now})
		cs.saved, cs.savedAt = cs.conv, now
	}
	return convRows, nil
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
		w.flushFailed, w.flushErr = true, err
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
	if o := w.stats.Observer; o != nil {
		at := time.Now()
		for i := range b.msgs {
			o.Committed(b.msgs[i].Time, at)
		}
	}
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
			// The archive goes with the findings, before the commit: a replayed
			// batch writes the same rows again, which event_archive (a
			// ReplacingMergeTree) collapses, so it is kept effectively once.
			{stepArchive, func(ctx context.Context) error { return w.sink.InsertArchive(ctx, &b.archive) }},
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
	if w.cfg.Shadow != nil {
		// Likewise the shadow findings; never to findings.v1 (phase 2).
		phases[0] = append(phases[0], flushStep{stepShadow, func(ctx context.Context) error { return w.sink.InsertShadowFindings(ctx, b.shadow) }})
	}
	for _, phase := range phases {
		if err := w.runPhase(ctx, phase); err != nil {
			return err
		}
	}
	return nil
}
