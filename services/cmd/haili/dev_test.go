package main

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/testenv"
)

var totalLine = regexp.MustCompile(`(?m)^\s+total\s+(\d+)$`)

// TestDevOnEmbeddedDefaults runs the README's run command as a user would on a
// fresh machine (embedded broker, a local ClickHouse under --data-dir), on free
// ports so it can run beside a developer's own `haili dev`.
func TestDevOnEmbeddedDefaults(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a broker and a ClickHouse server; skipped with -short")
	}
	kport, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	cport, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := haili(t, "", "dev", "--exit-after-replay", "--log-level", "warn",
		"--data-dir", t.TempDir(), "--embedded-kafka", "127.0.0.1:"+kport, "--local-clickhouse", "127.0.0.1:"+cport)
	if code != 0 {
		t.Fatalf("dev: exit %d\n%s\n%s", code, out, errOut)
	}
	m := totalLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("dev printed no violation summary:\n%s", out)
	}
	if n, _ := strconv.Atoi(m[1]); n < 100 {
		t.Fatalf("dev found %d violations in the sample, want the sample's ~200:\n%s", n, out)
	}
	for _, want := range []string{"embedded broker on 127.0.0.1:" + kport, "offplatform_contact", "inflated_shipping", "clickhouse-client --host 127.0.0.1 --port " + cport} {
		if !strings.Contains(out, want) {
			t.Errorf("dev output lacks %q:\n%s", want, out)
		}
	}
}

// syncBuffer lets a running command's output be read while it writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// TestTourProduceAndSeeFinding follows the README's tour against given servers:
// dev with --kafka/--clickhouse, then produce an event and find its finding in
// ClickHouse, written by a separately started detection worker.
func TestTourProduceAndSeeFinding(t *testing.T) {
	kafka, _ := testenv.Kafka(t, 2)
	s := testenv.Store(t)
	ch := testenv.ClickHouse(t)
	db := s.Database()
	if code, out, errOut := haili(t, "", "dev", "--exit-after-replay", "--log-level", "warn", "--kafka", kafka, "--clickhouse", ch, "--clickhouse-database", db); code != 0 {
		t.Fatalf("dev: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := haili(t, "", "produce", "--kafka", kafka, "testdata/seed_examples.jsonl"); code != 0 || !strings.Contains(errOut, "produced 13 events") {
		t.Fatalf("produce: exit %d, %s", code, errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var errw syncBuffer
	go func() {
		done <- run(ctx, []string{"detect", "--kafka", kafka, "--clickhouse", ch, "--clickhouse-database", db, "--log-level", "warn", "--flush-interval", "50ms"},
			cli.IO{Stdin: strings.NewReader(""), Stdout: &errw, Stderr: &errw})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("detect: %v", err)
		}
	}()
	deadline := time.Now().Add(time.Minute)
	for {
		var n uint64
		err := s.DB().QueryRow(context.Background(), "SELECT count() FROM findings FINAL WHERE subject_id = 'SEED-L-3' AND violation = 'fake_price_tier'").Scan(&n)
		if err == nil && n == 1 {
			return
		}
		if time.Now().After(deadline) {
			errw.mu.Lock()
			defer errw.mu.Unlock()
			t.Fatalf("the produced hair listing's fake_price_tier finding did not appear (err %v)\n%s", err, errw.b.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}
