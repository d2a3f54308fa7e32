package loadgen

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"
)

// Progress is a consumer group's position over a set of topics, summed over
// their partitions and counted from each partition's first offset.
type Progress struct {
	// Committed is how many messages the group has committed.
	Committed int64
	// End is how many messages the topics hold.
	End int64
}

// Lag is what the group has yet to commit.
func (p Progress) Lag() int64 { return p.End - p.Committed }

// GroupProgress asks the broker where group stands on topics. A partition the
// group never committed counts from its first offset.
func GroupProgress(ctx context.Context, client *kafka.Client, group string, topics []string) (Progress, error) {
	var p Progress
	meta, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: topics})
	if err != nil {
		return p, fmt.Errorf("metadata: %w", err)
	}
	parts := map[string][]int{}
	offReq := map[string][]kafka.OffsetRequest{}
	for _, t := range meta.Topics {
		if t.Error != nil {
			return p, fmt.Errorf("metadata of %s: %w", t.Name, t.Error)
		}
		for _, pt := range t.Partitions {
			parts[t.Name] = append(parts[t.Name], pt.ID)
			offReq[t.Name] = append(offReq[t.Name], kafka.FirstOffsetOf(pt.ID), kafka.LastOffsetOf(pt.ID))
		}
	}
	offs, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: offReq})
	if err != nil {
		return p, fmt.Errorf("list offsets: %w", err)
	}
	committed, err := client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: parts})
	if err != nil {
		return p, fmt.Errorf("offset fetch: %w", err)
	}
	// A group that never committed does not exist yet: nothing committed.
	if committed.Error != nil && !errors.Is(committed.Error, kafka.GroupIdNotFound) {
		return p, fmt.Errorf("offset fetch: %w", committed.Error)
	}
	type tp struct {
		topic string
		part  int
	}
	first := map[tp]int64{}
	for topic, ps := range offs.Topics {
		for _, po := range ps {
			if po.Error != nil {
				return p, fmt.Errorf("offsets of %s/%d: %w", topic, po.Partition, po.Error)
			}
			first[tp{topic, po.Partition}] = po.FirstOffset
			p.End += po.LastOffset - po.FirstOffset
		}
	}
	for topic, ps := range committed.Topics {
		for _, c := range ps {
			if c.Error != nil {
				return p, fmt.Errorf("committed offset of %s/%d: %w", topic, c.Partition, c.Error)
			}
			if f := first[tp{topic, c.Partition}]; c.CommittedOffset > f {
				p.Committed += c.CommittedOffset - f
			}
		}
	}
	return p, nil
}

// WaitCaughtUp polls until group has committed everything in topics (or at
// least target messages, when target > 0), and returns when that happened.
func WaitCaughtUp(ctx context.Context, client *kafka.Client, group string, topics []string, target int64, poll time.Duration) (Progress, time.Time, error) {
	for {
		p, err := GroupProgress(ctx, client, group, topics)
		if err == nil && p.End > 0 && (target > 0 && p.Committed >= target || target <= 0 && p.Lag() == 0) {
			return p, time.Now(), nil
		}
		select {
		case <-ctx.Done():
			if err == nil {
				err = ctx.Err()
			}
			return p, time.Time{}, fmt.Errorf("group %s: %d of %d committed: %w", group, p.Committed, p.End, err)
		case <-time.After(poll):
		}
	}
}
