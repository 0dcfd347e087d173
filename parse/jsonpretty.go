package parse

import "bytes"

// JSON documents that hold their records as one array of pretty-printed objects, as `gcloud
// logging read --format=json`, PowerShell's ConvertTo-Json and jq write them, one element's
// opening brace on a line of its own:
//
//	[
//	  {
//	    "timestamp": "2026-11-29T07:41:16.412Z",
//	    "severity": "ERROR",
//	    …
//	  },
//	  {
//
// and as macOS's `log show --style json` writes them, each object opened on the line that closes
// the one before:
//
//	[{
//	  "timestamp" : "2026-11-29 07:41:16.412345+0100",
//	  …
//	},{
//
// A source learns this from its first lines ("[" then an indented "{", or "[{"); each element is
// then one entry, read as the JSON object it is. A line opens the next element when it holds, at
// the elements' indentation, only "{" or "},{".

// arrayLookLines is how many of a source's first lines show its array: "[" and an element's brace,
// or a wrapping object's "{", the key that opens the array and the brace (util-linux's `dmesg
// --json`: `{`, `"dmesg": [`, `{`, each element after the first opened by `},{`).
const arrayLookLines = 3

// jsonArray is what a source learned of its array: whether it is one, and how its elements open.
type jsonArray struct {
	looked  int  // first lines looked at
	wrapped bool // the first line was "{": the next one may open the array under a key
	after   bool // the line before was the array's "[": the next one shows how the elements open
	on      bool
	indent  int  // the blanks before an element's opening brace
	joined  bool // elements open on the line that closes the one before: "},{"
	open    bool // the pending entry holds an element's opening brace
}

// lookAt looks at one of a source's first lines (arrayLookLines) for the array's opening.
func (a *jsonArray) lookAt(line []byte) {
	a.looked++
	line = bytes.TrimRight(line, " \t\r")
	switch {
	case a.looked == 1 && string(line) == "[":
		a.after = true
	case a.looked == 1 && string(line) == "[{":
		a.on, a.joined, a.open = true, true, true
	case a.looked == 1 && string(line) == "{":
		a.wrapped = true
	case a.looked == 2 && a.wrapped:
		k := skipWS(line, 0)
		a.after = byteAt(line, k) == '"' && bytes.HasSuffix(line, []byte(": ["))
	case a.looked >= 2 && a.after:
		if k := skipWS(line, 0); k == len(line)-1 && line[k] == '{' {
			a.on, a.indent = true, k
			a.joined = a.wrapped // util-linux opens the elements after the first with "},{"
		}
		a.after = false
	}
}

// arrayStep is what a line does in the source's array.
type arrayStep uint8

const (
	arrayJoin  arrayStep = iota // a member's line, or an element's closing brace: it joins the pending element
	arrayOpen                   // it opens the next element, a new entry
	arrayClose                  // it closes the array with the last element ("}]"): it joins that element, and the array is over
	arrayEnd                    // it closes the array alone ("]"): a line of its own, as the "[" was
	arrayLeave                  // it is no line of the array, which is over: the line takes the usual way
)

// step tells what line does in the array. Inside an element every line is indented deeper than
// the element's opening brace, but its closing brace; a line at the elements' indentation or
// less that neither opens nor closes one is no part of the array.
func (a *jsonArray) step(line []byte) arrayStep {
	body := bytes.TrimRight(line, " \t\r")
	k := 0
	for k < len(body) && (body[k] == ' ' || body[k] == '\t') {
		k++
	}
	rest := string(body[k:])
	switch {
	case len(rest) == 0 || k > a.indent:
		return arrayJoin
	case k == a.indent && (rest == "{" || a.joined && (rest == "},{" || rest == "}, {")):
		a.open = true // the first element, under the "[" line, is an entry of its own too
		return arrayOpen
	case rest == "}" || rest == "},":
		return arrayJoin
	case rest == "]":
		a.on = false
		return arrayEnd
	case rest == "}]":
		a.on = false
		return arrayClose
	}
	a.on = false
	return arrayLeave
}

// arrayStart reports whether line may open a JSON array of records: "[" or "[{" alone.
func arrayStart(line []byte) bool {
	if len(line) == 0 || line[0] != '[' {
		return false // most lines stop here
	}
	line = bytes.TrimRight(line, " \t\r")
	return string(line) == "[" || string(line) == "[{"
}

// prettyJSON reads the pending entry as one JSON object when it is one written over several
// lines: an element of the source's array, or an object as `journalctl -o json-pretty` and
// pretty-printing loggers write one, a line holding only '{', the members indented below it, a
// closing brace. Its time, level, host and message are the object's, as for a JSON line.
func (s *Stream) prettyJSON() {
	if s.truncated || len(s.raw) < 3 { // the caller asks only for an entry its first line left as text
		return
	}
	obj, start, ok := objectText(s.raw)
	var rec Record
	if !ok || !s.p.parseJSON(obj, &rec) && !(rubyHash(obj) && s.p.parseRubyHash(obj, &rec)) {
		return // (a Ruby hash over lines: Logstash's rubydebug codec)
	}
	// An object closed by objectText's own brace has no text beyond the entry's.
	rec.Message.End = min(rec.Message.End, int32(len(s.raw)-start))
	s.rec, s.rec.Whole = shifted(rec, start), true
	s.msg = append(s.msg[:0], rec.Unescaped...)
}

// objectText returns the JSON object an entry holds over its lines, a pretty-printed object or
// an element of a pretty-printed array, and where it starts in raw: from its opening brace (after
// the array's "[" or the "}," that closed the element before) to its end (without the "," or "]"
// after it). An object whose closing brace is on the next element's line ("},{") gets one of its
// own, in a copy. ok is false when raw opens no object on its first line.
func objectText(raw []byte) (obj []byte, start int, ok bool) {
	for start < len(raw) && (raw[start] == '[' || raw[start] == '}' || raw[start] == ',' || raw[start] <= ' ') {
		start++
	}
	end := skipBlanks(raw, start+1)
	if start >= len(raw) || raw[start] != '{' || end >= len(raw) || raw[end] != '\n' && raw[end] != '\r' {
		return nil, 0, false // no brace on a line of its own with lines below it: a line's object
	}
	obj = bytes.TrimRight(raw[start:], " \t\r\n]")
	obj = bytes.TrimRight(obj, " \t\r\n,")
	if unclosed(obj) {
		obj = append(append(make([]byte, 0, len(obj)+2), obj...), '\n', '}')
	}
	return obj, start, true
}

// unclosed reports whether the JSON text b opens more objects and arrays than it closes, strings
// aside.
func unclosed(b []byte) bool {
	depth, inString := 0, false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
		}
	}
	return depth > 0
}

// jsonFieldsText is the text a JSON entry's fields are read from: the object it holds over its
// lines (see objectText), or else line, its first line as Parse read it.
func jsonFieldsText(raw, line []byte) []byte {
	if obj, _, ok := objectText(raw); ok {
		return obj
	}
	return line
}
