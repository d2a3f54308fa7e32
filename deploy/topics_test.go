package deploy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"sort"
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

// codeTopics returns the topics the code uses: the embedded broker's topic
// list (parsed from its source, since the package is internal to services)
// and every Topic constant of the schemas package.
func codeTopics(t *testing.T) []string {
	t.Helper()
	consts := map[string]string{}
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join("..", "schemas", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range af.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[n.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			}
		}
	}
	var topics []string
	for name, v := range consts {
		if strings.HasPrefix(name, "Topic") {
			topics = append(topics, v)
		}
	}
	src := filepath.Join("..", "services", "internal", "embedkafka", "embedkafka.go")
	af, err := parser.ParseFile(fset, src, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	ast.Inspect(af, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "Topics" || len(vs.Values) != 1 {
			return true
		}
		found = true
		for _, el := range vs.Values[0].(*ast.CompositeLit).Elts {
			switch e := el.(type) {
			case *ast.SelectorExpr:
				v, ok := consts[e.Sel.Name]
				if !ok {
					t.Errorf("%s: Topics element schemas.%s is not a string constant of schemas", src, e.Sel.Name)
				}
				topics = append(topics, v)
			case *ast.BasicLit:
				v, _ := strconv.Unquote(e.Value)
				topics = append(topics, v)
			default:
				t.Errorf("%s: cannot read Topics element %T", src, el)
			}
		}
		return false
	})
	if !found {
		t.Fatalf("%s: no var Topics", src)
	}
	sort.Strings(topics)
	return slices.Compact(topics)
}

func TestTopicsCoverTheCode(t *testing.T) {
	topics := topicsByName(t)
	for _, name := range codeTopics(t) {
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
