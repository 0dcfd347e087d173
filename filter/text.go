package filter

import (
	"bytes"
	"encoding/binary"
	"math/bits"
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
	// word is set when wordSubsequence can test eight bytes at a time for c: its single-byte
	// forms are one byte or the two cases of a letter, and any multi-byte form, which starts
	// with a byte of 0x80 or above, is left to char.search by stopping at such bytes.
	word bool
	fold uint64 // 0x20 in every byte when lo and up are the two cases of a letter, else 0
	want uint64 // lo, lower-cased when fold is set, in every byte
	stop uint64 // highs when there are multi-byte forms, else 0
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
		c.setWord()
		chars = append(chars, c)
	}
	return chars
}

// setWord prepares the word-at-a-time scan when the forms allow it.
func (c *char) setWord() {
	lower := c.lo | 0x20
	switch {
	case !c.ascii:
	case c.up == c.lo:
		c.word, c.want = true, ones*uint64(c.lo)
	case c.up == c.lo^0x20 && 'a' <= lower && lower <= 'z':
		c.word, c.fold, c.want = true, ones*0x20, ones*uint64(lower)
	}
	if c.word && c.multi != nil {
		c.stop = highs
	}
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

// Tuning and constants of the word-at-a-time scan of subsequence.
const (
	// nearBytes is how far the scan looks for a character before the vector searches take over:
	// a fuzzy pattern's next character is mostly a few bytes on, where testing eight bytes with a
	// few arithmetic operations beats the setup of vector searches, but it loses to them over a
	// long stretch without the character.
	nearBytes = 32
	ones      = 0x0101010101010101
	highs     = 0x8080808080808080
)

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

// subsequence reports whether chars occur in s in order: the fuzzy match condition. The next
// character usually lies a few bytes on, where the word-at-a-time scan is fastest; one that
// is further away is left to the vector searches.
func subsequence(s []byte, chars []char) bool {
	pos, k := 0, 0
	for {
		var n int
		pos, n = wordSubsequence(s, pos, chars[k:])
		if k += n; k == len(chars) {
			return true
		}
		j, size := chars[k].search(s[pos:])
		if j < 0 {
			return false
		}
		pos += j + size
		if k++; k == len(chars) {
			return true
		}
	}
}

// wordSubsequence finds chars in s[pos:] in order, eight bytes at a time, starting the search
// for each character right after the previous one. It returns the offset after the last
// character found and how many it found. It stops early at a character it cannot scan for or has
// not found within nearBytes, and before a non-ASCII byte when the character has multi-byte forms.
func wordSubsequence(s []byte, pos int, chars []char) (int, int) {
	for k := range chars {
		c := &chars[k]
		if !c.word {
			return pos, k
		}
		end := min(len(s), pos+nearBytes)
		for {
			w, valid := loadWord(s[pos:end])
			x := (w | c.fold) ^ c.want
			// The lowest flagged byte is exact: a false zero flag only follows a true one.
			if hit := ((x-ones)&^x&highs | w&c.stop) & valid; hit != 0 {
				pos += bits.TrailingZeros64(hit) / 8
				if c.stop != 0 && s[pos] >= utf8.RuneSelf {
					return pos, k // a multi-byte form, or not: char.search decides
				}
				pos++
				break
			}
			if pos += 8; pos >= end {
				return end, k
			}
		}
	}
	return pos, len(chars)
}

// loadWord reads up to eight bytes of s as a little-endian word, and a mask of the bytes read.
func loadWord(s []byte) (w, valid uint64) {
	if len(s) >= 8 {
		return binary.LittleEndian.Uint64(s), ^uint64(0)
	}
	for i := len(s) - 1; i >= 0; i-- {
		w = w<<8 | uint64(s[i])
	}
	return w, 1<<(8*len(s)) - 1
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
