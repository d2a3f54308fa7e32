package clickhouse

import (
	"fmt"
	"regexp"
	"strings"
)

// On the cluster every table of the schema is a Distributed table over its
// shards. A query that reads a second Distributed table inside IN or JOIN is
// refused by the default distributed_product_mode ('deny', error 288): each
// shard would run the subquery across the whole cluster again. GLOBAL IN and
// GLOBAL JOIN run the subquery once, on the initiator, and send the result
// to the shards; they mean the same as IN and JOIN on a single server.

var (
	sqlQuotedRE = regexp.MustCompile(`'(?:[^'\\]|\\.)*'`)
	// [GLOBAL] [NOT] IN (SELECT … FROM t
	inSubqueryRE = regexp.MustCompile(`(?is)\b(GLOBAL\s+)?(?:NOT\s+)?IN\s*\(\s*SELECT\b.*?\bFROM\s+(\w+)`)
	// [GLOBAL] [ANY|ALL|…] [LEFT|INNER|…] JOIN t
	joinRE = regexp.MustCompile(`(?is)\b(GLOBAL\s+)?(?:(?:ANY|ALL|ASOF|SEMI|ANTI|LEFT|RIGHT|INNER|FULL|OUTER|CROSS)\s+)*JOIN\s+(\w+)`)
)

// DistributedSubqueryProblems lists the subqueries and joins of query that
// read a table of the schema without GLOBAL: on the cluster both sides are
// Distributed tables and ClickHouse refuses them.
func DistributedSubqueryProblems(query string) ([]string, error) {
	tables, err := schemaTables()
	if err != nil {
		return nil, err
	}
	text := sqlQuotedRE.ReplaceAllString(query, "''")
	var out []string
	for _, re := range []*regexp.Regexp{inSubqueryRE, joinRE} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			if m[1] == "" && tables[m[2]] {
				out = append(out, fmt.Sprintf("%q reads Distributed table %s without GLOBAL", strings.Join(strings.Fields(m[0]), " "), m[2]))
			}
		}
	}
	return out, nil
}

var createTableNameRE = regexp.MustCompile(`(?is)^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)`)

// schemaTables are the tables the single-node migrations create.
func schemaTables() (map[string]bool, error) {
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, m := range ms {
		for _, s := range m.Statements {
			if g := createTableNameRE.FindStringSubmatch(s); g != nil {
				out[g[1]] = true
			}
		}
	}
	return out, nil
}
