package message_test

import (
	"strings"
	"testing"
)

// More phrasings of the round-two families: the sum added to shipping "if
// you use Trade Assurance", and Trade Assurance slow with another only-word
// or direct-payment word of each language.

var r2AddShipIf = map[string]string{
	"en": "If you use Trade Assurance, we'll add {A} extra to the freight.",
	"zh": "如果走信保，我们运费要加收{A}。",
	"es": "Si usa Trade Assurance, agregaremos {A} al flete.",
	"pt": "Se usar Trade Assurance, acrescentaremos {A} no frete.",
	"fr": "Si vous passez par Trade Assurance, on ajoutera {A} aux frais de port.",
	"de": "Wenn Sie Trade Assurance nutzen, berechnen wir {A} mehr für den Versand.",
	"it": "Se usa Trade Assurance, addebiteremo {A} in più sulla spedizione.",
	"ru": "Если через Trade Assurance, прибавим {A} к доставке.",
	"tr": "Trade Assurance kullanırsanız kargoya {A} ekleyeceğiz.",
	"ar": "إذا استخدمت Trade Assurance سوف نضيف {A} على الشحن.",
	"hi": "अगर आप Trade Assurance से लेंगे तो शिपिंग में {A} जोड़ेंगे।",
	"id": "Kalau pakai Trade Assurance, ongkir kami tambah {A}.",
	"vi": "Nếu dùng Trade Assurance thì phí vận chuyển cộng thêm {A}.",
	"th": "ถ้าใช้ Trade Assurance ค่าส่งจะบวกเพิ่ม {A}",
	"ja": "取引保証を使う場合、送料に{A}追加します。",
	"ko": "무역보증을 쓰시면 배송비에 {A} 추가됩니다.",
}

var r2SlowOnlyMore = map[string]string{
	"en": "Trade Assurance takes a long time, so we accept only direct payment by PayPal.",
	"zh": "信保放款慢，我们只收支付宝。",
	"es": "Trade Assurance tarda mucho, solamente aceptamos PayPal.",
	"pt": "Trade Assurance demora muito, aceitamos apenas PayPal.",
	"fr": "Trade Assurance est trop lent, nous prenons seulement PayPal.",
	"de": "Trade Assurance dauert zu lange, wir nehmen nur PayPal.",
	"it": "Trade Assurance ci mette troppo, accettiamo solo PayPal.",
	"ru": "Trade Assurance слишком долго, принимаем только PayPal.",
	"tr": "Trade Assurance çok yavaş, yalnızca PayPal kabul ediyoruz.",
	"ar": "Trade Assurance بطيء جدا، نقبل PayPal فقط.",
	"hi": "Trade Assurance बहुत धीमा है, हम केवल PayPal लेते हैं।",
	"id": "Trade Assurance terlalu lama, kami cuma terima PayPal.",
	"vi": "Trade Assurance quá chậm, chúng tôi chỉ nhận PayPal.",
	"th": "Trade Assurance ช้ามาก เรารับแค่ PayPal เท่านั้น",
	"ja": "Trade Assuranceは遅いので、PayPalのみ受け付けます。",
	"ko": "Trade Assurance는 너무 느려서 PayPal만 받습니다.",
}

func TestR2TAVariants(t *testing.T) {
	var cs []gapCase
	for lang, tpl := range r2AddShipIf {
		for _, a := range r2Amounts[lang] {
			text := strings.ReplaceAll(tpl, "{A}", a)
			cs = append(cs, gapCase{lang, "r2_add_ship_if", []turn{seller(text)}, ta},
				gapCase{lang, "r2_add_ship_if_asked", []turn{buyer(taAsk[lang]), seller(text)}, ta})
		}
	}
	for lang, text := range r2SlowOnlyMore {
		cs = append(cs, gapCase{lang, "r2_slow_only_more", []turn{seller(text)}, ta},
			gapCase{lang, "r2_slow_only_more_asked", []turn{buyer(taAsk[lang]), seller(text)}, ta})
	}
	runGapCases(t, cs)
}

// r2AddPayClean: a sum added for shipping, Trade Assurance the way of paying
// in another clause, or the shipping charged: a quote, no surcharge.
var r2AddPayClean = map[string][]string{
	"en": {"We will add {A} for shipping, payment via Trade Assurance."},
	"es": {"Añadiremos {A} de envío, el pago es por Trade Assurance.", "Cobramos {A} de envío, el pago es por Trade Assurance."},
	"pt": {"Adicionaremos {A} de frete, pagamento via Trade Assurance."},
	"fr": {"Nous ajouterons {A} de livraison, paiement par Trade Assurance.", "Nous facturons {A} de livraison, paiement par Trade Assurance."},
	"de": {"Für den Versand berechnen wir {A}, Zahlung über Trade Assurance."},
	"it": {"Aggiungeremo {A} di spedizione, pagamento tramite Trade Assurance.", "Addebitiamo {A} di spedizione, pagamento tramite Trade Assurance."},
	"ru": {"Доставку добавим {A}, оплата через Trade Assurance."},
	"tr": {"Kargo için {A} ekleyeceğiz, ödeme Trade Assurance ile."},
	"ar": {"سنضيف {A} للشحن، والدفع عبر Trade Assurance."},
	"hi": {"शिपिंग के {A} जोड़ेंगे, पेमेंट Trade Assurance से होगा।"},
}

func TestR2TAAddPayClean(t *testing.T) {
	var cs []gapCase
	for lang, tpls := range r2AddPayClean {
		for _, tpl := range tpls {
			for _, a := range r2Amounts[lang] {
				text := strings.ReplaceAll(tpl, "{A}", a)
				cs = append(cs, gapCase{lang, "r2_add_pay_clean", []turn{seller(text)}, ""},
					gapCase{lang, "r2_add_pay_clean_asked", []turn{buyer(taAsk[lang]), seller(text)}, ""})
			}
		}
	}
	runGapCases(t, cs)
}
