package message

import "slices"

// The family category famPointer (lexicon.go) names a place outside the chat
// where the contact or the deal waits: a document or picture (business
// licence, business card, catalogue PDF, brochure) or the merchant's own
// website and its form. Alone it is inert; lure_pointer.go reads it with a
// contact word, or (a site, also catProfile) with the merchant's invitation.
var (
	pointerDocs = []string{
		"business licence", "business license", "business card", "name card", "catalogue pdf", "catalog pdf", "pdf",
		"brochure", "flyer", "leaflet", "licencia comercial", "tarjeta de visita", "folleto", "licence commerciale",
		"carte de visite", "licença comercial", "cartão de visita", "folheto", "лицензии", "лицензия", "визитке",
		"визитка", "буклете", "ticari sicil", "kartvizit", "kartvizitte", "kartvizitimizde", "kartvizitimde", "broşür", "gewerbeschein", "visitenkarte", "broschüre",
		"licenza commerciale", "biglietto da visita", "رخصة تجارية", "الرخصة التجارية", "بطاقة العمل", "كتيب",
		"बिज़नेस कार्ड", "लाइसेंस", "izin usaha", "kartu nama", "brosur", "giấy phép kinh doanh", "danh thiếp",
		"ใบอนุญาต", "นามบัตร", "โบรชัวร์", "営業許可証", "名刺", "パンフレット", "사업자등록증", "명함", "팸플릿",
		"营业执照", "名片", "画册", "宣传册", "目录pdf", "产品目录", "catalogue", "catalog", "catálogo", "каталог",
		"каталоге", "katalog", "katalogda", "katalogu", "كتالوج", "الكتالوج", "कैटलॉग", "แคตตาล็อก", "カタログ", "카탈로그",
		"目录", "catalogo",
	}
	pointerSites = []string{
		"official website", "official site", "our website", "our official website", "fill in the form",
		"fill out the form", "sitio oficial", "sitio web oficial", "página oficial", "formulario", "site officiel",
		"formulaire", "site oficial", "formulário", "официальный сайт", "официальном сайте", "форма заявки", "форму заявки",
		"resmi web sitesi", "resmi sitemiz", "resmi sitemizden", "resmi sitemizde", "resmi web sitemizden",
		"resmi web sitemizde", "formu", "offizielle website", "offiziellen website", "formular",
		"sito ufficiale", "modulo di contatto", "الموقع الرسمي", "موقعنا الرسمي", "النموذج", "आधिकारिक वेबसाइट", "फॉर्म",
		"situs resmi", "website resmi", "formulir", "trang web chính thức", "website chính thức", "biểu mẫu",
		"เว็บไซต์ทางการ", "เว็บทางการ", "แบบฟอร์ม", "公式サイト", "フォーム", "공식 홈페이지", "공식 웹사이트",
		"官网", "官方网站", "表单", "填表", "独立站",
	}
	pointerSitesOurs = []string{"我们官网", "我们的官网", "我司官网", "本店官网", "公司官网"}
	// pointerSitesOwn are "our site" in the other languages: a site phrase
	// and the possessive that makes it the merchant's.
	pointerSitesOwn = []string{
		"nosso site", "no nosso site", "nossa página", "nuestra web", "nuestro sitio", "nuestro sitio web",
		"nuestra página web", "notre site", "notre site web", "unsere website", "unsere webseite",
		"unserer website", "il nostro sito", "nostro sito", "наш сайт", "нашем сайте", "sitemiz", "web sitemiz",
		"sitemizde", "موقعنا", "हमारी वेबसाइट", "situs kami", "website kami", "web kami", "website của chúng tôi",
		"trang web của chúng tôi", "web bên em", "เว็บไซต์ของเรา", "เว็บของเรา", "弊社サイト", "当社サイト",
		"弊社ホームページ", "저희 홈페이지", "저희 웹사이트", "我们网站", "我们的网站",
	}
)

// pointerFamEntries marks the pointer phrases famPointer.
func pointerFamEntries() []famEntry {
	return []famEntry{{famPointer, slices.Concat(pointerDocs, pointerSites, pointerSitesOurs, pointerSitesOwn)}}
}

// channelsLexicon widens the channel names to the nicknames and
// transliterations merchants write (tele, ТГ, wasap, uazzap, 薇, 卫星, 페북,
// سناب, za lô), the apps described without their name ("the green app", "纸飞机
// 软件", "l'appli verte"), private groups and channels on an app (join verbs,
// group nouns), and the places outside the chat a contact is pointed to. The
// same phrase in two entries carries both entries' categories.
//
// Nicknames that are also everyday words (tele = TV, face, band, 卫星 =
// satellite, 薇/威 in names) are weak and strict (strictNicks): they count
// only with an invitation other than a bare "add" or with a value, never
// through a possessive alone ("mi tele", "my face").
var channelsLexicon = []lexEntry{
	// ---------------------------------------------------------------- nicknames
	{catChannel, ChannelWhatsApp, []string{
		"uazzap", "wazzap", "wazap", "whatsapp'ta", "whatsappta", "whatsi", "whatsie", "вотсапп", "вотсапе", "воцап",
		"вацап", "вацапу", "ватсапом", "вотсапом", "وتساب", "الوتس", "واتسب", "واتس أب", "व्हाट्सप", "व्हाट्सअप",
		"वाट्सऐप", "वॉट्सएप", "ワツアプ", "왓츠", "왓츠앱으로", "วอทส์", "วอทสแอป", "whatsapp nya", "wa nya", "wa id",
		"id wa", "nomor wa", "no wa", "wa ku", "wa saya", "wa aja", "wa group", "grup wa", "grup whatsapp",
	}},
	// German compounds: "Telegram-Gruppe" is the group, not a feature (compound).
	{catChannel, ChannelTelegram, []string{"telegram-gruppe", "telegram-kanal", "telegramgruppe", "telegramkanal"}},
	{catChannel, ChannelWhatsApp, []string{"whatsapp-gruppe", "whatsapp-kanal", "whatsappgruppe"}},
	{catChannel, ChannelFacebook, []string{"facebook-gruppe", "facebookgruppe"}},
	{catChannelWeak, ChannelWhatsApp, []string{"wasa", "ws", "wts", "вотс", "ватс", "zapp", "watsup", "whatsup"}},
	{catChannel, ChannelTelegram, []string{
		"telegrama", "telegramma", "télégramme", "telegramu", "telegramda", "telegramdan", "telegrami", "телеграмчик",
		"тг канал", "тг-канал", "канал в тг", "группа в тг", "чат в тг", "تيليغرام", "التيليغرام", "تيلجرام", "التيلجرام", "تليقرام", "تيليقرام", "टेलीग्राम", "टेलिग्राम",
		"เทเลแกรม", "เทเลแกม", "テレグラ", "텔레그램으로", "纸飞机软件", "飞机软件", "电报号",
	}},
	{catChannel | catInvite, ChannelTelegram, []string{"加飞机", "加tg", "加电报"}},
	{catChannelWeak, ChannelTelegram, []string{"tele", "tlg", "тгк", "تلي", "التلي", "تيلي", "टेली", "เทเล", "テレ", "텔레"}},
	{catChannel, ChannelWeChat, []string{
		"вичате", "вичату", "вичатом", "ويشات", "وي شات", "वीचैट", "वी चैट", "ウィチャ", "วีแชต", "微信群", "wechat群",
		"v号", "薇号", "卫星号",
	}},
	// "有V吗": do you have WeChat (the short question asks).
	{catChannel, ChannelWeChat, []string{"有v吗", "有vx吗", "有薇吗", "有微吗", "有v么", "有卫星吗"}},
	// "V同号": the WeChat account is the phone number.
	{catChannel | catInvite, ChannelWeChat, []string{"v同号", "vx同号", "微信同号", "薇同号", "微同号", "v信同号", "同号微信", "wechat同号", "wx同号", "微信同号码"}},
	{catChannel | catInvite, ChannelWhatsApp, []string{"whatsapp同号", "wa同号", "whatsapp同号码"}},
	{catChannel, ChannelDiscord, []string{
		"discord", "discord server", "discord id", "discord'a", "discord'da", "дискорд", "дискорде", "ديسكورد",
		"डिस्कॉर्ड", "ディスコード", "디스코드", "discord群",
	}},
	{catChannelWeak | catSlang, ChannelWeChat, []string{"薇", "威", "卫星", "微"}},
	// A heart for the second character: "微❤ anna_3444".
	{catChannel | catSlang, ChannelWeChat, []string{"微❤", "微♥", "薇❤", "薇♥", "v❤", "v♥", "威❤"}},
	{catChannel, ChannelFacebook, []string{
		"脸书", "臉書", "фейсбуке", "фейсбука", "фэйсбук", "الفيس بوك", "فيس بوك", "फेसबुक", "페북", "페이스북으로",
		"フェイスブック", "fb page", "facebook page", "facebook group", "fb group", "phây búc", "phây búc",
	}},
	{catChannelWeak, ChannelFacebook, []string{"face", "phây", "фб", "фейс", "فيس", "الفيس", "เฟส", "เฟซ", "フェイス"}},
	{catChannel, ChannelInstagram, []string{"инсту", "инсте", "инста", "انستجرام", "الانستا", "इंस्टाग्राम", "इंस्टा", "インスタ", "อินสตา", "ไอจี"}},
	{catChannel, ChannelSnapchat, []string{"سناب", "السناب", "سناب شات", "سنابي", "снэпчат", "снапчат", "スナチャ"}},
	{catChannel, ChannelSignal, []string{"сигнале", "signal'den", "signal'e", "सिग्नल ऐप"}},
	{catChannelWeak, ChannelSignal, []string{"sinyal"}},
	{catChannel, ChannelViber, []string{"вайбере", "вайбер", "вайберу", "فايبر", "الفايبر", "वाइबर", "ไวเบอร์"}},
	{catChannel, ChannelKakaoTalk, []string{"카톡으로", "카카오톡으로", "카톡방", "kakao id", "katalk", "カカオ", "カカオトーク", "카카오톡 오픈채팅", "카톡 오픈채팅"}},
	{catChannel, ChannelLine, []string{
		"line openchat", "line open chat", "openchat", "オープンチャット", "オプチャ", "加賴",
		"line群", "line group", "line grubu", "กลุ่มไลน์", "ไลน์กลุ่ม", "ไลน์ไอดี", "line official account", "line oa",
	}},
	{catChannel, ChannelKakaoTalk, []string{"오픈채팅", "오픈채팅방", "오픈톡"}},
	{catChannel, ChannelNaver, []string{"네이버 밴드", "네이버밴드", "naver band", "밴드 앱", "band app", "밴드 초대", "밴드 가입"}},
	{catChannelWeak, ChannelNaver, []string{"밴드"}},
	{catChannel, ChannelNaver, []string{"네이버 밴드", "네이버밴드", "naver band", "네이버 카페"}},
	// Messengers without a channel of their own: the contact is off the platform all the same.
	{catChannel, ChannelContact, []string{"botim", "بوتيم", "chatwork", "チャットワーク", "챗워크"}},
	{catInvite, 0, []string{"تتصل فيني", "اتصل فيني", "تواصل فيني", "كلمني على", "راسلني على", "اتصل علي"}},
	{catSearch, 0, []string{
		"búscame", "buscame", "encuéntrame", "encuentrame", "búsquenos", "me procura", "procura-me", "cherchez-moi",
		"suchen sie mich", "cercami", "найди меня", "найдите меня", "beni arayın", "ابحث عني", "cari saya", "tìm em",
		"私を検索", "저를 검색", "搜我",
	}},
	{catConnector, 0, []string{"名字", "昵称", "名称"}},
	// More apps described or abbreviated: the yellow messenger (KakaoTalk), ㅋㅌ, Japan's green app (LINE).
	{catChannelWeak | catAppRef, ChannelKakaoTalk, []string{"노란색 메신저", "노란 메신저", "노란 앱", "노란색 앱", "ㅋㅌ", "ㅋㅋㅇㅌ"}},
	{catChannelWeak | catAppRef, ChannelLine, []string{"緑のメッセージアプリ", "緑色のアプリ", "緑のチャットアプリ"}},
	// Where a number is shown: a video's watermark, the shop's banner.
	{catProfile, 0, []string{
		"watermark", "video watermark", "wasserzeichen", "marca de agua", "marca d'água", "filigrane", "filigrana",
		"водяной знак", "водяном знаке", "filigran", "علامة مائية", "वॉटरमार्क", "tanda air", "hình mờ",
		"ลายน้ำ", "透かし", "워터마크", "水印", "बैनर", "दुकान के बैनर",
	}},
	// A Facebook fan page, and writing to it ("ib fanpage", "ทักแชทเพจ").
	{catChannel, ChannelFacebook, []string{"fanpage", "fan page", "fanpage facebook", "เพจเฟซบุ๊ก", "เพจเฟส", "แชทเพจ"}},
	{catInvite, 0, []string{"ib", "ib mình", "ib em", "ib shop", "inbox", "inbox mình", "ทักแชท", "ทักมา", "ทักเพจ",
		"schreiben sie uns", "schreib uns"}},
	// Another marketplace's shop, to find the merchant there ("cari nama toko
	// kami di Shopee"): weak, as they are named in ordinary trade talk too
	// ("we supply Amazon sellers").
	{catChannelWeak, ChannelMarketplace, []string{
		"shopee", "tokopedia", "tokped", "lazada", "amazon", "ebay", "etsy", "mercado libre", "mercadolibre",
		"trendyol", "hepsiburada", "wildberries", "jumia", "flipkart", "coupang", "rakuten",
		"temu", "shein", "taobao", "tmall", "jd.com", "pinduoduo", "淘宝", "天猫", "京东", "拼多多",
	}},
	{catChannel, ChannelZalo, []string{"za lô", "da lô", "nhóm zalo", "zalo group"}},
	{catChannelWeak, ChannelZalo, []string{"zl", "za lo"}},
	{catChannelWeak, ChannelLine, []string{"賴"}},
	{catChannel, ChannelSkype, []string{"скайпу", "skype'tan", "स्काइप"}},
	// ---------------------------------------------------------------- apps described by colour or icon
	{catChannelWeak | catAppRef, ChannelWhatsApp, []string{
		"green app", "the green app", "app verde", "la app verde", "aplicación verde", "aplicativo verde",
		"appli verte", "l'appli verte", "application verte", "grünen app", "grüne app", "der grünen app",
		"зелёном приложении", "зеленом приложении", "зелёное приложение", "зеленое приложение", "зелёная аппка",
		"yeşil uygulama", "yeşil uygulamadan", "yeşil uygulamada", "التطبيق الأخضر", "الابلكيشن الأخضر",
		"हरे वाले ऐप", "हरे ऐप", "हरे वाला ऐप", "hare wale app", "green wala app", "aplikasi hijau", "apk hijau",
		"ứng dụng màu xanh", "ứng dụng xanh lá", "app màu xanh", "แอปสีเขียว", "แอพสีเขียว", "緑のアプリ",
		"초록 앱", "초록색 앱", "绿色软件", "绿色的软件", "绿色app", "绿色的app", "绿色应用", "绿泡泡软件",
		// by its icon or first letter: "the app with the green icon", "the app starting with W"
		"app with the green icon", "app with the green logo", "green icon app", "green logo app", "the green icon",
		"green chat app", "green messaging app", "app starting with w", "app that starts with w", "app beginning with w",
		"app del icono verde", "app con el icono verde", "app del ícono verde", "app com o ícone verde",
		"app do ícone verde", "appli à l'icône verte", "l'appli avec l'icône verte", "app mit dem grünen symbol",
		"app mit dem grünen icon", "app con l'icona verde", "приложение с зелёной иконкой", "приложении с зелёной иконкой",
		"приложении с зеленой иконкой", "yeşil simgeli uygulama", "yeşil ikonlu uygulama", "التطبيق ذو الأيقونة الخضراء",
		"हरे आइकन वाला ऐप", "हरे आइकन वाले ऐप", "aplikasi ikon hijau", "aplikasi dengan ikon hijau",
		"ứng dụng biểu tượng xanh lá", "แอปไอคอนสีเขียว", "緑のアイコンのアプリ", "초록 아이콘 앱", "绿色图标的软件", "绿色图标的app", "绿色图标",
	}},
	{catChannelWeak | catAppRef, ChannelTelegram, []string{
		"paper plane app", "paper-plane app", "the paper plane", "app del avión de papel", "avión de papel",
		"avião de papel", "avion en papier", "l'avion en papier", "papierflieger", "бумажный самолётик",
		"бумажном самолётике", "самолётик", "самолетик", "kağıt uçak", "الطائرة الورقية", "कागज़ के हवाई जहाज़",
		"pesawat kertas", "máy bay giấy", "เครื่องบินกระดาษ", "紙飛行機", "종이비행기", "aeroplano di carta",
		"aeroplanino", "纸飞机app", "飞机app",
		"blue paper plane", "the blue paper plane", "app with the blue paper plane", "app with the paper plane",
		"app with the blue plane", "blue plane app", "paper plane icon", "plane icon", "app with the plane",
		"avión azul", "avião azul", "avion bleu", "blauen papierflieger", "синий самолётик", "mavi uçak",
		"الطائرة الزرقاء", "नीला हवाई जहाज़", "pesawat biru", "máy bay xanh", "เครื่องบินสีฟ้า", "青い紙飛行機",
		"파란 비행기", "蓝色飞机", "小飞机",
	}},
	{catChannelWeak | catAppRef, ChannelFacebook, []string{
		"blue app", "the blue app", "app azul", "la app azul", "appli bleue", "l'appli bleue", "blauen app",
		"синем приложении", "синее приложение", "mavi uygulama", "التطبيق الأزرق", "नीले ऐप", "aplikasi biru",
		"แอปสีฟ้า", "青いアプリ", "파란 앱", "蓝色软件", "蓝色app",
		"app blu",
	}},
	// Vietnamese: the blue app is Zalo.
	{catChannelWeak | catAppRef, ChannelZalo, []string{"ứng dụng màu xanh dương", "app xanh dương", "app màu xanh dương"}},
	// ---------------------------------------------------------------- groups and channels
	{catInvite, 0, []string{
		"join", "join our", "join us", "request to join", "apply to join", "únete", "unete", "únase", "unirte",
		"solicita unirte", "pide entrar", "pida entrar", "entrar al grupo", "peça para entrar", "solicite entrar",
		"entrar no grupo", "entrar no canal", "para entrar", "rejoignez", "rejoins", "rejoindre", "entre no", "entre no nosso", "entra no", "participe",
		"вступайте", "вступите", "вступай", "присоединяйтесь", "подписывайтесь", "подпишитесь", "katılın",
		"katıl", "katılabilirsiniz", "treten sie", "beitreten", "tritt", "unisciti", "unitevi", "iscriviti",
		"انضم", "انضموا", "اشترك", "जुड़ें", "ज्वाइन करें", "join karo", "join kijiye", "gabung", "bergabung",
		"gabung ke", "tham gia", "vào nhóm", "เข้ากลุ่ม", "เข้าร่วม", "参加", "가입", "가입해",
		"들어오세요", "들어와", "入群", "进群", "加群", "进我们", "进我们的", "进我的", "入我们", "拉你进群", "申请加入", "加入",
	}},
	// Informal invitations the first lexicons left out.
	{catInvite, 0, []string{
		"me escribes", "me escribe", "escríbeme al", "écris-moi", "écris-nous", "contacte-moi", "bana yaz", "yaz bana", "den yaz", "dan yaz", "ten yaz", "tan yaz", "dan yazın", "den yazın",
		"bize yaz", "ابعتلي", "ابعت لي", "ابعتلنا", "تابعونا", "تابعنا", "كلمونا", "كلمنا", "راسلونا", "escribime",
		"escribinos", "hablame", "llamame", "entre na", "entra na", "entre na nossa", "मैसेज करो",
		"मैसेज कीजिए", "संपर्क करो", "ऐड करो", "ऐड करें", "जुड़ो",
	}},
	{catReqVerb, 0, []string{"pásame", "pasame", "pásanos"}},
	// Vietnamese invitations with the person between verb and app: "nhắn tin cho em qua …".
	{catInvite, 0, []string{
		"nhắn tin cho em", "nhắn cho em", "nhắn em", "nhắn tin cho mình", "nhắn cho mình", "nhắn tin cho shop",
		"nhắn cho shop", "gọi cho em", "gọi em",
	}},
	// ---------------------------------------------------------------- documents and sites a contact is pointed to
	{0, 0, pointerDocs},
	{catProfile | catAppRef, 0, pointerSites},
	// Visiting it: an invitation (filling in a form is not one: "fill in your
	// phone number in the order form").
	{catInvite, 0, []string{
		"visit", "visit our", "visita", "visite", "visitez", "посетите", "ziyaret edin", "besuchen sie", "visitate",
		"قم بزيارة", "زوروا", "विज़िट करें", "kunjungi", "truy cập", "เยี่ยมชม", "방문", "访问", "上官网", "去官网",
		"write on", "text on", "message on", "ping me on", "ping on",
		"entra no", "entre no", "acesse", "acessa", "entra en", "entre en", "rendez-vous sur", "allez sur",
		"geh auf", "gehen sie auf", "vai sul", "andate sul", "заходите на", "зайдите на", "girin", "masuk ke",
		"buka", "vào", "ghé", "เข้าไปที่", "アクセスして", "들어가서", "上我们网站",
	}},
	{catPossSelf, 0, []string{
		"our website", "our official website", "我们官网", "我们的官网", "我司官网", "本店官网", "公司官网",
		"нашем", "нашего", "нашей", "наши", "저희", "저희의", "موقعنا الرسمي", "resmi sitemiz", "resmi sitemizden",
		"resmi sitemizde", "resmi web sitemizden", "resmi web sitemizde",
	}},
	{catPossSelfPost, 0, []string{"của bên em", "bên em", "bên mình", "của shop", "của bên mình"}},
	{catChannelWeak, ChannelContact, []string{"群号", "群号码", "qq群号", "微信群号"}},
	{catProfile | catAppRef, 0, pointerSitesOurs},
	{catProfile | catAppRef | catPossSelf | catSite, 0, pointerSitesOwn},
	// Cheaper there: an offer that draws the buyer away like a better price.
	{catAnti, 0, []string{
		"cheaper", "更便宜", "便宜", "更优惠", "más barato", "moins cher", "mais barato", "дешевле", "daha ucuz",
		"günstiger", "più economico", "أرخص", "सस्ता", "lebih murah", "rẻ hơn", "ถูกกว่า", "安い", "더 싸게", "더 저렴",
	}},
	{catAskHave, 0, []string{"got", "u got", "you got", "ha un", "ha una", "hai un", "hai una", "avete un", "avete una", "lei ha"}},
	// Our number: رقمنا, เบอร์ร้าน (the shop's number).
	{catChannel | catPossSelf, ChannelPhone, []string{"رقمنا", "رقم هاتفنا", "เบอร์ร้าน", "เบอร์ของร้าน"}},
	// The same number as somewhere else: "same number as on our business card".
	{catChannel, ChannelPhone, []string{
		"same number", "same phone number", "mismo número", "même numéro", "mesmo número", "тот же номер",
		"aynı numara", "gleiche nummer", "stesso numero", "نفس الرقم", "वही नंबर", "nomor yang sama", "cùng số",
		"เบอร์เดียวกัน", "同じ番号", "같은 번호", "同一个号码", "同一号码",
	}},
	// Pictures and QR places the first lexicon left out.
	{catImage, 0, []string{
		"صور", "صورة", "musterfotos", "produktfotos", "fotos", "foto's", "fotoğraf", "fotoğrafta", "fotoğrafında",
		"fotoğraflarda", "fotoğraflarındaki", "fotoğraftaki", "resimlerde", "resimdeki", "фотографии", "фотке",
		"ảnh mẫu", "hình ảnh", "รูปตัวอย่าง", "รูปภาพ", "写真", "サンプル写真", "사진에", "样品图", "样品图片", "样品照片",
	}},
	{catInvite, 0, []string{"para contactarnos", "para contactarme"}},
	// ---------------------------------------------------------------- ordinary words the nicknames hide in
	{catNeutral, 0, []string{
		"la tele", "la télé", "de la tele", "tele lens", "tele objektiv", "tele-objektiv", "tele zoom", "telezoom",
		"face id", "face mask", "face shield", "face side", "face cream", "face width", "face of", "the face",
		"en face de", "en face du", "la face", "a face", "watch band", "rubber band", "band width", "bandwidth", "elastic band",
		"resistance band", "head band", "wrist band", "hair band", "band saw", "rock band", "the band",
		"テレビ", "텔레비전", "텔레비젼", "시계 밴드", "고무 밴드", "헤어 밴드", "밴드 사이즈", "밴드 길이",
		"卫星接收器", "卫星电话", "卫星天线", "卫星导航", "威力", "权威", "微型", "微波", "微波炉", "微米", "微调",
		"v领", "加v领", "v字", "v型", "v形", "维修", "维护", "薇薇", "薇薇安", "威尼斯", "威士忌",
		"phone holders", "phone stands", "phone mounts", "phone chargers", "phone straps", "phone bags",
		"phone shells", "phone cables", "phone grips", "phone lenses", "green color", "green colour", "blue color", "blue colour", "group buying", "group buy",
		"加威力", "加微量", "加微调", "加微波", "微量", "稍微", "微笑", "微小", "微软", "微博", "微商城", "อินเทอร์เฟซ", "インターフェイス",
	}},
}

// turkishCaseForms are app names with a Turkish case suffix glued on
// ("vatsaptan yazın", "instagramdan DM atın", "telegrama yazın"): the
// suffix is written with or without an apostrophe, and the apostrophe
// already splits the token.
func turkishCaseForms() []lexEntry {
	stems := []struct {
		ch    Channel
		names []string
	}{
		{ChannelWhatsApp, []string{"whatsapp", "watsap", "vatsap", "watsapp", "vatsapp", "wp", "whatsap"}},
		{ChannelTelegram, []string{"telegram", "telgram"}},
		{ChannelInstagram, []string{"instagram", "insta"}},
		{ChannelFacebook, []string{"facebook"}},
		{ChannelWeChat, []string{"wechat"}},
		{ChannelSkype, []string{"skype"}},
		{ChannelViber, []string{"viber"}},
		{ChannelSignal, []string{"signal"}},
	}
	suffixes := []string{"tan", "ten", "dan", "den", "ta", "te", "da", "de", "a", "e", "ya", "ye", "ı", "i", "u", "yı",
		"yi", "yu", "la", "le", "yla", "yle"}
	var out []lexEntry
	for _, s := range stems {
		var forms []string
		for _, n := range s.names {
			for _, x := range suffixes {
				forms = append(forms, n+x)
			}
		}
		out = append(out, lexEntry{catChannel, s.ch, forms})
	}
	return out
}
