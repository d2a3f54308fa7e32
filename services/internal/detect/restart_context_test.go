package detect_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/testenv"
)

func messageEvent(id, conv, sender, text, at string) kafka.Message {
	v := fmt.Sprintf(`{"schema":"message.v1","event_id":"e-%s","message_id":"MSG-%s","conversation_id":"%s","merchant_id":"M-9","buyer_id":"B-9","sender":"%s","channel":"chat","kind":"text","text":%q,"order_stage":"none","sent_at":"%s"}`,
		id, id, conv, sender, text, at)
	return kafka.Message{Topic: schemas.TopicMessages, Key: []byte(conv), Value: []byte(v)}
}

// TestConversationContextSurvivesRestart: the buyer asks for WhatsApp; the
// worker that saw it stops; a new worker judges the seller's reply. The reply
// is allowed because the context was reloaded from ClickHouse — while the
// same reply in a conversation without the request is a violation.
func TestConversationContextSurvivesRestart(t *testing.T) {
	t.Parallel() // its own database and broker
	addr, _ := testenv.Kafka(t, 2)
	brokers := []string{addr}
	s := testenv.Store(t)
	w := kafkaio.NewWriter(brokers)
	defer w.Close()
	ctx := context.Background()

	if err := w.WriteMessages(ctx,
		messageEvent("1", "C-asked", "buyer", "Can you give me your WhatsApp number? I'd like to send you photos.", "2026-04-20T10:00:00Z"),
	); err != nil {
		t.Fatal(err)
	}
	runUntil(t, newWorker(t, brokers, "ctx-group", s), 1)

	reply := "Sure, my WhatsApp is +86 139 1234 5678"
	if err := w.WriteMessages(ctx,
		messageEvent("2", "C-asked", "seller", reply, "2026-04-20T10:05:00Z"),
		messageEvent("3", "C-unasked", "buyer", "Hello, what is the MOQ?", "2026-04-20T10:00:00Z"),
		messageEvent("4", "C-unasked", "seller", reply, "2026-04-20T10:05:00Z"),
	); err != nil {
		t.Fatal(err)
	}
	w2 := newWorker(t, brokers, "ctx-group", s) // same group: continues after the committed offset
	runUntil(t, w2, 3)

	got := map[string]uint64{}
	rows, err := s.DB().Query(ctx, "SELECT subject_id, count() FROM findings FINAL WHERE violation = 'offplatform_contact' GROUP BY subject_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n uint64
		if err := rows.Scan(&id, &n); err != nil {
			t.Fatal(err)
		}
		got[id] = n
	}
	if got["MSG-2"] != 0 {
		t.Errorf("the reply to the buyer's request became a violation after the restart")
	}
	if got["MSG-4"] != 1 {
		t.Errorf("the unsolicited WhatsApp number was not found (findings %v)", got)
	}
}
