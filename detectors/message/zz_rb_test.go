package message_test

import (
	"slices"
	"strings"
	"testing"
)

func TestZZRB(t *testing.T) {
	d := newDetector(t)
	reply := "Sure: WhatsApp +86 138 1234 5678"
	seen := map[string]bool{}
	for lang, tpls := range rbBuyerDirect {
		for _, tp := range tpls {
			for _, ch := range append(slices.Clone(rbApps), rbEmailWords[lang], rbPhoneWords[lang]) {
				text := strings.ReplaceAll(tp, "{ch}", ch)
				if got := lastCodes(t, d, buyer(text), seller(reply)); slices.Contains(got, op) && !seen[text] {
					seen[text] = true
					t.Logf("DIRECT %s %q", lang, text)
				}
			}
		}
	}
	for lang, tpls := range rbBuyerIndirect {
		for _, text := range tpls {
			if got := lastCodes(t, d, buyer(text), seller(reply)); slices.Contains(got, op) {
				t.Logf("INDIRECT %s %q", lang, text)
			}
		}
	}
}
