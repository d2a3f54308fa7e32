package deploy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"

	chschema "github.com/haili/haili/schemas/clickhouse"
)

const (
	datasourceFile = "grafana/provisioning/datasources/clickhouse.yaml"
	providerFile   = "grafana/provisioning/dashboards/haili.yaml"
	dashboardsDir  = "grafana/dashboards"
)

type datasources struct {
	APIVersion  int `json:"apiVersion"`
	Datasources []struct {
		Name           string            `json:"name"`
		UID            string            `json:"uid"`
		Type           string            `json:"type"`
		IsDefault      bool              `json:"isDefault"`
		Editable       bool              `json:"editable"`
		JSONData       map[string]any    `json:"jsonData"`
		SecureJSONData map[string]string `json:"secureJsonData"`
	} `json:"datasources"`
}

type providers struct {
	APIVersion int `json:"apiVersion"`
	Providers  []struct {
		Name                  string `json:"name"`
		Folder                string `json:"folder"`
		Type                  string `json:"type"`
		DisableDeletion       bool   `json:"disableDeletion"`
		AllowUIUpdates        bool   `json:"allowUiUpdates"`
		UpdateIntervalSeconds int    `json:"updateIntervalSeconds"`
		Options               struct {
			Path string `json:"path"`
		} `json:"options"`
	} `json:"providers"`
}

type dashboard struct {
	UID    string  `json:"uid"`
	Title  string  `json:"title"`
	Panels []panel `json:"panels"`
}

type panel struct {
	ID         int    `json:"id"`
	Type       string `json:"type"`
	Title      string `json:"title"`
	Datasource *struct {
		Type string `json:"type"`
		UID  string `json:"uid"`
	} `json:"datasource"`
	GridPos *struct{ X, Y, W, H int } `json:"gridPos"`
	Targets []struct {
		RefID  string `json:"refId"`
		RawSQL string `json:"rawSql"`
	} `json:"targets"`
	Panels []panel `json:"panels"` // of a collapsed row
}

func decodeStrictYAML(t *testing.T, file string, v any) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.UnmarshalStrict(data, v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
}

func TestGrafanaProvisioning(t *testing.T) {
	var ds datasources
	decodeStrictYAML(t, datasourceFile, &ds)
	if ds.APIVersion != 1 || len(ds.Datasources) != 1 {
		t.Fatalf("%s: want apiVersion 1 and one data source", datasourceFile)
	}
	d := ds.Datasources[0]
	if d.Type != "grafana-clickhouse-datasource" || d.UID == "" {
		t.Errorf("data source type %q uid %q", d.Type, d.UID)
	}
	for _, k := range []string{"host", "port", "protocol", "username", "defaultDatabase"} {
		if d.JSONData[k] == nil || d.JSONData[k] == "" {
			t.Errorf("data source jsonData lacks %s", k)
		}
	}
	if d.SecureJSONData["password"] == "" {
		t.Error("data source has no password (secureJsonData)")
	}
	var ps providers
	decodeStrictYAML(t, providerFile, &ps)
	if len(ps.Providers) != 1 || ps.Providers[0].Type != "file" || ps.Providers[0].Options.Path == "" {
		t.Errorf("%s: want one file provider with a path", providerFile)
	}

	files, err := filepath.Glob(filepath.Join(dashboardsDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no dashboards in %s (%v)", dashboardsDir, err)
	}
	tables := schemaTables(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var db dashboard
			if err := json.Unmarshal(data, &db); err != nil {
				t.Fatal(err)
			}
			if db.UID == "" || db.Title == "" {
				t.Error("dashboard without uid or title")
			}
			ids := map[int]bool{}
			queries := 0
			for _, p := range flatten(db.Panels) {
				if ids[p.ID] {
					t.Errorf("panel id %d used twice", p.ID)
				}
				ids[p.ID] = true
				if p.GridPos == nil || p.GridPos.W == 0 || p.GridPos.H == 0 {
					t.Errorf("panel %q has no position", p.Title)
				}
				if p.Type == "row" {
					continue
				}
				if p.Datasource == nil || p.Datasource.UID != d.UID {
					t.Errorf("panel %q does not use data source %s", p.Title, d.UID)
				}
				if len(p.Targets) == 0 {
					t.Errorf("panel %q has no query", p.Title)
				}
				for _, q := range p.Targets {
					queries++
					if err := checkQuery(q.RawSQL, tables); err != "" {
						t.Errorf("panel %q: %s\n%s", p.Title, err, q.RawSQL)
					}
				}
			}
			if queries == 0 {
				t.Error("no queries")
			}
		})
	}
}

func flatten(ps []panel) []panel {
	var out []panel
	for _, p := range ps {
		out = append(out, p)
		out = append(out, flatten(p.Panels)...)
	}
	return out
}

// table is one table of the single-node schema.
type table struct {
	columns   []string
	replacing bool
}

// schemaTables reads the tables and their columns from the single-node
// migrations, with regular expressions: the migrations keep one column per line.
func schemaTables(t *testing.T) map[string]table {
	t.Helper()
	ms, err := chschema.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	create := regexp.MustCompile(`(?s)^CREATE TABLE (?:IF NOT EXISTS )?(\w+) \((.*)\) ENGINE = (\w+)`)
	col := regexp.MustCompile(`^\s*(\w+)\s+\S`)
	out := map[string]table{}
	for _, m := range ms {
		for _, s := range m.Statements {
			g := create.FindStringSubmatch(s)
			if g == nil {
				continue
			}
			tb := table{replacing: strings.Contains(g[3], "Replacing")}
			for _, line := range strings.Split(g[2], "\n") {
				if c := col.FindStringSubmatch(line); c != nil && c[1] != "INDEX" {
					tb.columns = append(tb.columns, c[1])
				}
			}
			out[g[1]] = tb
		}
	}
	if len(out) == 0 {
		t.Fatal("no tables in the migrations")
	}
	return out
}

var (
	sqlStringRE = regexp.MustCompile(`'(?:[^'\\]|\\.)*'`)
	macroRE     = regexp.MustCompile(`\$__\w+`)
	fromRE      = regexp.MustCompile(`(?i)\b(?:FROM|JOIN)\s+(\w+)(\s+FINAL\b)?`)
	aliasRE     = regexp.MustCompile(`(?i)\bAS\s+(\w+)`)
	identRE     = regexp.MustCompile(`[A-Za-z_]\w*(\s*\()?`)
	sqlWords    = strings.Fields(`SELECT FROM WHERE GROUP BY ORDER LIMIT AS AND OR NOT IN FINAL DESC ASC
		HAVING CASE WHEN THEN ELSE END IS NULL LIKE DISTINCT INTERVAL SECOND MINUTE HOUR DAY WITH ON JOIN`)
)

// checkQuery checks a dashboard query against the schema: every table exists
// and is read with FINAL when it is a ReplacingMergeTree (exact counts), every
// name is a column of a queried table or an alias, and no alias hides a column
// (ClickHouse resolves aliases in WHERE and inside aggregates).
func checkQuery(sql string, tables map[string]table) string {
	if strings.TrimSpace(sql) == "" {
		return "empty query"
	}
	text := sqlStringRE.ReplaceAllString(sql, "''")
	text = macroRE.ReplaceAllString(text, "")
	var columns []string
	var problems []string
	for _, m := range fromRE.FindAllStringSubmatch(text, -1) {
		tb, ok := tables[m[1]]
		if !ok {
			return "unknown table " + m[1]
		}
		if tb.replacing && m[2] == "" {
			problems = append(problems, m[1]+" is a ReplacingMergeTree: read it with FINAL")
		}
		columns = append(columns, tb.columns...)
	}
	var aliases []string
	for _, m := range aliasRE.FindAllStringSubmatch(text, -1) {
		if slices.Contains(columns, m[1]) {
			problems = append(problems, "alias "+m[1]+" hides a column")
		}
		aliases = append(aliases, m[1])
	}
	for _, m := range identRE.FindAllStringSubmatch(text, -1) {
		word := m[0]
		if m[1] != "" || slices.ContainsFunc(sqlWords, func(w string) bool { return strings.EqualFold(w, word) }) {
			continue // a function call or a keyword
		}
		if _, isTable := tables[word]; isTable && !slices.Contains(columns, word) {
			continue
		}
		if !slices.Contains(columns, word) && !slices.Contains(aliases, word) {
			problems = append(problems, "unknown column "+word)
		}
	}
	return strings.Join(slices.Compact(problems), "; ")
}

func TestCheckQuery(t *testing.T) {
	tables := map[string]table{
		"t": {columns: []string{"a", "b", "at"}, replacing: true},
		"u": {columns: []string{"a"}},
	}
	tests := []struct {
		sql, want string
	}{
		{"SELECT a, count() AS n FROM t FINAL WHERE $__timeFilter(at) AND b = 'x y' GROUP BY a ORDER BY n DESC", ""},
		{"SELECT a FROM u", ""},
		{"SELECT a FROM t", "t is a ReplacingMergeTree: read it with FINAL"},
		{"SELECT a FROM v", "unknown table v"},
		{"SELECT c FROM t FINAL", "unknown column c"},
		{"SELECT sum(b) AS b FROM t FINAL", "alias b hides a column"},
	}
	for _, tt := range tests {
		if got := checkQuery(tt.sql, tables); got != tt.want {
			t.Errorf("checkQuery(%q) = %q, want %q", tt.sql, got, tt.want)
		}
	}
}
