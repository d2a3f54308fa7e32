// Package archivetest fills event_archive for tests the way the detection
// worker archives what it consumes (migration 0005's contract): one row per
// event, its payload the event's bytes.
package archivetest

import (
	"context"
	"testing"
	"time"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
)

var columns = []string{"kind", "event_id", "subject_id", "thread_id", "merchant_id", "category_id", "version", "event_time", "payload", "source_topic", "source_partition", "source_offset", "archived_at"}

// Row is one event_archive row.
type Row struct {
	Kind, EventID, SubjectID, ThreadID, MerchantID, CategoryID string
	Version                                                    uint64
	EventTime                                                  time.Time
	Payload                                                    []byte
	Topic                                                      string
	Partition                                                  int32
	Offset                                                     int64
}

// RowOf is the archive row of one event line; offset is its position.
func RowOf(t testing.TB, line []byte, offset int64) Row {
	t.Helper()
	var dec schemas.Decoder
	ev, err := dec.Decode(line)
	if err != nil {
		t.Fatalf("archivetest: %v", err)
	}
	r := Row{EventID: ev.ID(), MerchantID: ev.Merchant(), EventTime: ev.OccurredAt(), Payload: line, Offset: offset}
	switch ev := ev.(type) {
	case *schemas.Listing:
		r.Kind, r.SubjectID, r.ThreadID, r.CategoryID, r.Version, r.Topic = "listing", ev.ListingID, ev.ListingID, ev.CategoryID, uint64(ev.Version), schemas.TopicListings
	case *schemas.Message:
		r.Kind, r.SubjectID, r.ThreadID, r.Topic = "message", ev.MessageID, ev.ConversationID, schemas.TopicMessages
	case *schemas.Order:
		r.Kind, r.SubjectID, r.ThreadID, r.Topic = "order", ev.OrderID, ev.ListingID, schemas.TopicOrders
	case *schemas.Complaint:
		r.Kind, r.SubjectID, r.ThreadID, r.Topic = "complaint", ev.ComplaintID, ev.MerchantID, schemas.TopicComplaints
	}
	return r
}

// Insert writes rows in batches of at most 100,000.
func Insert(t testing.TB, db *chdb.DB, rows []Row) {
	t.Helper()
	at := time.Now().UTC().Truncate(time.Second)
	for start := 0; start < len(rows); start += 100_000 {
		part := rows[start:min(len(rows), start+100_000)]
		err := db.Insert(context.Background(), "event_archive", columns, len(part), func(i int) []any {
			r := &part[i]
			return []any{r.Kind, r.EventID, r.SubjectID, r.ThreadID, r.MerchantID, r.CategoryID, r.Version, r.EventTime.UTC(),
				string(r.Payload), r.Topic, r.Partition, r.Offset, at}
		})
		if err != nil {
			t.Fatalf("archivetest: %v", err)
		}
	}
}
