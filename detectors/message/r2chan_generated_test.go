package message_test

import (
	"strings"
	"testing"
)

// Generated tables for the round-two channel families: each template is
// filled with every app spelling and quote style of its language, so the
// families are widened, not single lines.

// r2Quotes are the marks a name is quoted in.
var r2QuoteStyles = [][2]string{{"'", "'"}, {"\"", "\""}, {"«", "»"}, {"„", "“"}, {"「", "」"}, {"« ", " »"}}

func r2Fill(tpl, app string, q [2]string) string {
	s := strings.ReplaceAll(tpl, "{APP}", app)
	return strings.ReplaceAll(s, "{Q}", q[0]+"Solar King"+q[1])
}

// r2SocialTpl: follow our page/account {Q} on {APP} and DM us there.
var r2SocialTpl = map[string]struct {
	tpls, apps []string
}{
	"en": {[]string{"Follow our page on {APP} {Q} and DM us, we reply faster there", "Like our {APP} page {Q} and DM us for the price"},
		[]string{"FB", "Facebook", "IG", "Instagram", "Insta", "TikTok", "VK"}},
	"es": {[]string{"Sigue nuestra página de {APP} {Q} y mándanos un DM, allí respondemos más rápido"}, []string{"Facebook", "FB", "Instagram", "IG", "TikTok"}},
	"pt": {[]string{"Siga nossa página no {APP} {Q} e mande DM lá, respondemos mais rápido"}, []string{"Insta", "Instagram", "Facebook", "FB", "TikTok"}},
	"fr": {[]string{"Suivez notre page {APP} {Q} et envoyez-nous un DM, on répond plus vite là-bas"}, []string{"FB", "Facebook", "Insta", "Instagram", "TikTok"}},
	"de": {[]string{"Folgen Sie unserer Seite auf {APP} {Q} und schreiben Sie uns dort eine DM"}, []string{"FB", "Facebook", "Instagram", "TikTok"}},
	"it": {[]string{"Segui la nostra pagina su {APP} {Q} e scrivici in DM, lì rispondiamo prima"}, []string{"FB", "Facebook", "Instagram", "IG", "TikTok"}},
	"ru": {[]string{"Подпишитесь на нашу страницу {APP} {Q} и пишите нам в личку, там отвечаем быстрее", "Подпишитесь на наш {APP} {Q} и пишите в директ"},
		[]string{"ВК", "VK", "вконтакте", "инсту", "Instagram", "фейсбук"}},
	"tr": {[]string{"{APP} sayfamızı {Q} takip edin ve DM atın, orada daha hızlı cevap veriyoruz"}, []string{"İnstagram", "Instagram", "Facebook", "TikTok"}},
	"ar": {[]string{"تابع صفحتنا على {APP} {Q} وراسلنا هناك، نرد أسرع"}, []string{"فيسبوك", "انستغرام", "انستا", "تيك توك"}},
	"hi": {[]string{"हमारे {APP} पेज {Q} को फॉलो करें और वहाँ DM करें"}, []string{"FB", "Facebook", "Instagram", "इंस्टाग्राम"}},
	"id": {[]string{"Follow akun {APP} kami {Q} dan DM kami di sana ya, balasnya lebih cepat"}, []string{"IG", "Instagram", "FB", "TikTok"}},
	"vi": {[]string{"Theo dõi trang {APP} của bên em {Q} rồi nhắn tin cho bên em ở đó nhé"}, []string{"FB", "Facebook", "Insta", "TikTok"}},
	"th": {[]string{"ติดตามเพจ{APP}ของเรา {Q} แล้วทักแชทมาที่นั่นได้เลยค่ะ"}, []string{"เฟสบุ๊ค", "Facebook", "IG", "ไอจี"}},
	"ja": {[]string{"{APP}の公式アカウント{Q}をフォローしてDMください、そちらの方が早く返信できます"}, []string{"インスタ", "Instagram", "TikTok", "Facebook"}},
	"ko": {[]string{"{APP} {Q} 팔로우하시고 거기로 DM 주세요", "{APP} {Q} 이웃 추가하시고 거기로 쪽지 주세요"}, []string{"네이버 블로그", "인스타그램", "Instagram", "페이스북"}},
	"zh": {[]string{"关注我们的{APP}账号{Q}，私信我们，那边回复更快"}, []string{"抖音", "Instagram", "脸书", "Facebook"}},
}

// r2GroupTpl: join our private group/channel, search {Q} on {APP}.
var r2GroupTpl = map[string]struct {
	tpls, apps []string
}{
	"en": {[]string{"Join our private group, search for {Q} on the {APP}", "Join our private channel {Q} on {APP}"},
		[]string{"tele", "paper plane app", "green app", "Telegram", "TG"}},
	"es": {[]string{"Únete a nuestro grupo privado, búscanos como {Q} en la {APP}"}, []string{"app del avión de papel", "app verde", "Telegram"}},
	"pt": {[]string{"Entre no nosso grupo privado, procure {Q} no {APP}"}, []string{"app do aviãozinho", "tele", "Telegram", "zap"}},
	"fr": {[]string{"Rejoignez notre groupe privé, cherchez {Q} sur {APP}"}, []string{"l'appli verte", "tele", "Telegram", "l'avion en papier"}},
	"de": {[]string{"Treten Sie unserer privaten Gruppe bei, suchen Sie {Q} in der {APP}"}, []string{"Papierflieger-App", "grünen App", "Telegram"}},
	"it": {[]string{"Unisciti al nostro gruppo privato, cerca {Q} su {APP}"}, []string{"tele", "Telegram", "WhatsApp"}},
	"ru": {[]string{"Вступайте в наш закрытый канал, ищите {Q} в {APP}", "Вступайте в нашу закрытую группу {Q} в {APP}"},
		[]string{"ТГ", "телеге", "телеграме", "вотсапе", "вичате"}},
	"tr": {[]string{"Özel grubumuza katılın, {Q} diye {APP}'de aratın"}, []string{"tele", "Telegram"}},
	"ar": {[]string{"انضم إلى مجموعتنا الخاصة، ابحث عن {Q} على {APP}"}, []string{"التطبيق الأخضر", "التليجرام", "الواتساب"}},
	"zh": {[]string{"加入我们的私密群，在{APP}上搜{Q}"}, []string{"纸飞机", "电报", "TG"}},
	"ja": {[]string{"非公開グループ{Q}に参加してください、{APP}で検索"}, []string{"テレグラム", "LINE", "Telegram"}},
	"ko": {[]string{"네이버 밴드 비공개 그룹 {Q}에 가입하시면 할인가 안내해 드려요", "{APP} 비공개 그룹 {Q}에 가입하세요"}, []string{"텔레그램", "카톡"}},
	"id": {[]string{"Gabung grup privat kami, cari {Q} di {APP}"}, []string{"tele", "Telegram", "WA"}},
	"vi": {[]string{"Tham gia nhóm kín của bên em, tìm {Q} trên {APP} nhé"}, []string{"tele", "Telegram", "Zalo"}},
	"th": {[]string{"เข้ากลุ่มลับของเรา ค้นหา {Q} ใน{APP}"}, []string{"เทเล", "เทเลแกรม", "ไลน์"}},
	"hi": {[]string{"हमारे प्राइवेट ग्रुप में जुड़ें, {APP} पर {Q} सर्च करें"}, []string{"टेली", "Telegram", "WhatsApp"}},
}

// r2QRTexts: a QR code of an app, in more spellings and noun cases.
var r2QRTexts = map[string][]string{
	"ru": {"Отсканируйте QR-код вичата", "Отсканируйте QR-код вотсапа", "Отсканируйте QR-код ватсапа", "Скиньте QR-код телеги, добавлюсь",
		"Отправлю QR-код в телеге", "Отправлю QR-код в вичате", "QR-код телеграма в профиле"},
	"tr": {"Karekodu okutun, direkt yazışalım", "Karekod okutun, oradan ekleyin", "WhatsApp karekodumuzu okutun"},
	"zh": {"扫二维码加我", "扫一下微信二维码"},
	"ja": {"QRコードを読み取って友だち追加してください", "LINEのQRコードを読み取ってください"},
	"ko": {"QR 코드 스캔해서 추가해 주세요", "카톡 QR 코드 스캔해 주세요"},
	"ar": {"امسح رمز QR وأضفني", "امسح رمز QR الواتساب"},
	"hi": {"क्यूआर कोड स्कैन करके ऐड करें", "व्हाट्सएप क्यूआर कोड स्कैन करें"},
	"vi": {"Quét mã QR để kết bạn với em nhé", "Quét mã QR Zalo của em nhé"},
	"th": {"สแกนคิวอาร์โค้ดเพื่อแอดไลน์ได้เลยค่ะ"},
	"en": {"Scan my WeChat QR code", "I'll send the QR code on WhatsApp"},
}

// r2SameApps: "the same number on {APP}" per language.
var r2SameTpl = map[string]struct {
	tpls, apps []string
}{
	"en": {[]string{"Same number on the {APP}", "It's the same number on {APP}"}, []string{"green app", "WhatsApp", "Telegram", "Viber"}},
	"fr": {[]string{"Même numéro sur {APP}"}, []string{"l'appli verte", "WhatsApp", "Telegram"}},
	"ar": {[]string{"نفس الرقم على {APP}"}, []string{"التطبيق الأخضر", "الواتساب", "واتساب"}},
	"es": {[]string{"El mismo número en la {APP}", "Mismo número en {APP}"}, []string{"app verde", "WhatsApp", "Telegram"}},
	"pt": {[]string{"Mesmo número no {APP}"}, []string{"zap", "WhatsApp", "Telegram"}},
	"de": {[]string{"Gleiche Nummer auf {APP}"}, []string{"WhatsApp", "Telegram"}},
	"it": {[]string{"Stesso numero su {APP}"}, []string{"WhatsApp", "Telegram"}},
	"ru": {[]string{"Тот же номер в {APP}"}, []string{"вотсапе", "телеге", "вайбере"}},
	"tr": {[]string{"Aynı numara {APP}"}, []string{"WhatsApp'ta"}},
	"id": {[]string{"Nomor yang sama di {APP}"}, []string{"WA", "WhatsApp"}},
	"ja": {[]string{"同じ番号で{APP}もやってます"}, []string{"LINE", "WhatsApp"}},
	"ko": {[]string{"같은 번호로 {APP} 하시면 됩니다"}, []string{"카톡", "WhatsApp"}},
	"zh": {[]string{"同一个号码{APP}也能加"}, []string{"微信", "WhatsApp"}},
	"hi": {[]string{"वही नंबर {APP} पर है"}, []string{"WhatsApp", "व्हाट्सएप"}},
	"th": {[]string{"เบอร์เดียวกันใน{APP}ค่ะ"}, []string{"ไลน์", "WhatsApp"}},
	"vi": {[]string{"Cùng số trên {APP} nhé"}, []string{"Zalo", "WhatsApp"}},
}

// r2SiteMore: the official website with a form or reserved prices.
var r2SiteMore = map[string][]string{
	"fr": {"Passez sur notre site officiel et remplissez le formulaire, je ne peux pas tout dire ici",
		"Notre site officiel a des prix spéciaux pour les revendeurs", "Cherchez le nom de l'entreprise sur Google, le site officiel a des prix réservés"},
	"it": {"Ci cerchi su Google col nome dell'azienda: sul sito ufficiale trova catalogo e prezzi riservati",
		"Sul nostro sito ufficiale trova prezzi riservati", "Vada sul nostro sito ufficiale e compili il modulo, qui non posso dire tutto"},
	"en": {"Our official website has reserved prices for distributors", "Go to our official website and fill in the form, I can't say everything here"},
	"es": {"Nuestra web oficial tiene precios especiales para mayoristas"},
	"pt": {"Nosso site oficial tem preços especiais"},
	"de": {"Auf unserer offiziellen Website gibt es Sonderpreise"},
	"ru": {"На нашем официальном сайте специальные цены"},
	"tr": {"Resmi sitemizde özel fiyatlar var"},
	"ar": {"في موقعنا الرسمي أسعار خاصة"},
	"hi": {"हमारी आधिकारिक वेबसाइट पर खास कीमत है"},
	"id": {"Di situs resmi kami ada harga khusus"},
	"vi": {"Trang web chính thức của bên em có giá đặc biệt"},
	"th": {"เว็บไซต์ทางการของเรามีราคาพิเศษ"},
	"ja": {"弊社の公式サイトに特別価格があります"},
	"ko": {"저희 공식 홈페이지에 특별 가격이 있습니다"},
	"zh": {"我们官网有内部价"},
}

// r2Split: the family's pieces in neighbouring sentences.
var r2Split = map[string][]string{
	"ru": {"Вступайте в наш закрытый канал… ищите «Солар Кинг» в ТГ", "Вступайте в наш закрытый канал. Ищите «Солар Кинг» в ТГ",
		"Подпишитесь на нашу страницу ВК «Солар Кинг». Пишите нам в личку."},
	"en": {"Follow our FB page 'Solar King'. DM us there, we reply faster.", "Join our private group! Search 'Solar King' on the paper plane app.",
		"Google our company name. On the official website you'll find reserved prices."},
	"fr": {"Passez sur notre site officiel. Remplissez le formulaire, je ne peux pas tout dire ici.",
		"Rejoignez notre groupe privé. Cherchez « Solar King » sur l'appli verte."},
	"it": {"Mi trovi su Google col nome dell'azienda, sul sito ufficiale ci sono prezzi riservati.",
		"Segui la nostra pagina Instagram «Solar King». Scrivici in DM."},
	"es": {"Sigue nuestra página de Facebook 'Solar King'. Escríbenos por DM allí."},
	"ko": {"인스타그램 '솔라킹' 팔로우해 주세요. 거기로 DM 주세요."},
	"ja": {"インスタ「ソーラーキング」をフォローしてください。DMでご連絡ください。"},
	"zh": {"关注我们的抖音「太阳王」。私信我们。"},
}

// r2FindUs: search the merchant by a quoted name on an app; full-width
// spellings of names and handles.
var r2FindUs = map[string][]string{
	"ru": {"Найдите меня в вичате", "Ищите нас в телеге как «Солар Кинг»", "ВК: подпишитесь и пишите в личные сообщения"},
	"en": {"Find us on Telegram as 'Solar King'", "Follow us on Instagram and send a DM", "Same number on the paper plane app"},
	"es": {"Búscanos en Telegram como 'Solar King'", "Búscanos en WhatsApp como «Solar King»"},
	"fr": {"Cherchez-nous sur Telegram : « Solar King »", "Abonnez-vous à notre page Facebook et écrivez-nous en MP"},
	"it": {"Ci trovi su Telegram come «Solar King»", "Mi trovi su WhatsApp come 'Solar King'"},
	"tr": {"Telegram'da 'Solar King' olarak bizi bulun"},
	"pt": {"Procure-nos no Telegram como 'Solar King'"},
	"ja": {"詳細はＬＩＮＥでお送りします。ID：ｓｏｌａｒ＿ｋｅｎ", "Ｔｅｌｅｇｒａｍ ＠ｓｏｌａｒ＿ｋｅｎ"},
	"zh": {"详情ＷＸ：ｓｏｌａｒ＿ｋｅｎ", "ＷｈａｔｓＡｐｐ：＋８６ １３８ ００１３ ８０００"},
}

// r2Near are near misses of all four families.
var r2Near = map[string][]string{
	"en": {"Follow the steps in the manual and DM us if it does not start.", "Follow our store on the platform and DM us here for coupons.",
		"DM me here in the chat.", "We ship the same number of phones every month.", "Search for the standard on the official ISO website.", "Our website is in the platform profile.", "See the catalogue in the listing.",
		"Join our store's VIP group on the platform, search 'Solar King' in the search bar.", "Same number of pieces in each carton.",
		"Please follow the instructions on the label 'Solar King'."},
	"en3": {"Search 'Solar King' in the platform search bar."},
	"it2": {"Ci trovi sulla piattaforma come 'Solar King'."},
	"tr2": {"Bizi platformda 'Solar King' olarak bulun."},
	"en2": {"Join our group buying deal. Search 'Solar King' in the store.", "Our official website is under maintenance. Special prices are in the listing.",
		"Please follow us. The WhatsApp icon on the box is a sticker."},
	"es": {"Sigue nuestra tienda en la plataforma y escríbenos por aquí.", "El mismo número de piezas en cada caja.",
		"Escanea el código QR con el teléfono para ver el manual.", "La web oficial de la norma ISO tiene precios especiales para ensayos."},
	"fr": {"Suivez notre boutique sur la plateforme.", "Le même numéro de lot sur chaque carton.", "Le site officiel de la norme ISO décrit les essais."},
	"it": {"Segui il nostro negozio sulla piattaforma.", "Lo stesso numero di pezzi in ogni cartone.", "Il sito ufficiale della norma ISO descrive i test."},
	"de": {"Folgen Sie der Anleitung im Handbuch.", "Die gleiche Anzahl Teile in jedem Karton."},
	"pt": {"Siga nossa loja na plataforma.", "O mesmo número de peças em cada caixa."},
	"ru": {"Подпишитесь на наш магазин на платформе.", "Отсканируйте QR-код на коробке для проверки подлинности.", "Пишите в личку здесь, в чате."},
	"tr": {"Mağazamızı platformda takip edin.", "Ürünün üzerindeki karekodu okutun, orijinallik kontrolü için."},
	"ar": {"تابع متجرنا على المنصة.", "نفس الرقم التسلسلي على العلبة."},
	"hi": {"हमारे स्टोर को प्लेटफ़ॉर्म पर फॉलो करें।"},
	"id": {"Follow toko kami di platform ini ya."},
	"vi": {"Theo dõi shop trên sàn để nhận mã giảm giá nhé."},
	"th": {"ติดตามร้านของเราบนแพลตฟอร์มนะคะ"},
	"ja": {"ストアをフォローしてクーポンをゲット。"},
	"ko": {"스토어를 팔로우하시면 쿠폰을 드려요."},
	"zh": {"关注店铺领取优惠券，有问题私信客服", "用微信扫二维码验证真伪"},
}

func r2GeneratedCases() []gapCase {
	var cs []gapCase
	tpl := func(family string, m map[string]struct{ tpls, apps []string }, quotes [][2]string) {
		for lang, v := range m {
			for _, t := range v.tpls {
				for _, a := range v.apps {
					for _, q := range quotes {
						cs = append(cs, gapCase{lang, family, []turn{seller(r2Fill(t, a, q))}, op})
					}
				}
			}
		}
	}
	tpl("r2g_social", r2SocialTpl, r2QuoteStyles)
	tpl("r2g_group", r2GroupTpl, r2QuoteStyles)
	tpl("r2g_same", r2SameTpl, [][2]string{{"", ""}})
	for lang, ts := range r2QRTexts {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "r2g_qr", []turn{seller(s)}, op})
		}
	}
	for lang, ts := range r2SiteMore {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "r2g_site", []turn{seller(s)}, op})
		}
	}
	for lang, ts := range r2Split {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "r2g_split", []turn{seller(s)}, op})
		}
	}
	for lang, ts := range r2FindUs {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "r2g_findus", []turn{seller(s)}, op})
		}
	}
	for lang, ts := range r2Near {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "r2g_near", []turn{seller(s)}, ""})
		}
	}
	return cs
}

func TestR2ChannelGenerated(t *testing.T) { runGapCases(t, r2GeneratedCases()) }

// r2PreExisting are false alarms of the base tree met while writing the near
// misses, left alone (judge.go / lure_pointer.go decisions of earlier rounds).
var r2PreExisting = []string{
	"Follow the steps in the manual and DM us if the phone does not start.",
	"Our Facebook page shows the same products as this store.",
	"Follow our store on the platform. Our FB page is for news only. DM me here.",
	"Same number? Yes, the same WhatsApp sticker on every box, see photo.",
	"Search 'WhatsApp phone case' in our store.",
}

// TestR2PreExistingLogged logs the verdicts on the pre-existing false alarms
// so a later round sees whether they moved; it does not judge them.
func TestR2PreExistingLogged(t *testing.T) {
	d := newDetector(t)
	for _, s := range r2PreExisting {
		t.Logf("%q → %v", s, lastCodes(t, d, seller(s)))
	}
	// Fixed since: a QR code scanned to check the goods, the official website
	// of a standard (fp_families_test.go).
	for _, s := range []string{
		"Scan the QR code with WeChat to verify authenticity.",
		"Scan the QR code on the box with WeChat to verify authenticity.",
		"Scan the QR code with your phone to see the manual.",
		"The official website of the standard (ISO) lists special test prices.",
	} {
		if got := lastCodes(t, d, seller(s)); len(got) != 0 {
			t.Errorf("%q → %v, want clean", s, got)
		}
	}
}
