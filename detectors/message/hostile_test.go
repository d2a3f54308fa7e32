package message_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

func TestHostileLargeMessage(t *testing.T) {
	d := newDetector(t)
	limit := policy.Default().Message.MaxTextBytes
	filler := strings.Repeat("Our mailer boxes are sturdy and cheap. ", (1<<20)/39)

	t.Run("clean 1 MB is an error, not a stuck worker", func(t *testing.T) {
		conv := &message.Conversation{}
		out, err := d.DetectMessage(msg(0, seller(filler)), conv, nil)
		if !errors.Is(err, message.ErrTextTooLarge) {
			t.Fatalf("err = %v, want ErrTextTooLarge", err)
		}
		if len(out) != 0 || conv.Messages != 0 {
			t.Errorf("findings %v, conversation %+v: want none and untouched", out, conv)
		}
	})
	t.Run("lure in the scanned prefix is reported", func(t *testing.T) {
		out, err := d.DetectMessage(msg(0, seller("Add my WhatsApp +86 138 1234 5678. "+filler)), &message.Conversation{}, nil)
		if err != nil || len(out) != 1 {
			t.Fatalf("got %v, %v; want one finding", out, err)
		}
		if out[0].Evidence["truncated"] != true {
			t.Errorf("evidence %v does not say the text was truncated", out[0].Evidence)
		}
	})
	t.Run("lure past the limit is not judged", func(t *testing.T) {
		_, err := d.DetectMessage(msg(0, seller(filler+" Add my WhatsApp +86 138 1234 5678")), &message.Conversation{}, nil)
		if !errors.Is(err, message.ErrTextTooLarge) {
			t.Fatalf("err = %v, want ErrTextTooLarge", err)
		}
	})
	t.Run("multibyte text is cut on a rune boundary", func(t *testing.T) {
		zh := strings.Repeat("您好，我们的纸盒质量很好。", limit/10)
		_, err := d.DetectMessage(msg(0, seller(zh)), &message.Conversation{}, nil)
		if !errors.Is(err, message.ErrTextTooLarge) {
			t.Fatalf("err = %v, want ErrTextTooLarge", err)
		}
	})
	t.Run("engine reports it per message", func(t *testing.T) {
		eng, err := detectors.New(policy.Default())
		if err != nil {
			t.Fatal(err)
		}
		_, err = eng.Detect(msg(0, seller(filler)), detectors.Context{})
		if !errors.Is(err, message.ErrTextTooLarge) || !strings.Contains(err.Error(), "MSG-test") {
			t.Fatalf("engine err = %v", err)
		}
	})
}

// backtrackBait targets the spelt-out e-mail pattern: many "x at y" with no
// address, and a top-level domain at the very end so the pattern must run.
func backtrackBait(n int) string {
	return strings.Repeat("aaaa  at  bbbb ", n/15) + " .com"
}

func TestHostileBacktracking(t *testing.T) {
	t.Run("default policy: bounded by the text cap", func(t *testing.T) {
		d := newDetector(t)
		bait := backtrackBait(policy.Default().Message.MaxTextBytes - 64)
		out, err := d.DetectMessage(msg(0, seller(bait)), &message.Conversation{}, nil)
		if err != nil && !errors.Is(err, message.ErrMatchTimeout) {
			t.Fatalf("err = %v, want nil or ErrMatchTimeout", err)
		}
		if err == nil && len(out) != 0 {
			t.Errorf("bait flagged: %+v", out)
		}
	})
	t.Run("large cap, tiny timeout: the timeout ends the match", func(t *testing.T) {
		cfg := policy.Default().Message
		cfg.MaxTextBytes = 4 << 20
		cfg.MatchTimeout = time.Millisecond
		d, err := message.NewDetector(&cfg)
		if err != nil {
			t.Fatal(err)
		}
		conv := &message.Conversation{}
		_, err = d.DetectMessage(msg(0, seller(backtrackBait(4<<20-64))), conv, nil)
		if !errors.Is(err, message.ErrMatchTimeout) {
			t.Fatalf("err = %v, want ErrMatchTimeout", err)
		}
		var te *message.MatchTimeoutError
		if !errors.As(err, &te) || len(err.Error()) > 200 {
			t.Errorf("error %q should name the pattern and not quote the text", err)
		}
		if conv.Messages != 0 {
			t.Errorf("conversation updated after an error: %+v", conv)
		}
	})
	t.Run("pathological digits and letters", func(t *testing.T) {
		d := newDetector(t)
		for _, bait := range []string{
			strings.Repeat("1 ", 16000),
			strings.Repeat("w h a t s a p p ", 2000),
			strings.Repeat("whatsapp ", 3500),
			strings.Repeat("@a", 16000),
			strings.Repeat("微信", 5000),
			strings.Repeat("a.", 16000) + "com",
			strings.Repeat("Trade Assurance $1 ", 1700),
			strings.Repeat("\u200b", 10000),
		} {
			if _, err := d.DetectMessage(msg(0, seller(bait)), &message.Conversation{}, nil); err != nil &&
				!errors.Is(err, message.ErrMatchTimeout) && !errors.Is(err, message.ErrTextTooLarge) {
				t.Errorf("%.20q…: %v", bait, err)
			}
		}
	})
}

func TestNilInputs(t *testing.T) {
	d := newDetector(t)
	if _, err := d.DetectMessage(nil, nil, nil); err == nil {
		t.Error("nil message: want an error")
	}
	out, err := d.DetectMessage(msg(0, seller("add my wechat: tony_01")), nil, nil)
	if err != nil || len(out) != 1 {
		t.Errorf("nil conversation: %v, %v", out, err)
	}
	if _, err := message.NewDetector(nil); err == nil {
		t.Error("nil config: want an error")
	}
	if _, err := message.NewDetector(&message.Config{}); err == nil || !strings.Contains(err.Error(), "max_text_bytes") {
		t.Errorf("empty config: err = %v, want it to name max_text_bytes", err)
	}
	_ = schemas.SenderSeller
}
