package retry

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestDo(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name      string
		failures  int
		wantErr   error
		wantCalls int
		cancel    bool
	}{
		{name: "first try", failures: 0, wantCalls: 1},
		{name: "after failures", failures: 3, wantCalls: 4},
		{name: "context ends", failures: 1 << 30, wantErr: boom, cancel: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			var pauses []time.Duration
			err := Do(ctx, Backoff{Initial: time.Microsecond, Max: 4 * time.Microsecond}, func() error {
				calls++
				if calls > tt.failures {
					return nil
				}
				if tt.cancel && calls == 5 {
					cancel()
				}
				return boom
			}, func(_ error, p time.Duration) { pauses = append(pauses, p) })
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.cancel {
				if calls != 5 {
					t.Errorf("calls = %d, want 5 (stops once the context ends)", calls)
				}
				return
			}
			if calls != tt.wantCalls {
				t.Errorf("calls = %d, want %d", calls, tt.wantCalls)
			}
			// The pause doubles up to Max.
			want := []time.Duration{1000, 2000, 4000}[:min(tt.failures, 3)]
			for i := range want {
				if pauses[i] != want[i] {
					t.Errorf("pause %d = %s, want %s", i, pauses[i], want[i])
				}
			}
		})
	}
}

func TestBackoffValidate(t *testing.T) {
	for _, b := range []Backoff{{0, time.Second}, {time.Second, time.Millisecond}} {
		if b.Validate() == nil {
			t.Errorf("%+v: want an error", b)
		}
	}
	if err := (Backoff{time.Millisecond, time.Second}).Validate(); err != nil {
		t.Error(err)
	}
}

func TestDoStopsOnPermanent(t *testing.T) {
	boom := errors.New("boom")
	calls := 0
	err := Do(context.Background(), Backoff{Initial: time.Microsecond, Max: time.Microsecond}, func() error {
		calls++
		if calls < 3 {
			return boom
		}
		return fmt.Errorf("insert: %w", Permanent(boom))
	}, nil)
	if calls != 3 || !IsPermanent(err) || !errors.Is(err, boom) {
		t.Fatalf("calls %d, err %v: want 3 calls and a permanent error wrapping boom", calls, err)
	}
	if IsPermanent(boom) || Permanent(nil) != nil {
		t.Error("an unmarked error is transient; Permanent(nil) is nil")
	}
}
