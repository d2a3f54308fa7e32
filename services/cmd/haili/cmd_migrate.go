package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	chschema "github.com/haili/haili/schemas/clickhouse"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/retry"
	"github.com/haili/haili/services/internal/store"
)

func runMigrate(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("migrate", "migrate --clickhouse host:port [--prune-history [--cluster NAME]] | migrate --print [--cluster NAME]", &c, stdio.Stderr)
	cluster := fs.String("cluster", "", "with --print: the DDL for this ClickHouse cluster (ReplicatedMergeTree tables NAME_local and Distributed tables, ON CLUSTER); with --prune-history: prune every shard's event_archive_local ON CLUSTER (and apply no migrations)")
	wait := fs.Duration("wait", 2*time.Minute, "how long to retry a ClickHouse that does not answer yet (env HAILI_WAIT)")
	printDDL := fs.Bool("print", false, "print the migrations' DDL on stdout instead of applying it (no ClickHouse needed)")
	prune := fs.Bool("prune-history", false, "after migrating, remove the event_archive months past the retention in the policy's history section (--policy; built-in: message text 180 days, listings, orders and complaints kept): a kind's events of a month go once the month's last day is older than its retention, so rows live up to a month longer. A month whose every kind has expired is a partition drop; otherwise the expired kinds are deleted by a mutation (ALTER TABLE … DELETE, applied in the background; one still running is not issued again). On a cluster add --cluster NAME. Run it daily (env HAILI_PRUNE_HISTORY)")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("migrate takes no arguments")
	}
	if *prune && *printDDL {
		return cli.Usagef("--prune-history applies to a ClickHouse; it cannot go with --print")
	}
	if *printDDL {
		if c.CheckConfig {
			return cli.ConfigOK(stdio.Stdout, "migrate")
		}
		return printMigrations(stdio, *cluster)
	}
	if *cluster != "" && !*prune {
		return cli.Usagef("--cluster only prints the cluster DDL (add --print and apply the output with clickhouse-client --multiquery), or names the cluster of --prune-history")
	}
	if c.ClickHouse == "" {
		return cli.Usagef("--clickhouse (or HAILI_CLICKHOUSE) is required")
	}
	if *wait <= 0 {
		return cli.Usagef("--wait must be positive")
	}
	cfg := storeConfig(&c)
	cfg.CreateDatabase = true // the one role that may create it
	if err := cfg.Validate(); err != nil {
		return cli.Usagef("%v", err)
	}
	var history policy.History
	if *prune {
		p, err := policy.Load(c.Policy)
		if err != nil {
			return err
		}
		history = p.History
	}
	if c.CheckConfig {
		return cli.ConfigOK(stdio.Stdout, "migrate")
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	// ClickHouse may still be starting (a first start runs an init server
	// on loopback only): retry for up to --wait.
	wctx, cancel := context.WithTimeout(ctx, *wait)
	defer cancel()
	var s *store.Store
	err := retry.Do(wctx, startBackoff, func() error {
		var err error
		s, err = store.Open(wctx, cfg, log)
		return err
	}, func(err error, pause time.Duration) {
		log.Warn("ClickHouse is not reachable yet; retrying", zap.String("clickhouse", cfg.Addr), zap.Duration("backoff", pause), zap.Error(err))
	})
	if err != nil {
		return fmt.Errorf("clickhouse %s not reachable within --wait %s: %w", cfg.Addr, *wait, err)
	}
	defer s.Close()
	if *cluster == "" {
		// A cluster's schema is applied from the --print DDL, not here.
		applied, err := s.Migrate(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdio.Stdout, "applied %d migrations to %s/%s %v\n", len(applied), c.ClickHouse, c.ClickHouseDatabase, applied)
	}
	if !*prune {
		return nil
	}
	pruned, err := s.PruneHistory(ctx, history, time.Now(), *cluster)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdio.Stdout, "pruned %d event_archive months %v\n", len(pruned), pruned)
	return nil
}

func storeConfig(c *cli.Common) chdb.Config {
	return chdb.Config{Addr: c.ClickHouse, Database: c.ClickHouseDatabase, User: c.ClickHouseUser, Password: c.ClickHousePassword,
		InsertQuorum: c.InsertQuorum}
}

// printMigrations writes the single-node DDL, or with cluster the cluster DDL
// derived from it, as one script.
func printMigrations(stdio cli.IO, cluster string) error {
	ms, err := chschema.Migrations()
	if cluster != "" {
		ms, err = chschema.ClusterMigrations(cluster)
	}
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdio.Stdout, chschema.FormatSQL(ms))
	return err
}
