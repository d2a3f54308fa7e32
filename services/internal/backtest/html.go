package backtest

import (
	"bytes"
	_ "embed" // the report template
	"fmt"
	"html/template"
	"io"

	"github.com/haili/haili/detectors/ladder"
)

//go:embed report.html.tmpl
var reportTemplate string

var reportHTML = template.Must(template.New("report").Funcs(template.FuncMap{
	"mark":    changeMark,
	"dash":    orDash,
	"time":    fmtTime,
	"outcome": fmtOutcome,
	"total":   total,
}).Parse(reportTemplate))

// barRow is one code's pair of bars: baseline and candidate.
type barRow struct {
	Code       string
	Base, Cand int
	BaseW      float64 // bar widths in the SVG's units
	CandW      float64
	BaseX      float64 // where the counts are written
	CandX      float64
	Y          int // the top of the row
	TextY      int
	BaseY      int
	CandRectY  int
	CandY      int
}

// barChart is an inline SVG of paired bars, drawn like the console's charts.
type barChart struct {
	Rows   []barRow
	Height int
}

const (
	barRowHeight = 34
	barLeft      = 190
	barMaxWidth  = 330
)

func chart(base, cand map[string]int, order []string) barChart {
	codes := unionCodes(base, cand, order)
	top := 1
	for _, c := range codes {
		top = max(top, base[c], cand[c])
	}
	ch := barChart{Height: len(codes)*barRowHeight + 6}
	for i, c := range codes {
		y := i*barRowHeight + 3
		r := barRow{
			Code: c, Base: base[c], Cand: cand[c], Y: y, TextY: y + 19, BaseY: y + 11, CandRectY: y + 15, CandY: y + 26,
			BaseW: max(1, float64(barMaxWidth)*float64(base[c])/float64(top)),
			CandW: max(1, float64(barMaxWidth)*float64(cand[c])/float64(top)),
		}
		r.BaseX, r.CandX = barLeft+r.BaseW+4, barLeft+r.CandW+4
		ch.Rows = append(ch.Rows, r)
	}
	return ch
}

// WriteHTML writes the report as one self-contained HTML page (inline CSS
// and SVG, no script, nothing fetched): the findings and actions of both
// policies as paired bars, gains and losses per category and code, the
// merchants whose outcome changes and every changed finding.
func WriteHTML(w io.Writer, r *Report) error {
	data := struct {
		*Report
		FindingsChart, ActionsChart barChart
	}{
		Report:        r,
		FindingsChart: chart(r.Baseline.Findings, r.Candidate.Findings, nil),
		ActionsChart:  chart(r.Baseline.Actions, r.Candidate.Actions, ladder.Codes),
	}
	var buf bytes.Buffer
	if err := reportHTML.Execute(&buf, data); err != nil {
		return fmt.Errorf("backtest: html report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
