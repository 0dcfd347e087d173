package parse

import "bytes"

// A list of records, one block of "Name : value" lines each, the names padded so that their
// colons line up, a blank line between blocks: PowerShell's Format-List, the shape most
// Windows tools' objects take when saved to a file (Get-EventLog, Get-WinEvent, Defender's
// detections, Delivery Optimization's log). A record's time, level and machine are fields of its
// block, on any of its lines: its first time (TimeGenerated before TimeWritten), its EntryType or
// LevelName, its MachineName. A Stream learns the list from two lines whose colons line up, one
// name padded to reach it, and follows it until a line that is none of the list's.
//
// A viewer's copied details line up the values instead, the names with their colons and blanks
// of their own ("Log Name:      System", "Task Category: None", as Event Viewer and EventLogExpert
// copy an event), and end in the event's text, which may take any shape: such a block runs from
// its first name to that name again, or to a line that opens with a time of its own (or a JSON
// object that holds one).

// maxListName bounds a list's names; a longer run of letters before a colon is prose.
const maxListName = 48

// listBlock is a source's list of blocks, once learned.
type listBlock struct {
	on    bool
	right bool   // the names are aligned to the right, glued to the colons (see rightColon)
	at    int64  // the offset of the pending entry the list's block belongs to
	colon int    // where the names' colons are
	value int    // where the values start, when they line up and the colons do not (0 in a Format-List)
	ended bool   // a blank line closed the pending block: the next name opens a record
	timed bool   // the pending record's time came from its block
	first []byte // the name of the pending block's first field: when it comes again, so does the next object
	date  []byte // a date without a clock the pending block gave, for a Time field after it

	// A list whose values line up is an event's only once a field gave the block its time;
	// until then its lines are held as they were before it joined them (see refuseValueList).
	tentative bool
	refused   []byte  // the first name of lined-up values that were no event's (a status, a settings dump): not learned again
	head      Record  // the pending record as its first line had it
	headLen   int     // that line's length in the pending text
	headSize  int64   // the pending entry's size then (see Stream.size)
	held      []int64 // the offsets of the lines joined to it since
	text      int     // the lines of the pending event's text, past its fields
}

// maxEventText bounds the text of one copied event (its description and XML): a security
// event's runs to about 90 lines with its XML; past it the lines are taken as they come.
const maxEventText = 200

// maxTentativeFields bounds the fields a list whose values line up may hold before one gives it a
// time: an event's copied details give it within their first few (Event Viewer's third line).
const maxTentativeFields = 8

// listColon returns where the colon of a list's line is ("EntryType          : Error"), and
// whether the name was padded to reach it; 0 when the line is none.
func listColon(line []byte) (colon int, padded bool) {
	if len(line) < 3 || line[0] < 'A' || line[0] > 'Z' {
		return 0, false // an object's property is named in PascalCase; a host's name or a key in lower case is a line of its own (Ansible's recap)
	}
	e := 1
	for e < len(line) && e <= maxListName && (isAlnum(line[e]) || line[e] == '_') {
		e++
	}
	i := e
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i == e || i >= len(line) || line[i] != ':' || i+1 < len(line) && line[i+1] != ' ' {
		return 0, false
	}
	if _, ok := ParseLevel(line[:e]); ok {
		return 0, false // a padded level opening each record: "WARN  : …", Beeline's, Samhain's
	}
	return i, i-e > 1
}

// listColonOf is listColon's colon alone.
func listColonOf(line []byte) int {
	c, _ := listColon(line)
	return c
}

// colonOf returns where the colon of a line of the list is, 0 when the line is none of its.
func (l *listBlock) colonOf(line []byte) int {
	if l.right {
		return rightColon(line)
	}
	return listColonOf(line)
}

// rightColon returns where the colon of a list's line is when the names are aligned to the right
// instead, blanks before them and each glued to its colon ("       Sequence#: 48211" under
// "            Node: cluster1-01"): ONTAP's -instance views, Solaris' pkg history -l. A name is words
// that each open with a letter; 0 when the line is none.
func rightColon(line []byte) int {
	i := skipBlanks(line, 0)
	if i >= len(line) || line[i] < 'A' || line[i] > 'Z' {
		return 0
	}
	e := i + 1
	for e < len(line) && e-i <= maxListName {
		switch c := line[e]; {
		case isAlnum(c) || c == '_' || c == '#':
		case c == ' ' && e+1 < len(line) && isAlpha(line[e+1]): // "Message Name", "Corrective Action"
		default:
			goto name
		}
		e++
	}
name:
	if e >= len(line) || line[e] != ':' || e+1 < len(line) && line[e+1] != ' ' {
		return 0
	}
	if _, ok := ParseLevel(line[i:e]); ok {
		return 0 // "    WARNING: …" under a record is its text
	}
	return e
}

// learnRightList reports whether line makes the pending entry and it a list whose names are
// aligned to the right: every line of the entry, and line, a field with its colon at one place,
// two of them indented differently (names of two lengths). The block must have opened the entry:
// indented fields under another line are that line's text.
func (s *Stream) learnRightList(line []byte) bool {
	c := rightColon(line)
	if c == 0 || s.truncated || s.size < 0 || s.dump.opened {
		return false
	}
	indent, aligned, n := skipBlanks(line, 0), false, 0
	for rest := s.raw; len(rest) > 0; n++ {
		l := rest[:firstLineEnd(rest)]
		if n == maxTentativeFields || rightColon(l) != c || namedAgain(s.raw[:len(s.raw)-len(rest)], l[:c+1]) {
			return false
		}
		aligned = aligned || skipBlanks(l, 0) != indent
		rest = rest[min(len(l)+1, len(rest)):]
	}
	if n < 2 || !aligned || namedAgain(s.raw, line[:c+1]) {
		// Three fields at least, each named once: a report's lines that each open with a padded
		// name (virt-host-validate's "  QEMU: Checking …", "   LXC: …") are records of their own.
		return false
	}
	first := s.raw[:firstLineEnd(s.raw)]
	s.list = listBlock{on: true, right: true, at: s.offset, colon: c,
		first: append(s.list.first[:0], trimSpace(first[:c])...), date: s.list.date[:0], refused: s.list.refused}
	s.rec.Time, s.rec.Level, s.rec.Host = 0, Unknown, Span{} // what its fields name, not what the first line's parse found in them
	for at := 0; at < len(s.raw); {
		l := s.raw[at:][:firstLineEnd(s.raw[at:])]
		s.listField(l, at)
		at += len(l) + 1
	}
	return true
}

// recordTimeName reports whether a right-aligned list's field names the record's time: "Time",
// "Start Time", "Timestamp"; a build's, a retry's or an expiry's time is another thing's, and a
// number in another field (a serial, a log position) is no time at all.
func recordTimeName(name []byte) bool {
	last := name[bytes.LastIndexByte(name, ' ')+1:]
	if !namedAs(last, "Time", "Timestamp") {
		return false
	}
	for _, other := range [...]string{"build", "boot", "next", "retry", "expir", "release", "compile", "install"} {
		if hasPrefixFold(name, 0, other) {
			return false
		}
	}
	return true
}

// namedAgain reports whether one of the lines of text opens with name, its blanks and colon
// included.
func namedAgain(text, name []byte) bool {
	for len(text) > 0 {
		if bytes.HasPrefix(text, name) {
			return true
		}
		text = text[min(firstLineEnd(text)+1, len(text)):]
	}
	return false
}

// valueColumn returns where the colon of a copied detail's line is ("Task Category: None", the
// name in words that each open with a letter) and where its value starts, len(line) for a name
// alone ("Description:"); 0, 0 when the line is none.
func valueColumn(line []byte) (colon, value int) {
	if len(line) < 3 || line[0] < 'A' || line[0] > 'Z' {
		return 0, 0
	}
	e := 1
	for e < len(line) && e <= maxListName {
		switch c := line[e]; {
		case isAlnum(c) || c == '_':
		case (c == ' ' || c == '/') && e+1 < len(line) && isAlpha(line[e+1]): // "Task Category", "Date/Time"
		default:
			goto name
		}
		e++
	}
name:
	if e >= len(line) || line[e] != ':' {
		return 0, 0
	}
	if e+1 < len(line) && line[e+1] != ' ' {
		return 0, 0
	}
	if _, ok := ParseLevel(line[:e]); ok {
		return 0, 0 // "Warning: …" is a message's level, no field's name
	}
	return e, skipBlanks(line, e+1)
}

// learnList reports whether line makes the pending entry's last line and it the first two of a
// list: their colons at one place, one of the names padded to it; or their values at one place,
// one of them set off by more than one blank.
func (s *Stream) learnList(line []byte) bool {
	c, padded := listColon(line)
	if c == 0 {
		if vc, _ := valueColumn(line); vc == 0 {
			return false // most lines: neither list's field, and the pending text need not be searched
		}
	}
	last := lastLine(s.raw)
	lc, lastPadded := listColon(last)
	if c == 0 || lc != c || !padded && !lastPadded {
		return s.learnValueList(line, last)
	}
	if s.stamped && listColonOf(firstLine(s.raw)) != c {
		return false // under a timed record, a dump of fields is its text
	}
	s.list = listBlock{on: true, at: s.offset, colon: c, timed: s.rec.Time != 0, first: append(s.list.first[:0], trimSpace(last[:c])...), date: s.list.date[:0]}
	if len(last) == len(s.raw) {
		s.listField(last, 0) // the block's first line opened the entry
	}
	return true
}

// learnValueList is learnList for a list whose values line up.
func (s *Stream) learnValueList(line, last []byte) bool {
	c, v := valueColumn(line)
	lc, lv := valueColumn(last)
	if c == 0 || lc == 0 || v != lv || v == len(line) || lv == len(last) || v-c < 3 && lv-lc < 3 {
		return false
	}
	if len(last) < len(s.raw) || bytes.Equal(last[:lc], s.list.refused) || bytes.Equal(line[:c], last[:lc]) || s.dump.opened || s.size < 0 || s.truncated {
		// A block that opens with another line (a rule, an id) is another reader's, and under a
		// record its text; so is a crash report's.
		return false
	}
	s.list = listBlock{on: true, at: s.offset, colon: lc, value: v, timed: s.rec.Time != 0, first: append(s.list.first[:0], last[:lc]...),
		date: s.list.date[:0], head: s.rec, headLen: len(s.raw), headSize: s.size, held: s.list.held[:0]}
	s.listField(last, 0)
	s.list.tentative = s.rec.Time == 0
	return true
}

// refuseValueList gives up a list whose values line up and gave no time: the lines it joined to
// the pending record are taken again, each as a line the pending record may continue or a record
// of its own (the learners of Line are not run on them again).
func (s *Stream) refuseValueList(b *Batch) {
	tail := append([]byte(nil), s.raw[s.list.headLen:]...)
	held := append([]int64(nil), s.list.held...)
	s.raw, s.rec, s.size = s.raw[:s.list.headLen], s.list.head, s.list.headSize
	// Refused for that first name only: a status pasted above copied events (systeminfo's
	// "Host Name:" before "Log Name:") leaves the events their reading.
	s.list = listBlock{refused: append(s.list.refused[:0], s.list.first...)}
	// The held lines were whole (see tentativeField): none has a cut of its own, whatever the
	// line being read now has; each is read at its own offset.
	cut, readAt := s.cut, s.p.wall.at
	s.cut = 0
	for i, line := range bytes.Split(tail, []byte{'\n'})[1:] {
		s.p.wall.at = held[i]
		if join, rec, parsed := s.continues(line); !join {
			s.startOwn(line, held[i], false, rec, parsed, b)
		} else if at, whole := s.joinWhole(line, false); whole {
			s.fieldLine(line, at)
		}
	}
	s.cut, s.p.wall.at = cut, readAt
}

// listLine takes a line of a learned list: a field, joined to its block or opening the next one,
// a value's wrapped text, or a blank line, which closes the block. It reports false, and forgets
// the list, for a line that is none of those.
func (s *Stream) listLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	if !s.pending || s.list.at != s.offset {
		// No entry, or another than the block's: a lookahead that ended gave the lines back
		// and the record after them started elsewhere, leaving the list behind.
		s.list = listBlock{refused: s.list.refused}
		return false
	}
	if s.list.tentative && (blankSpan(line, 0, len(line)) || !s.tentativeField(line, truncated)) {
		s.refuseValueList(b)
		return false
	}
	if blankSpan(line, 0, len(line)) {
		s.list.ended = true
		s.join(line, truncated)
		return true
	}
	if byteAt(line, 0) == '=' && sectionBanner(line) {
		s.list.on = false // a dump's next section: the list's last block ended above it
		return false
	}
	if s.list.value > 0 {
		return s.valueListLine(line, offset, truncated, b)
	}
	if c := s.list.colonOf(line); c != s.list.colon {
		if s.list.ended || !blankSpan(line, 0, s.list.colon+2) {
			s.list.on = false
			return false
		}
		s.join(line, truncated) // a long value wrapped under its start
		return true
	}
	if s.list.ended || bytes.Equal(trimSpace(line[:s.list.colon]), s.list.first) {
		// After a blank line, or at the first field's name again (objects listed without a blank
		// line between them), the next object.
		s.nextListBlock(line, trimSpace(line[:s.list.colon]), offset, truncated, b)
		return true
	}
	if at, whole := s.joinWhole(line, truncated); whole {
		s.listField(line, at)
	}
	return true
}

// valueListLine is listLine for a list whose values line up: a field, or the event's text under
// them, whatever its shape, up to a line that opens with a time of its own.
func (s *Stream) valueListLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	c, v := valueColumn(line)
	if c > 0 && bytes.Equal(line[:c], s.list.first) {
		// Only the first name again: a report's fields go on after a blank line (an iOS crash
		// report's Date/Time under its Version).
		if s.list.tentative {
			s.refuseValueList(b) // a whole block and no time: a status, not an event
			return false
		}
		s.nextListBlock(line, line[:c], offset, truncated, b)
		return true
	}
	if c == 0 || v != s.list.value && v != len(line) {
		// The event's text: up to a line that opens with a time of its own (or a JSON object
		// that holds one), and at most maxEventText lines, so that untimed lines pasted after
		// the last copy are not all taken into it. (The event's XML under it, indented, holds
		// its time again: no record of its own.)
		if s.list.text++; s.list.text > maxEventText {
			s.list.on = false
			return false
		}
		if line[0] > ' ' && line[0] != '<' {
			if rec := s.p.Parse(line); rec.Time != 0 && (rec.Format == FormatJSON || s.startsWithTime(rec.Format, line)) {
				s.list.on = false
				return false
			}
		}
	}
	if s.list.tentative {
		s.list.held = append(s.list.held, offset)
	}
	if at, whole := s.joinWhole(line, truncated); whole && c > 0 && v == s.list.value {
		s.listField(line, at)
	}
	s.list.tentative = s.list.tentative && s.rec.Time == 0
	return true
}

// tentativeField reports whether line may go on a list whose values line up before it gave a
// time: a whole field at its values' place, or a name alone, within the first few.
func (s *Stream) tentativeField(line []byte, truncated bool) bool {
	c, v := valueColumn(line)
	return c > 0 && (v == s.list.value || v == len(line)) && !truncated && len(s.list.held) < maxTentativeFields &&
		len(s.raw)+1+len(line) <= s.max
}

// nextListBlock starts the record of a list's next block at line, its first field named name.
func (s *Stream) nextListBlock(line, name []byte, offset int64, truncated bool, b *Batch) {
	s.observe(line, offset, Record{}, false, b)
	s.emit(b)
	s.start(line, offset, truncated, Record{}, false)
	s.list.at, s.list.ended, s.list.timed, s.list.text = s.offset, false, s.rec.Time != 0, 0
	if s.list.right {
		s.rec.Time, s.rec.Level, s.rec.Host, s.list.timed = 0, Unknown, Span{}, false
	}
	s.list.first = append(s.list.first[:0], name...)
	s.list.date = s.list.date[:0]
	s.listField(s.raw, 0)
}

// listField gives the pending record the time, level or machine a field of its block holds, at
// offset at of its text, where the record has none yet.
func (s *Stream) listField(line []byte, at int) {
	c := s.list.colon
	name := trimSpace(line[:c])
	vs := skipBlanks(line, c+1)
	if s.list.value > 0 {
		c, vs = valueColumn(line)
		if c == 0 {
			return
		}
		name = line[:c]
	}
	value := trimSpace(line[vs:])
	if len(value) == 0 {
		return
	}
	if !s.list.timed && (!s.list.right || recordTimeName(name)) {
		now := s.p.nowNano()
		if st, ok := locate(value, now, &s.p.wall); ok && st.start == 0 && st.end == len(value) && plausible(st.t, now) && !(st.kind == stampClock && durationLabel(name)) {
			if st.kind == stampClock && len(s.list.date) > 0 {
				// A clock alone after a date alone: the time is split over a Date and a Time
				// field (Cisco's DART, Windows tools' lists).
				var buf [64]byte
				both := append(append(append(buf[:0], s.list.date...), ' '), value...)
				if dt, ok := locate(both, now, &s.p.wall); ok && dt.start == 0 && dt.end == len(both) && plausible(dt.t, now) {
					st = dt
				}
			}
			s.rec.Time, s.list.timed = st.t, true
		} else if len(value) <= 10 && isDigit(value[0]) && bytes.Contains(name, []byte("Date")) {
			s.list.date = append(s.list.date[:0], value...)
		}
	}
	// A settings dump lines its colons up too: its "Level : debug" is a configured level and its
	// "Host : 0.0.0.0" an address to bind, so a list reads only the names an event's object has.
	switch {
	case s.rec.Level == Unknown && levelColumnName(name) && (!namedAs(name, "Level") || s.list.right || s.list.value > 0 && s.rec.Time != 0) && isAlpha(value[0]):
		// (A copied event's "Level:" beside its date is the event's; see above for a dump's.)
		if lvl, ok := ParseLevel(value); ok {
			s.rec.Level = lvl
		} else if lvl, ok := alarmLevel(value); ok && namedAs(name, "Severity") {
			s.rec.Level = lvl // a storage array's event: 3PAR's "Severity : Major"
		}
	case s.rec.Host.End == 0 && (hostColumn(name) || s.list.right && namedAs(name, "Node")) && !namedAs(name, "Host") && isAlnum(value[0]) && hostLike(value) && hasLetter(value):
		// (A right-aligned view names a cluster's machine its Node, as ONTAP's do.)
		s.rec.Host = Span{int32(at + vs), int32(at + vs + len(value))}
	}
}

// durationLabel reports whether a field's name says its value is how long something took, a
// clock's spelling of a duration: "Elapsed time was", "CPU time", "Duration", "Uptime".
func durationLabel(name []byte) bool {
	for i := 0; i < len(name); {
		s, e := i, i
		for e < len(name) && isAlpha(name[e]) {
			e++
		}
		if e == s {
			i = e + 1
			continue
		}
		if namedAs(name[s:e], "Elapsed", "Duration", "Uptime", "Runtime", "CPU", "Took", "Wall") {
			return true
		}
		i = e
	}
	return false
}
