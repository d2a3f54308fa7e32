package schemas

import "time"

// Schema names carried in every event's "schema" field.
const (
	SchemaListing   = "listing.v1"
	SchemaMessage   = "message.v1"
	SchemaOrder     = "order.v1"
	SchemaComplaint = "complaint.v1"
)

// Event is one decoded input event. The concrete types are *Listing, *Message,
// *Order and *Complaint.
type Event interface {
	// SchemaName is the contract the event follows, e.g. "listing.v1".
	SchemaName() string
	// ID is the event's unique event_id.
	ID() string
	// Merchant is the merchant the event concerns.
	Merchant() string
	// OccurredAt is the event's own time (updated_at, sent_at, placed_at, reviewed_at).
	OccurredAt() time.Time
}

// Listing ops.
const (
	OpUpsert = "upsert"
	OpDelete = "delete"
)

// Listing is a listing.v1 event: the whole listing as published or updated.
type Listing struct {
	Schema        string               `json:"schema"`
	EventID       string               `json:"event_id"`
	Op            string               `json:"op"`
	ListingID     string               `json:"listing_id"`
	Version       int64                `json:"version"`
	MerchantID    string               `json:"merchant_id"`
	CategoryID    string               `json:"category_id"`
	CategoryPath  []string             `json:"category_path"`
	Title         string               `json:"title"`
	Description   string               `json:"description"`
	Currency      string               `json:"currency"`
	Unit          string               `json:"unit"`
	MOQ           float64              `json:"moq"`
	PriceTiers    []PriceTier          `json:"price_tiers"`
	PriceRange    *PriceRange          `json:"price_range"`
	SKUs          []SKU                `json:"skus"`
	Shipping      []ShippingOption     `json:"shipping"`
	Customization []CustomizationOffer `json:"customization"`
	SamplePrice   *float64             `json:"sample_price"`
	UpdatedAt     time.Time            `json:"updated_at"`
}

// PriceTier is one step of a quantity ladder; it runs until the next tier's MinQty.
type PriceTier struct {
	MinQty    float64 `json:"min_qty"`
	UnitPrice float64 `json:"unit_price"`
}

// PriceRange is the displayed price range of a range-priced listing.
type PriceRange struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// SKU is one purchasable variant with its own unit price.
type SKU struct {
	SKUID      string            `json:"sku_id"`
	Name       string            `json:"name"`
	UnitPrice  float64           `json:"unit_price"`
	Attributes map[string]string `json:"attributes"`
}

// ShippingOption is a quoted shipping charge: Fee in total for an order of ForQty units.
type ShippingOption struct {
	Method string  `json:"method"`
	Fee    float64 `json:"fee"`
	ForQty float64 `json:"for_qty"`
}

// CustomizationOffer is a customisation option with its own minimum quantity.
type CustomizationOffer struct {
	Option string  `json:"option"`
	MinQty float64 `json:"min_qty"`
}

func (l *Listing) SchemaName() string    { return SchemaListing }
func (l *Listing) ID() string            { return l.EventID }
func (l *Listing) Merchant() string      { return l.MerchantID }
func (l *Listing) OccurredAt() time.Time { return l.UpdatedAt }

// Message senders, channels, kinds and order stages.
const (
	SenderSeller = "seller"
	SenderBuyer  = "buyer"

	ChannelChat        = "chat"
	ChannelInquiry     = "inquiry"
	ChannelRFQ         = "rfq"
	ChannelSiteMessage = "site_message"

	KindText      = "text"
	KindAutoReply = "auto_reply"
	KindSignature = "signature"

	StageNone     = "none"
	StageOrdered  = "ordered"
	StageShipping = "shipping"
)

// Message is a message.v1 event: one message between a buyer and a merchant.
type Message struct {
	Schema         string    `json:"schema"`
	EventID        string    `json:"event_id"`
	MessageID      string    `json:"message_id"`
	ConversationID string    `json:"conversation_id"`
	MerchantID     string    `json:"merchant_id"`
	BuyerID        string    `json:"buyer_id"`
	Sender         string    `json:"sender"`
	Channel        string    `json:"channel"`
	Kind           string    `json:"kind"`
	Text           string    `json:"text"`
	OrderStage     string    `json:"order_stage"`
	SentAt         time.Time `json:"sent_at"`
}

func (m *Message) SchemaName() string    { return SchemaMessage }
func (m *Message) ID() string            { return m.EventID }
func (m *Message) Merchant() string      { return m.MerchantID }
func (m *Message) OccurredAt() time.Time { return m.SentAt }

// Order is an order.v1 event.
type Order struct {
	Schema             string    `json:"schema"`
	EventID            string    `json:"event_id"`
	OrderID            string    `json:"order_id"`
	ListingID          string    `json:"listing_id"`
	MerchantID         string    `json:"merchant_id"`
	BuyerID            string    `json:"buyer_id"`
	Quantity           float64   `json:"quantity"`
	Currency           string    `json:"currency"`
	QuotedShippingFee  float64   `json:"quoted_shipping_fee"`
	ChargedShippingFee float64   `json:"charged_shipping_fee"`
	TradeAssurance     bool      `json:"trade_assurance"`
	PlacedAt           time.Time `json:"placed_at"`
}

func (o *Order) SchemaName() string    { return SchemaOrder }
func (o *Order) ID() string            { return o.EventID }
func (o *Order) Merchant() string      { return o.MerchantID }
func (o *Order) OccurredAt() time.Time { return o.PlacedAt }

// Complaint stages.
const (
	StageInquiry     = "inquiry"
	StagePrePayment  = "pre_payment"
	StagePostPayment = "post_payment"
)

// Complaint is a complaint.v1 event: a buyer complaint after the platform reviewed it.
type Complaint struct {
	Schema      string    `json:"schema"`
	EventID     string    `json:"event_id"`
	ComplaintID string    `json:"complaint_id"`
	MerchantID  string    `json:"merchant_id"`
	ListingID   string    `json:"listing_id"`
	BuyerID     string    `json:"buyer_id"`
	Stage       string    `json:"stage"`
	Claim       string    `json:"claim"`
	Verified    bool      `json:"verified"`
	ReviewedAt  time.Time `json:"reviewed_at"`
}

func (c *Complaint) SchemaName() string    { return SchemaComplaint }
func (c *Complaint) ID() string            { return c.EventID }
func (c *Complaint) Merchant() string      { return c.MerchantID }
func (c *Complaint) OccurredAt() time.Time { return c.ReviewedAt }

// Compile-time checks that every event type satisfies Event.
var (
	_ Event = (*Listing)(nil)
	_ Event = (*Message)(nil)
	_ Event = (*Order)(nil)
	_ Event = (*Complaint)(nil)
)
