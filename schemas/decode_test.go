package schemas

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

func load(t testing.TB, name string) map[string]any {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func encode(t testing.TB, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeValidEvents(t *testing.T) {
	var d Decoder
	for _, name := range []string{"listing", "message", "order", "complaint"} {
		ev, err := d.Decode(encode(t, load(t, name)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if ev.SchemaName() != name+".v1" || ev.ID() == "" || ev.Merchant() == "" || ev.OccurredAt().IsZero() {
			t.Fatalf("%s decoded incompletely: %+v", name, ev)
		}
	}
	l, _ := d.Decode(encode(t, load(t, "listing")))
	listing := l.(*Listing)
	if len(listing.PriceTiers) == 0 || len(listing.SKUs) == 0 || listing.SKUs[0].Attributes == nil || listing.MOQ <= 0 {
		t.Fatalf("listing fields lost: %+v", listing)
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name   string
		base   string
		mutate func(m map[string]any)
		field  string // the field the error must name; "" for whole-event errors
		reason string
	}{
		{"unknown schema", "listing", func(m map[string]any) { m["schema"] = "listing.v2" }, "schema", "unknown schema"},
		{"missing schema", "order", func(m map[string]any) { delete(m, "schema") }, "schema", "missing"},
		{"missing listing_id", "listing", func(m map[string]any) { delete(m, "listing_id") }, "listing_id", "missing"},
		{"null moq", "listing", func(m map[string]any) { m["moq"] = nil }, "moq", "missing"},
		{"negative moq", "listing", func(m map[string]any) { m["moq"] = -1 }, "moq", "negative"},
		{"negative tier price", "listing", func(m map[string]any) {
			m["price_tiers"] = []any{map[string]any{"min_qty": 1, "unit_price": -0.5}}
		}, "price_tiers[0].unit_price", "negative"},
		{"tiers out of order", "listing", func(m map[string]any) {
			m["price_tiers"] = []any{map[string]any{"min_qty": 10, "unit_price": 1}, map[string]any{"min_qty": 5, "unit_price": 1}}
		}, "price_tiers[1].min_qty", "ascending"},
		{"price as string", "listing", func(m map[string]any) {
			m["skus"] = []any{map[string]any{"sku_id": "S1", "unit_price": "1.00"}}
		}, "skus[0].unit_price", "must be a number"},
		{"range max below min", "listing", func(m map[string]any) { m["price_range"] = map[string]any{"min": 5, "max": 1} }, "price_range.max", "below"},
		{"fractional version", "listing", func(m map[string]any) { m["version"] = 1.5 }, "version", "integer"},
		{"bad op", "listing", func(m map[string]any) { m["op"] = "patch" }, "op", "unknown value"},
		{"no price at all", "listing", func(m map[string]any) {
			m["price_tiers"] = []any{}
			m["skus"] = []any{}
			m["price_range"] = nil
		}, "price_tiers", "no price"},
		{"bad sender", "message", func(m map[string]any) { m["sender"] = "bot" }, "sender", "unknown value"},
		{"bad time", "message", func(m map[string]any) { m["sent_at"] = "yesterday" }, "sent_at", "RFC 3339"},
		{"missing text", "message", func(m map[string]any) { delete(m, "text") }, "text", "missing"},
		{"negative quantity", "order", func(m map[string]any) { m["quantity"] = -3 }, "quantity", "negative"},
		{"bool as string", "order", func(m map[string]any) { m["trade_assurance"] = "yes" }, "trade_assurance", "true or false"},
		{"unknown claim", "complaint", func(m map[string]any) { m["claim"] = "rude_seller" }, "claim", "unknown violation code"},
	}
	var d Decoder
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := load(t, tt.base)
			tt.mutate(m)
			_, err := d.Decode(encode(t, m))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode() error = %v, want a *DecodeError", err)
			}
			if de.Field != tt.field || !strings.Contains(de.Error(), tt.reason) {
				t.Fatalf("Decode() error = %q (field %q), want field %q and reason containing %q", de.Error(), de.Field, tt.field, tt.reason)
			}
		})
	}
}

func TestDecodeRejectsWholeEvents(t *testing.T) {
	tests := []struct {
		name, raw, reason string
		max               int
	}{
		{"not json", `{"schema":`, "invalid JSON", 0},
		{"array", `[1,2]`, "not a JSON object", 0},
		{"invalid utf-8", "{\"schema\":\"message.v1\",\"text\":\"\xff\xfe\"}", "UTF-8", 0},
		{"non-finite number", `{"schema":"order.v1","quantity":1e999}`, "", 0},
		{"oversized", `{"schema":"listing.v1","title":"` + strings.Repeat("x", 200) + `"}`, "over the 100-byte limit", 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decoder{MaxBytes: tt.max}
			_, err := d.Decode([]byte(tt.raw))
			if err == nil || !IsDecodeError(err) || !strings.Contains(err.Error(), tt.reason) {
				t.Fatalf("Decode() error = %v, want a DecodeError mentioning %q", err, tt.reason)
			}
		})
	}
}

func TestDecodeAllowsUnknownFieldsAndDeletes(t *testing.T) {
	var d Decoder
	m := load(t, "order")
	m["new_optional_field"] = map[string]any{"x": 1}
	if _, err := d.Decode(encode(t, m)); err != nil {
		t.Fatalf("an added optional field must be accepted: %v", err)
	}
	del := `{"schema":"listing.v1","event_id":"e-1","op":"delete","listing_id":"L-1","merchant_id":"M-1","version":4}`
	ev, err := d.Decode([]byte(del))
	if err != nil {
		t.Fatalf("delete: %v", err)
	}
	if l := ev.(*Listing); l.Op != OpDelete || l.Version != 4 {
		t.Fatalf("delete decoded as %+v", l)
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"listing", "message", "order", "complaint"} {
		b, err := os.ReadFile("testdata/" + name + ".json")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"schema":"listing.v1","op":"delete"}`))
	f.Add([]byte(`{"schema":"order.v1","quantity":-0}`))
	f.Add([]byte(`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[],"price_range":{"min":1,"max":2},"updated_at":"2026-01-01T00:00:00Z"}`))
	var d Decoder
	f.Fuzz(func(t *testing.T, raw []byte) {
		ev, err := d.Decode(raw)
		if err != nil {
			if !IsDecodeError(err) {
				t.Fatalf("error %v is not a DecodeError", err)
			}
			return
		}
		if ev.ID() == "" || ev.Merchant() == "" {
			t.Fatalf("accepted an event without identity: %+v", ev)
		}
		// What the decoder accepts must survive a JSON round trip and decode again.
		b, err := json.Marshal(ev)
		if err != nil {
			t.Fatalf("accepted event does not encode: %v", err)
		}
		if _, err := d.Decode(b); err != nil {
			t.Fatalf("re-decoding an accepted event failed: %v\n%s", err, b)
		}
	})
}

// corpusLines reads the shared corpus's events, one encoded event per line.
func corpusLines(t testing.TB) [][]byte {
	t.Helper()
	b, err := os.ReadFile("../../shared/corpus/events.jsonl")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	var lines [][]byte
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestDecodedEventsOwnTheirStrings decodes every corpus event with one reused
// Decoder and checks that each event still encodes as it did right after its
// decode: no string may alias the parser's reused buffer.
func TestDecodedEventsOwnTheirStrings(t *testing.T) {
	lines := corpusLines(t)
	var d Decoder
	events := make([]Event, len(lines))
	first := make([][]byte, len(lines))
	for i, line := range lines {
		ev, err := d.Decode(line)
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		events[i] = ev
		if first[i], err = json.Marshal(ev); err != nil {
			t.Fatal(err)
		}
	}
	for i, ev := range events {
		again, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, first[i]) {
			t.Fatalf("line %d changed after later decodes:\nwas %s\nnow %s", i+1, first[i], again)
		}
	}
}

// BenchmarkDecode decodes the corpus's events of each schema with one Decoder.
//
//	go test ./schemas -run '^$' -bench Decode -cpu 1 -benchmem
func BenchmarkDecode(b *testing.B) {
	lines := corpusLines(b)
	var d Decoder
	bySchema := map[string][][]byte{}
	for _, line := range lines {
		ev, err := d.Decode(line)
		if err != nil {
			b.Fatal(err)
		}
		bySchema[ev.SchemaName()] = append(bySchema[ev.SchemaName()], line)
	}
	for _, schema := range []string{SchemaListing, SchemaMessage} {
		b.Run(schema, func(b *testing.B) {
			in := bySchema[schema]
			n := 0
			b.ReportAllocs()
			for b.Loop() {
				if _, err := d.Decode(in[n%len(in)]); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
