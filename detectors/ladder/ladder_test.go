package ladder_test

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
)

var t0 = time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// config is a copy of the built-in policy's enforcement section.
func config() *ladder.Config {
	c := policy.Default().Enforcement
	return &c
}

func newBook(t *testing.T, cfg *ladder.Config) *ladder.Book {
	t.Helper()
	if cfg == nil {
		cfg = config()
	}
	b, err := ladder.NewBook(cfg, "test-policy")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// msgFinding is an offplatform_contact (or trade_assurance_refusal) finding on a message.
func msgFinding(merchant, code string, n int, at time.Time) schemas.Finding {
	return schemas.Finding{
		FindingID: fmt.Sprintf("f-%s-%s-%d", merchant, code, n), EventID: fmt.Sprintf("e-%d", n),
		Subject: schemas.SubjectMessage, SubjectID: fmt.Sprintf("MSG-%d", n), MerchantID: merchant,
		Violation: code, Rule: "channel_lure", Confidence: 0.9, Evidence: map[string]any{"spans": "whatsapp"},
		DetectedAt: at, EventTime: at,
	}
}

// listingFinding is a family-1 finding on a listing version.
func listingFinding(merchant, listing string, version int64, id string, conf float64, at time.Time) schemas.Finding {
	return schemas.Finding{
		FindingID: "f-" + id, EventID: "e-" + id, Subject: schemas.SubjectListing, SubjectID: listing,
		SubjectVersion: version, MerchantID: merchant, Violation: schemas.FalseMOQ, Rule: "tier_contradiction",
		Confidence: conf, Evidence: map[string]any{"moq": 100.0}, DetectedAt: at, EventTime: at,
	}
}

func check(merchant, listing string, version int64, clean bool, at time.Time) schemas.ListingCheck {
	counts := map[string]int{schemas.FalseMOQ: 0}
	if !clean {
		counts[schemas.FalseMOQ] = 1
	}
	return schemas.ListingCheck{EventID: fmt.Sprintf("e-%s-%d", listing, version), ListingID: listing, Version: version,
		MerchantID: merchant, Counts: counts, UpdatedAt: at, CheckedAt: at}
}

func mustFinding(t *testing.T, b *ladder.Book, f schemas.Finding) ladder.Decision {
	t.Helper()
	d, err := b.Finding(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustCheck(t *testing.T, b *ladder.Book, c schemas.ListingCheck) ladder.Decision {
	t.Helper()
	d, err := b.Check(c)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// steps renders actions as "code[points]" for comparison.
func steps(actions []ladder.Action) []string {
	var out []string
	for _, a := range actions {
		s := a.Code
		if a.Points != 0 {
			s += fmt.Sprint(a.Points)
		}
		out = append(out, s)
	}
	return out
}

func TestStepLadders(t *testing.T) {
	tests := []struct {
		name string
		code string
		n    int
		want []string
	}{
		{"offplatform five instances", schemas.OffplatformContact, 5,
			[]string{"warning", "deduct_points-3", "deduct_points-3", "deduct_points-6", "deduct_points-6"}},
		{"offplatform escalates", schemas.OffplatformContact, 10,
			[]string{"warning", "deduct_points-3", "deduct_points-3", "deduct_points-6", "deduct_points-6",
				"deduct_points-6", "demote_store", "deduct_points-6", "deduct_points-6", "block_store", "deduct_points-6", "deduct_points-6", "refer_account_review"}},
		{"trade assurance", schemas.TradeAssuranceRefusal, 5,
			[]string{"warning", "deduct_points-3", "deduct_points-3", "suspend_trade_assurance", "suspend_trade_assurance"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBook(t, nil)
			var got []ladder.Action
			for i := 1; i <= tt.n; i++ {
				got = append(got, mustFinding(t, b, msgFinding("M-1", tt.code, i, t0.Add(time.Duration(i)*time.Hour))).Actions...)
			}
			if s := steps(got); !reflect.DeepEqual(s, tt.want) {
				t.Fatalf("actions = %v\nwant      %v", s, tt.want)
			}
			for _, a := range got {
				if a.Reason == ladder.ReasonLadder && (len(a.FindingIDs) != 1 || a.Step < 1 || a.PolicyVersion != "test-policy") {
					t.Errorf("step action %+v lacks its finding, step or policy", a)
				}
				if a.Code == ladder.SuspendTradeAssurance && !a.Until.Equal(a.DecidedAt.Add(90*day)) {
					t.Errorf("suspension until %s, want 90 days after %s", a.Until, a.DecidedAt)
				}
			}
		})
	}
}

func TestWindowEdges(t *testing.T) {
	window := 365 * day
	tests := []struct {
		name  string
		after time.Duration
		want  string
	}{
		{"just inside the window", window - time.Second, "deduct_points-3"},
		{"exactly one window later", window, "warning"},
		{"long after", 2 * window, "warning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBook(t, nil)
			mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, 1, t0))
			d := mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, 2, t0.Add(tt.after)))
			if s := steps(d.Actions); len(s) != 1 || s[0] != tt.want {
				t.Fatalf("second instance %s after the first: %v, want %s", tt.after, s, tt.want)
			}
		})
	}
}

func TestDeadline(t *testing.T) {
	b := newBook(t, nil)
	d := mustFinding(t, b, listingFinding("M-1", "L-1", 3, "1", 0.8, t0))
	if len(d.Actions) != 1 || d.Actions[0].Code != ladder.PendingRectification {
		t.Fatalf("first finding: %v, want pending_rectification", steps(d.Actions))
	}
	deadline := d.Actions[0].Deadline
	if !deadline.Equal(t0.Add(14 * day)) {
		t.Fatalf("deadline %s, want 14 days after %s", deadline, t0)
	}
	if next, ok := b.NextDeadline(); !ok || !next.Equal(deadline) {
		t.Fatalf("NextDeadline = %s %v", next, ok)
	}
	for _, now := range []time.Time{t0.Add(day), deadline} {
		if d := b.Advance(now); !d.Empty() {
			t.Fatalf("Advance(%s) before the deadline passed: %v", now, steps(d.Actions))
		}
	}
	d = b.Advance(deadline.Add(time.Second))
	if s := steps(d.Actions); !reflect.DeepEqual(s, []string{"delist_zero_score"}) || !d.Actions[0].DecidedAt.Equal(deadline) || d.Actions[0].Reason != ladder.ReasonDeadline {
		t.Fatalf("after the deadline: %+v, want a delisting dated at the deadline", d.Actions)
	}
	if d := b.Advance(deadline.Add(day)); !d.Empty() {
		t.Fatalf("deadline fired twice: %v", steps(d.Actions))
	}
	if _, ok := b.NextDeadline(); ok {
		t.Fatal("no deadline should be pending")
	}
}

func TestRectification(t *testing.T) {
	deadline := t0.Add(14 * day)
	tests := []struct {
		name       string
		checks     []schemas.ListingCheck
		checkFirst bool
		want       []string // after the checks and then the deadline passing
	}{
		{"clean newer version in time", []schemas.ListingCheck{check("M-1", "L-1", 4, true, t0.Add(3*day))}, false, []string{"rectified"}},
		{"clean at the deadline itself", []schemas.ListingCheck{check("M-1", "L-1", 4, true, deadline)}, false, []string{"rectified"}},
		{"clean but too late", []schemas.ListingCheck{check("M-1", "L-1", 4, true, deadline.Add(time.Second))}, false, []string{"delist_zero_score"}},
		{"same version again", []schemas.ListingCheck{check("M-1", "L-1", 3, true, t0.Add(day))}, false, []string{"delist_zero_score"}},
		{"newer version still violating", []schemas.ListingCheck{check("M-1", "L-1", 4, false, t0.Add(day))}, false, []string{"delist_zero_score"}},
		{"deleted listing is no fix", []schemas.ListingCheck{func() schemas.ListingCheck {
			c := check("M-1", "L-1", 4, true, t0.Add(day))
			c.Deleted = true
			return c
		}()}, false, []string{"delist_zero_score"}},
		{"other merchant's listing", []schemas.ListingCheck{check("M-2", "L-1", 4, true, t0.Add(day))}, false, []string{"delist_zero_score"}},
		{"fix checked before the finding arrived", []schemas.ListingCheck{check("M-1", "L-1", 4, true, t0.Add(time.Minute))}, true, []string{"rectified"}},
		{"rectified once only", []schemas.ListingCheck{check("M-1", "L-1", 4, true, t0.Add(day)), check("M-1", "L-1", 5, true, t0.Add(2*day))}, false, []string{"rectified"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBook(t, nil)
			var got []ladder.Action
			if tt.checkFirst {
				for _, c := range tt.checks {
					got = append(got, mustCheck(t, b, c).Actions...)
				}
			}
			d := mustFinding(t, b, listingFinding("M-1", "L-1", 3, "1", 0.8, t0))
			if d.Actions[0].Code != ladder.PendingRectification {
				t.Fatalf("first action %s", d.Actions[0].Code)
			}
			got = append(got, d.Actions[1:]...)
			if !tt.checkFirst {
				for _, c := range tt.checks {
					got = append(got, mustCheck(t, b, c).Actions...)
				}
			}
			got = append(got, b.Advance(deadline.Add(day)).Actions...)
			if s := steps(got); !reflect.DeepEqual(s, tt.want) {
				t.Fatalf("actions = %v, want %v", s, tt.want)
			}
		})
	}
}

func TestConfirmedViolationsAreDelistedAtOnce(t *testing.T) {
	complaint := listingFinding("M-1", "L-1", 0, "c", 1, t0)
	complaint.Rule = schemas.RuleVerifiedComplaint
	tests := []struct {
		name   string
		f      schemas.Finding
		want   string
		reason string
	}{
		{"verified complaint", complaint, ladder.DelistZeroScore, ladder.ReasonVerifiedComplaint},
		{"confidence at the bar", listingFinding("M-1", "L-1", 3, "1", 0.95, t0), ladder.DelistZeroScore, ladder.ReasonConfidence},
		{"confidence below the bar", listingFinding("M-1", "L-1", 3, "1", 0.9499, t0), ladder.PendingRectification, ladder.ReasonMonitoring},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustFinding(t, newBook(t, nil), tt.f)
			if len(d.Actions) != 1 || d.Actions[0].Code != tt.want || d.Actions[0].Reason != tt.reason {
				t.Fatalf("actions %+v, want one %s (%s)", d.Actions, tt.want, tt.reason)
			}
			if a := d.Actions[0]; a.Subject != schemas.SubjectListing || a.SubjectID != "L-1" {
				t.Fatalf("product action on %s %s", a.Subject, a.SubjectID)
			}
		})
	}
	t.Run("a pending product confirmed later", func(t *testing.T) {
		b := newBook(t, nil)
		mustFinding(t, b, listingFinding("M-1", "L-1", 3, "1", 0.8, t0))
		if d := mustFinding(t, b, listingFinding("M-1", "L-1", 3, "2", 0.7, t0.Add(time.Hour))); len(d.Actions) != 0 {
			t.Fatalf("a second weak finding on the pending product: %v", steps(d.Actions))
		}
		d := mustFinding(t, b, listingFinding("M-1", "L-1", 3, "3", 0.99, t0.Add(2*time.Hour)))
		if s := steps(d.Actions); !reflect.DeepEqual(s, []string{"delist_zero_score"}) || len(d.Actions[0].FindingIDs) != 3 {
			t.Fatalf("confirmed finding on the pending product: %+v", d.Actions)
		}
	})
	t.Run("an order's overcharge is about its listing", func(t *testing.T) {
		f := schemas.Finding{FindingID: "f-o", Subject: schemas.SubjectOrder, SubjectID: "O-1", MerchantID: "M-1",
			Violation: schemas.ShippingOvercharge, Confidence: 0.7, Evidence: map[string]any{"listing_id": "L-9"}, DetectedAt: t0}
		d := mustFinding(t, newBook(t, nil), f)
		if len(d.Actions) != 1 || d.Actions[0].SubjectID != "L-9" || d.Actions[0].Code != ladder.PendingRectification {
			t.Fatalf("overcharge actions %+v", d.Actions)
		}
	})
}

func TestRepeatsOnOneProduct(t *testing.T) {
	b := newBook(t, nil)
	var got []string
	got = append(got, steps(mustFinding(t, b, listingFinding("M-1", "L-1", 1, "1", 0.8, t0)).Actions)...)
	got = append(got, steps(mustCheck(t, b, check("M-1", "L-1", 2, true, t0.Add(day))).Actions)...)
	// a late finding on the old version changes nothing
	got = append(got, steps(mustFinding(t, b, listingFinding("M-1", "L-1", 1, "1b", 0.8, t0.Add(2*day))).Actions)...)
	got = append(got, steps(mustFinding(t, b, listingFinding("M-1", "L-1", 3, "2", 0.8, t0.Add(10*day))).Actions)...)
	// the delisted product comes back with a fourth version, violating again
	got = append(got, steps(mustFinding(t, b, listingFinding("M-1", "L-1", 4, "3", 0.8, t0.Add(20*day))).Actions)...)
	// a finding on the deleted product changes nothing
	got = append(got, steps(mustFinding(t, b, listingFinding("M-1", "L-1", 5, "4", 0.8, t0.Add(21*day))).Actions)...)
	want := []string{"pending_rectification", "rectified", "delist_zero_score", "delete_product"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("actions = %v, want %v", got, want)
	}
}

func TestStoreAccumulation(t *testing.T) {
	b := newBook(t, nil)
	var got []string
	for i := 1; i <= 10; i++ {
		f := listingFinding("M-1", fmt.Sprintf("L-%02d", i), 1, fmt.Sprint(i), 0.99, t0.Add(time.Duration(i)*time.Hour))
		got = append(got, fmt.Sprintf("%d:%s", i, strings.Join(steps(mustFinding(t, b, f).Actions), ",")))
	}
	want := []string{
		"1:delist_zero_score", "2:delist_zero_score", "3:delist_zero_score,demote_store", "4:delist_zero_score",
		"5:delist_zero_score,delete_product,delete_product,delete_product,delete_product,delete_product",
		"6:delist_zero_score,delete_product", "7:delist_zero_score,delete_product", "8:delist_zero_score,delete_product",
		"9:delist_zero_score,delete_product", "10:delist_zero_score,delete_product,block_store,deduct_points-12",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("actions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p := b.Points("M-1"); p != -12 {
		t.Fatalf("points %d, want -12", p)
	}
}

func TestReversal(t *testing.T) {
	t.Run("offplatform instance withdrawn", func(t *testing.T) {
		b := newBook(t, nil)
		var second ladder.Action
		for i := 1; i <= 5; i++ {
			d := mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, i, t0.Add(time.Duration(i)*time.Hour)))
			if i == 2 {
				second = d.Actions[0]
			}
		}
		if p := b.Points("M-1"); p != -18 {
			t.Fatalf("points before %d, want -18", p)
		}
		w := ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: second.FindingIDs[0], MerchantID: "M-1", Reason: ladder.ReasonAppealUpheld, AppealID: "AP-1", At: t0.Add(day)}
		d, err := b.Withdraw(w)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Actions) != 1 || d.Actions[0].Code != ladder.Reverse || !reflect.DeepEqual(d.Actions[0].Reverses, []string{second.ActionID}) {
			t.Fatalf("withdrawal decided %+v, want one reverse of %s", d.Actions, second.ActionID)
		}
		if len(d.Ledger) != 1 || d.Ledger[0].Points != 3 {
			t.Fatalf("ledger %+v, want +3 restored", d.Ledger)
		}
		if p := b.Points("M-1"); p != -15 {
			t.Fatalf("points after %d, want -15", p)
		}
		if len(d.Violations) != 1 || !d.Violations[0].Withdrawn {
			t.Fatalf("violation record %+v, want it withdrawn", d.Violations)
		}
		if d, _ := b.Withdraw(w); !d.Empty() {
			t.Fatalf("a repeated withdrawal decided %+v", d)
		}
		// the ladder steps back: four instances stand, the next is the fifth
		d = mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, 6, t0.Add(2*day)))
		if len(d.Actions) != 1 || d.Actions[0].Step != 5 || d.Actions[0].Points != -6 {
			t.Fatalf("next instance %+v, want step 5 of -6", d.Actions)
		}
	})
	t.Run("suspension reversed", func(t *testing.T) {
		b := newBook(t, nil)
		var fourth ladder.Action
		for i := 1; i <= 4; i++ {
			fourth = mustFinding(t, b, msgFinding("M-1", schemas.TradeAssuranceRefusal, i, t0.Add(time.Duration(i)*time.Hour))).Actions[0]
		}
		d, err := b.Withdraw(ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: fourth.FindingIDs[0], MerchantID: "M-1", Reason: ladder.ReasonWithdrawn, At: t0.Add(day)})
		if err != nil || len(d.Actions) != 1 || d.Actions[0].Reverses[0] != fourth.ActionID || fourth.Code != ladder.SuspendTradeAssurance {
			t.Fatalf("reverse of the suspension: %+v %v", d.Actions, err)
		}
	})
	t.Run("product case and store demotion", func(t *testing.T) {
		b := newBook(t, nil)
		var first []ladder.Action
		for i := 1; i <= 3; i++ {
			d := mustFinding(t, b, listingFinding("M-1", fmt.Sprintf("L-%d", i), 1, fmt.Sprint(i), 0.99, t0.Add(time.Duration(i)*time.Hour)))
			if i == 1 {
				first = d.Actions
			}
		}
		d, err := b.Withdraw(ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: "f-1", MerchantID: "M-1", Reason: ladder.ReasonWithdrawn, At: t0.Add(day)})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Actions) != 1 {
			t.Fatalf("withdrawal decided %+v", d.Actions)
		}
		var demote string
		for _, a := range b.Actions("M-1") {
			if a.Code == ladder.DemoteStore {
				demote = a.ActionID
			}
		}
		want := []string{first[0].ActionID, demote}
		if got := d.Actions[0].Reverses; len(got) != 2 || !contains(got, want[0]) || !contains(got, want[1]) {
			t.Fatalf("reverses %v, want the delisting and the demotion %v", got, want)
		}
	})
	t.Run("withdrawal before its finding", func(t *testing.T) {
		b := newBook(t, nil)
		f := msgFinding("M-1", schemas.OffplatformContact, 1, t0)
		if _, err := b.Withdraw(ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: f.FindingID, MerchantID: "M-1", Reason: ladder.ReasonWithdrawn, At: t0}); err != nil {
			t.Fatal(err)
		}
		if d := mustFinding(t, b, f); !d.Empty() {
			t.Fatalf("a withdrawn finding decided %+v", d)
		}
	})
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// mixedInputs is a merchant history touching every family and path.
func mixedInputs() []ladder.Input {
	var in []ladder.Input
	add := func(f schemas.Finding) { in = append(in, ladder.Input{Finding: &f}) }
	for i := 1; i <= 5; i++ {
		add(msgFinding("M-1", schemas.OffplatformContact, i, t0.Add(time.Duration(i)*time.Hour)))
		add(msgFinding("M-2", schemas.TradeAssuranceRefusal, i, t0.Add(time.Duration(i)*time.Hour)))
	}
	for i := 1; i <= 4; i++ {
		add(listingFinding("M-3", fmt.Sprintf("L-%d", i), 2, fmt.Sprint(i), 0.8, t0.Add(time.Duration(i)*time.Hour)))
	}
	c := check("M-3", "L-1", 3, true, t0.Add(2*day))
	in = append(in, ladder.Input{Check: &c})
	in = append(in, ladder.Input{Withdrawal: &ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: "f-M-1-offplatform_contact-2", MerchantID: "M-1", Reason: ladder.ReasonAppealUpheld, At: t0.Add(3 * day)}})
	return in
}

func TestReplayIsIdempotent(t *testing.T) {
	now := t0.Add(60 * day)
	first, err := newBook(t, nil).Replay(mixedInputs(), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Actions) < 15 {
		t.Fatalf("only %d actions", len(first.Actions))
	}
	// The same inputs, each twice and in reverse order, decide the same.
	in := mixedInputs()
	var doubled []ladder.Input
	for i := len(in) - 1; i >= 0; i-- {
		doubled = append(doubled, in[i], in[i])
	}
	second, err := newBook(t, nil).Replay(doubled, now)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first.Actions, second.Actions) {
		t.Fatalf("replay of duplicated input differs:\n%v\n%v", steps(first.Actions), steps(second.Actions))
	}
	ids := map[string]bool{}
	for _, a := range first.Actions {
		if ids[a.ActionID] {
			t.Fatalf("action id %s twice", a.ActionID)
		}
		ids[a.ActionID] = true
	}
	// A book rebuilt from what was produced decides nothing new on the same inputs.
	b := newBook(t, nil)
	b.Restore(ladder.State{Violations: first.Violations, Actions: first.Actions, Warnings: first.Warnings})
	again, err := b.Replay(mixedInputs(), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Actions) != 0 || len(again.Ledger) != 0 || len(again.Warnings) != 0 {
		t.Fatalf("rebuilt book decided again: %v %+v", steps(again.Actions), again.Warnings)
	}
}

func TestRestoredBookContinuesTheLadder(t *testing.T) {
	b := newBook(t, nil)
	var all ladder.Decision
	for i := 1; i <= 3; i++ {
		all.Add(mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, i, t0.Add(time.Duration(i)*time.Hour))))
	}
	all.Add(mustFinding(t, b, listingFinding("M-1", "L-1", 1, "p", 0.8, t0)))
	r := newBook(t, nil)
	r.Restore(ladder.State{Violations: all.Violations, Actions: all.Actions, Warnings: all.Warnings})
	d := mustFinding(t, r, msgFinding("M-1", schemas.OffplatformContact, 4, t0.Add(5*time.Hour)))
	if s := steps(d.Actions); !reflect.DeepEqual(s, []string{"deduct_points-6"}) {
		t.Fatalf("fourth instance after restore: %v", s)
	}
	if d := r.Advance(t0.Add(15 * day)); !reflect.DeepEqual(steps(d.Actions), []string{"delist_zero_score"}) {
		t.Fatalf("restored deadline: %v", steps(d.Actions))
	}
}

func TestEarlyWarningOncePerPeriod(t *testing.T) {
	b := newBook(t, nil)
	var warnings []ladder.EarlyWarning
	for i := 1; i <= 4; i++ {
		warnings = append(warnings, mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, i, t0.Add(time.Duration(i)*day))).Warnings...)
	}
	warnings = append(warnings, mustFinding(t, b, msgFinding("M-1", schemas.OffplatformContact, 5, t0.Add(40*day))).Warnings...)
	if len(warnings) != 2 || !warnings[0].At.Equal(t0.Add(2*day)) || !warnings[1].At.Equal(t0.Add(40*day)) {
		t.Fatalf("warnings %+v, want one at the second instance and one a period later", warnings)
	}
}

func TestMonthlyList(t *testing.T) {
	b := newBook(t, nil)
	in := mixedInputs()
	for i := 1; i <= 3; i++ {
		f := listingFinding("M-4", fmt.Sprintf("L-4%d", i), 1, fmt.Sprint(40+i), 0.99, t0.Add(time.Duration(i)*time.Hour))
		in = append(in, ladder.Input{Finding: &f})
	}
	d, err := b.Replay(in, t0.Add(20*day))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ladder.MonthlyList(config(), d.Actions, "2026-04")
	if err != nil {
		t.Fatal(err)
	}
	// M-1's five instances less one withdrawn; M-2's five; M-3's 3 pending
	// products delisted at their deadline; M-4's three confirmed products.
	want := []ladder.ListEntry{
		{Month: "2026-04", MerchantID: "M-3", Family: ladder.FamilyFalseInfo, Count: 3},
		{Month: "2026-04", MerchantID: "M-4", Family: ladder.FamilyFalseInfo, Count: 3},
		{Month: "2026-04", MerchantID: "M-1", Family: ladder.FamilyOffplatform, Count: 4},
		{Month: "2026-04", MerchantID: "M-2", Family: ladder.FamilyTradeAssurance, Count: 5},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("list %+v\nwant %+v", got, want)
	}
	if got, _ := ladder.MonthlyList(config(), d.Actions, "2026-05"); len(got) != 0 {
		t.Fatalf("May list %+v, want empty", got)
	}
	if _, err := ladder.MonthlyList(config(), nil, "April"); err == nil {
		t.Fatal("a bad month must fail")
	}
}

func TestParseInput(t *testing.T) {
	tests := []struct {
		name, line, kind, err string
	}{
		{"finding", `{"finding_id":"f-1","merchant_id":"M-1","violation":"false_moq","subject":"listing","subject_id":"L-1","detected_at":"2026-04-01T00:00:00Z","new_field":1}`, "finding", ""},
		{"check", `{"listing_id":"L-1","merchant_id":"M-1","version":2,"counts":{"false_moq":0},"updated_at":"2026-04-01T00:00:00Z"}`, "check", ""},
		{"withdrawal", `{"schema":"withdrawal.v1","finding_id":"f-1","merchant_id":"M-1","reason":"appeal_upheld","at":"2026-04-01T00:00:00Z"}`, "withdrawal", ""},
		{"withdrawal with a typo", `{"schema":"withdrawal.v1","finding_id":"f-1","merchant_id":"M-1","reason":"appeal_upheld","at":"2026-04-01T00:00:00Z","apeal_id":"x"}`, "", "apeal_id"},
		{"withdrawal bad reason", `{"schema":"withdrawal.v1","finding_id":"f-1","merchant_id":"M-1","reason":"because","at":"2026-04-01T00:00:00Z"}`, "", "reason"},
		{"unknown violation", `{"finding_id":"f-1","merchant_id":"M-1","violation":"rudeness","detected_at":"2026-04-01T00:00:00Z"}`, "", "unknown violation"},
		{"finding without time", `{"finding_id":"f-1","merchant_id":"M-1","violation":"false_moq"}`, "", "detected_at"},
		{"an event", `{"schema":"listing.v1","event_id":"e"}`, "", "unknown schema"},
		{"not JSON", `{`, "", "invalid JSON"},
		{"something else", `{"hello":1}`, "", "neither"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := ladder.ParseInput([]byte(tt.line))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			kind := map[bool]string{true: ""}[false]
			switch {
			case in.Finding != nil:
				kind = "finding"
			case in.Check != nil:
				kind = "check"
			case in.Withdrawal != nil:
				kind = "withdrawal"
			}
			if kind != tt.kind || in.MerchantID() != "M-1" || in.EffectiveAt().IsZero() {
				t.Fatalf("parsed as %q (merchant %q)", kind, in.MerchantID())
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *ladder.Config)
		want   string
	}{
		{"built-in", func(c *ladder.Config) {}, ""},
		{"no deadline", func(c *ladder.Config) { c.FalseInfo.DeadlineDays = 0 }, "deadline_days"},
		{"confidence above 1", func(c *ladder.Config) { c.FalseInfo.DelistConfidence = 1.5 }, "delist_confidence"},
		{"positive deduction", func(c *ladder.Config) { c.Offplatform.Steps[1].Points = 3 }, "negative points"},
		{"unknown step", func(c *ladder.Config) { c.Offplatform.Steps[0].Code = "scold" }, `"scold"`},
		{"suspension without days", func(c *ladder.Config) { c.TradeAssurance.Steps[3].Days = 0 }, "days"},
		{"no steps", func(c *ladder.Config) { c.TradeAssurance.Steps = nil }, "steps must not be empty"},
		{"escalation to a warning", func(c *ladder.Config) { c.Offplatform.Escalations[0].Code = "warning" }, "escalations[0].code"},
		{"block gives points", func(c *ladder.Config) { c.FalseInfo.Store.BlockStorePoints = 5 }, "block_store_points"},
		{"no notice deadline", func(c *ladder.Config) { c.Notices.FixDays = 0 }, "fix_days"},
		{"two-character region", func(c *ladder.Config) { c.MonthlyList.Mask.CompanyRegionSuffixes = []string{"市区"} }, "one character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := config()
			c.Offplatform.Steps = append([]ladder.Step(nil), c.Offplatform.Steps...)
			c.TradeAssurance.Steps = append([]ladder.Step(nil), c.TradeAssurance.Steps...)
			c.Offplatform.Escalations = append([]ladder.Escalation(nil), c.Offplatform.Escalations...)
			tt.change(c)
			err := c.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want it to mention %q", err, tt.want)
			}
		})
	}
	if _, err := ladder.NewBook(&ladder.Config{}, "p"); err == nil || !strings.Contains(err.Error(), "no enforcement section") {
		t.Fatalf("a book without an enforcement section: %v", err)
	}
}

func TestActionIDIsDeterministic(t *testing.T) {
	a := ladder.ActionID("M-1", ladder.FamilyOffplatform, "MSG-1", 2, ladder.DeductPoints, []string{"f-2", "f-1"})
	b := ladder.ActionID("M-1", ladder.FamilyOffplatform, "MSG-1", 2, ladder.DeductPoints, []string{"f-1", "f-2"})
	c := ladder.ActionID("M-1", ladder.FamilyOffplatform, "MSG-1", 3, ladder.DeductPoints, []string{"f-1", "f-2"})
	if a != b || a == c || !strings.HasPrefix(a, "a-") {
		t.Fatalf("ids %s %s %s", a, b, c)
	}
}

func TestReviewerConfirmationDelistsAPendingProduct(t *testing.T) {
	b := newBook(t, nil)
	weak := listingFinding("M-1", "L-1", 3, "1", 0.8, t0)
	if d := mustFinding(t, b, weak); !reflect.DeepEqual(steps(d.Actions), []string{"pending_rectification"}) {
		t.Fatalf("weak finding: %v", steps(d.Actions))
	}
	conf, ok := ladder.ConfirmationOf(weak, "rev-1", t0.Add(time.Hour))
	if !ok || conf.FindingID == weak.FindingID || conf.Rule != schemas.RuleReviewConfirmed || conf.Evidence["confirmed_finding_id"] != weak.FindingID {
		t.Fatalf("confirmation = %+v, %v", conf, ok)
	}
	d := mustFinding(t, b, conf)
	if len(d.Actions) != 1 || d.Actions[0].Code != ladder.DelistZeroScore || d.Actions[0].Reason != ladder.ReasonReviewConfirmed {
		t.Fatalf("confirmation actions %+v, want delist_zero_score (review_confirmed)", d.Actions)
	}
	again, _ := ladder.ConfirmationOf(weak, "rev-2", t0.Add(2*time.Hour))
	if again.FindingID != conf.FindingID {
		t.Fatal("confirmation ids must derive from the finding alone")
	}
	if d := mustFinding(t, b, again); len(d.Actions) != 0 {
		t.Fatalf("confirming twice decided again: %v", steps(d.Actions))
	}
	if _, ok := ladder.ConfirmationOf(msgFinding("M-1", schemas.OffplatformContact, 1, t0), "rev-1", t0); ok {
		t.Fatal("a message finding must not be confirmed by a second finding (it would count as another instance)")
	}
}

// TestDecisionsAreDatedInTheOrderTheyAreTaken: taken in event order
// (enforce --order-window), findings need not come in the order they were
// detected. As many confirmed products as the store-level bar, the last one
// detected first, still reach the bar at the last: a decision is never dated
// before one already taken, so none of them falls outside the count.
func TestDecisionsAreDatedInTheOrderTheyAreTaken(t *testing.T) {
	cfg := config()
	n := cfg.FalseInfo.Store.DemoteStoreAt
	if n < 1 {
		t.Fatalf("the policy's false_info store demotion bar is %d: the test needs a bar to reach", n)
	}
	b := newBook(t, cfg)
	first := t0.Add(time.Duration(n-1) * time.Hour)
	var codes []string
	for i := range n {
		detected := first.Add(-time.Duration(i) * time.Hour) // the last detected first
		d := mustFinding(t, b, listingFinding("M", fmt.Sprintf("L%d", i), 1, fmt.Sprint(i), 0.99, detected))
		for _, a := range d.Actions {
			codes = append(codes, a.Code)
			if a.DecidedAt.Before(first) {
				t.Errorf("%s of finding %d dated %s, before the first decision", a.Code, i, a.DecidedAt)
			}
		}
	}
	if !slices.Contains(codes, ladder.DemoteStore) {
		t.Fatalf("actions %v: no %s at confirmed product %d", codes, ladder.DemoteStore, n)
	}
}

// TestParseInputKeepsTheEvidenceAsReceived: a finding's evidence is decoded
// for the ladder and kept as its bytes, which the violation carries to
// storage without encoding it again.
func TestParseInputKeepsTheEvidenceAsReceived(t *testing.T) {
	for _, tt := range []struct {
		evidence string
		want     []byte
	}{
		{`{"listing_id":"L-9","fee":1e3}`, []byte(`{"listing_id":"L-9","fee":1e3}`)},
		{`null`, nil},
	} {
		line := `{"finding_id":"f-1","merchant_id":"M-1","subject":"order","subject_id":"O-1","violation":"shipping_overcharge","rule":"r","confidence":0.9,"detected_at":"2026-04-20T10:00:00Z","evidence":` + tt.evidence + `}`
		in, err := ladder.ParseInput([]byte(line))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(in.EvidenceJSON, tt.want) {
			t.Errorf("evidence %s: kept %q, want %q", tt.evidence, in.EvidenceJSON, tt.want)
		}
		b, _ := ladder.NewBook(&policy.Default().Enforcement, "p")
		d, err := b.Apply(in)
		if err != nil || len(d.Violations) != 1 {
			t.Fatalf("evidence %s: %v, %d violations", tt.evidence, err, len(d.Violations))
		}
		if v := d.Violations[0]; !bytes.Equal(v.EvidenceJSON, tt.want) || v.Evidence == nil {
			t.Errorf("evidence %s: violation carries %q (decoded %v)", tt.evidence, v.EvidenceJSON, v.Evidence)
		}
	}
}
