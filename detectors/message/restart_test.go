package message_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// roundTrip persists a Conversation the way a worker does and rebuilds it.
func roundTrip(t *testing.T, c *message.Conversation) *message.Conversation {
	t.Helper()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 512 {
		t.Errorf("persisted conversation is %d bytes, want a small fixed-size record: %s", len(data), data)
	}
	var out message.Conversation
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

func runConv(t *testing.T, eng *detectors.Engine, msgs []*schemas.Message, restartAt int) []schemas.Finding {
	t.Helper()
	conv := &message.Conversation{}
	var all []schemas.Finding
	for i, m := range msgs {
		if i == restartAt {
			conv = roundTrip(t, conv)
		}
		res, err := eng.Detect(m, detectors.Context{Conversation: conv})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, res.Findings...)
	}
	return all
}

// TestRestartKeepsContext cuts every corpus conversation at every point,
// persists and rebuilds its Conversation there, and checks the findings are
// those of the uninterrupted run.
func TestRestartKeepsContext(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	convs := map[string][]*schemas.Message{}
	var order []string
	for _, ev := range c.Events {
		if m, ok := ev.(*schemas.Message); ok {
			if convs[m.ConversationID] == nil {
				order = append(order, m.ConversationID)
			}
			convs[m.ConversationID] = append(convs[m.ConversationID], m)
		}
	}
	cuts := 0
	for _, id := range order {
		msgs := convs[id]
		want := runConv(t, eng, msgs, -1)
		for k := 1; k < len(msgs); k++ {
			if got := runConv(t, eng, msgs, k); !reflect.DeepEqual(got, want) {
				t.Errorf("conversation %s restarted before message %d: findings differ\n got %+v\nwant %+v", id, k, got, want)
			}
			cuts++
		}
	}
	t.Logf("%d conversations, %d restart points", len(order), cuts)
}

// TestRestartBuyerAskedFirst is the case a lost context would get wrong: the
// buyer asks for WhatsApp, the worker restarts, the merchant answers.
func TestRestartBuyerAskedFirst(t *testing.T) {
	eng, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	msgs := []*schemas.Message{
		msg(0, buyer("Do you have WhatsApp? My manager prefers it.")),
		msg(1, seller("Let me check with the sales team.")),
		msg(2, seller("Sure, my WhatsApp is +86 138 1234 5678 (Tony).")),
	}
	for cut := range msgs {
		if got := runConv(t, eng, msgs, cut); len(got) != 0 {
			t.Errorf("restart before message %d: got %+v, want no findings", cut, got)
		}
	}
	// Without the buyer's question the same reply is a violation.
	if got := runConv(t, eng, msgs[1:], 1); len(got) != 1 || got[0].Violation != schemas.OffplatformContact {
		t.Errorf("without the question: got %+v", got)
	}
}
