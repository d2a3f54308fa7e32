package enforce

import (
	"context"
	_ "embed" // the SQL files
	"encoding/json"
	"fmt"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/services/internal/chdb"
)

// Enforcement's SQL, one file each (queries/).
var (
	//go:embed queries/select_violations.sql
	sqlSelectViolations string
	//go:embed queries/select_actions.sql
	sqlSelectActions string
	//go:embed queries/select_early_warnings.sql
	sqlSelectEarlyWarnings string
	//go:embed queries/select_month_actions.sql
	sqlSelectMonthActions string
	//go:embed queries/action_counts.sql
	sqlActionCounts string
)

// The columns of each insert, in the order of its row's values.
var (
	violationColumns = []string{"finding_id", "merchant_id", "family", "violation", "subject", "subject_id", "subject_version", "product_id", "episode", "rule", "confidence", "evidence", "explanation", "explanation_zh", "occurred_at", "detected_at", "policy_version", "withdrawn", "withdrawn_at", "withdraw_reason", "appeal_id", "revision"}
	actionColumns    = []string{"action_id", "code", "merchant_id", "family", "subject", "subject_id", "subject_version", "violation", "step", "finding_ids", "policy_version", "decided_at", "reason", "points", "deadline", "until", "reverses"}
	ledgerColumns    = []string{"entry_id", "merchant_id", "action_id", "code", "points", "at", "policy_version"}
	noticeColumns    = []string{"notice_id", "merchant_id", "kind", "action_id", "code", "subject", "subject_id", "violation", "deadline", "text_en", "text_zh", "created_at", "policy_version"}
	listColumns      = []string{"month", "family", "merchant_id", "label", "account_masked", "company_masked", "count", "list_digest", "policy_version", "published_at"}
)

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
// points_ledger, notices and published_lists tables. Every insert is
// idempotent by its row's deterministic id.
type DB struct {
	db *chdb.DB
}

// NewDB is enforcement's tables in db, a migrated database.
func NewDB(db *chdb.DB) *DB { return &DB{db: db} }

// InsertViolations writes violation records; a withdrawn one replaces the
// accepted one (higher revision).
func (db *DB) InsertViolations(ctx context.Context, vs []ladder.Violation) error {
	evidence := make([]string, len(vs))
	for i, v := range vs {
		ev := v.EvidenceJSON // as received: not encoded again
		if ev == nil {
			var err error
			if ev, err = json.Marshal(v.Evidence); err != nil {
				return fmt.Errorf("insert violations: evidence of %s: %w", v.FindingID, err)
			}
		}
		evidence[i] = string(ev)
	}
	return db.db.Insert(chdb.WithQuorum(ctx), "violations", violationColumns, len(vs), func(i int) []any {
		v := vs[i]
		var withdrawn uint8
		var revision uint32
		if v.Withdrawn {
			withdrawn, revision = 1, 1
		}
		return []any{v.FindingID, v.MerchantID, v.Family, v.Violation, v.Subject, v.SubjectID, uint64(v.SubjectVersion),
			v.ProductID, uint32(v.Episode), v.Rule, v.Confidence, evidence[i], v.Explanation, v.ExplanationZH,
			chTime(v.EventTime), chTime(v.DetectedAt), v.PolicyVersion, withdrawn, chTime(v.WithdrawnAt),
			v.WithdrawReason, v.AppealID, revision}
	})
}

// InsertActions writes actions.
func (db *DB) InsertActions(ctx context.Context, as []ladder.Action) error {
	return db.db.Insert(chdb.WithQuorum(ctx), "actions", actionColumns, len(as), func(i int) []any {
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
	return db.db.Insert(chdb.WithQuorum(ctx), "points_ledger", ledgerColumns, len(es), func(i int) []any {
		e := es[i]
		return []any{e.EntryID, e.MerchantID, e.ActionID, e.Code, int32(e.Points), chTime(e.At), e.PolicyVersion}
	})
}

// InsertNotices writes notices.
func (db *DB) InsertNotices(ctx context.Context, ns []Notice) error {
	return db.db.Insert(ctx, "notices", noticeColumns, len(ns), func(i int) []any {
		n := ns[i]
		return []any{n.NoticeID, n.MerchantID, n.Kind, n.ActionID, n.Code, n.Subject, n.SubjectID, n.Violation,
			chTime(n.Deadline), n.TextEN, n.TextZH, chTime(n.CreatedAt), n.PolicyVersion}
	})
}

// InsertList records a published list.
func (db *DB) InsertList(ctx context.Context, l *List, publishedAt time.Time) error {
	digest := l.Digest()
	return db.db.Insert(ctx, "published_lists", listColumns, len(l.Entries), func(i int) []any {
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
	rows, err := db.db.Query(ctx, sqlSelectViolations, merchantID, merchantID)
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
			&v.EventTime, &v.DetectedAt, &v.PolicyVersion, &withdrawn, &v.WithdrawnAt, &v.WithdrawReason, &v.AppealID); err != nil {
			rows.Close()
			return st, fmt.Errorf("load violations: %w", err)
		}
		if !keep(v.MerchantID) {
			continue
		}
		v.SubjectVersion, v.Episode, v.Withdrawn = int64(version), int(episode), withdrawn == 1
		v.EventTime, v.DetectedAt, v.WithdrawnAt = goTime(v.EventTime), goTime(v.DetectedAt), goTime(v.WithdrawnAt)
		v.EvidenceJSON = []byte(evidence)
		if err := json.Unmarshal(v.EvidenceJSON, &v.Evidence); err != nil {
			rows.Close()
			return st, fmt.Errorf("load violations: evidence of %s: %w", v.FindingID, err)
		}
		st.Violations = append(st.Violations, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("load violations: %w", err)
	}
	st.Actions, err = db.selectActions(ctx, sqlSelectActions, keep, merchantID, merchantID)
	if err != nil {
		return st, err
	}
	rows, err = db.db.Query(ctx, sqlSelectEarlyWarnings, merchantID, merchantID)
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
	return db.selectActions(ctx, sqlSelectMonthActions, nil, start.UTC(), end.UTC())
}

func (db *DB) selectActions(ctx context.Context, q string, keep func(string) bool, args ...any) ([]ladder.Action, error) {
	rows, err := db.db.Query(ctx, q, args...)
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

// ActionCount is how many actions of one code were decided, and for how many
// merchants.
type ActionCount struct {
	Code      string
	Actions   uint64
	Merchants uint64
}

// ActionCounts returns the deduplicated actions per code.
func (db *DB) ActionCounts(ctx context.Context) ([]ActionCount, error) {
	rows, err := db.db.Query(ctx, sqlActionCounts)
	if err != nil {
		return nil, fmt.Errorf("action counts: %w", err)
	}
	defer rows.Close()
	var out []ActionCount
	for rows.Next() {
		var c ActionCount
		if err := rows.Scan(&c.Code, &c.Actions, &c.Merchants); err != nil {
			return nil, fmt.Errorf("action counts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
