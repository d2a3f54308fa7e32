package listing_test

import (
	"fmt"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// decoyNames name a SKU that is not the product (a price-difference or
// shipping link, a fee, a deposit, a sample, an accessory, a placeholder
// price), in every supported language.
var decoyNames = map[string][]string{
	"en": {"Price difference", "Shipping fee link", "Custom logo setup fee", "Hang tag", "Contact us for price"},
	"es": {"Diferencia de precio", "Gastos de envío", "Depósito", "A consultar"},
	"pt": {"Diferença de preço", "Taxa de frete", "Sinal", "Sob consulta"},
	"fr": {"Différence de prix", "Frais de port", "Échantillon", "Acompte"},
	"de": {"Preisdifferenz", "Versandkosten", "Muster", "Preis auf Anfrage"},
	"it": {"Differenza prezzo", "Spese di spedizione", "Campione", "Prezzo su richiesta"},
	"ru": {"Доплата", "Разница в цене", "Цена по запросу", "Пробник"},
	"tr": {"Fiyat farkı", "Kargo ücreti", "Numune", "Kapora"},
	"ar": {"فرق السعر", "رابط الشحن", "عينة", "عربون"},
	"hi": {"कीमत का अंतर", "शिपिंग शुल्क", "सैंपल"},
	"id": {"Selisih harga", "Ongkir", "Sampel", "Tanya harga"},
	"vi": {"Bù giá", "Phí ship", "Hàng mẫu", "Hỏi giá"},
	"th": {"ส่วนต่างราคา", "ค่าส่งเพิ่ม", "ตัวอย่าง", "สอบถามราคา"},
	"ja": {"差額調整", "送料", "サンプル", "お問い合わせ"},
	"ko": {"차액 결제", "배송비 추가", "샘플", "가격 문의"},
	"zh": {"补差价", "运费补拍链接", "样品", "押金", "联系客服"},
}

// TestFamilyAbusedSKUDecoyNames: a SKU named as something else than the
// product is abused at the decoy bar (four times off the variants, below the
// plain far-off bar) in every language; a real variant at the same price,
// or the named thing in a listing selling it, is clean.
func TestFamilyAbusedSKUDecoyNames(t *testing.T) {
	d := listing.NewAbusedSKU(defaultConfig(t))
	mk := func(title, odd string, price float64) *schemas.Listing {
		l := &schemas.Listing{CategoryID: "generic", Unit: "piece", MOQ: 50, Title: title}
		for i, n := range []string{"S", "M", "L", "XL"} {
			l.SKUs = append(l.SKUs, schemas.SKU{SKUID: fmt.Sprintf("S%d", i+1), Name: n, UnitPrice: 3.5})
		}
		l.SKUs = append(l.SKUs, schemas.SKU{SKUID: "S5", Name: odd, UnitPrice: price})
		return l
	}
	n := 0
	for lang, names := range decoyNames {
		for _, name := range names {
			n++
			if got := d.DetectListing(mk("Cotton T-shirt", name, 0.85), nil, nil); len(got) == 0 {
				t.Errorf("%s %q at 0.85 of 3.50: no finding", lang, name)
			}
		}
	}
	// A size at the same price is a cheap variant, not named as a decoy: the
	// plain far-off bar judges it.
	if got := d.DetectListing(mk("Cotton T-shirt", "XXS", 0.85), nil, nil); len(got) != 0 {
		t.Errorf("size XXS at 0.85: %v", got)
	}
	// Selling the named thing: a hang-tag listing's tags are its products.
	if got := d.DetectListing(mk("Printed hang tag for garments", "Hang tag", 0.85), nil, nil); len(got) != 0 {
		t.Errorf("hang tag listing: %v", got)
	}
	if n < 60 {
		t.Fatalf("only %d names", n)
	}
}
