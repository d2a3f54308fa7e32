package message_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// Trade Assurance refusal families a blind evaluation showed missing,
// generated across the sixteen languages: the order link "closed" with a
// direct payment pushed, Trade Assurance called slow or costly with a direct
// payment, a discount for paying the merchant directly, a higher shipping
// cost under Trade Assurance, two prices each beside its way (either order,
// decimal commas), "no TA for this order" with a preference, and a deposit
// pushed to a bank transfer and WhatsApp after the buyer asked. Each family
// has near misses that must stay clean.

// tfLinkClosed: {PAY} is replaced by each of the language's direct payments.
var tfLinkClosed = map[string][]string{
	"en": {"The Trade Assurance order link is closed, please {PAY}.", "Sorry, TA link is blocked now. Please {PAY}.",
		"Our Trade Assurance link is not working, {PAY}."},
	"zh": {"信保链接被关了，请{PAY}。", "信保订单链接打不开，麻烦{PAY}。"},
	"es": {"El enlace de Trade Assurance está bloqueado, {PAY}.", "El link de Trade Assurance no funciona, {PAY}."},
	"pt": {"O link do Trade Assurance está fechado, {PAY}.", "O link de Trade Assurance foi desativado, {PAY}."},
	"fr": {"Le lien Trade Assurance est bloqué, {PAY}.", "Le lien de commande Trade Assurance est désactivé, {PAY}."},
	"de": {"Der Trade-Assurance-Link ist gesperrt, {PAY}.", "Der Link für Trade Assurance ist deaktiviert, {PAY}."},
	"it": {"Il link di Trade Assurance è bloccato, {PAY}.", "Il link Trade Assurance non funziona, {PAY}."},
	"ru": {"Ссылка Trade Assurance заблокирована, {PAY}.", "Ссылка на заказ Trade Assurance не работает, {PAY}."},
	"tr": {"Trade Assurance linki kapalı, {PAY}.", "Trade Assurance sipariş linki engellendi, {PAY}."},
	"ar": {"رابط Trade Assurance مغلق، {PAY}.", "رابط الطلب عبر Trade Assurance معطل، {PAY}."},
	"hi": {"Trade Assurance लिंक बंद है, {PAY}।", "Trade Assurance ka link block hai, {PAY}."},
	"id": {"Link Trade Assurance diblokir, {PAY}.", "Link pesanan Trade Assurance tidak berfungsi, {PAY}."},
	"vi": {"Link Trade Assurance bị khóa, {PAY}.", "Đường link Trade Assurance không hoạt động, {PAY}."},
	"th": {"ลิงก์ Trade Assurance ถูกปิด {PAY}", "ลิงก์ Trade Assurance ถูกบล็อก {PAY}"},
	"ja": {"Trade Assuranceのリンクがブロックされたので、{PAY}。", "取引保証のリンクが停止されました。{PAY}。"},
	"ko": {"무역보증 링크가 막혀서 {PAY}.", "TA 링크가 차단됐어요. {PAY}."},
}

// tfDirectPay: ways of paying the merchant directly, imperative.
var tfDirectPay = map[string][]string{
	"en": {"pay directly to our bank account", "deposit to our Alipay", "pay by Western Union", "send USDT"},
	"zh": {"直接打款到我们银行账户", "直接转支付宝", "用西联汇款", "转USDT"},
	"es": {"pague directamente a nuestra cuenta bancaria", "pague por Western Union", "envíe USDT"},
	"pt": {"pague direto na nossa conta bancária", "pague via PIX", "envie USDT"},
	"fr": {"payez directement sur notre compte bancaire", "payez par Western Union", "envoyez des USDT"},
	"de": {"bitte direkt auf unser Bankkonto überweisen", "zahlen Sie per Western Union", "senden Sie USDT"},
	"it": {"paghi direttamente sul nostro conto", "paghi con Western Union", "invii USDT"},
	"ru": {"оплатите напрямую на наш счёт", "оплатите через Western Union", "переведите USDT"},
	"tr": {"lütfen doğrudan banka hesabımıza ödeyin", "Western Union ile ödeyin", "USDT gönderin"},
	"ar": {"يرجى الدفع مباشرة إلى حسابنا البنكي", "ادفع عبر ويسترن يونيون", "أرسل USDT"},
	"hi": {"सीधे बैंक खाते में भुगतान करें", "UPI se seedha payment karo", "USDT bhejo"},
	"id": {"silakan bayar langsung ke rekening kami", "bayar lewat Western Union", "kirim USDT"},
	"vi": {"vui lòng chuyển khoản trực tiếp vào tài khoản công ty", "thanh toán qua Western Union", "chuyển USDT"},
	"th": {"กรุณาโอนตรงเข้าบัญชีบริษัท", "จ่ายผ่าน Western Union", "โอน USDT"},
	"ja": {"会社口座に直接振込してください", "ウエスタンユニオンで送金してください", "USDTで支払ってください"},
	"ko": {"회사 계좌로 직접 송금해 주세요", "웨스턴유니온으로 보내 주세요", "USDT로 결제해 주세요"},
}

// tfLinkNew: the link expired or failed and a new Trade Assurance link comes.
var tfLinkNew = map[string][]string{
	"en": {"The link expired, I'll send a new Trade Assurance order link.", "The Trade Assurance link is not working, I will send you a new one."},
	"zh": {"信保链接过期了，我重新发一个。"},
	"es": {"El enlace caducó, le envío un nuevo enlace de Trade Assurance."},
	"pt": {"O link expirou, vou enviar um novo link do Trade Assurance."},
	"fr": {"Le lien a expiré, je vous envoie un nouveau lien Trade Assurance."},
	"de": {"Der Link ist abgelaufen, ich schicke Ihnen einen neuen Trade-Assurance-Link."},
	"it": {"Il link è scaduto, le mando un nuovo link Trade Assurance."},
	"ru": {"Ссылка недействительна, я пришлю новую ссылку Trade Assurance."},
	"tr": {"Link kapandı, yeni bir Trade Assurance linki göndereceğim."},
	"ar": {"الرابط منتهي، سأرسل رابط Trade Assurance جديد."},
	"id": {"Link sudah kedaluwarsa, saya kirim link Trade Assurance yang baru."},
	"vi": {"Link đã hết hạn, tôi sẽ gửi link Trade Assurance mới."},
	"ja": {"リンクの期限が切れたので、新しいTrade Assuranceのリンクを送ります。"},
	"ko": {"링크가 만료되어 새 Trade Assurance 링크를 보내드릴게요."},
}

// tfSlow: Trade Assurance slow or holding the money, a direct payment pushed.
var tfSlow = map[string][]string{
	"en": {"Trade Assurance is too slow, we only accept direct transfer.", "Trade Assurance holds the money too long, please pay by T/T.",
		"To save fees I recommend paying by direct transfer or Western Union, not Trade Assurance."},
	"zh": {"信保太慢了，我们只接受电汇。", "信保压款时间太长，请直接转账。", "为了省手续费，建议直接电汇或西联，不要走信保。"},
	"es": {"Trade Assurance tarda demasiado, solo aceptamos transferencia directa.", "Para ahorrar comisiones recomendamos pagar por transferencia directa, no por Trade Assurance."},
	"pt": {"O Trade Assurance demora muito e segura o dinheiro, só aceitamos PIX.", "Para economizar taxas recomendamos pagar por transferência direta, não pelo Trade Assurance."},
	"fr": {"Trade Assurance est trop lent, nous acceptons uniquement le virement SWIFT.", "Pour économiser les frais, nous recommandons le virement direct plutôt que Trade Assurance."},
	"de": {"Trade Assurance dauert zu lange, wir akzeptieren nur Direktüberweisung.", "Um Gebühren zu sparen, empfehlen wir Direktüberweisung statt Trade Assurance."},
	"it": {"Trade Assurance è troppo lento, accettiamo solo bonifico diretto.", "Per risparmiare le commissioni consigliamo il bonifico diretto invece di Trade Assurance."},
	"ru": {"Trade Assurance слишком долго держит деньги, принимаем только прямой перевод.", "Чтобы сэкономить на комиссии, рекомендуем прямой перевод вместо Trade Assurance."},
	"tr": {"Trade Assurance çok yavaş, sadece doğrudan havale kabul ediyoruz.", "Komisyondan tasarruf etmek için Trade Assurance yerine doğrudan havale öneririz."},
	"ar": {"Trade Assurance بطيء جدا، نقبل فقط التحويل المباشر.", "لتوفير الرسوم ننصح بالتحويل المباشر بدلا من Trade Assurance."},
	"hi": {"Trade Assurance बहुत धीमा है, हम केवल UPI से भुगतान लेते हैं।", "Fees bachane ke liye Trade Assurance ki jagah direct bank transfer karein."},
	"id": {"Trade Assurance terlalu lama, kami hanya terima transfer langsung.", "Untuk hemat biaya, kami sarankan transfer langsung, bukan Trade Assurance."},
	"vi": {"Trade Assurance quá chậm, chúng tôi chỉ nhận chuyển khoản trực tiếp.", "Để tiết kiệm phí, nên chuyển khoản trực tiếp thay vì Trade Assurance."},
	"th": {"Trade Assurance ช้าเกินไป เรารับแค่โอนตรงเท่านั้น", "เพื่อประหยัดค่าธรรมเนียม แนะนำโอนตรงแทน Trade Assurance"},
	"ja": {"Trade Assuranceは時間がかかりすぎるので、銀行振込のみ受け付けます。", "手数料を節約するため、取引保証ではなく直接振込をおすすめします。"},
	"ko": {"Trade Assurance는 너무 느려서 계좌이체만 받습니다.", "수수료 절약을 위해 무역보증 대신 직접 송금을 추천합니다."},
}

// tfSlowClean: informational, Trade Assurance taking the payment, another
// method refused.
var tfSlowClean = map[string][]string{
	"en": {"Trade Assurance payment takes 1-3 days to clear, production starts after.", "We accept T/T via Trade Assurance.",
		"Western Union is not accepted.", "Trade Assurance holds the money until you confirm receipt, so you are protected."},
	"zh": {"信保付款到账需要1-3天，到账后开始生产。", "信保可以用电汇付款。"},
	"es": {"El pago por Trade Assurance tarda 1-3 días en acreditarse, luego empezamos la producción."},
	"pt": {"Aceitamos transferência bancária pelo Trade Assurance."},
	"fr": {"Le paiement Trade Assurance prend 1 à 3 jours, la production démarre ensuite."},
	"de": {"Wir akzeptieren Überweisung über Trade Assurance."},
	"ru": {"Western Union не принимаем, оплата через Trade Assurance."},
	"id": {"Pembayaran Trade Assurance butuh 1-3 hari, produksi mulai setelahnya."},
	"ko": {"무역보증 결제는 1-3일 걸리고, 입금 후 생산을 시작합니다."},
}

// tfDiscount: {P}% off for paying the merchant directly.
var tfDiscount = map[string][]string{
	"en": {"{P}% off if you pay by KakaoPay directly.", "{P}% off if you pay by bank transfer directly.",
		"We give {P}% discount if you pay to our own account."},
	"zh": {"直接转支付宝可以优惠{P}%。", "私下付款到个人账户便宜{P}%。"},
	"es": {"{P}% de descuento si paga por transferencia directa.", "Le damos {P}% de descuento si paga con PayPal directo."},
	"pt": {"{P}% de desconto se pagar por PIX direto, fora do Trade Assurance.", "Damos {P}% de desconto no pagamento direto na nossa conta."},
	"fr": {"{P}% de remise si vous payez par virement direct.", "Remise de {P}% pour un paiement par PayPal hors Trade Assurance."},
	"de": {"{P}% Rabatt bei Direktüberweisung auf unser Firmenkonto.", "Bei Zahlung per PayPal direkt gibt es {P}% Rabatt."},
	"it": {"Sconto del {P}% se paga con bonifico diretto.", "{P}% di sconto con pagamento diretto sul nostro conto."},
	"ru": {"Скидка {P}% при прямой оплате на счёт компании.", "Скидка {P}% если оплатите напрямую на карту."},
	"tr": {"Doğrudan havale ile {P}% indirim yapıyoruz.", "Şirket hesabına direkt ödemede %{P} indirim var."},
	"ar": {"خصم {P}% عند الدفع المباشر إلى حساب الشركة.", "نعطيك خصم {P}% إذا دفعت عبر ويسترن يونيون مباشرة."},
	"hi": {"UPI se seedha payment karne par {P}% discount milega.", "सीधे बैंक खाते में भुगतान पर {P}% छूट।"},
	"id": {"Diskon {P}% kalau bayar langsung lewat GoPay.", "Potongan {P}% untuk transfer langsung ke rekening kami."},
	"vi": {"Giảm giá {P}% nếu chuyển khoản trực tiếp vào tài khoản công ty.", "Chiết khấu {P}% khi thanh toán qua MoMo trực tiếp."},
	"th": {"ส่วนลด {P}% ถ้าโอนตรงเข้าบัญชีบริษัท", "ลดให้ {P}% ถ้าจ่ายผ่านพร้อมเพย์"},
	"ja": {"会社口座に直接振込なら{P}%割引します。", "PayPayで直接お支払いいただくと{P}%値引きします。"},
	"ko": {"카카오페이로 직접 결제하시면 {P}% 할인해 드려요.", "회사 계좌로 직접 송금하시면 {P}% 할인됩니다."},
}

// tfDiscountClean: quantity discounts, discounts on Trade Assurance orders,
// an early-payment discount on a Trade Assurance order.
var tfDiscountClean = map[string][]string{
	"en": {"Quantity discount: 5% off for 1000 pcs.", "5% discount on orders placed through Trade Assurance this week.",
		"2% early payment discount on your Trade Assurance order if paid within 3 days.", "We accept PayPal. Orders above 500 pcs get 5% discount."},
	"zh": {"1000件以上优惠5%。", "本周信保订单优惠5%。"},
	"es": {"5% de descuento en pedidos por Trade Assurance esta semana.", "Descuento del 3% para más de 1000 unidades."},
	"pt": {"5% de desconto para pedidos pelo Trade Assurance esta semana."},
	"fr": {"Remise de 5 % pour 1000 pièces."},
	"de": {"5 % Rabatt auf Trade-Assurance-Bestellungen diese Woche."},
	"ru": {"Скидка 5% на заказы через Trade Assurance на этой неделе."},
	"id": {"Diskon 5% untuk pesanan di atas 1000 pcs."},
	"ko": {"이번 주 무역보증 주문은 5% 할인됩니다."},
}

// tfShipping: shipping under Trade Assurance higher, stated against the other.
var tfShipping = map[string][]string{
	"en": {"Shipping with Trade Assurance rises from {B} to {A}.", "Delivery under TA will be {A} instead of {B}.",
		"With Trade Assurance the freight is {A} USD, not {B} USD."},
	"id": {"Ongkir TA jadi {A}, bukan {B}.", "Pakai Trade Assurance ongkos kirim naik dari {B} jadi {A}."},
	"de": {"Für Trade Assurance müssen wir die Fracht auf {A} statt {B} erhöhen.", "Mit Trade Assurance steigt die Fracht von {B} auf {A} USD."},
	"es": {"Con Trade Assurance el envío sube de {B} a {A} USD.", "Con Trade Assurance el flete es {A} en lugar de {B}."},
	"pt": {"Com Trade Assurance o frete fica {A} em vez de {B}.", "Com Trade Assurance o frete sobe de {B} para {A} dólares."},
	"fr": {"Avec Trade Assurance, la livraison passe de {B} à {A} USD.", "Avec Trade Assurance la livraison coûte {A} au lieu de {B}."},
	"it": {"Con Trade Assurance la spedizione costa {A} invece di {B}.", "Con Trade Assurance la spedizione passa da {B} a {A} euro."},
	"ru": {"С Trade Assurance доставка будет {A} вместо {B}.", "С Trade Assurance доставка вырастет с {B} до {A}."},
	"tr": {"Trade Assurance ile kargo {B} yerine {A} olur.", "Trade Assurance ile kargo {B} değil {A} USD olur."},
	"ar": {"مع Trade Assurance الشحن {A} بدلا من {B}.", "مع Trade Assurance يرتفع الشحن من {B} إلى {A} دولار."},
	"hi": {"Trade Assurance के साथ शिपिंग {B} के बजाय {A} होगी।", "Trade Assurance के साथ शिपिंग {B} से बढ़कर {A} होगी।"},
	"vi": {"Đi Trade Assurance thì phí vận chuyển là {A} thay vì {B}.", "Đi Trade Assurance thì phí vận chuyển tăng từ {B} lên {A}."},
	"th": {"ถ้าใช้ Trade Assurance ค่าส่งเป็น {A} แทน {B}", "ถ้าใช้ Trade Assurance ค่าส่งจะเพิ่มจาก {B} เป็น {A}"},
	"ja": {"Trade Assuranceの場合、送料は{B}ではなく{A}になります。", "Trade Assuranceだと送料が{B}ドルから{A}ドルに上がります。"},
	"ko": {"무역보증으로 하면 배송비가 {B} 대신 {A}입니다.", "무역보증으로 하시면 배송비가 {B}달러에서 {A}달러로 올라갑니다."},
	"zh": {"走信保的话运费从{B}涨到{A}。", "信保订单运费{A}，而不是{B}。"},
}

// tfShippingClean: sea against air freight, a farther port, insurance apart.
var tfShippingClean = map[string][]string{
	"en": {"Sea freight 320 USD, air freight 450 USD.", "Shipping to Hamburg is 620 instead of 380 to Rotterdam.",
		"Insurance is priced separately, 30 USD.", "Trade Assurance order: shipping 380 USD, delivery in 20 days instead of 25."},
	"de": {"Seefracht 320 USD, Luftfracht 450 USD."},
	"id": {"Ongkir ke Surabaya 180, ke Jakarta 95."},
	"fr": {"Livraison en 12 jours au lieu de 15 avec Trade Assurance."},
	"zh": {"海运运费320美元，空运450美元。"},
}

// tfRoutes: {A} the Trade Assurance price, {B} the direct one; both orders.
var tfRoutes = map[string][]string{
	"fr": {"Deux options : {B} en virement direct ou {A} via Trade Assurance.", "Via Trade Assurance {A}, en virement direct {B}.",
		"{A} via Trade Assurance ou {B} en virement direct."},
	"ar": {"عبر Trade Assurance السعر {A}، أما التحويل المباشر فيبقى {B}", "السعر {B} بالتحويل المباشر و{A} عبر Trade Assurance"},
	"es": {"Dos opciones: {B} por transferencia directa o {A} por Trade Assurance.", "Por Trade Assurance {A}, por transferencia directa {B}."},
	"pt": {"Duas opções: {B} por transferência direta ou {A} pelo Trade Assurance.", "Pelo Trade Assurance {A}, por PIX direto {B}."},
	"de": {"Zwei Optionen: {B} per Direktüberweisung oder {A} über Trade Assurance.", "Über Trade Assurance {A}, per Direktüberweisung {B}."},
	"it": {"Due opzioni: {B} con bonifico diretto o {A} con Trade Assurance.", "Con Trade Assurance {A}, con bonifico diretto {B}."},
	"ru": {"Два варианта: {B} прямым переводом или {A} через Trade Assurance.", "Через Trade Assurance {A}, прямым переводом {B}."},
	"tr": {"İki seçenek: doğrudan havale ile {B}, Trade Assurance ile {A}.", "{B} havale ile, {A} Trade Assurance ile."},
	"id": {"Dua opsi: {B} transfer langsung atau {A} lewat Trade Assurance.", "Lewat Trade Assurance {A}, transfer langsung {B}."},
	"vi": {"Hai lựa chọn: {B} chuyển khoản trực tiếp hoặc {A} qua Trade Assurance.", "Qua Trade Assurance {A}, chuyển khoản trực tiếp {B}."},
	"en": {"Two options: {B} by direct transfer or {A} via Trade Assurance.", "Via Trade Assurance {A}, by direct transfer {B}.",
		"{A} via Trade Assurance or {B} by direct transfer."},
	"zh": {"两个选择：直接电汇{B}，走信保{A}。", "走信保{A}，直接转账{B}。"},
	"ja": {"直接振込なら{B}、Trade Assurance経由なら{A}です。", "Trade Assurance経由なら{A}、直接振込なら{B}です。"},
	"ko": {"직접 송금은 {B}, 무역보증은 {A}입니다.", "무역보증은 {A}, 직접 송금은 {B}입니다."},
	"hi": {"Direct bank transfer se {B}, Trade Assurance se {A}.", "Trade Assurance se {A}, direct bank transfer se {B}."},
	"th": {"โอนตรง {B} ผ่าน Trade Assurance {A}", "ผ่าน Trade Assurance {A} โอนตรง {B}"},
}

// tfNoTA: a flat refusal, with or without a preference.
var tfNoTA = map[string][]string{
	"fr": {"Nous préférons le virement SWIFT direct, pas de TA pour cette commande.", "Pas de Trade Assurance pour cette commande."},
	"en": {"No TA for this order.", "We prefer direct T/T, no Trade Assurance for this order."},
	"es": {"Preferimos transferencia directa, sin TA para este pedido.", "No hay Trade Assurance para este pedido."},
	"pt": {"Preferimos transferência direta, sem TA neste pedido.", "Nada de Trade Assurance neste pedido."},
	"de": {"Wir bevorzugen Direktüberweisung, kein TA für diese Bestellung."},
	"it": {"Preferiamo bonifico diretto, niente TA per questo ordine."},
	"ru": {"Предпочитаем прямой перевод, без TA для этого заказа."},
	"tr": {"Doğrudan havale tercih ediyoruz, bu sipariş için TA yok."},
	"ar": {"نفضل التحويل المباشر، لا TA لهذا الطلب."},
	"hi": {"Hum direct transfer prefer karte hain, is order ke liye TA nahi."},
	"id": {"Kami lebih suka transfer langsung, tidak pakai TA untuk pesanan ini."},
	"vi": {"Chúng tôi ưu tiên chuyển khoản trực tiếp, không dùng TA cho đơn này."},
	"th": {"เราแนะนำโอนตรง ไม่ใช้ TA สำหรับออเดอร์นี้"},
	"ja": {"直接振込を希望します。今回はTAなしでお願いします。"},
	"ko": {"직접 송금을 선호합니다. 이번 건은 TA주문 안 됩니다."},
	"zh": {"我们更喜欢直接电汇，这单不走信保。", "这单没有信保，直接打款。"},
}

// tfNoTAClean: negations about something else.
var tfNoTAClean = map[string][]string{
	"en": {"No problem, TA is fine.", "No extra fee with TA.", "If you don't want TA, T/T is also fine.",
		"We don't accept Western Union, please use Trade Assurance."},
	"fr": {"Pas de frais supplémentaires avec TA.", "Pas de problème pour la TA."},
	"es": {"Sin costo extra con Trade Assurance."},
	"de": {"Keine Gebühr für Trade Assurance."},
}

// tfDeposit: after the buyer asked for Trade Assurance, the deposit by bank
// transfer and the confirmation on WhatsApp.
var tfDeposit = map[string][]string{
	"en": {"Please pay the 30% deposit by bank transfer and confirm on WhatsApp +86 138 1234 5678."},
	"es": {"Por favor pague el 30% de anticipo por transferencia bancaria y confirme por WhatsApp +86 138 1234 5678."},
	"pt": {"Por favor pague o sinal de 30% por transferência bancária e confirme no WhatsApp +86 138 1234 5678."},
	"fr": {"Merci de payer l'acompte de 30% par virement bancaire et de confirmer sur WhatsApp +86 138 1234 5678."},
	"de": {"Bitte zahlen Sie die Anzahlung von 30% per Banküberweisung und bestätigen Sie per WhatsApp +86 138 1234 5678."},
	"it": {"Per favore paghi l'acconto del 30% con bonifico bancario e confermi su WhatsApp +86 138 1234 5678."},
	"ru": {"Пожалуйста, оплатите предоплату 30% банковским переводом и подтвердите в WhatsApp +86 138 1234 5678."},
	"tr": {"Lütfen %30 kaporayı banka havalesi ile ödeyin ve WhatsApp'tan onaylayın +86 138 1234 5678."},
	"ar": {"يرجى دفع عربون 30% بتحويل بنكي والتأكيد على الواتساب +86 138 1234 5678."},
	"hi": {"Kripya 30% advance payment bank transfer se karein aur WhatsApp +86 138 1234 5678 par confirm karein."},
	"id": {"Silakan bayar uang muka 30% lewat transfer bank dan konfirmasi di WhatsApp +86 138 1234 5678."},
	"vi": {"Vui lòng đặt cọc 30% bằng chuyển khoản ngân hàng và xác nhận qua WhatsApp +86 138 1234 5678."},
	"th": {"กรุณาโอนเงินมัดจำ 30% ผ่านธนาคารและยืนยันทาง WhatsApp +86 138 1234 5678"},
	"ja": {"30%の前金を銀行振込でお支払いいただき、WhatsApp +86 138 1234 5678で確認してください。"},
	"ko": {"계약금 30%를 계좌이체로 보내시고 WhatsApp +86 138 1234 5678로 확인해 주세요."},
	"zh": {"请先电汇30%定金，然后在WhatsApp +86 138 1234 5678上确认。"},
}

// tfVariants: other phrasings of the families, one per line of thought.
var tfVariants = map[string][]string{
	"en": {"Unfortunately our Trade Assurance link has been disabled by Alibaba, kindly transfer the payment to our company account.",
		"Trade Assurance ordering is blocked on our store right now. You can wire the money to our bank directly.",
		"The TA payment link doesn't work anymore, please remit via Western Union to our manager.",
		"Trade Assurance takes 10 days to release funds, that's why we only work with T/T in advance.",
		"Honestly TA is slow for us, send the money by Wise or bank transfer please.",
		"Alibaba holds the money for 2 weeks under Trade Assurance, we prefer direct payment.",
		"We recommend direct bank transfer to avoid the Trade Assurance fee.",
		"If you transfer directly to our company account we can take off another 3%.",
		"Pay with PayPal and we'll give you a 4% discount.", "Extra 5% off for payment via Wise instead of Alibaba.",
		"If you insist on Trade Assurance, freight goes from 450 to 700 USD.",
		"For TA orders the shipping fee becomes 120 USD instead of 80 USD.",
		"Shipping cost under Trade Assurance: 300 USD, without TA 200 USD.",
		"No Trade Assurance on this one, T/T only.", "We won't do TA for this PO."},
	"zh": {"信保下单链接被封了，麻烦把货款打到我们私人账户。", "信保链接目前被限制，您可以直接支付宝转账给我。", "信保回款太慢，我们一般只做T/T。",
		"私下转账可以再便宜3%。", "银行直接汇款给您打九五折。", "使用信保，运费要从300美元提高到500美元。", "这个订单不能走信保。"},
	"es": {"El link de Garantía Comercial está desactivado, puede hacer el depósito a nuestra cuenta de Alipay.",
		"Trade Assurance demora mucho en liberar el dinero, preferimos pago directo.", "Descuento adicional del 3% pagando por Western Union.",
		"Trade Assurance: 4,80 USD; transferencia directa: 4,50 USD."},
	"id": {"Link Jaminan Perdagangan sedang ditutup, transfer saja ke rekening pribadi kami.", "Kalau transfer langsung ke rekening kami, diskon 5%."},
	"ko": {"Trade Assurance 주문 링크가 차단되어 있어서 USDT로 보내주시면 됩니다.", "Trade Assurance로 하시면 배송비가 300달러에서 500달러로 올라갑니다."},
	"ja": {"Trade Assuranceの注文リンクが閉鎖されています。ウエスタンユニオンで送金をお願いします。"},
	"th": {"ลิงก์สั่งซื้อ Trade Assurance ใช้ไม่ได้ค่ะ รบกวนโอนเข้าบัญชีส่วนตัว"},
	"ru": {"Ссылка на Торговую гарантию закрыта, переведите деньги на карту.", "Цена: прямой перевод 2,40 $, через Trade Assurance 2,55 $."},
	"it": {"Il Trade Assurance ci mette troppo, meglio bonifico diretto.", "Con Trade Assurance la spedizione passa da 150 a 240 euro.",
		"Per bonifico 3,10, tramite Trade Assurance 3,35."},
	"pt": {"Com Trade Assurance o frete passa de 200 para 350 dólares."},
	"tr": {"Trade Assurance ile nakliye 400 değil 650 USD olur.", "Trade Assurance ile 7,20 USD, havale ile 6,90 USD."},
	"fr": {"Prix : 1,25 € par virement, 1,32 € par Trade Assurance.", "Pour cette commande, pas de Trade Assurance, seulement virement."},
	"de": {"Für diese Bestellung kein Trade Assurance, bitte Überweisung."},
}

// tfMoreVariants: the link that "cannot be opened", a price "cheaper" paid
// directly.
var tfMoreVariants = map[string][]string{
	"en": {"The Trade Assurance link can't be opened, please pay to our bank account directly.",
		"It is 3% cheaper if you pay directly to our company account."},
	"es": {"El enlace de Trade Assurance no abre, pague por Western Union.", "Sale 3% más barato si paga directo a nuestra cuenta."},
	"fr": {"Le lien Trade Assurance ne s'ouvre pas, payez par virement direct.", "C'est 3 % moins cher en paiement direct sur notre compte."},
	"de": {"Der Trade-Assurance-Link lässt sich nicht öffnen, bitte per Direktüberweisung zahlen.", "Per Direktüberweisung 3 % günstiger."},
	"ru": {"Ссылка Trade Assurance не открывается, переведите на наш счёт.", "При прямой оплате на карту на 3% дешевле."},
	"tr": {"Trade Assurance linki açılmıyor, doğrudan havale yapın.", "Şirket hesabına direkt ödemede %3 daha ucuz."},
	"id": {"Link Trade Assurance tidak bisa dibuka, transfer langsung ke rekening kami.", "Transfer langsung ke rekening kami lebih murah 3%."},
	"vi": {"Link Trade Assurance không mở được, chuyển khoản trực tiếp nhé.", "Chuyển khoản trực tiếp vào tài khoản công ty rẻ hơn 3%."},
	"ko": {"Trade Assurance 링크가 열리지 않아요. 회사 계좌로 직접 송금해 주세요.", "회사 계좌로 직접 송금하시면 3% 저렴합니다."},
	"zh": {"信保链接无法打开，请直接转账到公司账户。", "直接打款到公司账户便宜3%。"},
}

// tfVariantsClean: near misses of the variants.
var tfVariantsClean = map[string][]string{
	"en": {"The Trade Assurance link was closed by mistake, I have reopened it, please pay there.",
		"The Trade Assurance link expired, please pay through the new link I just sent.",
		"Our office is closed on Sunday, Trade Assurance orders are processed on Monday.",
		"The link is closed, contact our Alibaba account manager for a new Trade Assurance link.",
		"Trade Assurance protects your payment until delivery; you can pay by T/T or card inside the order.",
		"Bank transfer takes 3-5 days to arrive, Trade Assurance is faster.", "We accept T/T, L/C and Trade Assurance.",
		"Western Union is too slow, please pay through Trade Assurance.",
		"Early payment discount 2% if you pay the Trade Assurance order within 48 hours.",
		"5% discount for returning customers, pay as usual on the platform.",
		"We accept PayPal, Western Union and T/T. Price is 5.20 USD.",
		"Shipping from 300 to 500 USD depending on the port, payment via Trade Assurance.",
		"Trade Assurance order: sea freight 300 USD instead of air freight 500 USD to save cost.",
		"Delivery under TA takes 15 days instead of 10 during holidays.", "With Trade Assurance the shipping is 380, same as before.",
		"No worries, Trade Assurance is available for this order.", "Not sure if TA covers samples, let me check.",
		"There is no TA fee for this order.", "The Trade Assurance link is not closed, you can still pay there.",
		"5% discount for orders above 1000 pcs, payment by PayPal or T/T.", "Not only Trade Assurance, we also accept PayPal.",
		"Sea freight is cheaper than air freight.",
		"T/T through Trade Assurance is 1% cheaper than card payment."},
}

// tfMoreClean: near misses in the other languages: a link that expired and
// comes again, another way's link or slowness, a discount or a cost that
// stays with Trade Assurance, days and pieces instead of money, the same
// shipping cost.
var tfMoreClean = map[string][]string{
	"es": {"El enlace de Trade Assurance caducó, le envío uno nuevo.", "Trade Assurance es un poco lento pero seguro, también aceptamos PayPal.",
		"Descuento del 5% para pedidos de más de 1000 unidades; aceptamos PayPal.", "Le damos 3% de descuento si paga por Trade Assurance.",
		"Sin problema, pagamos por TA."},
	"fr": {"Le lien Trade Assurance a expiré, je vous renvoie un nouveau lien."},
	"zh": {"信保链接失效了，我重新发给您。", "信保订单运费380美元，海运，而不是空运的620美元。", "走信保运费一样，380美元，不是620。",
		"信保订单用电汇付款可以优惠2%。"},
	"ko": {"링크가 만료되었습니다. 새 무역보증 링크를 보내드릴게요.", "Trade Assurance 주문도 배송비는 380달러로 동일합니다."},
	"ru": {"Ссылка Trade Assurance устарела, отправлю новую.", "С Trade Assurance доставка 15 дней вместо 10."},
	"en": {"Our bank account is closed on weekends, please pay via the Trade Assurance link.",
		"The Trade Assurance price is 5.20 USD instead of 5.60 USD because you ordered more.",
		"We offer 2% discount for payment through Trade Assurance by bank transfer.",
		"PayPal link is not working, please use the Trade Assurance order link instead."},
	"pt": {"5% de desconto pagando via Trade Assurance com PIX.", "Frete marítimo 300 USD em vez de aéreo 500 USD, pagamento via Trade Assurance.",
		"Com Trade Assurance, o frete marítimo é 300 em vez de 500 do aéreo.", "Pagando com PIX pelo Trade Assurance você ganha 2% de desconto."},
	"de": {"Mit Trade Assurance liefern wir in 20 statt 30 Tagen.", "Kein Problem, TA ist möglich.",
		"Western Union ist gesperrt, bitte zahlen Sie über Trade Assurance."},
	"tr": {"Trade Assurance ile 500 adet yerine 300 adet gönderebiliriz.", "Ödeme Trade Assurance üzerinden havale ile yapılırsa %2 indirim.",
		"Trade Assurance üzerinden öderseniz kargo 300 yerine 250 olur."},
	"ja": {"Trade Assuranceでも送料は同じ380ドルです。"},
	"it": {"Con Trade Assurance il prezzo resta 5,20 invece di aumentare."},
}

// tfAskedClean: after the buyer asked, the deposit inside Trade Assurance, a
// deposit received, terms without a way of paying.
var tfAskedClean = []string{
	"Yes, Trade Assurance is fine. Please pay the 30% deposit through the Trade Assurance order.",
	"The 30% deposit was received by bank transfer, thank you.", "Deposit 30%, balance 70% before shipment.",
	"Yes sure, deposit 30% and balance before shipment, all through the Trade Assurance order.",
}

// tfCleanLangs: near misses in every language: a link that expired and
// comes again, Trade Assurance taking a few days to clear, another way
// refused for Trade Assurance, quantity discounts and discounts on Trade
// Assurance orders, sea against air freight, a farther port, "no problem".
var tfCleanLangs = map[string][]string{
	"hi": {"Trade Assurance लिंक एक्सपायर हो गया, मैं नया लिंक भेज रहा हूँ।", "Trade Assurance payment 1-3 din mein clear hota hai, phir production shuru.", "1000 pcs se upar order par 5% discount.", "Trade Assurance ऑर्डर पर इस हफ्ते 5% छूट।", "Sea freight 320 USD, air 450 USD hai.", "Koi problem nahi, Trade Assurance chalega."},
	"th": {"ลิงก์ Trade Assurance หมดอายุแล้ว เดี๋ยวส่งลิงก์ใหม่ให้ค่ะ", "การชำระผ่าน Trade Assurance ใช้เวลา 1-3 วัน จากนั้นเริ่มผลิต", "ส่วนลด 5% สำหรับออเดอร์ 1000 ชิ้นขึ้นไป", "ส่วนลด 5% สำหรับออเดอร์ Trade Assurance สัปดาห์นี้", "ค่าส่งทางเรือ 320 USD ทางอากาศ 450 USD", "ไม่มีปัญหา ใช้ Trade Assurance ได้"},
	"it": {"Il pagamento con Trade Assurance richiede 1-3 giorni, poi iniziamo la produzione.", "Accettiamo bonifico tramite Trade Assurance.", "Sconto 5% per ordini sopra 1000 pezzi.", "Sconto 5% sugli ordini Trade Assurance questa settimana.", "Spedizione via mare 320 USD, via aerea 450 USD.", "Nessun problema con Trade Assurance."},
	"ru": {"Оплата через Trade Assurance проходит 1-3 дня, после этого начинаем производство.", "Скидка 5% при заказе от 1000 штук.", "Морская доставка 320 USD, авиа 450 USD.", "Без проблем, Trade Assurance принимаем."},
	"tr": {"Trade Assurance ödemesi 1-3 günde onaylanır, sonra üretime başlarız.", "1000 adet üzeri siparişlerde %5 indirim.", "Trade Assurance siparişlerinde bu hafta %5 indirim.", "Deniz yolu 320 USD, hava yolu 450 USD.", "Sorun yok, Trade Assurance kabul ediyoruz.", "Trade Assurance ücretsiz, ek ücret yok."},
	"ar": {"الدفع عبر Trade Assurance يستغرق 1-3 أيام، ثم نبدأ الإنتاج.", "خصم 5% على الطلبات فوق 1000 قطعة.", "خصم 5% على طلبات Trade Assurance هذا الأسبوع.", "الشحن البحري 320 دولار، والجوي 450 دولار.", "لا مشكلة، نقبل Trade Assurance."},
	"vi": {"Thanh toán Trade Assurance mất 1-3 ngày, sau đó chúng tôi sản xuất.", "Giảm giá 5% cho đơn từ 1000 cái.", "Giảm 5% cho đơn Trade Assurance tuần này.", "Vận chuyển đường biển 320 USD, đường hàng không 450 USD.", "Không vấn đề gì, Trade Assurance được."},
	"ja": {"Trade Assuranceの支払いは1〜3日で確認され、その後生産を開始します。", "1000個以上のご注文は5%割引です。", "今週はTrade Assuranceのご注文が5%割引です。", "海上輸送は320ドル、航空便は450ドルです。", "問題ありません、Trade Assuranceで大丈夫です。"},
	"zh": {"信保付款需要1-3天到账，之后安排生产。", "没问题，可以走信保。"},
	"de": {"Western Union ist nicht möglich, bitte über Trade Assurance zahlen.", "Kein Problem, wir akzeptieren Trade Assurance."},
	"es": {"No aceptamos Western Union, solo Trade Assurance.", "Envío marítimo 320 USD, aéreo 450 USD.", "Sin cargo extra con TA, y aceptamos también PayPal."},
	"ko": {"Trade Assurance 주문 시 5% 할인 이벤트 중입니다.", "해상 운송 320달러, 항공 450달러입니다.", "문제 없습니다, 무역보증 가능합니다."},
	"fr": {"Remise de 5 % sur les commandes Trade Assurance cette semaine.", "Le fret pour Marseille coûte 620 au lieu de 380 pour Le Havre.", "Pas de problème, Trade Assurance est possible."},
	"id": {"Diskon 5% untuk pesanan Trade Assurance minggu ini.", "Tidak masalah, Trade Assurance bisa."},
	"pt": {"Frete marítimo 320 USD, aéreo 450 USD.", "Não tem problema, aceitamos Trade Assurance."},
}

func tfCases() []gapCase {
	var cs []gapCase
	add := func(family, lang, text string, asked bool, want string) {
		if asked {
			cs = append(cs, gapCase{lang, family + "_asked", []turn{buyer(taAsk[lang]), seller(text)}, want})
			return
		}
		cs = append(cs, gapCase{lang, family, []turn{seller(text)}, want})
	}
	for lang, tpls := range tfLinkClosed {
		for _, tpl := range tpls {
			for _, pay := range tfDirectPay[lang] {
				text := strings.ReplaceAll(tpl, "{PAY}", pay)
				add("tf_link_closed", lang, text, false, ta)
				add("tf_link_closed", lang, text, true, ta)
			}
		}
	}
	for lang, tpls := range tfLinkNew {
		for _, tpl := range tpls {
			add("tf_link_new_clean", lang, tpl, false, "")
			add("tf_link_new_clean", lang, tpl, true, "")
		}
	}
	for lang, tpls := range tfSlow {
		for _, tpl := range tpls {
			add("tf_slow", lang, tpl, false, ta)
			add("tf_slow", lang, tpl, true, ta)
		}
	}
	for lang, tpls := range tfSlowClean {
		for _, tpl := range tpls {
			add("tf_slow_clean", lang, tpl, false, "")
		}
	}
	for lang, tpls := range tfDiscount {
		for _, tpl := range tpls {
			for _, p := range []string{"3", "5", "8"} {
				add("tf_discount", lang, strings.ReplaceAll(tpl, "{P}", p), false, ta)
				add("tf_discount", lang, strings.ReplaceAll(tpl, "{P}", p), true, ta)
			}
		}
	}
	for lang, tpls := range tfDiscountClean {
		for _, tpl := range tpls {
			add("tf_discount_clean", lang, tpl, false, "")
		}
	}
	for lang, tpls := range tfShipping {
		for _, tpl := range tpls {
			for _, p := range [][2]string{{"620", "380"}, {"900", "600"}, {"180", "95"}} {
				add("tf_shipping", lang, strings.NewReplacer("{A}", p[0], "{B}", p[1]).Replace(tpl), false, ta)
				add("tf_shipping", lang, strings.NewReplacer("{A}", p[0], "{B}", p[1]).Replace(tpl), true, ta)
			}
		}
	}
	for lang, tpls := range tfShippingClean {
		for _, tpl := range tpls {
			add("tf_shipping_clean", lang, tpl, false, "")
		}
	}
	for lang, tpls := range tfRoutes {
		prices := [][2]string{{"6.70", "6.20"}, {"12.50", "11.90"}}
		switch lang {
		case "fr", "es", "pt", "de", "it", "ru", "tr", "id", "vi":
			prices = append(prices, [2]string{"0,136", "0,128"}, [2]string{"6,70", "6,20"})
		}
		for _, tpl := range tpls {
			for _, p := range prices {
				add("tf_routes", lang, strings.NewReplacer("{A}", p[0], "{B}", p[1]).Replace(tpl), false, ta)
				add("tf_routes", lang, strings.NewReplacer("{A}", p[0], "{B}", p[1]).Replace(tpl), true, ta)
				// The platform cheaper is no surcharge.
				add("tf_routes_clean", lang, strings.NewReplacer("{A}", p[1], "{B}", p[0]).Replace(tpl), false, "")
			}
		}
	}
	for lang, tpls := range tfNoTA {
		for _, tpl := range tpls {
			add("tf_no_ta", lang, tpl, false, ta)
			add("tf_no_ta", lang, tpl, true, ta)
		}
	}
	for lang, tpls := range tfNoTAClean {
		for _, tpl := range tpls {
			add("tf_no_ta_clean", lang, tpl, false, "")
		}
	}
	for lang, tpls := range tfDeposit {
		for _, tpl := range tpls {
			add("tf_deposit", lang, tpl, true, ta)
		}
	}
	for lang, tpls := range tfVariants {
		for _, tpl := range tpls {
			add("tf_variant", lang, tpl, false, ta)
			add("tf_variant", lang, tpl, true, ta)
		}
	}
	for lang, tpls := range tfMoreClean {
		for _, tpl := range tpls {
			add("tf_more_clean", lang, tpl, false, "")
		}
	}
	for lang, tpls := range tfCleanLangs {
		for _, tpl := range tpls {
			add("tf_clean_langs", lang, tpl, false, "")
		}
	}
	for _, tpl := range tfAskedClean {
		add("tf_deposit_clean", "en", tpl, true, "")
	}
	for lang, tpls := range tfMoreVariants {
		for _, tpl := range tpls {
			add("tf_variant", lang, tpl, false, ta)
		}
	}
	for lang, tpls := range tfVariantsClean {
		for _, tpl := range tpls {
			add("tf_variant_clean", lang, tpl, false, "")
		}
	}
	return cs
}

func TestTARefusalFamilies(t *testing.T) { runGapCases(t, tfCases()) }

// TestTARefusalDepositBoth: the deposit pushed to a bank transfer and WhatsApp
// after the buyer asked is both findings.
func TestTARefusalDepositBoth(t *testing.T) {
	d := newDetector(t)
	for lang, tpls := range tfDeposit {
		for _, tpl := range tpls {
			got := lastCodes(t, d, buyer(taAsk[lang]), seller(tpl))
			if len(got) != 2 || got[0] != op || got[1] != ta {
				t.Errorf("%s: %q → %v, want both", lang, tpl, got)
			}
		}
	}
}

// TestTARefusalFamiliesTransformed: the families' messages keep their verdict
// written in full-width letters, with invisible characters inside words, and
// with the other names of Trade Assurance.
func TestTARefusalFamiliesTransformed(t *testing.T) {
	d := newDetector(t)
	r := rand.New(rand.NewPCG(7, 11))
	transforms := []struct {
		name string
		fn   func(string) string
	}{
		{"full_width", rbFullWidth},
		{"zero_width", func(s string) string { return rbInsertInside(r, s, rbInvisibles) }},
		{"ta_alias", func(s string) string {
			if out, ok := rbSpanTransform(s, rbTASpans(s), func(string) string { return rbPick(r, rbTAAliases) }); ok {
				return out
			}
			return s
		}},
	}
	for _, tr := range transforms {
		n, ok := 0, 0
		for _, c := range tfCases() {
			if len(c.turns) != 1 {
				continue
			}
			text := tr.fn(c.turns[0].text)
			got := lastCodes(t, d, seller(text))
			pass := len(got) == 0
			if c.want != "" {
				pass = slices.Contains(got, c.want)
			}
			n++
			if pass {
				ok++
			} else if testing.Verbose() {
				t.Logf("%s %s: %q → %v", tr.name, c.family, text, got)
			}
		}
		rate := float64(ok) / float64(n)
		t.Logf("%s: %d/%d %.3f", tr.name, ok, n, rate)
		if rate < 0.98 {
			t.Errorf("%s: %.3f < 0.98", tr.name, rate)
		}
	}
}

// TestTARefusalEvidence: the family findings say which family they read, and
// the prices compared (a decimal comma after a zero is a fraction).
func TestTARefusalEvidence(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		text, basis string
		taPrice     float64
		otherPrice  float64
	}{
		{"The Trade Assurance order link is closed, please pay directly to our bank account.", "link_closed", 0, 0},
		{"Honestly TA is slow for us, send the money by Wise or bank transfer please.", "slow_alt_payment", 0, 0},
		{"5% off if you pay by KakaoPay directly.", "direct_discount", 0, 0},
		{"Delivery under TA will be 900 instead of 600.", "cost_higher", 900, 600},
		{"Deux options : 0,128 en virement direct ou 0,136 via Trade Assurance.", "price_differs", 0.136, 0.128},
		{"Nous préférons le virement SWIFT direct, pas de TA pour cette commande.", "outright", 0, 0},
	}
	for _, tt := range tests {
		out, err := d.DetectMessage(msg(0, seller(tt.text)), &message.Conversation{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var f *schemas.Finding
		for i := range out {
			if out[i].Violation == ta {
				f = &out[i]
			}
		}
		if f == nil {
			t.Errorf("%q: no finding", tt.text)
			continue
		}
		if f.Evidence["basis"] != tt.basis {
			t.Errorf("%q: basis %v, want %s", tt.text, f.Evidence["basis"], tt.basis)
		}
		tp, _ := f.Evidence["ta_price"].(float64)
		op, _ := f.Evidence["other_price"].(float64)
		if tp != tt.taPrice || op != tt.otherPrice {
			t.Errorf("%q: prices %v/%v, want %v/%v", tt.text, tp, op, tt.taPrice, tt.otherPrice)
		}
	}
}
