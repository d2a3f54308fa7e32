package listing

import (
	"math"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// AbusedSKU finds SKUs used to fake the price range: decoy variants (cards,
// bags, films, "price difference" or "shipping fee" links) and variants in an
// odd spec, unit or quantity, priced far from the listing's real variants,
// high or low.
//
// The real variants are found first: when the SKU prices split into two
// groups at a wide gap, the group nearest the listing's MOQ tier price (or,
// without tiers, the category's median price; without either, the group with
// more SKUs that are not named as decoys) is the real one. A SKU is abused
// when it sits many times away from the real variants' median; the bar is
// lower for a SKU whose name says it is something else, and never below the
// category's normal SKU spread, so size-driven spreads (cable cross-sections,
// hair lengths, set sizes) pass; nor is a far price held against a SKU when
// every variant states its size and prices rise with it (pipe diameters
// 20-160 mm). A decoy named so is still reported.
type AbusedSKU struct{ p *params }

// NewAbusedSKU returns the abused_sku detector.
func NewAbusedSKU(c *Config) *AbusedSKU { return &AbusedSKU{p: newParams(c)} }

// Name is the violation code the detector reports.
func (*AbusedSKU) Name() string { return schemas.AbusedSKU }

// Rules of abused_sku.
const (
	ruleDecoyVariant = "decoy_variant"
	ruleSKUFarBelow  = "sku_far_below_variants"
	ruleSKUFarAbove  = "sku_far_above_variants"
)

// decoyTexts name things that are not the product: add-ons and links whose
// only purpose as a SKU is a price far from the product's.
var decoyTexts = []string{
	"card", "thank you", "thank-you", "greeting card", "bag", "pouch", "film", "protector", "sticker", "box",
	"gift box", "packaging", "package", "price difference", "difference", "balance", "extra fee", "extra cost",
	"shipping fee", "shipping cost", "freight", "postage", "delivery fee", "sample", "accessor*", "spare",
	"link", "deposit", "coupon", "voucher",
	"补差价", "差价", "补拍", "运费", "邮费", "快递费", "样品", "配件", "卡片", "贺卡", "袋", "礼盒", "包装", "链接", "定金",
	"diferencia de precio", "envío", "envio", "frete", "muestra", "amostra", "tarjeta", "bolsa", "accesorio*",
	"acessório*", "доплата", "доставка", "образец", "пакет",
	"hang tag", "setup fee", "set-up fee", "fee", "surcharge", "add-on", "addon", "押金", "订金", "吊牌", "手提袋",
	"gastos de envío", "costo de envío", "depósito", "anticipo", "enlace", "empaque", "caja de regalo",
	"diferença de preço", "taxa", "sinal", "embalagem", "cartão", "sacola",
	"différence de prix", "supplément", "frais de port", "frais de livraison", "échantillon", "acompte", "lien",
	"accessoire*", "sac", "emballage", "carte",
	"preisdifferenz", "preisunterschied", "aufpreis", "versandkosten", "porto", "muster", "anzahlung", "zubehör",
	"beutel", "tüte", "verpackung", "karte",
	"differenza prezzo", "differenza di prezzo", "spese di spedizione", "campione", "acconto", "accessori*",
	"sacchetto", "confezione", "biglietto",
	"разница в цене", "ссылка", "предоплата", "аксессуар*", "упаковка", "открытка", "пробник",
	"fiyat farkı", "kargo ücreti", "kargo", "numune", "kapora", "aksesuar", "poşet", "ambalaj",
	"فرق السعر", "رابط", "رسوم الشحن", "الشحن", "عينة", "عربون", "إكسسوار", "كيس", "تغليف", "بطاقة",
	"कीमत का अंतर", "शिपिंग शुल्क", "सैंपल", "नमूना", "एडवांस", "लिंक", "पैकेजिंग",
	"selisih harga", "ongkir", "ongkos kirim", "sampel", "uang muka", "aksesoris", "kemasan", "kartu",
	"bù giá", "phí ship", "phí vận chuyển", "hàng mẫu", "đặt cọc", "phụ kiện", "bao bì", "thiệp",
	"ส่วนต่าง", "ค่าส่ง", "ตัวอย่าง", "มัดจำ", "อุปกรณ์เสริม", "บรรจุภัณฑ์", "ลิงก์",
	"差額", "送料", "サンプル", "手付金", "前金", "付属品", "ギフトボックス", "包装", "カード", "リンク",
	"차액", "배송비", "샘플", "계약금", "액세서리", "부속품", "포장", "링크",
	// a placeholder price: ask for the real one
	"contact us", "contact for price", "ask for price", "price on request", "inquire", "询价", "咨询客服",
	"联系客服", "a consultar", "consultar precio", "sob consulta", "prix sur demande", "preis auf anfrage",
	"prezzo su richiesta", "цена по запросу", "fiyat sorunuz", "اسأل عن السعر", "tanya harga", "hỏi giá",
	"สอบถามราคา", "お問い合わせ", "가격 문의",
}

var decoyPhrases = func() *phraseSet {
	sp := make([]phraseSpec, len(decoyTexts))
	for i, t := range decoyTexts {
		sp[i] = phraseSpec{text: t, tag: i}
	}
	return newPhraseSet(sp)
}()

type skuPrice struct {
	price float64
	idx   int
}

type skuCandidate struct {
	rule  string
	x     float64
	idx   int
	ratio float64
	decoy bool
}

// DetectListing appends an abused_sku finding for l, if any.
func (d *AbusedSKU) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	if len(l.SKUs) < 2 {
		return out
	}
	t := d.p.forCategory(l.CategoryID)
	as := &t.AbusedSKU
	var buf [32]skuPrice
	ps := buf[:0]
	if len(l.SKUs) > len(buf) {
		ps = make([]skuPrice, 0, len(l.SKUs))
	}
	for i, s := range l.SKUs {
		if s.UnitPrice > 0 {
			ps = append(ps, skuPrice{s.UnitPrice, i})
		}
	}
	if len(ps) == 0 {
		return out
	}
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].price < ps[j-1].price; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	st := marketStats(ref, l, t)
	variants := d.realVariants(l, st, t, ps)
	med := medianSorted(variants)
	if !(med > 0) {
		return out
	}
	dev := v(as.Deviation)
	if st != nil && enough(st.SKUSpread(), t) {
		dev = max(dev, st.SKUSpread().Quantile(v(as.SpreadQuantile))*v(as.SpreadSlack))
	}
	decoyDev := v(as.DecoyDeviation)
	// Whether prices follow the variants' sizes is read only when a SKU is
	// far from the rest, which few listings have.
	sizeDriven, sized := false, false
	farOff := func() bool {
		if !sized {
			sizeDriven, sized = sizeDrivenSpread(l), true
		}
		return !sizeDriven
	}
	var best skuCandidate
	abused := 0
	for i, s := range l.SKUs {
		r := s.UnitPrice / med
		dx := math.Inf(1)
		if r > 0 {
			dx = max(r, 1/r)
		}
		hit := false
		if dx >= decoyDev && isDecoySKU(&s, l.Title) {
			hit = true
			if x := dx / decoyDev; x > best.x {
				best = skuCandidate{rule: ruleDecoyVariant, x: x, idx: i, ratio: r, decoy: true}
			}
		}
		if dx >= dev && farOff() {
			hit = true
			rule := ruleSKUFarBelow
			if r > 1 {
				rule = ruleSKUFarAbove
			}
			if x := dx / dev; x > best.x {
				best = skuCandidate{rule: rule, x: x, idx: i, ratio: r}
			}
		}
		if hit {
			abused++
		}
	}
	if best.rule == "" {
		return out
	}
	return append(out, d.finding(l, t, best, variants, med, abused))
}

// realVariants returns the SKUs (sorted by price) taken to be the listing's
// real variants.
func (d *AbusedSKU) realVariants(l *schemas.Listing, st *market.Stats, t *Thresholds, ps []skuPrice) []skuPrice {
	gap, at := 1.0, 0
	for i := 1; i < len(ps); i++ {
		if r := ps[i].price / ps[i-1].price; r > gap {
			gap, at = r, i
		}
	}
	if !(gap >= v(t.AbusedSKU.SplitRatio)) {
		return ps
	}
	low, high := ps[:at], ps[at:]
	var anchor float64
	switch {
	case len(l.PriceTiers) > 0 && l.PriceTiers[0].UnitPrice > 0:
		anchor = l.PriceTiers[0].UnitPrice
	case st != nil && enough(st.Price(), t):
		anchor = st.Price().Quantile(0.5)
	}
	if anchor > 0 {
		if math.Abs(math.Log(medianSorted(high)/anchor)) < math.Abs(math.Log(medianSorted(low)/anchor)) {
			return high
		}
		return low
	}
	// No price to anchor on: the group with more SKUs named as products is
	// real; on a tie the dearer group, since decoys are cheap fillers far
	// more often than dear ones.
	if namedProducts(l, low) > namedProducts(l, high) {
		return low
	}
	return high
}

func namedProducts(l *schemas.Listing, ps []skuPrice) int {
	n := 0
	for _, p := range ps {
		if !isDecoySKU(&l.SKUs[p.idx], l.Title) {
			n++
		}
	}
	return n
}

// isDecoySKU reports whether a SKU's name or attributes name a decoy, unless
// the listing's title names the same thing (a gift-box listing sells boxes).
func isDecoySKU(s *schemas.SKU, title string) bool {
	if decoyIn(s.Name, title) {
		return true
	}
	for _, a := range s.Attributes {
		if decoyIn(a, title) {
			return true
		}
	}
	return false
}

func decoyIn(text, title string) bool {
	for pos := 0; ; {
		_, e, tag, ok := decoyPhrases.next(text, pos)
		if !ok {
			return false
		}
		pos = e
		if !titleHasPhrase(title, tag) {
			return true
		}
	}
}

func titleHasPhrase(title string, tag int) bool {
	for pos := 0; ; {
		_, e, tg, ok := decoyPhrases.next(title, pos)
		if !ok {
			return false
		}
		if tg == tag {
			return true
		}
		pos = e
	}
}

func medianSorted(ps []skuPrice) float64 {
	n := len(ps)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return ps[n/2].price
	}
	return (ps[n/2-1].price + ps[n/2].price) / 2
}

func (d *AbusedSKU) finding(l *schemas.Listing, t *Thresholds, c skuCandidate, variants []skuPrice, med float64, abused int) schemas.Finding {
	s := l.SKUs[c.idx]
	lo, hi := variants[0].price, variants[len(variants)-1].price
	ev := map[string]any{
		"sku_id": s.SKUID, "sku_name": s.Name, "sku_price": s.UnitPrice,
		"variants_median": med, "variants_min": lo, "variants_max": hi, "variants": len(variants),
		"ratio": sig(c.ratio, 4), "abused_skus": abused, "decoy_name": c.decoy,
	}
	var en, zh string
	switch {
	case c.ratio < 1:
		en = sprintf("SKU %q at %s is %s of the real variants' median price %s (%s-%s)%s: it fakes the low end of the price range.",
			str(s.Name), money(s.UnitPrice), pct(c.ratio), money(med), money(lo), money(hi), str(decoyNote(c.decoy)))
		zh = sprintf("SKU“%s”售价%s，仅为真实规格中位价%s（%s-%s）的%s%s：用于虚拉低价格区间。",
			str(s.Name), money(s.UnitPrice), money(med), money(lo), money(hi), pct(c.ratio), str(decoyNoteZH(c.decoy)))
	default:
		en = sprintf("SKU %q at %s is %s the real variants' median price %s (%s-%s)%s: an odd spec, unit or quantity priced far from the listing's variants.",
			str(s.Name), money(s.UnitPrice), times(c.ratio), money(med), money(lo), money(hi), str(decoyNote(c.decoy)))
		zh = sprintf("SKU“%s”售价%s，是真实规格中位价%s（%s-%s）的%s%s：以非常规规格、单位或数量设置偏离正常价格的SKU。",
			str(s.Name), money(s.UnitPrice), money(med), money(lo), money(hi), times(c.ratio), str(decoyNoteZH(c.decoy)))
	}
	return finding(schemas.AbusedSKU, c.rule, confidence(t, c.x), ev, en, zh)
}

func decoyNote(decoy bool) string {
	if decoy {
		return " and is named as an add-on, not a variant"
	}
	return ""
}

func decoyNoteZH(decoy bool) string {
	if decoy {
		return "，且名称显示其为附加物品而非商品规格"
	}
	return ""
}
