package message_test

// Transforms of the metamorphic robustness suite (robustness_test.go). Each
// one rewrites a seller message the way evading sellers do (or the way an
// innocent conversation reads) and states what the label becomes. The
// language tables here are written from how buyers and sellers write, not
// from the detector's lexicon.

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var rbLangs = []string{"en", "zh", "es", "fr", "pt", "ru", "ar", "de", "tr", "ko", "ja", "vi", "id", "th", "it", "hi"}

// rbDigitWords are the digits zero to nine as written out in each language.
var rbDigitWords = map[string][]string{
	"en": strings.Fields("zero one two three four five six seven eight nine"),
	"zh": strings.Split("零一二三四五六七八九", ""),
	"es": strings.Fields("cero uno dos tres cuatro cinco seis siete ocho nueve"),
	"fr": strings.Fields("zéro un deux trois quatre cinq six sept huit neuf"),
	"pt": strings.Fields("zero um dois três quatro cinco seis sete oito nove"),
	"ru": strings.Fields("ноль один два три четыре пять шесть семь восемь девять"),
	"ar": strings.Fields("صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة"),
	"de": strings.Fields("null eins zwei drei vier fünf sechs sieben acht neun"),
	"tr": strings.Fields("sıfır bir iki üç dört beş altı yedi sekiz dokuz"),
	"ko": strings.Split("공일이삼사오육칠팔구", ""),
	"ja": strings.Fields("ゼロ いち に さん よん ご ろく なな はち きゅう"),
	"vi": strings.Fields("không một hai ba bốn năm sáu bảy tám chín"),
	"id": strings.Fields("nol satu dua tiga empat lima enam tujuh delapan sembilan"),
	"th": strings.Fields("ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า"),
	"it": strings.Fields("zero uno due tre quattro cinque sei sette otto nove"),
	"hi": strings.Fields("shunya ek do teen char paanch chhe saat aath nau"),
}

// rbPlusWords say "plus" (the country-code sign) in each language.
var rbPlusWords = map[string]string{
	"en": "plus", "zh": "加", "es": "más", "fr": "plus", "pt": "mais", "ru": "плюс", "ar": "زائد", "de": "plus",
	"tr": "artı", "ko": "플러스", "ja": "プラス", "vi": "cộng", "id": "plus", "th": "บวก", "it": "più", "hi": "plus",
}

// rbCarriers invite the buyer to a channel around a value, per language.
var rbCarriers = map[string][]string{
	"en": {"Please add me on {ch}: {v} so we can talk details", "contact me by {ch} {v}, I send you the price list"},
	"zh": {"加我{ch}：{v}，详细聊", "有需要请{ch}联系 {v}"},
	"es": {"Agrégame en {ch}: {v} y hablamos", "Contáctame por {ch} al {v}, te paso la lista de precios"},
	"fr": {"Ajoutez-moi sur {ch} : {v} pour en parler", "Écrivez-moi sur {ch} au {v}, je vous envoie les prix"},
	"pt": {"Me adiciona no {ch}: {v} pra gente conversar", "Fala comigo no {ch} {v}, te mando a tabela"},
	"ru": {"Добавьте меня в {ch}: {v}, там обсудим", "Пишите мне в {ch} {v}, отправлю прайс"},
	"ar": {"أضفني على {ch}: {v} لنتحدث بالتفاصيل", "راسلني على {ch} {v} وسأرسل لك قائمة الأسعار"},
	"de": {"Fügen Sie mich bei {ch} hinzu: {v}, dann besprechen wir alles", "Schreiben Sie mir per {ch} {v}, ich schicke die Preisliste"},
	"tr": {"Beni {ch} üzerinden ekleyin: {v}, detayları konuşalım", "{ch} ile yazın {v}, fiyat listesini göndereyim"},
	"ko": {"{ch} {v} 추가해 주세요, 자세히 얘기해요", "연락은 {ch} {v} 로 주세요, 가격표 보내드릴게요"},
	"ja": {"{ch} {v} を追加してください、詳しく話しましょう", "{ch}で連絡ください {v} 価格表を送ります"},
	"vi": {"Kết bạn {ch} với em: {v} để trao đổi nhé", "Liên hệ em qua {ch} {v}, em gửi bảng giá"},
	"id": {"Add {ch} saya: {v} biar kita ngobrol detail", "Hubungi saya lewat {ch} {v}, saya kirim daftar harga"},
	"th": {"แอด{ch}มาได้เลยค่ะ {v} คุยรายละเอียดกัน", "ติดต่อทาง{ch} {v} นะคะ จะส่งราคาให้"},
	"it": {"Aggiungimi su {ch}: {v} così parliamo", "Scrivimi su {ch} al {v}, ti mando il listino"},
	"hi": {"Mera {ch} add kar lo: {v}, wahan baat karte hain", "{ch} pe contact karo {v}, price list bhejta hoon"},
}

// rbEmailWords name e-mail in each language, for carriers around an address.
var rbEmailWords = map[string]string{
	"en": "email", "zh": "邮箱", "es": "correo", "fr": "e-mail", "pt": "e-mail", "ru": "почту", "ar": "البريد", "de": "E-Mail",
	"tr": "e-posta", "ko": "이메일", "ja": "メール", "vi": "email", "id": "email", "th": "อีเมล", "it": "email", "hi": "email",
}

// rbPhoneWords name a phone number in each language, for requests and
// carriers around a number given without an app.
var rbPhoneWords = map[string]string{
	"en": "phone number", "zh": "电话", "es": "teléfono", "fr": "numéro", "pt": "telefone", "ru": "телефон", "ar": "رقم الهاتف",
	"de": "Telefonnummer", "tr": "telefon", "ko": "전화번호", "ja": "電話番号", "vi": "số điện thoại", "id": "nomor HP", "th": "เบอร์โทร",
	"it": "numero", "hi": "phone number",
}

// rbBuyerDirect asks for a named channel (its first template fits any
// channel word, e-mail and phone too); rbBuyerIndirect asks for any way off
// the platform.
var rbBuyerDirect = map[string][]string{
	"en": {"What's your {ch}? I'll message you there.", "Can I call you on {ch}?"},
	"zh": {"你的{ch}是多少？我加你。", "方便给个{ch}吗？"},
	"es": {"¿Cuál es tu {ch}? Te escribo por ahí.", "¿Te puedo llamar por {ch}?"},
	"fr": {"Quel est votre {ch} ? Je vous écris là-bas.", "Je peux vous appeler sur {ch} ?"},
	"pt": {"Qual é o seu {ch}? Te chamo lá.", "Posso te ligar no {ch}?"},
	"ru": {"Какой у вас {ch}? Напишу туда.", "Можно позвонить вам в {ch}?"},
	"ar": {"ما هو {ch} الخاص بك؟ سأراسلك هناك.", "هل يمكنني الاتصال بك على {ch}؟"},
	"de": {"Wie ist Ihr {ch}? Ich schreibe Ihnen dort.", "Kann ich Sie über {ch} anrufen?"},
	"tr": {"{ch} bilginizi verir misiniz? Oradan yazarım.", "Sizi {ch} üzerinden arayabilir miyim?"},
	"ko": {"{ch} 알려주세요, 거기로 연락할게요.", "{ch}으로 연락드려도 될까요?"},
	"ja": {"{ch}を教えてください、そちらに連絡します。", "{ch}で電話してもいいですか？"},
	"vi": {"{ch} của bạn là gì? Mình nhắn qua đó.", "Mình gọi bạn qua {ch} được không?"},
	"id": {"{ch} kamu berapa? Saya chat ke sana.", "Boleh saya telepon lewat {ch}?"},
	"th": {"ขอ{ch}หน่อยครับ เดี๋ยวทักไป", "โทรหาทาง{ch}ได้ไหมครับ"},
	"it": {"Qual è il tuo {ch}? Ti scrivo lì.", "Posso chiamarti su {ch}?"},
	"hi": {"Aapka {ch} kya hai? Main wahan message karta hoon.", "Kya main aapko {ch} pe call kar sakta hoon?"},
}

var rbBuyerIndirect = map[string][]string{
	"en": {"Is there another way to contact you? I'm rarely on this app.", "How can I reach you outside the platform?"},
	"zh": {"平台外怎么找你？", "有没有其他联系方式？这里我不常上。"},
	"es": {"¿Hay otra forma de contactarte fuera de la plataforma?", "¿Cómo te puedo localizar fuera de aquí?"},
	"fr": {"Y a-t-il un autre moyen de vous contacter ?", "Comment vous joindre en dehors de la plateforme ?"},
	"pt": {"Tem outro jeito de falar com você fora da plataforma?", "Como te acho fora daqui?"},
	"ru": {"Есть другой способ с вами связаться?", "Как связаться с вами вне площадки?"},
	"ar": {"هل هناك طريقة أخرى للتواصل معك؟", "كيف أتواصل معك خارج المنصة؟"},
	"de": {"Gibt es einen anderen Weg, Sie zu erreichen?", "Wie erreiche ich Sie außerhalb der Plattform?"},
	"tr": {"Size ulaşmanın başka bir yolu var mı?", "Platform dışında size nasıl ulaşırım?"},
	"ko": {"다른 연락 방법이 있을까요?", "플랫폼 밖에서는 어떻게 연락하나요?"},
	"ja": {"他に連絡する方法はありますか？", "プラットフォーム以外でどう連絡できますか？"},
	"vi": {"Có cách nào khác để liên hệ bạn không?", "Ngoài sàn thì liên lạc bạn thế nào?"},
	"id": {"Ada cara lain untuk menghubungi kamu?", "Gimana cara kontak kamu di luar platform?"},
	"th": {"มีช่องทางอื่นติดต่อได้ไหมครับ", "นอกแพลตฟอร์มติดต่อคุณยังไงครับ"},
	"it": {"C'è un altro modo per contattarti?", "Come ti raggiungo fuori dalla piattaforma?"},
	"hi": {"Aapse contact karne ka koi aur tarika hai?", "Platform ke bahar aapse kaise baat karu?"},
}

// rbNoNeed declines a channel; a seller who writes it invites nowhere.
var rbNoNeed = map[string]string{
	"en": "No need for {ch}, we can keep talking here.", "zh": "不用加{ch}，在这里聊就可以。",
	"es": "No hace falta {ch}, seguimos hablando por aquí.", "fr": "Pas besoin de {ch}, on continue ici.",
	"pt": "Não precisa de {ch}, seguimos conversando aqui.", "ru": "{ch} не нужен, продолжим здесь.",
	"ar": "لا حاجة إلى {ch}، نكمل الحديث هنا.", "de": "{ch} ist nicht nötig, wir schreiben einfach hier weiter.",
	"tr": "{ch}'a gerek yok, burada devam edelim.", "ko": "{ch}는 필요 없어요, 여기서 계속 얘기해요.",
	"ja": "{ch}は不要です、ここで続けましょう。", "vi": "Không cần {ch} đâu, mình nói chuyện ở đây.",
	"id": "Tidak perlu {ch}, kita lanjut di sini saja.", "th": "ไม่ต้องใช้{ch}ค่ะ คุยที่นี่ได้เลย",
	"it": "Non serve {ch}, continuiamo qui.", "hi": "{ch} ki zarurat nahi, yahin baat karte hain.",
}

// rbTASame states that Trade Assurance costs nothing more.
var rbTASame = map[string]string{
	"en": "Same price with Trade Assurance, nothing extra.", "zh": "走信保价格一样，不加钱。",
	"es": "Con Trade Assurance el precio es el mismo, sin recargo.", "fr": "Même prix avec Trade Assurance, sans frais en plus.",
	"pt": "Com Trade Assurance o preço é o mesmo, sem taxa.", "ru": "С Trade Assurance цена та же, без доплаты.",
	"ar": "نفس السعر مع ضمان التجارة، بدون أي رسوم إضافية.", "de": "Mit Trade Assurance gleicher Preis, ohne Aufpreis.",
	"tr": "Trade Assurance ile fiyat aynı, ek ücret yok.", "ko": "Trade Assurance로 해도 가격은 같아요, 추가 비용 없어요.",
	"ja": "Trade Assuranceでも同じ価格で、追加料金はありません。", "vi": "Dùng Trade Assurance giá vẫn vậy, không phụ phí.",
	"id": "Pakai Trade Assurance harganya sama, tanpa biaya tambahan.", "th": "ใช้ Trade Assurance ราคาเท่าเดิม ไม่มีค่าใช้จ่ายเพิ่ม",
	"it": "Stesso prezzo con Trade Assurance, nessun costo in più.", "hi": "Trade Assurance ke saath bhi same price, koi extra nahi.",
}

// rbTAAliases are the names buyers and sellers give Trade Assurance.
var rbTAAliases = []string{"TA", "T.A.", "trade assurance", "TRADE ASSURANCE", "Trade-Assurance", "Alibaba Trade Assurance",
	"the Trade Assurance service", "信保", "信用保障"}

var rbTARe = regexp.MustCompile(`(?i)trade assurance|信保|信用保障`)

func rbTASpans(text string) [][2]int {
	var out [][2]int
	for _, m := range rbTARe.FindAllStringIndex(text, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

// rbSpecLines name apps, models and codes without giving any contact.
var rbSpecLines = []string{
	"Works with WhatsApp, LINE and Skype calls; Bluetooth 5.3.",
	"HS code 8517.62.0090, CE FCC RoHS.",
	"Fits iPhone 15 Pro Max and Galaxy S24 Ultra.",
	"Tracking No. YT2412345678901 via YunExpress.",
	"Model WA-2250, 220V 50Hz, 1200W.",
	"Line 3 runs 8,000 pcs per day.",
	"Signal booster model KW20L, gain 70dB.",
	"Carton 60*40*35 cm, 18.5 kg, 48 pcs.",
	"智能手表支持微信、WhatsApp消息提醒，IP68防水。",
	"Order No. 2400017283645, batch 0512.",
}

var (
	rbWrapPrefixes = []string{"Dear friend, ", "Hello dear! ", "亲，", "Hola amigo, ", "Здравствуйте! ", "안녕하세요, ", "Merhaba, ", "Bonjour, ", "Halo kak, ", "Sir, "}
	rbWrapSuffixes = []string{" Thank you!", " 谢谢！", " Gracias.", " Merci.", " Спасибо.", " 감사합니다.", " Teşekkürler.", " ありがとうございます。", " Thanks sir.", " شكراً"}
)

var (
	// rbPhoneRun is a run of at least eight digits with the usual separators.
	rbPhoneRun = regexp.MustCompile(`(?:\+|00)?\d(?:[\d \-.()/]*\d)`)
	rbEmailRe  = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	// rbChannelRe finds app names written plainly (the sources' own spelling).
	rbChannelRe = regexp.MustCompile(`(?i)whats ?app|wechat|skype|telegram|viber|kakao ?talk|zalo|instagram|snapchat|微信`)
	rbHandleRe  = regexp.MustCompile(`(?i)(whats ?app|wechat|skype|telegram|viber|kakao ?talk|zalo|instagram|snapchat|line|qq|微信)\s*(?:id|ID|号)?\s*[:：]\s*(@?[A-Za-z][\w.\-]{2,})`)
)

// rbPhoneSpans returns the byte spans of digit runs with at least 8 digits.
func rbPhoneSpans(text string) [][2]int {
	var out [][2]int
	for _, m := range rbPhoneRun.FindAllStringIndex(text, -1) {
		n := 0
		for _, r := range text[m[0]:m[1]] {
			if r >= '0' && r <= '9' {
				n++
			}
		}
		if n >= 8 && n <= 15 {
			out = append(out, [2]int{m[0], m[1]})
		}
	}
	return out
}

func rbDigitsOf(s string) (plus bool, ds string) {
	s = strings.TrimSpace(s)
	plus = strings.HasPrefix(s, "+") || strings.HasPrefix(s, "00")
	if strings.HasPrefix(s, "00") {
		s = s[2:]
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return plus, b.String()
}

// rbReplaceSpans rewrites every span with fn.
func rbReplaceSpans(text string, spans [][2]int, fn func(string) string) string {
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(text[last:sp[0]])
		b.WriteString(fn(text[sp[0]:sp[1]]))
		last = sp[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

func rbChannelSpans(text string) [][2]int {
	var out [][2]int
	for _, m := range rbChannelRe.FindAllStringIndex(text, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

func rbPick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// rbSeparate regroups a number's digits with odd separators.
func rbSeparate(r *rand.Rand, run string) string {
	plus, ds := rbDigitsOf(run)
	seps := []string{"_", "/", ".", " ", "-", " / ", "_-", "~", "|", "*"}
	mixed := r.IntN(2) == 0
	sep := rbPick(r, seps)
	var b strings.Builder
	if plus {
		b.WriteString(rbPick(r, []string{"+", "00", "+ "}))
	}
	for i := 0; i < len(ds); {
		k := 1 + r.IntN(4)
		if i+k > len(ds) {
			k = len(ds) - i
		}
		if i > 0 {
			if mixed {
				sep = rbPick(r, seps)
			}
			b.WriteString(sep)
		}
		b.WriteString(ds[i : i+k])
		i += k
	}
	return b.String()
}

// rbSpokenEnglish reads a number aloud: "plus eight six one three eight double four …".
func rbSpokenEnglish(r *rand.Rand, run string) string {
	plus, ds := rbDigitsOf(run)
	var words []string
	if plus {
		words = append(words, "plus")
	}
	for i := 0; i < len(ds); {
		j := i
		for j < len(ds) && ds[j] == ds[i] {
			j++
		}
		w := rbDigitWords["en"][ds[i]-'0']
		if ds[i] == '0' && r.IntN(2) == 0 {
			w = "oh"
		}
		for n := j - i; n > 0; {
			switch {
			case n >= 3 && r.IntN(3) > 0:
				words = append(words, "triple "+w)
				n -= 3
			case n >= 2:
				words = append(words, "double "+w)
				n -= 2
			default:
				words = append(words, w)
				n--
			}
		}
		i = j
	}
	return strings.Join(words, rbPick(r, []string{" ", "-", ", "}))
}

// rbSpokenIn writes a number's digits as words of one language.
func rbSpokenIn(lang, run string) string {
	plus, ds := rbDigitsOf(run)
	sep := " "
	if lang == "zh" || lang == "ko" {
		sep = ""
	}
	var words []string
	if plus {
		words = append(words, rbPlusWords[lang])
	}
	for _, c := range ds {
		words = append(words, rbDigitWords[lang][c-'0'])
	}
	return strings.Join(words, sep)
}

var (
	rbInvisibles = []string{"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
	rbEmojis     = []string{"📱", "☎️", "💬", "✅", "🔥", "⭐", "👉", "📞", "🌟"}
)

// rbInsertInside puts one of ins between runes of s, at one to three inner positions.
func rbInsertInside(r *rand.Rand, s string, ins []string) string {
	rs := []rune(s)
	if len(rs) < 2 {
		return s
	}
	at := map[int]bool{}
	for range 1 + r.IntN(3) {
		at[1+r.IntN(len(rs)-1)] = true
	}
	var b strings.Builder
	for i, c := range rs {
		if at[i] && !unicode.IsSpace(c) && !unicode.IsSpace(rs[i-1]) {
			b.WriteString(rbPick(r, ins))
		}
		b.WriteRune(c)
	}
	return b.String()
}

var rbHomoglyphs = map[rune][]rune{
	'a': {'а', 'α'}, 'c': {'с', 'ϲ'}, 'e': {'е'}, 'o': {'о', 'ο'}, 'p': {'р', 'ρ'}, 'x': {'х'}, 'y': {'у'},
	'i': {'і', 'ι'}, 's': {'ѕ'}, 'h': {'һ'}, 'k': {'κ'}, 'l': {'ӏ'}, 'A': {'А', 'Α'}, 'B': {'В', 'Β'},
	'C': {'С'}, 'E': {'Е', 'Ε'}, 'H': {'Н', 'Η'}, 'K': {'К', 'Κ'}, 'M': {'М'}, 'O': {'О', 'Ο'}, 'P': {'Р', 'Ρ'},
	'T': {'Т', 'Τ'}, 'X': {'Х'}, 'W': {'Ԝ'}, 'S': {'Ѕ'},
}

// rbHomoglyph swaps some Latin letters of s for Cyrillic or Greek look-alikes.
func rbHomoglyph(r *rand.Rand, s string) string {
	rs := []rune(s)
	var cand []int
	for i, c := range rs {
		if _, ok := rbHomoglyphs[c]; ok {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return s
	}
	r.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
	for _, i := range cand[:1+r.IntN(min(3, len(cand)))] {
		rs[i] = rbPick(r, rbHomoglyphs[rs[i]])
	}
	return string(rs)
}

// rbFullWidth writes ASCII letters, digits and '+' in their full-width forms.
func rbFullWidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c > ' ' && c < 0x7f {
			c += 0xFEE0
		}
		b.WriteRune(c)
	}
	return b.String()
}

// rbMathBold writes ASCII letters and digits as mathematical bold letters.
func rbMathBold(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			c = 0x1D400 + (c - 'A')
		case c >= 'a' && c <= 'z':
			c = 0x1D41A + (c - 'a')
		case c >= '0' && c <= '9':
			c = 0x1D7CE + (c - '0')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// rbDisguiseChannel respells an app name the way sellers dodge filters.
func rbDisguiseChannel(r *rand.Rand, name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	spaced := func(s string) string {
		return strings.Join(strings.Split(s, ""), rbPick(r, []string{" ", ".", "-", "_"}))
	}
	split := func(s string) string {
		k := 1 + r.IntN(len(s)-1)
		return s[:k] + rbPick(r, []string{" ", ".", "-", "*"}) + s[k:]
	}
	switch n {
	case "微信":
		return rbPick(r, []string{"VX", "vx", "V信", "薇信", "威信", "wei xin", "weixin", "wx", "微-信", "微 信"})
	case "wechat":
		return rbPick(r, []string{"VX", "V信", "薇信", "wei xin", "w.e.c.h.a.t", "we-chat", spaced("wechat"), split("wechat"), "WeChαt"})
	case "whatsapp":
		return rbPick(r, []string{"wha tsapp", "whats-app", "w.h.a.t.s.a.p.p", "what's app", "whatsap", "wh@tsapp", spaced("whatsapp"), split("WhatsApp")})
	default:
		return rbPick(r, []string{spaced(n), split(name), strings.ToUpper(split(n))})
	}
}

// rbSpanTransform applies fn to the spans of one kind found in a text; ok is
// false when the text has none.
func rbSpanTransform(text string, spans [][2]int, fn func(string) string) (string, bool) {
	if len(spans) == 0 {
		return "", false
	}
	out := rbReplaceSpans(text, spans, fn)
	return out, out != text
}

// rbContactValue returns the strongest contact value of a text and the app it
// is given for: a phone number, else an e-mail address, else "app: handle".
func rbContactValue(text string) (value, app string, ok bool) {
	app = ""
	if m := rbChannelRe.FindString(text); m != "" {
		app = m
	}
	if sp := rbPhoneSpans(text); len(sp) > 0 {
		if app == "" {
			app = "phone"
		}
		return strings.TrimSpace(text[sp[0][0]:sp[0][1]]), app, true
	}
	if m := rbEmailRe.FindString(text); m != "" {
		return m, "email", true
	}
	if m := rbHandleRe.FindStringSubmatch(text); m != nil && !rbSpokenStart(m[2]) {
		return m[2], m[1], true
	}
	return "", "", false
}

// rbSpokenStart reports a "handle" that is really a number read aloud.
func rbSpokenStart(v string) bool {
	v = strings.ToLower(v)
	for _, w := range append([]string{"plus", "oh", "double", "triple"}, rbDigitWords["en"]...) {
		if strings.HasPrefix(v, w) {
			return true
		}
	}
	return false
}

func rbFill(tpl, ch, v string) string {
	return strings.NewReplacer("{ch}", ch, "{v}", v).Replace(tpl)
}

// rbValidUTF8 guards the transforms against cutting a rune.
func rbValidUTF8(parts ...string) bool {
	for _, p := range parts {
		if !utf8.ValidString(p) {
			return false
		}
	}
	return true
}
