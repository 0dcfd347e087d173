package parse

import (
	"bytes"
	"time"
)

// Parser parses the lines of one source. It learns the source's format from the lines it sees and
// tries that format first, but every line that does not fit is tried against the other formats and
// in the end kept as text, so a mixed file loses nothing. A Parser is not safe for concurrent use;
// the Record it returns aliases the line and the Parser's scratch buffer until the next call.
type Parser struct {
	now     func() time.Time
	nowNS   int64 // cached now, refreshed every nowRefresh calls
	nowAge  int
	format  Format // the format most lines so far had; FormatText until one is seen
	votes   [numFormats]int
	scratch []byte
	wall    wallClock    // places times written without a zone
	mem     layoutMemory // where the source's stamped lines keep their time and level
	// prefixes counts the prefixes Parse has passed over to reach the line it reads now: a line
	// of prefixes repeated must not recurse without bound.
	prefixes int
	custom   customSet // formats defined in format files, tried before the built-in ones

	wide      []byte // the decoded text of a UTF-16 line (see parseUTF16)
	bigEndian bool   // the source's UTF-16 byte order mark said big-endian

	colourless []byte  // a line's text without its colour codes (see parseColoured)
	colourAt   []int32 // where each byte of colourless is in the line
	colourMsg  []byte  // a coloured line's message without its colours
	inColour   bool    // parsing colourless: its own codes, if any are left, are text

	jsonGuessed bool // the last JSON line's level was read from its message, not a key of its own

	// inner is set while a record kept inside a JSON line's string is parsed (see innerLevel),
	// with innerScratch as its scratch buffer.
	inner        bool
	innerScratch []byte

	shapes lineShapes // the layouts of the source's lines, read by position (see lineShape)
	prefix linePrefix // the prefix of the line Parse read last, for the stream's second look
	header readHeader // the last syslog header read

	scans    bool      // keep each line's scan for its fields (StreamOptions.Fields)
	scan     fieldScan // the last scan kept, of scanText
	scanText []byte
	// ruby is a Ruby hash rewritten as JSON, and rubyPos where each of its bytes was in the hash
	// (see rubyhash.go).
	ruby    []byte
	rubyPos []int32
	// folded holds a line of pairs' keys matched in another case than their own, by role, and
	// foldedSet which roles it holds (see parseLogfmt).
	folded    [numRoles]foldedPair
	foldedSet uint8
}

const (
	// nowRefresh bounds how often the clock is read: the year of a syslog time only needs the date,
	// and reading the clock per line would cost a tenth of the parse.
	nowRefresh = 4096
	// maxVotes caps the format tallies so that a source whose format changes (a new log file
	// layout after a deploy) is followed within a few hundred lines.
	maxVotes = 256
)

// NewParser returns a parser; now (default time.Now) places syslog and klog times, which carry no
// year, in the year that puts them at most two days in the future. Times written without a zone
// are taken as UTC; NewStream's Location changes that.
func NewParser(now func() time.Time) *Parser {
	if now == nil {
		now = time.Now
	}
	return &Parser{now: now}
}

// SetLocation sets the zone of times written without one (syslog, log4j, Python); default UTC.
func (p *Parser) SetLocation(loc *time.Location) {
	p.wall, p.shapes = wallClock{loc: loc}, lineShapes{}
}

// Format is the format detected for the source so far (FormatText before any structured line).
func (p *Parser) Format() Format { return p.format }

// Parse parses one line (an entry's first line). It never fails: a line no format accepts is text.
func (p *Parser) Parse(line []byte) Record {
	p.scan.format = FormatText // a scan kept is of the line parsed last
	if p.prefixes == 0 {
		p.prefix = linePrefix{}
	}
	if len(line) > 1 && (line[1] == 0 || line[0] == 0 || line[0] >= 0xfe) {
		// NULs beside the first letters: a UTF-16 line, or the text after a crash's run of NULs.
		if parity := utf16Parity(line); parity >= 0 {
			return p.parseUTF16(line, parity)
		}
		if line[0] == 0 {
			return p.parseAfterNULs(line)
		}
	} else if len(line) == 1 && line[0] == 0 {
		return p.parseAfterNULs(line)
	}
	k := prefixLen(line)
	if p.prefixes == 0 && len(line) > 0 {
		p.prefix = linePrefix{at: &line[0], n: len(line), k: k}
	}
	if k > 0 && p.prefixes < maxPrefixes {
		if len(p.custom.formats) > 0 {
			// A user's definition wins over trawl's reading of a prefix, as over its formats.
			if rec, ok := p.tryCustom(line); ok {
				return rec
			}
		}
		t, collected := p.collectorTime(line, k)
		var clock wallClock
		if collected {
			clock = p.wall
		}
		p.prefixes++
		rec := shifted(p.Parse(line[k:]), k) // colour codes, docker compose logs' "web-1  | " before each line
		p.prefixes--
		if rec.Host.End == 0 && (hostPrompt(line) == k || rec.Time != 0 && nodeBeforeJSON(line) == k) {
			rec.Host = Span{0, int32(k - 2)} // the node merge-logs or talosctl names: "crdb-node1> I261129 …"
			if line[k-1] == ' ' && line[k-2] != ':' && line[k-2] != '>' {
				rec.Host.End = int32(k - 1) // oc adm node-logs': "ip-10-0-141-23.ec2.internal {…}"
			}
		} else if rec.Host.End == 0 && rec.Time == 0 {
			rec.Host = ansibleHost(line) // an ad-hoc command's result: "web-01 | SUCCESS => {"
		}
		if collected {
			// The record's time is the collector's, zoned and precise, as a container's own time
			// behind CRI's prefix always was here; the time the record holds must not teach the
			// source's clock an order of its own (a day-first date in a container's JSON).
			rec.Time, p.wall = t, clock
			if rec.Host.End == 0 {
				rec.Host = swarmNode(line, 0, k) // a swarm task's node
			}
		}
		return rec
	}
	if lvl, k := facilityPrefix(line); k > 0 && p.prefixes < maxPrefixes {
		// rsyslog's template "%syslogfacility-text%.%syslogseverity-text%<%pri%>: %msg%" before a
		// stored line: "authpriv.info<86>: Nov 29 07:41:16 web-07 sshd[4120]: …".
		p.prefixes++
		rec := shifted(p.Parse(line[k:]), k)
		p.prefixes--
		if rec.Level == Unknown {
			rec.Level = lvl
		}
		return rec
	}
	if byteAt(line, 0) == '<' && (isAlpha(byteAt(line, 1)) || byteAt(line, 2) == '.' || byteAt(line, 3) == '.') && p.prefixes < maxPrefixes {
		if rec, ok := p.parseAngledFacility(line); ok {
			return rec
		}
	}
	if !p.inColour && hasColour(line) {
		if rec, ok := p.parseColoured(line); ok {
			return rec
		}
	}
	if len(p.custom.formats) > 0 {
		if rec, ok := p.tryCustom(line); ok {
			return rec
		}
	}
	if n := len(line); n > 40 && line[n-1] == '>' && line[n-2] == ')' {
		var rec Record
		if p.parseSMSTrailer(line, &rec) { // its time is at its end, past the locator's window
			p.vote(rec.Format)
			return rec
		}
	}
	if c := byteAt(line, 0); (c == ':' || c == '-') && byteAt(line, 1) == ' ' {
		if rec, ok := p.shellHistory(line); ok {
			return rec
		}
	}
	if byteAt(line, 0) == '[' && castEvent(line) {
		// A terminal recording's event: what the terminal printed, another log's lines among it,
		// is no record's time or host; the event's own number is seconds since the recording began.
		return Record{Format: FormatText, Message: Span{0, int32(len(line))}}
	}
	if byteAt(line, 1) == '#' {
		var rec Record
		if p.parseULF(line, &rec) { // its message is free text, which no other parser may read as fields
			p.vote(rec.Format)
			return rec
		}
	}
	// The record is filled in place by each parser tried: passing it down instead of returning it
	// saves a copy of it per call level, up to a sixth of the cost of a short line.
	var rec, shaped Record
	var fits bool
	var sr shapeRead
	// A relay's file mixes devices: a syslog line with its host and program under lines of
	// another stamped shape (a firewall's own layout) is read as syslog, not by the fast path.
	relayed := p.format == FormatStamped && bsdShaped(line) && p.taggedSyslog(line)
	shaping := (p.format == FormatLayout || p.format == FormatStamped || p.format == FormatRFC3164) && !p.inColour && !relayed
	if shaping {
		if sr = p.shapes.read(line, p.format, &rec, &p.wall); sr.sh != nil && !sr.used {
			shaped = rec // to check against the full parse
		}
	}
	switch {
	case sr.used && p.format == FormatRFC3164:
		h := sr.header(&rec)
		p.read3164(line, &rec, &h) // the header read, its level and message are read as ever
		fits = true
	case sr.used:
		fits = true
		if p.format == FormatStamped {
			p.mem.readByShape(sr.sh, rec.Host.End > 0)
		}
	case p.format == FormatText, relayed:
	case p.format == FormatStamped:
		// Only a line whose time sits where the source's lines keep it takes the fast path: a
		// line of another format in a mixed source (an access line among Celery's) has a time
		// too, and must reach its own parser first.
		fits = p.parseStampedAs(line, &rec, true)
	default:
		fits = p.parseAs(p.format, line, &rec)
	}
	if fits {
		p.vote(p.format)
	} else {
		tried := p.format // its parser said no already: detect need not ask it again
		if tried == FormatStamped {
			tried = FormatText // the fast path's check is stricter than detect's
		}
		p.detect(line, &rec, tried)
		p.vote(rec.Format)
	}
	if shaping && !sr.used {
		p.learnShape(line, &rec, &shaped, sr)
	}
	if rec.Time == 0 && (rec.Format == FormatText || rec.Format == FormatLogfmt) && isDigitAt(line, len(line)-1) && p.influxPoint(line, &rec) {
		// a point of InfluxDB's line protocol (see lineproto.go)
	} else if rec.Time == 0 && (rec.Format == FormatLayout || rec.Format == FormatLogfmt) {
		p.lateStamp(line, &rec)
	} else if rec.Time%nsPerSec == 0 && rec.Time != 0 && (byteAt(line, 20) == 'u' || byteAt(line, 25) == 'u' || line[0] == '[') {
		openvpnMicros(line, &rec)
	}
	if rec.Time == 0 && byteAt(line, len(line)-1) == '}' && (rec.Format == FormatLayout || rec.Format == FormatText) {
		rec.Time = p.metaTime(line) // winston's simple format after its timestamp format
	}
	if rec.Time == 0 && byteAt(line, 0) == '{' && byteAt(line, 1) == '"' && rec.Format == FormatText {
		p.salvageJSON(line, &rec) // a JSON record cut short, or another glued to it
	}
	if rec.Level == Unknown && byteAt(line, len(line)-1) == '}' && (rec.Format == FormatText || rec.Format == FormatStamped) {
		p.trailingRecord(line, &rec)
	}
	if rec.Time == 0 && (rec.Format == FormatLayout || rec.Format == FormatText) {
		if n := len(line); n > 2 && line[n-1] == ']' && isDigit(line[n-2]) {
			rec.Time = p.lastBracketTime(line) // a date and clock end with a digit
		} else if byteAt(line, 0) == 'B' {
			rec.Time = eventLoopTime(line, p.nowNano(), &p.wall)
		}
	}
	if (rec.Format == FormatLayout || rec.Format == FormatStamped && byteAt(line, int(rec.Message.Start)) == '{') && rec.Time != 0 && rec.Host.End == 0 {
		p.embedded(line, &rec)
	}
	if rec.Format == FormatLayout && rec.Host.End == 0 && rec.Level == Unknown && rec.Time != 0 {
		if h, ok := hostBeforeCEF(line, int(rec.Message.Start)); ok {
			// A CEF record behind a time and its device's name, no syslog tag: JATP's "2026-11-29
			// 07:52:14.318+00 jatp-core01.corp.example CEF:0|JATP|…".
			rec.Host, rec.Message.Start = h, h.End+1
		}
	}
	if (rec.Time == 0 || rec.Host.End == 0 || rec.Level == Unknown) && rec.Unescaped == nil && (byteAt(line, 0) == '<' || byteAt(line, 0) == 'C' || byteAt(line, int(rec.Message.Start)) == 'C' || rec.Format == FormatRFC3164 && byteAt(line, int(rec.Message.Start)-2) == ':') {
		p.cefExtension(line, &rec) // ArcSight's CEF without a header that names them
	}
	if rec.Time == 0 && rec.Format == FormatText {
		if byteAt(line, 0) == 'L' {
			if day, ok := sarBannerDay(line, p.nowNano(), &p.wall); ok {
				p.wall.declare(day) // the day of the rows under it (see dayheader.go)
			}
		}
		p.markedStamp(line, &rec)
		if hasPrefixAt(line, 0, glogAborted) {
			if e := indexByteFrom(line, ' ', len(glogAborted)); e > 0 && hasPrefixAt(line, e, " (unix time)") {
				if t, ok := parseEpoch(line[len(glogAborted):e]); ok {
					rec.Time = t
				}
			}
		}
		for _, header := range [...]string{rubyLogHeader, glogHeader} {
			// The line Ruby's Logger and glog open every file they create with: the time is the
			// file's creation, the line's own, though a sentence says it.
			if rec.Time == 0 && hasPrefixAt(line, 0, header) {
				if s, ok := locate(line[len(header):], p.nowNano(), &p.wall); ok && s.start == 0 {
					rec.Time = s.t
				}
			}
		}
	}
	if rec.Host.End == 0 && rec.Time != 0 && hasPrefixAt(line, int(rec.Message.Start), ": ") {
		rec.Host = sudoHost(line, int(rec.Message.Start))
	}
	if rec.Host.End == 0 && rec.Time != 0 && rec.Message.Start > 0 {
		rec.Host = rowHost(line, int(rec.Message.Start))
	}
	if rec.Host.End == 0 && rec.Time != 0 && byteAt(line, 0) == '[' {
		rec.Host = bracketedComponent(line)
	}
	if rec.Host.End == 0 && rec.Time != 0 && byteAt(line, int(rec.Message.Start)) == '\\' {
		rec.Host = counterPathHost(line, int(rec.Message.Start))
	}
	if rec.Host.End == 0 && rec.Level != Unknown && rec.Format == FormatLayout && isDigitAt(line, int(rec.Message.Start)) {
		rec.Host = computerBeforeLevel(line, int(rec.Message.Start))
	}
	if rec.Host.End == 0 && rec.Time != 0 && len(line) > 16 && line[len(line)-1] == '}' && (rec.Format == FormatLayout || rec.Format == FormatStamped) {
		rec.Host = extraHost(line, int(rec.Message.Start))
	}
	if rec.Host.End == 0 && rec.Time != 0 && rec.Message.Start == 0 && rec.Format == FormatStamped {
		if host, tag, ok := hostFirstHeader(line); ok {
			rec.Host, rec.Message.Start = host, int32(tag) // the message as a syslog line's shows, its tag first
		}
	}
	if rec.Host.End == 0 && (rec.Format == FormatText || byteAt(line, 0) == '[' && (rec.Format == FormatLayout || rec.Format == FormatStamped)) {
		launcherRecord(line, &rec) // NCCL's lines, untimed or behind a bracketed time; an MPI rank's tag
	}
	if rec.Level == Unknown && rec.Format == FormatStamped && byteAt(line, 1) == '"' && line[0] == '[' {
		rec.Level, _ = swiftLogArray(line) // CryptPad's log store: "["WARN","2026-11-29T07:41:18.317Z",…]"
	}
	if rec.Host.End == 0 && rec.Format == FormatStamped && byteAt(line, int(rec.Message.Start)) == '(' {
		rec.Host = pidOnHost(line, int(rec.Message.Start)) // pino-pretty's "[1795938076123] INFO (41 on web-3): …"
	}
	if rec.Host.End == 0 && rec.Time != 0 && agentLocation(line, int(rec.Message.Start)) {
		rec.Host, _ = agentHost(line) // OSSEC's archives.log: "2026 Nov 29 07:41:54 (web-03) 10.20.0.13->/var/log/secure …"
	}
	if rec.Host.End == 0 && rec.Time == 0 && byteAt(line, 0) == 'p' {
		rec.Host = pdshHost(line) // pdsh's own line: "pdsh@gpu-a07: gpu-a08: ssh exited with exit code 1"
	}
	if rec.Host.End == 0 && rec.Time == 0 && byteAt(line, 0) == '[' {
		rec.Host = launcherHost(line) // a parallel job's launcher: "[node01:22817] …", "[proxy:0:0@node02] …"
	} else if rec.Host.End == 0 && byteAt(line, 0) == '(' {
		rec.Host, _ = rayPrefix(line) // Ray's driver relaying a worker's line: "(task pid=4412, ip=10.0.0.17) …"
	}
	if rec.Level == Unknown && (byteAt(line, 0) == '(' || byteAt(line, 0) == '[' && rec.Time == 0) {
		// SSSD's debug log after its time in parentheses, and on its stderr without one:
		// "[sssd] [sss_ini_parse] (0x0010): Failed to parse configuration."
		if lvl, ok := sssdLevel(line); ok {
			rec.Level = lvl
		}
	}
	if rec.Format == FormatText && rec.Level == Unknown && bytes.IndexByte(line[:min(len(line), 40)], '%') >= 0 {
		// A network device's message id after a counter and an uptime, which are no time: IOS's
		// "000412: 3d05h: %LINK-3-UPDOWN: …" without `service timestamps log datetime`.
		if lvl, ok := idAfterCounters(line); ok {
			rec.Level = lvl
		}
	}
	if rec.Level == Unknown && rec.Time != 0 && byteAt(line, int(rec.Message.Start)) == '%' && rec.Unescaped == nil {
		// A network device's message id opening the message after a time in any spelling:
		// "07:41:16.123 UTC Sun Nov 29 2026: %LINK-3-UPDOWN: …".
		if lvl, ok := openingIDLevel(line, int(rec.Message.Start)); ok {
			rec.Level = lvl
		}
	}
	if rec.Level == Unknown && rec.Time != 0 && rec.Format != FormatJSON && rec.Format != FormatLogfmt && rec.Format != FormatAccess {
		if lvl, ok := alarmSeverity(line); ok {
			rec.Level = lvl
		} else if lvl, ok := commandLevel(line, int(rec.Message.Start)); ok {
			rec.Level = lvl
		}
	}
	if rec.Level == Unknown && rec.Format == FormatText && byteAt(line, 0) == ' ' && elapsedTab(line) {
		if tab := bytes.IndexByte(line, '\t'); nutDebug(line[tab+1 : max(tab+1, indexByteFrom(line[:min(len(line), tab+40)], ']', tab+1)+1)]) {
			rec.Level = Debug // NUT's debug output: "   0.000344\t[D1] debug level is '1'"
		}
	}
	return rec
}

// learnShape checks the shape a line fit against its full parse, or learns the shape of a line
// that fit none. A syslog line's shape reads its header alone, and is checked against the header
// the syslog parser read.
func (p *Parser) learnShape(line []byte, rec, shaped *Record, sr shapeRead) {
	full, roles, h := rec, true, &bsdHeader{}
	if p.format == FormatRFC3164 {
		full = nil
		if hd, ok := p.header.of(line); ok && rec.Format == FormatRFC3164 {
			full, h = &hd.rec, &hd.h
			roles = sr.sh == nil || sr.reads(h)
		}
	}
	if p.shapes.list != [maxShapes]*lineShape{} {
		p.shapes.keepFacts(factsOf(&p.mem, &p.wall))
	}
	switch {
	case sr.sh != nil && p.shapes.list != [maxShapes]*lineShape{}:
		p.shapes.check(sr, line, full, shaped, roles, &p.mem, p.nowNano(), &p.wall)
	case full != nil && learnable(line, full, p.format, h) && p.shapes.mayLearn():
		if st, ok := locate(line, p.nowNano(), &p.wall); ok {
			p.shapes.learn(line, full, st, shapeRolesOf(line, p.format, h), &p.mem, p.nowNano(), &p.wall)
		}
	}
}

// shapeRolesOf returns the words a shape of a line of format reads, beside its time and host.
func shapeRolesOf(line []byte, format Format, h *bsdHeader) shapeRoles {
	if format != FormatRFC3164 {
		return shapeRoles{level: true}
	}
	roles := shapeRoles{tag: h.tag, pid: h.pid}
	if h.pri >= 0 {
		roles.pri = Span{1, int32(bytes.IndexByte(line, '>'))}
	}
	return roles
}

// commandLevel reads a level in capitals with its colon past the words a level is looked for in,
// in the two places programs put one there: after the colon that ends a program's whole command
// line, as rsnapshot writes "[2026-…] /usr/bin/rsnapshot -c /etc/rsnapshot.conf daily: ERROR: …";
// and with PostgreSQL's two blanks after it, behind a prefix of more columns than a level is
// looked past ("%m %a %h %c %l %v %x", openGauss's "… 0[0:0#0]  0 [BACKEND] WARNING:  …").
// Elsewhere such a word is prose's ("user said: ERROR: …", "report: CRITICAL: 0, ERROR: 0").
func commandLevel(line []byte, msg int) (Level, bool) {
	head := line[min(msg, len(line)):min(len(line), msg+200)]
	if byteAt(head, 0) == '/' {
		if i := bytes.Index(head, []byte(": ")); i >= 0 {
			if lvl, e, ok := upperLevelAt(head, i+2); ok && !isDigitAt(head, skipBlanks(head, e)) {
				return lvl, true
			}
		}
	}
	if c := colonTwoBlanks(head); c > 0 && bytes.Index(head[:c], []byte(": ")) < 0 {
		// PostgreSQL's severity, its colon and two blanks, behind a prefix's columns: the first
		// word in capitals so marked is the record's, a DETAIL's or a STATEMENT's is none. The
		// column before it is a number (the transaction's, %x) or a module in brackets; after a
		// word, a label or a sentence's colon it is a count's or a quoted error's ("Totals
		// ERROR:  0", "do failed: ERROR:  relation …").
		s := bytes.LastIndexByte(head[:c], ' ') + 1
		ps, pe := lastToken(head[:s])
		col := head[ps:pe]
		if digitsOnly(col) || len(col) > 2 && col[0] == '[' && col[len(col)-1] == ']' && isUpperWord(col[1:len(col)-1]) {
			if lvl, e, ok := upperLevelAt(head, s); ok && !isDigitAt(head, skipBlanks(head, e)) {
				return lvl, true
			}
		}
	}
	return Unknown, false
}

// colonTwoBlanks returns the index of the first colon followed by two blanks in b, or -1. A line
// holds few colons, which the vectorized search finds at once; bytes.Index over a long line
// stops at each colon and compares from there too, at several times the cost.
func colonTwoBlanks(b []byte) int {
	for i := 0; i < len(b); {
		k := bytes.IndexByte(b[i:], ':')
		if k < 0 {
			return -1
		}
		i += k
		if hasPrefixAt(b, i+1, "  ") {
			return i
		}
		i++
	}
	return -1
}

// lastToken returns the bounds of the last blank-separated word of b.
func lastToken(b []byte) (int, int) {
	e := len(b)
	for e > 0 && (b[e-1] == ' ' || b[e-1] == '\t') {
		e--
	}
	s := e
	for s > 0 && b[s-1] != ' ' && b[s-1] != '\t' {
		s--
	}
	return s, e
}

// upperLevelAt reads a level word in capitals and its colon at b[i], "ERROR:", "WARNING:", and
// returns where the word ends.
func upperLevelAt(b []byte, i int) (Level, int, bool) {
	s, e := nextToken(b, i)
	if s != i || e-s < 4 || b[e-1] != ':' || !isUpperWord(b[s:e-1]) {
		return Unknown, e, false
	}
	lvl, ok := levelToken(b[s:e], true)
	return lvl, e, ok
}

// alarmWindow bounds the search for an alarm table's severity column: its rows put it among
// their first columns, before the alarm's text.
const alarmWindow = 120

// alarmSeverity reads the perceived severity of an alarm table's row, ITU-T X.733's critical,
// major, minor and warning, in a column of its own: a word set off by two blanks or more on both
// sides, capitalized or in capitals, as Junos' "show system alarms" ("2026-11-29 07:41:16 UTC
// Major  PEM 1 Input Failure"), IOS XR's "show alarms brief", VRP's "display alarm history" and
// fmadm faulty write it, on a line with a time. One blank is not enough: "a Minor fix" is prose;
// nor is a line without a time: a table of music's keys ("C  Major") or of ranks.
func alarmSeverity(line []byte) (Level, bool) {
	head := line[:min(len(line), alarmWindow)]
	for i := indexTwoSpaces(head); i >= 0; {
		s, e := nextToken(head, i)
		if s == e {
			return Unknown, false
		}
		if e == len(line) || hasPrefixAt(line, e, "  ") {
			switch string(head[s:e]) {
			case "Critical", "CRITICAL":
				return Critical, true
			case "Warning", "WARNING":
				return Warn, true
			}
			if lvl, ok := alarmLevel(head[s:e]); ok {
				return lvl, true
			}
		}
		k := indexTwoSpaces(head[e:])
		if k < 0 {
			return Unknown, false
		}
		i = e + k
	}
	return Unknown, false
}

// alarmLevel maps the perceived severities of ITU-T X.733 that are no level's name, capitalized
// or in capitals, onto levels: Major an error, Minor a warning.
func alarmLevel(w []byte) (Level, bool) {
	switch string(w) {
	case "Major", "MAJOR":
		return Error, true
	case "Minor", "MINOR":
		return Warn, true
	}
	return Unknown, false
}

// parseAfterNULs parses a line that begins with NUL bytes, as the first line written after a
// crash does when the file system had extended the file with zeroes: the record is read from
// the text after them, and its spans point into the whole line.
func (p *Parser) parseAfterNULs(line []byte) Record {
	k := 0
	for k < len(line) && line[k] == 0 {
		k++
	}
	if k == len(line) {
		return Record{Format: FormatText, Message: Span{0, int32(len(line))}}
	}
	return shifted(p.Parse(line[k:]), k)
}

// braceID reports whether a line's first word is an id in braces, a GUID's "{4F1C2A7E-…}", and
// no piece of JSON: letters, digits and dashes only.
func braceID(line []byte) bool {
	_, e := nextToken(line, 0)
	if e < 3 || line[e-1] != '}' {
		return false
	}
	for _, c := range line[1 : e-1] {
		if !isAlnum(c) && c != '-' {
			return false
		}
	}
	return true
}

// bracedHeader reports whether line opens with groups in braces and then a bracket or a number,
// as a header's first column: "{rss usage: 91815936 bytes/87MB} [pid: 4131|app: 0|req: 12/40] …".
func bracedHeader(line []byte) bool {
	lead := bracedLead(line)
	return lead > 0 && (byteAt(line, lead) == '[' || isDigit(byteAt(line, lead)))
}

// pipeRow reports whether a line's second word is a lone '|': a table's row, whose first column
// (ipmitool's right-aligned record id, "   1 | 11/29/2026 | 07:41:16 | …") comes before its time.
func pipeRow(line []byte) bool {
	_, e := nextToken(line, 0)
	s, e2 := nextToken(line, e)
	return e2-s == 1 && line[s] == '|'
}

// levelDashRow reports whether a line opens with a level word right-aligned in its column and a
// dash, as Padrino's logger and printf-style "%5s - " layouts write: "  DEBUG - 29/Nov/2026 …".
func levelDashRow(line []byte) bool {
	s, e := nextToken(line, 0)
	if _, ok := levelToken(line[s:e], true); !ok {
		return false
	}
	s, e2 := nextToken(line, e)
	return e2-s == 1 && line[s] == '-'
}

// facilityPrefix reads a facility and severity, with or without the PRI after them, then a colon
// and a blank, before a line's record; it returns the level and where the record starts (0 for
// none).
func facilityPrefix(line []byte) (Level, int) {
	if len(line) < 8 || line[0] < 'a' || line[0] > 'z' {
		return Unknown, 0
	}
	e := 1
	for e < len(line) && e < 32 && line[e] != ':' {
		if c := line[e]; c == ' ' || c == '=' {
			return Unknown, 0 // a word of prose or a logfmt key: most lines stop here
		}
		e++
	}
	if e < 5 || byteAt(line, e) != ':' || byteAt(line, e+1) != ' ' {
		return Unknown, 0
	}
	word := line[:e]
	if k := bytes.IndexByte(word, '<'); k > 0 && word[len(word)-1] == '>' {
		if _, ok := atoi(word[k+1 : len(word)-1]); !ok {
			return Unknown, 0
		}
		word = word[:k]
	}
	lvl, ok := facilityLevel(word)
	if !ok || !isAlphaAt(line, e+2) && !isDigitAt(line, e+2) && byteAt(line, e+2) != '<' {
		return Unknown, 0
	}
	return lvl, e + 2
}

// parseAngledFacility parses a line behind the facility and priority NetBSD's syslogd -v glues to
// the line it stores: "<auth.info>Nov 29 07:41:16 nbsd10 sshd[2207]: …", "<4.6>2026-…".
func (p *Parser) parseAngledFacility(line []byte) (Record, bool) {
	lvl, k := angledFacility(line)
	if k == 0 {
		return Record{}, false
	}
	p.prefixes++
	rec := shifted(p.Parse(line[k:]), k)
	p.prefixes--
	if rec.Level == Unknown {
		rec.Level = lvl
	}
	return rec, true
}

// angledFacility reads a facility and a priority in angle brackets glued to the date that follows
// them, "<auth.info>Nov 29 …" or "<4.6>2026-11-29T…", and returns the level and the prefix's
// length; a PRI's number alone is the syslog parsers'.
func angledFacility(line []byte) (Level, int) {
	if byteAt(line, 0) != '<' || len(line) < 12 {
		return Unknown, 0
	}
	d := 1
	for d < 4 && isDigit(line[d]) {
		d++
	}
	if line[d] == '>' {
		return Unknown, 0 // a PRI: most lines that open with '<'
	}
	e := indexByteFrom(line[:min(len(line), 24)], '>', 1)
	if e < 4 || bytes.IndexByte(line[1:e], '.') < 0 || !isAlphaAt(line, e+1) && !isDigitAt(line, e+1) {
		return Unknown, 0
	}
	lvl, ok := bracketedFacility(line[1:e])
	if !ok {
		return Unknown, 0
	}
	return lvl, e + 1
}

// colourWindow is how far into a line a colour code makes it read without its codes: they wrap
// the time and the level, which a line writes first.
const colourWindow = 96

// parseAside parses line as Parse does, learning from it alike, but into buffers of its own: a
// Record that an earlier call returned, which aliases the shared ones, stays whole. For a line read
// again out of turn (see Stream.releaseOrphans), between the parse of a line and its use.
func (p *Parser) parseAside(line []byte) Record {
	scratch, inner, colourMsg := p.scratch, p.innerScratch, p.colourMsg
	p.scratch, p.innerScratch, p.colourMsg = nil, nil, nil
	rec := p.Parse(line)
	p.scratch, p.innerScratch, p.colourMsg = scratch, inner, colourMsg
	return rec
}

// parseColoured parses a line with colour codes inside it, as a console captured with its colours
// writes them around its time and level (Spring Boot's "\x1b[2m2026-…\x1b[0;39m \x1b[32m
// INFO\x1b[0;39m …", a coloured "\x1b[32mINFO\x1b[0m"), as its text without them, and gives its
// spans in the line. It reports false when the line holds no whole code.
func (p *Parser) parseColoured(line []byte) (Record, bool) {
	clean, at := withoutColour(p.colourless[:0], p.colourAt[:0], line, true, false)
	p.colourless, p.colourAt = clean, at
	if len(clean) == len(line) {
		return Record{}, false
	}
	p.inColour = true
	rec := p.Parse(clean)
	p.inColour = false
	inLine := func(k int32) int32 { // where the clean text's byte k, or its end, is in the line
		if int(k) >= len(at) {
			return int32(len(line))
		}
		return at[k]
	}
	if rec.Host.End > rec.Host.Start {
		// A host is a span of the line, so one with a code inside its name ("web\x1b[31m-1")
		// would keep the code: none is given rather than that.
		host := Span{inLine(rec.Host.Start), inLine(rec.Host.End-1) + 1}
		if host.End-host.Start != rec.Host.End-rec.Host.Start {
			host = Span{}
		}
		rec.Host = host
	}
	end := int32(len(line)) // a message to the clean text's end takes the codes after it too
	if int(rec.Message.End) < len(at) && rec.Message.End > rec.Message.Start {
		end = at[rec.Message.End-1] + 1 // a JSON value's, inside the line
	}
	rec.Message = Span{inLine(rec.Message.Start), end}
	if rec.Unescaped == nil && rec.Message.End > rec.Message.Start {
		// The message is shown, searched and exported without its colours: codes inside it
		// ("\x1b[36mport=\x1b[0m8080") would keep a search for "port=8080" from matching. Any
		// other control sequence stays, for the interface to show as text. The line keeps all.
		msg := line[rec.Message.Start:rec.Message.End]
		if p.colourMsg, _ = withoutColour(p.colourMsg[:0], nil, msg, false, true); len(p.colourMsg) < len(msg) {
			rec.Unescaped = p.colourMsg
		}
	}
	return rec, true
}

// withoutColour appends line without its control sequences (only its colours' when sgrOnly is
// set) to clean and, when track is set, to at where each byte kept was in the line.
func withoutColour(clean []byte, at []int32, line []byte, track, sgrOnly bool) ([]byte, []int32) {
	for i := 0; i < len(line); {
		if j := colourEnd(line, i, sgrOnly); j > i {
			i = j
			continue
		}
		clean = append(clean, line[i])
		if track {
			at = append(at, int32(i))
		}
		i++
	}
	return clean, at
}

// colourEnd returns the end of the control sequence at line[i] (only a colour's when sgrOnly is
// set), or i when none starts there: an ESC's, or a colour code as rsyslog escapes the ESC it
// receives ("#033[31m", see escapedColourLeftOut), or as OpenBSD's syslogd does ("\^[[31m").
func colourEnd(line []byte, i int, sgrOnly bool) int {
	switch {
	case line[i] == 0x1b:
		if j := csiEnd(line, i); j > i && (!sgrOnly || line[j-1] == 'm') {
			return j
		}
	case line[i] == '#' && hasPrefixAt(line, i, escapedColour):
		if j := csiEnd(line, i+3); j > i+3 && line[j-1] == 'm' { // "#033" stands for the ESC
			return j
		}
	case line[i] == '\\' && hasPrefixAt(line, i, visColour):
		if j := csiEnd(line, i+2); j > i+2 && line[j-1] == 'm' { // "\^[" stands for the ESC
			return j
		}
	}
	return i
}

// fieldsLine is the line of raw whose fields Fields reads, as Parse read it: the first, after a
// prefix it skips, and without its colours when it read it without codes (a copy then).
func fieldsLine(raw []byte) []byte {
	line := parsedLine(raw)
	if hasColour(line) {
		line, _ = withoutColour(nil, nil, line, false, true)
	}
	return line
}

// linePrefix is the length of a line's prefix (see prefixLen), kept for the line it was found in.
type linePrefix struct {
	at   *byte
	n, k int
}

// prefixOf is prefixLen(line), not looked for again in the line Parse has just read.
func (p *Parser) prefixOf(line []byte) int {
	if len(line) > 0 && &line[0] == p.prefix.at && len(line) == p.prefix.n {
		return p.prefix.k
	}
	return prefixLen(line)
}

// maxPrefixes bounds the prefixes passed over before a line's record: real lines have two or three
// (a colour code, a collector's time, a process manager's column).
const maxPrefixes = 4

// collectorTime reads the collector's time that ends line's prefix of k bytes (see
// collectorStamp), when it has one.
func (p *Parser) collectorTime(line []byte, k int) (int64, bool) {
	n, j := prefixSpan(line)
	if j < 0 || n != k {
		return 0, false
	}
	if svlogdStampEnd(line[j:]) > 0 {
		return svlogdTime(line[j:])
	}
	t, _, ok := parseISO(line[j:], &p.wall)
	return t, ok
}

// parsedLine is the first line of raw after the prefix Parse skips (see prefixLen).
func parsedLine(raw []byte) []byte {
	line := firstLine(raw)
	return line[prefixLen(line):]
}

// hasColour reports whether Parse reads line without its colour codes.
func hasColour(line []byte) bool {
	return bytes.IndexByte(line[:min(len(line), colourWindow)], 0x1b) >= 0
}

// csiEnd returns the end of the control sequence (ESC '[', parameters, a final letter) at
// line[i:], or i when there is none.
func csiEnd(line []byte, i int) int {
	if byteAt(line, i+1) != '[' {
		return i
	}
	j := i + 2
	for j < len(line) && j-i < 256 && line[j] >= 0x30 && line[j] <= 0x3f { // digits and ; : < = > ?
		j++
	}
	if j >= len(line) || line[j] < 0x40 || line[j] > 0x7e {
		return i
	}
	return j + 1
}

// shifted is rec, read from a line's text after its first k bytes, with its spans in the whole line.
func shifted(rec Record, k int) Record {
	if rec.Host.End > 0 {
		rec.Host.Start, rec.Host.End = rec.Host.Start+int32(k), rec.Host.End+int32(k)
	}
	rec.Message.Start, rec.Message.End = rec.Message.Start+int32(k), rec.Message.End+int32(k)
	return rec
}

// lateStamp gives a layout or logfmt record without a time of its own the time the locator finds
// among its first words: "[WARN] 2026-11-29T07:41:16Z cache miss", an audit record's
// "msg=audit(1764401476.588:4686):". A time further in belongs to the message, not the record,
// unless the layout fences it off as a field of its own, one word later: OpenMRS's "INFO -
// Listener.contextInitialized(178) |2026-11-29T07:41:16,204| Starting …".
func (p *Parser) lateStamp(line []byte, rec *Record) {
	s, ok := locate(line, p.nowNano(), &p.wall)
	if !ok || s.kind == stampColumnEpoch {
		return
	}
	if (s.token > 3 || s.token == 3 && !fenced(line, s.start, s.end)) && !timeLabelLast(line[:s.start]) {
		msg, ok := barColumn(line, s.start, s.end)
		if !ok {
			return
		}
		// The time is a column of a header set off by bars, as the Java Service Wrapper writes
		// "INFO   | jvm 1    | 2026/11/29 07:41:16 | …": what follows is the program's own
		// line, whose level, when it writes one, is the record's rather than the wrapper's.
		rec.Time = s.t
		rec.Message.Start = int32(msg)
		if lvl, ok := ownLevel(line[msg:], p.nowNano(), &p.wall); ok {
			rec.Level = lvl
		}
		return
	}
	rec.Time = s.t
	if rec.Unescaped == nil && int(rec.Message.Start) == s.start {
		// The message was where the time is: it starts after it, unless the time was all of it.
		rec.Message.Start = int32(min(afterStamp(line, s.end), int(rec.Message.End)))
	}
}

// lastBracketTime reads the time a line without one at its start ends with, alone in brackets:
// java.util.logging's SimpleFormatter set to "%4$s: %5$s [%1$tc]%n" writes "WARNING: … [Sun Nov
// 29 07:41:16 UTC 2026]". A date with its clock only, and the whole of the brackets.
func (p *Parser) lastBracketTime(line []byte) int64 {
	o := bytes.LastIndexByte(line[max(0, len(line)-maxLastBracket):], '[')
	if o < 0 {
		return 0
	}
	v := line[len(line)-min(len(line), maxLastBracket)+o+1 : len(line)-1]
	if len(v) < len("11/29 07:41:16") || bytes.IndexByte(v, ':') < 0 {
		return 0 // a tag, a count or an id in brackets: no date with its clock
	}
	now := p.nowNano()
	if st, ok := locate(v, now, &p.wall); ok && st.start == 0 && st.end == len(v) && st.kind == stampDate && plausible(st.t, now) {
		return st.t
	}
	return 0
}

// maxLastBracket bounds the brackets lastBracketTime looks in: a ctime with a zone's name fits.
const maxLastBracket = 48

// metaTime reads the time in the object of metadata a line ends with, as winston's simple format
// writes it after the message when the timestamp format ran before it: "info: app started
// {"port":8080,"timestamp":"2026-11-29T07:41:16.456Z"}". The object holds no blank before its
// first key, so that a message's own braces ("{ a }") are not taken for one.
func (p *Parser) metaTime(line []byte) int64 {
	o := bytes.LastIndex(line, []byte(` {"`))
	if o < 0 {
		return 0
	}
	obj := line[o+1:]
	for _, key := range [...]string{`"timestamp":"`, `"time":"`, `"@timestamp":"`} {
		k := bytes.Index(obj, []byte(key))
		if k < 0 {
			continue
		}
		v := obj[k+len(key):]
		if e := bytes.IndexByte(v, '"'); e > 0 && string(v[e:]) == `"}` {
			// The last key: winston's timestamp format adds it after the call's own metadata,
			// where an earlier key's time is a payload's ("{"event":"push","timestamp":…,"repo":…}").
			if t, ok := parseTimeValue(v[:e], &p.wall); ok {
				return t
			}
		}
	}
	return 0
}

// barColumn reports whether the time at line[start:end] is the second or third column of a
// header set off by bars, each column before it short and of at most two words (the Java Service
// Wrapper's "INFO   | jvm 1    | 2026/11/29 07:41:16 | …"), and where the text after it starts.
// A time further into a table's row is the row's data: a certificate's expiry, a job's next run.
func barColumn(line []byte, start, end int) (int, bool) {
	if start > 64 {
		return 0, false
	}
	b := start
	for b > 0 && line[b-1] == ' ' {
		b--
	}
	a := skipBlanks(line, end)
	if b == 0 || line[b-1] != '|' || byteAt(line, a) != '|' {
		return 0, false
	}
	bars := 0
	for head := line[:b-1]; ; bars++ {
		column, rest, more := bytes.Cut(head, []byte{'|'})
		if len(column) > 24 || wordCount(column) > 2 {
			return 0, false
		}
		if !more {
			break
		}
		head = rest
	}
	return skipBlanks(line, a+1), bars <= 1
}

// wordCount is the number of blank-separated words in b.
func wordCount(b []byte) int {
	n := 0
	for i := 0; ; n++ {
		s, e := nextToken(b, i)
		if s == e {
			return n
		}
		i = e
	}
}

// barHeader locates a line's time and reports whether it is a column of a header set off by bars
// (see barColumn), and where the text after that header starts.
func barHeader(line []byte) (int, bool) {
	if bytes.IndexByte(line[:min(len(line), 64)], '|') < 0 {
		return 0, false // most lines: no bar in the header
	}
	s, ok := locate(line[:min(len(line), locateWindow)], maxPlausible, &wallClock{})
	if !ok {
		return 0, false
	}
	return barColumn(line, s.start, s.end)
}

// barStamped reports whether a line's time is a column of a header set off by bars: the
// record's, however many words come before it.
func barStamped(line []byte) bool {
	_, ok := barHeader(line)
	return ok
}

// markerLine reports whether a line is a console logger's bracketed marker, a label between
// dashes and a time closing it: conserver's "[-- MARK -- Sun Nov 29 07:42:00 2026]" and "[-- Console
// up -- …]" between what the console printed. It is a record of its own, its time deep in it.
func markerLine(line []byte) bool {
	n := len(line)
	return n > 20 && line[n-1] == ']' && hasPrefixAt(line, 0, "[-- ") && bytes.Contains(line[4:min(n, 40)], []byte(" -- ")) && isDigit(line[n-2])
}

// ownLevel is the level of a whole log line behind another's header: the word after the time it
// opens with, or after a thread's bracket there. A level word with no time before it may be the
// message's ("Error: …").
func ownLevel(line []byte, now int64, w *wallClock) (Level, bool) {
	s, ok := locate(line[:min(len(line), locateWindow)], now, w)
	if !ok || s.start != 0 {
		return Unknown, false
	}
	ts, te := nextToken(line, afterStamp(line, s.end))
	if lvl, ok := levelToken(line[ts:te], true); ok || te == ts || line[ts] != '[' {
		return lvl, ok
	}
	// A thread's name in brackets before the level, blanks and all: "[alpha - q-to-thl-0] WARN".
	ts, te = nextToken(line, groupEnd(line, ts, te))
	return levelToken(line[ts:te], true)
}

// wrappedLine reports whether a line holds a whole log line with its own time and level behind
// the header its bars set off, as the parser read it (see lateStamp).
func wrappedLine(line []byte) bool {
	msg, ok := barHeader(line)
	if !ok {
		return false
	}
	_, ok = ownLevel(line[msg:], maxPlausible, &wallClock{})
	return ok
}

// fenced reports whether the time at line[start:end] stands between bars or brackets of its own.
func fenced(line []byte, start, end int) bool {
	if start == 0 || end >= len(line) {
		return false
	}
	switch line[start-1] {
	case '|':
		return line[end] == '|'
	case '[':
		return line[end] == ']'
	}
	return false
}

// leftToRight is U+200E, the mark Windows writes before each part of a date it formats for a
// left-to-right locale: Defender's MpCmdRun.log " Start Time: \u200eSun \u200eNov \u200e29 \u200e2026
// 07:41:16".
const leftToRight = "\u200e"

// markedStamp reads the time of a line whose date is broken up by left-to-right marks, looking
// for it in a copy without them; the rest of the record stays as parsed.
func (p *Parser) markedStamp(line []byte, rec *Record) {
	head := line[:min(len(line), locateWindow+32)]
	if bytes.IndexByte(head, 0xe2) < 0 || !bytes.Contains(head, []byte(leftToRight)) {
		return
	}
	var buf [locateWindow + 32]byte
	plain := buf[:0]
	for rest := head; len(rest) > 0; {
		before, after, found := bytes.Cut(rest, []byte(leftToRight))
		plain = append(plain, before...)
		if !found {
			break
		}
		rest = after
	}
	if s, ok := locate(plain, p.nowNano(), &p.wall); ok && s.token <= 3 && s.kind != stampColumnEpoch {
		rec.Time = s.t
	}
}

// rubyLogHeader opens the first line of a file Ruby's Logger created: "# Logfile created on
// 2026-11-29 07:41:16 +0000 by logger.rb/v1.5.0".
const rubyLogHeader = "# Logfile created on "

// glogAborted opens the report glog's failure signal handler writes, the time in Unix seconds:
// "*** Aborted at 1796205514 (unix time) try "date -d @1796205514" if you are using GNU date ***".
const glogAborted = "*** Aborted at "

// glogHeader opens the header glog and klog write at the top of each file in their log_dir, whose
// next three lines name the machine, the binary and the line format: "Log file created at:
// 2026/11/29 07:41:16".
const glogHeader = "Log file created at: "

// ParseAs parses line as format f only; ok is false when the line is not in that format. FormatText
// always succeeds.
func (p *Parser) ParseAs(f Format, line []byte) (Record, bool) {
	var rec Record
	if !p.parseAs(f, line, &rec) {
		return Record{}, false
	}
	return rec, true
}

// parseAs is ParseAs filling rec in place; rec is undefined when it returns false.
func (p *Parser) parseAs(f Format, line []byte, rec *Record) bool {
	switch f {
	case FormatJSON:
		return p.parseJSON(line, rec)
	case FormatLogfmt:
		return p.parseLogfmt(line, rec)
	case FormatRFC3164:
		return p.parse3164(line, rec)
	case FormatRFC5424:
		return p.parse5424(line, rec)
	case FormatAccess:
		return p.parseAccess(line, rec)
	case FormatLayout:
		return p.parseLayout(line, rec)
	case FormatStamped:
		return p.parseStamped(line, rec)
	case FormatCustom:
		var ok bool
		*rec, ok = p.parseCustom(line)
		return ok
	}
	parseText(line, rec)
	return true
}

// taggedSyslog reports whether line reads as an RFC 3164 header with a host and a program.
func (p *Parser) taggedSyslog(line []byte) bool {
	var h bsdHeader
	var rec Record
	return scan3164Header(line, p.nowNano(), &p.wall, &rec, &h) && h.host.End > 0 && h.tag.End > 0
}

// detect tries the formats in an order where the stricter shapes come first; the first byte rules
// most of them out at once, so a miss costs a few comparisons. The parser of format tried, which
// has just turned the line down, is not asked again.
func (p *Parser) detect(line []byte, rec *Record, tried Format) {
	if len(line) == 0 {
		*rec = Record{Format: FormatText}
		return
	}
	c := line[0]
	if c == '{' || c == ' ' || c == '\t' {
		if tried != FormatJSON && p.parseJSON(line, rec) {
			return
		}
		if c != '{' && octetCount(line) > 0 && (p.parse5424(line, rec) || p.parse3164(line, rec)) {
			return // a PRI after a blank or a tab: " <13>Nov 29 …"
		}
		if c == ' ' && isDigit(byteAt(line, 1)) && byteAt(line, 2) >= 0x80 && p.parse3164(line, rec) {
			return // journalctl under ja_JP, whose month glibc pads: " 1月 05 07:41:16 host …"
		}
		// A right-aligned first column (Zabbix's "%6d" pid) indents a record that has a time in
		// its first words; a time further in belongs to a continuation line's text.
		if c != '{' && (parseInstant(line, rec) || p.parseStamped(line, rec) && (p.mem.lastToken <= 1 || p.mem.lastToken == 2 && (pipeRow(line) || levelDashRow(line)) || p.mem.lastRow)) {
			return
		}
		if c == ' ' && p.parsePaddedLevelFirst(line, rec) {
			return
		}
		if c == '{' && braceID(line) && p.parseStamped(line, rec) && p.mem.lastToken == 1 {
			return // Windows Update's ReportingEvents.log: "{GUID}	2026-11-28 23:41:16:412-0800	…"
		}
		if c == '{' && (bracedHeader(line) || bracedGMTClock(line)) && p.parseStamped(line, rec) {
			return // uWSGI's memory-report before its request line (see bracedLead); Elite Dangerous' "{07:41:16GMT 96.066s}"
		}
		if c == '{' && rubyHash(line) && p.parseRubyHash(line, rec) {
			return // Logstash's own log before version 5: {:timestamp=>"…", :message=>"…", :level=>:warn}
		}
		parseText(line, rec)
		return
	}
	if (c == '<' || isDigit(c) && (octetCount(line) > 0 || ietfWithoutPRI(line))) && (tried != FormatRFC5424 && p.parse5424(line, rec) || p.parseCMTrace(line, rec) || p.parseEventXML(line, rec)) {
		return
	}
	if c == '!' && p.parseEclipse(line, rec) {
		return
	}
	if (c == '<' || isAlpha(c) || isDigit(c) || c >= 0x80) && tried != FormatRFC3164 && p.parse3164(line, rec) {
		return
	}
	if tried != FormatLayout && p.parseLayout(line, rec) {
		return
	}
	if (isAlnum(c) || c == ':') && tried != FormatAccess && p.parseAccess(line, rec) {
		return
	}
	if tried != FormatLogfmt && p.parseLogfmt(line, rec) {
		return
	}
	if p.parseStamped(line, rec) {
		return
	}
	parseText(line, rec)
}

func (p *Parser) vote(f Format) {
	if f == FormatText {
		return
	}
	p.votes[f]++
	if p.votes[f] >= maxVotes {
		for i := range p.votes {
			p.votes[i] /= 2
		}
	}
	if p.format == FormatText || p.votes[f] > p.votes[p.format] {
		p.format = f
	}
}

// nowNano returns the cached clock in Unix nanoseconds.
func (p *Parser) nowNano() int64 {
	if p.nowAge == 0 || p.nowNS == 0 {
		if p.now == nil {
			p.now = time.Now
		}
		p.nowNS = p.now().UnixNano()
		p.nowAge = nowRefresh
	}
	p.nowAge--
	return p.nowNS
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

// openvpnMicros adds the microseconds that OpenVPN writes after its time from verbosity 4 on,
// "2026-12-03 08:26:56 us=730853 Note: …" padded to six since 2.6, and before it after ctime's,
// unpadded: "Sun Nov 29 07:41:16 2026 us=48120 MULTI: …" is .048120 s. A relay's name in brackets
// may come first (Pritunl's "[host] "). The message starts after them.
func openvpnMicros(line []byte, rec *Record) {
	base := 0
	if line[0] == '[' {
		if k := indexByteFrom(line[:min(len(line), 64)], ']', 1); k > 0 && byteAt(line, k+1) == ' ' {
			base = k + 2
		}
	}
	at, padded := base+20, true
	switch {
	case byteAt(line, base+10) == ' ' && byteAt(line, base+13) == ':' && hasPrefixAt(line, base+19, " us="):
	case byteAt(line, base+3) == ' ' && byteAt(line, base+7) == ' ' && byteAt(line, base+13) == ':' && hasPrefixAt(line, base+24, " us="):
		at, padded = base+25, false
	default:
		return
	}
	us, n := digitRun(line, at+3)
	if n == 0 || n > 6 || padded && n != 6 || byteAt(line, at+3+n) != ' ' || hasPrefixAt(line, at+4+n, "sy=") {
		return // OpenVPN pads them to six since 2.6; "us=12 sy=3" is a CPU's user share
	}
	rec.Time += int64(us) * 1000
	if int(rec.Message.Start) <= at+3+n {
		rec.Message.Start = int32(skipBlanks(line, at+3+n))
	}
}
