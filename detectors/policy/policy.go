// Package policy loads Haili's versioned policy file: every threshold, window and
// ladder step that decides a finding or an action. Numbers live in the file, not
// in code; the file's version (with a digest of its content) is recorded on every
// finding and action.
package policy

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/detectors/order"
)

//go:embed default.yaml
var defaultPolicy []byte

// DefaultYAML returns the bytes of the built-in policy file.
func DefaultYAML() []byte { return bytes.Clone(defaultPolicy) }

// Policy is a parsed, validated policy file.
type Policy struct {
	// Version is the file's declared version, e.g. "2026.11.1".
	Version string         `yaml:"version"`
	Listing listing.Config `yaml:"listing"`
	Order   order.Config   `yaml:"order"`
	Message message.Config `yaml:"message"`
	// Enforcement is the penalty ladder; a detection-only file may omit it.
	Enforcement ladder.Config `yaml:"enforcement"`
	// History is how long the event archive keeps each kind of event.
	History History `yaml:"history"`

	digest string
}

// ID is the version recorded on findings and actions: the declared version plus a
// digest of the file, so two files that share a version label but differ in
// content never pass for one another.
func (p *Policy) ID() string { return p.Version + "+" + p.digest }

// Validate checks the whole policy.
func (p *Policy) Validate() error {
	if p.Version == "" {
		return errors.New("policy: version is required")
	}
	if err := p.Listing.Validate(); err != nil {
		return fmt.Errorf("policy: listing: %w", err)
	}
	if err := p.Order.Validate(); err != nil {
		return fmt.Errorf("policy: order: %w", err)
	}
	if err := p.Message.Validate(); err != nil {
		return fmt.Errorf("policy: message: %w", err)
	}
	if err := p.Enforcement.Validate(); err != nil {
		return fmt.Errorf("policy: %w", err)
	}
	if err := p.History.Validate(); err != nil {
		return fmt.Errorf("policy: history: %w", err)
	}
	return nil
}

// History is the retention of the event archive (event_archive), per kind of
// event, in days; 0 keeps that kind for good. Message text is personal data
// between two parties, so the built-in policy keeps it only as long as
// reviews, appeals and backtests need it; listings are the catalogue that
// re-inspection judges again, so they are kept.
type History struct {
	ListingRetentionDays   int `yaml:"listing_retention_days"`
	MessageRetentionDays   int `yaml:"message_retention_days"`
	OrderRetentionDays     int `yaml:"order_retention_days"`
	ComplaintRetentionDays int `yaml:"complaint_retention_days"`
}

// Validate checks that no retention is negative.
func (h History) Validate() error {
	for _, r := range []struct {
		name string
		days int
	}{
		{"listing_retention_days", h.ListingRetentionDays},
		{"message_retention_days", h.MessageRetentionDays},
		{"order_retention_days", h.OrderRetentionDays},
		{"complaint_retention_days", h.ComplaintRetentionDays},
	} {
		if r.days < 0 {
			return fmt.Errorf("%s is %d; want 0 (keep) or more days", r.name, r.days)
		}
	}
	return nil
}

// RetentionDays returns the retention of one kind of archived event
// (listing, message, order, complaint) and whether the kind is known.
func (h History) RetentionDays(kind string) (int, bool) {
	switch kind {
	case "listing":
		return h.ListingRetentionDays, true
	case "message":
		return h.MessageRetentionDays, true
	case "order":
		return h.OrderRetentionDays, true
	case "complaint":
		return h.ComplaintRetentionDays, true
	}
	return 0, false
}

// Parse decodes and validates a policy file. Unknown keys are errors, so a typo
// cannot silently fall back to nothing.
func Parse(data []byte) (*Policy, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var p Policy
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	p.digest = hex.EncodeToString(sum[:4])
	return &p, nil
}

// Default returns the built-in policy.
func Default() *Policy {
	p, err := Parse(defaultPolicy)
	if err != nil {
		// The embedded file is covered by tests; failing here is a build defect.
		panic(err)
	}
	return p
}

// Load reads the policy file at path, or the built-in policy when path is empty.
func Load(path string) (*Policy, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return Parse(data)
}
