package message_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// Generated variants of disguised channel names and numbers: every disguise
// applied to every name in carriers of several languages. Each family must
// be found in at least 95% of its variants; the rate is logged per family.

// found runs the turns (the last one a seller's) and reports an
// offplatform_contact finding on the last.
func found(t *testing.T, d *message.Detector, turns ...turn) bool {
	t.Helper()
	for _, c := range lastCodes(t, d, turns...) {
		if c == op {
			return true
		}
	}
	return false
}

// rate checks a family's pass rate and logs a few failures.
func rate(t *testing.T, family string, pass, total int, fails []string, want float64) {
	t.Helper()
	r := float64(pass) / float64(total)
	t.Logf("%-28s %4d/%-4d %.3f", family, pass, total, r)
	if r < want {
		t.Errorf("%s: pass rate %.3f < %.2f; first failures:\n  %s", family, r, want, strings.Join(fails[:min(len(fails), 8)], "\n  "))
	}
}

var nameDisguises = []struct {
	name string
	f    func(string) string
}{
	{"plain", func(s string) string { return s }},
	{"emoji_inside", func(s string) string { return insertAt(s, len(s)/2, "💬") }},
	{"heart_inside", func(s string) string { return insertAt(s, len(s)/2, "❤") }},
	{"dot_inside", func(s string) string { return insertAt(s, len(s)/2, ".") }},
	{"dash_inside", func(s string) string { return insertAt(s, len(s)/2, "-") }},
	{"underscore_inside", func(s string) string { return insertAt(s, len(s)/2, "_") }},
	{"star_inside", func(s string) string { return insertAt(s, len(s)/2, "*") }},
	{"zero_width", func(s string) string { return insertAt(s, len(s)/2, "\u200b") }},
	{"three_pieces", func(s string) string { return insertAt(insertAt(s, 2*len(s)/3, " "), len(s)/3, " ") }},
	{"every_letter_dotted", func(s string) string { return strings.Join(strings.Split(s, ""), ".") }},
	{"every_letter_spaced", func(s string) string { return strings.Join(strings.Split(s, ""), " ") }},
	{"fullwidth", func(s string) string { return mapRunes(s, func(r rune) rune { return r - 'a' + 'ａ' }) }},
	{"math_bold", func(s string) string { return mapRunes(s, func(r rune) rune { return r - 'a' + 0x1D41A }) }},
	{"math_sans", func(s string) string { return mapRunes(s, func(r rune) rune { return r - 'a' + 0x1D5BA }) }},
	{"circled", func(s string) string { return mapRunes(s, func(r rune) rune { return r - 'a' + 'ⓐ' }) }},
	{"homoglyphs", func(s string) string {
		return strings.NewReplacer("a", "а", "e", "е", "o", "о", "p", "р", "c", "с").Replace(s)
	}},
	{"upper", strings.ToUpper},
}

func insertAt(s string, i int, ins string) string {
	if i <= 0 || i >= len(s) {
		i = 1
	}
	return s[:i] + ins + s[i:]
}

func mapRunes(s string, f func(rune) rune) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(f(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// carriers put a disguised name (%[1]s) next to a handle in several languages.
var nameCarriers = []string{
	"add me on %s: amy_0921",
	"my %s is amy_0921, write me there",
	"agrégame en %s: amy_0921",
	"ajoutez-moi sur %s : amy_0921",
	"me chama no %s: amy_0921",
	"напишите мне в %s: amy_0921",
	"أضفني على %s: amy_0921",
	"加我%s：amy_0921",
	"%s 아이디 amy_0921 추가해 주세요",
	"%sのIDはamy_0921です、追加してください",
	"kết bạn %s với em: amy_0921",
	"%s'tan ekleyin: amy_0921",
	"fügen Sie mich auf %s hinzu: amy_0921",
	"hubungi saya di %s: amy_0921",
	"aggiungimi su %s: amy_0921",
	"mera %s id amy_0921 hai, add karo",
}

func TestDisguisedChannelNames(t *testing.T) {
	d := newDetector(t)
	names := []string{"whatsapp", "wechat", "telegram", "skype", "viber", "instagram", "facebook", "kakaotalk", "zalo"}
	for _, dis := range nameDisguises {
		pass, total := 0, 0
		var fails []string
		for _, n := range names {
			for _, c := range nameCarriers {
				text := fmt.Sprintf(c, dis.f(n))
				total++
				if found(t, d, buyer("Hello, price please?"), seller(text)) {
					pass++
				} else {
					fails = append(fails, text)
				}
			}
		}
		rate(t, "name/"+dis.name, pass, total, fails, 0.95)
	}
}

// TestMixedScriptWeChat covers 微信 written half in Latin, half in Chinese
// characters that sound like it, with or without separators.
func TestMixedScriptWeChat(t *testing.T) {
	d := newDetector(t)
	forms := []string{"wei信", "微xin", "威xin", "wei 信", "微 xin", "薇❤信", "微.信", "微-信", "微_信", "v信", "V❤信",
		"wei.xin", "wei-xin", "We.Chat", "威 心", "维.信"}
	carriers := []string{"加我%s amy0921", "我的%s是amy0921", "add my %s amy0921", "%s：amy0921，详聊"}
	pass, total := 0, 0
	var fails []string
	for _, f := range forms {
		for _, c := range carriers {
			text := fmt.Sprintf(c, f)
			total++
			if found(t, d, buyer("你好，多少钱？"), seller(text)) {
				pass++
			} else {
				fails = append(fails, text)
			}
		}
	}
	rate(t, "wechat_mixed_script", pass, total, fails, 0.95)
}

func TestAppIDsAndLinks(t *testing.T) {
	d := newDetector(t)
	tests := []string{
		"wxid_amy0921abc", "add me wxid_amy_0921", "t.me/amy_trade", "t dot me slash amy_trade", "t [dot] me/amy_trade",
		"wa (dot) me/8613912345678", "line.me/ti/p/amy0921", "lin.ee/abc123", "zalo.me/0912345678",
		"vk.com/amy_trade", "vk точка com/amy_trade", "m.me/amytrade", "ig.me/m/amytrade", "open.kakao.com/o/sAbc123",
		"chat.whatsapp.com/AbCdEf123", "line点me/amy0921", "mail: amy_trade@163点com",
		"Telegram: @amy_trade", "viber.click/8613912345678",
	}
	pass := 0
	var fails []string
	for _, text := range tests {
		if found(t, d, buyer("Hello"), seller(text)) {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, "app_ids_and_links", pass, len(tests), fails, 1)
}

// numbers are real-format numbers of several countries, as digits with the
// country code.
var numbers = []string{"8613912345678", "447911123456", "14155552671", "5511987654321", "905321234567",
	"4915123456789", "919876543210", "84912345678", "6281234567890", "79161234567", "971501234567"}

var numberFormats = []struct {
	name string
	f    func(string) string
}{
	{"plus_spaces", func(n string) string { return "+" + group(n, " ") }},
	{"plus_underscore", func(n string) string { return "+" + group(n, "_") }},
	{"plus_slash", func(n string) string { return "+" + group(n, "/") }},
	{"plus_pipe", func(n string) string { return "+" + group(n, "|") }},
	{"plus_dots", func(n string) string { return "+" + group(n, ".") }},
	{"mixed_separators", func(n string) string {
		g := strings.Split(group(n, " "), " ")
		seps := []string{"-", "_", ".", "/", " "}
		var b strings.Builder
		b.WriteString("+")
		for i, x := range g {
			if i > 0 {
				b.WriteString(seps[i%len(seps)])
			}
			b.WriteString(x)
		}
		return b.String()
	}},
	{"double_zero", func(n string) string { return "00" + group(n, "-") }},
	{"fullwidth", func(n string) string {
		return "＋" + strings.Map(func(r rune) rune { return r - '0' + '０' }, n)
	}},
	{"arabic_indic", func(n string) string { return "+" + strings.Map(func(r rune) rune { return r - '0' + '٠' }, n) }},
	{"zero_width", func(n string) string { return "+" + strings.Join(strings.Split(n, ""), "\u200b") }},
	{"emoji_between", func(n string) string { return "+" + group(n, "🔥") }},
}

// group cuts digits into groups of 3–4 joined by sep.
func group(n, sep string) string {
	var g []string
	for len(n) > 4 {
		g = append(g, n[:3])
		n = n[3:]
	}
	g = append(g, n)
	return strings.Join(g, sep)
}

func TestDisguisedNumberFormats(t *testing.T) {
	d := newDetector(t)
	carriers := []string{"WhatsApp: %s", "call me %s", "mi número %s", "我的电话 %s", "numaram %s", "номер %s"}
	for _, nf := range numberFormats {
		pass, total := 0, 0
		var fails []string
		for _, n := range numbers {
			for _, c := range carriers {
				text := fmt.Sprintf(c, nf.f(n))
				total++
				if found(t, d, buyer("Hello"), seller(text)) {
					pass++
				} else {
					fails = append(fails, text)
				}
			}
		}
		rate(t, "number/"+nf.name, pass, total, fails, 0.95)
	}
}

// spokenDigits are the digits 0–9 as words, per language.
var spokenDigits = map[string][10]string{
	"en": {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
	"es": {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},
	"fr": {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
	"pt": {"zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"},
	"it": {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
	"de": {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},
	"ru": {"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"},
	"ar": {"صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"},
	"tr": {"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"},
	"vi": {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"},
	"id": {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"},
	"zh": {"零", "幺", "两", "三", "四", "五", "六", "七", "八", "九"},
	"ja": {"ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"},
	"ko": {"공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"},
	"th": {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"},
	"hi": {"shunya", "ek", "do", "teen", "char", "paanch", "chhe", "saat", "aath", "nau"},
}

func spell(n string, words [10]string, sep string) string {
	parts := make([]string, 0, len(n))
	for _, c := range n {
		parts = append(parts, words[c-'0'])
	}
	return strings.Join(parts, sep)
}

func TestSpokenNumbers(t *testing.T) {
	d := newDetector(t)
	for lang, words := range spokenDigits {
		pass, total := 0, 0
		var fails []string
		seps := []string{" ", "-", ", "}
		if lang == "zh" || lang == "ja" || lang == "ko" || lang == "th" {
			seps = []string{"", " "}
		}
		for _, n := range numbers[:6] {
			for _, sep := range seps {
				for _, form := range []string{"plus " + spell(n, words, sep), "WhatsApp " + spell(n, words, sep)} {
					text := "my whatsapp: " + form
					total++
					if found(t, d, buyer("Hello"), seller(text)) {
						pass++
					} else {
						fails = append(fails, text)
					}
				}
			}
		}
		rate(t, "spoken/"+lang, pass, total, fails, 0.95)
	}
}

func TestDoubleTripleDigits(t *testing.T) {
	d := newDetector(t)
	tests := []string{
		"call me plus eight six one three nine double one two triple four five six",
		"whatsapp: plus four four seven nine double one one two three four five six",
		"my number is one three nine double two triple three four five six seven",
		"WhatsApp plus-eight-six-one-three-nine-double one-two-three-four-five-six-seven",
		"mi número: más uno cuatro uno cinco, doble cinco, cinco dos seis siete uno",
	}
	pass := 0
	var fails []string
	for _, text := range tests {
		if found(t, d, buyer("Hello"), seller(text)) {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, "double_triple", pass, len(tests), fails, 0.8)
}

// TestNumberSplitAcrossMessages cuts a number written after a channel name
// at every point between the country code and the last three digits; the
// second message finishes it.
func TestNumberSplitAcrossMessages(t *testing.T) {
	d := newDetector(t)
	heads := []string{"add my WhatsApp: ", "我的微信 ", "mi WhatsApp es ", "KakaoTalk ", "Telegram: "}
	pass, total := 0, 0
	var fails []string
	for _, n := range numbers {
		for _, h := range heads {
			for cut := 3; cut < len(n)-3; cut += 2 {
				first, second := h+"+"+n[:cut], n[cut:]
				total++
				ok := found(t, d, buyer("Hello"), seller(first), seller(second))
				if !ok {
					// The first message alone may already be judged a lure;
					// then the split is caught there.
					ok = found(t, d, buyer("Hello"), seller(first))
				}
				if ok {
					pass++
				} else {
					fails = append(fails, first+" || "+second)
				}
			}
		}
	}
	rate(t, "split_two_messages", pass, total, fails, 0.95)

	// The tail does not outlive the next message, nor cross a buyer's turn.
	if found(t, d, buyer("Hello"), seller("WhatsApp: +86 139"), buyer("ok"), seller("1234 5678 pcs")) {
		t.Error("a buyer turn between the halves must break the number")
	}
	if found(t, d, buyer("Hello"), seller("MOQ 500 pcs"), seller("1000 pcs per carton")) {
		t.Error("quantities in consecutive messages are not a number")
	}
}

func TestSpecNumbersStayQuiet(t *testing.T) {
	d := newDetector(t)
	tests := []string{
		"Model BW-2835-120-24V, 120 LEDs per meter", "HS code 8517.62.00.00 for the controller",
		"Tracking number 1Z999AA10123456784, arrives Monday", "Our FDA registration number is 13628849706",
		"Order No. 2400017283645, batch 0512", "Price USD 13.80/pc, MOQ 1380 pcs", "Size 138 x 186 x 50 mm",
		"+12 345 678 90 is a typo in the spec sheet", "Container MSKU1234565, seal 8812345",
		"Serial 2026041512345678", "Part number 8613-8012-3456 is grey",
		"Carton 600x400x350 mm, 13.8 kg, 1,000 pcs", "Input AC 86-265V 50/60Hz",
	}
	for _, text := range tests {
		if found(t, d, buyer("Hello"), seller(text)) {
			t.Errorf("%q: flagged", text)
		}
	}
}

// TestExcerptMasksValues checks that the evidence shows the lure with every
// contact value masked.
func TestExcerptMasksValues(t *testing.T) {
	d := newDetector(t)
	conv := &message.Conversation{}
	out, err := d.DetectMessage(msg(0, seller("Please add my WeChat amy_0921 or WhatsApp +86 139 1234 5678, thanks")), conv, nil)
	if err != nil || len(out) != 1 {
		t.Fatalf("got %v %v", out, err)
	}
	ev := out[0].Evidence
	x, _ := ev["excerpt"].(string)
	if x == "" || strings.Contains(x, "1234 5678") || strings.Contains(x, "amy_0921") || !strings.Contains(x, "WeChat") {
		t.Errorf("excerpt %q: want the lure with values masked", x)
	}
	if !utf8.ValidString(x) {
		t.Errorf("excerpt %q is not UTF-8", x)
	}
	if ev["value_kinds"] == nil || ev["cues"] == nil {
		t.Errorf("evidence %v lacks value_kinds or cues", ev)
	}
	if out[0].Violation != schemas.OffplatformContact {
		t.Errorf("violation %s", out[0].Violation)
	}
}
