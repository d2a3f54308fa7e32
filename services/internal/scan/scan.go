// Package scan is `haili scan`: JSON-lines events in, one finding per line out,
// with no servers. Merchants run it as a self-check; governance teams run it to
// evaluate detectors on a labelled corpus. It calls the same Engine as the
// pipeline workers.
package scan

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
)

// ErrFindings is returned with FailOnFindings when anything was found.
var ErrFindings = errors.New("findings reported")

// Options configure one scan.
type Options struct {
	Files []string // none means stdin
	// Market, when set, is the market reference to judge against; otherwise
	// the scan builds one from its own listings first (two passes).
	Market         *market.Reference
	MaxEventBytes  int
	FailOnFindings bool
	// Now stamps detected_at; zero means the current time.
	Now time.Time
}

// Summary is what a scan did.
type Summary struct {
	Lines, Events, BadLines, Findings int
	ByCode                            map[string]int
	BySchema                          map[string]int
	MarketListings                    int
	// Market is the reference the scan judged against.
	Market  *market.Reference
	Elapsed time.Duration
}

// source is one input: a file that can be read twice, or stdin buffered once.
type source struct {
	name  string
	open  func() (io.ReadCloser, error)
	lines []numberedLine // stdin, buffered for the second pass
}

type numberedLine struct {
	n    int
	line []byte
}

// Run scans the inputs, writing findings to out and bad-line reports to errw.
func Run(ctx context.Context, engine *detectors.Engine, opts Options, stdin io.Reader, out, errw io.Writer) (*Summary, error) {
	start := time.Now()
	sum := &Summary{ByCode: map[string]int{}, BySchema: map[string]int{}}
	var srcs []*source
	if len(opts.Files) == 0 {
		src := &source{name: "stdin"}
		err := EachLine(stdin, func(n int, line []byte) error {
			src.lines = append(src.lines, numberedLine{n, append([]byte(nil), line...)})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		srcs = append(srcs, src)
	}
	for _, f := range opts.Files {
		name := f
		if _, err := os.Stat(name); err != nil {
			return nil, err
		}
		srcs = append(srcs, &source{name: name, open: func() (io.ReadCloser, error) { return os.Open(name) }})
	}
	dec := schemas.Decoder{MaxBytes: opts.MaxEventBytes}

	ref := opts.Market
	if ref == nil {
		b := market.NewBuilder()
		err := each(srcs, func(_ string, _ int, line []byte) error {
			if ev, err := dec.Decode(line); err == nil {
				if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
					b.Observe(l)
					sum.MarketListings++
				}
			}
			return ctx.Err()
		})
		if err != nil {
			return nil, err
		}
		ref = b.Snapshot()
	}

	sum.Market = ref
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	now = schemas.Stamp(now)
	w := bufio.NewWriterSize(out, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	convs := map[string]*message.Conversation{}
	err := each(srcs, func(name string, n int, line []byte) error {
		sum.Lines++
		ev, err := dec.Decode(line)
		if err != nil {
			sum.BadLines++
			fmt.Fprintf(errw, "%s:%d: %v\n", name, n, err)
			return ctx.Err()
		}
		sum.Events++
		sum.BySchema[ev.SchemaName()]++
		dctx := detectors.Context{Market: ref}
		if m, ok := ev.(*schemas.Message); ok {
			conv := convs[m.ConversationID]
			if conv == nil {
				conv = &message.Conversation{}
				convs[m.ConversationID] = conv
			}
			dctx.Conversation = conv
		}
		res, err := engine.Detect(ev, dctx)
		if err != nil {
			sum.BadLines++
			fmt.Fprintf(errw, "%s:%d: %v\n", name, n, err)
			return ctx.Err()
		}
		for i := range res.Findings {
			f := &res.Findings[i]
			f.DetectedAt = now
			if err := enc.Encode(f); err != nil {
				return fmt.Errorf("write finding: %w", err)
			}
			sum.Findings++
			sum.ByCode[f.Violation]++
		}
		return ctx.Err()
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write findings: %w", ferr)
	}
	sum.Elapsed = time.Since(start)
	if err != nil {
		return sum, err
	}
	if opts.FailOnFindings && sum.Findings > 0 {
		return sum, ErrFindings
	}
	return sum, nil
}

// String renders the summary for stderr.
func (s *Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "scanned %d lines: %d events, %d bad lines, %d findings in %s\n",
		s.Lines, s.Events, s.BadLines, s.Findings, s.Elapsed.Round(time.Millisecond))
	if s.BadLines > 0 {
		fmt.Fprintf(&b, "FAILED: %d lines could not be read (reported above); the scan exits 1\n", s.BadLines)
	}
	if s.MarketListings > 0 {
		fmt.Fprintf(&b, "market reference built from %d listings of the input\n", s.MarketListings)
	}
	codes := make([]string, 0, len(s.ByCode))
	for c := range s.ByCode {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Fprintf(&b, "  %-26s %d\n", c, s.ByCode[c])
	}
	return b.String()
}

func each(srcs []*source, fn func(name string, n int, line []byte) error) error {
	for _, src := range srcs {
		if src.open == nil {
			for _, l := range src.lines {
				if err := fn(src.name, l.n, l.line); err != nil {
					return err
				}
			}
			continue
		}
		r, err := src.open()
		if err != nil {
			return err
		}
		err = EachLine(r, func(n int, line []byte) error { return fn(src.name, n, line) })
		r.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", src.name, err)
		}
	}
	return nil
}

// maxLineBytes caps what is kept of one line: an over-long line is still read
// to its end (so numbering stays right) and reported as oversized by the decoder.
const maxLineBytes = 64 << 20

// EachLine calls fn for every non-blank line, numbering lines from 1.
func EachLine(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var long []byte
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long[:0], line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				if len(long) <= maxLineBytes {
					long = append(long, line[:min(len(line), maxLineBytes+1-len(long))]...)
				}
			}
			line = long
		}
		if trimmed := trimEOL(line); len(trimmed) > 0 {
			if ferr := fn(n, trimmed); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func trimEOL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
