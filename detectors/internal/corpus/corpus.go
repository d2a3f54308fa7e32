// Package corpus loads the labelled evaluation corpus (../shared/corpus beside
// the repository) and scores findings against its labels the way the corpus's
// score.py does: a finding is a true positive where its code is expected for the
// subject, neutral where allowed, a false positive otherwise.
package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/schemas"
)

// Label is one line of labels.jsonl.
type Label struct {
	Subject   string   `json:"subject"`
	SubjectID string   `json:"subject_id"`
	Expect    []string `json:"expect"`
	Allow     []string `json:"allow"`
	Note      string   `json:"note"`
}

// Corpus is the decoded corpus.
type Corpus struct {
	Dir    string
	Raw    [][]byte        // events.jsonl lines, in order
	Events []schemas.Event // decoded, in order
	Labels map[string]Label
}

// Dir finds the corpus: $HAILI_CORPUS, else shared/corpus in an ancestor of the
// working directory (the repository sits beside shared/).
func Dir() (string, error) {
	if d := os.Getenv("HAILI_CORPUS"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "shared", "corpus")
		if _, err := os.Stat(filepath.Join(c, "events.jsonl")); err == nil {
			return c, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("corpus: shared/corpus not found above " + wd + " (set HAILI_CORPUS)")
		}
	}
}

// Load reads and decodes the shared corpus.
func Load() (*Corpus, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	return LoadDir(dir)
}

// LoadDir reads and decodes a corpus in the shared corpus's format
// (events.jsonl and labels.jsonl) from dir.
func LoadDir(dir string) (*Corpus, error) {
	c := &Corpus{Dir: dir, Labels: map[string]Label{}}
	var dec schemas.Decoder
	err := eachLine(filepath.Join(dir, "events.jsonl"), func(n int, line []byte) error {
		ev, err := dec.Decode(line)
		if err != nil {
			return fmt.Errorf("events.jsonl:%d: %w", n, err)
		}
		c.Raw = append(c.Raw, bytes.Clone(line))
		c.Events = append(c.Events, ev)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(dir, "labels.jsonl"), func(n int, line []byte) error {
		var l Label
		if err := json.Unmarshal(line, &l); err != nil {
			return fmt.Errorf("labels.jsonl:%d: %w", n, err)
		}
		c.Labels[l.SubjectID] = l
		return nil
	})
	return c, err
}

func eachLine(path string, fn func(n int, line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(n, sc.Bytes()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Score is the per-code outcome of scoring findings against the labels.
type Score struct {
	TP, FP, FN map[string]int
	Misses     []string // "subject_id code"
	Falses     []string
}

// Precision of code (1 when nothing was reported).
func (s *Score) Precision(code string) float64 {
	if s.TP[code]+s.FP[code] == 0 {
		return 1
	}
	return float64(s.TP[code]) / float64(s.TP[code]+s.FP[code])
}

// Recall of code (1 when nothing was expected).
func (s *Score) Recall(code string) float64 {
	if s.TP[code]+s.FN[code] == 0 {
		return 1
	}
	return float64(s.TP[code]) / float64(s.TP[code]+s.FN[code])
}

// Table prints the per-code table, like score.py.
func (s *Score) Table(codes []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s %4s %4s %4s %7s %7s\n", "code", "tp", "fp", "fn", "prec", "recall")
	for _, c := range codes {
		fmt.Fprintf(&b, "%-26s %4d %4d %4d %7.3f %7.3f\n", c, s.TP[c], s.FP[c], s.FN[c], s.Precision(c), s.Recall(c))
	}
	return b.String()
}

// ScoreFindings scores findings whose subject is one the corpus labels (listing,
// order, message). Findings on other subjects (merchant-level findings from
// verified complaints) are not the corpus's to judge and are left out.
func (c *Corpus) ScoreFindings(findings []schemas.Finding) *Score {
	found := map[string]map[string]bool{}
	for _, f := range findings {
		switch f.Subject {
		case schemas.SubjectListing, schemas.SubjectOrder, schemas.SubjectMessage:
		default:
			continue
		}
		if found[f.SubjectID] == nil {
			found[f.SubjectID] = map[string]bool{}
		}
		found[f.SubjectID][f.Violation] = true
	}
	s := &Score{TP: map[string]int{}, FP: map[string]int{}, FN: map[string]int{}}
	ids := make([]string, 0, len(c.Labels))
	for id := range c.Labels {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		l := c.Labels[id]
		got := found[id]
		ok := map[string]bool{}
		for _, code := range l.Expect {
			ok[code] = true
			if got[code] {
				s.TP[code]++
			} else {
				s.FN[code]++
				s.Misses = append(s.Misses, id+" "+code+"  ("+l.Note+")")
			}
		}
		for _, code := range l.Allow {
			ok[code] = true
		}
		for code := range got {
			if !ok[code] {
				s.FP[code]++
				s.Falses = append(s.Falses, id+" "+code+"  ("+l.Note+")")
			}
		}
	}
	for id, codes := range found {
		if _, labelled := c.Labels[id]; !labelled {
			for code := range codes {
				s.FP[code]++
				s.Falses = append(s.Falses, id+" "+code+"  (no label)")
			}
		}
	}
	sort.Strings(s.Falses)
	return s
}

// Market is the market reference "haili scan" builds before detecting: every
// upserted listing of the corpus observed.
func (c *Corpus) Market() *market.Reference {
	b := market.NewBuilder()
	for _, ev := range c.Events {
		if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
			b.Observe(l)
		}
	}
	return b.Snapshot()
}
