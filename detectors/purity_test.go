package detectors

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDetectorsArePure keeps detection free of I/O: no Kafka, ClickHouse,
// logging or network among the module's dependencies, and no clock, file
// system or environment in its non-test code.
func TestDetectorsArePure(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	forbiddenDeps := []string{"github.com/segmentio/kafka-go", "github.com/ClickHouse/", "go.uber.org/zap", "net", "net/http", "os/exec", "github.com/twmb/franz-go"}
	for _, dep := range strings.Fields(string(out)) {
		for _, f := range forbiddenDeps {
			if dep == f || strings.HasPrefix(dep, f+"/") || (strings.HasSuffix(f, "/") && strings.HasPrefix(dep, f)) {
				t.Errorf("detectors depends on %s", dep)
			}
		}
	}
	forbiddenCalls := map[string]bool{"time.Now": true, "time.Since": true, "time.Sleep": true, "os.Getenv": true, "os.ReadFile": true, "os.Open": true, "rand.Int": true}
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		if strings.HasPrefix(path, "internal/corpus") || strings.HasPrefix(path, "policy/") {
			return nil // test support, and the policy file loader (Load reads the file it is given)
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && forbiddenCalls[x.Name+"."+sel.Sel.Name] {
					t.Errorf("%s uses %s.%s", path, x.Name, sel.Sel.Name)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
