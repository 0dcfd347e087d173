package parse

import (
	"errors"
	"fmt"
)

// A strftime layout compiled into steps, for the timestamp formats of formats defined without code
// (lnav's "timestamp-format" is a list of them). Reading a time walks the steps over the captured
// text without allocating, as the hand-written parsers in timestamp.go do.
//
// Conversions: %Y %y %m %d %e %H %k %I %l %M %S, the fraction %L (milliseconds), %f and %N (any
// number of digits after the point), month names %b %h %B, weekday names %a %A (read and
// ignored), %p, the zone %z ("Z", "+hh:mm", "+hhmm", "+hh") and %Z (a zone word: UTC and GMT are
// UTC, any other word leaves the time in the parser's location), epoch times %s (seconds), %i
// (milliseconds) and %6 (microseconds), the shorthands %T %F %D %R %r, and %%. A blank in the layout
// matches any run of blanks, as strptime's does, so "%b %e" reads both "Feb 16" and "Feb  6".

// tsStep is one step of a layout: a conversion letter, or op 0 and a literal byte.
type tsStep struct{ op, lit byte }

// tsLayout is a compiled strftime layout.
type tsLayout struct {
	steps []tsStep
	text  string // the layout as written, for error messages
}

// tsShorthand expands a composite conversion into its parts; ok is false for any other letter.
func tsShorthand(c byte) (string, bool) {
	switch c {
	case 'T':
		return "%H:%M:%S", true
	case 'F':
		return "%Y-%m-%d", true
	case 'D':
		return "%m/%d/%y", true
	case 'R':
		return "%H:%M", true
	case 'r':
		return "%I:%M:%S %p", true
	}
	return "", false
}

// compileStrftime compiles a layout; an unknown conversion is an error that names the conversion
// (the caller names the layout).
func compileStrftime(layout string) (tsLayout, error) {
	l := tsLayout{text: layout}
	if err := l.add(layout, 0); err != nil {
		return tsLayout{}, err
	}
	if len(l.steps) == 0 {
		return tsLayout{}, errors.New("empty")
	}
	return l, nil
}

func (l *tsLayout) add(layout string, depth int) error {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		switch {
		case c == ' ' || c == '\t':
			l.steps = append(l.steps, tsStep{op: ' '})
			continue
		case c != '%':
			l.steps = append(l.steps, tsStep{lit: c})
			continue
		case i+1 == len(layout):
			return fmt.Errorf("a lone %% at the end")
		}
		i++
		d := layout[i]
		switch d {
		case '%':
			l.steps = append(l.steps, tsStep{lit: '%'})
		case 'Y', 'y', 'm', 'd', 'e', 'H', 'k', 'I', 'l', 'M', 'S', 'L', 'f', 'N', 'b', 'a', 'p', 'z', 'Z', 's', 'i', '6':
			l.steps = append(l.steps, tsStep{op: d})
		case 'h', 'B':
			l.steps = append(l.steps, tsStep{op: 'b'})
		case 'A':
			l.steps = append(l.steps, tsStep{op: 'a'})
		default:
			if s, ok := tsShorthand(d); ok && depth == 0 {
				if err := l.add(s, 1); err != nil {
					return err
				}
				continue
			}
			return fmt.Errorf("%%%c is not a conversion trawl reads", d)
		}
	}
	return nil
}

// tsFields collects what the steps read.
type tsFields struct {
	year, mon, day, hour, min, sec int
	nsec                           int64
	offset                         int // seconds east of UTC, when zoned
	epoch                          int64
	hasYear, hasDate, isEpoch      bool
	zoned, ampm, pm                bool
	// abbrev is a %Z word other than UTC and GMT ("CET", "EST"), read as zoneAbbrev reads one
	// once the wall time is known; abbrevLen is 0 when there is none.
	abbrev    [5]byte
	abbrevLen uint8
}

// read runs the layout over b; n is how many bytes it consumed.
func (l *tsLayout) read(b []byte) (f tsFields, n int, ok bool) {
	i := 0
	for _, st := range l.steps {
		switch st.op {
		case 0:
			if i >= len(b) || b[i] != st.lit {
				return f, 0, false
			}
			i++
		case ' ':
			for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
				i++
			}
		default:
			if i, ok = f.step(st.op, b, i); !ok {
				return f, 0, false
			}
		}
	}
	if f.ampm {
		if f.hour < 1 || f.hour > 12 {
			return f, 0, false
		}
		f.hour %= 12
		if f.pm {
			f.hour += 12
		}
	}
	return f, i, true
}

// step reads one conversion at b[i:] and returns the index after it.
func (f *tsFields) step(op byte, b []byte, i int) (int, bool) {
	var ok bool
	switch op {
	case 'Y':
		f.year, i, ok = num(b, i, 4, 4)
		f.hasYear = true
	case 'y':
		f.year, i, ok = num(b, i, 2, 2)
		f.year += 1900
		if f.year < 1969 { // POSIX: 69–99 are 1969–1999, 00–68 are 2000–2068
			f.year += 100
		}
		f.hasYear = true
	case 'm':
		f.mon, i, ok = num(b, i, 1, 2)
		f.hasDate = true
	case 'd', 'e':
		f.day, i, ok = num(b, skipBlank(b, i), 1, 2)
		f.hasDate = true
	case 'H', 'k', 'I', 'l':
		f.hour, i, ok = num(b, skipBlank(b, i), 1, 2)
		f.ampm = f.ampm || op == 'I' || op == 'l'
	case 'M':
		f.min, i, ok = num(b, i, 1, 2)
	case 'S':
		f.sec, i, ok = num(b, i, 1, 2)
	case 'L':
		ok = isDigitAt(b, i) && isDigitAt(b, i+1) && isDigitAt(b, i+2)
		if ok {
			f.nsec, _ = fraction(b[:i+3], i)
			i += 3
		}
	case 'f', 'N':
		ok = isDigitAt(b, i)
		f.nsec, i = fraction(b, i)
	default:
		return f.wordStep(op, b, i)
	}
	return i, ok
}

// wordStep reads the conversions that are not plain numbers.
func (f *tsFields) wordStep(op byte, b []byte, i int) (int, bool) {
	switch op {
	case 'b':
		m, ok := month(b, i)
		f.mon, f.hasDate = m, true
		return skipLetters(b, i+3), ok
	case 'a':
		j := skipLetters(b, i)
		return j, j >= i+2
	case 'p':
		if i+2 > len(b) || b[i+1]|0x20 != 'm' || (b[i]|0x20 != 'a' && b[i]|0x20 != 'p') {
			return i, false
		}
		f.pm = b[i]|0x20 == 'p'
		return i + 2, true
	case 'z':
		off, j := zone(b, i)
		f.offset, f.zoned = off, j > i
		return j, j > i
	case 'Z':
		j := skipLetters(b, i)
		w := b[i:j]
		if string(w) == "UTC" || string(w) == "GMT" || string(w) == "Z" {
			f.offset, f.zoned = 0, true
		} else if len(w) <= len(f.abbrev) {
			f.abbrevLen = uint8(copy(f.abbrev[:], w))
		}
		return j, j > i
	case 's', 'i', '6':
		return f.epochStep(op, b, i)
	}
	return i, false
}

// epochStep reads a Unix time in seconds (%s), milliseconds (%i) or microseconds (%6).
func (f *tsFields) epochStep(op byte, b []byte, i int) (int, bool) {
	v, j, ok := num(b, i, 1, 18)
	if !ok || v <= 0 {
		return i, false
	}
	unit := nsPerSec
	switch op {
	case 'i':
		unit = 1e6
	case '6':
		unit = 1e3
	}
	if int64(v) > (1<<63-1)/unit {
		return i, false
	}
	f.epoch, f.isEpoch = int64(v)*unit, true
	return j, true
}

// num reads between lo and hi ASCII digits at b[i:], as many as there are.
func num(b []byte, i, lo, hi int) (v, next int, ok bool) {
	j := i
	for j < len(b) && j-i < hi && b[j] >= '0' && b[j] <= '9' {
		v = v*10 + int(b[j]-'0')
		j++
	}
	return v, j, j-i >= lo
}

// skipBlank passes over the blank that pads %e, %k and %l (and %d as glibc reads it).
func skipBlank(b []byte, i int) int {
	if i < len(b) && b[i] == ' ' {
		return i + 1
	}
	return i
}

func skipLetters(b []byte, i int) int {
	for i < len(b) && isAlpha(b[i]) {
		i++
	}
	return i
}

// time turns the fields into Unix nanoseconds. A time without a year takes the year that puts it
// at most two days ahead of now, and a time without a date takes today's date (yesterday's when
// that would be more than half a day ahead), as the built-in syslog and logback readers do; a time
// without a zone is wall-clock time in w's location.
func (f *tsFields) time(now int64, w *wallClock) (int64, bool) {
	if f.isEpoch {
		return f.epoch + f.nsec, true
	}
	var t int64
	var ok bool
	switch {
	case f.hasYear:
		t, ok = unixNano(f.year, f.mon, f.day, f.hour, f.min, f.sec, f.nsec, 0)
	case f.hasDate:
		t, ok = inferYear(w, now, f.mon, f.day, f.hour, f.min, f.sec, f.nsec)
	default:
		t, ok = clockToday(w.wall(now), f.hour, f.min, f.sec, f.nsec)
	}
	if !ok {
		return 0, false
	}
	if !f.zoned && f.abbrevLen > 0 {
		// The machine's zone database names it first, then the table of common names (see
		// zoneAbbrev); a word neither knows leaves the time in local time.
		if off, _, ok := zoneAbbrev(f.abbrev[:f.abbrevLen], 0, t, w); ok {
			f.offset, f.zoned = off, true
		}
	}
	if f.zoned {
		return t - int64(f.offset)*nsPerSec, true
	}
	return w.utc(t), true
}

// clockToday places a time of day on now's date, or the day before when it would be more than
// half a day ahead (a line written before midnight and read after it).
func clockToday(now int64, hour, min, sec int, nsec int64) (int64, bool) {
	if hour > 23 || min > 59 || sec > 60 {
		return 0, false
	}
	const day = secPerDay * nsPerSec
	midnight := now - now%day
	if now < 0 && now%day != 0 {
		midnight -= day
	}
	t := midnight + int64(hour*3600+min*60+sec)*nsPerSec + nsec
	if t > now+day/2 {
		t -= day
	}
	return t, true
}
