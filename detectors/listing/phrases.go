package listing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseSet finds any of a fixed list of phrases in text in one pass,
// case-insensitively for ASCII, without copying or lowercasing the text. It
// is built once at package init and read concurrently.
//
// A phrase is written lowercase. By default it must stand as a whole word
// (with an optional plural "s"/"es") where it begins or ends with an ASCII
// letter or digit; a trailing "*" makes it a prefix ("customiz*" matches
// "customized"). Phrases in scripts with letter case other than ASCII
// (Cyrillic, accented Latin) are also added capitalised and upper-case, which
// covers how such text is written in practice.
type phraseSet struct {
	phrases []phrase
	// A trie of the phrases' bytes: at a position the text is walked once
	// along it, instead of trying every phrase that starts with its byte.
	root  [256]int32 // child of the root by (folded) byte; 0: none
	nodes []trieNode // nodes[0] is unused, so 0 can mean "none"
	// second gates a walk on the first two bytes, so that most positions
	// whose first byte starts some phrase ("m", "p", "o") cost one bit test.
	second []secondBytes
	gate   [256]uint16 // 1 + index in second of the root's child by folded byte
}

// secondBytes is what may follow a phrase's first byte: the folded bytes
// its trie node has children by, or anything when a one-byte phrase ("/")
// ends there.
type secondBytes struct {
	set byteSet
	any bool
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// trieNode is one byte of one or more phrases.
type trieNode struct {
	next  []trieEdge // children, few per node
	ends  []int      // phrases ending here, in the order they were added
	depth int
}

type trieEdge struct {
	b    byte
	node int32
}

func (s *phraseSet) child(n int32, b byte) int32 {
	for _, e := range s.nodes[n].next {
		if e.b == b {
			return e.node
		}
	}
	return 0
}

type phrase struct {
	text   string // lowercase
	prefix bool   // no word boundary needed at the end
	tag    int
}

// phraseSpec is one phrase and the tag its matches report.
type phraseSpec struct {
	text string
	tag  int
}

func newPhraseSet(specs []phraseSpec) *phraseSet {
	s := &phraseSet{}
	seen := map[string]bool{}
	add := func(text string, prefix bool, tag int) {
		k := text
		if prefix {
			k += "*"
		}
		if text == "" || seen[k] {
			return
		}
		seen[k] = true
		s.phrases = append(s.phrases, phrase{text: text, prefix: prefix, tag: tag})
	}
	for _, sp := range specs {
		text, prefix := strings.CutSuffix(sp.text, "*")
		add(text, prefix, sp.tag)
		if !isASCII(text) {
			// Matching folds ASCII only, so the variants keep ASCII lowercase.
			add(foldASCII(capitalise(text)), prefix, sp.tag)
			add(foldASCII(titleCase(text)), prefix, sp.tag)
			add(foldASCII(strings.ToUpper(text)), prefix, sp.tag)
		}
	}
	s.nodes = make([]trieNode, 1, 1+len(s.phrases)*8)
	for i, p := range s.phrases {
		n := s.root[p.text[0]]
		if n == 0 {
			s.nodes = append(s.nodes, trieNode{depth: 1})
			n = int32(len(s.nodes) - 1)
			s.root[p.text[0]] = n
		}
		for k := 1; k < len(p.text); k++ {
			c := s.child(n, p.text[k])
			if c == 0 {
				s.nodes = append(s.nodes, trieNode{depth: k + 1})
				c = int32(len(s.nodes) - 1)
				s.nodes[n].next = append(s.nodes[n].next, trieEdge{p.text[k], c})
			}
			n = c
		}
		s.nodes[n].ends = append(s.nodes[n].ends, i)
	}
	for c := range s.root {
		n := s.root[c]
		if n == 0 {
			continue
		}
		sb := secondBytes{any: len(s.nodes[n].ends) > 0}
		for _, e := range s.nodes[n].next {
			sb.set.add(e.b)
		}
		s.second = append(s.second, sb)
		s.gate[c] = uint16(len(s.second))
	}
	return s
}

// mayStart reports whether a phrase may start at text[i], whose folded
// byte is c: the first two bytes lead somewhere in the trie.
func (s *phraseSet) mayStart(text string, i int, c byte) bool {
	g := s.gate[c]
	if g == 0 {
		return false
	}
	sb := &s.second[g-1]
	return sb.any || i+1 < len(text) && sb.set.has(foldTable[text[i+1]])
}

// maxPhraseDepth bounds the phrases ending along one walk that next keeps.
const maxPhraseDepth = 64

// next returns the first match at or after pos: its byte span and tag.
// Where several phrases match at one position the longest wins.
func (s *phraseSet) next(text string, pos int) (start, end, tag int, ok bool) {
	var stack [maxPhraseDepth]int32
	i := pos
	if i > 0 {
		// Phrases start at a word boundary: not inside the word at pos.
		for i < len(text) && wordTable[text[i]] && wordTable[text[i-1]] {
			i++
		}
	}
	for ; i < len(text); i++ {
		c := text[i]
		f := foldTable[c]
		n := s.root[f]
		if wordTable[c] {
			// A word start: after it, skip to the word's end, as no
			// phrase starts inside a word.
			k := i + 1
			for k < len(text) && wordTable[text[k]] {
				k++
			}
			if n == 0 || !s.mayStart(text, i, f) {
				i = k - 1
				continue
			}
			if st, e, tag, ok := s.walk(text, i, n, &stack); ok {
				return st, e, tag, true
			}
			i = k - 1
			continue
		}
		if n == 0 || !s.mayStart(text, i, f) {
			continue
		}
		if st, e, tag, ok := s.walk(text, i, n, &stack); ok {
			return st, e, tag, true
		}
	}
	return 0, 0, 0, false
}

// walk matches the phrases starting at text[i], whose first byte leads to
// node n: it walks the trie, noting the nodes where phrases end, then tries
// them longest first, as a phrase may fail its word boundary where a shorter
// one holds.
func (s *phraseSet) walk(text string, i int, n int32, stack *[maxPhraseDepth]int32) (start, end, tag int, ok bool) {
	depth := 0
	for k := i; ; {
		if len(s.nodes[n].ends) > 0 && depth < len(stack) {
			stack[depth] = n
			depth++
		}
		k++
		if k >= len(text) {
			break
		}
		if n = s.child(n, foldTable[text[k]]); n == 0 {
			break
		}
	}
	for d := depth - 1; d >= 0; d-- {
		for _, pi := range s.nodes[stack[d]].ends {
			p := &s.phrases[pi]
			if e, ok := p.endAt(text, i+len(p.text)); ok {
				return i, e, p.tag, true
			}
		}
	}
	return 0, 0, 0, false
}

// contains reports whether any phrase occurs in text.
func (s *phraseSet) contains(text string) bool {
	_, _, _, ok := s.next(text, 0)
	return ok
}

// containsIn reports whether any phrase occurs inside text[from:to].
func (s *phraseSet) containsIn(text string, from, to int) bool {
	_, e, _, ok := s.next(text[:to], from)
	return ok && e <= to
}

// endAt checks the end of a phrase whose bytes match text up to end: a
// prefix phrase or one ending in a non-word byte ends there; a whole word
// may take a plural "s" or "es" and must then meet a word boundary.
func (p *phrase) endAt(text string, end int) (int, bool) {
	last := p.text[len(p.text)-1]
	if p.prefix || !isWordByte(last) {
		return end, true
	}
	// Whole word, allowing a plural.
	for _, suffix := range [...]string{"", "s", "es"} {
		e := end + len(suffix)
		if e > len(text) || !hasFoldPrefix(text[end:], suffix) {
			continue
		}
		if e == len(text) || !isWordByte(text[e]) {
			return e, true
		}
	}
	return 0, false
}

func hasFoldPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// foldTable and wordTable are lowerASCII and isWordByte as tables, for the
// per-byte loop of phraseSet.next.
var foldTable, wordTable = func() (f [256]byte, w [256]bool) {
	for i := range f {
		f[i], w[i] = lowerASCII(byte(i)), isWordByte(byte(i))
	}
	return f, w
}()

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// isWordByte reports an ASCII letter or digit; bytes of other scripts never
// form word boundaries (CJK has none to speak of).
func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func titleCase(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if w != "" {
			words[i] = capitalise(w)
		}
	}
	return strings.Join(words, " ")
}

func foldASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}
