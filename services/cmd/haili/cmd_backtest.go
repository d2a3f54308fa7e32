package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/cli"
)

// runBacktest judges events under the baseline and a candidate policy, with
// the same detectors, market reference and ladder, and reports the
// difference.
func runBacktest(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("backtest", "backtest --candidate FILE [--baseline FILE] [--json] [--out DIR] [EVENTS.jsonl...]   (stdin without files)\n"+
		"       haili backtest --candidate FILE --clickhouse HOST:PORT --from T --to T [--category C] [--sample R] [...]\n\n"+
		"Judges the events under both policies (the same detectors, the same market reference, each\n"+
		"policy's penalty ladder) and prints findings and actions per code under each, gains and losses\n"+
		"per category and code, the merchants whose ladder outcome changes and a sample of changed\n"+
		"findings. --json prints the whole report; --out DIR writes report.html, report.json and\n"+
		"changes.jsonl. Progress goes to stderr. The baseline is --baseline, else --policy, else the\n"+
		"built-in policy. Exit status 1 when events could not be read (the report says which).", &c, stdio.Stderr)
	candidateFile := fs.String("candidate", "", "candidate policy file (YAML; required)")
	baselineFile := fs.String("baseline", "", "baseline policy file; default: --policy, else the built-in policy")
	asJSON := fs.Bool("json", false, "print the report as JSON instead of the summary")
	outDir := fs.String("out", "", "write report.html, report.json and changes.jsonl to DIR")
	marketFile := fs.String("market", "", "files only: market reference file (scan --save-market); default: built from the input's listings")
	nowFlag := fs.String("now", "", "RFC 3339 time the ladders run to (deadlines before it fire); default: the latest event (files) or --to (history)")
	fromFlag := fs.String("from", "", "history: start of the window, RFC 3339 (inclusive)")
	toFlag := fs.String("to", "", "history: end of the window, RFC 3339 (exclusive)")
	category := fs.String("category", "", "history: only this category's listings and their orders")
	sample := fs.Float64("sample", 1, "history: share of threads (a listing with its orders, a conversation) to judge, chosen by hash: the same on every run")
	maxBytes := fs.Int("max-event-bytes", schemas.DefaultMaxEventBytes, "size limit of one event")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if *candidateFile == "" {
		return cli.Usagef("--candidate is required")
	}
	history := c.ClickHouse != ""
	if history && fs.NArg() > 0 {
		return cli.Usagef("--clickhouse reads the history: give no event files")
	}
	if !history && (*fromFlag != "" || *toFlag != "" || *category != "" || c.IsSet("sample")) {
		return cli.Usagef("--from, --to, --category and --sample read the history: they need --clickhouse")
	}
	if history && *marketFile != "" {
		return cli.Usagef("--market is for files; the history's market reference is built from its window")
	}
	if *sample <= 0 || *sample > 1 {
		return cli.Usagef("--sample %v: want a share in (0, 1]", *sample)
	}
	parseTime := func(name, v string) (time.Time, error) {
		if v == "" {
			return time.Time{}, nil
		}
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return t, cli.Usagef("--%s: %v", name, err)
		}
		return t, nil
	}
	now, err := parseTime("now", *nowFlag)
	if err != nil {
		return err
	}
	from, err := parseTime("from", *fromFlag)
	if err != nil {
		return err
	}
	to, err := parseTime("to", *toFlag)
	if err != nil {
		return err
	}
	if history && (from.IsZero() || to.IsZero() || !to.After(from)) {
		return cli.Usagef("--from and --to are required with --clickhouse, --to after --from")
	}
	candYAML, err := os.ReadFile(*candidateFile)
	if err != nil {
		return fmt.Errorf("--candidate: %w", err)
	}
	candidate, err := policy.Parse(candYAML)
	if err != nil {
		return fmt.Errorf("--candidate %s: %w", *candidateFile, err)
	}
	baseFile := *baselineFile
	if baseFile == "" {
		baseFile = c.Policy
	}
	var baseYAML []byte
	baseline := policy.Default()
	if baseFile != "" {
		if baseYAML, err = os.ReadFile(baseFile); err != nil {
			return fmt.Errorf("--baseline: %w", err)
		}
		if baseline, err = policy.Parse(baseYAML); err != nil {
			return fmt.Errorf("--baseline %s: %w", baseFile, err)
		}
	}
	var ref *market.Reference
	if *marketFile != "" {
		f, err := os.Open(*marketFile)
		if err != nil {
			return fmt.Errorf("--market: %w", err)
		}
		ref, err = market.Decode(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("--market %s: %w", *marketFile, err)
		}
	}
	if c.CheckConfig {
		return cli.ConfigOK(stdio.Stdout, "backtest")
	}
	var progress func(backtest.Progress)
	if !*quiet {
		progress = backtest.PrintProgress(stdio.Stderr, "backtest: events")
	}

	var r *backtest.Report
	if history {
		log := c.Logger(stdio.Stderr)
		defer log.Sync()
		cfg := storeConfig(&c)
		if err := cfg.Validate(); err != nil {
			return cli.Usagef("%v", err)
		}
		db, err := chdb.Open(ctx, cfg)
		if err != nil {
			return err
		}
		defer db.Close()
		runner := backtest.NewHistoryRunner(db, log, backtest.HistoryConfig{MaxEventBytes: *maxBytes, Progress: progress})
		r, err = runner.Run(ctx, backtest.Request{From: from, To: to, Category: *category, SampleRate: *sample,
			Candidate: candYAML, Baseline: baseYAML})
		if err != nil {
			return err
		}
		if !now.IsZero() {
			// The runner runs the ladders to --to; a different --now is a file-mode notion.
			fmt.Fprintf(stdio.Stderr, "backtest: --now is ignored with --clickhouse: the ladders run to --to\n")
		}
	} else {
		r, err = backtest.RunFiles(ctx, baseline, candidate, backtest.FileOptions{
			Files: fs.Args(), Stdin: stdio.Stdin, Market: ref, MaxEventBytes: *maxBytes, Now: now, Progress: progress})
		if err != nil {
			return err
		}
	}
	if *asJSON {
		err = backtest.WriteJSON(stdio.Stdout, r)
	} else {
		err = backtest.WriteSummary(stdio.Stdout, r)
	}
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if *outDir != "" {
		if err := writeBacktestDir(*outDir, r); err != nil {
			return err
		}
		fmt.Fprintf(stdio.Stderr, "backtest: report in %s\n", filepath.Join(*outDir, "report.html"))
	}
	if r.BadEvents > 0 {
		return fmt.Errorf("%s events could not be read or judged: the report is incomplete", strconv.Itoa(r.BadEvents))
	}
	return nil
}

// writeBacktestDir writes the HTML report, the JSON report and the changes.
func writeBacktestDir(dir string, r *backtest.Report) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, *backtest.Report) error
	}{
		{"report.html", backtest.WriteHTML},
		{"report.json", backtest.WriteJSON},
		{"changes.jsonl", backtest.WriteChanges},
	} {
		path := filepath.Join(dir, f.name)
		out, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("--out: %w", err)
		}
		err = f.write(out, r)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("--out %s: %w", path, err)
		}
	}
	return nil
}
