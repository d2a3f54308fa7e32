package listing

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags of moqPhrases matches.
const (
	tagMOQ      = iota + 1 // a phrase that introduces a minimum order quantity
	tagPer                 // "per" or "/", as in "550 W per piece"
	tagValue               // a phrase that introduces a minimum order value
	tagPackOnly            // goods sold only by a larger pack, whose content follows
	tagItems               // "at least", before a count of items whose content is stated elsewhere
	tagBelow               // "orders under", before the quantity refused below: a minimum only with a refusal
	tagAfterQty            // "からのご注文", "以下不接": after the minimum it states
)

// moqPhrases are the phrases that state a minimum order in the languages
// merchants write in, plus the "per" that states an indivisible unit.
var moqPhrases = newPhraseSet(slices.Concat(specs(tagMOQ,
	// English
	"moq", "m.o.q", "minimum order", "minimum order quantity", "minimum order qty", "min order", "min. order",
	"min.order", "min order qty", "minimum quantity", "minimum purchase", "order minimum", "minimum of",
	"only accept order*", "only accept", "accept only", "sold only in", "only sold in", "only sell in", "sell only in",
	"sold in full", "only in full",
	// the real minimum named apart from the field, or the orders refused below it
	"minimum", "mínimo", "minimo", "minimum is", "real minimum", "actual minimum", "true minimum", "wholesale only from", "only wholesale from",
	"el mínimo es", "mínimo real", "o mínimo é", "le minimum est", "minimum réel", "das minimum ist", "il minimo è",
	// Chinese
	"起订量", "起订", "最小起订量", "最低起订量", "最小起订", "最低起订", "最少起订", "最小订购量", "最低订购量",
	"最小订单量", "起批量", "起批", "最低采购量",
	// Spanish, Portuguese
	"pedido mínimo", "pedido minimo", "cantidad mínima", "cantidad minima", "compra mínima", "mínimo de pedido",
	"quantidade mínima", "quantidade minima", "encomenda mínima", "mínimo de compra", "compra mínima de",
	// French, German, Italian
	"commande minimum", "commande minimale", "quantité minimum", "quantité minimale", "minimum de commande",
	"mindestbestellmenge", "mindestmenge", "mindestabnahme", "mindestabnahmemenge", "mindestbestellung",
	"mindestauftragsmenge", "ordine minimo", "quantità minima", "minimum d'achat", "qté min", "qté minimum",
	// Russian
	"минимальный заказ", "минимальная партия", "минимальное количество", "мин. заказ", "минимальный объем",
	"минимальный объём", "минимальная партия заказа", "заказ от", "партия от", "минимальная закупка",
	// Italian, Indonesian
	"quantitativo minimo", "minimo d'ordine", "minimo ordine", "minimo di ordine", "minimal order", "minimal pemesanan",
	"minimum pemesanan", "minimal pembelian", "minimum pembelian", "pemesanan minimal", "pembelian minimal",
	"min. pembelian", "min order",
	// Japanese, Korean, Arabic, Turkish, Vietnamese, Hindi, Thai
	"最小ロット", "最低ロット", "最小注文数", "最低注文数", "最小発注数", "最低発注数", "最小購入数", "最低購入数",
	"최소 주문", "최소주문", "최소 구매", "최소구매", "최소 발주", "최소발주", "الحد الأدنى للطلب", "الحد الادنى للطلب",
	"الحد الأدنى لكمية الطلب", "الحد الأدنى للكمية", "أقل كمية", "اقل كمية", "minimum sipariş", "asgari sipariş",
	"en az sipariş", "số lượng tối thiểu", "đơn hàng tối thiểu", "đặt hàng tối thiểu", "đơn tối thiểu",
	"đơn hàng thực tế tối thiểu", "đơn thực tế tối thiểu", "mỗi đơn tối thiểu", "đặt tối thiểu", "mua tối thiểu",
	"số lượng đặt tối thiểu", "न्यूनतम ऑर्डर", "न्यूनतम आर्डर", "न्यूनतम मात्रा", "कम से कम ऑर्डर", "สั่งซื้อขั้นต่ำ",
	"สั่งขั้นต่ำ", "ขั้นต่ำในการสั่งซื้อ", "จำนวนขั้นต่ำ",
	// A minimum production run is the minimum order of goods made to
	// order ("minimal produksi 3k pcs per model"), in 16 languages.
	"minimum production", "min production", "min. production", "minimum production quantity",
	"minimum production run", "minimum run", "production minimum", "最低生产量", "最小生产量", "最少生产量", "起产量",
	"起做量", "最低起做量", "producción mínima", "produccion minima", "mínimo de producción", "tirada mínima",
	"produção mínima", "producao minima", "mínimo de produção", "tiragem mínima", "production minimale",
	"production minimum", "minimum de production", "tirage minimum", "mindestproduktionsmenge", "mindestproduktion",
	"mindestauflage", "mindestlosgröße", "produzione minima", "minimo di produzione", "tiratura minima", "lotto minimo",
	"минимальный тираж", "минимальный объем производства", "минимальный объём производства", "minimum üretim",
	"asgari üretim", "en az üretim", "الحد الأدنى للإنتاج", "الحد الادنى للانتاج", "न्यूनतम उत्पादन",
	"minimal produksi", "minimum produksi", "min. produksi", "min produksi", "produksi minimal", "produksi minimum",
	"sản xuất tối thiểu", "số lượng sản xuất tối thiểu", "ผลิตขั้นต่ำ", "ขั้นต่ำในการผลิต", "ยอดผลิตขั้นต่ำ",
	"最小生産数", "最低生産数", "最小生産ロット", "最低生産ロット", "최소 생산", "최소생산",
), specs(tagAfterQty,
	"からのご注文", "からご注文", "から注文", "から承ります", "からの受注", "以下不接", "以下不做", "以下不发",
), specs(tagBelow,
	"orders under", "orders below", "orders less than", "orders of less than", "order under", "order below",
	"pedidos inferiores a", "pedidos menores a", "pedidos de menos de", "pedidos abaixo de", "commandes inférieures à",
	"commandes de moins de", "bestellungen unter", "aufträge unter", "ordini inferiori a", "ordini sotto",
), specs(tagPer, "per", "/"), specs(tagValue,
	"minimum order value", "minimum order amount", "min order value", "min. order value", "min order amount",
	"minimum purchase amount", "minimum purchase value", "order value of at least", "minimum amount", "minimum value",
	"minimum spend", "min spend", "min. spend", "minimum order total", "mov",
	"起订金额", "最低起订金额", "最低订单金额", "最小订单金额", "最低采购金额", "最低消费", "起订额", "最低金额",
	"valor mínimo", "valor minimo", "monto mínimo", "monto minimo", "importe mínimo", "montant minimum",
	"montant minimal", "mindestbestellwert", "mindestauftragswert", "valore minimo", "importo minimo",
	"минимальная сумма", "сумма заказа от", "最低注文金額", "최소 주문 금액", "minimum sipariş tutarı",
	"giá trị đơn hàng tối thiểu", "الحد الأدنى لقيمة الطلب",
), packOnlyPhrases(), specs(tagItems, itemMinPhrases...)))

// packOnlyLangs say, per language, that goods are sold only by a larger
// pack (pallet, carton, case, roll, container): each template's %s is one of
// the language's pack nouns. Each template carries an "only" (or "whole",
// "full"), so a pack named for shipping ("shipped on pallets of 48
// cartons") is no such statement.
var packOnlyLangs = []struct{ templates, nouns []string }{
	{[]string{"by the %s only", "by %s only", "only by the %s", "only by %s", "only sold by the %s", "only sold by %s",
		"only sold per %s", "per %s only", "only sell by the %s", "only sell by %s", "only sell full %s", "only full %s",
		"full %s only", "full %s loads only", "only in full %s"},
		[]string{"pallet", "pallets", "carton", "cartons", "case", "cases", "container", "containers", "container load",
			"roll", "rolls", "box", "boxes", "bale", "bales", "drum", "drums", "crate", "crates"}},
	{[]string{"par %s uniquement", "uniquement par %s", "seulement par %s", "par %s seulement", "à la %s uniquement",
		"au %s uniquement", "uniquement à la %s", "uniquement au %s", "%s complet uniquement", "%s complets uniquement",
		"%s complète uniquement", "uniquement en %s complet"},
		[]string{"palette", "palettes", "carton", "cartons", "conteneur", "conteneurs", "caisse", "caisses", "rouleau",
			"rouleaux", "colis", "boîte", "boîtes"}},
	{[]string{"solo por %s", "sólo por %s", "solamente por %s", "únicamente por %s", "por %s solamente",
		"por %s únicamente", "solo se vende por %s", "solo vendemos por %s", "solo %s completo", "solo %s completos",
		"solo en %s completo", "solo en %s completos"},
		[]string{"palé", "palés", "palet", "palets", "pallet", "pallets", "caja", "cajas", "cartón", "cartones",
			"contenedor", "contenedores", "rollo", "rollos", "bulto", "bultos", "tarima", "tarimas"}},
	{[]string{"apenas por %s", "somente por %s", "só por %s", "por %s apenas", "apenas %s fechado", "apenas %s fechada",
		"apenas %s completo", "somente %s fechado", "somente %s fechada", "só vendemos %s fechado",
		"só vendemos %s fechada"},
		[]string{"palete", "paletes", "pallet", "pallets", "caixa", "caixas", "contêiner", "contêineres", "container",
			"containers", "conteiner", "rolo", "rolos", "fardo", "fardos"}},
	{[]string{"nur %sweise", "ausschließlich %sweise", "nur pro %s", "nur per %s", "nur als ganze %s",
		"nur als ganzer %s", "nur in ganzen %s", "nur ganze %s", "nur volle %s", "nur komplette %s",
		"nur in vollen %s", "ausschließlich pro %s"},
		[]string{"palette", "paletten", "karton", "kartons", "container", "containerladung", "containerladungen", "rolle",
			"rollen", "kiste", "kisten"}},
	{[]string{"solo a %s", "solo per %s", "soltanto a %s", "esclusivamente a %s", "solo %s completo",
		"solo %s completi", "solo %s interi", "solo a %s intero", "solo a %s interi"},
		[]string{"bancale", "bancali", "pallet", "cartone", "cartoni", "container", "rotolo", "rotoli", "cassa", "casse",
			"collo", "colli", "scatola", "scatole"}},
	{[]string{"только %s", "только целыми %s", "только полными %s"},
		[]string{"паллетами", "палетами", "поддонами", "коробками", "контейнерами", "рулонами", "ящиками", "упаковками",
			"мешками", "кипами", "бухтами"}},
	{[]string{"sadece %s", "yalnızca %s", "sadece tam %s", "yalnızca tam %s", "%s bazında satış"},
		[]string{"palet", "paletle", "koli", "koliyle", "konteyner", "konteynerle", "rulo", "kutu", "çuval", "kasa"}},
	{[]string{"hanya per %s", "hanya dijual per %s", "hanya jual per %s", "hanya menjual per %s", "hanya dalam %s",
		"per %s saja", "hanya %s penuh", "hanya full %s", "khusus per %s"},
		[]string{"palet", "pallet", "karton", "dus", "kardus", "kontainer", "container", "roll", "rol", "gulung", "bal",
			"koli", "box", "pak"}},
	{[]string{"chỉ bán theo %s", "chỉ bán nguyên %s", "chỉ bán %s", "chỉ nhận nguyên %s", "chỉ nhận đơn nguyên %s"},
		[]string{"pallet", "thùng", "container", "cuộn", "kiện", "bao", "hộp"}},
	{[]string{"ขายยก%s", "ขายเป็น%sเท่านั้น", "ขายเฉพาะยก%s"},
		[]string{"ลัง", "พาเลท", "พาเลต", "ตู้คอนเทนเนอร์", "ตู้", "ม้วน", "กล่อง", "แพ็ค", "โหล"}},
	{[]string{"%s単位での販売", "%s単位のみ", "%s単位でのみ", "%s単位で販売", "%s単位でのご注文", "%s単位でのご購入",
		"%sでの販売のみ", "%s売りのみ", "%s販売のみ"},
		[]string{"パレット", "ケース", "カートン", "コンテナ", "箱", "ロール", "巻", "梱", "ボックス"}},
	{[]string{"%s 단위로만", "%s단위로만", "%s 단위 판매", "%s단위 판매", "%s로만 판매", "%s 단위로 판매", "%s단위로 판매"},
		[]string{"팔레트", "박스", "카톤", "컨테이너", "롤", "케이스"}},
	{[]string{"仅按%s销售", "只按%s销售", "按%s销售", "按%s出售", "整%s销售", "整%s出售", "整%s起订", "整%s起批", "整%s起售",
		"仅整%s", "只接整%s", "只做整%s", "只卖整%s", "按%s起订", "仅限整%s"},
		[]string{"托", "箱", "柜", "卷", "包", "盒", "集装箱"}},
	{[]string{"بال%s فقط", "فقط بال%s", "%s كاملة فقط", "%s كامل فقط"},
		[]string{"منصة", "كرتونة", "كرتون", "حاوية", "طبلية", "لفة", "صندوق", "علبة", "باليت"}},
	{[]string{"केवल %s", "सिर्फ %s", "केवल पूरे %s", "केवल पूरा %s", "सिर्फ पूरे %s"},
		[]string{"पैलेट", "कार्टन", "कंटेनर", "डिब्बे", "डिब्बा", "रोल", "बॉक्स", "पेटी"}},
}

// packOnlyPhrases are packOnlyLangs' phrases, with the fixed ways of saying
// full container loads only.
func packOnlyPhrases() []phraseSpec {
	out := specs(tagPackOnly, "fcl only", "only fcl", "fcl orders only", "full container load only",
		"full container loads only", "only full container load*")
	for _, l := range packOnlyLangs {
		for _, t := range l.templates {
			for _, n := range l.nouns {
				out = append(out, phraseSpec{text: strings.Replace(t, "%s", n, 1), tag: tagPackOnly})
			}
		}
	}
	return out
}

// refusalPhrases refuse the orders a tagBelow phrase names.
var refusalPhrases = newPhraseSet(specs(1,
	"not accepted", "not accept", "will not be", "won't be", "not be processed", "not processed", "cannot",
	"can't", "not possible", "not available", "rejected", "declined", "we refuse", "we do not", "we don't",
	"no aceptamos", "no se aceptan", "no se procesan", "no es posible", "não aceitamos", "não são aceitos",
	"não são aceitas", "não é possível", "refusées", "refusés", "pas acceptées", "pas acceptés", "pas possible",
	"nicht angenommen", "nicht möglich", "nicht bearbeitet", "lehnen wir ab", "non accettiamo", "non accettati",
	"non possibile", "non sono accettati",
))

// customPhrases mark a clause as about customisation: its MOQ is the
// customisation offer's, which may rightly differ from the stock MOQ.
var customPhrases = newPhraseSet(specs(1,
	"custom", "customiz*", "customis*", "logo", "oem", "odm", "private label", "print*", "dyed", "engrav*",
	"embroider*", "personali*", "personnalis*", "bespoke", "made to order", "your design", "own design",
	"定制", "订制", "定做", "印刷", "印字", "贴牌", "来样", "来图",
	"personalizado", "personalizada", "logotipo", "sob medida", "sur mesure",
	"индивидуальн*", "логотип*", "нанесени*", "personalizzat*", "stampa", "stampat*", "individuell*", "bedruck*",
	"sonderanfertigung", "özel", "baskı", "baskılı", "sablon", "cetak", "in ấn", "tùy chỉnh", "theo yêu cầu",
	"ロゴ", "名入れ", "カスタム", "オーダーメイド", "印刷", "로고", "맞춤", "커스텀", "인쇄", "شعار", "مخصص", "طباعة",
	"लोगो", "कस्टम", "प्रिंट", "โลโก้", "สกรีน", "สั่งทำ", "พิมพ์",
))

// customOnlyPhrases say every piece is made customised or to order ("Tutte
// le calze sono prodotte solo con il logo del cliente", "Todos los juegos se
// fabrican bajo pedido"): the customisation minimum is then the real one.
var customOnlyPhrases = newPhraseSet(specs(1,
	"only with your logo", "only with the customer's logo", "only with customer's logo", "only with buyer's logo",
	"only customized", "only customised", "custom only", "customized only", "customised only", "made to order only",
	"only made to order", "solo con il logo", "solo con logo", "solo su ordinazione", "solo con su logo",
	"sólo con su logo", "se fabrican bajo pedido", "fabricados bajo pedido", "fabricadas bajo pedido",
	"só com o seu logo", "apenas sob encomenda", "nur mit ihrem logo", "nur auf bestellung", "uniquement avec votre logo",
	"uniquement sur commande", "только с вашим логотипом", "только под заказ", "sadece logolu", "sadece sipariş üzerine",
	"hanya dengan logo", "hanya custom", "chỉ nhận in logo", "chỉ sản xuất theo đơn", "ผลิตตามออเดอร์เท่านั้น",
	"ロゴ入りのみ", "受注生産のみ", "주문 제작만", "只做定制", "仅接定制", "只接定制", "全部定制",
))

// shipPhrases mark a clause as about shipping: a pack or container named
// there is how goods travel ("shipped by pallet only"), unless salePhrases
// say goods are also sold that way.
var shipPhrases = newPhraseSet(specs(1,
	"ship*", "deliver*", "transport*", "freight", "loading", "envío", "envio", "enviado*", "entrega*", "expédi*",
	"livraison", "livré*", "versand*", "geliefert", "lieferung", "spedizion*", "spedit*", "consegna", "доставк*",
	"отгрузк*", "отправк*", "kargo", "sevkiyat", "gönderi*", "pengiriman", "dikirim", "kirim", "giao hàng",
	"vận chuyển", "จัดส่ง", "ส่งของ", "发货", "运输", "配送", "出荷", "発送", "配送", "배송", "운송", "출고", "شحن",
	"توصيل", "शिपिंग", "डिलीवरी", "भेज*",
))

var salePhrases = newPhraseSet(specs(1,
	"sell*", "sold", "sale*", "order*", "buy*", "purchas*", "vend*", "venta", "venda", "vente", "verkauf*",
	"vendita", "продаж*", "продаём", "продаем", "продаётся", "продается", "заказ*", "satış", "satılır", "jual",
	"dijual", "menjual", "bán", "ขาย", "销售", "出售", "卖", "起订", "起批", "起售", "販売", "注文", "購入", "판매",
	"주문", "بيع", "يباع", "البيع", "बिक्री", "बेच*",
))

// promoPhrases mark a clause whose order value is the threshold of a
// promotion or a service ("free shipping on a minimum order of $500"), not a
// minimum the buyer must reach to order at all.
var promoPhrases = newPhraseSet(specs(1,
	"free shipping", "free delivery", "free freight", "shipping free", "ships free", "discount*", "off", "coupon",
	"rebate", "sample*", "bonus", "gift", "free", "包邮", "免运费", "免邮", "优惠", "折扣", "满减", "返现", "样品", "赠",
	"envío gratis", "envio gratis", "frete grátis", "frete gratis", "livraison gratuite", "versandkostenfrei",
	"gratis", "descuento", "desconto", "remise", "rabatt", "бесплатн*", "скидк*", "muestra*", "amostra*",
))

// packWords name an indivisible item, as in "550 W per piece" or "100 g per
// bundle". Shipping packs (cartons, pallets, reels, coils) are left out:
// buyers order fractions of those all the time.
var packWords = map[string]bool{
	"piece": true, "pieces": true, "pc": true, "pcs": true, "panel": true, "panels": true, "bundle": true,
	"bundles": true, "module": true, "modules": true, "unit": true, "item": true, "件": true, "个": true,
	"块": true, "片": true, "捆": true, "pieza": true, "peça": true, "шт": true, "штука": true,
}

func specs(tag int, texts ...string) []phraseSpec {
	out := make([]phraseSpec, len(texts))
	for i, t := range texts {
		out[i] = phraseSpec{text: t, tag: tag}
	}
	return out
}

// moqText is what a description says about quantities.
type moqText struct {
	// stated is the largest minimum order stated outside customisation
	// clauses, in the listing's unit; statedFrom/To span its clause.
	stated               float64
	statedFrom, statedTo int
	// pack is the largest indivisible item size ("550 W per piece").
	pack             float64
	packFrom, packTo int
	// value is the largest minimum order value stated in the listing's
	// currency ("minimum order US$5,000", "最低起订金额5000美元").
	value              float64
	valueFrom, valueTo int
}

// bareReach is how close to an MOQ phrase a number without a unit word must
// start to be read as the MOQ ("MOQ: 500", "起订量：500").
const bareReach = 12

// scanMOQText reads the minimum orders and item sizes a description states,
// in one pass and without allocating.
func scanMOQText(desc string, lu unitInfo, currency string, window int) moqText {
	var mt moqText
	pos := 0
	for {
		s, e, tag, ok := moqPhrases.next(desc, pos)
		if !ok {
			return mt
		}
		pos = e
		switch tag {
		case tagMOQ:
			cs, ce := clauseBounds(desc, s, e)
			if customPhrases.containsIn(desc, cs, ce) && !customOnlyPhrases.containsIn(desc, cs, ce) {
				continue // a customisation offer's own minimum, unless customised goods are all it sells
			}
			if bareMinimum(desc[s:e]) && (shipPhrases.containsIn(desc, cs, ce) || promoPhrases.containsIn(desc, cs, ce)) {
				continue // "minimum" alone: "minimum freight charges apply to 2 kg parcels"
			}
			if before := desc[s:e]; before == "起订" || before == "起批" {
				// "1件起订，500件以上优惠": the quantity before 起订 is its
				// minimum; one after it belongs to the next clause.
				if q, ok := quantityBeforeWords(desc, s, lu); ok {
					if q > mt.stated {
						mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
					}
					continue
				}
			}
			q, ok := firstQuantity(desc, e, min(ce, e+window), lu, true)
			if to := min(ce, e+window); !ok && to < ce &&
				(containerPhrases.containsIn(desc, e, to) || bulkContainerPhrases.containsIn(desc, e, to)) {
				// "Minimum order one 20ft container (about 25 tons)": the
				// content in the listing's unit often follows in parentheses.
				q, ok = firstQuantity(desc, e, min(ce, e+2*window), lu, true)
			}
			if ok {
				if q > mt.stated {
					mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
				}
			} else if a, ok := firstAmount(desc, e, min(ce, e+window), currency, false); ok {
				// "Minimum order US$5,000": a minimum stated as money.
				if a > mt.value && !promoPhrases.containsIn(desc, cs, ce) {
					mt.value, mt.valueFrom, mt.valueTo = a, cs, ce
				}
			} else if q, ok := quantityBeforeWords(desc, s, lu); ok && q > mt.stated {
				// "500 pcs MOQ", "500件起订": the quantity stated first.
				mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
			}
			if q, ok := itemsMinimum(desc, e, ce, lu); ok && q > mt.stated {
				mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
			}
		case tagBelow:
			// "Orders under 500 pcs will not be processed": the refused
			// quantity is the minimum; "orders under 500 pcs: 3.20 USD"
			// is a price tier.
			cs, ce := clauseBounds(desc, s, e)
			if !refusalPhrases.containsIn(desc, cs, ce) || customPhrases.containsIn(desc, cs, ce) ||
				shipPhrases.containsIn(desc, cs, ce) {
				continue // "orders under 500 pcs cannot go by sea": how they travel
			}
			if q, ok := firstQuantity(desc, e, min(ce, e+window), lu, true); ok && q > mt.stated {
				mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
			}
		case tagAfterQty:
			cs, ce := clauseBounds(desc, s, e)
			if customPhrases.containsIn(desc, cs, ce) {
				continue
			}
			if q, ok := quantityBeforeWords(desc, s, lu); ok && q > mt.stated {
				mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
			}
		case tagItems:
			if !lu.known() || lu.dim == dimCount {
				continue // a count of items is already in the listing's unit
			}
			cs, ce := clauseBounds(desc, s, e)
			if customPhrases.containsIn(desc, cs, ce) {
				continue
			}
			if q, ok := itemsMinimum(desc, e, ce, lu); ok && q > mt.stated {
				mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
			}
		case tagPackOnly:
			// "Sold by pallet only (1 pallet = 48 cartons)": the pack's
			// content in the listing's unit is the real minimum. The content
			// often follows in parentheses, hence the wider window; a bare
			// number or a pack without content ("FCL only") says nothing.
			cs, ce := clauseBounds(desc, s, e)
			if customPhrases.containsIn(desc, cs, ce) ||
				shipPhrases.containsIn(desc, cs, ce) && !salePhrases.containsIn(desc, cs, ce) {
				// "Shipped by pallet only": how goods travel, not a minimum.
				continue
			}
			if q, ok := firstQuantity(desc, e, min(ce, e+2*window), lu, false); ok && q > mt.stated {
				mt.stated, mt.statedFrom, mt.statedTo = q, cs, ce
			}
		case tagValue:
			cs, ce := clauseBounds(desc, s, e)
			if customPhrases.containsIn(desc, cs, ce) || promoPhrases.containsIn(desc, cs, ce) {
				continue
			}
			if a, ok := firstAmount(desc, e, min(ce, e+window), currency, true); ok && a > mt.value {
				mt.value, mt.valueFrom, mt.valueTo = a, cs, ce
			}
		case tagPer:
			q, ok := quantityBefore(desc, s, lu)
			if !ok || !packWordAt(desc, e) {
				continue
			}
			if q > mt.pack {
				mt.pack, mt.packFrom, mt.packTo = q, clauseStart(desc, s), clauseEnd(desc, e)
			}
		}
	}
}

// firstQuantity finds the first quantity in desc[from:to] that is in the
// listing's unit (converted), or (when bareOK) a bare number right after the
// phrase.
func firstQuantity(desc string, from, to int, lu unitInfo, bareOK bool) (float64, bool) {
	first := true
	for i := from; i < to; {
		_, n := digitAt(desc, i)
		if n == 0 {
			if v, e, ok := numberWordsAt(desc, i); ok {
				// "five hundred pieces", "两千件": read only with a unit
				// word, as a bare number word is too often no quantity.
				q := quantity{value: v}
				q.unit, _, _, q.end = readUnit(desc, e, &q.value)
				if q.unit.known() && q.value >= minWordNumber {
					if val, ok := inListingUnits(q, lu); ok {
						return val, true
					}
					first = false
				}
				i = e
				continue
			}
			i++
			continue
		}
		if i > 0 && (isWordByte(desc[i-1]) || desc[i-1] == '-') {
			// Part of a code such as "HRB400" or "A-615". A digit of
			// more than one byte is stepped over first: it is no word byte.
			for i += n; i < to && (isWordByte(desc[i]) || desc[i] == '-'); {
				i++
			}
			first = false
			continue
		}
		q, _ := parseQuantity(desc, i)
		if currencyBefore(desc, i) {
			first = false
			i = q.end
			continue
		}
		if !q.unit.known() && !q.attached {
			// "300-500件", "300 to 500 pcs": the unit ends the range, and
			// the low end is the minimum.
			q.unit = rangeUnit(desc, q.end, to)
		}
		if val, ok := inListingUnits(q, lu); ok {
			return val, true
		}
		if bareOK && first && !q.unit.known() && !q.attached && i-from <= bareReach && (q.bare || fillerAt(desc, q.end)) &&
			!shipPackAt(desc, q.end) {
			return q.value, true
		}
		first = false
		i = max(q.end, i+n)
	}
	return 0, false
}

// rangeUnit returns the unit after the high end of a range that starts
// before desc[k] ("-500件", "~500 pcs", " to 500 pcs", "至500件"), or no unit.
func rangeUnit(desc string, k, to int) unitInfo {
	k, _ = skipSpaces(desc, k)
	sep := 0
	for _, s := range rangeSeparators {
		if strings.HasPrefix(desc[k:], s) {
			sep = len(s)
			break
		}
	}
	if sep == 0 {
		return unitInfo{}
	}
	k, _ = skipSpaces(desc, k+sep)
	if k >= to {
		return unitInfo{}
	}
	if _, n := digitAt(desc, k); n == 0 {
		return unitInfo{}
	}
	q, _ := parseQuantity(desc, k)
	return q.unit
}

// rangeSeparators join the ends of a range of quantities.
var rangeSeparators = [...]string{"-", "–", "—", "~", "～", "至", "到", "to ", "a ", "à ", "bis ", "до ", "đến "}

// bulkContainerPhrases name the freight containers a minimum is stated in.
var bulkContainerPhrases = newPhraseSet(specs(1,
	"container", "fcl", "contenedor", "contêiner", "conteneur", "konteyner", "kontainer", "контейнер*", "集装箱",
	"货柜", "整柜", "コンテナ", "컨테이너", "حاوية", "कंटेनर", "ตู้คอนเทนเนอร์",
))

// firstAmount reads the first number in desc[from:to] as a sum of money in
// the listing's currency: marked by a currency sign or word before or after
// it, or (bare) unmarked when the phrase itself names a value. A sum in
// another currency is not converted and not read.
func firstAmount(desc string, from, to int, currency string, bare bool) (float64, bool) {
	for i := from; i < to; i++ {
		if _, n := digitAt(desc, i); n == 0 {
			continue
		}
		if i > 0 && isWordByte(desc[i-1]) && !currencyBefore(desc, i) {
			return 0, false // a code such as "HRB400"
		}
		q, _ := parseQuantity(desc, i)
		if q.unit.known() {
			return 0, false // a quantity, not money
		}
		cur := currencyBeforeCode(desc, i)
		if cur == "" {
			cur = currencyAfterCode(desc, q.end)
		}
		switch {
		case cur == "" && !bare:
			return 0, false
		case cur != "" && !strings.EqualFold(cur, currencyOr(currency)):
			return 0, false
		}
		return q.value, q.value > 0
	}
	return 0, false
}

func currencyOr(c string) string {
	if c == "" {
		return "USD"
	}
	return c
}

// currencyBeforeCode names the currency whose sign or code ends just before
// desc[i] ("US$", "$", "€", "¥", "USD"), or "".
func currencyBeforeCode(desc string, i int) string {
	j := i
	for j > 0 && desc[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return ""
	}
	if desc[j-1] == '$' {
		// The letters glued before "$" name whose dollar: US$, HK$, R$…
		k := j - 1
		for k > 0 && k > j-4 && isLetterByte(desc[k-1]) {
			k--
		}
		switch strings.ToUpper(desc[k : j-1]) {
		case "", "US", "USD":
			return "USD"
		case "HK":
			return "HKD"
		case "R":
			return "BRL"
		case "A", "AU":
			return "AUD"
		case "C", "CA":
			return "CAD"
		case "S", "SG":
			return "SGD"
		case "NT":
			return "TWD"
		case "MX":
			return "MXN"
		}
		return "?" // a dollar of another kind: not the listing's
	}
	r, _ := utf8.DecodeLastRuneInString(desc[:j])
	switch r {
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '¥', '￥':
		return "CNY"
	case '₽':
		return "RUB"
	case '₹':
		return "INR"
	case '₩':
		return "KRW"
	case '₺':
		return "TRY"
	case '₫':
		return "VND"
	case '฿':
		return "THB"
	}
	for _, c := range [...]string{"usd", "eur", "rmb", "cny", "gbp"} {
		if j >= 3 && hasFoldPrefix(desc[j-3:j], c) && (j == 3 || !isLetterByte(desc[j-4])) {
			return currencyCode(c)
		}
	}
	return ""
}

// currencyAfterCode names the currency word right after a number ("5000
// USD", "5000美元", "5.000 euros"), or "".
func currencyAfterCode(desc string, k int) string {
	k, _ = skipSpaces(desc, k)
	for _, w := range currencyWords {
		if !hasFoldPrefix(desc[k:], w.word) {
			continue
		}
		if e := k + len(w.word); isWordByte(w.word[len(w.word)-1]) && e < len(desc) && isWordByte(desc[e]) {
			continue // "sar" in "sarees", "tl" in "tlc": not a currency
		}
		return w.code
	}
	return ""
}

var currencyWords = [...]struct{ word, code string }{
	{"usd", "USD"}, {"us dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"}, {"美元", "USD"}, {"美金", "USD"},
	{"dólares", "USD"}, {"долларов", "USD"}, {"eur", "EUR"}, {"euros", "EUR"}, {"euro", "EUR"}, {"欧元", "EUR"},
	{"rmb", "CNY"}, {"cny", "CNY"}, {"人民币", "CNY"}, {"元", "CNY"}, {"yuan", "CNY"}, {"gbp", "GBP"},
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"},
	// Currencies a listing in dollars must not read as dollars.
	{"руб", "RUB"}, {"rub", "RUB"}, {"₽", "RUB"}, {"inr", "INR"}, {"rupees", "INR"}, {"₹", "INR"},
	{"krw", "KRW"}, {"원", "KRW"}, {"₩", "KRW"}, {"jpy", "JPY"}, {"yen", "JPY"}, {"円", "JPY"}, {"try", "TRY"},
	{"tl", "TRY"}, {"lira", "TRY"}, {"₺", "TRY"}, {"aed", "AED"}, {"dirham", "AED"}, {"درهم", "AED"},
	{"sar", "SAR"}, {"riyal", "SAR"}, {"ريال", "SAR"}, {"vnd", "VND"}, {"đồng", "VND"}, {"₫", "VND"},
	{"idr", "IDR"}, {"rupiah", "IDR"}, {"thb", "THB"}, {"baht", "THB"}, {"บาท", "THB"}, {"brl", "BRL"},
	{"reais", "BRL"}, {"mxn", "MXN"}, {"pesos", "MXN"}, {"cad", "CAD"}, {"aud", "AUD"}, {"hkd", "HKD"},
	{"sgd", "SGD"}, {"chf", "CHF"}, {"pln", "PLN"}, {"zł", "PLN"}, {"gbp", "GBP"}, {"pounds", "GBP"},
	{"twd", "TWD"}, {"myr", "MYR"}, {"php", "PHP"}, {"pkr", "PKR"}, {"ngn", "NGN"}, {"egp", "EGP"},
}

func currencyCode(c string) string {
	switch c {
	case "rmb", "cny":
		return "CNY"
	}
	return strings.ToUpper(c)
}

// fillerAt reports a word after a bare number that still leaves it a count
// ("MOQ 300 per design", "MOQ 500 each colour").
func fillerAt(desc string, k int) bool {
	k, _ = skipSpaces(desc, k)
	var buf [16]byte
	w, _ := wordAt(desc, k, buf[:0])
	switch string(w) {
	case "per", "each", "for", "and", "or", "in":
		return true
	}
	return k < len(desc) && desc[k] == '/'
}

func currencyBefore(desc string, i int) bool {
	j := i
	for j > 0 && desc[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	switch desc[j-1] {
	case '$':
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(desc[:j])
	switch r {
	case '€', '£', '¥', '￥':
		return true
	}
	return j >= 3 && (hasFoldPrefix(desc[j-3:], "usd") || hasFoldPrefix(desc[j-3:], "eur") || hasFoldPrefix(desc[j-3:], "rmb") || hasFoldPrefix(desc[j-3:], "cny"))
}

// quantityBefore reads the quantity that ends just before desc[at] ("550 W"
// in "550 W per piece"), in the listing's unit, written in digits.
func quantityBefore(desc string, at int, lu unitInfo) (float64, bool) {
	return quantityBeforeAt(desc, at, lu, false)
}

// quantityBeforeWords is quantityBefore that also reads number words
// ("Five hundred pieces minimum", "五百件起订"): for the minimum-order
// phrases, which are few, not for every "per" and "/".
func quantityBeforeWords(desc string, at int, lu unitInfo) (float64, bool) {
	return quantityBeforeAt(desc, at, lu, true)
}

func quantityBeforeAt(desc string, at int, lu unitInfo, words bool) (float64, bool) {
	k := at
	for k > 0 && desc[k-1] == ' ' {
		k--
	}
	// The unit word, read backwards: letters, or "m2"/"m²".
	end := k
	if k >= 2 && desc[k-1] == '2' && lowerASCII(desc[k-2]) == 'm' {
		k -= 2
	}
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(desc[:k])
		if (r < utf8.RuneSelf && isLetterByte(byte(r))) || r == '²' || (r >= utf8.RuneSelf && isLetterRune(r)) {
			k -= size
			continue
		}
		break
	}
	if k == end {
		return 0, false // no unit word: a count or price, not a size
	}
	for k > 0 && desc[k-1] == ' ' {
		k--
	}
	numEnd := k
	for k > 0 && (desc[k-1] >= '0' && desc[k-1] <= '9' || desc[k-1] == ',' || desc[k-1] == '.') {
		k--
	}
	if strings.IndexFunc(desc[k:numEnd], unicode.IsDigit) < 0 {
		// No digits ("Tee. 五百件起订": the sentence's dot is no number).
		if !words {
			return 0, false
		}
		return numberWordsBefore(desc, numEnd, end, at, lu)
	}
	if k > 0 && isWordByte(desc[k-1]) {
		return 0, false
	}
	q, ok := parseQuantity(desc, k)
	if !ok {
		return 0, false
	}
	if e, _ := skipSpaces(desc, q.end); e != at {
		return 0, false
	}
	return inListingUnits(q, lu)
}

// bareMinimum reports the word "minimum" alone, in the languages that
// write it so.
func bareMinimum(w string) bool {
	return strings.EqualFold(w, "minimum") || strings.EqualFold(w, "minimo") || strings.EqualFold(w, "mínimo")
}

// numberWordsBefore reads a quantity in number words that ends, with its
// unit, just before desc[at] ("Five hundred pieces minimum", "五百件起订"):
// the earliest word start within reach whose number words end where the
// unit word starts (numEnd), or inside it where the script glues the unit
// to the number (Han, Thai, Hangul: the unit word read back ends at unitEnd).
func numberWordsBefore(desc string, numEnd, unitEnd, at int, lu unitInfo) (float64, bool) {
	const reach = 64
	for p := max(0, numEnd-reach); p < unitEnd; p++ {
		if !utf8.RuneStart(desc[p]) || (p > 0 && p <= numEnd && isWordByte(desc[p-1])) {
			continue
		}
		v, e, ok := numberWordsAt(desc, p)
		if !ok || (e != numEnd && (p < numEnd || e >= unitEnd)) {
			continue
		}
		q := quantity{start: p, value: v, end: e}
		q.unit, q.attached, q.bare, q.end = readUnit(desc, e, &q.value)
		if end, _ := skipSpaces(desc, q.end); end != at {
			return 0, false
		}
		return inListingUnits(q, lu)
	}
	return 0, false
}

// shipPackAt reports a shipping-pack word (shipPackWords) at desc[k], after
// spaces.
func shipPackAt(desc string, k int) bool {
	k, _ = skipSpaces(desc, k)
	if isCJKStart(desc, k) || isThaiStart(desc, k) {
		// No spaces end these words: match them as prefixes.
		for w := range shipPackWords {
			if strings.HasPrefix(desc[k:], w) {
				return true
			}
		}
		return false
	}
	var buf [32]byte
	w, _ := wordAt(desc, k, buf[:0])
	return shipPackWords[string(w)]
}

func packWordAt(desc string, k int) bool {
	k, _ = skipSpaces(desc, k)
	var buf [32]byte
	w, _ := wordAt(desc, k, buf[:0])
	return packWords[string(w)]
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func isLetterRune(r rune) bool { return r != utf8.RuneError && unicode.IsLetter(r) }

// clauseBounds returns the clause (sentence or semicolon-separated part)
// around desc[s:e].
func clauseBounds(desc string, s, e int) (int, int) {
	return clauseStart(desc, s), clauseEnd(desc, e)
}

// CJK sentence punctuation: 。；！？
var cjkStops = [...]string{"。", "；", "！", "？"}

func clauseStart(desc string, s int) int {
	for k := s; k > 0; k-- {
		c := desc[k-1]
		switch {
		case c == ';' || c == '\n':
			return k
		case (c == '.' || c == '!' || c == '?') && k < len(desc) && (desc[k] == ' ' || desc[k] == '\n'):
			if c == '.' && abbreviationBefore(desc, k-1) {
				continue
			}
			return k
		case c >= 0x80 && k >= 3:
			for _, stop := range cjkStops {
				if desc[k-3:k] == stop {
					return k
				}
			}
		}
	}
	return 0
}

// abbreviations end in a dot that does not end a sentence ("about" and
// "minimum" in several languages), lowercase.
var abbreviations = []string{
	"ca", "cca", "approx", "appr", "aprox", "env", "ok", "ок", "прибл", "min", "max", "mín", "máx", "no", "nr", "nº", "vs",
}

// abbreviationBefore reports an abbreviation word ending just before the dot
// at desc[dot].
func abbreviationBefore(desc string, dot int) bool {
	k := dot
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(desc[:k])
		if !isLetterRune(r) || dot-k > 12 {
			break
		}
		k -= size
	}
	if k == dot || (k > 0 && desc[k-1] != ' ' && desc[k-1] != '(') {
		return false
	}
	w := desc[k:dot]
	for _, a := range abbreviations {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

func clauseEnd(desc string, e int) int {
	for k := e; k < len(desc); k++ {
		c := desc[k]
		switch {
		case c == ';' || c == '\n':
			return k
		case (c == '.' || c == '!' || c == '?') && (k+1 == len(desc) || desc[k+1] == ' ' || desc[k+1] == '\n'):
			if c == '.' && abbreviationBefore(desc, k) {
				continue
			}
			return k
		case c >= 0x80 && k+3 <= len(desc):
			for _, stop := range cjkStops {
				if desc[k:k+3] == stop {
					return k
				}
			}
		}
	}
	return len(desc)
}

// snippet returns desc[from:to] trimmed and cut to at most 160 bytes on a
// rune boundary, for evidence.
func snippet(desc string, from, to int) string {
	s := strings.TrimSpace(desc[from:to])
	if len(s) <= 160 {
		return s
	}
	cut := 160
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
