package message_test

import (
	"fmt"
	"slices"
	"testing"
)

// Round six: families found by probing with new phrasings before the sixth
// blind set, each generated across languages with near misses that stay clean.
//   - a chat app's short name labelling the number it follows ("0812 3456
//     7890 (WA)", "0905 123 456 zalo nhé");
//   - "number" owned by the shop ("nomor toko", "가게 번호", "店里的号码") or
//     next to an invitation to write ("text us at number …", "ทักมาที่เบอร์");
//   - paying outside the platform by a transfer or a named method for a
//     discount ("chuyển khoản trực tiếp ngoài sàn", "instead of through the site").

// r6LocalNumbers are national mobile numbers written as merchants write them.
var r6LocalNumbers = []string{"0812 3456 7890", "0812-3456-7890", "0905 123 456", "0532 123 45 67", "081 234 5678",
	"98765 43210", "11 98765-4321", "612 345 678"}

func TestNumberLabelledAfter(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, how much for 500 pcs?")
	tails := []string{"%s WA", "%s (WA)", "%s — WA only, faster reply", "%s wa aja kak", "%s zalo nhé", "%s (tele)",
		"%s tg", "%s WA / tele", "Contact: %s (WA)"}
	pass, total := 0, 0
	var fails []string
	for _, n := range r6LocalNumbers {
		for _, tail := range tails {
			text := fmt.Sprintf(tail, n)
			total++
			if found(t, d, hello, seller(text)) {
				pass++
			} else {
				fails = append(fails, text)
			}
		}
	}
	rate(t, "number_then_app_short_name", pass, total, fails, 0.95)

	checkFound(t, d, hello, false, []string{
		"order 20230915 line 3 shipped", "model 1234 5678 90 line voltage 220V", "tracking 7731 2345 6789 tg shipped",
		"we have 2 production lines and 120 workers", "5 kg 12 signal cables", "HS code 8516 7100 00 WA state tariff",
		"Item 2023 0915 line B, carton 48 pcs",
	})
}

// r6ShopNumber name the shop's number or invite the buyer to write to one.
var r6ShopNumber = map[string]string{
	"en":  "text the shop number 0812 345 678 for price",
	"en2": "message us at number 0812 345 678",
	"th":  "ทักมาที่เบอร์ 081 234 5678 ของร้านได้เลยค่ะ",
	"th2": "ทักมาที่เบอร์ 081 234 5678 ได้เลยค่ะ",
	"zh":  "店里的号码 0812 345 678 直接联系",
	"ko":  "가게 번호 010 1234 5678 로 문자 주세요",
	"ja":  "お店の番号 090 1234 5678 までどうぞ",
	"vi":  "số cửa hàng 0905 123 456 nhé",
	"id":  "nomor toko 0812 3456 7890 ya kak",
	"zh2": "本店号码 138 1234 5678，欢迎来电",
	"ja2": "当店の番号は 090 1234 5678 です",
	"id2": "chat aja ke nomor 0812 3456 7890 kak",
}

func TestNumberWordOwnedOrInvited(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, how much for 500 pcs?")
	pass := 0
	var fails []string
	for _, text := range values(r6ShopNumber) {
		if found(t, d, hello, seller(text)) {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, "shop_number_or_invited", pass, len(r6ShopNumber), fails, 0.9)
	checkFound(t, d, hello, false, []string{
		"please contact us with the order number 2023091512 for after-sales",
		"message us the tracking number 7731234567 if there is a problem",
		"please send us your part number 1234 5678 90",
		"store number 1138 has the stock",
		"订单号码 2023091512 请联系客服",
		"店铺编号 12345678",
	})
}

// r6PayOutside offer a discount for paying outside the platform.
var r6PayOutside = map[string]string{
	"en":  "we can do 10% less if you send money to our company account instead of through the site",
	"en2": "if you transfer outside the platform I can give a better price",
	"es":  "si pagas fuera de la plataforma te hago un 8% de descuento",
	"pt":  "se pagar por fora da plataforma faço 5% de desconto",
	"fr":  "si vous payez hors plateforme, je vous fais 5% de remise",
	"de":  "wenn Sie direkt auf unser Konto überweisen statt über die Plattform, gebe ich 5% Rabatt",
	"it":  "se paghi fuori dalla piattaforma ti faccio il 5% di sconto",
	"ru":  "если оплатите напрямую на наш счёт, а не через площадку, сделаю скидку 5%",
	"tr":  "Platform dışında ödeme yaparsanız %5 indirim yaparım",
	"ar":  "إذا دفعت مباشرة خارج المنصة أعطيك خصم 5%",
	"hi":  "agar aap platform ke bahar seedha payment karein to 5% discount dunga",
	"id":  "kalau transfer langsung ke rekening kami di luar platform, saya kasih diskon 5%",
	"vi":  "nếu chuyển khoản trực tiếp ngoài sàn thì em giảm 5% ạ",
	"th":  "หากโอนตรงนอกแพลตฟอร์ม ลดให้ 5% ค่ะ",
	"ja":  "プラットフォームを通さず直接お振込みいただければ5%値引きします",
	"ko":  "플랫폼 밖에서 직접 송금하시면 5% 할인해 드립니다",
	"zh":  "不走平台直接打款到我们公司账户，可以便宜5%",
	"es2": "con PayPal fuera de la plataforma te lo dejo más barato",
	"en3": "Western Union outside Alibaba, and I take 6% off",
}

func TestPayOutsidePlatform(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, how much for 500 pcs?")
	pass := 0
	var fails []string
	for _, text := range values(r6PayOutside) {
		if slices.Contains(lastCodes(t, d, hello, seller(text)), ta) {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, "pay_outside_platform", pass, len(r6PayOutside), fails, 0.9)
	// The deal moved off the platform steers the buyer there as well: both
	// codes. A transfer to the merchant's account with no "outside" is a
	// refusal of Trade Assurance only.
	for _, text := range []string{
		"si hacemos el pedido por fuera de la plataforma te hago un 7% de descuento, Alibaba cobra mucha comisión",
		"On peut faire la commande hors plateforme, c'est plus simple et moins de frais pour vous",
		"se chiudiamo fuori da Alibaba le faccio il 6% in meno, commissioni troppo alte",
		"if you order outside the platform I can give a better price",
	} {
		if codes := lastCodes(t, d, hello, seller(text)); !slices.Contains(codes, op) || !slices.Contains(codes, ta) {
			t.Errorf("want both codes, got %v: %s", codes, text)
		}
	}
	for _, text := range []string{
		"Wenn Sie direkt auf mein Privatkonto überweisen, spare ich die Plattformgebühr und gebe Ihnen 4 % Rabatt.",
		"Price via Trade Assurance is $1.95, via direct T/T $1.80.",
	} {
		if codes := lastCodes(t, d, hello, seller(text)); slices.Contains(codes, op) {
			t.Errorf("offplatform_contact for a payment alone: %s", text)
		}
	}
	for _, text := range []string{
		"We accept T/T and Trade Assurance; we never take payment outside the platform.",
		"Please don't send any T/T outside the platform, use Trade Assurance for safety.",
		"Our bank is HSBC. All payments go through Trade Assurance, nothing outside Alibaba.",
		"chúng tôi không nhận chuyển khoản ngoài sàn, vui lòng thanh toán qua Trade Assurance",
		"เราไม่รับโอนนอกแพลตฟอร์มค่ะ ชำระผ่าน Trade Assurance เท่านั้น",
		"PayPal fuera de la plataforma no aceptamos, solo Trade Assurance",
		"Transfer the deposit via Trade Assurance, and the outside inspection fee is paid to the inspection company.",
	} {
		if codes := lastCodes(t, d, hello, seller(text)); len(codes) > 0 {
			t.Errorf("false alarm %v: %s", codes, text)
		}
	}
}

// r6ShareThere offer to send or discuss something on a named app.
var r6ShareThere = map[string]string{
	"en": "I will send you the catalog on WhatsApp", "en2": "we can discuss the details on skype",
	"en3": "more details on whatsapp", "es": "te mando el catálogo por WhatsApp",
	"pt": "te envio as fotos pelo WhatsApp", "fr": "je vous envoie le catalogue sur WhatsApp",
	"de": "ich schicke Ihnen den Katalog per WhatsApp", "it": "ti mando il listino su WhatsApp",
	"ru": "скину каталог в вотсап", "tr": "kataloğu WhatsApp'tan gönderirim",
	"ar": "سأرسل لك الكتالوج على واتساب", "hi": "catalog WhatsApp pe bhej dunga",
	"id": "katalognya saya kirim lewat WA ya kak", "vi": "em gửi catalogue qua Zalo nhé",
	"th": "ส่งแคตตาล็อกทางไลน์นะคะ", "ja": "カタログはLINEで送ります", "ko": "카탈로그는 카톡으로 보내드릴게요",
	"zh": "目录我微信上发给你", "es2": "Las fotos reales te las paso por Telegram",
	"en4": "I will send you more photos of this model on WhatsApp",
}

func TestShareOnApp(t *testing.T) {
	d := newDetector(t)
	hello := buyer("Hello, how much for 500 pcs?")
	pass := 0
	var fails []string
	for _, text := range values(r6ShareThere) {
		if found(t, d, hello, seller(text)) {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, "share_on_app", pass, len(r6ShareThere), fails, 0.9)
	checkFound(t, d, hello, false, []string{
		"This phone supports video calls on WhatsApp and WeChat.",
		"Please do not send payment on WhatsApp, only on the platform.",
		"Don't trust anyone who sends you a catalog on WhatsApp claiming to be us.",
		"The catalog is here on the platform, not on WhatsApp.",
		"We will send the catalog here in the chat.",
		"Our products sell well on Instagram and TikTok.",
		"The LED screen shows photos from Facebook and Instagram.",
		"We send photos before shipping, right here in Alibaba chat.",
		"The printer can print photos sent via WeChat or Bluetooth.",
		"このプリンターはLINEで送った写真を印刷できます",
		"Hemos visto el video en TikTok, gracias por compartir.",
		"send me the details on the Alibaba app",
		"We send the goods by sea; the production line is on schedule.",
		"The smart plug sends alerts via Telegram; model SP-2231.",
		"El sensor envía notificaciones por WhatsApp cuando detecta humo.",
		"Cảm biến gửi cảnh báo qua Zalo OA khi có khói; thông báo tức thì.",
		"Colokan pintar kirim notifikasi lewat Telegram, model CP-11.",
	})
}

// TestTANotOpened: Trade Assurance "not opened", "not activated", "useless",
// with another way of paying put in its place.
func TestTANotOpened(t *testing.T) {
	d := newDetector(t)
	ask := buyer(r5TAAsk["en"])
	for _, text := range []string{
		"信保订单我们这边暂时开不了，您直接打款吧",
		"信保这边做不了，麻烦走西联",
		"Trade Assurance ist bei uns gerade nicht aktiviert, bitte per Überweisung",
		"Trade Assurance ist noch nicht freigeschaltet, bitte per PayPal zahlen",
		"Trade Assurance لا يعمل مع الطلبات الصغيرة، حوّل المبلغ على البنك",
		"Trade Assurance غير مفعل عندنا، ادفع عن طريق ويسترن يونيون",
		"Honestly Trade Assurance is useless, bank transfer is safer and quicker.",
		"Trade Assurance is a waste of time for small orders, just send by PayPal.",
		"Trade Assurance से लेना है तो रेट 8% बढ़ेगा, प्लेटफ़ॉर्म कमीशन लेता है।",
		"With Trade Assurance the rate goes up 5%.",
	} {
		if !slices.Contains(lastCodes(t, d, ask, seller(text)), ta) {
			t.Errorf("missed: %s", text)
		}
	}
	for _, text := range []string{
		"Sea shipping is slower than air; Trade Assurance covers both.",
		"Yes TA is fine. Note: express is faster, sea is slower but cheaper.",
		"TA order ok. Production takes longer in December, about 30 days.",
		"可以走信保，只是这个月生产做不了那么快",
		"Ja, Trade Assurance ist aktiviert, bitte bestellen Sie direkt.",
		"Yes, TA is fine. For samples we also accept PayPal.",
		"Yes TA ok; the exchange rate is 7.1 today.",
		"Yes, TA. Our defect rate is under 1%.",
	} {
		if codes := lastCodes(t, d, ask, seller(text)); len(codes) > 0 {
			t.Errorf("false alarm %v: %s", codes, text)
		}
	}
}
