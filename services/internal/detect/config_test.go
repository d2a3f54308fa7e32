package detect_test

import (
	"strings"
	"testing"

	"github.com/haili/haili/services/internal/detect"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*detect.Config)
		want   string // substring of the error; empty: valid
	}{
		{"defaults", func(*detect.Config) {}, ""},
		{"no brokers", func(c *detect.Config) { c.Brokers = nil }, "no Kafka brokers"},
		{"no group", func(c *detect.Config) { c.GroupID = "" }, "group id"},
		{"no topics", func(c *detect.Config) { c.Topics = nil }, "no input topics"},
		{"zero batch", func(c *detect.Config) { c.BatchSize = 0 }, "batch size must be at least 1"},
		{"max below batch", func(c *detect.Config) { c.MaxBatchSize = c.BatchSize - 1 }, "max batch size"},
		{"max equal to batch", func(c *detect.Config) { c.MaxBatchSize = c.BatchSize }, ""},
		{"no processors", func(c *detect.Config) { c.Processors = 0 }, "processors must be at least 1"},
		{"zero flush interval", func(c *detect.Config) { c.FlushInterval = 0 }, "flush interval"},
		{"backoff above max", func(c *detect.Config) { c.MaxRetryBackoff = c.RetryBackoff / 2 }, "retry backoff"},
		{"no shutdown timeout", func(c *detect.Config) { c.ShutdownTimeout = 0 }, "shutdown timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := detect.DefaultConfig([]string{"127.0.0.1:9092"})
			tt.change(&c)
			err := c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("valid config refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}
