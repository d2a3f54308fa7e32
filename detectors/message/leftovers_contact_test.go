package message_test

import (
	"strings"
	"testing"
)

// Off-platform families the holdout set showed missing, generated.

// spaced writes digits one by one, separated by sep: "8 6 1 5 7 9".
func spaced(ds, sep string) string {
	return strings.Join(strings.Split(ds, ""), sep)
}

// A number written in two messages of bare spaced digits, no keyword, no
// plus: the country code starts the first half. Every cut, several
// countries; spaced or comma-spaced second halves.
func TestLeftoverSplitSpacedDigits(t *testing.T) {
	d := newDetector(t)
	mobiles := []string{"8613800138000", "66812345678", "821012345678", "6281234567890", "84912345678",
		"905321234567", "79123456789", "5511912345678", "447911123456", "819012345678"}
	pass, total := 0, 0
	var fails []string
	for _, n := range mobiles {
		for cut := 4; cut <= len(n)-4; cut++ {
			for _, sep := range []string{" ", "  "} {
				first, second := spaced(n[:cut], sep), spaced(n[cut:], sep)
				total++
				if found(t, d, buyer("Can you send me the catalogue?"), seller(first), seller(second)) {
					pass++
				} else {
					fails = append(fails, first+" || "+second)
				}
			}
		}
	}
	rate(t, "split_spaced_digits", pass, total, fails, 0.95)

	clean := [][]turn{
		{seller("1 2 3 4"), seller("5 6 7 8")},
		{seller("Sizes: 3 4 5 6"), seller("7 8 9 10")},
		{seller("8 6 1 5 7 9"), buyer("what is this?"), seller("1 0 7 5 4 6 4")},
		{seller("8 6 1 5 7 9"), seller("Sorry, wrong chat.")},
		{seller("Colours 1 2 3 4 5 available"), seller("MOQ 500 pcs")},
	}
	for _, c := range clean {
		if found(t, d, c...) {
			t.Errorf("false alarm: %v", c)
		}
	}
}
