package reinspect_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/reinspect"
	"github.com/haili/haili/services/internal/testenv"
)

type discard struct{}

func (discard) WriteMessages(context.Context, ...kafka.Message) error { return nil }

// BenchmarkReinspect measures listings read from ClickHouse and judged per
// second: about 100,000 archived listings (the corpus's 329, copied), each
// iteration a new pass over all of them. After the first pass every finding
// is known, so the figure is reading and judging (plus one lookup of the
// known findings per batch), not producing.
//
//	go test -run XXX -bench Reinspect -benchtime 3x ./services/internal/reinspect
func BenchmarkReinspect(b *testing.B) {
	f := setup(b, 303)
	r := reinspect.New(f.s, discard{}, f.ref, zap.NewNop())
	ctx := context.Background()
	cfg := reinspect.Config{Policy: policy.Default(), Restart: true}
	if _, err := r.Run(ctx, cfg); err != nil { // the findings become known
		b.Fatal(err)
	}
	server := testenv.ClickHouseServer(b)
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	s0 := serverCPU(b, server.Pid())
	b.ResetTimer()
	listings := 0
	for b.Loop() {
		sum, err := r.Run(ctx, cfg)
		if err != nil {
			b.Fatal(err)
		}
		listings += sum.Listings
	}
	b.ReportMetric(float64(listings)/b.Elapsed().Seconds(), "listings/s")
	// CPU per listing holds whatever else loads the machine.
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	client := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(float64(client.Microseconds())/float64(listings), "client-cpu-us/listing")
	if s0 >= 0 {
		b.ReportMetric(float64((serverCPU(b, server.Pid())-s0).Microseconds())/float64(listings), "clickhouse-cpu-us/listing")
	}
}

// serverCPU is the user+system CPU time of process pid (from /proc), or -1.
func serverCPU(b *testing.B, pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil || pid <= 0 {
		return -1
	}
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond // USER_HZ = 100
}
