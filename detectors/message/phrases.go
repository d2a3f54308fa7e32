package message

import (
	"slices"
	"strings"
	"sync"
)

// trieNode is one step of the phrase trie; phrases are sequences of tokens.
// Nodes live in one slice and name their children by index, and the words on
// the edges are interned ids, so the trie holds no pointers for the garbage
// collector to trace (as maps it was most of the live heap, traced every
// cycle) and a step is an integer search, not a string-keyed map lookup.
type trieNode struct {
	cats        cat
	first, kids int32 // children: phraseTrie.edges[first : first+kids], sorted by word
	ch          Channel
	term        bool
	digit       byte   // on first-level nodes: the digit the word names ("uno", "いち"), or 0
	num         uint16 // on first-level nodes: the number word it is (spokenNumberWords), or 0
}

// trieEdge leads to node from its parent on word.
type trieEdge struct{ word, node int32 }

// phraseTrie is the lexicon's trie. The root's children are indexed by word
// id (every token looks one up); deeper nodes have few children, searched.
type phraseTrie struct {
	nodes []trieNode // nodes[0] is the root
	edges []trieEdge
	root  []int32 // word id → first-level node, or -1
	words wordTable
}

const noWord = -1

// node returns node i, or nil for a missing child (-1).
func (t *phraseTrie) node(i int32) *trieNode {
	if i < 0 {
		return nil
	}
	return &t.nodes[i]
}

// step is the child of node n on word w, or -1.
func (t *phraseTrie) step(n *trieNode, w int32) int32 {
	if w < 0 || n.kids == 0 {
		return -1
	}
	if n == &t.nodes[0] {
		return t.root[w]
	}
	es := t.edges[n.first : n.first+n.kids]
	if len(es) <= 8 {
		for _, e := range es {
			if e.word == w {
				return e.node
			}
		}
		return -1
	}
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].word < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(es) && es[lo].word == w {
		return es[lo].node
	}
	return -1
}

// wordTable interns the trie's words: open addressing over FNV-1a hashes,
// the words' bytes in one string, no pointers but that string.
type wordTable struct {
	text  string
	ends  []uint32 // word id → end of its bytes in text (start: previous end)
	slots []int32  // word id + 1, or 0 for an empty slot
	hash  []uint32 // hash of the word in each slot
	mask  uint32
}

func wordHash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func (t *wordTable) word(id int32) string {
	s := uint32(0)
	if id > 0 {
		s = t.ends[id-1]
	}
	return t.text[s:t.ends[id]]
}

// lookup returns the id of w, or noWord.
func (t *wordTable) lookup(w []byte) int32 {
	if len(t.slots) == 0 {
		return noWord
	}
	h := wordHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		id := t.slots[i]
		if id == 0 {
			return noWord
		}
		if t.hash[i] == h && t.word(id-1) == string(w) {
			return id - 1
		}
	}
}

// buildWordTable interns words (distinct) in the order given: id k is words[k].
func buildWordTable(words []string) wordTable {
	size := 1
	for size < 2*len(words) {
		size <<= 1
	}
	t := wordTable{ends: make([]uint32, len(words)), slots: make([]int32, size), hash: make([]uint32, size),
		mask: uint32(size - 1)}
	var b strings.Builder
	for k, w := range words {
		b.WriteString(w)
		t.ends[k] = uint32(b.Len())
	}
	t.text = b.String()
	for k, w := range words {
		h := wordHash([]byte(w))
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i], t.hash[i] = int32(k+1), h
	}
	return t
}

// buildNode is the trie while it is built, before flattening.
type buildNode struct {
	next  map[string]*buildNode
	cats  cat
	ch    Channel
	term  bool
	digit byte
	num   uint16
}

// flatten lays out the built trie: nodes breadth-first, edges sorted by word id.
func flatten(root *buildNode) *phraseTrie {
	seen := map[string]bool{}
	var words []string
	var collect func(n *buildNode)
	collect = func(n *buildNode) {
		for k, c := range n.next {
			if !seen[k] {
				seen[k] = true
				words = append(words, k)
			}
			collect(c)
		}
	}
	collect(root)
	slices.Sort(words)
	t := &phraseTrie{words: buildWordTable(words)}
	ids := make(map[string]int32, len(words))
	for k, w := range words {
		ids[w] = int32(k)
	}
	queue := []*buildNode{root}
	t.nodes = append(t.nodes, trieNode{})
	for q := 0; q < len(queue); q++ {
		n := queue[q]
		keys := make([]string, 0, len(n.next))
		for k := range n.next {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b string) int { return int(ids[a]) - int(ids[b]) })
		t.nodes[q] = trieNode{cats: n.cats, ch: n.ch, term: n.term, digit: n.digit, num: n.num,
			first: int32(len(t.edges)), kids: int32(len(keys))}
		for _, k := range keys {
			t.edges = append(t.edges, trieEdge{word: ids[k], node: int32(len(queue))})
			queue = append(queue, n.next[k])
			t.nodes = append(t.nodes, trieNode{})
		}
	}
	t.root = make([]int32, len(words))
	for i := range t.root {
		t.root[i] = -1
	}
	r := &t.nodes[0]
	for _, e := range t.edges[r.first : r.first+r.kids] {
		t.root[e.word] = e.node
	}
	return t
}

var (
	phraseOnce sync.Once
	phraseRoot *phraseTrie
	// segmenter cuts kana, hangul and Thai runs into words; set once with the
	// trie, nil before (the tokeniser then leaves those runs whole).
	segmenter *spokenTable
)

// phrases returns the lexicon's trie, built once. Each phrase goes through the
// message normaliser and tokeniser, so matching is exact on normalised tokens.
func phrases() *phraseTrie {
	phraseOnce.Do(func() {
		entries := slices.Concat(lexiconEntries(), intentLexicon)
		root := &buildNode{next: map[string]*buildNode{}}
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
		for _, w := range segmentOnly {
			normalize(w, sc)
			seg.addSegment(string(sc.norm))
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
						c = &buildNode{}
						if n.next == nil {
							n.next = map[string]*buildNode{}
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
				var named *buildNode
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
				n = &buildNode{}
				root.next[k] = n
			}
			n.digit = d
		}
		for k, v := range spokenNumberWords {
			n := root.next[k]
			if n == nil {
				n = &buildNode{}
				root.next[k] = n
			}
			n.num = v
		}
		phraseRoot = flatten(root)
	})
	return phraseRoot
}

// child is the child of n on token i (its folded form if any, else its
// text, else the text's stem without clitics), or nil. The token's word ids
// are set by matchPhrases.
func (sc *scratch) child(n *trieNode, i int) *trieNode {
	if n.kids == 0 {
		return nil
	}
	t := &sc.toks[i]
	tr := phraseRoot
	c := tr.step(n, t.wid)
	if c >= 0 || t.sid < 0 {
		return tr.node(c)
	}
	return tr.node(tr.step(n, t.sid))
}

// wordIDs sets each token's word id (its folded form or its text) and, when
// the text is not in the lexicon as it stands but may carry clitics, its
// stem's (보증은 → 보증, وبالتحويل → تحويل).
func (sc *scratch) wordIDs(tr *phraseTrie) {
	for i := range sc.toks {
		t := &sc.toks[i]
		t.sid = noWord
		if t.alt != "" {
			t.wid = tr.words.lookup([]byte(t.alt))
			continue
		}
		w := sc.norm[t.s:t.e]
		t.wid = tr.words.lookup(w)
		if len(w) < 4 || w[0] < 0xd8 {
			continue
		}
		if stem := cliticStem(w); stem != nil {
			t.sid = tr.words.lookup(stem)
		}
	}
}

// matchPhrases records on each token the longest phrase starting there, and
// marks tokens covered by neutral phrases ("phone case") as shadowed so they
// cannot name a channel.
func (sc *scratch) matchPhrases() {
	tr := phrases()
	sc.wordIDs(tr)
	root := &tr.nodes[0]
	toks := sc.toks
	for i := range toks {
		n := sc.child(root, i)
		if n == nil {
			continue
		}
		if toks[i].alt == "" {
			toks[i].digit, toks[i].num = n.digit, n.num
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
