package detect

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/loadgen"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/store"
)

// BenchmarkDetectOnly measures the detect-only costs BenchmarkProcess leaves
// out: the conversation rows encoded at each hand-off (per row; rows/event
// says how many a mixed stream makes) and the market keeper's Observe (per
// listing upsert, its snapshot every 500 listings included).
//
//	go test -run '^$' -bench DetectOnly -benchmem -cpu 1 ./services/internal/detect
func BenchmarkDetectOnly(b *testing.B) {
	engine, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	g, err := loadgen.New(loadgen.Config{Seed: 1, Mix: loadgen.DefaultMix, ViolationShare: 0.1})
	if err != nil {
		b.Fatal(err)
	}
	const events = 60000
	msgs := make([]kafka.Message, events)
	mb := market.NewBuilder()
	var listings []*schemas.Listing
	var dec schemas.Decoder
	for i := range msgs {
		ev := g.Next()
		msgs[i] = kafka.Message{Topic: ev.Topic, Offset: int64(i), Value: ev.Value}
		if e, err := dec.Decode(ev.Value); err == nil {
			if l, ok := e.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
				mb.Observe(l)
				listings = append(listings, l)
			}
		}
	}
	cfg := DefaultConfig([]string{"127.0.0.1:1"})
	cfg.Clock = func() time.Time { return fixedNow }
	w := &Worker{cfg: cfg, log: zap.NewNop(), detect: engine, market: fixedMarket{mb.Snapshot()}, convs: map[string]*convState{}, nextOffset: map[int]int64{}}
	// The contexts each batch hands off, as they were at its end.
	var rows []message.Conversation
	bt := newBatch()
	for i := range msgs {
		w.process(&dec, msgs[i], bt)
		if len(bt.msgs) >= cfg.BatchSize || i == len(msgs)-1 {
			for _, cs := range bt.convs {
				rows = append(rows, cs.conv)
			}
			if _, err := encodeConversations(bt, fixedNow); err != nil {
				b.Fatal(err)
			}
			bt.reset()
		}
	}
	b.Run("conversation-row/encoding-json", func(b *testing.B) {
		b.ReportMetric(float64(len(rows))/events, "rows/event")
		for i := range b.N {
			if _, err := json.Marshal(&rows[i%len(rows)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("conversation-row/append", func(b *testing.B) {
		b.ReportMetric(float64(len(rows))/events, "rows/event")
		for i := range b.N {
			if _, err := appendConversation(make([]byte, 0, 256), &rows[i%len(rows)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("market-observe", func(b *testing.B) {
		k, err := marketstate.Load(context.Background(), marketstate.Config{Source: "bench", RefreshEvery: 500, SaveInterval: time.Hour}, nopMarketStore{}, zap.NewNop())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(listings))/events, "listings/event")
		for i := range b.N {
			k.Observe(listings[i%len(listings)])
		}
	})
}

// nopMarketStore stores nothing.
type nopMarketStore struct{}

func (nopMarketStore) SaveMarket(context.Context, []store.MarketRow, time.Time) error { return nil }
func (nopMarketStore) LoadMarket(context.Context, func(store.MarketRow) error) error  { return nil }
