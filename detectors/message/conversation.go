package message

// Conversation is the context a message detector needs from the earlier messages
// of its conversation (for example whether the buyer asked for contact details
// first). The detector updates it as it sees each message; callers persist it.
type Conversation struct{}
