package ladder

import (
	"errors"
	"fmt"
	"strings"
)

// Config is the enforcement section of the policy file: every step, point,
// window, deadline and bar of the penalty ladder (spec/penalties.md). Counts of
// zero disable the rule they belong to, so a governance team can switch a rung
// off without removing it.
type Config struct {
	FalseInfo      FalseInfoConfig    `yaml:"false_product_info"`
	Offplatform    StepLadder         `yaml:"offplatform_contact"`
	TradeAssurance StepLadder         `yaml:"trade_assurance_refusal"`
	EarlyWarning   EarlyWarningConfig `yaml:"early_warning"`
	MonthlyList    MonthlyListConfig  `yaml:"monthly_list"`
	Notices        NoticeConfig       `yaml:"notices"`
}

// FalseInfoConfig is family 1, false product information, decided per product
// and accumulated per store.
type FalseInfoConfig struct {
	// WindowDays is the counting window for repeats and accumulation.
	WindowDays int `yaml:"window_days"`
	// DeadlineDays is the rectification period of a pending product.
	DeadlineDays int `yaml:"deadline_days"`
	// DelistConfidence: a finding at or above it is confirmed and delisted at once.
	DelistConfidence float64 `yaml:"delist_confidence"`
	// RepeatDelistAt: the product's Nth case in the window is delisted at once.
	RepeatDelistAt int `yaml:"repeat_delist_at"`
	// RepeatDeleteAt: the product's Nth case in the window deletes the product.
	RepeatDeleteAt int               `yaml:"repeat_delete_at"`
	Store          StoreThresholdSet `yaml:"store"`
}

// StoreThresholdSet are the per-store bars, in products confirmed (delisted
// or deleted) within the window.
type StoreThresholdSet struct {
	DemoteStoreAt    int `yaml:"demote_store_at"`
	DeleteProductsAt int `yaml:"delete_products_at"`
	BlockStoreAt     int `yaml:"block_store_at"`
	// BlockStorePoints are deducted with a block (negative).
	BlockStorePoints     int `yaml:"block_store_points"`
	ReferAccountReviewAt int `yaml:"refer_account_review_at"`
}

// StepLadder is a per-merchant ladder counted in instances (families 2 and 3).
type StepLadder struct {
	WindowDays int `yaml:"window_days"`
	// Steps[n-1] is the action of the nth instance in the window; the last step
	// repeats for every later instance.
	Steps []Step `yaml:"steps"`
	// Escalations are store-level actions taken once per window when the
	// instance count reaches At.
	Escalations []Escalation `yaml:"escalations"`
}

// Step is one rung of a StepLadder.
type Step struct {
	Code string `yaml:"code"`
	// Points deducted (negative) for deduct_points.
	Points int `yaml:"points"`
	// Days of a suspend_trade_assurance.
	Days int `yaml:"days"`
}

// Escalation is a store-level action at an instance count.
type Escalation struct {
	At   int    `yaml:"at"`
	Code string `yaml:"code"`
}

// EarlyWarningConfig decides self-check reminders for merchants at risk.
type EarlyWarningConfig struct {
	// MinRisk is the bar in open pending products plus standing family 2 and 3
	// instances in their windows.
	MinRisk int `yaml:"min_risk"`
	// PeriodDays: at most one early warning per merchant per period.
	PeriodDays int `yaml:"period_days"`
}

// MonthlyListConfig is the bar of the monthly list of serious violators and
// how names are masked on it.
type MonthlyListConfig struct {
	FalseInfoProducts       int        `yaml:"false_product_info_products"`
	OffplatformInstances    int        `yaml:"offplatform_contact_instances"`
	TradeAssuranceInstances int        `yaml:"trade_assurance_refusal_instances"`
	Mask                    MaskConfig `yaml:"mask"`
}

// MaskConfig says how much of a merchant's account and company name the
// published list shows. The hidden part is always printed as four stars, so
// the list does not reveal the length of what it hides.
type MaskConfig struct {
	// AccountKeep runes of the account are shown, then AccountHidden are hidden,
	// then the rest is shown.
	AccountKeep   int `yaml:"account_keep"`
	AccountHidden int `yaml:"account_hidden"`
	// CompanyKeep runes of the company are shown, one more when that rune ends
	// a region name (深圳市), then CompanyHidden are hidden, then the rest.
	CompanyKeep           int      `yaml:"company_keep"`
	CompanyRegionSuffixes []string `yaml:"company_region_suffixes"`
	CompanyHidden         int      `yaml:"company_hidden"`
}

// NoticeConfig is about notices to merchants.
type NoticeConfig struct {
	// FixDays is the deadline of a notice without its own (a warning, a
	// deduction, a listing on the monthly list).
	FixDays int `yaml:"fix_days"`
}

// IsZero reports whether the section is absent from the policy file.
func (c *Config) IsZero() bool {
	return c.FalseInfo == (FalseInfoConfig{}) && c.Offplatform.isZero() && c.TradeAssurance.isZero() &&
		c.EarlyWarning == (EarlyWarningConfig{}) && c.MonthlyList.isZero() && c.Notices == (NoticeConfig{})
}

func (l *StepLadder) isZero() bool {
	return l.WindowDays == 0 && len(l.Steps) == 0 && len(l.Escalations) == 0
}

func (m *MonthlyListConfig) isZero() bool {
	return m.FalseInfoProducts == 0 && m.OffplatformInstances == 0 && m.TradeAssuranceInstances == 0 &&
		m.Mask.AccountKeep == 0 && m.Mask.AccountHidden == 0 && m.Mask.CompanyKeep == 0 &&
		m.Mask.CompanyHidden == 0 && len(m.Mask.CompanyRegionSuffixes) == 0
}

// Validate checks the section. An absent section is valid here (a detection
// -only policy file); NewBook refuses it.
func (c *Config) Validate() error {
	if c.IsZero() {
		return nil
	}
	var errs []string
	add := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	positive := func(name string, v int) {
		if v < 1 {
			add("%s must be at least 1, got %d", name, v)
		}
	}
	notNegative := func(name string, v int) {
		if v < 0 {
			add("%s must not be negative, got %d", name, v)
		}
	}

	f := &c.FalseInfo
	positive("false_product_info.window_days", f.WindowDays)
	positive("false_product_info.deadline_days", f.DeadlineDays)
	if !(f.DelistConfidence > 0 && f.DelistConfidence <= 1) {
		add("false_product_info.delist_confidence must be in (0, 1], got %v", f.DelistConfidence)
	}
	notNegative("false_product_info.repeat_delist_at", f.RepeatDelistAt)
	notNegative("false_product_info.repeat_delete_at", f.RepeatDeleteAt)
	s := &f.Store
	notNegative("false_product_info.store.demote_store_at", s.DemoteStoreAt)
	notNegative("false_product_info.store.delete_products_at", s.DeleteProductsAt)
	notNegative("false_product_info.store.block_store_at", s.BlockStoreAt)
	notNegative("false_product_info.store.refer_account_review_at", s.ReferAccountReviewAt)
	if s.BlockStorePoints > 0 {
		add("false_product_info.store.block_store_points are deducted and must not be positive, got %d", s.BlockStorePoints)
	}

	c.Offplatform.validate("offplatform_contact", add)
	c.TradeAssurance.validate("trade_assurance_refusal", add)

	notNegative("early_warning.min_risk", c.EarlyWarning.MinRisk)
	positive("early_warning.period_days", c.EarlyWarning.PeriodDays)

	ml := &c.MonthlyList
	notNegative("monthly_list.false_product_info_products", ml.FalseInfoProducts)
	notNegative("monthly_list.offplatform_contact_instances", ml.OffplatformInstances)
	notNegative("monthly_list.trade_assurance_refusal_instances", ml.TradeAssuranceInstances)
	positive("monthly_list.mask.account_keep", ml.Mask.AccountKeep)
	positive("monthly_list.mask.account_hidden", ml.Mask.AccountHidden)
	positive("monthly_list.mask.company_keep", ml.Mask.CompanyKeep)
	positive("monthly_list.mask.company_hidden", ml.Mask.CompanyHidden)
	for _, s := range ml.Mask.CompanyRegionSuffixes {
		if len([]rune(s)) != 1 {
			add("monthly_list.mask.company_region_suffixes: %q is not one character", s)
		}
	}

	positive("notices.fix_days", c.Notices.FixDays)
	if len(errs) > 0 {
		return errors.New("enforcement: " + strings.Join(errs, "; "))
	}
	return nil
}

// stepCodes are the codes a ladder step may take; escalationCodes those of a
// store-level escalation.
var (
	stepCodes       = map[string]bool{Warning: true, DeductPoints: true, SuspendTradeAssurance: true}
	escalationCodes = map[string]bool{DemoteStore: true, BlockStore: true, ReferAccountReview: true}
)

func (l *StepLadder) validate(name string, add func(string, ...any)) {
	if l.WindowDays < 1 {
		add("%s.window_days must be at least 1, got %d", name, l.WindowDays)
	}
	if len(l.Steps) == 0 {
		add("%s.steps must not be empty", name)
	}
	for i, s := range l.Steps {
		path := fmt.Sprintf("%s.steps[%d]", name, i)
		switch {
		case !stepCodes[s.Code]:
			add("%s.code %q is not one of warning, deduct_points, suspend_trade_assurance", path, s.Code)
		case s.Code == DeductPoints && s.Points >= 0:
			add("%s: deduct_points needs negative points, got %d", path, s.Points)
		case s.Code != DeductPoints && s.Points != 0:
			add("%s: points belong to deduct_points only", path)
		case s.Code == SuspendTradeAssurance && s.Days < 1:
			add("%s: suspend_trade_assurance needs days of at least 1, got %d", path, s.Days)
		case s.Code != SuspendTradeAssurance && s.Days != 0:
			add("%s: days belong to suspend_trade_assurance only", path)
		}
	}
	seen := map[string]bool{}
	for i, e := range l.Escalations {
		path := fmt.Sprintf("%s.escalations[%d]", name, i)
		if !escalationCodes[e.Code] {
			add("%s.code %q is not one of demote_store, block_store, refer_account_review", path, e.Code)
		}
		if e.At < 1 {
			add("%s.at must be at least 1, got %d", path, e.At)
		}
		if seen[e.Code] {
			add("%s: %s is escalated to twice", path, e.Code)
		}
		seen[e.Code] = true
	}
}
