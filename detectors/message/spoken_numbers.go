package message

// Spoken numbers beyond single digits: merchants dictate a phone number in
// pairs and triples ("восемь девятьсот шестнадцать четыреста двадцать",
// "beş yüz otuz iki", "zéro six douze trente-quatre", "tiga ratus dua puluh").
// Each such word carries a number word value (token.num); before phones are
// read, readNumberWords turns every run of number words into the digits it
// dictates, item by item (a unit, a teen, tens and a unit, hundreds with
// tens and a unit), each item written at its own width (916, 07, 8). Words
// for thousands are not number words: "tres mil piezas" stays a quantity.

// Number word kinds, in the top bits of token.num; the value is below.
const (
	nkTeen    = 1 << 12 // 10–19 alone: diez, douze, шестнадцать
	nkTens    = 2 << 12 // 20–90, a unit may follow: treinta (y) cuatro
	nkPair    = 3 << 12 // 21–99 in one word: trentaquattro, vierunddreißig, veintitrés
	nkHund    = 4 << 12 // 100–900 in one word: девятьсот, quinientos, trecento
	nkHundMul = 5 << 12 // "hundred" after a unit: beş yüz, tiga ratus, ba trăm
	nkTenMul  = 6 << 12 // "ten" after a unit: dua puluh, hai mươi (mười alone: 10)
	nkTeenSuf = 7 << 12 // teen after a unit: dua belas
	nkOn      = 8 << 12 // Turkish "on" (10): a number only before a Turkish unit or after yüz
	nkVingt   = 9 << 12 // French vingt: 20, and 80 after quatre
	nkKind    = 15 << 12
	nkValue   = 1<<12 - 1
)

// moreDigitWords are single-digit words added to spokenDigitWords: katakana
// forms, Indonesian "kosong", Brazilian "meia" (six), Hindi "zero".
var moreDigitWords = map[byte][]string{
	'0': {"kosong", "ゼロ", "レイ", "マル", "जीरो", "ज़ीरो"},
	'1': {"イチ"},
	'3': {"サン"},
	'4': {"ヨン"},
	'6': {"meia", "ロク"},
	'7': {"ナナ"},
	'8': {"ハチ"},
	'9': {"キュウ", "キュー", "きゅー"},
}

// morePlusWords say "+" before a country code, added to plusWords: Spanish
// and Portuguese "más"/"mais" (the numbering plan decides whether a number
// follows one).
var morePlusWords = []string{"más", "mais"}

// spokenNumberWords maps number words to their kind and value.
var spokenNumberWords = buildNumberWords()

func buildNumberWords() map[string]uint16 {
	m := map[string]uint16{}
	add := func(kind uint16, base, step int, words ...string) {
		for k, w := range words {
			if w != "" {
				m[w] = kind | uint16(base+k*step)
			}
		}
	}
	teens := [][]string{
		{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"},
		{"diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"},
		{"dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"},
		{"", "", "", "", "quatorze", "", "dezasseis", "dezassete", "", "dezanove"},
		{"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"},
		{"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"},
		{"zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"},
		{"десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
			"восемнадцать", "девятнадцать"},
		{"sepuluh", "sebelas"},
	}
	for _, ws := range teens {
		add(nkTeen, 10, 1, ws...)
	}
	tens := [][]string{
		{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"},
		{"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"},
		{"vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"},
		{"", "trente", "quarante", "cinquante", "soixante"},
		{"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"},
		{"zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"},
		{"двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"},
		{"yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"},
	}
	for _, ws := range tens {
		add(nkTens, 20, 10, ws...)
	}
	m["vingt"], m["vingts"] = nkVingt|20, nkVingt|20
	m["on"] = nkOn | 10
	// Two-digit numbers written as one word.
	itTens := []string{"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"}
	itUnits := []string{"uno", "due", "tré", "quattro", "cinque", "sei", "sette", "otto", "nove"}
	deTens := tens[5]
	deUnits := []string{"ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"}
	for t := range 8 {
		for u := range 9 {
			v := uint16(nkPair | (20 + 10*t + u + 1))
			stem := itTens[t]
			if u == 0 || u == 7 { // ventuno, trentotto: the vowel elides
				stem = stem[:len(stem)-1]
			}
			m[stem+itUnits[u]] = v
			m[deUnits[u]+"und"+deTens[t]] = v
		}
	}
	add(nkPair, 21, 1, "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
		"veintiocho", "veintinueve")
	m["veintiún"] = nkPair | 21
	hundreds := [][]string{
		{"ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"},
		{"", "doscientas", "trescientas", "cuatrocientas", "quinientas", "seiscientas", "setecientas", "ochocientas", "novecientas"},
		{"cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"},
		{"", "duzentas", "trezentas", "quatrocentas", "quinhentas", "seiscentas", "setecentas", "oitocentas", "novecentas"},
		{"", "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento", "ottocento", "novecento"},
		{"einhundert", "zweihundert", "dreihundert", "vierhundert", "fünfhundert", "sechshundert", "siebenhundert",
			"achthundert", "neunhundert"},
		{"сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"},
		{"seratus"},
	}
	for _, ws := range hundreds {
		add(nkHund, 100, 100, ws...)
	}
	m["cien"], m["cem"] = nkHund|100, nkHund|100
	for _, w := range []string{"hundred", "hundert", "cent", "cents", "yüz", "ratus", "trăm"} {
		m[w] = nkHundMul | 100
	}
	for _, w := range []string{"puluh", "mươi", "mười"} {
		m[w] = nkTenMul | 10
	}
	m["belas"] = nkTeenSuf | 10
	// Keyed as message tokens read them.
	out := make(map[string]uint16, len(m))
	sc := new(scratch)
	for w, v := range m {
		normalize(w, sc)
		if k := string(sc.norm); k != "" {
			if _, dup := out[k]; !dup {
				out[k] = v
			}
		}
	}
	return out
}

// numberConnectors join tens and a unit: treinta y cuatro, trinta e quatro,
// vingt et un, cento e vinte.
func numberConnector(w []byte) bool {
	s := string(w)
	return s == "y" || s == "e" || s == "et"
}

// turkishUnits are the Turkish digit words, which a preceding "on" makes a
// teen, keyed as tokens read them.
var turkishUnits = func() map[string]bool {
	m := map[string]bool{}
	sc := new(scratch)
	for _, w := range []string{"bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"} {
		normalize(w, sc)
		m[string(sc.norm)] = true
	}
	return m
}()

func turkishUnit(w []byte) bool { return turkishUnits[string(w)] }

// numUnit is the digit a plain digit word names, or -1.
func (sc *scratch) numUnit(i int) int {
	if i < 0 || i >= len(sc.toks) {
		return -1
	}
	t := &sc.toks[i]
	if t.kind == tWord && t.alt == "" && t.digit != 0 {
		return int(t.digit - '0')
	}
	return -1
}

// numKind is token i's number word kind (0 if none) and value.
func (sc *scratch) numKind(i int) (int, int) {
	if i < 0 || i >= len(sc.toks) {
		return 0, 0
	}
	t := &sc.toks[i]
	if t.kind != tWord || t.alt != "" || t.num == 0 {
		return 0, 0
	}
	k, v := int(t.num)&nkKind, int(t.num)&nkValue
	if k == nkOn {
		// Turkish "on" only before a Turkish unit or after "yüz": English "on" is common.
		prev, _ := sc.numKind(i - 1)
		if !(i+1 < len(sc.toks) && !sc.toks[i+1].nl && turkishUnit(sc.norm[sc.toks[i+1].s:sc.toks[i+1].e])) && prev != nkHundMul {
			return 0, 0
		}
		k = nkTens
	}
	return k, v
}

// numNext is the token after i within one dictated item: the next word, past
// a hyphen (trente-quatre) or, when conn, a connector (treinta y cuatro). A
// comma, a line or any other word ends the item.
func (sc *scratch) numNext(i int, conn bool) int {
	toks := sc.toks
	k := i + 1
	if k < len(toks) && toks[k].kind == tPunct && sc.isPunct(k, '-') && toks[k].glued() {
		k++
		if k < len(toks) && !toks[k].glued() {
			return -1
		}
	} else if conn && k+1 < len(toks) && toks[k].kind == tWord && numberConnector(sc.norm[toks[k].s:toks[k].e]) {
		k++
	}
	if k >= len(toks) || toks[k].nl || toks[k].kind != tWord {
		return -1
	}
	return k
}

// hasNumberWords reports a number word beyond single digits in the message.
func (sc *scratch) hasNumberWords() bool {
	for i := range sc.toks {
		if sc.toks[i].num != 0 {
			if k, _ := sc.numKind(i); k != 0 {
				return true
			}
		}
	}
	return false
}

// readNumberWords fills sc.numSpan: for each token of a dictated item the
// digits it writes (all on the item's first token) in sc.numDigits, or -1
// for a token outside any item. It leaves numSpan empty when the message
// has no number word beyond single digits, so that messages of plain
// digits are read exactly as before.
func (sc *scratch) readNumberWords() {
	sc.numSpan = sc.numSpan[:0]
	sc.numDigits = sc.numDigits[:0]
	if !sc.hasNumberWords() {
		return
	}
	for range sc.toks {
		sc.numSpan = append(sc.numSpan, -1)
	}
	for i := 0; i < len(sc.toks); {
		end, val, width := sc.readItem(i)
		if width == 0 {
			i++
			continue
		}
		off := len(sc.numDigits)
		for p := 100; p >= 1; p /= 10 {
			if p < pow10(width) {
				sc.numDigits = append(sc.numDigits, byte('0'+val/p%10))
			}
		}
		sc.numSpan[i] = int32(off<<2 | width)
		for k := i + 1; k < end; k++ {
			sc.numSpan[k] = 0 // inside the item: writes nothing
		}
		i = end
	}
}

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

// readItem reads one dictated item at token i: its end (exclusive), value
// and width in digits (0 when token i starts none).
func (sc *scratch) readItem(i int) (end, val, width int) {
	u := sc.numUnit(i)
	k, v := sc.numKind(i)
	if u < 0 && k == 0 {
		return i + 1, 0, 0
	}
	if u >= 0 {
		n := sc.numNext(i, false)
		nk, _ := sc.numKind(n)
		switch {
		case nk == nkHundMul && u > 0:
			return sc.afterHundreds(n, u*100)
		case nk == nkTenMul && u > 0:
			return sc.afterTens(n, u*10, 2)
		case nk == nkTeenSuf:
			return n + 1, 10 + u, 2
		case nk == nkVingt && u == 4:
			return sc.afterTens(n, 80, 2)
		}
		return i + 1, u, 1
	}
	switch k {
	case nkTeen:
		if v == 10 { // dix-sept
			if n := sc.numNext(i, false); n > 0 && sc.isPunct(n-1, '-') {
				if w := sc.numUnit(n); w >= 7 {
					return n + 1, 10 + w, 2
				}
			}
		}
		return i + 1, v, 2
	case nkPair:
		return i + 1, v, 2
	case nkTens, nkVingt:
		return sc.afterTens(i, v, 2)
	case nkTenMul:
		return sc.afterTens(i, 10, 2)
	case nkHund:
		return sc.afterHundreds(i, v)
	case nkHundMul:
		return sc.afterHundreds(i, 100)
	}
	return i + 1, 0, 0
}

// afterTens finishes an item at the tens word i worth val: a unit may
// follow (treinta y cuatro), or a teen after soixante/quatre-vingt
// (soixante-dix-huit).
func (sc *scratch) afterTens(i, val, width int) (int, int, int) {
	n := sc.numNext(i, true)
	if u := sc.numUnit(n); u > 0 {
		return n + 1, val + u, width
	}
	if nk, _ := sc.numKind(n); (val == 60 || val == 80) && nk == nkTeen {
		e, tv, _ := sc.readItem(n) // soixante-dix-huit, soixante et onze
		return e, val + tv, width
	}
	return i + 1, val, width
}

// afterHundreds finishes an item at the hundreds word i worth val: tens, a
// teen, a pair or a unit may follow (девятьсот шестнадцать, beş yüz otuz iki).
func (sc *scratch) afterHundreds(i, val int) (int, int, int) {
	n := sc.numNext(i, true)
	if n < 0 {
		return i + 1, val, 3
	}
	if u := sc.numUnit(n); u > 0 {
		m := sc.numNext(n, false)
		switch mk, _ := sc.numKind(m); mk {
		case nkTenMul:
			e, tv, _ := sc.afterTens(m, u*10, 2) // tiga ratus dua puluh lima
			return e, val + tv, 3
		case nkTeenSuf:
			return m + 1, val + 10 + u, 3 // sembilan ratus enam belas
		}
		return n + 1, val + u, 3
	}
	switch nk, nv := sc.numKind(n); nk {
	case nkTeen, nkPair:
		e, tv, _ := sc.readItem(n)
		return e, val + tv, 3
	case nkTens, nkVingt:
		e, tv, _ := sc.afterTens(n, nv, 2)
		return e, val + tv, 3
	case nkTenMul:
		e, tv, _ := sc.afterTens(n, 10, 2)
		return e, val + tv, 3
	}
	return i + 1, val, 3
}

// numWordAt is token i's reading as part of a dictated number: ok when it
// belongs to one, and the digits it writes (none for the later words of an
// item).
func (sc *scratch) numWordAt(i int) ([]byte, bool) {
	if i >= len(sc.numSpan) || sc.numSpan[i] < 0 {
		return nil, false
	}
	s := sc.numSpan[i]
	off, w := int(s>>2), int(s&3)
	return sc.numDigits[off : off+w], true
}

// possPhraseBefore reports a possessive phrase of two or three tokens ending
// right before token k: 我的 号码, 私の 番号.
func (sc *scratch) possPhraseBefore(k int) bool {
	const poss = catPossSelf | catPossYou
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if t := &sc.toks[j]; t.cats&poss != 0 && int(t.mEnd) == k {
			return true
		}
	}
	return false
}

// announcedNear reports a phone announced before the number at [start, end):
// a phone keyword or QQ next to it, or further off in its sentence "my number"
// ("Mon numéro c'est zéro six", "Số của tôi là không chín").
func (sc *scratch) announcedNear(start, end, w int) bool {
	if sc.phoneKeywordNear(start, end, w) || sc.qqNear(start, end) {
		return true
	}
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-w && toks[k].sent == toks[start].sent; k-- {
		if t := &toks[k]; !t.shadow && t.mEnd > 0 && t.ch.phoneCapable() && t.cats&catNumberWord != 0 && sc.possessedAt(k) {
			return true
		}
	}
	return false
}

// nativeDigits reports a number in [start, end) written in digits of another
// script or full width (๐๘๑, ٠٥٠, ０９０): its original text is longer than
// its ASCII form.
func (sc *scratch) nativeDigits(start, end int) bool {
	for k := start; k < end && k < len(sc.toks); k++ {
		if t := &sc.toks[k]; t.kind == tNum && sc.ne[t.e-1]-sc.ns[t.s] != t.e-t.s {
			return true
		}
	}
	return false
}

// mayContinue reports a phone found at the end of the message, dictated in
// words or native digits and not joined from an earlier message: the
// merchant's next message may dictate the rest ("My number is zero nine one
// two three four five" + "six seven eight, write me there").
func (sc *scratch) mayContinue(v *value, digits []byte, kind valueKind) bool {
	if kind != valPhone || v.intl || v.masked > 0 || v.flags&obfSplitMessages != 0 || len(digits) > maxPendingDigits {
		return false
	}
	if !sc.endsMessage(int(v.te)) {
		return false
	}
	return v.flags&obfNumberWords != 0 || sc.nativeDigits(int(v.ts), int(v.te))
}

// namedPhone reports a phone named outright before token start in its
// sentence: a strong phone-capable channel or "my/your number" — not a weak
// name ("v", "tel") that only a longer number confirms.
func (sc *scratch) namedPhone(start, w int) bool {
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-w && toks[k].sent == toks[start].sent; k-- {
		t := &toks[k]
		if t.shadow || t.mEnd == 0 || !t.ch.phoneCapable() {
			continue
		}
		if t.cats&catChannel != 0 || (t.cats&catNumberWord != 0 && sc.possessedAt(k)) {
			return true
		}
	}
	return false
}

// prefilterNumberWord reports a number word the prefilter counts: not the
// ones that are also common words elsewhere ("on", "once", "cent"), which
// would send ordinary English to the full analysis; the digit words around
// them count.
func prefilterNumberWord(w []byte) bool {
	switch string(w) {
	case "on", "once", "cent", "cents", "elf":
		return false
	}
	return spokenNumberWords[string(w)] != 0
}

// endsMessage reports that only punctuation follows token end-1: a single
// digit word carries to the next message only when it closes this one ("我的
// 号码是零"), not inside a word ("お電話します": し is four).
func (sc *scratch) endsMessage(end int) bool {
	for k := end; k < len(sc.toks); k++ {
		if sc.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}
