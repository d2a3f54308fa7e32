package message

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/schemas"
)

// asciiFold spells p as a writer without diacritics would: the normaliser's
// own folding (accents dropped, lower case), or "" when that is not ASCII
// (a script the ASCII prefilter never stops).
func asciiFold(sc *scratch, p string) string {
	normalize(p, sc)
	if s := string(sc.norm); isASCII(s) {
		return s
	}
	return ""
}

// prefilterFrames are sentences of several languages, typed without
// diacritics, that carry a phrase.
var prefilterFrames = []string{
	"%s",
	"%s?",
	"Hello, %s please.",
	"Can we do %s for the order?",
	"Yes we can, %s is fine.",
	"Kann ich mit %s bestellen?",
	"Siparisi %s ile vermek istiyorum.",
	"Co the %s khong?",
	"Se puede %s por favor?",
	"Bisa %s ya kak?",
	"Price %s is 12 USD, T/T 10 USD.",
	"%s +3%",
}

// TestPrefilterPassesLexicon checks that every lexicon phrase that counts by
// itself (phraseRole: roleKey), in every language, as written and folded to
// ASCII as a writer without diacritics types it, alone and inside sentences,
// goes past the prefilter; and that a place word and a comfort word together
// do.
func TestPrefilterPassesLexicon(t *testing.T) {
	sc := new(scratch)
	n := 0
	byRole := map[uint8][]string{}
	var ambiguous []string
	for _, e := range slices.Concat(lexiconEntries(), intentLexicon) {
		role := phraseRole(e)
		for _, p := range e.phrases {
			a := asciiFold(sc, p)
			if a == "" || role == 0 {
				continue
			}
			if role != roleKey {
				byRole[role] = append(byRole[role], a)
				continue
			}
			if _, ok := phraseKey(sc, a); !ok && !needsAnalysis(a) {
				ambiguous = append(ambiguous, p)
				continue // common words only (phraseKey)
			}
			for _, v := range []string{p, a, strings.ToUpper(a), strings.ToUpper(a[:1]) + a[1:]} {
				for _, f := range prefilterFrames {
					text := strings.Replace(f, "%s", v, 1)
					n++
					if isASCII(text) && !needsAnalysis(text) {
						t.Errorf("prefilter stops lexicon phrase %q (cats %x) in %q", p, uint64(e.cats), text)
					}
				}
			}
		}
	}
	// A word of a paired role triggers with any word of the other half, or
	// with a figure.
	byRole[roleFigure] = []string{"12", "3%"}
	for role, ps := range byRole {
		for other, qs := range byRole {
			if role&other != 0 || !pairTriggers(role|other) {
				continue
			}
			for i, p := range ps {
				text := "Can we talk " + p + ", " + qs[i%len(qs)] + "?"
				n++
				if !needsAnalysis(text) {
					t.Errorf("prefilter stops a pair: %q", text)
				}
			}
		}
	}
	t.Logf("%d texts; not keyed, common words only: %q", n, ambiguous)
}

// TestPrefilterStopsCleanEnglish shows the derived triggers keep product talk
// on the fast path.
func TestPrefilterStopsCleanEnglish(t *testing.T) {
	for _, text := range []string{
		"Please place the order and we will ship it soon.",
		"Can you add 2 more pcs of the red one?",
		"Let's talk about the price for 500 pcs.",
		"We can find a better packing for you.",
		"Our shop has this model in stock.",
	} {
		if needsAnalysis(text) {
			t.Errorf("needsAnalysis(%q) = true, want false", text)
		}
	}
}

// prefilterTexts are the messages of the corpus, the holdout and the
// red-team set with case and punctuation variants and their spelling without
// diacritics, and every lexicon phrase folded to ASCII inside sentence
// frames.
func prefilterTexts(t *testing.T) (texts []string, real int) {
	t.Helper()
	for _, dir := range []string{"", filepath.Join("..", "testdata", "holdout")} {
		var c *corpus.Corpus
		var err error
		if dir == "" {
			c, err = corpus.Load()
		} else {
			c, err = corpus.LoadDir(dir)
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range c.Events {
			if m, ok := ev.(*schemas.Message); ok {
				texts = append(texts, m.Text)
			}
		}
	}
	f, err := os.Open(filepath.Join("testdata", "redteam", "redteam.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	s.Buffer(nil, 1<<20)
	for s.Scan() {
		var line struct {
			Event struct {
				Text string `json:"text"`
			} `json:"event"`
		}
		if err := json.Unmarshal(s.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, line.Event.Text)
	}
	real = len(texts)
	var variants []string
	for _, text := range texts {
		variants = append(variants, strings.ToUpper(text), strings.ReplaceAll(text, ",", ""))
		if s := stripDiacritics(text); s != text && isASCII(s) {
			variants = append(variants, s) // the same message typed without diacritics
		}
	}
	texts = append(texts, variants...)
	sc := new(scratch)
	for _, e := range slices.Concat(lexiconEntries(), intentLexicon) {
		for _, p := range e.phrases {
			a := asciiFold(sc, p)
			if a == "" {
				continue
			}
			for _, f := range prefilterFrames {
				texts = append(texts, strings.Replace(f, "%s", a, 1))
			}
			// Disguised: letters spaced or dotted, a symbol inside.
			sp, dot := strings.Join(strings.Split(a, ""), " "), strings.Join(strings.Split(a, ""), ".")
			texts = append(texts, "Add me "+sp+" please", "Add me "+dot+" please", a[:len(a)/2]+"*"+a[len(a)/2:]+" ok")
		}
	}
	return texts, real
}

// TestPrefilterConservative checks that a message the prefilter stops yields
// exactly what the full analysis yields — no finding, the same conversation
// state after it — for merchants and buyers.
func TestPrefilterConservative(t *testing.T) {
	pre := testDetector(t)
	full := testDetector(t)
	full.noPrefilter = true
	texts, real := prefilterTexts(t)
	t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	stopped := 0
	for i, text := range texts {
		if testing.Short() && i >= real && i%4 != 0 {
			continue // -short: every message, a quarter of the generated texts
		}
		if needsAnalysis(text) || intentCue(text) {
			continue
		}
		stopped++
		for _, sender := range []string{schemas.SenderSeller, schemas.SenderBuyer} {
			m := &schemas.Message{Sender: sender, Text: text, OrderStage: schemas.StageNone, SentAt: t0}
			c1, c2 := &Conversation{}, &Conversation{}
			f1, err1 := full.DetectMessage(m, c1, nil)
			f2, err2 := pre.DetectMessage(m, c2, nil)
			j1, _ := json.Marshal(f1)
			j2, _ := json.Marshal(f2)
			if string(j1) != string(j2) || !reflect.DeepEqual(c1, c2) || (err1 == nil) != (err2 == nil) {
				t.Errorf("%s %q: the prefilter changes the result:\nfull      %s %+v\nprefilter %s %+v", sender, text, j1, c1, j2, c2)
			}
		}
	}
	t.Logf("%d texts, %d stopped by the prefilter", len(texts), stopped)
}
