package serve

import (
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
// sees the decision appear, runs a backtest on the Policy lab page and sees
// its diff, then opens a merchant's portal.
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
	srv := newTestServer(t, s, &fakeProducer{})
	srv.cfg.Backtest = &fakeRunner{Report: sampleReport()}
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
	setCandidate := fmt.Sprintf("document.querySelector('#btform textarea[name=candidate]').value = %s; true", jsString(candidatePolicy(t)))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](setCandidate)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#btrun")), chromedp.WaitVisible(chromedp.CSS("#btreport table.changes tr.gained")),
		chromedp.ScrollIntoView(chromedp.CSS("#btreport"))); err != nil {
		errText, _ := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("#error")))
		t.Fatalf("backtest report: %v (error %q)", err, errText)
	}
	shot("console-policy-lab.png")
	codeRow, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#btreport table.codes tr[data-code=fake_price_tier] td")].map((td) => td.textContent)`))
	if want := []string{"fake_price_tier", "10", "11", "+2", "−1"}; !slices.Equal(codeRow, want) {
		t.Errorf("fake_price_tier diff %q, want %q", codeRow, want)
	}
	if n, m := count("#btreport table.changes tr.gained"), count("#btreport table.changes tr.lost"); n != 2 || m != 1 {
		t.Errorf("changes shown: %d gained, %d lost; want 2 and 1", n, m)
	}
	if n := count("#btreport table.merchants tr td"); n == 0 {
		t.Error("no merchant whose outcome changes shown")
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/portal#token="+tokMerchantB), chromedp.WaitVisible(chromedp.CSS("#pview .ev"))); err != nil {
		t.Fatalf("portal: %v", err)
	}
	shot("portal.png")
	if n := count("#pview .ev"); n == 0 {
		t.Error("portal shows no pending product")
	}
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
