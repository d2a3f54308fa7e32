package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/loadgen"
	"github.com/haili/haili/services/internal/store"
)

// loadgenFlags are loadgen's own flags.
type loadgenFlags struct {
	gen         loadgen.Config
	prod        loadgen.ProduceConfig
	out         string
	waitGroup   string
	waitTimeout time.Duration
	latency     bool
	latencyPoll time.Duration
	latencyTTL  time.Duration
}

func runLoadgen(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	var f loadgenFlags
	fs := cli.FlagSet("loadgen", "loadgen --kafka host:port (--count N | --duration D) [flags]   or   loadgen --out FILE --count N", &c, stdio.Stderr)
	fs.Float64Var(&f.prod.Rate, "rate", 0, "events per second; 0 = as fast as the broker acknowledges (env HAILI_RATE)")
	fs.IntVar(&f.prod.Count, "count", 0, "stop after this many events (env HAILI_COUNT)")
	fs.DurationVar(&f.prod.Duration, "duration", 0, "stop after this long (env HAILI_DURATION)")
	mix := fs.String("mix", loadgen.DefaultMix.String(), "shares of listing, message, order and complaint events (env HAILI_MIX)")
	fs.Float64Var(&f.gen.ViolationShare, "violation-share", 0.1, "share of listings, orders, conversations and complaints planted with a violation, 0..1 (env HAILI_VIOLATION_SHARE)")
	cats := fs.String("categories", "", "comma-separated categories; empty = all: "+strings.Join(loadgen.CategoryIDs(), ", ")+" (env HAILI_CATEGORIES)")
	langs := fs.String("languages", "", "comma-separated languages of messages; empty = all: "+strings.Join(loadgen.LanguageCodes(), ", ")+" (env HAILI_LANGUAGES)")
	fs.Uint64Var(&f.gen.Seed, "seed", 1, "random seed; the same seed and flags give the same stream (env HAILI_SEED)")
	fs.StringVar(&f.gen.IDPrefix, "id-prefix", "", "prefix of every generated id; default lg<seed> (env HAILI_ID_PREFIX)")
	fs.StringVar(&f.out, "out", "", "write the events as JSON lines to this file ('-' = stdout) instead of Kafka (env HAILI_OUT)")
	fs.StringVar(&f.waitGroup, "wait-group", "", "after producing, wait until this consumer group has committed the input topics and report end-to-end events/s (env HAILI_WAIT_GROUP)")
	fs.DurationVar(&f.waitTimeout, "wait-timeout", 10*time.Minute, "give up waiting for --wait-group or --latency after this long (env HAILI_WAIT_TIMEOUT)")
	fs.BoolVar(&f.latency, "latency", false, "time each planted violation from produce to its finding in ClickHouse (needs --clickhouse) and report p50/p99 (env HAILI_LATENCY)")
	fs.DurationVar(&f.latencyPoll, "latency-poll", 50*time.Millisecond, "how often --latency polls ClickHouse (env HAILI_LATENCY_POLL)")
	fs.DurationVar(&f.latencyTTL, "latency-ttl", 30*time.Second, "stop waiting for an event's finding after this long (env HAILI_LATENCY_TTL)")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	var err error
	if f.gen.Mix, err = loadgen.ParseMix(*mix); err != nil {
		return cli.Usagef("--mix: %v", err)
	}
	if f.gen.Categories, err = loadgen.ParseList(*cats, loadgen.CategoryIDs()); err != nil {
		return cli.Usagef("--categories: %v", err)
	}
	if f.gen.Languages, err = loadgen.ParseList(*langs, loadgen.LanguageCodes()); err != nil {
		return cli.Usagef("--languages: %v", err)
	}
	if err := f.prod.Validate(); err != nil {
		return cli.Usagef("%v", err)
	}
	g, err := loadgen.New(f.gen)
	if err != nil {
		return cli.Usagef("%v", err)
	}
	switch {
	case f.out != "" && (f.waitGroup != "" || f.latency):
		return cli.Usagef("--out writes a file; --wait-group and --latency need Kafka")
	case f.out == "" && len(c.Kafka) == 0:
		return cli.Usagef("--kafka (or HAILI_KAFKA) is required, or --out FILE")
	case f.latency && c.ClickHouse == "":
		return cli.Usagef("--latency needs --clickhouse (or HAILI_CLICKHOUSE)")
	}
	if f.out != "" {
		return writeEvents(f.out, g, f.prod.Count, stdio)
	}
	return produceLoad(ctx, &c, &f, g, stdio.Stdout)
}

// writeEvents writes count generated events as JSON lines.
func writeEvents(name string, g *loadgen.Generator, count int, stdio cli.IO) error {
	if count <= 0 {
		return cli.Usagef("--out needs --count")
	}
	w := stdio.Stdout
	if name != "-" {
		f, err := os.Create(name)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	for range count {
		ev := g.Next()
		bw.Write(ev.Value)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(stdio.Stderr, "wrote %d events\n", count)
	return nil
}

func produceLoad(ctx context.Context, c *cli.Common, f *loadgenFlags, g *loadgen.Generator, out io.Writer) error {
	w := kafkaio.NewWriter(c.Kafka)
	defer w.Close()
	var observe func(loadgen.Event, time.Time)
	var probe *loadgen.LatencyProbe
	probeDone := make(chan error, 1)
	probeCtx, stopProbe := context.WithCancel(ctx)
	defer stopProbe()
	if f.latency {
		s, err := store.Open(ctx, storeConfig(c), zap.NewNop())
		if err != nil {
			return err
		}
		defer s.Close()
		probe = loadgen.NewLatencyProbe(s.DB(), f.latencyTTL)
		observe = func(ev loadgen.Event, at time.Time) {
			if ev.Violation != "" {
				probe.Expect(ev.EventID, at)
			}
		}
		go func() { probeDone <- probe.Run(probeCtx, f.latencyPoll) }()
	} else {
		close(probeDone)
	}
	start := time.Now()
	p, err := loadgen.Produce(ctx, w, g, f.prod, observe)
	fmt.Fprintf(out, "produced %d events in %s (%.0f events/s): listing %d, message %d, order %d, complaint %d; %d planted violations\n",
		p.Events, p.Elapsed.Round(time.Millisecond), p.Rate(), p.ByKind[loadgen.KindListing], p.ByKind[loadgen.KindMessage],
		p.ByKind[loadgen.KindOrder], p.ByKind[loadgen.KindComplaint], p.Planted)
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, f.waitTimeout)
	defer cancel()
	if f.waitGroup != "" {
		client := kafkaio.NewClient(c.Kafka...)
		prog, at, err := loadgen.WaitCaughtUp(wctx, client, f.waitGroup, schemas.InputTopics, 0, 100*time.Millisecond)
		if err != nil {
			return err
		}
		d := at.Sub(start)
		fmt.Fprintf(out, "group %s caught up (%d events committed) %s after the first produce: %.0f events/s end to end\n",
			f.waitGroup, prog.Committed, d.Round(time.Millisecond), float64(p.Events)/d.Seconds())
	}
	if probe != nil {
		for probe.Pending() > 0 && wctx.Err() == nil {
			time.Sleep(f.latencyPoll)
		}
		stopProbe()
		if err := <-probeDone; err != nil {
			fmt.Fprintf(out, "latency probe: last error: %v\n", err)
		}
		fmt.Fprintf(out, "produce → finding visible in ClickHouse: %s\n", probe.Result())
	}
	return nil
}
