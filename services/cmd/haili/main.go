// Command haili is Haili's single binary: one subcommand per role. Run
// `haili --help` for the list and `haili <subcommand> --help` for its flags;
// commands() below is where they are registered.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/haili/haili/services/internal/cli"
)

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdio cli.IO) error
}

// commands is the one place where subcommands are registered.
func commands() map[string]command {
	return map[string]command{
		"scan":    {"scan JSON-lines events for violations; findings to stdout", runScan},
		"detect":  {"run a detection worker: Kafka input topics → detectors → ClickHouse", runDetect},
		"migrate": {"apply the ClickHouse schema migrations", runMigrate},
		"produce": {"send JSON-lines events to their Kafka topics", runProduce},
		"dev":     {"run everything locally (embedded Kafka, local ClickHouse) and replay sample data", runDev},
		"version": {"print the version of haili, its detectors and the built-in policy", runVersion},

		"loadgen":    {"produce a realistic, reproducible stream of events; report throughput and latency", runLoadgen},
		"deadletter": {"deadletter replay: re-feed dead-lettered events to their topics after a fix", runDeadletter},
		"enforce":    {"run an enforcement worker: findings → penalty ladder → actions, notices, ClickHouse", runEnforce},
		"backtest":   {"judge events (files or the history) under a candidate policy and the baseline; report the difference", runBacktest},
		"reinspect":  {"re-judge the latest version of every archived listing; send new findings to enforcement", runReinspect},
		"ladder":     {"offline ladder: findings, checks, withdrawals in; actions out (what-if)", runLadder},
		"publish":    {"publish a month's list of serious violators (masked CSV and HTML) and warn them", runPublish},
		"serve":      {"serve the governance console, the merchant portal and the API (check API, reviews, appeals, lists)", runServe},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	if err != nil && cli.ExitCode(err) != 0 {
		fmt.Fprintln(os.Stderr, "haili:", err)
	}
	os.Exit(cli.ExitCode(err))
}

func run(ctx context.Context, args []string, stdio cli.IO) error {
	cmds := commands()
	if len(args) == 0 {
		usage(stdio.Stderr, cmds)
		return cli.Usagef("no subcommand")
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "help" {
		usage(stdio.Stdout, cmds)
		return nil
	}
	cmd, ok := cmds[name]
	if !ok {
		usage(stdio.Stderr, cmds)
		return cli.Usagef("unknown subcommand %q", name)
	}
	return cmd.run(ctx, args[1:], stdio)
}

func usage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("usage: haili <subcommand> [flags]\n\nSubcommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-10s %s\n", n, cmds[n].summary)
	}
	b.WriteString("\nRun 'haili <subcommand> --help' for its flags. Common flags: --kafka, --clickhouse, --listen, --policy\n(also HAILI_KAFKA, HAILI_CLICKHOUSE, HAILI_LISTEN, HAILI_POLICY). Exit status: 0 ok, 1 failure, 2 usage.\n")
	io.WriteString(w, b.String())
}
