package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"
)

// LagCollector exports a consumer group's lag per partition, read from the
// brokers when Prometheus scrapes: the end offset of each partition less the
// group's committed offset (the whole partition while the group has
// committed none). Every member of the group exports the same numbers;
// dashboards take max by topic and partition.
type LagCollector struct {
	client  *kafka.Client
	group   string
	topics  []string
	timeout time.Duration
	lag     *prometheus.Desc
	errs    prometheus.Counter
}

var _ prometheus.Collector = (*LagCollector)(nil)

// NewLagCollector reports the lag of group on topics through brokers.
func NewLagCollector(brokers []string, group string, topics []string) *LagCollector {
	return &LagCollector{
		client:  NewClient(brokers...),
		group:   group,
		topics:  topics,
		timeout: 5 * time.Second,
		lag: prometheus.NewDesc("haili_consumer_lag",
			"Messages of a partition not yet committed by the consumer group (end offset less committed offset).",
			[]string{"group", "topic", "partition"}, nil),
		errs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "haili_consumer_lag_errors_total",
			Help: "Scrapes whose consumer lag could not be read from Kafka.",
		}),
	}
}

// Describe implements prometheus.Collector.
func (c *LagCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.lag
	c.errs.Describe(ch)
}

// Collect implements prometheus.Collector.
func (c *LagCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	lags, err := c.Lag(ctx)
	if err != nil {
		c.errs.Inc()
	}
	for tp, n := range lags {
		ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, float64(n), c.group, tp.Topic, strconv.Itoa(tp.Partition))
	}
	c.errs.Collect(ch)
}

// Lag reads the group's lag of every partition of its topics.
func (c *LagCollector) Lag(ctx context.Context) (map[TopicPartition]int64, error) {
	parts := map[string][]int{}
	ends := map[string][]kafka.OffsetRequest{}
	for _, t := range c.topics {
		n, err := Partitions(ctx, c.client, t)
		if err != nil {
			return nil, err
		}
		for p := range n {
			parts[t] = append(parts[t], p)
			ends[t] = append(ends[t], kafka.FirstOffsetOf(p), kafka.LastOffsetOf(p))
		}
	}
	lo, err := c.client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: ends})
	if err != nil {
		return nil, fmt.Errorf("end offsets: %w", err)
	}
	of, err := c.client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: c.group, Topics: parts})
	if err != nil {
		return nil, fmt.Errorf("committed offsets of %s: %w", c.group, err)
	}
	// A group that has never committed is unknown to some brokers: its lag
	// is then every message of the partitions.
	if of.Error != nil && !errors.Is(of.Error, kafka.GroupIdNotFound) {
		return nil, fmt.Errorf("committed offsets of %s: %w", c.group, of.Error)
	}
	committed := map[TopicPartition]int64{}
	for t, ps := range of.Topics {
		for _, p := range ps {
			if p.Error == nil && p.CommittedOffset >= 0 {
				committed[TopicPartition{t, p.Partition}] = p.CommittedOffset
			}
		}
	}
	out := map[TopicPartition]int64{}
	for t, ps := range lo.Topics {
		for _, p := range ps {
			if p.Error != nil {
				continue
			}
			tp := TopicPartition{t, p.Partition}
			start, ok := committed[tp]
			if !ok {
				start = p.FirstOffset
			}
			out[tp] = max(p.LastOffset-start, 0)
		}
	}
	return out, nil
}
