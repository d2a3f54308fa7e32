package serve

import (
	"bufio"
	"fmt"
	"io"
	"strings"
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
	Name       string `json:"name"` // a short form of the token, for the decision records
	Role       Role   `json:"role"`
	MerchantID string `json:"merchant_id,omitempty"`
}

// Tokens maps bearer tokens to principals.
type Tokens map[string]Principal

// ParseTokens reads one `token role [merchant_id]` per line; blank lines and
// lines starting with # are skipped. A merchant token needs its merchant_id,
// and no other role may have one.
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

func (t Tokens) add(line string) error {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return nil
	}
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("want `token role [merchant_id]`, got %d fields", len(f))
	}
	tok, role := f[0], Role(f[1])
	if len(tok) < 8 {
		return fmt.Errorf("token shorter than 8 characters")
	}
	switch role {
	case RoleAdmin, RoleAnalyst, RoleReviewer:
		if len(f) == 3 {
			return fmt.Errorf("role %s takes no merchant_id", role)
		}
	case RoleMerchant:
		if len(f) != 3 {
			return fmt.Errorf("role merchant needs a merchant_id")
		}
	default:
		return fmt.Errorf("unknown role %q (admin, analyst, reviewer, merchant)", f[1])
	}
	if _, dup := t[tok]; dup {
		return fmt.Errorf("duplicate token")
	}
	p := Principal{Name: string(role) + ":" + tok[:4] + "…", Role: role}
	if len(f) == 3 {
		p.MerchantID = f[2]
	}
	t[tok] = p
	return nil
}
