package listing

import (
	"cmp"
	"slices"
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
	// Packs a listing may be counted in: each is its own dimension, as a
	// roll or carton holds no fixed number of pieces.
	dimRoll
	dimCarton
	dimBox
	dimPallet
	dimContainer
	dimVolume // litres: oils, chemicals, drinks
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
	add(unitInfo{dimMass, 1}, "g", "gr", "gram", "grams", "gramme", "grammes", "gramos", "gramas", "grammi", "克", "г",
		"грамм", "граммов", "グラム", "그램", "جرام", "غرام", "ग्राम", "กรัม")
	add(unitInfo{dimMass, 1e3}, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes",
		"kilogramos", "quilos", "quilogramas", "chili", "chilogrammi", "kilogramm", "公斤", "千克", "кг", "кило",
		"килограмм", "килограммов", "килограмма", "ký", "キロ", "キログラム", "킬로", "킬로그램", "كجم", "كغ", "كيلو",
		"كيلوغرام", "كيلوجرام", "किलो", "किलोग्राम", "กิโล", "กิโลกรัม", "กก")
	add(unitInfo{dimMass, 1e6}, "t", "ton", "tons", "tonne", "tonnes", "mt", "mts", "toneladas", "tonelada", "tonnellate",
		"tonnellata", "tonnen", "tấn", "吨", "т", "тонн", "тонна", "тонны", "トン", "톤", "طن", "أطنان", "टन", "ตัน")
	add(unitInfo{dimLength, 1}, "m", "meter", "meters", "metre", "metres", "metros", "metro", "metri", "mètre", "mètres",
		"mét", "米", "м", "метр", "метров", "метра", "メートル", "미터", "متر", "أمتار", "मीटर", "เมตร")
	add(unitInfo{dimLength, 1e3}, "km")
	add(unitInfo{dimArea, 1}, "m2", "m²", "sqm", "square meter", "square meters", "square metre", "square metres",
		"metros cuadrados", "metros quadrados", "quadratmeter", "qm", "mq", "metrekare", "平方米", "平米", "平方", "м2",
		"м²", "㎡", "平方メートル", "제곱미터", "평방미터", "ตารางเมตร")
	add(unitInfo{dimPower, 1}, "w", "watt", "watts", "瓦", "вт", "ワット", "와트")
	add(unitInfo{dimVolume, 1}, "l", "liter", "liters", "litre", "litres", "litro", "litros", "litri", "liter",
		"литр", "литров", "литра", "lt", "ltr", "لتر", "لترات", "लीटर", "ลิตร", "升", "公升", "リットル", "리터", "lít")
	add(unitInfo{dimVolume, 1e-3}, "ml", "millilitre", "milliliter", "毫升", "мл")
	add(unitInfo{dimVolume, 1e3}, "m3", "m³", "cbm", "立方米", "立方")
	add(unitInfo{dimPower, 1e3}, "kw", "kwp", "千瓦", "квт")
	add(unitInfo{dimPower, 1e6}, "mw", "mwp", "兆瓦", "мвт")
	add(unitInfo{dimCount, 1}, "pc", "pcs", "piece", "pieces", "unit", "units", "pair", "pairs", "set", "sets",
		"piezas", "pieza", "unidades", "pares", "par", "juegos", "peças", "peça", "pecas", "conjuntos", "jogos",
		"pièces", "pièce", "paires", "paire", "unités", "unité", "ensembles", "lots", "pz", "unità", "unidade", "stück",
		"stk", "paar", "pezzi", "pezzo", "paia", "adet", "tane", "çift", "takım", "buah", "biji", "pasang",
		"cái", "chiếc", "đôi", "bộ", "件", "个", "只", "双", "套", "片", "块", "张", "条", "支", "台", "個", "枚", "本", "足",
		"セット", "ペア", "개", "켤레", "세트", "шт", "штук", "штуки", "штука", "пар", "пары", "комплектов", "комплекта",
		"наборов", "набора", "قطعة", "قطع", "حبة", "زوج", "أزواج", "طقم", "أطقم", "पीस", "नग", "जोड़ी", "\u091c\u094b\u095c\u0940",
		"जोड़े", "\u091c\u094b\u095c\u0947", "सेट", "ชิ้น", "อัน", "คู่", "ชุด",
		// classifiers counted like pieces: garments, sheets, machines
		"ตัว", "ใบ", "เส้น", "แผ่น", "ลูก", "장", "벌", "대", "着", "把", "根", "颗", "lembar", "potong", "unidad", "uds")
	add(unitInfo{dimCount, 12}, "dozen", "dozens", "dz", "doz", "docena", "docenas", "dúzia", "dúzias", "douzaine",
		"douzaines", "dutzend", "dozzina", "dozzine", "дюжина", "дюжины", "дюжин", "düzine", "lusin", "tá", "打",
		"ダース", "다스", "دزينة", "درزن", "दर्जन", "โหล")
	add(unitInfo{dimRoll, 1}, "roll", "rolls", "rollo", "rollos", "rolo", "rolos", "rouleau", "rouleaux", "rolle",
		"rollen", "rotolo", "rotoli", "рулон", "рулона", "рулонов", "рулоны", "rulo", "gulung", "gulungan", "rol",
		"cuộn", "卷", "ロール", "巻", "롤", "لفة", "لفات", "رول", "रोल", "ม้วน")
	add(unitInfo{dimCarton, 1}, "carton", "cartons", "ctn", "ctns", "case", "cases", "cartón", "cartones", "karton",
		"kartons", "cartone", "cartoni", "caja", "cajas", "caixa", "caixas", "коробок", "короба", "коробов", "koli", "kardus", "dus", "thùng", "箱",
		"カートン", "ケース", "카톤", "박스", "كرتونة", "كرتون", "كراتين", "कार्टन", "ลัง")
	add(unitInfo{dimBox, 1}, "box", "boxes", "boîte", "boîtes", "schachtel",
		"schachteln", "scatola", "scatole", "коробка", "коробки", "kutu", "kotak", "hộp", "盒", "ボックス", "상자",
		"علبة", "صندوق", "डिब्बा", "डिब्बे", "กล่อง")
	add(unitInfo{dimPallet, 1}, "pallet", "pallets", "palé", "palés", "palet", "palets", "palete", "paletes", "palette",
		"palettes", "paletten", "bancale", "bancali", "паллет", "паллета", "паллеты", "паллетов", "поддон", "поддона",
		"поддонов", "托", "托盘", "パレット", "팔레트", "منصة", "طبلية", "पैलेट", "พาเลท", "พาเลต")
	add(unitInfo{dimContainer, 1}, "container", "containers", "contenedor", "contenedores", "contêiner", "contêineres",
		"conteiner", "conteneur", "conteneurs", "контейнер", "контейнера", "контейнеров", "konteyner", "kontainer",
		"柜", "集装箱", "コンテナ", "컨테이너", "حاوية", "कंटेनर", "ตู้คอนเทนเนอร์")
	return m
}()

// thaiUnitWords are the Thai words of unitWords and multiplierWords, longest
// first: Thai writes no spaces, so a unit is matched as the start of the run
// of letters after a number ("5,000ชิ้นต่อสี").
var thaiUnitWords = func() []string {
	var out []string
	for w := range unitWords {
		if isThaiStart(w, 0) {
			out = append(out, w)
		}
	}
	for w := range multiplierWords {
		if isThaiStart(w, 0) {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return out
}()

func isThaiStart(text string, k int) bool {
	// U+0E00..U+0E7F are E0 B8 80..E0 B9 BF.
	return k+2 < len(text) && text[k] == 0xE0 && (text[k+1] == 0xB8 || text[k+1] == 0xB9)
}

// shipPackWords name shipping packs stated as an order's size ("MOQ 1 pallet
// (31 panels, about 17,000 W)", "最小注文数量は1パレット"): a number before one
// counts packs, not the listing's unit, so it is not the MOQ itself; the
// pack's content, stated next, is.
var shipPackWords = map[string]bool{
	"pallet": true, "pallets": true, "carton": true, "cartons": true, "ctn": true, "ctns": true, "container": true,
	"containers": true, "crate": true, "crates": true, "drum": true, "drums": true, "palé": true, "palet": true,
	"palets": true, "palés": true, "palete": true, "paletes": true, "palette": true, "palettes": true, "paletten": true,
	"karton": true, "kartons": true, "bancale": true, "bancali": true, "cartone": true, "cartoni": true, "koli": true,
	"kontainer": true, "konteyner": true, "thùng": true, "паллет": true, "паллета": true, "паллеты": true,
	"паллетов": true, "поддон": true, "поддона": true, "поддонов": true, "контейнер": true, "контейнера": true,
	"托": true, "托盘": true, "柜": true, "集装箱": true, "パレット": true, "コンテナ": true, "カートン": true,
	"팔레트": true, "컨테이너": true, "منصة": true, "حاوية": true, "كرتونة": true, "पैलेट": true, "कंटेनर": true,
	"พาเลท": true, "พาเลต": true, "ลัง": true,
}

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
	"dozen": {dimCount, 12}, "dozens": {dimCount, 12},
	"roll": {dimRoll, 1}, "rolls": {dimRoll, 1}, "carton": {dimCarton, 1}, "cartons": {dimCarton, 1},
	"case": {dimCarton, 1}, "cases": {dimCarton, 1}, "box": {dimBox, 1}, "boxes": {dimBox, 1},
	"pallet": {dimPallet, 1}, "pallets": {dimPallet, 1}, "container": {dimContainer, 1}, "containers": {dimContainer, 1},
	"square metres": {dimArea, 1}, "metres": {dimLength, 1}, "kilo": {dimMass, 1e3}, "tonnes": {dimMass, 1e6},
	"metric tons": {dimMass, 1e6},
	"liter":       {dimVolume, 1}, "liters": {dimVolume, 1}, "litre": {dimVolume, 1}, "litres": {dimVolume, 1},
	"milliliter": {dimVolume, 1e-3}, "cubic meter": {dimVolume, 1e3}, "cubic meters": {dimVolume, 1e3},
}

// multiplierWords scale the number before a unit ("10k pcs", "1万件").
var multiplierWords = map[string]float64{
	"k": 1e3, "万": 1e4, "千": 1e3, "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "mil": 1e3, "mila": 1e3, "mille": 1e3,
	"tausend": 1e3, "bin": 1e3, "ribu": 1e3, "nghìn": 1e3, "ngàn": 1e3, "천": 1e3, "만": 1e4, "พัน": 1e3, "หมื่น": 1e4,
	"ألف": 1e3, "آلاف": 1e3, "हज़ार": 1e3, "हजार": 1e3, "\u0939\u095b\u093e\u0930": 1e3, "lakh": 1e5, "लाख": 1e5,
	"thousand": 1e3, "tsd": 1e3, "rb": 1e3, "тысяча": 1e3, "million": 1e6, "millones": 1e6, "millón": 1e6,
	"milhões": 1e6, "milioni": 1e6, "mio": 1e6, "млн": 1e6, "juta": 1e6, "triệu": 1e6, "milyon": 1e6,
}

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

// parseQuantity reads the number at text[i] (digits as digitAt reads them)
// and the unit word after it. Thousands separators are "," and "." followed
// by exactly three digits, Indian two-digit groups ("1,00,000"), and a space,
// apostrophe or Arabic separator after a group of at most three digits
// followed by exactly three; otherwise "." is a decimal point.
func parseQuantity(text string, i int) (q quantity, ok bool) {
	q.start = i
	var intPart, frac float64
	var fracDiv float64 = 1
	digits := 0
	group := 0 // digits since the last space-like separator
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
			group++
			j += n
			continue
		}
		c := text[j]
		if (c == ',' || c == '.') && !inFrac && digits > 0 && threeDigitsAt(text, j+1) {
			j++ // thousands separator
			continue
		}
		if c == ',' && !inFrac && digits > 0 && indianGroupsAt(text, j) {
			j++ // "1,00,000": Indian grouping, two digits between separators
			continue
		}
		if n := groupSpaceAt(text, j); n > 0 && !inFrac && digits > 0 && group <= 3 && threeDigitsAt(text, j+n) {
			j += n // "5 000", "5 000", "5'000", "٥٬٠٠٠": a space or mark between thousands
			group = 0
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
	if q.value > maxQuantity {
		// Dozens of digits are no quantity anyone orders (and would read as
		// +Inf): the number is skipped, not judged.
		q.value, q.unit = 0, unitInfo{}
	}
	return q, true
}

// maxQuantity bounds the quantities read from text.
const maxQuantity = 1e15

// threeDigitsAt reports exactly three digits at text[i] not followed by
// another digit (the shape of a thousands group).
func threeDigitsAt(text string, i int) bool {
	for range 3 {
		_, n := digitAt(text, i)
		if n == 0 {
			return false
		}
		i += n
	}
	_, n := digitAt(text, i)
	return n == 0
}

// indianGroupsAt reports Indian digit grouping at the comma text[j]: one or
// more ",dd" groups and a final ",ddd" ("1,00,000", "12,50,000").
func indianGroupsAt(text string, j int) bool {
	for j < len(text) && text[j] == ',' {
		if threeDigitsAt(text, j+1) {
			return true
		}
		if j+3 >= len(text) || !isDigit(text[j+1]) || !isDigit(text[j+2]) || text[j+3] != ',' {
			return false
		}
		j += 3
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// groupSpaceAt returns the length of a thousands separator other than a
// comma or dot at text[j]: a space, no-break or thin space, an apostrophe or
// the Arabic thousands separator; 0 when there is none.
func groupSpaceAt(text string, j int) int {
	switch {
	case text[j] == ' ' || text[j] == '\'':
		return 1
	case strings.HasPrefix(text[j:], "\u00a0"), strings.HasPrefix(text[j:], "\u066c"):
		return 2
	case strings.HasPrefix(text[j:], "\u202f"), strings.HasPrefix(text[j:], "\u2009"), strings.HasPrefix(text[j:], "\u2019"):
		return 3
	}
	return 0
}

// digitAt decodes a digit at text[i]: ASCII, full-width, Arabic-Indic,
// Devanagari or Thai; n is its length in bytes (0 when there is none).
func digitAt(text string, i int) (d, n int) {
	if i >= len(text) {
		return 0, 0
	}
	c := text[i]
	if '0' <= c && c <= '9' {
		return int(c - '0'), 1
	}
	if c < 0xD9 || i+1 >= len(text) {
		return 0, 0
	}
	c1 := text[i+1]
	switch {
	case c == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9: // Arabic-Indic U+0660..U+0669
		return int(c1 - 0xA0), 2
	case c == 0xDB && c1 >= 0xB0 && c1 <= 0xB9: // Extended Arabic-Indic (Persian, Urdu) U+06F0..U+06F9
		return int(c1 - 0xB0), 2
	}
	if i+2 >= len(text) {
		return 0, 0
	}
	c2 := text[i+2]
	switch {
	case c == 0xEF && c1 == 0xBC && c2 >= 0x90 && c2 <= 0x99: // full-width U+FF10..U+FF19
		return int(c2 - 0x90), 3
	case c == 0xE0 && c1 == 0xA5 && c2 >= 0xA6 && c2 <= 0xAF: // Devanagari U+0966..U+096F
		return int(c2 - 0xA6), 3
	case c == 0xE0 && c1 == 0xB9 && c2 >= 0x90 && c2 <= 0x99: // Thai U+0E50..U+0E59
		return int(c2 - 0x90), 3
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
			// "3 тыс. шт", "5 Tsd. Stück": the abbreviation's dot.
			j, end = skipDot(text, wend), wend
			continue
		}
		ui, ok := unitWords[string(word)]
		if !ok && len(word) > len(arabicTanween) && string(word[len(word)-len(arabicTanween):]) == arabicTanween {
			// Arabic marks the accusative after a number with tanween
			// ("٢٥ طنًا", 25 tons): the unit is the word without it.
			ui, ok = unitWords[string(word[:len(word)-len(arabicTanween)])]
		}
		if ok {
			isMeter := ui.dim == dimLength && ui.factor == 1
			if !square {
				if e, ok := squareSuffixAt(text, wend); ok && isMeter {
					return unitInfo{dimArea, 1}, false, false, e // "metros cuadrados"
				}
				return ui, false, false, wend
			}
			if isMeter {
				return unitInfo{dimArea, 1}, false, false, wend
			}
			return unitInfo{}, false, false, end
		}
		if !square && squarePrefixes[string(word)] {
			square = true
			j = skipDot(text, wend) // "кв. м"
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

// arabicTanween is the accusative ending "ًا" a unit word takes after a
// number in Arabic.
const arabicTanween = "\u064bا"

// squarePrefixes make the meter word after them square meters ("square
// meters", "кв. м", "квадратных метров", "वर्ग मीटर").
var squarePrefixes = map[string]bool{
	"square": true, "sq": true, "кв": true, "квадратных": true, "квадратный": true, "квадратного": true, "वर्ग": true,
}

// squareSuffixes make the meter word before them square meters ("metros
// cuadrados", "mètres carrés", "meter persegi", "متر مربع").
var squareSuffixes = map[string]bool{
	"cuadrados": true, "cuadrado": true, "quadrados": true, "quadrado": true, "carrés": true, "carré": true,
	"quadrati": true, "quadrato": true, "persegi": true, "vuông": true, "مربع": true, "مربعة": true,
}

// squareSuffixAt reports a square suffix word at text[k] (after spaces)
// and where it ends.
func squareSuffixAt(text string, k int) (int, bool) {
	k, _ = skipSpaces(text, k)
	var buf [32]byte
	w, e := wordAt(text, k, buf[:0])
	return e, len(w) > 0 && squareSuffixes[string(w)]
}

// skipDot steps over the dot that ends an abbreviation at text[k].
func skipDot(text string, k int) int {
	if k < len(text) && text[k] == '.' {
		return k + 1
	}
	return k
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
// digits and "²" in Latin or Cyrillic script, or up to six CJK characters
// matched against the unit table (longest first).
func wordAt(text string, k int, buf []byte) (word []byte, end int) {
	if k >= len(text) {
		return nil, k
	}
	if isCJKStart(text, k) {
		// Try the longest CJK unit word first (平方米 before 平方 before 米);
		// katakana and hangul units run to six characters (平方メートル).
		ends := [maxCJKUnit]int{}
		e := k
		n := 0
		for n < maxCJKUnit && e < len(text) && isCJKStart(text, e) {
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
	if isThaiStart(text, k) {
		for _, w := range thaiUnitWords {
			if strings.HasPrefix(text[k:], w) {
				return append(buf, w...), k + len(w)
			}
		}
	}
	e := k
	for e < len(text) {
		if e > k && isThaiStart(text, e) && !isThaiStart(text, k) {
			break // "3kชิ้น": Thai, written without spaces, starts a new word
		}
		r, size := utf8.DecodeRuneInString(text[e:])
		// Marks belong to the word: Devanagari and Thai vowel signs.
		if r == '²' || (r < utf8.RuneSelf && isWordByte(byte(r))) ||
			(r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r)) && !isCJK(r)) {
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

// maxCJKUnit is the length in characters of the longest CJK unit word.
const maxCJKUnit = 6

func isCJKStart(text string, k int) bool {
	if k >= len(text) || text[k] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return isCJK(r)
}

func isCJK(r rune) bool {
	// 'ー' lengthens katakana vowels (カートン, メートル) but is of no script.
	return r == 'ー' || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
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
