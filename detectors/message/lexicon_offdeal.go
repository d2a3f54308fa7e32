package message

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

// refundWords: a cancelled order refunded is no payment pushed.
var refundWords = []string{
	"refund", "refunded", "reembolso", "reembolsar", "remboursement", "rembourser", "erstattung", "rückerstattung",
	"rimborso", "возврат", "вернём", "iade", "استرداد", "رد المبلغ", "रिफंड", "pengembalian dana", "hoàn tiền",
	"คืนเงิน", "返金", "환불", "退款", "退钱",
}

// warnWords: advice against paying outside the platform, not a lure.
var warnWords = []string{
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

// offPlatformLexicon: "outside the platform" in every supported language
// (lexicon.go holds the first forms), and the words of the family.
var offPlatformLexicon = []lexEntry{
	{catOutside, 0, []string{
		"outside the site", "off the site", "off alibaba", "outside alibaba.com", "not through the platform",
		"not through alibaba", "bypass the platform", "bypassing the platform", "bypass alibaba",
		"outside of the site", "off the platform",
		"fuera de la web", "por fuera de la plataforma", "por fuera de alibaba", "fuera del sitio",
		"fora do site", "por fora da plataforma", "fora do alibaba.com",
		"en dehors de la plateforme", "hors d'alibaba", "en dehors d'alibaba", "hors du site",
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
	}},
	// "never" beyond English: "nunca pague fuera de la plataforma".
	{catNeg, 0, []string{
		"nunca", "niemals", "nie", "никогда", "asla", "hiçbir zaman", "أبدا", "أبداً", "कभी नहीं", "kabhi nahi",
		"không bao giờ", "đừng", "決して", "从不", "从来不", "绝不", "千万不要", "千万别",
	}},
	{0, 0, dealWords},
	{0, 0, cancelOrderWords},
	{0, 0, refundWords},
	{0, 0, warnWords},
}

func offDealFamEntries() []famEntry {
	return []famEntry{{famDeal, dealWords}, {famCancel, cancelOrderWords}, {famRefund, refundWords}, {famWarn, warnWords}}
}

// addOffDealTriggers lets the prefilter pass a deal word with an
// "outside the platform" word (roleOther), and a cancelled order alone.
func addOffDealTriggers(ix *triggerIndex) {
	sc := new(scratch)
	for _, ws := range []struct {
		words []string
		role  uint8
	}{{dealWords, roleDeal}, {cancelOrderWords, roleKey}} {
		for _, p := range ws.words {
			normalize(p, sc)
			a := string(sc.norm)
			if !isASCII(a) {
				continue
			}
			for _, t := range tokenize(sc.norm, sc.toks) {
				if t.kind != tWord {
					continue
				}
				w := a[t.s:t.e]
				if ws.role == roleKey && (commonWords[w] || len(w) < 5) {
					continue // keyed on "cancel", "stornieren", not on "the"
				}
				ix.set[w] |= ws.role
				ix.add(w)
			}
		}
	}
}
