package enforce_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// golden compares got with testdata/name, rewriting it with -update. The
// policy id is normalised: it changes with every policy edit, the text should
// not.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	id := policy.Default().ID()
	got = bytes.ReplaceAll(got, []byte(id), []byte("POLICY"))
	got = bytes.ReplaceAll(got, []byte(strings.ReplaceAll(id, "+", "&#43;")), []byte("POLICY")) // as HTML escapes it
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs (rerun with -update if intended):\n%s", path, got)
	}
}

func TestMaskingAsTheSeedList(t *testing.T) {
	m := policy.Default().Enforcement.MonthlyList.Mask
	tests := []struct {
		account, company         string
		wantAccount, wantCompany string
	}{
		// The April list's masked names, from names of the lengths they imply.
		{"albeaverz", "贵阳海狸信息和技术有限公司", "al****z", "贵阳****和技术有限公司"},
		{"alwang20130519", "深圳市海狸贸易有限公司", "al****130519", "深圳市****有限公司"},
		{"alex", "深圳市海狸护电子科技有限公司", "al****", "深圳市****子科技有限公司"},
		{"albeaverokusarecn", "河北省海狸用品有限公司", "al****okusarecn", "河北省****有限公司"},
		{"albeaverfitness", "郑州海狸商贸有限公司", "al****fitness", "郑州****有限公司"},
		// Short names still hide something.
		{"ab", "海狸", "a****", "海****"},
		{"", "", "****", "****"},
	}
	for _, tt := range tests {
		t.Run(tt.account, func(t *testing.T) {
			if got := enforce.MaskAccount(tt.account, m); got != tt.wantAccount {
				t.Errorf("MaskAccount(%q) = %q, want %q", tt.account, got, tt.wantAccount)
			}
			if got := enforce.MaskCompany(tt.company, m); got != tt.wantCompany {
				t.Errorf("MaskCompany(%q) = %q, want %q", tt.company, got, tt.wantCompany)
			}
		})
	}
}

func TestReadDirectory(t *testing.T) {
	dir, err := enforce.ReadDirectory(strings.NewReader(`{"merchant_id":"M-1","account":"albeaverz","company":"贵阳海狸信息和技术有限公司"}` + "\n\n"))
	if err != nil || dir["M-1"].Account != "albeaverz" {
		t.Fatalf("directory %+v, %v", dir, err)
	}
	for _, bad := range []string{`{"merchant_id":"M-1","compnay":"x"}`, `{"account":"a"}`, `{`} {
		if _, err := enforce.ReadDirectory(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ReadDirectory(%s) = %v, want a line-1 error", bad, err)
		}
	}
}

// monthActions decides a month with merchants on and off the list.
func monthActions(t *testing.T) []ladder.Action {
	t.Helper()
	p := policy.Default()
	book, err := ladder.NewBook(&p.Enforcement, p.ID())
	if err != nil {
		t.Fatal(err)
	}
	var in []ladder.Input
	add := func(f schemas.Finding) { in = append(in, ladder.Input{Finding: &f}) }
	at := time.Date(2026, 4, 3, 9, 0, 0, 0, time.UTC)
	for i := 1; i <= 3; i++ {
		f := moq("M-A", fmt.Sprintf("L-A%d", i), 1, at.Add(time.Duration(i)*time.Hour))
		f.Confidence = 0.99
		add(f)
		add(offplatform("M-B", i, at.Add(time.Duration(i)*time.Hour)))
		ta := offplatform("M-C", i, at.Add(time.Duration(i)*time.Hour))
		ta.FindingID, ta.Violation = fmt.Sprintf("f-M-C-ta-%d", i), schemas.TradeAssuranceRefusal
		add(ta)
		add(offplatform("M-E", i, at.Add(time.Duration(i)*time.Hour)))
	}
	add(offplatform("M-D", 1, at)) // one instance: not a serious violator
	d, err := book.Replay(in, at.Add(40*day))
	if err != nil {
		t.Fatal(err)
	}
	return d.Actions
}

var directory = map[string]enforce.MerchantName{
	"M-A": {MerchantID: "M-A", Account: "albeaverz", Company: "贵阳海狸信息和技术有限公司"},
	"M-B": {MerchantID: "M-B", Account: "alwang20130519", Company: "深圳市海狸贸易有限公司"},
	"M-C": {MerchantID: "M-C", Account: "alex", Company: "深圳市海狸护电子科技有限公司"},
}

func TestPublishIsByteIdentical(t *testing.T) {
	p := policy.Default()
	actions := monthActions(t)
	at := time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC)
	var outs [2][2][]byte
	for i := range outs {
		dir := t.TempDir()
		pub, err := enforce.Publish(&p.Enforcement, p.ID(), actions, "2026-04", directory, dir, at)
		if err != nil {
			t.Fatal(err)
		}
		if len(pub.List.Entries) != 4 || len(pub.Notices) != 4 {
			t.Fatalf("listed %+v with %d notices, want M-A, M-B, M-C and M-E", pub.List.Entries, len(pub.Notices))
		}
		for j, f := range pub.Files {
			if outs[i][j], err = os.ReadFile(f); err != nil {
				t.Fatal(err)
			}
		}
		for _, n := range pub.Notices {
			if !n.Deadline.Equal(at.Add(7*day)) || n.Kind != enforce.NoticeMonthlyList {
				t.Fatalf("notice %+v, want a monthly-list warning due 7 days after publication", n)
			}
		}
	}
	if !bytes.Equal(outs[0][0], outs[1][0]) || !bytes.Equal(outs[0][1], outs[1][1]) {
		t.Fatal("two publications of the same data differ")
	}
	golden(t, "serious-violators-2026-04.csv", outs[0][0])
	golden(t, "serious-violators-2026-04.html", outs[0][1])
	for _, want := range []string{"al****z,贵阳****和技术有限公司,虚报价格&MOQ", "al****130519,深圳市****有限公司,恶意引导站外沟通工具", "M-****,****,恶意引导站外沟通工具"} {
		if !strings.Contains(string(outs[0][0]), want) {
			t.Errorf("CSV lacks %q", want)
		}
	}
}

func TestPublishRecordsInClickHouse(t *testing.T) {
	t.Parallel() // its own database and broker
	s := testenv.Store(t)
	ctx := context.Background()
	db := enforce.NewDB(s.DB())
	p := policy.Default()
	if err := db.InsertActions(ctx, monthActions(t)); err != nil {
		t.Fatal(err)
	}
	first, err := enforce.Publish(&p.Enforcement, p.ID(), monthActions(t), "2026-04", directory, t.TempDir(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if unsent, err := db.Unsent(ctx, first.Notices); err != nil || len(unsent) != len(first.Notices) {
		t.Fatalf("before publishing, %d of %d notices unsent (%v)", len(unsent), len(first.Notices), err)
	}
	start, end, _ := ladder.ParseMonth("2026-04")
	actions, err := db.MonthActions(ctx, start, end)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC)
	pub, err := enforce.Publish(&p.Enforcement, p.ID(), actions, "2026-04", directory, t.TempDir(), at)
	if err != nil {
		t.Fatal(err)
	}
	want := monthActionsList(t)
	if got := string(pub.List.CSV()); got != want {
		t.Fatalf("list from ClickHouse:\n%s\nwant the list from memory:\n%s", got, want)
	}
	for i := 0; i < 2; i++ { // publishing twice records once
		if err := db.InsertList(ctx, pub.List, at); err != nil {
			t.Fatal(err)
		}
		if err := db.InsertNotices(ctx, pub.Notices); err != nil {
			t.Fatal(err)
		}
	}
	if unsent, err := db.Unsent(ctx, pub.Notices); err != nil || len(unsent) != 0 {
		t.Fatalf("after publishing, %d notices still unsent (%v): a second publication would send them again", len(unsent), err)
	}
	if n := count(t, s, "SELECT toInt64(count()) FROM published_lists FINAL WHERE month = '2026-04'"); n != 4 {
		t.Fatalf("%d list rows, want 4", n)
	}
	if n := count(t, s, "SELECT toInt64(count()) FROM notices FINAL WHERE kind = 'monthly_list' AND deadline = ?", at.Add(7*day)); n != 4 {
		t.Fatalf("%d monthly-list notices due in 7 days, want 4", n)
	}
}

func monthActionsList(t *testing.T) string {
	p := policy.Default()
	l, err := enforce.BuildList(&p.Enforcement, p.ID(), monthActions(t), "2026-04", directory)
	if err != nil {
		t.Fatal(err)
	}
	return string(l.CSV())
}

func TestNoticesGolden(t *testing.T) {
	p := policy.Default()
	book, err := ladder.NewBook(&p.Enforcement, p.ID())
	if err != nil {
		t.Fatal(err)
	}
	notices, err := enforce.NewNotices(&p.Enforcement)
	if err != nil {
		t.Fatal(err)
	}
	var in []ladder.Input
	add := func(f schemas.Finding) { in = append(in, ladder.Input{Finding: &f}) }
	add(moq("M-1", "L-1", 3, t0))
	for i := 1; i <= 4; i++ {
		ta := offplatform("M-2", i, t0.Add(time.Duration(i)*time.Hour))
		ta.Violation, ta.Explanation, ta.ExplanationZH = schemas.TradeAssuranceRefusal, "The merchant asked for a 5% fee to use Trade Assurance.", "商家要求买家额外承担5%费用才可使用信用保障。"
		add(ta)
	}
	in = append(in, ladder.Input{Withdrawal: &ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: "f-M-2-msg-4", MerchantID: "M-2", Reason: ladder.ReasonAppealUpheld, At: t0.Add(day)}})
	d, err := book.Replay(in, t0.Add(20*day))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, a := range d.Actions {
		var vs []ladder.Violation
		for _, id := range a.FindingIDs {
			if v, ok := book.Violation(a.MerchantID, id); ok {
				vs = append(vs, v)
			}
		}
		n, err := notices.ForAction(a, vs)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "=== %s %s\n%s\n%s\n", n.Kind, a.Code, n.TextEN, n.TextZH)
	}
	for _, w := range d.Warnings {
		n, err := notices.ForWarning(w)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "=== %s\n%s\n%s\n", n.Kind, n.TextEN, n.TextZH)
	}
	l, err := enforce.BuildList(&p.Enforcement, p.ID(), monthActions(t), "2026-04", directory)
	if err != nil {
		t.Fatal(err)
	}
	n, err := notices.ForListing(l, l.Entries[0], time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "=== %s\n%s\n%s\n", n.Kind, n.TextEN, n.TextZH)
	golden(t, "notices.golden.txt", b.Bytes())
	for _, want := range []string{"Deadline: 2026-05-04 10:00 UTC", "整改期限：2026-05-04 10:00 UTC", "custom_min_qty = 10000000", "until 2026-07-19"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("notices lack %q", want)
		}
	}
}

// TestListCSVDefusesFormulas: a cell a spreadsheet would evaluate is
// prefixed with ' (issue 14: "=HYPERLINK(…)" stayed a formula).
func TestListCSVDefusesFormulas(t *testing.T) {
	p := policy.Default()
	evil := map[string]enforce.MerchantName{}
	starts := []string{"=", "+", "-", "@", "\t", "\r"}
	i := 0
	for id, m := range directory {
		m.Company = starts[i%len(starts)] + "HYPERLINK(\"http://evil.example\",\"x\")"
		m.Account = starts[(i+1)%len(starts)] + "cmd|' /C calc'!A0"
		evil[id] = m
		i++
	}
	l, err := enforce.BuildList(&p.Enforcement, p.ID(), monthActions(t), "2026-04", evil)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(l.CSV()))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 {
		t.Fatalf("no entries: %v", rows)
	}
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q would run as a formula", cell)
			}
		}
	}
}

func TestValidMonth(t *testing.T) {
	now := time.Date(2026, 12, 4, 17, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		month string
		ok    bool
	}{
		{"2026-04", true}, {"2026-12", true}, {"2000-01", true},
		{"2027-01", false}, {"9999-12", false}, {"2106-03", false}, {"0000-01", false}, {"1999-12", false},
		{"2026-13", false}, {"2026-4", false}, {"2026-04-01", false}, {" 2026-04", false}, {"", false},
	} {
		_, _, err := enforce.ValidMonth(tt.month, now)
		if (err == nil) != tt.ok {
			t.Errorf("ValidMonth(%q) = %v, want ok %v", tt.month, err, tt.ok)
		}
	}
}
