package chdb_test

import (
	"os"
	"path/filepath"
	"testing"

	chschema "github.com/haili/haili/schemas/clickhouse"
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
