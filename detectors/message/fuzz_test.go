package message_test

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// FuzzDetectMessage checks that no text panics, that errors are the declared
// ones, and that every evidence span lies inside the text.
func FuzzDetectMessage(f *testing.F) {
	for _, s := range []string{
		"Add my WhatsApp +86 138 1234 5678", "w h a t s a p p + 8 6 1 5 9", "加我vx：hx_2026",
		"sales (at) x (dot) com", "8️⃣6️⃣1️⃣3️⃣", "Ｗｈａｔｓ：＋８６", "Trade Assurance is $1.95, T/T $1.80",
		"Wh@ts@pp", "\u200b\u200d", "t.me/x", "@", "+", "幺三九", "one3eight", "x at y dot com", "",
		"ventas arroba gmail punto com", "www dot x dot com", "x[.]com", "a(@)b(.)c", "y@gmail点com", "số của bạn",
		"Straße", "type a Google review for our shop",
	} {
		f.Add(s, true)
	}
	if c, err := corpus.Load(); err == nil {
		for _, ev := range c.Events {
			if m, ok := ev.(*schemas.Message); ok {
				f.Add(m.Text, m.Sender == schemas.SenderSeller)
			}
		}
	}
	d := newDetector(f)
	f.Fuzz(func(t *testing.T, text string, sellerSent bool) {
		tu := buyer(text)
		if sellerSent {
			tu = seller(text)
		}
		m := msg(0, tu)
		conv := &message.Conversation{BuyerTA: true}
		out, err := d.DetectMessage(m, conv, nil)
		if err != nil {
			if !errors.Is(err, message.ErrTextTooLarge) && !errors.Is(err, message.ErrMatchTimeout) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !sellerSent && len(out) > 0 {
			t.Fatalf("buyer message flagged: %+v", out)
		}
		for _, fd := range out {
			if fd.Confidence <= 0 || fd.Confidence > 1 {
				t.Errorf("confidence %v", fd.Confidence)
			}
			if fd.Violation != schemas.OffplatformContact && fd.Violation != schemas.TradeAssuranceRefusal {
				t.Errorf("violation %q", fd.Violation)
			}
			spans, _ := fd.Evidence["spans"].([]any)
			if len(spans) == 0 {
				t.Errorf("no spans in %v", fd.Evidence)
			}
			for _, s := range spans {
				sp := s.(map[string]any)
				start, end := sp["start"].(int), sp["end"].(int)
				if start < 0 || end > len(text) || start >= end {
					t.Fatalf("span [%d,%d) outside text of %d bytes", start, end, len(text))
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[start]) || (end < len(text) && !utf8.RuneStart(text[end]))) {
					t.Fatalf("span [%d,%d) cuts a rune", start, end)
				}
			}
			if _, err := json.Marshal(fd); err != nil {
				t.Fatalf("finding does not encode: %v", err)
			}
		}
		data, err := json.Marshal(conv)
		if err != nil {
			t.Fatal(err)
		}
		var back message.Conversation
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
	})
}
