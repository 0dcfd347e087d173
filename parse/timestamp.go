package parse

// Hand-written timestamp parsers for the layouts logs use. They return Unix nanoseconds (UTC) and the
// number of bytes consumed, and never allocate: time.Parse is several times slower and allocates an
// error for every line that does not match, which a per-line fallback chain hits constantly.
//
// A timestamp without a zone is wall-clock time in the parser's location (the local zone of the
// machine reading the log, which is usually the one that wrote it, as syslog and log4j files are
// written): see wallClock.

const (
	nsPerSec  = int64(1e9)
	secPerDay = int64(86400)
)

// unixNano converts a civil date and time at a zone offset (seconds east of UTC) to Unix
// nanoseconds. ok is false for out-of-range fields, so that "2026-13-45" is not a time.
func unixNano(year, month, day, hour, min, sec int, nsec int64, offset int) (int64, bool) {
	if year < 1678 || year > 2261 { // the range int64 nanoseconds can hold
		return 0, false
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || min > 59 || sec > 60 {
		return 0, false
	}
	days := daysFromCivil(year, month, day)
	s := days*secPerDay + int64(hour*3600+min*60+sec) - int64(offset)
	return s*nsPerSec + nsec, true
}

// daysFromCivil is the number of days from 1970-01-01 to the given date (Howard Hinnant's
// algorithm), for the years unixNano accepts. They are positive, so the arithmetic is unsigned:
// its divisions need no correction for a negative dividend, and this runs for every time read.
func daysFromCivil(y, m, d int) int64 {
	yy, mp := uint(y), uint(m)-3 // mp counts the months from March, so that a leap day ends the year
	if m <= 2 {
		yy, mp = yy-1, uint(m)+9
	}
	era := yy / 400
	yoe := yy - era*400
	doy := (153*mp+2)/5 + uint(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097+doe) - 719468
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civilYear returns the calendar year of a Unix nanosecond time (UTC).
func civilYear(ns int64) int {
	days := ns / nsPerSec / secPerDay
	if ns < 0 && (ns/nsPerSec)%secPerDay != 0 {
		days--
	}
	// Inverse of daysFromCivil, year part only.
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	if mp >= 10 { // January or February belong to the next civil year
		y++
	}
	return int(y)
}

// digits reads exactly n ASCII digits at b[i:].
func digits(b []byte, i, n int) (int, bool) {
	if i < 0 || i+n > len(b) {
		return 0, false
	}
	v := 0
	for _, c := range b[i : i+n] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// colonFraction reports whether b[i:] is a colon and then milliseconds or microseconds closing a
// clock, as some loggers write them: three or six digits, where a timecode's frames are two.
func colonFraction(b []byte, i int) bool {
	if byteAt(b, i) != ':' {
		return false
	}
	n := 0
	for isDigitAt(b, i+1+n) {
		n++
	}
	return n == 3 || n == 6
}

// fraction reads a run of digits at b[i:] as a fraction of a second; extra digits past nanoseconds are
// ignored. It returns the nanoseconds and the index after the digits.
func fraction(b []byte, i int) (int64, int) {
	var ns int64
	n := 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		if n < 9 {
			ns = ns*10 + int64(b[i]-'0')
			n++
		}
	}
	for ; n < 9; n++ {
		ns *= 10
	}
	return ns, i
}

// zone reads a zone designator at b[i:]: "Z", "+hh:mm", "+hhmm" or "+hh". It returns the offset in
// seconds east of UTC and the index after it; n == i when there is none.
func zone(b []byte, i int) (offset int, n int) {
	if i >= len(b) {
		return 0, i
	}
	switch b[i] {
	case 'Z', 'z':
		return 0, i + 1
	case '+', '-':
	default:
		return 0, i
	}
	hh, ok := digits(b, i+1, 2)
	j, mm := i+3, 0
	if h, one := digits(b, i+1, 1); !ok && one && byteAt(b, i+2) == ':' && isDigitAt(b, i+4) && !isDigitAt(b, i+5) {
		hh, ok, j = h, true, i+2 // the hour in one digit: RUGGEDCOM's "…T02:48:57.582209-6:00"
	} else if !ok && one && hasPrefixAt(b, i+2, "  ") && fractionEndsAt(b, i) {
		// The hour alone, glued to a fraction and set off by two blanks: WoW's combat log
		// "02:41:16.462-5  EVENT". After one blank it may be a counter ("07:41:16.204-1 worker").
		off := h * 3600
		if b[i] == '-' {
			off = -off
		}
		return off, i + 2
	}
	if !ok || hh > 14 || hh > 12 && b[i] == '-' {
		return 0, i // no zone is further from UTC (Kiribati's +14, Baker Island's -12): a pid's or a count's digits
	}
	if m, ok := digits(b, j, 2); ok && !isDigitAt(b, j+2) {
		mm, j = m, j+2
	} else if j < len(b) && b[j] == ':' {
		if m, ok := digits(b, j+1, 2); ok {
			mm, j = m, j+3
		}
	}
	if mm > 59 || isDigitAt(b, j) {
		return 0, i
	}
	off := hh*3600 + mm*60
	if b[i] == '-' {
		off = -off
	}
	return off, j
}

// bracketedOffset reports whether the offset read at b[i:j] closes a bracket as a zone's does: a
// four-digit offset ("[08:41:16+0100]"), or one with a colon after a fraction, on a quarter hour.
// A range's end is none: "[00:00:30-01:15] Setup", "[09:00:00-09:30] standup".
func bracketedOffset(b []byte, i, j, off int, fraction bool) bool {
	if byteAt(b, j) != ']' || off%900 != 0 || off <= -12*3600 {
		return false
	}
	return j == i+5 && isDigitAt(b, i+4) || fraction && j == i+6 && b[i+3] == ':'
}

// fractionEndsAt reports whether b[:i] ends in a clock's fraction of a second of three to nine
// digits ("…:16.462"), the only place a bare one-digit hour offset is taken.
func fractionEndsAt(b []byte, i int) bool {
	k := i
	for k > 0 && isDigit(b[k-1]) {
		k--
	}
	return i-k >= 3 && i-k <= 9 && k >= 4 && b[k-1] == '.' && isDigit(b[k-2]) && b[k-4] == ':'
}

func isDigitAt(b []byte, i int) bool { return i >= 0 && i < len(b) && b[i] >= '0' && b[i] <= '9' }

// parseISO reads an ISO 8601 / RFC 3339 timestamp at the start of b, and also the variants logs
// write: "2026-02-16 14:30:01", "2026/02/16 14:30:01", a fraction after '.' or ',' (Python and
// log4j write comma milliseconds), seconds optional, and an optional zone ("Z", "+01:00", "+0100",
// or " +0000" after a space as Go's time.Time.String writes). It returns the time and bytes used.
func parseISO(b []byte, w *wallClock) (int64, int, bool) {
	if len(b) < 16 {
		return 0, 0, false
	}
	year, ok1 := digits(b, 0, 4)
	sep := b[4]
	if !ok1 || (sep != '-' && sep != '/') || b[7] != sep {
		return 0, 0, false
	}
	month, ok2 := digits(b, 5, 2)
	day, ok3 := digits(b, 8, 2)
	if !ok2 || !ok3 || (b[10] != 'T' && b[10] != ' ' && b[10] != 't') || b[13] != ':' {
		return 0, 0, false
	}
	hour, ok4 := digits(b, 11, 2)
	min, ok5 := digits(b, 14, 2)
	if !ok4 || !ok5 {
		return 0, 0, false
	}
	i, sec := 16, 0
	if i < len(b) && b[i] == ':' {
		s, ok := digits(b, i+1, 2)
		if !ok {
			return 0, 0, false
		}
		sec, i = s, i+3
	}
	f := i
	nsec, i := secondFraction(b, i, 1)
	if i-f == 4 && b[f] == '.' && byteAt(b, i) == ',' && !isDigitAt(b, i+4) {
		// Milliseconds, then microseconds after a comma: Zephyr's "2026-11-29 07:41:17.004,118"
		// (its uptime, "00:00:17.004,118", has no date and is no time).
		if us, ok := digits(b, i+1, 3); ok {
			nsec, i = nsec+int64(us)*1000, i+4
		}
	}
	if isDigitAt(b, i) {
		return 0, 0, false
	}
	if f == i && byteAt(b, i+4) == ' ' && byteAt(b, i) == ' ' {
		// Milliseconds after a blank, as logback's "%d{yyyy-MM-dd HH:mm:ss SSS}" writes them in
		// the Drools engine under ansible-rulebook: "2026-11-29 07:41:17 402 [thread] INFO …".
		if ms, ok := digits(b, i+1, 3); ok && threadThenLevel(b, i+4) {
			nsec, i = int64(ms)*1e6, i+4
		}
	}
	if k, pm := ampm(b, i); k > i && hour <= 12 {
		// "2026-07-15 10:00:00 PM": a 12-hour clock after an ISO date.
		if pm && hour < 12 {
			hour += 12
		} else if !pm && hour == 12 {
			hour = 0
		}
		i = k
	}
	off, j := zone(b, i)
	if j > i && f == i && byteAt(b, j) == '.' && (b[i] == '+' || b[i] == '-') {
		// strongSwan's time_add_ms appends the milliseconds to the whole stamp, its numeric
		// zone (strftime's %z) included: "2026-11-29T07:41:16+0000.073".
		if ms, ok := digits(b, j+1, 3); ok && (j+4 == len(b) || b[j+4] == ' ') {
			nsec, j = int64(ms)*1e6, j+4
		}
	}
	if j == i && i+5 < len(b)+1 && i < len(b) && b[i] == ' ' && i+1 < len(b) && (b[i+1] == '+' || b[i+1] == '-') {
		// Go's "2006-01-02 15:04:05 -0700" and Serilog's "… +01:00": only a four-digit offset, or
		// one with a colon, after a space is a zone; or the hours alone before a blank, as the zone
		// database abbreviates zones without a name of their own (PostgreSQL's "… 07:41:16.123 -03
		// [4120] LOG:" in America/Sao_Paulo).
		_, four := digits(b, i+2, 4)
		h, hh := digits(b, i+2, 2)
		_, mm := digits(b, i+5, 2)
		if four && !isDigitAt(b, i+6) || hh && byteAt(b, i+4) == ':' && mm && !isDigitAt(b, i+7) {
			off, j = zone(b, i+1)
			wall, _ := unixNano(year, month, day, hour, min, sec, nsec, 0)
			j = zoneNameAfterOffset(b, j, off, wall, w)
		} else if hh && h <= 14 && (i+4 == len(b) || b[i+4] == ' ' && zoneFollows(b, i+5)) {
			off, j = h*3600, i+4
			if b[i+1] == '-' {
				off = -off
			}
		}
	}
	t, ok := unixNano(year, month, day, hour, min, sec, nsec, off)
	if j == i {
		return zoneWord(b, i, t, w, ok) // PostgreSQL writes "2026-11-23 14:00:06.123 UTC"
	}
	return t, j, ok
}

// zoneNameAfterOffset returns the end of the zone's name that Go's time.Time.String writes after
// the offset, "… +0000 UTC", "… -0500 EST", or the signed hours it writes for a zone without a
// name, "… +0300 +03"; else j. The offset says the time already; wall, the time as written, lets
// zoneAbbrev ask the machine's zone for its names.
func zoneNameAfterOffset(b []byte, j, off int, wall int64, w *wallClock) int {
	if byteAt(b, j) != ' ' {
		return j
	}
	if n := utcWord(b, j); n > j && off == 0 {
		return n
	}
	if zoff, e, known := zoneAbbrev(b, j+1, wall, w); known && zoff == off && (e == len(b) || b[e] == ' ') {
		return e // the name agrees with the offset; a word that does not is the message's
	}
	if c := byteAt(b, j+1); (c == '+' || c == '-') && isDigitAt(b, j+2) && isDigitAt(b, j+3) && (j+4 == len(b) || b[j+4] == ' ') {
		h := int(b[j+2]-'0')*10 + int(b[j+3]-'0')
		if c == '-' {
			h = -h
		}
		if h*3600 == off {
			return j + 4
		}
	}
	return j
}

// zoneFollows reports whether what follows a signed hour at b[i:] is what follows a zone in the
// layouts that write one so: a pid in brackets, a level with its colon, or a dash before a bracket
// ("-03 [4120] LOG:", "-03 LOG:  …", "-06 - [Information-…]"). A count is followed by its unit or
// its noun ("-12 dBm", "+10 credits", "-08 °C", "+01 %").
func zoneFollows(b []byte, i int) bool {
	if byteAt(b, i) == '[' {
		_, n := digitRun(b, i+1)
		return n > 0 && byteAt(b, i+1+n) == ']'
	}
	if hasPrefixAt(b, i, "- [") {
		return true
	}
	e := i
	for e < len(b) && b[e] >= 'A' && b[e] <= 'Z' {
		e++
	}
	return e-i >= 3 && byteAt(b, e) == ':'
}

// month reads a three-letter English month abbreviation at b[i:], case-insensitively, with the
// locator's name table (see nameOf3).
func month(b []byte, i int) (int, bool) {
	if k := nameAt(b, i); k >= 1 && k <= 12 {
		return k, true
	}
	return 0, false
}

// parseBSD reads the RFC 3164 timestamp "Feb 16 14:30:01" or "Feb  6 14:30:01" (an optional
// fraction is accepted too) at the start of b. The year is not in the text: it is inferred from now
// as the year that puts the time no more than two days in the future, so that a December line read
// in January lands in the previous year. Devices that add a year or a zone are read too: "Nov 29
// 07:41:16 2026", "Aug 24 05:34:00 CST 1987" and, year first, "1990 Oct 22 10:52:01 TZ-6" (both
// RFC 3164's own examples of what relays receive).
func parseBSD(b []byte, now int64, w *wallClock) (int64, int, bool) {
	year, at := 0, 0
	if len(b) > 20 && isDigit(b[0]) {
		if y, ok := digits(b, 0, 4); ok && b[4] == ' ' && y >= 1970 {
			if _, isMonth := month(b, 5); isMonth {
				year, at, b = y, 5, b[5:]
			}
		}
	}
	// The day is two digits or a blank and one; some devices write one digit alone ("Oct 1
	// 22:14:15"), and then the clock starts a column early.
	clock := 7
	if len(b) > 5 && isDigit(b[4]) && b[5] == ' ' {
		clock = 6
	}
	// Some devices write the hour without its zero ("Nov 29 7:41:16 cam-2 …"): the rest of the
	// clock then starts a column early.
	h := 2
	if byteAt(b, clock+1) == ':' {
		h = 1
	}
	if len(b) < clock+h+6 || b[3] != ' ' || b[clock-1] != ' ' || b[clock+h] != ':' || b[clock+h+3] != ':' {
		if year == 0 {
			return parseBSDPadded(b, now, w)
		}
		return 0, 0, false
	}
	mon, ok := month(b, 0)
	if !ok {
		return 0, 0, false
	}
	day, ok := digits(b, 4, clock-5)
	if b[4] == ' ' {
		day, ok = digits(b, 5, 1)
	}
	if !ok || day == 0 {
		return 0, 0, false
	}
	hour, ok1 := digits(b, clock, h)
	min, ok2 := digits(b, clock+h+1, 2)
	sec, ok3 := digits(b, clock+h+4, 2)
	if !ok1 || !ok2 || !ok3 {
		return 0, 0, false
	}
	i := clock + h + 6
	var nsec int64
	if i+1 < len(b) && b[i] == '.' && isDigitAt(b, i+1) {
		nsec, i = fraction(b, i+1)
	}
	offset, zoned := 0, false
	if (byteAt(b, i) == 'Z' || byteAt(b, i) == 'z') && byteAt(b, i+1) == ' ' {
		zoned, i = true, i+1 // UTC's letter glued to the clock: "Nov 29 07:41:17.000z"
	}
	// A zone or a year after the clock is one only when a host follows it: "Nov 28 07:41:16 CAT
	// sshd[12]:" names its host CAT, and "… 2045 pos[12]:" its host 2045.
	if c := byteAt(b, i+1); !zoned && c >= 'A' && c <= 'Z' && b[i] == ' ' && (c == 'T' || abbrevEnd(b, i+1) > i+1) {
		wall, _ := unixNano(max(year, 2000), mon, day, hour, min, sec, 0, 0)
		if off, k, ok := bsdZone(b, i+1, wall, w); ok && hostFollows(b, k) {
			offset, zoned, i = off, true, k
		}
	}
	if y, ok := digits(b, i+1, 4); ok && year == 0 && b[i] == ' ' && byteAt(b, i+5) == ' ' && y >= 1970 && y <= latestYear(now) && hostFollows(b, i+5) {
		year, i = y, i+5 // Aruba's and LSF's "Nov 29 07:41:16 2026 …"
	}
	var t int64
	if year == 0 {
		t, ok = inferYear(w, now, mon, day, hour, min, sec, nsec)
	} else {
		t, ok = unixNano(year, mon, day, hour, min, sec, nsec, 0)
	}
	if zoned {
		return t - int64(offset)*nsPerSec, at + i, ok
	}
	return w.utc(t), at + i, ok
}

// parseBSDPadded reads a syslog date padded with runs of blanks, as some devices write it
// ("Sep   19  08:26:10 ids-edge CEF:0|…"): the same date in parseBSD's columns.
func parseBSDPadded(b []byte, now int64, w *wallClock) (int64, int, bool) {
	if len(b) < 14 || b[3] != ' ' {
		return 0, 0, false
	}
	if _, ok := month(b, 0); !ok {
		return 0, 0, false
	}
	d := skipBlanks(b, 3)
	_, nd := digitRun(b, d)
	c := skipBlanks(b, d+nd)
	if d-3 > 3 || nd < 1 || nd > 2 || c-(d+nd) > 3 || d-3+c-(d+nd) < 3 || !colonClock(b, c) {
		return 0, 0, false // not padded beyond the columns parseBSD reads itself
	}
	var buf [96]byte
	cols := append(buf[:0], b[:4]...)
	if nd == 1 {
		cols = append(cols, ' ')
	}
	cols = append(cols, b[d:d+nd]...)
	cols = append(cols, ' ')
	cols = append(cols, b[c:min(len(b), c+len(buf)-len(cols))]...)
	t, end, ok := parseBSD(cols, now, w)
	return t, end - 7 + c, ok && end >= 7
}

// hostFollows reports whether the word after b[i] is no syslog tag ("sshd[12]:", "kernel:"), as
// the host that follows a syslog time is not.
func hostFollows(b []byte, i int) bool {
	s, e := nextToken(b, i)
	return e > s && b[e-1] != ':'
}

// latestYear is the latest year a written year after a syslog clock may be: next year, or any
// when now is unknown (Fields reads a header again without a clock).
func latestYear(now int64) int {
	if now == 0 {
		return 2099
	}
	return civilYear(now) + 1
}

// bsdZone reads a zone written after a syslog clock, as a word of its own: an abbreviation
// ("CST") or RFC 3164's "TZ-6". wall is the clock read as if it were UTC.
func bsdZone(b []byte, i int, wall int64, w *wallClock) (offset, end int, ok bool) {
	if hasPrefixAt(b, i, "TZ") && (byteAt(b, i+2) == '+' || byteAt(b, i+2) == '-') {
		h, n := digitRun(b, i+3)
		if n < 1 || n > 2 || h > 14 || byteAt(b, i+3+n) != ' ' {
			return 0, i, false
		}
		if b[i+2] == '-' {
			h = -h
		}
		return h * 3600, i + 3 + n, true
	}
	if abbrevEnd(b, i) == i {
		return 0, i, false
	}
	off, k, ok := zoneAbbrev(b, i, wall, w)
	if !ok || k < len(b) && b[k] != ' ' {
		return 0, i, false
	}
	return off, k, true
}

// inferYear places a month/day/time without year, written as wall-clock time in w's location, in
// the year that puts it at most two days after now as that location's clocks read it: the current
// year, or the previous one when the current one would be in the future. The result is wall-clock
// time too.
func inferYear(w *wallClock, now int64, mon, day, hour, min, sec int, nsec int64) (int64, bool) {
	const slack = 2 * secPerDay * nsPerSec
	wallNow, year := w.today(now)
	if mon == 2 && day == 29 && !isLeap(year) {
		year-- // 29 February of a non-leap current year can only be from an earlier year
		for !isLeap(year) {
			year--
		}
	}
	t, ok := unixNano(year, mon, day, hour, min, sec, nsec, 0)
	if ok && t > wallNow+slack {
		if t2, ok2 := unixNano(year-1, mon, day, hour, min, sec, nsec, 0); ok2 {
			return t2, true
		}
	}
	return t, ok
}

// parseCLF reads the access log time "16/Feb/2026:14:30:01 +0000" at the start of b.
func parseCLF(b []byte) (int64, int, bool) {
	if len(b) < 26 || b[2] != '/' || b[6] != '/' || b[11] != ':' || b[14] != ':' || b[17] != ':' || b[20] != ' ' {
		return 0, 0, false
	}
	day, ok1 := digits(b, 0, 2)
	mon, ok2 := month(b, 3)
	year, ok3 := digits(b, 7, 4)
	hour, ok4 := digits(b, 12, 2)
	min, ok5 := digits(b, 15, 2)
	sec, ok6 := digits(b, 18, 2)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 {
		return 0, 0, false
	}
	off, j := zone(b, 21)
	if j == 21 {
		return 0, 0, false
	}
	t, ok := unixNano(year, mon, day, hour, min, sec, 0, off)
	return t, j, ok
}

// parseGlog reads the klog/glog header "E0216 14:30:01.123456" at the start of b: the level letter,
// the date and the time. The date is month and day (the year inferred as for syslog), or carries
// its year in front: glog 0.7's "E20260216" and CockroachDB's "E260216". Lc0 writes the header
// without a letter, so with no level, "1129 07:41:16.512 140128423876416 main.cc:47] …": taken
// only with its thread and "file:line]" after it.
func parseGlog(b []byte, now int64, w *wallClock) (int64, Level, int, bool) {
	d, letterless := 1, len(b) > 0 && isDigit(b[0])
	if letterless {
		d = 0
	}
	for d < len(b) && d < 10 && isDigit(b[d]) {
		d++
	}
	if (letterless && d != 4 || !letterless && d != 5 && d != 7 && d != 9) || len(b) < d+16 {
		return 0, Unknown, 0, false
	}
	c := b[d:] // " 14:30:01.123456"
	// SeaweedFS' copy of glog writes the second without its fraction: "I1129 07:41:20     1 master.go:256] …".
	whole := c[9] == ' ' && glogThreadFile(c[9:])
	if c[0] != ' ' || c[3] != ':' || c[6] != ':' || c[9] != '.' && !whole {
		return 0, Unknown, 0, false
	}
	if letterless {
		if _, e := fraction(c, 10); whole || !glogThreadFile(c[e:]) {
			return 0, Unknown, 0, false
		}
	}
	// glog's letters, and spdlog's short levels where a program copies glog's header with them
	// (Envoy's "--log-format '%L%m%d %T.%e …'"): T trace, D debug, C critical.
	var lvl Level
	switch b[0] {
	case '0', '1':
		lvl = Unknown // Lc0's header, a month's first digit
	case 'I':
		lvl = Info
	case 'W':
		lvl = Warn
	case 'E':
		lvl = Error
	case 'F', 'C':
		lvl = Critical
	case 'D':
		lvl = Debug
	case 'T':
		lvl = Trace
	default:
		return 0, Unknown, 0, false
	}
	mon, ok1 := digits(b, d-4, 2)
	day, ok2 := digits(b, d-2, 2)
	hour, ok3 := digits(c, 1, 2)
	min, ok4 := digits(c, 4, 2)
	sec, ok5 := digits(c, 7, 2)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !whole && !isDigitAt(c, 10) {
		return 0, Unknown, 0, false
	}
	nsec, i := int64(0), 9
	if !whole {
		nsec, i = fraction(c, 10)
	}
	if d == 5 || letterless {
		t, ok := inferYear(w, now, mon, day, hour, min, sec, nsec)
		return w.utc(t), lvl, d + i, ok
	}
	year, _ := digits(b, 1, d-5)
	if d == 7 {
		year += 2000
		if off, ok := secondsOffset(b, d+i); ok {
			// CockroachDB's crdb-v2 with its timezone option: the offset with its seconds,
			// glued to the fraction ("…16.204512-050000").
			t, ok := unixNano(year, mon, day, hour, min, sec, nsec, off)
			return t, lvl, d + i + 7, ok
		}
	}
	t, ok := unixNano(year, mon, day, hour, min, sec, nsec, 0)
	return w.utc(t), lvl, d + i, ok
}

// secondsOffset reads a zone offset written with its seconds at b[i:], "-050000": the hours at
// most 14, the minutes a quarter's, the seconds none, and no digit after it.
func secondsOffset(b []byte, i int) (int, bool) {
	c := byteAt(b, i)
	if c != '+' && c != '-' || !hasPrefixAt(b, i+5, "00") || isDigitAt(b, i+7) {
		return 0, false
	}
	hh, ok1 := digits(b, i+1, 2)
	mm, ok2 := digits(b, i+3, 2)
	if !ok1 || !ok2 || hh > 14 || mm%15 != 0 || mm > 45 {
		return 0, false
	}
	off := hh*3600 + mm*60
	if c == '-' {
		off = -off
	}
	return off, true
}

// glogThreadFile reports whether b, after a glog header's clock, holds its thread id and its
// "file:line]": the header of a glog line whose clock has no fraction.
func glogThreadFile(b []byte) bool {
	j := skipBlanks(b, 0)
	_, n := digitRun(b, j)
	if n == 0 || byteAt(b, j+n) != ' ' {
		return false
	}
	fs, fe := nextToken(b, j+n)
	return fe-fs > 3 && b[fe-1] == ']' && indexByteFrom(b[:fe], ':', fs) > fs
}

// numberField reports whether b[i:] is a column of digits closed by a pipe.
func numberField(b []byte, i int) bool {
	_, n := digitRun(b, i)
	return n > 0 && n <= 8 && byteAt(b, i+n) == '|'
}

// gmtPrefix returns the index after a "GMT" or "UTC" that an offset follows at b[i:] ("GMT+0100"),
// or i.
func gmtPrefix(b []byte, i int) int {
	if (hasPrefixAt(b, i, "GMT") || hasPrefixAt(b, i, "UTC")) && (byteAt(b, i+3) == '+' || byteAt(b, i+3) == '-') {
		return i + 3
	}
	return i
}

// parseClock reads a time of day without date, "14:30:01" with an optional '.' or ',' fraction, as
// logback's default pattern writes it, or on a 12-hour clock, "7:41:16 AM", as Vite's and other
// consoles write the locale's time. The date is taken from now: today, or yesterday when the
// time would be more than half a day ahead (a line written just before midnight and read after it).
func parseClock(b []byte, now int64, w *wallClock) (int64, int, bool) {
	h := 2
	if len(b) > 1 && b[1] == ':' {
		h = 1 // an hour without its zero, which only a 12-hour clock is taken to write
	}
	if len(b) < h+6 || b[h] != ':' || b[h+3] != ':' {
		if len(b) > 2 && b[2] >= 0x80 {
			return hanziClockToday(b, now, w)
		}
		return 0, 0, false
	}
	hour, ok1 := digits(b, 0, h)
	min, ok2 := digits(b, h+1, 2)
	sec, ok3 := digits(b, h+4, 2)
	if !ok1 || !ok2 || !ok3 || hour > 23 || min > 59 || sec > 60 {
		return 0, 0, false
	}
	i := h + 6
	nsec, end := secondFraction(b, i, 1)
	if end > i {
		i = end
	} else if colonFraction(b, i) {
		nsec, i = fraction(b, i+1) // "07:41:16:123", "07:41:16:123456": SSSD's, Windows Installer's
	} else if _, n := digitRun(b, i+1); byteAt(b, i) == '-' && n == 6 && byteAt(b, i+7) == ' ' && h == 2 {
		nsec, i = fraction(b[:i+7], i+1) // the microseconds after a dash, as kohya_ss' GUI writes them: "07:41:16-204118 INFO …"
	}
	if k, pm := ampm(b, i); k > i && hour >= 1 && hour <= 12 {
		hour %= 12
		if pm {
			hour += 12
		}
		i = k
		if _, n := digitRun(b, i+1); byteAt(b, i) == '.' && n == 3 && nsec == 0 {
			nsec, i = fraction(b[:i+1+n], i+1) // the milliseconds after the marker, as Resonite writes them: "7:41:16 AM.512"
		}
	} else if h == 1 {
		return 0, 0, false
	}
	if e := utcMark(b, i); e > i && h == 2 {
		// A time of day in UTC, as Pterodactyl's daemon writes it, "07:41:16.043Z  INFO wings: …",
		// and Elite Dangerous' netLog with the zone's name glued, "{07:41:16GMT 96.066s} System:…".
		return clockInZone(w, now, 0, hour, min, sec, nsec), e, true
	}
	if k := gmtPrefix(b, i+1); byteAt(b, i) == ' ' && (byteAt(b, k) == '+' || byteAt(b, k) == '-') && h == 2 {
		// A time of day and its zone's offset closed by a bracket, as fastlane writes its lines
		// with FASTLANE_SHOW_TIMEZONE, "[08:41:16 +0100]: …", and pino-pretty with its
		// translateTime's "HH:MM:ss Z", "[08:41:16 GMT+0100] INFO …". It is placed on that
		// zone's day.
		if off, j := zone(b, k); j > k+3 && byteAt(b, j) == ']' {
			return clockInZone(w, now, off, hour, min, sec, nsec), j, true
		}
	}
	if byteAt(b, i) == ' ' && isUpperAt(b, i+1) && h == 2 && byteAt(b, abbrevEnd(b, i+1)) == ']' {
		// A time of day and its zone's name closed by a bracket, as logrus writes its time with
		// TimestampFormat "15:04:05 MST": "INFO[08:41:16 CET] …". It is placed on that zone's day.
		// (The bracket is looked for first: a level word follows most clocks, and asking the
		// machine's zone database what it calls a moment is dear.)
		wall, _ := w.today(now)
		if off, j, ok := zoneAbbrev(b, i+1, wall, w); ok && byteAt(b, j) == ']' {
			return clockInZone(w, now, off, hour, min, sec, nsec), j, true
		}
	}
	if c := byteAt(b, i); (c == '+' || c == '-') && h == 2 {
		// A time of day with its fraction and its zone's offset, as Apple's Console copies a
		// record: "08:41:16.480120+0100\tShop\t…", or with its offset closed by a bracket, as
		// Dgraph's bulk loader writes its progress: "[08:41:16+0100] MAP 01s …". It is placed on
		// that zone's day.
		if off, j := zone(b, i); i > h+7 && j > i+2 && (j == len(b) || b[j] == ' ' || b[j] == '\t') || bracketedOffset(b, i, j, off, i > h+7) {
			return clockInZone(w, now, off, hour, min, sec, nsec), j, true
		}
	}
	if e := digitsEnd(b, i+1); byteAt(b, i) == '/' && e > i+1 && byteAt(b, e) == ']' && h == 2 {
		// The writer's pid glued to the clock in its bracket, as Tiny Tiny RSS's update daemon
		// writes its lines: "[07:41:16/1840] Scheduled 3 feeds to update...".
		return todayAt(now, w, hour, min, sec, nsec), i, true
	}
	if isDigitAt(b, i) || i < len(b) && b[i] != ' ' && b[i] != '\t' && b[i] != ']' && b[i] != ')' && b[i] != '>' && b[i] != '"' && !(b[i] == '|' && i > h+7 && (byteAt(b, i+1) == ' ' || numberField(b, i+1))) && !hasPrefixAt(b, i, ": ") && !(b[i] == ':' && (byteAt(b, i+1) >= 'A' && byteAt(b, i+1) <= 'Z' || loggerAfterColon(b, i+1))) {
		// Falco's "07:41:16.123456789: Notice …" closes its time with a colon, Folding@home's
		// "07:41:16:WU01:FS00:…" with one glued to the ids after it, a CSV's first column with
		// its quote (Process Monitor's "7:41:16.4123456 AM",…), CryEngine's with an angle bracket;
		// Python's "%(asctime)s:%(name)s:" with a clock for its date format, a logger's name:
		// pywws' "07:41:02:pywws.logger:…". A pipe closes one with its fraction before a number's
		// column or a blank: Unified Automation's trace, "07:41:16.237|0001|02|3|…", Couchbase
		// Lite's "07:41:02.538| Sync: …" (before another clock it is a subtitle's span, before a
		// word a position in a media list).
		return 0, 0, false
	}
	if hasPrefixAt(b, i, ": %") && byteAt(b, i+3) >= 'A' && byteAt(b, i+3) <= 'Z' {
		// Cisco's "service timestamps log uptime": the time since the device booted before its
		// message id, "00:01:23: %LINK-3-UPDOWN: …" (a date, when the clock is set, comes with
		// the month: "*Mar  1 00:01:23.456: %…"). No time of day: the line is read as one
		// without a time, its level from the message id.
		return 0, 0, false
	}
	return todayAt(now, w, hour, min, sec, nsec), i, true
}

// loggerAfterColon reports whether b[i:] opens with a logger's name in lower case, dotted or not,
// and its colon: its first label of three letters or more, one of them past 'f' (a MAC address
// goes on with hex, "00:11:22:aa:bb:cc").
func loggerAfterColon(b []byte, i int) bool {
	k, pastHex := i, false
	for k < len(b) && (b[k] >= 'a' && b[k] <= 'z' || b[k] == '_') {
		pastHex = pastHex || b[k] > 'f'
		k++
	}
	if k-i < 3 || !pastHex || byteAt(b, k) != '.' && byteAt(b, k) != ':' {
		return false
	}
	for k < len(b) && (b[k] >= 'a' && b[k] <= 'z' || b[k] == '_' || b[k] == '.') {
		k++
	}
	return byteAt(b, k) == ':' // a file's name has none after it: "00:03:21:verse.wav"
}

// hanziClockToday reads a time of day as Chinese and Japanese locales write %X, "07時40分01秒"
// (sar's rows under ja_JP), "07时40分01秒" (zh_CN), on the clock's day as parseClock does.
func hanziClockToday(b []byte, now int64, w *wallClock) (int64, int, bool) {
	hour, ok := digits(b, 0, 2)
	if !ok || !(hasPrefixAt(b, 2, "時") || hasPrefixAt(b, 2, "时")) {
		return 0, 0, false
	}
	var d dateTime
	end, ok := hanziClock(b, 5, hour, &d)
	if !ok || isDigitAt(b, end) {
		return 0, 0, false
	}
	return todayAt(now, w, d.hour, d.min, d.sec, d.nsec), end, true
}

// utcMark returns where a mark of UTC glued to a clock at b[i] ends ('Z', "GMT", "UTC", before a
// blank, a bracket or the line's end), or i for none.
func utcMark(b []byte, i int) int {
	e := i + 1
	if hasPrefixAt(b, i, "GMT") || hasPrefixAt(b, i, "UTC") {
		e = i + 3
	} else if byteAt(b, i) != 'Z' {
		return i
	}
	if c := byteAt(b, e); e == len(b) || c == ' ' || c == ']' {
		return e
	}
	return i
}

// clockInZone is a time of day in a zone off seconds east of UTC, placed on the day the source
// declared with a dated line, or else on that zone's day.
func clockInZone(w *wallClock, now int64, off, hour, min, sec int, nsec int64) int64 {
	at := int64(off) * nsPerSec
	if w.declaredDay() {
		return w.bare(w.onDeclaredDay(hour, min, sec, nsec) - at) // on the day the source's dated lines declared
	}
	wall, _ := w.today(now)
	return w.bare(clockNear(w.utc(wall)+at, hour, min, sec, nsec) - at)
}

// promptClock reads a time of day to the minute closed by a prompt's '>', as Tiger's security
// report opens its lines ("03:10> Beginning security report for web-01"), placed as parseClock
// places its times.
func promptClock(b []byte, now int64, w *wallClock) (int64, int, bool) {
	if len(b) < 7 || b[2] != ':' || b[5] != '>' || b[6] != ' ' {
		return 0, 0, false
	}
	hour, ok1 := digits(b, 0, 2)
	min, ok2 := digits(b, 3, 2)
	if !ok1 || !ok2 || hour > 23 || min > 59 {
		return 0, 0, false
	}
	return todayAt(now, w, hour, min, 0, 0), 5, true
}

// chatClock reads the time of day to the minute that opens a chat client's line at line[i], as
// IRC clients write it by default: irssi's "21:14 <nick> …" and "21:14 -!- nick has joined", mIRC's
// "[22:05] <nick> …" and "[22:05] * Now talking in …"; it is placed as parseClock places its
// times. An hour and a minute before other text (a ratio, a score, an agenda) are no time.
func chatClock(line []byte, i int, now int64, w *wallClock) (int64, bool) {
	b := line[i:]
	if len(b) < 8 || b[2] != ':' || i == 1 && (line[0] != '[' || b[5] != ']') {
		return 0, false
	}
	hour, ok1 := digits(b, 0, 2)
	min, ok2 := digits(b, 3, 2)
	j := 5 + i // past the bracket
	if !ok1 || !ok2 || hour > 23 || min > 59 || byteAt(b, j) != ' ' {
		return 0, false
	}
	if c := byteAt(b, j+1); !(c == '<' && nickAt(b, j+1)) && !(c == '*' && byteAt(b, j+2) == ' ') && !hasPrefixAt(b, j+1, "-!- ") {
		return 0, false
	}
	return todayAt(now, w, hour, min, 0, 0), true
}

// nickAt reports whether b[i:] opens with a nick in angle brackets and a blank, "<@kasia> " or
// irssi's "< mira> " (a blank for the mode), not markup ("<b>bold</b>").
func nickAt(b []byte, i int) bool {
	k := i + 1
	if byteAt(b, k) == ' ' || byteAt(b, k) == '@' || byteAt(b, k) == '+' {
		k++ // the nick's mode
	}
	n := k
	for n < len(b) && n-k < 32 && b[n] != '>' && b[n] != ' ' && b[n] != '<' {
		n++
	}
	return n > k && byteAt(b, n) == '>' && byteAt(b, n+1) == ' '
}

// parseKitchen reads Go's kitchen time, "7:41AM", which zerolog's console writer puts first: a
// time of day to the minute on a 12-hour clock, placed as parseClock places its times.
func parseKitchen(b []byte, now int64, w *wallClock) (int64, int, bool) {
	h := 1
	if isDigitAt(b, 1) {
		h = 2
	}
	if len(b) < h+5 || b[h] != ':' || b[h+4] != 'M' || b[h+3] != 'A' && b[h+3] != 'P' {
		return 0, 0, false
	}
	hour, ok1 := digits(b, 0, h)
	min, ok2 := digits(b, h+1, 2)
	if !ok1 || !ok2 || hour < 1 || hour > 12 || min > 59 || h+5 < len(b) && b[h+5] != ' ' {
		return 0, 0, false
	}
	hour %= 12
	if b[h+3] == 'P' {
		hour += 12
	}
	return todayAt(now, w, hour, min, 0, 0), h + 5, true
}

// todayAt places a time of day read without a date: today, or yesterday when the time would be
// more than half a day ahead (a line written just before midnight and read after it); today is the
// day the line was written at the latest, when that is known (see wallClock.today).
func todayAt(now int64, w *wallClock, hour, min, sec int, nsec int64) int64 {
	if w.sinceStart(hour, min, sec) {
		return 0 // the time since the program's start: no time of the line
	}
	if w.declaredDay() {
		return w.bare(w.utc(w.onDeclaredDay(hour, min, sec, nsec)))
	}
	wall, _ := w.today(now)
	return w.bare(w.utc(clockNear(wall, hour, min, sec, nsec)))
}

// clockNear places a time of day on now's day, or the day before when it would be more than half
// a day ahead; now and the result are on the same clock (wall-clock or UTC).
func clockNear(now int64, hour, min, sec int, nsec int64) int64 {
	const day = secPerDay * nsPerSec
	midnight := now - now%day
	if now < 0 {
		midnight -= day
	}
	t := midnight + int64(hour*3600+min*60+sec)*nsPerSec + nsec
	if t > now+day/2 {
		t -= day
	}
	return t
}
