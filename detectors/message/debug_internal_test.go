package message

import (
	"os"
	"testing"
)

// TestDebugText prints the analysis of $HAILI_DEBUG_TEXT (development aid).
func TestDebugText(t *testing.T) {
	text := os.Getenv("HAILI_DEBUG_TEXT")
	if text == "" {
		t.Skip("HAILI_DEBUG_TEXT not set")
	}
	d := testDetector(t)
	sc := new(scratch)
	normalize(text, sc)
	sc.toks = tokenize(sc.norm, sc.toks)
	sc.foldJoins()
	sc.markSentences()
	sc.matchPhrases()
	sc.indexSentences()
	sc.collectMentions()
	if err := d.findValues(sc); err != nil {
		t.Fatal(err)
	}
	d.contactSignals(sc)
	t.Logf("norm %q", sc.norm)
	for i, tk := range sc.toks {
		t.Logf("tok %d %q alt=%q kind=%d sp=%v sent=%d cl=%d cats=%b ch=%v mEnd=%d shadow=%v", i, sc.norm[tk.s:tk.e], tk.alt, tk.kind, tk.sp, tk.sent, tk.clause, tk.cats, tk.ch, tk.mEnd, tk.shadow)
	}
	for _, m := range sc.ments {
		t.Logf("mention %+v", m)
	}
	for _, v := range sc.vals {
		t.Logf("value %+v %q", v, sc.vbuf[v.ds:v.de])
	}
	for _, s := range sc.sigs {
		t.Logf("signal %+v", s)
	}
}
