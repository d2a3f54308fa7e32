package main

import (
	"context"
	"fmt"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/cli"
)

func runVersion(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("version", "version [--policy FILE]", &c, stdio.Stderr)
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdio.Stdout, "detectors: %s %s\npolicy: %s\n", listing.Version, message.Version, p.ID())
	return nil
}
