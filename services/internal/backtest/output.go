package backtest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/haili/haili/detectors/ladder"
)

// SummarySample is how many changed findings the text summary shows.
const SummarySample = 20

// WriteSummary writes the report for people: findings and actions per code
// under each policy, gains and losses per category and code, the merchants
// whose ladder outcome changes and a sample of changed findings with their
// explanations.
func WriteSummary(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "backtest: %d events judged, %d bad", r.Events, r.BadEvents)
	if !r.From.IsZero() || !r.To.IsZero() {
		fmt.Fprintf(bw, "; window %s to %s", fmtTime(r.From), fmtTime(r.To))
	}
	if r.Category != "" {
		fmt.Fprintf(bw, "; category %s", r.Category)
	}
	if r.SampleRate > 0 && r.SampleRate < 1 {
		fmt.Fprintf(bw, "; sample %.4g", r.SampleRate)
	}
	if !r.Now.IsZero() {
		fmt.Fprintf(bw, "; ladder to %s", fmtTime(r.Now))
	}
	bw.WriteString("\n")
	if r.BadEvents > 0 {
		fmt.Fprintf(bw, "BAD: %d events could not be read or judged (first %d):\n", r.BadEvents, len(r.Bad))
		for _, b := range r.Bad {
			fmt.Fprintf(bw, "  %s: %s\n", b.Where, b.Reason)
		}
	}
	fmt.Fprintf(bw, "baseline  %s\ncandidate %s\n", r.Baseline.PolicyVersion, r.Candidate.PolicyVersion)
	fmt.Fprintf(bw, "\n%-28s %9s %9s %7s\n", "findings", "baseline", "candidate", "diff")
	writeCounts(bw, r.Baseline.Findings, r.Candidate.Findings, nil)
	fmt.Fprintf(bw, "\n%-28s %9s %9s %7s\n", "actions", "baseline", "candidate", "diff")
	writeCounts(bw, r.Baseline.Actions, r.Candidate.Actions, ladder.Codes)
	fmt.Fprintf(bw, "%-28s %9d %9d %+7d\n", "points deducted", r.Baseline.Points, r.Candidate.Points, r.Candidate.Points-r.Baseline.Points)

	fmt.Fprintf(bw, "\ngained and lost per category and code (%d rows)\n", len(r.ByCategory))
	for _, d := range r.ByCategory {
		fmt.Fprintf(bw, "  %-14s %-26s +%d -%d\n", orDash(d.Category), d.Code, d.Gained, d.Lost)
	}
	fmt.Fprintf(bw, "\nmerchants whose ladder outcome changes: %d\n", len(r.Merchants))
	for _, m := range r.Merchants {
		fmt.Fprintf(bw, "  %-14s baseline %s\n  %-14s candidate %s\n", m.MerchantID, fmtOutcome(m.Baseline), "", fmtOutcome(m.Candidate))
	}
	n := min(len(r.Changes), SummarySample)
	fmt.Fprintf(bw, "\nchanged findings: %d", len(r.Changes))
	if n < len(r.Changes) {
		fmt.Fprintf(bw, " (first %d; all with --json or --out)", n)
	}
	bw.WriteString("\n")
	for _, c := range r.Changes[:n] {
		fmt.Fprintf(bw, "  %s %s %s %s (%s)\n", changeMark(c), c.Code, c.Subject, c.SubjectID, c.MerchantID)
		if c.Baseline {
			fmt.Fprintf(bw, "      baseline  (%s %.2f): %s\n", c.BaselineRule, c.BaselineConfidence, c.BaselineExplanation)
		}
		if c.Candidate {
			fmt.Fprintf(bw, "      candidate (%s %.2f): %s\n", c.CandidateRule, c.CandidateConfidence, c.CandidateExplanation)
		}
	}
	return bw.Flush()
}

func changeMark(c Change) string {
	switch {
	case c.Candidate && !c.Baseline:
		return "+"
	case c.Baseline && !c.Candidate:
		return "-"
	}
	return "~"
}

func writeCounts(w io.Writer, base, cand map[string]int, order []string) {
	codes := unionCodes(base, cand, order)
	if len(codes) == 0 {
		fmt.Fprintf(w, "  (none)\n")
	}
	for _, c := range codes {
		fmt.Fprintf(w, "  %-26s %9d %9d %+7d\n", c, base[c], cand[c], cand[c]-base[c])
	}
}

func fmtOutcome(o Outcome) string {
	var parts []string
	for _, c := range ladder.Codes {
		if n := o.Actions[c]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", c, n))
		}
	}
	for _, c := range slices.Sorted(maps.Keys(o.Actions)) {
		if !slices.Contains(ladder.Codes, c) {
			parts = append(parts, fmt.Sprintf("%s %d", c, o.Actions[c]))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "no action")
	}
	return fmt.Sprintf("%s; %d points", strings.Join(parts, ", "), o.Points)
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteJSON writes the report as one indented JSON document.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteChanges writes the changed findings as JSON lines.
func WriteChanges(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range r.Changes {
		if err := enc.Encode(&r.Changes[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// unionCodes lists the codes counted under either policy: those of order
// first, in its order, then the rest sorted.
func unionCodes(base, cand map[string]int, order []string) []string {
	keys := map[string]bool{}
	for k := range base {
		keys[k] = true
	}
	for k := range cand {
		keys[k] = true
	}
	var codes []string
	for _, c := range order {
		if keys[c] {
			codes = append(codes, c)
			delete(keys, c)
		}
	}
	return append(codes, slices.Sorted(maps.Keys(keys))...)
}
