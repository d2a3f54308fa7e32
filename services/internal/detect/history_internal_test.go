package detect

import (
	"bufio"
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/sample"
)

// candidatePolicy is the built-in policy with looser thresholds under its
// own version: it finds more than the live policy on the sample.
func candidatePolicy(t testing.TB) *policy.Policy {
	t.Helper()
	y := string(policy.DefaultYAML())
	for _, r := range []struct{ old, new string }{
		{`version: "2026.12.3"`, `version: "2026.12.3-candidate"`},
		{"min_confidence: 0.6", "min_confidence: 0.3"},
		{"phone_min_digits: 7", "phone_min_digits: 5"},
		{"norm_ratio: 3.8", "norm_ratio: 1.2"},
		{"min_fee_to_goods: 0.3", "min_fee_to_goods: 0.01"},
		{"tier_ratio: 3", "tier_ratio: 1.1"},
		{"tolerance_abs: 0.5", "tolerance_abs: 0.01"},
	} {
		if !strings.Contains(y, r.old) {
			t.Fatalf("the built-in policy has no %q", r.old)
		}
		y = strings.Replace(y, r.old, r.new, 1)
	}
	p, err := policy.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sampleMessages is the sample's events as consumed, then one that does not decode.
func sampleMessages(t testing.TB) []kafka.Message {
	t.Helper()
	var dec schemas.Decoder
	var msgs []kafka.Message
	sc := bufio.NewScanner(bytes.NewReader(sample.Events()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		ev, err := dec.Decode(sc.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		topic, key, err := schemas.Route(ev)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, kafka.Message{Topic: topic, Key: key, Value: bytes.Clone(sc.Bytes()), Offset: int64(len(msgs))})
	}
	return append(msgs, kafka.Message{Topic: schemas.TopicListings, Value: []byte(`{"schema":`), Offset: int64(len(msgs))})
}

// TestArchiveAndShadowInTheBatch: every decoded event joins the batch's
// archive with its bytes as consumed; a shadow engine adds shadow findings
// and changes nothing else: the findings, checks, outputs (findings.v1,
// listing checks, dead letters) and conversation contexts are those of a
// worker without it.
func TestArchiveAndShadowInTheBatch(t *testing.T) {
	msgs := sampleMessages(t)
	live, err := detectors.New(policy.Default())
	if err != nil {
		t.Fatal(err)
	}
	cand := candidatePolicy(t)
	shadow, err := detectors.New(cand)
	if err != nil {
		t.Fatal(err)
	}
	mb := market.NewBuilder()
	var dec schemas.Decoder
	for _, m := range msgs {
		if ev, err := dec.Decode(m.Value); err == nil {
			if l, ok := ev.(*schemas.Listing); ok && l.Op == schemas.OpUpsert {
				mb.Observe(l)
			}
		}
	}
	ref := mb.Snapshot()
	run := func(shadow Detector) (*batch, *Worker) {
		cfg := DefaultConfig([]string{"127.0.0.1:1"})
		cfg.Clock = func() time.Time { return fixedNow }
		cfg.Shadow = shadow
		w := &Worker{cfg: cfg, log: zap.NewNop(), detect: live, market: fixedMarket{ref}, convs: map[string]*convState{}, nextOffset: map[int]int64{}}
		b := newBatch()
		d := &schemas.Decoder{MaxBytes: cfg.MaxEventBytes}
		for _, m := range msgs {
			w.process(d, m, b)
		}
		return b, w
	}
	plain, wPlain := run(nil)
	shadowed, wShadow := run(shadow)

	if got, want := plain.archive.Len(), len(msgs)-1; got != want {
		t.Fatalf("archived %d events, want %d (all but the undecodable)", got, want)
	}
	for i := range plain.archive.Len() {
		if !bytes.Equal(plain.archive.Payload[i], msgs[i].Value) || plain.archive.SourceOffset[i] != msgs[i].Offset {
			t.Fatalf("archive row %d holds %q at %d, consumed %q at %d", i, plain.archive.Payload[i], plain.archive.SourceOffset[i], msgs[i].Value, msgs[i].Offset)
		}
	}
	if len(plain.shadow) != 0 {
		t.Fatalf("%d shadow findings without a shadow", len(plain.shadow))
	}

	if !reflect.DeepEqual(plain.findings, shadowed.findings) || !reflect.DeepEqual(plain.out, shadowed.out) ||
		!reflect.DeepEqual(plain.checks, shadowed.checks) || !reflect.DeepEqual(plain.archive, shadowed.archive) {
		t.Fatal("the shadow changed the live findings, checks, outputs or archive")
	}
	if len(wPlain.convs) != len(wShadow.convs) {
		t.Fatalf("%d conversations live, %d with a shadow", len(wPlain.convs), len(wShadow.convs))
	}
	for id, cs := range wPlain.convs {
		if o := wShadow.convs[id]; o == nil || !reflect.DeepEqual(o.conv, cs.conv) {
			t.Fatalf("conversation %s: context %+v with a shadow, %+v without", id, o, cs.conv)
		}
	}
	if len(shadowed.shadow) <= len(plain.findings) {
		t.Fatalf("the candidate found %d, the live policy %d; want more", len(shadowed.shadow), len(plain.findings))
	}
	liveIDs := map[string]bool{}
	for _, f := range plain.findings {
		liveIDs[f.FindingID] = true
	}
	shared := 0
	for _, f := range shadowed.shadow {
		if f.PolicyVersion != cand.ID() {
			t.Fatalf("shadow finding %s under policy %s, want %s", f.FindingID, f.PolicyVersion, cand.ID())
		}
		if liveIDs[f.FindingID] {
			shared++ // the same event and code: the same id, so the tables join
		}
	}
	if shared == 0 {
		t.Error("no shadow finding shares its id with a live one")
	}
	t.Logf("live %d findings, shadow %d (%d shared)", len(plain.findings), len(shadowed.shadow), shared)
}
