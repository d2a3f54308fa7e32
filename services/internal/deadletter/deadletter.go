// Package deadletter is the record written to deadletter.v1 for an input event
// that could not be processed: why, where it came from, and its exact bytes, so
// that nothing is silently dropped and `haili deadletter replay` can re-feed it.
package deadletter

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/schemas"
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

// Message is r as a message for deadletter.v1, keyed like its source.
func (r *Record) Message() kafka.Message {
	v, err := r.Encode()
	if err != nil {
		// Encoding a struct of strings and bytes cannot fail; keep the reason anyway.
		v = []byte(fmt.Sprintf(`{"reason":%q}`, r.Reason))
	}
	return kafka.Message{Topic: schemas.TopicDeadletter, Key: r.Key, Value: v}
}

// Of is the dead letter of consumed message m, which failed at stage.
func Of(m kafka.Message, stage string, cause error, at time.Time) kafka.Message {
	r := Record{
		Reason: cause.Error(), Stage: stage, SourceTopic: m.Topic, SourcePartition: m.Partition,
		SourceOffset: m.Offset, Key: m.Key, Raw: m.Value, FailedAt: at.UTC(),
	}
	return r.Message()
}

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
