package message

import (
	"unicode"
	"unicode/utf8"
)

// Indirect lures steer the buyer off the platform without a contact value or
// even an app's name. Each is a small model: an intent read from lexical
// categories of one sentence, in any supported language.
//
//   - qr_code: a QR code to scan or add ("scan the QR code in the pictures to
//     add me", "图片里有二维码，扫一下加我"), not one on the goods or for payment;
//   - search_name: search the shop's or brand's name on an app or the web
//     ("search our shop name on the green app", "网上搜一下我们品牌");
//   - profile: the contact sits in the merchant's profile, banner or avatar
//     ("my contact is on my profile banner");
//   - elsewhere: talk somewhere else, more privately or more conveniently
//     ("let's talk somewhere more convenient", "换个方便的地方聊吧");
//   - pointer: the contact waits in a document, a picture or the merchant's
//     own website ("the phone number is on our business licence photo",
//     "visit our official website and fill in the form"; lure_pointer.go).
//
// A negation in the sentence ("no need to talk elsewhere") silences them all.

type lureKind uint8

const (
	lureNone lureKind = iota
	lureQR
	lureSearch
	lureProfile
	lureElsewhere
	lurePointer // lure_pointer.go
)

var lureNames = [...]string{"", "qr_code", "search_name", "profile", "elsewhere", "pointer"}

// engineName: an engine or the web named (Baidu, Yandex: catAppRef only,
// not a search verb) with the shop's or brand's name — a search when the
// name is typed into it (lureIn).
const engineName = catAppRef | catShopName

// lureSignals adds one signal per sentence that carries an indirect lure.
func (sc *scratch) lureSignals() {
	const lureCats = catQR | catSearch | catProfile | catElsewhere | catPlace | catImage
	if sc.allCats&lureCats == 0 && sc.allCats&engineName != engineName && sc.allFam&(famPointer|famFollow|famSame|famOffer) == 0 && len(sc.ments) == 0 {
		return
	}
	toks := sc.toks
	for start := 0; start < len(toks); {
		sent := toks[start].sent
		end := start
		for end < len(toks) && toks[end].sent == sent {
			end++
		}
		k, ch := sc.lureIn(start, end)
		if k == lureNone {
			k, ch = sc.pointerIn(start, end)
		}
		if k == lureNone {
			k, ch = sc.r2In(start, end) // lure_r2chan.go
		}
		if k != lureNone && len(sc.sigs) < maxItems {
			sc.sigs = append(sc.sigs, signal{kind: sigGive, ch: ch, conf: 0.9, ts: int32(start), te: int32(end),
				val: -1, lure: k})
		}
		start = end
	}
}

// lureIn judges the sentence toks[s:e].
func (sc *scratch) lureIn(s, e int) (lureKind, Channel) {
	c := sc.sentCats[sc.toks[s].sent]
	if c&(catQR|catSearch|catProfile|catElsewhere|catPlace) == 0 && c&engineName != engineName {
		return lureNone, 0
	}
	var (
		inviteTo, neg, negBreak, possSelf, possYou bool
		engine, searchVerb, typed, nameAfterEngine bool
		weak, review                               bool
		ch                                         Channel
	)
	typedAt := -1
	placeEnd := int32(-1) // end of the latest place phrase ("chỗ nào": "nào" there is no negation)
	for k := s; k < e; k++ {
		t := &sc.toks[k]
		if t.kind == tWord && typeVerbs[string(sc.norm[t.s:t.e])] {
			typedAt = k
		}
		review = review || sc.reviewWord(k)
		if t.mEnd == 0 || t.shadow {
			continue
		}
		tc := t.cats
		weak = weak || tc&catChannelWeak != 0
		inviteTo = inviteTo || (tc&catInvite != 0 && tc&(catScan|catSearch) == 0)
		negBreak = negBreak || tc&catNegBreak != 0
		neg = neg || (tc&catNeg != 0 && !negBreak && int32(k) >= placeEnd)
		if tc&(catPlace|catElsewhere) != 0 {
			placeEnd = max(placeEnd, t.mEnd)
		}
		if tc&catShopName != 0 && engine && sc.clauseCats[t.clause]&catHere == 0 {
			nameAfterEngine = true // "on Google, our brand …"; not "… order here in the shop"
		}
		if tc&catShopName != 0 && typedAt >= 0 && k-typedAt <= 3 && sc.toks[typedAt].clause == t.clause {
			typed = true // "tapez notre marque", "ลองค้นแบรนด์": the name typed in
		}
		possSelf = possSelf || tc&(catPossSelf|catPossSelfPost) != 0
		possYou = possYou || tc&(catPossYou|catPossYouPost) != 0 && !sc.vocativeAt(k, e)
		if searchEngines[string(sc.norm[t.s:sc.toks[t.mEnd-1].e])] {
			engine = true // "on Google" names a place; before the name it is the verb ("google our brand")
		} else if tc&catSearch != 0 {
			searchVerb = true
		}
	}
	// "tapez notre marque … sur Google": typing the shop's or brand's name
	// into an engine. Not where the engine is where a review goes: "type a
	// Google review for our shop", "laissez un avis Google pour notre
	// boutique".
	if engine && (typed || nameAfterEngine) && !review {
		searchVerb = true
		c |= catSearch // Baidu, Yandex name engines only (catAppRef)
	}
	// A channel word inside a neutral phrase ("model number", "production
	// line") names no app: "type the model number in the search box of our
	// shop" searches the shop on the platform.
	if !weak {
		c &^= catChannelWeak
	}
	if neg {
		return lureNone, 0
	}
	// An app or contact named in the sentence: a strong name, or a contact
	// word ("my contact details"); a weak one ("WA-2250") is too often a code.
	named := false
	root := &phrases().nodes[0]
	for k := s; k < e && !named; k++ {
		// A contact word inside an invitation phrase ("kontak saya") is still
		// a contact word.
		if w := sc.child(root, k); w != nil && w.term && (w.cats&catChannel != 0 || w.ch == ChannelContact) && !sc.toks[k].shadow {
			named = true
		}
	}
	for _, m := range sc.ments {
		if int(m.ts) < s || int(m.ts) >= e {
			continue
		}
		if !m.weak || m.ch == ChannelContact || sc.possessedAt(int(m.ts)) ||
			sc.toks[m.ts].cats&catNumberWord != 0 && (sc.contactMeCue() || // "the number is on my profile, text me there"
				c&catProfile != 0 && !sc.countingOf(int(m.te))) { // "nomor ada di foto profil"
			named = true
			if ch == 0 && m.ch != ChannelContact {
				ch = m.ch
			}
		}
	}
	switch {
	case c&catQR != 0 && (inviteTo || (c&(catImage|catProfile) != 0 && c&catGoods == 0)):
		return lureQR, ch
	case c&catQR != 0 && c&(catImage|catProfile) != 0 && c&catScan != 0 && c&catTalk != 0:
		// "scan the QR code in the 3rd product photo and we talk there": a
		// code hidden in a product picture, to go on talking elsewhere (not
		// "scan the QR code on the product label to check it is genuine").
		return lureQR, ch
	case !searchVerb && c&(catQR|catProfile|catElsewhere|catPlace) == 0:
		return lureNone, 0 // a search engine named, nothing searched ("registered on Google")
	case c&catSearch != 0 && c&catShopName != 0 && (named || c&catAppRef != 0 || c&catChannelWeak != 0),
		c&catSearch != 0 && named && ch != 0 && (possSelf || inviteTo || sc.quoted(s, e)):
		// "search our shop name on the green app"; "look up "Amy Lighting" on
		// Facebook, that's us".
		return lureSearch, ch
	case c&catSearch != 0 && named && ch == 0 && (c&catAppRef != 0 || !possYou) && c&(catGoods|catPaper) == 0 &&
		possSelfOrContact(c):
		// "ググれば連絡先が出てきます": search (the web), the contact comes up.
		return lureSearch, ch
	case searchVerb && (named && ch != 0 || weak) && sc.nameSearched(s, e):
		// "Procura Topway Grace no TikTok", "ابحث عن Topway Lily في
		// Instagram": a person or shop named to be searched on an app (a
		// weak name too: TikTok is also a word of product listings).
		if ch == 0 {
			ch = sc.firstMention(s, e)
		}
		return lureSearch, ch
	case c&(catSearch|catShopName) == catSearch|catShopName && inviteTo && sc.sentFam[sc.toks[s].sent]&famSame != 0:
		// "Add me, my ID is the same as my store name": the handle given as the shop's name.
		return lureSearch, ch
	case c&catProfile != 0 && named && !(possYou && !possSelf) && c&catGoods == 0:
		return lureProfile, ch
	case c&(catTalk|catInvite) != 0 && (c&catElsewhere != 0 || (c&catPlace != 0 && c&catComfort != 0)) && !sc.hereWithPlace(s, e):
		return lureElsewhere, ch
	}
	return lureNone, 0
}

// vocativeAt reports "kak" closing the sentence toks[:e] ("… ya kak"): the
// buyer addressed, not "your".
func (sc *scratch) vocativeAt(k, e int) bool {
	if w := sc.word(k); w != "kak" && w != "kakak" {
		return false
	}
	for j := k + 1; j < e; j++ {
		if sc.toks[j].kind != tPunct {
			return false
		}
	}
	return true
}

// nameSearched reports a name written in capitals right after a search verb
// in toks[s:e]: words of no lexicon category, the first capitalised, within
// three tokens of the verb and not the sentence's first word.
func (sc *scratch) nameSearched(s, e int) bool {
	toks := sc.toks
	for k := s + 1; k < e; k++ {
		t := &toks[k]
		if t.kind != tWord || t.mEnd != 0 || t.shadow || !sc.capitalised(k) {
			continue
		}
		for j := k - 1; j >= s && j >= k-3; j-- {
			if toks[j].mEnd > 0 && toks[j].cats&catSearch != 0 && !searchEngines[string(sc.norm[toks[j].s:toks[toks[j].mEnd-1].e])] {
				return true
			}
		}
	}
	return false
}

// firstMention is the channel of the first app mention in toks[s:e], or 0.
func (sc *scratch) firstMention(s, e int) Channel {
	for _, m := range sc.ments {
		if int(m.ts) >= s && int(m.ts) < e && m.ch != ChannelContact {
			return m.ch
		}
	}
	return 0
}

// capitalised reports token k written with a capital first letter.
func (sc *scratch) capitalised(k int) bool {
	os := sc.ns[sc.toks[k].s]
	if int(os) >= len(sc.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.text[os:])
	return unicode.IsUpper(r)
}

// quoted reports a quoted name in the sentence ("search "Amy Lighting"").
func (sc *scratch) quoted(s, e int) bool {
	n := 0
	for k := s; k < e; k++ {
		t := &sc.toks[k]
		if t.kind == tPunct {
			switch r, _ := utf8.DecodeRune(sc.norm[t.s:t.e]); r {
			case '"', '“', '”', '„', '«', '»', '「', '」', '『', '』':
				n++
			}
		}
	}
	return n >= 2
}

// hereWithPlace reports a clause that names both the place and "here"
// ("let's keep talking here, it is more convenient" says stay).
func (sc *scratch) hereWithPlace(s, e int) bool {
	for k := s; k < e; k++ {
		cc := sc.clauseCats[sc.toks[k].clause]
		if cc&catHere != 0 && cc&(catElsewhere|catPlace|catComfort) != 0 {
			return true
		}
	}
	return false
}

// possSelfOrContact: a searched name leads to the merchant, not to a topic.
func possSelfOrContact(c cat) bool { return c&(catPossSelf|catPossSelfPost|catChannelWeak) != 0 }

// searchEngines are engine names that are also search verbs in the lexicon:
// alone after the name they name a place, not an instruction.
var searchEngines = map[string]bool{"google": true, "naver": true, "baidu": true, "yandex": true, "bing": true,
	"yahoo": true, "구글": true, "네이버": true, "百度": true, "яндекс": true, "гугл": true, "グーグル": true}

// reviewWords are a review or rating of the shop, which a search engine's
// name goes with ("Google review", reseña en Google, 好评): the engine is
// where the review is written, not where the buyer searches. Normalised as
// message text is ("レビュー" loses its voicing marks).
var reviewWords = func() map[string]bool {
	m := map[string]bool{}
	sc := new(scratch)
	for _, w := range []string{"review", "reviews", "rating", "ratings", "reseña", "reseñas", "opinión", "opiniones",
		"valoración", "avis", "bewertung", "bewertungen", "rezension", "отзыв", "отзывы", "отзывом", "yorum",
		"yorumu", "değerlendirme", "ulasan", "penilaian", "recensione", "recensioni", "avaliação", "avaliações",
		"รีวิว", "レビュー", "口コミ", "리뷰", "후기", "تقييم", "مراجعة", "समीक्षा", "रिव्यू"} {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}()

// reviewWord reports a review word at token k, or 评 (评价, 好评, 评论) and the
// Vietnamese "đánh giá".
func (sc *scratch) reviewWord(k int) bool {
	t := &sc.toks[k]
	switch t.kind {
	case tWord:
		return reviewWords[string(sc.norm[t.s:t.e])] || (sc.is(k, "danh") && k+1 < len(sc.toks) && sc.is(k+1, "gia"))
	case tHan:
		return sc.hanRune(k) == '评'
	}
	return false
}

// typeVerbs are verbs of typing a name in: a search only beside a search
// engine's name ("tapez notre marque sur Google"), so not in the lexicon.
var typeVerbs = map[string]bool{
	"type": true, "tapez": true, "tape": true, "saisissez": true, "escribe": true, "escriba": true,
	"digite": true, "digita": true, "наберите": true, "введите": true, "набери": true, "eingeben": true,
	"yazin": true, "yaz": true, "ketik": true, "scrivi": true, "digitate": true,
	"ค้น": true, "ลองค้น": true, "พิมพ์": true, "입력": true, "入力": true, "输入": true, "打": true, "اكتب": true,
	"likho": true, "daalo": true,
}
