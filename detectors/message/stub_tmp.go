package message

// TEMPORARY scaffolding so the workspace compiles; the message detector replaces it.

import "github.com/haili/haili/schemas"

type Detector struct{}

func NewDetector(c *Config) (*Detector, error) { return &Detector{}, nil }
func (*Detector) Name() string                 { return "message" }
func (*Detector) DetectMessage(m *schemas.Message, conv *Conversation, out []schemas.Finding) ([]schemas.Finding, error) {
	return out, nil
}
