package listing

import (
	"math"
	"testing"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		text     string
		value    float64
		dim      dimension
		attached bool
		bare     bool
	}{
		{"500 pcs", 500, dimCount, false, false},
		{"1,000 m (200 reels", 1000, dimLength, false, false},
		{"1.000 pares", 1000, dimCount, false, false},
		{"1.5 kg", 1.5, dimMass, false, false},
		{"380 m2", 380, dimArea, false, false},
		{"25 square meters", 25, dimArea, false, false},
		{"20GP container", 20, dimNone, true, false},
		{"10k pcs", 10000, dimCount, false, false},
		{"1万件", 10000, dimCount, false, false},
		{"５００个", 500, dimCount, false, false},
		{"500，", 500, dimNone, false, true},
		{"500起", 500, dimNone, false, true},
		{"200 шт", 200, dimCount, false, false},
		{"550 W per", 550, dimPower, false, false},
		{"3 years", 3, dimNone, false, false},
	}
	for _, tt := range tests {
		q, ok := parseQuantity(tt.text, 0)
		if !ok || math.Abs(q.value-tt.value) > 1e-9 || q.unit.dim != tt.dim || q.attached != tt.attached || q.bare != tt.bare {
			t.Errorf("parseQuantity(%q) = %+v, %v; want %v dim %d attached %v bare %v", tt.text, q, ok, tt.value, tt.dim, tt.attached, tt.bare)
		}
	}
}

func TestNumberWordsAt(t *testing.T) {
	tests := []struct {
		text  string
		value float64
		ok    bool
	}{
		{"five hundred pieces", 500, true},
		{"Two thousand five hundred pcs", 2500, true},
		{"a thousand", 1000, true},
		{"one hundred and twenty", 120, true},
		{"five hundred and", 500, true},
		{"twenty-five thousand", 25000, true},
		{"quatre-vingt-dix", 90, true},
		{"deux mille cinq cents", 2500, true},
		{"zweitausendfünfhundert", 2500, true},
		{"duemilacinquecento", 2500, true},
		{"две тысячи пятьсот", 2500, true},
		{"iki bin beş yüz", 2500, true},
		{"on bin", 10000, true},
		{"dua ribu lima ratus", 2500, true},
		{"dua belas", 12, true},
		{"hai nghìn năm trăm", 2500, true},
		{"ढाई हजार", 2500, true},
		{"خمسمائة", 500, true},
		{"ثلاثة آلاف", 3000, true},
		{"两千五百件", 2500, true},
		{"一千零五十", 1050, true},
		{"十二万", 120000, true},
		{"오백개", 500, true},
		{"สองหมื่นห้าพันชิ้น", 25000, true},
		{"a pair", 0, false},
		{"on request", 0, false},
		{"mile", 0, false},
		{"and five", 0, false},
		{"someone", 0, false},
	}
	for _, tt := range tests {
		v, end, ok := numberWordsAt(tt.text, 0)
		if ok != tt.ok || v != tt.value || end > len(tt.text) {
			t.Errorf("numberWordsAt(%q) = %v, %d, %v; want %v, %v", tt.text, v, end, ok, tt.value, tt.ok)
		}
	}
	if _, _, ok := numberWordsAt("someone", 4); ok {
		t.Error("numberWordsAt read \"one\" inside \"someone\"")
	}
}

// FuzzNumberWordsAt: number words are read from merchants' free text at any
// position; reading never panics, stays inside the text and is finite.
func FuzzNumberWordsAt(f *testing.F) {
	for _, s := range []string{"five hundred", "两千五百件", "오백개", "ห้าร้อย", "quatre-vingts-", "a", "on", "خمسمائة"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, i int) {
		if i < 0 || i > len(text) {
			return
		}
		v, end, ok := numberWordsAt(text, i)
		if ok && (end < i || end > len(text) || math.IsNaN(v) || math.IsInf(v, 0) || v < 0) {
			t.Fatalf("numberWordsAt(%q, %d) = %v, %d", text, i, v, end)
		}
	})
}

func TestScanMOQText(t *testing.T) {
	piece, gram, watt := listingUnit("piece"), listingUnit("gram"), listingUnit("watt")
	tests := []struct {
		desc         string
		unit         unitInfo
		stated, pack float64
	}{
		{"MOQ 300 pairs per colour", piece, 300, 0},
		{"最小起订量 500", piece, 500, 0},
		{"Pedido mínimo 200 unidades.", piece, 200, 0},
		{"PEDIDO MÍNIMO: 300.", piece, 300, 0},
		{"Минимальный заказ: 1000 шт.", piece, 1000, 0},
		{"Commande minimum 50 pièces.", piece, 50, 0},
		{"Mindestbestellmenge 100 Stück", piece, 100, 0},
		{"MOQ: 2 kg. Sold by bundle, 100 g per bundle.", gram, 2000, 100},
		{"Custom logo MOQ 1000 pcs.", piece, 0, 0},
		{"印logo起订量1000个。现货起订量10个。", piece, 10, 0},
		{"MOQ 1 piece (550 W); pallets of 20 panels (11,000 W).", watt, 550, 0},
		{"Panel power 550W/piece.", watt, 0, 550},
		{"Minimum freight charges apply to 2 kg parcels.", gram, 0, 0},
		{"Price: $0.55 per piece, MOQ at USD 120.", piece, 0, 0},
		{"", piece, 0, 0},
	}
	for _, tt := range tests {
		mt := scanMOQText(tt.desc, tt.unit, "USD", 64)
		if mt.stated != tt.stated || mt.pack != tt.pack {
			t.Errorf("scanMOQText(%q) = stated %v pack %v, want %v %v", tt.desc, mt.stated, mt.pack, tt.stated, tt.pack)
		}
	}
}

func TestPhraseSetWordBoundaries(t *testing.T) {
	s := newPhraseSet(specs(1, "moq", "card", "accessor*", "起订量"))
	tests := map[string]bool{
		"MOQ: 5":          true,
		"moquette fabric": false,
		"Cards":           true,
		"cardigan":        false,
		"ACCESSORIES":     true,
		"最小起订量500":        true,
		"no match here":   false,
	}
	for text, want := range tests {
		if got := s.contains(text); got != want {
			t.Errorf("contains(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestConfigLimitsParse(t *testing.T) {
	// Every limit tag must parse; mustInterval panics on a bad one.
	var th Thresholds
	n := 0
	walkThresholds(&th, "", func(string, *float64, interval) { n++ })
	if n < 30 {
		t.Fatalf("walked %d thresholds", n)
	}
}

// FuzzScanMOQText: descriptions are merchants' free text; reading them never
// panics, and what is read lies inside the text and is a real quantity.
func FuzzScanMOQText(f *testing.F) {
	for _, s := range []string{
		"MOQ 300 pairs per colour", "最小注文数量は1パレット（31枚・約17,000W）からです。", "الحد الأدنى للطلب ٥٠٠٠ قطعة",
		"Quantité minimale : 5\u202f000 pièces", "न्यूनतम ऑर्डर 1,00,000 पीस", "สั่งซื้อขั้นต่ำ ๕,๐๐๐ชิ้น",
		"Mindestbestellmenge: 1 Palette (ca. 17.000 W).", "MOQ 5'000 pcs", "1,00,", "5 00", "\xe0\xb9", "\xd9",
		"Minimum order: two thousand five hundred pieces", "起订量两千五百件", "최소주문 오백개", "สั่งซื้อขั้นต่ำห้าร้อยชิ้น",
		"Vente par palette uniquement (1 palette = 48 cartons)", "FCL only", "минимальный тираж 3 тыс. шт",
		"Mindestbestellmenge zweitausendfünfhundert Stück", "الحد الأدنى للطلب خمسمائة قطعة", "quatre-vingts-",
	} {
		f.Add(s)
	}
	units := []unitInfo{listingUnit("piece"), listingUnit("watt"), listingUnit("kilogram")}
	f.Fuzz(func(t *testing.T, desc string) {
		for _, u := range units {
			mt := scanMOQText(desc, u, "USD", 64)
			for _, v := range []float64{mt.stated, mt.pack, mt.value} {
				if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("scanMOQText(%q) read %v", desc, v)
				}
			}
			for _, sp := range [][2]int{{mt.statedFrom, mt.statedTo}, {mt.packFrom, mt.packTo}, {mt.valueFrom, mt.valueTo}} {
				if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(desc) {
					t.Fatalf("scanMOQText(%q) span %v outside the text", desc, sp)
				}
			}
		}
	})
}
