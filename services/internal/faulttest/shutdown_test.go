package faulttest

import (
	"context"
	"testing"
	"time"

	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/testenv"
)

// TestSIGTERMFlushesCommitsAndExits: a worker holding a processed but
// unflushed batch (its flush interval and batch size are not reached) is
// sent SIGTERM. It must write the batch, commit its offsets and exit 0 within
// the shutdown timeout.
func TestSIGTERMFlushesCommitsAndExits(t *testing.T) {
	const n = 3000
	kafkaAddr, _ := testenv.Kafka(t, 2)
	client := kafkaio.NewClient(kafkaAddr)
	s := testenv.Store(t)
	cfg := streamConfig()
	if _, err := produce(context.Background(), []string{kafkaAddr}, cfg, n, 0); err != nil {
		t.Fatal(err)
	}
	w := startDetect(t, "detect", kafkaAddr, s, "shutdown", "--batch-size", "100000", "--flush-interval", "1h")
	deadline := time.Now().Add(2 * time.Minute)
	for w.metric("haili_detect_events_total") < n {
		if time.Now().After(deadline) || !w.running() {
			t.Fatalf("the worker processed %v of %d events", w.metric("haili_detect_events_total"), n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Only a resync (the first message of each messages partition flushes
	// what came before it) has committed anything yet.
	before := committed(t, client, "shutdown")
	if before >= n {
		t.Fatalf("all %d events committed before the shutdown; the test needs an unflushed batch", before)
	}
	limit := detect.DefaultConfig(nil).ShutdownTimeout
	took, err := w.term(limit + 10*time.Second)
	if err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}
	t.Logf("exited %s after SIGTERM (shutdown timeout %s)", took.Round(time.Millisecond), limit)
	if took > limit {
		t.Errorf("took %s to exit, over the shutdown timeout %s", took, limit)
	}
	if c := committed(t, client, "shutdown"); c != n {
		t.Errorf("committed %d of %d events on shutdown (%d before)", c, n, before)
	}
	fp := fingerprintOf(t, s)
	if fp.Checks[0] == 0 || len(fp.Findings) == 0 {
		t.Errorf("the final flush wrote nothing to ClickHouse: %s", fp)
	}
}
