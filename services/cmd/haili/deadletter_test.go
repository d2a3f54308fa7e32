package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/testenv"
)

// startDetectInProcess runs `haili detect args...` until the returned stop is called.
func startDetectInProcess(t *testing.T, args ...string) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var logs syncBuffer
	go func() {
		done <- run(ctx, append([]string{"detect", "--log-level", "warn", "--flush-interval", "50ms"}, args...),
			cli.IO{Stdin: strings.NewReader(""), Stdout: &logs, Stderr: &logs})
	}()
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("detect: %v\n%s", err, logs.b.String())
		}
	}
}

// waitFor polls cond for up to a minute.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestDeadletterReplayAfterFix: an event over a too small --max-event-bytes is
// dead-lettered; once the limit is raised, `deadletter replay --reason`
// re-feeds it (and only it) and it is processed into its finding.
func TestDeadletterReplayAfterFix(t *testing.T) {
	kafkaAddr, _ := testenv.Kafka(t, 2)
	s := testenv.Store(t)
	ch, db := testenv.ClickHouse(t), s.Database()
	seed, err := os.ReadFile(filepath.Join("testdata", "seed_examples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var bait []byte // SEED-L-3: a listing with a bait tier, found as fake_price_tier
	for _, line := range bytes.Split(seed, []byte("\n")) {
		if bytes.Contains(line, []byte(`"SEED-L-3"`)) {
			bait = line
		}
	}
	w := kafkaio.NewWriter([]string{kafkaAddr})
	err = w.WriteMessages(context.Background(),
		kafka.Message{Topic: schemas.TopicListings, Key: []byte("SEED-L-3"), Value: bait},
		kafka.Message{Topic: schemas.TopicOrders, Key: []byte("broken"), Value: []byte(`{"schema":"order.v1",`)},
	)
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	common := []string{"--kafka", kafkaAddr, "--clickhouse", ch, "--clickhouse-database", db, "--group", "detect-dl"}
	findings := func() uint64 {
		var n uint64
		_ = s.DB().QueryRow(context.Background(), "SELECT count() FROM findings FINAL WHERE subject_id = 'SEED-L-3' AND violation = 'fake_price_tier'").Scan(&n)
		return n
	}

	stop := startDetectInProcess(t, append(common, "--max-event-bytes", "1000")...)
	var listing string
	waitFor(t, "both events in deadletter.v1", func() bool {
		_, listing, _ = haili(t, "", "deadletter", "replay", "--kafka", kafkaAddr, "--dry-run")
		return strings.Contains(listing, "would replay 2 of 2")
	})
	stop()
	for _, want := range []string{`key "SEED-L-3"`, "from listings.v1/", "byte limit", `key "broken"`, "invalid JSON"} {
		if !strings.Contains(listing, want) {
			t.Errorf("dry run does not list %q:\n%s", want, listing)
		}
	}
	if n := findings(); n != 0 {
		t.Fatalf("the oversized listing was judged anyway: %d findings", n)
	}

	// The fix: the limit is raised. The replay re-feeds only the listing.
	stop = startDetectInProcess(t, common...)
	defer stop()
	code, out, errOut := haili(t, "", "deadletter", "replay", "--kafka", kafkaAddr, "--group", "dl-replay", "--reason", "byte limit")
	if code != 0 || !strings.Contains(out, "replayed 1 of 2 dead letters") {
		t.Fatalf("replay: exit %d\n%s%s", code, out, errOut)
	}
	waitFor(t, "the replayed listing's finding", func() bool { return findings() == 1 })

	// The group remembers what it replayed: a second replay re-feeds nothing.
	if code, out, errOut := haili(t, "", "deadletter", "replay", "--kafka", kafkaAddr, "--group", "dl-replay"); code != 0 || !strings.Contains(out, "replayed 0 of 0") {
		t.Fatalf("second replay: exit %d\n%s%s", code, out, errOut)
	}
}

func TestDeadletterUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no action", []string{"deadletter", "--kafka", "127.0.0.1:1"}, "missing action"},
		{"unknown action", []string{"deadletter", "purge", "--kafka", "127.0.0.1:1"}, `unknown action "purge"`},
		{"no kafka", []string{"deadletter", "replay"}, "--kafka"},
		{"negative limit", []string{"deadletter", "replay", "--kafka", "127.0.0.1:1", "--limit", "-1"}, "--limit"},
		{"stray argument", []string{"deadletter", "replay", "--kafka", "127.0.0.1:1", "extra"}, "no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := haili(t, "", tt.args...)
			if code != 2 || !strings.Contains(out+errOut, tt.want) {
				t.Fatalf("exit %d, output %s%s; want exit 2 and %q", code, out, errOut, tt.want)
			}
		})
	}
}
