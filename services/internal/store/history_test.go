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
// prune drops the months in which every kind has expired, deletes the
// expired kinds of the months that hold kept kinds too (unless a delete of
// them is still running), and leaves the rest.
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
	now := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC) // 180 days before is 2026-06-08
	// The built-in policy: messages 180 days, the rest kept.
	conn.Answer([]any{"message", uint32(202503)}, []any{"listing", uint32(202503)}, // a delete still running
		[]any{"message", uint32(202504)}, // messages only
		[]any{"listing", uint32(202505)}, []any{"message", uint32(202505)}, []any{"order", uint32(202505)},
		[]any{"listing", uint32(202606)}, []any{"message", uint32(202606)}) // not yet expired
	conn.Answer([]any{"DELETE WHERE (kind = 'message') AND (toYYYYMM(event_time) = 202503)"})
	pruned, err := s.PruneHistory(ctx, policy.Default().History, now, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []store.ArchivePrune{{Month: 202504, Kinds: []string{"message"}, Dropped: true}, {Month: 202505, Kinds: []string{"message"}}}
	if !reflect.DeepEqual(pruned, want) {
		t.Errorf("pruned %v, want %v", pruned, want)
	}
	// Each kind by its own retention: orders a year, so from 2025-12-05.
	h := policy.History{MessageRetentionDays: 180, OrderRetentionDays: 365}
	conn.Answer([]any{"message", uint32(202510)}, []any{"order", uint32(202510)},
		[]any{"message", uint32(202512)}, []any{"order", uint32(202512)})
	pruned, err = s.PruneHistory(ctx, h, now, "")
	if err != nil {
		t.Fatal(err)
	}
	want = []store.ArchivePrune{{Month: 202510, Kinds: []string{"message", "order"}, Dropped: true}, {Month: 202512, Kinds: []string{"message"}}}
	if !reflect.DeepEqual(pruned, want) {
		t.Errorf("pruned %v, want %v", pruned, want)
	}
	// On a cluster: the months through the Distributed table, the mutations
	// of every replica, the drops and deletes ON CLUSTER.
	conn.Answer([]any{"message", uint32(202504)}, []any{"listing", uint32(202505)}, []any{"message", uint32(202505)})
	if _, err := s.PruneHistory(ctx, policy.Default().History, now, "prod"); err != nil {
		t.Fatal(err)
	}
	// Every kind kept: nothing is read.
	if pruned, err := s.PruneHistory(ctx, policy.History{}, now, ""); err != nil || pruned != nil {
		t.Errorf("keeping everything pruned %v, %v", pruned, err)
	}
	chdbtest.Verify(t, conn)
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
// prune under the built-in policy drops a month of messages only, deletes the
// messages of a month that also holds listings (a mutation) and keeps those
// listings, and the recent months; a second prune does nothing new.
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

	// June 2024: messages only. January 2025: a message and a listing.
	// November 2026: the same, recent.
	older, old := time.Date(2024, 6, 3, 8, 0, 0, 0, time.UTC), time.Date(2025, 1, 15, 8, 0, 0, 0, time.UTC)
	var a store.ArchiveRows
	for i, when := range []time.Time{old, recent} {
		id := string(rune('a' + i))
		a.Add(&schemas.Message{EventID: "e-m" + id, MessageID: "m" + id, ConversationID: "C-2", MerchantID: "M-1", SentAt: when}, []byte(`{}`), schemas.TopicMessages, 0, int64(i), at)
		a.Add(&schemas.Listing{EventID: "e-l" + id, ListingID: "L-2", Version: int64(i + 1), MerchantID: "M-1", UpdatedAt: when}, []byte(`{}`), schemas.TopicListings, 0, int64(i), at)
	}
	for i := range 2 {
		a.Add(&schemas.Message{EventID: "e-mo" + strconv.Itoa(i), MessageID: "mo" + strconv.Itoa(i), ConversationID: "C-3", MerchantID: "M-1", SentAt: older}, []byte(`{}`), schemas.TopicMessages, 0, int64(10+i), at)
	}
	if err := s.InsertArchive(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if got := archiveMonths(t, s); !reflect.DeepEqual(got, []string{"202406", "202501", "202611"}) {
		t.Fatalf("partitions = %v, want one per month", got)
	}
	before := archiveCounts(t, s)
	now := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)
	pruned, err := s.PruneHistory(ctx, policy.Default().History, now, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []store.ArchivePrune{{Month: 202406, Kinds: []string{"message"}, Dropped: true}, {Month: 202501, Kinds: []string{"message"}}}
	if !reflect.DeepEqual(pruned, want) {
		t.Fatalf("pruned %v, want %v", pruned, want)
	}
	// At once, while the delete may still run: nothing new.
	if pruned, err := s.PruneHistory(ctx, policy.Default().History, now, ""); err != nil || len(pruned) != 0 {
		t.Fatalf("second prune: %v, %v; want nothing", pruned, err)
	}
	// The mutation as the server keeps it is recognised as that delete.
	commands := archiveMutations(t, s)
	if len(commands) != 1 || !store.DeletePending(commands, "message", 202501) || store.DeletePending(commands, "message", 202502) || store.DeletePending(commands, "listing", 202501) {
		t.Errorf("mutations %q: want one, the delete of the messages of 202501", commands)
	}
	// June 2024 is gone; the message of January 2025 too, its listing stays.
	if got := archiveMonths(t, s); !reflect.DeepEqual(got, []string{"202501", "202611"}) {
		t.Errorf("partitions after prune = %v", got)
	}
	if got, want := archiveCounts(t, s), map[string]uint64{"listing": 3, "message": 2, "order": 1, "complaint": 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("archive after prune = %v, want %v (before %v)", got, want, before)
	}
	if pruned, err := s.PruneHistory(ctx, policy.Default().History, now, ""); err != nil || len(pruned) != 0 {
		t.Fatalf("prune after the delete: %v, %v; want nothing", pruned, err)
	}
}

// archiveMonths lists the partitions of event_archive that hold rows.
func archiveMonths(t *testing.T, s *store.Store) []string {
	t.Helper()
	rows, err := s.DB().Query(context.Background(), "SELECT DISTINCT partition FROM system.parts WHERE database = ? AND table = 'event_archive' AND active AND rows > 0 ORDER BY partition", s.Database())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// archiveMutations waits for the mutations of event_archive to be done and
// returns their commands.
func archiveMutations(t *testing.T, s *store.Store) []string {
	t.Helper()
	ctx := context.Background()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		var pending uint64
		if err := s.DB().QueryRow(ctx, "SELECT toUInt64(countIf(is_done = 0)) FROM system.mutations WHERE database = ? AND table = 'event_archive'", s.Database()).Scan(&pending); err != nil {
			t.Fatal(err)
		}
		if pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d mutations of event_archive still running after 30s", pending)
		}
	}
	rows, err := s.DB().Query(ctx, "SELECT command FROM system.mutations WHERE database = ? AND table = 'event_archive'", s.Database())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
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
