package enforce

import (
	"container/heap"
	"time"

	"github.com/haili/haili/services/internal/kafkaio"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/detectors/ladder"
)

// reorder holds an enforcement worker's inputs and lets them go in event-time
// order (ladder.OrderKey) once no earlier input is expected any more.
//
// Findings, listing checks and an order's findings reach enforcement on
// different topics and partitions, in an interleaving that depends on which
// detection worker produced what when. Decided on arrival, a product's
// ladder depends on that interleaving (a fix that arrives after the next
// finding leaves a case open that would have been closed). Decided in event
// order, it does not, as long as no input arrives later than the window.
//
// An input waits until every partition it might share a merchant with has
// seen an event at least window newer (the watermark); a partition that has
// been silent for idle does not hold the others back. Offsets are committed
// only up to the first input still held in each partition, so a restart
// takes held inputs in again.
type reorder struct {
	window, idle time.Duration
	held         heldHeap
	parts        map[kafkaio.TopicPartition]*partState
	started      time.Time
	// overflowed is set once more than the most held came in.
	overflowed bool
}

// partState is what the buffer knows of one assigned partition.
type partState struct {
	newest      time.Time // the newest event time seen
	lastArrival time.Time // wall time of the last message taken in
	pending     []int64   // offsets taken in, in offset order, not yet let go
	gone        map[int64]bool
	next        int64 // the offset after the last message taken in; -1: none yet
}

// held is one parsed input waiting for its turn, with its place in the
// order (ladder.OrderKey) worked out once.
type held struct {
	in  ladder.Input
	m   kafka.Message
	key ladder.OrderKey
}

type heldHeap []held

func (h heldHeap) Len() int { return len(h) }
func (h heldHeap) Less(i, j int) bool {
	return h[i].key.Compare(h[j].key) < 0
}
func (h heldHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *heldHeap) Push(x any)   { *h = append(*h, x.(held)) }
func (h *heldHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// newReorder starts a buffer for the partitions of one generation.
func newReorder(window, idle time.Duration, assigned []kafkaio.TopicPartition, now time.Time) *reorder {
	r := &reorder{window: window, idle: idle, parts: map[kafkaio.TopicPartition]*partState{}, started: now}
	for _, tp := range assigned {
		r.parts[tp] = &partState{gone: map[int64]bool{}, next: -1}
	}
	return r
}

func (r *reorder) part(m kafka.Message) *partState {
	tp := kafkaio.Of(m)
	p := r.parts[tp]
	if p == nil {
		p = &partState{gone: map[int64]bool{}, next: -1}
		r.parts[tp] = p
	}
	return p
}

// hold takes in a parsed input.
func (r *reorder) hold(in ladder.Input, m kafka.Message, now time.Time) {
	p := r.part(m)
	key := in.OrderKey()
	if key.At.After(p.newest) {
		p.newest = key.At
	}
	p.lastArrival = now
	p.pending = append(p.pending, m.Offset)
	p.next = m.Offset + 1
	heap.Push(&r.held, held{in: in, m: m, key: key})
}

// pass records a message that is not held (it went to the dead letters).
func (r *reorder) pass(m kafka.Message, now time.Time) {
	p := r.part(m)
	p.lastArrival = now
	p.next = m.Offset + 1
}

// watermark is the event time up to which inputs may go; ok is false when
// every partition is silent, and everything may go.
func (r *reorder) watermark(now time.Time) (w time.Time, ok bool) {
	for _, p := range r.parts {
		last := p.lastArrival
		if last.IsZero() {
			last = r.started
		}
		if now.Sub(last) >= r.idle {
			continue // silent: it holds nobody back
		}
		if p.newest.IsZero() {
			return time.Time{}, true // nothing seen yet: nothing may go
		}
		if t := p.newest.Add(-r.window); !ok || t.Before(w) {
			w, ok = t, true
		}
	}
	return w, ok
}

// release returns, in event order, the held inputs whose turn has come.
func (r *reorder) release(now time.Time) []held {
	w, ok := r.watermark(now)
	var out []held
	for len(r.held) > 0 {
		if ok && r.held[0].key.At.After(w) {
			break
		}
		h := heap.Pop(&r.held).(held)
		p := r.part(h.m)
		p.gone[h.m.Offset] = true
		out = append(out, h)
	}
	return out
}

// releaseEarliest lets the n earliest held inputs go, whatever the watermark.
func (r *reorder) releaseEarliest(n int) []held {
	var out []held
	for ; n > 0 && len(r.held) > 0; n-- {
		h := heap.Pop(&r.held).(held)
		r.part(h.m).gone[h.m.Offset] = true
		out = append(out, h)
	}
	return out
}

// committable is, per partition taken from, the offset up to which
// everything has been let go.
func (r *reorder) committable() map[string]map[int]int64 {
	out := map[string]map[int]int64{}
	for tp, p := range r.parts {
		for len(p.pending) > 0 && p.gone[p.pending[0]] {
			delete(p.gone, p.pending[0])
			p.pending = p.pending[1:]
		}
		next := p.next
		if len(p.pending) > 0 {
			next = p.pending[0]
		}
		if next < 0 {
			continue
		}
		if out[tp.Topic] == nil {
			out[tp.Topic] = map[int]int64{}
		}
		out[tp.Topic][tp.Partition] = next
	}
	return out
}

// len is how many inputs are held.
func (r *reorder) len() int { return len(r.held) }
