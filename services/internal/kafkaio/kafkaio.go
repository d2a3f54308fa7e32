// Package kafkaio is the Kafka plumbing every role shares: the producer
// (NewWriter, Produce), the admin client and partition lookups.
package kafkaio

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/services/internal/deadletter"
)

// MaxBatchBytes bounds one produce request to a partition, below the
// default message.max.bytes of a broker (1,048,588).
const MaxBatchBytes = 1_000_000

// oversizeRaw is how much of an output too large to send its dead letter
// keeps, for a person to see what it was.
const oversizeRaw = 64 << 10

// NewWriter is the producer every role uses: acknowledged by all in-sync
// replicas, keys placed by Balancer (murmur2, as the Java clients), and short
// batching so a synchronous flush is quick.
// A partition's record batch must stay under the broker's message.max.bytes
// (1 MiB by default, in Kafka and the embedded broker alike): larger batches
// are refused whole, and a flush would retry them for ever.
func NewWriter(brokers []string) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Balancer:     Balancer(),
		RequiredAcks: kafka.RequireAll,
		BatchSize:    1000,
		BatchBytes:   MaxBatchBytes,
		BatchTimeout: 5 * time.Millisecond,
		MaxAttempts:  3,
	}
}

// Produce writes msgs with w (a NewWriter). A message larger than the
// producer accepts (MaxBatchBytes) can never be sent, and retrying the flush
// would stall the worker for ever: it is replaced by a dead letter naming its
// topic and size, and the rest are written. The caller has the record itself
// in ClickHouse. Produce returns how many messages it replaced.
func Produce(ctx context.Context, w *kafka.Writer, msgs []kafka.Message, now time.Time) (int, error) {
	replaced := 0
	for {
		err := w.WriteMessages(ctx, msgs...)
		var tooLarge kafka.MessageTooLargeError
		if !errors.As(err, &tooLarge) {
			return replaced, err
		}
		m := tooLarge.Message
		rec := deadletter.Record{
			Reason: fmt.Sprintf("output of %d bytes is over the producer's limit of %d bytes: it is in ClickHouse but not on %s",
				len(m.Value), MaxBatchBytes, m.Topic),
			Stage: deadletter.StageProduce, SourceTopic: m.Topic, SourcePartition: -1, SourceOffset: -1,
			Key: m.Key, Raw: m.Value[:min(len(m.Value), oversizeRaw)], FailedAt: now.UTC(),
		}
		// Nothing was sent: kafka-go checks sizes before it writes.
		msgs = append(tooLarge.Remaining, rec.Message())
		replaced++
	}
}

// Balancer places a keyed message as the Java clients' default partitioner
// (and franz-go's, and librdkafka's murmur2_random) do:
// toPositive(murmur2(key)) mod partitions. Another service that writes a
// finding or a withdrawal for a merchant puts it on the same partition as
// haili does, so per-merchant order holds across producers. A message
// without a key goes to a random partition.
func Balancer() kafka.Balancer { return &kafka.Murmur2Balancer{} }

// PartitionFunc returns the partition Balancer gives a key on a topic of n
// partitions: how a consumer that owns some partitions tells which keys are
// its own.
func PartitionFunc(n int) func(key []byte) int {
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	// Consistent: an empty key hashes like Balancer's; nil keys never reach
	// this (ownership is asked of entity ids).
	b := kafka.Murmur2Balancer{Consistent: true}
	return func(key []byte) int { return b.Balance(kafka.Message{Key: key}, ids...) }
}

// NewClient is the admin client (metadata, offsets, commits) of brokers.
func NewClient(brokers ...string) *kafka.Client {
	return &kafka.Client{Addr: kafka.TCP(brokers...), Timeout: 10 * time.Second}
}

// Partitions is the number of partitions of topic.
func Partitions(ctx context.Context, c *kafka.Client, topic string) (int, error) {
	resp, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, fmt.Errorf("metadata of %s: %w", topic, err)
	}
	for _, t := range resp.Topics {
		if t.Name == topic && t.Error == nil && len(t.Partitions) > 0 {
			return len(t.Partitions), nil
		}
	}
	return 0, fmt.Errorf("metadata of %s: topic not found", topic)
}

// TopicPartition names one partition of one topic.
type TopicPartition struct {
	Topic     string
	Partition int
}

// Of is the topic and partition m was read from.
func Of(m kafka.Message) TopicPartition { return TopicPartition{m.Topic, m.Partition} }
