package enforce

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/haili/haili/detectors/ladder"
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

// epoch stands for "no time" in DateTime columns, which cannot hold Go's zero time.
var epoch = time.Unix(0, 0).UTC()

func chTime(t time.Time) time.Time {
	if t.IsZero() {
		return epoch
	}
	return t.UTC()
}

func goTime(t time.Time) time.Time {
	if t.Unix() <= 0 {
		return time.Time{}
	}
	return t.UTC()
}

// DB is enforcement's part of ClickHouse: the violations, actions,
// points_ledger, notices and published_lists tables. Every insert goes through
// a batch (ClickHouse 18.16 does not answer an INSERT with inline VALUES over
// the native protocol) and is idempotent by its row's deterministic id.
type DB struct {
	conn driver.Conn
}

// NewDB wraps a connection to a migrated database.
func NewDB(conn driver.Conn) *DB { return &DB{conn: conn} }

// insert appends rows through one batch.
func (db *DB) insert(ctx context.Context, name string, n int, row func(i int) []any) error {
	if n == 0 {
		return nil
	}
	b, err := db.conn.PrepareBatch(ctx, query(name))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for i := 0; i < n; i++ {
		if err := b.Append(row(i)...); err != nil {
			b.Abort()
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// InsertViolations writes violation records; a withdrawn one replaces the
// accepted one (higher revision).
func (db *DB) InsertViolations(ctx context.Context, vs []ladder.Violation) error {
	evidence := make([]string, len(vs))
	for i, v := range vs {
		ev, err := json.Marshal(v.Evidence)
		if err != nil {
			return fmt.Errorf("insert violations: evidence of %s: %w", v.FindingID, err)
		}
		evidence[i] = string(ev)
	}
	return db.insert(ctx, "insert_violations", len(vs), func(i int) []any {
		v := vs[i]
		var withdrawn uint8
		var revision uint32
		if v.Withdrawn {
			withdrawn, revision = 1, 1
		}
		return []any{v.FindingID, v.MerchantID, v.Family, v.Violation, v.Subject, v.SubjectID, uint64(v.SubjectVersion),
			v.ProductID, uint32(v.Episode), v.Rule, v.Confidence, evidence[i], v.Explanation, v.ExplanationZH,
			chTime(v.OccurredAt), chTime(v.DetectedAt), v.PolicyVersion, withdrawn, chTime(v.WithdrawnAt),
			v.WithdrawReason, v.AppealID, revision}
	})
}

// InsertActions writes actions.
func (db *DB) InsertActions(ctx context.Context, as []ladder.Action) error {
	return db.insert(ctx, "insert_actions", len(as), func(i int) []any {
		a := as[i]
		return []any{a.ActionID, a.Code, a.MerchantID, a.Family, a.Subject, a.SubjectID, uint64(a.SubjectVersion),
			a.Violation, uint32(a.Step), nonNil(a.FindingIDs), a.PolicyVersion, chTime(a.DecidedAt), a.Reason,
			int32(a.Points), chTime(a.Deadline), chTime(a.Until), nonNil(a.Reverses)}
	})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// InsertLedger writes points ledger entries.
func (db *DB) InsertLedger(ctx context.Context, es []ladder.LedgerEntry) error {
	return db.insert(ctx, "insert_ledger", len(es), func(i int) []any {
		e := es[i]
		return []any{e.EntryID, e.MerchantID, e.ActionID, e.Code, int32(e.Points), chTime(e.At), e.PolicyVersion}
	})
}

// InsertNotices writes notices.
func (db *DB) InsertNotices(ctx context.Context, ns []Notice) error {
	return db.insert(ctx, "insert_notices", len(ns), func(i int) []any {
		n := ns[i]
		return []any{n.NoticeID, n.MerchantID, n.Kind, n.ActionID, n.Code, n.Subject, n.SubjectID, n.Violation,
			chTime(n.Deadline), n.TextEN, n.TextZH, chTime(n.CreatedAt), n.PolicyVersion}
	})
}

// InsertList records a published list.
func (db *DB) InsertList(ctx context.Context, l *List, publishedAt time.Time) error {
	digest := l.Digest()
	return db.insert(ctx, "insert_published_lists", len(l.Entries), func(i int) []any {
		e := l.Entries[i]
		return []any{l.Month, e.Family, e.MerchantID, e.Label, e.Account, e.Company, uint32(e.Count), digest,
			l.PolicyVersion, chTime(publishedAt)}
	})
}

// LoadState reads what enforcement produced for the merchants keep accepts
// (nil: all), to rebuild a ladder.Book.
func (db *DB) LoadState(ctx context.Context, keep func(merchantID string) bool) (ladder.State, error) {
	return db.loadState(ctx, "", keep)
}

// LoadMerchant reads what enforcement produced for one merchant.
func (db *DB) LoadMerchant(ctx context.Context, merchantID string) (ladder.State, error) {
	return db.loadState(ctx, merchantID, nil)
}

func (db *DB) loadState(ctx context.Context, merchantID string, keep func(string) bool) (ladder.State, error) {
	var st ladder.State
	if keep == nil {
		keep = func(string) bool { return true }
	}
	rows, err := db.conn.Query(ctx, query("select_violations"), merchantID, merchantID)
	if err != nil {
		return st, fmt.Errorf("load violations: %w", err)
	}
	for rows.Next() {
		var v ladder.Violation
		var version uint64
		var episode uint32
		var evidence string
		var withdrawn uint8
		if err := rows.Scan(&v.FindingID, &v.MerchantID, &v.Family, &v.Violation, &v.Subject, &v.SubjectID, &version,
			&v.ProductID, &episode, &v.Rule, &v.Confidence, &evidence, &v.Explanation, &v.ExplanationZH,
			&v.OccurredAt, &v.DetectedAt, &v.PolicyVersion, &withdrawn, &v.WithdrawnAt, &v.WithdrawReason, &v.AppealID); err != nil {
			rows.Close()
			return st, fmt.Errorf("load violations: %w", err)
		}
		if !keep(v.MerchantID) {
			continue
		}
		v.SubjectVersion, v.Episode, v.Withdrawn = int64(version), int(episode), withdrawn == 1
		v.OccurredAt, v.DetectedAt, v.WithdrawnAt = goTime(v.OccurredAt), goTime(v.DetectedAt), goTime(v.WithdrawnAt)
		if err := json.Unmarshal([]byte(evidence), &v.Evidence); err != nil {
			rows.Close()
			return st, fmt.Errorf("load violations: evidence of %s: %w", v.FindingID, err)
		}
		st.Violations = append(st.Violations, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("load violations: %w", err)
	}
	st.Actions, err = db.selectActions(ctx, query("select_actions"), keep, merchantID, merchantID)
	if err != nil {
		return st, err
	}
	rows, err = db.conn.Query(ctx, query("select_early_warnings"), merchantID, merchantID)
	if err != nil {
		return st, fmt.Errorf("load early warnings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var w ladder.EarlyWarning
		if err := rows.Scan(&w.MerchantID, &w.At); err != nil {
			return st, fmt.Errorf("load early warnings: %w", err)
		}
		if keep(w.MerchantID) {
			w.At = goTime(w.At)
			st.Warnings = append(st.Warnings, w)
		}
	}
	return st, rows.Err()
}

// MonthActions reads the actions decided in [start, end) and every reverse,
// whatever its month: what ladder.MonthlyList needs.
func (db *DB) MonthActions(ctx context.Context, start, end time.Time) ([]ladder.Action, error) {
	return db.selectActions(ctx, query("select_month_actions"), nil, start.UTC(), end.UTC())
}

func (db *DB) selectActions(ctx context.Context, q string, keep func(string) bool, args ...any) ([]ladder.Action, error) {
	rows, err := db.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("load actions: %w", err)
	}
	defer rows.Close()
	var out []ladder.Action
	for rows.Next() {
		var a ladder.Action
		var version uint64
		var step uint32
		var points int32
		if err := rows.Scan(&a.ActionID, &a.Code, &a.MerchantID, &a.Family, &a.Subject, &a.SubjectID, &version,
			&a.Violation, &step, &a.FindingIDs, &a.PolicyVersion, &a.DecidedAt, &a.Reason, &points,
			&a.Deadline, &a.Until, &a.Reverses); err != nil {
			return nil, fmt.Errorf("load actions: %w", err)
		}
		if keep != nil && !keep(a.MerchantID) {
			continue
		}
		a.SubjectVersion, a.Step, a.Points = int64(version), int(step), int(points)
		a.DecidedAt, a.Deadline, a.Until = goTime(a.DecidedAt), goTime(a.Deadline), goTime(a.Until)
		if len(a.Reverses) == 0 {
			a.Reverses = nil
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
