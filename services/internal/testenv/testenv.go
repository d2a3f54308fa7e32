// Package testenv gives integration tests the real servers they need: a
// ClickHouse (HAILI_TEST_CLICKHOUSE, or a private local server installed and
// started once per test binary) and an embedded Kafka-protocol broker per test.
package testenv

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"go.uber.org/zap"

	"github.com/haili/haili/services/internal/chdb"
	"github.com/haili/haili/services/internal/embedkafka"
	"github.com/haili/haili/services/internal/localch"
	"github.com/haili/haili/services/internal/store"
)

var (
	chOnce   sync.Once
	chAddr   string
	chServer *localch.Server
	chDir    string
	chErr    error
)

// Main runs the tests and then stops the ClickHouse this binary started.
func Main(m *testing.M) {
	code := m.Run()
	if chServer != nil {
		_ = chServer.Stop()
	}
	if chDir != "" {
		os.RemoveAll(chDir)
	}
	os.Exit(code)
}

// ClickHouse returns the native address of a ClickHouse for tests. Under
// -short the test is skipped: -short runs no server.
func ClickHouse(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("needs ClickHouse; skipped with -short")
	}
	chOnce.Do(func() {
		if a := os.Getenv("HAILI_TEST_CLICKHOUSE"); a != "" {
			chAddr = a
			return
		}
		chDir, chErr = os.MkdirTemp("", "haili-test-clickhouse-")
		if chErr != nil {
			return
		}
		port, err := FreePort()
		if err != nil {
			chErr = err
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		chServer, chErr = localch.Start(ctx, localch.Config{Dir: chDir, Addr: "127.0.0.1:" + port, Install: true})
		if chErr == nil {
			chAddr = chServer.Addr()
		}
	})
	if chErr != nil {
		t.Fatalf("test ClickHouse: %v", chErr)
	}
	return chAddr
}

// ClickHouseServer returns the server this binary started (nil when
// HAILI_TEST_CLICKHOUSE points elsewhere); fault tests stop and restart it.
func ClickHouseServer(t testing.TB) *localch.Server {
	ClickHouse(t)
	return chServer
}

var nonWord = regexp.MustCompile(`[^a-zA-Z0-9_]+`)

// Store opens a fresh, migrated database named after the test.
func Store(t testing.TB) *store.Store {
	t.Helper()
	addr := ClickHouse(t)
	name := strings.ToLower(nonWord.ReplaceAllString(t.Name(), "_"))
	if len(name) > 40 {
		name = name[:40]
	}
	db := fmt.Sprintf("t_%s_%d", name, time.Now().UnixNano()%1_000_000_000)
	ctx := context.Background()
	s, err := store.Open(ctx, chdb.Config{Addr: addr, Database: db, User: "default", CreateDatabase: true}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = s.DB().Exec(context.Background(), "DROP DATABASE IF EXISTS `"+db+"`")
		s.Close()
	})
	return s
}

// StoreConfig returns the connection settings of s's database.
func StoreConfig(t testing.TB, s *store.Store) chdb.Config {
	return chdb.Config{Addr: ClickHouse(t), Database: s.Database(), User: "default"}
}

// Kafka starts an embedded broker with Haili's topics on a port of its own. Under
// -short the test is skipped: -short runs no server.
func Kafka(t testing.TB, partitions int32) (string, *kfake.Cluster) {
	t.Helper()
	if testing.Short() {
		t.Skip("needs a Kafka broker; skipped with -short")
	}
	// The broker binds port 0 itself: a port chosen first and bound later
	// can be taken in between (CI saw it taken by a client's outgoing
	// connection).
	c, err := embedkafka.Start(embedkafka.Config{Addr: "127.0.0.1:0", Partitions: partitions})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c.ListenAddrs()[0], c
}

// FreePort returns a loopback port that was free a moment ago, for servers
// that must be told their port before they bind it. It is drawn below the
// kernel's ephemeral range, so no outgoing connection can take it before the
// server binds.
func FreePort() (string, error) {
	lo := ephemeralStart()
	for i := 0; i < 200 && lo > 2*minTestPort; i++ {
		p := minTestPort + rand.IntN(lo-minTestPort)
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err == nil {
			l.Close()
			return strconv.Itoa(p), nil
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, p, _ := net.SplitHostPort(l.Addr().String())
	return p, nil
}

// minTestPort keeps test servers clear of the well-known and registered
// ports most often in use.
const minTestPort = 10000

// ephemeralStart is the first port the kernel hands to outgoing connections.
func ephemeralStart() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 32768
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 32768
	}
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return 32768
	}
	return n
}

// TempDir is a directory removed after the test.
func TempDir(t testing.TB, name string) string {
	d := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}
