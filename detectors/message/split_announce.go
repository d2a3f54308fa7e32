package message

// A contact announced in a message of its own, its number to follow in the
// merchant's next messages: "số em:" … "957" … "533 745 zalo", "ไลน์" …
// "940" … "299592", "WA : 175" … "699" … "29282". The announcement is the
// merchant offering a channel on its own initiative, so it is judged as
// such; the announced number is carried to the next messages, whose digit
// fragments add up to it (findPhones).

// announcementConf is below a value's: the announcement says what follows.
const announcementConf = 0.84

// maxAnnouncementWords bounds the words of a message that only announces a
// contact ("mi wasa es", "nomor saya kak"): the channel's name, a
// possessive, a connector and a word of address.
const maxAnnouncementWords = 4

// danglingAnnouncement reports a message that names one channel or "my
// number" and nothing else but a possessive, a connector, a word of address
// and the start of a number too short to be one: the channel, and the
// tokens to report.
func (sc *scratch) danglingAnnouncement() (m mention, ok bool) {
	if len(sc.ments) != 1 {
		return mention{}, false
	}
	m = sc.ments[0]
	toks := sc.toks
	if toks[m.ts].shadow {
		return mention{}, false
	}
	words, digits, other := 0, 0, 0
	for k := 0; k < len(toks); {
		t := &toks[k]
		switch {
		case k >= int(m.ts) && k < int(m.te):
			words++
			k = int(m.te)
			continue
		case t.kind == tPunct:
		case t.kind == tNum:
			if k < int(m.te) {
				return mention{}, false // "500 pcs, WhatsApp": the number comes first
			}
			digits += int(t.e - t.s)
		case t.mEnd > 0 && t.cats&(catPossSelf|catPossSelfPost|catConnector) != 0:
			words++
			k = max(k+1, int(t.mEnd))
			continue
		default:
			words++
			other++
		}
		k++
	}
	if words > maxAnnouncementWords || other > 1 || digits >= minWholeMobile {
		return mention{}, false
	}
	if sc.sentCats[toks[m.ts].sent]&catCodeCtx != 0 {
		return mention{}, false // "Tracking no.: 7731"
	}
	head := &toks[m.ts]
	owned, labelled := sc.possessedAt(int(m.ts)), sc.labelledAt(int(m.te))
	switch {
	case head.cats&catNumberWord != 0:
		// "number": a phone when owned ("số em:", "mera no.", "nomor saya"),
		// or labelled with the number still to come ("番号は", "numara:");
		// "number: 500" is a count.
		return m, owned || labelled && digits == 0
	case m.ch.paperwork(), m.weak && isASCII(string(sc.norm[head.s:head.e])) && m.ch != ChannelWhatsApp:
		// "email", "line", "signal": owned or labelled ("my mail:", "LINE:").
		return m, owned || labelled
	}
	return m, true
}

// labelledAt reports a colon or connector right after a channel's name (at
// token k), or after one word more ("số em:", "my number:"), the value to
// follow.
func (sc *scratch) labelledAt(k int) bool {
	word := false
	for ; k < len(sc.toks); k++ {
		t := &sc.toks[k]
		if sc.isPunct(k, ':') || t.mEnd > 0 && t.cats&catConnector != 0 {
			return true
		}
		if t.kind == tPunct {
			continue
		}
		if word || t.kind != tWord {
			return false
		}
		word = true
	}
	return false
}
