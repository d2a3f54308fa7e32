package message

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Addresses spelt out with words for "at" and "dot" in any supported
// language, or with bracketed marks: "ventas arroba gmail punto com",
// "sales at gmail titik com", "vendite chiocciola libero punto it",
// "www dot mystore dot com", "mystore(dot)com". The English e-mail forms
// ("sales (at) x (dot) com", "sales at gmail dot com") are the obfuscated
// e-mail pattern's (contact.go) and chat-link hosts the spelt-dot fold's
// (disguise.go); this pass rewrites the rest in sc.norm to '@' and '.', so
// that the ordinary e-mail and link finders read them, and records the web
// addresses it rebuilt: a merchant's website written with its dots spelt out
// is written so to pass a filter (a plain website is not a contact value).
// Platform and carrier domains stay what they are written plainly: none.

// atWords are "at" (the sign) spelt in the supported languages; the bare
// English "at" is read only beside a spelt dot of another language.
var atWords = []string{
	"arroba", "arrobas", "chiocciola", "собака", "собачка", "at işareti", "a còng", "アットマーク", "アット",
	"골뱅이", "앳", "艾特", "arobase", "arrobase", "klammeraffe", "แอท", "แอ็ท", "at the rate", "at the rate of",
	"at sign", "at symbol",
}

// moreDotWords are spelt dots dotWords lacked (Korean 점, Arabic نقطة, Hindi
// डॉट, Portuguese ponto, Turkish nokta with its suffix); both folds read
// them, between labels only, so "점" and "نقطة" in prose are left alone.
var moreDotWords = []string{"점", "نقطة", "डॉट", "डोट", "ponto", "pünktchen", "nokta", "noktası", "chấm", "ดอท", "ด็อท"}

// speltMarks are the at and dot words as the normaliser writes them, longest
// first.
var speltMarks = func() (ws []speltWord) {
	sc := new(scratch)
	add := func(list []string, at bool) {
		for _, w := range list {
			normalize(w, sc)
			n := string(sc.norm)
			for _, x := range ws {
				if x.w == n {
					n = ""
				}
			}
			if n != "" {
				ws = append(ws, speltWord{n, at, n == "dot" || n == "at"})
			}
		}
	}
	add(atWords, true)
	add([]string{"at"}, true)
	add(dotWords, false)
	add(moreDotWords, false)
	for i := range ws { // longest first: "アットマーク" before "アット"
		for j := i + 1; j < len(ws); j++ {
			if len(ws[j].w) > len(ws[i].w) {
				ws[i], ws[j] = ws[j], ws[i]
			}
		}
	}
	return ws
}()

// speltByFirst indexes speltMarks by first byte (longest first within a
// byte): a word is compared only with the marks that start like it.
var speltByFirst = func() (t [256][]speltWord) {
	for _, w := range speltMarks {
		t[w.w[0]] = append(t[w.w[0]], w)
	}
	return t
}()

type speltWord struct {
	w       string
	at      bool
	english bool // the English form the obfuscated e-mail pattern reads
}

// addrSep is one separator of an address chain.
type addrSep struct {
	s, e    int // bytes replaced by '@' or '.'
	at      bool
	spelt   bool // a word or a bracketed mark, not the sign itself
	bracket bool
	english bool // a form the obfuscated e-mail pattern reads
	bareAt  bool // the English word "at" between spaces
}

const maxAddrLabels = 8

// foldSpelledAddresses rewrites spelt-out e-mail and web addresses (see
// above) and reports the evasion undone. site says the message names a
// website ("our site is …"), which lets a web address go without "www".
func (sc *scratch) foldSpelledAddresses(site bool) obf {
	b := sc.norm
	var flags obf
	var labels [maxAddrLabels][2]int
	var seps [maxAddrLabels - 1]addrSep
	out := 0
	for i, skip := 0, 0; i < len(b); {
		n, web, ok := 0, false, false
		if i >= skip && isLabelByte(b[i]) && (i == 0 || !isLabelByte(b[i-1])) {
			n, web, ok = spelledChain(b, i, &labels, &seps, site)
		}
		if !ok {
			if n > 0 {
				skip = labels[n-1][1] // an address left as it is: not read again from its domain
			}
			b[out], sc.ns[out], sc.ne[out] = b[i], sc.ns[i], sc.ne[i]
			out++
			i++
			continue
		}
		start := out
		for k := range n {
			for j := labels[k][0]; j < labels[k][1]; j++ {
				b[out], sc.ns[out], sc.ne[out] = b[j], sc.ns[j], sc.ne[j]
				out++
			}
			if k+1 < n {
				s := &seps[k]
				c := byte('.')
				if s.at {
					c = '@'
				}
				b[out], sc.ns[out], sc.ne[out] = c, sc.ns[s.s], sc.ne[s.e-1]
				out++
			}
		}
		if web {
			flags |= obfSpeltDot
			if len(sc.webs) < maxItems {
				sc.webs = append(sc.webs, int32(start))
			}
		} else {
			flags |= obfAtDot
		}
		i = labels[n-1][1]
	}
	sc.norm, sc.ns, sc.ne = b[:out], sc.ns[:out], sc.ne[:out]
	return flags
}

// spelledChain parses an address starting at b[i]: labels joined by
// separators, at least one spelt, ending in a top-level domain. It returns
// the number of labels and whether the address is a web address (no '@');
// when not ok, a count above zero means an e-mail address left as written.
func spelledChain(b []byte, i int, labels *[maxAddrLabels][2]int, seps *[maxAddrLabels - 1]addrSep, site bool) (int, bool, bool) {
	if !isLabelByte(b[i]) || (i > 0 && (isLabelByte(b[i-1]) || strings.IndexByte("._-%+@", b[i-1]) >= 0)) {
		return 0, false, false
	}
	n, ats, spelt := 0, 0, false
	k := i
	for n < maxAddrLabels {
		e := k
		for e < len(b) && (isLabelByte(b[e]) || b[e] == '_' || b[e] == '-' || b[e] == '%' || b[e] == '+') {
			e++
		}
		labels[n] = [2]int{k, e}
		n++
		if n == maxAddrLabels {
			break
		}
		s, next, ok := addrSepAt(b, e)
		if !ok {
			break
		}
		seps[n-1] = s
		if s.at {
			ats++
		}
		spelt = spelt || s.spelt
		k = next
	}
	if ats > 1 {
		// "write me at lin [dot] factory [at] yahoo [dot] com": the chain
		// began at a word before the address; it is read again from the
		// next label.
		return 0, false, false
	}
	if n < 2 || !spelt || seps[n-2].at || !tlds[string(b[labels[n-1][0]:labels[n-1][1]])] {
		if ats > 0 {
			return n, false, false // an address's domain is not a web address
		}
		return 0, false, false
	}
	if ats == 0 {
		first := string(b[labels[0][0]:labels[0][1]])
		bracket := false
		for k := range n - 1 {
			bracket = bracket || seps[k].bracket
		}
		// Without "www" or brackets only a site word says it is an address,
		// and prose must not read as one: "at this point it", "polka dot
		// in", "el punto de venta", "the dot com bubble".
		last := string(b[labels[n-1][0]:labels[n-1][1]])
		web := first == "www" || bracket || bytes.HasSuffix(b[:i], []byte("://")) ||
			site && webTLDs[last] && !commonWords[first] && len(first) >= 3
		return n, true, web
	}
	english, at := true, 0
	for k := range n - 1 {
		english = english && (seps[k].english || !seps[k].spelt)
		if seps[k].at {
			at = k
		}
	}
	if english || at+2 >= n {
		return n, false, false // the obfuscated e-mail pattern's; or no domain with a dot
	}
	// "at" is an English word: with it, the domain must be a mail provider or
	// the marks bracketed ("meet me at the factory point com" is no address).
	if seps[at].bareAt && !mailProviders[string(b[labels[at+1][0]:labels[at+1][1]])] && !spelledEnding(b, labels, seps, at, n) {
		bracket := false
		for k := range n - 1 {
			bracket = bracket || seps[k].bracket
		}
		if !bracket {
			return 0, false, false
		}
	}
	return n, false, true
}

// addrSepAt reads a separator at b[k]: '.' or '@' glued between labels, or
// an at or dot word (or '@') with spaces or brackets around it. next is the
// start of the following label.
func addrSepAt(b []byte, k int) (addrSep, int, bool) {
	if k+1 < len(b) && (b[k] == '.' || b[k] == '@') && isLabelByte(b[k+1]) {
		return addrSep{s: k, e: k + 1, at: b[k] == '@'}, k + 1, true
	}
	j, bracket := skipAddrFill(b, k)
	if j >= len(b) {
		return addrSep{}, 0, false
	}
	s := addrSep{s: k, spelt: true, bracket: bracket}
	matched, word := false, false
	switch {
	case b[j] == '@' && j > k:
		s.at, s.english, matched = true, !bracket, true // "sales @ gmail punto com", "sales(@)gmail.com"
		j++
	case b[j] == '.' && bracket:
		s.english, matched = false, true // "mystore[.]com", "gmail (.) com"
		j++
	default:
		for _, w := range speltByFirst[b[j]] {
			if !bytes.HasPrefix(b[j:], []byte(w.w)) {
				continue
			}
			end := j + len(w.w)
			if w.w[0] < utf8.RuneSelf && (j == k || (end < len(b) && isLabelByte(b[end]))) {
				continue // an ASCII word stands apart: "dotcom" and "gmaildot" are labels
			}
			s.at, s.english, matched, word = w.at, w.english, true, true
			s.bareAt = w.w == "at"
			j = end
			break
		}
	}
	if !matched {
		return addrSep{}, 0, false
	}
	next, br := skipAddrFill(b, j)
	if next >= len(b) || !isLabelByte(b[next]) || (word && next == j && b[j-1] < utf8.RuneSelf) {
		return addrSep{}, 0, false // "punto com", not "puntocom"
	}
	s.bracket = s.bracket || br
	s.bareAt = s.bareAt && !s.bracket
	// The English pattern reads '@', "(at)", "[dot]" and spaced "at", "dot".
	s.english = s.english && (b[j-1] == '@' || s.bracket || (b[k] == ' ' && b[next-1] == ' '))
	s.e = next
	return s, next, true
}

// skipAddrFill skips spaces and brackets around a spelt mark.
func skipAddrFill(b []byte, k int) (int, bool) {
	bracket := false
	for k < len(b) {
		switch b[k] {
		case ' ', '\t':
		case '(', ')', '[', ']', '{', '}', '<', '>':
			bracket = true
		default:
			return k, bracket
		}
		k++
	}
	return k, bracket
}

// webTLDs are the top-level domains a web address spelt without "www" may
// end in: none that is also a word ("in", "it", "de", "es", "me").
var webTLDs = map[string]bool{
	"com": true, "net": true, "org": true, "cn": true, "ru": true, "br": true, "vn": true, "tr": true, "kr": true,
	"jp": true, "th": true, "hk": true, "tw": true, "uk": true, "ae": true, "sa": true, "mx": true, "info": true,
	"biz": true, "shop": true, "store": true, "online": true, "site": true, "top": true, "xyz": true, "fr": true,
	"nl": true, "pl": true, "ua": true, "kz": true, "au": true,
}

// siteWords name a website (catSite): with one in the message a spelt web
// address needs no "www".
var siteWords = []string{
	"site", "website", "web", "webpage", "homepage", "url", "sitio",
	"pagina", "webseite", "internetseite", "sito", "сайт", "сайте",
	"сайта", "situs", "sitesi", "sitemiz", "เว็บ", "เว็บไซต์", "موقع",
	"موقعنا", "वेबसाइट", "サイト", "ホームページ", "사이트", "홈페이지",
	"visit", "visita", "visitez", "besuchen", "trang", "웹사이트", "网站", "官网", "網站", "网址",
}

// addressCues reports a website word in the message (catSite), and whether
// an address may be spelt at all: a site word, "www", an at word or sign,
// or a bracketed sign.
func (sc *scratch) addressCues() (site, maybe bool) {
	site = sc.allCats&catSite != 0
	if site || bytes.IndexByte(sc.norm, '@') >= 0 || bracketedSign(sc.norm) {
		return site, true
	}
	for k := range sc.toks {
		t := &sc.toks[k]
		switch t.kind {
		case tWord:
			w := sc.norm[t.s:t.e]
			if string(w) == "at" || string(w) == "www" || t.mEnd > 0 && t.cats&catDotWord != 0 && atMarks[string(w)] {
				return false, true
			}
		case tHan:
			if sc.hanRune(k) == '艾' { // 艾特
				return false, true
			}
		}
	}
	return false, false
}

// atMarks are the first words of the at words, normalised ("a còng" by
// "a" too: read only on a token the lexicon marked as a spelt mark).
var atMarks = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range speltMarks {
		if w.at {
			m[strings.Fields(w.w)[0]] = true
		}
	}
	return m
}()

// spelledWebAt reports a web address rebuilt by foldSpelledAddresses that
// starts at normalised byte bs.
func (sc *scratch) spelledWebAt(bs int32) bool {
	for _, s := range sc.webs {
		if s == bs {
			return true
		}
	}
	return false
}

// carrierDomains are carriers' tracking sites: an address there keeps the
// buyer on the order's paperwork, not with the merchant.
var carrierDomains = []string{"dhl.com", "dhl.de", "fedex.com", "ups.com", "tnt.com", "usps.com", "ems.com.cn",
	"17track.net", "sf-express.com", "aftership.com", "yunexpress.com", "cainiao.com", "4px.com", "parcelsapp.com"}

func isCarrierDomain(host string) bool {
	for _, d := range carrierDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// bracketedSign reports a '.' or '@' between brackets ("[.]", "( @ )"), an
// address's sign hidden from filters.
func bracketedSign[T string | []byte](b T) bool {
	if !hasOpenBracket(b) {
		return false // most messages: four vector searches instead of a byte loop
	}
	for i := 0; i+2 < len(b); i++ {
		if c := b[i]; (c == '(' || c == '[' || c == '{' || c == '<') && bracketedSignAt(b, i) {
			return true
		}
	}
	return false
}

// hasOpenBracket reports an opening bracket anywhere in b.
func hasOpenBracket[T string | []byte](b T) bool {
	// []byte(b) copies nothing for the []byte instance, the one messages use.
	s := []byte(b)
	return bytes.IndexByte(s, '(') >= 0 || bytes.IndexByte(s, '[') >= 0 || bytes.IndexByte(s, '{') >= 0 ||
		bytes.IndexByte(s, '<') >= 0
}

// bracketedSignAt reports a bracketed '.' or '@' opening at b[i].
func bracketedSignAt[T string | []byte](b T, i int) bool {
	if c := b[i]; c != '(' && c != '[' && c != '{' && c != '<' {
		return false
	}
	j := i + 1
	for j < len(b) && b[j] == ' ' {
		j++
	}
	if j >= len(b) || (b[j] != '.' && b[j] != '@') {
		return false
	}
	for j++; j < len(b) && b[j] == ' '; j++ {
	}
	return j < len(b) && (b[j] == ')' || b[j] == ']' || b[j] == '}' || b[j] == '>')
}
