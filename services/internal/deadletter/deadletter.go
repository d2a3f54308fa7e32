// Package deadletter is the record written to deadletter.v1 for an input event
// that could not be processed: why, where it came from, and its exact bytes, so
// that nothing is silently dropped and `haili deadletter replay` can re-feed it.
package deadletter

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Stages at which an event can fail.
const (
	StageDecode = "decode"
	StageDetect = "detect"
	// StageProduce is an output (not an input) that could not be sent: its
	// record names the output topic, and replay leaves it alone.
	StageProduce = "produce"
)

// Record is one dead-lettered event.
type Record struct {
	Reason          string    `json:"reason"`
	Stage           string    `json:"stage"`
	SourceTopic     string    `json:"source_topic"`
	SourcePartition int       `json:"source_partition"`
	SourceOffset    int64     `json:"source_offset"`
	Key             []byte    `json:"key"` // base64 in JSON
	Raw             []byte    `json:"raw"` // the event's exact bytes, base64 in JSON
	FailedAt        time.Time `json:"failed_at"`
}

// Encode returns the record's JSON.
func (r *Record) Encode() ([]byte, error) { return json.Marshal(r) }

// Decode parses a record read from deadletter.v1.
func Decode(b []byte) (*Record, error) {
	var r Record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("deadletter record: %w", err)
	}
	if r.SourceTopic == "" {
		return nil, errors.New("deadletter record: source_topic is missing")
	}
	if r.Reason == "" {
		return nil, errors.New("deadletter record: reason is missing")
	}
	return &r, nil
}
