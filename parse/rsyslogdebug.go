package parse

import "bytes"

// rsyslog's RSYSLOG_DebugFormat template writes each message as a block of labelled lines under
// a fixed header, and a blank line after it:
//
//	Debug line with all properties:
//	FROMHOST: 'vm', fromhost-ip: '127.0.0.1', HOSTNAME: 'vm', PRI: 46,
//	syslogtag 'rsyslogd:', programname: 'rsyslogd', APP-NAME: 'rsyslogd', PROCID: '-', MSGID: '-',
//	TIMESTAMP: 'Dec  3 15:43:23', STRUCTURED-DATA: '-',
//	msg: ' [origin software="rsyslogd" …] start'
//	escaped msg: …
//
// A block is one record: its time is TIMESTAMP's, its host HOSTNAME's, its level PRI's severity
// and its message msg's. Its lines are labelled fields, which the other rules would read as
// records of their own or as a block learned from its first lines.
const rsyslogDebugHeader = "Debug line with all properties:"

// rsyslogDebugLine takes line when it is a block's header, which starts a record whatever is
// pending, or a line of the open block: one of the template's labelled lines, or the blank line
// that ends it. Any other line ends the block and is read as ever: a file the template wrote
// for a while, then another, goes on in its own layout. It reports whether it took line.
func (s *Stream) rsyslogDebugLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	if string(line) == rsyslogDebugHeader {
		if s.pending {
			s.emit(b)
		}
		s.start(line, offset, truncated, Record{}, false)
		s.debugOpen = true
		return true
	}
	if !s.pending || !s.debugOpen {
		return false
	}
	if len(line) == 0 {
		s.join(line, truncated)
		s.debugOpen = false
		return true
	}
	if !rsyslogDebugLabel(line) {
		s.debugOpen = false
		return false
	}
	if at, whole := s.joinWhole(line, truncated); whole {
		s.rsyslogDebugField(line, at)
	}
	return true
}

// rsyslogDebugLabel reports whether line opens with one of the template's labels.
func rsyslogDebugLabel(line []byte) bool {
	for _, label := range [...]string{"FROMHOST: ", "syslogtag ", "TIMESTAMP: ", "msg: ", "escaped msg: ", "inputname: ", "$!:", "$.:", "$/:"} {
		if hasPrefixAt(line, 0, label) {
			return true
		}
	}
	return false
}

// rsyslogDebugField reads the fields of a block's line; at is where the line starts in the
// entry's text.
func (s *Stream) rsyslogDebugField(line []byte, at int) {
	switch {
	case hasPrefixAt(line, 0, "FROMHOST: "):
		if v, ok := quotedField(line, "HOSTNAME: '"); ok && hostLike(v.Of(line)) {
			s.rec.Host = Span{int32(at) + v.Start, int32(at) + v.End}
		}
		if k := bytes.Index(line, []byte(", PRI: ")); k >= 0 {
			if n, d := digitRun(line, k+len(", PRI: ")); d > 0 && d <= 3 && n <= 191 {
				s.rec.Level = LevelFromSyslog(n & 7)
			}
		}
	case hasPrefixAt(line, 0, "TIMESTAMP: '"):
		if v, ok := quotedField(line, "TIMESTAMP: '"); ok {
			if st, ok := locate(v.Of(line), s.p.nowNano(), &s.p.wall); ok && st.start == 0 {
				s.rec.Time = st.t
			}
		}
	case hasPrefixAt(line, 0, "msg: '") && len(line) > len("msg: '") && line[len(line)-1] == '\'':
		s.rec.Message = Span{int32(at + len("msg: '")), int32(at + len(line) - 1)}
		s.rec.Unescaped, s.rec.Whole = nil, true
	}
}

// quotedField returns the span of the value in single quotes after label (which ends with the
// opening quote) in line.
func quotedField(line []byte, label string) (Span, bool) {
	k := bytes.Index(line, []byte(label))
	if k < 0 {
		return Span{}, false
	}
	s := k + len(label)
	e := indexByteFrom(line, '\'', s)
	if e < s {
		return Span{}, false
	}
	return Span{int32(s), int32(e)}, true
}
