package testenv

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/haili/haili/services/internal/localch"
)

var (
	// chStopped is set between StopClickHouse and StartClickHouse.
	chStopped bool

	binOnce sync.Once
	binPath string
	binErr  error
)

// HailiBinary builds the haili command for tests that run it as a child
// process (to kill -9 it, for example). It is built once per test binary, into
// the directory of the test ClickHouse, which Main removes; with an external
// ClickHouse (HAILI_TEST_CLICKHOUSE) it is built per test into its TempDir.
func HailiBinary(t testing.TB) string {
	t.Helper()
	ClickHouse(t)
	if chDir == "" {
		p, err := buildHaili(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	binOnce.Do(func() { binPath, binErr = buildHaili(filepath.Join(chDir, "bin")) })
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

func buildHaili(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	p := filepath.Join(dir, "haili")
	out, err := exec.Command("go", "build", "-o", p, "github.com/haili/haili/services/cmd/haili").CombinedOutput()
	if err != nil {
		return "", &buildError{err: err, out: string(out)}
	}
	return p, nil
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return "go build haili: " + e.err.Error() + "\n" + e.out }

// StopClickHouse stops the test ClickHouse (SIGTERM) as an outage would. The
// test is skipped when the ClickHouse is external (HAILI_TEST_CLICKHOUSE).
func StopClickHouse(t testing.TB) {
	t.Helper()
	if ClickHouseServer(t) == nil {
		t.Skip("HAILI_TEST_CLICKHOUSE points to an external ClickHouse; it cannot be stopped")
	}
	if chStopped {
		t.Fatal("testenv: the test ClickHouse is already stopped")
	}
	chStopped = true
	// Whatever happens to the test, later tests (and Main, which stops the
	// server once more) need it running again.
	t.Cleanup(func() {
		if chStopped {
			StartClickHouse(t)
		}
	})
	if err := chServer.Stop(); err != nil {
		t.Fatal(err)
	}
}

// StartClickHouse starts the test ClickHouse again on the same directory and
// address after StopClickHouse; its data is as it was.
func StartClickHouse(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := localch.Start(ctx, localch.Config{Dir: chDir, Addr: chAddr})
	if err != nil {
		t.Fatal(err)
	}
	chServer, chStopped = s, false
}
