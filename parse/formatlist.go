package parse

import "bytes"

// A list of records, one block of "Name : value" lines each, the names padded so that their
// colons line up, a blank line between blocks: PowerShell's Format-List, the shape most
// Windows tools' objects take when saved to a file (Get-EventLog, Get-WinEvent, Defender's
// detections, Delivery Optimization's log). A record's time, level and machine are fields of its
// block, on any of its lines: its first time (TimeGenerated before TimeWritten), its EntryType or
// LevelName, its MachineName. A Stream learns the list from two lines whose colons line up, one
// name padded to reach it, and follows it until a line that is none of the list's.

// maxListName bounds a list's names; a longer run of letters before a colon is prose.
const maxListName = 48

// listBlock is a source's list of blocks, once learned.
type listBlock struct {
	on    bool
	colon int    // where the names' colons are
	ended bool   // a blank line closed the pending block: the next name opens a record
	timed bool   // the pending record's time came from its block
	first []byte // the name of the pending block's first field: when it comes again, so does the next object
	date  []byte // a date without a clock the pending block gave, for a Time field after it
}

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

// learnList reports whether line makes the pending entry's last line and it the first two of a
// list: their colons at one place, one of the names padded to it.
func (s *Stream) learnList(line []byte) bool {
	c, padded := listColon(line)
	if c == 0 || s.stamped && listColonOf(firstLine(s.raw)) != c {
		return false // under a timed record, a dump of fields is its text
	}
	last := lastLine(s.raw)
	lc, lastPadded := listColon(last)
	if lc != c || !padded && !lastPadded {
		return false
	}
	s.list = listBlock{on: true, colon: c, timed: s.rec.Time != 0, first: append(s.list.first[:0], trimSpace(last[:c])...), date: s.list.date[:0]}
	if len(last) == len(s.raw) {
		s.listField(last, 0) // the block's first line opened the entry
	}
	return true
}

// listLine takes a line of a learned list: a field, joined to its block or opening the next one,
// a value's wrapped text, or a blank line, which closes the block. It reports false, and forgets
// the list, for a line that is none of those.
func (s *Stream) listLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	if !s.pending {
		s.list.on = false
		return false
	}
	if blankSpan(line, 0, len(line)) {
		s.list.ended = true
		s.join(line, truncated)
		return true
	}
	if c, _ := listColon(line); c != s.list.colon {
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
		s.observe(line, offset, b)
		s.emit(b)
		s.start(line, offset, truncated, Record{}, false)
		s.list.ended, s.list.timed = false, s.rec.Time != 0
		s.list.first = append(s.list.first[:0], trimSpace(line[:s.list.colon])...)
		s.list.date = s.list.date[:0]
		s.listField(s.raw, 0)
		return true
	}
	if at, whole := s.joinWhole(line, truncated); whole {
		s.listField(line, at)
	}
	return true
}

// listField gives the pending record the time, level or machine a field of its block holds, at
// offset at of its text, where the record has none yet.
func (s *Stream) listField(line []byte, at int) {
	c := s.list.colon
	name := trimSpace(line[:c])
	vs := skipBlanks(line, c+1)
	value := trimSpace(line[vs:])
	if len(value) == 0 {
		return
	}
	if !s.list.timed {
		now := s.p.nowNano()
		if st, ok := locate(value, now, &s.p.wall); ok && st.start == 0 && st.end == len(value) && plausible(st.t, now) {
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
	case s.rec.Level == Unknown && levelColumnName(name) && !namedAs(name, "Level") && isAlpha(value[0]):
		if lvl, ok := ParseLevel(value); ok {
			s.rec.Level = lvl
		} else if lvl, ok := alarmLevel(value); ok && namedAs(name, "Severity") {
			s.rec.Level = lvl // a storage array's event: 3PAR's "Severity : Major"
		}
	case s.rec.Host.End == 0 && hostColumn(name) && !namedAs(name, "Host") && isAlnum(value[0]) && hostLike(value) && hasLetter(value):
		s.rec.Host = Span{int32(at + vs), int32(at + vs + len(value))}
	}
}
