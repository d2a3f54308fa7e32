package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/embedkafka"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/health"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/localch"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/sample"
	"github.com/haili/haili/services/internal/store"
)

const (
	devKafkaAddr      = "127.0.0.1:9092"
	devClickHouseAddr = "127.0.0.1:19000"
)

func runDev(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	var d detectFlags
	fs := cli.FlagSet("dev", "dev [flags]   (embedded Kafka and a local ClickHouse unless --kafka / --clickhouse point elsewhere)", &c, stdio.Stderr)
	d.bind(fs)
	dataDir := fs.String("data-dir", ".haili", "directory for the local ClickHouse's data and logs (env HAILI_DATA_DIR)")
	sampleFile := fs.String("sample", "", "JSON-lines events to replay; default: the built-in sample data set")
	noReplay := fs.Bool("no-replay", false, "do not replay sample data")
	kafkaAddr := fs.String("embedded-kafka", devKafkaAddr, "address of the embedded broker, when --kafka is not given (env HAILI_EMBEDDED_KAFKA)")
	chAddr := fs.String("local-clickhouse", devClickHouseAddr, "address of the local ClickHouse, when --clickhouse is not given (env HAILI_LOCAL_CLICKHOUSE)")
	exitAfter := fs.Bool("exit-after-replay", false, "stop once the replayed sample's results are in ClickHouse (for scripts and tests)")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	out := stdio.Stdout
	start := time.Now()

	// Kafka: the given brokers, or the embedded one.
	if len(c.Kafka) == 0 {
		cluster, err := embedkafka.Start(embedkafka.Config{Addr: *kafkaAddr, Partitions: 4})
		if err != nil {
			return fmt.Errorf("%w (is another Kafka on %s? pass --kafka to use it)", err, *kafkaAddr)
		}
		defer cluster.Close()
		c.Kafka = []string{*kafkaAddr}
		fmt.Fprintf(out, "kafka       embedded broker on %s, topics created\n", *kafkaAddr)
	} else {
		fmt.Fprintf(out, "kafka       %s\n", strings.Join(c.Kafka, ","))
	}

	// ClickHouse: the given server, or a local one under --data-dir.
	if c.ClickHouse == "" {
		fmt.Fprintf(out, "clickhouse  starting a local server on %s (data in %s)…\n", *chAddr, filepath.Join(*dataDir, "clickhouse"))
		srv, err := localch.Start(ctx, localch.Config{Dir: filepath.Join(*dataDir, "clickhouse"), Addr: *chAddr, Install: true})
		if err != nil {
			return err
		}
		defer func() {
			if !srv.Reused() {
				fmt.Fprintln(out, "stopping the local ClickHouse…")
			}
			if err := srv.Stop(); err != nil {
				log.Warn("stopping clickhouse", zap.Error(err))
			}
		}()
		c.ClickHouse = *chAddr
	} else {
		fmt.Fprintf(out, "clickhouse  %s\n", c.ClickHouse)
	}

	scfg := storeConfig(&c)
	scfg.CreateDatabase = true
	s, err := store.Open(ctx, scfg, log)
	if err != nil {
		return err
	}
	defer s.Close()
	applied, err := s.Migrate(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "migrations  %d applied to database %s\n", len(applied), c.ClickHouseDatabase)

	// Seed the market reference from the replay's own listings, as `scan` does
	// with its first pass, so the first replay is judged against a warm market.
	var replay []byte
	replayName := "built-in sample"
	if !*noReplay {
		replay = sample.Events()
		if *sampleFile != "" {
			if replay, err = os.ReadFile(*sampleFile); err != nil {
				return err
			}
			replayName = *sampleFile
		}
		// A fixed source name, so repeated runs replace the seed, not add to it.
		n, err := marketstate.Seed(ctx, s, "dev-seed", replay, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "market      reference seeded from %d listings of the %s\n", n, replayName)
	}

	dcfg, err := detectConfig(&c, &d)
	if err != nil {
		return err
	}
	dpol, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	engine, err := detectors.New(dpol)
	if err != nil {
		return err
	}
	w, err := newDetectWorker(ctx, dcfg, dpol, engine, &d, s, log)
	if err != nil {
		return err
	}
	reg := health.NewRegistry()
	registerDetect(reg, w.Stats(), dcfg)
	workerCtx, stopWorker := context.WithCancel(ctx)
	workerDone := make(chan error, 1)
	go func() { workerDone <- w.Run(workerCtx) }()
	defer func() { stopWorker(); <-workerDone }()
	if c.Listen != "" {
		// Stopped and waited for before the store closes.
		srv := &health.Server{Ready: s.Ping, Metrics: reg, Profiling: d.pprof}
		defer background(workerCtx, func(ctx context.Context) {
			if err := srv.ListenAndServe(ctx, c.Listen, log); err != nil {
				log.Error("health server", zap.Error(err))
			}
		})()
	}
	ecfg := enforce.DefaultConfig(c.Kafka)
	if err := ecfg.Validate(); err != nil {
		return err
	}
	pol, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	ew, err := enforce.New(ecfg, pol, enforce.NewDB(s.DB()), log)
	if err != nil {
		return err
	}
	enforceDone := make(chan error, 1)
	go func() { enforceDone <- ew.Run(workerCtx) }()
	defer func() { stopWorker(); <-enforceDone }()
	fmt.Fprintf(out, "workers     detection worker (group %s) and enforcement worker (group %s) running\n", d.group, ecfg.GroupID)

	if !*noReplay {
		pw := kafkaio.NewWriter(c.Kafka)
		n, err := produceLines(ctx, pw, bytes.NewReader(replay), replayName, "", stdio.Stderr)
		pw.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "replay      %d events of the %s produced to the input topics\n", n.sent, replayName)
		if err := waitProcessed(ctx, w, int64(n.sent), workerDone); err != nil {
			return err
		}
		// Enforcement consumes what detection produced: findings and checks.
		st := w.Stats()
		if err := waitCommitted(ctx, &ew.Stats().Committed, st.Findings.Load()+st.Checks.Load(), enforceDone); err != nil {
			return fmt.Errorf("enforcement: %w", err)
		}
		fmt.Fprintf(out, "detection   done in %s since start\n\n", time.Since(start).Round(100*time.Millisecond))
		if err := printFindingSummary(ctx, out, s); err != nil {
			return err
		}
		if err := printActionSummary(ctx, out, s); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "\nLook:\n  clickhouse-client --host %s --port %s -d %s -q \"SELECT violation, subject_id, explanation FROM findings FINAL LIMIT 20\"\n",
		hostOf(c.ClickHouse), portOf(c.ClickHouse), c.ClickHouseDatabase)
	fmt.Fprintf(out, "Send more events:\n  go run ./services/cmd/haili produce --kafka %s FILE.jsonl\n", strings.Join(c.Kafka, ","))
	if *exitAfter {
		return nil
	}
	fmt.Fprintln(out, "\nRunning; Ctrl-C stops everything.")
	select {
	case <-ctx.Done():
		fmt.Fprintln(out, "\nstopping…")
		return nil
	case err := <-workerDone:
		workerDone <- err
		return err
	}
}

// waitProcessed waits until the worker has committed n events: their results
// are in ClickHouse and their offsets committed.
func waitProcessed(ctx context.Context, w *detect.Worker, n int64, workerDone chan error) error {
	return waitCommitted(ctx, &w.Stats().Committed, n, workerDone)
}

// waitCommitted waits until a worker's committed counter reaches n.
func waitCommitted(ctx context.Context, committed interface{ Load() int64 }, n int64, workerDone chan error) error {
	deadline := time.After(5 * time.Minute)
	for committed.Load() < n {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-workerDone:
			workerDone <- err
			return fmt.Errorf("worker stopped: %v", err)
		case <-deadline:
			return fmt.Errorf("only %d of %d inputs were processed within 5 minutes", committed.Load(), n)
		case <-time.After(50 * time.Millisecond):
		}
	}
	return nil
}

func printFindingSummary(ctx context.Context, out io.Writer, s *store.Store) error {
	counts, err := s.FindingCounts(ctx)
	if err != nil {
		return err
	}
	var total uint64
	fmt.Fprintf(out, "Violations in ClickHouse (findings, deduplicated):\n  %-26s %8s %9s\n", "violation", "findings", "merchants")
	for _, c := range counts {
		fmt.Fprintf(out, "  %-26s %8d %9d\n", c.Violation, c.Findings, c.Merchants)
		total += c.Findings
	}
	fmt.Fprintf(out, "  %-26s %8d\n", "total", total)
	return nil
}

func hostOf(addr string) string { h, _, _ := strings.Cut(addr, ":"); return h }
func portOf(addr string) string { _, p, _ := strings.Cut(addr, ":"); return p }

func printActionSummary(ctx context.Context, out io.Writer, s *store.Store) error {
	counts, err := enforce.NewDB(s.DB()).ActionCounts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nEnforcement actions in ClickHouse:\n  %-26s %8s %9s\n", "action", "actions", "merchants")
	for _, c := range counts {
		fmt.Fprintf(out, "  %-26s %8d %9d\n", c.Code, c.Actions, c.Merchants)
	}
	return nil
}
