package detect

import (
	"context"
	"errors"
	"fmt"
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

// batch is what was consumed since the last flush and what it produced.
type batch struct {
	msgs     []kafka.Message
	findings []store.FindingRow
	checks   []schemas.ListingCheck
	out      []kafka.Message // findings.v1, listing-checks.v1, deadletter.v1
	convs    map[string]*convState
	dead     int
	// archive is every decoded event, for event_archive.
	archive store.ArchiveRows
	// shadow is what Config.Shadow found: shadow_findings only.
	shadow []store.FindingRow
}

func newBatch() *batch { return &batch{convs: map[string]*convState{}} }

func (b *batch) reset() {
	b.msgs, b.findings, b.checks, b.out = b.msgs[:0], b.findings[:0], b.checks[:0], b.out[:0]
	b.archive.Reset()
	b.shadow = b.shadow[:0]
	clear(b.convs)
	b.dead = 0
}

// absorb moves what a processor produced into b.
func (b *batch) absorb(part *batch) {
	b.msgs = append(b.msgs, part.msgs...)
	b.findings = append(b.findings, part.findings...)
	b.checks = append(b.checks, part.checks...)
	b.out = append(b.out, part.out...)
	b.archive.AddRows(&part.archive)
	b.shadow = append(b.shadow, part.shadow...)
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
		d := time.Since(start)
		w.stats.ProcessNanos.Add(int64(d))
		if o := w.stats.Observer; o != nil {
			o.Process(d)
		}
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
	now := schemas.Stamp(w.cfg.Clock())
	// Every decoded event is archived, whatever detection makes of it: the
	// history is what arrived, for backtests and the reviewers' thread view.
	b.archive.Add(ev, m.Value, m.Topic, int32(m.Partition), m.Offset, now)
	dctx := detectors.Context{}
	var cs *convState
	// shadowConv is the conversation context as it was before this message,
	// for the shadow engine: a copy, never written back.
	var shadowConv message.Conversation
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
		shadowConv = cs.conv
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
	res, err := w.detectRetrying(ev, &dctx, cs)
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
	if w.cfg.Shadow != nil {
		w.judgeShadow(ev, m, dctx.Market, shadowConv, now, b)
	}
	if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert && !w.cfg.PassThrough {
		w.market.Observe(l)
	}
}

func (w *Worker) deadLetter(m kafka.Message, stage string, cause error, b *batch) {
	b.out = append(b.out, deadletter.Of(m, stage, cause, w.cfg.Clock()))
	b.dead++
	w.stats.Deadletters.Add(1)
}

// transient reports whether a detection error may pass if tried again: a
// pattern that hit its match timeout did so under load, not because of what
// the event says.
func transient(err error) bool { return errors.Is(err, message.ErrMatchTimeout) }

// detectRetrying runs the detectors on ev. A transient error is tried again
// with backoff, up to DetectAttempts times in all, each time on a fresh copy
// of the conversation context; what still fails after that, or fails
// otherwise, is returned for the dead letters. The processor waits meanwhile:
// its partitions stand still, the others go on.
func (w *Worker) detectRetrying(ev schemas.Event, dctx *detectors.Context, cs *convState) (detectors.Result, error) {
	var res detectors.Result
	var last error
	attempts := 0
	err := retry.Do(context.Background(), w.cfg.backoff(), func() error {
		attempts++
		if attempts > 1 && cs != nil {
			next := cs.conv
			dctx.Conversation = &next
		}
		res, last = w.detect.Detect(ev, *dctx)
		if last != nil && (!transient(last) || attempts >= w.cfg.DetectAttempts) {
			return retry.Permanent(last) // stop trying
		}
		return last
	}, func(err error, pause time.Duration) {
		w.stats.DetectRetries.Add(1)
		w.log.Warn("detection failed transiently; retrying", zap.Duration("backoff", pause), zap.Error(err))
	})
	if err == nil {
		return res, nil
	}
	if transient(last) {
		return res, fmt.Errorf("%w (on each of %d attempts)", last, attempts)
	}
	return res, last
}

// judgeShadow runs the shadow engine (Config.Shadow) on an event the live
// engine judged, with the live market reference and a copy of the live
// conversation context as it was before the event, and keeps its findings
// for shadow_findings only: nothing it finds reaches findings.v1, the
// listing checks or the dead letters, and it changes no live state. A
// failure costs the shadow its verdict on this event, never the live one.
func (w *Worker) judgeShadow(ev schemas.Event, m kafka.Message, ref *market.Reference, conv message.Conversation, now time.Time, b *batch) {
	// conv is this call's own copy (passed by value, so that the worker's
	// processing allocates nothing for it without a shadow).
	sctx := detectors.Context{Market: ref}
	if _, ok := ev.(*schemas.Message); ok {
		sctx.Conversation = &conv
	}
	res, err := w.cfg.Shadow.Detect(ev, sctx)
	if err != nil {
		w.stats.ShadowErrors.Add(1)
		return
	}
	for _, f := range res.Findings {
		f.DetectedAt = now
		evidence, err := schemas.AppendJSONValue(nil, f.Evidence)
		if err != nil {
			w.stats.ShadowErrors.Add(1)
			continue
		}
		b.shadow = append(b.shadow, store.FindingRow{Finding: f, EvidenceJSON: evidence, SourceTopic: m.Topic, SourcePartition: int32(m.Partition), SourceOffset: m.Offset})
	}
	w.stats.ShadowFindings.Add(int64(len(res.Findings)))
}
