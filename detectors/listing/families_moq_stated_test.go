package listing_test

import (
	"testing"

	"github.com/haili/haili/detectors/listing"
	"github.com/haili/haili/schemas"
)

// Minimums stated in the shapes a probe before the sixth blind set found
// unread: "minimum" alone before or after the quantity, number words before
// the unit ("Five hundred pieces minimum", "五百件起订"), orders refused below
// a quantity, Japanese "…からのご注文", Chinese "…以下不接", the real minimum
// named apart from the field, and the counters languages use for garments
// and sheets (ตัว, 벌, 장). Near misses: price tiers and shipping rules for
// "orders under", sizes and weights after "minimum", "from 1 piece".

// statedMinimums state a minimum of 500 pieces; %s is nothing or a prefix.
var statedMinimums = []string{
	"500 pcs minimum per colour.", "Minimum 500 pcs per design.", "Five hundred pieces minimum per colour.",
	"Quinientas piezas mínimo por color.", "Mínimo 500 peças por cor.", "Cinq cents pièces minimum par couleur.",
	"Fünfhundert Stück Mindestbestellmenge.", "五百件起订。", "500件以下不接单。", "500枚からのご注文となります。",
	"Orders under 500 pieces will not be processed.", "Orders below 500 pcs cannot be accepted, sorry.",
	"Pedidos inferiores a 500 piezas no se aceptan.", "Bestellungen unter 500 Stück nicht möglich.",
	"Commandes inférieures à 500 pièces refusées.", "Ordini inferiori a 500 pezzi non accettati.",
	"The real minimum is 500 pcs, the 1 pc price is for reference.", "Wholesale only from 500 pcs.",
	"สั่งขั้นต่ำ 500 ตัว", "최소 주문 500벌입니다.", "최소 주문 500장부터 가능합니다.",
	"El mínimo es 500 piezas.", "Le minimum est de 500 pièces.",
}

// notMinimums name quantities that are no minimum order.
var notMinimums = []string{
	"Orders under 1000 pcs: 3.20 USD; from 1000 pcs: 2.90 USD.",
	"Orders under 500 pcs ship by express, larger orders by sea.",
	"Orders below 500 pcs get no discount.",
	"Orders under 500 pcs cannot use sea freight, express only.",
	"Wholesale from 500 pcs: 2.90 USD.",
	"Minimum is 1 pc; 500+ pcs get the wholesale price.",
	"1枚からのご注文OK、500枚以上で割引。",
	"最低温度30度で洗濯してください。",
	"Minimum 2 colours per print, 180 gsm minimum weight.",
	"Minimum 5 days production; minimum 1 pc order is fine.",
	"Sizes S-3XL, minimum chest width 48 cm.",
	"Minimum freight charge applies to orders under 500 pcs.",
	"1件起订，500件以上优惠。",
}

func TestFamilyMOQStatedShapes(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	for _, prefix := range []string{"", "Blank cotton tee. ", "Camiseta básica. ", "纯棉T恤。"} {
		for _, moq := range []float64{1, 2, 10} {
			for _, text := range statedMinimums {
				l := &schemas.Listing{CategoryID: "generic", Unit: "piece", MOQ: moq, PriceTiers: tiers(moq, 3.2, 500, 2.9),
					Description: prefix + text}
				if r := rule(d, l, nil); r == "" {
					t.Errorf("MOQ %v, %q: no finding", moq, prefix+text)
				}
			}
			for _, text := range notMinimums {
				l := &schemas.Listing{CategoryID: "generic", Unit: "piece", MOQ: moq, PriceTiers: tiers(moq, 3.2, 500, 2.9),
					Description: prefix + text}
				if r := rule(d, l, nil); r != "" {
					t.Errorf("MOQ %v, %q: %s", moq, prefix+text, r)
				}
			}
		}
	}
	// At the field's own value the same sentences are consistent.
	for _, text := range statedMinimums {
		l := &schemas.Listing{CategoryID: "generic", Unit: "piece", MOQ: 500, PriceTiers: tiers(500, 2.9),
			Description: text}
		if r := rule(d, l, nil); r != "" {
			t.Errorf("MOQ 500, %q: %s", text, r)
		}
	}
}

// TestFamilyMOQCustomOnlyAndVolumes: goods made only with the buyer's logo
// state their real minimum in the customisation sentence; litres are a unit
// of their own; an honest customisation minimum stays clean.
func TestFamilyMOQCustomOnlyAndVolumes(t *testing.T) {
	d := listing.NewFalseMOQ(defaultConfig(t))
	for _, c := range []struct {
		unit, text string
		want       bool
	}{
		{"pair", "Calze di lana. Tutte le calze sono prodotte solo con il logo del cliente (minimo 1.000 paia per colore).", true},
		{"set", "Juego de cama. Todos los juegos se fabrican bajo pedido con su logotipo bordado (mínimo 2.000 juegos).", true},
		{"piece", "Mugs. Custom only: every mug is printed with your logo, minimum 500 pcs.", true},
		{"liter", "Sızma zeytinyağı. Minimum sipariş bin litre (1.000 L), IBC tank ile.", true},
		{"liter", "Olive oil. Minimum order 1,000 liters per batch.", true},
		{"piece", "Mugs. Custom logo printing available, minimum 500 pcs for printed mugs.", false},
		{"pair", "Calze di lana. Logo personalizzato disponibile (minimo 1.000 paia per il logo).", false},
		{"liter", "Olive oil in 3 L tins; 4 tins per carton.", false},
	} {
		l := &schemas.Listing{CategoryID: "generic", Unit: c.unit, MOQ: 1, PriceTiers: tiers(1, 7.5, 4000, 7.2), Description: c.text}
		if got := rule(d, l, nil) != ""; got != c.want {
			t.Errorf("%q: flagged %v, want %v", c.text, got, c.want)
		}
	}
}
