package message

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/haili/haili/detectors/internal/corpus"
	"github.com/haili/haili/schemas"
)

// gateTexts are the texts the Unicode gate is checked on: every message of
// the corpus, the holdout and the red-team set, every lexicon phrase and
// spoken digit word alone and inside clean sentences of the supported
// languages, and disguised forms of each (the variants the normaliser and
// foldJoins undo).
func gateTexts(t *testing.T) (texts []string, real int) {
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
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			Event struct {
				Text string `json:"text"`
			} `json:"event"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, line.Event.Text)
	}
	real = len(texts)

	var words []string
	for _, e := range append(lexiconEntries(), intentLexicon...) {
		words = append(words, e.phrases...)
	}
	for _, ws := range spokenDigitWords {
		words = append(words, ws...)
		// a number spoken digit by digit
		var b strings.Builder
		for k := 0; k < 8; k++ {
			b.WriteString(ws[k%len(ws)])
			b.WriteByte(' ')
		}
		words = append(words, b.String())
	}
	for w := range multiplierWords {
		words = append(words, w)
	}
	carriers := []string{
		"%s",
		"Срок поставки %s 417 дней после оплаты.",
		"有现货，%s，817件起订。",
		"O prazo é de 10 dias, %s obrigado.",
		"¿Cuál es el precio %s para 51 unidades?",
		"السعر 14.5 دولار %s للزوج",
		"Le délai est de %s 12 jours.",
	}
	for _, w := range words {
		for _, v := range disguises(w) {
			for _, c := range carriers {
				texts = append(texts, strings.Replace(c, "%s", v, 1))
			}
		}
	}
	return texts, real
}

// disguises returns w and forms of it the normaliser or foldJoins undo.
func disguises(w string) []string {
	out := []string{w, strings.ToUpper(w)}
	var zw, fw, cy, sp, dot strings.Builder
	conf := map[rune]rune{'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і'}
	for i, r := range w {
		if i > 0 {
			zw.WriteRune(0x200B)
			sp.WriteByte(' ')
			dot.WriteByte('.')
		}
		zw.WriteRune(r)
		sp.WriteRune(r)
		dot.WriteRune(r)
		switch {
		case r >= '!' && r <= '~':
			fw.WriteRune(r - '!' + 0xFF01)
		default:
			fw.WriteRune(r)
		}
		if c, ok := conf[r]; ok {
			cy.WriteRune(c)
		} else {
			cy.WriteRune(r)
		}
	}
	return append(out, zw.String(), fw.String(), cy.String(), sp.String(), dot.String())
}

// TestUnicodeGateConservative checks that a message the gate stops yields
// exactly what the full analysis yields — no finding, the same conversation
// state after it — for sellers and buyers, with no context and after a buyer
// asked for contact and for Trade Assurance.
func TestUnicodeGateConservative(t *testing.T) {
	gated := testDetector(t)
	full := testDetector(t)
	full.noUnicodeGate = true
	texts, real := gateTexts(t)
	t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	stopped, flagged := 0, 0
	for i, text := range texts {
		if testing.Short() && i >= real && i%5 != 0 {
			continue // -short: every message, a fifth of the generated texts
		}
		for _, sender := range []string{schemas.SenderSeller, schemas.SenderBuyer} {
			m := &schemas.Message{Sender: sender, Text: text, OrderStage: schemas.StageNone, SentAt: t0.Add(time.Minute)}
			c1, c2 := &Conversation{}, &Conversation{}
			f1, err1 := full.DetectMessage(m, c1, nil)
			f2, err2 := gated.DetectMessage(m, c2, nil)
			if len(f1) > 0 {
				flagged++
			}
			if !gatePasses(text) {
				stopped++
			}
			j1, _ := json.Marshal(f1)
			j2, _ := json.Marshal(f2)
			if string(j1) != string(j2) || !reflect.DeepEqual(c1, c2) || (err1 == nil) != (err2 == nil) {
				t.Errorf("%s %q: gate changes the result:\nfull  %s %+v\ngated %s %+v", sender, text, j1, c1, j2, c2)
			}
		}
	}
	t.Logf("%d texts, %d flagged by the full analysis, %d stopped by the gates", len(texts), flagged, stopped)
}

// gatePasses reports whether text passes both prefilters (goes to analysis).
func gatePasses(text string) bool {
	if !needsAnalysis(text) {
		return false
	}
	if isASCII(text) {
		return true
	}
	sc := new(scratch)
	return !sc.cleanUnicode(sc.lex(text))
}

// TestUnicodeGatePassesLexicon checks the gate on its own: every lexicon
// phrase outside gateInertCats, and its forms the normaliser folds back to it
// (case, zero-width characters, full-width and look-alike letters), inside
// clean sentences, goes to the full analysis. (Spaced and dotted forms are
// folded only when they spell a channel name; TestUnicodeGateConservative
// covers them against the full analysis.)
func TestUnicodeGatePassesLexicon(t *testing.T) {
	n := 0
	sc := new(scratch)
	for _, e := range append(lexiconEntries(), intentLexicon...) {
		if e.cats&^gateInertCats == 0 && e.ch == 0 {
			continue
		}
		for _, p := range e.phrases {
			normalize(p, sc)
			want := string(sc.norm)
			for _, v := range disguises(p)[:5] {
				if normalize(v, sc); string(sc.norm) != want {
					continue // a form the normaliser does not fold (upper-case "YAZIN" for "yazın")
				}
				// In non-ASCII sentences: ASCII text alone is the ASCII
				// prefilter's (TestPrefilterIsSafe).
				for _, text := range []string{"Срок поставки " + v + " 417 дней.", "有现货，" + v + "，817件起订。"} {
					n++
					if !gatePasses(text) {
						t.Errorf("gate stops lexicon phrase %q (cats %x) in %q", p, e.cats, text)
					}
				}
			}
		}
	}
	t.Logf("%d texts", n)
}

// TestUnicodeGateStopsCleanText shows what the gate is for: clean messages
// in the supported languages stop before the full analysis.
func TestUnicodeGateStopsCleanText(t *testing.T) {
	for _, text := range []string{
		"Срок поставки 417 дней после оплаты.",
		"有现货，817件起订，776天内发货。",
		"O prazo é de 101 dias úteis.",
		"¿Cuál es el precio para 51 unidades?",
		"Le délai est de 699 jours ouvrables.",
		"这个产品有现货吗？",
		"Какой срок поставки?",
	} {
		if gatePasses(text) {
			t.Errorf("gate sends %q to the full analysis", text)
		}
	}
	for _, text := range []string{
		"Добавьте мой вотсап",
		"加我微信",
		"Siparişi platformun Ticaret Güvencesi ile vermek istiyorum.",
		"Có cách nào khác liên hệ với bạn ngoài nền tảng không?",
		"Мой номер 138 1234 5678",
		"电话：一三八一二三四五六七八",
	} {
		if !gatePasses(text) {
			t.Errorf("gate stops %q", text)
		}
	}
}
