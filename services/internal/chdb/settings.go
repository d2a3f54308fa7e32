package chdb

import (
	"context"

	"github.com/ClickHouse/clickhouse-go/v2"
)

// WithSettings runs the queries under ctx with ClickHouse settings (e.g.
// max_block_size for a long read of large strings: the driver grows one
// buffer per block's column, and smaller blocks keep that buffer in cache).
func WithSettings(ctx context.Context, settings map[string]any) context.Context {
	s := clickhouse.Settings{}
	for k, v := range settings {
		s[k] = v
	}
	return clickhouse.Context(ctx, clickhouse.WithSettings(s))
}
