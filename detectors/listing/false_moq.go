package listing

import (
	"fmt"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// FalseMOQ finds a stated minimum order quantity that is not the real one:
// contradicted by the listing's own tiers, its description (in any language),
// its item size or its customisation offers, or implausibly small for the
// category. A customisation MOQ above the stock MOQ is normal (logo printing
// needs a run), so only an absurd customisation minimum counts, and MOQ
// statements in customisation clauses of the description are not read as the
// stock MOQ.
type FalseMOQ struct{ p *params }

// NewFalseMOQ returns the false_moq detector.
func NewFalseMOQ(c *Config) *FalseMOQ { return &FalseMOQ{p: newParams(c)} }

// Name is the violation code the detector reports.
func (*FalseMOQ) Name() string { return schemas.FalseMOQ }

// Rules of false_moq.
const (
	ruleMOQBelowTiers    = "moq_below_first_tier"
	ruleMOQText          = "moq_contradicted_by_description"
	ruleMOQBelowItem     = "moq_below_item_size"
	ruleCustomMOQAbsurd  = "customization_moq_implausible"
	ruleMOQCategoryFloor = "moq_implausible_for_category"
)

// DetectListing appends a false_moq finding for l, if any.
func (d *FalseMOQ) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	moq := l.MOQ
	if !(moq > 0) {
		return out // no MOQ stated: nothing to contradict
	}
	t := d.p.forCategory(l.CategoryID)
	fm := &t.FalseMOQ
	var best struct {
		rule   string
		x      float64
		other  float64 // the quantity that contradicts the MOQ
		custom int
	}
	consider := func(rule string, other, threshold float64) bool {
		if x := other / threshold; x >= 1 && x > best.x {
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
	var catQ float64
	if st := marketStats(ref, l, t); st != nil && enough(st.MOQ(), t) {
		catQ = st.MOQ().Quantile(v(fm.CategoryQuantile))
		consider(ruleMOQCategoryFloor, catQ, moq*v(fm.CategoryFactor))
	}
	var mt moqText
	if l.Description != "" {
		window := v(fm.TextWindow)
		if window >= 1 {
			mt = scanMOQText(l.Description, listingUnit(l.Unit), int(window))
		}
		consider(ruleMOQText, mt.stated, moq*v(fm.TextRatio))
		consider(ruleMOQBelowItem, mt.pack, moq*v(fm.PackRatio))
	}
	if best.rule == "" {
		return out
	}
	return append(out, d.finding(l, t, best.rule, best.x, best.other, best.custom, catQ, mt))
}

func (d *FalseMOQ) finding(l *schemas.Listing, t *Thresholds, rule string, x, other float64, custom int, catQ float64, mt moqText) schemas.Finding {
	moq := l.MOQ
	ev := map[string]any{"moq": moq, "unit": l.Unit, "ratio": sig(other/moq, 4)}
	var en, zh string
	switch rule {
	case ruleMOQBelowTiers:
		ev["first_tier_min_qty"] = other
		ev["first_tier_price"] = l.PriceTiers[0].UnitPrice
		en = fmt.Sprintf("The stated MOQ is %s but the first price tier starts at %s (%s the MOQ), so nothing can be bought at the MOQ.",
			units(l, moq), units(l, other), times(other/moq))
		zh = fmt.Sprintf("标注的最小起订量为%s %s，但第一档阶梯价从%s %s起（为起订量的%s），按起订量无法下单。",
			qty(moq), l.Unit, qty(other), l.Unit, times(other/moq))
	case ruleMOQText:
		text := snippet(l.Description, mt.statedFrom, mt.statedTo)
		ev["stated_min_qty"] = other
		ev["matched_text"] = text
		en = fmt.Sprintf("The stated MOQ is %s but the description says the minimum is %s (%q).",
			units(l, moq), units(l, other), text)
		zh = fmt.Sprintf("标注的最小起订量为%s %s，但描述中写明最小起订量为%s %s（“%s”）。",
			qty(moq), l.Unit, qty(other), l.Unit, text)
	case ruleMOQBelowItem:
		text := snippet(l.Description, mt.packFrom, mt.packTo)
		ev["item_size"] = other
		ev["matched_text"] = text
		en = fmt.Sprintf("The stated MOQ is %s but the goods are sold in indivisible items of %s (%q).",
			units(l, moq), units(l, other), text)
		zh = fmt.Sprintf("标注的最小起订量为%s %s，但商品按每件%s %s的整件出售（“%s”），该起订量无法成立。",
			qty(moq), l.Unit, qty(other), l.Unit, text)
	case ruleCustomMOQAbsurd:
		c := l.Customization[custom]
		ev["customization_option"] = c.Option
		ev["customization_min_qty"] = other
		en = fmt.Sprintf("The customisation offer %q requires %s, %s the stated MOQ of %s: an implausible minimum order.",
			c.Option, units(l, other), times(other/moq), units(l, moq))
		zh = fmt.Sprintf("定制选项“%s”的起订量为%s %s，是标注起订量%s的%s，属于不合理的虚假起订量。",
			c.Option, qty(other), l.Unit, qty(moq), times(other/moq))
	case ruleMOQCategoryFloor:
		ev["category_moq_quantile"] = v(t.FalseMOQ.CategoryQuantile)
		ev["category_moq"] = sig(catQ, 4)
		en = fmt.Sprintf("The stated MOQ of %s is %s below the %s MOQ of %s in this category: implausible for the goods.",
			units(l, moq), times(catQ/moq), pct(v(t.FalseMOQ.CategoryQuantile))+"-quantile", qty(sig(catQ, 3)))
		zh = fmt.Sprintf("标注的最小起订量%s %s比该类目%s分位的起订量%s低%s，对该类商品不合理。",
			qty(moq), l.Unit, pct(v(t.FalseMOQ.CategoryQuantile)), qty(sig(catQ, 3)), times(catQ/moq))
	}
	return finding(schemas.FalseMOQ, rule, confidence(t, x), ev, en, zh)
}
