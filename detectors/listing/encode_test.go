package listing_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/schemas"
)

// TestFindingsEncodeLikeEncodingJSON: every finding the engine makes on the
// corpus (all eight codes, every kind of evidence) encodes with the worker's
// appender exactly as encoding/json would, evidence included.
func TestFindingsEncodeLikeEncodingJSON(t *testing.T) {
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	findings := scanCorpus(t, c, c.Market())
	codes := map[string]bool{}
	for _, f := range findings {
		f.DetectedAt = time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
		codes[f.Violation] = true
		evidence, err := schemas.AppendJSONValue(nil, f.Evidence)
		if err != nil {
			t.Fatalf("%s: evidence: %v", f.FindingID, err)
		}
		if want, _ := json.Marshal(f.Evidence); !bytes.Equal(evidence, want) {
			t.Fatalf("%s: evidence\n got  %s\n want %s", f.FindingID, evidence, want)
		}
		got, err := schemas.AppendFinding(nil, &f, evidence)
		if err != nil {
			t.Fatalf("%s: %v", f.FindingID, err)
		}
		if want, _ := json.Marshal(&f); !bytes.Equal(got, want) {
			t.Fatalf("%s:\n got  %s\n want %s", f.FindingID, got, want)
		}
	}
	if len(codes) != len(schemas.ViolationCodes) {
		t.Fatalf("the corpus gave findings of %d codes, want all %d: %v", len(codes), len(schemas.ViolationCodes), codes)
	}
	t.Logf("%d findings of %d codes encode alike", len(findings), len(codes))
}
