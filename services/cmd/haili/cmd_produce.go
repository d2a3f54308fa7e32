package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/kafkaio"
)

func runProduce(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("produce", "produce --kafka host:port [--raw TOPIC] [FILE...]   (stdin when no FILE)", &c, stdio.Stderr)
	raw := fs.String("raw", "", "send every line as is to this topic, unvalidated (to exercise the dead-letter path)")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if len(c.Kafka) == 0 {
		return cli.Usagef("--kafka (or HAILI_KAFKA) is required")
	}
	w := kafkaio.NewWriter(c.Kafka)
	defer w.Close()
	var total producedCount
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, name := range inputs {
		r := stdio.Stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		n, err := produceLines(ctx, w, r, name, *raw, stdio.Stderr)
		total.sent += n.sent
		total.bad += n.bad
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(stdio.Stderr, "produced %d events (%d bad lines skipped)\n", total.sent, total.bad)
	return nil
}

type producedCount struct{ sent, bad int }

// produceLines validates each line and sends it to its topic, keyed as the
// contract says; bad lines are reported with their number and skipped. With
// rawTopic set, lines go unvalidated to that topic.
func produceLines(ctx context.Context, w *kafka.Writer, r io.Reader, name, rawTopic string, errw io.Writer) (producedCount, error) {
	var n producedCount
	var dec schemas.Decoder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	batch := make([]kafka.Message, 0, 1000)
	send := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := w.WriteMessages(ctx, batch...); err != nil {
			return fmt.Errorf("produce: %w", err)
		}
		n.sent += len(batch)
		batch = batch[:0]
		return nil
	}
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		msg := kafka.Message{Topic: rawTopic, Value: bytes.Clone(b)}
		if rawTopic == "" {
			ev, err := dec.Decode(b)
			if err != nil {
				fmt.Fprintf(errw, "%s:%d: %v\n", name, line, err)
				n.bad++
				continue
			}
			if msg.Topic, msg.Key, err = schemas.Route(ev); err != nil {
				return n, err
			}
		}
		batch = append(batch, msg)
		if len(batch) == cap(batch) {
			if err := send(); err != nil {
				return n, err
			}
		}
	}
	if err := sc.Err(); err != nil && !errors.Is(err, io.EOF) {
		return n, fmt.Errorf("%s: %w", name, err)
	}
	return n, send()
}
