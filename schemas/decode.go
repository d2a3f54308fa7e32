package schemas

import (
	"errors"
	"fmt"
	"math"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

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
//
// Decoding reuses a pooled parser and scratch space, and reads strings without
// copying while it validates; the decoded event's strings are then copied into
// one allocation of their own, so they never alias the reused buffers and a
// finding that keeps one keeps at most that event's text alive. An upsert
// listing takes a fast path instead (decode_listing.go): one copy of its bytes,
// walked once, its strings pointing into that copy.
type Decoder struct {
	// MaxBytes bounds one encoded event; 0 means DefaultMaxEventBytes.
	MaxBytes int
	pool     sync.Pool // of *decodeState
	// generic turns the listing fast path off: the differential tests
	// compare the two paths.
	generic bool
}

// decodeState is the per-call scratch a Decoder reuses.
type decodeState struct {
	parser fastjson.Parser
	attrs  []attrSpan // SKU attributes, built into maps once strings are owned
	pairs  []string   // attribute keys and values, alternating, aliasing the parser
	size   int        // bytes of the aliasing strings read so far: what own copies
}

// attrSpan is one SKU's attributes object: pairs[start:end] of its decodeState.
type attrSpan struct {
	sku, start, end int
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
	if !d.generic {
		if l, ok := fastListing(raw); ok {
			return l, nil
		}
	}
	st, _ := d.pool.Get().(*decodeState)
	if st == nil {
		st = &decodeState{}
	}
	defer d.pool.Put(st)
	st.attrs, st.pairs, st.size = st.attrs[:0], st.pairs[:0], 0
	v, err := st.parser.ParseBytes(raw)
	if err != nil {
		return nil, &DecodeError{Reason: "invalid JSON: " + err.Error()}
	}
	if v.Type() != fastjson.TypeObject {
		return nil, &DecodeError{Reason: "event is not a JSON object"}
	}
	r := reader{obj: v, st: st}
	schema := r.str("schema")
	if r.err != nil {
		return nil, r.err
	}
	st.size -= len(schema) // events keep the schema's constant
	var ev Event
	switch schema {
	case SchemaListing:
		r.schema = SchemaListing
		l := r.listing()
		if r.err == nil {
			own(st.size, func(s *stringCopier) { listingStrings(l, s, st) })
			ev = l
		}
	case SchemaMessage:
		r.schema = SchemaMessage
		m := r.message()
		if r.err == nil {
			own(st.size, func(s *stringCopier) {
				for _, p := range []*string{&m.EventID, &m.MessageID, &m.ConversationID, &m.MerchantID, &m.BuyerID, &m.Text} {
					*p = s.next(*p)
				}
			})
			ev = m
		}
	case SchemaOrder:
		r.schema = SchemaOrder
		o := r.order()
		if r.err == nil {
			own(st.size, func(s *stringCopier) {
				for _, p := range []*string{&o.EventID, &o.OrderID, &o.ListingID, &o.MerchantID, &o.BuyerID, &o.Currency} {
					*p = s.next(*p)
				}
			})
			ev = o
		}
	case SchemaComplaint:
		r.schema = SchemaComplaint
		c := r.complaint()
		if r.err == nil {
			own(st.size, func(s *stringCopier) {
				for _, p := range []*string{&c.EventID, &c.ComplaintID, &c.MerchantID, &c.ListingID, &c.BuyerID, &c.Claim} {
					*p = s.next(*p)
				}
			})
			ev = c
		}
	default:
		return nil, &DecodeError{Field: "schema", Reason: fmt.Sprintf("unknown schema %q (want listing.v1, message.v1, order.v1 or complaint.v1)", schema)}
	}
	if r.err != nil {
		return nil, r.err
	}
	return ev, nil
}

// stringCopier moves strings that alias the parser into one owned allocation.
type stringCopier struct {
	buf []byte
	all string // the owned allocation; buf is its only writer, and only before Decode returns
}

func (c *stringCopier) next(s string) string {
	if len(c.buf)+len(s) > cap(c.buf) { // not counted by the reader: a decoder bug
		panic("schemas: decoded strings outgrew their allocation")
	}
	start := len(c.buf)
	c.buf = append(c.buf, s...)
	return c.all[start:len(c.buf)]
}

// own has visit pass every aliasing string of a decoded event through one
// allocation of size bytes (the reader's count).
func own(size int, visit func(c *stringCopier)) {
	var c stringCopier
	if size > 0 {
		c.buf = make([]byte, 0, size)
		c.all = unsafe.String(unsafe.SliceData(c.buf), size)
	}
	visit(&c)
}

// listingStrings passes every string field of l through c, and builds the SKU
// attribute maps held in st from owned strings.
func listingStrings(l *Listing, c *stringCopier, st *decodeState) {
	for _, p := range []*string{&l.EventID, &l.ListingID, &l.MerchantID, &l.CategoryID, &l.Title, &l.Description, &l.Currency, &l.Unit} {
		*p = c.next(*p)
	}
	for i := range l.CategoryPath {
		l.CategoryPath[i] = c.next(l.CategoryPath[i])
	}
	for i := range l.SKUs {
		l.SKUs[i].SKUID = c.next(l.SKUs[i].SKUID)
		l.SKUs[i].Name = c.next(l.SKUs[i].Name)
	}
	for i := range l.Shipping {
		l.Shipping[i].Method = c.next(l.Shipping[i].Method)
	}
	for i := range l.Customization {
		l.Customization[i].Option = c.next(l.Customization[i].Option)
	}
	for _, a := range st.attrs {
		m := make(map[string]string, (a.end-a.start)/2)
		for j := a.start; j < a.end; j += 2 {
			m[c.next(st.pairs[j])] = c.next(st.pairs[j+1])
		}
		l.SKUs[a.sku].Attributes = m
	}
}

// reader walks one parsed object and keeps the first error; later calls are no-ops.
// Strings it returns alias the parser's buffer until Decode copies them.
type reader struct {
	obj    *fastjson.Value
	st     *decodeState
	schema string
	prefix string
	// arrField and index name an array element (prefix + arrField[index].), built into
	// the field path only when an error needs it.
	arrField string
	index    int
	err      error
}

// path is the JSON path of this reader's object, with a trailing dot when not the root.
func (r *reader) path() string {
	if r.arrField == "" {
		return r.prefix
	}
	return fmt.Sprintf("%s%s[%d].", r.prefix, r.arrField, r.index)
}

func (r *reader) fail(field, format string, args ...any) {
	if r.err == nil {
		r.err = &DecodeError{Schema: r.schema, Field: r.path() + field, Reason: fmt.Sprintf(format, args...)}
	}
}

// alias is b as a string without copying, valid until the parser is reused;
// it counts b for the copy Decode makes of the event's strings.
func (r *reader) alias(b []byte) string {
	r.st.size += len(b)
	return unsafe.String(unsafe.SliceData(b), len(b))
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
	return r.alias(b)
}

// str reads a required, non-empty string.
func (r *reader) str(field string) string {
	s := r.strOpt(field, true)
	if r.err == nil && s == "" {
		r.fail(field, "must not be empty")
	}
	return s
}

// The allowed values of each enum field, in the order error messages list them.
var (
	listingOps      = []string{OpUpsert, OpDelete}
	senders         = []string{SenderSeller, SenderBuyer}
	channels        = []string{ChannelChat, ChannelInquiry, ChannelRFQ, ChannelSiteMessage}
	kinds           = []string{KindText, KindAutoReply, KindSignature}
	orderStages     = []string{StageNone, StageOrdered, StageShipping}
	complaintStages = []string{StageInquiry, StagePrePayment, StagePostPayment}
)

func (r *reader) enum(field string, allowed []string) string {
	s := r.str(field)
	if r.err != nil {
		return ""
	}
	for _, a := range allowed {
		if s == a {
			r.st.size -= len(s) // the constant owns its bytes: nothing to copy
			return a
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

// optAmount reads an optional amount; ok is false when it is absent, null or invalid.
func (r *reader) optAmount(field string) (f float64, ok bool) {
	f, ok = r.num(field, false)
	if ok && f < 0 {
		r.fail(field, "must not be negative, got %v", f)
		return 0, false
	}
	return f, ok
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
	r.st.size -= len(s) // parsed, not kept
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

// elem returns a sub-reader for element i of array field, or false (with the
// error recorded) when the element is not an object or an error came first.
func (r *reader) elem(field string, i int, item *fastjson.Value) (reader, bool) {
	sub := reader{obj: item, st: r.st, schema: r.schema, prefix: r.prefix, arrField: field, index: i}
	if r.err != nil {
		return sub, false
	}
	if item.Type() != fastjson.TypeObject {
		p := sub.path()
		r.err = &DecodeError{Schema: r.schema, Field: p[:len(p)-1], Reason: "must be an object"}
		return sub, false
	}
	return sub, true
}

// done moves a sub-reader's error, if any, to r.
func (r *reader) done(sub *reader) {
	if sub.err != nil && r.err == nil {
		r.err = sub.err
	}
}

// listingBlock is a listing with room for its optional price range and sample
// price, so that the three take one allocation.
type listingBlock struct {
	l           Listing
	priceRange  PriceRange
	samplePrice float64
}

func (r *reader) listing() *Listing {
	blk := &listingBlock{l: Listing{Schema: SchemaListing}}
	l := &blk.l
	l.EventID = r.str("event_id")
	l.Op = r.enum("op", listingOps)
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
	if path := r.array("category_path", false); len(path) > 0 {
		l.CategoryPath = make([]string, 0, len(path))
		for i, v := range path {
			b, err := v.StringBytes()
			if err != nil {
				r.fail(fmt.Sprintf("category_path[%d]", i), "must be a string")
				break
			}
			l.CategoryPath = append(l.CategoryPath, r.alias(b))
		}
	}
	l.Title = r.str("title")
	l.Description = r.strOpt("description", false)
	l.Currency = r.str("currency")
	l.Unit = r.str("unit")
	l.MOQ = r.amount("moq", true)
	tiers := r.array("price_tiers", true)
	l.PriceTiers = make([]PriceTier, 0, len(tiers)) // present but possibly empty (range-priced)
	for i, item := range tiers {
		s, ok := r.elem("price_tiers", i, item)
		if !ok {
			break
		}
		l.PriceTiers = append(l.PriceTiers, PriceTier{MinQty: s.amount("min_qty", true), UnitPrice: s.amount("unit_price", true)})
		r.done(&s)
	}
	for i := 1; i < len(l.PriceTiers) && r.err == nil; i++ {
		if l.PriceTiers[i].MinQty <= l.PriceTiers[i-1].MinQty {
			r.fail(fmt.Sprintf("price_tiers[%d].min_qty", i), "tiers must be in ascending min_qty order")
		}
	}
	if v := r.get("price_range", false); v != nil {
		if v.Type() != fastjson.TypeObject {
			r.fail("price_range", "must be an object or null, got %s", v.Type())
		} else {
			sub := reader{obj: v, st: r.st, schema: r.schema, prefix: "price_range."}
			pr := PriceRange{Min: sub.amount("min", true), Max: sub.amount("max", true)}
			if sub.err == nil && pr.Max < pr.Min {
				sub.fail("max", "must not be below min")
			}
			if sub.err != nil && r.err == nil {
				r.err = sub.err
			}
			blk.priceRange = pr
			l.PriceRange = &blk.priceRange
		}
	}
	if skus := r.array("skus", false); len(skus) > 0 {
		l.SKUs = make([]SKU, 0, len(skus))
		for i, item := range skus {
			s, ok := r.elem("skus", i, item)
			if !ok {
				break
			}
			r.sku(&s, l)
			r.done(&s)
			if r.err != nil {
				break
			}
		}
	}
	if ship := r.array("shipping", false); len(ship) > 0 {
		l.Shipping = make([]ShippingOption, 0, len(ship))
		for i, item := range ship {
			s, ok := r.elem("shipping", i, item)
			if !ok {
				break
			}
			l.Shipping = append(l.Shipping, ShippingOption{Method: s.strOpt("method", false), Fee: s.amount("fee", true), ForQty: s.amount("for_qty", true)})
			r.done(&s)
		}
	}
	if cust := r.array("customization", false); len(cust) > 0 {
		l.Customization = make([]CustomizationOffer, 0, len(cust))
		for i, item := range cust {
			s, ok := r.elem("customization", i, item)
			if !ok {
				break
			}
			l.Customization = append(l.Customization, CustomizationOffer{Option: s.strOpt("option", false), MinQty: s.amount("min_qty", true)})
			r.done(&s)
		}
	}
	if f, ok := r.optAmount("sample_price"); ok {
		blk.samplePrice = f
		l.SamplePrice = &blk.samplePrice
	}
	l.UpdatedAt = r.timestamp("updated_at")
	if r.err == nil && len(l.PriceTiers) == 0 && l.PriceRange == nil && len(l.SKUs) == 0 {
		r.fail("price_tiers", "listing has no price: price_tiers, price_range and skus are all empty")
	}
	return l
}

// sku decodes one SKU object read by s and appends it to l.SKUs. Its attributes
// go to r.st as aliasing pairs; Decode builds the map once the strings are owned.
func (r *reader) sku(s *reader, l *Listing) {
	sku := SKU{SKUID: s.str("sku_id"), Name: s.strOpt("name", false), UnitPrice: s.amount("unit_price", true)}
	if v := s.get("attributes", false); v != nil {
		o, err := v.Object()
		if err != nil {
			s.fail("attributes", "must be an object, got %s", v.Type())
			return
		}
		start := len(r.st.pairs)
		o.Visit(func(k []byte, av *fastjson.Value) {
			b, err := av.StringBytes()
			if err != nil {
				s.fail("attributes."+string(k), "must be a string")
				return
			}
			r.st.pairs = append(r.st.pairs, r.alias(k), r.alias(b))
		})
		r.st.attrs = append(r.st.attrs, attrSpan{sku: len(l.SKUs), start: start, end: len(r.st.pairs)})
	}
	l.SKUs = append(l.SKUs, sku)
}

func (r *reader) message() *Message {
	return &Message{
		Schema:         SchemaMessage,
		EventID:        r.str("event_id"),
		MessageID:      r.str("message_id"),
		ConversationID: r.str("conversation_id"),
		MerchantID:     r.str("merchant_id"),
		BuyerID:        r.str("buyer_id"),
		Sender:         r.enum("sender", senders),
		Channel:        r.enum("channel", channels),
		Kind:           r.enum("kind", kinds),
		Text:           r.strOpt("text", true),
		OrderStage:     r.enum("order_stage", orderStages),
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
		Stage:       r.enum("stage", complaintStages),
		Claim:       r.str("claim"),
		Verified:    r.boolean("verified"),
		ReviewedAt:  r.timestamp("reviewed_at"),
	}
	if r.err == nil && !IsViolationCode(c.Claim) {
		r.fail("claim", "unknown violation code %q", c.Claim)
	}
	return c
}
