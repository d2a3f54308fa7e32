package listing_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// plainVersionNames name the plain, uncustomised product in a customisation
// offer, per language.
var plainVersionNames = map[string][]string{
	"en": {"Standard version (no customization)", "Plain, no logo", "Blank", "Standard model without logo"},
	"es": {"Versión estándar (sin personalizar)", "Sin logo"},
	"pt": {"Versão padrão (sem personalização)", "Sem logo"},
	"fr": {"Version standard (sans personnalisation)", "Sans logo"},
	"de": {"Standardversion (ohne Logo)", "Unbedruckt"},
	"it": {"Versione standard (senza personalizzazione)", "Senza logo"},
	"ru": {"Стандартная версия (без логотипа)", "Без нанесения"},
	"tr": {"Standart versiyon (logosuz)", "Baskısız"},
	"id": {"Versi standar (tanpa logo)", "Polos"},
	"vi": {"Phiên bản tiêu chuẩn (không in logo)"},
	"zh": {"标准版（无定制）", "不定制", "标准款"},
	"ja": {"無地", "標準版（ロゴなし）"},
	"ko": {"기본형", "로고 없음"},
	"ar": {"النسخة القياسية (بدون تخصيص)", "بدون شعار"},
	"hi": {"मानक संस्करण (बिना लोगो)"},
	"th": {"รุ่นมาตรฐาน (ไม่มีโลโก้)"},
}

// customOfferNames name a real customisation, whose own minimum is no
// contradiction of the stock MOQ.
var customOfferNames = []string{
	"Customized logo", "Logo printing on blank mugs", "Plain body with custom logo", "Logo personnalisé",
	"Logotipo personalizado", "定制logo", "ロゴ印刷", "로고 인쇄", "طباعة شعار", "Özel logo baskı", "Cetak logo",
}

// TestFamilyMOQPlainVersionOffer: a customisation offer that names the plain
// product with a minimum above the MOQ is the real MOQ, in every language;
// a customisation's own minimum, or a plain offer at the MOQ, is clean.
func TestFamilyMOQPlainVersionOffer(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	const want = "moq_below_plain_version_minimum"
	check := func(offers []schemas.CustomizationOffer, moq float64, want string) {
		t.Helper()
		l := &schemas.Listing{CategoryID: "generic", Unit: "set", MOQ: moq, PriceTiers: tiers(moq, 52, moq*10, 48),
			Description: "All-in-one solar street light. Price shown for the standard version.", Customization: offers}
		if r := rule(d, l, nil); r != want {
			t.Errorf("offers %v, MOQ %v: got %q, want %q", offers, moq, r, want)
		}
	}
	n := 0
	for _, names := range plainVersionNames {
		for _, name := range names {
			plain := schemas.CustomizationOffer{Option: name, MinQty: 100}
			logo := schemas.CustomizationOffer{Option: "Customized logo", MinQty: 200}
			check([]schemas.CustomizationOffer{plain, logo}, 1, want)
			check([]schemas.CustomizationOffer{logo, plain}, 10, want)
			check([]schemas.CustomizationOffer{plain, logo}, 100, "") // the plain offer agrees with the MOQ
			check([]schemas.CustomizationOffer{plain, logo}, 60, "")  // within text_ratio of it
			n += 4
		}
	}
	for _, name := range customOfferNames {
		check([]schemas.CustomizationOffer{{Option: name, MinQty: 200}}, 1, "")
		n++
	}
	t.Logf("%d generated cases", n)
}

// TestFamilyMOQRangeLowEnd: a minimum stated as a range ("300-500 pcs", "每色
// 每码300-500件") is its low end, in every language's MOQ forms.
func TestFamilyMOQRangeLowEnd(t *testing.T) {
	var cases []moqCase
	for _, lg := range moqLangs {
		for _, form := range lg.forms {
			for _, piece := range lg.pieces {
				for _, dash := range []string{"-", "–", "~", " - "} {
					desc := fmt.Sprintf(form, "300"+dash+"500"+sep(lg.lang)+piece)
					cases = append(cases,
						moqCase{desc, "piece", 1, ruleText},
						moqCase{desc, "piece", 200, ""}, // 300 is 1.5x; the high end would be 2.5x
						moqCase{desc, "piece", 300, ""})
				}
			}
		}
	}
	for _, desc := range []string{
		"起订量：每色每码300-500件，1件为样衣价。", "起订量：每色每码300至500件。", "最小起订量：每款每色300~500件，1件为样品价。",
		"MOQ: per colour per size 300-500 pcs, the 1-piece price is a sample price.",
	} {
		cases = append(cases, moqCase{desc, "piece", 1, ruleText}, moqCase{desc, "piece", 200, ""})
	}
	// Near misses: a range of days or of sizes is no minimum.
	for _, desc := range []string{"MOQ 1 piece, delivery 300-500 days.", "起订量1件，尺码300-500毫米可选。"} {
		cases = append(cases, moqCase{desc, "piece", 1, ""})
	}
	runMOQCases(t, cases)
}

// TestFamilyMOQSamplePriceVietnamese: "the 1-piece price is only a sample
// price; the actual minimum order is fifty pieces", with Vietnamese number
// words and digits.
func TestFamilyMOQSamplePriceVietnamese(t *testing.T) {
	var cases []moqCase
	for _, n := range []struct {
		words string
		value float64
	}{{"năm mươi", 50}, {"hai mươi", 20}, {"một trăm", 100}, {"hai trăm năm mươi", 250}, {"một nghìn", 1000},
		{"hai ngàn", 2000}, {"50", 50}, {"300", 300}} {
		for _, form := range []string{
			"Giá 1 cái chỉ là giá mẫu; đơn hàng thực tế tối thiểu %s cái.",
			"Giá 1 cái là giá mẫu, mỗi đơn tối thiểu %s cái.",
			"Đơn hàng tối thiểu %s cái.",
		} {
			cases = append(cases, flaggedAndConsistent(fmt.Sprintf(form, n.words), "piece", n.value)...)
		}
	}
	// Near miss: a minimum temperature is no minimum order.
	cases = append(cases, moqCase{"Nhiệt độ tối thiểu năm mươi độ.", "piece", 1, ""})
	runMOQCases(t, cases)
}

// TestFamilyMOQContainerContent: a minimum of one container with its
// approximate content in the listing's unit, in any digit script, is that
// content.
func TestFamilyMOQContainerContent(t *testing.T) {
	digits := []func(int) string{
		func(n int) string { return fmt.Sprint(n) },
		func(n int) string { return nativeDigits(n, '٠') },
		func(n int) string { return nativeDigits(n, '०') },
	}
	forms := []string{
		"Minimum order one 20ft container (about %s tons).",
		"MOQ: 1 x 20' container (approx. %s tons).",
		"الحد الأدنى للطلب حاوية واحدة ٢٠ قدم (حوالي %s طنًا).",
		"الحد الأدنى للطلب حاوية واحدة ٢٠ قدم (حوالي %s طن).",
		"Pedido mínimo: un contenedor de 20 pies (aprox. %s toneladas).",
		"Минимальный заказ — один 20-футовый контейнер (около %s тонн).",
		"最小起订量：一个20尺集装箱（约%s吨）。",
		"Minimum sipariş bir 20 ft konteyner (yaklaşık %s ton).",
	}
	var cases []moqCase
	for _, form := range forms {
		for _, dg := range digits {
			desc := fmt.Sprintf(form, dg(25))
			cases = append(cases, flaggedAndConsistent(desc, "ton", 25)...)
		}
	}
	// Near miss: containers named for shipping, with no minimum.
	cases = append(cases,
		moqCase{"Shipped in 20ft containers (about 25 tons each). Minimum order 1 ton.", "ton", 1, ""},
		moqCase{strings.Repeat("Loaded in 20ft containers. ", 2), "ton", 1, ""})
	runMOQCases(t, cases)
}

// itemsByLang state, per language, that goods are sold in whole items of a
// length (%[1]s) and that an order takes at least a count of them (%[2]s).
var itemsByLang = map[string][]string{
	"en": {"Sold only in whole pipes of %[1]s m each, minimum %[2]s pipes per order.", "Minimum %[2]s rods; rods are %[1]s m each."},
	"ru": {"Продаём только целыми трубами по %[1]s м, минимум %[2]s труб в заказе.", "Не менее %[2]s труб, трубы по %[1]s м."},
	"es": {"Se vende en tubos de %[1]s metros, mínimo %[2]s tubos por pedido."},
	"pt": {"Vendido em tubos de %[1]s metros, mínimo %[2]s tubos por pedido."},
	"fr": {"Vendu en tubes de %[1]s m, au moins %[2]s tubes par commande."},
	"de": {"Nur ganze Rohre zu je %[1]s m, mindestens %[2]s Rohre pro Bestellung."},
	"it": {"Venduto in tubi da %[1]s metri, almeno %[2]s tubi per ordine."},
	"tr": {"Borular %[1]s metre, en az %[2]s boru sipariş."},
	"id": {"Dijual per batang pipa %[1]s meter, minimal %[2]s batang per pesanan."},
	"zh": {"每根%[1]s米，最少%[2]s根起订。", "整根出售，每根%[1]s米，至少%[2]s根。"},
}

// TestFamilyMOQItemsTimesContent: a minimum count of whole items times each
// item's stated length is the minimum in the listing's unit; a count of
// something else (weeks, colours) or items without a stated length is clean.
func TestFamilyMOQItemsTimesContent(t *testing.T) {
	var cases []moqCase
	for _, forms := range itemsByLang {
		for _, form := range forms {
			for _, n := range []struct{ length, count string }{{"6", "100"}, {"4", "50"}, {"12", "25"}} {
				desc := fmt.Sprintf(form, n.length, n.count)
				var length, count float64
				fmt.Sscan(n.length, &length)
				fmt.Sscan(n.count, &count)
				cases = append(cases, flaggedAndConsistent(desc, "meter", length*count)...)
			}
		}
	}
	for _, desc := range []string{
		"Pipes of 6 m each, minimum 3 weeks lead time.",
		"Продаём трубами по 6 м, минимум 5 цветов на выбор.",
		"Minimum 100 pipes per order.",
		"每根6米，至少3天发货。",
	} {
		cases = append(cases, moqCase{desc, "meter", 1, ""})
	}
	// Pieces need no conversion: a piece listing is not read this way.
	cases = append(cases, moqCase{"Pipes of 6 m each, minimum 100 pipes per order.", "piece", 100, ""})
	runMOQCases(t, cases)
}
