package parse

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"
)

// The escapers below write JSON string bodies (without the quotes) by the rules of appendQuoted:
// quotes, backslashes, C0, DEL, C1, U+2028 and U+2029 escaped, each invalid UTF-8 byte replaced by
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

// plain8 reports whether none of the eight bytes in x needs escaping: each is printable ASCII other
// than '"' and '\'. Each term is the classic has-zero-byte or has-byte-less-than test, exact when
// only asked whether any byte matches.
func plain8(x uint64) bool {
	less := (x - swarOnes*0x20) &^ x
	quote := zeroBytes(x ^ swarOnes*'"')
	bslash := zeroBytes(x ^ swarOnes*'\\')
	del := zeroBytes(x ^ swarOnes*0x7f)
	return (less|quote|bslash|del|x)&swarHigh == 0
}

// zeroBytes has the high bit of a byte set where v has a zero byte (and maybe above one).
func zeroBytes(v uint64) uint64 { return (v - swarOnes) &^ v }

func appendEscaped(dst, s []byte) []byte {
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plain8(binary.LittleEndian.Uint64(s[i:])) {
			i += 8
			continue
		}
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			dst = appendEscapedASCII(dst, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 {
			dst = append(dst, s[start:i]...)
			dst = appendU4(dst, r)
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(dst, s[start:]...)
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

func appendU4(dst []byte, r rune) []byte {
	return append(dst, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// appendEscapedRune escapes one valid rune.
func appendEscapedRune(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		return appendEscapedASCII(dst, byte(r))
	case r < 0xa0 || r == 0x2028 || r == 0x2029:
		return appendU4(dst, r)
	}
	return utf8.AppendRune(dst, r)
}

// appendUnescaped escapes what unescape would decode from s, without decoding it into a buffer
// first. Its cases follow unescape's one for one.
func appendUnescaped(dst, s []byte) []byte {
	if indexByteFrom(s, '\\', 0) < 0 {
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
