package main

import (
	"context"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/health"
)

// runEnforce runs an enforcement worker: findings.v1 and listing-checks.v1
// through the penalty ladder into actions, notices and ClickHouse.
func runEnforce(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("enforce", "enforce --kafka host:port --clickhouse host:port [flags]", &c, stdio.Stderr)
	def := enforce.DefaultConfig(nil)
	group := fs.String("group", def.GroupID, "Kafka consumer group of the enforcement workers (env HAILI_GROUP)")
	batchSize := fs.Int("batch-size", def.BatchSize, "flush after this many inputs (env HAILI_BATCH_SIZE)")
	flushInterval := fs.Duration("flush-interval", def.FlushInterval, "flush at least this often (env HAILI_FLUSH_INTERVAL)")
	tickInterval := fs.Duration("tick-interval", def.TickInterval, "how often the clock is read to fire rectification deadlines (env HAILI_TICK_INTERVAL)")
	orderWindow := fs.Duration("order-window", def.OrderWindow, "decide inputs in event-time order, each once every partition has seen events this much newer; 0 decides them as they arrive (env HAILI_ORDER_WINDOW)")
	orderIdle := fs.Duration("order-idle", def.OrderIdle, "with --order-window, a partition silent this long no longer holds the others back (env HAILI_ORDER_IDLE)")
	orderMaxHeld := fs.Int("order-max-held", def.OrderMaxHeld, "with --order-window, hold at most this many inputs; past it the earliest are decided without waiting (env HAILI_ORDER_MAX_HELD)")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("enforce takes no arguments")
	}
	if len(c.Kafka) == 0 || c.ClickHouse == "" {
		return cli.Usagef("--kafka and --clickhouse (or HAILI_KAFKA, HAILI_CLICKHOUSE) are required")
	}
	cfg := enforce.DefaultConfig(c.Kafka)
	cfg.GroupID, cfg.BatchSize, cfg.FlushInterval, cfg.TickInterval = *group, *batchSize, *flushInterval, *tickInterval
	cfg.OrderWindow, cfg.OrderIdle, cfg.OrderMaxHeld = *orderWindow, *orderIdle, *orderMaxHeld
	if err := cfg.Validate(); err != nil {
		return cli.Usagef("%v", err)
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	if err := checkStore(&c); err != nil {
		return err
	}
	if c.CheckConfig {
		return cli.ConfigOK(stdio.Stdout, "enforce")
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	// Health first: /healthz answers while the servers are retried, /readyz
	// once they answer. Stopped last, after the store is closed.
	reg := health.NewRegistry()
	var gate health.Gate
	if c.Listen != "" {
		srv := &health.Server{Ready: gate.Ready, Metrics: reg}
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
	w, err := enforce.New(cfg, p, enforce.NewDB(s.DB()), log)
	if err != nil {
		return err
	}
	registerEnforce(reg, w.Stats(), cfg)
	gate.Open(s.Ping, kafkaReady(c.Kafka))
	log.Info("enforcement worker started", zap.Strings("kafka", c.Kafka), zap.String("clickhouse", c.ClickHouse),
		zap.String("group", cfg.GroupID), zap.String("policy_version", p.ID()))
	return w.Run(ctx)
}
