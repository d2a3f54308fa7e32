package reinspect_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/backtest/archivetest"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/reinspect"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

func corpusFile(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("HAILI_CORPUS"); d != "" {
		return filepath.Join(d, "events.jsonl")
	}
	wd, _ := os.Getwd()
	for d := wd; filepath.Dir(d) != d; d = filepath.Dir(d) {
		f := filepath.Join(d, "shared", "corpus", "events.jsonl")
		if _, err := os.Stat(f); err == nil {
			return f
		}
	}
	t.Fatal("shared/corpus/events.jsonl not found")
	return ""
}

// fixture is an archive of the corpus's listings (every version), copied
// `copies` more times under new listing and event ids, with the market
// reference of the corpus saved as the live workers would have.
type fixture struct {
	s        *store.Store
	ref      *market.Reference
	expected map[string]bool // finding ids of the latest versions under the built-in policy
	listings int
}

func setup(t testing.TB, copies int) *fixture {
	t.Helper()
	s := testenv.Store(t)
	data, err := os.ReadFile(corpusFile(t))
	if err != nil {
		t.Fatal(err)
	}
	var dec schemas.Decoder
	b := market.NewBuilder()
	var lines [][]byte
	var listings []*schemas.Listing
	for line := range bytes.Lines(data) {
		line = bytes.TrimSpace(line)
		ev, err := dec.Decode(line)
		if err != nil {
			t.Fatal(err)
		}
		if l, ok := ev.(*schemas.Listing); ok {
			b.Observe(l)
			lines = append(lines, bytes.Clone(line))
			listings = append(listings, l)
		}
	}
	var rows []archivetest.Row
	offset := int64(0)
	for c := 0; c <= copies; c++ {
		for i, line := range lines {
			l := listings[i]
			if c > 0 {
				suffix := "-C" + strconv.Itoa(c)
				line = bytes.Replace(line, []byte(strconv.Quote(l.ListingID)), []byte(strconv.Quote(l.ListingID+suffix)), 1)
				line = bytes.Replace(line, []byte(strconv.Quote(l.EventID)), []byte(strconv.Quote(l.EventID+suffix)), 1)
			}
			rows = append(rows, archivetest.RowOf(t, line, offset))
			offset++
		}
	}
	archivetest.Insert(t, s.DB(), rows)
	ctx := context.Background()
	if err := marketstate.SaveBuilder(ctx, s, "corpus", b, time.Now()); err != nil {
		t.Fatal(err)
	}
	k, err := marketstate.Load(ctx, marketstate.Config{Source: "test"}, s, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{s: s, ref: k.Reference(), expected: map[string]bool{}}
	// The expectation, computed apart from the package: the highest version
	// of each listing id, judged by the engine.
	latest := map[string]*schemas.Listing{}
	for _, r := range rows {
		ev, err := dec.Decode(r.Payload)
		if err != nil {
			t.Fatal(err)
		}
		l := ev.(*schemas.Listing)
		if cur := latest[l.ListingID]; cur == nil || l.Version > cur.Version {
			latest[l.ListingID] = l
		}
	}
	f.listings = len(latest)
	e, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range latest {
		res, err := e.Detect(l, detectors.Context{Market: f.ref})
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range res.Findings {
			f.expected[fd.FindingID] = true
		}
	}
	return f
}

func count(t testing.TB, s *store.Store, q string) uint64 {
	t.Helper()
	var n uint64
	if err := s.DB().QueryRow(context.Background(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// topicFindings reads every finding id on findings.v1, duplicates included.
func topicFindings(t testing.TB, addr string) []string {
	t.Helper()
	conn, err := kafka.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	parts, err := conn.ReadPartitions(schemas.TopicFindings)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range parts {
		pc, err := kafka.DialLeader(context.Background(), "tcp", addr, schemas.TopicFindings, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		first, last, err := pc.ReadOffsets()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := pc.Seek(first, kafka.SeekAbsolute); err != nil {
			t.Fatal(err)
		}
		for off := first; off < last; off++ {
			pc.SetReadDeadline(time.Now().Add(10 * time.Second))
			m, err := pc.ReadMessage(1 << 20)
			if err != nil {
				t.Fatal(err)
			}
			var f struct {
				FindingID string `json:"finding_id"`
			}
			if err := json.Unmarshal(m.Value, &f); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, f.FindingID)
		}
		pc.Close()
	}
	return ids
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// TestTwiceAddsNothing: a run sends every finding of the latest versions that
// the findings table does not hold, once; a second run sends nothing.
func TestTwiceAddsNothing(t *testing.T) {
	f := setup(t, 0)
	addr, _ := testenv.Kafka(t, 3)
	ctx := context.Background()
	if len(f.expected) == 0 {
		t.Fatal("the corpus's latest versions have no findings")
	}
	w := kafkaio.NewWriter([]string{addr})
	defer w.Close()
	r := reinspect.New(f.s, w, f.ref, zap.NewNop())
	cfg := reinspect.Config{Policy: policy.Default(), BatchSize: 50}
	first, err := r.Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if first.Listings != f.listings || first.Findings != len(f.expected) || first.New != len(f.expected) || first.Bad != 0 {
		t.Fatalf("first run %+v; want %d listings, %d findings all new", first, f.listings, len(f.expected))
	}
	second, err := r.Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if second.Pass != first.Pass+1 || second.Resumed || second.Listings != f.listings || second.Findings != len(f.expected) || second.New != 0 {
		t.Fatalf("second run %+v; want a new pass that finds the same and sends nothing", second)
	}
	ids := topicFindings(t, addr)
	if len(ids) != len(f.expected) || !sameSet(set(ids), f.expected) {
		t.Errorf("findings.v1 holds %d records (%d distinct), want the %d expected once", len(ids), len(set(ids)), len(f.expected))
	}
	if n := count(t, f.s, "SELECT count() FROM findings FINAL WHERE source_topic = 'reinspect'"); n != uint64(len(f.expected)) {
		t.Errorf("findings FINAL: %d rows, want %d", n, len(f.expected))
	}
	if n := count(t, f.s, "SELECT uniqExact(finding_id) FROM findings WHERE source_topic = 'reinspect'"); n != uint64(len(f.expected)) {
		t.Errorf("findings: %d distinct ids, want %d", n, len(f.expected))
	}
}

// TestKnownNotResent: a finding already in the findings table (made live)
// is not sent again.
func TestKnownNotResent(t *testing.T) {
	f := setup(t, 0)
	addr, _ := testenv.Kafka(t, 1)
	ctx := context.Background()
	w := kafkaio.NewWriter([]string{addr})
	defer w.Close()
	// A category first: its findings are then known to the full run.
	r := reinspect.New(f.s, w, f.ref, zap.NewNop())
	if _, err := r.Run(ctx, reinspect.Config{Policy: policy.Default(), Category: "steel-rebar"}); err != nil {
		t.Fatal(err)
	}
	before := len(topicFindings(t, addr))
	sum, err := r.Run(ctx, reinspect.Config{Policy: policy.Default()})
	if err != nil {
		t.Fatal(err)
	}
	after := topicFindings(t, addr)
	if sum.New != len(f.expected)-before || len(after) != len(f.expected) || !sameSet(set(after), f.expected) {
		t.Errorf("category run sent %d; the full run %d new of %d; findings.v1 %d (want %d, each once)", before, sum.New, sum.Findings, len(after), len(f.expected))
	}
	if before == 0 {
		t.Error("the steel-rebar run found nothing: the test proves little")
	}
}

// TestKill9Resumes kills a child `haili reinspect` part-way with SIGKILL,
// starts it again, and gets the same findings as the expectation: each
// finding in the table once, each on findings.v1 (the batch in flight at the
// kill may be sent twice; enforcement ignores a finding id it has seen).
func TestKill9Resumes(t *testing.T) {
	f := setup(t, 150) // about 50,000 listings
	addr, _ := testenv.Kafka(t, 3)
	bin := testenv.HailiBinary(t)
	args := []string{"reinspect", "--clickhouse", testenv.ClickHouse(t), "--clickhouse-database", f.s.Database(),
		"--kafka", addr, "--batch-size", "500", "--workers", "1", "--log-level", "error"}
	var stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	// Killed once some findings were delivered, part-way through.
	for count(t, f.s, "SELECT max(new_findings) FROM reinspect_checkpoints") == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no checkpoint in time: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if n := count(t, f.s, "SELECT count() FROM reinspect_checkpoints WHERE done = 1"); n != 0 {
		t.Skip("the run finished before the kill: nothing to resume")
	}
	killedAt := count(t, f.s, "SELECT max(listings) FROM reinspect_checkpoints")
	killedNew := count(t, f.s, "SELECT max(new_findings) FROM reinspect_checkpoints")

	out, err := exec.Command(bin, append(args, "--quiet")...).CombinedOutput()
	if err != nil {
		t.Fatalf("resumed run: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("resumed after")) {
		t.Errorf("the second run did not resume:\n%s", out)
	}
	t.Logf("killed after %d of %d listings (%d findings sent); %s", killedAt, f.listings, killedNew, out)
	var done struct{ listings, findings uint64 }
	err = f.s.DB().QueryRow(context.Background(), "SELECT listings, findings FROM reinspect_checkpoints WHERE done = 1 ORDER BY seq DESC LIMIT 1").
		Scan(&done.listings, &done.findings)
	if err != nil {
		t.Fatal(err)
	}
	if done.listings != uint64(f.listings) || done.findings != uint64(len(f.expected)) {
		t.Errorf("pass totals %d listings, %d findings; want %d, %d", done.listings, done.findings, f.listings, len(f.expected))
	}
	if n := count(t, f.s, "SELECT count() FROM findings FINAL"); n != uint64(len(f.expected)) {
		t.Errorf("findings FINAL: %d rows, want %d", n, len(f.expected))
	}
	if n := count(t, f.s, "SELECT uniqExact(finding_id) FROM findings"); n != uint64(len(f.expected)) {
		t.Errorf("findings: %d distinct ids, want %d", n, len(f.expected))
	}
	ids := topicFindings(t, addr)
	if !sameSet(set(ids), f.expected) {
		t.Errorf("findings.v1: %d distinct ids, want the %d expected", len(set(ids)), len(f.expected))
	}
	t.Logf("findings.v1: %d records, %d distinct (resent at the kill: %d)", len(ids), len(set(ids)), len(ids)-len(set(ids)))

	// And once more: nothing new.
	out, err = exec.Command(bin, append(args, "--quiet")...).CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte(fmt.Sprintf("%d findings, 0 new", len(f.expected)))) {
		t.Errorf("third run: %v\n%s", err, out)
	}
	if n := len(topicFindings(t, addr)); n != len(ids) {
		t.Errorf("third run sent %d records", n-len(ids))
	}
}
