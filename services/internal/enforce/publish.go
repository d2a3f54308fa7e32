package enforce

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
)

// Labels are the violation types printed on the monthly list, as the
// platform publishes them.
var Labels = map[string]string{
	ladder.FamilyFalseInfo:      "虚报价格&MOQ",
	ladder.FamilyOffplatform:    "恶意引导站外沟通工具",
	ladder.FamilyTradeAssurance: "拒绝买家使用信用保障",
}

// MerchantName is one line of the merchant directory (`haili publish
// --merchants FILE`): {"merchant_id": "M-1", "account": "…", "company": "…"}.
type MerchantName struct {
	MerchantID string `json:"merchant_id"`
	Account    string `json:"account"`
	Company    string `json:"company"`
}

// ReadDirectory reads a merchant directory of JSON lines. Unknown fields are
// errors: a misspelt "compnay" would otherwise publish a merchant unnamed.
func ReadDirectory(r io.Reader) (map[string]MerchantName, error) {
	dir := map[string]MerchantName{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var m MerchantName
		if err := dec.Decode(&m); err != nil {
			return nil, fmt.Errorf("merchant directory line %d: %w", n, err)
		}
		if m.MerchantID == "" {
			return nil, fmt.Errorf("merchant directory line %d: merchant_id is required", n)
		}
		dir[m.MerchantID] = m
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("merchant directory: %w", err)
	}
	return dir, nil
}

// stars stand for the hidden part of a name, whatever its length.
const stars = "****"

// MaskAccount masks an account name as the platform's list does (al****z):
// the first AccountKeep characters, stars for the next AccountHidden, then
// the rest. At least one character is always hidden.
func MaskAccount(s string, m ladder.MaskConfig) string {
	return mask([]rune(s), m.AccountKeep, m.AccountHidden)
}

// MaskCompany masks a company name (贵阳****和技术有限公司): the first
// CompanyKeep characters, one more when it ends a region name (深圳市), stars
// for the next CompanyHidden, then the rest.
func MaskCompany(s string, m ladder.MaskConfig) string {
	r := []rune(s)
	keep := m.CompanyKeep
	if keep < len(r) && slices.Contains(m.CompanyRegionSuffixes, string(r[keep])) {
		keep++
	}
	return mask(r, keep, m.CompanyHidden)
}

func mask(r []rune, keep, hidden int) string {
	if keep >= len(r) {
		keep = max(len(r)-1, 0)
	}
	rest := r[keep:]
	tail := ""
	if len(rest) > hidden {
		tail = string(rest[hidden:])
	}
	return string(r[:keep]) + stars + tail
}

// ListedMerchant is one line of a published list.
type ListedMerchant struct {
	ladder.ListEntry
	Label   string `json:"label"`
	Account string `json:"account_masked"`
	Company string `json:"company_masked"`
}

// List is a month's list of serious violators, ready to publish.
type List struct {
	Month         string
	PolicyVersion string
	Entries       []ListedMerchant
}

// BuildList picks the month's serious violators from actions (those decided
// that month, and every reverse) and masks their names from dir; a merchant
// missing from dir is shown by its masked merchant id.
func BuildList(cfg *ladder.Config, policyVersion string, actions []ladder.Action, month string, dir map[string]MerchantName) (*List, error) {
	entries, err := ladder.MonthlyList(cfg, actions, month)
	if err != nil {
		return nil, err
	}
	l := &List{Month: month, PolicyVersion: policyVersion}
	for _, e := range entries {
		lm := ListedMerchant{ListEntry: e, Label: Labels[e.Family]}
		if name, ok := dir[e.MerchantID]; ok {
			lm.Account = MaskAccount(name.Account, cfg.MonthlyList.Mask)
			lm.Company = MaskCompany(name.Company, cfg.MonthlyList.Mask)
		} else {
			lm.Account = MaskAccount(e.MerchantID, cfg.MonthlyList.Mask)
			lm.Company = stars
		}
		l.Entries = append(l.Entries, lm)
	}
	return l, nil
}

// CSV renders the list as the platform publishes it: account, company and
// violation type, masked.
func (l *List) CSV() []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	// Writing to a bytes.Buffer cannot fail.
	_ = w.Write([]string{"商家账户号", "商家名称", "违规类型"})
	for _, e := range l.Entries {
		_ = w.Write([]string{csvCell(e.Account), csvCell(e.Company), csvCell(e.Label)})
	}
	w.Flush()
	return b.Bytes()
}

// csvCell defuses a cell a spreadsheet would run as a formula (a company
// named "=HYPERLINK(…)" keeps its first characters through masking): one
// starting with = + - @, a tab or a carriage return is prefixed with '.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Digest identifies the published list: the SHA-256 of its CSV.
func (l *List) Digest() string {
	sum := sha256.Sum256(l.CSV())
	return hex.EncodeToString(sum[:])
}

var listHTML = htmltemplate.Must(htmltemplate.ParseFS(templateFiles, "templates/list.html.tmpl"))

// HTML renders the list as a page. It holds nothing but the list and the
// policy version, so the same data and policy give the same bytes.
func (l *List) HTML() ([]byte, error) {
	var b bytes.Buffer
	if err := listHTML.Execute(&b, l); err != nil {
		return nil, fmt.Errorf("list html: %w", err)
	}
	return b.Bytes(), nil
}

// Files are the names of a month's published files.
func Files(month string) (csvName, htmlName string) {
	base := "serious-violators-" + month
	return base + ".csv", base + ".html"
}

// Publication is a published list and the warnings to the merchants on it.
type Publication struct {
	List    *List
	Notices []Notice
	Files   []string
}

// Publish builds the month's list, writes its CSV and HTML into outDir, and
// renders each listed merchant's warning notice (deadline: publishedAt plus
// the policy's fix days).
func Publish(cfg *ladder.Config, policyVersion string, actions []ladder.Action, month string, dir map[string]MerchantName, outDir string, publishedAt time.Time) (*Publication, error) {
	if outDir == "" {
		return nil, errors.New("publish: no output directory")
	}
	l, err := BuildList(cfg, policyVersion, actions, month, dir)
	if err != nil {
		return nil, err
	}
	html, err := l.HTML()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	csvName, htmlName := Files(month)
	pub := &Publication{List: l}
	for _, f := range []struct {
		name string
		data []byte
	}{{csvName, l.CSV()}, {htmlName, html}} {
		path := filepath.Join(outDir, f.name)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			return nil, fmt.Errorf("publish: %w", err)
		}
		pub.Files = append(pub.Files, path)
	}
	notices, err := NewNotices(cfg)
	if err != nil {
		return nil, err
	}
	publishedAt = schemas.Stamp(publishedAt)
	for _, e := range l.Entries {
		n, err := notices.ForListing(l, e, publishedAt)
		if err != nil {
			return nil, err
		}
		pub.Notices = append(pub.Notices, n)
	}
	return pub, nil
}
