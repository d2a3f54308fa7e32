// Package store writes Haili's results to ClickHouse and reads back the state
// the workers rebuild on start. It reaches ClickHouse through chdb; its SQL
// lives in queries/*.sql; the schema is the schemas/clickhouse migrations. Every write is idempotent by a
// deterministic id, so a retried or replayed batch collapses.
package store

import (
	"context"
	_ "embed" // the SQL files
	"encoding/json"
	"fmt"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/schemas"
	chschema "github.com/haili/haili/schemas/clickhouse"
	"github.com/haili/haili/services/internal/chdb"
)

// The store's SQL, one file each (queries/).
var (
	//go:embed queries/create_schema_migrations.sql
	sqlCreateSchemaMigrations string
	//go:embed queries/select_migrations.sql
	sqlSelectMigrations string
	//go:embed queries/select_conversations.sql
	sqlSelectConversations string
	//go:embed queries/select_market_sketches.sql
	sqlSelectMarketSketches string
	//go:embed queries/finding_counts.sql
	sqlFindingCounts string
)

// The columns of each insert, in the order of its row's values.
var (
	migrationColumns    = []string{"version", "name", "applied_at"}
	findingColumns      = []string{"finding_id", "event_id", "subject", "subject_id", "subject_version", "merchant_id", "violation", "rule", "confidence", "evidence", "explanation", "explanation_zh", "detector_version", "policy_version", "event_time", "detected_at", "source_topic", "source_partition", "source_offset"}
	listingCheckColumns = []string{"listing_id", "version", "merchant_id", "event_id", "deleted", "codes", "counts", "findings", "detector_version", "policy_version", "updated_at", "checked_at"}
	conversationColumns = []string{"conversation_id", "merchant_id", "state", "seq", "updated_at"}
	marketColumns       = []string{"category_id", "unit", "source", "count", "data", "updated_at"}
)

// Store is Haili's ClickHouse database, as the detection role and the
// commands use it.
type Store struct {
	db  *chdb.DB
	log *zap.Logger
}

// Open connects to ClickHouse, creating the database if it does not exist.
func Open(ctx context.Context, cfg chdb.Config, log *zap.Logger) (*Store, error) {
	db, err := chdb.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return New(db, log), nil
}

// New is a store over db.
func New(db *chdb.DB, log *zap.Logger) *Store { return &Store{db: db, log: log} }

// Database is the database the store writes to.
func (s *Store) Database() string { return s.db.Name() }

// DB is the database, for the packages that keep their own tables in it
// (enforce, api) and for tests.
func (s *Store) DB() *chdb.DB { return s.db }

// Close closes the connection.
func (s *Store) Close() error { return s.db.Close() }

// Ping checks that ClickHouse answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.Ping(ctx) }

// Migrate applies the migrations not yet recorded in schema_migrations and
// returns the names of those it applied.
func (s *Store) Migrate(ctx context.Context) ([]string, error) {
	ms, err := chschema.Migrations()
	if err != nil {
		return nil, err
	}
	if err := s.db.Exec(ctx, sqlCreateSchemaMigrations); err != nil {
		return nil, fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	done := map[uint32]bool{}
	rows, err := s.db.Query(ctx, sqlSelectMigrations)
	if err != nil {
		return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	for rows.Next() {
		var v uint32
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
		}
		done[v] = true
	}
	rows.Close()
	var applied []string
	for _, m := range ms {
		if done[uint32(m.Version)] {
			continue
		}
		for _, stmt := range m.Statements {
			if err := s.db.Exec(ctx, stmt); err != nil {
				return applied, fmt.Errorf("migrate %s: %w", m.Name, err)
			}
		}
		if err := s.recordMigration(ctx, m); err != nil {
			return applied, fmt.Errorf("migrate %s: record: %w", m.Name, err)
		}
		applied = append(applied, m.Name)
		s.log.Info("applied migration", zap.String("migration", m.Name), zap.String("database", s.db.Name()))
	}
	return applied, nil
}

func (s *Store) recordMigration(ctx context.Context, m chschema.Migration) error {
	return s.db.Insert(ctx, "schema_migrations", migrationColumns, 1, func(int) []any {
		return []any{uint32(m.Version), m.Name, time.Now().UTC()}
	})
}

// FindingRow is a finding with the Kafka position it came from.
type FindingRow struct {
	schemas.Finding
	// EvidenceJSON is Finding.Evidence already encoded (by
	// schemas.AppendJSONValue); nil means encode it on insert.
	EvidenceJSON    []byte
	SourceTopic     string
	SourcePartition int32
	SourceOffset    int64
}

// InsertFindings writes findings in one batch.
func (s *Store) InsertFindings(ctx context.Context, rows []FindingRow) error {
	return s.insertFindings(ctx, "findings", rows)
}

// insertFindings writes findings to table, findings or shadow_findings (the
// same columns), column-wise: a row-wise batch boxes 19 values a row and
// converts each on its own.
func (s *Store) insertFindings(ctx context.Context, table string, rows []FindingRow) error {
	n := len(rows)
	var (
		findingID, eventID, subject, subjectID, merchantID = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		violation, rule, explanation, explanationZH        = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		detectorVersion, policyVersion, sourceTopic        = make([]string, n), make([]string, n), make([]string, n)
		evidence                                           = make([][]byte, n)
		subjectVersion                                     = make([]uint64, n)
		confidence                                         = make([]float64, n)
		eventTime, detectedAt                              = make([]time.Time, n), make([]time.Time, n)
		sourcePartition                                    = make([]int32, n)
		sourceOffset                                       = make([]int64, n)
	)
	for i := range rows {
		r := &rows[i]
		evidence[i] = r.EvidenceJSON
		if evidence[i] == nil {
			ev, err := json.Marshal(r.Evidence)
			if err != nil {
				return fmt.Errorf("insert %s: evidence of %s: %w", table, r.FindingID, err)
			}
			evidence[i] = ev
		}
		findingID[i], eventID[i], subject[i], subjectID[i], merchantID[i] = r.FindingID, r.EventID, r.Subject, r.SubjectID, r.MerchantID
		violation[i], rule[i], explanation[i], explanationZH[i] = r.Violation, r.Rule, r.Explanation, r.ExplanationZH
		detectorVersion[i], policyVersion[i], sourceTopic[i] = r.DetectorVersion, r.PolicyVersion, r.SourceTopic
		subjectVersion[i], confidence[i] = uint64(r.SubjectVersion), r.Confidence
		eventTime[i], detectedAt[i] = r.EventTime, r.DetectedAt
		if eventTime[i].IsZero() {
			eventTime[i] = r.DetectedAt
		}
		sourcePartition[i], sourceOffset[i] = r.SourcePartition, r.SourceOffset
	}
	return s.db.InsertColumns(ctx, table, findingColumns, n, []any{findingID, eventID, subject, subjectID, subjectVersion, merchantID,
		violation, rule, confidence, evidence, explanation, explanationZH, detectorVersion,
		policyVersion, eventTime, detectedAt, sourceTopic, sourcePartition, sourceOffset})
}

// InsertListingChecks writes listing check records in one batch.
func (s *Store) InsertListingChecks(ctx context.Context, checks []schemas.ListingCheck) error {
	return s.db.Insert(ctx, "listing_checks", listingCheckColumns, len(checks), func(i int) []any {
		c := &checks[i]
		codes := make([]string, 0, len(schemas.ListingCodes))
		counts := make([]uint32, 0, len(schemas.ListingCodes))
		var total uint32
		for _, code := range schemas.ListingCodes {
			codes = append(codes, code)
			counts = append(counts, uint32(c.Counts[code]))
			total += uint32(c.Counts[code])
		}
		var deleted uint8
		if c.Deleted {
			deleted = 1
		}
		updated := c.UpdatedAt
		if updated.IsZero() {
			updated = c.CheckedAt
		}
		return []any{c.ListingID, uint64(c.Version), c.MerchantID, c.EventID, deleted, codes, counts, total,
			c.DetectorVersion, c.PolicyVersion, updated.UTC(), c.CheckedAt.UTC()}
	})
}

// ConversationRow is one conversation's persisted detector context.
type ConversationRow struct {
	ConversationID string
	MerchantID     string
	State          []byte // JSON of message.Conversation
	Seq            uint64 // increases with every update; the highest wins
	UpdatedAt      time.Time
}

// SaveConversations writes conversation contexts in one batch.
func (s *Store) SaveConversations(ctx context.Context, rows []ConversationRow) error {
	// Rebuilt by the partition's next owner: a quorum insert (chdb.WithQuorum).
	// Column-wise, like the findings.
	n := len(rows)
	id, merchant, state, seq, updated := make([]string, n), make([]string, n), make([][]byte, n), make([]uint64, n), make([]time.Time, n)
	for i := range rows {
		r := &rows[i]
		id[i], merchant[i], state[i], seq[i], updated[i] = r.ConversationID, r.MerchantID, r.State, r.Seq, r.UpdatedAt
	}
	return s.db.InsertColumns(chdb.WithQuorum(ctx), "conversations", conversationColumns, n, []any{id, merchant, state, seq, updated})
}

// LoadConversations calls fn for every conversation updated since since.
func (s *Store) LoadConversations(ctx context.Context, since time.Time, fn func(id string, state []byte) error) error {
	rows, err := s.db.Query(ctx, sqlSelectConversations, since.UTC())
	if err != nil {
		return fmt.Errorf("load conversations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, state string
		if err := rows.Scan(&id, &state); err != nil {
			return fmt.Errorf("load conversations: %w", err)
		}
		if err := fn(id, []byte(state)); err != nil {
			return fmt.Errorf("load conversations: %s: %w", id, err)
		}
	}
	return rows.Err()
}

// MarketRow is one persisted market sketch set.
type MarketRow struct {
	CategoryID, Unit, Source string
	Count                    uint64
	Data                     []byte
}

// SaveMarket writes market sketch rows of one source (a worker incarnation).
func (s *Store) SaveMarket(ctx context.Context, rows []MarketRow, at time.Time) error {
	return s.db.Insert(ctx, "market_sketches", marketColumns, len(rows), func(i int) []any {
		r := &rows[i]
		return []any{r.CategoryID, r.Unit, r.Source, r.Count, string(r.Data), at.UTC()}
	})
}

// LoadMarket calls fn for every stored market sketch row.
func (s *Store) LoadMarket(ctx context.Context, fn func(MarketRow) error) error {
	rows, err := s.db.Query(ctx, sqlSelectMarketSketches)
	if err != nil {
		return fmt.Errorf("load market: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r MarketRow
		var data string
		if err := rows.Scan(&r.CategoryID, &r.Unit, &r.Source, &r.Count, &data); err != nil {
			return fmt.Errorf("load market: %w", err)
		}
		r.Data = []byte(data)
		if err := fn(r); err != nil {
			return fmt.Errorf("load market: %s/%s: %w", r.CategoryID, r.Unit, err)
		}
	}
	return rows.Err()
}

// ViolationCount is the deduplicated number of findings of one code.
type ViolationCount struct {
	Violation string
	Findings  uint64
	Merchants uint64
}

// FindingCounts returns the deduplicated findings per violation code.
func (s *Store) FindingCounts(ctx context.Context) ([]ViolationCount, error) {
	rows, err := s.db.Query(ctx, sqlFindingCounts)
	if err != nil {
		return nil, fmt.Errorf("finding counts: %w", err)
	}
	defer rows.Close()
	var out []ViolationCount
	for rows.Next() {
		var c ViolationCount
		if err := rows.Scan(&c.Violation, &c.Findings, &c.Merchants); err != nil {
			return nil, fmt.Errorf("finding counts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
