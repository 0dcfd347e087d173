package parse

import (
	"bytes"
	"strings"
)

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

// csvColumns is what a header line names: the separator and the column of each role (indexed by
// csvRoleTime and the others), -1 for none.
type csvColumns struct {
	sep  byte
	n    int // the header's columns: a row has as many
	cols [csvRoles]int
	msg  int // the message's column, -1 for none: it may hold a program's JSON record (see jsonMessage)
	// bare: the names are set off by blanks without the W3C directive (see blankHeader), and a
	// quote in a row opens no field that runs over lines.
	bare bool
	// sevDigits: the level column is syslog's, named so ("syslog.level", rsyslog's "Priority"),
	// and a digit in it is a syslog severity.
	sevDigits bool
	// appleTypes: the level column is Apple's unified log's type, whose Default and Fault are
	// levels there only.
	appleTypes bool
}

// HeadBytes is how much of a file's start Head looks at: a header's lines fit in it.
const HeadBytes = csvHeaderWithin

// Head shows the stream the start of a file whose read begins later (the newest lines of a large
// CSV export or JSON array), so that it learns the columns the file's header names or how the
// array's elements open. Nothing of it becomes an entry.
func (s *Stream) Head(start []byte) {
	var off int64
	for s.csvLook < csvLookLines || s.arr.looked < arrayLookLines {
		line, rest, ok := bytes.Cut(start, []byte{'\n'})
		if !ok {
			break // the line goes on past what was read: no header of a size to trust
		}
		at := off
		off += int64(len(line)) + 1
		start = rest
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if s.csvLook < csvLookLines {
			s.csvLookAt(line, at)
		}
		if s.arr.looked < arrayLookLines {
			s.arr.lookAt(line)
		}
	}
	// The lines read from here on are none of the file's first, and the read begins past the
	// array's first element.
	s.csvLook, s.arr.looked, s.arr.open = csvLookLines, arrayLookLines, s.arr.on
}

// csvLookAt looks at one of a source's first lines as its CSV header: the first line, or one after
// comments ("#TYPE …"; the W3C extended format's "#Software:", "#Version:" and "#Date:" before
// its "#Fields:", as IIS and Exchange write their logs).
func (s *Stream) csvLookAt(line []byte, offset int64) {
	s.csvLook++
	if c, ok := learnCSV(line); ok && offset < csvHeaderWithin {
		s.csv, s.csvLook, s.csvHeaderAt = c, csvLookLines, offset
		return
	}
	if len(line) == 0 || line[0] != '#' {
		s.csvLook = csvLookLines
	}
}

// csvLookLines is how many lines at a source's start may be its header: the header itself, or up
// to five comment lines before it; csvHeaderWithin how far into the file it may end. A read that
// begins later (the newest lines of a file) sees no header.
const (
	csvLookLines    = 6
	csvHeaderWithin = 4096
)

// maxCSVColumns bounds the columns of a header; maxCSVRowLines the lines of one row, so that a
// stray quote does not join the rest of a file.
const (
	maxCSVColumns  = 512 // Exchange's HttpProxy log names about 120
	maxCSVRowLines = 256
)

// w3cFields opens the W3C extended format's header line, whose names are separated by blanks
// (IIS) or commas (Exchange).
const w3cFields = "#Fields: "

// learnCSV reads line as a CSV header: three or more column names, one of them a time's.
func learnCSV(line []byte) (csvColumns, bool) {
	w3c := hasPrefixAt(line, 0, w3cFields)
	if w3c {
		line = line[len(w3cFields):]
	} else if hasPrefixAt(line, 0, "# ") {
		line = line[2:] // sadf -d's "# hostname;interval;timestamp;CPU;%user;…"
	}
	c := csvColumns{sep: csvSep(line), cols: [csvRoles]int{-1, -1, -1, -1, -1}, msg: -1}
	if c.sep == 0 && w3c {
		c.sep = ' '
	} else if c.sep == 0 && blankHeader(line) {
		c.sep, c.bare = ' ', true
	}
	if c.sep == 0 {
		return c, false
	}
	ranks := [csvRoles]int{99, 99, 99, 99, 99}
	n, names := 0, true
	rsyslog, priority := false, false
	eachCSVField(line, c.sep, func(i, s, e int) bool {
		name := line[s:e]
		if !columnName(name) {
			names = false
			return false
		}
		if namedAs(name, "FromHost") {
			rsyslog = true // rsyslog's SystemEvents, whose Priority is syslog's severity
		}
		if role, rank := csvRole(name); role >= 0 && rank < ranks[role] {
			ranks[role], c.cols[role] = rank, i
			if role == csvRoleLevel {
				c.sevDigits = hasPrefixFold(name, 0, "syslog")
				c.appleTypes = rank == 3
				priority = namedAs(name, "Priority")
			}
		} else if role < 0 && c.msg < 0 && messageColumn(name) {
			c.msg = i
		}
		n++
		return n < maxCSVColumns
	})
	c.n = n
	c.sevDigits = c.sevDigits || priority && rsyslog // a job's or a ticket's Priority is no severity
	// A header cut at maxCSVColumns would match no row: such a file is read line by line.
	return c, names && n >= 3 && n < maxCSVColumns && (c.cols[csvRoleTime] >= 0 || c.cols[csvRoleDate] >= 0)
}

// blankHeader reports whether line names columns separated by single blanks, as the header line
// of VPC Flow Logs' files does ("version account-id interface-id srcaddr … start end action
// log-status"): at least ten names in lower case, three of them with a dash, and none of the
// small words a sentence joins its words with.
func blankHeader(line []byte) bool {
	names, dashed := 0, 0
	for _, f := range bytes.Split(line, []byte{' '}) {
		if len(f) == 0 || !isLowerAt(f, 0) || joiningWord(f) {
			return false
		}
		for _, c := range f {
			if (c < 'a' || c > 'z') && !isDigit(c) && c != '-' {
				return false
			}
		}
		if bytes.IndexByte(f, '-') > 0 {
			dashed++
		}
		names++
	}
	return names >= 10 && dashed >= 3
}

// joiningWord reports whether w is one of the small English words that join a sentence's words.
func joiningWord(w []byte) bool {
	switch string(w) {
	case "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "is", "are", "be", "not":
		return true
	}
	return false
}

// csvSep returns the separator of a header line: the tab, comma, semicolon or pipe (sqlite3's
// list mode) it holds most often outside quotes, at least twice; 0 for none.
func csvSep(line []byte) byte {
	const seps = "\t,;|"
	var count [len(seps)]int
	quoted := false
	for _, c := range line {
		if c == '"' {
			quoted = !quoted
		} else if k := strings.IndexByte(seps, c); k >= 0 && !quoted {
			count[k]++
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
	return seps[best]
}

// columnName reports whether a header's field is a column's name: a short run of letters, with
// digits, blanks and a little punctuation ("Date and Time", "Time of Day", "@timestamp", "Serial #",
// Sentinel's "TimeGenerated [UTC]"), never a value (a number, a date, a sentence's punctuation).
func columnName(b []byte) bool {
	if len(b) == 0 || len(b) > 40 || !isAlpha(b[0]) && b[0] != '@' && b[0] != '_' && !(b[0] == '%' && isAlphaAt(b, 1)) {
		return false // (sysstat names its percentages "%user", "%idle")
	}
	for _, c := range b {
		if !isAlnum(c) && c != ' ' && c != '_' && c != '-' && c != '.' && c != '/' && c != '@' && c != '&' && c != '(' && c != ')' && c != '#' && c != '%' && c != '[' && c != ']' {
			return false
		}
	}
	return true
}

// The roles of csvRole, as indexes into learnCSV's columns.
const (
	csvRoleTime = iota
	csvRoleDate
	csvRoleLevel
	csvRoleHost
	csvRoleMonth // a date split over columns, the month apart from the day: loghub's Month,Date,Time
	csvRoles
)

// csvRole tells the role a column's name gives it, and its rank among the names of that role
// (the lower first): Export-Csv's TimeGenerated before TimeWritten, Event Viewer's "Date and
// Time", "Level" and "EntryType", "MachineName" and "Computer". -1 for a column of no role.
func csvRole(name []byte) (role, rank int) {
	if string(name) == "ServerHostName" {
		// Exchange's EWS, HttpProxy and MapiHttp logs name the server that wrote the row so; the
		// message tracking log's server-hostname is the peer of a SEND or RECEIVE.
		return csvRoleHost, 1
	}
	if k := bytes.Index(name, []byte(" [")); k > 0 && name[len(name)-1] == ']' {
		name = name[:k] // a unit or a zone after the name: Azure's "TimeGenerated [UTC]"
	}
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
	if role, rank = roleOfName(string(buf[:n])); role < 0 {
		if k := bytes.LastIndexByte(name, '.'); k > 0 && (hasPrefixFold(name, 0, "syslog.") || hasPrefixFold(name, 0, "frame.")) {
			// tshark's fields of a syslog datagram and of its frame: "syslog.hostname",
			// "frame.time_epoch", read by the name after the last dot. Other protocols' hosts are
			// a request's (http.host) or a program's (http.server).
			return csvRole(name[k+1:])
		}
	}
	return role, rank
}

// roleOfName is csvRole of a name in lower case without its blanks and punctuation.
func roleOfName(name string) (role, rank int) {
	switch name {
	case "timegenerated", "timecreated", "timestamp", "@timestamp", "eventtime", "datetime", "dateandtime", "time",
		"timeofday", "logtime":
		return csvRoleTime, 0
	case "timewritten", "receivedtime", "createdat", "created", "creationtime", "datetimeutc", "timeutc",
		"receivetime", "generatetime", "timelogged", // PAN-OS' web interface exports
		"timeepoch",                        // tshark's frame.time_epoch
		"devicereportedtime", "receivedat": // rsyslog's SystemEvents
		return csvRoleTime, 1
	case "start": // VPC Flow Logs': the flow's first packet, where its end is the window's
		return csvRoleTime, 2
	case "date", "eventdate", "logdate":
		return csvRoleDate, 0
	case "month":
		return csvRoleMonth, 0
	case "leveldisplayname", // Get-WinEvent's name of its Level column's number
		"eventlevelname": // Azure Monitor's Event table: Windows' level by name beside its number
		return csvRoleLevel, 0
	case "level", "severity", "entrytype", "loglevel", "severitylevel":
		return csvRoleLevel, 1
	case "priority": // SonicOS's event log export; a ticket's High or Low is no level's name and gives none
		return csvRoleLevel, 2
	case "logtype", "messagetype": // Apple's unified log exported (Default, Info, Debug, Error, Fault); another log's type gives none
		return csvRoleLevel, 3
	case "fromhost": // rsyslog's SystemEvents: the sender
		return csvRoleHost, 1
	case "machinename", "computer", "computername", "hostname", "host",
		"scomputername", // W3C's s-computername (IIS); Exchange's server-hostname is a peer as often
		"devname",       // FortiOS' and FortiAnalyzer's name of the device that logged
		"devicename":    // PAN-OS' web interface exports: the firewall that logged
		return csvRoleHost, 0
	case "orig", "origin": // Check Point's fwm logexport: the gateway that logged
		return csvRoleHost, 2
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
// its value reads as one; a row of more fields than the header's, of too few to reach its columns,
// or without a time in its time column, is no row of it. It reports whether raw is a row.
//
// The time is a date and a clock: the date and time columns' joined, else either one's that
// holds both (a column named Time may hold a duration; Wireshark's, the seconds since capture).
func (c *csvColumns) apply(raw []byte, rec *Record, now int64, w *wallClock) (row bool) {
	var vals [csvRoles]Span
	n := 0
	eachCSVField(raw, c.sep, func(i, s, e int) bool {
		for role, col := range c.cols {
			if i == col {
				vals[role] = Span{int32(s), int32(e)}
			}
		}
		n++
		return n <= c.n
	})
	if n > c.n || n <= c.lastRole() {
		return false // (a row may leave its trailing empty fields out)
	}
	t, ok := c.rowTime(raw, vals[csvRoleTime], vals[csvRoleDate], vals[csvRoleMonth], now, w)
	if !ok {
		return false // a row's time is where the header says: a line whose commas only fall alike is none
	}
	rec.Time = t
	if v := vals[csvRoleLevel].Of(raw); len(v) >= 3 {
		if lvl, ok := ParseLevel(v); ok {
			rec.Level = lvl
		} else if lvl, ok := appleLevel(v); ok && c.appleTypes {
			rec.Level = lvl // Apple's unified log exported: "Default", "Fault" beside "Info", "Error"
		}
	} else if len(v) == 1 && c.sevDigits && v[0] >= '0' && v[0] <= '7' {
		rec.Level = LevelFromSyslog(int(v[0] - '0'))
	} else if len(v) == 1 {
		// A level column of letters, as logcat's and glog's are exported: V D I W E F A.
		rec.Level, _ = alphabetLevel(v[0], "VDIWEFA")
	}
	if v := vals[csvRoleHost]; hostLike(v.Of(raw)) && hasLetter(v.Of(raw)) && !noHost(v.Of(raw)) && !isLevelWord(v.Of(raw)) {
		rec.Host = v
	}
	return true
}

// messageColumn reports whether a column's name says it holds the record's message: CloudWatch
// Logs Insights' "@message", an export's "Message" or "log".
func messageColumn(name []byte) bool {
	for _, m := range [...]string{"@message", "message", "msg", "log", "logmessage"} {
		if bytes.EqualFold(name, []byte(m)) {
			return true
		}
	}
	return false
}

// jsonMessage returns the row's message when it is a JSON object, with a quoted field's doubled
// quotes made single into dst: a program's own record that a log service exported in a column
// (`"{""level"":""error"",…}"`). It returns nil for any other message.
func (c *csvColumns) jsonMessage(dst, raw []byte) []byte {
	if c.msg < 0 {
		return nil
	}
	var v []byte
	quoted := false
	eachCSVField(raw, c.sep, func(i, s, e int) bool {
		if i == c.msg {
			v, quoted = raw[s:e], s > 0 && raw[s-1] == '"'
			return false
		}
		return true
	})
	if len(v) < 2 || v[0] != '{' {
		return nil
	}
	dst = dst[:0]
	if !quoted {
		return append(dst, v...) // a tab-separated file's field holds the record as written
	}
	for i := 0; i < len(v); i++ {
		dst = append(dst, v[i])
		if v[i] == '"' && i+1 < len(v) && v[i+1] == '"' {
			i++
		}
	}
	return dst
}

// lastRole is the last of the columns that have a role.
func (c *csvColumns) lastRole() int {
	last := -1
	for _, col := range c.cols {
		last = max(last, col)
	}
	return last
}

// rowTime reads a row's time from its time and date columns' values (see apply).
func (c *csvColumns) rowTime(raw []byte, tv, dv, mv Span, now int64, w *wallClock) (int64, bool) {
	if c.cols[csvRoleTime] >= 0 && c.cols[csvRoleDate] >= 0 {
		var buf [80]byte
		joined := buf[:0]
		if c.cols[csvRoleMonth] >= 0 && mv.Len() <= 12 {
			joined = append(append(joined, mv.Of(raw)...), ' ') // "Nov" "29" "07:41:16": a syslog date
		}
		joined = append(append(append(joined, dv.Of(raw)...), ' '), tv.Of(raw)...)
		if t, ok := csvTimeValue(joined, now, w); ok {
			return t, true
		}
	}
	if t, ok := csvTimeValue(tv.Of(raw), now, w); ok {
		return t, true
	}
	return csvTimeValue(dv.Of(raw), now, w) // a column the header does not name is empty here
}

// noHost reports whether a host column's value says there is none.
func noHost(v []byte) bool {
	for _, none := range [...]string{"unknown", "none", "null", "n/a", "nil"} {
		if bytes.EqualFold(v, []byte(none)) {
			return true
		}
	}
	return false
}

// rowStart reports whether line, read while a quoted field was open, is rather a whole row of its
// own: as many fields as the header, no quote left open, and a time in its columns. A stray quote
// then hides no rows.
func (c *csvColumns) rowStart(line []byte, now int64, w *wallClock) bool {
	if !c.bare && csvOpenAfter(line, c.sep, false) {
		return false
	}
	var rec Record
	c.apply(line, &rec, now, w)
	return rec.Time != 0
}

// csvTimeValue reads a time column's value: a date and a clock in any spelling the locator knows,
// when they are the whole value, or an ISO or epoch time; a plausible one.
func csvTimeValue(v []byte, now int64, w *wallClock) (int64, bool) {
	if len(v) < 8 {
		return 0, false
	}
	if t, ok := parseTimeValue(v, w); ok && plausible(t, now) {
		return t, true
	}
	if st, ok := locate(v, now, w); ok && st.start == 0 && st.end == len(v) && st.kind == stampDate && plausible(st.t, now) {
		return st.t, true
	}
	if at := bytes.Index(v, []byte(" @ ")); at > 0 && len(v) < 64 {
		// Kibana's and OpenSearch Dashboards' "Nov 29, 2026 @ 07:41:20.504" in a CSV report.
		var buf [64]byte
		return csvTimeValue(append(append(buf[:0], v[:at]...), v[at+2:]...), now, w)
	}
	return 0, false
}
