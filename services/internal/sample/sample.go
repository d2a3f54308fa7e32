// Package sample embeds the sample data set that `haili dev` replays: listings,
// orders, complaints and buyer–seller messages written against the wire
// contract, a copy of the labelled evaluation corpus's events.
package sample

import _ "embed"

//go:embed events.jsonl
var events []byte

// Events returns the sample events as JSON lines.
func Events() []byte { return events }
