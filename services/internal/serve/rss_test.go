package serve

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// repeatReader yields its line again and again up to n bytes: a batch body
// made on the fly, so the client holds nothing of it.
type repeatReader struct {
	line []byte
	n    int64
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	w := 0
	for w < len(p) && r.n > 0 {
		c := copy(p[w:min(len(p), w+int(r.n))], r.line[r.off:])
		w += c
		r.n -= int64(c)
		r.off = (r.off + c) % len(r.line)
	}
	return w, nil
}

// peakRSS is the process's peak resident set (VmHWM), in bytes.
func peakRSS(t testing.TB) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// TestBatchCheckPeakRSS measures the peak RSS of the process while 20
// clients each send a 16 MB batch check at once (BENCHMARKS.md, API). It is
// a measurement, run on demand:
//
//	HAILI_MEASURE_RSS=1 go test -count=1 -run TestBatchCheckPeakRSS -v ./services/internal/serve/
func TestBatchCheckPeakRSS(t *testing.T) {
	if os.Getenv("HAILI_MEASURE_RSS") == "" {
		t.Skip("a measurement: set HAILI_MEASURE_RSS=1")
	}
	const clients, size = 20, 16 << 20
	lim := DefaultLimits()
	lim.MaxChecksPerToken = clients // one token for all: the gate is not what is measured
	_, addr := newLimited(t, nil, lim)
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]byte
	for _, l := range bytes.Split(seed, []byte("\n")) {
		if bytes.Contains(l, []byte(`"listing.v1"`)) {
			lines = append(lines, append(bytes.Clone(l), '\n'))
		}
	}
	block := bytes.Join(lines, nil)
	before := peakRSS(t)
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var listed int
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/check/listings", &repeatReader{line: block, n: size - int64(size%len(block))})
			req.ContentLength = size - int64(size%len(block))
			req.Header.Set("Authorization", "Bearer "+tokAnalyst)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			defer resp.Body.Close()
			n, _ := io.Copy(io.Discard, resp.Body)
			if resp.StatusCode != http.StatusOK {
				t.Errorf("status %d", resp.StatusCode)
			}
			mu.Lock()
			listed += int(n)
			mu.Unlock()
		}()
	}
	wg.Wait()
	peak := peakRSS(t)
	t.Logf("%d concurrent %d MB batch checks: peak RSS %d MiB (before %d MiB), %v, %d MB of results streamed",
		clients, size>>20, peak>>20, before>>20, time.Since(start).Round(time.Second), listed>>20)
	if peak > 1<<30 {
		t.Errorf("peak RSS %d MiB, target under 1024 MiB", peak>>20)
	}
}
