package loadgen

import (
	"bytes"
	"testing"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

func generate(t *testing.T, cfg Config, n int) []Event {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	evs := make([]Event, n)
	for i := range evs {
		evs[i] = g.Next()
	}
	return evs
}

func TestGeneratedEventsDecodeAndRoute(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"default", Config{Seed: 1, Mix: DefaultMix, ViolationShare: 0.1}},
		{"all violating", Config{Seed: 2, Mix: DefaultMix, ViolationShare: 1}},
		{"all clean", Config{Seed: 3, Mix: DefaultMix}},
		{"messages in chinese and arabic", Config{Seed: 4, Mix: Mix{KindMessage: 1}, ViolationShare: 0.3, Languages: []string{"zh", "ar"}}},
		{"one category, orders and complaints", Config{Seed: 5, Mix: Mix{KindListing: 1, KindOrder: 3, KindComplaint: 3}, ViolationShare: 0.5, Categories: []string{"solar-panels"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dec schemas.Decoder
			ids := map[string]bool{}
			for i, e := range generate(t, tt.cfg, 3000) {
				ev, err := dec.Decode(e.Value)
				if err != nil {
					t.Fatalf("event %d does not decode: %v\n%s", i, err, e.Value)
				}
				topic, key, err := schemas.Route(ev)
				if err != nil || topic != e.Topic || !bytes.Equal(key, e.Key) {
					t.Fatalf("event %d: routed to %s/%s, want %s/%s (%v)", i, topic, key, e.Topic, e.Key, err)
				}
				if ev.ID() != e.EventID || ids[e.EventID] {
					t.Fatalf("event %d: id %q (want %q, unique)", i, ev.ID(), e.EventID)
				}
				ids[e.EventID] = true
				if e.Violation != "" && !schemas.IsViolationCode(e.Violation) {
					t.Fatalf("event %d: planted %q is not a violation code", i, e.Violation)
				}
				if m, ok := ev.(*schemas.Message); ok && len(tt.cfg.Languages) > 0 && m.Text == "" {
					t.Fatalf("event %d: empty message text", i)
				}
			}
		})
	}
}

func TestSeedReproducesStream(t *testing.T) {
	cfg := Config{Seed: 42, Mix: DefaultMix, ViolationShare: 0.2}
	a, b := generate(t, cfg, 5000), generate(t, cfg, 5000)
	for i := range a {
		if !bytes.Equal(a[i].Value, b[i].Value) || !bytes.Equal(a[i].Key, b[i].Key) || a[i].Violation != b[i].Violation {
			t.Fatalf("event %d differs between two generators of one seed:\n%s\n%s", i, a[i].Value, b[i].Value)
		}
	}
	cfg.Seed = 43
	c := generate(t, cfg, 100)
	same := 0
	for i := range c {
		if bytes.Equal(a[i].Value, c[i].Value) {
			same++
		}
	}
	if same == len(c) {
		t.Fatal("another seed generated the same stream")
	}
}

func TestMixAndViolationShare(t *testing.T) {
	cfg := Config{Seed: 7, Mix: Mix{KindListing: 40, KindMessage: 40, KindOrder: 15, KindComplaint: 5}, ViolationShare: 0.25}
	const n = 20000
	var kinds [numKinds]int
	var planted [numKinds]int
	for _, e := range generate(t, cfg, n) {
		kinds[e.Kind]++
		if e.Violation != "" {
			planted[e.Kind]++
		}
	}
	for k, share := range cfg.Mix {
		want := share / cfg.Mix.total() * n
		if got := float64(kinds[k]); got < want*0.9 || got > want*1.1 {
			t.Errorf("%s: %v events, want about %v", Kind(k), got, want)
		}
	}
	// Listings, orders and complaints violate at about the share; messages
	// less, since one message of a violating conversation violates.
	for _, k := range []Kind{KindListing, KindOrder, KindComplaint} {
		got := float64(planted[k]) / float64(kinds[k])
		if got < 0.18 || got > 0.3 {
			t.Errorf("%s: %.2f of events planted, want about 0.25 (updates keep a listing's code)", k, got)
		}
	}
	if planted[KindMessage] == 0 || planted[KindMessage] > kinds[KindMessage]/4 {
		t.Errorf("messages: %d of %d planted", planted[KindMessage], kinds[KindMessage])
	}
}

// TestPlantedViolationsAreDetected checks that the stream is realistic enough
// for the detectors: what the generator plants is found, and clean events
// (including the allowed cases: the buyer asked first, paperwork after an
// order) stay mostly clean. The market reference is built from the stream's
// own listings first, as `haili scan` does.
func TestPlantedViolationsAreDetected(t *testing.T) {
	evs := generate(t, Config{Seed: 11, Mix: DefaultMix, ViolationShare: 0.2}, 15000)
	var dec schemas.Decoder
	decoded := make([]schemas.Event, len(evs))
	b := market.NewBuilder()
	for i, e := range evs {
		ev, err := dec.Decode(e.Value)
		if err != nil {
			t.Fatal(err)
		}
		decoded[i] = ev
		if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
			b.Observe(l)
		}
	}
	ref := b.Snapshot()
	engine, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	convs := map[string]*message.Conversation{}
	planted, found := map[string]int{}, map[string]int{}
	clean, cleanFlagged := 0, 0
	for i, ev := range decoded {
		c := detectors.Context{Market: ref}
		if m, ok := ev.(*schemas.Message); ok {
			if convs[m.ConversationID] == nil {
				convs[m.ConversationID] = &message.Conversation{}
			}
			c.Conversation = convs[m.ConversationID]
		}
		res, err := engine.Detect(ev, c)
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		want := evs[i].Violation
		if want == "" {
			clean++
			if len(res.Findings) > 0 {
				cleanFlagged++
			}
			continue
		}
		planted[want]++
		for _, f := range res.Findings {
			if f.Violation == want {
				found[want]++
				break
			}
		}
	}
	for _, code := range schemas.ViolationCodes {
		t.Logf("%-24s planted %4d found %4d", code, planted[code], found[code])
		if planted[code] == 0 || float64(found[code]) < 0.8*float64(planted[code]) {
			t.Errorf("%s: found %d of %d planted", code, found[code], planted[code])
		}
	}
	t.Logf("clean events flagged: %d of %d", cleanFlagged, clean)
	if float64(cleanFlagged) > 0.02*float64(clean) {
		t.Errorf("%d of %d clean events were flagged", cleanFlagged, clean)
	}
}
