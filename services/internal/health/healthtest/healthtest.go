// Package healthtest checks a metrics exposition with promtool, for the
// tests of every role's /metrics.
package healthtest

import (
	"bytes"
	"os/exec"
	"testing"
)

// Promtool runs `promtool check metrics` on exposition (the text format)
// and fails t on any problem it reports, lint included. promtool comes
// with Debian's prometheus package, which scripts/test installs.
func Promtool(t testing.TB, exposition []byte) {
	t.Helper()
	bin, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatal("promtool is not installed; scripts/test installs it (apt-get install prometheus)")
	}
	cmd := exec.Command(bin, "check", "metrics")
	cmd.Stdin = bytes.NewReader(exposition)
	out, err := cmd.CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("promtool check metrics: %v\n%s", err, out)
	}
}
