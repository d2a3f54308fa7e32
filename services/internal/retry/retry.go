// Package retry is the one retry-with-backoff loop of the services: a failed
// operation is tried again after a pause that doubles up to a maximum, until
// it succeeds, fails permanently or its context ends.
//
// Errors are transient unless marked Permanent (as the OpenTelemetry
// Collector's consumererror does): a transient error (a server down, a
// timeout under load) may pass if tried again; a permanent one (a value the
// database refuses) never will, and retrying it would stall a worker for
// ever.
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

// permanent marks an error that retrying cannot cure.
type permanent struct{ err error }

func (p permanent) Error() string { return "permanent: " + p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks err as one that trying again cannot cure; nil stays nil.
func Permanent(err error) error {
	if err == nil || IsPermanent(err) {
		return err
	}
	return permanent{err}
}

// IsPermanent reports whether err, or an error it wraps, was marked Permanent.
func IsPermanent(err error) bool {
	var p permanent
	return errors.As(err, &p)
}

// Do calls op until it returns nil, a Permanent error or ctx ends. After each failure it calls
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
		if ctx.Err() != nil || IsPermanent(err) {
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
