package message

import (
	"unicode"
	"unicode/utf8"
)

// Spoken numbers: digits written as words in the languages merchants write
// ("uno tres ocho", "eins drei acht", "いちさんはち", "공일공", "sıfır beş"),
// with "double"/"triple" repeating the next digit. Words are keyed in their
// normalised form (lower case, accents dropped), as message tokens read.

var spokenDigitWords = map[byte][]string{
	'0': {"zero", "oh", "shunya", "sunya", "cero", "zéro", "null", "nul", "ноль", "нуль", "صفر", "sıfır", "không", "nol", "ゼロ",
		"ぜろ", "れい", "まる", "공", "영", "ศูนย์", "शून्य", "零"},
	'1': {"one", "uno", "un", "une", "um", "uma", "eins", "один", "одна", "واحد", "bir", "một", "satu", "いち",
		"일", "หนึ่ง", "एक", "ek"},
	'2': {"two", "dos", "deux", "dois", "duas", "due", "zwei", "zwo", "два", "две", "اثنان", "اثنين", "iki",
		"hai", "dua", "に", "이", "สอง", "दो", "do"},
	'3': {"three", "tres", "três", "trois", "tre", "drei", "три", "ثلاثة", "ثلاث", "üç", "ba", "tiga", "さん",
		"삼", "สาม", "तीन", "teen", "tin"},
	'4': {"four", "cuatro", "quatre", "quatro", "quattro", "vier", "четыре", "أربعة", "اربعة", "أربع", "dört",
		"bốn", "tư", "empat", "よん", "し", "사", "สี่", "चार", "char", "chaar"},
	'5': {"five", "cinco", "cinq", "cinque", "fünf", "пять", "خمسة", "خمس", "beş", "năm", "lăm", "lima", "ご",
		"오", "ห้า", "पांच", "पाँच", "paanch", "panch"},
	'6': {"six", "seis", "sei", "sechs", "шесть", "ستة", "ست", "altı", "sáu", "enam", "ろく", "육", "륙", "หก",
		"छह", "छः", "chhe", "chhah", "che"},
	'7': {"seven", "siete", "sept", "sete", "sette", "sieben", "семь", "سبعة", "سبع", "yedi", "bảy", "tujuh",
		"なな", "しち", "칠", "เจ็ด", "सात", "saat", "sat"},
	'8': {"eight", "ocho", "huit", "oito", "otto", "acht", "восемь", "ثمانية", "ثماني", "sekiz", "tám",
		"delapan", "はち", "팔", "แปด", "आठ", "aath", "ath"},
	'9': {"nine", "nueve", "neuf", "nove", "neun", "девять", "تسعة", "تسع", "dokuz", "chín", "sembilan",
		"きゅう", "く", "구", "เก้า", "नौ", "nau"},
}

// plusWords say "+" before a country code: "plus eight six", "플러스팔육".
var plusWords = []string{"plus", "플러스", "プラス", "ぷらす", "плюс", "زائد", "بلس", "artı", "cộng", "บวก", "più", "प्लस"}

// multiplierWords repeat the digit that follows: "double one" is 11.
var multiplierWords = map[string]int{
	"double": 2, "doble": 2, "doppio": 2, "duplo": 2, "triple": 3, "triplo": 3, "treble": 3,
}

// spokenTable is the normalised lookup built from spokenDigitWords.
type spokenTable struct {
	digits map[string]byte
	// segment holds words of scripts written without spaces (kana, hangul,
	// Thai) that the tokeniser cuts out of a longer run: spoken digits and the
	// lexicon's words in those scripts.
	segment map[string]bool
	maxSeg  int             // longest segment word, in runes
	plus    map[string]bool // plusWords, normalised
	lens    [256]uint32     // per first byte, a bit per length of the digit words: a cheap pre-check
	last    [256]uint32     // the same per last byte
}

var spoken = buildSpoken()

func buildSpoken() *spokenTable {
	t := &spokenTable{digits: map[string]byte{}, segment: map[string]bool{}}
	sc := new(scratch)
	for d, words := range spokenDigitWords {
		for _, w := range append(words, moreDigitWords[d]...) {
			normalize(w, sc)
			k := string(sc.norm)
			if k == "" {
				continue
			}
			if _, dup := t.digits[k]; !dup {
				t.digits[k] = d
				if len(k) < 32 {
					t.lens[k[0]] |= 1 << len(k)
					t.last[k[len(k)-1]] |= 1 << len(k)
				}
			}
			t.addSegment(k)
		}
	}
	t.plus = map[string]bool{}
	for _, w := range append(plusWords, morePlusWords...) {
		normalize(w, sc)
		t.plus[string(sc.norm)] = true
		t.addSegment(string(sc.norm))
	}
	return t
}

// isPlus reports a word that says "+".
func (sc *scratch) isPlus(i int) bool {
	t := &sc.toks[i]
	return t.kind == tWord && t.alt == "" && spoken.plus[string(sc.norm[t.s:t.e])]
}

func (t *spokenTable) addSegment(k string) {
	r, _ := utf8.DecodeRuneInString(k)
	if scriptClass(r) == 0 {
		return
	}
	t.segment[k] = true
	t.maxSeg = max(t.maxSeg, utf8.RuneCountInString(k))
}

// spokenDigit maps a normalised word to the digit it names.
func spokenDigit(w []byte) (byte, bool) {
	if len(w) == 0 || len(w) > 31 || spoken.lens[w[0]]&(1<<len(w)) == 0 || spoken.last[w[len(w)-1]]&(1<<len(w)) == 0 {
		return 0, false
	}
	d, ok := spoken.digits[string(w)]
	return d, ok
}

// Script classes of letters written without spaces between words.
const (
	scriptOther = iota
	scriptHiragana
	scriptKatakana
	scriptHangul
	scriptThai
)

// scriptClass tells the scripts whose words the tokeniser segments.
func scriptClass(r rune) int {
	switch {
	case r < 0x0E00:
		return scriptOther
	case r <= 0x0E7F:
		return scriptThai
	case r >= 0x3041 && r <= 0x309F:
		return scriptHiragana
	case r >= 0x30A0 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF:
		return scriptKatakana
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return scriptHangul
	}
	return scriptOther
}

// segmentable reports whether the word starting at b[s:] is in a script the
// tokeniser segments.
func segmentable(b []byte, s int) bool {
	r, _ := utf8.DecodeRune(b[s:])
	return scriptClass(r) != scriptOther
}

// appendSegments cuts the word b[s:e] (one script written without spaces) into
// dictionary words by longest match, left to right; runs of characters in
// no dictionary word become one token each run. All but the first token are
// glued.
func appendSegments(toks []token, b []byte, s, e int, sp, nl bool, seg map[string]bool, maxSeg int) []token {
	if seg == nil || maxSeg == 0 {
		return append(toks, token{s: int32(s), e: int32(e), kind: tWord, sp: sp, nl: nl})
	}
	filler := -1
	emit := func(a, z int) {
		toks = append(toks, token{s: int32(a), e: int32(z), kind: tWord, sp: sp, nl: nl})
		sp, nl = false, false
	}
	for i := s; i < e; {
		best := 0
		j, n := i, 0
		for j < e && n < maxSeg {
			_, m := utf8.DecodeRune(b[j:])
			j += m
			n++
			if seg[string(b[i:j])] {
				best = j
			}
		}
		if best == 0 {
			if filler < 0 {
				filler = i
			}
			_, m := utf8.DecodeRune(b[i:])
			i += m
			continue
		}
		if filler >= 0 {
			emit(filler, i)
			filler = -1
		}
		emit(i, best)
		i = best
	}
	if filler >= 0 {
		emit(filler, e)
	}
	return toks
}

// sameScript reports whether r continues a word of script class c: the
// segmented scripts end a word where the script changes ("ラインで" is
// "ライン" + "で"); the katakana long-vowel mark belongs to katakana.
func sameScript(c int, r rune) bool {
	rc := scriptClass(r)
	if r == 0x30FC {
		rc = scriptKatakana
	}
	if c == scriptOther {
		return rc == scriptOther
	}
	return rc == c || (unicode.IsMark(r) && c == scriptThai)
}
