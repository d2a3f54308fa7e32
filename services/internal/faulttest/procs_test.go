package faulttest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/loadgen"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

// proc is a haili child process.
type proc struct {
	t      testing.TB
	name   string
	cmd    *exec.Cmd
	listen string
	log    string
	done   chan struct{}
	err    error
}

// startHaili starts `haili args...` with --listen on a free port; its stderr
// goes to a log file shown when the test fails.
func startHaili(t testing.TB, name string, args ...string) *proc {
	t.Helper()
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, name: name, listen: "127.0.0.1:" + port, log: filepath.Join(t.TempDir(), name+".log"), done: make(chan struct{})}
	logf, err := os.Create(p.log)
	if err != nil {
		t.Fatal(err)
	}
	p.cmd = exec.Command(testenv.HailiBinary(t), append(args, "--listen", p.listen)...)
	p.cmd.Stdout, p.cmd.Stderr = logf, logf
	// A child must not outlive the test binary, whatever happens to it.
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := p.cmd.Start(); err != nil {
		logf.Close()
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("--- %s log (tail):\n%s", p.name, p.tail(3000))
		}
	})
	return p
}

// startDetect starts a detection worker.
func startDetect(t testing.TB, name, kafkaAddr string, s *store.Store, group string, extra ...string) *proc {
	args := []string{"detect", "--kafka", kafkaAddr, "--clickhouse", testenv.ClickHouse(t), "--clickhouse-database", s.Database(),
		"--group", group, "--market-refresh", "0", "--log-level", "warn"}
	return startHaili(t, name, append(args, extra...)...)
}

// startEnforce starts an enforcement worker.
func startEnforce(t testing.TB, name, kafkaAddr string, s *store.Store, group string, extra ...string) *proc {
	args := []string{"enforce", "--kafka", kafkaAddr, "--clickhouse", testenv.ClickHouse(t), "--clickhouse-database", s.Database(),
		"--group", group, "--log-level", "warn"}
	return startHaili(t, name, append(args, extra...)...)
}

// waitEnforced waits until the enforcement group has committed everything on
// findings.v1 and listing-checks.v1 (call it once the detection is done).
func waitEnforced(t testing.TB, client *kafka.Client, group string, limit time.Duration, procs ...*proc) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		p, err := loadgen.GroupProgress(ctx, client, group, []string{schemas.TopicFindings, schemas.TopicChecks})
		cancel()
		if err == nil && p.End > 0 && p.Lag() == 0 {
			return
		}
		for _, pr := range procs {
			if !pr.running() {
				t.Fatalf("%s exited (%v) with enforcement at %+v", pr.name, pr.err, p)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("enforcement group %s at %+v after %s (%v)", group, p, limit, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (p *proc) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// kill stops the process at once, as a crash would.
func (p *proc) kill() {
	if p.running() {
		_ = p.cmd.Process.Kill()
	}
	<-p.done
}

// term sends SIGTERM and waits for the exit; it returns how long that took.
func (p *proc) term(limit time.Duration) (time.Duration, error) {
	start := time.Now()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return time.Since(start), p.err
	case <-time.After(limit):
		p.kill()
		return time.Since(start), fmt.Errorf("%s did not exit within %s of SIGTERM", p.name, limit)
	}
}

func (p *proc) tail(n int) string {
	b, _ := os.ReadFile(p.log)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// metric reads one value from the process's /metrics; -1 when unavailable.
func (p *proc) metric(name string) float64 {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://" + p.listen + "/metrics")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err == nil {
				return f
			}
		}
	}
	return -1
}

// rssKB is the process's resident set size (VmRSS) in KiB; 0 when gone.
func (p *proc) rssKB() int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

// cpuSeconds is the CPU time (user and system) the process has used.
func (p *proc) cpuSeconds() float64 { return cpuSecondsOf(p.cmd.Process.Pid) }

// cpuSecondsOf is the user+system CPU time a process has used; 0 when gone.
func cpuSecondsOf(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) start at ") ".
	_, rest, _ := strings.Cut(string(b), ") ")
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100 // clock ticks; USER_HZ is 100 on Linux
}

// rssSampler records a process's RSS every interval.
type rssSampler struct {
	mu      sync.Mutex
	samples []int64
	stop    chan struct{}
	done    chan struct{}
}

func sampleRSS(p *proc, every time.Duration) *rssSampler {
	s := &rssSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if kb := p.rssKB(); kb > 0 {
				s.mu.Lock()
				s.samples = append(s.samples, kb)
				s.mu.Unlock()
			}
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// finish stops sampling and returns the first, the largest and the last sample.
func (s *rssSampler) finish() (first, peak, last int64) {
	close(s.stop)
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range s.samples {
		peak = max(peak, v)
	}
	if len(s.samples) > 0 {
		first, last = s.samples[0], s.samples[len(s.samples)-1]
	}
	return first, peak, last
}

// streamConfig is the stream every delivery test generates: a fixed seed, so
// that the runs being compared see the same events.
func streamConfig() loadgen.Config {
	return loadgen.Config{Seed: 20260421, Mix: loadgen.DefaultMix, ViolationShare: 0.15}
}

// seedMarket saves, to each store, the market reference built from the
// stream's listings, so that workers started with --market-refresh 0 judge
// every listing against the same, complete reference.
func seedMarket(t testing.TB, cfg loadgen.Config, n int, stores ...*store.Store) {
	t.Helper()
	g, err := loadgen.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b := market.NewBuilder()
	var dec schemas.Decoder
	for range n {
		ev := g.Next()
		if ev.Kind != loadgen.KindListing {
			continue
		}
		e, err := dec.Decode(ev.Value)
		if err != nil {
			t.Fatal(err)
		}
		if l := e.(*schemas.Listing); l.Op == schemas.OpUpsert {
			b.Observe(l)
		}
	}
	for _, s := range stores {
		if err := marketstate.SaveBuilder(context.Background(), s, "seed", b, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
}

// produce writes the first n events of cfg's stream at rate events/s (0 = at once).
func produce(ctx context.Context, brokers []string, cfg loadgen.Config, n int, rate float64) (loadgen.Produced, error) {
	g, err := loadgen.New(cfg)
	if err != nil {
		return loadgen.Produced{}, err
	}
	w := kafkaio.NewWriter(brokers)
	defer w.Close()
	return loadgen.Produce(ctx, w, g, loadgen.ProduceConfig{Rate: rate, Count: n}, nil)
}

// committed returns how many input events group has committed.
func committed(t testing.TB, client *kafka.Client, group string) int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p, err := loadgen.GroupProgress(ctx, client, group, schemas.InputTopics)
	if err != nil {
		t.Logf("group progress: %v", err)
		return -1
	}
	return p.Committed
}

// waitCommitted waits until group has committed at least n input events.
func waitCommitted(t testing.TB, client *kafka.Client, group string, n int64, limit time.Duration, procs ...*proc) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		c := committed(t, client, group)
		if c >= n {
			return
		}
		for _, p := range procs {
			if p != nil && !p.running() {
				t.Fatalf("%s exited (%v) with %d of %d events committed", p.name, p.err, c, n)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("group %s committed %d of %d events in %s", group, c, n, limit)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// fingerprint is what a run left in ClickHouse, deduplicated: per violation
// code the number of findings and a hash of their ids, the same for listing
// checks, the violations enforcement recorded (per family), its actions (per
// action code) and its points ledger (per code, with the points). Equal
// fingerprints mean the same findings and the same penalties, none doubled.
type fingerprint struct {
	Findings   map[string][2]uint64
	Checks     [2]uint64
	Violations map[string][2]uint64
	Actions    map[string][2]uint64
	Ledger     map[string][2]uint64
}

func (f fingerprint) String() string {
	var b bytes.Buffer
	var total uint64
	for _, code := range schemas.ViolationCodes {
		fmt.Fprintf(&b, "%s=%d ", code, f.Findings[code][0])
		total += f.Findings[code][0]
	}
	var violations uint64
	for _, v := range f.Violations {
		violations += v[0]
	}
	fmt.Fprintf(&b, "(findings %d, listing checks %d); enforcement: %d violations, actions:", total, f.Checks[0], violations)
	codes := make([]string, 0, len(f.Actions))
	for code := range f.Actions {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, code := range codes {
		fmt.Fprintf(&b, " %s=%d", code, f.Actions[code][0])
	}
	var entries uint64
	for _, l := range f.Ledger {
		entries += l[0]
	}
	fmt.Fprintf(&b, "; %d points-ledger entries", entries)
	return b.String()
}

func fingerprintOf(t testing.TB, s *store.Store) fingerprint {
	t.Helper()
	ctx := context.Background()
	fp := fingerprint{
		Findings:   countsAndHashes(t, s, "SELECT violation, count(), sum(cityHash64(finding_id)) FROM findings FINAL GROUP BY violation"),
		Violations: countsAndHashes(t, s, "SELECT family, count(), sum(cityHash64(finding_id)) FROM violations FINAL GROUP BY family"),
		Actions:    countsAndHashes(t, s, "SELECT code, count(), sum(cityHash64(action_id)) FROM actions FINAL GROUP BY code"),
		Ledger:     countsAndHashes(t, s, "SELECT code, count(), sum(cityHash64(entry_id, points)) FROM points_ledger FINAL GROUP BY code"),
	}
	if err := s.DB().QueryRow(ctx, "SELECT count(), sum(cityHash64(listing_id, version)) FROM listing_checks FINAL").Scan(&fp.Checks[0], &fp.Checks[1]); err != nil {
		t.Fatal(err)
	}
	return fp
}

// countsAndHashes runs a query of (key, count, hash) rows.
func countsAndHashes(t testing.TB, s *store.Store, query string) map[string][2]uint64 {
	t.Helper()
	out := map[string][2]uint64{}
	rows, err := s.DB().Query(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n, h uint64
		if err := rows.Scan(&k, &n, &h); err != nil {
			t.Fatal(err)
		}
		out[k] = [2]uint64{n, h}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// envInt is the integer in the environment variable name, at least least;
// def when it is unset.
func envInt(t testing.TB, name string, def, least int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < least {
		t.Fatalf("%s=%q: want a whole number, at least %d", name, v, least)
	}
	return n
}
