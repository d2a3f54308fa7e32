// Package message finds, in buyer–merchant messages (message.v1), a merchant
// steering the buyer off the platform (offplatform_contact) and a merchant
// refusing Trade Assurance or attaching a fee, a higher price or worse shipping
// to it (trade_assurance_refusal).
//
// One Detector judges both codes so that a message is normalised once. It reads
// the message together with its Conversation (did the buyer ask for contact
// first, has an order been placed) and updates the Conversation for the
// messages that follow; buyer messages never yield findings but do update it.
//
// The path of a message: an ASCII byte-level prefilter rules out most clean
// messages without allocating; the rest are normalised (NFKC-style
// decomposition, invisible characters and symbols inserted inside words,
// look-alike letters, digits of any script), tokenised (kana, hangul and Thai
// runs segmented), folded (spaced, split, mixed-script and leetspeak channel
// names, links with a spelt "dot"), matched against a multilingual phrase
// lexicon, and searched for contact values (phone numbers written or spoken in
// any of the supported languages and checked against the numbering plans, QQ
// numbers, e-mail addresses, chat links, app ids, handles, and numbers split
// over two merchant messages). Sentences without a value are also read for
// indirect lures (lure.go). Buyer messages are read for intent (intent.go): a
// question or request to reach the merchant elsewhere allows the merchant's
// contact reply, a refusal does not. Trade Assurance refusal is read from
// negation scope and from the terms tied to Trade Assurance against direct
// payment (ta.go). Work per message is bounded: the text scanned is capped
// and the one backtracking pattern runs under a match timeout.
package message

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/haili/haili/schemas"
)

// Version is the detector version recorded on findings.
const Version = "message/1.1.0"

// Rules of offplatform_contact findings.
const (
	RuleContactLure    = "contact_lure"    // the merchant gives its contact or invites to a channel
	RuleContactRequest = "contact_request" // the merchant asks for the buyer's contact
)

var (
	// ErrTextTooLarge reports a text longer than the policy's max_text_bytes
	// whose scanned prefix showed no violation: the message could not be
	// judged whole.
	ErrTextTooLarge = errors.New("message: text over the scan limit")
	// ErrMatchTimeout reports a pattern that hit the policy's match timeout.
	ErrMatchTimeout = errors.New("message: pattern match timed out")
)

// MatchTimeoutError says which pattern timed out. It matches ErrMatchTimeout
// with errors.Is. It never quotes the text (regexp2's own error does, which
// would put contact values and megabytes into logs).
type MatchTimeoutError struct {
	Pattern string
	Timeout time.Duration
}

func (e *MatchTimeoutError) Error() string {
	return fmt.Sprintf("message: %s pattern exceeded its %v match timeout", e.Pattern, e.Timeout)
}

// Is makes errors.Is(err, ErrMatchTimeout) true.
func (e *MatchTimeoutError) Is(target error) bool { return target == ErrMatchTimeout }

// Detector finds offplatform_contact and trade_assurance_refusal in messages.
// It holds no per-message state and is safe for concurrent use.
type Detector struct {
	cfg      Config
	obfEmail *regexp2.Regexp
	// noPrefilter sends every message to the full analysis (tests compare
	// the prefilter against it).
	noPrefilter bool
}

// NewDetector builds the detector from the policy's message section.
func NewDetector(c *Config) (*Detector, error) {
	if c == nil {
		return nil, errors.New("message: nil config")
	}
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("message: policy: %w", err)
	}
	re, err := compileObfuscatedEmail(c.MatchTimeout)
	if err != nil {
		return nil, fmt.Errorf("message: %w", err)
	}
	cfg := *c
	cfg.AllowedOrderStages = slices.Clone(c.AllowedOrderStages)
	phrases() // build the lexicon now, not on the first message
	return &Detector{cfg: cfg, obfEmail: re}, nil
}

// Name identifies the detector in errors and logs.
func (*Detector) Name() string { return "message" }

// scratch is the per-message working memory, pooled so that the full path
// allocates little and the prefiltered path nothing.
type scratch struct {
	nr         []nrune
	norm       []byte
	ns, ne     []int32
	toks       []token
	vals       []value
	vbuf       []byte
	ments      []mention
	sigs       []signal
	amts       []amount
	sentFlags  []bool
	sentCats   []cat
	clauseCats []cat
	allCats    cat
	sentFam    []fam // family categories per sentence (lexicon.go fam)
	allFam     fam
	// viet is set by normalize when the text has a letter only Vietnamese
	// writes (isVietLetter).
	viet bool
	// vietMarker caches whether the text has a Vietnamese marker word
	// (vietnamese): 0 not looked, 1 yes, -1 no.
	vietMarker int8
	// text is the text normalize read (the original of sc.ns, sc.ne).
	text string
	// webs are the starts (normalised bytes) of the web addresses
	// foldSpelledAddresses rebuilt from spelt dots.
	webs []int32
	// taUseAsked: the buyer asked to use Trade Assurance (BuyerTAUse) and
	// this merchant message answers it.
	taUseAsked bool
	// quotePrice and quoteQty are the merchant's own earlier unit price and
	// its quantity (Conversation.SellerPrice), read by aboveQuote.
	quotePrice, quoteQty float64
	// pending is the unfinished number of the merchant's previous message
	// (Conversation.SellerDigits); tail is this message's, for the next.
	pending, tail string
	// numSpan and numDigits hold the digits dictated in number words
	// (readNumberWords); numItem is set by appendAtom when it wrote an
	// item of two or three digits.
	numSpan   []int32
	numDigits []byte
	numItem   bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// releaseScratch returns sc to the pool unless a long message grew it (the
// pool must not pin megabytes).
func releaseScratch(sc *scratch) {
	if cap(sc.norm) > 64<<10 || cap(sc.toks) > 16<<10 {
		return
	}
	sc.text = "" // do not pin the message
	scratchPool.Put(sc)
}

// DetectMessage judges m in the context of conv, appends its findings to out,
// and updates conv. Buyer messages yield no findings. An error means the message
// could not be judged (ErrTextTooLarge, ErrMatchTimeout); conv is then left as
// it was.
func (d *Detector) DetectMessage(m *schemas.Message, conv *Conversation, out []schemas.Finding) ([]schemas.Finding, error) {
	if m == nil {
		return out, errors.New("message: nil message")
	}
	if conv == nil {
		conv = &Conversation{}
	}
	text, truncated := m.Text, false
	if len(text) > d.cfg.MaxTextBytes {
		text, truncated = cutRunes(text, d.cfg.MaxTextBytes), true
	}
	seller := m.Sender == schemas.SenderSeller
	taContext := seller && conv.buyerTAFor(m.SentAt, d.cfg.TARequestTTL)
	pending := ""
	if seller {
		pending = conv.SellerDigits
	}
	quote := seller && quoteCue(text)
	// A seller's message of a few words is always read: it may announce a
	// contact in words no trigger keys ("mera no.", split_announce.go).
	short := seller && len(text) <= maxShortMessage
	if !d.noPrefilter && !taContext && pending == "" && !short && !needsAnalysis(text) && !intentCue(text) {
		if truncated {
			return out, d.tooLarge(len(m.Text))
		}
		conv.observe(m, quoteObserved(text, quote))
		return out, nil
	}

	sc := scratchPool.Get().(*scratch)
	defer releaseScratch(sc)
	sc.pending, sc.tail = pending, ""
	sc.taUseAsked = taContext && conv.BuyerTAUse
	sc.quotePrice, sc.quoteQty = conv.SellerPrice, conv.SellerPriceQty
	a, err := d.analyze(sc, m, text, conv)
	if err != nil {
		return out, err
	}
	n := len(out)
	if seller {
		out = d.appendFindings(out, sc, m, text, conv, &a, taContext, truncated)
	}
	if truncated && len(out) == n {
		return out, d.tooLarge(len(m.Text))
	}
	obs := observed{buyerAsked: a.buyerAsked, channels: a.channels, ta: a.taNamed, taUse: a.taUse, digitTail: sc.tail}
	if quote {
		obs.quote, obs.quoteQty, obs.quoted = sc.sellerQuote(text, taContext)
	}
	for _, f := range out[n:] {
		switch f.Violation {
		case schemas.OffplatformContact:
			obs.offplatform = true
		case schemas.TradeAssuranceRefusal:
			obs.taRefusal = true
		}
	}
	conv.observe(m, obs)
	return out, nil
}

// disguiseFlags are the spellings that hide a contact from the platform's
// filters.
const disguiseFlags = obfZeroWidth | obfHomoglyph | obfKeycap | obfSpaced | obfLeet | obfAtDot | obfSpeltDot |
	obfLettersForDigits | obfReversed

// reversedSignal reports a signal on a name written backwards ("liamg",
// "ppastahw").
func (sc *scratch) reversedSignal() bool {
	for i := range sc.sigs {
		for k := sc.sigs[i].ts; k < sc.sigs[i].te && int(k) < len(sc.toks); k++ {
			if reversedNames[sc.word(int(k))] {
				return true
			}
		}
	}
	return false
}

// sellerAskConf is the confidence of a merchant asking for the buyer's
// contact in a buyer's words, no channel named.
const sellerAskConf = 0.85

// offDealConf is an off-platform finding's confidence for a deal moved off
// the platform with no channel named.
const offDealConf = 0.85

// maxShortMessage is the length up to which a seller's message skips the
// prefilter.
const maxShortMessage = 24

func (d *Detector) tooLarge(n int) error {
	return fmt.Errorf("%w: %d bytes, limit %d", ErrTextTooLarge, n, d.cfg.MaxTextBytes)
}

// cutRunes cuts s to at most n bytes on a rune boundary.
func cutRunes(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// analysis is what the full path found in one message.
type analysis struct {
	flags      obf
	buyerAsked bool // a buyer message asks for or offers contact off the platform
	channels   ChannelSet
	taNamed    bool
	taUse      bool // taNamed, asking to use Trade Assurance, not its price
	stage      string
}

func (d *Detector) analyze(sc *scratch, m *schemas.Message, text string, conv *Conversation) (analysis, error) {
	var a analysis
	a.flags = normalize(text, sc)
	sc.lexical()
	sc.webs = sc.webs[:0]
	if sc.allCats&catDotWord != 0 || bracketedSign(sc.norm) || spacedShortener(sc.norm) {
		// A dot or an at sign spelt as a word or bracketed: fold it into the text ("t dot
		// me" → "t.me", "ventas arroba gmail punto com" → "ventas@gmail.com")
		// and read the text again; rare, so the common path reads it once.
		site, maybe := sc.addressCues()
		f := sc.foldSpeltDots()
		if maybe {
			f |= sc.foldSpelledAddresses(site)
		}
		if f != 0 {
			a.flags |= f
			sc.lexical()
		}
	}
	sc.collectMentions()
	if err := d.findValues(sc); err != nil {
		return a, err
	}
	d.contactSignals(sc)
	for i := range sc.sigs {
		s := &sc.sigs[i]
		if s.lure == lureNone || s.ch != ChannelUnknown {
			a.channels = a.channels.Add(s.ch)
		}
		if s.val >= 0 {
			a.flags |= sc.vals[s.val].flags
		}
		for k := s.ts; k < s.te; k++ {
			a.flags |= sc.toks[k].folded
			if sc.toks[k].cats&catSlang != 0 {
				a.flags |= obfSlang
			}
		}
	}
	sc.tagRuns()
	if m.Sender == schemas.SenderBuyer {
		a.buyerAsked = sc.buyerAsks()
		for i := range sc.toks {
			if sc.isTA(i, text) {
				a.taNamed = true
				break
			}
		}
		a.taUse = a.taNamed && !sc.asksPrice()
	}
	a.stage = conv.stage(m)
	return a, nil
}

// lexical tokenises the normalised text, folds disguised names, and
// matches the lexicon.
func (sc *scratch) lexical() {
	sc.toks = tokenize(sc.norm, sc.toks)
	sc.foldJoins()
	sc.markSentences()
	sc.matchPhrases()
	sc.indexSentences()
}

// appendFindings judges a merchant message.
func (d *Detector) appendFindings(out []schemas.Finding, sc *scratch, m *schemas.Message, text string,
	conv *Conversation, a *analysis, taContext, truncated bool) []schemas.Finding {
	op, opFound := d.offplatformFinding(sc, m, text, conv, a)
	if !opFound && len(sc.sigs) == 0 && len(sc.vals) == 0 && sc.allCats&(catChannel|catChannelWeak|catHere|catPlatform|catStayHere) == 0 &&
		sc.buyerAsks() {
		// "How can I reach you directly?", "連絡先を教えてください": the
		// merchant asks the way a buyer asks for a contact off the platform.
		sc.sigs = append(sc.sigs, signal{kind: sigAsk, ch: ChannelContact, conf: sellerAskConf, ts: 0,
			te: int32(len(sc.toks)), val: -1})
		op, opFound = d.offplatformFinding(sc, m, text, conv, a)
	}
	r, taFound := d.judgeTAQuote(sc, text, taContext)
	taFound = taFound && r.conf >= d.cfg.MinConfidence
	if !opFound && taFound && len(sc.sigs) == 0 && sc.allCats&catOutside != 0 {
		// "Let's do the order outside the platform, fewer fees": the deal
		// itself moved off the platform steers the buyer there too, not
		// only its payment (a transfer to the merchant's account is a
		// Trade Assurance refusal alone).
		deal := taResult{ta: -1, plat: -1, neg: -1}
		if sc.offPlatformDeal(&deal); deal.conf > 0 {
			sc.sigs = append(sc.sigs, signal{kind: sigGive, conf: offDealConf, ts: deal.cs, te: deal.ce, val: -1,
				lure: lureElsewhere})
			op, opFound = d.offplatformFinding(sc, m, text, conv, a)
		}
	}
	if opFound {
		if truncated {
			op.Evidence["truncated"] = true
		}
		out = append(out, op)
	}
	if taFound {
		f := d.taFinding(sc, text, a, &r)
		if truncated {
			f.Evidence["truncated"] = true
		}
		out = append(out, f)
	}
	return out
}

func (d *Detector) offplatformFinding(sc *scratch, m *schemas.Message, text string, conv *Conversation, a *analysis) (schemas.Finding, bool) {
	if len(sc.sigs) == 0 {
		return schemas.Finding{}, false
	}
	if conv.buyerAskedFor(m.SentAt, d.cfg.BuyerRequestTTL) {
		return schemas.Finding{}, false // the buyer asked first
	}
	cats := sc.msgCats()
	paperwork := true
	for i := range sc.sigs {
		if !sc.sigs[i].ch.paperwork() {
			paperwork = false
		}
	}
	// Other purposes (a catalogue, a better price) count in the sentences that
	// give or ask for the contact, not in an unrelated one after them.
	var sigCats cat
	for i := range sc.sigs {
		if t := int(sc.sigs[i].ts); t < len(sc.toks) {
			sigCats |= sc.sentCats[sc.toks[t].sent]
		}
	}
	if paperwork && (d.cfg.stageAllowed(a.stage) || cats&catPaper != 0) && sigCats&(catAnti|catOutside) == 0 &&
		a.flags&disguiseFlags == 0 && !sc.reversedSignal() {
		// E-mail, phone or fax the order or its paperwork needs; written in
		// disguise ("moc.liamg@…, read it backwards") it hides from the
		// platform, which no paperwork needs.
		return schemas.Finding{}, false
	}

	conf, ask := 0.0, true
	spans := make([]any, 0, min(len(sc.sigs), d.cfg.MaxEvidenceSpans))
	var shown string
	for i := range sc.sigs {
		s := &sc.sigs[i]
		conf = max(conf, s.conf)
		if s.kind != sigAsk {
			ask = false
		}
		if len(spans) >= d.cfg.MaxEvidenceSpans {
			continue
		}
		span := map[string]any{"start": sc.origStart(s.ts), "end": sc.origEnd(s.te - 1), "channel": s.ch.String()}
		if s.val >= 0 {
			v := &sc.vals[s.val]
			span["kind"] = valueKindNames[v.kind]
			span["value"] = sc.display(v, d.cfg.RevealContactValues)
			if shown == "" {
				shown = span["value"].(string)
			}
		} else if s.lure != lureNone {
			span["kind"] = "lure"
			span["lure"] = lureNames[s.lure]
			if s.ch == ChannelUnknown {
				delete(span, "channel") // no app named
			}
		} else {
			span["kind"] = "channel_request"
			if s.kind == sigGive {
				span["kind"] = "channel_invite"
			}
			span["normalized"] = sc.tokenText(s.ts, s.te)
		}
		spans = append(spans, span)
	}
	if len(sc.sigs) > 1 {
		conf += 0.02
	}
	if a.flags != 0 {
		conf += 0.03
	}
	if cats&catOutside != 0 {
		conf += 0.02
	}
	conf = min(conf, 0.99)
	if conf < d.cfg.MinConfidence {
		return schemas.Finding{}, false
	}
	rule, initiative := RuleContactLure, "seller_gives"
	if ask {
		rule, initiative = RuleContactRequest, "seller_asks"
	}
	ev := map[string]any{
		"channels":    a.channels.Names(),
		"initiative":  initiative,
		"order_stage": a.stage,
		"spans":       spans,
	}
	if names := a.flags.names(); names != nil {
		ev["obfuscation"] = names
	}
	if x := sc.excerpt(text, d.cfg.RevealContactValues); x != "" {
		ev["excerpt"] = x
	}
	if cues := sc.cueWords(8); len(cues) > 0 {
		ev["cues"] = cues
	}
	var kinds, lures []string
	lureOnly := lureNone
	for i := range sc.sigs {
		s := &sc.sigs[i]
		switch {
		case s.val >= 0:
			if k := valueKindNames[sc.vals[s.val].kind]; !containsString(kinds, k) {
				kinds = append(kinds, k)
			}
		case s.lure != lureNone:
			if !containsString(lures, lureNames[s.lure]) {
				lures = append(lures, lureNames[s.lure])
			}
		}
	}
	if len(kinds) > 0 {
		ev["value_kinds"] = kinds
	}
	if len(lures) > 0 {
		ev["lures"] = lures
		if len(sc.sigs) == 1 {
			lureOnly = sc.sigs[0].lure
		}
	}
	en, zh := explainContact(a.channels, shown, ask)
	if lureOnly != lureNone {
		en, zh = explainLure(lureOnly, a.channels)
	}
	return schemas.Finding{
		Violation:       schemas.OffplatformContact,
		Rule:            rule,
		Confidence:      round3(conf),
		Evidence:        ev,
		Explanation:     en,
		ExplanationZH:   zh,
		DetectorVersion: Version,
	}, true
}

func (d *Detector) taFinding(sc *scratch, text string, a *analysis, r *taResult) schemas.Finding {
	cue := text[sc.origStart(r.cs):sc.origEnd(r.ce-1)]
	spans := []any{map[string]any{"start": sc.origStart(r.cs), "end": sc.origEnd(r.ce - 1), "kind": "cue",
		"normalized": sc.tokenText(r.cs, r.ce)}}
	if r.ta >= 0 {
		te := max(r.ta+1, sc.toks[r.ta].mEnd)
		spans = append(spans, map[string]any{"start": sc.origStart(r.ta), "end": sc.origEnd(te - 1),
			"kind": "trade_assurance"})
	}
	if r.plat >= 0 {
		pe := max(r.plat+1, sc.toks[r.plat].mEnd)
		spans = append(spans, map[string]any{"start": sc.origStart(r.plat), "end": sc.origEnd(pe - 1),
			"kind": "platform"})
	}
	ev := map[string]any{"cue": cue, "spans": spans, "order_stage": a.stage, "ta_named": !r.contextOnly,
		"basis": r.basis}
	if r.neg >= 0 {
		ne := max(r.neg+1, sc.toks[r.neg].mEnd)
		ev["negation"] = text[sc.origStart(r.neg):sc.origEnd(ne-1)]
	}
	if r.taPrice > 0 {
		ev["ta_price"], ev["other_price"] = r.taPrice, r.altPrice
		ts, te := r.taAmt.span(sc)
		as, ae := r.altAmt.span(sc)
		spans = append(spans,
			map[string]any{"start": sc.origStart(int32(ts)), "end": sc.origEnd(int32(te - 1)), "kind": "ta_price", "value": r.taPrice},
			map[string]any{"start": sc.origStart(int32(as)), "end": sc.origEnd(int32(ae - 1)), "kind": "other_price", "value": r.altPrice})
		ev["spans"] = spans
	}
	if r.pct > 0 {
		ev["percent_added"] = r.pct
	}
	en, zh := explainTA(r, cue)
	return schemas.Finding{
		Violation:       schemas.TradeAssuranceRefusal,
		Rule:            r.rule,
		Confidence:      round3(r.conf),
		Evidence:        ev,
		Explanation:     en,
		ExplanationZH:   zh,
		DetectorVersion: Version,
	}
}

// explainTA says in one sentence what was read: the two prices compared, the
// percentage added, or the words of the refusal.
func explainTA(r *taResult, cue string) (string, string) {
	// Concatenation, not fmt: same text (%q is strconv.Quote, %g is
	// shortest 'g'), built only for emitted findings but a large share of
	// their cost.
	q := strconv.Quote(cue)
	switch {
	case r.taPrice > 0:
		ta, alt := fmtG(r.taPrice), fmtG(r.altPrice)
		return "The merchant prices Trade Assurance (platform) orders higher than direct payment (" + ta + " against " + alt + "), a surcharge stated as different terms (" + q + ").",
			"商家对信用保障（平台）订单报价高于直接付款（" + ta + "，直接付款为 " + alt + "），变相加价（“" + cue + "”）。"
	case r.pct > 0:
		pct := fmtG(r.pct)
		return "The merchant adds " + pct + "% to Trade Assurance (platform) orders (" + q + ").",
			"商家对信用保障（平台）订单加收 " + pct + "%（“" + cue + "”）。"
	case r.rule == RuleTASurcharge:
		return "The merchant attaches extra cost or worse terms to Trade Assurance (" + q + ").",
			"商家对使用信用保障服务附加额外费用或更差条件（“" + cue + "”）。"
	case r.basis == basisThreshold:
		return "The merchant allows Trade Assurance only above an order size or value (" + q + ").",
			"商家仅在订单达到一定数量或金额时才允许使用信用保障（“" + cue + "”）。"
	case r.basis == basisOffPlatformDeal:
		return "The merchant moves the order or payment off the platform, away from Trade Assurance (" + q + ").",
			"商家引导买家在平台外下单或付款，拒绝线上交易（信用保障）（“" + cue + "”）。"
	case r.basis == basisCancelDirect:
		return "The merchant has the platform order cancelled to be paid directly, away from Trade Assurance (" + q + ").",
			"商家让买家取消平台订单并直接付款，规避信用保障（“" + cue + "”）。"
	case r.basis == basisFeeDodge:
		return "The merchant pushes a direct payment to avoid the platform's fee, away from Trade Assurance (" + q + ").",
			"商家以规避平台费用为由引导直接付款，规避信用保障（“" + cue + "”）。"
	case r.basis == basisOffTAPay:
		return "The merchant asks to be paid in a way Trade Assurance never covers (" + q + ").",
			"商家要求通过信用保障无法覆盖的方式付款（“" + cue + "”）。"
	case r.basis == basisUnavail:
		return "The merchant claims Trade Assurance cannot be used (" + q + ").",
			"商家声称无法使用信用保障服务（“" + cue + "”）。"
	case r.contextOnly && (r.basis == basisAltPay || r.basis == basisAltPayOnly):
		return "The buyer asked for Trade Assurance and the merchant pushes another payment method instead (" + q + ").",
			"买家要求使用信用保障，商家却引导使用其他付款方式（“" + cue + "”）。"
	case r.contextOnly:
		return "The merchant refuses the Trade Assurance the buyer asked for (" + q + ").",
			"商家拒绝买家提出的信用保障服务（“" + cue + "”）。"
	}
	return "The merchant refuses Trade Assurance (" + q + ").",
		"商家拒绝买家使用信用保障服务（“" + cue + "”）。"
}

// fmtG formats x as fmt's %g does.
func fmtG(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func explainContact(chs ChannelSet, shown string, ask bool) (string, string) {
	var en, zh []string
	for c := Channel(0); c < numChannels; c++ {
		if chs.Has(c) {
			en = append(en, channelLabels[c])
			zh = append(zh, channelLabelsZH[c])
		}
	}
	list, listZH := strings.Join(en, ", "), strings.Join(zh, "、")
	if ask {
		return "The merchant asked for the buyer's " + list + " without being asked first, steering the buyer off the platform.",
			"商家在买家未主动提出的情况下索要买家的" + listZH + "，引导买家到平台外沟通。"
	}
	if shown != "" {
		return "The merchant gave its " + list + " contact (" + shown + ") without being asked, steering the buyer off the platform.",
			"商家在买家未索要的情况下主动提供" + listZH + "联系方式（" + shown + "），引导买家到平台外沟通。"
	}
	return "The merchant invited the buyer to " + list + " without being asked, steering the buyer off the platform.",
		"商家在买家未索要的情况下主动引导买家使用" + listZH + "，到平台外沟通。"
}

func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// origStart and origEnd map token i to original byte offsets.
func (sc *scratch) origStart(i int32) int {
	return int(sc.ns[sc.toks[i].s])
}

func (sc *scratch) origEnd(i int32) int {
	return int(sc.ne[sc.toks[i].e-1])
}

// tokenText is the normalised text of tokens [ts, te), folded forms included.
func (sc *scratch) tokenText(ts, te int32) string {
	var b strings.Builder
	for k := ts; k < te; k++ {
		t := &sc.toks[k]
		if k > ts && t.sp {
			b.WriteByte(' ')
		}
		if t.alt != "" {
			b.WriteString(t.alt)
		} else {
			b.Write(sc.norm[t.s:t.e])
		}
	}
	return b.String()
}
