package message

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Evidence of an off-platform finding, beyond its spans: the lure as the
// reviewer would read it (an excerpt of the sentences that carry it, contact
// values masked), the cue words that made it a lure, the kinds of values and
// of indirect lures found.

// maxExcerptBytes bounds the excerpt; a lure is a sentence or two.
const maxExcerptBytes = 240

// excerpt returns the original text of the sentences holding the signals,
// with every contact value replaced by its masked form and any other long
// digit run masked too, so that the excerpt never reveals a value the
// detector did not parse.
func (sc *scratch) excerpt(text string, reveal bool) string {
	if len(sc.sigs) == 0 || len(sc.toks) == 0 {
		return ""
	}
	firstSent, lastSent := int32(1<<30), int32(-1)
	for i := range sc.sigs {
		s := &sc.sigs[i]
		if int(s.ts) >= len(sc.toks) {
			continue
		}
		firstSent = min(firstSent, sc.toks[s.ts].sent)
		lastSent = max(lastSent, sc.toks[max(s.ts, s.te-1)].sent)
	}
	ts, te := -1, -1
	for k := range sc.toks {
		if sc.toks[k].sent >= firstSent && sc.toks[k].sent <= lastSent {
			if ts < 0 {
				ts = k
			}
			te = k
		}
	}
	if ts < 0 {
		return ""
	}
	lo, hi := sc.origStart(int32(ts)), sc.origEnd(int32(te))
	if hi-lo > maxExcerptBytes {
		hi = lo + maxExcerptBytes
		for hi > lo && !utf8.RuneStart(text[hi]) {
			hi--
		}
	}
	order := make([]int, 0, len(sc.vals))
	for vi := range sc.vals {
		if v := &sc.vals[vi]; int(v.ts) < len(sc.toks) && v.te > v.ts {
			order = append(order, vi)
		}
	}
	slices.SortFunc(order, func(x, y int) int { return int(sc.vals[x].ts) - int(sc.vals[y].ts) })
	var b strings.Builder
	pos := lo
	for _, vi := range order {
		v := &sc.vals[vi]
		vs, ve := sc.origStart(v.ts), sc.origEnd(v.te-1)
		if vs < pos || vs >= hi {
			continue
		}
		if ve > hi {
			hi = vs // do not cut a value in half: stop before it
			break
		}
		b.WriteString(maskText(text[pos:vs], reveal))
		if v.platform {
			b.WriteString(text[vs:ve])
		} else {
			b.WriteString(sc.display(v, reveal))
		}
		pos = ve
	}
	if pos < hi {
		b.WriteString(maskText(text[pos:hi], reveal))
	}
	return b.String()
}

func maskText(s string, reveal bool) string {
	if reveal {
		return s
	}
	return maskDigitRuns(s)
}

// maskDigitRuns masks all but the first two digits of each run of five or
// more ASCII digits (separators inside the run allowed).
func maskDigitRuns(s string) string {
	run := 0
	for i := 0; i < len(s) && run < 5; i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			run++
		case s[i] != ' ' && s[i] != '-':
			run = 0
		}
	}
	if run < 5 {
		return s // the common case: nothing to mask, nothing to copy
	}
	out := []byte(s)
	for i := 0; i < len(out); {
		if out[i] < '0' || out[i] > '9' {
			i++
			continue
		}
		j, n := i, 0
		for j < len(out) && (out[j] >= '0' && out[j] <= '9' || (n > 0 && (out[j] == ' ' || out[j] == '-') && j+1 < len(out) && out[j+1] >= '0' && out[j+1] <= '9')) {
			if out[j] >= '0' && out[j] <= '9' {
				n++
			}
			j++
		}
		if n >= 5 {
			seen := 0
			for k := i; k < j; k++ {
				if out[k] >= '0' && out[k] <= '9' {
					seen++
					if seen > 2 {
						out[k] = '*'
					}
				}
			}
		}
		i = j
	}
	return string(out)
}

// cueWords lists the normalised cue phrases (invitations, possessives,
// requests, lure words) in the signals' sentences, at most limit of them.
func (sc *scratch) cueWords(limit int) []string {
	const cues = catInvite | catPossSelf | catPossYou | catPossSelfPost | catPossYouPost | catReqVerb | catAskHave |
		catOutside | catQR | catScan | catSearch | catShopName | catProfile | catElsewhere | catComfort | catAppRef
	inSignalSentence := func(sent int32) bool {
		for i := range sc.sigs {
			if t := int(sc.sigs[i].ts); t < len(sc.toks) && sc.toks[t].sent == sent {
				return true
			}
		}
		return false
	}
	var out []string
	for k := 0; k < len(sc.toks) && len(out) < limit; k++ {
		t := &sc.toks[k]
		if t.mEnd == 0 || t.cats&cues == 0 || t.kind == tPunct || !inSignalSentence(t.sent) || sc.coveredByMatch(k) {
			continue
		}
		w := sc.tokenText(int32(k), t.mEnd)
		if !containsString(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

var lureLabels = [...][2]string{
	{},
	{"a QR code to scan and add", "展示二维码让买家扫码添加"},
	{"a search for its shop or brand name on another app or the web", "让买家到其他软件或网上搜索其店名或品牌"},
	{"contact details placed in its profile", "把联系方式放在个人主页/资料中"},
	{"an invitation to talk somewhere else", "邀请买家换个地方沟通"},
	{"a pointer to its contact outside the chat (a document, a picture or its own website)", "指引买家到聊天之外（文件、图片或其官网）获取联系方式"},
}

// explainLure explains a finding whose only signals are indirect lures.
func explainLure(k lureKind, chs ChannelSet) (string, string) {
	en, zh := lureLabels[k][0], lureLabels[k][1]
	if names := chs.Names(); len(names) > 0 {
		var l, lz []string
		for c := Channel(1); c < numChannels; c++ {
			if chs.Has(c) {
				l = append(l, channelLabels[c])
				lz = append(lz, channelLabelsZH[c])
			}
		}
		en += " (" + strings.Join(l, ", ") + ")"
		zh += "（" + strings.Join(lz, "、") + "）"
	}
	return "The merchant steered the buyer off the platform without being asked, with " + en + ".",
		"商家在买家未提出的情况下引导买家到平台外沟通：" + zh + "。"
}
