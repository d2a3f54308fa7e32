package store

import (
	"context"
	_ "embed" // the SQL files
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
)

var (
	//go:embed queries/select_archive_partitions.sql
	sqlSelectArchivePartitions string
	//go:embed queries/drop_archive_partition.sql
	sqlDropArchivePartition string
	//go:embed queries/select_archive_partitions_cluster.sql
	sqlSelectArchivePartitionsCluster string
	//go:embed queries/drop_archive_partition_cluster.sql
	sqlDropArchivePartitionCluster string
)

// The kinds of archived event (event_archive.kind).
const (
	KindListing   = "listing"
	KindMessage   = "message"
	KindOrder     = "order"
	KindComplaint = "complaint"
)

// ArchiveKinds are the kinds of archived event, in the order of the input topics.
var ArchiveKinds = []string{KindListing, KindMessage, KindOrder, KindComplaint}

var archiveColumns = []string{"kind", "event_id", "subject_id", "thread_id", "merchant_id", "category_id", "version", "event_time", "payload", "source_topic", "source_partition", "source_offset", "archived_at"}

// ArchiveRows are events bound for event_archive, held column-wise: the
// detection worker appends every event it consumes, and one insert sends each
// column in one piece. The strings are the decoded event's own and the
// payloads the consumed messages' bytes: appending copies no event.
type ArchiveRows struct {
	Kind, EventID, SubjectID, ThreadID, MerchantID, CategoryID []string
	Version                                                    []uint64
	EventTime                                                  []time.Time
	Payload                                                    [][]byte
	SourceTopic                                                []string
	SourcePartition                                            []int32
	SourceOffset                                               []int64
	ArchivedAt                                                 []time.Time
}

// Len is the number of rows.
func (a *ArchiveRows) Len() int { return len(a.Kind) }

// Reset empties a, keeping its capacity.
func (a *ArchiveRows) Reset() {
	a.Kind, a.EventID, a.SubjectID, a.ThreadID = a.Kind[:0], a.EventID[:0], a.SubjectID[:0], a.ThreadID[:0]
	a.MerchantID, a.CategoryID, a.Version, a.EventTime = a.MerchantID[:0], a.CategoryID[:0], a.Version[:0], a.EventTime[:0]
	clear(a.Payload) // let the consumed messages go
	a.Payload, a.SourceTopic, a.SourcePartition, a.SourceOffset = a.Payload[:0], a.SourceTopic[:0], a.SourcePartition[:0], a.SourceOffset[:0]
	a.ArchivedAt = a.ArchivedAt[:0]
}

// Add appends ev, received as payload at a Kafka position, archived at at.
// Per kind (the contract of migration 0005): the thread is the conversation
// of a message, the listing of a listing or an order, the merchant of a
// complaint; the version is a listing's, else 0.
func (a *ArchiveRows) Add(ev schemas.Event, payload []byte, topic string, partition int32, offset int64, at time.Time) {
	var kind, subject, thread, category string
	var version uint64
	switch ev := ev.(type) {
	case *schemas.Listing:
		kind, subject, thread, category, version = KindListing, ev.ListingID, ev.ListingID, ev.CategoryID, uint64(ev.Version)
	case *schemas.Message:
		kind, subject, thread = KindMessage, ev.MessageID, ev.ConversationID
	case *schemas.Order:
		kind, subject, thread = KindOrder, ev.OrderID, ev.ListingID
	case *schemas.Complaint:
		kind, subject, thread = KindComplaint, ev.ComplaintID, ev.MerchantID
	default:
		return // the decoder makes no other
	}
	a.Kind = append(a.Kind, kind)
	a.EventID = append(a.EventID, ev.ID())
	a.SubjectID = append(a.SubjectID, subject)
	a.ThreadID = append(a.ThreadID, thread)
	a.MerchantID = append(a.MerchantID, ev.Merchant())
	a.CategoryID = append(a.CategoryID, category)
	a.Version = append(a.Version, version)
	a.EventTime = append(a.EventTime, ev.OccurredAt())
	a.Payload = append(a.Payload, payload)
	a.SourceTopic = append(a.SourceTopic, topic)
	a.SourcePartition = append(a.SourcePartition, partition)
	a.SourceOffset = append(a.SourceOffset, offset)
	a.ArchivedAt = append(a.ArchivedAt, at)
}

// AddRows appends the rows of o.
func (a *ArchiveRows) AddRows(o *ArchiveRows) {
	a.Kind = append(a.Kind, o.Kind...)
	a.EventID = append(a.EventID, o.EventID...)
	a.SubjectID = append(a.SubjectID, o.SubjectID...)
	a.ThreadID = append(a.ThreadID, o.ThreadID...)
	a.MerchantID = append(a.MerchantID, o.MerchantID...)
	a.CategoryID = append(a.CategoryID, o.CategoryID...)
	a.Version = append(a.Version, o.Version...)
	a.EventTime = append(a.EventTime, o.EventTime...)
	a.Payload = append(a.Payload, o.Payload...)
	a.SourceTopic = append(a.SourceTopic, o.SourceTopic...)
	a.SourcePartition = append(a.SourcePartition, o.SourcePartition...)
	a.SourceOffset = append(a.SourceOffset, o.SourceOffset...)
	a.ArchivedAt = append(a.ArchivedAt, o.ArchivedAt...)
}

// InsertArchive writes archived events in one column-wise batch. A replayed
// batch writes the same sorting keys, which event_archive (a
// ReplacingMergeTree) collapses.
func (s *Store) InsertArchive(ctx context.Context, a *ArchiveRows) error {
	return s.db.InsertColumns(ctx, "event_archive", archiveColumns, a.Len(), []any{
		a.Kind, a.EventID, a.SubjectID, a.ThreadID, a.MerchantID, a.CategoryID, a.Version, a.EventTime,
		a.Payload, a.SourceTopic, a.SourcePartition, a.SourceOffset, a.ArchivedAt,
	})
}

// InsertShadowFindings writes what a candidate policy found (haili detect
// --shadow-policy) to shadow_findings, in one batch.
func (s *Store) InsertShadowFindings(ctx context.Context, rows []FindingRow) error {
	return s.insertFindings(ctx, "shadow_findings", rows)
}

// ArchivePartition is one (kind, month) partition of event_archive.
type ArchivePartition struct {
	Kind  string
	Month int // YYYYMM
}

// PruneHistory drops the event_archive partitions that lie wholly before
// the retention of their kind (policy.History; 0 keeps a kind for good): a
// month goes once its last day is older than now minus the retention. Whole
// partitions are dropped, never rows deleted, so pruning costs no merge and
// touches no other kind. It returns what it dropped.
//
// With a cluster name (the schema of haili migrate --print --cluster), it
// reads the partitions of event_archive_local on every shard and drops them
// ON CLUSTER; empty means one server.
func (s *Store) PruneHistory(ctx context.Context, h policy.History, now time.Time, cluster string) ([]ArchivePartition, error) {
	parts, err := s.archivePartitions(ctx, cluster)
	if err != nil {
		return nil, err
	}
	var dropped []ArchivePartition
	for _, p := range parts {
		days, ok := h.RetentionDays(p.Kind)
		if !ok || days == 0 {
			continue
		}
		if !monthEnd(p.Month).Before(now.AddDate(0, 0, -days)) {
			continue
		}
		var err error
		if cluster == "" {
			err = s.db.Exec(ctx, sqlDropArchivePartition, p.Kind, uint32(p.Month))
		} else {
			err = s.db.Exec(ctx, sqlDropArchivePartitionCluster, cluster, p.Kind, uint32(p.Month))
		}
		if err != nil {
			return dropped, fmt.Errorf("prune history: drop %s %d: %w", p.Kind, p.Month, err)
		}
		dropped = append(dropped, p)
		s.log.Info("dropped event archive partition", zap.String("kind", p.Kind), zap.Int("month", p.Month), zap.Int("retention_days", days))
	}
	return dropped, nil
}

// monthEnd is the first instant after month (YYYYMM), in UTC.
func monthEnd(month int) time.Time {
	return time.Date(month/100, time.Month(month%100)+1, 1, 0, 0, 0, 0, time.UTC)
}

// ArchivePartitions lists the active partitions of event_archive, from
// system.parts.
func (s *Store) ArchivePartitions(ctx context.Context) ([]ArchivePartition, error) {
	return s.archivePartitions(ctx, "")
}

// archivePartitions lists the partitions of event_archive, or with a
// cluster those of event_archive_local on all its shards.
func (s *Store) archivePartitions(ctx context.Context, cluster string) ([]ArchivePartition, error) {
	var rows chdb.Rows
	var err error
	if cluster == "" {
		rows, err = s.db.Query(ctx, sqlSelectArchivePartitions, s.db.Name())
	} else {
		rows, err = s.db.Query(ctx, sqlSelectArchivePartitionsCluster, cluster, s.db.Name())
	}
	if err != nil {
		return nil, fmt.Errorf("archive partitions: %w", err)
	}
	defer rows.Close()
	var out []ArchivePartition
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			return nil, fmt.Errorf("archive partitions: %w", err)
		}
		p, err := parseArchivePartition(text)
		if err != nil {
			return nil, fmt.Errorf("archive partitions: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// parseArchivePartition reads system.parts.partition of event_archive, the
// partition key's tuple as ClickHouse prints it: ('message',202606).
func parseArchivePartition(text string) (ArchivePartition, error) {
	inner, ok := strings.CutPrefix(strings.TrimSpace(text), "(")
	if ok {
		inner, ok = strings.CutSuffix(inner, ")")
	}
	kind, month, comma := strings.Cut(inner, ",")
	if !ok || !comma {
		return ArchivePartition{}, fmt.Errorf("partition %q is not (kind, month)", text)
	}
	kind = strings.Trim(strings.TrimSpace(kind), "'")
	m, err := strconv.Atoi(strings.TrimSpace(month))
	if err != nil || m < 197001 || m%100 < 1 || m%100 > 12 {
		return ArchivePartition{}, fmt.Errorf("partition %q: month %q is not YYYYMM", text, month)
	}
	return ArchivePartition{Kind: kind, Month: m}, nil
}
