package message

import (
	"bytes"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
)

// Contact values that are not numbers: e-mail addresses (plain and spelt
// out), chat links and @handles.

func (d *Detector) findPlainEmails(sc *scratch) {
	if !plainEmailPossible(sc.norm) {
		return // the regexp costs tens of thousands of instructions per message
	}
	for _, loc := range plainEmail.FindAllIndex(sc.norm, d.cfg.MaxEvidenceSpans) {
		sc.addEmail(loc[0], loc[1], 0, 0.95)
	}
}

// findReversedEmails finds an address written backwards ("moc.liamg@edartanit"
// is tinartade@gmail.com): a run of address characters around an '@' that no
// other reading took, whose reverse ends in a top-level domain after a
// free-mail provider. The address is reported as written.
func (sc *scratch) findReversedEmails() {
	b := sc.norm
	for i := 1; i+1 < len(b); i++ {
		if b[i] != '@' {
			continue
		}
		s, e := i, i+1
		for s > 0 && isAddrByte(b[s-1]) {
			s--
		}
		for e < len(b) && isAddrByte(b[e]) {
			e++
		}
		if s == i || e == i+1 || sc.overlapsValue(s, e) {
			continue
		}
		// Reversed, the run reads local@provider.tld: the written run
		// starts with the reversed tld and provider ("moc.liamg").
		dot := bytes.IndexByte(b[s:i], '.')
		if dot <= 0 {
			continue
		}
		tld, provider := reversed(b[s:s+dot]), reversed(b[s+dot+1:i])
		if !tlds[string(tld)] || !mailProviders[string(provider)] {
			continue
		}
		sc.addEmail(s, e, obfReversed, 0.9)
	}
}

func isAddrByte(c byte) bool {
	return isLowerAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+'
}

// reversed returns a reversed copy of an ASCII run.
func reversed(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[len(b)-1-i] = c
	}
	return out
}

// plainEmailPossible reports an '@' that plainEmail could match across: a
// local-part character before it and a domain character after it. Handles
// ("@tony", "add me @ wechat") have none.
func plainEmailPossible(b []byte) bool {
	for i := 1; i+1 < len(b); i++ {
		if b[i] != '@' {
			continue
		}
		l, r := b[i-1], b[i+1]
		if (isLowerAlnum(l) || bytes.IndexByte([]byte("._%+*-"), l) >= 0) && isLowerAlnum(r) {
			return true
		}
	}
	return false
}

func isLowerAlnum(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// emailGate reports an "at" marker ("(at)", "[at]", a spaced "@" or a bare
// "at") followed later by a top-level domain after a dot or the word "dot",
// which is when the obfuscated-address pattern can match at all.
func (sc *scratch) emailGate() bool {
	toks := sc.toks
	at := false
	for i := range toks {
		t := &toks[i]
		switch {
		case t.kind == tWord && sc.is(i, "at"):
			at = true
		case sc.isPunct(i, '@') && (t.sp || (i+1 < len(toks) && toks[i+1].sp)):
			at = true
		case sc.isPunct(i, '#') && i+1 < len(toks) && mailProviders[string(sc.norm[toks[i+1].s:toks[i+1].e])]:
			at = true // "name # hotmail . com": '#' standing in for '@' before a mail provider
		case at && t.kind == tWord && tlds[string(sc.norm[t.s:t.e])] && i > 0 &&
			(sc.isPunct(i-1, '.') || sc.is(i-1, "dot") || sc.isPunct(i-1, ')') || sc.isPunct(i-1, ']')):
			return true
		}
	}
	return false
}

func (d *Detector) findObfuscatedEmails(sc *scratch) error {
	s := string(sc.norm)
	rs := []rune(s) // regexp2 indexes runes
	m, err := d.obfEmail.FindRunesMatch(rs)
	for n := 0; err == nil && m != nil && n < d.cfg.MaxRegexMatches; n++ {
		g := m.Groups()
		local, domain, sep, tld := g[1].String(), g[2].String(), g[3].String(), g[4].String()
		plainAt := !strings.ContainsAny(string(rs[g[1].Index+g[1].Length:g[2].Index]), "@([{<")
		spokenSep := strings.Contains(sep, "dot")
		first := domain
		if k := strings.IndexAny(first, ". \t([{<"); k >= 0 {
			first = first[:k]
		}
		ok := tlds[tld] && len(local) > 0
		if strings.Contains(string(rs[g[1].Index+g[1].Length:g[2].Index]), "#") && !mailProviders[first] {
			ok = false // '#' stands for '@' only before a mail provider ("item #3.5 kg" is no address)
		}
		// A bare " at " is ordinary English ("prices at amazon.com"): accept it
		// only with a spoken "dot" or a free-mail provider.
		if plainAt && !spokenSep && !mailProviders[first] && !mailProviders[strings.ReplaceAll(domain, " ", "")] {
			ok = false
		}
		// A domain written in two words is a provider split ("g mail", "hot
		// mail"), not English prose ("meet me at the factory dot com").
		if name, _, _ := strings.Cut(strings.ReplaceAll(domain, " ", ""), "."); plainAt && strings.ContainsAny(domain, " \t") &&
			!mailProviders[name] {
			ok = false
		}
		if ok {
			bs := len(string(rs[:m.Index]))
			be := bs + len(string(rs[m.Index:m.Index+m.Length]))
			if !sc.overlapsValue(bs, be) {
				sc.addEmail(bs, be, obfAtDot, 0.95)
			}
			m, err = d.obfEmail.FindNextMatch(m)
			continue
		}
		// Rejected ("me at lin [dot] factory" has no top-level domain): its
		// domain may begin the real address ("… factory [at] yahoo [dot]
		// com"), so the search goes on from there, not after the match.
		m, err = d.obfEmail.FindRunesMatchStartingAt(rs, g[2].Index)
	}
	if err != nil {
		return &MatchTimeoutError{Pattern: "obfuscated_email", Timeout: d.cfg.MatchTimeout}
	}
	return nil
}

func (sc *scratch) overlapsEmail(bs, be int) bool {
	for i := range sc.vals {
		v := &sc.vals[i]
		if v.kind == valEmail && int(v.bs) < be && bs < int(v.be) {
			return true
		}
	}
	return false
}

func (sc *scratch) overlapsValue(bs, be int) bool {
	for i := range sc.vals {
		v := &sc.vals[i]
		if int(v.bs) < be && bs < int(v.be) {
			return true
		}
	}
	return false
}

// addEmail records an address found at norm[bs:be], rebuilt canonically
// ("sales (at) x (dot) com" → "sales@x.com").
func (sc *scratch) addEmail(bs, be int, flags obf, conf float64) {
	ds := len(sc.vbuf)
	raw := sc.norm[bs:be]
	sc.vbuf = canonicalEmail(sc.vbuf, raw)
	addr := sc.vbuf[ds:]
	at := bytes.IndexByte(addr, '@')
	if at < 0 {
		sc.vbuf = sc.vbuf[:ds]
		return
	}
	v := value{kind: valEmail, ch: ChannelEmail, bs: int32(bs), be: int32(be), ds: int32(ds),
		de: int32(len(sc.vbuf)), conf: conf, flags: flags}
	if bytes.IndexByte(addr[:at], '*') >= 0 {
		v.masked = 1
	}
	v.platform = isPlatformDomain(string(addr[at+1:]))
	v.ts, v.te = sc.tokenRange(bs, be)
	if v.ts < v.te && len(sc.vals) < maxItems {
		sc.vals = append(sc.vals, v)
	}
}

// canonicalEmail appends raw with spelt-out "at"/"dot" and spaces removed.
func canonicalEmail(dst, raw []byte) []byte {
	r := string(raw)
	for _, rep := range [...][2]string{
		{"(at)", "@"}, {"[at]", "@"}, {"{at}", "@"}, {"<at>", "@"}, {"(dot)", "."}, {"[dot]", "."},
		{"{dot}", "."}, {"<dot>", "."}, {" at ", "@"}, {" dot ", "."},
	} {
		r = strings.ReplaceAll(r, rep[0], rep[1])
	}
	for i := 0; i < len(r); i++ {
		if c := r[i]; c == '#' {
			dst = append(dst, '@') // matched only before a mail provider (findObfuscatedEmails)
		} else if c != ' ' && c != '\t' && c != '(' && c != ')' && c != '[' && c != ']' {
			dst = append(dst, c)
		}
	}
	return dst
}

func isPlatformDomain(host string) bool {
	for _, p := range platformDomains {
		if host == p || strings.HasSuffix(host, "."+p) {
			return true
		}
	}
	return false
}

// tokenRange maps a normalised byte range to the tokens it covers.
func (sc *scratch) tokenRange(bs, be int) (int32, int32) {
	ts, te := -1, -1
	for i := range sc.toks {
		t := &sc.toks[i]
		if int(t.e) > bs && ts < 0 {
			ts = i
		}
		if int(t.s) < be {
			te = i + 1
		}
	}
	if ts < 0 {
		ts = len(sc.toks)
	}
	if te < ts {
		te = ts
	}
	return int32(ts), int32(te)
}

// ---------------------------------------------------------------- links

// findLinks finds chat links (wa.me/…, t.me/…, api.whatsapp.com/send?phone=…)
// and the platform's own links: dotted host names checked against linkHosts.
func (sc *scratch) findLinks() {
	toks := sc.toks
	var host [96]byte
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tWord && toks[i].kind != tNum {
			continue
		}
		if i+2 >= len(toks) || !toks[i+1].glued() || !toks[i+2].glued() ||
			!(sc.isPunct(i+1, '.') || sc.isPunct(i+1, '-')) {
			continue // a host name has a dot (or a dash) glued to its first label
		}
		if i > 0 && toks[i].glued() && (sc.isPunct(i-1, '.') || toks[i-1].kind == tWord || toks[i-1].kind == tNum || sc.isPunct(i-1, '-')) {
			continue // not the start of a host name
		}
		n, j, dots := 0, i, 0
		for j < len(toks) && (j == i || toks[j].glued()) && n < len(host) {
			t := &toks[j]
			if t.kind == tWord || t.kind == tNum || sc.isPunct(j, '-') || sc.isPunct(j, '.') {
				if sc.isPunct(j, '.') {
					if j+1 >= len(toks) || !toks[j+1].glued() || toks[j+1].kind == tPunct {
						break
					}
					dots++
				}
				if int(t.e-t.s) > len(host)-n {
					break
				}
				n += copy(host[n:], sc.norm[t.s:t.e])
				j++
				continue
			}
			break
		}
		if dots == 0 {
			continue
		}
		h := host[:n]
		ch, platform, ok := Channel(0), false, false
		for k := 0; k < len(h); {
			if c, hit := linkHosts[string(h[k:])]; hit {
				ch, ok = c, true
				break
			}
			if isPlatformDomain(string(h[k:])) {
				platform, ok = true, true
				break
			}
			dot := bytes.IndexByte(h[k:], '.')
			if dot < 0 {
				break
			}
			k += dot + 1
		}
		if !ok && sc.spelledWebAt(toks[i].s) && !isCarrierDomain(string(h)) {
			ch, ok = ChannelWebsite, true // a website spelt out to pass a filter
		}
		if !ok {
			i = j - 1
			continue
		}
		// The link runs to the next whitespace.
		e := j
		for e < len(toks) && toks[e].glued() {
			e++
		}
		if ch == ChannelWebsite && (j >= len(toks) || !sc.isPunct(j, '/')) && shortenerPairs[string(h)] {
			continue // a shortener's name without a path links nowhere ("bit.ly?")
		}
		if sc.overlapsEmail(int(toks[i].s), int(toks[e-1].e)) {
			continue // the host is an e-mail address's domain
		}
		ds := len(sc.vbuf)
		sc.vbuf = append(sc.vbuf, h...)
		v := value{kind: valLink, ch: ch, ts: int32(i), te: int32(e), bs: toks[i].s, be: toks[e-1].e,
			ds: int32(ds), de: int32(len(sc.vbuf)), conf: 0.97, platform: platform}
		sc.dropValuesIn(v.bs, v.be)
		if len(sc.vals) == maxItems {
			return
		}
		sc.vals = append(sc.vals, v)
		i = e - 1
	}
}

// dropValuesIn removes phone values inside a link (the number in wa.me/86…
// belongs to the link).
func (sc *scratch) dropValuesIn(bs, be int32) {
	out := sc.vals[:0]
	for _, v := range sc.vals {
		if v.kind == valPhone && v.bs >= bs && v.be <= be {
			continue
		}
		out = append(out, v)
	}
	sc.vals = out
}

// ---------------------------------------------------------------- handles

// handleEnd returns the end of the handle-like chunk starting at token i:
// glued ASCII letters, digits and _ . - : (as in "live:.cid.7f3e21"), at least
// three characters, not ending in punctuation.
func (sc *scratch) handleEnd(i int) (int, bool) {
	toks := sc.toks
	j, n, last := i, 0, i
	hasDigitOrSym := false
	for j < len(toks) && (j == i || toks[j].glued()) {
		t := &toks[j]
		switch {
		case t.kind == tWord && t.alt == "":
			if sc.norm[t.s] >= 0x80 {
				if j == i {
					return 0, false
				}
				goto done // "mike_trade99です": the handle ends where the script changes
			}
			last = j
		case t.kind == tNum:
			hasDigitOrSym = true
			last = j
		case sc.isPunct(j, '_') || sc.isPunct(j, '.') || sc.isPunct(j, '-') || sc.isPunct(j, ':'):
			hasDigitOrSym = true
		default:
			goto done
		}
		n += int(t.e - t.s)
		j++
	}
done:
	if n < 3 || toks[i].kind == tPunct || (last == i && toks[i].kind == tNum) {
		return 0, false // a bare number is a phone or QQ number's business
	}
	return last + 1, hasDigitOrSym
}

// findAtHandles records "@name" handles (Telegram, Instagram, …) that are not
// part of an e-mail address.
func (sc *scratch) findAtHandles() {
	toks := sc.toks
	for i := 0; i+1 < len(toks); i++ {
		if !sc.isPunct(i, '@') || !toks[i+1].glued() {
			continue
		}
		if i > 0 && toks[i].glued() && (toks[i-1].kind == tWord || toks[i-1].kind == tNum) {
			continue // e-mail
		}
		e, _ := sc.handleEnd(i + 1)
		if e == 0 || sc.overlapsValue(int(toks[i].s), int(toks[e-1].e)) {
			continue
		}
		sc.addHandle(i, e, ChannelUnknown, 0.85)
		i = e - 1
	}
}

func (sc *scratch) addHandle(ts, te int, ch Channel, conf float64) {
	ds := len(sc.vbuf)
	sc.vbuf = append(sc.vbuf, sc.norm[sc.toks[ts].s:sc.toks[te-1].e]...)
	v := value{kind: valHandle, ch: ch, ts: int32(ts), te: int32(te), bs: sc.toks[ts].s, be: sc.toks[te-1].e,
		ds: int32(ds), de: int32(len(sc.vbuf)), conf: conf}
	sc.vals = append(sc.vals, v)
}

// compileObfuscatedEmail builds the regexp2 pattern with the policy's timeout.
func compileObfuscatedEmail(timeout time.Duration) (*regexp2.Regexp, error) {
	re, err := regexp2.Compile(obfuscatedEmailPattern, regexp2.None)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = timeout
	return re, nil
}
