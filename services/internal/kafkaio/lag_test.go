package kafkaio_test

import (
	"context"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/testenv"
)

// TestLagCollector: the lag of a partition is its end offset less the
// group's committed offset, or the whole partition before any commit.
func TestLagCollector(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a broker")
	}
	addr, _ := testenv.Kafka(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	w := kafkaio.NewWriter([]string{addr})
	defer w.Close()
	topic := schemas.TopicFindings
	// Five messages of one key: one partition, the one murmur2 gives it.
	key := []byte("M-lag")
	var msgs []kafka.Message
	for range 5 {
		msgs = append(msgs, kafka.Message{Topic: topic, Key: key, Value: []byte("{}")})
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
	part := kafkaio.PartitionFunc(2)(key)
	const group = "lag-test"
	c := kafkaio.NewLagCollector([]string{addr}, group, []string{topic})
	lags, err := c.Lag(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := lags[kafkaio.TopicPartition{Topic: topic, Partition: part}]; got != 5 {
		t.Errorf("lag before any commit = %d, want 5 (%v)", got, lags)
	}
	client := kafkaio.NewClient(addr)
	if _, err := client.OffsetCommit(ctx, &kafka.OffsetCommitRequest{GroupID: group, GenerationID: -1,
		Topics: map[string][]kafka.OffsetCommit{topic: {{Partition: part, Offset: 2}}}}); err != nil {
		t.Fatal(err)
	}
	if lags, err = c.Lag(ctx); err != nil {
		t.Fatal(err)
	}
	if got := lags[kafkaio.TopicPartition{Topic: topic, Partition: part}]; got != 3 {
		t.Errorf("lag after committing offset 2 = %d, want 3 (%v)", got, lags)
	}
	if got := lags[kafkaio.TopicPartition{Topic: topic, Partition: 1 - part}]; got != 0 {
		t.Errorf("lag of the empty partition = %d", got)
	}
}
