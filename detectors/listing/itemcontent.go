package listing

import (
	"strings"
	"unicode/utf8"
)

// itemMinPhrases say "at least" before a count of items ("минимум 100 труб",
// "minimum 100 pipes", "至少100根"); they are moqPhrases of tagItems.
var itemMinPhrases = []string{
	"minimum", "min", "min.", "at least", "минимум", "не менее", "мин.", "mínimo", "minimo", "au moins", "mindestens",
	"almeno", "en az", "minimal", "tối thiểu", "ít nhất", "至少", "最少", "최소", "少なくとも", "最低", "الحد الأدنى",
	"على الأقل", "कम से कम", "न्यूनतम", "อย่างน้อย", "ขั้นต่ำ",
}

// itemCountReach is how far after an "at least" phrase its count may start
// ("minimum order quantity: 100 pipes").
const itemCountReach = 24

// itemsMinimum reads a minimum stated after desc[:e] (an MOQ or "at least"
// phrase, in the clause desc[cs:ce]) as a count of items that are not the
// listing's unit ("минимум 100 труб в заказе") when the description states
// each such item's content in the listing's unit ("продаём целыми трубами
// по 6 м", "pipes of 6 m each", "每根6米"): the minimum is count × content.
// The item is matched by its word, so a count of days or colours is not
// multiplied by a pipe's length. Listings counted in pieces have nothing to
// convert and are skipped before any text is read.
func itemsMinimum(desc string, e, ce int, lu unitInfo) (float64, bool) {
	if !lu.known() || lu.dim == dimCount {
		return 0, false
	}
	n, noun, ok := itemCountAt(desc, e, min(ce, e+itemCountReach))
	if !ok {
		return 0, false
	}
	c, ok := itemContent(desc, lu, noun)
	return n * c, ok
}

// itemCountAt reads the first number in desc[from:to] as a count of items
// with the word after it naming them ("100 труб", "100根"). A number in a
// unit of measure or without a word after it is no such count.
func itemCountAt(desc string, from, to int) (float64, string, bool) {
	for i := from; i < to; i++ {
		if _, n := digitAt(desc, i); n == 0 {
			continue
		}
		if i > 0 && isWordByte(desc[i-1]) {
			return 0, "", false
		}
		q, _ := parseQuantity(desc, i)
		if q.unit.known() && q.unit.dim != dimCount || !v1(q.value) {
			return 0, "", false
		}
		k := i
		for k < len(desc) {
			if _, n := digitAt(desc, k); n > 0 {
				k += n
				continue
			}
			if desc[k] == ',' || desc[k] == '.' || desc[k] == ' ' {
				if _, n := digitAt(desc, k+1); n > 0 {
					k++
					continue
				}
			}
			break
		}
		k, _ = skipSpaces(desc, k)
		noun := wordAtRaw(desc, k)
		return q.value, noun, noun != ""
	}
	return 0, "", false
}

// itemContent finds a quantity in the listing's unit stated as the content
// of one item named noun: the item's word just before it ("трубами по 6 м",
// "pipes of 6 m each", "每根6米") or just after it ("6 m pipes").
func itemContent(desc string, lu unitInfo, noun string) (float64, bool) {
	for i := 0; i < len(desc); i++ {
		_, n := digitAt(desc, i)
		if n == 0 || i > 0 && isWordByte(desc[i-1]) {
			continue
		}
		q, _ := parseQuantity(desc, i)
		val, ok := inListingUnits(q, lu)
		if !ok || !(val > 0) {
			i += n - 1
			continue
		}
		if sameItem(noun, wordAtRaw(desc, skipSpacesEnd(desc, q.end))) || itemBefore(desc, i, noun) {
			return val, true
		}
		i = max(i, q.end-1)
	}
	return 0, false
}

// itemBefore reports noun among the three words before desc[i] ("трубами
// по", "pipes of", "Rohre zu je"), or as the CJK classifier just before it
// ("每根").
func itemBefore(desc string, i int, noun string) bool {
	if r, _ := utf8.DecodeRuneInString(noun); len(noun) == utf8.RuneLen(r) && r >= utf8.RuneSelf && isCJK(r) {
		return strings.HasSuffix(desc[:i], noun)
	}
	k := i
	for range 3 {
		for k > 0 && (desc[k-1] == ' ' || desc[k-1] == ',') {
			k--
		}
		e := k
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(desc[:k])
			if !isLetterRune(r) || isCJK(r) {
				break
			}
			k -= size
		}
		if k == e {
			return false
		}
		if sameItem(noun, desc[k:e]) {
			return true
		}
	}
	return false
}

// sameItem compares two words by their first four letters, so inflected
// forms of one noun match ("труб", "трубами"; "pipes", "pipe"); a CJK
// classifier matches itself only.
func sameItem(a, b string) bool {
	const stem = 4
	if a == "" || b == "" {
		return false
	}
	ra, rb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if ra < 3 || rb < 3 {
		return a == b && isCJKStart(a, 0)
	}
	return strings.EqualFold(runePrefix(a, stem), runePrefix(b, stem))
}

func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// wordAtRaw returns the word (letters and marks) at desc[k] as written, or a
// single CJK character.
func wordAtRaw(desc string, k int) string {
	if isCJKStart(desc, k) {
		_, size := utf8.DecodeRuneInString(desc[k:])
		return desc[k : k+size]
	}
	e := k
	for e < len(desc) {
		r, size := utf8.DecodeRuneInString(desc[e:])
		if !isLetterRune(r) || isCJK(r) {
			break
		}
		e += size
	}
	return desc[k:e]
}

func skipSpacesEnd(desc string, k int) int {
	k, _ = skipSpaces(desc, k)
	return k
}
