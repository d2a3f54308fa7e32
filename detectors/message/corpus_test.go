package message_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

var messageCodes = []string{schemas.OffplatformContact, schemas.TradeAssuranceRefusal}

// runCorpusMessages runs the engine over the corpus's messages in event order,
// with one Conversation per conversation_id, as the worker does.
func runCorpusMessages(t testing.TB, c *corpus.Corpus) []schemas.Finding {
	t.Helper()
	eng, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	convs := map[string]*message.Conversation{}
	var all []schemas.Finding
	for _, ev := range c.Events {
		m, ok := ev.(*schemas.Message)
		if !ok {
			continue
		}
		conv := convs[m.ConversationID]
		if conv == nil {
			conv = &message.Conversation{}
			convs[m.ConversationID] = conv
		}
		res, err := eng.Detect(m, detectors.Context{Conversation: conv})
		if err != nil {
			t.Fatalf("message %s: %v", m.MessageID, err)
		}
		all = append(all, res.Findings...)
	}
	return all
}

func TestCorpusMessages(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	findings := runCorpusMessages(t, c)
	s := c.ScoreFindings(findings)
	t.Logf("\n%s", s.Table(messageCodes))
	if os.Getenv("HAILI_VERBOSE") != "" {
		dumpFindings(t, c, findings)
	}
	failed := false
	for _, code := range messageCodes {
		if p := s.Precision(code); p < 0.97 {
			t.Errorf("%s precision %.3f < 0.97", code, p)
			failed = true
		}
		if r := s.Recall(code); r < 0.95 {
			t.Errorf("%s recall %.3f < 0.95", code, r)
			failed = true
		}
	}
	if failed {
		texts := messageTexts(c)
		for _, m := range s.Misses {
			if isMessageCode(m) {
				t.Logf("miss:        %s\n             %q", m, texts[strings.Fields(m)[0]])
			}
		}
		for _, f := range s.Falses {
			if isMessageCode(f) {
				t.Logf("false alarm: %s\n             %q", f, texts[strings.Fields(f)[0]])
			}
		}
	}
}

func isMessageCode(line string) bool {
	return strings.Contains(line, schemas.OffplatformContact) || strings.Contains(line, schemas.TradeAssuranceRefusal)
}

func messageTexts(c *corpus.Corpus) map[string]string {
	out := map[string]string{}
	for _, ev := range c.Events {
		if m, ok := ev.(*schemas.Message); ok {
			out[m.MessageID] = m.Sender + ": " + m.Text
		}
	}
	return out
}

func dumpFindings(t *testing.T, c *corpus.Corpus, findings []schemas.Finding) {
	by := map[string][]schemas.Finding{}
	for _, f := range findings {
		by[f.SubjectID] = append(by[f.SubjectID], f)
	}
	for _, ev := range c.Events {
		m, ok := ev.(*schemas.Message)
		if !ok || m.Sender != schemas.SenderSeller {
			continue
		}
		l := c.Labels[m.MessageID]
		var got []string
		for _, f := range by[m.MessageID] {
			got = append(got, fmt.Sprintf("%s/%s %.2f %v | %s", f.Violation, f.Rule, f.Confidence, f.Evidence, f.Explanation))
		}
		t.Logf("%s expect=%v allow=%v got=%v\n    %q", m.MessageID, l.Expect, l.Allow, got, m.Text)
	}
}
