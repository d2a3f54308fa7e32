package jsonschema_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	validator "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/schemas/jsonschema"
)

var eventSchemas = []string{schemas.SchemaListing, schemas.SchemaMessage, schemas.SchemaOrder, schemas.SchemaComplaint}

// compile compiles every document with format assertion on (date-time is checked).
func compile(t testing.TB) map[string]*validator.Schema {
	t.Helper()
	c := validator.NewCompiler()
	c.DefaultDraft(validator.Draft2020)
	c.AssertFormat()
	for _, name := range jsonschema.Names() {
		b, err := jsonschema.Document(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := validator.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := c.AddResource(jsonschema.BaseURL+name+".json", doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	out := map[string]*validator.Schema{}
	for _, name := range jsonschema.Names() {
		sch, err := c.Compile(jsonschema.BaseURL + name + ".json")
		if err != nil {
			t.Fatalf("%s does not compile: %v", name, err)
		}
		out[name] = sch
	}
	return out
}

// validate reports the JSON Schema verdict on raw against the named document.
func validate(t testing.TB, docs map[string]*validator.Schema, name string, raw []byte) error {
	t.Helper()
	sch, ok := docs[name]
	if !ok {
		t.Fatalf("no document %q", name)
	}
	v, err := validator.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

func TestNamesListsEveryEventSchemaAndFinding(t *testing.T) {
	want := []string{"complaint.v1", "finding", "listing.v1", "message.v1", "order.v1"}
	if got := jsonschema.Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, name := range []string{"listing.v1", "listing.v1.json", "finding"} {
		if _, err := jsonschema.Document(name); err != nil {
			t.Errorf("Document(%q): %v", name, err)
		}
	}
	for _, name := range []string{"", "listing.v2", "../go.mod", "jsonschema.go"} {
		if _, err := jsonschema.Document(name); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Document(%q) error = %v, want fs.ErrNotExist", name, err)
		}
	}
}

func TestEveryDocumentCompilesAndIsWellFormed(t *testing.T) {
	compile(t)
	for _, name := range jsonschema.Names() {
		t.Run(name, func(t *testing.T) {
			b, _ := jsonschema.Document(name)
			var doc struct {
				Schema      string `json:"$schema"`
				ID          string `json:"$id"`
				Title       string `json:"title"`
				Description string `json:"description"`
				Additional  *bool  `json:"additionalProperties"`
				Properties  map[string]struct {
					Const *string `json:"const"`
				} `json:"properties"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
				t.Errorf("$schema = %q, want draft 2020-12", doc.Schema)
			}
			if want := jsonschema.BaseURL + name + ".json"; doc.ID != want {
				t.Errorf("$id = %q, want %q", doc.ID, want)
			}
			if doc.Title == "" || doc.Description == "" {
				t.Error("title or description missing")
			}
			if doc.Additional == nil || !*doc.Additional {
				t.Error("additionalProperties must be true: producers may add optional fields")
			}
			if slices.Contains(eventSchemas, name) {
				if c := doc.Properties["schema"].Const; c == nil || *c != name {
					t.Errorf("properties.schema.const = %v, want %q", c, name)
				}
			}
		})
	}
}

// corpusFile finds events.jsonl: $HAILI_CORPUS (the corpus directory, or the
// file itself), else shared/corpus/events.jsonl in an ancestor of the working
// directory.
func corpusFile(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("HAILI_CORPUS"); p != "" {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			p = filepath.Join(p, "events.jsonl")
		}
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "corpus", "events.jsonl")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if filepath.Dir(d) == d {
			t.Fatalf("shared/corpus/events.jsonl not found above %s (set HAILI_CORPUS)", wd)
		}
	}
}

func TestCorpusEventsValidateAgainstTheirSchemaAndDecode(t *testing.T) {
	docs := compile(t)
	path := corpusFile(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var dec schemas.Decoder
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var head struct {
			Schema string `json:"schema"`
		}
		if err := json.Unmarshal(line, &head); err != nil {
			t.Errorf("%s:%d: %v", path, n, err)
			continue
		}
		if !slices.Contains(eventSchemas, head.Schema) {
			t.Errorf("%s:%d: unknown schema %q", path, n, head.Schema)
			continue
		}
		counts[head.Schema]++
		if err := validate(t, docs, head.Schema, line); err != nil {
			t.Errorf("%s:%d: rejected by %s.json: %v", path, n, head.Schema, err)
		}
		if _, err := dec.Decode(line); err != nil {
			t.Errorf("%s:%d: rejected by schemas.Decoder: %v", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, s := range eventSchemas {
		if counts[s] == 0 {
			t.Errorf("corpus has no %s event", s)
		}
	}
	t.Logf("%s: %v", path, counts)
}

// Base events: every field of the contract, valid under both the schema and the decoder.
var bases = map[string]string{
	"listing": `{"schema": "listing.v1", "event_id": "e-7f3a", "op": "upsert", "listing_id": "L-100234", "version": 3,
		"merchant_id": "M-2001", "category_id": "hair-extensions",
		"category_path": ["Beauty & Personal Care", "Hair Extensions & Wigs", "Human Hair", "Hair Extensions"],
		"title": "100% Vietnam Human Hair Extension Flat Tip Raw Hair", "description": "free text",
		"currency": "USD", "unit": "gram", "moq": 100,
		"price_tiers": [{"min_qty": 100, "unit_price": 1500.00}, {"min_qty": 1000, "unit_price": 1400.00}, {"min_qty": 15000, "unit_price": 13.50}],
		"price_range": null,
		"skus": [{"sku_id": "S1", "name": "8 inches", "unit_price": 1500.00, "attributes": {"Stretched Length": "8 inches"}}],
		"shipping": [{"method": "Express", "fee": 35.00, "for_qty": 100}],
		"customization": [{"option": "Customized logo", "min_qty": 10000000}],
		"sample_price": 50.00, "updated_at": "2026-04-20T10:00:00Z"}`,
	"delete": `{"schema": "listing.v1", "event_id": "e-7f3b", "op": "delete", "listing_id": "L-100234", "merchant_id": "M-2001",
		"version": 4, "updated_at": "2026-04-21T10:00:00Z"}`,
	"message": `{"schema": "message.v1", "event_id": "e-91c2", "message_id": "MSG-55012", "conversation_id": "C-8812",
		"merchant_id": "M-2001", "buyer_id": "B-301", "sender": "seller", "channel": "chat", "kind": "text",
		"text": "Hello, please add my wechat", "order_stage": "none", "sent_at": "2026-04-20T10:02:00Z"}`,
	"order": `{"schema": "order.v1", "event_id": "e-a001", "order_id": "O-77120", "listing_id": "L-100234", "merchant_id": "M-2001",
		"buyer_id": "B-301", "quantity": 100, "currency": "USD", "quoted_shipping_fee": 35.00, "charged_shipping_fee": 410.00,
		"trade_assurance": true, "placed_at": "2026-04-21T08:00:00Z"}`,
	"complaint": `{"schema": "complaint.v1", "event_id": "e-c100", "complaint_id": "CP-3001", "merchant_id": "M-2001",
		"listing_id": "L-100234", "buyer_id": "B-301", "stage": "pre_payment", "claim": "false_moq", "verified": true,
		"reviewed_at": "2026-04-22T09:00:00Z"}`,
}

// base returns a fresh copy of a base event and the document it follows.
func base(t testing.TB, name string) (map[string]any, string) {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(bases[name]), &m); err != nil {
		t.Fatalf("base %s: %v", name, err)
	}
	return m, m["schema"].(string)
}

// item returns element i of the array field of m.
func item(m map[string]any, field string, i int) map[string]any {
	return m[field].([]any)[i].(map[string]any)
}

type mutation struct {
	name   string
	base   string
	mutate func(m map[string]any)
}

// verdicts encodes the mutated base event and returns the schema's and the
// decoder's errors.
func verdicts(t *testing.T, docs map[string]*validator.Schema, tc mutation) (schemaErr, decodeErr error) {
	t.Helper()
	m, doc := base(t, tc.base)
	tc.mutate(m)
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var dec schemas.Decoder
	_, decodeErr = dec.Decode(raw)
	return validate(t, docs, doc, raw), decodeErr
}

func raw(s string) json.RawMessage { return json.RawMessage(s) }

func TestValidVariationsAreAcceptedByBothSchemaAndDecoder(t *testing.T) {
	docs := compile(t)
	tests := []mutation{
		{"listing as in the spec", "listing", func(map[string]any) {}},
		{"listing delete with version and updated_at", "delete", func(map[string]any) {}},
		{"message as in the spec", "message", func(map[string]any) {}},
		{"order as in the spec", "order", func(map[string]any) {}},
		{"complaint as in the spec", "complaint", func(map[string]any) {}},
		{"extra optional field on every event", "listing", func(m map[string]any) { m["x_producer"] = map[string]any{"a": 1} }},
		{"extra optional field inside a tier", "listing", func(m map[string]any) { item(m, "price_tiers", 0)["note"] = "x" }},
		{"listing delete with only identifying fields", "delete", func(m map[string]any) { delete(m, "version"); delete(m, "updated_at") }},
		{"listing delete with null version and updated_at", "delete", func(m map[string]any) { m["version"] = nil; m["updated_at"] = nil }},
		{"listing delete ignores upsert-only fields", "delete", func(m map[string]any) { m["price_tiers"] = "ignored"; m["moq"] = -1 }},
		{"range-priced listing with empty tiers", "listing", func(m map[string]any) {
			m["price_tiers"] = []any{}
			m["price_range"] = map[string]any{"min": 0.01, "max": 4.92}
		}},
		{"sku-priced listing with empty tiers", "listing", func(m map[string]any) { m["price_tiers"] = []any{} }},
		{"optional listing fields null", "listing", func(m map[string]any) {
			for _, f := range []string{"category_path", "description", "shipping", "customization", "sample_price", "price_range"} {
				m[f] = nil
			}
		}},
		{"optional listing fields absent", "listing", func(m map[string]any) {
			for _, f := range []string{"category_path", "description", "skus", "shipping", "customization", "sample_price", "price_range"} {
				delete(m, f)
			}
		}},
		{"optional sku, shipping and customization fields null", "listing", func(m map[string]any) {
			item(m, "skus", 0)["name"] = nil
			item(m, "skus", 0)["attributes"] = nil
			item(m, "shipping", 0)["method"] = nil
			item(m, "customization", 0)["option"] = nil
		}},
		{"zero prices, fees and quantities", "order", func(m map[string]any) {
			m["quantity"] = 0
			m["quoted_shipping_fee"] = 0
			m["charged_shipping_fee"] = 0
		}},
		{"integral version written as 3.0", "listing", func(m map[string]any) { m["version"] = raw("3.0") }},
		{"empty message text", "message", func(m map[string]any) { m["text"] = "" }},
		{"time with fractional seconds", "message", func(m map[string]any) { m["sent_at"] = "2026-04-20T10:02:00.123456789Z" }},
		{"time with numeric offset", "message", func(m map[string]any) { m["sent_at"] = "2026-04-20T18:02:00+08:00" }},
		{"unverified complaint", "complaint", func(m map[string]any) { m["verified"] = false }},
	}
	for _, claim := range schemas.ViolationCodes {
		tests = append(tests, mutation{"complaint claim " + claim, "complaint", func(m map[string]any) { m["claim"] = claim }})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			schemaErr, decodeErr := verdicts(t, docs, tc)
			if schemaErr != nil {
				t.Errorf("JSON Schema rejects: %v", schemaErr)
			}
			if decodeErr != nil {
				t.Errorf("decoder rejects: %v", decodeErr)
			}
		})
	}
}

func TestInvalidEventsAreRejectedByBothSchemaAndDecoder(t *testing.T) {
	docs := compile(t)
	tests := []mutation{
		// schema and op
		{"schema of another event", "order", func(m map[string]any) { m["schema"] = "message.v1" }},
		{"unknown schema version", "listing", func(m map[string]any) { m["schema"] = "listing.v2" }},
		{"missing schema", "complaint", func(m map[string]any) { delete(m, "schema") }},
		{"missing op", "listing", func(m map[string]any) { delete(m, "op") }},
		{"unknown op", "listing", func(m map[string]any) { m["op"] = "insert" }},
		// required fields: missing, null, empty
		{"listing missing event_id", "listing", func(m map[string]any) { delete(m, "event_id") }},
		{"listing empty event_id", "listing", func(m map[string]any) { m["event_id"] = "" }},
		{"listing null merchant_id", "listing", func(m map[string]any) { m["merchant_id"] = nil }},
		{"listing missing version", "listing", func(m map[string]any) { delete(m, "version") }},
		{"listing null version", "listing", func(m map[string]any) { m["version"] = nil }},
		{"listing missing category_id", "listing", func(m map[string]any) { delete(m, "category_id") }},
		{"listing empty title", "listing", func(m map[string]any) { m["title"] = "" }},
		{"listing missing currency", "listing", func(m map[string]any) { delete(m, "currency") }},
		{"listing missing unit", "listing", func(m map[string]any) { delete(m, "unit") }},
		{"listing missing moq", "listing", func(m map[string]any) { delete(m, "moq") }},
		{"listing missing price_tiers", "listing", func(m map[string]any) { delete(m, "price_tiers") }},
		{"listing null price_tiers", "listing", func(m map[string]any) { m["price_tiers"] = nil }},
		{"listing missing updated_at", "listing", func(m map[string]any) { delete(m, "updated_at") }},
		{"listing with no price at all", "listing", func(m map[string]any) {
			m["price_tiers"] = []any{}
			m["skus"] = []any{}
			m["price_range"] = nil
		}},
		{"listing delete missing listing_id", "delete", func(m map[string]any) { delete(m, "listing_id") }},
		{"listing delete missing merchant_id", "delete", func(m map[string]any) { delete(m, "merchant_id") }},
		{"message missing text", "message", func(m map[string]any) { delete(m, "text") }},
		{"message null text", "message", func(m map[string]any) { m["text"] = nil }},
		{"message missing conversation_id", "message", func(m map[string]any) { delete(m, "conversation_id") }},
		{"message missing sent_at", "message", func(m map[string]any) { delete(m, "sent_at") }},
		{"order missing charged_shipping_fee", "order", func(m map[string]any) { delete(m, "charged_shipping_fee") }},
		{"order missing trade_assurance", "order", func(m map[string]any) { delete(m, "trade_assurance") }},
		{"complaint missing listing_id", "complaint", func(m map[string]any) { delete(m, "listing_id") }},
		{"complaint missing verified", "complaint", func(m map[string]any) { delete(m, "verified") }},
		{"complaint missing claim", "complaint", func(m map[string]any) { delete(m, "claim") }},
		// nested required fields
		{"tier missing unit_price", "listing", func(m map[string]any) { delete(item(m, "price_tiers", 1), "unit_price") }},
		{"tier missing min_qty", "listing", func(m map[string]any) { delete(item(m, "price_tiers", 0), "min_qty") }},
		{"price_range missing max", "listing", func(m map[string]any) { m["price_range"] = map[string]any{"min": 1} }},
		{"sku missing sku_id", "listing", func(m map[string]any) { delete(item(m, "skus", 0), "sku_id") }},
		{"sku empty sku_id", "listing", func(m map[string]any) { item(m, "skus", 0)["sku_id"] = "" }},
		{"sku missing unit_price", "listing", func(m map[string]any) { delete(item(m, "skus", 0), "unit_price") }},
		{"shipping missing fee", "listing", func(m map[string]any) { delete(item(m, "shipping", 0), "fee") }},
		{"shipping missing for_qty", "listing", func(m map[string]any) { delete(item(m, "shipping", 0), "for_qty") }},
		{"customization missing min_qty", "listing", func(m map[string]any) { delete(item(m, "customization", 0), "min_qty") }},
		// negative and non-finite amounts
		{"negative moq", "listing", func(m map[string]any) { m["moq"] = -1 }},
		{"tier unit_price negative", "listing", func(m map[string]any) { item(m, "price_tiers", 2)["unit_price"] = -13.5 }},
		{"tier min_qty negative", "listing", func(m map[string]any) { item(m, "price_tiers", 0)["min_qty"] = -100 }},
		{"price_range min negative", "listing", func(m map[string]any) { m["price_range"] = map[string]any{"min": -0.01, "max": 4.92} }},
		{"sku unit_price negative", "listing", func(m map[string]any) { item(m, "skus", 0)["unit_price"] = -1500 }},
		{"shipping fee negative", "listing", func(m map[string]any) { item(m, "shipping", 0)["fee"] = -35 }},
		{"shipping for_qty negative", "listing", func(m map[string]any) { item(m, "shipping", 0)["for_qty"] = -1 }},
		{"customization min_qty negative", "listing", func(m map[string]any) { item(m, "customization", 0)["min_qty"] = -1 }},
		{"sample_price negative", "listing", func(m map[string]any) { m["sample_price"] = -50 }},
		{"moq beyond float64 range", "listing", func(m map[string]any) { m["moq"] = raw("1e400") }},
		{"order quantity negative", "order", func(m map[string]any) { m["quantity"] = -100 }},
		{"order quoted_shipping_fee negative", "order", func(m map[string]any) { m["quoted_shipping_fee"] = -35 }},
		{"order charged_shipping_fee negative", "order", func(m map[string]any) { m["charged_shipping_fee"] = -410 }},
		// versions
		{"negative version", "listing", func(m map[string]any) { m["version"] = -1 }},
		{"fractional version", "listing", func(m map[string]any) { m["version"] = 3.5 }},
		{"version as a string", "listing", func(m map[string]any) { m["version"] = "3" }},
		{"listing delete fractional version", "delete", func(m map[string]any) { m["version"] = 4.5 }},
		// enums
		{"unknown sender", "message", func(m map[string]any) { m["sender"] = "merchant" }},
		{"unknown channel", "message", func(m map[string]any) { m["channel"] = "whatsapp" }},
		{"unknown kind", "message", func(m map[string]any) { m["kind"] = "image" }},
		{"unknown order_stage", "message", func(m map[string]any) { m["order_stage"] = "delivered" }},
		{"enum in the wrong case", "message", func(m map[string]any) { m["sender"] = "Seller" }},
		{"unknown complaint stage", "complaint", func(m map[string]any) { m["stage"] = "after_sale" }},
		{"unknown claim", "complaint", func(m map[string]any) { m["claim"] = "fake_reviews" }},
		{"claim as a subject, not a code", "complaint", func(m map[string]any) { m["claim"] = "listing" }},
		// wrong types
		{"moq as a string", "listing", func(m map[string]any) { m["moq"] = "100" }},
		{"price_tiers as an object", "listing", func(m map[string]any) { m["price_tiers"] = map[string]any{"min_qty": 1, "unit_price": 1} }},
		{"tier that is not an object", "listing", func(m map[string]any) { m["price_tiers"] = []any{100} }},
		{"price_range as an array", "listing", func(m map[string]any) { m["price_range"] = []any{1, 2} }},
		{"skus as a string", "listing", func(m map[string]any) { m["skus"] = "S1" }},
		{"sku attribute value not a string", "listing", func(m map[string]any) { item(m, "skus", 0)["attributes"] = map[string]any{"Length": 8} }},
		{"sku attributes as an array", "listing", func(m map[string]any) { item(m, "skus", 0)["attributes"] = []any{"8 inches"} }},
		{"category_path element not a string", "listing", func(m map[string]any) { m["category_path"] = []any{"Beauty", 7} }},
		{"description as a number", "listing", func(m map[string]any) { m["description"] = 1 }},
		{"title as a number", "listing", func(m map[string]any) { m["title"] = 100 }},
		{"listing_id as a number", "listing", func(m map[string]any) { m["listing_id"] = 100234 }},
		{"sample_price as a string", "listing", func(m map[string]any) { m["sample_price"] = "50" }},
		{"message text as a number", "message", func(m map[string]any) { m["text"] = 1 }},
		{"trade_assurance as a string", "order", func(m map[string]any) { m["trade_assurance"] = "true" }},
		{"verified as a number", "complaint", func(m map[string]any) { m["verified"] = 1 }},
		{"quantity as a string", "order", func(m map[string]any) { m["quantity"] = "100" }},
		{"listing delete updated_at as a number", "delete", func(m map[string]any) { m["updated_at"] = 1745229600 }},
		// times
		{"date without time", "message", func(m map[string]any) { m["sent_at"] = "2026-04-20" }},
		{"time without zone", "message", func(m map[string]any) { m["sent_at"] = "2026-04-20T10:02:00" }},
		{"time with a space for T", "order", func(m map[string]any) { m["placed_at"] = "2026-04-21 08:00:00Z" }},
		{"time as unix seconds", "complaint", func(m map[string]any) { m["reviewed_at"] = 1745312400 }},
		{"impossible date", "complaint", func(m map[string]any) { m["reviewed_at"] = "2026-02-30T09:00:00Z" }},
		{"hour out of range", "listing", func(m map[string]any) { m["updated_at"] = "2026-04-20T24:00:00Z" }},
		{"lower-case t and z", "message", func(m map[string]any) { m["sent_at"] = "2026-04-20t10:02:00z" }},
		{"leap second", "message", func(m map[string]any) { m["sent_at"] = "2026-06-30T23:59:60Z" }},
		{"listing delete malformed updated_at", "delete", func(m map[string]any) { m["updated_at"] = "yesterday" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			schemaErr, decodeErr := verdicts(t, docs, tc)
			if schemaErr == nil {
				t.Error("JSON Schema accepts it")
			}
			if decodeErr == nil {
				t.Error("decoder accepts it")
			} else if !schemas.IsDecodeError(decodeErr) {
				t.Errorf("decoder error is not a *DecodeError: %v", decodeErr)
			}
		})
	}
}

// TestKnownDifferencesBetweenSchemaAndDecoder pins the few cases where the two
// disagree, so that a change on either side is noticed. Each is either a check
// JSON Schema cannot express (left to the decoder) or a decoder leniency the
// contract does not grant (the schema keeps to the spec).
func TestKnownDifferencesBetweenSchemaAndDecoder(t *testing.T) {
	docs := compile(t)
	tests := []struct {
		mutation
		schemaAccepts, decoderAccepts bool
		why                           string
	}{
		{mutation{"price tiers out of ascending order", "listing", func(m map[string]any) {
			item(m, "price_tiers", 1)["min_qty"] = 50
		}}, true, false, "ordering across array items is not expressible in JSON Schema"},
		{mutation{"price_range max below min", "listing", func(m map[string]any) {
			m["price_range"] = map[string]any{"min": 5, "max": 1}
		}}, true, false, "comparing two fields is not expressible in JSON Schema"},
		{mutation{"listing delete with empty updated_at", "delete", func(m map[string]any) {
			m["updated_at"] = ""
		}}, false, true, "the decoder treats an empty updated_at on a delete as absent"},
		{mutation{"time with a comma before the fraction", "message", func(m map[string]any) {
			m["sent_at"] = "2026-04-20T10:02:00,5Z"
		}}, false, true, "Go's time.Parse accepts a comma; RFC 3339 does not"},
		{mutation{"time with a one-digit hour", "message", func(m map[string]any) {
			m["sent_at"] = "2026-04-20T1:02:00Z"
		}}, false, true, "Go's time.Parse accepts a one-digit hour; RFC 3339 does not"},
		{mutation{"time offset with 60 minutes", "message", func(m map[string]any) {
			m["sent_at"] = "2026-04-20T10:02:00+08:60"
		}}, false, true, "Go's time.Parse accepts offset minutes up to 99; RFC 3339 does not"},
		{mutation{"event over the decoder's size limit", "listing", func(m map[string]any) {
			m["description"] = strings.Repeat("x", schemas.DefaultMaxEventBytes)
		}}, true, false, "the size limit is the decoder's configuration, not the contract's"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			schemaErr, decodeErr := verdicts(t, docs, tc.mutation)
			if (schemaErr == nil) != tc.schemaAccepts {
				t.Errorf("JSON Schema verdict changed (error %v); was accepts=%v because %s", schemaErr, tc.schemaAccepts, tc.why)
			}
			if (decodeErr == nil) != tc.decoderAccepts {
				t.Errorf("decoder verdict changed (error %v); was accepts=%v because %s — if the two now agree, move the case to the agreement tests", decodeErr, tc.decoderAccepts, tc.why)
			}
		})
	}
}

func TestGoFindingsValidateAgainstFindingSchema(t *testing.T) {
	docs := compile(t)
	detected := time.Date(2026, 4, 20, 10, 0, 1, 123000000, time.UTC)
	listing := schemas.Finding{
		FindingID:       schemas.FindingID("e-7f3a", schemas.FakePriceTier),
		EventID:         "e-7f3a",
		Subject:         schemas.SubjectListing,
		SubjectID:       "L-100234",
		SubjectVersion:  3,
		MerchantID:      "M-2001",
		Violation:       schemas.FakePriceTier,
		Rule:            "tier_drop",
		Confidence:      0.97,
		Evidence:        map[string]any{"tier_min_qty": 15000, "tier_price": 13.5, "median_other_tiers": 1400, "ratio": 0.0096},
		Explanation:     "The 15000+ gram tier is priced at 13.50, 1% of the other tiers' median 1400.",
		ExplanationZH:   "15000 克以上档位单价 13.50，仅为其他档位中位数 1400 的 1%。",
		DetectorVersion: "listing/1.0.0",
		PolicyVersion:   "policy/2026-04",
		DetectedAt:      detected,
		EventTime:       time.Date(2026, 4, 20, 10, 0, 0, 0, time.UTC),
	}
	message := listing
	message.FindingID = schemas.FindingID("e-91c2", schemas.OffplatformContact)
	message.EventID, message.Subject, message.SubjectID, message.SubjectVersion = "e-91c2", schemas.SubjectMessage, "MSG-55012", 0
	message.Violation, message.Rule, message.Confidence = schemas.OffplatformContact, "contact_pattern", 0.9
	message.Evidence = map[string]any{"matched": "wechat/whatsapp: +86-186-1234-5678", "buyer_asked": false}
	message.ExplanationZH = ""      // omitted on the wire
	message.EventTime = time.Time{} // omitted on the wire
	message.DetectedAt = detected.In(time.FixedZone("CST", 8*3600))
	order := listing
	order.Subject, order.SubjectID, order.SubjectVersion = schemas.SubjectOrder, "O-77120", 0
	order.Violation, order.Rule, order.Confidence = schemas.ShippingOvercharge, "charged_above_quoted", 1
	order.Evidence = map[string]any{"quoted": 35.0, "charged": 410.0}
	merchant := listing
	merchant.Subject, merchant.SubjectID, merchant.SubjectVersion = "merchant", "M-2001", 0
	merchant.Violation, merchant.Rule, merchant.Confidence = schemas.TradeAssuranceRefusal, schemas.RuleVerifiedComplaint, 1
	merchant.Evidence = map[string]any{"complaint_id": "CP-3001", "reviewed_at": detected}
	complaintOnListing := merchant
	complaintOnListing.Subject, complaintOnListing.SubjectID, complaintOnListing.Violation = schemas.SubjectListing, "L-100234", schemas.FalseMOQ
	emptyEvidence := listing
	emptyEvidence.Evidence = map[string]any{}

	valid := []struct {
		name string
		f    schemas.Finding
	}{
		{"listing finding with every field", listing},
		{"message finding without explanation_zh and event_time, detected_at with offset", message},
		{"order finding", order},
		{"merchant finding from a verified complaint about a message code", merchant},
		{"listing finding from a verified complaint, version unknown", complaintOnListing},
		{"finding with empty evidence", emptyEvidence},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, docs, "finding", b); err != nil {
				t.Errorf("finding.json rejects %s: %v", b, err)
			}
		})
	}

	invalid := []struct {
		name   string
		mutate func(f *schemas.Finding)
	}{
		{"nil evidence marshals to null", func(f *schemas.Finding) { f.Evidence = nil }},
		{"confidence above 1", func(f *schemas.Finding) { f.Confidence = 1.5 }},
		{"confidence negative", func(f *schemas.Finding) { f.Confidence = -0.1 }},
		{"unknown subject", func(f *schemas.Finding) { f.Subject = "buyer" }},
		{"unknown violation", func(f *schemas.Finding) { f.Violation = "fake_reviews" }},
		{"listing subject with a message code", func(f *schemas.Finding) { f.Violation = schemas.OffplatformContact }},
		{"message subject with a listing code", func(f *schemas.Finding) { f.Subject = schemas.SubjectMessage }},
		{"order subject with a listing code", func(f *schemas.Finding) { f.Subject = schemas.SubjectOrder }},
		{"merchant subject with a listing code", func(f *schemas.Finding) { f.Subject = "merchant" }},
		{"negative subject_version", func(f *schemas.Finding) { f.SubjectVersion = -1 }},
		{"empty finding_id", func(f *schemas.Finding) { f.FindingID = "" }},
		{"empty event_id", func(f *schemas.Finding) { f.EventID = "" }},
		{"empty rule", func(f *schemas.Finding) { f.Rule = "" }},
		{"empty explanation", func(f *schemas.Finding) { f.Explanation = "" }},
		{"empty policy_version", func(f *schemas.Finding) { f.PolicyVersion = "" }},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			f := listing
			tc.mutate(&f)
			b, err := json.Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, docs, "finding", b); err == nil {
				t.Errorf("finding.json accepts %s", b)
			}
		})
	}

	t.Run("missing required field", func(t *testing.T) {
		b, _ := json.Marshal(listing)
		for _, field := range []string{"finding_id", "event_id", "subject", "subject_id", "subject_version", "merchant_id",
			"violation", "rule", "confidence", "evidence", "explanation", "detector_version", "policy_version", "detected_at"} {
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			delete(m, field)
			out, _ := json.Marshal(m)
			if err := validate(t, docs, "finding", out); err == nil {
				t.Errorf("finding.json accepts a finding without %s", field)
			}
		}
	})
}
