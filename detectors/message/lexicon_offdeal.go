package message

import "slices"

// The off-platform deal family: the merchant moves the transaction itself
// off the platform ("order outside the platform for a better price",
// 私下交易, "cancel the Alibaba order and pay our company account"). The
// rulebook lists refusing the buyer's online transaction beside the contact
// lures; it is a refusal of Trade Assurance by another road. famDeal marks a
// word of ordering, buying, paying or trading; famCancel cancelling or
// closing the platform order. The words carry no category, so they change
// nothing else the lexicon reads.

// dealWords order, buy, pay or trade, in every supported language.
var dealWords = []string{
	"order", "orders", "ordering", "place the order", "place an order", "place orders", "buy", "buying",
	"purchase", "pay", "paying", "payment", "deal", "trade", "business", "do business", "transaction",
	"transactions", "transact", "checkout", "check out",
	"compra", "comprar", "compre", "compras", "compren", "pedido", "pedidos", "pedir", "pague", "pagar", "pago",
	"negocio", "trato", "transacción", "ordenar", "haga el pedido",
	"encomendar", "encomenda", "pagamento", "negócio", "fechar negócio", "faça o pedido",
	"commander", "commandez", "commande", "acheter", "achetez", "achat", "payer", "payez", "paiement", "affaire",
	"bestellen", "bestellung", "bestellungen", "kaufen", "kauf", "zahlen", "bezahlen", "zahlung", "geschäft",
	"ordinare", "ordine", "ordinate", "ordini", "comprare", "acquistare", "acquisto", "pagare", "pagate",
	"affare", "transazione",
	"заказ", "заказать", "заказывайте", "закажите", "заказы", "купить", "покупать", "покупайте", "покупка",
	"оплатить", "оплатите", "оплата", "оплату", "платить", "сделка", "сделку", "сделки",
	"sipariş", "siparişi", "sipariş verin", "sipariş verirseniz", "satın al", "satın alın", "satın alırsanız",
	"ödeme", "öde", "ödeyin", "ödeyebilirsiniz", "alışveriş", "işlem",
	"اطلب", "اطلبوا", "الطلب", "طلب", "شراء", "اشتري", "اشترِ", "الدفع", "ادفع", "دفع", "صفقة", "التعامل", "تعامل",
	"ऑर्डर", "खरीद", "खरीदें", "खरीदो", "भुगतान", "पेमेंट", "डील", "order karo", "payment karo", "kharido",
	"pesan", "pesanan", "beli", "membeli", "bayar", "pembayaran", "transaksi",
	"đặt hàng", "đặt", "mua", "mua hàng", "thanh toán", "giao dịch", "trả tiền",
	"สั่งซื้อ", "สั่ง", "ซื้อ", "ชำระเงิน", "จ่ายเงิน", "ทำธุรกรรม", "ซื้อขาย",
	"注文", "ご注文", "購入", "取引", "支払い", "お支払い", "決済",
	"주문", "주문하", "구매", "결제", "거래", "송금",
	"下单", "交易", "购买", "买", "付款", "支付", "打款", "成交", "做单", "走单", "订货", "拍",
	"paga", "pagas", "paguen", "ordene", "ordena", "ordina", "ordinano", "ordiniate", "compri", "comprate", "acquisti",
	"acquistate", "paghi", "encomende", "commandes", "commandiez", "bestellst", "kaufst", "zahlst", "закажете",
	"купите", "alırsanız", "öderseniz", "order kijiye", "kharidiye", "pesannya", "belinya", "mua hàng", "注文すれば",
	"購入すれば", "주문하시면", "구매하시면", "下单的话", "购买的话", "send the money", "send money", "send the payment", "envíe el dinero",
	"mande o dinheiro", "envoyez l'argent", "schicken sie das geld", "inviate i soldi", "отправьте деньги",
	"parayı gönderin", "أرسل المبلغ", "पैसे भेजें", "kirim uang", "gửi tiền", "お金を送", "돈을 보내", "打钱", "转钱", "汇钱",
	// closing the deal
	"chiudiamo", "chiudere", "cerramos", "cerrar", "fechamos", "fechar", "concluons", "conclure", "abschließen",
	"schließen wir ab", "закроем", "оформим", "kapatalım", "chốt", "chốt đơn", "ปิดการขาย", "締結", "계약", "close the deal",
	// transferring the money
	"transfer", "transfers", "transfer the money", "wire", "wire the money", "remit", "transferencia",
	"transfiera", "transfieres", "transfiere", "transferir", "transferência", "transfira", "virement", "virez",
	"virer", "überweisen", "überweisung", "überweist", "bonifico", "trasferimento", "перевод", "переведите",
	"переведёте", "переведете", "перечислите", "havale", "eft", "تحويل", "حوّل", "حول المبلغ", "دفعت", "تدفع",
	"ट्रांसफर", "transfer karo", "transfer karein", "tf", "chuyển khoản", "chuyển tiền", "โอน", "โอนเงิน",
	"振込", "お振込み", "振り込", "送金", "이체", "입금", "转账", "汇款",
}

// perkWords: what a merchant promises for paying its way.
var perkWords = []string{
	"no fees", "no fee", "without fees", "zero fees", "better price", "best price", "lower price", "faster", "quicker",
	"sin comisiones", "sin comisión", "mejor precio", "más rápido", "sem taxas", "sem taxa", "melhor preço",
	"mais rápido", "sans frais", "meilleur prix", "plus rapide", "ohne gebühren", "besserer preis", "schneller",
	"senza commissioni", "prezzo migliore", "più veloce", "без комиссии", "лучшая цена", "быстрее", "komisyonsuz",
	"daha iyi fiyat", "daha hızlı", "بدون رسوم", "سعر أفضل", "أسرع", "बिना फीस", "बेहतर कीमत", "जल्दी",
	"tanpa biaya", "harga lebih baik", "lebih cepat", "không phí", "giá tốt hơn", "nhanh hơn", "ไม่มีค่าธรรมเนียม",
	"ราคาดีกว่า", "เร็วกว่า", "手数料なし", "より安く", "より早く", "수수료 없이", "더 싸게", "더 빨리", "免手续费",
	"没有手续费", "价格更好", "更快", "更便宜",
	// avoiding or saving the fee
	"avoid", "avoid the", "evitamos", "evitar", "evitamos las", "evitamos as", "évitons", "éviter", "vermeiden",
	"evitiamo", "evitare", "избежать", "избегаем", "kaçınırız", "بچیں", "تجنب", "बचेगी", "बचेगा", "बच जाएगी", "बचाएं",
	"hindari", "tránh", "ไม่ต้องเสีย", "ไม่เสีย", "省掉", "免去", "不用付", "sparen wir", "sparen sie",
	"回避", "피할", "절약",
}

// cancelOrderWords cancel or close the platform order.
var cancelOrderWords = []string{
	"cancel the order", "cancel this order", "cancel your order", "cancel the alibaba order",
	"cancel the platform order", "close the order", "close this order", "cancel it on the platform",
	"cancel the trade assurance order", "close the trade assurance order", "cancel the ta order",
	"cancele el pedido", "cancela el pedido", "cancelar el pedido", "cancelemos el pedido",
	"cancelar o pedido", "cancele o pedido", "cancela o pedido",
	"annulez la commande", "annuler la commande", "annulons la commande",
	"stornieren sie die bestellung", "die bestellung stornieren", "bestellung stornieren", "stornieren wir die bestellung",
	"annullate l'ordine", "annullare l'ordine", "annulla l'ordine", "annulliamo l'ordine",
	"отмените заказ", "отменить заказ", "отменим заказ", "закройте заказ",
	"siparişi iptal edin", "siparişi iptal", "siparişi iptal edelim",
	"ألغِ الطلب", "الغ الطلب", "ألغ الطلب", "الغي الطلب", "إلغاء الطلب", "نلغي الطلب",
	"ऑर्डर रद्द करें", "ऑर्डर रद्द", "ऑर्डर कैंसिल", "order cancel karo", "order cancel kar do",
	"batalkan pesanan", "batalkan order", "hủy đơn hàng", "hủy đơn", "ยกเลิกคำสั่งซื้อ", "ยกเลิกออเดอร์",
	"注文をキャンセル", "注文を取り消", "주문을 취소", "주문 취소", "取消订单", "关闭订单", "取消平台订单",
	"把订单取消", "订单取消", "关掉订单", "撤销订单",
}

// cancelVerbs cancel or close, alone: with an order noun near them
// (orderNouns) they are the platform order cancelled ("on annule la
// commande", "закроем этот заказ").
var cancelVerbs = []string{
	"cancel", "cancelled", "close", "cancela", "cancele", "cancelar", "cancelamos", "cancelemos", "annule",
	"annulez", "annuler", "annulons", "storniere", "stornieren", "storniert", "annulla", "annullare", "annullate",
	"annulliamo", "chiudiamo", "отменим", "отмените", "отменить", "закроем", "закройте", "iptal", "إلغاء", "ألغ",
	"الغي", "نلغي", "रद्द", "कैंसिल", "batalkan", "batal", "hủy", "ยกเลิก", "キャンセル", "取り消", "취소", "取消",
	"关闭", "关掉", "撤销", "撤单",
}

// orderNouns: the order a cancel verb cancels.
var orderNouns = map[string]bool{
	"order": true, "pedido": true, "commande": true, "bestellung": true, "ordine": true, "ordem": true, "заказ": true,
	"sipariş": true, "siparişi": true, "siparis": true, "siparisi": true, "الطلب": true, "طلب": true, "ऑर्डर": true,
	"pesanan": true, "đơn": true, "คำสั่งซื้อ": true, "คำสั่ง": true, "ออเดอร์": true, "注文": true, "주문": true, "订单": true,
	"訂單": true, "单": true,
}

// refundWords: a cancelled order refunded is no payment pushed.
var refundWords = []string{
	"refund", "refunded", "reembolso", "reembolsar", "remboursement", "rembourser", "erstattung", "rückerstattung",
	"rimborso", "возврат", "вернём", "iade", "استرداد", "رد المبلغ", "रिफंड", "pengembalian dana", "hoàn tiền",
	"คืนเงิน", "返金", "환불", "退款", "退钱",
}

// warnWords: advice against paying outside the platform, not a lure.
var warnWords = []string{
	// "do not pay outside the platform": a warning in the verb-final and Thai forms
	"하지 마세요", "하지 마십시오", "지 마세요", "마세요", "กรุณาอย่า", "อย่าชำระ", "อย่าโอน", "อย่าจ่าย", "しないでください", "やめてください",
	"for protection", "주문 보호", "보호를 위해", "คุ้มครอง", "保護のため", "为了保障", "para sua proteção", "para su protección",
	"scam", "scams", "scammer", "scammers", "fraud", "careful", "be careful", "beware", "warning", "caution",
	"dangerous", "unsafe", "not safe", "not protected", "unprotected", "no protection", "for your safety",
	"estafa", "fraude", "cuidado", "peligroso", "no es seguro", "no está protegido", "para su seguridad",
	"golpe", "perigoso", "não é seguro", "não está protegido", "para sua segurança",
	"arnaque", "escroquerie", "attention", "dangereux", "pas sûr", "pas protégé", "pour votre sécurité",
	"betrug", "vorsicht", "gefährlich", "nicht sicher", "nicht geschützt", "zu ihrer sicherheit",
	"truffa", "frode", "attenzione", "pericoloso", "non è sicuro", "non è protetto", "per la vostra sicurezza",
	"мошенничество", "мошенники", "осторожно", "опасно", "небезопасно", "не защищен", "для вашей безопасности",
	"dolandırıcılık", "dikkat", "tehlikeli", "güvenli değil", "güvenliğiniz için",
	"احتيال", "نصب", "احذر", "خطر", "غير آمن", "لسلامتك",
	"धोखा", "धोखाधड़ी", "सावधान", "खतरनाक", "असुरक्षित", "आपकी सुरक्षा के लिए",
	"penipuan", "hati-hati", "berbahaya", "tidak aman", "demi keamanan",
	"lừa đảo", "cẩn thận", "nguy hiểm", "không an toàn", "vì sự an toàn",
	"หลอกลวง", "ระวัง", "อันตราย", "ไม่ปลอดภัย", "เพื่อความปลอดภัย",
	"詐欺", "注意", "危険", "安全ではない", "安全のため",
	"사기", "조심", "위험", "안전하지 않", "안전을 위해",
	"骗", "骗子", "诈骗", "小心", "危险", "不安全", "为了您的安全", "为了安全", "没有保障",
}

// offTAPayWords are ways of paying that never go through Trade Assurance: a
// personal account or wallet, crypto, cash remittance, PayPal "friends and
// family".
var offTAPayWords = []string{
	"personal account", "private account", "my own account", "my personal account", "my alipay",
	"my paypal", "my wechat pay", "my bank card",
	"cuenta personal", "mi cuenta personal", "conta pessoal", "minha conta pessoal", "compte personnel",
	"mon compte personnel", "compte perso", "mon compte perso", "privatkonto", "persönliches konto", "mein privatkonto", "conto personale",
	"личный счёт", "личный счет", "личную карту", "на мою карту", "kişisel hesap", "şahsi hesap", "kişisel hesabıma", "kişisel hesabımıza", "şahsi hesabıma",
	"حساب شخصي", "حسابي الشخصي", "निजी खाता", "पर्सनल अकाउंट", "personal account mein", "rekening pribadi",
	"tài khoản cá nhân", "บัญชีส่วนตัว", "โอนเข้าบัญชีส่วนตัว", "個人口座", "개인 계좌", "个人账户", "私人账户", "私户", "个人卡",
	"我的支付宝", "我支付宝", "我的银行卡", "对私账户",
	"usdt", "crypto", "cryptocurrency", "bitcoin", "btc", "binance", "cripto", "criptomoneda", "criptomoeda",
	"crypto-monnaie", "kryptowährung", "криптовалюта", "криптовалютой", "kripto", "عملة رقمية", "क्रिप्टो",
	"tiền điện tử", "คริปโต", "暗号資産", "암호화폐", "加密货币", "虚拟币", "泰达币", "比特币",
	"western union", "moneygram", "вестерн юнион", "ويسترن يونيون", "西联", "西联汇款", "速汇金",
	"paypal friends and family", "paypal friends", "paypal f&f", "friends and family payment", "as friends and family",
	"paypal amigos y familia", "paypal amigos", "paypal amigos e família", "paypal amis et famille", "paypal amis",
	"paypal freunde und familie", "paypal freunde", "paypal amici", "paypal друзья", "paypal亲友", "亲友付款",
}

// depositAdvanceWords name a deposit or an advance: Trade Assurance taking
// only it leaves the balance outside ("only the 30% deposit through Trade
// Assurance, the balance to my personal account").
var depositAdvanceWords = []string{
	"deposit", "the deposit", "down payment", "advance", "advance payment", "prepayment",
	"depósito", "anticipo", "seña", "sinal", "adiantamento", "entrada", "acompte", "arrhes", "anzahlung",
	"vorauszahlung", "acconto", "caparra", "предоплата", "предоплаты", "предоплату", "аванс", "задаток",
	"kapora", "kaporayı", "kaporası", "ön ödeme", "peşinat", "uang muka", "dp", "tiền cọc", "đặt cọc", "cọc", "มัดจำ", "เงินมัดจำ",
	"定金", "订金", "预付款", "首付", "手付金", "前金", "前払い", "계약금", "선금", "착수금", "عربون",
	"دفعة مقدمة", "مقدم", "एडवांस", "अग्रिम", "बयाना",
}

// offPlatformLexicon: "outside the platform" in every supported language
// (lexicon.go holds the first forms), and the words of the family.
var offPlatformLexicon = []lexEntry{
	{catOutside, 0, []string{
		"outside the site", "off the site", "off alibaba", "outside alibaba.com", "not through the platform",
		"not through alibaba", "bypass the platform", "bypassing the platform", "bypass alibaba",
		"outside of the site", "off the platform",
		"fuera de la web", "por fuera de la plataforma", "por fuera de alibaba", "fuera del sitio",
		"fora do site", "por fora da plataforma", "fora do alibaba.com",
		"en dehors de la plateforme", "hors d'alibaba", "en dehors d'alibaba", "hors du site", "hors alibaba",
		"außerhalb der plattform", "außerhalb von alibaba", "außerhalb alibaba", "nicht über die plattform",
		"nicht über alibaba", "an der plattform vorbei",
		"fuori dalla piattaforma", "fuori piattaforma", "fuori da alibaba", "al di fuori della piattaforma",
		"вне алибабы", "мимо платформы", "в обход платформы", "не через платформу", "вне площадки",
		"platform dışında", "platformun dışında", "alibaba dışında", "platform dışı",
		"خارج علي بابا", "خارج الموقع", "خارج المنصه", "خارج منصة علي بابا",
		"प्लेटफॉर्म के बाहर", "प्लेटफ़ॉर्म के बाहर", "अलीबाबा के बाहर", "platform ke bahar", "alibaba ke bahar",
		"di luar platform", "luar platform", "di luar alibaba",
		"ngoài nền tảng", "ngoài alibaba", "bên ngoài nền tảng", "ngoài sàn",
		"นอกแพลตฟอร์ม", "นอกระบบ", "นอกอาลีบาบา", "นอกเว็บ",
		"プラットフォーム外", "プラットフォームの外", "アリババ外", "アリババの外", "サイト外",
		"플랫폼 밖", "플랫폼 밖에서", "플랫폼 외부", "알리바바 밖", "플랫폼 외",
		"不走平台", "不通过平台", "绕过平台", "平台以外", "私下交易",
		// "instead of through the platform", "without going through it"
		"instead of through the site", "instead of through the platform", "instead of through alibaba",
		"rather than through the platform", "not via the platform", "without going through the platform",
		"sin pasar por la plataforma", "sem passar pela plataforma", "sans passer par la plateforme",
		"ohne die plattform", "senza passare dalla piattaforma", "а не через площадку", "не через площадку",
		"мимо площадки", "не через сайт", "не через алибабу", "platformdan geçmeden", "platform üzerinden değil",
		"bina platform ke", "tanpa lewat platform", "tidak lewat platform", "không qua sàn", "không qua nền tảng",
		"không thông qua sàn", "ไม่ผ่านแพลตฟอร์ม", "ไม่ผ่านระบบ", "ไม่ผ่านเว็บ", "プラットフォームを通さず",
		"プラットフォームを通さない", "アリババを通さず", "サイトを通さず", "플랫폼을 거치지 않고", "플랫폼 거치지 않고",
		"平台外", "بدون المنصة", "بعيدا عن المنصة",
	}},
	// "never" beyond English: "nunca pague fuera de la plataforma".
	{catNeg, 0, []string{
		"nunca", "niemals", "nie", "никогда", "asla", "hiçbir zaman", "أبدا", "أبداً", "कभी नहीं", "kabhi nahi",
		"không bao giờ", "đừng", "決して", "从不", "从来不", "绝不", "千万不要", "千万别",
		// Turkish negates in the verb: "veremiyorum" (I cannot give)
		"veremiyorum", "veremiyoruz", "veremem", "veremeyiz", "paylaşamıyorum", "paylaşamıyoruz", "paylaşamam",
		"paylaşamayız", "gönderemiyorum", "gönderemem", "yasak", "yasaktır", "izin verilmiyor",
	}},
	{0, 0, dealWords},
	{0, 0, cancelOrderWords},
	{0, 0, cancelVerbs},
	{0, 0, refundWords},
	{0, 0, warnWords},
	{0, 0, offTAPayWords},
	{0, 0, perkWords},
	{0, 0, noteWords},
	{0, 0, depositAdvanceWords},
	{catSearch | catShopName, 0, sameAsShopName},
	{0, 0, sameOn},
	// Chinese words holding a negation character that negate nothing: 识别
	// (recognise), 特别 (special), 不锈钢 (stainless steel). The character
	// inside is shadowed (matchPhrases).
	{catNeutral, 0, []string{
		"识别", "特别", "区别", "分别", "类别", "级别", "告别", "差别", "鉴别", "辨别", "性别", "个别", "别人",
		"不锈钢", "不错", "不断", "不过", "不少", "不仅", "不同", "不论", "不管", "无论", "无线", "无缝", "无铅",
		"无毒", "无菌", "无纺布", "无刷",
	}},
	{catNeg, 0, []string{"不同意"}},
	// "without" beyond the first languages: "ohne Aufpreis", "senza costi aggiuntivi".
	{catWithout, 0, []string{"ohne", "senza", "tanpa", "không có", "olmadan", "बिना", "ไม่มี", "bez"}},
	// Asking to be written to, where the lexicon had no form yet.
	{catInvite, 0, []string{
		"text me there", "문자 주세요", "문자 주시면", "문자 보내 주세요", "메시지 주세요", "me manda mensagem",
		"mándame un mensaje", "envoyez-moi un message", "schreiben sie mir", "scrivimi", "напишите мне",
		"bana yazın", "راسلني", "मुझे मैसेज करें", "chat saya", "nhắn cho em", "ทักมา", "メッセージください",
	}},
	// A direct line is a phone number.
	{catChannelWeak, ChannelPhone, []string{
		"direct line", "línea directa", "linha direta", "ligne directe", "durchwahl", "linea diretta", "прямой номер",
		"الخط المباشر", "डायरेक्ट लाइन", "nomor langsung", "số trực tiếp", "สายตรง", "直通電話", "직통", "直线电话",
	}},
	// The shop's cover picture is its banner.
	{catProfile, 0, []string{
		"portada", "portada de mi tienda", "portada de la tienda", "capa da loja", "foto de capa", "couverture",
		"photo de couverture", "titelbild", "copertina", "обложка", "обложке", "kapak fotoğrafı", "صورة الغلاف",
		"कवर फोटो", "sampul toko", "foto sampul", "ảnh bìa", "รูปหน้าปก", "カバー写真", "커버 사진", "封面", "店铺封面",
		"bio toko", "store bio", "shop bio",
	}},
	{catImage, 0, []string{
		"vídeo do produto", "video del producto", "vídeo del producto", "vidéo du produit", "produktvideo",
		"video del prodotto", "видео товара", "ürün videosu", "فيديو المنتج", "产品视频", "商品動画", "제품 영상", "video produk",
	}},
	// Indonesian "japri" (jalur pribadi): a private line.
	{catInvite | catElsewhere, 0, []string{"japri", "japri aja", "japri ya", "langsung japri"}},
	// Names written backwards ("add me on ppAstahW … read it backwards"), in
	// French sounds (ouatsap) and with a V for the We.
	{catChannel, ChannelWhatsApp, []string{"ppastahw", "ppastah w", "pastahw", "ouatsap", "ouatsapp", "ouatsape", "ouatsappe"}},
	{catChannel, ChannelWeChat, []string{"tahcew", "v-chat", "vchat", "wee chat", "we-chat"}},
	{catChannel, ChannelTelegram, []string{"margelet"}},
	{catChannel, ChannelSkype, []string{"epyks"}},
	{catChannel, ChannelViber, []string{"rebiv"}},
	{catChannel, ChannelInstagram, []string{"margatsni"}},
	{catChannel, ChannelEmail, []string{"liamg", "liame"}},
	// The green messenger is WhatsApp (lexicon_channels.go has the green app).
	{catChannelWeak | catAppRef, ChannelWhatsApp, []string{
		"green messenger", "the green messenger", "зелёном мессенджере", "зеленом мессенджере", "зелёный мессенджер",
		"зеленый мессенджер", "messenger verde", "mensajero verde", "messagerie verte", "grünen messenger",
		"绿色那个软件", "那个绿色的软件", "绿色那个app", "绿色的那个软件", "绿色的那个app",
	}},
	// The platform and its fee in more forms: "комиссии платформы", "प्लेटफ़ॉर्म फीस", "Plattformgebühr".
	{catPlatform, 0, []string{"платформы", "प्लेटफ़ॉर्म", "platformun", "platformu", "plateforme alibaba"}},
	{catPlatform | catSurcharge, 0, platformFeeWords},
	{catSurcharge, 0, []string{"फीस", "ค่าธรรมเนียม", "biaya", "phí", "comisiones", "commissioni", "tarifa", "tarifas",
		"preço sobe", "sobe o preço", "o preço sobe", "fica mais caro", "acrescentamos"}},
	// "长按识别" is the long press that opens a QR code in a picture.
	{catQR, 0, []string{"长按识别", "长按扫码", "长按图片识别", "长按二维码"}},
	// Longer phrases that are none of the family ("a personal account manager").
	{0, 0, []string{"personal account manager", "personal account managers", "private account manager"}},
}

// sameOn: "the same (number) on WA", after the digits.
var sameOn = []string{"same on", "same for", "same in", "mismo en", "mesmo no", "même sur", "dasselbe auf", "stesso su", "тот же в"}

// platformFeeWords are the platform's fee in one word.
var platformFeeWords = []string{"plattformgebühr", "plattformgebühren", "plattformkosten", "平台费", "平台手续费"}

// noteWords: "write down" (the number that follows).
var noteWords = []string{
	"write down", "note down", "save", "save my", "write it down", "anote", "anota", "apunta", "apunte", "notez",
	"notieren sie", "notiere", "segna", "segnati", "запишите", "запиши", "сохраните", "not alın", "kaydedin",
	"سجل", "احفظ", "नोट करें", "लिख लें", "catat", "simpan", "ghi lại", "lưu", "จดไว้", "บันทึก", "メモして",
	"控えて", "적어", "저장해", "记一下", "记下", "记好", "存一下",
	// the number given in pieces because the platform hides it
	"censored", "gets censored", "is censored", "in parts", "in pieces", "zensiert", "in teilen", "in stücken",
	"не пропускает", "блокирует", "по частям", "censurado", "por partes", "en partes", "censuré", "en morceaux",
	"censurato", "a pezzi", "sansürleniyor", "parça parça", "يحجب", "على أجزاء", "टुकड़ों में", "disensor",
	"dipotong", "bị chặn số", "từng phần", "ถูกบล็อก", "ทีละส่วน", "分けて", "ブロックされる", "나눠서", "차단돼서",
	"屏蔽", "发不出去", "分开发", "拆开发",
}

// sameAsShopName: a handle said to be the shop's name.
var sameAsShopName = []string{
	"same as my store name", "same as my shop name", "same as the store name", "same as the shop name",
	"same as our store name", "same as our shop name", "same as our company name", "same as the company name",
	"igual que el nombre de la tienda", "igual al nombre de la tienda", "mismo que el nombre de la tienda",
	"mesmo nome da loja", "igual ao nome da loja", "même que le nom de la boutique", "identique au nom de la boutique",
	"gleich wie der shopname", "wie unser shopname", "uguale al nome del negozio", "come il nome del negozio",
	"совпадает с названием магазина", "как название магазина", "mağaza adıyla aynı", "mağaza adı ile aynı",
	"نفس اسم المتجر", "स्टोर के नाम जैसा", "sama dengan nama toko", "sama seperti nama toko", "giống tên shop",
	"giống tên cửa hàng", "เหมือนชื่อร้าน", "店名と同じ", "가게 이름과 같", "상점 이름과 같", "和店铺名一样",
	"跟店名一样", "和店名一样", "就是店铺名", "就是店名",
}

func offDealFamEntries() []famEntry {
	return []famEntry{{famDeal, dealWords}, {famCancel, cancelOrderWords}, {famCancel, cancelVerbs}, {famRefund, refundWords}, {famWarn, warnWords}, {famOffPay, offTAPayWords}, {famPerk, perkWords}, {famNote, noteWords}, {famDeposit, depositAdvanceWords}, {famSame, sameAsShopName}, {famSame, sameOn}}
}

// addOffDealTriggers lets the prefilter pass a deal word with an
// "outside the platform" word (roleOther), and a cancelled order or a way of
// paying off Trade Assurance alone.
func addOffDealTriggers(ix *triggerIndex) {
	sc := new(scratch)
	// A way of paying is a deal word too ("T/T outside the platform").
	var altPay []string
	for _, e := range slices.Concat(lexiconEntries(), intentLexicon) {
		if e.cats&catAltPay != 0 {
			altPay = append(altPay, e.phrases...)
		}
	}
	for _, p := range altPay {
		normalize(p, sc)
		a := string(sc.norm)
		if !isASCII(a) {
			continue
		}
		for _, t := range tokenize(sc.norm, sc.toks) {
			if w := a[t.s:t.e]; t.kind == tWord && !commonWords[w] {
				ix.set[w] |= roleDeal
				ix.add(w)
			}
		}
	}
	for _, ws := range []struct {
		words []string
		role  uint8
	}{{dealWords, roleDeal}, {cancelOrderWords, roleKey}, {offTAPayWords, roleKey}, {sameAsShopName, roleKey}, {platformFeeWords, roleKey}} {
		for _, p := range ws.words {
			normalize(p, sc)
			a := string(sc.norm)
			if !isASCII(a) {
				continue
			}
			if ws.role != roleKey {
				for _, t := range tokenize(sc.norm, sc.toks) {
					if t.kind == tWord {
						ix.set[a[t.s:t.e]] |= ws.role
						ix.add(a[t.s:t.e])
					}
				}
				continue
			}
			// A phrase triggers alone: keyed on its longest uncommon word
			// ("cancel", "btc"), not on "the" or "my".
			key := ""
			for _, t := range tokenize(sc.norm, sc.toks) {
				if w := a[t.s:t.e]; t.kind == tWord && !commonWords[w] && len(w) > len(key) {
					key = w
				}
			}
			if key != "" {
				ix.set[key] |= roleKey
				ix.add(key)
			}
		}
	}
}

// reversedNames are channel names written backwards (offPlatformLexicon).
var reversedNames = map[string]bool{"ppastahw": true, "pastahw": true, "tahcew": true, "margelet": true, "epyks": true,
	"rebiv": true, "margatsni": true, "liamg": true, "liame": true}
