package message

import (
	"strings"
	"testing"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/schemas"
)

// judgeFully runs the full analysis whatever the prefilter says.
func judgeFully(t *testing.T, d *Detector, text string) []schemas.Finding {
	t.Helper()
	m := &schemas.Message{Sender: schemas.SenderSeller, Text: text, OrderStage: schemas.StageNone}
	conv := &Conversation{}
	sc := new(scratch)
	a, err := d.analyze(sc, m, text, conv)
	if err != nil {
		t.Fatal(err)
	}
	return d.appendFindings(nil, sc, m, text, conv, &a, false, false)
}

// TestPrefilterIsSafe checks that the prefilter never rules out a text the
// full analysis flags: the corpus's texts and case/spacing variants of them.
func TestPrefilterIsSafe(t *testing.T) {
	d := testDetector(t)
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, ev := range c.Events {
		if m, ok := ev.(*schemas.Message); ok {
			texts = append(texts, m.Text, strings.ToUpper(m.Text), strings.ReplaceAll(m.Text, " ", "  "),
				strings.ReplaceAll(m.Text, ",", ""))
		}
	}
	texts = append(texts, "Add my wechat: tony_01", "whats app me", "v: tony_88", "w.e.c.h.a.t tony", "L I N E: x_1",
		"$kype me", "my number one three eight one two three four five six seven eight", "t.me/x", "wa.me/123",
		"sales (at) x (dot) com", "mail tony at gmail.com", "QQ 123456", "zap?", "+86 138", "186-xxxx-5678",
		"Trade Assurance +3%", "TA price is higher")
	checked := 0
	for _, text := range texts {
		if len(judgeFully(t, d, text)) > 0 {
			checked++
			if !needsAnalysis(text) {
				t.Errorf("prefilter rules out a flagged text: %q", text)
			}
		}
	}
	t.Logf("%d flagged texts all pass the prefilter", checked)
}

func TestPrefilterRulesOutPlainText(t *testing.T) {
	for _, text := range []string{
		"Yes, we have 500 pcs in stock, we can ship in 7 days.",
		"MOQ is 100 pcs, price USD 3.20 per piece for 1,000 pcs.",
		"Please confirm the artwork before production.",
		"Carton size 60x40x35 cm, gross weight 18.5 kg.",
		"",
	} {
		if needsAnalysis(text) {
			t.Errorf("needsAnalysis(%q) = true, want false", text)
		}
	}
}
