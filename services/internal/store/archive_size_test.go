package store_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/loadgen"
	"github.com/haili/haili/services/internal/store"
	"github.com/haili/haili/services/internal/testenv"
)

// TestArchiveStorage measures what event_archive costs on disk: it archives
// HAILI_ARCHIVE_MEASURE generated listings and as many messages (loadgen, the
// benchmarks' stream), merges, and reports per kind the JSON as received,
// the table's uncompressed and on-disk bytes, scaled to a million events.
// Skipped unless HAILI_ARCHIVE_MEASURE is set:
//
//	HAILI_ARCHIVE_MEASURE=200000 go test -count=1 -run TestArchiveStorage -v ./services/internal/store
func TestArchiveStorage(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("HAILI_ARCHIVE_MEASURE"))
	if n <= 0 {
		t.Skip("set HAILI_ARCHIVE_MEASURE=<events per kind> to measure the archive's storage")
	}
	s := testenv.Store(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	jsonBytes := map[string]int64{}
	inserting := map[string]time.Duration{}
	for _, k := range []loadgen.Kind{loadgen.KindListing, loadgen.KindMessage} {
		var mix loadgen.Mix
		mix[k] = 1
		g, err := loadgen.New(loadgen.Config{Seed: 7, Mix: mix, ViolationShare: 0.1})
		if err != nil {
			t.Fatal(err)
		}
		var dec schemas.Decoder
		var a store.ArchiveRows
		for i := range n {
			ev := g.Next()
			e, err := dec.Decode(ev.Value)
			if err != nil {
				t.Fatal(err)
			}
			a.Add(e, ev.Value, ev.Topic, 0, int64(i), at)
			jsonBytes[k.String()] += int64(len(ev.Value))
			if a.Len() == 20000 || i == n-1 {
				start := time.Now()
				if err := s.InsertArchive(ctx, &a); err != nil {
					t.Fatal(err)
				}
				inserting[k.String()] += time.Since(start)
				a.Reset()
			}
		}
	}
	for kind, d := range inserting {
		t.Logf("inserted %d %ss in batches of 20000 in %s: %.0f events/s, %.0f MB/s of JSON", n, kind, d.Round(time.Millisecond), float64(n)/d.Seconds(), float64(jsonBytes[kind])/d.Seconds()/1e6)
	}
	if err := s.DB().Exec(ctx, "OPTIMIZE TABLE event_archive FINAL"); err != nil {
		t.Logf("optimize: %v", err)
	}
	rows, err := s.DB().Query(ctx, `SELECT partition, count(), sum(rows), sum(bytes_on_disk), sum(data_uncompressed_bytes), sum(data_compressed_bytes)
		FROM system.parts WHERE database = ? AND table = 'event_archive' AND active GROUP BY partition ORDER BY partition`, s.Database())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	perM := func(b, rows uint64) string { return fmt.Sprintf("%.0f MB", float64(b)/float64(rows)*1e6/1e6) }
	for rows.Next() {
		var part string
		var parts, nrows, disk, uncompressed, compressed uint64
		if err := rows.Scan(&part, &parts, &nrows, &disk, &uncompressed, &compressed); err != nil {
			t.Fatal(err)
		}
		var kind string
		for k := range jsonBytes {
			if len(part) > 2 && part[2:2+min(len(k), len(part)-2)] == k {
				kind = k
			}
		}
		js := uint64(jsonBytes[kind])
		t.Logf("%s: %d parts, %d rows; JSON as received %d B (%.0f B/event); table uncompressed %d B; on disk %d B (%.0f B/event, JSON/disk %.1fx)",
			part, parts, nrows, js, float64(js)/float64(nrows), uncompressed, disk, float64(disk)/float64(nrows), float64(js)/float64(disk))
		t.Logf("%s per million events: JSON %s, on disk %s", kind, perM(js, nrows), perM(disk, nrows))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	cols, err := s.DB().Query(ctx, `SELECT name, data_compressed_bytes, data_uncompressed_bytes FROM system.columns
		WHERE database = ? AND table = 'event_archive' ORDER BY data_compressed_bytes DESC`, s.Database())
	if err != nil {
		t.Fatal(err)
	}
	defer cols.Close()
	for cols.Next() {
		var name string
		var compressed, uncompressed uint64
		if err := cols.Scan(&name, &compressed, &uncompressed); err != nil {
			t.Fatal(err)
		}
		t.Logf("column %-16s compressed %10d B, uncompressed %10d B", name, compressed, uncompressed)
	}
}
