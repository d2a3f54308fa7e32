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
// invitation right before or after it: "加我V", "有事V联系我".
func (sc *scratch) vNickname(i int) bool {
	toks := sc.toks
	if !sc.is(i, "v") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if int(toks[k].mEnd) == i && toks[k].kind == tHan && toks[k].cats&catInvite != 0 {
			return true
		}
	}
	e := int(toks[i].mEnd)
	return e < len(toks) && toks[e].kind == tHan && toks[e].mEnd > 0 && toks[e].cats&catInvite != 0
}
