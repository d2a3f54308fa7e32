package main

import (
	"context"
	"fmt"
	"io"

	chschema "github.com/haili/haili/schemas/clickhouse"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/store"
)

func runMigrate(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("migrate", "migrate --clickhouse host:port | migrate --print [--cluster NAME]", &c, stdio.Stderr)
	cluster := fs.String("cluster", "", "with --print: the DDL for this ClickHouse cluster (ReplicatedMergeTree tables NAME_local and Distributed tables, ON CLUSTER)")
	printDDL := fs.Bool("print", false, "print the migrations' DDL on stdout instead of applying it (no ClickHouse needed)")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("migrate takes no arguments")
	}
	if *printDDL {
		return printMigrations(stdio, *cluster)
	}
	if *cluster != "" {
		return cli.Usagef("--cluster only prints the cluster DDL: add --print and apply the output with clickhouse-client --multiquery")
	}
	if c.ClickHouse == "" {
		return cli.Usagef("--clickhouse (or HAILI_CLICKHOUSE) is required")
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	s, err := store.Open(ctx, storeConfig(&c), log)
	if err != nil {
		return err
	}
	defer s.Close()
	applied, err := s.Migrate(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdio.Stdout, "applied %d migrations to %s/%s %v\n", len(applied), c.ClickHouse, c.ClickHouseDatabase, applied)
	return nil
}

func storeConfig(c *cli.Common) chdb.Config {
	return chdb.Config{Addr: c.ClickHouse, Database: c.ClickHouseDatabase, User: c.ClickHouseUser, Password: c.ClickHousePassword}
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
