package message

import (
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/schemas"
)

// analyzeAll runs the full analysis on one merchant message, the prefilter
// bypassed, and returns the codes found.
func analyzeAll(t *testing.T, d *Detector, text string) []string {
	t.Helper()
	m := &schemas.Message{Schema: schemas.SchemaMessage, EventID: "e", MessageID: "m", ConversationID: "c",
		MerchantID: "M", BuyerID: "B", Sender: schemas.SenderSeller, Channel: schemas.ChannelChat,
		Kind: schemas.KindText, Text: text, OrderStage: schemas.StageNone,
		SentAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	out, err := d.DetectMessage(m, &Conversation{}, nil)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	var codes []string
	for _, f := range out {
		codes = append(codes, f.Violation)
	}
	return codes
}

// TestVietnameseToneFreeWords checks that the Vietnamese words that fold to
// everyday words of other languages (số → "so", thêm → "them", đô → "do",
// chỉ → "chi", nơi → "noi") keep their Vietnamese reading only in
// Vietnamese text: written with the diacritic, next to a letter only
// Vietnamese writes, or with a Vietnamese word that survives typing without
// tones. The analysis is called directly (no prefilter in front).
func TestVietnameseToneFreeWords(t *testing.T) {
	d := testDetector(t)
	d.noPrefilter = true
	// English (and Italian) requests around "so": no number is asked for.
	var clean []string
	for _, verb := range []string{"Can you send", "Please leave", "Give me", "Tell me", "Share", "Could you send"} {
		for _, tail := range []string{"so I can check?", "so we know the size.", "so much detail, thanks.", "so the factory can start."} {
			clean = append(clean, verb+" "+tail)
		}
	}
	clean = append(clean, "Send them the sample so they can test it.", "We can do it so, the price is the same.",
		"Per noi è più comodo spedire via mare.", "Chi vuole il campione può ordinarlo qui.")
	for _, text := range clean {
		if got := analyzeAll(t, d, text); len(got) != 0 {
			t.Errorf("false alarm %v: %q", got, text)
		}
	}
	// The same request in Vietnamese, with tones, with one toned word
	// elsewhere, and typed without tones but with a Vietnamese word.
	asks := []string{
		"Cho tôi xin số của bạn nhé", "Gửi số của bạn cho tôi", "Bạn gửi số cho mình nhé",
		"Cho toi xin số cua ban", "Cho toi xin so của bạn", "Gui so cua ban nhe", "Cho xin so cua ban",
		"Ban gui so cho minh nhe",
	}
	for _, text := range asks {
		if got := analyzeAll(t, d, text); !strings.Contains(strings.Join(got, " "), schemas.OffplatformContact) {
			t.Errorf("missed %v: %q", got, text)
		}
	}
	// The token reading itself.
	for _, c := range []struct {
		text string
		num  bool
	}{{"send so i can check", false}, {"xin số", true}, {"xin so cua ban", true}, {"give them more", false}} {
		sc := new(scratch)
		normalize(c.text, sc)
		sc.lexical()
		got := sc.allCats&catNumberWord != 0
		if got != c.num {
			t.Errorf("%q: number word read %v, want %v", c.text, got, c.num)
		}
	}
}
