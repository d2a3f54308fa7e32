package serve

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"
)

// Role is what a token may do.
type Role string

// The roles.
const (
	RoleAdmin    Role = "admin"    // everything, including publishing the monthly list
	RoleAnalyst  Role = "analyst"  // reads the console
	RoleReviewer Role = "reviewer" // reads the console, decides reviews and appeals
	RoleMerchant Role = "merchant" // its own merchant's portal only
)

// staff are the platform's roles.
var staff = []Role{RoleAdmin, RoleAnalyst, RoleReviewer}

// Principal is who a token stands for.
type Principal struct {
	// Name is the person or system recorded on decisions: the tokens file's
	// name, else the role and a digest of the token (never part of the token).
	Name       string `json:"name"`
	Role       Role   `json:"role"`
	MerchantID string `json:"merchant_id,omitempty"`
}

// Tokens maps bearer tokens to principals.
type Tokens map[string]Principal

// Token strength: a bearer token must be long and random. MinTokenBits is
// the least Shannon entropy of its characters times its length.
const (
	MinTokenLen      = 16
	MinTokenDistinct = 8
	MinTokenBits     = 48
	maxNameLen       = 64
)

// ParseTokens reads one `token role [merchant_id] [name]` per line; blank
// lines and lines starting with # are skipped. A merchant token needs its
// merchant_id and no other role may have one, so a staff line's third field
// is its name.
func ParseTokens(r io.Reader) (Tokens, error) {
	out := Tokens{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 64<<10)
	for n := 1; sc.Scan(); n++ {
		if err := out.add(sc.Text()); err != nil {
			return nil, fmt.Errorf("tokens line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tokens: %w", err)
	}
	return out, nil
}

// ParseTokenList reads the HAILI_TOKENS form: entries separated by ';'.
func ParseTokenList(s string) (Tokens, error) {
	out := Tokens{}
	for i, e := range strings.Split(s, ";") {
		if err := out.add(e); err != nil {
			return nil, fmt.Errorf("tokens entry %d: %w", i+1, err)
		}
	}
	return out, nil
}

// CheckTokenStrength says why a token is too weak to guard the API: short,
// few distinct characters, or repetitive (such as "aaaaaaaa" or "abababab…").
func CheckTokenStrength(tok string) error {
	n := utf8.RuneCountInString(tok)
	if n < MinTokenLen {
		return fmt.Errorf("token shorter than %d characters: use a long random token (e.g. `openssl rand -hex 24`)", MinTokenLen)
	}
	counts := map[rune]int{}
	for _, r := range tok {
		counts[r]++
	}
	if len(counts) < MinTokenDistinct {
		return fmt.Errorf("token has %d distinct characters (want %d or more): use a long random token (e.g. `openssl rand -hex 24`)", len(counts), MinTokenDistinct)
	}
	var h float64
	for _, c := range counts {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	if bits := h * float64(n); bits < MinTokenBits {
		return fmt.Errorf("token is repetitive (about %.0f bits, want %d): use a long random token (e.g. `openssl rand -hex 24`)", bits, MinTokenBits)
	}
	return nil
}

func (t Tokens) add(line string) error {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return nil
	}
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > 4 {
		return fmt.Errorf("want `token role [merchant_id] [name]`, got %d fields", len(f))
	}
	tok, role := f[0], Role(f[1])
	if err := CheckTokenStrength(tok); err != nil {
		return err
	}
	p := Principal{Role: role}
	switch role {
	case RoleAdmin, RoleAnalyst, RoleReviewer:
		if len(f) == 4 {
			return fmt.Errorf("role %s takes no merchant_id: want `token %s [name]`", role, role)
		}
		if len(f) == 3 {
			p.Name = f[2]
		}
	case RoleMerchant:
		if len(f) < 3 {
			return fmt.Errorf("role merchant needs a merchant_id")
		}
		p.MerchantID = f[2]
		if len(f) == 4 {
			p.Name = f[3]
		}
	default:
		return fmt.Errorf("unknown role %q (admin, analyst, reviewer, merchant)", f[1])
	}
	if _, dup := t[tok]; dup {
		return fmt.Errorf("duplicate token")
	}
	if len(p.Name) > maxNameLen {
		return fmt.Errorf("name longer than %d bytes", maxNameLen)
	}
	if p.Name == "" {
		// No part of the token: other staff read the decisions.
		sum := sha256.Sum256([]byte(tok))
		p.Name = string(role) + "#" + hex.EncodeToString(sum[:3])
	}
	t[tok] = p
	return nil
}

// Merge adds more's tokens to t (t's entry wins for a token in both) and
// reports each token given two different principals.
func (t Tokens) Merge(more Tokens) (conflicts []string) {
	for k, v := range more {
		if have, ok := t[k]; ok {
			if have.Role != v.Role || have.MerchantID != v.MerchantID {
				conflicts = append(conflicts, fmt.Sprintf("%s (kept) and %s", describe(have), describe(v)))
			}
			continue
		}
		t[k] = v
	}
	return conflicts
}

func describe(p Principal) string {
	if p.MerchantID != "" {
		return fmt.Sprintf("%s %s named %s", p.Role, p.MerchantID, p.Name)
	}
	return fmt.Sprintf("%s named %s", p.Role, p.Name)
}
