package message

// The prefilter decides, in one pass over the bytes and without allocating,
// whether a message could contain anything the full analysis looks for. Most
// messages are plain ASCII product talk ("Yes, navy 200 gsm is in stock"); they
// stop here. It must never rule out a message the full analysis would flag, so
// it errs wide: any non-ASCII byte, any channel word or digit run long enough
// for a phone, any '@', spaced single letters, digit words, mixed
// letter-digit chunks that could be leetspeak or number words.

// needsAnalysis reports whether text must go through the full analysis.
func needsAnalysis(text string) bool {
	var (
		word        [16]byte
		wn          int  // word length (may exceed len(word))
		prevSep     byte // byte before the current word
		digits      int  // digits in the current digit run (joined by separators)
		singles     int  // consecutive single-letter words
		numWords    int  // digit words seen
		atWord, tld bool // "at" / a top-level domain after a dot, for spelt-out addresses
		chunkL      int  // letters in the current glued chunk
		chunkD      int  // digits in the current glued chunk
		chunkIO     bool // the chunk's letters are all i, l, o (digits in disguise)
		chunkSym    bool // the chunk has $ ! | (leetspeak)
		chunkStart  int
		stars       int
	)
	chunkIO = true
	for i := 0; i <= len(text); i++ {
		c := byte(' ')
		if i < len(text) {
			c = text[i]
		}
		if c >= 0x80 {
			return true
		}
		isLetter := c|0x20 >= 'a' && c|0x20 <= 'z'
		isDigit := c >= '0' && c <= '9'

		// Words.
		if isLetter {
			if wn < len(word) {
				word[wn] = c | 0x20
			}
			wn++
		} else if wn > 0 {
			if wn <= len(word) && triggerWord(word[:wn], prevSep, c) {
				return true
			}
			if wn == 1 {
				singles++
				if singles >= 4 {
					return true
				}
			} else {
				singles = 0
			}
			if wn <= 5 && isNumberWord(word[:wn]) {
				numWords++
				if numWords >= 3 {
					return true
				}
			}
			if wn == 2 && word[0] == 'a' && word[1] == 't' {
				atWord = true
			}
			if wn <= 6 && prevSep == '.' && tlds[string(word[:wn])] {
				tld = true
			}
			wn = 0
		}
		if !isLetter {
			prevSep = c
		}
		if !isLetter && c != ' ' && c != '.' && c != '-' && c != '_' && c != '*' && c != '|' && c != '/' &&
			c != '\'' && c != ',' && !isDigit {
			singles = 0
		}
		if c == '\n' || c == '\t' {
			singles = 0
		}

		// Digit runs, joined by the separators a phone number is written with.
		switch {
		case isDigit:
			digits++
			if digits >= 7 {
				return true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/':
		default:
			digits = 0
		}

		// Glued chunks mixing letters and digits: "W3chat", "one3eight", "I38".
		switch {
		case isLetter:
			chunkL++
			if l := c | 0x20; l != 'i' && l != 'l' && l != 'o' {
				chunkIO = false
			}
		case isDigit:
			chunkD++
		case c == '$' || c == '!' || c == '|':
			chunkSym = true
		case c == '@':
			return true
		case c == '+':
			if nextDigit(text, i+1) {
				return true
			}
		}
		if c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ':' || c == ';' || i == len(text) {
			if chunkL > 0 && (chunkD > 0 || chunkSym) {
				if chunkIO && chunkD >= 2 {
					return true
				}
				if chunkL >= 3 && leetOrWords(text[chunkStart:i]) {
					return true
				}
			}
			chunkL, chunkD, chunkIO, chunkSym, chunkStart = 0, 0, true, false, i+1
		}

		// Masks: "****", "xxxx" are handled as words ("xxxx" is a trigger).
		if c == '*' {
			stars++
			if stars >= 3 {
				return true
			}
		} else {
			stars = 0
		}
	}
	return atWord && tld
}

func nextDigit(s string, i int) bool {
	for ; i < len(s) && i < 4; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
		if s[i] != ' ' {
			return false
		}
	}
	return false
}

// leetOrWords reports a chunk that holds a digit word ("one3eight") or reads as a
// channel name in leetspeak ("w3chat").
func leetOrWords(chunk string) bool {
	var b [32]byte
	n := 0
	for i := 0; i < len(chunk) && n < len(b); i++ {
		c := chunk[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			b[n] = c | 0x20
		case c >= '0' && c <= '9':
			b[n], _ = leetDigit(c)
		case c == '$' || c == '!' || c == '|' || c == '@':
			b[n] = leetSym(c)
		default:
			continue
		}
		n++
	}
	s := b[:n]
	for _, w := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero"} {
		if contains(chunk, w) {
			return true
		}
	}
	for _, w := range [...]string{"whats", "wechat", "skype", "telegram", "viber", "email", "line", "signal", "qq", "phone", "mobile", "facebook", "instagram"} {
		if contains(string(s), w) {
			return true
		}
	}
	return false
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		match := true
		for j := 0; j < len(sub); j++ {
			if s[i+j]|0x20 != sub[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

func isNumberWord(w []byte) bool {
	_, ok := numberWords[string(w)]
	return ok || string(w) == "plus"
}

// triggerWord reports words that name a channel, a contact, Trade Assurance,
// or spell out an address. prev is the byte before the word, next the byte after.
func triggerWord(w []byte, prev, next byte) bool {
	switch string(w) {
	case "whatsapp", "whatsap", "watsapp", "watsap", "whatapp", "whtsp", "whtsapp", "wtsp", "wtsapp", "wats",
		"whats", "wpp", "wa", "zap", "zapzap", "wasap", "guasap", "wassap", "wechat", "weixin", "wei", "vx",
		"wx", "chat", "skype", "qq", "telegram", "telegramm", "tele", "tg", "line", "lin", "viber", "signal",
		"zoom", "meet", "teams", "instagram", "insta", "ig", "facebook", "face", "fb", "messenger", "linkedin",
		"linked", "kakaotalk", "kakao", "zalo", "snapchat", "dingtalk", "tiktok", "discord", "email", "emails",
		"mail", "gmail", "hotmail", "outlook", "yahoo", "correo", "courriel", "phone", "phones", "telephone",
		"telefono", "telefone", "mobile", "mob", "tel", "cell", "cellphone", "celular", "fax", "contact",
		"contacts", "contacto", "contato", "number", "numero", "dot", "trade", "assurance", "ta", "app", "xxx",
		"xxxx", "handynummer", "telefonnummer", "nummer", "movil", "portable", "perso":
		return true
	case "me":
		return prev == '.' // t.me, wa.me, m.me
	case "v":
		return next == ':'
	case "at":
		return prev == '(' || prev == '[' || prev == '{' || prev == '<'
	}
	return false
}
