package clickhouse

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/cluster.golden.sql")

const testCluster = "haili"

// singleNodeTables returns the tables the single-node migrations leave
// behind, read with a regular expression rather than the generator's parser,
// and each one's CREATE statement.
func singleNodeTables(t *testing.T) map[string]string {
	t.Helper()
	ms, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	create := regexp.MustCompile(`(?is)^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)`)
	drop := regexp.MustCompile(`(?is)^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)`)
	tables := map[string]string{}
	for _, m := range ms {
		for _, s := range m.Statements {
			if g := create.FindStringSubmatch(s); g != nil {
				tables[g[1]] = s
			}
			if g := drop.FindStringSubmatch(s); g != nil {
				delete(tables, g[1])
			}
		}
	}
	if len(tables) == 0 {
		t.Fatal("the single-node migrations create no table")
	}
	return tables
}

func clusterStatementList(t *testing.T) []string {
	t.Helper()
	ms, err := ClusterMigrations(testCluster)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.Statements...)
	}
	return out
}

func TestClusterMigrationsCoverEveryTable(t *testing.T) {
	stmts := clusterStatementList(t)
	find := func(prefix string) string {
		for _, s := range stmts {
			if strings.HasPrefix(s, prefix) {
				return s
			}
		}
		return ""
	}
	paths := map[string]string{}
	for name, single := range singleNodeTables(t) {
		t.Run(name, func(t *testing.T) {
			orig := mustParseTable(t, single)
			local := find(fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s_local ON CLUSTER '%s' (", name, testCluster))
			if local == "" {
				t.Fatalf("no replicated table %s_local", name)
			}
			rt := mustParseTable(t, local)
			if rt.OnCluster != testCluster {
				t.Errorf("ON CLUSTER %q, want %q", rt.OnCluster, testCluster)
			}
			if want := "Replicated" + orig.Engine; rt.Engine != want {
				t.Errorf("engine %s, want %s", rt.Engine, want)
			}
			path := fmt.Sprintf("'/clickhouse/tables/{shard}/{database}/%s_local', '{replica}'", name)
			if !strings.HasPrefix(rt.EngineArgs, path) {
				t.Errorf("engine arguments %q do not start with %q", rt.EngineArgs, path)
			}
			zkPath, _, _ := strings.Cut(rt.EngineArgs, ",")
			if other, ok := paths[zkPath]; ok {
				t.Errorf("replication path %s shared with %s", zkPath, other)
			}
			paths[zkPath] = name
			if orig.EngineArgs != "" && !strings.HasSuffix(rt.EngineArgs, ", "+orig.EngineArgs) {
				t.Errorf("engine arguments %q lost the original %q", rt.EngineArgs, orig.EngineArgs)
			}
			if !reflect.DeepEqual(rt.Columns, orig.Columns) {
				t.Errorf("columns differ:\n got %v\nwant %v", rt.Columns, orig.Columns)
			}
			for _, kw := range []string{"PARTITION BY", "ORDER BY", "PRIMARY KEY", "SAMPLE BY", "SETTINGS"} {
				if got, want := rt.clause(kw), orig.clause(kw); got != want {
					t.Errorf("%s %q, want %q", kw, got, want)
				}
			}

			dist := find(fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s ON CLUSTER '%s' AS ", name, testCluster))
			if dist == "" {
				t.Fatalf("no Distributed table %s", name)
			}
			re := regexp.MustCompile(fmt.Sprintf(`^CREATE TABLE IF NOT EXISTS %[1]s ON CLUSTER '%[2]s' AS %[1]s_local\n`+
				`ENGINE = Distributed\('%[2]s', currentDatabase\(\), '%[1]s_local', (.+)\)$`, name, testCluster))
			g := re.FindStringSubmatch(dist)
			if g == nil {
				t.Fatalf("Distributed table %s does not match %s:\n%s", name, re, dist)
			}
			checkShardingKey(t, g[1], orig)
		})
	}
}

// checkShardingKey requires a hash of a sorting-key column: rows that
// ReplacingMergeTree must collapse then always meet on one shard.
func checkShardingKey(t *testing.T, key string, orig *createTable) {
	t.Helper()
	g := regexp.MustCompile(`^cityHash64\((\w+)\)$`).FindStringSubmatch(key)
	if g == nil {
		t.Errorf("sharding key %q: want cityHash64(column)", key)
		return
	}
	order := orig.orderBy()
	for _, k := range order {
		if k == g[1] {
			return
		}
	}
	t.Errorf("sharding key column %s is not in the sorting key %v", g[1], order)
}

func mustParseTable(t *testing.T, stmt string) *createTable {
	t.Helper()
	toks, err := lex(stmt)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := parseCreateTable(stmt, toks)
	if err != nil {
		t.Fatalf("%v\n%s", err, stmt)
	}
	return ct
}

// TestClusterDDLIsWellFormed is a structural check that stands in for a SQL
// parser: known statement shapes, ON CLUSTER right after the table name,
// balanced parentheses and quotes, no statement separator inside.
func TestClusterDDLIsWellFormed(t *testing.T) {
	head := regexp.MustCompile(`^(CREATE TABLE IF NOT EXISTS|ALTER TABLE|DROP TABLE IF EXISTS|CREATE VIEW IF NOT EXISTS|CREATE OR REPLACE VIEW) \w+ ON CLUSTER '` + testCluster + `'[ \n]`)
	for i, s := range clusterStatementList(t) {
		if !head.MatchString(s) {
			t.Errorf("statement %d does not start as cluster DDL:\n%s", i+1, s)
		}
		if err := balanced(s); err != nil {
			t.Errorf("statement %d: %v:\n%s", i+1, err, s)
		}
	}
}

// balanced checks parentheses and quotes, independently of the lexer.
func balanced(s string) error {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth < 0 {
				return fmt.Errorf("unbalanced ) at offset %d", i)
			}
		case c == ';':
			return fmt.Errorf("semicolon at offset %d", i)
		}
	}
	if quote != 0 {
		return fmt.Errorf("unterminated %c", quote)
	}
	if depth != 0 {
		return fmt.Errorf("%d unclosed (", depth)
	}
	return nil
}

func TestClusterSQLReadsBack(t *testing.T) {
	ms, err := ClusterMigrations(testCluster)
	if err != nil {
		t.Fatal(err)
	}
	got := SplitStatements(FormatSQL(ms))
	if want := clusterStatementList(t); !reflect.DeepEqual(got, want) {
		t.Errorf("SplitStatements(FormatSQL) gives %d statements, want %d", len(got), len(want))
	}
}

func TestClusterGolden(t *testing.T) {
	ms, err := ClusterMigrations(testCluster)
	if err != nil {
		t.Fatal(err)
	}
	got := FormatSQL(ms)
	path := filepath.Join("testdata", "cluster.golden.sql")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("cluster DDL differs from %s; if the migrations changed on purpose, run\n"+
			"  go test ./schemas/clickhouse -run TestClusterGolden -update", path)
	}
}

func TestClusterStatements(t *testing.T) {
	const create = "CREATE TABLE t (\n    id String, -- the id\n    merchant_id String,\n    v UInt64 DEFAULT 0,\n    INDEX i v TYPE minmax GRANULARITY 1\n)"
	tests := []struct {
		name  string
		stmts []string
		want  []string
	}{
		{
			name:  "plain MergeTree without arguments, extra clauses",
			stmts: []string{create + " ENGINE = MergeTree ORDER BY id SETTINGS index_granularity = 8192"},
			want: []string{
				"CREATE TABLE IF NOT EXISTS t_local ON CLUSTER 'c' (\n    id String,\n    merchant_id String,\n    v UInt64 DEFAULT 0,\n    INDEX i v TYPE minmax GRANULARITY 1\n)" +
					" ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/t_local', '{replica}')\nORDER BY id\nSETTINGS index_granularity = 8192",
				"CREATE TABLE IF NOT EXISTS t ON CLUSTER 'c' AS t_local\nENGINE = Distributed('c', currentDatabase(), 't_local', cityHash64(id))",
			},
		},
		{
			name:  "merchant_id in the sorting key shards by merchant",
			stmts: []string{"CREATE TABLE IF NOT EXISTS t (id String, merchant_id String, v UInt64) ENGINE = ReplacingMergeTree(v) PARTITION BY toYYYYMM(now()) ORDER BY (id, merchant_id)"},
			want: []string{
				"CREATE TABLE IF NOT EXISTS t_local ON CLUSTER 'c' (\n    id String,\n    merchant_id String,\n    v UInt64\n)" +
					" ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/t_local', '{replica}', v)\nPARTITION BY toYYYYMM(now())\nORDER BY (id, merchant_id)",
				"CREATE TABLE IF NOT EXISTS t ON CLUSTER 'c' AS t_local\nENGINE = Distributed('c', currentDatabase(), 't_local', cityHash64(merchant_id))",
			},
		},
		{
			name:  "merchant_id outside the sorting key does not shard",
			stmts: []string{"CREATE TABLE t (k String, merchant_id String) ENGINE = ReplacingMergeTree() ORDER BY (k)"},
			want: []string{
				"CREATE TABLE IF NOT EXISTS t_local ON CLUSTER 'c' (\n    k String,\n    merchant_id String\n)" +
					" ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/t_local', '{replica}')\nORDER BY (k)",
				"CREATE TABLE IF NOT EXISTS t ON CLUSTER 'c' AS t_local\nENGINE = Distributed('c', currentDatabase(), 't_local', cityHash64(k))",
			},
		},
		{
			name: "alter: columns on both tables, made re-runnable",
			stmts: []string{
				"CREATE TABLE t (k String) ENGINE = MergeTree ORDER BY tuple()",
				"ALTER TABLE t ADD COLUMN x String AFTER k, DROP COLUMN y, MODIFY TTL now()",
			},
			want: []string{
				"CREATE TABLE IF NOT EXISTS t_local ON CLUSTER 'c' (\n    k String\n)" +
					" ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/t_local', '{replica}')\nORDER BY tuple()",
				"CREATE TABLE IF NOT EXISTS t ON CLUSTER 'c' AS t_local\nENGINE = Distributed('c', currentDatabase(), 't_local', rand())",
				"ALTER TABLE t_local ON CLUSTER 'c' ADD COLUMN IF NOT EXISTS x String AFTER k, DROP COLUMN IF EXISTS y, MODIFY TTL now()",
				"ALTER TABLE t ON CLUSTER 'c' ADD COLUMN IF NOT EXISTS x String AFTER k, DROP COLUMN IF EXISTS y",
			},
		},
		{
			name: "view and drop",
			stmts: []string{
				"CREATE TABLE t (k String) ENGINE = MergeTree ORDER BY k",
				"CREATE VIEW v AS SELECT k FROM t FINAL",
				"DROP TABLE IF EXISTS t",
			},
			want: []string{
				"CREATE TABLE IF NOT EXISTS t_local ON CLUSTER 'c' (\n    k String\n)" +
					" ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/t_local', '{replica}')\nORDER BY k",
				"CREATE TABLE IF NOT EXISTS t ON CLUSTER 'c' AS t_local\nENGINE = Distributed('c', currentDatabase(), 't_local', cityHash64(k))",
				"CREATE VIEW IF NOT EXISTS v ON CLUSTER 'c' AS SELECT k FROM t FINAL",
				"DROP TABLE IF EXISTS t ON CLUSTER 'c' SYNC",
				"DROP TABLE IF EXISTS t_local ON CLUSTER 'c' SYNC",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clusterizeStatements(t, tt.stmts)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\n\nwant\n%s", strings.Join(got, ";\n"), strings.Join(tt.want, ";\n"))
			}
		})
	}
}

func clusterizeStatements(t *testing.T, stmts []string) []string {
	t.Helper()
	ms, err := clusterize([]Migration{{Version: 1, Name: "0001_test", Statements: stmts}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	return ms[0].Statements
}

func TestClusterRejects(t *testing.T) {
	tests := []struct {
		name    string
		stmts   []string
		wantErr string
	}{
		{"not MergeTree", []string{"CREATE TABLE t (k String) ENGINE = Memory"}, "not of the MergeTree family"},
		{"already replicated", []string{"CREATE TABLE t (k String) ENGINE = ReplicatedMergeTree('/p', 'r') ORDER BY k"}, "already replicated"},
		{"already on cluster", []string{"CREATE TABLE t ON CLUSTER x (k String) ENGINE = MergeTree ORDER BY k"}, "already ON CLUSTER"},
		{"qualified name", []string{"CREATE TABLE db.t (k String) ENGINE = MergeTree ORDER BY k"}, "qualified names"},
		{"materialized view", []string{"CREATE MATERIALIZED VIEW m TO t AS SELECT 1"}, "materialized view"},
		{"insert", []string{"INSERT INTO t VALUES (1)"}, "unsupported statement"},
		{"alter of an unknown table", []string{"ALTER TABLE t ADD COLUMN x String"}, "no earlier migration"},
		{"unbalanced", []string{"CREATE TABLE t (k String ENGINE = MergeTree ORDER BY k"}, "unbalanced"},
		{"unknown clause", []string{"CREATE TABLE t (k String) ENGINE = MergeTree FOO ORDER BY k"}, "unexpected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := clusterize([]Migration{{Version: 1, Name: "0001_test", Statements: tt.stmts}}, "c")
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestClusterName(t *testing.T) {
	tests := []struct {
		cluster string
		ok      bool
	}{
		{"haili", true},
		{"{cluster}", true},
		{"prod-eu.1", true},
		{"", false},
		{"a'b", false},
		{"a b", false},
	}
	for _, tt := range tests {
		_, err := ClusterMigrations(tt.cluster)
		if (err == nil) != tt.ok {
			t.Errorf("ClusterMigrations(%q) error %v, want ok=%v", tt.cluster, err, tt.ok)
		}
	}
}

func TestDistributedSubqueryProblems(t *testing.T) {
	tests := []struct {
		sql  string
		want int
	}{
		{"SELECT 1 FROM findings FINAL WHERE finding_id NOT IN (SELECT finding_id FROM reviews FINAL WHERE kind = 'review')", 1},
		{"SELECT 1 FROM findings WHERE finding_id IN (SELECT finding_id FROM reviews)", 1},
		{"SELECT 1 FROM findings FINAL WHERE finding_id GLOBAL NOT IN (SELECT finding_id FROM reviews FINAL)", 0},
		{"SELECT 1 FROM findings f LEFT JOIN reviews r ON f.finding_id = r.finding_id", 1},
		{"SELECT 1 FROM findings f GLOBAL LEFT JOIN reviews r ON f.finding_id = r.finding_id", 0},
		{"SELECT 1 FROM actions WHERE code IN ('pending_rectification', 'rectified')", 0},
		{"SELECT 1 FROM findings WHERE rule = 'x IN (SELECT a FROM reviews)'", 0},
	}
	for _, tt := range tests {
		got, err := DistributedSubqueryProblems(tt.sql)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("%s: %d problems %v, want %d", tt.sql, len(got), got, tt.want)
		}
	}
}
