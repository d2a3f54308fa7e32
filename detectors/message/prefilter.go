package message

import "slices"

// The prefilter decides, in one pass over the bytes and without allocating,
// whether a message could contain anything the full analysis looks for. Most
// messages are plain ASCII product talk ("Yes, navy 200 gsm is in stock"); they
// stop here. It must never rule out a message the full analysis would flag, so
// it errs wide: any non-ASCII byte, any channel word or digit run long enough
// for a phone, any '@', spaced single letters, digit words, mixed
// letter-digit chunks that could be leetspeak or number words.

// Byte classes for the prefilter.
const (
	clsLetter uint8 = 1 << iota
	clsDigit
	clsHigh     // a non-ASCII byte
	clsDigitSep // may sit inside a written phone number: space - . ( ) /
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
	for _, c := range " -.()/" {
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
func needsAnalysis(text string) bool {
	var (
		singles     int  // consecutive single-letter words
		numWords    int  // digit words seen
		digits      int  // digits in the current run, across phone separators
		atWord, tld bool // "at" and a top-level domain after a dot: a spelt-out address
		chunkStart  int  // start of the current glued chunk
		chunkL      int  // letters in the chunk
		chunkD      int  // digits in the chunk
		chunkSym    bool // $ ! | in the chunk (leetspeak)
		stars       int
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
			if wordTriggers(w, prev, next, &numWords, &atWord, &tld) {
				return true
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
			digits, stars = 0, 0
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
			chunkD += j - i
			singles, stars = 0, 0
			i = j
			continue
		}
		switch c {
		case '@':
			return true
		case '+':
			if nextDigit(text, i+1) {
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
		if k&clsSpacer == 0 || c == '\n' {
			singles = 0
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
func wordTriggers(w string, prev, next byte, numWords *int, atWord, tld *bool) bool {
	if len(w) > 31 {
		return false
	}
	first := w[0] | 0x20
	if triggers.wordMask[first-'a']&(1<<len(w)) == 0 && !(prev == '.' && len(w) <= 6) {
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
	if !triggers.bloom.has(lw) {
		return false
	}
	if triggerWord(lw, prev, next) {
		return true
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

func nextDigit(s string, i int) bool {
	for ; i < len(s) && i < 4; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
		if s[i] != ' ' {
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
	_, ok := numberWord(w)
	return ok || string(w) == "plus"
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

// triggerIndex answers "is this word a trigger" quickly: per first letter, a
// bit per word length (mask, and wordMask which adds digit words), then a
// Bloom filter, then the set itself.
type triggerIndex struct {
	set            map[string]bool
	mask, wordMask [26]uint32
	bloom          bloom
}

var triggers = buildTriggerIndex()

func buildTriggerIndex() *triggerIndex {
	ix := &triggerIndex{set: map[string]bool{}}
	for _, w := range slices.Concat(triggerWords, intentTriggerWords) {
		ix.set[w] = true
		ix.mask[w[0]-'a'] |= 1 << len(w)
		ix.bloom.add(w)
	}
	// Context-dependent ones, decided in triggerWord.
	for _, w := range []string{"me", "v", "at"} {
		ix.mask[w[0]-'a'] |= 1 << len(w)
		ix.bloom.add(w)
	}
	ix.wordMask = ix.mask
	for _, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "plus"} {
		ix.wordMask[w[0]-'a'] |= 1 << len(w)
		ix.bloom.add(w)
	}
	return ix
}

// bloom is a one-hash Bloom filter over lower-case words: with about 120
// words in 4096 bits, 97% of ordinary words are ruled out without a map
// lookup.
type bloom [64]uint64

func fnv(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func (b *bloom) add(w string) {
	h := fnv([]byte(w)) & 4095
	b[h>>6] |= 1 << (h & 63)
}

func (b *bloom) has(w []byte) bool {
	h := fnv(w) & 4095
	return b[h>>6]&(1<<(h&63)) != 0
}

// triggerWord reports a trigger word; prev is the byte before the word, next
// the byte after.
func triggerWord(w []byte, prev, next byte) bool {
	if len(w) > 31 || w[0] < 'a' || w[0] > 'z' || triggers.mask[w[0]-'a']&(1<<len(w)) == 0 {
		return false
	}
	switch string(w) {
	case "me":
		return prev == '.' // t.me, wa.me, m.me
	case "v":
		return next == ':'
	case "at":
		return prev == '(' || prev == '[' || prev == '{' || prev == '<'
	}
	return triggers.set[string(w)]
}
