package detect

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/loadgen"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// BenchmarkClickHouseInserts estimates what each of a flush's inserts costs
// the ClickHouse server in CPU, per input event: it builds default-size
// batches (5,000 events of the mixed stream, detect mode), runs each insert
// kind alone on a fresh database batches times, waits for the background
// merges, and reads the server's CPU time from /proc (minus what it used
// idle over as long). Needs the test ClickHouse this binary starts (not
// HAILI_TEST_CLICKHOUSE); skipped with -short.
//
//	go test -run '^$' -bench ClickHouseInserts -benchtime 1x ./services/internal/detect
func BenchmarkClickHouseInserts(b *testing.B) {
	srv := testenv.ClickHouseServer(b)
	if srv == nil || srv.Pid() == 0 {
		b.Skip("needs the ClickHouse this binary starts")
	}
	pid := srv.Pid()
	engine, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	g, err := loadgen.New(loadgen.Config{Seed: 1, Mix: loadgen.DefaultMix, ViolationShare: 0.1})
	if err != nil {
		b.Fatal(err)
	}
	const batchEvents, batches = 5000, 20
	cfg := DefaultConfig([]string{"127.0.0.1:1"})
	cfg.Clock = func() time.Time { return fixedNow }
	mb := market.NewBuilder()
	w := &Worker{cfg: cfg, log: zap.NewNop(), detect: engine, market: fixedMarket{}, convs: map[string]*convState{}, nextOffset: map[int]int64{}}
	var dec schemas.Decoder
	type flush struct {
		b     *batch
		convs []store.ConversationRow
	}
	var flushes []flush
	off := int64(0)
	for range batches {
		bt := newBatch()
		for range batchEvents {
			ev := g.Next()
			w.process(&dec, kafka.Message{Topic: ev.Topic, Offset: off, Value: ev.Value}, bt)
			off++
			if e, err := dec.Decode(ev.Value); err == nil {
				if l, ok := e.(*schemas.Listing); ok {
					mb.Observe(l)
				}
			}
		}
		rows, err := encodeConversations(bt, fixedNow)
		if err != nil {
			b.Fatal(err)
		}
		flushes = append(flushes, flush{bt, rows})
	}
	var mrows []store.MarketRow
	for _, r := range mb.Rows() {
		mrows = append(mrows, store.MarketRow{CategoryID: r.CategoryID, Unit: r.Unit, Source: "bench", Count: r.Count, Data: r.Data})
	}
	f0 := flushes[0].b
	b.Logf("per batch of %d events: %d findings, %d checks, %d conversations, %d archive rows, %d market rows",
		batchEvents, len(f0.findings), len(f0.checks), len(flushes[0].convs), f0.archive.Len(), len(mrows))
	ctx := context.Background()
	kinds := []struct {
		name string
		run  func(s *store.Store, f flush) error
	}{
		{"findings", func(s *store.Store, f flush) error { return s.InsertFindings(ctx, f.b.findings) }},
		{"listing_checks", func(s *store.Store, f flush) error { return s.InsertListingChecks(ctx, f.b.checks) }},
		{"conversations", func(s *store.Store, f flush) error { return s.SaveConversations(ctx, f.convs) }},
		{"archive", func(s *store.Store, f flush) error { return s.InsertArchive(ctx, &f.b.archive) }},
		{"market_sketches", func(s *store.Store, f flush) error { return s.SaveMarket(ctx, mrows, fixedNow) }},
	}
	const settle = 3 * time.Second
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			s := testenv.Store(b)
			time.Sleep(time.Second)
			idleStart, idleAt := cpuOf(b, pid), time.Now()
			time.Sleep(2 * time.Second)
			idlePerSec := (cpuOf(b, pid) - idleStart).Seconds() / time.Since(idleAt).Seconds()
			start, at, self := cpuOf(b, pid), time.Now(), selfCPU(b)
			for _, f := range flushes {
				if err := k.run(s, f); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((selfCPU(b)-self).Seconds()/batches*1e3, "ms-client-CPU/insert")
			// What the inserts cost before the merges they set off.
			inserted := (cpuOf(b, pid) - start).Seconds() - idlePerSec*time.Since(at).Seconds()
			time.Sleep(settle)
			b.ReportMetric(inserted/batches*1e3, "ms-CH-CPU/insert-before-merges")
			used := (cpuOf(b, pid) - start).Seconds() - idlePerSec*time.Since(at).Seconds()
			b.ReportMetric(used/float64(batches*batchEvents)*1e6, "µs-CH-CPU/event")
			b.ReportMetric(used/batches*1e3, "ms-CH-CPU/insert")
			// Parts of level 0 are the ones inserts wrote (merged ones stay
			// listed, inactive, for a while).
			rows, err := s.DB().Query(ctx, "SELECT toUInt64(countIf(level = 0)), toUInt64(count()) FROM system.parts WHERE database = ?", s.Database())
			if err != nil {
				b.Fatal(err)
			}
			defer rows.Close()
			for rows.Next() {
				var inserted, all uint64
				if err := rows.Scan(&inserted, &all); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(inserted)/batches, "parts/insert")
			}
		})
	}
}

// selfCPU is the user and system CPU time this process has used.
func selfCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuOf is the user and system CPU time process pid has used.
func cpuOf(b *testing.B, pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// Fields after the command name (which may hold spaces) in parentheses.
	f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}
