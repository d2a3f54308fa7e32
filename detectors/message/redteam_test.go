package message_test

// The red-team set (testdata/redteam/*.jsonl) measures how message detection
// generalizes beyond the shared corpus: evasion families and innocent
// look-alikes in sixteen languages, written from the rulebook (seed
// 003_e9e5361043bf53dd: off-platform steering, Trade Assurance refusal, the
// five chat examples and the two exceptions), not from the detector's
// lexicon.
//
// File format: one JSON object per line,
//
//	{"event": {...message.v1...}, "expect": ["offplatform_contact"], "allow": [],
//	 "family": "op_disguised_number", "lang": "ko", "note": "why"}
//
//   - event: a message.v1 event exactly as on the wire (events.md).
//   - expect: the message codes this message must raise (empty: must stay clean).
//   - allow: codes that are neither required nor false alarms (e.g. the first
//     half of a number split over two seller messages).
//   - family, lang: the behaviour family and language, for the report.
//
// The lines of one conversation are contiguous and in time order; buyer
// messages are never violations. Every conversation runs through one
// message.Conversation, as the worker runs it.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// redTeamCase is one line of a red-team file.
type redTeamCase struct {
	Event  json.RawMessage `json:"event"`
	Expect []string        `json:"expect"`
	Allow  []string        `json:"allow"`
	Family string          `json:"family"`
	Lang   string          `json:"lang"`
	Note   string          `json:"note"`

	msg  *schemas.Message
	file string
	line int
}

// loadRedTeam reads every testdata/redteam/*.jsonl file, decodes each event
// with the wire decoder and checks the format's invariants.
func loadRedTeam(t testing.TB) []redTeamCase {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "redteam", "*.jsonl"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no red-team files: %v", err)
	}
	sort.Strings(paths)
	var (
		dec      schemas.Decoder
		out      []redTeamCase
		eventIDs = map[string]bool{}
		msgIDs   = map[string]bool{}
		convDone = map[string]bool{}
		lastConv string
		lastAt   = map[string]string{}
	)
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := 0
		for sc.Scan() {
			n++
			if len(strings.TrimSpace(sc.Text())) == 0 {
				continue
			}
			var c redTeamCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", p, n, err)
			}
			ev, err := dec.Decode(c.Event)
			if err != nil {
				t.Fatalf("%s:%d: event: %v", p, n, err)
			}
			m, ok := ev.(*schemas.Message)
			if !ok {
				t.Fatalf("%s:%d: not a message.v1 event", p, n)
			}
			c.msg, c.file, c.line = m, filepath.Base(p), n
			switch {
			case eventIDs[m.EventID]:
				t.Fatalf("%s:%d: duplicate event_id %s", p, n, m.EventID)
			case msgIDs[m.MessageID]:
				t.Fatalf("%s:%d: duplicate message_id %s", p, n, m.MessageID)
			case m.ConversationID != lastConv && convDone[m.ConversationID]:
				t.Fatalf("%s:%d: conversation %s is not contiguous", p, n, m.ConversationID)
			case m.Sender == schemas.SenderBuyer && len(c.Expect) > 0:
				t.Fatalf("%s:%d: a buyer message labelled %v", p, n, c.Expect)
			case c.Family == "" || c.Lang == "":
				t.Fatalf("%s:%d: family and lang are required", p, n)
			}
			at := m.SentAt.Format("2006-01-02T15:04:05Z07:00")
			if prev, ok := lastAt[m.ConversationID]; ok && at < prev {
				t.Fatalf("%s:%d: sent_at goes back in conversation %s", p, n, m.ConversationID)
			}
			lastAt[m.ConversationID] = at
			if lastConv != "" && lastConv != m.ConversationID {
				convDone[lastConv] = true
			}
			lastConv = m.ConversationID
			eventIDs[m.EventID], msgIDs[m.MessageID] = true, true
			out = append(out, c)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// tally counts true positives, false positives and false negatives.
type tally struct{ tp, fp, fn, n int }

func (s tally) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s tally) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// verdict is the detector's answer on one labelled seller message.
type verdict struct {
	c    *redTeamCase
	got  []string
	desc []string
}

// runRedTeam runs every conversation in order through one detector and
// returns a verdict for each seller message.
func runRedTeam(t testing.TB, d *message.Detector, cases []redTeamCase) []verdict {
	t.Helper()
	convs := map[string]*message.Conversation{}
	var out []verdict
	var buf []schemas.Finding
	for i := range cases {
		c := &cases[i]
		conv := convs[c.msg.ConversationID]
		if conv == nil {
			conv = &message.Conversation{}
			convs[c.msg.ConversationID] = conv
		}
		var err error
		buf, err = d.DetectMessage(c.msg, conv, buf[:0])
		if err != nil {
			t.Fatalf("%s:%d: %v", c.file, c.line, err)
		}
		if c.msg.Sender != schemas.SenderSeller {
			if len(buf) > 0 {
				t.Errorf("%s:%d: finding on a buyer message: %+v", c.file, c.line, buf)
			}
			continue
		}
		v := verdict{c: c}
		for _, f := range buf {
			if !slices.Contains(v.got, f.Violation) {
				v.got = append(v.got, f.Violation)
			}
			v.desc = append(v.desc, fmt.Sprintf("%s/%s %.2f", f.Violation, f.Rule, f.Confidence))
		}
		out = append(out, v)
	}
	return out
}

// score tallies one verdict for one code; ok reports whether the verdict is right for it.
func (v verdict) score(code string) (s tally, ok bool) {
	want := slices.Contains(v.c.Expect, code)
	got := slices.Contains(v.got, code)
	allowed := slices.Contains(v.c.Allow, code)
	if want {
		s.n = 1
	}
	switch {
	case want && got:
		s.tp = 1
	case want:
		s.fn = 1
	case got && !allowed:
		s.fp = 1
	}
	return s, !(s.fn+s.fp > 0)
}

func (s *tally) add(o tally) { s.tp += o.tp; s.fp += o.fp; s.fn += o.fn; s.n += o.n }

// groupTable renders P/R per group over both message codes.
func groupTable(title string, verdicts []verdict, key func(verdict) string) string {
	groups := map[string]*tally{}
	msgs := map[string]int{}
	for _, v := range verdicts {
		k := key(v)
		if groups[k] == nil {
			groups[k] = &tally{}
		}
		msgs[k]++
		for _, code := range messageCodes {
			s, _ := v.score(code)
			groups[k].add(s)
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s %5s %5s %5s %5s %6s %6s\n", title, "msgs", "pos", "fp", "fn", "P", "R")
	for _, k := range keys {
		s := groups[k]
		fmt.Fprintf(&b, "%-28s %5d %5d %5d %5d %6.3f %6.3f\n", k, msgs[k], s.n, s.fp, s.fn, s.precision(), s.recall())
	}
	return b.String()
}

func TestRedTeam(t *testing.T) {
	cases := loadRedTeam(t)
	verdicts := runRedTeam(t, newDetector(t), cases)

	perCode := map[string]*tally{}
	for _, code := range messageCodes {
		perCode[code] = &tally{}
	}
	var wrong []string
	for _, v := range verdicts {
		bad := false
		for _, code := range messageCodes {
			s, ok := v.score(code)
			perCode[code].add(s)
			bad = bad || !ok
		}
		if bad {
			kind := "false alarm"
			if len(v.c.Expect) > 0 {
				kind = "miss"
			}
			wrong = append(wrong, fmt.Sprintf("%-11s %s:%d %s [%s/%s] expect=%v got=%v\n             %q",
				kind, v.c.file, v.c.line, v.c.msg.MessageID, v.c.Family, v.c.Lang, v.c.Expect, v.desc, v.c.msg.Text))
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "red-team set: %d seller messages\n%-28s %5s %5s %5s %6s %6s\n", len(verdicts), "code", "pos", "fp", "fn", "P", "R")
	for _, code := range messageCodes {
		s := perCode[code]
		fmt.Fprintf(&b, "%-28s %5d %5d %5d %6.3f %6.3f\n", code, s.n, s.fp, s.fn, s.precision(), s.recall())
	}
	t.Logf("\n%s", b.String())
	t.Logf("\n%s", groupTable("lang", verdicts, func(v verdict) string { return v.c.Lang }))
	t.Logf("\n%s", groupTable("family", verdicts, func(v verdict) string { return v.c.Family }))
	if testing.Verbose() {
		t.Logf("%d wrong:\n%s", len(wrong), strings.Join(wrong, "\n"))
	}

	// The targets for both red-team sets.
	for _, code := range messageCodes {
		s := perCode[code]
		if p := s.precision(); p < 0.95 {
			t.Errorf("%s precision %.3f < 0.95", code, p)
		}
		if r := s.recall(); r < 0.90 {
			t.Errorf("%s recall %.3f < 0.90", code, r)
		}
	}
}
