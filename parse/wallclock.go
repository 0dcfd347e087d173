package parse

import (
	"math"
	"time"
)

// wallClock converts between UTC and the wall-clock time of a location, for timestamps written
// without a zone. It remembers the zone period (an offset between two daylight-saving changes) of
// the last conversion, so a source costs one time-zone lookup per period, not one per line. A nil
// wallClock, or one without a location, is UTC.
type wallClock struct {
	loc      *time.Location
	slashes  slashOrder // the order the source's slashed dates have shown
	shortYY  shortOrder // the order the source's dates with a two-digit year have shown
	yearless slashOrder // the order the source's dates without a year have shown
	from, to int64      // the remembered period, in wall-clock nanoseconds
	offset   int64      // its offset east of UTC, in nanoseconds

	// The last clock reading today was asked about, its wall-clock time and that time's year. A
	// Parser's clock changes every nowRefresh lines, and every time written without a year or a
	// date needs both, which cost a zone lookup and a calendar conversion.
	now, nowWall int64
	nowYear      int

	// written answers the latest time the text at a byte offset can have been written (the
	// file's modification time for what it held when opened), 0 when not known; offset is the
	// line's being read (at). A time without its year or its date is placed before it rather than
	// before now; only a time of day or a year is filled in from it, so a wrong modification time
	// never makes a written time implausible. It is asked only for such a time: most lines carry
	// their date.
	written func(offset int64) int64
	at      int64

	clocks clockKind // what the source's bare times of day count (see sinceStart)

	// day is the wall-clock midnight of the day the source has declared for the bare times of day
	// under it (sar's banner, or a record with a date of its own), 0 when none or not worked out
	// yet; last is the wall-clock time last placed on it, which tells a time of day past midnight
	// (see onDeclaredDay).
	day, last int64
	// datedAt is the time of the source's last record that had a date of its own (see dated), and
	// bareAt the last time placed from a time of day alone: a record whose time is not bareAt had
	// its date.
	datedAt, bareAt int64

	chinese bool // the source has written a line in Chinese: its CST is China's (see zoneAbbrev)
}

// clockKind is a source's verdict on its bare times of day.
type clockKind uint8

const (
	clocksUnknown    clockKind = iota
	clocksOfDay                // times of day, placed on the day they were written
	clocksSinceStart           // the time since the program started: no times of the records
)

// sinceStart reports whether a bare time of day, hour:min:sec, counts the time since the source's
// program started rather than the time of day. Many programs stamp their lines so (VirtualBox's
// VBox.log, sway's debug log, game servers, poudriere): their first line reads 00:00:00, the
// start itself. The first bare time read decides for the whole source, and only when it is on
// the source's first line: a log rotated at midnight seldom begins at the second of midnight,
// and a read that begins in a file's middle does not see its start, so its clocks stay times of
// day.
func (w *wallClock) sinceStart(hour, min, sec int) bool {
	if w == nil {
		return false
	}
	if w.clocks == clocksUnknown {
		w.clocks = clocksOfDay
		if w.at == 0 && hour == 0 && min == 0 && sec == 0 {
			w.clocks = clocksSinceStart
		}
	}
	return w.clocks == clocksSinceStart
}

// declare takes the day a source declares for the bare times of day that follow it, given as a
// wall-clock time on that day.
func (w *wallClock) declare(wall int64) {
	if w != nil {
		w.day, w.last = wall-wall%(secPerDay*nsPerSec), 0
	}
}

// dated notes a record's time that came with its date: the times of day alone after it are on its
// day (a chat log's rows under its session banner, a program's bare clocks after a dated line),
// rather than on the day they are read. Worked out when one is placed (see onDeclaredDay).
func (w *wallClock) dated(t int64) {
	if w != nil && t != w.datedAt && t != w.bareAt {
		w.datedAt, w.day = t, 0
	}
}

// bare notes t as a time placed from a time of day alone, which declares no day, and returns it.
func (w *wallClock) bare(t int64) int64 {
	if w != nil {
		w.bareAt = t
	}
	return t
}

// restarted says a report's table has ended: the next one's clock starts again on the declared
// day, which a clock going back does not then move on (sar -f prints each section from midnight).
func (w *wallClock) restarted() {
	if w != nil && w.day != 0 {
		w.last = 0
	}
}

// declaredDay reports whether the source has declared a day for its times of day alone.
func (w *wallClock) declaredDay() bool { return w != nil && (w.day != 0 || w.datedAt != 0) }

// clockSkew is how far before a dated record's time a time of day after it may be and still be
// read as written before it, across a midnight, rather than on its day.
const clockSkew = int64(time.Hour)

// onDeclaredDay places a time of day on the declared day, or on the next one once the clock has
// gone back by more than half a day (the rows of a report running past midnight), and returns its
// wall-clock time.
func (w *wallClock) onDeclaredDay(hour, min, sec int, nsec int64) int64 {
	const day = secPerDay * nsPerSec
	clock := int64(hour*3600+min*60+sec)*nsPerSec + nsec
	if w.day == 0 {
		wall := w.wall(w.datedAt)
		w.day, w.last = wall-wall%day, wall
		if since := w.day - day + clock; since <= wall && wall-since <= clockSkew {
			// Just before the dated time across its midnight (a sample taken at 23:59:58 under
			// a header dated 00:00:01): the day before, not nearly a day later.
			w.day -= day
			w.last = since
		}
	}
	t := w.day + clock
	if w.last != 0 && t < w.last-day/2 {
		w.day += day
		t += day
	}
	w.last = t
	return t
}

// inUTC makes the source's times without a zone UTC's, as a header that says so asks.
func (w *wallClock) inUTC() {
	w.loc, w.from, w.to, w.offset, w.now = time.UTC, 0, 0, 0, 0
}

// utc returns the UTC time of a wall-clock time given as if it were UTC.
func (w *wallClock) utc(wall int64) int64 {
	if w == nil || w.loc == nil || w.loc == time.UTC {
		return wall
	}
	if wall < w.from || wall >= w.to {
		w.learn(wall)
	}
	return wall - w.offset
}

// wall returns the wall-clock time, as if it were UTC, of a UTC time.
func (w *wallClock) wall(utc int64) int64 {
	if w == nil || w.loc == nil || w.loc == time.UTC {
		return utc
	}
	_, off := time.Unix(0, utc).In(w.loc).Zone()
	return utc + int64(off)*int64(time.Second)
}

// today returns the wall-clock time of now, as wall does, and the calendar year of that time; now
// is the latest time the line can have been written, when that is known and earlier.
func (w *wallClock) today(now int64) (wall int64, year int) {
	if w == nil {
		return now, civilYear(now)
	}
	if w.written != nil {
		if latest := w.written(w.at); latest > earliestPlausible && latest < now {
			now = latest
		}
	}
	if now != w.now || w.nowYear == 0 {
		w.now, w.nowWall = now, w.wall(now)
		w.nowYear = civilYear(w.nowWall)
	}
	return w.nowWall, w.nowYear
}

// learn looks up the zone period around a wall-clock time. Reading the wall time as a UTC instant
// is off by the offset itself, which only matters within hours of a daylight-saving change.
func (w *wallClock) learn(wall int64) {
	t := time.Unix(0, wall).In(w.loc)
	_, off := t.Zone()
	w.offset = int64(off) * int64(time.Second)
	start, end := t.ZoneBounds()
	w.from, w.to = math.MinInt64, math.MaxInt64
	if !start.IsZero() {
		w.from = start.UnixNano() + w.offset
	}
	if !end.IsZero() {
		w.to = end.UnixNano() + w.offset
	}
}
