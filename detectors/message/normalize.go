package message

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalisation turns a message into the form the lexicon and the value
// parsers read, and remembers for every normalised byte which original bytes
// produced it, so that evidence can point at the text a person will see.
//
// Steps, per rune: drop invisible characters (zero-width space/joiner, soft
// hyphen, variation selectors, the keycap mark); compatibility-decompose (NFKD:
// full-width letters and digits, circled digits, ligatures; NFKC and NFKD agree
// once marks are dropped); drop combining marks (accents); lower-case; map
// digits of any script to ASCII. Then, per word, letters that only look Latin
// (Cyrillic "а", Greek "ο") are mapped to Latin when the word mixes scripts —
// keywords only: digits are never touched, and a purely Cyrillic word stays
// Cyrillic so Russian keywords still match.

// obf records the evasion techniques seen in a message; it is reported as
// evidence and raises confidence (evasion is itself a sign of intent).
type obf uint32

const (
	obfZeroWidth obf = 1 << iota
	obfFullwidth
	obfHomoglyph
	obfKeycap
	obfOtherDigits
	obfSpaced
	obfLeet
	obfNumberWords
	obfLettersForDigits
	obfAtDot
	obfMasked
	obfSlang
	obfInserted // a symbol or emoji inserted inside a word ("what💬sapp", "薇❤信")
	obfSplit    // a name split by separators or written in two scripts ("we.chat", "wei信")
	obfSpeltDot // a link's dot written as a word ("t dot me")
	obfSplitMessages
	obfReversed // written backwards ("moc.liamg@edartanit")
)

var obfNames = [...]string{
	"zero_width", "fullwidth", "homoglyph", "keycap_digits", "other_script_digits", "spaced_letters",
	"leetspeak", "number_words", "letters_for_digits", "at_dot", "masked", "slang",
	"inserted_symbols", "split_name", "spelt_dot", "split_across_messages", "reversed",
}

func (o obf) names() []string {
	if o == 0 {
		return nil
	}
	var out []string
	for i, n := range obfNames {
		if o&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// nrune is one normalised rune and the original byte range it came from.
type nrune struct {
	r    rune
	s, e int32
}

// normalize fills sc.norm, sc.ns and sc.ne from text and reports the evasion
// techniques it undid.
func normalize(text string, sc *scratch) obf {
	sc.viet, sc.vietMarker, sc.text = false, 0, text
	if isASCII(text) {
		normalizeASCII(text, sc)
		return 0
	}
	var flags obf
	nr := sc.nr[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			nr = append(nr, nrune{rune(c), int32(i), int32(i + 1)})
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		s, e := int32(i), int32(i+n)
		i += n
		if !sc.viet && isVietLetter(r) {
			sc.viet = true
		}
		switch {
		case r == utf8.RuneError && n == 1:
			nr = append(nr, nrune{' ', s, e})
			continue
		case isIgnorable(r):
			switch {
			case r == 0x20E3:
				flags |= obfKeycap
			case r < 0xFE00 || r > 0xFE0F: // variation selectors ride on emoji; not evasion by themselves
				flags |= obfZeroWidth
			}
			continue
		case isHan(r):
			nr = append(nr, nrune{r, s, e})
			continue
		case isInsertable(r) && len(nr) > 0 && isWordRune(nr[len(nr)-1].r) && isWordRune(nextVisible(text, i)) &&
			norm.NFKD.PropertiesString(text[s:]).Decomposition() == nil:
			flags |= obfInserted // a symbol or emoji inside a word only serves to split it
			continue
		case r < foldTableSize:
			if v := foldTable[r]; v >= 0 {
				if v&foldOtherDigit != 0 {
					flags |= obfOtherDigits
				}
				nr = append(nr, nrune{v &^ foldOtherDigit, s, e})
				continue
			} else if v == foldDrop {
				continue
			}
		}
		if m, ok := specialRune(r); ok {
			nr = append(nr, nrune{m, s, e})
			continue
		}
		if isFullwidthAlnum(r) {
			flags |= obfFullwidth
		}
		if d := norm.NFKD.PropertiesString(text[s:]).Decomposition(); d != nil {
			for len(d) > 0 {
				x, m := utf8.DecodeRune(d)
				d = d[m:]
				nr = appendFolded(nr, x, s, e, &flags)
			}
			continue
		}
		nr = appendFolded(nr, r, s, e, &flags)
	}
	flags |= skeleton(nr)
	sc.nr = nr

	b, ns, ne := sc.norm[:0], sc.ns[:0], sc.ne[:0]
	var tmp [utf8.UTFMax]byte
	for _, x := range nr {
		if x.r < utf8.RuneSelf {
			b = append(b, byte(x.r))
			ns = append(ns, x.s)
			ne = append(ne, x.e)
			continue
		}
		k := utf8.EncodeRune(tmp[:], x.r)
		for j := 0; j < k; j++ {
			b = append(b, tmp[j])
			ns = append(ns, x.s)
			ne = append(ne, x.e)
		}
	}
	sc.norm, sc.ns, sc.ne = b, ns, ne
	return flags
}

// isVietLetter reports letters only Vietnamese writes: ă, đ, ơ, ư and the
// letters carrying a tone mark over another mark (U+1EA0–U+1EF9: ố, ự, ạ …).
// â, ê, ô are French and Portuguese too.
func isVietLetter(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// isInsertable reports symbols and emoji (not currency signs, not
// punctuation) that writers insert inside a channel name to split it.
func isInsertable(r rune) bool {
	switch {
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return false // regional indicators are letters here (see specialRune)
	case r < 0xA0, r >= 0x0370 && r < 0x2000, r >= 0x2C00 && r < 0xE000 && r != 0x3012 && r != 0x3020,
		r >= 0xF900 && r < 0x1F000:
		return false // letters, digits and punctuation of the common scripts: skip the table lookups
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || unicode.Is(unicode.Co, r)
}

// isWordRune reports a normalised letter, digit or ideograph.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return hasProp(r, propLetter|propDigit)
}

// nextVisible is the first rune at or after byte i of text that is not
// invisible and not an insertable symbol, lower-cased when ASCII; 0 at the end.
func nextVisible(text string, i int) rune {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if isIgnorable(r) || (r >= utf8.RuneSelf && isInsertable(r)) {
			continue
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r >= 0x1F1E6 && r <= 0x1F1FF {
			return 'a' + r - 0x1F1E6
		}
		return r
	}
	return 0
}

// isFullwidthAlnum reports full-width letters, digits, '+' and '@': evasion,
// unlike the full-width comma, colon and brackets of ordinary CJK typing.
func isFullwidthAlnum(r rune) bool {
	return (r >= 0xFF10 && r <= 0xFF19) || (r >= 0xFF20 && r <= 0xFF3A) || (r >= 0xFF41 && r <= 0xFF5A) || r == 0xFF0B
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalizeASCII is normalize for plain ASCII, the common case: lower-case,
// one byte for one byte.
func normalizeASCII(text string, sc *scratch) {
	n := len(text)
	b, ns, ne := slices.Grow(sc.norm[:0], n)[:n], slices.Grow(sc.ns[:0], n)[:n], slices.Grow(sc.ne[:0], n)[:n]
	for i := range n {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
		ns[i], ne[i] = int32(i), int32(i+1)
	}
	sc.norm, sc.ns, sc.ne = b, ns, ne
}

// foldTable caches, for runes below U+3000 (Latin with accents, Greek,
// Cyrillic, Arabic, …), the result of decomposing and folding one rune, so the
// common scripts skip the NFKD lookup: a rune (with foldOtherDigit set for a
// digit of another script), foldDrop, or foldSlow when the rune folds to
// several runes.
const (
	foldTableSize  = 0x3000
	foldDrop       = -1
	foldSlow       = -2
	foldOtherDigit = 1 << 30
)

var foldTable = buildFoldTable()

func buildFoldTable() *[foldTableSize]rune {
	t := new([foldTableSize]rune)
	for r := rune(0); r < foldTableSize; r++ {
		if r < utf8.RuneSelf || isIgnorable(r) {
			t[r] = foldSlow // handled before the table
			continue
		}
		if m, ok := specialRune(r); ok {
			t[r] = m
			continue
		}
		var flags obf
		var out []nrune
		if d := decompose(r); d != nil {
			for _, x := range d {
				out = appendFolded(out, x, 0, 0, &flags)
			}
		} else {
			out = appendFolded(out, r, 0, 0, &flags)
		}
		switch len(out) {
		case 0:
			t[r] = foldDrop
		case 1:
			t[r] = out[0].r
			if flags&obfOtherDigits != 0 {
				t[r] |= foldOtherDigit
			}
		default:
			t[r] = foldSlow
		}
	}
	return t
}

// decompose is the rune's NFKD decomposition, or nil when it has none.
func decompose(r rune) []rune {
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	d := norm.NFKD.Properties(tmp[:n]).Decomposition()
	if d == nil {
		return nil
	}
	return []rune(string(d))
}

func appendFolded(nr []nrune, x rune, s, e int32, flags *obf) []nrune {
	if x < utf8.RuneSelf {
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		return append(nr, nrune{x, s, e})
	}
	if (unicode.Is(unicode.Mn, x) && !keepsMarks(x)) || isIgnorable(x) {
		return nr
	}
	if m, ok := specialRune(x); ok {
		return append(nr, nrune{m, s, e})
	}
	if x == 'ß' || x == 'ẞ' {
		// German writes ß as "ss" wherever it is not on the keyboard (and
		// Swiss German always): both spellings read alike.
		return append(nr, nrune{'s', s, e}, nrune{'s', s, e})
	}
	if v, ok := digitValue(x); ok {
		*flags |= obfOtherDigits
		return append(nr, nrune{'0' + rune(v), s, e})
	}
	return append(nr, nrune{unicode.ToLower(x), s, e})
}

// keepsMarks reports scripts whose vowels and tone marks are combining
// marks that tell words apart (Thai "มี" have, "ม"; Devanagari): unlike
// Latin accents they are kept.
// The Devanagari nukta is not kept: writers use "ज़्यादा" and "ज्यादा",
// "प्लेटफ़ॉर्म" and "प्लेटफॉर्म" alike.
func keepsMarks(r rune) bool {
	return (r >= 0x0E00 && r <= 0x0E7F) || (r >= 0x0900 && r <= 0x097F && r != devanagariNukta)
}

const devanagariNukta = 0x093C

// isIgnorable reports invisible characters that only serve to split a word or
// a number: zero-width characters, direction marks, soft hyphen, variation
// selectors, the combining keycap.
func isIgnorable(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x115F, r == 0x1160, r == 0x17B4, r == 0x17B5,
		r == 0x3164, r == 0xFEFF, r == 0xFFA0:
		return true
	case r >= 0x180B && r <= 0x180F, r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x206F, r >= 0xFE00 && r <= 0xFE0F, r >= 0x20DD && r <= 0x20E4,
		r >= 0x1D173 && r <= 0x1D17A, r >= 0xE0000 && r <= 0xE0FFF:
		return true
	}
	return false
}

// isHan reports CJK ideographs; each is its own token, since Chinese is written
// without spaces.
func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0xF900 && r <= 0xFAFF) ||
		(r >= 0x20000 && r <= 0x2FA1F) || r == 0x3007 // 〇, the ideographic zero, is read as a digit like 零
}

// specialRune folds punctuation that NFKD leaves alone but writers use
// interchangeably: curly apostrophes, dashes, middle dots, mask bullets.
func specialRune(r rune) (rune, bool) {
	switch r {
	case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x02B9:
		return '\'', true
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63:
		return '-', true
	case 0x00B7, 0x30FB, 0x2027, 0x2219:
		return '.', true
	case 0x2022, 0x25CF, 0x2217, 0x2731, 0x204E:
		return '*', true
	case 0x00A0, 0x2007, 0x202F, 0x3000:
		return ' ', true
	case 0x3001, 0x060C: // ideographic and Arabic commas
		return ',', true
	}
	if r >= 0x1F1E6 && r <= 0x1F1FF { // regional indicator letters: 🇼🇭🇦🇹🇸
		return 'a' + r - 0x1F1E6, true
	}
	return 0, false
}

// digitValue maps a decimal digit of any script to its value. Every range of
// unicode.Nd is a run of whole 0–9 blocks starting at a zero, which the tests
// check, so the value is the offset modulo ten.
func digitValue(r rune) (int, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	if r < 0x10000 {
		for _, rg := range unicode.Nd.R16 {
			if uint16(r) >= rg.Lo && uint16(r) <= rg.Hi {
				return int(uint16(r)-rg.Lo) % 10, true
			}
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if uint32(r) >= rg.Lo && uint32(r) <= rg.Hi {
			return int(uint32(r)-rg.Lo) % 10, true
		}
	}
	return 0, false
}

// confusable maps a lower-case Cyrillic, Greek or Armenian letter to the Latin
// letter it is drawn like. Letters only: never digits, so that the mapping
// cannot change a phone number.
func confusable(r rune) (rune, bool) {
	switch r {
	case 'а', 'α':
		return 'a', true
	case 'в', 'ь', 'β':
		return 'b', true
	case 'с', 'ς', 'ϲ':
		return 'c', true
	case 'ԁ':
		return 'd', true
	case 'е', 'ё', 'ε':
		return 'e', true
	case 'һ':
		return 'h', true
	case 'і', 'ї', 'ι', 'ӏ':
		return 'i', true
	case 'ј':
		return 'j', true
	case 'к', 'κ':
		return 'k', true
	case 'м':
		return 'm', true
	case 'н', 'η', 'п', 'ո':
		return 'n', true
	case 'о', 'ο', 'օ', 'σ':
		return 'o', true
	case 'р', 'ρ':
		return 'p', true
	case 'ԛ':
		return 'q', true
	case 'г':
		return 'r', true
	case 'ѕ':
		return 's', true
	case 'т', 'τ':
		return 't', true
	case 'и', 'υ', 'μ', 'ս':
		return 'u', true
	case 'ν':
		return 'v', true
	case 'ш', 'щ', 'ԝ', 'ω':
		return 'w', true
	case 'х', 'χ':
		return 'x', true
	case 'у', 'γ':
		return 'y', true
	}
	return 0, false
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return !isHan(r) && hasProp(r, propLetter)
}

// skeleton maps look-alike letters to Latin inside words that mix Latin with
// look-alikes ("WhаtsАpp" with Cyrillic а), and inside all-look-alike words
// that then spell a channel name. Pure Cyrillic or Greek words are left alone.
func skeleton(nr []nrune) obf {
	var flags obf
	for i := 0; i < len(nr); {
		if !isLetterRune(nr[i].r) {
			i++
			continue
		}
		j := i
		latin, conf, other := 0, 0, 0
		script := scriptClass(nr[i].r)
		for j < len(nr) && isLetterRune(nr[j].r) && scriptClass(nr[j].r) == script {
			switch r := nr[j].r; {
			case r < utf8.RuneSelf:
				latin++
			default:
				if _, ok := confusable(r); ok {
					conf++
				} else {
					other++
				}
			}
			j++
		}
		if conf > 0 && ((latin > 0 && other == 0) || (latin == 0 && other == 0 && skeletonIsChannel(nr[i:j]))) {
			for k := i; k < j; k++ {
				if m, ok := confusable(nr[k].r); ok {
					nr[k].r = m
				}
			}
			flags |= obfHomoglyph
		}
		i = j
	}
	return flags
}

func skeletonIsChannel(w []nrune) bool {
	if len(w) < 2 || len(w) > 16 {
		return false
	}
	var buf [16]byte
	for k, x := range w {
		m, ok := confusable(x.r)
		if !ok {
			return false
		}
		buf[k] = byte(m)
	}
	_, ok := asciiChannelWords[string(buf[:len(w)])]
	return ok
}

// normalizedSet holds words as normalize writes them ("で" loses its
// voicing mark), so that token text can be looked up directly.
func normalizedSet(words ...string) map[string]bool {
	sc := new(scratch)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}

// normalizedList is words as normalize writes them.
func normalizedList(words ...string) []string {
	sc := new(scratch)
	out := make([]string, 0, len(words))
	for _, w := range words {
		normalize(w, sc)
		out = append(out, string(sc.norm))
	}
	return out
}
