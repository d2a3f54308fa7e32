package enforce

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/haili/haili/services/internal/kafkaio"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
)

var t0 = time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)

func findingAt(id string, sec int) ladder.Input {
	return ladder.Input{Finding: &schemas.Finding{FindingID: id, MerchantID: "m", Violation: schemas.FalseMOQ, EventTime: t0.Add(time.Duration(sec) * time.Second)}}
}

func checkAt(listing string, version int64, sec int) ladder.Input {
	return ladder.Input{Check: &schemas.ListingCheck{ListingID: listing, Version: version, MerchantID: "m", UpdatedAt: t0.Add(time.Duration(sec) * time.Second)}}
}

// arrival is one message reaching the buffer.
type arrival struct {
	in     ladder.Input
	topic  string
	offset int64
}

func names(hs []held) []string {
	var out []string
	for _, h := range hs {
		if h.in.Finding != nil {
			out = append(out, h.in.Finding.FindingID)
		} else {
			out = append(out, h.in.Check.ListingID+"@"+string(rune('0'+h.in.Check.Version)))
		}
	}
	return out
}

var twoTopics = []kafkaio.TopicPartition{{Topic: schemas.TopicFindings}, {Topic: schemas.TopicChecks}}

// TestReorderDecidesInEventOrderWhateverTheArrival: a listing found violating
// at version 1, fixed at version 2 and violating again at version 3 is the
// same story whichever of the two topics the worker reads first.
func TestReorderDecidesInEventOrderWhateverTheArrival(t *testing.T) {
	f1 := arrival{findingAt("f1", 1), schemas.TopicFindings, 0}
	f3 := arrival{findingAt("f3", 3), schemas.TopicFindings, 1}
	c1 := arrival{checkAt("L", 1, 1), schemas.TopicChecks, 0}
	c2 := arrival{checkAt("L", 2, 2), schemas.TopicChecks, 1}
	c3 := arrival{checkAt("L", 3, 3), schemas.TopicChecks, 2}
	want := []string{"f1", "L@1", "L@2", "f3", "L@3"}
	for _, order := range [][]arrival{
		{f1, f3, c1, c2, c3},
		{c1, c2, c3, f1, f3},
		{f1, c1, f3, c2, c3},
		{c1, f1, c2, f3, c3},
	} {
		r := newReorder(time.Hour, time.Minute, twoTopics, t0)
		var got []held
		for i, a := range order {
			now := t0.Add(time.Duration(i) * time.Second)
			r.hold(a.in, kafka.Message{Topic: a.topic, Offset: a.offset}, now)
			got = append(got, r.release(now)...) // the window holds everything
		}
		if len(got) != 0 {
			t.Fatalf("released %v within the window", names(got))
		}
		got = r.release(t0.Add(2 * time.Minute)) // both partitions silent
		if !reflect.DeepEqual(names(got), want) {
			t.Errorf("arrival %v: decided %v, want %v", names(asHeld(order)), names(got), want)
		}
	}
}

func asHeld(as []arrival) []held {
	var out []held
	for _, a := range as {
		out = append(out, held{in: a.in})
	}
	return out
}

// TestReorderWatermark: an input goes once every busy partition has seen an
// event a window newer; a silent partition does not hold the rest back.
func TestReorderWatermark(t *testing.T) {
	r := newReorder(10*time.Second, time.Minute, twoTopics, t0)
	now := t0
	r.hold(findingAt("f5", 5), kafka.Message{Topic: schemas.TopicFindings, Offset: 0}, now)
	r.hold(findingAt("f100", 100), kafka.Message{Topic: schemas.TopicFindings, Offset: 1}, now)
	if got := r.release(now); len(got) != 0 {
		t.Fatalf("released %v while the checks partition has seen nothing", names(got))
	}
	r.hold(checkAt("L", 1, 50), kafka.Message{Topic: schemas.TopicChecks, Offset: 0}, now)
	// Watermark: min(100, 50) - 10 = 40.
	if got := names(r.release(now)); !reflect.DeepEqual(got, []string{"f5"}) {
		t.Fatalf("released %v, want [f5]", got)
	}
	// The checks partition falls silent: the findings partition alone sets
	// the watermark, 100 - 10 = 90.
	later := now.Add(time.Minute)
	r.hold(findingAt("f200", 200), kafka.Message{Topic: schemas.TopicFindings, Offset: 2}, later)
	if got := names(r.release(later)); !reflect.DeepEqual(got, []string{"L@1", "f100"}) {
		t.Fatalf("released %v, want [L@1 f100]", got)
	}
	if r.len() != 1 {
		t.Fatalf("%d held, want 1 (f200)", r.len())
	}
}

// TestReorderCommitsOnlyWhatWasLetGo: the committable offset of a partition
// stops at its first input still held, so a restart takes it in again.
func TestReorderCommitsOnlyWhatWasLetGo(t *testing.T) {
	r := newReorder(10*time.Second, time.Minute, twoTopics, t0)
	r.hold(findingAt("late", 100), kafka.Message{Topic: schemas.TopicFindings, Offset: 5}, t0)
	r.hold(findingAt("early", 1), kafka.Message{Topic: schemas.TopicFindings, Offset: 6}, t0)
	r.pass(kafka.Message{Topic: schemas.TopicFindings, Offset: 7}, t0) // a dead letter
	r.hold(checkAt("L", 1, 60), kafka.Message{Topic: schemas.TopicChecks, Offset: 3}, t0)
	if got := names(r.release(t0)); !reflect.DeepEqual(got, []string{"early"}) {
		t.Fatalf("released %v, want [early]", got)
	}
	want := map[string]map[int]int64{schemas.TopicFindings: {0: 5}, schemas.TopicChecks: {0: 3}}
	if got := r.committable(); !reflect.DeepEqual(got, want) {
		t.Fatalf("committable %v, want %v", got, want)
	}
	r.release(t0.Add(time.Hour))
	want = map[string]map[int]int64{schemas.TopicFindings: {0: 8}, schemas.TopicChecks: {0: 4}}
	if got := r.committable(); !reflect.DeepEqual(got, want) {
		t.Fatalf("committable after all went %v, want %v", got, want)
	}
}

// TestReorderReleaseEarliest: past the most it may hold, the buffer lets the
// earliest inputs go first, whatever the watermark says.
func TestReorderReleaseEarliest(t *testing.T) {
	r := newReorder(time.Hour, time.Minute, twoTopics, t0)
	for i, sec := range []int{30, 10, 20} {
		r.hold(findingAt(fmt.Sprint("f", sec), sec), kafka.Message{Topic: schemas.TopicFindings, Offset: int64(i)}, t0)
	}
	if got := names(r.releaseEarliest(2)); !reflect.DeepEqual(got, []string{"f10", "f20"}) {
		t.Fatalf("released %v, want [f10 f20]", got)
	}
	if got := r.committable()[schemas.TopicFindings][0]; got != 0 {
		t.Fatalf("committable %d, want 0: f30 at offset 0 is still held", got)
	}
}
