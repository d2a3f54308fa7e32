package store

import (
	"context"
	_ "embed" // the SQL files
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
)

var (
	//go:embed queries/select_archive_kinds.sql
	sqlSelectArchiveKinds string
	//go:embed queries/drop_archive_month.sql
	sqlDropArchiveMonth string
	//go:embed queries/drop_archive_month_cluster.sql
	sqlDropArchiveMonthCluster string
	//go:embed queries/delete_archive_kind.sql
	sqlDeleteArchiveKind string
	//go:embed queries/delete_archive_kind_cluster.sql
	sqlDeleteArchiveKindCluster string
	//go:embed queries/select_archive_mutations.sql
	sqlSelectArchiveMutations string
	//go:embed queries/select_archive_mutations_cluster.sql
	sqlSelectArchiveMutationsCluster string
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

// ArchivePrune is what PruneHistory removed from one month of event_archive.
type ArchivePrune struct {
	Month int      // YYYYMM
	Kinds []string // the kinds removed, by name
	// Dropped is true when every kind the month held was past its retention
	// and the month's partition was dropped. Otherwise each kind is being
	// deleted by a mutation, which ClickHouse applies in the background.
	Dropped bool
}

func (p ArchivePrune) String() string {
	how := "deleting"
	if p.Dropped {
		how = "dropped"
	}
	return fmt.Sprintf("%d %s %s", p.Month, how, strings.Join(p.Kinds, ","))
}

// PruneHistory removes the events of event_archive past the retention of
// their kind (policy.History; 0 keeps a kind for good), a month at a time: a
// month's events of a kind go once the month's last day is older than now
// minus the kind's retention. event_archive is partitioned by month alone
// (migration 0005), so a month in which every kind it holds has expired is a
// partition drop, which costs nothing; a month that also holds kinds still
// kept (the listings of the built-in policy) loses its expired kinds by an
// ALTER TABLE … DELETE mutation each, which rewrites the month's parts in the
// background. A mutation still running from an earlier prune is not issued
// again. It returns what it dropped and what it set deleting.
//
// With a cluster name (the schema of haili migrate --print --cluster), it
// reads the months through the Distributed table and drops or deletes in
// every shard's event_archive_local ON CLUSTER; empty means one server.
func (s *Store) PruneHistory(ctx context.Context, h policy.History, now time.Time, cluster string) ([]ArchivePrune, error) {
	shortest := 0
	for _, kind := range ArchiveKinds {
		if days, _ := h.RetentionDays(kind); days > 0 && (shortest == 0 || days < shortest) {
			shortest = days
		}
	}
	if shortest == 0 {
		return nil, nil // every kind is kept
	}
	// No month that ends after the shortest retention's cutoff can go.
	before := now.AddDate(0, 0, -shortest)
	months, err := s.archiveKinds(ctx, time.Date(before.Year(), before.Month(), 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		return nil, err
	}
	if len(months) == 0 {
		return nil, nil
	}
	pending, err := s.archiveMutations(ctx, cluster)
	if err != nil {
		return nil, err
	}
	var pruned []ArchivePrune
	for _, m := range months {
		var expired []string
		for _, kind := range m.kinds {
			days, ok := h.RetentionDays(kind)
			if ok && days > 0 && monthEnd(m.month).Before(now.AddDate(0, 0, -days)) {
				expired = append(expired, kind)
			}
		}
		if len(expired) == 0 {
			continue
		}
		if len(expired) == len(m.kinds) {
			if err := s.dropArchiveMonth(ctx, m.month, cluster); err != nil {
				return pruned, err
			}
			pruned = append(pruned, ArchivePrune{Month: m.month, Kinds: expired, Dropped: true})
			s.log.Info("dropped event archive month", zap.Int("month", m.month), zap.Strings("kinds", expired))
			continue
		}
		var deleting []string
		for _, kind := range expired {
			if deletePending(pending, kind, m.month) {
				s.log.Info("event archive delete still running", zap.Int("month", m.month), zap.String("kind", kind))
				continue
			}
			if err := s.deleteArchiveKind(ctx, kind, m.month, cluster); err != nil {
				return pruned, err
			}
			deleting = append(deleting, kind)
		}
		if len(deleting) > 0 {
			pruned = append(pruned, ArchivePrune{Month: m.month, Kinds: deleting})
			s.log.Info("deleting from event archive month", zap.Int("month", m.month), zap.Strings("kinds", deleting), zap.Strings("kept", kept(m.kinds, expired)))
		}
	}
	return pruned, nil
}

// archiveMonth is a month of event_archive and the kinds it holds.
type archiveMonth struct {
	month int // YYYYMM
	kinds []string
}

// archiveKinds reads which kinds each month before cutoff holds, in month
// order. On a cluster event_archive is the Distributed table over all shards.
func (s *Store) archiveKinds(ctx context.Context, cutoff time.Time) ([]archiveMonth, error) {
	rows, err := s.db.Query(ctx, sqlSelectArchiveKinds, cutoff.UTC())
	if err != nil {
		return nil, fmt.Errorf("archive months: %w", err)
	}
	defer rows.Close()
	var out []archiveMonth
	for rows.Next() {
		var kind string
		var month uint32
		if err := rows.Scan(&kind, &month); err != nil {
			return nil, fmt.Errorf("archive months: %w", err)
		}
		if n := len(out); n == 0 || out[n-1].month != int(month) {
			out = append(out, archiveMonth{month: int(month)})
		}
		out[len(out)-1].kinds = append(out[len(out)-1].kinds, kind)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("archive months: %w", err)
	}
	return out, nil
}

// archiveMutations are the commands of the mutations of event_archive (or
// of event_archive_local on any replica of cluster) not yet done.
func (s *Store) archiveMutations(ctx context.Context, cluster string) ([]string, error) {
	var rows chdb.Rows
	var err error
	if cluster == "" {
		rows, err = s.db.Query(ctx, sqlSelectArchiveMutations, s.db.Name())
	} else {
		rows, err = s.db.Query(ctx, sqlSelectArchiveMutationsCluster, cluster, s.db.Name())
	}
	if err != nil {
		return nil, fmt.Errorf("archive mutations: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var command string
		if err := rows.Scan(&command); err != nil {
			return nil, fmt.Errorf("archive mutations: %w", err)
		}
		out = append(out, command)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("archive mutations: %w", err)
	}
	return out, nil
}

// deletePending tells whether one of the mutation commands deletes kind's
// events of month. ClickHouse keeps the command as it formats it
// (DELETE WHERE (kind = 'message') AND (toYYYYMM(event_time) = 202501) on
// 18.16), so it is matched by its parts rather than its text.
func deletePending(commands []string, kind string, month int) bool {
	for _, c := range commands {
		if strings.HasPrefix(strings.TrimSpace(c), "DELETE") && strings.Contains(c, "'"+kind+"'") && strings.Contains(c, strconv.Itoa(month)) {
			return true
		}
	}
	return false
}

func (s *Store) dropArchiveMonth(ctx context.Context, month int, cluster string) error {
	var err error
	if cluster == "" {
		err = s.db.Exec(ctx, sqlDropArchiveMonth, uint32(month))
	} else {
		err = s.db.Exec(ctx, sqlDropArchiveMonthCluster, cluster, uint32(month))
	}
	if err != nil {
		return fmt.Errorf("prune history: drop month %d: %w", month, err)
	}
	return nil
}

func (s *Store) deleteArchiveKind(ctx context.Context, kind string, month int, cluster string) error {
	var err error
	if cluster == "" {
		err = s.db.Exec(ctx, sqlDeleteArchiveKind, kind, uint32(month))
	} else {
		err = s.db.Exec(ctx, sqlDeleteArchiveKindCluster, cluster, kind, uint32(month))
	}
	if err != nil {
		return fmt.Errorf("prune history: delete %s of month %d: %w", kind, month, err)
	}
	return nil
}

// kept is kinds less expired (both in the same order).
func kept(kinds, expired []string) []string {
	var out []string
	for _, k := range kinds {
		if !slices.Contains(expired, k) {
			out = append(out, k)
		}
	}
	return out
}

// monthEnd is the first instant after month (YYYYMM), in UTC.
func monthEnd(month int) time.Time {
	return time.Date(month/100, time.Month(month%100)+1, 1, 0, 0, 0, 0, time.UTC)
}
