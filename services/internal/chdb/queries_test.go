package chdb_test

import (
	"os"
	"path/filepath"
	"testing"

	chschema "github.com/haili/haili/schemas/clickhouse"
	"github.com/haili/haili/services/internal/chdb"
)

// TestQueriesRunOnTheCluster: every named query of the services reads
// Distributed tables on a cluster, where IN (SELECT …) and JOIN of a second
// one must be GLOBAL (distributed_product_mode=deny refuses them otherwise).
func TestQueriesRunOnTheCluster(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "*", "queries", "*.sql"))
	if err != nil || len(files) < 10 {
		t.Fatalf("found %d query files (%v)", len(files), err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		problems, err := chschema.DistributedSubqueryProblems(string(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Errorf("%s: %s", f, p)
		}
	}
}

func TestConfigInsertQuorum(t *testing.T) {
	for q, ok := range map[string]bool{"": true, "auto": true, "2": true, "0": false, "majority": false, "-1": false} {
		cfg := chdb.Config{Addr: "clickhouse:9000", Database: "haili", InsertQuorum: q}
		if err := cfg.Validate(); (err == nil) != ok {
			t.Errorf("InsertQuorum %q: Validate() = %v, want ok %v", q, err, ok)
		}
	}
}
