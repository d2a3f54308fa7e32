package message

import "slices"

// numbersLexicon: asking for someone's phone, WhatsApp or e-mail in the
// polite and imperative forms of each language ("give/send/leave me your
// …", "can you give me a phone?"), read both ways: a merchant asking for
// the buyer's contact on its own initiative is a lure, a buyer asking for
// the merchant's is a request the merchant may answer. Also the contact
// nouns written with a possessive suffix (بريدك "your mail", هاتفي "my
// phone", adresinizi) and "call me" before a number.
var numbersLexicon = []lexEntry{
	// ---------------------------------------------------------------- give / send / leave me
	{catReqVerb, 0, []string{
		// Spanish
		"me puede dar", "me puedes dar", "puede darme", "puedes darme", "darme", "deme", "déme", "me dé", "me da",
		"pásame", "pasame", "páseme", "envíame", "envíeme", "mándeme", "mandarme", "enviarme", "déjeme",
		// Portuguese
		"me dar", "me dá", "me passe", "me mande", "pode me dar",
		// French
		"me donner", "me donnez", "pouvez-vous me donner", "peux-tu me donner", "m'envoyer", "m'envoyez",
		"me communiquer", "me laisser", "envoie-moi", "me passer",
		// Italian
		"mi può dare", "mi puoi dare", "mi dia", "mi dai", "darmi", "mi lasci", "mi lasciate", "mi mandi",
		"mandarmi", "inviarmi", "mi invii", "mi può mandare", "mi potete dare",
		// German
		"lassen sie mir", "gib mir", "senden sie mir", "nennen sie mir", "teilen sie mir", "sagen sie mir",
		// Russian
		"отправьте", "скажите", "сообщите", "продиктуйте", "напишите мне свой",
		// Turkish
		"gönderir misiniz", "gönderebilir misiniz", "iletir misiniz", "yazar mısınız", "söyler misiniz",
		"paylaşabilir misiniz", "bırakabilir misiniz",
		// Arabic
		"ابعث لي", "ابعتلي", "شاركني", "زودني", "ممكن تعطيني", "أرسلي", "اتركي لي",
		// Hindi
		"दीजिए", "दीजिये", "दे दीजिए", "दे दीजिये", "दें", "दे दें", "भेज दीजिए", "भेजें", "बता दीजिए", "बताएं",
		"भेज दो", "bhej dijiye", "bata do", "de dena", "bhej dena",
		// Indonesian
		"berikan", "bagikan", "kasih",
		// Vietnamese
		"đưa",
		// Japanese
		"いただけますか", "いただけませんか", "もらえますか", "頂けますか",
		// Korean
		"주시겠어요", "주실래요", "어떻게 되세요", "어떻게 되시나요",
		// Japanese, Chinese: "what number"
		"何番", "何番ですか",
	}},
	// ---------------------------------------------------------------- your (before the noun)
	{catPossYou, 0, []string{"अपना", "अपनी", "अपने", "आपका", "आपकी", "ваша", "sua", "suo"}},
	// ---------------------------------------------------------------- contact nouns with a possessive suffix
	{catChannel | catPossYou, ChannelEmail, []string{
		"بريدك", "بريدك الإلكتروني", "بريدك الالكتروني", "ايميلك", "إيميلك", "e-posta adresinizi", "mail adresinizi",
		"e-posta adresiniz", "mailinizi",
	}},
	{catChannel | catPossYou, ChannelPhone, []string{"هاتفك", "جوالك", "موبايلك", "رقم موبايلك", "telefonunuzu", "telefonunuz", "telefon numaranızı"}},
	{catChannel, ChannelPhone, []string{"recapito telefonico", "numero telefonico"}},
	{catChannel | catPossYou, ChannelWhatsApp, []string{"واتسابك", "واتسك"}},
	{catChannel | catPossSelf, ChannelPhone, []string{"هاتفي", "جوالي", "موبايلي", "رقم هاتفي", "رقم جوالي", "telefonum"}},
	{catChannel | catPossSelf, ChannelEmail, []string{"بريدي", "ايميلي", "إيميلي"}},
	// The platform's order and tracking numbers: asking for them is no lure.
	{catNeutral, 0, []string{
		"número de pedido", "número del pedido", "número do pedido", "número de seguimiento", "número de rastreio",
		"numéro de commande", "numéro de suivi", "numero d'ordine", "numero dell'ordine", "numero di ordine",
		"numero ordine", "numero di tracking", "numero di spedizione", "номер заказа", "номер отслеживания",
		"трек номер", "sipariş numarası", "sipariş numaranızı", "sipariş numaranız", "sipariş no", "takip numarası",
		"takip numaranızı", "sipariş numaram", "sipariş numaramız", "takip numaram", "رقم الطلب", "رقم طلبك", "رقم التتبع", "ऑर्डर नंबर", "ऑर्डर नंबर", "order no",
		"nomor pesanan", "nomor order", "nomor resi", "số đơn hàng", "mã đơn hàng", "mã vận đơn", "เลขคำสั่งซื้อ",
		"เลขพัสดุ", "หมายเลขคำสั่งซื้อ", "订单号", "订单编号", "运单号", "注文番号", "追跡番号", "주문번호",
		"주문 번호", "운송장 번호", "bestellnummer", "auftragsnummer", "sendungsnummer", "tracking-nummer",
	}},
	// "E-Mail-Adresse": the token "e-mail" reads as "email", so the phrase is keyed that way.
	{catChannel, ChannelEmail, []string{"email-adresse", "email adresse", "email-adressen", "mail-adresse", "handy-nummer", "whatsapp-nummer"}},
}

// callCueBefore reports "call me" at most three tokens before the number
// starting at token start, in its sentence: a phone announced without naming
// it ("Llámame al seis uno dos …", "Call me at …").
func (sc *scratch) callCueBefore(start int) bool {
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-4 && toks[k].sent == toks[start].sent; k-- {
		// A call verb whose object is the number itself: "call 0532 123 45 67", "llame al: 0912…".
		if bits := sc.callBits(k); bits&1 != 0 || bits&2 != 0 && (sc.callObjectNear(k) || sc.onlyPunctBetween(k+1, start)) {
			return true
		}
	}
	return false
}

// callAskWords ask for a phone call: a buyer asking to be called, or to call
// the merchant ("Can you call me?", "¿Me puede llamar?", "Beni arayabilir
// misiniz?"), has asked for contact off the platform; the merchant may then
// ask for the number. The words in callSelf carry their object ("llamarme",
// "โทรหา"); the others count with a person as object: after the verb ("call
// me", "позвонить мне", "gọi cho tôi") or a clitic before it ("me llamar",
// "m'appeler", "mich anrufen", "beni arayabilir", "मुझे कॉल") — "what do
// you call this?" asks for nothing. Keyed as tokens read them.
var callSelf = []string{
	"llamarme", "llamarle", "llamarte", "llámame", "llámeme", "ligarme", "chiamarmi", "chiamarti", "chiamami",
	"chiamateci", "richiamarmi", "позвоните", "перезвоните", "arayabilir", "الاتصال",
	"اتصل", "تتصل", "โทรหา", "โทร", "打电话", "打给我", "致电", "電話", "전화", "통화",
}

var callObject = []string{
	"call", "llamar", "llame", "llamas", "ligar", "liga", "ligue", "appeler", "appelez", "rappeler", "rappelez",
	"chiamare", "chiami", "richiamare", "anrufen", "zurückrufen", "позвонить", "перезвонить", "позвонишь", "arar",
	"arayın", "कॉल", "gọi", "liga", "me liga", "telepon", "telpon",
}

// Objects after the verb, and clitics before it.
var (
	callObjAfter  = []string{"me", "us", "you", "moi", "мне", "нам", "вам", "тебе", "بي", "بك", "cho", "tôi", "mình", "em", "anh"}
	callObjBefore = []string{"me", "te", "le", "nos", "mi", "ti", "ci", "m", "vous", "nous", "mich", "uns", "dich",
		"мне", "вам", "нам", "тебе", "beni", "bizi", "sizi", "seni", "मुझे", "हमें", "आपको", "आप"}
)

// callWords keys the lists above as tokens read them: 1 a word that carries
// its object, 2 a verb that needs one, 4 an object after, 8 a clitic before.
var callWords = func() map[string]uint8 {
	m := map[string]uint8{}
	sc := new(scratch)
	for bit, ws := range map[uint8][]string{1: callSelf, 2: callObject, 4: callObjAfter, 8: callObjBefore} {
		for _, w := range ws {
			normalize(w, sc)
			if sc.toks = tokenize(sc.norm, sc.toks); len(sc.toks) == 1 {
				m[string(sc.norm)] |= bit
			}
		}
	}
	return m
}()

// callAskASCII are the call verbs an ASCII message can hold: intentCue lets
// a question with one through the prefilter.
func callAskASCII() []string {
	var out []string
	for w, bits := range callWords {
		ok := bits&3 != 0 && len(w) < 32
		for k := 0; k < len(w); k++ {
			ok = ok && w[k] >= 'a' && w[k] <= 'z'
		}
		if ok {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// buyerAsksCall reports a buyer asking for a phone call: a call word with
// its object, in a question or request, not negated in its clause.
func (sc *scratch) buyerAsksCall() bool {
	if sc.allCats&(catAskX|catAskHave|catReqVerb|catQuestion) == 0 {
		return false // no question or request: the common case
	}
	toks := sc.toks
	for i := range toks {
		bits := sc.callBits(i)
		if bits&3 == 0 {
			continue
		}
		if bits&1 == 0 && !sc.callObjectNear(i) {
			continue
		}
		if sc.asking(i) && !sc.negatedClause(i) {
			return true
		}
	}
	return false
}

func (sc *scratch) callBits(i int) uint8 {
	if i < 0 || i >= len(sc.toks) {
		return 0
	}
	t := &sc.toks[i]
	if t.kind != tWord && t.kind != tHan {
		return 0
	}
	return callWords[string(sc.norm[t.s:t.e])]
}

// callObjectNear reports a person as the object of the call verb at i:
// within two tokens after it, or a clitic within two before.
func (sc *scratch) callObjectNear(i int) bool {
	s := sc.toks[i].sent
	for k := i + 1; k <= i+2 && k < len(sc.toks) && sc.toks[k].sent == s; k++ {
		if sc.callBits(k)&4 != 0 {
			return true
		}
	}
	for k := i - 1; k >= i-2 && k >= 0 && sc.toks[k].sent == s; k-- {
		if sc.callBits(k)&8 != 0 {
			return true
		}
	}
	return false
}

// negatedClause reports a negation before token i in its clause ("please
// don't call me").
func (sc *scratch) negatedClause(i int) bool {
	toks := sc.toks
	for k := i - 1; k >= 0 && toks[k].clause == toks[i].clause; k-- {
		if toks[k].mEnd > 0 && toks[k].cats&catNeg != 0 {
			return true
		}
	}
	return false
}

// onlyPunctBetween reports that tokens [from, to) are punctuation only.
func (sc *scratch) onlyPunctBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if sc.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}
