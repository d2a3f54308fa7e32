package message

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A message with non-ASCII text used to go to the full analysis whatever it
// said. cleanUnicode stops most of the clean ones after the first, cheap half
// of the analysis — normalising, tokenising, folding and matching the
// lexicon, which the full analysis then reuses — and is conservative by
// construction rather than by a second word list:
//
//   - nothing was undone by the normaliser (no evasion flag) or folded by
//     foldJoins (no spaced, split or leetspeak token);
//   - no lexicon phrase matched but those of gateInertCats (question words,
//     possessives, prices, negation…, which only qualify a channel, a value,
//     a lure or Trade Assurance), and no spoken digit or "+": the matcher is
//     the analysis's own, on the same tokens;
//   - no script the analysis reads with its own substring tables or word
//     segmentation (Thai, kana, hangul, Devanagari…): those messages still
//     go to the full analysis;
//   - what remains (values, disguises) is read by the ASCII prefilter: if the
//     normalised text is ASCII (accented Latin), it is the text the analysis
//     reads, so the ASCII prefilter decides as it does for an ASCII message;
//     otherwise every
//     non-ASCII character is read as a space (a space joins digit runs and
//     separates words at least as much as the character did), and an ASCII
//     letter glued to a non-ASCII letter sends the message to analysis, as the
//     two would be one token there.
//
// TestUnicodeGateConservative checks, on every corpus, holdout and red-team
// message, every lexicon phrase alone and inside clean sentences of each
// language, and the disguise variants, that a message stopped here yields
// exactly what the full analysis yields: no finding and no conversation state.

// cleanUnicode reports whether the non-ASCII text, already normalised and
// passed through the lexical stage in sc (flags from normalize), can be
// stopped.
func (sc *scratch) cleanUnicode(flags obf) bool {
	if flags != 0 {
		return false
	}
	if sc.allCats&^gateInertCats != 0 {
		return false
	}
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.alt != "" || t.folded != 0 || t.cats&^gateInertCats != 0 || t.ch != 0 || t.digit != 0 || sc.isPlus(i) {
			return false // isPlus: a spoken "+" (плюс, cộng) starts a phone's tail
		}
	}
	// The lexicon has had its say (the ASCII prefilter's word lists know
	// English and the channel names, not "lien he" or "ticaret guvencesi"
	// typed without accents); what remains are values and disguises.
	b := sc.norm
	if isASCII(bytesView(b)) {
		return !needsAnalysis(bytesView(b))
	}
	// Project onto ASCII: each non-ASCII rune becomes one space.
	p := sc.proj[:0]
	prevLetter := false // the previous rune was an ASCII letter
	prevOther := false  // the previous rune was a non-ASCII letter or mark
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			if letter && prevOther {
				return false
			}
			p = append(p, c)
			prevLetter, prevOther = letter, false
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError || !plainRune(r) {
			return false
		}
		other := hasProp(r, propLetter|propMark)
		if other && prevLetter {
			return false
		}
		p = append(p, ' ')
		prevLetter, prevOther = false, other
		i += n
	}
	sc.proj = p
	return !needsAnalysis(bytesView(p))
}

// bytesView reads b as a string without copying; b must not change while the
// string is in use (here: during one prefilter call on scratch memory).
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// plainRune reports a non-ASCII rune of a script or class the gate may read
// as a space: letters of the alphabets whose words the lexicon matches whole
// (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic), CJK ideographs, and
// punctuation and currency signs. Thai, kana, hangul and the Indic scripts
// are read by the analysis with segmentation and substring tables, symbols
// and emoji may stand for a channel or a phone: not plain.
func plainRune(r rune) bool {
	switch {
	case isHan(r):
		return true
	case r < 0x0300:
		return hasProp(r, propLetter|propPunct) || unicode.Is(unicode.Sc, r) || r == 0xA0 || r == 0xB0
	case r >= 0x0370 && r <= 0x06FF: // Greek, Cyrillic, Armenian, Hebrew, Arabic
		return hasProp(r, propLetter|propMark|propPunct)
	case r >= 0x2010 && r <= 0x205E: // general punctuation
		return hasProp(r, propPunct)
	case r >= 0x20A0 && r <= 0x20BF: // currency signs
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK punctuation
		return r == 0x3000 || hasProp(r, propPunct)
	case r >= 0xFF01 && r <= 0xFF65: // full-width forms left by the normaliser
		return hasProp(r, propPunct)
	}
	return false
}

// gateInertCats are the categories that yield nothing by themselves: each
// only qualifies a channel or contact word, a contact value, a lure word, or
// Trade Assurance or the platform (judgeTA, collectMentions, the lure pass
// and buyerAsks all return early without one of those).
const gateInertCats = catPossSelf | catPossYou | catPossYouPost | catPossSelfPost | catReqVerb | catAskHave |
	catNeg | catNegBreak | catPaper | catAnti | catCodeCtx | catNeutral | catConnector | catProduct | catAccept |
	catTARefuse | catOnly | catSurcharge | catTANeutral | catAltPay | catCompare | catCurrency | catMore | catYou |
	catQuestion | catWithout | catGoods | catImage | catHere |
	catNegX | catMinOrder | catCond | catFine | catAskX | catPay | catPropose | catReport | catStayHere |
	catRise | catBecome | catPrice
