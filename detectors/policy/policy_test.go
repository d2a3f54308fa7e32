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
