// Package store writes Haili's results to ClickHouse and reads back the state
// the workers rebuild on start. Its SQL lives in queries/*.sql; the schema is
// the schemas/clickhouse migrations. Every write is idempotent by a
// deterministic id, so a retried or replayed batch collapses.
package store

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"go.uber.org/zap"

	"github.com/haili/haili/schemas"
	chschema "github.com/haili/haili/schemas/clickhouse"
)

//go:embed queries/*.sql
var queryFiles embed.FS

func query(name string) string {
	b, err := queryFiles.ReadFile("queries/" + name + ".sql")
	if err != nil {
		// Query names are constants in this package; a missing one is a build defect.
		panic(err)
	}
	return strings.TrimSpace(string(b))
}

// Config says where ClickHouse is.
type Config struct {
	Addr        string // host:port of the native protocol
	Database    string
	User        string
	Password    string
	DialTimeout time.Duration
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if c.Addr == "" {
		return errors.New("clickhouse address is required (--clickhouse host:port)")
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("clickhouse address %q: %w", c.Addr, err)
	}
	if c.Database == "" || strings.ContainsAny(c.Database, "`\"' ;.") {
		return fmt.Errorf("clickhouse database %q is not a plain name", c.Database)
	}
	return nil
}

// Store is a connection to Haili's ClickHouse database.
type Store struct {
	conn driver.Conn
	db   string
	log  *zap.Logger
}

func open(cfg Config, database string) (driver.Conn, error) {
	timeout := cfg.DialTimeout
	if timeout == 0 {
		timeout = 5 * time.Second
	}
	return clickhouse.Open(&clickhouse.Options{
		Addr:        []string{cfg.Addr},
		Protocol:    clickhouse.Native,
		Auth:        clickhouse.Auth{Database: database, Username: cfg.User, Password: cfg.Password},
		DialTimeout: timeout,
		ReadTimeout: 60 * time.Second,
	})
}

// Open connects to ClickHouse, creating the database if it does not exist.
func Open(ctx context.Context, cfg Config, log *zap.Logger) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	boot, err := open(cfg, "default")
	if err != nil {
		return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
	}
	err = boot.Exec(ctx, "CREATE DATABASE IF NOT EXISTS `"+cfg.Database+"`")
	boot.Close()
	if err != nil {
		return nil, fmt.Errorf("clickhouse %s: create database %s: %w", cfg.Addr, cfg.Database, err)
	}
	conn, err := open(cfg, cfg.Database)
	if err != nil {
		return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
	}
	if err := conn.Ping(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
	}
	return &Store{conn: conn, db: cfg.Database, log: log}, nil
}

// Database is the database the store writes to.
func (s *Store) Database() string { return s.db }

// Close closes the connection.
func (s *Store) Close() error { return s.conn.Close() }

// Conn exposes the connection for read queries of other packages and tests.
func (s *Store) Conn() driver.Conn { return s.conn }

// Ping checks that ClickHouse answers.
func (s *Store) Ping(ctx context.Context) error { return s.conn.Ping(ctx) }

// Migrate applies the migrations not yet recorded in schema_migrations and
// returns the names of those it applied.
func (s *Store) Migrate(ctx context.Context) ([]string, error) {
	ms, err := chschema.Migrations()
	if err != nil {
		return nil, err
	}
	if err := s.conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version UInt32, name String, applied_at DateTime('UTC')
	) ENGINE = ReplacingMergeTree(applied_at) ORDER BY version`); err != nil {
		return nil, fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	done := map[uint32]bool{}
	rows, err := s.conn.Query(ctx, "SELECT version FROM schema_migrations")
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
			if err := s.conn.Exec(ctx, stmt); err != nil {
				return applied, fmt.Errorf("migrate %s: %w", m.Name, err)
			}
		}
		if err := s.recordMigration(ctx, m); err != nil {
			return applied, fmt.Errorf("migrate %s: record: %w", m.Name, err)
		}
		applied = append(applied, m.Name)
		s.log.Info("applied migration", zap.String("migration", m.Name), zap.String("database", s.db))
	}
	return applied, nil
}

// recordMigration inserts through a batch: ClickHouse 18.16 does not answer an
// INSERT with inline VALUES sent over the native protocol.
func (s *Store) recordMigration(ctx context.Context, m chschema.Migration) error {
	b, err := s.conn.PrepareBatch(ctx, "INSERT INTO schema_migrations (version, name, applied_at)")
	if err != nil {
		return err
	}
	if err := b.Append(uint32(m.Version), m.Name, time.Now().UTC()); err != nil {
		b.Abort()
		return err
	}
	return b.Send()
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
	if len(rows) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, query("insert_findings"))
	if err != nil {
		return fmt.Errorf("insert findings: %w", err)
	}
	for _, r := range rows {
		ev := r.EvidenceJSON
		var err error
		if ev == nil {
			ev, err = json.Marshal(r.Evidence)
		}
		if err != nil {
			b.Abort()
			return fmt.Errorf("insert findings: evidence of %s: %w", r.FindingID, err)
		}
		eventTime := r.EventTime
		if eventTime.IsZero() {
			eventTime = r.DetectedAt
		}
		if err := b.Append(r.FindingID, r.EventID, r.Subject, r.SubjectID, uint64(r.SubjectVersion), r.MerchantID,
			r.Violation, r.Rule, r.Confidence, string(ev), r.Explanation, r.ExplanationZH, r.DetectorVersion,
			r.PolicyVersion, eventTime.UTC(), r.DetectedAt.UTC(), r.SourceTopic, r.SourcePartition, r.SourceOffset); err != nil {
			b.Abort()
			return fmt.Errorf("insert findings: %w", err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert findings: %w", err)
	}
	return nil
}

// InsertListingChecks writes listing check records in one batch.
func (s *Store) InsertListingChecks(ctx context.Context, checks []schemas.ListingCheck) error {
	if len(checks) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, query("insert_listing_checks"))
	if err != nil {
		return fmt.Errorf("insert listing checks: %w", err)
	}
	for _, c := range checks {
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
		if err := b.Append(c.ListingID, uint64(c.Version), c.MerchantID, c.EventID, deleted, codes, counts, total,
			c.DetectorVersion, c.PolicyVersion, updated.UTC(), c.CheckedAt.UTC()); err != nil {
			b.Abort()
			return fmt.Errorf("insert listing checks: %w", err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert listing checks: %w", err)
	}
	return nil
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
	if len(rows) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, query("insert_conversations"))
	if err != nil {
		return fmt.Errorf("save conversations: %w", err)
	}
	for _, r := range rows {
		if err := b.Append(r.ConversationID, r.MerchantID, string(r.State), r.Seq, r.UpdatedAt.UTC()); err != nil {
			b.Abort()
			return fmt.Errorf("save conversations: %w", err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("save conversations: %w", err)
	}
	return nil
}

// LoadConversations calls fn for every conversation updated since since.
func (s *Store) LoadConversations(ctx context.Context, since time.Time, fn func(id string, state []byte) error) error {
	rows, err := s.conn.Query(ctx, query("select_conversations"), since.UTC())
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
	if len(rows) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, query("insert_market_sketches"))
	if err != nil {
		return fmt.Errorf("save market: %w", err)
	}
	for _, r := range rows {
		if err := b.Append(r.CategoryID, r.Unit, r.Source, r.Count, string(r.Data), at.UTC()); err != nil {
			b.Abort()
			return fmt.Errorf("save market: %w", err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("save market: %w", err)
	}
	return nil
}

// LoadMarket calls fn for every stored market sketch row.
func (s *Store) LoadMarket(ctx context.Context, fn func(MarketRow) error) error {
	rows, err := s.conn.Query(ctx, query("select_market_sketches"))
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
	rows, err := s.conn.Query(ctx, query("finding_counts"))
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
