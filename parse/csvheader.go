package parse

import "bytes"

// CSV exports that name their columns. A source whose first line (after a "#TYPE …" line, as
// PowerShell's Export-Csv writes it) is a header of column names learns from it which columns
// hold the time, the level and the host, and reads them on every row, wherever they sit:
//
//	"EventID","MachineName",…,"EntryType","Message",…,"TimeGenerated","TimeWritten",…
//	"7036","WS-0412.contoso.local",…,"Information","The Windows Update service …",…,"11/29/2026 7:41:16 AM",…
//
// A quoted field may hold line breaks (an event's message of several lines): the row goes on
// until its quote closes. A value the column's role does not fit (a time column's "n/a") leaves
// the row as the other rules read it.

// csvColumns is what a header line names: the separator and the column of each role, -1 for none.
type csvColumns struct {
	sep               byte
	time, level, host int
}

// HeadBytes is how much of a file's start Head looks at: a header's lines fit in it.
const HeadBytes = csvHeaderWithin

// Head shows the stream the start of a file whose read begins later (the newest lines of a large
// CSV export), so that it learns the columns the file's header names. Nothing of it becomes an
// entry.
func (s *Stream) Head(start []byte) {
	var off int64
	for range csvLookLines {
		line, rest, ok := bytes.Cut(start, []byte{'\n'})
		if !ok {
			return // the line goes on past what was read: no header of a size to trust
		}
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if c, ok := learnCSV(line); ok {
			s.csv, s.csvLook, s.csvHeaderAt = c, csvLookLines, off
			return
		}
		off += int64(len(line)) + 1
		start = rest
	}
}

// csvLookLines is how many lines at a source's start may be its header: the header itself, or a
// "#TYPE" line before it; csvHeaderWithin how far into the file it may end. A read that begins
// later (the newest lines of a file) sees no header.
const (
	csvLookLines    = 2
	csvHeaderWithin = 4096
)

// maxCSVColumns bounds the columns of a header; maxCSVRowLines the lines of one row, so that a
// stray quote does not join the rest of a file.
const (
	maxCSVColumns  = 64
	maxCSVRowLines = 256
)

// learnCSV reads line as a CSV header: three or more column names, one of them a time's.
func learnCSV(line []byte) (csvColumns, bool) {
	c := csvColumns{sep: csvSep(line), time: -1, level: -1, host: -1}
	if c.sep == 0 {
		return c, false
	}
	ranks := [3]int{99, 99, 99}
	n, names := 0, true
	eachCSVField(line, c.sep, func(i, s, e int) bool {
		name := line[s:e]
		if !columnName(name) {
			names = false
			return false
		}
		if role, rank := csvRole(name); role >= 0 && rank < ranks[role] {
			ranks[role] = rank
			c.set(role, i)
		}
		n++
		return n < maxCSVColumns
	})
	return c, names && n >= 3 && c.time >= 0
}

// set makes column i the one of role.
func (c *csvColumns) set(role, i int) {
	switch role {
	case csvRoleTime:
		c.time = i
	case csvRoleLevel:
		c.level = i
	case csvRoleHost:
		c.host = i
	}
}

// csvSep returns the separator of a header line: the tab, comma or semicolon it holds most often
// outside quotes, at least twice; 0 for none.
func csvSep(line []byte) byte {
	var count [3]int
	quoted := false
	for _, c := range line {
		switch c {
		case '"':
			quoted = !quoted
		case '\t':
			count[0] += b2i(!quoted)
		case ',':
			count[1] += b2i(!quoted)
		case ';':
			count[2] += b2i(!quoted)
		}
	}
	best := 0
	for k := range count {
		if count[k] > count[best] {
			best = k
		}
	}
	if count[best] < 2 {
		return 0
	}
	return "\t,;"[best]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// columnName reports whether a header's field is a column's name: a short run of letters, with
// digits, blanks and a little punctuation ("Date and Time", "Time of Day", "@timestamp"), never
// a value (a number, a date, a sentence's punctuation).
func columnName(b []byte) bool {
	if len(b) == 0 || len(b) > 40 || !isAlpha(b[0]) && b[0] != '@' && b[0] != '_' {
		return false
	}
	for _, c := range b {
		if !isAlnum(c) && c != ' ' && c != '_' && c != '-' && c != '.' && c != '/' && c != '@' && c != '&' {
			return false
		}
	}
	return true
}

// The roles of csvRole, as indexes into learnCSV's columns.
const (
	csvRoleTime = iota
	csvRoleLevel
	csvRoleHost
)

// csvRole tells the role a column's name gives it, and its rank among the names of that role
// (the lower first): Export-Csv's TimeGenerated before TimeWritten, Event Viewer's "Date and
// Time", "Level" and "EntryType", "MachineName" and "Computer". -1 for a column of no role.
func csvRole(name []byte) (role, rank int) {
	var buf [40]byte
	n := 0
	for _, c := range name {
		if c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '&' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	switch string(buf[:n]) {
	case "timegenerated", "timecreated", "timestamp", "@timestamp", "eventtime", "datetime", "dateandtime", "time",
		"timeofday", "logtime", "eventdate":
		return csvRoleTime, 0
	case "timewritten", "receivedtime", "createdat", "created", "date", "creationtime", "datetimeutc", "timeutc":
		return csvRoleTime, 1
	case "level", "severity", "entrytype", "leveldisplayname", "loglevel", "severitylevel":
		return csvRoleLevel, 0
	case "machinename", "computer", "computername", "hostname", "host", "devicename", "device":
		return csvRoleHost, 0
	case "servername", "server", "nodename", "node":
		return csvRoleHost, 1
	}
	return -1, 0
}

// eachCSVField calls fn with the index and bounds of each field of b, the bounds inside a quoted
// field's quotes, until fn returns false. A quoted field may hold separators and line breaks.
func eachCSVField(b []byte, sep byte, fn func(i, start, end int) bool) {
	for i, at := 0, 0; at <= len(b); i++ {
		start, end, next := at, 0, 0
		if at < len(b) && b[at] == '"' {
			start = at + 1
			end = quoteEnd(b, start)
			next = end + 1
			if k := bytes.IndexByte(b[min(next, len(b)):], sep); k >= 0 {
				next += k
			} else {
				next = len(b)
			}
		} else {
			end = len(b)
			if k := bytes.IndexByte(b[at:], sep); k >= 0 {
				end = at + k
			}
			next = end
		}
		if !fn(i, start, end) || next >= len(b) {
			return
		}
		at = next + 1
	}
}

// quoteEnd returns the index of the quote that closes a quoted field whose text starts at b[i]
// (a doubled quote is one inside it), or len(b) when it does not close.
func quoteEnd(b []byte, i int) int {
	for i < len(b) {
		k := bytes.IndexByte(b[i:], '"')
		if k < 0 {
			return len(b)
		}
		i += k
		if byteAt(b, i+1) != '"' {
			return i
		}
		i += 2
	}
	return len(b)
}

// csvOpenAfter reports whether a row is inside a quoted field at the end of line, open saying
// whether it was at its start: a quote opens a field only at the field's start and closes it
// before a separator or the line's end, so a stray quote inside a value (`5" floppy`) opens
// nothing.
func csvOpenAfter(line []byte, sep byte, open bool) bool {
	fieldStart := !open
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case open && c == '"' && byteAt(line, i+1) == '"':
			i++
		case open && c == '"':
			open = false
		case !open && fieldStart && c == '"':
			open = true
		}
		fieldStart = !open && c == sep
	}
	return open
}

// apply gives rec the time, level and host the row raw holds in the header's columns, each when
// its value reads as one.
func (c *csvColumns) apply(raw []byte, rec *Record, now int64, w *wallClock) {
	eachCSVField(raw, c.sep, func(i, s, e int) bool {
		v := raw[s:e]
		switch i {
		case c.time:
			if t, ok := csvTimeValue(v, now, w); ok {
				rec.Time = t
			}
		case c.level:
			if lvl, ok := ParseLevel(v); ok {
				rec.Level = lvl
			}
		case c.host:
			if hostLike(v) && hasLetter(v) {
				rec.Host = Span{int32(s), int32(e)}
			}
		}
		return i < max(c.time, c.level, c.host)
	})
}

// csvTimeValue reads a time column's value: any spelling the locator knows, when it is the whole
// value, or an ISO or epoch time.
func csvTimeValue(v []byte, now int64, w *wallClock) (int64, bool) {
	if len(v) < 8 {
		return 0, false
	}
	if t, ok := parseTimeValue(v, w); ok {
		return t, true
	}
	if st, ok := locate(v, now, w); ok && st.start == 0 && st.end == len(v) && st.kind != stampColumnEpoch {
		return st.t, true
	}
	return 0, false
}
