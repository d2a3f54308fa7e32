package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/scan"
)

func runScan(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("scan", "scan [flags] [FILE...]   (stdin when no FILE)", &c, stdio.Stderr)
	failOn := fs.Bool("fail-on-findings", false, "exit with status 1 when anything is found (for self-checks in scripts)")
	marketFile := fs.String("market", "", "market reference file to judge against; default: built from the input's own listings first")
	saveMarket := fs.String("save-market", "", "write the market reference the scan judged against to FILE (for later --market runs)")
	maxBytes := fs.Int("max-event-bytes", schemas.DefaultMaxEventBytes, "size limit of one event")
	nowFlag := fs.String("now", "", "RFC 3339 time to stamp detected_at with (reproducible output); default: now")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	opts := scan.Options{Files: fs.Args(), MaxEventBytes: *maxBytes, FailOnFindings: *failOn}
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			return cli.Usagef("--now: %v", err)
		}
		opts.Now = t
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	engine, err := detectors.New(p)
	if err != nil {
		return err
	}
	if *marketFile != "" {
		f, err := os.Open(*marketFile)
		if err != nil {
			return fmt.Errorf("--market: %w", err)
		}
		ref, err := market.Decode(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("--market %s: %w", *marketFile, err)
		}
		opts.Market = ref
	}
	sum, err := scan.Run(ctx, engine, opts, stdio.Stdin, stdio.Stdout, stdio.Stderr)
	if sum != nil {
		fmt.Fprint(stdio.Stderr, sum.String())
		if *saveMarket != "" && sum.Market != nil {
			if serr := writeMarket(*saveMarket, sum.Market); serr != nil {
				return serr
			}
		}
	}
	if errors.Is(err, scan.ErrFindings) {
		return fmt.Errorf("%d findings (--fail-on-findings)", sum.Findings)
	}
	if err == nil && sum != nil && sum.BadLines > 0 {
		// A self-check over input it could not read has checked nothing there.
		return fmt.Errorf("%d unreadable lines: not everything was checked", sum.BadLines)
	}
	return err
}

func writeMarket(path string, ref *market.Reference) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--save-market: %w", err)
	}
	if err := ref.Encode(f); err != nil {
		f.Close()
		return fmt.Errorf("--save-market %s: %w", path, err)
	}
	return f.Close()
}
