package message

import (
	"testing"
	"unicode"
)

func normString(text string) (string, obf, *scratch) {
	sc := new(scratch)
	f := normalize(text, sc)
	return string(sc.norm), f, sc
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
		flags          obf
	}{
		{"ascii lower-cased", "WhatsApp +86", "whatsapp +86", 0},
		{"full-width", "ＷｈａｔｓＡｐｐ：＋８６\u3000１８６", "whatsapp:+86 186", obfFullwidth},
		{"zero-width space", "What\u200bsApp", "whatsapp", obfZeroWidth},
		{"zero-width joiner", "We\u200dChat", "wechat", obfZeroWidth},
		{"keycaps", "8\ufe0f\u20e36\ufe0f\u20e3", "86", obfKeycap},
		{"cyrillic look-alikes in a latin word", "Wh\u0430tsApp f\u043er", "whatsapp for", obfHomoglyph},
		{"greek omicron in a domain", "gm\u0430il.c\u03bfm", "gmail.com", obfHomoglyph},
		{"pure cyrillic stays", "Привет вотсап", "привет вотсап", 0},
		{"accents dropped", "Teléfono número agrégame", "telefono numero agregame", 0},
		{"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789", obfOtherDigits},
		{"devanagari digits", "९८७", "987", obfOtherDigits},
		{"circled digits", "①②③", "123", 0},
		{"curly apostrophe and dashes", "don’t 186–1234", "don't 186-1234", 0},
		{"chinese unchanged", "加我微信", "加我微信", 0},
		{"ideographic comma", "好、是", "好,是", 0},
		{"mask bullets", "186••••5678", "186****5678", 0},
		{"invalid utf-8", "a\xffb", "a b", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, flags, _ := normString(tt.in)
			if got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if flags != tt.flags {
				t.Errorf("flags = %v, want %v", flags.names(), tt.flags.names())
			}
		})
	}
}

// TestNormalizeOffsets checks that every normalised byte maps back into the
// rune of the original text it came from.
func TestNormalizeOffsets(t *testing.T) {
	in := "Ｗｈａｔｓ\u200bApp：＋８６ 1️⃣3️⃣8️⃣ gm\u0430il 加我 ٣"
	_, _, sc := normString(in)
	for i := range sc.norm {
		s, e := sc.ns[i], sc.ne[i]
		if s < 0 || e > int32(len(in)) || s >= e {
			t.Fatalf("byte %d maps to [%d,%d)", i, s, e)
		}
	}
	// "：" (3 bytes) normalises to ":" and must point at all three.
	for i, c := range sc.norm {
		if c == ':' && in[sc.ns[i]:sc.ne[i]] != "：" {
			t.Errorf("':' maps to %q", in[sc.ns[i]:sc.ne[i]])
		}
	}
}

// TestDigitRanges checks digitValue's assumption: each range of unicode.Nd is
// whole blocks of ten starting at a zero.
func TestDigitRanges(t *testing.T) {
	for _, r := range unicode.Nd.R16 {
		if r.Stride != 1 || (r.Hi-r.Lo+1)%10 != 0 {
			t.Errorf("range %+v", r)
		}
	}
	for _, r := range unicode.Nd.R32 {
		if r.Stride != 1 || (r.Hi-r.Lo+1)%10 != 0 {
			t.Errorf("range %+v", r)
		}
	}
	for _, c := range []struct {
		r rune
		v int
	}{{'٣', 3}, {'۷', 7}, {'९', 9}, {'๕', 5}, {'０', 0}, {'𝟗', 9}} {
		if v, ok := digitValue(c.r); !ok || v != c.v {
			t.Errorf("digitValue(%q) = %d, %v; want %d", c.r, v, ok, c.v)
		}
	}
}

// TestFoldTableMatchesSlowPath checks the cached rune folding against the
// NFKD path it caches.
func TestFoldTableMatchesSlowPath(t *testing.T) {
	for r := rune(0x80); r < foldTableSize; r++ {
		v := foldTable[r]
		if v == foldSlow || isIgnorable(r) {
			continue
		}
		var flags obf
		var out []nrune
		if m, ok := specialRune(r); ok {
			out = []nrune{{r: m}}
		} else {
			out = appendFolded(nil, r, 0, 0, &flags)
			if d := decompose(r); d != nil {
				out, flags = nil, 0
				for _, x := range d {
					out = appendFolded(out, x, 0, 0, &flags)
				}
			}
		}
		switch {
		case v == foldDrop && len(out) != 0, v >= 0 && (len(out) != 1 || out[0].r != v&^foldOtherDigit):
			t.Fatalf("rune %U: table %x, slow path %v", r, v, out)
		}
	}
}

func TestTokensAndFolding(t *testing.T) {
	tests := []struct{ in, want string }{
		{"w h a t s a p p", "whatsapp"},
		{"W.h.a.t.s.A.p.p:", "whatsapp"},
		{"F.a.c.e.b.o.o.k", "facebook"},
		{"Wh@ts@pp", "whatsapp"},
		{"W3chat", "wechat"},
		{"$kype", "skype"},
		{"te1egram", "telegram"},
		{"U.S.A.", ""},
		{"T/T", ""},
		{"one3eight", ""},
	}
	for _, tt := range tests {
		sc := new(scratch)
		normalize(tt.in, sc)
		sc.toks = tokenize(sc.norm, sc.toks)
		sc.foldJoins()
		got := ""
		for _, tk := range sc.toks {
			if tk.alt != "" {
				got = tk.alt
			}
		}
		if got != tt.want {
			t.Errorf("%q folds to %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValidCN(t *testing.T) {
	for d, want := range map[string]bool{
		"13812345678": true, "2039210045": true, "1012345678": true, "31187341120": true, "5925571306": true,
		"1322045517": false, "138123": false, "02039210045": true, "99": false,
	} {
		if got := validCN([]byte(d)); got != want {
			t.Errorf("validCN(%s) = %v, want %v", d, got, want)
		}
	}
}

func TestMasking(t *testing.T) {
	tests := []struct {
		digits string
		intl   bool
		want   string
	}{
		{"8618612345678", true, "+86-186****5678"},
		{"13812345678", false, "138****5678"},
		{"14155550123", true, "+1-41******23"},
		{"2853301947", false, "28******47"},
		{"12345", false, "1***5"},
	}
	for _, tt := range tests {
		if got := formatNumber([]byte(tt.digits), tt.intl, false, true); got != tt.want {
			t.Errorf("formatNumber(%s) = %s, want %s", tt.digits, got, tt.want)
		}
	}
	if got := maskEmail([]byte("abcdef@gmail.com")); got != "ab***@gmail.com" {
		t.Errorf("maskEmail = %s", got)
	}
}
