package message_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Round two of the Trade Assurance refusal families: the variants an
// evaluation set still missed. A sum added to the shipping of Trade Assurance
// orders, Trade Assurance "takes a long time" with only a direct payment
// taken, the order link closed with the deposit pushed to a wallet; each in
// the sixteen languages with near misses that must stay clean.

// r2AddShip: {A} is an amount with its currency.
var r2AddShip = map[string][]string{
	"en": {"Then we will add {A} to shipping for Trade Assurance orders.", "For TA orders we charge an extra {A} on freight."},
	"zh": {"那信保订单我们会在运费上加{A}。", "走信保的订单运费要多加{A}。"},
	"es": {"Entonces añadiremos {A} al envío para pedidos con Trade Assurance.", "Para pedidos Trade Assurance cobramos {A} extra en el flete."},
	"pt": {"Então vamos adicionar {A} ao frete para pedidos Trade Assurance.", "Para pedidos com Trade Assurance cobramos {A} a mais no frete."},
	"fr": {"Alors nous ajouterons {A} à la livraison pour les commandes Trade Assurance.", "Pour les commandes TA, nous facturons {A} de plus sur le fret."},
	"de": {"Dann schlagen wir {A} auf den Versand für Trade-Assurance-Bestellungen auf.", "Für Trade-Assurance-Bestellungen berechnen wir {A} extra für die Fracht."},
	"it": {"Allora aggiungeremo {A} alla spedizione per gli ordini Trade Assurance.", "Per gli ordini Trade Assurance addebitiamo {A} in più sulla spedizione."},
	"ru": {"Тогда мы добавим {A} к доставке для заказов через Trade Assurance.", "Для заказов Trade Assurance мы берём дополнительно {A} за доставку."},
	"tr": {"O zaman Trade Assurance siparişleri için kargoya {A} ekleyeceğiz.", "Trade Assurance siparişlerinde navluna {A} ekstra ekliyoruz."},
	"ar": {"إذن سنضيف {A} على الشحن لطلبات Trade Assurance", "لطلبات Trade Assurance نضيف {A} إضافية على الشحن."},
	"hi": {"तो Trade Assurance ऑर्डर के लिए हम शिपिंग में {A} जोड़ देंगे।", "Trade Assurance orders ke liye shipping mein {A} extra add karenge."},
	"id": {"Jadi untuk pesanan Trade Assurance kami akan tambah {A} ke ongkir.", "Untuk order TA kami kenakan tambahan {A} di ongkos kirim."},
	"vi": {"Vậy với đơn Trade Assurance chúng tôi sẽ cộng thêm {A} vào phí vận chuyển.", "Đơn hàng TA sẽ tính thêm {A} phí ship."},
	"th": {"ถ้าสั่งผ่าน Trade Assurance เราจะบวกค่าส่งเพิ่ม {A}", "ออเดอร์ Trade Assurance คิดค่าขนส่งเพิ่ม {A}"},
	"ja": {"では取引保証の注文は送料に{A}を追加します。", "TA注文の場合、送料に{A}上乗せになります。"},
	"ko": {"그럼 무역보증 주문은 배송비에 {A}를 추가하겠습니다.", "TA 주문은 운송비에 {A} 더 붙습니다."},
}

// r2AddShipClean: a surcharge for remote areas, shipping the same for every
// order, Trade Assurance included.
var r2AddShipClean = map[string][]string{
	"en": {"We add {A} shipping for remote areas.", "Shipping is {A} for all orders, Trade Assurance included."},
	"zh": {"偏远地区运费加{A}。", "所有订单运费都是{A}，信保订单也一样。"},
	"es": {"Añadimos {A} de envío para zonas remotas.", "El envío es {A} para todos los pedidos, Trade Assurance incluido."},
	"pt": {"Adicionamos {A} de frete para áreas remotas.", "O frete é {A} para todos os pedidos, Trade Assurance incluído."},
	"fr": {"Nous ajoutons {A} de livraison pour les zones éloignées.", "La livraison est de {A} pour toutes les commandes, Trade Assurance inclus."},
	"de": {"Für abgelegene Gebiete kommen {A} Versand dazu.", "Der Versand kostet {A} für alle Bestellungen, Trade Assurance inklusive."},
	"it": {"Aggiungiamo {A} di spedizione per le zone remote.", "La spedizione è {A} per tutti gli ordini, Trade Assurance incluso."},
	"ru": {"Для отдалённых районов добавляем {A} за доставку.", "Доставка {A} для всех заказов, Trade Assurance включено."},
	"tr": {"Uzak bölgeler için kargoya {A} ekliyoruz.", "Kargo tüm siparişler için {A}, Trade Assurance dahil."},
	"ar": {"نضيف {A} على الشحن للمناطق النائية.", "الشحن {A} لجميع الطلبات، بما فيها Trade Assurance."},
	"hi": {"दूरदराज के इलाकों के लिए शिपिंग में {A} जोड़ते हैं।"},
	"id": {"Untuk daerah terpencil kami tambah {A} ongkir."},
	"vi": {"Vùng xa cộng thêm {A} phí vận chuyển."},
	"th": {"พื้นที่ห่างไกลบวกค่าส่งเพิ่ม {A}"},
	"ja": {"遠隔地は送料に{A}を追加します。"},
	"ko": {"도서 산간 지역은 배송비 {A} 추가됩니다."},
}

var r2Amounts = map[string][]string{
	"en": {"150 USD", "$150"}, "zh": {"150美元", "150美金"}, "es": {"150 USD", "150 dólares"}, "pt": {"150 USD", "US$ 150"},
	"fr": {"150 USD", "150 $"}, "de": {"150 USD", "150 €"}, "it": {"150 USD", "150 €"}, "ru": {"150 долларов", "150 USD"},
	"tr": {"150 USD", "150 dolar"}, "ar": {"150 دولار", "150 USD"}, "hi": {"150 USD", "$150"}, "id": {"150 USD", "USD 150"},
	"vi": {"150 USD", "150 đô"}, "th": {"150 USD", "150 ดอลลาร์"}, "ja": {"150ドル", "150USD"}, "ko": {"150달러", "150 USD"},
}

// r2SlowOnly: Trade Assurance takes a long time, only a direct payment is
// taken.
var r2SlowOnly = map[string][]string{
	"en": {"Trade Assurance takes a long time, we only take direct bank transfer or UPI.", "TA is slow, we take bank transfer only."},
	"zh": {"信保时间太长，我们只收银行转账或支付宝。", "信保太慢，只接受直接银行转账。"},
	"es": {"Trade Assurance tarda mucho, solo aceptamos transferencia bancaria directa.", "Trade Assurance es muy lento, aceptamos únicamente transferencia bancaria."},
	"pt": {"O Trade Assurance demora muito, só aceitamos transferência bancária direta.", "Trade Assurance é lento, aceitamos somente PIX."},
	"fr": {"Trade Assurance prend beaucoup de temps, nous acceptons seulement le virement bancaire direct.", "Trade Assurance est lent, uniquement virement bancaire."},
	"de": {"Trade Assurance dauert sehr lange, wir nehmen nur direkte Banküberweisung.", "Trade Assurance ist zu langsam, wir akzeptieren ausschließlich Überweisung."},
	"it": {"Trade Assurance richiede molto tempo, accettiamo solo bonifico bancario diretto.", "Trade Assurance è lento, accettiamo soltanto bonifico."},
	"ru": {"Trade Assurance занимает много времени, мы принимаем только прямой банковский перевод.", "Trade Assurance идёт очень долго, берём только перевод на карту."},
	"tr": {"Trade Assurance çok uzun sürüyor, sadece doğrudan banka havalesi alıyoruz.", "Trade Assurance çok zaman alıyor, yalnızca havale kabul ediyoruz."},
	"ar": {"Trade Assurance يأخذ وقتا طويلا، نقبل فقط التحويل البنكي المباشر.", "Trade Assurance بطيء، نستقبل التحويل البنكي فقط."},
	"hi": {"Trade Assurance में बहुत समय लगता है, हम सिर्फ़ डायरेक्ट बैंक ट्रांसफर या UPI लेते हैं", "Trade Assurance में बहुत टाइम लगता है, हम केवल बैंक ट्रांसफर लेते हैं।",
		"Trade Assurance mein bahut time lagta hai, hum sirf direct bank transfer ya UPI lete hain.", "TA me time lagta hai, sirf UPI chalega."},
	"id": {"Trade Assurance makan waktu lama, kami hanya terima transfer bank langsung.", "Trade Assurance lama banget, cuma terima transfer bank aja."},
	"vi": {"Trade Assurance mất nhiều thời gian, chúng tôi chỉ nhận chuyển khoản ngân hàng trực tiếp.", "Trade Assurance lâu lắm, bên em chỉ nhận chuyển khoản thôi."},
	"th": {"Trade Assurance ใช้เวลานาน เรารับโอนเงินผ่านธนาคารโดยตรงเท่านั้น", "Trade Assurance ช้ามาก รับแต่โอนธนาคารเท่านั้น"},
	"ja": {"Trade Assuranceは時間がかかるので、銀行振込のみです。", "取引保証は遅いので、銀行振込だけ受け付けています。"},
	"ko": {"Trade Assurance는 시간이 오래 걸려서 계좌이체만 받아요.", "무역보증은 느려서 은행 송금만 가능합니다."},
}

// r2SlowOnlyClean: the time Trade Assurance takes, stated; only Trade
// Assurance taken.
var r2SlowOnlyClean = map[string][]string{
	"en": {"Trade Assurance takes a long time to release the money, but we only use Trade Assurance.", "Bank transfer takes a long time, we only accept Trade Assurance."},
	"zh": {"银行转账时间太长，我们只接受信保。"},
	"es": {"La transferencia bancaria tarda mucho, solo aceptamos Trade Assurance."},
	"pt": {"A transferência bancária demora muito, só aceitamos Trade Assurance."},
	"fr": {"Le virement bancaire prend beaucoup de temps, nous acceptons seulement Trade Assurance."},
	"de": {"Banküberweisung dauert sehr lange, wir nehmen nur Trade Assurance."},
	"it": {"Il bonifico richiede molto tempo, accettiamo solo Trade Assurance."},
	"ru": {"Банковский перевод занимает много времени, мы принимаем только Trade Assurance."},
	"tr": {"Banka havalesi çok uzun sürüyor, sadece Trade Assurance kabul ediyoruz."},
	"ar": {"التحويل البنكي يأخذ وقتا طويلا، نقبل فقط Trade Assurance."},
	"hi": {"बैंक ट्रांसफर में बहुत समय लगता है, हम सिर्फ़ Trade Assurance लेते हैं।"},
	"id": {"Transfer bank makan waktu lama, kami hanya terima Trade Assurance."},
	"vi": {"Chuyển khoản ngân hàng mất nhiều thời gian, chúng tôi chỉ nhận Trade Assurance."},
	"th": {"โอนธนาคารใช้เวลานาน เรารับแค่ Trade Assurance เท่านั้น"},
	"ja": {"銀行振込は時間がかかるので、Trade Assuranceのみです。"},
	"ko": {"은행 송금은 시간이 오래 걸려서 Trade Assurance만 받아요."},
}

// r2LinkWallet: the link closed, the deposit paid first to a wallet or card.
var r2LinkWallet = map[string][]string{
	"zh": {"理解，不过信保链接最近被关了，您先付30%定金到支付宝就行", "信保链接用不了了，您先付定金到微信就可以。",
		"信保链接打不开，先付30%定金到我们银行卡吧。", "信保链接已经关闭了，先打定金到支付宝。"},
	"ja": {"取引保証のリンクが最近閉鎖されたので、まず30%の手付金をPayPayに送ってください。", "TAのリンクが使えないので、先に前金を銀行口座に振り込んでください。"},
	"ko": {"무역보증 링크가 최근에 막혀서 먼저 30% 계약금을 카카오페이로 보내주세요.", "TA 링크가 안 열려서 선금을 계좌로 먼저 입금해 주세요."},
	"en": {"Understood, but the Trade Assurance link was closed recently, just pay the 30% deposit to our Alipay first."},
}

// r2LinkWalletClean: the link expired and a new Trade Assurance order comes.
var r2LinkWalletClean = map[string][]string{
	"zh": {"信保链接过期了，我重新发一个信保订单给您", "信保链接失效了，我重新起草一个信保订单。"},
	"ja": {"取引保証のリンクが期限切れなので、新しい取引保証の注文を送ります。"},
	"ko": {"무역보증 링크가 만료되어 새 무역보증 주문을 보내드릴게요."},
}

func r2taCases() []gapCase {
	var cs []gapCase
	add := func(family, lang, text string, asked bool, want string) {
		if asked {
			cs = append(cs, gapCase{lang, family + "_asked", []turn{buyer(taAsk[lang]), seller(text)}, want})
			return
		}
		cs = append(cs, gapCase{lang, family, []turn{seller(text)}, want})
	}
	for lang, tpls := range r2AddShip {
		for _, tpl := range tpls {
			for _, a := range r2Amounts[lang] {
				text := strings.ReplaceAll(tpl, "{A}", a)
				add("r2_add_ship", lang, text, false, ta)
				add("r2_add_ship", lang, text, true, ta)
			}
		}
	}
	for lang, tpls := range r2AddShipClean {
		for _, tpl := range tpls {
			for _, a := range r2Amounts[lang] {
				add("r2_add_ship_clean", lang, strings.ReplaceAll(tpl, "{A}", a), false, "")
			}
		}
	}
	for lang, tpls := range r2SlowOnly {
		for _, tpl := range tpls {
			add("r2_slow_only", lang, tpl, false, ta)
			add("r2_slow_only", lang, tpl, true, ta)
		}
	}
	for lang, tpls := range r2SlowOnlyClean {
		for _, tpl := range tpls {
			add("r2_slow_only_clean", lang, tpl, false, "")
		}
	}
	for lang, tpls := range r2LinkWallet {
		for _, tpl := range tpls {
			add("r2_link_wallet", lang, tpl, false, ta)
			add("r2_link_wallet", lang, tpl, true, ta)
		}
	}
	for lang, tpls := range r2LinkWalletClean {
		for _, tpl := range tpls {
			add("r2_link_wallet_clean", lang, tpl, false, "")
			add("r2_link_wallet_clean", lang, tpl, true, "")
		}
	}
	return cs
}

func TestR2TAFamilies(t *testing.T) { runGapCases(t, r2taCases()) }

// r2LinkZH: the link closed in its Chinese ways × the deposit first to a
// wallet or card.
var (
	r2LinkZHClosed  = []string{"信保链接最近被关了", "信保链接被关闭了", "信保链接用不了", "信保链接打不开", "信保链接已经关闭"}
	r2LinkZHDeposit = []string{"您先付30%定金到支付宝就行", "先付定金到微信就可以", "先付30%定金到我们银行卡", "定金先转支付宝吧"}
)

// r2OnlyClean: an only-word of each language beside Trade Assurance taken,
// a production time, or a quantity: no refusal.
var r2OnlyClean = map[string][]string{
	"en": {"Production takes only 10 days, payment by Trade Assurance or bank transfer."},
	"zh": {"生产只要10天，付款可以走信保或者银行转账。"},
	"es": {"La producción tarda solo 10 días, pago por Trade Assurance o transferencia bancaria."},
	"pt": {"A produção leva só 10 dias, pagamento por Trade Assurance ou transferência bancária."},
	"fr": {"La production prend seulement 10 jours, paiement par Trade Assurance ou virement bancaire."},
	"de": {"Die Produktion dauert nur 10 Tage, Zahlung über Trade Assurance oder Überweisung."},
	"it": {"La produzione richiede soltanto 10 giorni, pagamento con Trade Assurance o bonifico."},
	"ru": {"Производство занимает только 10 дней, оплата через Trade Assurance или банковский перевод."},
	"tr": {"Üretim sadece 10 gün sürer, ödeme Trade Assurance veya banka havalesi ile."},
	"ar": {"الإنتاج يستغرق 10 أيام فقط، الدفع عبر Trade Assurance أو التحويل البنكي."},
	"hi": {"प्रोडक्शन में सिर्फ़ 10 दिन लगते हैं, भुगतान Trade Assurance या बैंक ट्रांसफर से।", "Production sirf 10 din, payment Trade Assurance ya bank transfer se."},
	"id": {"Produksi hanya 10 hari, pembayaran lewat Trade Assurance atau transfer bank."},
	"vi": {"Sản xuất chỉ 10 ngày, thanh toán qua Trade Assurance hoặc chuyển khoản ngân hàng."},
	"th": {"ผลิตเพียง 10 วันเท่านั้น ชำระผ่าน Trade Assurance หรือโอนธนาคารได้"},
	"ja": {"生産は10日だけです。支払いは取引保証か銀行振込でどうぞ。"},
	"ko": {"생산은 10일만 걸립니다. 결제는 무역보증이나 은행 송금 모두 가능합니다."},
}

func r2MoreCases() []gapCase {
	var cs []gapCase
	for _, c := range r2LinkZHClosed {
		for _, dep := range r2LinkZHDeposit {
			text := "理解，不过" + c + "，" + dep + "。"
			cs = append(cs, gapCase{"zh", "r2_link_zh", []turn{seller(text)}, ta},
				gapCase{"zh", "r2_link_zh_asked", []turn{buyer(taAsk["zh"]), seller(text)}, ta})
		}
		// The link replaced by a new Trade Assurance order: clean.
		cs = append(cs, gapCase{"zh", "r2_link_zh_clean", []turn{seller(c + "，我重新发一个信保订单给您。")}, ""})
	}
	for lang, tpls := range r2OnlyClean {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "r2_only_clean", []turn{seller(tpl)}, ""},
				gapCase{lang, "r2_only_clean_asked", []turn{buyer(taAsk[lang]), seller(tpl)}, ""})
		}
	}
	return cs
}

func TestR2TAMoreFamilies(t *testing.T) { runGapCases(t, r2MoreCases()) }

// r2LinkGlitch: the link cannot be opened or used, nothing else put
// forward: a glitch, not a refusal.
var r2LinkGlitch = map[string][]string{
	"zh": {"信保链接用不了，我重新发一个信保订单给您。", "信保链接打不开，我重新发一个信保订单给您。", "信保链接打不开的话，我重新起草一个信保订单。"},
	"en": {"The Trade Assurance link won't open on mobile, please try on your computer."},
}

func TestR2TALinkGlitch(t *testing.T) {
	var cs []gapCase
	for lang, tpls := range r2LinkGlitch {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "r2_link_glitch", []turn{seller(tpl)}, ""},
				gapCase{lang, "r2_link_glitch_asked", []turn{buyer(taAsk[lang]), seller(tpl)}, ""})
		}
	}
	runGapCases(t, cs)
}

// TestR2TAFamiliesTransformed: the round-two messages keep their verdict in
// full-width letters, with invisible characters inside words, and with the
// other names of Trade Assurance (the floor of TestTARefusalFamiliesTransformed).
func TestR2TAFamiliesTransformed(t *testing.T) {
	d := newDetector(t)
	r := rand.New(rand.NewPCG(13, 17))
	transforms := []struct {
		name string
		fn   func(string) string
	}{
		{"full_width", rbFullWidth},
		{"zero_width", func(s string) string { return rbInsertInside(r, s, rbInvisibles) }},
		{"ta_alias", func(s string) string {
			if out, ok := rbSpanTransform(s, rbTASpans(s), func(string) string { return rbPick(r, rbTAAliases) }); ok {
				return out
			}
			return s
		}},
	}
	cases := slices.Concat(r2taCases(), r2MoreCases())
	for _, tr := range transforms {
		n, ok := 0, 0
		for _, c := range cases {
			if len(c.turns) != 1 {
				continue
			}
			text := tr.fn(c.turns[0].text)
			got := lastCodes(t, d, seller(text))
			pass := len(got) == 0
			if c.want != "" {
				pass = slices.Contains(got, c.want)
			}
			n++
			if pass {
				ok++
			} else {
				t.Logf("%s %s: %q → %v", tr.name, c.family, text, got)
			}
		}
		rate := float64(ok) / float64(n)
		t.Logf("%s: %d/%d %.3f", tr.name, ok, n, rate)
		if rate < 0.98 {
			t.Errorf("%s: %.3f < 0.98", tr.name, rate)
		}
	}
}
