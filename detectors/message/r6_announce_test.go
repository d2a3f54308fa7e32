package message_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/haili/haili/detectors/message"
)

// Round six, second part: the families the sixth blind set missed.
//   - a contact announced in a message of its own, its number given in
//     pieces over the next messages, buyer turns between;
//   - handles after a verb phrase or an ID word, the app named elsewhere in
//     the message, channel names spelt letter by letter in any script;
//   - the deposit paid outside with only the balance through Trade Assurance.

// announcements name a channel or "my number" and nothing more, per language.
var announcements = map[string][]string{
	"en": {"my whts is", "WhatsApp:", "my number:"},
	"es": {"mi wasa es", "WhatsApp:"},
	"pt": {"meu zap:", "meu número:"},
	"fr": {"WA :", "mon numéro :"},
	"de": {"meine Nummer:", "WhatsApp:"},
	"it": {"il mio numero:", "WhatsApp:"},
	"ru": {"ватсап", "мой номер:"},
	"tr": {"numaram:", "WhatsApp:"},
	"ar": {"واتس", "رقمي:"},
	"hi": {"mera no.", "WhatsApp:"},
	"id": {"nomor saya kak", "WA:"},
	"vi": {"số em:", "Zalo:"},
	"th": {"ไลน์", "เบอร์ร้าน:"},
	"ja": {"番号は", "LINE:"},
	"ko": {"카톡:", "제 번호:"},
	"zh": {"微信：", "我的号码："},
}

// TestAnnouncedNumberInPieces: the announcement is judged at once, and the
// pieces that follow, with a buyer's turn between, add up to the number.
func TestAnnouncedNumberInPieces(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, price for 500 pcs?")
	pieces := [][]string{{"138", "1234 5678"}, {"0812", "3456", "7890"}, {"957", "533 745"}}
	passA, passN, total := 0, 0, 0
	var fails []string
	for lang, as := range announcements {
		for _, a := range as {
			for _, p := range pieces {
				total++
				if found(t, d, hello, seller(a)) {
					passA++
				} else {
					fails = append(fails, lang+": "+a)
				}
				turns := []turn{hello, seller(a), seller(p[0]), buyer("?")}
				for _, x := range p[1:] {
					turns = append(turns, seller(x))
				}
				if piecesFlagged(t, d, turns, 2) {
					passN++
				} else {
					fails = append(fails, fmt.Sprintf("%s: %s … %v", lang, a, p))
				}
			}
		}
	}
	rate(t, "announcement_alone", passA, total, fails, 0.9)
	rate(t, "announced_number_in_pieces", passN, total, fails, 0.9)

	for _, c := range [][]turn{
		{buyer("number of pieces?"), seller("number: 500")},
		{buyer("tracking?"), seller("Tracking no.: 7731")},
		{buyer("is this available?"), seller("No.")},
		{buyer("which line?"), seller("Line 3")},
		{buyer("how can I pay?"), seller("WeChat Pay ok")},
		{buyer("order number?"), seller("Order number: 2023")},
		{buyer("hi"), seller("email")},
		{buyer("hi"), seller("Phone case: 2 pcs")},
		{buyer("ok"), seller("DHL: 5 days")},
	} {
		if found(t, d, c...) {
			t.Errorf("false alarm: %s || %s", c[0].text, c[1].text)
		}
	}
}

// piecesFlagged reports an off-platform finding on a seller message at or
// after turn from: one of the pieces, once the number adds up.
func piecesFlagged(t *testing.T, d *message.Detector, turns []turn, from int) bool {
	t.Helper()
	conv := &message.Conversation{}
	hit := false
	for i, tu := range turns {
		out, err := d.DetectMessage(msg(i, tu), conv, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range out {
			hit = hit || i >= from && f.Violation == op
		}
	}
	return hit
}

// TestHandlesBesideVerbsAndIDs: a handle after a verb phrase and a colon or
// an ID word, the app named before it or elsewhere in the message, a name
// spelt letter by letter in Cyrillic, the account to add without an app.
func TestHandlesBesideVerbsAndIDs(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, price for 500 pcs?")
	texts := []string{
		"instagramdan DM atın: burak-haiy2141",
		"vatsaptan yazın hocam: 0555 876 33 76",
		"자세한 건 카톡으로 얘기해요~ 아이디: minji.tops77",
		"这里回复不及时，绿泡泡搜我名字 jason.yong73 就行",
		"possiamo sentirci su sk-ype, utente luca.green60",
		"We can continue on the app with the blue paper plane ✈️ my user is @cindy_yongs60",
		"В.А.Т.С.А.П 8.999.947.56.79",
		"W.A.T.S.A.P 0812.3456.7890",
		"my ID: amy.kaida6058 , add me and say you are from alibaba",
		"LINE ID → tanaka_boeki",
		"WeChat ➡️ lucy_2288",
		"チャットワークでもやり取りできます。ID: tanaka.haiy700",
		"네이버 밴드에서 'Ruifeng' 검색하시면 실시간 재고 보실 수 있어요",
		"búscame en Facebook como 'Bella Yongsheng', ahí te paso todo",
		"nomor ada di foto profil ya kak 😊",
		"رقمي: صفر خمسة صفر، اثنين اثنين ستة، تسعة سبعة ثمانية تسعة",
		"Nummer wird hier zensiert, deshalb in Teilen: 151",
		"mera email hai rahul_trade at the rate gmail dot com",
		"full price list + my direct contact here: hxxps://bit[.]ly/Pd5UCjg",
		"drop me a line at lin [dot] factory [at] yahoo [dot] com",
		"pls send your PO to moc.liamg@edartanit (just read it backwards)",
		"노란색 메신저에서 mia_socks32 검색하시면 저예요.",
		"ㅋㅌ에서 peter_geo39 검색하시면 저예요.",
		"緑のメッセージアプリでpeter_yoga27を検索すれば私が出てきます。",
		"绿泡泡搜amy_socks05就是我。",
		"Meine Nummer steht im Wasserzeichen des Produktvideos, rufen Sie einfach an.",
		"दुकान के बैनर में QR कोड स्कैन कीजिए, सीधे बात करते हैं।",
		"my email moc.oohay@yrrehc_ofni",
	}
	pass := 0
	var fails []string
	for _, text := range texts {
		if found(t, d, hello, seller(text)) {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, "handles_ids_spelt", pass, len(texts), fails, 0.9)
	for _, c := range [][]turn{
		{buyer("Ha un numero WhatsApp? Per me è più comodo"), seller("Certo: +39 333 483 9537. Possiamo comunque continuare anche qui")},
		{hello, seller("Kusura bakmayın, Alibaba kuralları gereği dışarıdan iletişim bilgisi veremiyorum, buradan devam edelim.")},
		{hello, seller("โรงงานมีไลน์ผลิต 6 ไลน์ กำลังผลิต 1,000 ตร.ม. ต่อเดือนค่ะ")},
		{hello, seller("my order ID: PO-2024-118, add the logo please")},
		{hello, seller("We don't need WeChat, this chat is fine.")},
		{hello, seller("The tele photo lens is 70-200 mm.")},
		{hello, seller("Escanea el código QR del producto con WeChat para verificar la autenticidad.")},
	} {
		if found(t, d, c...) {
			t.Errorf("false alarm: %s", c[len(c)-1].text)
		}
	}
}

// TestDepositOutsideBalanceViaTA: the deposit to the merchant's own account
// or outside the platform, only the balance through Trade Assurance, in
// every supported language; a deposit through the platform is clean.
func TestDepositOutsideBalanceViaTA(t *testing.T) {
	d := newDetector(t)
	deposits := map[string]string{
		"en": "We can do 30% deposit to our account outside, the balance 70% via TA ok?",
		"es": "Anticipo del 30% directo a nuestra cuenta, el resto por Trade Assurance.",
		"pt": "Sinal de 30% direto na nossa conta, o restante pelo Trade Assurance.",
		"fr": "Acompte 30% par virement hors Alibaba, le reste par Trade Assurance, d'accord ?",
		"de": "Anzahlung 30 % direkt auf unser Konto, der Rest über Trade Assurance.",
		"it": "Acconto del 30% direttamente sul nostro conto, il saldo con Trade Assurance.",
		"ru": "30% предоплата напрямую нам, остаток через Trade Assurance — так можно.",
		"tr": "%30 kapora doğrudan hesabımıza, kalanı Trade Assurance ile.",
		"ar": "عربون 30% تحويل مباشرة على حسابنا، والباقي عبر Trade Assurance.",
		"hi": "30% एडवांस सीधे हमारे बैंक में, बाकी Trade Assurance से — ठीक है?",
		"id": "DP 30% langsung ke rekening kami, sisanya lewat Trade Assurance.",
		"vi": "Cọc 30% chuyển thẳng cho bên em, 70% còn lại qua Trade Assurance được không ạ?",
		"th": "มัดจำ 30% โอนตรงเข้าบัญชีร้าน ที่เหลือผ่าน Trade Assurance ค่ะ",
		"ja": "前金30％は弊社口座へ直接、残り70％はTrade Assuranceで如何でしょうか。",
		"ko": "계약금 30%는 저희 계좌로 직접, 잔금은 Trade Assurance로 해주세요.",
		"zh": "定金30%直接打我们公司账户，尾款走信保。",
	}
	pass := 0
	var fails []string
	for lang, text := range deposits {
		if slices.Contains(lastCodes(t, d, buyer(r5TAAsk[lang]), seller(text)), ta) {
			pass++
		} else {
			fails = append(fails, lang+": "+text)
		}
	}
	rate(t, "deposit_outside_balance_ta", pass, len(deposits), fails, 0.85)
	for _, text := range []string{
		"Yes, 30% deposit and the balance, both through Trade Assurance.",
		"30% deposit by T/T through Alibaba.com Pay, the balance also under Trade Assurance.",
		"Sure, 30% deposit via Trade Assurance, balance before shipment via Trade Assurance too.",
		"Yes. Deposit 30%, balance 70% against B/L copy, all in the Trade Assurance order.",
		"Pode sim! Vou criar o pedido no Trade Assurance agora.",
		"Fiyatı 0,542 USD altına düşemiyoruz ama Trade Assurance olur, ek ücret yok.",
		"ما نقدر ننزل عن 4.44 دولار، بس الضمان التجاري عادي بدون أي رسوم إضافية.",
		"플랫폼 밖에서 결제하지 마세요. 주문 보호를 위해 Trade Assurance로만 결제해 주세요.",
		"กรุณาอย่าชำระเงินนอกแพลตฟอร์ม ชำระผ่าน Trade Assurance เท่านั้นเพื่อให้ออเดอร์ได้รับการคุ้มครองค่ะ",
		"La lettera di credito non si può fare per un importo così piccolo, ma Trade Assurance va bene.",
		"La lettre de crédit n'est pas possible pour un si petit montant, mais Trade Assurance nous convient.",
		"Carta de crédito não dá para esse valor, mas o Trade Assurance está ok.",
	} {
		if codes := lastCodes(t, d, buyer(r5TAAsk["en"]), seller(text)); len(codes) > 0 {
			t.Errorf("false alarm %v: %s", codes, text)
		}
	}
}

// TestSellerAsksWithoutChannel: the merchant asking how to reach the buyer
// directly, in a buyer's words and no channel named, steers off the
// platform; a video call or a chat "here" does not.
func TestSellerAsksWithoutChannel(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, price for 500 pcs?")
	checkFound(t, d, hello, true, []string{
		"how can I reach you directly?",
		"¿cómo te puedo contactar directamente?",
		"leave your contact and I will call you",
		"laissez-moi vos coordonnées, je vous appelle",
		"оставьте ваши контакты, я вам позвоню",
		"연락처 남겨주시면 전화드릴게요",
	})
	checkFound(t, d, hello, false, []string{
		"Kita bisa video call langsung di chat Alibaba ini buat lihat pabrik.",
		"可以直接在这个聊天窗口发起视频通话，带您看车间。",
		"여기 알리바바 채팅에서 바로 영상통화로 공장 보여드릴 수 있어요.",
		"We can do a video call right here in the Alibaba chat to show the factory.",
		"How can I help you today?",
		"How can we reach your port faster? Sea or rail?",
	})
}

// TestSearchOnAnotherMarketplace: the merchant's shop to find and chat with
// on another marketplace; the marketplaces named in ordinary trade talk stay
// clean.
func TestSearchOnAnotherMarketplace(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, price for 500 pcs?")
	checkFound(t, d, hello, true, []string{
		"cari nama toko kami di Shopee/Tokped: Huaxing, chat di sana bisa nego",
		"search our store 'Huaxing Official' on Amazon, message us there for a better price",
		"búscanos en Mercado Libre como 'TiendaHX', allí te hago descuento",
		"在淘宝搜我们店名\"华星旗舰店\"，那边聊",
		"В нашем магазине на Ozon дешевле, заказывайте там: ozon.ru/t/jcpjGx",
		"Shop bên mình trên Shopee rẻ hơn, đặt bên đó nhé: shp.ee/2CfzyrL",
		"En nuestra tienda de Mercado Libre sale más barato, compre allí: articulo.mercadolibre.com.mx/MLM-344570849",
		"我们淘宝店里更便宜，去那边下单：m.tb.cn/h.sVjPbf",
	})
	checkFound(t, d, hello, false, []string{
		"We supply many Amazon sellers with FBA labels.",
		"Our products sell well on Shopee in Indonesia.",
		"We can ship directly to your Amazon FBA warehouse.",
		"Please search 'Huaxing' on Alibaba to see our other products.",
	})
}

// TestFanPageInbox: writing to the merchant's Facebook page in the forms
// sellers use ("ib fanpage", "ทักแชทเพจเฟซบุ๊ก", "Facebook-Seite"); an inbox
// on the platform or a page mentioned in passing stays clean.
func TestFanPageInbox(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, price for 500 pcs?")
	checkFound(t, d, hello, true, []string{
		"ทักแชทเพจเฟซบุ๊ก Kaida ได้เลยค่ะ ตอบไวกว่า",
		"anh ib fanpage Kaida giúp em nhé",
		"Schreiben Sie uns auf unserer Facebook-Seite \"Kaida\"",
		"inbox our FB page Kaida Official for faster reply",
	})
	checkFound(t, d, hello, false, []string{
		"Please check your inbox, I sent the quotation here.",
		"I replied to your inquiry in the Alibaba inbox.",
		"The fan page of our brand has 10k followers.",
		"Die Facebook-Seite unserer Firma zeigt die Fabrik.",
		"This is an IB certified product, model IB-200.",
	})
}

// TestTAShippingAgainstUsual: shipping or a price with Trade Assurance set
// against the usual one ("380 with TA, normally 260"), in every supported
// language; two ways of shipping compared under Trade Assurance stay clean.
func TestTAShippingAgainstUsual(t *testing.T) {
	d := newDetector(t)
	for lang, text := range map[string]string{
		"en": "If TA, shipping becomes 380 USD, normal is 260.",
		"pt": "Pelo Trade Assurance o frete fica 380 USD, por transferência 260.",
		"tr": "Trade Assurance ile kargo ücreti 380 USD olur, havale ile 260.",
		"ar": "مع Trade Assurance الشحن يصير 380 دولار بدل 260.",
		"hi": "Trade Assurance से शिपिंग 380 USD होगी, वरना 260।",
		"id": "Kalau pakai Trade Assurance ongkirnya jadi 380 USD, biasanya 260.",
		"th": "ถ้าผ่าน Trade Assurance ค่าส่งจะเป็น 380 USD ปกติ 260 ค่ะ",
		"ja": "Trade Assuranceだと送料が380ドルになります（通常260ドル）。",
		"zh": "走信保的话运费要380美金，平时260。",
		"ru": "Через Trade Assurance доставка будет 380 долларов вместо 260.",
	} {
		if !slices.Contains(lastCodes(t, d, buyer(r5TAAsk[lang]), seller(text)), ta) {
			t.Errorf("missed %s: %s", lang, text)
		}
	}
	for _, text := range []string{
		"Sure, TA ok. Shipping 380 USD by express, normally 14 days.",
		"TA fine. Price 3.85 normally, 3.60 for 5000 pcs.",
		"Yes TA. Express 380 USD, sea normally 260 USD.",
		"可以走信保，运费380美金，平时海运260。",
		"We stopped using the old packaging; TA is fine.",
		"Sure, TA is fine, same price and same shipping.",
	} {
		if codes := lastCodes(t, d, buyer(r5TAAsk["en"]), seller(text)); len(codes) > 0 {
			t.Errorf("false alarm %v: %s", codes, text)
		}
	}
}

// TestDiscountForPayingTheBankDirectly: a discount for paying the merchant's
// bank directly, instead of Trade Assurance; a discount for paying through
// Trade Assurance is none.
func TestDiscountForPayingTheBankDirectly(t *testing.T) {
	d := newDetector(t)
	for lang, text := range map[string]string{
		"hi": "Trade Assurance की जगह सीधे हमारे बैंक में पेमेंट करें तो 4% छूट दूँगा।",
		"ko": "Trade Assurance 말고 저희 은행으로 직접 보내주시면 3% 할인해 드릴게요.",
		"id": "Kalau bayar langsung ke bank kami, bukan lewat Trade Assurance, saya kasih diskon 5%.",
		"de": "Das Treuhandverfahren dauert uns zu lange. Bitte per T/T direkt auf unser Firmenkonto zahlen.",
		"zh": "先付30%定金到我们银行账户，尾款再走信保。",
		"tr": "Önce %30 kaporayı banka havalesiyle, kalanını Trade Assurance ile ödeyin.",
		"es": "Este pedido no puede ir por Trade Assurance. Agrégame a WhatsApp +52 55 7963 9081 y allí vemos el pago.",
	} {
		if !slices.Contains(lastCodes(t, d, buyer(r5TAAsk[lang]), seller(text)), ta) {
			t.Errorf("missed %s: %s", lang, text)
		}
	}
	for _, text := range []string{
		"We offer 2% discount for payment through Trade Assurance by bank transfer.",
		"Our bank is HSBC; Trade Assurance orders get 2% off this month.",
	} {
		if codes := lastCodes(t, d, buyer(r5TAAsk["en"]), seller(text)); slices.Contains(codes, ta) {
			t.Errorf("false alarm %v: %s", codes, text)
		}
	}
}

// TestIntlNumberInThreePieces: an international number begun after the
// app's name and finished over two more messages is flagged as it grows; a
// quantity after a "+" stays one.
func TestIntlNumberInThreePieces(t *testing.T) {
	d := newDetector(t)
	for _, p := range [][]string{{"My WhatsApp is +86 135", "5937", "1985"}, {"WA +62 812", "3456", "7890"}} {
		turns := []turn{buyer("hi")}
		for _, x := range p {
			turns = append(turns, seller(x))
		}
		if !slices.Contains(lastCodes(t, d, turns...), op) {
			t.Errorf("last piece not flagged: %v", p)
		}
	}
	if found(t, d, buyer("hi"), seller("Order +86 135 pcs?"), seller("5937 units shipped")) {
		t.Error("false alarm: a quantity after a plus")
	}
}

// checkFound asserts for each text, written by the merchant after lead,
// whether it is flagged off the platform.
func checkFound(t *testing.T, d *message.Detector, lead turn, want bool, texts []string) {
	t.Helper()
	for _, text := range texts {
		switch got := found(t, d, lead, seller(text)); {
		case want && !got:
			t.Errorf("missed: %s", text)
		case !want && got:
			t.Errorf("false alarm: %s", text)
		}
	}
}
