package message

import "unicode"

// Unicode properties of BMP runes, tabled: unicode.IsLetter and its kin
// binary-search range tables per call, which made them the largest single
// cost of normalising and tokenising Cyrillic, Arabic or Greek text.
const (
	propLetter uint8 = 1 << iota
	propMark
	propSpace
	propDigit
	propPunct
)

var runeProps = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	for r := rune(0); r < 0x10000; r++ {
		var p uint8
		if unicode.IsLetter(r) {
			p |= propLetter
		}
		if unicode.IsMark(r) {
			p |= propMark
		}
		if unicode.IsSpace(r) {
			p |= propSpace
		}
		if unicode.IsDigit(r) {
			p |= propDigit
		}
		if unicode.IsPunct(r) {
			p |= propPunct
		}
		t[r] = p
	}
	return &t
}()

// hasProp reports whether r has any of the properties in p.
func hasProp(r rune, p uint8) bool {
	if r >= 0 && r < 0x10000 {
		return runeProps[r]&p != 0
	}
	return (p&propLetter != 0 && unicode.IsLetter(r)) || (p&propMark != 0 && unicode.IsMark(r)) ||
		(p&propSpace != 0 && unicode.IsSpace(r)) || (p&propDigit != 0 && unicode.IsDigit(r)) ||
		(p&propPunct != 0 && unicode.IsPunct(r))
}
