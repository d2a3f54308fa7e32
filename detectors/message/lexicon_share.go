package message

// The "send it there" family: the merchant offers to send or discuss the
// catalogue, photos, prices or details on a named app ("I'll send you the
// catalog on WhatsApp", "скину каталог в вотсап", "カタログはLINEで送ります").
// Without a contact value this still moves the conversation off the
// platform. famShare marks a word of sending, sharing or discussing, or of
// the material sent (a request verb, "send", "share", "보내", counts too);
// the preposition that puts the exchange on the app is
// read from the tokens around the app's name (shareThere).

// shareWords send, share or discuss, and what is sent, in every supported
// language.
var shareWords = []string{
	"send", "sending", "i'll send", "will send", "share", "sharing", "discuss", "details", "more details",
	"catalog", "catalogue", "catalogs", "catalogues", "price list", "pricelist", "photos", "pictures", "videos",
	"video", "quotation", "quote", "brochure", "samples photos", "full specs", "info", "information",
	"envío", "envio", "enviar", "enviaré", "te envío", "te mando", "mando", "mandar", "compartir", "detalles",
	"catálogo", "lista de precios", "fotos", "videos", "vídeos", "cotización", "información",
	"enviarei", "te envio", "compartilhar", "detalhes", "tabela de preços", "cotação", "informações", "mandarei",
	"envoie", "envoyer", "j'envoie", "je vous envoie", "enverrai", "partager", "détails", "catalogue", "liste de prix",
	"vidéos", "devis", "infos",
	"schicke", "schicken", "sende", "senden", "teilen", "katalog", "preisliste", "angebot", "besprechen",
	"invio", "inviare", "invierò", "mandare", "manderò", "condividere", "dettagli", "catalogo", "listino",
	"preventivo", "foto",
	"отправлю", "пришлю", "скину", "скинем", "отправим", "отправить", "прислать", "детали", "подробности",
	"каталог", "прайс", "фото", "видео", "обсудим",
	"gönderirim", "gönderelim", "göndereceğim", "atarım", "detaylar", "detayları", "katalog", "kataloğu",
	"fiyat listesi", "fotoğraf", "fotoğrafları", "videoları",
	"سأرسل", "ارسل", "أرسل", "نرسل", "سنرسل", "التفاصيل", "الكتالوج", "الكاتالوج", "قائمة الأسعار", "الصور",
	"الفيديو",
	"bhejunga", "bhej dunga", "bhej denge", "bhejta", "भेजूंगा", "भेज दूंगा", "भेजेंगे", "कैटलॉग", "फोटो", "वीडियो",
	"kirim", "kirimkan", "dikirim", "kirimin", "katalog", "katalognya", "daftar harga", "pricelist",
	"gửi", "gửi qua", "chi tiết", "bảng giá", "ảnh", "hình", "hình ảnh",
	"ส่ง", "ส่งให้", "รายละเอียด", "แคตตาล็อก", "แคตตาล๊อก", "รูป", "รูปภาพ", "วิดีโอ", "ราคา",
	"送ります", "送る", "お送り", "送付", "詳細", "カタログ", "写真", "動画", "価格表",
	"자세한", "카탈로그", "사진", "동영상", "가격표",
	"发给你", "发你", "发", "传给你", "详细", "详情", "目录", "图片", "视频", "报价单", "价格表",
}

// sharePrepositions put the exchange on the app named right after them
// ("on WhatsApp", "по вотсапу", "qua Zalo", "ทางไลน์"); sharePostpositions
// right after its name ("LINEで", "카톡으로", "微信上", "WhatsApp pe").
var (
	sharePrepositions = normalizedSet("on", "via", "over", "through", "thru", "by", "en", "por", "pelo", "pela",
		"no", "na", "sur", "par", "auf", "über", "per", "su", "tramite", "в", "во", "по", "через", "üzerinden",
		"على", "عبر", "في", "lewat", "melalui", "via", "di", "qua", "trên", "bằng", "ทาง", "ผ่าน", "ใน")
	sharePostpositions = normalizedSet("で", "から", "로", "으로", "에서", "上", "里", "pe", "par", "se", "पर", "से",
		"üzerinden", "tan", "dan", "ten", "den")
)

func shareFamEntries() []famEntry {
	return []famEntry{{famShare, shareWords}}
}

// deviceWords name goods that send or show things through an app, or what
// such goods do with one ("this phone supports video calls on WhatsApp",
// "the printer prints photos sent via WeChat"): the app is then a feature.
var deviceWords = normalizedList("phone", "smartphone", "printer", "screen", "display", "camera", "tablet", "watch",
	"smartwatch", "speaker", "device", "frame", "app lets", "the app", "supports", "support", "compatible",
	"works with", "lets you", "allows", "teléfono", "móvil", "celular", "impresora", "pantalla", "cámara",
	"dispositivo", "telefone", "impressora", "tela", "câmera", "aparelho", "téléphone", "imprimante", "écran",
	"caméra", "appareil", "handy", "telefon", "drucker", "bildschirm", "kamera", "gerät", "telefono", "stampante",
	"schermo", "fotocamera", "телефон", "смартфон", "принтер", "экран", "камера", "устройств", "yazıcı", "ekran",
	"cihaz", "هاتف", "الهاتف", "طابعة", "الطابعة", "شاشة", "كاميرا", "جهاز", "फोन", "प्रिंटर", "स्क्रीन", "कैमरा",
	"डिवाइस", "ponsel", "layar", "perangkat", "điện thoại", "máy in", "màn hình", "máy ảnh", "thiết bị",
	"โทรศัพท์", "มือถือ", "เครื่องพิมพ์", "จอ", "กล้อง", "อุปกรณ์", "手机", "打印机", "屏幕", "相机", "设备", "这款",
	"スマホ", "携帯", "プリンター", "画面", "カメラ", "端末", "機器", "휴대폰", "핸드폰", "프린터", "화면", "카메라",
	"기기", "smart", "socket", "plug", "sensor", "notification", "alert", "notificaci", "alertas", "notifica",
	"benachrichtigung", "уведомлен", "оповещен", "bildirim", "إشعار", "اشعار", "नोटिफिकेशन", "सूचना", "notifikasi",
	"thông báo", "ổ cắm", "การแจ้งเตือน", "แจ้งเตือน", "通知", "提醒", "알림", "tomada", "enchufe", "prise",
	"steckdose", "presa", "розетк", "priz", "stop kontak", "cảm biến", "cảnh báo", "sensör", "датчик", "sensore", "capteur", "传感器", "感应器", "センサー",
	"센서", "เซ็นเซอร์", "सेंसर", "مستشعر", "حساس")
