package main

import (
	"context"
	"strings"

	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/deadletter"
	"github.com/haili/haili/services/internal/kafkaio"
)

const deadletterSynopsis = `deadletter replay --kafka host:port [--group G] [--reason TEXT] [--dry-run] [--limit N]

Re-feeds dead letters after a fix: reads deadletter.v1 (from the start, or
from group G's committed offsets, up to its end when the command starts),
decodes each record and re-produces its exact bytes to its source topic with
its key. With --group, the group's offsets are committed after the re-feed,
so the next replay starts after it.`

func runDeadletter(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	var f deadletter.ReplayConfig
	fs := cli.FlagSet("deadletter", deadletterSynopsis, &c, stdio.Stderr)
	fs.StringVar(&f.Group, "group", "", "consumer group whose offsets on deadletter.v1 mark what was replayed; empty = read from the start, commit nothing (env HAILI_GROUP)")
	fs.StringVar(&f.Reason, "reason", "", "replay only records whose reason contains this text (env HAILI_REASON)")
	fs.BoolVar(&f.DryRun, "dry-run", false, "list the records that would be replayed; produce and commit nothing (env HAILI_DRY_RUN)")
	fs.IntVar(&f.Limit, "limit", 0, "replay at most this many records; 0 = all (env HAILI_LIMIT)")
	action, rest := "", args
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		action, rest = args[0], args[1:]
	}
	if err := cli.Parse(fs, &c, rest); err != nil {
		return err
	}
	switch {
	case action == "":
		return cli.Usagef("deadletter: missing action (replay)")
	case action != "replay":
		return cli.Usagef("deadletter: unknown action %q (want replay)", action)
	case len(c.Kafka) == 0:
		return cli.Usagef("--kafka (or HAILI_KAFKA) is required")
	case f.Limit < 0:
		return cli.Usagef("--limit must not be negative")
	case len(fs.Args()) > 0:
		return cli.Usagef("deadletter replay takes no arguments, got %q", fs.Args())
	}
	f.Brokers = c.Kafka
	w := kafkaio.NewWriter(c.Kafka)
	defer w.Close()
	return deadletter.Replay(ctx, f, kafkaio.NewClient(c.Kafka...), w, stdio.Stdout)
}
