package message

import (
	"strings"
	"testing"
)

// TestEszettFoldsAsSS checks that German ß (and capital ẞ) normalise to "ss",
// so that a word reads the same typed either way, with the byte map kept.
func TestEszettFoldsAsSS(t *testing.T) {
	pairs := [][2]string{
		{"Straße", "Strasse"}, {"außerhalb", "ausserhalb"}, {"GROẞ", "GROSS"}, {"Grüße", "Grüsse"},
		{"weiß", "weiss"}, {"Fußball", "Fussball"}, {"schließen", "schliessen"}, {"Maße", "Masse"},
	}
	for _, p := range pairs {
		a, _, sc := normString(p[0])
		b, _, _ := normString(p[1])
		if a != b {
			t.Errorf("normalize(%q) = %q, normalize(%q) = %q: want equal", p[0], a, p[1], b)
		}
		for i := range sc.norm {
			if s, e := sc.ns[i], sc.ne[i]; s < 0 || e > int32(len(p[0])) || s >= e {
				t.Errorf("%q: byte %d maps to [%d,%d)", p[0], i, s, e)
			}
		}
	}
}

// TestEszettLexiconBothWays checks that a lexicon phrase matches a message
// in either spelling: every lexicon phrase holding ß or "ss" is matched with
// the one swapped for the other.
func TestEszettLexiconBothWays(t *testing.T) {
	phrases()
	n := 0
	for _, e := range lexiconEntries() {
		for _, p := range e.phrases {
			for _, alt := range []string{strings.ReplaceAll(p, "ß", "ss"), strings.ReplaceAll(p, "ss", "ß")} {
				if alt == p {
					continue
				}
				n++
				want := matchedCats(p)
				if got := matchedCats(alt); got != want {
					t.Errorf("%q matches %x, %q matches %x", p, want, alt, got)
				}
			}
		}
	}
	// A few phrases the lexicon spells with one form only.
	for _, c := range []struct{ text, alt string }{
		{"außerhalb der Plattform", "ausserhalb der Plattform"},
		{"Ich schließe die Bestellung", "Ich schliesse die Bestellung"},
	} {
		n++
		if a, b := matchedCats(c.text), matchedCats(c.alt); a != b {
			t.Errorf("%q matches %x, %q matches %x", c.text, a, c.alt, b)
		}
	}
	if n < 4 {
		t.Fatalf("only %d phrases checked", n)
	}
}

// matchedCats is the union of the categories the lexicon matches in text.
func matchedCats(text string) cat {
	sc := new(scratch)
	normalize(text, sc)
	sc.lexical()
	return sc.allCats
}
