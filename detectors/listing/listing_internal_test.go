package listing

import (
	"fmt"
	"testing"
)

// TestSprintfMatchesFmt: the explanations' formatter writes what fmt.Sprintf
// writes, including where it hands over to fmt.
func TestSprintfMatchesFmt(t *testing.T) {
	tests := []struct {
		format string
		args   []string
	}{
		{"plain", nil},
		{"%s and %q", []string{"a", "b\"c"}},
		{"%q", []string{"日本\x00\xff" + string(make([]byte, 200))}},
		{"%s%s", []string{"", ""}},
		{"100%% %s", []string{"x"}},
		{"%d", []string{"x"}},
		{"%s %s", []string{"only one"}},
		{"%s", []string{"one", "extra"}},
		{"trailing %", nil},
		{"“%s”（%q）", []string{"中文", "引号\""}},
	}
	for _, tt := range tests {
		as := make([]any, len(tt.args))
		for i, a := range tt.args {
			as[i] = a
		}
		if got, want := sprintf(tt.format, tt.args...), fmt.Sprintf(tt.format, as...); got != want {
			t.Errorf("sprintf(%q, %q) = %q, want %q", tt.format, tt.args, got, want)
		}
	}
}
