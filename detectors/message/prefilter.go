package message

import (
	"slices"
	"strings"
)

// The prefilter decides, in one pass over the bytes and without allocating,
// whether a message could contain anything the full analysis looks for. Most
// messages are plain ASCII product talk ("Yes, navy 200 gsm is in stock"); they
// stop here. It must never rule out a message the full analysis would flag, so
// it errs wide: any non-ASCII byte, any channel word or digit run long enough
// for a phone, any '@', a bracketed '.' ("mystore[.]com"), spaced single
// letters, digit words, mixed letter-digit chunks that could be leetspeak or
// number words.

// Byte classes for the prefilter.
const (
	clsLetter uint8 = 1 << iota
	clsDigit
	clsHigh     // a non-ASCII byte
	clsDigitSep // may sit inside a written phone number: space - . ( ) / _ | ~
	clsSpacer   // may sit between spaced-out letters: space . - _ * | / ' ,
	clsChunkEnd // ends a glued chunk: whitespace , : ;
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			t[c] = clsHigh
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = clsLetter
		case c >= '0' && c <= '9':
			t[c] = clsDigit
		}
	}
	for _, c := range " -.()/_|~" {
		t[c] |= clsDigitSep
	}
	for _, c := range " .-_*|/'," {
		t[c] |= clsSpacer
	}
	for _, c := range " \t\n\r,:;" {
		t[c] |= clsChunkEnd
	}
	return t
}()

// needsAnalysis reports whether text must go through the full analysis.
func needsAnalysis(text string) bool { return triggers.needs(text) }

// needs is needsAnalysis with the trigger index ix (buildTriggerIndex asks
// it while the index grows).
func (ix *triggerIndex) needs(text string) bool {
	var (
		singles      int   // consecutive single-letter words
		singleDigits int   // consecutive single digits between spaces
		roles        uint8 // lexicon trigger roles seen (a place and a comfort word trigger together)
		numWords     int   // digit words seen
		digits       int   // digits in the current run, across phone separators
		atWord, tld  bool  // "at" and a top-level domain after a dot: a spelt-out address
		chunkStart   int   // start of the current glued chunk
		chunkL       int   // letters in the chunk
		chunkD       int   // digits in the chunk
		chunkSym     bool  // $ ! | in the chunk (leetspeak)
		stars        int
		// the two previous short words, when one separator apart: a channel
		// name in pieces ("we ch at", "what.sapp")
		p1s, p1e, p2s, p2e = -9, -9, -9, -9
	)
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		k := byteClass[c]
		switch {
		case k&clsHigh != 0:
			return true
		case k&clsLetter != 0:
			j := i + 1
			for j < n && byteClass[text[j]]&clsLetter != 0 {
				j++
			}
			prev, next := byte(' '), byte(' ')
			if i > 0 {
				prev = text[i-1]
			}
			if j < n {
				next = text[j]
			}
			w := text[i:j]
			if j-i == 1 && len(ix.spelt) > 0 && ix.speltAt(text, i) {
				return true
			}
			if ix.wordTriggers(w, prev, next, &numWords, &roles, &atWord, &tld) {
				return true
			}
			if len(w) <= 9 && splitTail(text, i, j, p1s, p1e, p2s, p2e) {
				return true
			}
			if i-p1e == 1 && byteClass[prev]&clsSpacer != 0 && len(w) <= 5 && p1e-p1s <= 5 {
				p2s, p2e = p1s, p1e
			} else {
				p2s, p2e = -9, -9
			}
			if len(w) <= 9 { // splitAt's longest piece
				p1s, p1e = i, j
			} else {
				p1s, p1e, p2s, p2e = -9, -9, -9, -9
			}
			if len(w) == 1 && (i == 0 || byteClass[prev]&clsSpacer != 0) {
				singles++
				if singles >= 4 {
					return true
				}
			} else {
				singles = 0
			}
			chunkL += len(w)
			digits, stars, singleDigits = 0, 0, 0
			i = j
			continue
		case k&clsDigit != 0:
			j := i + 1
			for j < n && byteClass[text[j]]&clsDigit != 0 {
				j++
			}
			digits += j - i
			if digits >= 7 {
				return true
			}
			if roles |= roleFigure; pairTriggers(roles) {
				return true
			}
			// Digits spaced one by one ("8 6 1 5 7 9"): a number begun in
			// disguise that the next message may finish.
			if j-i == 1 && (i == 0 || byteClass[text[i-1]]&clsSpacer != 0) && (j == n || byteClass[text[j]]&clsSpacer != 0) {
				singleDigits++
				if singleDigits >= 4 {
					return true
				}
			} else {
				singleDigits = 0
			}
			chunkD += j - i
			stars = 0
			if j-i == 1 && singles > 0 && (j == n || text[j] == ' ') && text[i-1] == ' ' {
				singles++ // a digit for a letter in a spaced name: "L 1 N E"
				if singles >= 4 {
					return true
				}
			} else {
				singles = 0
			}
			i = j
			continue
		}
		switch c {
		case '@':
			return true
		case '(', '[', '{', '<':
			if bracketedSignAt(text, i) {
				return true // "mystore[.]com"
			}
		case '+':
			if nextDigit(text, i+1) {
				return true
			}
		case '%':
			if roles |= roleFigure; pairTriggers(roles) {
				return true
			}
		case '$', '!', '|':
			chunkSym = true
		case '*':
			stars++
			if stars >= 3 {
				return true
			}
		}
		if c != '*' {
			stars = 0
		}
		if k&clsDigitSep == 0 {
			digits = 0
		}
		// One sign alone between spaces inside a spaced name ("L ! N E",
		// "W . H . A"): a letter written as a sign, or a separator.
		lone := singles > 0 && i > 0 && i+1 < n && text[i-1] == ' ' && text[i+1] == ' ' && c != ' '
		if lone && (c == '!' || c == '|' || c == '@' || c == '$') {
			singles++
			if singles >= 4 {
				return true
			}
		} else if (k&clsSpacer == 0 && !lone) || c == '\n' {
			singles, singleDigits = 0, 0
		}
		if k&clsChunkEnd != 0 {
			if chunkL > 0 && (chunkD > 0 || chunkSym) && chunkEndTriggers(text[chunkStart:i], chunkL, chunkD) {
				return true
			}
			chunkStart, chunkL, chunkD, chunkSym = i+1, 0, 0, false
		}
		i++
	}
	if chunkL > 0 && (chunkD > 0 || chunkSym) && chunkEndTriggers(text[chunkStart:], chunkL, chunkD) {
		return true
	}
	return atWord && tld
}

// wordTriggers checks one word: a trigger word, the third digit word, "at",
// a top-level domain after a dot.
func (ix *triggerIndex) wordTriggers(w string, prev, next byte, numWords *int, roles *uint8, atWord, tld *bool) bool {
	if len(w) > 31 {
		return false
	}
	if !ix.maybe(w) && !(prev == '.' && len(w) <= 6) {
		return false // the common case: nothing to look up
	}
	var buf [31]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	lw := buf[:len(w)]
	if prev == '.' && tlds[string(lw)] {
		*tld = true
	}
	if !ix.bloom.has(lw) {
		return false
	}
	if r := ix.triggerWord(lw, prev, next); r&roleKey != 0 {
		return true
	} else if r != 0 {
		*roles |= r
		if pairTriggers(*roles) {
			return true
		}
	}
	if isNumberWord(lw) {
		*numWords++
		if *numWords >= 3 {
			return true
		}
	}
	if len(lw) == 2 && lw[0] == 'a' && lw[1] == 't' {
		*atWord = true
	}
	return false
}

// chunkEndTriggers checks a glued chunk mixing letters with digits or
// symbols: letters standing for digits ("I38", "O22I"), digit words
// ("one3eight"), leetspeak ("W3chat").
func chunkEndTriggers(chunk string, letters, digits int) bool {
	if digits >= 2 {
		io := true
		for k := 0; k < len(chunk) && io; k++ {
			if byteClass[chunk[k]]&clsLetter != 0 {
				if l := chunk[k] | 0x20; l != 'i' && l != 'l' && l != 'o' {
					io = false
				}
			}
		}
		if io {
			return true
		}
	}
	return letters >= 3 && leetOrWords(chunk)
}

// nextDigit reports a digit at s[i:], after at most three spaces.
func nextDigit(s string, i int) bool {
	for k := i; k < len(s) && k < i+4; k++ {
		if s[k] >= '0' && s[k] <= '9' {
			return true
		}
		if s[k] != ' ' {
			return false
		}
	}
	return false
}

// leetOrWords reports a chunk that holds a digit word ("one3eight") or reads as a
// channel name in leetspeak ("w3chat").
func leetOrWords(chunk string) bool {
	var b [32]byte
	n := 0
	for i := 0; i < len(chunk) && n < len(b); i++ {
		c := chunk[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			b[n] = c | 0x20
		case c >= '0' && c <= '9':
			b[n], _ = leetDigit(c)
		case c == '$' || c == '!' || c == '|' || c == '@':
			b[n] = leetSym(c)
		default:
			continue
		}
		n++
	}
	s := b[:n]
	for _, w := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero"} {
		if contains(chunk, w) {
			return true
		}
	}
	for _, w := range [...]string{"whats", "wechat", "skype", "telegram", "viber", "email", "line", "signal", "qq", "phone", "mobile", "facebook", "instagram"} {
		if contains(string(s), w) {
			return true
		}
	}
	return false
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		match := true
		for j := 0; j < len(sub); j++ {
			if s[i+j]|0x20 != sub[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

func isNumberWord(w []byte) bool {
	_, ok := spokenDigit(w)
	return ok || string(w) == "plus" || multiplierWords[string(w)] > 0 || prefilterNumberWord(w)
}

// triggerWords are words that name a channel, a contact, Trade Assurance, or
// spell out an address.
var triggerWords = []string{
	"whatsapp", "whatsap", "watsapp", "watsap", "whatapp", "whtsp", "whtsapp", "wtsp", "wtsapp", "wats",
	"whats", "wpp", "wa", "zap", "zapzap", "wasap", "guasap", "wassap", "wechat", "weixin", "wei", "vx", "wx",
	"chat", "skype", "qq", "telegram", "telegramm", "tele", "tg", "line", "lin", "viber", "signal", "zoom",
	"meet", "teams", "instagram", "insta", "ig", "facebook", "face", "fb", "messenger", "linkedin", "linked",
	"kakaotalk", "kakao", "zalo", "snapchat", "dingtalk", "tiktok", "discord", "email", "emails", "mail",
	"gmail", "hotmail", "outlook", "yahoo", "correo", "courriel", "phone", "phones", "telephone", "telefono",
	"telefone", "mobile", "mob", "tel", "cell", "cellphone", "celular", "fax", "contact", "contacts",
	"contacto", "contato", "number", "numero", "dot", "trade", "assurance", "ta", "app", "xxx", "xxxx",
	"handynummer", "telefonnummer", "nummer", "movil", "portable", "perso",
}

// lureTriggers are words of indirect lures, which name no channel: QR codes,
// profiles, brand searches, talking somewhere else.
var lureTriggers = []string{
	"qr", "qrcode", "karekod", "profile", "banner", "bio", "avatar", "perfil", "profil", "profilo", "homepage",
	"google", "brand", "somewhere", "elsewhere", "privately", "private", "convenient", "privado", "ailleurs",
	"lugar", "privato", "altrove", "woanders", "privat", "wxid", "vk",
}

// splitTail reports a short word text[i:j] that ends a channel name cut
// into two or three pieces by single separators ("what.sapp", "we ch at",
// "tele_gram", "whatsa*pp"); [p1s, p1e) and [p2s, p2e) are the previous
// pieces.
func splitTail(text string, i, j, p1s, p1e, p2s, p2e int) bool {
	if i-p1e != 1 || byteClass[text[p1e]]&clsSpacer == 0 || !splitEnds[text[j-1]|0x20] {
		return false
	}
	if (j-i > 5 || p1e-p1s > 5) && text[p1e] == ' ' {
		return false // a piece of six letters or more joins only across a glued mark ("whatsa*pp"), as splitAt reads it
	}
	if l := j - p1s; (l < 3 || l > 18 || !splitStarts[text[p1s]|0x20]) && (p2e < 0 || !splitStarts[text[p2s]|0x20]) {
		return false
	}
	var buf [24]byte
	n := 0
	add := func(a, b int) bool {
		if n+b-a > len(buf) {
			return false
		}
		for k := a; k < b; k++ {
			buf[n] = text[k] | 0x20
			n++
		}
		return true
	}
	if !add(p1s, p1e) || !add(i, j) {
		return false
	}
	if splitBloom.has(buf[:n]) && splitWords[string(buf[:n])] {
		return true
	}
	if p2e < 0 || p1s-p2e != 1 || byteClass[text[p2e]]&clsSpacer == 0 {
		return false
	}
	n = 0
	return add(p2s, p2e) && add(p1s, p1e) && add(i, j) && splitBloom.has(buf[:n]) && splitWords[string(buf[:n])]
}

// splitBloom rules out most joined pieces before the splitWords lookup.
var splitBloom = func() (b bloom) {
	for w := range splitWords {
		b.add(w)
	}
	return b
}()

// splitEnds and splitStarts mark the last and first letters of splitWords.
var splitEnds, splitStarts = func() (e, s [256]bool) {
	for w := range splitWords {
		e[w[len(w)-1]] = true
		s[w[0]] = true
	}
	return e, s
}()

// splitWords are the channel names splitTail looks for.
var splitWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range asciiChannelWords {
		m[w] = true
	}
	for w := range splitNames {
		m[w] = true
	}
	return m
}()

// lureStopWords are lure words too common in product talk to send a message
// to the full analysis on their own ("better price", "place the order").
var lureStopWords = map[string]bool{
	"better": true, "faster": true, "easier": true, "the": true, "that": true, "more": true, "other": true,
	"another": true, "code": true, "home": true, "page": true, "about": true, "photo": true, "picture": true,
	"this": true, "your": true, "with": true, "from": true, "no": true, "add": true,
	"site": true, "open": true, "official": true, "account": true, "business": true,
}

// contactTriggerWords are the ASCII words of the contact lexicon's channel
// names (first word of each phrase) and the lure words.
func contactTriggerWords() []string {
	out := slices.Clone(lureTriggers)
	for _, e := range contactLexicon {
		if e.cats&(catQR|catProfile|catElsewhere|catComfort|catAppRef) != 0 {
			// Indirect lures name no app: any of their words may be the only cue.
			for _, w := range strings.FieldsFunc(e.phrases[0]+" "+strings.Join(e.phrases[1:], " "), func(r rune) bool {
				return r < 'a' || r > 'z'
			}) {
				if len(w) >= 4 && len(w) <= 31 && !lureStopWords[w] {
					out = append(out, w)
				}
			}
			continue
		}
		if e.cats&(catChannel|catChannelWeak) == 0 {
			continue
		}
		for _, p := range e.phrases {
			w := p
			if k := strings.IndexFunc(p, func(r rune) bool { return r < 'a' || r > 'z' }); k >= 0 {
				w = p[:k]
			}
			if len(w) >= 2 && len(w) <= 31 && !lureStopWords[w] {
				out = append(out, w)
			}
		}
	}
	return out
}

// triggerIndex answers "is this word a trigger" quickly: per first letter, a
// bit per word length (mask, and wordMask which adds digit words), then a
// Bloom filter, then the set itself.
type triggerIndex struct {
	set map[string]uint8 // word → roles
	// spelt holds names spelt in single letters around a mark ("w . a",
	// "l ! n e"): the first letter, the mark, the next letter.
	spelt          map[[3]byte]bool
	mask, wordMask [26]uint32
	// pairMask is wordMask keyed by the first two letters: with hundreds of
	// trigger and digit words in a dozen languages, the first letter alone
	// rules out little.
	pairMask [26][26]uint32
	bloom    bloom
}

// maybe reports whether w (ASCII letters, any case) could be a trigger or
// digit word, by its first letters and length.
func (ix *triggerIndex) maybe(w string) bool {
	a := w[0] | 0x20 - 'a'
	if len(w) == 1 || w[1]|0x20 < 'a' || w[1]|0x20 > 'z' {
		return ix.wordMask[a]&(1<<len(w)) != 0
	}
	return ix.pairMask[a][w[1]|0x20-'a']&(1<<len(w)) != 0
}

func (ix *triggerIndex) addPair(w string) {
	if len(w) >= 2 && w[1] >= 'a' && w[1] <= 'z' {
		ix.pairMask[w[0]-'a'][w[1]-'a'] |= 1 << len(w)
	}
}

var triggers = buildTriggerIndex()

func buildTriggerIndex() *triggerIndex {
	ix := &triggerIndex{set: map[string]uint8{}, spelt: map[[3]byte]bool{}}
	for _, w := range slices.Concat(triggerWords, contactTriggerWords(), intentTriggerWords, gapsTriggerWords) {
		ix.set[w] |= roleKey
		ix.add(w)
	}
	// Context-dependent ones, decided in triggerWord.
	for _, w := range []string{"me", "v", "at", "ly", "gl", "gy", "gd"} {
		ix.add(w)
	}
	for _, w := range []string{"tinyurl", "shorturl", "cutt"} {
		ix.set[w] |= roleKey
		ix.add(w)
	}
	numWords := []string{"plus"}
	for w := range multiplierWords {
		numWords = append(numWords, w)
	}
	for _, ws := range spokenDigitWords {
		numWords = append(numWords, ws...)
	}
	for _, ws := range moreDigitWords {
		numWords = append(numWords, ws...)
	}
	for w := range spokenNumberWords {
		if prefilterNumberWord([]byte(w)) {
			numWords = append(numWords, w)
		}
	}
	for _, w := range numWords {
		if !isASCII(w) || len(w) > 31 {
			continue // non-ASCII text always goes to the full analysis
		}
		ix.wordMask[w[0]-'a'] |= 1 << len(w)
		ix.addPair(w)
		ix.bloom.add(w)
	}
	// Last, the lexicon's phrases that the index does not pass yet.
	addLexiconTriggers(ix)
	addTARefusalTriggers(ix)
	addOffDealTriggers(ix)
	return ix
}

// speltAt reports a name spelt in single letters at text[i] ("v x",
// "w . a", "l ! n e"): the letter, the mark (' ' for whitespace alone) and
// the next letter, whitespace between them skipped as the tokeniser does.
func (ix *triggerIndex) speltAt(text string, i int) bool {
	k := skipSpaces(text, i+1)
	if k >= len(text) {
		return false
	}
	m := byte(' ')
	if byteClass[text[k]]&clsLetter == 0 {
		if byteClass[text[k]]&(clsDigit|clsHigh) != 0 || text[k] == '\n' {
			return false
		}
		m = text[k]
		k = skipSpaces(text, k+1)
	}
	if k >= len(text) || byteClass[text[k]]&clsLetter == 0 {
		return false
	}
	return ix.spelt[[3]byte{text[i] | 0x20, m, text[k] | 0x20}]
}

// skipSpaces returns the index of the first byte at or after i that is not
// whitespace within a line.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
		i++
	}
	return i
}

// add makes w a candidate for the word tests (the masks and the Bloom
// filter); the roles live in set.
func (ix *triggerIndex) add(w string) {
	ix.mask[w[0]-'a'] |= 1 << len(w)
	ix.wordMask[w[0]-'a'] |= 1 << len(w)
	ix.addPair(w)
	ix.bloom.add(w)
}

// bloom is a one-hash Bloom filter over lower-case words: with about 700
// words in 16384 bits, 96% of ordinary words are ruled out without a map
// lookup.
type bloom [256]uint64

func fnv(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func (b *bloom) add(w string) {
	h := fnv([]byte(w)) & 16383
	b[h>>6] |= 1 << (h & 63)
}

func (b *bloom) has(w []byte) bool {
	h := fnv(w) & 16383
	return b[h>>6]&(1<<(h&63)) != 0
}

// triggerWord returns the trigger roles of word w; prev is the byte before
// the word, next the byte after.
func (ix *triggerIndex) triggerWord(w []byte, prev, next byte) uint8 {
	if len(w) > 31 || w[0] < 'a' || w[0] > 'z' || ix.mask[w[0]-'a']&(1<<len(w)) == 0 {
		return 0
	}
	if r := ix.set[string(w)]; r != 0 {
		return r
	}
	switch string(w) {
	case "me":
		if prev == '.' { // t.me, wa.me, m.me
			return roleKey
		}
	case "ly", "gl", "gy", "gd":
		if (prev == '.' || prev == ' ') && next == '/' { // bit.ly/…, "bit ly/…", goo.gl/…
			return roleKey
		}
	case "v":
		if next == ':' {
			return roleKey
		}
	case "at":
		if prev == '(' || prev == '[' || prev == '{' || prev == '<' {
			return roleKey
		}
	}
	return 0
}
