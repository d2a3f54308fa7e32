package message_test

import (
	"slices"
	"strings"
	"testing"
)

// Round five: the families a fifth blind set missed, each generated in the
// supported languages with near misses that stay clean (the number finished
// after the buyer's turn is in split_turns_test.go).
//   - Trade Assurance "under maintenance" or "out of its limit this month",
//     with another way of paying in its place;
//   - Trade Assurance for the deposit only, the balance to a personal account;
//   - a whole-number price above the merchant's quote after the buyer asked
//     for Trade Assurance, also with the quote restated for T/T;
//   - a QR code in a product photo, to go on talking there (also after a
//     German or Turkish ordinal's dot, which ends no sentence);
//   - a capitalised name to search on a social app;
//   - "our site" with an invitation, in the languages beyond English;
//   - a handle after a CJK verb and a colon ("Skypeでお願いします：…");
//   - the buyer's own request with the possessive glued on ("e-postanızı",
//     "emailnya"), and the merchant asking the buyer's details for an invoice.

// r5TAAsk is the buyer's request to pay with Trade Assurance.
var r5TAAsk = map[string]string{
	"en": "Can I pay with Trade Assurance?", "es": "¿Puedo pagar con Trade Assurance?",
	"pt": "Posso pagar pelo Trade Assurance?", "fr": "Je peux payer avec Trade Assurance ?",
	"de": "Kann ich über Trade Assurance bezahlen?", "it": "Posso pagare con Trade Assurance?",
	"ru": "Можно оплатить через Trade Assurance?", "tr": "Trade Assurance ile ödeyebilir miyim?",
	"id": "Bisa bayar pakai Trade Assurance?", "vi": "Tôi thanh toán qua Trade Assurance được không?",
	"zh": "可以走信用保障下单吗？", "ja": "Trade Assuranceで支払えますか？", "ko": "Trade Assurance로 결제 가능한가요?",
	"ar": "هل يمكنني الدفع عبر Trade Assurance؟", "hi": "क्या मैं Trade Assurance से payment कर सकता हूँ?",
	"th": "จ่ายผ่าน Trade Assurance ได้ไหมครับ",
}

// r5Unavailable say Trade Assurance is down or out of its limit; %s is the
// way of paying put in its place.
var r5Unavailable = map[string][]string{
	"en": {"Trade Assurance is under maintenance, kindly pay by %s.", "Our Trade Assurance limit is full this month, please pay by %s."},
	"es": {"Trade Assurance está en mantenimiento, paga por %s porfa.", "El límite de Trade Assurance está lleno este mes, paga por %s."},
	"pt": {"O Trade Assurance está em manutenção, paga por %s.", "Nosso limite do Trade Assurance acabou este mês, paga por %s por favor."},
	"fr": {"Trade Assurance est en maintenance, payez par %s svp.", "Notre plafond Trade Assurance est atteint ce mois-ci, payez par %s."},
	"de": {"Trade Assurance ist gerade in Wartung, bitte per %s zahlen.", "Unser Trade-Assurance-Limit ist diesen Monat voll, bitte per %s zahlen."},
	"it": {"Trade Assurance è in manutenzione, pagate con %s per favore.", "Il limite di Trade Assurance è esaurito questo mese, pagate con %s."},
	"ru": {"Trade Assurance сейчас на обслуживании, оплатите через %s.", "Лимит Trade Assurance на этот месяц исчерпан, оплатите через %s."},
	"tr": {"Trade Assurance şu an bakımda, lütfen %s ile ödeyin.", "Bu ay Trade Assurance limitimiz doldu, %s ile ödeme yapın lütfen."},
	"id": {"Trade Assurance lagi maintenance, bayar via %s ya kak.", "Limit Trade Assurance bulan ini sudah penuh, bayar via %s ya kak."},
	"vi": {"Trade Assurance đang bảo trì, anh thanh toán qua %s nhé.", "Hạn mức Trade Assurance tháng này đã đầy, thanh toán qua %s nhé."},
	"zh": {"信保系统维护中，麻烦%s付款吧。", "这个月信保额度用完了，麻烦%s付款吧。"},
	"ja": {"Trade Assuranceは現在メンテナンス中です、%sでお支払いください。", "今月のTrade Assuranceの枠がいっぱいなので、%sでお支払いください。"},
	"ko": {"Trade Assurance가 점검 중이에요, %s로 결제 부탁드려요.", "이번 달 Trade Assurance 한도가 다 찼어요, %s로 결제 부탁드려요."},
	"ar": {"Trade Assurance تحت الصيانة، ادفع عن طريق %s من فضلك.", "رصيد Trade Assurance لهذا الشهر انتهى، ادفع عن طريق %s من فضلك."},
	"hi": {"Trade Assurance अभी मेंटेनेंस में है, %s से payment कर दीजिए।", "इस महीने Trade Assurance की लिमिट पूरी हो गई, %s से भुगतान करें।"},
	"th": {"Trade Assurance ปิดปรับปรุงอยู่ รบกวนจ่ายผ่าน %s ค่ะ", "วงเงิน Trade Assurance เดือนนี้เต็มแล้ว รบกวนจ่ายผ่าน %s ค่ะ"},
}

// r5DepositOnly put only the deposit through Trade Assurance.
var r5DepositOnly = map[string]string{
	"en": "Only the 30% deposit can go through Trade Assurance, the balance to my personal account.",
	"es": "Por Trade Assurance solo el anticipo del 30%, el saldo a mi cuenta personal.",
	"pt": "Pelo Trade Assurance só o sinal de 30%, o resto na minha conta pessoal.",
	"fr": "Par Trade Assurance seulement l'acompte de 30 %, le solde sur mon compte perso.",
	"de": "Über Trade Assurance nur die Anzahlung von 30 %, der Rest auf mein Privatkonto.",
	"it": "Con Trade Assurance solo l'acconto del 30%, il saldo sul mio conto personale.",
	"ru": "Через Trade Assurance только 30% предоплаты, остаток — на мою личную карту.",
	"tr": "Trade Assurance ile sadece %30 kapora, kalanı kişisel hesabıma.",
	"id": "Lewat Trade Assurance cuma DP 30%, sisanya ke rekening pribadi saya.",
	"vi": "Qua Trade Assurance chỉ đặt cọc 30%, còn lại chuyển vào tài khoản cá nhân của em.",
	"zh": "信保只能付30%定金，尾款要打我私人账户。",
	"ja": "Trade Assuranceは30%の前金だけで、残りは個人口座にお願いします。",
	"ko": "Trade Assurance로는 계약금 30%만 되고, 잔금은 개인 계좌로 보내주세요.",
	"ar": "عبر Trade Assurance فقط العربون 30%، والباقي على حسابي الشخصي.",
	"hi": "Trade Assurance से सिर्फ 30% advance, बाकी मेरे personal account में।",
	"th": "ผ่าน Trade Assurance ได้แค่มัดจำ 30% ที่เหลือโอนเข้าบัญชีส่วนตัว",
}

func TestTAUnavailableAndDepositOnly(t *testing.T) {
	d := newDetector(t)
	ways := []string{"PayPal", "Western Union"}
	pass, total := 0, 0
	var fails []string
	for lang, tpls := range r5Unavailable {
		for _, tpl := range tpls {
			for _, w := range ways {
				text := strings.Replace(tpl, "%s", w, 1)
				total++
				if slices.Contains(lastCodes(t, d, buyer(r5TAAsk[lang]), seller(text)), ta) {
					pass++
				} else {
					fails = append(fails, lang+": "+text)
				}
			}
		}
	}
	rate(t, "ta_unavailable_pay_other", pass, total, fails, 0.95)

	pass, total, fails = 0, 0, nil
	for lang, text := range r5DepositOnly {
		total++
		if slices.Contains(lastCodes(t, d, buyer(r5TAAsk[lang]), seller(text)), ta) {
			pass++
		} else {
			fails = append(fails, lang+": "+text)
		}
	}
	rate(t, "ta_deposit_only", pass, total, fails, 0.9)

	for _, c := range [][]turn{
		{buyer("Can I pay with Trade Assurance?"), seller("Trade Assurance is under maintenance for an hour, please try again later.")},
		{buyer("Can I pay with PayPal?"), seller("Our PayPal limit is full this month, please pay by Trade Assurance.")},
		{buyer("Can I pay with Trade Assurance?"), seller("Yes, 30% deposit and the balance, both through Trade Assurance.")},
		{buyer("可以走信用保障下单吗？"), seller("可以，定金和尾款都走信保。")},
		{buyer("Can I pay with Trade Assurance?"), seller("Sure. Our warehouse is full this month, so delivery takes 20 days.")},
	} {
		if slices.Contains(lastCodes(t, d, c...), ta) {
			t.Errorf("false alarm: %s || %s", c[0].text, c[1].text)
		}
	}
}

// TestTAWholePriceAboveQuote: bulk goods are quoted in whole numbers ("1068
// USD/ton"); the price named after the buyer asked for Trade Assurance is
// read against it, also when the quote is restated for T/T.
func TestTAWholePriceAboveQuote(t *testing.T) {
	d := newDetector(t)
	quotes := []struct{ quote, ask, above, restated, same, other string }{
		{"Long grain rice 1068 USD/ton, MOQ 1 ton.", "Can I order with Trade Assurance?", "Yes, 1181 USD/ton.",
			"With Trade Assurance the unit price is 1181 USD, not 1068; by T/T it stays 1068.",
			"Yes sure, 1068 USD/ton.", "Yes, for 20 tons it is 1181 USD/ton."},
		{"亲，long grain rice单价1068美金/吨，起订量1吨。", "可以走信用保障下单吗？", "走信保的话要1181美金一吨。",
			"走信保的话单价1181美金，不是1068，电汇还是1068。", "可以的，还是1068美金一吨。", "20吨的话1181美金一吨。"},
		{"Arroz 1068 USD/tonelada, pedido mínimo 1 tonelada.", "¿Puedo pedir con Trade Assurance?", "Sí, 1181 USD/tonelada.",
			"Con Trade Assurance 1181 USD, no 1068; por transferencia sigue 1068.", "Sí, 1068 USD/tonelada.",
			"Para 20 toneladas son 1181 USD/tonelada."},
		{"Solar street light $450/set, MOQ 1 set.", "Can I pay with Trade Assurance?", "OK, $520/set then.",
			"With Trade Assurance $520, not 450; by T/T still 450.", "OK, $450/set.", "For 50 sets it is $520/set."},
	}
	for _, q := range quotes {
		for _, tc := range []struct {
			reply string
			want  bool
		}{{q.above, true}, {q.restated, true}, {q.same, false}, {q.other, false}} {
			got := slices.Contains(lastCodes(t, d, seller(q.quote), buyer(q.ask), seller(tc.reply)), ta)
			if got != tc.want {
				t.Errorf("%s || %s: got %v, want %v", q.quote, tc.reply, got, tc.want)
			}
		}
	}
}

var r5QRPhoto = map[string]string{
	"en": "Chat here is slow, scan the QR code in the 3rd product photo and we talk there",
	"es": "Aquí el chat va lento, escanea el código QR de la 3ª foto del producto y hablamos por allá ;)",
	"pt": "O chat aqui é lento, escaneie o código QR na terceira foto do produto e conversamos lá",
	"fr": "Le chat est lent ici, scannez le code QR sur la troisième photo du produit et on parle là-bas",
	"it": "Qui la chat è lenta, scansiona il codice QR nella terza foto del prodotto e parliamo lì",
	"hi": "यहाँ chat slow है, product की तीसरी photo पर QR code scan करो, वहीं बात करेंगे",
	"id": "Chat di sini lambat, scan kode QR di foto produk ketiga, kita ngobrol di sana",
	"zh": "这里聊天太慢，扫一下第三张产品图片里的二维码，我们在那边聊",
	// the ordinal's dot ends no sentence ("auf dem 3. Produktfoto")
	"de": "Der Chat hier ist langsam, scannen Sie den QR-Code auf dem 3. Produktfoto, dann reden wir dort",
	"tr": "Burada sohbet yavaş, 3. fotoğraftaki QR kodu tarayın, orada konuşalım",
}

var r5QRPhotoClean = []string{
	"Scan the QR code on the product label to check it is genuine.",
	"Escanea el código QR de la etiqueta del producto para verificar que es original.",
	"The QR code in the product photo is printed on every box.",
}

var r5SearchName = map[string]string{
	"en": "Search Topway Grace on TikTok, the price list is there",
	"pt": "Procura Topway Grace no TikTok, a tabela de preços tá lá",
	"es": "Busca Topway Grace en Instagram, ahí está la lista de precios",
	"ar": "ابحث عن Topway Lily في Instagram وستجدني، قائمة الأسعار هناك",
	"id": "Cari Everbright Andi di Facebook kak, pricelist ada di sana",
	"fr": "Cherchez Everbright Lucie sur Facebook, les prix sont là-bas",
	"ru": "Найдите Topway Anna в Instagram, там прайс",
}

var r5SearchNameClean = []string{
	"Search LED Strip in our store, all models are there.",
	"We are also on TikTok, but please order here.",
	"Busca Topway en Alibaba, es nuestra tienda oficial.",
}

var r5OurSite = map[string]string{
	"pt": "Entra no nosso site www.everbright-ceramic.com e deixa mensagem, respondemos mais rápido",
	"es": "Visita nuestra web www.everbright-ceramic.com y déjanos un mensaje",
	"de": "Besuchen Sie unsere Website www.everbright-ceramic.com und schreiben Sie uns dort",
	"it": "Visitate il nostro sito www.everbright-ceramic.com e lasciate un messaggio",
	"ru": "Зайдите на наш сайт www.everbright-ceramic.com и оставьте сообщение",
	"tr": "Web sitemiz www.everbright-ceramic.com, ziyaret edin ve mesaj bırakın",
}

var r5OurSiteClean = []string{
	"Nosso site está em manutenção, mas pode pedir aqui normalmente.",
	"The buyer's website is www.example.com, we will print it on the box.",
}

var r5CJKHandles = []string{
	"実物写真や工場の動画はワッツアップで送ります：eric_tang64",
	"こんにちは、詳細はSkypeでお願いします：live:.cid.59ee2afea344",
	"詳しくはWeChatで連絡してください：hx_hair2026",
	"카톡으로 연락주세요: eric_tang64",
	"微信联系我：hx_hair2026",
}

var r5CJKHandlesClean = []string{"Skypeでお願いします：明日の10時はいかがですか", "サンプルは明日送ります：追跡番号はプラットフォームで確認できます"}

func TestRoundFiveLures(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, how much for 500 pcs?")
	groups := []struct {
		name  string
		texts []string
		want  bool
	}{
		{"qr_product_photo", values(r5QRPhoto), true},
		{"qr_product_photo_clean", r5QRPhotoClean, false},
		{"search_name_on_app", values(r5SearchName), true},
		{"search_name_clean", r5SearchNameClean, false},
		{"our_site_invite", values(r5OurSite), true},
		{"our_site_clean", r5OurSiteClean, false},
		{"cjk_verb_colon_handle", r5CJKHandles, true},
		{"cjk_verb_colon_clean", r5CJKHandlesClean, false},
	}
	for _, g := range groups {
		pass := 0
		var fails []string
		for _, text := range g.texts {
			if found(t, d, hello, seller(text)) == g.want {
				pass++
			} else {
				fails = append(fails, text)
			}
		}
		want := 0.85
		if !g.want {
			want = 1
		}
		rate(t, g.name, pass, len(g.texts), fails, want)
	}
}

// TestRoundFiveAsksAndPaperwork: a buyer's request written with the
// possessive glued on allows the merchant's reply; the merchant asking the
// buyer's phone and e-mail for the invoice is paperwork, in every language.
func TestRoundFiveAsksAndPaperwork(t *testing.T) {
	d := newDetector(t)
	for _, c := range [][]turn{
		{buyer("Minta emailnya, saya kirim gambar teknisnya."), seller("Halo kak, harga 2.01 USD/pcs."), buyer("Bisa minta sampel dulu?"),
			seller("Soal pertanyaan tadi, email saya andi.prat22@outlook.com, gambarnya kirim ke situ ya.")},
		{buyer("E-postanızı verir misiniz, çizimleri göndereyim."), seller("Merhaba, 3.49 USD/metre."), buyer("Önce numune alabilir miyim?"),
			seller("Az önce sorduğunuz e-posta: ayse.demi94@126.com, çizimleri oraya atabilirsiniz.")},
		{buyer("Emailinizi verir misiniz?"), seller("e-postam ayse.demi94@126.com")},
		{buyer("좋아요, 살게요. 인보이스 준비해 주세요."), seller("견적 송장(PI) 발행을 위해 회사명, 주소, 전화번호, 이메일 보내주세요.")},
		{buyer("Gut, ich kaufe."), seller("Für die Proforma-Rechnung schicken Sie mir bitte Firmenname, Adresse, Telefonnummer und E-Mail.")},
		{buyer("Tamam, alıyorum."), seller("Proforma fatura için firma adı, adres, telefon ve e-posta gönderin lütfen.")},
		{buyer("OK mua."), seller("Để xuất hóa đơn, anh gửi giúp em tên công ty, địa chỉ, số điện thoại và email nhé.")},
	} {
		if found(t, d, c...) {
			t.Errorf("false alarm: %s", c[len(c)-1].text)
		}
	}
	// Unasked, the same values are lures.
	for _, text := range []string{"e-postam ayse.demi94@126.com", "emailnya andi.prat22@outlook.com ya kak", "Chat WA-nya aja kak 081234567890"} {
		if !found(t, d, buyer("Merhaba / halo"), seller(text)) {
			t.Errorf("missed: %s", text)
		}
	}
	// The nukta is optional in Hindi: both spellings read alike.
	for _, text := range []string{"TA order हो जाएगा, लेकिन freight 60 USD ज़्यादा लगेगा।", "TA order हो जाएगा, लेकिन freight 60 USD ज्यादा लगेगा।"} {
		if !slices.Contains(lastCodes(t, d, buyer(r5TAAsk["hi"]), seller(text)), ta) {
			t.Errorf("missed: %s", text)
		}
	}
}

func values(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}
