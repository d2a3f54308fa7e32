package message

import (
	"slices"
	"sync"
)

// trieNode is one step of the phrase trie; phrases are sequences of tokens.
type trieNode struct {
	next  map[string]*trieNode
	cats  cat
	ch    Channel
	term  bool
	digit byte // on first-level nodes: the digit the word names ("uno", "いち"), or 0
}

var (
	phraseOnce sync.Once
	phraseRoot *trieNode
	// segmenter cuts kana, hangul and Thai runs into words; set once with the
	// trie, nil before (the tokeniser then leaves those runs whole).
	segmenter *spokenTable
)

// phrases returns the lexicon's trie, built once. Each phrase goes through the
// message normaliser and tokeniser, so matching is exact on normalised tokens.
func phrases() *trieNode {
	phraseOnce.Do(func() {
		entries := slices.Concat(lexiconEntries(), intentLexicon)
		root := &trieNode{next: map[string]*trieNode{}}
		sc := new(scratch)
		// The words of scripts written without spaces go into the segmenter's
		// dictionary first, so that phrases and messages are cut alike.
		seg := &spokenTable{segment: map[string]bool{}, maxSeg: spoken.maxSeg}
		for k := range spoken.segment {
			seg.segment[k] = true
		}
		for _, e := range entries {
			for _, p := range e.phrases {
				normalize(p, sc)
				for _, t := range tokenize(sc.norm, sc.toks) {
					if t.kind == tWord {
						seg.addSegment(string(sc.norm[t.s:t.e]))
					}
				}
			}
		}
		segmenter = seg
		for _, e := range entries {
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
		// A phrase built around an app's name ("whatsapp karo", "line 아이디")
		// names that app too, unless it names one itself.
		for _, e := range entries {
			if e.ch != 0 {
				continue
			}
			for _, p := range e.phrases {
				normalize(p, sc)
				sc.toks = tokenize(sc.norm, sc.toks)
				if len(sc.toks) < 2 {
					continue
				}
				n := root
				var named *trieNode
				for i := range sc.toks {
					k := string(sc.norm[sc.toks[i].s:sc.toks[i].e])
					if w := root.next[k]; w != nil && w.term && w.cats&catChannel != 0 && !w.ch.paperwork() {
						named = w
					}
					n = n.next[k]
				}
				if named != nil && n.ch == 0 {
					n.cats |= catChannel
					n.ch = named.ch
				}
			}
		}
		// Spoken digits ride on the first level, so that matching the
		// lexicon also reads them (no second lookup per word).
		for k, d := range spoken.digits {
			n := root.next[k]
			if n == nil {
				n = &trieNode{}
				root.next[k] = n
			}
			n.digit = d
		}
		phraseRoot = root
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
	root := phrases()
	toks := sc.toks
	for i := range toks {
		n := sc.child(root, i)
		if n == nil {
			continue
		}
		if toks[i].alt == "" {
			toks[i].digit = n.digit
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
