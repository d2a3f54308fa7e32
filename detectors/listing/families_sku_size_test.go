package listing_test

import (
	"fmt"
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// sizeLadders are variant sizes whose price rises with them, as a pipe's
// diameter, a bottle's volume or a power bank's capacity do, written the
// ways SKU names and attributes write them.
var sizeLadders = []struct {
	attr   string // attribute key, by language
	format string // the size as written
	sizes  []float64
	prices []float64
}{
	{"Diameter", "%g mm", []float64{20, 32, 50, 110, 160}, []float64{0.28, 0.55, 1.1, 3.4, 6.9}},
	{"Çap", "%g mm", []float64{20, 32, 50, 110, 160}, []float64{0.28, 0.55, 1.1, 3.4, 6.9}},
	{"Диаметр", "%g мм", []float64{16, 25, 40, 90, 200}, []float64{0.2, 0.45, 1.0, 4.1, 9.8}},
	{"口径", "DN%g", []float64{15, 25, 50, 100, 150}, []float64{0.3, 0.8, 2.0, 6.5, 12}},
	{"外径", "%g毫米", []float64{20, 40, 63, 110, 160}, []float64{0.25, 0.9, 1.9, 3.8, 7.0}},
	{"Capacidad", "%g L", []float64{0.5, 1, 5, 20}, []float64{0.3, 0.5, 1.6, 8.5}},
	{"Capacité", "%g ml", []float64{50, 100, 500, 1000}, []float64{0.2, 0.35, 1.2, 5.5}},
	{"Länge", "%g cm", []float64{10, 30, 60, 120}, []float64{0.5, 1.2, 3.0, 14}},
	{"Kapasitas", "%gmAh", []float64{5000, 10000, 20000, 30000}, []float64{1.0, 2.5, 9.0, 16}},
	{"Kích thước", "%g inch", []float64{2, 4, 8, 12}, []float64{0.4, 1.1, 4.0, 11}},
}

// TestFamilyAbusedSKUSizeDrivenSpread: a wide SKU spread is clean when every
// variant states its size, in its name or attributes, and prices rise with
// it; a decoy SKU (accessory, sample, one piece of something) with a huge
// spread still fires, as does a ladder whose prices fall against its sizes.
func TestFamilyAbusedSKUSizeDrivenSpread(t *testing.T) {
	d := listing.NewAbusedSKU(defaultConfig(t))
	mk := func(names []string, attrs []map[string]string, prices []float64) *schemas.Listing {
		l := &schemas.Listing{CategoryID: "generic", Unit: "meter", MOQ: 100, Title: "PVC-U pressure pipe PN10"}
		for i, p := range prices {
			s := schemas.SKU{SKUID: fmt.Sprintf("S%d", i+1), Name: names[i], UnitPrice: p}
			if attrs != nil {
				s.Attributes = attrs[i]
			}
			l.SKUs = append(l.SKUs, s)
		}
		return l
	}
	n := 0
	for _, ld := range sizeLadders {
		var names, plainNames []string
		var attrs []map[string]string
		for i, sz := range ld.sizes {
			text := fmt.Sprintf(ld.format, sz)
			names = append(names, text)
			plainNames = append(plainNames, fmt.Sprintf("Type %c", 'A'+i))
			attrs = append(attrs, map[string]string{ld.attr: text, "Color": "Grey"})
		}
		for _, c := range []struct {
			name   string
			l      *schemas.Listing
			wantOK bool
		}{
			{"sizes in names", mk(names, nil, ld.prices), true},
			{"sizes in attributes", mk(plainNames, attrs, ld.prices), true},
			{"no sizes stated", mk(plainNames, nil, ld.prices), false},
			{"prices against the sizes", mk(names, nil, reversed(ld.prices)), false},
			{"a cheap accessory decoy", mk(append(names[:len(names):len(names)], "Accessory"), nil,
				append(ld.prices[:len(ld.prices):len(ld.prices)], 0.01)), false},
			{"one piece of cable", mk(append(names[:len(names):len(names)], "1 piece cable"), nil,
				append(ld.prices[:len(ld.prices):len(ld.prices)], 0.005)), false},
			{"a sample decoy of the smallest size", mk(append(names[:len(names):len(names)], "Sample "+names[0]), nil,
				append(ld.prices[:len(ld.prices):len(ld.prices)], 0.01)), false},
		} {
			got := d.DetectListing(c.l, nil, nil)
			if clean := len(got) == 0; clean != c.wantOK {
				t.Errorf("%s %s: clean %v, want %v (%v)", ld.attr, c.name, clean, c.wantOK, got)
			}
			n++
		}
	}
	t.Logf("%d generated cases", n)
}

func reversed(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}
