package message

import (
	"bytes"
	"strings"
)

// Evidence and explanations are stored and shown to reviewers and merchants;
// the contact values in them are masked so that the findings store does not
// become a directory of personal phone numbers and addresses.

// display renders a value for evidence: canonical and masked unless the
// policy reveals values.
func (sc *scratch) display(v *value, reveal bool) string {
	raw := sc.vbuf[v.ds:v.de]
	switch v.kind {
	case valPhone, valQQ:
		if v.masked > 0 {
			// Already masked by the writer: show the digits given, at most
			// country code and prefix, and the mask.
			return formatNumber(raw[:min(len(raw), 5)], v.intl, false, false) + strings.Repeat("*", v.masked+max(0, len(raw)-5))
		}
		return formatNumber(raw, v.intl, v.kind == valQQ, !reveal)
	case valEmail:
		if reveal {
			return string(raw)
		}
		return maskEmail(raw)
	case valLink:
		if reveal {
			return string(sc.norm[v.bs:v.be])
		}
		return string(raw) + "/***"
	}
	if reveal {
		return string(raw)
	}
	return maskHead(raw, 2)
}

// formatNumber writes a phone number as "+86-186****5678" (country code,
// first three and last four digits kept when masking).
func formatNumber(d []byte, intl, qq, mask bool) string {
	var b strings.Builder
	if intl {
		cc := 2
		if len(d) > 0 && (d[0] == '1' || d[0] == '7') {
			cc = 1
		}
		if cc > len(d) {
			cc = len(d)
		}
		b.WriteByte('+')
		b.Write(d[:cc])
		b.WriteByte('-')
		d = d[cc:]
	}
	if !mask {
		b.Write(d)
		return b.String()
	}
	// Keep at most about half the digits: 3+4 of a mobile number, fewer of
	// short numbers (QQ numbers, extensions).
	head, tail := 3, 4
	switch {
	case qq || len(d) < 11:
		head, tail = 2, 2
		if len(d) < 8 {
			head, tail = 1, 1
		}
	}
	if len(d) <= head+tail {
		head, tail = min(1, len(d)), 0
	}
	b.Write(d[:head])
	b.WriteString(strings.Repeat("*", len(d)-head-tail))
	b.Write(d[len(d)-tail:])
	return b.String()
}

// maskEmail keeps the first two characters of the local part and the domain:
// "ab***@gmail.com".
func maskEmail(addr []byte) string {
	at := bytes.IndexByte(addr, '@')
	if at < 0 {
		return maskHead(addr, 2)
	}
	return maskHead(addr[:at], 2) + string(addr[at:])
}

func maskHead(s []byte, keep int) string {
	if len(s) <= keep {
		keep = min(1, len(s))
	}
	return string(s[:keep]) + "***"
}
