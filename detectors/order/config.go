package order

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Config holds the order detectors' thresholds (the policy file's "order"
// section). Every number lives in the policy file; the code has no defaults.
type Config struct {
	ShippingOvercharge ShippingOverchargeConfig `yaml:"shipping_overcharge"`
}

// ShippingOverchargeConfig configures shipping_overcharge. A charge above the
// quote by no more than max(ToleranceAbs, ToleranceRel x quote) is rounding
// (currency conversion, cents), not an overcharge.
type ShippingOverchargeConfig struct {
	// ToleranceAbs is the absolute tolerance, in the order's currency.
	ToleranceAbs *float64 `yaml:"tolerance_abs"`
	// ToleranceRel is the tolerance as a share of the quoted fee.
	ToleranceRel *float64 `yaml:"tolerance_rel"`
	// ConfidenceAtThreshold is the confidence of an overcharge just past the
	// tolerance; confidence rises towards ConfidenceMax as the overcharge
	// grows to many times the tolerance.
	ConfidenceAtThreshold *float64 `yaml:"confidence_at_threshold"`
	ConfidenceMax         *float64 `yaml:"confidence_max"`
}

// Validate reports a missing or out-of-range threshold. A section left out
// entirely is valid and disables the order detectors (their rules have no
// thresholds and stay silent); a partly written one is an error.
func (c *Config) Validate() error {
	so := &c.ShippingOvercharge
	if so.ToleranceAbs == nil && so.ToleranceRel == nil && so.ConfidenceAtThreshold == nil && so.ConfidenceMax == nil {
		return nil
	}
	var errs []string
	check := func(name string, p *float64, lo, hi float64, loOpen bool) {
		path := "shipping_overcharge." + name
		switch {
		case p == nil:
			errs = append(errs, path+" is missing")
		case math.IsNaN(*p) || *p < lo || (loOpen && *p == lo) || *p > hi:
			open := "["
			if loOpen {
				open = "("
			}
			errs = append(errs, fmt.Sprintf("%s = %v is outside %s%v,%v]", path, *p, open, lo, hi))
		}
	}
	check("tolerance_abs", so.ToleranceAbs, 0, 1e9, false)
	check("tolerance_rel", so.ToleranceRel, 0, 1, false)
	check("confidence_at_threshold", so.ConfidenceAtThreshold, 0, 1, true)
	check("confidence_max", so.ConfidenceMax, 0, 1, true)
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// val reads a threshold; a missing one (an unvalidated Config) is NaN, which
// fails every comparison, so the rule stays silent rather than panicking.
func val(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}
