package message

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
		"주시겠어요", "주실래요",
	}},
	// ---------------------------------------------------------------- your (before the noun)
	{catPossYou, 0, []string{"अपना", "अपनी", "अपने", "आपका", "आपकी", "ваша", "sua", "suo"}},
	// ---------------------------------------------------------------- contact nouns with a possessive suffix
	{catChannel | catPossYou, ChannelEmail, []string{
		"بريدك", "بريدك الإلكتروني", "بريدك الالكتروني", "ايميلك", "إيميلك", "e-posta adresinizi", "mail adresinizi",
		"e-posta adresiniz", "mailinizi",
	}},
	{catChannel | catPossYou, ChannelPhone, []string{"هاتفك", "جوالك", "موبايلك", "رقم موبايلك", "telefonunuzu", "telefon numaranızı"}},
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

// callCues say "call me" or "call us" right before a number: a phone
// announced without naming it ("Llámame al seis uno dos …"). Keyed as
// tokens read them; phoneKeywordNear reads them only beside a number.
var callCues = func() map[string]bool {
	m := map[string]bool{}
	sc := new(scratch)
	for _, w := range []string{
		"call", "ring", "llámame", "llámanos", "llame", "llamar", "ligue", "liga", "me liga", "appelez", "appelle",
		"appeler", "chiamami", "chiamate", "chiamaci", "anrufen", "rufen", "ruf", "позвоните", "звоните",
		"позвони", "arayın", "arayabilirsiniz", "ara", "اتصل", "اتصلوا", "कॉल", "फोन करें", "telepon", "telpon",
		"gọi", "โทร", "打", "打给我", "致电", "電話して", "전화",
	} {
		normalize(w, sc)
		sc.toks = tokenize(sc.norm, sc.toks)
		if len(sc.toks) > 0 {
			t := sc.toks[len(sc.toks)-1]
			m[string(sc.norm[t.s:t.e])] = true
		}
	}
	return m
}()

// callCueBefore reports a "call me" word at most three tokens before the
// number starting at token start, in its sentence.
func (sc *scratch) callCueBefore(start int) bool {
	toks := sc.toks
	for k := start - 1; k >= 0 && k >= start-4 && toks[k].sent == toks[start].sent; k-- {
		if t := &toks[k]; t.kind == tWord || t.kind == tHan {
			if callCues[string(sc.norm[t.s:t.e])] {
				return true
			}
		}
	}
	return false
}

// callAskWords ask for a phone call: a buyer asking to be called, or to call
// the merchant ("Can you call me?", "¿Me puede llamar?", "Beni arayabilir
// misiniz?"), has asked for contact off the platform; the merchant may then
// ask for the number. Keyed as tokens read them.
var callAskWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range callAskForms() {
		m[w] = true
	}
	return m
}()

// callAskForms are the call words normalised, one token each.
func callAskForms() []string {
	var out []string
	sc := new(scratch)
	for _, w := range []string{
		"call", "ring", "llamar", "llamarme", "llamarle", "llamarte", "llámame", "llámeme", "llamas", "ligar", "liga",
		"ligue", "ligarme", "appeler", "appelez", "rappeler", "rappelez", "chiamare", "chiamarmi", "chiamarti",
		"chiamami", "richiamare", "anrufen", "zurückrufen", "позвонить", "позвоните", "перезвонить", "перезвоните",
		"позвонишь", "arayabilir", "arar", "arayın", "arama", "الاتصال", "اتصل", "تتصل", "कॉल", "gọi", "โทรหา",
		"โทร", "打电话", "電話", "전화", "통화",
	} {
		normalize(w, sc)
		sc.toks = tokenize(sc.norm, sc.toks)
		if len(sc.toks) == 1 {
			out = append(out, string(sc.norm))
		}
	}
	return out
}

// callAskASCII are the call words an ASCII message can hold: intentCue lets
// a question with one through the prefilter.
func callAskASCII() []string {
	var out []string
	for _, w := range callAskForms() {
		ok := len(w) < 32
		for k := 0; k < len(w); k++ {
			ok = ok && w[k] >= 'a' && w[k] <= 'z'
		}
		if ok {
			out = append(out, w)
		}
	}
	return out
}

// buyerAsksCall reports a buyer asking for a phone call: a call word in a
// question or request, not negated in its clause.
func (sc *scratch) buyerAsksCall() bool {
	toks := sc.toks
	for i := range toks {
		t := &toks[i]
		if (t.kind != tWord && t.kind != tHan) || !callAskWords[string(sc.norm[t.s:t.e])] {
			continue
		}
		if sc.asking(i) && !sc.negatedClause(i) {
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
