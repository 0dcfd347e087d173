package parse

import (
	"math/rand"
	"testing"
)

// TestNextTokenAgainstByteLoop checks the eight-bytes-at-a-time scan of nextToken against the
// plain loop it replaces, on words of every length next to blanks, tabs and bytes that differ
// from them by one bit (a borrow must not leak into the next byte).
func TestNextTokenAgainstByteLoop(t *testing.T) {
	alphabet := []byte{' ', '\t', 'a', 0, 0x21, 0x1f, 0x08, 0x0a, 0xa0, 0x89, 0xff, 0x80}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(40))
		for k := range b {
			b[k] = alphabet[rng.Intn(len(alphabet))]
		}
		from := 0
		if len(b) > 0 {
			from = rng.Intn(len(b))
		}
		s, e := nextToken(b, from)
		ws, we := plainNextToken(b, from)
		if s != ws || e != we {
			t.Fatalf("nextToken(%q, %d) = %d, %d; want %d, %d", b, from, s, e, ws, we)
		}
	}
}

func plainNextToken(b []byte, i int) (start, end int) {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	start = i
	for i < len(b) && b[i] != ' ' && b[i] != '\t' {
		i++
	}
	return start, i
}
