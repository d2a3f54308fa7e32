package listing_test

import (
	"testing"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

// BenchmarkDecodeAndDetectListings measures the listing path of a worker:
// decode one listing line and run every listing detector through the engine
// against a market reference, over the corpus's listings (cycled, so the mix
// of clean listings, violations and hard negatives is realistic).
//
//	go test ./detectors/listing -run '^$' -bench DecodeAndDetectListings -cpu 1 -benchmem
func BenchmarkDecodeAndDetectListings(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	var lines [][]byte
	for i, ev := range c.Events {
		if _, ok := ev.(*schemas.Listing); ok {
			lines = append(lines, c.Raw[i])
		}
	}
	ref := c.Market()
	eng, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	var dec schemas.Decoder
	findings := 0
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ev, err := dec.Decode(lines[n%len(lines)])
		if err != nil {
			b.Fatal(err)
		}
		res, err := eng.Detect(ev, detectors.Context{Market: ref})
		if err != nil {
			b.Fatal(err)
		}
		findings += len(res.Findings)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "listings/s")
	b.ReportMetric(float64(findings)/float64(n), "findings/listing")
}

// BenchmarkDetectListings is the detection half of the listing path alone:
// the corpus's listings decoded once, then judged by every listing detector
// through the engine (the decode is the schemas package's to measure).
//
//	go test ./detectors/listing -run '^$' -bench DetectListings -cpu 1 -benchmem
func BenchmarkDetectListings(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	var ls []schemas.Event
	for _, ev := range c.Events {
		if l, ok := ev.(*schemas.Listing); ok {
			ls = append(ls, l)
		}
	}
	ref := c.Market()
	eng, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := eng.Detect(ls[n%len(ls)], detectors.Context{Market: ref}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "listings/s")
}

// BenchmarkDecodeAndDetectCleanListings is BenchmarkDecodeAndDetectListings
// over the corpus's clean listings only (those no detector flags): the
// common case, whose allocations per listing (decode and detection) are the
// figure to keep low.
//
//	go test ./detectors/listing -run '^$' -bench DecodeAndDetectCleanListings -cpu 1 -benchmem
func BenchmarkDecodeAndDetectCleanListings(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	ref := c.Market()
	eng, err := detectors.New(policy.Default())
	if err != nil {
		b.Fatal(err)
	}
	var lines [][]byte
	for i, ev := range c.Events {
		if _, ok := ev.(*schemas.Listing); !ok {
			continue
		}
		res, err := eng.Detect(ev, detectors.Context{Market: ref})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Findings) == 0 {
			lines = append(lines, c.Raw[i])
		}
	}
	var dec schemas.Decoder
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ev, err := dec.Decode(lines[n%len(lines)])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := eng.Detect(ev, detectors.Context{Market: ref}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "listings/s")
	b.ReportMetric(float64(len(lines)), "clean-listings")
}
