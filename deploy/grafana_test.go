package deploy

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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
	promSourceFile = "grafana/provisioning/datasources/prometheus.yaml"
	providerFile   = "grafana/provisioning/dashboards/haili.yaml"
	dashboardsDir  = "grafana/dashboards"
)

type datasources struct {
	APIVersion  int `json:"apiVersion"`
	Datasources []struct {
		Name           string            `json:"name"`
		UID            string            `json:"uid"`
		Type           string            `json:"type"`
		Access         string            `json:"access"`
		URL            string            `json:"url"`
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
		Expr   string `json:"expr"`
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
	var pds datasources
	decodeStrictYAML(t, promSourceFile, &pds)
	if pds.APIVersion != 1 || len(pds.Datasources) != 1 {
		t.Fatalf("%s: want apiVersion 1 and one data source", promSourceFile)
	}
	prom := pds.Datasources[0]
	if prom.Type != "prometheus" || prom.UID == "" || prom.URL == "" || prom.Access != "proxy" {
		t.Errorf("prometheus data source: type %q uid %q url %q access %q", prom.Type, prom.UID, prom.URL, prom.Access)
	}
	metrics := codeMetrics(t)
	var exprs []string
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
				if len(p.Targets) == 0 {
					t.Errorf("panel %q has no query", p.Title)
				}
				switch {
				case p.Datasource != nil && p.Datasource.UID == d.UID:
					for _, q := range p.Targets {
						queries++
						if err := checkQuery(q.RawSQL, tables); err != "" {
							t.Errorf("panel %q: %s\n%s", p.Title, err, q.RawSQL)
						}
					}
				case p.Datasource != nil && p.Datasource.UID == prom.UID:
					for _, q := range p.Targets {
						queries++
						if err := checkPromQuery(q.Expr, metrics); err != "" {
							t.Errorf("panel %q: %s\n%s", p.Title, err, q.Expr)
						}
						exprs = append(exprs, q.Expr)
					}
				default:
					t.Errorf("panel %q uses no provisioned data source (%v)", p.Title, p.Datasource)
				}
			}
			if queries == 0 {
				t.Error("no queries")
			}
		})
	}

	promtoolRules(t, exprs)
	if len(exprs) == 0 {
		t.Error("no dashboard reads Prometheus (the operations dashboard)")
	}
}

// metricNameRE finds the names of haili's metrics in the services' code.
var metricNameRE = regexp.MustCompile(`"(haili_[a-z0-9_]+)"`)

// codeMetrics are the metric names the services register, read from their
// source: a dashboard may only chart what a role exports.
func codeMetrics(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	err := filepath.WalkDir(filepath.Join("..", "services"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range metricNameRE.FindAllSubmatch(data, -1) {
			out[string(m[1])] = true
		}
		return nil
	})
	if err != nil || len(out) == 0 {
		t.Fatalf("no metrics in the services' code (%v)", err)
	}
	return out
}

// checkPromQuery requires every haili_ series of expr to be a metric of the
// code (a histogram's _bucket, _sum and _count included).
func checkPromQuery(expr string, metrics map[string]bool) string {
	if strings.TrimSpace(expr) == "" {
		return "empty query"
	}
	var problems []string
	for _, m := range regexp.MustCompile(`\bhaili_[a-z0-9_]+`).FindAllString(expr, -1) {
		base := m
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if b, ok := strings.CutSuffix(m, suf); ok && metrics[b] {
				base = b
			}
		}
		if !metrics[base] {
			problems = append(problems, "no role exports "+m)
		}
	}
	return strings.Join(problems, "; ")
}

// promtoolRules has promtool parse every expression, as recording rules.
func promtoolRules(t *testing.T, exprs []string) {
	t.Helper()
	if len(exprs) == 0 {
		return
	}
	bin, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatal("promtool is not installed; scripts/test installs it (apt-get install prometheus)")
	}
	type rule struct {
		Record string `json:"record"`
		Expr   string `json:"expr"`
	}
	var rules []rule
	for i, e := range exprs {
		rules = append(rules, rule{Record: fmt.Sprintf("haili:dashboard_query_%d", i), Expr: e})
	}
	data, err := yaml.Marshal(map[string]any{"groups": []any{map[string]any{"name": "dashboards", "rules": rules}}})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "check", "rules", file).CombinedOutput(); err != nil {
		t.Errorf("promtool check rules (the dashboards' PromQL): %v\n%s", err, out)
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
