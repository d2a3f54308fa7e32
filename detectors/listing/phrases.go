package listing

import (
	"sort"
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
	byFirst [256][]int // phrase indices by first (folded) byte, longest first
	phrases []phrase
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
	for i, p := range s.phrases {
		s.byFirst[p.text[0]] = append(s.byFirst[p.text[0]], i)
	}
	for b := range s.byFirst {
		idx := s.byFirst[b]
		sort.SliceStable(idx, func(i, j int) bool { return len(s.phrases[idx[i]].text) > len(s.phrases[idx[j]].text) })
	}
	return s
}

// next returns the first match at or after pos: its byte span and tag.
// Where several phrases match at one position the longest wins.
func (s *phraseSet) next(text string, pos int) (start, end, tag int, ok bool) {
	for i := pos; i < len(text); i++ {
		cands := s.byFirst[lowerASCII(text[i])]
		if len(cands) == 0 {
			continue
		}
		if i > 0 && isWordByte(text[i]) && isWordByte(text[i-1]) {
			// Phrases start at a word boundary.
			continue
		}
		for _, pi := range cands {
			p := &s.phrases[pi]
			if e, ok := p.matchAt(text, i); ok {
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

func (p *phrase) matchAt(text string, i int) (end int, ok bool) {
	n := len(p.text)
	if len(text)-i < n {
		return 0, false
	}
	for k := 0; k < n; k++ {
		if lowerASCII(text[i+k]) != p.text[k] {
			return 0, false
		}
	}
	end = i + n
	last := p.text[n-1]
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
