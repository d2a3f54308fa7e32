package message

import (
	"errors"
	"fmt"
	"time"

	"github.com/haili/haili/schemas"
)

// Config holds the message detectors' settings (the policy file's "message" section).
type Config struct {
	// MaxTextBytes bounds the text scanned per message; a longer text is
	// scanned up to the limit and, unless the prefix already shows a violation,
	// reported as ErrTextTooLarge.
	MaxTextBytes int `yaml:"max_text_bytes"`
	// MatchTimeout bounds each backtracking (regexp2) match.
	MatchTimeout time.Duration `yaml:"match_timeout"`
	// MaxRegexMatches bounds the matches taken from one backtracking pattern
	// per message, so one message costs at most that many timeouts.
	MaxRegexMatches int `yaml:"max_regex_matches"`
	// AllowedOrderStages are the order stages in which a merchant may ask for
	// (or give) an e-mail, phone or fax for the order or its logistics.
	AllowedOrderStages []string `yaml:"allowed_order_stages"`
	// MinConfidence drops findings below it.
	MinConfidence float64 `yaml:"min_confidence"`
	// BuyerRequestTTL is how long a buyer's request for (or offer of) contact
	// off the platform makes the merchant's contact replies allowed.
	BuyerRequestTTL time.Duration `yaml:"buyer_request_ttl"`
	// TARequestTTL is how long after a buyer names Trade Assurance an outright
	// refusal that does not name it ("we don't accept it") still counts.
	TARequestTTL time.Duration `yaml:"ta_request_ttl"`
	// KeywordWindow is how many tokens a channel name may stand from the cue
	// or value it goes with.
	KeywordWindow int `yaml:"keyword_window"`
	// PhoneMinDigits and PhoneMaxDigits bound the digits of a phone number
	// (without country code for the minimum).
	PhoneMinDigits int `yaml:"phone_min_digits"`
	PhoneMaxDigits int `yaml:"phone_max_digits"`
	// MaxEvidenceSpans bounds the spans listed in one finding's evidence.
	MaxEvidenceSpans int `yaml:"max_evidence_spans"`
	// RevealContactValues shows phone numbers, addresses and handles in
	// evidence and explanations unmasked. Off (the zero value) masks them, so a
	// policy that forgets the key still protects the values.
	RevealContactValues bool `yaml:"reveal_contact_values"`
}

// Validate reports a missing or out-of-range setting. An omitted section (the
// zero Config) is valid here so that a policy may configure other detectors
// only; NewDetector then refuses it, naming the first missing setting.
func (c *Config) Validate() error {
	if c.isZero() {
		return nil
	}
	return c.validate()
}

func (c *Config) isZero() bool {
	return c.MaxTextBytes == 0 && c.MatchTimeout == 0 && c.MaxRegexMatches == 0 && len(c.AllowedOrderStages) == 0 &&
		c.MinConfidence == 0 && c.BuyerRequestTTL == 0 && c.TARequestTTL == 0 && c.KeywordWindow == 0 &&
		c.PhoneMinDigits == 0 && c.PhoneMaxDigits == 0 && c.MaxEvidenceSpans == 0 && !c.RevealContactValues
}

func (c *Config) validate() error {
	var errs []error
	check := func(ok bool, key, want string) {
		if !ok {
			errs = append(errs, fmt.Errorf("%s: %s", key, want))
		}
	}
	check(c.MaxTextBytes >= 256 && c.MaxTextBytes <= 4<<20, "max_text_bytes", "missing or outside 256..4194304")
	check(c.MatchTimeout >= time.Millisecond && c.MatchTimeout <= 10*time.Second, "match_timeout", "missing or outside 1ms..10s")
	check(c.MaxRegexMatches >= 1 && c.MaxRegexMatches <= 32, "max_regex_matches", "missing or outside 1..32")
	check(len(c.AllowedOrderStages) > 0, "allowed_order_stages", "missing")
	for _, s := range c.AllowedOrderStages {
		check(s == schemas.StageNone || s == schemas.StageOrdered || s == schemas.StageShipping,
			"allowed_order_stages", fmt.Sprintf("unknown stage %q", s))
	}
	check(c.MinConfidence > 0 && c.MinConfidence < 1, "min_confidence", "missing or outside (0, 1)")
	check(c.BuyerRequestTTL > 0, "buyer_request_ttl", "missing or not positive")
	check(c.TARequestTTL > 0, "ta_request_ttl", "missing or not positive")
	check(c.KeywordWindow >= 2 && c.KeywordWindow <= 32, "keyword_window", "missing or outside 2..32")
	check(c.PhoneMinDigits >= 5 && c.PhoneMinDigits <= 12, "phone_min_digits", "missing or outside 5..12")
	check(c.PhoneMaxDigits >= c.PhoneMinDigits && c.PhoneMaxDigits <= 17, "phone_max_digits",
		"missing, below phone_min_digits or above 17")
	check(c.MaxEvidenceSpans >= 1 && c.MaxEvidenceSpans <= 64, "max_evidence_spans", "missing or outside 1..64")
	return errors.Join(errs...)
}

func (c *Config) stageAllowed(stage string) bool {
	for _, s := range c.AllowedOrderStages {
		if s == stage {
			return true
		}
	}
	return false
}
