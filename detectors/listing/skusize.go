package listing

import (
	"math"
	"slices"
	"strings"

	"github.com/haili/haili/schemas"
)

// sizeUnit is a unit a variant's size is written in: its dimension (a small
// tag of its own, as sizes include volumes and capacities no listing is
// counted in) and its size in the dimension's base unit.
type sizeUnit struct {
	dim    uint8
	factor float64
}

// Dimensions of variant sizes.
const (
	sizeLength = iota + 1
	sizeVolume
	sizeMass
	sizePower
	sizeCharge
	sizeData
	sizeArea
)

// sizeUnits are the unit words of sizes written after a number in SKU names
// and attributes, lowercase; the longest is tried first.
var sizeUnits = func() []struct {
	word string
	unit sizeUnit
} {
	m := map[string]sizeUnit{}
	add := func(dim uint8, factor float64, words ...string) {
		for _, w := range words {
			m[w] = sizeUnit{dim, factor}
		}
	}
	add(sizeLength, 1, "mm", "мм", "毫米", "ミリ", "밀리", "مم", "มม", "मिमी")
	add(sizeLength, 10, "cm", "см", "厘米", "公分", "センチ", "센티", "سم", "ซม", "सेमी")
	add(sizeLength, 1000, "m", "meter", "meters", "metre", "metres", "metro", "metros", "metri", "mètres", "metre",
		"м", "米", "メートル", "미터", "متر", "เมตร", "मीटर", "mét")
	add(sizeLength, 25.4, "inch", "inches", "in", "\"", "”", "寸", "インチ", "인치", "بوصة", "นิ้ว", "इंच", "дюйм")
	add(sizeLength, 304.8, "ft", "feet", "'", "英尺", "фут")
	add(sizeVolume, 1, "ml", "мл", "毫升", "ミリリットル", "밀리리터", "مل", "มล", "मिली")
	add(sizeVolume, 1000, "l", "liter", "liters", "litre", "litres", "litro", "litros", "litri", "л", "升", "リットル",
		"리터", "لتر", "ลิตร", "लीटर", "lít")
	add(sizeMass, 1, "g", "gr", "gram", "grams", "г", "克", "グラム", "그램", "جرام", "กรัม", "ग्राम")
	add(sizeMass, 1000, "kg", "кг", "公斤", "千克", "キロ", "킬로", "كجم", "กก", "किलो")
	add(sizePower, 1, "w", "вт", "瓦")
	add(sizePower, 1000, "kw", "квт", "千瓦")
	add(sizeCharge, 1, "mah")
	add(sizeCharge, 1000, "ah", "ач")
	add(sizeData, 1, "gb", "гб")
	add(sizeData, 1024, "tb", "тб")
	add(sizeArea, 1, "mm2", "mm²", "мм2", "мм²", "平方毫米", "sqmm")
	out := make([]struct {
		word string
		unit sizeUnit
	}, 0, len(m))
	for w, u := range m {
		out = append(out, struct {
			word string
			unit sizeUnit
		}{w, u})
	}
	slices.SortFunc(out, func(a, b struct {
		word string
		unit sizeUnit
	}) int {
		if len(a.word) != len(b.word) {
			return len(b.word) - len(a.word)
		}
		return strings.Compare(a.word, b.word)
	})
	return out
}()

// sizeIn reads the first size written in text ("160 mm", "Ø110mm", "2,5 L",
// "10000mAh"): its dimension and value in the dimension's base unit.
func sizeIn(text string) (uint8, float64, bool) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' || i > 0 && isLetterByte(text[i-1]) && !sizePrefixAt(text, i) {
			continue
		}
		j, v, frac, div := i, 0.0, 0.0, 1.0
		inFrac := false
		for ; j < len(text); j++ {
			c := text[j]
			switch {
			case c >= '0' && c <= '9' && inFrac:
				frac, div = frac*10+float64(c-'0'), div*10
			case c >= '0' && c <= '9':
				v = v*10 + float64(c-'0')
			case (c == '.' || c == ',') && !inFrac && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9':
				inFrac = true
			default:
				goto number
			}
		}
	number:
		v += frac / div
		k, _ := skipSpaces(text, j)
		for _, su := range sizeUnits {
			w := su.word
			if !hasFoldPrefix(text[k:], w) {
				continue
			}
			if e := k + len(w); isLetterByte(w[len(w)-1]) && e < len(text) && isLetterByte(text[e]) {
				continue // "m" of "mesh": no unit
			}
			return su.unit.dim, v * su.unit.factor, v > 0
		}
		if i >= 2 && hasFoldPrefix(text[i-2:], "dn") && (i == 2 || !isLetterByte(text[i-3])) {
			return sizeLength, v, v > 0 // "DN150": a nominal diameter in millimetres
		}
		i = j
	}
	return 0, 0, false
}

// sizePrefixAt: "DN110", "Ø20" and "M8" glue a size's number to letters.
func sizePrefixAt(text string, i int) bool {
	return i >= 2 && hasFoldPrefix(text[i-2:], "dn") || i >= 1 && (text[i-1] == 'M' || text[i-1] == 'm')
}

// skuSize reads a variant's size from its name, or else from the attribute
// with the first key in sorted order that states one (attributes are a
// map: the order must not depend on iteration).
func skuSize(s *schemas.SKU) (uint8, float64, bool) {
	if d, v, ok := sizeIn(s.Name); ok {
		return d, v, true
	}
	found, key := false, ""
	var dim uint8
	var val float64
	for k, a := range s.Attributes {
		if found && k >= key {
			continue
		}
		if d, v, ok := sizeIn(a); ok {
			found, key, dim, val = true, k, d, v
		}
	}
	return dim, val, found
}

// sizeDrivenSpread reports a SKU price spread explained by size: every
// priced variant states a size in one dimension (diameter, length, volume,
// capacity), at least three sizes differ, prices rise with size, and the
// dearest costs no more than the size ratio cubed (a volume's growth) over
// the cheapest. A decoy priced off that line breaks it.
func sizeDrivenSpread(l *schemas.Listing) bool {
	type sized struct{ size, price float64 }
	var buf [32]sized
	ss := buf[:0]
	var dim uint8
	for i := range l.SKUs {
		s := &l.SKUs[i]
		if !(s.UnitPrice > 0) {
			continue
		}
		d, v, ok := skuSize(s)
		if !ok || dim != 0 && d != dim {
			return false
		}
		dim = d
		ss = append(ss, sized{v, s.UnitPrice})
	}
	if len(ss) < 3 {
		return false
	}
	slices.SortFunc(ss, func(a, b sized) int {
		switch {
		case a.size < b.size:
			return -1
		case a.size > b.size:
			return 1
		}
		return 0
	})
	distinct := 1
	for i := 1; i < len(ss); i++ {
		if ss[i].size == ss[i-1].size {
			continue
		}
		distinct++
		if ss[i].price < ss[i-1].price {
			return false
		}
	}
	if distinct < 3 {
		return false
	}
	first, last := ss[0], ss[len(ss)-1]
	return last.price/first.price <= math.Pow(last.size/first.size, 3)
}
