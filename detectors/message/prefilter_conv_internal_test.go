package message

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/haili/haili/schemas"
)

// stripDiacritics types s as a keyboard without diacritics does: accents
// dropped, case kept, ı ß đ and the inverted marks spelt in ASCII.
func stripDiacritics(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ß':
			b.WriteString("ss")
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		case r == '¿' || r == '¡':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestConversationsWithoutDiacritics plays two-turn conversations — the
// buyer asks for Trade Assurance or for contact, the merchant refuses or
// gives contact — as written and typed without diacritics, and expects the
// same verdicts both ways.
func TestConversationsWithoutDiacritics(t *testing.T) {
	d := testDetector(t)
	t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		buyer, seller string
		ta            bool // the buyer asks for Trade Assurance (else for contact)
	}{
		{"Kann ich mit Handelsabsicherung bestellen?", "Nein, nur Banküberweisung.", true},
		{"Siparişi platformun Ticaret Güvencesi ile vermek istiyorum.", "Hayır, sadece banka havalesi kabul ediyoruz.", true},
		{"Có cách nào khác liên hệ với bạn ngoài nền tảng không?", "Được, bạn nhắn cho tôi nhé.", false},
		{"Có cách nào khác liên hệ với bạn ngoài nền tảng không?", "Zalo của tôi là 0912 345 678.", false},
		{"Posso pagar com garantia de comércio?", "Não aceitamos, só transferência bancária.", true},
		{"¿Puedo pagar con garantía comercial?", "No, solo aceptamos transferencia bancaria.", true},
		{"Puis-je payer avec la garantie commerciale ?", "Non, seulement par virement bancaire.", true},
		{"Bisa pakai jaminan perdagangan?", "Tidak bisa, hanya transfer bank.", true},
		{"İletişim bilgileriniz var mı?", "WhatsApp numaram 0532 123 45 67.", false},
		{"Posso contattarti fuori dalla piattaforma?", "Sì, però sul mio WhatsApp è più rapido.", false},
		{"Können wir über WhatsApp sprechen?", "Ja, schreiben Sie mir.", false},
	}
	run := func(buyer, seller string) (string, Conversation) {
		conv := &Conversation{}
		if _, err := d.DetectMessage(&schemas.Message{Sender: schemas.SenderBuyer, Text: buyer, SentAt: t0}, conv, nil); err != nil {
			t.Fatal(err)
		}
		f, err := d.DetectMessage(&schemas.Message{Sender: schemas.SenderSeller, Text: seller, SentAt: t0.Add(time.Minute)}, conv, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range f {
			got = append(got, x.Violation+"/"+x.Rule)
		}
		j, _ := json.Marshal(got)
		c := *conv
		c.LastAt = time.Time{}
		return string(j), c
	}
	for _, c := range cases {
		b, s := stripDiacritics(c.buyer), stripDiacritics(c.seller)
		if !isASCII(b) || !isASCII(s) {
			t.Fatalf("not ASCII: %q / %q", b, s)
		}
		want, wc := run(c.buyer, c.seller)
		got, gc := run(b, s)
		if c.ta && !gc.BuyerTA || !c.ta && !gc.BuyerAsked {
			t.Errorf("%q: the buyer's request is not recorded (asked %v, ta %v)", b, gc.BuyerAsked, gc.BuyerTA)
		}
		if got != want || wc.BuyerAsked != gc.BuyerAsked || wc.BuyerTA != gc.BuyerTA {
			t.Errorf("%q / %q: %s (asked %v, ta %v); without diacritics %q / %q: %s (asked %v, ta %v)",
				c.buyer, c.seller, want, wc.BuyerAsked, wc.BuyerTA, b, s, got, gc.BuyerAsked, gc.BuyerTA)
		}
		t.Logf("%q → %s asked=%v ta=%v", b, got, gc.BuyerAsked, gc.BuyerTA)
	}
}
