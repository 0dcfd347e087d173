package parse

import (
	"encoding/base64"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// AppendJSON appends e as one JSON Lines object and a newline, in the headless schema (version 2):
//
//	{"time":"2026-03-01T00:00:00.123456789Z","level":"error","source":"app.log","host":"web1","message":"...","fields":{...},"raw":"..."}
//	{"time":"","time_estimated":"2026-02-27T08:12:44Z","level":"","source":"history.log",...}
//
// time is RFC 3339 with nanoseconds in UTC, or "" when the entry carries no time of its own. Such
// an entry is still placed in the merged order by an estimate (its neighbours' time, the file's
// modification time, or the time of reading; see Stream): "time_estimated" follows time with that
// estimate in the same form, only when time is "" and an estimate placed the entry, so that no
// reader takes an estimate for a time the line carried. level is Level.Name ("" for unknown). An
// access log's line carries no level: its level is "", and "level_from_status" follows it with the
// level its HTTP status stands for (Entry.LevelDerived).
//
// fields are typed: for a JSON line, the line's object itself, written again (see
// appendfields_json.go: types kept, nothing flattened, a repeated key keeps its first place and
// its last value as in jq); for the text formats, Fields(e.Format, raw) as strings, except those
// the format defines as numbers (numericField), and with a repeated key treated as in JSON.
//
// The output is valid UTF-8 with every control character escaped, at any depth, whatever the
// entry holds: invalid bytes become \ufffd, and so that nothing is lost, an entry whose raw text is
// not valid UTF-8 also gets "raw_base64", its exact bytes (see AppendRawBase64), and one whose
// source's name is not, "source_base64". "truncated":true
// marks an entry cut at the entry size cap, followed by "original_bytes", its length before the cut,
// when the reader knew it; "no_newline":true marks one whose last line had no newline when it was
// let go (Entry.NoNewline). "labels" follows source when the source is a Loki stream named by its
// label set: the labels as an object of strings. These keys are left out when they do not apply.
//
// AppendJSON allocates nothing once dst has room: the fields are escaped into dst as the raw text
// is scanned. Lines past the limits of that path (a repeated key, more than maxFastFields keys
// open, JSON nested deeper than maxFastDepth) go through appendFieldsSlow, with the same output.
//
// An entry a format defined without code read gets its fields from Defined.AppendJSON, which knows
// the run's definitions; here its fields object is empty.
func AppendJSON(dst []byte, e Entry) []byte { return appendJSON(dst, e, Defined{}) }

func appendJSON(dst []byte, e Entry, defined Defined) []byte {
	dst = append(dst, `{"time":"`...)
	if e.Time != 0 {
		dst = appendTime(dst, e.Time)
	} else if e.Estimated != 0 {
		dst = append(dst, `","time_estimated":"`...)
		dst = appendTime(dst, e.Estimated)
	}
	if e.LevelDerived() {
		dst = append(dst, `","level":"","level_from_status":"`...)
	} else {
		dst = append(dst, `","level":"`...)
	}
	dst = append(dst, e.Level.Name()...)
	dst = append(dst, `","source":`...)
	dst = appendQuotedBytes(dst, bytesOf(e.Source))
	dst = appendLabels(dst, e.Source)
	dst = append(dst, `,"host":`...)
	dst = appendQuotedBytes(dst, bytesOf(e.Host))
	dst = append(dst, `,"message":"`...)
	msg := escapedPiece{at: len(dst)}
	dst, msg.high = appendEscapedHigh(dst, bytesOf(e.Message))
	msg.end = len(dst)
	dst = append(dst, `","fields":{`...)
	raw := bytesOf(e.Raw)
	open := len(dst)
	if e.Format == FormatCustom {
		dst = defined.appendCustomFields(dst, e.Source, raw)
	} else if out, ok := appendFields(dst, e.Format, raw, e.scan); ok {
		dst = out
	} else {
		dst = appendFieldsSlow(out[:open], e.Format, raw)
	}
	dst = append(dst, `},"raw":"`...)
	var high bool
	dst, high = appendRawEscaped(dst, e.Raw, e.Message, msg)
	dst = append(dst, '"')
	if high {
		dst = AppendRawBase64(dst, raw)
	}
	dst = appendSourceBase64(dst, e.Source)
	if e.Truncated {
		dst = append(dst, `,"truncated":true`...)
		if e.Size > 0 {
			dst = append(dst, `,"original_bytes":`...)
			dst = strconv.AppendInt(dst, e.Size, 10)
		}
	}
	if e.NoNewline {
		dst = append(dst, `,"no_newline":true`...)
	}
	return append(dst, '}', '\n')
}

// escapedPiece is where a string was escaped in the output, dst[at:end], and whether it held a byte
// past ASCII.
type escapedPiece struct {
	at, end int
	high    bool
}

// appendRawEscaped escapes raw, whose message msg was escaped as done. A message is most often a
// piece of the raw text (all of a syslog line past its header, a logfmt line's quoted msg), and
// that piece is then copied from the message's output instead of escaped again: escaping is done
// byte by byte or rune by rune, so the output of a piece is the piece of the output, as long as no
// rune straddles a cut. A cut before a byte that is not a UTF-8 continuation byte has none across
// it. It reports whether raw holds a byte past ASCII.
func appendRawEscaped(dst []byte, raw, msg string, done escapedPiece) ([]byte, bool) {
	from := int(uintptr(unsafe.Pointer(unsafe.StringData(msg))) - uintptr(unsafe.Pointer(unsafe.StringData(raw))))
	if len(msg) < shortPiece || from < 0 || from > len(raw)-len(msg) ||
		!runeStart(raw, from) || !runeStart(raw, from+len(msg)) {
		return appendEscapedHigh(dst, bytesOf(raw))
	}
	dst, before := appendEscapedHigh(dst, bytesOf(raw[:from]))
	dst = append(dst, dst[done.at:done.end]...)
	dst, after := appendEscapedHigh(dst, bytesOf(raw[from+len(msg):]))
	return dst, before || done.high || after
}

// runeStart reports whether no rune of s straddles a cut before s[i].
func runeStart(s string, i int) bool {
	return i >= len(s) || s[i]&0xc0 != 0x80
}

// appendLabels appends the member ,"labels":{…} for a source named by a label set (a Loki
// stream's, see LabelFields), so that a script reads them as it reads fields; other sources have
// none, and cost a look at the name's first byte.
func appendLabels(dst []byte, source string) []byte {
	if source == "" || source[0] != '{' {
		return dst
	}
	labels := LabelFields(source)
	if labels == nil {
		return dst
	}
	dst = append(dst, `,"labels":{`...)
	for i, f := range labels {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendQuoted(dst, f.Key)
		dst = append(dst, ':')
		dst = appendQuoted(dst, f.Value)
	}
	return append(dst, '}')
}

// AppendRawBase64 appends the member ,"raw_base64":"…" when raw is not valid UTF-8: JSON strings
// cannot hold such bytes (a log line with raw C1 controls, Latin-1 text, binary garbage), and an
// export must give back exactly what was logged.
func AppendRawBase64(dst, raw []byte) []byte {
	if utf8.Valid(raw) {
		return dst
	}
	dst = append(dst, `,"raw_base64":"`...)
	dst = base64.StdEncoding.AppendEncode(dst, raw)
	return append(dst, '"')
}

// appendSourceBase64 appends the member ,"source_base64":"…" when the source's name is not valid
// UTF-8: a file named with Latin-1 bytes, or bytes an attacker chose, is written as U+FFFD in
// "source", where two names would read alike.
func appendSourceBase64(dst []byte, source string) []byte {
	if utf8.ValidString(source) {
		return dst
	}
	dst = append(dst, `,"source_base64":"`...)
	dst = base64.StdEncoding.AppendEncode(dst, bytesOf(source))
	return append(dst, '"')
}

// appendFieldsSlow writes the members of the fields object. It allocates, and handles every line;
// appendFields falls back to it past its limits and on a repeated key. It is written apart from
// the fast path, from Fields and a tree of the JSON object, so that tests can hold one against the
// other.
func appendFieldsSlow(dst []byte, f Format, raw []byte) []byte {
	if f == FormatJSON {
		return appendJSONObjectSlow(dst, jsonFieldsText(raw, fieldsLine(raw)))
	}
	var ms slowMembers
	for _, fd := range Fields(f, raw) {
		val := appendQuoted(nil, fd.Value)
		if numericField(f, fd.Key) && plainInteger(bytesOf(fd.Value)) {
			val = []byte(fd.Value)
		}
		ms.set(appendEscaped(nil, bytesOf(fd.Key)), val)
	}
	return ms.appendTo(dst)
}

// numericField reports whether a text format defines the field key as a number: the status and
// size of an access log line, the process id of a syslog or layout line. Its value is written as
// a JSON number when it is one in plain digits, else as the string it is.
func numericField(f Format, key string) bool {
	switch f {
	case FormatAccess:
		return key == "status" || key == "bytes"
	case FormatRFC3164, FormatLayout:
		return key == "pid"
	}
	return false
}

// plainInteger reports whether v is a non-negative integer as JSON writes it (no leading zero),
// short enough that every reader holds it exactly (below 2^53).
func plainInteger(v []byte) bool {
	if len(v) == 0 || len(v) > 15 || (v[0] == '0' && len(v) > 1) {
		return false
	}
	for _, c := range v {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// appendJSONObjectSlow writes the members of the JSON object line, as jsonWalk does, from a tree.
func appendJSONObjectSlow(dst, line []byte) []byte {
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return dst
	}
	var p Parser // only for the validity check, which reuses the hot-path scanner
	var js jsonState
	if !p.walkJSON(line, i, &js) {
		return dst
	}
	obj, _ := jsonValueSlow(nil, line, i, 0)
	return append(dst, obj[1:len(obj)-1]...)
}

// jsonValueSlow writes the value at line[i] of a line walkJSON accepted, depth containers deep,
// and returns the index after it. A container past maxJSONDepth is written, without recursion,
// as a string of its compact text (see appendDeepJSON).
func jsonValueSlow(dst, line []byte, i, depth int) ([]byte, int) {
	if depth >= maxJSONDepth && (line[i] == '{' || line[i] == '[') {
		// Written as a string of its text: a reader's decoder refuses nesting this deep (Go's and
		// jq's stop at 10,000), and the output must stay readable whatever the line held.
		text, end := appendDeepJSON(nil, line, i)
		dst = append(dst, '"')
		dst = appendJSONString(dst, text, false)
		return append(dst, '"'), end
	}
	switch line[i] {
	case '{':
		var ms slowMembers
		i = skipWS(line, i+1)
		for line[i] != '}' {
			end, esc, _ := stringEnd(line, i)
			key := appendJSONString(nil, line[i+1:end-1], esc)
			i = skipWS(line, skipWS(line, end)+1) // past the ':'
			var val []byte
			val, i = jsonValueSlow(nil, line, i, depth+1)
			ms.set(key, val)
			if i = skipWS(line, i); line[i] == ',' {
				i = skipWS(line, i+1)
			}
		}
		dst = append(dst, '{')
		dst = ms.appendTo(dst)
		return append(dst, '}'), i + 1
	case '[':
		dst = append(dst, '[')
		i = skipWS(line, i+1)
		for n := 0; line[i] != ']'; n++ {
			if n > 0 {
				dst = append(dst, ',')
			}
			dst, i = jsonValueSlow(dst, line, i, depth+1)
			if i = skipWS(line, i); line[i] == ',' {
				i = skipWS(line, i+1)
			}
		}
		return append(dst, ']'), i + 1
	case '"':
		end, esc, _ := stringEnd(line, i)
		dst = append(dst, '"')
		dst = appendJSONString(dst, line[i+1:end-1], esc)
		return append(dst, '"'), end
	}
	end, _ := scalarEnd(line, i)
	return appendJSONScalar(dst, line[i:end]), end
}

// appendDeepJSON writes the container at line[i], which deepValueEnd accepted, token by token and
// without recursion, and returns the index after it: strings decoded and escaped again, numbers
// as appendJSONScalar writes them, blanks dropped; a key repeated in one of its objects is
// written each time, as it came.
func appendDeepJSON(dst, line []byte, i int) ([]byte, int) {
	depth := 0
	for {
		i = skipWS(line, i)
		switch c := line[i]; c {
		case '{', '[':
			depth++
			dst, i = append(dst, c), i+1
		case '}', ']':
			depth--
			dst, i = append(dst, c), i+1
			if depth == 0 {
				return dst, i
			}
		case ',', ':':
			dst, i = append(dst, c), i+1
		case '"':
			end, esc, _ := stringEnd(line, i)
			dst = append(dst, '"')
			dst = appendJSONString(dst, line[i+1:end-1], esc)
			dst, i = append(dst, '"'), end
		default:
			end, _ := scalarEnd(line, i)
			dst, i = appendJSONScalar(dst, line[i:end]), end
		}
	}
}

// slowMembers are the members of one object in the order their keys first came. A key set again
// keeps its place and takes the new value, as jq does with a repeated key. Keys are compared as
// they are written, escaped.
type slowMembers struct {
	keys, vals [][]byte
	index      map[string]int // once there are many keys
}

func (m *slowMembers) set(key, val []byte) {
	if i, ok := m.find(key); ok {
		m.vals[i] = val
		return
	}
	m.keys, m.vals = append(m.keys, key), append(m.vals, val)
	if m.index != nil {
		m.index[string(key)] = len(m.keys) - 1
	} else if len(m.keys) > 16 {
		m.index = make(map[string]int, 2*len(m.keys))
		for i, k := range m.keys {
			m.index[string(k)] = i
		}
	}
}

func (m *slowMembers) find(key []byte) (int, bool) {
	if m.index != nil {
		i, ok := m.index[string(key)]
		return i, ok
	}
	for i, k := range m.keys {
		if string(k) == string(key) {
			return i, true
		}
	}
	return 0, false
}

// appendTo writes the members, without braces.
func (m *slowMembers) appendTo(dst []byte) []byte {
	for i, k := range m.keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '"')
		dst = append(dst, k...)
		dst = append(dst, '"', ':')
		dst = append(dst, m.vals[i]...)
	}
	return dst
}
