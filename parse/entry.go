// Package parse turns raw log text into structured entries. It owns Entry and Level, format
// detection, the per-format parsers and multi-line joining. It does no I/O and imports no other
// trawl package: callers hand it bytes and get back records that alias those bytes.
package parse

import "time"

// Format names the layout a record was parsed as. It is stored with every entry so that its
// fields can be parsed again lazily from the raw text.
type Format uint8

// The recognized formats.
const (
	FormatText    Format = iota // unrecognized or free text; the whole line is the message
	FormatJSON                  // one JSON object per line
	FormatLogfmt                // key=value pairs
	FormatRFC3164               // BSD syslog
	FormatRFC5424               // IETF syslog
	FormatAccess                // nginx/apache common or combined log format
	FormatLayout                // a leading timestamp and level word (log4j, Python logging, glog, …)
	FormatCustom                // a format defined without code, in a format file (see Custom)
	FormatStamped               // any other line with a time the locator found, and a level where the source puts it
	numFormats
)

var formatNames = [numFormats]string{"text", "json", "logfmt", "rfc3164", "rfc5424", "access", "layout", "custom", "stamped"}

func (f Format) String() string {
	if f < numFormats {
		return formatNames[f]
	}
	return "text"
}

// Span is a half-open byte range [Start, End) inside an entry's raw text.
type Span struct{ Start, End int32 }

// Len is the span's length in bytes.
func (s Span) Len() int { return int(s.End - s.Start) }

// Of returns the bytes the span covers in raw.
func (s Span) Of(raw []byte) []byte { return raw[s.Start:s.End] }

// Record is what a parser extracts from one entry's raw text. It allocates nothing: spans point
// into the raw text, and Unescaped, when set, aliases the parser's scratch buffer and is valid only
// until the parser's next call.
type Record struct {
	Time      int64 // Unix nanoseconds, UTC; 0 when the text carries no timestamp
	Level     Level
	Format    Format
	Host      Span
	Message   Span
	Unescaped []byte // the message, decoded, when it is not a plain span of raw (JSON escapes)
	// Whole says the message is all of it when the entry has several lines: one field of an
	// object written over them (a pretty-printed JSON object, the journal's export format), which
	// the lines after the first do not continue.
	Whole bool
}

// messageText is the message of rec, read from line: decoded when it had escapes or colours.
func messageText(line []byte, rec *Record) []byte {
	if rec.Unescaped != nil {
		return rec.Unescaped
	}
	return rec.Message.Of(line)
}

// Field is one parsed key/value pair of an entry.
type Field struct{ Key, Value string }

// Entry is one log entry in its materialized form: what the UI shows, the detail view lists and
// JSON Lines output writes. The ring stores entries compactly and builds an Entry on demand.
type Entry struct {
	Seq       uint64 // position in the ring, increasing in arrival order
	Time      int64  // Unix nanoseconds, UTC; 0 when the entry carries no time of its own
	Estimated int64  // when Time is 0: the estimated time that placed the entry in the timeline (see Stream); else 0
	Level     Level
	Format    Format
	Source    string
	Host      string
	Message   string
	Raw       string // every line of the entry, joined with '\n', without the final newline
	Offset    int64  // byte offset of the entry's first line in its source
	Truncated bool   // Raw was cut at the per-entry cap
	NoNewline bool   // the last line had no newline when the entry was let go (see Item.NoNewline)
	Size      int64  // when Truncated: the entry's length in bytes before it was cut (see Item.Size); else 0

	scan *fieldScan // the parser's scan of the first line, when its batch kept it (see Batch.PeekInto)
}

// LevelDerived reports whether the entry's level was derived rather than written by the line: an
// access log writes no level, and its HTTP status (5xx error, 4xx warn, else info) stands in for
// one so that the severity toggles sort requests as they sort other entries. Output that prints
// levels keeps such a level apart from one the line carried (see AppendJSON).
func (e Entry) LevelDerived() bool { return e.Format == FormatAccess && e.Level != Unknown }

// UTC returns the entry's time, or the zero time when it has none.
func (e Entry) UTC() time.Time {
	if e.Time == 0 {
		return time.Time{}
	}
	return time.Unix(0, e.Time).UTC()
}

// Lines counts the lines of the entry's raw text.
func (e Entry) Lines() int {
	n := 1
	for i := 0; i < len(e.Raw); i++ {
		if e.Raw[i] == '\n' {
			n++
		}
	}
	return n
}
