package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// TestMigratePruneHistory: migrate --prune-history under the built-in policy
// deletes the messages of a month past the 180 days (a mutation: the month
// holds a listing too) and keeps that listing and the recent messages.
func TestMigratePruneHistory(t *testing.T) {
	t.Parallel() // its own database
	s := testenv.Store(t)
	old := time.Now().UTC().AddDate(-1, 0, 0)
	var a store.ArchiveRows
	a.Add(&schemas.Message{EventID: "e-old", MessageID: "m-old", ConversationID: "C-1", MerchantID: "M-1", SentAt: old}, []byte(`{}`), schemas.TopicMessages, 0, 1, old)
	a.Add(&schemas.Message{EventID: "e-new", MessageID: "m-new", ConversationID: "C-1", MerchantID: "M-1", SentAt: time.Now()}, []byte(`{}`), schemas.TopicMessages, 0, 2, old)
	a.Add(&schemas.Listing{EventID: "e-l", ListingID: "L-1", Version: 1, MerchantID: "M-1", UpdatedAt: old}, []byte(`{}`), schemas.TopicListings, 0, 1, old)
	if err := s.InsertArchive(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := haili(t, "", "migrate", "--clickhouse", testenv.ClickHouse(t), "--clickhouse-database", s.Database(), "--prune-history")
	if code != 0 || !strings.Contains(out, "pruned 1 event_archive months ["+old.Format("200601")+" deleting message]") {
		t.Fatalf("migrate --prune-history = exit %d:\n%s%s", code, out, errOut)
	}
	waitMutations(t, s)
	rows, err := s.DB().Query(context.Background(), "SELECT event_id FROM event_archive FINAL ORDER BY event_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if strings.Join(ids, " ") != "e-l e-new" {
		t.Fatalf("archive after prune: %v, want e-l e-new", ids)
	}
}

// waitMutations waits for the mutations of s's tables (the deletes of a
// prune, applied in the background) to be done.
func waitMutations(t *testing.T, s *store.Store) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		var pending uint64
		if err := s.DB().QueryRow(context.Background(), "SELECT toUInt64(countIf(is_done = 0)) FROM system.mutations WHERE database = ?", s.Database()).Scan(&pending); err != nil {
			t.Fatal(err)
		}
		if pending == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d mutations still running after 30s", pending)
		}
	}
}
