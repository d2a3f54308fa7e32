package enforce

import (
	"context"
	_ "embed" // the SQL file
	"fmt"
	"time"

	"github.com/haili/haili/services/internal/chdb"
)

//go:embed queries/select_notice_ids.sql
var sqlSelectNoticeIDs string

// Unsent returns the notices of ns that ClickHouse does not hold yet. Notice
// ids are derived from the month, the merchant and the family, so publishing
// a month again finds every notice of the first run and sends none twice.
func (d *DB) Unsent(ctx context.Context, ns []Notice) ([]Notice, error) {
	if len(ns) == 0 {
		return nil, nil
	}
	merchants := make([]string, 0, len(ns))
	ids := make([]string, 0, len(ns))
	for _, n := range ns {
		merchants = append(merchants, n.MerchantID)
		ids = append(ids, n.NoticeID)
	}
	rows, err := d.db.Query(ctx, sqlSelectNoticeIDs, chdb.Set(merchants), chdb.Set(ids))
	if err != nil {
		return nil, fmt.Errorf("notices: %w", err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		have[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []Notice
	for _, n := range ns {
		if !have[n.NoticeID] {
			out = append(out, n)
		}
	}
	return out, nil
}

// FirstMonth is the earliest month a list may be published for.
const FirstMonth = "2000-01"

// ValidMonth parses a list's month: exactly YYYY-MM, not before FirstMonth
// and not after the month of now (a list of a month that has not begun
// would be empty and still be published and announced).
func ValidMonth(month string, now time.Time) (start, end time.Time, err error) {
	if len(month) != 7 {
		return time.Time{}, time.Time{}, fmt.Errorf("month %q is not YYYY-MM", month)
	}
	start, err = time.Parse("2006-01", month)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("month %q is not YYYY-MM", month)
	}
	first, _ := time.Parse("2006-01", FirstMonth)
	now = now.UTC()
	current := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	if start.Before(first) || start.After(current) {
		return time.Time{}, time.Time{}, fmt.Errorf("month %s is outside %s..%s", month, FirstMonth, current.Format("2006-01"))
	}
	return start, start.AddDate(0, 1, 0), nil
}
