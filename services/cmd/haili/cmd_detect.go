package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/health"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/store"
)

// detectFlags are the detection worker's own flags.
type detectFlags struct {
	group         string
	batchSize     int
	maxBatchSize  int
	processors    int
	flushInterval time.Duration
	maxEventBytes int
	marketRefresh int
	passThrough   bool
	pprof         bool
	shadowPolicy  string
}

func (d *detectFlags) bind(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
	DurationVar(*time.Duration, string, time.Duration, string)
	BoolVar(*bool, string, bool, string)
}) {
	def := detect.DefaultConfig(nil)
	fs.StringVar(&d.group, "group", def.GroupID, "Kafka consumer group of the detection workers (env HAILI_GROUP)")
	fs.IntVar(&d.batchSize, "batch-size", def.BatchSize, "flush to ClickHouse after this many events (env HAILI_BATCH_SIZE)")
	fs.IntVar(&d.maxBatchSize, "max-batch-size", 0, "while a flush is still being written, let the next batch grow up to this many events (env HAILI_MAX_BATCH_SIZE; default: 4 × --batch-size)")
	fs.IntVar(&d.processors, "processors", def.Processors, "goroutines that decode and detect side by side, each owning whole partitions (env HAILI_PROCESSORS; default: the CPUs this process may use)")
	fs.DurationVar(&d.flushInterval, "flush-interval", def.FlushInterval, "flush at least this often (env HAILI_FLUSH_INTERVAL)")
	fs.IntVar(&d.maxEventBytes, "max-event-bytes", def.MaxEventBytes, "size limit of one event; larger ones are dead-lettered (env HAILI_MAX_EVENT_BYTES)")
	fs.IntVar(&d.marketRefresh, "market-refresh", defaultMarketRefresh, "listings between refreshes of the market reference; 0 keeps the reference loaded at start for the whole run, and saves none (env HAILI_MARKET_REFRESH)")
	fs.BoolVar(&d.pprof, "pprof", false, "serve the Go runtime's profiles under /debug/pprof/ on --listen (env HAILI_PPROF)")
	fs.StringVar(&d.shadowPolicy, "shadow-policy", "", "candidate policy file (YAML) that judges the same events beside the live policy; its findings go to the shadow_findings table only, never to findings, findings.v1, listing checks or enforcement (env HAILI_SHADOW_POLICY)")
	fs.BoolVar(&d.passThrough, "pass-through", false, "benchmark baseline: decode, batch, write and commit without running the detectors; never against a production database (env HAILI_PASS_THROUGH)")
}

// defaultMarketRefresh is how many listings a worker observes between two
// snapshots of its market reference.
const defaultMarketRefresh = 500

// marketConfig maps --market-refresh to the keeper's settings. 0 pins the
// reference: no snapshot refresh and no save (a save also refreshes it), so
// that runs of one stream with different interleavings judge alike.
func marketConfig(source string, refresh int) marketstate.Config {
	if refresh <= 0 {
		return marketstate.Config{Source: source, RefreshEvery: math.MaxInt, SaveInterval: math.MaxInt64}
	}
	return marketstate.Config{Source: source, RefreshEvery: refresh, SaveInterval: 10 * time.Second}
}

func runDetect(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	var d detectFlags
	fs := cli.FlagSet("detect", "detect --kafka host:port --clickhouse host:port [flags]", &c, stdio.Stderr)
	d.bind(fs)
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if len(c.Kafka) == 0 || c.ClickHouse == "" {
		return cli.Usagef("--kafka and --clickhouse (or HAILI_KAFKA, HAILI_CLICKHOUSE) are required")
	}
	cfg, err := detectConfig(&c, &d)
	if err != nil {
		return err
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	engine, err := detectors.New(p)
	if err != nil {
		return err
	}
	var shadowID string
	if d.shadowPolicy != "" {
		if d.passThrough {
			return cli.Usagef("--shadow-policy needs the detectors; it cannot run with --pass-through")
		}
		sp, err := policy.Load(d.shadowPolicy)
		if err != nil {
			return fmt.Errorf("shadow policy: %w", err)
		}
		shadow, err := detectors.New(sp)
		if err != nil {
			return fmt.Errorf("shadow policy: %w", err)
		}
		cfg.Shadow, shadowID = shadow, sp.ID()
	}
	if err := checkStore(&c); err != nil {
		return err
	}
	if c.CheckConfig {
		return cli.ConfigOK(stdio.Stdout, "detect")
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	// Health first: /healthz answers while the servers are retried, /readyz
	// once they answer. Stopped last, after the store is closed.
	reg := health.NewRegistry()
	var gate health.Gate
	if c.Listen != "" {
		srv := &health.Server{Ready: gate.Ready, Metrics: reg, Profiling: d.pprof}
		defer background(ctx, func(ctx context.Context) {
			if err := srv.ListenAndServe(ctx, c.Listen, log); err != nil {
				log.Error("health server", zap.Error(err))
			}
		})()
	}
	s, err := connectStore(ctx, &c, log)
	if err != nil {
		return err
	}
	defer s.Close()
	var w *detect.Worker
	if err := startRetry(ctx, log, "loading the market reference and conversations", func() error {
		var err error
		w, err = newDetectWorker(ctx, cfg, p, engine, &d, s, log)
		return err
	}); err != nil {
		return err
	}
	registerDetect(reg, w.Stats(), cfg)
	gate.Open(s.Ping, kafkaReady(c.Kafka))
	log.Info("detection worker started", zap.Strings("kafka", c.Kafka), zap.String("clickhouse", c.ClickHouse), zap.String("group", d.group), zap.String("shadow_policy_version", shadowID))
	return w.Run(ctx)
}

// detectConfig is the worker configuration of the flags, validated.
func detectConfig(c *cli.Common, d *detectFlags) (detect.Config, error) {
	cfg := detect.DefaultConfig(c.Kafka)
	cfg.GroupID, cfg.BatchSize, cfg.FlushInterval, cfg.MaxEventBytes = d.group, d.batchSize, d.flushInterval, d.maxEventBytes
	cfg.Processors = d.processors
	cfg.MaxBatchSize = d.maxBatchSize
	if cfg.MaxBatchSize == 0 {
		cfg.MaxBatchSize = 4 * cfg.BatchSize
	}
	cfg.PassThrough = d.passThrough
	if d.marketRefresh < 0 {
		return cfg, cli.Usagef("--market-refresh must not be negative, got %d", d.marketRefresh)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, cli.Usagef("%v", err)
	}
	return cfg, nil
}

// newDetectWorker wires a detection worker: market reference and
// conversation context reloaded from ClickHouse.
func newDetectWorker(ctx context.Context, cfg detect.Config, p *policy.Policy, engine *detectors.Engine, d *detectFlags, s *store.Store, log *zap.Logger) (*detect.Worker, error) {
	host, _ := os.Hostname()
	mkt, err := marketstate.Load(ctx, marketConfig(fmt.Sprintf("%s-%d-%d", host, os.Getpid(), time.Now().Unix()), d.marketRefresh), s, log)
	if err != nil {
		return nil, err
	}
	w, err := detect.New(cfg, engine, s, mkt, log)
	if err != nil {
		return nil, err
	}
	if err := w.LoadState(ctx, s); err != nil {
		return nil, err
	}
	log.Info("policy loaded", zap.String("policy_version", p.ID()))
	return w, nil
}

// background runs fn in a goroutine with a context of its own under ctx; the
// function it returns cancels that context and waits for fn to return.
func background(ctx context.Context, fn func(context.Context)) (stop func()) {
	bctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(bctx)
	}()
	return func() {
		cancel()
		<-done
	}
}
