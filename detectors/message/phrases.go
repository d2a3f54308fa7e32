package message

import (
	"slices"
	"sync"
)

// trieNode is one step of the phrase trie; phrases are sequences of tokens.
type trieNode struct {
	next map[string]*trieNode
	cats cat
	ch   Channel
	term bool
}

var (
	phraseOnce sync.Once
	phraseRoot *trieNode
	// The root split by the first byte of the token, ASCII or not: each
	// lookup of a message's tokens searches a table half the size.
	phraseRootASCII, phraseRootOther *trieNode
)

// phrases returns the lexicon's trie, built once. Each phrase goes through the
// message normaliser and tokeniser, so matching is exact on normalised tokens.
func phrases() *trieNode {
	phraseOnce.Do(func() {
		root := &trieNode{next: map[string]*trieNode{}}
		sc := new(scratch)
		for _, e := range slices.Concat(lexicon, intentLexicon) {
			for _, p := range e.phrases {
				normalize(p, sc)
				sc.toks = tokenize(sc.norm, sc.toks)
				if len(sc.toks) == 0 {
					continue
				}
				n := root
				for i := range sc.toks {
					t := &sc.toks[i]
					k := string(sc.norm[t.s:t.e])
					c := n.next[k]
					if c == nil {
						c = &trieNode{}
						if n.next == nil {
							n.next = map[string]*trieNode{}
						}
						n.next[k] = c
					}
					n = c
				}
				n.term = true
				n.cats |= e.cats
				if e.ch != 0 {
					n.ch = e.ch
				}
			}
		}
		phraseRoot = root
		phraseRootASCII = &trieNode{next: map[string]*trieNode{}}
		phraseRootOther = &trieNode{next: map[string]*trieNode{}}
		for k, c := range root.next {
			if k[0] < 0x80 {
				phraseRootASCII.next[k] = c
			} else {
				phraseRootOther.next[k] = c
			}
		}
	})
	return phraseRoot
}

func (sc *scratch) child(n *trieNode, i int) *trieNode {
	if n.next == nil {
		return nil
	}
	t := &sc.toks[i]
	if t.alt != "" {
		return n.next[t.alt]
	}
	w := sc.norm[t.s:t.e]
	if c := n.next[string(w)]; c != nil || len(w) < 4 || w[0] < 0xd8 {
		return c
	}
	if stem := cliticStem(w); stem != nil {
		return n.next[string(stem)] // 보증은 → 보증, وبالتحويل → تحويل
	}
	return nil
}

// matchPhrases records on each token the longest phrase starting there, and
// marks tokens covered by neutral phrases ("phone case") as shadowed so they
// cannot name a channel.
func (sc *scratch) matchPhrases() {
	phrases()
	toks := sc.toks
	for i := range toks {
		root := phraseRootASCII
		if t := &toks[i]; t.alt == "" && sc.norm[t.s] >= 0x80 {
			root = phraseRootOther
		}
		n := sc.child(root, i)
		if n == nil {
			continue
		}
		var best *trieNode
		end := 0
		for j := i; n != nil; {
			if n.term {
				best, end = n, j+1
			}
			j++
			if j >= len(toks) || toks[j].nl {
				break
			}
			n = sc.child(n, j)
		}
		if best == nil {
			continue
		}
		t := &toks[i]
		t.cats, t.ch, t.mEnd = best.cats, best.ch, int32(end)
		if best.cats&catNeutral != 0 {
			for k := i; k < end; k++ {
				toks[k].shadow = true
			}
		}
	}
}
