package listing

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Config holds the listing detectors' thresholds (the policy file's "listing"
// section). Every number lives in the policy file; the code has no defaults.
type Config struct {
	// Defaults apply to every category; every threshold must be set here.
	Defaults Thresholds `yaml:"defaults"`
	// Categories override selected thresholds for one category_id. An
	// override sets only the numbers it names; the rest come from Defaults.
	Categories map[string]Thresholds `yaml:"categories"`
}

// Thresholds is one complete (defaults) or partial (per-category override)
// set of listing thresholds. Fields are pointers so that an override can set
// a single number. The limit tag is each value's valid interval.
type Thresholds struct {
	Market           MarketThresholds           `yaml:"market"`
	Confidence       ConfidenceThresholds       `yaml:"confidence"`
	FakePriceTier    FakePriceTierThresholds    `yaml:"fake_price_tier"`
	OffMarketPrice   OffMarketPriceThresholds   `yaml:"off_market_price"`
	InflatedShipping InflatedShippingThresholds `yaml:"inflated_shipping"`
	AbusedSKU        AbusedSKUThresholds        `yaml:"abused_sku"`
	FalseMOQ         FalseMOQThresholds         `yaml:"false_moq"`
}

// MarketThresholds gate every judgment against the market reference.
type MarketThresholds struct {
	// MinSamples is how many listings of the category and unit the market
	// reference must have seen before any market judgment; below it the
	// market-based rules stay silent.
	MinSamples *float64 `yaml:"min_samples" limit:"[1,1e9]"`
}

// ConfidenceThresholds calibrate confidence: a rule that just crosses its
// threshold reports AtThreshold, and confidence rises towards Max as the
// evidence exceeds the threshold by larger factors.
type ConfidenceThresholds struct {
	AtThreshold *float64 `yaml:"at_threshold" limit:"(0,1]"`
	Max         *float64 `yaml:"max" limit:"(0,1]"`
}

// FakePriceTierThresholds configure fake_price_tier.
type FakePriceTierThresholds struct {
	// ValueDropRatio: a tier whose whole order value (min_qty x price) is
	// below this share of a smaller tier's is a bait: buying more costs less
	// in total, which no setup-cost discount produces.
	ValueDropRatio *float64 `yaml:"value_drop_ratio" limit:"(0,1]"`
	// MaxStepRatio: a step (tier price / previous tier price) must be below
	// this to count as a drop at all.
	MaxStepRatio *float64 `yaml:"max_step_ratio" limit:"(0,1]"`
	// CategoryStepQuantile and CategoryStepPower: with a market reference, a
	// step is a drop when it is also below the category's
	// CategoryStepQuantile step raised to CategoryStepPower (in log terms,
	// that many times steeper than a steep real step of the category).
	CategoryStepQuantile *float64 `yaml:"category_step_quantile" limit:"[0,1]"`
	CategoryStepPower    *float64 `yaml:"category_step_power" limit:"[1,100]"`
	// StandaloneStepRatio: without market evidence, a step below this is a
	// drop when the larger order also costs less in total than the largest
	// smaller order (however little less).
	StandaloneStepRatio *float64 `yaml:"standalone_step_ratio" limit:"(0,1]"`
	// RangeEndRatio: a price_range minimum below this share of the lowest
	// real tier or SKU price is a bait range end.
	RangeEndRatio *float64 `yaml:"range_end_ratio" limit:"(0,1]"`
	// AbsurdQtyQuantile and AbsurdQtyFactor: a tier at more than
	// AbsurdQtyFactor times the category's AbsurdQtyQuantile largest tier
	// quantity, priced at most AbsurdQtyPriceRatio of the first tier, shows a
	// price nobody can buy at.
	AbsurdQtyQuantile   *float64 `yaml:"absurd_qty_quantile" limit:"[0,1]"`
	AbsurdQtyFactor     *float64 `yaml:"absurd_qty_factor" limit:"[1,1e12]"`
	AbsurdQtyPriceRatio *float64 `yaml:"absurd_qty_price_ratio" limit:"(0,1]"`
	// LaterTierRatio: a tier priced below this share of the median of the
	// tiers for larger quantities (a cheap first or middle tier) is a bait:
	// prices never rise that steeply with quantity.
	LaterTierRatio *float64 `yaml:"later_tier_ratio" limit:"(0,1]"`
	// LateStepRatio and GentleStepRatio: a step below LateStepRatio after
	// steps all at or above GentleStepRatio is a bait tier. A real ladder's
	// steps grow gentler with quantity (its setup costs spread thinner), so
	// a steep drop at the end of a gentle ladder is none.
	LateStepRatio   *float64 `yaml:"late_step_ratio" limit:"(0,1]"`
	GentleStepRatio *float64 `yaml:"gentle_step_ratio" limit:"(0,1]"`
	// A price_range with neither tiers nor SKUs whose minimum is below
	// RangeOnlySpread of its maximum is a bait when the minimum is also
	// RangeOnlyBandFactor times below the category's low band (the
	// off_market_price low quantile), or, without a market, below
	// RangeOnlyStandalone of the maximum.
	RangeOnlySpread     *float64 `yaml:"range_only_spread" limit:"(0,1]"`
	RangeOnlyBandFactor *float64 `yaml:"range_only_band_factor" limit:"[1,1e6]"`
	RangeOnlyStandalone *float64 `yaml:"range_only_standalone_ratio" limit:"(0,1]"`
}

// OffMarketPriceThresholds configure off_market_price. The market range is
// the category's LowQuantile to HighQuantile prices; a price more than
// FenceFactor times beyond either end is off the market. Inner quantiles
// (not the extremes) keep the range from stretching to the very outliers it
// should catch, and the factor leaves room for real premium and closeout
// prices.
type OffMarketPriceThresholds struct {
	LowQuantile  *float64 `yaml:"low_quantile" limit:"[0,0.5]"`
	HighQuantile *float64 `yaml:"high_quantile" limit:"[0.5,1]"`
	FenceFactor  *float64 `yaml:"fence_factor" limit:"[1,1e6]"`
	// LowClusterMaxShare: a separate cluster of prices far below the rest
	// (a gap of market.ClusterGap) holding at most this share of the
	// category is left out of the band; 0 keeps every price in.
	LowClusterMaxShare *float64 `yaml:"low_cluster_max_share" limit:"[0,0.5]"`
}

// InflatedShippingThresholds configure inflated_shipping.
type InflatedShippingThresholds struct {
	// NormQuantile is the quantile of fees quoted for similar quantities in
	// the category that stands for "normal".
	NormQuantile *float64 `yaml:"norm_quantile" limit:"[0,1]"`
	// MinNodeQuotes is how many quotes a half-decade of quantity needs
	// before it counts towards the norm.
	MinNodeQuotes *float64 `yaml:"min_node_quotes" limit:"[1,1e9]"`
	// NormRatio: a fee at least this many times the norm is inflated ...
	NormRatio *float64 `yaml:"norm_ratio" limit:"(1,1e9]"`
	// MinFeeToGoods: ... provided the fee is at least this share of the goods
	// value (a low product price paired with high shipping).
	MinFeeToGoods *float64 `yaml:"min_fee_to_goods" limit:"[0,1e9]"`
	// MaxPriceQuantile: ... and the product's unit price is below this
	// quantile of the category's prices, where the market has enough of
	// them (the bait is a low price, its cost moved into freight), unless
	// the fee exceeds the goods' value.
	MaxPriceQuantile *float64 `yaml:"max_price_quantile" limit:"[0,1]"`
	// AbsurdFeeToGoods and AbsurdMinFee: without market evidence, a fee of at
	// least AbsurdMinFee and AbsurdFeeToGoods times the goods value is
	// inflated (the seed's 22.9 million on a 5,800 order).
	AbsurdFeeToGoods *float64 `yaml:"absurd_fee_to_goods" limit:"(1,1e12]"`
	AbsurdMinFee     *float64 `yaml:"absurd_min_fee" limit:"[0,1e12]"`
}

// AbusedSKUThresholds configure abused_sku.
type AbusedSKUThresholds struct {
	// SplitRatio: a gap of at least this factor between neighbouring SKU
	// prices splits the SKUs into two groups, one of which is the real
	// variants.
	SplitRatio *float64 `yaml:"split_ratio" limit:"(1,1e6]"`
	// Deviation: a SKU this many times above or below the real variants'
	// median is abused.
	Deviation *float64 `yaml:"deviation" limit:"(1,1e9]"`
	// DecoyDeviation: the same for a SKU whose name says it is something
	// else (a card, bag, film, "price difference" or "shipping fee" link).
	DecoyDeviation *float64 `yaml:"decoy_deviation" limit:"(1,1e9]"`
	// SpreadQuantile and SpreadSlack: with a market reference, the deviation
	// needed is at least SpreadSlack times the category's SpreadQuantile SKU
	// spread, so categories with real size-driven spreads are not flagged.
	SpreadQuantile *float64 `yaml:"spread_quantile" limit:"[0,1]"`
	SpreadSlack    *float64 `yaml:"spread_slack" limit:"[0,1e6]"`
}

// FalseMOQThresholds configure false_moq. Each ratio compares a quantity that
// contradicts the stated MOQ with the MOQ.
type FalseMOQThresholds struct {
	// TierRatio: the first tier starts at this many times the MOQ or more.
	TierRatio *float64 `yaml:"tier_ratio" limit:"(1,1e12]"`
	// TextRatio: the description states a minimum this many times the MOQ.
	TextRatio *float64 `yaml:"text_ratio" limit:"(1,1e12]"`
	// TextWindow is how many bytes after an MOQ phrase are searched for
	// its quantity (within the same clause).
	TextWindow *float64 `yaml:"text_window" limit:"[8,4096]"`
	// PackRatio: the description's indivisible unit (e.g. "550 W per
	// piece") is this many times the MOQ.
	PackRatio *float64 `yaml:"pack_ratio" limit:"(1,1e12]"`
	// CustomRatio: a customisation offer's minimum is this many times the
	// MOQ (the seed's 10,000,000 g logo MOQ on a 100 g listing).
	CustomRatio *float64 `yaml:"custom_ratio" limit:"(1,1e15]"`
	// CustomOnlyRatio: the title says the product is made customised and
	// every customisation offer's minimum is this many times the MOQ.
	CustomOnlyRatio *float64 `yaml:"custom_only_ratio" limit:"(1,1e15]"`
	// ValueRatio: a minimum order value stated in the description buys, at
	// the MOQ price, this many times the MOQ.
	ValueRatio *float64 `yaml:"value_ratio" limit:"(1,1e12]"`
	// PackPriceSlack: a variant that is a pack of n, priced below n /
	// PackPriceSlack first-tier pieces, is priced as one piece: the listing's
	// piece is the pack, and its MOQ is not contradicted.
	PackPriceSlack *float64 `yaml:"pack_price_slack" limit:"[1,1e6]"`
}

// Validate reports a missing or out-of-range threshold: every default must be
// set and in range; overrides must be in range. A section left out entirely
// (no value at all) is valid and disables the listing detectors: its rules
// have no thresholds and stay silent. A partly written section is an error.
func (c *Config) Validate() error {
	if c.empty() {
		return nil
	}
	var errs []string
	walkThresholds(&c.Defaults, "defaults", func(path string, p *float64, lim interval) {
		switch {
		case p == nil:
			errs = append(errs, path+" is missing")
		case !lim.contains(*p):
			errs = append(errs, fmt.Sprintf("%s = %v is outside %s", path, *p, lim))
		}
	})
	cats := make([]string, 0, len(c.Categories))
	for id := range c.Categories {
		cats = append(cats, id)
	}
	sort.Strings(cats)
	for _, id := range cats {
		if strings.TrimSpace(id) == "" {
			errs = append(errs, "categories has an empty category id")
			continue
		}
		t := c.Categories[id]
		walkThresholds(&t, "categories."+id, func(path string, p *float64, lim interval) {
			if p != nil && !lim.contains(*p) {
				errs = append(errs, fmt.Sprintf("%s = %v is outside %s", path, *p, lim))
			}
		})
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// empty reports a section with no value at all.
func (c *Config) empty() bool {
	if len(c.Categories) > 0 {
		return false
	}
	set := false
	walkThresholds(&c.Defaults, "", func(_ string, p *float64, _ interval) { set = set || p != nil })
	return !set
}

// params are the resolved thresholds per category. Missing values (an
// unvalidated Config) resolve to NaN, which fails every comparison, so a rule
// without its threshold stays silent instead of panicking.
type params struct {
	def  *Thresholds
	cats map[string]*Thresholds
}

func newParams(c *Config) *params {
	p := &params{def: resolve(&c.Defaults, nil), cats: map[string]*Thresholds{}}
	for id, t := range c.Categories {
		p.cats[id] = resolve(&t, p.def)
	}
	return p
}

func (p *params) forCategory(id string) *Thresholds {
	if t, ok := p.cats[id]; ok {
		return t
	}
	return p.def
}

// resolve returns a complete copy of t, taking unset values from base (or NaN).
func resolve(t, base *Thresholds) *Thresholds {
	out := new(Thresholds)
	var fromBase []*float64
	if base != nil {
		walkThresholds(base, "", func(_ string, p *float64, _ interval) { fromBase = append(fromBase, p) })
	}
	var fromT []*float64
	walkThresholds(t, "", func(_ string, p *float64, _ interval) { fromT = append(fromT, p) })
	i := 0
	walkFields(reflect.ValueOf(out).Elem(), func(f reflect.Value) {
		v := math.NaN()
		switch {
		case fromT[i] != nil:
			v = *fromT[i]
		case base != nil && fromBase[i] != nil:
			v = *fromBase[i]
		}
		f.Set(reflect.ValueOf(&v))
		i++
	})
	return out
}

// walkThresholds calls fn for every threshold of t with its YAML path and
// valid interval, in declaration order.
func walkThresholds(t *Thresholds, prefix string, fn func(path string, p *float64, lim interval)) {
	walkPath(reflect.ValueOf(t).Elem(), prefix, fn)
}

var floatPtr = reflect.TypeOf((*float64)(nil))

func walkPath(v reflect.Value, prefix string, fn func(string, *float64, interval)) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name := strings.Split(f.Tag.Get("yaml"), ",")[0]
		path := name
		if prefix != "" {
			path = prefix + "." + name
		}
		switch {
		case f.Type.Kind() == reflect.Struct:
			walkPath(v.Field(i), path, fn)
		case f.Type == floatPtr:
			lim := mustInterval(f.Tag.Get("limit"))
			p, _ := v.Field(i).Interface().(*float64)
			fn(path, p, lim)
		}
	}
}

func walkFields(v reflect.Value, fn func(reflect.Value)) {
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Struct:
			walkFields(f, fn)
		case f.Type() == floatPtr:
			fn(f)
		}
	}
}

// interval is a closed, open or half-open range of valid values.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
	fm             string
}

func (in interval) contains(v float64) bool {
	if math.IsNaN(v) {
		return false
	}
	if v < in.lo || (in.loOpen && v == in.lo) {
		return false
	}
	return v < in.hi || (!in.hiOpen && v == in.hi)
}

func (in interval) String() string { return in.fm }

// mustInterval parses a limit tag such as "(0,1]". Tags are constants of this
// package, covered by tests, so a malformed one is a programming error.
func mustInterval(tag string) interval {
	if len(tag) < 5 {
		panic("listing: bad limit tag " + strconv.Quote(tag))
	}
	lo, hi, ok := strings.Cut(tag[1:len(tag)-1], ",")
	if !ok {
		panic("listing: bad limit tag " + strconv.Quote(tag))
	}
	in := interval{loOpen: tag[0] == '(', hiOpen: tag[len(tag)-1] == ')', fm: tag}
	var err1, err2 error
	in.lo, err1 = strconv.ParseFloat(lo, 64)
	in.hi, err2 = strconv.ParseFloat(hi, 64)
	if err1 != nil || err2 != nil {
		panic("listing: bad limit tag " + strconv.Quote(tag))
	}
	return in
}

// v reads a resolved threshold (NaN when unset).
func v(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}
