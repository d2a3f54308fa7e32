package corpus

import (
	"testing"

	"github.com/haili/haili/schemas"
)

func TestLoadDecodesEveryEvent(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Events) < 700 || len(c.Labels) < 700 {
		t.Fatalf("corpus looks truncated: %d events, %d labels", len(c.Events), len(c.Labels))
	}
	s := c.ScoreFindings(nil)
	if s.FN[schemas.OffplatformContact] == 0 {
		t.Fatal("an empty run should miss every expected offplatform_contact")
	}
}
