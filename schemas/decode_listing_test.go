package schemas

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/valyala/fastjson/fastfloat"
)

// sameDecode fails t unless the fast and the generic decoder agree on raw:
// the same DecodeError (schema, field, reason), or equal events (deeply, so
// nil and empty slices and maps count, and as JSON).
func sameDecode(t *testing.T, fast, generic *Decoder, raw []byte) {
	t.Helper()
	in := bytes.Clone(raw)
	ev, err := fast.Decode(in)
	want, wantErr := generic.Decode(raw)
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("fast error %v, generic error %v\n%s", err, wantErr, raw)
	}
	if err != nil {
		var de, wde *DecodeError
		if !errors.As(err, &de) || !errors.As(wantErr, &wde) || *de != *wde {
			t.Fatalf("fast error %#v, generic error %#v\n%s", err, wantErr, raw)
		}
		return
	}
	got, _ := json.Marshal(ev)
	// The decoded event must not alias its input.
	for i := range in {
		in[i] = 'x'
	}
	if !reflect.DeepEqual(ev, want) {
		t.Fatalf("fast decoded %#v\ngeneric decoded %#v\n%s", ev, want, raw)
	}
	again, _ := json.Marshal(ev)
	wantJSON, _ := json.Marshal(want)
	if !bytes.Equal(got, wantJSON) || !bytes.Equal(again, wantJSON) {
		t.Fatalf("fast encodes as %s (after clobbering its input %s)\ngeneric as %s", got, again, wantJSON)
	}
}

// listingVariants are hand-made edge cases around the fast path's bail-outs.
var listingVariants = []string{
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[],"price_range":{"min":1,"max":2},"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[],"price_range":{"min":3,"max":2},"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2,"min_qty":"x"}],"skus":[{"sku_id":"a","unit_price":1,"attributes":{"k":"v","k":"w"},"attributes":3}],"shipping":null,"customization":[],"category_path":[],"sample_price":null,"updated_at":"2026-01-01T00:00:00+08:00","extra":{"a":[1,true,false,null,"\"\\"]}}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2},{"min_qty":1,"unit_price":1}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1.5,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t\n","currency":"USD","unit":"piece","moq":1e2,"price_tiers":[{"min_qty":1,"unit_price":-0}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":01,"price_tiers":[{"min_qty":1,"unit_price":2}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"updated_at":"2026-01-01T00:00:00Z"} x`,
	`{"schema":"listing.v1","event_id":"e","op":"delete","listing_id":"L","merchant_id":"M","version":4}`,
	`{"schema":"listing.v1","schema":"message.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"skus":[{"sku_id":"","unit_price":1}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"skus":[{"sku_id":"a","unit_price":1,"attributes":{}}],"shipping":[{"fee":1,"for_qty":2},{"method":null,"fee":1,"for_qty":2},{"method":"m","fee":1,"for_qty":2}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"skus":[{"sku_id":"a","unit_price":1,"attributes":{"k":1}}],"updated_at":"2026-01-01T00:00:00Z"}`,
	`{"schema":"listing.v1","event_id":"e","op":"upsert","listing_id":"L","version":1,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1,"price_tiers":[{"min_qty":1,"unit_price":2}],"moq":NaN,"updated_at":"2026-01-01T00:00:00Z","updated_at":3}`,
	` {"schema" : "listing.v1" , "event_id":"e","op":"upsert","listing_id":"L","version":9007199254740992,"merchant_id":"M","category_id":"c","title":"t","currency":"USD","unit":"piece","moq":1E-3,"price_tiers":[ {"min_qty":1,"unit_price":2} , {"min_qty":2.5e1,"unit_price":1.00000000000000000001} ] ,"updated_at":"2026-01-01T00:00:00.123456789Z"} `,
}

func listingSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	b, err := os.ReadFile("testdata/listing.json")
	if err != nil {
		t.Fatal(err)
	}
	seeds = append(seeds, b)
	for _, v := range listingVariants {
		seeds = append(seeds, []byte(v))
	}
	seeds = append(seeds, moreListings()...)
	return seeds
}

// moreListings are the listing lines of the shared corpus and of the
// detectors' holdout set, where present.
func moreListings() [][]byte {
	var out [][]byte
	for _, f := range []string{"../../shared/corpus/events.jsonl", "../detectors/testdata/holdout/events.jsonl"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range bytes.Split(b, []byte("\n")) {
			if bytes.Contains(l, []byte(`"listing.v1"`)) {
				out = append(out, l)
			}
		}
	}
	return out
}

// TestListingFastPathAgrees runs the corpus's and holdout's listings and the
// edge cases through both decoders, and checks that the fast path takes every
// corpus and holdout listing (else it would measure nothing).
func TestListingFastPathAgrees(t *testing.T) {
	fast, generic := &Decoder{}, &Decoder{generic: true}
	for _, raw := range listingSeeds(t) {
		sameDecode(t, fast, generic, raw)
	}
	more := moreListings()
	for i, line := range more {
		if _, ok := fastListing(line); !ok {
			t.Errorf("listing %d: the fast path gave up on it", i+1)
		}
	}
	if len(more) == 0 {
		t.Log("no corpus or holdout listings found: only the hand-made cases ran")
	}
}

// FuzzListingFastPath checks the fast path against the generic decoder:
//
//	go test ./schemas -run '^$' -fuzz FuzzListingFastPath -fuzztime 5m
func FuzzListingFastPath(f *testing.F) {
	for _, s := range listingSeeds(f) {
		f.Add(s)
	}
	fast, generic := &Decoder{}, &Decoder{generic: true}
	f.Fuzz(func(t *testing.T, raw []byte) {
		sameDecode(t, fast, generic, raw)
	})
}

// TestFastNumbersMatchFastfloat: the fast path's own arithmetic for short
// numbers gives fastjson's values bit for bit.
func TestFastNumbersMatchFastfloat(t *testing.T) {
	nums := []string{"0", "-0", "0.0", "-0.0", "1", "2.58", "0.1", "0.3", "1.15", "10000", "99.99", "0.0001",
		"123456789012345", "12345678901234.5", "1.23456789012345", "0.000000000000001", "-7.5", "3.3333333333",
		"1234567890123456", "1.000000000000001", "9007199254740993", "1e2", "2.5E-3"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		intDigits, fracDigits := 1+r.IntN(9), r.IntN(9)
		n := strconv.FormatUint(r.Uint64N(uint64(math.Pow10(intDigits))), 10)
		if fracDigits > 0 {
			n += "." + fmt.Sprintf("%0*d", fracDigits, r.Uint64N(uint64(math.Pow10(fracDigits))))
		}
		if r.IntN(4) == 0 {
			n = "-" + n
		}
		nums = append(nums, n)
	}
	for _, n := range nums {
		s := scanner{b: []byte(n)}
		got, ok := s.number()
		want := fastfloat.ParseBestEffort(n)
		if !ok || math.Float64bits(got) != math.Float64bits(want) || s.i != len(n) {
			t.Fatalf("%s: fast path read %v (ok %v, to %d), fastfloat %v", n, got, ok, s.i, want)
		}
	}
}

// TestRawStringMatchesByteScan: the word-at-a-time string scan finds the
// same end as a byte loop, for quotes and backslashes at every offset of
// short and long strings, with and without bytes after them.
func TestRawStringMatchesByteScan(t *testing.T) {
	naive := func(b []byte) (string, bool) {
		for n, c := range b[1:] {
			switch c {
			case '"':
				return string(b[1 : 1+n]), true
			case '\\':
				return "", false
			}
		}
		return "", false
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("\"\\\x00\x01\x21\x23\x5b\x5d\x7f\x80\xa2\xdc\xff")
	for range 200000 {
		b := make([]byte, 1+rng.IntN(100))
		b[0] = '"'
		sparse := 1 + rng.IntN(64) // one byte in sparse from the alphabet
		for i := 1; i < len(b); i++ {
			b[i] = 'x'
			if rng.IntN(sparse) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		s := scanner{b: b}
		got, ok := s.rawString()
		want, wantOK := naive(b)
		if got != want || ok != wantOK || (ok && s.i != len(want)+2) {
			t.Fatalf("rawString(%q) = %q, %v (at %d), want %q, %v", b, got, ok, s.i, want, wantOK)
		}
	}
}

// TestListingKeysMatchFieldBits: listingKeys[i] is the field of bit 1<<i, and
// every expected opening is recognised only where it stands.
func TestListingKeysMatchFieldBits(t *testing.T) {
	bits := map[string]uint32{"schema": lfSchema, "event_id": lfEventID, "op": lfOp, "listing_id": lfListingID,
		"version": lfVersion, "merchant_id": lfMerchantID, "category_id": lfCategoryID, "category_path": lfCategoryPath,
		"title": lfTitle, "description": lfDescription, "currency": lfCurrency, "unit": lfUnit, "moq": lfMOQ,
		"price_tiers": lfPriceTiers, "price_range": lfPriceRange, "skus": lfSKUs, "shipping": lfShipping,
		"customization": lfCustomization, "sample_price": lfSamplePrice, "updated_at": lfUpdatedAt}
	if len(listingKeys) != len(bits) {
		t.Fatalf("%d listing keys, %d fields", len(listingKeys), len(bits))
	}
	for i, k := range listingKeys {
		if bits[k.name] != 1<<i {
			t.Errorf("listingKeys[%d] = %q, its field is bit %#x", i, k.name, bits[k.name])
		}
	}
	for _, ks := range []keyList{listingKeys, tierKeys, rangeKeys, skuKeys, shippingKeys, customizationKeys} {
		for _, k := range ks {
			for _, tail := range []string{"", " 1, \"padding_padding\": 2}"} {
				if !k.at([]byte(k.open + tail)) {
					t.Errorf("%q not recognised before %q", k.open, tail)
				}
				for j := range len(k.open) {
					b := []byte(k.open + tail)
					b[j] ^= 0x20
					if k.at(b) {
						t.Errorf("%q recognised in %q", k.open, b)
					}
				}
				if k.at([]byte(k.open[:len(k.open)-1])) {
					t.Errorf("%q recognised in its own prefix", k.open)
				}
			}
		}
	}
}
