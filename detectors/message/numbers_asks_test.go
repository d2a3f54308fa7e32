package message_test

import (
	"strings"
	"testing"
)

// Asking for someone's phone, WhatsApp or e-mail, read both ways. A merchant
// asking for the buyer's contact on its own initiative is a lure; a buyer
// asking for the merchant's ("give/send me a phone, your e-mail") is a
// request, and the merchant's answer with its contact is then clean. Generated:
// languages × contact nouns × templates; near misses: the merchant asking for
// the delivery address, the company name or the platform's order number, or
// for the number after the buyer asked for a call; the buyer asking for a
// price, a catalogue or a sample (the merchant answering with a contact stays
// a lure).

// askNouns are "your phone / WhatsApp / e-mail" in each language, as the
// templates of askSeller use them.
var askNouns = map[string][]string{
	"en": {"your mobile number", "your WhatsApp", "your email"},
	"es": {"tu número de móvil", "tu WhatsApp", "tu correo"},
	"pt": {"seu número de celular", "seu WhatsApp", "seu e-mail"},
	"fr": {"votre numéro de portable", "votre WhatsApp", "votre e-mail"},
	"it": {"il suo numero di cellulare", "il suo WhatsApp", "la sua email"},
	"de": {"Ihre Handynummer", "Ihre WhatsApp-Nummer", "Ihre E-Mail-Adresse"},
	"ru": {"свой номер телефона", "свой WhatsApp", "свою почту"},
	"tr": {"cep numaranızı", "WhatsApp numaranızı", "e-posta adresinizi"},
	"ar": {"رقم جوالك", "واتسابك", "بريدك الإلكتروني"},
	"hi": {"अपना मोबाइल नंबर", "अपना व्हाट्सएप नंबर", "अपना ईमेल"},
	"id": {"nomor HP Anda", "WhatsApp Anda", "email Anda"},
	"vi": {"số điện thoại của bạn", "WhatsApp của bạn", "email của bạn"},
	"th": {"เบอร์โทรของคุณ", "WhatsApp ของคุณ", "อีเมลของคุณ"},
	"zh": {"您的手机号", "你的WhatsApp", "你的邮箱"},
	"ja": {"携帯番号", "WhatsApp", "メールアドレス"},
	"ko": {"휴대폰 번호", "왓츠앱", "이메일 주소"},
}

// askSeller are a merchant's requests for the buyer's contact: {C} is a noun
// of askNouns.
var askSeller = map[string][]string{
	"en": {"Leave me {C}, I'll call you tomorrow.", "Please send me {C} and I will contact you.",
		"Could you give me {C}? I'll send you the details.", "What's {C}? I'll send you the price list."},
	"es": {"Déjame {C}, te llamo mañana.", "Pásame {C} y te escribo.", "¿Me puedes dar {C}? Te envío los detalles.",
		"Envíame {C}, por favor."},
	"pt": {"Deixe {C}, eu ligo amanhã.", "Me passa {C} que eu te chamo.", "Pode me dar {C}?", "Me mande {C}, por favor."},
	"fr": {"Laissez-moi {C}, je vous appelle demain.", "Donnez-moi {C}, je vous envoie le catalogue.",
		"Pouvez-vous me donner {C} ?", "Envoyez-moi {C} s'il vous plaît."},
	"it": {"Mi lasci {C}, la chiamo domani.", "Mi dia {C}, le scrivo io.", "Mi può dare {C}?", "Mi mandi {C}, per favore."},
	"de": {"Lassen Sie mir {C} da, ich rufe Sie morgen an.", "Geben Sie mir {C}, ich schicke Ihnen den Katalog.",
		"Können Sie mir {C} schicken?", "Schicken Sie mir bitte {C}."},
	"ru": {"Оставьте {C}, я позвоню вам завтра.", "Дайте {C}, я вам напишу.", "Пришлите, пожалуйста, {C}.",
		"Скиньте {C}, отправлю каталог."},
	"tr": {"{C} bırakın, yarın sizi arayacağım.", "{C} verir misiniz? Size yazayım.", "{C} gönderir misiniz?",
		"Lütfen {C} paylaşın, kataloğu göndereyim."},
	"ar": {"اترك لي {C} وسأتصل بك غدًا.", "أرسل لي {C} وسأرسل لك الكتالوج.", "ممكن تعطيني {C}؟", "شاركني {C} من فضلك."},
	"hi": {"{C} दे दीजिए, मैं कल कॉल करूंगा।", "{C} भेजिए, मैं कैटलॉग भेज दूंगा।", "कृपया {C} बताइए।", "{C} भेज दीजिए।"},
	"id": {"Tinggalkan {C}, besok saya telepon.", "Kirim {C}, saya kirim katalognya.", "Boleh minta {C}?", "Tolong berikan {C}."},
	"vi": {"Cho mình xin {C}, mai mình gọi nhé.", "Gửi {C} cho tôi, tôi gửi catalogue.", "Bạn để lại {C} nhé.",
		"Bạn có thể cho tôi {C} không?"},
	"th": {"ฝาก{C}ไว้ได้ไหม พรุ่งนี้จะโทรหา", "ขอ{C}หน่อย จะส่งแคตตาล็อกให้", "ส่ง{C}มาหน่อยค่ะ"},
	"zh": {"留下{C}，我明天给您打电话。", "把{C}发给我，我加你。", "可以告诉我{C}吗？", "请提供{C}，我发目录给你。"},
	"ja": {"{C}を教えてください、明日お電話します。", "{C}を教えていただけますか？カタログを送ります。", "{C}を送ってください。"},
	"ko": {"{C} 남겨주세요, 내일 전화드릴게요.", "{C} 알려주시면 카탈로그 보내드릴게요.", "{C} 주시겠어요?"},
}

// askSellerMore are more phrasings of the merchant's request: "what is your
// number", "do you have …, pass it to me".
var askSellerMore = map[string][]string{
	"en": {"Can I have your WhatsApp number? I'll send you the video there."},
	"es": {"¿Tienes WhatsApp? Pásamelo y te mando fotos.", "Mándame tu número y te llamo."},
	"fr": {"Tu peux me filer ton numéro ? Je t'appelle ce soir.", "Vous avez un numéro de téléphone ? Je vous appelle demain."},
	"pt": {"Qual é o seu número de telefone? Ligo amanhã.", "Me passa teu zap que te mando o vídeo."},
	"it": {"Mi lasci un recapito telefonico, la richiamo."},
	"de": {"Haben Sie eine Handynummer für mich? Ich rufe Sie an."},
	"ru": {"Какой у вас номер WhatsApp? Я напишу."},
	"tr": {"Telefon numaranız nedir? Sizi arayayım."},
	"ar": {"ما هو رقم هاتفك؟ سأتصل بك."},
	"hi": {"आपका फोन नंबर क्या है? मैं कॉल करता हूं।"},
	"id": {"Nomor WA kakak berapa? Nanti saya chat."},
	"vi": {"Số Zalo của anh là gì ạ? Em nhắn cho."},
	"th": {"เบอร์โทรของคุณคืออะไรคะ จะโทรไป"},
	"zh": {"你手机号多少？我打给你。"},
	"ja": {"電話番号は何番ですか？お電話します。"},
	"ko": {"전화번호가 어떻게 되세요? 전화드릴게요."},
}

// askSellerClean are a merchant's requests for what is no contact: the
// delivery address, the company name, the platform's order number.
var askSellerClean = map[string][]string{
	"en": {"Please send me your delivery address.", "What is your company name?", "Please send me your order number."},
	"es": {"Envíeme su dirección de entrega, por favor.", "¿Cuál es el nombre de su empresa?", "Dame tu número de pedido por favor."},
	"pt": {"Me mande seu endereço de entrega.", "Qual é o nome da sua empresa?", "Me passa o número do pedido."},
	"fr": {"Envoyez-moi votre adresse de livraison.", "Quel est le nom de votre société ?", "Donnez-moi votre numéro de commande."},
	"it": {"Mi mandi il suo indirizzo di consegna.", "Qual è il nome della sua azienda?", "Mi dia il suo numero d'ordine."},
	"de": {"Schicken Sie mir bitte Ihre Lieferadresse.", "Wie heißt Ihre Firma?", "Geben Sie mir Ihre Bestellnummer."},
	"ru": {"Пришлите ваш адрес доставки.", "Как называется ваша компания?", "Скиньте номер заказа."},
	"tr": {"Teslimat adresinizi gönderir misiniz?", "Firma adınız nedir?", "Sipariş numaranızı verir misiniz?"},
	"ar": {"أرسل لي عنوان التوصيل", "ما اسم شركتك؟", "أرسل لي رقم طلبك"},
	"hi": {"अपना डिलीवरी पता भेजिए", "आपकी कंपनी का नाम क्या है?", "अपना ऑर्डर नंबर दीजिए"},
	"id": {"Kirim alamat pengiriman Anda", "Apa nama perusahaan Anda?", "Berikan nomor pesanan Anda"},
	"vi": {"Gửi địa chỉ giao hàng của bạn cho tôi", "Tên công ty của bạn là gì?", "Cho tôi xin mã đơn hàng của bạn"},
	"th": {"ขอที่อยู่จัดส่งของคุณหน่อย", "บริษัทของคุณชื่ออะไร", "ขอเลขคำสั่งซื้อของคุณ"},
	"zh": {"请发一下您的收货地址", "贵公司叫什么名字？", "请把您的订单号发给我"},
	"ja": {"配送先住所を教えてください", "会社名を教えてください", "注文番号を教えていただけますか？"},
	"ko": {"배송 주소 알려주세요", "회사 이름이 뭐예요?", "주문번호 알려주시겠어요?"},
}

// buyerCall is a buyer asking for a call (also typed without accents, as
// ASCII text goes through the prefilter).
var buyerCall = map[string][]string{
	"en": {"Can you call me?", "Could you give me a call tomorrow?"},
	"es": {"¿Me puede llamar?", "Me puede llamar?"},
	"pt": {"Pode me ligar?"},
	"fr": {"Pouvez-vous m'appeler ?", "Vous pouvez m'appeler demain ?"},
	"it": {"Mi può chiamare?", "Mi puo chiamare?"},
	"de": {"Können Sie mich anrufen?", "Koennen Sie mich anrufen?"},
	"ru": {"Вы можете мне позвонить?"},
	"tr": {"Beni arayabilir misiniz?"},
	"ar": {"هل يمكنك الاتصال بي؟"},
	"hi": {"क्या आप मुझे कॉल कर सकते हैं?"},
	"id": {"Bisa telepon saya?"},
	"vi": {"Bạn gọi cho tôi được không?"},
	"th": {"โทรหาฉันได้ไหม"},
	"zh": {"可以给我打电话吗？"},
	"ja": {"電話してもらえますか？"},
	"ko": {"전화 주실 수 있나요?"},
}

func askCases() []gapCase {
	var cs []gapCase
	for lang, tpls := range askSeller {
		for _, tpl := range tpls {
			for _, n := range askNouns[lang] {
				txt := strings.ReplaceAll(tpl, "{C}", n)
				cs = append(cs, gapCase{lang, "seller_asks_contact", []turn{seller(txt)}, op})
				cs = append(cs, gapCase{lang, "seller_asks_contact", []turn{buyer("Hello, is this in stock?"), seller(txt)}, op})
				for _, call := range buyerCall[lang] {
					cs = append(cs, gapCase{lang, "seller_asks_after_call", []turn{buyer(call), seller(txt)}, ""})
				}
				// The buyer refusing a call asked for nothing.
				cs = append(cs, gapCase{lang, "seller_asks_after_no_call", []turn{buyer("Please don't call me, just chat here."), seller(txt)}, op})
			}
		}
	}
	for lang, txts := range askSellerMore {
		for _, txt := range txts {
			cs = append(cs, gapCase{lang, "seller_asks_contact", []turn{seller(txt)}, op})
		}
	}
	for lang, txts := range askSellerClean {
		for _, txt := range txts {
			cs = append(cs, gapCase{lang, "seller_asks_clean", []turn{seller(txt)}, ""})
		}
	}
	return cs
}

func TestNumbersSellerAsks(t *testing.T) { runGapCases(t, askCases()) }

// buyerAsk are a buyer's requests for the merchant's contact: polite and
// imperative, "a phone" and "your e-mail".
var buyerAsk = map[string][]string{
	"en": {"Can you give me a phone number?", "Could you send me your email?", "Give me your WhatsApp please.",
		"Do you have a phone number?"},
	"es": {"¿Tienes un número de teléfono?", "¿Me puede dar un teléfono?", "Me puede dar un telefono?", "Dame tu correo por favor", "¿Me pasas tu WhatsApp?"},
	"pt": {"Pode me passar um telefone?", "Me manda seu e-mail?", "Me dá seu WhatsApp?"},
	"fr": {"Pouvez-vous me donner un téléphone ?", "Pouvez-vous me donner un numero ?", "Donnez-moi votre e-mail s'il vous plaît",
		"Vous pouvez m'envoyer votre WhatsApp ?", "Avez-vous un e-mail ?"},
	"it": {"Mi può dare un numero WhatsApp?", "Mi dia la sua email per favore.", "Mi puoi dare un telefono?"},
	"de": {"Geben Sie mir bitte eine Telefonnummer.", "Schicken Sie mir Ihre E-Mail-Adresse.", "Können Sie mir Ihre WhatsApp-Nummer geben?", "Haben Sie eine E-Mail?"},
	"ru": {"Дайте, пожалуйста, телефон.", "Скиньте вашу почту", "Можете дать ваш WhatsApp?"},
	"tr": {"Bana bir telefon numarası verir misiniz?", "E-posta adresinizi gönderir misiniz?", "WhatsApp numaranızı paylaşır mısınız?", "Telefonunuz var mı?"},
	"ar": {"أعطني رقم هاتف من فضلك", "أرسل لي بريدك الإلكتروني", "ممكن تعطيني واتسابك؟"},
	"hi": {"अपना ईमेल दे दीजिए", "मुझे अपना फ़ोन नंबर दीजिए", "अपना व्हाट्सएप नंबर भेजिए", "आपका नंबर क्या है?"},
	"id": {"Boleh minta nomor telepon?", "Kirimkan email Anda", "Berikan WhatsApp Anda", "Nomor WA kakak berapa?"},
	"vi": {"Cho tôi xin số điện thoại", "Gửi cho tôi email của bạn", "Cho mình xin WhatsApp của bạn"},
	"th": {"ขอเบอร์โทรหน่อยครับ", "ขออีเมลหน่อย", "ขอ WhatsApp ของคุณหน่อย"},
	"zh": {"给我一个电话号码", "把你的邮箱发给我", "可以给我你的WhatsApp吗？", "你的邮箱是什么？"},
	"ja": {"電話番号をいただけますか？", "メールアドレスを送ってください", "WhatsAppを教えてもらえますか？", "メールアドレスは？"},
	"ko": {"전화번호 좀 주세요", "이메일 보내주세요", "왓츠앱 알려주시겠어요?"},
}

// buyerAskClean are a buyer's requests for a price, a catalogue, a sample:
// no contact asked.
var buyerAskClean = map[string][]string{
	"en": {"Can you give me a price?", "Send me the catalogue please.", "Can I get a sample?",
		"What do you call this material?", "Do you have this ring in size 7?", "Please don't call me, chat here."},
	"es": {"¿Me puede dar un precio?", "Envíeme el catálogo, por favor.", "¿Me pueden mandar una muestra?",
		"¿Cómo se llama este material?"},
	"pt": {"Pode me passar o preço?", "Me manda o catálogo?", "Pode me enviar uma amostra?"},
	"fr": {"Pouvez-vous me donner un prix ?", "Envoyez-moi le catalogue s'il vous plaît.", "Pouvez-vous m'envoyer un échantillon ?"},
	"it": {"Mi può dare un prezzo?", "Mi mandi il catalogo per favore.", "Mi può mandare un campione?"},
	"de": {"Geben Sie mir bitte einen Preis.", "Schicken Sie mir den Katalog.", "Können Sie mir ein Muster schicken?"},
	"ru": {"Дайте, пожалуйста, цену.", "Пришлите каталог.", "Можно образец?"},
	"tr": {"Bana fiyat verir misiniz?", "Kataloğu gönderir misiniz?", "Numune gönderebilir misiniz?"},
	"ar": {"أعطني السعر من فضلك", "أرسل لي الكتالوج", "هل يمكن إرسال عينة؟"},
	"hi": {"मुझे कीमत बताइए", "कैटलॉग भेज दीजिए", "एक सैंपल दे दीजिए"},
	"id": {"Boleh minta harga?", "Kirimkan katalog", "Bisa kirim sampel?"},
	"vi": {"Cho tôi xin báo giá", "Gửi cho tôi catalogue", "Cho tôi xin mẫu"},
	"th": {"ขอราคาหน่อยครับ", "ขอแคตตาล็อกหน่อย", "ขอตัวอย่างหน่อย"},
	"zh": {"给我报个价", "把目录发给我", "可以给我一个样品吗？"},
	"ja": {"価格を教えてください", "カタログを送ってください", "サンプルをいただけますか？"},
	"ko": {"가격 알려주세요", "카탈로그 보내주세요", "샘플 주시겠어요?"},
}

// The merchant's answers with its contact.
var contactReplies = []string{"Sure: +86 138 0013 8000", "sales.wang@163.com", "+44 7911 123456", "WhatsApp: +86 138 0013 8000"}

// Lures whatever the buyer asked before, unless it asked for contact.
var contactLures = []string{"Add my WhatsApp +86 138 0013 8000 for the details", "Email me at sales.wang@163.com, I'll send it there"}

func buyerAskCases() []gapCase {
	var cs []gapCase
	for lang, asks := range buyerAsk {
		for _, ask := range asks {
			for _, r := range append(contactReplies, contactLures...) {
				cs = append(cs, gapCase{lang, "buyer_asks_contact", []turn{buyer(ask), seller(r)}, ""})
			}
		}
	}
	for lang, asks := range buyerAskClean {
		for _, ask := range asks {
			for _, r := range contactLures {
				cs = append(cs, gapCase{lang, "buyer_asks_other", []turn{buyer(ask), seller(r)}, op})
			}
		}
	}
	return cs
}

func TestNumbersBuyerAsks(t *testing.T) { runGapCases(t, buyerAskCases()) }
