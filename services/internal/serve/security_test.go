package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/testenv"
)

// TestMerchantTextUnmaskedExceptContacts: a merchant reads every notice,
// finding and evidence field exactly as stored, except the contact values
// the detector found (issue 14: deadlines, ids and amounts were masked).
func TestMerchantTextUnmaskedExceptContacts(t *testing.T) {
	deadline := "Deadline 2026-12-04 14:21 UTC"
	stored := []string{
		deadline,
		"整改期限：2026-12-04 14:21 UTC",
		"notice n-9df8eac5912345eb91f04e4",
		"fee = 2200000.50 USD, MOQ 15000 pcs, order 8000123456",
		"Sent 2026-12-04 09:25 UTC; call +86 138 0013 8000",
		"add me wechat: other123 or mail seller@example.com",
	}
	ev := map[string]any{
		"excerpt": "call +86 138 0013 8000, wechat other123",
		"spans": []any{
			map[string]any{"kind": "phone", "value": "+86 138 0013 8000", "start": 5, "end": 22},
			map[string]any{"kind": "handle", "value": "other123"},
			map[string]any{"kind": "email", "value": "seller@example.com"},
			map[string]any{"kind": "phone", "value": "13****00"}, // already masked by the detector
		},
		"tier_price": 13.5, "order_id": "O-2026120412345", "listed_at": "2026-11-30T10:00:00Z",
	}
	contacts := []string{"+86 138 0013 8000", "other123", "seller@example.com"}
	unmask := func(s string) string {
		for _, c := range contacts {
			s = strings.ReplaceAll(s, maskValue(c), c)
		}
		return s
	}
	f := schemas.Finding{FindingID: "f-1", Evidence: ev, Explanation: stored[4], ExplanationZH: stored[1]}
	fs := []schemas.Finding{f}
	vs := []ladder.Violation{{Finding: f}}
	m := maskFor(fs, vs)
	m.findings(fs)
	m.violations(vs)
	var ns []NoticeView
	for _, s := range stored {
		ns = append(ns, NoticeView{TextEN: s, TextZH: s, Deadline: time.Now()})
	}
	m.notices(ns)

	var shown, want []string
	for i, n := range ns {
		shown = append(shown, n.TextEN, n.TextZH)
		want = append(want, stored[i], stored[i])
	}
	shown = append(shown, fs[0].Explanation, fs[0].ExplanationZH, vs[0].Explanation, fs[0].Evidence["excerpt"].(string))
	want = append(want, stored[4], stored[1], stored[4], ev["excerpt"].(string))
	for i := range shown {
		if unmask(shown[i]) != want[i] {
			t.Errorf("shown %q, stored %q: differs beyond the contact values", shown[i], want[i])
		}
		for _, c := range contacts {
			if strings.Contains(shown[i], c) {
				t.Errorf("contact value %q shown to the merchant: %q", c, shown[i])
			}
		}
	}
	if ns[0].TextEN != deadline {
		t.Errorf("deadline masked: %q", ns[0].TextEN)
	}
	if fs[0].Evidence["order_id"] != "O-2026120412345" || fs[0].Evidence["listed_at"] != "2026-11-30T10:00:00Z" ||
		fs[0].Evidence["tier_price"] != 13.5 {
		t.Errorf("evidence ids, dates or prices changed: %v", fs[0].Evidence)
	}
	spans := fs[0].Evidence["spans"].([]any)
	if v := spans[3].(map[string]any)["value"]; v != "13****00" {
		t.Errorf("a value the detector masked was masked again: %v", v)
	}
}

// newLimited is a test server with limits over db (nil: none), served on a
// real listener with the server settings of `haili serve`.
func newLimited(t testing.TB, db *chdb.DB, lim Limits) (*Server, string) {
	t.Helper()
	p := policy.Default()
	eng, err := detectors.New(p)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{Policy: p, Engine: eng, Tokens: testTokens(t), DB: db, Limits: lim, PublishDir: t.TempDir(),
		Clock: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer()
	ts := httptest.NewUnstartedServer(hs.Handler)
	hs.ErrorLog = nil
	ts.Config = hs
	ts.Start()
	t.Cleanup(ts.Close)
	return srv, ts.Listener.Addr().String()
}

func testLimits() Limits {
	l := DefaultLimits()
	l.BodyStall = time.Second
	return l
}

// stalledRequest sends headers and 10 bytes of a longer body, then waits
// for the server to answer or close; it returns the time that took and what
// came back.
func stalledRequest(t *testing.T, addr, token string) (time.Duration, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	auth := ""
	if token != "" {
		auth = "Authorization: Bearer " + token + "\r\n"
	}
	start := time.Now()
	fmt.Fprintf(c, "POST /api/v1/check/listings HTTP/1.1\r\nHost: x\r\n%sContent-Length: 100000\r\n\r\n0123456789", auth)
	_ = c.SetReadDeadline(time.Now().Add(60 * time.Second))
	b, _ := io.ReadAll(c) // until the server closes
	return time.Since(start), string(b)
}

// TestStalledBodyIsCut: a body that stops after 10 bytes is cut off within
// the stall limit, and a request without a token gets its 401 at once and
// its connection closed, without waiting for the body (issue 14: 65 s and
// 42 s, and the 401 never came).
func TestStalledBodyIsCut(t *testing.T) {
	lim := testLimits()
	_, addr := newLimited(t, nil, lim)
	took, resp := stalledRequest(t, addr, tokAnalyst)
	t.Logf("stalled body with a token: cut after %v", took.Round(time.Millisecond))
	if took > lim.BodyStall+3*time.Second {
		t.Errorf("a stalled body held the connection %v (stall limit %v)", took, lim.BodyStall)
	}
	if !strings.HasPrefix(resp, "HTTP/1.1 408") || !strings.Contains(resp, "stalled") {
		t.Errorf("response to a stalled body: %q", resp)
	}
	took, resp = stalledRequest(t, addr, "")
	t.Logf("stalled body without a token: closed after %v", took.Round(time.Millisecond))
	if !strings.HasPrefix(resp, "HTTP/1.1 401") || took > lim.BodyStall+3*time.Second {
		t.Errorf("without a token: %v, %q", took, resp)
	}
}

// TestBodyLimits: a declared body over the route's limit is refused before
// it is read; a chunked one is cut at the limit.
func TestBodyLimits(t *testing.T) {
	lim := testLimits()
	_, addr := newLimited(t, nil, lim)
	for _, tt := range []struct {
		path string
		max  int64
	}{
		{"/api/v1/check/listing", lim.MaxListingBytes},
		{"/api/v1/check/listings", lim.MaxBatchBytes},
		{"/api/v1/merchants/" + merchantA + "/appeals", lim.MaxBodyBytes},
	} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n{", tt.path, tokAdmin, tt.max+1)
		_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
		b, _ := io.ReadAll(c)
		c.Close()
		if !strings.HasPrefix(string(b), "HTTP/1.1 413") {
			t.Errorf("%s with Content-Length %d: %.80q", tt.path, tt.max+1, b)
		}
		t.Logf("%s: 413 after %v", tt.path, time.Since(start).Round(time.Millisecond))
	}
	// A chunked listing over the limit is cut there.
	body := io.MultiReader(strings.NewReader(`{"schema":"listing.v1","title":"`), strings.NewReader(strings.Repeat("x", int(lim.MaxListingBytes))), strings.NewReader(`"}`))
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/check/listing", body)
	req.Header.Set("Authorization", "Bearer "+tokAdmin)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked listing over the limit: %d", resp.StatusCode)
	}
}

// TestChecksInFlightBounded: beyond MaxChecksPerToken checks of one token,
// or MaxChecks of all, a check gets 429 with Retry-After.
func TestChecksInFlightBounded(t *testing.T) {
	lim := testLimits()
	lim.BodyStall = 30 * time.Second
	lim.MaxChecks, lim.MaxChecksPerToken = 3, 2
	_, addr := newLimited(t, nil, lim)
	var held []*io.PipeWriter
	defer func() {
		for _, w := range held {
			w.Close()
		}
	}()
	var wg sync.WaitGroup
	hold := func(token string) {
		pr, pw := io.Pipe()
		held = append(held, pw)
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/check/listings", pr)
		req.Header.Set("Authorization", "Bearer "+token)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}()
		_, _ = pw.Write([]byte("\n")) // the request is in the handler once this is read
	}
	try := func(token string) *http.Response {
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/check/listings", strings.NewReader("\n"))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	// A held request reaches the handler some time after its first byte is
	// sent: until then a check may still pass, so poll for the refusal.
	tryUntil429 := func(token string) *http.Response {
		deadline := time.Now().Add(10 * time.Second)
		for {
			r := try(token)
			if r.StatusCode == http.StatusTooManyRequests || time.Now().After(deadline) {
				return r
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	hold(tokAnalyst)
	hold(tokAnalyst)
	if r := tryUntil429(tokAnalyst); r.StatusCode != http.StatusTooManyRequests || r.Header.Get("Retry-After") == "" {
		t.Errorf("third check of one token: %d, Retry-After %q; want 429 with Retry-After", r.StatusCode, r.Header.Get("Retry-After"))
	}
	hold(tokAdmin)
	if r := tryUntil429(tokReviewer); r.StatusCode != http.StatusTooManyRequests {
		t.Errorf("fourth check overall: %d, want 429", r.StatusCode)
	}
	for _, w := range held {
		w.Close()
	}
	held = nil
	wg.Wait()
	if r := try(tokReviewer); r.StatusCode != http.StatusOK {
		t.Errorf("after the others finished: %d, want 200", r.StatusCode)
	}
}

// TestHTTPServerTimeouts: every timeout of the served http.Server is set
// (issue 14: only ReadHeaderTimeout was).
func TestHTTPServerTimeouts(t *testing.T) {
	srv := newServerWith(t, nil, nil)
	hs := srv.HTTPServer()
	if hs.ReadHeaderTimeout <= 0 || hs.ReadTimeout <= 0 || hs.WriteTimeout <= 0 || hs.IdleTimeout <= 0 {
		t.Errorf("timeouts: header %v read %v write %v idle %v", hs.ReadHeaderTimeout, hs.ReadTimeout, hs.WriteTimeout, hs.IdleTimeout)
	}
}

// TestBatchCheckStreams: the batch check answers one result per line as it
// reads, one listing at a time: the answer is a single JSON document, an
// over-long line is reported and skipped, and allocation per listing does not
// grow with the batch.
func TestBatchCheckStreams(t *testing.T) {
	srv := newServerWith(t, nil, nil)
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	var listing string
	for _, line := range strings.Split(string(seed), "\n") {
		if strings.Contains(line, `"listing.v1"`) && strings.Contains(line, merchantA) {
			listing = line
			break
		}
	}
	long := `{"schema":"listing.v1","title":"` + strings.Repeat("y", int(schemas.DefaultMaxEventBytes)) + `"}`
	body := strings.Repeat(listing+"\n", 50) + long + "\n" + listing + "\n"
	code, out := do(t, srv, "POST", "/api/v1/check/listings", tokMerchantA, body)
	var res struct {
		Results  []CheckResult `json:"results"`
		Listings int           `json:"listings"`
		Errors   int           `json:"errors"`
		Error    string        `json:"error"`
	}
	if err := json.Unmarshal([]byte(out), &res); code != http.StatusOK || err != nil {
		t.Fatalf("%d %v %.300s", code, err, out)
	}
	if res.Listings != 51 || res.Errors != 1 || len(res.Results) != 52 || res.Results[50].Line != 51 ||
		!strings.Contains(res.Results[50].Error, "longer than") {
		t.Errorf("listings %d errors %d results %d: %+v", res.Listings, res.Errors, len(res.Results), res.Results[50])
	}
}

// TestAppealInputBounded: a note over the cap, an appeal id that is not a
// plain id and a body over the limit are refused (issue 14: a 30 MB note
// was stored and listed with every appeal).
func TestAppealInputBounded(t *testing.T) {
	_, db := chdbtest.New()
	srv := newServerWith(t, db, &fakeProducer{})
	path := "/api/v1/merchants/" + merchantA + "/appeals"
	for _, tt := range []struct {
		name, body string
		want       int
	}{
		{"long note", `{"finding_id":"f-1","note":"` + strings.Repeat("申", maxNoteRunes+1) + `"}`, http.StatusBadRequest},
		{"huge note", `{"finding_id":"f-1","note":"` + strings.Repeat("x", 1<<20) + `"}`, http.StatusRequestEntityTooLarge},
		{"bad appeal id", `{"finding_id":"f-1","appeal_id":"<script>"}`, http.StatusBadRequest},
		{"long appeal id", `{"finding_id":"f-1","appeal_id":"` + strings.Repeat("A", 65) + `"}`, http.StatusBadRequest},
		{"bad finding id", `{"finding_id":"f-1' OR 1=1"}`, http.StatusBadRequest},
	} {
		if code, body := do(t, srv, "POST", path, tokMerchantA, tt.body); code != tt.want {
			t.Errorf("%s: %d, want %d: %.200s", tt.name, code, tt.want, body)
		}
	}
	for _, p := range []string{"/api/v1/reviews/f-1", "/api/v1/appeals/f-1"} {
		d := map[string]string{"/api/v1/reviews/f-1": "dismiss", "/api/v1/appeals/f-1": "reject"}[p]
		if code, body := do(t, srv, "POST", p, tokReviewer, `{"decision":"`+d+`","note":"`+strings.Repeat("x", maxNoteRunes+1)+`"}`); code != http.StatusBadRequest {
			t.Errorf("%s with a long note: %d %.200s", p, code, body)
		}
	}
}

// TestListRoutesPaginated: every list route takes limit and offset, bounded,
// and binds them into its query.
func TestListRoutesPaginated(t *testing.T) {
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	for _, path := range []string{"/api/v1/violations", "/api/v1/reviews", "/api/v1/reviews/decisions", "/api/v1/appeals",
		"/api/v1/merchants/" + merchantA + "/notices"} { // the merchant page pages the same way (TestDecisionsFollowState)
		if code, body := do(t, srv, "GET", path+"?limit=7&offset=14", tokAdmin, ""); code != http.StatusOK {
			t.Errorf("%s: %d %s", path, code, body)
		}
		for _, bad := range []string{"?limit=1000000", "?limit=0", "?offset=-1", "?offset=100000000", "?offset=x"} {
			if code, _ := do(t, srv, "GET", path+bad, tokAdmin, ""); code != http.StatusBadRequest {
				t.Errorf("%s%s: %d, want 400", path, bad, code)
			}
		}
	}
	paged := 0
	for _, c := range conn.Calls() {
		if strings.Contains(c.SQL, "LIMIT ?, ?") && len(c.Args) >= 2 && c.Args[len(c.Args)-2] == 14 && c.Args[len(c.Args)-1] == 7 {
			paged++
		}
	}
	if paged < 5 {
		t.Errorf("%d queries bound offset 14 and limit 7, want one per list route", paged)
	}
}

// TestAuthFailuresThrottledAndLogged: after AuthFailures wrong tokens from
// one address, it gets 429 with Retry-After; the failures are logged and
// the token never is.
func TestAuthFailuresThrottledAndLogged(t *testing.T) {
	core, logs := observer.New(zap.WarnLevel)
	p := policy.Default()
	eng, err := detectors.New(p)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{Policy: p, Engine: eng, Tokens: testTokens(t), Log: zap.New(core)})
	if err != nil {
		t.Fatal(err)
	}
	limit := srv.cfg.Limits.AuthFailures
	codes := map[int]int{}
	for i := range limit + 10 {
		code, _ := do(t, srv, "GET", "/api/v1/me", fmt.Sprintf("wrong-token-%05d", i), "")
		codes[code]++
	}
	if codes[http.StatusUnauthorized] != limit || codes[http.StatusTooManyRequests] != 10 {
		t.Errorf("statuses %v, want %d × 401 then 429", codes, limit)
	}
	// Even the right token waits out the window from a throttled address.
	if code, _ := do(t, srv, "GET", "/api/v1/me", tokAdmin, ""); code != http.StatusTooManyRequests {
		t.Errorf("right token from a throttled address: %d", code)
	}
	if logs.Len() == 0 {
		t.Fatal("failed authentications not logged")
	}
	for _, e := range logs.All() {
		line := e.Message
		for k, v := range e.ContextMap() {
			line += fmt.Sprintf(" %s=%v", k, v)
		}
		if strings.Contains(line, "wrong-token") {
			t.Errorf("a token was logged: %s", line)
		}
	}
}

// TestSecurityHeaders: pages, assets, JSON and downloads carry nosniff,
// frame-ancestors 'none' and a Referrer-Policy; /assets/ lists nothing.
func TestSecurityHeaders(t *testing.T) {
	_, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	for _, path := range []string{"/", "/portal", "/assets/console.html", "/assets/portal.html", "/assets/common.js",
		"/api/v1/me", "/api/v1/openapi.json", "/api/v1/lists/2026-11/csv", "/api/v1/lists/2026-11/html", "/readyz", "/api/v1/nope"} {
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("Authorization", "Bearer "+tokAdmin)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		h := rec.Header()
		if h.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") ||
			h.Get("Referrer-Policy") == "" {
			t.Errorf("%s (%d): headers %v", path, rec.Code, h)
		}
	}
	for _, path := range []string{"/assets/", "/assets", "/assets/../web/", "/assets/nope.js"} {
		code, body := do(t, srv, "GET", path, "", "")
		if code == http.StatusOK || strings.Contains(body, "console.js") {
			t.Errorf("%s: %d %.200s", path, code, body)
		}
	}
}

// TestReadyzHidesTheCause: /readyz (no token) says not ready; the cause is
// logged only.
func TestReadyzHidesTheCause(t *testing.T) {
	conn, db := chdbtest.New()
	core, logs := observer.New(zap.WarnLevel)
	p := policy.Default()
	eng, _ := detectors.New(p)
	srv, err := New(Config{Policy: p, Engine: eng, Tokens: testTokens(t), DB: db, Log: zap.New(core)})
	if err != nil {
		t.Fatal(err)
	}
	conn.Err = errors.New("dial tcp 127.0.0.1:29555: connect: connection refused")
	code, body := do(t, srv, "GET", "/readyz", "", "")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "not ready") || strings.Contains(body, "127.0.0.1") || strings.Contains(body, "dial") {
		t.Errorf("%d %q", code, body)
	}
	if logs.FilterMessage("not ready").Len() == 0 {
		t.Error("the cause was not logged")
	}
}

// TestMonthsValidated: a month outside YYYY-MM, before 2000 or after the
// current month is a 400, not a 500 or an empty list (issue 14).
func TestMonthsValidated(t *testing.T) {
	_, db := chdbtest.New()
	srv := newServerWith(t, db, &fakeProducer{})
	for _, m := range []string{"9999-12", "0000-01", "2106-03", "2026-12", "2026-13", "26-01", "2026-1"} {
		for _, path := range []string{"/api/v1/lists/" + m, "/api/v1/lists/" + m + "/csv"} {
			if code, body := do(t, srv, "GET", path, tokAdmin, ""); code != http.StatusBadRequest {
				t.Errorf("%s: %d, want 400: %.100s", path, code, body)
			}
		}
		if code, _ := do(t, srv, "POST", "/api/v1/lists/"+m+"/publish", tokAdmin, ""); code != http.StatusBadRequest {
			t.Errorf("publish %s: %d, want 400", m, code)
		}
	}
	if code, body := do(t, srv, "GET", "/api/v1/lists/2026-11", tokAdmin, ""); code != http.StatusOK {
		t.Errorf("current month: %d %s", code, body)
	}
}

// TestScriptsTestInstallsCJKFonts: the browser test's screenshots need a
// CJK font where chromium is installed.
func TestScriptsTestInstallsCJKFonts(t *testing.T) {
	b, err := os.ReadFile("../../../scripts/test")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "fonts-noto-cjk") {
		t.Error("scripts/test does not install fonts-noto-cjk")
	}
}

// TestDecisionsFollowState: only review-queue findings can be reviewed and
// only a pending appeal decided; of concurrent decisions one wins and the
// others get 409; analysts cannot file appeals; decisions record the
// token's name (issue 14).
func TestDecisionsFollowState(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	seedData(t, s, true)
	prod := &fakeProducer{}
	srv := newTestServer(t, s, prod)
	bar := srv.cfg.Policy.Enforcement.FalseInfo.DelistConfidence

	var queue struct{ Findings []schemas.Finding }
	code, body := do(t, srv, "GET", "/api/v1/reviews?limit=50", tokReviewer, "")
	if err := json.Unmarshal([]byte(body), &queue); code != http.StatusOK || err != nil || len(queue.Findings) < 2 {
		t.Fatalf("queue: %d %v, %d findings", code, err, len(queue.Findings))
	}
	var all struct{ Findings []schemas.Finding }
	_, body = do(t, srv, "GET", "/api/v1/violations?limit=5000", tokAdmin, "")
	if err := json.Unmarshal([]byte(body), &all); err != nil {
		t.Fatal(err)
	}
	var outside *schemas.Finding
	for i, f := range all.Findings {
		if f.Confidence >= bar || f.Rule == "verified_complaint" {
			outside = &all.Findings[i]
			break
		}
	}
	if outside == nil {
		t.Fatal("no finding outside the review queue in the seed")
	}
	if code, body := do(t, srv, "POST", "/api/v1/reviews/"+outside.FindingID, tokReviewer, `{"decision":"dismiss"}`); code != http.StatusConflict {
		t.Errorf("dismissing a finding outside the queue: %d %s", code, body)
	}

	concurrently := func(n int, req func(i int) (int, string)) map[int]int {
		var mu sync.Mutex
		codes := map[int]int{}
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, _ := req(i)
				mu.Lock()
				codes[c]++
				mu.Unlock()
			}()
		}
		wg.Wait()
		return codes
	}
	q := queue.Findings[0]
	codes := concurrently(10, func(int) (int, string) {
		return do(t, srv, "POST", "/api/v1/reviews/"+q.FindingID, tokReviewer, `{"decision":"dismiss"}`)
	})
	if codes[http.StatusOK] != 1 || codes[http.StatusConflict] != 9 {
		t.Errorf("ten concurrent dismissals: %v, want one 200 and nine 409", codes)
	}
	if ws := prod.withdrawals(t); len(ws) != 1 || ws[0].FindingID != q.FindingID {
		t.Fatalf("withdrawals %+v, want one for %s", ws, q.FindingID)
	}

	a := queue.Findings[1]
	if code, body := do(t, srv, "POST", "/api/v1/appeals/"+a.FindingID, tokReviewer, `{"decision":"uphold"}`); code != http.StatusNotFound {
		t.Errorf("upholding an appeal never filed: %d %s", code, body)
	}
	appealPath := "/api/v1/merchants/" + a.MerchantID + "/appeals"
	if code, _ := do(t, srv, "POST", appealPath, tokAnalyst, `{"finding_id":"`+a.FindingID+`"}`); code != http.StatusForbidden {
		t.Errorf("analyst filing an appeal: %d, want 403", code)
	}
	codes = concurrently(5, func(int) (int, string) {
		return do(t, srv, "POST", appealPath, tokAdmin, `{"finding_id":"`+a.FindingID+`","appeal_id":"AP-77","note":"paid"}`)
	})
	if codes[http.StatusCreated] != 1 || codes[http.StatusConflict] != 4 {
		t.Errorf("five concurrent filings: %v, want one 201 and four 409", codes)
	}
	codes = concurrently(10, func(i int) (int, string) {
		d := []string{"uphold", "reject"}[i%2]
		return do(t, srv, "POST", "/api/v1/appeals/"+a.FindingID, tokReviewer, `{"decision":"`+d+`"}`)
	})
	if codes[http.StatusOK] != 1 || codes[http.StatusConflict] != 9 {
		t.Errorf("five upholds and five rejects at once: %v, want one 200 and nine 409", codes)
	}
	var appeals struct{ Appeals []Decision }
	_, body = do(t, srv, "GET", "/api/v1/appeals", tokReviewer, "")
	if err := json.Unmarshal([]byte(body), &appeals); err != nil {
		t.Fatal(err)
	}
	var decided *Decision
	for i, d := range appeals.Appeals {
		if d.FindingID == a.FindingID {
			if decided != nil {
				t.Errorf("two appeal rows for one finding: %+v", appeals.Appeals)
			}
			decided = &appeals.Appeals[i]
		}
	}
	if decided == nil || decided.Reviewer != nameReviewer || decided.AppealID != "AP-77" || decided.Note != "" {
		t.Fatalf("appeal recorded as %+v, want decided by %s on AP-77", decided, nameReviewer)
	}
	upheld := 0
	for _, w := range prod.withdrawals(t) {
		if w.FindingID == a.FindingID {
			upheld++
		}
	}
	if (decided.Decision == DecisionUphold) != (upheld == 1) || upheld > 1 {
		t.Errorf("appeal %s with %d appeal_upheld withdrawals", decided.Decision, upheld)
	}

	// The merchant page pages its findings and notices.
	var page struct {
		Findings   []schemas.Finding
		NextOffset *int `json:"next_offset"`
	}
	_, body = do(t, srv, "GET", "/api/v1/merchants/"+merchantA+"?limit=1", tokAdmin, "")
	if err := json.Unmarshal([]byte(body), &page); err != nil || len(page.Findings) != 1 || page.NextOffset == nil || *page.NextOffset != 1 {
		t.Errorf("merchant page with limit 1: %v %d findings, next %v", err, len(page.Findings), page.NextOffset)
	}
}

// TestPublishTwiceSendsOnce: publishing a month again sends no notice twice.
func TestPublishTwiceSendsOnce(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	p := policy.Default()
	var actions []ladder.Action
	for i := range p.Enforcement.MonthlyList.FalseInfoProducts + 1 {
		actions = append(actions, ladder.Action{ActionID: fmt.Sprintf("act-pub-%d", i), Code: ladder.DelistZeroScore,
			MerchantID: "M-PUB", Family: ladder.FamilyFalseInfo, Subject: schemas.SubjectListing,
			SubjectID: fmt.Sprintf("L-PUB-%d", i), SubjectVersion: 1, Violation: schemas.FalseMOQ, Step: 1,
			FindingIDs: []string{fmt.Sprintf("f-pub-%d", i)}, PolicyVersion: "test", Reason: ladder.ReasonMonitoring,
			DecidedAt: testNow.Add(-time.Duration(i+1) * time.Hour)})
	}
	if err := enforce.NewDB(s.DB()).InsertActions(context.Background(), actions); err != nil {
		t.Fatal(err)
	}
	prod := &fakeProducer{}
	srv := newTestServer(t, s, prod)
	month := testNow.Format("2006-01")
	var sent []int
	for range 2 {
		code, body := do(t, srv, "POST", "/api/v1/lists/"+month+"/publish", tokAdmin, "")
		var out struct {
			Entries, Notices int
			Sent             int `json:"notices_sent"`
		}
		if err := json.Unmarshal([]byte(body), &out); code != http.StatusOK || err != nil || out.Entries == 0 {
			t.Fatalf("publish: %d %v %s", code, err, body)
		}
		sent = append(sent, out.Sent)
	}
	prod.mu.Lock()
	onNotices := 0
	for _, r := range prod.sent {
		if r.Topic == schemas.TopicNotices {
			onNotices++
		}
	}
	prod.mu.Unlock()
	if sent[0] == 0 || sent[1] != 0 || onNotices != sent[0] {
		t.Errorf("sent %v notices on two publications (%d records), want all then none", sent, onNotices)
	}
}
