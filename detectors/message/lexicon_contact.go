package message

// contactLexicon extends the lexicon for off-platform contact: the local apps
// and the invitation, possessive, request and negation cues of the languages
// beyond the first seven (Korean, Japanese, Vietnamese, Turkish, German,
// Indonesian, Thai, Italian, Hindi/Hinglish), and the vocabulary of indirect
// lures (QR codes, "search our shop name on …", "details in my profile",
// "let's talk somewhere more convenient"). The same phrase in two entries
// carries both entries' categories.
var contactLexicon = []lexEntry{
	// ---------------------------------------------------------------- channels
	{catChannel, ChannelWhatsApp, []string{
		"왓츠앱", "왓사앱", "ワッツアップ", "ワッツアプ", "วอทส์แอป", "วอทแอป", "व्हाट्सएप", "व्हाट्सऐप", "वॉट्सऐप",
		"whatsapp'tan", "whatsapp'a", "whatsapptan", "vatsap", "uotsap", "whts", "wtsp", "whtsap", "ватсапп", "วอทสแอพ",
	}},
	{catChannelWeak, ChannelWhatsApp, []string{"wa", "w/a", "wp", "wts", "wsp"}},
	{catChannel, ChannelWeChat, []string{"위챗", "ウィーチャット", "ウィチャット", "วีแชท", "wx号", "微信号码", "wechat号"}},
	{catChannel, ChannelTelegram, []string{"텔레그램", "テレグラム", "เทเลแกรม", "टेलीग्राम", "telegram'dan"}},
	{catChannel, ChannelLine, []string{
		"line id", "lineid", "line@", "ラインid", "ライン id", "line 아이디", "라인 아이디", "ไลน์ไอดี", "ไอดีไลน์",
	}},
	{catChannel | catInvite, ChannelLine, []string{"add line", "แอดไลน์", "ทักไลน์", "ライン追加", "라인 추가"}},
	{catChannelWeak, ChannelLine, []string{"ライン", "라인", "ไลน์", "ไลน"}},
	{catChannel, ChannelKakaoTalk, []string{"카카오", "카카오톡", "카톡", "kakao id", "카톡아이디", "카카오톡 아이디", "kakaotalk id"}},
	{catChannel, ChannelZalo, []string{"zalo", "số zalo", "zalo id", "nick zalo"}},
	{catChannel, ChannelViber, []string{"viber", "바이버", "バイバー"}},
	{catChannel, ChannelVK, []string{"vkontakte", "вконтакте", "в контакте", "вконтакт", "vk id"}},
	{catChannelWeak, ChannelVK, []string{"vk", "вк"}},
	{catChannel, ChannelSnapchat, []string{"snapchat", "snap chat", "스냅챗", "スナップチャット"}},
	{catChannelWeak, ChannelSnapchat, []string{"snap"}},
	{catChannel, ChannelSignal, []string{"signal id", "시그널", "シグナル"}},
	{catChannel, ChannelThreema, []string{"threema", "threema id"}},
	{catChannel, ChannelInstagram, []string{"인스타", "인스타그램", "インスタ", "インスタグラム", "อินสตาแกรม", "insta dm", "instagram dm"}},
	{catChannel, ChannelFacebook, []string{
		"페이스북", "フェイスブック", "เฟสบุ๊ค", "เฟซบุ๊ก", "facebook messenger", "fb messenger", "messenger'dan",
		"вконтакте мессенджер",
	}},
	{catChannel, ChannelEmail, []string{
		"이메일", "메일 주소", "メール", "メールアドレス", "メアド", "อีเมล", "อีเมล์", "e-posta", "eposta",
		"e-posta adresi", "e-mail-adresse", "emailadresse", "surel", "alamat email", "posta elettronica",
		"indirizzo email", "địa chỉ email", "ईमेल",
	}},
	{catChannel, ChannelPhone, []string{
		"전화", "전화번호", "핸드폰", "휴대폰", "휴대전화", "폰번호", "電話", "電話番号", "携帯", "携帯番号",
		"số điện thoại", "điện thoại", "sđt", "sdt", "telefon", "telefon numarası", "telefon numaram",
		"cep telefonu", "rufnummer", "mobilnummer", "no hp", "nomor hp", "nomor telepon",
		"telepon", "no telp", "nomor wa", "cellulare", "numero di telefono", "telefono", "เบอร์โทร", "เบอร์โทรศัพท์",
		"โทรศัพท์", "फ़ोन", "फोन", "मोबाइल", "फोन नंबर", "phone no", "whatsapp no", "mobile no",
	}},
	{catChannelWeak | catNumberWord, ChannelPhone, []string{
		"번호", "番号", "số", "numara", "numarası", "numaranız", "numaranizi", "nomor", "nomer", "เบอร์", "नंबर",
		"nambar", "numero", "nummer", "nomornya", "numaranızı",
	}},
	{catChannel | catPossSelf, ChannelPhone, []string{"numaram", "numaramız", "nomorku", "benim numaram"}},
	{catChannel | catPossYou, ChannelPhone, []string{"numaranız", "numaran", "nomormu", "numaranızı"}},
	// Channel words with their possessive or article glued on: Turkish
	// "e-postanızı" (your e-mail), "e-postam" (my e-mail); Indonesian
	// "emailnya", "WA-nya" (the e-mail, the WhatsApp).
	{catChannel | catPossYou, ChannelEmail, []string{
		"e-postanızı", "e-postanız", "epostanızı", "epostanız", "e-posta adresinizi", "e-posta adresiniz",
		"emailinizi", "emailiniz", "mailinizi", "mail adresinizi", "email adresinizi", "emailmu", "email kamu",
	}},
	{catChannel | catPossSelf, ChannelEmail, []string{
		"e-postam", "epostam", "e-posta adresim", "emailim", "mailim", "mail adresim", "email adresim", "emailku",
	}},
	{catChannel, ChannelEmail, []string{"emailnya", "email-nya", "e-mailnya", "alamat emailnya"}},
	{catChannel, ChannelWhatsApp, []string{"wa-nya", "wanya", "whatsappnya", "whatsapp-nya", "nomor wa-nya"}},
	{catChannel | catPossYou, ChannelWhatsApp, []string{"whatsapp numaranızı", "whatsappınızı", "wp numaranızı"}},
	{catChannel, ChannelWeChat, []string{"wechatnya", "wechat-nya"}},
	{catChannelWeak, ChannelPhone, []string{"hp", "handy", "tlf", "telf", "cel"}},
	{catChannelWeak, ChannelContact, []string{
		"contact", "kontak", "kontakt", "kontaktdaten", "contatto", "contatti", "recapito", "iletişim bilgileri",
		"liên lạc", "연락처", "連絡先", "ช่องทางติดต่อ", "संपर्क", "datos de contacto", "thông tin liên hệ",
		"kontaktlarım", "iletişim bilgilerim", "معلومات التواصل", "contatos", "мои контакты", "контакты",
		"contact detials", "contct",
	}},

	// ---------------------------------------------------------------- invitations
	{catInvite, 0, []string{
		// Korean
		"추가", "추가해", "추가해주세요", "추가 부탁", "친추", "친구추가", "친구 추가", "연락", "연락주세요", "연락 주세요",
		"연락해", "톡주세요", "톡 주세요", "문의", "문의주세요", "메시지", "보내주세요",
		// Japanese
		"追加", "友達追加", "連絡", "ご連絡", "登録", "メッセージ", "お問い合わせ", "ください",
		// Vietnamese
		"kết bạn", "ket ban", "liên hệ", "nhắn tin", "nhắn", "inbox", "ib", "gọi cho", "add zalo",
		"kết nối",
		// Turkish
		"ekleyin", "ekle", "yazın", "bana yazın", "bize yazın", "ulaşın", "ulaşabilirsiniz", "arayın", "beni arayın",
		"mesaj atın", "mesaj at", "iletişime geçin", "iletişim", "yazabilirsiniz",
		// German
		"schreiben sie mir", "schreib mir", "schreiben sie uns", "kontaktieren sie", "kontaktieren sie mich",
		"kontaktiere mich", "melden sie sich", "melde dich", "rufen sie", "rufen sie mich an", "ruf mich an",
		"fügen sie mich hinzu", "erreichen sie mich", "erreichen sie uns", "adden", "adden sie mich", "addet mich",
		// Indonesian
		"hubungi", "hubungi saya", "hubungi kami", "chat saya", "chat aja", "tambahkan", "add aja", "wa aja",
		"kontak saya", "hubungi kami di", "silakan hubungi", "japri", "eklemek", "beni ekle", "adicionar",
		"me adicionar", "ajouter", "agregarme", "aggiungermi", "hinzuzufügen", "добавить", "добавить меня",
		"لإضافتي", "add kar lo", "add karo", "add saya",
		// Thai
		"แอด", "ทัก", "ทักมา", "ติดต่อ", "ติดต่อได้ที่", "เพิ่มเพื่อน", "แชท",
		// Italian
		"scrivimi", "scriveteci", "scrivici", "contattami", "contattaci", "contattateci", "aggiungimi", "chiamami",
		"chiamaci", "mandami un messaggio", "scrivetemi",
		// Hindi / Hinglish
		"karo", "kijiye", "message karo", "call karo", "whatsapp karo", "contact karo", "sampark karein",
		"संपर्क करें", "मैसेज करें", "कॉल करें",
		"contact karein", "message karein", "call karein", "add karein", "contact kijiye",
		"message kijiye", "add kijiye", "sampark kijiye",
		// Other supported languages, forms missing before
		"hit me up", "hmu", "reach me on", "find me on", "add me up", "message me on", "contact me on",
		"escríbeme al", "escríbenos al", "mándanos", "hablemos por", "chatea conmigo", "fale conosco",
		"chama no zap", "me chama no", "écrivez-nous sur", "contactez-nous sur", "пишите нам", "напишите нам",
		"تواصل معنا على", "راسلنا على",
	}},

	// ---------------------------------------------------------------- possessives
	{catPossSelf, 0, []string{
		"제", "저의", "내", "우리", "우리의", "私の", "わたしの", "弊社の", "当社の", "僕の", "của tôi", "của mình",
		"của chúng tôi", "của em", "bizim", "benim", "saya", "kami", "milik saya", "ของฉัน", "ของเรา", "ของผม",
		"ของดิฉัน", "mio", "mia", "il mio", "la mia", "nostro", "nostra", "il nostro", "la nostra", "mera", "meri",
		"mere", "hamara", "hamari", "मेरा", "मेरी", "हमारा", "हमारी", "unsere", "unserer",
	}},
	{catNeutral, 0, []string{"微信扫码支付", "微信扫码付款", "扫码支付", "扫码付款", "wechat scan to pay", "微信收款"}},
	{catPossSelfPost, 0, []string{
		"của tôi", "của mình", "của chúng tôi", "của em", "của anh", "saya", "kami", "ku", "ของฉัน", "ของเรา",
		"ของผม", "ของดิฉัน", "حقي", "الخاص بي", "خاصتي",
		"mình", "tôi", // spoken Vietnamese drops của: "WeChat mình", "số tôi"
	}},
	{catPossYouPost, 0, []string{
		"của bạn", "của chị", "anda", "kamu", "ของคุณ", "حقك", "الخاص بك", "ınız", "iniz", "unuz", "ünüz",
		"kakak", "kak",
	}},
	{catPossYou, 0, []string{
		"당신의", "귀하의", "あなたの", "御社の", "của bạn", "của anh", "của chị", "sizin", "senin", "anda", "kamu",
		"ของคุณ", "tuo", "tua", "il tuo", "la tua", "vostro", "vostra", "suo", "sua", "aapka", "aapki", "aap ka",
		"tumhara", "tera", "आपका", "आपकी", "dein", "deine", "ihr", "ihre", "ihren", "ihrer", "свой", "свою",
		"свои", "своего", "apna", "apni", "apne",
	}},

	// ---------------------------------------------------------------- requests
	{catReqVerb, 0, []string{
		"알려주세요", "알려 주세요", "알려줘", "주세요", "뭐예요", "뭐에요", "教えて", "教えてください", "ください",
		"cho mình xin", "cho xin", "xin", "gửi", "là gì", "là bao nhiêu", "verir misiniz", "verebilir misiniz",
		"gönderin", "nedir", "paylaşır mısınız", "geben sie", "geben sie mir", "schicken sie", "senden sie",
		"wie lautet", "berapa", "kirim", "minta", "boleh minta", "bagi", "ขอ", "อะไร", "dammi", "mandami",
		"inviami", "lasciami", "qual è", "quale", "batao", "bataiye", "bhejo", "bhej do", "de do", "dijiye",
		"kya hai", "बताइए", "भेजिए", "send over", "drop me", "pass me", "can you share", "could you share",
		"would you share", "may i know", "can i know", "¿me pasas", "me pasas", "me das", "me dejas", "passe",
		"donne-moi", "communiquez", "скиньте", "подскажите", "留个", "bırakır mısınız", "bırakın", "verin",
		"bırakır", "多少", "是多少", "남겨", "남겨주세요", "남겨주시면", "주시면", "いただければ", "いたたけれは", "để lại", "cho em",
		"tinggalkan", "ฝาก", "de do", "bhej do", "ขอ", "дайте", "minta", "de dijiye",
	}},
	{catAskHave, 0, []string{
		"있으세요", "있나요", "있어요", "있으신가요", "하세요", "やってますか", "ありますか", "お持ちですか",
		"使ってますか", "có", "bạn có", "anh có", "chị có", "var mı", "kullanıyor musunuz", "haben sie",
		"hast du", "benutzen sie", "nutzen sie", "punya", "ada", "pakai", "มี", "ใช้", "hai", "avete", "usi",
		"usate", "hai kya", "hai na", "chalate ho", "use karte ho", "are you using", "r u on", "u have",
		"你有", "您有", "var mı", "aapke paas", "aap ke paas", "お持ち", "持ってますか",
		"do you still use", "is there a",
	}},
	{catQuestion, 0, []string{
		"か", "ですか", "không", "mı", "misiniz", "musunuz", "ไหม", "มั้ย", "หรือเปล่า",
		"kya", "क्या", "nedir", "apa",
	}},

	// ---------------------------------------------------------------- negation: "no need for WhatsApp"
	{catNeg, 0, []string{
		"no need", "no need for", "no need to", "not necessary", "unnecessary", "needn't", "don't need",
		"do not need", "no hace falta", "no es necesario", "sin necesidad", "pas besoin", "pas la peine",
		"não precisa", "não é necessário", "sem necessidade", "не нужно", "не надо", "нет необходимости",
		"لا داعي", "لا حاجة", "不用加", "不需要加", "无需加", "没必要加", "不必加", "不用", "不需要", "无需", "没必要",
		"필요 없", "필요없어요", "필요 없어요", "안", "못", "不要です", "いりません", "必要ありません", "ない",
		"không cần", "không", "gerek yok", "gerek", "değil", "yok", "nicht nötig", "brauchen sie nicht",
		"tidak", "tidak perlu", "gak usah", "nggak usah", "jangan", "ไม่", "ไม่ต้อง", "non", "non serve",
		"non c'è bisogno", "nahi", "nahin", "zarurat nahi", "नहीं", "kein", "keine",
	}},

	// ---------------------------------------------------------------- indirect lures
	{catQR, 0, []string{
		"qr", "qr code", "qrcode", "qr-code", "二维码", "二維碼", "码", "código qr", "codigo qr", "code qr",
		"qr-код", "qr код", "кьюар", "رمز qr", "رمز الاستجابة السريعة", "qr코드", "큐알", "qrコード", "mã qr",
		"karekod", "kode qr", "คิวอาร์", "barcode to add", "scan code", "scan the code", "scan this code", "scan my code",
	}},
	{catSearch, 0, []string{
		"search", "search for", "look up", "look us up", "look me up", "google", "google us", "find", "find us",
		"搜索", "搜", "搜一下", "查找", "查", "busca", "buscar", "búscanos", "buscanos", "cherchez", "chercher",
		"recherchez", "procure", "pesquise", "procurar", "найдите", "найти", "поищите", "ищите", "ابحث",
		"ابحث عن", "검색", "検索", "tìm", "tìm kiếm", "ara", "aratın", "arayın", "suchen", "suchen sie",
		"cari", "carilah", "ค้นหา", "หา", "cerca", "cercate", "cercaci", "khojo", "search karo",
		"procura", "procurem", "pesquisa", "pesquisem", "busque", "busquen", "cherche", "sucht", "sucht nach",
		"cari kami", "खोजो", "खोजें", "सर्च करो", "検索して", "검색해", "검색하세요",
	}},
	{catShopName, 0, []string{
		"shop", "store", "店里", "店铺", "本店", "门店", "お店", "当店", "弊店", "店舗", "tienda", "boutique", "loja", "магазина", "магазин", "متجرنا", "متجر", "shopnamen",
		"mağaza", "가게", "店名", "toko", "ร้าน", "negozio", "naam", "tên shop", "cửa hàng", "adımızı",
		"shop name", "store name", "company name", "brand name", "our brand", "our name", "our company name",
		"our shop", "our store", "my shop", "my store", "店名", "店铺名", "店铺名称", "公司名", "公司名称", "品牌",
		"品牌名", "我们的名字", "nombre de la tienda", "nuestra tienda", "nuestra marca", "nom de la boutique",
		"notre marque", "nome da loja", "nossa loja", "nossa marca", "название магазина", "наш магазин",
		"название компании", "اسم المتجر", "اسم الشركة", "متجرنا", "상호", "매장 이름", "店の名前", "店舗名",
		"tên shop", "tên cửa hàng", "mağaza adı", "firma adı", "markamız", "shopname", "firmenname",
		"unseren shop", "nama toko", "toko kami", "ชื่อร้าน", "nome del negozio", "il nostro negozio",
		"dukaan ka naam", "brand", "marca", "marque", "бренд", "العلامة التجارية", "that's us", "it's us",
		"that is us", "somos nosotros", "c'est nous", "somos nós", "это мы", "是我们", "就是我们", "هذا نحن",
		"저희입니다", "私たちです", "là chúng tôi", "biziz", "das sind wir", "itu kami", "นั่นคือเรา", "siamo noi",
	}},
	{catProfile, 0, []string{
		"profile", "my profile", "our profile", "profile banner", "banner", "bio", "avatar", "profile picture",
		"profile photo", "homepage", "home page", "about me", "主页", "个人主页", "头像", "签名", "个性签名",
		"简介", "店铺首页", "perfil", "foto de perfil", "profil", "photo de profil", "профиль", "аватар",
		"аватарке", "шапке профиля", "الملف الشخصي", "صورة الملف", "프로필", "プロフィール", "アイコン", "hồ sơ",
		"trang cá nhân", "ảnh đại diện", "profilim", "profilimde", "profilde", "profilinde", "profilimizde", "profil resmi", "профиле", "профиля", "profilbild", "profil saya", "โปรไฟล์",
		"profilo", "immagine del profilo", "website", "web site", "our site", "webpage", "官网", "网站",
		"sitio web", "site web", "сайт", "сайте", "موقع", "웹사이트", "ホームページ", "trang web", "web sitesi",
		"webseite", "situs", "เว็บไซต์", "横幅", "баннер", "баннере", "بانر", "배너", "バナー", "bannerımda",
		"แบนเนอร์", "bannière", "profil banner", "banner profil",
	}},
	{catElsewhere, 0, []string{
		"somewhere else", "elsewhere", "another app", "other app", "another platform", "other platform",
		"more private", "privately", "in private", "换个地方", "别的地方", "其他地方", "其他软件", "别的软件", "私下",
		"私聊", "站外", "otro lugar", "otra app", "otra aplicación", "más privado", "en privado", "ailleurs",
		"autre application", "en privé", "em outro lugar", "outro app", "mais privado", "em particular",
		"no privado", "в другом месте", "в другом приложении", "в личке", "в лс", "лично", "مكان آخر",
		"تطبيق آخر", "على الخاص", "다른 곳", "다른 앱", "개인적으로", "別の場所", "別のアプリ", "個別に", "chỗ khác",
		"ứng dụng khác", "nói riêng", "başka yerde", "başka bir uygulama", "başka bir uygulamadan", "başka uygulamadan", "başka uygulama", "özelden", "woanders", "andere app",
		"privat", "anderen app", "einer anderen app", "di tempat lain", "tempat lain", "aplikasi lain", "ที่อื่น", "แอปอื่น", "altrove",
		"un'altra app", "in privato", "kahin aur", "private mein", "dusre app",
	}},
	{catPlace, 0, []string{
		"somewhere", "place", "lugar", "sitio", "endroit", "lieu", "local", "месте", "место", "مكان", "곳", "ところ",
		"場所", "chỗ", "nơi", "yerde", "yer", "ort", "tempat", "ที่", "posto", "luogo", "jagah", "地方", "platform",
		"app",
	}},
	{catComfort, 0, []string{
		"convenient", "more convenient", "comfortable", "better", "faster", "easier", "private", "方便", "舒服",
		"cómodo", "más cómodo", "conveniente", "pratique", "plus pratique", "commode", "prático", "mais prático",
		"cómodo", "удобном", "удобнее", "удобно", "راحة", "أكثر راحة", "أسهل", "편한", "편하게", "便利", "楽な",
		"tiện", "tiện hơn", "rahat", "daha rahat", "bequemer", "bequem", "besser", "enak", "lebih enak", "nyaman",
		"สะดวก", "สะดวกกว่า", "comodo", "più comodo", "pratico", "convenient jagah", "aasan",
	}},
	{catHere, 0, []string{
		"here", "this chat", "on alibaba", "on the platform", "这里", "这儿", "在这", "aquí", "acá", "ici", "aqui",
		"здесь", "тут", "هنا", "여기", "여기서", "ここ", "ở đây", "burada", "hier", "di sini", "ที่นี่", "qui",
		"yahan",
	}},
	{catScan, 0, []string{
		"scan", "扫", "扫码", "扫一扫", "扫描", "扫一下", "escanea", "escanear", "escaneie", "escanee", "scannez",
		"scanner", "scannen", "scannen sie", "отсканируйте", "сканируйте", "امسح", "스캔", "読み取", "読み取って",
		"quét", "okutun", "okut", "สแกน", "scansiona", "scan karke",
	}},
	{catAppRef, 0, []string{
		"green app", "the green app", "that app", "yellow app", "blue app", "online", "internet", "on google",
		"网上", "那个软件", "绿色软件", "那个绿色软件", "黄色软件", "蓝色软件", "app verde", "aplicación verde",
		"esa aplicación", "appli verte", "l'appli", "application verte", "en ligne", "en línea", "aplicativo",
		"онлайн", "в интернете", "синем приложении", "зелёном приложении", "зеленом приложении", "التطبيق الأخضر",
		"ذلك التطبيق", "الإنترنت", "노란 앱", "초록 앱", "앱", "인터넷", "アプリ", "緑のアプリ", "ネット",
		"ứng dụng", "ứng dụng màu xanh", "trên mạng", "uygulama", "uygulamada", "yeşil uygulamada", "internette",
		"grünen app", "app", "im internet", "aplikasi", "aplikasi hijau", "di internet", "แอป", "แอปสีเขียว",
		"ออนไลน์", "quell'app", "app verde", "green app pe", "online",
	}},
	{catTalk, 0, []string{
		"talk", "chat", "continue", "discuss", "speak", "communicate", "conversation", "聊", "谈", "沟通", "交流",
		"hablar", "hablemos", "conversar", "seguimos", "continuar", "parler", "parlons", "discuter", "continuons",
		"conversar", "falar", "conversamos", "continuamos", "поговорить", "поговорим", "общаться", "продолжим",
		"обсудим", "пообщаемся", "пообщаться", "لنتحدث", "نتحدث", "نتكلم", "نتواصل", "نكمل", "얘기", "이야기", "대화", "話", "話しましょう", "nói chuyện",
		"trao đổi", "konuşalım", "konuşmak", "görüşelim", "sprechen", "reden", "besprechen", "weiterreden", "weiterschreiben", "schreiben", "bicara", "ngobrol",
		"lanjut", "คุย", "parlare", "parliamo", "continuiamo", "baat", "baat karte", "मिलकर बात", "बात", "बात करेंगे",
	}},
	{catGoods, 0, []string{
		"package", "packaging", "box", "carton", "label", "manual", "warranty", "product", "products", "device",
		"sticker", "tag", "invoice", "payment", "pay", "register", "registration", "authenticity", "menu",
		"包装", "说明书", "产品", "标签", "付款", "支付", "收款", "防伪", "embalaje", "caja", "etiqueta",
		"producto", "emballage", "boîte", "étiquette", "produit", "embalagem", "caixa", "produto", "упаковка",
		"упаковке", "коробке", "товар", "العبوة", "المنتج", "포장", "제품", "パッケージ", "製品", "bao bì", "sản phẩm",
		"ambalaj", "ürün", "verpackung", "produkt", "kemasan", "produk", "confezione", "prodotto",
	}},
	{catImage, 0, []string{
		"picture", "pictures", "image", "images", "photo", "photos", "pic", "pics", "screenshot", "图片", "照片",
		"图", "截图", "imagen", "imágenes", "foto", "fotos", "image", "imagem", "imagens", "картинке", "фото",
		"скриншоте", "الصورة", "الصور", "사진", "이미지", "画像", "写真", "hình", "ảnh", "resim", "resimde",
		"görsel", "bild", "gambar", "รูป", "immagine", "tasveer",
		// a video shows a number as a picture does: "my number is in the product video"
		// (with its article or postposition: "WhatsApp video calls" is a feature)
		"product video", "the video", "this video", "our video", "in the video", "video description", "el video",
		"el vídeo", "en el video", "o vídeo", "no vídeo", "la vidéo", "dans la vidéo", "das video", "im video",
		"il video", "nel video", "в видео", "на видео", "视频里", "视频中", "视频上", "動画に", "動画の中", "영상에",
		"동영상에", "ในวิดีโอ", "वीडियो में", "في الفيديو", "videoda", "videosunda", "di video", "trong video",
	}},
	{catDotWord, 0, dotWords},
	{catDotWord, 0, atWords},
	{catDotWord, 0, moreDotWords},
	{catSite, 0, siteWords},
}

// lexiconEntries is the whole phrase table.
func lexiconEntries() []lexEntry {
	out := make([]lexEntry, 0, len(lexicon)+len(contactLexicon)+len(gapsLexicon)+len(routeLexicon)+len(channelsLexicon))
	out = append(out, lexicon...)
	out = append(out, contactLexicon...)
	out = append(out, gapsLexicon...)
	out = append(out, numbersLexicon...)
	out = append(out, routeLexicon...)
	out = append(out, r2numLexicon...)
	out = append(out, channelsLexicon...)
	out = append(out, r2chanLexicon...)
	out = append(out, r2taLexicon...)
	out = append(out, offPlatformLexicon...)
	out = append(out, lexEntry{0, 0, shareWords})
	out = append(out, turkishCaseForms()...)
	return append(out, taRefusalEntries(out)...)
}
