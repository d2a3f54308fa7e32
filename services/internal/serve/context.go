package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/haili/haili/schemas"
)

// The reviewer's thread view (GET /api/v1/findings/{id}/context and the
// merchant's own GET /api/v1/merchants/{m}/findings/{id}/context): what the
// finding judged, read back from the event archive (event_archive). A message
// finding shows the conversation around the message with the flagged words
// marked; a listing finding the listing version as judged with the flagged
// tiers, SKUs, fees or range marked; an order finding the order and the
// listing version it was placed against. Text past the policy's retention
// (history.*_retention_days) is not read out of ClickHouse: the answer says
// it was deleted.

// Segment is a run of a message's text; Mark, when set, is the kind of the
// evidence span it is (lure, cue, trade_assurance, phone, …).
type Segment struct {
	Text string `json:"text"`
	Mark string `json:"mark,omitempty"`
	// Detail names the lure, channel or value kind of a marked run.
	Detail string `json:"detail,omitempty"`
	// masked is the detector's masked form of a contact value, if any.
	masked string
}

// ThreadMessage is one message of the conversation around a finding.
type ThreadMessage struct {
	MessageID  string    `json:"message_id"`
	Sender     string    `json:"sender"`
	Kind       string    `json:"kind,omitempty"`
	Channel    string    `json:"channel,omitempty"`
	OrderStage string    `json:"order_stage"`
	SentAt     time.Time `json:"sent_at"`
	// Flagged marks the message the finding is about.
	Flagged bool `json:"flagged,omitempty"`
	// Expired: the text is past message_retention_days and was deleted (or
	// is no longer shown); Segments is then empty.
	Expired  bool      `json:"expired,omitempty"`
	Segments []Segment `json:"segments"`
}

// Mark is one flagged part of a listing or an order: Field is the listing's
// or order's JSON field (price_tiers, skus, shipping, price_range, moq,
// customization, charged_shipping_fee), Index the element of a list field.
type Mark struct {
	Field string `json:"field"`
	Index int    `json:"index"`
	// Kind says what the part is to the finding: bait, compared, decoy,
	// fee, range, moq, price, charged.
	Kind string `json:"kind"`
}

// Retention is the policy's retention of the finding's kind of event.
type Retention struct {
	Kind string `json:"kind"`
	Days int    `json:"days"` // 0: kept for good
	// Expired: the finding's event is older than Days, so its text is not shown.
	Expired bool `json:"expired"`
	// Until is when the event's text is deleted (zero when kept for good).
	Until time.Time `json:"until,omitzero"`
}

// FindingContext is the answer of the context routes.
type FindingContext struct {
	Finding   schemas.Finding `json:"finding"`
	Retention Retention       `json:"retention"`
	// Archived: the event was found in the event archive.
	Archived bool `json:"archived"`
	// Note says, in a sentence, why something is missing.
	Note string `json:"note,omitempty"`
	// Masked: contact values in the text are masked for this role.
	Masked bool `json:"masked"`
	// Thread is the conversation around a message finding, oldest first;
	// Earlier and Later count the messages left out on either side.
	Thread  []ThreadMessage `json:"thread,omitempty"`
	Earlier int             `json:"earlier,omitempty"`
	Later   int             `json:"later,omitempty"`
	// Listing is the listing version as judged (a listing finding) or the
	// version an order was placed against; Order the order judged.
	Listing      *schemas.Listing `json:"listing,omitempty"`
	ListingMarks []Mark           `json:"listing_marks,omitempty"`
	Order        *schemas.Order   `json:"order,omitempty"`
	OrderMarks   []Mark           `json:"order_marks,omitempty"`
}

// archived is one row of event_archive.
type archived struct {
	Kind, EventID, SubjectID, ThreadID string
	Version                            uint64
	EventTime                          time.Time
	// Payload is empty when the event is past retention.
	Payload string
}

// maxThread bounds the messages of a conversation read at once.
const maxThread = 2000

// archivedEvent finds one event by kind, subject and event id. The archive is
// sorted by thread, which a finding does not name, so the search is narrowed
// to the partitions around the finding's event time first (one day either
// side), then, for a finding whose event_time is not its event's, widened to
// every partition.
func (s *Server) archivedEvent(ctx context.Context, cutoff time.Time, kind string, f *schemas.Finding) ([]archived, error) {
	if !f.EventTime.IsZero() {
		rows, err := s.queryArchive(ctx, sqlArchiveEvent, cutoff, kind, f.EventTime.Add(-24*time.Hour), f.EventTime.Add(24*time.Hour), f.SubjectID, f.EventID)
		if err != nil || len(rows) > 0 {
			return rows, err
		}
	}
	return s.queryArchive(ctx, sqlArchiveEvent, cutoff, kind, time.Unix(0, 0).UTC(), maxTime, f.SubjectID, f.EventID)
}

// maxTime is past every DateTime.
var maxTime = time.Date(2105, 12, 31, 0, 0, 0, 0, time.UTC)

func (s *Server) queryArchive(ctx context.Context, q string, args ...any) ([]archived, error) {
	rows, err := s.cfg.DB.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("event archive: %w", err)
	}
	defer rows.Close()
	var out []archived
	for rows.Next() {
		var a archived
		if err := rows.Scan(&a.Kind, &a.EventID, &a.SubjectID, &a.ThreadID, &a.Version, &a.EventTime, &a.Payload); err != nil {
			return nil, fmt.Errorf("event archive: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// retention is the policy's retention of kind at now, and the oldest event
// time still shown (the zero time when kept for good).
func (s *Server) retention(kind string, eventTime time.Time) (Retention, time.Time) {
	days, _ := s.cfg.Policy.History.RetentionDays(kind)
	r := Retention{Kind: kind, Days: days}
	if days <= 0 {
		return r, time.Unix(0, 0).UTC()
	}
	cutoff := s.cfg.Clock().UTC().AddDate(0, 0, -days)
	r.Expired = eventTime.Before(cutoff)
	r.Until = eventTime.UTC().AddDate(0, 0, days)
	return r, cutoff
}

// revealsContacts says whether p reads contact values as written: only an
// admin (who may have to pass them on, e.g. to the platform's security
// team). A reviewer judges the lure and needs its kind, not the number;
// a merchant must never read a buyer's contact.
func revealsContacts(p Principal) bool { return p.Role == RoleAdmin }

// findingContext is the staff route.
func (s *Server) findingContext(w http.ResponseWriter, r *http.Request, p Principal) error {
	return s.writeContext(w, r, p, "")
}

// merchantFindingContext is the appeal route: a merchant reads the context of
// its own findings only.
func (s *Server) merchantFindingContext(w http.ResponseWriter, r *http.Request, p Principal) error {
	return s.writeContext(w, r, p, r.PathValue("merchant_id"))
}

func (s *Server) writeContext(w http.ResponseWriter, r *http.Request, p Principal, merchantID string) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	id := r.PathValue("finding_id")
	if !plainValue.MatchString(id) {
		return errorf(http.StatusBadRequest, "finding_id is not a plain value")
	}
	before, err := intParam(r, "before", 5, 50)
	if err != nil {
		return err
	}
	after, err := intParam(r, "after", 5, 50)
	if err != nil {
		return err
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, id)
	if err != nil {
		return err
	}
	if merchantID != "" && f.MerchantID != merchantID {
		return errorf(http.StatusNotFound, "not found")
	}
	fc := FindingContext{Finding: f, Masked: !revealsContacts(p)}
	switch f.Subject {
	case schemas.SubjectMessage:
		err = s.messageContext(ctx, &fc, before, after)
	case schemas.SubjectListing:
		err = s.listingContext(ctx, &fc)
	case schemas.SubjectOrder:
		err = s.orderContext(ctx, &fc)
	default:
		fc.Retention = Retention{Kind: f.Subject}
		fc.Note = "a " + f.Subject + " finding has no archived event to show"
	}
	if err != nil {
		return err
	}
	if p.Role == RoleMerchant {
		// As everywhere a merchant reads evidence (merchant.go).
		m := maskFor([]schemas.Finding{fc.Finding}, nil)
		fs := []schemas.Finding{fc.Finding}
		m.findings(fs)
		fc.Finding = fs[0]
	}
	writeJSON(w, http.StatusOK, fc)
	return nil
}

func intParam(r *http.Request, name string, def, maxN int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxN {
		return 0, errorf(http.StatusBadRequest, "%s must be an integer from 0 to %d", name, maxN)
	}
	return n, nil
}

func (s *Server) messageContext(ctx context.Context, fc *FindingContext, before, after int) error {
	f := &fc.Finding
	ret, cutoff := s.retention("message", f.EventTime)
	fc.Retention = ret
	own, err := s.archivedEvent(ctx, cutoff, "message", f)
	if err != nil {
		return err
	}
	if len(own) == 0 {
		fc.Note = "the message is not in the event archive (archived before it was kept, or deleted after message_retention_days)"
		if ret.Expired {
			fc.Note = fmt.Sprintf("message text is kept %d days (message_retention_days); this conversation's text has been deleted", ret.Days)
		}
		return nil
	}
	fc.Archived = true
	thread, err := s.queryArchive(ctx, sqlArchiveThread, cutoff, "message", own[0].ThreadID, maxThread)
	if err != nil {
		return err
	}
	at := slices.IndexFunc(thread, func(a archived) bool { return a.EventID == f.EventID })
	if at < 0 { // a thread longer than maxThread: the message alone
		thread, at = own, 0
	}
	lo, hi := max(0, at-before), min(len(thread), at+after+1)
	fc.Earlier, fc.Later = lo, len(thread)-hi
	mask := newContactMask(f.Evidence)
	for i := lo; i < hi; i++ {
		a := thread[i]
		tm := ThreadMessage{MessageID: a.SubjectID, SentAt: a.EventTime, Flagged: i == at, Segments: []Segment{}}
		var m schemas.Message
		if a.Payload == "" || json.Unmarshal([]byte(a.Payload), &m) != nil {
			tm.Expired = a.Payload == ""
		} else {
			tm.Sender, tm.Kind, tm.Channel, tm.OrderStage = m.Sender, m.Kind, m.Channel, m.OrderStage
			if !m.SentAt.IsZero() {
				tm.SentAt = m.SentAt.UTC()
			}
			var spans []any
			if tm.Flagged {
				spans, _ = f.Evidence["spans"].([]any)
			}
			tm.Segments = segments(m.Text, spans)
			if fc.Masked {
				maskSegments(tm.Segments, mask)
			}
		}
		fc.Thread = append(fc.Thread, tm)
	}
	if ret.Expired {
		fc.Note = fmt.Sprintf("message text is kept %d days (message_retention_days); this message's text has been deleted", ret.Days)
	} else if lo > 0 && thread[lo-1].Payload == "" || fc.Thread[0].Expired {
		fc.Note = fmt.Sprintf("earlier messages are past message_retention_days (%d days): their text has been deleted", ret.Days)
	}
	return nil
}

// segments cuts text at the evidence spans: byte offsets, [start, end), as
// the message detector writes them. A span outside the text, cutting a rune
// or overlapping the one before is left out (the text was not the one
// judged), never shown misplaced.
func segments(text string, spans []any) []Segment {
	type cut struct {
		start, end           int
		kind, detail, masked string
	}
	var cuts []cut
	for _, sp := range spans {
		m, _ := sp.(map[string]any)
		start, ok1 := number(m["start"])
		end, ok2 := number(m["end"])
		if !ok1 || !ok2 || start < 0 || end > len(text) || start >= end ||
			!utf8.RuneStart(text[start]) || (end < len(text) && !utf8.RuneStart(text[end])) {
			continue
		}
		kind, _ := m["kind"].(string)
		if kind == "" {
			kind = "flagged"
		}
		detail := ""
		for _, k := range []string{"lure", "channel"} {
			if v, _ := m[k].(string); v != "" && detail == "" {
				detail = v
			}
		}
		masked, _ := m["value"].(string)
		if !strings.Contains(masked, "*") {
			masked = ""
		}
		cuts = append(cuts, cut{start, end, kind, detail, masked})
	}
	slices.SortStableFunc(cuts, func(a, b cut) int { return a.start - b.start })
	out := []Segment{}
	at := 0
	for _, c := range cuts {
		if c.start < at {
			continue
		}
		if c.start > at {
			out = append(out, Segment{Text: text[at:c.start]})
		}
		out = append(out, Segment{Text: text[c.start:c.end], Mark: c.kind, Detail: c.detail, masked: c.masked})
		at = c.end
	}
	if at < len(text) || len(out) == 0 {
		out = append(out, Segment{Text: text[at:]})
	}
	return out
}

// number reads a JSON number (float64 from ClickHouse's evidence, int from a
// finding built in process).
func number(v any) (int, bool) {
	switch x := v.(type) {
	case float64:
		return int(x), x == float64(int(x))
	case int:
		return x, true
	case int64:
		return int(x), true
	case json.Number:
		n, err := x.Int64()
		return int(n), err == nil
	}
	return 0, false
}

// contactKinds are the span kinds whose text is a contact value.
var contactKinds = map[string]bool{"phone": true, "qq_number": true, "email": true, "link": true, "handle": true}

// Contact values the detector did not flag (a buyer's own number, an address
// in an earlier message) are masked by shape: e-mail addresses, runs of seven
// or more digits (phone, QQ, account numbers; prices and quantities are
// shorter), and the paths of messenger links.
var (
	emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	digitsRun    = regexp.MustCompile(`\+?[0-9０-９](?:[0-9０-９ \-.()]{0,3}[0-9０-９]){6,}`)
	linkPattern  = regexp.MustCompile(`(?i)\b((?:wa\.me|t\.me|line\.me|m\.me|u\.wechat\.com|weixin\.qq\.com|api\.whatsapp\.com)/)[^\s]+`)
)

// maskContacts masks contact-shaped values in free text.
func maskContacts(s string) string {
	s = emailPattern.ReplaceAllStringFunc(s, maskValue)
	s = linkPattern.ReplaceAllString(s, "${1}****")
	return digitsRun.ReplaceAllStringFunc(s, maskValue)
}

// maskSegments masks the contact values of a message's segments: a flagged
// value entirely (its kind stays in Mark), the rest by shape and by the
// values the finding's evidence names.
func maskSegments(segs []Segment, m *contactMask) {
	for i := range segs {
		sg := &segs[i]
		if contactKinds[sg.Mark] {
			if sg.masked != "" {
				sg.Text = sg.masked
			} else {
				sg.Text = maskValue(sg.Text)
			}
			continue
		}
		sg.Text = maskContacts(m.Text(sg.Text))
	}
}

func (s *Server) listingContext(ctx context.Context, fc *FindingContext) error {
	f := &fc.Finding
	ret, cutoff := s.retention("listing", f.EventTime)
	fc.Retention = ret
	ver := uint64(max(0, f.SubjectVersion))
	rows, err := s.queryArchive(ctx, sqlArchiveListing, cutoff, f.SubjectID, ver, f.EventTime, ver)
	if err != nil {
		return err
	}
	l, note := decodeListing(rows, ret)
	if l == nil {
		fc.Note = note
		return nil
	}
	fc.Archived = true
	fc.Listing, fc.ListingMarks = l, listingMarks(l, f)
	return nil
}

func decodeListing(rows []archived, ret Retention) (*schemas.Listing, string) {
	if len(rows) == 0 {
		return nil, "the listing version is not in the event archive"
	}
	if rows[0].Payload == "" {
		return nil, fmt.Sprintf("listings are kept %d days (listing_retention_days); this version has been deleted", ret.Days)
	}
	var l schemas.Listing
	if err := json.Unmarshal([]byte(rows[0].Payload), &l); err != nil {
		return nil, "the archived listing does not decode"
	}
	return &l, ""
}

func (s *Server) orderContext(ctx context.Context, fc *FindingContext) error {
	f := &fc.Finding
	ret, cutoff := s.retention("order", f.EventTime)
	fc.Retention = ret
	rows, err := s.archivedEvent(ctx, cutoff, "order", f)
	if err != nil {
		return err
	}
	if len(rows) == 0 || rows[0].Payload == "" {
		fc.Note = "the order is not in the event archive"
		return nil
	}
	var o schemas.Order
	if err := json.Unmarshal([]byte(rows[0].Payload), &o); err != nil {
		fc.Note = "the archived order does not decode"
		return nil
	}
	fc.Archived = true
	fc.Order, fc.OrderMarks = &o, []Mark{{Field: "charged_shipping_fee", Kind: "charged"}}
	// The listing as the buyer saw it: its latest version up to the order.
	lret, lcut := s.retention("listing", o.PlacedAt)
	lrows, err := s.queryArchive(ctx, sqlArchiveListing, lcut, o.ListingID, uint64(0), o.PlacedAt, uint64(0))
	if err != nil {
		return err
	}
	if l, _ := decodeListing(lrows, lret); l != nil {
		fc.Listing = l
		for i := range l.Shipping {
			fc.ListingMarks = append(fc.ListingMarks, Mark{Field: "shipping", Index: i, Kind: "fee"})
		}
	}
	return nil
}

// listingMarks finds in l the parts the finding's evidence names, as the
// violation list shows them (console's H.evidence).
func listingMarks(l *schemas.Listing, f *schemas.Finding) []Mark {
	ev := f.Evidence
	num := func(k string) (float64, bool) { v, ok := ev[k].(float64); return v, ok }
	var out []Mark
	tier := func(qk, pk, kind string) {
		q, ok1 := num(qk)
		p, ok2 := num(pk)
		if !ok1 || !ok2 {
			return
		}
		for i, t := range l.PriceTiers {
			if t.MinQty == q && t.UnitPrice == p {
				out = append(out, Mark{Field: "price_tiers", Index: i, Kind: kind})
				return
			}
		}
	}
	switch f.Violation {
	case schemas.FakePriceTier:
		tier("tier_min_qty", "tier_price", "bait")
		tier("compared_tier_min_qty", "compared_tier_price", "compared")
		if _, ok := num("range_min"); ok && l.PriceRange != nil {
			out = append(out, Mark{Field: "price_range", Kind: "range"})
		}
	case schemas.AbusedSKU:
		id, _ := ev["sku_id"].(string)
		for i, s := range l.SKUs {
			if s.SKUID == id {
				out = append(out, Mark{Field: "skus", Index: i, Kind: "decoy"})
			}
		}
	case schemas.InflatedShipping:
		method, _ := ev["method"].(string)
		fee, _ := num("fee")
		for i, s := range l.Shipping {
			if s.Method == method && s.Fee == fee {
				out = append(out, Mark{Field: "shipping", Index: i, Kind: "fee"})
			}
		}
	case schemas.FalseMOQ:
		out = append(out, Mark{Field: "moq", Kind: "moq"})
		tier("first_tier_min_qty", "first_tier_price", "compared")
		if opt, _ := ev["customization_option"].(string); opt != "" {
			for i, c := range l.Customization {
				if c.Option == opt {
					out = append(out, Mark{Field: "customization", Index: i, Kind: "moq"})
				}
			}
		}
	case schemas.OffMarketPrice:
		if p, ok := num("unit_price"); ok {
			for i, t := range l.PriceTiers {
				if t.UnitPrice == p {
					out = append(out, Mark{Field: "price_tiers", Index: i, Kind: "price"})
				}
			}
			for i, s := range l.SKUs {
				if s.UnitPrice == p {
					out = append(out, Mark{Field: "skus", Index: i, Kind: "price"})
				}
			}
		}
	}
	return out
}
