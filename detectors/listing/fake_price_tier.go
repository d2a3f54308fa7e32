package listing

import (
	"math"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// FakePriceTier finds a quantity tier or range end priced implausibly far
// below the listing's own other prices, or reachable only at an absurd
// quantity, to show a bait "from" price.
//
// Real volume discounts, even steep ones where printing plates or moulds are
// amortised, never make a larger order cheaper in total: the unit price of a
// setup-cost ladder falls at most in proportion to quantity. A tier whose
// whole order costs less than a smaller tier's order is therefore a bait
// whatever the category. Steep single steps are judged against the category's
// own steep steps, so printing and packaging ladders are not flagged.
type FakePriceTier struct{ p *params }

// NewFakePriceTier returns the fake_price_tier detector.
func NewFakePriceTier(c *Config) *FakePriceTier { return &FakePriceTier{p: newParams(c)} }

// Name is the violation code the detector reports.
func (*FakePriceTier) Name() string { return schemas.FakePriceTier }

// Rules of fake_price_tier.
const (
	ruleTierValueDrop  = "tier_order_value_drop"
	ruleTierDrop       = "tier_drop"
	ruleRangeEndBait   = "range_end_bait"
	ruleAbsurdTierQty  = "absurd_tier_quantity"
	ruleTierBelowLater = "tier_below_larger_tiers"
	ruleRangeOnlyBait  = "range_only_bait"
	ruleLateTierDrop   = "late_tier_drop"
)

type tierCandidate struct {
	rule      string
	x         float64
	tier      int // the bait tier
	ref       int // the tier it is compared with
	ratio     float64
	threshold float64
}

// DetectListing appends a fake_price_tier finding for l, if any.
func (d *FakePriceTier) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	t := d.p.forCategory(l.CategoryID)
	ft := &t.FakePriceTier
	tiers := l.PriceTiers
	var best tierCandidate
	consider := func(c tierCandidate) {
		if c.x >= 1 && c.x > best.x {
			best = c
		}
	}
	var st *market.Stats
	if len(tiers) > 1 || l.PriceRange != nil {
		st = marketStats(ref, l, t)
	}
	if len(tiers) > 1 {
		// The steepest single step a real ladder of this category takes,
		// from the market; NaN (no rule) without enough market evidence.
		catThr := math.NaN()
		if st != nil && enough(st.TierStep(), t) {
			catStep := math.Pow(st.TierStep().Quantile(v(ft.CategoryStepQuantile)), v(ft.CategoryStepPower))
			catThr = min(v(ft.MaxStepRatio), catStep)
		}
		valueThr, aloneThr := v(ft.ValueDropRatio), v(ft.StandaloneStepRatio)
		maxVal, maxIdx := 0.0, -1
		for i, tr := range tiers {
			val := tr.MinQty * tr.UnitPrice
			r := math.Inf(1) // this tier's order value over the largest before it
			if i > 0 && maxVal > 0 {
				r = val / maxVal
				consider(tierCandidate{rule: ruleTierValueDrop, x: valueThr / math.Max(r, 1e-12), tier: i, ref: maxIdx, ratio: r, threshold: valueThr})
			}
			if prev := priceAt(tiers, i-1); prev > 0 {
				step := tr.UnitPrice / prev
				consider(tierCandidate{rule: ruleTierDrop, x: catThr / math.Max(step, 1e-12), tier: i, ref: i - 1, ratio: step, threshold: catThr})
				// Without market evidence an extreme step counts when the
				// larger order also costs less in total: a setup-cost
				// ladder (50.00 for one print, 0.60 each for 1,000) keeps
				// growing in value however steep its first step.
				if r < 1 {
					consider(tierCandidate{rule: ruleTierDrop, x: aloneThr / math.Max(step, 1e-12), tier: i, ref: i - 1, ratio: step, threshold: aloneThr})
				}
			}
			if val > maxVal {
				maxVal, maxIdx = val, i
			}
		}
		// A first or middle tier far below the tiers for larger orders:
		// the reverse bait, a cheap "from" price at a small quantity.
		laterThr := v(ft.LaterTierRatio)
		for i := 0; i < len(tiers)-1; i++ {
			if later := medianLaterTiers(tiers, i); later > 0 && tiers[i].UnitPrice > 0 {
				r := tiers[i].UnitPrice / later
				consider(tierCandidate{rule: ruleTierBelowLater, x: laterThr / math.Max(r, 1e-12), tier: i, ref: len(tiers) - 1, ratio: r, threshold: later})
			}
		}
		if st != nil && enough(st.MaxTierQty(), t) && tiers[0].UnitPrice > 0 {
			qThr := st.MaxTierQty().Quantile(v(ft.AbsurdQtyQuantile)) * v(ft.AbsurdQtyFactor)
			for i := 1; i < len(tiers); i++ {
				if r := tiers[i].UnitPrice / tiers[0].UnitPrice; r <= v(ft.AbsurdQtyPriceRatio) {
					consider(tierCandidate{rule: ruleAbsurdTierQty, x: tiers[i].MinQty / qThr, tier: i, ref: 0, ratio: r, threshold: qThr})
				}
			}
		}
	}
	if best.rule == "" && len(tiers) > 2 {
		// A steep step after gentle ones ("3.20, 3.00, 2.80, then 0.75 from
		// 20,000"): amortised setup costs make each step gentler than the
		// last, never the reverse. Read when no sharper rule holds.
		lateThr, gentle := v(ft.LateStepRatio), v(ft.GentleStepRatio)
		for i := 1; i < len(tiers); i++ {
			prev := priceAt(tiers, i-1)
			if !(prev > 0) {
				break
			}
			step := tiers[i].UnitPrice / prev
			if i >= 2 && step < lateThr {
				consider(tierCandidate{rule: ruleLateTierDrop, x: lateThr / math.Max(step, 1e-12), tier: i, ref: i - 1, ratio: step, threshold: lateThr})
				break
			}
			if step < gentle {
				break
			}
		}
	}
	if pr := l.PriceRange; pr != nil && len(tiers) == 0 && len(l.SKUs) == 0 && pr.Min > 0 && pr.Max > pr.Min {
		// Only the range shows a price: its minimum is a bait when far
		// below its own maximum and below the category's low band.
		if r := pr.Min / pr.Max; r <= v(ft.RangeOnlySpread) {
			thr := v(ft.RangeOnlyStandalone) * pr.Max
			if st != nil && enough(st.Price(), t) {
				if lo := bandQuantile(st.Price(), leaveOutLowCluster(st.Price(), t), v(t.OffMarketPrice.LowQuantile)) / v(ft.RangeOnlyBandFactor); lo > 0 {
					thr = max(thr, lo)
				}
			}
			consider(tierCandidate{rule: ruleRangeOnlyBait, x: thr / pr.Min, ratio: r, threshold: thr})
		}
	}
	if pr := l.PriceRange; pr != nil {
		// The lowest price the listing really sells at.
		lowest := math.Inf(1)
		for _, tr := range tiers {
			if tr.UnitPrice > 0 {
				lowest = min(lowest, tr.UnitPrice)
			}
		}
		for _, s := range l.SKUs {
			if s.UnitPrice > 0 {
				lowest = min(lowest, s.UnitPrice)
			}
		}
		if !math.IsInf(lowest, 1) && lowest > 0 {
			r := pr.Min / lowest
			thr := v(ft.RangeEndRatio)
			consider(tierCandidate{rule: ruleRangeEndBait, x: thr / math.Max(r, 1e-12), ratio: r, threshold: lowest})
		}
	}
	if best.rule == "" {
		return out
	}
	return append(out, d.finding(l, t, best))
}

func (d *FakePriceTier) finding(l *schemas.Listing, t *Thresholds, c tierCandidate) schemas.Finding {
	conf := confidence(t, c.x)
	if c.rule == ruleRangeEndBait {
		pr := l.PriceRange
		ev := map[string]any{"range_min": pr.Min, "range_max": pr.Max, "lowest_real_price": c.threshold, "ratio": sig(c.ratio, 4)}
		return finding(schemas.FakePriceTier, c.rule, conf, ev,
			sprintf("The price range starts at %s, %s of the lowest price any tier or SKU is sold at (%s): a bait range end.",
				money(pr.Min), pct(c.ratio), money(c.threshold)),
			sprintf("价格区间起价为%s，仅为任一阶梯或SKU实际售价最低值%s的%s，属于虚假的区间起价。",
				money(pr.Min), money(c.threshold), pct(c.ratio)))
	}
	if c.rule == ruleRangeOnlyBait {
		pr := l.PriceRange
		ev := map[string]any{"range_min": pr.Min, "range_max": pr.Max, "ratio": sig(c.ratio, 4), "bait_threshold": sig(c.threshold, 4)}
		return finding(schemas.FakePriceTier, c.rule, conf, ev,
			sprintf("The listing shows only a price range, from %s to %s: its minimum is %s of its maximum and below %s, the lowest this category's market band allows, a bait \"from\" price.",
				money(pr.Min), money(pr.Max), pct(c.ratio), money(c.threshold)),
			sprintf("该商品仅标注价格区间%s至%s，最低价仅为最高价的%s，且低于该类目市场区间允许的最低价%s，属于虚假的引流起价。",
				money(pr.Min), money(pr.Max), pct(c.ratio), money(c.threshold)))
	}
	bait, cmp := l.PriceTiers[c.tier], l.PriceTiers[c.ref]
	others := medianOtherTiers(l.PriceTiers, c.tier)
	ev := map[string]any{
		"tier_min_qty": bait.MinQty, "tier_price": bait.UnitPrice,
		"compared_tier_min_qty": cmp.MinQty, "compared_tier_price": cmp.UnitPrice,
		"median_other_tiers": others, "ratio": sig(c.ratio, 4), "threshold": sig(c.threshold, 4),
	}
	if others > 0 {
		ev["ratio_to_median_other_tiers"] = sig(bait.UnitPrice/others, 4)
	}
	var en, zh string
	switch c.rule {
	case ruleTierValueDrop:
		en = sprintf("The %s+ tier at %s makes an order of %s cost %s in total, %s of the %s order at %s (%s): a bait price, not a volume discount.",
			units(l, bait.MinQty), money(bait.UnitPrice), units(l, bait.MinQty), money(bait.MinQty*bait.UnitPrice), pct(c.ratio),
			units(l, cmp.MinQty), money(cmp.UnitPrice), money(cmp.MinQty*cmp.UnitPrice))
		zh = sprintf("%s %s起的阶梯价为%s，%s %s的订单总价仅%s，是%s %s订单（单价%s，总价%s）的%s：这是诱饵价，而非批量折扣。",
			qty(bait.MinQty), str(l.Unit), money(bait.UnitPrice), qty(bait.MinQty), str(l.Unit), money(bait.MinQty*bait.UnitPrice),
			qty(cmp.MinQty), str(l.Unit), money(cmp.UnitPrice), money(cmp.MinQty*cmp.UnitPrice), pct(c.ratio))
	case ruleTierDrop:
		en = sprintf("The %s+ tier drops to %s, %s of the previous tier's %s (the other tiers' median is %s), far steeper than a real volume discount.",
			units(l, bait.MinQty), money(bait.UnitPrice), pct(c.ratio), money(cmp.UnitPrice), money(others))
		zh = sprintf("%s %s起的阶梯价骤降至%s，仅为上一档价格%s的%s（其他阶梯价中位数为%s），远超正常的批量折扣幅度。",
			qty(bait.MinQty), str(l.Unit), money(bait.UnitPrice), money(cmp.UnitPrice), pct(c.ratio), money(others))
	case ruleLateTierDrop:
		en = sprintf("The %s+ tier drops to %s, %s of the previous tier's %s, after steps that each kept at least %s of the price before: a volume discount grows gentler with quantity, so this sudden drop is a bait.",
			units(l, bait.MinQty), money(bait.UnitPrice), pct(c.ratio), money(cmp.UnitPrice), pct(v(t.FakePriceTier.GentleStepRatio)))
		zh = sprintf("%s %s起的阶梯价骤降至%s，仅为上一档价格%s的%s，而此前每一档降幅均保留原价的%s以上：批量折扣随数量增加应趋于平缓，此处骤降属于诱饵价。",
			qty(bait.MinQty), str(l.Unit), money(bait.UnitPrice), money(cmp.UnitPrice), pct(c.ratio), pct(v(t.FakePriceTier.GentleStepRatio)))
	case ruleTierBelowLater:
		en = sprintf("The %s+ tier at %s is %s of the median price %s of the tiers for larger orders (up to the %s+ tier at %s): prices do not rise with quantity, so this cheap small-order price is a bait.",
			units(l, bait.MinQty), money(bait.UnitPrice), pct(c.ratio), money(c.threshold), units(l, cmp.MinQty), money(cmp.UnitPrice))
		zh = sprintf("%s %s起的阶梯价%s仅为更大数量阶梯价中位数%s的%s（最高档%s %s起为%s）：价格不会随数量上升，此小批量低价为诱饵价。",
			qty(bait.MinQty), str(l.Unit), money(bait.UnitPrice), money(c.threshold), pct(c.ratio), qty(cmp.MinQty), str(l.Unit), money(cmp.UnitPrice))
	case ruleAbsurdTierQty:
		en = sprintf("The %s price (%s of the MOQ price) applies only from %s, %s the largest tier quantity usual in this category: a price nobody can buy at.",
			money(bait.UnitPrice), pct(c.ratio), units(l, bait.MinQty), times(bait.MinQty/c.threshold*v(t.FakePriceTier.AbsurdQtyFactor)))
		zh = sprintf("%s的价格（为起订价的%s）仅在%s %s以上适用，是该类目常见最大阶梯数量的%s：买家无法以此价格成交。",
			money(bait.UnitPrice), pct(c.ratio), qty(bait.MinQty), str(l.Unit), times(bait.MinQty/c.threshold*v(t.FakePriceTier.AbsurdQtyFactor)))
	}
	return finding(schemas.FakePriceTier, c.rule, conf, ev, en, zh)
}

// priceAt is the price of tier i, or 0 when there is none.
func priceAt(tiers []schemas.PriceTier, i int) float64 {
	if i < 0 || i >= len(tiers) {
		return 0
	}
	return tiers[i].UnitPrice
}

// medianLaterTiers is the median price of the tiers after i (0 if none).
func medianLaterTiers(tiers []schemas.PriceTier, i int) float64 {
	var buf [16]float64
	vals := buf[:0]
	for _, tr := range tiers[i+1:] {
		if len(vals) == len(buf) {
			break
		}
		vals = append(vals, tr.UnitPrice)
	}
	return market.Median(vals)
}

// medianOtherTiers is the median price of every tier but skip.
func medianOtherTiers(tiers []schemas.PriceTier, skip int) float64 {
	var buf [16]float64
	vals := buf[:0]
	for i, tr := range tiers {
		if i != skip {
			vals = append(vals, tr.UnitPrice)
		}
	}
	return market.Median(vals)
}
