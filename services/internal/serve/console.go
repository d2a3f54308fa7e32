package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
)

func (s *Server) queryFindings(ctx context.Context, q string, args ...any) ([]schemas.Finding, error) {
	rows, err := s.cfg.DB.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("findings: %w", err)
	}
	defer rows.Close()
	out := []schemas.Finding{}
	for rows.Next() {
		var f schemas.Finding
		var version uint64
		var evidence string
		if err := rows.Scan(&f.FindingID, &f.EventID, &f.Subject, &f.SubjectID, &version, &f.MerchantID, &f.Violation,
			&f.Rule, &f.Confidence, &evidence, &f.Explanation, &f.ExplanationZH, &f.DetectorVersion, &f.PolicyVersion,
			&f.EventTime, &f.DetectedAt); err != nil {
			return nil, fmt.Errorf("findings: %w", err)
		}
		f.SubjectVersion = int64(version)
		f.Evidence = map[string]any{}
		_ = json.Unmarshal([]byte(evidence), &f.Evidence)
		out = append(out, f)
	}
	return out, rows.Err()
}

// since reads ?days=N (default: all time).
func since(r *http.Request, now time.Time) (time.Time, error) {
	d := r.URL.Query().Get("days")
	if d == "" {
		return time.Unix(0, 0).UTC(), nil
	}
	n, err := strconv.Atoi(d)
	if err != nil || n < 1 || n > 3660 {
		return time.Time{}, errorf(http.StatusBadRequest, "days must be an integer from 1 to 3660")
	}
	return now.UTC().AddDate(0, 0, -n), nil
}

func limit(r *http.Request, def, maxN int) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxN {
		return 0, errorf(http.StatusBadRequest, "limit must be an integer from 1 to %d", maxN)
	}
	return n, nil
}

// maxOffset bounds how deep a list may be paged: past it, narrow the filter.
const maxOffset = 100_000

// pageOf reads a list route's limit (def when absent, at most maxN) and
// offset (0..maxOffset). Every list route pages this way: the response's
// next_offset, when present, is where the next page starts.
func pageOf(r *http.Request, def, maxN int) (n, offset int, err error) {
	if n, err = limit(r, def, maxN); err != nil {
		return 0, 0, err
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		offset, err = strconv.Atoi(v)
		if err != nil || offset < 0 || offset > maxOffset {
			return 0, 0, errorf(http.StatusBadRequest, "offset must be an integer from 0 to %d", maxOffset)
		}
	}
	return n, offset, nil
}

// nextOffset is the next page's offset when this one came back full.
func nextOffset(got, n, offset int) any {
	if got < n {
		return nil
	}
	return offset + n
}

// Overview is the console's first page.
type Overview struct {
	PerDay        []DayCount    `json:"per_day"`
	ByCode        []Count       `json:"by_code"`
	ByFamily      []Count       `json:"by_family"`
	ByChannel     []Count       `json:"by_channel"`
	Stages        []Count       `json:"stages"`
	TopMerchants  []Count       `json:"top_merchants"`
	Rectification Rectification `json:"rectification"`
	PolicyVersion string        `json:"policy_version"`
	DelistBar     float64       `json:"delist_confidence"`
}

// DayCount is one day's count of one code.
type DayCount struct {
	Day  string `json:"day"`
	Code string `json:"code"`
	N    uint64 `json:"n"`
}

// Count is a named count.
type Count struct {
	Key string `json:"key"`
	N   uint64 `json:"n"`
}

// Rectification is how many pending products were fixed, and how fast.
type Rectification struct {
	Pending        int     `json:"pending"`
	Rectified      int     `json:"rectified"`
	Rate           float64 `json:"rate"`
	MeanHoursToFix float64 `json:"mean_hours_to_fix"`
}

// counts runs a query of (key, count) rows.
func (s *Server) counts(ctx context.Context, sql string, args ...any) ([]Count, error) {
	rows, err := s.cfg.DB.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Count{}
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Key, &c.N); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func sortedCounts(m map[string]uint64) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Key < out[j].Key
	})
	return out
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	from, err := since(r, s.cfg.Clock())
	if err != nil {
		return err
	}
	ctx := r.Context()
	ov := Overview{PerDay: []DayCount{}, PolicyVersion: s.cfg.Policy.ID(), DelistBar: s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence}
	byCode, byFamily := map[string]uint64{}, map[string]uint64{}
	rows, err := s.cfg.DB.Query(ctx, sqlOverviewPerDay, from)
	if err != nil {
		return err
	}
	for rows.Next() {
		var d DayCount
		if err := rows.Scan(&d.Day, &d.Code, &d.N); err != nil {
			rows.Close()
			return err
		}
		ov.PerDay = append(ov.PerDay, d)
		byCode[d.Code] += d.N
		fam := ladder.FamilyOf(d.Code)
		if fam == "" {
			fam = "other"
		}
		byFamily[fam] += d.N
	}
	rows.Close()
	ov.ByCode, ov.ByFamily = sortedCounts(byCode), sortedCounts(byFamily)

	byChannel := map[string]uint64{}
	rows, err = s.cfg.DB.Query(ctx, sqlOverviewChannels, from)
	if err != nil {
		return err
	}
	for rows.Next() {
		var ev string
		if err := rows.Scan(&ev); err != nil {
			rows.Close()
			return err
		}
		var e struct {
			Channels []string `json:"channels"`
		}
		_ = json.Unmarshal([]byte(ev), &e)
		for _, c := range e.Channels {
			byChannel[c]++
		}
	}
	rows.Close()
	ov.ByChannel = sortedCounts(byChannel)

	stageCounts, err := s.counts(ctx, sqlOverviewStages, from)
	if err != nil {
		return err
	}
	stages := map[string]uint64{}
	for _, c := range stageCounts {
		stages[c.Key] = c.N
	}
	ov.Stages = []Count{}
	for _, code := range ladder.Codes {
		if n := stages[code]; n > 0 {
			ov.Stages = append(ov.Stages, Count{code, n})
		}
	}

	if ov.TopMerchants, err = s.counts(ctx, sqlOverviewTopMerchants, from); err != nil {
		return err
	}

	rows, err = s.cfg.DB.Query(ctx, sqlOverviewRectification, from)
	if err != nil {
		return err
	}
	pendingAt := map[string]time.Time{}
	var hours float64
	for rows.Next() {
		var code, merchant, subject string
		var at time.Time
		if err := rows.Scan(&code, &merchant, &subject, &at); err != nil {
			rows.Close()
			return err
		}
		key := merchant + "\x00" + subject
		if code == ladder.PendingRectification {
			ov.Rectification.Pending++
			if _, ok := pendingAt[key]; !ok {
				pendingAt[key] = at
			}
			continue
		}
		if p, ok := pendingAt[key]; ok {
			ov.Rectification.Rectified++
			hours += at.Sub(p).Hours()
			delete(pendingAt, key)
		}
	}
	rows.Close()
	if ov.Rectification.Pending > 0 {
		ov.Rectification.Rate = float64(ov.Rectification.Rectified) / float64(ov.Rectification.Pending)
	}
	if ov.Rectification.Rectified > 0 {
		ov.Rectification.MeanHoursToFix = hours / float64(ov.Rectification.Rectified)
	}
	writeJSON(w, http.StatusOK, ov)
	return nil
}

var plainValue = regexp.MustCompile(`^[A-Za-z0-9_.:-]{1,128}$`)

// violations lists findings, newest first, filtered by code, family
// (category), subject kind and merchant.
func (s *Server) violations(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	q := r.URL.Query()
	n, offset, err := pageOf(r, 200, 5000)
	if err != nil {
		return err
	}
	from, err := since(r, s.cfg.Clock())
	if err != nil {
		return err
	}
	// An empty filter matches everything (search_findings.sql).
	args := []any{from}
	for _, param := range []string{"code", "merchant_id", "subject"} {
		v := q.Get(param)
		if v != "" && !plainValue.MatchString(v) {
			return errorf(http.StatusBadRequest, "%s is not a plain value", param)
		}
		args = append(args, v, v)
	}
	codes := []string{""} // an IN set is never empty
	if fam := q.Get("category"); fam != "" {
		codes = codes[:0]
		for _, c := range schemas.ViolationCodes {
			if ladder.FamilyOf(c) == fam {
				codes = append(codes, c)
			}
		}
		if len(codes) == 0 {
			return errorf(http.StatusBadRequest, "unknown category %q", fam)
		}
	}
	byCategory := 0
	if q.Get("category") != "" {
		byCategory = 1
	}
	args = append(args, byCategory, chdb.Set(codes), offset, n)
	fs, err := s.queryFindings(r.Context(), sqlSearchFindings, args...)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"findings": fs, "next_offset": nextOffset(len(fs), n, offset)})
	return nil
}

func (s *Server) finding(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	fs, err := s.queryFindings(r.Context(), sqlSelectFinding, r.PathValue("finding_id"))
	if err != nil {
		return err
	}
	if len(fs) == 0 {
		return errorf(http.StatusNotFound, "not found")
	}
	writeJSON(w, http.StatusOK, fs[0])
	return nil
}

type versionUse struct {
	Version string    `json:"policy_version"`
	Rows    uint64    `json:"rows"`
	First   time.Time `json:"first"`
	Last    time.Time `json:"last"`
}

func (s *Server) policyVersions(w http.ResponseWriter, r *http.Request, _ Principal) error {
	out := map[string]any{"in_force": s.cfg.Policy.ID(), "declared_version": s.cfg.Policy.Version,
		"delist_confidence": s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence}
	if s.cfg.DB != nil {
		for _, q := range []struct{ table, sql string }{{"findings", sqlPolicyFindings}, {"actions", sqlPolicyActions}} {
			t := q.table
			rows, err := s.cfg.DB.Query(r.Context(), q.sql)
			if err != nil {
				return err
			}
			uses := []versionUse{}
			for rows.Next() {
				var u versionUse
				if err := rows.Scan(&u.Version, &u.Rows, &u.First, &u.Last); err != nil {
					rows.Close()
					return err
				}
				uses = append(uses, u)
			}
			rows.Close()
			out[t] = uses
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
