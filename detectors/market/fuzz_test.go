package market_test

import (
	"bytes"
	"testing"

	"github.com/haili/haili/detectors/market"
)

// Rows and encoded references are read from storage and from files users
// name: whatever the bytes, decoding must return an error or a builder whose
// rows re-encode to the same bytes, never panic.

func FuzzAddRow(f *testing.F) {
	b := market.NewBuilder()
	for _, l := range listings(8, 40) {
		b.Observe(l)
	}
	for _, r := range b.Rows() {
		f.Add(r.Count, r.Data)
	}
	f.Add(uint64(0), []byte{1, 0x90, 0x4e, 0})
	f.Fuzz(func(t *testing.T, count uint64, data []byte) {
		b := market.NewBuilder()
		if err := b.AddRow(market.Row{CategoryID: "c", Unit: "u", Count: count, Data: data}); err != nil {
			return
		}
		rows := b.Rows()
		if len(rows) != 1 || !bytes.Equal(rows[0].Data, data) || rows[0].Count != count {
			t.Fatalf("accepted row does not round-trip")
		}
		b.Snapshot().Stats("c", "u").ShippingNorm(10, 0.5, 1)
	})
}

func FuzzDecode(f *testing.F) {
	b := market.NewBuilder()
	for _, l := range listings(9, 40) {
		b.Observe(l)
	}
	var buf bytes.Buffer
	if err := b.Snapshot().Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("HAILI-MARKET\x01\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ref, err := market.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := ref.Encode(&out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), data) {
			t.Fatalf("decoded reference re-encodes differently")
		}
	})
}
