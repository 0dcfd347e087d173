package parse

import (
	"bytes"
	"math/bits"
	"strings"
)

// Layouts of text loggers: a leading timestamp (ISO 8601 in its many spellings, Go's 2006/01/02,
// a bare time of day as logback writes it, optionally in brackets, Apache's and PHP's bracketed
// times with the month as a word) or a klog/glog or Redis header, followed by a level word
// somewhere in the first few words, possibly a thread in brackets and a logger name; or, without
// timestamp, a line that starts with a marked level word ("ERROR:root:msg", "[WARN] msg", "<E> msg").

// layoutLine holds what scanLayout found, for the parser and for Fields.
type layoutLine struct {
	logger, thread, pid, source Span
	pairs                       Span  // the context pairs before the level ("user=app,db=shop"), read as fields
	timeEnd                     int32 // where the opening time ends, on the common path (see keepLayout); else 0
	levelFirst                  bool  // the first word after the time is the level word, which no host is
	parensOff                   *bool // the source's memory that its letters in parentheses are no levels (see headerLetter); nil: none
}

// layoutLevelWords is how many words after the timestamp may precede the level word: room for a
// thread and a logger name (logback's "[main] ERROR", Python's "- name - ERROR").
const layoutLevelWords = 4

// scanLayout parses a layout line; now places the year of a klog header. rec and lx are filled in
// place, and undefined when it returns false.
func scanLayout(line []byte, now int64, w *wallClock, rec *Record, lx *layoutLine) bool {
	*lx = layoutLine{parensOff: lx.parensOff}
	*rec = Record{Format: FormatLayout}
	if len(line) < 4 {
		return false
	}
	if t, lvl, n, ok := parseGlog(line, now, w); ok {
		rec.Time, rec.Level = t, lvl
		glogRest(line, n, rec, lx)
		return true
	}
	if line[0] == '[' {
		if t, lvl, n, ok := parseGlog(line[1:], now, w); ok {
			// PyTorch's c10 logging: glog's letter, date and time in a bracket with the source's
			// file and line, no thread: "[W1129 07:41:31.204877301 ProcessGroupNCCL.cpp:4715] …".
			if e := indexByteFrom(line[:min(len(line), n+96)], ']', n+1); e > 0 && line[n+1] == ' ' && fileLine(line[n+2:e]) {
				rec.Time, rec.Level = t, lvl
				rec.Message = Span{int32(skipBlanks(line, e+1)), int32(len(line))}
				return true
			}
		}
	}
	if redisLine(line, now, w, rec, lx) {
		return true
	}
	if rdkafkaLine(line, now, rec) {
		return true
	}
	if line[0] == '[' && isDigitAt(line, 1) && jvmCount(line) && jvmDecorations(line, now, w, rec) {
		return true // "[1796236598847ms][web-07][info][gc] …": a count first, which no layout's time is
	}
	i, open, letter := 0, line[0] == '[', byte(0)
	if open {
		i = 1
	} else if line[1] == '[' && strings.IndexByte("DIWE", line[0]) >= 0 {
		i, open, letter = 2, true, line[0] // a level's letter before the bracket: clangd's "I[07:41:16.204] …"
	} else if isAlpha(line[0]) {
		i = gluedPrefix(line) // the prefix is the logger's name, like a bracket's
	}
	t, n, ok := parseISO(line[i:], w)
	if !ok {
		t, n, ok = parseClock(line[i:], now, w)
		var st stamp
		if ok && byteAt(line, i+n) == ' ' && isAlphaAt(line, i+n+1) && clockThenNamedDate(line, i, now, w, &st) {
			t, n = st.t, st.end-i // Cisco's "07:41:16.123 UTC Sun Nov 29 2026": the date after the clock
		} else if ok && byteAt(line, i+n) == ' ' && isDigitAt(line, i+n+1) && clockThenDate(line, i, now, w, &st) {
			t, n = st.t, st.end-i // "21:04:11 11/27/2026", "7:41:16 PM 11/27/2026": the day the line writes, not today
		}
	}
	if !ok && i == 0 {
		t, n, ok = parseKitchen(line, now, w)
	}
	if !ok && i == 1 {
		t, n, ok = bracketedWordTime(line[1:], w)
	}
	if ok {
		i += n
		if open {
			if i >= len(line) || line[i] != ']' {
				return false
			}
			i++
		}
		if i < len(line) && open && line[i] == '[' && letter == 0 {
			rec.Time = t
			if adjacentBrackets(line, i, rec, lx) {
				return true
			}
			*lx = layoutLine{parensOff: lx.parensOff}
			return jvmDecorations(line, now, w, rec) // "[time][web-07][7311][info][gc] …"
		}
		if !open && hasPrefixAt(line, i, ": ") {
			i++ // Pgpool-II's "2026-11-29 07:41:16.123: main pid 4120: LOG:"
		}
		if i < len(line) && line[i] != ' ' && line[i] != '\t' && line[i] != ']' {
			return false
		}
		rec.Time = t
		lx.timeEnd = int32(i)
		afterTime(line, criStream(line, i, now, w), rec, lx)
		if i == 1+n && isAlpha(line[0]) {
			rec.Level, _ = alphabetLevel(line[0], "DIWEF") // the letter glued to the date is the level
		} else if letter != 0 {
			rec.Level, _ = alphabetLevel(letter, "DIWE")
		}
		if rec.Level == Unknown {
			rec.Level = relayedLevel(line, int(rec.Message.Start), now, w)
		}
		if rec.Level == Unknown && (line[0] == '[' || byteAt(line, int(rec.Message.Start)) == '[' && uptimeBracketEnd(line[rec.Message.Start:]) > 0) {
			// dmesg -T's "[Sun Nov 29 07:41:58 2026] LustreError: …", and a stamped console's
			// uptime: "2026-11-29 07:41:18 [  614.551902] LNetError: …"
			rec.Level, _ = componentOpening(line, int(rec.Message.Start))
		}
		return true
	}
	if (line[0] == '(' || line[0] == '*' || isAlpha(line[0])) && glibLine(line, now, w, rec) {
		return true
	}
	return leadingLevelLine(line, now, rec, lx, w)
}

// relayedLevel reads the level of a line that a program relays from another with its own time:
// Packer's and Terraform's plugins, "2026/11/29 07:41:17 packer-plugin-amazon plugin: 2026/11/29
// 07:41:17 [INFO] (aws): …". A tag of one or two words ending in ':' is followed by a line of its
// own, whose level is the record's.
func relayedLevel(line []byte, msg int, now int64, w *wallClock) Level {
	if isDigitAt(line, msg) {
		// The program's own line with its time behind a runtime's, as docker logs --timestamps
		// writes it: "2026-11-29T07:41:16.204117820Z 1:C 29 Nov 2026 07:41:16.203 # Warning …".
		var rec Record
		var lx layoutLine
		if scanLayout(line[msg:], now, w, &rec, &lx) && rec.Time != 0 {
			return rec.Level
		}
	}
	j := msg
	for k := 0; k < 2; k++ {
		s, e := nextToken(line, j)
		if s == e {
			return Unknown
		}
		j = e
		if line[e-1] != ':' || e-s < 2 {
			continue
		}
		inner := skipBlanks(line, e)
		if !isDigitAt(line, inner) {
			return Unknown
		}
		var rec Record
		var lx layoutLine
		if scanLayout(line[inner:], now, w, &rec, &lx) && rec.Time != 0 {
			return rec.Level
		}
		return Unknown
	}
	return Unknown
}

// bracketedWordTime reads the times written in brackets with the month as a word: Apache's error
// log "Mon Nov 23 14:00:05.123456 2026" and PHP's "23-Nov-2026 14:00:05", whose zone name
// ("UTC", "Europe/Berlin") is passed over up to the bracket.
func bracketedWordTime(b []byte, w *wallClock) (int64, int, bool) {
	t, n, ok := parseCtime(b, w)
	if !ok {
		t, n, ok = parseDMY(b, w)
	}
	if ok && n < len(b) && b[n] == ' ' {
		if k := indexByteFrom(b, ']', n); k > n && k-n < 40 && indexByteFrom(b[:k], ' ', n+1) < 0 {
			n = k
		}
	}
	return t, n, ok
}

// rdkafkaLine parses librdkafka's default log line, which Kafka clients in every language write
// to stderr: "%7|1795938076.412|BROKER|rdkafka#producer-1| [thrd:app]: …", a syslog severity after
// the percent sign, then Unix seconds with their milliseconds, the facility and the client's
// name between pipes.
func rdkafkaLine(line []byte, now int64, rec *Record) bool {
	if len(line) < 16 || line[0] != '%' || line[1] < '0' || line[1] > '7' || line[2] != '|' {
		return false
	}
	e := indexByteFrom(line, '|', 3)
	if e < 0 {
		return false
	}
	t, ok := parseEpoch(line[3:e])
	if !ok || !plausible(t, now) || bytes.IndexByte(line[3:e], '.') < 0 {
		return false
	}
	rec.Time, rec.Level = t, LevelFromSyslog(int(line[1]-'0'))
	msg := e + 1
	for k := 0; k < 2; k++ { // the facility and the client's name
		if n := indexByteFrom(line, '|', msg); n >= 0 {
			msg = n + 1
		}
	}
	rec.Message = Span{int32(skipBlanks(line, msg)), int32(len(line))}
	return true
}

// redisLine parses Redis's "1:M 23 Nov 2026 14:00:07.123 * Ready to accept connections": the
// pid, the role (X sentinel, C child, S replica, M primary), the time and a mark for the level.
// Redis 3 wrote no year ("1:M 23 Nov 14:00:07.123 *"), Redis 2 the pid in brackets ("[412] 23
// Nov 14:00:07 *"), and the oldest nothing before the time. It fills rec and lx only when the line
// is one; it is tried on every layout line, so a miss costs a few byte comparisons.
func redisLine(line []byte, now int64, w *wallClock, rec *Record, lx *layoutLine) bool {
	j, pid := redisPrefix(line)
	if j < 0 {
		return redisSignalLine(line, rec, lx)
	}
	day := j + 1
	if isDigitAt(line, day) {
		day++
	}
	var t int64
	var n int
	switch role := pid.End > 0 && line[pid.End] == ':'; {
	case isDigitAt(line, j) && byteAt(line, day) == ' ' && isAlpha(byteAt(line, day+1)): // the day, then the month as a word
		var ok bool
		t, n, ok = parseDMY(line[j:], w)
		if ok && !role {
			return false // only "pid:role" lines write a year: "29 Nov 2026 07:41:17 - ERROR: …" is a script's
		}
		if !ok {
			var d dateTime
			if !readDateTime(line, j, now, w, &d) || d.year != 0 {
				return false
			}
			t, n = d.t, d.end-j
		}
	case role:
		// Valkey 8.1's log-timestamp-format: milliseconds after the epoch's seconds
		// ("1:M 1795938076.204 * …") or ISO 8601 ("1:M 2026-11-29T08:41:16.204+01:00 * …").
		var ok bool
		if t, n, ok = redisEpoch(line[j:]); !ok {
			if t, n, ok = parseISO(line[j:], w); !ok {
				return false
			}
		}
	default:
		return false
	}
	i := j + n
	if i+3 > len(line) || line[i] != ' ' || (i+3 < len(line) && line[i+2] != ' ') {
		return false
	}
	var lvl Level
	switch line[i+1] {
	case '.':
		lvl = Debug
	case '-': // verbose, which Redis itself sends to syslog as info
		lvl = Info
	case '*':
		lvl = Notice
	case '#':
		lvl = Warn
	default:
		return false
	}
	if pid.End == 0 && lvl == Info {
		// Without a pid a dash is a separator as often as Redis 1.x's verbose mark: before a
		// bracketed level (Node-RED's "29 Nov 07:41:17 - [warn] …") or a name and its colon
		// (GenieACS's "29 Nov 07:41:16 - 7C8BCA-…-2218A4000193: Inform …") it marks no level.
		if s, e := nextToken(line, i+3); e-s > 2 && (line[s] == '[' && isLevelWord(line[s:e]) || line[e-1] == ':') {
			return false
		}
	}
	rec.Time, rec.Level = t, lvl
	lx.pid = pid
	rec.Message = Span{int32(min(i+3, len(line))), int32(len(line))}
	return true
}

// redisEpoch reads the Unix time with milliseconds that Valkey writes with
// log-timestamp-format milliseconds: "1795938076.204".
func redisEpoch(b []byte) (int64, int, bool) {
	_, n := digitRun(b, 0)
	if n != 10 || byteAt(b, n) != '.' {
		return 0, 0, false
	}
	_, f := digitRun(b, n+1)
	if f != 3 {
		return 0, 0, false
	}
	t, ok := parseEpoch(b[:n+4])
	return t, n + 4, ok
}

// redisSignalLine parses what Redis logs from its signal handler, which may not format a time:
// the pid, "signal-handler" and the Unix time in parentheses ("28853:signal-handler (1796304320)
// Received SIGTERM scheduling shutdown..."), a line of its own, without a level.
func redisSignalLine(line []byte, rec *Record, lx *layoutLine) bool {
	const handler = ":signal-handler ("
	_, n := digitRun(line, 0)
	if n == 0 || !hasPrefixAt(line, n, handler) {
		return false
	}
	i := n + len(handler)
	_, m := digitRun(line, i)
	if m < 9 || m > 10 || byteAt(line, i+m) != ')' {
		return false
	}
	t, ok := parseEpoch(line[i : i+m])
	if !ok {
		return false
	}
	rec.Time = t
	lx.pid = Span{0, int32(n)}
	rec.Message = Span{int32(skipBlanks(line, i+m+1)), int32(len(line))}
	return true
}

// redisPrefix returns where the time of a Redis line starts, after "1:M ", KeyDB's "1:2:M " or
// "[412] " (or at 0),
// and the pid's span; -1 when the line opens with neither and no digit.
func redisPrefix(line []byte) (int, Span) {
	open := 0
	if byteAt(line, 0) == '[' {
		open = 1
	}
	j := open
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	if open == 0 && j > 0 && byteAt(line, j) == ':' && isDigitAt(line, j+1) {
		// KeyDB writes its thread after the pid: "4120:4119:M 29 Nov 2026 …".
		k := j + 1
		for k < len(line) && isDigit(line[k]) {
			k++
		}
		if redisRole(line, k) {
			return k + 3, Span{0, int32(j)}
		}
	}
	switch {
	case j == open:
		return -1, Span{}
	case open == 1 && byteAt(line, j) == ']' && byteAt(line, j+1) == ' ':
		return j + 2, Span{1, int32(j)}
	case open == 0 && redisRole(line, j):
		return j + 3, Span{0, int32(j)}
	case open == 0 && j <= 2:
		return 0, Span{} // the day itself
	}
	return -1, Span{}
}

// redisRole reports whether line[j:] holds the ':' and the role letter Redis writes before its
// time: X (sentinel), C (child), S (replica), M (master).
func redisRole(line []byte, j int) bool {
	return byteAt(line, j) == ':' && byteAt(line, j+2) == ' ' && indexByteFrom([]byte("XCSM"), byteAt(line, j+1), 0) >= 0
}

// adjacentBrackets reads the fields Elasticsearch and Logstash write in brackets right after the
// bracketed time, padded inside: "[INFO ][o.e.n.Node     ] [node-1] started". The first is the
// level, the second the logger; the message follows.
func adjacentBrackets(line []byte, i int, rec *Record, lx *layoutLine) bool {
	for k := 0; k < 2 && i < len(line) && line[i] == '['; k++ {
		end := indexByteFrom(line, ']', i)
		if end < 0 {
			return false
		}
		word := trimSpace(line[i+1 : end])
		if k == 0 {
			lvl, ok := ParseLevel(word)
			if !ok {
				return false
			}
			rec.Level = lvl
		} else {
			s := i + 1 + bytes.Index(line[i+1:end], word)
			lx.logger = Span{int32(s), int32(s + len(word))}
		}
		i = end + 1
	}
	rec.Message = Span{int32(skipBlanks(line, i)), int32(len(line))}
	return true
}

// criStream passes over the stream and tag that the container runtime (CRI) writes after the
// time in Kubernetes' /var/log/containers files, "stdout F " or "stderr P ", so that the level
// and message are read from the container's own line.
func criStream(line []byte, i int, now int64, w *wallClock) int {
	if !(hasPrefixAt(line, i, " stdout ") || hasPrefixAt(line, i, " stderr ")) || i+10 > len(line) ||
		(line[i+8] != 'F' && line[i+8] != 'P') || line[i+9] != ' ' {
		return i
	}
	// The container's own time, if it writes one, says less than the runtime's: it is passed over.
	j := i + 10
	if _, n, ok := parseISO(line[j:], w); ok {
		return j + n
	}
	if _, n, ok := parseClock(line[j:], now, w); ok {
		return j + n
	}
	return i + 9
}

// afterTime finds the level, thread, logger, host and message after the timestamp at line[i:].
func afterTime(line []byte, i int, rec *Record, lx *layoutLine) {
	rest := skipBlanks(line, i)
	rec.Message = Span{int32(rest), int32(len(line))}
	if y2logHeader(line, rest, rec) || collectorColumns(line, rest, rec) {
		return
	}
	if lvl, msg, ok := signAfterStamp(line, i); ok {
		rec.Level, rec.Message.Start = lvl, int32(msg)
		return
	}
	if s3fsWarning(line, i) {
		rec.Level, rec.Message.Start = Warn, int32(skipBlanks(line, i+7))
		return
	}
	levelAfterTime(line, rest, rec, lx)
	var h Span
	ok := false
	if !lx.levelFirst { // hostAfter turns a level word away
		h, ok = hostAfter(line, rest)
	}
	if ok && (pidTag(line, int(h.End)) && pidTagHost(line, h, int(h.End)) || kernelTag(line, int(h.End)) && hostName(h.Of(line))) {
		// A syslog header behind a time of another spelling: "… mbp-anna installd[812]: …",
		// and the kernel's, which has no pid: "… web-03 kernel: [1204412.118204] …".
		rec.Host = h
	} else if ietfAfterTime(line, rest) || addressBeforePairs(line, rest) {
		// RFC 5424's fields without the PRI before the time, as sysklogd 2 writes its local
		// files: "… gw-lab dropbear 1204 - - Exit before auth"; or a sender's address before
		// its tagless pairs, as rsyslog's file format stores a FortiGate's: "… 10.20.0.1 date=…".
		_, he := nextToken(line, rest)
		rec.Host = Span{int32(rest), int32(he)}
	} else if h, msg, ok := hostBeforeLevel(line, rest); ok {
		rec.Host, rec.Message.Start = h, int32(msg)
	} else if h, pri, msg, ok := senderBeforePRI(line, rest); ok {
		// A relay's line codec: its time and the sender's address before the syslog line it got,
		// "2026-11-29T07:41:16.587Z 10.20.1.187 <134>Nov 29 08:41:16 pa-fw01 …".
		rec.Host, rec.Message.Start = h, int32(msg)
		if rec.Level == Unknown {
			rec.Level = LevelFromSyslog(pri & 7)
		}
	} else if h := pidOnHost(line, int(rec.Message.Start)); h.End > 0 {
		rec.Host = h
	} else if h, msg := bunyanHost(line, int(rec.Message.Start)); h.End > 0 {
		rec.Host, rec.Message.Start = h, int32(msg)
	} else if h := hostLabelBracket(line, rest); h.End > 0 {
		rec.Host = h
	} else {
		rec.Host = serverLabelHost(line, int(rec.Message.Start))
	}
}

// hostLabelBracket reads the host named in the bracket right after the time, its label and colon
// first, as MicroStrategy's logs open their columns: "[HOST:BI-PRD-IS01][SERVER:…][PID:…]".
func hostLabelBracket(line []byte, rest int) Span {
	i := skipBlanks(line, rest)
	if !hasPrefixAt(line, i, "[HOST:") && !hasPrefixAt(line, i, "[host:") {
		return Span{}
	}
	s := i + len("[HOST:")
	e := indexByteFrom(line[:min(len(line), s+256)], ']', s)
	if e < 0 {
		return Span{}
	}
	if c := bytes.LastIndexByte(line[s:e], ':'); c > 0 && digitsOnly(line[s+c+1:e]) {
		e = s + c // a connection's "[HOST:localhost:5432]": the port is no part of the name
	}
	if e == s || digitsOnly(line[s:e]) || !hostLike(line[s:e]) || !hostName(line[s:e]) {
		return Span{}
	}
	return Span{int32(s), int32(e)}
}

// bunyanHost reads the host that bunyan's CLI writes in its long output after the logger's name
// and pid: "[2026-…]  INFO: myapp/5606 on web-2: server starting" (a child logger's name has
// more slashes, "myapp/db/5606"); msg is where the message starts after it.
func bunyanHost(line []byte, msg int) (Span, int) {
	s, e := nextToken(line, msg)
	if s != msg || e-s < 3 {
		return Span{}, 0
	}
	slash := bytes.LastIndexByte(line[s:e], '/')
	if slash < 1 || !digitsOnly(line[s+slash+1:e]) || !hasPrefixAt(line, e, " on ") {
		return Span{}, 0
	}
	hs, he := nextToken(line, e+4)
	if he-hs < 2 || line[he-1] != ':' || !hostLike(line[hs:he-1]) {
		return Span{}, 0
	}
	return Span{int32(hs), int32(he - 1)}, skipBlanks(line, he)
}

// serverLabelHost reads the server that Oozie's logs name at the start of the message, after the
// logger: "… INFO Services:520 - SERVER[oozie1.example.net] USER[etl] …". The label is its XLog
// prefix's, in capitals; a value that is not a host's name (an instance id) is no host.
func serverLabelHost(line []byte, msg int) Span {
	if !hasPrefixAt(line, msg, "SERVER[") {
		return Span{}
	}
	s := msg + len("SERVER[")
	e := indexByteFrom(line[:min(len(line), s+256)], ']', s)
	if e < 0 || !hostLike(line[s:e]) || !hostName(line[s:e]) {
		return Span{}
	}
	return Span{int32(s), int32(e)}
}

// serverAfterTag reports whether the words after a program's tag at line[e] are the server's name
// that ProFTPD writes there, with its colon or the client in parentheses before it: "proftpd[4120]
// ftp01.example.com (198.51.100.4[198.51.100.4]): …".
func serverAfterTag(line []byte, e int) bool {
	s, e := nextToken(line, e)
	if e-s < 2 || !isAlnum(line[s]) {
		return false
	}
	if line[e-1] == ':' {
		return hostLike(line[s : e-1])
	}
	if !hostLike(line[s:e]) || byteAt(line, e) != ' ' || byteAt(line, e+1) != '(' {
		return false
	}
	c := bytes.IndexByte(line[e:min(len(line), e+80)], ')')
	return c > 0 && byteAt(line, e+c+1) == ':'
}

// serverHost reports whether a plain lower-case word before a program and its pid names a
// machine because ProFTPD's server name and client follow them: "2026-… vm proftpd[32200]
// ftp.example.net (192.0.2.4[192.0.2.4]): …". Elsewhere a plain word there is as often a user, a
// thread, a facility or a verb ("root su[100]:", "main worker[3]:", "daemon systemd[1]:").
func serverHost(line []byte, h Span) bool {
	w := h.Of(line)
	if len(w) < 2 || !isLowerWord(w) {
		return false
	}
	_, te := nextToken(line, int(h.End))
	return te > 0 && line[te-1] == ']' && serverAfterTag(line, te)
}

// senderBeforePRI reads a sender's name or address at line[rest:] followed by a syslog PRI and
// a letter or a digit, a blank between or not: the host, the PRI, and where the syslog line starts.
func senderBeforePRI(line []byte, rest int) (Span, int, int, bool) {
	s, e := nextToken(line, rest)
	k := skipBlanks(line, e)
	if byteAt(line, k) != '<' || !sender(line[s:e]) {
		return Span{}, 0, 0, false
	}
	pri, n := syslogPRI(line[k:])
	if byteAt(line, k+n) == ' ' {
		n++ // a blank after the PRI, as NetScaler sends it: "<134> 11/29/2026:07:41:16 GMT …"
	}
	if pri < 0 || !isAlnum(byteAt(line, k+n)) {
		return Span{}, 0, 0, false
	}
	return Span{int32(s), int32(e)}, pri, k, true
}

// y2logHeader reads the header libzypp and YaST write after the time (zypper.log, y2log): a level
// digit in angle brackets on their own scale, the host glued to the pid, then the component in
// brackets: "<1> lap01(4120) [zypper] main.cc(main):134 …". The digit is no syslog priority:
// 0 debug, 1 milestone, 2 warning, 3 error, 4 security, 5 internal error.
func y2logHeader(line []byte, rest int, rec *Record) bool {
	if byteAt(line, rest) != '<' || byteAt(line, rest+2) != '>' || byteAt(line, rest+3) != ' ' {
		return false
	}
	d := byteAt(line, rest+1)
	if d < '0' || d > '5' {
		return false
	}
	hs, he := nextToken(line, rest+3)
	open := indexByteFrom(line[:he], '(', hs)
	if open <= hs || line[he-1] != ')' || !digitsOnly(line[open+1:he-1]) || byteAt(line, he+1) != '[' || !hostName(line[hs:open]) {
		return false
	}
	rec.Level = [...]Level{Debug, Info, Warn, Error, Notice, Error}[d-'0']
	rec.Host = Span{int32(hs), int32(open)}
	rec.Message.Start = int32(he + 1)
	return true
}

// addressBeforePairs reports whether an IPv4 address at line[rest], right after an RFC 3339 time
// that opens the line, comes before a key=value pair: a collector's sender before a device's
// record that has no tag. A name with digits, dashes or dots stands there too when the time
// carries a numeric offset, as syslog-ng's "$ISODATE $HOST" templates write it before pairs
// ("…+00:00 web-07 SOURCE=s_network PROGRAM=sshd …", "…+00:00 db-02 message-length=81 …"); a
// dotted name in lower-case letters alone is a logger's ("celery.worker task=…"), and a time in
// Z is a container runtime's, before a program's own text ("…Z job-77 status=ok").
func addressBeforePairs(line []byte, rest int) bool {
	if byteAt(line, 10) != 'T' {
		return false
	}
	_, he := nextToken(line, rest)
	w := line[rest:he]
	if bytes.Count(w, []byte{'.'}) != 3 || !addressBytes(w) || hasLetter(w) {
		if rest < 12 || !offsetZoned(line[:rest-1]) || !isAlpha(byteAt(line, rest)) || !hostName(w) || !hostLike(w) || loggerName(w) {
			return false
		}
	}
	ps, pe := nextToken(line, he)
	k := indexByteFrom(line[:pe], '=', ps)
	return k > ps && isAlpha(line[ps])
}

// offsetZoned reports whether an ISO time ends with a numeric offset: "+00:00", "-0500".
func offsetZoned(t []byte) bool {
	return zoned(t) && t[len(t)-1] != 'Z'
}

// paddedLevel reads the level padded inside its own bracket: in capitals and padded on both
// sides ("[ ERROR ]", AXIS OS's "[ INFO    ]"), or right-aligned in lower case as GLib's
// programs write it (VMware Tools' "[ warning]", "[ message]", GLib's message being a notice).
func paddedLevel(b []byte) (Level, bool) {
	w := bytes.TrimSpace(b)
	if len(b) < 3 || len(w) == 0 {
		return Unknown, false
	}
	if isUpperWord(w) {
		return ParseLevel(w)
	}
	if b[0] != ' ' && b[len(b)-1] == ' ' && len(b) <= 8 && isLowerWord(w) {
		return ParseLevel(w) // dbt's "[info ]", "[warn ]" beside "[error]", "[debug]"
	}
	if len(b) == len(w) || b[len(b)-1] == ' ' {
		return Unknown, false
	}
	if len(b) == 5 && isLowerWord(w) {
		return ParseLevel(w) // Fluent Bit's names right-aligned to five: "[ warn]", "[ info]" beside "[error]"
	}
	return glibName(w) // GLib's names, the only ones its programs pad so
}

// paddedLastWord reads a level word that closes a bracket's text padded to its width, after a
// program's name and its numbers: FortiOS's diagnose debug writes "[httpsd 3104 - 1795938076
// info]", the level right-aligned.
func paddedLastWord(b []byte) (Level, bool) {
	i := bytes.LastIndexByte(b, ' ')
	if i < 2 || b[i-1] != ' ' || !isAlphaAt(b, 0) || bytes.IndexByte(b[:i], ' ') < 0 {
		return Unknown, false
	}
	return ParseLevel(b[i+1:])
}

// hostBeforeLevel reads the host a syslog header names before a padded level in brackets and the
// program with its pid: AXIS OS's "… axis-b8a44f412070 [ INFO    ] systemd[1]: …". It returns the
// host and where the message starts, at the program.
func hostBeforeLevel(line []byte, rest int) (Span, int, bool) {
	hs, he := nextToken(line, rest)
	bs := skipBlanks(line, he)
	if byteAt(line, bs) != '[' || byteAt(line, bs+1) != ' ' || !machineName(line[hs:he]) {
		return Span{}, 0, false
	}
	close := indexByteFrom(line[:min(len(line), bs+16)], ']', bs)
	if close < 0 {
		return Span{}, 0, false // padded on both sides, as "[INFO ]" after a thread, log4j's level, is not
	}
	level := bytes.TrimSpace(line[bs+1 : close])
	if _, ok := ParseLevel(level); !ok || len(level) < 3 || !pidTag(line, close+1) {
		return Span{}, 0, false
	}
	ps, pe := nextToken(line, close+1)
	if prog := line[ps:pe]; bytes.IndexByte(prog[:max(bytes.IndexByte(prog, '['), 0)], '.') >= 0 {
		return Span{}, 0, false // a logger's class and line, "com.example.Svc[88]:", is no program
	}
	return Span{int32(hs), int32(he)}, skipBlanks(line, close+1), true
}

// collectorColumns reads the columns a syslog server writes after its time when it stores what
// it received: the sender and the facility and severity, in either order (Kiwi Syslog's
// "Local7.Notice<TAB>10.20.0.3<TAB>…", AudioCodes' "10.20.0.5 local0.notice …"). The sender is a
// host's name or address; the message follows them.
func collectorColumns(line []byte, rest int, rec *Record) bool {
	s1, e1 := nextToken(line, rest)
	lvl, first := facilityLevel(line[s1:e1])
	if !first && !sender(line[s1:e1]) {
		return false // most lines: a level, a thread or a logger after the time
	}
	s2, e2 := nextToken(line, e1)
	if e2 == s2 {
		return false
	}
	host := Span{int32(s1), int32(e1)}
	if first {
		host = Span{int32(s2), int32(e2)}
		if !sender(host.Of(line)) {
			return false
		}
	} else if lvl, first = facilityLevel(line[s2:e2]); !first {
		return false
	}
	rec.Level, rec.Host = lvl, host
	rec.Message.Start = int32(skipBlanks(line, e2))
	return true
}

// closingLabel reports whether the level word tok, which ends at e after the word prev, is the
// label a message ends with rather than a level: a colon after it, nothing more on the line, and a
// capitalized word before it (Go's "Provision info:" above the lines it announces, "Got error:",
// MRTG's "SNMP Error:"). After a thread's bracket or a program's name ("[worker] warning:", "sidecar fatal:")
// it is the level of a message written on the lines below.
func closingLabel(line, prev, tok []byte, e int) bool {
	if n := len(prev); n > 3 && prev[n-1] == ']' && string(tok) == "info:" {
		if b := bytes.LastIndexByte(prev, '['); b > 0 && digitsOnly(prev[b+1:n-1]) {
			prev = prev[:b] // an indexed item's label: gnutls-cli's "- Certificate[0] info:"
		}
	}
	return tok[len(tok)-1] == ':' && skipBlanks(line, e) == len(line) &&
		len(prev) > 1 && prev[0] >= 'A' && prev[0] <= 'Z' && isAlphaWord(prev)
}

// sender reports whether w names a machine: a host's name or an address.
func sender(w []byte) bool {
	return len(w) > 1 && hostLike(w) && (hostName(w) || addressBytes(w) && hasDigit(w))
}

// levelAfterTime finds the level, thread and logger among the words at line[rest:], and where the
// message starts after them.
func levelAfterTime(line []byte, rest int, rec *Record, lx *layoutLine) {
	if s, e := nextToken(line, rest); e-s > 3 && line[e-2] == ']' && line[e-1] == ':' && pidTag(line, s) {
		if ns, ne := nextToken(line, e); ne > ns && categoryWord(line, line[ns:ne], ne) {
			rec.Message.Start = int32(ns) // a program's tag, then its event class: ntpsec's "ntpd[812]: CONFIG: …"
			return
		} else if ne == ns+3 && line[ns] == '<' && line[ns+1] >= '0' && line[ns+1] <= '7' && line[ns+2] == '>' {
			// A program's tag, then its message's syslog severity in angle brackets, as TP-Link's
			// routers save their log: "dhcpc[1201]: <4> 130501 No response from DHCP server".
			rec.Level = LevelFromSyslog(int(line[ns+1] - '0'))
			rec.Message.Start = int32(skipBlanks(line, ne))
			return
		}
	}
	if lvl, msg, ok := threadLevelBracket(line, rest); ok {
		rec.Level, rec.Message.Start = lvl, int32(msg)
		return
	}
	if headerLevel(line, rest, rec, lx) {
		return
	}
	if lvl, ok := pairLevel(line[rest:]); ok {
		rec.Level = lvl // "host kernel: … level=error …"
	} else if lvl, ok := csvFieldLevel(line[rest:]); ok {
		rec.Level = lvl // a CSV record after its time: PostgreSQL's csvlog
	} else if lvl, e, ok := loneLevel(line, rest, false); ok {
		rec.Level = lvl
		rec.Message.Start = int32(skipBlanks(line, e))
	} else if lvl, ok := toolLevel(line[rest:]); ok {
		rec.Level = lvl // a CI log's "…Z Cart.cs(41,27): warning CS8602: …"
	}
}

// threadLevelBracket reads the level that closes the bracket a line opens with its time, after
// one word, the thread's or the process's, as Bitwig writes its logs: "[2026-11-29 07:41:16.078
// float-main-app info] Starting …". It returns the level and where the message starts.
func threadLevelBracket(line []byte, rest int) (Level, int, bool) {
	if line[0] != '[' || bytes.IndexByte(line[1:rest], ']') >= 0 {
		return Unknown, 0, false // the time is not the bracket's first word, or its bracket closed
	}
	ts, te := nextToken(line, rest)
	ls, le := nextToken(line, te)
	if ts != rest || te-ts < 2 || bytes.IndexByte(line[ts:te], ']') >= 0 || le-ls < 5 || line[le-1] != ']' {
		return Unknown, 0, false
	}
	word := line[ls : le-1]
	if !isLowerWord(word) && !isUpperWord(word) {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(word)
	return lvl, skipBlanks(line, le), ok
}

// headerLevel finds the level among the words after the time, up to the word after a tag or
// logger that ends with ':' (fail2ban's "fail2ban.filter [1234]: INFO"). The words before the
// level are the thread, when bracketed, and the logger; the last of each counts.
func headerLevel(line []byte, rest int, rec *Record, lx *layoutLine) bool {
	var thread, logger, pid, pairs Span
	var prev []byte
	numeric := false      // every column so far a number: a pid, a thread id
	paddedNumber := false // the last number was padded in its bracket: "[ 14]", as a numbered list pads it too
	sentence := false     // a capitalized word and a plain one: the message may have begun
	j, last, extra := rest, layoutLevelWords, 0
	for k := 0; k < last && j < len(line); {
		s, e := nextToken(line, j)
		if s == e {
			break
		}
		tok := line[s:e]
		j = e
		if len(tok) == 1 && (tok[0] == '-' || tok[0] == '|' || tok[0] == ':') {
			continue // separators between fields: "-", "|", Ceph's " : "
		}
		if k > 0 && capitalized(prev) && isLowerWord(tok) {
			return false // a sentence's first words ("Invalid user …"): what follows is its text, whoever wrote it
		}
		if k == 0 && len(tok) >= 8 && tok[1] == ':' {
			if lvl, ok := letterAtSource(tok); ok {
				rec.Level = lvl // chronyd's debug build: "…Z I:main.c:608:(main) …"
				rec.Message.Start = int32(s)
				return true
			}
		}
		if k == 0 && tok[0] == '[' && byteAt(tok, 2) == ':' {
			if lvl, ok := letterBeforeLogger(tok); ok {
				rec.Level = lvl // ONNX Runtime's "…221 [W:onnxruntime:, session_state.cc:1168 …] …"
				rec.Message.Start = int32(s)
				return true
			}
		}
		if k > 0 && k <= 2 && tok[0] == '[' && tok[len(tok)-1] == ']' && len(tok) > 7 {
			if lvl, ok := categoryLevel(tok[1 : len(tok)-1]); ok {
				rec.Level = lvl // Zoraxy's "[internal] [system:info]", a category and its level
				rec.Message.Start = int32(skipBlanks(line, e))
				return true
			}
		}
		close := bracketSpan(line, s, e)
		if tok[0] == '[' && k > 0 && isUpperWord(prev) && bannerRule(line, max(e, close+1)) {
			return false // the bracket names a task or a play in Ansible's banner, whatever it holds
		}
		if close > 0 {
			if lvl, ok := paddedLevel(line[s+1 : close]); ok {
				rec.Level = lvl
				rec.Message.Start = int32(skipBlanks(line, close+1))
				lx.thread = thread
				return true
			}
			if lvl, ok := paddedLastWord(line[s+1 : close]); ok {
				rec.Level = lvl // FortiOS's debug behind its console's time: "[httpsd 3104 - 1795938076     info]"
				rec.Message.Start = int32(skipBlanks(line, close+1))
				lx.thread = thread
				return true
			}
			if lvl, msg, ok := spacedBracketLevel(line, s); ok && k == 0 {
				rec.Level, rec.Message.Start = lvl, int32(msg) // Fast DDS's "[RTPS_MSG_OUT Error]"
				return true
			}
			// A bracketed column that holds blanks is one column: MOZ_LOG's "[Parent 4120: Main
			// Thread]:", a thread named "[pool 1 worker]".
			thread, prev, j = Span{int32(s + 1), int32(close)}, line[s:min(close+2, len(line))], close+1
			if padded(line, s, close) && last < layoutLevelWords+paddedColumns {
				last++ // a width the layout pads to takes no room: Pega's "[  STANDARD] [          ]"
			}
			// A thread's number padded in its bracket is a number column too: the AVS Device SDK's
			// "[  1] I sdkVersion: …", its level letter after it (see paddedNumber).
			numeric = digitsOnly(trimSpace(line[s+1:close])) && (k == 0 || numeric)
			paddedNumber = numeric && line[s+1] == ' '
			k++
			continue
		}
		if line[s] == '(' && e == s+1 {
			// A parenthesized column padded to its width: Pega's "(     internal.util.SystemInfo)".
			if close := indexByteFrom(line[:min(len(line), s+64)], ')', e); close > 0 && bytes.IndexByte(line[s+1:close], '(') < 0 {
				logger, prev, j = Span{int32(skipBlanks(line, s+1)), int32(close)}, line[s:close+1], close+1
				if last < layoutLevelWords+paddedColumns {
					last++
				}
				k++
				continue
			}
		}
		if len(tok) == 1 && hasPrefixAt(line, e, "  ") && appPackage(prev) {
			if lvl, ok := androidLevel(tok[0]); ok {
				rec.Level = lvl // Android Studio's Logcat: "… 14522-14522 LOTTIE  com.example.shop  W  …"
				rec.Message.Start = int32(skipBlanks(line, e))
				return true
			}
		}
		if len(tok) == 1 && numeric && tok[0] >= 'A' && tok[0] <= 'Z' && (!paddedNumber || sourceEvent(line, e)) {
			if lvl, ok := androidLevel(tok[0]); ok {
				rec.Level = lvl // logcat's "+0100  1702  2395 I Tag:": a letter after the pid columns
				rec.Message.Start = int32(skipBlanks(line, e))
				return true
			}
		}
		if string(tok) == "[System]" && hasPrefixAt(line, skipBlanks(line, e), "[MY-") {
			// MySQL 8's messages that are always written (start-up, shutdown), beside its
			// [Note]: a level of its scale, which it sends to syslog as Note's.
			rec.Level = Notice
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if s == rest {
			if lvl, ls, le, ok := pythonDefault(line, s); ok && le < e {
				// Python's basicConfig layout after a time a handler or svlogd put before it:
				// "ERROR:shop.sync:stock feed failed", whose message starts in the same word.
				rec.Level, lx.logger = lvl, Span{int32(ls), int32(le)}
				rec.Message.Start = int32(le + 1)
				return true
			}
			if lvl, ok := ciscoLevel(bytes.TrimSuffix(tok, []byte(":"))); ok && tok[len(tok)-1] == ':' && daemonTagAfter(line, e) {
				rec.Level = lvl
				rec.Message.Start = int32(skipBlanks(line, e))
				return true
			}
			if lvl, ok := markedAfterTime(line, s, e); ok {
				rec.Level = lvl
				rec.Message.Start = int32(afterLevel(line, e, lx))
				return true
			}
			if lvl, msg, ok := dashedAngleLevel(line, s); ok {
				rec.Level, rec.Message.Start = lvl, int32(msg) // Mir's "< -warning- >"
				return true
			}
		}
		if len(tok) > 4 && tok[0] == '*' && k <= 2 {
			if lvl, ok := starredAfterSource(prev, tok); ok {
				rec.Level = lvl // SPDK's "[time] app.c: 919:spdk_app_start: *NOTICE*: …"
				rec.Message.Start = int32(skipBlanks(line, e))
				return true
			}
		}
		if lvl, msg, ok := phpErrorType(line, prev, tok, e); ok {
			rec.Level, rec.Message.Start = lvl, int32(msg)
			return true
		}
		if lvl, ok := headerLetter(line, prev, tok, e, k, lx.parensOff); ok {
			rec.Level = lvl // SDRangel's "2026-11-29 21:04:11.331 (I) MainWindow: …"
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if at := eventNameAt(line, s, e); at > 0 && k > 0 {
			// An event's name opens the message, and what follows it is the event's: its states
			// ("CRITICAL;HARD", "PING CRITICAL - …") are no level of the line's.
			rec.Message.Start = int32(at)
			return true
		}
		if lvl, ok := categoryThenLevel(prev, tok, k); ok {
			rec.Level = lvl // qpidd's "[Broker] notice Broker (pid=4120) start-up"
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if lvl, ok := levelToken(tok, k > 0); ok && !messageWord(line, prev, tok, e, k, sentence) && !negatedState(line, s, e) || k == 0 && letterLevel(line, tok, e, &lvl) {
			rec.Level = qualifiedLevel(prev, lvl) // PHP's "PHP Fatal error:"
			lx.thread, lx.logger, lx.pid, lx.pairs = thread, logger, pid, pairs
			if pid.End == 0 && thread.End > 0 && digitsOnly(thread.Of(line)) && tok[len(tok)-1] == ':' && hasPrefixAt(line, e, "  ") {
				lx.pid, lx.thread = thread, Span{} // PostgreSQL's "[%p] LOG:  ": a process, where log4net's "[12] INFO" is a thread
			}
			lx.levelFirst = ok && s == rest && k == 0 && bytes.IndexByte(tok, '/') < 0 && bytes.IndexByte(tok, '@') < 0
			rec.Message.Start = int32(afterLevel(line, e, lx))
			return true
		}
		if k == 0 && string(tok) == "(message)" && s >= 2 && line[s-2] == ':' && isDigitAt(line, s-3) {
			// GLib's G_LOG_LEVEL_MESSAGE by its name, right after the time's colon, as mysql-proxy's
			// chassis writes it beside "(critical)" and "(warning)": "2026-11-29 09:02:11: (message) …".
			rec.Level, rec.Message.Start = Notice, int32(skipBlanks(line, e))
			return true
		}
		if lvl, ok := sourceGluedLevel(tok); ok && k == 0 {
			rec.Level = lvl // NSClient++'s "2026-11-29 07:41:16: error:c:\source\…\check_pdh.cpp:231: …"
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if lvl, ne, ok := qualifiedPair(line, tok, e); ok {
			rec.Level = lvl // Bacula's and Bareos' "JobId 4412: Fatal error: …"
			lx.thread, lx.logger = thread, logger
			rec.Message.Start = int32(afterLevel(line, ne, lx))
			return true
		}
		if lvl, ok := bracketAbbreviation(line, tok, e); ok {
			rec.Level = lvl // MediaMTX's "WAR [RTSP]"
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if k == 0 && s == rest && bytes.HasPrefix(tok, []byte("ACTION[")) && bytes.HasSuffix(tok, []byte("]:")) {
			// Minetest's (Luanti's) actions of players and admins, between its warnings and its
			// infos, right after the time: "ACTION[Server]: alice digs …".
			rec.Level = Notice
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if lvl, ok := gluedOrGrouped(tok); ok {
			rec.Level = lvl // "[Server thread/WARN]:", "production.ERROR:", "util.py[WARNING]:"
			rec.Message.Start = int32(afterGluedLevel(line, s, e))
			return true
		}
		if lvl, ok := groupsAfterSpacedBracket(line, s, e); ok {
			rec.Level = lvl
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if lvl, ok := dottedLevel(line, prev, tok, e); ok {
			rec.Level = lvl // McAfee Agent's "masvc(2216.3904) ahclient.Warning: …"
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if lvl, ok := quotedInBrackets(tok); ok && k == 0 {
			rec.Level = lvl // the Codecov uploader's "[2026-…Z] ['info'] …"
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if lvl, ok := sourcedLevel(tok, prev, k == 0 || numeric && len(prev) > 0 && prev[0] == '['); ok { // webOS's "[10151.514313337] user.info"
			rec.Level = lvl
			rec.Message.Start = int32(skipBlanks(line, e))
			return true
		}
		if k == 0 {
			if lvl, msg, ok := threadDebugLevel(line, tok, e); ok {
				rec.Level, rec.Message.Start = lvl, int32(msg) // Ceph's "7f1c2b3a4700 -1 osd.12 …"
				return true
			}
			if lvl, msg, ok := headLevel(line, s, e); ok {
				rec.Level, rec.Message.Start = lvl, int32(msg)
				return true
			}
			if lvl, ok := topicLevel(tok); ok {
				rec.Level = lvl // RouterOS's "/log print": "07:41:16 system,error,critical …"
				rec.Message.Start = int32(skipBlanks(line, e))
				return true
			}
			if lvl, ok := logbackStatus(line, tok, e); ok {
				rec.Level = lvl // logback's own status: "22:09:46,497 |-WARN in ch.qos.logback…"
				return true
			}
			if lvl, ok := ibmIDLevel(line, s, e); ok {
				rec.Level = lvl // the id stays in the message: "CWWKZ0002E: An exception …"
				return true
			}
			if lvl, ok := idBehindThread(line, s); ok {
				rec.Level = lvl
				return true
			}
		}
		if string(prev) == "UserTrace" && k <= 3 {
			if lvl, ok := ibmIDLevel(line, s, e); ok {
				rec.Level = lvl // IIB's formatted user trace: "… 4411   UserTrace   BIP2230E: Error detected …"
				return true
			}
		}
		if lvl, ok := wordBeforeTag(line, tok, e); ok {
			rec.Level = lvl
			return true
		}
		if msg, ok := debugDepth(line, tok, e); ok && len(prev) > 1 && prev[len(prev)-1] == ':' {
			rec.Level, rec.Message.Start = Debug, int32(msg) // BIND's "resolver: debug 3: fetch: …"
			return true
		}
		if isLowerWord(tok) && proseFollows(line, e) && !pidLabel(line, e) {
			return false // two plain words: the message has begun, and a level word in it is prose
		}
		if capitalized(tok) && proseFollows(line, e) {
			sentence = true // "Internal server error:": only a level in capitals still counts
		}
		if keyValue(tok) && extra < maxContextPairs {
			extra++ // Sidekiq's "pid=1 tid=x class=Job jid=y INFO:": context pairs are no columns
			if pairs.End == 0 {
				pairs.Start = int32(s)
			}
			pairs.End = int32(e)
			continue
		}
		if tok[len(tok)-1] == ':' && k > 0 {
			last = min(last, k+2) // a logger or tag ends the header: the level may follow it
			if ns, ne := nextColumn(line, e); funcPlace(line[ns:ne]) {
				last = k + 3 // so may a function's place after it: ifupdown2's "log.py:196:init(): debug: …"
			}
		} else if numberColumn(tok) && last < layoutLevelWords+2 {
			last++ // a pid or sequence number is a column that takes no room: Ceph's "(mon.0) 412331 : cluster [INF]"
		}
		numeric = numberColumn(tok) && (k == 0 || numeric)
		if inner := bytes.TrimSuffix(tok, []byte("]:")); len(inner) > 1 && len(inner) < len(tok) && inner[0] == '[' && digitsOnly(inner[1:]) {
			pid = Span{int32(s + 1), int32(s + len(inner))} // a tag's process, as syslog's "prog[pid]:": PostgreSQL's "[%p]: "
		} else if len(tok) > 2 && tok[0] == '[' && tok[len(tok)-1] == ']' {
			if !lineNumbers(tok[1 : len(tok)-1]) {
				thread = Span{int32(s + 1), int32(e - 1)}
			}
		} else if string(tok) != "pid" && !digitsOnly(bytes.TrimSuffix(tok, []byte(":"))) {
			logger = Span{int32(s), int32(e)} // not Pgpool-II's "pid 4188:" after its process
		}
		prev = tok
		k++
	}
	return false
}

// maxContextPairs bounds the name=value pairs read before a level (Sidekiq's "pid=1 tid=x
// class=Job jid=y INFO:"): past them a pair is a column.
const maxContextPairs = 32

// lineNumbers reports whether a bracketed column holds two numbers joined by a dash: PostgreSQL's
// "[%l-1]", a session's line number and the line's within its message, no thread.
func lineNumbers(b []byte) bool {
	d := bytes.IndexByte(b, '-')
	return d > 0 && digitsOnly(b[:d]) && d+1 < len(b) && digitsOnly(b[d+1:])
}

// messageWord reports whether a level word among the header's words, tok ending at e after
// the word prev, the k-th column, is the message's rather than the level: a field's label, a word
// of a sentence begun, prose opening the line, a label closing it ("Provision info:"), a named
// trace ("Stack Trace:"), a negation before prose ("… NOT found").
func messageWord(line, prev, tok []byte, e, k int, sentence bool) bool {
	return fieldLabel(line, tok, e) || sentence && hasLower(tok) || k == 0 && proseOpening(line, tok, e) || k > 0 && phraseBefore(prev, tok) ||
		k > 0 && closingLabel(line, prev, tok, e) || namedTrace(prev, tok) ||
		k > 0 && string(tok) == "NOT" && proseFollows(line, e) || logLabel(line, tok, e) || k > 0 && labelledResult(prev, tok) ||
		k > 0 && string(prev) == "=" || // a setting's value: MONAI Label's "USING:: verbose = INFO"
		k > 0 && len(prev) > 1 && prev[len(prev)-1] == ',' && (isAlnum(prev[len(prev)-2]) || prev[len(prev)-2] == ')') // a clause's next word: "onConnectionError(), error: 6"
}

// logLabel reports whether tok, ending at line[e], is the word LOG opening a label in capitals
// with its colon, as Nagios's "LOG VERSION: 2.0": no level, wherever a level may stand.
func logLabel(line, tok []byte, e int) bool {
	if string(tok) == "LOG:" && e == len(tok) {
		// PostgreSQL pads its severity with two blanks ("LOG:  database system is ready"); one
		// opening a line is Exim's debug output naming the log it writes to ("LOG: MAIN").
		return byteAt(line, e) == ' ' && byteAt(line, e+1) != ' '
	}
	if string(tok) != "LOG" {
		return false
	}
	s, ne := nextToken(line, e)
	return ne-s > 2 && line[ne-1] == ':' && isUpperWord(line[s:ne-1])
}

// hostDomain reports whether w, the last part of a dotted name, is a domain a machine's name ends
// with, where a program's package or logger name does not.
func hostDomain(w []byte) bool {
	switch string(w) {
	case "com", "org", "net", "io", "local", "lan", "internal", "corp", "edu", "gov":
		return true
	}
	return false
}

// appPackage reports whether w names an Android app's process as Android Studio's Logcat shows it
// before the priority letter: its package ("com.example.shop", "com.android.systemui:ui"), or
// "system_process", or "pid-4120" when the package is unknown.
func appPackage(w []byte) bool {
	if string(w) == "system_process" {
		return true
	}
	if rest, ok := bytes.CutPrefix(w, []byte("pid-")); ok {
		return digitsOnly(rest)
	}
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || bytes.IndexByte(w, '.') < 0 {
		return false
	}
	if hostDomain(w[bytes.LastIndexByte(w, '.')+1:]) {
		return false // a host's name ends with its domain, where a package begins with it
	}
	// An application id may hold capitals ("com.DefaultCompany.Game", "io.github.x.AppManager"),
	// and Logcat cuts a long one in its middle with dots: "org...example.ledger.debug".
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '.' || c == '_' || c == ':') {
			return false
		}
	}
	return true
}

// bannerRule reports whether a run of asterisks follows line[i], as it closes the banners of
// Ansible's tasks and plays: "TASK [warn] ******".
func bannerRule(line []byte, i int) bool {
	return hasPrefixAt(line, skipBlanks(line, i), "***")
}

// namedTrace reports whether a capitalized "Trace:" after a capitalized word or one in capitals
// names a trace rather than the level: the kernel's "RCU Tasks Trace: Setting shift …", "Stack
// Trace: …". A logger writes its trace level in capitals, or alone after its columns.
func namedTrace(prev, tok []byte) bool {
	if string(tok) == "trace:" {
		// A stack's heading glued to a label: lighttpd's "FastCGI-stderr:Stack trace:" over PHP's frames.
		k := bytes.LastIndexByte(prev, ':') + 1
		return k > 0 && bytes.EqualFold(prev[k:], []byte("stack"))
	}
	return string(tok) == "Trace:" && len(prev) > 1 && (capitalized(prev) || isUpperWord(prev))
}

// debugDepth reads the debug level with its depth that BIND writes after a category, "debug 3:",
// and returns where the message starts after it.
func debugDepth(line, tok []byte, e int) (int, bool) {
	if string(tok) != "debug" && string(tok) != "DEBUG" {
		return 0, false
	}
	ns, ne := nextToken(line, e)
	if ne-ns < 2 || ne-ns > 3 || line[ne-1] != ':' || !digitsOnly(line[ns:ne-1]) {
		return 0, false
	}
	return skipBlanks(line, ne), true
}

// paddedColumns is how many columns padded to a width may stand before the level besides the
// words layoutLevelWords counts.
const paddedColumns = 4

// padded reports whether the bracket at line[open] closed at line[close] holds a field padded to a
// width, as log4j's "[%20.20t]" and "[%-10t]" write it: blanks at its start or its end.
func padded(line []byte, open, close int) bool {
	return close > open+1 && (line[open+1] == ' ' || line[close-1] == ' ')
}

// bracketSpan returns where the bracket opened by the word line[s:e] closes, when it closes
// further on the line, within a column's width, and not inside that word; else 0.
func bracketSpan(line []byte, s, e int) int {
	if line[s] != '[' || bytes.IndexByte(line[s:e], ']') >= 0 {
		return 0
	}
	close := indexByteFrom(line[:min(len(line), s+64)], ']', e)
	if close < 0 || bytes.IndexByte(line[s+1:close], '[') >= 0 {
		return 0
	}
	ws := bytes.LastIndexByte(line[:close], ' ') + 1
	if _, ok := gluedOrGrouped(line[ws:min(close+2, len(line))]); ok {
		return 0 // its last word holds the level: Minecraft's "[Server thread/INFO]:"
	}
	return close
}

// pidLabel reports whether the words after e are "pid" and a number, as Pgpool-II names its
// processes before their level: "psql pid 4188: ERROR:  …".
func pidLabel(line []byte, e int) bool {
	s, e := nextToken(line, e)
	if string(line[s:e]) != "pid" {
		return false
	}
	s, e = nextToken(line, e)
	_, ok := atoi(bytes.TrimSuffix(line[s:e], []byte(":")))
	return ok
}

// threadDebugLevel reads the debug level that Ceph's daemons write after the thread's id, a
// pthread's address in hexadecimal ("7f1c2b3a4700"): -1 an error, 0 always shown, 1 and up their
// debug levels ("2026-…+0000 7f1c2b3a4700 -1 osd.12 4121 heartbeat_check: …"). A level the message
// writes itself, in capitals among its first words, wins over 0 ("… 0 log_channel(audit) log
// [DBG] : …", "… 0 osd.3 WARNING: clock skew"). It returns the level and where the message starts.
func threadDebugLevel(line, tok []byte, e int) (Level, int, bool) {
	if len(tok) != 12 || !hasPrefixAt(tok, 0, "7f") || !hexWord(tok) {
		return Unknown, 0, false
	}
	ns, ne := nextToken(line, e)
	n, ok := atoi(bytes.TrimPrefix(line[ns:ne], []byte("-")))
	if !ok || ne-ns > 3 || n > 30 || line[ns] == '-' && n != 1 {
		return Unknown, 0, false
	}
	msg := skipBlanks(line, ne)
	if msg >= len(line) {
		return Unknown, 0, false
	}
	switch {
	case line[ns] == '-':
		return Error, msg, true
	case n > 0:
		return Debug, msg, true
	}
	j := msg
	for k := 0; k < 5; k++ {
		s, e := nextToken(line, j)
		if s == e {
			break
		}
		if tok := line[s:e]; !hasLower(tok) {
			if lvl, ok := levelToken(tok, true); ok {
				return lvl, msg, true
			}
		}
		j = e
	}
	return Info, msg, true
}

// bracketAbbreviation reads the three-letter levels that are words too (a host "deb", a "WAR"
// file), written in capitals before a bracketed component, as MediaMTX writes them: "DEB [RTSP]",
// "WAR [HLS]".
func bracketAbbreviation(line, tok []byte, e int) (Level, bool) {
	if len(tok) != 3 || byteAt(line, e) != ' ' || byteAt(line, e+1) != '[' {
		return Unknown, false
	}
	switch string(tok) {
	case "DEB":
		return Debug, true
	case "WAR":
		return Warn, true
	}
	return Unknown, false
}

// categoryThenLevel reads a level's full name in lower case right after the first column, a
// capitalized category alone in brackets, as qpidd writes its lines: "[Security] notice ACL
// denied …", "[Protocol] trace RECV …". (A lower-case word after another column opens a message.)
func categoryThenLevel(prev, tok []byte, k int) (Level, bool) {
	n := len(prev)
	if k != 1 || n < 4 || prev[0] != '[' || !isUpperAt(prev, 1) || !isLowerWord(tok) {
		return Unknown, false
	}
	if prev[n-1] != ']' {
		if prev[n-2] != ']' { // (the column is kept with the blank after it)
			return Unknown, false
		}
		n--
	}
	if !isAlphaWord(prev[1 : n-1]) {
		return Unknown, false
	}
	return fullLevelName(tok)
}

// sourceEvent reports whether the word after the blank at line[e] names a source and its event
// with a colon, as the AVS Device SDK writes them after its level letter ("AudioInputProcessor:
// executeExpectSpeechTimedOut", "sdkVersion: 1.26.0"): a letter after a list's padded number
// before a sentence ("[ 3] I think …") is the sentence's.
func sourceEvent(line []byte, e int) bool {
	s, ne := nextToken(line, e)
	c := indexByteFrom(line[:ne], ':', s)
	return c > s+1 && isAlpha(line[s]) && (c == ne-1 || isAlpha(byteAt(line, c+1)))
}

// elapsedBarLevel reads a level right-aligned between bars after the seconds since a program's
// start, as League of Legends' r3dlog writes its lines: "000001.560|   WARN| Unable to …".
func elapsedBarLevel(line []byte) (Level, bool) {
	_, n := digitRun(line, 0)
	_, m := digitRun(line, n+1)
	i := n + 1 + m
	if n == 0 || m == 0 || byteAt(line, n) != '.' || byteAt(line, i) != '|' || byteAt(line, i+1) != ' ' {
		return Unknown, false
	}
	s := skipBlanks(line, i+1)
	e := indexByteFrom(line[:min(len(line), s+10)], '|', s)
	if e < 0 || !isUpperWord(line[s:e]) {
		return Unknown, false
	}
	return fullLevelName(line[s:e])
}

// groupsAfterSpacedBracket reads a level in the bracket groups that follow, in the word
// line[s:e], a group with blanks in it: MicroStrategy's "[THR:2216][Kernel XML API][Trace]" has
// "API][Trace]" for a word. The group with blanks must be one of a run of groups (its '[' after a
// ']' or a blank), not a subscript ("dict[key one][Error]").
func groupsAfterSpacedBracket(line []byte, s, e int) (Level, bool) {
	tok := line[s:e]
	k := bytes.Index(tok, []byte("]["))
	if k <= 0 || tok[0] == '[' || tok[0] == ']' || bytes.IndexByte(tok[:k], '[') >= 0 {
		return Unknown, false
	}
	o := bytes.LastIndexByte(line[:s], '[')
	if o < 0 || bytes.IndexByte(line[o:s], ']') >= 0 || o > 0 && line[o-1] != ']' && line[o-1] != ' ' {
		return Unknown, false
	}
	return bracketGroupLevel(tok[k:])
}

// keyValue reports whether a word is a key=value pair whose key is not a level's.
func keyValue(tok []byte) bool {
	k := indexEq(tok)
	return k > 0 && !levelKey(tok[:k])
}

// gluedOrGrouped reads a level inside a word of a header: in back-to-back bracket groups or
// glued to a name with punctuation.
func gluedOrGrouped(tok []byte) (Level, bool) {
	if lvl, ok := bracketGroupLevel(tok); ok {
		return lvl, true
	}
	return gluedLevel(tok)
}

// quotedInBrackets reads a level word quoted alone in brackets, as the Codecov uploader prints
// its logger's level after its time: "['info']".
func quotedInBrackets(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 7 || tok[0] != '[' || tok[1] != '\'' || tok[n-2] != '\'' || tok[n-1] != ']' {
		return Unknown, false
	}
	w := tok[2 : n-2]
	if !isLowerWord(w) && !isUpperWord(w) {
		return Unknown, false
	}
	return ParseLevel(w)
}

// swiftLogArray reads the level Split's iOS SDK prints first in a Swift array of its logger's
// arguments, its component's name second: "["INFO", "SplitSDK", "…", []]", and CryptPad's log
// store first in its JSON arrays, the time second: "["WARN","2026-11-29T07:41:18.317Z","STORE_…",…]".
// A list of names ("['CRITICAL', 'FATAL', …]") has another level word second.
func swiftLogArray(line []byte) (Level, bool) {
	if !hasPrefixAt(line, 0, "[\"") || line[len(line)-1] != ']' {
		return Unknown, false
	}
	e := indexByteFrom(line, '"', 2)
	sep := 4 // `", "` between the elements, or `","` in JSON written without blanks
	if e > 0 && hasPrefixAt(line, e, "\",\"") {
		sep = 3
	}
	if e < 5 || sep == 4 && !hasPrefixAt(line, e, "\", \"") || !isUpperWord(line[2:e]) {
		return Unknown, false
	}
	ne := indexByteFrom(line, '"', e+sep)
	if ne < e+sep+1 || !hasPrefixAt(line, ne, "\", ") && !hasPrefixAt(line, ne, "\",") {
		return Unknown, false
	}
	if _, ok := ParseLevel(line[e+sep : ne]); ok {
		return Unknown, false
	}
	return ParseLevel(line[2:e])
}

// logbackStatus reads the level of logback's status messages, which it prints about its own
// configuration: "|-INFO in ch.qos.logback.classic.LoggerContext[default] - …".
func logbackStatus(line, tok []byte, e int) (Level, bool) {
	if len(tok) < 6 || tok[0] != '|' || tok[1] != '-' || !hasPrefixAt(line, e, " in ") || !isUpperWord(tok[2:]) {
		return Unknown, false
	}
	return ParseLevel(tok[2:])
}

// letterLevel reads a single upper-case severity letter right after the time when a column
// follows it, as MongoDB's "I NETWORK [conn1]" and etcd's "I | etcdmain:" write it; a letter
// followed by prose ("A new …") is not one.
func letterLevel(line, tok []byte, e int, lvl *Level) bool {
	if mongoDebug(line, tok, e) {
		*lvl = Debug // MongoDB's D1 to D5 where it writes I, W, E and F
		return true
	}
	if len(tok) == 2 && tok[1] == ':' {
		// apt's error and warning letters after the time, as Timeshift writes its errors:
		// "[07:42:03] E: Error opening …"; not before a label ("E: Label: Backup", a reading's
		// unit). (N: and D: there are as often a compass's or a speaker's.)
		if ns, ne := nextToken(line, e); ne > ns && line[ne-1] == ':' || tok[0] != 'E' && tok[0] != 'W' {
			return false
		}
		l, ok := letterBeforeSentence(line, tok, e)
		*lvl = l
		return ok
	}
	if len(tok) != 1 || tok[0] < 'A' || tok[0] > 'Z' {
		return false
	}
	ns, ne := nextToken(line, e)
	if ne == ns {
		return false
	}
	next := line[ns:ne]
	if !(next[0] == '[' || next[0] == '|' || isUpperWord(next) || next[len(next)-1] == ':' || line[0] == '[' && stampBracketIDs(line, ns) || pidTidColumns(line, ns, ne)) {
		return false
	}
	l, ok := ParseLevel(tok)
	*lvl = l
	return ok
}

// pidTidColumns reports whether the word at line[ns:ne] and the one after it are numbers, a
// process's and a thread's columns after a level letter, and a source file and line follow them:
// OmniSciDB's "… I 2318 0 File.cpp:1041 …". A letter before numbers alone is a type or a
// direction column ("A 4120 7 B 100", "N 12 18").
func pidTidColumns(line []byte, ns, ne int) bool {
	if !digitsOnly(line[ns:ne]) {
		return false
	}
	s, e := nextToken(line, ne)
	if e == s || !digitsOnly(line[s:e]) {
		return false
	}
	s, e = nextToken(line, e)
	return e > s && fileLine(line[s:e])
}

// mongoDebug reports whether tok, right after the time, is MongoDB's debug verbosity in its text
// log (4.2 and before), D1 to D5 where I, W, E and F stand for the other levels, before the
// component in capitals (or "-") and the context in brackets: "… D1 COMMAND  [conn1] run command".
func mongoDebug(line, tok []byte, e int) bool {
	if len(tok) != 2 || tok[0] != 'D' || tok[1] < '1' || tok[1] > '5' {
		return false
	}
	cs, ce := nextToken(line, e)
	if ce == cs || !(isUpperWord(line[cs:ce]) || ce-cs == 1 && line[cs] == '-') {
		return false
	}
	bs, _ := nextToken(line, ce)
	return byteAt(line, bs) == '['
}

// stampBracketIDs reports whether the words from line[i] are a pid and a thread id, or one of
// them, that close the bracket opened before the time, as spdlog's "%L %P %t" writes them after
// the level letter (Ray's "[2026-11-29 07:41:19,812 E 4101 4101] (raylet) …").
func stampBracketIDs(line []byte, i int) bool {
	for k := 0; k < 2; k++ {
		s, e := nextToken(line, i)
		if e-s < 2 {
			return false
		}
		if line[e-1] == ']' {
			return digitsOnly(line[s : e-1])
		}
		if !digitsOnly(line[s:e]) {
			return false
		}
		i = e
	}
	return false
}

// afterLevel returns where the message starts after the level word ending at i: it skips a "-"
// separator, a "[thread] logger - " prefix (log4j, logback) and nginx's "pid#tid: " prefix.
func afterLevel(line []byte, i int, lx *layoutLine) int {
	i = skipBlanks(line, i)
	if byteAt(line, i) == ']' && (i+1 == len(line) || line[i+1] == ' ') && i > 0 && line[i-1] == ' ' {
		i = skipBlanks(line, i+1) // the bracket a padded level closes: hclog's "[INFO ] client: …"
	}
	if hasPrefixAt(line, i, "| ") {
		i = skipBlanks(line, i+2)
		// loguru's "| module:function:line - message"
		if s, e := nextToken(line, i); indexByteFrom(line[:e], ':', s) > s && hasPrefixAt(line, e, " - ") {
			lx.source = Span{int32(s), int32(e)}
			return skipBlanks(line, e+3)
		}
		return i
	}
	if hasPrefixAt(line, i, "- ") || hasPrefixAt(line, i, "-- ") {
		return skipBlanks(line, i+2) // and Suricata's "<Info> -- "
	}
	if byteAt(line, i) == '|' && i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '|' {
		return i + 1 // the bar that closes a padded level's field, the text glued to it: Veeam's "| ERR |Failed to …"
	}
	if hasPrefixAt(line, i, ": ") && i > 0 && line[i-1] == ' ' {
		return skipBlanks(line, i+2) // a colon after the padded level: monit's "info     : …"
	}
	// Up to two words (thread, logger) followed by " - ". Many lines have no dash at all, and one
	// search for it costs less than reading the words.
	j := i
	if bytes.IndexByte(line[i:], '-') < 0 {
		j = len(line)
	}
	var words [2]Span
	for k := 0; k < 2 && j < len(line); k++ {
		s, e := nextToken(line, j)
		if s == e {
			break
		}
		if line[e-1] == ':' {
			break // a logger its colon closes: the message follows it ("gunicorn.access: 10.0.3.2 - - […]")
		}
		words[k] = Span{int32(s), int32(e)}
		if hasPrefixAt(line, e, " - ") {
			for _, w := range words[:k+1] {
				tok := w.Of(line)
				if len(tok) > 2 && tok[0] == '[' && tok[len(tok)-1] == ']' {
					lx.thread = Span{w.Start + 1, w.End - 1}
				} else {
					lx.logger = w
				}
			}
			return skipBlanks(line, e+3)
		}
		j = e
	}
	if hasPrefixAt(line, i, "[pid ") { // Apache's "[pid 1234:tid 5678]"
		if k := indexByteFrom(line, ']', i); k > i {
			e := i + 5
			for e < k && isDigit(line[e]) {
				e++
			}
			lx.pid = Span{int32(i + 5), int32(e)}
			return skipBlanks(line, k+1)
		}
	}
	if n := nginxPid(line, i); n > i {
		lx.pid = Span{int32(i), int32(n - 2)}
		return n
	}
	return i
}

// nginxPid matches "123#0: " at line[i:] and returns the index after it, or i.
func nginxPid(line []byte, i int) int {
	j := i
	for j < len(line) && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	if j == i || j >= len(line) || line[j] != '#' {
		return i
	}
	k := j + 1
	for k < len(line) && line[k] >= '0' && line[k] <= '9' {
		k++
	}
	if k == j+1 || !hasPrefixAt(line, k, ": ") {
		return i
	}
	return k + 2
}

// glogRest parses "   12345 file.go:12] msg" after a klog header.
func glogRest(line []byte, i int, rec *Record, lx *layoutLine) {
	s, e := nextToken(line, i)
	rec.Message = Span{int32(skipBlanks(line, i)), int32(len(line))}
	if _, ok := atoi(line[s:e]); !ok {
		return
	}
	lx.pid = Span{int32(s), int32(e)}
	fs, fe := nextToken(line, e)
	if fe > fs && line[fe-1] == ']' {
		lx.source = Span{int32(fs), int32(fe - 1)}
		rec.Message.Start = int32(skipBlanks(line, fe))
	}
}

// phpErrorType reads the error types PHP writes after its name whose words are no level's:
// "PHP Deprecated:" and "PHP Strict Standards:", notices by PHP's own account (Monolog logs
// E_DEPRECATED and E_STRICT as notices). tok is the word after prev, ending at line[e].
func phpErrorType(line, prev, tok []byte, e int) (Level, int, bool) {
	if string(prev) != "PHP" {
		return Unknown, 0, false
	}
	switch string(tok) {
	case "Deprecated:":
		return Notice, skipBlanks(line, e), true
	case "Strict":
		if hasPrefixAt(line, e, " Standards:") {
			return Notice, skipBlanks(line, e+len(" Standards:")), true
		}
	}
	return Unknown, 0, false
}

// leadingLevelLine accepts a line without timestamp that starts with a marked level word:
// "ERROR:root:msg" (Python's basicConfig), "ERROR: msg", "[WARN] msg", "<E> msg", "WARNING msg".
func leadingLevelLine(line []byte, now int64, rec *Record, lx *layoutLine, w *wallClock) bool {
	if lvl, msg, ok := wineLevel(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	at := 0
	if e := elapsedBracket(line); e > 0 {
		at = e + 1 // colcon's "[0.412s] DEBUG:colcon:…"
	}
	if lvl, msg, ok := llamaPrefix(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	for _, name := range [...]string{"log4j:", "log4cplus:"} {
		// log4j 1.x's and log4cplus' own diagnostics on the console of a program they were not
		// set up for: "log4j:WARN No appenders could be found for logger (…).", "log4cplus:ERROR
		// PropertyConfigurator::…".
		if !hasPrefixAt(line, 0, name) {
			continue
		}
		if s, e := nextToken(line, len(name)); s == len(name) && isUpperWord(line[s:e]) {
			if lvl, ok := ParseLevel(line[s:e]); ok {
				rec.Level, rec.Message = lvl, Span{int32(skipBlanks(line, e)), int32(len(line))}
				return true
			}
		}
	}
	if hasPrefixAt(line, 0, "[Fatal Error] ") {
		// Xerces' default error handler, under any Java program that reads XML: "[Fatal Error]
		// broken.xml:2:1: XML document structures must start and end within the same entity."
		rec.Level, rec.Message = Critical, Span{int32(len("[Fatal Error] ")), int32(len(line))}
		return true
	}
	if lvl, msg, ok := loguruUptime(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	if hasPrefixAt(line, 0, "HDF5-DIAG: Error detected in ") {
		// The HDF5 library's error stack on a program's stderr (h5py's, netCDF's, an MPI job's):
		// its fixed heading, then the stack's numbered frames.
		rec.Level, rec.Message = Error, Span{int32(len("HDF5-DIAG: ")), int32(len(line))}
		return true
	}
	if len(line) > 4 && line[0] == '-' && line[2] == '-' && line[3] == ' ' {
		// A letter between dashes opening the line: ibdiagnet's and the other InfiniBand tools'
		// "-I- Discovering …", "-W-", "-E-".
		if lvl, ok := alphabetLevel(line[1], "DIWE"); ok {
			rec.Level, rec.Message = lvl, Span{4, int32(len(line))}
			return true
		}
	}
	if lvl, ls, le, ok := pythonDefault(line, at); ok {
		rec.Level = lvl
		lx.logger = Span{int32(ls), int32(le)}
		rec.Message = Span{int32(le + 1), int32(len(line))}
		return true
	}
	if lvl, msg, ok := tagThenLetter(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	if lvl, msg, ok := programThenLevel(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	if lvl, msg, ok := texLevel(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	s, e := nextToken(line, 0)
	if s != 0 || e == 0 || indexEq(line[:e]) >= 0 {
		return false // level=x opens logfmt, not a layout
	}
	if line[0] == '*' && e == 1 {
		// genkernel's marked warnings among its "* " steps: "* Warning :: megaraid_sas.ko not
		// found; skipping...".
		if ws, we := nextToken(line, e); capitalizedLevel(line[ws:we]) && hasPrefixAt(line, we, " :: ") {
			lvl, _ := ParseLevel(line[ws:we])
			rec.Level, rec.Message = lvl, Span{int32(we + 4), int32(len(line))}
			return true
		}
	}
	if line[0] == '%' {
		if lvl, ok := facilityLevelWord(line[1:e]); ok {
			// A facility and its level's name as a message id opening a line without a time,
			// as SIMH's simulators write their notes: "%SIM-INFO: Listening on port 2418".
			rec.Level, rec.Message = lvl, Span{int32(skipBlanks(line, e)), int32(len(line))}
			return true
		}
	}
	if lvl, ok := idBehindThread(line, 0); ok {
		// A line without a time that opens with a thread's id and a message id, as LTFS's tools
		// print them on a terminal: "3a90 LTFS15014W Cannot format: …". (A message id alone
		// opening such a line, z/OS's "IEF236I ALLOC. FOR …", is a listing's, no level.)
		rec.Level, rec.Message = lvl, Span{0, int32(len(line))}
		return true
	}
	lvl, ok := levelToken(line[:e], true)
	if ok && (negatedState(line, 0, e) || logLabel(line, line[:e], e)) {
		return false // "NOT OK", "NOT STARTED.": a state's negation; Exim's "LOG: MAIN"
	}
	if ok && string(line[:e]) == "CONFIG" {
		if ns, ne := nextToken(line, e); ne > ns {
			if l2, ok2 := levelToken(line[ns:ne], true); ok2 && line[ne-1] == ':' {
				lvl, e = l2, ne // coturn's "CONFIG ERROR: …": the configuration's error
			}
		}
	}
	if !ok && lowerLevelClock(line, e+1) {
		lvl, ok = ParseLevel(line[:e]) // VS Code's output channels: "info 07:41:16.830: …"
	}
	nvda := nvdaClock(line, e) // where NVDA's header holds its time, or -1
	if !ok && e == 2 && nvda >= 0 {
		lvl, ok = nvdaLevel(line[:e]) // NVDA's IO, between its debug and its info
	}
	if !ok && string(line[:e]) == "NTC" && ntcBeforeTime(line, e, now, w) {
		lvl, ok = Notice, true
	}
	if !ok && e >= 4 && isLowerWord(line[:e]) && hasPrefixAt(line, skipBlanks(line, e), "- ") {
		// A level in lower case, padded, and a dash: Next.js's "warn  - …", the Dart analyzer's
		// "warning - lib/cart.dart:41:9 - …".
		if lvl, ok := ParseLevel(line[:e]); ok {
			rec.Level, rec.Message = lvl, Span{int32(skipBlanks(line, skipBlanks(line, e)+1)), int32(len(line))}
			return true
		}
	}
	if !ok && e == 1 && strings.IndexByte("DIWEF", line[0]) >= 0 && isDigitAt(line, 2) {
		// A level's letter before a year-less date, as SkyPilot's and vLLM's loggers write it:
		// "I 11-29 07:41:16 optimizer.py:705] …". The letter I is no pronoun there.
		var s stamp
		if readStamp(line, 2, now, w, &s) && s.kind == stampDate {
			rec.Level, _ = alphabetLevel(line[0], "DIWEF")
			rec.Time, rec.Message = s.t, Span{int32(skipBlanks(line, s.end)), int32(len(line))}
			return true
		}
	}
	if !ok && byteAt(line, e) == ' ' && byteAt(line, e+2) == ' ' && strings.IndexByte("VDIWEF", byteAt(line, e+1)) >= 0 && byteAt(line, e+5) == '-' && programWord(line[:e+1]) {
		// The same after the program's name, as Android's libbase logs to stderr on a host, the
		// month and day, the clock, the pid and the thread: "launch_cvd I 11-29 07:41:16  4120
		// 4120 main.cc:183] …".
		var s stamp
		if readStamp(line, e+3, now, w, &s) && s.kind == stampDate && s.end == e+17 && pidAndThread(line, s.end) {
			rec.Level, _ = alphabetLevel(line[e+1], "VDIWEF")
			rec.Time, rec.Message = s.t, Span{int32(skipBlanks(line, s.end)), int32(len(line))}
			return true
		}
	}
	if !ok && e == 2 && line[1] == ':' && strings.IndexByte("DMIWEF", line[0]) >= 0 && isDigitAt(line, 3) {
		// A level's letter and a colon before a dated time, as G4KLX's radio programs write their
		// logs (MMDVMHost's "M: 2026-11-29 07:41:16.204 …"); M, a message, is their traffic's
		// level, read as Info.
		var s stamp
		if readStamp(line, 3, now, w, &s) && s.kind == stampDate {
			rec.Level, _ = alphabetLevel(line[0], "DIWEF")
			if line[0] == 'M' {
				rec.Level = Info
			}
			rec.Time, rec.Message = s.t, Span{int32(skipBlanks(line, s.end)), int32(len(line))}
			return true
		}
	}
	if !ok && (e == 1 || line[1] == '(') {
		if lvl, msg, ok := letterBeforeUptime(line); ok {
			rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
			return true
		}
	}
	if !ok && line[0] == '(' {
		if lvl, msg, ok := letterAfterElapsed(line); ok {
			rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
			return true
		}
	}
	if !ok && line[0] == '[' {
		for _, read := range bracketOpenings {
			if lvl, msg, ok := read(line); ok {
				rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
				return true
			}
		}
		if hasPrefixAt(line, 0, "[AUDIT ") {
			// Liberty's console, whose other levels are read as any padded level is: "[AUDIT   ]
			// CWWKE0001I: …", its notice, before a message id of its own.
			if c := indexByteFrom(line[:min(len(line), 16)], ']', 1); c > 0 && len(trimSpace(line[1:c])) == 5 {
				if ns, ne := nextToken(line, c+1); ne > ns {
					if _, id := ibmIDLevel(line, ns, ne); id {
						rec.Level, rec.Message = Notice, Span{int32(ns), int32(len(line))}
						return true
					}
				}
			}
		}
	}
	if !ok {
		lvl, msg, ok := headLevel(line, 0, e)
		if !ok || line[0] == '[' {
			return false
		}
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
		return true
	}
	rec.Level = lvl
	if levelFirstTime(line, e, rec, lx, w) {
		return true
	}
	if k := skipBlanks(line, e); isDigitAt(line, k) {
		// Unix seconds with their fraction after the padded level, as Tribler's format writes
		// them: "INFO    1795938076.19     connection:168  (Socks5Connection)  …".
		if t, te, ok := wordEpoch(line, k, now); ok && te-k > 12 {
			rec.Time, rec.Message = t, Span{int32(skipBlanks(line, te)), int32(len(line))}
			return true
		}
	}
	if nvda >= 0 {
		if t, _, ok := parseClock(line[nvda:], now, w); ok {
			rec.Time = t // NVDA's header: "WARNING - mathPres.initialize (07:41:16.702) - MainThread (6112):"
		}
	}
	rec.Message = Span{int32(afterLevel(line, e, lx)), int32(len(line))}
	return true
}

// ntcBeforeTime reports whether the NTC opening line, ending at e, is Nim chronicles' notice, the
// one of its levels (TRC DBG INF NTC WRN ERR FTL) no other logger writes bare: it is then followed
// by the record's time ("NTC 2026-11-29 09:14:06.120+01:00 Peer connected"). Elsewhere NTC is a
// thermistor.
func ntcBeforeTime(line []byte, e int, now int64, w *wallClock) bool {
	var st stamp
	k := skipBlanks(line, e)
	return k == e+1 && isDigitAt(line, k) && readStamp(line, k, now, w, &st) && st.kind == stampDate
}

// pythonDefault reads the layout of Python's logging.basicConfig at line[i:], "LEVEL:logger:message"
// with no blank after the first colon ("WARNING:urllib3.connectionpool:Retrying …"): the level,
// and the logger's bounds.
//
// A capitalized level word is taken before a module in capitals, as OpenBeken's firmware writes
// "Warn:CFG:CFG_InitAndLoad: …" and "Error:CMD:…".
func pythonDefault(line []byte, i int) (lvl Level, ls, le int, ok bool) {
	k := indexByteFrom(line[:min(len(line), i+12)], ':', i)
	if k-i < 3 || !isUpperWord(line[i:k]) && !capitalizedLevel(line[i:k]) {
		return Unknown, 0, 0, false
	}
	if lvl, ok = ParseLevel(line[i:k]); !ok {
		return Unknown, 0, 0, false
	}
	l := indexByteFrom(line, ':', k+1)
	if l <= k+1 || !hostLike(line[k+1:l]) || !isUpperWord(line[i:k]) && !isUpperWord(line[k+1:l]) {
		return Unknown, 0, 0, false
	}
	return lvl, k + 1, l, true
}

// capitalizedLevel reports whether w is a level's name as programs capitalize it; other level
// words so written ("Note:", "Failure:", "Alert:") are a sentence's or a label's more often.
func capitalizedLevel(w []byte) bool {
	switch string(w) {
	case "Trace", "Debug", "Info", "Notice", "Warn", "Warning", "Error", "Critical", "Fatal":
		return true
	}
	return false
}

// llamaPrefix reads the prefix llama.cpp's common logger writes with --log-prefix and
// --log-timestamps: the time since start as minutes, seconds, milliseconds and microseconds
// ("12.04.331.870", past a thousand minutes "1000.00.000.123"; no clock), then its level letter
// (D, I, W, E). It returns the level and where
// the message starts.
func llamaPrefix(line []byte) (Level, int, bool) {
	i := 0
	for part := 0; part < 4; part++ {
		v, n := digitRun(line, i)
		if n == 0 || n > 6 || part == 1 && (n != 2 || v > 59) || part > 1 && n != 3 {
			return Unknown, 0, false // minutes as many as the uptime has, seconds in two digits, milli- and microseconds in three
		}
		i += n
		if part < 3 {
			if byteAt(line, i) != '.' {
				return Unknown, 0, false
			}
			i++
		}
	}
	if byteAt(line, i) != ' ' || byteAt(line, i+2) != ' ' {
		return Unknown, 0, false
	}
	lvl, ok := alphabetLevel(byteAt(line, i+1), "DIWE")
	return lvl, skipBlanks(line, i+2), ok
}

// loguruUptime reads the level of a line loguru writes with its date and time turned off, as
// VTK's vtkLogger and ParaView do: the seconds since start in parentheses, the thread in a padded
// bracket, the file and line, then the level right-aligned before a bar, "(   7.905s) [paraview
// ]   vtkDataReader.cxx:1507  WARN| …". A verbosity number there (loguru's debug levels) names
// none. It returns the level and where the message starts.
func loguruUptime(line []byte) (Level, int, bool) {
	if byteAt(line, 0) != '(' {
		return Unknown, 0, false
	}
	i := skipBlanks(line, 1)
	_, n := digitRun(line, i)
	_, m := digitRun(line, i+n+1)
	i += n + 1 + m
	if n == 0 || m == 0 || line[i-m-1] != '.' || !hasPrefixAt(line, i, "s) [") {
		return Unknown, 0, false
	}
	end := indexByteFrom(line[:min(len(line), i+64)], ']', i+4)
	if end < 0 {
		return Unknown, 0, false
	}
	bar := indexByteFrom(line[:min(len(line), end+80)], '|', end+1)
	if bar < 0 {
		return Unknown, 0, false
	}
	w := bar
	for w > end && isUpperAt(line, w-1) {
		w--
	}
	if w == bar || line[w-1] != ' ' {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(line[w:bar])
	return lvl, skipBlanks(line, bar+1), ok
}

// elapsedBracket returns where the bracket of seconds since a program's start that opens line
// closes, "[0.412s] " or "[12.5] ", or 0.
func elapsedBracket(line []byte) int {
	if byteAt(line, 0) != '[' {
		return 0
	}
	_, n := digitRun(line, 1)
	_, m := digitRun(line, 2+n)
	e := 2 + n + m
	if byteAt(line, e) == 's' {
		e++
	}
	if n == 0 || m == 0 || line[1+n] != '.' || byteAt(line, e) != ']' || byteAt(line, e+1) != ' ' {
		return 0
	}
	return e + 1
}

// bracketOpenings read the level of a line that a bracket opens, in it or glued after it; each
// returns the level and where the message starts.
var bracketOpenings = [...]func([]byte) (Level, int, bool){letterAfterUptime, bracketLevelModule, bracketLevelPath, bracketLevelDash, levelBracketAfterUptime, paddedBracketLevel, briefAfterTicks, uptimeDigitLevel}

// uptimeDigitLevel reads the console level that OPAL's skiboot writes after its timebase in the
// bracket opening a line, a syslog severity digit: "[   41.208813470,5] SkiBoot v7.1 starting…".
// It returns the level and where the message starts.
func uptimeDigitLevel(line []byte) (Level, int, bool) {
	end := indexByteFrom(line[:min(len(line), 28)], ']', 1)
	if end < 5 || line[end-2] != ',' || line[end-1] < '0' || line[end-1] > '7' || byteAt(line, end+1) != ' ' {
		return Unknown, 0, false
	}
	if up := trimSpace(line[1 : end-2]); len(up) == 0 || !numberWord(up) || bytes.IndexByte(up, '.') < 0 {
		return Unknown, 0, false
	}
	return LevelFromSyslog(int(line[end-1] - '0')), skipBlanks(line, end+1), true
}

// paddedBracketLevel reads a level in capitals padded to its bracket's width, opening a line
// without a time: Kivy's "[INFO   ] [Logger      ] Record log in …", Tockloader's "[INFO   ]
// Listening for serial output.", and a level's name in lower case set off by a blank on either
// side, as Armbian's build script marks its alerts ("[ warn ] This script requires root
// privileges"). It returns the level and where the message starts.
func paddedBracketLevel(line []byte) (Level, int, bool) {
	ws, we := nextToken(line, 1)
	if ws == 2 && isLowerWord(line[ws:we]) && hasPrefixAt(line, we, " ]") {
		lvl, ok := fullLevelName(line[ws:we])
		return lvl, skipBlanks(line, we+2), ok
	}
	if ws != 1 || we-ws < 3 || !isUpperWord(line[ws:we]) {
		return Unknown, 0, false
	}
	close := skipBlanks(line, we)
	msg := skipBlanks(line, close+1)
	if close == we || byteAt(line, close) != ']' || close > 12 || isDigitAt(line, msg) {
		return Unknown, 0, false // a time after the bracket is read with it: "[INFO ] 14:30:01 …"
	}
	lvl, ok := ParseLevel(line[ws:we])
	return lvl, msg, ok
}

// letterAfterUptime reads the level letter and colon that Android's recovery glues to its
// messages after the kernel's uptime: "[    2.114518] E:Failed to mount /cache". It returns the
// level and where the message starts.
func letterAfterUptime(line []byte) (Level, int, bool) {
	end := uptimeBracketEnd(line)
	if end < 0 || byteAt(line, end+1) != ' ' || byteAt(line, end+3) != ':' {
		return Unknown, 0, false
	}
	if line[end+2] == 'A' {
		return Unknown, 0, false // "A:" is a name's letter more often than an assert
	}
	lvl, ok := androidLevel(line[end+2])
	return lvl, skipBlanks(line, end+4), ok
}

// uptimeBracketEnd returns where the bracket of seconds with their fraction that opens the line,
// padded or not, closes ("[    2.114518]"), or -1.
func uptimeBracketEnd(line []byte) int {
	end := indexByteFrom(line[:min(len(line), 24)], ']', 1)
	if end < 0 {
		return -1
	}
	if up := trimSpace(line[1:end]); len(up) == 0 || !numberWord(up) || bytes.IndexByte(up, '.') < 0 {
		return -1
	}
	return end
}

// levelBracketAfterUptime reads a level word in the bracket glued to the seconds since a program's
// start, padded or not, as Qt applications' message handlers write it (Stellarium's "[
// 13.921][DBG ] [TelescopeControl] …"). It returns the level and where the message starts.
func levelBracketAfterUptime(line []byte) (Level, int, bool) {
	end := uptimeBracketEnd(line)
	if end < 0 || byteAt(line, end+1) != '[' {
		return Unknown, 0, false
	}
	close := indexByteFrom(line[:min(len(line), end+16)], ']', end+2)
	if close < 0 {
		return Unknown, 0, false
	}
	word := trimSpace(line[end+2 : close])
	if len(word) < 3 || !isUpperWord(word) {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(word)
	return lvl, skipBlanks(line, close+1), ok
}

// briefAfterTicks reads the level of a record in logcat's brief shape, "L/tag: …", behind the
// bracketed count of ticks or seconds since boot that an embedded system's logger puts first
// (RT-Thread's ulog: "[1205] I/wlan.mgnt: connected"). It returns the level and where the
// message starts.
func briefAfterTicks(line []byte) (Level, int, bool) {
	end := indexByteFrom(line[:min(len(line), 24)], ']', 1)
	if end < 0 || byteAt(line, end+1) != ' ' {
		return Unknown, 0, false
	}
	if up := trimSpace(line[1:end]); len(up) == 0 || !numberWord(up) {
		return Unknown, 0, false
	}
	ts, te := nextToken(line, end+1)
	if te-ts < 6 || !isLowerAt(line, ts+2) {
		return Unknown, 0, false // a tag in lower case, at least three letters: "I/O:", a list's "E/Mail:" are words
	}
	if lvl, ok := sourcedLevel(line[ts:te], nil, false); ok {
		return lvl, skipBlanks(line, te), true
	}
	return Unknown, 0, false
}

// sudoHost reads the host sudo's own log file names with log_host, and sudo_logsrvd's event log
// always: "Nov 29 07:41:16 : alice : HOST=web01 : TTY=pts/0 ; …", and sudoreplay -l its
// sessions' ("Nov 29 07:41:16 2026 : alice : HOST=web01 ; TTY=…"), the message at line[msg:]
// starting with the colon after the time.
func sudoHost(line []byte, msg int) Span {
	s, e := nextToken(line, msg+2) // the user
	if e == s || !hasPrefixAt(line, e, " : HOST=") {
		return Span{}
	}
	hs := e + len(" : HOST=")
	he := hs
	for he < len(line) && line[he] != ' ' {
		he++
	}
	if he == hs || !hasPrefixAt(line, he, " : ") && !hasPrefixAt(line, he, " ; ") || !hostLike(line[hs:he]) {
		return Span{}
	}
	return Span{int32(hs), int32(he)}
}

// sssdLevel reads the debug level SSSD writes in hex after its component and function, on lines
// that open with its time in parentheses: "(2026-11-29  7:41:17): [be[corp]] [sdap_connect]
// (0x0040): …". The bits are its scale: 0x0010 fatal and 0x0020 critical failures, 0x0040
// serious and 0x0080 minor ones, 0x0100 configuration, 0x0200 and 0x0400 function data and
// traces, higher bits internal tracing; several bits at once, the messages it always shows.
func sssdLevel(line []byte) (Level, bool) {
	k := bytes.Index(line[:min(len(line), 200)], []byte("] (0x"))
	if k < 0 {
		return Unknown, false
	}
	v, n := 0, 0
	for i := k + 5; i < len(line) && n < 5; i, n = i+1, n+1 {
		d := hexDigit(line[i] | 0x20)
		if d == 255 {
			break
		}
		v = v<<4 | int(d)
	}
	if n < 4 || !hasPrefixAt(line, k+5+n, "):") {
		return Unknown, false
	}
	switch {
	case bits.OnesCount(uint(v)) > 1:
		return Info, true // a mask of several levels marks a message shown at any of them: "Starting with debug level = 0x0070"
	case v == 0x0010 || v == 0x0020:
		return Critical, true
	case v == 0x0040:
		return Error, true
	case v == 0x0080:
		return Warn, true
	case v == 0x0100:
		return Info, true
	case v == 0x0200 || v == 0x0400:
		return Debug, true
	case v >= 0x1000:
		return Trace, true
	}
	return Unknown, false
}

// starsBeforeBracket returns how many stars, one to three, open line right before a bracket, or 0.
func starsBeforeBracket(line []byte) int {
	k := 0
	for k < len(line) && line[k] == '*' {
		k++
	}
	if k > 3 || byteAt(line, k) != '[' {
		return 0
	}
	return k
}

// programThenLevel reads a program's name in lower case and its level, each with its colon,
// opening a line, as gpsd writes them: "gpsd:INFO: launching …"; and as MvvmCross's trace names
// its levels, capitalized and padded before the seconds since start: "mvx:Warning:  3.41 Unable
// to bind …", its lowest "mvx:Diagnostic:". (A label joined to an error's name by a script,
// "err:Error: ENOENT …", has no padding.) It returns the level and where the message starts.
func programThenLevel(line []byte) (Level, int, bool) {
	k := indexByteFrom(line[:min(len(line), 24)], ':', 0)
	if k < 2 || !isLowerWord(line[:k]) {
		return Unknown, 0, false
	}
	l := indexByteFrom(line[:min(len(line), k+12)], ':', k+1)
	if l < k+4 || byteAt(line, l+1) != ' ' {
		return Unknown, 0, false
	}
	switch w := line[k+1 : l]; {
	case isUpperWord(w):
		lvl, ok := ParseLevel(w)
		return lvl, l + 2, ok
	case !hasPrefixAt(line, l+1, "  "):
		return Unknown, 0, false
	case string(w) == "Diagnostic":
		return Debug, l + 2, true
	case capitalizedLevel(w):
		lvl, ok := ParseLevel(w)
		return lvl, l + 2, ok
	}
	return Unknown, 0, false
}

// starredAfterSource reads a level between asterisks and a colon after the function its source
// location names, as SPDK's log writes it: "app.c: 919:spdk_app_start: *NOTICE*: …".
func starredAfterSource(prev, tok []byte) (Level, bool) {
	n := len(tok)
	if n < 5 || tok[0] != '*' || tok[n-2] != '*' || tok[n-1] != ':' || len(prev) < 4 || prev[len(prev)-1] != ':' {
		return Unknown, false
	}
	loc := prev[:len(prev)-1]
	k := bytes.LastIndexByte(loc, ':') // the line number, then the function: "919:spdk_app_start:", "bdev.c:8123:bdev_open:"
	if k < 1 || k == len(loc)-1 || !digitsOnly(loc[bytes.LastIndexByte(loc[:k], ':')+1:k]) {
		return Unknown, false
	}
	if inner := tok[1 : n-2]; isUpperWord(inner) {
		return fullLevelName(inner) // (a test's "*NOT*: run" is no notice)
	}
	return Unknown, false
}

// texLevel reads the level that LaTeX and its packages put after the name of what speaks in a
// TeX log: "Package hyperref Info: …", "Class memoir Warning: …", "LaTeX Font Info: …". It
// returns the level and where the message starts.
func texLevel(line []byte) (Level, int, bool) {
	if !hasPrefixAt(line, 0, "Package ") && !hasPrefixAt(line, 0, "Class ") && !hasPrefixAt(line, 0, "LaTeX ") && !hasPrefixAt(line, 0, "Module ") {
		return Unknown, 0, false
	}
	_, e := nextToken(line, 0)
	_, e = nextToken(line, e)
	ls, le := nextToken(line, e)
	if le-ls < 5 || line[le-1] != ':' {
		return Unknown, 0, false
	}
	switch string(line[ls : le-1]) {
	case "Info":
		return Info, skipBlanks(line, le), true
	case "Warning":
		return Warn, skipBlanks(line, le), true
	case "Error":
		return Error, skipBlanks(line, le), true
	}
	return Unknown, 0, false
}

// tagThenLetter reads a level's letter and colon after a program's tag with its pid, opening a
// line without a time: Steam's pressure-vessel, "pressure-vessel-wrap[44121]: W: …". It returns
// the level and where the message starts.
func tagThenLetter(line []byte) (Level, int, bool) {
	_, e := nextToken(line, 0)
	b := bytes.IndexByte(line[:e], '[')
	if b < 1 || e-b < 4 || line[e-1] != ':' || line[e-2] != ']' || !digitsOnly(line[b+1:e-2]) {
		return Unknown, 0, false
	}
	ls, le := nextToken(line, e)
	if le-ls != 2 || line[ls+1] != ':' {
		return Unknown, 0, false
	}
	lvl, ok := alphabetLevel(line[ls], "DIWE")
	return lvl, skipBlanks(line, le), ok
}

// letterAfterSeconds reads the level letter that follows a count of seconds since boot opening a
// line, as logcat -v monotonic writes it in its brief shape ("  4123.571 I/ActivityManager( 1702):
// …"), Tizen's dlogutil -v kerneltime too (" 4123.571 I/AUL_AMD (P  612, T  612): …"), and hilog
// after the pid and the thread id ("  4123.571  5394  5394 I A03200/NewsFeed: …"); the time since
// start may be hours, minutes and seconds, as X-Plane's Log.txt writes it ("0:31:07.455 W/ATC: …").
// It returns the level and where the message starts, after the tag's colon.
func letterAfterSeconds(line []byte) (Level, int, bool) {
	s, e := nextToken(line, 0)
	dot := indexByteFrom(line[:e], '.', s)
	if dot <= s || e-dot < 2 || !digitsOnly(line[dot+1:e]) {
		return Unknown, 0, false
	}
	if !digitsOnly(line[s:dot]) {
		// Hours, minutes and seconds since start, then a tag of two letters or more: "F/W:",
		// "I/O:", "A/V:" are abbreviations.
		ts, te := nextToken(line, e)
		if !elapsedClock(line[s:dot]) || te-ts < 5 || !isAlphaAt(line, ts+3) {
			return Unknown, 0, false
		}
	}
	for k := 0; k < 3; k++ {
		ts, te := nextToken(line, e)
		tok := line[ts:te]
		switch {
		case k == 0 && len(tok) >= 4 && tok[1] == '/' && isAlpha(tok[2]):
			// The brief shape: the letter, a slash and the tag, then the pid in parentheses.
			if tok[len(tok)-1] != ':' && bytes.IndexByte(tok, '(') < 0 && byteAt(line, skipBlanks(line, te)) != '(' {
				return Unknown, 0, false
			}
			lvl, ok := androidLevel(tok[0])
			colon := indexByteFrom(line[:min(len(line), te+32)], ':', te-1)
			if !ok || colon < 0 {
				return Unknown, 0, false
			}
			return lvl, skipBlanks(line, colon+1), true
		case k == 2 && len(tok) == 1:
			ns, ne := nextToken(line, te)
			if ne-ns < 2 || line[ne-1] != ':' {
				return Unknown, 0, false
			}
			lvl, ok := androidLevel(tok[0])
			return lvl, skipBlanks(line, ne), ok
		case k < 2 && len(tok) > 0 && digitsOnly(tok):
			e = te
		default:
			return Unknown, 0, false
		}
	}
	return Unknown, 0, false
}

// elapsedClock reports whether b is a time since start in hours, minutes and seconds: "0:31:07",
// "112:04:59".
func elapsedClock(b []byte) bool {
	_, n := digitRun(b, 0)
	return n >= 1 && n <= 4 && len(b) == n+6 && b[n] == ':' && b[n+3] == ':' && isDigit(b[n+1]) && b[n+1] <= '5' &&
		isDigit(b[n+2]) && isDigit(b[n+4]) && b[n+4] <= '5' && isDigit(b[n+5])
}

// bracketLevelModule reads the level and the padded module that share the bracket opening a line,
// as Contiki-NG writes them: "[WARN: RPL       ] …", "[ERR : TCPIP     ] …", and Chromium's logging
// without its process, thread and time: "[ERROR:/src/core/cdm_engine.cpp(1699):Decrypt] …", whose
// source path may be long. It returns the level and where the message starts.
func bracketLevelModule(line []byte) (Level, int, bool) {
	end := indexByteFrom(line[:min(len(line), 160)], ']', 1)
	if end < 0 {
		return Unknown, 0, false
	}
	colon := indexByteFrom(line[:end], ':', 1)
	if colon < 0 {
		return Unknown, 0, false
	}
	word, module := trimSpace(line[1:colon]), trimSpace(line[colon+1:end])
	if len(word) < 3 || !isUpperWord(word) || len(module) == 0 || bytes.IndexByte(module, ' ') >= 0 {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(word)
	return lvl, skipBlanks(line, end+1), ok
}

// bracketLevelPath reads the level and the module path that share the bracket opening a line, as
// Rust's env_logger writes them without a time: "[INFO rust_analyzer::config] …", "[WARN
// hyper::proto::h1] …", or a source file and its line in the module's place, as bcachefs-tools
// does: "[INFO  src/commands/mount.rs:162] …". It returns the level and where the message starts.
func bracketLevelPath(line []byte) (Level, int, bool) {
	end := indexByteFrom(line[:min(len(line), 96)], ']', 1)
	if end < 0 {
		return Unknown, 0, false
	}
	ws, we := nextToken(line[:end], 1)
	ms, me := nextToken(line[:end], we)
	if ws != 1 || ms == me || me != end || !isUpperWord(line[ws:we]) || !modulePath(line[ms:me]) {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(line[ws:we])
	return lvl, skipBlanks(line, end+1), ok
}

// modulePath reports whether w is a Rust module's path: lower-case names and digits joined by
// "::" and '_' ("rust_analyzer::main_loop", "hyper"), or a Rust source file and its line
// ("src/commands/mount.rs:162").
func modulePath(w []byte) bool {
	file, line, isFile := bytes.Cut(w, []byte(".rs:"))
	if isFile {
		if _, ok := atoi(line); !ok {
			return false
		}
		w = file
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || !isFile && c == ':' || isFile && (c == '/' || c == '-')) {
			return false
		}
	}
	return len(w) > 0 && isAlpha(w[0])
}

// bracketLevelDash reads the level of VS Code's language clients, which opens each line of their
// output with it and a clock in a bracket: "[Trace - 7:41:16 AM] Sending request …", "[Error  -
// 7:41:20 AM] …". It returns the level and where the message starts.
func bracketLevelDash(line []byte) (Level, int, bool) {
	ws, we := nextToken(line, 1)
	if ws != 1 || !capitalized(line[ws:we]) {
		return Unknown, 0, false
	}
	ds, de := nextToken(line, we)
	end := indexByteFrom(line[:min(len(line), 40)], ']', de)
	if de != ds+1 || line[ds] != '-' || end < 0 || !isDigitAt(line, skipBlanks(line, de)) {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(line[ws:we])
	return lvl, skipBlanks(line, end+1), ok
}

// pidColumns reports whether b is a number, or a pid and a thread id as logcat -v thread writes
// them ("1412: 1430"). With the uid modifier the uid comes first, a number or a name ("1000:
// 1702: 1820", "root:  412").
func pidColumns(b []byte) bool {
	n, short := 0, 0
	for {
		field, rest, more := bytes.Cut(b, []byte(":"))
		f := trimSpace(field)
		if _, ok := atoi(f); !ok && !(n == 0 && more && androidUID(f)) {
			return false
		}
		if n > 0 && len(field) == 2 {
			short++ // a clock's or an elapsed time's minutes and seconds: "(07:41:16)", "(1:02:17)"
		}
		n++
		if !more {
			break
		}
		b = rest
	}
	return n <= 3 && !(n > 1 && short == n-1)
}

// androidUID reports whether w is an Android uid's name: root, system, logd, u0_a188.
func androidUID(w []byte) bool {
	if len(w) == 0 || len(w) > 16 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// letterAfterElapsed reads the level letter and colon PulseAudio writes after the stamps of
// --log-time, the seconds since it started and since the line before in parentheses: "(   0.068|
// 0.000) E: [pulseaudio][…] Failed to load module …". Neither stamp is a time of day. It returns
// the level and where the message starts.
func letterAfterElapsed(line []byte) (Level, int, bool) {
	close := indexByteFrom(line[:min(len(line), 32)], ')', 1)
	if close < 0 || byteAt(line, close+1) != ' ' || byteAt(line, close+3) != ':' || byteAt(line, close+4) != ' ' {
		return Unknown, 0, false
	}
	since, last, ok := bytes.Cut(line[1:close], []byte("|"))
	if !ok || !millis(trimSpace(since)) || !millis(trimSpace(last)) {
		return Unknown, 0, false // each written "%u.%03u"
	}
	lvl, ok := alphabetLevel(line[close+2], "DINWE")
	return lvl, skipBlanks(line, close+4), ok
}

// millis reports whether w is seconds with their milliseconds: "0.068", "10234.567".
func millis(w []byte) bool {
	n, f := decimalAt(w, 0)
	return n > 0 && f == 3 && n+4 == len(w)
}

// letterBeforeUptime reads the level letter that ESP-IDF's and similar embedded loggers write
// before the milliseconds since boot, "I (412) wifi: …", and Android's logcat -v process glues
// to the pid, "I( 1423) Start proc …": a number in parentheses after the letter. It returns the
// level and where the message starts.
func letterBeforeUptime(line []byte) (Level, int, bool) {
	open := 1
	if line[1] == ' ' {
		open = 2
	}
	if byteAt(line, open) != '(' {
		return Unknown, 0, false
	}
	close := indexByteFrom(line[:min(len(line), open+24)], ')', open+1) // "( 1000: 1702: 1820)", uid and all
	if close < 0 {
		return Unknown, 0, false
	}
	if !pidColumns(trimSpace(line[open+1 : close])) {
		return Unknown, 0, false
	}
	lvl, ok := androidLevel(line[0]) // the same letters: V D I W E F
	return lvl, skipBlanks(line, close+1), ok
}

// parsePaddedLevelFirst reads a line whose level of four letters is right-aligned to five, log4j's
// %5p, before the thread and the time: the DataStax agent's " INFO [StompConnection receiver]
// 2026-11-29 07:41:17,512 …". A line that opens with a blank is otherwise a continuation's.
func (p *Parser) parsePaddedLevelFirst(line []byte, rec *Record) bool {
	if len(line) < 8 || line[0] != ' ' || line[5] != ' ' {
		return false
	}
	lvl, ok := levelToken(line[1:5], true)
	if !ok {
		return false
	}
	lx := layoutLine{parensOff: &p.mem.parensOff}
	*rec = Record{Format: FormatLayout}
	if !levelFirstTime(line, 5, rec, &lx, &p.wall) {
		*rec = Record{}
		return false
	}
	rec.Level = lvl
	return true
}

// levelFirstTime reads the time that Cassandra writes after its level and thread:
// "INFO  [main] 2026-02-16 14:30:01,123 CassandraDaemon.java:123 - msg", the thread's name also
// of several words ("[Service Thread]", DataStax's "[RemoteMessageServer query worker - 81]").
func levelFirstTime(line []byte, i int, rec *Record, lx *layoutLine, w *wallClock) bool {
	s, e := nextToken(line, i)
	if e > s && line[s] == '[' && line[e-1] != ']' {
		if close := bracketSpan(line, s, e); close > 0 {
			e = close + 1
		}
	}
	if e-s < 3 || line[s] != '[' || line[e-1] != ']' {
		return false
	}
	at := skipBlanks(line, e)
	t, n, ok := parseISO(line[at:], w)
	if !ok {
		return false
	}
	rec.Time = t
	lx.thread = Span{int32(s + 1), int32(e - 1)}
	msg := skipBlanks(line, at+n)
	if fs, fe := nextToken(line, msg); indexByteFrom(line[:fe], ':', fs) > fs && hasPrefixAt(line, fe, " - ") {
		lx.source = Span{int32(fs), int32(fe)}
		msg = skipBlanks(line, fe+3)
	}
	rec.Message = Span{int32(msg), int32(len(line))}
	return true
}

func (p *Parser) parseLayout(line []byte, rec *Record) bool {
	lx := layoutLine{parensOff: &p.mem.parensOff}
	if !scanLayout(line, p.nowNano(), &p.wall, rec, &lx) {
		return false
	}
	p.keepLayout(line, &lx)
	wsgiLevel(line, rec)
	if at, ok := openingClock(line); ok && (rec.Time != 0 || p.wall.clocks == clocksSinceStart) && countClock(line, at) {
		end := at
		for end < len(line) && (isDigit(line[end]) || line[end] == ':' || line[end] == '.') {
			end++
		}
		if t := p.dateAfterClock(line, end); t != 0 {
			rec.Time = t
		}
	}
	return true
}

// wsgiLevel gives a line of Apache's error log that mod_wsgi filed the level the line behind it
// names: mod_wsgi files every line a Python program writes to stderr as "[wsgi:error]", whatever the
// program said ("[wsgi:error] [pid 2211:tid 140112] [remote 10.30.4.17:51822] 2026-11-29
// 07:41:16.480 2211 WARNING keystone…"). A line without a time and level of its own stays an error.
func wsgiLevel(line []byte, rec *Record) {
	if rec.Level != Error || byteAt(line, 0) != '[' {
		return // (Apache's time opens the line in its bracket)
	}
	i := bytes.Index(line[:min(len(line), 80)], []byte(" [wsgi:error] "))
	if i < 0 {
		return
	}
	j := i + len(" [wsgi:error]")
	for k := 0; k < 2; k++ {
		ts, te := nextToken(line, j)
		if te == ts || line[ts] != '[' {
			break
		}
		j = groupEnd(line, ts, te) // the pid and thread, the client
	}
	if lvl, ok := namedLevelAfterStamp(line[skipBlanks(line, j):]); ok && lvl != Trace {
		rec.Level = lvl // (oslo.log's TRACE before Liberty marks a traceback's lines: they stay errors)
	}
}

// openingClock returns where the time of day that opens the line starts, bare or in a bracket,
// with no date before it: "07:41:16.123 …", "[00:04:16] …".
func openingClock(line []byte) (int, bool) {
	at := 0
	if len(line) > 0 && line[0] == '[' {
		at = 1
	}
	h := 0
	for at+h < len(line) && h < 2 && isDigit(line[at+h]) {
		h++
	}
	return at, h > 0 && byteAt(line, at+h) == ':' && isDigitAt(line, at+h+1) && isDigitAt(line, at+h+2) && byteAt(line, at+h+3) == ':'
}

// syslogFacilities are the facility names dmesg --decode writes before the level.
var syslogFacilities = []string{"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp", "security",
	"local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"}

// decodedLevel reads the level of dmesg --decode: "kern  :warn  : [   13.002113] msg".
func decodedLevel(line []byte) (Level, bool) {
	c := indexByteFrom(line[:min(len(line), 12)], ':', 0)
	if c < 3 {
		return Unknown, false
	}
	facility := trimSpace(line[:c])
	found := false
	for _, f := range syslogFacilities {
		found = found || string(facility) == f
	}
	d := indexByteFrom(line[:min(len(line), c+12)], ':', c+1)
	if !found || d < 0 {
		return Unknown, false
	}
	return ParseLevel(trimSpace(line[c+1 : d]))
}

// displayOpening reports whether one of the line's first three words is Unreal Engine's Display
// verbosity after its category (see unrealDisplay).
func displayOpening(line []byte) bool {
	var prev []byte
	for k, j := 0, 0; k < 3; k++ {
		s, e := nextToken(line, j)
		if s == e {
			return false
		}
		if unrealDisplay(prev, line[s:e]) {
			return true
		}
		prev, j = line[s:e], e
	}
	return false
}

// parseText is the fallback: the whole line is the message, and a marked level word among the
// first few words sets the level.
// dashFramedLevel reads a level framed by two dashes on each side that opens a line, as Tiger's
// security report marks its findings: "--WARN-- [pass014w] …", "--FAIL-- …" (a failed check, an
// error), "--ALERT-- …".
func dashFramedLevel(line []byte) (Level, bool) {
	if len(line) < 8 || line[0] != '-' || line[1] != '-' || !isAlpha(line[2]) {
		return Unknown, false
	}
	e := 2
	for e < len(line) && e < 12 && isAlpha(line[e]) {
		e++
	}
	if !hasPrefixAt(line, e, "-- ") || !isUpperWord(line[2:e]) {
		return Unknown, false
	}
	if string(line[2:e]) == "FAIL" {
		return Error, true
	}
	return ParseLevel(line[2:e])
}

func parseText(line []byte, rec *Record) {
	*rec = Record{Format: FormatText, Message: Span{0, int32(len(line))}}
	if lvl, _, _, ok := leadingLevel(line, 0, 3); ok {
		if connectionMarker(line) {
			return // memcached -vv's ">31 ERROR" is a protocol reply to connection 31, not a level
		}
		rec.Level = lvl
	} else if byteAt(line, 0) == '[' && displayOpening(line) {
		rec.Level = Info // Unreal Engine's Display, timed since the start: "[0000.02][  0]LogInit: Display: …"
	} else if lvl, msg, ok := pidLevelUptime(line); ok {
		rec.Level, rec.Message.Start = lvl, int32(msg)
	} else if drmError(line) {
		rec.Level = Error // dmesg's "[37937.396771] [drm:gfx_v10_0_hw_fini [amdgpu]] *ERROR* …"
	} else if s, e := nextToken(line, 0); e > s && line[s] == '[' {
		if lvl, found := bracketGroupLevel(line[s:e]); found {
			rec.Level = lvl
		} else if lvl, ok := swiftLogArray(line); ok {
			rec.Level = lvl
		} else if lvl, _, ok := spacedBracketLevel(line, s); ok && s == 0 {
			rec.Level = lvl
		} else if lvl, ok := componentOpening(line, 0); ok {
			rec.Level = lvl // dmesg's "[1204412.118204] LustreError: 11-0: …"
		} else if lvl, ok := letterAfterComponent(line, e); ok {
			rec.Level = lvl
		} else if lvl, ok := sourcedAfterBracket(line); ok {
			rec.Level = lvl
		} else if lvl, ok := rooFitLevel(line, s, e); ok {
			rec.Level = lvl
		} else if lvl, ok := speechSDKLevel(line); ok {
			rec.Level = lvl
		} else if ns, ne := nextToken(line, e); ne-ns > 8 && line[ns] == '*' && s == 0 {
			rec.Level, _ = starredLevel(line[ns:ne]) // Open Ephys' "[open-ephys] ***ERROR*** …"
		} else {
			rec.Level, _ = espLevel(line)
		}
	} else if k := starsBeforeBracket(line); k > 0 {
		// Doubango's console marks its levels with stars as well as words, one to three:
		// "*[DOUBANGO INFO]: …", "**[DOUBANGO WARN]: …", "***[DOUBANGO ERROR]: …".
		rec.Level, _, _ = spacedBracketLevel(line, k)
	} else if lvl, ok := decodedLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := dashFramedLevel(line); ok {
		rec.Level = lvl
	} else if lvl, msg, ok := npmLevel(line); ok {
		rec.Level, rec.Message.Start = lvl, int32(msg)
	} else if codedError(line) {
		rec.Level = Error // rustc's "error[E0425]: cannot find value …"
	} else if lvl, ok := edaLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := counterLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := letterColonLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := elapsedBarLevel(line); ok {
		rec.Level = lvl
	} else if lvl, msg, ok := letterAfterSeconds(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
	} else if lvl, ok := scopedLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := signLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := dottedLetterLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := reporterLevel(line); ok {
		rec.Level = lvl
	} else if warningCategory(line) {
		rec.Level = Warn
	} else if lvl, ok := toolLevel(line); ok {
		rec.Level = lvl
	} else if lvl, ok := gluedLabelLevel(line); ok {
		rec.Level = lvl
	} else if lvl, msg, ok := kmsgRecord(line); ok {
		rec.Level, rec.Message = lvl, Span{int32(msg), int32(len(line))}
	} else if lvl, ok := letterBeforeCategory(line); ok {
		rec.Level = lvl
	} else if lvl, ok := levelInLocation(line); ok {
		rec.Level = lvl
	}
	if h, ok := hostAfterUptime(line); ok {
		rec.Host = h
		if rec.Level == Unknown {
			rec.Level = levelAfterTag(line, int(h.End))
		}
	}
}

// letterBeforeCategory reads the level letter glued to a bracketed category and its colon beside a
// source file's name and line, among a line's first words, as Dolphin's log writes it after its
// clock ("41:16:380 Core/HW/DVD/DVDInterface.cpp:612 W[DVDINTERFACE]: …") and PPSSPP's after its
// thread ("41:17:310 EmuThread    W[G3D]: GPU/GPUCommon.cpp:1440 …"); N is a notice.
func letterBeforeCategory(line []byte) (Level, bool) {
	var prev []byte
	for k, e := 0, 0; k < 3; k++ {
		var s int
		if s, e = nextToken(line, e); e-s < 5 {
			return Unknown, false
		}
		tok := line[s:e]
		if tok[1] != '[' || !bytes.HasSuffix(tok, []byte("]:")) || !categoryName(tok[2:len(tok)-2]) {
			prev = tok
			continue
		}
		if ns, ne := nextToken(line, e); !fileLine(prev) && !fileLine(line[ns:ne]) {
			return Unknown, false // a source's position beside it, before or after: no formula's "E[RETURN]:"
		}
		if tok[0] == 'N' {
			return Notice, true
		}
		return alphabetLevel(tok[0], "DIWE")
	}
	return Unknown, false
}

// levelInLocation reads the level CERN ROOT's messages open with, before the function that wrote
// them in angle brackets: "Warning in <TClass::Init>: …", "SysError in <TFile::TFile>: …" (an
// error the system reported), "Fatal in <…>: …".
func levelInLocation(line []byte) (Level, bool) {
	k := bytes.Index(line[:min(len(line), 16)], []byte(" in <"))
	if k < 4 {
		return Unknown, false
	}
	if c := indexByteFrom(line[:min(len(line), k+96)], '>', k+5); c < 0 || !hasPrefixAt(line, c+1, ": ") {
		return Unknown, false
	}
	switch string(line[:k]) {
	case "Info":
		return Info, true
	case "Warning":
		return Warn, true
	case "Error", "SysError":
		return Error, true
	case "Fatal":
		return Critical, true
	}
	return Unknown, false
}

// rooFitLevel reads the level RooFit's message service writes after its counter in brackets and
// before its topic, glued by a colon: "[#1] INFO:Minimization -- …", "[#0] PROGRESS:Eval -- …".
// The bracket is line[s:e].
func rooFitLevel(line []byte, s, e int) (Level, bool) {
	if e-s < 4 || line[s+1] != '#' || line[e-1] != ']' || !digitsOnly(line[s+2:e-1]) {
		return Unknown, false
	}
	k := skipBlanks(line, e)
	c := indexByteFrom(line[:min(len(line), k+10)], ':', k)
	if c < 0 || !isUpperWord(line[k:c]) {
		return Unknown, false
	}
	switch string(line[k:c]) {
	case "PROGRESS":
		return Info, true
	case "FATAL":
		return Critical, true
	}
	return ParseLevel(line[k:c])
}

// categoryName reports whether w names a log category: a capital, then letters, digits or '_'.
func categoryName(w []byte) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, c := range w {
		if !isAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}

// sourcedAfterBracket reads the level letter glued to its module after a bracketed process and
// thread and a colon, as MOZ_LOG writes its lines without a time: "[Parent 4120: Main Thread]:
// D/nsHttp …" (see sourcedLevel).
func sourcedAfterBracket(line []byte) (Level, bool) {
	c := indexByteFrom(line[:min(len(line), 64)], ']', 1)
	if c < 0 || !hasPrefixAt(line, c+1, ": ") || !processAndThread(line[1:c]) {
		return Unknown, false
	}
	s, e := nextToken(line, c+2)
	if e-s < 4 || !isAlpha(line[s+2]) || !isAlpha(line[s+3]) {
		return Unknown, false // a module's name, not a word's half: "I/O", "E/S"
	}
	return sourcedLevel(line[s:e], line[c:c+2], false)
}

// processAndThread reports whether b names a process, its pid and a thread, as MOZ_LOG's bracket
// does: "Parent 4120: Main Thread".
func processAndThread(b []byte) bool {
	s, e := nextToken(b, 0)
	ps, pe := nextToken(b, e)
	return s == 0 && e > s && pe-ps > 1 && b[pe-1] == ':' && digitsOnly(b[ps:pe-1]) && pe < len(b)
}

// letterAfterComponent reads the level letter that OpenAirInterface's softmodems write after their
// component in capitals in brackets and three blanks: "[NR_MAC]   I Frame.Slot 256.0", "[NGAP]   W
// …". The padding tells the letter from a sentence's "I" after a name ("[BOT]  I am online"). e is
// where the bracketed first word ends.
func letterAfterComponent(line []byte, e int) (Level, bool) {
	if e < 4 || e > 24 || line[e-1] != ']' || !hasPrefixAt(line, e, "   ") || byteAt(line, e+4) != ' ' {
		return Unknown, false
	}
	letters := 0
	for _, c := range line[1 : e-1] {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case !isDigit(c) && c != '_':
			return Unknown, false
		}
	}
	if letters < 2 {
		return Unknown, false
	}
	return alphabetLevel(line[e+3], "DIWE")
}

// scopedLevel reads the level word that opens a line with its scope in parentheses before a
// colon, as Zig's std.log writes it: "info(server): listening on …", "warning(db): pool …". The
// word is a level's name in lower case, the scope a name without blanks.
func scopedLevel(line []byte) (Level, bool) {
	if len(line) < 8 || line[0] < 'a' || line[0] > 'z' {
		return Unknown, false
	}
	open := bytes.IndexByte(line[:min(len(line), 12)], '(')
	if open < 4 || !isLowerWord(line[:open]) {
		return Unknown, false
	}
	end := open + 1 // of the scope
	for end < len(line) && end-open <= 32 && (isAlnum(line[end]) || line[end] == '_') {
		end++
	}
	if end == open+1 || !hasPrefixAt(line, end, "): ") {
		return Unknown, false
	}
	return ParseLevel(line[:open])
}

// levelAfterTag reads the level a program writes first in its message behind the syslog tag that
// follows a host, as journalctl -o short-monotonic shows it: "[  131.866389] localhost
// dracut-initqueue[441]: Warning: …" is read as the same record behind a date would be.
func levelAfterTag(line []byte, i int) Level {
	s, e := nextToken(line, i)
	if e-s < 2 || line[e-1] != ':' || !tagLike(line[s:e-1]) {
		return Unknown
	}
	lvl, _ := messageLevel(line, e)
	return lvl
}

// kmsgRecord reads the kernel's /dev/kmsg record, as netconsole's extended mode sends it too:
// "6,4120,81220412,-;e1000e …", the syslog priority, a sequence number, microseconds since boot
// (no time of day) and flags before the ';'. It returns the level and where the message starts.
func kmsgRecord(line []byte) (Level, int, bool) {
	pri, n := digitRun(line, 0)
	if n < 1 || n > 3 || byteAt(line, n) != ',' {
		return Unknown, 0, false
	}
	i := n + 1
	for field := 0; field < 2; field++ {
		_, m := digitRun(line, i)
		if m == 0 || byteAt(line, i+m) != ',' {
			return Unknown, 0, false
		}
		i += m + 1
	}
	semi := indexByteFrom(line[:min(len(line), i+16)], ';', i)
	if semi < 0 {
		return Unknown, 0, false
	}
	return LevelFromSyslog(pri & 7), semi + 1, true
}

// signLevel reads the sign that opens a line as build and CI tools write their warnings and
// errors ("⚠️  CartView.swift:41:9: variable …", "❌  error: …", "✖ lint failed"), with or
// without the emoji variation selector, and a blank after it (see signName).
func signLevel(line []byte) (Level, bool) {
	if oneBlank(line) {
		line = line[1:] // Next.js sets its lines off by a blank: " ⚠ Fast Refresh had to …"
	}
	lvl, i, ok := signName(line)
	if k := skipBlanks(line, 0); !ok && k > 0 && k <= 4 {
		if lvl, i, ok = signName(line[k:]); ok { // goreleaser's by two: "  ⨯ release failed"
			line = line[k:]
		}
	}
	if !ok {
		return cliBullet(line)
	}
	if summaryCount(line, skipBlanks(line, i)) {
		return Unknown, false // a summary's count: "⚠️ 0 warnings"
	}
	return lvl, byteAt(line, i) == ' '
}

// summaryCount reports whether a count of none opens line[i:], as a summary's line after a sign
// does: "⚠️ 0 warnings", "❌ 0 errors". The sign then stands for a kind, not the line's level.
func summaryCount(line []byte, i int) bool { return byteAt(line, i) == '0' && byteAt(line, i+1) == ' ' }

// s3fsWarning reports whether s3fs-fuse's warning tag follows the time at line[end:], before the
// source place its lines name: "2026-11-29T07:42:03.877Z [WAN] curl.cpp:RequestPerform(2485): …".
// (s3fs spells its other levels [CRT], [ERR], [INF] and [DBG], which are read as anyone's; alone,
// "[WAN]" is a router's interface.)
func s3fsWarning(line []byte, end int) bool {
	if !hasPrefixAt(line, end, " [WAN] ") {
		return false
	}
	s, e := nextToken(line, end+7)
	tok := line[s:e]
	return e-s > 6 && bytes.HasSuffix(tok, []byte("):")) && bytes.IndexByte(tok, '(') > bytes.IndexByte(tok, ':') && bytes.IndexByte(tok, '.') > 0
}

// signAfterStamp reads a sign standing for the level right after the time, as PodFetch writes its
// records: "2026-11-29T07:43:15 ❌ - Error refreshing podcast …", "… ℹ️ - Polling interval …". It
// returns the level and where the message starts; a summary's count is none ("⚠️ 0 warnings").
func signAfterStamp(line []byte, end int) (Level, int, bool) {
	if byteAt(line, end) != ' ' {
		return Unknown, 0, false
	}
	lvl, n, ok := signName(line[end+1:])
	if !ok || byteAt(line, end+1+n) != ' ' {
		return Unknown, 0, false
	}
	msg := skipBlanks(line, end+1+n)
	if hasPrefixAt(line, msg, "- ") {
		msg += 2
	}
	if summaryCount(line, msg) {
		return Unknown, 0, false
	}
	return lvl, msg, true
}

// pidLevelUptime reads ngIRCd's header on its console, "[2746:3    8] Got invalid OPER …": the
// pid, the syslog level's digit, and the seconds since start padded to four. It returns the level
// and where the message starts.
func pidLevelUptime(line []byte) (Level, int, bool) {
	if byteAt(line, 0) != '[' {
		return Unknown, 0, false
	}
	_, n := digitRun(line, 1)
	d := byteAt(line, n+2)
	if n == 0 || byteAt(line, n+1) != ':' || d < '0' || d > '7' || byteAt(line, n+3) != ' ' {
		return Unknown, 0, false
	}
	i := skipBlanks(line, n+3)
	_, m := digitRun(line, i)
	if m == 0 || byteAt(line, i+m) != ']' || byteAt(line, i+m+1) != ' ' {
		return Unknown, 0, false
	}
	return LevelFromSyslog(int(d - '0')), i + m + 2, true
}

// codedError reports whether line opens with an error and its code in brackets, as rustc writes
// them: "error[E0308]: mismatched types".
func codedError(line []byte) bool {
	if !hasPrefixAt(line, 0, "error[E") {
		return false
	}
	_, n := digitRun(line, len("error[E"))
	return n > 0 && hasPrefixAt(line, len("error[E")+n, "]: ")
}

// edaLevel reads the severity that chip design tools open a diagnostic with: Synplify's letter
// after an at sign before its message's code ("@W: CL169 :…"), Cadence's after a star behind the
// tool's name ("xmelab: *W,CUVMPW (…): …"), and VCS's word before a bracketed code and a title
// ("Error-[IND] Identifier not declared"). The codes are capitals and digits: prose ("@W: means
// warning", "Note-[TODO] fix later") has none.
func edaLevel(line []byte) (Level, bool) {
	if len(line) > 4 && line[0] == '@' && line[2] == ':' && line[3] == ' ' {
		if e := codeEnd(line, 4); e > 5 && hasPrefixAt(line, e, " :") {
			return edaLetter(line[1])
		}
		return Unknown, false
	}
	i := 0
	if _, e := nextToken(line, 0); e > 1 && e <= 16 && line[e-1] == ':' && isLowerWord(line[:e-1]) {
		i = e + 1 // the tool's name: "xmelab: ", "ncvlog: "
	}
	if byteAt(line, i) == '*' && byteAt(line, i+2) == ',' {
		if e := codeEnd(line, i+3); e > i+4 && (e == len(line) || line[e] == ' ' || line[e] == ':' || line[e] == '(') {
			return edaLetter(line[i+1])
		}
		return Unknown, false
	}
	return vcsLevel(line)
}

// vcsLevel reads the word VCS opens a diagnostic's title with, before its bracketed code:
// "Error-[IND] Identifier not declared", "Warning-[PCWM-W] …", "Lint-[…]", "Note-[…]".
func vcsLevel(line []byte) (Level, bool) {
	dash := bytes.IndexByte(line[:min(len(line), 12)], '-')
	if dash < 4 || byteAt(line, dash+1) != '[' {
		return Unknown, false
	}
	close := codeEnd(line, dash+2)
	if close < dash+3 || byteAt(line, close) != ']' || byteAt(line, close+1) != ' ' || !isUpperAt(line, close+2) {
		return Unknown, false
	}
	switch string(line[:dash]) {
	case "Error":
		return Error, true
	case "Warning", "Lint":
		return Warn, true
	case "Note":
		return Notice, true
	}
	return Unknown, false
}

// codeEnd returns where a message's code of capitals, digits and dashes at line[i:] ends.
func codeEnd(line []byte, i int) int {
	for i < len(line) && (isUpperAt(line, i) || isDigit(line[i]) || line[i] == '-' || line[i] == '_') {
		i++
	}
	return i
}

// vcsLocation reports whether line is the file and line that VCS writes under a diagnostic's
// title, "rtl/dma_ctrl.sv, 212", the title the record's only line.
func vcsLocation(line, record []byte) bool {
	comma := bytes.Index(line, []byte(", "))
	if comma < 1 || bytes.IndexByte(line[:comma], ' ') >= 0 || bytes.IndexByte(line[:comma], '.') < 0 || bytes.IndexByte(record, '\n') >= 0 {
		return false
	}
	if _, n := digitRun(line, comma+2); n == 0 || comma+2+n != len(line) {
		return false
	}
	_, ok := vcsLevel(record)
	return ok
}

// edaLetter maps the letters of edaLevel's marks: note, information, warning, error, fatal.
func edaLetter(c byte) (Level, bool) {
	switch c {
	case 'N':
		return Notice, true
	case 'I':
		return Info, true
	case 'W':
		return Warn, true
	case 'E':
		return Error, true
	case 'F':
		return Critical, true
	}
	return Unknown, false
}

// npmLevel reads the level npm writes after its name on every line of its console and its debug
// log's messages: "npm error code E404", "npm warn EBADENGINE …", npm 8's "npm ERR! code E404" and
// "npm WARN deprecated …", and its http, verbose and silly levels below info. It returns the
// level and where the message starts.
func npmLevel(line []byte) (Level, int, bool) {
	if !hasPrefixAt(line, 0, "npm ") {
		return Unknown, 0, false
	}
	s, e := nextToken(line, 4)
	if s != 4 {
		return Unknown, 0, false
	}
	var lvl Level
	switch string(line[s:e]) {
	case "error", "ERR!":
		lvl = Error
	case "warn", "WARN":
		lvl = Warn
	case "notice":
		lvl = Notice
	case "info", "http", "timing":
		lvl = Info
	case "verbose", "verb": // npmlog's display names for verbose and silly: "npm verb cli …"
		lvl = Debug
	case "silly", "sill":
		lvl = Trace
	default:
		return Unknown, 0, false
	}
	return lvl, skipBlanks(line, e), true
}

// cliBullet reads the bullets firebase-tools opens its labelled lines with, two blanks after
// them: "i  emulators: Starting emulators: …" and "✔  firestore: …", its information and its
// successes; its warnings' sign is signName's.
func cliBullet(line []byte) (Level, bool) {
	var i int
	switch {
	case hasPrefixAt(line, 0, "i  "):
		i = 3
	case hasPrefixAt(line, 0, "\u2714  "):
		i = len("\u2714  ")
	default:
		return Unknown, false
	}
	// A label with its colon ("functions: …") or words of prose follow, never a column of a
	// table or a list ("i  nginx-1   running", "i  src/notes.txt").
	s, e := nextToken(line, i)
	if s != i || e-s < 2 || !isAlpha(line[s]) {
		return Unknown, false
	}
	if line[e-1] == ':' && isLowerWord(line[s:e-1]) || isLowerWord(line[s:e]) && byteAt(line, e) == ' ' && byteAt(line, e+1) >= 'a' && byteAt(line, e+1) <= 'z' {
		return Info, true
	}
	return Unknown, false
}

// toolLevel reads a level that a build tool or a board's firmware writes where no layout of a
// service puts one: a compiler's diagnostic (see diagnosticLevel) or the ESP32 Arduino core's
// letter (see espLevel). A serial monitor's "> " before it is its time's (PlatformIO's time
// filter: "07:41:16.530 > [   512][I][main.cpp:41] setup(): …").
func toolLevel(b []byte) (Level, bool) {
	b = bytes.TrimPrefix(b, []byte("> "))
	if lvl, ok := espLevel(b); ok {
		return lvl, true
	}
	if lvl, ok := diagnosticLevel(b); ok {
		return lvl, true
	}
	if lvl, ok := lintLetter(b); ok {
		return lvl, true
	}
	return configLineLevel(b)
}

// lintLetter reads the severity letter a linter writes after the file, line and column it is
// about, alone or glued to its message's number: RuboCop's "app/user.rb:12:7: W: Lint/…", pylint's
// "sync.py:3:0: E0401: …". E, W, F and I are an error, a warning, a fatal and a note; pylint's and
// RuboCop's C and R (convention, refactor) name no level and are not read.
func lintLetter(b []byte) (Level, bool) {
	s, e := nextToken(b, 0)
	if s != 0 || e < 7 || b[e-1] != ':' || !sourcePosition(b[:e-1]) {
		return Unknown, false
	}
	ls, le := nextToken(b, e)
	w := b[ls:le]
	if n := len(w); !(n == 2 || n == 6 && digitsOnly(w[1:5])) || w[n-1] != ':' {
		return Unknown, false
	}
	return alphabetLevel(w[0], "EWFI")
}

// sourcePosition reports whether w names a source file, a line and a column: "lib/a.rb:12:7".
func sourcePosition(w []byte) bool {
	c := bytes.LastIndexByte(w, ':')
	l := bytes.LastIndexByte(w[:max(c, 0)], ':')
	d := bytes.LastIndexByte(w[:max(l, 0)], '.')
	return l > 0 && d > 0 && d+1 < l && c > l+1 && c+1 < len(w) && digitsOnly(w[l+1:c]) && digitsOnly(w[c+1:]) && isAlpha(w[d+1])
}

// configLineLevel reads the level of a configuration file's diagnostic that names the file and
// the line in words, as net-snmp writes them: "snmpd.conf: line 4: Error: missing SUBTREE
// parameter", "…: line 2: Warning: Unknown token: bogus.".
func configLineLevel(b []byte) (Level, bool) {
	s, e := nextToken(b, 0)
	if s != 0 || e-s < 2 || b[e-1] != ':' || !hasPrefixAt(b, e, " line ") {
		return Unknown, false
	}
	_, n := digitRun(b, e+len(" line "))
	at := e + len(" line ") + n
	if n == 0 || byteAt(b, at) != ':' {
		return Unknown, false
	}
	ls, le := nextToken(b, at+1)
	if le-ls < 5 || b[le-1] != ':' {
		return Unknown, false
	}
	switch string(b[ls : le-1]) {
	case "Error", "error":
		return Error, true
	case "Warning", "warning":
		return Warn, true
	}
	return Unknown, false
}

// espLevel reads the level letter of the ESP32 Arduino core's log, in a bracket of its own
// between the milliseconds since boot (left out by older cores) and the source position:
// "[   512][I][main.cpp:41] setup(): …", "[E][WiFiGeneric.cpp:1583] hostByName(): …". Its letters
// are ESP-IDF's: E, W, I, D and V.
func espLevel(b []byte) (Level, bool) {
	i := 0
	if byteAt(b, 0) == '[' {
		j := skipBlanks(b, 1)
		if _, n := digitRun(b, j); n > 0 && byteAt(b, j+n) == ']' {
			i = j + n + 1
		}
	}
	if byteAt(b, i) != '[' || byteAt(b, i+2) != ']' || byteAt(b, i+3) != '[' {
		return Unknown, false
	}
	close := indexByteFrom(b[:min(len(b), i+96)], ']', i+4)
	if close < 0 {
		return Unknown, false
	}
	colon := bytes.LastIndexByte(b[i+4:close], ':')
	if colon < 1 {
		return Unknown, false
	}
	if _, n := digitRun(b, i+4+colon+1); n == 0 || i+4+colon+1+n != close {
		return Unknown, false
	}
	switch b[i+1] {
	case 'E':
		return Error, true
	case 'W':
		return Warn, true
	case 'I':
		return Info, true
	case 'D':
		return Debug, true
	case 'V':
		return Trace, true
	}
	return Unknown, false
}

// diagnosticLevel reads the category of a build tool's diagnostic where a level word is not
// first: MSBuild's canonical format, which csc, tsc and the other Microsoft compilers share
// ("Cart.cs(41,27): warning CS8602: …", "MSBUILD : error MSB1009: …": an origin, with a line and
// column or a lone " :", then error or warning and a code), and CMake's messages ("CMake Warning
// at CMakeLists.txt:41 (find_package):", "CMake Deprecation Warning at …", "CMake Error: …").
func diagnosticLevel(line []byte) (Level, bool) {
	if rest, ok := bytes.CutPrefix(line, []byte("CMake ")); ok {
		rest = bytes.TrimPrefix(rest, []byte("Deprecation "))
		for _, c := range [...]struct {
			word string
			lvl  Level
		}{{"Warning", Warn}, {"Error", Error}} {
			if after, ok := bytes.CutPrefix(rest, []byte(c.word)); ok && (hasPrefixAt(after, 0, " at ") || hasPrefixAt(after, 0, " (dev)") || hasPrefixAt(after, 0, ":")) {
				return c.lvl, true
			}
		}
		return Unknown, false
	}
	head := line[:min(len(line), diagnosticWindow)]
	for i := 0; ; {
		k := bytes.Index(head[i:], []byte(": "))
		if k < 0 {
			return Unknown, false
		}
		k += i
		if at := k; byteAt(head, at-1) == ')' && linePosition(head, at-1) || at > 1 && head[at-1] == ' ' && bytes.IndexByte(head[:at-1], ' ') < 0 {
			s, e := nextToken(head, k+1)
			lvl := Unknown
			switch string(head[s:e]) {
			case "warning":
				lvl = Warn
			case "error":
				lvl = Error
			}
			if cs, ce := nextToken(head, e); lvl != Unknown && ce-cs > 2 && head[ce-1] == ':' && diagnosticCode(head[cs:ce-1]) {
				return lvl, true
			}
		}
		i = k + 2
	}
}

// gluedLabelLevel reads an error or a warning that opens a line with its colon and no blank
// before the message, as firmware writes it on a serial console: Marlin's "Error:Printer halted.
// kill() called!". A capital and more than one word follow the colon, so a setting and its value
// ("Error:0", "Debug:False", "Error:None", "Warning:199 - …") are no level. Python's level names
// in capitals take a message of any case, as `format='%(levelname)s:%(message)s'` writes it
// ("DEBUG:netplan generated networkd configuration").
func gluedLabelLevel(line []byte) (Level, bool) {
	k := bytes.IndexByte(line[:min(len(line), 9)], ':')
	if k < 4 || !isAlphaAt(line, k+1) || bytes.IndexByte(line[k+1:], ' ') < 0 {
		return Unknown, false
	}
	capital := byteAt(line, k+1) >= 'A' && byteAt(line, k+1) <= 'Z'
	if _, e := nextToken(line, k+1); settingValue(line[k+1 : e]) {
		return Unknown, false // a configuration's dump: "DEBUG:True ALLOWED_HOSTS:…", "ERROR:none of …"
	}
	switch string(line[:k]) {
	case "Error", "Warning":
		if !capital {
			return Unknown, false
		}
		return ParseLevel(line[:k])
	case "ERROR":
		return Error, true
	case "WARNING":
		return Warn, true
	case "DEBUG":
		return Debug, true
	case "INFO":
		return Info, true
	case "CRITICAL":
		return Critical, true
	}
	return Unknown, false
}

// settingValue reports whether w is a value a setting takes rather than a message's first word: a
// boolean, a none, on or off.
func settingValue(w []byte) bool {
	for _, v := range [...]string{"true", "false", "yes", "no", "none", "null", "nil", "on", "off", "enabled", "disabled"} {
		if len(w) == len(v) && hasPrefixFold(w, 0, v) {
			return true
		}
	}
	return false
}

// diagnosticWindow bounds the search for a diagnostic's category: an origin is a path, rarely
// longer than a line's first 160 bytes.
const diagnosticWindow = 160

// linePosition reports whether the ')' at line[close] ends a source position: "(41)",
// "(41,27)", "(41,27,41,30)".
func linePosition(line []byte, close int) bool {
	open := bytes.LastIndexByte(line[:close], '(')
	if open < 1 || close-open < 2 {
		return false
	}
	for _, c := range line[open+1 : close] {
		if !isDigit(c) && c != ',' {
			return false
		}
	}
	return true
}

// diagnosticCode reports whether w is a compiler's message code: letters, then digits ("CS8602",
// "TS2304", "MSB1009", "C4996").
func diagnosticCode(w []byte) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	for _, c := range w[i:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// aptSource reports whether the word after apt's "Err:N" is the source it fetched, a URL or a
// cdrom: "Err:0 Coll:0 Ovr:0" are a network card's counters.
func aptSource(line []byte) bool {
	_, e := nextToken(line, 0)
	s, e := nextToken(line, e)
	return bytes.Contains(line[s:e], []byte("://")) || hasPrefixAt(line, s, "cdrom:")
}

// kotlinSource reports whether the word after a compiler's "e: " names a Kotlin or Java source
// file and its position ("…/Cart.kt:41:9"): "e: /dev/null" is no compiler's message.
func kotlinSource(line []byte) bool {
	s, e := nextToken(line, 2)
	w := line[s:e]
	return bytes.Contains(w, []byte(".kt:")) || bytes.Contains(w, []byte(".kts:")) || bytes.Contains(w, []byte(".java:"))
}

// reporterLevel reads the lower-case level word that opens an untimed line as yarn's and the
// React Native CLI's reporters write it: "info No lockfile found.", "warning package.json: No
// license field", "success Saved lockfile.", "error Command failed with exit code 1.". One blank
// and a capitalized word or a label follow it; success is their informational tier.
func reporterLevel(line []byte) (Level, bool) {
	_, e := nextToken(line, 0)
	if e < 4 || e > 7 || byteAt(line, e) != ' ' || byteAt(line, e+1) == ' ' || e+1 >= len(line) {
		return Unknown, false
	}
	if ns, ne := nextToken(line, e); ns == ne || !(line[ns] >= 'A' && line[ns] <= 'Z' || line[ne-1] == ':') {
		return Unknown, false // a sentence: "error handling was reworked"
	}
	switch string(line[:e]) {
	case "info", "success":
		return Info, true
	case "warn", "warning":
		return Warn, true
	case "error":
		return Error, true
	case "debug":
		return Debug, true
	}
	return Unknown, false
}

// warningCategory reports whether a line opens with a category of warning and a colon, as
// Python's warnings module writes it after the file and line ("/srv/app/db.py:41:
// DeprecationWarning: …") and Node after the process ("(node:4120) [DEP0040] DeprecationWarning:
// …"), or with a JVM's "OpenJDK 64-Bit Server VM warning: …".
func warningCategory(line []byte) bool {
	if bytes.Contains(line[:min(len(line), 48)], []byte(" VM warning: ")) {
		return hasPrefixAt(line, 0, "OpenJDK ") || hasPrefixAt(line, 0, "Java HotSpot")
	}
	s, e := nextToken(line, 0)
	switch w := line[s:e]; {
	case hasPrefixAt(w, 0, "(node:") && w[len(w)-1] == ')':
		if s, e = nextToken(line, e); e-s > 2 && line[s] == '[' && line[e-1] == ']' {
			s, e = nextToken(line, e) // the warning's code
		}
	case len(w) > 3 && w[len(w)-1] == ':' && isDigit(w[len(w)-2]) && bytes.IndexByte(w, '.') > 0:
		s, e = nextToken(line, e) // Python's file and line
	}
	w := line[s:e]
	return len(w) > len("Warning:") && bytes.HasSuffix(w, []byte("Warning:")) && w[0] >= 'A' && w[0] <= 'Z' && isAlphaWord(w[:len(w)-1])
}

// signName reads the level of the sign b opens with: a warning sign, a cross mark or a heavy
// multiplication x (log-symbols' error), an information source (log-symbols' info). size is the
// bytes the sign takes, the emoji variation selector after it included.
func signName(b []byte) (lvl Level, size int, ok bool) {
	switch {
	case hasPrefixAt(b, 0, "\u26a0"):
		lvl = Warn
	case hasPrefixAt(b, 0, "\u274c"), hasPrefixAt(b, 0, "\u2716"), hasPrefixAt(b, 0, "\u2a2f"):
		lvl = Error // the last, a vector product's cross, is Next.js's
	case hasPrefixAt(b, 0, "\u2139"):
		lvl = Info
	case hasPrefixAt(b, 0, "\U0001f534"):
		return Error, 4, true // a red circle, as the Tolgee CLI marks its errors (a yellow one its warnings, a blue one its notes)
	case hasPrefixAt(b, 0, "\U0001f7e1"):
		return Warn, 4, true
	case hasPrefixAt(b, 0, "\U0001f535"):
		return Info, 4, true
	default:
		return Unknown, 0, false
	}
	size = 3 // each of these signs is three bytes in UTF-8
	if hasPrefixAt(b, size, "\ufe0f") {
		size += 3
	}
	return lvl, size, true
}

// debugLetterText reports whether b, the text after "D: ", is a debug line's, not a drive's: "D:\",
// "D: /mnt/archive" and "D: drive is full" name a drive.
func debugLetterText(b []byte) bool {
	c := byteAt(b, 0)
	if c == 0 || c == ' ' || c == '/' || c == '\\' || hasPrefixFold(b, 0, "drive") {
		return false
	}
	return bytes.IndexByte(b[:min(len(b), 24)], '\\') < 0
}

// pidAndThread reports whether two numbers follow line[i], between blanks: a pid and a thread id.
func pidAndThread(line []byte, i int) bool {
	for k := 0; k < 2; k++ {
		j := skipBlanks(line, i)
		_, n := digitRun(line, j)
		if j == i || n == 0 {
			return false
		}
		i = j + n
	}
	return byteAt(line, i) == ' '
}

// funcPlace reports whether tok is a source file, its line and its function, closed by colons, as
// ifupdown2's debug log writes the column before its level: "log.py:196:__init_debug_logging():".
func funcPlace(tok []byte) bool {
	n := len(tok)
	if n < 12 || string(tok[n-3:]) != "():" {
		return false
	}
	k := bytes.IndexByte(tok, ':')
	d := bytes.LastIndexByte(tok[:max(k, 0)], '.')
	return d > 0 && k-d >= 2 && k-d <= 5 && isDigitAt(tok, k+1)
}

// letterColonLevel reads the capital letter and colon that open a line as apt, dpkg and Android's
// recovery write their levels: "E: Unable to locate package", "W: …", "N: …", "I:Data backup …";
// and the Kotlin compiler's lower-case "e:" and "w:" before the file they are about.
func letterColonLevel(line []byte) (Level, bool) {
	if hasPrefixAt(line, 0, "Err:") && isDigitAt(line, 4) && aptSource(line) {
		return Error, true // apt's source that failed to update: "Err:4 https://… Release" (beside Hit:, Get:, Ign:)
	}
	if len(line) < 3 || line[1] != ':' || line[2] == ':' {
		return Unknown, false
	}
	if (line[0] == 'e' || line[0] == 'w') && (hasPrefixAt(line, 2, " file:") || hasPrefixAt(line, 2, " /")) && kotlinSource(line) {
		return alphabetLevel(line[0]-'a'+'A', "EW") // the Kotlin compiler's "w: file:///…/Cart.kt:41:9 …"
	}
	if lvl, ok := letterBeforeThread(line, line[:2], 2); ok {
		return lvl, true
	}
	if line[0] == 'D' && line[2] == ' ' && debugLetterText(line[3:]) {
		// rpm -vv's "D: loading keyring …", Zephyr's minimal log's "D: 43238[DL] …", beside their
		// I:, W: and E:.
		return Debug, true
	}
	if line[0] == 'F' && line[2] == ' ' && isUpperAt(line, 3) {
		return Critical, true // DCMTK's fatal, beside its I:, W: and E: ("F: Association Request Failed: …")
	}
	return alphabetLevel(line[0], "EWNI")
}

// qualifiedPair reads a capitalized level word that qualifies the marked one after it, "Fatal
// error:", as one level, the more severe of the two, and returns where the pair ends.
func qualifiedPair(line, tok []byte, e int) (Level, int, bool) {
	if len(tok) < 4 || tok[0] < 'A' || tok[0] > 'Z' || !isLowerWord(tok[1:]) {
		return Unknown, 0, false
	}
	q, ok := ParseLevel(tok)
	if !ok {
		return Unknown, 0, false
	}
	ns, ne := nextToken(line, e)
	if ne-ns < 3 || line[ne-1] != ':' || !isLowerWord(line[ns:ne-1]) {
		return Unknown, 0, false
	}
	lvl, ok := levelToken(line[ns:ne], true)
	if !ok {
		return Unknown, 0, false
	}
	return max(q, lvl), ne, true
}

// letterBeforeThread reads the level letter and colon that PulseAudio writes before its thread's
// name in brackets, on stderr and through syslog: "E: [pulseaudio] module.c: …", "D:
// [alsa-sink-ALC] …". The bracket after it tells the letter from a drive or a list's label.
func letterBeforeThread(line, tok []byte, e int) (Level, bool) {
	if len(tok) != 2 || tok[1] != ':' || !hasPrefixAt(line, e, " [") || byteAt(line, e+2) == ']' {
		return Unknown, false
	}
	return alphabetLevel(tok[0], "EWNID")
}

// letterBeforeSentence reads apt's and fishnet's level letters (letterColonLevel) where they open a
// syslog message, only before a capitalised sentence: "W: Some index files failed to download", "D:
// Started worker 3.". I and F are left out (a sentence's "I: " is a speaker's), and a letter before
// a drive's words or anything but a capital and a lower-case letter is a drive's or a label's ("C:
// \\", "E: 42", "E: Volume Data mounted").
func letterBeforeSentence(line, tok []byte, e int) (Level, bool) {
	if len(tok) != 2 || tok[0] == 'I' || tok[0] == 'F' || byteAt(line, e) != ' ' || !isUpperAt(line, e+1) || !isLowerAt(line, e+2) ||
		hasPrefixFold(line, e+1, "volume") || hasPrefixFold(line, e+1, "disk") {
		return Unknown, false
	}
	return letterColonLevel(line[e-2:])
}

// hostAfterUptime reads the host that journalctl -o short-monotonic writes after the seconds since
// boot, before the program: "[   12.004112] web01 systemd[1]: …", and -o short-delta with the
// seconds since the entry before ("[   12.004112 <    0.000201>] web01 …"). The kernel's own ring
// buffer writes no host there ("[    4.120512] e1000e …").
func hostAfterUptime(line []byte) (Span, bool) {
	if len(line) < 6 || line[0] != '[' {
		return Span{}, false
	}
	close := indexByteFrom(line[:min(len(line), 40)], ']', 1)
	if close < 0 {
		return Span{}, false
	}
	if _, n := digitRun(line, skipBlanks(line, 1)); n == 0 || byteAt(line, skipBlanks(line, 1)+n) != '.' {
		return Span{}, false
	}
	h, ok := hostAfter(line, close+1)
	if !ok {
		h, ok = journalHost(line, close+1)
	}
	if !ok || !hostName(h.Of(line)) && !journalTag(line, int(h.End)) {
		return Span{}, false
	}
	return h, true
}

// journalHost reads the word after line[i] as the journal's host column: hostAfter takes a plain
// word before "kernel:" for prose ("vm kernel: …"), but journalctl writes its host there, and a
// program's tag after it with its pid or the kernel's.
func journalHost(line []byte, i int) (Span, bool) {
	s, e := nextToken(line, i)
	if e == s || !isAlnum(line[s]) || line[e-1] == ':' || line[e-1] == '-' || line[e-1] == '_' || !hostLike(line[s:e]) || !journalTag(line, e) {
		return Span{}, false
	}
	w := line[s:e]
	if numberColumn(w) || hexNumber(w) || isUpperWord(w) && !hasDigit(w) {
		return Span{}, false // a pid, an address, a kernel subsystem's name in capitals ("NOHZ tick-stop[0]:")
	}
	if _, isLevel := levelToken(w, false); isLevel {
		return Span{}, false
	}
	if _, ok := facilityLevel(w); ok {
		return Span{}, false // a syslog facility and severity ("daemon.info")
	}
	return Span{int32(s), int32(e)}, true
}

// journalTag reports whether a program's tag as the journal shows it follows line[i]: with its
// pid ("systemd[1]:") or the kernel's ("kernel:"). A host named by a plain word ("archlinux",
// "H") is read before one.
func journalTag(line []byte, i int) bool {
	s, e := nextToken(line, i)
	return e-s > 4 && line[s] != '[' && hasPrefixAt(line, e-2, "]:") || string(line[s:e]) == "kernel:"
}

// counterLevel reads the level word that follows a line counter, as npm's debug log writes it:
// "41 error code E404", "0 verbose cli …". The counter is a bare number, the level a whole
// lower-case word, and a message follows.
func counterLevel(line []byte) (Level, bool) {
	s, e := nextToken(line, 0)
	if s != 0 || e == 0 || e > 9 || !isDigit(line[0]) {
		return Unknown, false
	}
	if _, ok := atoi(line[:e]); !ok {
		return Unknown, false
	}
	ls, le := nextToken(line, e)
	if le-ls < 4 || !isLowerWord(line[ls:le]) || skipBlanks(line, le) >= len(line) {
		return Unknown, false
	}
	return ParseLevel(line[ls:le])
}

// pidTag reports whether the word after line[i] is a program with its pid, "installd[812]:", or
// without the colon before a level in capitals ("tunneld[4411] INFO", coloredlogs' and Quarkus'
// files), named as programs are: in lower case ("sshd"), or all in capitals ("CRON"). Monolog's
// "production.ERROR:" and "SQLSTATE[23000]:" are none.
func pidTag(line []byte, i int) bool {
	s, e := nextToken(line, i)
	if byteAt(line, e-1) == ':' {
		e--
	} else if !levelWordAt(line, e) && !serverAfterTag(line, e) {
		return false // Python's coloredlogs writes no colon, and the level after: "tunneld[4411] INFO …"
	}
	if e-s < 4 || line[e-1] != ']' {
		return false
	}
	k := bytes.IndexByte(line[s:e], '[')
	if k <= 0 {
		return false
	}
	name := line[s : s+k]
	if _, ok := atoi(line[s+k+1 : e-1]); !ok || !(name[0] >= 'a' && name[0] <= 'z' || isUpperWord(name)) {
		return false
	}
	// A dotted name that ends in a level is a logger's channel ("production.ERROR[1]:").
	d := bytes.LastIndexByte(name, '.')
	return d < 0 || d+1 == len(name) || !isUpperWord(name[d+1:])
}

// kernelTag reports whether the kernel's tag, which carries no pid, follows at i.
func kernelTag(line []byte, i int) bool {
	return hasPrefixAt(line, skipBlanks(line, i), "kernel: ")
}

// pidTagHost reports whether the word h, before the program's tag with its pid that follows
// line[tagAt] (see pidTag), is the host: a machine's name or address, or any word before a
// dotted logger's name with its pid and no colon and a level, as coloredlogs' default format
// writes the machine's short name ("2026-11-29 07:41:16 db billing.worker[4120] INFO …"). Before
// a plain word and a number the word may be a logger or a thread, and the number a function's
// line ("api handle_request[42] INFO", "MainThread app[4120] INFO").
func pidTagHost(line []byte, h Span, tagAt int) bool {
	if hostName(h.Of(line)) || serverHost(line, h) {
		return true
	}
	s, e := nextToken(line, tagAt)
	k := indexByteFrom(line[:e], '[', s)
	d := indexByteFrom(line[:e], '.', s)
	return byteAt(line, e-1) == ']' && d > s && d < k-1 && levelWordAt(line, e)
}

// pidOnHost reads the host that Bunyan's and pino's pretty printers name after the pid at the
// start of the message: "orders/4120 on orders-2: …", "(4120 on api-7): …".
func pidOnHost(line []byte, i int) Span {
	ps, pe := nextToken(line, i)
	if j := skipBlanks(line, pe); ps == pe || byteAt(line, j) != 'o' || byteAt(line, j+1) != 'n' {
		return Span{}
	}
	ws, we := nextToken(line, pe)
	hs, he := nextToken(line, we)
	if string(line[ws:we]) != "on" || he-hs < 2 {
		return Span{}
	}
	pid := line[ps:pe]
	if pid[0] == '(' {
		pid = pid[1:]
	} else if k := bytes.LastIndexByte(pid, '/'); k > 0 {
		pid = pid[k+1:]
	} else {
		return Span{}
	}
	if _, ok := atoi(pid); !ok {
		return Span{}
	}
	switch {
	case hasPrefixAt(line, he-2, "):") && line[ps] == '(':
		he -= 2
	case line[he-1] == ':' && line[ps] != '(', line[he-1] == ')' && line[ps] == '(':
		he--
	default:
		return Span{}
	}
	if !hostLike(line[hs:he]) || !hostName(line[hs:he]) {
		return Span{}
	}
	return Span{int32(hs), int32(he)}
}

// hexWord reports whether w is hexadecimal digits, in lower case as a thread's id is printed.
func hexWord(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return len(w) > 0
}

// wineLevel reads the class of a Wine debug message after its thread id (and process id):
// "0024:err:module:import_dll …", "0030:0024:fixme:ntdll:…". It returns the level and where the
// channel starts, which the message keeps.
func wineLevel(line []byte) (Level, int, bool) {
	i := 0
	for n := 0; n < 2 && i+5 <= len(line) && hexWord(line[i:i+4]) && line[i+4] == ':'; n++ {
		i += 5
	}
	if i == 0 {
		return Unknown, 0, false
	}
	k := indexByteFrom(line[:min(len(line), i+7)], ':', i)
	if k < 0 {
		return Unknown, 0, false
	}
	var lvl Level
	switch string(line[i:k]) {
	case "err":
		lvl = Error
	case "warn":
		lvl = Warn
	case "fixme":
		lvl = Notice // what Wine does not implement yet: shown by default, below a warning
	case "trace":
		lvl = Trace
	default:
		return Unknown, 0, false
	}
	return lvl, k + 1, true
}

// connectionMarker reports whether line opens with the direction and number of a connection,
// as memcached's verbose output marks what it read from and wrote to one: "<31 get foo", ">31 END".
func connectionMarker(line []byte) bool {
	if c := byteAt(line, 0); c != '<' && c != '>' {
		return false
	}
	_, n := digitRun(line, 1)
	return n > 0 && byteAt(line, 1+n) == ' '
}

// categoryLevel reads a bracket's "category:level", both words in lower case and the level a
// whole name (Zoraxy's "system:info", "system:error"): a bracket of a host and a port, or of a
// label and its value ("origin:cloud.example"), is none.
func categoryLevel(b []byte) (Level, bool) {
	k := bytes.IndexByte(b, ':')
	if k < 2 || len(b)-k-1 < 4 || !isLowerWord(b[:k]) || !isLowerWord(b[k+1:]) {
		return Unknown, false
	}
	return ParseLevel(b[k+1:])
}

// sourceGluedLevel reads a level's name in lower case glued by a colon to the source file and line
// that wrote the record, a path from a drive's root or from '/', as NSClient++ writes them after
// its time: "debug:c:\source\0.5.2\include\nrpe/server/protocol.hpp:72:".
func sourceGluedLevel(tok []byte) (Level, bool) {
	k := bytes.IndexByte(tok, ':')
	if k < 3 || k > 8 || len(tok) < k+8 || tok[len(tok)-1] != ':' || !isLowerWord(tok[:k]) {
		return Unknown, false
	}
	place := tok[k+1 : len(tok)-1]
	c := bytes.LastIndexByte(place, ':')
	if c < 2 || c == len(place)-1 || !digitsOnly(place[c+1:]) {
		return Unknown, false
	}
	path := place[:c]
	if !(isAlpha(path[0]) && path[1] == ':' && byteAt(path, 2) == '\\' || path[0] == '/') || bytes.IndexByte(path, '.') < 0 {
		return Unknown, false
	}
	return fullLevelName(tok[:k])
}

// dottedLetterLevel reads the level RPCS3 writes as a middle dot and a letter before the time since
// the emulator started, to the microsecond: "·W 0:00:02.418771 {rsx::thread} RSX: …" (F fatal, E
// error, U a thing not yet done, W warning, ! notice, T trace; A, always shown, marks none).
func dottedLetterLevel(line []byte) (Level, bool) {
	if !hasPrefixAt(line, 0, "\u00b7") || byteAt(line, 3) != ' ' || !isDigitAt(line, 4) {
		return Unknown, false
	}
	if _, n := digitRun(line, 4); byteAt(line, 4+n) != ':' || byteAt(line, 4+n+6) != '.' || !isDigitAt(line, 4+n+12) {
		return Unknown, false // (its clock's seconds carry microseconds: "0:00:02.418771")
	}
	switch line[2] {
	case 'F':
		return Critical, true
	case 'E':
		return Error, true
	case 'U', 'W':
		return Warn, true
	case '!':
		return Notice, true
	case 'T':
		return Trace, true
	}
	return Unknown, false
}
