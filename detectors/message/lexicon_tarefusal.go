package message

import (
	"slices"
	"strings"
	"sync"
)

// The family category famTAx (lexicon.go) marks a word of the Trade
// Assurance refusal families that the other categories leave out: the order
// link and its being closed, Trade Assurance called slow, a discount, the
// shipping cost, a wallet paid directly, the words of "X instead of Y" and
// "from X to Y". One bit for all of them; which family a phrase belongs to is
// looked up by its text (taxKindAt). It yields nothing by itself: the
// phrases carry no cat of their own (or the one they take over), so the
// prefilter keys none of them.

// taxKind is the family word class of a famTAx phrase; a phrase may be in
// several.
type taxKind uint16

const (
	txLink        taxKind = 1 << iota // the order or payment link: link, enlace, ссылка, 链接, 링크
	txBroken                          // closed, disabled, blocked, not working: cerrado, gesperrt, 被关了, 막혀
	txSlow                            // Trade Assurance slow or holding the money: too slow, 压款, 돈이 묶여
	txSave                            // to save fees: ahorrar comisiones, 省手续费
	txDiscount                        // a discount: discount, off, desconto, Rabatt, скидка, 优惠, 할인
	txShip                            // the shipping cost: shipping, freight, frete, Fracht, ongkir, 运费, 送料
	txDirect                          // paid straight to the merchant: own account, KakaoPay, UPI, GCash, 支付宝
	txInstead                         // instead of: statt, au lieu de, вместо, bukan, 而不是, 대신
	txFrom                            // from (X to Y): von, de, с, dari, từ, จาก, 从
	txRise                            // a verb of raising a cost: erhöhen, rises from, naik, 涨
	txPrefer                          // we prefer, recommend: préférons, empfehlen, 推荐
	txTime                            // a unit of time after a number: days, Tage, дней, 天
	txOutside                         // outside of (Trade Assurance): fora do, fuera de, hors, außerhalb, 不走
	txInsteadPost                     // instead of, after what it replaces: yerine, ではなく, 아니라, के बजाय
	txExpired                         // expired: a link may expire, Trade Assurance does not close by it
	txUsual                           // the usual cost otherwise: normally, otherwise, 平时, biasanya, 通常
)

// taxGroups are the phrases of each kind, in every supported language.
var taxGroups = []struct {
	kind    taxKind
	cats    cat // categories the phrases carry besides famTAx
	phrases []string
}{
	{txLink, 0, []string{
		"link", "links", "order link", "enlace", "enlace de pago", "link de pago", "link do pedido",
		"link de pagamento", "lien", "lien de paiement", "lien de commande", "zahlungslink", "bestelllink",
		"collegamento", "link di pagamento", "ссылка", "ссылку", "ссылки", "linki", "bağlantı", "bağlantısı",
		"sipariş linki", "رابط", "الرابط", "رابط الطلب", "رابط الدفع", "लिंक", "tautan", "link pesanan",
		"link pembayaran", "liên kết", "đường link", "ลิงก์", "ลิงค์", "リンク", "링크", "链接", "连接", "订单链接",
	}},
	{txBroken, 0, []string{
		"closed", "disabled", "blocked",
		"not working", "isn't working", "doesn't work", "does not work",
		"stopped working", "deactivated", "suspended", "frozen", "broken", "expired",
		"shut down", "turned off", "restricted", "banned", "invalid",
		"cerrado", "bloqueado", "desactivado", "deshabilitado", "no funciona",
		"suspendido", "caducado", "fechado", "desativado", "desabilitado", "suspenso", "expirado",
		"fermé", "bloqué", "désactivé", "ne marche pas", "ne fonctionne plus", "suspendu",
		"expiré", "gesperrt", "deaktiviert", "geschlossen", "blockiert", "funktioniert nicht mehr",
		"abgelaufen", "bloccato", "chiuso", "disattivato", "non funziona", "sospeso",
		"scaduto", "заблокирована", "заблокирован", "закрыта", "закрыт", "отключена", "отключен", "не работает",
		"приостановлена", "недействительна", "kapalı", "kapatıldı", "engellendi", "engelli", "devre dışı",
		"çalışmıyor", "askıya alındı", "مغلق", "مقفل", "معطل", "محظور", "لا يعمل", "موقوف", "बंद", "बंद है",
		"बंद हो गया", "ब्लॉक", "काम नहीं कर रहा", "band hai", "block hai", "band ho gaya", "diblokir", "ditutup",
		"dinonaktifkan", "tidak berfungsi", "tidak aktif", "mati", "kena blokir", "bị khóa", "bị đóng", "bị chặn",
		"không hoạt động", "đã đóng", "bị vô hiệu hóa", "ถูกปิด", "ปิดแล้ว", "ถูกบล็อก", "ถูกระงับ", "閉鎖", "停止",
		"ブロック", "無効", "閉じられ", "막혀", "막혔", "막혀서", "막혔어요", "막혀있어", "닫혀", "닫혔", "차단", "차단됐",
		"비활성화", "정지", "被关", "关了", "关闭", "被封", "封了", "被禁", "禁用", "停用", "冻结", "失效", "打不开",
		"不能用了", "坏了", "被限制", "无效", "can't open", "cannot open", "can't be opened", "cannot be opened",
		"no abre", "no se abre", "não abre", "ne s'ouvre pas", "lässt sich nicht öffnen",
		"non si apre", "не открывается", "açılmıyor", "لا يفتح", "नहीं खुल रहा", "khul nahi raha", "tidak bisa dibuka",
		"không mở được", "เปิดไม่ได้", "開けません", "開かない", "열리지 않", "안 열려", "无法打开",
	}},
	{txExpired | txBroken, 0, []string{
		"expired", "caducado", "expirado", "expiré", "abgelaufen", "scaduto", "失效", "无效", "недействительна",
		"invalid", "hết hạn", "kedaluwarsa", "süresi doldu", "منتهي", "期限切れ", "만료",
	}},
	{txSlow, 0, []string{
		"slow", "too slow", "very slow", "takes too long", "too long", "takes long", "holds the money",
		"hold the money", "holds our money", "holds the payment", "holds the funds", "freezes the money",
		"money is held", "money is frozen", "funds are held", "payment is held", "delays the payment",
		"late release", "lento", "muy lento", "tarda demasiado", "tarda mucho", "retiene el dinero", "demora",
		"demora muito", "segura o dinheiro", "retém o dinheiro", "lent", "trop lent", "bloque l'argent",
		"retient l'argent", "prend trop de temps", "langsam", "zu langsam", "dauert zu lange", "hält das geld",
		"blockiert das geld", "troppo lento", "lento", "trattiene i soldi", "blocca i soldi", "ci mette troppo",
		"медленно", "слишком долго", "долго", "держит деньги", "замораживает деньги", "yavaş", "çok yavaş",
		"çok uzun sürüyor", "parayı tutuyor", "parayı bekletiyor", "بطيء", "بطيء جدا", "يستغرق وقتا طويلا",
		"يحجز المال", "يحتجز الأموال", "धीमा", "बहुत धीमा", "पैसा रोकता", "slow hai", "paisa rokta", "lambat",
		"terlalu lama", "lama", "menahan uang", "dana tertahan", "chậm", "quá chậm", "lâu", "giữ tiền",
		"giam tiền", "ช้าเกินไป", "ช้ามาก", "นานเกินไป", "กักเงิน", "遅い", "時間がかかりすぎる", "時間がかかる",
		"お金が止まる", "느려", "너무 느려", "너무 느려서", "오래 걸려", "오래 걸려서", "돈이 묶여", "묶여", "太慢",
		"慢", "压款", "压钱", "回款慢", "放款慢", "时间太长", "太久",
		"late", "comes late", "bahut late", "late aata", "late aata hai", "der se", "der se aata", "der lagti",
		// or troublesome: "TA is complicated, just T/T us directly"
		"complicated", "too complicated", "troublesome", "too much trouble", "a hassle", "many problems",
		"complicado", "muy complicado", "compliqué", "trop compliqué", "kompliziert", "zu kompliziert",
		"complicato", "сложно", "слишком сложно", "karmaşık", "zahmetli", "معقد", "झंझट", "jhanjhat", "ribet",
		"repot", "phức tạp", "rườm rà", "ยุ่งยาก", "面倒", "複雑", "복잡", "번거로", "麻烦", "太麻烦", "很麻烦", "复杂",
	}},
	{txSave, 0, []string{
		"to save fees", "save fees", "save the fee", "save on fees", "save costs", "save money", "avoid fees",
		"avoid the fee", "ahorrar comisiones", "ahorrar", "para ahorrar", "economizar", "economizar taxas",
		"économiser", "économiser les frais", "gebühren sparen", "sparen", "risparmiare", "risparmiare le commissioni",
		"сэкономить", "экономии", "tasarruf", "tasarruf etmek", "لتوفير", "توفير الرسوم", "बचाने", "फीस बचाने",
		"bachane", "hemat", "hemat biaya", "tiết kiệm", "tiết kiệm phí", "ประหยัด", "ประหยัดค่าธรรมเนียม",
		"節約", "手数料を節約", "절약", "수수료 절약", "省手续费", "省钱", "省点", "节省",
	}},
	{txDiscount, 0, []string{
		"discount", "off", "rebate", "cashback", "descuento", "de descuento", "rebaja", "desconto", "de desconto",
		"remise", "réduction", "rabatt", "skonto", "sconto", "di sconto", "скидка", "скидку", "скидкой", "indirim",
		"iskonto", "خصم", "تخفيض", "छूट", "डिस्काउंट", "discount milega", "diskon", "potongan", "giảm giá",
		"chiết khấu", "giảm", "ส่วนลด", "ลดให้", "ลดราคา", "割引", "値引き", "打九五折", "九五折", "打九折", "九折", "九八折", "九七折", "九六折", "할인", "优惠", "折扣", "打折", "便宜", "减",
		"少收", "cheaper", "más barato", "mais barato", "moins cher", "günstiger", "più economico", "дешевле",
		"daha ucuz", "أرخص", "सस्ता", "sasta", "lebih murah", "rẻ hơn", "ถูกกว่า", "安く", "저렴", "싸게", "rabais",
	}},
	{txShip, 0, []string{
		"shipping", "shipping cost", "shipping fee", "freight", "freight cost", "delivery", "delivery cost",
		"delivery fee", "logistics cost", "envío", "costo de envío", "flete", "frete", "custo do frete", "entrega",
		"livraison", "frais de port", "frais de livraison", "fret", "versand", "versandkosten", "fracht",
		"frachtkosten", "lieferung", "spedizione", "costo di spedizione", "trasporto", "nolo", "доставка",
		"доставку", "доставки", "стоимость доставки", "фрахт", "kargo", "nakliye", "navlun", "gönderim",
		"الشحن", "شحن", "تكلفة الشحن", "التوصيل", "शिपिंग", "शिपिंग चार्ज", "भाड़ा", "shipping charge", "ongkir", "ongkirnya", "ongkos kirimnya",
		"ongkos kirim", "biaya kirim", "pengiriman", "phí vận chuyển", "cước vận chuyển", "phí ship", "vận chuyển",
		"ค่าส่ง", "ค่าขนส่ง", "การจัดส่ง", "送料", "運賃", "配送料", "배송비", "운임", "운송비", "运费", "快递费",
		"物流费", "邮费",
	}},
	// Trade Assurance said to be down for maintenance or out of its limit
	// this month: the same excuse as a closed link, read the same way (with a
	// direct payment put in its place).
	{txBroken, 0, []string{
		"under maintenance", "in maintenance", "maintenance", "system upgrade", "upgrading", "limit is full",
		"limit full", "limit reached", "reached the limit", "reached its limit", "quota is full", "quota full",
		"quota used up", "quota exceeded", "limit exceeded", "over the limit", "used up", "ran out", "run out",
		"is full", "not available", "unavailable", "temporarily unavailable", "is down",
		"en mantenimiento", "mantenimiento", "límite lleno", "límite alcanzado", "alcanzó el límite", "cupo lleno",
		"cupo agotado", "agotado", "no disponible", "está lleno", "se acabó",
		"em manutenção", "manutenção", "limite atingido", "limite esgotado", "esgotado", "esgotou", "acabou",
		"indisponível", "não está disponível", "está cheio",
		"en maintenance", "limite atteinte", "plafond atteint", "quota atteint", "indisponible",
		"n'est pas disponible", "est plein", "épuisé",
		"in wartung", "wartung", "wartungsarbeiten", "limit erreicht", "ausgeschöpft", "ist voll", "voll",
		"nicht verfügbar",
		"in manutenzione", "manutenzione", "limite raggiunto", "plafond esaurito", "esaurito", "non disponibile",
		"è pieno",
		"на обслуживании", "обслуживание", "техобслуживание", "на техобслуживании", "лимит исчерпан",
		"лимит закончился", "лимит превышен", "исчерпан", "закончился", "недоступен", "недоступна",
		"bakımda", "limit doldu", "limiti doldu", "limit aşıldı", "kota doldu", "doldu", "kullanılamıyor",
		"sedang maintenance", "maintenance", "pemeliharaan", "sudah penuh", "penuh", "limit habis", "kuota habis",
		"habis", "tidak tersedia",
		"đang bảo trì", "bảo trì", "hết hạn mức", "đã đầy", "đầy rồi", "hết hạn ngạch", "không khả dụng",
		"维护中", "系统维护", "在维护", "升级中", "额度用完", "额度满了", "额度不够", "额度已满", "用完了", "满了",
		"暂停使用", "暂时不能用",
		"メンテナンス中", "メンテナンス", "上限に達し", "枠がいっぱい", "いっぱい", "利用できません", "使えません",
		"점검 중", "점검중", "유지보수", "한도가 다 찼", "한도 초과", "한도가 찼", "다 찼", "찼어요", "사용할 수 없",
		"تحت الصيانة", "صيانة", "انتهى", "نفد", "ممتلئ", "وصل الحد", "غير متاح",
		"मेंटेनेंस", "रखरखाव", "लिमिट पूरी", "लिमिट खत्म", "खत्म", "उपलब्ध नहीं", "limit full", "limit khatam",
		"ปิดปรับปรุง", "กำลังปรับปรุง", "เต็มแล้ว", "วงเงินเต็ม", "ไม่พร้อมใช้งาน",
	}},
	{txDirect, catAltPay, []string{
		"kakaopay", "kakao pay", "카카오페이", "upi", "gpay", "google pay", "phonepe", "paytm", "gcash",
		"gopay", "shopeepay", "zalopay", "promptpay", "พร้อมเพย์", "truemoney", "paypay", "payoneer", "skrill", "zelle",
		"revolut", "mercado pago", "qiwi", "юмани", "сбп", "papara", "own account", "our own account",
		"my own account", "personal account", "private account", "cuenta propia", "conta própria", "compte personnel",
		"privatkonto", "conto personale", "личный счёт", "личную карту", "на карту", "kişisel hesap",
		"حساب شخصي", "निजी खाता", "rekening pribadi", "tài khoản cá nhân", "บัญชีส่วนตัว", "個人口座", "개인 계좌",
		"个人账户", "私人账户", "私户", "التحويل المباشر", "التحويل", "بالتحويل", "بالتحويل المباشر",
	}},
	// Direct, but also words of everyday talk or of payments the platform
	// takes: no alternative method for the other rules.
	{txDirect, 0, []string{
		"alipay", "支付宝", "支付寶", "wechat pay", "微信支付", "swift", "virement swift", "swift direct", "direct swift",
		"swift directo", "direkte swift", "sepa direkt",
	}},
	{txInstead, 0, []string{
		"instead of", "rather than", "statt", "anstatt", "anstelle von", "au lieu de", "en lugar de", "en vez de",
		"em vez de", "ao invés de", "no lugar de", "invece di", "anziché", "al posto di", "вместо", "yerine",
		"bukan", "daripada", "thay vì", "chứ không phải", "แทน", "แทนที่จะเป็น", "而不是", "而非", "بدلا من",
		"بدلاً من", "عوضا عن",
	}},
	// The cost otherwise, after the Trade Assurance one: "380 with TA, normally 260".
	{txUsual, 0, []string{
		"normal", "normally", "normal is", "usually", "usual", "otherwise", "regular", "regularly", "by transfer",
		"by t/t", "normalmente", "si no", "por transferencia", "por transferência", "senão",
		"normalement", "sinon", "habituellement", "d'habitude", "normalerweise", "sonst", "altrimenti",
		"di solito", "обычно", "иначе", "normalde", "havale ile", "havaleyle", "عادة", "بدل", "وإلا", "عادي",
		"वरना", "नहीं तो", "आमतौर पर", "आम तौर पर", "biasanya", "normalnya", "kalau tidak", "bình thường", "thường",
		"ปกติ", "ปกติแล้ว", "通常", "普段", "いつもは", "원래는", "원래", "보통", "평소", "平时", "平常", "正常", "否则",
		"不走信保",
	}},
	// After what it replaces: "600 yerine 900", "600ではなく900", "600 के बजाय 900".
	{txInsteadPost, 0, []string{
		"yerine", "ではなく", "じゃなく", "대신", "대신에", "아니라", "말고", "के बजाय", "ki jagah", "की जगह", "ke bajaye",
	}},
	{txFrom, 0, []string{
		"from", "de", "desde", "von", "da", "с", "со", "от", "dari", "từ", "จาก", "から", "에서", "从", "من",
		"से", "se",
	}},
	{txRise, 0, []string{
		"rises from", "goes up from", "increases from", "raise", "erhöhen", "erhöht", "anheben", "passe de", "passe",
		"passera", "augmente de", "sube de", "sube", "aumenta de", "sobe de", "passa de", "sobe", "steigt von", "geht von",
		"cresce da", "aumenta da", "sale da", "passa da", "passa", "goes from", "jumps from", "вырастет", "вырастет с", "растёт", "растет", "поднимется", "увеличится",
		"повысится", "artıyor", "çıkıyor", "yükseliyor", "naik dari", "tăng từ", "lên từ", "เพิ่มจาก", "ขึ้นจาก",
		"上がり", "上がります", "오릅니다", "올라갑니다", "涨到", "يرتفع من", "ترتفع من",
		"augmente", "augmenter", "augmentons", "aumentar", "aumentamos", "subir", "subimos", "aumentare",
		"aumentiamo", "повысить", "повышаем", "поднять", "поднимаем", "artırmak", "artırıyoruz", "yükseltiyoruz",
		"نرفع", "رفع", "बढ़ा", "बढ़ेगा", "badhega", "naik", "naikkan", "เพิ่มขึ้น", "上げ", "値上げ", "인상",
		"올려", "올립니다", "涨", "上涨", "提高", "涨价",
	}},
	{txPrefer, 0, []string{
		"prefer", "we prefer", "recommend", "we recommend", "suggest", "préférons", "préfère", "préférable",
		"recommandons", "preferimos", "recomendamos", "sugerimos", "bevorzugen", "empfehlen", "preferiamo",
		"consigliamo", "предпочитаем", "рекомендуем", "tercih ediyoruz", "öneririz", "نفضل", "ننصح", "पसंद",
		"सलाह", "lebih suka", "sarankan", "thích", "khuyên", "ưu tiên", "แนะนำ", "おすすめ", "お勧め", "추천",
		"선호", "推荐", "建议", "更喜欢",
	}},
	{txTime, 0, []string{
		"day", "days", "week", "weeks", "hours", "días", "dias", "semanas", "jours", "semaines", "tage", "tagen",
		"wochen", "giorni", "settimane", "дней", "дня", "день", "недели", "gün", "hafta", "hari", "minggu", "ngày",
		"tuần", "วัน", "日", "天", "周", "दिन", "يوم", "أيام", "ايام", "営業日",
	}},
	{txOutside, catWithout, []string{
		"outside", "outside of", "fora do", "fora da", "fuera del", "fuera de", "hors de", "hors", "außerhalb",
		"außerhalb von", "al di fuori di", "fuori da", "вне", "за пределами", "dışında", "خارج", "बाहर",
		"di luar", "ngoài", "以外", "외부", "不走", "不用",
	}},
}

// taRefusalEntries are the famTAx phrases for the phrase table, appended
// after prev (lexiconEntries). The trie keeps the longest phrase starting at
// a token, so a phrase that begins with a shorter phrase of the other
// lexicons ("слишком долго" over "слишком", "kakao pay" over "kakao") takes
// over that phrase's categories: the other models read that token as
// before.
func taRefusalEntries(prev []lexEntry) []lexEntry {
	taxEntriesOnce.Do(func() {
		sc := new(scratch)
		key := func(p string) []string {
			normalize(p, sc)
			var ws []string
			for _, t := range tokenize(sc.norm, sc.toks) {
				ws = append(ws, string(sc.norm[t.s:t.e]))
			}
			return ws
		}
		known := map[string]cat{}
		for _, e := range slices.Concat(prev, intentLexicon) {
			for _, p := range e.phrases {
				known[strings.Join(key(p), "\x00")] |= e.cats
			}
		}
		for _, g := range slices.Concat(taxGroups, r2taTaxGroups) {
			plain := lexEntry{cats: g.cats}
			for _, p := range g.phrases {
				ws := key(p)
				var inherit cat
				for j := len(ws) - 1; j >= 1; j-- {
					if c, ok := known[strings.Join(ws[:j], "\x00")]; ok {
						inherit = c &^ (catChannel | catChannelWeak | catSlang) // "kakao pay" pays, it names no app
						break
					}
				}
				if inherit == 0 {
					plain.phrases = append(plain.phrases, p)
					continue
				}
				taxEntries = append(taxEntries, lexEntry{cats: g.cats | inherit, phrases: []string{p}})
			}
			taxEntries = append(taxEntries, plain)
		}
	})
	return taxEntries
}

var (
	taxEntriesOnce sync.Once
	taxEntries     []lexEntry
)

// taxFamEntries marks every phrase of the families famTAx.
func taxFamEntries() []famEntry {
	var ps []string
	for _, g := range slices.Concat(taxGroups, r2taTaxGroups) {
		ps = append(ps, g.phrases...)
	}
	return []famEntry{{famTAx, ps}}
}

// taRefusalTriggerWords are ASCII words that take a message past the
// prefilter alone: a wallet or a transfer paid straight to the merchant.
var taRefusalTriggerWords = []string{
	"kakaopay", "upi", "gpay", "phonepe", "paytm", "gcash", "gopay", "shopeepay", "zalopay", "promptpay",
	"alipay", "payoneer", "skrill", "zelle", "revolut", "pix", "usdt", "paypal", "moneygram", "western",
	"transfer", "transferencia", "virement", "uberweisung", "bonifico", "havale", "swift",
}

// taDiscountTriggerWords take a message past the prefilter with a figure in
// it, as the platform's name does (rolePlatform): "4% discount if you pay to
// our own account" names neither Trade Assurance nor a wallet.
var taDiscountTriggerWords = []string{
	"discount", "off", "rebate", "cashback", "descuento", "rebaja", "desconto", "remise", "reduction", "rabatt",
	"skonto", "sconto", "indirim", "iskonto", "diskon", "potongan", "giam", "chiet", "khau", "cheaper", "cher",
	"barato", "gunstiger", "ucuz", "murah",
}

// addTARefusalTriggers adds the family's trigger words to the prefilter's
// index (buildTriggerIndex).
func addTARefusalTriggers(ix *triggerIndex) {
	for _, w := range taRefusalTriggerWords {
		ix.set[w] |= roleKey
		ix.add(w)
	}
	for _, w := range taDiscountTriggerWords {
		ix.set[w] |= rolePlatform
		ix.add(w)
	}
}

var (
	taxOnce  sync.Once
	taxKinds map[string]taxKind
)

// taxKindAt is the kind of the famTAx phrase starting at token i, or 0.
func (sc *scratch) taxKindAt(i int) taxKind {
	t := &sc.toks[i]
	if t.fam&famTAx == 0 || t.mEnd == 0 {
		return 0
	}
	taxOnce.Do(loadTaxKinds)
	var buf [96]byte
	n := 0
	for k := i; k < int(t.mEnd); k++ {
		if a := sc.toks[k].alt; a != "" {
			if n+len(a) > len(buf) {
				return 0
			}
			n += copy(buf[n:], a)
			continue
		}
		w := sc.norm[sc.toks[k].s:sc.toks[k].e]
		if n+len(w) > len(buf) {
			return 0
		}
		n += copy(buf[n:], w)
	}
	return taxKinds[string(buf[:n])]
}

func loadTaxKinds() {
	tmp := new(scratch)
	taxKinds = map[string]taxKind{}
	for _, g := range slices.Concat(taxGroups, r2taTaxGroups) {
		for _, p := range g.phrases {
			normalize(p, tmp)
			taxKinds[strings.ReplaceAll(string(tmp.norm), " ", "")] |= g.kind
		}
	}
}
