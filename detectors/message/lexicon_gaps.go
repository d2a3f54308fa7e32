package message

// gapsTriggerWords are ASCII words of this lexicon that must reach the full
// analysis past the prefilter (prefilter.go).
var gapsTriggerWords = []string{
	"googeln", "googlen", "googlet", "googlea", "googlez", "googla", "googlate", "googlela", "naver", "baidu",
	"yandex", "bip", "imo", "threema", "wapp", "sky", "skyp", "za", "wee", "mandami", "inviami", "hinterlassen",
	"deixa", "marke", "marchio", "merek",
}

// Categories of the gap lexicon (bits 61 up).
const (
	catRise   cat = 1 << (61 + iota) // a price rising to a figure: "rises to", sube a, steigt auf, 涨到, naik jadi
	catBecome                        // a price becoming a figure: "will be", será, wird, 变成, jadi, olur, будет
	catPrice                         // a price noun: unit price, precio, Stückpreis, 单价, harga, fiyat, цена
)

// gapsLexicon widens the phrase table for the families the first lexicons
// left thin: a Trade Assurance price stated alone as rising or becoming a
// figure, refusals and thresholds in the verb-final and inflected languages,
// the platform's local names for Trade Assurance, regional apps, and the
// merchant asking for the buyer's contact. The same phrase in two entries
// carries both entries' categories.
var gapsLexicon = []lexEntry{
	// ---------------------------------------------------------------- Trade Assurance names
	{catTA, 0, []string{
		"信保订单", "信保的话", "走信保", "信用保障服务", "取引保証で", "取引保証の", "トレードアシュアランスで",

		"торговая гарантия", "торговой гарантии", "торговую гарантию", "торговую гарантию", "торговая защита",
		"garantie commerciale", "garantie du commerce", "garanzia commerciale", "garanzia di commercio",
		"garantia comercial", "garantia do comércio", "garantía comercial", "handelsversicherung",
		"handelsabsicherung", "handelssicherung", "jaminan perdagangan", "bảo đảm thương mại",
		"đảm bảo thương mại", "bảo hiểm thương mại", "การรับประกันการค้า", "รับประกันการค้า",
		"ticaret güvencesi", "ticari güvence", "ضمان التجارة", "الضمان التجاري", "حماية التجارة",
		"व्यापार आश्वासन", "ट्रेड एश्योरेंस",
	}},
	// ---------------------------------------------------------------- Trade Assurance refused or unavailable
	{catTARefuse, 0, []string{
		"geht nicht", "funktioniert nicht", "nicht verfügbar", "derzeit nicht", "leider nicht", "machen wir nicht",
		"ne faisons pas", "ne fait pas", "pas possible", "indisponible", "non disponible", "ne prenons pas",
		"non facciamo", "non è attivo", "non attivo", "non si può", "indisponibile",
		"indisponível", "não fazemos", "não trabalhamos", "não está disponível", "não é possível", "não dá",
		"no hacemos", "no trabajamos", "no está disponible", "no se puede",
		"недоступен", "недоступна", "недоступно", "не доступен", "не работает", "нельзя", "не делаем",
		"не можем", "не получится", "не принимаю", "не используем",
		"無理", "無理です", "できない", "使えない", "対応不可", "不可能", "やっていません", "扱っていません",
		"불가하고", "못 합니다", "못합니다", "안 해요", "안해요",
		"하지 않습니다", "안 합니다", "안합니다",
		"yapamayız", "olmuyor", "kabul etmiyoruz", "çalışmıyoruz", "mevcut değil", "kullanamıyoruz",
		"ใช้ไม่ได้", "ไม่รับ", "ไม่ทำ", "ไม่สามารถ", "ไม่เปิด", "ยังไม่เปิด",
		"tidak bisa", "gak bisa", "ga bisa", "nggak bisa", "tidak ada", "belum bisa",
		"không làm", "không hỗ trợ", "chưa hỗ trợ", "không có",
		"不行", "做不了", "不能做", "没法走", "走不了",
		"غير متاح", "غير متوفر", "لا نعمل", "لا نستطيع", "غير ممكن",
	}},
	{catAccept, 0, []string{
		"faisons", "fait", "facciamo", "fa", "fazemos", "hacemos", "machen", "mache", "делаем", "работает",
		"yapıyoruz", "dùng", "làm",
	}},
	{catOnly, 0, []string{
		"nur", "lediglich", "solo", "soltanto", "sadece", "yalnızca", "yalnız", "sırf", "chỉ", "hanya", "cuma",
		"เท่านั้น", "เฉพาะ", "だけ", "のみ", "만", "sirf", "केवल", "सिर्फ", "仅限", "只能",
	}},
	{catMinOrder, 0, []string{
		"เกิน", "มากกว่า", "以上才", "以上的", "以上才走", "才走", "이상만", "이상 주문만", "超える", "を超える",
		"über", "oberhalb", "ab einem", "au-delà de", "superiore a", "oltre", "acima", "a partir",
		"свыше", "больше чем", "lebih dari", "di atas", "trên", "hơn", "üstü", "üzeri",
		"superiores a", "superior a", "superiori a", "mayores a", "mayores de", "maiores que", "maior que",
		"supérieures à", "supérieur à", "größer als", "greater than", "exceeding", "upwards of", "beyond",
		"से अधिक", "से ज्यादा", "से ज़्यादा", "से ऊपर के", "से ऊपर",
	}},
	{catCurrency, 0, []string{"डॉलर", "डालर", "रुपए", "रुपया"}},
	// Orders: a number in their clause sizes an order (threshold).
	{catCodeCtx, 0, []string{"ออเดอร์", "คำสั่งซื้อ", "ยอดสั่งซื้อ", "주문", "注文", "ご注文"}},
	// Tens of thousands written with the Han or hangul unit: "2만 달러", "两万美金".
	{catCurrency, 0, []string{
		"만 달러", "만달러", "만 원", "만원", "万美金", "万美元", "万元", "万块", "万刀", "千美金", "千美元", "万ドル",
	}},
	// Not matching (the goods described) is no refusal: ไม่ตรงตามที่อธิบาย.
	{catFine, 0, []string{"ไม่ตรง", "ไม่ตรงตาม", "ไม่ตรงปก", "ไม่ครบ", "ไม่ถึง"}},
	// A Trade Assurance price pushed after the buyer asked, in de/ar: "better straight to our account".
	{catAltPay, 0, []string{
		"bankkonto", "auf unser konto", "direkt auf unser", "direkt überweisen", "überweisen",
		"حسابنا البنكي", "حسابنا", "الحساب البنكي", "تحويل بنكي", "التحويل مباشرة", "التحويل البنكي",
		"bonifico diretto", "sul nostro conto", "nosso conto", "nossa conta", "notre compte", "на наш счёт",
		"на счёт", "на счет", "rekening kami", "hesabımıza", "우리 계좌", "弊社口座",
	}},
	// ---------------------------------------------------------------- a price rising or becoming a figure
	{catRise | catSurcharge, 0, []string{
		"steigt", "erhöht sich", "steigen", "rises to", "goes up to", "increases to", "climbs to", "rise to", "go up to", "increase to",
		"sube a", "aumenta a", "sube hasta", "sobe para", "aumenta para", "passa para", "monte à", "augmente à",
		"passe à", "sale a", "aumenta fino a", "passa a", "steigt auf", "erhöht sich auf", "geht hoch auf",
		"вырастет до", "повышается до", "поднимется до", "возрастает до", "растёт до", "растет до",
		"yükselir", "çıkar", "artar", "yükseliyor", "naik jadi", "naik menjadi", "naik ke", "tăng lên",
		"tăng thành", "ขึ้นเป็น", "เพิ่มเป็น", "ترتفع إلى", "يرتفع إلى", "يصبح", "تصبح", "बढ़कर",
		"涨到", "涨至", "涨成", "提到", "升到", "上涨到", "调到", "올라가서", "로 올라", "으로 올라", "올라갑니다",
		"に上がります", "に上がる", "まで上がります", "になり値上がり",
	}},
	{catBecome, 0, []string{
		"will be", "would be", "becomes", "will become", "será", "serían", "seria", "sera", "serait",
		"sarà", "sarebbe", "diventa", "diventerà", "devient", "deviendra", "deviene", "pasa a", "passa a ser",
		"fica", "ficará", "ficaria", "wird", "wäre", "beträgt dann", "будет", "составит", "станет", "olur", "olacak",
		"jadi", "menjadi", "ho jayega", "ho jaega", "hoga", "sẽ là", "thành", "จะเป็น", "เป็น", "سيكون", "ستكون", "होगा", "होगी",
		"变成", "变为", "就是", "就要", "になります", "となります", "になる", "됩니다", "이 됩니다", "가 됩니다",
	}},
	{catPrice, 0, []string{
		"price", "unit price", "the price", "prices", "precio", "valor", "valor unitário", "precio unitario", "preço", "preço unitário",
		"prix", "prix unitaire", "prezzo", "prezzo unitario", "preis", "stückpreis", "einzelpreis", "цена",
		"цена за штуку", "fiyat", "birim fiyat", "harga", "harga satuan", "giá", "đơn giá",
		"ราคา", "ราคาต่อชิ้น", "سعر", "السعر", "سعر الوحدة", "कीमत", "दाम", "单价", "价格", "价钱", "单价会",
		"가격", "단가", "単価", "価格", "値段", "रेट", "rate", "the rate", "tarifa", "тариф",
	}},
	// ---------------------------------------------------------------- indirect lures
	// Search engines and searching verbs: a channel only beside a shop, brand
	// or contact word (lure.go).
	{catSearch | catAppRef, 0, []string{
		"googeln", "googeln sie", "googlen", "googlet", "ググれば", "ググって", "ググる", "ググると", "загуглите",
		"погуглите", "гуглите", "googlela", "googleda ara", "googlea", "googlez", "googla", "googlate",
	}},
	{catAppRef, 0, []string{
		"google", "naver", "네이버", "baidu", "百度", "yandex", "яндекс", "яндексе", "bing", "yahoo", "ヤフー",
		"グーグル", "구글", "гугл", "гугле", "جوجل", "قوقل", "गूगल", "กูเกิล", "naver blog", "네이버 블로그",
	}},
	{catSearch, 0, []string{
		"検索すれば", "検索して", "検索すると", "검색하면", "검색하시면", "검색해", "검색해 보세요", "найдете", "найдёте",
		"поиск", "arayınca", "aratırsanız", "aratın", "cari saja", "carikan", "tìm trên", "ค้นใน", "ค้นชื่อ",
		"cercate su", "cerchi", "pesquisa", "pesquisar", "busquen", "buscá", "cherche", "findet", "finden sie uns",
		"suchen sie nach", "ابحثوا", "ابحث في", "खोजें", "खोजिए", "搜我们", "百度一下",
	}},
	{catShopName, 0, []string{
		"marke", "unsere marke", "markennamen", "marken", "ブランド", "ブランド名", "会社名", "ショップ名", "브랜드",
		"브랜드명", "가게 이름", "회사 이름", "марку", "марка", "бренда", "нашу марку", "наш бренд", "marka", "marka adı",
		"merek", "merek kami", "thương hiệu", "แบรนด์", "marchio", "nostro marchio", "nostra marca", "ब्रांड",
		"علامتنا", "اسم علامتنا",
	}},
	{catChannelWeak, ChannelContact, []string{
		"تفاصيل الاتصال", "بيانات الاتصال", "معلومات الاتصال", "وسائل الاتصال", "連絡先が", "contact details",
		"contact info", "kontaktdaten", "coordonnées", "recapiti", "contatos", "контакты", "контактные данные",
		"iletişim", "iletişim bilgileri", "kontak kami", "thông tin liên lạc", "ข้อมูลติดต่อ", "연락처가",
	}},
	{catProfile, 0, []string{"profilbanner", "profilseite", "profilbild", "banner meines profils", "profil-banner"}},
	{catElsewhere, 0, []string{
		"başka bir yerde", "başka yerde", "da un'altra parte", "un'altra parte", "in un altro posto", "an einem anderen ort",
		"à un autre endroit", "en otro sitio", "noutro lugar", "в другом чате", "في مكان آخر", "다른 데서", "他の場所で",
	}},
	{catProfile | catPossSelf, 0, []string{"ملفي الشخصي", "ملفي", "بروفايلي", "صفحتي", "in meinem profil", "mein profil"}},
	{catPlace, 0, []string{
		"куда-нибудь", "куда нибудь", "другое место", "другую платформу", "nơi khác", "chỗ nào", "مكان أنسب",
		"مكان", "bir yere", "irgendwo", "quelque part", "da qualche parte", "algún lugar", "algum lugar",
		"どこか", "어딘가", "ที่ไหน", "suatu tempat", "कहीं",
	}},
	{catTalk, 0, []string{
		"перейдём", "перейдем", "перейти", "переходим", "переместимся", "chuyển sang", "chuyển qua", "qua",
		"لننتقل", "ننتقل", "انتقل", "geçelim", "taşıyalım", "pindah", "kita pindah", "spostiamoci", "spostarci",
		"wechseln", "wechseln wir", "passons", "allons", "vamos mudar", "mudar", "movernos", "vamos a",
		"换", "转移", "移動しましょう", "移りましょう", "옮겨서", "옮기죠", "ย้าย", "ย้ายไป", "chale", "shift",
		"move", "let's move", "switch",
	}},
	{catComfort, 0, []string{"أنسب", "tiện hơn", "更方便"}},
	{catImage, 0, []string{
		"resimlerde", "fotoğraflarda", "fotoğrafta", "görsellerde", "bildern", "den bildern", "bilder", "fotos",
		"immagini", "nelle foto", "nas fotos", "nas imagens", "sur les photos", "на фото", "на картинках",
		"في الصور", "사진에", "画像に", "trong ảnh", "di gambar", "ในรูป",
		"produktfoto", "produktfotos", "produktbild", "produktbilder", "produktfoto", "artikelbild",
	}},
	{catScan, 0, []string{"tarayın", "tarat", "taratın", "tara", "scansionate", "scanne", "scannt", "scan it", "scannerizza", "pindai", "quét mã"}},
	// ---------------------------------------------------------------- disguised and regional channel names
	{catChannel | catSlang, ChannelWhatsApp, []string{"wapp", "w app", "whats-app", "w.app", "watts app"}},
	{catChannelWeak, ChannelWhatsApp, []string{"w.a", "w . a", "w-a", "w_a"}},
	{catChannel | catSlang, ChannelSkype, []string{"sky pe", "sky-pe", "sky.pe", "s kype", "skyp", "sky p e"}},
	{catChannel | catSlang, ChannelZalo, []string{"za lô", "za lo", "za-lo", "za.lo", "zalô", "da lô"}},
	{catChannel | catSlang, ChannelWeChat, []string{"wee chat", "wi chat", "we-chat", "we.chat"}},
	{catChannel | catSlang, ChannelLine, []string{"l ! n e", "l!ne", "l1ne", "l i n e", "l.i.n.e", "l-i-n-e"}},
	{catChannel | catSlang, ChannelViber, []string{"vi@ber", "vi ber", "vib3r", "vi-ber", "vi.ber"}},
	{catChannel | catSlang, ChannelTelegram, []string{"tele gram", "tele-gram", "tlgrm", "telegrm"}},
	{catChannel, ChannelKakaoTalk, []string{"カカオ", "カカオトーク", "kakao", "kakao talk", "카톡 id", "카카오 id"}},
	{catChannel | catSlang, ChannelEmail, []string{"油箱", "邮 箱", "游箱", "右箱"}},
	{catChannel, ChannelBiP, []string{
		"bip'ten", "bip'e", "bip'den", "bip numaram", "bip numarası", "bip kullanıcı adı", "bip id", "bip messenger",
		"bip uygulaması", "bip hesabı", "bip hesabım", "bip kullanıcı adınızı", "bip kullanıcı adım",
	}},
	{catChannelWeak, ChannelBiP, []string{"bip"}},
	{catChannel, ChannelIMO, []string{"imo id", "imo messenger", "imo number", "imo numaram", "رقم imo", "ايمو", "إيمو", "ايمو الخاص", "имо"}},
	{catChannelWeak, ChannelIMO, []string{"imo"}},
	{catChannel, ChannelThreema, []string{"threema-id", "threema id", "スリーマ"}},
	{catChannelWeak, ChannelNaver, []string{"naver", "네이버", "naver blog", "네이버 블로그", "네이버 카페", "naver cafe"}},
	{catChannel, ChannelVK, []string{"vk id", "vk.com", "vk com", "вк id", "вконтакте id"}},
	// ---------------------------------------------------------------- the merchant asking for the buyer's contact
	{catReqVerb, 0, []string{
		"mandami", "mandatemi", "inviami", "lasciami", "lasciatemi", "dammi", "me deixa", "deixa", "deixe",
		"me passa", "passa", "manda", "me manda", "hinterlassen", "hinterlassen sie", "schicken sie", "senden sie",
		"geben sie", "schick mir", "ส่ง", "ส่งมา", "ขอ", "اترك", "اترك لي", "أرسل", "ارسل", "أعطني", "ابعت",
		"gönderin", "gönder", "paylaşın", "yazın", "verin", "教えて", "教えてください", "送って", "ください",
		"알려주세요", "보내주세요", "남겨주세요", "kirim", "kirimkan", "minta", "cho xin", "gửi", "để lại",
	}},
	{catPossYou, 0, []string{"il tuo", "la tua", "tuo", "tua", "seu", "sua", "ihr", "ihre", "ihren", "deine", "dein", "โปรด"}},
	{catPossYouPost, 0, []string{"adınızı", "numaranızı", "hesabınızı", "الخاص بك", "هاتفك", "رقمك", "ของคุณ", "anda", "kamu", "của bạn"}},
	{catAskHave, 0, []string{"はありますか", "ありますか", "はお持ちですか", "をお持ちですか", "お持ちですか", "있으세요", "있나요", "var mı", "haben sie", "มีไหม", "มี ไหม"}},
	{catChannel, ChannelWhatsApp, []string{"วอทส์แอพ", "วอทแอพ", "วอทสแอพ", "ไอดีวอทส์แอพ"}},
	{catChannelWeak, ChannelContact, []string{"ไอดี", "id wa", "wa id", "kullanıcı adı", "kullanıcı adınızı", "kullanıcı adım", "メールの番号"}},
	// The buyer asking for another way to talk (intent.go reads these).
	{catOther, 0, []string{"outro jeito", "outra forma", "outro meio", "otra forma", "otro medio", "anderen weg", "başka bir yoldan", "başka yoldan"}},
	{catTalkTo, 0, []string{"falar com você", "falar contigo", "hablar contigo", "ulaşabilir", "ulaşmak", "erreichen", "contactarte"}},
	// ---------------------------------------------------------------- a direct way to reach the merchant
	// "Como posso te contatar diretamente?", "Size doğrudan nasıl ulaşabilirim?":
	// direct and a direct line ask for a way outside the platform.
	{catOther, 0, []string{
		"diretamente", "direto", "direta", "jeito direto", "directa", "directo", "forma directa", "diretto",
		"diretta", "modo diretto", "directe", "moyen direct", "direkten", "direkter", "direkten weg", "doğrudan",
		"прямой", "прямая", "прямую", "прямой способ", "مباشر", "مباشرة", "직통", "直通",
	}},
	// A direct line is both a way to talk and one outside: it asks by itself.
	{catTalkTo | catOther, 0, []string{
		"direct line", "línea directa", "linha direta", "ligne directe", "linea diretta", "прямая линия",
		"прямой номер", "خط مباشر", "direktwahl", "durchwahl", "direkt hattınız", "direkt hat", "hattınız",
		"직통 번호", "직통번호", "直通の番号", "直通番号", "直线电话", "đường dây trực tiếp", "nomor langsung",
		"สายตรง",
	}},
	{catTalkTo, 0, []string{
		"comunico", "comunicarme", "comunicar", "escribirte", "chiamarti", "ti contatto", "scriverti",
		"iletişim kurabilirim", "iletişim kurmak", "ulaşmanın",
	}},
	// ---------------------------------------------------------------- an app praised, a handle invited
	// "Por WeChat es mucho más fácil, agrega anna-trade61" (invite_handle.go).
	{catPropose, 0, []string{
		"más fácil", "más rápido", "mais fácil", "mais rápido", "plus rapide", "plus simple", "plus facile",
		"più facile", "einfacher", "daha kolay", "çok daha kolay", "удобнее", "проще", "أسهل", "lebih gampang", "lebih mudah", "gampang", "tiện hơn",
		"편해요", "편합니다", "楽です", "便利です", "方便多了", "bahut easy",
	}},
	{catInvite, 0, []string{
		"agrega", "agregá", "añade", "adicione", "ajoutez", "ajoute", "aggiungi", "aggiungimi", "أضف", "اضف",
		"fügen sie", "tambahkan",
	}},
}
