package message_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// Trade Assurance families, generated: every language × family template ×
// price pair. {A} is the higher price, {B} the lower, {P} a percentage; {C}
// is the language's currency form. A refusal must be found; a negative
// (negated cost, another method refused in favour of Trade Assurance, a
// neutral explanation, an invitation, a quantity price break) must stay
// clean.

type taTemplate struct {
	family string
	text   string
}

// taAsk is the buyer's question in each language: the seller's reply follows it.
var taAsk = map[string]string{
	"en": "Can I pay with Trade Assurance?", "zh": "可以走信保吗？", "es": "¿Puedo pagar con Trade Assurance?",
	"fr": "Je peux payer avec Trade Assurance ?", "pt": "Posso pagar com Garantia Comercial?",
	"ru": "Можно оплатить через Trade Assurance?", "ar": "هل يمكنني الدفع عبر ضمان التجارة؟",
	"de": "Kann ich mit Trade Assurance bezahlen?", "tr": "Ticaret Güvencesi ile ödeyebilir miyim?",
	"ko": "무역 보증으로 결제할 수 있나요?", "ja": "取引保証で支払えますか？", "vi": "Tôi thanh toán qua Đảm bảo Thương mại được không?",
	"id": "Bisa bayar pakai Jaminan Perdagangan?", "th": "จ่ายผ่าน Trade Assurance ได้ไหม",
	"it": "Posso pagare con Trade Assurance?", "hi": "Kya main Trade Assurance se pay kar sakta hoon?",
}

var taCurrency = map[string]string{
	"en": "${X}", "zh": "{X}元", "es": "{X} USD", "fr": "{X} $", "pt": "US$ {X}", "ru": "{X} долларов",
	"ar": "{X} دولار", "de": "{X} €", "tr": "{X} USD", "ko": "{X}달러", "ja": "{X}ドル", "vi": "{X} USD",
	"id": "USD {X}", "th": "{X} USD", "it": "{X} €", "hi": "${X}",
}

var taRefusals = map[string][]taTemplate{
	"en": {
		{"outright", "Sorry, we don't accept Trade Assurance."},
		{"outright", "We do not work with Trade Assurance, sorry."},
		{"fee", "Trade Assurance orders need an extra {P}% fee."},
		{"price", "TA price is {A}, by T/T it is {B}."},
		{"price", "Alibaba order {A}/pc, direct bank transfer {B}/pc."},
		{"percent", "Price +{P}% via Alibaba."},
		{"percent", "If you order through the platform we add {P}%."},
		{"unavailable", "Trade Assurance is not available for this product."},
		{"unavailable", "Trade Assurance cannot be used for this order, the system doesn't allow it."},
		{"threshold", "Trade Assurance only for orders above {C5000}."},
		{"context", "Please pay by bank transfer to our company account."},
		{"context", "Only T/T, sorry."},
		{"context", "We prefer Western Union, it is faster."},
		{"price", "TA {A}, T/T {B}."},
		{"price", "{B} if you pay by T/T; through Trade Assurance it is {A}."},
		{"fee", "With Trade Assurance, shipping is {C80} more."},
		{"threshold", "We can only use Trade Assurance for orders over 1000 pcs."},
		{"unavailable", "Our Trade Assurance limit is used up, so it's not possible now."},
		{"context", "Please send the payment by PayPal or USDT."},
	},
	"zh": {
		{"outright", "我们不做信保。"},
		{"outright", "信保我们不支持，抱歉。"},
		{"fee", "走信保要另加{P}%手续费。"},
		{"price", "平台下单{A}，私下转账{B}。"},
		{"price", "信保价{A}，电汇价{B}。"},
		{"percent", "走平台要加{P}个点。"},
		{"unavailable", "这个产品用不了信保。"},
		{"threshold", "信保订单要满5000美金以上才可以。"},
		{"context", "直接转账给我们吧，快一点。"},
		{"price", "走信保{A}，不走信保{B}。"},
		{"fee", "信保的话运费要多加{C80}。"},
		{"outright", "信保不接，只能电汇。"},
		{"context", "您直接打款到我们公司账户就行。"},
	},
	"es": {
		{"outright", "Lo siento, no aceptamos Trade Assurance."},
		{"fee", "Con Trade Assurance hay un recargo del {P}%."},
		{"price", "Precio con Trade Assurance {A}, con transferencia bancaria {B}."},
		{"percent", "Por la plataforma es +{P}%."},
		{"unavailable", "Trade Assurance no está disponible para este producto."},
		{"threshold", "Trade Assurance solo para pedidos de más de 5000 USD."},
		{"context", "Mejor transferencia bancaria directa, por favor."},
	},
	"fr": {
		{"outright", "Désolé, nous n'acceptons pas Trade Assurance."},
		{"fee", "Pour Trade Assurance, il y a des frais supplémentaires de {P}%."},
		{"price", "Prix Trade Assurance {A}, par virement bancaire {B}."},
		{"percent", "Via la plateforme c'est +{P}%."},
		{"unavailable", "Trade Assurance n'est pas disponible pour votre pays."},
		{"threshold", "Trade Assurance seulement pour les commandes de plus de 5000 USD."},
		{"context", "Merci de payer par virement bancaire directement."},
	},
	"pt": {
		{"outright", "Desculpe, não aceitamos Garantia Comercial."},
		{"fee", "Com Garantia Comercial tem uma taxa de {P}%."},
		{"price", "Pela Garantia Comercial {A}, por transferência bancária {B}."},
		{"percent", "Pela plataforma é +{P}%."},
		{"unavailable", "Garantia Comercial não disponível para este pedido."},
		{"context", "Melhor pagar por transferência bancária direta."},
	},
	"ru": {
		{"outright", "Извините, мы не принимаем Trade Assurance."},
		{"fee", "Trade Assurance: комиссия {P}%."},
		{"price", "Через Trade Assurance {A}, прямым переводом {B}."},
		{"percent", "Через платформу +{P}%."},
		{"unavailable", "Trade Assurance недоступно для этого товара."},
		{"context", "Лучше банковский перевод напрямую."},
	},
	"ar": {
		{"outright", "عذرا، لا نقبل ضمان التجارة."},
		{"fee", "مع ضمان التجارة يوجد رسوم إضافية {P}%."},
		{"price", "السعر عبر ضمان التجارة {A} وبالتحويل البنكي {B}."},
		{"percent", "عبر المنصة +{P}%."},
		{"unavailable", "ضمان التجارة غير متاح لهذا المنتج."},
		{"context", "الأفضل تحويل بنكي مباشرة."},
	},
	"de": {
		{"outright", "Trade Assurance akzeptieren wir nicht, sorry."},
		{"fee", "Bei Trade Assurance kommt eine Gebühr von {P}% dazu."},
		{"price", "Mit Trade Assurance {A}, per Überweisung {B}."},
		{"percent", "Über die Plattform +{P}%."},
		{"unavailable", "Trade Assurance ist für dieses Produkt nicht verfügbar."},
		{"context", "Bitte per Banküberweisung zahlen."},
	},
	"tr": {
		{"outright", "Ticaret Güvencesi kabul etmiyoruz."},
		{"outright", "Üzgünüz, Ticaret Güvencesi ile çalışmıyoruz."},
		{"fee", "Ticaret Güvencesi için %{P} komisyon var."},
		{"price", "Ticaret Güvencesi ile {A}, havale ile {B}."},
		{"percent", "Platform üzerinden %{P} fazla."},
		{"unavailable", "Bu ürün için Ticaret Güvencesi mümkün değil."},
		{"context", "Banka havalesi ile ödeme yapın lütfen."},
	},
	"ko": {
		{"outright", "죄송합니다, 무역 보증은 안 받습니다."},
		{"outright", "무역 보증 결제는 지원하지 않습니다."},
		{"fee", "무역 보증은 수수료 {P}%가 있습니다."},
		{"price", "무역 보증 {A}, 계좌이체 {B}입니다."},
		{"percent", "플랫폼 주문은 {P}% 추가입니다."},
		{"unavailable", "이 제품은 무역 보증 불가입니다."},
		{"context", "계좌이체로 결제해 주세요."},
	},
	"ja": {
		{"outright", "申し訳ありませんが、取引保証は対応していません。"},
		{"fee", "取引保証の場合は手数料{P}%がかかります。"},
		{"price", "取引保証は{A}、銀行振込は{B}です。"},
		{"percent", "アリババ経由は{P}%追加です。"},
		{"unavailable", "この商品は取引保証を利用できません。"},
		{"context", "銀行振込でお支払いください。"},
	},
	"vi": {
		{"outright", "Xin lỗi, chúng tôi không nhận Đảm bảo Thương mại."},
		{"fee", "Đảm bảo Thương mại có phụ phí {P}%."},
		{"price", "Qua Đảm bảo Thương mại {A}, chuyển khoản {B}."},
		{"percent", "Qua nền tảng thì thêm {P}%."},
		{"unavailable", "Sản phẩm này không áp dụng Đảm bảo Thương mại."},
		{"context", "Anh chuyển khoản trực tiếp cho em nhé."},
	},
	"id": {
		{"outright", "Maaf, kami tidak menerima Jaminan Perdagangan."},
		{"fee", "Jaminan Perdagangan ada biaya tambahan {P}%."},
		{"price", "Lewat Jaminan Perdagangan {A}, transfer bank {B}."},
		{"percent", "Lewat platform tambah {P}%."},
		{"unavailable", "Jaminan Perdagangan tidak tersedia untuk produk ini."},
		{"context", "Bayar langsung lewat transfer bank saja ya."},
	},
	"th": {
		{"outright", "ขอโทษครับ เรา ไม่รับ Trade Assurance ครับ"},
		{"fee", "Trade Assurance มีค่าธรรมเนียม {P}%"},
		{"price", "Trade Assurance {A} โอนเงิน {B}"},
		{"unavailable", "สินค้านี้ Trade Assurance ใช้ไม่ได้"},
		{"context", "โอนเงิน ผ่านธนาคารได้เลยครับ"},
	},
	"it": {
		{"outright", "Mi dispiace, non accettiamo Trade Assurance."},
		{"fee", "Con Trade Assurance c'è una commissione del {P}%."},
		{"price", "Con Trade Assurance {A}, con bonifico bancario {B}."},
		{"percent", "Tramite Alibaba +{P}%."},
		{"unavailable", "Trade Assurance non è disponibile per questo prodotto."},
		{"context", "Meglio bonifico bancario diretto."},
	},
	"hi": {
		{"outright", "Sorry, hum Trade Assurance accept nahi karte."},
		{"fee", "Trade Assurance pe {P}% extra charge lagega."},
		{"price", "Trade Assurance se {A}, bank transfer se {B}."},
		{"percent", "Alibaba se order karoge to +{P}%."},
		{"unavailable", "Is product ke liye Trade Assurance available nahi hai."},
		{"context", "Aap direct bank transfer kar do, payment karo."},
	},
}

var taNegatives = map[string][]taTemplate{
	// "context": replies to the buyer's question that do not name Trade
	// Assurance and keep the payment on the platform.
	"ctx": {
		{"context", "Sure, please place the order and pay on the order page."},
		{"context", "Yes of course, no problem."},
		{"context", "OK, you can pay directly on the order page."},
		{"context", "可以的，您直接下单就行。"},
		{"context", "Claro, puede pagar en la página del pedido."},
		{"context", "Sure, the bank transfer details will show on the order page after you place it."},
	},
	"en": {
		{"negated", "Trade Assurance costs you nothing more."},
		{"negated", "No extra charge for Trade Assurance."},
		{"negated", "We don't charge any fee for Trade Assurance orders."},
		{"other_refused", "We don't accept Western Union, please use Trade Assurance."},
		{"neutral", "Trade Assurance protects your payment until you receive the goods."},
		{"invite", "Please place a Trade Assurance order, we will ship in 7 days."},
		{"quantity", "{A} for 100 pcs, {B} for 1000 pcs, payment by Trade Assurance."},
		{"same", "Same price with Trade Assurance or T/T: {B}."},
		{"better", "Trade Assurance is better than T/T for you."},
		{"quantity", "Trade Assurance: {A} for 100 pcs, {B} for 1000 pcs."},
		{"negated", "Trade Assurance doesn't cost you anything extra."},
	},
	"zh": {
		{"negated", "信保不用加钱。"},
		{"negated", "信保没有额外费用。"},
		{"quantity", "信保下单，100个{A}，1000个{B}。"},
		{"same", "信保同价，{B}。"},
		{"other_refused", "我们不接受西联，请走信保。"},
		{"invite", "请直接下信保订单，我们7天发货。"},
		{"neutral", "信保可以保障您的货款安全。"},
	},
	"es": {
		{"negated", "Trade Assurance no tiene ningún costo extra."},
		{"negated", "Sin cargo adicional por Trade Assurance."},
		{"other_refused", "No aceptamos Western Union, por favor use Trade Assurance."},
		{"invite", "Por favor haga el pedido con Trade Assurance."},
	},
	"fr": {
		{"negated", "Aucun frais supplémentaire pour Trade Assurance."},
		{"other_refused", "Nous n'acceptons pas Western Union, utilisez Trade Assurance s'il vous plaît."},
		{"invite", "Passez la commande avec Trade Assurance, merci."},
	},
	"pt": {
		{"negated", "Garantia Comercial sem custo adicional."},
		{"invite", "Pode fazer o pedido pela Garantia Comercial."},
	},
	"ru": {
		{"negated", "Никакой комиссии за Trade Assurance нет."},
		{"other_refused", "Western Union не принимаем, используйте Trade Assurance."},
		{"invite", "Оформляйте заказ через Trade Assurance."},
	},
	"ar": {
		{"negated", "لا توجد رسوم إضافية على ضمان التجارة."},
		{"negated", "ضمان التجارة بدون رسوم."},
		{"other_refused", "لا نقبل ويسترن يونيون، من فضلك استخدم ضمان التجارة."},
		{"invite", "تفضل بالطلب عبر ضمان التجارة."},
	},
	"de": {
		{"negated", "Für Trade Assurance gibt es keine Gebühr."},
		{"other_refused", "Western Union akzeptieren wir nicht, bitte nutzen Sie Trade Assurance."},
		{"invite", "Bitte bestellen Sie mit Trade Assurance."},
	},
	"tr": {
		{"negated", "Ticaret Güvencesi için ek ücret yok."},
		{"other_refused", "Western Union kabul etmiyoruz, lütfen Ticaret Güvencesi kullanın."},
		{"invite", "Ticaret Güvencesi ile sipariş verebilirsiniz."},
	},
	"ko": {
		{"negated", "무역 보증은 추가 비용이 없습니다."},
		{"other_refused", "웨스턴유니온은 안 받습니다, 무역 보증으로 결제해 주세요."},
		{"invite", "무역 보증으로 주문해 주세요."},
	},
	"ja": {
		{"negated", "取引保証でも追加料金はかかりません。"},
		{"same", "申し訳ありませんが、取引保証でも価格は同じです。"},
		{"invite", "取引保証でご注文ください。"},
	},
	"vi": {
		{"negated", "Đảm bảo Thương mại không có phụ phí."},
		{"other_refused", "Chúng tôi không nhận Western Union, anh dùng Đảm bảo Thương mại nhé."},
		{"invite", "Anh đặt hàng qua Đảm bảo Thương mại nhé."},
	},
	"id": {
		{"negated", "Jaminan Perdagangan tidak ada biaya tambahan."},
		{"other_refused", "Kami tidak terima Western Union, silakan pakai Jaminan Perdagangan."},
		{"invite", "Silakan pesan lewat Jaminan Perdagangan."},
	},
	"th": {
		{"invite", "สั่งซื้อผ่าน Trade Assurance ได้เลยครับ"},
		{"other_refused", "เราไม่รับ Western Union ค่ะ ใช้ Trade Assurance ปลอดภัยกว่า"},
	},
	"it": {
		{"negated", "Nessuna commissione per Trade Assurance."},
		{"other_refused", "Non accettiamo Western Union, usate Trade Assurance per favore."},
		{"invite", "Può ordinare con Trade Assurance."},
	},
	"hi": {
		{"negated", "Trade Assurance pe koi extra charge nahi hai."},
		{"other_refused", "Western Union accept nahi karte, Trade Assurance use karo."},
		{"invite", "Aap Trade Assurance se order kar do."},
	},
}

// taPrices are (higher, lower) pairs.
var taPrices = [][2]string{{"5.20", "4.80"}, {"12", "10"}, {"150.00", "138.50"}}

func fillTA(tpl, lang string, pr [2]string, pct string) string {
	cur := taCurrency[lang]
	s := strings.ReplaceAll(tpl, "{A}", strings.ReplaceAll(cur, "{X}", pr[0]))
	s = strings.ReplaceAll(s, "{B}", strings.ReplaceAll(cur, "{X}", pr[1]))
	s = strings.ReplaceAll(s, "{C5000}", strings.ReplaceAll(cur, "{X}", "5000"))
	s = strings.ReplaceAll(s, "{C80}", strings.ReplaceAll(cur, "{X}", "80"))
	return strings.ReplaceAll(s, "{P}", pct)
}

type passRate struct{ ok, n int }

func report(t *testing.T, title string, rates map[string]*passRate) {
	t.Helper()
	keys := make([]string, 0, len(rates))
	for k := range rates {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		r := rates[k]
		fmt.Fprintf(&b, "  %-22s %4d/%-4d %.3f\n", k, r.ok, r.n, float64(r.ok)/float64(r.n))
	}
	t.Logf("%s\n%s", title, b.String())
}

func TestTAFamilies(t *testing.T) {
	d := newDetector(t)
	pos, neg := map[string]*passRate{}, map[string]*passRate{}
	posLang, negLang := map[string]*passRate{}, map[string]*passRate{}
	count := func(m map[string]*passRate, k string, ok bool) {
		if m[k] == nil {
			m[k] = &passRate{}
		}
		m[k].n++
		if ok {
			m[k].ok++
		}
	}
	for lang, tpls := range taRefusals {
		for _, tp := range tpls {
			for _, pr := range taPrices {
				for _, pct := range []string{"3", "5"} {
					text := fillTA(tp.text, lang, pr, pct)
					got := slices.Contains(lastCodes(t, d, buyer(taAsk[lang]), seller(text)), ta)
					count(pos, tp.family, got)
					count(posLang, lang, got)
					if !got {
						t.Errorf("missed %s/%s: %q", lang, tp.family, text)
					}
				}
			}
		}
	}
	for lang, tpls := range taNegatives {
		for _, tp := range tpls {
			for _, pr := range taPrices {
				text := fillTA(tp.text, lang, pr, "3")
				ask, ok := taAsk[lang]
				if !ok {
					ask = taAsk["en"]
				}
				got := lastCodes(t, d, buyer(ask), seller(text))
				clean := len(got) == 0
				count(neg, tp.family, clean)
				count(negLang, lang, clean)
				if !clean {
					t.Errorf("false %v %s/%s: %q", got, lang, tp.family, text)
				}
			}
		}
	}
	report(t, "refusals found, per family", pos)
	report(t, "refusals found, per language", posLang)
	report(t, "negatives clean, per family", neg)
	report(t, "negatives clean, per language", negLang)
}
