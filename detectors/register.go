package detectors

import (
	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/order"
	"github.com/haili/haili/detectors/policy"
)

// register is the one place where detectors are registered.
func register(e *Engine, p *policy.Policy) error {
	e.listings = []ListingDetector{
		listing.NewFakePriceTier(&p.Listing),
		listing.NewOffMarketPrice(&p.Listing),
		listing.NewInflatedShipping(&p.Listing),
		listing.NewAbusedSKU(&p.Listing),
		listing.NewFalseMOQ(&p.Listing),
	}
	e.orders = []OrderDetector{
		order.NewShippingOvercharge(&p.Order),
	}
	md, err := message.NewDetector(&p.Message)
	if err != nil {
		return err
	}
	e.messages = []MessageDetector{md}
	return nil
}

// Compile-time checks that the registered types satisfy their interfaces.
var (
	_ ListingDetector = (*listing.FakePriceTier)(nil)
	_ ListingDetector = (*listing.OffMarketPrice)(nil)
	_ ListingDetector = (*listing.InflatedShipping)(nil)
	_ ListingDetector = (*listing.AbusedSKU)(nil)
	_ ListingDetector = (*listing.FalseMOQ)(nil)
	_ OrderDetector   = (*order.ShippingOvercharge)(nil)
	_ MessageDetector = (*message.Detector)(nil)
)
