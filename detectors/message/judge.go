package message

import "slices"

// Judging a message: which contact values and channel mentions amount to a
// merchant steering the buyer off the platform.

type sigKind uint8

const (
	sigGive sigKind = iota + 1 // gives its own contact or invites to a channel
	sigAsk                     // asks for the buyer's contact
)

// signal is one piece of evidence that the sender steers off the platform.
type signal struct {
	kind   sigKind
	ch     Channel
	conf   float64
	ts, te int32 // token span
	val    int32 // index into sc.vals, or -1
	lure   lureKind
}

// mention is a channel named in the text.
type mention struct {
	ts, te int32
	ch     Channel
	weak   bool
}

// collectMentions lists the channel names in the text (weak ones too; they
// are activated by context in contactSignals).
func (sc *scratch) collectMentions() {
	sc.ments = sc.ments[:0]
	covered := 0 // tokens before this index belong to an earlier mention
	for i := range sc.toks {
		t := &sc.toks[i]
		if i < covered {
			continue // "the green app" / "green app", "上飞机" / "飞机聊": one mention
		}
		if t.mEnd == 0 || t.cats&(catChannel|catChannelWeak) == 0 || t.ch == 0 {
			continue
		}
		shadowed := false
		for k := i; k < int(t.mEnd); k++ {
			if sc.toks[k].shadow {
				shadowed = true
				break
			}
		}
		weak := t.cats&catChannel == 0
		if shadowed || (weak && !sc.standalone(i)) || sc.compound(mention{ts: int32(i), te: t.mEnd}) || sc.countedBefore(i) {
			continue
		}
		if len(sc.ments) == maxItems {
			return
		}
		sc.ments = append(sc.ments, mention{ts: int32(i), te: t.mEnd, ch: t.ch, weak: weak})
		covered = int(t.mEnd)
	}
}

// countedBefore reports a small count right before token i ("6 ไลน์", "3
// lines"): things counted, not an app.
func (sc *scratch) countedBefore(i int) bool {
	if i == 0 || sc.toks[i-1].kind != tNum || sc.toks[i].glued() {
		return false
	}
	p := &sc.toks[i-1]
	return p.e-p.s <= 3 && (i < 2 || sc.toks[i-2].kind != tNum && !sc.numSep(i-2))
}

// verbFinalNegs negate a clause from its end (Turkish: "iletişim bilgisi
// veremiyorum", I cannot give contact details).
var verbFinalNegs = map[string]bool{
	"veremiyorum": true, "veremiyoruz": true, "veremem": true, "veremeyiz": true, "paylasamiyorum": true,
	"paylasamiyoruz": true, "paylasamam": true, "paylasamayiz": true, "gonderemiyorum": true, "gonderemem": true,
	"yasak": true, "yasaktir": true,
}

// verbFinalNegated reports a verb-final negation later in mention m's clause.
func (sc *scratch) verbFinalNegated(m mention) bool {
	toks := sc.toks
	for k := int(m.te); k < len(toks) && toks[k].clause == toks[m.ts].clause && toks[k].sent == toks[m.ts].sent; k++ {
		if toks[k].kind == tWord && verbFinalNegs[sc.word(k)] {
			return true
		}
	}
	return false
}

// standalone reports whether a weak channel word stands on its own rather than
// inside a code or unit ("24V-3000K", "IP-line"): not glued to a number or a
// dash chain before it. The single letter "v" (WeChat shorthand) must also be
// followed by a colon ("V: shoes_amy666").
func (sc *scratch) standalone(i int) bool {
	toks := sc.toks
	if i > 0 && toks[i].glued() {
		p := &toks[i-1]
		if p.kind == tNum || (p.kind == tPunct && (sc.isPunct(i-1, '-') || sc.isPunct(i-1, '_') || sc.isPunct(i-1, '/'))) {
			return false
		}
	}
	if sc.gluedCode(i) {
		return false
	}
	if toks[i].kind == tWord && toks[i].e-toks[i].s == 1 && toks[i].alt == "" && int(toks[i].mEnd) == i+1 {
		e := int(toks[i].mEnd)
		return e < len(toks) && sc.isPunct(e, ':') || sc.vNickname(i)
	}
	return true
}

// compound reports a channel word used as part of a hyphenated adjective
// ("WhatsApp-compatible", "WeChat-style"), which names a feature, not a
// contact.
func (sc *scratch) compound(m mention) bool {
	e := int(m.te)
	if e+1 >= len(sc.toks) || !sc.toks[e].glued() || !sc.toks[e+1].glued() {
		return false
	}
	if sc.isPunct(e, '-') && sc.toks[e+1].kind == tWord {
		// "WhatsApp-Nummer", "WeChat-ID", "Facebook-Seite" name the account,
		// not a feature.
		if accountNouns[sc.word(e+1)] {
			return false
		}
		next := sc.toks[e+1].cats
		return sc.toks[e+1].mEnd == 0 || next&(catNumberWord|catConnector|catChannel|catChannelWeak) == 0
	}
	return sc.isPunct(e, '\'') && sc.is(e+1, "s") // "your phone's screen"
}

// accountNouns name an account after a hyphen ("Facebook-Seite").
var accountNouns = map[string]bool{"seite": true, "page": true, "gruppe": true, "group": true, "kanal": true,
	"channel": true, "konto": true, "account": true, "profil": true, "profile": true, "chat": true}

// context flags around one mention.
type around struct {
	possSelf, possYou, askHave, reqVerb, reqNear, invite, inviteNear, neg, product, question bool
}

func (sc *scratch) around(m mention, w int) around {
	toks := sc.toks
	var a around
	ts, te := int(m.ts), int(m.te)
	head := toks[ts].cats
	a.possSelf = head&catPossSelf != 0
	a.possYou = head&catPossYou != 0
	a.invite = head&catInvite != 0
	a.inviteNear = a.invite
	sent, clause := toks[ts].sent, toks[ts].clause
	neg, negBreak := false, false
	for k := ts - 1; k >= 0 && k >= ts-w && toks[k].sent == sent; k-- {
		c := toks[k].cats
		if c == 0 || toks[k].mEnd == 0 {
			continue
		}
		d := ts - k
		end := int(toks[k].mEnd)
		if c&catPossSelf != 0 && ts-end <= 1 {
			a.possSelf = true
		}
		if c&catPossYou != 0 && ts-end <= 2 {
			a.possYou = true
		}
		if c&catAskHave != 0 && d <= 6 {
			a.askHave = true
		}
		if c&catReqVerb != 0 {
			a.reqVerb = true
			if ts-end <= 3 {
				a.reqNear = true
			}
		}
		if c&catInvite != 0 {
			a.invite = true
			if ts-end <= 2 {
				a.inviteNear = true
			}
		}
		if toks[k].clause == clause || (toks[k].clause == clause-1 && sc.thaiAt(k) && sc.thaiAt(ts)) {
			// "don't hesitate to contact …" is an invitation: a negation
			// before it does not count either. Thai parts clauses with a
			// space: "ไม่ต้องใช้ ไลน์ไอดี" (no need for a LINE ID) is one.
			negBreak = negBreak || c&catNegBreak != 0
			neg = neg || (c&catNeg != 0 && !negBreak)
		}
	}
	a.neg = neg
	for k := te; k < len(toks) && k < te+3 && toks[k].sent == sent; k++ {
		if toks[k].cats&catPossYouPost != 0 {
			a.possYou = true
		}
		if k == te && toks[k].cats&catPossSelfPost != 0 {
			a.possSelf = true // "zalo của tôi", "WA saya"
		}
		if k == te && (sc.is(k, "me") || sc.is(k, "us") || toks[k].cats&catInvite != 0 && toks[k].kind == tHan) {
			a.invite, a.inviteNear = true, true // "whatsapp me", "微信聊"
		}
	}
	a.product = sc.clauseCats[clause]&catProduct != 0
	a.question = sc.sentCats[sent]&catQuestion != 0
	return a
}

// catsAfter is the union of the phrase categories of the n tokens after
// mention m in its sentence, up to a punctuation mark other than an
// apostrophe (Turkish suffixes: "WeChat'ınız var mı").
func (sc *scratch) catsAfter(m mention, n int) cat {
	toks := sc.toks
	var c cat
	sent := toks[m.ts].sent
	for k, seen := int(m.te), 0; k < len(toks) && seen < n && toks[k].sent == sent; k++ {
		switch {
		case toks[k].kind == tNum || sc.isPunct(k, '+') || sc.isPunct(k, '-'):
			continue // a number written between the name and the verb: "ライン +86 13734 を追加"
		case toks[k].kind == tPunct && !sc.isPunct(k, '\''):
			return c
		}
		seen++
		if toks[k].mEnd > 0 {
			c |= toks[k].cats
		}
	}
	return c
}

// reqRightBefore reports a request verb ending at most one token before
// mention m ("leave WhatsApp", "留个号码", "дайте номер").
func (sc *scratch) reqRightBefore(m mention) bool {
	for k := int(m.ts) - 1; k >= 0 && k >= int(m.ts)-3; k-- {
		t := &sc.toks[k]
		if t.sent != sc.toks[m.ts].sent {
			return false
		}
		if t.mEnd > 0 && t.cats&catReqVerb != 0 && int(m.ts)-int(t.mEnd) <= 1 {
			return true
		}
	}
	return false
}

// sentWords counts the words and ideographs of token i's sentence.
func (sc *scratch) sentWords(i int) int {
	sent, n := sc.toks[i].sent, 0
	for k := i; k >= 0 && sc.toks[k].sent == sent; k-- {
		if sc.toks[k].kind != tPunct {
			n++
		}
	}
	for k := i + 1; k < len(sc.toks) && sc.toks[k].sent == sent; k++ {
		if sc.toks[k].kind != tPunct {
			n++
		}
	}
	return n
}

// adjacentValue finds a contact value written with the mention ("WhatsApp:
// +86…", "QQ 2853…", "+86… whatsapp"): right after it (across connectors and
// other channel names, "wechat/whatsapp: +86…") or right before it.
func (sc *scratch) adjacentValue(m mention) int {
	toks := sc.toks
	ts, te := int(m.ts), int(m.te)
	sent := toks[ts].sent
	best := -1
	for vi := range sc.vals {
		v := &sc.vals[vi]
		if v.platform || int(v.ts) >= len(toks) || toks[v.ts].sent != sent {
			continue // the platform's own link or address is no one's contact
		}
		switch {
		case int(v.ts) >= te && int(v.ts)-te <= 8 && sc.onlyLinks(te, int(v.ts)):
			return vi
		case int(v.te) <= ts && ts-int(v.te) <= 2:
			best = vi
		}
	}
	return best
}

// onlyLinks reports whether tokens [a, b) are connectors, punctuation or
// other channel names, at most three words.
func (sc *scratch) onlyLinks(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := &sc.toks[k]
		switch {
		case t.kind == tPunct:
		case t.cats&(catConnector|catChannel|catChannelWeak|catPossSelf) != 0 || sc.coveredByMatch(k):
			words++
		default:
			return false
		}
	}
	return words <= 3
}

// coveredByMatch reports a token inside a phrase that started earlier ("id" in
// "wechat id").
func (sc *scratch) coveredByMatch(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if int(sc.toks[j].mEnd) > k {
			return true
		}
	}
	return false
}

// handleAfter finds a handle written after a mention: "Skype: jason.hwfab",
// "LINE ID: shoesfactory88", "my WeChat is mei_hairshowroom", "加我vx：hx_hair2026".
func (sc *scratch) handleAfter(m mention) (int, int, bool) {
	toks := sc.toks
	k, conn := int(m.te), 0
	// A plain word counts as a handle only after an explicit "ID"; otherwise
	// it must carry a digit or a symbol (shoes_amy666, qt-stone168).
	id := false
	for k < len(toks) && conn < 5 && toks[k].sent == toks[m.ts].sent {
		t := &toks[k]
		// Connectors, and a comma then "my number/ID is" ("Skype, il mio
		// numero è coco_361").
		// A postposition or a search verb between the app and the handle:
		// "노란색 메신저에서 mia_32 검색", "緑のアプリでpeter_27を検索", "绿泡泡搜amy_05".
		if t.kind != tPunct && conn < 2 && (sharePostpositions[sc.word(k)] || t.mEnd > 0 && t.cats&catSearch != 0) {
			k = max(k+1, int(t.mEnd))
			conn++
			continue
		}
		if t.cats&(catConnector|catPossSelf|catNumberWord) != 0 && t.mEnd > 0 || sc.isPunct(k, ':') || sc.isArrow(k) ||
			(sc.isPunct(k, ',') && k+1 < len(toks) && toks[k+1].cats&(catPossSelf|catConnector) != 0) {
			id = id || sc.is(k, "id")
			k = max(k+1, int(t.mEnd))
			conn++
			continue
		}
		break
	}
	if int(m.te) > 0 && sc.is(int(m.te)-1, "id") {
		id = true
	}
	if conn == 0 {
		k = sc.cjkVerbColon(k)
	}
	if conn == 0 && k == int(m.te) {
		k = sc.verbColon(k)
	}
	if k >= len(toks) || toks[k].kind == tPunct || toks[k].kind == tHan {
		return 0, 0, false
	}
	if id && toks[k].kind == tNum && toks[k].glued() && sc.is(k-1, "id") && toks[k].e-toks[k].s >= 5 {
		return k - 1, k + 1, true // "VK id71827692": the app's own id format
	}
	e, symbolic := sc.handleEnd(k)
	if e == 0 || (!symbolic && (!id || m.weak)) {
		return 0, 0, false
	}
	if toks[k].cats&(catChannel|catChannelWeak|catInvite|catPossSelf|catPossYou|catReqVerb) != 0 {
		return 0, 0, false
	}
	return k, e, true
}

// labelledHandle reports a handle right after a connector or a possessive
// ("my user is @cindy", "ID: amy.k6058").
func (sc *scratch) labelledHandle(v *value) bool {
	k := int(v.ts) - 1
	for k >= 0 && sc.toks[k].kind == tPunct && !sc.isPunct(k, ':') {
		k--
	}
	return k >= 0 && (sc.isPunct(k, ':') || sc.toks[k].cats&(catConnector|catPossSelf) != 0)
}

// soleApp is the one messaging app the message names, if it names one.
func (sc *scratch) soleApp() (Channel, bool) {
	var ch Channel
	for _, m := range sc.ments {
		if !messagingApps[m.ch] {
			continue
		}
		if ch != 0 && ch != m.ch {
			return 0, false
		}
		ch = m.ch
	}
	return ch, ch != 0
}

// shareThere reports a message app named as where the merchant will send or
// discuss something: a word of the share family in the sentence, and the
// app's name after a preposition ("on WhatsApp", "в вотсап", "qua Zalo") or
// before a postposition ("LINEで", "카톡으로", "微信上", "WhatsApp'tan").
// An everyday word ("line", "signal") counts only before a postposition.
func (sc *scratch) shareThere(m mention) bool {
	toks := sc.toks
	ts, te := int(m.ts), int(m.te)
	sent := toks[ts].sent
	if !messagingApps[m.ch] || (sc.sentFam[sent]&famShare == 0 && sc.sentCats[sent]&(catReqVerb|catTalk) == 0) {
		return false
	}
	if c := sc.sentCats[sent]; c&catNeg != 0 && c&catNegBreak == 0 {
		return false // "don't trust anyone who sends you a catalog on WhatsApp"
	}
	for k := range toks {
		if toks[k].sent == sent && toks[k].kind != tPunct && (sc.wordFrom(k, deviceWords) || sc.featureAt(k)) {
			return false // "this phone supports video calls on WhatsApp": what the goods do
		}
	}
	// "send it by line", "on signal": ordinary English words after a
	// preposition; "LINEで" is the app.
	everyday := m.weak && m.ch != ChannelWhatsApp && isASCII(string(sc.norm[toks[ts].s:toks[ts].e]))
	if !everyday && ts > 0 && toks[ts-1].sent == sent && toks[ts-1].kind == tWord && sharePrepositions[sc.word(ts-1)] {
		return true
	}
	// A postposition inside the matched name ("whatsapp'tan" is one match)
	// or right after it, past an apostrophe.
	for k := ts + 1; k < te; k++ {
		if toks[k].kind != tPunct && sharePostpositions[sc.word(k)] {
			return true
		}
	}
	k := te
	if k < len(toks) && sc.isPunct(k, '\'') {
		k++
	}
	return k < len(toks) && toks[k].sent == sent && toks[k].kind != tPunct && toks[k].kind != tNum &&
		sharePostpositions[sc.word(k)]
}

// word is token k's text as normalised.
func (sc *scratch) word(k int) string {
	t := &sc.toks[k]
	return string(sc.norm[t.s:t.e])
}

// verbColon skips a short verb phrase and the colon after it ("instagramdan
// DM atın: …", "Telegram, write me: …", "카톡으로 얘기해요~ 아이디: …"): the
// handle follows. k itself when there is none.
func (sc *scratch) verbColon(k int) int {
	toks := sc.toks
	after := k // past a connector ("绿泡泡搜我名字 jason.yong73")
	for j := k; j < len(toks) && j < k+6 && toks[j].sent == toks[k].sent; j++ {
		if sc.isPunct(j, ':') {
			if j > k {
				return j + 1
			}
			return k
		}
		if toks[j].mEnd > 0 && toks[j].cats&catConnector != 0 {
			if idWords[string(sc.norm[toks[j].s:toks[toks[j].mEnd-1].e])] {
				after = int(toks[j].mEnd)
			}
			continue // "카톡으로 얘기해요~ 아이디: …"
		}
		if toks[j].kind == tNum || toks[j].kind == tHan && j-k > 3 && after == k {
			return k
		}
		if after > k && toks[j].kind != tPunct {
			return after
		}
	}
	return k
}

// idWords name an account ("ID", "아이디", "名字"): a handle follows them.
var idWords = normalizedSet("id", "아이디", "名字", "昵称", "账号", "username", "user", "utente", "usuario",
	"ユーザー名", "ユーザー", "ник", "kullanıcı", "pengguna")

// arrows point from a channel's name to its handle as a colon does ("LINE
// ID → tanaka_boeki", "WeChat ➡️ lucy_2288").
var arrows = []string{"→", "➡", "➔", "⇒", "👉", "▶", "►", ">", "⟶", "⮕", "👇"}

func (sc *scratch) isArrow(k int) bool {
	t := &sc.toks[k]
	if t.kind != tPunct {
		return false
	}
	return slices.Contains(arrows, string(sc.norm[t.s:t.e]))
}

// cjkVerbColon skips a Japanese, Korean or Chinese verb phrase and the colon
// after it ("Skypeでお願いします：", "ワッツアップで送ります：", "카톡으로
// 연락주세요:"): the handle follows. k itself when there is none.
func (sc *scratch) cjkVerbColon(k int) int {
	toks := sc.toks
	for j := k; j < len(toks) && j < k+maxVerbTokens; j++ {
		t := &toks[j]
		if sc.isPunct(j, ':') {
			if j > k {
				return j + 1
			}
			return k
		}
		if t.kind != tHan && (t.kind != tWord || sc.norm[t.s] < 0xE3) {
			return k
		}
	}
	return k
}

// maxVerbTokens bounds the verb phrase cjkVerbColon skips: kana are segmented
// into short words ("で お 願 い し ます" is six).
const maxVerbTokens = 10

// contactSignals turns values and mentions into signals: a value is one by
// itself; a channel name is one with a cue (an invitation, a possessive, a
// request, a value next to it) and no negation.
func (d *Detector) contactSignals(sc *scratch) {
	sc.sigs = sc.sigs[:0]
	w := d.cfg.KeywordWindow
	// Handles written after a channel name.
	for _, m := range sc.ments {
		if m.ch == ChannelPhone || m.ch == ChannelFax || m.ch == ChannelContact {
			continue
		}
		if m.ch == ChannelEmail && !(int(m.te) < len(sc.toks) && sc.isPunct(int(m.te), ':')) {
			continue // "Email: tony.chen88" names an account; "email tony" does not
		}
		if hs, he, ok := sc.handleAfter(m); ok && !sc.overlapsValue(int(sc.toks[hs].s), int(sc.toks[he-1].e)) {
			sc.addHandle(hs, he, m.ch, 0.93)
		}
	}
	sc.invitedHandles()
	// Values take the channel named next to them.
	for vi := range sc.vals {
		v := &sc.vals[vi]
		if v.kind != valPhone && v.kind != valHandle {
			continue
		}
		if ch, ok := sc.nearestChannel(v, w); ok {
			v.ch = ch
		} else if v.kind == valHandle && v.ch == ChannelUnknown && sc.labelledHandle(v) {
			// "… the app with the blue paper plane ✈️ my user is @cindy": the
			// message's one messaging app, named in another sentence.
			if ch, ok := sc.soleApp(); ok {
				v.ch = ch
			}
		}
	}
	for mi := range sc.ments {
		m := sc.ments[mi]
		a := sc.around(m, w)
		vi := sc.adjacentValue(m)
		if !a.invite && !a.neg && vi < 0 && sc.shareThere(m) {
			a.invite, a.inviteNear = true, true // "I'll send you the catalog on WhatsApp"
		}
		// Languages that put the verb last ask after the name: "LINEはお持ち
		// ですか", "카톡 있으세요", "WeChat'ınız var mı", "number de do".
		after := sc.catsAfter(m, 4)
		fwdHave, fwdReq := after&catAskHave != 0, after&catReqVerb != 0
		a.possYou = a.possYou || after&catPossYouPost != 0
		if after&catInvite != 0 && !a.neg {
			a.invite = true // "WeChat'tan ekleyin", "LINEを追加してください", "카톡 추가해 주세요"
			a.inviteNear = true
		}
		// "카카오톡 아이디 남겨주시면", "ラインのIDを教えて": a request right after.
		reqAfter := fwdReq && !a.possSelf && !m.ch.paperwork() && vi < 0
		generic := sc.toks[m.ts].cats&catNumberWord != 0
		// "Дайте номер", "留个号码", "ขอเบอร์", "번호 주시면": a bare "number"
		// right next to a request verb, in a sentence about no code or paper.
		numberAsk := generic && (sc.reqRightBefore(m) || sc.catsAfter(m, 1)&catReqVerb != 0) &&
			sc.sentCats[sc.toks[m.ts].sent]&(catCodeCtx|catPaper) == 0
		haveAsk := (a.askHave || fwdHave) && (a.question || sc.sentCats[sc.toks[m.ts].sent]&catQuestion != 0) ||
			sc.hanHaveQuestion(m)
		if m.weak {
			// A possessive further off owns another noun: "our new line is
			// easier" is a product line, "our LINE is easier" the app.
			ok := vi >= 0 || sc.possessedAt(int(m.ts)) || (!generic && (a.inviteNear || (a.possSelf && sc.possessiveHeads(m)))) ||
				numberAsk || (!generic && (haveAsk || reqAfter)) || sc.groupCue(m)
			if !ok || (sc.strictNick(m) && vi < 0 && !sc.strictCue(m)) {
				continue
			}
		}
		if (a.neg || sc.verbFinalNegated(m)) && vi < 0 {
			continue
		}
		ask := (a.possYou || a.askHave) && (a.reqVerb || a.question || a.askHave || fwdReq) || haveAsk ||
			a.reqNear && a.question || // "方便留个微信吗？", "can you share WhatsApp?"
			a.question && sc.sentWords(int(m.ts)) <= 3 || // "WhatsApp?"
			numberAsk || reqAfter ||
			// "leave your/a WhatsApp", "tinggalkan whatsapp", "ฝาก WhatsApp ไว้"
			(sc.reqRightBefore(m) && !a.possSelf && !m.ch.paperwork() && vi < 0)
		if a.possYou && a.product && !a.reqVerb {
			continue // "we can print your Instagram handle on the lid"
		}
		// "my WhatsApp" invites; "my phone", "my email" alone are everyday talk
		// ("my phone died"), so those need a value or an invitation. A label
		// ("WeChat:") counts through the value or handle written after it.
		poss := a.possSelf && !m.ch.paperwork()
		if vi < 0 && !poss && !ask && (sc.scanForGoods(m) || sc.appFeature(m)) {
			continue // "scan the QR code with WeChat to verify authenticity"; "add the WhatsApp group feature"
		}
		give := vi >= 0 || poss || a.invite || sc.groupCue(m)
		conf := 0.0
		kind := sigGive
		switch {
		case ask:
			kind, conf = sigAsk, 0.9
		case give && poss:
			conf = 0.92
		case give:
			conf = 0.9
		case (a.reqNear || sc.catsAfter(m, 2)&catReqVerb != 0) && m.ch.paperwork():
			kind, conf = sigAsk, 0.8 // "please share an e-mail", "请提供…电话"
		default:
			continue
		}
		if m.weak {
			conf -= 0.05
		}
		if vi >= 0 && sc.vals[vi].ch == ChannelPhone && m.ch.phoneCapable() {
			sc.vals[vi].ch = m.ch
		}
		sc.sigs = append(sc.sigs, signal{kind: kind, ch: m.ch, conf: conf, ts: m.ts, te: m.te, val: -1})
	}
	for vi := range sc.vals {
		v := &sc.vals[vi]
		if v.platform {
			continue
		}
		if v.kind == valHandle && v.ch == ChannelUnknown && !sc.inviteInSentence(int(v.ts)) {
			continue // "@name" alone may be anything
		}
		sc.sigs = append(sc.sigs, signal{kind: sigGive, ch: v.ch, conf: v.conf, ts: v.ts, te: v.te, val: int32(vi)})
	}
	if len(sc.sigs) == 0 {
		sc.lureSignals()
	}
	if len(sc.sigs) == 0 {
		if m, ok := sc.danglingAnnouncement(); ok {
			// "số em:", "ไลน์", "WA : 175": the number follows in the next
			// messages (split_announce.go).
			sc.sigs = append(sc.sigs, signal{kind: sigGive, ch: m.ch, conf: announcementConf, ts: m.ts, te: m.te, val: -1})
			if sc.tail == "" {
				sc.tail = string(pendingAnnounced)
			}
		}
	}
}

// nearestChannel finds the channel named closest to a value in its sentence,
// preferring one named before it.
func (sc *scratch) nearestChannel(v *value, w int) (Channel, bool) {
	toks := sc.toks
	if int(v.ts) >= len(toks) {
		return 0, false
	}
	sent := toks[v.ts].sent
	best, bestD := Channel(0), 1<<30
	for _, m := range sc.ments {
		if toks[m.ts].sent != sent || m.ch == ChannelPhone || m.ch == ChannelContact {
			continue
		}
		if v.kind == valPhone && !m.ch.phoneCapable() {
			continue
		}
		if v.kind == valHandle && (m.ch == ChannelEmail || m.ch == ChannelFax) {
			continue
		}
		dist := 0
		switch {
		case m.te <= v.ts:
			dist = int(v.ts - m.te)
		case m.ts >= v.te:
			dist = int(m.ts-v.te) + 3 // after the value: weaker
		default:
			continue
		}
		if m.weak && dist > 3 {
			continue
		}
		if dist <= w && dist < bestD {
			best, bestD = m.ch, dist
		}
	}
	return best, bestD <= w
}

func (sc *scratch) inviteInSentence(i int) bool {
	return sc.sentCats[sc.toks[i].sent]&catInvite != 0
}

// maxItems bounds the mentions, values and amounts kept per message, so that
// the pairwise steps (value next to mention, price against price) stay cheap
// on hostile input; real messages hold a handful.
const maxItems = 64

// indexSentences records the categories matched in each sentence and clause,
// so that "is there a question mark / a neutraliser in this sentence" is one
// lookup.
func (sc *scratch) indexSentences() {
	sc.sentCats, sc.clauseCats, sc.allCats = sc.sentCats[:0], sc.clauseCats[:0], 0
	sc.sentFam, sc.allFam = sc.sentFam[:0], 0
	for i := range sc.toks {
		t := &sc.toks[i]
		for int(t.sent) >= len(sc.sentCats) {
			sc.sentCats = append(sc.sentCats, 0)
			sc.sentFam = append(sc.sentFam, 0)
		}
		for int(t.clause) >= len(sc.clauseCats) {
			sc.clauseCats = append(sc.clauseCats, 0)
		}
		if t.mEnd > 0 {
			sc.sentCats[t.sent] |= t.cats
			sc.clauseCats[t.clause] |= t.cats
			sc.allCats |= t.cats
			sc.sentFam[t.sent] |= t.fam
			sc.allFam |= t.fam
		}
	}
}

// msgCats is the union of the categories matched anywhere in the message.
func (sc *scratch) msgCats() cat { return sc.allCats }

// possessiveHeads reports the first-person possessive of a weak name's
// sentence written right before it, or a clause earlier ("Line? Our ID …"):
// not with other words between them in its clause ("our new line").
func (sc *scratch) possessiveHeads(m mention) bool {
	toks := sc.toks
	for k := int(m.ts) - 1; k >= 0 && toks[k].clause == toks[m.ts].clause; k-- {
		if toks[k].cats&(catPossSelf|catPossSelfPost) != 0 && toks[k].mEnd > 0 {
			return toks[k].mEnd >= m.ts // only the possessive, no word between
		}
	}
	return true
}

// scanForGoods reports a sentence where the app of mention m only scans a QR
// code about the goods (authenticity, warranty registration, the manual): the
// only invitation in it is the verb of scanning, so no one is added; a
// purpose word says what the code is for ("to verify authenticity").
func (sc *scratch) scanForGoods(m mention) bool {
	sent := sc.toks[m.ts].sent
	if sc.sentCats[sent]&catQR == 0 {
		return false
	}
	purpose := false
	for k := range sc.toks {
		t := &sc.toks[k]
		if t.sent != sent {
			continue
		}
		purpose = purpose || sc.prefixAt(k, qrPurposes)
		if t.mEnd == 0 || t.shadow {
			continue
		}
		if t.cats&catInvite != 0 && t.cats&catScan == 0 {
			return false
		}
	}
	return purpose
}

// qrPurposes are what a QR code on the goods is scanned for: authenticity,
// the warranty, the manual. Prefixes of the normalized text.
var qrPurposes = []string{
	"authentic", "genuine", "warranty", "manual", "instructions", "防伪", "真伪", "说明书", "保修", "质保",
	"autenticidad", "autenticidade", "authenticité", "echtheit", "autenticità", "подлинност", "инструкци", "гаранти",
	"orijinal", "kılavuz", "garanti", "الأصالة", "الضمان", "دليل", "असलियत", "मैनुअल", "वारंटी", "keaslian", "asli",
	"panduan", "chính hãng", "hướng dẫn", "bảo hành", "ของแท้", "คู่มือ", "รับประกัน", "真贋", "説明書", "保証",
	"정품", "설명서", "매뉴얼", "보증", "garantía", "garantia", "garantie", "mode d'emploi", "anleitung",
	"istruzioni", "manuale",
}

// prefixAt reports a word of ws starting at token k.
func (sc *scratch) prefixAt(k int, ws []string) bool {
	rest := sc.norm[sc.toks[k].s:]
	for _, w := range ws {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w {
			return true
		}
	}
	return false
}

// featureWords name a feature of a device or program: "the WhatsApp group
// feature" of a watch is its firmware, no invitation. Compared as prefixes
// of the normalized text, so Han and Vietnamese words spanning tokens match.
var featureWords = []string{
	"feature", "function", "functionality", "功能", "función", "funcion", "funcionalidad", "funcionalidade", "função", "funcao",
	"fonction", "funktion", "funzione", "funzioni", "функци", "özellik", "özelliğ", "ميزة", "خاصية", "फ़ीचर", "फीचर", "fitur",
	"tính năng", "ฟีเจอร์", "ฟังก์ชัน", "機能", "기능",
}

// appFeature reports a feature word within the three tokens after mention m
// ("WhatsApp group feature", "微信群功能"), with no "me" or "us" there, or
// within the four before it in its clause ("la fonction groupe WhatsApp",
// "fitur grup WhatsApp").
func (sc *scratch) appFeature(m mention) bool {
	toks := sc.toks
	sent, clause := toks[m.ts].sent, toks[m.ts].clause
	for k := int(m.te); k < len(toks) && k < int(m.te)+3 && toks[k].sent == sent; k++ {
		if sc.is(k, "me") || sc.is(k, "us") {
			return false
		}
		if sc.featureAt(k) {
			return true
		}
	}
	for k := int(m.ts) - 1; k >= 0 && k >= int(m.ts)-4 && toks[k].clause == clause && toks[k].sent == sent; k-- {
		if sc.featureAt(k) {
			return true
		}
	}
	return false
}

// featureAt reports a feature word starting at token k. A word ending in
// an ASCII letter is a whole word or its plural ("features", not
// "featured"); one ending in another script is a stem ("функцию", "功能").
func (sc *scratch) featureAt(k int) bool { return sc.wordFrom(k, featureWords) }

// wordFrom reports one of words (as normalised) starting at token k, read as
// featureAt reads its words.
func (sc *scratch) wordFrom(k int, words []string) bool {
	t := &sc.toks[k]
	rest := sc.norm[t.s:]
	for _, w := range words {
		if len(rest) < len(w) || string(rest[:len(w)]) != w {
			continue
		}
		end := int(t.s) + len(w)
		if w[len(w)-1] >= 0x80 || end >= int(t.e) {
			return true
		}
		if tail := string(sc.norm[end:t.e]); tail == "s" || tail == "es" {
			return true
		}
	}
	return false
}
