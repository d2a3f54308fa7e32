package listing

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/haili/haili/schemas"
)

// Explanations are built by sprintf from args: a text, or a figure with the
// way to write it (money, qty, times, pct, units). A figure is written
// straight into the explanation's buffer, so an explanation is one
// allocation, where fmt.Sprintf with figures formatted to strings first made
// one per figure, one per boxed argument and one more for the text.

// argKind is how an arg is written.
type argKind uint8

const (
	argText argKind = iota
	argMoney
	argQty
	argTimes
	argPct
	argUnits // x of the unit in s
)

// arg is one argument of sprintf.
type arg struct {
	kind argKind
	s    string
	x    float64
}

// str is a text argument.
func str(s string) arg { return arg{s: s} }

// money is a price or fee: two decimals from 1 up (with thousands
// separators), four significant digits below.
func money(x float64) arg { return arg{kind: argMoney, x: x} }

// qty is a quantity: integers with thousands separators.
func qty(x float64) arg { return arg{kind: argQty, x: x} }

// times is a ratio such as "12.5x" or "0.012x".
func times(x float64) arg { return arg{kind: argTimes, x: x} }

// pct is a share as a percentage with two significant digits.
func pct(x float64) arg { return arg{kind: argPct, x: x} }

// units is n of the listing's unit ("1 ton", "25 tons").
func units(l *schemas.Listing, n float64) arg {
	u := l.Unit
	if u == "" {
		u = "unit"
	}
	return arg{kind: argUnits, s: u, x: n}
}

// appendTo writes a to b.
func (a arg) appendTo(b []byte) []byte {
	switch a.kind {
	case argMoney:
		return appendMoney(b, a.x)
	case argQty:
		return appendQty(b, a.x)
	case argTimes:
		if odd(a.x) {
			return append(appendOdd(b, a.x), 'x')
		}
		return append(strconv.AppendFloat(b, sig(a.x, 3), 'f', -1, 64), 'x')
	case argPct:
		if x := a.x * 100; odd(x) {
			return append(appendOdd(b, x), '%')
		}
		return append(strconv.AppendFloat(b, sig(a.x*100, 2), 'f', -1, 64), '%')
	case argUnits:
		b = append(appendQty(b, a.x), ' ')
		b = append(b, a.s...)
		if a.x != 1 {
			b = append(b, 's')
		}
		return b
	}
	return append(b, a.s...)
}

// String is a written out.
func (a arg) String() string {
	if a.kind == argText {
		return a.s
	}
	var buf [64]byte
	return string(a.appendTo(buf[:0]))
}

// sprintf is fmt.Sprintf for what explanations use, the %s and %q verbs.
// Anything else (another verb, a count of arguments that does not match) is
// left to fmt, so the text is fmt's in every case.
func sprintf(format string, args ...arg) string {
	n := len(format)
	for _, a := range args {
		n += len(a.s) + 8
	}
	var sb strings.Builder
	sb.Grow(n)
	var buf [96]byte
	next := 0
	for i := 0; i < len(format); i++ {
		if j := strings.IndexByte(format[i:], '%'); j != 0 {
			if j < 0 {
				sb.WriteString(format[i:])
				break
			}
			sb.WriteString(format[i : i+j])
			i += j
		}
		if i+1 == len(format) || next == len(args) {
			return fmtSprintf(format, args)
		}
		i++
		a := args[next]
		switch format[i] {
		case 's':
			if a.kind == argText {
				sb.WriteString(a.s)
			} else {
				sb.Write(a.appendTo(buf[:0]))
			}
		case 'q':
			sb.Write(strconv.AppendQuote(buf[:0], a.String()))
		default:
			return fmtSprintf(format, args)
		}
		next++
	}
	if next != len(args) {
		return fmtSprintf(format, args)
	}
	return sb.String()
}

func fmtSprintf(format string, args []arg) string {
	as := make([]any, len(args))
	for i, a := range args {
		as[i] = a.String()
	}
	return fmt.Sprintf(format, as...)
}

func appendMoney(b []byte, x float64) []byte {
	if odd(x) {
		return appendOdd(b, x)
	}
	if math.Abs(x) < 1 {
		start := len(b)
		b = strconv.AppendFloat(b, sig(x, 4), 'f', -1, 64)
		// At least two decimals, as prices are shown: 0.30, not 0.3.
		if dot := bytes.IndexByte(b[start:], '.'); dot < 0 || len(b)-start-dot-1 < 2 {
			b = strconv.AppendFloat(b[:start], x, 'f', 2, 64)
		}
		return b
	}
	var buf [40]byte
	return appendGrouped(b, strconv.AppendFloat(buf[:0], x, 'f', 2, 64))
}

func appendQty(b []byte, x float64) []byte {
	if odd(x) {
		return appendOdd(b, x)
	}
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		var buf [40]byte
		return appendGrouped(b, strconv.AppendFloat(buf[:0], x, 'f', 0, 64))
	}
	return strconv.AppendFloat(b, sig(x, 4), 'f', -1, 64)
}

// odd reports a figure that fixed-point notation would spell out in hundreds
// of digits (junk such as 1e-310 or 1e300): it is written in e-notation.
func odd(x float64) bool {
	a := math.Abs(x)
	return math.IsNaN(x) || math.IsInf(x, 0) || (a != 0 && a < 1e-6) || a >= 1e15
}

func appendOdd(b []byte, x float64) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	}
	return strconv.AppendFloat(b, sig(x, 4), 'g', -1, 64)
}

// appendGrouped writes a number in fixed-point notation with its integer
// digits grouped by thousands ("-1,234,567.89").
func appendGrouped(b, num []byte) []byte {
	if len(num) > 0 && num[0] == '-' {
		b = append(b, '-')
		num = num[1:]
	}
	intLen := len(num)
	for i, c := range num {
		if c == '.' {
			intLen = i
			break
		}
	}
	lead := intLen % 3
	if lead == 0 && intLen > 0 {
		lead = 3
	}
	b = append(b, num[:lead]...)
	for i := lead; i < intLen; i += 3 {
		b = append(b, ',')
		b = append(b, num[i:i+3]...)
	}
	return append(b, num[intLen:]...)
}
