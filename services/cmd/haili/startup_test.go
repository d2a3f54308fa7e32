package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/haili/haili/services/internal/cli"
)

// freeAddr is a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// TestRolesWaitForTheirServers: a role started before ClickHouse answers
// keeps retrying instead of exiting, serves /healthz (the pod is alive) and
// refuses /readyz (not in the Service) meanwhile.
func TestRolesWaitForTheirServers(t *testing.T) {
	for _, role := range []string{"detect", "enforce", "serve"} {
		t.Run(role, func(t *testing.T) {
			listen, down := freeAddr(t), freeAddr(t)
			args := []string{role, "--listen", listen, "--clickhouse", down, "--kafka", freeAddr(t)}
			t.Setenv("HAILI_TOKENS", "startup-test-token admin")
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- run(ctx, args, cli.IO{Stdin: nil, Stdout: io.Discard, Stderr: io.Discard}) }()
			waitStatus(t, "http://"+listen+"/healthz", http.StatusOK, done)
			// Retried for a while, still not ready and still running.
			time.Sleep(1500 * time.Millisecond)
			waitStatus(t, "http://"+listen+"/readyz", http.StatusServiceUnavailable, done)
			select {
			case err := <-done:
				t.Fatalf("%s exited while ClickHouse was down: %v", role, err)
			default:
			}
			cancel()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("did not stop after its context ended")
			}
		})
	}
}

func waitStatus(t *testing.T, url string, want int, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("the role exited: %v", err)
		default:
		}
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == want {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s: %v %v, want %d", url, resp, err, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestOnlyMigrateCreatesTheDatabase: the roles connect as users that may
// not create databases; only migrate asks for CREATE DATABASE.
func TestOnlyMigrateCreatesTheDatabase(t *testing.T) {
	c := cli.Common{ClickHouse: "clickhouse:9000", ClickHouseDatabase: "haili"}
	if storeConfig(&c).CreateDatabase {
		t.Error("the roles' ClickHouse configuration creates the database")
	}
}
