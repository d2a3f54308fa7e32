package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

func TestMigrateIsIdempotent(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	applied, err := s.Migrate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != 0 {
		t.Fatalf("second migrate applied %v again", applied)
	}
}

func TestFindingsCollapseOnReplay(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	ctx := context.Background()
	at := time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC)
	row := store.FindingRow{Finding: schemas.Finding{
		FindingID: schemas.FindingID("e-1", schemas.InflatedShipping), EventID: "e-1", Subject: "listing", SubjectID: "L-1",
		SubjectVersion: 3, MerchantID: "M-1", Violation: schemas.InflatedShipping, Rule: "r", Confidence: 0.9,
		Evidence: map[string]any{"fee": 410.0}, Explanation: "x", DetectedAt: at, EventTime: at,
	}, SourceTopic: "listings.v1", SourcePartition: 1, SourceOffset: 7}
	for i := 0; i < 3; i++ { // a retry and a replay of the same batch
		row.DetectedAt = at.Add(time.Duration(i) * time.Minute)
		if err := s.InsertFindings(ctx, []store.FindingRow{row}); err != nil {
			t.Fatal(err)
		}
	}
	counts, err := s.FindingCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != 1 || counts[0].Findings != 1 || counts[0].Violation != schemas.InflatedShipping {
		t.Fatalf("counts after 3 inserts of one finding = %+v, want one inflated_shipping", counts)
	}
}

func TestConversationsRoundTrip(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Second)
	rows := []store.ConversationRow{
		{ConversationID: "C-1", MerchantID: "M-1", State: []byte(`{"v":1}`), Seq: 5, UpdatedAt: now},
		{ConversationID: "C-1", MerchantID: "M-1", State: []byte(`{"v":2}`), Seq: 9, UpdatedAt: now},
		{ConversationID: "C-1", MerchantID: "M-1", State: []byte(`{"v":0}`), Seq: 3, UpdatedAt: now}, // a late replay
	}
	for _, r := range rows {
		if err := s.SaveConversations(ctx, []store.ConversationRow{r}); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	if err := s.LoadConversations(ctx, now.Add(-time.Hour), func(id string, st []byte) error { got[id] = string(st); return nil }); err != nil {
		t.Fatal(err)
	}
	if got["C-1"] != `{"v":2}` {
		t.Fatalf("loaded %v, want the highest seq state", got)
	}
}

func TestListingChecksAndMarketRoundTrip(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Second)
	check := schemas.ListingCheck{EventID: "e-2", ListingID: "L-2", Version: 4, MerchantID: "M-2",
		Counts: map[string]int{schemas.FalseMOQ: 1}, PolicyVersion: "p", DetectorVersion: "d", UpdatedAt: now, CheckedAt: now}
	if err := s.InsertListingChecks(ctx, []schemas.ListingCheck{check, check}); err != nil {
		t.Fatal(err)
	}
	var n uint64
	var total uint64
	if err := s.DB().QueryRow(ctx, "SELECT count(), sum(findings) FROM listing_checks FINAL").Scan(&n, &total); err != nil {
		t.Fatal(err)
	}
	if n != 1 || total != 1 {
		t.Fatalf("listing checks = %d rows with %d findings, want 1 row with 1", n, total)
	}
	data := []byte{0, 1, 2, 255, 254}
	if err := s.SaveMarket(ctx, []store.MarketRow{{CategoryID: "c", Unit: "piece", Source: "w1", Count: 17, Data: data}}, now); err != nil {
		t.Fatal(err)
	}
	var loaded []store.MarketRow
	if err := s.LoadMarket(ctx, func(r store.MarketRow) error { loaded = append(loaded, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(loaded) != 1 || string(loaded[0].Data) != string(data) || loaded[0].Count != 17 {
		t.Fatalf("market rows = %+v", loaded)
	}
}
