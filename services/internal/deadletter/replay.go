package deadletter

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/schemas"
)

// ReplayConfig is what `haili deadletter replay` re-feeds.
type ReplayConfig struct {
	Brokers []string
	// Group, when set, is the consumer group whose offsets on deadletter.v1
	// mark what was replayed: the replay starts there and commits after it.
	Group string
	// Reason, when set, replays only records whose reason contains it.
	Reason string
	// DryRun lists what would be replayed; nothing is produced or committed.
	DryRun bool
	// Limit replays at most this many records; 0 is all.
	Limit int
}

// replaySummary counts what a replay did.
type replaySummary struct{ read, matched, replayed, undecodable, foreign int }

// Replay re-feeds the dead letters of cfg to their source topics with w,
// reading and committing through client, and reports on out.
func Replay(ctx context.Context, cfg ReplayConfig, client *kafka.Client, w *kafka.Writer, out io.Writer) error {
	ranges, err := replayRanges(ctx, client, cfg.Group)
	if err != nil {
		return err
	}
	var sum replaySummary
	var batch []kafka.Message
	send := func() error {
		if len(batch) == 0 || cfg.DryRun {
			batch = batch[:0]
			return nil
		}
		if err := w.WriteMessages(ctx, batch...); err != nil {
			return fmt.Errorf("re-produce: %w", err)
		}
		sum.replayed += len(batch)
		batch = batch[:0]
		return nil
	}
	for _, r := range ranges {
		next, err := readRange(ctx, cfg.Brokers, r, func(m kafka.Message) (bool, error) {
			sum.read++
			rec, err := Decode(m.Value)
			if err != nil {
				sum.undecodable++
				fmt.Fprintf(out, "skip %s/%d@%d: %v\n", schemas.TopicDeadletter, m.Partition, m.Offset, err)
				return true, nil
			}
			if cfg.Reason != "" && !strings.Contains(rec.Reason, cfg.Reason) {
				return true, nil
			}
			// A dead letter only ever goes back to an input topic, whatever
			// its record says.
			if !slices.Contains(schemas.InputTopics, rec.SourceTopic) {
				sum.foreign++
				fmt.Fprintf(out, "skip %s/%d@%d: source topic %q is not an input topic\n", schemas.TopicDeadletter, m.Partition, m.Offset, rec.SourceTopic)
				return true, nil
			}
			if cfg.Limit > 0 && sum.matched >= cfg.Limit {
				return false, nil
			}
			sum.matched++
			if cfg.DryRun {
				fmt.Fprintf(out, "%s/%d@%d  from %s/%d@%d  key %q  %d bytes  %s: %s\n", schemas.TopicDeadletter, m.Partition, m.Offset,
					rec.SourceTopic, rec.SourcePartition, rec.SourceOffset, rec.Key, len(rec.Raw), rec.Stage, rec.Reason)
			}
			batch = append(batch, kafka.Message{Topic: rec.SourceTopic, Key: rec.Key, Value: rec.Raw})
			if len(batch) >= 500 {
				return true, send()
			}
			return true, nil
		})
		if err != nil {
			return err
		}
		if err := send(); err != nil {
			return err
		}
		if cfg.Group != "" && !cfg.DryRun && next > r.start {
			if err := commitOffset(ctx, client, cfg.Group, r.partition, next); err != nil {
				return err
			}
		}
	}
	verb := "replayed"
	if cfg.DryRun {
		verb, sum.replayed = "would replay", sum.matched
	}
	fmt.Fprintf(out, "%s %d of %d dead letters read", verb, sum.replayed, sum.read)
	if cfg.Reason != "" {
		fmt.Fprintf(out, " (reason containing %q)", cfg.Reason)
	}
	fmt.Fprintf(out, "; %d undecodable, %d with a foreign source topic skipped\n", sum.undecodable, sum.foreign)
	return nil
}

// offsetRange is a part of one deadletter.v1 partition to read.
type offsetRange struct {
	partition  int
	start, end int64
}

// replayRanges returns, per partition, where to start (the group's
// committed offset, else the first) and where to stop: the end as of now, so
// that records dead-lettered again during the replay wait for the next one.
func replayRanges(ctx context.Context, client *kafka.Client, group string) ([]offsetRange, error) {
	meta, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{schemas.TopicDeadletter}})
	if err != nil {
		return nil, fmt.Errorf("metadata: %w", err)
	}
	var parts []int
	var req []kafka.OffsetRequest
	for _, t := range meta.Topics {
		if t.Error != nil {
			return nil, fmt.Errorf("%s: %w", t.Name, t.Error)
		}
		for _, p := range t.Partitions {
			parts = append(parts, p.ID)
			req = append(req, kafka.FirstOffsetOf(p.ID), kafka.LastOffsetOf(p.ID))
		}
	}
	offs, err := client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{schemas.TopicDeadletter: req}})
	if err != nil {
		return nil, fmt.Errorf("list offsets: %w", err)
	}
	committed := map[int]int64{}
	if group != "" {
		res, err := client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{schemas.TopicDeadletter: parts}})
		if err != nil {
			return nil, fmt.Errorf("offsets of group %s: %w", group, err)
		}
		// A group that never committed does not exist yet: start at the beginning.
		if res.Error != nil && !errors.Is(res.Error, kafka.GroupIdNotFound) {
			return nil, fmt.Errorf("offsets of group %s: %w", group, res.Error)
		}
		for _, p := range res.Topics[schemas.TopicDeadletter] {
			committed[p.Partition] = p.CommittedOffset
		}
	}
	var ranges []offsetRange
	for _, po := range offs.Topics[schemas.TopicDeadletter] {
		if po.Error != nil {
			return nil, fmt.Errorf("offsets of %s/%d: %w", schemas.TopicDeadletter, po.Partition, po.Error)
		}
		r := offsetRange{partition: po.Partition, start: po.FirstOffset, end: po.LastOffset}
		if c, ok := committed[po.Partition]; ok && c > r.start {
			r.start = c
		}
		ranges = append(ranges, r)
	}
	slices.SortFunc(ranges, func(a, b offsetRange) int { return a.partition - b.partition })
	return ranges, nil
}

// readRange calls fn with each message of r until r ends or fn says stop, and
// returns the offset after the last message handed to fn and accepted.
func readRange(ctx context.Context, brokers []string, r offsetRange, fn func(kafka.Message) (bool, error)) (int64, error) {
	next := r.start
	if r.start >= r.end {
		return next, nil
	}
	rd := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, Topic: schemas.TopicDeadletter, Partition: r.partition,
		MinBytes: 1, MaxBytes: 16 << 20, MaxWait: 200 * time.Millisecond})
	defer rd.Close()
	if err := rd.SetOffset(r.start); err != nil {
		return next, err
	}
	for next < r.end {
		fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		m, err := rd.FetchMessage(fctx)
		cancel()
		if err != nil {
			return next, fmt.Errorf("read %s/%d@%d: %w", schemas.TopicDeadletter, r.partition, next, err)
		}
		more, err := fn(m)
		if err != nil || !more {
			return next, err
		}
		next = m.Offset + 1
	}
	return next, nil
}

// commitOffset records a replay's position as a simple (memberless) commit.
func commitOffset(ctx context.Context, client *kafka.Client, group string, partition int, offset int64) error {
	res, err := client.OffsetCommit(ctx, &kafka.OffsetCommitRequest{GroupID: group, GenerationID: -1,
		Topics: map[string][]kafka.OffsetCommit{schemas.TopicDeadletter: {{Partition: partition, Offset: offset}}}})
	if err != nil {
		return fmt.Errorf("commit replay position of group %s: %w", group, err)
	}
	for _, ps := range res.Topics {
		for _, p := range ps {
			if p.Error != nil {
				return fmt.Errorf("commit replay position of group %s: %w", group, p.Error)
			}
		}
	}
	return nil
}
