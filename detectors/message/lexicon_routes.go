package message

// routeLexicon covers the price of a way of paying stated without the word
// "fee": the merchant's own account as the other route ("payment to our
// company account", Direktüberweisung, จ่ายตรง), a surcharge written as a
// verb of adding (eklenir, บวก, se suma) and a price going up (lên, sobe).
// Vietnamese is matched without its tone marks: "tăng" would be "nền tảng"
// (the platform) and "cộng" would be "công ty", so only longer forms are listed.
var routeLexicon = []lexEntry{
	// Paying the merchant directly, the other side of "two prices".
	{catAltPay, 0, []string{
		"company account", "our account", "our company account", "our bank account", "to our account",
		"bank details", "account directly", "pay us directly", "pay directly",
		"cuenta de la empresa", "cuenta bancaria", "nuestra cuenta", "cuenta del banco", "pago directo al banco",
		"directo", "pagamento direto", "conta da empresa", "conta bancária", "nossa conta bancária",
		"compte bancaire", "compte de la société", "compte de l'entreprise", "paiement direct", "en direct",
		"conto aziendale", "conto bancario", "pagamento diretto",
		"direktüberweisung", "per überweisung", "firmenkonto", "unser firmenkonto", "direktkauf", "vorauskasse",
		"счёт компании", "счет компании", "расчётный счёт", "расчетный счет", "прямой оплате", "прямой оплаты",
		"при прямой оплате", "переводом на счёт", "переводом на счет",
		"rekening perusahaan", "transfer langsung", "bayar langsung", "pembayaran langsung",
		"tài khoản công ty", "chuyển thẳng", "chuyển khoản trực tiếp", "trả thẳng",
		"şirket hesabı", "şirket hesabına", "direkt ödemede", "doğrudan ödemede", "havaleyle", "havale ile",
		"จ่ายตรง", "โอนตรง", "โอนเข้าบัญชี", "บัญชีบริษัท", "โอนเข้าบัญชีบริษัท", "โอนเข้าบัญชีส่วนตัว",
		"公司账户", "公司账号", "公对公", "私下付", "直接付", "直接汇款",
		"会社口座", "直接振込", "直接お振込み", "회사 계좌", "직접 송금", "직접 입금",
		"حساب الشركة", "الدفع المباشر", "تحويل مباشر",
		"बैंक खाता", "सीधा भुगतान", "direct payment",
	}},
	// A surcharge written as adding to the price.
	{catSurcharge, 0, []string{
		"eklenir", "ekleniyor", "eklenecek", "ekliyoruz", "ekleriz", "ilave", "fazladan",
		"บวก", "บวกเพิ่ม", "คิดเพิ่ม", "ชาร์จเพิ่ม",
		"se suma", "se añade", "se agrega", "sumamos", "añadimos", "agregamos",
		"acrescentamos", "soma-se", "adicionamos", "on ajoute", "nous ajoutons", "s'ajoute",
		"aggiungiamo", "si aggiunge", "kommen dazu", "kommt dazu", "schlagen wir auf", "aufschlag",
		"добавляется", "добавляем", "прибавляем", "плюсом", "ditambah", "kami tambahkan",
		"cộng thêm", "tính thêm", "加收", "上乗せ", "더해", "يضاف", "نضيف",
		"जोड़ते", "extra lagega",
	}},
	// A price going up to a figure: a verb of rising, read only beside Trade
	// Assurance, a price noun and an amount (ta_rise.go); Vietnamese "lên"
	// only after the price noun ("lên tàu" is boarding a ship).
	{catRise, 0, []string{
		"sobe", "monte", "steigt auf", "поднимается до", "повышается", "naik", "artıyor",
		"涨", "上がります", "올라", "बढ़ेगा", "बढ़ जाएगा", "बढ़ जायेगा", "badhega", "badh jayega",
	}},
	// Trade Assurance by its mechanism: the escrow that holds the money.
	{catTA, 0, []string{"escrow", "the escrow", "séquestre", "le séquestre", "depósito en garantía", "treuhand",
		"treuhandverfahren", "treuhandservice", "das treuhandverfahren"}},
	{catTARefuse, 0, []string{
		"stopped using", "stopped accepting", "no longer use", "no longer accept", "don't use it anymore",
		"no puede ir por", "no puede ir con", "não pode ir pelo", "zu lange", "dauert uns zu lange",
		"مكتمل", "ممتلئ", "وقت طويل", "يأخذ وقت طويل", "ياخذ وقت طويل", "رافض", "يرفض", "너무 늦어", "늦어서",
		"안 된다고", "안 된대요", "prend trop de temps", "trop de temps", "trop long",
	}},
	{catRise | catPrice, 0, []string{"giá lên", "đơn giá lên", "giá tăng lên", "đơn giá tăng lên", "giá sẽ lên"}},
	// A price "comes on top": "kommen 3 % dazu".
	{catMore, 0, []string{"dazu", "obendrauf", "on top", "बढ़ेगा", "बढ़ जाएगा", "बढ़ जायेगा", "badhega", "badh jayega"}},
	// A bare "no" the contact lexicon leaves out ("Trade Assurance nein, aber …").
	{catNegX, 0, []string{"nein", "hayır"}},
	// Somewhere "more convenient", the way the lure reads it (lure.go).
	{catComfort, 0, []string{"поудобнее", "поудобней", "удобней", "побыстрее", "comodamente", "plus commode"}},
}

// segmentOnly are words of the scripts written without spaces that carry no
// category but must be cut whole, or the segmenter finds a lexicon word
// inside them: ของ (of) and ขอบคุณ (thank you) hold ขอ (may I have), ข้อมูล
// (information) and ข้อความ (message) fold to it without their tone mark.
// Korean greetings hold 안 (not) and 하세요 (polite "do", read as "do you
// have"): "안녕하세요, … WhatsApp …" asked for the app.
var segmentOnly = []string{"ของ", "ขอบคุณ", "ขอบ", "ข้อมูล", "ข้อความ", "ข้อ",
	"안녕하세요", "안녕하십니까", "안녕", "수고하세요", "감사합니다", "고맙습니다", "반갑습니다"}
