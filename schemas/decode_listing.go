package schemas

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/bits"
	"time"
	"unsafe"

	"github.com/valyala/fastjson/fastfloat"
)

// The listing fast path.
//
// Listings are most of the decoder's work, and the generic path spends it
// building fastjson's parse tree (pointer writes into a reused tree, which
// the garbage collector's write barrier makes dear) and then looking fields up
// in it. fastListing instead copies the event's bytes once into an allocation
// of its own, walks the copy once and fills the Listing as the fields come,
// its strings pointing into the copy (so they own their bytes, and a finding
// that keeps one keeps at most its own event's text alive, as with the
// generic path). It only ever accepts: on anything it is not sure of — a syntax
// or type error, a missing field, an escaped string, a number outside strict
// JSON grammar, a delete — it gives up and Decode runs the generic path, which
// then accepts or rejects exactly as before, with the same DecodeError. So the
// generic decoder stays the one definition of the contract, and the fast path
// need only agree with it on what it accepts (FuzzListingFastPath checks that).

// Fast-path limits: a deeper or wider listing is left to the generic path.
const (
	fastMaxDepth = 32
	// Element counts kept inside the listing's own allocation; longer slices
	// are allocated separately.
	fastPath     = 4
	fastTiers    = 4
	fastSKUs     = 6
	fastShipping = 2
	fastCustom   = 2
)

// fastListingBlock is a listing with room for its optional parts and its
// usual number of slice elements, so that a typical listing is one
// allocation besides the copy of its bytes and its SKU attribute maps.
type fastListingBlock struct {
	listingBlock
	path  [fastPath]string
	tiers [fastTiers]PriceTier
	skus  [fastSKUs]SKU
	ship  [fastShipping]ShippingOption
	cust  [fastCustom]CustomizationOffer
}

// Top-level listing fields the fast path reads, as bits of a seen-set (the
// first occurrence of a key counts, as with fastjson's Get), in the order of
// listingKeys.
const (
	lfSchema = 1 << iota
	lfEventID
	lfOp
	lfListingID
	lfVersion
	lfMerchantID
	lfCategoryID
	lfCategoryPath
	lfTitle
	lfDescription
	lfCurrency
	lfUnit
	lfMOQ
	lfPriceTiers
	lfPriceRange
	lfSKUs
	lfShipping
	lfCustomization
	lfSamplePrice
	lfUpdatedAt

	lfRequired = lfSchema | lfEventID | lfOp | lfListingID | lfVersion | lfMerchantID | lfCategoryID |
		lfTitle | lfCurrency | lfUnit | lfMOQ | lfPriceTiers | lfUpdatedAt
)

// scanner reads JSON from b at i. Its methods return false when the input is
// anything the fast path leaves to the generic decoder.
type scanner struct {
	b     []byte
	i     int
	depth int
}

func (s *scanner) ws() {
	for s.i < len(s.b) && s.b[s.i] <= ' ' {
		switch s.b[s.i] {
		case ' ', '\n', '\t', '\r':
			s.i++
		default:
			return
		}
	}
}

// consume skips white space and then the byte c.
func (s *scanner) consume(c byte) bool {
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// peek skips white space and returns the next byte (0 at the end).
func (s *scanner) peek() byte {
	s.ws()
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// rawString reads a string without escapes and returns it aliasing b.
func (s *scanner) rawString() (string, bool) {
	if s.peek() != '"' {
		return "", false
	}
	rest := s.b[s.i+1:]
	// Eight bytes a step: a byte equal to c is a zero byte of w^c, and the
	// lowest set bit of (x-ones)&^x&highs marks exactly the first zero byte
	// of x, so the lowest of the two marks is the first quote or backslash.
	n := 0
	for ; n+8 <= len(rest) && n < 32; n += 8 {
		w := binary.LittleEndian.Uint64(rest[n : n+8])
		q, e := w^(swarOnes*'"'), w^(swarOnes*'\\')
		if m := ((q-swarOnes)&^q | (e-swarOnes)&^e) & swarHighs; m != 0 {
			n += bits.TrailingZeros64(m) / 8
			if rest[n] != '"' {
				return "", false
			}
			s.i += n + 2
			return unsafe.String(unsafe.SliceData(rest), n), true
		}
	}
	if n >= 32 {
		// A long text: leave it to IndexByte's wider steps.
		q := bytes.IndexByte(rest[n:], '"')
		if q < 0 || bytes.IndexByte(rest[n:n+q], '\\') >= 0 {
			return "", false
		}
		n += q
		s.i += n + 2
		return unsafe.String(unsafe.SliceData(rest), n), true
	}
	for ; n < len(rest); n++ {
		switch rest[n] {
		case '"':
			s.i += n + 2
			return unsafe.String(unsafe.SliceData(rest), n), true
		case '\\':
			return "", false
		}
	}
	return "", false
}

// Word-at-a-time constants: a byte of ones, and each byte's high bit.
const (
	swarOnes  = 0x0101010101010101
	swarHighs = 0x8080808080808080
)

// null consumes a JSON null if one is next.
func (s *scanner) null() bool {
	if s.peek() == 'n' && len(s.b)-s.i >= 4 && string(s.b[s.i:s.i+4]) == "null" {
		s.i += 4
		return true
	}
	return false
}

// optString reads a string or null (""); the generic decoder's strOpt.
func (s *scanner) optString() (string, bool) {
	if s.null() {
		return "", true
	}
	return s.rawString()
}

// reqString reads a non-empty string; the generic decoder's str.
func (s *scanner) reqString() (string, bool) {
	v, ok := s.rawString()
	return v, ok && v != ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number reads a number in strict JSON grammar, valued as fastjson values it,
// and finite.
func (s *scanner) number() (float64, bool) {
	s.ws()
	b, i := s.b, s.i
	start := i
	minus := i < len(b) && b[i] == '-'
	if minus {
		i++
	}
	// d and digits: the mantissa's digits, for the common short numbers.
	var d uint64
	digits, frac := 0, 0
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && isDigit(b[i]):
		for i < len(b) && isDigit(b[i]) {
			d = d*10 + uint64(b[i]-'0')
			digits++
			i++
		}
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || !isDigit(b[i]) {
			return 0, false
		}
		for i < len(b) && isDigit(b[i]) {
			d = d*10 + uint64(b[i]-'0')
			digits++
			frac++
			i++
		}
	}
	exp := false
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		exp = true
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || !isDigit(b[i]) {
			return 0, false
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	// fastjson's number token runs on over these; let it judge such input.
	if i < len(b) {
		switch b[i] {
		case '.', '-', '+', 'e', 'E':
			return 0, false
		}
		if isDigit(b[i]) { // a leading zero followed by digits
			return 0, false
		}
	}
	s.i = i
	var f float64
	if !exp && digits <= 15 {
		// What fastfloat.ParseBestEffort computes for such a number (the
		// mantissa as one float, divided by a power of ten), without a
		// second pass over it.
		f = float64(d) / pow10[frac]
		if minus {
			f = -f
		}
		return f, true
	}
	f = fastfloat.ParseBestEffort(unsafe.String(unsafe.SliceData(b[start:]), i-start))
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// pow10 are fastfloat's exact powers of ten for short mantissas.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// amount reads a non-negative finite number.
func (s *scanner) amount() (float64, bool) {
	f, ok := s.number()
	return f, ok && f >= 0
}

// optAmount reads an amount or null (absent).
func (s *scanner) optAmount() (f float64, present, ok bool) {
	if s.null() {
		return 0, false, true
	}
	f, ok = s.amount()
	return f, true, ok
}

// skip passes over any JSON value.
func (s *scanner) skip() bool {
	switch s.peek() {
	case '"':
		for j := s.i + 1; j < len(s.b); j++ {
			switch s.b[j] {
			case '"':
				s.i = j + 1
				return true
			case '\\':
				j++
			}
		}
		return false
	case '{':
		return s.object(func(string) bool { return s.skip() })
	case '[':
		return s.array(func(int) bool { return s.skip() })
	case 't':
		return s.literal("true")
	case 'f':
		return s.literal("false")
	case 'n':
		return s.literal("null")
	}
	_, ok := s.number()
	return ok
}

func (s *scanner) literal(lit string) bool {
	if len(s.b)-s.i >= len(lit) && string(s.b[s.i:s.i+len(lit)]) == lit {
		s.i += len(lit)
		return true
	}
	return false
}

// object reads an object, calling member for each key with the scanner at
// its value; member must consume the value.
func (s *scanner) object(member func(key string) bool) bool {
	return s.objectKeys(nil, member)
}

// keyList is the keys of an object in the order producers write them, for
// objectKeys to expect.
type keyList []expectedKey

// expectedKey is a key and its member's opening, quoted and with the colon
// (`"min_qty":`), also as two little-endian words and the masks of the
// bytes they hold, for openings of up to 16 bytes.
type expectedKey struct {
	name, open string
	w, mask    [2]uint64
}

func keys(names ...string) keyList {
	ks := make(keyList, len(names))
	for i, n := range names {
		k := expectedKey{name: n, open: `"` + n + `":`}
		for j := 0; j < len(k.open) && j < 16; j++ {
			k.w[j/8] |= uint64(k.open[j]) << (8 * (j % 8))
			k.mask[j/8] |= 0xff << (8 * (j % 8))
		}
		ks[i] = k
	}
	return ks
}

// at reports whether b starts with k's opening.
func (k *expectedKey) at(b []byte) bool {
	if len(k.open) <= 16 && len(b) >= 16 {
		return binary.LittleEndian.Uint64(b)&k.mask[0] == k.w[0] &&
			binary.LittleEndian.Uint64(b[8:])&k.mask[1] == k.w[1]
	}
	return len(b) >= len(k.open) && string(b[:len(k.open)]) == k.open
}

// key reads a member's key and colon, and returns the key's index in
// expect (-1 when it is not there). When the member's opening is the one
// expected at index at, it is recognised by one comparison and the key
// returned is expect's string (equal to it, and cheap to compare with the
// constants callers switch on); else the key is read as any string.
func (s *scanner) key(expect keyList, at int) (key string, idx int, ok bool) {
	s.ws()
	if at < len(expect) {
		if k := &expect[at]; k.at(s.b[s.i:]) {
			s.i += len(k.open)
			return k.name, at, true
		}
	}
	key, ok = s.rawString()
	if !ok || !s.consume(':') {
		return "", -1, false
	}
	for i := range expect {
		if expect[i].name == key {
			return key, i, true
		}
	}
	return key, -1, true
}

// objectKeys is object for an object whose keys usually come as in expect.
func (s *scanner) objectKeys(expect keyList, member func(key string) bool) bool {
	if !s.consume('{') {
		return false
	}
	if s.depth++; s.depth > fastMaxDepth {
		return false
	}
	if s.peek() == '}' {
		s.i++
		s.depth--
		return true
	}
	for at := 0; ; {
		key, idx, ok := s.key(expect, at)
		if !ok || !member(key) {
			return false
		}
		if idx >= 0 {
			at = idx + 1 // expect what usually follows it
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			s.depth--
			return true
		default:
			return false
		}
	}
}

// array reads an array, calling elem for each element with the scanner at it.
func (s *scanner) array(elem func(i int) bool) bool {
	if !s.consume('[') {
		return false
	}
	if s.depth++; s.depth > fastMaxDepth {
		return false
	}
	if s.peek() == ']' {
		s.i++
		s.depth--
		return true
	}
	for n := 0; ; n++ {
		if !elem(n) {
			return false
		}
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			s.i++
			s.depth--
			return true
		default:
			return false
		}
	}
}

// optArray reads an array or null; null is an array of no elements.
func (s *scanner) optArray(elem func(i int) bool) bool {
	return s.null() || s.array(elem)
}

// fastListing decodes raw as an upsert listing.v1, or returns false for the
// generic path to decide.
func fastListing(raw []byte) (*Listing, bool) {
	if otherSchemaFirst(raw) {
		return nil, false // spare it the copy
	}
	own := bytes.Clone(raw) // not zeroed first, unlike make and copy
	p := listingParse{s: scanner{b: own}, blk: &fastListingBlock{}}
	if !p.object() {
		return nil, false
	}
	blk := p.blk
	l := &blk.l
	l.Schema, l.Op = SchemaListing, OpUpsert
	l.CategoryPath = clip(l.CategoryPath)
	if l.PriceTiers = clip(l.PriceTiers); l.PriceTiers == nil {
		l.PriceTiers = blk.tiers[:0:0] // required: present even when empty
	}
	l.SKUs = clip(l.SKUs)
	l.Shipping = clip(l.Shipping)
	l.Customization = clip(l.Customization)
	if p.hasRange {
		l.PriceRange = &blk.priceRange
	}
	if p.hasSample {
		l.SamplePrice = &blk.samplePrice
	}
	return l, true
}

// otherSchemaFirst reports an event that starts with another schema than
// listing.v1, in the form producers write ({"schema": "message.v1", ...):
// two prefix compares, so that messages pay next to nothing for the fast
// path. Anything else (another spacing, schema not first) goes on to the
// fast path, which checks the schema itself.
func otherSchemaFirst(raw []byte) bool {
	var rest []byte
	switch {
	case bytes.HasPrefix(raw, []byte(`{"schema": "`)):
		rest = raw[len(`{"schema": "`):]
	case bytes.HasPrefix(raw, []byte(`{"schema":"`)):
		rest = raw[len(`{"schema":"`):]
	default:
		return false
	}
	return !bytes.HasPrefix(rest, []byte(SchemaListing+`"`))
}

// clip is elems with no spare capacity, nil when empty: a slice read into a
// block's room or grown by append ends like the generic path's make(n).
func clip[T any](elems []T) []T {
	if len(elems) == 0 {
		return nil
	}
	return elems[:len(elems):len(elems)]
}

// listingParse is the state of one fastListing call.
type listingParse struct {
	s         scanner
	blk       *fastListingBlock
	seen      uint32
	hasRange  bool
	hasSample bool
}

// object reads the listing object and checks what the generic decoder checks
// once all fields are read.
func (p *listingParse) object() bool {
	s := &p.s
	if !s.consume('{') || s.peek() == '}' {
		return false
	}
	s.depth++
	for at := 0; ; {
		_, idx, ok := s.key(listingKeys, at)
		if !ok {
			return false
		}
		var bit uint32 // 0 for a key the listing does not have
		if idx >= 0 {
			bit, at = 1<<idx, idx+1
		}
		if !p.field(bit) {
			return false
		}
		if c := s.peek(); c == '}' {
			s.i++
			break
		} else if c != ',' {
			return false
		}
		s.i++
	}
	if s.ws(); s.i != len(s.b) || p.seen&lfRequired != lfRequired {
		return false
	}
	l := &p.blk.l
	for i := 1; i < len(l.PriceTiers); i++ {
		if l.PriceTiers[i].MinQty <= l.PriceTiers[i-1].MinQty {
			return false
		}
	}
	return len(l.PriceTiers) > 0 || p.hasRange || len(l.SKUs) > 0
}

// field reads the value of one top-level member, the field of bit (0: a
// key the listing does not have).
func (p *listingParse) field(bit uint32) bool {
	s, blk := &p.s, p.blk
	l := &blk.l
	if bit == 0 || p.seen&bit != 0 {
		return s.skip() // unknown, or not the first occurrence
	}
	p.seen |= bit
	var ok bool
	switch bit {
	case lfSchema:
		var v string
		v, ok = s.rawString()
		ok = ok && v == SchemaListing
	case lfEventID:
		l.EventID, ok = s.reqString()
	case lfOp:
		var v string
		v, ok = s.rawString()
		ok = ok && v == OpUpsert // deletes go the generic way
	case lfListingID:
		l.ListingID, ok = s.reqString()
	case lfVersion:
		var v float64
		v, ok = s.number()
		ok = ok && v == math.Trunc(v) && v >= 0 && v <= 1<<53
		l.Version = int64(v)
	case lfMerchantID:
		l.MerchantID, ok = s.reqString()
	case lfCategoryID:
		l.CategoryID, ok = s.reqString()
	case lfCategoryPath:
		l.CategoryPath = blk.path[:0]
		ok = s.optArray(func(int) bool {
			v, ok := s.rawString()
			l.CategoryPath = append(l.CategoryPath, v)
			return ok
		})
	case lfTitle:
		l.Title, ok = s.reqString()
	case lfDescription:
		l.Description, ok = s.optString()
	case lfCurrency:
		l.Currency, ok = s.reqString()
	case lfUnit:
		l.Unit, ok = s.reqString()
	case lfMOQ:
		l.MOQ, ok = s.amount()
	case lfPriceTiers:
		l.PriceTiers = blk.tiers[:0]
		ok = s.array(func(int) bool {
			var t PriceTier
			ok := s.amounts(tierKeys, &t.MinQty, &t.UnitPrice)
			l.PriceTiers = append(l.PriceTiers, t)
			return ok
		})
	case lfPriceRange:
		if s.null() {
			return true
		}
		pr := &blk.priceRange
		ok, p.hasRange = s.amounts(rangeKeys, &pr.Min, &pr.Max) && pr.Max >= pr.Min, true
	case lfSKUs:
		l.SKUs = blk.skus[:0]
		ok = s.optArray(func(int) bool { return s.sku(&l.SKUs) })
	case lfShipping:
		l.Shipping = blk.ship[:0]
		ok = s.optArray(func(int) bool { return s.shipping(&l.Shipping) })
	case lfCustomization:
		l.Customization = blk.cust[:0]
		ok = s.optArray(func(int) bool { return s.customization(&l.Customization) })
	case lfSamplePrice:
		blk.samplePrice, p.hasSample, ok = s.optAmount()
	case lfUpdatedAt:
		var v string
		v, ok = s.rawString()
		ok = ok && v != ""
		if ok {
			t, err := time.Parse(time.RFC3339Nano, v)
			ok = err == nil
			l.UpdatedAt = t.UTC()
		}
	}
	return ok
}

// The keys of the listing and its parts in the order producers write them
// (spec/events.md). listingKeys[i] is the field of bit 1<<i (lfSchema…).
var (
	listingKeys = keys("schema", "event_id", "op", "listing_id", "version", "merchant_id", "category_id",
		"category_path", "title", "description", "currency", "unit", "moq", "price_tiers", "price_range", "skus",
		"shipping", "customization", "sample_price", "updated_at")
	tierKeys          = keys("min_qty", "unit_price")
	rangeKeys         = keys("min", "max")
	skuKeys           = keys("sku_id", "name", "unit_price", "attributes")
	shippingKeys      = keys("method", "fee", "for_qty")
	customizationKeys = keys("option", "min_qty")
)

// amounts reads an object whose named members are required amounts (the
// first occurrence counting), others skipped.
func (s *scanner) amounts(names keyList, v1, v2 *float64) bool {
	name1, name2 := names[0].name, names[1].name
	var seen uint8
	return s.objectKeys(names, func(key string) bool {
		var ok bool
		switch {
		case key == name1 && seen&1 == 0:
			seen |= 1
			*v1, ok = s.amount()
		case key == name2 && seen&2 == 0:
			seen |= 2
			*v2, ok = s.amount()
		default:
			ok = s.skip()
		}
		return ok
	}) && seen == 3
}

func (s *scanner) sku(skus *[]SKU) bool {
	var k SKU
	var seen uint8
	ok := s.objectKeys(skuKeys, func(key string) bool {
		var ok bool
		switch {
		case key == "sku_id" && seen&1 == 0:
			seen |= 1
			k.SKUID, ok = s.reqString()
		case key == "name" && seen&2 == 0:
			seen |= 2
			k.Name, ok = s.optString()
		case key == "unit_price" && seen&4 == 0:
			seen |= 4
			k.UnitPrice, ok = s.amount()
		case key == "attributes" && seen&8 == 0:
			seen |= 8
			if s.null() {
				return true
			}
			k.Attributes = map[string]string{} // an object, even empty, is a map
			ok = s.object(func(key string) bool {
				v, ok := s.rawString()
				k.Attributes[key] = v // a repeated key: the last wins, as in the generic path
				return ok
			})
		default:
			ok = s.skip()
		}
		return ok
	})
	*skus = append(*skus, k)
	return ok && seen&5 == 5
}

func (s *scanner) shipping(ship *[]ShippingOption) bool {
	var o ShippingOption
	var seen uint8
	ok := s.objectKeys(shippingKeys, func(key string) bool {
		var ok bool
		switch {
		case key == "method" && seen&1 == 0:
			seen |= 1
			o.Method, ok = s.optString()
		case key == "fee" && seen&2 == 0:
			seen |= 2
			o.Fee, ok = s.amount()
		case key == "for_qty" && seen&4 == 0:
			seen |= 4
			o.ForQty, ok = s.amount()
		default:
			ok = s.skip()
		}
		return ok
	})
	*ship = append(*ship, o)
	return ok && seen&6 == 6
}

func (s *scanner) customization(cust *[]CustomizationOffer) bool {
	var o CustomizationOffer
	var seen uint8
	ok := s.objectKeys(customizationKeys, func(key string) bool {
		var ok bool
		switch {
		case key == "option" && seen&1 == 0:
			seen |= 1
			o.Option, ok = s.optString()
		case key == "min_qty" && seen&2 == 0:
			seen |= 2
			o.MinQty, ok = s.amount()
		default:
			ok = s.skip()
		}
		return ok
	})
	*cust = append(*cust, o)
	return ok && seen&2 == 2
}
