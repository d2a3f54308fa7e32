package message_test

import (
	"strings"
	"testing"
)

// Phone numbers given in number words, digit by digit or dictated in pairs
// and hundreds, in one message or split over two consecutive seller
// messages ("my number is" + the first words; the rest + "write to me
// there", no app named), and in native digit scripts. Generated: languages ×
// numbers × every cut; near misses (quantities, prices, dates, sizes, model
// and order numbers in words, also split over two messages) must stay clean.

// numDigitWords are the digit words of each language, 0–9; glued languages
// write them without spaces.
var numDigitWords = map[string][10]string{
	"en": {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
	"es": {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},
	"pt": {"zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"},
	"fr": {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
	"it": {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
	"de": {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},
	"ru": {"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"},
	"tr": {"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"},
	"ar": {"صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"},
	"hi": {"शून्य", "एक", "दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ"},
	"id": {"kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"},
	"vi": {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"},
	"th": {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"},
	"zh": {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
	"ja": {"ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"},
	"ko": {"공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"},
}

// numGlued are the languages that write number words without spaces.
var numGlued = map[string]bool{"th": true, "zh": true, "ja": true, "ko": true}

// numAnnounce ("my number is") and numWriteThere ("write to me there", no
// app named) frame a number given in words.
var numAnnounce = map[string]string{
	"en": "My number is", "es": "Mi número es", "pt": "Meu número é", "fr": "Mon numéro c'est", "it": "Il mio numero è",
	"de": "Meine Nummer ist", "ru": "Мой номер", "tr": "Numaram", "ar": "رقمي", "hi": "मेरा नंबर", "id": "Nomor saya",
	"vi": "Số của tôi là", "th": "เบอร์ของฉันคือ", "zh": "我的号码是", "ja": "私の番号は", "ko": "제 번호는",
}

var numWriteThere = map[string]string{
	"en": ", text me there", "es": ", escríbeme ahí", "pt": ", me chama lá", "fr": ", écrivez-moi là", "it": ", scrivimi lì",
	"de": ", schreiben Sie mir dort", "ru": ", пишите туда", "tr": ", oradan yazın", "ar": " راسلني عليه",
	"hi": ", इस पर मैसेज करें", "id": ", chat ke situ ya", "vi": ", nhắn cho tôi nhé", "th": " ทักมาได้เลย", "zh": "，打这个",
	"ja": "、連絡ください", "ko": " 으로 연락 주세요",
}

// numPhones are local numbers, grouped as they are dictated.
var numPhones = [][]string{
	{"0", "912", "345", "678"}, {"8", "916", "420", "31", "07"}, {"06", "12", "34", "56", "78"}, {"0", "532", "123", "45", "67"},
}

// digitWords writes ds in lang's digit words.
func digitWords(lang, ds string) string {
	ws := numDigitWords[lang]
	parts := make([]string, 0, len(ds))
	for _, c := range ds {
		parts = append(parts, ws[c-'0'])
	}
	if numGlued[lang] {
		return strings.Join(parts, "")
	}
	return strings.Join(parts, " ")
}

// joinWords joins dictated groups as lang writes them.
func joinWords(lang string, groups []string) string {
	sep := " "
	if lang == "ja" {
		sep = ""
	}
	return strings.Join(groups, sep)
}

// Digit by digit, every language, one message or split at every cut.
func TestNumberWordsDigits(t *testing.T) {
	d := newDetector(t)
	for lang := range numDigitWords {
		pass, total := 0, 0
		var fails []string
		for _, groups := range numPhones {
			ws := make([]string, len(groups))
			for k, g := range groups {
				ws[k] = digitWords(lang, g)
			}
			total++
			one := numAnnounce[lang] + " " + joinWords(lang, ws)
			if found(t, d, seller(one)) {
				pass++
			} else {
				fails = append(fails, one)
			}
			for cut := 1; cut < len(ws); cut++ {
				first := numAnnounce[lang] + " " + joinWords(lang, ws[:cut])
				second := joinWords(lang, ws[cut:]) + numWriteThere[lang]
				total++
				if found(t, d, seller(first), seller(second)) {
					pass++
				} else {
					fails = append(fails, first+" || "+second)
				}
			}
		}
		rate(t, "number_words_digits/"+lang, pass, total, fails, 1)
	}
}

// Native digit scripts: Thai, Arabic-Indic, Devanagari, full-width.
func TestNumberWordsNativeDigits(t *testing.T) {
	d := newDetector(t)
	scripts := map[string]struct {
		lang string
		zero rune
	}{
		"thai": {"th", '๐'}, "arabic": {"ar", '٠'}, "persian": {"ar", '۰'}, "devanagari": {"hi", '०'},
		"fullwidth_ja": {"ja", '０'}, "fullwidth_zh": {"zh", '０'},
	}
	native := func(zero rune, ds string) string {
		var b strings.Builder
		for _, c := range ds {
			b.WriteRune(zero + (c - '0'))
		}
		return b.String()
	}
	for name, s := range scripts {
		pass, total := 0, 0
		var fails []string
		for _, groups := range numPhones {
			ns := make([]string, len(groups))
			for k, g := range groups {
				ns[k] = native(s.zero, g)
			}
			sep := " "
			if strings.HasPrefix(name, "fullwidth") {
				sep = "－"
			}
			total++
			one := numAnnounce[s.lang] + " " + strings.Join(ns, sep)
			if found(t, d, seller(one)) {
				pass++
			} else {
				fails = append(fails, one)
			}
			for cut := 1; cut < len(ns); cut++ {
				first := numAnnounce[s.lang] + " " + strings.Join(ns[:cut], sep)
				second := strings.Join(ns[cut:], sep) + numWriteThere[s.lang]
				total++
				if found(t, d, seller(first), seller(second)) {
					pass++
				} else {
					fails = append(fails, first+" || "+second)
				}
			}
		}
		rate(t, "number_native_digits/"+name, pass, total, fails, 1)
	}
}

// ---------------------------------------------------------------- numbers dictated in pairs and hundreds

// numberWords writes 0–999 in lang as a merchant dictates a group.
var numberWords = map[string]func(n int) string{
	"en": enWords, "es": esWords, "pt": ptWords, "fr": frWords, "ru": ruWords, "tr": trWords, "id": idWords,
	"vi": viWords, "it": itWords, "de": deWords,
}

// numMaxGroup is the longest group a language's writer dictates as one
// number (Italian and German join hundreds into one long word, which is
// not read: their merchants dictate pairs).
var numMaxGroup = map[string]int{"it": 2, "de": 2}

func enWords(n int) string {
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	var p []string
	if n >= 100 {
		p = append(p, units[n/100], "hundred")
		n %= 100
		if n == 0 {
			return strings.Join(p, " ")
		}
	}
	switch {
	case n < 20:
		p = append(p, units[n])
	default:
		p = append(p, tens[n/10])
		if n%10 != 0 {
			p = append(p, units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func esWords(n int) string {
	units := []string{"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
		"doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
		"veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
		"veintiocho", "veintinueve"}
	tens := []string{"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"}
	hund := []string{"", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
		"ochocientos", "novecientos"}
	var p []string
	if n == 100 {
		return "cien"
	}
	if n >= 100 {
		p = append(p, hund[n/100])
		n %= 100
		if n == 0 {
			return p[0]
		}
	}
	switch {
	case n < 30:
		p = append(p, units[n])
	default:
		p = append(p, tens[n/10])
		if n%10 != 0 {
			p = append(p, "y", units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func ptWords(n int) string {
	units := []string{"zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
		"doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"}
	tens := []string{"", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"}
	hund := []string{"", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos",
		"oitocentos", "novecentos"}
	if n == 100 {
		return "cem"
	}
	var p []string
	if n >= 100 {
		p = append(p, hund[n/100])
		n %= 100
		if n == 0 {
			return p[0]
		}
		p = append(p, "e")
	}
	switch {
	case n < 20:
		p = append(p, units[n])
	default:
		p = append(p, tens[n/10])
		if n%10 != 0 {
			p = append(p, "e", units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func frWords(n int) string {
	units := []string{"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
		"douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"}
	tens := []string{"", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"}
	var p []string
	if n >= 100 {
		if n/100 > 1 {
			p = append(p, units[n/100])
		}
		p = append(p, "cent")
		n %= 100
		if n == 0 {
			return strings.Join(p, " ")
		}
	}
	t, u := n/10, n%10
	switch {
	case n < 20:
		p = append(p, units[n])
	case t == 7 || t == 9:
		if u == 1 && t == 7 {
			p = append(p, tens[t]+" et "+units[10+u])
		} else {
			p = append(p, tens[t]+"-"+units[10+u])
		}
	case n == 80:
		p = append(p, "quatre-vingts")
	case u == 0:
		p = append(p, tens[t])
	case u == 1 && t < 8:
		p = append(p, tens[t]+" et un")
	default:
		p = append(p, tens[t]+"-"+units[u])
	}
	return strings.Join(p, " ")
}

func ruWords(n int) string {
	units := []string{"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
		"одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
		"восемнадцать", "девятнадцать"}
	tens := []string{"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"}
	hund := []string{"", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"}
	var p []string
	if n >= 100 {
		p = append(p, hund[n/100])
		n %= 100
		if n == 0 {
			return p[0]
		}
	}
	switch {
	case n < 20:
		p = append(p, units[n])
	default:
		p = append(p, tens[n/10])
		if n%10 != 0 {
			p = append(p, units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func trWords(n int) string {
	units := []string{"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"}
	tens := []string{"", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"}
	var p []string
	if n >= 100 {
		if n/100 > 1 {
			p = append(p, units[n/100])
		}
		p = append(p, "yüz")
		n %= 100
		if n == 0 {
			return strings.Join(p, " ")
		}
	}
	switch {
	case n < 10:
		p = append(p, units[n])
	default:
		p = append(p, tens[n/10])
		if n%10 != 0 {
			p = append(p, units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func idWords(n int) string {
	units := []string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
	var p []string
	if n >= 100 {
		if n/100 == 1 {
			p = append(p, "seratus")
		} else {
			p = append(p, units[n/100], "ratus")
		}
		n %= 100
		if n == 0 {
			return strings.Join(p, " ")
		}
	}
	switch {
	case n < 10:
		p = append(p, units[n])
	case n == 10:
		p = append(p, "sepuluh")
	case n == 11:
		p = append(p, "sebelas")
	case n < 20:
		p = append(p, units[n%10], "belas")
	default:
		p = append(p, units[n/10], "puluh")
		if n%10 != 0 {
			p = append(p, units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func viWords(n int) string {
	units := []string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}
	var p []string
	if n >= 100 {
		p = append(p, units[n/100], "trăm")
		n %= 100
		if n == 0 {
			return strings.Join(p, " ")
		}
	}
	switch {
	case n < 10:
		p = append(p, units[n])
	case n < 20:
		p = append(p, "mười")
		if n%10 == 5 {
			p = append(p, "lăm")
		} else if n%10 != 0 {
			p = append(p, units[n%10])
		}
	default:
		p = append(p, units[n/10], "mươi")
		switch n % 10 {
		case 0:
		case 1:
			p = append(p, "mốt")
		case 4:
			p = append(p, "tư")
		case 5:
			p = append(p, "lăm")
		default:
			p = append(p, units[n%10])
		}
	}
	return strings.Join(p, " ")
}

func itWords(n int) string {
	units := []string{"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
		"dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"}
	tens := []string{"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"}
	if n < 20 {
		return units[n]
	}
	t, u := tens[n/10], n%10
	switch u {
	case 0:
		return t
	case 1, 8:
		return t[:len(t)-1] + units[u]
	case 3:
		return t + "tré"
	}
	return t + units[u]
}

func deWords(n int) string {
	units := []string{"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
		"zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"}
	tens := []string{"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"}
	if n < 20 {
		return units[n]
	}
	if n%10 == 0 {
		return tens[n/10]
	}
	u := units[n%10]
	if n%10 == 1 {
		u = "ein"
	}
	return u + "und" + tens[n/10]
}

// dictate writes a digit group in lang: a group with a leading zero, or
// longer than the language dictates, digit by digit.
func dictate(lang, g string) string {
	if (len(g) > 1 && g[0] == '0') || len(g) > groupMax(lang) {
		return digitWords(lang, g)
	}
	n := 0
	for _, c := range g {
		n = n*10 + int(c-'0')
	}
	return numberWords[lang](n)
}

// groupMax is the longest group lang dictates as one number.
func groupMax(lang string) int {
	if m := numMaxGroup[lang]; m != 0 {
		return m
	}
	return 3
}

// compoundPhones are local numbers grouped in pairs and triples (and, for
// the pair languages, pairs and single digits).
var compoundPhones = map[int][][]string{
	3: {{"8", "916", "420", "31", "07"}, {"0", "532", "123", "45", "67"}, {"06", "12", "34", "56", "78"},
		{"612", "34", "56", "78", "9"}, {"0", "812", "345", "678", "90"}, {"0", "671", "91", "71", "80"}},
	2: {{"3", "33", "12", "34", "56", "7"}, {"0", "1", "76", "12", "34", "56", "78"}, {"3", "47", "85", "21", "96"}},
}

func TestNumberWordsCompound(t *testing.T) {
	d := newDetector(t)
	for lang := range numberWords {
		maxG := groupMax(lang)
		pass, total := 0, 0
		var fails []string
		for _, groups := range compoundPhones[maxG] {
			ws := make([]string, len(groups))
			for k, g := range groups {
				ws[k] = dictate(lang, g)
			}
			for _, sep := range []string{" ", ", "} {
				total++
				one := numAnnounce[lang] + " " + strings.Join(ws, sep)
				if found(t, d, seller(one)) {
					pass++
				} else {
					fails = append(fails, one)
				}
				for cut := 1; cut < len(ws); cut++ {
					first := numAnnounce[lang] + " " + strings.Join(ws[:cut], sep)
					second := strings.Join(ws[cut:], sep) + numWriteThere[lang]
					total++
					if found(t, d, seller(first), seller(second)) {
						pass++
					} else {
						fails = append(fails, first+" || "+second)
					}
				}
			}
		}
		rate(t, "number_words_compound/"+lang, pass, total, fails, 1)
	}
}

// Near misses: quantities, prices, dates, sizes, model and order numbers in
// words, alone or split over two messages, with no phone announced.
func TestNumberWordsNearMisses(t *testing.T) {
	d := newDetector(t)
	var cases [][]turn
	// Quantities and prices dictated like a phone, in every compound
	// language, one message and split over two.
	qty := map[string][2]string{
		"en": {"We need", "pieces, delivery in May"}, "es": {"Necesitamos", "piezas, entrega en mayo"},
		"pt": {"Precisamos de", "peças, entrega em maio"}, "fr": {"Il nous faut", "pièces, livraison en mai"},
		"ru": {"Нам нужно", "штук, доставка в мае"}, "tr": {"Bize", "adet lazım, teslimat mayısta"},
		"id": {"Kami butuh", "pcs, kirim bulan Mei"}, "vi": {"Chúng tôi cần", "cái, giao tháng năm"},
		"it": {"Ci servono", "pezzi, consegna a maggio"}, "de": {"Wir brauchen", "Stück, Lieferung im Mai"},
	}
	for lang, q := range qty {
		maxG := groupMax(lang)
		for _, groups := range compoundPhones[maxG] {
			ws := make([]string, len(groups))
			for k, g := range groups {
				ws[k] = dictate(lang, g)
			}
			cases = append(cases,
				[]turn{seller(q[0] + " " + strings.Join(ws, ", ") + " " + q[1])},
				[]turn{seller(q[0] + " " + ws[0]), seller(strings.Join(ws[1:], ", ") + " " + q[1])},
				[]turn{seller(q[0] + " " + strings.Join(ws[:2], " ")), seller(strings.Join(ws[2:], " ") + " " + q[1])})
		}
	}
	// Digit words with no phone announced: a model number, an order number
	// split over two messages, sizes. (A phone announced, then a buyer's turn,
	// then the rest is a lure: split_turns_test.go.)
	orderNo := map[string]string{
		"en": "My order number is", "es": "Mi número de pedido es", "pt": "O número do pedido é", "fr": "Mon numéro de commande est",
		"it": "Il mio numero d'ordine è", "de": "Meine Bestellnummer ist", "ru": "Номер заказа", "tr": "Sipariş numaram",
		"id": "Nomor pesanan saya", "vi": "Mã đơn hàng của tôi là", "zh": "我的订单号是", "ja": "注文番号は", "ko": "주문번호는",
		"ar": "رقم الطلب", "hi": "ऑर्डर नंबर", "th": "เลขคำสั่งซื้อ",
	}
	model := map[string]string{
		"en": "Model", "es": "Modelo", "pt": "Modelo", "fr": "Modèle", "it": "Modello", "de": "Modell", "ru": "Модель",
		"tr": "Model", "id": "Model", "vi": "Mẫu", "zh": "型号", "ja": "型番", "ko": "모델", "ar": "موديل", "hi": "मॉडल",
		"th": "รุ่น",
	}
	for lang := range numDigitWords {
		a, b := digitWords(lang, "3456"), digitWords(lang, "789012")
		cases = append(cases,
			[]turn{seller(orderNo[lang] + " " + a), seller(b)},
			[]turn{seller(model[lang] + " " + a + " " + b)},
			[]turn{seller(digitWords(lang, "3")), seller(digitWords(lang, "8") + " " + digitWords(lang, "4"))})
	}
	for _, txt := range []string{
		"Necesitamos tres mil piezas.", "Нам нужно пятьсот штук.", "Beş yüz adet sipariş verebiliriz.",
		"Tallas treinta y ocho, cuarenta, cuarenta y dos, cuarenta y cuatro",
		"Entrega el veinticinco de mayo de dos mil veintiséis",
		"Le prix est douze cinquante par pièce, quatre-vingt-dix-neuf pièces minimum",
		"Цена девятьсот девяносто девять рублей, двести пятьдесят штук, сорок пять коробок",
		"Call me back about the sample, five hundred twenty pieces ready",
		"Please don't call me, two hundred forty five boxes are ready",
		"Größen achtunddreißig, vierzig, zweiundvierzig, vierundvierzig",
		"Taglie trentotto, quaranta, quarantadue, quarantaquattro",
		"Kami punya tiga ratus lima puluh pcs, dua ratus dua puluh dus",
		"Chúng tôi có ba trăm năm mươi cái, hai trăm hai mươi thùng",
		"Ring sizes 16 17 18 19 20 available", "We call it model 4521 3367 89", "Liga elástica 12 34 56 78 90",
		"Call the factory line later, batch 4521 3367 89 is ready",
	} {
		cases = append(cases, []turn{seller(txt)})
	}
	var fails []string
	for _, c := range cases {
		if found(t, d, c...) {
			var parts []string
			for _, tu := range c {
				parts = append(parts, tu.sender+": "+tu.text)
			}
			fails = append(fails, strings.Join(parts, " || "))
		}
	}
	t.Logf("number word near misses: %d/%d clean", len(cases)-len(fails), len(cases))
	for _, f := range fails {
		t.Errorf("false alarm: %s", f)
	}
}
