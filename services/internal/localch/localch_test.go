package localch

import (
	"context"
	"net"
	"testing"
	"time"
)

func TestStartStopTwiceAndReuse(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a ClickHouse server; skipped with -short")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cfg := Config{Dir: t.TempDir(), Addr: addr, Install: true, StartTimeout: 2 * time.Minute}
	s, err := Start(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	// A second Start on the same address takes the running server over.
	again, err := Start(context.Background(), cfg)
	if err != nil || !again.Reused() {
		t.Fatalf("second Start: reused=%v err=%v", again != nil && again.Reused(), err)
	}
	if err := again.Stop(); err != nil { // a reused server is left running
		t.Fatal(err)
	}
	if err := ping(context.Background(), addr); err != nil {
		t.Fatalf("stopping the reusing handle stopped the server: %v", err)
	}
	done := make(chan error, 1)
	go func() { s.Stop(); done <- s.Stop() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a second Stop hangs")
	}
	if ping(context.Background(), addr) == nil {
		t.Fatal("server still answers after Stop")
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{{Addr: "127.0.0.1:1"}, {Dir: "d", Addr: "10.0.0.1:9000"}, {Dir: "d", Addr: "nope"}} {
		if err := c.Validate(); err == nil {
			t.Errorf("Validate(%+v) accepted a bad config", c)
		}
	}
}
