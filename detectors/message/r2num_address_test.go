package message_test

import "testing"

// An e-mail or web address spelt over two messages, cut before its ending,
// or spelt with a localized at/dot and a spelt top-level domain.

// r2AtWords are localized at words, per language, with a bracketed form.
var r2AtWords = map[string][]string{
	"en": {"(at)", "[at]"}, "es": {"arroba", "(arroba)"}, "pt": {"arroba", "[arroba]"}, "fr": {"arobase", "(arobase)"},
	"it": {"chiocciola", "(chiocciola)"}, "de": {"Klammeraffe", "(at)"}, "ru": {"собака", "(собака)"},
	"tr": {"at işareti", "(at)"}, "ar": {"(at)", "[at]"}, "hi": {"(at)", "[at]"}, "id": {"(at)", "[at]"},
	"vi": {"a còng", "(a còng)"}, "th": {"แอท", "(แอท)"}, "zh": {"艾特", "(艾特)"}, "ja": {"アットマーク", "(アット)"},
	"ko": {"골뱅이", "(골뱅이)"},
}

// r2DotWords are localized dot words, per language.
var r2DotWords = map[string][]string{
	"en": {"dot", "[dot]"}, "es": {"punto", "[punto]"}, "pt": {"ponto", "[ponto]"}, "fr": {"point", "(point)"},
	"it": {"punto", "(punto)"}, "de": {"Punkt", "(Punkt)"}, "ru": {"точка", "(точка)"}, "tr": {"nokta", "(nokta)"},
	"ar": {"نقطة", "(dot)"}, "hi": {"डॉट", "(dot)"}, "id": {"titik", "(titik)"}, "vi": {"chấm", "(chấm)"},
	"th": {"ดอท", "(dot)"}, "zh": {"点", "(dot)"}, "ja": {"ドット", "(ドット)"}, "ko": {"점", "(dot)"},
}

// r2Mail is a local part, a domain word and its ending.
var r2Mail = [][3]string{{"vendas", "fiosbr", "com br"}, {"sales", "guvenbot", "com tr"}, {"info", "ecobrush", "net"}}

func r2AddrRest(dot, ending string) string {
	out := ""
	for _, l := range splitSpace(ending) {
		out += " " + dot + " " + l
	}
	return out[1:]
}

func splitSpace(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func r2AddressCases() []gapCase {
	var cs []gapCase
	for lang, ats := range r2AtWords {
		for _, at := range ats {
			for _, dot := range r2DotWords[lang] {
				for _, m := range r2Mail {
					first := m[0] + " " + at + " " + m[1]
					rest := r2AddrRest(dot, m[2])
					cs = append(cs, gapCase{lang, "address_cut", []turn{seller(first)}, op})
					cs = append(cs, gapCase{lang, "address_rest", []turn{seller(first), seller(rest)}, op})
					cs = append(cs, gapCase{lang, "address_asked", []turn{buyer(r2BuyerAsk[lang]), seller(first)}, ""})
				}
			}
		}
		// A website begun in disguise: "www punto fiosbr", then its ending.
		for _, dot := range r2DotWords[lang] {
			for _, m := range r2Mail {
				first := "www " + dot + " " + m[1]
				cs = append(cs, gapCase{lang, "web_cut", []turn{seller(first)}, op})
				cs = append(cs, gapCase{lang, "web_rest", []turn{seller(first), seller(r2AddrRest(dot, m[2]))}, op})
				// The platform's own site, begun and finished: clean.
				cs = append(cs, gapCase{lang, "web_platform", []turn{seller("www " + dot + " alibaba"), seller(dot + " com")}, ""})
			}
		}
	}
	return cs
}

// Near misses: prose with at and dot words, the platform's and carriers' domains.
var r2AddressClean = [][]string{
	{"We are at the factory"}, {"dot matrix printer, 300 pcs"}, {"meet at 3 pm"}, {"Tenemos punto de venta en Lima"},
	{"точка доставки: Москва"}, {"Please order via alibaba dot com"}, {"tracking on dhl dot com"},
	{"We are at the factory", "dot com prices are higher"}, {"Mi perro se llama arroba"}, {"10 arrobas de café"},
	{"my dog is at home"}, {"Tenemos punto de venta", "punto com"}, {"the price at 5 USD", "dot com bubble"},
	{"La entrega es en el punto de venta", "punto de recogida"}, {"hello", "dot com dot vn"},
	{"Order at alibaba", "dot com"}, {"наша собака", "точка ру"},
	{"write to service (at) alibaba", "dot com"}, {"rastreo (arroba) dhl", "punto com"}, {"ver alibaba punto com"},
	{"I am at home", "dot com"}, {"We are at the factory", "[dot] com"}, {"pedido (arroba) 12", "punto com"},
	{"इन दिनों डॉट पेन की मांग है"}, {"price at 5 usd", "dot matrix printer"},
	{"visit www.fiosbr"}, {"www", "dot com"}, {"www dot dhl", "dot com"},
}

// Localized bare at / spelt endings.
var r2AddressBare = []string{
	"satis at guvenbot nokta com nokta tr", "ecobrush डॉट इन", "ecobrush डॉट कॉम", "vendas at fiosbr ponto com ponto br",
	"www ecobrush डॉट कॉम",
}

func TestR2NumAddresses(t *testing.T) {
	cs := r2AddressCases()
	for _, ms := range r2AddressClean {
		ts := make([]turn, len(ms))
		for i, m := range ms {
			ts[i] = seller(m)
		}
		cs = append(cs, gapCase{"xx", "address_near_miss", ts, ""})
	}
	for _, m := range r2AddressBare {
		cs = append(cs, gapCase{"xx", "address_bare_local", []turn{seller(m)}, op})
	}
	cs = append(cs,
		gapCase{"en", "address_only_rest", []turn{seller("email me: sales (at) guvenbot"), seller("dot com dot vn")}, op},
		gapCase{"pt", "address_only_rest", []turn{seller("vendas (arroba) fiosbr"), seller("[ponto] com [ponto] br")}, op},
	)
	runGapCases(t, cs)
}
