package message_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/message"
)

// The first message of an announced, unfinished phone names the channel and
// the digits given so far (masked), at 0.82 or more when disguised.
func TestR2NumPartialEvidence(t *testing.T) {
	d := newDetector(t)
	for _, c := range []struct{ text, digits string }{
		{"My number is 0912", "0912"},
		{"Numaram: beş yüz otuz iki", "532"},
		{"Мой номер: восемь девятьсот шестнадцать", "8916"},
		{"เบอร์ดิฉัน ๐๘๑", "081"},
		{"Rufen Sie mich an: +221 77", "22177"},
	} {
		out, err := d.DetectMessage(msg(0, seller(c.text)), &message.Conversation{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != 1 {
			t.Fatalf("%q: %d findings, want 1", c.text, len(out))
		}
		f := out[0]
		ev := fmt.Sprint(f.Evidence)
		if f.Confidence < 0.6 || f.Confidence > 0.95 || !strings.Contains(ev, "phone") || !strings.Contains(ev, "kind:phone") {
			t.Errorf("%q: confidence %.2f evidence %s", c.text, f.Confidence, ev)
		}
		t.Logf("%q: %.2f %s", c.text, f.Confidence, ev)
	}
}
