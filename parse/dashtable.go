package parse

import (
	"bytes"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
)

// A table of events printed with a rule of dashes under its header, one record a row: PowerShell's
// Format-Table ("TimeCreated   Id LevelDisplayName Message" over "-----------   -- ---------------- -------"),
// and the cmdlets and tools that print theirs the same way (Get-EventLog, dbatools, Exchange's
// shell, sqlcmd, SQL*Plus). The rule's groups of dashes sit exactly under the header's names, which
// names the columns: a row's machine is in its ComputerName column and its level in its
// EntryType column, where no rule reading the row alone can know them. A row is a record even
// when it starts with a blank (a right-aligned first column, Get-EventLog's Index). The table
// ends at a blank line or at a line that does not fit its columns; one printed inside a timed
// record is that record's text and is not learned.

// A table drawn with pipes between its columns reads the same way: psql's result sets ("id | created_at
// | level" over "----+------------+------"), yum's and dnf's history lists ("ID | Login user | Date and
// time | Action(s) | Altered" over one unbroken rule). A row's pipes stand where the header's do,
// counted in a terminal's columns, as every such client pads its cells: a line whose pipes stand elsewhere is
// no row (a log line that quotes a pipe), and a pipe inside a cell is the cell's text.

// maxTableCols bounds the columns of a table read; wider tables keep their first ones.
const maxTableCols = 24

// dashTable is a source's table, once its rule came under its header.
type dashTable struct {
	on     bool
	starts [maxTableCols]int32 // where each column's dashes start
	ends   [maxTableCols]int32 // and end
	n      int
	host   int    // the column that names the row's machine, or -1
	level  int    // the column that holds the row's level, or -1
	prio   bool   // that column is MySQL's PRIO
	sev    bool   // that column is rsyslog's Priority, syslog's severity as a digit
	typed  bool   // that column is a Type, whose alarm grades (a compaction's MAJOR, MINOR) are no levels
	dated  bool   // the time column is named only by its suffix: its value is a time with its date, or none
	time   int    // the first column that holds the row's time, or -1
	others uint32 // the columns whose names name no machine (see apply)
	pipes  bool   // the columns are cells between pipes, not spans under dashes; starts holds the
	// terminal columns of the header's pipes then, n-1 of them (see charAfter)
	border bool // the header's last pipe closes a box, as MySQL's client draws it
}

// learn reads line as the rule under header; it reports whether it is one, and then the table
// is on. Every group of dashes must lie under one of the header's names and every name over one
// group: a line of dashes under a sentence is an underline, no table's rule.
func (t *dashTable) learn(header, line []byte) bool {
	if len(header) == 0 || len(header) > 4*columnHead {
		return false
	}
	if pipeRule(line) && bytes.IndexByte(header, '|') >= 0 {
		return t.learnPipes(header)
	}
	if !dashRule(line) {
		return false
	}
	nt := dashTable{host: -1, level: -1, time: -1}
	events := false // a column names the time of the row
	prevEnd := 0
	for i := 0; i < len(line); {
		if line[i] == ' ' {
			i++
			continue
		}
		e := i
		for e < len(line) && line[e] == '-' {
			e++
		}
		if i >= len(header) || !blankSpan(header, prevEnd, i) {
			return false
		}
		// A name fills its dashes (Format-Table's) or starts or ends with them (SQL*Plus pads a
		// short name to its column's width); the last one's blanks up to its width are often not
		// written (sqlite3's .mode column).
		name := trimSpace(header[i:min(e, len(header))])
		if len(name) == 0 || header[i] == ' ' && header[min(e, len(header))-1] == ' ' || e < len(header) && header[e] != ' ' || bytes.IndexByte(name, ' ') >= 0 && !spacedName(name) {
			return false
		}
		if nt.n < maxTableCols {
			switch {
			case nt.host < 0 && hostColumn(name):
				nt.host = nt.n
			case nt.level < 0 && levelColumnName(name):
				nt.level = nt.n
			case timeColumn(name):
				events = true
				if nt.time < 0 {
					nt.time = nt.n
				}
			}
			if !machineColumn(name) {
				nt.others |= 1 << nt.n
			}
			nt.starts[nt.n], nt.ends[nt.n] = int32(i), int32(e)
			nt.n++
		}
		prevEnd, i = e, e
	}
	if nt.n < 2 || !blankSpan(header, prevEnd, len(header)) {
		return false
	}
	if !events && nt.host < 0 && nt.level < 0 {
		// A table of values (a disk's registers under smartctl's error, counters) is a part of
		// the record it is printed in, not rows of records: a table of events names a time, a
		// machine or a level.
		return false
	}
	*t = nt
	t.on = true
	return true
}

// learnPipes reads header's cells as the table's columns; it reports whether they name a table of
// events, and then the table is on.
func (t *dashTable) learnPipes(header []byte) bool {
	nt := dashTable{host: -1, level: -1, time: -1, pipes: true}
	events, fromHost := false, false
	col := 0 // the terminal column header[start] stands in
	for start := 0; start <= len(header) && nt.n < maxTableCols; {
		end := start + bytes.IndexByte(header[start:], '|')
		if end < start {
			end = len(header)
		}
		name := trimSpace(header[start:end])
		if len(name) == 0 && start > 0 && end < len(header) {
			return false // an empty name between two pipes: a line of text with pipes in it
		}
		// (A result set's host column is data, a client's as often as not: MySQL's processlist;
		// rsyslog's SystemEvents names its sender's FromHost.)
		switch {
		case len(name) == 0:
		case nt.level < 0 && (levelColumnName(name) || namedAs(name, "PRIO", "Priority")): // PRIO: MySQL's error_log table
			nt.level, nt.prio, nt.sev, nt.typed = nt.n, namedAs(name, "PRIO"), namedAs(name, "Priority"), namedAs(name, "Type")
		case nt.host < 0 && namedAs(name, "FromHost"):
			nt.host, fromHost = nt.n, true
		case timeColumn(name) || datedName(name) || eventTimeName(name):
			events = true
			if nt.time < 0 {
				nt.time = nt.n
			}
		case momentSuffix(name):
			events = true
			if nt.time < 0 {
				nt.time, nt.dated = nt.n, true
			}
		}
		col += columnsOf(header[start:end])
		if end < len(header) && nt.n+1 < maxTableCols {
			nt.starts[nt.n] = int32(col) // the pipe after the cell
		}
		nt.n++
		col++
		start = end + 1
	}
	if nt.sev && !fromHost {
		nt.level, nt.sev = -1, false // a job's or a ticket's Priority, no syslog severity
	}
	if nt.n < 2 || !events && nt.level < 0 {
		return false
	}
	h := trimSpace(header)
	nt.border = len(h) > 0 && h[len(h)-1] == '|' && nt.n <= maxTableCols-1
	*t = nt
	t.on = true
	return true
}

// rowPipes finds in row the pipes that stand where the header's do; it reports false when one of
// them is not there. A box's closing pipe may stand further right, past a last cell that ran over
// its width; and a row whose first cell ran over its width (cqlsh's activity) still fits when
// it has as many pipes as the header, every cell between them as wide as the header's.
func (t *dashTable) rowPipes(row []byte) (at [maxTableCols]int32, ok bool) {
	pipes := t.n - 1
	border := pipes > 1 && t.border
	if border {
		pipes-- // the closing pipe is looked for at the row's end
	}
	col, p := 0, 0
	for i := 0; i < len(row) && p < pipes; {
		next, w := charAfter(row, i)
		if w > 0 && col >= int(t.starts[p]) {
			if col != int(t.starts[p]) || row[i] != '|' {
				return t.shiftedPipes(row)
			}
			at[p] = int32(i)
			p++
		}
		i, col = next, col+w
	}
	if p < pipes {
		return at, false
	}
	if border {
		e := len(bytes.TrimRight(row, " \r"))
		if e == 0 || row[e-1] != '|' || e-1 < int(at[p-1]) {
			return at, false
		}
		at[p] = int32(e - 1)
	}
	return at, true
}

// shiftedPipes is rowPipes for a row whose pipes stand right of the header's: its own pipes, when
// it has as many as the header and at least two cells between them, each as wide as the header's.
func (t *dashTable) shiftedPipes(row []byte) (at [maxTableCols]int32, ok bool) {
	pipes := t.n - 1
	if pipes < 3 {
		return at, false // too few widths to tell a row from a line that quotes pipes
	}
	var cols [maxTableCols]int32
	col, p := 0, 0
	for i := 0; i < len(row); {
		next, w := charAfter(row, i)
		if row[i] == '|' {
			if p == pipes {
				return at, false
			}
			at[p], cols[p] = int32(i), int32(col)
			p++
		}
		i, col = next, col+w
	}
	if p != pipes {
		return at, false
	}
	last := pipes - 1
	if t.border {
		last-- // a box's last cell may run over its width
	}
	for k := 1; k <= last; k++ {
		if cols[k]-cols[k-1] != t.starts[k]-t.starts[k-1] {
			return at, false
		}
	}
	return at, true
}

// charAfter is where the character at b[i] ends, and the columns a terminal gives it, by which
// psql and MySQL's client pad their cells: two for a wide (East Asian) character or an emoji, none
// for a combining mark.
func charAfter(b []byte, i int) (int, int) {
	if b[i] < utf8.RuneSelf {
		return i + 1, 1
	}
	r, size := utf8.DecodeRune(b[i:])
	return i + size, displaywidth.Rune(r)
}

// columnsOf is the columns a terminal gives b, character by character (see charAfter).
func columnsOf(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		var w int
		i, w = charAfter(b, i)
		n += w
	}
	return n
}

// pipeRule reports whether line is the rule under a header of cells between pipes: dashes, with a
// '+' where each pipe crosses it, or none.
func pipeRule(line []byte) bool {
	dashes := 0
	for _, c := range line {
		switch c {
		case '-':
			dashes++
		case '+', ' ':
		default:
			return false
		}
	}
	return dashes >= 8
}

// datedName reports whether a column's name has the word "date" in it: yum's "Date and time",
// "Install Date".
func datedName(name []byte) bool {
	for i := 0; i+4 <= len(name); i++ {
		if bytes.EqualFold(name[i:i+4], []byte("date")) && (i == 0 || !isAlpha(name[i-1])) && (i+4 == len(name) || !isAlpha(name[i+4])) {
			return true
		}
	}
	return false
}

// eventTimeName reports whether a result set's column is named for when its row happened:
// "created_at", the OpenStack client's "Updated At", "query_start", MySQL's "LOGGED", a "log_time"
// or "event_time", the "SINCE" of the state a row shows (calicoctl's BGP peers).
func eventTimeName(name []byte) bool {
	n := len(name)
	return n > 3 && (bytes.EqualFold(name[n-3:], []byte("_at")) || bytes.EqualFold(name[n-3:], []byte(" at"))) || n > 6 && bytes.EqualFold(name[n-6:], []byte("_start")) ||
		namedAs(name, "LOGGED", "start_time", "log_time", "event_time", "since")
}

// pipeCell returns where the text of row's cell c lies, its blanks trimmed: between the pipes
// rowPipes found.
func (t *dashTable) pipeCell(row []byte, c int) (int, int, bool) {
	at, ok := t.rowPipes(row)
	if !ok {
		return 0, 0, false
	}
	s, e := 0, len(row)
	if c > 0 {
		s = int(at[c-1]) + 1
	}
	if c < t.n-1 {
		e = int(at[c])
	}
	s = skipBlanks(row[:e], s)
	for e > s && row[e-1] == ' ' {
		e--
	}
	return s, e, s < e
}

// dashRule reports whether line is a table's rule: groups of dashes between blanks, two at least.
func dashRule(line []byte) bool {
	groups, dashes := 0, 0
	for i, c := range line {
		switch c {
		case '-':
			dashes++
			if i == 0 || line[i-1] == ' ' {
				groups++
			}
		case ' ':
		default:
			return false
		}
	}
	return groups >= 2 && dashes >= 2*groups
}

// blankSpan reports whether b[s:e] holds blanks only (or lies past b's end).
func blankSpan(b []byte, s, e int) bool {
	for i := s; i < min(e, len(b)); i++ {
		if b[i] != ' ' {
			return false
		}
	}
	return true
}

// spacedName reports whether a header's name with blanks in it is one name: kubectl's "LAST
// SEEN", SQL*Plus's aliases. Its words are letters.
func spacedName(name []byte) bool {
	for _, c := range name {
		if c != ' ' && !isAlpha(c) && c != '_' {
			return false
		}
	}
	return true
}

// hostColumn reports whether a column's name says it holds the machine a row is of.
func hostColumn(name []byte) bool {
	return namedAs(name, "ComputerName", "PSComputerName", "MachineName", "Computer", "ServerHostname", "HostName", "Host", "NodeName")
}

// machineColumn reports whether a column's name may name the machine of a row: the names
// hostColumn knows, and a Source, Server, Node, Router… column of a collector's table (a Device
// is a disk or a port as often, an Instance a database's).
func machineColumn(name []byte) bool {
	if hostColumn(name) {
		return true
	}
	lower := bytes.ToLower(name) // once a table, as its rule comes
	for _, w := range [...]string{"host", "source", "server", "node", "sender", "origin", "router", "machine", "computer", "switch", "agent", "member", "appliance", "sensor", "controller"} {
		if bytes.Contains(lower, []byte(w)) {
			return true
		}
	}
	return false
}

// timeColumn reports whether a column's name says it holds the time of a row.
func timeColumn(name []byte) bool {
	return namedAs(name, "Time", "Date", "DateTime", "Timestamp", "TimeCreated", "TimeGenerated", "TimeWritten", "LogDate", "EventTime")
}

// levelColumnName reports whether a column's name says it holds a row's level: Windows' entry
// type, Kubernetes' event type (Normal, Warning); a value that is no level's name gives none.
func levelColumnName(name []byte) bool {
	return namedAs(name, "EntryType", "LevelDisplayName", "Level", "LevelName", "Severity", "Type")
}

// namedAs reports whether name is one of names, in any case.
func namedAs(name []byte, names ...string) bool {
	for _, n := range names {
		if len(n) == len(name) && bytes.EqualFold(name, []byte(n)) {
			return true
		}
	}
	return false
}

// apply gives rec the time, host and level the row's named columns hold, where its parse found
// none. A column's value is the word its row starts where the column's dashes start: the columns
// those names head are text, which Format-Table aligns to the left.
func (t *dashTable) apply(row []byte, rec *Record, now int64, w *wallClock) {
	if t.time >= 0 && rec.Time == 0 {
		// A time the locator did not reach in the row, or in a spelling it does not take as a
		// line's (Cisco's "07:41:16 UTC Sun Nov 29 2026" in the last column).
		if s, _, ok := t.word(row, t.time); ok {
			if st, ok := locate(row[s:], now, w); ok && st.start == 0 && plausible(st.t, now) && (!t.dated || st.kind == stampDate || st.kind == stampEpoch) {
				rec.Time = st.t
			}
		}
	}
	if rec.Host.End > 0 && !t.pipes {
		// The value of a column the header names for no machine, which the row's own reading
		// took for a syslog host: ArubaOS's frame type ("Timestamp  stype  SA …"), an
		// interface, a user.
		if c := t.columnAt(int(rec.Host.Start)); c > 0 && t.others&(1<<c) != 0 && int(t.starts[c]) == int(rec.Host.Start) {
			rec.Host = Span{}
		}
	}
	if t.host >= 0 && rec.Host.End == 0 {
		if s, e, ok := t.word(row, t.host); ok && isAlnum(row[s]) && hostLike(row[s:e]) && hasLetter(row[s:e]) {
			rec.Host = Span{int32(s), int32(e)}
		}
	}
	if t.level >= 0 && rec.Level == Unknown {
		if s, e, ok := t.word(row, t.level); ok && t.sev && e == s+1 && row[s] >= '0' && row[s] <= '7' {
			rec.Level = LevelFromSyslog(int(row[s] - '0'))
		} else if ok && isAlpha(row[s]) {
			if lvl, ok := ParseLevel(row[s:e]); ok && !(t.typed && namedAs(row[s:e], "Major", "Minor")) {
				rec.Level = lvl
			} else if t.prio && string(row[s:e]) == "System" {
				rec.Level = Notice // MySQL's System, as its text log's [System] reads
			}
		}
	}
}

// fits reports whether row is one of the table's rows: text past its first column, and a blank
// (or the row's end) before most columns' starts, as the columns' widths leave between their
// values. A value one byte too long for its column runs over one of them; a line of the log the
// table was printed in, over most.
func (t *dashTable) fits(row []byte) bool {
	if t.pipes {
		_, ok := t.rowPipes(row)
		return ok
	}
	if blankSpan(row, int(t.starts[1]), len(row)) {
		return false // a row fills more than its first column: a word alone is a heading after the table
	}
	over := 0
	for c := 1; c < t.n; c++ {
		s, e := int(t.starts[c]), int(t.ends[c])
		rightAligned := e <= len(row) && row[e-1] != ' ' && (e == len(row) || row[e] == ' ')
		if s <= len(row) && row[s-1] != ' ' && !rightAligned {
			over++ // a number wider than its name ends where the dashes do (Format-Table's "Id")
		}
	}
	return 2*over < t.n-1 || over == 0
}

// columnAt returns the column whose span holds byte i of a row, or -1 left of the first one.
func (t *dashTable) columnAt(i int) int {
	c := t.n - 1
	for c >= 0 && int(t.starts[c]) > i {
		c--
	}
	return c
}

// word returns the word of row that starts where column c does.
func (t *dashTable) word(row []byte, c int) (int, int, bool) {
	if t.pipes {
		s, e, ok := t.pipeCell(row, c)
		if !ok {
			return 0, 0, false
		}
		_, we := nextToken(row[:e], s)
		return s, we, true
	}
	s := int(t.starts[c])
	if s >= len(row) || row[s] == ' ' || s > 0 && row[s-1] != ' ' {
		return 0, 0, false
	}
	_, e := nextToken(row, s)
	if c+1 < t.n && e > int(t.starts[c+1]) {
		return 0, 0, false // a value that runs into the next column is no word of this one
	}
	return s, e, true
}

// firstCell is where a row's first cell lies: before the second column's dashes, or before the
// first pipe (after it, in a box whose rows open with one).
func (t *dashTable) firstCell() (int, int) {
	switch {
	case !t.pipes:
		return 0, int(t.starts[1])
	case t.starts[0] == 0 && t.n > 2:
		return 1, int(t.starts[1])
	}
	return 0, int(t.starts[0])
}

// tableRow takes a line under a table's rule: a row, a record of its own with what its columns
// name; a line with nothing in the first column, which continues the row; or a blank line, which
// ends the table and is left to the caller.
func (s *Stream) tableRow(line []byte, offset int64, truncated bool, b *Batch) bool {
	if blankSpan(line, 0, len(line)) {
		s.table.on = false
		return false
	}
	if cs, ce := s.table.firstCell(); s.pending && blankSpan(line, cs, ce) {
		s.join(line, truncated) // nothing in the first column: the row's text goes on (auditpr's details, a wrapped cell)
		return true
	}
	if s.table.border && pipeRule(line) {
		// A box's rule, its bottom border among them: a record of its own, and the table stays,
		// since the rows that fit its pipes after it are more of the same result (the next
		// query's, under the same header).
		s.startOwn(line, offset, truncated, Record{}, false, b)
		return true
	}
	if !s.table.fits(line) {
		s.table.on = false // a line of the log the table was printed in: the table ended without a blank line
		if s.table.pipes && s.p.Parse(line).Time == 0 {
			// A result set's closing rule or its footer ("(4 rows)"): no row's text.
			s.startOwn(line, offset, truncated, Record{}, false, b)
			return true
		}
		return false
	}
	s.startOwn(line, offset, truncated, Record{}, false, b)
	if s.cells = s.table.pipes && s.table.typed; s.cells {
		s.rec.Level = Unknown // the Type column's, or none: a compaction's MAJOR in it is no alarm
	}
	s.table.apply(s.raw, &s.rec, s.p.nowNano(), &s.p.wall)
	return true
}

// lastLine returns the last line of an entry's text.
func lastLine(raw []byte) []byte {
	return raw[lastNewline(raw)+1:]
}

// lastNewline returns the index of the last '\n' in raw, or -1. Most entries are one line, which
// the forward search (vectorized; the backward one reads a byte at a time) rules out at once.
func lastNewline(raw []byte) int {
	if bytes.IndexByte(raw, '\n') < 0 {
		return -1
	}
	return bytes.LastIndexByte(raw, '\n')
}

// resultEnd reports whether line closes a database client's result, a record of its own under
// the last row: a count of the rows ("(3 rows affected)" sqlcmd's, "(4 rows)" psql's, "3 rows in
// set (0.00 sec)" and "Empty set (0.00 sec)" mysql's). A box's bottom border does too, under a
// row of the box (see boxEnd).
func resultEnd(line []byte) bool {
	switch {
	case line[0] == 0xE2:
		return false // a box's border closes a result only under its rows (see boxEnd)
	case line[0] == 'E':
		return string(line) == "Empty set" || hasPrefixAt(line, 0, "Empty set (")
	case line[0] == '(':
		i := digitsEnd(line, 1)
		if i == 1 || !hasPrefixAt(line, i, " row") {
			return false
		}
		i += len(" row")
		if byteAt(line, i) == 's' {
			i++
		}
		return string(line[i:]) == ")" || string(line[i:]) == " affected)"
	}
	i := digitsEnd(line, 0)
	switch {
	case hasPrefixAt(line, i, " rows in set"):
		i += len(" rows in set")
	case hasPrefixAt(line, i, " row in set"):
		i += len(" row in set")
	default:
		return false
	}
	// mysql's "(0.00 sec)", ", 1 warning (0.00 sec)"; clickhouse-client's ". Elapsed: 0.014 sec."
	return i == len(line) || hasPrefixAt(line, i, " (") || hasPrefixAt(line, i, ", ") || hasPrefixAt(line, i, ". Elapsed: ")
}

// boxEnd reports whether line is the bottom border of a box whose rows the pending record, raw,
// is one of: a result set's, which closes it as a record of its own. A box drawn around a
// traceback (rich's) or a banner belongs to its record.
func boxEnd(raw, line []byte) bool {
	return bottomBorder(line) && (hasPrefixAt(raw, 0, "│") || hasPrefixAt(raw, 0, "┃") || hasPrefixAt(raw, 0, "║"))
}

// boxTop reports whether line is the top border of a box drawn around a record, with its title in
// it: Laravel Pail's "┌ 07:41:16 INFO ───…┐", rich's "╭──── Traceback (most recent call last) ────╮".
// A border without text, with a column's name glued to its rules, or with a column's joint (┬),
// is a table's, whose rows are records.
func boxTop(line []byte) bool {
	line = bytes.TrimRight(line, " ")
	if len(line) < 9 || !(hasPrefixAt(line, 0, "┌") || hasPrefixAt(line, 0, "╭") || hasPrefixAt(line, 0, "╔") || hasPrefixAt(line, 0, "┏")) {
		return false
	}
	end := line[len(line)-3:]
	if string(end) != "┐" && string(end) != "╮" && string(end) != "╗" && string(end) != "┓" {
		return false
	}
	titled := false
	prev := rune(0)
	for _, r := range string(line[3 : len(line)-3]) {
		switch {
		case r == '┬' || r == '╤' || r == '┳' || r == '╦':
			return false
		case r != ' ' && (r < 0x2500 || r > 0x257F):
			if !titled && prev != ' ' {
				// A name glued to the border is a column's (ClickHouse's one-column
				// "┌──event_time─┐", psql's "┌─[ RECORD 1 ]──┐"): a title stands apart.
				return false
			}
			titled = true
		}
		prev = r
	}
	return titled
}

// The lines of an open box (see boxLine).
const (
	boxOther = iota
	boxSide
	boxBottom
)

// boxLine tells a box's side, a line that opens with a vertical, from its bottom border, one that
// opens with a lower left corner, and from any other line.
func boxLine(line []byte) int {
	if len(line) < 3 || line[0] != 0xE2 {
		return boxOther
	}
	switch string(line[:3]) {
	case "│", "┃", "║":
		return boxSide
	case "└", "╰", "╚", "┗":
		return boxBottom
	}
	return boxOther
}

// bottomBorder reports whether line is a box's bottom border: a lower left corner, then box
// drawing characters only (U+2500 to U+257F).
func bottomBorder(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	if len(line) < 9 || !hasPrefixAt(line, 0, "└") && !hasPrefixAt(line, 0, "╰") && !hasPrefixAt(line, 0, "╚") && !hasPrefixAt(line, 0, "┗") {
		return false
	}
	for i := 0; i+2 < len(line); i += 3 {
		if line[i] != 0xE2 || line[i+1] != 0x94 && line[i+1] != 0x95 {
			return false
		}
	}
	return len(line)%3 == 0
}
