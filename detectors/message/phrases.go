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
	cats cat
	fam  fam
	// viet are the categories a one-word phrase has only from Vietnamese
	// spellings (vforms: their index in phraseTrie.vforms, plus one): they
	// are dropped for a token written with other Vietnamese tones, and for a
	// vietGated word outside Vietnamese text.
	viet        cat
	vforms      int32
	vgate       bool
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
	// vforms are the Vietnamese spellings (lower case, tones kept) of the
	// one-word phrases of a node (trieNode.vforms).
	vforms [][]string
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
	next map[string]*buildNode
	cats cat
	fam  fam
	// vietOnly and other: the categories of the one-word phrases folded to
	// this word from Vietnamese and from any other spelling.
	vietOnly, other cat
	vforms          []string
	vgate           bool
	ch              Channel
	term            bool
	digit           byte
	num             uint16
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
		t.nodes[q] = trieNode{cats: n.cats, fam: n.fam, viet: n.vietOnly &^ n.other, ch: n.ch, term: n.term, digit: n.digit,
			num:   n.num,
			first: int32(len(t.edges)), kids: int32(len(keys))}
		if t.nodes[q].viet != 0 {
			t.vforms = append(t.vforms, n.vforms)
			t.nodes[q].vforms = int32(len(t.vforms))
			t.nodes[q].vgate = n.vgate
		}
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
				if len(sc.toks) == 1 {
					if sc.viet {
						n.vietOnly |= e.cats
						n.vforms = append(n.vforms, strings.ToLower(p))
						n.vgate = vietGated[string(sc.norm)]
					} else {
						n.other |= e.cats
					}
				}
				if e.ch != 0 {
					n.ch = e.ch
				}
			}
		}
		// Family categories go on the phrases' nodes (each phrase is also in
		// the entries above).
		for _, fe := range famEntries() {
			for _, p := range fe.phrases {
				normalize(p, sc)
				sc.toks = tokenize(sc.norm, sc.toks)
				n := root
				for i := range sc.toks {
					n = n.next[string(sc.norm[sc.toks[i].s:sc.toks[i].e])]
					if n == nil {
						break
					}
				}
				if n != nil && n.term && len(sc.toks) > 0 {
					n.fam |= fe.fam
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

// vietGated are Vietnamese words that, typed without their tone marks, are
// everyday words of other languages: số (number) is "so", thêm (more)
// "them", đô (dollar) "do", chỉ (only) Italian "chi", nơi (place) Italian
// "noi". Their Vietnamese reading needs Vietnamese text (see vietnamese).
var vietGated = map[string]bool{"so": true, "them": true, "do": true, "chi": true, "noi": true}

// vietnameseMarkers are Vietnamese words that keep their shape typed without
// tones and are no word of the other languages: a text with one is read as
// Vietnamese though it has no Vietnamese letter.
var vietnameseMarkers = [...]string{"cua", "xin", "khong", "duoc", "nhe", "minh", "giup", "thoai", "chung"}

// vietnamese reports whether token i is read as Vietnamese: the token was
// written with a diacritic (the normalised bytes came from more original
// ones), the text has a letter only Vietnamese writes, or a Vietnamese word
// that survives typing without tones.
func (sc *scratch) vietnamese(i int) bool {
	t := &sc.toks[i]
	if sc.viet || sc.ne[t.e-1]-sc.ns[t.s] > t.e-t.s {
		return true
	}
	if sc.vietMarker == 0 { // once per message: "do" and "so" are frequent
		sc.vietMarker = -1
	scan:
		for k := range sc.toks {
			u := &sc.toks[k]
			if u.kind != tWord || u.alt != "" || u.e-u.s > 6 {
				continue
			}
			w := sc.norm[u.s:u.e]
			for _, m := range vietnameseMarkers {
				if string(w) == m {
					sc.vietMarker = 1
					break scan
				}
			}
		}
	}
	return sc.vietMarker > 0
}

// otherTones reports token i written with Vietnamese letters (precomposed,
// as typed) that spell none of forms: the same letters with other tones are
// another word. Text typed without tones, or decomposed, is not judged.
func (sc *scratch) otherTones(i int, forms []string) bool {
	t := &sc.toks[i]
	s, e := sc.ns[t.s], sc.ne[t.e-1]
	if e-s == t.e-t.s || int(e) > len(sc.text) {
		return false // plain ASCII as written
	}
	w := sc.text[s:e]
	viet := false
	for _, r := range w {
		if isVietLetter(r) {
			viet = true
			break
		}
	}
	if !viet {
		return false
	}
	for _, f := range forms {
		if strings.EqualFold(w, f) {
			return false
		}
	}
	return true
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
		var best, bestCat *trieNode
		end, endCat := 0, 0
		for j := i; n != nil; {
			if n.term {
				best, end = n, j+1
				if n.cats != 0 {
					bestCat, endCat = n, j+1
				}
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
		if t.shadow && t.kind == tHan && end == i+1 && best.cats&(catNeg|catNegX) != 0 {
			continue // "别" inside "识别": a character of a neutral word, no negation
		}
		extra := fam(0)
		if best.cats == 0 && bestCat != nil && best.fam != 0 && best.fam&^overlayFams == 0 {
			// An overlay family phrase ("no fees", "my alipay") keeps the
			// shorter phrase's categories at its start ("no", "my").
			extra, best, end = best.fam, bestCat, endCat
		}
		cats, ch := best.cats, best.ch
		if best.viet != 0 && end == i+1 && (best.vgate && !sc.vietnamese(i) || sc.otherTones(i, tr.vforms[best.vforms-1])) {
			// "so" is English before it is "số" typed without tones, and
			// "nhận" (receive) is not "nhắn" (message).
			cats &^= best.viet
			if cats == 0 {
				continue
			}
			if cats&(catChannel|catChannelWeak) == 0 {
				ch = 0
			}
		}
		t.cats, t.fam, t.ch, t.mEnd = cats, best.fam|extra, ch, int32(end)
		if best.cats&catNeutral != 0 {
			for k := i; k < end; k++ {
				toks[k].shadow = true
			}
		}
	}
}
