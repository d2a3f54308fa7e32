package message

// invitedHandles links a handle to the app named earlier in the message when
// an invitation verb stands next to it: "Por WeChat es mucho más fácil,
// agrega anna-trade61", "Line jauh lebih gampang, add ID: anna_3444",
// "{app}가 훨씬 편해요, anna_3444 추가해 주세요". handleAfter reads only a
// handle written right after the name; here the handle sits in a later
// clause. A handle-like token with no app before it, or no invitation beside
// it, stays quiet ("model AB-2250 is easier, add the B-110 bracket").
//
// "My number/ID is …" stands for the invitation too: "Lassen Sie uns über
// Threema reden, meine Nummer ist vivian.3966" gives the app's ID.
func (sc *scratch) invitedHandles() {
	if sc.allCats&(catInvite|catNumberWord|catConnector) == 0 {
		return
	}
	if len(sc.ments) == 0 && sc.allCats&(catPossSelf|catInvite) != catPossSelf|catInvite {
		return
	}
	toks := sc.toks
	for i := range toks {
		t := &toks[i]
		if t.mEnd == 0 {
			continue
		}
		mine := i > 0 && toks[i-1].cats&catPossSelf != 0 && toks[i-1].mEnd == int32(i) &&
			(t.cats&catNumberWord != 0 || sc.is(i, "id"))
		if !mine && (t.cats&catInvite == 0 || t.cats&(catChannel|catChannelWeak) != 0) {
			continue
		}
		hs, he, ok := sc.handleBeside(i, int(t.mEnd))
		if !ok || sc.clauseCats[toks[hs].clause]&(catCodeCtx|catProduct) != 0 {
			continue // "add AB-2250 to the order": a model or item code
		}
		at := hs
		if mine {
			at = i - 1 // the app named before "my number", not the number word itself
		}
		if m, ok := sc.appBefore(at); ok {
			sc.addHandle(hs, he, m.ch, 0.9)
		} else if mine && sc.inviteInSentence(hs) {
			// "my ID: amy.k6058, add me": an account to add, whatever the app.
			sc.addHandle(hs, he, ChannelUnknown, 0.86)
		}
	}
}

// handleBeside finds a symbolic handle (letters with digits or _ . -) right
// after the invitation at [is, ie) — past ":", "me", "ID" — or right before
// it in the verb-final languages ("anna_3444 추가해", "anna_3444を追加").
func (sc *scratch) handleBeside(is, ie int) (int, int, bool) {
	toks := sc.toks
	k := ie
	for n := 0; k < len(toks) && n < 3 && toks[k].sent == toks[is].sent; n++ {
		if sc.isPunct(k, ':') || toks[k].mEnd > 0 && toks[k].cats&(catConnector|catPossSelf) != 0 {
			k = max(k+1, int(toks[k].mEnd))
			continue
		}
		break
	}
	if hs, he, ok := sc.handleAt(k, is); ok {
		return hs, he, true
	}
	// Verb-final: the handle ends at most one particle before the verb.
	for k := is - 1; k >= 0 && k >= is-6 && toks[k].sent == toks[is].sent; k-- {
		if k > 0 && toks[k].glued() && toks[k-1].kind != tPunct {
			continue // not the start of a chunk
		}
		if hs, he, ok := sc.handleAt(k, is); ok && he >= is-2 && he <= is {
			return hs, he, true
		}
	}
	return 0, 0, false
}

// handleAt reads a symbolic handle starting at token k, in the sentence of
// token s, that is no contact value, channel name or invitation already.
func (sc *scratch) handleAt(k, s int) (int, int, bool) {
	toks := sc.toks
	if k >= len(toks) || toks[k].sent != toks[s].sent || toks[k].kind != tWord {
		return 0, 0, false
	}
	if toks[k].mEnd > 0 && toks[k].cats&(catChannel|catChannelWeak|catInvite|catPossSelf|catPossYou|catReqVerb) != 0 {
		return 0, 0, false
	}
	e, symbolic := sc.handleEnd(k)
	if e == 0 || !symbolic || sc.overlapsValue(int(toks[k].s), int(toks[e-1].e)) {
		return 0, 0, false
	}
	return k, e, true
}

// appBefore is the app named last before token k in the message, neither
// refused nor product talk; a weak name ("Line") counts when praised in its
// sentence ("Line jauh lebih gampang").
func (sc *scratch) appBefore(k int) (mention, bool) {
	for mi := len(sc.ments) - 1; mi >= 0; mi-- {
		m := sc.ments[mi]
		if int(m.te) > k {
			continue
		}
		if m.ch == ChannelPhone || m.ch == ChannelFax || m.ch == ChannelContact || m.ch == ChannelEmail ||
			m.ch == ChannelUnknown {
			return mention{}, false
		}
		if sc.clauseCats[sc.toks[m.ts].clause]&catProduct != 0 || sc.channelRefused(int(m.ts), int(m.te)) {
			return mention{}, false
		}
		if m.weak && (sc.sentCats[sc.toks[m.ts].sent]&catPropose == 0 || !sc.nameHeadsClause(int(m.ts))) {
			return mention{}, false // "our new line is much easier, add SKU AB-2250"
		}
		return m, true
	}
	return mention{}, false
}

// appPrepositions may stand before an app's name at the head of a clause:
// "Por WeChat es más fácil", "Pelo Line", "В Telegram удобнее".
var appPrepositions = []string{
	"por", "pelo", "pela", "no", "na", "on", "via", "in", "su", "sur", "par", "в", "через", "auf", "über",
	"bằng", "qua", "lewat", "di", "pakai", "على", "عبر", "ทาง",
}

// nameHeadsClause reports a name written first in its clause, or after one
// preposition: a weak name ("Line") then names the app, not a product line.
func (sc *scratch) nameHeadsClause(ts int) bool {
	toks := sc.toks
	k := ts - 1
	for k >= 0 && toks[k].clause == toks[ts].clause && toks[k].kind == tPunct {
		k--
	}
	if k < 0 || toks[k].clause != toks[ts].clause {
		return true
	}
	j := k - 1
	for j >= 0 && toks[j].clause == toks[ts].clause && toks[j].kind == tPunct {
		j--
	}
	if j >= 0 && toks[j].clause == toks[ts].clause {
		return false
	}
	for _, w := range appPrepositions {
		if sc.is(k, w) {
			return true
		}
	}
	return false
}
