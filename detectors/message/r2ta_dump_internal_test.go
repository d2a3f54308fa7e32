package message

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestR2TADump prints the tokens of R2TA_DUMP (a debugging aid; skipped
// without it).
func TestR2TADump(t *testing.T) {
	text := os.Getenv("R2TA_DUMP")
	if text == "" {
		t.Skip("R2TA_DUMP not set")
	}
	sc := new(scratch)
	normalize(text, sc)
	sc.lexical()
	sc.tagRuns()
	var b strings.Builder
	for i, tk := range sc.toks {
		fmt.Fprintf(&b, "%d %q s%d c%d cats=%x fam=%x end=%d kind=%x\n", i, sc.norm[tk.s:tk.e], tk.sent, tk.clause, uint64(tk.cats), tk.fam, tk.mEnd, sc.taxKindAt(i))
	}
	sc.parseAmounts()
	for i := range sc.toks {
		if sc.altPayAt(i) {
			fmt.Fprintf(&b, "alt %d pushed=%v negAfter=%v\n", i, sc.altPushed(i, text), sc.negatedAfter(i))
		}
	}
	res := taResult{neg: -1}
	sc.linkClosed(text, sc.taNamed(text), false, &res)
	sc.slowPushed(text, sc.taNamed(text), &res)
	fmt.Fprintf(&b, "named=%v res=%+v\n", sc.taNamed(text), res)
	t.Log("\n" + b.String())
}
