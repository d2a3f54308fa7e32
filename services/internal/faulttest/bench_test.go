package faulttest

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/loadgen"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// The end-to-end benchmarks report their figures as custom metrics (ns/op is
// meaningless for them); run each once:
//
//	go test -run '^$' -bench . -benchtime 1x ./services/internal/faulttest
//
// The worker is the haili binary with its default batch size and flush
// interval, on an embedded broker with 4 partitions per topic and the test
// ClickHouse, all on this machine. BENCHMARKS.md records the results.

const benchPartitions = 4

// backlogRun is what one worker did draining a backlog.
type backlogRun struct {
	eventsPerSec float64 // from its first commit to its last
	peakRSSMiB   float64
	cpuPerSec    float64 // CPU seconds it used per second over the same span
	// The same for ClickHouse and for this process (the broker, the
	// committed-offset polls), and the machine's busy CPUs in all.
	clickhouseCPUs, benchCPUs, machineCPUs float64
}

// measureBacklog starts a worker on a backlog of n events and waits until it
// has committed them all.
func measureBacklog(b *testing.B, kafkaAddr string, client *kafka.Client, s *store.Store, group string, n int64, extra ...string) backlogRun {
	w := startDetect(b, group, kafkaAddr, s, group, extra...)
	rss := sampleRSS(w, 200*time.Millisecond)
	deadline := time.Now().Add(10 * time.Minute)
	chPid := testenv.ClickHouseServer(b).Pid()
	var t0 time.Time
	var c0 int64
	var cpu0, ch0, self0, busy0 float64
	for {
		c := committed(b, client, group)
		if c > 0 && t0.IsZero() {
			t0, c0, cpu0 = time.Now(), c, w.cpuSeconds()
			ch0, self0, busy0 = cpuSecondsOf(chPid), cpuSecondsOf(os.Getpid()), machineBusySeconds()
		}
		if c >= n {
			break
		}
		if time.Now().After(deadline) || !w.running() {
			b.Fatalf("%s committed %d of %d events", group, c, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	elapsed := time.Since(t0)
	cpu := w.cpuSeconds() - cpu0
	r := backlogRun{
		eventsPerSec:   float64(n-c0) / elapsed.Seconds(),
		cpuPerSec:      cpu / elapsed.Seconds(),
		clickhouseCPUs: (cpuSecondsOf(chPid) - ch0) / elapsed.Seconds(),
		benchCPUs:      (cpuSecondsOf(os.Getpid()) - self0) / elapsed.Seconds(),
		machineCPUs:    (machineBusySeconds() - busy0) / elapsed.Seconds(),
	}
	_, peak, _ := rss.finish()
	// Where the worker's time went over its whole life (start-up included).
	var steps []string
	for _, step := range detect.FlushSteps {
		steps = append(steps, fmt.Sprintf("%s %.2fs", step, w.metric(fmt.Sprintf("haili_detect_flush_step_seconds_total{step=%q}", step))))
	}
	b.Logf("%s: %.2fs drained; processing %.2fs, waiting for flushes %.2fs; flush steps: %s", group, elapsed.Seconds(),
		w.metric("haili_detect_process_seconds_total"), w.metric("haili_detect_flush_wait_seconds_total"), strings.Join(steps, ", "))
	if _, err := w.term(time.Minute); err != nil {
		b.Error(err)
	}
	r.peakRSSMiB = float64(peak) / 1024
	return r
}

// machineBusySeconds is the CPU time all CPUs of the machine have spent not
// idle (nor waiting for I/O) since boot, from /proc/stat.
func machineBusySeconds() float64 {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	var busy float64
	for i, f := range strings.Fields(line)[1:] {
		v, _ := strconv.ParseFloat(f, 64)
		if i != 3 && i != 4 && i < 8 { // idle, iowait; guest time is already in user
			busy += v
		}
	}
	return busy / 100
}

// BenchmarkThroughput: end-to-end events/s of one worker draining a backlog
// (decode → detectors → ClickHouse → findings.v1 → commit), with all
// detectors and as a pass-through copy over the same path (--pass-through:
// same decode, batching, listing-check writes, produce and commit, no
// detectors). Each worker works alone, on its own group and database.
//
// The two modes alternate for HAILI_BENCH_ROUNDS rounds (default 5), the
// first mode of a round alternating too, so that drift of the machine (the
// broker's log growing, ClickHouse merging earlier runs' parts) weighs on
// both alike. Reported: the medians per mode and the median of the rounds'
// ratios; every run is logged.
func BenchmarkThroughput(b *testing.B) {
	const n = 200000
	rounds := envInt(b, "HAILI_BENCH_ROUNDS", 5, 1)
	kafkaAddr, _ := testenv.Kafka(b, benchPartitions)
	client := kafkaio.NewClient(kafkaAddr)
	cfg := streamConfig()
	cfg.ViolationShare = 0.1
	if _, err := produce(context.Background(), []string{kafkaAddr}, cfg, n, 0); err != nil {
		b.Fatal(err)
	}
	testenv.HailiBinary(b)
	type mode struct {
		name  string
		extra []string
	}
	// The detecting worker runs with the production market refresh (a
	// snapshot every 500 listings, saved every 10 s), not pinned.
	modes := []mode{{"detect", []string{"--market-refresh", "500"}}, {"pass-through", []string{"--pass-through"}}}
	runs := map[string][]backlogRun{}
	var ratios []float64
	for range b.N {
		for round := range rounds {
			order := modes
			if round%2 == 1 {
				order = []mode{modes[1], modes[0]}
			}
			got := map[string]float64{}
			for _, m := range order {
				s := testenv.Store(b)
				seedMarket(b, cfg, n, s)
				r := measureBacklog(b, kafkaAddr, client, s, fmt.Sprintf("%s-%d-%d", m.name, round, time.Now().UnixNano()), n, m.extra...)
				b.Logf("round %d %-12s %8.0f events/s  worker %.2f CPUs, ClickHouse %.2f, broker %.2f, machine %.2f; peak RSS %.0f MiB",
					round+1, m.name, r.eventsPerSec, r.cpuPerSec, r.clickhouseCPUs, r.benchCPUs, r.machineCPUs, r.peakRSSMiB)
				runs[m.name] = append(runs[m.name], r)
				got[m.name] = r.eventsPerSec
			}
			ratios = append(ratios, got["detect"]/got["pass-through"])
		}
	}
	for _, m := range modes {
		rs := runs[m.name]
		med := func(f func(backlogRun) float64) float64 {
			v := make([]float64, len(rs))
			for i, r := range rs {
				v[i] = f(r)
			}
			return median(v)
		}
		b.ReportMetric(med(func(r backlogRun) float64 { return r.eventsPerSec }), m.name+"-events/s")
		b.ReportMetric(med(func(r backlogRun) float64 { return r.cpuPerSec }), m.name+"-worker-CPUs")
		b.ReportMetric(med(func(r backlogRun) float64 { return r.clickhouseCPUs }), m.name+"-clickhouse-CPUs")
		b.ReportMetric(med(func(r backlogRun) float64 { return r.peakRSSMiB }), m.name+"-MiB-peak-RSS")
	}
	b.ReportMetric(median(ratios), "ratio")
	b.Logf("detect / pass-through per round: %.2f (median %.2f)", ratios, median(ratios))
}

// median of v (which it sorts).
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// BenchmarkLatency: a steady 5,000 events/s for 60 s into one worker; the
// time from producing each planted violation to its finding being visible in
// ClickHouse (polled every 50 ms, so a sample overstates by up to 50 ms).
func BenchmarkLatency(b *testing.B) {
	const rate, dur = 5000, 60 * time.Second
	kafkaAddr, _ := testenv.Kafka(b, benchPartitions)
	testenv.HailiBinary(b)
	for i := range b.N {
		s := testenv.Store(b)
		cfg := streamConfig()
		cfg.ViolationShare = 0.1
		cfg.IDPrefix = fmt.Sprintf("lat%d", i)
		seedMarket(b, cfg, rate*int(dur/time.Second), s)
		w := startDetect(b, "latency", kafkaAddr, s, fmt.Sprintf("latency-%d-%d", i, time.Now().UnixNano()))
		time.Sleep(3 * time.Second) // join the group before the clock starts
		rss := sampleRSS(w, 500*time.Millisecond)
		probe := loadgen.NewLatencyProbe(s.DB(), 30*time.Second)
		ctx, cancel := context.WithCancel(context.Background())
		probeDone := make(chan error, 1)
		go func() { probeDone <- probe.Run(ctx, 50*time.Millisecond) }()
		g, err := loadgen.New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		pw := kafkaio.NewWriter([]string{kafkaAddr})
		p, err := loadgen.Produce(context.Background(), pw, g, loadgen.ProduceConfig{Rate: rate, Duration: dur}, func(ev loadgen.Event, at time.Time) {
			if ev.Violation != "" {
				probe.Expect(ev.EventID, at)
			}
		})
		pw.Close()
		if err != nil {
			b.Fatal(err)
		}
		for end := time.Now().Add(40 * time.Second); probe.Pending() > 0 && time.Now().Before(end); {
			time.Sleep(100 * time.Millisecond)
		}
		cancel()
		<-probeDone
		first, peak, last := rss.finish()
		if _, err := w.term(time.Minute); err != nil {
			b.Error(err)
		}
		l := probe.Result()
		b.Logf("produced %d events at %.0f/s; %s; worker RSS first %d KiB, peak %d KiB, last %d KiB", p.Events, p.Rate(), l, first, peak, last)
		b.ReportMetric(p.Rate(), "events/s")
		b.ReportMetric(float64(l.P50.Milliseconds()), "ms-p50")
		b.ReportMetric(float64(l.P99.Milliseconds()), "ms-p99")
		b.ReportMetric(float64(peak)/1024, "MiB-peak-RSS")
	}
}

// BenchmarkOutageMemory: a worker with a backlog of 150,000 events loses
// ClickHouse for 30 s. Reported: what it consumed during the outage (its
// fetch is bounded by the batch size, so nothing after the first failed
// flush), its RSS before and at peak during the outage, and how long it took
// to drain the rest after ClickHouse came back.
func BenchmarkOutageMemory(b *testing.B) {
	const n = 150000
	kafkaAddr, _ := testenv.Kafka(b, benchPartitions)
	client := kafkaio.NewClient(kafkaAddr)
	cfg := streamConfig()
	if _, err := produce(context.Background(), []string{kafkaAddr}, cfg, n, 0); err != nil {
		b.Fatal(err)
	}
	testenv.HailiBinary(b)
	for i := range b.N {
		s := testenv.Store(b)
		seedMarket(b, cfg, n, s)
		group := fmt.Sprintf("outage-%d-%d", i, time.Now().UnixNano())
		w := startDetect(b, group, kafkaAddr, s, group)
		waitCommitted(b, client, group, 20000, 5*time.Minute, w)
		before := w.rssKB()
		rss := sampleRSS(w, 250*time.Millisecond)
		testenv.StopClickHouse(b)
		time.Sleep(3 * time.Second)
		e0 := w.metric("haili_detect_events_total")
		time.Sleep(27 * time.Second)
		e1 := w.metric("haili_detect_events_total")
		_, peak, _ := rss.finish()
		testenv.StartClickHouse(b)
		back := time.Now()
		waitCommitted(b, client, group, n, 10*time.Minute, w)
		drained := time.Since(back)
		after := w.rssKB()
		if _, err := w.term(time.Minute); err != nil {
			b.Error(err)
		}
		b.Logf("RSS before the outage %d KiB, peak during %d KiB, after catching up %d KiB; consumed %v events in the last 27 s of the outage; drained the rest in %s",
			before, peak, after, e1-e0, drained.Round(100*time.Millisecond))
		b.ReportMetric(float64(before)/1024, "MiB-RSS-before")
		b.ReportMetric(float64(peak)/1024, "MiB-RSS-peak-outage")
		b.ReportMetric(e1-e0, "events-consumed-outage")
	}
}
