package message_test

import (
	"strings"
	"testing"
)

// Round four: the families a fourth blind set missed, each as a family in
// several languages with near misses that stay clean.
//   - a number pointed to on the profile, the banner or in the product video,
//     with "call me / text me there" instead of "my";
//   - a national number after a phone or chat emoji, or as the object of "call";
//   - link shorteners, also with a space for the dot;
//   - app names written backwards, in French sounds or with V for We;
//   - a number started after a described app ("the green messenger: +7 912")
//     or after "write down the number";
//   - the handle said to be the shop's name, or "the same on WA";
//   - a direct payment pushed to dodge the platform's fee;
//   - the platform order cancelled by a verb with the order near it.

var r4Pointer = map[string][]string{
	"en": {"The number is on my profile banner, text me there.", "The number is at the end of the product video, call me."},
	"es": {"El número está en la portada de mi tienda, escríbeme allí.", "El número está en el video del producto, llámame."},
	"pt": {"O número está no final do vídeo do produto, é só me ligar."},
	"zh": {"我的号码在头像上，长按识别就行。"},
	"ko": {"프로필 사진에 번호 있어요, 거기로 문자 주세요."},
	"id": {"nomor ada di bio toko ya kak, langsung japri aja."},
}

var r4PointerClean = []string{
	"The model number is in the product video, please message me here if you have questions.",
	"The order number is on your profile page, contact me here anytime.",
	"Please see the photo, the number on the box is the batch code.",
	"这个产品的型号在视频里，有问题在这里问我。",
}

var r4Phones = []string{
	"💬 0524 165 40 28 👈 buradan daha hızlı cevap veririm", "📞 0532 123 45 67", "☎️ 0912 345 678",
	"call 0532 123 45 67", "📱 0812 3456 7890 (faster)",
}

var r4PhonesClean = []string{"💬 2 colors available, 500 pcs", "📱 Phone case for iPhone 15, 2.5 USD", "call 3 times if needed"}

var r4Links = []string{
	"catalogue + direct chat: bit ly/3tAp3Kz - faster than this window", "see bit.ly/3xYz for the price list",
	"prices here: tinyurl.com/ledprice24", "catálogo: cutt.ly/abc123",
}

var r4LinksClean = []string{"see bit.ly", "the bit is 3 ly thick", "Check bit.ly? No, we only send links on the platform."}

var r4Names = []string{
	"add me on ppAstahW: 7344506683168+ (read it backwards)", "aggiungimi su ppastahw, numero al contrario: 370838369393+",
	"écrivez-moi sur ouatsap au 06 81 09 24 38", "亲 please add 我的 V-chat 哦：jason_export24",
	"my margelet is @ledking", "send it to liamg: ledking",
}

var r4Partial = []string{
	"запишите номер, он же в зелёном мессенджере: +7 912", "记一下，绿色那个软件的号：+86 131",
	"سجل رقمي على التطبيق الأخضر: +971 516", "write down the number, it is on the green app too: +86 139",
}

var r4PartialClean = []string{"Please write down your order number 12345", "Note down our model number: 3020", "The package weight is 2 kg, write down the number 2"}

var r4Same = []string{
	"Add me, my ID is the same as my store name, no spaces.", "加我，账号和店铺名一样", "4588 <- same on WA, text me there",
}

var r4SameClean = []string{"Our brand name is the same as the shop name on Alibaba.", "The color is the same as the photo."}

// r4FeeDodge: {P} is a direct way of paying pushed, in its language.
var r4FeeDodge = map[string][]string{
	"en": {"Pay by direct bank transfer to our account, that way we avoid the platform fee."},
	"es": {"Mejor Western Union a mi nombre, así evitamos comisiones de la plataforma."},
	"ru": {"Можно оплатить переводом на карту, так без комиссии платформы."},
	"hi": {"UPI या सीधा बैंक ट्रांसफर कर दो, प्लेटफ़ॉर्म फीस बचेगी।"},
	"id": {"Transfer langsung ke rekening kami aja kak, lebih murah tanpa biaya platform."},
	"th": {"โอนเข้าบัญชีบริษัทโดยตรงดีกว่าค่ะ ไม่ต้องเสียค่าธรรมเนียมแพลตฟอร์ม"},
	"zh": {"请直接转账到我们公司账户，省掉平台手续费。"},
	"de": {"Überweisen Sie direkt auf unser Konto, dann sparen wir die Plattformgebühr."},
	"fr": {"On annule la commande sur la plateforme et vous payez directement notre compte société."},
	"it": {"Se ordina fuori dalla piattaforma le faccio il 7% di sconto."},
}

var r4FeeDodgeClean = map[string][]string{
	"en": {"There is no platform fee for buyers; you can pay by bank transfer through Alibaba.com Pay.",
		"The platform charges no fee to you, pay by T/T on the order page under Trade Assurance."},
	"es": {"Sin comisiones de la plataforma para el comprador, puede pagar con transferencia bancaria en Alibaba."},
	"de": {"Trade Assurance ist selbstverständlich möglich, ohne Aufpreis."},
	"id": {"Tentu bisa pakai Trade Assurance kak, tanpa biaya tambahan."},
	"zh": {"平台不收买家手续费，银行转账走信保就可以。"},
}

func r4Cases() []gapCase {
	var cs []gapCase
	one := func(lang, family, text, want string) {
		cs = append(cs, gapCase{lang, family, []turn{seller(text)}, want})
	}
	for lang, ts := range r4Pointer {
		for _, t := range ts {
			one(lang, "r4_pointer", t, op)
		}
	}
	for _, list := range []struct {
		family string
		texts  []string
		want   string
	}{
		{"r4_pointer_clean", r4PointerClean, ""}, {"r4_phone", r4Phones, op}, {"r4_phone_clean", r4PhonesClean, ""},
		{"r4_link", r4Links, op}, {"r4_link_clean", r4LinksClean, ""}, {"r4_names", r4Names, op},
		{"r4_partial", r4Partial, op}, {"r4_partial_clean", r4PartialClean, ""}, {"r4_same", r4Same, op},
		{"r4_same_clean", r4SameClean, ""},
	} {
		for _, t := range list.texts {
			one("mixed", list.family, t, list.want)
		}
	}
	for lang, ts := range r4FeeDodge {
		for _, t := range ts {
			one(lang, "r4_fee_dodge", t, ta)
			cs = append(cs, gapCase{lang, "r4_fee_dodge_asked", []turn{buyer(taAsk[lang]), seller(t)}, ta})
		}
	}
	for lang, ts := range r4FeeDodgeClean {
		for _, t := range ts {
			one(lang, "r4_fee_dodge_clean", t, "")
			cs = append(cs, gapCase{lang, "r4_fee_dodge_clean_asked", []turn{buyer(taAsk[lang]), seller(t)}, ""})
		}
	}
	return cs
}

func TestR4Families(t *testing.T) { runGapCases(t, r4Cases()) }

// TestR4NamesKeepCase: the backwards names keep their verdict in capitals and
// with the digits spaced.
func TestR4NamesKeepCase(t *testing.T) {
	var cs []gapCase
	for _, s := range r4Names[:2] {
		cs = append(cs, gapCase{"mixed", "r4_names_upper", []turn{seller(strings.ToUpper(s))}, op})
	}
	runGapCases(t, cs)
}
