package order

// TEMPORARY scaffolding so the workspace compiles; the order detector replaces it.

import "github.com/haili/haili/schemas"

type ShippingOvercharge struct{}

func NewShippingOvercharge(c *Config) *ShippingOvercharge { return &ShippingOvercharge{} }
func (*ShippingOvercharge) Name() string                  { return "shipping_overcharge" }
func (*ShippingOvercharge) DetectOrder(o *schemas.Order, out []schemas.Finding) []schemas.Finding {
	return out
}
