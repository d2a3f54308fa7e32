package serve

import (
	"errors"
	"net/http"
	"testing"

	"github.com/haili/haili/services/internal/chdb/chdbtest"
)

// TestViolationsSearchSQL: every filter of GET /api/v1/violations is a bound
// value of the one search query (search_findings.sql), never SQL text; the
// fake connection records what is sent, compared with testdata/sql.
func TestViolationsSearchSQL(t *testing.T) {
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	for _, path := range []string{
		"/api/v1/violations",
		"/api/v1/violations?code=false_moq&merchant_id=M-1&subject=listing&days=7&limit=10",
		"/api/v1/violations?category=false_product_info",
	} {
		if code, body := do(t, srv, "GET", path, tokAnalyst, ""); code != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, code, body)
		}
	}
	chdbtest.Verify(t, conn)
}

// TestReadyPingsClickHouse: /readyz answers from the database's ping.
func TestReadyPingsClickHouse(t *testing.T) {
	conn, db := chdbtest.New()
	srv := newServerWith(t, db, nil)
	if code, _ := do(t, srv, "GET", "/readyz", "", ""); code != http.StatusOK {
		t.Fatalf("ready with a database that answers: %d", code)
	}
	conn.Err = errDown
	if code, _ := do(t, srv, "GET", "/readyz", "", ""); code != http.StatusServiceUnavailable {
		t.Fatalf("ready with a database that does not answer: %d", code)
	}
}

var errDown = errors.New("clickhouse down")
