package message

import (
	"math/rand/v2"
	"testing"
)

// TestPlainEmailPossible checks the regexp's gate on random strings over the
// characters the pattern reads: whenever plainEmail matches, the gate lets it.
func TestPlainEmailPossible(t *testing.T) {
	const alphabet = "ab.z09@_%+*- @@..xq"
	r := rand.New(rand.NewPCG(3, 4))
	buf := make([]byte, 0, 24)
	for n := 0; n < 200000; n++ {
		buf = buf[:0]
		for k := r.IntN(24); k >= 0; k-- {
			buf = append(buf, alphabet[r.IntN(len(alphabet))])
		}
		if plainEmail.Match(buf) && !plainEmailPossible(buf) {
			t.Fatalf("plainEmail matches %q, gate says no", buf)
		}
	}
	for _, s := range []string{"tony@gmail.com", "t*@x.io", "a.b-c@d-e.f.gh", "x@y.zz"} {
		if !plainEmailPossible([]byte(s)) {
			t.Errorf("gate stops %q", s)
		}
	}
}
