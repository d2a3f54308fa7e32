// Package chdb is the one way the services reach ClickHouse: Open connects,
// Query, QueryRow and Exec run a package's named SQL (each an embedded file,
// bound to a variable next to the code that runs it), and Insert is the one
// batch insert. No driver connection leaves this package: the store,
// enforcement and the API hold a *DB, and their unit tests give New a fake
// Conn that records the SQL it is sent.
package chdb

import (
	"context"
	"errors"
	"fmt"
	"net"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/haili/haili/services/internal/retry"
)

// Conn is what the layer needs of a ClickHouse connection; every
// driver.Conn is one.
type Conn interface {
	Query(ctx context.Context, query string, args ...any) (driver.Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) driver.Row
	PrepareBatch(ctx context.Context, query string, opts ...driver.PrepareBatchOption) (driver.Batch, error)
	Exec(ctx context.Context, query string, args ...any) error
	Ping(ctx context.Context) error
	Close() error
}

var _ Conn = driver.Conn(nil)

// Rows and Row are the results of Query and QueryRow.
type (
	Rows = driver.Rows
	Row  = driver.Row
)

// Config says where ClickHouse is.
type Config struct {
	Addr        string // host:port of the native protocol
	Database    string
	User        string
	Password    string
	DialTimeout time.Duration
	// CreateDatabase makes Open create the database when it does not exist.
	// Only the migration sets it: the roles run as users that may not create
	// databases.
	CreateDatabase bool
	// InsertQuorum is the insert_quorum of the inserts made WithQuorum:
	// "auto" (a majority of the shard's replicas) or a replica count; empty
	// sends none (one server, or a cluster that accepts the risk). See
	// deploy/README.md on its trade-off.
	InsertQuorum string
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
	if q := c.InsertQuorum; q != "" && q != "auto" {
		if n, err := strconv.Atoi(q); err != nil || n < 1 {
			return fmt.Errorf("insert quorum %q: want auto or a number of replicas", q)
		}
	}
	return nil
}

func dial(cfg Config, database string) (driver.Conn, error) {
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

// DB is a connection to one ClickHouse database.
type DB struct {
	conn   Conn
	name   string
	quorum string // Config.InsertQuorum
}

// New wraps conn, a connection to database name.
func New(conn Conn, name string) *DB { return &DB{conn: conn, name: name} }

// Dial connects to an existing database without checking that it answers.
func Dial(cfg Config) (*DB, error) {
	conn, err := dial(cfg, cfg.Database)
	if err != nil {
		return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
	}
	return New(conn, cfg.Database), nil
}

// Open connects to ClickHouse and checks that it answers; with
// CreateDatabase it first creates the database if it does not exist.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.CreateDatabase {
		boot, err := dial(cfg, "default")
		if err != nil {
			return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
		}
		// The name was checked by Validate: a plain name, safe to quote.
		err = boot.Exec(ctx, "CREATE DATABASE IF NOT EXISTS `"+cfg.Database+"`")
		boot.Close()
		if err != nil {
			return nil, fmt.Errorf("clickhouse %s: create database %s: %w", cfg.Addr, cfg.Database, err)
		}
	}
	conn, err := dial(cfg, cfg.Database)
	if err != nil {
		return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
	}
	if err := conn.Ping(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("clickhouse %s: %w", cfg.Addr, err)
	}
	db := New(conn, cfg.Database)
	db.quorum = cfg.InsertQuorum
	return db, nil
}

// Name is the database's name.
func (db *DB) Name() string { return db.name }

// Close closes the connection.
func (db *DB) Close() error { return db.conn.Close() }

// Ping checks that ClickHouse answers.
func (db *DB) Ping(ctx context.Context) error { return db.conn.Ping(ctx) }

// Query runs a SELECT; args bind its ? placeholders in order.
func (db *DB) Query(ctx context.Context, sql string, args ...any) (Rows, error) {
	return db.conn.Query(ctx, sql, args...)
}

// QueryRow runs a SELECT of one row.
func (db *DB) QueryRow(ctx context.Context, sql string, args ...any) Row {
	return db.conn.QueryRow(ctx, sql, args...)
}

// Exec runs a statement that returns no rows (DDL).
func (db *DB) Exec(ctx context.Context, sql string, args ...any) error {
	return db.conn.Exec(ctx, sql, args...)
}

// quorumKey marks a context whose inserts wait for a quorum of replicas.
type quorumKey struct{}

// WithQuorum makes the inserts under ctx quorum inserts (with the
// Config's InsertQuorum; none when it is empty): they return once that many
// of the shard's replicas have the rows, not the first one. The state that a
// worker rebuilds from ClickHouse after a rebalance (conversation contexts,
// the ladders' violations, actions and points) is written so: the next owner
// may read any replica, and one that missed the last insert would rebuild a
// stale ladder or context.
func WithQuorum(ctx context.Context) context.Context {
	return context.WithValue(ctx, quorumKey{}, true)
}

// IsQuorum reports whether ctx was made by WithQuorum.
func IsQuorum(ctx context.Context) bool { q, _ := ctx.Value(quorumKey{}).(bool); return q }

// Insert writes n rows into table through one batch: row(i) returns the
// values of row i in the order of columns. Every insert goes through a batch:
// ClickHouse 18.16 does not answer an INSERT with inline VALUES sent over the
// native protocol. Nothing is sent for n == 0.
func (db *DB) Insert(ctx context.Context, table string, columns []string, n int, row func(i int) []any) error {
	if n == 0 {
		return nil
	}
	if db.quorum != "" && IsQuorum(ctx) {
		ctx = clickhouse.Context(ctx, clickhouse.WithSettings(clickhouse.Settings{"insert_quorum": db.quorum}))
	}
	b, err := db.conn.PrepareBatch(ctx, InsertSQL(table, columns))
	if err != nil {
		return fmt.Errorf("insert %s: %w", table, err)
	}
	for i := range n {
		if err := b.Append(row(i)...); err != nil {
			b.Abort()
			// Append converts values on this side: a value it refuses is
			// refused again however often the insert is tried.
			return fmt.Errorf("insert %s: %w", table, retry.Permanent(err))
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %s: %w", table, err)
	}
	return nil
}

// InsertColumns writes the rows held column-wise in cols into table through
// one batch: cols[i] is a slice (of string, uint64, time.Time, []byte…) with
// the values of columns[i] for every row, and all hold n values. Each column
// goes into the block a slice at a time, with no []any per row: the event
// archive writes every consumed event on the detection hot path. Nothing is
// sent for n == 0.
//
// The rows go in blocks of columnBlockRows within the one INSERT. The driver
// copies every string into a column buffer that starts empty and grows by
// re-allocation; for a batch of 20,000 archived events (20 MB of JSON) that
// copied and cleared the buffer about ten times over, more CPU than the
// insert itself. A block's buffers are reused for the next, and the server
// acknowledges the INSERT as a whole, so the batch stays all or nothing.
func (db *DB) InsertColumns(ctx context.Context, table string, columns []string, n int, cols []any) error {
	if n == 0 {
		return nil
	}
	if len(cols) != len(columns) {
		return fmt.Errorf("insert %s: %d columns named, %d given: %w", table, len(columns), len(cols), retry.Permanent(errors.New("column count")))
	}
	values := make([]reflect.Value, len(cols))
	for i, col := range cols {
		v := reflect.ValueOf(col)
		if v.Kind() != reflect.Slice || v.Len() != n {
			return fmt.Errorf("insert %s: column %s is not a slice of %d values: %w", table, columns[i], n, retry.Permanent(errors.New("column shape")))
		}
		values[i] = v
	}
	if db.quorum != "" && IsQuorum(ctx) {
		ctx = clickhouse.Context(ctx, clickhouse.WithSettings(clickhouse.Settings{"insert_quorum": db.quorum}))
	}
	b, err := db.conn.PrepareBatch(ctx, InsertSQL(table, columns))
	if err != nil {
		return fmt.Errorf("insert %s: %w", table, err)
	}
	for lo := 0; lo < n; lo += columnBlockRows {
		hi := min(lo+columnBlockRows, n)
		for i, v := range values {
			col := cols[i]
			if lo > 0 || hi < n {
				col = v.Slice(lo, hi).Interface()
			}
			if err := b.Column(i).Append(col); err != nil {
				b.Abort()
				// As in Insert: a conversion refused here is refused again.
				return fmt.Errorf("insert %s: column %s: %w", table, columns[i], retry.Permanent(err))
			}
		}
		if hi < n {
			if err := b.Flush(); err != nil {
				b.Abort()
				return fmt.Errorf("insert %s: %w", table, err)
			}
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %s: %w", table, err)
	}
	return nil
}

// columnBlockRows is the size of the blocks InsertColumns sends: small enough
// that a block of archived listings (about 2 MB) stays cheap to fill, large
// enough that a batch is a few blocks.
const columnBlockRows = 2048

// InsertSQL is the statement Insert prepares.
func InsertSQL(table string, columns []string) string {
	return "INSERT INTO " + table + " (" + strings.Join(columns, ", ") + ")"
}

// Set binds a list of values to "x IN ?" as ('a', 'b', ...).
func Set[T any](values []T) any {
	s := clickhouse.GroupSet{Value: make([]any, len(values))}
	for i, v := range values {
		s.Value[i] = v
	}
	return s
}
