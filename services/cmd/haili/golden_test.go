package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// TestScanGolden pins scan's output on the seed's own examples. The policy
// version is normalised: it changes with every policy edit, the findings
// should not.
func TestScanGolden(t *testing.T) {
	code, out, errOut := haili(t, "", "scan", "--now", "2026-04-21T00:00:00Z", filepath.Join("testdata", "seed_examples.jsonl"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var f map[string]any
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("finding line is not JSON: %v\n%s", err, line)
		}
		f["policy_version"] = "POLICY"
		norm, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(norm)
		b.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "seed_examples.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestScanGolden -update)", err)
	}
	if b.String() != string(want) {
		t.Fatalf("scan output differs from %s (rerun with -update if intended):\n%s", golden, b.String())
	}
	// The seed's examples: the $0.01 card SKU, the $22.9M shipping, the hair
	// tiers, and the five chat lures.
	for _, want := range []string{`"subject_id":"SEED-L-1","subject_version":1,"violation":"abused_sku"`, `"SEED-L-2"`, `"SEED-L-3"`, `"SEED-MSG-12"`, `"SEED-MSG-22"`, `"SEED-MSG-32"`, `"SEED-MSG-42"`, `"SEED-MSG-52"`} {
		if !strings.Contains(b.String(), strings.Trim(want, "`")) {
			t.Errorf("scan output lacks %s", want)
		}
	}
}
