package listing

import (
	"unicode"
	"unicode/utf8"
)

// numWordKind is how a number word combines with the words before it.
type numWordKind uint8

const (
	// numAdd adds to the pending group: "five", "twenty", "quinientos", 五.
	numAdd numWordKind = iota + 1
	// numSmall multiplies the pending digit inside a group: "hundred", 十,
	// 百, 千 (Chinese and Japanese count thousands below 万), ร้อย, พัน.
	numSmall
	// numLarge closes a group: "thousand", "mil", "тысяч", 万, "ribu".
	numLarge
	// numTeen adds ten: Indonesian "dua belas" (12).
	numTeen
	// numLead stands for one only before another number word: "a
	// thousand", Turkish "on bin" (on is also an English word).
	numLead
	// numJoin joins number words: "and", "y", "e", "et", "und", "و".
	numJoin
)

type numWord struct {
	kind  numWordKind
	value float64
}

// numberWords are the words and morphemes of numbers in the languages
// merchants write in, lowercase. German, Italian, Arabic, Chinese, Japanese,
// Korean and Thai write numbers as one word ("zweitausendfünfhundert",
// "duemilacinquecento", "خمسمائة", 两千五百), so a word is split into them.
var numberWords = func() map[string]numWord {
	m := map[string]numWord{}
	add := func(kind numWordKind, value float64, words ...string) {
		for _, w := range words {
			m[w] = numWord{kind, value}
		}
	}
	adds := func(pairs ...any) {
		for i := 0; i+1 < len(pairs); i += 2 {
			add(numAdd, float64(pairs[i+1].(int)), pairs[i].(string))
		}
	}
	// English
	adds("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9,
		"ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16,
		"seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
		"sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90)
	add(numSmall, 100, "hundred")
	add(numLarge, 1e3, "thousand")
	add(numLarge, 1e6, "million")
	add(numLead, 1, "a", "an")
	// Spanish, Portuguese
	adds("uno", 1, "una", 1, "un", 1, "dos", 2, "tres", 3, "cuatro", 4, "cinco", 5, "seis", 6, "siete", 7,
		"ocho", 8, "nueve", 9, "diez", 10, "once", 11, "doce", 12, "quince", 15, "veinte", 20, "veinti", 20,
		"treinta", 30, "cuarenta", 40, "cincuenta", 50, "sesenta", 60, "setenta", 70, "ochenta", 80, "noventa", 90,
		"cien", 100, "ciento", 100, "doscientos", 200, "doscientas", 200, "trescientos", 300, "trescientas", 300,
		"cuatrocientos", 400, "cuatrocientas", 400, "quinientos", 500, "quinientas", 500, "seiscientos", 600,
		"seiscientas", 600, "setecientos", 700, "setecientas", 700, "ochocientos", 800, "ochocientas", 800,
		"novecientos", 900, "novecientas", 900,
		"um", 1, "uma", 1, "dois", 2, "duas", 2, "três", 3, "quatro", 4, "sete", 7, "oito", 8, "nove", 9,
		"dez", 10, "vinte", 20, "trinta", 30, "quarenta", 40, "cinquenta", 50, "sessenta", 60, "oitenta", 80,
		"cem", 100, "cento", 100, "duzentos", 200, "duzentas", 200, "trezentos", 300, "trezentas", 300,
		"quatrocentos", 400, "quatrocentas", 400, "quinhentos", 500, "quinhentas", 500, "seiscentos", 600,
		"seiscentas", 600, "setecentos", 700, "setecentas", 700, "oitocentos", 800, "oitocentas", 800,
		"novecentos", 900, "novecentas", 900)
	add(numLarge, 1e3, "mil")
	add(numLarge, 1e6, "millón", "millones", "milhão", "milhões")
	// French
	adds("une", 1, "deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "sept", 7, "huit", 8, "neuf", 9, "dix", 10,
		"onze", 11, "douze", 12, "treize", 13, "quatorze", 14, "seize", 16, "vingt", 20, "vingts", 20, "trente", 30,
		"quarante", 40, "cinquante", 50, "soixante", 60, "quatre-vingt", 80, "quatre-vingts", 80)
	add(numSmall, 100, "cent", "cents")
	add(numLarge, 1e3, "mille")
	// German
	adds("ein", 1, "eine", 1, "eins", 1, "zwei", 2, "drei", 3, "vier", 4, "fünf", 5, "sechs", 6, "sieben", 7,
		"acht", 8, "neun", 9, "zehn", 10, "elf", 11, "zwölf", 12, "zwanzig", 20, "dreißig", 30, "vierzig", 40,
		"fünfzig", 50, "sechzig", 60, "siebzig", 70, "achtzig", 80, "neunzig", 90)
	add(numSmall, 100, "hundert")
	add(numLarge, 1e3, "tausend")
	// Italian
	adds("due", 2, "tre", 3, "quattro", 4, "cinque", 5, "sei", 6, "sette", 7, "otto", 8, "dieci", 10, "venti", 20, "vent", 20,
		"trenta", 30, "trent", 30, "quaranta", 40, "cinquanta", 50, "sessanta", 60, "settanta", 70, "ottanta", 80,
		"novanta", 90)
	add(numSmall, 100, "cento")
	add(numLarge, 1e3, "mila")
	add(numLarge, 1e6, "milioni", "milione")
	// Russian, nominative and genitive ("от пятисот штук")
	adds("один", 1, "одна", 1, "одну", 1, "два", 2, "две", 2, "двух", 2, "три", 3, "трёх", 3, "трех", 3,
		"четыре", 4, "четырёх", 4, "четырех", 4, "пять", 5, "пяти", 5, "шесть", 6, "шести", 6, "семь", 7, "семи", 7,
		"восемь", 8, "восьми", 8, "девять", 9, "девяти", 9, "десять", 10, "десяти", 10, "двадцать", 20,
		"двадцати", 20, "тридцать", 30, "тридцати", 30, "сорок", 40, "сорока", 40, "пятьдесят", 50,
		"пятидесяти", 50, "сто", 100, "ста", 100, "двести", 200, "двухсот", 200, "триста", 300, "трёхсот", 300,
		"трехсот", 300, "четыреста", 400, "четырёхсот", 400, "пятьсот", 500, "пятисот", 500, "шестьсот", 600,
		"шестисот", 600, "семьсот", 700, "семисот", 700, "восемьсот", 800, "восьмисот", 800, "девятьсот", 900,
		"девятисот", 900)
	add(numLarge, 1e3, "тысяча", "тысячи", "тысяч", "тысячу")
	add(numLarge, 1e6, "миллион", "миллиона", "миллионов")
	// Turkish
	adds("bir", 1, "iki", 2, "üç", 3, "dört", 4, "beş", 5, "altı", 6, "yedi", 7, "sekiz", 8, "dokuz", 9,
		"yirmi", 20, "otuz", 30, "kırk", 40, "elli", 50, "altmış", 60, "yetmiş", 70, "seksen", 80, "doksan", 90)
	add(numLead, 10, "on")
	add(numSmall, 100, "yüz")
	add(numLarge, 1e3, "bin")
	// Indonesian
	adds("satu", 1, "dua", 2, "tiga", 3, "empat", 4, "lima", 5, "enam", 6, "tujuh", 7, "delapan", 8,
		"sembilan", 9, "sepuluh", 10, "sebelas", 11, "seratus", 100)
	add(numTeen, 10, "belas")
	add(numSmall, 10, "puluh")
	add(numSmall, 100, "ratus")
	add(numLarge, 1e3, "ribu", "seribu")
	add(numLarge, 1e6, "juta", "sejuta")
	// Vietnamese
	adds("một", 1, "mốt", 1, "hai", 2, "ba", 3, "bốn", 4, "tư", 4, "năm", 5, "lăm", 5, "sáu", 6, "bảy", 7,
		"tám", 8, "chín", 9, "mười", 10)
	add(numSmall, 10, "mươi")
	add(numSmall, 100, "trăm")
	add(numLarge, 1e3, "nghìn", "ngàn")
	add(numLarge, 1e6, "triệu")
	// Hindi (with and without nukta, precomposed or not)
	adds("एक", 1, "दो", 2, "तीन", 3, "चार", 4, "पाँच", 5, "पांच", 5, "छह", 6, "छः", 6, "सात", 7, "आठ", 8,
		"नौ", 9, "दस", 10, "बीस", 20, "पच्चीस", 25, "तीस", 30, "चालीस", 40, "पचास", 50, "साठ", 60, "सत्तर", 70,
		"अस्सी", 80, "नब्बे", 90)
	add(numAdd, 1.5, "डेढ़", "\u0921\u0947\u0922\u093c", "\u0921\u0947\u095d")
	add(numAdd, 2.5, "ढाई")
	add(numSmall, 100, "सौ")
	add(numLarge, 1e3, "हज़ार", "हजार", "\u0939\u095b\u093e\u0930")
	add(numLarge, 1e5, "लाख")
	// Arabic ("خمسمائة" is five and hundred in one word)
	adds("واحد", 1, "اثنان", 2, "اثنين", 2, "ثلاثة", 3, "ثلاث", 3, "أربعة", 4, "أربع", 4, "خمسة", 5, "خمس", 5,
		"ستة", 6, "ست", 6, "سبعة", 7, "سبع", 7, "ثمانية", 8, "ثمان", 8, "تسعة", 9, "تسع", 9, "عشرة", 10, "عشر", 10,
		"عشرون", 20, "عشرين", 20, "خمسون", 50, "خمسين", 50, "مئتان", 200, "مائتان", 200, "مئتين", 200, "مائتين", 200)
	add(numSmall, 100, "مائة", "مئة")
	add(numLarge, 1e3, "ألف", "آلاف", "الف")
	add(numLarge, 2e3, "ألفين", "ألفان", "الفين")
	add(numJoin, 0, "and", "y", "e", "et", "und", "و")
	// Chinese, Japanese, Korean (Sino-Korean), Thai: one character or
	// syllable each
	adds("一", 1, "二", 2, "两", 2, "兩", 2, "三", 3, "四", 4, "五", 5, "六", 6, "七", 7, "八", 8, "九", 9,
		"〇", 0, "零", 0, "일", 1, "이", 2, "삼", 3, "사", 4, "오", 5, "육", 6, "칠", 7, "팔", 8, "구", 9,
		"หนึ่ง", 1, "เอ็ด", 1, "สอง", 2, "ยี่", 2, "สาม", 3, "สี่", 4, "ห้า", 5, "หก", 6, "เจ็ด", 7, "แปด", 8,
		"เก้า", 9)
	add(numSmall, 10, "十", "십", "สิบ")
	add(numSmall, 100, "百", "백", "ร้อย")
	add(numSmall, 1e3, "千", "천", "พัน")
	add(numSmall, 1e4, "หมื่น")
	add(numSmall, 1e5, "แสน")
	add(numLarge, 1e4, "万", "萬", "만")
	add(numLarge, 1e6, "ล้าน")
	add(numLarge, 1e8, "亿", "億", "억")
	return m
}()

// maxNumberWord is the length in bytes of the longest entry of numberWords.
var maxNumberWord = func() int {
	n := 0
	for w := range numberWords {
		n = max(n, len(w))
	}
	return n
}()

// numberWordStart marks the bytes a number word can start with (both cases
// of ASCII letters), so most positions cost one lookup.
var numberWordStart = func() (t [256]bool) {
	for w := range numberWords {
		t[w[0]] = true
		if 'a' <= w[0] && w[0] <= 'z' {
			t[w[0]-'a'+'A'] = true
		}
	}
	return t
}()

// minWordNumber: a number in words below this is no minimum worth reading
// ("one piece", "三件套", "a pair"), and small words collide with ordinary
// ones ("due", "sei", Korean particles).
const minWordNumber = 10

// maxNumberParts bounds the number words read in one number.
const maxNumberParts = 16

// numberWordsAt reads a number written in words at text[i] ("five
// hundred", "dos mil quinientas", "两千五百", "ห้าร้อย") and returns its
// value and where its last word ends. Words are whole words, except in
// scripts that glue counters to numbers (Han, Thai, Hangul), where number
// characters run until the first other character (两千件, ห้าร้อยชิ้น, 오백개).
func numberWordsAt(text string, i int) (value float64, end int, ok bool) {
	if i >= len(text) || !numberWordStart[text[i]] || !utf8.RuneStart(text[i]) {
		return 0, 0, false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	noSpaces := unicode.Is(unicode.Han, r) || isThaiStart(text, i)
	// Korean spaces its words but glues counters to numbers (오백개).
	glued := noSpaces || unicode.Is(unicode.Hangul, r)
	if !noSpaces && i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(p) || unicode.IsMark(p) || unicode.IsDigit(p) {
			return 0, 0, false // inside a word
		}
	}
	var parts [maxNumberParts]numWord
	n := 0
	end = i
	if glued {
		for k := i; k < len(text) && n < maxNumberParts; {
			w, e := longestNumberWord(text, k, len(text))
			if e == k {
				break
			}
			parts[n], n, k, end = w, n+1, e, e
		}
	} else {
		for k := i; n < maxNumberParts; {
			var buf [64]byte
			word, e := numberWordText(text, k, buf[:0])
			m, fits := splitNumberWord(word, parts[n:])
			if !fits || parts[n+m-1].kind == numJoin && (m > 1 || n == 0) {
				break // not a number word, or one ending in a join ("mile")
			}
			n += m
			if parts[n-1].kind != numJoin {
				end = e
			}
			k, _ = skipSpaces(text, e)
			if k == e {
				break
			}
		}
		for n > 0 && parts[n-1].kind == numJoin {
			n-- // "five hundred and": the join belongs to the next words
		}
	}
	value, ok = numberValue(parts[:n])
	return value, end, ok
}

// numberWordText reads the word at text[k] lowercased into buf: letters,
// marks and inner hyphens ("twenty-five", "quatre-vingts").
func numberWordText(text string, k int, buf []byte) ([]byte, int) {
	e := k
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if r == '-' && e > k && e+1 < len(text) && text[e+1] != ' ' {
			buf = append(buf, '-')
			e++
			continue
		}
		if !(unicode.IsLetter(r) || unicode.IsMark(r)) || isCJK(r) || len(buf)+utf8.UTFMax > cap(buf) {
			break
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		e += size
	}
	return buf, e
}

// splitNumberWord splits a whole word into number words, longest first,
// into parts; fits is false when some of it is no number word.
func splitNumberWord(word []byte, parts []numWord) (n int, fits bool) {
	for p := 0; p < len(word); {
		if word[p] == '-' {
			p++
			continue
		}
		w, l := numWord{}, 0
		for l = min(maxNumberWord, len(word)-p); l > 0; l-- {
			var ok bool
			if w, ok = numberWords[string(word[p:p+l])]; ok {
				break
			}
		}
		if l == 0 || n == len(parts) {
			return 0, false
		}
		parts[n] = w
		n++
		p += l
	}
	return n, n > 0
}

// longestNumberWord returns the longest number word at text[k:to], in
// scripts without spaces, and where it ends (k when there is none).
func longestNumberWord(text string, k, to int) (numWord, int) {
	for l := min(maxNumberWord, to-k); l > 0; l-- {
		if k+l < len(text) && !utf8.RuneStart(text[k+l]) {
			continue
		}
		if w, ok := numberWords[text[k:k+l]]; ok {
			return w, k + l
		}
	}
	return numWord{}, k
}

// numberValue combines number words: digits add up in a group, small
// multipliers scale the pending digit, large ones close the group.
func numberValue(parts []numWord) (float64, bool) {
	var total, group, digit float64
	read := false
	for i, w := range parts {
		switch w.kind {
		case numAdd:
			digit += w.value
		case numTeen:
			digit += w.value
		case numSmall:
			group += max(digit, 1) * w.value
			digit = 0
		case numLarge:
			total += max(group+digit, 1) * w.value
			group, digit = 0, 0
		case numLead:
			if i+1 == len(parts) || parts[i+1].kind == numJoin || w.value == 1 && parts[i+1].kind != numSmall && parts[i+1].kind != numLarge {
				return 0, false // "a" before no multiplier, "on" before nothing
			}
			digit += w.value
		case numJoin:
			if i == 0 {
				return 0, false
			}
			continue
		}
		read = true
	}
	return total + group + digit, read
}
