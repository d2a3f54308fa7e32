package message

import "slices"

// The lexicon: words and phrases the detector looks for, in the languages the
// platform's merchants and buyers write in. Phrases are written naturally
// (accents, case, full words); at start-up each one is put through the same
// normalisation and tokenisation as message text, so a phrase matches however
// a message spells it (case, accents, full-width letters, zero-width padding).

// cat is a set of lexical categories; one phrase may carry several.
type cat uint64

const (
	catChannel      cat = 1 << iota // names an off-platform channel
	catChannelWeak                  // names a channel only in context ("line", "signal", "mail", "number")
	catInvite                       // invites to a channel: "add me", "contact us", 加我
	catPossSelf                     // first-person possessive: my, our, 我的
	catPossYou                      // second-person possessive before the noun: your, tu, ваш
	catPossYouPost                  // second-person possessive after the noun (Arabic حقك)
	catReqVerb                      // request verbs: leave, share, send, tell, оставьте, 提供
	catAskHave                      // "do you have", ¿tienes?, 有没有
	catNeg                          // negation: can't, no podemos, 不允许
	catNegBreak                     // cancels a negation: "don't hesitate"
	catOutside                      // explicitly off the platform: "outside Alibaba", 站外
	catPaper                        // order paperwork and logistics: invoice, customs, consignee
	catAnti                         // non-paperwork purposes: catalogue, photos, better price
	catCodeCtx                      // numbers that follow are codes: model, tracking, HS code
	catNeutral                      // shadows a channel word: "phone case", "production line"
	catConnector                    // joins a channel to its handle: id, is, 号
	catProduct                      // printing the buyer's handle on a product: print, engrave, logo
	catSlang                        // evasive slang: vx, 绿泡泡, 扣扣
	catTA                           // names Trade Assurance
	catAccept                       // accept, support, work with (negated → refusal)
	catTARefuse                     // refusal phrases: "not available", "takes too long"
	catOnly                         // only / prefer, before an alternative payment method
	catSurcharge                    // fee, commission, extra, higher, sube, 手续费
	catTANeutral                    // same price, no extra cost, included
	catAltPay                       // T/T, Western Union, PayPal, bank transfer
	catCompare                      // instead of, rather than
	catCurrency                     // USD, $, dollars, 元
	catMore                         // "more"/"extra" after an amount
	catYou                          // second-person subject (for "if you don't use …")
	catQuestion                     // a question particle (吗, هل)
	catNumberWord                   // "number", "номер": a phone only as "my/your number"
	catWithout                      // "without (Trade Assurance)": the price of the other way
	catQR                           // a QR code: 二维码, código QR
	catSearch                       // search for / look up / google: 搜索, busca
	catShopName                     // the shop's or brand's name: 店名, our brand
	catProfile                      // the merchant's profile, banner, avatar, bio: 主页, 头像
	catElsewhere                    // somewhere else, more privately, more convenient: 换个地方
	catTalk                         // talk, chat, continue, discuss: 聊, hablar, поговорить
	catGoods                        // the goods and their packaging: package, box, manual, warranty
	catImage                        // pictures and images sent in the chat: 图片, foto
	catPossSelfPost                 // first-person possessive after the noun: của tôi, saya, ของฉัน
	catScan                         // scan (a code): 扫, escanea, 스캔
	catAppRef                       // an outside app or the web without a name: "that green app", online, 网上
	catPlace                        // a place: somewhere, lugar, 地方, 곳
	catComfort                      // more convenient, more comfortable, faster: 方便, cómodo, удобн
	catHere                         // here, in this chat: 这里, aquí, здесь
	catDotWord                      // "dot" or "at" spelt out: dot, 点, точка, arroba (an address may be spelt)
	catSite                         // a website: site, web, сайт, 网站 (a spelt web address needs no "www")
)

// fam is a second set of categories, for the families added after cat's 64
// bits were spent. A phrase has them from famEntries besides its cats; the
// phrase trie carries them to the tokens (token.fam) and the per-sentence
// index (scratch.sentFam).
type fam uint16

const (
	famTAx     fam = 1 << iota // a word of the Trade Assurance refusal families (lexicon_tarefusal.go)
	famPointer                 // a place outside the chat that holds the contact (lexicon_channels.go)
	famFollow                  // follow / like a page or account (lexicon_r2chan.go)
	famDM                      // a direct message there: DM, в личку, 私信
	famSame                    // the same number (as given before)
	famOffer                   // prices kept for the official website: reserved, special
	famDeal                    // order, buy, pay, trade (lexicon_offdeal.go)
	famCancel                  // cancel or close the platform order
	famRefund                  // a refund
	famWarn                    // a warning: scam, careful, unsafe
	famOffPay                  // a way of paying Trade Assurance never covers: a personal account, crypto
	famPerk                    // a perk for paying that way: no fees, a better price, faster
	famNote                    // write down (the number that follows)
	famDeposit                 // a deposit or advance: deposit, 定金, acompte, предоплата, มัดจำ
	famShare                   // send, share, discuss, or what is sent: catalog, photos (lexicon_share.go)
)

// overlayFams are the families laid over the lexicon's categories: a phrase
// of theirs that starts with a shorter phrase of other categories ("no
// fees", "my alipay", "send the money") keeps that phrase's categories and
// span at its first token, with the family added; the other families' phrases
// replace the shorter match, as they were written to.
const overlayFams = famDeal | famCancel | famRefund | famWarn | famOffPay | famPerk | famNote | famDeposit | famShare

// famEntry gives phrases of the lexicon a family category.
type famEntry struct {
	fam     fam
	phrases []string
}

type lexEntry struct {
	cats    cat
	ch      Channel
	phrases []string
}

// lexicon is the phrase table. Keep each language's forms together.
var lexicon = []lexEntry{
	// ---------------------------------------------------------------- channels
	{catChannel, ChannelWhatsApp, []string{
		"whatsapp", "whats app", "what's app", "whatsap", "watsapp", "watsap", "wats app", "whatapp",
		"whtsp", "whtsapp", "wtsp", "wtsapp", "whatsapp business", "wasap", "guasap", "wassap",
		"whatsapp's", "whatsapp'tan", "zap", "zapzap", "wpp", "whatsapp number", "whatsapp no",
		"вотсап", "вотсапе", "вотсапу", "вотсапп", "ватсап", "ватсапе", "ватсапу", "ватсапп", "вацап",
		"вацапе", "whatsapp'e",
		"واتساب", "الواتساب", "بالواتساب", "واتس اب", "الواتس اب", "واتس آب", "الواتس", "واتس", "وتساب",
		"الوتساب", "بالواتس",
		"瓦次普", "瓦次艾普",
	}},
	{catChannelWeak, ChannelWhatsApp, []string{"wa", "whats", "green app", "the green app"}},
	{catChannel | catSlang, ChannelWeChat, []string{
		"vx", "v信", "v心", "薇信", "威信", "徽信", "维信", "威心", "微芯", "绿泡泡", "v x",
	}},
	{catChannel, ChannelWeChat, []string{
		"wechat", "weixin", "wei xin", "微信", "微信号", "вичат", "ویچت", "ويتشات", "وي تشات", "wechat id",
	}},
	{catChannel | catInvite | catSlang, ChannelWeChat, []string{"加微", "加v", "加vx", "加个v", "加个微"}},
	{catChannelWeak, ChannelWeChat, []string{"wx", "we chat", "v"}},
	{catChannel, ChannelQQ, []string{"qq", "qq号", "q号"}},
	{catChannel | catSlang, ChannelQQ, []string{"扣扣", "企鹅号", "加企鹅", "扣扣号"}},
	{catChannelWeak | catSlang, ChannelQQ, []string{"企鹅"}},
	{catChannel, ChannelTelegram, []string{
		"telegram", "tele gram", "telegramm", "телеграм", "телеграме", "телеграму", "телеграмм",
		"телеграмме", "телеграмму", "телега", "телеге", "телегу", "电报", "تيليجرام", "تلغرام", "تليجرام",
		"التليجرام", "التلغرام", "تلجرام",
	}},
	{catChannel | catSlang, ChannelTelegram, []string{"纸飞机", "上飞机", "飞机号", "飞机聊", "加飞机"}},
	{catChannelWeak | catSlang, ChannelTelegram, []string{"飞机", "tg", "тг"}},
	{catChannel, ChannelSkype, []string{"skype", "скайп", "скайпе", "سكايب"}},
	{catChannel, ChannelLine, []string{"line id", "line app", "line account", "line official", "ไลน์"}},
	{catChannelWeak, ChannelLine, []string{"line"}},
	{catChannel, ChannelViber, []string{"viber", "вайбер", "вайбере", "فايبر"}},
	{catChannel, ChannelEmail, []string{
		"email", "e-mail", "e mail", "emails", "e-mails", "email address", "e-mail address", "mail address",
		"gmail", "g mail", "hotmail", "yahoo mail", "mailbox", "correo", "correo electrónico", "courriel",
		"adresse mail", "почта", "почту", "почте", "почты", "эл. почта", "имейл", "емейл", "мейл",
		"邮箱", "邮件", "电邮", "邮箱地址", "إيميل", "ايميل", "الإيميل", "الايميل", "البريد", "بريد",
		"البريد الإلكتروني", "البريد الالكتروني",
	}},
	{catChannelWeak, ChannelEmail, []string{"mail", "outlook"}},
	{catChannel, ChannelPhone, []string{
		"phone", "phones", "telephone", "phone number", "mobile number", "cell number", "cell phone",
		"cellphone", "contact number", "tel number", "mobile phone",
		"teléfono", "telefono", "telefone", "celular", "móvil", "número de teléfono", "téléphone",
		"numéro de téléphone", "телефон", "телефону", "телефона", "телефоне", "мобильный",
		"手机", "电话", "手机号", "手机号码", "电话号码", "联系电话", "هاتف", "الهاتف", "جوال", "الجوال",
		"موبايل", "رقم الهاتف", "رقم الجوال", "handynummer", "telefonnummer",
	}},
	{catChannelWeak, ChannelPhone, []string{"mobile", "mob", "tel", "cell", "portable", "тел"}},
	{catChannelWeak | catNumberWord, ChannelPhone, []string{
		"number", "no.", "número", "numero", "numéro", "номер", "номера", "رقم", "号码", "nummer",
	}},
	{catChannel | catPossSelf, ChannelPhone, []string{"رقمي", "numaram", "numaramız"}},
	{catChannel | catPossYou, ChannelPhone, []string{"رقمك", "رقم جوالك", "رقم هاتفك"}},
	{catChannel | catPossSelf, ChannelWhatsApp, []string{"واتسابي"}},
	{catChannel, ChannelFax, []string{"fax", "fax number", "传真", "факс", "فاكس"}},
	{catChannel, ChannelSignal, []string{"signal app", "signal messenger"}},
	{catChannelWeak, ChannelSignal, []string{"signal"}},
	{catChannel | catInvite, ChannelZoom, []string{
		"zoom meeting", "zoom call", "zoom link", "zoom id", "on zoom", "via zoom", "by zoom", "zoom video",
		"google meet", "teams meeting", "microsoft teams", "meeting id", "reunión de zoom", "réunion zoom",
	}},
	{catChannelWeak, ChannelZoom, []string{"zoom"}},
	{catChannel, ChannelInstagram, []string{"instagram", "insta", "инстаграм", "инстаграме", "انستغرام", "انستقرام", "انستا"}},
	{catChannelWeak, ChannelInstagram, []string{"ig"}},
	{catChannel, ChannelFacebook, []string{"facebook", "face book", "messenger", "фейсбук", "فيسبوك", "ماسنجر"}},
	{catChannelWeak, ChannelFacebook, []string{"fb"}},
	{catChannel, ChannelLinkedIn, []string{"linkedin", "linked in", "领英"}},
	{catChannel, ChannelKakaoTalk, []string{"kakaotalk", "kakao talk", "kakao", "카카오톡", "카톡"}},
	{catChannel, ChannelZalo, []string{"zalo"}},
	{catChannel, ChannelSnapchat, []string{"snapchat"}},
	{catChannel, ChannelDingTalk, []string{"dingtalk", "钉钉"}},
	{catChannelWeak, ChannelTikTok, []string{"tiktok", "抖音"}},
	{catChannelWeak, ChannelContact, []string{
		"contact details", "contact info", "contact information", "contacts", "contacto", "contato",
		"coordonnées", "контакты", "контакт", "联系方式", "معلومات الاتصال",
	}},

	// ---------------------------------------------------------------- shadows: channel words in ordinary use
	{catNeutral, 0, []string{
		"phone case", "phone cases", "phone holder", "phone stand", "phone charger", "phone cover",
		"phone covers", "phone accessories", "phone screen", "phone model", "phone models", "phone mount",
		"phone shell", "phone strap", "phone bag", "smart phone", "mobile phone case", "mobile phone cases",
		"cell phone case", "cell phone cases", "mobile app", "phone app", "by phone", "wechat pay", "qq music",
		"production line", "product line", "assembly line", "line drawing", "line drawings", "line up",
		"ไลน์ผลิต", "ไลน์การผลิต", "สายการผลิต", "ライン生産", "生産ライン", "생산 라인", "생산라인", "dây chuyền",
		"in line", "line of", "line art", "power line", "line cord", "signal amplifier", "signal strength",
		"signal booster", "signal cable", "signal wire", "signal line", "signal light", "zoom in", "zoom out",
		"zoom lens", "solar cell", "solar cells", "cell size", "battery cell", "half cell", "half-cell",
		"mail order", "air mail", "airmail", "e-mail marketing", "email marketing", "number of", "no.1", "no 1",
		"model number", "part number", "item number", "order number", "tracking number", "serial number",
		"número de modelo", "número do modelo", "numéro de modèle", "numero di modello", "numero modello",
		"номер модели", "model numarası", "nomor model", "모델 번호", "رقم الموديل", "número de pedido",
		"número do pedido", "numéro de commande", "numero d'ordine", "номер заказа", "sipariş numarası",
		"nomor pesanan", "주문 번호", "رقم الطلب",
		"hs number", "number one", "линия", "сигнал", "手机壳", "手机套", "手机支架", "电话线",
	}},

	// ---------------------------------------------------------------- inviting, possessives, requests
	{catInvite, 0, []string{
		"add", "add me", "add us", "please add", "contact me", "contact us", "contact my", "contact our",
		"please contact", "contact him", "contact her", "reach me", "reach us", "reach out", "text me",
		"message me", "message us", "msg me", "dm me", "dm us", "ping me", "write to", "write me", "write us",
		"chat with me", "chat with us", "talk on", "chat on", "talk via", "chat via", "talk to me on",
		"let's talk", "let's chat", "let's move", "let's continue", "let's have", "let us talk", "join our",
		"join my", "join us", "follow us", "follow me", "find me", "find us", "search", "scan", "click",
		"send me a message", "call me", "call us", "me on", "us on", "more active on", "reply faster",
		"faster reply", "for faster", "for quick", "quick reply", "directly on", "contact directly",
		"whatsapp me", "wechat me", "skype me", "email me", "e-mail me", "mail me", "viber me", "to my", "via my",
		"reply to my", "reply me on",
		"agrégame", "agregame", "añádeme", "anademe", "escríbeme", "escribeme", "escríbenos", "contáctame",
		"contáctanos", "llámame", "mándame un mensaje", "agréganos", "contáctenos",
		"me chama", "me chame", "chama no", "me adiciona", "adiciona", "me add", "me manda", "manda mensagem",
		"me liga", "fala comigo", "chama lá",
		"ajoutez-moi", "ajoute-moi", "ajoutez moi", "contactez-moi", "contactez-nous", "écrivez-moi",
		"écrivez-nous", "appelez-moi", "joignez-moi",
		"напишите мне", "напишите", "пишите", "пишите мне", "добавьте меня", "добавьте", "добавляйтесь",
		"свяжитесь", "свяжитесь со мной", "звоните", "позвоните", "добавь", "напиши", "пиши", "звони",
		"تواصل معي", "تواصل معنا", "تواصلوا", "راسلني", "راسلنا", "أضفني", "اضفني", "كلمني", "اتصل بي",
		"schreiben sie mir", "kontaktieren sie", "melden sie sich", "yazın", "ekleyin", "kết bạn",
		"liên hệ", "nhắn tin",
		"加我", "加下", "加个", "加一下", "请加", "添加", "加", "联系我", "找我", "私聊", "详聊", "聊", "扫码",
		"扫一扫", "同手机", "号码同手机",
	}},
	{catPossSelf, 0, []string{
		"my", "our", "mi", "mis", "nuestro", "nuestra", "meu", "minha", "nosso", "nossa", "mon", "ma", "notre",
		"мой", "моя", "мою", "мои", "наш", "наша", "нашу", "mein", "meine", "unser", "unsere", "我的", "我们的",
		"本人", "benim",
	}},
	{catPossYou, 0, []string{
		"your", "ur", "yours", "tu", "tus", "su", "seu", "sua", "teu", "tua", "votre", "vos", "ton", "ваш",
		"вашу", "ваше", "ваши", "вашего", "твой", "твою", "deine", "ihre", "你的", "您的", "贵司",
	}},
	{catPossYouPost, 0, []string{"حقك", "الخاص بك", "لديك"}},
	{catReqVerb, 0, []string{
		"leave", "share", "send", "give", "tell", "provide", "what", "what's", "whats", "may i have",
		"can i have", "can i get", "could i have", "drop", "pass", "need",
		"pasas", "pasar", "pasa", "dame", "déjame", "deja", "envía", "envíame", "mándame", "manda",
		"passar", "passa", "me passa", "envie", "informe", "envoyez", "envoyez-moi", "donnez", "donnez-moi",
		"laissez", "laisse", "оставьте", "оставь", "дайте", "дай", "пришлите", "скиньте", "скинь", "ممكن",
		"أرسل", "ارسل", "اعطني", "أعطني", "تعطيني", "اعطيني", "أعطيني", "ترسل لي", "ترسلي", "留", "留个", "留下", "发", "发我", "给", "给我", "提供", "告诉我",
		"请提供", "留一下", "发一下", "quel", "quelle", "cuál", "cual", "qual", "какой", "какои", "ما هو", "ما",
	}},
	{catAskHave, 0, []string{
		"do you have", "do u have", "have you got", "you have", "do you use", "are you on", "you use",
		"do you got", "usas", "usa", "você usa", "tienes", "tiene", "tienen", "você tem",
		"voce tem", "vocês têm", "tem", "avez-vous", "avez vous", "as-tu", "vous avez", "у вас есть",
		"есть ли", "هل لديك", "عندك", "有没有", "有无",
	}},
	{catQuestion, 0, []string{"吗", "么", "هل", "?", "؟", "¿"}},
	{catNeg, 0, []string{
		"not", "can't", "cannot", "can not", "don't", "do not", "won't", "will not", "never", "unable",
		"not allowed", "not permitted", "no podemos", "no puedo", "no se puede", "no está permitido", "não",
		"nao", "ne", "pas", "не", "нельзя", "нет", "لا", "لن", "ليس", "ممنوع", "nicht", "kein",
		"不能", "不可以", "不允许", "不让", "不要", "别", "禁止", "无法", "没法", "不方便", "不加",
	}},
	{catNegBreak, 0, []string{
		"don't hesitate", "do not hesitate", "no dude", "não hesite", "n'hésitez pas", "не стесняйтесь",
		"不要犹豫", "feel free",
	}},
	{catOutside, 0, []string{
		"outside alibaba", "outside of alibaba", "outside the platform", "outside of the platform",
		"off platform", "off-platform", "hors plateforme", "hors de la plateforme", "fuera de la plataforma",
		"fuera de alibaba", "fora da plataforma", "fora do alibaba", "вне платформы", "خارج المنصة", "站外",
		"私下", "平台外", "privately",
	}},
	{catPaper, 0, []string{
		"invoice", "commercial invoice", "proforma", "pro forma", "proforma invoice", "packing list", "l/c",
		"letter of credit", "documents", "document", "paperwork", "customs", "clearance", "customs clearance",
		"consignee", "receiver", "recipient", "delivery", "deliver", "courier", "carrier", "driver", "truck",
		"dhl", "fedex", "ups", "tnt", "ems", "b/l", "bill of lading", "waybill", "awb", "shipment",
		"shipping documents", "notification", "bank", "cnpj", "importer", "tax id", "vat",
		"factura", "entrega", "transportista", "aduana", "destinatario", "fatura", "transportadora",
		"destinatário", "alfândega", "desembaraço", "facture", "livraison", "transporteur", "douane",
		"destinataire", "счёт", "счет", "инвойс", "доставка", "доставки", "таможня", "таможни", "получатель",
		"курьер", "فاتورة", "التوصيل", "الجمارك", "المستلم", "发票", "清关", "报关", "派送", "收货人",
		"收件人", "物流", "快递", "提单", "单据", "信用证", "银行", "付款",
		// the other supported languages
		"rechnung", "proformarechnung", "proforma-rechnung", "zoll", "empfänger", "lieferung", "spedition",
		"fattura", "fattura proforma", "dogana", "destinatario", "consegna", "spedizioniere",
		"fatura", "proforma fatura", "gümrük", "alıcı", "teslimat", "kargo", "irsaliye",
		"faktur", "invoice proforma", "bea cukai", "penerima", "pengiriman", "kurir", "ekspedisi",
		"hóa đơn", "hoá đơn", "hải quan", "người nhận", "giao hàng", "vận đơn",
		"請求書", "インボイス", "通関", "税関", "受取人", "配送",
		"인보이스", "송장", "견적 송장", "세금계산서", "통관", "세관", "수취인", "수령인", "배송", "택배",
		"इनवॉइस", "बिल", "कस्टम", "प्राप्तकर्ता", "डिलीवरी", "कूरियर",
		"ใบแจ้งหนี้", "ใบกำกับสินค้า", "ศุลกากร", "ผู้รับ", "การจัดส่ง", "ขนส่ง",
	}},
	{catAnti, 0, []string{
		"catalog", "catalogue", "catalogs", "catalogues", "price list", "price", "prices", "better price",
		"best price", "discount", "cheaper", "photos", "photo", "pictures", "real photos", "video", "videos",
		"more details", "new designs", "next order", "next orders", "future orders", "future", "faster",
		"quick reply", "vip", "directly", "design", "designs",
		"catálogo", "precios", "precio", "fotos", "descuento", "preços", "tabela de preços", "prix",
		"прайс", "каталог", "цены", "фото", "الأسعار", "الصور", "كتالوج", "价格", "报价", "目录", "图片",
		"视频", "详谈", "优惠", "下次", "实拍",
	}},
	{catCodeCtx, 0, []string{
		"code", "hs", "hs code", "ncm", "model", "model no", "item", "item no", "item code", "sku", "art",
		"article", "ref", "reference", "order", "order no", "invoice no", "po", "tracking", "track",
		"waybill", "awb", "container", "b/l", "bl", "report", "serial", "lot", "batch", "#", "nº", "n°",
		"part", "p/n", "certificate", "cert", "license", "licence", "patent",
		"型号", "编号", "单号", "订单号", "运单号", "货号", "трек", "артикул", "модель", "заказ", "заказа",
		"código", "codigo", "modelo", "seguimiento", "pedido", "guía", "rastreio", "suivi", "commande",
		"référence", "رمز", "موديل", "التتبع", "طلب", "registration", "registration no", "fda", "reg", "permit",
		"certificate no", "license no", "licence no",
	}},
	{catConnector, 0, []string{
		"id", "is", "es", "é", "est", "это", "هو", "号", "号码", "number", "no", "account", "name", "username",
		"の", "は", "아이디", "아이디는", "ไอดี", "là", "adalah", "ist", "è", "idsi", "id:",
		"user", "nick", "handle", ":", "：", "-", "=", "/", "at", "utente", "usuario", "usuário", "utilisateur",
		"benutzer", "nutzer", "benutzername", "пользователь", "ник", "логин", "kullanıcı", "kullanıcı adı",
		"اسم المستخدم", "यूज़र", "यूजर", "pengguna", "tên người dùng", "ユーザー名", "ユーザー", "사용자", "用户名",
		"账号", "帳號", "my user", "user is", "username is",
	}},
	{catProduct, 0, []string{
		"print", "printed", "printing", "engrave", "engraved", "engraving", "laser", "logo", "label", "labels",
		"lid", "packaging", "sticker", "stickers", "emboss", "embossed", "tag", "hang tag", "印", "印刷", "刻",
		"imprimir", "impresión", "grabar", "imprimer",
	}},

	// ---------------------------------------------------------------- Trade Assurance
	{catTA, 0, []string{
		"trade assurance", "tradeassurance", "trade-assurance", "trade assurance order", "信保", "信用保障",
		"信用保障服务", "garantía comercial", "garantia comercial", "garantía de comercio",
		"garantie commerciale", "assurance commerciale", "торговая гарантия", "торговой гарантии",
		"торговую гарантию", "ضمان التجارة",
	}},
	{catAccept, 0, []string{
		"accept", "accepts", "support", "supports", "work with", "work", "do", "use", "offer", "take",
		"allow", "open", "available", "possible",
		"aceptamos", "acepto", "aceptar", "acepta", "trabajamos", "usamos", "manejamos", "ofrecemos",
		"disponible", "posible", "aceitamos", "aceito", "aceitar", "trabalhamos", "disponível", "possível",
		"acceptons", "accepte", "accepter", "travaillons", "utilisons", "prenons", "принимаем", "работаем",
		"поддерживаем", "используем", "принимаю", "доступно", "возможно", "نقبل", "نتعامل", "نعمل",
		"نستخدم", "ندعم", "متاح", "接受", "支持", "走", "做", "用", "开", "收",
	}},
	{catTARefuse, 0, []string{
		"not available", "unavailable", "not supported", "takes too long", "too long", "too slow",
		"too complicated", "too high", "too expensive", "too much", "no trade assurance", "not possible",
		"no disponible", "no es posible", "demasiado", "não disponível", "muito caro", "pas disponible",
		"trop cher", "недоступно", "слишком", "غير متاح", "غير متوفر", "不做信保", "不走信保", "不支持",
		"不接受", "太麻烦", "太慢", "太高",
	}},
	{catOnly, 0, []string{
		"only", "prefer", "we prefer", "better", "rather", "solo", "sólo", "solamente", "mejor", "só",
		"somente", "apenas", "melhor", "seulement", "uniquement", "plutôt", "только", "лучше", "فقط",
		"أفضل", "只", "只接受", "只收", "仅", "最好",
	}},
	{catSurcharge, 0, []string{
		"fee", "fees", "charge", "charges", "surcharge", "commission", "extra", "additional", "higher",
		"increase", "increases", "goes up", "go up", "rise", "rises", "premium", "markup", "mark up",
		"cost more", "costs more", "pay more", "more expensive", "plus", "no discount", "lose the discount",
		"without discount", "no more discount", "pass the", "handling fee", "service fee",
		"sube", "aumenta", "adicional", "recargo", "comisión", "cargo", "más caro", "suplemento", "taxa",
		"a mais", "mais caro", "comissão", "acréscimo", "frais", "supplément", "supplémentaire",
		"plus cher", "majoration", "комиссия", "комиссию", "доплата", "доплату", "дороже", "наценка",
		"надбавка", "дополнительно", "رسوم", "إضافية", "إضافي", "زيادة", "عمولة", "أغلى", "手续费", "加价",
		"加点", "加收", "多收", "另加", "贵", "提价", "涨价", "个点", "服务费", "高一点", "贵一点", "要高", "加钱",
		"выше", "plus élevé", "أعلى", "maior", "mais alto", "más alto", "more costly",
	}},
	{catTANeutral, 0, []string{
		"same price", "same prices", "same cost", "no extra", "no additional", "no fee", "no fees",
		"no charge", "no commission", "free of charge", "not to you", "not from us", "no change", "unchanged",
		"included", "every payment method", "all payment methods", "with or without", "regardless",
		"we pay", "paid by us", "charged to us", "on us", "we cover", "we bear", "we absorb", "no surcharge",
		"mismo precio", "sin costo", "sin ningún costo", "sin cargo", "sin comisión", "sin recargo",
		"incluido", "mesmo preço", "sem custo", "sem taxa", "sem acréscimo", "incluído", "même prix",
		"sans frais", "sans supplément", "inclus", "та же цена", "без доплат", "без комиссии",
		"без наценки", "включено", "نفس السعر", "بدون رسوم", "مجانا", "بدون عمولة", "价格不变", "不加价",
		"同价", "一样", "免费", "不收", "不另收", "我们承担", "不变", "or not", "either way", "any payment method",
	}},
	{catAltPay, 0, []string{
		"t/t", "tt", "wire transfer", "bank transfer", "direct transfer", "direct payment", "direct t/t",
		"bonifico", "bonifico bancario", "banka havalesi", "banka havalesiyle", "havale ile", "eft ile",
		"direct", "western union", "wu", "moneygram", "paypal", "cash", "offline", "bank account",
		"company bank account", "personal account", "transferencia", "transferencia directa",
		"transferencia bancaria", "efectivo", "transferência", "transferência direta", "pix", "boleto",
		"virement", "virement bancaire", "espèces", "перевод", "прямой перевод", "банковский перевод",
		"наличные", "на счёт", "тт", "تحويل بنكي", "تحويل", "حوالة", "ويسترن يونيون", "نقدا", "电汇",
		"西联", "私人账户", "对公账户", "直接付款", "线下", "转账",
	}},
	{catCompare, 0, []string{
		"instead of", "rather than", "vs", "versus", "compared to", "compared with", "en lugar de",
		"en vez de", "em vez de", "ao invés de", "au lieu de", "вместо", "بدلا من", "بدلاً من", "而不是",
	}},
	{catCurrency, 0, []string{
		"usd", "us$", "$", "us", "dollars", "dollar", "eur", "€", "euro", "euros", "rmb", "cny", "¥",
		"yuan", "元", "美元", "美金", "dólares", "dolares", "dólar", "reais", "r$", "доллар", "долларов",
		"долл", "руб", "рублей", "دولار", "دولارات", "£", "gbp",
	}},
	{catMore, 0, []string{
		"more", "extra", "higher", "additional", "more expensive", "más", "a mais", "de plus", "больше",
		"إضافية", "多",
	}},
	{catYou, 0, []string{"you", "usted", "vous", "вы", "你", "您", "أنت", "ustedes", "você"}},
	{catWithout, 0, []string{"without", "outside", "sin", "sem", "sans", "без", "بدون", "不走", "不用"}},
}

// asciiChannelWords are channel names that spaced, dotted and leetspeak forms
// are folded back to ("w h a t s a p p", "W.h.a.t.s.A.p.p", "wh@ts@pp").
var asciiChannelWords = map[string]Channel{
	"whatsapp": ChannelWhatsApp, "wechat": ChannelWeChat, "weixin": ChannelWeChat, "skype": ChannelSkype,
	"telegram": ChannelTelegram, "viber": ChannelViber, "facebook": ChannelFacebook,
	"instagram": ChannelInstagram, "email": ChannelEmail, "gmail": ChannelEmail, "line": ChannelLine,
	"signal": ChannelSignal, "zalo": ChannelZalo, "kakaotalk": ChannelKakaoTalk, "linkedin": ChannelLinkedIn,
	"messenger": ChannelFacebook, "qq": ChannelQQ, "phone": ChannelPhone, "mobile": ChannelPhone,
	"snapchat": ChannelSnapchat, "wtsp": ChannelWhatsApp, "whtsp": ChannelWhatsApp,
}

// hanDigit maps Chinese numerals, including the phone-reading 幺 (one) and 洞 (zero).
func hanDigit(r rune) (byte, bool) {
	switch r {
	case '零', '〇', '洞':
		return '0', true
	case '一', '幺', '壹':
		return '1', true
	case '二', '两', '贰':
		return '2', true
	case '三', '叁':
		return '3', true
	case '四', '肆':
		return '4', true
	case '五', '伍':
		return '5', true
	case '六', '陆':
		return '6', true
	case '七', '柒':
		return '7', true
	case '八', '捌':
		return '8', true
	case '九', '玖':
		return '9', true
	}
	return 0, false
}

// tlds are the top-level domains accepted at the end of an obfuscated e-mail
// address; an "(at)"/"dot" form must end in one of them.
var tlds = map[string]bool{
	"com": true, "net": true, "org": true, "cn": true, "ru": true, "de": true, "fr": true, "es": true,
	"br": true, "ar": true, "ae": true, "sa": true, "io": true, "co": true, "uk": true, "in": true,
	"info": true, "biz": true, "me": true, "hk": true, "tw": true, "jp": true, "kr": true, "vn": true,
	"tr": true, "it": true, "nl": true, "pl": true, "mx": true, "us": true, "au": true, "ca": true,
	"eu": true, "id": true, "my": true, "sg": true, "pk": true, "ng": true, "za": true, "eg": true,
	"ir": true, "ua": true, "kz": true, "pt": true, "cl": true, "pe": true, "bd": true, "th": true,
	"ph": true, "edu": true, "gov": true, "top": true, "xyz": true, "shop": true, "store": true,
	"online": true, "site": true, "cc": true, "tv": true, "ly": true, "gl": true, "gd": true, "link": true,
	"app": true, "ws": true, "la": true, "im": true,
}

// mailProviders are free-mail domains (first label); an e-mail spoken with a
// plain " at " must use one of them, so that "prices at amazon.com" is not an
// address.
var mailProviders = map[string]bool{
	"gmail": true, "googlemail": true, "yahoo": true, "hotmail": true, "outlook": true, "live": true,
	"msn": true, "icloud": true, "me": true, "aol": true, "qq": true, "163": true, "126": true,
	"yeah": true, "sina": true, "sohu": true, "foxmail": true, "aliyun": true, "139": true, "yandex": true,
	"mail": true, "gmx": true, "proton": true, "protonmail": true, "zoho": true, "rambler": true,
	"naver": true, "daum": true,
}

// platformDomains are the platform's own domains: links and addresses there
// keep the buyer on the platform.
var platformDomains = []string{"alibaba.com", "alibaba-inc.com", "aliexpress.com", "1688.com", "alibaba.com.cn", "alipay.com"}

// linkHosts are hosts whose links open a chat on another channel.
var linkHosts = map[string]Channel{
	"wa.me": ChannelWhatsApp, "wa.link": ChannelWhatsApp, "api.whatsapp.com": ChannelWhatsApp,
	"chat.whatsapp.com": ChannelWhatsApp, "web.whatsapp.com": ChannelWhatsApp, "whatsapp.com": ChannelWhatsApp,
	"t.me": ChannelTelegram, "telegram.me": ChannelTelegram, "telegram.dog": ChannelTelegram,
	"m.me": ChannelFacebook, "facebook.com": ChannelFacebook, "fb.com": ChannelFacebook, "fb.me": ChannelFacebook,
	"line.me": ChannelLine, "lin.ee": ChannelLine, "qm.qq.com": ChannelQQ, "u.wechat.com": ChannelWeChat,
	"weixin.qq.com": ChannelWeChat, "zalo.me": ChannelZalo, "viber.click": ChannelViber,
	"invite.viber.com": ChannelViber, "join.skype.com": ChannelSkype, "instagram.com": ChannelInstagram,
	"instagr.am": ChannelInstagram, "linkedin.com": ChannelLinkedIn, "snapchat.com": ChannelSnapchat,
	"signal.me": ChannelSignal, "open.kakao.com": ChannelKakaoTalk, "vk.com": ChannelVK, "vk.me": ChannelVK,
	"tiktok.com": ChannelTikTok, "viber.me": ChannelViber,
	"qr.kakao.com": ChannelKakaoTalk, "kakao.com": ChannelKakaoTalk, "line.ee": ChannelLine, "ig.me": ChannelInstagram, "zoom.us": ChannelZoom,
	"meet.google.com": ChannelZoom,
	// Link shorteners hide where they lead: in a merchant's chat, off the platform.
	"bit.ly": ChannelWebsite, "tinyurl.com": ChannelWebsite, "cutt.ly": ChannelWebsite, "rb.gy": ChannelWebsite,
	"is.gd": ChannelWebsite, "ow.ly": ChannelWebsite, "shorturl.at": ChannelWebsite, "tiny.cc": ChannelWebsite,
	"t.ly": ChannelWebsite, "s.id": ChannelWebsite, "goo.gl": ChannelWebsite,
	// Another marketplace's shop: the order moves there.
	"ozon.ru": ChannelMarketplace, "shopee.co.id": ChannelMarketplace, "shopee.vn": ChannelMarketplace,
	"shopee.co.th": ChannelMarketplace, "shopee.com.my": ChannelMarketplace, "shopee.ph": ChannelMarketplace,
	"shopee.com.br": ChannelMarketplace, "shopee.sg": ChannelMarketplace, "shp.ee": ChannelMarketplace,
	"tokopedia.com": ChannelMarketplace, "tokopedia.link": ChannelMarketplace, "lazada.com": ChannelMarketplace,
	"lazada.co.id": ChannelMarketplace, "lazada.vn": ChannelMarketplace, "lazada.co.th": ChannelMarketplace,
	"s.lazada.vn": ChannelMarketplace, "amzn.to": ChannelMarketplace,
	"ebay.com": ChannelMarketplace, "ebay.to": ChannelMarketplace, "etsy.com": ChannelMarketplace,
	"mercadolibre.com.mx": ChannelMarketplace, "articulo.mercadolibre.com.mx": ChannelMarketplace,
	"mercadolibre.com.ar": ChannelMarketplace, "mercadolivre.com.br": ChannelMarketplace,
	"produto.mercadolivre.com.br": ChannelMarketplace, "taobao.com": ChannelMarketplace, "m.tb.cn": ChannelMarketplace,
	"tb.cn": ChannelMarketplace, "tmall.com": ChannelMarketplace, "jd.com": ChannelMarketplace,
	"item.jd.com": ChannelMarketplace, "trendyol.com": ChannelMarketplace,
	"wildberries.ru": ChannelMarketplace, "flipkart.com": ChannelMarketplace, "coupang.com": ChannelMarketplace,
	"link.coupang.com": ChannelMarketplace, "temu.com": ChannelMarketplace, "pinduoduo.com": ChannelMarketplace,
}

// shortenerPairs are the shorteners' two labels: written with a space for
// the dot ("bit ly/3tAp3Kz") they are still the link.
var shortenerPairs = map[string]bool{
	"bit.ly": true, "cutt.ly": true, "rb.gy": true, "is.gd": true, "ow.ly": true, "shorturl.at": true,
	"tiny.cc": true, "t.ly": true, "s.id": true, "goo.gl": true, "tinyurl.com": true,
}

// famEntries lists the phrases with family categories.
func famEntries() []famEntry {
	return slices.Concat(taxFamEntries(), pointerFamEntries(), r2FamEntries(), offDealFamEntries(), shareFamEntries())
}
