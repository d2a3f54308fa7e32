package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/sample"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

const seedFile = "../../cmd/haili/testdata/seed_examples.jsonl"

// Test tokens: merchant A is SEED-M-1 (the seed's merchant), B is M-OTHER.
const (
	tokAdmin     = "admin-token-0001"
	tokAnalyst   = "analyst-token-0001"
	tokReviewer  = "reviewer-token-0001"
	tokMerchantA = "merchant-a-token-01"
	tokMerchantB = "merchant-b-token-01"
	merchantA    = "SEED-M-1"
	merchantB    = "M-OTHER"
	// The names decisions record (tokens file: token role [merchant_id] [name]).
	nameAdmin    = "Wang.Admin"
	nameReviewer = "Li.Reviewer"
)

func testTokens(t testing.TB) Tokens {
	t.Helper()
	toks, err := ParseTokenList(strings.Join([]string{
		tokAdmin + " admin " + nameAdmin, tokAnalyst + " analyst", tokReviewer + " reviewer " + nameReviewer,
		tokMerchantA + " merchant " + merchantA, tokMerchantB + " merchant " + merchantB,
	}, ";"))
	if err != nil {
		t.Fatal(err)
	}
	return toks
}

// fakeProducer records what the server sends.
type fakeProducer struct {
	mu   sync.Mutex
	sent []sentRecord
}

type sentRecord struct {
	Topic      string
	Key, Value []byte
}

var _ Producer = (*fakeProducer)(nil)

func (f *fakeProducer) Produce(_ context.Context, topic string, key, value []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, sentRecord{topic, key, value})
	return nil
}

func (f *fakeProducer) withdrawals(t testing.TB) []ladder.Withdrawal {
	var out []ladder.Withdrawal
	for _, v := range f.onFindings(t, true) {
		var w ladder.Withdrawal
		if err := json.Unmarshal(v, &w); err != nil {
			t.Fatal(err)
		}
		out = append(out, w)
	}
	return out
}

// confirmations are the reviewer confirmations sent as findings.
func (f *fakeProducer) confirmations(t testing.TB) []schemas.Finding {
	var out []schemas.Finding
	for _, v := range f.onFindings(t, false) {
		var c schemas.Finding
		if err := json.Unmarshal(v, &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// onFindings returns the values sent to findings.v1 that are withdrawals
// (or, with withdrawals false, the others), checking they are keyed by merchant.
func (f *fakeProducer) onFindings(t testing.TB, withdrawals bool) [][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out [][]byte
	for _, r := range f.sent {
		if r.Topic != schemas.TopicFindings {
			continue
		}
		var head struct {
			Schema     string `json:"schema"`
			MerchantID string `json:"merchant_id"`
		}
		if err := json.Unmarshal(r.Value, &head); err != nil {
			t.Fatal(err)
		}
		if (head.Schema == ladder.WithdrawalSchema) != withdrawals {
			continue
		}
		if string(r.Key) != head.MerchantID {
			t.Errorf("record for %s keyed %q, want the merchant", head.MerchantID, r.Key)
		}
		out = append(out, r.Value)
	}
	return out
}

var testNow = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

func newTestServer(t testing.TB, s *store.Store, prod Producer) *Server {
	t.Helper()
	if s == nil {
		return newServerWith(t, nil, prod)
	}
	return newServerWith(t, s.DB(), prod)
}

// newServerWith is a test server over db (nil: none), such as a chdbtest fake.
func newServerWith(t testing.TB, db *chdb.DB, prod Producer) *Server {
	t.Helper()
	p := policy.Default()
	eng, err := detectors.New(p)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Policy: p, Engine: eng, Tokens: testTokens(t), Producer: prod, PublishDir: t.TempDir(),
		Clock: func() time.Time { return testNow }}
	if db != nil {
		cfg.DB = db
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// detect runs the detectors over JSON lines of events.
func detect(t testing.TB, data []byte) []schemas.Finding {
	t.Helper()
	eng, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	var dec schemas.Decoder
	var out []schemas.Finding
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		ev, err := dec.Decode(line)
		if err != nil {
			continue
		}
		res, err := eng.Detect(ev, detectors.Context{})
		if err != nil {
			continue
		}
		out = append(out, res.Findings...)
	}
	return out
}

// seedData fills a fresh database: the seed's findings (merchant A), a
// low-confidence finding, action, notice and violation of merchant B, and the
// sample's findings.
func seedData(t testing.TB, s *store.Store, withSample bool) (a, b schemas.Finding) {
	t.Helper()
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	fs := detect(t, seed)
	if len(fs) == 0 {
		t.Fatal("the seed examples gave no findings")
	}
	if withSample {
		fs = append(fs, detect(t, sample.Events())...)
	}
	for i := range fs {
		if fs[i].DetectedAt.IsZero() {
			fs[i].DetectedAt = testNow.Add(-time.Duration(i) * time.Minute)
		}
	}
	a = fs[0]
	b = schemas.Finding{FindingID: "f-other-1", EventID: "e-other-1", Subject: schemas.SubjectListing, SubjectID: "L-OTHER-1",
		SubjectVersion: 1, MerchantID: merchantB, Violation: schemas.FakePriceTier, Rule: "tier_value_drop", Confidence: 0.8,
		Evidence: map[string]any{"tier_min_qty": 1, "tier_price": 0.5, "compared_tier_min_qty": 10, "compared_tier_price": 9.0,
			"contact": "wechat: other123", "spans": []any{map[string]any{"kind": "handle", "value": "other123"},
				map[string]any{"kind": "email", "value": "seller@example.com"}}}, Explanation: "bait tier", DetectorVersion: "test", PolicyVersion: "test",
		DetectedAt: testNow.Add(-time.Hour), EventTime: testNow.Add(-2 * time.Hour)}
	fs = append(fs, b)
	rows := make([]store.FindingRow, len(fs))
	for i, f := range fs {
		if f.DetectedAt.IsZero() {
			f.DetectedAt = testNow.Add(-time.Duration(i) * time.Minute)
		}
		if f.EventTime.IsZero() {
			f.EventTime = f.DetectedAt
		}
		rows[i] = store.FindingRow{Finding: f, SourceTopic: "test"}
	}
	ctx := context.Background()
	if err := s.InsertFindings(ctx, rows); err != nil {
		t.Fatal(err)
	}
	db := enforce.NewDB(s.DB())
	for _, f := range []schemas.Finding{a, b} {
		act := ladder.Action{ActionID: "act-" + f.FindingID, Code: ladder.PendingRectification, MerchantID: f.MerchantID,
			Family: ladder.FamilyOf(f.Violation), Subject: f.Subject, SubjectID: f.SubjectID, SubjectVersion: f.SubjectVersion,
			Violation: f.Violation, Step: 1, FindingIDs: []string{f.FindingID}, PolicyVersion: "test",
			DecidedAt: testNow.Add(-time.Hour), Reason: ladder.ReasonMonitoring, Deadline: testNow.Add(72 * time.Hour)}
		if err := db.InsertActions(ctx, []ladder.Action{act}); err != nil {
			t.Fatal(err)
		}
		v := ladder.Violation{Finding: f, Family: act.Family}
		v.PolicyVersion = "test"
		if err := db.InsertViolations(ctx, []ladder.Violation{v}); err != nil {
			t.Fatal(err)
		}
		n := enforce.Notice{NoticeID: "n-" + f.FindingID, MerchantID: f.MerchantID, Kind: "rectification", ActionID: act.ActionID,
			Code: act.Code, Subject: f.Subject, SubjectID: f.SubjectID, Violation: f.Violation, Deadline: act.Deadline,
			TextEN: "Please fix " + f.SubjectID + "; do not write to seller@example.com", TextZH: "请整改", CreatedAt: testNow, PolicyVersion: "test"}
		if err := db.InsertNotices(ctx, []enforce.Notice{n}); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

func do(t testing.TB, h http.Handler, method, path, token, body string) (int, string) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}
