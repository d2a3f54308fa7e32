package main

import (
	"strings"
	"testing"

	chschema "github.com/haili/haili/schemas/clickhouse"
)

func TestMigratePrint(t *testing.T) {
	single, err := chschema.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	cluster, err := chschema.ClusterMigrations("prod")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string // stdout, or in stderr when code != 0
	}{
		{"single node", []string{"migrate", "--print"}, 0, chschema.FormatSQL(single)},
		{"cluster", []string{"migrate", "--print", "--cluster", "prod"}, 0, chschema.FormatSQL(cluster)},
		{"bad cluster name", []string{"migrate", "--print", "--cluster", "a'b"}, 1, "cluster name"},
		{"cluster without print", []string{"migrate", "--cluster", "prod"}, 2, "--print"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := haili(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.code == 0 && stdout != tt.want {
				t.Errorf("stdout differs from FormatSQL:\n%s", stdout)
			}
			if tt.code != 0 && !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not mention %q", stderr, tt.want)
			}
		})
	}
}
