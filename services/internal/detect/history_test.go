package detect_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// newShadowWorker is newWorker with a shadow engine under p.
func newShadowWorker(t *testing.T, brokers []string, group string, s *store.Store, p *policy.Policy) *detect.Worker {
	t.Helper()
	engine, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	shadow, err := detectors.New(p)
	if err != nil {
		t.Fatal(err)
	}
	log := zap.NewNop()
	mkt, err := marketstate.Load(context.Background(), marketstate.Config{Source: group, RefreshEvery: 1 << 30, SaveInterval: 24 * time.Hour}, s, log)
	if err != nil {
		t.Fatal(err)
	}
	cfg := detect.DefaultConfig(brokers)
	cfg.GroupID = group
	cfg.BatchSize = 200
	cfg.FlushInterval = 50 * time.Millisecond
	cfg.Shadow = shadow
	w, err := detect.New(cfg, engine, s, mkt, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.LoadState(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	return w
}

// topicSizes is the number of records on each output topic.
func topicSizes(t *testing.T, addr string) map[string]int64 {
	t.Helper()
	conn, err := kafka.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	out := map[string]int64{}
	for _, topic := range []string{schemas.TopicFindings, schemas.TopicChecks, schemas.TopicDeadletter, schemas.TopicActions, schemas.TopicNotices} {
		parts, err := conn.ReadPartitions(topic)
		if err != nil {
			t.Fatal(err)
		}
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
			out[topic] += last - first
		}
	}
	return out
}

// column returns the single column of a query's rows.
func column(t *testing.T, s *store.Store, sql string) []string {
	t.Helper()
	rows, err := s.DB().Query(context.Background(), sql)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func count(t *testing.T, s *store.Store, sql string) uint64 {
	t.Helper()
	var n uint64
	if err := s.DB().QueryRow(context.Background(), sql).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestShadowWritesOnlyShadowFindingsAndTheArchiveIsKeptOnce runs the sample
// through a worker without a shadow and, on a broker and database of its
// own, through one with a shadow policy that finds more. The shadow run's
// findings table, findings.v1, listing checks, dead letters, actions and
// notices are exactly the plain run's; only shadow_findings differs. Then a
// second group replays the whole stream into the shadow run's database: the
// archive holds every decoded event once, and the shadow findings do not
// double.
func TestShadowWritesOnlyShadowFindingsAndTheArchiveIsKeptOnce(t *testing.T) {
	t.Parallel() // its own databases and brokers
	cand := detect.CandidatePolicy(t)
	type run struct {
		addr  string
		s     *store.Store
		stats *detect.Stats
	}
	start := func(shadow bool) run {
		addr, _ := testenv.Kafka(t, 2)
		s := testenv.Store(t)
		n := produceSample(t, []string{addr}, nil)
		seedMarket(t, s)
		var w *detect.Worker
		if shadow {
			w = newShadowWorker(t, []string{addr}, "detect-s", s, cand)
		} else {
			w = newWorker(t, []string{addr}, "detect-p", s)
		}
		runUntil(t, w, int64(n))
		return run{addr, s, w.Stats()}
	}
	plain, shadowed := start(false), start(true)

	if got, want := topicSizes(t, shadowed.addr), topicSizes(t, plain.addr); !reflect.DeepEqual(got, want) {
		t.Errorf("output topics with a shadow %v, without %v", got, want)
	}
	for _, q := range []string{
		"SELECT concat(finding_id, ' ', policy_version) FROM findings FINAL ORDER BY finding_id",
		"SELECT concat(listing_id, ' ', toString(version), ' ', policy_version) FROM listing_checks FINAL ORDER BY listing_id, version",
	} {
		if got, want := column(t, shadowed.s, q), column(t, plain.s, q); !reflect.DeepEqual(got, want) || len(want) == 0 {
			t.Errorf("%s: %d rows with a shadow, %d without, or they differ", q, len(got), len(want))
		}
	}
	if n := count(t, plain.s, "SELECT count() FROM shadow_findings"); n != 0 {
		t.Errorf("%d shadow findings without a shadow", n)
	}
	live := count(t, plain.s, "SELECT count() FROM findings FINAL")
	versions := column(t, shadowed.s, "SELECT DISTINCT policy_version FROM shadow_findings")
	shadowN := count(t, shadowed.s, "SELECT count() FROM shadow_findings FINAL")
	if !reflect.DeepEqual(versions, []string{cand.ID()}) || shadowN <= live {
		t.Fatalf("shadow_findings: %d rows under %v; want more than the %d live findings, under %s", shadowN, versions, live, cand.ID())
	}
	if got := shadowed.stats.ShadowFindings.Load(); uint64(got) < shadowN {
		t.Errorf("the worker counted %d shadow findings, the table holds %d", got, shadowN)
	}

	// Every decoded event (the sample has no undecodable one) archived once.
	events := uint64(shadowed.stats.Events.Load() - shadowed.stats.Deadletters.Load())
	const archived = "SELECT count() FROM event_archive FINAL"
	if n := count(t, shadowed.s, archived); n != events {
		t.Fatalf("event_archive holds %d events, the worker decoded %d", n, events)
	}
	replay := newShadowWorker(t, []string{shadowed.addr}, "detect-replay", shadowed.s, cand)
	runUntil(t, replay, shadowed.stats.Events.Load())
	// (Background merges may already have collapsed the second copies:
	// FINAL counts what a reader sees either way.)
	if n := count(t, shadowed.s, archived); n != events {
		t.Errorf("after a replay event_archive holds %d events, want %d", n, events)
	}
	if n := count(t, shadowed.s, "SELECT uniqExact(kind, thread_id, subject_id, version, event_id) FROM event_archive"); n != events {
		t.Errorf("%d distinct archive keys, want %d", n, events)
	}
	if n := count(t, shadowed.s, "SELECT count() FROM shadow_findings FINAL"); n != shadowN {
		t.Errorf("after a replay shadow_findings holds %d, want %d", n, shadowN)
	}
}
