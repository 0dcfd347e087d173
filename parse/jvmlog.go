package parse

import "bytes"

// The JVM's unified logging (-Xlog) writes its decorations in brackets back to back before the
// message, in a fixed order: the time (time, utctime), the uptime (uptime, uptimemillis,
// uptimenanos), the time as Unix milliseconds or nanoseconds (timemillis "1796236598847ms",
// timenanos), the host's name (hostname), the pid and the thread's id, the level padded to five
// ("info "), and the tags ("gc,heap"). Any of them may be left out:
// "[2026-11-29T07:41:16.647+0000][web-07][32376][info ][gc     ] Using G1".

// jvmDecorations reads a line that opens with the JVM's decorations into rec: its time (written,
// else the Unix one), its host and its level. It reads only a line with a time among them, whose
// groups are all decorations in their order, the level and the tags last.
func jvmDecorations(line []byte, now int64, w *wallClock, rec *Record) bool {
	var t int64
	var host Span
	lvl, i, groups, after, tags := Unknown, 0, 0, false, false // after: past the host's place (a pid, a level)
	counts := true                                             // every group a count with its unit
	for byteAt(line, i) == '[' {
		end := indexByteFrom(line[:min(len(line), i+64)], ']', i+1)
		if end < 0 {
			return false
		}
		g := line[i+1 : end]
		word := trimSpace(g)
		unit, digits := jvmUnit(word)
		counts = counts && unit != ""
		switch {
		case len(word) == 0:
			return false
		case unit != "":
			if ms, ok := jvmEpoch(word[:digits], unit, now); ok && t == 0 && !after {
				t = ms // timemillis or timenanos; an uptime's count is no time
			} else if !ok && after {
				return false
			}
		case isDigit(word[0]) && digitsOnly(word):
			after = true // the pid, the thread's id
		case isDigit(word[0]) && !after:
			tt, n, ok := parseISO(word, w)
			if !ok || n != len(word) {
				return false
			}
			if t == 0 {
				t = tt // time; a utctime after it says the same
			}
		default:
			if l, ok := ParseLevel(word); ok && lvl == Unknown && len(g) <= 7 {
				lvl, after = l, true
			} else if !after && host.End == 0 && hostLike(word) && groups > 0 {
				host = Span{int32(i + 1), int32(end)}
			} else if lvl == Unknown || !tagWords(word) {
				return false // the tags come after the level; anything else is no decoration
			} else {
				tags = true
			}
		}
		groups++
		i = end + 1
	}
	// The tags close the decorations ("[…][mon1][INFO] msg" is Log4perl's, or a layout's logger),
	// unless all are counts: "[1795938076204ms][1204117302ns] Using G1".
	if t == 0 || !tags && !(counts && groups > 1) || byteAt(line, i) != ' ' && i != len(line) {
		return false
	}
	*rec = Record{Format: FormatLayout, Time: t, Level: lvl, Host: host, Message: Span{int32(skipBlanks(line, i)), int32(len(line))}}
	return true
}

// jvmCount reports whether the line's first decoration is a count with its unit ("[0.512s]",
// "[1796236598847ms]").
func jvmCount(line []byte) bool {
	end := indexByteFrom(line[:min(len(line), 32)], ']', 1)
	unit, _ := jvmUnit(line[1:max(end, 1)])
	return end > 0 && unit != ""
}

// jvmUnit returns the unit a decoration's count ends with ("s", "ms", "ns") and where its digits
// end, or "".
func jvmUnit(word []byte) (string, int) {
	n := 0
	for n < len(word) && (isDigit(word[n]) || word[n] == '.') {
		n++
	}
	if n == 0 {
		return "", 0
	}
	switch unit := string(word[n:]); unit {
	case "s", "ms", "ns":
		return unit, n
	}
	return "", 0
}

// jvmEpoch reads a count of milliseconds or nanoseconds since 1970 as a time, when it is one.
func jvmEpoch(count []byte, unit string, now int64) (int64, bool) {
	if unit == "s" || bytes.IndexByte(count, '.') >= 0 || !digitsOnly(count) {
		return 0, false
	}
	var n int64
	for _, c := range count[:min(len(count), 19)] {
		n = n*10 + int64(c-'0')
	}
	if unit == "ms" {
		if len(count) > 13 {
			return 0, false
		}
		n *= 1e6
	}
	return n, plausible(n, now)
}

// tagWords reports whether a decoration is the JVM's tags: lower-case words joined by commas,
// padded with blanks.
func tagWords(word []byte) bool {
	for _, c := range word {
		if !('a' <= c && c <= 'z' || c == ',' || c == '_' || isDigit(c)) {
			return false
		}
	}
	return true
}

// launcherNote reports whether line is the note the JVM's launcher writes when it starts with
// options from the environment, "Picked up JAVA_TOOL_OPTIONS: -Xmx2g", a record of its own
// wherever a restart puts it among a program's lines.
func launcherNote(line []byte) bool {
	if line[0] != 'P' || !hasPrefixAt(line, 0, "Picked up ") {
		return false
	}
	rest := line[len("Picked up "):]
	return hasPrefixAt(rest, 0, "JAVA_TOOL_OPTIONS:") || hasPrefixAt(rest, 0, "_JAVA_OPTIONS:") || hasPrefixAt(rest, 0, "JDK_JAVA_OPTIONS:")
}
