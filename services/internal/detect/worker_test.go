package detect_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/deadletter"
	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/sample"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

// produceSample sends the sample events to their topics and returns how many.
func produceSample(t *testing.T, brokers []string, extra []kafka.Message) int {
	t.Helper()
	w := kafkaio.NewWriter(brokers)
	defer w.Close()
	var dec schemas.Decoder
	var msgs []kafka.Message
	sc := bufio.NewScanner(bytes.NewReader(sample.Events()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		ev, err := dec.Decode(sc.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		topic, key, err := schemas.Route(ev)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, kafka.Message{Topic: topic, Key: key, Value: bytes.Clone(sc.Bytes())})
	}
	msgs = append(msgs, extra...)
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	return len(msgs)
}

func newWorker(t *testing.T, brokers []string, group string, s *store.Store) *detect.Worker {
	t.Helper()
	engine, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	log := zap.NewNop()
	// The market reference is pinned (never refreshed or saved during the test)
	// so that two runs judge against the same market and must agree exactly.
	mkt, err := marketstate.Load(context.Background(), marketstate.Config{Source: group, RefreshEvery: 1 << 30, SaveInterval: 24 * time.Hour}, s, log)
	if err != nil {
		t.Fatal(err)
	}
	cfg := detect.DefaultConfig(brokers)
	cfg.GroupID = group
	cfg.BatchSize = 200
	cfg.FlushInterval = 50 * time.Millisecond
	w, err := detect.New(cfg, engine, s, mkt, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.LoadState(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	return w
}

// runUntil runs w until it has consumed n events and flushed them, then stops it.
func runUntil(t *testing.T, w *detect.Worker, n int64) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	deadline := time.Now().Add(2 * time.Minute)
	st := w.Stats()
	for st.Committed.Load() < n {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("worker consumed %d of %d events in 2 minutes", st.Events.Load(), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("worker: %v", err)
	}
}

func totalFindings(t *testing.T, s *store.Store) (uint64, map[string]uint64) {
	t.Helper()
	counts, err := s.FindingCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var total uint64
	by := map[string]uint64{}
	for _, c := range counts {
		total += c.Findings
		by[c.Violation] = c.Findings
	}
	return total, by
}

func TestWorkerEndToEndWithDeadlettersAndReplay(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 3)
	brokers := []string{addr}
	s := testenv.Store(t)
	bad := []kafka.Message{
		{Topic: schemas.TopicListings, Key: []byte("L-bad-1"), Value: []byte(`{"schema":"listing.v1",`)},
		{Topic: schemas.TopicMessages, Key: []byte("C-bad-2"), Value: []byte(`{"schema":"message.v9","event_id":"x"}`)},
		{Topic: schemas.TopicOrders, Key: []byte("L-bad-3"), Value: []byte(`{"schema":"order.v1","event_id":"e","order_id":"o","listing_id":"l","merchant_id":"m","buyer_id":"b","quantity":-5,"currency":"USD","quoted_shipping_fee":1,"charged_shipping_fee":1,"trade_assurance":true,"placed_at":"2026-04-01T00:00:00Z"}`)},
	}
	n := produceSample(t, brokers, bad)
	seedMarket(t, s)

	w := newWorker(t, brokers, "detect-a", s)
	runUntil(t, w, int64(n))
	st := w.Stats()
	if got := st.Deadletters.Load(); got != 3 {
		t.Fatalf("dead-lettered %d events, want 3", got)
	}
	total, by := totalFindings(t, s)
	if total == 0 || by[schemas.OffplatformContact] == 0 && by[schemas.InflatedShipping] == 0 {
		t.Fatalf("findings in ClickHouse = %d %v; want the sample's violations", total, by)
	}
	if int64(total) > st.Findings.Load() {
		t.Fatalf("ClickHouse holds %d findings but the worker produced %d", total, st.Findings.Load())
	}
	var checks uint64
	if err := s.DB().QueryRow(context.Background(), "SELECT count() FROM listing_checks FINAL").Scan(&checks); err != nil {
		t.Fatal(err)
	}
	if checks == 0 {
		t.Fatal("no listing checks written")
	}

	// Every dead letter names its reason, source position and exact bytes.
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, GroupID: "dl-reader", Topic: schemas.TopicDeadletter, StartOffset: kafka.FirstOffset, MaxWait: 100 * time.Millisecond})
	defer r.Close()
	reasons := map[string]string{}
	for len(reasons) < 3 {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		m, err := r.FetchMessage(ctx)
		cancel()
		if err != nil {
			t.Fatalf("reading deadletter.v1: %v (got %d)", err, len(reasons))
		}
		rec, err := deadletter.Decode(m.Value)
		if err != nil {
			t.Fatal(err)
		}
		reasons[string(rec.Key)] = rec.Reason
		for _, b := range bad {
			if string(b.Key) == string(rec.Key) && (!bytes.Equal(rec.Raw, b.Value) || rec.SourceTopic != b.Topic) {
				t.Errorf("dead letter for %s lost its bytes or topic: %+v", rec.Key, rec)
			}
		}
	}
	for key, want := range map[string]string{"L-bad-1": "invalid JSON", "C-bad-2": "unknown schema", "L-bad-3": "quantity"} {
		if !strings.Contains(reasons[key], want) {
			t.Errorf("dead letter %s reason %q does not mention %q", key, reasons[key], want)
		}
	}

	// A replay of the whole stream by a second group doubles nothing.
	w2 := newWorker(t, brokers, "detect-b", s)
	runUntil(t, w2, int64(n))
	total2, by2 := totalFindings(t, s)
	if total2 != total || !reflect.DeepEqual(by, by2) {
		t.Fatalf("after replay ClickHouse holds %d findings %v, want %d %v", total2, by2, total, by)
	}
}

func TestFindingsTopicIsKeyedByMerchant(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 2)
	brokers := []string{addr}
	s := testenv.Store(t)
	n := produceSample(t, brokers, nil)
	runUntil(t, newWorker(t, brokers, "detect-k", s), int64(n))
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, GroupID: "f-reader", Topic: schemas.TopicFindings, StartOffset: kafka.FirstOffset, MaxWait: 100 * time.Millisecond})
	defer r.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	m, err := r.FetchMessage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var f schemas.Finding
	if err := json.Unmarshal(m.Value, &f); err != nil {
		t.Fatal(err)
	}
	if string(m.Key) != f.MerchantID || f.FindingID == "" || f.PolicyVersion == "" {
		t.Fatalf("findings.v1 message key %q, finding %+v", m.Key, f)
	}
}

// seedMarket stores a market reference built from the sample's listings.
func seedMarket(t *testing.T, s *store.Store) {
	t.Helper()
	if _, err := marketstate.Seed(context.Background(), s, "seed", sample.Events(), time.Now()); err != nil {
		t.Fatal(err)
	}
}

// TestWriterStaysUnderTheBrokersMessageLimit: a flush may send several MiB to
// one partition (a merchant's findings, a batch of notices). The broker
// refuses record batches over message.max.bytes (1 MiB by default) whole, so
// the writer must split them; before it did, such a flush retried for ever.
func TestWriterStaysUnderTheBrokersMessageLimit(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 1)
	w := kafkaio.NewWriter([]string{addr})
	defer w.Close()
	value := bytes.Repeat([]byte("x"), 2000)
	msgs := make([]kafka.Message, 3000) // 6 MB to one partition in one call
	for i := range msgs {
		msgs[i] = kafka.Message{Topic: schemas.TopicNotices, Key: []byte("merchant-1"), Value: value}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatalf("writing 6 MB to one partition: %v", err)
	}
}

// TestProduceDeadLettersAnOutputTooLargeToSend: one output over the
// producer's limit can never be sent; it becomes a dead letter naming its
// topic, and the outputs around it are written, instead of the flush
// retrying for ever.
func TestProduceDeadLettersAnOutputTooLargeToSend(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 1)
	w := kafkaio.NewWriter([]string{addr})
	defer w.Close()
	huge := bytes.Repeat([]byte("x"), 2*kafkaio.MaxBatchBytes)
	msgs := []kafka.Message{
		{Topic: schemas.TopicNotices, Key: []byte("m1"), Value: []byte(`{"n":1}`)},
		{Topic: schemas.TopicNotices, Key: []byte("m2"), Value: huge},
		{Topic: schemas.TopicNotices, Key: []byte("m3"), Value: []byte(`{"n":3}`)},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := kafkaio.Produce(ctx, w, msgs, time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 1 {
		t.Fatalf("Produce = %d, %v; want 1 replaced, no error", n, err)
	}
	recs := readDeadletters(t, []string{addr}, 1)
	rec := recs["m2"]
	if rec == nil || rec.Stage != deadletter.StageProduce || rec.SourceTopic != schemas.TopicNotices ||
		!strings.Contains(rec.Reason, fmt.Sprint(len(huge))) || len(rec.Raw) == 0 || len(rec.Raw) >= len(huge) {
		t.Fatalf("dead letter of the oversize output: %+v", rec)
	}
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{addr}, Topic: schemas.TopicNotices, Partition: 0, MaxWait: 100 * time.Millisecond})
	defer r.Close()
	var keys []string
	for range 2 {
		m, err := r.ReadMessage(ctx)
		if err != nil {
			t.Fatalf("reading notices: %v", err)
		}
		keys = append(keys, string(m.Key))
	}
	if !reflect.DeepEqual(keys, []string{"m1", "m3"}) {
		t.Fatalf("notices written: %v, want m1 and m3", keys)
	}
}
