package deadletter

import (
	"bytes"
	"testing"
	"time"
)

func TestRoundTripKeepsExactBytes(t *testing.T) {
	raw := []byte{0xff, 0xfe, '{', 0x00, '}'} // not UTF-8, not JSON: must survive as is
	in := Record{Reason: "event is not valid UTF-8", Stage: StageDecode, SourceTopic: "listings.v1",
		SourcePartition: 3, SourceOffset: 42, Key: []byte("L-1"), Raw: raw, FailedAt: time.Unix(1, 0).UTC()}
	b, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	out, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Raw, raw) || out.SourceOffset != 42 || out.SourcePartition != 3 || string(out.Key) != "L-1" {
		t.Fatalf("round trip changed the record: %+v", out)
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, in := range []string{``, `{}`, `{"reason":"x"}`, `{"source_topic":"t"}`, `[1]`, `{"reason":"x","source_topic":"t","raw":"!!"}`} {
		if _, err := Decode([]byte(in)); err == nil {
			t.Errorf("Decode(%q) accepted a bad record", in)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"reason":"r","stage":"decode","source_topic":"listings.v1","source_partition":0,"source_offset":1,"key":"TC0x","raw":"e30=","failed_at":"2026-01-01T00:00:00Z"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Decode(b)
		if err != nil {
			return
		}
		if _, err := r.Encode(); err != nil {
			t.Fatalf("decoded record does not encode: %v", err)
		}
	})
}
