package serve

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
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
// and the evidence marked, confirms a finding in the review queue and sees
// the decision appear, then opens a merchant's portal.
func TestConsoleInBrowser(t *testing.T) {
	t.Parallel() // its own database and broker
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	exe := chromium(t)
	s := testenv.Store(t)
	seedData(t, s, true)
	srv := newTestServer(t, s, &fakeProducer{})
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

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/portal#token="+tokMerchantB), chromedp.WaitVisible(chromedp.CSS("#pview .ev"))); err != nil {
		t.Fatalf("portal: %v", err)
	}
	shot("portal.png")
	if n := count("#pview .ev"); n == 0 {
		t.Error("portal shows no pending product")
	}
}
