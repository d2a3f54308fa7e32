package listing_test

import (
	"strings"
	"testing"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// corpusCodes are the codes this package and the order package answer for.
var corpusCodes = []string{
	schemas.FakePriceTier, schemas.OffMarketPrice, schemas.InflatedShipping, schemas.AbusedSKU,
	schemas.FalseMOQ, schemas.ShippingOvercharge,
}

// scanCorpus runs the engine over the corpus the way "haili scan" does: a
// market reference from every listing first, then every event in order.
func scanCorpus(t *testing.T, c *corpus.Corpus, ref *market.Reference) []schemas.Finding {
	t.Helper()
	eng, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	convs := map[string]*message.Conversation{}
	var findings []schemas.Finding
	for _, ev := range c.Events {
		dctx := detectors.Context{Market: ref}
		if m, ok := ev.(*schemas.Message); ok {
			if convs[m.ConversationID] == nil {
				convs[m.ConversationID] = &message.Conversation{}
			}
			dctx.Conversation = convs[m.ConversationID]
		}
		res, err := eng.Detect(ev, dctx)
		if err != nil {
			// Message detectors belong to another package; their errors
			// do not concern the codes scored here.
			t.Logf("detect %s: %v", ev.ID(), err)
			continue
		}
		findings = append(findings, res.Findings...)
	}
	return findings
}

func TestCorpus(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	findings := scanCorpus(t, c, c.Market())
	s := c.ScoreFindings(findings)
	t.Logf("corpus (%d events, %d findings):\n%s", len(c.Events), len(findings), s.Table(corpusCodes))
	for _, code := range corpusCodes {
		p, r := s.Precision(code), s.Recall(code)
		if p >= 0.97 && r >= 0.95 {
			continue
		}
		t.Errorf("%s: precision %.3f (want >= 0.97), recall %.3f (want >= 0.95)", code, p, r)
		for _, m := range s.Misses {
			if strings.Contains(m, " "+code+" ") {
				t.Logf("  miss:        %s", m)
			}
		}
		for _, f := range s.Falses {
			if strings.Contains(f, " "+code+" ") {
				t.Logf("  false alarm: %s", f)
			}
		}
	}
}

// TestCorpusWithoutMarket runs the corpus with no market reference: the
// market-based rules stay silent, the listings' own evidence still finds
// violations, and nothing fires that the full run would call a false alarm.
func TestCorpusWithoutMarket(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	s := c.ScoreFindings(scanCorpus(t, c, nil))
	t.Logf("corpus without a market reference:\n%s", s.Table(corpusCodes))
	for _, code := range corpusCodes {
		if p := s.Precision(code); p < 0.97 {
			t.Errorf("%s: precision %.3f without market, want >= 0.97", code, p)
			for _, f := range s.Falses {
				if strings.Contains(f, " "+code+" ") {
					t.Logf("  false alarm: %s", f)
				}
			}
		}
	}
	// Internal evidence alone must still find most bait ladders and false MOQs.
	for _, code := range []string{schemas.FakePriceTier, schemas.FalseMOQ, schemas.ShippingOvercharge} {
		if r := s.Recall(code); r < 0.6 {
			t.Errorf("%s: recall %.3f without market, want >= 0.6", code, r)
		}
	}
}
