package message_test

import (
	"strings"
	"testing"
)

// Contact addresses spelt out with words for "at" and "dot", or bracketed
// marks, in every supported language: e-mail addresses and the merchant's
// website. Near misses: the words in ordinary prose, the platform's and the
// carriers' domains, the buyer's own address given back.

// leftAt and leftDot are the at and dot marks per language.
var (
	leftAt = map[string][]string{
		"en": {"at", "(at)", "[at]"}, "es": {"arroba", "(arroba)"}, "pt": {"arroba"}, "fr": {"arobase", "(at)"},
		"it": {"chiocciola"}, "de": {"at", "(at)"}, "ru": {"собака"}, "tr": {"at işareti", "at"}, "id": {"at"},
		"vi": {"a còng"}, "th": {"แอท"}, "zh": {"at", "艾特"}, "ja": {"アット", "アットマーク"}, "ko": {"골뱅이", "앳"},
		"ar": {"at"}, "hi": {"at"},
	}
	leftDot = map[string][]string{
		"en": {"dot", "(dot)", "[dot]"}, "es": {"punto", "(punto)"}, "pt": {"ponto"}, "fr": {"point", "[point]"},
		"it": {"punto"}, "de": {"punkt", "(punkt)"}, "ru": {"точка"}, "tr": {"nokta"}, "id": {"titik"}, "vi": {"chấm"},
		"th": {"จุด"}, "zh": {"点"}, "ja": {"ドット"}, "ko": {"닷", "점"}, "ar": {"نقطة"}, "hi": {"डॉट"},
	}
	// leftMailIntro and leftWebIntro give the address, per language.
	leftMailIntro = map[string]string{
		"en": "Email me: {X}", "es": "Escríbeme a {X}", "pt": "Meu e-mail: {X}", "fr": "Mon e-mail : {X}",
		"it": "Scrivimi a {X}", "de": "Meine E-Mail: {X}", "ru": "Пишите на почту {X}", "tr": "E-postam: {X}",
		"id": "Email saya {X}", "vi": "Email của mình: {X}", "th": "อีเมล {X} ค่ะ", "zh": "我的邮箱 {X}",
		"ja": "メールは {X} です", "ko": "이메일은 {X} 입니다", "ar": "بريدي {X}", "hi": "Mera email {X} hai",
	}
	leftWebIntro = map[string]string{
		"en": "Our site is {X}, message me from there.", "es": "Nuestra web es {X}", "pt": "Nosso site: {X}",
		"fr": "Notre site : {X}", "it": "Il nostro sito è {X}", "de": "Unsere Webseite: {X}", "ru": "Наш сайт {X}",
		"tr": "Web sitemiz {X}", "id": "Situs kami {X}", "vi": "Trang web của chúng tôi {X}", "th": "เว็บไซต์ของเรา {X}",
		"zh": "我们的网站 {X}", "ja": "サイトは {X} です", "ko": "사이트는 {X} 입니다", "ar": "موقعنا {X}", "hi": "Hamari website {X} hai",
	}
	leftLocals = []string{"sales", "jack.trade", "anna_2026"}
	leftHosts  = []string{"gmail", "163", "mystore-factory"}
)

// spellMark joins labels with a mark: spaced when the mark is a word, glued
// when bracketed or in a script written without spaces.
func spellMark(a, mark, b string) string {
	if strings.ContainsAny(mark[:1], "([{<") || mark == "点" {
		return a + mark + b
	}
	return a + " " + mark + " " + b
}

func leftSpelledCases() []gapCase {
	var cs []gapCase
	for lang, ats := range leftAt {
		for _, at := range ats {
			for _, dot := range leftDot[lang] {
				for _, loc := range leftLocals {
					for _, h := range leftHosts {
						if at == "at" && h == "mystore-factory" && !strings.ContainsAny(dot, "([") {
							continue // a bare "at" before a domain that is no mail provider is prose
						}
						x := spellMark(spellMark(loc, at, h), dot, "com")
						cs = append(cs, gapCase{lang, "op_spelt_email", []turn{seller(strings.ReplaceAll(leftMailIntro[lang], "{X}", x))}, op})
					}
				}
			}
		}
		for _, dot := range leftDot[lang] {
			for _, x := range []string{spellMark(spellMark("www", dot, "mystore-factory"), dot, "com"), spellMark("mystore-factory", dot, "com.br")} {
				cs = append(cs, gapCase{lang, "op_spelt_website", []turn{seller(strings.ReplaceAll(leftWebIntro[lang], "{X}", x))}, op})
			}
			// The platform's and a carrier's domains spelt: what they are plainly.
			for _, host := range []string{"alibaba", "dhl"} {
				x := spellMark(spellMark("www", dot, host), dot, "com")
				cs = append(cs, gapCase{lang, "clean_spelt_platform", []turn{seller(strings.ReplaceAll(leftWebIntro[lang], "{X}", x))}, ""})
			}
			// The buyer gave the address first.
			x := spellMark(spellMark("john", leftAt[lang][0], "gmail"), dot, "com")
			cs = append(cs, gapCase{lang, "clean_buyer_address", []turn{buyer("My email is john@gmail.com, please send the invoice there."),
				seller(strings.ReplaceAll(leftMailIntro[lang], "{X}", x))}, ""})
		}
	}
	// Bracketed signs, and the sign '@' written with a spelt dot.
	for _, x := range []string{"sales(@)gmail(.)com", "sales[@]163[.]com", "sales@gmail[.]com", "sales @ mystore-factory (.) com", "sales @gmail punto com"} {
		cs = append(cs, gapCase{"en", "op_bracketed_signs", []turn{seller("Email me: " + x)}, op})
	}
	for lang, dots := range leftDot {
		x := "sales@gmail " + dots[0] + " com"
		if dots[0] == "点" {
			x = "sales@gmail点com"
		}
		cs = append(cs, gapCase{lang, "op_sign_at_spelt_dot", []turn{seller(strings.ReplaceAll(leftMailIntro[lang], "{X}", x))}, op})
	}
	for _, x := range []string{"www[.]mystore-factory[.]com", "mystore-factory(.)com"} {
		cs = append(cs, gapCase{"en", "op_bracketed_signs", []turn{seller("Our site is " + x)}, op})
	}
	// The words in ordinary prose.
	for lang, ts := range map[string][]string{
		"en": {"The red dot on the box is the logo.", "We make polka dot fabric.", "Install v2 dot 1 firmware first.",
			"Meet me at the factory dot com is our slogan.", "At this point, com port settings are fixed.",
			"Our website is listed in the catalogue.", "Dot matrix printing at the factory, 3 colours.",
			"Visit our site, at this point it is updated.", "Our website has polka dot in stock.",
			"Our website survived the dot com bubble.", "Meet me at gmail office, point is to talk."},
		"es": {"Llegamos a las tres en punto.", "El punto 3 del contrato dice 30 días.", "Tela de lunares, punto com ercial.",
			"Nuestra web tiene el punto de venta en Madrid."},
		"pt": {"Chegamos às três em ponto.", "O ponto de venda fica no centro."},
		"fr": {"Le point important est la qualité.", "Au point de vente, 3 couleurs.", "Sur notre site, le point de vente est à Paris."},
		"de": {"Der Punkt ist die Qualität.", "Punkt 3 des Vertrags: 30 Tage.", "Unsere Webseite zeigt den Punkt de Vertrieb."},
		"it": {"Il punto vendita è in centro.", "Sul nostro sito il punto vendita è in centro."},
		"ru": {"Точка доступа Wi-Fi встроена.", "Собака на картинке — наш логотип."},
		"tr": {"Nokta atışı kalite kontrol yapıyoruz."},
		"vi": {"Chấm điểm chất lượng 9/10."},
		"zh": {"点击下单即可，3点发货。", "我们的网站正在维护。"},
		"ja": {"ドット柄の生地です。"},
		"ko": {"매장점 3곳에서 판매합니다."},
	} {
		for _, tx := range ts {
			cs = append(cs, gapCase{lang, "clean_mark_words", []turn{seller(tx)}, ""})
		}
	}
	return cs
}

func TestLeft2SpelledAddresses(t *testing.T) { runGapCases(t, leftSpelledCases()) }
