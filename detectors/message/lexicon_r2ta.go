package message

// Round two of the Trade Assurance refusal families (r2ta): the words an
// evaluation set still missed. A sum added to the shipping of Trade
// Assurance orders written with a future verb of adding (سنضيف, añadiremos,
// ajouterons, добавим, ekleyeceğiz, जोड़ देंगे; r2taTaxGroups), "only"
// in the languages the lexicon lacked it for, "takes a long time" said of
// Trade Assurance, a deposit pushed to a bank card, and "不过" (but), which
// is no negation.
var r2taLexicon = []lexEntry{
	// "Only" before the way taken, in the languages the lexicon had none.
	{catOnly, 0, []string{
		"सिर्फ़", "सिर्फ", "केवल", "sirf", "keval", "kewal", "のみ", "だけ", "เท่านั้น", "hanya", "cuma",
		"sadece", "yalnızca", "nur", "ausschließlich", "soltanto", "unicamente", "únicamente", "exclusivamente",
	}},
	// 不过 is "but": its 不 negates nothing. Nor in the other words that
	// begin with 不 and are no negation: 不错 (good), 不仅 (not only), 不管
	// (no matter), 不少 (many), 不断 (continuously). 不管用 ("does not
	// work") is a negation and stays one.
	{0, 0, []string{
		"不过", "不過", "不错", "不錯", "不仅", "不僅", "不但", "不管", "不少", "不断", "不斷",
	}},
	{catNegX, 0, []string{"不管用"}},
}

// txAdd is a verb of adding a sum: "we will add", añadiremos, سنضيف.
const txAdd = txExpired << 1

// r2taTaxGroups widen the families of lexicon_tarefusal.go (taxGroups).
var r2taTaxGroups = []struct {
	kind    taxKind
	cats    cat
	phrases []string
}{
	{txSlow, 0, []string{
		"takes a long time", "take a long time", "lleva mucho tiempo", "tarda mucho tiempo", "leva muito tempo",
		"prend beaucoup de temps", "richiede molto tempo", "dauert sehr lange", "занимает много времени",
		"идёт очень долго", "идет очень долго", "çok zaman alıyor", "يأخذ وقتا طويلا", "يستغرق وقتا",
		"समय लगता", "समय लगता है", "बहुत समय लगता है", "टाइम लगता", "टाइम लगता है", "time lagta hai",
		"time lagta", "makan waktu lama", "mất nhiều thời gian", "ใช้เวลานาน", "ใช้เวลานานมาก",
		"時間がかかります", "시간이 오래 걸려", "시간이 오래 걸려서",
	}},
	// Verbs of adding a sum, read by addToShipping alone: as catMore they
	// would tie a sum after the verb to a Trade Assurance named as the way of
	// paying in the next clause ("150 USD ekleyeceğiz, ödeme Trade Assurance
	// ile"). Verbs of charging (cobramos, facturons, berechnen wir) are no adding:
	// "we charge 150 USD shipping, payment via Trade Assurance" quotes it.
	{txAdd, 0, []string{
		"añadiremos", "agregaremos", "sumaremos", "adicionaremos", "vamos adicionar", "acrescentaremos",
		"ajouterons", "nous ajouterons", "on ajoutera", "aggiungeremo", "schlagen wir", "добавим", "мы добавим",
		"прибавим", "ekleyeceğiz", "سنضيف", "سوف نضيف", "سيضاف", "سنزيد", "जोड़ देंगे", "जोड़ेंगे",
		"जोड़ दिया जाएगा", "add karenge", "add kar denge", "jod denge",
	}},
	// Shipping in the cases and forms the families lacked: "к доставке".
	{txShip, 0, []string{"доставке", "доставкой", "kargoya", "kargo ücretine", "navluna", "nakliyeye", "shipping costs", "frais d'expédition", "expédition"}},
	{txBroken, 0, []string{"用不了", "用不了了", "被关了", "关掉了", "被关闭"}},
	{txDirect, 0, []string{"银行卡", "我们银行卡", "私人银行卡", "银行卡号", "到微信", "转微信"}},
}
