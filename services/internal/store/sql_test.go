package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
	"github.com/haili/haili/services/internal/store"
)

// These tests run without a server: a fake connection records the SQL, and
// testdata/sql holds what each test sends.

var at = time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC)

func TestWritesSQL(t *testing.T) {
	conn, db := chdbtest.New()
	s := store.New(db, zap.NewNop())
	ctx := context.Background()
	f := schemas.Finding{
		FindingID: "f-1", EventID: "e-1", Subject: schemas.SubjectListing, SubjectID: "L-1", SubjectVersion: 3,
		MerchantID: "M-1", Violation: schemas.InflatedShipping, Rule: "r", Confidence: 0.9,
		Evidence: map[string]any{"fee": 410.0}, Explanation: "x", DetectedAt: at,
	}
	for _, step := range []struct {
		name string
		run  func() error
	}{
		{"findings", func() error {
			return s.InsertFindings(ctx, []store.FindingRow{{Finding: f, SourceTopic: schemas.TopicListings, SourcePartition: 1, SourceOffset: 7}})
		}},
		{"no findings", func() error { return s.InsertFindings(ctx, nil) }},
		{"listing checks", func() error {
			return s.InsertListingChecks(ctx, []schemas.ListingCheck{{EventID: "e-1", ListingID: "L-1", Version: 3, MerchantID: "M-1",
				Counts: map[string]int{schemas.InflatedShipping: 1}, DetectorVersion: "d", PolicyVersion: "p", CheckedAt: at}})
		}},
		{"conversations", func() error {
			return s.SaveConversations(ctx, []store.ConversationRow{{ConversationID: "C-1", MerchantID: "M-1", State: []byte(`{}`), Seq: 5, UpdatedAt: at}})
		}},
		{"market", func() error {
			return s.SaveMarket(ctx, []store.MarketRow{{CategoryID: "tea", Unit: "kg", Source: "w1", Count: 2, Data: []byte("x")}}, at)
		}},
	} {
		if err := step.run(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
	}
	chdbtest.Verify(t, conn)
}

func TestReadsSQL(t *testing.T) {
	conn, db := chdbtest.New()
	s := store.New(db, zap.NewNop())
	ctx := context.Background()

	conn.Answer([]any{"C-1", `{"a":1}`}, []any{"C-2", `{}`})
	got := map[string]string{}
	if err := s.LoadConversations(ctx, at, func(id string, state []byte) error { got[id] = string(state); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"C-1": `{"a":1}`, "C-2": `{}`}; !reflect.DeepEqual(got, want) {
		t.Errorf("conversations = %v, want %v", got, want)
	}

	conn.Answer([]any{"tea", "kg", "w1", uint64(2), "x"})
	var rows []store.MarketRow
	if err := s.LoadMarket(ctx, func(r store.MarketRow) error { rows = append(rows, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []store.MarketRow{{CategoryID: "tea", Unit: "kg", Source: "w1", Count: 2, Data: []byte("x")}}; !reflect.DeepEqual(rows, want) {
		t.Errorf("market rows = %+v, want %+v", rows, want)
	}

	conn.Answer([]any{schemas.FalseMOQ, uint64(3), uint64(2)})
	counts, err := s.FindingCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.ViolationCount{{Violation: schemas.FalseMOQ, Findings: 3, Merchants: 2}}; !reflect.DeepEqual(counts, want) {
		t.Errorf("counts = %+v, want %+v", counts, want)
	}
	chdbtest.Verify(t, conn)
}

// TestMigrateSQL: a fresh database gets the bookkeeping table, every
// migration's statements and a record of each.
func TestMigrateSQL(t *testing.T) {
	conn, db := chdbtest.New()
	s := store.New(db, zap.NewNop())
	applied, err := s.Migrate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) == 0 {
		t.Fatal("nothing applied to an empty database")
	}
	// The record's applied_at is the wall clock: compare the statements only.
	var stmts []chdbtest.Call
	for _, c := range conn.Calls() {
		c.Rows = nil
		stmts = append(stmts, c)
	}
	if got := chdbtest.Snapshot(stmts); got == "" {
		t.Fatal("no statements")
	}
	for _, c := range stmts {
		if c.Kind == "batch" && c.SQL != "INSERT INTO schema_migrations (version, name, applied_at)" {
			t.Errorf("migration record through %q", c.SQL)
		}
	}
}

// TestRebuiltStateIsWrittenWithQuorum: the conversation contexts, which a
// partition's next owner rebuilds, are quorum inserts, so that a replica
// that missed the last insert is never all the next owner can read; the
// findings and checks, which are not read back, are not held up so.
func TestRebuiltStateIsWrittenWithQuorum(t *testing.T) {
	conn, db := chdbtest.New()
	s := store.New(db, zap.NewNop())
	ctx := context.Background()
	if err := s.SaveConversations(ctx, []store.ConversationRow{{ConversationID: "C-1", MerchantID: "M-1", State: []byte(`{}`), Seq: 1, UpdatedAt: at}}); err != nil {
		t.Fatal(err)
	}
	if err := s.InsertFindings(ctx, []store.FindingRow{{Finding: schemas.Finding{FindingID: "f", DetectedAt: at}}}); err != nil {
		t.Fatal(err)
	}
	calls := conn.Calls()
	if len(calls) != 2 || !calls[0].Quorum || calls[1].Quorum {
		t.Errorf("quorum inserts: conversations %v, findings %v; want true, false", calls[0].Quorum, calls[1].Quorum)
	}
}
