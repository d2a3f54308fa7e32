package main

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
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/deadletter"
	"github.com/haili/haili/services/internal/kafkaio"
)

// replayFlags are `deadletter replay`'s own flags.
type replayFlags struct {
	group  string
	reason string
	dryRun bool
	limit  int
}

const deadletterSynopsis = `deadletter replay --kafka host:port [--group G] [--reason TEXT] [--dry-run] [--limit N]

Re-feeds dead letters after a fix: reads deadletter.v1 (from the start, or
from group G's committed offsets, up to its end when the command starts),
decodes each record and re-produces its exact bytes to its source topic with
its key. With --group, the group's offsets are committed after the re-feed,
so the next replay starts after it.`

func runDeadletter(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	var f replayFlags
	fs := cli.FlagSet("deadletter", deadletterSynopsis, &c, stdio.Stderr)
	fs.StringVar(&f.group, "group", "", "consumer group whose offsets on deadletter.v1 mark what was replayed; empty = read from the start, commit nothing (env HAILI_GROUP)")
	fs.StringVar(&f.reason, "reason", "", "replay only records whose reason contains this text (env HAILI_REASON)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "list the records that would be replayed; produce and commit nothing (env HAILI_DRY_RUN)")
	fs.IntVar(&f.limit, "limit", 0, "replay at most this many records; 0 = all (env HAILI_LIMIT)")
	action, rest := "", args
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		action, rest = args[0], args[1:]
	}
	if err := cli.Parse(fs, &c, rest); err != nil {
		return err
	}
	switch {
	case action == "":
		return cli.Usagef("deadletter: missing action (replay)")
	case action != "replay":
		return cli.Usagef("deadletter: unknown action %q (want replay)", action)
	case len(c.Kafka) == 0:
		return cli.Usagef("--kafka (or HAILI_KAFKA) is required")
	case f.limit < 0:
		return cli.Usagef("--limit must not be negative")
	case len(fs.Args()) > 0:
		return cli.Usagef("deadletter replay takes no arguments, got %q", fs.Args())
	}
	return replayDeadletters(ctx, c.Kafka, &f, stdio.Stdout)
}

// replaySummary counts what a replay did.
type replaySummary struct{ read, matched, replayed, undecodable, foreign int }

func replayDeadletters(ctx context.Context, brokers []string, f *replayFlags, out io.Writer) error {
	client := kafkaio.NewClient(brokers...)
	ranges, err := deadletterRanges(ctx, client, f.group)
	if err != nil {
		return err
	}
	w := kafkaio.NewWriter(brokers)
	defer w.Close()
	var sum replaySummary
	var batch []kafka.Message
	send := func() error {
		if len(batch) == 0 || f.dryRun {
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
		next, err := readRange(ctx, brokers, r, func(m kafka.Message) (bool, error) {
			sum.read++
			rec, err := deadletter.Decode(m.Value)
			if err != nil {
				sum.undecodable++
				fmt.Fprintf(out, "skip %s/%d@%d: %v\n", schemas.TopicDeadletter, m.Partition, m.Offset, err)
				return true, nil
			}
			if f.reason != "" && !strings.Contains(rec.Reason, f.reason) {
				return true, nil
			}
			// A dead letter only ever goes back to an input topic, whatever
			// its record says.
			if !slices.Contains(schemas.InputTopics, rec.SourceTopic) {
				sum.foreign++
				fmt.Fprintf(out, "skip %s/%d@%d: source topic %q is not an input topic\n", schemas.TopicDeadletter, m.Partition, m.Offset, rec.SourceTopic)
				return true, nil
			}
			if f.limit > 0 && sum.matched >= f.limit {
				return false, nil
			}
			sum.matched++
			if f.dryRun {
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
		if f.group != "" && !f.dryRun && next > r.start {
			if err := commitOffset(ctx, client, f.group, r.partition, next); err != nil {
				return err
			}
		}
	}
	verb := "replayed"
	if f.dryRun {
		verb, sum.replayed = "would replay", sum.matched
	}
	fmt.Fprintf(out, "%s %d of %d dead letters read", verb, sum.replayed, sum.read)
	if f.reason != "" {
		fmt.Fprintf(out, " (reason containing %q)", f.reason)
	}
	fmt.Fprintf(out, "; %d undecodable, %d with a foreign source topic skipped\n", sum.undecodable, sum.foreign)
	return nil
}

// offsetRange is a part of one deadletter.v1 partition to read.
type offsetRange struct {
	partition  int
	start, end int64
}

// deadletterRanges returns, per partition, where to start (the group's
// committed offset, else the first) and where to stop: the end as of now, so
// that records dead-lettered again during the replay wait for the next one.
func deadletterRanges(ctx context.Context, client *kafka.Client, group string) ([]offsetRange, error) {
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
