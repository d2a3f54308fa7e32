package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/testenv"
)

func TestParseTokens(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Tokens
		wantErr bool
	}{
		{"roles", "# comment\nadmin-tok-7Qx2pL9v admin Wang.Li\n\nmerch-tok-4Kd8sZ1m merchant M-1 shop-ops\nview-tok-3Hn6wR5t analyst\n", Tokens{
			"admin-tok-7Qx2pL9v": {Name: "Wang.Li", Role: RoleAdmin},
			"merch-tok-4Kd8sZ1m": {Name: "shop-ops", Role: RoleMerchant, MerchantID: "M-1"},
			"view-tok-3Hn6wR5t":  {Name: "analyst#" + digest3("view-tok-3Hn6wR5t"), Role: RoleAnalyst},
		}, false},
		{"empty", "", Tokens{}, false},
		{"merchant without id", "merch-tok-4Kd8sZ1m merchant", nil, true},
		{"staff with id and name", "admin-tok-7Qx2pL9v admin M-1 Wang.Li", nil, true},
		{"unknown role", "some-token-9Fj3kQ7z root", nil, true},
		{"short token", "abc admin", nil, true},
		{"repeated character", "aaaaaaaaaaaaaaaaaaaaaaaa admin", nil, true},
		{"repeated pair", "abababababababababababab admin", nil, true},
		{"few characters", "abcabcabcabcabcabcabcabc admin", nil, true},
		{"duplicate", "admin-tok-7Qx2pL9v admin\nadmin-tok-7Qx2pL9v analyst", nil, true},
		{"too many fields", "merch-tok-4Kd8sZ1m merchant M-1 name extra", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTokens(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !tt.wantErr && !equalTokens(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			got2, err2 := ParseTokenList(strings.ReplaceAll(tt.in, "\n", ";"))
			if (err2 != nil) != tt.wantErr || (!tt.wantErr && !equalTokens(got2, tt.want)) {
				t.Errorf("list form: %v, %v", got2, err2)
			}
		})
	}
}

func digest3(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:3])
}

func equalTokens(a, b Tokens) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func FuzzParseTokens(f *testing.F) {
	f.Add("admin-tok-1 admin\nmerch-tok-1 merchant M-1\n")
	f.Add("# c\n\n x y z w")
	f.Add("merch-tok-1 merchant")
	f.Fuzz(func(t *testing.T, in string) {
		toks, err := ParseTokens(strings.NewReader(in))
		if err != nil {
			return
		}
		for tok, p := range toks {
			if CheckTokenStrength(tok) != nil || strings.ContainsAny(tok, " \t\n") || strings.Contains(p.Name, tok) {
				t.Fatalf("accepted token %q", tok)
			}
			if (p.Role == RoleMerchant) != (p.MerchantID != "") {
				t.Fatalf("token %q: role %s with merchant %q", tok, p.Role, p.MerchantID)
			}
			if !slices.Contains([]Role{RoleAdmin, RoleAnalyst, RoleReviewer, RoleMerchant}, p.Role) {
				t.Fatalf("unknown role %q accepted", p.Role)
			}
		}
	})
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	srv := newTestServer(t, nil, nil)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	code, body := do(t, srv, "GET", "/api/v1/openapi.json", "", "")
	if code != http.StatusOK {
		t.Fatalf("openapi.json: %d", code)
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q, want 3.x", doc.OpenAPI)
	}
	routes := append([]route{}, srv.routes...)
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		routes = append(routes, route{Method: "GET", Pattern: p})
	}
	documented := 0
	for _, rt := range routes {
		if _, ok := doc.Paths[rt.Pattern][strings.ToLower(rt.Method)]; !ok {
			t.Errorf("%s %s is not in openapi.json", rt.Method, rt.Pattern)
		}
		documented++
	}
	for p, ops := range doc.Paths {
		for m := range ops {
			if !slices.ContainsFunc(routes, func(rt route) bool { return rt.Pattern == p && strings.ToLower(rt.Method) == m }) {
				t.Errorf("openapi.json documents %s %s, which is not served", m, p)
			}
		}
	}
}

func TestCheckListingSeedExamples(t *testing.T) {
	srv := newTestServer(t, nil, nil)
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"SEED-L-1": schemas.AbusedSKU, "SEED-L-2": schemas.InflatedShipping, "SEED-L-3": schemas.FakePriceTier}
	got := map[string][]string{}
	var listings []string
	for _, line := range strings.Split(strings.TrimSpace(string(seed)), "\n") {
		if !strings.Contains(line, `"listing.v1"`) {
			continue
		}
		listings = append(listings, line)
		code, body := do(t, srv, "POST", "/api/v1/check/listing", tokAnalyst, line)
		if code != http.StatusOK {
			t.Fatalf("check: %d %s", code, body)
		}
		var res CheckResult
		if err := json.Unmarshal([]byte(body), &res); err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Findings {
			got[res.ListingID] = append(got[res.ListingID], f.Violation)
		}
	}
	for id, v := range want {
		if !slices.Contains(got[id], v) {
			t.Errorf("%s: findings %v, want %s", id, got[id], v)
		}
	}

	tests := []struct {
		name, token, body string
		want              int
	}{
		{"no token", "", `{}`, http.StatusUnauthorized},
		{"bad token", "nope-nope-nope", `{}`, http.StatusUnauthorized},
		{"not json", tokAdmin, `{`, http.StatusBadRequest},
		{"not a listing", tokAdmin, `{"schema":"order.v1"}`, http.StatusBadRequest},
		{"other merchant's listing", tokMerchantB, strings.Split(string(seed), "\n")[0], http.StatusForbidden},
		{"own listing", tokMerchantA, strings.Split(string(seed), "\n")[0], http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, body := do(t, srv, "POST", "/api/v1/check/listing", tt.token, tt.body); code != tt.want {
				t.Errorf("status %d, want %d: %s", code, tt.want, body)
			}
		})
	}

	code, body := do(t, srv, "POST", "/api/v1/check/listings", tokAdmin, strings.Join(listings, "\n")+"\nnot json\n")
	if code != http.StatusOK || !strings.Contains(body, `"errors":1`) || !strings.Contains(body, schemas.FakePriceTier) {
		t.Errorf("self-check: %d %s", code, body)
	}
}

func TestRoles(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	a, _ := seedData(t, s, false)
	srv := newTestServer(t, s, &fakeProducer{})
	tests := []struct {
		method, path, body string
		allowed, refused   []string
	}{
		{"GET", "/api/v1/overview", "", []string{tokAdmin, tokAnalyst, tokReviewer}, []string{tokMerchantA}},
		{"GET", "/api/v1/violations?code=fake_price_tier", "", []string{tokAdmin, tokAnalyst, tokReviewer}, []string{tokMerchantA}},
		{"GET", "/api/v1/policy", "", []string{tokAdmin, tokAnalyst}, []string{tokMerchantA}},
		{"GET", "/api/v1/reviews", "", []string{tokAdmin, tokReviewer}, []string{tokAnalyst, tokMerchantA}},
		{"GET", "/api/v1/appeals", "", []string{tokAdmin, tokReviewer}, []string{tokAnalyst, tokMerchantA}},
		{"POST", "/api/v1/reviews/" + a.FindingID, `{"decision":"bogus"}`, nil, []string{tokAnalyst, tokMerchantA}},
		{"GET", "/api/v1/lists/2026-11", "", []string{tokAdmin, tokAnalyst}, []string{tokMerchantA}},
		{"POST", "/api/v1/lists/2026-11/publish", "", []string{tokAdmin}, []string{tokAnalyst, tokReviewer, tokMerchantA}},
		{"GET", "/api/v1/merchants/" + merchantA, "", []string{tokAdmin, tokAnalyst, tokMerchantA}, []string{tokMerchantB}},
		{"GET", "/api/v1/me", "", []string{tokAdmin, tokMerchantA}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			for _, tok := range tt.allowed {
				if code, body := do(t, srv, tt.method, tt.path, tok, tt.body); code != http.StatusOK {
					t.Errorf("%s: %d, want 200: %s", tok, code, body)
				}
			}
			for _, tok := range tt.refused {
				if code, _ := do(t, srv, tt.method, tt.path, tok, tt.body); code != http.StatusForbidden && code != http.StatusNotFound {
					t.Errorf("%s: %d, want 403 or 404", tok, code)
				}
			}
			if code, _ := do(t, srv, tt.method, tt.path, "", tt.body); code != http.StatusUnauthorized {
				t.Errorf("no token: %d, want 401", code)
			}
		})
	}
}

// TestMerchantNeverReadsAnotherMerchant calls every route with merchant A's
// token and merchant B's identifiers in every parameter.
func TestMerchantNeverReadsAnotherMerchant(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	_, b := seedData(t, s, false)
	prod := &fakeProducer{}
	srv := newTestServer(t, s, prod)
	params := map[string]string{"merchant_id": merchantB, "finding_id": b.FindingID, "month": "2026-11"}
	fill := regexp.MustCompile(`\{(\w+)\}`)
	otherListing := `{"schema":"listing.v1","event_id":"e-x","op":"upsert","listing_id":"L-OTHER-1","version":2,"merchant_id":"` + merchantB +
		`","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[],"price_range":{"min":1,"max":2},"skus":[],"updated_at":"2026-11-20T00:00:00Z"}`
	bodies := map[string]string{
		"/api/v1/check/listing":                   otherListing,
		"/api/v1/check/listings":                  otherListing + "\n",
		"/api/v1/merchants/{merchant_id}/appeals": `{"finding_id":"` + b.FindingID + `"}`,
		"/api/v1/reviews/{finding_id}":            `{"decision":"dismiss"}`,
		"/api/v1/appeals/{finding_id}":            `{"decision":"uphold"}`,
	}
	queries := "?merchant_id=" + merchantB + "&code=fake_price_tier"
	for _, rt := range srv.routes {
		t.Run(rt.Method+" "+rt.Pattern, func(t *testing.T) {
			path := fill.ReplaceAllStringFunc(rt.Pattern, func(m string) string { return params[m[1:len(m)-1]] }) + queries
			code, body := do(t, srv, rt.Method, path, tokMerchantA, bodies[rt.Pattern])
			switch {
			case code == http.StatusForbidden || code == http.StatusNotFound:
			case rt.access == public || rt.access == anyRole:
				if strings.Contains(body, merchantB) || strings.Contains(body, b.FindingID) {
					t.Errorf("%d: body shows merchant B: %s", code, body)
				}
				if rt.Pattern == "/api/v1/check/listings" && !strings.Contains(body, "not this token's merchant") {
					t.Errorf("self-check of another merchant's listing not refused: %s", body)
				}
			default:
				t.Errorf("status %d, want 403 or 404: %s", code, body)
			}
		})
	}
	if ws := prod.withdrawals(t); len(ws) != 0 {
		t.Errorf("a merchant token caused withdrawals: %v", ws)
	}
	// Merchant B's own token does see it, masked.
	code, body := do(t, srv, "GET", "/api/v1/merchants/"+merchantB, tokMerchantB, "")
	if code != http.StatusOK || !strings.Contains(body, b.FindingID) {
		t.Fatalf("merchant B on itself: %d %s", code, body)
	}
	if strings.Contains(body, "other123") || strings.Contains(body, "seller@example.com") {
		t.Errorf("contact values not masked for the merchant: %s", body)
	}
}

func TestReviewQueueConfirmAndDismiss(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	seedData(t, s, false)
	prod := &fakeProducer{}
	srv := newTestServer(t, s, prod)
	queue := func() []schemas.Finding {
		code, body := do(t, srv, "GET", "/api/v1/reviews", tokReviewer, "")
		if code != http.StatusOK {
			t.Fatalf("queue: %d %s", code, body)
		}
		var q struct{ Findings []schemas.Finding }
		if err := json.Unmarshal([]byte(body), &q); err != nil {
			t.Fatal(err)
		}
		return q.Findings
	}
	q := queue()
	if len(q) < 2 {
		t.Fatalf("review queue has %d findings, want at least 2", len(q))
	}
	for _, f := range q {
		if f.Confidence >= srv.cfg.Policy.Enforcement.FalseInfo.DelistConfidence {
			t.Errorf("%s at confidence %v is above the bar", f.FindingID, f.Confidence)
		}
	}
	confirm, dismiss := q[0], q[1]
	if code, body := do(t, srv, "POST", "/api/v1/reviews/"+confirm.FindingID, tokReviewer, `{"decision":"confirm","note":"bait tier"}`); code != http.StatusOK {
		t.Fatalf("confirm: %d %s", code, body)
	}
	if code, body := do(t, srv, "POST", "/api/v1/reviews/"+dismiss.FindingID, tokAdmin, `{"decision":"dismiss"}`); code != http.StatusOK {
		t.Fatalf("dismiss: %d %s", code, body)
	}
	if code, _ := do(t, srv, "POST", "/api/v1/reviews/"+confirm.FindingID, tokReviewer, `{"decision":"dismiss"}`); code != http.StatusConflict {
		t.Errorf("second decision: %d, want 409", code)
	}
	for _, f := range queue() {
		if f.FindingID == confirm.FindingID || f.FindingID == dismiss.FindingID {
			t.Errorf("%s still in the queue", f.FindingID)
		}
	}
	code, body := do(t, srv, "GET", "/api/v1/reviews/decisions", tokAnalyst, "")
	var ds struct{ Decisions []Decision }
	if err := json.Unmarshal([]byte(body), &ds); code != http.StatusOK || err != nil {
		t.Fatalf("decisions: %d %v", code, err)
	}
	got := map[string]Decision{}
	for _, d := range ds.Decisions {
		got[d.FindingID] = d
	}
	if d := got[confirm.FindingID]; d.Decision != DecisionConfirm || d.Reviewer != nameReviewer || d.Note != "bait tier" {
		t.Errorf("confirm recorded as %+v", d)
	}
	if d := got[dismiss.FindingID]; d.Decision != DecisionDismiss || d.Reviewer != nameAdmin {
		t.Errorf("dismiss recorded as %+v", d)
	}
	ws := prod.withdrawals(t)
	if len(ws) != 1 || ws[0].FindingID != dismiss.FindingID || ws[0].Reason != ladder.ReasonWithdrawn || ws[0].MerchantID != dismiss.MerchantID {
		t.Fatalf("withdrawals %+v, want one of %s", ws, dismiss.FindingID)
	}
	if err := ws[0].Validate(); err != nil {
		t.Error(err)
	}
	// Confirming false product information sends a confirmation for
	// enforcement to delist the product at once.
	if want, ok := ladder.ConfirmationOf(confirm, "", testNow); ok {
		cs := prod.confirmations(t)
		if len(cs) != 1 || cs[0].FindingID != want.FindingID || cs[0].Rule != schemas.RuleReviewConfirmed || cs[0].Evidence["confirmed_finding_id"] != confirm.FindingID {
			t.Fatalf("confirmations %+v, want one confirming %s", cs, confirm.FindingID)
		}
	}

	// Without Kafka a dismissal is refused and nothing is recorded.
	noKafka := newTestServer(t, s, nil)
	third := queue()[0]
	if code, _ := do(t, noKafka, "POST", "/api/v1/reviews/"+third.FindingID, tokReviewer, `{"decision":"dismiss"}`); code != http.StatusServiceUnavailable {
		t.Errorf("dismiss without Kafka: %d, want 503", code)
	}
	if !slices.ContainsFunc(queue(), func(f schemas.Finding) bool { return f.FindingID == third.FindingID }) {
		t.Error("a refused dismissal left the queue")
	}
}

func TestAppealUpheld(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	a, _ := seedData(t, s, false)
	prod := &fakeProducer{}
	srv := newTestServer(t, s, prod)
	if code, body := do(t, srv, "POST", "/api/v1/merchants/"+merchantA+"/appeals", tokMerchantA,
		`{"finding_id":"`+a.FindingID+`","appeal_id":"AP-7","note":"the tier is real"}`); code != http.StatusCreated {
		t.Fatalf("file appeal: %d %s", code, body)
	}
	code, body := do(t, srv, "GET", "/api/v1/appeals", tokReviewer, "")
	if code != http.StatusOK || !strings.Contains(body, `"decision":"pending"`) || !strings.Contains(body, "AP-7") {
		t.Fatalf("appeals: %d %s", code, body)
	}
	if code, body := do(t, srv, "POST", "/api/v1/appeals/"+a.FindingID, tokReviewer, `{"decision":"uphold"}`); code != http.StatusOK {
		t.Fatalf("uphold: %d %s", code, body)
	}
	ws := prod.withdrawals(t)
	if len(ws) != 1 || ws[0].Reason != ladder.ReasonAppealUpheld || ws[0].AppealID != "AP-7" || ws[0].FindingID != a.FindingID {
		t.Fatalf("withdrawals %+v", ws)
	}
	if code, _ := do(t, srv, "POST", "/api/v1/appeals/"+a.FindingID, tokReviewer, `{"decision":"reject"}`); code != http.StatusConflict {
		t.Errorf("second decision: %d, want 409", code)
	}
}

func TestConsoleReads(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	seedData(t, s, true)
	srv := newTestServer(t, s, &fakeProducer{})
	code, body := do(t, srv, "GET", "/api/v1/overview", tokAnalyst, "")
	var ov Overview
	if err := json.Unmarshal([]byte(body), &ov); code != http.StatusOK || err != nil {
		t.Fatalf("overview: %d %v %s", code, err, body)
	}
	if len(ov.PerDay) == 0 || len(ov.ByCode) == 0 || len(ov.ByFamily) == 0 || len(ov.TopMerchants) == 0 || len(ov.Stages) == 0 {
		t.Errorf("overview has empty series: %+v", ov)
	}
	tests := []struct {
		path, want string
	}{
		{"/api/v1/violations?category=false_product_info&limit=50", schemas.FakePriceTier},
		{"/api/v1/violations?merchant_id=" + merchantB, "f-other-1"},
		{"/api/v1/findings/f-other-1", "tier_min_qty"},
		{"/api/v1/policy", "in_force"},
		{"/api/v1/merchants/" + merchantB + "/pending", "act-f-other-1"},
		{"/api/v1/merchants/" + merchantB + "/notices", "seller@example.com"}, // staff read it unmasked
		{"/api/v1/lists/2026-11", "entries"},
		{"/api/v1/lists/2026-11/csv", ""},
		{"/api/v1/lists/2026-11/html", "<"},
		{"/healthz", "ok"},
		{"/readyz", "ready"},
		{"/metrics", "haili_serve_requests_total"},
		{"/", "<"},
		{"/portal", "<"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body := do(t, srv, "GET", tt.path, tokAdmin, "")
			if code != http.StatusOK || !strings.Contains(body, tt.want) {
				t.Errorf("%d, want 200 with %q: %.300s", code, tt.want, body)
			}
		})
	}
	for _, bad := range []string{"/api/v1/violations?code=x'%20OR%201=1", "/api/v1/violations?category=nope", "/api/v1/lists/2026-13", "/api/v1/overview?days=x"} {
		if code, _ := do(t, srv, "GET", bad, tokAdmin, ""); code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, code)
		}
	}
}
