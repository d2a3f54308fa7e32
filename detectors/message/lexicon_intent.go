package message

import "strings"

// The intent lexicon: the words the Trade Assurance model (ta.go) and the
// buyer-intent model (intent.go) read structure from. They are small closed
// classes per language — negators, "the platform", "another way", "talk to",
// thresholds, quantity units — not sentences: the models combine them with
// scope (clause, sentence, word order) to judge meaning.

// Categories of the intent lexicon. Bits from 48 up belong to this file.
const (
	catPlatform cat = 1 << (48 + iota) // the platform as a way to order or pay: "via Alibaba", 平台下单
	catNegX                            // negators the contact lexicon leaves out ("no", "nothing", 不用, không)
	catMinOrder                        // a threshold: "above", "minimum", 以上, 满
	catOther                           // another way or place: "somewhere else", "another way", 平台外
	catTalkTo                          // contact intent: talk, reach, call, 联系, 聊
	catStayHere                        // keep talking here: "let's keep chatting here", 在这里聊
	catCond                            // a condition: if, si, 如果
	catFine                            // "no problem": a negator that agrees
	catAskX                            // asking or requesting: "is there", "can we", "send me", 있으세요, var mı
	catPay                             // paying: pay, payment, 付款, pago, 결제
	catChanRun                         // a channel named inside a Thai run (read by the buyer model only)
	catPropose                         // a proposal: please, better, faster, you can
	catReport                          // a report of what happened: received, 收到
)

// intentTriggerWords are ASCII names of Trade Assurance that must reach the
// full analysis past the prefilter (prefilter.go) wherever they occur.
var intentTriggerWords = []string{
	"jaminan", "perdagangan", "garantia", "garantie", "garanzia", "handelsgarantie", "handelssicherung", "ticari",
}

// Words that matter only with more around them are not prefilter triggers —
// each would send ordinary messages to the full analysis ("the platform is
// easy to use", "call me back about the sample") — but intentCue lets a
// message through on them when it also holds a price, or asks something.
var (
	// platformCues name the platform (any case of the first letter): with a
	// number or a percentage, terms for paying there.
	platformCues = []string{"libaba", "latform", "lattform", "lataforma", "lateforme", "iattaforma"}
	// askWords ask for a way to talk elsewhere, in a question or request.
	askWords = []string{
		"talk", "call", "else", "elsewhere", "reach", "outside", "another", "connect", "continue", "move",
		"switch", "directly", "privately", "fora", "fuori", "daqui", "woanders", "erreiche", "erreichen",
		"anrufen", "selain", "lain", "alawa", "tarika", "minta", "raggiungo", "raggiungerti", "trovo", "acho",
		"localizo", "localizar", "localizarte", "encontro", "encontrar", "hubungi", "menghubungi", "kontak",
		"japri", "contattare", "contattarti", "kontaktieren", "contactar", "contactarte", "contatar",
		"contacter", "joindre", "telefon", "posta", "eposta", "cellulare", "nomor", "sdt", "baat", "bahar",
		"kaise", "platform", "plataforma", "plateforme", "piattaforma", "plattform",
		"diretamente", "direto", "direta", "directa", "directo", "diretto", "diretta", "directe", "direkten",
		"direkter", "direktwahl", "durchwahl", "falar", "comunico", "comunicarme", "escribirte", "chiamarti",
		"contatto", "scriverti",
	}
	// askIndex answers "is this word in askWords" with a mask per first
	// letter and length before any comparison.
	askIndex = func() (ix struct {
		mask  [26]uint32
		words map[string]bool
	}) {
		ix.words = map[string]bool{}
		for _, w := range append(askWords[:len(askWords):len(askWords)], callAskASCII()...) { // call words: lexicon_numbers.go
			ix.mask[w[0]-'a'] |= 1 << len(w)
			ix.words[w] = true
		}
		return ix
	}()
)

// intentCue reports an ASCII message the prefilter ruled out that the Trade
// Assurance or buyer-intent model still needs: the platform with a price
// ("Alibaba order $5.20, T/T $4.80", "+3% via Alibaba"), or a question or
// request with a word of talking elsewhere ("can we talk somewhere else?").
// It runs on most clean messages, so it is a few byte searches and, for
// questions, one pass over the words.
func intentCue(text string) bool {
	// The word tests first: they rule out almost every message faster than
	// ContainsAny, which builds its byte set on every call.
	if (strings.Contains(text, "libaba") || strings.Contains(text, "form") && containsAny(text, platformCues)) &&
		strings.ContainsAny(text, "0123456789%") {
		return true
	}
	if strings.IndexByte(text, '?') < 0 && !strings.Contains(text, "et's") && !strings.Contains(text, "lease") {
		// A request without those marks: "goi cho em" (call me).
		return callWithObjectASCII(text)
	}
	var buf [16]byte
	for i, j := nextASCIIWord(text, 0); i < len(text); i, j = nextASCIIWord(text, j) {
		if w, ok := lowerWord(&buf, text[i:j], &askIndex.mask); ok && askIndex.words[string(w)] {
			return true
		}
	}
	return false
}

// nextASCIIWord returns the span of the first run of ASCII letters at or
// after text[from]; i is len(text) when there is none.
func nextASCIIWord(text string, from int) (i, j int) {
	for i = from; i < len(text) && (text[i]|0x20 < 'a' || text[i]|0x20 > 'z'); i++ {
	}
	for j = i; j < len(text) && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z'; j++ {
	}
	return i, j
}

// lowerWord lowercases word into buf when mask (bit n of a first letter's
// entry: a listed word of n letters starts with it) allows it; ok is false
// for a word no list can hold.
func lowerWord(buf *[16]byte, word string, mask *[26]uint32) ([]byte, bool) {
	n := len(word)
	if n >= len(buf) || mask[word[0]|0x20-'a']&(1<<n) == 0 {
		return nil, false
	}
	for k := range n {
		buf[k] = word[k] | 0x20
	}
	return buf[:n], true
}

// callWithObjectASCII reports a call verb with a person as its object
// (lexicon_numbers.go callWords) in an ASCII text: within two words after
// the verb, or a clitic within two before it — what buyerAsksCall reads.
func callWithObjectASCII(text string) bool {
	var buf [16]byte
	lastVerb, lastClitic, w := -9, -9, 0
	for i, j := nextASCIIWord(text, 0); i < len(text); i, j = nextASCIIWord(text, j) {
		if word, ok := lowerWord(&buf, text[i:j], &callMask); ok {
			bits := callWords[string(word)]
			if bits&1 != 0 || bits&2 != 0 && w-lastClitic <= 2 || bits&4 != 0 && w-lastVerb <= 2 {
				return true
			}
			if bits&2 != 0 {
				lastVerb = w
			}
			if bits&8 != 0 {
				lastClitic = w
			}
		}
		w++
	}
	return false
}

// callMask has bit n of a letter's entry set when an ASCII call word of n
// letters starts with it: most words are ruled out before a map look-up.
var callMask = func() (m [26]uint32) {
	for w := range callWords {
		ok := len(w) > 0 && len(w) < 32
		for k := 0; ok && k < len(w); k++ {
			ok = w[k] >= 'a' && w[k] <= 'z'
		}
		if ok {
			m[w[0]-'a'] |= 1 << len(w)
		}
	}
	return m
}()

// qtyUnitWords are units of quantity: "500 pcs" is a count, not a price. They
// are looked up only next to a number (ta.go), not through the phrase trie,
// which they would slow for every message ("pcs" is everywhere).
var qtyUnitWords = []string{
	"pcs", "pc", "pieces", "piece", "units", "unit", "sets", "set", "pairs", "cartons", "boxes", "kg",
	"tons", "meters", "piezas", "unidades", "peças", "pièces", "unités", "шт", "штук", "قطعة",
	"قطع", "stück", "adet", "개", "個", "cái", "chiếc", "ชิ้น", "pezzi", "नग", "件", "个", "套",
	"只", "台", "双", "箱",
	// bulk goods and lengths: a ton of rice, a metre of fabric
	"ton", "tonne", "tonnes", "mt", "meter", "metre", "metres", "rolls", "roll", "bags", "dozen", "kgs", "sqm",
	"toneladas", "tonelada", "metros", "metro", "tonnes", "mètres", "mètre", "tonnen", "meter", "tonnellate",
	"тонн", "тонна", "тонны", "метров", "метра", "ton", "metre", "tấn", "mét", "ตัน", "เมตร", "トン", "メートル",
	"톤", "미터", "طن", "أطنان", "متر", "टन", "मीटर", "吨", "米", "卷", "袋", "公斤", "千克", "平方", "平米",
}

// intentLexicon is appended to the phrase table (phrases.go).
var intentLexicon = []lexEntry{
	// ---------------------------------------------------------------- Trade Assurance, every supported language
	{catTA, 0, []string{
		"trade assurance", "t.a", "t. a", "ta order", "ta orders", "ta payment",
		"信保订单", "信用保障订单", "信保单", "担保交易",
		"garantie de commerce", "assurance commerce", "garantia de comércio",
		"handelsgarantie", "handelssicherung", "handelsabsicherung",
		"ticaret güvencesi", "ticari güvence", "ticaret güvence", "ticaret güvencesiyle", "ticaret güvencesini",
		"ticaret güvencesi ile", "ticari güvenceyle", "ticari güvenceli",
		"무역 보증", "무역보증", "거래 보증", "거래보증", "트레이드 어슈어런스", "트레이드어슈어런스",
		"取引保証", "トレードアシュアランス", "貿易保証",
		"đảm bảo thương mại", "bảo đảm thương mại",
		"jaminan perdagangan", "jaminan dagang",
		"การรับประกันการค้า", "รับประกันการค้า",
		"garanzia commerciale", "garanzia del commercio", "assicurazione commerciale",
		"ट्रेड एश्योरेंस", "ट्रेड अश्योरेंस", "व्यापार आश्वासन",
		"الضمان التجاري", "ضمان تجاري", "ضمان الصفقة", "ضمان التجارة",
		"торговые гарантии", "торговой гарантией",
	}},
	// The platform as a way to order or pay: one side of "two prices".
	{catPlatform, 0, []string{
		"sàn", "qua sàn", "trên sàn", "площадка", "площадку", "площадке", "площадки",
		"alibaba", "via alibaba", "through alibaba", "on alibaba", "alibaba order", "alibaba orders",
		"alibaba payment", "platform", "the platform", "platform order", "platform price", "online order",
		"online payment", "pay online", "secure payment",
		"平台", "平台下单", "平台付款", "平台订单", "阿里", "阿里巴巴", "站内", "线上", "线上下单", "在线下单",
		"plataforma", "por alibaba", "pela plataforma", "por la plataforma", "plateforme", "par alibaba",
		"платформа", "платформу", "платформе", "через платформу", "через алибабу", "алибаба", "алибабу",
		"المنصة", "عبر المنصة", "علي بابا", "عبر علي بابا",
		"plattform", "über alibaba", "über die plattform", "plattformbestellung", "plattformpreis",
		"plattformzahlung", "plattformbestellungen",
		"platform üzerinden", "alibaba üzerinden", "platformdan",
		"플랫폼", "알리바바", "플랫폼 주문", "알리바바 주문",
		"プラットフォーム", "アリババ", "サイト経由", "アリババ経由",
		"nền tảng", "qua alibaba", "qua nền tảng", "đặt hàng qua alibaba",
		"lewat alibaba", "melalui alibaba", "lewat platform", "melalui platform",
		"แพลตฟอร์ม", "ผ่านอาลีบาบา", "อาลีบาบา",
		"piattaforma", "tramite alibaba", "sulla piattaforma",
		"प्लेटफॉर्म", "अलीबाबा",
	}},
	// Paying another way: bank transfer, money transfer services, crypto, "directly".
	{catAltPay, 0, []string{
		"口座", "계좌", "rekening", "conto", "hesap", "hesabına", "振り込", "振込み", "ウエスタンユニオン",
		"ウェスタンユニオン", "웨스턴유니온", "웨스턴 유니온", "ويسترن يونيون", "tài khoản", "บัญชี",
		"usdt", "crypto", "cryptocurrency", "bitcoin", "btc", "binance", "payoneer", "alipay personal",
		"directly", "bank wire", "wire", "remitly",
		"私下转账", "私下付款", "直接转账", "直接打款", "打款", "对私", "私人账户", "个人账户", "银行转账", "汇款",
		"pago directo", "directamente", "transferencia bancaria", "pagamento direto", "diretamente",
		"depósito bancário", "paiement direct", "directement", "прямая оплата", "напрямую", "на карту", "переводом", "прямым переводом",
		"банковским переводом", "наличными", "переводе",
		"تحويل مباشر", "مباشرة", "الدفع المباشر", "ويسترن",
		"überweisung", "banküberweisung", "direkt", "direktzahlung", "vorkasse",
		"havale", "banka havalesi", "eft", "direkt ödeme", "doğrudan", "western union ile",
		"계좌이체", "계좌 이체", "송금", "직접 결제", "직거래", "직접 송금", "무통장",
		"銀行振込", "振込", "振り込み", "直接支払い", "直接", "送金",
		"chuyển khoản", "chuyển khoản ngân hàng", "trực tiếp", "thanh toán trực tiếp",
		"transfer bank", "transfer", "langsung", "bayar langsung",
		"โอนเงิน", "โอน", "โอนตรง", "โอนผ่านธนาคาร",
		"bonifico", "bonifico bancario", "diretto", "direttamente", "pagamento diretto",
		"बैंक ट्रांसफर", "सीधे", "seedha", "direct payment karo",
	}},
	// Refusal and unavailability, in the languages the contact lexicon leaves out.
	{catTARefuse, 0, []string{
		"not for this", "not for your", "not for samples", "not for sample", "not for small orders",
		"no para este", "no para pedidos", "pas pour ce", "pas pour les", "não para este", "не для",
		"nicht für", "için geçerli değil", "不适用于", "不能用于",
		"not applicable", "does not apply", "doesn't apply", "not eligible", "not open", "not activated",
		"can't be used", "cannot be used", "can not be used", "not accepted", "not supported for",
		"system doesn't allow", "system does not allow", "system won't allow",
		"不适用", "不能用", "用不了", "不能走", "走不了", "没开通", "没有开通", "未开通", "不开", "不做", "不接",
		"暂不支持", "不可以走", "没有信保", "不支持信保", "不接受信保", "开不了", "开不出", "开不出来", "没法开", "无法开",
		"做不了", "nicht aktiviert", "nicht freigeschaltet", "nicht aktiv", "غير مفعل", "غير متاح", "لا يعمل مع",
		"useless", "is useless", "waste of time", "not worth it",
		"no aplica", "no acepta", "no aceptamos", "não aceitamos", "não aceita", "não funciona",
		"n'acceptons pas", "n'est pas disponible", "ne fonctionne pas", "не принимаем", "не работаем",
		"не поддерживаем", "не доступна", "недоступна", "не действует",
		"لا نقبل", "لا نتعامل", "لا نعمل", "غير مدعوم", "غير ممكن", "لا يمكن",
		"nicht verfügbar", "nicht möglich", "akzeptieren wir nicht", "nehmen wir nicht", "nicht akzeptiert",
		"bieten wir nicht an", "unterstützen wir nicht",
		"kabul etmiyoruz", "kabul edemiyoruz", "kullanmıyoruz", "desteklemiyoruz", "mümkün değil",
		"yapamıyoruz", "yapmıyoruz", "çalışmıyoruz", "geçerli değil", "kullanılamaz", "olmaz", "yok",
		"불가", "불가능", "불가합니다", "안 됩니다", "안됩니다", "안 돼요", "안돼요", "안 받습니다", "안 받아요",
		"받지 않습니다", "지원하지 않습니다", "지원 안 됩니다", "지원되지 않습니다", "사용할 수 없습니다", "어렵습니다",
		"できません", "対応していません", "対応しておりません", "受け付けておりません", "使えません", "利用できません",
		"不可", "お受けできません", "ご利用いただけません",
		"không hỗ trợ", "không nhận", "không chấp nhận", "không dùng", "không được", "không làm",
		"không áp dụng", "không thể",
		"tidak bisa", "tidak menerima", "tidak mendukung", "tidak tersedia", "gak bisa", "nggak bisa",
		"tidak melayani", "tidak berlaku",
		"ไม่รับ", "ไม่รองรับ", "ไม่ได้", "ใช้ไม่ได้",
		"non accettiamo", "non è disponibile", "non possiamo", "non supportiamo", "non è possibile",
		"non disponibile", "non lavoriamo",
		"नहीं", "nahi", "nahin", "nhi", "accept nahi", "nahi karte", "nahi hota", "available nahi",
		"नहीं करते", "नहीं लेते", "स्वीकार नहीं",
	}},
	{catAccept, 0, []string{
		"usar", "usado", "usada", "utilizar", "использовать", "usare", "utiliser", "utilisé", "benutzen",
		"verwenden", "dùng", "sử dụng", "pakai", "terima", "합니다", "해요", "받습니다", "받아요", "받고",
		"nutzen", "kullan", "lo", "accettare", "prendiamo", "karte", "lete",
		"used", "accepted", "supported", "applied", "apply", "done", "processed", "enabled",
		"akzeptieren", "nehmen", "anbieten", "unterstützen", "verfügbar", "möglich",
		"kabul", "kullan", "destek", "accettiamo", "accettare", "supportiamo", "disponibile", "possibile",
		"acceptăm", "chấp nhận", "hỗ trợ", "menerima", "mendukung", "tersedia", "bisa",
		"받", "지원", "사용", "対応", "利用", "使用", "受付", "accept", "support",
	}},
	// Negators for scope. Morphological negation (Korean, Japanese, Turkish,
	// Thai) is read from word endings in ta.go.
	{catNegX, 0, []string{
		"nichts", "hiçbir şey", "nulla", "niente", "rien de plus",
		"no", "nothing", "none", "zero", "free", "neither", "nor", "doesn't", "does not", "isn't", "is not",
		"aren't", "won't", "without any",
		"nada", "ningún", "ninguna", "ningun", "nenhum", "nenhuma", "rien", "aucun", "aucune", "pas",
		"n'", "ничего", "никаких", "никакой", "нет", "не", "لا", "ليس", "ليست", "لن", "بلا", "لا يوجد",
		"kein", "keine", "keinen", "keinerlei", "nicht", "yok", "değil", "hiçbir", "hiç",
		"없", "안", "못", "않", "なし", "無し", "ない", "không", "chẳng", "ko", "tidak", "tak", "gak",
		"nggak", "bukan", "tanpa", "ไม่", "ไม่มี", "non", "nessun", "nessuna", "nessuno", "senza",
		"nahi", "nahin", "nhi", "नहीं", "बिना", "bina",
		"不", "不用", "无需", "不需要", "没有", "没", "免", "无", "不会", "别", "不走",
	}},
	// A negator that agrees.
	{catFine, 0, []string{
		"no problem", "no worries", "not a problem", "sin problema", "ningún problema", "sem problema",
		"pas de problème", "pas de souci", "нет проблем", "без проблем", "لا مشكلة", "kein problem",
		"sorun yok", "sorun değil", "문제 없습니다", "문제없어요", "문제 없어요", "問題ありません", "không vấn đề",
		"không sao", "tidak masalah", "gak masalah", "ไม่มีปัญหา", "nessun problema", "koi problem nahi",
		"koi baat nahi", "没问题", "没关系",
	}},
	// Same terms either way; a deposit and its balance are two parts of one
	// price, not two prices.
	{catTANeutral, 0, []string{
		"nichts extra", "nichts mehr", "変わりません", "変わらない", "değişmez", "değişmiyor", "không đổi",
		"tidak berubah", "non cambia", "ändert sich nicht", "ne change pas", "no cambia", "não muda",
		"не меняется", "لا يتغير", "변동 없습니다", "그대로", "doesn't change", "does not change", "won't change",
		"stays the same", "price same",
		"deposit", "balance", "advance payment", "定金", "订金", "尾款", "余款", "anticipo", "saldo",
		"acompte", "solde", "предоплата", "остаток", "عربون", "الرصيد", "anzahlung", "restzahlung",
		"kapora", "bakiye", "계약금", "잔금", "前金", "残金", "đặt cọc", "uang muka", "มัดจำ", "acconto",
		"paid by the seller", "paid by seller", "seller pays", "the seller pays", "we pay the fee",
		"free for buyers", "free for you", "free for the buyer", "卖家承担", "由卖家承担", "由我们承担",
		"lo paga el vendedor", "pago por el vendedor", "payé par le vendeur", "pago pelo vendedor",
		"costs you nothing", "nothing more", "nothing extra", "no extra charge", "no extra cost",
		"no additional cost", "no additional charge", "same", "the same", "identical", "equal",
		"不用加钱", "不加钱", "同价", "价格相同", "一样的价格", "不收费", "无手续费", "没有手续费", "不额外收费",
		"mismo", "misma", "igual", "même", "pareil", "mesmo", "mesma", "igual preço", "одинаковая", "одинаково",
		"та же", "тот же", "نفس", "نفسه", "gleich", "gleicher preis", "derselbe", "aynı", "aynı fiyat",
		"동일", "같은 가격", "같습니다", "同じ", "同額", "同一価格", "giống nhau", "như nhau", "cùng giá",
		"sama", "harga sama", "เท่ากัน", "ราคาเดียวกัน", "stesso", "stessa", "stesso prezzo", "same price hai",
		"एक ही", "समान",
		"gratuit", "gratis", "gratuito", "kostenlos", "ücretsiz", "무료", "無料", "miễn phí", "ฟรี", "मुफ्त",
		"مجاني", "бесплатно", "bedava",
	}},
	// A fee, a surcharge, a higher price — in the languages the contact lexicon leaves out.
	{catSurcharge, 0, []string{
		"올라갑니다", "올라가요", "오릅니다", "인상됩니다", "artar", "artıyor", "artacak", "yükselir", "zam",
		"سيرتفع", "يرتفع", "يزيد", "ارتفاع", "上がります", "上がる", "値上げ", "tăng giá", "badh jayega",
		"badhega", "mehnga hoga", "price up", "goes higher", "raises the price", "涨", "上涨",
		"different price", "price is different", "another price", "otro precio", "precio diferente",
		"outro preço", "preço diferente", "prix différent", "autre prix", "другая цена", "سعر مختلف",
		"anderer preis", "farklı fiyat", "가격이 다릅니다", "価格が異なります", "giá khác", "harga beda",
		"harga berbeda", "prezzo diverso", "alag price", "价格不同",
		"доплатить", "доплачивать", "комиссии", "上乗", "수수료",
		"gebühr", "gebühren", "aufpreis", "zuschlag", "teurer", "höher",
		"ücret", "ek ücret", "komisyon", "daha pahalı", "pahalı", "yüksek",
		"수수료", "추가 요금", "추가 비용", "더 비쌉니다", "비쌉니다", "인상",
		"手数料", "追加料金", "割増", "高くなります",
		"phí", "phụ phí", "cao hơn", "đắt hơn",
		"biaya tambahan", "lebih mahal", "komisi",
		"ค่าธรรมเนียม", "แพงกว่า",
		"commissione", "costo aggiuntivo", "supplemento", "più caro", "aggiuntivo", "maggiorazione",
		"शुल्क", "फीस", "extra charge", "charge lagega", "महंगा", "mehenga",
		"额外", "额外收费", "税点", "多收", "加收",
		"frais", "supplément", "رسوم", "رسوم إضافية", "زيادة",
	}},
	// Next to an amount: "+3%", "3% more", "add USD 50", "加3%", "%3 fazla".
	{catMore, 0, []string{
		"tăng", "aumento", "badh", "yükselir",
		"上调", "上浮", "调高", "提高", "raise", "raised", "increase by", "up by",
		"плюс", "cộng thêm", "cộng", "上乗", "추가됩니다", "나와요",
		"add", "adds", "added", "plus", "on top",
		"mehr", "fazla", "daha", "ek", "fark", "더", "추가", "多く", "追加", "thêm", "lebih",
		"tambahan", "tambah", "naik", "เพิ่ม", "in più", "di più", "ज्यादा", "zyada", "jyada", "अधिक", "adhik",
		"more", "en plus", "de más", "a más", "a mais", "дороже", "أكثر", "加", "多加", "个点",
	}},
	{catCurrency, 0, []string{
		"ドル", "円", "달러", "원", "đô", "đô la", "vnd", "đồng", "dolar", "tl", "₺", "lira", "₩", "₫", "₹", "rs",
		"rupees", "रुपये", "बाहत", "บาท", "ดอลลาร์", "rp", "rupiah", "dollari", "块", "块钱", "美刀", "rub",
		"₽", "dirham", "درهم", "ريال", "sar", "aed", "eur", "€", "euro",
	}},
	{catCompare, 0, []string{"vs.", "compared with", "in comparison"}},
	{catReport, 0, []string{
		"received", "got your", "we got", "has been paid", "was paid", "收到", "已收到", "已付", "recibimos",
		"recibido", "recebemos", "recebido", "reçu", "bien reçu", "получили", "получен", "استلمنا", "تم استلام",
		"erhalten", "aldık", "받았습니다", "受け取り", "受領", "đã nhận", "nhận được", "sudah terima", "diterima",
		"ได้รับ", "ricevuto", "abbiamo ricevuto", "mil gaya", "mil gayi",
	}},
	{catPropose, 0, []string{
		"please", "pls", "plz", "kindly", "can", "could", "you can", "better", "faster", "easier", "cheaper",
		"prefer", "recommend", "suggest", "let's", "just", "por favor", "mejor", "puede", "puedes",
		"s'il vous plaît", "merci de", "pouvez", "pode", "podem", "пожалуйста", "лучше", "можно", "быстрее",
		"من فضلك", "الأفضل", "يمكنك", "أسرع", "bitte", "besser", "schneller", "lütfen", "daha iyi", "daha hızlı",
		"주세요", "더", "빨라요", "빠릅니다", "hãy", "nhé", "nhanh hơn", "silakan", "saja", "lebih baik",
		"lebih cepat", "per favore", "meglio", "più veloce", "karo", "kar do", "jaldi", "请", "吧", "比较好",
		"更快", "更方便", "就行", "快", "早", "กว่า",
	}},
	{catMinOrder, 0, []string{
		"above", "over", "more than", "at least", "minimum", "min", "min.", "minimum order", "from",
		"orders above", "orders over", "starting from", "only for orders", "only above", "not below",
		"以上", "满", "起", "最低", "至少", "超过",
		"más de", "a partir de", "mínimo", "mayor a", "acima de", "pelo menos", "plus de", "au moins",
		"au-dessus de", "от", "свыше", "больше", "минимум", "أكثر من", "فوق", "على الأقل", "الحد الأدنى",
		"ab", "über", "mindestens", "mindestbestellwert", "üzeri", "üzerinde", "en az", "minimum sipariş",
		"이상", "최소", "초과", "以上の", "最低", "trở lên", "tối thiểu", "trên", "minimal", "di atas",
		"ขึ้นไป", "ขั้นต่ำ", "sopra", "almeno", "minimo", "se upar", "से ऊपर", "कम से कम", "minimum order",
	}},
	{catCond, 0, []string{
		"if", "unless", "si", "se", "wenn", "falls", "eğer", "만약", "もし", "nếu", "jika", "kalau", "ถ้า",
		"अगर", "agar", "إذا", "اذا", "لو", "если", "如果", "要是", "caso", "的话",
	}},

	{catPay, 0, []string{
		"pay", "paying", "payment", "paid", "付", "付款", "支付", "打款", "pago", "pagar", "paga", "pagamento",
		"paiement", "payer", "payez", "оплата", "оплату", "оплатить", "الدفع", "ادفع", "zahlung", "zahlen",
		"ödeme", "ödeyin", "öde", "결제", "지불", "支払い", "支払", "お支払い", "thanh toán", "bayar",
		"pembayaran", "ชำระ", "จ่าย", "pagare", "भुगतान", "payment karo", "pay karo",
	}},

	// ---------------------------------------------------------------- buyer intent
	// Phone and e-mail words of the languages the channel lexicon leaves out,
	// so that "電話番号を教えてください" is a request for a channel (the same
	// entries in the channel lexicon merge with these).
	{catChannel, ChannelPhone, []string{
		"telefon", "telefon numarası", "telefon numaranız", "cep telefonu", "전화번호", "핸드폰 번호", "휴대폰 번호",
		"電話番号", "携帯番号", "số điện thoại", "sđt", "nomor hp", "nomor telepon", "no hp", "เบอร์โทร",
		"numero di telefono", "cellulare",
	}},
	{catChannel, ChannelEmail, []string{
		"e-posta", "eposta", "이메일", "メール", "メールアドレス", "địa chỉ email", "alamat email", "อีเมล",
	}},
	// Contact intent without a channel name.
	{catTalkTo, 0, []string{
		"نتحدث", "التحدث", "أتحدث", "اتحدث",
		"reden", "weiterreden", "weiterschreiben", "continue", "move", "switch", "go on", "seguir", "continuar",
		"continuer", "продолжить", "перейти", "نكمل", "devam", "계속", "続け", "tiếp tục", "lanjut",
		"continuare", "weitermachen", "spostarci",
		"llamar", "llamarle", "ligar", "appeler", "telepon", "menelepon", "telefonieren", "aramak", "전화",
		"電話", "โทรหา", "phone you", "ring you", "video call", "videollamada",
		"تواصل", "اتصال", "هناك",
		"raggiungo", "raggiungerti", "acho", "te acho", "achar", "menghubungi", "localizar", "localizo", "localizarte", "encontrarte", "encuentro", "encontro", "encontrar", "trovo",
		"trovarti", "chiamarti", "erreiche", "ulaşmanın", "ulaşırım", "ulaşabilir", "연락하면", "연락드려도",
		"написать", "найти", "find you", "find", "reach out", "tarika", "kaise",
		"contact", "contact you", "reach", "reach you", "talk", "chat", "call", "call you", "message you",
		"text you", "connect", "communicate", "get in touch", "speak",
		"联系", "联系你", "找你", "聊", "沟通", "加你", "联系方式",
		"contactar", "contactarte", "contactarlo", "hablar", "comunicarnos", "llamarte",
		"contatar", "falar", "conversar", "te ligar", "contacter", "joindre", "parler", "discuter",
		"связаться", "связаться с вами", "общаться", "поговорить", "написать вам", "позвонить",
		"التواصل", "أتواصل", "اتواصل", "نتواصل", "الاتصال", "أكلمك", "اكلمك", "نتكلم",
		"kontaktieren", "erreichen", "sprechen", "schreiben", "anrufen",
		"iletişim", "ulaşabilirim", "ulaşmak", "konuşabilir", "konuşalım", "yazabilir", "arayabilir",
		"연락", "연락처", "연락할", "연락드릴", "대화", "통화",
		"連絡", "連絡先", "話せ", "やり取り", "お話",
		"liên hệ", "liên lạc", "nói chuyện", "nhắn tin", "gọi",
		"menghubungi", "hubungi", "kontak", "ngobrol", "bicara",
		"ติดต่อ", "คุย", "โทร",
		"contattare", "contattarti", "contattarvi", "parlare", "sentirci", "chiamare",
		"संपर्क", "बात", "baat", "contact karu", "contact karun", "call karu",
	}},
	// Another way or another place.
	{catOther, 0, []string{
		"else", "where else", "anywhere else",
		"woanders", "başka", "말고", "以外", "khác", "다른", "他に", "ほかに", "他の", "lain", "selain", "alawa", "aur tarika", "dusra", "не здесь",
		"другой", "daqui", "fora daqui", "qu'ici", "outside this", "besides here", "other than here",
		"another way", "other way", "other ways", "another channel", "other channel", "another app",
		"other app", "somewhere else", "elsewhere", "outside", "outside the platform", "off the platform",
		"off platform", "privately", "in private", "personal", "directly", "direct contact", "faster way",
		"more convenient", "other contact", "another contact", "other than",
		"平台外", "站外", "私下", "私聊", "别的方式", "其他方式", "其他联系方式", "别的联系方式", "外面", "私人",
		"otra forma", "otra manera", "otro medio", "fuera", "por fuera", "en privado", "directamente",
		"outra forma", "outra maneira", "fora", "em privado", "autre moyen", "autre façon", "ailleurs",
		"en dehors", "en privé", "directement", "другой способ", "другим способом", "вне", "напрямую", "лично",
		"طريقة أخرى", "وسيلة أخرى", "خارج", "خارج المنصة", "مباشرة", "خاص",
		"anderen weg", "anderer weg", "andere möglichkeit", "außerhalb", "direkt", "privat",
		"başka bir yol", "başka yol", "başka yerden", "dışında", "platform dışında", "direkt", "özelden",
		"다른 방법", "다른 곳", "밖에서", "외부", "개인적으로", "직접",
		"他の方法", "別の方法", "外で", "直接", "個人的に",
		"cách khác", "bên ngoài", "ngoài", "riêng", "trực tiếp",
		"cara lain", "di luar", "langsung", "pribadi", "japri",
		"ช่องทางอื่น", "ทางอื่น", "ข้างนอก", "ส่วนตัว", "โดยตรง",
		"altro modo", "un altro modo", "fuori", "in privato", "direttamente",
		"दूसरा तरीका", "bahar", "बाहर", "direct", "personally", "private",
	}},
	// Keeping the talk, or the payment, on the platform.
	{catStayHere, 0, []string{
		"order page", "order link", "checkout", "payment page", "the platform's", "订单页面", "下单页面",
		"订单链接", "página del pedido", "página de pedido", "enlace del pedido", "página do pedido",
		"page de commande", "страница заказа", "صفحة الطلب", "bestellseite", "sipariş sayfası", "주문 페이지",
		"注文ページ", "trang đơn hàng", "halaman pesanan", "pagina dell'ordine",
		"here", "chatting here", "talk here", "chat here", "on the platform", "on alibaba", "this chat",
		"在这里", "这里聊", "平台上", "平台聊", "就在这", "aquí", "por aquí", "aqui", "por aqui", "ici",
		"здесь", "тут", "هنا", "hier", "burada", "buradan", "여기", "여기서", "ここ", "ここで", "ở đây", "di sini",
		"ที่นี่", "qui", "yahin", "yahan", "यहीं", "यहाँ",
	}},
	// "Do you have / use" and "what is" in the languages the contact lexicon
	// leaves out: asking for a contact, seller's or buyer's.
	{catAskHave, 0, []string{
		"vous êtes sur", "tu es sur", "estás en", "está en", "você está no", "bist du auf", "sind sie auf",
		"bạn có", "anh có", "chị có", "em có", "kamu ada", "ada",
		"hai", "hai?", "tem", "você tem", "usa", "usas", "tienes", "你有", "您有", "你们有",
		"있으세요", "있나요", "있어요", "있습니까", "있으신가요", "var mı", "varmı", "var mi",
		"kullanıyor musunuz", "ありますか", "やってますか", "やっていますか", "使ってますか", "punya",
		"avete", "hai kya", "haben sie", "hast du", "у вас есть", "есть у вас", "هل لديك", "عندك",
	}},
	{catReqVerb, 0, []string{
		"verir misin", "verebilir misin", "numaranı",
		"minta", "mintak", "alabilir", "alabilir miyim",
		"多少", "是多少", "几号", "哪个",
		"뭐예요", "뭐에요", "뭔가요", "무엇인가요", "nedir", "là gì", "gì", "berapa", "apa", "kya hai",
		"何ですか", "อะไร",
	}},
	{catPossYou, 0, []string{"ihr", "ihren", "ihrem", "dein", "deinen", "bilginizi", "bilgilerinizi", "numaranız", "numaranızı", "sizin", "aapka", "aapki", "apna", "của bạn", "kamu", "anda"}},
	// Asking or requesting structure, for the buyer model only (the contact
	// model keeps its own catAskHave/catReqVerb).
	{catAskX, 0, []string{
		"boleh", "bolehkah", "may", "might", "could", "would",
		"is there", "are there", "any", "can i", "can we", "could i", "could we", "may i", "how can i",
		"how can we", "how do i", "where can i", "do you have", "do you use", "are you on", "you have",
		"hay", "hay otra", "puedo", "podemos", "tienes", "tiene", "usas", "posso", "você tem", "tem",
		"puis-je", "pouvons-nous", "est-ce que", "avez-vous", "as-tu", "можно", "могу", "у вас есть", "есть",
		"هل", "هل يوجد", "هل يمكن", "ممكن", "هل لديك", "عندك", "لديك",
		"haben sie", "hast du", "gibt es", "kann ich", "können wir",
		"var mı", "varmı", "var mi", "mısınız", "misiniz", "musunuz", "kullanıyor musunuz",
		"있으세요", "있나요", "있어요", "있습니까", "있으신가요", "하세요", "하시나요", "되나요", "할 수 있을까요",
		"ありますか", "やってますか", "やっていますか", "使ってますか", "できますか", "ですか",
		"có", "được không", "ada", "punya", "bisa", "apakah", "มีไหม", "มั้ย", "ไหม", "มี",
		"hai", "avete", "usi", "usate", "possiamo", "hai kya", "kya", "क्या", "है क्या",
		"方便", "可以", "能不能", "能", "怎么", "在哪", "有没有", "有吗", "吗", "么", "?", "？", "¿", "؟",
		"加", "加你", "加个",
	}},
	// Requests the contact lexicon leaves out.
	{catReqVerb, 0, []string{
		"share", "can you give", "can you send", "please send", "manda", "envía", "envie", "schick",
		"schicken sie", "gönder", "gönderin", "verir misiniz", "verebilir misiniz", "보내", "보내주세요", "알려",
		"알려주세요", "알려줘", "教えて", "送って", "gửi", "cho tôi", "kirim", "kasih", "mandami", "inviami", "dammi",
		"bhejo", "bhej do", "दे दो", "भेजो", "给个", "发个", "告诉", "留", "发", "给我",
	}},
}
