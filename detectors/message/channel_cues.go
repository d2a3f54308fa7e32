package message

// Cues for the channel nicknames of lexicon_channels.go that are also
// everyday words, and for WeChat written as the single letter "V".

// strictNickWords are weak channel names that are ordinary words too (tele =
// TV, face, band, 卫星 = satellite, 薇/威/微 in names and words, "whatsup" the
// greeting): they name the app only with a value or a personal invitation
// ("text me on face", "加我薇"), not through a bare "add" ("add a band") or a
// possessive alone ("mi tele", "my face").
var strictNickWords = func() map[string]bool {
	m := map[string]bool{}
	sc := new(scratch)
	for _, w := range []string{
		"tele", "face", "band", "밴드", "卫星", "威", "薇", "微", "賴", "フェイス", "เฟส", "เฟซ", "phây", "фейс",
		"فيس", "الفيس", "sinyal", "whatsup", "watsup", "wasa",
	} {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}()

// bareAddWords are invitations that need a person to be one ("add me", "加我"):
// alone they add goods ("add a band", "加微调").
var bareAddWords = func() map[string]bool {
	m := map[string]bool{}
	sc := new(scratch)
	for _, w := range []string{
		"add", "加", "添加", "加入", "join", "visit", "추가", "추가해", "追加", "ekle", "tambahkan", "adiciona",
		"aggiungi", "ajouter", "добавь", "добавьте", "добавить", "adicionar", "agregar", "añade", "hinzufügen",
		"เพิ่ม", "thêm",
	} {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}()

// strictNick reports a mention whose name is an everyday word too, or an app
// described by its colour or icon ("the green app").
func (sc *scratch) strictNick(m mention) bool {
	t := &sc.toks[m.ts]
	if t.cats&catAppRef != 0 {
		return true
	}
	if t.alt != "" || m.te-m.ts != 1 {
		return false
	}
	return strictNickWords[string(sc.norm[t.s:t.e])]
}

// strictCue reports the cues a strict nickname counts with: a personal
// invitation, an invitation to a group there, or a short question whether
// the buyer has it ("Do you have tele?", "有V吗？", "Kamu ada tele?").
func (sc *scratch) strictCue(m mention) bool {
	sent := sc.sentCats[sc.toks[m.ts].sent]
	if sent&catAskHave != 0 && sent&catQuestion != 0 && sc.sentWords(int(m.ts))-int(m.te-m.ts) <= 4 {
		return true
	}
	if sc.hanHaveQuestion(m) {
		return true
	}
	return sc.personalInvite(m) || sc.groupCue(m)
}

// personalInvite reports an invitation to a person right before mention m
// (ending at most two tokens before it) or within four tokens after it,
// other than a bare "add".
func (sc *scratch) personalInvite(m mention) bool {
	toks := sc.toks
	ts, sent := int(m.ts), toks[m.ts].sent
	for k := ts - 1; k >= 0 && k >= ts-6 && toks[k].sent == sent; k-- {
		t := &toks[k]
		if t.mEnd > 0 && t.cats&catInvite != 0 && ts-int(t.mEnd) <= 2 && !sc.bareAdd(k) {
			return true
		}
		if k == ts-1 && sc.is(k, "加") && toks[ts].kind == tHan {
			return true // "加薇", "加卫星": the slang is the idiom
		}
	}
	for k := int(m.te); k < len(toks) && k < int(m.te)+4 && toks[k].sent == sent; k++ {
		t := &toks[k]
		if t.mEnd > 0 && t.cats&catInvite != 0 && !sc.bareAdd(k) {
			return true
		}
	}
	return false
}

// bareAdd reports an invitation phrase that is a bare adding verb.
func (sc *scratch) bareAdd(k int) bool {
	t := &sc.toks[k]
	return int(t.mEnd) == k+1 && t.alt == "" && bareAddWords[string(sc.norm[t.s:t.e])]
}

// vNickname reports the single letter "v" (WeChat) with a Chinese
// invitation right before or after it ("加我V", "有事V联系我"), or before a
// group ("V群").
func (sc *scratch) vNickname(i int) bool {
	toks := sc.toks
	if !sc.is(i, "v") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].kind == tHan && sc.groupWord(k) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if int(toks[k].mEnd) == i && toks[k].kind == tHan && toks[k].cats&catInvite != 0 {
			return true
		}
	}
	e := int(toks[i].mEnd)
	return e < len(toks) && toks[e].kind == tHan && toks[e].mEnd > 0 && toks[e].cats&catInvite != 0
}

// groupWords are the nouns of a group or channel on an app ("our VIP group
// on Telegram", "微信群", "kanalımıza"), matched on a word's start.
var groupWords = func() []string {
	sc := new(scratch)
	var out []string
	for _, w := range []string{
		"group", "groups", "channel", "community", "comunidad", "comunidade", "communauté", "сообществ", "topluluk",
		"komunitas", "cộng đồng", "grupo", "canal", "groupe", "gruppe", "gruppo", "canale",
		"kanal", "группа", "группу", "группе", "канал", "grup", "grub", "مجموعة", "مجموعتنا", "قناة", "قناتنا",
		"ग्रुप", "समूह", "चैनल", "nhóm", "kênh", "กลุ่ม", "แชแนล", "グループ", "チャンネル", "그룹", "채널", "단톡방", "톡방", "채팅방",
		"群", "频道",
	} {
		normalize(w, sc)
		out = append(out, string(sc.norm))
	}
	return out
}()

// addOnlyWords are the bare adding verbs, which add goods as often as people
// ("add the WhatsApp group feature"); joining verbs stay invitations.
var addOnlyWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range bareAddWords {
		m[w] = true
	}
	for _, w := range []string{"join", "visit", "加入"} {
		delete(m, w)
	}
	return m
}()

// groupCue reports a group or channel on the app of mention m ("join our
// VIP group on WhatsApp", "进我们TG群", "grup VIP kami di WA") with an
// invitation other than a bare "add" near it, or a first-person possessive
// right before the group or the app ("our WhatsApp group"). A product that
// works with an app's groups ("supports WhatsApp group notifications") has
// neither.
func (sc *scratch) groupCue(m mention) bool {
	toks := sc.toks
	sent := toks[m.ts].sent
	g := -1
	for k := max(int(m.ts)-4, 0); k < len(toks) && k < int(m.te)+5 && toks[k].sent == sent; k++ {
		if k >= int(m.ts) && k < int(m.te) || toks[k].shadow || toks[k].kind == tPunct || toks[k].kind == tNum {
			continue
		}
		if sc.groupWord(k) {
			g = k
			break
		}
	}
	if g < 0 {
		return false
	}
	lo, hi := min(g, int(m.ts)), max(g+1, int(m.te))
	for k := max(lo-6, 0); k < len(toks) && k < hi+14 && toks[k].sent == sent; k++ {
		t := &toks[k]
		if t.mEnd == 0 {
			continue
		}
		if t.cats&catInvite != 0 && !(int(t.mEnd) == k+1 && t.alt == "" && addOnlyWords[string(sc.norm[t.s:t.e])]) {
			return true
		}
	}
	for _, at := range [2]int{g, int(m.ts)} {
		// "our group", "我们的微信群": a possessive of one or two tokens ending right before.
		for k := at - 1; k >= 0 && k >= at-2; k-- {
			if toks[k].cats&catPossSelf != 0 && int(toks[k].mEnd) == at {
				return true
			}
		}
	}
	for k := g + 1; k < len(toks) && k <= g+3 && toks[k].sent == sent; k++ {
		if toks[k].cats&catPossSelfPost != 0 && toks[k].mEnd > 0 {
			return true // "grup VIP kami", "nhóm của shop"
		}
	}
	return false
}

// groupWord reports a token that starts with a group noun.
func (sc *scratch) groupWord(k int) bool {
	w := sc.norm[sc.toks[k].s:sc.toks[k].e]
	for _, g := range groupWords {
		if len(w) >= len(g) && string(w[:len(g)]) == g {
			return true
		}
	}
	return false
}

// hanHaveQuestion reports "有 X 吗": whether the buyer has the app, asked in
// Chinese with the bare 有 that is too common to be a lexicon cue.
func (sc *scratch) hanHaveQuestion(m mention) bool {
	toks := sc.toks
	ts, te := int(m.ts), int(m.te)
	if ts == 0 || toks[ts-1].kind != tHan || !sc.is(ts-1, "有") || te >= len(toks) {
		return false
	}
	return toks[te].kind == tHan && toks[te].mEnd > 0 && toks[te].cats&catQuestion != 0
}

// gluedCode reports a weak name that begins a model code: letters, digits
// and letters again without a space ("WS2812B", "TG100A").
func (sc *scratch) gluedCode(i int) bool {
	toks := sc.toks
	e := int(toks[i].mEnd)
	return e+1 < len(toks) && toks[e].kind == tNum && toks[e].glued() && toks[e+1].kind == tWord && toks[e+1].glued()
}
