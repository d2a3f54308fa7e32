package message

import "slices"

// The prefilter's word lists (prefilter.go) are kept by hand and knew English
// and the channel names, not every lexicon phrase typed without diacritics:
// "Handelsabsicherung", "Ticaret Guvencesi", "lien he" stopped there, and
// the buyer's request never reached the conversation. The lexicon's own
// phrases now feed the trigger index, folded as the normaliser folds message
// text (accents dropped, lower case), so the prefilter cannot fall behind the
// lexicon again.
//
// Not every phrase is a trigger alone. A category that only qualifies
// another (gateInertCats: negation, possessives, prices…) or that judges
// only together with a category that is itself a trigger (partnerCats:
// "talk" makes a lure only with "elsewhere", "search" only with a channel or
// "online") yields nothing by itself, and such words ("add", "talk", "find",
// "shop") fill ordinary product talk. Some categories judge only in pairs,
// whose words trigger together (rolePairs): a place and comfort make a lure
// ("somewhere more convenient"), a talk-to and an other-way word a buyer's
// request ("contact you another way"), the platform and a figure two prices
// ("via Alibaba 5.20, T/T 4.80"). A phrase is keyed on one word (phraseKey),
// and only when the index does not pass it already. TestPrefilterPassesLexicon
// checks every phrase, TestPrefilterConservative the whole analysis against
// the stopped path.

// Trigger roles of a lexicon word.
const (
	roleKey      uint8 = 1 << iota // a trigger alone
	rolePlace                      // a trigger with a comfort word (a lure: "somewhere more convenient")
	roleComfort                    // a trigger with a place word
	roleTalkTo                     // a trigger with an other-way word (a buyer's request: "contact you another way")
	roleOther                      // a trigger with a talk-to word
	rolePlatform                   // a trigger with a figure (two prices: "via Alibaba 5.20, T/T 4.80")
	roleFigure                     // a digit or '%' in the text (set by needs, not by a word)
	roleDeal                       // a trigger with an other-way word (a deal off the platform: "order outside the platform")
)

// rolePairs are the roles that trigger together.
var rolePairs = [...]uint8{rolePlace | roleComfort, roleTalkTo | roleOther, rolePlatform | roleFigure, roleDeal | roleOther}

// pairTriggers reports roles holding both halves of a pair.
func pairTriggers(roles uint8) bool { return pairDone[roles] }

// pairDone answers pairTriggers for every set of roles: one load per digit
// run and per paired word.
var pairDone = func() (t [256]bool) {
	for r := range t {
		for _, p := range rolePairs {
			if uint8(r)&p == p {
				t[r] = true
			}
		}
	}
	return t
}()

// gateInertCats are the categories that yield nothing by themselves: each
// only qualifies a channel or contact word, a contact value, a lure word, or
// Trade Assurance or the platform (judgeTA, collectMentions, the lure pass
// and buyerAsks all return early without one of those).
const gateInertCats = catPossSelf | catPossYou | catPossYouPost | catPossSelfPost | catReqVerb | catAskHave |
	catNeg | catNegBreak | catPaper | catAnti | catCodeCtx | catNeutral | catConnector | catProduct | catAccept |
	catTARefuse | catOnly | catSurcharge | catTANeutral | catAltPay | catCompare | catCurrency | catMore | catYou |
	catQuestion | catWithout | catGoods | catImage | catHere |
	catNegX | catMinOrder | catCond | catFine | catAskX | catPay | catPropose | catReport | catStayHere |
	catRise | catBecome | catPrice | catSite

// partnerCats judge only with a trigger category in the same sentence:
// catTalk and catInvite make a lure with catElsewhere (or place and
// comfort), catSearch and catShopName with a channel, a contact word or
// catAppRef, catScan with catQR, catProfile with a channel or contact word
// (lure.go).
const partnerCats = catTalk | catInvite | catScan | catSearch | catShopName | catProfile

// commonWords are words too frequent in product talk to key a phrase when
// the phrase has a rarer word ("via alibaba" is keyed on "alibaba").
var commonWords = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "of": true, "on": true, "in": true, "at": true, "by": true,
	"for": true, "with": true, "via": true, "is": true, "it": true, "me": true, "us": true, "my": true,
	"our": true, "your": true, "you": true, "we": true, "i": true, "and": true, "or": true, "no": true,
	"up": true, "out": true, "that": true, "this": true, "do": true, "so": true, "de": true, "la": true,
	"da": true, "el": true, "le": true, "il": true, "en": true, "un": true, "una": true,
	"di": true, "del": true, "al": true, "ve": true, "ile": true, "bir": true, "sie": true, "die": true,
	"der": true, "und": true, "mit": true, "se": true, "te": true, "per": true, "por": true, "para": true,
	"con": true, "through": true, "more": true, "other": true, "order": true, "price": true, "payment": true,
	"online": true,
}

// lexTrigger is a phrase's key as the prefilter sees it: a word, or, for a
// phrase of single letters, a letter with the mark (' ' for whitespace) and
// the letter that follow it in the phrase ("w . a": w, '.', a).
type lexTrigger struct {
	word  string
	spelt [3]byte // spelt[0] == 0: the word alone
}

// addLexiconTriggers keys every lexicon phrase that an ASCII message can
// match and that counts by itself (roleKey) or in a pair, unless ix passes
// it already (a trigger word, a disguise check: "through alibaba" once
// "alibaba" is keyed, "l.i.n.e", "vi-ber"). Phrases of fewer words go first,
// so that longer ones find their key already there.
func addLexiconTriggers(ix *triggerIndex) {
	type phrase struct {
		text  string
		words int
		role  uint8
	}
	var ps []phrase
	sc := new(scratch)
	for _, e := range slices.Concat(lexiconEntries(), intentLexicon) {
		role := phraseRole(e)
		if role == 0 {
			continue
		}
		for _, p := range e.phrases {
			normalize(p, sc)
			a := string(sc.norm)
			if !isASCII(a) {
				continue // ASCII text normalises to ASCII: it cannot match
			}
			n := 0
			for _, t := range tokenize(sc.norm, sc.toks) {
				if t.kind == tWord {
					n++
				}
			}
			ps = append(ps, phrase{a, n, role})
		}
	}
	slices.SortStableFunc(ps, func(a, b phrase) int { return a.words - b.words })
	for _, p := range ps {
		if ix.needs(p.text) {
			continue
		}
		k, ok := phraseKey(sc, p.text)
		if !ok {
			continue
		}
		if k.spelt[0] != 0 {
			ix.spelt[k.spelt] = true
			continue
		}
		ix.set[k.word] |= p.role
		ix.add(k.word)
	}
}

// phraseRole is the prefilter role of an entry's phrases, or 0. catOutside
// counts only in a buyer's request (with catTalkTo) and next to a channel or
// a price (which trigger by themselves).
func phraseRole(e lexEntry) uint8 {
	c := e.cats &^ (gateInertCats | partnerCats)
	const paired = catPlace | catComfort | catTalkTo | catOther | catOutside | catPlatform
	if e.ch != 0 || c&^paired != 0 {
		return roleKey
	}
	var r uint8
	for _, m := range [...]struct {
		c cat
		r uint8
	}{{catPlace, rolePlace}, {catComfort, roleComfort}, {catTalkTo, roleTalkTo}, {catOther | catOutside, roleOther},
		{catPlatform, rolePlatform}} {
		if c&m.c != 0 {
			r |= m.r
		}
	}
	if pairTriggers(r) {
		return roleKey
	}
	return r
}

// phraseKey picks the word of phrase p (normalised as message text is) that
// the prefilter keys it on: the longest word of two letters or more that is
// not a common word; else a single letter followed by a mark (or
// whitespace) and a letter ("w . a", "v x"). ok is false for a phrase of common words only ("số" typed
// "so", "no."): keyed, they would send everyday English to the analysis,
// which reads them only next to a value or a channel word, themselves
// triggers.
func phraseKey(sc *scratch, p string) (k lexTrigger, ok bool) {
	normalize(p, sc)
	toks := tokenize(sc.norm, sc.toks)
	sc.toks = toks
	best, bestP := "", lexTrigger{}
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		w := string(sc.norm[t.s:t.e])
		if len(w) >= 2 && len(w) <= 31 && !commonWords[w] && len(w) > len(best) {
			best = w
		}
		switch {
		case len(w) != 1 || bestP.spelt[0] != 0 || i+1 >= len(toks):
		case toks[i+1].kind == tWord && !toks[i+1].nl:
			bestP = lexTrigger{spelt: [3]byte{w[0], ' ', sc.norm[toks[i+1].s]}}
		case i+2 < len(toks) && toks[i+1].kind == tPunct && toks[i+1].e-toks[i+1].s == 1 && toks[i+2].kind == tWord:
			bestP = lexTrigger{spelt: [3]byte{w[0], sc.norm[toks[i+1].s], sc.norm[toks[i+2].s]}}
		}
	}
	switch {
	case best != "":
		return lexTrigger{word: best}, true
	case bestP.spelt[0] != 0:
		return bestP, true
	}
	return k, false
}
