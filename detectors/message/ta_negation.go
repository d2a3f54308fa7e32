package message

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Negation and its scope for the Trade Assurance model: what a negation
// covers, verb-final morphology, pronouns, and the alternative payment after
// "only".

// negAccept reports a negation followed, in its clause, by an accepting verb
// ("don't accept", "не работаем", "لا نقبل"), unless the subject is the buyer
// ("if you don't use Trade Assurance …"). strict also requires the verb's object
// to be a pronoun or absent, for messages that do not name Trade Assurance.
func (sc *scratch) negAccept(i int, strict bool) (int, bool) {
	toks := sc.toks
	if (i > 0 && toks[i-1].cats&catYou != 0) || sc.condBefore(i) {
		return 0, false
	}
	clause := toks[i].clause
	for k := int(toks[i].mEnd); k < len(toks) && k <= int(toks[i].mEnd)+2 && toks[k].clause == clause; k++ {
		if toks[k].cats&catAccept == 0 || toks[k].mEnd == 0 {
			continue
		}
		e := int(toks[k].mEnd)
		if !strict {
			return e, true
		}
		if e >= len(toks) || toks[e].clause != clause || toks[e].kind == tPunct || sc.isPronoun(e) {
			return e, true
		}
		return 0, false
	}
	return 0, false
}

// negatedBefore reports a negation earlier in token i's clause ("you don't
// need to pay extra", "we do not charge any fee", "không làm tăng giá").
func (sc *scratch) negatedBefore(i int) bool {
	clause := sc.toks[i].clause
	for k := i - 1; k >= 0 && k >= i-8 && sc.toks[k].clause == clause; k-- {
		if sc.toks[k].cats&(catNeg|catNegX|catTARefuse) != 0 && sc.toks[k].mEnd > 0 && sc.toks[k].cats&catFine == 0 {
			return true
		}
	}
	return false
}

// negatedAfter reports a negation closing token i's clause in the languages
// that negate at the end ("추가 비용이 없습니다", "ek ücret yok", "extra
// charge nahi lagega", "追加料金はかかりません").
func (sc *scratch) negatedAfter(i int) bool {
	clause := sc.toks[i].clause
	for k := int(max(sc.toks[i].mEnd, int32(i+1))); k < len(sc.toks) && k <= i+5 && sc.toks[k].clause == clause; k++ {
		if sc.matchHas(k, catAltPay) {
			break // the negation is the other way's: "+8% via the platform, direct payment no plus" (Thai has no comma)
		}
		if sc.morphNeg(k) || finalNeg[string(sc.norm[sc.toks[k].s:sc.toks[k].e])] {
			return true
		}
	}
	return false
}

// finalNeg are negators that follow what they negate.
var finalNeg = map[string]bool{
	"yok": true, "degil": true, "değil": true, "nahi": true, "nahin": true, "nhi": true, "नहीं": true,
	"없음": true, "없습니다": true, "없어요": true, "なし": true, "ない": true, "不要": true, "免": true,
	"nicht": true, // German puts it after the verb: "der Preis steigt nicht"
}

// morphNeg reports a word negated by its ending or an inner particle, where a
// separate negator word does not exist: Korean (않/없/못/안 되), Japanese
// (〜ません, 〜ない), Turkish (-miyor, -maz/-mez, -mıyoruz), Thai (ไม่, its
// tone mark folded away).
func (sc *scratch) morphNeg(i int) bool {
	t := &sc.toks[i]
	if t.kind != tWord || (t.e-t.s < 3 && sc.norm[t.s] < 0xE0) {
		return false
	}
	b := sc.runBytes(i)
	switch c := b[0]; {
	case c < utf8.RuneSelf: // Turkish: -iyor after a negating -m(a/e), -maz/-mez, -madı/-medi
		if len(b) < 5 {
			return false
		}
		if bytes.Contains(b, yor) {
			return bytes.Contains(b, miyor) || bytes.Contains(b, muyor) || bytes.Contains(b, mıyor)
		}
		return bytes.HasSuffix(b, amaz) || bytes.HasSuffix(b, emez) || bytes.HasSuffix(b, madı) || bytes.HasSuffix(b, medi)
	case c >= 0xEA && c <= 0xED: // Hangul
		return bytes.Contains(b, koNot) || bytes.Contains(b, koNone) || bytes.Contains(b, koImpossible) ||
			bytes.HasPrefix(b, koCannot) || bytes.HasPrefix(b, koNotOK1) || bytes.HasPrefix(b, koNotOK2)
	case c == 0xE3: // kana
		for _, p := range kanaForms().negInnerB {
			if bytes.Contains(b, p) {
				return true
			}
		}
		return false
	case c == 0xE0: // Thai: ไม่ with its tone mark folded away
		return bytes.Contains(b, thNot)
	}
	return false
}

var (
	yor, miyor, muyor, mıyor     = []byte("yor"), []byte("miyor"), []byte("muyor"), []byte("mıyor")
	amaz, emez, madı, medi       = []byte("amaz"), []byte("emez"), []byte("madı"), []byte("medi")
	koNot, koNone, koImpossible  = []byte("않"), []byte("없"), []byte("불가")
	koCannot, koNotOK1, koNotOK2 = []byte("못"), []byte("안되"), []byte("안돼")
	thNot                        = []byte("ไม")
)

// runBytes is token i's text, extended, in scripts written without spaces,
// over the glued tokens of the same script after it: the segmenter may cut
// a verb into pieces (かか|り|ま|せ|ん).
func (sc *scratch) runBytes(i int) []byte {
	t := &sc.toks[i]
	b := sc.norm[t.s:t.e]
	if b[0] < 0xE0 {
		return b
	}
	for j := i + 1; j < len(sc.toks) && j <= i+8 && sc.toks[j].glued() && sc.toks[j].kind == tWord &&
		sc.norm[sc.toks[j].s] == b[0]; j++ {
		b = sc.norm[t.s:sc.toks[j].e]
	}
	return b
}

// morphRefusal is morphNeg without the set phrases that only look negative:
// apologies (すみません, 申し訳ありません) and "there is no problem".
func (sc *scratch) morphRefusal(i int) bool {
	if !sc.morphNeg(i) {
		return false
	}
	w := string(sc.runBytes(i))
	return !strings.HasPrefix(w, "ありません") && !strings.HasPrefix(w, "すみません") &&
		!strings.HasPrefix(w, "こさいません") && !strings.Contains(w, "문제없")
}

func containsAny(w string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

func (sc *scratch) isPronoun(i int) bool {
	t := &sc.toks[i]
	return pronouns[string(sc.norm[t.s:t.e])]
}

var pronouns = map[string]bool{
	"it": true, "that": true, "this": true, "lo": true, "la": true, "eso": true, "esto": true, "isso": true,
	"isto": true, "ca": true, "cela": true, "это": true, "его": true, "ذلك": true, "هذا": true, "这个": true,
	"那个": true, "das": true, "es": true, "bunu": true, "bu": true, "이거": true, "그거": true, "それ": true,
	"これ": true, "cái": true, "này": true, "itu": true, "ini": true, "questo": true, "ye": true,
	"yeh": true, "ise": true, "isko": true, "ce": true, "le": true,
}

// comparedTo reports "better than" / "mejor que": what follows "better" is
// what it is better than ("Trade Assurance is better than T/T").
func (sc *scratch) comparedTo(i int) bool {
	e := int(sc.toks[i].mEnd)
	if e >= len(sc.toks) {
		return false
	}
	for _, w := range [...]string{"than", "que", "als", "di", "dari", "hon", "hơn", "比", "से", "than"} {
		if sc.is(e, w) {
			return true
		}
	}
	return false
}

// altPayAfter reports an alternative payment method within four tokens after
// "only"/"prefer" ("only T/T", "we prefer Western Union", "mejor transferencia").
func (sc *scratch) altPayAfter(i int) (int, bool) {
	toks := sc.toks
	sent := toks[i].sent
	for k := int(toks[i].mEnd); k < len(toks) && k <= int(toks[i].mEnd)+3 && toks[k].sent == sent; k++ {
		if toks[k].cats&catAltPay != 0 && toks[k].mEnd > 0 {
			return int(toks[k].mEnd), true
		}
	}
	return 0, false
}

func (sc *scratch) sentHas(sent int32, c cat) bool { return sc.sentCats[sent]&c != 0 }

// clauseHasCost is clauseHas for the cost categories, leaving out a "more"
// that only says "no longer": French ne … plus, German nicht mehr, Russian
// больше не ("nous n'acceptons plus Trade Assurance" refuses; it costs
// nothing more).
func (sc *scratch) clauseHasCost(i int, c cat) bool {
	if !sc.clauseHas(i, c) {
		return false
	}
	clause := sc.toks[i].clause
	for k := range sc.toks {
		t := &sc.toks[k]
		if t.clause == clause && t.mEnd > 0 && t.cats&c != 0 && !sc.noLonger(k) {
			return true
		}
	}
	return false
}

// noLonger reports token k a one-word "more" of a "no longer": plus or
// jamais after ne/n' (French), mehr after nicht/kein (German), больше
// before не (Russian), più after non (Italian), mais after não (Portuguese).
func (sc *scratch) noLonger(k int) bool {
	toks := sc.toks
	if toks[k].mEnd != int32(k+1) {
		return false // "plus cher", "больше чем": a phrase of cost
	}
	w := string(sc.norm[toks[k].s:toks[k].e])
	neg := func(ws ...string) bool {
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].clause == toks[k].clause; j-- {
			for _, n := range ws {
				if sc.is(j, n) {
					return true
				}
			}
		}
		return false
	}
	switch w {
	case "plus", "jamais":
		return neg("n", "ne")
	case "mehr":
		return k > 0 && (sc.is(k-1, "nicht") || sc.is(k-1, "kein") || sc.is(k-1, "keine"))
	case "piu":
		return neg("non")
	case "mais":
		return neg("nao")
	case "больше":
		return k+1 < len(toks) && sc.is(k+1, "не")
	}
	return false
}
