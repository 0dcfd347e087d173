package parse

import "bytes"

// clockOpeningBytes bounds how far into a line clockOpening looks for its clock.
const clockOpeningBytes = 64

// clockOpening fingerprints how a line opens, up to the seconds of its first clock (hh:mm:ss):
// each byte's class, with a run of digits, of letters or of blanks counted once, so that
// "Nov 29 07:41:16 db1 cron[7]:" and "Dec  1 23:05:09 db2 sshd[4411]:" open alike, and
// "10.0.0.7 - - [29/Nov/2026:07:41:16" opens as any other client's line. It returns 0 when no
// clock comes within the line's first clockOpeningBytes.
func clockOpening(line []byte) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	var last byte // the class added last
	n := min(len(line), clockOpeningBytes)
	for i := 0; i < n; i++ {
		c := line[i]
		class := c
		switch {
		case isDigit(c):
			class = '9'
			if i+5 < len(line) && line[i+2] == ':' && line[i+5] == ':' && isDigit(line[i+1]) && isDigit(line[i+3]) && isDigit(line[i+4]) &&
				isDigit(byteAt(line, i+6)) && isDigit(byteAt(line, i+7)) {
				h = (h ^ 'c') * prime // the clock itself, whatever its hour
				if h == 0 {
					h = 1
				}
				return h
			}
		case isAlpha(c):
			class = 'a'
		case c == '\t':
			class = ' '
		}
		if class == last && (class == '9' || class == 'a' || class == ' ') {
			continue
		}
		h = (h ^ uint64(class)) * prime
		last = class
	}
	return 0
}

// openings are the two last distinct ways a source's timed records opened: a relay's file
// alternates two ("<38>Mar  1 …" and "Mar  1 …").
type openings [2]uint64

func (o *openings) add(opening uint64) {
	if opening != 0 && opening != o[0] {
		o[0], o[1] = opening, o[0]
	}
}

func (o *openings) has(opening uint64) bool {
	return opening != 0 && (opening == o[0] || opening == o[1])
}

// opensAlike reports whether line opens as one of the source's last timed records did, up to its
// clock, under a pending record that opened with its time, and no open block (a traceback's, a
// crash report's, an output's) takes lines whatever they open with.
func (s *Stream) opensAlike(line []byte) bool {
	return s.openings[0] != 0 && s.stamped && s.stampedStarts >= s.plainStarts &&
		!s.inTrace && !s.outputOpen && !s.ulfOpen && !s.boxOpen && (!s.dump.opened || s.dump.closed) &&
		s.openings.has(clockOpening(line)) && !(isDigit(line[0]) && outOfRangeStamp(line)) // (a date no clock reads opens an untimed record)
}

// timedContinuation reports whether a line that opens as its record did goes on with it all the
// same: a repeat's mark, a shell command's escaped newline, a container runtime's split line, a
// traceback or ESXi's marked lines under their own times, apt's history block, one audit event's
// records, a Sysmon field.
func (s *Stream) timedContinuation(line []byte) bool {
	if markedRepeat(line, s.raw) {
		return true
	}
	if n := len(s.raw); n > 0 && s.raw[n-1] == '\\' && continuedCommand(s.raw, s.p.nowNano()) {
		return true
	}
	if stream, _ := criPiece(line); stream != "" {
		if last, tag := criPiece(lastLine(s.raw)); last == stream && tag == 'P' {
			return true
		}
	}
	switch {
	case isDigit(line[0]) && s.rec.Time != 0 && (s.stampedTraceback(line) || esxiLineMarker(line, s.raw)):
		return true
	case byteAt(s.raw, 0) == 'S' && hasPrefixAt(s.raw, 0, "Start-Date: ") && aptField(line) && !hasPrefixAt(line, 0, "Start-Date: ") && !bytes.Contains(s.raw, []byte("\nEnd-Date: ")):
		return true
	case isAlpha(line[0]) && s.rec.Time != 0 && announcedFields(s.raw) && labelled(line) && !levelLabel(line) && s.timeField(line):
		return true
	}
	return sameAuditEvent(s.raw, line)
}
