package parse

import "bytes"

// readDateTime reads the locator's grammar, [weekday[,]] date sep clock [AM|PM] [zone] [year], at
// b[i:]; see locate.go for the spellings of each part.

// dateTime is what readDateTime found. year is 0 when the text has none.
type dateTime struct {
	year, mon, day   int
	hour, min, sec   int
	nsec             int64
	offset           int // seconds east of UTC, when zoned
	zoned, haveClock bool
	meridiem         int8 // a 12-hour clock's marker written before it, as .NET's ko-KR "2026-11-29 오후 3:41:16": 1 a.m., 2 p.m.
	cjk              bool // the date is written in a Chinese, Japanese or Korean locale's way (see cjkDate)
	dashed           bool // a month and day joined to the clock by a dash, as Snort and cron write them: no zone follows
	end              int
	t                int64
}

// slashOrder is the order of a source's slashed dates, "11/29/2026" or "29/11/2026", once a date
// whose day is past twelve has shown it.
type slashOrder int8

const (
	orderUnknown slashOrder = iota
	monthFirst
	dayFirst
)

// readDateTime reads that grammar at b[i:] into d, in place: a dateTime is too big to return in
// registers, and copying it cost a tenth of a stamped line. d is undefined when it returns false.
func readDateTime(b []byte, i int, now int64, w *wallClock, d *dateTime) bool {
	*d = dateTime{}
	j := i
	if n := weekdayWord(b, j); n > 0 {
		j += n
		if j < len(b) && b[j] == ',' {
			j++
		}
		if j >= len(b) || b[j] != ' ' {
			return false
		}
		j = skipBlanks(b, j)
	}
	var ok bool
	if hasPrefixAt(b, j, "0000") && !isDigitAt(b, j+4) {
		return false // a year zero: a clock never set, no date to read as year-less
	}
	if isDigitAt(b, j) {
		j, ok = numericDate(b, j, now, w, d)
	} else {
		j, ok = wordDate(b, j, d)
	}
	if !ok {
		return false
	}
	if !d.haveClock {
		if j, ok = clockAfterDate(b, j, i == 0 || b[i-1] == '(', d); !ok {
			return false
		}
	}
	if !d.dashed || byteAt(b, j) != '-' {
		j = zoneAfterClock(b, j, d, w) // (after a dashed date, a dash after the clock is cron's pid)
	}
	if d.year == 0 {
		// Four digits after the clock and a dash are a pid and a thread id, logcat's "4120-4188".
		if y, ok := digits(b, j+1, 4); ok && b[j] == ' ' && !isDigitAt(b, j+5) && byteAt(b, j+5) != '-' && y > 1900 && y <= 2100 {
			d.year, j = y, j+5 // ctime writes the year last, and a zone may follow it
			if !d.zoned {
				j = zoneAfterClock(b, j, d, w)
			}
		}
	}
	d.end = j
	return d.finish(now, w)
}

// finish computes d.t: a zoned time as written, a zone-less one as wall-clock time in w's location,
// a year-less one in the year that puts it at most two days ahead of now.
func (d *dateTime) finish(now int64, w *wallClock) bool {
	if d.year-buddhistEra >= 1970 && d.year-buddhistEra <= 2200 {
		// Thai locales count the years of the Buddhist era, 543 ahead: Java's and .NET's th-TH
		// write 2569 for 2026. No log holds a date five centuries ahead.
		d.year -= buddhistEra
	}
	var t int64
	var ok bool
	switch {
	case d.year == 0:
		t, ok = inferYear(w, now, d.mon, d.day, d.hour, d.min, d.sec, d.nsec)
		if d.zoned {
			t += int64(-d.offset) * nsPerSec
		} else {
			t = w.utc(t)
		}
	case d.zoned:
		t, ok = unixNano(d.year, d.mon, d.day, d.hour, d.min, d.sec, d.nsec, d.offset)
	default:
		t, ok = unixNano(d.year, d.mon, d.day, d.hour, d.min, d.sec, d.nsec, 0)
		t = w.utc(t)
	}
	d.t = t
	if d.year != 0 && t > now {
		// A written year makes a date a date: a clock that ran ahead, a line from a machine
		// whose clock is wrong, is still read, up to a few years out.
		return ok && t-now <= yearsAhead
	}
	return ok && plausible(t, now)
}

// buddhistEra is how many years the Buddhist era's count is ahead of the common era's.
const buddhistEra = 543

// yearsAhead is how far past the reader's clock a date with a written year is still taken.
const yearsAhead = 5 * 366 * secPerDay * nsPerSec

// packedDate sets the date from v written yyyyMMdd, or yyMMdd in the given century.
func (d *dateTime) packedDate(v, century int) {
	d.year, d.mon, d.day = century+v/10000, v/100%100, v%100
}

// letteredClock reports whether b[i:] is a clock whose units are letters: "10h34m43s".
func letteredClock(b []byte, i int) bool {
	return isDigitAt(b, i) && isDigitAt(b, i+1) && byteAt(b, i+2) == 'h' && isDigitAt(b, i+3) && isDigitAt(b, i+4) &&
		byteAt(b, i+5) == 'm' && isDigitAt(b, i+6) && isDigitAt(b, i+7) && byteAt(b, i+8) == 's' && !isAlnum(byteAt(b, i+9))
}

// fieldClock sets the clock from the two-digit fields at b[i:], b[i+3:] and b[i+6:], whatever
// separates them ("07:41:16", "10h34m43s"); the caller has checked them.
func (d *dateTime) fieldClock(b []byte, i int) {
	d.hour, _ = digits(b, i, 2)
	d.min, _ = digits(b, i+3, 2)
	d.sec, _ = digits(b, i+6, 2)
	d.haveClock = true
}

// packedClock sets the clock from h written HHmmss.
func (d *dateTime) packedClock(h int) {
	d.hour, d.min, d.sec, d.haveClock = h/10000, h/100%100, h%100, true
}

// digitRun returns the value and length of the run of digits at b[i:] (at most 9 are read).
func digitRun(b []byte, i int) (v, n int) {
	for i+n < len(b) && isDigit(b[i+n]) {
		if n < 9 {
			v = v*10 + int(b[i+n]-'0')
		}
		n++
	}
	return v, n
}

// decimalAt returns how many digits the number at b[i:] has before its dot and after it: "0.068"
// gives 1 and 3, "412" 3 and 0 (no dot, or no digit after it, gives 0 after it).
func decimalAt(b []byte, i int) (whole, frac int) {
	_, whole = digitRun(b, i)
	if byteAt(b, i+whole) == '.' {
		_, frac = digitRun(b, i+whole+1)
	}
	return whole, frac
}

// cronStamp reports whether the month and day at b[i:k] open Vixie cron's own log stamp, in
// parentheses after the user's name and joined to the clock and the pid by dashes: "root
// (11/29-07:01:00-2210) CMD (…)". The only year-less date read so far into a line: a date of that
// spelling in a message ("snapshot 11/28-23:00:00 restored") is the message's.
func cronStamp(b []byte, i, k int) bool {
	if i < 3 || b[i-1] != '(' || b[i-2] != ' ' || bytes.IndexByte(b[:i-2], ' ') >= 0 || byteAt(b, k) != '-' || !colonClock(b, k+1) || byteAt(b, k+9) != '-' {
		return false
	}
	e := digitsEnd(b, k+10)
	return e > k+10 && byteAt(b, e) == ')'
}

// numericDate reads a date that starts with a number: three numbers with one separator
// ("2026-11-29", "29.11.2026", "11/29/2026", "26/11/29"), the month as a word in the middle
// ("29-Nov-2026", "29/Nov/2026", "29 Nov 2026"), two numbers without a year ("11-29" of Android's
// logcat), or a compact date ("20261129", and "261129 074116" with its compact clock, as Hadoop
// writes).
func numericDate(b []byte, i int, now int64, w *wallClock, d *dateTime) (int, bool) {
	a, la := digitRun(b, i)
	j := i + la
	switch {
	case (la == 3 || la == 4) && byteAt(b, j) == '/' && compactClock(b, j+1):
		return slashCompact(b, a, la, j, now, d)
	case la == 8 && (j < len(b) && (b[j] == 'T' || b[j] == ' ' || b[j] == '-' || b[j] == ':')):
		d.packedDate(a, 0)
		if b[j] == ':' {
			if !compactClock(b, j+1) {
				// Greenplum's utilities: "20261129:07:41:16:041207", and the number after the
				// clock is their pid, no fraction of it.
				if !colonClock(b, j+1) {
					return j, false
				}
				d.fieldClock(b, j+1)
				if byteAt(b, j+9) == '.' {
					return fraction2(b, j+9, d), true
				}
				return j + 9, true
			}
			h, _ := digits(b, j+1, 6) // Zabbix's "20261129:074116.123"
			d.packedClock(h)
			return fraction2(b, j+7, d), true
		}
		// NUT's upslog opens its lines with "20261129 074116"; further in, two such numbers are
		// as likely an account's, and a number of zeros and a few digits after a date ("20261128
		// 000001 DEBIT") is more likely a sequence number than the first minute of a day.
		if b[j] == 'T' || b[j] == ' ' && compactClock(b, j+1) && !hasPrefixAt(b, j+1, "0000") && firstWordAt(b, i) {
			if h, ok := digits(b, j+1, 6); ok && !isDigitAt(b, j+7) {
				d.packedClock(h)
				return fraction2(b, j+7, d), true
			}
		}
		if b[j] == ' ' && i == 0 && hasPrefixAt(b, j+9, "  ") {
			// mORMot's TSynLog: "20261129 07411612  ! info  …", hundredths glued to the seconds
			// and two blanks after them.
			if h, ok := digits(b, j+1, 6); ok && h < 240000 {
				if cs, ok := digits(b, j+7, 2); ok {
					d.packedClock(h)
					d.nsec = int64(cs) * 10_000_000
					return j + 9, true
				}
			}
		}
		return j, true
	case la == 8 && byteAt(b, j) == '/' && compactClock(b, j+1) && byteAt(b, j+7) == '.' && isDigitAt(b, j+8):
		// Automic's work processes: "20261129/074116.204 - U00003400 …", the fraction always
		// written and a blank after it (a path's "20261129/074116.204.part" is none).
		d.packedDate(a, 0)
		h, _ := digits(b, j+1, 6)
		d.packedClock(h)
		if k := fraction2(b, j+7, d); k == len(b) || b[k] == ' ' {
			return k, true
		}
		return j, false
	case la == 8 && byteAt(b, j) == '.' && letteredClock(b, j+1):
		// Traffic Server's error log: "20261202.10h34m43s CONNECT: could not connect …".
		d.packedDate(a, 0)
		d.fieldClock(b, j+1)
		return j + 10, true
	case la == 14 && (byteAt(b, j) == '.' && isDigitAt(b, j+1) || i == 0 && byteAt(b, j) == ' '):
		// yyyyMMddHHmmss with its fraction, LXC's "20261129074116.123", or opening the line as
		// rsyslog's date-mysql property writes it; fourteen digits elsewhere are as likely an id.
		dd, _ := digits(b, i, 8)
		h, _ := digits(b, i+8, 6)
		d.packedDate(dd, 0)
		d.packedClock(h)
		return fraction2(b, j, d), true
	case la == 17 && i == 0 && byteAt(b, j) == ' ':
		// yyyyMMddHHmmssSSS opening the line, as Osmocom's "logging timestamp 1" and Java's
		// "yyyyMMddHHmmssSSS" pattern write it.
		dd, _ := digits(b, i, 8)
		h, _ := digits(b, i+8, 6)
		ms, _ := digits(b, i+14, 3)
		d.packedDate(dd, 0)
		d.packedClock(h)
		d.nsec = int64(ms) * 1e6
		return j, true
	case la == 12 && i == 0 && byteAt(b, j) == '.' && isDigitAt(b, j+1):
		// yyMMddHHmmss with its fraction opening the line, as 3proxy's %y%m%d%H%M%S.%. writes it;
		// twelve digits elsewhere are an id.
		dd, _ := digits(b, i, 6)
		h, _ := digits(b, i+6, 6)
		d.packedDate(dd, 2000)
		d.packedClock(h)
		return fraction2(b, j, d), true
	case la == 2 && i == 0 && underscoredStamp(b):
		// Telegram's FileLog (and its forks'): "29_11_2026_07_41_16.811 E/tmessages: …", the day
		// first, every field set apart by an underscore.
		day, _ := digits(b, 0, 2)
		mon, _ := digits(b, 3, 2)
		year, _ := digits(b, 6, 4)
		d.year, d.mon, d.day = year, mon, day
		d.fieldClock(b, 11)
		return fraction2(b, 19, d), true
	case (la == 6 || la == 8) && i == 0 && underscoreClock(b, j):
		// A compact date and clock joined by an underscore opening the line, as WSJT-X's ALL.TXT
		// writes them: "261129_210415".
		if la == 6 {
			d.packedDate(a, 2000)
		} else {
			d.packedDate(a, 0)
		}
		h, _ := digits(b, j+1, 6)
		d.packedClock(h)
		return j + 7, true
	case la == 6 && i == 0 && byteAt(b, j) == '-' && colonClock(b, j+1):
		d.packedDate(a, 2000) // RDK's logger opens its lines with "261129-07:41:16.204118"
		return j, true
	case la == 6 && byteAt(b, j) == '_' && colonClock(b, j+1):
		d.packedDate(a, 2000) // Interactive Brokers' API log: "261129_08:14:35.077"
		return j, true
	case la == 6 && j+7 <= len(b) && b[j] == ' ':
		// Hadoop's yyMMdd; opening the line or its bracket, BMC's IOA Log's and Windscribe's
		// ddMMyy where the year first would be one to come ("291126 074116" is no day of 2029).
		d.packedDate(a, 2000)
		if (i == 0 || b[i-1] == '[') && d.year > civilYear(now) {
			if day, mon, yy := a/10000, a/100%100, a%100; mon >= 1 && mon <= 12 && day >= 1 && day <= daysIn(2000+yy, mon) && 2000+yy <= civilYear(now) {
				d.year, d.mon, d.day = 2000+yy, mon, day
			}
		}
		if h, ok := digits(b, j+1, 6); ok && !isDigitAt(b, j+7) {
			d.packedClock(h) // Hadoop's 074116
			return j + 7, true
		}
		return j, true // MySQL 5's "261129  7:41:16": a clock with a padded hour follows
	case la <= 2 && isAlphaAt(b, j):
		m, y, k := gluedMonthYear(b, j)
		if k == 0 {
			return j, false
		}
		d.year, d.mon, d.day = y, m, a
		return k, true
	case la < 1 || la > 4 || j >= len(b):
		return j, false
	case b[j] >= 0x80 || la == 4 && hasPrefixAt(b, j, ". "):
		return cjkDate(b, i, a, la, d)
	}
	sep := b[j]
	if sep == ' ' && la <= 2 {
		return dayMonthWordYear(b, a, j, d)
	}
	if sep == ' ' && la == 4 && firstWordAt(b, i) && spacedDate(b, i) {
		// Barracuda's "2026 11 29 08:41:16": the parts of the date between blanks, opening the line.
		mon, _ := digits(b, i+5, 2)
		day, _ := digits(b, i+8, 2)
		d.year, d.mon, d.day = a, mon, day
		return i + 10, true
	}
	if sep != '-' && sep != '/' && sep != '.' && !(sep == ':' && colonDate(b, i)) {
		return j, false
	}
	if _, n := monthWord(b, j+1); n > 0 {
		if la == 4 && sep == '-' {
			return yearMonthWordDay(b, a, j, d)
		}
		return dayMonthWordYear(b, a, j, d)
	}
	c, lb := digitRun(b, j+1)
	k := j + 1 + lb
	if lb < 1 || lb > 2 {
		return j, false
	}
	// German's "29.11. 07:41:16" closes the day and the month with a dot, and writes no year.
	dotted := sep == '.' && byteAt(b, k) == '.' && byteAt(b, k+1) == ' '
	if k >= len(b) || b[k] != sep || dotted {
		if la > 2 || sep == '.' && !dotted && (k >= len(b) || b[k] != ' ') || !firstWordAt(b, i) && !afterLevelWord(b, i) && !afterNumberColumns(b, i, la, lb) && !labelOpensLine(b[:i]) && !(sep == '/' && cronStamp(b, i, k)) {
			// "step 3/10 00:00:05" in a sentence is no date: only a line's first word is, or one
			// a time's label that opens the line names (Snort's portscan blocks: "Time:
			// 11/29-07:41:16.204412"; "Elapsed Time: 3/10 00:00:05" is a count).
			return j, false
		}
		d.mon, d.day = yearlessOrder(a, c, sep, w)
		d.dashed = sep == '/' && byteAt(b, k) == '-'
		if dotted {
			k++
		}
		return k, true
	}
	e, lc := digitRun(b, k+1)
	if lc != 2 && lc != 4 || la != 4 && la > 2 || la == 4 && lc > 2 {
		return j, false
	}
	if end := k + 1 + lc; lc == 4 && sep == '/' && c <= 12 && hasPrefixAt(b, end, " -- ") && isDigitAt(b, end+4) {
		// Suricata's own log writes its date day first, whatever the locale: "3/10/2013 -- 15:02:31"
		// is the third of October.
		d.year, d.mon, d.day = e, c, a
		return end, true
	}
	return k + 1 + lc, orderDate(d, a, la, c, e, lc, sep, now, w)
}

// cjkDate reads the dates the locales of China, Japan and Korea write at b[i:], whose first
// number a (la digits) is read: with the characters for year, month and day, "2026年11月29日" and
// date(1)'s "2026年 11月 29日"; Korean's dotted "2026. 11. 29."; each with the weekday after it
// that date(1) writes (星期日, 日曜日, (일)); and Java's month before the day and the year, "11月 29,
// 2026", "11월 29, 2026".
func cjkDate(b []byte, i, a, la int, d *dateTime) (int, bool) {
	j := i + la
	switch {
	case la == 4 && (hasPrefixAt(b, j, "年") || hasPrefixAt(b, j, ". ")):
		year, dotted := "年", hasPrefixAt(b, j, ". ")
		month, day := "月", "日"
		if dotted {
			year, month, day = ".", ".", "."
		}
		k := skipBlanks(b, j+len(year))
		m, lm := digitRun(b, k)
		if lm < 1 || lm > 2 || !hasPrefixAt(b, k+lm, month) {
			return j, false
		}
		k = skipBlanks(b, k+lm+len(month))
		dd, ld := digitRun(b, k)
		if ld < 1 || ld > 2 {
			return j, false
		}
		if !hasPrefixAt(b, k+ld, day) {
			// Java's Korean pattern "yyyy. MM. dd a h:mm:ss" leaves the day without its dot; the
			// marker of its 12-hour clock after it tells it from other dotted numbers.
			if e, _ := cjkMeridiem(b, k+ld+1, k+ld+1); !dotted || byteAt(b, k+ld) != ' ' || e == k+ld+1 {
				return j, false
			}
			d.year, d.mon, d.day, d.cjk = a, m, dd, true
			return k + ld, true
		}
		d.year, d.mon, d.day, d.cjk = a, m, dd, true
		return cjkWeekday(b, k+ld+len(day)), true
	case la <= 2 && (hasPrefixAt(b, j, "月") || hasPrefixAt(b, j, "월")) && byteAt(b, j+3) == ' ':
		// strftime's %b %e under these locales, ctime's order: "日 11月 29 07:41:16 2026" (dmesg
		// -T), a day under ten after a second blank ("11月  5"); the clock and the year after it
		// are read as ctime's.
		ds := skipBlanks(b, j+3)
		if dd, ld := digitRun(b, ds); ld >= 1 && ld <= 2 && ds+ld <= j+6 && byteAt(b, ds+ld) == ' ' && colonClock(b, ds+ld+1) && a >= 1 && a <= 12 {
			d.mon, d.day, d.cjk = a, dd, true
			return ds + ld, true
		}
		dd, ld := digitRun(b, j+4)
		k := j + 4 + ld
		y, ok := digits(b, k+2, 4)
		if ld < 1 || ld > 2 || byteAt(b, k) != ',' || byteAt(b, k+1) != ' ' || !ok || isDigitAt(b, k+6) {
			return j, false
		}
		d.year, d.mon, d.day, d.cjk = y, a, dd, true
		return k + 6, true
	}
	return j, false
}

// cjkWeekday returns where the text after the weekday that follows a date at b[k:] ends, as
// date(1) writes it in Chinese (" 星期日"), Japanese (" 日曜日") and Korean (" (일)"); k when there is
// none.
func cjkWeekday(b []byte, k int) int {
	e := skipBlanks(b, k)
	switch {
	case e == k:
		return k
	case hasPrefixAt(b, e, "星期") && e+9 <= len(b):
		return e + 9 // 星期 and one character
	case hasPrefixAt(b, e+3, "曜日"):
		return e + 9
	case byteAt(b, e) == '(' && byteAt(b, e+4) == ')' && byteAt(b, e+1) >= 0x80:
		return e + 5 // one Hangul syllable in parentheses
	}
	return k
}

// labelOpensLine reports whether b, the text before a date, is a time's label alone: "Time: ".
func labelOpensLine(b []byte) bool {
	b = bytes.TrimRight(b, " ")
	return bytes.IndexByte(b, ' ') < 0 && timeLabelLast(b)
}

// yearlessOrder reads the two numbers a and c of a date without its year as a month and a day.
// Month first, as logcat and Proxifier write "11-29", unless a number past twelve or the source's
// earlier dates show the day first (log4j's "dd-MM HH:mm:ss", "29/11 07:41:16"); dots ("29.11.")
// write the day first in every locale that uses them. Which reading is today's says nothing: a
// logcat file of the twelfth of March read on the third of December would turn day first.
func yearlessOrder(a, c int, sep byte, w *wallClock) (mon, day int) {
	shown := orderUnknown
	switch {
	case a > 12 && c <= 12:
		shown = dayFirst
	case c > 12:
		shown = monthFirst
	}
	order := monthFirst
	switch {
	case shown != orderUnknown:
		order = shown
		if w != nil {
			w.yearless = shown
		}
	case sep == '.':
		order = dayFirst
	case w != nil && w.yearless != orderUnknown:
		order = w.yearless
	}
	if order == dayFirst {
		return c, a
	}
	return a, c
}

// colonDate reports whether b[i:] holds a date written with colons, year first, with a clock
// after a dash, a blank or one more colon: Sophos UTM's "2026:11:29-07:41:16", Sunshine's
// "[2026:11:29:07:41:16]". Only that whole shape is taken, never a clock's "07:41:16".
func colonDate(b []byte, i int) bool {
	_, ok1 := digits(b, i, 4)
	_, ok2 := digits(b, i+5, 2)
	_, ok3 := digits(b, i+8, 2)
	_, ok4 := digits(b, i+11, 2)
	return ok1 && ok2 && ok3 && ok4 && byteAt(b, i+4) == ':' && byteAt(b, i+7) == ':' &&
		(byteAt(b, i+10) == '-' || byteAt(b, i+10) == ' ' || byteAt(b, i+10) == ':') && byteAt(b, i+13) == ':'
}

// firstWordAt reports whether b[i] starts the line's first word, bracketed or not: "11-29",
// "[11-29", and logcat's long format "[ 11-29".
func firstWordAt(b []byte, i int) bool {
	return i == 0 || i == 1 && b[0] == '[' || i == 2 && b[0] == '[' && b[1] == ' '
}

// spacedDate reports whether b[i:] holds a year, month and day between single blanks and a clock
// after them: "2026 11 29 08:41:16". The clock is what tells it from a row of numbers.
func spacedDate(b []byte, i int) bool {
	_, ok1 := digits(b, i, 4)
	_, ok2 := digits(b, i+5, 2)
	_, ok3 := digits(b, i+8, 2)
	return ok1 && ok2 && ok3 && byteAt(b, i+4) == ' ' && byteAt(b, i+7) == ' ' && byteAt(b, i+10) == ' ' &&
		colonClock(b, i+11)
}

// underscoreClock reports whether b[j] is an underscore before a compact clock, HHmmss, that a
// blank or the line's end follows: WSJT-X's "261129_210415 …". In a file's name,
// "20261129_210415.jpg", the clock runs on.
func underscoreClock(b []byte, j int) bool {
	return byteAt(b, j) == '_' && compactClock(b, j+1) && (j+7 == len(b) || b[j+7] == ' ' || b[j+7] == '\t')
}

// colonClock reports whether b[j:] starts with a clock of two-digit hours, minutes and seconds
// between colons.
func colonClock(b []byte, j int) bool {
	_, ok1 := digits(b, j, 2)
	_, ok2 := digits(b, j+3, 2)
	_, ok3 := digits(b, j+6, 2)
	return ok1 && ok2 && ok3 && byteAt(b, j+2) == ':' && byteAt(b, j+5) == ':'
}

// afterNumberColumns reports whether a month and day written without a year, both in two
// digits, follow columns of numbers only, near the line's start: the pid and thread columns
// Commvault writes before its "11/29 07:41:16", the thread's in hexadecimal ("4121  2f14  …"). A
// number in a sentence ("step 3/10 00:00:05") has words before it.
func afterNumberColumns(b []byte, i, la, lb int) bool {
	if la != 2 || lb != 2 || i > 32 || i < 2 || b[i-1] != ' ' && b[i-1] != '\t' {
		return false
	}
	for k := 0; k < i; {
		s, e := nextToken(b, k)
		if s >= i || s == e {
			break
		}
		w := b[s:e]
		if len(w) > 2 && w[0] == '[' && w[len(w)-1] == ']' {
			w = w[1 : len(w)-1] // a thread's in brackets: Windows' RAS tracing files, "[2712] 11-29 07:41:16:204: …"
		}
		if !hexWord(w) || !bytes.ContainsAny(w, "0123456789") {
			return false
		}
		k = e
	}
	return true
}

// afterLevelWord reports whether the word right before b[i], near the line's start, is a level in
// capitals, or its letter opening the line, as vLLM and SkyPilot write it before a date without a
// year: "INFO 11-29 07:41:16 [api_server.py:41] …", "(APIServer pid=4120) WARNING 11-29 07:41:21
// …"; also with the date in a bracket, as
// go-ethereum writes it: "INFO [11-29|07:41:16.123] …", "ERROR[11-29|07:41:22.551] …", and the
// level bracketed too.
func afterLevelWord(b []byte, i int) bool {
	if i > 4 && b[i-1] == '|' && b[0] == '[' && underscoredLevel(b[1:i-1]) {
		return true // OpenGTS's "[INFO_|11/29 07:41:16|Class.method:line] …"
	}
	e := i
	if e > 0 && b[e-1] == '[' {
		e--
	}
	for e > 0 && b[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && b[s-1] != ' ' {
		s--
	}
	if s == 0 && e == 2 && b[1] == '.' && bytes.IndexByte([]byte("IWEF"), b[0]) >= 0 {
		return true // SAP IQ's "I. 11/29 07:41:16. …": its letters, where a list's are A., B., C.
	}
	if s == 0 && e == 1 && i == 2 && bytes.IndexByte([]byte("DIWEF"), b[0]) >= 0 {
		return true // SkyPilot's letter alone: "I 11-29 07:41:16 optimizer.py:705] …"
	}
	if e-s == 1 && s >= 3 && i == e+1 && bytes.IndexByte([]byte("VDIWEF"), b[s]) >= 0 && programWord(b[:s]) && byteAt(b, i+2) == '-' {
		// After the program's name, as Android's libbase logs to stderr on a host (Cuttlefish's
		// launch_cvd, adb): "launch_cvd I 11-29 07:41:16  4120  4120 main.cc:183] …".
		return true
	}
	if s == 0 && e > 2 && b[1] == '/' && b[i-1] == '[' && bytes.IndexByte([]byte("VDIWEFA"), b[0]) >= 0 {
		return true // a level letter before its tag, EasyLogger's: "I/gateway   [11-29 07:41:16.214 pid:2214 tid:2214] …"
	}
	w := b[s:e]
	if len(w) > 2 && w[0] == '[' && w[len(w)-1] == ']' {
		w = trimSpace(w[1 : len(w)-1]) // Erigon's level in brackets of its own: "[INFO] [11-29|07:41:16.123] …"
	}
	if e == i || s == e || i > 48 || !isUpperWord(w) {
		return false
	}
	_, ok := levelToken(w, true)
	return ok
}

// underscoredLevel reports whether w is a level's name in capitals padded to its width with
// underscores, or not padded: OpenGTS's "INFO_", "WARN_", "ERROR".
func underscoredLevel(w []byte) bool {
	w = bytes.TrimRight(w, "_")
	if len(w) < 3 || !isUpperWord(w) {
		return false
	}
	_, ok := ParseLevel(w)
	return ok
}

// underscoredStamp reports whether b opens with a day-first date and a clock whose every field an
// underscore sets apart, "dd_MM_yyyy_HH_mm_ss", and a blank or a fraction after it.
func underscoredStamp(b []byte) bool {
	if len(b) < 20 {
		return false
	}
	for k, c := range b[:19] {
		switch k {
		case 2, 5, 10, 13, 16:
			if c != '_' {
				return false
			}
		default:
			if !isDigit(c) {
				return false
			}
		}
	}
	return b[19] == ' ' || b[19] == '.'
}

// compactClock reports whether b[j:] holds six digits of a compact clock, HHmmss, that end the
// number.
func compactClock(b []byte, j int) bool {
	_, ok := digits(b, j, 6)
	return ok && !isDigitAt(b, j+6)
}

// slashCompact reads the two compact spellings with a '/' before an HHmmss clock: Chromium's
// "1129/074116.123456" (month and day, and always microseconds, which this requires) and
// HAProxy's "332/074116" (the day of the year counted from 0, tm_yday). Neither writes a year: it
// is the one that puts the time at most two days after now.
func slashCompact(b []byte, a, la, j int, now int64, d *dateTime) (int, bool) {
	h, _ := digits(b, j+1, 6)
	d.packedClock(h)
	k := j + 7
	if la == 4 {
		if byteAt(b, k) != '.' || !isDigitAt(b, k+1) {
			return j, false
		}
		d.mon, d.day = a/100, a%100
		return fraction2(b, k, d), true
	}
	const slack = 2 * secPerDay * nsPerSec
	for y := civilYear(now); y >= civilYear(now)-1; y-- {
		mon, day, ok := yearDay(y, a)
		if !ok {
			continue
		}
		if t, ok := unixNano(y, mon, day, d.hour, d.min, d.sec, 0, 0); ok && t <= now+slack {
			d.year, d.mon, d.day = y, mon, day
			return k, true
		}
	}
	return j, false
}

// yearDay returns the month and day of the day of year yday (from 0) in year y.
func yearDay(y, yday int) (mon, day int, ok bool) {
	for m := 1; m <= 12; m++ {
		n := daysIn(y, m)
		if yday < n {
			return m, yday + 1, true
		}
		yday -= n
	}
	return 0, 0, false
}

// orderDate assigns three numbers to year, month and day: a four-digit number is the year; with
// the year last, '/' means month first (US) unless the first number cannot be a month, '.' and
// '-' day first; with a two-digit year anywhere, the reading nearest to now that is not ahead of it.
func orderDate(d *dateTime, a, la, b, c, lc int, sep byte, now int64, w *wallClock) bool {
	switch {
	case la == 4:
		d.year, d.mon, d.day = a, b, c
	case lc == 4 && sep == '/':
		d.year = c
		var order slashOrder // what the source's slashed dates have shown of their order
		if w != nil {
			order = w.slashes
		}
		switch {
		case a > 12:
			order = dayFirst
		case b > 12:
			order = monthFirst
		}
		if order == orderUnknown && a != b {
			// Neither reading is shown yet: the one that is today's, and the source's dates are
			// taken in that order from then on.
			switch {
			case recentDay(c, b, a, now) && !recentDay(c, a, b, now):
				order = dayFirst
			case recentDay(c, a, b, now) && !recentDay(c, b, a, now):
				order = monthFirst
			}
		}
		if w != nil {
			w.slashes = order
		}
		if order == dayFirst {
			d.mon, d.day = b, a
		} else {
			d.mon, d.day = a, b
		}
	case lc == 4:
		d.year = c
		if b > 12 {
			d.mon, d.day = a, b
		} else {
			d.mon, d.day = b, a
		}
	default:
		return shortYearDate(d, a, b, c, now, w)
	}
	return true
}

// shortOrder is the order of a source's dates with a two-digit year, once a date that reads only
// one way has shown it.
type shortOrder int8

const (
	shortUnknown shortOrder = iota
	shortYearFirst
	shortDayFirst
	shortMonthFirst
)

// shortYearDate reads a date of three two-digit numbers a, b, c: yy/MM/dd (Spark's, Hadoop's),
// dd/MM/yy, or MM/dd/yy (spdlog's %D, ausearch's %x). A date that reads only one way shows the
// source's order, which its other dates are read in. Until then, year first, as Spark writes
// it, unless that year is long past and another reading is of the last weeks: a log read as it
// is written ("12/02/26" on the second of December 2026 is no day of 2012).
func shortYearDate(d *dateTime, a, b, c int, now int64, w *wallClock) bool {
	nowYear, nowDay := civilYear(now), now/(secPerDay*nsPerSec)
	readings := [4][3]int{{}, {a, b, c}, {c, b, a}, {c, a, b}} // by shortOrder: year, month, day
	valid := func(o shortOrder) bool {
		r := readings[o]
		y := 2000 + r[0]
		return r[1] >= 1 && r[1] <= 12 && r[2] >= 1 && r[2] <= daysIn(y, r[1]) && y <= nowYear && y >= nowYear-40
	}
	var only, n shortOrder
	for o := shortYearFirst; o <= shortMonthFirst; o++ {
		if valid(o) {
			only, n = o, n+1
		}
	}
	if n == 0 {
		return false
	}
	pick := only
	switch {
	case n == 1:
		if w != nil {
			w.shortYY = only
		}
	case w != nil && w.shortYY != shortUnknown && valid(w.shortYY):
		pick = w.shortYY
	case valid(shortYearFirst) && 2000+a >= nowYear-longPast:
		pick = shortYearFirst
	default:
		pick = shortUnknown
		for o := shortYearFirst; o <= shortMonthFirst; o++ {
			r := readings[o]
			if away := nowDay - daysFromCivil(2000+r[0], r[1], r[2]); valid(o) && away >= -2 && away <= recentDays {
				pick = o // the reading of the last weeks
				break
			}
		}
		if pick == shortUnknown {
			pick = shortYearFirst
			if !valid(pick) {
				pick = only
			}
		}
	}
	r := readings[pick]
	d.year, d.mon, d.day = 2000+r[0], r[1], r[2]
	return true
}

// longPast and recentDays bound shortYearDate's guess: a year read first is taken unless it is
// more than longPast years back and another reading is within recentDays of now.
const (
	longPast   = 10
	recentDays = 60
)

// recentDay reports whether the date y-m-d is within a day or two of now. A slashed date that
// reads either way is month first, as the United States write it, unless the source's dates have
// shown their order, or only the other reading is today's: Graphite's carbon writes "02/12/2026
// 04:53:06" on the second of December.
func recentDay(y, m, d int, now int64) bool {
	if d > daysIn(y, m) {
		return false
	}
	day := daysFromCivil(y, m, d) * secPerDay * nsPerSec
	return day >= now-2*secPerDay*nsPerSec && day <= now+secPerDay*nsPerSec
}

// dayMonthWordYear reads "29-Nov-2026", "29/Nov/2026" and "29 Nov 2026" whose day a (la digits)
// ends at sep index j, and "29 Nov" and "29-Nov" without a year when a clock follows.
func dayMonthWordYear(b []byte, a, j int, d *dateTime) (int, bool) {
	sep := b[j]
	m, n := monthWord(b, j+1)
	k := j + 1 + n
	if n == 0 || k >= len(b) {
		return j, false
	}
	if b[k] != sep {
		// Bacula's "29-Nov 07:41": no year, the clock follows. Only where the line starts: within
		// a line ("Deadline: 29-Nov 07:41 sharp") it is a date the message quotes.
		if sep != '-' || b[k] != ' ' || !isDigitAt(b, k+1) || byteAt(b, k+2) != ':' && byteAt(b, k+3) != ':' || !digitsOnly(b[:j]) {
			return j, false
		}
		d.year, d.mon, d.day = 0, m, a
		return k, true
	}
	y, ly := digitRun(b, k+1)
	if ly == 2 && sep == ' ' && byteAt(b, k+3) == ':' {
		ly, y = 0, 0 // ntpd's "29 Nov 07:41:16": no year, the clock follows
	} else if ly != 4 && ly != 2 {
		return j, false
	}
	if ly == 2 {
		y += 2000
	}
	d.year, d.mon, d.day = y, m, a
	if ly == 0 {
		return k, true
	}
	return k + 1 + ly, true
}

// gluedMonthYear reads a month's three letters and a year of two or four digits glued to them and
// to the day before them, a blank after them: "29Nov2026 " as Check Point's fw log writes it,
// "29Nov26 " as Serv-U does. It returns the month, the year (a two-digit one in this century)
// and where the year ends, 0 for none.
func gluedMonthYear(b []byte, i int) (mon, year, end int) {
	m, n := monthWord(b, i)
	if n != 3 {
		return 0, 0, 0
	}
	y, ly := digitRun(b, i+3)
	if e := i + 3 + ly; (ly == 2 || ly == 4) && (byteAt(b, e) == ' ' || (byteAt(b, e) == '_' || byteAt(b, e) == ':') && colonClock(b, e+1)) {
		// and Bloomberg's API log, "29NOV2026_08:14:02.118", the clock after an underscore, or
		// SAS's DATETIME, "29NOV2026:08:14:03.118", after a colon
		if ly == 2 {
			y += 2000
		}
		return m, y, e
	}
	return 0, 0, 0
}

// yearMonthWordDay reads the rest of a date written year first with the month as a word, as
// Boost.Date_Time's to_simple_string writes it (Boost.Log's default time): "2026-Nov-29".
func yearMonthWordDay(b []byte, year, j int, d *dateTime) (int, bool) {
	m, n := monthWord(b, j+1)
	k := j + 1 + n
	day, ld := digitRun(b, k+1)
	if n == 0 || byteAt(b, k) != b[j] || ld < 1 || ld > 2 || day < 1 || day > 31 {
		return j, false
	}
	d.year, d.mon, d.day = year, m, day
	return k + 1 + ld, true
}

// wordDate reads a date that starts with the month as a word: "Nov 29", "Nov  9", "Nov 29 2026",
// "Nov 29, 2026", "November 29, 2026".
func wordDate(b []byte, i int, d *dateTime) (int, bool) {
	m, n := monthWord(b, i)
	j := i + n
	if n > 0 && byteAt(b, j) == '/' {
		// The day and the year between slashes after the month's name: WIDE-DHCPv6's
		// "Nov/29/2026 07:41:16: …".
		day, ld := digitRun(b, j+1)
		y, ok := digits(b, j+2+ld, 4)
		if ld < 1 || ld > 2 || byteAt(b, j+1+ld) != '/' || !ok || isDigitAt(b, j+6+ld) {
			return j, false
		}
		d.mon, d.day, d.year = m, day, y
		return j + 6 + ld, true
	}
	if n == 0 || j >= len(b) || b[j] != ' ' && b[j] != '-' && !isDigit(b[j]) {
		return j, false
	}
	dashed := b[j] == '-'
	if !isDigit(b[j]) {
		j = skipBlanks(b, j+1)
	}
	day, ld := digitRun(b, j)
	if ld < 1 || ld > 2 {
		return j, false
	}
	d.mon, d.day = m, day
	j += ld
	if dashed && byteAt(b, j) == '-' {
		// The year after the day, dashed as the day is: FreeIPMI's "Nov-29-2026", ASSP's
		// "Nov-29-26".
		if y, ly := digitRun(b, j+1); (ly == 4 || ly == 2) && (byteAt(b, j+1+ly) == ' ' || byteAt(b, j+1+ly) == ':') {
			if ly == 2 {
				y += 2000
			}
			d.year = y
			return j + 1 + ly, true
		}
	}
	k := j
	if k < len(b) && b[k] == ',' {
		k++
	}
	if y, ok := digits(b, k+1, 4); ok && k < len(b) && b[k] == ' ' && !isDigitAt(b, k+5) && (k+5 >= len(b) || b[k+5] != ':') {
		d.year, j = y, k+5
	} else if k > j {
		j = k
	}
	return j, true
}

// clockAfterDate reads the separator after a date ('T', blanks, a comma, ':' as access logs
// write, '_') and the time of day. opens tells whether the date opens the line or a parenthesis.
func clockAfterDate(b []byte, j int, opens bool, d *dateTime) (int, bool) {
	if j >= len(b) {
		return j, false
	}
	switch b[j] {
	case '_':
		if isDigitAt(b, j+1) && byteAt(b, j+3) == '.' {
			if k, ok := dottedClock(b, j+1, d); ok && hasPrefixAt(b, k, ": ") {
				return k, true // ARK's "2026.11.29_07.41.16: …"; in a file's name the dots run on
			}
			return j, false
		}
		j++
	case 'T', 't', '@': // '@': OpenEdge's "[2026/11/29@08:41:16.123+0100]"
		j++
	case 'D':
		if !colonClock(b, j+1) {
			return j, false
		}
		j++ // kdb+'s timestamp: "2026.11.29D08:14:02.118273000"
	case ':':
		j++
		if j < len(b) && b[j] == ':' {
			j++ // RabbitMQ's "29-Nov-2026::07:41:16"
		}
		if _, lh := digitRun(b, j); d.year == 0 && byteAt(b, j+lh+3) != ':' {
			return j, false // "May 10:05:20" is a day and a clock, not a date glued to "05:20"
		}
	case '-':
		if byteAt(b, j+1) == '(' && colonClock(b, j+2) {
			// The clock in parentheses, as NAUbackup's VmBackup writes it: "2026-11-29-(01:00:02)".
			if k, ok := readClock(b, j+2, d); ok && byteAt(b, k) == ')' {
				return k + 1, true
			}
			return j, false
		}
		return dottedClock(b, j+1, d) // DB2 and BGL: "2005-06-03-15.42.50.675872"
	case ',':
		j = skipBlanks(b, j+1)
	case '.':
		j++ // ZFS's "2026-11-29.07:41:16"
	case '|':
		j++ // go-ethereum's "[11-29|07:41:16.123]"
	case ']':
		switch {
		case byteAt(b, j+1) == '[':
			j += 2 // the date and the clock in brackets of their own, as fern's example writes: "[2026-11-29][07:41:16]"
		case byteAt(b, j+1) == ' ' && byteAt(b, j+2) == '[' && isDigitAt(b, j+3) && isDigitAt(b, j-4) && isDigitAt(b, j-3) && isDigitAt(b, j-2) && isDigitAt(b, j-1):
			j += 3 // signale's, a blank between them and the year in full: "[12/2/2026] [10:12:27 AM]"
		default:
			return j, false
		}
	case ' ', '\t':
		k := skipBlanks(b, j)
		gap := 3
		if e, pm := beforeClockMarker(b, k); e > k {
			d.meridiem, k, j = 1, e, e // the marker before the clock: "2026/11/29 下午 03:41:16"
			if pm {
				d.meridiem = 2
			}
		}
		if k+1 < len(b) && (b[k] == '|' || b[k] == '-' || b[k] == '@' && opens) && b[k+1] == ' ' {
			// Columns: ipmitool's "11/29/2026 | 07:41:16", Gin's "2026/11/29 - 07:41:16",
			// WooCommerce's legacy logger's "11-29-2026 @ 07:47:20" and the Fusion log's "(11/29/2026
			// @ 7:41:16 AM)" (only opening the line or a parenthesis: in a sentence, "Posted
			// 11-29-2026 @ 07:47:20 by …", the at sign is the sentence's).
			k = skipBlanks(b, k+1)
		} else if hasPrefixAt(b, k, "-- ") {
			k, gap = skipBlanks(b, k+2), 4 // Suricata's "29/11/2026 -- 07:41:16"
		} else if atClock(b, k) && byteAt(b, j-3) == '-' {
			// loguru's README format: "2026-11-29 at 07:41:16". A date in words before "at" is
			// a sentence's ("Sunday, November 29, 2026 at 7:41:16 AM" in a session's header).
			k, gap = k+3, 4
		} else if hasPrefixAt(b, k, "klo ") && isDigitAt(b, k+4) && byteAt(b, j-5) == '.' {
			k, gap = k+4, 5 // Finnish's "29.11.2026 klo 15.41.16"
		}
		if off, n := hoursOffset(b, k); n > 0 && byteAt(b, k+n) == ' ' {
			// Tencent's xlog writes the zone in hours between the date and the clock:
			// "2026-11-29 +8.0 15:41:16.412".
			d.offset, d.zoned = off, true
			j, k = k+n+1, k+n+1
		}
		if k-j <= gap {
			j = k
		}
	default:
		return j, false
	}
	return readClock(b, j, d)
}

// threadThenLevel reports whether b holds a blank at i, a thread's name in brackets without a
// blank and a level's name in capitals after it: " [drools-async-evaluator-thread] INFO".
func threadThenLevel(b []byte, i int) bool {
	if byteAt(b, i) != ' ' || byteAt(b, i+1) != '[' {
		return false
	}
	c := indexByteFrom(b[:min(len(b), i+80)], ']', i+2)
	if c < 0 || bytes.IndexByte(b[i+2:c], ' ') >= 0 || byteAt(b, c+1) != ' ' {
		return false
	}
	s, e := nextToken(b, c+1)
	if e-s < 4 || !isUpperWord(b[s:e]) {
		return false
	}
	_, ok := ParseLevel(b[s:e])
	return ok
}

// dashedNumber reports whether b holds a dash and a digit at i.
func dashedNumber(b []byte, i int) bool {
	return byteAt(b, i) == '-' && isDigitAt(b, i+1)
}

// hoursOffset reads a zone written as a signed number of hours with one decimal ("+8.0", "-3.5",
// "+5.5") at b[i:]: its offset in seconds and its length, or 0 when there is none.
func hoursOffset(b []byte, i int) (offset, n int) {
	if c := byteAt(b, i); c != '+' && c != '-' {
		return 0, 0
	}
	h, lh := digitRun(b, i+1)
	f := byteAt(b, i+2+lh)
	if lh < 1 || lh > 2 || h > 14 || byteAt(b, i+1+lh) != '.' || f != '0' && f != '5' || isDigitAt(b, i+3+lh) {
		return 0, 0 // a zone is whole hours or half ones
	}
	if c := i + lh + 4; !isDigitAt(b, c) || !isDigitAt(b, c+1) || byteAt(b, c+2) != ':' || byteAt(b, c+5) != ':' {
		return 0, 0 // and a clock with its seconds follows
	}
	offset = h*3600 + int(f-'0')*360
	if b[i] == '-' {
		offset = -offset
	}
	return offset, lh + 3
}

// readClock reads the time of day "7:41", "07:41:16", "07:41:16.123" at b[j:].
func readClock(b []byte, j int, d *dateTime) (int, bool) {
	h, lh := digitRun(b, j)
	if byteAt(b, j+lh) >= 0x80 && hanziHour(b, j) {
		return hanziClock(b, j+lh+3, h, d) // after a CJK date or a numeric one: "2026/11/29 16時41分16秒"
	}
	if lh == 2 && byteAt(b, j+2) == 'h' {
		return hourClock(b, j, h, d)
	}
	if lh == 2 && byteAt(b, j+2) == '-' {
		return dashedClock(b, j, h, d)
	}
	if lh == 2 && byteAt(b, j+2) == '.' {
		return localeDottedClock(b, j, h, d)
	}
	if lh == 1 && byteAt(b, j+1) == '.' && d.mon != 0 && byteAt(b, j-1) == ' ' && j >= 6 && b[j-6] == '.' {
		// Finnish and Danish Windows write the hour unpadded after their dotted date: "29.11.2026
		// 7.41.20". After another date it is more likely a version ("2026-11-29 3.10.12").
		if k, ok := localeDottedClock(b, j-1, h, d); ok {
			return k, true // (read as if padded, from the blank before the hour)
		}
		return j, false
	}
	if lh < 1 || lh > 2 || j+lh >= len(b) || b[j+lh] != ':' {
		return j, false
	}
	mi, ok := digits(b, j+lh+1, 2)
	if !ok {
		return j, false
	}
	k := j + lh + 3
	s := 0
	if k < len(b) && b[k] == ':' {
		if s, ok = digits(b, k+1, 2); !ok {
			return j, false
		}
		k += 3
	}
	if isDigitAt(b, k) || h > 23 || mi > 59 || s > 60 {
		return j, false
	}
	d.hour, d.min, d.sec, d.haveClock = h, mi, s, true
	if byteAt(b, k) == ':' {
		// Windows Update and HealthApp write milliseconds after a colon, sssd microseconds,
		// libwebsockets ten-thousandths in its bracket ("[2026/11/29 07:41:16:5120]").
		if _, n := digitRun(b, k+1); n == 3 || n == 6 || n == 4 && byteAt(b, k+5) == ']' {
			d.nsec, k = fraction(b[:k+1+n], k+1)
			return k, true
		}
	}
	return fraction2(b, k, d), true
}

// beforeClockMarker reads a 12-hour marker of cjkMeridiems at b[k:] that comes before the clock,
// as .NET writes them in Korean and Chinese: where the clock starts after it, or k for none.
func beforeClockMarker(b []byte, k int) (int, bool) {
	if byteAt(b, k) < 0xC3 {
		return k, false // most dates: a clock, a 'T'
	}
	if e, pm := cjkMeridiem(b, k, k); e > k && byteAt(b, e) == ' ' && isDigitAt(b, e+1) {
		return e + 1, pm
	}
	for _, m := range cjkMeridiems {
		if e := k + len(m.word); hasPrefixAt(b, k, m.word) && hanziHour(b, e) {
			return e, m.pm // glued to a clock in characters, as Java's "ah时mm分ss秒": "下午03时41分16秒"
		}
	}
	return k, false
}

// hanziHour reports whether b[j:] opens with an hour and its character: 时, 時, or Korean's 시.
func hanziHour(b []byte, j int) bool {
	_, n := digitRun(b, j)
	return n >= 1 && n <= 2 && (hasPrefixAt(b, j+n, "时") || hasPrefixAt(b, j+n, "時") || hasPrefixAt(b, j+n, "시"))
}

// hanziClock reads the rest of a clock written with the characters for its units after a CJK
// date, "15时41分16秒" (strftime's %X under zh_CN), the hour h read and b[j:] after its character.
func hanziClock(b []byte, j, h int, d *dateTime) (int, bool) {
	m := j
	if byteAt(b, m) == ' ' {
		m++ // Korean writes a blank after each unit: "4시 41분 16초"
	}
	mi, lm := digitRun(b, m)
	if lm < 1 || lm > 2 || !hasPrefixAt(b, m+lm, "分") && !hasPrefixAt(b, m+lm, "분") {
		return j, false
	}
	k := m + lm + 3
	if byteAt(b, k) == ' ' {
		k++
	}
	sec, ls := digitRun(b, k)
	e, nsec := k+ls, int64(0)
	if c := byteAt(b, e); (c == ',' || c == '.') && ls > 0 {
		// Korean's milliseconds before the second's sign, as WebLogic writes its stamp under
		// ko_KR: "4시 41분 16,204초".
		if _, n := digitRun(b, e+1); n >= 1 && n <= 9 {
			nsec, e = fraction(b[:e+1+n], e+1)
		}
	}
	if ls < 1 || ls > 2 || !hasPrefixAt(b, e, "秒") && !hasPrefixAt(b, e, "초") || h > 23 || mi > 59 || sec > 60 {
		return j, false
	}
	d.hour, d.min, d.sec, d.nsec, d.haveClock = h, mi, sec, nsec, true
	return e + 3, true
}

// dashedClock reads a clock written with dashes and a fraction, as Snapcast writes it after its
// date ("2026-11-29 07-41-16.204"), the hour h at b[j:]; or without the fraction after an
// underscore, closed by a bracket, as OpenXcom's forks write it ("[2026-11-28_21-05-40]"). Elsewhere,
// dashes between numbers without a fraction are a range or an id's, and a date and time so
// joined without the bracket a file's name ("2026-11-28_21-05-40.tar.gz", a snapshot's).
func dashedClock(b []byte, j, h int, d *dateTime) (int, bool) {
	mi, ok1 := digits(b, j+3, 2)
	s, ok2 := digits(b, j+6, 2)
	named := byteAt(b, j-1) == '_' && byteAt(b, j+8) == ']'
	if !ok1 || !ok2 || byteAt(b, j+5) != '-' || !named && (byteAt(b, j+8) != '.' || !isDigitAt(b, j+9)) || h > 23 || mi > 59 || s > 60 {
		return j, false
	}
	d.hour, d.min, d.sec, d.haveClock = h, mi, s, true
	return fraction2(b, j+8, d), true
}

// localeDottedClock reads a clock written with dots after a date, as Finnish, Danish and Indonesian
// locales write the time of day ("2026-11-29 15.41.16", "29.11.2026 15.41.16"), the hour h at
// b[j:]. A fraction may follow; a fourth number after a dot is an address's ("10.20.30.40").
func localeDottedClock(b []byte, j, h int, d *dateTime) (int, bool) {
	mi, ok1 := digits(b, j+3, 2)
	s, ok2 := digits(b, j+6, 2)
	if !ok1 || !ok2 || byteAt(b, j+5) != '.' || isDigitAt(b, j+8) || h > 23 || mi > 59 || s > 60 {
		return j, false
	}
	if byteAt(b, j+8) == '.' {
		if _, n := digitRun(b, j+9); n > 0 && n != 3 && n != 6 && n != 9 || byteAt(b, j+9+n) == '.' {
			return j, false // an address's fourth number ("10.20.30.40"), not a fraction
		}
	}
	d.hour, d.min, d.sec, d.haveClock = h, mi, s, true
	return fraction2(b, j+8, d), true
}

// hourClock reads the clock Greenbone's logs write through gvm-libs, the hour h before an 'h' and
// the minutes and seconds after it, "07h41.16", at b[j:].
func hourClock(b []byte, j, h int, d *dateTime) (int, bool) {
	mi, ok1 := digits(b, j+3, 2)
	s, ok2 := digits(b, j+6, 2)
	if !ok1 || !ok2 || byteAt(b, j+5) != '.' || isDigitAt(b, j+8) || h > 23 || mi > 59 || s > 60 {
		return j, false
	}
	d.hour, d.min, d.sec, d.haveClock = h, mi, s, true
	return j + 8, true
}

// dottedClock reads "15.42.50" with an optional fraction at b[j:], or a colon clock after a
// compact date ("20171223-22:15:29:606").
func dottedClock(b []byte, j int, d *dateTime) (int, bool) {
	if _, n := digitRun(b, j); (n == 1 || n == 2) && byteAt(b, j+n) == ':' {
		k, ok := readClock(b, j, d)
		if !ok {
			return unpaddedClock(b, j, d)
		}
		if k+1 < len(b) && b[k] == ':' && isDigitAt(b, k+1) && d.nsec == 0 {
			// HealthApp writes a count of milliseconds after a colon, not padded: ":11" is 11 ms.
			if ms, n := digitRun(b, k+1); n <= 3 {
				d.nsec, k = int64(ms)*1e6, k+1+n
			}
		}
		return k, true
	}
	h, ok1 := digits(b, j, 2)
	if j+3 > len(b) || !ok1 {
		return j, false
	}
	sep := b[j+2]
	mi, ok2 := digits(b, j+3, 2)
	s, ok3 := digits(b, j+6, 2)
	if sep != '.' || !ok2 || !ok3 || b[j+5] != '.' || h > 23 || mi > 59 || s > 60 {
		return j, false
	}
	d.hour, d.min, d.sec, d.haveClock = h, mi, s, true
	if _, n := digitRun(b, j+9); byteAt(b, j+8) == ':' && n == 3 {
		d.nsec, _ = fraction(b[:j+12], j+9) // Unreal Engine's "2026.11.29-07.41.16:123"
		return j + 12, true
	}
	return fraction2(b, j+8, d), true
}

// unpaddedClock reads a clock whose fields are not padded, with its count of milliseconds after a
// colon, as HealthApp writes it after its compact date: "9:7:6:1" is 09:07:06.001, "0:0:0:232"
// midnight and 232 ms.
func unpaddedClock(b []byte, j int, d *dateTime) (int, bool) {
	h, n1 := digitRun(b, j)
	mi, n2 := digitRun(b, j+n1+1)
	k := j + n1 + 1 + n2 + 1
	s, n3 := digitRun(b, k)
	if n1 < 1 || n1 > 2 || n2 < 1 || n2 > 2 || n3 < 1 || n3 > 2 || byteAt(b, j+n1) != ':' || byteAt(b, k-1) != ':' ||
		h > 23 || mi > 59 || s > 60 {
		return j, false
	}
	k += n3
	ms, n4 := digitRun(b, k+1) // always written: without it, "build 20261130-1:2:3" is a version
	if byteAt(b, k) != ':' || n4 < 1 || n4 > 3 {
		return j, false
	}
	d.hour, d.min, d.sec, d.nsec, d.haveClock = h, mi, s, int64(ms)*1e6, true
	return k + 1 + n4, true
}

// fraction2 reads an optional '.', ',' or ':' fraction of a second at b[k:] into d.
func fraction2(b []byte, k int, d *dateTime) int {
	// After a comma only milliseconds or finer (Java's ",123"): ",1," is a CSV's next field, and
	// two digits are hundredths as often (cmd's %TIME% under a German locale, "7:41:16,12") as
	// milliseconds unpadded (Python's ",%(msecs)d", "06:12:45,12"): the second is kept whole.
	if ns, e := secondFraction(b, k, 3); e > k {
		d.nsec, k = ns, e
		if us, ok := digits(b, k+1, 3); ok && b[k-4] == '.' && byteAt(b, k) == '.' && !isDigitAt(b, k+4) && byteAt(b, k+4) != '.' {
			// The microseconds in a group of their own after the milliseconds, as Huawei's
			// CANN and MindSpore logs write them: "2026-11-29-07:41:16.123.456".
			d.nsec, k = ns+int64(us)*1e3, k+4
		}
	} else if ms, ok := digits(b, k+1, 3); ok && byteAt(b, k) == '-' && byteAt(b, k+4) == ']' {
		d.nsec, k = int64(ms)*1e6, k+4 // after a dash in a bracket, as openTCS's kernel log: "[20261129-07:41:16-204]"
	}
	return k
}

// secondFraction reads the fraction of a second at b[i:], its '.' or ',' included, and returns
// where it ends, i when there is none. After a comma it takes at least fewest digits and at most
// nine, and before another comma only milliseconds or microseconds: a CSV's next field may be a
// number too (PAN-OS's "2026/11/29 07:41:16,012801096514,TRAFFIC", a serial number), or an
// address (althttpd's "2026-11-29 07:44:02,203.0.113.9,…").
func secondFraction(b []byte, i, fewest int) (int64, int) {
	if i+1 >= len(b) || b[i] != '.' && b[i] != ',' || !isDigit(b[i+1]) {
		return 0, i
	}
	ns, e := fraction(b, i+1)
	if n := e - i - 1; b[i] == ',' && (n < fewest || n > 9 || byteAt(b, e) == ',' && n != 3 && n != 6 || byteAt(b, e) == '.' && isDigitAt(b, e+1)) {
		return 0, i
	}
	return ns, e
}

// afterFraction reports whether b[:j] ends in a fraction of a second, a point and three digits or
// more: the place of Db2's and WMI's offsets in minutes ("…16.123456+060"), where after whole
// seconds three digits are another field's (openTCS's milliseconds, "…07:41:16-204]").
func afterFraction(b []byte, j int) bool {
	k := j
	for k > 0 && isDigit(b[k-1]) {
		k--
	}
	return j-k >= 3 && k > 0 && b[k-1] == '.'
}

// zoneAfterClock reads AM/PM and a zone after the clock: "Z", "+01:00", "+0100", " +0000",
// " -04:00", " UTC", " CEST", " UTC+2", " GMT+0100".
func zoneAfterClock(b []byte, j int, d *dateTime, w *wallClock) int {
	if d.meridiem != 0 && d.hour >= 1 && d.hour <= 12 {
		d.hour %= 12
		if d.meridiem == 2 {
			d.hour += 12
		}
	} else if k, pm := ampm(b, j); k > j {
		if pm && d.hour < 12 {
			d.hour += 12
		} else if !pm && d.hour == 12 {
			d.hour = 0
		}
		j = k
	}
	if m, ok := digits(b, j+1, 3); ok && (b[j] == '+' || b[j] == '-') && !isDigitAt(b, j+4) && !dashedNumber(b, j+4) && m <= 14*60 && afterFraction(b, j) {
		// Db2's offset in minutes after its microseconds: "2026-11-29-08.41.16.123456+060"; a
		// number with another after it is one of fields joined by dashes, as AvNav's
		// "…,120-121-2214-main-INFO-…".
		d.offset, d.zoned = m*60, true
		if b[j] == '-' {
			d.offset = -d.offset
		}
		return j + 4
	}
	if off, k := zone(b, j); k > j {
		d.offset, d.zoned = off, true
		return k
	}
	if byteAt(b, j) == ',' && byteAt(b, j-4) == ',' {
		// An offset after the milliseconds' comma and one more, as HoneyPy sets twisted's time
		// format: "2026-11-29 02:41:16,482,-0500 [Echo,3,…] …".
		if off, k := zone(b, j+1); k == j+6 && byteAt(b, k) == ' ' {
			d.offset, d.zoned = off, true
			return k
		}
	}
	if byteAt(b, j) == '(' && (byteAt(b, j+1) == '+' || byteAt(b, j+1) == '-') && afterFraction(b, j) {
		// An offset in parentheses glued to the fraction, as Zscaler's client writes it:
		// "2026-11-29 07:41:22.001944(-0500)[4120:6044] ERR …".
		if off, k := zone(b, j+1); k > j+1 && byteAt(b, k) == ')' {
			d.offset, d.zoned = off, true
			return k + 1
		}
	}
	if j+1 >= len(b) || b[j] != ' ' {
		return j
	}
	if b[j+1] == '(' {
		return zoneInParens(b, j, d, w)
	}
	if b[j+1] == ' ' {
		// rinetd's "[29/Nov/2026:08:41:16  +0100]": its clock's format ends in a blank.
		if off, k := zone(b, j+2); k == j+7 && byteAt(b, k) == ']' {
			d.offset, d.zoned = off, true
			return k
		}
	}
	if b[j+1] == 'Z' && !isAlnum(byteAt(b, j+2)) {
		d.zoned = true // Mattermost's "07:41:16.123 Z"
		return j + 2
	}
	if hasPrefixAt(b, j+1, "utc") && !isAlnum(byteAt(b, j+4)) {
		d.zoned = true // OpenVAS's "07h41.16 utc"
		return j + 4
	}
	if c := b[j+1]; c == '+' || c == '-' {
		if off, k := zone(b, j+1); k >= j+4 && (k == len(b) || !isAlnum(b[k])) {
			d.offset, d.zoned = off, true
			return k
		}
		return j
	}
	if off, k := lowerZone(b, j+1); k > 0 {
		d.offset, d.zoned = off, true // IOS writes the zone as `clock timezone` named it: "03:32:04.114 gmt: %SEC-6-…"
		return k
	}
	if abbrevEnd(b, j+1) == j+1 {
		if off, k, ok := longZoneName(b, j+1); ok {
			d.offset, d.zoned = off, true // WebLogic 14's "… 8:12:03,441 AM Central European Summer Time>"
			return k
		}
		return j // no abbreviation: the wall-clock instant that zoneAbbrev needs is not worth computing
	}
	if d.cjk && hasPrefixAt(b, j+1, "CST") && !isAlnum(byteAt(b, j+4)) {
		d.offset, d.zoned = 8*3600, true // a date written in Chinese names China Standard Time CST, not America's Central
		return j + 4
	}
	wall, _ := unixNano(max(d.year, 2000), max(d.mon, 1), max(d.day, 1), d.hour, d.min, d.sec, 0, 0)
	if off, k, ok := zoneAbbrev(b, j+1, wall, w); ok {
		d.offset, d.zoned = off, true
		if k+1 < len(b) && (b[k] == '+' || b[k] == '-') {
			if off, e := zone(b, k); e >= k+5 && !isAlnum(byteAt(b, e)) {
				d.offset, k = d.offset+off, zoneName(b, e) // JavaScript's Date: "GMT+0100 (Central European Standard Time)"
			} else if h, n := digitRun(b, k+1); n >= 1 && n <= 2 && h <= 14 && !isAlnum(byteAt(b, k+1+n)) {
				if b[k] == '-' {
					h = -h
				}
				d.offset, k = d.offset+h*3600, k+1+n // "UTC+2"
			}
		} else if off == 0 && hasPrefixAt(b, j+1, "GMT ") && (byteAt(b, k+1) == '+' || byteAt(b, k+1) == '-') {
			if h, n := digitRun(b, k+2); n >= 1 && n <= 2 && h <= 14 && byteAt(b, k+2+n) == ' ' {
				if b[k+1] == '-' {
					h = -h
				}
				d.offset, k = h*3600, k+2+n // TIBCO's hours after GMT and a blank: "08:41:16:204 GMT +1 BW.…"
			}
		}
		return k
	}
	return j
}

// zoneInParens reads a zone written in parentheses after the clock's blank at b[j], as open62541
// writes it: "08:41:16.102 (UTC+0100)". The zone must fill the parentheses; it returns the index
// after them, or j when there is none.
func zoneInParens(b []byte, j int, d *dateTime, w *wallClock) int {
	e := indexByteFrom(b[:min(len(b), j+16)], ')', j+2)
	if e < j+3 {
		return j
	}
	var buf [16]byte
	inner := append(append(buf[:0], ' '), b[j+2:e]...)
	dd := *d
	if zoneAfterClock(inner, 0, &dd, w) != len(inner) || !dd.zoned {
		return j
	}
	*d = dd
	return e + 1
}

// zoneName returns the index after the zone's name in parentheses that JavaScript's Date writes
// after its offset (" (Central European Standard Time)"), or i when none follows b[:i].
func zoneName(b []byte, i int) int {
	if !hasPrefixAt(b, i, " (") || !isAlphaAt(b, i+2) {
		return i
	}
	for j := i + 2; j < len(b) && j < i+64; j++ {
		switch c := b[j]; {
		case c == ')':
			return j + 1
		case !isAlpha(c) && c != ' ' && c != '.' && c != '-' && c != '\'':
			return i
		}
	}
	return i
}

// ampm matches a 12-hour clock's marker as a word at b[j:], a blank before it or none, and returns
// the index after it (j for none) and whether it is the afternoon's: "AM", "pm", and as Java's
// locales write them, "a.m." (Dutch), "p. m." (Spanish), "da tarde" (Portuguese), "vorm."/"nachm."
// (German before CLDR).
func ampm(b []byte, j int) (int, bool) {
	k := j
	if k < len(b) && b[k] == ' ' {
		k++
	} else if hasPrefixAt(b, k, narrowNoBreakSpace) {
		k += len(narrowNoBreakSpace) // CLDR 42 on, as Java 20's and ICU's formats write it: "7:41:16\u202fPM"
	}
	if byteAt(b, k) >= 0xC3 {
		return cjkMeridiem(b, k, j)
	}
	c := byteAt(b, k) | 0x20
	if c == 'a' || c == 'p' {
		if byteAt(b, k+1)|0x20 == 'm' && !isAlphaAt(b, k+2) {
			return k + 2, c == 'p'
		}
	}
	if c != 'a' && c != 'p' && c != 'v' && c != 'n' && c != 'd' && c != 'f' && c != 'e' {
		return j, false // most clocks: a blank and a digit, a level, a bracket
	}
	// The other spellings count only as words of their own: "nachm.example.com" is a host.
	for _, m := range meridiems {
		if e := k + len(m.word); c == m.word[0] && byteAt(b, k+1)|0x20 == m.word[1] && hasPrefixFold(b, k, m.word) && (e == len(b) || b[e] == ' ' || b[e] == ']' || b[e] == ')') {
			return e, m.pm
		}
	}
	return j, false
}

// narrowNoBreakSpace is U+202F in UTF-8, the blank CLDR puts between a clock and its AM or PM.
const narrowNoBreakSpace = "\u202f"

// cjkMeridiems are the markers of a 12-hour clock in Chinese, Japanese and Korean, as Java's
// %Tp and .NET's tt write them after or before the clock: 上午/下午, 午前/午後, 오전/오후.
var cjkMeridiems = [...]struct {
	word string
	pm   bool
}{{"上午", false}, {"下午", true}, {"午前", false}, {"午後", true}, {"오전", false}, {"오후", true},
	{"ÖÖ", false}, {"ÖS", true}, {"πμ", false}, {"μμ", true}} // and Turkish's and Greek's, whose letters are beyond ASCII too

// cjkMeridiem is ampm for a marker of cjkMeridiems at b[k:], a word of its own; j is where ampm
// began, returned when there is none.
func cjkMeridiem(b []byte, k, j int) (int, bool) {
	for _, m := range cjkMeridiems {
		if e := k + len(m.word); hasPrefixAt(b, k, m.word) && (e == len(b) || b[e] == ' ' || b[e] == ']' || b[e] == ')') {
			return e, m.pm
		}
	}
	return j, false
}

// meridiems are the spellings of a 12-hour clock's marker besides AM and PM, in lower case.
var meridiems = [...]struct {
	word string
	pm   bool
}{
	{"a.m.", false}, {"p.m.", true}, {"a. m.", false}, {"p. m.", true},
	{"vorm.", false}, {"nachm.", true},
	{"fm", false}, {"em", true}, // Swedish: förmiddag, eftermiddag
	{"da manhã", false}, {"da madrugada", false}, {"da tarde", true}, {"da noite", true},
}

// byteAt returns b[i], or 0 outside b.
func byteAt(b []byte, i int) byte {
	if i >= 0 && i < len(b) {
		return b[i]
	}
	return 0
}

// lowerZone reads a zone's abbreviation in lower case right before a colon and a message id, where
// a Cisco device writes the name its clock's zone was configured with ("gmt: %SEC-6-…"): its
// offset and its end, or 0 and 0 when b[i:] holds none.
func lowerZone(b []byte, i int) (offset, end int) {
	var up [5]byte
	n := 0
	for n < len(up) && i+n < len(b) && b[i+n] >= 'a' && b[i+n] <= 'z' {
		up[n] = b[i+n] - 'a' + 'A'
		n++
	}
	if n < 3 || !hasPrefixAt(b, i+n, ": %") {
		return 0, 0 // only where IOS writes it, before its message id: "cat: /etc/…" is a program's
	}
	min, known := zoneAbbrevs[string(up[:n])]
	if !known {
		return 0, 0
	}
	return min * 60, i + n
}
