package message_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// Generated variants of the miss families found after the first rebuild:
// templates × languages × values. {T} is a name of Trade Assurance in the
// language (the local platform name, "Trade Assurance" or "TA"), {X} a price,
// {N} an order size. Each family reports its pass rate per language; every
// generated variant must pass.

type gapCase struct {
	lang, family string
	turns        []turn
	want         string // a code, or "" for clean
}

// gapTA are the names of Trade Assurance a message may use, per language.
var gapTA = map[string][]string{
	"en": {"Trade Assurance", "TA"}, "zh": {"信保", "信用保障", "TA"}, "es": {"Trade Assurance", "TA", "garantía comercial"},
	"fr": {"Trade Assurance", "TA", "garantie commerciale"}, "pt": {"Trade Assurance", "TA", "garantia comercial"},
	"ru": {"Trade Assurance", "TA", "торговая гарантия"}, "ar": {"Trade Assurance", "TA", "ضمان التجارة"},
	"de": {"Trade Assurance", "TA", "Handelssicherung"}, "tr": {"Trade Assurance", "TA", "Ticaret Güvencesi"},
	"ko": {"TA", "무역보증", "무역 보증", "트레이드 어슈어런스"}, "ja": {"TA", "取引保証", "トレードアシュアランス"},
	"vi": {"TA", "Đảm bảo Thương mại", "bảo đảm thương mại"}, "id": {"TA", "Trade Assurance", "Jaminan Perdagangan"},
	"th": {"TA", "Trade Assurance", "การรับประกันการค้า"}, "it": {"TA", "Trade Assurance", "garanzia commerciale"},
	"hi": {"TA", "Trade Assurance"},
}

var gapPrices = []string{"5.22", "12.80", "3.45"}

// Family 1: one Trade Assurance price, risen or become, no second price.
var gapRise = map[string][]string{
	"en": {"With {T} the unit price rises to {X} USD.", "If you use {T}, the price will be {X} USD per piece."},
	"zh": {"{T}走的话单价变成{X}美元。", "走{T}的话单价涨到{X}美元。"},
	"es": {"Con {T} el precio sube a {X} USD.", "Con {T} el precio unitario será {X} USD.", "Si usas {T}, el precio pasa a {X} USD."},
	"fr": {"Avec {T} le prix unitaire passe à {X} USD.", "Avec {T}, le prix sera de {X} USD."},
	"pt": {"Com {T} o preço sobe para {X} USD.", "Com {T} o preço unitário será {X} USD.", "Com {T} o valor unitário fica {X} USD."},
	"ru": {"С {T} цена за штуку будет {X} USD.", "Через {T} цена вырастет до {X} USD."},
	"ar": {"مع {T} سيكون السعر {X} دولار.", "مع {T} يرتفع السعر إلى {X} دولار."},
	"de": {"Mit {T} steigt der Stückpreis auf {X} USD.", "Mit {T} wird der Preis {X} USD."},
	"tr": {"{T} ile birim fiyat {X} USD olur.", "{T} ile fiyat {X} USD'ye yükselir."},
	"ko": {"{T}로 하면 단가가 {X}달러로 올라갑니다.", "{T} 이용 시 가격은 {X}달러가 됩니다."},
	"ja": {"{T}だと単価は{X}ドルになります。", "{T}の場合、価格は{X}ドルに上がります。"},
	"vi": {"Dùng {T} thì giá sẽ là {X} USD.", "Qua {T} giá tăng lên {X} USD."},
	"id": {"Pakai {T} harga satuan jadi {X} USD.", "Dengan {T} harga naik jadi {X} USD."},
	"th": {"ถ้าใช้ {T} ราคาจะเป็น {X} USD", "ใช้ {T} ราคาขึ้นเป็น {X} USD"},
	"it": {"Con {T} il prezzo unitario sale a {X} USD.", "Con {T} il prezzo sarà {X} USD.", "Con {T} il prezzo diventa {X} USD."},
	"hi": {"{T} ke saath price {X} USD ho jayega.", "{T} se unit price {X} USD hoga."},
}

// Family 1 negatives: the same either way, a plain quote, a negated rise.
var gapRiseClean = map[string][]string{
	"en": {"With {T} the price is the same.", "The {T} order total is 520 USD for 100 pcs.", "With {T} the price does not go up.",
		"With {T}, the price will be the same as T/T.", "The total will be 520 USD, you can pay with {T}.", "Price is 5.20 USD, {T} accepted."},
	"zh": {"走{T}价格一样。", "{T}订单总价520美元，100件。"},
	"es": {"Con {T} el precio es el mismo.", "Con {T} el precio no sube.", "Con {T} el precio será el mismo."},
	"de": {"Mit {T} bleibt der Preis gleich.", "Mit {T} steigt der Preis nicht."},
	"tr": {"{T} ile fiyat aynı.", "{T} siparişinin toplamı 100 adet için 520 USD.", "{T} ile fiyat değişmez."},
	"ru": {"С {T} цена та же.", "С {T} цена не вырастет."},
	"id": {"Pakai {T} harga sama.", "Pakai {T} harga tidak naik."},
	"th": {"ใช้ {T} ราคาเท่ากัน"},
}

// Family 1 negatives in context: the merchant answers the buyer's Trade
// Assurance question with one price, or confirms a price; product talk
// with the new verbs and names.
var gapQuoteAnswers = []struct {
	lang  string
	turns []turn
}{
	{"en", []turn{buyer("What is the price with Trade Assurance?"), seller("With Trade Assurance the unit price will be 5.20 USD.")}},
	{"tr", []turn{buyer("TA ile fiyat ne olur?"), seller("Evet, TA ile birim fiyat 5,20 USD olur.")}},
	{"en", []turn{seller("Yes, with TA the price will be 5.20 USD as quoted.")}},
	{"es", []turn{seller("Sí, con TA el precio será 5,20 USD, igual que antes.")}},
	{"id", []turn{seller("Harga jadi 5,20 USD kalau order 500 pcs.")}},
	{"ru", []turn{seller("Для 500 штук цена будет 5,20 USD.")}},
	{"tr", []turn{seller("500 adet için fiyat 5,20 USD olur.")}},
	{"de", []turn{seller("Mit Trade Assurance sind Sie geschützt, der Preis bleibt 5,20 USD.")}},
	{"it", []turn{seller("Mandami il file del logo per favore.")}},
	{"pt", []turn{seller("Me deixa saber a cor que prefere.")}},
	{"de", []turn{seller("Hinterlassen Sie eine Bewertung, danke!")}},
	{"en", []turn{seller("Our products are on Google Shopping too.")}},
}

// Family 2: outright refusal, unavailability, threshold.
var gapRefuse = map[string][]string{
	"de": {"{T} geht nicht, nur Überweisung.", "{T} ist derzeit nicht verfügbar.", "{T} nur für Bestellungen über 20000 USD."},
	"fr": {"Nous ne faisons pas de commandes {T}.", "{T} est indisponible en ce moment.", "{T} uniquement pour les commandes au-delà de 20000 USD."},
	"it": {"Non facciamo ordini {T}.", "{T} non è disponibile adesso.", "{T} solo per ordini oltre 20000 USD."},
	"ja": {"{T}は無理です。", "{T}は対応していません。", "{T}は2万ドル以上の注文のみです。"},
	"ko": {"{T}은 안 되고 송금만 가능합니다.", "{T}는 지원하지 않습니다.", "{T}는 2만 달러 이상 주문만 가능합니다."},
	"pt": {"{T} está indisponível.", "Não fazemos pedidos com {T}.", "{T} só para pedidos acima de 20000 USD."},
	"ru": {"{T} сейчас недоступен.", "Мы не работаем через {T}.", "{T} только для заказов свыше 20000 USD."},
	"th": {"{T} เฉพาะออเดอร์เกิน 20,000", "{T} ใช้ไม่ได้ครับ", "ไม่รับ {T} ครับ"},
	"zh": {"两万美金以上才走{T}。", "{T}暂时不行，只能转账。", "我们不做{T}。"},
	"tr": {"{T} kabul etmiyoruz, sadece havale.", "{T} şu an mevcut değil.", "{T} sadece 20000 USD üzeri siparişler için."},
	"es": {"No hacemos pedidos con {T}.", "{T} no está disponible ahora."},
	"id": {"{T} tidak bisa, hanya transfer bank.", "{T} belum bisa untuk pesanan ini."},
	"vi": {"{T} không hỗ trợ, chỉ chuyển khoản.", "Chúng tôi không làm {T}."},
	"ar": {"لا نعمل مع {T}، فقط تحويل بنكي.", "{T} غير متاح حاليا."},
	"en": {"We don't do {T} orders, only bank transfer.", "{T} is unavailable right now.", "{T} only for orders above 10,000 USD, sorry."},
}

// Family 2: bank transfer pushed right after the buyer asked for Trade Assurance.
var gapPushAsk = map[string]string{
	"de": "Kann ich mit Trade Assurance bezahlen?", "ar": "هل يمكنني الدفع عبر ضمان التجارة؟",
	"en": "Can I pay with Trade Assurance?", "fr": "Je peux payer avec Trade Assurance ?",
}

var gapPush = map[string][]string{
	"de": {"Besser direkt auf unser Bankkonto überweisen.", "Bitte direkt überweisen, das ist schneller."},
	"ar": {"الأفضل التحويل مباشرة إلى حسابنا البنكي.", "من فضلك حول المبلغ إلى حسابنا البنكي مباشرة."},
	"en": {"Better transfer directly to our bank account."},
	"fr": {"Mieux vaut virer directement sur notre compte."},
}

// Family 7: neutral explanations of Trade Assurance stay clean.
var gapTAClean = map[string][]string{
	"th": {"{T} ปกป้องเงินของคุณหากสินค้ามาช้าหรือไม่ตรงตามที่อธิบาย", "{T} คุ้มครองเงินของคุณถ้าสินค้าไม่ตรงปก"},
	"en": {"{T} protects your money if goods are late or not as described."},
	"de": {"{T} schützt Ihr Geld, wenn die Ware nicht wie beschrieben ist."},
}

func fill(tpl, ta, x string) string {
	return strings.NewReplacer("{T}", ta, "{X}", x).Replace(tpl)
}

func taGapCases() []gapCase {
	var cs []gapCase
	for lang, tpls := range gapRise {
		for _, tpl := range tpls {
			for _, ta := range gapTA[lang] {
				for _, x := range gapPrices {
					cs = append(cs, gapCase{lang, "1_ta_price_rise", []turn{seller(fill(tpl, ta, x))}, ta1})
				}
			}
		}
	}
	for lang, tpls := range gapRiseClean {
		for _, tpl := range tpls {
			for _, ta := range gapTA[lang] {
				cs = append(cs, gapCase{lang, "1_ta_price_clean", []turn{seller(fill(tpl, ta, ""))}, ""})
			}
		}
	}
	for _, q := range gapQuoteAnswers {
		cs = append(cs, gapCase{q.lang, "1_ta_quote_clean", q.turns, ""})
	}
	for lang, tpls := range gapRefuse {
		for _, tpl := range tpls {
			for _, ta := range gapTA[lang] {
				cs = append(cs, gapCase{lang, "2_ta_refusal", []turn{seller(fill(tpl, ta, ""))}, ta1})
			}
		}
	}
	for lang, tpls := range gapPush {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "2_ta_push_after_ask", []turn{buyer(gapPushAsk[lang]), seller(tpl)}, ta1})
		}
	}
	for lang, tpls := range gapTAClean {
		for _, tpl := range tpls {
			for _, ta := range gapTA[lang] {
				cs = append(cs, gapCase{lang, "7_ta_neutral_clean", []turn{seller(fill(tpl, ta, ""))}, ""})
			}
		}
	}
	return cs
}

const ta1 = ta

// runGapCases judges every case and reports the pass rate per family and language.
func runGapCases(t *testing.T, cs []gapCase) {
	t.Helper()
	d := newDetector(t)
	type key struct{ family, lang string }
	total, passed := map[key]int{}, map[key]int{}
	for _, c := range cs {
		got := lastCodes(t, d, c.turns...)
		ok := len(got) == 0
		if c.want != "" {
			ok = false
			for _, g := range got {
				ok = ok || g == c.want
			}
		}
		k := key{c.family, c.lang}
		total[k]++
		if ok {
			passed[k]++
		} else {
			t.Errorf("%s/%s: %q → %v, want %q", c.family, c.lang, c.turns[len(c.turns)-1].text, got, c.want)
		}
	}
	keys := make([]key, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].family != keys[j].family {
			return keys[i].family < keys[j].family
		}
		return keys[i].lang < keys[j].lang
	})
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s %s %d/%d\n", k.family, k.lang, passed[k], total[k])
	}
	t.Log("\n" + b.String())
}

func TestGapFamiliesTradeAssurance(t *testing.T) { runGapCases(t, taGapCases()) }

// Contact families. {B} is a brand or shop name, {H} a handle, {P} a phone
// number written the family's way.
var gapBrands = []string{"Kolmo", "Sunvia Lighting", "Hexa Tools"}
var gapHandles = []string{"coco_361", "mira.trade88", "lin_k2024"}

// Family 3: indirect lures, no value given.
var gapLures = map[string][]string{
	"en": {"Search our brand {B} on Google and you'll find our contact.", "Let's move somewhere more convenient, this chat is slow.", "Our QR code is in the pictures, scan it and we talk there."},
	"de": {"Googeln Sie unsere Marke {B}, dann finden Sie unseren Kontakt.", "Unser QR-Code ist auf den Bildern, scannen Sie ihn und wir sprechen dort."},
	"ja": {"ググれば{B}の連絡先が出てきます。", "{B}で検索すれば連絡先が出てきます。"},
	"ko": {"네이버에서 저희 브랜드 {B} 검색하시면 연락처가 나옵니다."},
	"zh": {"百度一下我们的品牌{B}就能找到联系方式。", "这里聊天太慢，换个方便的地方聊吧。"},
	"ru": {"Найдите наш бренд {B} в Яндексе, там наши контакты.", "Давайте перейдём куда-нибудь удобнее, этот чат медленный."},
	"vi": {"Mình chuyển qua chỗ khác tiện hơn nhé, chat ở đây chậm quá."},
	"ar": {"لننتقل إلى مكان أنسب، هذه الدردشة بطيئة.", "تفاصيل الاتصال في بانر ملفي الشخصي."},
	"tr": {"QR kodumuz resimlerde, tarayın orada konuşalım.", "Google'da markamız {B} aratın, iletişim bilgileri orada."},
	"es": {"Busca nuestra marca {B} en Google y verás nuestro contacto."},
	"it": {"Cerca il nostro marchio {B} su Google, trovi i nostri contatti."},
	"id": {"Cari merek kami {B} di Google, ada kontak kami."},
	"fr": {"Cherchez notre marque {B} sur Google, vous trouverez nos coordonnées."},
	"pt": {"Pesquise nossa marca {B} no Google que você acha nosso contato."},
}

// Family 4: disguised and regional channel names with a handle.
var gapDisguises = map[string][]string{
	"en": {"add me on tеlе grаm {H}", "sky pe: {H}", "wee chat {H}", "Vi@ber {H}", "wapp me, id {H}"},
	"vi": {"za lô: {H}"},
	"tr": {"BiP kullanıcı adım {H}", "BiP id: {H}"},
	"ar": {"ايمو: {H}"},
	"ja": {"カカオ ID: {H}"},
	"ko": {"카카오 아이디 {H}"},
	"de": {"Threema-ID: {H}"},
	"it": {"S\u200bk\u200by\u200bp\u200be, il mio numero è {H}", "Skype, il mio ID è {H}"},
	"zh": {"油箱 {H} # hotmail . com", "邮箱：{H} # gmail . com"},
	"ru": {"VK id71827692, {H}"},
}

// Family 4: app-specific id formats.
var gapAppIDs = []string{"VK id71827692", "вк id40012345", "VK: id5551234"}

// Family 5: disguised numbers beside a disguised app.
var gapNumbers = map[string][]string{
	"tr": {"BiP: beş dört beş üç iki bir dört beş altı yedi"},
	"id": {"w.a delapan satu delapan satu dua tiga empat lima enam tujuh", "w.a +62 812 3456 7890"},
}

// Family 6: the merchant asks for the buyer's contact.
var gapAsks = map[string][]string{
	"it": {"Mandami il tuo ID WA.", "Lasciami il tuo numero di telefono."},
	"pt": {"Me deixa seu e-mail ou telefone que eu te ligo."},
	"de": {"Hinterlassen Sie Ihre E-Mail oder Telefonnummer, ich rufe an."},
	"th": {"ส่งไอดี วอทส์แอพ มาหน่อย"},
	"ja": {"メールの番号はありますか？", "LINEのIDはお持ちですか？"},
	"ar": {"اترك لي IMO أو رقم هاتفك."},
	"tr": {"BiP kullanıcı adınızı gönderin."},
}

// Family 6 negative: paperwork at the ordered/shipping stage stays allowed.
var gapAsksPaper = map[string][]string{
	"de": {"Hinterlassen Sie Ihre E-Mail für die Rechnung."},
	"pt": {"Me deixa seu e-mail para a fatura."},
	"it": {"Mandami la tua email per la fattura."},
}

// Family 7: the buyer asked; the merchant's contact with a short tag is allowed.
var gapAnswered = []struct{ lang, ask, reply string }{
	{"pt", "Tem outro jeito de falar com você?", "Com certeza: +55 11 91234 5678 (whats)"},
	{"tr", "Size başka bir yoldan ulaşabilir miyim?", "Elbette: coco@qq dot com (e-posta)"},
	{"de", "Gibt es einen anderen Weg, Sie zu erreichen?", "Natürlich: +49 151 23456789 (WhatsApp)"},
	{"es", "¿Hay otra forma de contactarte?", "Claro: +34 612 345 678 (whats)"},
}

// Look-alikes: app and search-engine names in product talk stay clean.
var gapLookalikes = map[string][]string{
	"en": {"IMO the navy color looks better than black.", "The alarm makes a bip sound every 10 seconds.",
		"Sky blue and wee sizes are in stock.", "Works with Google Home and Alexa.", "Search the model number in our catalogue PDF.", "Size #3, weight 2.5 kg.", "Color #hotmail blue, item #4.com",
		"Our brand is registered on Google Shopping, the price is 5 USD."},
	"de": {"Die Marke ist in Deutschland eingetragen.", "Funktioniert mit Google Assistant."},
	"tr": {"Bip sesi çıkarır, pil 2 yıl dayanır."},
	"ja": {"Google Homeに対応しています。"},
	"ko": {"네이버 쇼핑 가격보다 저렴합니다."},
	"ru": {"Совместимо с Яндекс Алисой."},
}

// gapMobiles are mobile numbers with their country code (JP, ID, TR, BR, DE, VN).
var gapMobiles = []string{"81 90 8220 4695", "62 812 3456 7890", "90 532 123 4567", "55 11 91234 5678",
	"49 151 2345 6789", "84 912 345 678"}

func hanDigits(s string) string {
	const han = "〇一二三四五六七八九"
	r := []rune(han)
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(r[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// gapPhrasings are one phrasing per family and language of the contact
// families (asks, search, QR code, profile, elsewhere), beyond the templated
// ones above.
var gapPhrasings = []struct{ lang, family, text string }{
	{"en", "6_seller_asks", "Send me your WhatsApp ID please."},
	{"es", "6_seller_asks", "Dame tu WhatsApp y te escribo."},
	{"fr", "6_seller_asks", "Laissez-moi votre WhatsApp, je vous appelle."},
	{"ru", "6_seller_asks", "Оставьте ваш ватсап, я напишу."},
	{"ar", "6_seller_asks", "أرسل لي رقم الواتساب الخاص بك"},
	{"de", "6_seller_asks", "Schicken Sie mir Ihre WhatsApp-Nummer."},
	{"tr", "6_seller_asks", "WhatsApp numaranızı gönderin lütfen."},
	{"ko", "6_seller_asks", "카톡 아이디 알려주세요."},
	{"ja", "6_seller_asks", "LINEのIDを教えてください。"},
	{"vi", "6_seller_asks", "Cho tôi xin số Zalo của bạn."},
	{"id", "6_seller_asks", "Kirim nomor WA kamu ya."},
	{"th", "6_seller_asks", "ขอไลน์ไอดีของคุณหน่อย"},
	{"it", "6_seller_asks", "Mandami il tuo numero WhatsApp."},
	{"hi", "6_seller_asks", "Apna WhatsApp number bhejo."},
	{"zh", "6_seller_asks", "把你的微信发给我"},
	{"pt", "6_seller_asks", "Me passa seu WhatsApp."},
	{"it", "3_search_name", "Cerca il nome del nostro negozio su quell'app verde."},
	{"de", "3_search_name", "Suchen Sie unseren Shopnamen auf Google, dort steht unsere Nummer."},
	{"ko", "3_search_name", "Naver에서 저희 가게 이름 검색하세요."},
	{"tr", "3_search_name", "Yandex'te mağaza adımızı aratın."},
	{"id", "3_search_name", "Cari nama toko kami di Google ya."},
	{"vi", "3_search_name", "Tìm tên cửa hàng chúng tôi trên Google nhé."},
	{"th", "3_search_name", "ค้นหาชื่อร้านเราใน Google นะครับ"},
	{"hi", "3_search_name", "Google पर हमारा ब्रांड खोजें, वहां हमारा नंबर है"},
	{"ar", "3_search_name", "ابحث عن اسم متجرنا في جوجل"},
	{"ru", "3_search_name", "Поищите название нашего магазина в Яндексе."},
	{"en", "3_qr_code", "Scan the QR code in my profile picture to add me."},
	{"it", "3_qr_code", "Il QR code è nelle foto, scansionalo e parliamo lì."},
	{"pt", "3_qr_code", "O QR code está nas fotos, escaneie e conversamos lá."},
	{"fr", "3_qr_code", "Le QR code est sur les photos, scannez-le et on parle là-bas."},
	{"es", "3_qr_code", "El código QR está en las imágenes, escanéalo y hablamos allí."},
	{"ko", "3_qr_code", "QR코드는 사진에 있어요, 스캔해서 거기서 얘기해요."},
	{"ja", "3_qr_code", "QRコードは画像にあります、スキャンしてそちらで話しましょう。"},
	{"vi", "3_qr_code", "Mã QR trong ảnh, quét rồi mình nói chuyện ở đó."},
	{"id", "3_qr_code", "Kode QR ada di gambar, scan lalu kita ngobrol di sana."},
	{"th", "3_qr_code", "คิวอาร์โค้ดอยู่ในรูป สแกนแล้วคุยกันที่นั่น"},
	{"de", "3_profile", "Kontaktdaten stehen in meinem Profilbanner."},
	{"en", "3_profile", "My contact details are in my profile banner."},
	{"es", "3_profile", "Mis datos de contacto están en el banner de mi perfil."},
	{"de", "3_profile", "Meine Kontaktdaten finden Sie im Banner meines Profils."},
	{"ja", "3_profile", "連絡先はプロフィールのバナーにあります。"},
	{"ko", "3_profile", "연락처는 제 프로필 배너에 있어요."},
	{"en", "3_elsewhere", "Let's continue somewhere more private."},
	{"vi", "3_elsewhere", "Chúng ta chuyển sang chỗ khác nói chuyện cho tiện nhé."},
	{"tr", "3_elsewhere", "Başka bir yerde konuşalım, burası yavaş."},
	{"it", "3_elsewhere", "Parliamo da un'altra parte, è più comodo."},
	{"pt", "3_elsewhere", "Vamos falar em outro lugar, é mais prático."},
	{"de", "3_elsewhere", "Lass uns woanders weiterreden, das ist bequemer."},
	{"fr", "3_elsewhere", "Allons parler ailleurs, c'est plus pratique."},
	{"ko", "3_elsewhere", "다른 곳에서 얘기해요, 여기가 느려요."},
	{"ja", "3_elsewhere", "別の場所で話しましょう、ここは遅いです。"},
	{"id", "3_elsewhere", "Kita pindah ke tempat lain ya, lebih enak."},
	{"th", "3_elsewhere", "ไปคุยที่อื่นกันดีกว่า สะดวกกว่า"},
	{"ar", "3_elsewhere", "كلمني في مكان آخر أسهل"},
	{"hi", "3_elsewhere", "Kahin aur baat karte hain, yahan slow hai."},
}

func contactGapCases() []gapCase {
	var cs []gapCase
	for _, p := range gapPhrasings {
		cs = append(cs, gapCase{p.lang, p.family, []turn{seller(p.text)}, op})
	}
	for lang, tpls := range gapLookalikes {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "3_lookalike_clean", []turn{seller(tpl)}, ""})
		}
	}
	for lang, tpls := range gapLures {
		for _, tpl := range tpls {
			for _, b := range gapBrands {
				cs = append(cs, gapCase{lang, "3_indirect_lure", []turn{seller(strings.ReplaceAll(tpl, "{B}", b))}, op})
				if !strings.Contains(tpl, "{B}") {
					break
				}
			}
		}
	}
	for lang, tpls := range gapDisguises {
		for _, tpl := range tpls {
			for _, h := range gapHandles {
				cs = append(cs, gapCase{lang, "4_disguised_name", []turn{seller(strings.ReplaceAll(tpl, "{H}", h))}, op})
			}
		}
	}
	for _, id := range gapAppIDs {
		cs = append(cs, gapCase{"ru", "4_app_id", []turn{seller(id)}, op})
	}
	for lang, tpls := range gapNumbers {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "5_disguised_number", []turn{seller(tpl)}, op})
		}
	}
	// Generated: real mobile numbers of several plans written with a dot
	// between every digit after the plus, in ideographic digits after a
	// plus, with underscores and no plus, and split over two messages.
	for _, num := range gapMobiles {
		digits := strings.ReplaceAll(num, " ", "")
		cs = append(cs,
			gapCase{"intl", "5_dots_after_plus", []turn{seller("w.a +." + strings.Join(strings.Split(digits, ""), "."))}, op},
			gapCase{"intl", "5_underscores_no_plus", []turn{seller("call " + strings.ReplaceAll(num, " ", "_"))}, op},
			gapCase{"ja", "5_han_digits_plus", []turn{seller("LINE +" + hanDigits(num))}, op},
		)
		half := len(digits) / 2
		cs = append(cs, gapCase{"intl", "5_split_spaced", []turn{
			seller("WhatsApp +" + digits[:half]),
			seller(strings.Join(strings.Split(digits[half:], ""), " ")),
		}, op})
	}
	for lang, tpls := range gapAsks {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "6_seller_asks", []turn{seller(tpl)}, op})
		}
	}
	for lang, tpls := range gapAsksPaper {
		for _, tpl := range tpls {
			for _, stage := range []string{"ordered", "shipping"} {
				cs = append(cs, gapCase{lang, "6_paperwork_clean", []turn{{sender: "s", text: tpl, stage: stage}}, ""})
			}
		}
	}
	for _, a := range gapAnswered {
		cs = append(cs, gapCase{a.lang, "7_answered_clean", []turn{buyer(a.ask), seller(a.reply)}, ""})
	}
	return cs
}

func TestGapFamiliesContact(t *testing.T) { runGapCases(t, contactGapCases()) }
