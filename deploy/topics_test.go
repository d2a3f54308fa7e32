package deploy

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/haili/haili/schemas"
)

const topicsFile = "kafka/topics.yaml"

// topicKinds says, for every topic the code uses, whether it is a stream of
// events (deleted after its retention) or state keyed by an entity id
// (compacted). A new topic must be added here on purpose.
var topicKinds = map[string]string{
	schemas.TopicListings:   "state", // key listing_id, each message the whole listing
	schemas.TopicMessages:   "event",
	schemas.TopicOrders:     "event",
	schemas.TopicComplaints: "event",
	schemas.TopicFindings:   "event",
	schemas.TopicChecks:     "event", // key merchant_id: compaction would keep one check per merchant
	schemas.TopicDeadletter: "event",
	schemas.TopicActions:    "event",
	schemas.TopicNotices:    "event",
}

// topicConfigKeys are the topic-level Kafka settings the file may use.
var topicConfigKeys = []string{
	"cleanup.policy", "retention.ms", "retention.bytes", "min.insync.replicas", "min.compaction.lag.ms",
	"max.compaction.lag.ms", "delete.retention.ms", "segment.ms", "segment.bytes", "max.message.bytes", "compression.type",
}

func topicsByName(t *testing.T) map[string]*kafkaTopic {
	t.Helper()
	objs, err := loadFile(topicsFile)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*kafkaTopic{}
	for _, o := range objs {
		kt, ok := o.obj.(*kafkaTopic)
		if !ok {
			t.Fatalf("%s: only KafkaTopic resources belong in %s", o, topicsFile)
		}
		if _, dup := out[kt.Spec.TopicName]; dup {
			t.Errorf("topic %s defined twice", kt.Spec.TopicName)
		}
		out[kt.Spec.TopicName] = kt
	}
	return out
}

func TestTopicsCoverTheCode(t *testing.T) {
	topics := topicsByName(t)
	for _, name := range schemas.Topics {
		if _, ok := topics[name]; !ok {
			t.Errorf("topic %s is used by the code but not defined in %s", name, topicsFile)
		}
		if _, ok := topicKinds[name]; !ok {
			t.Errorf("topic %s: add it to topicKinds (event or state)", name)
		}
	}
}

func TestTopicDefinitions(t *testing.T) {
	for name, kt := range topicsByName(t) {
		t.Run(name, func(t *testing.T) {
			spec := kt.Spec
			if want := strings.ReplaceAll(name, ".", "-"); kt.Name != want {
				t.Errorf("resource name %q, want %q", kt.Name, want)
			}
			if kt.Labels["strimzi.io/cluster"] == "" {
				t.Error("no strimzi.io/cluster label")
			}
			if spec.Partitions < 1 || spec.Replicas < 3 {
				t.Errorf("partitions %d, replicas %d: want >= 1 and >= 3", spec.Partitions, spec.Replicas)
			}
			isr, err := strconv.Atoi(spec.Config["min.insync.replicas"])
			if err != nil || isr < 2 || int32(isr) >= spec.Replicas {
				t.Errorf("min.insync.replicas %q: want 2 <= it < replicas (%d)", spec.Config["min.insync.replicas"], spec.Replicas)
			}
			for k := range spec.Config {
				if !slices.Contains(topicConfigKeys, k) {
					t.Errorf("unknown topic config %q", k)
				}
			}
			kind := kt.Annotations["haili.io/kind"]
			if want, ok := topicKinds[name]; ok && kind != want {
				t.Errorf("haili.io/kind %q, want %q", kind, want)
			}
			policy := spec.Config["cleanup.policy"]
			switch kind {
			case "state":
				if policy != "compact" && policy != "compact,delete" {
					t.Errorf("a state topic must be compacted, cleanup.policy is %q", policy)
				}
			case "event":
				if policy != "delete" {
					t.Errorf("an event topic must not be compacted, cleanup.policy is %q", policy)
				}
				if ms, err := strconv.ParseInt(spec.Config["retention.ms"], 10, 64); err != nil || ms < 24*3600*1000 {
					t.Errorf("retention.ms %q: want at least a day", spec.Config["retention.ms"])
				}
			default:
				t.Errorf("haili.io/kind %q: want event or state", kind)
			}
		})
	}
}

// TestEnforcementInputsAreCoPartitioned: haili-enforce owns the merchants of
// its findings.v1 partitions and reads the same partitions of
// listing-checks.v1; both are keyed by merchant_id, so both need the same
// partition count for a merchant's checks to reach the worker of its findings.
func TestEnforcementInputsAreCoPartitioned(t *testing.T) {
	topics := topicsByName(t)
	f, c := topics[schemas.TopicFindings], topics[schemas.TopicChecks]
	if f == nil || c == nil {
		t.Fatal("findings or listing-checks topic missing")
	}
	if f.Spec.Partitions != c.Spec.Partitions {
		t.Errorf("%s has %d partitions, %s %d: want equal", schemas.TopicFindings, f.Spec.Partitions, schemas.TopicChecks, c.Spec.Partitions)
	}
}
