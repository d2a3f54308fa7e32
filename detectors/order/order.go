// Package order holds Haili's order detectors: shipping_overcharge, the
// shipping actually charged on an order above the shipping the listing quoted
// (the seed briefing's "实际收取的运费比发布的产品运费高").
package order

import (
	"fmt"
	"math"
	"strconv"

	"github.com/haili/haili/schemas"
)

// Version is the detector version recorded on order findings.
const Version = "order/1.0.0"

// ShippingOvercharge finds an order charged more shipping than was quoted.
// Differences within the policy's tolerance are rounding, not overcharges.
type ShippingOvercharge struct {
	tolAbs, tolRel float64
	conf0, confMax float64
}

// NewShippingOvercharge returns the shipping_overcharge detector.
func NewShippingOvercharge(c *Config) *ShippingOvercharge {
	so := &c.ShippingOvercharge
	return &ShippingOvercharge{
		tolAbs: val(so.ToleranceAbs), tolRel: val(so.ToleranceRel),
		conf0: val(so.ConfidenceAtThreshold), confMax: val(so.ConfidenceMax),
	}
}

// Name is the violation code the detector reports.
func (*ShippingOvercharge) Name() string { return schemas.ShippingOvercharge }

// ruleChargedAboveQuote is the rule name on findings.
const ruleChargedAboveQuote = "charged_above_quote"

// DetectOrder appends a shipping_overcharge finding for o, if any.
func (d *ShippingOvercharge) DetectOrder(o *schemas.Order, out []schemas.Finding) []schemas.Finding {
	quoted, charged := o.QuotedShippingFee, o.ChargedShippingFee
	over := charged - quoted
	tol := max(d.tolAbs, d.tolRel*quoted)
	if !(over > tol) {
		return out
	}
	// Confidence grows with how many tolerances the overcharge spans.
	x := over / tol
	if !(tol > 0) {
		x = math.Inf(1)
	}
	conf := d.confMax - (d.confMax-d.conf0)/max(x, 1)
	conf = math.Round(conf*1000) / 1000
	ev := map[string]any{
		"order_id": o.OrderID, "listing_id": o.ListingID, "quantity": o.Quantity, "currency": o.Currency,
		"quoted_shipping_fee": quoted, "charged_shipping_fee": charged,
		"overcharge": math.Round(over*100) / 100, "tolerance": tol,
	}
	var en, zh string
	if quoted > 0 {
		ratio := charged / quoted
		ev["ratio"] = math.Round(ratio*10000) / 10000
		en = fmt.Sprintf("Order %s was charged %s %s shipping against a quoted %s, %s more (%s the quote).",
			o.OrderID, money(charged), o.Currency, money(quoted), money(over), times(ratio))
		zh = fmt.Sprintf("订单%s实际收取运费%s %s，高于发布的运费%s，多收%s（为报价的%s）。",
			o.OrderID, money(charged), o.Currency, money(quoted), money(over), times(ratio))
	} else {
		en = fmt.Sprintf("Order %s was charged %s %s shipping although the listing quoted free shipping.",
			o.OrderID, money(charged), o.Currency)
		zh = fmt.Sprintf("订单%s的商品发布为包邮，但实际收取运费%s %s。", o.OrderID, money(charged), o.Currency)
	}
	schemas.FiniteEvidence(ev)
	return append(out, schemas.Finding{
		Violation:       schemas.ShippingOvercharge,
		Rule:            ruleChargedAboveQuote,
		Confidence:      conf,
		Evidence:        ev,
		Explanation:     en,
		ExplanationZH:   zh,
		DetectorVersion: Version,
	})
}

func money(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func times(x float64) string {
	return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) + "x"
}
