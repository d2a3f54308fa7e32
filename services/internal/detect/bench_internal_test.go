package detect

import (
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/loadgen"
)

// BenchmarkProcess is the worker's per-event CPU, without Kafka or
// ClickHouse: decode, detectors (or the pass-through) and the encoding of
// findings and checks, over a generated stream of each kind.
//
//	go test -run '^$' -bench Process -benchmem ./services/internal/detect
func BenchmarkProcess(b *testing.B) {
	engine, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	kinds := []struct {
		name string
		mix  loadgen.Mix
	}{
		{"mixed", loadgen.DefaultMix},
		{"listings", loadgen.Mix{loadgen.KindListing: 1}},
		{"messages", loadgen.Mix{loadgen.KindMessage: 1}},
		{"orders", loadgen.Mix{loadgen.KindOrder: 1}},
	}
	for _, pass := range []bool{false, true} {
		for _, k := range kinds {
			name := "detect/" + k.name
			if pass {
				name = "pass-through/" + k.name
			}
			b.Run(name, func(b *testing.B) {
				g, err := loadgen.New(loadgen.Config{Seed: 1, Mix: k.mix, ViolationShare: 0.1})
				if err != nil {
					b.Fatal(err)
				}
				msgs := make([]kafka.Message, 20000)
				mb := market.NewBuilder()
				var dec schemas.Decoder
				for i := range msgs {
					ev := g.Next()
					msgs[i] = kafka.Message{Topic: ev.Topic, Offset: int64(i), Value: ev.Value}
					if e, err := dec.Decode(ev.Value); err == nil {
						if l, ok := e.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
							mb.Observe(l)
						}
					}
				}
				cfg := DefaultConfig([]string{"127.0.0.1:1"})
				cfg.PassThrough = pass
				cfg.Clock = func() time.Time { return fixedNow }
				w := &Worker{cfg: cfg, log: zap.NewNop(), detect: engine, market: fixedMarket{mb.Snapshot()}, convs: map[string]*convState{}, nextOffset: map[int]int64{}}
				if pass {
					w.detect = passThrough{}
				}
				bt := newBatch()
				pdec := &schemas.Decoder{MaxBytes: cfg.MaxEventBytes}
				b.ResetTimer()
				for i := range b.N {
					w.process(pdec, msgs[i%len(msgs)], bt)
					if len(bt.msgs) >= cfg.BatchSize {
						bt.reset()
					}
				}
			})
		}
	}
}
