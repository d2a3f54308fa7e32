// Package chdbtest is a fake ClickHouse connection for unit tests of the
// packages that use chdb: it records the SQL and the arguments of every call,
// answers queries with rows a test scripts, and compares what was sent with a
// snapshot file under testdata (the idea of Jaeger's verifyQuerySnapshot), so
// that a change to a query shows in review as a change to its snapshot. Run
// the tests with -update-sql to rewrite the snapshots.
package chdbtest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/haili/haili/services/internal/chdb"
)

var update = flag.Bool("update-sql", false, "rewrite the SQL snapshots under testdata")

// Call is one statement sent to the fake.
type Call struct {
	Kind string // query, query_row, exec, batch
	SQL  string
	Args []any   // the bound arguments
	Rows [][]any // a batch's appended rows
	Sent bool    // a batch was sent (not aborted)
	// Quorum: a batch inserted with chdb.WithQuorum.
	Quorum bool
}

// Conn is the fake connection. Its zero value answers every query with no
// rows.
type Conn struct {
	mu      sync.Mutex
	calls   []Call
	answers [][][]any
	// Err, when set, fails every call.
	Err error
}

var _ chdb.Conn = (*Conn)(nil)

// New returns a fake and a chdb.DB over it.
func New() (*Conn, *chdb.DB) {
	c := &Conn{}
	return c, chdb.New(c, "fake")
}

// Answer queues the rows of the next Query or QueryRow; each row holds the
// values in the order they are scanned.
func (c *Conn) Answer(rows ...[]any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.answers = append(c.answers, rows)
}

// Calls returns what was sent so far.
func (c *Conn) Calls() []Call {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Call(nil), c.calls...)
}

func (c *Conn) record(call Call) ([][]any, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls = append(c.calls, call)
	if c.Err != nil {
		return nil, c.Err
	}
	if call.Kind != "query" && call.Kind != "query_row" || len(c.answers) == 0 {
		return nil, nil
	}
	rows := c.answers[0]
	c.answers = c.answers[1:]
	return rows, nil
}

// Query records the query and answers with the next queued rows.
func (c *Conn) Query(_ context.Context, query string, args ...any) (driver.Rows, error) {
	rows, err := c.record(Call{Kind: "query", SQL: query, Args: args})
	if err != nil {
		return nil, err
	}
	return &fakeRows{rows: rows, i: -1}, nil
}

// QueryRow records the query and answers with the first of the next queued rows.
func (c *Conn) QueryRow(_ context.Context, query string, args ...any) driver.Row {
	rows, err := c.record(Call{Kind: "query_row", SQL: query, Args: args})
	if err == nil && len(rows) == 0 {
		err = errors.New("chdbtest: no rows")
	}
	r := &fakeRow{err: err}
	if err == nil {
		r.row = rows[0]
	}
	return r
}

// Exec records the statement.
func (c *Conn) Exec(_ context.Context, query string, args ...any) error {
	_, err := c.record(Call{Kind: "exec", SQL: query, Args: args})
	return err
}

// PrepareBatch records an insert; its rows are recorded as they are appended.
func (c *Conn) PrepareBatch(ctx context.Context, query string, _ ...driver.PrepareBatchOption) (driver.Batch, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Err != nil {
		return nil, c.Err
	}
	c.calls = append(c.calls, Call{Kind: "batch", SQL: query, Quorum: chdb.IsQuorum(ctx)})
	return &fakeBatch{c: c, i: len(c.calls) - 1}, nil
}

// Ping answers unless Err is set.
func (c *Conn) Ping(context.Context) error { return c.Err }

// Close does nothing.
func (c *Conn) Close() error { return nil }

type fakeRows struct {
	driver.Rows // the methods chdb's users do not call
	rows        [][]any
	i           int
}

func (r *fakeRows) Next() bool             { r.i++; return r.i < len(r.rows) }
func (r *fakeRows) Scan(dest ...any) error { return scan(r.rows[r.i], dest) }
func (r *fakeRows) Close() error           { return nil }
func (r *fakeRows) Err() error             { return nil }

type fakeRow struct {
	driver.Row
	row []any
	err error
}

func (r *fakeRow) Err() error { return r.err }
func (r *fakeRow) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	return scan(r.row, dest)
}

// scan assigns values to dest pointers, converting between kinds that
// convert (an int to a uint64), as the driver does for the right column type.
func scan(row []any, dest []any) error {
	if len(row) != len(dest) {
		return fmt.Errorf("chdbtest: row of %d values scanned into %d destinations", len(row), len(dest))
	}
	for i, v := range row {
		d := reflect.ValueOf(dest[i])
		if d.Kind() != reflect.Pointer || d.IsNil() {
			return fmt.Errorf("chdbtest: destination %d is not a pointer", i)
		}
		val := reflect.ValueOf(v)
		switch {
		case val.Type().AssignableTo(d.Elem().Type()):
			d.Elem().Set(val)
		case val.Type().ConvertibleTo(d.Elem().Type()):
			d.Elem().Set(val.Convert(d.Elem().Type()))
		default:
			return fmt.Errorf("chdbtest: value %d (%T) does not scan into %s", i, v, d.Elem().Type())
		}
	}
	return nil
}

type fakeBatch struct {
	driver.Batch
	c    *Conn
	i    int
	done bool
	cols [][]any // column-wise appends, by column index
}

type fakeColumn struct {
	driver.BatchColumn
	b *fakeBatch
	i int
}

// Append takes a slice of the column's values.
func (c *fakeColumn) Append(v any) error {
	s := reflect.ValueOf(v)
	if s.Kind() != reflect.Slice {
		return fmt.Errorf("chdbtest: column %d: Append of %T, want a slice", c.i, v)
	}
	c.b.c.mu.Lock()
	defer c.b.c.mu.Unlock()
	for len(c.b.cols) <= c.i {
		c.b.cols = append(c.b.cols, nil)
	}
	for k := range s.Len() {
		e := s.Index(k).Interface()
		if p, ok := e.([]byte); ok {
			e = string(p) // as the driver sends a []byte to a String column
		}
		c.b.cols[c.i] = append(c.b.cols[c.i], e)
	}
	return nil
}

func (b *fakeBatch) Append(v ...any) error {
	b.c.mu.Lock()
	defer b.c.mu.Unlock()
	b.c.calls[b.i].Rows = append(b.c.calls[b.i].Rows, v)
	return nil
}

// Column records column-wise appends (chdb.DB.InsertColumns); Send turns
// them into the call's rows, so that snapshots show rows however they were
// appended.
func (b *fakeBatch) Column(i int) driver.BatchColumn { return &fakeColumn{b: b, i: i} }

func (b *fakeBatch) Send() error {
	b.c.mu.Lock()
	defer b.c.mu.Unlock()
	b.c.calls[b.i].Sent, b.done = true, true
	if len(b.cols) > 0 {
		n := 0
		for _, col := range b.cols {
			n = max(n, len(col))
		}
		for r := range n {
			row := make([]any, len(b.cols))
			for i, col := range b.cols {
				if r >= len(col) {
					return fmt.Errorf("chdbtest: column %d has %d values, another %d", i, len(col), n)
				}
				row[i] = col[r]
			}
			b.c.calls[b.i].Rows = append(b.c.calls[b.i].Rows, row)
		}
	}
	return nil
}

// Flush sends nothing: the fake keeps a batch's rows until Send, as the
// server acknowledges an INSERT as a whole.
func (b *fakeBatch) Flush() error { return nil }

func (b *fakeBatch) Abort() error { b.done = true; return nil }
func (b *fakeBatch) IsSent() bool { return b.done }
func (b *fakeBatch) Close() error { b.done = true; return nil }

// Snapshot is the calls as text: each statement, then its arguments and
// rows one per line, each value with its Go type.
func Snapshot(calls []Call) string {
	var b strings.Builder
	for _, c := range calls {
		fmt.Fprintf(&b, "-- %s\n%s\n", c.Kind, strings.TrimSpace(c.SQL))
		if len(c.Args) > 0 {
			fmt.Fprintf(&b, "-- args: %s\n", values(c.Args))
		}
		for _, r := range c.Rows {
			fmt.Fprintf(&b, "-- row: %s\n", values(r))
		}
		if c.Kind == "batch" && !c.Sent {
			b.WriteString("-- not sent\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func values(vs []any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		if t, ok := v.(time.Time); ok {
			v = t.Format(time.RFC3339Nano)
		}
		parts[i] = fmt.Sprintf("%T(%v)", vs[i], v)
	}
	return strings.Join(parts, ", ")
}

// Verify compares the calls sent to c with testdata/sql/<test name>.sql, or
// writes that file with -update-sql.
func Verify(t testing.TB, c *Conn) {
	t.Helper()
	file := filepath.Join("testdata", "sql", strings.ReplaceAll(t.Name(), "/", "__")+".sql")
	got := Snapshot(c.Calls())
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update-sql to write it)", err)
	}
	if got != string(want) {
		t.Errorf("the SQL sent differs from %s (rerun with -update-sql if intended):\n%s", file, got)
	}
}
