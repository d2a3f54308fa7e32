package listing_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// moqLang is how one language states a minimum order of pieces: the
// statement's forms (%s is the quantity with its unit word), its piece and
// kilogram words, and how it writes thousands.
type moqLang struct {
	lang    string
	forms   []string
	pieces  []string
	kilos   string
	numbers func(int) []string
	// custom states a customisation minimum, which must not count.
	custom string
}

// Thousands styles ("5,000", "5.000", "5 000" with a space, no-break or
// narrow no-break space, "5'000") and native digits.
func commaGroups(n int) []string { return []string{group(n, ","), fmt.Sprint(n)} }
func dotGroups(n int) []string   { return []string{group(n, "."), fmt.Sprint(n)} }
func spaceGroups(n int) []string {
	return []string{group(n, " "), group(n, "\u00a0"), group(n, "\u202f"), fmt.Sprint(n)}
}

func group(n int, sep string) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// nativeDigits writes n in a script's digits, from zero's code point.
func nativeDigits(n int, zero rune) string {
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		b.WriteRune(zero + c - '0')
	}
	return b.String()
}

// indianGroups writes n as "1,00,000" (lakh grouping).
func indianGroups(n int) string {
	s := fmt.Sprint(n)
	if len(s) <= 3 {
		return s
	}
	head, tail := s[:len(s)-3], s[len(s)-3:]
	var parts []string
	for len(head) > 2 {
		parts = append([]string{head[len(head)-2:]}, parts...)
		head = head[:len(head)-2]
	}
	parts = append([]string{head}, parts...)
	return strings.Join(parts, ",") + "," + tail
}

var moqLangs = []moqLang{
	{lang: "en", forms: []string{"Minimum order quantity: %s.", "MOQ %s per colour.", "Min. order %s, mixed sizes OK."},
		pieces: []string{"pcs", "pieces"}, kilos: "kg", numbers: commaGroups, custom: "Custom logo minimum order %s."},
	{lang: "zh", forms: []string{"最小起订量%s。", "起订量：%s，可混批。"}, pieces: []string{"件", "个"}, kilos: "公斤",
		numbers: func(n int) []string { return []string{fmt.Sprint(n), group(n, ",")} }, custom: "定制logo起订量%s。"},
	{lang: "es", forms: []string{"Pedido mínimo: %s por color.", "Cantidad mínima de compra %s."},
		pieces: []string{"piezas", "unidades"}, kilos: "kilos", numbers: dotGroups, custom: "Con logotipo personalizado, pedido mínimo %s."},
	{lang: "pt", forms: []string{"Pedido mínimo de %s.", "Quantidade mínima: %s por cor."},
		pieces: []string{"peças", "unidades"}, kilos: "quilos", numbers: dotGroups, custom: "Com logotipo personalizado, pedido mínimo %s."},
	{lang: "fr", forms: []string{"Quantité minimale de commande : %s par couleur.", "Minimum de commande %s."},
		pieces: []string{"pièces", "unités"}, kilos: "kg", numbers: spaceGroups, custom: "Logo personnalisé : commande minimum %s."},
	{lang: "de", forms: []string{"Mindestbestellmenge: %s.", "Mindestabnahme %s je Farbe."},
		pieces: []string{"Stück", "Stk"}, kilos: "kg", numbers: dotGroups, custom: "Mit individuellem Logo Mindestbestellmenge %s."},
	{lang: "it", forms: []string{"Quantità minima d'ordine: %s.", "Ordine minimo %s per colore."},
		pieces: []string{"pezzi", "pz"}, kilos: "chili", numbers: dotGroups, custom: "Con logo personalizzato ordine minimo %s."},
	{lang: "ru", forms: []string{"Минимальный заказ — %s.", "Минимальная партия %s на цвет.", "Заказ от %s."},
		pieces: []string{"шт", "штук"}, kilos: "кг", numbers: spaceGroups, custom: "С логотипом минимальный заказ %s."},
	{lang: "tr", forms: []string{"Minimum sipariş miktarı %s.", "Asgari sipariş %s, renk başına."},
		pieces: []string{"adet"}, kilos: "kg", numbers: dotGroups, custom: "Logo baskılı ürünlerde minimum sipariş %s."},
	{lang: "ar", forms: []string{"الحد الأدنى للطلب %s.", "أقل كمية للطلب %s لكل لون."},
		pieces: []string{"قطعة", "حبة"}, kilos: "كجم",
		numbers: func(n int) []string { return []string{fmt.Sprint(n), group(n, ","), nativeDigits(n, '٠')} },
		custom:  "مع شعار مخصص الحد الأدنى للطلب %s."},
	{lang: "hi", forms: []string{"न्यूनतम ऑर्डर %s।", "न्यूनतम मात्रा: %s प्रति रंग।"},
		pieces: []string{"पीस", "pcs"}, kilos: "किलो",
		numbers: func(n int) []string { return []string{group(n, ","), indianGroups(n), nativeDigits(n, '०')} },
		custom:  "कस्टम लोगो के साथ न्यूनतम ऑर्डर %s।"},
	{lang: "id", forms: []string{"Minimal order %s.", "Minimum pemesanan %s per warna."},
		pieces: []string{"pcs", "buah"}, kilos: "kg", numbers: dotGroups, custom: "Dengan sablon logo, minimal order %s."},
	{lang: "vi", forms: []string{"Số lượng đặt hàng tối thiểu %s.", "Đơn tối thiểu %s mỗi màu."},
		pieces: []string{"cái", "chiếc"}, kilos: "kg", numbers: dotGroups, custom: "In logo theo yêu cầu, đơn tối thiểu %s."},
	{lang: "th", forms: []string{"สั่งซื้อขั้นต่ำ %s", "จำนวนขั้นต่ำ %sต่อสี"},
		pieces: []string{"ชิ้น"}, kilos: "กิโล",
		numbers: func(n int) []string { return []string{group(n, ","), fmt.Sprint(n), nativeDigits(n, '๐')} },
		custom:  "สกรีนโลโก้ สั่งซื้อขั้นต่ำ %s"},
	{lang: "ja", forms: []string{"最小注文数量は%sからです。", "最低発注数：%s。"},
		pieces: []string{"個", "枚"}, kilos: "キロ",
		numbers: func(n int) []string { return []string{group(n, ","), fmt.Sprint(n), fullWidth(n)} },
		custom:  "名入れの場合、最小注文数量は%sです。"},
	{lang: "ko", forms: []string{"최소 주문 수량 %s", "최소주문 %s (색상별)"},
		pieces: []string{"개", "세트"}, kilos: "킬로", numbers: commaGroups, custom: "로고 인쇄 시 최소 주문 %s"},
}

func fullWidth(n int) string { return nativeDigits(n, '０') }

// separated joins a number and its unit word as the language does: no space
// in Chinese, Japanese, Korean counters and Thai; a space elsewhere.
func separated(lang, num, unit string) string {
	switch lang {
	case "zh", "ja", "th":
		return num + unit
	case "ko":
		if unit == "개" {
			return num + unit
		}
	}
	return num + " " + unit
}

// TestFamilyMOQStatedInTextLanguages: a description stating a minimum order
// far above the MOQ field, in sixteen languages, their thousands styles and
// digits, contradicts the field; the same statement agrees with an equal
// MOQ; a customisation minimum does not count.
func TestFamilyMOQStatedInTextLanguages(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	n := 0
	for _, lg := range moqLangs {
		for _, stated := range []int{5000, 12000, 250000} {
			for _, num := range lg.numbers(stated) {
				for _, unit := range append(lg.pieces, lg.kilos) {
					listingUnit := "piece"
					if unit == lg.kilos {
						listingUnit = "kilogram"
					}
					qty := separated(lg.lang, num, unit)
					for _, f := range lg.forms {
						desc := "Good goods. " + fmt.Sprintf(f, qty) + " Lead time 20 days."
						l := &schemas.Listing{CategoryID: "generic", Unit: listingUnit, MOQ: 1, PriceTiers: tiers(1, 2, float64(stated), 1.8),
							Description: desc}
						n++
						if r := rule(d, l, nil); r != "moq_contradicted_by_description" {
							t.Errorf("%s %q (unit %s): got %q", lg.lang, desc, listingUnit, r)
						}
						l.MOQ, l.PriceTiers = float64(stated), tiers(float64(stated), 1.8)
						if r := rule(d, l, nil); r != "" {
							t.Errorf("%s consistent %q: got %q", lg.lang, desc, r)
						}
					}
					custom := "Good goods. " + fmt.Sprintf(lg.custom, qty)
					l := &schemas.Listing{CategoryID: "generic", Unit: listingUnit, MOQ: 1, PriceTiers: tiers(1, 2, 100, 1.9), Description: custom}
					if r := rule(d, l, nil); r != "" {
						t.Errorf("%s customisation %q: got %q", lg.lang, custom, r)
					}
				}
			}
		}
	}
	t.Logf("%d generated statements", n)
}

// TestFamilyMOQInShippingPacks: a minimum stated as shipping packs with
// their content ("1 pallet (31 panels, about 17,000 W)") is the content; a
// bare pack count without content is not read as a quantity at all.
func TestFamilyMOQInShippingPacks(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	tests := []struct {
		desc string
		moq  float64
		want string
	}{
		{"Minimum order: 1 pallet (31 panels, about 17,000 W).", 1, "moq_contradicted_by_description"},
		{"MOQ 2 pallets = 62 panels / 34,100 W.", 1, "moq_contradicted_by_description"},
		{"最小注文数量は1パレット（31枚・約17,000W）からです。", 1, "moq_contradicted_by_description"},
		{"起订量1托（31片，约17000W）。", 1, "moq_contradicted_by_description"},
		{"Pedido mínimo: 1 palé (31 paneles, 17.000 W).", 1, "moq_contradicted_by_description"},
		{"Commande minimum : 1 palette (31 panneaux, 17 000 W).", 1, "moq_contradicted_by_description"},
		{"Mindestbestellmenge: 1 Palette (31 Module, ca. 17.000 W).", 1, "moq_contradicted_by_description"},
		{"Минимальный заказ: 1 паллет (31 панель, 17 000 Вт).", 1, "moq_contradicted_by_description"},
		{"최소 주문: 1팔레트 (31장, 약 17,000W)", 1, "moq_contradicted_by_description"},
		{"Minimum order: 1 pallet.", 1, ""},
		{"MOQ 1 carton, shipped by sea.", 1, ""},
		{"Minimum order 1 panel (550 W).", 550, ""},
		{"Minimum order: 1 pallet (31 panels, about 17,000 W).", 17000, ""},
	}
	for _, tt := range tests {
		l := &schemas.Listing{CategoryID: "solar-panels", Unit: "watt", MOQ: tt.moq, PriceTiers: tiers(tt.moq, 0.14, 100000, 0.13),
			Description: tt.desc}
		if r := rule(d, l, nil); r != tt.want {
			t.Errorf("%q: got %q, want %q", tt.desc, r, tt.want)
		}
	}
}
