package parse

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// The escapers below write JSON string bodies (without the quotes) by the rules of appendQuoted:
// quotes, backslashes, C0, DEL, C1 and the invisible characters escaped, each invalid UTF-8 byte replaced by
// \ufffd. They run over plain text eight bytes at a time. Escaping is applied piece by piece, so a
// decoded string can be escaped as it is decoded; that gives the same bytes as escaping it whole
// because every cut between pieces falls next to an ASCII byte or a complete rune, where no UTF-8
// sequence can straddle it.

// bytesOf views the bytes of s without copying; the escapers only read them.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// appendQuotedBytes is appendQuoted for a byte slice, eight plain bytes at a time.
func appendQuotedBytes(dst, s []byte) []byte {
	dst = append(dst, '"')
	dst = appendEscaped(dst, s)
	return append(dst, '"')
}

const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// needsEscape8 has the high bit set in each byte of x that needs escaping: below 0x20 (the
// subtraction borrows), DEL and above (the addition reaches the high bit, or it was set), '"' and
// '\\' (a zero byte after the xor). Borrows and carries only run upwards from a byte that needs
// escaping, so the lowest set bit marks the first such byte exactly.
func needsEscape8(x uint64) uint64 {
	ctl := (x - swarOnes*0x20) | (x + swarOnes)
	return (ctl | zeroBytes(x^swarOnes*'"') | zeroBytes(x^swarOnes*'\\')) & swarHigh
}

// zeroBytes has the high bit of a byte set where v has a zero byte (and maybe above one).
func zeroBytes(v uint64) uint64 { return (v - swarOnes) &^ v }

// shortPiece is the length up to which a key or value is first checked byte by byte: most are
// a few bytes long and plain, and a plain copy of them costs less than setting up escapeInto.
const shortPiece = 16

// plainBytes reports whether no byte of s needs escaping.
func plainBytes(s []byte) bool {
	for _, c := range s {
		if c < 0x20 || c == '"' || c == '\\' || c >= 0x7f {
			return false
		}
	}
	return true
}

// escapeChunk is how much input appendEscaped escapes per capacity check: the room it reserves is
// the worst case, six output bytes per input byte, so a huge line must not reserve it all at once.
const escapeChunk = 1024

func appendEscaped(dst, s []byte) []byte {
	dst, _ = appendEscapedHigh(dst, s)
	return dst
}

// appendEscapedHigh is appendEscaped that also reports whether s holds a byte past ASCII: when it
// does not, s is valid UTF-8 without another look at it.
func appendEscapedHigh(dst, s []byte) (out []byte, high bool) {
	if len(s) <= shortPiece && plainBytes(s) {
		return append(dst, s...), false
	}
	for len(s) > 0 {
		n := min(len(s), escapeChunk)
		// Room for the worst case, plus the overrun of the last step past n: eight plain bytes
		// at once or the rest of a rune.
		dst = growBytes(dst, 6*(n+8))
		var used int
		var h bool
		dst, used, h = escapeInto(dst, s, n)
		high = high || h
		s = s[used:]
	}
	return dst, high
}

// growBytes returns dst with room for n more bytes. It doubles the capacity, where append's
// growth of a large slice is a quarter: a buffer that many entries are encoded into is then copied
// a few times, not dozens, and nothing is cleared that is about to be written.
func growBytes(dst []byte, n int) []byte {
	if cap(dst)-len(dst) >= n {
		return dst
	}
	out := make([]byte, len(dst), max(2*cap(dst), len(dst)+n))
	copy(out, dst)
	return out
}

// escapeInto escapes s from its start until at least limit bytes are used, writing into the spare
// capacity of dst, which holds the worst case. It returns dst extended, the bytes used, and
// whether they held a byte past ASCII.
func escapeInto(dst, s []byte, limit int) (out []byte, used int, high bool) {
	n := len(dst)
	buf := dst[:cap(dst)]
	i := 0
	for i < limit {
		// Sixteen plain bytes at a time while they last, which is most of a log line. Each word
		// is copied before it is checked: the bytes before its first one that needs escaping are
		// kept, the rest is written again.
		var x, m uint64
		if i+16 <= len(s) {
			for {
				x = binary.LittleEndian.Uint64(s[i:])
				y := binary.LittleEndian.Uint64(s[i+8:])
				mx, my := needsEscape8(x), needsEscape8(y)
				binary.LittleEndian.PutUint64(buf[n:], x)
				binary.LittleEndian.PutUint64(buf[n+8:], y)
				if mx|my != 0 {
					if mx == 0 {
						n += 8
						i += 8
						x, mx = y, my
					}
					m = mx
					break
				}
				n += 16
				i += 16
				if i+16 > len(s) || i >= limit {
					break
				}
			}
			if m == 0 {
				continue
			}
		} else if i+8 <= len(s) {
			x = binary.LittleEndian.Uint64(s[i:])
			m = needsEscape8(x)
			binary.LittleEndian.PutUint64(buf[n:], x)
			if m == 0 {
				n += 8
				i += 8
				continue
			}
		} else {
			break
		}
		// Quotes and backslashes are escaped in place, one after another: JSON text has one
		// every few bytes, and leaving the word for each costs more than shifting it. A mask bit
		// above an escaped byte may be a false alarm (needsEscape8 is exact only at its lowest
		// bit); such a byte is then handled below, as any other, and comes out the same.
		rest := 8
		for m != 0 {
			k := bits.TrailingZeros64(m) >> 3
			if c := byte(x >> (k * 8)); c != '"' && c != '\\' {
				break
			}
			buf[n+k] = '\\'
			binary.LittleEndian.PutUint64(buf[n+k+1:], x>>(k*8))
			n += k + 2
			i += k + 1
			x >>= k*8 + 8
			m >>= k*8 + 8
			rest -= k + 1
		}
		if m == 0 {
			n += rest
			i += rest
			continue
		}
		k := bits.TrailingZeros64(m) >> 3
		n += k
		i += k
		n, i, high = escapeByte(buf, s, n, i, high)
	}
	for i < limit && i < len(s) {
		if c := s[i]; c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			buf[n] = c
			n++
			i++
			continue
		}
		n, i, high = escapeByte(buf, s, n, i, high)
	}
	return buf[:n], i, high
}

// escapeByte escapes the byte or rune at s[i] into buf[n:], and returns the positions after them
// and high, set when it was past ASCII.
func escapeByte(buf, s []byte, n, i int, high bool) (int, int, bool) {
	c := s[i]
	switch {
	case c >= 0x20 && c != '"' && c != '\\' && c < 0x7f:
		buf[n] = c
		return n + 1, i + 1, high
	case c == '"' || c == '\\':
		buf[n], buf[n+1] = '\\', c
		return n + 2, i + 1, high
	case c < utf8.RuneSelf:
		return n + len(appendEscapedASCII(buf[n:n], c)), i + 1, high
	}
	w, size := escapeRuneInto(buf[n:], s[i:])
	return n + w, i + size, true
}

// escapeRuneInto escapes the rune (or invalid byte) that s starts with into buf, which has room,
// and returns how many bytes it wrote and how many it used.
func escapeRuneInto(buf, s []byte) (written, used int) {
	r, size := utf8.DecodeRune(s)
	switch {
	case r == utf8.RuneError && size == 1:
		return copy(buf, `\ufffd`), 1
	case escapedRune(r):
		return len(appendU4(buf[:0], r)), size
	}
	return copy(buf, s[:size]), size
}

// appendEscapedASCII escapes one ASCII byte.
func appendEscapedASCII(dst []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(dst, '\\', c)
	case '\n':
		return append(dst, '\\', 'n')
	case '\t':
		return append(dst, '\\', 't')
	case '\r':
		return append(dst, '\\', 'r')
	}
	if c < 0x20 || c == 0x7f {
		return appendU4(dst, rune(c))
	}
	return append(dst, c)
}

// appendU4 writes r as JSON's \uNNNN escape; past the Basic Multilingual Plane, as the pair of
// UTF-16 surrogates JSON spells such a rune with.
func appendU4(dst []byte, r rune) []byte {
	if r > 0xffff {
		hi, lo := utf16.EncodeRune(r)
		return appendU4(appendU4(dst, hi), lo)
	}
	return append(dst, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// appendEscapedRune escapes one valid rune.
func appendEscapedRune(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		return appendEscapedASCII(dst, byte(r))
	case escapedRune(r):
		return appendU4(dst, r)
	}
	return utf8.AppendRune(dst, r)
}

// appendUnescaped escapes what unescape would decode from s, without decoding it into a buffer
// first. Its cases follow unescape's one for one.
func appendUnescaped(dst, s []byte) []byte {
	if (len(s) <= shortPiece && plainBytes(s)) || bytes.IndexByte(s, '\\') < 0 {
		return appendEscaped(dst, s)
	}
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			continue
		}
		dst = appendEscaped(dst, s[start:i])
		i++
		start = i + 1
		switch s[i] {
		case 'n':
			dst = append(dst, '\\', 'n')
		case 't':
			dst = append(dst, '\\', 't')
		case 'r':
			dst = append(dst, '\\', 'r')
		case 'b':
			dst = appendU4(dst, '\b')
		case 'f':
			dst = appendU4(dst, '\f')
		case '"', '\\':
			dst = append(dst, '\\', s[i])
		case '/':
			dst = append(dst, '/')
		case 'u':
			r, n := decodeU(s, i+1)
			if n == 0 {
				dst = append(dst, '\\', '\\', 'u')
				continue
			}
			dst = appendEscapedRune(dst, r)
			i += n
			start = i + 1
		default:
			// The backslash is kept and the byte after it starts the next plain piece: it may
			// open a multi-byte rune that must be escaped together with its continuation.
			dst = append(dst, '\\', '\\')
			start = i
		}
	}
	return appendEscaped(dst, s[start:])
}

// appendSDUnescaped escapes what sdUnescape would decode from s: \" \\ and \] lose their backslash.
func appendSDUnescaped(dst, s []byte) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\' || s[i+1] == ']') {
			dst = appendEscaped(dst, s[start:i])
			i++
			start = i
		}
	}
	return appendEscaped(dst, s[start:])
}

// appendCompactEscaped escapes what compactJSON would write for the valid JSON text b: the blanks
// outside strings dropped.
func appendCompactEscaped(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		switch b[i] {
		case ' ', '\t', '\n', '\r':
			i++
			continue
		case '"':
			e, _, ok := stringEnd(b, i)
			if !ok {
				return appendEscaped(dst, b[i:])
			}
			dst = appendEscaped(dst, b[i:e])
			i = e
			continue
		}
		j := i + 1
		for j < len(b) && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' && b[j] != '"' {
			j++
		}
		dst = appendEscaped(dst, b[i:j])
		i = j
	}
	return dst
}
