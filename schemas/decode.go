package schemas

import (
	"errors"
	"fmt"
	"math"
	"time"
	"unicode/utf8"

	"github.com/valyala/fastjson"
)

// DefaultMaxEventBytes is the size limit of one encoded event unless configured.
const DefaultMaxEventBytes = 256 << 10

// DecodeError says why an event was rejected. Field is empty when the event as a
// whole is at fault (size, syntax, encoding). A DecodeError is permanent: the same
// bytes will never decode, so the event belongs in the dead-letter topic.
type DecodeError struct {
	Schema string // the event's schema when known
	Field  string // JSON path of the offending field, e.g. "price_tiers[2].unit_price"
	Reason string
}

func (e *DecodeError) Error() string {
	switch {
	case e.Field != "" && e.Schema != "":
		return fmt.Sprintf("%s: field %q: %s", e.Schema, e.Field, e.Reason)
	case e.Field != "":
		return fmt.Sprintf("field %q: %s", e.Field, e.Reason)
	case e.Schema != "":
		return e.Schema + ": " + e.Reason
	}
	return e.Reason
}

// IsDecodeError reports whether err is (or wraps) a *DecodeError.
func IsDecodeError(err error) bool {
	var de *DecodeError
	return errors.As(err, &de)
}

// Decoder decodes events strictly: unknown schema, missing required fields, wrong
// types, negative or non-finite money and quantities, invalid UTF-8 and oversized
// events are errors. Unknown extra fields are allowed (the contract lets producers
// add optional fields). A Decoder is safe for concurrent use.
type Decoder struct {
	// MaxBytes bounds one encoded event; 0 means DefaultMaxEventBytes.
	MaxBytes int
	pool     fastjson.ParserPool
}

// Decode decodes one JSON-encoded event.
func (d *Decoder) Decode(raw []byte) (Event, error) {
	limit := d.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxEventBytes
	}
	if len(raw) > limit {
		return nil, &DecodeError{Reason: fmt.Sprintf("event is %d bytes, over the %d-byte limit", len(raw), limit)}
	}
	if !utf8.Valid(raw) {
		return nil, &DecodeError{Reason: "event is not valid UTF-8"}
	}
	p := d.pool.Get()
	defer d.pool.Put(p)
	v, err := p.ParseBytes(raw)
	if err != nil {
		return nil, &DecodeError{Reason: "invalid JSON: " + err.Error()}
	}
	if v.Type() != fastjson.TypeObject {
		return nil, &DecodeError{Reason: "event is not a JSON object"}
	}
	r := reader{obj: v}
	schema := r.str("schema")
	if r.err != nil {
		return nil, r.err
	}
	r.schema = schema
	var ev Event
	switch schema {
	case SchemaListing:
		ev = r.listing()
	case SchemaMessage:
		ev = r.message()
	case SchemaOrder:
		ev = r.order()
	case SchemaComplaint:
		ev = r.complaint()
	default:
		return nil, &DecodeError{Field: "schema", Reason: fmt.Sprintf("unknown schema %q (want listing.v1, message.v1, order.v1 or complaint.v1)", schema)}
	}
	if r.err != nil {
		return nil, r.err
	}
	return ev, nil
}

// reader walks one parsed object and keeps the first error; later calls are no-ops.
type reader struct {
	obj    *fastjson.Value
	schema string
	prefix string
	err    error
}

func (r *reader) fail(field, format string, args ...any) {
	if r.err == nil {
		r.err = &DecodeError{Schema: r.schema, Field: r.prefix + field, Reason: fmt.Sprintf(format, args...)}
	}
}

// get returns the field's value; a missing or null required field is an error.
func (r *reader) get(field string, required bool) *fastjson.Value {
	if r.err != nil {
		return nil
	}
	v := r.obj.Get(field)
	if v == nil || v.Type() == fastjson.TypeNull {
		if required {
			r.fail(field, "required field is missing")
		}
		return nil
	}
	return v
}

func (r *reader) strOpt(field string, required bool) string {
	v := r.get(field, required)
	if v == nil {
		return ""
	}
	b, err := v.StringBytes()
	if err != nil {
		r.fail(field, "must be a string, got %s", v.Type())
		return ""
	}
	return string(b)
}

// str reads a required, non-empty string.
func (r *reader) str(field string) string {
	s := r.strOpt(field, true)
	if r.err == nil && s == "" {
		r.fail(field, "must not be empty")
	}
	return s
}

func (r *reader) enum(field string, allowed ...string) string {
	s := r.str(field)
	if r.err != nil {
		return ""
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	r.fail(field, "unknown value %q (want one of %v)", s, allowed)
	return ""
}

func (r *reader) num(field string, required bool) (float64, bool) {
	v := r.get(field, required)
	if v == nil {
		return 0, false
	}
	if v.Type() != fastjson.TypeNumber {
		r.fail(field, "must be a number, got %s", v.Type())
		return 0, false
	}
	f := v.GetFloat64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		r.fail(field, "must be a finite number")
		return 0, false
	}
	return f, true
}

// amount reads a non-negative, finite number (a price, fee or quantity).
func (r *reader) amount(field string, required bool) float64 {
	f, ok := r.num(field, required)
	if ok && f < 0 {
		r.fail(field, "must not be negative, got %v", f)
	}
	return f
}

func (r *reader) optAmount(field string) *float64 {
	f, ok := r.num(field, false)
	if !ok {
		return nil
	}
	if f < 0 {
		r.fail(field, "must not be negative, got %v", f)
		return nil
	}
	return &f
}

func (r *reader) integer(field string, required bool) int64 {
	f, ok := r.num(field, required)
	if !ok {
		return 0
	}
	if f != math.Trunc(f) || f < 0 || f > 1<<53 {
		r.fail(field, "must be a non-negative integer, got %v", f)
		return 0
	}
	return int64(f)
}

func (r *reader) boolean(field string) bool {
	v := r.get(field, true)
	if v == nil {
		return false
	}
	b, err := v.Bool()
	if err != nil {
		r.fail(field, "must be true or false, got %s", v.Type())
	}
	return b
}

func (r *reader) timestamp(field string) time.Time {
	s := r.str(field)
	if r.err != nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		r.fail(field, "must be an RFC 3339 time, got %q", s)
		return time.Time{}
	}
	return t.UTC()
}

// array returns the elements of an optional array field (nil when absent or null).
func (r *reader) array(field string, required bool) []*fastjson.Value {
	v := r.get(field, required)
	if v == nil {
		return nil
	}
	a, err := v.Array()
	if err != nil {
		r.fail(field, "must be an array, got %s", v.Type())
		return nil
	}
	return a
}

// each runs fn on a sub-reader for every object element of an array field.
func (r *reader) each(field string, required bool, fn func(i int, sub *reader)) {
	items := r.array(field, required)
	for i, item := range items {
		if r.err != nil {
			return
		}
		sub := reader{obj: item, schema: r.schema, prefix: fmt.Sprintf("%s%s[%d].", r.prefix, field, i)}
		if item.Type() != fastjson.TypeObject {
			r.err = &DecodeError{Schema: r.schema, Field: sub.prefix[:len(sub.prefix)-1], Reason: "must be an object"}
			return
		}
		fn(i, &sub)
		if sub.err != nil {
			r.err = sub.err
		}
	}
}

func (r *reader) listing() *Listing {
	l := &Listing{Schema: SchemaListing}
	l.EventID = r.str("event_id")
	l.Op = r.enum("op", OpUpsert, OpDelete)
	l.ListingID = r.str("listing_id")
	l.MerchantID = r.str("merchant_id")
	if l.Op == OpDelete {
		l.Version = r.integer("version", false)
		if t := r.strOpt("updated_at", false); t != "" {
			l.UpdatedAt = r.timestamp("updated_at")
		}
		return l
	}
	l.Version = r.integer("version", true)
	l.CategoryID = r.str("category_id")
	for i, v := range r.array("category_path", false) {
		b, err := v.StringBytes()
		if err != nil {
			r.fail(fmt.Sprintf("category_path[%d]", i), "must be a string")
			break
		}
		l.CategoryPath = append(l.CategoryPath, string(b))
	}
	l.Title = r.str("title")
	l.Description = r.strOpt("description", false)
	l.Currency = r.str("currency")
	l.Unit = r.str("unit")
	l.MOQ = r.amount("moq", true)
	l.PriceTiers = []PriceTier{} // present but possibly empty (range-priced)
	r.each("price_tiers", true, func(_ int, s *reader) {
		l.PriceTiers = append(l.PriceTiers, PriceTier{MinQty: s.amount("min_qty", true), UnitPrice: s.amount("unit_price", true)})
	})
	for i := 1; i < len(l.PriceTiers) && r.err == nil; i++ {
		if l.PriceTiers[i].MinQty <= l.PriceTiers[i-1].MinQty {
			r.fail(fmt.Sprintf("price_tiers[%d].min_qty", i), "tiers must be in ascending min_qty order")
		}
	}
	if v := r.get("price_range", false); v != nil {
		if v.Type() != fastjson.TypeObject {
			r.fail("price_range", "must be an object or null, got %s", v.Type())
		} else {
			sub := reader{obj: v, schema: r.schema, prefix: "price_range."}
			pr := PriceRange{Min: sub.amount("min", true), Max: sub.amount("max", true)}
			if sub.err == nil && pr.Max < pr.Min {
				sub.fail("max", "must not be below min")
			}
			if sub.err != nil && r.err == nil {
				r.err = sub.err
			}
			l.PriceRange = &pr
		}
	}
	r.each("skus", false, func(_ int, s *reader) {
		sku := SKU{SKUID: s.str("sku_id"), Name: s.strOpt("name", false), UnitPrice: s.amount("unit_price", true)}
		if v := s.get("attributes", false); v != nil {
			o, err := v.Object()
			if err != nil {
				s.fail("attributes", "must be an object, got %s", v.Type())
				return
			}
			sku.Attributes = make(map[string]string, o.Len())
			o.Visit(func(k []byte, av *fastjson.Value) {
				b, err := av.StringBytes()
				if err != nil {
					s.fail("attributes."+string(k), "must be a string")
					return
				}
				sku.Attributes[string(k)] = string(b)
			})
		}
		l.SKUs = append(l.SKUs, sku)
	})
	r.each("shipping", false, func(_ int, s *reader) {
		l.Shipping = append(l.Shipping, ShippingOption{Method: s.strOpt("method", false), Fee: s.amount("fee", true), ForQty: s.amount("for_qty", true)})
	})
	r.each("customization", false, func(_ int, s *reader) {
		l.Customization = append(l.Customization, CustomizationOffer{Option: s.strOpt("option", false), MinQty: s.amount("min_qty", true)})
	})
	l.SamplePrice = r.optAmount("sample_price")
	l.UpdatedAt = r.timestamp("updated_at")
	if r.err == nil && len(l.PriceTiers) == 0 && l.PriceRange == nil && len(l.SKUs) == 0 {
		r.fail("price_tiers", "listing has no price: price_tiers, price_range and skus are all empty")
	}
	return l
}

func (r *reader) message() *Message {
	return &Message{
		Schema:         SchemaMessage,
		EventID:        r.str("event_id"),
		MessageID:      r.str("message_id"),
		ConversationID: r.str("conversation_id"),
		MerchantID:     r.str("merchant_id"),
		BuyerID:        r.str("buyer_id"),
		Sender:         r.enum("sender", SenderSeller, SenderBuyer),
		Channel:        r.enum("channel", ChannelChat, ChannelInquiry, ChannelRFQ, ChannelSiteMessage),
		Kind:           r.enum("kind", KindText, KindAutoReply, KindSignature),
		Text:           r.strOpt("text", true),
		OrderStage:     r.enum("order_stage", StageNone, StageOrdered, StageShipping),
		SentAt:         r.timestamp("sent_at"),
	}
}

func (r *reader) order() *Order {
	return &Order{
		Schema:             SchemaOrder,
		EventID:            r.str("event_id"),
		OrderID:            r.str("order_id"),
		ListingID:          r.str("listing_id"),
		MerchantID:         r.str("merchant_id"),
		BuyerID:            r.str("buyer_id"),
		Quantity:           r.amount("quantity", true),
		Currency:           r.str("currency"),
		QuotedShippingFee:  r.amount("quoted_shipping_fee", true),
		ChargedShippingFee: r.amount("charged_shipping_fee", true),
		TradeAssurance:     r.boolean("trade_assurance"),
		PlacedAt:           r.timestamp("placed_at"),
	}
}

func (r *reader) complaint() *Complaint {
	c := &Complaint{
		Schema:      SchemaComplaint,
		EventID:     r.str("event_id"),
		ComplaintID: r.str("complaint_id"),
		MerchantID:  r.str("merchant_id"),
		ListingID:   r.str("listing_id"),
		BuyerID:     r.str("buyer_id"),
		Stage:       r.enum("stage", StageInquiry, StagePrePayment, StagePostPayment),
		Claim:       r.str("claim"),
		Verified:    r.boolean("verified"),
		ReviewedAt:  r.timestamp("reviewed_at"),
	}
	if r.err == nil && !IsViolationCode(c.Claim) {
		r.fail("claim", "unknown violation code %q", c.Claim)
	}
	return c
}
