package detect

import (
	"github.com/haili/haili/detectors"
	"github.com/haili/haili/schemas"
)

// PassThroughVersion is the detector and policy version on the listing checks
// of a pass-through worker, so that its rows can never pass for real checks.
const PassThroughVersion = "pass-through"

// passThrough is the Detector of Config.PassThrough: no detectors, but a
// listing check for every listing event, so that the worker writes and
// produces through the same path as a detecting one.
type passThrough struct{}

var _ Detector = passThrough{}

func (passThrough) Detect(ev schemas.Event, _ detectors.Context) (detectors.Result, error) {
	l, ok := ev.(*schemas.Listing)
	if !ok {
		return detectors.Result{}, nil
	}
	counts := make(map[string]int, len(schemas.ListingCodes))
	for _, code := range schemas.ListingCodes {
		counts[code] = 0
	}
	return detectors.Result{Check: &schemas.ListingCheck{
		EventID:         l.EventID,
		ListingID:       l.ListingID,
		Version:         l.Version,
		MerchantID:      l.MerchantID,
		Deleted:         l.Op == schemas.OpDelete,
		Counts:          counts,
		PolicyVersion:   PassThroughVersion,
		DetectorVersion: PassThroughVersion,
		UpdatedAt:       l.UpdatedAt,
	}}, nil
}
