package market

import (
	"encoding/binary"
	"fmt"
)

func appendUvarint(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }
func appendVarint(b []byte, v int64) []byte   { return binary.AppendVarint(b, v) }

// byteReader decodes the row encoding from a byte slice.
type byteReader struct {
	b   []byte
	pos int
}

func (r *byteReader) remaining() int { return len(r.b) - r.pos }

func (r *byteReader) byte() (byte, error) {
	if r.pos >= len(r.b) {
		return 0, fmt.Errorf("%w: truncated", errCorrupt)
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *byteReader) uvarint() (uint64, error) {
	v, n := binary.Uvarint(r.b[r.pos:])
	if n <= 0 {
		return 0, fmt.Errorf("%w: bad uvarint", errCorrupt)
	}
	// Reject non-minimal encodings so that a decoded row re-encodes to the
	// same bytes.
	if n != uvarintLen(v) {
		return 0, fmt.Errorf("%w: non-minimal uvarint", errCorrupt)
	}
	r.pos += n
	return v, nil
}

func (r *byteReader) varint() (int64, error) {
	u, err := r.uvarint()
	if err != nil {
		return 0, err
	}
	// Zig-zag, as binary.PutVarint writes it.
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v, nil
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}
