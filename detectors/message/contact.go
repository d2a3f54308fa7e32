package message

import (
	"bytes"
	"regexp"
	"unicode/utf8"
)

// Contact values: phone numbers, QQ numbers, e-mail addresses, chat links and
// handles, found in the normalised text.

type valueKind uint8

const (
	valPhone valueKind = iota + 1
	valQQ
	valEmail
	valLink
	valHandle
)

var valueKindNames = [...]string{"", "phone", "qq_number", "email", "link", "handle"}

// value is one contact value.
type value struct {
	kind     valueKind
	ch       Channel
	ts, te   int32 // token range
	bs, be   int32 // normalised byte range
	ds, de   int32 // the value's canonical form in sc.vbuf (digits, address, host)
	conf     float64
	flags    obf
	intl     bool
	masked   int  // masked digit positions ("186-****-5678"), or 1 for a masked address
	platform bool // the platform's own address or link: not a lure
	check    phoneCheck
}

// plainEmail finds ordinary addresses; the local part admits '*' so that
// masked addresses ("*****@qq.com") still count.
var plainEmail = regexp.MustCompile(`[a-z0-9*][a-z0-9._%+*-]{0,63}@[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}`)

// obfuscatedEmailPattern finds addresses spelt out: "sales (at) brightway (dot)
// com", "jenny[at]163[dot]com", "lucy 0909 at g mail dot com". The lookbehind
// keeps the local part whole, the lookahead the top-level domain; both are why
// this is a regexp2 pattern. It runs only when the text has an "at" marker and a
// top-level domain (see emailGate), under the policy's match timeout.
const obfuscatedEmailPattern = `(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63})` +
	`(?:[ \t]*[@#][ \t]*|[ \t]*[(\[{<][ \t]*at[ \t]*[)\]}>][ \t]*|[ \t]+at[ \t]+)` +
	`([a-z0-9][a-z0-9-]{0,62}(?:[ \t]{1,3}[a-z0-9-]{1,20})?` +
	`(?:(?:\.|[ \t]*[(\[{<][ \t]*dot[ \t]*[)\]}>][ \t]*|[ \t]+dot[ \t]+)[a-z0-9-]{1,63}){0,3}?)` +
	`([ \t]?\.[ \t]?|[ \t]*[(\[{<][ \t]*dot[ \t]*[)\]}>][ \t]*|[ \t]+dot[ \t]+)` +
	`([a-z]{2,12})(?![a-z0-9])`

// findValues fills sc.vals.
func (d *Detector) findValues(sc *scratch) error {
	sc.vals = sc.vals[:0]
	sc.vbuf = sc.vbuf[:0]
	d.findPhones(sc)
	if bytes.IndexByte(sc.norm, '@') >= 0 {
		d.findPlainEmails(sc)
		sc.findReversedEmails()
	}
	if sc.emailGate() {
		if err := d.findObfuscatedEmails(sc); err != nil {
			return err
		}
	}
	sc.findLinks()
	sc.findAtHandles()
	sc.findAppIDs()
	sc.findPartialAddresses()
	return nil
}

// ---------------------------------------------------------------- phones

// atom reports whether token i is one written digit group: ASCII digits,
// a digit word ("eight"), a Chinese numeral, a letter standing in for a digit
// next to digits ("I38", "O22I"), or a mask ("xxxx", "****").
func (sc *scratch) atom(i int) bool {
	t := &sc.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tHan:
		_, ok := hanDigit(sc.hanRune(i))
		return ok
	case tWord:
		if t.alt != "" {
			return false
		}
		if _, ok := sc.numWordAt(i); ok {
			return true
		}
		w := sc.norm[t.s:t.e]
		if t.digit != 0 {
			return true
		}
		if (w[0] == 'd' || w[0] == 't') && multiplierWords[string(w)] > 0 && i+1 < len(sc.toks) && sc.repeatable(i+1) {
			return true
		}
		if isMaskWord(w) {
			return true
		}
		return len(w) == 1 && (w[0] == 'i' || w[0] == 'l' || w[0] == 'o') && sc.gluedToNum(i)
	case tPunct:
		return sc.isPunct(i, '*')
	}
	return false
}

// repeatable reports a token naming one digit, which "double"/"triple" may
// repeat.
func (sc *scratch) repeatable(i int) bool {
	_, ok := sc.digitOf(i)
	return ok
}

// digitOf is the one digit token i names: "1", "one", "uno", 一.
func (sc *scratch) digitOf(i int) (byte, bool) {
	t := &sc.toks[i]
	w := sc.norm[t.s:t.e]
	switch t.kind {
	case tNum:
		if len(w) == 1 {
			return w[0], true
		}
	case tHan:
		return hanDigit(sc.hanRune(i))
	case tWord:
		if t.alt == "" && t.digit != 0 {
			return t.digit, true
		}
	}
	return 0, false
}

func isMaskWord(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c != 'x' {
			return false
		}
	}
	return true
}

func (sc *scratch) gluedToNum(i int) bool {
	toks := sc.toks
	if i > 0 && toks[i].glued() && toks[i-1].kind == tNum {
		return true
	}
	return i+1 < len(toks) && toks[i+1].glued() && toks[i+1].kind == tNum
}

func (sc *scratch) hanRune(i int) rune {
	t := &sc.toks[i]
	r, _ := utf8.DecodeRune(sc.norm[t.s:t.e])
	return r
}

// appendAtom appends token i's digits to sc.vbuf and reports how they were
// written and how many masked positions it holds.
func (sc *scratch) appendAtom(i int) (obf, int) {
	t := &sc.toks[i]
	w := sc.norm[t.s:t.e]
	switch t.kind {
	case tNum:
		sc.vbuf = append(sc.vbuf, w...)
		return 0, 0
	case tHan:
		c, _ := hanDigit(sc.hanRune(i))
		sc.vbuf = append(sc.vbuf, c)
		return obfNumberWords, 0
	case tPunct:
		return obfMasked, 1
	}
	if ds, ok := sc.numWordAt(i); ok {
		sc.vbuf = append(sc.vbuf, ds...)
		sc.numItem = sc.numItem || len(ds) > 1
		return obfNumberWords, 0
	}
	if t.digit != 0 {
		sc.vbuf = append(sc.vbuf, t.digit)
		return obfNumberWords, 0
	}
	if m := multiplierWords[string(w)]; m > 0 && i+1 < len(sc.toks) { // atom already checked the first letter
		// "double one": write the next digit m-1 times here; the next atom
		// writes it once more.
		d, _ := sc.digitOf(i + 1)
		for range m - 1 {
			sc.vbuf = append(sc.vbuf, d)
		}
		return obfNumberWords, 0
	}
	if isMaskWord(w) {
		return obfMasked, len(w)
	}
	switch w[0] {
	case 'i', 'l':
		sc.vbuf = append(sc.vbuf, '1')
	default:
		sc.vbuf = append(sc.vbuf, '0')
	}
	return obfLettersForDigits, 0
}

// numSep reports separators allowed between digit groups of one number.
func (sc *scratch) numSep(i int) bool {
	t := &sc.toks[i]
	if t.kind != tPunct || t.e-t.s != 1 {
		return false
	}
	switch sc.norm[t.s] {
	case '-', '.', '(', ')', '/', ',', '_', '|', '~', '\\':
		return true
	}
	return false
}

// findPhones reads written numbers (digit groups joined by spaces, dashes,
// dots, brackets) and keeps the ones shaped like phone or QQ numbers.
func (d *Detector) findPhones(sc *scratch) {
	toks := sc.toks
	sc.readNumberWords()
	for i := 0; i < len(toks); {
		if !sc.atom(i) {
			i++
			continue
		}
		start := i
		intl := false
		if i > 0 && sc.isPunct(i-1, '+') {
			intl, start = true, i-1
		} else if i > 0 && sc.isPlus(i-1) {
			intl, start = true, i-1
		} else if i > 1 && (sc.isPunct(i-1, '-') || sc.isPunct(i-1, ',')) && sc.isPlus(i-2) {
			intl, start = true, i-2 // "plus-eight-six…", "plus, nine, seven…"
		} else if i > 1 && sc.numSep(i-1) && sc.isPunct(i-2, '+') && toks[i-1].glued() {
			intl, start = true, i-2 // "+.6.2.8…": a separator even after the plus
		}
		base := len(sc.vbuf)
		ds := base
		var flags obf
		sc.numItem = false
		leadIn, intlOwn := false, intl
		if sc.pending != "" && sc.pending[0] != pendingAddress && (sc.firstAtom(i) ||
			(sc.pending[0] != pendingFound && sc.shortLeadIn(i))) {
			// The merchant's previous message ended on the start of this number
			// ("my WeChat is 8615831" … "the rest: 2 3 3 6 0 4").
			leadIn = !sc.firstAtom(i)
			p := sc.pending
			if p[0] == '+' {
				intl, p = true, p[1:]
			} else if p[0] == pendingAnnounced || p[0] == pendingFound {
				p = p[1:]
			}
			sc.vbuf = append(sc.vbuf, p...)
			flags |= obfSplitMessages
		}
		masked, groups := 0, 0
		j, end := i, i
		for {
			g := j
			groupWords := false
			for g < len(toks) && (g == j || toks[g].glued()) && sc.atom(g) {
				f, m := sc.appendAtom(g)
				flags |= f
				masked += m
				groupWords = groupWords || f&obfNumberWords != 0
				g++
			}
			if !groupWords {
				groups++ // spoken digits come one word a group; only written groups count
			}
			end = g
			k, seps := g, 0
			comma := false
			for k < len(toks) && seps < 3 && !toks[k].nl && sc.numSep(k) {
				comma = comma || sc.isPunct(k, ',')
				seps++
				k++
			}
			if k >= len(toks) || toks[k].nl || !sc.atom(k) || seps > 2 || (seps == 0 && !toks[k].sp) {
				break
			}
			if comma && (!groupWords || !toks[k].sp) {
				break // "1,000" is a quantity; commas only join spoken digit groups
			}
			if len(sc.vbuf)-ds > 24 {
				break
			}
			j = k
		}
		i = end
		if flags&obfSplitMessages != 0 && ((leadIn && !sc.nearEnd(end)) || (end < len(toks) && sc.isQtyUnit(end))) {
			// A count of pieces, or words leading in to a number the message
			// goes on past: a quantity or a price, not the rest of the
			// previous number.
			sc.vbuf = append(sc.vbuf[:ds], sc.vbuf[ds+len(sc.pending)-pendingMarks(sc.pending):]...)
			flags &^= obfSplitMessages
			intl = intlOwn
		}
		digits := sc.vbuf[ds:]
		if !intl && len(digits) >= 2 && digits[0] == '0' && digits[1] == '0' {
			intl = true
			digits = digits[2:]
			ds += 2
		}
		v := value{kind: valPhone, ch: ChannelPhone, ts: int32(start), te: int32(end), ds: int32(ds),
			de: int32(len(sc.vbuf)), flags: flags, intl: intl, masked: masked}
		v.bs, v.be = toks[start].s, toks[end-1].e
		if conf, ch, ok := d.classifyNumber(sc, &v, digits, masked, groups); ok {
			if v.intl && !v.check.valid && len(digits) <= maxPendingDigits && (v.flags&obfSplitMessages == 0 || sc.nearEnd(end)) {
				// Found, but the next message may finish it: also a piece
				// that continued one and is still short ("+86 135" … "5937"
				// … "1985").
				sc.tail = "+" + string(digits)
			} else if sc.mayContinue(&v, digits, ch) {
				sc.tail = string(pendingFound) + string(digits)
			} else if sc.shortNamedAtEnd(&v, digits, ch, d.cfg.KeywordWindow) {
				sc.tail = string(pendingAnnounced) + string(digits)
			}
			v.conf, v.kind = conf, ch
			if ch == valQQ {
				v.ch = ChannelQQ
			}
			if len(sc.vals) == maxItems {
				return
			}
			sc.vals = append(sc.vals, v)
			continue
		}
		if n := len(digits); n <= maxPendingDigits && d.announcedPartial(sc, &v, n) {
			// An announced phone begun at the end of the message: given already (r2num.go).
			sc.tail = string(digits)
			if intl {
				sc.tail = "+" + sc.tail
			} else {
				sc.tail = string(pendingAnnounced) + sc.tail
			}
			if len(sc.vals) == maxItems {
				return
			}
			sc.vals = append(sc.vals, v)
			continue
		} else if n := len(digits); n >= 1 && n <= maxPendingDigits && masked == 0 && (intl || end >= len(toks)-3) &&
			(n >= 3 || (!intl && (n >= 2 || sc.endsMessage(end)) && (flags&obfNumberWords != 0 || sc.nativeDigits(start, end)) &&
				sc.namedPhone(start, d.cfg.KeywordWindow))) &&
			(intl || sc.announcedNear(start, end, d.cfg.KeywordWindow)) && !sc.codeGlued(start, end, intl) &&
			(intl || !sc.numberOfBefore(start, d.cfg.KeywordWindow)) {
			// Too short to judge alone, but announced as a phone: the next
			// merchant message may finish it.
			sc.tail = string(digits)
			if intl {
				sc.tail = "+" + sc.tail
			} else if !sc.codeContext(start) {
				sc.tail = string(pendingAnnounced) + sc.tail
			}
		} else if n := len(digits); flags&obfSplitMessages != 0 && sc.pending[0] == pendingAnnounced && masked == 0 &&
			n <= maxPendingDigits && sc.nearEnd(end) {
			// "番号は" … "705-466" … "3554": an announced number given in
			// pieces, one message at a time; the pieces add up.
			sc.tail = string(pendingAnnounced) + string(digits)
		} else if n >= 4 && n <= maxPendingDigits && masked == 0 && groups == n && start == 0 && end >= len(toks)-1 {
			// A message of nothing but digits spaced one by one ("8 6 1 5 7
			// 9"): a number begun in disguise, the next message may finish it.
			sc.tail = string(digits)
		}
		sc.vbuf = sc.vbuf[:base]
	}
}

// maxPendingDigits bounds the unfinished number carried to the next message.
const maxPendingDigits = 12

// pendingAnnounced marks an unfinished number the merchant announced as a
// phone ("my number is three four six"): the next message's digits finish a
// phone number without naming it again.
const pendingAnnounced = '#'

// pendingFound marks a phone the merchant's previous message dictated in
// words or native digits up to its end: the next message may dictate more of it.
const pendingFound = '='

// announcedSplit reports a number finished from an unfinished one the
// merchant's previous message announced as a phone, or continuing one it
// dictated (then only when this message dictates too).
func (sc *scratch) announcedSplit(v *value) bool {
	if v.flags&obfSplitMessages == 0 || sc.pending == "" {
		return false
	}
	switch sc.pending[0] {
	case pendingAnnounced:
		return true
	case pendingFound:
		return v.flags&obfNumberWords != 0 || sc.nativeDigits(int(v.ts), int(v.te))
	}
	return false
}

// firstAtom reports whether token i is the first word or number of the
// message (leading punctuation aside).
// shortLeadIn reports a number after a few words and no other number ("the
// rest: 2 3 3 6", "続き：4 5 4 1", "y lo que falta: 3 8 9"): how a merchant
// goes on with a number its previous message began.
func (sc *scratch) shortLeadIn(i int) bool {
	words := 0
	for k := 0; k < i; k++ {
		if sc.toks[k].kind == tPunct {
			continue
		}
		if sc.atom(k) {
			return false
		}
		if words++; words > maxLeadInWords {
			return false
		}
	}
	return true
}

// maxLeadInWords bounds the words before the rest of a number (kana and Han
// characters count one each: "続き" is two).
const maxLeadInWords = 4

// nearEnd reports a number that ends its message but for a word or two
// ("… 2 4 7 ok?").
func (sc *scratch) nearEnd(end int) bool {
	words := 0
	for k := end; k < len(sc.toks); k++ {
		if sc.toks[k].kind == tPunct {
			continue
		}
		if sc.atom(k) {
			return false
		}
		if words++; words > 2 {
			return false
		}
	}
	return true
}

// shortNamedAtEnd reports a phone found at the end of the message, named
// right before it and too short for a whole mobile number ("il mio WeChat è
// 8615831"): the next merchant message may give the rest.
func (sc *scratch) shortNamedAtEnd(v *value, digits []byte, kind valueKind, w int) bool {
	return kind == valPhone && !v.intl && v.masked == 0 && v.flags&obfSplitMessages == 0 &&
		len(digits) < minWholeMobile && sc.endsMessage(int(v.te)) && sc.partialAnnounced(int(v.ts), w)
}

// minWholeMobile is the fewest digits of a mobile number written without its
// country code in the supported numbering plans.
const minWholeMobile = 10

// pendingMarks is the length of an unfinished number's marker.
func pendingMarks(p string) int {
	if p[0] == '+' || p[0] == pendingAnnounced || p[0] == pendingFound {
		return 1
	}
	return 0
}

func (sc *scratch) firstAtom(i int) bool {
	for k := 0; k < i; k++ {
		if sc.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// classifyNumber decides whether a written number is a phone or QQ number.
func (d *Detector) classifyNumber(sc *scratch, v *value, digits []byte, masked, groups int) (float64, valueKind, bool) {
	start, end := int(v.ts), int(v.te)
	if sc.codeGlued(start, end, v.intl) {
		return 0, 0, false
	}
	n := len(digits)
	if n == 0 || n > d.cfg.PhoneMaxDigits {
		return 0, 0, false
	}
	kw := sc.phoneKeywordNear(start, end, d.cfg.KeywordWindow) || sc.callCueBefore(start) || sc.phoneEmojiBefore(start) ||
		(v.flags&obfNumberWords != 0 && sc.announcedNear(start, end, d.cfg.KeywordWindow))
	if sc.codeContext(start) && !v.intl && !kw {
		return 0, 0, false
	}
	if sc.announcedSplit(v) && masked == 0 && n >= d.cfg.PhoneMinDigits && !sc.codeContext(start) {
		// "My number is three four six" then "two one five …": the
		// previous message announced the phone this one finishes.
		return 0.9, valPhone, true
	}
	if sc.numItem && !v.intl && !kw && v.flags&obfSplitMessages == 0 && !sc.qqNear(start, end) {
		return 0, 0, false // numbers dictated in pairs and hundreds are phones only when announced
	}
	if masked > 0 {
		// A number written with its middle masked ("+86-186-****-5678"): the
		// writer hides it from the platform, not from the buyer.
		total := n + masked
		if n < 2 || total < d.cfg.PhoneMinDigits+1 || total > d.cfg.PhoneMaxDigits {
			return 0, 0, false
		}
		if v.intl || kw || (digits[0] == '8' && digits[1] == '6') || (digits[0] == '1' && digits[1] >= '3') {
			return 0.88, valPhone, true
		}
		return 0, 0, false
	}
	if !v.intl && sc.qqNear(start, end) && n >= 5 && n <= 11 {
		return 0.93, valQQ, true
	}
	if v.intl {
		// A written country code: the numbering plan decides. A number the plan rejects still counts next to a
		// phone keyword ("WhatsApp +12 3456 7890" steers all the same).
		if pc := cachedCheck(digits); pc.valid {
			v.check = pc
			return 0.95, valPhone, true
		} else if pc.possible && n >= d.cfg.PhoneMinDigits+1 {
			v.check = pc
			return 0.92, valPhone, true
		}
	}
	if !v.intl && groups >= 3 && sc.evasiveSeps(start, end) && cachedCheck(digits).valid {
		// "81_90_8220_4695": a country code written without its plus, the
		// groups joined by separators no spec or code uses.
		v.intl, v.check = true, cachedCheck(digits)
		return 0.9, valPhone, true
	}
	if !v.intl && v.flags&obfSplitMessages != 0 && n >= d.cfg.PhoneMinDigits+1 && cachedCheck(digits).valid {
		// Finished from the merchant's previous message ("8 6 1 5 7 9" then
		// "1 0 7 5 4 6 4"): split in two, a country code without its plus.
		v.intl, v.check = true, cachedCheck(digits)
		return 0.9, valPhone, true
	}
	switch {
	case v.intl && kw && n >= d.cfg.PhoneMinDigits+1:
		return 0.9, valPhone, true
	case v.intl:
		return 0, 0, false
	case (n == 12 || n == 13) && digits[0] == '8' && digits[1] == '6' && validCN(digits[2:]):
		return 0.93, valPhone, true
	case n == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9':
		if kw {
			return 0.93, valPhone, true
		}
		return 0.86, valPhone, true
	case kw && n >= d.cfg.PhoneMinDigits && groups <= 6:
		return 0.9, valPhone, true
	}
	return 0, 0, false
}

// validCN reports whether d (after the +86 country code) is a Chinese mobile or
// landline number: 1[3-9] and 9 more digits, Beijing 10 + 8, a two-digit 2x
// area code + 8, or a three-digit area code + 7–8 digits.
func validCN(d []byte) bool {
	if len(d) > 0 && d[0] == '0' {
		d = d[1:]
	}
	switch {
	case len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9':
		return true
	case len(d) == 10 && d[0] == '1' && d[1] == '0':
		return true
	case len(d) == 10 && d[0] == '2':
		return true
	case (len(d) == 10 || len(d) == 11) && d[0] >= '3' && d[0] <= '9':
		return true
	}
	return false
}

// codeGlued reports a number glued into a code: letters or a dash/underscore/
// dot chain right before or after it ("BW-2835-120", "_1600876543210.html",
// "86-265V"), a percent sign, or a currency in front. An explicit + prefix
// overrides (a number written "+86…" is a phone whatever follows it).
func (sc *scratch) codeGlued(start, end int, intl bool) bool {
	if intl {
		return false
	}
	toks := sc.toks
	if p := start - 1; p >= 0 {
		if toks[start].glued() {
			switch pt := &toks[p]; pt.kind {
			case tWord:
				if pt.cats&(catChannel|catChannelWeak) == 0 && !sc.unspaced(p) {
					return true
				}
			case tNum:
				return true
			case tPunct:
				c := sc.norm[pt.s]
				if c == '#' || c == '$' {
					return true
				}
				if (c == '-' || c == '_' || c == '.' || c == '/') && p > 0 && pt.glued() &&
					(toks[p-1].kind == tWord || toks[p-1].kind == tNum) {
					return true
				}
			}
		}
		if toks[p].cats&catCurrency != 0 {
			return true
		}
	}
	if end < len(toks) && toks[end].glued() {
		switch nt := &toks[end]; nt.kind {
		case tWord:
			return nt.cats&(catChannel|catChannelWeak) == 0 && !sc.unspaced(end)
		case tPunct:
			c := sc.norm[nt.s]
			if c == '%' {
				return true
			}
			if (c == '-' || c == '_' || c == '.' || c == '/') && end+1 < len(toks) && toks[end+1].glued() &&
				(toks[end+1].kind == tWord || toks[end+1].kind == tNum) {
				return true
			}
		}
	}
	return false
}

// unspaced reports a word of a script that glues words to numbers without a
// space (Thai, kana, hangul particles: "81_90_8220_4695を追加"), where a glued
// word says nothing of a code.
func (sc *scratch) unspaced(k int) bool {
	r, _ := utf8.DecodeRune(sc.norm[sc.toks[k].s:sc.toks[k].e])
	return r >= 0x0E00
}

// codeContext reports a code word (model, tracking, HS code, 型号, трек) in
// the three tokens before a number, with no channel name in between.
func (sc *scratch) codeContext(start int) bool {
	toks := sc.toks
	sent := toks[start].sent
	for k := start - 1; k >= 0 && k >= start-4 && toks[k].sent == sent; k-- {
		c := toks[k].cats
		if c&catChannel != 0 && c&catCodeCtx == 0 && !toks[k].shadow {
			return false
		}
		if c&catCodeCtx != 0 {
			return true
		}
	}
	return false
}

// phoneKeywordNear reports a phone-capable channel named in the number's
// sentence: a strong name within the keyword window, or a weak one ("tel",
// "mob", "number") right before it.
func (sc *scratch) phoneKeywordNear(start, end, w int) bool {
	toks := sc.toks
	sent := toks[start].sent
	for k := start - 1; k >= 0 && k >= start-w && toks[k].sent == sent; k-- {
		t := &toks[k]
		if t.shadow || t.mEnd == 0 || !t.ch.phoneCapable() {
			continue
		}
		if t.cats&catNumberWord != 0 && !sc.possessedAt(k) && !sc.shopsNumber(k) && !sc.inviteAround(k, end) {
			continue // "number", "номер": only "my number", "the shop's number", "text us at number"
		}
		if t.cats&catChannel != 0 || start-int(t.mEnd) <= 2 {
			return true
		}
	}
	for k := end; k < len(toks) && k < end+4 && toks[k].sent == sent; k++ {
		t := &toks[k]
		if t.shadow || t.mEnd == 0 || !t.ch.phoneCapable() {
			continue
		}
		if t.cats&catChannel != 0 {
			return true
		}
		// "0812 3456 7890 (WA)", "… — tele only": a chat app's short name
		// labelling the number it follows, as it does before one; not
		// after an order or model number, nor "line", which follows
		// numbers in specifications.
		if t.cats&(catChannelWeak|catNumberWord) == catChannelWeak && k-end <= 2 &&
			t.ch != ChannelPhone && t.ch != ChannelContact && t.ch != ChannelLine &&
			sc.standalone(k) && !sc.codeContext(start) {
			return true
		}
	}
	return false
}

// shopsNumber reports a number word owned by the shop: "shop number",
// "가게 번호", "店里的号码" (the shop word up to two tokens before it), "nomor
// toko", "số cửa hàng", "เบอร์ร้าน" (right after it).
func (sc *scratch) shopsNumber(k int) bool {
	toks := sc.toks
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].sent == toks[k].sent; j-- {
		if toks[j].mEnd > 0 && toks[j].cats&catShopName != 0 && int(toks[j].mEnd) >= k-1 {
			return true
		}
	}
	e := int(max(toks[k].mEnd, int32(k+1)))
	return e < len(toks) && toks[e].sent == toks[k].sent && toks[e].mEnd > 0 && toks[e].cats&catShopName != 0
}

// inviteAround reports an invitation to write or call next to a number word
// and the number after it: "text us at number …", "ทักมาที่เบอร์ …",
// "… 로 문자 주세요" — unless the number is a code ("order number …").
func (sc *scratch) inviteAround(k, end int) bool {
	toks := sc.toks
	sent := toks[k].sent
	near := false
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == sent; j-- {
		if toks[j].mEnd > 0 && toks[j].cats&catInvite != 0 && !toks[j].shadow {
			near = true
			break
		}
	}
	for j := end; !near && j < len(toks) && j < end+4 && toks[j].sent == sent; j++ {
		if toks[j].mEnd > 0 && toks[j].cats&catInvite != 0 && !toks[j].shadow {
			near = true
		}
	}
	return near && !sc.codeContext(k+1)
}

// possessedAt reports a possessive right before token k ("my number").
func (sc *scratch) possessedAt(k int) bool {
	const poss = catPossSelf | catPossYou
	if (k > 0 && sc.toks[k-1].cats&poss != 0) || sc.toks[k].cats&poss != 0 {
		return true
	}
	if sc.possPhraseBefore(k) {
		return true // 我的号码, 私の番号: a possessive of two tokens
	}
	// Possessives that follow the noun: "số của tôi", "nomor saya", "เบอร์ของฉัน".
	e := int(max(sc.toks[k].mEnd, int32(k+1)))
	return e < len(sc.toks) && sc.toks[e].cats&(catPossSelfPost|catPossYouPost) != 0 && sc.toks[e].sent == sc.toks[k].sent
}

func (sc *scratch) qqNear(start, end int) bool {
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-3 && toks[k].sent == toks[start].sent; k-- {
		if toks[k].ch == ChannelQQ && toks[k].mEnd > 0 {
			return true
		}
	}
	for k := end; k < len(toks) && k < end+2 && toks[k].sent == toks[start].sent; k++ {
		if toks[k].ch == ChannelQQ && toks[k].mEnd > 0 {
			return true // "2853 1234 QQ"
		}
	}
	return false
}

// ---------------------------------------------------------------- e-mail

// phoneEmojiBefore reports a phone or chat emoji right before the number
// ("📞 0532 123 45 67", "💬 0524 165 40 28 👈"): it names the number as one to
// call or write to, as "tel" does.
func (sc *scratch) phoneEmojiBefore(start int) bool {
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		t := &toks[k]
		if t.kind != tPunct {
			return false
		}
		if r, _ := utf8.DecodeRune(sc.norm[t.s:t.e]); phoneEmoji[r] {
			return true
		}
	}
	return false
}

var phoneEmoji = map[rune]bool{
	'📞': true, '☎': true, '📱': true, '📲': true, '💬': true, '✆': true, '☏': true, '🤙': true, '📟': true,
}
