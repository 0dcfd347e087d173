package parse

import "unicode/utf8"

// TrimPartialRune returns b without the UTF-8 sequence that its end cuts short, if any: a cap
// applied to a line must not split a character, which would turn it into invalid bytes (shown as
// U+FFFD, and making a valid line look binary). Bytes that are not UTF-8 at all are kept.
func TrimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		c := b[i]
		if c < utf8.RuneSelf {
			return b // ASCII: nothing after it can be a sequence's start
		}
		if !utf8.RuneStart(c) {
			continue // a continuation byte: its start is further back
		}
		if need := seqLen(c); need > len(b)-i && validPrefix(b[i:], need) {
			return b[:i]
		}
		return b
	}
	return b
}

// seqLen is the length of the UTF-8 sequence that the start byte c announces; 1 for a byte no
// sequence starts with.
func seqLen(c byte) int {
	switch {
	case c&0xe0 == 0xc0:
		return 2
	case c&0xf0 == 0xe0:
		return 3
	case c&0xf8 == 0xf0:
		return 4
	}
	return 1
}

// validPrefix reports whether p, shorter than need, could be completed into a valid sequence of
// need bytes: some character was cut rather than garbage kept.
func validPrefix(p []byte, need int) bool {
	var buf [utf8.UTFMax]byte
	n := copy(buf[:], p)
	// Complete the sequence with the smallest continuation bytes that make it valid, trying the
	// few second bytes a start byte may require (E0 needs A0+, F0 needs 90+, ED and F4 cap it).
	for _, second := range [...]byte{0x80, 0x90, 0xa0} {
		for i := n; i < need; i++ {
			buf[i] = 0x80
			if i == 1 {
				buf[i] = second
			}
		}
		if r, size := utf8.DecodeRune(buf[:need]); r != utf8.RuneError && size == need {
			return true
		}
	}
	return false
}
