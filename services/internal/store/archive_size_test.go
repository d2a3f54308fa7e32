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

// TestArchiveStorage measures what event_archive costs: it archives
// HAILI_ARCHIVE_MEASURE generated listings and as many messages (loadgen, the
// benchmarks' stream), each kind in its own database, merges, and reports per
// kind the JSON as received, the table's uncompressed and on-disk bytes,
// scaled to a million events. Then it archives as many events of the mixed
// stream (listings, messages, orders, complaints) in batches of 5,000, as
// detect's flushes do, and reports the insert rate and the parts each insert
// made. Skipped unless HAILI_ARCHIVE_MEASURE is set:
//
//	HAILI_ARCHIVE_MEASURE=200000 go test -count=1 -run TestArchiveStorage -v ./services/internal/store
func TestArchiveStorage(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("HAILI_ARCHIVE_MEASURE"))
	if n <= 0 {
		t.Skip("set HAILI_ARCHIVE_MEASURE=<events per kind> to measure the archive's storage")
	}
	ctx := context.Background()
	for _, k := range []loadgen.Kind{loadgen.KindListing, loadgen.KindMessage} {
		var mix loadgen.Mix
		mix[k] = 1
		s := testenv.Store(t)
		inserts, took, jsonBytes := archiveGenerated(t, s, mix, n, 20000)
		t.Logf("inserted %d %ss in %d batches of 20000 in %s: %.0f events/s, %.0f MB/s of JSON", n, k, inserts, took.Round(time.Millisecond), float64(n)/took.Seconds(), float64(jsonBytes)/took.Seconds()/1e6)
		if err := s.DB().Exec(ctx, "OPTIMIZE TABLE event_archive FINAL"); err != nil {
			t.Logf("optimize: %v", err)
		}
		var parts, nrows, disk, uncompressed, compressed uint64
		if err := s.DB().QueryRow(ctx, `SELECT count(), sum(rows), sum(bytes_on_disk), sum(data_uncompressed_bytes), sum(data_compressed_bytes)
			FROM system.parts WHERE database = ? AND table = 'event_archive' AND active`, s.Database()).Scan(&parts, &nrows, &disk, &uncompressed, &compressed); err != nil {
			t.Fatal(err)
		}
		perM := func(b uint64) string { return fmt.Sprintf("%.0f MB", float64(b)/float64(nrows)*1e6/1e6) }
		t.Logf("%s: %d parts, %d rows; JSON as received %d B (%.0f B/event); table uncompressed %d B; on disk %d B (%.0f B/event, JSON/disk %.1fx)",
			k, parts, nrows, jsonBytes, float64(jsonBytes)/float64(nrows), uncompressed, disk, float64(disk)/float64(nrows), float64(jsonBytes)/float64(disk))
		t.Logf("%s per million events: JSON %s, on disk %s", k, perM(uint64(jsonBytes)), perM(disk))
		cols, err := s.DB().Query(ctx, `SELECT name, data_compressed_bytes, data_uncompressed_bytes FROM system.columns
			WHERE database = ? AND table = 'event_archive' ORDER BY data_compressed_bytes DESC`, s.Database())
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var name string
			var compressed, uncompressed uint64
			if err := cols.Scan(&name, &compressed, &uncompressed); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s column %-16s compressed %10d B, uncompressed %10d B", k, name, compressed, uncompressed)
		}
		if err := cols.Err(); err != nil {
			t.Fatal(err)
		}
		cols.Close()
	}

	// The mixed stream in flush-size batches: what the partitioning costs an insert.
	s := testenv.Store(t)
	inserts, took, jsonBytes := archiveGenerated(t, s, loadgen.DefaultMix, n, 5000)
	var written uint64 // parts of level 0 are the ones inserts wrote, merged or not yet
	if err := s.DB().QueryRow(ctx, "SELECT toUInt64(countIf(level = 0)) FROM system.parts WHERE database = ? AND table = 'event_archive'", s.Database()).Scan(&written); err != nil {
		t.Fatal(err)
	}
	t.Logf("inserted %d events of the mixed stream in %d batches of 5000 in %s: %.0f events/s, %.0f MB/s of JSON, %.1f parts per insert",
		n, inserts, took.Round(time.Millisecond), float64(n)/took.Seconds(), float64(jsonBytes)/took.Seconds()/1e6, float64(written)/float64(inserts))
}

// archiveGenerated archives n events of mix in batches of batch, as the
// detection worker does, and returns the inserts, the time they took and the
// bytes of JSON archived.
func archiveGenerated(t *testing.T, s *store.Store, mix loadgen.Mix, n, batch int) (inserts int, took time.Duration, jsonBytes int64) {
	t.Helper()
	g, err := loadgen.New(loadgen.Config{Seed: 7, Mix: mix, ViolationShare: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	var dec schemas.Decoder
	var a store.ArchiveRows
	for i := range n {
		ev := g.Next()
		e, err := dec.Decode(ev.Value)
		if err != nil {
			t.Fatal(err)
		}
		a.Add(e, ev.Value, ev.Topic, 0, int64(i), at)
		jsonBytes += int64(len(ev.Value))
		if a.Len() == batch || i == n-1 {
			start := time.Now()
			if err := s.InsertArchive(context.Background(), &a); err != nil {
				t.Fatal(err)
			}
			took += time.Since(start)
			inserts++
			a.Reset()
		}
	}
	return inserts, took, jsonBytes
}
