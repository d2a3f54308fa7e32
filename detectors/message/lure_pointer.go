package message

import "strings"

// Pointers to a contact outside the text: the merchant does not write the
// number or the account but says where it is — on the business licence
// photo, the business card, in the catalogue PDF, on its official website
// and the form there. The rulebook's test is the merchant steering the buyer
// off the platform on its own initiative; a pointer to the listing's own
// photos, a certificate, or the website shown in the platform profile does
// not steer anywhere.
//
//   - a contact word (an app, "contact details", a phone *number* — not the
//     phone as a device, "the phone in the photos") followed in its sentence
//     by a document (famPointer) or, a word or more later, a picture
//     (catImage): "our WhatsApp number is in the catalogue PDF";
//   - the merchant's own official website (famPointer with catProfile) with
//     an invitation or an offer ("visit our official website and fill in the
//     form", "官网有优惠价").
//
// Not in a sentence that negates, asks, owns the contact by the buyer ("your
// phone number is on the invoice"), is about order paperwork, or keeps the
// buyer here ("I've attached the PDF here in the chat").

// pointerIn judges the sentence toks[s:e] for a pointer.
func (sc *scratch) pointerIn(s, e int) (lureKind, Channel) {
	c := sc.sentCats[sc.toks[s].sent]
	if c&catImage == 0 && sc.sentFam[sc.toks[s].sent]&famPointer == 0 || c&(catPossYou|catPossYouPost|catPaper|catHere) != 0 || sc.asks(s, e) {
		return lureNone, 0
	}
	if c&catNegBreak == 0 && c&catNeg != 0 {
		return lureNone, 0
	}
	// The official website with an invitation or an offer (a price, a
	// discount, cheaper; not its photos), or with its form ("official
	// website" and "form": two sites).
	sites, offer := 0, false
	for k := s; k < e; k++ {
		t := &sc.toks[k]
		if t.mEnd == 0 || t.shadow {
			continue
		}
		offer = offer || t.cats&catAnti != 0 && t.cats&catImage == 0 && t.fam&famPointer == 0 // a catalogue is where, not what
		if t.fam&famPointer != 0 && t.cats&catProfile != 0 {
			if c&(catPossSelf|catPossSelfPost|catShopName) == 0 && sc.otherOwner(k, int(t.mEnd), s, e) {
				k = int(t.mEnd) - 1 // "the official website of the standard (ISO)": not the merchant's
				continue
			}
			sites++
			k = int(t.mEnd) - 1 // "our official website" is one site, not two
		}
	}
	if sites >= 2 || sites == 1 && (c&catInvite != 0 || offer) {
		return lurePointer, 0
	}
	for _, m := range sc.ments {
		if int(m.ts) < s || int(m.ts) >= e || !sc.pointerContact(m) {
			continue
		}
		for k := int(m.te); k < e; k++ {
			t := &sc.toks[k]
			if t.mEnd == 0 || t.shadow {
				continue
			}
			// A picture right after the name shows it ("phone photos").
			if t.fam&famPointer != 0 || t.cats&catImage != 0 && k > int(m.te) {
				ch := m.ch
				if ch == ChannelContact {
					ch = 0
				}
				return lurePointer, ch
			}
		}
	}
	return lureNone, 0
}

// pointerContact reports a mention that names a contact, not a device: an
// app, contact details, or a phone with a number word at it ("phone
// number", "номер телефона", "전화번호", "Telefonnummer"); "our phone
// holders are in the catalogue" is goods.
func (sc *scratch) pointerContact(m mention) bool {
	toks := sc.toks
	generic := toks[m.ts].cats&catNumberWord != 0
	switch {
	case m.weak && !generic && m.ch != ChannelContact:
		return false // "line", "signal", "tele": too often the word
	case generic:
		// "our number", "弊社の番号"; "report No. …, the PDF" is any number;
		// "the number is in the product video, call me" is the merchant's.
		return sc.possessedAt(int(m.ts)) || sc.possessiveEndsAt(int(m.ts)) || sc.contactMeCue()
	case m.ch != ChannelPhone || toks[m.ts].cats&catPossSelf != 0:
		return true // an app, or "my number" in one word (رقمي, numaram, nomorku)
	}
	root := &phrases().nodes[0]
	for k := max(int(m.ts)-2, 0); k < len(toks) && k < int(m.te)+2; k++ {
		// The word alone, also inside a longer phrase ("número de teléfono").
		if toks[k].mEnd > 0 && toks[k].cats&catNumberWord != 0 {
			return true
		}
		if w := sc.child(root, k); w != nil && w.term && w.cats&catNumberWord != 0 {
			return true
		}
		w := string(sc.norm[toks[k].s:toks[k].e])
		for _, n := range numberParts {
			if len(w) > len(n) && strings.Contains(w, n) {
				return true // "Telefonnummer", "전화번호", "เบอร์โทร", "numaramız"
			}
		}
	}
	return false
}

// numberParts are the number words inside words that compound a phone with
// its number or a possessive.
var numberParts = []string{"nummer", "numara", "번호", "เบอร์", "номер"}

// asks reports a question in toks[s:e]: a question mark, or a question
// particle that ends its clause (the Japanese "か" also stands for "が" once
// the voicing mark is folded: "公式サイトの方が安い").
func (sc *scratch) asks(s, e int) bool {
	toks := sc.toks
	for k := s; k < e; k++ {
		t := &toks[k]
		if t.mEnd == 0 || t.cats&catQuestion == 0 {
			continue
		}
		end := int(t.mEnd)
		if t.kind == tPunct || end >= e || toks[end].kind == tPunct || toks[end].clause != t.clause {
			return true
		}
	}
	return false
}

// possessiveEndsAt reports a first-person possessive phrase of several
// tokens ending right before token i ("弊社の", "our own").
func (sc *scratch) possessiveEndsAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if t := &sc.toks[k]; t.mEnd > 0 && int(t.mEnd) == i && t.cats&catPossSelf != 0 {
			return true
		}
	}
	return false
}

// otherOwners name the owner of a site who is not the merchant: a standard,
// a certification body. Not a manufacturer: merchants are often the
// manufacturer ("we are the manufacturer"). Prefixes of the
// normalized text; otherOwnerWords are whole words only ("norma" is also
// the start of "normal").
var (
	otherOwners = []string{
		"standard", "certification", "certifying", "标准", "認證", "认证", "certificación", "certificação",
		"zertifizierung", "certificazione", "стандарт", "сертификац", "standart", "sertifika", "المعيار", "معيار",
		"الشهادة", "मानक", "प्रमाणन", "standar", "sertifikasi", "tiêu chuẩn", "chứng nhận", "มาตรฐาน", "การรับรอง",
		"規格", "認証", "표준", "인증",
	}
	otherOwnerWords = map[string]bool{"iso": true, "norm": true, "norma": true, "norme": true, "normy": true, "iec": true}
)

// siteOfWords join a site to its owner after it: "the website of the
// standard", "le site du fabricant", "die Website des Herstellers".
var siteOfWords = map[string]bool{
	"of": true, "the": true, "de": true, "del": true, "la": true, "el": true, "du": true, "des": true, "da": true,
	"do": true, "della": true, "dello": true, "dell": true, "von": true, "der": true, "il": true, "lo": true,
}

// otherOwner reports an owner other than the merchant named right around the
// site phrase toks[ps:pe] in the sentence toks[s:e]: after it behind "of"
// ("the official website of the standard", "du fabricant"; Russian and
// Arabic put the genitive right after), or in the two tokens before it
// ("ISO标准官网", "メーカーの公式サイト").
func (sc *scratch) otherOwner(ps, pe, s, e int) bool {
	for k := pe; k < e && k < pe+4; k++ {
		if sc.ownerAt(k) {
			return true
		}
		if !siteOfWords[string(sc.norm[sc.toks[k].s:sc.toks[k].e])] {
			break
		}
	}
	for k := ps - 1; k >= s && k >= ps-2; k-- {
		if sc.ownerAt(k) {
			return true
		}
	}
	return false
}

// ownerAt reports an owner word other than the merchant at token k.
func (sc *scratch) ownerAt(k int) bool {
	t := &sc.toks[k]
	if otherOwnerWords[string(sc.norm[t.s:t.e])] {
		return true
	}
	rest := sc.norm[t.s:]
	for _, w := range otherOwners {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w {
			return true
		}
	}
	return false
}

// contactMeCue reports the merchant asking, somewhere in the message, to be
// called or written to: an invitation ("text me there", "escríbeme") or a
// call verb with the merchant as its object ("me ligar", "call me").
func (sc *scratch) contactMeCue() bool {
	if sc.allCats&catInvite != 0 {
		for k := range sc.toks {
			if t := &sc.toks[k]; t.mEnd > 0 && t.cats&catInvite != 0 && !sc.negatedBefore(k) {
				return true
			}
		}
	}
	for k := range sc.toks {
		if bits := sc.callBits(k); bits&1 != 0 || bits&2 != 0 && sc.callObjectNear(k) {
			return true
		}
	}
	return false
}
