// Package schemas is Haili's wire contract in Go: the typed events that arrive on
// the input topics (listing.v1, message.v1, order.v1, complaint.v1), the finding
// and check records that detection produces, a strict decoder for outside input,
// the JSON Schema documents that describe the same contract to other teams, and the
// ClickHouse migrations that store the results.
//
// Field names follow ../shared/spec/events.md exactly; they are never renamed.
package schemas
