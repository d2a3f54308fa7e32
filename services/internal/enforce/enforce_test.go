package enforce_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

var t0 = time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// fakeClock is the injectable clock of the deadline timer. It counts the
// reads since the last Set, so that a test can wait for the worker to have
// seen a time.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	reads int
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	return c.now
}

func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now, c.reads = t, 0
}

func (c *fakeClock) readsSinceSet() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads
}

func offplatform(merchant string, n int, at time.Time) schemas.Finding {
	return schemas.Finding{
		FindingID: fmt.Sprintf("f-%s-msg-%d", merchant, n), EventID: fmt.Sprintf("e-%s-%d", merchant, n),
		Subject: schemas.SubjectMessage, SubjectID: fmt.Sprintf("MSG-%s-%d", merchant, n), MerchantID: merchant,
		Violation: schemas.OffplatformContact, Rule: "contact_lure", Confidence: 0.95,
		Evidence:    map[string]any{"channels": []any{"whatsapp"}, "initiative": "seller_gives"},
		Explanation: "The merchant gave its WhatsApp contact without being asked.", ExplanationZH: "商家主动提供WhatsApp联系方式。",
		DetectedAt: at, EventTime: at,
	}
}

func moq(merchant, listing string, version int64, at time.Time) schemas.Finding {
	return schemas.Finding{
		FindingID: fmt.Sprintf("f-%s-v%d", listing, version), EventID: fmt.Sprintf("e-%s-v%d", listing, version),
		Subject: schemas.SubjectListing, SubjectID: listing, SubjectVersion: version, MerchantID: merchant,
		Violation: schemas.FalseMOQ, Rule: "custom_moq", Confidence: 0.8,
		Evidence:    map[string]any{"moq": 100.0, "custom_min_qty": 1e7},
		Explanation: "The MOQ of 100 is contradicted by a customisation minimum of 10000000.",
		DetectedAt:  at, EventTime: at,
	}
}

func message(t *testing.T, topic, key string, v any) kafka.Message {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return kafka.Message{Topic: topic, Key: []byte(key), Value: data}
}

func produce(t *testing.T, brokers []string, msgs ...kafka.Message) {
	t.Helper()
	w := kafkaio.NewWriter(brokers)
	defer w.Close()
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
}

type running struct {
	w      *enforce.Worker
	cancel context.CancelFunc
	done   chan error
}

func start(t *testing.T, brokers []string, group string, s *store.Store, clock *fakeClock) *running {
	t.Helper()
	cfg := enforce.DefaultConfig(brokers)
	cfg.GroupID = group
	cfg.FlushInterval = 30 * time.Millisecond
	cfg.TickInterval = 20 * time.Millisecond
	cfg.Clock = clock.Now
	w, err := enforce.New(cfg, policy.Default(), enforce.NewDB(s.DB()), zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{w: w, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(ctx) }()
	return r
}

func (r *running) stop(t *testing.T) {
	t.Helper()
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("worker: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("worker did not stop")
	}
}

// eventually polls cond until it holds or a minute passes.
func eventually(t *testing.T, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		ok, state := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not reached in a minute; last: %s", what, state)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func count(t *testing.T, s *store.Store, q string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := s.DB().QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// topicSize is the number of messages on a topic.
func topicSize(t *testing.T, addr, topic string) int64 {
	t.Helper()
	conn, err := kafka.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	parts, err := conn.ReadPartitions(topic)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for _, p := range parts {
		pc, err := kafka.DialLeader(context.Background(), "tcp", addr, topic, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		first, last, err := pc.ReadOffsets()
		pc.Close()
		if err != nil {
			t.Fatal(err)
		}
		total += last - first
	}
	return total
}

// ladderOf reads a merchant's actions from ClickHouse as "code points" by decision time.
func ladderOf(t *testing.T, s *store.Store, merchant string) []string {
	t.Helper()
	rows, err := s.DB().Query(context.Background(),
		"SELECT code, points FROM actions FINAL WHERE merchant_id = ? ORDER BY decided_at, step, action_id", merchant)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var code string
		var points int32
		if err := rows.Scan(&code, &points); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %d", code, points))
	}
	return out
}

func TestEnforceRoleEndToEnd(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 3)
	brokers := []string{addr}
	s := testenv.Store(t)
	clock := &fakeClock{now: t0.Add(time.Hour)}

	var msgs []kafka.Message
	for i := 1; i <= 5; i++ {
		msgs = append(msgs, message(t, schemas.TopicFindings, "M-1", offplatform("M-1", i, t0.Add(time.Duration(i)*time.Minute))))
	}
	fixed, unfixed := moq("M-2", "L-1", 3, t0), moq("M-2", "L-2", 1, t0)
	msgs = append(msgs,
		message(t, schemas.TopicFindings, "M-2", fixed),
		message(t, schemas.TopicFindings, "M-2", unfixed),
		message(t, schemas.TopicChecks, "M-2", schemas.ListingCheck{EventID: "e-L-1-v4", ListingID: "L-1", Version: 4, MerchantID: "M-2",
			Counts: map[string]int{schemas.FalseMOQ: 0}, UpdatedAt: t0.Add(2 * day), CheckedAt: t0.Add(2 * day)}),
		kafka.Message{Topic: schemas.TopicFindings, Key: []byte("M-3"), Value: []byte(`{"finding_id":"f-x","merchant_id":"M-3","violation":"rudeness","detected_at":"2026-04-20T10:00:00Z"}`)},
		// a duplicated finding changes nothing
		message(t, schemas.TopicFindings, "M-1", offplatform("M-1", 3, t0.Add(3*time.Minute))),
	)
	produce(t, brokers, msgs...)
	inputs := int64(len(msgs))

	r := start(t, brokers, "enforce-a", s, clock)
	eventually(t, "inputs committed", func() (bool, string) {
		st := r.w.Stats()
		return st.Committed.Load() >= inputs, fmt.Sprintf("%d of %d committed", st.Committed.Load(), inputs)
	})
	want := []string{"warning 0", "deduct_points -3", "deduct_points -3", "deduct_points -6", "deduct_points -6"}
	if got := ladderOf(t, s, "M-1"); !reflect.DeepEqual(got, want) {
		t.Fatalf("M-1 ladder in ClickHouse = %v, want %v", got, want)
	}
	if got := ladderOf(t, s, "M-2"); !reflect.DeepEqual(got, []string{"pending_rectification 0", "pending_rectification 0", "rectified 0"}) {
		t.Fatalf("M-2 actions = %v, want two pending and one rectified", got)
	}
	if n := count(t, s, "SELECT toInt64(sum(points)) FROM points_ledger FINAL WHERE merchant_id = 'M-1'"); n != -18 {
		t.Fatalf("M-1 points = %d, want -18", n)
	}
	if r.w.Stats().Deadletters.Load() != 1 {
		t.Fatalf("dead letters = %d, want the finding with an unknown code", r.w.Stats().Deadletters.Load())
	}

	// The 14-day deadline of L-2 passes on the injected clock.
	// With nothing left to decide, the worker's loop reads the clock only on
	// a tick (a flush would need something decided first), and it is one
	// goroutine: by the second read since Set, the first tick at the new time
	// has collected whatever it fired.
	actionsBefore := r.w.Stats().Actions.Load()
	clock.Set(t0.Add(14*day - time.Second))
	eventually(t, "a tick at a second before the deadline", func() (bool, string) {
		n := clock.readsSinceSet()
		return n >= 2, fmt.Sprintf("%d clock reads", n)
	})
	if n := r.w.Stats().Actions.Load() - actionsBefore; n != 0 {
		t.Fatalf("%d actions decided a second before the deadline, want none", n)
	}
	if n := count(t, s, "SELECT toInt64(count()) FROM actions FINAL WHERE code = 'delist_zero_score'"); n != 0 {
		t.Fatalf("delisted %d products before the deadline", n)
	}
	clock.Set(t0.Add(14*day + time.Second))
	eventually(t, "L-2 delisted at its deadline", func() (bool, string) {
		n := count(t, s, "SELECT toInt64(count()) FROM actions FINAL WHERE code = 'delist_zero_score' AND subject_id = 'L-2' AND decided_at = ?", t0.Add(14*day))
		return n == 1, fmt.Sprintf("%d delistings", n)
	})

	// An upheld appeal against the second instance restores its points.
	w := ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: "f-M-1-msg-2", MerchantID: "M-1", Reason: ladder.ReasonAppealUpheld, AppealID: "AP-1", At: t0.Add(3 * day)}
	produce(t, brokers, message(t, schemas.TopicFindings, "M-1", w))
	inputs++
	eventually(t, "points restored", func() (bool, string) {
		n := count(t, s, "SELECT toInt64(sum(points)) FROM points_ledger FINAL WHERE merchant_id = 'M-1'")
		return n == -15, fmt.Sprintf("points %d", n)
	})
	eventually(t, "everything committed", func() (bool, string) {
		return r.w.Stats().Committed.Load() >= inputs, fmt.Sprint(r.w.Stats().Committed.Load())
	})
	r.stop(t)

	actions := count(t, s, "SELECT toInt64(count()) FROM actions FINAL")
	if actions != 10 {
		t.Fatalf("%d actions in ClickHouse, want 10 (5 ladder steps, 2 pending, rectified, delisted, reverse)", actions)
	}
	if n := count(t, s, "SELECT toInt64(count()) FROM notices FINAL WHERE kind = 'rectification'"); n != actions {
		t.Fatalf("%d rectification notices for %d actions", n, actions)
	}
	if n := count(t, s, "SELECT toInt64(count()) FROM violations FINAL WHERE withdrawn = 1"); n != 1 {
		t.Fatalf("%d withdrawn violations, want 1", n)
	}
	published := topicSize(t, addr, schemas.TopicActions)
	notices := topicSize(t, addr, schemas.TopicNotices)
	if published != actions {
		t.Fatalf("actions.v1 holds %d messages for %d actions", published, actions)
	}

	// A second group replays every input from the start against the same
	// ClickHouse: its ladders are rebuilt from there, so nothing is decided twice.
	r2 := start(t, brokers, "enforce-b", s, clock)
	eventually(t, "replay committed", func() (bool, string) {
		return r2.w.Stats().Committed.Load() >= inputs, fmt.Sprint(r2.w.Stats().Committed.Load())
	})
	r2.stop(t)
	if r2.w.Stats().Actions.Load() != 0 {
		t.Fatalf("the replay decided %d actions again", r2.w.Stats().Actions.Load())
	}
	if n := count(t, s, "SELECT toInt64(count()) FROM actions FINAL"); n != actions {
		t.Fatalf("after the replay %d actions, want %d", n, actions)
	}
	if p, n := topicSize(t, addr, schemas.TopicActions), topicSize(t, addr, schemas.TopicNotices); p != published || n != notices {
		t.Fatalf("the replay produced again: actions.v1 %d→%d, notices.v1 %d→%d", published, p, notices, n)
	}
}

// TestStateRoundTrip stores what a book decided and rebuilds a book from
// ClickHouse: the same inputs then decide nothing, and the ladders go on.
func TestStateRoundTrip(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	ctx := context.Background()
	db := enforce.NewDB(s.DB())
	p := policy.Default()
	book, err := ladder.NewBook(&p.Enforcement, p.ID())
	if err != nil {
		t.Fatal(err)
	}
	var inputs []ladder.Input
	for i := 1; i <= 3; i++ {
		f := offplatform("M-1", i, t0.Add(time.Duration(i)*time.Hour))
		inputs = append(inputs, ladder.Input{Finding: &f})
	}
	for i, l := range []string{"L-1", "L-2", "L-3"} {
		f := moq("M-2", l, 2, t0.Add(time.Duration(i)*time.Hour))
		inputs = append(inputs, ladder.Input{Finding: &f})
	}
	wd := ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: "f-M-1-msg-2", MerchantID: "M-1", Reason: ladder.ReasonWithdrawn, At: t0.Add(day)}
	inputs = append(inputs, ladder.Input{Withdrawal: &wd})
	now := t0.Add(20 * day)
	d, err := book.Replay(inputs, now)
	if err != nil {
		t.Fatal(err)
	}
	notices, err := enforce.NewNotices(&p.Enforcement)
	if err != nil {
		t.Fatal(err)
	}
	var ns []enforce.Notice
	for _, w := range d.Warnings {
		n, err := notices.ForWarning(w)
		if err != nil {
			t.Fatal(err)
		}
		ns = append(ns, n)
	}
	for _, step := range []error{db.InsertActions(ctx, d.Actions), db.InsertLedger(ctx, d.Ledger), db.InsertNotices(ctx, ns), db.InsertViolations(ctx, d.Violations)} {
		if step != nil {
			t.Fatal(step)
		}
	}
	st, err := db.LoadState(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Actions) != len(d.Actions) || len(st.Violations) != 6 || len(st.Warnings) != len(d.Warnings) {
		t.Fatalf("loaded %d actions, %d violations, %d warnings; stored %d, 6, %d", len(st.Actions), len(st.Violations), len(st.Warnings), len(d.Actions), len(d.Warnings))
	}
	rebuilt, _ := ladder.NewBook(&p.Enforcement, p.ID())
	rebuilt.Restore(st)
	again, err := rebuilt.Replay(inputs, now)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Empty() {
		t.Fatalf("a book rebuilt from ClickHouse decided again: %+v", again)
	}
	for _, m := range []string{"M-1", "M-2"} {
		if book.Points(m) != rebuilt.Points(m) {
			t.Fatalf("%s points %d, rebuilt %d", m, book.Points(m), rebuilt.Points(m))
		}
	}
	next := offplatform("M-1", 4, t0.Add(2*day))
	got, err := rebuilt.Finding(next)
	if err != nil || len(got.Actions) != 1 || got.Actions[0].Step != 3 || got.Actions[0].Points != -3 {
		t.Fatalf("next instance after rebuild: %+v %v, want step 3 of -3 (one of three withdrawn)", got.Actions, err)
	}
	one, err := db.LoadMerchant(ctx, "M-2")
	if err != nil || len(one.Actions) != 7 {
		t.Fatalf("M-2 alone: %d actions, %v; want 3 pending, 3 delisted and the store demoted", len(one.Actions), err)
	}
}
