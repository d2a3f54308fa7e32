package message_test

import "testing"

// Round two of the channel families: social pages with "DM us there", private
// groups named in quotes or guillemets on a nicknamed or described app,
// width/script variants (full-width LINE and handles, inflected Russian
// nicknames, QR codes in more languages, "same number on the green app"), and
// the official website with a form or reserved prices. Near misses: following
// the store on the platform, DM inside the platform, the website in the
// platform profile, the official website of a standard, the listing's catalogue.

var r2SocialTexts = map[string][]string{
	"en": {"Follow our page on FB 'Solar King' and DM us, we reply faster there",
		"Like our Instagram page @solarking and message us there", "Follow our IG account and DM us there for the price"},
	"zh": {"关注我们的抖音账号「太阳王」，私信我们，那边回复更快"},
	"es": {"Sigue nuestra página de Facebook 'Solar King' y escríbenos por DM, allí respondemos más rápido"},
	"pt": {"Siga nossa página no Insta 'Solar King' e mande DM lá, respondemos mais rápido"},
	"fr": {"Suivez notre page FB « Solar King » et envoyez-nous un DM, on répond plus vite là-bas"},
	"de": {"Folgen Sie unserer Seite auf FB „Solar King“ und schreiben Sie uns dort eine DM"},
	"it": {"Segui la nostra pagina su FB 'Solar King' e scrivici in DM, lì rispondiamo prima"},
	"ru": {"Подпишитесь на нашу страницу ВК «Солар Кинг» и пишите нам в личку, там отвечаем быстрее"},
	"tr": {"İnstagram sayfamızı 'Solar King' takip edin ve DM atın, orada daha hızlı cevap veriyoruz"},
	"ar": {"تابع صفحتنا على فيسبوك 'Solar King' وراسلنا هناك، نرد أسرع"},
	"hi": {"हमारे FB पेज 'Solar King' को फॉलो करें और वहाँ DM करें"},
	"id": {"Follow akun IG kami 'Solar King' dan DM kami di sana ya, balasnya lebih cepat"},
	"vi": {"Theo dõi trang FB của bên em 'Solar King' rồi nhắn tin cho bên em ở đó nhé"},
	"th": {"ติดตามเพจเฟสบุ๊คของเรา 'Solar King' แล้วทักแชทมาที่นั่นได้เลยค่ะ"},
	"ja": {"インスタの公式アカウント「ソーラーキング」をフォローしてDMください、そちらの方が早く返信できます"},
	"ko": {"네이버 블로그 '솔라킹' 이웃 추가하시고 거기로 쪽지 주세요"},
}

var r2SocialClean = map[string][]string{
	"en": {"Follow our store on the platform to get coupons.", "DM me here in the chat if you have questions.",
		"Please follow our store for new arrivals.", "Like the product page to save it."},
	"es": {"Sigue nuestra tienda en la plataforma para cupones."},
	"ru": {"Подпишитесь на наш магазин на платформе."},
	"zh": {"关注我们的店铺，领取优惠券"},
	"fr": {"Suivez notre boutique sur la plateforme."},
}

var r2GroupTexts = map[string][]string{
	"ru": {"Вступайте в наш закрытый канал, ищите «Солар Кинг» в ТГ", "Вступайте в наш закрытый канал, ищите «Солар Кинг» в телеге"},
	"ko": {"네이버 밴드 비공개 그룹 '솔라킹'에 가입하시면 할인가 안내해 드려요"},
	"es": {"Únete a nuestro grupo privado, búscanos como 'Solar King' en la app del avión de papel"},
	"en": {"Join our private group, search for \"Solar King\" on the paper plane app", "Join our private channel 「Solar King」 on tele"},
	"pt": {"Entre no nosso grupo privado, procure „Solar King“ no app do aviãozinho"},
	"fr": {"Rejoignez notre groupe privé, cherchez « Solar King » sur l'appli verte"},
	"de": {"Treten Sie unserer privaten Gruppe bei, suchen Sie „Solar King“ in der Papierflieger-App"},
	"it": {"Unisciti al nostro gruppo privato, cerca «Solar King» su tele"},
	"tr": {"Özel grubumuza katılın, 'Solar King' diye tele'de aratın"},
	"ar": {"انضم إلى مجموعتنا الخاصة، ابحث عن «Solar King» على التطبيق الأخضر"},
	"zh": {"加入我们的私密群，在纸飞机上搜「太阳王」"},
	"ja": {"非公開グループ「ソーラーキング」に参加してください、テレグラムで検索"},
	"id": {"Gabung grup privat kami, cari 'Solar King' di tele"},
	"vi": {"Tham gia nhóm kín của bên em, tìm 'Solar King' trên tele nhé"},
	"th": {"เข้ากลุ่มลับของเรา ค้นหา 'Solar King' ในเทเล"},
	"hi": {"हमारे प्राइवेट ग्रुप में जुड़ें, टेली पर 'Solar King' सर्च करें"},
}

var r2WidthTexts = map[string][]string{
	"ja": {"詳細はＬＩＮＥでお送りします。ID：ｓｏｌａｒ＿ｋｅｎ", "QRコードを読み取って友だち追加してください"},
	"ru": {"Отсканируйте QR-код вичата", "Скиньте QR-код вотсапа, добавлю", "Пишите в вичате, так удобнее",
		"Напишите мне в ватсапе", "Отправлю QR-код в телеге"},
	"tr": {"Karekodu okutun, direkt yazışalım", "Karekod okutun, oradan ekleyin"},
	"zh": {"扫二维码加我"},
	"ko": {"QR 코드 스캔해서 추가해 주세요"},
	"ar": {"امسح رمز QR وأضفني", "نفس الرقم على التطبيق الأخضر"},
	"hi": {"क्यूआर कोड स्कैन करके ऐड करें"},
	"vi": {"Quét mã QR để kết bạn với em nhé"},
	"th": {"สแกนคิวอาร์โค้ดเพื่อแอดไลน์ได้เลยค่ะ"},
	"fr": {"Même numéro sur l'appli verte"},
	"en": {"Same number on the green app"},
	"es": {"El mismo número en la app verde"},
}

// r2SameNumberTurns: the number in the previous message, "same number on the
// green app" in this one.
var r2SameNumberTurns = map[string][]string{
	"ar": {"رقمي 0551234567", "نفس الرقم على التطبيق الأخضر"},
	"fr": {"Mon numéro : 06 12 34 56 78", "Même numéro sur l'appli verte"},
	"en": {"My number is +1 415 555 0134", "Same number on the green app"},
}

var r2SiteTexts = map[string][]string{
	"fr": {"Passez sur notre site officiel et remplissez le formulaire, je ne peux pas tout dire ici"},
	"it": {"Ci cerchi su Google col nome dell'azienda: sul sito ufficiale trova catalogo e prezzi riservati"},
	"en": {"Google our company name: on the official website you'll find the catalogue and reserved prices"},
	"es": {"Búscanos en Google con el nombre de la empresa: en la web oficial tienes precios especiales"},
	"pt": {"Pesquise no Google o nome da empresa: no site oficial tem preços especiais"},
	"de": {"Googeln Sie unseren Firmennamen: auf der offiziellen Website finden Sie Sonderpreise"},
	"ru": {"Найдите нас в Яндексе по названию компании: на официальном сайте специальные цены"},
	"tr": {"Google'da firma adımızı aratın: resmi sitemizde özel fiyatlar var"},
	"zh": {"百度搜索我们公司名称，官网上有内部价格"},
	"ar": {"ابحث في جوجل عن اسم شركتنا، في الموقع الرسمي أسعار خاصة"},
	"ja": {"社名でググってください、公式サイトに特別価格があります"},
	"ko": {"회사 이름으로 구글에서 검색하세요, 공식 홈페이지에 특별 가격이 있습니다"},
	"id": {"Cari nama perusahaan kami di Google, di situs resmi ada harga khusus"},
	"vi": {"Tìm tên công ty trên Google, trên trang web chính thức có giá đặc biệt"},
	"th": {"ค้นหาชื่อบริษัทใน Google บนเว็บไซต์ทางการมีราคาพิเศษ"},
	"hi": {"Google पर हमारी कंपनी का नाम सर्च करें, आधिकारिक वेबसाइट पर खास कीमत है"},
}

var r2SiteClean = map[string][]string{
	"en": {"Our website is in the platform profile.", "The official website of the standard (ISO) lists the test methods.",
		"See the catalogue in the listing.", "The company name is on the invoice."},
	"fr": {"Le site officiel de la norme ISO décrit les essais.", "Voir le catalogue dans l'annonce."},
	"it": {"Il sito ufficiale della norma ISO descrive i test.", "Vedi il catalogo nell'inserzione."},
	"es": {"Vea el catálogo en el anuncio."},
}

func r2Cases() []gapCase {
	var cs []gapCase
	add := func(family string, m map[string][]string, want string) {
		for lang, ts := range m {
			for _, s := range ts {
				cs = append(cs, gapCase{lang, family, []turn{seller(s)}, want})
			}
		}
	}
	add("r2_social", r2SocialTexts, op)
	add("r2_social_clean", r2SocialClean, "")
	add("r2_group", r2GroupTexts, op)
	add("r2_width", r2WidthTexts, op)
	add("r2_site", r2SiteTexts, op)
	add("r2_site_clean", r2SiteClean, "")
	for lang, ts := range r2SameNumberTurns {
		cs = append(cs, gapCase{lang, "r2_same_number", []turn{seller(ts[0]), seller(ts[1])}, op})
	}
	return cs
}

func TestR2ChannelFamilies(t *testing.T) { runGapCases(t, r2Cases()) }
