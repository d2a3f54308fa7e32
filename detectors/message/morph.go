package message

import (
	"bytes"
	"unicode/utf8"
)

// Word forms the phrase lexicon cannot list: Korean nouns carry their case
// particle glued on (보증은, 이체로, 달러입니다) and Arabic words their
// proclitics (وبالتحويل = and + by + the + transfer). A token that matches no
// phrase is looked up once more by its stem.

// koParticles are Korean verb endings, particles and copulas, longest
// first within each group.
var koParticles = [][]byte{
	// Verb endings after a noun (연락 + 하나요 "do I contact").
	[]byte("드려도"), []byte("드릴게요"), []byte("드릴까요"), []byte("하나요"), []byte("할까요"), []byte("할게요"),
	[]byte("합니다"), []byte("해도"), []byte("하면"), []byte("해요"), []byte("하고"), []byte("하는"), []byte("할"),
	[]byte("입니다"), []byte("이에요"), []byte("으로는"), []byte("으로"), []byte("에서"), []byte("에게"),
	[]byte("예요"), []byte("로는"), []byte("은요"), []byte("은"), []byte("는"), []byte("이"), []byte("가"),
	[]byte("을"), []byte("를"), []byte("로"), []byte("에"), []byte("의"), []byte("도"), []byte("만"),
	[]byte("과"), []byte("와"), []byte("요"),
}

// koFinals are the last syllables of koParticles.
var koFinals = func() map[rune]bool {
	m := map[rune]bool{}
	for _, p := range koParticles {
		r, _ := utf8.DecodeLastRune(p)
		m[r] = true
	}
	return m
}()

// arProclitics are Arabic prefixes: conjunction, preposition, article.
var (
	arConj    = [][]byte{[]byte("و"), []byte("ف")}
	arPrep    = [][]byte{[]byte("ب"), []byte("ل"), []byte("ك")}
	arArticle = []byte("ال")
	arLil     = []byte("لل")
)

// cliticStem returns w without its Korean particle or Arabic proclitics, or
// nil when it has none.
func cliticStem(w []byte) []byte {
	r, _ := utf8.DecodeRune(w)
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		if last, _ := utf8.DecodeLastRune(w); !koFinals[last] {
			return nil // most words end in no particle: one lookup decides
		}
		for _, p := range koParticles {
			if len(w) > len(p)+2 && bytes.HasSuffix(w, p) {
				return w[:len(w)-len(p)]
			}
		}
	case r >= 0x0600 && r <= 0x06FF:
		switch r {
		case 'و', 'ف', 'ب', 'ل', 'ك', 'ا':
		default:
			return nil // no proclitic starts with any other letter
		}
		s := w
		for _, p := range arConj {
			if bytes.HasPrefix(s, p) && len(s) > len(p)+4 {
				s = s[len(p):]
				break
			}
		}
		if bytes.HasPrefix(s, arLil) && len(s) > len(arLil)+4 {
			return s[len(arLil):] // لل: preposition and article (للتواصل)
		}
		for _, p := range arPrep {
			if bytes.HasPrefix(s, p) && len(s) > len(p)+4 {
				s = s[len(p):]
				break
			}
		}
		if len(s) < len(w) || bytes.HasPrefix(s, arArticle) {
			if bytes.HasPrefix(s, arArticle) && len(s) > len(arArticle)+4 {
				s = s[len(arArticle):]
			}
			if len(s) < len(w) {
				return s
			}
		}
	}
	return nil
}
