package message

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  uint8 = iota + 1 // a run of letters (Latin, Cyrillic, Arabic, …)
	tNum                    // a run of ASCII digits
	tHan                    // one CJK ideograph
	tPunct                  // one punctuation mark or symbol
)

// token is one token of the normalised text.
type token struct {
	s, e   int32  // normalised byte range
	alt    string // canonical text when folded from a spaced or leetspeak form
	kind   uint8
	sp     bool  // whitespace before the token
	nl     bool  // a line break before the token
	sent   int32 // sentence index
	clause int32 // clause index (sentences split further at commas)
	// Phrase match starting here (the longest), filled by matchPhrases.
	cats   cat
	fam    fam // the match's family categories
	ch     Channel
	mEnd   int32  // end token (exclusive) of that match; 0 when none
	shadow bool   // covered by a neutral phrase ("phone case")
	folded obf    // evasion undone to build alt
	digit  byte   // the digit a spoken-digit word names ('0'–'9'), or 0; set by matchPhrases
	num    uint16 // a number word beyond one digit (kind | value, see spoken_numbers.go), or 0
	// wid is the lexicon word id of the token (alt, else its text), sid its
	// clitic stem's when it has one and the text is not a word; noWord when
	// none. Set by matchPhrases.
	wid, sid int32
}

func (t *token) glued() bool { return !t.sp }

// tokenize splits the normalised text into tokens.
func tokenize(b []byte, toks []token) []token {
	toks = toks[:0]
	sp, nl := false, false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				sp = true
				i++
				continue
			case c == '\n':
				sp, nl = true, true
				i++
				continue
			case 'a' <= c && c <= 'z':
				j := wordEnd(b, i)
				toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, sp: sp, nl: nl})
				i = j
			case '0' <= c && c <= '9':
				j := i + 1
				for j < len(b) && '0' <= b[j] && b[j] <= '9' {
					j++
				}
				toks = append(toks, token{s: int32(i), e: int32(j), kind: tNum, sp: sp, nl: nl})
				i = j
			default:
				toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: tPunct, sp: sp, nl: nl})
				i++
			}
			sp, nl = false, false
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case hasProp(r, propSpace):
			sp = true
			if r == 0x2028 || r == 0x2029 || r == 0x85 {
				nl = true
			}
			i += n
			continue
		case isHan(r):
			toks = append(toks, token{s: int32(i), e: int32(i + n), kind: tHan, sp: sp, nl: nl})
			i += n
		case hasProp(r, propLetter|propMark):
			j := wordEnd(b, i)
			if seg := segmenter; seg != nil && segmentable(b, i) {
				toks = appendSegments(toks, b, i, j, sp, nl, seg.segment, seg.maxSeg)
			} else {
				toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, sp: sp, nl: nl})
			}
			i = j
		default:
			toks = append(toks, token{s: int32(i), e: int32(i + n), kind: tPunct, sp: sp, nl: nl})
			i += n
		}
		sp, nl = false, false
	}
	return toks
}

// wordEnd returns the end of the letter run starting at i; a run in a
// script written without spaces (kana, hangul, Thai) also ends where the
// script changes.
func wordEnd(b []byte, i int) int {
	script := scriptOther
	if b[i] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRune(b[i:])
		script = scriptClass(r)
		if r == 0x30FC {
			script = scriptKatakana
		}
	}
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' && script == scriptOther {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRune(b[i:])
		if isHan(r) || !hasProp(r, propLetter|propMark) || !sameScript(script, r) {
			return i
		}
		i += n
	}
	return i
}

// is reports whether token i reads w (its folded form if any).
func (sc *scratch) is(i int, w string) bool {
	t := &sc.toks[i]
	if t.alt != "" {
		return t.alt == w
	}
	return string(sc.norm[t.s:t.e]) == w
}

// isPunct reports whether token i is the punctuation rune p.
func (sc *scratch) isPunct(i int, p byte) bool {
	t := &sc.toks[i]
	return t.kind == tPunct && t.e-t.s == 1 && sc.norm[t.s] == p
}

// foldJoins folds evasive spellings back into one token whose alt is the
// channel name: letters split by spaces or dots ("w h a t s a p p",
// "W.h.a.t.s.A.p.p") and leetspeak chunks ("wh@ts@pp", "W3chat").
func (sc *scratch) foldJoins() {
	toks := sc.toks
	out := toks[:0]
	for i := 0; i < len(toks); {
		if j, alt := sc.spacedAt(i); j > 0 {
			t := toks[i]
			t.e, t.alt, t.folded = toks[j-1].e, alt, obfSpaced
			t.kind = tWord
			out = append(out, t)
			i = j
			continue
		}
		if j, alt := sc.spacedRunesAt(i); j > 0 {
			t := toks[i]
			t.e, t.alt, t.folded = toks[j-1].e, alt, obfSpaced
			t.kind = tWord
			out = append(out, t)
			i = j
			continue
		}
		if j, alt := sc.splitAt(i); j > 0 {
			t := toks[i]
			t.e, t.alt, t.folded = toks[j-1].e, alt, obfSplit
			t.kind = tWord
			out = append(out, t)
			i = j
			continue
		}
		if j, alt := sc.leetAt(i); j > 0 {
			t := toks[i]
			t.e, t.alt, t.folded = toks[j-1].e, alt, obfLeet
			t.kind = tWord
			out = append(out, t)
			i = j
			continue
		}
		out = append(out, toks[i])
		i++
	}
	sc.toks = out
}

// spacedAt recognises single letters separated by whitespace, by one of
// . - _ * | / ' , glued between them, or by any one such sign standing alone
// between spaces ("L . I . N . E"), that spell a channel name (at least four
// letters, or "qq" before a number). A letter may be written as a digit or
// sign standing alone: "L ! N E", "L 1 N E", "W h @ t s a p p".
func (sc *scratch) spacedAt(i int) (int, string) {
	toks := sc.toks
	if !sc.singleLetter(i) {
		return 0, ""
	}
	var a, b [20]byte // two readings of '1' and '|': i and l
	n := 0
	best, bestAlt := 0, ""
	for j := i; n < len(a) && j < len(toks); {
		ca, cb, ok := sc.spacedUnit(j)
		if !ok {
			break
		}
		a[n], b[n] = ca, cb
		n++
		if n >= 4 || (n == 2 && a[0] == 'q' && a[1] == 'q' && sc.numberFollows(j+1)) {
			if ch, ok := spelledChannel(string(a[:n])); ok {
				best, bestAlt = j+1, channelNames[ch]
			} else if ch, ok := spelledChannel(string(b[:n])); ok {
				best, bestAlt = j+1, channelNames[ch]
			}
		}
		k := j + 1
		switch {
		case k+1 < len(toks) && toks[k].kind == tPunct && toks[k].glued() && toks[k+1].glued() &&
			toks[k].e-toks[k].s == 1 && isSpacer(sc.norm[toks[k].s]):
			k++ // one glued separator between letters
		case k+1 < len(toks) && toks[k].kind == tPunct && toks[k].sp && !toks[k].nl && toks[k+1].sp && !toks[k+1].nl &&
			toks[k].e-toks[k].s == 1 && isSpacer(sc.norm[toks[k].s]) && sc.norm[toks[k].s] != '|':
			k++ // one sign alone between spaces: "L . I . N . E"
		case k < len(toks) && toks[k].sp && !toks[k].nl:
		default:
			k = len(toks)
		}
		j = k
	}
	if best > 0 {
		return best, bestAlt
	}
	return 0, ""
}

// spacedRunesAt is spacedAt for the scripts beyond ASCII: single letters
// joined by one glued separator or by spaces that spell a channel's name
// ("В.А.Т.С.А.П", "в а т с а п").
func (sc *scratch) spacedRunesAt(i int) (int, string) {
	toks := sc.toks
	one := func(j int) bool {
		t := &toks[j]
		if t.kind != tWord || t.alt != "" || sc.norm[t.s] < utf8.RuneSelf {
			return false
		}
		_, size := utf8.DecodeRune(sc.norm[t.s:t.e])
		return int(t.e-t.s) == size
	}
	if !one(i) {
		return 0, ""
	}
	var buf [64]byte
	word := buf[:0]
	best, bestAlt := 0, ""
	for j, n := i, 0; j < len(toks) && n < 16 && one(j); n++ {
		word = append(word, sc.norm[toks[j].s:toks[j].e]...)
		if n >= 3 {
			if ch, ok := spelledChannel(string(word)); ok {
				best, bestAlt = j+1, channelNames[ch]
			}
		}
		k := j + 1
		switch {
		case k+1 < len(toks) && toks[k].kind == tPunct && toks[k].glued() && toks[k+1].glued() &&
			toks[k].e-toks[k].s == 1 && isSpacer(sc.norm[toks[k].s]):
			k++
		case k < len(toks) && toks[k].sp && !toks[k].nl:
		default:
			k = len(toks)
		}
		j = k
	}
	return best, bestAlt
}

// spelledChannel reads a channel's name spelt out letter by letter: the
// names asciiChannelWords lists, and every one-word name of the lexicon
// ("watsap", "ватсап", "вайбер").
func spelledChannel(w string) (Channel, bool) {
	if ch, ok := asciiChannelWords[w]; ok {
		return ch, true
	}
	ch, ok := lexiconChannelWords()[w]
	return ch, ok && len(w) >= 4
}

var lexiconChannelWords = sync.OnceValue(func() map[string]Channel {
	m := map[string]Channel{}
	sc := new(scratch)
	for _, e := range lexiconEntries() {
		if e.cats&catChannel == 0 || e.ch == 0 {
			continue
		}
		for _, p := range e.phrases {
			normalize(p, sc)
			if w := string(sc.norm); !strings.ContainsAny(w, " .'-_") {
				m[w] = e.ch
			}
		}
	}
	return m
})

// spacedUnit reads token j as one letter of a spaced name: a single letter,
// or a digit or sign standing for one (two readings for 1 and |).
func (sc *scratch) spacedUnit(j int) (byte, byte, bool) {
	t := &sc.toks[j]
	if sc.singleLetter(j) {
		c := sc.norm[t.s]
		return c, c, c < utf8.RuneSelf
	}
	if t.e-t.s != 1 || t.alt != "" || (t.kind != tNum && t.kind != tPunct) {
		return 0, 0, false
	}
	switch sc.norm[t.s] {
	case '!':
		return 'i', 'i', true
	case '1', '|':
		return 'i', 'l', true
	case '0':
		return 'o', 'o', true
	case '3':
		return 'e', 'e', true
	case '@', '4':
		return 'a', 'a', true
	case '$', '5':
		return 's', 's', true
	case '7':
		return 't', 't', true
	}
	return 0, 0, false
}

// numberFollows reports a number or a Chinese numeral at token k: "Q Q
// 1335042998", "Q Q 幺三三五".
func (sc *scratch) numberFollows(k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	t := &sc.toks[k]
	if sc.isPunct(k, ':') && k+1 < len(sc.toks) {
		t = &sc.toks[k+1] // "Q Q：1335…"
		k++
	}
	if t.kind == tNum {
		return true
	}
	if t.kind == tHan {
		_, ok := hanDigit(sc.hanRune(k))
		return ok
	}
	return false
}

func isSpacer(c byte) bool {
	switch c {
	case '.', '-', '_', '*', '|', '/', '\'', ',':
		return true
	}
	return false
}

func (sc *scratch) singleLetter(i int) bool {
	t := &sc.toks[i]
	return t.kind == tWord && t.alt == "" && t.e-t.s == 1
}

// leetAt recognises a glued chunk of letters, digits and @ $ ! | that reads as a
// channel name once digits and symbols are read as letters (3→e, @→a, …).
func (sc *scratch) leetAt(i int) (int, string) {
	toks := sc.toks
	if i+1 >= len(toks) || !toks[i+1].glued() || (toks[i].kind != tWord && toks[i].kind != tNum && !sc.leetPunct(i)) {
		return 0, ""
	}
	var a, b [24]byte // two readings of '1': i and l
	n := 0
	mixed := false
	j := i
loop:
	for ; j < len(toks) && (j == i || toks[j].glued()); j++ {
		t := &toks[j]
		switch {
		case t.kind == tWord && t.alt == "":
			for k := t.s; k < t.e; k++ {
				c := sc.norm[k]
				if c >= utf8.RuneSelf || n == len(a) {
					return 0, ""
				}
				a[n], b[n] = c, c
				n++
			}
		case t.kind == tNum:
			mixed = true
			for k := t.s; k < t.e; k++ {
				if n == len(a) {
					return 0, ""
				}
				a[n], b[n] = leetDigit(sc.norm[k])
				n++
			}
		case sc.leetPunct(j):
			if n == len(a) {
				return 0, ""
			}
			mixed = true
			a[n], b[n] = leetSym(sc.norm[t.s]), leetSym(sc.norm[t.s])
			n++
		default:
			break loop
		}
	}
	if !mixed || n < 4 || j-i < 2 {
		return 0, ""
	}
	if ch, ok := asciiChannelWords[string(a[:n])]; ok {
		return j, channelNames[ch]
	}
	if ch, ok := asciiChannelWords[string(b[:n])]; ok {
		return j, channelNames[ch]
	}
	return 0, ""
}

func (sc *scratch) leetPunct(i int) bool {
	t := &sc.toks[i]
	if t.kind != tPunct || t.e-t.s != 1 {
		return false
	}
	switch sc.norm[t.s] {
	case '@', '$', '!', '|':
		return true
	}
	return false
}

func leetDigit(c byte) (byte, byte) {
	switch c {
	case '0':
		return 'o', 'o'
	case '1':
		return 'i', 'l'
	case '3':
		return 'e', 'e'
	case '4':
		return 'a', 'a'
	case '5':
		return 's', 's'
	case '7':
		return 't', 't'
	case '8':
		return 'b', 'b'
	case '9':
		return 'g', 'g'
	}
	return c, c
}

func leetSym(c byte) byte {
	switch c {
	case '@':
		return 'a'
	case '$':
		return 's'
	case '!', '|':
		return 'i'
	}
	return c
}

// markSentences assigns sentence and clause indexes. A sentence ends at . ! ?
// ; 。！？； (a dot only before whitespace, so "t.me" and "0.13" stay whole) and
// at line breaks; clauses also end at commas.
func (sc *scratch) markSentences() {
	toks := sc.toks
	var sent, clause int32
	for i := range toks {
		t := &toks[i]
		if t.nl && i > 0 {
			sent++
			clause++
		}
		if t.sp && i > 0 && sc.thaiAt(i) && sc.thaiAt(i-1) {
			clause++ // Thai separates clauses with a space, not a comma
		}
		if t.kind == tWord && i > 0 && (clauseTurns[string(sc.norm[t.s:t.e])] ||
			clauseTurnsAfterComma[string(sc.norm[t.s:t.e])] && sc.isPunct(i-1, ',')) {
			clause++ // "… düşemiyoruz ama Trade Assurance olur": a new clause
		}
		t.sent, t.clause = sent, clause
		if t.kind != tPunct {
			continue
		}
		r, _ := utf8.DecodeRune(sc.norm[t.s:t.e])
		switch r {
		case '!', '?', ';', '。', '！', '？', '；', '؟', '؛', '…':
			sent++
			clause++
		case '.':
			next := i + 1
			if next >= len(toks) || toks[next].sp {
				if i == 0 || !sc.isAbbrev(i-1) && !sc.isOrdinal(i-1) {
					sent++
					clause++
				}
			}
		case ',', '、', '،', '(', ')':
			clause++
		}
	}
}

// clauseTurns open a clause that turns against the one before ("but").
var clauseTurns = normalizedSet("but", "pero", "aber", "però", "но", "ama", "fakat", "ancak",
	"لكن", "بس", "लेकिन", "tapi", "namun", "nhưng", "แต่", "でも", "しかし", "하지만", "但是", "可是", "不过")

// clauseTurnsAfterComma are "but" only after a comma: alone they are also
// "more" ("mais barato", "más barato") or other words.
var clauseTurnsAfterComma = map[string]bool{"mais": true, "mas": true, "ma": true}

// thaiAt reports a token in Thai script.
func (sc *scratch) thaiAt(i int) bool {
	t := &sc.toks[i]
	if t.kind != tWord || sc.norm[t.s] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRune(sc.norm[t.s:t.e])
	return scriptClass(r) == scriptThai
}

var abbrevs = map[string]bool{
	"tel": true, "no": true, "mob": true, "nr": true, "ph": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "co": true, "ltd": true, "inc": true, "st": true, "fax": true,
}

// isOrdinal reports a German or Turkish ordinal before the dot at i+1 ("auf
// dem 3. Produktfoto", "3. fotoğraftaki"): one or two digits glued to the
// dot, after an article or preposition, or before a word in lower case.
func (sc *scratch) isOrdinal(i int) bool {
	toks := sc.toks
	t := &toks[i]
	if t.kind != tNum || t.e-t.s > 2 || !toks[i+1].glued() {
		return false
	}
	if i > 0 && toks[i-1].kind == tWord && ordinalLeads[string(sc.norm[toks[i-1].s:toks[i-1].e])] {
		return true
	}
	n := i + 2
	if n >= len(toks) || toks[n].kind != tWord || int(sc.ns[toks[n].s]) >= len(sc.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.text[sc.ns[toks[n].s]:])
	return unicode.IsLower(r)
}

// ordinalLeads are the German articles and contracted prepositions before an
// ordinal written with a dot.
var ordinalLeads = map[string]bool{
	"dem": true, "der": true, "den": true, "das": true, "die": true, "am": true, "im": true, "zum": true,
	"zur": true, "vom": true, "beim": true, "ab": true, "bis": true, "seit": true,
}

// isAbbrev reports abbreviations after which a dot does not end the sentence
// ("Tel. +86 …", "No. 5", "T.A.").
func (sc *scratch) isAbbrev(i int) bool {
	t := &sc.toks[i]
	// A single letter before the dot is an initial: "T.A. order", "U.S. customs".
	return t.kind == tWord && (t.e-t.s == 1 || abbrevs[string(sc.norm[t.s:t.e])])
}
