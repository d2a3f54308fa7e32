package message

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Disguised channel names and links, folded back before phrase matching:
//
//   - a name cut into pieces by separators or spaces ("we.chat", "whats-app",
//     "tele_gram", "wh ats app", "微.信") or written half in Latin, half in
//     Chinese characters that sound like it ("wei信", "微xin", "威 xin");
//   - a link whose dot is spelt as a word ("t dot me", "wa [dot] me",
//     "vk точка com", "line点me").
//
// Both are generic: a piece sequence is folded only when it spells a channel
// name, a spelt dot only when it joins two labels of a known chat-link host.

// hanSyllables reads Chinese characters used as homophones in channel names
// (微信 weixin, 扣扣 koukou, 电报 dianbao) as pinyin, so that mixed spellings
// meet the Latin name. Only characters of those names and their usual
// stand-ins are listed.
var hanSyllables = map[rune]string{
	'微': "wei", '薇': "wei", '威': "wei", '徽': "wei", '维': "wei", '唯': "wei", '围': "wei", '韦': "wei",
	'信': "xin", '心': "xin", '芯': "xin", '新': "xin", '鑫': "xin", '欣': "xin", '馨': "xin", '辛': "xin",
	'扣': "kou", '寇': "kou", '蔻': "kou", '口': "kou",
	'电': "dian", '报': "bao", '宝': "bao",
}

// splitNames are the romanised forms a folded piece sequence may spell
// besides asciiChannelWords.
var splitNames = map[string]Channel{
	"weixin": ChannelWeChat, "vxin": ChannelWeChat, "weix": ChannelWeChat, "koukou": ChannelQQ,
	"dianbao": ChannelTelegram, "kakao": ChannelKakaoTalk, "vkontakte": ChannelVK,
}

func splitChannel(s string) (Channel, bool) {
	if ch, ok := asciiChannelWords[s]; ok {
		return ch, true
	}
	ch, ok := splitNames[s]
	return ch, ok
}

// splitAt recognises, at token i, a channel name written in two to six pieces
// (see the file comment) and returns the end token and the name. Pieces are
// joined by one glued separator, by whitespace, or glued across scripts.
// Whitespace alone joins only three or more pieces or pieces in two scripts:
// "we chat" is ordinary English.
func (sc *scratch) splitAt(i int) (int, string) {
	toks := sc.toks
	if i+1 >= len(toks) || !sc.splitShape(i) || !sc.piece(i) || !sc.splitStart(i) {
		return 0, ""
	}
	var buf [24]byte
	n, pieces := 0, 0
	sepPunct, spaced, latin, han, homophone := false, false, false, false, false
	best, bestName := 0, ""
	for j := i; j < len(toks) && pieces < 6; {
		t := &toks[j]
		if t.kind == tHan {
			r := sc.hanRune(j)
			syl, ok := hanSyllables[r]
			if !ok || n+len(syl) > len(buf) {
				break
			}
			n += copy(buf[n:], syl)
			han = true
			homophone = homophone || (r != '微' && r != '信' && r != '扣' && r != '电' && r != '报')
		} else {
			w := sc.norm[t.s:t.e]
			if n+len(w) > len(buf) {
				break
			}
			n += copy(buf[n:], w)
			latin = true
		}
		pieces++
		if pieces >= 2 {
			mixed := latin && han
			if ch, ok := splitChannel(string(buf[:n])); ok &&
				(sepPunct || mixed || (spaced && pieces >= 3) || (han && !latin && homophone && spaced)) {
				best, bestName = j+1, channelNames[ch]
			}
		}
		k := j + 1
		switch {
		case k+1 < len(toks) && toks[k].kind == tPunct && toks[k].glued() && toks[k+1].glued() &&
			toks[k].e-toks[k].s == 1 && isSpacer(sc.norm[toks[k].s]) && sc.piece(k+1):
			sepPunct = true
			k++
		case k < len(toks) && !toks[k].nl && sc.piece(k) && (toks[k].sp || toks[k].kind != t.kind):
			spaced = spaced || toks[k].sp
		default:
			k = len(toks)
		}
		j = k
	}
	if best == 0 {
		return 0, ""
	}
	return best, bestName
}

// splitShape is the cheap test that tokens i, i+1, … are laid out like a
// split name: a glued separator then a glued piece, a glued piece in another
// script, or (spaced) a short piece followed by two more.
func (sc *scratch) splitShape(i int) bool {
	toks := sc.toks
	if k := toks[i].kind; k != tWord && k != tHan {
		return false
	}
	n := &toks[i+1]
	switch {
	case n.kind == tPunct:
		return !n.sp && i+2 < len(toks) && !toks[i+2].sp && n.e-n.s == 1 && isSpacer(sc.norm[n.s])
	case !n.sp:
		return n.kind != toks[i].kind && (n.kind == tHan || n.kind == tWord)
	}
	if toks[i].kind == tHan || n.kind == tHan {
		return true
	}
	// Three or more short spaced pieces: "wh ats app", "te le gram".
	if toks[i].e-toks[i].s > 4 || n.e-n.s > 4 || i+2 >= len(toks) || !toks[i+2].sp || toks[i+2].e-toks[i+2].s > 5 ||
		!splitStarts[sc.norm[toks[i].s]] {
		return false
	}
	return sc.piece(i+1) && sc.piece(i+2)
}

// splitStart reports whether token i can begin a split name: its text (or
// its pinyin) is the start of one.
func (sc *scratch) splitStart(i int) bool {
	t := &sc.toks[i]
	if t.kind == tHan {
		_, ok := hanSyllables[sc.hanRune(i)]
		return ok
	}
	return splitPrefixes[string(sc.norm[t.s:t.e])]
}

// splitPrefixes are the proper prefixes of the names a split name may spell.
var splitPrefixes = func() map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		for k := 1; k < len(w); k++ {
			m[w[:k]] = true
		}
	}
	for w := range asciiChannelWords {
		add(w)
	}
	for w := range splitNames {
		add(w)
	}
	return m
}()

// piece reports a token that may be part of a split name: an ASCII word of
// at most nine letters, or one Chinese character.
func (sc *scratch) piece(i int) bool {
	t := &sc.toks[i]
	switch t.kind {
	case tHan:
		return true
	case tWord:
		// Words are cut at script changes, so the first byte tells Latin.
		return t.alt == "" && t.e-t.s <= 9 && sc.norm[t.s] < utf8.RuneSelf
	}
	return false
}

// dotWords are "dot" in the languages merchants spell links in.
var dotWords = []string{"dot", "点", "點", "точка", "punto", "ponto", "point", "punkt", "nokta", "titik", "cham", "ドット", "닷", "จุด"}

// hostPairs are the adjacent label pairs of chat-link hosts ("t.me",
// "api.whatsapp", "whatsapp.com"): a spelt dot is folded only between them.
var hostPairs = func() map[string]bool {
	m := map[string]bool{}
	for h := range linkHosts {
		labels := strings.Split(h, ".")
		for k := 0; k+1 < len(labels); k++ {
			if tlds[labels[k]] && tlds[labels[k+1]] {
				continue // "com.br" of "shopee.com.br": an address's ending, folded with the address
			}
			m[labels[k]+"."+labels[k+1]] = true
		}
	}
	return m
}()

// foldSpeltDots rewrites "t dot me", "wa (dot) me", "vk точка com" to
// "t.me", "wa.me", "vk.com" in sc.norm, keeping the byte map to the original.
func (sc *scratch) foldSpeltDots() obf {
	b := sc.norm
	var flags obf
	out := 0
	for i := 0; i < len(b); {
		if le, rs, ok := spelledDotAt(b, i); ok {
			// Copy up to the end of the left label, write '.', continue at the right label.
			for ; i < le; i++ {
				b[out], sc.ns[out], sc.ne[out] = b[i], sc.ns[i], sc.ne[i]
				out++
			}
			b[out], sc.ns[out], sc.ne[out] = '.', sc.ns[le], sc.ne[rs-1]
			out++
			i = rs
			flags |= obfSpeltDot
			continue
		}
		b[out], sc.ns[out], sc.ne[out] = b[i], sc.ns[i], sc.ne[i]
		out++
		i++
	}
	sc.norm, sc.ns, sc.ne = b[:out], sc.ns[:out], sc.ne[:out]
	return flags
}

// spelledDotAt reports whether b[i:] starts a label, a spelt dot and a label
// that together form a host pair; it returns the end of the left label and
// the start of the right one.
func spelledDotAt(b []byte, i int) (int, int, bool) {
	if !isLabelByte(b[i]) || (i > 0 && (isLabelByte(b[i-1]) || b[i-1] == '_' || b[i-1] == '-' || b[i-1] == '.')) {
		return 0, 0, false
	}
	le := i
	for le < len(b) && isLabelByte(b[le]) {
		le++
	}
	k := skipDotFill(b, le)
	if k >= len(b) {
		return 0, 0, false
	}
	matched := false
	for _, w := range speltByFirst[b[k]] { // normalised: "ドット" is read "トット"
		if !w.at && bytes.HasPrefix(b[k:], []byte(w.w)) {
			k += len(w.w)
			matched = true
			break
		}
	}
	if !matched && k > le && b[k-1] == ' ' && isLabelByte(b[k]) {
		// "bit ly/3tAp3Kz": a shortener's dot written as a space, a path after it.
		re := k
		for re < len(b) && isLabelByte(b[re]) {
			re++
		}
		if re < len(b) && b[re] == '/' && shortenerPairs[string(b[i:le])+"."+string(b[k:re])] {
			return le, k, true
		}
		return 0, 0, false
	}
	if !matched || (k < len(b) && isLabelByte(b[k]) && b[k-1] < utf8.RuneSelf) {
		return 0, 0, false
	}
	rs := skipDotFill(b, k)
	re := rs
	for re < len(b) && isLabelByte(b[re]) {
		re++
	}
	if re == rs {
		return 0, 0, false
	}
	// A chat-link host ("t dot me"), or an address's domain ("kevin@163点com").
	mailDomain := i > 0 && b[i-1] == '@' && tlds[string(b[rs:re])]
	if !mailDomain && !hostPairs[string(b[i:le])+"."+string(b[rs:re])] {
		return 0, 0, false
	}
	return le, rs, true
}

func isLabelByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// skipDotFill skips the spaces and brackets around a spelt dot.
func skipDotFill(b []byte, k int) int {
	for k < len(b) {
		switch b[k] {
		case ' ', '\t', '(', ')', '[', ']', '{', '}', '<', '>':
			k++
			continue
		}
		break
	}
	return k
}

// findAppIDs records identifiers whose form names their app: WeChat's
// "wxid_…" account ids.
func (sc *scratch) findAppIDs() {
	toks := sc.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind != tWord || !sc.is(i, "wxid") || !sc.isPunct(i+1, '_') || !toks[i+1].glued() || !toks[i+2].glued() {
			continue
		}
		if i > 0 && toks[i].glued() && toks[i-1].kind != tPunct {
			continue
		}
		e, _ := sc.handleEnd(i)
		if e == 0 || len(sc.vals) == maxItems || sc.overlapsValue(int(toks[i].s), int(toks[e-1].e)) {
			continue
		}
		sc.addHandle(i, e, ChannelWeChat, 0.95)
		i = e - 1
	}
}

// spacedShortener reports a link shortener written with a space for its dot
// ("bit ly/3tAp3Kz"): a quick look for " ly/" and its kin before the fold.
func spacedShortener(b []byte) bool {
	for i := bytes.IndexByte(b, '/'); i >= 0; {
		if i >= 3 {
			switch string(b[i-3 : i]) {
			case " ly", " gl", " gy", " gd", " cc", " at", " id", "com":
				return true
			}
		}
		j := bytes.IndexByte(b[i+1:], '/')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}
