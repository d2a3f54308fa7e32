package listing

import (
	"math"
	"strings"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// FalseMOQ finds a stated minimum order quantity that is not the real one:
// contradicted by the listing's own tiers, its description (in any language:
// a minimum quantity, a minimum order value, an indivisible item size), its
// variants (each with a higher minimum of its own, or each a pack of more
// units than the MOQ) or its customisation offers. A customisation MOQ above
// the stock MOQ is normal (logo printing needs a run), so only an absurd
// customisation minimum counts, or a product that exists only customised
// (its title names the customisation and its description rules out stock)
// whose every customisation minimum dwarfs the MOQ; MOQ
// statements in customisation clauses of the description are not read as the
// stock MOQ. A low MOQ alone is no evidence: consumer goods and samples sell
// from one piece.
type FalseMOQ struct{ p *params }

// NewFalseMOQ returns the false_moq detector.
func NewFalseMOQ(c *Config) *FalseMOQ { return &FalseMOQ{p: newParams(c)} }

// Name is the violation code the detector reports.
func (*FalseMOQ) Name() string { return schemas.FalseMOQ }

// Rules of false_moq.
const (
	ruleMOQBelowTiers   = "moq_below_first_tier"
	ruleMOQText         = "moq_contradicted_by_description"
	ruleMOQBelowItem    = "moq_below_item_size"
	ruleCustomMOQAbsurd = "customization_moq_implausible"
	ruleMOQCustomOnly   = "moq_below_custom_only_minimum"
	ruleMOQValue        = "moq_below_order_value_minimum"
	ruleMOQVariants     = "moq_below_variant_minimums"
	ruleMOQPacks        = "moq_below_pack_size"
	ruleMOQPlainVersion = "moq_below_plain_version_minimum"
)

// DetectListing appends a false_moq finding for l, if any.
func (d *FalseMOQ) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	moq := l.MOQ
	if !(moq > 0) {
		return out // no MOQ stated: nothing to contradict
	}
	t := d.p.forCategory(l.CategoryID)
	fm := &t.FalseMOQ
	var best moqCandidate
	consider := func(rule string, other, threshold float64) bool {
		if x := other / threshold; x >= 1 && x > best.x && !math.IsInf(other, 0) {
			best.rule, best.x, best.other = rule, x, other
			return true
		}
		return false
	}
	if len(l.PriceTiers) > 0 {
		consider(ruleMOQBelowTiers, l.PriceTiers[0].MinQty, moq*v(fm.TierRatio))
	}
	for i, c := range l.Customization {
		if consider(ruleCustomMOQAbsurd, c.MinQty, moq*v(fm.CustomRatio)) {
			best.custom = i
		}
	}
	if i, ok := plainVersionMinimum(l, moq*v(fm.TextRatio)); ok && consider(ruleMOQPlainVersion, l.Customization[i].MinQty, moq*v(fm.TextRatio)) {
		best.custom = i
	}
	if i, ok := customOnlyMinimum(l, moq*v(fm.CustomOnlyRatio)); ok && consider(ruleMOQCustomOnly, l.Customization[i].MinQty, moq*v(fm.CustomOnlyRatio)) {
		best.custom = i
	}
	lu := listingUnit(l.Unit)
	window := v(fm.TextWindow)
	if len(l.SKUs) > 0 && window >= 1 {
		if q, i, ok := variantMinimum(l, lu, int(window)); ok && consider(ruleMOQVariants, q, moq*v(fm.TextRatio)) {
			best.sku = i
		}
		if q, i, ok := smallestPack(l, lu, v(fm.PackPriceSlack)); ok && consider(ruleMOQPacks, q, moq*v(fm.PackRatio)) {
			best.sku = i
		}
	}
	var mt moqText
	if l.Description != "" && window >= 1 {
		mt = scanMOQText(l.Description, lu, l.Currency, int(window))
		consider(ruleMOQText, mt.stated, moq*v(fm.TextRatio))
		consider(ruleMOQBelowItem, mt.pack, moq*v(fm.PackRatio))
		if mt.value > 0 {
			// The units the value minimum buys at the MOQ price: the
			// fewest it can mean, as larger orders only get cheaper.
			if p := market.UnitPriceAt(l, moq); p > 0 {
				if consider(ruleMOQValue, mt.value/p, moq*v(fm.ValueRatio)) {
					best.price = p
				}
			}
		}
	}
	if best.rule == "" {
		return out
	}
	return append(out, d.finding(l, t, best, mt))
}

type moqCandidate struct {
	rule   string
	x      float64
	other  float64 // the quantity that contradicts the MOQ
	custom int     // the customisation offer behind it
	sku    int     // the SKU behind it
	price  float64 // the unit price a value minimum is converted at
}

// customOnlyMinimum returns the customisation offer with the smallest
// minimum when the listing is customised only: its title names the
// customisation ("Custom Printed Mailer Boxes") and its description rules
// out stock ("printed to order", "no stock designs", "不做现货"). Then the
// smallest customisation minimum is the real MOQ. A title such as "Custom
// Logo Running Shoes" alone sells stock shoes with a logo option.
//
// Offers are checked against atLeast before any text is read: the phrase
// scans run only for listings whose numbers already contradict the MOQ.
func customOnlyMinimum(l *schemas.Listing, atLeast float64) (int, bool) {
	at := -1
	for i, c := range l.Customization {
		if !(c.MinQty > 0) {
			return 0, false // an offer without a minimum: custom from the MOQ
		}
		if at < 0 || c.MinQty < l.Customization[at].MinQty {
			at = i
		}
	}
	if at < 0 || !(l.Customization[at].MinQty >= atLeast) {
		return 0, false
	}
	if !customPhrases.contains(l.Title) || !noStockPhrases.contains(l.Description) {
		return 0, false
	}
	return at, true
}

// plainVersionMinimum returns the customisation offer that names the plain,
// uncustomised product ("Standard version (no customization)", "Blank",
// "标准版", "無地") with a minimum of atLeast or more: that offer is the
// stock product itself, so its minimum is the real MOQ. A customisation's
// own minimum ("Customized logo", 200) is legitimate and not read here.
func plainVersionMinimum(l *schemas.Listing, atLeast float64) (int, bool) {
	at := -1
	for i, c := range l.Customization {
		if !(c.MinQty >= atLeast) || (at >= 0 && c.MinQty >= l.Customization[at].MinQty) {
			continue
		}
		if plainNegationPhrases.contains(c.Option) ||
			plainNamePhrases.contains(c.Option) && !customPhrases.contains(c.Option) {
			at = i
		}
	}
	return at, at >= 0
}

// plainNegationPhrases rule customisation out ("without logo", "sans
// personnalisation", "不定制"): an offer named so is the plain product even
// though it names the customisation it lacks.
var plainNegationPhrases = newPhraseSet(specs(1,
	"no logo", "without logo", "no customi*", "without customi*", "non-customi*", "non customi*", "uncustomi*",
	"no print*", "without print*", "unprinted", "no branding", "without branding",
	"sin personalizar", "sin personalización", "sin personalizacion", "sin logo", "sin impresión", "sin estampar",
	"sem personalização", "sem personalizacao", "sem logo", "sem impressão", "sans personnalisation", "sans logo",
	"non personnalisé*", "sans impression", "ohne logo", "ohne personalisierung", "ohne druck", "unbedruckt",
	"senza personalizzazione", "senza logo", "senza stampa", "non personalizzat*", "без логотипа",
	"без персонализации", "без нанесения", "без печати", "logosuz", "baskısız", "logo olmadan", "kişiselleştirmesiz",
	"tanpa logo", "tanpa kustom*", "tanpa custom", "tanpa sablon", "tanpa cetak", "không in logo", "không logo",
	"không tùy chỉnh", "không in", "无定制", "不定制", "无logo", "无 logo", "不印logo", "不印刷", "无印刷", "无印字",
	"ロゴなし", "名入れなし", "カスタムなし", "로고 없음", "로고없음", "인쇄 없음", "무인쇄", "بدون تخصيص", "بدون شعار",
	"بدون طباعة", "बिना लोगो", "बिना कस्टम*", "बिना प्रिंट*", "ไม่มีโลโก้", "ไม่สกรีน", "ไม่พิมพ์",
))

// plainNamePhrases name the standard or blank product; an offer named so
// that also names a customisation ("Logo on blank mugs") is no plain one.
var plainNamePhrases = newPhraseSet(specs(1,
	"standard version", "standard model", "standard edition", "plain", "blank", "stock version", "basic version",
	"versión estándar", "version estándar", "modelo estándar", "liso", "lisa", "versão padrão", "versao padrao",
	"modelo padrão", "version standard", "modèle standard", "standardversion", "standardausführung",
	"standardmodell", "versione standard", "modello standard", "стандартная версия", "стандартная модель",
	"стандартное исполнение", "standart versiyon", "standart model", "düz", "versi standar", "model standar",
	"polos", "phiên bản tiêu chuẩn", "bản tiêu chuẩn", "mẫu tiêu chuẩn", "标准版", "标准款", "普通款", "通用款",
	"素色款", "白坯", "空白款", "無地", "標準版", "標準モデル", "スタンダード", "기본형", "표준형", "무지",
	"النسخة القياسية", "الإصدار القياسي", "سادة", "मानक संस्करण", "मानक मॉडल", "सादा", "รุ่นมาตรฐาน", "แบบเรียบ",
))

// noStockPhrases say a product is only made to order, never sold from stock.
var noStockPhrases = newPhraseSet(specs(1,
	"no stock", "not in stock", "no stock design*", "no blank*", "printed to order", "made to order only",
	"produced to order", "only made to order", "custom only", "customized only", "customised only", "only custom*",
	"no ready stock", "no spot goods", "不做现货", "无现货", "没有现货", "仅接受定制", "只做定制", "仅定制", "按单生产",
	"sin stock", "solo por encargo", "solo personalizado", "sob encomenda", "sem estoque", "sur commande uniquement",
	"nur auf bestellung", "нет в наличии", "только под заказ",
))

// variantMinimum returns the smallest minimum order any priced variant
// accepts, when every variant states its own ("MOQ": "500 pcs" in its
// attributes or name); one variant without a minimum of its own sells from
// the listing's MOQ, and nothing is contradicted. i is the variant with the
// smallest minimum.
func variantMinimum(l *schemas.Listing, lu unitInfo, window int) (q float64, i int, ok bool) {
	q, i = math.Inf(1), -1
	for k := range l.SKUs {
		s := &l.SKUs[k]
		m, found := skuMinimum(s, lu, window)
		if !found {
			return 0, 0, false
		}
		if m < q {
			q, i = m, k
		}
	}
	return q, i, i >= 0
}

// skuMinimum reads a variant's own minimum order: an attribute named as an
// MOQ whose value is a quantity, or an MOQ phrase in its name or values.
func skuMinimum(s *schemas.SKU, lu unitInfo, window int) (float64, bool) {
	best, found := 0.0, false
	take := func(q float64) {
		if !found || q < best {
			best, found = q, true
		}
	}
	for k, val := range s.Attributes {
		if _, e, tag, ok := moqPhrases.next(k, 0); ok && tag == tagMOQ && e > 0 {
			if q, ok := firstQuantity(val, 0, len(val), lu, true); ok {
				take(q)
				continue
			}
		}
		if q, ok := textMinimum(val, lu, window); ok {
			take(q)
		}
	}
	if q, ok := textMinimum(s.Name, lu, window); ok {
		take(q)
	}
	return best, found
}

// textMinimum reads "MOQ 500 pcs" in a short text.
func textMinimum(text string, lu unitInfo, window int) (float64, bool) {
	for pos := 0; ; {
		_, e, tag, ok := moqPhrases.next(text, pos)
		if !ok {
			return 0, false
		}
		pos = e
		if tag == tagMOQ {
			if q, ok := firstQuantity(text, e, min(len(text), e+window), lu, true); ok {
				return q, true
			}
		}
	}
}

// smallestPack returns the smallest number of units a buyer can order when
// every priced variant is a pack ("carton of 100", "50 pcs/box", "箱装100个")
// of more than one of the listing's units: then no order of fewer units
// exists. A single-unit variant, or a listing counted in packs (unit
// "carton", or a "piece" whose tier price is the pack's price) or in sets
// and pairs (a set of 6 pieces in a box is one set), contradicts nothing. i
// is the variant with the smallest pack.
func smallestPack(l *schemas.Listing, lu unitInfo, slack float64) (q float64, i int, ok bool) {
	if lu.dim != dimCount || !pieceUnits[strings.ToLower(l.Unit)] {
		return 0, 0, false
	}
	q, i = math.Inf(1), -1
	for k := range l.SKUs {
		n, found := packSize(l.SKUs[k].Name)
		if !found {
			// Attributes are a map: of several values that state a pack, take
			// the smallest, so the verdict does not depend on map order.
			for _, val := range l.SKUs[k].Attributes {
				if m, ok := packSize(val); ok && (!found || m < n) {
					n, found = m, true
				}
			}
		}
		if !found {
			return 0, 0, false
		}
		if p := l.SKUs[k].UnitPrice; len(l.PriceTiers) > 0 && l.PriceTiers[0].UnitPrice > 0 && p > 0 &&
			p < n*l.PriceTiers[0].UnitPrice/slack {
			// The pack costs about one tier "piece": the listing's piece is
			// the pack ("box of 12 crayons" sold per box), and an MOQ of
			// one such piece is true.
			return 0, 0, false
		}
		if n < q {
			q, i = n, k
		}
	}
	return q, i, i >= 0
}

// packSize reads the units in a pack named in text: a container word
// (carton, box, pack, case, bag, 箱, 盒, 包…) with a count of pieces ("100
// pcs/carton", "carton of 100", "pack of 12", "12-pack").
func packSize(text string) (float64, bool) {
	if !containerPhrases.contains(text) {
		return 0, false
	}
	piece := unitInfo{dimCount, 1}
	for i := 0; i < len(text); {
		_, n := digitAt(text, i)
		if n == 0 {
			i++
			continue
		}
		if i > 0 && isWordByte(text[i-1]) {
			for i += n; i < len(text) && isWordByte(text[i]); {
				i++
			}
			continue
		}
		q, _ := parseQuantity(text, i)
		if v, ok := inListingUnits(q, piece); ok && v > 1 {
			return v, true
		}
		if !q.unit.known() && !q.attached && v1(q.value) && (ofBefore(text, i) || packAfter(text, q.end)) {
			return q.value, true
		}
		i = max(q.end, i+n)
	}
	return 0, false
}

// pieceUnits are the listing units that count single pieces.
var pieceUnits = map[string]bool{"piece": true, "pieces": true, "unit": true, "units": true, "pc": true, "pcs": true}

func v1(x float64) bool { return x > 1 && x == math.Trunc(x) }

// ofBefore: "carton of 100", "pack of 12", "caja de 50".
func ofBefore(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	return j >= 2 && (hasFoldPrefix(text[j-2:j], "of") || hasFoldPrefix(text[j-2:j], "de")) && (j == 2 || text[j-3] == ' ')
}

// packAfter: "12-pack", "12 pack", "100/box".
func packAfter(text string, k int) bool {
	if k < len(text) && (text[k] == '-' || text[k] == '/') {
		k++
	}
	k, _ = skipSpaces(text, k)
	s, _, _, ok := containerPhrases.next(text, k)
	return ok && s == k
}

// containerPhrases name the packs a variant can be: the container is sold
// whole, so its count of pieces is the smallest order of that variant.
var containerPhrases = newPhraseSet(specs(1,
	"carton", "ctn", "box", "pack", "package", "case", "bag", "bundle", "bulk pack",
	"dozen", "caja", "paquete", "caixa", "pacote", "коробка", "упаковка", "箱", "盒", "包", "袋", "捆", "打",
))

func (d *FalseMOQ) finding(l *schemas.Listing, t *Thresholds, c moqCandidate, mt moqText) schemas.Finding {
	moq, rule, x, other, custom := l.MOQ, c.rule, c.x, c.other, c.custom
	ev := map[string]any{"moq": moq, "unit": l.Unit, "ratio": sig(other/moq, 4)}
	var en, zh string
	switch rule {
	case ruleMOQBelowTiers:
		ev["first_tier_min_qty"] = other
		ev["first_tier_price"] = l.PriceTiers[0].UnitPrice
		en = sprintf("The stated MOQ is %s but the first price tier starts at %s (%s the MOQ), so nothing can be bought at the MOQ.",
			units(l, moq), units(l, other), times(other/moq))
		zh = sprintf("标注的最小起订量为%s %s，但第一档阶梯价从%s %s起（为起订量的%s），按起订量无法下单。",
			qty(moq), str(l.Unit), qty(other), str(l.Unit), times(other/moq))
	case ruleMOQText:
		text := snippet(l.Description, mt.statedFrom, mt.statedTo)
		ev["stated_min_qty"] = other
		ev["matched_text"] = text
		en = sprintf("The stated MOQ is %s but the description says the minimum is %s (%q).",
			units(l, moq), units(l, other), str(text))
		zh = sprintf("标注的最小起订量为%s %s，但描述中写明最小起订量为%s %s（“%s”）。",
			qty(moq), str(l.Unit), qty(other), str(l.Unit), str(text))
	case ruleMOQBelowItem:
		text := snippet(l.Description, mt.packFrom, mt.packTo)
		ev["item_size"] = other
		ev["matched_text"] = text
		en = sprintf("The stated MOQ is %s but the goods are sold in indivisible items of %s (%q).",
			units(l, moq), units(l, other), str(text))
		zh = sprintf("标注的最小起订量为%s %s，但商品按每件%s %s的整件出售（“%s”），该起订量无法成立。",
			qty(moq), str(l.Unit), qty(other), str(l.Unit), str(text))
	case ruleCustomMOQAbsurd:
		c := l.Customization[custom]
		ev["customization_option"] = c.Option
		ev["customization_min_qty"] = other
		en = sprintf("The customisation offer %q requires %s, %s the stated MOQ of %s: an implausible minimum order.",
			str(c.Option), units(l, other), times(other/moq), units(l, moq))
		zh = sprintf("定制选项“%s”的起订量为%s %s，是标注起订量%s的%s，属于不合理的虚假起订量。",
			str(c.Option), qty(other), str(l.Unit), qty(moq), times(other/moq))
	case ruleMOQPlainVersion:
		c := l.Customization[custom]
		ev["customization_option"] = c.Option
		ev["customization_min_qty"] = other
		en = sprintf("The stated MOQ is %s but the offer for the plain, uncustomised product (%q) requires %s, %s the MOQ.",
			units(l, moq), str(c.Option), units(l, other), times(other/moq))
		zh = sprintf("标注的最小起订量为%s %s，但无定制的标准款选项（“%s”）起订量为%s %s，是标注起订量的%s。",
			qty(moq), str(l.Unit), str(c.Option), qty(other), str(l.Unit), times(other/moq))
	case ruleMOQCustomOnly:
		c := l.Customization[custom]
		ev["customization_option"] = c.Option
		ev["customization_min_qty"] = other
		ev["title"] = l.Title
		en = sprintf("The product is sold customised only (%q) and the smallest customisation minimum is %s (%q), %s the stated MOQ of %s.",
			str(l.Title), units(l, other), str(c.Option), times(other/moq), units(l, moq))
		zh = sprintf("该商品仅以定制形式销售（“%s”），最低定制起订量为%s %s（“%s”），是标注起订量%s的%s。",
			str(l.Title), qty(other), str(l.Unit), str(c.Option), qty(moq), times(other/moq))
	case ruleMOQValue:
		text := snippet(l.Description, mt.valueFrom, mt.valueTo)
		ev["min_order_value"] = mt.value
		ev["currency"] = currencyOr(l.Currency)
		ev["unit_price_at_moq"] = c.price
		ev["implied_min_qty"] = sig(other, 4)
		ev["matched_text"] = text
		en = sprintf("The stated MOQ is %s but the description sets a minimum order value of %s %s (%q): at %s per %s that is at least %s.",
			units(l, moq), money(mt.value), str(currencyOr(l.Currency)), str(text), money(c.price), str(unitName(l)), units(l, sig(other, 4)))
		zh = sprintf("标注的最小起订量为%s %s，但描述规定最低订单金额为%s %s（“%s”）：按单价%s计至少需%s %s。",
			qty(moq), str(l.Unit), money(mt.value), str(currencyOr(l.Currency)), str(text), money(c.price), qty(sig(other, 4)), str(l.Unit))
	case ruleMOQVariants:
		s := l.SKUs[c.sku]
		ev["sku_id"] = s.SKUID
		ev["sku_name"] = s.Name
		ev["smallest_variant_min_qty"] = other
		ev["variants"] = len(l.SKUs)
		en = sprintf("The stated MOQ is %s but every variant sets its own minimum, the smallest %s (%q): no variant can be bought at the MOQ.",
			units(l, moq), units(l, other), str(s.Name))
		zh = sprintf("标注的最小起订量为%s %s，但每个SKU都设有自己的起订量，最低为%s %s（“%s”）：任何规格都无法按标注起订量购买。",
			qty(moq), str(l.Unit), qty(other), str(l.Unit), str(s.Name))
	case ruleMOQPacks:
		s := l.SKUs[c.sku]
		ev["sku_id"] = s.SKUID
		ev["sku_name"] = s.Name
		ev["smallest_pack_size"] = other
		ev["variants"] = len(l.SKUs)
		en = sprintf("The stated MOQ is %s but every variant is a pack, the smallest of %s (%q): no order of fewer units exists.",
			units(l, moq), units(l, other), str(s.Name))
		zh = sprintf("标注的最小起订量为%s %s，但所有SKU均为整包/整箱出售，最小一包为%s %s（“%s”），无法按标注起订量购买。",
			qty(moq), str(l.Unit), qty(other), str(l.Unit), str(s.Name))
	}
	return finding(schemas.FalseMOQ, rule, confidence(t, x), ev, en, zh)
}
