package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/reinspect"
	"github.com/haili/haili/services/internal/store"
)

// runReinspect re-judges the latest version of every archived listing under
// the policy in force (or --policy) and sends the new findings down the
// normal path.
func runReinspect(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("reinspect", "reinspect --clickhouse HOST:PORT --kafka HOST:PORT [--policy FILE] [--since T] [--category C]\n\n"+
		"Re-judges the latest version of every listing in the event archive under the policy (the\n"+
		"built-in one unless --policy) against the live market reference, and sends the findings not\n"+
		"already known to findings.v1 (enforcement acts on them) and the findings table. Finding ids\n"+
		"are deterministic: running it twice adds nothing. A checkpoint after every batch: a killed\n"+
		"run started again with the same policy and filters resumes where it stopped. Progress on stderr.", &c, stdio.Stderr)
	sinceFlag := fs.String("since", "", "only listings whose latest version was published at or after this RFC 3339 time")
	category := fs.String("category", "", "only this category's listings")
	batch := fs.Int("batch-size", reinspect.DefaultBatchSize, "listings judged between checkpoints")
	workers := fs.Int("workers", 0, "goroutines judging side by side; default: the CPUs the process may use")
	restart := fs.Bool("restart", false, "ignore the checkpoint: start a new pass from the first listing")
	marketFile := fs.String("market", "", "market reference file (scan --save-market); default: the live workers' reference in ClickHouse")
	maxBytes := fs.Int("max-event-bytes", schemas.DefaultMaxEventBytes, "size limit of one event")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("reinspect takes no arguments")
	}
	if len(c.Kafka) == 0 || c.ClickHouse == "" {
		return cli.Usagef("--kafka and --clickhouse (or HAILI_KAFKA, HAILI_CLICKHOUSE) are required")
	}
	var since time.Time
	if *sinceFlag != "" {
		t, err := time.Parse(time.RFC3339, *sinceFlag)
		if err != nil {
			return cli.Usagef("--since: %v", err)
		}
		since = t
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	cfg := reinspect.Config{Policy: p, Since: since, Category: *category, BatchSize: *batch, Workers: *workers,
		MaxEventBytes: *maxBytes, Restart: *restart}
	if err := cfg.Validate(); err != nil {
		return cli.Usagef("%v", err)
	}
	scfg := storeConfig(&c)
	if err := scfg.Validate(); err != nil {
		return cli.Usagef("%v", err)
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
		return cli.ConfigOK(stdio.Stdout, "reinspect")
	}
	if !*quiet {
		cfg.Progress = backtest.PrintProgress(stdio.Stderr, "reinspect: listings")
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	s, err := store.Open(ctx, scfg, log)
	if err != nil {
		return err
	}
	defer s.Close()
	if ref == nil {
		k, err := marketstate.Load(ctx, marketstate.Config{Source: "reinspect-" + strconv.Itoa(os.Getpid())}, s, log)
		if err != nil {
			return err
		}
		ref = k.Reference()
	}
	w := kafkaio.NewWriter(c.Kafka)
	defer w.Close()
	sum, err := reinspect.New(s, producer{w}, ref, log).Run(ctx, cfg)
	if sum != nil {
		fmt.Fprint(stdio.Stderr, sum.String())
	}
	if err != nil {
		return err
	}
	if sum.Bad > 0 {
		return fmt.Errorf("%d listings could not be judged (logged): not everything was re-inspected", sum.Bad)
	}
	log.Debug("reinspect finished", zap.String("run_id", sum.RunID))
	return nil
}

// producer sends through kafkaio.Produce: a finding too large for the
// producer becomes a dead letter instead of stalling the run.
type producer struct{ w *kafka.Writer }

func (p producer) WriteMessages(ctx context.Context, msgs ...kafka.Message) error {
	_, err := kafkaio.Produce(ctx, p.w, msgs, time.Now())
	return err
}
