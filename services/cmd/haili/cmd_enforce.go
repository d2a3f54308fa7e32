package main

import (
	"context"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/health"
	"github.com/haili/haili/services/internal/store"
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
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	s, err := store.Open(ctx, storeConfig(&c), log)
	if err != nil {
		return err
	}
	defer s.Close()
	w, err := enforce.New(cfg, p, enforce.NewDB(s.DB()), log)
	if err != nil {
		return err
	}
	if c.Listen != "" {
		// Stopped and waited for before the store closes.
		defer background(ctx, func(ctx context.Context) { serveEnforceHealth(ctx, c.Listen, w, s, log) })()
	}
	log.Info("enforcement worker started", zap.Strings("kafka", c.Kafka), zap.String("clickhouse", c.ClickHouse),
		zap.String("group", cfg.GroupID), zap.String("policy_version", p.ID()))
	return w.Run(ctx)
}

func serveEnforceHealth(ctx context.Context, addr string, w *enforce.Worker, s *store.Store, log *zap.Logger) {
	st := w.Stats()
	counter := func(name, help string, v interface{ Load() int64 }) health.Metric {
		return health.Metric{Name: name, Help: help, Type: "counter", Value: func() float64 { return float64(v.Load()) }}
	}
	srv := &health.Server{
		Ready: s.Ping,
		Metrics: []health.Metric{
			counter("haili_enforce_inputs_total", "Findings, listing checks and withdrawals consumed.", &st.Inputs),
			counter("haili_enforce_actions_total", "Actions decided.", &st.Actions),
			counter("haili_enforce_notices_total", "Notices written.", &st.Notices),
			counter("haili_enforce_deadletters_total", "Inputs sent to deadletter.v1.", &st.Deadletters),
			counter("haili_enforce_batches_total", "Batches flushed.", &st.Batches),
			counter("haili_enforce_flush_retries_total", "Failed flush steps retried.", &st.FlushRetries),
			counter("haili_enforce_generations_total", "Consumer group generations joined (ladders rebuilt).", &st.Generations),
			counter("haili_enforce_committed_total", "Inputs whose results are durable and offsets committed.", &st.Committed),
			{Name: "haili_enforce_last_flush_seconds", Help: "Unix time of the last successful flush.", Type: "gauge", Value: func() float64 { return float64(st.LastFlush.Load()) / 1e9 }},
		},
	}
	if err := srv.ListenAndServe(ctx, addr, log); err != nil {
		log.Error("health server", zap.Error(err))
	}
}
