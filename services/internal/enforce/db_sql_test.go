package enforce_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
	"github.com/haili/haili/services/internal/enforce"
)

// These tests run without a server: a fake connection records the SQL, and
// testdata/sql holds what each test sends.

func TestDBWritesSQL(t *testing.T) {
	conn, db := chdbtest.New()
	e := enforce.NewDB(db)
	ctx := context.Background()
	v := violation()
	a := ladder.Action{ActionID: "a-1", Code: ladder.PendingRectification, MerchantID: "M-1", Family: ladder.FamilyFalseInfo,
		Subject: schemas.SubjectListing, SubjectID: "L-1", SubjectVersion: 2, Violation: schemas.FalseMOQ, FindingIDs: []string{"f-1"},
		PolicyVersion: "p", DecidedAt: t0, Reason: ladder.ReasonConfidence, Deadline: t0.Add(14 * day)}
	steps := []func() error{
		func() error { return e.InsertViolations(ctx, []ladder.Violation{v}) },
		func() error { return e.InsertActions(ctx, []ladder.Action{a}) },
		func() error {
			return e.InsertLedger(ctx, []ladder.LedgerEntry{{EntryID: "l-1", MerchantID: "M-1", ActionID: "a-1", Code: ladder.DeductPoints, Points: -3, At: t0, PolicyVersion: "p"}})
		},
		func() error { return e.InsertActions(ctx, nil) }, // nothing sent
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	chdbtest.Verify(t, conn)
	// The ladders are rebuilt from these by the next owner after a
	// rebalance: quorum inserts, so no replica it may read is behind.
	for _, c := range conn.Calls() {
		if c.Kind == "batch" && !c.Quorum {
			t.Errorf("%s: not a quorum insert", c.SQL)
		}
	}
}

// TestDBLoadStateSQL: the state a ladder is rebuilt from, read back with the
// zero times ClickHouse stores as the epoch turned back into zero times.
func TestDBLoadStateSQL(t *testing.T) {
	conn, db := chdbtest.New()
	epoch := time.Unix(0, 0).UTC()
	conn.Answer([]any{"f-1", "M-1", ladder.FamilyFalseInfo, schemas.FalseMOQ, schemas.SubjectListing, "L-1", uint64(2),
		"L-1", uint32(1), "custom_moq", 0.8, `{"moq":100}`, "x", "", t0, t0, "p", uint8(0), epoch, "", ""})
	conn.Answer([]any{"a-1", ladder.PendingRectification, "M-1", ladder.FamilyFalseInfo, schemas.SubjectListing, "L-1", uint64(2),
		schemas.FalseMOQ, uint32(0), []string{"f-1"}, "p", t0, ladder.ReasonConfidence, int32(0), t0.Add(14 * day), epoch, []string{}})
	conn.Answer([]any{"M-1", t0})
	st, err := enforce.NewDB(db).LoadMerchant(context.Background(), "M-1")
	if err != nil {
		t.Fatal(err)
	}
	want := ladder.State{
		Violations: []ladder.Violation{violation()},
		Actions: []ladder.Action{{ActionID: "a-1", Code: ladder.PendingRectification, MerchantID: "M-1", Family: ladder.FamilyFalseInfo,
			Subject: schemas.SubjectListing, SubjectID: "L-1", SubjectVersion: 2, Violation: schemas.FalseMOQ, FindingIDs: []string{"f-1"},
			PolicyVersion: "p", DecidedAt: t0, Reason: ladder.ReasonConfidence, Deadline: t0.Add(14 * day)}},
		Warnings: []ladder.EarlyWarning{{MerchantID: "M-1", At: t0}},
	}
	want.Violations[0].EvidenceJSON = []byte(`{"moq":100}`) // kept as stored, to be written back as is
	if !reflect.DeepEqual(st, want) {
		t.Errorf("state =\n%+v\nwant\n%+v", st, want)
	}
	chdbtest.Verify(t, conn)
}

// violation is a false-MOQ violation as ClickHouse keeps it: no event id or
// detector version (the violations table has no such columns).
func violation() ladder.Violation {
	return ladder.Violation{Finding: schemas.Finding{FindingID: "f-1", MerchantID: "M-1", Violation: schemas.FalseMOQ,
		Subject: schemas.SubjectListing, SubjectID: "L-1", SubjectVersion: 2, Rule: "custom_moq", Confidence: 0.8,
		Evidence: map[string]any{"moq": 100.0}, Explanation: "x", EventTime: t0, DetectedAt: t0, PolicyVersion: "p"},
		Family: ladder.FamilyFalseInfo, ProductID: "L-1", Episode: 1}
}
