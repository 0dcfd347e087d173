package parse

import "bytes"

// GLib's default log handler, which GNOME programs and every other GLib program write to stderr,
// and so to the journal and to syslog:
//
//	(gnome-shell:2210): Gjs-WARNING **: 07:41:16.123: JS ERROR: …
//	** (evince:5120): CRITICAL **: 07:41:18.004: …                (a program without a domain)
//	(gnome-software:3011): GLib-GIO-DEBUG: 07:41:19.331: …
//	** Message: 07:41:21.002: Connecting to session bus
//	GLib-GIO-Message: 07:41:22.001: Using the 'memory' GSettings backend.
//	rauc-Message: 07:41:23.118: installing /data/update.raucb   (an application's own domain)
//
// The time of day is GLib 2.56's and later's; older versions write none.

// glibHeader reads GLib's header at line[i:]: the level, where its time of day starts (-1 when
// it writes none) and where the message starts. A header is taken only when GLib's marks say so
// (the "**", the program and pid in parentheses) or when a domain and a time of day frame the
// level, so that "ERROR: disk full" is left to the other readers.
func glibHeader(line []byte, i int) (lvl Level, clock, msg int, ok bool) {
	if c := byteAt(line, i); c != '*' && c != '(' && (!isAlpha(c) || bytes.IndexByte(line[i:min(len(line), i+40)], '-') < 0) {
		return Unknown, 0, 0, false // without its marks, a header is a domain, a dash and the level
	}
	marked := false
	if hasPrefixAt(line, i, "** ") {
		marked, i = true, i+3
	}
	if byteAt(line, i) == '(' {
		j := indexByteFrom(line[:min(len(line), i+80)], ')', i)
		if j < 0 || !hasPrefixAt(line, j, "): ") || !programAndPid(line[i+1:j]) {
			return Unknown, 0, 0, false
		}
		marked, i = true, j+3
	}
	e := i
	for e < len(line) && e-i < 64 && line[e] != ' ' && line[e] != ':' {
		e++
	}
	name, domain := line[i:e], false
	if hasPrefixAt(line, e, " **:") {
		marked, e = true, e+3
	}
	if byteAt(line, e) != ':' || e+1 < len(line) && line[e+1] != ' ' {
		return Unknown, 0, 0, false
	}
	if k := bytes.LastIndexByte(name, '-'); k > 0 {
		name, domain = name[k+1:], true
	}
	if lvl, ok = glibLevel(name); !ok {
		return Unknown, 0, 0, false
	}
	msg, clock = skipBlanks(line, e+1), -1
	if glibClock(line, msg) {
		clock, msg = msg, skipBlanks(line, msg+13)
	}
	if !marked && !(domain && clock >= 0) {
		return Unknown, 0, 0, false
	}
	return lvl, clock, msg, true
}

// glibLevel maps GLib's level names, written exactly so (in capitals, Message capitalized), onto
// levels by their names (GLib aborts after an ERROR, and journald files it as an error).
func glibLevel(w []byte) (Level, bool) {
	if string(w) == "Message" {
		return Notice, true
	}
	if string(w) == "MESSAGE" {
		return Unknown, false
	}
	return capitalGlibName(w)
}

// capitalGlibName maps a GLib level's name written in capitals onto its level (see glibName).
func capitalGlibName(w []byte) (Level, bool) {
	if len(w) > len("CRITICAL") || !isUpperWord(w) {
		return Unknown, false
	}
	var lower [len("CRITICAL")]byte
	for i, c := range w {
		lower[i] = c + 'a' - 'A'
	}
	return glibName(lower[:len(w)])
}

// gvmLevel reads the level that gvm-libs (Greenbone's and OpenVAS's logs) writes in GLib's names
// in capitals, glued by colons between a module and the time: "main:MESSAGE:" in "md
// main:MESSAGE:2026-11-29 07h41.16 UTC:4120: …". glued says the word runs into the time.
func gvmLevel(w []byte, glued bool) (Level, bool) {
	if !glued || len(w) < 2 || w[len(w)-1] != ':' {
		return Unknown, false
	}
	w = w[bytes.LastIndexByte(w[:len(w)-1], ':')+1 : len(w)-1]
	if len(w) < 4 {
		return Unknown, false
	}
	return capitalGlibName(w)
}

// glibName maps a GLib level's name in lower case onto its level: message, between info and
// warning, is a notice.
func glibName(w []byte) (Level, bool) {
	switch string(w) {
	case "error":
		return Error, true
	case "critical":
		return Critical, true
	case "warning":
		return Warn, true
	case "message":
		return Notice, true
	case "info":
		return Info, true
	case "debug":
		return Debug, true
	}
	return Unknown, false
}

// programAndPid reports whether b is "program:pid", as GLib names the process in parentheses.
func programAndPid(b []byte) bool {
	k := bytes.LastIndexByte(b, ':')
	if k < 1 || k == len(b)-1 {
		return false
	}
	for _, c := range b[k+1:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// glibClock reports whether line[i:] opens with GLib's time of day, "07:41:16.123: ".
func glibClock(line []byte, i int) bool {
	return len(line) >= i+13 && line[i+2] == ':' && line[i+5] == ':' && line[i+8] == '.' && line[i+12] == ':' &&
		isDigitAt(line, i) && isDigitAt(line, i+1) && isDigitAt(line, i+9) && isDigitAt(line, i+11) &&
		(len(line) == i+13 || line[i+13] == ' ')
}

// glibLine reads a line of GLib's handler on its own (a program's stderr): its level, and its
// time of day placed as a clock alone is.
func glibLine(line []byte, now int64, w *wallClock, rec *Record) bool {
	lvl, clock, msg, ok := glibHeader(line, 0)
	if !ok {
		return false
	}
	rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
	if clock >= 0 {
		if t, _, ok := parseClock(line[clock:], now, w); ok {
			rec.Time = t
		}
	}
	return true
}
