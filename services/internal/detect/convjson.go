package detect

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// appendConversation appends the JSON of c, byte for byte what
// json.Marshal(c) writes (TestAppendConversation), without its reflection:
// a hand-off encodes every context a batch touched.
func appendConversation(dst []byte, c *message.Conversation) ([]byte, error) {
	for _, t := range [...]time.Time{c.LastAt, c.BuyerAskedAt, c.BuyerTAAt} {
		if !timeEncodes(t) {
			// Left to encoding/json, which refuses it the way it always did.
			v, err := json.Marshal(c)
			return append(dst, v...), err
		}
	}
	dst = append(dst, `{"messages":`...)
	dst = strconv.AppendInt(dst, int64(c.Messages), 10)
	dst = appendTimeField(dst, `,"last_at":`, c.LastAt)
	var err error
	if c.OrderStage != "" {
		dst = append(dst, `,"order_stage":`...)
		if dst, err = schemas.AppendJSONValue(dst, c.OrderStage); err != nil {
			return dst, err
		}
	}
	if c.BuyerAsked {
		dst = append(dst, `,"buyer_asked":true`...)
	}
	dst = appendTimeField(dst, `,"buyer_asked_at":`, c.BuyerAskedAt)
	if c.BuyerAskedChannels != 0 {
		dst = append(dst, `,"buyer_asked_channels":[`...)
		for i, n := range c.BuyerAskedChannels.Names() {
			if i > 0 {
				dst = append(dst, ',')
			}
			if dst, err = schemas.AppendJSONValue(dst, n); err != nil {
				return dst, err
			}
		}
		dst = append(dst, ']')
	}
	if c.BuyerTA {
		dst = append(dst, `,"buyer_ta":true`...)
	}
	dst = appendTimeField(dst, `,"buyer_ta_at":`, c.BuyerTAAt)
	if c.BuyerTAUse {
		dst = append(dst, `,"buyer_ta_use":true`...)
	}
	if c.SellerDigits != "" {
		dst = append(dst, `,"seller_digits":`...)
		if dst, err = schemas.AppendJSONValue(dst, c.SellerDigits); err != nil {
			return dst, err
		}
	}
	if c.SellerPrice != 0 {
		if dst, err = appendFloatField(dst, `,"seller_price":`, c.SellerPrice); err != nil {
			return dst, err
		}
	}
	if c.SellerPriceQty != 0 {
		if dst, err = appendFloatField(dst, `,"seller_price_qty":`, c.SellerPriceQty); err != nil {
			return dst, err
		}
	}
	if c.OffplatformFindings != 0 {
		dst = append(dst, `,"offplatform_findings":`...)
		dst = strconv.AppendInt(dst, int64(c.OffplatformFindings), 10)
	}
	if c.TARefusalFindings != 0 {
		dst = append(dst, `,"ta_refusal_findings":`...)
		dst = strconv.AppendInt(dst, int64(c.TARefusalFindings), 10)
	}
	return append(dst, '}'), nil
}

// timeEncodes reports whether time.Time.MarshalJSON accepts t: a year of
// four digits and a zone offset under a day.
func timeEncodes(t time.Time) bool {
	if y := t.Year(); y < 0 || y > 9999 {
		return false
	}
	_, off := t.Zone()
	return off > -24*60*60 && off < 24*60*60
}

// appendTimeField appends name and t as time.Time.MarshalJSON writes it,
// nothing when t is zero (omitzero).
func appendTimeField(dst []byte, name string, t time.Time) []byte {
	if t.IsZero() {
		return dst
	}
	dst = append(dst, name...)
	dst = append(dst, '"')
	dst = t.AppendFormat(dst, time.RFC3339Nano)
	return append(dst, '"')
}

// appendFloatField appends name and f as encoding/json writes a float64.
func appendFloatField(dst []byte, name string, f float64) ([]byte, error) {
	out, err := schemas.AppendJSONFloat(append(dst, name...), f)
	if err != nil {
		return dst, fmt.Errorf("conversation: %s: %w", name, err)
	}
	return out, nil
}
