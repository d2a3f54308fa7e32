package message_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// cleanTemplates are everyday buyer–merchant messages: product questions,
// quotes, quantities, dates, logistics, Trade Assurance talk, in the mix of
// languages the platform sees. %d and %s are filled with random numbers.
var cleanTemplates = []string{
	"Hi, do you have this in stock?",
	"Yes, we have %d pcs in stock, we can ship in %d days.",
	"What is the MOQ for the black color?",
	"MOQ is %d pcs, price USD %d.%d per piece for %d pcs.",
	"Can you make it with our logo?",
	"Sure, custom logo is available from %d pcs, sample in %d days.",
	"Please send me the quotation for %d sets.",
	"Quotation: USD %d.%d/set FOB Ningbo, lead time %d days after deposit.",
	"What is the packing?",
	"%d pcs per carton, carton size %dx%dx%d cm, gross weight %d kg.",
	"How long does shipping to Germany take?",
	"By sea about %d days, by air %d-%d days.",
	"Can I pay with Trade Assurance?",
	"Yes, we accept Trade Assurance, same price for all payment methods.",
	"OK, please create the order.",
	"Done, please check the order page and pay within %d days.",
	"Is the material food grade?",
	"Yes, it is 304 stainless steel, food grade, with LFGB test report.",
	"Can you do a better price for %d pcs?",
	"For %d pcs we can do USD %d.%d, this is our best price.",
	"When will my order ship?",
	"Your order will ship on %d May, I will update the tracking here.",
	"Thank you, looking forward to working with you.",
	"Thanks! Have a nice day.",
	"Do you have other colors?",
	"We have black, white, grey, navy and red; custom Pantone from %d pcs.",
	"Please confirm the artwork before production.",
	"Artwork confirmed, production starts tomorrow.",
	"Is the price including shipping?",
	"No, the price is EXW, shipping is calculated at checkout.",
	"What certificates do you have?",
	"We have CE, RoHS and ISO9001, reports can be sent here in the chat.",
	"Can I get a sample first?",
	"Yes, sample cost is USD %d, refunded after a bulk order.",
	"The goods arrived in good condition, thank you.",
	"Great to hear! Please leave a review on the order page.",
	"¿Cuál es el precio para %d unidades?",
	"El precio es %d,%d USD por unidad, entrega en %d días.",
	"这个产品有现货吗？",
	"有现货，%d件起订，%d天内发货。",
	"Какой срок поставки?",
	"Срок поставки %d дней после оплаты.",
	"Qual é o prazo de entrega?",
	"O prazo é de %d dias úteis.",
	"Quel est le délai de livraison ?",
	"Le délai est de %d jours ouvrables.",
}

// benchMessages builds the mix: the corpus's messages plus generated clean
// ones, so that about nine in ten messages are clean, as in production.
func benchMessages(b *testing.B) [][]byte {
	b.Helper()
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	var raws [][]byte
	positives := 0
	for i, ev := range c.Events {
		if m, ok := ev.(*schemas.Message); ok {
			raws = append(raws, c.Raw[i])
			if len(c.Labels[m.MessageID].Expect) > 0 {
				positives++
			}
		}
	}
	clean := positives*10 - len(raws)
	r := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < clean; i++ {
		tpl := cleanTemplates[i%len(cleanTemplates)]
		args := make([]any, strings.Count(tpl, "%d"))
		for k := range args {
			args[k] = 1 + r.IntN(999)
		}
		sender := schemas.SenderBuyer
		if i%2 == 1 {
			sender = schemas.SenderSeller
		}
		m := schemas.Message{
			Schema: schemas.SchemaMessage, EventID: fmt.Sprintf("be-%d", i), MessageID: fmt.Sprintf("BMSG-%d", i),
			ConversationID: fmt.Sprintf("BC-%d", i/6), MerchantID: "DM-9001", BuyerID: "DB-9001", Sender: sender,
			Channel: schemas.ChannelChat, Kind: schemas.KindText, Text: fmt.Sprintf(tpl, args...),
			OrderStage: schemas.StageNone, SentAt: t0.Add(time.Duration(i) * time.Minute),
		}
		raw, err := json.Marshal(m)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
	}
	// Interleave so the clean and corpus messages alternate as on a topic.
	r.Shuffle(len(raws), func(i, j int) { raws[i], raws[j] = raws[j], raws[i] })
	return raws
}

// BenchmarkDecodeAndDetectMessages measures one worker core: decode the raw
// event, look up its conversation, run both message detectors through the
// engine. Run with: go test ./message -run '^$' -bench DecodeAndDetect -cpu 1
func BenchmarkDecodeAndDetectMessages(b *testing.B) {
	raws := benchMessages(b)
	eng, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	var dec schemas.Decoder
	convs := make(map[string]*message.Conversation, 1024)
	findings := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev, err := dec.Decode(raws[i%len(raws)])
		if err != nil {
			b.Fatal(err)
		}
		m := ev.(*schemas.Message)
		conv := convs[m.ConversationID]
		if conv == nil {
			conv = &message.Conversation{}
			convs[m.ConversationID] = conv
		}
		res, err := eng.Detect(ev, detectors.Context{Conversation: conv})
		if err != nil {
			b.Fatal(err)
		}
		findings += len(res.Findings)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "messages/s")
	_ = findings
}
