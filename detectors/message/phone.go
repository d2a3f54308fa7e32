package message

import (
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// Phone candidates written with a country code are checked against the
// numbering plans (libphonenumber's metadata: country code, length, number
// ranges), so that a code, a size or a tracking number written after a "+"
// stays quiet and a real number in any country's format is found. Parsing is
// not cheap, so it runs only on candidates that already look like a phone.

// phoneCheck is what the numbering plan says of a candidate.
type phoneCheck struct {
	possible bool   // a country code that exists and a length its plan allows
	valid    bool   // also inside an assigned number range
	region   string // ISO 3166 region of the number, e.g. "CN"
	typ      string // mobile, fixed_line, fixed_line_or_mobile, voip, …
}

// checkCache remembers recent checks: merchants repeat their numbers, and a
// parse costs microseconds. Bounded; emptied when full.
var checkCache = struct {
	sync.Mutex
	m map[string]phoneCheck
}{m: map[string]phoneCheck{}}

const checkCacheMax = 4096

func cachedCheck(digits []byte) phoneCheck {
	checkCache.Lock()
	pc, ok := checkCache.m[string(digits)]
	checkCache.Unlock()
	if ok {
		return pc
	}
	pc = checkIntl(digits)
	checkCache.Lock()
	if len(checkCache.m) >= checkCacheMax {
		clear(checkCache.m)
	}
	checkCache.m[string(digits)] = pc
	checkCache.Unlock()
	return pc
}

// checkIntl checks digits as an international number (country code
// first).
func checkIntl(digits []byte) phoneCheck {
	if len(digits) < 6 || len(digits) > 17 {
		return phoneCheck{}
	}
	var buf [18]byte
	buf[0] = '+'
	n := 1 + copy(buf[1:], digits)
	// China's plan, by far the most common here, is checked without parsing.
	if len(digits) >= 12 && digits[0] == '8' && digits[1] == '6' && validCN(digits[2:]) {
		typ := "fixed_line"
		if d := digits[2:]; d[0] == '1' {
			typ = "mobile"
		}
		return phoneCheck{possible: true, valid: true, region: "CN", typ: typ}
	}
	num, err := phonenumbers.Parse(string(buf[:n]), "")
	if err != nil || !phonenumbers.IsPossibleNumber(num) {
		return phoneCheck{}
	}
	// Unassigned ranges stay possible: fictional and newly opened ranges
	// (UK 07700 900xxx) are written by real evaders too. The number type is
	// UNKNOWN exactly when the number is not valid.
	t := phonenumbers.GetNumberType(num)
	if t == phonenumbers.UNKNOWN {
		return phoneCheck{possible: true}
	}
	return phoneCheck{possible: true, valid: true, region: phonenumbers.GetRegionCodeForNumber(num), typ: phoneTypeName(t)}
}

func phoneTypeName(t phonenumbers.PhoneNumberType) string {
	switch t {
	case phonenumbers.MOBILE:
		return "mobile"
	case phonenumbers.FIXED_LINE:
		return "fixed_line"
	case phonenumbers.FIXED_LINE_OR_MOBILE:
		return "fixed_line_or_mobile"
	case phonenumbers.TOLL_FREE:
		return "toll_free"
	case phonenumbers.VOIP:
		return "voip"
	case phonenumbers.PERSONAL_NUMBER:
		return "personal"
	case phonenumbers.UAN:
		return "uan"
	}
	return "other"
}

// evasiveSeps reports digit groups in toks[start:end] joined by a separator
// that specs, prices and codes do not use between digit groups: _ | ~ \.
func (sc *scratch) evasiveSeps(start, end int) bool {
	for k := start; k < end; k++ {
		t := &sc.toks[k]
		if t.kind == tPunct && t.e-t.s == 1 {
			switch sc.norm[t.s] {
			case '_', '|', '~', '\\':
				return true
			}
		}
	}
	return false
}
