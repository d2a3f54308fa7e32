// Package route maps an input event to its topic and partition key, as the
// wire contract assigns them: listings and orders by listing, messages by
// conversation, complaints by merchant.
package route

import (
	"fmt"

	"github.com/haili/haili/schemas"
)

// Of returns the topic and key of ev.
func Of(ev schemas.Event) (topic string, key []byte, err error) {
	switch ev := ev.(type) {
	case *schemas.Listing:
		return schemas.TopicListings, []byte(ev.ListingID), nil
	case *schemas.Message:
		return schemas.TopicMessages, []byte(ev.ConversationID), nil
	case *schemas.Order:
		return schemas.TopicOrders, []byte(ev.ListingID), nil
	case *schemas.Complaint:
		return schemas.TopicComplaints, []byte(ev.MerchantID), nil
	}
	return "", nil, fmt.Errorf("route: no topic for %T", ev)
}
