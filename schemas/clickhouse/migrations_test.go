package clickhouse

import (
	"strings"
	"testing"
)

func TestMigrationsAreOrderedAndPortable(t *testing.T) {
	ms, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations")
	}
	// Constructs that ClickHouse 18.16 rejects; production runs current releases,
	// so the schema must stay within what both accept.
	forbidden := []string{"DateTime64", "LowCardinality", " TTL ", "JSONExtract", "IF NOT EXISTS x", "Map(", "ADD COLUMN IF NOT EXISTS"}
	for i, m := range ms {
		if i > 0 && m.Version <= ms[i-1].Version {
			t.Fatalf("migration %s out of order", m.Name)
		}
		for _, s := range m.Statements {
			for _, f := range forbidden {
				if strings.Contains(s, f) {
					t.Errorf("migration %s uses %q, which ClickHouse 18.16 rejects", m.Name, f)
				}
			}
		}
	}
}

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"-- c\nCREATE TABLE a (x UInt8) ENGINE = Log;\nCREATE TABLE b (x UInt8) ENGINE = Log;\n", 2},
		{"SELECT 1", 1},
		{"-- only a comment\n", 0},
	}
	for _, tt := range tests {
		if got := SplitStatements(tt.in); len(got) != tt.want {
			t.Errorf("SplitStatements(%q) = %d statements, want %d", tt.in, len(got), tt.want)
		}
	}
}
