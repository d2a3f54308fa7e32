package detect_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
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
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

const (
	validOrder   = `{"schema": "order.v1", "event_id": "%s", "order_id": "O-1", "listing_id": "L-1", "merchant_id": "M-1", "buyer_id": "B-1", "quantity": %s, "currency": "USD", "quoted_shipping_fee": 10, "charged_shipping_fee": 10, "trade_assurance": true, "placed_at": "%s"}`
	validMessage = `{"schema": "message.v1", "event_id": "%s", "message_id": "MSG-%[1]s", "conversation_id": "%s", "merchant_id": "M-1", "buyer_id": "B-1", "sender": "%s", "channel": "chat", "kind": "text", "text": %q, "order_stage": "none", "sent_at": "2026-04-01T10:00:00Z"}`
)

func order(id, qty, placedAt string) string { return fmt.Sprintf(validOrder, id, qty, placedAt) }

func message(id, conv, sender, text string) string {
	return fmt.Sprintf(validMessage, id, conv, sender, text)
}

// TestBadInputIsDeadLettered: every kind of bad input goes to deadletter.v1
// with a reason, its source position and its exact bytes, and is committed.
func TestBadInputIsDeadLettered(t *testing.T) {
	t.Parallel() // its own database and broker
	hugeText := strings.Repeat("a", schemas.DefaultMaxEventBytes)
	tests := []struct {
		name, topic, value, reason string
	}{
		{"oversized", schemas.TopicMessages, message("e-big", "C-1", "buyer", hugeText), "over the 262144-byte limit"},
		{"invalid UTF-8", schemas.TopicMessages, strings.Replace(message("e-utf", "C-1", "buyer", "hello"), "hello", "hel\xff\xfelo", 1), "not valid UTF-8"},
		{"wrong type", schemas.TopicOrders, order("e-type", `"5"`, "2026-04-01T00:00:00Z"), `"quantity": must be a number, got string`},
		{"unknown schema version", schemas.TopicListings, `{"schema":"listing.v2","event_id":"e-v2"}`, `unknown schema "listing.v2"`},
		{"truncated JSON", schemas.TopicListings, `{"schema":"listing.v1","event_id":`, "invalid JSON"},
		{"not an object", schemas.TopicComplaints, `[1,2,3]`, "not a JSON object"},
		{"empty", schemas.TopicComplaints, ``, "invalid JSON"},
		{"non-finite number", schemas.TopicOrders, order("e-inf", "1e999", "2026-04-01T00:00:00Z"), "finite"},
		{"negative quantity", schemas.TopicOrders, order("e-neg", "-3", "2026-04-01T00:00:00Z"), "must not be negative"},
		{"bad time", schemas.TopicOrders, order("e-time", "3", "yesterday"), "RFC 3339"},
		{"unknown enum value", schemas.TopicMessages, message("e-enum", "C-1", "bot", "hi"), `unknown value "bot"`},
		{"missing field", schemas.TopicMessages, `{"schema":"message.v1","event_id":"e-miss","message_id":"M","conversation_id":"C","merchant_id":"M","buyer_id":"B","sender":"buyer","channel":"chat","kind":"text","order_stage":"none","sent_at":"2026-04-01T00:00:00Z"}`, `"text": required field is missing`},
		{"listing without a price", schemas.TopicListings, `{"schema":"listing.v1","event_id":"e-np","op":"upsert","listing_id":"L-np","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[],"updated_at":"2026-04-01T00:00:00Z"}`, "has no price"},
	}
	addr, _ := testenv.Kafka(t, 2)
	brokers := []string{addr}
	s := testenv.Store(t)
	msgs := make([]kafka.Message, len(tests))
	for i, tt := range tests {
		msgs[i] = kafka.Message{Topic: tt.topic, Key: []byte(tt.name), Value: []byte(tt.value)}
	}
	w := kafkaio.NewWriter(brokers)
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()
	worker := newWorker(t, brokers, "detect-bad", s)
	runUntil(t, worker, int64(len(tests)))
	if got := worker.Stats().Deadletters.Load(); got != int64(len(tests)) {
		t.Fatalf("dead-lettered %d of %d bad events", got, len(tests))
	}

	recs := readDeadletters(t, brokers, len(tests))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, ok := recs[tt.name]
			switch {
			case !ok:
				t.Fatal("no dead letter")
			case !strings.Contains(rec.Reason, tt.reason):
				t.Errorf("reason %q does not mention %q", rec.Reason, tt.reason)
			case string(rec.Raw) != tt.value || rec.SourceTopic != tt.topic || rec.Stage != deadletter.StageDecode:
				t.Errorf("dead letter lost its bytes, topic or stage: topic %s stage %s, %d bytes", rec.SourceTopic, rec.Stage, len(rec.Raw))
			}
		})
	}
}

// readDeadletters reads n records from deadletter.v1, by key.
func readDeadletters(t *testing.T, brokers []string, n int) map[string]*deadletter.Record {
	t.Helper()
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, GroupID: "dl-check", Topic: schemas.TopicDeadletter, StartOffset: kafka.FirstOffset, MaxWait: 100 * time.Millisecond, MaxBytes: 16 << 20})
	defer r.Close()
	out := map[string]*deadletter.Record{}
	for len(out) < n {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		m, err := r.FetchMessage(ctx)
		cancel()
		if err != nil {
			t.Fatalf("reading deadletter.v1: %v (got %d of %d)", err, len(out), n)
		}
		rec, err := deadletter.Decode(m.Value)
		if err != nil {
			t.Fatal(err)
		}
		out[string(rec.Key)] = rec
	}
	return out
}

// TestReassignedPartitionJudgesWithCurrentContext: a worker handed a messages
// partition that another worker was reading judges the next message with the
// context the other one saved, not with what it loaded at its own start. The
// buyer asks for WhatsApp (worker A), then the seller gives it (worker B):
// allowed. A seller offering WhatsApp unasked, in another conversation, is
// the control: a violation.
func TestReassignedPartitionJudgesWithCurrentContext(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 1)
	brokers := []string{addr}
	s := testenv.Store(t)
	group := "detect-handover"
	wa := newWorker(t, brokers, group, s)

	send := func(msgs ...kafka.Message) {
		w := kafkaio.NewWriter(brokers)
		defer w.Close()
		if err := w.WriteMessages(context.Background(), msgs...); err != nil {
			t.Fatal(err)
		}
	}
	send(kafka.Message{Topic: schemas.TopicMessages, Key: []byte("C-ask"), Value: []byte(message("e-1", "C-ask", "buyer", "Can you give me your WhatsApp? It is easier for me."))})
	runUntil(t, wa, 1)
	send(
		kafka.Message{Topic: schemas.TopicMessages, Key: []byte("C-ask"), Value: []byte(message("e-2", "C-ask", "seller", "Sure, my WhatsApp is +86 138 2217 9043."))},
		kafka.Message{Topic: schemas.TopicMessages, Key: []byte("C-lure"), Value: []byte(message("e-3", "C-lure", "seller", "Add my WhatsApp +86 138 2217 9043 for a better price."))},
	)
	// B started before A's progress: what it loaded at its start is stale. (A
	// kafka-go group reader joins as soon as it is built, so B is built now and
	// handed the context it would have loaded back then.)
	wb := newWorkerWithState(t, brokers, group, s, &staleAtStart{StateStore: s})
	runUntil(t, wb, 2)
	if wb.Stats().Resyncs.Load() == 0 {
		t.Error("worker B did not reload the conversation contexts when handed the partition")
	}
	rows, err := s.DB().Query(context.Background(), "SELECT subject_id FROM findings FINAL WHERE violation = 'offplatform_contact' ORDER BY subject_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		got = append(got, id)
	}
	if want := []string{"MSG-e-3"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("offplatform_contact findings on %v, want %v (the reply to the buyer's request is allowed)", got, want)
	}
}

// staleAtStart answers the first load with nothing, as the store was before
// any worker ran, and later loads from the store.
type staleAtStart struct {
	detect.StateStore
	loaded bool
}

func (s *staleAtStart) LoadConversations(ctx context.Context, since time.Time, fn func(string, []byte) error) error {
	if !s.loaded {
		s.loaded = true
		return nil
	}
	return s.StateStore.LoadConversations(ctx, since, fn)
}

func newWorkerWithState(t *testing.T, brokers []string, group string, s *store.Store, state detect.StateStore) *detect.Worker {
	t.Helper()
	engine, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	mkt, err := marketstate.Load(context.Background(), marketstate.Config{Source: group, RefreshEvery: 1 << 30, SaveInterval: 24 * time.Hour}, s, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	cfg := detect.DefaultConfig(brokers)
	cfg.GroupID, cfg.BatchSize, cfg.FlushInterval = group, 200, 50*time.Millisecond
	w, err := detect.New(cfg, engine, s, mkt, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.LoadState(context.Background(), state); err != nil {
		t.Fatal(err)
	}
	return w
}

// hangingSink never finishes an insert until its context ends, like a
// ClickHouse that accepts connections but does not answer.
type hangingSink struct {
	once    sync.Once
	entered chan struct{}
}

func (h *hangingSink) hang(ctx context.Context) error {
	h.once.Do(func() { close(h.entered) })
	<-ctx.Done()
	return ctx.Err()
}

func (h *hangingSink) InsertFindings(ctx context.Context, _ []store.FindingRow) error {
	return h.hang(ctx)
}
func (h *hangingSink) InsertListingChecks(ctx context.Context, _ []schemas.ListingCheck) error {
	return h.hang(ctx)
}
func (h *hangingSink) SaveConversations(ctx context.Context, _ []store.ConversationRow) error {
	return h.hang(ctx)
}

func (h *hangingSink) InsertArchive(ctx context.Context, _ *store.ArchiveRows) error {
	return h.hang(ctx)
}
func (h *hangingSink) InsertShadowFindings(ctx context.Context, _ []store.FindingRow) error {
	return h.hang(ctx)
}

var _ detect.Sink = (*hangingSink)(nil)

// TestShutdownIsBoundedWhenClickHouseHangs: on SIGTERM (ctx cancelled) a
// worker whose flush cannot finish gives up after ShutdownTimeout, leaves the
// batch uncommitted (it will be consumed again) and returns.
func TestShutdownIsBoundedWhenClickHouseHangs(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 1)
	brokers := []string{addr}
	produceSample(t, brokers, nil)
	engine, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := testenv.Store(t)
	mkt, err := marketstate.Load(context.Background(), marketstate.Config{Source: "t", RefreshEvery: 1 << 30, SaveInterval: time.Hour}, s, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	cfg := detect.DefaultConfig(brokers)
	cfg.GroupID, cfg.BatchSize, cfg.FlushInterval, cfg.ShutdownTimeout = "detect-hang", 50, 20*time.Millisecond, time.Second
	sink := &hangingSink{entered: make(chan struct{})}
	w, err := detect.New(cfg, engine, sink, mkt, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	select {
	case <-sink.entered:
	case <-time.After(time.Minute):
		t.Fatal("the worker never flushed")
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(3*cfg.ShutdownTimeout + 5*time.Second):
		t.Fatalf("Run did not return within %s of cancellation (shutdown timeout %s)", time.Since(start), cfg.ShutdownTimeout)
	}
	t.Logf("returned %s after cancellation", time.Since(start).Round(time.Millisecond))
	if c := w.Stats().Committed.Load(); c != 0 {
		t.Fatalf("committed %d events that never reached ClickHouse", c)
	}
}

// TestPassThroughWritesChecksOnly: the benchmark baseline decodes, checks
// every listing (with zero counts), produces and commits, and finds nothing.
func TestPassThroughWritesChecksOnly(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 2)
	brokers := []string{addr}
	s := testenv.Store(t)
	n := produceSample(t, brokers, []kafka.Message{{Topic: schemas.TopicOrders, Key: []byte("k"), Value: []byte("{")}})
	mkt, err := marketstate.Load(context.Background(), marketstate.Config{Source: "t"}, s, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	cfg := detect.DefaultConfig(brokers)
	cfg.GroupID, cfg.BatchSize, cfg.FlushInterval, cfg.PassThrough = "pass", 200, 50*time.Millisecond, true
	w, err := detect.New(cfg, nil, s, mkt, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	runUntil(t, w, int64(n))
	st := w.Stats()
	if st.Findings.Load() != 0 || st.Checks.Load() == 0 || st.Deadletters.Load() != 1 {
		t.Fatalf("pass-through: %d findings, %d checks, %d dead letters; want 0, >0, 1", st.Findings.Load(), st.Checks.Load(), st.Deadletters.Load())
	}
	var checks, other uint64
	if err := s.DB().QueryRow(context.Background(), "SELECT count(), countIf(detector_version != 'pass-through') FROM listing_checks FINAL").Scan(&checks, &other); err != nil {
		t.Fatal(err)
	}
	if checks != uint64(st.Checks.Load()) || other != 0 {
		t.Fatalf("listing_checks holds %d rows (%d not marked pass-through), want %d", checks, other, st.Checks.Load())
	}
}
