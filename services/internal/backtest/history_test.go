package backtest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/backtest/archivetest"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

// TestHistoryMatchesFiles: the corpus archived in event_archive (twice, as
// a replayed batch would be) and backtested from there gives the same
// report as the file backtest of the corpus.
func TestHistoryMatchesFiles(t *testing.T) {
	s := testenv.Store(t)
	file := corpusFile(t)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var rows []archivetest.Row
	n := int64(0)
	for line := range bytes.Lines(data) {
		if line = bytes.TrimSpace(line); len(line) > 0 {
			rows = append(rows, archivetest.RowOf(t, bytes.Clone(line), n))
			n++
		}
	}
	archivetest.Insert(t, s.DB(), rows)
	archivetest.Insert(t, s.DB(), rows) // a replay: FINAL collapses it
	// One row that is not an event: counted, named, not judged.
	bad := rows[0]
	bad.EventID, bad.SubjectID, bad.ThreadID, bad.Payload = "E-BAD", "DL-BAD", "DL-BAD", []byte(`{"schema":"listing.v1"`)
	archivetest.Insert(t, s.DB(), []archivetest.Row{bad})

	cand, candYAML := candidate(t, "norm_ratio: 3.8\n", "norm_ratio: 2.5\n")
	from := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	var progress []backtest.Progress
	h := backtest.NewHistoryRunner(s.DB(), zap.NewNop(), backtest.HistoryConfig{Progress: func(p backtest.Progress) { progress = append(progress, p) }})
	got, err := h.Run(context.Background(), backtest.Request{From: from, To: to, Candidate: candYAML})
	if err != nil {
		t.Fatal(err)
	}
	want, err := backtest.RunFiles(context.Background(), policy.Default(), cand, backtest.FileOptions{Files: []string{file}, Now: to})
	if err != nil {
		t.Fatal(err)
	}
	if got.BadEvents != 1 || len(got.Bad) != 1 || got.Bad[0].Where != "listing E-BAD" {
		t.Errorf("bad events %d %+v, want the one bad row", got.BadEvents, got.Bad)
	}
	if got.Events != want.Events {
		t.Errorf("events %d, files %d", got.Events, want.Events)
	}
	// The parts that do not depend on where the events came from.
	got.From, got.To, got.BadEvents, got.Bad = time.Time{}, time.Time{}, 0, nil
	gj, _ := json.MarshalIndent(got, "", " ")
	wj, _ := json.MarshalIndent(want, "", " ")
	if !bytes.Equal(gj, wj) {
		t.Errorf("history report differs from the file report:\n%s\n---\n%s", gj, wj)
	}
	if len(want.Changes) == 0 {
		t.Error("the candidate changed nothing: the comparison proves little")
	}

	// A window that holds nothing, a category, a sample: filters apply.
	empty, err := h.Run(context.Background(), backtest.Request{From: from, To: from.Add(time.Hour), Candidate: candYAML})
	if err != nil || empty.Events != 0 {
		t.Errorf("empty window: %v, %d events", err, empty.Events)
	}
	cat, err := h.Run(context.Background(), backtest.Request{From: from, To: to, Category: "steel-rebar", Candidate: candYAML})
	if err != nil {
		t.Fatal(err)
	}
	if cat.Events == 0 || cat.Events >= want.Events || cat.Baseline.Findings["offplatform_contact"] != 0 {
		t.Errorf("category steel-rebar: %d events, findings %v", cat.Events, cat.Baseline.Findings)
	}
	var s1, s2 *backtest.Report
	for _, r := range []**backtest.Report{&s1, &s2} {
		if *r, err = h.Run(context.Background(), backtest.Request{From: from, To: to, SampleRate: 0.3, Candidate: candYAML}); err != nil {
			t.Fatal(err)
		}
	}
	if s1.Events == 0 || s1.Events >= want.Events || s1.Events != s2.Events || s1.SampleRate != 0.3 {
		t.Errorf("sample 0.3: %d then %d events of %d", s1.Events, s2.Events, want.Events)
	}
	if _, err := h.Run(context.Background(), backtest.Request{From: to, To: from, Candidate: candYAML}); err == nil {
		t.Error("to before from accepted")
	}
}
