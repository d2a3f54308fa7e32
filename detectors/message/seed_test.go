package message_test

import (
	"testing"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// TestSeedExamples runs the rulebook's five chat examples (seed
// 003_e9e5361043bf53dd, "买家拉线下沟通举例"), transcribed as printed, masks
// included: each merchant reply must be found as offplatform_contact.
func TestSeedExamples(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		name    string
		channel string
		kind    string
		buyer   string
		seller  string
		rule    string
	}{
		{
			name:   "1 ignores the buyer and asks for WhatsApp",
			buyer:  "Can order to bahrain?",
			seller: "Hello,please add my wechat/skype/whatsapp:+86-186-****-****for more details",
			rule:   message.RuleContactLure,
		},
		{
			name:   "2 auto-reply with contact details",
			kind:   schemas.KindAutoReply,
			buyer:  "how much is the shipping fee?",
			seller: "[自动回复] I am currently not available now. Please contact my wechat/whatsapp *** * immedietly",
			rule:   message.RuleContactLure,
		},
		{
			name:    "3 signature block in an inquiry reply",
			channel: schemas.ChannelInquiry,
			kind:    schemas.KindSignature,
			buyer:   "I am interested in your products xxxx-xxxxx",
			seller: "Hi,Anna. Thank you for your inquiry. I am Bob ,manager of *****\n\nRegards, Bob Wong\n\n" +
				"Email: *****@qq.com\n\nWechat:+86-***-****-****",
			rule: message.RuleContactLure,
		},
		{
			name:   "4 moving files off the platform",
			buyer:  "Hi",
			seller: "Hello,friend,please add my whatsapp ***** to get more real photos and videos.Thank you",
			rule:   message.RuleContactLure,
		},
		{
			name:   "5 asks for the buyer's WhatsApp",
			buyer:  "I want to buy one",
			seller: "Do you have whatsapp number ? It is easy for us to contact you now",
			rule:   message.RuleContactRequest,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv := &message.Conversation{}
			b := msg(0, buyer(tt.buyer))
			if tt.channel != "" {
				b.Channel = tt.channel
			}
			if out, err := d.DetectMessage(b, conv, nil); err != nil || len(out) != 0 {
				t.Fatalf("buyer message: %v, %v", out, err)
			}
			s := msg(1, seller(tt.seller))
			if tt.channel != "" {
				s.Channel = tt.channel
			}
			if tt.kind != "" {
				s.Kind = tt.kind
			}
			out, err := d.DetectMessage(s, conv, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != 1 || out[0].Violation != schemas.OffplatformContact {
				t.Fatalf("got %+v, want one %s", out, schemas.OffplatformContact)
			}
			if out[0].Rule != tt.rule {
				t.Errorf("rule = %s, want %s", out[0].Rule, tt.rule)
			}
			if out[0].Confidence < 0.85 {
				t.Errorf("confidence = %v, want >= 0.85", out[0].Confidence)
			}
			t.Logf("%s (%.2f): %s | %s", out[0].Rule, out[0].Confidence, out[0].Explanation, out[0].ExplanationZH)
		})
	}
}
