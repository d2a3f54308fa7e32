// Package retry is the one retry-with-backoff loop of the services: a failed
// operation is tried again after a pause that doubles up to a maximum, until
// it succeeds or its context ends.
package retry

import (
	"context"
	"errors"
	"time"
)

// Backoff paces retries: the first pause is Initial, each next one twice the
// last, up to Max.
type Backoff struct {
	Initial, Max time.Duration
}

// Validate checks the backoff.
func (b Backoff) Validate() error {
	if b.Initial <= 0 || b.Max < b.Initial {
		return errors.New("retry backoff must be positive and not above its maximum")
	}
	return nil
}

// Do calls op until it returns nil or ctx ends. After each failure it calls
// onRetry (when not nil) with the error and the pause about to be taken, then
// waits. When ctx ends, Do returns op's last error (nil only if op never
// ran), so a caller can tell what kept failing.
func Do(ctx context.Context, b Backoff, op func() error, onRetry func(err error, pause time.Duration)) error {
	pause := b.Initial
	for {
		err := op()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		if onRetry != nil {
			onRetry(err, pause)
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		pause = min(2*pause, b.Max)
	}
}
