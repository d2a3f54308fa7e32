package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

// TestLoadTokensWarns: a world-readable tokens file and a token given two
// roles (file and environment) are logged, and the token never is.
func TestLoadTokensWarns(t *testing.T) {
	const tok = "k3Jd9-Qw7Zp2-Lx5Rv8T"
	file := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(file, []byte(tok+" admin Wang.Li\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HAILI_TOKENS", tok+" analyst")
	core, logs := observer.New(zap.WarnLevel)
	toks, err := loadTokens(file, zap.New(core))
	if err != nil {
		t.Fatal(err)
	}
	if p := toks[tok]; p.Role != "admin" || p.Name != "Wang.Li" {
		t.Errorf("principal %+v, want the file's admin Wang.Li", p)
	}
	var msgs []string
	for _, e := range logs.All() {
		line := e.Message
		for k, v := range e.ContextMap() {
			line += " " + k + "=" + toString(v)
		}
		if strings.Contains(line, tok) || strings.Contains(line, tok[:6]) {
			t.Errorf("log shows the token: %s", line)
		}
		msgs = append(msgs, line)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"readable by every user", "two roles"} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning %q in:\n%s", want, all)
		}
	}
	if err := os.Chmod(file, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HAILI_TOKENS", "")
	core, logs = observer.New(zap.WarnLevel)
	if _, err := loadTokens(file, zap.New(core)); err != nil || logs.Len() != 0 {
		t.Errorf("a private file alone: %v, %d warnings", err, logs.Len())
	}
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}
