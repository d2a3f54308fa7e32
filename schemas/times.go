package schemas

import "time"

// Stamp is t as every record of the contract carries a time it was made at
// (detected_at, checked_at, decided_at, …): UTC, whole seconds. Storage keeps
// DateTime to the second, so a time stamped finer would read back different
// from what was sent on the topics, and decisions dated by it could reorder.
// Every stamping goes through Stamp.
func Stamp(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }
