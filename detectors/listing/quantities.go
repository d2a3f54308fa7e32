package listing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dimension is what a unit measures; quantities convert only within one.
type dimension uint8

const (
	dimNone dimension = iota
	dimMass
	dimLength
	dimArea
	dimPower
	dimCount // pieces, pairs and sets: countable goods
)

// unitInfo is a unit's dimension and its size in the dimension's base unit
// (gram, meter, square meter, watt, piece).
type unitInfo struct {
	dim    dimension
	factor float64
}

func (u unitInfo) known() bool { return u.dim != dimNone }

// unitWords maps the unit words found after a number in descriptions, in the
// languages merchants write in, to units. Keys are lowercase.
var unitWords = func() map[string]unitInfo {
	m := map[string]unitInfo{}
	add := func(u unitInfo, words ...string) {
		for _, w := range words {
			m[w] = u
		}
	}
	add(unitInfo{dimMass, 1}, "g", "gr", "gram", "grams", "gramme", "grammes", "gramos", "gramas", "克", "г", "грамм")
	add(unitInfo{dimMass, 1e3}, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes",
		"kilogramos", "quilos", "公斤", "千克", "кг")
	add(unitInfo{dimMass, 1e6}, "t", "ton", "tons", "tonne", "tonnes", "mt", "mts", "toneladas", "tonelada", "吨", "т", "тонн", "тонна", "тонны")
	add(unitInfo{dimLength, 1}, "m", "meter", "meters", "metre", "metres", "metros", "metro", "米", "м", "метр", "метров", "метра")
	add(unitInfo{dimLength, 1e3}, "km")
	add(unitInfo{dimArea, 1}, "m2", "m²", "sqm", "square meter", "square meters", "square metre", "square metres",
		"metros cuadrados", "metros quadrados", "平方米", "平米", "平方", "м2", "м²")
	add(unitInfo{dimPower, 1}, "w", "watt", "watts", "瓦", "вт")
	add(unitInfo{dimPower, 1e3}, "kw", "kwp", "千瓦", "квт")
	add(unitInfo{dimPower, 1e6}, "mw", "mwp", "兆瓦", "мвт")
	add(unitInfo{dimCount, 1}, "pc", "pcs", "piece", "pieces", "unit", "units", "pair", "pairs", "set", "sets",
		"piezas", "pieza", "unidades", "pares", "par", "juegos", "peças", "pecas", "conjuntos", "pièces", "paires",
		"stück", "stk", "件", "个", "只", "双", "套", "片", "块", "шт", "штук", "пар", "комплектов", "комплекта")
	return m
}()

// listingUnits maps the contract's unit names (and common variants) to units.
var listingUnits = map[string]unitInfo{
	"gram": {dimMass, 1}, "grams": {dimMass, 1}, "g": {dimMass, 1},
	"kilogram": {dimMass, 1e3}, "kilograms": {dimMass, 1e3}, "kg": {dimMass, 1e3},
	"ton": {dimMass, 1e6}, "tons": {dimMass, 1e6}, "tonne": {dimMass, 1e6}, "metric ton": {dimMass, 1e6},
	"meter": {dimLength, 1}, "meters": {dimLength, 1}, "metre": {dimLength, 1},
	"square meter": {dimArea, 1}, "square meters": {dimArea, 1}, "square metre": {dimArea, 1},
	"watt": {dimPower, 1}, "watts": {dimPower, 1},
	"piece": {dimCount, 1}, "pieces": {dimCount, 1}, "pair": {dimCount, 1}, "pairs": {dimCount, 1},
	"set": {dimCount, 1}, "sets": {dimCount, 1}, "unit": {dimCount, 1}, "units": {dimCount, 1},
}

// multiplierWords scale the number before a unit ("10k pcs", "1万件").
var multiplierWords = map[string]float64{"k": 1e3, "万": 1e4, "千": 1e3, "тыс": 1e3}

// listingUnit returns the unit of a listing's unit field.
func listingUnit(unit string) unitInfo {
	return listingUnits[strings.ToLower(unit)]
}

// quantity is a number with the unit word that follows it.
type quantity struct {
	value float64
	unit  unitInfo
	// attached: letters follow the digits directly and are no unit (a
	// model number such as "20GP" or "3XL", not a quantity).
	attached bool
	// bare: no word follows (end of clause, punctuation): a quantity in
	// whatever unit the context implies.
	bare       bool
	start, end int
}

// parseQuantity reads the number at text[i] (an ASCII or full-width digit)
// and the unit word after it. Thousands separators are "," and "." followed
// by exactly three digits; otherwise "." is a decimal point.
func parseQuantity(text string, i int) (q quantity, ok bool) {
	q.start = i
	var intPart, frac float64
	var fracDiv float64 = 1
	digits := 0
	j := i
	inFrac := false
	for j < len(text) {
		d, n := digitAt(text, j)
		if n > 0 {
			if inFrac {
				frac = frac*10 + float64(d)
				fracDiv *= 10
			} else {
				intPart = intPart*10 + float64(d)
			}
			digits++
			j += n
			continue
		}
		c := text[j]
		if (c == ',' || c == '.') && !inFrac && digits > 0 && threeDigitsAt(text, j+1) {
			j++ // thousands separator
			continue
		}
		if c == '.' && !inFrac && digits > 0 {
			if _, n := digitAt(text, j+1); n > 0 {
				inFrac = true
				j++
				continue
			}
		}
		break
	}
	if digits == 0 {
		return q, false
	}
	q.value = intPart + frac/fracDiv
	q.end = j
	q.unit, q.attached, q.bare, q.end = readUnit(text, j, &q.value)
	return q, true
}

// threeDigitsAt reports exactly three ASCII digits at text[i] not followed by
// another digit (the shape of a thousands group).
func threeDigitsAt(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := i; k < i+3; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return i+3 == len(text) || text[i+3] < '0' || text[i+3] > '9'
}

// digitAt decodes an ASCII or full-width digit at text[i]; n is its length
// in bytes (0 when there is none).
func digitAt(text string, i int) (d, n int) {
	if i >= len(text) {
		return 0, 0
	}
	c := text[i]
	if '0' <= c && c <= '9' {
		return int(c - '0'), 1
	}
	// Full-width digits U+FF10..U+FF19 are EF BC 90..99.
	if c == 0xEF && i+2 < len(text) && text[i+1] == 0xBC && text[i+2] >= 0x90 && text[i+2] <= 0x99 {
		return int(text[i+2] - 0x90), 3
	}
	return 0, 0
}

// readUnit reads the unit word after a number ending at text[j], applying a
// multiplier word to *value. It returns the unit (zero when unknown), whether
// unknown letters are attached to the digits, whether no word follows, and
// where the quantity ends.
func readUnit(text string, j int, value *float64) (u unitInfo, attached, bare bool, end int) {
	end = j
	square := false
	for range 3 { // a multiplier and a unit, or "square" and "meters"
		k, spaced := skipSpaces(text, j)
		var buf [32]byte
		word, wend := wordAt(text, k, buf[:0])
		if len(word) == 0 {
			return unitInfo{}, false, !square, end
		}
		if m, ok := multiplierWords[string(word)]; ok && !square {
			*value *= m
			j, end = wend, wend
			continue
		}
		if ui, ok := unitWords[string(word)]; ok {
			if !square {
				return ui, false, false, wend
			}
			if ui.dim == dimLength && ui.factor == 1 {
				return unitInfo{dimArea, 1}, false, false, wend
			}
			return unitInfo{}, false, false, end
		}
		if !square && (string(word) == "square" || string(word) == "sq") {
			square = true
			j = wend
			continue
		}
		if isCJKStart(text, k) {
			// Chinese puts words after numbers that are not units ("500起");
			// the number then stands alone.
			return unitInfo{}, false, true, end
		}
		return unitInfo{}, !spaced && !square, false, end
	}
	return unitInfo{}, false, false, end
}

// skipSpaces skips spaces, tabs and no-break spaces.
func skipSpaces(text string, k int) (int, bool) {
	start := k
	for k < len(text) {
		switch {
		case text[k] == ' ' || text[k] == '\t':
			k++
		case k+1 < len(text) && text[k] == 0xC2 && text[k+1] == 0xA0:
			k += 2
		default:
			return k, k > start
		}
	}
	return k, k > start
}

// wordAt reads the word at text[k] lowercased into buf: a run of letters,
// digits and "²" in Latin or Cyrillic script, or up to three CJK characters
// matched against the unit table (longest first).
func wordAt(text string, k int, buf []byte) (word []byte, end int) {
	if k >= len(text) {
		return nil, k
	}
	if isCJKStart(text, k) {
		// Try the longest CJK unit word first (平方米 before 平方 before 米).
		ends := [3]int{}
		e := k
		n := 0
		for n < 3 && e < len(text) && isCJKStart(text, e) {
			_, size := utf8.DecodeRuneInString(text[e:])
			e += size
			ends[n] = e
			n++
		}
		for m := n - 1; m >= 0; m-- {
			w := text[k:ends[m]]
			if _, ok := unitWords[w]; ok {
				return append(buf, w...), ends[m]
			}
			if _, ok := multiplierWords[w]; ok {
				return append(buf, w...), ends[m]
			}
		}
		return append(buf, text[k:ends[0]]...), ends[0]
	}
	e := k
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if r == '²' || (r < utf8.RuneSelf && isWordByte(byte(r))) || (r >= utf8.RuneSelf && unicode.IsLetter(r) && !isCJK(r)) {
			if len(buf)+utf8.UTFMax > cap(buf) {
				return nil, e // too long to be a unit word
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			e += size
			continue
		}
		break
	}
	return buf, e
}

func isCJKStart(text string, k int) bool {
	if k >= len(text) || text[k] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return isCJK(r)
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r)
}

// inListingUnits converts q to the listing's unit: ok is false when the unit
// measures something else (pieces in a per-watt listing, say).
func inListingUnits(q quantity, lu unitInfo) (float64, bool) {
	if !q.unit.known() || !lu.known() || q.unit.dim != lu.dim {
		return 0, false
	}
	return q.value * q.unit.factor / lu.factor, true
}
