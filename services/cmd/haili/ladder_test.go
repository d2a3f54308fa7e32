package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/ladder"
)

// decodeActions parses `haili ladder` output.
func decodeActions(t *testing.T, out string) []ladder.Action {
	t.Helper()
	var as []ladder.Action
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var a ladder.Action
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("action line is not JSON: %v\n%s", err, line)
		}
		as = append(as, a)
	}
	return as
}

// TestLadderFiveOffplatformFindings runs the ladder on one merchant's five
// off-platform lures (the seed's five chat examples): warning, −3, −3, −6, −6.
func TestLadderFiveOffplatformFindings(t *testing.T) {
	file := filepath.Join("testdata", "ladder_five_offplatform.jsonl")
	code, out, errOut := haili(t, "", "ladder", "--now", "2026-05-01T00:00:00Z", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []string
	for _, a := range decodeActions(t, out) {
		got = append(got, fmt.Sprintf("%s %s %d", a.SubjectID, a.Code, a.Points))
	}
	want := []string{
		"SEED-MSG-12 warning 0",
		"SEED-MSG-22 deduct_points -3",
		"SEED-MSG-32 deduct_points -3",
		"SEED-MSG-42 deduct_points -6",
		"SEED-MSG-52 deduct_points -6",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("ladder output:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range []string{"5 findings (0 duplicates)", "deduct_points            4", "points deducted 18", "monthly list 2026-04: 1 merchants", "SEED-M-11"} {
		if !strings.Contains(errOut, s) {
			t.Errorf("summary lacks %q:\n%s", s, errOut)
		}
	}

	// Every line twice, in reverse order, on stdin: the same actions, byte for byte.
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var doubled strings.Builder
	for i := len(lines) - 1; i >= 0; i-- {
		doubled.WriteString(lines[i] + "\n" + lines[i] + "\n")
	}
	code, again, errOut := haili(t, doubled.String(), "ladder", "--now", "2026-05-01T00:00:00Z")
	if code != 0 || again != out {
		t.Fatalf("duplicated input changed the output (exit %d):\n%s\nwant\n%s\n%s", code, again, out, errOut)
	}
	if !strings.Contains(errOut, "10 findings (5 duplicates)") {
		t.Errorf("summary does not count the duplicates:\n%s", errOut)
	}
}

// TestScanThenLadder feeds scan's findings on the seed examples to the ladder:
// the confident decoy SKU is delisted at once, the other two products are
// pending and delisted when their 14 days pass.
func TestScanThenLadder(t *testing.T) {
	code, findings, errOut := haili(t, "", "scan", "--now", "2026-04-21T00:00:00Z", filepath.Join("testdata", "seed_examples.jsonl"))
	if code != 0 {
		t.Fatalf("scan: exit %d: %s", code, errOut)
	}
	run := func(now string) map[string][]string {
		code, out, errOut := haili(t, findings, "ladder", "--now", now)
		if code != 0 {
			t.Fatalf("ladder: exit %d: %s", code, errOut)
		}
		by := map[string][]string{}
		for _, a := range decodeActions(t, out) {
			by[a.SubjectID] = append(by[a.SubjectID], a.Code)
		}
		return by
	}
	before := run("2026-05-05T00:00:00Z")
	after := run("2026-05-05T00:00:01Z")
	for _, tt := range []struct {
		subject       string
		before, after []string
	}{
		{"SEED-L-1", []string{"delist_zero_score"}, []string{"delist_zero_score"}},
		{"SEED-L-2", []string{"pending_rectification"}, []string{"pending_rectification", "delist_zero_score"}},
		{"SEED-L-3", []string{"pending_rectification"}, []string{"pending_rectification", "delist_zero_score"}},
		{"SEED-MSG-12", []string{"warning"}, []string{"warning"}},
	} {
		if !reflect.DeepEqual(before[tt.subject], tt.before) || !reflect.DeepEqual(after[tt.subject], tt.after) {
			t.Errorf("%s: at the deadline %v, after it %v; want %v, %v", tt.subject, before[tt.subject], after[tt.subject], tt.before, tt.after)
		}
	}
}

func TestLadderInputErrors(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "ladder_five_offplatform.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(string(good), "\n", 2)[0]
	withdraw := `{"schema":"withdrawal.v1","finding_id":"f-3adfe3bd56dc00193168ea56","merchant_id":"SEED-M-11","reason":"appeal_upheld","appeal_id":"AP-1","at":"2026-04-22T00:00:00Z"}`
	code, out, errOut := haili(t, first+"\n{oops\n"+withdraw+"\n", "ladder", "--now", "2026-05-01T00:00:00Z")
	if code != 0 || !strings.Contains(errOut, "stdin:2: invalid JSON") || !strings.Contains(errOut, "1 bad lines") {
		t.Fatalf("a bad line must be reported and skipped: exit %d\n%s", code, errOut)
	}
	as := decodeActions(t, out)
	if len(as) != 2 || as[1].Code != ladder.Reverse || !reflect.DeepEqual(as[1].Reverses, []string{as[0].ActionID}) {
		t.Fatalf("withdrawal: %+v, want the warning reversed", as)
	}
	for _, args := range [][]string{{"ladder", "a", "b"}, {"ladder", "--now", "soon"}} {
		if code, _, _ := haili(t, "", args...); code != 2 {
			t.Errorf("haili %v: exit %d, want 2", args, code)
		}
	}
	if code, _, errOut := haili(t, "", "ladder", "/nonexistent/findings.jsonl"); code != 1 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: exit %d, %s", code, errOut)
	}
}

func TestEnforceAndPublishUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"enforce"}, "--kafka and --clickhouse"},
		{[]string{"publish", "--actions", "x.jsonl"}, "--month"},
		{[]string{"publish", "--month", "April", "--actions", "x.jsonl"}, "--month"},
		{[]string{"publish", "--month", "2026-04"}, "--clickhouse"},
	}
	for _, tt := range tests {
		if code, out, errOut := haili(t, "", tt.args...); code != 2 || !strings.Contains(out+errOut, tt.want) {
			t.Errorf("haili %v: exit %d, %s%s; want exit 2 mentioning %s", tt.args, code, out, errOut, tt.want)
		}
	}
}

// TestPublishFromLadderOutput publishes what `haili ladder` decided, twice:
// the files are byte-identical, with the seed's masking.
func TestPublishFromLadderOutput(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := haili(t, "", "ladder", "--now", "2026-05-01T00:00:00Z", filepath.Join("testdata", "ladder_five_offplatform.jsonl"))
	if code != 0 {
		t.Fatalf("ladder: exit %d: %s", code, errOut)
	}
	actions := filepath.Join(dir, "actions.jsonl")
	merchants := filepath.Join(dir, "merchants.jsonl")
	if err := os.WriteFile(actions, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(merchants, []byte(`{"merchant_id":"SEED-M-11","account":"alwang20130519","company":"深圳市海狸贸易有限公司"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var files [2][]byte
	for i := range files {
		outDir := filepath.Join(dir, fmt.Sprint("run", i))
		code, _, errOut := haili(t, "", "publish", "--month", "2026-04", "--actions", actions, "--merchants", merchants, "--out", outDir, "--now", "2026-05-02T00:00:00Z")
		if code != 0 || !strings.Contains(errOut, "1 merchants") {
			t.Fatalf("publish: exit %d: %s", code, errOut)
		}
		csv, err := os.ReadFile(filepath.Join(outDir, "serious-violators-2026-04.csv"))
		if err != nil {
			t.Fatal(err)
		}
		html, err := os.ReadFile(filepath.Join(outDir, "serious-violators-2026-04.html"))
		if err != nil {
			t.Fatal(err)
		}
		files[i] = append(csv, html...)
		if want := "商家账户号,商家名称,违规类型\nal****130519,深圳市****有限公司,恶意引导站外沟通工具\n"; string(csv) != want {
			t.Fatalf("CSV:\n%s\nwant\n%s", csv, want)
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatal("two publications of the same actions differ")
	}
}
