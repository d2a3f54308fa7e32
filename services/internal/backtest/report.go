// Package backtest judges recorded events under two policies — the baseline
// in force and a candidate — with the same detectors, the same market
// reference and the same penalty ladder, and reports what the candidate
// would have found and whom it would have punished differently.
package backtest

import (
	"context"
	"time"
)

// Report is the outcome of one backtest; its JSON form is what `haili
// backtest --json` prints and what the console's policy lab shows. Fields may
// be added; none is renamed.
type Report struct {
	Baseline  Side `json:"baseline"`
	Candidate Side `json:"candidate"`
	// Events is how many events were judged (after filters and sampling).
	Events int `json:"events"`
	// BadEvents counts the events that could not be decoded or judged
	// (never skipped silently); Bad names the first of them.
	BadEvents int        `json:"bad_events"`
	Bad       []BadEvent `json:"bad,omitempty"`
	// Now is the time the ladders ran to: rectification deadlines before it fired.
	Now time.Time `json:"now,omitzero"`
	// Window and filters the events were chosen by, when read from history.
	From       time.Time `json:"from,omitzero"`
	To         time.Time `json:"to,omitzero"`
	Category   string    `json:"category,omitempty"`
	SampleRate float64   `json:"sample_rate,omitempty"`
	// ByCategory counts findings gained and lost per category and code.
	ByCategory []CategoryDiff `json:"by_category"`
	// Merchants whose ladder outcome differs between the two policies.
	Merchants []MerchantChange `json:"merchants"`
	// Changes lists every finding one policy makes and the other does not
	// (findings of the same event and code have the same id under both).
	Changes []Change `json:"changes"`
}

// Side is what one policy found and decided.
type Side struct {
	PolicyVersion string `json:"policy_version"`
	// Findings per violation code; Actions per action code.
	Findings map[string]int `json:"findings"`
	Actions  map[string]int `json:"actions"`
	// Points deducted in total.
	Points int `json:"points"`
}

// Change is one finding made under one policy and not the other.
type Change struct {
	FindingID  string `json:"finding_id"`
	EventID    string `json:"event_id"`
	Subject    string `json:"subject"`
	SubjectID  string `json:"subject_id"`
	MerchantID string `json:"merchant_id"`
	CategoryID string `json:"category_id,omitempty"`
	Code       string `json:"code"`
	Baseline   bool   `json:"baseline"`
	Candidate  bool   `json:"candidate"`
	// Explanation of the finding under the policy that made it (both when
	// both did, e.g. with a different rule or confidence).
	BaselineExplanation  string `json:"baseline_explanation,omitempty"`
	CandidateExplanation string `json:"candidate_explanation,omitempty"`
	// Rule and confidence under each policy that made the finding: a finding
	// both make differs in one of them (a re-scored finding can move a
	// merchant's ladder by itself, e.g. across the delisting confidence).
	BaselineRule        string  `json:"baseline_rule,omitempty"`
	CandidateRule       string  `json:"candidate_rule,omitempty"`
	BaselineConfidence  float64 `json:"baseline_confidence,omitempty"`
	CandidateConfidence float64 `json:"candidate_confidence,omitempty"`
}

// CategoryDiff counts the findings of one code in one category that the
// candidate gains or loses against the baseline.
type CategoryDiff struct {
	Category string `json:"category"`
	Code     string `json:"code"`
	Gained   int    `json:"gained"`
	Lost     int    `json:"lost"`
}

// MerchantChange is one merchant whose ladder outcome differs.
type MerchantChange struct {
	MerchantID string  `json:"merchant_id"`
	Baseline   Outcome `json:"baseline"`
	Candidate  Outcome `json:"candidate"`
}

// Outcome is a merchant's ladder outcome under one policy.
type Outcome struct {
	// Actions per action code.
	Actions map[string]int `json:"actions"`
	// Points deducted.
	Points int `json:"points"`
}

// Request asks for a backtest over the stored history (the console's form
// and `haili backtest --clickhouse`).
type Request struct {
	From, To time.Time
	// Category limits listings (and their orders) to one category; empty for all.
	Category string
	// SampleRate keeps this share of the subjects (0 or 1: all).
	SampleRate float64
	// Candidate is the candidate policy file's content; Baseline the
	// baseline's, or nil for the built-in policy.
	Candidate, Baseline []byte
}

// Runner runs a backtest over the stored history.
type Runner interface {
	Run(ctx context.Context, req Request) (*Report, error)
}
