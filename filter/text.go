package filter

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// char is one character of a fuzzy pattern, with every byte sequence it may appear as in text:
// itself and, when case is ignored, the other members of its Unicode simple-fold orbit (the same
// equivalence github.com/sahilm/fuzzy uses, so 'k' also finds the Kelvin sign).
type char struct {
	lo, up byte     // single-byte forms; up == lo when there is only one
	ascii  bool     // lo and up are set
	multi  [][]byte // multi-byte forms
}

// newChars splits a fuzzy pattern into chars. Invalid UTF-8 in the pattern stands for U+FFFD,
// as it does in sahilm/fuzzy.
func newChars(pattern string, fold bool) []char {
	chars := make([]char, 0, len(pattern))
	for _, r := range pattern {
		var c char
		forms := []rune{r}
		if fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				forms = append(forms, f)
			}
		}
		for _, f := range forms {
			switch {
			case f < utf8.RuneSelf && !c.ascii:
				c.lo, c.up, c.ascii = byte(f), byte(f), true
			case f < utf8.RuneSelf:
				c.up = byte(f)
			default:
				c.multi = append(c.multi, utf8.AppendRune(nil, f))
			}
		}
		chars = append(chars, c)
	}
	return chars
}

// index returns the offset and length of the first form of c in s, or -1. Each form is searched
// with the SIMD-accelerated bytes.IndexByte or bytes.Index, and every search after the first
// is bounded by the best offset found so far.
func (c *char) index(s []byte) (int, int) {
	if c.ascii && c.multi == nil {
		// Fuzzy matches mostly find their next character within a few bytes, where a plain
		// loop beats the setup of two vector searches.
		n := min(len(s), shortScan)
		if c.up == c.lo^0x20 && c.lo|0x20 == c.lo {
			// An ASCII letter in either case: one comparison per byte.
			for i, b := range s[:n] {
				if b|0x20 == c.lo {
					return i, 1
				}
			}
		} else {
			for i, b := range s[:n] {
				if b == c.lo || b == c.up {
					return i, 1
				}
			}
		}
		if i, size := c.search(s[n:]); i >= 0 {
			return n + i, size
		}
		return -1, 0
	}
	return c.search(s)
}

// shortScan is how many bytes char.index tests one by one before switching to vector searches.
const shortScan = 16

// search is index done with vector searches only.
func (c *char) search(s []byte) (int, int) {
	best, size := -1, 0
	if c.ascii {
		best = bytes.IndexByte(s, c.lo)
		if c.up != c.lo {
			lim := s
			if best >= 0 {
				lim = s[:best]
			}
			if j := bytes.IndexByte(lim, c.up); j >= 0 {
				best = j
			}
		}
		size = 1
	}
	for _, f := range c.multi {
		lim := s
		if best >= 0 {
			lim = s[:min(len(s), best+len(f)-1)]
		}
		if j := bytes.Index(lim, f); j >= 0 {
			best, size = j, len(f)
		}
	}
	return best, size
}

// subsequence reports whether chars occur in s in order: the fuzzy match condition.
func subsequence(s []byte, chars []char) bool {
	pos := 0
	for i := range chars {
		j, n := chars[i].index(s[pos:])
		if j < 0 {
			return false
		}
		pos += j + n
	}
	return true
}

// subsequencePositions returns the leftmost in-order positions of chars in s, or nil. It is the
// highlighting fallback for the cases sahilm/fuzzy does not cover (case-sensitive terms, NUL bytes).
func subsequencePositions(s []byte, chars []char) []int {
	pos := 0
	out := make([]int, 0, len(chars))
	for i := range chars {
		j, n := chars[i].index(s[pos:])
		if j < 0 {
			return nil
		}
		out = append(out, pos+j)
		pos += j + n
	}
	return out
}

// substr is an ASCII-folding or case-sensitive substring needle. Needles with non-ASCII letters
// that fold are matched by a regular expression instead (see term.re), because their folded forms
// may differ in byte length.
type substr struct {
	needle []byte // lower-cased when fold
	fold   bool
	anchor int // index of the needle's rarest byte, searched first when folding
}

func newSubstr(text string, fold bool) substr {
	s := substr{needle: []byte(text), fold: fold}
	if fold {
		// Only ASCII letters are folded here: other needles are matched by term.re, and
		// bytes.ToLower would rewrite invalid UTF-8.
		for i, b := range s.needle {
			if 'A' <= b && b <= 'Z' {
				s.needle[i] = b + 'a' - 'A'
			}
		}
		for i, b := range s.needle {
			if byteRank(b) < byteRank(s.needle[s.anchor]) {
				s.anchor = i
			}
		}
	}
	return s
}

// index returns the offset of the first occurrence of the needle in s, or -1.
func (n *substr) index(s []byte) int {
	if !n.fold {
		return bytes.Index(s, n.needle)
	}
	k, size := n.anchor, len(n.needle)
	lo := n.needle[k]
	up := lo
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for off := 0; off+size <= len(s); {
		// The anchor byte can only sit where a whole needle around it still fits.
		win := s[off+k : len(s)-(size-1-k)]
		i := bytes.IndexByte(win, lo)
		if up != lo {
			lim := win
			if i >= 0 {
				lim = win[:i]
			}
			if j := bytes.IndexByte(lim, up); j >= 0 {
				i = j
			}
		}
		if i < 0 {
			return -1
		}
		start := off + i
		if equalFoldASCII(s[start:start+size], n.needle) {
			return start
		}
		off = start + 1
	}
	return -1
}

func (n *substr) equal(s []byte) bool {
	if !n.fold {
		return bytes.Equal(s, n.needle)
	}
	return len(s) == len(n.needle) && equalFoldASCII(s, n.needle)
}

func (n *substr) prefixOf(s []byte) bool {
	return len(s) >= len(n.needle) && n.equal(s[:len(n.needle)])
}

func (n *substr) suffixOf(s []byte) bool {
	return len(s) >= len(n.needle) && n.equal(s[len(s)-len(n.needle):])
}

// equalFoldASCII compares s with a lower-case needle of the same length, folding ASCII letters in s.
func equalFoldASCII(s, lower []byte) bool {
	for i, b := range s {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != lower[i] {
			return false
		}
	}
	return true
}

// byteRank estimates how common a (lower-case) byte is in log text: lower is rarer. The rarest
// byte of a needle is searched first, so that fewer candidate positions need verifying.
func byteRank(b byte) int {
	const common = "e tar.oinsl:0-1/2=_dchu3m5p4g6789f\"wy,b[]kv()x"
	if i := bytes.IndexByte([]byte(common), b); i >= 0 {
		return 100 + len(common) - i
	}
	return 0
}

// hasUpper reports whether s contains an upper-case letter: the smart-case test.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is plain ASCII, where byte-wise folding is exact.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
