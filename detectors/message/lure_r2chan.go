package message

import "bytes"

// Round two of the channel families: indirect contacts the first round's
// readers missed because the pieces sit further apart or in other words.
//
//   - a social page to follow and message there: "follow our page on FB
//     'NAME' and DM us" — a follow word (famFollow), a direct message
//     (famDM) and an app named in the sentence; "follow our store on the
//     platform" names no app, "DM me here" follows nothing;
//   - a private group or channel named in quotes or guillemets, its app
//     after the name: "вступайте в наш закрытый канал, ищите «NAME» в ТГ" —
//     the first round's group window (four tokens before the app) does not
//     reach over the quoted name;
//   - the same number on another app, also a described one: "نفس الرقم على
//     التطبيق الأخضر" (famSame, then the app);
//   - a QR code of a named app: "QR-код вичата", "Karekodu okutun";
//   - the official website with reserved or special prices (famOffer) or
//     found through a search engine, a negation in another clause ("je ne
//     peux pas tout dire ici") notwithstanding;
//   - a weak app name ("LINEで") and an "ID:" with a handle in the next
//     sentence.
//
// Each returns lurePointer: the contact waits outside the chat.

// r2In judges the sentence toks[s:e].
func (sc *scratch) r2In(s, e int) (lureKind, Channel) {
	sent := sc.toks[s].sent
	c, f := sc.sentCats[sent], sc.sentFam[sent]
	// Not paperwork or a question. "Your" does not stop a page, a group, a
	// site or the same number ("su" is also Italian "on"); it stops a QR
	// code ("scan your WeChat QR code"). The same number is on another app:
	// "the same number of phones" is a quantity.
	if c&catPaper != 0 || sc.asks(s, e) {
		return lureNone, 0
	}
	// The sentences around: "Follow our FB page 'NAME'. DM us there.",
	// "Вступайте в наш закрытый канал… ищите «NAME» в ТГ".
	ps, ne := sc.r2Around(s, e)
	nc, nf := c, f
	for k := ps; k < ne; k++ {
		if t := &sc.toks[k]; t.mEnd > 0 && !t.shadow {
			nc, nf = nc|t.cats, nf|t.fam
		}
	}
	yours := c&(catPossYou|catPossYouPost) != 0
	neg := c&catNegBreak == 0 && c&catNeg != 0
	// The merchant's own site ("our", the company's name): "the official
	// website of the standard" is not an offer. The offer in its sentence;
	// the search or the form also in the sentence before or after ("Google
	// our company name. On the official website …").
	ours := nc&(catPossSelf|catPossSelfPost|catShopName) != 0
	if ours && f&famPointer != 0 && (f&famOffer != 0 || nc&catSearch != 0 || sc.r2Form(ps, ne)) {
		if k := sc.r2Site(s, e); k != lureNone {
			return k, 0
		}
	}
	if neg {
		return lureNone, 0
	}
	for _, m := range sc.ments {
		if int(m.ts) < s || int(m.ts) >= e || sc.toks[m.ts].shadow {
			continue
		}
		switch {
		case f&famFollow != 0 && nf&famDM != 0 && socialApps[m.ch] && sc.r2Follows(s, int(m.ts)) && sc.r2DMThere(ps, ne):
			return lurePointer, m.ch
		case f&famSame != 0 && m.ch != ChannelPhone && sc.r2SameOn(s, int(m.ts)):
			return lurePointer, m.ch
		case !yours && c&catQR != 0 && !m.weak && c&(catGoods|catAltPay) == 0 && m.ch != ChannelPhone && sc.r2QRAt(m):
			return lurePointer, m.ch
		case nc&(catInvite|catSearch) != 0 && sc.r2Quoted(s, e) && sc.r2Group(ps, ne):
			return lurePointer, m.ch
		case c&catSearch != 0 && !m.weak && messagingApps[m.ch] && sc.r2QuotedApart(s, e, m):
			// "Búscanos en Telegram como 'NAME'": a name to search on an app.
			return lurePointer, m.ch
		}
	}
	if ch := sc.r2WeakID(s, e); ch != 0 {
		return lurePointer, ch
	}
	return lureNone, 0
}

// r2Around widens the sentence toks[s:e] to the sentences before and after.
func (sc *scratch) r2Around(s, e int) (int, int) {
	toks := sc.toks
	ps := s
	if ps > 0 {
		prev := toks[ps-1].sent
		for ps > 0 && toks[ps-1].sent == prev {
			ps--
		}
	}
	ne := e
	if ne < len(toks) {
		next := toks[ne].sent
		for ne < len(toks) && toks[ne].sent == next {
			ne++
		}
	}
	return ps, ne
}

// r2Site: the official website (famPointer and catProfile) with an offer,
// a search or a form, not negated in its own clause.
func (sc *scratch) r2Site(s, e int) lureKind {
	for k := s; k < e; k++ {
		t := &sc.toks[k]
		if t.mEnd == 0 || t.shadow || t.fam&famPointer == 0 || t.cats&catProfile == 0 {
			continue
		}
		if !sc.r2Official(k) {
			continue
		}
		cl := sc.clauseCats[t.clause]
		if cl&catNegBreak == 0 && cl&catNeg != 0 || cl&catHere != 0 {
			continue
		}
		return lurePointer
	}
	return lureNone
}

// r2Official: a site phrase that names the website, not the form alone.
func (sc *scratch) r2Official(k int) bool {
	t := &sc.toks[k]
	for j := k; j < int(t.mEnd); j++ {
		if r2Form[string(sc.norm[sc.toks[j].s:sc.toks[j].e])] {
			return false
		}
	}
	return true
}

// r2Form: a form phrase (the site phrases that are forms) in toks[s:e].
func (sc *scratch) r2Form(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &sc.toks[k]; t.kind == tWord && r2Form[string(sc.norm[t.s:t.e])] {
			return true
		}
	}
	return false
}

// r2Form are the words of a form among the site phrases.
var r2Form = normSet("form", "formulario", "formulaire", "formulário", "форма", "форму", "formu", "formular", "modulo", "النموذج", "फॉर्म", "formulir", "biểu", "แบบฟอร์ม", "フォーム", "表单", "填表")

// r2Before reports a token of family f in toks[s:i].
func (sc *scratch) r2Before(s, i int, f fam) bool {
	for k := s; k < i; k++ {
		if sc.toks[k].fam&f != 0 && sc.toks[k].mEnd > 0 {
			return true
		}
	}
	return false
}

// r2Quoted reports a name in quotes or guillemets in toks[s:e]: an opening
// mark, one to five words, a closing mark (« », „ “, “ ”, 「 」, 『 』, ' ',
// " ").
func (sc *scratch) r2Quoted(s, e int) bool { return sc.quotedOutside(s, e, -1, -1) }

// r2QuotedApart reports a quoted name in toks[s:e] that does not hold the
// mention m ("search 'WhatsApp case' in our store" names no app).
func (sc *scratch) r2QuotedApart(s, e int, m mention) bool {
	return sc.quotedOutside(s, e, int(m.ts), int(m.te))
}

// quotedOutside reports a quoted name in toks[s:e] whose quotes do not
// enclose toks[ts:te] (ts < 0: any quoted name).
func (sc *scratch) quotedOutside(s, e, ts, te int) bool {
	toks := sc.toks
	for k := s; k < e; k++ {
		if toks[k].kind != tPunct {
			continue
		}
		closeBy, ok := r2Quotes[string(sc.norm[toks[k].s:toks[k].e])]
		if !ok {
			continue
		}
		for j := k + 1; j < e && j <= k+6; j++ {
			if toks[j].kind != tPunct {
				continue
			}
			if j > k+1 && closeBy[string(sc.norm[toks[j].s:toks[j].e])] && (ts < 0 || ts > j || te <= k) {
				return true
			}
			break
		}
	}
	return false
}

// messagingApps are the apps a merchant is searched on by name.
var messagingApps = [numChannels]bool{
	ChannelWhatsApp: true, ChannelWeChat: true, ChannelQQ: true, ChannelTelegram: true, ChannelSkype: true, ChannelLine: true,
	ChannelViber: true, ChannelSignal: true, ChannelInstagram: true, ChannelFacebook: true, ChannelKakaoTalk: true,
	ChannelZalo: true, ChannelTikTok: true, ChannelVK: true, ChannelBiP: true, ChannelIMO: true, ChannelSnapchat: true,
	ChannelNaver: true, ChannelDiscord: true, ChannelThreema: true,
}

// r2Quotes maps an opening mark to its closing marks.
var r2Quotes = map[string]map[string]bool{
	"«": {"»": true}, "»": {"«": true}, "„": {"“": true, "”": true}, "“": {"”": true, "“": true},
	"「": {"」": true}, "『": {"』": true}, "'": {"'": true}, "\"": {"\"": true}, "‘": {"’": true}, "‹": {"›": true},
}

// r2Group reports a group or channel noun in toks[s:e].
func (sc *scratch) r2Group(s, e int) bool {
	for k := s; k < e; k++ {
		t := &sc.toks[k]
		if t.kind == tPunct || t.shadow {
			continue
		}
		// Thai writes the group inside the verb: "เข้ากลุ่มลับ".
		if sc.groupWord(k) || bytes.Contains(sc.norm[t.s:t.e], thaiGroup) {
			return true
		}
	}
	return false
}

// thaiGroup is the Thai group noun.
var thaiGroup = []byte("กลุ่ม")

// r2WeakID: a sentence opening with "ID:" and a handle, after a weak app
// name in the previous sentence ("詳細はLINEでお送りします。ID：solar_ken").
func (sc *scratch) r2WeakID(s, e int) Channel {
	toks := sc.toks
	if e-s < 3 || s == 0 || string(sc.norm[toks[s].s:toks[s].e]) != "id" || toks[s+1].kind != tPunct ||
		string(sc.norm[toks[s+1].s:toks[s+1].e]) != ":" || toks[s+2].kind != tWord {
		return 0
	}
	prev := toks[s-1].sent
	for i := len(sc.ments) - 1; i >= 0; i-- {
		m := sc.ments[i]
		if int(m.ts) >= s {
			continue
		}
		if toks[m.ts].sent != prev {
			break
		}
		if !toks[m.ts].shadow {
			return m.ch
		}
	}
	return 0
}

// socialApps are the apps with pages and accounts to follow.
var socialApps = [numChannels]bool{
	ChannelFacebook: true, ChannelInstagram: true, ChannelTikTok: true, ChannelVK: true, ChannelLinkedIn: true,
	ChannelSnapchat: true, ChannelNaver: true, ChannelKakaoTalk: true, ChannelLine: true, ChannelZalo: true,
	ChannelTelegram: true,
}

// r2Follows: a follow word at most six tokens before the app ("follow our
// page on FB", "İnstagram sayfamızı … takip edin" — or after it, within
// the same clause); "follow the steps in the manual" names no app there.
func (sc *scratch) r2Follows(s, i int) bool {
	toks := sc.toks
	for k := s; k < len(toks) && toks[k].sent == toks[s].sent; k++ {
		if toks[k].mEnd == 0 || toks[k].fam&famFollow == 0 {
			continue
		}
		if k < i && i-k <= 6 || k > i && toks[k].clause == toks[i].clause {
			return true
		}
	}
	return false
}

// r2DMThere: a direct-message word not in a clause that keeps the buyer
// here ("DM me here in the chat").
func (sc *scratch) r2DMThere(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &sc.toks[k]; t.mEnd > 0 && t.fam&famDM != 0 && sc.clauseCats[t.clause]&catHere == 0 {
			return true
		}
	}
	return false
}

// r2SameOn: "the same number" within four tokens before the app, not a
// quantity ("the same number of phones"; "el mismo número de WhatsApp" is
// the app's number).
func (sc *scratch) r2SameOn(s, i int) bool {
	toks := sc.toks
	for k := max(s, i-6); k < i; k++ {
		t := &toks[k]
		if t.mEnd == 0 || t.fam&famSame == 0 {
			continue
		}
		end := int(t.mEnd)
		if i-end > 4 {
			continue
		}
		if end < i && ofWords[string(sc.norm[toks[end].s:toks[end].e])] && i != end+1 {
			continue
		}
		return true
	}
	return false
}

// ofWords make "the same number" a quantity.
var ofWords = normSet("of", "de", "des", "di", "dei", "delle", "da", "do", "von")

// r2QRAt: the app names the QR code it stands next to ("QR-код вичата",
// "WhatsApp QR code", "微信二维码"), not the app the code is scanned with
// ("用微信扫二维码验证真伪").
func (sc *scratch) r2QRAt(m mention) bool {
	toks := sc.toks
	if int(m.te) < len(toks) && toks[m.te].mEnd > 0 && toks[m.te].cats&catQR != 0 {
		return true
	}
	for k := max(int(m.ts)-4, 0); k < int(m.ts); k++ {
		if toks[k].mEnd == 0 || toks[k].cats&catQR == 0 {
			continue
		}
		// Right before, or over one preposition ("QR-код в телеге").
		if e := toks[k].mEnd; e == m.ts || e+1 == m.ts && qrPreps[string(sc.norm[toks[e].s:toks[e].e])] {
			return true
		}
	}
	return false
}

// qrPreps join a QR code to the app it is sent in.
var qrPreps = normSet("в", "на", "in", "on", "en", "sur", "auf", "su", "no", "na", "trên", "qua", "via")

// normSet is the set of the words as normalised text spells them ("trên" →
// "tren").
func normSet(words ...string) map[string]bool {
	sc := new(scratch)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}
