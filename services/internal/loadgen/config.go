package loadgen

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Kind is the kind of input event.
type Kind int

// The kinds of input events, in the order of Mix's fields.
const (
	KindListing Kind = iota
	KindMessage
	KindOrder
	KindComplaint
	numKinds
)

var kindNames = [numKinds]string{"listing", "message", "order", "complaint"}

func (k Kind) String() string {
	if k < 0 || k >= numKinds {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// Mix is the share of each kind of event in the stream; the shares are
// weights and need not sum to 1.
type Mix [numKinds]float64

// DefaultMix resembles the marketplace: mostly messages and listing updates.
var DefaultMix = Mix{KindListing: 35, KindMessage: 50, KindOrder: 10, KindComplaint: 5}

// ParseMix parses "listing=35,message=50,order=10,complaint=5". Kinds left
// out get no share; at least one share must be positive.
func ParseMix(s string) (Mix, error) {
	var m Mix
	seen := [numKinds]bool{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, val, ok := strings.Cut(part, "=")
		if !ok {
			return Mix{}, fmt.Errorf("mix %q: want kind=share, e.g. listing=35", part)
		}
		k := slices.Index(kindNames[:], strings.TrimSpace(name))
		if k < 0 {
			return Mix{}, fmt.Errorf("mix: unknown kind %q (want listing, message, order or complaint)", name)
		}
		if seen[k] {
			return Mix{}, fmt.Errorf("mix: %s given twice", name)
		}
		seen[k] = true
		f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
			return Mix{}, fmt.Errorf("mix: share of %s must be a non-negative number, got %q", name, val)
		}
		m[k] = f
	}
	if m.total() <= 0 || math.IsInf(m.total(), 0) {
		return Mix{}, errors.New("mix: at least one kind needs a positive share")
	}
	return m, nil
}

func (m Mix) total() float64 {
	var t float64
	for _, v := range m {
		t += v
	}
	return t
}

// String formats the mix as ParseMix reads it.
func (m Mix) String() string {
	parts := make([]string, 0, numKinds)
	for k, v := range m {
		parts = append(parts, kindNames[k]+"="+strconv.FormatFloat(v, 'g', -1, 64))
	}
	return strings.Join(parts, ",")
}

// ParseList splits a comma-separated list and checks each item against known;
// an empty string means all of known.
func ParseList(s string, known []string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !slices.Contains(known, p) {
			return nil, fmt.Errorf("unknown %q (known: %s)", p, strings.Join(known, ", "))
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return slices.Clone(known), nil
	}
	return out, nil
}

// Config says what stream to generate. The same Config generates the same
// stream, byte for byte.
type Config struct {
	Seed uint64
	Mix  Mix
	// ViolationShare is the share of generated subjects meant to violate:
	// listings, orders, conversations (one seller message of the conversation
	// violates) and complaints (verified ones).
	ViolationShare float64
	// Categories and Languages restrict listings and messages; empty means all.
	Categories, Languages []string
	// Start is the time of the first event; later events follow 100 ms apart.
	// Zero means 2026-04-01T00:00:00Z, so that streams are reproducible.
	Start time.Time
	// IDPrefix starts every id; empty means "lg<seed>".
	IDPrefix string
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if c.Mix.total() <= 0 {
		return errors.New("loadgen: the mix has no positive share")
	}
	for _, v := range c.Mix {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return errors.New("loadgen: mix shares must be finite and non-negative")
		}
	}
	if !(c.ViolationShare >= 0 && c.ViolationShare <= 1) {
		return fmt.Errorf("loadgen: violation share must be within 0..1, got %v", c.ViolationShare)
	}
	if _, err := ParseList(strings.Join(c.Categories, ","), CategoryIDs()); err != nil {
		return fmt.Errorf("loadgen: category %w", err)
	}
	if _, err := ParseList(strings.Join(c.Languages, ","), LanguageCodes()); err != nil {
		return fmt.Errorf("loadgen: language %w", err)
	}
	return nil
}
