package policy

import (
	"strings"
	"testing"
)

func TestDefaultPolicyParses(t *testing.T) {
	p := Default()
	if p.Version == "" || !strings.HasPrefix(p.ID(), p.Version+"+") {
		t.Fatalf("policy id %q does not carry version %q", p.ID(), p.Version)
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"no version", "listing: {}\n", "version is required"},
		{"unknown key", "version: x\nlisting: {}\nbogus: 1\n", "bogus"},
		{"not yaml", "version: [\n", "policy:"},
		{"negative retention", "version: x\nhistory: {message_retention_days: -1}\n", "message_retention_days is -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse() error = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestIDChangesWithContent(t *testing.T) {
	a, err := Parse([]byte("version: v1\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte("version: v1\n# changed\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID() == b.ID() {
		t.Fatalf("different files share id %q", a.ID())
	}
}

// FuzzParse: a policy file is outside input; whatever it holds, Parse either
// returns a validated policy or an error, never a panic.
func FuzzParse(f *testing.F) {
	f.Add(DefaultYAML())
	f.Add([]byte("version: v1\n"))
	f.Add([]byte("version: v1\nlisting: {defaults: {market: {min_samples: -1}}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Parse returned a policy that does not validate: %v", err)
		}
	})
}

func TestDefaultHistoryRetention(t *testing.T) {
	h := Default().History
	tests := []struct {
		kind string
		want int
	}{
		{"listing", 0},
		{"message", 180},
		{"order", 0},
		{"complaint", 0},
	}
	for _, tt := range tests {
		got, ok := h.RetentionDays(tt.kind)
		if !ok || got != tt.want {
			t.Errorf("RetentionDays(%q) = %d, %v; want %d, true", tt.kind, got, ok, tt.want)
		}
	}
	if _, ok := h.RetentionDays("finding"); ok {
		t.Error("RetentionDays(finding) is known; want unknown")
	}
}
