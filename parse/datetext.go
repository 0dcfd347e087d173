package parse

import (
	"bytes"
	"sync"
	"sync/atomic"
	"time"
	_ "time/tzdata" // zone names in lines are read on machines without a zone database too
)

// Timestamps that spell the month as a word, as C's ctime and several servers write them:
// Apache's error log "[Mon Nov 23 14:00:05.123456 2026]", PHP's "[23-Nov-2026 14:00:05 UTC]" and
// Redis's "23 Nov 2026 14:00:07.123". Like parseISO they read wall-clock time in the parser's
// location unless a UTC or GMT follows.

// parseCtime reads "Mon Nov 23 14:00:05 2026" (day padded with a blank or a zero, an optional
// fraction after the seconds) at the start of b.
func parseCtime(b []byte, w *wallClock) (int64, int, bool) {
	if len(b) < 24 || b[3] != ' ' || !isAlpha(b[0]) || !isAlpha(b[1]) || !isAlpha(b[2]) {
		return 0, 0, false
	}
	mon, ok := month(b, 4)
	if !ok || b[7] != ' ' {
		return 0, 0, false
	}
	day, ok := digits(b, 9, 1)
	if b[8] != ' ' {
		day, ok = digits(b, 8, 2)
	}
	if !ok || b[10] != ' ' {
		return 0, 0, false
	}
	hour, min, sec, nsec, i, ok := clockAt(b, 11)
	if !ok || i >= len(b) || b[i] != ' ' {
		return 0, 0, false
	}
	year, ok := digits(b, i+1, 4)
	if !ok || isDigitAt(b, i+5) {
		return 0, 0, false
	}
	t, ok := unixNano(year, mon, day, hour, min, sec, nsec, 0)
	return zoneWord(b, i+5, t, w, ok)
}

// parseDMY reads "23-Nov-2026 14:00:05" (PHP) or "23 Nov 2026 14:00:07.123" (Redis) at the start
// of b; the day may have one digit.
func parseDMY(b []byte, w *wallClock) (int64, int, bool) {
	i := 2
	if len(b) > 1 && (b[1] == '-' || b[1] == ' ') {
		i = 1
	}
	if len(b) < i+18 {
		return 0, 0, false
	}
	day, ok := digits(b, 0, i)
	sep := b[i]
	if !ok || (sep != '-' && sep != ' ') {
		return 0, 0, false
	}
	mon, ok := month(b, i+1)
	if !ok || b[i+4] != sep {
		return 0, 0, false
	}
	year, ok := digits(b, i+5, 4)
	if !ok || b[i+9] != ' ' {
		return 0, 0, false
	}
	hour, min, sec, nsec, j, ok := clockAt(b, i+10)
	if !ok {
		return 0, 0, false
	}
	t, ok := unixNano(year, mon, day, hour, min, sec, nsec, 0)
	return zoneWord(b, j, t, w, ok)
}

// clockAt reads "14:00:05" with an optional '.' or ',' fraction at b[i:].
func clockAt(b []byte, i int) (hour, min, sec int, nsec int64, end int, ok bool) {
	if i+8 > len(b) || b[i+2] != ':' || b[i+5] != ':' {
		return 0, 0, 0, 0, 0, false
	}
	h, ok1 := digits(b, i, 2)
	m, ok2 := digits(b, i+3, 2)
	s, ok3 := digits(b, i+6, 2)
	end = i + 8
	if end+1 < len(b) && (b[end] == '.' || b[end] == ',') && isDigitAt(b, end+1) {
		nsec, end = fraction(b, end+1)
	}
	return h, m, s, nsec, end, ok1 && ok2 && ok3 && !isDigitAt(b, end)
}

// zoneWord finishes a wall-clock time t read up to b[i:]: a following " UTC" or " GMT" makes it
// UTC, and a zone abbreviation (" CEST", " EST") puts it at that zone's offset, also in
// parentheses; either is consumed. Otherwise it is in the parser's location.
func zoneWord(b []byte, i int, t int64, w *wallClock, ok bool) (int64, int, bool) {
	if byteAt(b, i) == ' ' && byteAt(b, i+1) == '(' {
		wall := time.Unix(0, t).UTC()
		d := dateTime{year: wall.Year(), mon: int(wall.Month()), day: wall.Day(), hour: wall.Hour(), min: wall.Minute(), sec: wall.Second()}
		if e := zoneInParens(b, i, &d, w); e > i {
			return t - int64(d.offset)*nsPerSec, e, ok // open62541's "… 08:41:16.102 (UTC+0100)"
		}
	}
	if i+1 < len(b) && b[i] == ' ' && b[i+1] >= 'A' && b[i+1] <= 'Z' { // every zone name is capitalized
		if n := utcWord(b, i); n > i {
			return t, n, ok
		}
		if off, n, known := zoneAbbrev(b, i+1, t, w); known {
			return t - int64(off)*nsPerSec, n, ok
		}
		if off, n, known := ianaZone(b, i+1, t); known {
			return t - off, n, ok
		}
	}
	return w.utc(t), i, ok
}

// ianaZones caches the zones named in lines, loaded once each: a *time.Location, or nil for a
// name the zone database does not know. Names are data a log's writer chooses: past
// maxIANANames, a name not seen before is not looked up, so that lines of invented names cost
// neither memory nor lookups.
var (
	ianaZones sync.Map
	ianaNames atomic.Int32
)

const maxIANANames = 1024

// ianaZone reads a zone named by the zone database after a time, "Europe/Berlin" as PHP writes
// it with date.timezone set: the offset of that zone at the wall-clock time wall (nanoseconds),
// and the index after the name. Names are looked up once; an unknown one is no zone.
func ianaZone(b []byte, i int, wall int64) (int64, int, bool) {
	e := i
	for e < len(b) && e-i < 40 && (isAlnum(b[e]) || b[e] == '/' || b[e] == '_' || b[e] == '-' || b[e] == '+') {
		e++
	}
	name := b[i:e]
	if bytes.IndexByte(name, '/') < 1 || name[len(name)-1] == '/' || e < len(b) && b[e] != ']' && b[e] != ' ' {
		return 0, i, false
	}
	v, seen := ianaZones.Load(string(name))
	if !seen && ianaNames.Add(1) > maxIANANames {
		return 0, i, false
	}
	if !seen {
		loc, err := time.LoadLocation(string(name))
		if err != nil {
			loc = nil
		}
		v, _ = ianaZones.LoadOrStore(string(name), loc)
	}
	loc, _ := v.(*time.Location)
	if loc == nil {
		return 0, i, false
	}
	// The offset in force at the wall-clock time: the UTC instant that reads as wall there.
	_, off := time.Unix(0, wall).In(loc).Zone()
	_, off2 := time.Unix(0, wall-int64(off)*nsPerSec).In(loc).Zone()
	return int64(off2) * nsPerSec, e, true
}

// utcWord matches " UTC" or " GMT" as a whole word at b[i:] and returns the index after it, or i.
func utcWord(b []byte, i int) int {
	if !hasPrefixAt(b, i, " UTC") && !hasPrefixAt(b, i, " GMT") {
		return i
	}
	if j := i + 4; j == len(b) || b[j] == ' ' || b[j] == ']' {
		return j
	}
	return i
}
