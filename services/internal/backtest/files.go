package backtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/scan"
)

// FileOptions configure a backtest over JSON-lines event files.
type FileOptions struct {
	// Files are read twice (the market reference first, as scan does); none
	// means Stdin, held in memory for the second pass.
	Files []string
	Stdin io.Reader
	// Market, when set, is the reference to judge against; otherwise it is
	// built from the input's listings first.
	Market        *market.Reference
	MaxEventBytes int
	// Now is when the ladders run to; zero means the latest event time.
	Now time.Time
	// Progress, when set, is told how far the judging is.
	Progress func(Progress)
}

// RunFiles backtests candidate against baseline over event files, in file
// order (the order scan judges them in).
func RunFiles(ctx context.Context, baseline, candidate *policy.Policy, opts FileOptions) (*Report, error) {
	type line struct {
		n    int
		data []byte
	}
	var stdin []line
	if len(opts.Files) == 0 {
		if opts.Stdin == nil {
			return nil, errors.New("backtest: no input")
		}
		err := scan.EachLine(opts.Stdin, func(n int, b []byte) error {
			stdin = append(stdin, line{n, bytes.Clone(b)})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("backtest: read stdin: %w", err)
		}
	}
	each := func(fn func(where func() string, data []byte) error) error {
		if len(opts.Files) == 0 {
			for _, l := range stdin {
				if err := fn(func() string { return fmt.Sprintf("stdin:%d", l.n) }, l.data); err != nil {
					return err
				}
			}
			return nil
		}
		for _, name := range opts.Files {
			f, err := os.Open(name)
			if err != nil {
				return fmt.Errorf("backtest: %w", err)
			}
			err = scan.EachLine(f, func(n int, b []byte) error {
				return fn(func() string { return fmt.Sprintf("%s:%d", name, n) }, b)
			})
			f.Close()
			if err != nil {
				return fmt.Errorf("backtest: %s: %w", name, err)
			}
		}
		return nil
	}
	dec := schemas.Decoder{MaxBytes: opts.MaxEventBytes}
	ref := opts.Market
	total := 0
	if ref == nil || opts.Progress != nil {
		b := market.NewBuilder()
		err := each(func(_ func() string, data []byte) error {
			total++
			if ref == nil {
				if ev, err := dec.Decode(data); err == nil {
					if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
						b.Observe(l)
					}
				}
			}
			return ctx.Err()
		})
		if err != nil {
			return nil, err
		}
		if ref == nil {
			ref = b.Snapshot()
		}
	}
	j, err := NewJudge(baseline, candidate, ref)
	if err != nil {
		return nil, err
	}
	prog := NewTicker(opts.Progress, total)
	err = each(func(where func() string, data []byte) error {
		ev, err := dec.Decode(data)
		if err != nil {
			j.Bad(where(), err)
		} else {
			j.Add(ev, where())
		}
		prog.Tick()
		return ctx.Err()
	})
	if err != nil {
		return nil, err
	}
	prog.Finish()
	now := opts.Now
	if now.IsZero() {
		now = j.Latest()
	}
	return j.Report(schemas.Stamp(now))
}
