// Package loadgen generates realistic, reproducible streams of Haili's input
// events (listings, buyer–seller messages, orders, complaints) and produces
// them to Kafka at a given rate, for load tests, fault tests and benchmarks.
// The generator is pure: a Config (with its seed) always yields the same
// events, byte for byte, so two runs over one stream can be compared exactly.
package loadgen

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/haili/haili/schemas"
)

// Event is one generated input event, ready to produce.
type Event struct {
	Kind    Kind
	Topic   string
	Key     []byte
	Value   []byte
	EventID string
	// Violation is the code the generator planted, "" for a clean event. The
	// detectors decide; this is what the generator meant.
	Violation string
}

// DefaultStart is the time of the first event when Config.Start is zero.
var DefaultStart = time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)

const (
	// EventSpacing is the event time between two consecutive events.
	EventSpacing = 100 * time.Millisecond
	// maxListings bounds the live listings kept for updates, orders and complaints.
	maxListings = 5000
	// openConversations is how many conversations are interleaved at a time.
	openConversations = 64
	merchantsPerCat   = 40
	buyers            = 5000
)

// Generator makes the events of one stream. It is not safe for concurrent use.
type Generator struct {
	cfg    Config
	rng    *rand.Rand
	cats   []*category
	langs  []string
	prefix string
	cum    [numKinds]float64 // cumulative mix weights

	seq      int64
	listings []*listingState
	convs    []*conversation
	counters struct{ listing, conv, msg, order, complaint int }
}

type listingState struct {
	l       schemas.Listing
	cat     *category
	planted string
}

type step struct {
	sender, text, stage, kind, violation string
}

type conversation struct {
	id, merchant, buyer, channel string
	steps                        []step
	pos                          int
}

// New builds a generator.
func New(cfg Config) (*Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Start.IsZero() {
		cfg.Start = DefaultStart
	}
	g := &Generator{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))}
	g.prefix = cfg.IDPrefix
	if g.prefix == "" {
		g.prefix = "lg" + strconv.FormatUint(cfg.Seed, 10)
	}
	catIDs, _ := ParseList(strings.Join(cfg.Categories, ","), CategoryIDs())
	for i := range categories {
		if slices.Contains(catIDs, categories[i].id) {
			g.cats = append(g.cats, &categories[i])
		}
	}
	g.langs, _ = ParseList(strings.Join(cfg.Languages, ","), LanguageCodes())
	var t float64
	for k, v := range cfg.Mix {
		t += v
		g.cum[k] = t
	}
	return g, nil
}

// Next returns the next event of the stream.
func (g *Generator) Next() Event {
	now := g.cfg.Start.Add(time.Duration(g.seq) * EventSpacing).Truncate(time.Second)
	eventID := fmt.Sprintf("%s-e%09d", g.prefix, g.seq)
	g.seq++
	kind := g.pickKind()
	// Orders and complaints name a listing: until there is one, make listings.
	if (kind == KindOrder || kind == KindComplaint) && len(g.listings) == 0 {
		kind = KindListing
	}
	var ev Event
	switch kind {
	case KindListing:
		ev = g.listing(eventID, now)
	case KindMessage:
		ev = g.message(eventID, now)
	case KindOrder:
		ev = g.order(eventID, now)
	default:
		ev = g.complaint(eventID, now)
	}
	ev.Kind, ev.EventID = kind, eventID
	return ev
}

func (g *Generator) pickKind() Kind {
	x := g.rng.Float64() * g.cum[numKinds-1]
	for k := range numKinds {
		if x < g.cum[k] {
			return k
		}
	}
	return KindListing
}

func (g *Generator) violates() bool { return g.rng.Float64() < g.cfg.ViolationShare }

func (g *Generator) uniform(lo, hi float64) float64 { return lo + g.rng.Float64()*(hi-lo) }

func (g *Generator) logUniform(lo, hi float64) float64 {
	return math.Exp(g.uniform(math.Log(lo), math.Log(hi)))
}

func pick[T any](g *Generator, xs []T) T { return xs[g.rng.IntN(len(xs))] }

// money rounds a unit price the way marketplaces show it.
func money(x float64) float64 {
	switch {
	case x >= 1:
		return math.Round(x*100) / 100
	case x >= 0.1:
		return math.Round(x*1000) / 1000
	}
	return max(math.Round(x*10000)/10000, 0.0001)
}

func fee(x float64) float64 { return math.Round(x*100) / 100 }

// nice rounds a quantity to two significant digits.
func nice(n float64) float64 {
	if n <= 10 {
		return math.Max(1, math.Round(n))
	}
	mag := math.Pow(10, math.Floor(math.Log10(n))-1)
	return math.Round(n/mag) * mag
}

func (c *category) shipFee(qty float64) (methods []string, total float64) {
	for _, b := range c.ship {
		if qty >= b.lo && qty < b.hi {
			return b.methods, b.base + b.perUnt*qty
		}
	}
	b := c.ship[len(c.ship)-1]
	return b.methods, b.base + b.perUnt*qty
}

func (g *Generator) merchant(catIdx int) string {
	return fmt.Sprintf("%s-M%d", g.prefix, catIdx*100+g.rng.IntN(merchantsPerCat))
}

func (g *Generator) catIndex(c *category) int {
	for i := range categories {
		if &categories[i] == c {
			return i
		}
	}
	return 0
}

// ---------------------------------------------------------------- listings

func (g *Generator) listing(eventID string, now time.Time) Event {
	r := g.rng.Float64()
	switch {
	case len(g.listings) >= 50 && r < 0.02:
		return g.deleteListing(eventID, now)
	case len(g.listings) >= 50 && r < 0.14:
		return g.updateListing(eventID, now)
	}
	code := ""
	if g.violates() {
		code = pick(g, schemas.ListingCodes)
	}
	st := g.newListing(code)
	st.l.EventID, st.l.UpdatedAt = eventID, now
	if len(g.listings) >= maxListings {
		i := g.rng.IntN(len(g.listings))
		g.listings[i] = st
	} else {
		g.listings = append(g.listings, st)
	}
	return g.listingEvent(st)
}

func (g *Generator) listingEvent(st *listingState) Event {
	v, err := json.Marshal(&st.l)
	if err != nil {
		// A listing built here from numbers and strings always encodes.
		panic(fmt.Sprintf("loadgen: encode listing: %v", err))
	}
	return routed(&st.l, v, st.planted)
}

// updateListing republishes a live listing with a new version and prices
// drifted by a few percent; a violating listing stays violating.
func (g *Generator) updateListing(eventID string, now time.Time) Event {
	st := g.listings[g.rng.IntN(len(g.listings))]
	drift := g.uniform(0.97, 1.03)
	l := st.l
	l.EventID, l.UpdatedAt, l.Version = eventID, now, l.Version+1
	l.PriceTiers = slices.Clone(l.PriceTiers)
	for i := range l.PriceTiers {
		l.PriceTiers[i].UnitPrice = money(l.PriceTiers[i].UnitPrice * drift)
	}
	l.SKUs = slices.Clone(l.SKUs)
	for i := range l.SKUs {
		l.SKUs[i].UnitPrice = money(l.SKUs[i].UnitPrice * drift)
	}
	if l.PriceRange != nil {
		pr := *l.PriceRange
		pr.Min, pr.Max = money(pr.Min*drift), money(pr.Max*drift)
		if pr.Max < pr.Min {
			pr.Max = pr.Min
		}
		l.PriceRange = &pr
	}
	st.l = l
	return g.listingEvent(st)
}

type deleteEvent struct {
	Schema     string    `json:"schema"`
	EventID    string    `json:"event_id"`
	Op         string    `json:"op"`
	ListingID  string    `json:"listing_id"`
	Version    int64     `json:"version"`
	MerchantID string    `json:"merchant_id"`
	UpdatedAt  time.Time `json:"updated_at"`
}

func (g *Generator) deleteListing(eventID string, now time.Time) Event {
	i := g.rng.IntN(len(g.listings))
	st := g.listings[i]
	g.listings = slices.Delete(g.listings, i, i+1)
	v, _ := json.Marshal(deleteEvent{Schema: schemas.SchemaListing, EventID: eventID, Op: schemas.OpDelete,
		ListingID: st.l.ListingID, Version: st.l.Version + 1, MerchantID: st.l.MerchantID, UpdatedAt: now})
	return routed(&st.l, v, "") // keyed like the listing it deletes
}

// newListing builds a listing of a random category the way a clean one of
// that category looks, then plants code (if any) where its tactic acts.
func (g *Generator) newListing(code string) *listingState {
	c := pick(g, g.cats)
	g.counters.listing++
	l := schemas.Listing{
		Schema: schemas.SchemaListing, Op: schemas.OpUpsert,
		ListingID:    fmt.Sprintf("%s-L%d", g.prefix, g.counters.listing),
		Version:      1,
		MerchantID:   g.merchant(g.catIndex(c)),
		CategoryID:   c.id,
		CategoryPath: c.path,
		Title:        pick(g, c.titles),
		Currency:     "USD",
		Unit:         c.unit,
		MOQ:          pick(g, c.moqs),
		PriceTiers:   []schemas.PriceTier{},
	}
	base := g.logUniform(c.typical[0], c.typical[1])
	rangePriced := g.rng.Float64() < 0.2
	switch code {
	case schemas.OffMarketPrice:
		if g.rng.IntN(2) == 0 {
			base = c.typical[0] * g.uniform(0.02, 0.08)
		} else {
			base = c.typical[1] * g.uniform(15, 30)
		}
	case schemas.InflatedShipping:
		base = c.typical[0] * g.uniform(0.5, 0.9)
	case schemas.FakePriceTier, schemas.FalseMOQ:
		rangePriced = false
	case schemas.AbusedSKU:
		rangePriced = true
	}
	if !rangePriced {
		g.tiers(&l, c, base, code)
	}
	if rangePriced || g.rng.Float64() < 0.7 {
		g.skus(&l, c, base, code)
	}
	if len(l.PriceTiers) == 0 {
		if len(l.SKUs) == 0 {
			g.skus(&l, c, base, "")
		}
		pr := schemas.PriceRange{Min: math.Inf(1)}
		for _, s := range l.SKUs {
			pr.Min, pr.Max = min(pr.Min, s.UnitPrice), max(pr.Max, s.UnitPrice)
		}
		l.PriceRange = &pr
	}
	g.shipping(&l, c, code)
	for _, o := range c.custom {
		if g.rng.Float64() < 0.4 {
			l.Customization = append(l.Customization, schemas.CustomizationOffer{Option: o.option, MinQty: max(l.MOQ, nice(g.uniform(o.lo, o.hi)))})
		}
	}
	if c.sample && g.rng.Float64() < 0.7 {
		sp := money(base * g.uniform(1, 1.8))
		l.SamplePrice = &sp
	}
	l.Description = g.description(c, &l)
	return &listingState{l: l, cat: c, planted: code}
}

func (g *Generator) tiers(l *schemas.Listing, c *category, base float64, code string) {
	qtys := []float64{l.MOQ}
	var higher []float64
	for _, q := range c.tierQtys {
		if q > l.MOQ {
			higher = append(higher, q)
		}
	}
	n := g.rng.IntN(4)
	if code == schemas.FakePriceTier {
		n = max(n, 1)
	}
	for _, i := range g.rng.Perm(len(higher))[:min(n, len(higher))] {
		qtys = append(qtys, higher[i])
	}
	slices.Sort(qtys[1:])
	if code == schemas.FalseMOQ {
		// The declared MOQ is 1 while the first price tier starts far above it.
		first := max(nice(l.MOQ*g.uniform(3, 8)), 50)
		qtys = slices.DeleteFunc(qtys[1:], func(q float64) bool { return q <= first })
		qtys = append([]float64{first}, qtys...)
		l.MOQ = 1
	}
	p := base
	for i, q := range qtys {
		if i > 0 {
			p *= 1 - g.uniform(c.disc[0], c.disc[1])
		}
		l.PriceTiers = append(l.PriceTiers, schemas.PriceTier{MinQty: q, UnitPrice: money(p)})
	}
	if code == schemas.FakePriceTier {
		last := l.PriceTiers[len(l.PriceTiers)-1]
		l.PriceTiers = append(l.PriceTiers, schemas.PriceTier{MinQty: nice(last.MinQty * g.uniform(2, 10)), UnitPrice: money(last.UnitPrice * g.uniform(0.005, 0.06))})
	}
}

func (g *Generator) skus(l *schemas.Listing, c *category, base float64, code string) {
	k := 1 + g.rng.IntN(min(4, len(c.variants)))
	if l.PriceRange == nil && len(l.PriceTiers) == 0 {
		k = max(k, 2)
	}
	start := g.rng.IntN(len(c.variants) - k + 1)
	vs := c.variants[start : start+k]
	m0 := math.Inf(1)
	for _, v := range vs {
		m0 = min(m0, v.mult)
	}
	for i, v := range vs {
		l.SKUs = append(l.SKUs, schemas.SKU{SKUID: fmt.Sprintf("S%d", i+1), Name: v.name, UnitPrice: money(base * v.mult / m0), Attributes: map[string]string{c.vattr: v.name}})
	}
	if code == schemas.AbusedSKU {
		for range 1 + g.rng.IntN(2) {
			l.SKUs = append(l.SKUs, schemas.SKU{SKUID: fmt.Sprintf("S%d", len(l.SKUs)+1), Name: pick(g, decoySKUs),
				UnitPrice: money(base * g.uniform(0.003, 0.04)), Attributes: map[string]string{c.vattr: "-"}})
		}
	}
}

func (g *Generator) shipping(l *schemas.Listing, c *category, code string) {
	forQty := l.MOQ
	if len(l.PriceTiers) > 0 {
		forQty = l.PriceTiers[0].MinQty
	}
	methods, model := c.shipFee(forQty)
	f := model * g.uniform(0.88, 1.2)
	if code == schemas.InflatedShipping {
		f = model * g.uniform(12, 40)
	}
	l.Shipping = []schemas.ShippingOption{{Method: pick(g, methods), Fee: fee(f), ForQty: forQty}}
	if g.rng.Float64() < 0.4 {
		var bigger []float64
		for _, q := range c.tierQtys {
			if q > forQty {
				bigger = append(bigger, q)
			}
		}
		if len(bigger) > 0 {
			q := bigger[g.rng.IntN(min(2, len(bigger)))]
			methods, model := c.shipFee(q)
			l.Shipping = append(l.Shipping, schemas.ShippingOption{Method: pick(g, methods), Fee: fee(model * g.uniform(0.88, 1.2)), ForQty: q})
		}
	}
}

func (g *Generator) description(c *category, l *schemas.Listing) string {
	parts := []string{l.Title + ".", pick(g, c.feats)}
	if g.rng.IntN(2) == 0 && l.MOQ > 1 {
		parts = append(parts, fmt.Sprintf("MOQ: %s %s.", strconv.FormatFloat(l.MOQ, 'f', -1, 64), c.plural))
	}
	lead := 5 + g.rng.IntN(20)
	parts = append(parts, fmt.Sprintf("Lead time %d-%d days.", lead, lead+3+g.rng.IntN(8)),
		"Payment: "+pick(g, paymentTerms), "Port: "+pick(g, c.ports)+".")
	return strings.Join(parts, " ")
}

// ---------------------------------------------------------------- orders, complaints

func (g *Generator) order(eventID string, now time.Time) Event {
	st := g.listings[g.rng.IntN(len(g.listings))]
	g.counters.order++
	ship := st.l.Shipping[0]
	charged := ship.Fee
	code := ""
	switch {
	case g.violates():
		code = schemas.ShippingOvercharge
		charged = fee(ship.Fee*g.uniform(1.3, 4) + g.uniform(5, 50))
	case ship.Fee > 0 && g.rng.Float64() < 0.2:
		charged = fee(ship.Fee * g.uniform(0.7, 0.99))
	}
	o := schemas.Order{
		Schema: schemas.SchemaOrder, EventID: eventID, OrderID: fmt.Sprintf("%s-O%d", g.prefix, g.counters.order),
		ListingID: st.l.ListingID, MerchantID: st.l.MerchantID, BuyerID: g.buyer(), Quantity: ship.ForQty,
		Currency: "USD", QuotedShippingFee: ship.Fee, ChargedShippingFee: charged,
		TradeAssurance: g.rng.Float64() < 0.8, PlacedAt: now,
	}
	v, _ := json.Marshal(&o)
	return routed(&o, v, code)
}

func (g *Generator) complaint(eventID string, now time.Time) Event {
	st := g.listings[g.rng.IntN(len(g.listings))]
	g.counters.complaint++
	verified := g.violates()
	c := schemas.Complaint{
		Schema: schemas.SchemaComplaint, EventID: eventID, ComplaintID: fmt.Sprintf("%s-CP%d", g.prefix, g.counters.complaint),
		MerchantID: st.l.MerchantID, ListingID: st.l.ListingID, BuyerID: g.buyer(),
		Stage: pick(g, []string{schemas.StageInquiry, schemas.StagePrePayment, schemas.StagePostPayment}),
		Claim: pick(g, schemas.ViolationCodes), Verified: verified, ReviewedAt: now,
	}
	code := ""
	if verified {
		code = c.Claim
	}
	v, _ := json.Marshal(&c)
	return routed(&c, v, code)
}

func (g *Generator) buyer() string { return fmt.Sprintf("%s-B%d", g.prefix, g.rng.IntN(buyers)) }

// ---------------------------------------------------------------- messages

func (g *Generator) message(eventID string, now time.Time) Event {
	if len(g.convs) < openConversations {
		g.convs = append(g.convs, g.newConversation())
	}
	i := g.rng.IntN(len(g.convs))
	cv := g.convs[i]
	s := cv.steps[cv.pos]
	cv.pos++
	if cv.pos == len(cv.steps) {
		g.convs[i] = g.newConversation()
	}
	g.counters.msg++
	m := schemas.Message{
		Schema: schemas.SchemaMessage, EventID: eventID, MessageID: fmt.Sprintf("%s-MSG%d", g.prefix, g.counters.msg),
		ConversationID: cv.id, MerchantID: cv.merchant, BuyerID: cv.buyer, Sender: s.sender, Channel: cv.channel,
		Kind: s.kind, Text: s.text, OrderStage: s.stage, SentAt: now,
	}
	v, _ := json.Marshal(&m)
	return routed(&m, v, s.violation)
}

func (g *Generator) newConversation() *conversation {
	g.counters.conv++
	cv := &conversation{id: fmt.Sprintf("%s-C%d", g.prefix, g.counters.conv), buyer: g.buyer()}
	var c *category
	if len(g.listings) > 0 {
		st := g.listings[g.rng.IntN(len(g.listings))]
		cv.merchant, c = st.l.MerchantID, st.cat
	} else {
		c = pick(g, g.cats)
		cv.merchant = g.merchant(g.catIndex(c))
	}
	switch x := g.rng.Float64(); {
	case x < 0.7:
		cv.channel = schemas.ChannelChat
	case x < 0.85:
		cv.channel = schemas.ChannelInquiry
	case x < 0.95:
		cv.channel = schemas.ChannelRFQ
	default:
		cv.channel = schemas.ChannelSiteMessage
	}
	pb := phrasebooks[pick(g, g.langs)]
	fill := func(tmpl string) string { return g.fill(tmpl, c) }
	buyer := func(ts []string, stage string) step {
		return step{sender: schemas.SenderBuyer, text: fill(pick(g, ts)), stage: stage, kind: schemas.KindText}
	}
	seller := func(ts []string, stage, violation string) step {
		return step{sender: schemas.SenderSeller, text: fill(pick(g, ts)), stage: stage, kind: schemas.KindText, violation: violation}
	}
	none := schemas.StageNone
	opening := []step{buyer(pb.buyerAsk, none), seller(pb.sellerAnswer, none, "")}
	if g.violates() {
		if g.rng.Float64() < 0.7 {
			lure := seller(pb.sellerLure, none, schemas.OffplatformContact)
			if g.rng.Float64() < 0.15 {
				lure.kind = schemas.KindAutoReply
			}
			cv.steps = append(opening, lure, buyer(pb.buyerAsk, none))
		} else {
			cv.steps = append(opening, buyer(pb.buyerTA, none), seller(pb.sellerTANo, none, schemas.TradeAssuranceRefusal))
		}
		return cv
	}
	switch x := g.rng.Float64(); {
	case x < 0.4:
		cv.steps = append(opening, buyer(pb.buyerAsk, none), seller(pb.sellerAnswer, none, ""))
	case x < 0.6:
		ordered := schemas.StageOrdered
		cv.steps = append(opening, buyer(pb.buyerPaid, ordered), seller(pb.sellerPaper, ordered, ""))
	case x < 0.8:
		// The buyer asks first: the seller's contact is then allowed.
		cv.steps = append(opening, buyer(pb.buyerContact, none), seller(pb.sellerReply, none, ""))
	default:
		cv.steps = append(opening, buyer(pb.buyerTA, none), seller(pb.sellerTAOK, none, ""))
	}
	return cv
}

var mailHosts = []string{"gmail.com", "163.com", "qq.com", "outlook.com"}

func (g *Generator) fill(tmpl string, c *category) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	handle := g.handle()
	digits := strconv.Itoa(100000000 + g.rng.IntN(900000000))
	phone := fmt.Sprintf("+86 1%d%d %04d %04d", 3+g.rng.IntN(7), g.rng.IntN(10), g.rng.IntN(10000), g.rng.IntN(10000))
	r := strings.NewReplacer(
		"{p}", strings.ToLower(pick(g, c.titles)),
		"{q}", strconv.FormatFloat(nice(pick(g, c.tierQtys)), 'f', -1, 64),
		"{app}", pick(g, apps),
		"{phone}", phone,
		"{handle}", handle,
		"{digits}", digits,
		"{mail}", handle+"@"+pick(g, mailHosts),
	)
	return r.Replace(tmpl)
}

func (g *Generator) handle() string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var b strings.Builder
	for range 4 + g.rng.IntN(4) {
		b.WriteByte(letters[g.rng.IntN(len(letters))])
	}
	b.WriteString(strconv.Itoa(10 + g.rng.IntN(990)))
	return b.String()
}

// routed is a generated event on the topic and with the key the contract's
// key rule (schemas.Route) assigns to ev.
func routed(ev schemas.Event, v []byte, violation string) Event {
	topic, key, err := schemas.Route(ev)
	if err != nil {
		panic(err) // ev is always one of the four input types
	}
	return Event{Topic: topic, Key: key, Value: v, Violation: violation}
}
