package parse

// The timestamp locator finds a date and time anywhere near the start of a line, in the spellings
// loggers actually use, so that a layout nobody wrote a parser for still gets its time. It reads
// one general grammar rather than a list of layouts:
//
//	[weekday[,]] date (sep) clock [AM|PM] [zone] [year]
//
// where the date is numeric with '-', '/' or '.' between its parts in any order a logger writes
// (2026-11-29, 26/11/29, 29.11.2026, 11/29/2026, 11-29 without a year), compact (261129 074116,
// 20261129T074116), or has the month as a word (Nov 29 [2026], 29 Nov 2026, 29-Nov-2026,
// 29/Nov/2026:07:41:16); the zone is Z, an offset in any spelling or an abbreviation; and apart
// from those, an epoch number (seconds with a fraction, milliseconds, microseconds) and, at the
// start of a line only, a bare time of day. Numbers that only look like times are refused by
// shape (a date needs a clock after it, an epoch a fraction or the line's first column) and by a
// plausibility window around the reader's clock.

// locateWindow is how far into a line the locator looks for a time: past the pids, hosts, file
// names and brackets that real layouts put first, short of the message text.
const locateWindow = 120

// stampKind is the spelling a time was read in; a source's learned layout remembers it.
type stampKind uint8

const (
	stampDate            stampKind = iota + 1 // a date and a clock, in any of the date spellings
	stampEpoch                                // a Unix time as a number
	stampClock                                // a time of day alone, at the start of a line
	stampColumnEpoch                          // ten digits of Unix seconds in a middle column: a candidate only
	stampDateBesideEpoch                      // a zone-less date whose value an epoch column on the line gave
)

// stamp is a time the locator read: its value, where it is in the line, and its spelling.
type stamp struct {
	t          int64
	start, end int
	kind       stampKind
	token      int  // how many blank-separated words come before it
	yearless   bool // the year was inferred
	local      bool // written without a zone: wall-clock time
}

// plausible bounds located times: a value outside is a number that only looks like a time.
func plausible(t, now int64) bool {
	const earliest = 631152000 * nsPerSec // 1990-01-01
	const ahead = 2 * secPerDay * nsPerSec
	return t >= earliest && t <= now+ahead
}

// Byte classes of the locator's scan.
const (
	classOther uint8 = iota
	classBlank
	classDigit
	classLetter
	classJoin // joins a word, number or date: a time cannot start right after it
)

var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = classLetter, classLetter
	}
	t[' '], t['\t'] = classBlank, classBlank
	for _, c := range "._-/:+" {
		t[c] = classJoin
	}
	return t
}()

// locate scans the first locateWindow bytes of line for a time, trying each place where a number,
// a month or a weekday name starts a word. It returns the first one found.
func locate(line []byte, now int64, w *wallClock) (stamp, bool) {
	end := min(len(line), locateWindow)
	token, prev := 0, classBlank
	var fallback stamp
	found := false
	for i := 0; i < end; i++ {
		cl := byteClass[line[i]]
		if cl == classBlank {
			if prev != classBlank {
				token++
			}
			prev = cl
			continue
		}
		startsWord := prev != classDigit && prev != classLetter && prev != classJoin
		prev = cl
		switch {
		case !startsWord || cl == classOther || cl == classJoin:
			continue
		case cl == classLetter && nameAt(line, i) == 0:
			for i+1 < end && byteClass[line[i+1]] >= classDigit { // the rest of the word
				i++
			}
			continue
		}
		if s, ok := stampAt(line, i, now, w); ok {
			s.token = token
			if found && s.local && fallback.t-s.t < maxZoneOffset && s.t-fallback.t < maxZoneOffset {
				// An epoch column beside the same time written without a zone tells it absolutely.
				s.t, s.local, s.kind = fallback.t, false, stampDateBesideEpoch
			}
			return s, true
		}
		if !found && cl == classDigit && (i == 0 || line[i-1] == ' ') {
			if t, e, ok := wordEpoch(line, i, now); ok {
				fallback, found = stamp{t: t, start: i, end: e, kind: stampColumnEpoch, token: token}, true
			}
		}
	}
	return fallback, found
}

// maxZoneOffset is the largest difference between UTC and a local time: an epoch column within it
// of a zone-less time on the same line is that time, told absolutely (supercomputer logs write
// "1795966876 2026.11.29 … 2026-11-29-07.41.16" in Pacific time).
const maxZoneOffset = 14 * 3600 * nsPerSec

// wordEpoch reads ten digits of Unix seconds standing as a word of their own at line[i:], as
// supercomputer logs put them in a middle column. It is the locator's last resort: a line with
// another time gets that one, and a Parser takes it only when the line before had one in the
// same column, close in time (an id that happens to be ten digits long does not).
func wordEpoch(line []byte, i int, now int64) (int64, int, bool) {
	v, ok := digits(line, i, 10)
	if !ok || i+10 < len(line) && line[i+10] != ' ' {
		return 0, 0, false
	}
	t := int64(v) * nsPerSec
	return t, i + 10, plausible(t, now)
}

// stampAt reads a time that starts exactly at line[i].
func stampAt(line []byte, i int, now int64, w *wallClock) (stamp, bool) {
	var s stamp
	if isDigit(line[i]) {
		if t, e, ok := epochAt(line, i, now); ok {
			return stamp{t: t, start: i, end: e, kind: stampEpoch}, true
		}
		if i == 0 || i == 1 && line[0] == '[' {
			if t, n, ok := parseClock(line[i:], now, w); ok && !isDateAfterClock(line, i+n) {
				return stamp{t: t, start: i, end: i + n, kind: stampClock}, true
			}
		}
	} else if monthOrWeekday(line, i) == 0 {
		return s, false
	}
	d, ok := readDateTime(line, i, now, w)
	if !ok {
		return s, false
	}
	if d.year == 0 {
		if y := yearBefore(line[:i], d.mon, d.day); y != 0 {
			d.year = y
			if !d.finish(now, w) {
				return s, false
			}
		}
	}
	return stamp{t: d.t, start: i, end: d.end, kind: stampDate, yearless: d.year == 0, local: !d.zoned}, true
}

// yearBefore finds a date of the same month and day among the words before a year-less time, and
// returns its year: supercomputer logs write "2005.11.09 dn228 Nov 9 12:01:01", and the year
// of the first column is better than a guess.
func yearBefore(b []byte, mon, day int) int {
	for i := 0; i+10 <= len(b); i++ {
		if (i == 0 || b[i-1] == ' ') && isDigit(b[i]) {
			y, ok1 := digits(b, i, 4)
			m, ok2 := digits(b, i+5, 2)
			d, ok3 := digits(b, i+8, 2)
			if ok1 && ok2 && ok3 && m == mon && d == day && (b[i+4] == '.' || b[i+4] == '-' || b[i+4] == '/') {
				return y
			}
		}
	}
	return 0
}

// isDateAfterClock passes over "07:41:16 2026-11-29" orders: the date that follows is the stamp.
func isDateAfterClock(line []byte, i int) bool {
	return i+11 <= len(line) && line[i] == ' ' && isDigitAt(line, i+1) && isDigitAt(line, i+4) && line[i+5] == '-'
}

// epochAt reads a Unix time at line[i:]: 10 digits of seconds with a fraction anywhere, or any of
// seconds, milliseconds, microseconds and nanoseconds as the line's first column. It must end the
// word, and fall within the plausibility window.
func epochAt(line []byte, i int, now int64) (int64, int, bool) {
	j := i
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	n := j - i
	frac := j+1 < len(line) && line[j] == '.' && isDigit(line[j+1]) && n == 10
	first := i == 0 || i == 1 && (line[0] == '[' || line[0] == '(')
	if !frac && !(first && (n == 10 || n == 13 || n == 16 || n == 19)) {
		return 0, 0, false
	}
	e := j
	if frac {
		for e = j + 1; e < len(line) && isDigit(line[e]); e++ {
		}
	}
	if e < len(line) && (isAlpha(line[e]) || line[e] == '.' || line[e] == '-' || line[e] == '/') {
		return 0, 0, false
	}
	t, ok := parseEpoch(line[i:e])
	if !ok || !plausible(t, now) {
		return 0, 0, false
	}
	return t, e, true
}

// monthOrWeekday returns 1 when a month name starts at line[i], 2 for a weekday name, 0 otherwise.
func monthOrWeekday(line []byte, i int) int {
	switch k := nameAt(line, i); {
	case k == 0:
		return 0
	case k > 100:
		return 2 * min(weekdayWord(line, i), 1)
	}
	_, n := monthWord(line, i)
	return min(n, 1)
}

// name3 indexes the first three letters at b[i:], lower-cased, into nameOf3; -1 when there are
// not three letters.
func name3(b []byte, i int) int {
	if i+3 > len(b) {
		return -1
	}
	c0, c1, c2 := b[i]|0x20, b[i+1]|0x20, b[i+2]|0x20
	if c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || c2 < 'a' || c2 > 'z' {
		return -1
	}
	return int(c0-'a')*676 + int(c1-'a')*26 + int(c2-'a')
}

var weekdayNames = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

var monthLong = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// nameOf3 maps the first three letters of a month name to its number (1-12) and of a weekday
// name to 101-107, so that one array read rejects the other words of a line.
var nameOf3 = func() (t [26 * 26 * 26]uint8) {
	for i, n := range monthLong {
		t[name3([]byte(n), 0)] = uint8(i + 1)
	}
	for i, n := range weekdayNames {
		t[name3([]byte(n), 0)] = uint8(101 + i)
	}
	return t
}()

// nameAt returns nameOf3's entry for the letters at b[i:], 0 for none.
func nameAt(b []byte, i int) int {
	if k := name3(b, i); k >= 0 {
		return int(nameOf3[k])
	}
	return 0
}

// weekdayWord matches an English weekday name, abbreviated or whole, as a word at b[i:], and
// returns its length (0 for none).
func weekdayWord(b []byte, i int) int {
	if k := nameAt(b, i); k > 100 {
		return wordFold(b, i, weekdayNames[k-101])
	}
	return 0
}

// monthWord matches an English month name, abbreviated (with an optional dot) or whole, as a word
// at b[i:]. It returns the month and the length of the word (0 for none).
func monthWord(b []byte, i int) (int, int) {
	k := nameAt(b, i)
	if k == 0 || k > 100 {
		return 0, 0
	}
	n := wordFold(b, i, monthLong[k-1])
	if n == 3 && i+n < len(b) && b[i+n] == '.' {
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return k, n
}

// wordFold matches name (lower case) at b[i:], whole or cut to its first three letters, as a
// whole word, case-insensitively; it returns the length matched, 0 for none.
func wordFold(b []byte, i int, name string) int {
	if hasPrefixFold(b, i, name) && !isAlphaAt(b, i+len(name)) {
		return len(name)
	}
	if hasPrefixFold(b, i, name[:3]) && !isAlphaAt(b, i+3) {
		return 3
	}
	return 0
}

func isAlphaAt(b []byte, i int) bool { return i >= 0 && i < len(b) && isAlpha(b[i]) }

func hasPrefixFold(b []byte, i int, s string) bool {
	if i < 0 || i+len(s) > len(b) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if b[i+k]|0x20 != s[k] {
			return false
		}
	}
	return true
}
