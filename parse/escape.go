package parse

import (
	"unicode"
	"unicode/utf8"
)

// unescape appends the decoded form of a JSON (or logfmt) string body to dst: \n \t \r \b \f \"
// \\ \/ and \uXXXX with surrogate pairs. A lone or broken surrogate becomes U+FFFD; an unknown
// escape is kept as written, so no input byte is lost.
func unescape(dst, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			dst = append(dst, c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			dst = append(dst, '\n')
		case 't':
			dst = append(dst, '\t')
		case 'r':
			dst = append(dst, '\r')
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case '"', '\\', '/', '\'': // a single quote's escape in a single-quoted value (see singleQuoted)
			dst = append(dst, s[i])
		case 'u':
			r, n := decodeU(s, i+1)
			if n == 0 {
				dst = append(dst, '\\', 'u')
				continue
			}
			dst = utf8.AppendRune(dst, r)
			i += n
		default:
			dst = append(dst, '\\', s[i])
		}
	}
	return dst
}

// decodeU decodes the hex digits of a \u escape at s[i:] (after the 'u'), joining a surrogate pair
// when a second \u escape follows. n is the number of bytes used after the 'u', 0 if not hex.
func decodeU(s []byte, i int) (rune, int) {
	r, ok := hex4(s, i)
	if !ok {
		return 0, 0
	}
	if r < 0xD800 || r > 0xDFFF {
		return r, 4
	}
	if r <= 0xDBFF && i+10 <= len(s) && s[i+4] == '\\' && s[i+5] == 'u' {
		if lo, ok := hex4(s, i+6); ok && lo >= 0xDC00 && lo <= 0xDFFF {
			return 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00), 10
		}
	}
	return utf8.RuneError, 4
}

func hex4(s []byte, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range s[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

const hexDigits = "0123456789abcdef"

// appendQuoted appends s as a JSON string: quotes, backslashes and every control character (C0,
// DEL and the C1 range, so that no terminal escape survives) escaped, the invisible characters
// (U+2028/2029 for JavaScript readers, the bidirectional and zero-width ones so that a JSON file
// shown in a terminal reads as it is) escaped, and each invalid UTF-8 byte replaced by \ufffd.
func appendQuoted(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\t':
				dst = append(dst, '\\', 't')
			case '\r':
				dst = append(dst, '\\', 'r')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if escapedRune(r) {
			dst = append(dst, s[start:i]...)
			dst = appendU4(dst, r)
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Invisible reports whether r reorders or hides text without showing itself: the format
// characters (Unicode's category Cf: the bidirectional controls, the zero-width characters, the
// soft hyphen, the number signs that prefix Arabic digits, and past the Basic Multilingual Plane
// the tag characters, which can spell hidden text, and the musical and hieroglyphic format
// controls), the other characters Unicode says to draw as nothing (the combining grapheme
// joiner, the Hangul fillers that spoof blank names) and the line and paragraph separators. A log
// line or a file name could use them to make what is shown differ from what is there ("gnp.exe"
// shown as "exe.png"), and terminals do not agree on how wide they are (tmux draws a soft hyphen a
// column wide, width tables give it none), so that a row holding them would overrun its line. The text shape and the interface's sanitizer show them as
// \uNNNN, and JSON Lines escapes them.
func Invisible(r rune) bool {
	switch {
	case r < 0xad:
		return false
	case r == 0x2028, r == 0x2029:
		return true
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r)
}

// escapedRune reports whether the JSON writers escape the valid rune r past ASCII: a C1 control
// or an invisible character.
func escapedRune(r rune) bool { return r < 0xa0 || Invisible(r) }
