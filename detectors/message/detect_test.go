package message_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

func newDetector(t testing.TB) *message.Detector {
	t.Helper()
	d, err := message.NewDetector(&policy.Default().Message)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// turn is one message of a test conversation.
type turn struct {
	sender string // "b" buyer, "s" seller
	text   string
	stage  string
}

var t0 = time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC)

func msg(i int, tu turn) *schemas.Message {
	sender := schemas.SenderSeller
	if tu.sender == "b" {
		sender = schemas.SenderBuyer
	}
	stage := tu.stage
	if stage == "" {
		stage = schemas.StageNone
	}
	return &schemas.Message{
		Schema: schemas.SchemaMessage, EventID: "e-test", MessageID: "MSG-test", ConversationID: "C-test",
		MerchantID: "M-1", BuyerID: "B-1", Sender: sender, Channel: schemas.ChannelChat, Kind: schemas.KindText,
		Text: tu.text, OrderStage: stage, SentAt: t0.Add(time.Duration(i) * time.Minute),
	}
}

// lastCodes runs a conversation and returns the codes found on its last message.
func lastCodes(t *testing.T, d *message.Detector, turns ...turn) []string {
	t.Helper()
	conv := &message.Conversation{}
	var out []schemas.Finding
	for i, tu := range turns {
		var err error
		out, err = d.DetectMessage(msg(i, tu), conv, nil)
		if err != nil {
			t.Fatalf("turn %d %q: %v", i, tu.text, err)
		}
		for _, f := range out {
			if f.Confidence <= 0 || f.Confidence > 1 || f.Explanation == "" || f.ExplanationZH == "" ||
				f.DetectorVersion != message.Version || f.Rule == "" {
				t.Errorf("incomplete finding %+v", f)
			}
		}
	}
	var codes []string
	for _, f := range out {
		codes = append(codes, f.Violation)
	}
	slices.Sort(codes)
	return codes
}

const (
	op = schemas.OffplatformContact
	ta = schemas.TradeAssuranceRefusal
)

func seller(text string) turn { return turn{sender: "s", text: text} }
func buyer(text string) turn  { return turn{sender: "b", text: text} }

func TestEvasionsAndLanguages(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		name string
		text string
	}{
		{"us number with keyword", "Contact me on whatsapp: +1 (415) 555-0123 for wholesale prices"},
		{"wechat id", "my wechat id is tony_888, add me"},
		{"skype handle", "Pls add me on skype: tony.export"},
		{"plain email", "You can reach me at tony.sales@yahoo.com for the full list"},
		{"bracketed at dot", "Email: sales(at)abc-trade(dot)net"},
		{"masked with x", "WhatsApp +86 186-xxxx-5678 for details"},
		{"masked with stars", "Hello,please add my wechat/skype/whatsapp:+86-186-****-****for more details"},
		{"fullwidth handle", "Ｗｅｃｈａｔ：ｔｏｎｙ８８８"},
		{"vx spaced", "V x: abc_123 加我"},
		{"wechat zh", "加我微信：abc12345，发你报价"},
		{"qq zh", "请加QQ：123456789"},
		{"koukou han digits", "有事加扣扣 八八六六七七五五三"},
		{"telegram link", "Our channel: t.me/tony_export"},
		{"wa.me link", "chat here wa.me/447700900123"},
		{"telegram handle", "Telegram: @tony_export"},
		{"russian whatsapp", "напишите мне в вотсап +7 916 123-45-67"},
		{"spanish whatsapp", "Escríbeme por WhatsApp al +52 55 1234 5678"},
		{"brazil local number", "Me manda um oi no WhatsApp (11) 98765-4321"},
		{"arabic 00 prefix", "أرسل لي على الواتساب 00971501234567"},
		{"french wechat", "Ajoutez-moi sur WeChat : tony_fr88"},
		{"whats app me", "whats app me at 0086-138-1234-5678"},
		{"dotted wechat", "w.e.c.h.a.t: tony888"},
		{"leet whatsapp", "wh4tsapp 13812345678"},
		{"cyrillic h", "add my Wһatsapp 13812345678"},
		{"bare intl phone", "+86 138 1234 5678"},
		{"bare cn mobile", "13812345678"},
		{"number words", "my number is one three eight one two three four five six seven eight"},
		{"request email", "Can you give me your email so I can send you the quotation directly?"},
		{"do you use", "Do you use WhatsApp?"},
		{"wechat id request", "What is your WeChat ID?"},
		{"leave your number", "Leave your number and I will call you"},
		{"arabic-indic digits", "واتساب: +٨٦ ١٣٨ ١٢٣٤ ٥٦٧٨"},
		{"zero width email", "mail: ton\u200by@gm\u200bail.com"},
		{"keycaps", "📞 1️⃣3️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣"},
		{"signature", "Best regards\nTony\nTel/WhatsApp: +86 755 8888 6666"},
		{"auto reply", "[Auto reply] I am out of office. Urgent: WeChat tony_cn_01"},
		{"instagram follow", "Follow us on Instagram @tony.store for more styles"},
		{"portuguese email", "Me passa seu e-mail que eu mando o catálogo"},
		{"russian telegram handle", "Пишите в телеграм @tony_cn"},
		{"german email", "Schreiben Sie mir: tony@web.de"},
		{"spoken email", "my mail is tony dot chen at gmail dot com"},
		{"line id", "LINE ID: tony_th"},
		{"chinese phone", "有需要直接打我电话 139 1234 5678"},
		{"wechat in english sentence", "For best price pls wechat me 13912345678"},
		{"skype link", "join.skype.com/invite/abc123"},
		{"viber cyrillic", "Пишите в вайбер +380 67 123 4567"},
		{"outside platform", "Let's continue on WhatsApp, outside Alibaba the price is better"},
		{"zh leave wechat", "方便留个微信吗？"},
		{"share whatsapp question", "Can you share WhatsApp?"},
		{"french request", "Quel est votre WhatsApp ?"},
		{"spanish request", "¿Cuál es tu correo?"},
		{"russian add me", "Добавь меня в WhatsApp, так быстрее"},
		{"arabic your number", "أرسل لي رقمك من فضلك"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastCodes(t, d, buyer("Hello, price please?"), seller(tt.text))
			if !slices.Contains(got, op) {
				t.Errorf("%q: got %v, want %s", tt.text, got, op)
			}
		})
	}
}

func TestHardNegatives(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		name  string
		text  string
		stage string
	}{
		{"model number", "Model No. BW-2835-120-24V-3000K, 120 LEDs per meter", ""},
		{"model shaped like cn mobile", "Model WA-13812345678 is the black one", ""},
		{"hs code", "HS code 8517.62.00 for the controller, 8541.43.00 for panels", ""},
		{"tracking number", "Your FedEx tracking number is 7712 3456 7890, it arrives Monday", schemas.StageShipping},
		{"tracking glued", "Tracking: SF1234567890123", schemas.StageShipping},
		{"prices", "Price USD 13.80/pc, MOQ 1380 pcs, 2,000+ pcs USD 12.60", ""},
		{"price ladder", "1-99 pcs $5.20, 100-999 pcs $4.80, 1000-4999 pcs $4.10, 5000+ $3.90", ""},
		{"dates", "Delivery date 2026-05-18, production starts 2026-04-25", ""},
		{"sizes", "Size 138 x 186 x 50 mm, carton 600x400x350 mm, 13.8 kg", ""},
		{"voltage", "Input AC 86-265V 50/60Hz, output DC 24V", ""},
		{"item codes like phones", "Item code 8613-8012-3456 is grey, 8613-8012-3457 is white", ""},
		{"order number", "Your order number 2026041512345 is confirmed", schemas.StageOrdered},
		{"container", "Container MSKU 1234565, seal 8812345, B/L MEDU12345678", schemas.StageShipping},
		{"phone case product", "This phone case fits iPhone 15 and Samsung S24, also works with WhatsApp video calls", ""},
		{"app feature", "The LED strip is controlled by phone app (Tuya Smart), supports Alexa", ""},
		{"compound", "Our WhatsApp-compatible smart watch shows message previews", ""},
		{"production line", "Our factory has 3 production lines, line 2 makes the 24V strips", ""},
		{"signal", "The amplifier boosts the signal every 10 m; signal booster included", ""},
		{"zoom in", "Zoom in on photo 3 to see the stitching", ""},
		{"telegraphic", "Payment by telegraphic transfer (T/T) or L/C at sight", ""},
		{"platform video", "We can do a video call right here in the Alibaba chat", ""},
		{"refuses wechat", "Sorry, I can't give you my WeChat, it is against the platform rules.", ""},
		{"we don't use", "Please keep all communication here, we don't use WhatsApp.", ""},
		{"zh refuses", "不好意思，平台规定不能加微信，有问题在这里说就好", ""},
		{"es refuses", "No podemos usar WhatsApp, seguimos por aquí", ""},
		{"email marketing", "Our email marketing team designed the brochure", ""},
		{"print handle", "We can print your Instagram handle on the hang tag", ""},
		{"platform email", "You can also write to service@alibaba.com for platform questions", ""},
		{"platform link", "See our store https://tony.en.alibaba.com/productlist.html", ""},
		{"line as word", "Line 1: 200 pcs, Line 2: 300 pcs", ""},
		{"numbers with percent", "Deposit 30%, balance 70% before shipment; 12345678% is a typo", ""},
		{"invoice email ordered", "Please send us your e-mail for the commercial invoice", schemas.StageOrdered},
		{"courier phone", "Please send the receiver's phone number for the courier", schemas.StageShipping},
		{"paperwork no stage", "To issue the proforma invoice we need your company e-mail and fax", ""},
		{"ta neutral", "We accept Trade Assurance, T/T and PayPal, same price for all", ""},
		{"plain", "Yes, we have 500 pcs in stock, lead time 7 days", ""},
		{"one word", "one", ""},
		{"number of pieces", "Can you send me the number of pieces per carton?", ""},
		{"my phone", "Sorry for the late reply, my phone was broken", ""},
		{"my email", "I will check my email tonight", ""},
		{"your phone feature", "The controller connects via Bluetooth to your phone", ""},
		{"phone's", "What is your phone's screen size?", ""},
		{"phone model", "Please tell me your phone model", ""},
		{"address", "Send me your address for the sample", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			turns := []turn{buyer("Hi"), {sender: "s", text: tt.text, stage: tt.stage}}
			if tt.stage != "" {
				turns[0].stage = tt.stage
			}
			if got := lastCodes(t, d, turns...); len(got) != 0 {
				t.Errorf("%q: got %v, want none", tt.text, got)
			}
		})
	}
}

func TestTradeAssurance(t *testing.T) {
	d := newDetector(t)
	pos := []string{
		"Sorry we don't do Trade Assurance, only Western Union",
		"Trade Assurance order need add 3% bank fee",
		"Price is 10 USD with TA, 9.5 USD with TT",
		"With Trade Assurance the unit price goes up to $2.30",
		"我们不支持信保，只能私下付款",
		"No Trade Assurance for this order, bank transfer only",
		"Con Trade Assurance hay un recargo del 5%",
		"Trade Assurance: плюс 3% комиссия",
		"Pour Trade Assurance, il y a des frais supplémentaires de 50 USD",
		"Trade Assurance exige um acréscimo de 4% no preço",
		"مع Trade Assurance يوجد رسوم إضافية 3%",
	}
	for _, text := range pos {
		if got := lastCodes(t, d, buyer("Can I pay by Trade Assurance?"), seller(text)); !slices.Contains(got, ta) {
			t.Errorf("%q: got %v, want %s", text, got, ta)
		}
	}
	// Without naming it, an outright refusal right after the buyer asked.
	if got := lastCodes(t, d, buyer("Can I use Trade Assurance?"), seller("Sorry, we don't accept it. Only T/T.")); !slices.Contains(got, ta) {
		t.Errorf("context refusal: got %v", got)
	}
	neg := []string{
		"We recommend Trade Assurance; it protects your payment.",
		"No extra fee for Trade Assurance orders.",
		"Trade Assurance fee is paid by us, not by you.",
		"The TA order is created, please check and pay.",
		"If you don't use Trade Assurance you are not protected, so please use it.",
		"We accept Trade Assurance for all orders, same price.",
		"Our Trade Assurance limit is USD 80,000; your USD 20,000 order is covered.",
		"Lead time 20 days after the Trade Assurance payment.",
		"可以走信保，价格一样。",
		"Sí, aceptamos Trade Assurance sin costo adicional.",
	}
	for _, text := range neg {
		if got := lastCodes(t, d, buyer("Can I pay by Trade Assurance?"), seller(text)); slices.Contains(got, ta) {
			t.Errorf("%q: got %v, want none", text, got)
		}
	}
	// Without a Trade Assurance question, a generic refusal is not about it.
	if got := lastCodes(t, d, buyer("Can you do a custom logo for 10 pcs?"), seller("Sorry, we don't do it for 10 pcs.")); len(got) != 0 {
		t.Errorf("generic refusal: got %v", got)
	}
}

func TestBuyerContext(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		name  string
		turns []turn
		want  []string
	}{
		{"buyer asked first", []turn{buyer("What is your WhatsApp?"), seller("+86 138 1234 5678")}, nil},
		{"buyer asked first in arabic", []turn{buyer("هل يمكن أن تعطيني رقم الواتساب؟"), seller("واتساب: +86 138 1234 5678")}, nil},
		{"buyer asked three messages earlier", []turn{
			buyer("Give me your skype please, and the price"), seller("Let me check the price."),
			seller("USD 5.40/kg"), seller("My skype: tony.cn88"),
		}, nil},
		{"buyer offered own number", []turn{buyer("my whatsapp is +44 7700 900123"), seller("OK I will send photos to your WhatsApp")}, nil},
		{"buyer message never flagged", []turn{buyer("Add my WhatsApp +44 7700 900123 please")}, nil},
		{"seller first", []turn{buyer("Price?"), seller("Add my WhatsApp +86 138 1234 5678")}, []string{op}},
		{"buyer asks after seller lure", []turn{buyer("Price?"), seller("add my wechat: tony_cn01")}, []string{op}},
		{"buyer mentions phone innocently", []turn{buyer("Can it be controlled by phone?"), seller("Yes. WhatsApp me +86 138 1234 5678")}, []string{op}},
		{"ordered but IM", []turn{
			{sender: "b", text: "Paid", stage: schemas.StageOrdered},
			{sender: "s", text: "Thanks! Add my WeChat tony_cn01 for next orders", stage: schemas.StageOrdered},
		}, []string{op}},
		{"ordered and email for invoice", []turn{
			{sender: "b", text: "Paid", stage: schemas.StageOrdered},
			{sender: "s", text: "Thanks! Please share your email for the invoice", stage: schemas.StageOrdered},
		}, nil},
		{"stage remembered", []turn{
			{sender: "b", text: "Paid", stage: schemas.StageOrdered},
			{sender: "s", text: "Please share your email for the invoice and packing list"},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lastCodes(t, d, tt.turns...); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBuyerRequestExpires(t *testing.T) {
	d := newDetector(t)
	conv := &message.Conversation{}
	b := msg(0, buyer("What is your WhatsApp?"))
	if _, err := d.DetectMessage(b, conv, nil); err != nil {
		t.Fatal(err)
	}
	s := msg(1, seller("WhatsApp +86 138 1234 5678"))
	s.SentAt = b.SentAt.Add(policy.Default().Message.BuyerRequestTTL + time.Hour)
	out, err := d.DetectMessage(s, conv, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Violation != op {
		t.Fatalf("after the request expired: got %v, want one %s", out, op)
	}
}

func TestEvidenceMasked(t *testing.T) {
	d := newDetector(t)
	text := "Add my WhatsApp +86 186 1234 5678 or mail tonychen@gmail.com"
	out, err := d.DetectMessage(msg(0, seller(text)), &message.Conversation{}, nil)
	if err != nil || len(out) != 1 {
		t.Fatalf("got %v, %v", out, err)
	}
	f := out[0]
	all := f.Explanation + f.ExplanationZH
	spans := f.Evidence["spans"].([]any)
	var values []string
	for _, s := range spans {
		sp := s.(map[string]any)
		start, end := sp["start"].(int), sp["end"].(int)
		if start < 0 || end > len(text) || start >= end {
			t.Errorf("span %v outside the text", sp)
		}
		if v, ok := sp["value"].(string); ok {
			values = append(values, v)
			all += v
		}
	}
	for _, leak := range []string{"12345678", "1234 5678", "tonychen"} {
		if strings.Contains(all, leak) {
			t.Errorf("evidence leaks %q: %v / %s", leak, values, f.Explanation)
		}
	}
	if !slices.Contains(values, "+86-186****5678") || !slices.Contains(values, "to***@gmail.com") {
		t.Errorf("masked values = %v", values)
	}
	chs := f.Evidence["channels"].([]string)
	if !slices.Contains(chs, "whatsapp") || !slices.Contains(chs, "email") {
		t.Errorf("channels = %v", chs)
	}
}

// TestCleanPathDoesNotAllocate: the prefiltered path allocates nothing, the
// full path on a clean message nothing once its pooled buffers are warm.
func TestCleanPathDoesNotAllocate(t *testing.T) {
	d := newDetector(t)
	for _, tc := range []struct {
		text string
		max  float64
	}{
		{"Yes, we have 500 pcs in stock, we can ship in 7 days.", 0},
		{"Yes, we accept Trade Assurance, same price for all payment methods.", 0.5},
		{"有现货，500件起订，7天内发货。", 0.5},
		{"Срок поставки 20 дней после оплаты.", 0.5},
	} {
		m := msg(1, seller(tc.text))
		conv := &message.Conversation{}
		if n := testing.AllocsPerRun(200, func() { _, _ = d.DetectMessage(m, conv, nil) }); n > tc.max {
			t.Errorf("%q: %.1f allocations per message, want <= %v", tc.text, n, tc.max)
		}
	}
}

// TestMoreUnseen holds further hand-written variants, none from the corpus.
func TestMoreUnseen(t *testing.T) {
	d := newDetector(t)
	lures := []string{
		"WhatsApp/WeChat same number: 0086 13912345678",
		"Please contact Mr. Li, mobile 13912345678",
		"You can find us on Facebook: Tony Lighting Co",
		"Chat with me on Telegram for faster response",
		"我的微信号是 tony888",
		"可以加我V：tony888",
		"My whats is 13812345678",
		"kindly drop your WhatsApp number for more details",
		"let's move to wechat to discuss",
		"Hola, mándame tu número para enviarte fotos",
		"Tel: (020) 8888 6666",
		"Skype ID tony.cn",
		"email me at tony [at] example [dot] com",
		"pls reply to my gmail: tonychen88",
		"Мой номер WhatsApp +7 900 000-00-00",
		"رقمي 00966501234567",
		"Contact: +44 20 7946 0958",
		"pls add me wechat",
		"add wechat",
		"wechat?",
		"Do you have Telegram?",
		"我们可以微信聊",
		"WhatsApp: 8613912345678",
		"Mobile/WeChat: 139-1234-5678",
		"e-mail: tony.sales at gmail dot com",
		"Tony | Sales | +86 (0)755 8888 6666",
	}
	for _, text := range lures {
		if got := lastCodes(t, d, buyer("Price?"), seller(text)); !slices.Contains(got, op) {
			t.Errorf("%q: got %v, want %s", text, got, op)
		}
	}
	clean := []string{
		"We use DHL, FedEx and UPS for delivery.",
		"Please add 2 more pieces to your order",
		"The phone holder comes in black",
		"Call center hours 9-18",
		"Our mobile phone accessories factory has 200 workers",
		"Contact us for OEM service",
		"You can message us here anytime",
		"The WeChat Pay option is available at checkout",
		"Signal light for trucks, 12V",
		"Line length 5 m, cable line 10 m",
		"Telegram style vintage phone",
		"Please email the drawings to the engineering team",
		"My colleague will email you the invoice",
		"The price for 13800 pcs is USD 13812.35",
		"Reference number 86138123456789",
		"Part No. 13812345678",
		"Order ID 13812345678",
		"Batch 13912345678 passed QC",
		"IMEI 861234567890123",
		"pls check the photo in attachment",
		"Phone: please use the Alibaba chat, we reply fast",
		"I'm on the phone with the factory now, one minute",
		"the line is busy today, production line 3 stopped",
		"We will call the courier tomorrow",
		"Your number of pieces is 1380, right?",
		"The QR code on the box links to your shop",
		"Size: 13 x 80 x 1234 x 5678",
		"Voltage 110-240V, 50/60Hz, 1380W",
		"Our company was founded in 1998, 13800 square meters",
		"Sale! 50% off, only USD 13.99, code SAVE138",
		"Accepted: Visa, Mastercard, PayPal, T/T",
	}
	for _, text := range clean {
		if got := lastCodes(t, d, buyer("Price?"), seller(text)); len(got) != 0 {
			t.Errorf("%q: got %v, want none", text, got)
		}
	}
	refusals := []string{
		"Trade Assurance is possible, but we must add the 2.99% service charge to the invoice",
		"For Trade Assurance orders, shipping cost will be USD 50 higher",
		"We only accept T/T for this order, not Trade Assurance",
		"Trade Assurance not supported for samples",
		"If you want Trade Assurance, price will be 5% more",
		"Price with TA: $12; without TA: $11",
		"TA will cost you 4% more",
		"信保的话价格要高一点",
		"Para Trade Assurance cobramos 3% extra",
		"Через Trade Assurance цена выше на 5%",
		"Avec Trade Assurance, le prix est plus élevé",
		"مع Trade Assurance السعر أعلى",
		"Com Trade Assurance o preço é maior",
		"No Trade Assurance, only bank transfer",
	}
	for _, text := range refusals {
		if got := lastCodes(t, d, buyer("Can I pay by Trade Assurance?"), seller(text)); !slices.Contains(got, ta) {
			t.Errorf("%q: got %v, want %s", text, got, ta)
		}
	}
	neutral := []string{
		"Trade Assurance order: total USD 1,250, shipping USD 80 included",
		"After payment via Trade Assurance, we ship in 5 days; extra charges apply only for express",
		"Trade Assurance protects your money; extra discount for orders above 1,000 pcs",
		"We can do Trade Assurance with 30% deposit",
		"Trade Assurance is free for buyers",
		"The bank charges are on your side, Trade Assurance or not",
		"Sure, I will send the Trade Assurance order link now",
		"The total is USD 2,400 via Trade Assurance, shipping USD 180 by sea",
		"Trade Assurance covers the quality; if the goods are wrong we refund",
		"Please don't worry, Trade Assurance will protect you",
		"You don't need to pay extra for Trade Assurance",
		"We do not charge any fee for Trade Assurance",
	}
	for _, text := range neutral {
		if got := lastCodes(t, d, buyer("Can I pay by Trade Assurance?"), seller(text)); slices.Contains(got, ta) {
			t.Errorf("%q: got %v, want no %s", text, got, ta)
		}
	}
}
