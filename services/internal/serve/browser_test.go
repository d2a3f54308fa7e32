package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/backtest/archivetest"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

var (
	chromiumOnce sync.Once
	chromiumPath string
	chromiumErr  error
)

// chromium finds Debian's chromium, installing it with apt-get when missing
// (as localch installs ClickHouse).
func chromium(t *testing.T) string {
	t.Helper()
	find := func() string {
		for _, name := range []string{"chromium", "chromium-browser", "/usr/lib/chromium/chromium"} {
			if p, err := exec.LookPath(name); err == nil {
				return p
			}
		}
		return ""
	}
	chromiumOnce.Do(func() {
		if chromiumPath = find(); chromiumPath != "" {
			return
		}
		sudo := ""
		if os.Geteuid() != 0 {
			sudo = "sudo "
		}
		script := fmt.Sprintf("export DEBIAN_FRONTEND=noninteractive; %[1]sapt-get install -y -qq chromium || { %[1]sapt-get update -qq && %[1]sapt-get install -y -qq chromium; }", sudo)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		if out, err := exec.CommandContext(ctx, "bash", "-c", script).CombinedOutput(); err != nil {
			chromiumErr = fmt.Errorf("install chromium: %w\n%s", err, out)
			return
		}
		if chromiumPath = find(); chromiumPath == "" {
			chromiumErr = fmt.Errorf("chromium still missing after apt-get install")
		}
	})
	if chromiumErr != nil {
		t.Fatal(chromiumErr)
	}
	return chromiumPath
}

func artefactDir(t *testing.T) string {
	if d := os.Getenv("HAILI_ARTEFACTS"); d != "" {
		d = filepath.Join(d, "browser")
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// TestConsoleInBrowser loads the console in headless Chromium against the
// test ClickHouse holding the sample's findings, checks the charts are drawn
// and the evidence marked, opens a message finding's thread in the review
// queue (the buyer's earlier turn, the marked words), confirms a finding and
// sees the decision appear, runs a backtest of a candidate policy on the
// Policy lab page with the real history runner over the corpus archived in
// event_archive and sees its diff (the one finding gained, the merchant whose
// outcome changes), then opens a merchant's portal.
func TestConsoleInBrowser(t *testing.T) {
	t.Parallel() // its own database and broker
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	exe := chromium(t)
	s := testenv.Store(t)
	seedData(t, s, true)
	thread := seedThread(t, s)
	seedShadow(t, s.DB(), thread)
	corpusFrom, corpusTo := seedCorpus(t, s)
	srv := newTestServer(t, s, &fakeProducer{})
	runner := backtest.NewHistoryRunner(s.DB(), zap.NewNop(), backtest.HistoryConfig{MaxWindow: MaxBacktestWindow})
	srv.cfg.Backtest = runner
	// The form's window: whole days (the form takes dates) around the corpus.
	from, to := corpusFrom.UTC().Truncate(24*time.Hour), corpusTo.UTC().Truncate(24*time.Hour).Add(24*time.Hour)
	// The candidate finds inflated shipping from 2.5x the norm instead of 3.8x:
	// in the corpus that gains one finding, DL-100202 (DM-2020, steel-rebar),
	// and changes DM-2020's ladder outcome.
	candYAML := oneLineChanged(t, "norm_ratio: 3.8\n", "norm_ratio: 2.5\n")
	// What the page must show is what the runner reports for the same
	// request (the seeded thread also lies in the archive, outside the window).
	rep, err := runner.Run(context.Background(), backtest.Request{From: from, To: to, Candidate: []byte(candYAML)})
	if err != nil {
		t.Fatalf("backtest of the corpus: %v", err)
	}
	gainedIdx := slices.IndexFunc(rep.Changes, func(c backtest.Change) bool { return c.Candidate && !c.Baseline })
	if rep.Events == 0 || rep.BadEvents != 0 || gainedIdx < 0 || rep.Candidate.Findings["inflated_shipping"] != rep.Baseline.Findings["inflated_shipping"]+1 {
		t.Fatalf("the corpus backtest: %d events, %d bad, inflated_shipping %d → %d", rep.Events, rep.BadEvents,
			rep.Baseline.Findings["inflated_shipping"], rep.Candidate.Findings["inflated_shipping"])
	}
	gained := rep.Changes[gainedIdx]
	if gained.SubjectID != "DL-100202" || gained.MerchantID != "DM-2020" || gained.CategoryID != "steel-rebar" || gained.Code != "inflated_shipping" {
		t.Fatalf("the gained finding %+v, want DL-100202 of DM-2020 (steel-rebar, inflated_shipping)", gained)
	}
	if !slices.ContainsFunc(rep.Merchants, func(m backtest.MerchantChange) bool { return m.MerchantID == "DM-2020" }) {
		t.Fatalf("DM-2020's outcome does not change: %+v", rep.Merchants)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	arts := artefactDir(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1600),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc() // stops the browser process and waits for it
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(bctx, 2*time.Minute)
	defer cancelTimeout()

	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(arts, name)
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#token="+tokReviewer)); err != nil {
		t.Fatalf("console: %v", err)
	}
	ready, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("window.hailiReady", chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("console: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("#chart-per-day svg rect"))); err != nil {
		t.Fatalf("charts: %v", err)
	}
	errText, _ := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("#error")))
	shot("console-overview.png")
	if !ready || errText != "" {
		t.Fatalf("console not ready (%v), error %q", ready, errText)
	}
	perDay, bars := count("#chart-per-day svg rect"), count("#overview svg rect")
	baitRows, decoys := count("#rtable tr.bait"), count("li.decoy")
	if perDay == 0 || bars <= perDay {
		t.Errorf("charts not drawn: %d per-day rects, %d in all", perDay, bars)
	}
	if baitRows == 0 {
		t.Error("no bait tier marked in the review queue's evidence")
	}
	t.Logf("charts: %d per-day bars, %d bars in all; %d bait tiers, %d decoy SKUs marked", perDay, bars, baitRows, decoys)

	// The message finding's thread: the buyer asked about the price first,
	// the seller's WhatsApp invitation and number are marked, the number masked.
	row := fmt.Sprintf("#rtable tr[data-finding=%q]", thread.FindingID)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(row+" button.context")), chromedp.WaitVisible(chromedp.CSS("#rdetail .msg.flagged mark"))); err != nil {
		t.Fatalf("thread: %v", err)
	}
	shot("console-review-thread.png")
	buyer, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("#rdetail .thread .msg.buyer")))
	if err != nil || !strings.Contains(buyer, "What is the price for 500 pcs?") {
		t.Errorf("the buyer's earlier turn: %q %v", buyer, err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#rdetail .msg.flagged mark")].map((m) => m.className + ":" + m.textContent)`))
	if err != nil || !slices.Contains(marks, "channel_invite:WhatsApp") || !slices.Contains(marks, "phone:+86-186****5678") {
		t.Errorf("marked words %q %v", marks, err)
	}
	if order, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#rdetail .msg")].map((m) => m.className)`)); len(order) != 3 || !strings.Contains(order[0], "buyer") || !strings.Contains(order[1], "flagged") {
		t.Errorf("thread order %q", order)
	}

	attr, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("#rtable tbody tr"), "data-finding"))
	if err != nil || attr.Value == "" {
		t.Fatalf("first queued finding: %v %+v", err, attr)
	}
	findingID := attr.Value
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#rtable tbody tr input"), "checked in browser"),
		chromedp.Click(chromedp.CSS("#rtable tbody tr button.confirm")),
	); err != nil {
		t.Fatalf("confirm: %v", err)
	}
	sel := fmt.Sprintf("#decisions tr[data-finding=%q] td.decision", findingID)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(sel)), chromedp.ScrollIntoView(chromedp.CSS("#reviews"))); err != nil {
		t.Fatalf("decision did not appear: %v", err)
	}
	decision, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(sel)))
	if err != nil {
		t.Fatal(err)
	}
	shot("console-review-confirmed.png")
	if strings.TrimSpace(decision) != DecisionConfirm {
		t.Errorf("decision shown %q, want confirm", decision)
	}
	if _, body := do(t, srv, "GET", "/api/v1/reviews/decisions", tokAdmin, ""); !strings.Contains(body, findingID) || !strings.Contains(body, "checked in browser") {
		t.Errorf("decision on %s not recorded: %s", findingID, body)
	}

	// The Policy lab (admin): live against shadow, then a backtest's diff.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/?lab#token="+tokAdmin)); err != nil {
		t.Fatalf("console as admin: %v", err)
	}
	if ready, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("window.hailiReady", chromedp.EvalAwaitPromise)); err != nil || !ready {
		t.Fatalf("console as admin: %v %v", ready, err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("#lab #chart-shadow svg rect")), chromedp.WaitVisible(chromedp.CSS("#shdis tbody tr"))); err != nil {
		t.Fatalf("policy lab: %v", err)
	}
	if n := count(fmt.Sprintf("#shdis tr[data-finding=%q]", "f-shadow-only-1")); n != 1 {
		t.Errorf("shadow-only finding not in the disagreements (%d)", n)
	}
	fill := fmt.Sprintf(`(() => { const f = document.querySelector("#btform").elements; f.from.value = %s; f.to.value = %s; f.candidate.value = %s; return true; })()`,
		jsString(from.Format(time.DateOnly)), jsString(to.Format(time.DateOnly)), jsString(candYAML))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fill)); err != nil {
		t.Fatal(err)
	}
	gainedRow := fmt.Sprintf("#btreport table.changes tr.gained[data-finding=%q]", gained.FindingID)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#btrun")), chromedp.WaitVisible(chromedp.CSS(gainedRow)),
		chromedp.ScrollIntoView(chromedp.CSS("#btreport"))); err != nil {
		errText, _ := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("#error")))
		t.Fatalf("backtest report: %v (error %q)", err, errText)
	}
	shot("console-policy-lab.png")
	cells := func(sel string) []string {
		t.Helper()
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf(`[...document.querySelectorAll(%q)].map((td) => td.textContent)`, sel)))
		if err != nil {
			t.Fatalf("cells %s: %v", sel, err)
		}
		return got
	}
	n := rep.Baseline.Findings["inflated_shipping"]
	if got, want := cells("#btreport table.codes tr[data-code=inflated_shipping] td"), []string{"inflated_shipping", fmt.Sprint(n), fmt.Sprint(n + 1), "+1", "−0"}; !slices.Equal(got, want) {
		t.Errorf("inflated_shipping diff %q, want %q", got, want)
	}
	for code, b := range rep.Baseline.Findings {
		if code == "inflated_shipping" {
			continue
		}
		if got, want := cells(fmt.Sprintf("#btreport table.codes tr[data-code=%s] td", code)), []string{code, fmt.Sprint(b), fmt.Sprint(b), "+0", "−0"}; !slices.Equal(got, want) {
			t.Errorf("%s diff %q, want %q", code, got, want)
		}
	}
	if got, want := cells(gainedRow+" td"), []string{"listing DL-100202", "DM-2020", "steel-rebar", "inflated_shipping", "—", fmt.Sprintf("✓ %s %.2f", gained.CandidateRule, gained.CandidateConfidence)}; len(got) < 6 || !slices.Equal(got[:6], want) {
		t.Errorf("the gained finding's row %q, want %q and its explanation", got, want)
	}
	if g, l := count("#btreport table.changes tr.gained"), count("#btreport table.changes tr.lost"); g != 1 || l != 0 {
		t.Errorf("changes shown: %d gained, %d lost; want 1 and 0", g, l)
	}
	if got := count("#btreport table.changes tr[data-finding]"); got != min(len(rep.Changes), 100) {
		t.Errorf("%d changed findings shown, the report has %d", got, len(rep.Changes))
	}
	if first := cells("#btreport table.changes tr[data-finding] td"); len(first) == 0 || first[0] != "listing DL-100202" {
		t.Errorf("the gained finding is not listed first: %q", first[:min(len(first), 7)])
	}
	dm := cells("#btreport table.merchants tr[data-merchant=DM-2020] td")
	if len(dm) != 3 || dm[0] != "DM-2020" || dm[1] == dm[2] {
		t.Errorf("DM-2020's outcome %q: want its row with a different candidate outcome", dm)
	}
	if got := count("#btreport table.merchants tr[data-merchant]"); got != len(rep.Merchants) {
		t.Errorf("%d merchants shown, the report has %d", got, len(rep.Merchants))
	}
	if line, _ := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("#btwindow"))); !strings.Contains(line, "0 bad events") || !strings.Contains(line, from.Format(time.DateOnly)) {
		t.Errorf("the report's window line %q", line)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/portal#token="+tokMerchantB), chromedp.WaitVisible(chromedp.CSS("#pview .ev"))); err != nil {
		t.Fatalf("portal: %v", err)
	}
	shot("portal.png")
	if n := count("#pview .ev"); n == 0 {
		t.Error("portal shows no pending product")
	}
}

// corpusFile is the labelled corpus (shared/corpus/events.jsonl above the
// working directory, or in $HAILI_CORPUS), as the backtest tests find it.
func corpusFile(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("HAILI_CORPUS"); d != "" {
		return filepath.Join(d, "events.jsonl")
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; filepath.Dir(d) != d; d = filepath.Dir(d) {
		f := filepath.Join(d, "shared", "corpus", "events.jsonl")
		if _, err := os.Stat(f); err == nil {
			return f
		}
	}
	t.Fatal("shared/corpus/events.jsonl not found above " + wd + " (set HAILI_CORPUS)")
	return ""
}

// seedCorpus archives the corpus in event_archive as the detection worker
// would and returns its first and last event times.
func seedCorpus(t testing.TB, s *store.Store) (first, last time.Time) {
	t.Helper()
	data, err := os.ReadFile(corpusFile(t))
	if err != nil {
		t.Fatal(err)
	}
	var rows []archivetest.Row
	for line := range bytes.Lines(data) {
		if line = bytes.TrimSpace(line); len(line) == 0 {
			continue
		}
		r := archivetest.RowOf(t, bytes.Clone(line), int64(len(rows)))
		if first.IsZero() || r.EventTime.Before(first) {
			first = r.EventTime
		}
		if r.EventTime.After(last) {
			last = r.EventTime
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		t.Fatal("the corpus is empty")
	}
	archivetest.Insert(t, s.DB(), rows)
	return first, last
}

// oneLineChanged is the built-in policy's file with one line changed.
func oneLineChanged(t testing.TB, from, to string) string {
	t.Helper()
	def := string(policy.DefaultYAML())
	if strings.Count(def, from) != 1 {
		t.Fatalf("%q is not once in the built-in policy", from)
	}
	y := strings.Replace(def, from, to, 1)
	if _, err := policy.Parse([]byte(y)); err != nil {
		t.Fatal(err)
	}
	return y
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
