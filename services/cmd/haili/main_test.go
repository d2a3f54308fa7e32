package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }

// haili runs the command in-process and returns its exit status and output.
func haili(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	err := run(context.Background(), args, cli.IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errw})
	if err != nil && cli.ExitCode(err) != 0 {
		errw.WriteString("haili: " + err.Error() + "\n")
	}
	return cli.ExitCode(err), out.String(), errw.String()
}

func TestExitCodesAndHelp(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout+stderr
	}{
		{"no subcommand", nil, 2, "usage: haili"},
		{"unknown subcommand", []string{"frobnicate"}, 2, `unknown subcommand "frobnicate"`},
		{"top-level help", []string{"--help"}, 0, "Subcommands:"},
		{"unknown flag", []string{"scan", "--nope"}, 2, "flag provided but not defined"},
		{"migrate without clickhouse", []string{"migrate"}, 2, "--clickhouse"},
		{"detect without servers", []string{"detect"}, 2, "--kafka and --clickhouse"},
		{"produce without kafka", []string{"produce"}, 2, "--kafka"},
		{"bad --now", []string{"scan", "--now", "yesterday"}, 2, "--now"},
		{"missing policy file", []string{"scan", "--policy", "/nonexistent/policy.yaml"}, 1, "no such file"},
	}
	for name := range commands() {
		tests = append(tests, struct {
			name string
			args []string
			code int
			want string
		}{name + " --help", []string{name, "--help"}, 0, "-kafka"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := haili(t, "", tt.args...)
			if code != tt.code || !strings.Contains(out+errOut, tt.want) {
				t.Fatalf("haili %v = exit %d, output:\n%s%s\nwant exit %d and %q", tt.args, code, out, errOut, tt.code, tt.want)
			}
		})
	}
}

func TestFlagsFromEnvironment(t *testing.T) {
	t.Setenv("HAILI_POLICY", "/nonexistent/from-env.yaml")
	code, _, errOut := haili(t, "", "scan")
	if code != 1 || !strings.Contains(errOut, "from-env.yaml") {
		t.Fatalf("HAILI_POLICY was not used: exit %d, %s", code, errOut)
	}
	t.Setenv("HAILI_MAX_EVENT_BYTES", "not-a-number")
	if code, _, _ := haili(t, "", "scan"); code != 2 {
		t.Fatalf("a bad HAILI_MAX_EVENT_BYTES must be a usage error, got exit %d", code)
	}
}

func TestScanReportsBadLinesAndGoesOn(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "seed_examples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(good), "\n", 2)
	input := lines[0] + "\n{not json\n\n" + `{"schema":"listing.v7","event_id":"x"}` + "\n" + lines[1]
	code, out, errOut := haili(t, input, "scan", "--now", "2026-04-21T00:00:00Z")
	if code != 1 {
		t.Fatalf("exit %d with unreadable lines, want 1: %s", code, errOut)
	}
	for _, want := range []string{"stdin:2: invalid JSON", `stdin:4: field "schema": unknown schema "listing.v7"`, "2 bad lines",
		"FAILED: 2 lines could not be read", "2 unreadable lines"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Count(out, "\n") == 0 {
		t.Fatalf("no findings written for the seed examples; stderr:\n%s", errOut)
	}
}

// TestScanFailsOnUnreadableInput: a file no line of which can be read is a
// failure, not a clean scan (issue 14).
func TestScanFailsOnUnreadableInput(t *testing.T) {
	code, _, errOut := haili(t, "{not json\n\x00\x01binary\n", "scan")
	if code != 1 || !strings.Contains(errOut, "FAILED") {
		t.Fatalf("unreadable input: exit %d, want 1 and FAILED in the summary:\n%s", code, errOut)
	}
}

func TestScanFailOnFindings(t *testing.T) {
	file := filepath.Join("testdata", "seed_examples.jsonl")
	if code, _, errOut := haili(t, "", "scan", "--fail-on-findings", file); code != 1 || !strings.Contains(errOut, "--fail-on-findings") {
		t.Fatalf("violating input with --fail-on-findings: exit %d, %s", code, errOut)
	}
	clean := `{"schema": "order.v1", "event_id": "e-ok", "order_id": "O-1", "listing_id": "L-1", "merchant_id": "M-1", "buyer_id": "B-1", "quantity": 5, "currency": "USD", "quoted_shipping_fee": 20.0, "charged_shipping_fee": 20.0, "trade_assurance": true, "placed_at": "2026-04-21T08:00:00Z"}`
	if code, out, errOut := haili(t, clean, "scan", "--fail-on-findings"); code != 0 || out != "" {
		t.Fatalf("clean input with --fail-on-findings: exit %d, out %q, %s", code, out, errOut)
	}
}

func TestScanMarketFileRoundTrip(t *testing.T) {
	sample := filepath.Join("..", "..", "internal", "sample", "events.jsonl")
	marketFile := filepath.Join(t.TempDir(), "market.bin")
	code, first, errOut := haili(t, "", "scan", "--now", "2026-04-21T00:00:00Z", "--save-market", marketFile, sample)
	if code != 0 {
		t.Fatalf("scan --save-market: exit %d: %s", code, errOut)
	}
	code, second, errOut := haili(t, "", "scan", "--now", "2026-04-21T00:00:00Z", "--market", marketFile, sample)
	if code != 0 {
		t.Fatalf("scan --market: exit %d: %s", code, errOut)
	}
	if first != second || strings.Count(first, "\n") < 100 {
		t.Fatalf("judging against the saved market changed the findings (%d vs %d lines)", strings.Count(first, "\n"), strings.Count(second, "\n"))
	}
	if code, _, errOut := haili(t, "", "scan", "--market", "main_test.go", sample); code != 1 || !strings.Contains(errOut, "--market") {
		t.Fatalf("a file that is no market reference must fail clearly: exit %d, %s", code, errOut)
	}
}
