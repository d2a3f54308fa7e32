package backtest

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
)

func TestRequestValidate(t *testing.T) {
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 1, 0)
	cand := policy.DefaultYAML()
	for _, tc := range []struct {
		name string
		req  Request
		max  time.Duration
		want string // in the error; "" for none
	}{
		{"ok", Request{From: from, To: to, Candidate: cand}, 0, ""},
		{"no window", Request{Candidate: cand}, 0, "required"},
		{"reversed", Request{From: to, To: from, Candidate: cand}, 0, "after"},
		{"too long", Request{From: from, To: to, Candidate: cand}, 24 * time.Hour, "longer"},
		{"sample over 1", Request{From: from, To: to, SampleRate: 1.5, Candidate: cand}, 0, "sample"},
		{"sample NaN", Request{From: from, To: to, SampleRate: math.NaN(), Candidate: cand}, 0, "sample"},
		{"no candidate", Request{From: from, To: to}, 0, "candidate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.req.validate(tc.max)
			if (err == nil) != (tc.want == "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("validate() = %v, want %q", err, tc.want)
			}
			if re := (*RequestError)(nil); err != nil && !errors.As(err, &re) {
				t.Errorf("validate() = %T, want a *RequestError", err)
			}
		})
	}
	for _, req := range []Request{{From: from, To: to, Candidate: []byte("version: x\nnot_a_section: 1\n")},
		{From: from, To: to, Candidate: cand, Baseline: []byte("not: [yaml")}} {
		var re *RequestError
		if _, _, err := req.Policies(); !errors.As(err, &re) {
			t.Errorf("Policies() = %v, want a *RequestError", err)
		}
	}
	for rate, want := range map[float64]uint64{0: sampleScale, 1: sampleScale, 0.25: 250_000, 0.0000004: 0} {
		if got := (&Request{SampleRate: rate}).threshold(); got != want {
			t.Errorf("threshold(%v) = %d, want %d", rate, got, want)
		}
	}
}

// TestHistorySQL pins the statements and arguments a history backtest sends.
func TestHistorySQL(t *testing.T) {
	conn, db := chdbtest.New()
	conn.Answer([]any{uint64(0)}) // count
	conn.Answer()                 // listings
	conn.Answer()                 // events
	h := NewHistoryRunner(db, zap.NewNop(), HistoryConfig{Progress: func(Progress) {}})
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	r, err := h.Run(context.Background(), Request{From: from, To: from.AddDate(0, 1, 0), Category: "steel-rebar", SampleRate: 0.5, Candidate: policy.DefaultYAML()})
	if err != nil {
		t.Fatal(err)
	}
	if r.Events != 0 || r.SampleRate != 0.5 || r.Category != "steel-rebar" || r.Changes == nil {
		t.Errorf("report %+v", r)
	}
	chdbtest.Verify(t, conn)
}
