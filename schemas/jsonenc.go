package schemas

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// The appenders below write findings and listing checks byte for byte as
// encoding/json does (field order, omitempty/omitzero, HTML-safe escaping,
// float and time formats, sorted map keys), without reflection: the
// detection worker encodes every check and finding it produces, and
// encoding/json spent more time on that than the detectors on finding them.
// The equivalence is tested on the corpus, generated findings and fuzzed
// values.

// AppendFinding appends f as JSON. evidence is f.Evidence already encoded
// (see AppendJSONValue), so that a caller that also stores the evidence on
// its own encodes it once; nil means encode it here.
func AppendFinding(dst []byte, f *Finding, evidence []byte) ([]byte, error) {
	if evidence == nil {
		var err error
		if evidence, err = AppendJSONValue(nil, f.Evidence); err != nil {
			return dst, err
		}
	}
	dst = append(dst, `{"finding_id":`...)
	dst = appendJSONString(dst, f.FindingID)
	dst = append(dst, `,"event_id":`...)
	dst = appendJSONString(dst, f.EventID)
	dst = append(dst, `,"subject":`...)
	dst = appendJSONString(dst, f.Subject)
	dst = append(dst, `,"subject_id":`...)
	dst = appendJSONString(dst, f.SubjectID)
	dst = append(dst, `,"subject_version":`...)
	dst = strconv.AppendInt(dst, f.SubjectVersion, 10)
	dst = append(dst, `,"merchant_id":`...)
	dst = appendJSONString(dst, f.MerchantID)
	dst = append(dst, `,"violation":`...)
	dst = appendJSONString(dst, f.Violation)
	dst = append(dst, `,"rule":`...)
	dst = appendJSONString(dst, f.Rule)
	dst = append(dst, `,"confidence":`...)
	dst, err := appendJSONFloat(dst, f.Confidence)
	if err != nil {
		return dst, err
	}
	dst = append(dst, `,"evidence":`...)
	dst = append(dst, evidence...)
	dst = append(dst, `,"explanation":`...)
	dst = appendJSONString(dst, f.Explanation)
	if f.ExplanationZH != "" {
		dst = append(dst, `,"explanation_zh":`...)
		dst = appendJSONString(dst, f.ExplanationZH)
	}
	dst = append(dst, `,"detector_version":`...)
	dst = appendJSONString(dst, f.DetectorVersion)
	dst = append(dst, `,"policy_version":`...)
	dst = appendJSONString(dst, f.PolicyVersion)
	dst = append(dst, `,"detected_at":`...)
	if dst, err = appendJSONTime(dst, f.DetectedAt); err != nil {
		return dst, err
	}
	if !f.EventTime.IsZero() {
		dst = append(dst, `,"event_time":`...)
		if dst, err = appendJSONTime(dst, f.EventTime); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

// AppendListingCheck appends c as JSON.
func AppendListingCheck(dst []byte, c *ListingCheck) ([]byte, error) {
	dst = append(dst, `{"event_id":`...)
	dst = appendJSONString(dst, c.EventID)
	dst = append(dst, `,"listing_id":`...)
	dst = appendJSONString(dst, c.ListingID)
	dst = append(dst, `,"version":`...)
	dst = strconv.AppendInt(dst, c.Version, 10)
	dst = append(dst, `,"merchant_id":`...)
	dst = appendJSONString(dst, c.MerchantID)
	if c.Deleted {
		dst = append(dst, `,"deleted":true`...)
	}
	dst = append(dst, `,"counts":`...)
	dst, err := appendObject(dst, c.Counts, func(dst []byte, n int) ([]byte, error) { return strconv.AppendInt(dst, int64(n), 10), nil })
	if err != nil {
		return dst, err
	}
	dst = append(dst, `,"policy_version":`...)
	dst = appendJSONString(dst, c.PolicyVersion)
	dst = append(dst, `,"detector_version":`...)
	dst = appendJSONString(dst, c.DetectorVersion)
	dst = append(dst, `,"updated_at":`...)
	if dst, err = appendJSONTime(dst, c.UpdatedAt); err != nil {
		return dst, err
	}
	dst = append(dst, `,"checked_at":`...)
	if dst, err = appendJSONTime(dst, c.CheckedAt); err != nil {
		return dst, err
	}
	return append(dst, '}'), nil
}

// AppendJSONValue appends v as encoding/json would. Evidence values (maps,
// slices, strings, numbers, booleans) are written directly; anything else
// goes through encoding/json.
func AppendJSONValue(dst []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case string:
		return appendJSONString(dst, v), nil
	case bool:
		return strconv.AppendBool(dst, v), nil
	case float64:
		return appendJSONFloat(dst, v)
	case int:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case int64:
		return strconv.AppendInt(dst, v, 10), nil
	case map[string]any:
		return appendObject(dst, v, AppendJSONValue)
	case []any:
		return appendArray(dst, v, AppendJSONValue)
	case []string:
		return appendArray(dst, v, func(dst []byte, s string) ([]byte, error) { return appendJSONString(dst, s), nil })
	case []float64:
		return appendArray(dst, v, appendJSONFloat)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return dst, err
	}
	return append(dst, b...), nil
}

// appendObject writes m as a JSON object with its keys sorted (null when
// nil), as encoding/json does.
func appendObject[V any](dst []byte, m map[string]V, elem func([]byte, V) ([]byte, error)) ([]byte, error) {
	if m == nil {
		return append(dst, "null"...), nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	dst = append(dst, '{')
	for i, k := range keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, k)
		dst = append(dst, ':')
		var err error
		if dst, err = elem(dst, m[k]); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

// appendArray writes v as a JSON array (null when nil, as encoding/json does).
func appendArray[T any](dst []byte, v []T, elem func([]byte, T) ([]byte, error)) ([]byte, error) {
	if v == nil {
		return append(dst, "null"...), nil
	}
	dst = append(dst, '[')
	for i, e := range v {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = elem(dst, e); err != nil {
			return dst, err
		}
	}
	return append(dst, ']'), nil
}

var errNonFinite = errors.New("json: unsupported value: NaN or ±Inf")

// AppendJSONFloat appends f as encoding/json writes a float64 ('f' format,
// 'e' below 1e-6 or from 1e21, "e-7" not "e-07"); NaN and infinities are an
// error, as there.
func AppendJSONFloat(dst []byte, f float64) ([]byte, error) { return appendJSONFloat(dst, f) }

// appendJSONFloat writes f like encoding/json's float64 encoder.
func appendJSONFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, errNonFinite
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json writes it.
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}

// appendJSONTime writes t like time.Time.MarshalJSON.
func appendJSONTime(dst []byte, t time.Time) ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return dst, errors.New("json: time year outside of range [0,9999]")
	}
	dst = append(dst, '"')
	dst = t.AppendFormat(dst, time.RFC3339Nano)
	return append(dst, '"'), nil
}

const hexDigits = "0123456789abcdef"

// appendJSONString writes s quoted and escaped like encoding/json with HTML
// escaping on: control characters, <, > and & as \u00XX, invalid UTF-8 as
// \ufffd, and U+2028, U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
