package main

import (
	"context"
	"fmt"

	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/store"
)

func runMigrate(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("migrate", "migrate --clickhouse host:port", &c, stdio.Stderr)
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("migrate takes no arguments")
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

func storeConfig(c *cli.Common) store.Config {
	return store.Config{Addr: c.ClickHouse, Database: c.ClickHouseDatabase, User: c.ClickHouseUser, Password: c.ClickHousePassword}
}
