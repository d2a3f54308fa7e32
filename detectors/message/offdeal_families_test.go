package message_test

import (
	"strings"
	"testing"
)

// The off-platform deal family: the order or the payment moved off the
// platform ("order outside the platform, it is cheaper", 私下交易), and the
// platform order cancelled for a direct payment, in the sixteen languages;
// advice against paying outside, refunds and a physical "outside" stay clean.
// Thresholds written with a magnitude word ("50k USD", "5 mil dólares") join
// the threshold family.

// offDeal: {O} is a way of saying "outside the platform".
var offDeal = map[string][]string{
	"en": {"Order {O} and we give you 8% off.", "We can do the deal {O}, it is cheaper for both of us.", "Please pay {O}, then we ship the same day."},
	"zh": {"{O}下单我们给您便宜8%。", "我们{O}交易吧，价格更低。", "请{O}付款，当天发货。"},
	"es": {"Si compra {O} le damos 8% de descuento.", "Podemos hacer el pedido {O}, es más barato.", "Pague {O} y enviamos el mismo día."},
	"pt": {"Se comprar {O} damos 8% de desconto.", "Podemos fazer o pedido {O}, fica mais barato.", "Pague {O} e enviamos no mesmo dia."},
	"fr": {"Commandez {O} et on vous fait 8% de remise.", "Payez {O}, nous expédions le jour même."},
	"de": {"Bestellen Sie {O}, dann bekommen Sie 8% Rabatt.", "Zahlen Sie {O}, dann versenden wir am selben Tag."},
	"it": {"Ordinate {O} e vi facciamo l'8% di sconto.", "Pagate {O} e spediamo lo stesso giorno."},
	"ru": {"Заказывайте {O}, дадим скидку 8%.", "Оплатите {O}, отправим в тот же день."},
	"tr": {"{O} sipariş verirseniz %8 indirim yaparız.", "{O} ödeme yapın, aynı gün gönderelim."},
	"ar": {"اطلب {O} ونعطيك خصم 8%.", "ادفع {O} ونشحن في نفس اليوم."},
	"hi": {"{O} ऑर्डर करें तो 8% छूट मिलेगी।", "{O} भुगतान करें, उसी दिन भेज देंगे।"},
	"id": {"Kalau pesan {O} kami kasih diskon 8%.", "Bayar {O} saja, kami kirim hari yang sama."},
	"vi": {"Đặt hàng {O} thì giảm 8%.", "Anh thanh toán {O} nhé, bên em gửi trong ngày."},
	"th": {"สั่งซื้อ{O}ลดให้ 8%", "ชำระเงิน{O}ได้เลย ส่งของวันเดียวกัน"},
	"ja": {"{O}で注文すれば8%割引します。", "{O}でお支払いいただければ当日発送します。"},
	"ko": {"{O}에서 주문하시면 8% 할인해 드려요.", "{O}에서 결제하시면 당일 발송합니다."},
}

var offDealOutside = map[string][]string{
	"en": {"outside the platform", "outside Alibaba", "off the platform"},
	"zh": {"平台外", "不走平台"},
	"es": {"fuera de la plataforma", "fuera de Alibaba"},
	"pt": {"fora da plataforma", "fora do Alibaba"},
	"fr": {"hors plateforme", "en dehors de la plateforme"},
	"de": {"außerhalb der Plattform", "außerhalb von Alibaba"},
	"it": {"fuori dalla piattaforma", "fuori da Alibaba"},
	"ru": {"вне платформы", "в обход платформы"},
	"tr": {"platform dışında", "Alibaba dışında"},
	"ar": {"خارج المنصة", "خارج علي بابا"},
	"hi": {"प्लेटफॉर्म के बाहर", "अलीबाबा के बाहर"},
	"id": {"di luar platform", "di luar Alibaba"},
	"vi": {"ngoài nền tảng", "ngoài Alibaba"},
	"th": {"นอกแพลตฟอร์ม", "นอกอาลีบาบา"},
	"ja": {"プラットフォーム外", "アリババの外"},
	"ko": {"플랫폼 밖", "플랫폼 외부"},
}

// offDealClean: advice against paying outside, in each language.
var offDealClean = map[string][]string{
	"en": {"For your safety, never pay {O}.", "Be careful with anyone who asks you to pay {O}, it is a scam.", "Please don't pay {O}, only through Trade Assurance."},
	"zh": {"为了您的安全，不要{O}付款。", "我们从不{O}交易，请放心。"},
	"es": {"Por su seguridad, nunca pague {O}.", "Cuidado con quien le pida pagar {O}, es una estafa."},
	"pt": {"Para sua segurança, nunca pague {O}.", "Cuidado com quem pede para pagar {O}, é golpe."},
	"fr": {"Pour votre sécurité, ne payez jamais {O}.", "Attention aux personnes qui demandent de payer {O}, c'est une arnaque."},
	"de": {"Zu Ihrer Sicherheit zahlen Sie niemals {O}.", "Vorsicht bei jedem, der Zahlung {O} verlangt, das ist Betrug."},
	"it": {"Per la vostra sicurezza non pagate mai {O}.", "Attenzione a chi chiede di pagare {O}, è una truffa."},
	"ru": {"Для вашей безопасности никогда не платите {O}.", "Осторожно, если просят оплатить {O}, это мошенничество."},
	"tr": {"Güvenliğiniz için asla {O} ödeme yapmayın."},
	"ar": {"لسلامتك لا تدفع أبدا {O}."},
	"hi": {"आपकी सुरक्षा के लिए कभी भी {O} भुगतान न करें।"},
	"id": {"Demi keamanan, jangan pernah bayar {O}."},
	"vi": {"Vì sự an toàn, đừng bao giờ thanh toán {O}."},
	"th": {"เพื่อความปลอดภัย ห้ามชำระเงิน{O}"},
	"ja": {"安全のため、{O}での支払いは絶対にしないでください。"},
	"ko": {"안전을 위해 {O}에서 결제하지 마세요."},
}

// cancelDirect: the platform order cancelled for a direct payment.
var cancelDirect = map[string][]string{
	"en": {"Please cancel the order on Alibaba and pay to our company bank account, it is the same.", "Let's close this order, you pay our company account directly by T/T."},
	"zh": {"麻烦把平台订单取消，直接打款到我们公司账户。", "取消订单吧，直接银行转账给我们就行。"},
	"es": {"Cancele el pedido en la plataforma y pague directo a nuestra cuenta bancaria.", "Cancelemos el pedido y nos hace transferencia bancaria directa."},
	"pt": {"Cancele o pedido na plataforma e pague direto na nossa conta.", "Vamos cancelar o pedido e você faz transferência bancária direta para nós."},
	"fr": {"Annulez la commande sur la plateforme et payez directement sur notre compte.", "Annulons la commande, faites un virement bancaire direct."},
	"de": {"Stornieren Sie die Bestellung auf der Plattform und überweisen Sie direkt auf unser Konto.", "Bestellung stornieren, dann zahlen Sie per direkter Banküberweisung."},
	"it": {"Annullate l'ordine sulla piattaforma e pagate con bonifico diretto sul nostro conto.", "Annulliamo l'ordine, fate bonifico diretto."},
	"ru": {"Отмените заказ на платформе и оплатите на наш счёт напрямую.", "Отменим заказ, оплатите банковским переводом напрямую."},
	"tr": {"Siparişi iptal edin ve doğrudan banka havalesi ile hesabımıza ödeyin."},
	"ar": {"ألغِ الطلب على المنصة وادفع مباشرة إلى حسابنا البنكي."},
	"hi": {"प्लेटफॉर्म पर ऑर्डर रद्द करें और सीधे हमारे बैंक ट्रांसफर से भुगतान करें।"},
	"id": {"Batalkan pesanan di platform dan transfer bank langsung ke rekening kami."},
	"vi": {"Anh hủy đơn hàng trên nền tảng rồi chuyển khoản ngân hàng trực tiếp cho bên em nhé."},
	"th": {"ยกเลิกคำสั่งซื้อบนแพลตฟอร์มแล้วโอนเงินเข้าบัญชีบริษัทโดยตรงค่ะ"},
	"ja": {"プラットフォームの注文をキャンセルして、弊社口座に直接銀行振込してください。"},
	"ko": {"플랫폼 주문을 취소하시고 우리 계좌로 직접 계좌이체 해주세요."},
}

// cancelClean: a cancelled order refunded, or an order not to cancel.
var cancelClean = map[string][]string{
	"en": {"If you cancel the order, we will refund you to your bank account within 3 days.", "Please do not cancel the order, we ship tomorrow."},
	"zh": {"如果您取消订单，我们三天内退款到您的银行账户。", "请不要取消订单，我们明天发货。"},
	"es": {"Si cancela el pedido, le hacemos el reembolso a su cuenta en 3 días."},
	"pt": {"Se cancelar o pedido, fazemos o reembolso na sua conta em 3 dias."},
	"fr": {"Si vous annulez la commande, le remboursement arrive sur votre compte sous 3 jours."},
	"de": {"Wenn Sie die Bestellung stornieren, kommt die Rückerstattung in 3 Tagen auf Ihr Konto."},
	"it": {"Se annullate l'ordine, il rimborso arriva sul vostro conto in 3 giorni."},
	"ru": {"Если отмените заказ, возврат придёт на ваш счёт за 3 дня."},
	"ja": {"注文をキャンセルされた場合、3日以内に返金します。"},
	"ko": {"주문을 취소하시면 3일 안에 환불해 드립니다."},
}

// thresholdMagnitude: Trade Assurance only above an amount written with a
// magnitude word.
var thresholdMagnitude = map[string][]string{
	"en": {"Trade Assurance only for orders above 50k USD.", "We accept TA only for orders over 10 thousand dollars."},
	"es": {"Trade Assurance solo para pedidos superiores a 5 mil dólares.", "Trade Assurance solo para pedidos superiores a 5000 USD."},
	"it": {"Trade Assurance solo per ordini superiori a 5000 USD."},
	"pt": {"Trade Assurance só para pedidos acima de 5 mil dólares."},
	"hi": {"Trade Assurance केवल 5000 डॉलर से ऊपर के ऑर्डर के लिए है।"},
	"ru": {"Trade Assurance только для заказов от 50 тыс долларов."},
	"tr": {"Trade Assurance sadece 50 bin dolar üzeri siparişler için."},
	"id": {"Trade Assurance hanya untuk pesanan di atas 50 ribu USD."},
}

// offTAPay: a way of paying Trade Assurance never covers, put forward.
var offTAPay = map[string][]string{
	"en": {"Please pay to my personal account, it is faster.", "You can pay in USDT, we give a better price.", "PayPal friends and family please, no fees."},
	"zh": {"请付到我的个人账户，更快。", "用USDT付款可以更便宜。"},
	"es": {"Pague a mi cuenta personal, es más rápido.", "Puede pagar en USDT, le damos mejor precio."},
	"pt": {"Pague na minha conta pessoal, é mais rápido.", "Pode pagar em USDT, damos melhor preço."},
	"fr": {"Payez sur mon compte personnel, c'est plus rapide.", "Vous pouvez payer en USDT, meilleur prix."},
	"de": {"Zahlen Sie auf mein Privatkonto, das geht schneller.", "Zahlen Sie per PayPal Freunde, ohne Gebühren."},
	"it": {"Pagate sul mio conto personale, è più veloce."},
	"ru": {"Оплатите на мою карту, так быстрее.", "Можно оплатить в USDT, будет лучшая цена."},
	"tr": {"Kişisel hesabıma ödeme yapın, daha hızlı."},
	"ar": {"ادفع إلى حسابي الشخصي، أسرع."},
	"hi": {"मेरे पर्सनल अकाउंट में भुगतान करें, जल्दी होगा।"},
	"id": {"Bayar ke rekening pribadi saya, lebih cepat."},
	"vi": {"Anh thanh toán vào tài khoản cá nhân của em nhé, nhanh hơn."},
	"th": {"ชำระเงินเข้าบัญชีส่วนตัวได้เลยค่ะ เร็วกว่า"},
	"ja": {"個人口座にお支払いください、より早く発送できます。"},
	"ko": {"개인 계좌로 결제해 주세요, 더 빨리 보내드려요."},
}

var offTAPayClean = map[string][]string{
	"en": {"We received your Western Union payment, thank you.", "Never pay to a personal account, it is a scam.",
		"The refund will go to your personal account in 3 days.",
		"This is a personal account manager service, we reply faster.", "We don't accept Western Union or crypto, only Trade Assurance."},
	"zh": {"千万不要付款到个人账户，小心诈骗。", "退款会在3天内退回您的个人账户。"},
	"es": {"Nunca pague a una cuenta personal, es una estafa."},
	"ru": {"Никогда не платите на личный счёт, это мошенничество."},
}

var thresholdClean = map[string][]string{
	"en": {"The minimum order for Trade Assurance is 1 piece, so you can order as few as you like."},
}

func offDealCases() []gapCase {
	var cs []gapCase
	add := func(family, lang, text, want string) {
		cs = append(cs, gapCase{lang, family, []turn{seller(text)}, want},
			gapCase{lang, family + "_asked", []turn{buyer(taAsk[lang]), seller(text)}, want})
	}
	for lang, tpls := range offDeal {
		for _, tpl := range tpls {
			for _, o := range offDealOutside[lang] {
				add("offdeal", lang, strings.ReplaceAll(tpl, "{O}", o), ta)
			}
		}
	}
	for lang, tpls := range offDealClean {
		for _, tpl := range tpls {
			for _, o := range offDealOutside[lang] {
				add("offdeal_clean", lang, strings.ReplaceAll(tpl, "{O}", o), "")
			}
		}
	}
	for family, set := range map[string]map[string][]string{
		"cancel_direct": cancelDirect, "cancel_clean": cancelClean, "threshold_magnitude": thresholdMagnitude, "threshold_clean": thresholdClean,
		"offta_pay": offTAPay, "offta_pay_clean": offTAPayClean,
	} {
		want := ta
		if strings.HasSuffix(family, "_clean") {
			want = ""
		}
		for lang, tpls := range set {
			for _, tpl := range tpls {
				add(family, lang, tpl, want)
			}
		}
	}
	return cs
}

func TestOffPlatformDealFamilies(t *testing.T) { runGapCases(t, offDealCases()) }
