// Package embedkafka runs the embedded Kafka-protocol broker (franz-go's kfake)
// that `haili dev` and the tests use in place of a real Kafka cluster.
package embedkafka

import (
	"fmt"
	"net"
	"strconv"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/haili/haili/schemas"
)

// Config says where the broker listens and keeps its data.
type Config struct {
	// Addr is 127.0.0.1:PORT; port 0 picks a free one.
	Addr string
	// DataDir keeps the topics across restarts; empty keeps them in memory.
	DataDir string
	// Partitions per topic.
	Partitions int32
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	host, port, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("embedded kafka address %q: %w", c.Addr, err)
	}
	if host != "127.0.0.1" && host != "localhost" {
		return fmt.Errorf("embedded kafka listens on 127.0.0.1 only, not %q", host)
	}
	if _, err := strconv.Atoi(port); err != nil {
		return fmt.Errorf("embedded kafka port %q: %w", port, err)
	}
	if c.Partitions < 1 {
		return fmt.Errorf("embedded kafka: partitions must be at least 1, got %d", c.Partitions)
	}
	return nil
}

// Start starts the broker with every Haili topic created.
func Start(cfg Config) (*kfake.Cluster, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	_, portStr, _ := net.SplitHostPort(cfg.Addr)
	port, _ := strconv.Atoi(portStr)
	opts := []kfake.Opt{
		kfake.Ports(port),
		kfake.SeedTopics(cfg.Partitions, schemas.Topics...),
		kfake.DefaultNumPartitions(int(cfg.Partitions)),
	}
	if cfg.DataDir != "" {
		opts = append(opts, kfake.DataDir(cfg.DataDir))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("embedded kafka on %s: %w", cfg.Addr, err)
	}
	return c, nil
}
