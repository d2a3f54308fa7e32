package store_test

import (
	"context"
	"reflect"
	"strconv"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// archiveSample is one event of each kind, as the detection worker archives them.
func archiveSample(at time.Time, listingAt, messageAt time.Time) *store.ArchiveRows {
	var a store.ArchiveRows
	a.Add(&schemas.Listing{EventID: "e-l", ListingID: "L-1", Version: 4, MerchantID: "M-1", CategoryID: "tea", UpdatedAt: listingAt},
		[]byte(`{"schema":"listing.v1"}`), schemas.TopicListings, 2, 10, at)
	a.Add(&schemas.Message{EventID: "e-m", MessageID: "m-1", ConversationID: "C-1", MerchantID: "M-1", SentAt: messageAt},
		[]byte(`{"schema":"message.v1"}`), schemas.TopicMessages, 0, 11, at)
	a.Add(&schemas.Order{EventID: "e-o", OrderID: "o-1", ListingID: "L-1", MerchantID: "M-1", PlacedAt: messageAt},
		[]byte(`{"schema":"order.v1"}`), schemas.TopicOrders, 1, 12, at)
	a.Add(&schemas.Complaint{EventID: "e-c", ComplaintID: "c-1", MerchantID: "M-1", ReviewedAt: messageAt},
		[]byte(`{"schema":"complaint.v1"}`), schemas.TopicComplaints, 3, 13, at)
	return &a
}

// TestHistorySQL: the archive goes in column-wise as one row per event with
// the kind's thread and version; shadow findings go to their own table; a
// prune drops the message months past the retention and keeps the kinds kept
// for good.
func TestHistorySQL(t *testing.T) {
	conn, db := chdbtest.New()
	s := store.New(db, zap.NewNop())
	ctx := context.Background()
	if err := s.InsertArchive(ctx, archiveSample(at, at, at)); err != nil {
		t.Fatal(err)
	}
	if err := s.InsertArchive(ctx, &store.ArchiveRows{}); err != nil { // sends nothing
		t.Fatal(err)
	}
	if err := s.InsertShadowFindings(ctx, []store.FindingRow{{Finding: schemas.Finding{FindingID: "f-1", Violation: schemas.FalseMOQ, PolicyVersion: "cand", DetectedAt: at}}}); err != nil {
		t.Fatal(err)
	}
	conn.Answer([]any{"('listing',202301)"}, []any{"('message',202605)"}, []any{"('message', 202606)"}, []any{"('order',202101)"})
	dropped, err := s.PruneHistory(ctx, policy.Default().History, time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.ArchivePartition{{Kind: "message", Month: 202605}}; !reflect.DeepEqual(dropped, want) {
		t.Errorf("dropped %v, want %v (180 days before 2026-12-05 is 2026-06-08)", dropped, want)
	}
	// On a cluster: every shard's local table, dropped ON CLUSTER.
	conn.Answer([]any{"('message',202605)"})
	if _, err := s.PruneHistory(ctx, policy.Default().History, time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC), "prod"); err != nil {
		t.Fatal(err)
	}
	chdbtest.Verify(t, conn)
}

func TestArchivePartitionsRefusesOtherShapes(t *testing.T) {
	for _, text := range []string{"202601", "('message')", "('message',2026)", "(message,202613)"} {
		conn, db := chdbtest.New()
		conn.Answer([]any{text})
		if _, err := store.New(db, zap.NewNop()).ArchivePartitions(context.Background()); err == nil {
			t.Errorf("partition %q read without error", text)
		}
	}
}

func archiveCounts(t *testing.T, s *store.Store) map[string]uint64 {
	t.Helper()
	rows, err := s.DB().Query(context.Background(), "SELECT kind, count() FROM event_archive FINAL GROUP BY kind")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]uint64{}
	for rows.Next() {
		var kind string
		var n uint64
		if err := rows.Scan(&kind, &n); err != nil {
			t.Fatal(err)
		}
		got[kind] = n
	}
	return got
}

// TestArchiveCollapsesAndPrunes: a replayed archive batch (later archived_at)
// collapses to one row per event, the payload is kept byte for byte, and a
// prune under the built-in policy drops the old message month and keeps the
// listings, orders and complaints however old.
func TestArchiveCollapsesAndPrunes(t *testing.T) {
	t.Parallel() // its own database
	s := testenv.Store(t)
	ctx := context.Background()
	recent := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	for i := range 3 { // a retry and a replay of the same batch
		if err := s.InsertArchive(ctx, archiveSample(at.Add(time.Duration(i)*time.Minute), recent, recent)); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := archiveCounts(t, s), map[string]uint64{"listing": 1, "message": 1, "order": 1, "complaint": 1}; !reflect.DeepEqual(got, want) {
		t.Fatalf("archive after replays = %v, want %v", got, want)
	}
	var payload string
	if err := s.DB().QueryRow(ctx, "SELECT payload FROM event_archive FINAL WHERE kind = 'message'").Scan(&payload); err != nil {
		t.Fatal(err)
	}
	if payload != `{"schema":"message.v1"}` {
		t.Errorf("payload = %q", payload)
	}

	// Distinct events in two months each.
	old := time.Date(2025, 1, 15, 8, 0, 0, 0, time.UTC)
	var a store.ArchiveRows
	for i, when := range []time.Time{old, recent} {
		id := string(rune('a' + i))
		a.Add(&schemas.Message{EventID: "e-m" + id, MessageID: "m" + id, ConversationID: "C-2", MerchantID: "M-1", SentAt: when}, []byte(`{}`), schemas.TopicMessages, 0, int64(i), at)
		a.Add(&schemas.Listing{EventID: "e-l" + id, ListingID: "L-2", Version: int64(i + 1), MerchantID: "M-1", UpdatedAt: when}, []byte(`{}`), schemas.TopicListings, 0, int64(i), at)
	}
	if err := s.InsertArchive(ctx, &a); err != nil {
		t.Fatal(err)
	}
	before := archiveCounts(t, s)
	parts, err := s.ArchivePartitions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) < 4 {
		t.Fatalf("partitions = %v", parts)
	}
	dropped, err := s.PruneHistory(ctx, policy.Default().History, time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.ArchivePartition{{Kind: "message", Month: 202501}}; !reflect.DeepEqual(dropped, want) {
		t.Fatalf("dropped %v, want %v", dropped, want)
	}
	// The message of January 2025 is gone; the listing of that month stays.
	if got, want := archiveCounts(t, s), map[string]uint64{"listing": 3, "message": 2, "order": 1, "complaint": 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("archive after prune = %v, want %v (before %v)", got, want, before)
	}
	if dropped, err := s.PruneHistory(ctx, policy.Default().History, time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC), ""); err != nil || len(dropped) != 0 {
		t.Fatalf("second prune dropped %v, %v; want nothing", dropped, err)
	}
}

// TestArchiveInsertsInBlocks: a batch larger than one column block (the
// insert is sent a block at a time) lands whole, every payload with its own
// event, as one part.
func TestArchiveInsertsInBlocks(t *testing.T) {
	t.Parallel() // its own database
	s := testenv.Store(t)
	ctx := context.Background()
	const n = 5000 // over two blocks
	when := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	var a store.ArchiveRows
	for i := range n {
		id := strconv.Itoa(i)
		a.Add(&schemas.Message{EventID: "e-" + id, MessageID: "m-" + id, ConversationID: "C-" + strconv.Itoa(i%37), MerchantID: "M-1", SentAt: when},
			[]byte(`{"n":`+id+`}`), schemas.TopicMessages, 0, int64(i), at)
	}
	if err := s.InsertArchive(ctx, &a); err != nil {
		t.Fatal(err)
	}
	var rows, matching, parts uint64
	if err := s.DB().QueryRow(ctx, "SELECT count(), countIf(payload = concat('{\"n\":', toString(source_offset), '}') AND event_id = concat('e-', toString(source_offset))) FROM event_archive").Scan(&rows, &matching); err != nil {
		t.Fatal(err)
	}
	if rows != n || matching != n {
		t.Errorf("archive holds %d rows, %d with their own payload; want %d", rows, matching, n)
	}
	if err := s.DB().QueryRow(ctx, "SELECT count() FROM system.parts WHERE database = currentDatabase() AND table = 'event_archive'").Scan(&parts); err != nil {
		t.Fatal(err)
	}
	if parts != 1 {
		t.Errorf("one insert made %d parts, want 1 (the server joins an INSERT's blocks)", parts)
	}
}
