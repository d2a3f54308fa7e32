package serve

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/chdb/chdbtest"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// A conversation of merchant A: the buyer asks about the price, the seller
// gives a WhatsApp number (the flagged message, with a CJK greeting so that
// byte and rune offsets differ), the buyer answers with an e-mail address.
const threadConv = "C-THREAD-1"

var threadMessages = []schemas.Message{
	{Schema: schemas.SchemaMessage, EventID: "E-MSG-1", MessageID: "MSG-1", ConversationID: threadConv, MerchantID: merchantA, BuyerID: "B-1",
		Sender: schemas.SenderBuyer, Channel: schemas.ChannelChat, Kind: schemas.KindText, OrderStage: schemas.StageNone,
		Text: "Hello, do you have the LED strip in warm white? What is the price for 500 pcs?", SentAt: testNow.Add(-2 * time.Hour)},
	{Schema: schemas.SchemaMessage, EventID: "E-MSG-2", MessageID: "MSG-2", ConversationID: threadConv, MerchantID: merchantA, BuyerID: "B-1",
		Sender: schemas.SenderSeller, Channel: schemas.ChannelChat, Kind: schemas.KindText, OrderStage: schemas.StageNone,
		Text: "您好！Yes we have it. For more photos and the best price add my WhatsApp +86 186 1234 5678 please.", SentAt: testNow.Add(-2*time.Hour + 5*time.Minute)},
	{Schema: schemas.SchemaMessage, EventID: "E-MSG-3", MessageID: "MSG-3", ConversationID: threadConv, MerchantID: merchantA, BuyerID: "B-1",
		Sender: schemas.SenderBuyer, Channel: schemas.ChannelChat, Kind: schemas.KindText, OrderStage: schemas.StageNone,
		Text: "OK, I will check. My email is buyer.li@example.org", SentAt: testNow.Add(-2*time.Hour + 10*time.Minute)},
}

// threadFinding is the detectors' finding on the seller's message, at
// review-queue confidence.
func threadFinding(t testing.TB) schemas.Finding {
	t.Helper()
	b, err := json.Marshal(threadMessages[1])
	if err != nil {
		t.Fatal(err)
	}
	fs := detect(t, b)
	if len(fs) != 1 || fs[0].Violation != schemas.OffplatformContact {
		t.Fatalf("the flagged message gave %+v", fs)
	}
	f := fs[0]
	f.Confidence = 0.6 // below delist_confidence: in the review queue
	f.DetectedAt = testNow
	// As read back from ClickHouse: numbers are float64.
	var ev map[string]any
	b, _ = json.Marshal(f.Evidence)
	_ = json.Unmarshal(b, &ev)
	f.Evidence = ev
	return f
}

var archiveColumns = []string{"kind", "event_id", "subject_id", "thread_id", "merchant_id", "category_id", "version",
	"event_time", "payload", "source_topic", "source_partition", "source_offset", "archived_at"}

// archiveRow is an event_archive row as the query reads it (kind … payload).
func archiveRow(t testing.TB, m schemas.Message) []any {
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return []any{"message", m.EventID, m.MessageID, m.ConversationID, uint64(0), m.SentAt, string(b)}
}

// seedThread writes the conversation and its finding into a real database.
func seedThread(t testing.TB, s *store.Store) schemas.Finding {
	t.Helper()
	ctx := context.Background()
	f := threadFinding(t)
	if err := s.InsertFindings(ctx, []store.FindingRow{{Finding: f, SourceTopic: "test"}}); err != nil {
		t.Fatal(err)
	}
	insertArchive(t, s.DB(), threadMessages)
	return f
}

func insertArchive(t testing.TB, db *chdb.DB, ms []schemas.Message) {
	t.Helper()
	err := db.Insert(context.Background(), "event_archive", archiveColumns, len(ms), func(i int) []any {
		r := archiveRow(t, ms[i])
		return []any{r[0], r[1], r[2], r[3], ms[i].MerchantID, "", r[4], r[5], r[6], schemas.TopicMessages, int32(0), int64(i), testNow}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// findingRow is f as select_finding.sql reads it.
func findingRow(f schemas.Finding) []any {
	ev, _ := json.Marshal(f.Evidence)
	return []any{f.FindingID, f.EventID, f.Subject, f.SubjectID, uint64(f.SubjectVersion), f.MerchantID, f.Violation, f.Rule,
		f.Confidence, string(ev), f.Explanation, f.ExplanationZH, f.DetectorVersion, f.PolicyVersion, f.EventTime, f.DetectedAt}
}

func decodeContext(t *testing.T, body string) FindingContext {
	t.Helper()
	var fc FindingContext
	if err := json.Unmarshal([]byte(body), &fc); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	return fc
}

func marked(m ThreadMessage) map[string]string {
	out := map[string]string{}
	for _, s := range m.Segments {
		if s.Mark != "" {
			out[s.Mark] = s.Text
		}
	}
	return out
}

func text(m ThreadMessage) string {
	var b strings.Builder
	for _, s := range m.Segments {
		b.WriteString(s.Text)
	}
	return b.String()
}

// TestFindingContextThread: a message finding's context is the conversation
// around it, the flagged words cut at the evidence's byte offsets; contact
// values are masked for the reviewer and the merchant, not for the admin; a
// merchant reads its own findings' context only; the SQL sent is the
// snapshot's.
func TestFindingContextThread(t *testing.T) {
	f := threadFinding(t)
	rows := [][]any{}
	for _, m := range threadMessages {
		rows = append(rows, archiveRow(t, m))
	}
	answer := func(conn *chdbtest.Conn) {
		conn.Answer(findingRow(f))
		conn.Answer(rows[1])
		conn.Answer(rows...)
	}
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)

	answer(conn)
	code, body := do(t, srv, "GET", "/api/v1/findings/"+f.FindingID+"/context", tokReviewer, "")
	if code != http.StatusOK {
		t.Fatalf("reviewer: %d %s", code, body)
	}
	fc := decodeContext(t, body)
	if !fc.Archived || len(fc.Thread) != 3 || !fc.Masked || fc.Retention.Days != 180 || fc.Retention.Expired {
		t.Fatalf("context %+v", fc)
	}
	if m := fc.Thread[0]; m.Sender != schemas.SenderBuyer || m.Flagged || !strings.Contains(text(m), "What is the price") {
		t.Errorf("the buyer's earlier turn: %+v", m)
	}
	flagged := fc.Thread[1]
	if !flagged.Flagged || flagged.Sender != schemas.SenderSeller || flagged.OrderStage != schemas.StageNone {
		t.Errorf("flagged message %+v", flagged)
	}
	if got := marked(flagged); got["channel_invite"] != "WhatsApp" || got["phone"] != "+86-186****5678" {
		t.Errorf("marks %v, want WhatsApp and the masked number", got)
	}
	if strings.Contains(body, "1234 5678") || strings.Contains(body, "buyer.li@") {
		t.Errorf("a contact value reached the reviewer: %s", body)
	}
	if got := text(fc.Thread[2]); !strings.Contains(got, "bu****") {
		t.Errorf("the buyer's e-mail not masked: %q", got)
	}
	chdbtest.Verify(t, conn)

	// The admin reads the values as written.
	answer(conn)
	_, body = do(t, srv, "GET", "/api/v1/findings/"+f.FindingID+"/context", tokAdmin, "")
	fc = decodeContext(t, body)
	if got := marked(fc.Thread[1]); fc.Masked || got["phone"] != "+86 186 1234 5678" || !strings.Contains(text(fc.Thread[2]), "buyer.li@example.org") {
		t.Errorf("admin: masked %v, marks %v", fc.Masked, got)
	}

	// The merchant, for its appeal: its own finding, values masked.
	answer(conn)
	code, body = do(t, srv, "GET", "/api/v1/merchants/"+merchantA+"/findings/"+f.FindingID+"/context", tokMerchantA, "")
	if code != http.StatusOK || strings.Contains(body, "1234 5678") || strings.Contains(body, "buyer.li@") {
		t.Errorf("merchant A: %d %s", code, body)
	}
	// Another merchant's finding does not exist for merchant B, by either route.
	conn.Answer(findingRow(f))
	if code, _ := do(t, srv, "GET", "/api/v1/merchants/"+merchantB+"/findings/"+f.FindingID+"/context", tokMerchantB, ""); code != http.StatusNotFound {
		t.Errorf("merchant B reading A's finding: %d, want 404", code)
	}
	for _, tc := range []struct {
		path, tok string
		want      int
	}{
		{"/api/v1/merchants/" + merchantA + "/findings/" + f.FindingID + "/context", tokMerchantB, http.StatusNotFound},
		{"/api/v1/findings/" + f.FindingID + "/context", tokMerchantA, http.StatusForbidden},
		{"/api/v1/findings/" + f.FindingID + "/context", tokAnalyst, http.StatusForbidden},
		{"/api/v1/findings/" + f.FindingID + "/context?before=999", tokReviewer, http.StatusBadRequest},
	} {
		if code, body := do(t, srv, "GET", tc.path, tc.tok, ""); code != tc.want {
			t.Errorf("GET %s: %d %s, want %d", tc.path, code, body, tc.want)
		}
	}
}

// TestFindingContextPastRetention: a message older than
// message_retention_days is said to be deleted, not an error; the query asks
// ClickHouse for no text older than the retention.
func TestFindingContextPastRetention(t *testing.T) {
	f := threadFinding(t)
	f.EventTime = testNow.AddDate(0, 0, -200)
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	conn.Answer(findingRow(f))
	conn.Answer() // the archive has dropped it
	code, body := do(t, srv, "GET", "/api/v1/findings/"+f.FindingID+"/context", tokReviewer, "")
	fc := decodeContext(t, body)
	if code != http.StatusOK || !fc.Retention.Expired || fc.Archived || !strings.Contains(fc.Note, "kept 180 days") {
		t.Fatalf("%d %+v", code, fc)
	}
	calls := conn.Calls()
	if cutoff, ok := calls[1].Args[0].(time.Time); !ok || !cutoff.Equal(testNow.AddDate(0, 0, -180)) {
		t.Errorf("retention cutoff sent %v", calls[1].Args)
	}

	// Still in a partition not yet dropped: the row comes back without its text.
	conn.Answer(findingRow(f))
	row := archiveRow(t, threadMessages[1])
	row[6] = ""
	conn.Answer(row)
	conn.Answer(row)
	_, body = do(t, srv, "GET", "/api/v1/findings/"+f.FindingID+"/context", tokReviewer, "")
	fc = decodeContext(t, body)
	if len(fc.Thread) != 1 || !fc.Thread[0].Expired || len(fc.Thread[0].Segments) != 0 || !strings.Contains(fc.Note, "deleted") {
		t.Errorf("expired thread %+v", fc)
	}
}

// TestSegments: spans are byte offsets [start, end); one outside the text,
// cutting a rune or overlapping the one before is left out.
func TestSegments(t *testing.T) {
	text := "您好 add my WeChat abc123"
	sp := func(s, e int, kind string) any {
		return map[string]any{"start": float64(s), "end": float64(e), "kind": kind}
	}
	i := strings.Index(text, "WeChat")
	for _, tc := range []struct {
		name  string
		spans []any
		want  []Segment
	}{
		{"none", nil, []Segment{{Text: text}}},
		{"bytes", []any{sp(i, i+6, "channel_invite"), sp(i+7, len(text), "handle")},
			[]Segment{{Text: "您好 add my "}, {Text: "WeChat", Mark: "channel_invite"}, {Text: " "}, {Text: "abc123", Mark: "handle"}}},
		{"cuts a rune", []any{sp(1, 3, "x")}, []Segment{{Text: text}}},
		{"outside", []any{sp(0, len(text)+1, "x")}, []Segment{{Text: text}}},
		{"overlap", []any{sp(i, i+6, "a"), sp(i+2, i+9, "b")},
			[]Segment{{Text: "您好 add my "}, {Text: "WeChat", Mark: "a"}, {Text: " abc123"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := segments(text, tc.spans)
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for k := range got {
				if got[k].Text != tc.want[k].Text || got[k].Mark != tc.want[k].Mark {
					t.Errorf("segment %d: %+v, want %+v", k, got[k], tc.want[k])
				}
			}
		})
	}
}

// TestFindingContextListing: a listing finding shows the version as judged
// with the bait tier marked.
func TestFindingContextListing(t *testing.T) {
	l := schemas.Listing{Schema: schemas.SchemaListing, EventID: "E-L-1", Op: schemas.OpUpsert, ListingID: "L-1", Version: 3, MerchantID: merchantA,
		Title: "LED strip", Currency: "USD", Unit: "piece", MOQ: 1,
		PriceTiers: []schemas.PriceTier{{MinQty: 1, UnitPrice: 9}, {MinQty: 100, UnitPrice: 8.5}, {MinQty: 1000, UnitPrice: 0.5}},
		SKUs:       []schemas.SKU{{SKUID: "S1", Name: "warm", UnitPrice: 9}}, UpdatedAt: testNow.Add(-time.Hour)}
	f := schemas.Finding{FindingID: "f-l-1", EventID: l.EventID, Subject: schemas.SubjectListing, SubjectID: l.ListingID, SubjectVersion: 3,
		MerchantID: merchantA, Violation: schemas.FakePriceTier, Rule: "tier_value_drop", Confidence: 0.8,
		Evidence:  map[string]any{"tier_min_qty": 1000.0, "tier_price": 0.5, "compared_tier_min_qty": 100.0, "compared_tier_price": 8.5},
		EventTime: l.UpdatedAt, DetectedAt: testNow}
	b, _ := json.Marshal(l)
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	conn.Answer(findingRow(f))
	conn.Answer([]any{"listing", l.EventID, l.ListingID, l.ListingID, uint64(3), l.UpdatedAt, string(b)})
	code, body := do(t, srv, "GET", "/api/v1/findings/f-l-1/context", tokReviewer, "")
	fc := decodeContext(t, body)
	if code != http.StatusOK || fc.Listing == nil || fc.Listing.Version != 3 {
		t.Fatalf("%d %s", code, body)
	}
	want := []Mark{{Field: "price_tiers", Index: 2, Kind: "bait"}, {Field: "price_tiers", Index: 1, Kind: "compared"}}
	if len(fc.ListingMarks) != 2 || fc.ListingMarks[0] != want[0] || fc.ListingMarks[1] != want[1] {
		t.Errorf("marks %+v, want %+v", fc.ListingMarks, want)
	}
	chdbtest.Verify(t, conn)
}

const shadowPolicy = "2026.12.3-cand+cand"

// seedShadow writes shadow findings: f under another rule (a changed
// finding) and one the live policy does not make.
func seedShadow(t testing.TB, db *chdb.DB, f schemas.Finding) {
	t.Helper()
	g := f
	g.Rule, g.Confidence, g.Explanation, g.PolicyVersion = "contact_lure_strict", 0.55, "Shadow: the merchant gave a WhatsApp number.", shadowPolicy
	extra := schemas.Finding{FindingID: "f-shadow-only-1", EventID: "E-SH-1", Subject: schemas.SubjectListing, SubjectID: "L-SH-1", SubjectVersion: 1,
		MerchantID: merchantB, Violation: schemas.FakePriceTier, Rule: "tier_value_drop", Confidence: 0.7, Evidence: map[string]any{},
		Explanation: "Shadow: the 1000+ tier is a bait price.", PolicyVersion: shadowPolicy, EventTime: f.EventTime, DetectedAt: testNow}
	fs := []schemas.Finding{g, extra}
	cols := []string{"finding_id", "event_id", "subject", "subject_id", "subject_version", "merchant_id", "violation", "rule", "confidence",
		"evidence", "explanation", "explanation_zh", "detector_version", "policy_version", "event_time", "detected_at", "source_topic",
		"source_partition", "source_offset"}
	err := db.Insert(context.Background(), "shadow_findings", cols, len(fs), func(i int) []any {
		r := findingRow(fs[i])
		return append(r, "test", int32(0), int64(i))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestContextAndLabOnClickHouse runs the context and shadow queries on a real
// ClickHouse: the thread comes back in order around the finding, and the
// shadow comparison finds the changed and the shadow-only finding.
func TestContextAndLabOnClickHouse(t *testing.T) {
	if testing.Short() {
		t.Skip("needs ClickHouse")
	}
	t.Parallel()
	s := testenv.Store(t)
	f := seedThread(t, s)
	insertArchive(t, s.DB(), threadMessages) // archived twice: a replayed batch
	seedShadow(t, s.DB(), f)
	srv := newTestServer(t, s, nil)

	code, body := do(t, srv, "GET", "/api/v1/findings/"+f.FindingID+"/context?before=1&after=0", tokReviewer, "")
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, body)
	}
	fc := decodeContext(t, body)
	if len(fc.Thread) != 2 || fc.Later != 1 || fc.Earlier != 0 || fc.Thread[0].Sender != schemas.SenderBuyer || !fc.Thread[1].Flagged {
		t.Fatalf("thread %+v", fc)
	}
	if got := marked(fc.Thread[1]); got["channel_invite"] != "WhatsApp" || got["phone"] != "+86-186****5678" {
		t.Errorf("marks %v", got)
	}

	code, body = do(t, srv, "GET", "/api/v1/lab/shadow?days=30", tokAdmin, "")
	if code != http.StatusOK {
		t.Fatalf("lab: %d %s", code, body)
	}
	var r struct {
		ShadowPolicy string         `json:"shadow_policy"`
		ShadowOnly   []Disagreement `json:"shadow_only"`
		Changed      []Disagreement `json:"changed"`
		ShadowPerDay []DayCount     `json:"shadow_per_day"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if r.ShadowPolicy != shadowPolicy || len(r.ShadowOnly) != 1 || r.ShadowOnly[0].FindingID != "f-shadow-only-1" ||
		len(r.Changed) != 1 || r.Changed[0].FindingID != f.FindingID || r.Changed[0].ShadowRule != "contact_lure_strict" || len(r.ShadowPerDay) == 0 {
		t.Errorf("lab %s", body)
	}
}

// TestFindingContextOrder: an order finding shows the order with the charged
// fee marked and the listing version it was placed against, its quotes marked.
func TestFindingContextOrder(t *testing.T) {
	o := schemas.Order{Schema: schemas.SchemaOrder, EventID: "E-O-1", OrderID: "O-1", ListingID: "L-1", MerchantID: merchantA, Quantity: 100,
		Currency: "USD", QuotedShippingFee: 20, ChargedShippingFee: 90, TradeAssurance: true, PlacedAt: testNow.Add(-time.Hour)}
	l := schemas.Listing{Schema: schemas.SchemaListing, EventID: "E-L-2", ListingID: "L-1", Version: 2, MerchantID: merchantA, Title: "LED strip",
		Shipping: []schemas.ShippingOption{{Method: "sea", Fee: 20, ForQty: 100}}, UpdatedAt: testNow.Add(-48 * time.Hour)}
	f := schemas.Finding{FindingID: "f-o-1", EventID: o.EventID, Subject: schemas.SubjectOrder, SubjectID: o.OrderID, MerchantID: merchantA,
		Violation: schemas.ShippingOvercharge, Rule: "charged_above_quote", Confidence: 0.9, Evidence: map[string]any{"listing_id": "L-1"},
		EventTime: o.PlacedAt, DetectedAt: testNow}
	ob, _ := json.Marshal(o)
	lb, _ := json.Marshal(l)
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	conn.Answer(findingRow(f))
	conn.Answer([]any{"order", o.EventID, o.OrderID, o.ListingID, uint64(0), o.PlacedAt, string(ob)})
	conn.Answer([]any{"listing", l.EventID, l.ListingID, l.ListingID, uint64(2), l.UpdatedAt, string(lb)})
	code, body := do(t, srv, "GET", "/api/v1/merchants/"+merchantA+"/findings/f-o-1/context", tokMerchantA, "")
	fc := decodeContext(t, body)
	if code != http.StatusOK || fc.Order == nil || fc.Order.ChargedShippingFee != 90 || fc.Listing == nil || fc.Listing.Version != 2 {
		t.Fatalf("%d %s", code, body)
	}
	if len(fc.OrderMarks) != 1 || fc.OrderMarks[0].Field != "charged_shipping_fee" || len(fc.ListingMarks) != 1 || fc.ListingMarks[0].Field != "shipping" {
		t.Errorf("marks %+v %+v", fc.OrderMarks, fc.ListingMarks)
	}
	// The listing is the latest version up to the order.
	if args := conn.Calls()[2].Args; !args[3].(time.Time).Equal(o.PlacedAt) {
		t.Errorf("listing as of %v, want the order's time", args[3])
	}
}
