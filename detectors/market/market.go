// Package market keeps the market reference: per category and unit, robust
// statistics of unit prices, tier discounts, shipping per unit and SKU spreads,
// built from the listing stream in mergeable sketches.
package market

// Reference is a read-only snapshot of market statistics handed to detectors.
// A nil *Reference means no market data: detectors make no market judgment.
type Reference struct{}
