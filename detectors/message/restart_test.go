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

// runConv judges msgs in order and restarts before msgs[restartAt] from the
// persisted context. A worker that persists only changes (onlyChanges) stores
// the context when it no longer JudgesLike the stored one, so it restarts
// from the last such copy.
func runConv(t *testing.T, eng *detectors.Engine, msgs []*schemas.Message, restartAt int, onlyChanges bool) []schemas.Finding {
	t.Helper()
	conv := &message.Conversation{}
	saved := message.Conversation{}
	var all []schemas.Finding
	for i, m := range msgs {
		if i == restartAt {
			if onlyChanges {
				conv = roundTrip(t, &saved)
			} else {
				conv = roundTrip(t, conv)
			}
		}
		res, err := eng.Detect(m, detectors.Context{Conversation: conv})
		if err != nil {
			t.Fatal(err)
		}
		if !conv.JudgesLike(&saved) {
			saved = *conv
		}
		all = append(all, res.Findings...)
	}
	return all
}

// TestRestartKeepsContext cuts every corpus conversation at every point,
// persists and rebuilds its Conversation there (the latest one, or the last
// that judged differently from its predecessor), and checks the findings are
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
		want := runConv(t, eng, msgs, -1, false)
		for k := 1; k < len(msgs); k++ {
			for _, onlyChanges := range []bool{false, true} {
				if got := runConv(t, eng, msgs, k, onlyChanges); !reflect.DeepEqual(got, want) {
					t.Errorf("conversation %s restarted before message %d (persisting only changes: %v): findings differ\n got %+v\nwant %+v", id, k, onlyChanges, got, want)
				}
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
		for _, onlyChanges := range []bool{false, true} {
			if got := runConv(t, eng, msgs, cut, onlyChanges); len(got) != 0 {
				t.Errorf("restart before message %d (persisting only changes: %v): got %+v, want no findings", cut, onlyChanges, got)
			}
		}
	}
	// Without the buyer's question the same reply is a violation.
	if got := runConv(t, eng, msgs[1:], 1, false); len(got) != 1 || got[0].Violation != schemas.OffplatformContact {
		t.Errorf("without the question: got %+v", got)
	}
}
