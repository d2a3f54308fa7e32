package kafkaio

import (
	"fmt"
	"testing"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"
)

// javaMurmur2 are the Java client's own vectors (UtilsTest.testMurmur2 in
// apache/kafka): Utils.murmur2(key) as a signed int.
var javaMurmur2 = []struct {
	key  string
	hash int32
}{
	{"21", -973932308},
	{"foobar", -790332482},
	{"a-little-bit-long-string", -985981536},
	{"a-little-bit-longer-string", -1486304829},
	{"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971},
	{"abc", 479470107},
}

// toPositive is the Java client's Utils.toPositive.
func toPositive(h int32) int { return int(uint32(h) & 0x7fffffff) }

func TestPartitionMatchesTheJavaClient(t *testing.T) {
	for _, v := range javaMurmur2 {
		for _, n := range []int{1, 6, 12, 24, 48, 1000, 65521} {
			// DefaultPartitioner / BuiltInPartitioner.partitionForKey
			want := toPositive(v.hash) % n
			if got := PartitionFunc(n)([]byte(v.key)); got != want {
				t.Errorf("PartitionFunc(%d)(%q) = %d, want %d", n, v.key, got, want)
			}
			if got := balance(t, []byte(v.key), n); got != want {
				t.Errorf("Balancer() puts %q on %d of %d partitions, want %d", v.key, got, n, want)
			}
		}
	}
}

// TestPartitionMatchesFranzGo checks keys of every shape (lengths 0 to 40
// for the tail bytes, multi-byte UTF-8) against franz-go's default
// partitioner, a second murmur2 implementation.
func TestPartitionMatchesFranzGo(t *testing.T) {
	franz := kgo.StickyKeyPartitioner(nil).ForTopic("findings.v1")
	keys := [][]byte{{}, {0xff}, {0x80, 0x00, 0x7f}, []byte("商户-0001"), []byte("m-ö-ø-€")}
	for i := range 41 {
		k := make([]byte, i)
		for j := range k {
			k[j] = byte(31*i + 7*j + 200)
		}
		keys = append(keys, k, []byte(fmt.Sprintf("merchant-%0*d", i, i)))
	}
	for _, key := range keys {
		for _, n := range []int{1, 5, 12, 24, 1000} {
			want := franz.Partition(&kgo.Record{Key: key}, n)
			if got := PartitionFunc(n)(key); got != want {
				t.Errorf("PartitionFunc(%d)(%x) = %d, franz-go %d", n, key, got, want)
			}
			if len(key) > 0 {
				if got := balance(t, key, n); got != want {
					t.Errorf("Balancer() puts %x on %d of %d partitions, franz-go on %d", key, got, n, want)
				}
			}
		}
	}
}

func balance(t *testing.T, key []byte, n int) int {
	t.Helper()
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	return Balancer().Balance(kafka.Message{Key: key}, ids...)
}

func TestWriterUsesTheBalancer(t *testing.T) {
	w := NewWriter([]string{"localhost:9092"})
	defer w.Close()
	if _, ok := w.Balancer.(*kafka.Murmur2Balancer); !ok {
		t.Errorf("writer balancer %T, want murmur2", w.Balancer)
	}
}
