package detect

import (
	"context"
	"errors"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/message"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/retry"
)

// flakyDetector fails its first calls with err, then finds nothing.
type flakyDetector struct {
	fails int
	err   error
	calls int
}

func (d *flakyDetector) Detect(schemas.Event, detectors.Context) (detectors.Result, error) {
	d.calls++
	if d.calls <= d.fails {
		return detectors.Result{}, d.err
	}
	return detectors.Result{}, nil
}

func TestDetectRetrying(t *testing.T) {
	timeout := &message.MatchTimeoutError{}
	bad := errors.New("message: unsupported channel")
	tests := []struct {
		name      string
		fails     int
		err       error
		wantCalls int
		wantErr   error
	}{
		{"succeeds", 0, nil, 1, nil},
		{"a timeout passes on retry", 2, timeout, 3, nil},
		{"a timeout that persists is dead-lettered", 10, timeout, 3, message.ErrMatchTimeout},
		{"any other error is not retried", 10, bad, 1, bad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &flakyDetector{fails: tt.fails, err: tt.err}
			w := &Worker{log: zap.NewNop(), detect: d, cfg: Config{RetryBackoff: time.Microsecond, MaxRetryBackoff: time.Microsecond, DetectAttempts: 3}}
			_, err := w.detectRetrying(&schemas.Listing{}, &detectors.Context{}, nil)
			if d.calls != tt.wantCalls {
				t.Errorf("calls = %d, want %d", d.calls, tt.wantCalls)
			}
			if (tt.wantErr == nil) != (err == nil) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if got, want := w.stats.DetectRetries.Load(), int64(min(tt.wantCalls-1, 2)); tt.err == timeout && got != want {
				t.Errorf("DetectRetries = %d, want %d", got, want)
			}
		})
	}
}

func TestRunPhaseStopsOnPermanentError(t *testing.T) {
	w := &Worker{log: zap.NewNop(), cfg: Config{RetryBackoff: time.Microsecond, MaxRetryBackoff: time.Microsecond}}
	transientCalls, permanentCalls := 0, 0
	err := w.runPhase(context.Background(), []flushStep{
		{stepFindings, func(context.Context) error { transientCalls++; return errors.New("connection refused") }},
		{stepChecks, func(context.Context) error {
			permanentCalls++
			return retry.Permanent(errors.New("converting string to UInt64"))
		}},
	})
	if !retry.IsPermanent(err) || permanentCalls != 1 || transientCalls != 1 {
		t.Fatalf("err %v after %d and %d calls: want a permanent error after one try", err, transientCalls, permanentCalls)
	}
}
