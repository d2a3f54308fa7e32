package serve

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
// result per non-blank line out; a bad line is reported and skipped. It
// reads one listing at a time and writes each result as it is made, so a
// request holds one line (at most MaxListingBytes) and its findings, however
// long the file. An error after the first result (a body cut off, too large
// or stalled) ends the stream with "error" set and the counts so far.
func (s *Server) checkListings(w http.ResponseWriter, r *http.Request, p Principal) error {
	br := bufio.NewReaderSize(r.Body, 64<<10)
	var (
		line                     []byte
		listings, findings, errs int
		started                  bool
		enc                      = json.NewEncoder(w)
	)
	enc.SetEscapeHTML(true)
	start := func() {
		if !started {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusOK)
			io.WriteString(w, `{"results":[`)
			started = true
		}
	}
	var failure error
	for n := 1; ; n++ {
		var err error
		line, err = readLine(br, line[:0], s.cfg.Limits.MaxListingBytes)
		if errors.Is(err, errLineTooLong) {
			res := CheckResult{Line: n, Findings: []schemas.Finding{}, Error: fmt.Sprintf("line longer than %d bytes", s.cfg.Limits.MaxListingBytes)}
			start()
			if listings+errs > 0 {
				io.WriteString(w, ",")
			}
			enc.Encode(res)
			errs++
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			failure = err
			break
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			res, _ := s.check(t, p)
			res.Line = n
			if res.Error != "" {
				errs++
			} else {
				listings++
				findings += len(res.Findings)
			}
			start()
			if listings+errs > 1 {
				io.WriteString(w, ",")
			}
			if werr := enc.Encode(res); werr != nil {
				return nil // the client went away
			}
		}
		if err != nil { // io.EOF
			break
		}
	}
	if failure != nil && !started {
		var mbe *http.MaxBytesError
		var he *httpError
		if errors.As(failure, &mbe) || errors.As(failure, &he) {
			return failure
		}
		return errorf(http.StatusBadRequest, "listings file: %v", failure)
	}
	start()
	tail := map[string]any{"listings": listings, "findings": findings, "errors": errs}
	if failure != nil {
		tail["error"] = bodyError(failure)
	}
	b, _ := json.Marshal(tail)
	io.WriteString(w, "],")
	_, err := w.Write(b[1:])
	return err
}

// bodyError is what a client is told when its body failed part-way.
func bodyError(err error) string {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return fmt.Sprintf("request body too large (over %d bytes): the results stop there", mbe.Limit)
	case errors.Is(err, errBodyStalled):
		return "request body stalled: the results stop there"
	}
	return "request body: " + err.Error()
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line into buf without its newline. A line over max
// bytes is skipped to its end and reported as errLineTooLong, so memory
// stays bounded by max.
func readLine(br *bufio.Reader, buf []byte, max int64) ([]byte, error) {
	tooLong := false
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(frag)) > max+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong && (err == nil || errors.Is(err, io.EOF)) {
			return buf, errLineTooLong
		}
		return bytes.TrimSuffix(buf, []byte("\n")), err
	}
}
