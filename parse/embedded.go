package parse

import "bytes"

// A collector that stores or prints lines puts its own time before each one: `kubectl logs
// --timestamps`, `docker logs -t`, Loki's logcli with its stream's labels in braces. The line
// after it keeps the record's own shape (a JSON object, a syslog header), whose level and host the
// time's layout does not see. embedded reads them from it; the collector's time stays the
// record's, since the sources it merges with were stamped by the same clock.
//
//	2026-11-29T07:41:16.123456789Z {"level":"warn","host":"db-02","msg":"slow"}
//	2026-11-29T07:41:16Z {filename="/var/log/auth.log", host="web-07"} Nov 29 07:41:16 web-07 sshd[4120]: …

// embedded fills rec's level and host from the record after the line's first token, a time rec
// was read with, when the layout found no host: from a stream's labels in braces, and from a JSON
// object or a syslog line after them. The message stays what the layout read, the whole record
// after the time, so that a search still finds its other keys, its tag and its labels.
func (p *Parser) embedded(line []byte, rec *Record) {
	_, e := nextToken(line, 0)
	e = criStream(line, e, p.nowNano(), &p.wall) // Kubernetes' "stdout F " between the time and the record
	at := skipBlanks(line, e)
	if at >= len(line) {
		return
	}
	if m := int(rec.Message.Start); m > at && byteAt(line, m) == '{' && timeRest(line[at:m]) {
		at = m // a time of several words before the object: "Nov 29 07:41:16 {…}", "2026-11-29 07:41:16 {…}"
	}
	msgHere := int(rec.Message.Start) == at && rec.Unescaped == nil // the layout read nothing after the time
	tagLevel := Unknown
	if msgHere && isLowerAt(line, at) {
		if next, lvl, ok := routingTag(line, at); ok {
			at, tagLevel = next, lvl
		}
	}
	if msgHere && at == int(rec.Message.Start) && line[at] != '{' {
		if next := streamName(line, at); next > 0 {
			at = next
		}
	}
	if c := line[at]; c != '{' && (!msgHere || c != '<' && (c < 'A' || c > 'S') && c != 'W') {
		return // most lines: a level, a thread or a message after the time
	}
	var labels labelSet
	labelsAt := int32(at)
	if line[at] == '{' && byteAt(line, at+1) != '"' {
		n, ok := readLabels(line[at:], &labels)
		if !ok {
			return
		}
		at += n
	}
	var inner Record
	wall := p.wall // the collector's time is the record's: the inner one may not teach the clock
	if !msgHere || at >= len(line) || !p.embeddedRecord(line[at:], &inner) {
		inner = Record{}
	}
	p.wall = wall
	inner = shifted(inner, at)
	switch {
	case inner.Host.End > inner.Host.Start:
		rec.Host = inner.Host
	case labels.host.End > labels.host.Start:
		rec.Host = Span{labelsAt + labels.host.Start, labelsAt + labels.host.End}
	}
	if rec.Level == Unknown {
		rec.Level = inner.Level
		if rec.Level == Unknown {
			rec.Level = labels.level
		}
		if rec.Level == Unknown {
			rec.Level = tagLevel
		}
	}
}

// timeRest reports whether b, between a time's first word and the record after it, can only be
// the rest of the time: digits, separators, blanks, a 'T' or a 'Z'.
func timeRest(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) && c != ':' && c != '.' && c != ',' && c != '+' && c != '-' && c != ' ' && c != 'T' && c != 'Z' {
			return false
		}
	}
	return true
}

// routingTag reads the tag that Fluentd writes between its time and the record as JSON
// (out_file's "time<TAB>syslog.auth.info<TAB>{…}", out_stdout's "time app.shop: {…}"): dotted
// lower-case words, then the object. It returns where the object starts and the level that
// in_syslog's tag ends with, its facility and priority ("auth.info", "daemon.err").
func routingTag(line []byte, at int) (next int, lvl Level, ok bool) {
	e := at
	for e < len(line) && (isLowerAt(line, e) || isDigit(line[e]) || line[e] == '.' || line[e] == '_' || line[e] == '-') {
		e++
	}
	tag := line[at:e]
	if byteAt(line, e) == ':' {
		e++
	}
	next = skipBlanks(line, e)
	if len(tag) == 0 || next == e || byteAt(line, next) != '{' || bytes.IndexByte(tag, '.') < 0 {
		return 0, Unknown, false
	}
	if k := bytes.LastIndexByte(tag, '.'); k > 0 {
		if f := bytes.LastIndexByte(tag[:k], '.'); f >= 0 {
			lvl, _ = facilityLevel(tag[f+1:])
		}
	}
	return next, lvl, true
}

// streamName returns where the JSON object starts after a log stream's name, as `aws logs tail`
// writes the stream between the event's time and its record: "kinesis-analytics-log-stream
// {"…", Lambda's "2026/11/29/[$LATEST]0f3c… {"…", ECS's "ecs/web/41f0… {"…"; or 0. A name holds
// a digit, a dash, an underscore or a slash, which a word of a sentence before a payload
// ("received {"…") does not.
func streamName(line []byte, at int) int {
	e, marked := at, false
	for ; e < len(line) && e-at < 128; e++ {
		switch c := line[e]; {
		case isDigit(c) || c == '-' || c == '_' || c == '/':
			marked = true
		case isAlpha(c) || c == '.' || c == '[' || c == ']' || c == '$':
		default:
			goto end
		}
	}
end:
	next := skipBlanks(line, e)
	if !marked || next == e || byteAt(line, next) != '{' || byteAt(line, next+1) != '"' {
		return 0
	}
	return next
}

func isLowerAt(b []byte, i int) bool { return i < len(b) && b[i] >= 'a' && b[i] <= 'z' }

// isUpperAt reports whether b[i] is a capital letter.
func isUpperAt(b []byte, i int) bool { return i >= 0 && i < len(b) && b[i] >= 'A' && b[i] <= 'Z' }

// embeddedRecord parses rest as one of the shapes that carry a level or a host of their own, and
// only those: it must not vote for the source's format, which is the collector's. A syslog line
// counts only with a host and a tag after it: "<1> first item" is no PRI, "Nov 30 06:45:56
// Starting nightly backup" names no host.
func (p *Parser) embeddedRecord(rest []byte, rec *Record) bool {
	switch c := rest[0]; {
	case c == '{':
		return p.parseJSON(rest, rec)
	case (c == 'I' || c == 'W' || c == 'E' || c == 'F') && isDigitAt(rest, 1):
		// klog's header, as Kubernetes' components write it to their container's stream:
		// "E1129 07:41:16.123456       1 reflector.go:138] …"
		_, lvl, _, ok := parseGlog(rest, p.nowNano(), &p.wall)
		*rec = Record{Level: lvl}
		return ok
	case c == '<':
		if p.parse5424(rest, rec) {
			return true
		}
		if p.parse3164(rest, rec) && taggedHost(rest, rec.Host) {
			return true
		}
		// sd-daemon's prefix, a program writing for journald into a container's stream:
		// "<4>couchdb@… <0.688.0> -------- creating missing database: _users".
		if pri, n := syslogPRI(rest); n == 3 && pri >= 0 && pri <= 7 && byteAt(rest, 3) != ' ' && byteAt(rest, 3) != '<' && n < len(rest) {
			*rec = Record{Level: LevelFromSyslog(pri)}
			return true
		}
		return false
	case c >= 'A' && c <= 'S':
		if _, ok := month(rest, 0); ok {
			return p.parse3164(rest, rec) && taggedHost(rest, rec.Host)
		}
	}
	return false
}

// taggedHost reports whether a syslog line's host is followed by its program's tag, "sshd[812]:"
// or "kernel:".
func taggedHost(line []byte, host Span) bool {
	if host.End <= host.Start {
		return false
	}
	s, e := nextToken(line, int(host.End))
	return e-s > 1 && line[e-1] == ':'
}

// labelSet is what readLabels keeps of a stream's labels.
type labelSet struct {
	host  Span // the value of host or hostname, from the opening brace
	level Level
}

// readLabels reads a Prometheus-style label set, `{name="value", name="value"} `, at the start of
// b, and returns the length of it and of the blanks after it.
func readLabels(b []byte, ls *labelSet) (int, bool) {
	i := 1
	for i < len(b) && b[i] != '}' {
		k := i
		for i < len(b) && (isAlpha(b[i]) || isDigit(b[i]) || b[i] == '_') {
			i++
		}
		if i == k || byteAt(b, i) != '=' || byteAt(b, i+1) != '"' {
			return 0, false
		}
		name := b[k:i]
		vs := i + 2
		i = vs
		for i < len(b) && b[i] != '"' {
			if b[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(b) {
			return 0, false
		}
		val := b[vs:i]
		i++
		switch string(name) {
		case "host", "hostname":
			if bytes.IndexByte(val, '\\') < 0 {
				ls.host = Span{int32(vs), int32(i - 1)}
			}
		case "level", "detected_level", "severity":
			if lvl, ok := ParseLevel(val); ok {
				ls.level = lvl
			}
		}
		if byteAt(b, i) == ',' {
			i = skipBlanks(b, i+1)
		}
	}
	if i >= len(b) || i+1 >= len(b) || b[i+1] != ' ' {
		return 0, false
	}
	return skipBlanks(b, i+1), true
}

// innerLevel reads the level of a record that a JSON line keeps as a string: Docker's json-file
// driver stores a container's own JSON or logfmt line whole under "log",
// {"log":"{\"level\":\"error\",…}\n",…}. Only the level is taken: the record's spans are in msg,
// which may be the parser's scratch buffer, not in the line, and Docker's time is the record's.
// msg gets a scratch buffer of its own, and a record inside the inner one is not looked into.
func (p *Parser) innerLevel(msg []byte) Level {
	msg = trimLineEnd(msg)
	if p.inner || len(msg) < 8 || msg[0] != '{' && !logfmtKeyAt(msg, 0) {
		return Unknown
	}
	rec, ok := p.innerRecord(msg)
	if !ok {
		return Unknown
	}
	return rec.Level
}

// innerRecord parses msg, a record that a JSON line keeps as a string, with a scratch buffer of
// its own (see innerLevel). Only its level and time may be taken: its spans are in msg.
func (p *Parser) innerRecord(msg []byte) (Record, bool) {
	outer, guessed := p.scratch, p.jsonGuessed
	p.inner, p.scratch = true, p.innerScratch[:0]
	rec, ok := p.record(msg)
	p.innerScratch, p.scratch = p.scratch, outer
	p.inner, p.jsonGuessed = false, guessed
	return rec, ok
}

// recordLevel parses msg, a JSON object or a logfmt line that another record carries, for its
// level only. It uses the parser's scratch buffer.
func (p *Parser) recordLevel(msg []byte) (Level, bool) {
	rec, ok := p.record(msg)
	return rec.Level, ok
}

// record parses msg, a JSON object or a logfmt line that another record carries: it may not teach
// the source's clock its date order.
func (p *Parser) record(msg []byte) (Record, bool) {
	var rec Record
	if len(msg) == 0 {
		return rec, false
	}
	wall := p.wall
	var ok bool
	if msg[0] == '{' {
		ok = p.parseJSON(msg, &rec)
	} else {
		ok = p.parseLogfmt(msg, &rec)
	}
	p.wall = wall
	return rec, ok
}

// logfmtKeyAt reports whether a key and its '=' open b at i: "time=…", "level=…".
func logfmtKeyAt(b []byte, i int) bool {
	k := i
	for k < len(b) && (isLowerAt(b, k) || b[k] == '_' || b[k] == '.' || isDigit(b[k]) && k > i) {
		k++
	}
	return k > i && byteAt(b, k) == '='
}

// trailingRecord reads a JSON record that a line carries glued to another writer's progress
// dots, to the line's end: Elastic Agent's installer writes its dots and then its ECS records on
// one line ("Enrolling Elastic Agent with Fleet....{"log.level":"info","@timestamp":…}"). An object
// with a time of its own is a record: its level and host are the line's, and its time. One without
// a time, one after a blank or a quote (a payload the message names), or one under a line that
// has a time of its own says nothing.
func (p *Parser) trailingRecord(line []byte, rec *Record) {
	k := bytes.Index(line, []byte(`{"`))
	if k <= 0 || p.inner || line[k-1] != '.' {
		return // an object after a blank, a quote or a '=' is what the message carries
	}
	inner, ok := p.innerRecord(line[k:])
	if !ok || inner.Format != FormatJSON || inner.Time == 0 || rec.Time != 0 && rec.Time != inner.Time {
		return // (a line with a time of its own, before the object, is another record's)
	}
	rec.Time = inner.Time
	rec.Level = inner.Level
	if rec.Host.End == 0 && inner.Host.End > inner.Host.Start && inner.Unescaped == nil {
		rec.Host = Span{inner.Host.Start + int32(k), inner.Host.End + int32(k)}
	}
}

// castEvent reports whether line is an asciinema recording's event, `[4.861032, "o", "…"]`: the
// seconds since the recording began, a one-letter code (o output, i input, r resize, m marker),
// then the event's data as a JSON string.
func castEvent(line []byte) bool {
	i := digitsEnd(line, 1)
	if i == 1 || i > 8 || byteAt(line, i) != '.' {
		return false // (ten digits and more are an epoch: a record's time)
	}
	i = digitsEnd(line, i+1)
	return hasPrefixAt(line, i, `, "`) && isAlpha(byteAt(line, i+3)) && hasPrefixAt(line, i+4, `", `) && line[len(line)-1] == ']'
}

// extraHost reads the host Monolog's HostnameProcessor adds to the object of extras its line
// formatter writes last, after the message's context: "[…] shop.INFO: Order placed {"order_id":8}
// {"hostname":"shop-web-03","uid":"4f1c9a2"}". Only a flat object that ends the line right after
// another object or array (the context, "[]" when empty) counts, and only its "hostname" key: a
// context's host is a peer's.
func extraHost(line []byte, msg int) Span {
	open := bytes.LastIndexByte(line, '{')
	if open <= msg+2 || line[open-1] != ' ' || !contextBefore(line, open-2) || byteAt(line, open+1) != '"' || bytes.IndexByte(line[open:len(line)-1], '}') >= 0 {
		return Span{}
	}
	const key = `"hostname":"`
	k := bytes.Index(line[open:], []byte(key))
	if k < 0 || (line[open+k-1] != '{' && line[open+k-1] != ',') {
		return Span{}
	}
	vs := open + k + len(key)
	ve := indexByteFrom(line, '"', vs)
	if ve < 0 || !hostName(line[vs:ve]) || !hostLike(line[vs:ve]) {
		return Span{}
	}
	return Span{int32(vs), int32(ve)}
}

// contextBefore reports whether line[end] closes Monolog's context as its line formatter writes
// it: an empty array, "[]", or an object opened after a blank with a key or nothing in it. A
// bracket that ends the message's words ("Rate limited by [stripe]") is none.
func contextBefore(line []byte, end int) bool {
	switch line[end] {
	case ']':
		return end >= 2 && line[end-1] == '[' && line[end-2] == ' '
	case '}':
		depth := 0
		for i := end; i > 0; i-- {
			switch line[i] {
			case '}':
				depth++
			case '{':
				if depth--; depth == 0 {
					return line[i-1] == ' ' && (line[i+1] == '"' || line[i+1] == '}')
				}
			}
		}
	}
	return false
}
