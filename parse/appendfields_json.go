package parse

import (
	"encoding/binary"
	"math/bits"
	"strconv"
)

// The fields of a JSON line are the line's object itself, written again as valid JSON: values keep
// their types (numbers, booleans, null, objects, arrays), strings are decoded and escaped again by
// the rules of appendEscaped at any depth, blanks outside strings are dropped, and no key is
// flattened, so that {"a.b":1,"a":{"b":2}} keeps both. A key repeated in one object keeps its first
// place and its last value, as jq does; the fast path below hands such a line to the slow path
// (appendJSONObjectSlow), which is the only one to handle it. A number that JSON does not allow
// (a leading zero, "1.", "+1", "1e") is written as a string of its text, so that the output stays
// JSON whatever the scanner accepted.

// jsonWalk writes the members of a JSON object line while checking the line by the grammar walkJSON
// accepts, in the same single pass. A line that turns out not to be JSON has no fields, so what was
// written is cut off again.
type jsonWalk struct {
	fw   *fieldWriter
	line []byte
}

func (fw *fieldWriter) json(line []byte) {
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return
	}
	w := jsonWalk{fw: fw, line: line}
	end, ok := w.members(i, 1)
	if fw.fallback {
		return
	}
	if !ok || !objectLineEnd(line, end) {
		fw.dst = fw.dst[:fw.open]
	}
}

// members writes the members of the object at line[i] == '{', without its braces, as the object
// is nested in containers containers in all. It returns the index after the object. The keys of
// the object are compared with one another only: on return they are forgotten again.
func (w *jsonWalk) members(i, containers int) (int, bool) {
	fw, line := w.fw, w.line
	if containers > maxFastDepth {
		fw.fallback = true
		return 0, false
	}
	floor, n := fw.floor, fw.n
	fw.floor = n
	defer func() { fw.floor, fw.n = floor, n }()
	start := len(fw.dst)
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == '}' {
		return i + 1, true
	}
	for {
		if i >= len(line) || line[i] != '"' {
			return 0, false
		}
		if len(fw.dst) > start {
			fw.dst = append(fw.dst, ',')
		}
		fw.dst = append(fw.dst, '"')
		fw.keyStart = len(fw.dst)
		var end int
		var ok bool
		if fw.dst, end, ok = appendString(fw.dst, line, i); !ok {
			return 0, false
		}
		if !fw.newKey() {
			return 0, false
		}
		fw.dst = append(fw.dst, '"', ':')
		i = skipWS(line, end)
		if i >= len(line) || line[i] != ':' {
			return 0, false
		}
		i = skipWS(line, i+1)
		if i >= len(line) {
			return 0, false
		}
		if i, ok = w.value(i, containers); !ok {
			return 0, false
		}
		var closed bool
		if i, closed, ok = afterElement(line, i, '}'); closed || !ok {
			return i, ok
		}
	}
}

// value writes the value at line[i], nested in containers containers, and returns the index after it.
func (w *jsonWalk) value(i, containers int) (int, bool) {
	fw, line := w.fw, w.line
	switch c := line[i]; {
	case c == '{':
		fw.dst = append(fw.dst, '{')
		e, ok := w.members(i, containers+1)
		fw.dst = append(fw.dst, '}')
		return e, ok
	case c == '[':
		return w.array(i, containers+1)
	case c == '"':
		fw.dst = append(fw.dst, '"')
		var e int
		var ok bool
		if fw.dst, e, ok = appendString(fw.dst, line, i); !ok {
			return 0, false
		}
		fw.dst = append(fw.dst, '"')
		return e, true
	}
	e, ok := scalarEnd(line, i)
	if ok {
		fw.dst = appendJSONScalar(fw.dst, line[i:e])
	}
	return e, ok
}

// array writes the array at line[i] == '[', the containers-th level of nesting, and returns the
// index after it.
func (w *jsonWalk) array(i, containers int) (int, bool) {
	fw, line := w.fw, w.line
	if containers > maxFastDepth {
		fw.fallback = true
		return 0, false
	}
	fw.dst = append(fw.dst, '[')
	start := len(fw.dst)
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == ']' {
		fw.dst = append(fw.dst, ']')
		return i + 1, true
	}
	for {
		if i >= len(line) {
			return 0, false
		}
		if len(fw.dst) > start {
			fw.dst = append(fw.dst, ',')
		}
		var ok bool
		if i, ok = w.value(i, containers); !ok {
			return 0, false
		}
		var closed bool
		if i, closed, ok = afterElement(line, i, ']'); closed || !ok {
			if closed {
				fw.dst = append(fw.dst, ']')
			}
			return i, ok
		}
	}
}

// afterElement reads what follows a member or element at line[i]: a ',' and the space after it
// (the next index), or the container's closing byte (the index after it, and closed).
func afterElement(line []byte, i int, closing byte) (next int, closed, ok bool) {
	i = skipWS(line, i)
	switch {
	case i >= len(line):
		return 0, false, false
	case line[i] == ',':
		return skipWS(line, i+1), false, true
	case line[i] == closing:
		return i + 1, true, true
	}
	return 0, false, false
}

// appendString escapes the body of the string at line[i] == '"' and returns the index after it;
// ok is false when the string is not closed, and what was written is then to be discarded.
func appendString(dst, line []byte, i int) (out []byte, end int, ok bool) {
	if out, end, ok = appendPlainString(dst, line, i); ok {
		return out, end, true
	}
	end, esc, ok := stringEnd(line, i)
	if !ok {
		return dst, 0, false
	}
	return appendJSONString(dst, line[i+1:end-1], esc), end, true
}

// plainStringScan is how far appendPlainString looks for the end of a string: keys and most values
// are far shorter, and a bound keeps the room it reserves small.
const plainStringScan = 128

// appendPlainString copies the body of the string at line[i] == '"' when it holds nothing to
// escape or decode, which is most strings of a log line, finding its end in the same pass eight
// bytes at a time. ok is false otherwise (a backslash, a control, a byte past ASCII, no end
// within plainStringScan), with dst unchanged for the general path.
func appendPlainString(dst, line []byte, i int) (out []byte, end int, ok bool) {
	j := i + 1
	lim := min(len(line), j+plainStringScan)
	dst = growBytes(dst, plainStringScan+8)
	n := len(dst)
	buf := dst[:cap(dst)]
	for ; j+8 <= lim; j += 8 {
		x := binary.LittleEndian.Uint64(line[j:])
		binary.LittleEndian.PutUint64(buf[n:], x)
		if m := needsEscape8(x); m != 0 {
			k := bits.TrailingZeros64(m) >> 3
			if line[j+k] != '"' {
				return dst, 0, false
			}
			return buf[:n+k], j + k + 1, true
		}
		n += 8
	}
	for ; j < lim; j++ {
		switch c := line[j]; {
		case c == '"':
			return buf[:n], j + 1, true
		case c < 0x20 || c == '\\' || c >= 0x7f:
			return dst, 0, false
		}
		buf[n] = line[j]
		n++
	}
	return dst, 0, false
}

// appendJSONString escapes the body of a JSON string, decoding its escapes first when it has some.
func appendJSONString(dst, body []byte, escaped bool) []byte {
	if escaped {
		return appendUnescaped(dst, body)
	}
	return appendEscaped(dst, body)
}

// appendJSONScalar writes a number or literal as scalarEnd found it: true, false, null and a
// number JSON allows as they are, any other text as a string. So does a number beyond the range
// of a double (1e999999): JSON allows it, but most readers (Go's, Python's, JavaScript's) fail on
// it or turn it into infinity.
func appendJSONScalar(dst, s []byte) []byte {
	if s[0] == 't' || s[0] == 'f' || s[0] == 'n' || (jsonNumber(s) && finiteNumber(s)) {
		return append(dst, s...)
	}
	dst = append(dst, '"')
	dst = appendEscaped(dst, s)
	return append(dst, '"')
}

// jsonNumber reports whether s is a number by JSON's grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonNumber(s []byte) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digitsEnd(s, i)
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		j := digitsEnd(s, i+1)
		if j == i+1 {
			return false
		}
		i = j
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digitsEnd(s, i)
		if j == i {
			return false
		}
		i = j
	}
	return i == len(s)
}

// finiteNumber reports whether the JSON number s is within the range of a double. Only a number
// with an exponent or hundreds of digits can be beyond it, and only such a one is converted.
func finiteNumber(s []byte) bool {
	if len(s) < 300 && !hasExponent(s) {
		return true
	}
	_, err := strconv.ParseFloat(string(s), 64)
	return err == nil
}

// hasExponent reports whether the number s has an 'e' or 'E'; a loop, since bytes.IndexAny sets
// up a table on every call, which costs more than scanning a number's few bytes.
func hasExponent(s []byte) bool {
	for _, c := range s {
		if c == 'e' || c == 'E' {
			return true
		}
	}
	return false
}

func digitsEnd(s []byte, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
