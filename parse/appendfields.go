package parse

import (
	"strconv"
	"sync"
)

// appendFields writes the members of the "fields" object of AppendJSON without building a []Field:
// each format's scanner is run once over the first line of raw, and every key and value is escaped
// straight into dst. The output is byte for byte what the slow path (appendFieldsSlow) writes; ok
// is false when the line is one the fast path does not handle (a repeated key, or past the limits
// below), and dst must then be cut back and the slow path used instead.
//
// sc, when not nil, is the parser's scan of the entry's first line (see fieldScan): it is used
// when it was made of the text read here.
func appendFields(dst []byte, f Format, raw []byte, sc *fieldScan) (out []byte, ok bool) {
	line := parsedLine(raw)
	if f == FormatJSON {
		line = jsonFieldsText(raw, line)
	}
	if sc.fits(f, raw, line) {
		fw := fieldWriter{dst: dst, open: len(dst)}
		fw.scanned(line, sc)
		return fw.dst, !fw.fallback
	}
	if hasColour(line) {
		return appendColouredFields(dst, f, line)
	}
	return appendLineFields(dst, f, line)
}

// colourBufs hold coloured lines' text while their fields are written, so that exporting them
// allocates nothing.
var colourBufs = sync.Pool{New: func() any { return new([]byte) }}

// appendColouredFields is appendFields for a line Parse read without its colour codes.
func appendColouredFields(dst []byte, f Format, line []byte) ([]byte, bool) {
	buf := colourBufs.Get().(*[]byte)
	*buf, _ = withoutColour((*buf)[:0], nil, line, false, true)
	dst, ok := appendLineFields(dst, f, *buf)
	colourBufs.Put(buf)
	return dst, ok
}

// appendLineFields is appendFields for the line Parse read.
func appendLineFields(dst []byte, f Format, line []byte) (out []byte, ok bool) {
	fw := fieldWriter{dst: dst, open: len(dst)}
	switch f {
	case FormatJSON:
		fw.json(line)
	case FormatLogfmt:
		fw.logfmt(line)
	case FormatRFC3164:
		var rec Record
		var h bsdHeader
		if scan3164Header(line, nowForFields(), nil, &rec, &h) {
			fw.bsdSpans(line, h.pri, h.tag, h.pid)
		}
	case FormatRFC5424:
		var rec Record
		var h ietfHeader
		if scan5424(line, &rec, &h) {
			fw.ietfSpans(line, h.pri, h.app, h.procid, h.msgid, h.sd)
		}
	case FormatAccess:
		if a, ok := scanAccess(line); ok {
			spans := a.spans()
			fw.accessSpans(line, &spans)
		}
	case FormatLayout:
		var rec Record
		var lx layoutLine
		if scanLayout(line, nowForFields(), nil, &rec, &lx) {
			fw.layoutSpans(line, lx.logger, lx.thread, lx.pid, lx.source, lx.pairs)
		}
	}
	return fw.dst, !fw.fallback
}

// bsdSpans writes an RFC 3164 header's fields.
func (fw *fieldWriter) bsdSpans(line []byte, pri int, tag, pid Span) {
	fw.pri(pri)
	fw.span("tag", line, tag)
	fw.number("pid", line, pid)
}

// layoutSpans writes a layout line's fields.
func (fw *fieldWriter) layoutSpans(line []byte, logger, thread, pid, source, pairs Span) {
	fw.span("logger", line, logger)
	fw.span("thread", line, thread)
	fw.number("pid", line, pid)
	fw.span("source", line, source)
	eachPair(pairs.Of(line), func(k, v []byte) {
		if fw.fallback || headerField(k, logger, thread, pid, source) {
			return
		}
		fw.beginKey()
		fw.dst = append(fw.dst, k...) // a pair's name needs no escaping (see pairName)
		if !fw.endKey() {
			return // a name given twice: the slow path keeps its last value
		}
		if string(k) == "pid" && plainInteger(v) {
			fw.dst = append(fw.dst[:len(fw.dst)-1], v...) // a number, as the header's pid is
			return
		}
		fw.dst = appendEscaped(fw.dst, v)
		fw.dst = append(fw.dst, '"')
	})
}

// The limits of the fast path. Past them appendFields reports failure and AppendJSON takes the
// slow path, which has no limits but allocates; real log lines stay far below both.
const (
	// maxFastFields is how many keys may be open at once: the keys of a text line, or of a JSON
	// object and the objects it sits in. Duplicates are found by comparing a new key with every key
	// of its object already written, which stays cheap for this many and needs no map.
	maxFastFields = 64
	// maxFastDepth is how deeply JSON containers may nest; it bounds the recursion of the walk.
	maxFastDepth = 32
)

// fieldWriter appends the members of the fields object to dst and remembers where each key of the
// object being written sits, so that a repeated key is found: the fast path then gives the line up
// to the slow path, which keeps the key's first place and its last value.
type fieldWriter struct {
	dst      []byte
	open     int  // len(dst) right after the '{' of the fields object
	fallback bool // the line is past a limit of the fast path; the output is to be discarded
	keyStart int  // index of the first byte of the key being written, after its opening quote
	floor    int  // keys[floor:n] are those of the object being written
	n        int
	keys     [maxFastFields]struct{ start, end int }
}

// beginKey starts a member: a comma unless it is the first one, and the key's opening quote.
func (fw *fieldWriter) beginKey() {
	if len(fw.dst) > fw.open {
		fw.dst = append(fw.dst, ',')
	}
	fw.dst = append(fw.dst, '"')
	fw.keyStart = len(fw.dst)
}

// newKey records the key written since keyStart. Keys are compared as they are written (escaped,
// an invalid byte as \ufffd), which is how a reader of the output tells them apart. A key written
// before, or one too many for the check, sets fallback and returns false.
func (fw *fieldWriter) newKey() bool {
	key := fw.dst[fw.keyStart:]
	for _, k := range fw.keys[fw.floor:fw.n] {
		if k.end-k.start == len(key) && string(fw.dst[k.start:k.end]) == string(key) {
			fw.fallback = true
			return false
		}
	}
	if fw.n == len(fw.keys) {
		fw.fallback = true
		return false
	}
	fw.keys[fw.n].start, fw.keys[fw.n].end = fw.keyStart, len(fw.dst)
	fw.n++
	return true
}

// endKey closes the key begun by beginKey and opens its string value; it returns false when the
// line must go to the slow path (see newKey).
func (fw *fieldWriter) endKey() bool {
	if fw.fallback || !fw.newKey() {
		return false
	}
	fw.dst = append(fw.dst, '"', ':', '"')
	return true
}

// plain writes a member whose key is known not to repeat any other key of the line.
func (fw *fieldWriter) plain(key string, value []byte) {
	if len(fw.dst) > fw.open {
		fw.dst = append(fw.dst, ',')
	}
	fw.dst = append(fw.dst, '"')
	fw.dst = append(fw.dst, key...)
	fw.dst = append(fw.dst, '"', ':', '"')
	fw.dst = appendEscaped(fw.dst, value)
	fw.dst = append(fw.dst, '"')
}

// number writes the field line[s] as span does, as a JSON number when it is one written in plain
// digits (see appendFieldValue).
func (fw *fieldWriter) number(key string, line []byte, s Span) {
	v := s.Of(line)
	if len(v) == 0 || (len(v) == 1 && v[0] == '-') {
		return
	}
	if !plainInteger(v) {
		fw.plain(key, v)
		return
	}
	if len(fw.dst) > fw.open {
		fw.dst = append(fw.dst, ',')
	}
	fw.dst = append(fw.dst, '"')
	fw.dst = append(fw.dst, key...)
	fw.dst = append(fw.dst, '"', ':')
	fw.dst = append(fw.dst, v...)
}

// span writes the field line[s] unless it is empty or "-", as addSpan keeps it.
func (fw *fieldWriter) span(key string, line []byte, s Span) {
	v := s.Of(line)
	if len(v) == 0 || (len(v) == 1 && v[0] == '-') {
		return
	}
	fw.plain(key, v)
}

// pri writes the facility and severity of a syslog PRI, as priFields does.
func (fw *fieldWriter) pri(pri int) {
	if pri < 0 {
		return
	}
	if pri>>3 < len(facilityNames) {
		fw.plain("facility", bytesOf(facilityNames[pri>>3]))
	} else {
		var buf [32]byte
		fw.plain("facility", strconv.AppendInt(append(buf[:0], "facility"...), int64(pri>>3), 10))
	}
	fw.plain("severity", bytesOf(LevelFromSyslog(pri&7).String()))
}

func (fw *fieldWriter) logfmt(line []byte) {
	scanLogfmtFields(line, func(kv logfmtPair, v []byte) bool {
		key := kv.Key.Of(line)
		fw.beginKey()
		fw.dst = appendEscaped(fw.dst, key)
		if !fw.endKey() {
			return !fw.fallback
		}
		if kv.Escaped {
			fw.dst = appendUnescaped(fw.dst, v)
		} else {
			fw.dst = appendEscaped(fw.dst, v)
		}
		fw.dst = append(fw.dst, '"')
		return true
	})
}

// accessSpans writes an access line's fields, its spans in fieldScan's order.
func (fw *fieldWriter) accessSpans(line []byte, s *[10]Span) {
	fw.span("vhost", line, s[scanVhost])
	fw.span("remote_addr", line, s[scanAddr])
	fw.span("user", line, s[scanUser])
	fw.span("method", line, s[scanMethod])
	fw.span("path", line, s[scanPath])
	fw.span("protocol", line, s[scanProto])
	fw.number("status", line, s[scanStatus])
	fw.number("bytes", line, s[scanBytes])
	fw.span("referer", line, s[scanReferer])
	fw.span("agent", line, s[scanAgent])
}

// ietfSpans mirrors rfc5424Fields: the header fields, then each structured data parameter as
// sdid.key, stopping at the first malformed element. Header keys have no dot and parameter keys
// always have one, so only the parameters are checked for repeats.
func (fw *fieldWriter) ietfSpans(line []byte, pri int, app, procid, msgid, sdSpan Span) {
	fw.pri(pri)
	fw.span("app", line, app)
	fw.span("procid", line, procid)
	fw.span("msgid", line, msgid)
	sd := sdSpan.Of(line)
	for i := 0; i < len(sd) && sd[i] == '['; {
		j := i + 1
		for j < len(sd) && sd[j] != ' ' && sd[j] != ']' {
			j++
		}
		id := sd[i+1 : j]
		for j < len(sd) && sd[j] == ' ' {
			k := j + 1
			for k < len(sd) && sd[k] != '=' && sd[k] != ']' {
				k++
			}
			if k+1 >= len(sd) || sd[k] != '=' || sd[k+1] != '"' {
				return
			}
			end, esc, closed := stringEnd(sd, k+1)
			if !closed {
				return
			}
			fw.sdParam(id, sd[j+1:k], sd[k+2:end-1], esc)
			if fw.fallback {
				return
			}
			j = end
		}
		if j >= len(sd) || sd[j] != ']' {
			return
		}
		i = j + 1
	}
}

func (fw *fieldWriter) sdParam(id, name, value []byte, escaped bool) {
	fw.beginKey()
	fw.dst = appendEscaped(fw.dst, id)
	fw.dst = append(fw.dst, '.')
	fw.dst = appendEscaped(fw.dst, name)
	if !fw.endKey() {
		return
	}
	if escaped {
		fw.dst = appendSDUnescaped(fw.dst, value)
	} else {
		fw.dst = appendEscaped(fw.dst, value)
	}
	fw.dst = append(fw.dst, '"')
}
