// Package detectors is Haili's one decision path from a typed event to findings:
// the Engine runs every registered detector on an event and turns their results
// into findings with deterministic ids, evidence, and the detector and policy
// versions that produced them. It is pure: no Kafka, ClickHouse, logging, clock or
// network. Callers stamp detected_at and move results where they belong.
package detectors
