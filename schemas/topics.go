package schemas

import "fmt"

// Topics of the input and output streams.
const (
	TopicListings   = "listings.v1"
	TopicMessages   = "messages.v1"
	TopicOrders     = "orders.v1"
	TopicComplaints = "complaints.v1"
	TopicFindings   = "findings.v1"
	TopicChecks     = "listing-checks.v1"
	TopicDeadletter = "deadletter.v1"
	TopicActions    = "actions.v1"
	TopicNotices    = "notices.v1"
)

// InputTopics are the topics the detection workers consume.
var InputTopics = []string{TopicListings, TopicMessages, TopicOrders, TopicComplaints}

// Topics are every topic Haili's roles produce to and consume from: the
// embedded broker creates them, and deploy/kafka/topics.yaml must define them.
var Topics = []string{
	TopicListings, TopicMessages, TopicOrders, TopicComplaints,
	TopicFindings, TopicChecks, TopicDeadletter,
	TopicActions, TopicNotices,
}

// Route is the key rule of the input topics: the topic of ev and the key it
// is produced with. Listings and orders are keyed by listing, so that the
// versions of a listing and its orders stay in order; messages by
// conversation, so that a conversation is judged in order; complaints by
// merchant. Every output topic (findings, checks, actions, notices) is keyed
// by merchant_id.
func Route(ev Event) (topic string, key []byte, err error) {
	switch ev := ev.(type) {
	case *Listing:
		return TopicListings, []byte(ev.ListingID), nil
	case *Message:
		return TopicMessages, []byte(ev.ConversationID), nil
	case *Order:
		return TopicOrders, []byte(ev.ListingID), nil
	case *Complaint:
		return TopicComplaints, []byte(ev.MerchantID), nil
	}
	return "", nil, fmt.Errorf("schemas: no topic for %T", ev)
}
