package detect

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/haili/haili/detectors/message"
)

// conversationFields are the fields appendConversation writes: a field added
// to message.Conversation must be added there too.
var conversationFields = []string{"Messages", "LastAt", "OrderStage", "BuyerAsked", "BuyerAskedAt",
	"BuyerAskedChannels", "BuyerTA", "BuyerTAAt", "BuyerTAUse", "SellerDigits", "SellerPrice", "SellerPriceQty", "OffplatformFindings", "TARefusalFindings"}

func TestAppendConversationKnowsEveryField(t *testing.T) {
	typ := reflect.TypeFor[message.Conversation]()
	var got []string
	for i := range typ.NumField() {
		got = append(got, typ.Field(i).Name)
	}
	if !reflect.DeepEqual(got, conversationFields) {
		t.Fatalf("message.Conversation has fields %v; appendConversation writes %v", got, conversationFields)
	}
}

func TestAppendConversation(t *testing.T) {
	at := time.Date(2026, 12, 4, 10, 11, 12, 123456789, time.UTC)
	tests := []struct {
		name string
		c    message.Conversation
	}{
		{"empty", message.Conversation{}},
		{"counts only", message.Conversation{Messages: 3, LastAt: at}},
		{"everything", message.Conversation{Messages: 7, LastAt: at, OrderStage: "shipping", BuyerAsked: true, BuyerAskedAt: at.Add(-time.Hour),
			BuyerAskedChannels: message.ChannelSet(0).Add(message.ChannelWhatsApp).Add(message.ChannelEmail), BuyerTA: true, BuyerTAAt: at.Add(-time.Second),
			BuyerTAUse: true, SellerDigits: "+86 138", SellerPrice: 0.21, SellerPriceQty: 3000, OffplatformFindings: 2, TARefusalFindings: -1}},
		{"float formats", message.Conversation{SellerPrice: 1e-7, SellerPriceQty: 1e21}},
		{"float formats small", message.Conversation{SellerPrice: 123456.789, SellerPriceQty: 2.5e-9}},
		{"float negative", message.Conversation{SellerPrice: -3.25e-12, SellerPriceQty: -1e22}},
		{"escapes", message.Conversation{OrderStage: "<a&b>\"\\\u2028", SellerDigits: "\xff\x01"}},
		{"whole seconds", message.Conversation{LastAt: at.Truncate(time.Second)}},
		{"zone", message.Conversation{LastAt: at.In(time.FixedZone("x", -(5*3600 + 30*60)))}},
		{"all channels", message.Conversation{BuyerAsked: true, BuyerAskedChannels: ^message.ChannelSet(0) >> 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAppendConversation(t, &tt.c)
		})
	}
}

func TestAppendConversationRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	stages := []string{"", "ordered", "shipping"}
	tm := func() time.Time {
		if r.IntN(3) == 0 {
			return time.Time{}
		}
		return time.Unix(r.Int64N(4e9), r.Int64N(1e9)).UTC()
	}
	for range 20000 {
		c := message.Conversation{Messages: r.IntN(1000), LastAt: tm(), OrderStage: stages[r.IntN(3)], BuyerAsked: r.IntN(2) == 0,
			BuyerAskedAt: tm(), BuyerAskedChannels: message.ChannelSet(r.Uint32() & 0xfffff), BuyerTA: r.IntN(2) == 0, BuyerTAAt: tm(),
			SellerDigits: []string{"", "138", "+8613"}[r.IntN(3)], SellerPrice: []float64{0, 0.21, r.Float64() * 100}[r.IntN(3)],
			SellerPriceQty: []float64{0, 3000, float64(r.IntN(100000))}[r.IntN(3)], OffplatformFindings: r.IntN(3), TARefusalFindings: r.IntN(3)}
		checkAppendConversation(t, &c)
	}
}

func TestAppendConversationRefusesWhatJSONRefuses(t *testing.T) {
	c := message.Conversation{LastAt: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := json.Marshal(&c); err == nil {
		t.Fatal("encoding/json accepted year 10000")
	}
	if _, err := appendConversation(nil, &c); err == nil {
		t.Fatal("appendConversation accepted year 10000")
	}
}

func checkAppendConversation(t *testing.T, c *message.Conversation) {
	t.Helper()
	want, wantErr := json.Marshal(c)
	got, err := appendConversation([]byte("prefix"), c)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("error %v, encoding/json %v", err, wantErr)
	}
	if err == nil && !bytes.Equal(got, append([]byte("prefix"), want...)) {
		t.Fatalf("got  %s\nwant prefix%s", got, want)
	}
}
