package loadgen

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseMix(t *testing.T) {
	tests := []struct {
		in      string
		want    Mix
		wantErr string
	}{
		{"listing=35,message=50,order=10,complaint=5", DefaultMix, ""},
		{" message = 1 ", Mix{KindMessage: 1}, ""},
		{"listing=0.5,order=0.5,", Mix{KindListing: 0.5, KindOrder: 0.5}, ""},
		{"", Mix{}, "positive share"},
		{"listing=0", Mix{}, "positive share"},
		{"listing", Mix{}, "kind=share"},
		{"review=3", Mix{}, "unknown kind"},
		{"listing=-1", Mix{}, "non-negative"},
		{"listing=NaN", Mix{}, "non-negative"},
		{"listing=1,listing=2", Mix{}, "twice"},
		{"listing=1e308,message=1e308", Mix{}, "positive share"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseMix(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseMix(%q) = %v, %v; want error %q", tt.in, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseMix(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseList(t *testing.T) {
	known := []string{"en", "zh", "ar"}
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", known, false},
		{"zh", []string{"zh"}, false},
		{"ar, en,ar", []string{"ar", "en"}, false},
		{"xx", nil, true},
	}
	for _, tt := range tests {
		got, err := ParseList(tt.in, known)
		if (err != nil) != tt.wantErr || !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseList(%q) = %v, %v; want %v (error %v)", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"default", Config{Mix: DefaultMix}, true},
		{"no mix", Config{}, false},
		{"share above one", Config{Mix: DefaultMix, ViolationShare: 1.5}, false},
		{"unknown category", Config{Mix: DefaultMix, Categories: []string{"kayaks"}}, false},
		{"unknown language", Config{Mix: DefaultMix, Languages: []string{"tlh"}}, false},
	}
	for _, tt := range tests {
		if err := tt.cfg.Validate(); (err == nil) != tt.ok {
			t.Errorf("%s: Validate() = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

// FuzzParseMix: --mix is outside input; whatever it is, ParseMix either
// rejects it or returns a usable mix that round-trips through String.
func FuzzParseMix(f *testing.F) {
	for _, s := range []string{"listing=35,message=50,order=10,complaint=5", "message=1", "", "listing=,", "order=1e400", "complaint=0x1p3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMix(s)
		if err != nil {
			return
		}
		cfg := Config{Mix: m}
		if err := cfg.Validate(); err != nil {
			t.Fatalf("ParseMix(%q) = %v, which does not validate: %v", s, m, err)
		}
		again, err := ParseMix(m.String())
		if err != nil || again != m {
			t.Fatalf("ParseMix(%q).String() = %q does not parse back: %v, %v", s, m.String(), again, err)
		}
		if _, err := New(cfg); err != nil {
			t.Fatal(err)
		}
	})
}
