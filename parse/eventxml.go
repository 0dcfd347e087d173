package parse

import "bytes"

// Windows events written as XML, one a line, as PowerShell's `Get-WinEvent … | % { $_.ToXml() }`
// and `wevtutil qe /f:xml` print them (the Event schema):
//
//	<Event xmlns='…'><System><Provider Name='…'/><EventID>7036</EventID>…<Level>4</Level>…
//	<TimeCreated SystemTime='2026-11-29T07:41:16.1234567Z'/>…<Computer>APP-SRV01</Computer>…</System>
//	<EventData>…</EventData></Event>
//
// The time is TimeCreated's SystemTime (UTC), the level the number in <Level> on the event log's
// scale (1 critical to 5 verbose; 0, LogAlways, names none), the host <Computer>. Attribute values
// may be in single or double quotes.
//
// FoundationDB's trace files write an event as one element with attributes instead:
//
//	<Event Severity="20" Time="1795938079.004112" DateTime="2026-11-29T07:41:19Z" Type="…" Machine="10.0.0.5:4500" …/>
//
// Severity is on its own scale (5 debug, 10 info, 20 and 30 warnings, 40 error), DateTime the
// time in UTC; Machine is an address and port, no host name.
//
// Log4j writes an event's header as an element whose attributes hold its time in Unix
// milliseconds and its level, the message and a stack trace on the lines below it (log4j 1's
// XMLLayout, Log4j 2's XmlLayout):
//
//	<log4j:event logger="shop.Orders" timestamp="1795938076123" level="ERROR" thread="main">
//	<Event xmlns="http://logging.apache.org/log4j/2.0/events" timeMillis="1795938076123" thread="main" level="ERROR" …>

// parseEventXML reads an event line into rec; it fails unless the line is one, with a time.
func (p *Parser) parseEventXML(line []byte, rec *Record) bool {
	if hasPrefixAt(line, 0, "<log4j:event ") {
		return p.parseLog4jEvent(line, "timestamp", rec)
	}
	if !hasPrefixAt(line, 0, "<Event") || len(line) < 7 || line[6] != ' ' && line[6] != '>' {
		return false
	}
	stamp := xmlAttr(line, "SystemTime")
	if stamp == nil && xmlAttr(line, "timeMillis") != nil {
		return p.parseLog4jEvent(line, "timeMillis", rec)
	}
	if stamp == nil {
		return p.parseTraceEvent(line, rec)
	}
	t, n, ok := parseISO(stamp, nil)
	if !ok || n != len(stamp) {
		return false
	}
	*rec = Record{Format: FormatStamped, Time: t, Message: Span{0, int32(len(line))}}
	if s, e, ok := xmlElement(line, "<Level>", "</Level>"); ok {
		if v, ok := atoi(line[s:e]); ok {
			rec.Level = levelOnScale(v, scaleEventLevel)
		}
	}
	if s, e, ok := xmlElement(line, "<Computer>", "</Computer>"); ok && e > s && hostLike(line[s:e]) {
		rec.Host = Span{int32(s), int32(e)}
	}
	p.mem.lastToken = 0
	return true
}

// xmlAttr returns the value of the attribute name (name='v' or name="v") in b, or nil.
func xmlAttr(b []byte, name string) []byte {
	for i := 0; ; i++ {
		k := bytes.Index(b[i:], []byte(name))
		if k < 0 {
			return nil
		}
		i += k
		j := i + len(name)
		if i > 0 && b[i-1] == ' ' && j+1 < len(b) && b[j] == '=' && (b[j+1] == '\'' || b[j+1] == '"') {
			if e := indexByteFrom(b, b[j+1], j+2); e >= 0 {
				return b[j+2 : e]
			}
			return nil
		}
	}
}

// xmlElement returns the bounds of the text of the first element of b that opens with open, a
// tag without attributes, and is closed by close right after its text.
func xmlElement(b []byte, open, close string) (start, end int, ok bool) {
	k := bytes.Index(b, []byte(open))
	if k < 0 {
		return 0, 0, false
	}
	start = k + len(open)
	e := indexByteFrom(b, '<', start)
	if e < 0 || !hasPrefixAt(b, e, close) {
		return 0, 0, false
	}
	return start, e, true
}

// parseTraceEvent reads FoundationDB's trace event element into rec.
func (p *Parser) parseTraceEvent(line []byte, rec *Record) bool {
	stamp := xmlAttr(line, "DateTime")
	t, n, ok := parseISO(stamp, nil)
	if !ok || n != len(stamp) {
		return false
	}
	*rec = Record{Format: FormatStamped, Time: t, Message: Span{0, int32(len(line))}}
	if v, ok := atoi(xmlAttr(line, "Severity")); ok {
		switch {
		case v < 5:
			rec.Level = Trace
		case v < 10:
			rec.Level = Debug
		case v < 20:
			rec.Level = Info
		case v < 40:
			rec.Level = Warn
		default:
			rec.Level = Error
		}
	}
	p.mem.lastToken = 0
	return true
}

// parseLog4jEvent reads a Log4j event element's header into rec: its time in Unix milliseconds in
// the attribute key, its level in "level".
func (p *Parser) parseLog4jEvent(line []byte, key string, rec *Record) bool {
	t, ok := parseEpoch(xmlAttr(line, key))
	if !ok {
		return false
	}
	*rec = Record{Format: FormatStamped, Time: t, Message: Span{0, int32(len(line))}}
	if lvl, ok := ParseLevel(xmlAttr(line, "level")); ok {
		rec.Level = lvl
	}
	p.mem.lastToken = 0
	return true
}

// parseInstant reads the time Log4j 2's XmlLayout writes on the line under its <Event> header,
// "  <Instant epochSecond=\"1795938076\" nanoOfSecond=\"123000000\"/>", into rec.
func parseInstant(line []byte, rec *Record) bool {
	if !hasPrefixAt(line, skipWS(line, 0), "<Instant ") {
		return false
	}
	sec, ok := parseEpoch(xmlAttr(line, "epochSecond"))
	if !ok {
		return false
	}
	if ns, ok := atoi(xmlAttr(line, "nanoOfSecond")); ok && ns < 1e9 {
		sec += int64(ns)
	}
	*rec = Record{Format: FormatStamped, Time: sec, Message: Span{0, int32(len(line))}}
	return true
}

// eventXMLClose ends a Windows event's XML.
const eventXMLClose = "</Event>"

// maxEventXML bounds the text of one event's XML written an element a line: a security event's
// runs to a few kilobytes.
const maxEventXML = 64 << 10

// eventXMLOpen reports whether raw, a pending entry's text, is a Windows event's XML opened on its
// first line and written over lines ("<Event xmlns=…><System><Provider …/>", then "<EventID>…"
// and the other elements each on a line of their own, as python-evtx's evtx_dump.py prints
// them), which its later lines belong to. Only its first line is looked at.
func eventXMLOpen(raw []byte) bool {
	if byteAt(raw, 0) != '<' {
		return false // most entries
	}
	first := firstLine(raw)
	return hasPrefixAt(first, 0, "<Event") && len(first) > 6 && (first[6] == ' ' || first[6] == '>') &&
		bytes.Contains(first, []byte("<System>")) && !bytes.Contains(first, []byte(eventXMLClose))
}

// eventXMLGoesOn reports whether line is the next element of the event's XML that raw opened
// (see eventXMLOpen): the event is not closed yet, nor too long, and line opens with an
// element's tag that is no event's own.
func eventXMLGoesOn(raw, line []byte) bool {
	return len(raw) < maxEventXML && !bytes.Contains(lastLine(raw), []byte(eventXMLClose)) && xmlElementLine(line)
}

// xmlElementLine reports whether line opens with an element's tag, opening or closing, that is
// no event's own: "<Level>4</Level>", "</System>".
func xmlElementLine(line []byte) bool {
	i := 1
	if byteAt(line, 1) == '/' {
		i = 2
	}
	return isAlphaAt(line, i) && !hasPrefixAt(line, 0, "<Event ") && !hasPrefixAt(line, 0, "<Event>")
}

// eventXMLWhole reads the time, level and machine of a Windows event's XML written over the
// pending entry's lines, as parseEventXML reads one written on a line.
func (s *Stream) eventXMLWhole() {
	var rec Record
	if s.p.parseEventXML(s.raw, &rec) {
		s.rec.Time, s.rec.Level, s.rec.Host = rec.Time, rec.Level, rec.Host
	}
}
