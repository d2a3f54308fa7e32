package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/testenv"
)

func TestLoadgenFileIsReproducibleAndValid(t *testing.T) {
	args := []string{"loadgen", "--out", "-", "--count", "500", "--seed", "9", "--violation-share", "0.3", "--languages", "zh,es"}
	code, a, errOut := haili(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, b, _ := haili(t, "", args...); a != b {
		t.Fatal("one seed wrote two different streams")
	}
	var dec schemas.Decoder
	lines := strings.Split(strings.TrimSuffix(a, "\n"), "\n")
	for i, line := range lines {
		if _, err := dec.Decode([]byte(line)); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
	}
	if len(lines) != 500 {
		t.Fatalf("wrote %d events, want 500", len(lines))
	}
	// The same stream through scan: the planted violations are found.
	code, out, errOut := haili(t, a, "scan")
	if code != 0 || strings.Count(out, "\n") < 10 {
		t.Fatalf("scan of the generated stream: exit %d, %d findings\n%s", code, strings.Count(out, "\n"), errOut)
	}
}

func TestLoadgenUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no kafka", []string{"loadgen", "--count", "1"}, "--kafka"},
		{"no count or duration", []string{"loadgen", "--kafka", "127.0.0.1:1"}, "count or a duration"},
		{"bad mix", []string{"loadgen", "--kafka", "127.0.0.1:1", "--count", "1", "--mix", "reviews=1"}, "--mix"},
		{"unknown category", []string{"loadgen", "--kafka", "127.0.0.1:1", "--count", "1", "--categories", "kayaks"}, "--categories"},
		{"unknown language", []string{"loadgen", "--kafka", "127.0.0.1:1", "--count", "1", "--languages", "tlh"}, "--languages"},
		{"bad share", []string{"loadgen", "--kafka", "127.0.0.1:1", "--count", "1", "--violation-share", "2"}, "violation share"},
		{"negative rate", []string{"loadgen", "--kafka", "127.0.0.1:1", "--count", "1", "--rate", "-5"}, "rate"},
		{"latency without clickhouse", []string{"loadgen", "--kafka", "127.0.0.1:1", "--count", "1", "--latency"}, "--clickhouse"},
		{"file and wait", []string{"loadgen", "--out", "x", "--count", "1", "--wait-group", "g"}, "--out"},
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

// TestLoadgenMeasuresAWorker runs the measuring mode against a worker: the
// group catches up and the planted violations' findings are timed.
func TestLoadgenMeasuresAWorker(t *testing.T) {
	kafkaAddr, _ := testenv.Kafka(t, 2)
	s := testenv.Store(t)
	ch, db := testenv.ClickHouse(t), s.Database()
	stop := startDetectInProcess(t, "--kafka", kafkaAddr, "--clickhouse", ch, "--clickhouse-database", db, "--group", "lg")
	defer stop()
	code, out, errOut := haili(t, "", "loadgen", "--kafka", kafkaAddr, "--clickhouse", ch, "--clickhouse-database", db,
		"--count", "2000", "--rate", "2000", "--violation-share", "0.2", "--wait-group", "lg", "--latency", "--latency-ttl", "3s")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"produced 2000 events", "group lg caught up (2000 events committed)", "produce → finding visible in ClickHouse: p50"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if bytes.Contains([]byte(out), []byte("(0 findings timed")) {
		t.Errorf("no finding was timed:\n%s", out)
	}
	t.Log(out)
}
