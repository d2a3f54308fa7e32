package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/cli"
)

// runLadder is the offline what-if of enforcement: the same ladder code as
// `haili enforce`, over a file of findings, listing checks and withdrawals.
func runLadder(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("ladder", "ladder [--now T] [--policy FILE] [FILE]   (stdin without FILE)\n\n"+
		"Input: JSON lines of findings (as scan writes them), listing checks, and withdrawals\n"+
		`{"schema":"withdrawal.v1","finding_id":"f-…","merchant_id":"M-1","reason":"withdrawn|appeal_upheld","appeal_id":"AP-1","at":"RFC 3339"}`+"\n"+
		"Output: one action per line; a summary on stderr", &c, stdio.Stderr)
	nowFlag := fs.String("now", "", "RFC 3339 time the ladder runs to: rectification deadlines before it fire; default: now")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return cli.Usagef("ladder takes at most one FILE")
	}
	now := time.Now()
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			return cli.Usagef("--now: %v", err)
		}
		now = t
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	book, err := ladder.NewBook(&p.Enforcement, p.ID())
	if err != nil {
		return err
	}
	name, in := "stdin", stdio.Stdin
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sum := ladderSummary{byCode: map[string]int{}}
	inputs, err := readLadderInputs(ctx, name, in, stdio.Stderr, &sum)
	if err != nil {
		return err
	}
	d, err := book.Replay(inputs, now)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdio.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range d.Actions {
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("write action: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write actions: %w", err)
	}
	lists, err := sum.finish(book, d, p)
	if err != nil {
		return err
	}
	fmt.Fprint(stdio.Stderr, sum.String(p.ID(), lists))
	return nil
}

// ladderSummary counts what went in and came out.
type ladderSummary struct {
	lines, findings, checks, withdrawals, bad, duplicates int
	byCode                                                map[string]int
	actions, warnings, points, restored                   int
	delisted                                              []string
}

func readLadderInputs(ctx context.Context, name string, r io.Reader, errw io.Writer, sum *ladderSummary) ([]ladder.Input, error) {
	var inputs []ladder.Input
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		sum.lines++
		in, err := ladder.ParseInput(line)
		if err != nil {
			sum.bad++
			fmt.Fprintf(errw, "%s:%d: %v\n", name, n, err)
			continue
		}
		switch {
		case in.Finding != nil:
			sum.findings++
			if seen[in.Finding.FindingID] {
				sum.duplicates++
			}
			seen[in.Finding.FindingID] = true
		case in.Check != nil:
			sum.checks++
		case in.Withdrawal != nil:
			sum.withdrawals++
		}
		inputs = append(inputs, in)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return inputs, nil
}

// finish tallies the decisions and returns the monthly lists they imply, per
// month that has actions.
func (s *ladderSummary) finish(book *ladder.Book, d ladder.Decision, p *policy.Policy) (map[string][]ladder.ListEntry, error) {
	s.actions, s.warnings = len(d.Actions), len(d.Warnings)
	months := map[string]bool{}
	delisted := map[string]bool{}
	for _, a := range d.Actions {
		s.byCode[a.Code]++
		months[a.DecidedAt.Format("2006-01")] = true
		if a.Code == ladder.DelistZeroScore && !book.Reversed(a.MerchantID, a.ActionID) {
			delisted[a.MerchantID] = true
		}
	}
	for _, e := range d.Ledger {
		if e.Points < 0 {
			s.points -= e.Points
		} else {
			s.restored += e.Points
		}
	}
	for m := range delisted {
		s.delisted = append(s.delisted, m)
	}
	slices.Sort(s.delisted)
	lists := map[string][]ladder.ListEntry{}
	for month := range months {
		entries, err := ladder.MonthlyList(&p.Enforcement, d.Actions, month)
		if err != nil {
			return nil, err
		}
		if len(entries) > 0 {
			lists[month] = entries
		}
	}
	return lists, nil
}

func (s *ladderSummary) String(policyID string, lists map[string][]ladder.ListEntry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ladder: %d lines: %d findings (%d duplicates), %d listing checks, %d withdrawals, %d bad lines\n",
		s.lines, s.findings, s.duplicates, s.checks, s.withdrawals, s.bad)
	fmt.Fprintf(&b, "%d actions (policy %s)\n", s.actions, policyID)
	for _, code := range ladder.Codes {
		if n := s.byCode[code]; n > 0 {
			fmt.Fprintf(&b, "  %-24s %d\n", code, n)
		}
	}
	fmt.Fprintf(&b, "points deducted %d, restored %d; early warnings %d\n", s.points, s.restored, s.warnings)
	fmt.Fprintf(&b, "merchants delisted: %d\n", len(s.delisted))
	for _, m := range s.delisted {
		fmt.Fprintf(&b, "  %s\n", m)
	}
	months := make([]string, 0, len(lists))
	for m := range lists {
		months = append(months, m)
	}
	slices.Sort(months)
	if len(months) == 0 {
		b.WriteString("monthly list: nobody past the bar\n")
	}
	for _, m := range months {
		fmt.Fprintf(&b, "monthly list %s: %d merchants\n", m, len(lists[m]))
		for _, e := range lists[m] {
			fmt.Fprintf(&b, "  %-16s %-24s %d\n", e.MerchantID, e.Family, e.Count)
		}
	}
	return b.String()
}
