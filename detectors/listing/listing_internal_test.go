package listing

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/haili/haili/schemas"
)

// TestSprintfMatchesFmt: the explanations' formatter writes what fmt.Sprintf
// writes, including where it hands over to fmt.
func TestSprintfMatchesFmt(t *testing.T) {
	tests := []struct {
		format string
		args   []string
	}{
		{"plain", nil},
		{"%s and %q", []string{"a", "b\"c"}},
		{"%q", []string{"日本\x00\xff" + string(make([]byte, 200))}},
		{"%s%s", []string{"", ""}},
		{"100%% %s", []string{"x"}},
		{"%d", []string{"x"}},
		{"%s %s", []string{"only one"}},
		{"%s", []string{"one", "extra"}},
		{"trailing %", nil},
		{"“%s”（%q）", []string{"中文", "引号\""}},
	}
	for _, tt := range tests {
		as := make([]any, len(tt.args))
		args := make([]arg, len(tt.args))
		for i, a := range tt.args {
			as[i], args[i] = a, str(a)
		}
		if got, want := sprintf(tt.format, args...), fmt.Sprintf(tt.format, as...); got != want {
			t.Errorf("sprintf(%q, %q) = %q, want %q", tt.format, tt.args, got, want)
		}
	}
	// Figures: written as fmt writes their strings.
	got := sprintf("%s|%q|%s|%s|%s|%s", money(1234.5), money(0.3), qty(12345), times(2.5), pct(0.123), units(&schemas.Listing{Unit: "ton"}, 2))
	if want := `1,234.50|"0.30"|12,345|2.5x|12%|2 tons`; got != want {
		t.Errorf("sprintf with figures = %q, want %q", got, want)
	}
}

// TestFiguresMatchStringFormatting: the figures written into explanations
// are the strings the former string formatters (kept below as reference)
// made, for ordinary, edge and junk values.
func TestFiguresMatchStringFormatting(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	values := []float64{0, 1, -1, 0.3, 0.005, 0.999999, 1e-6, 9.99e-7, 1e-7, 999, 1000, 999.995, 1e15, 1e15 - 1,
		-1234567.891, 1e300, -1e-310, math.Inf(1), math.Inf(-1), math.NaN(), 12345678.9, 0.1 + 0.2, 1.005, 2.675}
	for range 100000 {
		x := math.Pow(10, rng.Float64()*24-8) * float64(1-2*rng.IntN(2))
		if rng.IntN(3) == 0 {
			x = math.Round(x)
		}
		if rng.IntN(5) == 0 {
			x = math.Round(x*100) / 100
		}
		values = append(values, x)
	}
	ls := []*schemas.Listing{{Unit: "piece"}, {Unit: ""}}
	for _, x := range values {
		for _, c := range []struct {
			name      string
			got, want string
		}{
			{"money", money(x).String(), refMoney(x)},
			{"qty", qty(x).String(), refQty(x)},
			{"times", times(x).String(), refTimes(x)},
			{"pct", pct(x).String(), refPct(x)},
			{"units", units(ls[0], x).String(), refUnits(ls[0], x)},
			{"units", units(ls[1], x).String(), refUnits(ls[1], x)},
		} {
			if c.got != c.want {
				t.Fatalf("%s(%v) = %q, want %q", c.name, x, c.got, c.want)
			}
		}
	}
}

// The former string formatters, as reference.

// refMoney formats a price or fee for an explanation: two decimals from 1 up
// (with thousands separators), four significant digits below.
func refMoney(x float64) string {
	if refOdd(x) {
		return refOddNumber(x)
	}
	if math.Abs(x) < 1 {
		s := strconv.FormatFloat(sig(x, 4), 'f', -1, 64)
		// At least two decimals, as prices are shown: 0.30, not 0.3.
		if _, frac, _ := strings.Cut(s, "."); len(frac) < 2 {
			s = strconv.FormatFloat(x, 'f', 2, 64)
		}
		return s
	}
	s := strconv.FormatFloat(x, 'f', 2, 64)
	return refGroupThousands(s)
}

// qty formats a quantity: integers with thousands separators.
func refQty(x float64) string {
	if refOdd(x) {
		return refOddNumber(x)
	}
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return refGroupThousands(strconv.FormatFloat(x, 'f', 0, 64))
	}
	return strconv.FormatFloat(sig(x, 4), 'f', -1, 64)
}

// times formats a ratio such as "12.5x" or "0.012x".
func refTimes(x float64) string {
	if refOdd(x) {
		return refOddNumber(x) + "x"
	}
	return strconv.FormatFloat(sig(x, 3), 'f', -1, 64) + "x"
}

// pct formats a share as a percentage with two significant digits.
func refPct(x float64) string {
	if refOdd(x * 100) {
		return refOddNumber(x*100) + "%"
	}
	return strconv.FormatFloat(sig(x*100, 2), 'f', -1, 64) + "%"
}

// odd reports a figure that fixed-point notation would spell out in hundreds
// of digits (junk such as 1e-310 or 1e300): it is written in e-notation.
func refOdd(x float64) bool {
	a := math.Abs(x)
	return math.IsNaN(x) || math.IsInf(x, 0) || (a != 0 && a < 1e-6) || a >= 1e15
}

func refOddNumber(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strconv.FormatFloat(sig(x, 4), 'g', -1, 64)
}

func refGroupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) <= 3 {
		if neg {
			return "-" + s
		}
		return s
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	lead := len(intPart) % 3
	if lead > 0 {
		b.WriteString(intPart[:lead])
	}
	for i := lead; i < len(intPart); i += 3 {
		if b.Len() > 0 && !(neg && b.Len() == 1) {
			b.WriteByte(',')
		}
		b.WriteString(intPart[i : i+3])
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// units names n of the listing's unit in an explanation ("1 ton", "25 tons").
func refUnits(l *schemas.Listing, n float64) string {
	u := l.Unit
	if u == "" {
		u = "unit"
	}
	if n == 1 {
		return refQty(n) + " " + u
	}
	return refQty(n) + " " + u + "s"
}
