package clickhouse

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Cluster DDL. The single-node migrations are the one source of the schema;
// ClusterMigrations derives from them, statement by statement, the DDL for a
// sharded and replicated cluster (current ClickHouse releases only):
//
//   - CREATE TABLE t (…) ENGINE = XMergeTree(args) … becomes t_local, created
//     ON CLUSTER with ReplicatedXMergeTree('/clickhouse/tables/{shard}/{database}/t_local',
//     '{replica}', args) and the same columns, PARTITION BY, ORDER BY and other
//     clauses, plus t itself as a Distributed table over t_local, so that the
//     roles read and write the same table names as on a single node;
//   - ALTER TABLE t … is applied to t_local, and its column changes to t too;
//   - DROP TABLE t drops t and t_local; CREATE VIEW gets ON CLUSTER and reads
//     the Distributed tables.
//
// Every statement is made re-runnable (IF NOT EXISTS, IF EXISTS), since the
// cluster DDL is applied by a script and not recorded in schema_migrations.
// Anything else (materialized views, other engines, INSERT) is an error: it
// needs a cluster form written by hand, not a silent guess.

// LocalSuffix names the replicated table behind each Distributed table.
const LocalSuffix = "_local"

var clusterNameRE = regexp.MustCompile(`^[A-Za-z0-9_.{}-]+$`)

// ClusterMigrations returns the migrations rewritten for the named cluster (a
// name from remote_servers, or a macro such as {cluster}). Versions and names
// are those of Migrations.
func ClusterMigrations(cluster string) ([]Migration, error) {
	if !clusterNameRE.MatchString(cluster) {
		return nil, fmt.Errorf("cluster name %q: want letters, digits, _ . - or a {macro}", cluster)
	}
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	return clusterize(ms, cluster)
}

func clusterize(ms []Migration, cluster string) ([]Migration, error) {
	g := clusterGen{cluster: cluster, tables: map[string]bool{}}
	out := make([]Migration, 0, len(ms))
	for _, m := range ms {
		cm := Migration{Version: m.Version, Name: m.Name}
		for i, stmt := range m.Statements {
			stmts, err := g.statement(stmt)
			if err != nil {
				return nil, fmt.Errorf("migration %s, statement %d: %w", m.Name, i+1, err)
			}
			cm.Statements = append(cm.Statements, stmts...)
		}
		out = append(out, cm)
	}
	return out, nil
}

// FormatSQL renders migrations as one SQL script: a comment naming each
// migration, then its statements, each ended by a semicolon at a line end, so
// that SplitStatements (and clickhouse-client --multiquery) read it back.
func FormatSQL(ms []Migration) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "-- %s\n", m.Name)
		for _, s := range m.Statements {
			b.WriteString(s)
			b.WriteString(";\n")
		}
	}
	return b.String()
}

// clusterGen rewrites statements in migration order; it remembers the tables
// created so far, so that an ALTER or DROP of a table it did not create fails.
type clusterGen struct {
	cluster string
	tables  map[string]bool
}

func (g *clusterGen) onCluster() string { return "ON CLUSTER " + quote(g.cluster) }

func (g *clusterGen) statement(stmt string) ([]string, error) {
	toks, err := lex(stmt)
	if err != nil {
		return nil, err
	}
	switch {
	case keywordsAt(toks, 0, "CREATE", "TABLE"):
		return g.createTable(stmt, toks)
	case keywordsAt(toks, 0, "CREATE", "VIEW"), keywordsAt(toks, 0, "CREATE", "OR", "REPLACE", "VIEW"):
		return g.createView(stmt, toks)
	case keywordsAt(toks, 0, "ALTER", "TABLE"):
		return g.alterTable(stmt, toks)
	case keywordsAt(toks, 0, "DROP", "TABLE"):
		return g.dropTable(toks)
	case keywordsAt(toks, 0, "CREATE", "MATERIALIZED", "VIEW"):
		return nil, errors.New("materialized view: its cluster form (source = a local table, TO = a local table) must be written by hand")
	}
	return nil, fmt.Errorf("unsupported statement %q", firstWords(toks, 3))
}

func (g *clusterGen) createTable(stmt string, toks []token) ([]string, error) {
	t, err := parseCreateTable(stmt, toks)
	if err != nil {
		return nil, err
	}
	if t.OnCluster != "" {
		return nil, fmt.Errorf("table %s: already ON CLUSTER", t.Name)
	}
	if !strings.HasSuffix(t.Engine, "MergeTree") {
		return nil, fmt.Errorf("table %s: engine %s is not of the MergeTree family; only those are replicated", t.Name, t.Engine)
	}
	if strings.HasPrefix(t.Engine, "Replicated") {
		return nil, fmt.Errorf("table %s: engine %s is already replicated", t.Name, t.Engine)
	}
	local := t.Name + LocalSuffix
	args := []string{quote("/clickhouse/tables/{shard}/{database}/" + local), quote("{replica}")}
	if t.EngineArgs != "" {
		args = append(args, t.EngineArgs)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s %s (\n", local, g.onCluster())
	for i, e := range t.Elements {
		b.WriteString("    " + e)
		if i < len(t.Elements)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, ") ENGINE = Replicated%s(%s)", t.Engine, strings.Join(args, ", "))
	for _, c := range t.Clauses {
		fmt.Fprintf(&b, "\n%s %s", c.Keyword, c.Expr)
	}
	dist := fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s %s AS %s\nENGINE = Distributed(%s, currentDatabase(), %s, %s)",
		t.Name, g.onCluster(), local, quote(g.cluster), quote(local), shardingKey(t))
	g.tables[t.Name] = true
	return []string{b.String(), dist}, nil
}

// shardingKey keeps every row of one sorting key on one shard, which
// ReplacingMergeTree needs to collapse repeats (and FINAL to see them): a
// merchant's rows stay together when merchant_id is part of the sorting key,
// a thread's (the event archive: a conversation, a listing's versions) when
// thread_id is, otherwise the rows of one value of the key's first column.
// (The archive's first column, kind, has four values: sharding on it would
// put all messages on one shard.)
func shardingKey(t *createTable) string {
	keys := t.orderBy()
	for _, want := range []string{"merchant_id", "thread_id"} {
		for _, k := range keys {
			if k == want {
				return "cityHash64(" + k + ")"
			}
		}
	}
	if len(keys) == 0 || keys[0] == "tuple()" {
		return "rand()"
	}
	return "cityHash64(" + keys[0] + ")"
}

func (g *clusterGen) createView(stmt string, toks []token) ([]string, error) {
	i := 1
	orReplace := keywordsAt(toks, i, "OR", "REPLACE")
	if orReplace {
		i += 2
	}
	i++ // VIEW
	ifNotExists := keywordsAt(toks, i, "IF", "NOT", "EXISTS")
	if ifNotExists {
		i += 3
	}
	name, next, err := tableName(toks, i)
	if err != nil {
		return nil, err
	}
	if keywordsAt(toks, next, "ON", "CLUSTER") {
		return nil, fmt.Errorf("view %s: already ON CLUSTER", name)
	}
	if !keywordsAt(toks, next, "AS") {
		return nil, fmt.Errorf("view %s: want AS SELECT …", name)
	}
	head := "CREATE VIEW IF NOT EXISTS "
	if orReplace {
		head = "CREATE OR REPLACE VIEW "
	}
	return []string{fmt.Sprintf("%s%s %s %s", head, name, g.onCluster(), stmt[toks[next].start:])}, nil
}

// columnCommands are the ALTER commands that also apply to a Distributed
// table, with the clause that makes each one re-runnable.
var columnCommands = []struct {
	verb, guard string
}{
	{"ADD", "IF NOT EXISTS"},
	{"DROP", "IF EXISTS"},
	{"MODIFY", "IF EXISTS"},
	{"RENAME", "IF EXISTS"},
	{"COMMENT", "IF EXISTS"},
}

func (g *clusterGen) alterTable(stmt string, toks []token) ([]string, error) {
	name, next, err := tableName(toks, 2)
	if err != nil {
		return nil, err
	}
	if !g.tables[name] {
		return nil, fmt.Errorf("ALTER TABLE %s: no earlier migration creates it", name)
	}
	if keywordsAt(toks, next, "ON", "CLUSTER") {
		return nil, fmt.Errorf("ALTER TABLE %s: already ON CLUSTER", name)
	}
	if next >= len(toks) {
		return nil, fmt.Errorf("ALTER TABLE %s: no command", name)
	}
	var local, dist []string
	for _, cmd := range splitTop(toks[next:]) {
		text, isColumn := alterCommand(stmt, cmd)
		local = append(local, text)
		if isColumn {
			dist = append(dist, text)
		}
	}
	out := []string{fmt.Sprintf("ALTER TABLE %s%s %s %s", name, LocalSuffix, g.onCluster(), strings.Join(local, ", "))}
	if len(dist) > 0 {
		out = append(out, fmt.Sprintf("ALTER TABLE %s %s %s", name, g.onCluster(), strings.Join(dist, ", ")))
	}
	return out, nil
}

// alterCommand returns one ALTER command's text, guarded when it is a column
// command, and whether it is one.
func alterCommand(stmt string, cmd []token) (string, bool) {
	text := stmt[cmd[0].start:cmd[len(cmd)-1].end]
	for _, c := range columnCommands {
		if !keywordsAt(cmd, 0, c.verb, "COLUMN") {
			continue
		}
		if keywordsAt(cmd, 2, strings.Fields(c.guard)...) {
			return text, true
		}
		return c.verb + " COLUMN " + c.guard + " " + stmt[cmd[2].start:cmd[len(cmd)-1].end], true
	}
	return text, false
}

func (g *clusterGen) dropTable(toks []token) ([]string, error) {
	i := 2
	if keywordsAt(toks, i, "IF", "EXISTS") {
		i += 2
	}
	name, next, err := tableName(toks, i)
	if err != nil {
		return nil, err
	}
	if next != len(toks) {
		return nil, fmt.Errorf("DROP TABLE %s: unexpected %q", name, toks[next].text)
	}
	if !g.tables[name] {
		return nil, fmt.Errorf("DROP TABLE %s: no earlier migration creates it", name)
	}
	delete(g.tables, name)
	return []string{
		fmt.Sprintf("DROP TABLE IF EXISTS %s %s SYNC", name, g.onCluster()),
		fmt.Sprintf("DROP TABLE IF EXISTS %s%s %s SYNC", name, LocalSuffix, g.onCluster()),
	}, nil
}

// createTable is a parsed CREATE TABLE statement. Texts are taken from the
// statement token to token, so comments between elements are dropped.
type createTable struct {
	Name      string
	OnCluster string // the cluster of an ON CLUSTER clause, if any
	// Elements are the column definitions and indexes, one text each.
	Elements []string
	// Columns are the column definitions by name and type.
	Columns    []column
	Engine     string
	EngineArgs string // the engine's arguments without parentheses; may be empty
	Clauses    []clause
}

// column is one column of a table.
type column struct {
	Name, Type string
}

// clause is one clause after ENGINE: PARTITION BY, ORDER BY, PRIMARY KEY,
// SAMPLE BY, TTL, SETTINGS or COMMENT.
type clause struct {
	Keyword, Expr string
}

// clause returns the expression of the clause with that keyword, or "".
func (t *createTable) clause(keyword string) string {
	for _, c := range t.Clauses {
		if c.Keyword == keyword {
			return c.Expr
		}
	}
	return ""
}

// orderBy returns the elements of the sorting key.
func (t *createTable) orderBy() []string {
	expr := t.clause("ORDER BY")
	if expr == "" {
		return nil
	}
	toks, err := lex(expr)
	if err != nil || len(toks) == 0 {
		return []string{expr}
	}
	if toks[0].kind == tokLParen && closing(toks, 0) == len(toks)-1 && len(toks) > 2 {
		var out []string
		for _, part := range splitTop(toks[1 : len(toks)-1]) {
			out = append(out, expr[part[0].start:part[len(part)-1].end])
		}
		return out
	}
	return []string{expr}
}

var clauseKeywords = [][]string{
	{"PARTITION", "BY"}, {"ORDER", "BY"}, {"PRIMARY", "KEY"}, {"SAMPLE", "BY"}, {"TTL"}, {"SETTINGS"}, {"COMMENT"},
}

// columnModifiers end a column's type.
var columnModifiers = map[string]bool{
	"DEFAULT": true, "MATERIALIZED": true, "EPHEMERAL": true, "ALIAS": true,
	"CODEC": true, "COMMENT": true, "TTL": true, "SETTINGS": true, "PRIMARY": true,
}

func parseCreateTable(stmt string, toks []token) (*createTable, error) {
	i := 2
	if keywordsAt(toks, i, "IF", "NOT", "EXISTS") {
		i += 3
	}
	name, i, err := tableName(toks, i)
	if err != nil {
		return nil, err
	}
	t := &createTable{Name: name}
	if keywordsAt(toks, i, "ON", "CLUSTER") && i+2 < len(toks) {
		t.OnCluster = toks[i+2].name()
		if toks[i+2].kind == tokString {
			t.OnCluster = toks[i+2].text[1 : len(toks[i+2].text)-1]
		}
		i += 3
	}
	if i >= len(toks) || toks[i].kind != tokLParen {
		return nil, fmt.Errorf("table %s: want a column list in parentheses", name)
	}
	end := closing(toks, i)
	if end < 0 {
		return nil, fmt.Errorf("table %s: unbalanced parentheses", name)
	}
	if end == i+1 {
		return nil, fmt.Errorf("table %s: no columns", name)
	}
	for _, el := range splitTop(toks[i+1 : end]) {
		t.Elements = append(t.Elements, stmt[el[0].start:el[len(el)-1].end])
		if el[0].kind == tokIdent && (el[0].is("INDEX") || el[0].is("PROJECTION") || el[0].is("CONSTRAINT")) {
			continue
		}
		if len(el) < 2 {
			return nil, fmt.Errorf("table %s: column %q has no type", name, el[0].text)
		}
		typeEnd := len(el)
		for j := 1; j < len(el); j++ {
			if el[j].kind == tokIdent && columnModifiers[strings.ToUpper(el[j].text)] && j > 1 {
				typeEnd = j
				break
			}
		}
		t.Columns = append(t.Columns, column{Name: el[0].name(), Type: stmt[el[1].start:el[typeEnd-1].end]})
	}
	i = end + 1
	if !keywordsAt(toks, i, "ENGINE") {
		return nil, fmt.Errorf("table %s: want ENGINE after the columns", name)
	}
	i++
	if i < len(toks) && toks[i].text == "=" {
		i++
	}
	if i >= len(toks) || toks[i].kind != tokIdent {
		return nil, fmt.Errorf("table %s: want an engine name", name)
	}
	t.Engine = toks[i].text
	i++
	if i < len(toks) && toks[i].kind == tokLParen {
		end := closing(toks, i)
		if end < 0 {
			return nil, fmt.Errorf("table %s: unbalanced parentheses in the engine", name)
		}
		if end > i+1 {
			t.EngineArgs = stmt[toks[i+1].start:toks[end-1].end]
		}
		i = end + 1
	}
	for i < len(toks) {
		kw := clauseAt(toks, i)
		if kw == nil {
			return nil, fmt.Errorf("table %s: unexpected %q after the engine", name, toks[i].text)
		}
		j := i + len(kw)
		for depth := 0; j < len(toks); j++ {
			switch toks[j].kind {
			case tokLParen:
				depth++
			case tokRParen:
				depth--
			}
			if depth == 0 && j > i+len(kw) && clauseAt(toks, j) != nil {
				break
			}
		}
		if j == i+len(kw) {
			return nil, fmt.Errorf("table %s: %s without an expression", name, strings.Join(kw, " "))
		}
		t.Clauses = append(t.Clauses, clause{Keyword: strings.Join(kw, " "), Expr: stmt[toks[i+len(kw)].start:toks[j-1].end]})
		i = j
	}
	return t, nil
}

func clauseAt(toks []token, i int) []string {
	for _, kw := range clauseKeywords {
		if keywordsAt(toks, i, kw...) {
			return kw
		}
	}
	return nil
}

// tableName reads an unqualified table name at toks[i]; the cluster DDL puts
// every table in the client's current database.
func tableName(toks []token, i int) (string, int, error) {
	if i >= len(toks) || (toks[i].kind != tokIdent && toks[i].kind != tokQuotedIdent) {
		return "", i, errors.New("want a table name")
	}
	if i+1 < len(toks) && toks[i+1].text == "." {
		return "", i, fmt.Errorf("table %s.%s: qualified names are not supported", toks[i].name(), tokenText(toks, i+2))
	}
	return toks[i].name(), i + 1, nil
}

func tokenText(toks []token, i int) string {
	if i < len(toks) {
		return toks[i].name()
	}
	return ""
}

func firstWords(toks []token, n int) string {
	var w []string
	for i := 0; i < n && i < len(toks); i++ {
		w = append(w, toks[i].text)
	}
	return strings.Join(w, " ")
}

func quote(s string) string { return "'" + s + "'" }

// A small SQL lexer: enough to find a statement's parts by parentheses and
// commas outside strings and comments.

type tokKind int

const (
	tokIdent tokKind = iota
	tokQuotedIdent
	tokString
	tokNumber
	tokLParen
	tokRParen
	tokComma
	tokOther
)

type token struct {
	kind       tokKind
	text       string
	start, end int
}

// is reports whether an identifier token is the keyword kw.
func (t token) is(kw string) bool { return t.kind == tokIdent && strings.EqualFold(t.text, kw) }

// name is the identifier without its quotes.
func (t token) name() string {
	if t.kind == tokQuotedIdent {
		return t.text[1 : len(t.text)-1]
	}
	return t.text
}

func lex(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
				i += n
			} else {
				i = len(s)
			}
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			n := strings.Index(s[i+2:], "*/")
			if n < 0 {
				return nil, fmt.Errorf("unterminated comment at offset %d", i)
			}
			i += n + 4
		case c == '\'' || c == '`' || c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != c; j++ {
				if s[j] == '\\' {
					j++
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unterminated %c at offset %d", c, i)
			}
			kind := tokQuotedIdent
			if c == '\'' {
				kind = tokString
			}
			toks = append(toks, token{kind, s[i : j+1], i, j + 1})
			i = j + 1
		case isIdentByte(c) && !isDigit(c):
			j := i
			for j < len(s) && isIdentByte(s[j]) {
				j++
			}
			toks = append(toks, token{tokIdent, s[i:j], i, j})
			i = j
		case isDigit(c):
			j := i
			for j < len(s) && (isIdentByte(s[j]) || s[j] == '.') {
				j++
			}
			toks = append(toks, token{tokNumber, s[i:j], i, j})
			i = j
		default:
			kind := tokOther
			switch c {
			case '(':
				kind = tokLParen
			case ')':
				kind = tokRParen
			case ',':
				kind = tokComma
			}
			toks = append(toks, token{kind, s[i : i+1], i, i + 1})
			i++
		}
	}
	return toks, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentByte(c byte) bool {
	return c == '_' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// keywordsAt reports whether toks[i:] starts with the keywords kws.
func keywordsAt(toks []token, i int, kws ...string) bool {
	if i+len(kws) > len(toks) {
		return false
	}
	for j, kw := range kws {
		if !toks[i+j].is(kw) {
			return false
		}
	}
	return true
}

// closing returns the index of the parenthesis that closes toks[i], or -1.
func closing(toks []token, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch toks[j].kind {
		case tokLParen:
			depth++
		case tokRParen:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// splitTop splits toks on commas outside parentheses, dropping empty parts.
func splitTop(toks []token) [][]token {
	var out [][]token
	depth, start := 0, 0
	for j, t := range toks {
		switch t.kind {
		case tokLParen:
			depth++
		case tokRParen:
			depth--
		case tokComma:
			if depth == 0 {
				if j > start {
					out = append(out, toks[start:j])
				}
				start = j + 1
			}
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}
