package listing

// TEMPORARY scaffolding so the workspace compiles; the listing detectors replace it.

import (
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

const Version = "listing/0.0.0"

type stub struct{ name string }

func (s *stub) Name() string { return s.name }
func (s *stub) DetectListing(l *schemas.Listing, ref *market.Reference, out []schemas.Finding) []schemas.Finding {
	return out
}

type FakePriceTier struct{ stub }
type OffMarketPrice struct{ stub }
type InflatedShipping struct{ stub }
type AbusedSKU struct{ stub }
type FalseMOQ struct{ stub }

func NewFakePriceTier(c *Config) *FakePriceTier   { return &FakePriceTier{stub{"fake_price_tier"}} }
func NewOffMarketPrice(c *Config) *OffMarketPrice { return &OffMarketPrice{stub{"off_market_price"}} }
func NewInflatedShipping(c *Config) *InflatedShipping {
	return &InflatedShipping{stub{"inflated_shipping"}}
}
func NewAbusedSKU(c *Config) *AbusedSKU { return &AbusedSKU{stub{"abused_sku"}} }
func NewFalseMOQ(c *Config) *FalseMOQ   { return &FalseMOQ{stub{"false_moq"}} }
