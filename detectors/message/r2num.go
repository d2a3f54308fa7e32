package message

// An announced phone whose digits start but do not finish in the message
// ("My number is 0912", "Numaram: beş yüz otuz iki", "Rufen Sie mich an:
// +221 77"). The merchant has offered a contact off the platform on its own
// initiative already: the message is flagged, and the unfinished number is
// still carried so that the next message is flagged too.

// partialPhoneConf is below a finished number's: the digits are not a phone
// yet, the announcement is what says so.
const partialPhoneConf = 0.82

// minPartialDigits is the fewest started digits flagged.
const minPartialDigits = 3

// announcedPartial reports that the unfinished number v, n digits carried to
// the next message, closes a message that announced it as the merchant's
// phone: "my number"/a phone-capable app named outright, or "call me", right
// before it. A code word (order, model number) or "number of" rules it out. On
// true, v is made a phone value.
func (d *Detector) announcedPartial(sc *scratch, v *value, n int) bool {
	start, end := int(v.ts), int(v.te)
	if n < minPartialDigits || v.masked > 0 || !sc.endsMessage(end) || sc.codeContext(start) || sc.codeGlued(start, end, v.intl) {
		return false
	}
	if !sc.partialAnnounced(start, d.cfg.KeywordWindow) && !sc.callCueBefore(start) && !sc.callMeBefore(start) {
		return false
	}
	v.conf, v.kind, v.ch = partialPhoneConf, valPhone, ChannelPhone
	return true
}

// partialAnnounced is namedPhone without a number word that counts things
// ("our number of workers is 300", "número de piezas").
func (sc *scratch) partialAnnounced(start, w int) bool {
	toks := sc.toks
	lim := start - w
	if sc.sentFam[toks[start].sent]&famNote != 0 {
		lim -= w // "Nummer wird hier zensiert, deshalb in Teilen: 151": the reason comes between
	}
	for k := start - 1; k >= 0 && k >= lim && toks[k].sent == toks[start].sent; k-- {
		t := &toks[k]
		if t.kind == tHan {
			lim-- // a Chinese character is a token, not a word: "绿色那个软件的号"
		}
		if t.shadow || t.mEnd == 0 || !t.ch.phoneCapable() {
			continue
		}
		// An app named outright, or described ("the green messenger: +7 912"):
		// a described app is a deliberate disguise, as strong as the name.
		if t.cats&catChannel != 0 || t.cats&(catChannelWeak|catAppRef) == catChannelWeak|catAppRef {
			return sc.onlyFillers(int(t.mEnd), start) // "WhatsApp: 0912", not "No WhatsApp please, the MOQ is 500"
		}
		if t.cats&catNumberWord != 0 && (sc.possessedAt(k) || sc.noteBefore(k) || sc.sentFam[t.sent]&famNote != 0) &&
			!sc.countingOf(int(t.mEnd)) {
			return true
		}
	}
	return false
}

// countingOf reports "of"/"de"/"di" … at token k: the number word before it
// counts something ("number of workers").
func (sc *scratch) countingOf(k int) bool {
	if k >= len(sc.toks) || sc.toks[k].kind != tWord {
		return false
	}
	switch string(sc.norm[sc.toks[k].s:sc.toks[k].e]) {
	case "of", "de", "del", "do", "da", "dos", "das", "du", "des", "di", "della", "dei", "delle", "der":
		return true
	}
	return false
}

// callMeBefore reports "call me" in forms callCueBefore does not read, right
// before the number (punctuation aside): the German separable verb ("Rufen
// Sie mich an:") and Chinese written one character a token ("打给我：").
func (sc *scratch) callMeBefore(start int) bool {
	toks := sc.toks
	k := start - 1
	for k >= 0 && toks[k].kind == tPunct && toks[k].sent == toks[start].sent {
		k--
	}
	if k < 0 || toks[k].sent != toks[start].sent {
		return false
	}
	word := func(i int) string { return string(sc.norm[toks[i].s:toks[i].e]) }
	if toks[k].kind == tWord && word(k) == "an" {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch word(j) {
			case "rufen", "ruf", "ruft":
				return true
			}
		}
		return false
	}
	if toks[k].kind != tHan {
		return false
	}
	var b []byte
	for j := k; j >= 0 && j >= k-4 && toks[j].kind == tHan; j-- {
		b = append(sc.norm[toks[j].s:toks[j].e:toks[j].e], b...)
	}
	s := string(b)
	for _, cue := range zhCallMe {
		if len(s) >= len(cue) && s[len(s)-len(cue):] == cue {
			return true
		}
	}
	return false
}

// zhCallMe end a Chinese "call me" before a number.
var zhCallMe = []string{"打给我", "给我打电话", "打我电话", "打我手机", "致电我", "请拨打", "拨打"}

// numberOfBefore reports a number word that counts things ("mi número de
// piezas es 500 unidades") before token start in its sentence: the number
// after it announces no phone, and is not carried to the next message.
func (sc *scratch) numberOfBefore(start, w int) bool {
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-w && toks[k].sent == toks[start].sent; k-- {
		if t := &toks[k]; t.mEnd > 0 && t.cats&catNumberWord != 0 && sc.countingOf(int(t.mEnd)) {
			return true
		}
	}
	return false
}

// onlyFillers reports that tokens [from, to) between a channel name and a
// number say nothing else: punctuation, a possessive, "number"/"ID", a copula.
func (sc *scratch) onlyFillers(from, to int) bool {
	words := 0
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		if t.kind == tPunct {
			continue
		}
		words++
		if words > 2 {
			return false
		}
		if t.cats&(catNumberWord|catPossSelf|catPossSelfPost|catConnector) != 0 && t.cats&catNeg == 0 {
			if int(t.mEnd) > k+1 {
				k = int(t.mEnd) - 1 // a phrase of several tokens ("của tôi") is one filler
			}
			continue
		}
		if !announceFillers[string(sc.norm[t.s:t.e])] {
			return false
		}
	}
	return true
}

// announceFillers are copulas and labels between a channel and its number.
var announceFillers = map[string]bool{
	"is": true, "es": true, "e": true, "est": true, "c": true, "ist": true, "lautet": true, "это": true, "da": true,
	"adalah": true, "la": true, "id": true, "no": false, "number": true, "num": true, "nr": true, "n": true,
	"คือ": true, "是": true, "は": true, "는": true, "은": true, "है": true, "هو": true, "di": true, "ke": true,
	"的": true, "の": true, "의": true, // "绿色那个软件的号：+86 131"
	// "… on the green app too: +86 139"
	"too": true, "also": true, "también": true, "também": true, "aussi": true, "auch": true, "anche": true,
	"тоже": true, "также": true, "de": true, "juga": true, "cũng": true, "也": true, "も": true, "도": true, "भी": true,
}

// noteBefore reports "write down" just before token k ("запишите номер",
// "note down the number", "记一下号码"): the number announced is the one that
// follows.
func (sc *scratch) noteBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && sc.toks[j].sent == sc.toks[k].sent; j-- {
		if sc.toks[j].mEnd > 0 && sc.toks[j].fam&famNote != 0 {
			return true
		}
	}
	return false
}
