package serve

import (
	"bufio"
	"bytes"
	"net/http"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/schemas"
)

// CheckResult is the answer of the check API for one listing.
type CheckResult struct {
	Line      int                   `json:"line,omitempty"`
	ListingID string                `json:"listing_id,omitempty"`
	Findings  []schemas.Finding     `json:"findings"`
	Check     *schemas.ListingCheck `json:"check,omitempty"`
	Error     string                `json:"error,omitempty"`
}

// check runs the detectors on one encoded listing.
func (s *Server) check(raw []byte, p Principal) (CheckResult, int) {
	ev, err := s.decoder.Decode(raw)
	if err != nil {
		return CheckResult{Findings: []schemas.Finding{}, Error: err.Error()}, http.StatusBadRequest
	}
	l, ok := ev.(*schemas.Listing)
	if !ok {
		return CheckResult{Findings: []schemas.Finding{}, Error: "not a listing.v1 event"}, http.StatusBadRequest
	}
	if p.Role == RoleMerchant && l.MerchantID != p.MerchantID {
		return CheckResult{ListingID: l.ListingID, Findings: []schemas.Finding{}, Error: "merchant_id is not this token's merchant"}, http.StatusForbidden
	}
	var c detectors.Context
	if s.cfg.Market != nil {
		c.Market = s.cfg.Market()
	}
	start := time.Now()
	res, err := s.cfg.Engine.Detect(l, c)
	s.m.check.Observe(time.Since(start).Seconds())
	if err != nil {
		return CheckResult{ListingID: l.ListingID, Findings: []schemas.Finding{}, Error: err.Error()}, http.StatusUnprocessableEntity
	}
	now := schemas.Stamp(s.cfg.Clock())
	for i := range res.Findings {
		res.Findings[i].DetectedAt = now
	}
	if res.Check != nil {
		res.Check.CheckedAt = now
	}
	s.checks.Add(1)
	s.checkFindings.Add(int64(len(res.Findings)))
	if res.Findings == nil {
		res.Findings = []schemas.Finding{}
	}
	return CheckResult{ListingID: l.ListingID, Findings: res.Findings, Check: res.Check}, http.StatusOK
}

func (s *Server) checkListing(w http.ResponseWriter, r *http.Request, p Principal) error {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r.Body); err != nil {
		return err
	}
	res, status := s.check(buf.Bytes(), p)
	writeJSON(w, status, res)
	return nil
}

// checkListings is the self-check of a listings file: JSON lines in, one
// result per non-blank line out; a bad line is reported and skipped.
func (s *Server) checkListings(w http.ResponseWriter, r *http.Request, p Principal) error {
	sc := bufio.NewScanner(r.Body)
	sc.Buffer(make([]byte, 64<<10), schemas.DefaultMaxEventBytes+1)
	out := struct {
		Results  []CheckResult `json:"results"`
		Listings int           `json:"listings"`
		Findings int           `json:"findings"`
		Errors   int           `json:"errors"`
	}{Results: []CheckResult{}}
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		res, _ := s.check(line, p)
		res.Line = n
		if res.Error != "" {
			out.Errors++
		} else {
			out.Listings++
			out.Findings += len(res.Findings)
		}
		out.Results = append(out.Results, res)
	}
	if err := sc.Err(); err != nil {
		return errorf(http.StatusBadRequest, "listings file: %v", err)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
