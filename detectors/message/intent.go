package message

import (
	"bytes"
	"strings"
	"sync"
)

// The buyer-intent model: did a buyer message ask for a way to reach the
// merchant outside the platform (or give its own)? It reads intent, not
// keywords: a request or question about a channel that the buyer does not
// negate ("Can I call you on WhatsApp?", "카톡 있으세요?", "Zalo không
// anh?"), or a request to talk, contact or reach the merchant somewhere other
// than here ("is there another way to contact you", "平台外怎么找你",
// "Como te encontro fora daqui?"). A buyer who refuses an app ("I don't use
// WhatsApp", "不用加微信", "카카오톡 안 써요") has not asked.

// buyerAsks judges a buyer message; contactSignals and the mentions have run.
func (sc *scratch) buyerAsks() bool {
	if sc.buyerAsksCall() {
		return true // "Can you call me?" (lexicon_numbers.go)
	}
	if len(sc.sigs) == 0 && len(sc.ments) == 0 && sc.allCats&(catChannel|catTalkTo|catChanRun) == 0 {
		return false // no channel and no talk of contact: the common case
	}
	toks := sc.toks
	for i := range sc.sigs {
		s := &sc.sigs[i]
		if sc.clauseCats[sc.toks[s.ts].clause]&catProduct != 0 {
			continue // "print our WeChat QR code on the box"
		}
		if s.val >= 0 && s.kind == sigGive {
			return true // the buyer gives its own number or handle
		}
		if !sc.channelRefused(int(s.ts), int(s.te)) {
			return true
		}
	}
	for _, m := range sc.ments {
		if m.weak && sc.toks[m.ts].cats&catNumberWord != 0 && !sc.possessedAt(int(m.ts)) &&
			sc.sentCats[sc.toks[m.ts].sent]&(catTalkTo|catReqVerb) == 0 {
			continue // "42 numara var mı?" asks for a size; "your number", "call you on that number" a phone
		}
		if sc.asksForChannel(int(m.ts), int(m.te)) {
			return true
		}
	}
	for i := range toks {
		t := &toks[i]
		c := t.cats
		if t.mEnd == 0 {
			continue
		}
		s := t.sent
		switch {
		case c&catChanRun != 0 && sc.asksForChannel(i, i+1):
			return true
		case c&catChannel != 0 && t.ch != 0 && c&catNumberWord == 0 && sc.asksForChannel(i, int(t.mEnd)):
			return true // a channel word the contact model leaves out of its mentions ("WeChat-Nummer")
		case c&(catTalkTo|catOther) != 0 && sc.sentCats[s]&catTalkTo != 0 &&
			sc.sentCats[s]&(catOther|catOutside) != 0 && sc.asking(i):
			return true
		}
	}
	return false
}

// asksForChannel reports a question or request about the channel named at
// [ts, te) that is about reaching the merchant there: the sentence also
// holds a contact verb (call, talk, 연락), "have/use" (do you have, 있으세요,
// var mı), a request (send, what is, 뭐예요) or "your" — or is the channel
// alone ("WhatsApp?", "Zalo không anh?"). "Can it be controlled by phone?"
// names a channel in a question but asks for nothing.
func (sc *scratch) asksForChannel(ts, te int) bool {
	if !sc.asking(ts) || sc.channelRefused(ts, te) {
		return false
	}
	toks := sc.toks
	if sc.clauseCats[toks[ts].clause]&catProduct != 0 {
		return false // "can you print our WeChat QR code on the box?"
	}
	if ts > 0 && toks[ts-1].mEnd > 0 && toks[ts-1].cats&catYou != 0 {
		return true // "你微信多少？"
	}
	s := toks[ts].sent
	return sc.sentCats[s]&(catTalkTo|catAskHave|catReqVerb|catInvite|catPossYou|catPossYouPost) != 0 ||
		sc.sentWords(ts) <= 3 || sc.requestWord(s)
}

// requestWord reports a request written into a word (〜ください, 〜주세요).
func (sc *scratch) requestWord(s int32) bool {
	for k := range sc.toks {
		t := &sc.toks[k]
		if t.sent == s && t.kind == tWord && containsAny(string(sc.norm[t.s:t.e]), kanaForms().requests) {
			return true
		}
	}
	return false
}

// asking reports question or request structure in token i's sentence: a
// question mark or particle, an asking phrase ("is there", "can I", "var
// mı", "있으세요"), or a question ending written into the word (Korean -까/-나요,
// Japanese 〜か/〜ください, Vietnamese "… không" closing the sentence).
func (sc *scratch) asking(i int) bool {
	toks := sc.toks
	s := toks[i].sent
	if sc.sentCats[s]&(catAskX|catAskHave|catReqVerb|catQuestion) != 0 {
		return true
	}
	last := i
	for last+1 < len(toks) && toks[last+1].sent == s {
		last++
	}
	for k := last; k >= 0 && toks[k].sent == s; k-- {
		if toks[k].kind != tWord {
			continue
		}
		w := string(sc.norm[toks[k].s:toks[k].e])
		if k == last || (k+1 < len(toks) && toks[k+1].kind == tPunct && toks[k+1].sent == s && k+2 > last) {
			for _, e := range kanaForms().questionEndings {
				if strings.HasSuffix(w, e) {
					return true
				}
			}
		}
		for _, e := range kanaForms().requests {
			if strings.Contains(w, e) {
				return true
			}
		}
	}
	return false
}

// foldedForms are word endings and inner particles, folded as message text
// is (Vietnamese and Japanese lose their diacritics and voicing marks: です
// reads てす), built once.
type foldedForms struct {
	questionEndings, requests, negInner []string
	negInnerB                           [][]byte
}

var (
	formsOnce sync.Once
	forms     foldedForms
)

func kanaForms() *foldedForms {
	formsOnce.Do(func() {
		sc := new(scratch)
		fold := func(in ...string) []string {
			out := make([]string, len(in))
			for i, w := range in {
				normalize(w, sc)
				out[i] = string(sc.norm)
			}
			return out
		}
		// Question endings count on the sentence's last word only: "không"
		// closing a sentence asks, before a verb it negates.
		forms.questionEndings = fold("까", "까요", "나요", "가요", "ますか", "ですか", "か", "không", "chưa", "ไหม", "มั้ย", "บ้าง")
		forms.requests = fold("ください", "주세요", "下さい")
		forms.negInner = fold("ない", "ません")
		for _, w := range forms.negInner {
			forms.negInnerB = append(forms.negInnerB, []byte(w))
		}
	})
	return &forms
}

// channelRefused reports a channel the buyer negates: a negator before it in
// its clause ("I don't use WeChat", "不加WhatsApp", "No uso WeChat") or after
// it in the verb-final languages ("WhatsApp kullanmıyorum", "카카오톡 안 써요",
// "WeChatは使っていない", "WA use nahi karta"). "Don't you have WhatsApp?" and
// "¿No tienes WhatsApp?" ask.
func (sc *scratch) channelRefused(ts, te int) bool {
	toks := sc.toks
	clause := toks[ts].clause
	// Thai: a space ends a clause, yet "ไม่ใช้ วีแชท" negates the name after it.
	for k := ts - 1; k >= 0 && k >= ts-3 && toks[k].sent == toks[ts].sent && toks[k].kind == tWord &&
		toks[k].cats&catFine == 0 && hasThai(sc.norm[toks[k].s:toks[k].e]); k-- {
		if strings.Contains(string(sc.norm[toks[k].s:toks[k].e]), "ไม") {
			return true
		}
	}
	for k := ts - 1; k >= 0 && k >= ts-4 && toks[k].clause == clause; k-- {
		if toks[k].mEnd == 0 || toks[k].cats&(catNeg|catNegX|catTARefuse) == 0 || toks[k].cats&(catNegBreak|catFine) != 0 ||
			sc.inPhrase(k) {
			if toks[k].kind == tWord && strings.Contains(string(sc.norm[toks[k].s:toks[k].e]), "ไม") {
				return true // Thai: ไม่ inside the run before the name
			}
			continue
		}
		e := int(toks[k].mEnd)
		if e < len(toks) && e < ts && toks[e].mEnd > 0 && toks[e].cats&(catYou|catAskHave) != 0 &&
			sc.sentCats[toks[ts].sent]&catQuestion != 0 {
			return false // "don't you have …", "¿no tienes …"
		}
		return true
	}
	for k := te; k < len(toks) && k <= te+3 && toks[k].clause == clause; k++ {
		if sc.is(k, "khong") && sc.lastWord(k)-k <= 1 {
			break // "… Zalo không (anh)?" asks
		}
		if toks[k].mEnd > 0 && toks[k].cats&(catNegX|catTARefuse) != 0 && toks[k].cats&catFine == 0 {
			return true
		}
		if sc.morphNeg(k) {
			return true
		}
	}
	return false
}

// runInside are longer Thai words that contain a run word and mean another
// thing: ขอ (may I, a request) is inside ของ (of, belonging to).
var runInside = map[string]string{"ขอ": "ของ"}

// onlyInside reports every occurrence of run word n in w is part of its
// longer word.
func onlyInside(w, n string) bool {
	long, ok := runInside[n]
	return ok && strings.Count(w, n) == strings.Count(w, long)
}

// runWords are words of Thai, which writes without spaces: a run is searched
// for them (their tone marks folded away as in message text) and takes their
// categories.
var runWords = []struct {
	w string
	c cat
}{
	{"ค่าธรรมเนียม", catSurcharge}, {"แพงขึ้น", catSurcharge}, {"แพงกว่า", catSurcharge}, {"บวกเพิ่ม", catMore},
	{"เพิ่ม", catMore}, {"ไม่รับ", catTARefuse}, {"ไม่รองรับ", catTARefuse}, {"ใช้ไม่ได้", catTARefuse},
	{"ไม่ได้", catTARefuse}, {"ไม่", catNegX}, {"ไม่ต้อง", catNeg}, {"ไม่ใช้", catNeg}, {"เท่านั้น", catOnly}, {"เฉพาะ", catMinOrder}, {"เกิน", catMinOrder},
	{"แพลตฟอร์ม", catPlatform}, {"อาลีบาบา", catPlatform}, {"โอน", catAltPay}, {"ธนาคาร", catAltPay},
	{"บัญชี", catAltPay}, {"โดยตรง", catAltPay}, {"จ่าย", catPay}, {"ชำระ", catPay}, {"ติดต่อ", catTalkTo},
	{"คุย", catTalkTo}, {"โทร", catTalkTo}, {"ช่องทางอื่น", catOther}, {"ทางอื่น", catOther}, {"นอก", catOther},
	{"ไหม", catAskX}, {"มั้ย", catAskX}, {"บ้าง", catAskX}, {"อะไร", catAskX}, {"ขอ", catAskX | catReqVerb},
	{"ยังไง", catAskX}, {"อย่างไร", catAskX}, {"รับประกันการค้า", catTA},
	{"ไลน์", catChanRun}, {"วอทส์แอป", catChanRun}, {"วอทแอป", catChanRun}, {"เฟซบุ๊ก", catChanRun},
	{"อีเมล", catChanRun}, {"เบอร์", catChanRun}, {"ของคุณ", catPossYou}, {"ไม่มีค่าธรรมเนียม", catTANeutral}, {"ฟรี", catTANeutral},
	{"ราคาเดียวกัน", catTANeutral}, {"ไม่มีปัญหา", catFine}, {"ได้เลย", catPropose}, {"กว่า", catPropose},
}

var (
	runOnce  sync.Once
	runNorms []string
)

// hasThai reports a Thai letter (E0 B8 xx or E0 B9 xx in UTF-8): one byte
// search for the common case of none.
func hasThai(b []byte) bool {
	for {
		k := bytes.IndexByte(b, 0xE0)
		if k < 0 || k+1 >= len(b) {
			return false
		}
		if b[k+1] == 0xB8 || b[k+1] == 0xB9 {
			return true
		}
		b = b[k+1:]
	}
}

// tagRuns gives Thai runs that match no phrase the categories of the words
// inside them, and records them in the sentence and clause indexes.
func (sc *scratch) tagRuns() {
	if !hasThai(sc.norm) {
		return
	}
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.mEnd != 0 || t.kind != tWord || sc.norm[t.s] != 0xE0 || t.e-t.s < 3 || sc.norm[t.s+1] < 0xB8 || sc.norm[t.s+1] > 0xB9 {
			continue
		}
		runOnce.Do(func() {
			tmp := new(scratch)
			for _, rw := range runWords {
				normalize(rw.w, tmp)
				runNorms = append(runNorms, string(tmp.norm))
			}
		})
		w := string(sc.norm[t.s:t.e])
		var c cat
		for k, n := range runNorms {
			if strings.Contains(w, n) && !onlyInside(w, n) {
				c |= runWords[k].c
			}
		}
		if c&catTANeutral != 0 {
			c &^= catSurcharge | catMore | catNegX | catTARefuse
		}
		if c == 0 {
			continue
		}
		t.cats, t.mEnd = c, int32(i+1)
		sc.sentCats[t.sent] |= c
		sc.clauseCats[t.clause] |= c
		sc.allCats |= c
	}
}

// lastWord is the last word token of token k's sentence.
func (sc *scratch) lastWord(k int) int {
	toks := sc.toks
	last := k
	for j := k + 1; j < len(toks) && toks[j].sent == toks[k].sent; j++ {
		if toks[j].kind == tWord {
			last = j
		}
	}
	return last
}

// inPhrase reports a "no" that is a preposition, not a negator: Portuguese
// "no" (in the) after a verb ("te ligar no WhatsApp"). English and Spanish
// "no" negate at the head of a clause or after a subject or verb of having
// or using ("no WeChat please", "I have no WhatsApp").
func (sc *scratch) inPhrase(k int) bool {
	if !sc.is(k, "no") {
		return false
	}
	toks := sc.toks
	if k == 0 || toks[k-1].clause != toks[k].clause || toks[k-1].kind != tWord {
		return false
	}
	for _, w := range [...]string{"have", "has", "use", "need", "want", "i", "we", "and", "but", "please"} {
		if sc.is(k-1, w) {
			return false
		}
	}
	return true
}
