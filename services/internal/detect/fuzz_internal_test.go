package detect

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/deadletter"
	"github.com/haili/haili/services/internal/sample"
)

var fixedNow = time.Date(2026, 4, 21, 0, 0, 0, 0, time.UTC)

// fixedMarket is a market reference that never changes.
type fixedMarket struct{ ref *market.Reference }

func (m fixedMarket) Observe(*schemas.Listing)       {}
func (m fixedMarket) Reference() *market.Reference   { return m.ref }
func (m fixedMarket) Save(ctx context.Context) error { return nil }

var _ Market = fixedMarket{}

// corpusLines are the seeds: the sample data set (a copy of the labelled
// corpus) and, when present beside the repository, the corpus itself.
func corpusLines(f *testing.F) [][]byte {
	lines := bytes.Split(sample.Events(), []byte("\n"))
	if b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "corpus", "events.jsonl")); err == nil {
		lines = append(lines, bytes.Split(b, []byte("\n"))...)
	}
	return slices.DeleteFunc(lines, func(l []byte) bool { return len(l) == 0 })
}

// FuzzProcess feeds arbitrary bytes through the worker's whole per-event path
// (strict decode, detectors, finding and dead-letter encoding). Whatever the
// bytes, the event must be accounted for exactly once: dead-lettered with a
// decodable record that keeps its bytes, or processed into findings that
// name it; and it must never panic.
func FuzzProcess(f *testing.F) {
	lines := corpusLines(f)
	b := market.NewBuilder()
	var dec schemas.Decoder
	for _, l := range lines {
		if ev, err := dec.Decode(l); err == nil {
			if li, ok := ev.(*schemas.Listing); ok && li.Op == schemas.OpUpsert {
				b.Observe(li)
			}
		}
	}
	engine, err := detectors.New(policy.Default())
	if err != nil {
		f.Fatal(err)
	}
	for i, l := range lines {
		if i%3 == 0 { // a third of the corpus keeps the seed set quick to replay
			f.Add(uint8(i), l)
		}
	}
	for _, bad := range []string{``, `{`, `[]`, `null`, `{"schema":"listing.v9"}`, "{\"schema\":\"message.v1\",\"text\":\"\xff\"}"} {
		f.Add(uint8(0), []byte(bad))
	}
	cfg := DefaultConfig([]string{"127.0.0.1:1"})
	cfg.MaxEventBytes = 64 << 10
	ref := b.Snapshot()
	f.Fuzz(func(t *testing.T, topicSel uint8, value []byte) {
		w := &Worker{cfg: cfg, log: zap.NewNop(), detect: engine, market: fixedMarket{ref}, convs: map[string]*convState{}, nextOffset: map[int]int64{}}
		w.cfg.Clock = func() time.Time { return fixedNow }
		dec := &schemas.Decoder{MaxBytes: cfg.MaxEventBytes}
		topic := schemas.InputTopics[int(topicSel)%len(schemas.InputTopics)]
		bt := &batch{convs: map[string]*convState{}}
		m := kafka.Message{Topic: topic, Partition: 1, Offset: 7, Key: []byte("k"), Value: value}
		w.process(dec, m, bt)
		if len(bt.msgs) != 1 || w.stats.Events.Load() != 1 {
			t.Fatalf("event not counted once: %d in batch", len(bt.msgs))
		}
		if bt.dead > 0 {
			if bt.dead != 1 || len(bt.findings) != 0 || len(bt.out) != 1 || bt.out[0].Topic != schemas.TopicDeadletter {
				t.Fatalf("dead letter with results: %d dead, %d findings, %d out", bt.dead, len(bt.findings), len(bt.out))
			}
			rec, err := deadletter.Decode(bt.out[0].Value)
			if err != nil || !bytes.Equal(rec.Raw, value) || rec.SourceTopic != topic || rec.SourceOffset != 7 {
				t.Fatalf("dead letter does not round-trip: %v %+v", err, rec)
			}
			return
		}
		ev, err := dec.Decode(value)
		if err != nil {
			t.Fatalf("processed an event that does not decode: %v", err)
		}
		for _, fr := range bt.findings {
			if fr.EventID != ev.ID() || fr.FindingID != schemas.FindingID(ev.ID(), fr.Violation) || !schemas.IsViolationCode(fr.Violation) {
				t.Fatalf("finding does not name its event deterministically: %+v", fr.Finding)
			}
		}
		for _, o := range bt.out {
			if !json.Valid(o.Value) {
				t.Fatalf("output to %s is not JSON: %q", o.Topic, o.Value)
			}
		}
	})
}
