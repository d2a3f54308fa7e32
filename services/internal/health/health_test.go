package health

import (
	"context"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestServeWaitsForInFlightRequests: Serve returns only once a request that
// was being handled when ctx ended is done, so that its caller may then
// close what handlers use.
func TestServeWaitsForInFlightRequests(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}), make(chan struct{})
	hs := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
	})}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, hs, l, time.Minute) }()
	go http.Get("http://" + l.Addr().String() + "/")
	<-entered
	cancel()
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) while a request was in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if err := <-served; err != nil {
		t.Fatalf("Serve: %v", err)
	}
}
