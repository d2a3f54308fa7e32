package message

import "strings"

// Addresses cut off or spelt over two messages:
//   - "vendas (arroba) fiosbr": a bracketed or localized at word between a
//     local part and a domain word is an address already, even without its
//     ending (a partial e-mail value);
//   - a message that is only the rest of it ("[ponto] com [ponto] br", "dot
//     com dot vn") right after a merchant message that ended on such a start:
//     carried in Conversation.SellerDigits with the pendingAddress marker;
//   - "ecobrush डॉट इन": a Latin domain label with a Hindi spelt dot and a
//     top-level domain written in Devanagari.

// pendingAddress marks an e-mail address begun at the end of the merchant's
// previous message ("@vendas@fiosbr", or "@vendas@" cut after the at word):
// the next message may give the rest. findPhones ignores it.
const pendingAddress = '@'

// partialMailConf and splitMailConf: a cut address names no host yet; one
// finished from the previous message is as good as written whole.
const (
	partialMailConf = 0.85
	splitMailConf   = 0.9
)

// maxPendingAddress bounds the address carried to the next message.
const maxPendingAddress = 64

// findPartialAddresses reads the cut and split forms above (after the other
// finders: a whole address found there is not read again).
func (sc *scratch) findPartialAddresses() {
	if len(sc.pending) > 0 && sc.pending[0] == pendingAddress {
		sc.addressRest()
	}
	if sc.allCats&catDotWord == 0 && !bracketedSign(sc.norm) && !bracketedAt(sc.norm) {
		return // no at or dot word, nothing bracketed: the common path
	}
	b := sc.norm
	for i := 0; i < len(b); i++ {
		if !isLabelByte(b[i]) || (i > 0 && (isLabelByte(b[i-1]) || strings.IndexByte("._-%+@/", b[i-1]) >= 0)) {
			continue
		}
		le := localEnd(b, i)
		if le-i < 2 || !hasLetterOrDigits(b[i:le], 5) {
			continue
		}
		if sc.devanagariWeb(i, le) {
			continue
		}
		if le-i == 3 && string(b[i:le]) == "www" {
			if e, ok := sc.partialWeb(i, le); ok {
				i = e
			}
			continue
		}
		s, next, ok := addrSepAt(b, le)
		if !ok || !s.at || !s.spelt || s.bareAt || (s.english && !s.bracket) {
			continue
		}
		de := next
		for de < len(b) && (isLabelByte(b[de]) || b[de] == '-') {
			de++
		}
		if de-next < 3 || !hasLetterOrDigits(b[next:de], 99) || commonWords[string(b[next:de])] || isPlatformName(string(b[next:de])) {
			continue
		}
		if _, _, more := addrSepAt(b, de); more {
			continue // a longer chain: the other finders' to judge
		}
		if sc.overlapsValue(i, de) || len(sc.vals) == maxItems {
			continue
		}
		ds := len(sc.vbuf)
		sc.vbuf = append(append(append(sc.vbuf, b[i:le]...), '@'), b[next:de]...)
		v := value{kind: valEmail, ch: ChannelEmail, bs: int32(i), be: int32(de), ds: int32(ds),
			de: int32(len(sc.vbuf)), conf: partialMailConf, flags: obfAtDot}
		v.ts, v.te = sc.tokenRange(i, de)
		if v.ts >= v.te {
			sc.vbuf = sc.vbuf[:ds]
			continue
		}
		sc.vals = append(sc.vals, v)
		if sc.tail == "" && onlyFillAfter(b, de) && de-i < maxPendingAddress {
			sc.tail = string(pendingAddress) + string(sc.vbuf[ds:])
		}
		i = de
	}
}

// localEnd returns the end of a local part starting at b[i]: label bytes and
// inner '.', '_', '-', '+'.
func localEnd(b []byte, i int) int {
	e := i
	for e < len(b) {
		c := b[e]
		if isLabelByte(c) || ((c == '.' || c == '_' || c == '-' || c == '+') && e+1 < len(b) && isLabelByte(b[e+1])) {
			e++
			continue
		}
		break
	}
	return e
}

// hasLetterOrDigits reports a letter in w, or at least n digits.
func hasLetterOrDigits(w []byte, n int) bool {
	for _, c := range w {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return len(w) >= n
}

// isPlatformName reports the platform's own name as a domain word.
func isPlatformName(dom string) bool {
	return strings.Contains(dom, "alibaba") || strings.Contains(dom, "aliexpress") || dom == "1688" ||
		isPlatformDomain(dom+".com")
}

// onlyFillAfter reports that only spaces and punctuation follow b[k:].
func onlyFillAfter(b []byte, k int) bool {
	for ; k < len(b); k++ {
		if isLabelByte(b[k]) || b[k] >= 0x80 {
			return false
		}
	}
	return true
}

// addressRest reads a message that starts with the rest of the address the
// previous one began: its ending ("dot com dot vn", "[ponto] com [ponto]
// br", ".com"), or, cut after the at word, its domain and ending.
func (sc *scratch) addressRest() {
	b := sc.norm
	start := sc.pending[1:]
	needDomain := strings.HasSuffix(start, "@")
	k, _ := skipAddrFill(b, 0)
	for k < len(b) && (b[k] == ':' || b[k] == '-' || b[k] == ',') {
		k, _ = skipAddrFill(b, k+1)
	}
	bs := k
	if !needDomain {
		next, ok := dotSepAt(b, k)
		if !ok {
			return
		}
		k = next
	}
	var labels [4][2]int
	n := 0
	for n < len(labels) {
		e := k
		for e < len(b) && (isLabelByte(b[e]) || b[e] == '-') {
			e++
		}
		if e == k {
			break
		}
		labels[n] = [2]int{k, e}
		n++
		next, ok := dotSepAt(b, e)
		if !ok || next >= len(b) || !isLabelByte(b[next]) {
			break
		}
		k = next
	}
	if n == 0 || (needDomain && n < 2) || !tlds[string(b[labels[n-1][0]:labels[n-1][1]])] {
		return
	}
	be := labels[n-1][1]
	if be < len(b) && isLabelByte(b[be]) {
		return
	}
	ds := len(sc.vbuf)
	sc.vbuf = append(sc.vbuf, start...)
	for j := range n {
		if j > 0 || !needDomain {
			sc.vbuf = append(sc.vbuf, '.')
		}
		sc.vbuf = append(sc.vbuf, b[labels[j][0]:labels[j][1]]...)
	}
	v := value{kind: valEmail, ch: ChannelEmail, bs: int32(bs), be: int32(be), ds: int32(ds),
		de: int32(len(sc.vbuf)), conf: splitMailConf, flags: obfAtDot | obfSplitMessages}
	host := string(sc.vbuf[ds:])
	if strings.HasPrefix(start, "www.") {
		v.kind, v.ch, v.flags = valLink, ChannelWebsite, obfSpeltDot|obfSplitMessages
	} else if at := strings.LastIndexByte(host, '@'); at >= 1 {
		host = host[at+1:]
	} else {
		host = ""
	}
	if host == "" || isPlatformDomain(host) || isCarrierDomain(host) {
		sc.vbuf = sc.vbuf[:ds]
		return
	}
	v.ts, v.te = sc.tokenRange(bs, be)
	if v.ts >= v.te || sc.overlapsValue(bs, be) || len(sc.vals) == maxItems {
		sc.vbuf = sc.vbuf[:ds]
		return
	}
	sc.vals = append(sc.vals, v)
}

// dotSepAt reads a dot at b[k] (spaces and brackets around it): '.', or a
// spelt dot word standing apart. It returns the start of the next label.
func dotSepAt(b []byte, k int) (int, bool) {
	j, _ := skipAddrFill(b, k)
	if j >= len(b) {
		return 0, false
	}
	if b[j] == '.' {
		next, _ := skipAddrFill(b, j+1)
		return next, next < len(b)
	}
	for _, w := range speltByFirst[b[j]] {
		if w.at || !strings.HasPrefix(string(b[j:]), w.w) {
			continue
		}
		end := j + len(w.w)
		if w.w[0] < 0x80 && end < len(b) && isLabelByte(b[end]) {
			continue // "dotcom": a label
		}
		next, _ := skipAddrFill(b, end)
		if next == end && next < len(b) && w.w[0] < 0x80 {
			continue // an ASCII word stands apart
		}
		return next, next < len(b)
	}
	return 0, false
}

// hindiTLDs are top-level domains written in Devanagari, as the normaliser
// writes them.
var hindiTLDs = map[string]string{"इन": "in", "कॉम": "com", "काम": "com", "नेट": "net", "ऑर्ग": "org", "को": "co"}

// devanagariWeb reads "ecobrush डॉट इन" at the label b[i:le]: a Latin label,
// a Hindi spelt dot and a Devanagari top-level domain, repeated. The value is
// a website spelt to pass a filter.
func (sc *scratch) devanagariWeb(i, le int) bool {
	b := sc.norm
	if j, _ := skipAddrFill(b, le); j == le || !(strings.HasPrefix(string(b[j:]), "डॉट") || strings.HasPrefix(string(b[j:]), "डोट")) {
		return false
	}
	host := append([]byte(nil), b[i:le]...)
	k, dots := le, 0
	for {
		j, _ := skipAddrFill(b, k)
		if j == k || !(strings.HasPrefix(string(b[j:]), "डॉट") || strings.HasPrefix(string(b[j:]), "डोट")) {
			break
		}
		j, _ = skipAddrFill(b, j+len("डॉट"))
		e := j
		for e < len(b) && b[e] >= 0x80 {
			e++
		}
		tld, ok := hindiTLDs[string(b[j:e])]
		if !ok || (e < len(b) && b[e] != ' ' && b[e] != ',' && b[e] != '.' && b[e] != '!') {
			break
		}
		host = append(append(host, '.'), tld...)
		dots++
		k = e
	}
	if dots == 0 || sc.overlapsValue(i, k) || len(sc.vals) == maxItems {
		return false
	}
	h := string(host)
	if isPlatformDomain(h) || isCarrierDomain(h) || commonWords[string(b[i:le])] {
		return false
	}
	ds := len(sc.vbuf)
	sc.vbuf = append(sc.vbuf, host...)
	v := value{kind: valLink, ch: ChannelWebsite, bs: int32(i), be: int32(k), ds: int32(ds),
		de: int32(len(sc.vbuf)), conf: 0.9, flags: obfSpeltDot}
	v.ts, v.te = sc.tokenRange(i, k)
	if v.ts >= v.te {
		sc.vbuf = sc.vbuf[:ds]
		return false
	}
	sc.vals = append(sc.vals, v)
	return true
}

// spelledEnding reports a domain after a bare "at" that ends in two
// top-level domains joined by spelt dots of another language than English
// ("satis at guvenbot nokta com nokta tr"): prose says no "com nokta tr".
func spelledEnding(b []byte, labels *[maxAddrLabels][2]int, seps *[maxAddrLabels - 1]addrSep, at, n int) bool {
	if n-at-1 < 3 {
		return false
	}
	for k := at + 1; k < n-1; k++ {
		if !seps[k].spelt || seps[k].english {
			return false
		}
	}
	return tlds[string(b[labels[n-2][0]:labels[n-2][1]])] && tlds[string(b[labels[n-1][0]:labels[n-1][1]])]
}

// bracketedAt reports "(at)", "[at]", "{at}" or "<at>" (spaces allowed inside).
func bracketedAt(b []byte) bool {
	if !hasOpenBracket(b) {
		return false
	}
	for i := 0; i+3 < len(b); i++ {
		if c := b[i]; c != '(' && c != '[' && c != '{' && c != '<' {
			continue
		}
		j, _ := skipAddrFill(b, i+1)
		if j+2 < len(b) && b[j] == 'a' && b[j+1] == 't' {
			if k, br := skipAddrFill(b, j+2); br || (k < len(b) && strings.IndexByte(")]}>", b[k]) >= 0) {
				return true
			}
		}
	}
	return false
}

// partialWeb reads "www (dot) ecobrush" at the end of a message: "www", a
// spelt or bracketed dot and one label, with no ending yet. A website begun
// in disguise is a contact value (at partialMailConf) and is carried to the
// next message, which may give its ending. It returns the end of the label.
func (sc *scratch) partialWeb(i, le int) (int, bool) {
	b := sc.norm
	s, next, ok := addrSepAt(b, le)
	if !ok || s.at || !s.spelt {
		return 0, false
	}
	de := next
	for de < len(b) && (isLabelByte(b[de]) || b[de] == '-') {
		de++
	}
	if de-next < 3 || commonWords[string(b[next:de])] || isPlatformName(string(b[next:de])) || !onlyFillAfter(b, de) {
		return 0, false
	}
	if sc.overlapsValue(i, de) || len(sc.vals) == maxItems {
		return 0, false
	}
	ds := len(sc.vbuf)
	sc.vbuf = append(append(sc.vbuf, "www."...), b[next:de]...)
	v := value{kind: valLink, ch: ChannelWebsite, bs: int32(i), be: int32(de), ds: int32(ds),
		de: int32(len(sc.vbuf)), conf: partialMailConf, flags: obfSpeltDot}
	v.ts, v.te = sc.tokenRange(i, de)
	if v.ts >= v.te {
		sc.vbuf = sc.vbuf[:ds]
		return 0, false
	}
	sc.vals = append(sc.vals, v)
	if sc.tail == "" && de-i < maxPendingAddress {
		sc.tail = string(pendingAddress) + string(sc.vbuf[ds:])
	}
	return de, true
}
