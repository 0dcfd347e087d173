package parse

import "bytes"

// Configuration Manager's log format, which CMTrace reads and every ConfigMgr and Intune client
// log uses (CcmExec.log, AppEnforce.log, IntuneManagementExtension.log):
//
//	<![LOG[message]LOG]!><time="08:41:16.123-060" date="11-29-2026" component="…" context="" type="2" thread="4188" file="…">
//
// The time is local with the zone's bias in minutes after it (UTC is local time plus the bias,
// so -060 is Central European Time), the date is month-day-year, and type is the severity:
// 1 information, 2 warning, 3 error.

const cmtraceOpen, cmtraceClose = "<![LOG[", "]LOG]!><"

// cmtraceLines bounds the lines of one message that runs over lines: one never closed (a log cut
// short) lets the lines after it go their own way.
const cmtraceLines = 64

// parseCMTrace reads a CMTrace record into rec; it fails unless the line is one. Its time starts
// the record as far as joining lines goes, as a time in its first word would.
func (p *Parser) parseCMTrace(line []byte, rec *Record) bool {
	if !hasPrefixAt(line, 0, cmtraceOpen) {
		return false
	}
	end := bytes.LastIndex(line, []byte(cmtraceClose))
	if end < 0 {
		return false
	}
	*rec = Record{Format: FormatStamped, Message: Span{int32(len(cmtraceOpen)), int32(end)}}
	attrs := line[end+len(cmtraceClose):]
	clock, date, kind := attrValue(attrs, "time"), attrValue(attrs, "date"), attrValue(attrs, "type")
	rec.Time, _ = cmtraceTime(date, clock, &p.wall)
	if len(kind) == 1 && kind[0] >= '1' && kind[0] <= '3' {
		rec.Level = [...]Level{Info, Warn, Error}[kind[0]-'1']
	}
	p.mem.lastToken = 0
	return true
}

// cmtraceWhole reads the pending entry as one CMTrace record when its message ran over lines: its
// time, type and message are the whole text's.
func (s *Stream) cmtraceWhole() {
	keep := s.p.mem.lastToken // the parse of the next line does not see this one
	var rec Record
	if s.p.parseCMTrace(s.raw, &rec) && rec.Time != 0 {
		rec.Whole = true // the message ends where the closing marker begins, on whichever line
		s.rec = rec
	}
	s.p.mem.lastToken = keep
}

// cmtraceTime reads the date "MM-dd-yyyy" and the time "HH:mm:ss.fff±bias".
func cmtraceTime(date, clock []byte, w *wallClock) (int64, bool) {
	mon, ok1 := digits(date, 0, 2)
	day, ok2 := digits(date, 3, 2)
	year, ok3 := digits(date, 6, 4)
	if !ok1 || !ok2 || !ok3 || len(date) != 10 {
		return 0, false
	}
	var d dateTime
	k, ok := readClock(clock, 0, &d)
	if ok && k == len(clock) {
		// No bias: the Intune Management Extension writes seven fraction digits and none,
		// "07:41:16.1234567"; the clock is the machine's.
		t, ok := unixNano(year, mon, day, d.hour, d.min, d.sec, d.nsec, 0)
		return w.utc(t), ok
	}
	if !ok || k+1 >= len(clock) || clock[k] != '+' && clock[k] != '-' {
		return 0, false
	}
	bias, ok := atoi(clock[k+1:])
	if !ok || bias > 14*60 {
		return 0, false
	}
	if clock[k] == '-' {
		bias = -bias
	}
	return unixNano(year, mon, day, d.hour, d.min, d.sec, d.nsec, -bias*60)
}

// attrValue returns the value of name="value" in b, or nil.
func attrValue(b []byte, name string) []byte {
	for i := 0; i+len(name)+2 < len(b); i++ {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '<') && hasPrefixAt(b, i, name) && b[i+len(name)] == '=' && b[i+len(name)+1] == '"' {
			s := i + len(name) + 2
			if e := indexByteFrom(b, '"', s); e >= 0 {
				return b[s:e]
			}
			return nil
		}
	}
	return nil
}

// The server components of Configuration Manager (and of SMS before it) write an older layout: the
// message first, then its component, its time with the same bias, and its thread in a trailer,
//
//	~Processing package PS100012~  $$<SMS_DISTRIBUTION_MANAGER><11-29-2026 08:41:16.251-060><thread=4320 (0x10E0)>
//
// A status message's line carries its severity in its own words: "STATMSG: ID=6703 SEV=E …".
const smsTrailer = "$$<"

// parseSMSTrailer reads a line in that layout into rec; it fails unless the line ends in the
// trailer.
func (p *Parser) parseSMSTrailer(line []byte, rec *Record) bool {
	k := bytes.LastIndex(line, []byte(smsTrailer))
	if k < 0 {
		return false
	}
	c := indexByteFrom(line, '>', k+len(smsTrailer))
	if c < 0 || byteAt(line, c+1) != '<' {
		return false
	}
	e := indexByteFrom(line, '>', c+2)
	if e < 0 || !hasPrefixAt(line, e+1, "<thread=") || e-(c+2) < 22 || line[c+12] != ' ' {
		return false
	}
	t, ok := cmtraceTime(line[c+2:c+12], line[c+13:e], &p.wall)
	if !ok {
		return false
	}
	end := k
	for end > 0 && (line[end-1] == ' ' || line[end-1] == '\t') {
		end--
	}
	*rec = Record{Format: FormatStamped, Time: t, Message: Span{0, int32(end)}}
	if lvl, _, _, ok := leadingLevel(line[:end], 0, 1); ok {
		rec.Level = lvl // Setup's "ERROR: Failed to connect …"
	} else if hasPrefixAt(line, 0, "STATMSG: ") {
		statusMessage(line[:end], rec)
	}
	p.mem.lastToken = 0
	return true
}

// statusMessage reads a status message's severity, SEV=I, W or E, and the system it is about,
// SYS=, as its level and host.
func statusMessage(msg []byte, rec *Record) {
	if i := bytes.Index(msg, []byte(" SEV=")); i >= 0 {
		rec.Level, _ = alphabetLevel(byteAt(msg, i+5), "IWE")
	}
	if i := bytes.Index(msg, []byte(" SYS=")); i >= 0 {
		_, e := nextToken(msg, i+5)
		if s := i + 5; e > s && sender(msg[s:e]) { // a name's letters only: no control byte is a host
			rec.Host = Span{int32(s), int32(e)}
		}
	}
}
