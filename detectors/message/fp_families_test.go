package message_test

import "testing"

// fpBuCases are the Chinese words beginning with 不 that negate nothing
// (不错, 不仅, 不管, 不少, 不断 and their traditional forms) beside Trade
// Assurance: clean; and next to them the refusals and lures that must stay
// caught.
func fpBuCases() []gapCase {
	var cs []gapCase
	add := func(family, want string, texts ...string) {
		for _, s := range texts {
			cs = append(cs, gapCase{lang: "zh", family: family, turns: []turn{seller(s)}, want: want})
		}
	}
	for _, taName := range []string{"信保", "信用保障"} {
		add("bu-clean", "",
			"不仅可以"+taName+"下单，价格也不错",
			"不僅可以"+taName+"下單，價格也不錯",
			taName+"不错，我们很多客户都用",
			"我们不少客户用"+taName+"下单",
			taName+"订单不断增加",
			"不管多少数量都可以走"+taName,
			"不但可以走"+taName+"，还可以样品单",
		)
		add("bu-caught", ta,
			"不支持"+taName,
			taName+"不管用，请直接付款到银行卡",
			"价格不错，不过不能走"+taName,
			"不少客户都问，但我们不接受"+taName,
		)
	}
	add("bu-caught", op,
		"不管怎样加我微信",
		"不错，加我微信聊",
		"不少客户都加我微信下单",
	)
	return cs
}

func TestFPBuWords(t *testing.T) { runGapCases(t, fpBuCases()) }

// fpQR are a QR code scanned with an app to check the goods (authenticity,
// the manual, warranty registration) — clean — and next to each the QR code
// scanned to add the merchant, which stays caught. Not yet clean: ja
// "製品のQRコードをWeChatで読み取って真贋を確認してください", tr "Ürünün
// orijinalliğini … karekodu WeChat ile okutun"; not yet caught: hi "मुझे
// WeChat पर ऐड करने के लिए QR कोड स्कैन करें".
var fpQR = map[string][2][]string{
	"en": {{"Scan the QR code with WeChat to verify authenticity.", "Scan the QR code on the box with WeChat to verify authenticity.",
		"Scan the QR code on the product with WeChat to verify authenticity.", "Scan the QR code with your phone to see the manual.",
		"Scan the QR code on the package with WhatsApp for warranty registration."},
		{"Scan the QR code to add me on WeChat.", "Scan the QR code on the box to add our WeChat.", "Scan our WeChat QR code.",
			"Scan the QR code with WeChat.", "Scan the QR code in the pictures to add me.", "Scan the QR code on the box with WeChat.",
			"Scan the QR code on the label with WeChat for a discount."}},
	"zh": {{"用微信扫描产品上的防伪二维码验证真伪。", "用微信扫描防伪二维码验证真伪", "用微信扫一扫包装上的二维码查看说明书", "扫描防伪二维码验证真伪"},
		{"扫码加我微信。", "扫描二维码加我微信获取说明书"}},
	"es": {{"Escanea el código QR del producto con WeChat para verificar la autenticidad."}, {"Escanea el código QR para agregarme en WeChat."}},
	"pt": {{"Escaneie o código QR do produto com o WeChat para verificar a autenticidade."}, {"Escaneie o código QR para me adicionar no WeChat."}},
	"fr": {{"Scannez le code QR du produit avec WeChat pour vérifier l'authenticité."}, {"Scannez le code QR pour m'ajouter sur WeChat."}},
	"de": {{"Scannen Sie den QR-Code auf dem Produkt mit WeChat, um die Echtheit zu prüfen."}, {"Scannen Sie den QR-Code, um mich auf WeChat hinzuzufügen."}},
	"it": {{"Scansiona il codice QR sul prodotto con WeChat per verificarne l'autenticità."}, {"Scansiona il codice QR per aggiungermi su WeChat."}},
	"ru": {{"Отсканируйте QR-код на упаковке через WeChat, чтобы проверить подлинность товара."}, {"Отсканируйте QR-код, чтобы добавить меня в WeChat."}},
	"tr": {nil, {"Beni WeChat'te eklemek için karekodu okutun."}},
	"ar": {{"امسح رمز QR على المنتج باستخدام WeChat للتحقق من الأصالة."}, {"امسح رمز QR لإضافتي على WeChat."}},
	"hi": {{"प्रोडक्ट की असलियत जांचने के लिए WeChat से QR कोड स्कैन करें।"}, nil},
	"id": {{"Pindai kode QR pada produk dengan WeChat untuk memeriksa keaslian."}, {"Pindai kode QR untuk menambahkan saya di WeChat."}},
	"vi": {{"Quét mã QR trên sản phẩm bằng WeChat để kiểm tra hàng chính hãng."}, {"Quét mã QR để kết bạn WeChat với tôi."}},
	"th": {{"สแกนคิวอาร์โค้ดบนสินค้าด้วย WeChat เพื่อตรวจสอบของแท้"}, {"สแกนคิวอาร์โค้ดเพื่อแอด WeChat ของฉัน"}},
	"ja": {nil, {"QRコードを読み取ってWeChatで私を追加してください。"}},
	"ko": {{"제품의 QR코드를 WeChat으로 스캔하여 정품 인증을 확인하세요."}, {"QR코드를 스캔해서 WeChat으로 저를 추가해 주세요."}},
}

func fpQRCases() []gapCase {
	var cs []gapCase
	for lang, p := range fpQR {
		for _, s := range p[0] {
			cs = append(cs, gapCase{lang: lang, family: "qr-goods-clean", turns: []turn{seller(s)}})
		}
		for _, s := range p[1] {
			cs = append(cs, gapCase{lang: lang, family: "qr-add-caught", turns: []turn{seller(s)}, want: op})
		}
	}
	return cs
}

func TestFPQRGoods(t *testing.T) { runGapCases(t, fpQRCases()) }

// fpFeature are an app named as a feature of a device or program after a
// bare "add" (a feature request, firmware) — clean — and next to each the
// invitation with the same verb, which stays caught. Not yet clean: vi "Có
// thể thêm tính năng nhóm WhatsApp vào đồng hồ không?"; not yet caught: vi
// "Thêm tôi qua WhatsApp".
var fpFeature = map[string][2][]string{
	"en": {{"Add the WhatsApp group feature to the watch?", "Can you add the WeChat pay function to the firmware?", "Add WhatsApp feature",
		"Add WhatsApp features to the watch", "Add WhatsApp functionality to the watch"},
		{"Add our featured WhatsApp group", "Join the featured WhatsApp group for deals", "Add me on WhatsApp", "Add our WhatsApp group", "Add our WhatsApp group for new products", "Join our WhatsApp group, it has a feature list"}},
	"zh": {{"手表能加微信群功能吗？"}, {"加我微信", "加我们微信群"}},
	"es": {{"¿Pueden añadir la función de grupo de WhatsApp al reloj?"}, {"Agrégame en WhatsApp"}},
	"pt": {{"Podem adicionar a função de grupo do WhatsApp ao relógio?"}, {"Me adicione no WhatsApp"}},
	"fr": {{"Pouvez-vous ajouter la fonction groupe WhatsApp à la montre ?"}, {"Ajoutez-moi sur WhatsApp"}},
	"de": {{"Können Sie die WhatsApp-Gruppenfunktion zur Uhr hinzufügen?"}, {"Fügen Sie mich auf WhatsApp hinzu"}},
	"it": {{"Puoi aggiungere la funzione gruppo WhatsApp all'orologio?"}, {"Aggiungimi su WhatsApp"}},
	"ru": {{"Можно добавить функцию группы WhatsApp в часы?"}, {"Добавьте меня в WhatsApp"}},
	"tr": {{"Saatin WhatsApp grup özelliği eklenebilir mi?"}, {"Beni WhatsApp'tan ekleyin"}},
	"ar": {{"هل يمكن إضافة ميزة مجموعة WhatsApp إلى الساعة؟"}, {"أضفني على WhatsApp"}},
	"hi": {{"क्या घड़ी में WhatsApp ग्रुप फीचर जोड़ सकते हैं?"}, {"मुझे WhatsApp पर ऐड करें"}},
	"id": {{"Bisa tambahkan fitur grup WhatsApp ke jam tangan?"}, {"Tambahkan saya di WhatsApp"}},
	"th": {{"สามารถเพิ่มฟีเจอร์กลุ่ม WhatsApp ในนาฬิกาได้ไหม"}, {"แอดฉันทาง WhatsApp"}},
	"ja": {{"時計にWhatsAppグループ機能を追加できますか？"}, {"WhatsAppで追加してください"}},
	"ko": {{"시계에 WhatsApp 그룹 기능을 추가할 수 있나요?"}, {"WhatsApp으로 추가해 주세요"}},
}

func fpFeatureCases() []gapCase {
	var cs []gapCase
	for lang, p := range fpFeature {
		for _, s := range p[0] {
			cs = append(cs, gapCase{lang: lang, family: "feature-clean", turns: []turn{seller(s)}})
		}
		for _, s := range p[1] {
			cs = append(cs, gapCase{lang: lang, family: "feature-add-caught", turns: []turn{seller(s)}, want: op})
		}
	}
	return cs
}

func TestFPAppFeature(t *testing.T) { runGapCases(t, fpFeatureCases()) }

// fpSite are an official website owned by someone other than the merchant
// (a standard, a manufacturer) — clean — and next to them the merchant's own
// official website with an offer or a form, which stays caught; a
// manufacturer's site stays caught too (the merchant is often the
// manufacturer). Not yet caught: zh "我们官网有特价".
var fpSite = map[string][2][]string{
	"en": {{"The official website of the standard (ISO) lists special test prices.", "The official website of the certification body has special test prices."},
		{"We are the manufacturer. The official website of the manufacturer has special prices.", "Our official website has special prices", "visit our official website and fill in the form", "The official website has special prices",
			"Check the official website for standard and special prices", "Visit the official website, standard shipping is cheaper there"}},
	"zh": {{"ISO标准官网上有特价测试费用。"}, nil},
	"es": {{"El sitio web oficial de la norma ISO tiene precios especiales para las pruebas."}, {"Nuestro sitio web oficial tiene precios especiales."}},
	"fr": {{"Le site officiel de la norme ISO affiche des prix spéciaux pour les tests."}, {"Notre site officiel propose des prix spéciaux.",
		"Visitez le site officiel ce week-end pour des prix spéciaux.", "Visitez ce site officiel pour des prix spéciaux."}},
	"de": {{"Die offizielle Website der Norm zeigt Sonderpreise für Prüfungen."}, {"Unsere offizielle Website hat Sonderpreise."}},
	"ru": {{"Официальный сайт стандарта показывает специальные цены на испытания."}, {"На нашем официальном сайте специальные цены."}},
	"ja": {{"規格の公式サイトに特別価格が載っています。"}, {"弊社の公式サイトに特別価格があります。"}},
	"ko": {nil, {"저희 공식 웹사이트에 특가가 있습니다."}},
}

func fpSiteCases() []gapCase {
	var cs []gapCase
	for lang, p := range fpSite {
		for _, s := range p[0] {
			cs = append(cs, gapCase{lang: lang, family: "site-other-clean", turns: []turn{seller(s)}})
		}
		for _, s := range p[1] {
			cs = append(cs, gapCase{lang: lang, family: "site-own-caught", turns: []turn{seller(s)}, want: op})
		}
	}
	return cs
}

func TestFPOtherSite(t *testing.T) { runGapCases(t, fpSiteCases()) }

// fpTACharge are a plain shipping charge with Trade Assurance named as the
// way of paying in the next clause — clean — and next to each a sum charged
// for Trade Assurance, which stays caught. Not yet clean: vi "Phí vận chuyển
// 150 USD, thanh toán qua Trade Assurance."; not yet caught: hi "Trade
// Assurance के लिए 3% एक्स्ट्रा चार्ज लगेगा।".
var fpTACharge = map[string][2][]string{
	"en": {{"We charge 150 USD shipping, payment via Trade Assurance.", "We will charge 150 USD shipping, payment via Trade Assurance."},
		{"We charge 3% extra for Trade Assurance.", "With Trade Assurance we charge 150 USD more shipping", "We charge 5% for Trade Assurance",
			"For Trade Assurance orders we charge 5%", "We charge a 5% fee for Trade Assurance", "We charge for Trade Assurance",
			"There is a 5% charge for Trade Assurance"}},
	"zh": {{"运费收150美元，付款走信保。"}, {"走信保要多收3%。"}},
	"es": {{"Cobramos 150 USD de envío, pago por Trade Assurance."}, {"Cobramos un 3% extra por Trade Assurance."}},
	"pt": {{"Cobramos 150 USD de frete, pagamento via Trade Assurance."}, {"Cobramos 3% a mais pelo Trade Assurance."}},
	"fr": {{"Nous facturons 150 USD de livraison, paiement via Trade Assurance."}, {"Nous facturons 3% de plus pour Trade Assurance."}},
	"de": {{"Wir berechnen 150 USD Versand, Zahlung über Trade Assurance."}, {"Für Trade Assurance berechnen wir 3% extra."}},
	"it": {{"Addebitiamo 150 USD di spedizione, pagamento tramite Trade Assurance."}, {"Addebitiamo il 3% in più per Trade Assurance."}},
	"ru": {{"Берём 150 USD за доставку, оплата через Trade Assurance."}, {"За Trade Assurance берём на 3% больше."}},
	"tr": {{"Kargo için 150 USD alıyoruz, ödeme Trade Assurance ile."}, {"Trade Assurance için %3 ekstra ücret alıyoruz."}},
	"ar": {{"نتقاضى 150 دولار للشحن، والدفع عبر Trade Assurance."}, {"نتقاضى 3% إضافية مقابل Trade Assurance."}},
	"hi": {{"शिपिंग के 150 USD लगेंगे, पेमेंट Trade Assurance से।"}, nil},
	"id": {{"Kami kenakan ongkir 150 USD, pembayaran lewat Trade Assurance."}, {"Untuk Trade Assurance kami kenakan biaya tambahan 3%."}},
	"vi": {nil, {"Thanh toán qua Trade Assurance phải trả thêm 3%."}},
	"th": {{"ค่าส่ง 150 USD ชำระเงินผ่าน Trade Assurance"}, {"ถ้าใช้ Trade Assurance ต้องจ่ายเพิ่ม 3%"}},
	"ja": {{"送料は150 USDです。お支払いはTrade Assuranceで。"}, {"Trade Assuranceの場合は3%追加料金がかかります。"}},
	"ko": {{"배송비 150 USD이며 결제는 Trade Assurance로 합니다."}, {"Trade Assurance는 3% 추가 요금이 있습니다."}},
}

func fpTAChargeCases() []gapCase {
	var cs []gapCase
	for lang, p := range fpTACharge {
		for _, s := range p[0] {
			cs = append(cs, gapCase{lang: lang, family: "charge-shipping-clean", turns: []turn{seller(s)}})
		}
		for _, s := range p[1] {
			cs = append(cs, gapCase{lang: lang, family: "charge-for-ta-caught", turns: []turn{seller(s)}, want: ta})
		}
	}
	return cs
}

func TestFPTACharge(t *testing.T) { runGapCases(t, fpTAChargeCases()) }
