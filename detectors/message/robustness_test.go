package message_test

// Metamorphic robustness suite for message detection (issue 12).
//
// Sources: every labelled seller message of the shared corpus and of the
// red-team set (testdata/redteam), each with the conversation before it.
// Evasion transforms rewrite positives the way evading sellers do (digit
// separators, spoken digits, invisible characters, emoji, homoglyphs,
// disguised app names, a number split over two messages, the invitation in
// another language): each variant must still be found with the same code.
// The same rewrites of clean messages that carry a contact value (replies to
// a buyer who asked) must stay clean. Benign transforms turn messages into
// innocent ones (the buyer asks first, in any language; a negation; a spec
// line that names apps and numbers): each must stay clean.
//
// The relation is judged on sources whose own verdict is right (a positive
// found, a negative clean): a variant fails when a transform changes a right
// verdict. Both that rate and the unconditional one are reported per
// transform; the test asserts the targets on the first: >= 0.95 of
// transformed positives found and >= 0.99 of transformed negatives clean.

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// rbSource is one labelled seller message and the conversation before it.
type rbSource struct {
	origin string // "corpus" or the red-team file
	prefix []*schemas.Message
	target *schemas.Message
	expect []string
	base   []string // codes found on the untransformed message
}

// rbVariant is one rewrite of a source.
type rbVariant struct {
	buyer string   // a buyer turn inserted just before the seller's message; "" none
	parts []string // the seller's message as one or more consecutive messages
	want  []string // codes that must be found over the parts; none: every part clean
	lang  string   // language of the inserted text, for the per-language report
}

// rbTransform rewrites sources; flips marks benign rewrites of positives that
// must come out clean (their relation holds on sources found as positives).
type rbTransform struct {
	name  string
	side  string // "pos" or "neg": which sources it rewrites
	flips bool
	apply func(r *rand.Rand, s *rbSource) []rbVariant
}

const rbVariantsPerSource = 3

func rbSources(t testing.TB) []*rbSource {
	t.Helper()
	var out []*rbSource
	c, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	convs := map[string][]*schemas.Message{}
	for _, ev := range c.Events {
		m, ok := ev.(*schemas.Message)
		if !ok {
			continue
		}
		if l, ok := c.Labels[m.MessageID]; ok && m.Sender == schemas.SenderSeller {
			if len(l.Expect) > 0 || len(l.Allow) == 0 {
				out = append(out, &rbSource{origin: "corpus", prefix: slices.Clone(convs[m.ConversationID]), target: m, expect: l.Expect})
			}
		}
		convs[m.ConversationID] = append(convs[m.ConversationID], m)
	}
	convs = map[string][]*schemas.Message{}
	for _, rc := range loadRedTeam(t) {
		m := rc.msg
		if m.Sender == schemas.SenderSeller && (len(rc.Expect) > 0 || len(rc.Allow) == 0) {
			out = append(out, &rbSource{origin: "redteam", prefix: slices.Clone(convs[m.ConversationID]), target: m, expect: rc.Expect})
		}
		convs[m.ConversationID] = append(convs[m.ConversationID], m)
	}
	return out
}

// rbRun replays the source's conversation with the variant in place of the
// seller's message and returns the message codes found on its parts.
func rbRun(t testing.TB, d *message.Detector, s *rbSource, v rbVariant) []string {
	t.Helper()
	conv := &message.Conversation{}
	var buf []schemas.Finding
	var err error
	for _, m := range s.prefix {
		if buf, err = d.DetectMessage(m, conv, buf[:0]); err != nil {
			t.Fatal(err)
		}
	}
	at := s.target.SentAt
	if v.buyer != "" {
		b := *s.target
		b.Sender, b.Kind, b.Text, b.SentAt = schemas.SenderBuyer, schemas.KindText, v.buyer, at
		b.MessageID, b.EventID = s.target.MessageID+"-b", s.target.EventID+"-b"
		if buf, err = d.DetectMessage(&b, conv, buf[:0]); err != nil {
			t.Fatal(err)
		}
		at = at.Add(time.Minute)
	}
	var codes []string
	for i, text := range v.parts {
		m := *s.target
		m.Text, m.SentAt = text, at.Add(time.Duration(i)*time.Minute)
		m.MessageID, m.EventID = fmt.Sprintf("%s-v%d", s.target.MessageID, i), fmt.Sprintf("%s-v%d", s.target.EventID, i)
		if buf, err = d.DetectMessage(&m, conv, buf[:0]); err != nil {
			t.Fatal(err)
		}
		for _, f := range buf {
			if !slices.Contains(codes, f.Violation) {
				codes = append(codes, f.Violation)
			}
		}
	}
	return codes
}

func rbHas(codes []string, want ...string) bool {
	for _, w := range want {
		if !slices.Contains(codes, w) {
			return false
		}
	}
	return true
}

// rbEvasion makes the positive and negative transforms of one rewrite of a
// message's text: positives keep offplatform_contact, clean messages stay clean.
func rbEvasion(name string, fn func(r *rand.Rand, text string) ([]string, bool)) []rbTransform {
	mk := func(side string) rbTransform {
		return rbTransform{name: name, side: side, apply: func(r *rand.Rand, s *rbSource) []rbVariant {
			if side == "pos" && !slices.Contains(s.expect, schemas.OffplatformContact) {
				return nil
			}
			// Clean messages are rewritten only when they carry contact
			// content (a reply to a buyer who asked, order paperwork): a
			// spelled-out order number is no longer an order number.
			if side == "neg" && len(rbChannelSpans(s.target.Text)) == 0 && !rbEmailRe.MatchString(s.target.Text) {
				return nil
			}
			var want []string
			if side == "pos" {
				want = []string{schemas.OffplatformContact}
			}
			var out []rbVariant
			for range rbVariantsPerSource {
				parts, ok := fn(r, s.target.Text)
				if !ok || !rbValidUTF8(parts...) {
					return out
				}
				out = append(out, rbVariant{parts: parts, want: want})
			}
			return out
		}}
	}
	return []rbTransform{mk("pos"), mk("neg")}
}

// rbOnSpans rewrites the spans found by spans with fn; the message is one part.
func rbOnSpans(spans func(string) [][2]int, fn func(r *rand.Rand, span string) string) func(*rand.Rand, string) ([]string, bool) {
	return func(r *rand.Rand, text string) ([]string, bool) {
		out, ok := rbSpanTransform(text, spans(text), func(sp string) string { return fn(r, sp) })
		return []string{out}, ok
	}
}

func rbContactSpans(text string) [][2]int {
	sp := append(rbChannelSpans(text), rbPhoneSpans(text)...)
	sort.Slice(sp, func(i, j int) bool { return sp[i][0] < sp[j][0] })
	return sp
}

func rbAsciiChannelSpans(text string) [][2]int {
	var out [][2]int
	for _, sp := range rbChannelSpans(text) {
		if strings.IndexFunc(text[sp[0]:sp[1]], func(r rune) bool { return r > 0x7f }) < 0 {
			out = append(out, sp)
		}
	}
	return out
}

// rbSuffix appends an innocent sentence to clean messages.
func rbSuffix(name string, sentence func(r *rand.Rand) (string, string)) rbTransform {
	return rbTransform{name: name, side: "neg", apply: func(r *rand.Rand, s *rbSource) []rbVariant {
		var out []rbVariant
		for range rbVariantsPerSource {
			add, lang := sentence(r)
			out = append(out, rbVariant{parts: []string{strings.TrimSpace(s.target.Text) + " " + add}, lang: lang})
		}
		return out
	}}
}

var rbApps = []string{"WhatsApp", "WeChat", "微信", "Telegram", "LINE", "KakaoTalk", "Zalo", "Skype", "Viber"}

// rbBuyerFirst inserts a buyer's request for contact, in a random language,
// before a seller message that gives a contact value: it is then allowed.
func rbBuyerFirst(name string, direct bool) rbTransform {
	return rbTransform{name: name, side: "pos", flips: true, apply: func(r *rand.Rand, s *rbSource) []rbVariant {
		if !slices.Contains(s.expect, schemas.OffplatformContact) || slices.Contains(s.expect, schemas.TradeAssuranceRefusal) {
			return nil
		}
		// An automatic reply or a stored signature answers nobody.
		if s.target.Kind != schemas.KindText {
			return nil
		}
		_, app, ok := rbContactValue(s.target.Text)
		if !ok {
			return nil
		}
		var out []rbVariant
		for _, lang := range rbPickLangs(r, rbVariantsPerSource) {
			ask := rbPick(r, rbBuyerIndirect[lang])
			if direct {
				tpl := rbPick(r, rbBuyerDirect[lang])
				if ch := rbChannelWord(app, lang); ch != app {
					tpl = rbBuyerDirect[lang][0]
					app = ch
				}
				ask = rbFill(tpl, app, "")
			}
			out = append(out, rbVariant{buyer: ask, parts: []string{s.target.Text}, lang: lang})
		}
		return out
	}}
}

// rbChannelWord names the channel of a contact value in a language: e-mail and
// phone in its words, an app by its name.
func rbChannelWord(app, lang string) string {
	switch app {
	case "email":
		return rbEmailWords[lang]
	case "phone":
		return rbPhoneWords[lang]
	}
	return app
}

func rbPickLangs(r *rand.Rand, n int) []string {
	p := r.Perm(len(rbLangs))
	out := make([]string, n)
	for i := range out {
		out[i] = rbLangs[p[i]]
	}
	return out
}

func rbTransforms() []rbTransform {
	var ts []rbTransform
	ts = append(ts, rbEvasion("digit_separators", rbOnSpans(rbPhoneSpans, rbSeparate))...)
	ts = append(ts, rbEvasion("spoken_digits_en", rbOnSpans(rbPhoneSpans, rbSpokenEnglish))...)
	ts = append(ts, rbEvasion("spoken_digits_lang", rbOnSpans(rbPhoneSpans, func(r *rand.Rand, sp string) string {
		return rbSpokenIn(rbPick(r, rbLangs[1:]), sp)
	}))...)
	ts = append(ts, rbEvasion("zero_width", rbOnSpans(rbContactSpans, func(r *rand.Rand, sp string) string {
		return rbInsertInside(r, sp, rbInvisibles)
	}))...)
	ts = append(ts, rbEvasion("emoji_inside", rbOnSpans(rbContactSpans, func(r *rand.Rand, sp string) string {
		return rbInsertInside(r, sp, rbEmojis)
	}))...)
	ts = append(ts, rbEvasion("homoglyphs", rbOnSpans(rbAsciiChannelSpans, rbHomoglyph))...)
	ts = append(ts, rbEvasion("full_width", rbOnSpans(rbContactSpans, func(_ *rand.Rand, sp string) string { return rbFullWidth(sp) }))...)
	ts = append(ts, rbEvasion("math_letters", rbOnSpans(rbAsciiChannelSpans, func(_ *rand.Rand, sp string) string { return rbMathBold(sp) }))...)
	ts = append(ts, rbEvasion("channel_disguise", rbOnSpans(rbChannelSpans, rbDisguiseChannel))...)
	ts = append(ts, rbEvasion("split_two_messages", func(r *rand.Rand, text string) ([]string, bool) {
		sp := rbPhoneSpans(text)
		if len(sp) == 0 {
			return nil, false
		}
		// cut between two digits, leaving at least three on each side
		var cuts []int
		n := 0
		for i := sp[0][0]; i < sp[0][1]; i++ {
			if text[i] >= '0' && text[i] <= '9' {
				n++
				if n >= 3 {
					cuts = append(cuts, i+1)
				}
			}
		}
		if len(cuts) < 4 {
			return nil, false
		}
		cut := cuts[r.IntN(len(cuts)-3)]
		return []string{strings.TrimSpace(text[:cut]), strings.TrimSpace(text[cut:])}, true
	})...)
	ts = append(ts, rbTransform{name: "carrier_other_language", side: "pos", apply: func(r *rand.Rand, s *rbSource) []rbVariant {
		if !slices.Contains(s.expect, schemas.OffplatformContact) {
			return nil
		}
		v, app, ok := rbContactValue(s.target.Text)
		if !ok {
			return nil
		}
		var out []rbVariant
		for _, lang := range rbPickLangs(r, rbVariantsPerSource) {
			out = append(out, rbVariant{parts: []string{rbFill(rbPick(r, rbCarriers[lang]), rbChannelWord(app, lang), v)},
				want: []string{schemas.OffplatformContact}, lang: lang})
		}
		return out
	}})
	for _, side := range []string{"pos", "neg"} {
		ts = append(ts, rbTransform{name: "polite_wrapper", side: side, apply: func(r *rand.Rand, s *rbSource) []rbVariant {
			if (side == "pos") != (len(s.expect) > 0) {
				return nil
			}
			var out []rbVariant
			for range rbVariantsPerSource {
				out = append(out, rbVariant{parts: []string{rbPick(r, rbWrapPrefixes) + s.target.Text + rbPick(r, rbWrapSuffixes)}, want: s.expect})
			}
			return out
		}})
	}
	for _, side := range []string{"pos", "neg"} {
		ts = append(ts, rbTransform{name: "ta_alias", side: side, apply: func(r *rand.Rand, s *rbSource) []rbVariant {
			if (side == "pos") != slices.Contains(s.expect, schemas.TradeAssuranceRefusal) || (side == "pos" && len(s.expect) > 1) {
				return nil
			}
			spans := rbTASpans(s.target.Text)
			if len(spans) == 0 {
				return nil
			}
			var out []rbVariant
			for range rbVariantsPerSource {
				out = append(out, rbVariant{parts: []string{rbReplaceSpans(s.target.Text, spans, func(string) string { return rbPick(r, rbTAAliases) })}, want: s.expect})
			}
			return out
		}})
	}
	ts = append(ts, rbBuyerFirst("buyer_first_direct", true), rbBuyerFirst("buyer_first_indirect", false))
	ts = append(ts,
		rbSuffix("negation_no_need", func(r *rand.Rand) (string, string) {
			lang := rbPick(r, rbLangs)
			return rbFill(rbNoNeed[lang], rbPick(r, rbApps), ""), lang
		}),
		rbSuffix("ta_same_price", func(r *rand.Rand) (string, string) {
			lang := rbPick(r, rbLangs)
			return rbTASame[lang], lang
		}),
		rbSuffix("spec_lookalike", func(r *rand.Rand) (string, string) { return rbPick(r, rbSpecLines), "" }),
	)
	ts = append(ts, numbersTransforms()...) // numbers_robustness_test.go
	return ts
}

// rbTally is one row of the report.
type rbTally struct {
	n, pass         int  // every variant
	condN, condPass int  // variants of sources whose own verdict is right
	clean           bool // the variants must stay clean
	fails           []string
}

func TestRobustness(t *testing.T) {
	d := newDetector(t)
	sources := rbSources(t)
	for _, s := range sources {
		s.base = rbRun(t, d, s, rbVariant{parts: []string{s.target.Text}})
	}
	type key struct{ name, side string }
	rows := map[key]*rbTally{}
	var order []key
	byLang := map[string]*rbTally{}
	for ti, tr := range rbTransforms() {
		k := key{tr.name, tr.side}
		if rows[k] == nil {
			rows[k] = &rbTally{clean: tr.side == "neg" || tr.flips}
			order = append(order, k)
		}
		row := rows[k]
		r := rand.New(rand.NewPCG(uint64(ti)+1, 12))
		for _, s := range sources {
			if tr.side == "neg" && len(s.expect) > 0 {
				continue
			}
			cond := len(s.expect) == 0 && len(s.base) == 0
			if len(s.expect) > 0 {
				cond = rbHas(s.base, s.expect...)
			}
			if tr.flips {
				cond = rbHas(s.base, schemas.OffplatformContact)
			}
			for _, v := range tr.apply(r, s) {
				got := rbRun(t, d, s, v)
				ok := rbHas(got, v.want...)
				if len(v.want) == 0 {
					ok = !slices.ContainsFunc(got, func(c string) bool { return slices.Contains(messageCodes, c) })
				}
				row.n++
				if ok {
					row.pass++
				}
				if cond {
					row.condN++
					if ok {
						row.condPass++
					} else if len(row.fails) < 8 {
						row.fails = append(row.fails, fmt.Sprintf("%s %s want=%v got=%v buyer=%q\n      %q",
							s.origin, s.target.MessageID, v.want, got, v.buyer, v.parts))
					}
				}
				if v.lang != "" && (tr.flips || tr.name == "carrier_other_language") && cond {
					lk := tr.name + "/" + v.lang
					if byLang[lk] == nil {
						byLang[lk] = &rbTally{}
					}
					byLang[lk].condN++
					if ok {
						byLang[lk].condPass++
					}
				}
			}
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "%d sources; pass = right verdict kept on sources judged right, all = over every variant\n", len(sources))
	fmt.Fprintf(&b, "%-24s %-4s %6s %6s %7s %7s %7s\n", "transform", "side", "n", "cond", "pass", "all", "target")
	var failed []string
	for _, k := range order {
		row := rows[k]
		target := 0.95
		if row.clean {
			target = 0.99
		}
		rate, all := rbRate(row.condPass, row.condN), rbRate(row.pass, row.n)
		fmt.Fprintf(&b, "%-24s %-4s %6d %6d %7.3f %7.3f %7.2f\n", k.name, k.side, row.n, row.condN, rate, all, target)
		if row.condN > 0 && rate < target {
			failed = append(failed, fmt.Sprintf("%s/%s: %.3f < %.2f (%d of %d)", k.name, k.side, rate, target, row.condN-row.condPass, row.condN))
		}
	}
	t.Logf("\n%s", b.String())

	langKeys := make([]string, 0, len(byLang))
	for k := range byLang {
		langKeys = append(langKeys, k)
	}
	sort.Strings(langKeys)
	b.Reset()
	for _, k := range langKeys {
		fmt.Fprintf(&b, "%-32s %5d %7.3f\n", k, byLang[k].condN, rbRate(byLang[k].condPass, byLang[k].condN))
	}
	t.Logf("by language of the inserted text (sources judged right):\n%s", b.String())

	if testing.Verbose() {
		for _, k := range order {
			if f := rows[k].fails; len(f) > 0 {
				t.Logf("%s/%s first failures:\n    %s", k.name, k.side, strings.Join(f, "\n    "))
			}
		}
	}
	for _, f := range failed {
		t.Error(f)
	}
}

func rbRate(pass, n int) float64 {
	if n == 0 {
		return 1
	}
	return float64(pass) / float64(n)
}
