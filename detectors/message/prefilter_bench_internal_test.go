package message

import (
	"testing"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/schemas"
)

// BenchmarkNeedsAnalysis measures the ASCII prefilter alone on the corpus's
// ASCII messages (one op: every message once).
func BenchmarkNeedsAnalysis(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, ev := range c.Events {
		if m, ok := ev.(*schemas.Message); ok && isASCII(m.Text) {
			texts = append(texts, m.Text)
		}
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if needsAnalysis(t) {
				n++
			}
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "passed/op")
	b.ReportMetric(float64(len(texts)), "texts")
}
