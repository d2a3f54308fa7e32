package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkCheckListing measures the check API end to end through the HTTP
// handler (httptest) over the seed's listings and reports p50 and p99.
func BenchmarkCheckListing(b *testing.B) {
	srv := newTestServer(b, nil, nil)
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		b.Fatal(err)
	}
	var bodies []string
	for _, line := range strings.Split(string(seed), "\n") {
		if strings.Contains(line, `"listing.v1"`) {
			bodies = append(bodies, line)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := httptest.NewRequest("POST", "/api/v1/check/listing", strings.NewReader(bodies[i%len(bodies)]))
		req.Header.Set("Authorization", "Bearer "+tokAnalyst)
		rec := httptest.NewRecorder()
		start := time.Now()
		srv.ServeHTTP(rec, req)
		lat = append(lat, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	q := func(p float64) float64 { return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) }
	b.ReportMetric(q(0.50), "p50-µs")
	b.ReportMetric(q(0.99), "p99-µs")
}
