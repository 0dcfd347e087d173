package parse

import "bytes"

// The day a report declares for the times of day in its rows, or a log for the lines after a line
// that names the day alone. sar prints each row with a time of day alone ("07:41:16 AM  all  2.01
// …") under a banner that names the machine and the day its data file holds, in the locale's
// date: "Linux 6.1.0-27-amd64 (web01) \t11/20/2026 \t_x86_64_\t(4 CPU)". Read from a file of an
// earlier day (sar -f /var/log/sysstat/sa20), its rows are that day's, not the day they are read on.

// sarBannerDay reads the day a sar banner declares, as the wall-clock time of its midnight.
func sarBannerDay(line []byte, now int64, w *wallClock) (int64, bool) {
	if !hasPrefixAt(line, 0, "Linux ") || !bytes.HasSuffix(line, []byte(" CPU)")) {
		return 0, false
	}
	tab := bytes.IndexByte(line, '\t')
	if tab < 1 || line[tab-1] != ' ' {
		return 0, false
	}
	field := line[tab+1:]
	end := bytes.Index(field, []byte(" \t_"))
	if end < 6 {
		return 0, false
	}
	var d dateTime
	if e, ok := numericDate(field[:end], 0, now, w, &d); !ok || e != end || d.haveClock {
		return 0, false
	}
	return unixNano(d.year, d.mon, d.day, 0, 0, 0, 0, 0) // no such day (Feb 31, month 13): none declared
}

// dayLineDay reads the day a line names alone to date the times of day under it: irssi's
// "--- Day changed Fri Nov 27 2026" at midnight, Eggdrop's "--- Fri Nov 27 2026" (behind its
// clock), atopsar's "---- analysis date: 2026/11/27 ----". It is the wall-clock time of that
// day's midnight.
func dayLineDay(line []byte, now int64, w *wallClock) (int64, bool) {
	var at int
	switch {
	case hasPrefixAt(line, 0, "--- Day changed "):
		at = len("--- Day changed ")
		if weekdayWord(line, at) > 0 {
			at = skipBlanks(line, at+weekdayWord(line, at))
		}
	case hasPrefixAt(line, 0, "--- ") && weekdayWord(line, 4) > 0:
		at = skipBlanks(line, 4+weekdayWord(line, 4))
	case byteAt(line, 0) == '-':
		k := bytes.Index(line, []byte(" analysis date: "))
		if k < 0 || len(bytes.Trim(line[:k], "-")) > 0 {
			return 0, false
		}
		at = k + len(" analysis date: ")
	default:
		return 0, false
	}
	var d dateTime
	var e int
	var ok bool
	if isDigitAt(line, at) {
		e, ok = numericDate(line, at, now, w, &d)
	} else {
		e, ok = wordDate(line, at, &d)
	}
	if !ok || d.haveClock || len(bytes.Trim(line[e:], " -")) > 0 {
		return 0, false
	}
	return unixNano(d.year, d.mon, d.day, 0, 0, 0, 0, 0)
}

// dayLine declares the day a record names alone for the times of day after it, and returns the
// record. A line that names it behind a clock of its own (Eggdrop's "[00:00:00] --- Fri Nov 27
// 2026") is read again on that day: its clock is a time of day there, even as a source's first
// line, where 00:00:00 would otherwise count the time since the program started. (A source whose
// first line made its clocks count the time since its start keeps that verdict.)
func (s *Stream) dayLine(line []byte, rec Record) Record {
	msg := line
	if rec.Time != 0 {
		if rec.Time != s.p.wall.bareAt {
			return rec // a date of its own
		}
		msg = rec.Message.Of(line)
	} else if byteAt(line, 0) != '-' {
		msg = rec.Message.Of(line)
	}
	if byteAt(msg, 0) != '-' {
		return rec
	}
	day, ok := dayLineDay(msg, s.p.nowNano(), &s.p.wall)
	if !ok {
		return rec
	}
	s.p.wall.declare(day)
	if len(msg) == len(line) {
		return rec
	}
	if s.p.wall.at == 0 {
		s.p.wall.clocks = clocksOfDay // the verdict this line made (see sinceStart)
	}
	return s.p.Parse(s.clocked(line))
}
