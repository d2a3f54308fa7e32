package listing

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/schemas"
)

// naiveNext is the reference the trie walk must agree with: at every word
// start, every phrase longest first (insertion order among equals).
func naiveNext(s *phraseSet, text string, pos int) (start, end, tag int, ok bool) {
	idx := make([]int, len(s.phrases))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(s.phrases[idx[a]].text) > len(s.phrases[idx[b]].text) })
	for i := pos; i < len(text); i++ {
		if i > 0 && isWordByte(text[i]) && isWordByte(text[i-1]) {
			continue
		}
		for _, pi := range idx {
			p := &s.phrases[pi]
			if !hasFoldPrefix(text[i:], p.text) {
				continue
			}
			if e, ok := p.endAt(text, i+len(p.text)); ok {
				return i, e, p.tag, true
			}
		}
	}
	return 0, 0, 0, false
}

// TestPhraseTrieMatchesNaiveScan: generated texts built from the phrases'
// own pieces (cut, re-cased, glued, pluralised) give the same matches.
func TestPhraseTrieMatchesNaiveScan(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	sets := map[string]*phraseSet{"moq": moqPhrases, "custom": customPhrases, "promo": promoPhrases,
		"nostock": noStockPhrases, "container": containerPhrases, "decoy": decoyPhrases}
	fillers := []string{" ", "s ", "es", "-", ".", "x", "9", "，", "。", "ing ", "ORDER ", "/", ""}
	for name, s := range sets {
		for range 3000 {
			var b strings.Builder
			for range 1 + r.IntN(6) {
				p := s.phrases[r.IntN(len(s.phrases))].text
				if r.IntN(3) == 0 {
					p = p[:r.IntN(len(p)+1)]
				}
				if r.IntN(2) == 0 {
					p = strings.ToUpper(p)
				}
				b.WriteString(p)
				b.WriteString(fillers[r.IntN(len(fillers))])
			}
			text := b.String()
			for range 3 { // from arbitrary positions, mid-word included
				pos := r.IntN(len(text) + 1)
				s1, e1, t1, ok1 := s.next(text, pos)
				s2, e2, t2, ok2 := naiveNext(s, text, pos)
				if s1 != s2 || e1 != e2 || t1 != t2 || ok1 != ok2 {
					t.Fatalf("%s %q from %d: trie (%d %d %d %v), naive (%d %d %d %v)", name, text, pos, s1, e1, t1, ok1, s2, e2, t2, ok2)
				}
			}
			for pos := 0; pos <= len(text); {
				s1, e1, t1, ok1 := s.next(text, pos)
				s2, e2, t2, ok2 := naiveNext(s, text, pos)
				if s1 != s2 || e1 != e2 || t1 != t2 || ok1 != ok2 {
					t.Fatalf("%s %q from %d: trie (%d %d %d %v), naive (%d %d %d %v)", name, text, pos, s1, e1, t1, ok1, s2, e2, t2, ok2)
				}
				if !ok1 {
					break
				}
				pos = e1
			}
		}
	}
}

// BenchmarkPhraseScan scans the corpus's descriptions, titles and SKU texts
// with the phrase sets detection uses on every listing.
//
//	go test ./detectors/listing -run '^$' -bench PhraseScan -cpu 1
func BenchmarkPhraseScan(b *testing.B) {
	c, err := corpus.Load()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, ev := range c.Events {
		if l, ok := ev.(*schemas.Listing); ok {
			texts = append(texts, l.Description, l.Title)
			for _, s := range l.SKUs {
				texts = append(texts, s.Name)
			}
		}
	}
	sets := []*phraseSet{moqPhrases, customPhrases, promoPhrases, noStockPhrases, containerPhrases}
	matches := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			for _, s := range sets {
				for pos := 0; ; {
					_, e, _, ok := s.next(t, pos)
					if !ok {
						break
					}
					matches++
					pos = e
				}
			}
		}
	}
	b.ReportMetric(float64(len(texts)), "texts")
}
