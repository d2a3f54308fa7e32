package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/backtest/archivetest"
	"github.com/haili/haili/services/internal/testenv"
)

// writeCandidate writes the built-in policy with one line changed.
func writeCandidate(t *testing.T, from, to string) string {
	t.Helper()
	y := bytes.Replace(policy.DefaultYAML(), []byte(from), []byte(to), 1)
	path := filepath.Join(t.TempDir(), "candidate.yaml")
	if err := os.WriteFile(path, y, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBacktestCommand(t *testing.T) {
	cand := writeCandidate(t, "norm_ratio: 3.8\n", "norm_ratio: 1.5\n")
	seeds := filepath.Join("testdata", "seed_examples.jsonl")
	code, out, errOut := haili(t, "", "backtest", "--candidate", cand, seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"events judged", "findings", "actions", "points deducted", "gained and lost", "merchants whose ladder outcome changes", "changed findings"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	dir := t.TempDir()
	code, out, errOut = haili(t, "", "backtest", "--candidate", cand, "--json", "--out", dir, seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Baseline, Candidate struct {
			PolicyVersion string         `json:"policy_version"`
			Findings      map[string]int `json:"findings"`
			Actions       map[string]int `json:"actions"`
		}
		Changes []struct {
			SubjectID string `json:"subject_id"`
			Code      string `json:"code"`
			Baseline  *bool  `json:"baseline"`
			Candidate *bool  `json:"candidate"`
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if r.Baseline.PolicyVersion == r.Candidate.PolicyVersion || r.Baseline.PolicyVersion == "" {
		t.Errorf("policy versions %q %q", r.Baseline.PolicyVersion, r.Candidate.PolicyVersion)
	}
	for _, f := range []string{"report.html", "report.json", "changes.jsonl"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	lines, _ := os.ReadFile(filepath.Join(dir, "changes.jsonl"))
	if n := bytes.Count(lines, []byte("\n")); n != len(r.Changes) {
		t.Errorf("changes.jsonl has %d lines, the report %d changes", n, len(r.Changes))
	}

	// Usage errors exit 2; unreadable events exit 1 with the report printed.
	for _, args := range [][]string{
		{"backtest", seeds},
		{"backtest", "--candidate", cand, "--from", "2026-01-01T00:00:00Z", seeds},
		{"backtest", "--candidate", cand, "--clickhouse", "127.0.0.1:1", seeds},
		{"backtest", "--candidate", cand, "--clickhouse", "127.0.0.1:1", "--from", "2026-02-01T00:00:00Z", "--to", "2026-01-01T00:00:00Z"},
	} {
		if code, _, errOut := haili(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, errOut)
		}
	}
	code, out, _ = haili(t, "not json\n", "backtest", "--candidate", cand)
	if code != 1 || !strings.Contains(out, "BAD: 1 events") {
		t.Errorf("bad input: exit %d\n%s", code, out)
	}
	if code, out, _ := haili(t, "", "backtest", "--candidate", cand, "--check-config"); code != 0 || !strings.Contains(out, "configuration ok") {
		t.Errorf("--check-config: exit %d %s", code, out)
	}
}

func TestReinspectUsage(t *testing.T) {
	for _, args := range [][]string{
		{"reinspect"},
		{"reinspect", "--kafka", "127.0.0.1:1"},
		{"reinspect", "--kafka", "127.0.0.1:1", "--clickhouse", "127.0.0.1:1", "--since", "yesterday"},
		{"reinspect", "--kafka", "127.0.0.1:1", "--clickhouse", "127.0.0.1:1", "extra"},
		{"reinspect", "--kafka", "127.0.0.1:1", "--clickhouse", "127.0.0.1:1", "--batch-size", "-1"},
	} {
		if code, _, errOut := haili(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, errOut)
		}
	}
	code, out, errOut := haili(t, "", "reinspect", "--kafka", "127.0.0.1:1", "--clickhouse", "127.0.0.1:1", "--check-config")
	if code != 0 || !strings.Contains(out, "configuration ok") {
		t.Errorf("--check-config: exit %d %s %s", code, out, errOut)
	}
}

// TestBacktestFromHistory: the command reads the archive with --clickhouse.
func TestBacktestFromHistory(t *testing.T) {
	s := testenv.Store(t)
	data, err := os.ReadFile(filepath.Join("testdata", "seed_examples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []archivetest.Row
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		rows = append(rows, archivetest.RowOf(t, line, int64(i)))
	}
	archivetest.Insert(t, s.DB(), rows)
	cand := writeCandidate(t, "norm_ratio: 3.8\n", "norm_ratio: 1.5\n")
	_, want, errOut := haili(t, "", "backtest", "--candidate", cand, "--json", "--now", "2030-01-01T00:00:00Z", filepath.Join("testdata", "seed_examples.jsonl"))
	code, got, errOut2 := haili(t, "", "backtest", "--candidate", cand, "--json", "--clickhouse", testenv.ClickHouse(t),
		"--clickhouse-database", s.Database(), "--from", "2000-01-01T00:00:00Z", "--to", "2030-01-01T00:00:00Z")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, errOut, errOut2)
	}
	var g, w map[string]json.RawMessage
	if err := json.Unmarshal([]byte(got), &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"baseline", "candidate", "events", "changes", "merchants", "by_category"} {
		if !bytes.Equal(g[k], w[k]) {
			t.Errorf("%s differs between history and file:\n%s\n%s", k, g[k], w[k])
		}
	}
}
