package message

import (
	"time"

	"github.com/haili/haili/schemas"
)

// Conversation is the context a message detector needs from the earlier messages
// of its conversation (for example whether the buyer asked for contact details
// first). The detector updates it as it sees each message; callers persist it.
//
// It holds facts, not history, so its size is bounded whatever the length of the
// conversation, and every field is exported with a JSON tag so that a worker can
// store it and rebuild it after a restart: a rebuilt Conversation judges the
// next message exactly as the one it was saved from would have.
type Conversation struct {
	// Messages counts the messages observed, buyer's and seller's.
	Messages int `json:"messages"`
	// LastAt is the send time of the latest message observed.
	LastAt time.Time `json:"last_at,omitzero"`
	// OrderStage is the furthest order stage seen: none, ordered or shipping.
	// It never goes back, so a later message that omits the stage still counts
	// as sent after the order.
	OrderStage string `json:"order_stage,omitempty"`
	// BuyerAsked is set once the buyer asked for the merchant's contact off the
	// platform, or offered their own; BuyerAskedAt is when it last did.
	BuyerAsked   bool      `json:"buyer_asked,omitempty"`
	BuyerAskedAt time.Time `json:"buyer_asked_at,omitzero"`
	// BuyerAskedChannels are the channels the buyer named.
	BuyerAskedChannels ChannelSet `json:"buyer_asked_channels,omitempty"`
	// BuyerTA is set once the buyer named Trade Assurance; BuyerTAAt is when it
	// last did.
	BuyerTA   bool      `json:"buyer_ta,omitempty"`
	BuyerTAAt time.Time `json:"buyer_ta_at,omitzero"`
	// BuyerTAUse says the buyer's latest message naming Trade Assurance
	// asked to use it ("can I order with Trade Assurance?"), not what it
	// costs: a price the merchant then ties to Trade Assurance is a
	// surcharge, not the answer. False in a state saved before the field
	// existed, which judges as before.
	BuyerTAUse bool `json:"buyer_ta_use,omitempty"`
	// SellerDigits is the start of a number the merchant's latest message
	// ended on without completing it ("WhatsApp +86 138"), "+"-prefixed when
	// written with a country code; the merchant's next message may carry the
	// rest. At most maxPendingDigits digits. The merchant's next message
	// replaces it; a buyer's turn between clears it only when the merchant
	// wrote the digits without naming a phone.
	SellerDigits string `json:"seller_digits,omitempty"`
	// SellerPrice is the merchant's latest unit price quoted alone, before
	// Trade Assurance came up ("0.21/pc"), and SellerPriceQty the quantity
	// named with it (0: none); a later Trade Assurance price is read against
	// it (aboveQuote). A message stating several prices clears it. Zero in a
	// state saved before the fields existed, which judges as before.
	SellerPrice    float64 `json:"seller_price,omitempty"`
	SellerPriceQty float64 `json:"seller_price_qty,omitempty"`
	// OffplatformFindings and TARefusalFindings count the merchant's messages
	// found violating in this conversation.
	OffplatformFindings int `json:"offplatform_findings,omitempty"`
	TARefusalFindings   int `json:"ta_refusal_findings,omitempty"`
}

// JudgesLike reports whether c and o judge every later message alike. They
// may differ in the fields kept for information only (Messages, LastAt and
// the finding counters), which no judgement reads: a worker need not persist
// a conversation whose context changed only there.
func (c *Conversation) JudgesLike(o *Conversation) bool {
	return c.OrderStage == o.OrderStage &&
		c.BuyerAsked == o.BuyerAsked && c.BuyerAskedAt.Equal(o.BuyerAskedAt) && c.BuyerAskedChannels == o.BuyerAskedChannels &&
		c.BuyerTA == o.BuyerTA && c.BuyerTAAt.Equal(o.BuyerTAAt) && c.BuyerTAUse == o.BuyerTAUse &&
		c.SellerDigits == o.SellerDigits && c.SellerPrice == o.SellerPrice && c.SellerPriceQty == o.SellerPriceQty
}

// stageRank orders order stages.
func stageRank(s string) int {
	switch s {
	case schemas.StageOrdered:
		return 1
	case schemas.StageShipping:
		return 2
	}
	return 0
}

// stage is the furthest stage of the conversation as of message m.
func (c *Conversation) stage(m *schemas.Message) string {
	if stageRank(c.OrderStage) > stageRank(m.OrderStage) {
		return c.OrderStage
	}
	if m.OrderStage == "" {
		return schemas.StageNone
	}
	return m.OrderStage
}

// within reports whether an event at 'at' is still in force at 'now'. Zero
// times (a message without a send time) count as in force: losing the time
// must not turn an allowed reply into a violation.
func within(at, now time.Time, ttl time.Duration) bool {
	if at.IsZero() || now.IsZero() || now.Before(at) {
		return true
	}
	return now.Sub(at) <= ttl
}

// buyerAskedFor reports whether the buyer's request for contact still covers
// a merchant message sent at 'now'.
func (c *Conversation) buyerAskedFor(now time.Time, ttl time.Duration) bool {
	return c.BuyerAsked && within(c.BuyerAskedAt, now, ttl)
}

func (c *Conversation) buyerTAFor(now time.Time, ttl time.Duration) bool {
	return c.BuyerTA && within(c.BuyerTAAt, now, ttl)
}

// observed is what one message contributes to its conversation.
type observed struct {
	buyerAsked  bool
	channels    ChannelSet
	ta          bool
	taUse       bool // ta, to use it, not asking its price
	offplatform bool
	taRefusal   bool
	digitTail   string // a seller message's unfinished number (see SellerDigits)
	// quoted: a seller message stating prices; quote and quoteQty its one
	// unit price and quantity, 0 when it states several (see SellerPrice).
	quoted          bool
	quote, quoteQty float64
}

func (c *Conversation) observe(m *schemas.Message, o observed) {
	c.Messages++
	if m.SentAt.After(c.LastAt) {
		c.LastAt = m.SentAt
	}
	if stageRank(m.OrderStage) > stageRank(c.OrderStage) {
		c.OrderStage = m.OrderStage
	}
	switch m.Sender {
	case schemas.SenderBuyer:
		if c.SellerDigits != "" && c.SellerDigits[0] != pendingAddress && pendingMarks(c.SellerDigits) == 0 {
			// Digits the merchant wrote without naming a phone do not
			// survive the buyer's turn; an announced number does ("my
			// WeChat is 8615831" — "ok" — "the rest: 2 3 3 6 0 4").
			c.SellerDigits = ""
		}
		if o.buyerAsked {
			c.BuyerAsked = true
			c.BuyerAskedChannels |= o.channels
			if m.SentAt.After(c.BuyerAskedAt) {
				c.BuyerAskedAt = m.SentAt
			}
		}
		if o.ta {
			c.BuyerTA = true
			c.BuyerTAUse = o.taUse
			if m.SentAt.After(c.BuyerTAAt) {
				c.BuyerTAAt = m.SentAt
			}
		}
	case schemas.SenderSeller:
		c.SellerDigits = o.digitTail
		if o.quoted {
			c.SellerPrice, c.SellerPriceQty = o.quote, o.quoteQty
		}
		if o.offplatform {
			c.OffplatformFindings++
		}
		if o.taRefusal {
			c.TARefusalFindings++
		}
	}
}
