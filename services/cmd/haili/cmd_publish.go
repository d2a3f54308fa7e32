package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/store"
)

// runPublish publishes a month's list of serious violators.
func runPublish(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("publish", "publish --month YYYY-MM (--clickhouse host:port | --actions FILE) [--merchants FILE] [--out DIR] [--kafka host:port]\n\n"+
		"Writes serious-violators-YYYY-MM.csv and .html to DIR; with --clickhouse records the list and the\n"+
		"merchants' warning notices there; with --kafka sends the notices to notices.v1", &c, stdio.Stderr)
	month := fs.String("month", "", "the month to publish, YYYY-MM (required)")
	merchants := fs.String("merchants", "", `merchant directory: JSON lines {"merchant_id","account","company"}; without it the merchant id is masked`)
	outDir := fs.String("out", ".", "directory for the CSV and HTML files")
	actionsFile := fs.String("actions", "", "read actions from FILE (haili ladder output) instead of ClickHouse")
	nowFlag := fs.String("now", "", "RFC 3339 publication time (notice deadlines run from it); default: now")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("publish takes no arguments")
	}
	if *actionsFile == "" && c.ClickHouse == "" {
		return cli.Usagef("--clickhouse (or HAILI_CLICKHOUSE) or --actions is required")
	}
	publishedAt := time.Now()
	var err error
	if *nowFlag != "" {
		if publishedAt, err = time.Parse(time.RFC3339, *nowFlag); err != nil {
			return cli.Usagef("--now: %v", err)
		}
	}
	start, end, err := enforce.ValidMonth(*month, publishedAt)
	if err != nil {
		return cli.Usagef("--month: %v", err)
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	if p.Enforcement.IsZero() {
		return fmt.Errorf("policy %s has no enforcement section", p.ID())
	}
	dir := map[string]enforce.MerchantName{}
	if *merchants != "" {
		f, err := os.Open(*merchants)
		if err != nil {
			return fmt.Errorf("--merchants: %w", err)
		}
		dir, err = enforce.ReadDirectory(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("--merchants %s: %w", *merchants, err)
		}
	}
	var db *enforce.DB
	if c.ClickHouse != "" {
		log := c.Logger(stdio.Stderr)
		defer log.Sync()
		s, err := store.Open(ctx, storeConfig(&c), log)
		if err != nil {
			return err
		}
		defer s.Close()
		db = enforce.NewDB(s.DB())
	}
	var actions []ladder.Action
	if *actionsFile != "" {
		if actions, err = readActions(*actionsFile); err != nil {
			return err
		}
	} else if actions, err = db.MonthActions(ctx, start, end); err != nil {
		return err
	}
	pub, err := enforce.Publish(&p.Enforcement, p.ID(), actions, *month, dir, *outDir, publishedAt)
	if err != nil {
		return err
	}
	// Publishing a month again sends no notice twice: notice ids are
	// deterministic, and those ClickHouse already holds were sent. A notice is
	// sent before it is recorded, so a failure in between sends it again
	// rather than never.
	unsent := pub.Notices
	if db != nil {
		if unsent, err = db.Unsent(ctx, pub.Notices); err != nil {
			return err
		}
		if err := db.InsertList(ctx, pub.List, publishedAt); err != nil {
			return err
		}
	}
	if len(c.Kafka) > 0 && len(unsent) > 0 {
		if err := sendNotices(ctx, c.Kafka, unsent); err != nil {
			return err
		}
	}
	if db != nil {
		if err := db.InsertNotices(ctx, unsent); err != nil {
			return err
		}
	}
	byLabel := map[string]int{}
	for _, e := range pub.List.Entries {
		byLabel[e.Label]++
	}
	var parts []string
	for _, fam := range ladder.Families {
		if n := byLabel[enforce.Labels[fam]]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, enforce.Labels[fam]))
		}
	}
	fmt.Fprintf(stdio.Stderr, "published %s: %d merchants (%s), %d warning notices (%d new)\n", *month, len(pub.List.Entries), strings.Join(parts, ", "), len(pub.Notices), len(unsent))
	for _, f := range pub.Files {
		fmt.Fprintln(stdio.Stdout, f)
	}
	return nil
}

// readActions reads JSON lines of actions.
func readActions(path string) ([]ladder.Action, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--actions: %w", err)
	}
	defer f.Close()
	var out []ladder.Action
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var a ladder.Action
		if err := json.Unmarshal(line, &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if a.ActionID == "" || a.MerchantID == "" || a.Code == "" {
			return nil, fmt.Errorf("%s:%d: not an action (action_id, merchant_id and code are required)", path, n)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return nil, fmt.Errorf("--actions %s: %w", path, err)
	}
	return out, nil
}

func sendNotices(ctx context.Context, brokers []string, notices []enforce.Notice) error {
	w := kafkaio.NewWriter(brokers)
	defer w.Close()
	msgs := make([]kafka.Message, 0, len(notices))
	for _, n := range notices {
		v, err := json.Marshal(n)
		if err != nil {
			return err
		}
		msgs = append(msgs, kafka.Message{Topic: schemas.TopicNotices, Key: []byte(n.MerchantID), Value: v})
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("send notices: %w", err)
	}
	return nil
}
