package listing_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// moqCase is one generated description and the rule false_moq must report
// on it (or "" for a clean listing) for a listing counted in unit with the
// given MOQ.
type moqCase struct {
	desc, unit string
	moq        float64
	want       string
}

const ruleText = "moq_contradicted_by_description"

func runMOQCases(t *testing.T, cases []moqCase) {
	t.Helper()
	d := listing.NewFalseMOQ(defaultConfig(t))
	for _, c := range cases {
		l := &schemas.Listing{CategoryID: "generic", Unit: c.unit, MOQ: c.moq, PriceTiers: tiers(c.moq, 2, c.moq*100, 1.8),
			Description: "Good goods. " + c.desc + " Lead time 20 days."}
		if r := rule(d, l, nil); r != c.want {
			t.Errorf("%q (unit %s, MOQ %v): got %q, want %q", c.desc, c.unit, c.moq, r, c.want)
		}
	}
	t.Logf("%d generated cases", len(cases))
}

// flaggedAndConsistent makes a case that contradicts an MOQ of 1 and the
// same text with the MOQ it states, which is clean.
func flaggedAndConsistent(desc, unit string, stated float64) []moqCase {
	return []moqCase{{desc, unit, 1, ruleText}, {desc, unit, stated, ""}}
}

// moqForms returns the MOQ statements of a language in moqLangs.
func moqForms(lang string) []string {
	for _, lg := range moqLangs {
		if lg.lang == lang {
			return lg.forms
		}
	}
	panic("no language " + lang)
}

// thousandsShorthand is how each language abbreviates thousands after a
// number ("3k", "3 mil", "3 тыс."), with a piece word.
var thousandsShorthand = map[string]struct {
	marks []string
	piece string
}{
	"en": {[]string{"k", "K", " thousand"}, "pcs"},
	"zh": {[]string{"k", "K", "千"}, "件"},
	"es": {[]string{"k", " mil"}, "piezas"},
	"pt": {[]string{"k", " mil"}, "peças"},
	"fr": {[]string{"k", " mille"}, "pièces"},
	"de": {[]string{"k", "K", " Tsd.", " tausend"}, "Stück"},
	"it": {[]string{"k", " mila"}, "pezzi"},
	"ru": {[]string{"k", " тыс.", " тыс", " тысяч"}, "шт"},
	"tr": {[]string{"k", "K", " bin"}, "adet"},
	"ar": {[]string{"k", " ألف"}, "قطعة"},
	"hi": {[]string{"k", " हज़ार", " हजार"}, "पीस"},
	"id": {[]string{"k", "K", " ribu", "rb"}, "pcs"},
	"vi": {[]string{"k", " nghìn", " ngàn"}, "cái"},
	"th": {[]string{"k", "พัน"}, "ชิ้น"},
	"ja": {[]string{"k", "千"}, "個"},
	"ko": {[]string{"k", "천"}, "개"},
}

// decimalPoint marks the languages whose numbers use a decimal point.
var decimalPoint = map[string]bool{"en": true, "zh": true, "ja": true, "ko": true, "th": true, "hi": true, "ar": true}

// productionMinimum states a minimum production run, which is a minimum
// order, in each language.
var productionMinimum = map[string]string{
	"en": "Minimum production %s per model.", "zh": "最低生产量%s每款。", "es": "Producción mínima %s por modelo.",
	"pt": "Produção mínima de %s por modelo.", "fr": "Production minimale %s par modèle.",
	"de": "Mindestproduktionsmenge %s pro Modell.", "it": "Produzione minima %s per modello.",
	"ru": "Минимальный тираж %s на модель.", "tr": "Minimum üretim %s model başına.",
	"ar": "الحد الأدنى للإنتاج %s لكل موديل.", "hi": "न्यूनतम उत्पादन %s प्रति मॉडल।",
	"id": "Minimal produksi %s per model.", "vi": "Sản xuất tối thiểu %s mỗi mẫu.", "th": "ผลิตขั้นต่ำ %s ต่อรุ่น",
	"ja": "最小生産数は%sです。", "ko": "최소 생산 %s (모델별)",
}

// TestFamilyMOQThousandsShorthand: "3k pcs", "2.5K", "3 mil peças", "3 тыс.
// шт" after an MOQ or minimum-production phrase, in 16 languages.
func TestFamilyMOQThousandsShorthand(t *testing.T) {
	var cases []moqCase
	for lang, th := range thousandsShorthand {
		forms := append([]string{productionMinimum[lang]}, moqForms(lang)...)
		for _, mark := range th.marks {
			for _, n := range []struct {
				text  string
				value float64
			}{{"3", 3000}, {"10", 10000}, {"2.5", 2500}} {
				if n.text == "2.5" && !decimalPoint[lang] {
					continue // "2,5k" is a decimal comma where "," may also group
				}
				qty := separated(lang, n.text+mark, th.piece)
				if strings.HasPrefix(mark, " ") || lang == "zh" || lang == "ja" || lang == "th" {
					qty = n.text + mark + sep(lang) + th.piece
				}
				for _, f := range forms {
					cases = append(cases, flaggedAndConsistent(fmt.Sprintf(f, qty), "piece", n.value)...)
				}
			}
		}
	}
	runMOQCases(t, cases)
}

// sep is the space between a number and its unit word in a language.
func sep(lang string) string {
	switch lang {
	case "zh", "ja", "th", "ko":
		return ""
	}
	return " "
}

// unitWordsByLang are the words for the units listings are counted in, per
// language; CJK and Thai write them without a space.
var unitWordsByLang = map[string]map[string][]string{
	"en": {"dozen": {"dozen", "dozens", "dz"}, "roll": {"rolls"}, "carton": {"cartons", "ctns"}, "set": {"sets"},
		"meter": {"meters", "metres"}, "kilogram": {"kg", "kilograms"}, "ton": {"tons", "tonnes"}, "pair": {"pairs"},
		"square meter": {"m²", "m2", "square meters", "sqm"}},
	"zh": {"dozen": {"打"}, "roll": {"卷"}, "carton": {"箱"}, "set": {"套"}, "meter": {"米"}, "kilogram": {"公斤", "千克"},
		"ton": {"吨"}, "pair": {"双"}, "square meter": {"平方米", "平米"}},
	"es": {"dozen": {"docenas"}, "roll": {"rollos"}, "carton": {"cartones", "cajas"}, "set": {"juegos"}, "meter": {"metros"},
		"kilogram": {"kilos", "kg"}, "ton": {"toneladas"}, "pair": {"pares"}, "square meter": {"metros cuadrados", "m²", "m2"}},
	"pt": {"dozen": {"dúzias"}, "roll": {"rolos"}, "carton": {"caixas"}, "set": {"conjuntos", "jogos"}, "meter": {"metros"},
		"kilogram": {"quilos", "kg"}, "ton": {"toneladas"}, "pair": {"pares"}, "square meter": {"metros quadrados", "m²"}},
	"fr": {"dozen": {"douzaines"}, "roll": {"rouleaux"}, "carton": {"cartons"}, "set": {"ensembles", "lots"},
		"meter": {"mètres"}, "kilogram": {"kg", "kilos"}, "ton": {"tonnes"}, "pair": {"paires"},
		"square meter": {"mètres carrés", "m²"}},
	"de": {"dozen": {"Dutzend"}, "roll": {"Rollen"}, "carton": {"Kartons"}, "set": {"Sets"}, "meter": {"Meter"},
		"kilogram": {"kg", "Kilogramm"}, "ton": {"Tonnen"}, "pair": {"Paar"}, "square meter": {"Quadratmeter", "qm", "m²"}},
	"it": {"dozen": {"dozzine"}, "roll": {"rotoli"}, "carton": {"cartoni"}, "set": {"set"}, "meter": {"metri"},
		"kilogram": {"kg", "chili"}, "ton": {"tonnellate"}, "pair": {"paia"}, "square meter": {"metri quadrati", "mq", "m²"}},
	"ru": {"dozen": {"дюжин"}, "roll": {"рулонов"}, "carton": {"коробок"}, "set": {"комплектов", "наборов"},
		"meter": {"метров", "м"}, "kilogram": {"кг", "килограммов"}, "ton": {"тонн"}, "pair": {"пар"},
		"square meter": {"м²", "кв.м", "кв. м", "квадратных метров"}},
	"tr": {"dozen": {"düzine"}, "roll": {"rulo"}, "carton": {"koli"}, "set": {"set", "takım"}, "meter": {"metre"},
		"kilogram": {"kg", "kilo"}, "ton": {"ton"}, "pair": {"çift"}, "square meter": {"metrekare", "m²"}},
	"ar": {"dozen": {"دزينة"}, "roll": {"لفة"}, "carton": {"كرتونة"}, "set": {"طقم"}, "meter": {"متر"},
		"kilogram": {"كجم", "كيلوغرام"}, "ton": {"طن"}, "pair": {"زوج"}, "square meter": {"متر مربع"}},
	"hi": {"dozen": {"दर्जन"}, "roll": {"रोल"}, "carton": {"कार्टन"}, "set": {"सेट"}, "meter": {"मीटर"},
		"kilogram": {"किलो", "किलोग्राम"}, "ton": {"टन"}, "pair": {"जोड़ी", "जोड़े"}, "square meter": {"वर्ग मीटर"}},
	"id": {"dozen": {"lusin"}, "roll": {"roll", "gulung"}, "carton": {"karton", "dus"}, "set": {"set"}, "meter": {"meter"},
		"kilogram": {"kg"}, "ton": {"ton"}, "pair": {"pasang"}, "square meter": {"meter persegi", "m2"}},
	"vi": {"dozen": {"tá"}, "roll": {"cuộn"}, "carton": {"thùng"}, "set": {"bộ"}, "meter": {"mét"}, "kilogram": {"kg", "ký"},
		"ton": {"tấn"}, "pair": {"đôi"}, "square meter": {"mét vuông", "m2"}},
	"th": {"dozen": {"โหล"}, "roll": {"ม้วน"}, "carton": {"ลัง"}, "set": {"ชุด"}, "meter": {"เมตร"},
		"kilogram": {"กิโล", "กิโลกรัม"}, "ton": {"ตัน"}, "pair": {"คู่"}, "square meter": {"ตารางเมตร"}},
	"ja": {"dozen": {"ダース"}, "roll": {"ロール", "巻"}, "carton": {"ケース", "カートン"}, "set": {"セット"},
		"meter": {"メートル", "m"}, "kilogram": {"キロ", "キログラム", "kg"}, "ton": {"トン"}, "pair": {"足", "ペア"},
		"square meter": {"平方メートル", "㎡"}},
	"ko": {"dozen": {"다스"}, "roll": {"롤"}, "carton": {"박스", "카톤"}, "set": {"세트"}, "meter": {"미터"},
		"kilogram": {"킬로", "킬로그램", "kg"}, "ton": {"톤"}, "pair": {"켤레"}, "square meter": {"제곱미터", "평방미터"}},
}

// TestFamilyMOQUnitWordsLanguages: a minimum stated in the listing's unit
// (dozen, roll, carton, set, metre, kg, ton, pair, m²) in each language's
// word for it, in ASCII, grouped and native digits, contradicts an MOQ of
// one; the same text agrees with the MOQ it states.
func TestFamilyMOQUnitWordsLanguages(t *testing.T) {
	var cases []moqCase
	for _, lg := range moqLangs {
		for unit, words := range unitWordsByLang[lg.lang] {
			for _, w := range words {
				for _, num := range lg.numbers(1000) {
					qty := num + sep(lg.lang) + w
					if lg.lang == "ko" && !strings.ContainsAny(w[:1], "abcdefghijklmnopqrstuvwxyz") {
						qty = num + " " + w
					}
					for _, f := range lg.forms {
						cases = append(cases, flaggedAndConsistent(fmt.Sprintf(f, qty), unit, 1000)...)
					}
				}
			}
		}
	}
	// The examples behind the family.
	cases = append(cases,
		moqCase{"न्यूनतम ऑर्डर: ५०० दर्जन प्रति साइज़।", "dozen", 1, ruleText},
		moqCase{"สั่งซื้อขั้นต่ำ ๑,๐๐๐ ม้วน ต่อสี", "roll", 1, ruleText},
		moqCase{"สั่งซื้อขั้นต่ำ ๑,๐๐๐ม้วนต่อสี", "roll", 1, ruleText},
		moqCase{"MOQ 50 dozen per size.", "piece", 1, ruleText}, // 600 pieces
		moqCase{"MOQ 50 dozen per size.", "piece", 600, ""},
		moqCase{"MOQ 600 pcs (50 dozen).", "dozen", 50, ""},
	)
	runMOQCases(t, cases)
}

// numberWords are quantities written in words per language, with their
// value and a piece word.
var numberWords = map[string]struct {
	words []struct {
		text  string
		value float64
	}
	piece string
}{
	"en": {[]struct {
		text  string
		value float64
	}{{"five hundred", 500}, {"Two thousand five hundred", 2500}, {"a thousand", 1000}, {"one hundred and twenty", 120},
		{"twenty-five thousand", 25000}, {"ten thousand", 10000}}, "pieces"},
	"es": {numbers("quinientas", 500, "dos mil quinientas", 2500, "mil", 1000, "cien", 100, "veinticinco mil", 25000), "piezas"},
	"pt": {numbers("quinhentas", 500, "duas mil e quinhentas", 2500, "mil", 1000, "cem", 100, "dez mil", 10000), "peças"},
	"fr": {numbers("cinq cents", 500, "deux mille cinq cents", 2500, "mille", 1000, "quatre-vingts", 80, "soixante-dix", 70), "pièces"},
	"de": {numbers("fünfhundert", 500, "zweitausendfünfhundert", 2500, "tausend", 1000, "eintausend", 1000, "zweihundert", 200), "Stück"},
	"it": {numbers("cinquecento", 500, "duemilacinquecento", 2500, "mille", 1000, "duecento", 200, "diecimila", 10000), "pezzi"},
	"ru": {numbers("пятьсот", 500, "две тысячи пятьсот", 2500, "тысяча", 1000, "пятисот", 500, "двух тысяч", 2000), "штук"},
	"tr": {numbers("beş yüz", 500, "iki bin beş yüz", 2500, "bin", 1000, "yüz", 100, "on bin", 10000), "adet"},
	"id": {numbers("lima ratus", 500, "dua ribu lima ratus", 2500, "seribu", 1000, "seratus", 100, "dua puluh", 20), "pcs"},
	"vi": {numbers("năm trăm", 500, "hai nghìn năm trăm", 2500, "một nghìn", 1000, "hai mươi", 20), "cái"},
	"hi": {numbers("पाँच सौ", 500, "दो हज़ार", 2000, "एक हज़ार", 1000, "ढाई हजार", 2500), "पीस"},
	"ar": {numbers("خمسمائة", 500, "ألفين", 2000, "ألف", 1000, "ثلاثة آلاف", 3000), "قطعة"},
	"zh": {numbers("五百", 500, "两千", 2000, "两千五百", 2500, "一万", 10000, "三十", 30), "件"},
	"ja": {numbers("五百", 500, "二千", 2000, "千", 1000, "一万", 10000), "個"},
	"ko": {numbers("오백", 500, "이천", 2000, "천", 1000, "만", 10000), "개"},
	"th": {numbers("ห้าร้อย", 500, "สองพัน", 2000, "หนึ่งพัน", 1000, "สองหมื่น", 20000), "ชิ้น"},
}

func numbers(pairs ...any) []struct {
	text  string
	value float64
} {
	var out []struct {
		text  string
		value float64
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, struct {
			text  string
			value float64
		}{pairs[i].(string), float64(pairs[i+1].(int))})
	}
	return out
}

// TestFamilyMOQNumberWords: a minimum written in words ("five hundred
// pieces", "两千件", "пятьсот штук") contradicts an MOQ of one and agrees
// with the MOQ it states.
func TestFamilyMOQNumberWords(t *testing.T) {
	var cases []moqCase
	for lang, nw := range numberWords {
		for _, w := range nw.words {
			qty := w.text + sep(lang) + nw.piece
			for _, f := range moqForms(lang) {
				cases = append(cases, flaggedAndConsistent(fmt.Sprintf(f, qty), "piece", w.value)...)
			}
		}
	}
	cases = append(cases,
		moqCase{"Minimum order: five hundred pieces per size.", "piece", 1, ruleText},
		// Small words, articles and look-alikes stay clean.
		moqCase{"Minimum order: one piece, samples welcome.", "piece", 1, ""},
		moqCase{"Minimum order: a piece or two.", "piece", 1, ""},
		moqCase{"MOQ: two cartons.", "carton", 1, ""}, // small counts read in words are left alone
		moqCase{"最小起订量：三件套。", "set", 1, ""},
		moqCase{"최소 주문 수량이 없습니다, 이상 1개.", "piece", 1, ""},
		moqCase{"Minimum order on request; samples 1 pc.", "piece", 1, ""},
	)
	runMOQCases(t, cases)
}

// packOnly states per language that goods sell only by a larger pack whose
// content is given (%s is the content).
var packOnly = map[string][]string{
	"en": {"Sold by pallet only (1 pallet = %s).", "Only sold by the case of %s.", "We sell by the carton only, %s per carton.",
		"Only full container loads (20 ft, about %s)."},
	"zh": {"仅按托销售（1托=%s）。", "整箱起订，每箱%s。"},
	"es": {"Solo se vende por palé (1 palé = %s).", "Venta únicamente por caja de %s."},
	"pt": {"Vendemos apenas por contêiner de 20 pés (aprox. %s).", "Somente por caixa fechada com %s."},
	"fr": {"Vente par palette uniquement (1 palette = %s).", "Vendu uniquement par carton de %s."},
	"de": {"Verkauf nur palettenweise (1 Palette = %s).", "Nur als ganze Kartons à %s."},
	"it": {"Venduto solo a bancale (1 bancale = %s).", "Vendita solo per cartone da %s."},
	"ru": {"Продаём только паллетами (1 паллета = %s).", "Только целыми коробками по %s."},
	"tr": {"Sadece palet halinde satılır (1 palet = %s).", "Yalnızca koli ile satış, koli içi %s."},
	"ar": {"يباع بالكرتونة فقط (الكرتونة = %s).", "البيع بالمنصة فقط (المنصة = %s)."},
	"hi": {"केवल पैलेट में बेचा जाता है (1 पैलेट = %s)।", "सिर्फ कार्टन में बिक्री (1 कार्टन = %s)।"},
	"id": {"Hanya dijual per karton (1 karton = %s).", "Hanya per palet, isi %s."},
	"vi": {"Chỉ bán theo thùng (1 thùng = %s).", "Chỉ bán nguyên pallet, %s mỗi pallet."},
	"th": {"ขายยกลังเท่านั้น (1 ลัง = %s)", "ขายเป็นพาเลทเท่านั้น 1 พาเลท = %s"},
	"ja": {"ケース単位での販売となります（1ケース＝%s）。", "パレット単位のみ（1パレット=%s）。"},
	"ko": {"박스 단위로만 판매합니다 (1박스 = %s).", "팔레트 단위 판매 (1팔레트 = %s)."},
}

// TestFamilyMOQSoldByPackOnly: goods sold only by a pallet, case, carton or
// container whose content is stated are sold from that content; an MOQ of
// one unit is false. A content in another unit, or a pack or container
// mentioned for shipping only, contradicts nothing.
func TestFamilyMOQSoldByPackOnly(t *testing.T) {
	contents := map[string][]struct {
		text, unit string
		value      float64
	}{}
	for _, lg := range moqLangs {
		w := unitWordsByLang[lg.lang]
		contents[lg.lang] = []struct {
			text, unit string
			value      float64
		}{
			{lg.numbers(48)[0] + sep(lg.lang) + w["carton"][0], "carton", 48},
			{lg.numbers(200)[0] + sep(lg.lang) + lg.pieces[0], "piece", 200},
			{lg.numbers(10000)[0] + sep(lg.lang) + lg.kilos, "kilogram", 10000},
		}
	}
	var cases []moqCase
	for lang, forms := range packOnly {
		for _, f := range forms {
			for _, c := range contents[lang] {
				if c.unit == "carton" && strings.Contains(f, unitWordsByLang[lang]["carton"][0]) {
					continue // a carton of cartons
				}
				cases = append(cases, flaggedAndConsistent(fmt.Sprintf(f, c.text), c.unit, c.value)...)
			}
		}
	}
	cases = append(cases,
		// The examples behind the family.
		moqCase{"Vente par palette uniquement (1 palette = 48 cartons).", "carton", 1, ruleText},
		moqCase{"Vendemos apenas por contêiner de 20 pés (aprox. 10 toneladas = 10.000 kg).", "kilogram", 1, ruleText},
		moqCase{"Only full container loads (20 ft, about 10 tons).", "kilogram", 1, ruleText},
		moqCase{"FCL only: 20GP holds about 12 tons.", "kilogram", 1, ruleText},
		moqCase{"Only full container loads (20 ft, about 10 tons).", "ton", 10, ""},
		// No content stated: nothing to convert, left clean.
		moqCase{"FCL only.", "kilogram", 1, ""},
		moqCase{"Sold by pallet only.", "carton", 1, ""},
		// Packs and containers for shipping only.
		moqCase{"Shipped on pallets of 48 cartons.", "carton", 1, ""},
		moqCase{"We can also load a 20 ft container (about 10 tons).", "kilogram", 1, ""},
		moqCase{"Packing: 1,500 pcs/carton, 48 cartons per pallet.", "carton", 1, ""},
		moqCase{"Sold by carton only (1,500 pcs/carton).", "carton", 1, ""},
		moqCase{"MOQ 1 ton (1 ton = 1000 kg).", "ton", 1, ""},
		moqCase{"Sold by the ton only (1 ton = 1000 kg).", "ton", 1, ""},
		moqCase{"Sample 1 pc available; sold by the carton only, 1 carton.", "carton", 1, ""},
		moqCase{"Custom logo from 500 pcs; sold by carton only for custom orders of 500 pcs.", "piece", 1, ""},
		moqCase{"整箱发货，每箱48件。", "piece", 1, ""},
		moqCase{"Versand auf Paletten zu 48 Kartons.", "carton", 1, ""},
		moqCase{"Shipped by pallet only (48 cartons per pallet).", "carton", 1, ""},
		moqCase{"Доставка только паллетами (1 паллета = 48 коробок).", "carton", 1, ""},
		moqCase{"Envío solo por palé (1 palé = 48 cajas).", "carton", 1, ""},
		moqCase{"仅按托发货（1托=48箱）。", "carton", 1, ""},
		moqCase{"We ship and sell by pallet only (1 pallet = 48 cartons).", "carton", 1, ruleText},
	)
	runMOQCases(t, cases)
}

// TestFamilyMOQHardNegatives: samples, customisation minimums and
// consistent conversions next to a true MOQ stay clean in every language
// form.
func TestFamilyMOQHardNegatives(t *testing.T) {
	var cases []moqCase
	for _, lg := range moqLangs {
		custom := fmt.Sprintf(lg.custom, lg.numbers(500)[0]+sep(lg.lang)+lg.pieces[0])
		cases = append(cases, moqCase{custom, "piece", 1, ""})
		for _, f := range lg.forms {
			// The minimum is the MOQ in a larger unit: 1 ton is 1000 kg.
			ton := fmt.Sprintf(f, "1"+sep(lg.lang)+unitWordsByLang[lg.lang]["ton"][0])
			cases = append(cases, moqCase{ton + " " + lg.numbers(1000)[0] + sep(lg.lang) + lg.kilos + ".", "kilogram", 1000, ""},
				moqCase{ton, "ton", 1, ""})
		}
	}
	cases = append(cases,
		moqCase{"Sample 1 pc available. MOQ 1 piece.", "piece", 1, ""},
		moqCase{"Custom logo from 500 pcs; plain stock from 1 piece.", "piece", 1, ""},
		moqCase{"MOQ 1 carton; 1,500 pcs/carton.", "carton", 1, ""},
		moqCase{"Minimum order 1 pallet, shipped on pallets of 48 cartons.", "pallet", 1, ""},
	)
	runMOQCases(t, cases)
}
