package parse

import "bytes"

// Stamped lines are the ones no specific format reads but the locator finds a time in. Their
// level and host are read where the source's lines put them, and the Parser learns those places
// from the source's first lines (see layoutMemory): a later line is read at the learned places
// first, and a severity word further into a line, in its message, is never its level.

// levelScanWords is how many words after the time may hold the level: room for a pid, a thread
// id, a thread name and a logger (Android's "1702  2395 D Tag:", OpenStack's "25746 INFO").
const levelScanWords = 5

// confident is how many lines must agree on a level's place before other places stop counting.
const confident = 3

// Level places that are not a word next to the time: a level= pair, a message id's digit.
const (
	spotPair  = -127
	spotMsgID = -126
)

// layoutMemory is what a Parser learned of its source's stamped lines.
type layoutMemory struct {
	token     int // the word the time starts at, once kind is set
	kind      stampKind
	spot      int // the level's word, counted from the time (negative: before it), or a spot constant
	agreed    int // lines whose level was at spot
	lastToken int // the word the last stamped line's time started at, for the multi-line rule

	epochAt    int64 // the last line's candidate epoch column (see wordEpoch) and its word
	epochToken int
	epochRun   int // consecutive lines whose column epoch went forward from the line before

	hostTries, hostHits int // stamped lines searched for a host, and those that had one
}

// parseStamped reads a line by its located time into rec. It fails when the line has no time.
func (p *Parser) parseStamped(line []byte, rec *Record) bool {
	return p.parseStampedAs(line, rec, false)
}

// parseStampedAs is parseStamped; learnedOnly accepts only a time at the learned place, in the
// learned spelling, without the locator's search.
func (p *Parser) parseStampedAs(line []byte, rec *Record, learnedOnly bool) bool {
	var s stamp
	if !p.findStamp(line, &s, learnedOnly) {
		return false
	}
	*rec = Record{Format: FormatStamped, Time: s.t, Message: Span{int32(afterStamp(line, s.end)), int32(len(line))}}
	p.mem.lastToken = s.token
	whole := s.start > 0 && !headerPrefix(line[:s.start])
	if whole {
		rec.Message.Start = 0 // "update-alternatives 2026-…": the words before the time are text, kept
	}
	if lvl, spot, msg, ok := p.stampedLevel(line, &s); ok {
		rec.Level = lvl
		p.learnSpot(spot)
		if msg > 0 && !whole {
			rec.Message.Start = int32(msg)
		}
	}
	if p.mem.hostTries < hostlessAfter || p.mem.hostHits > 0 {
		p.mem.hostTries = min(p.mem.hostTries+1, hostlessAfter)
		if h, ok := hostAfter(line, s.end); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := hostAround(line, &s); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		}
	}
	return true
}

// headerPrefix reports whether the words before a time are a header's columns, which the message
// may leave out: pids and numbers, bracketed or parenthesized fields, a level, keys ending in ':'
// ("# Time:", "Start-Date:"), lone punctuation. Anything else is text the message keeps.
func headerPrefix(b []byte) bool {
	for i := 0; i < len(b); {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		w := b[s:e]
		_, level := levelToken(w, true)
		switch {
		case level, numberColumn(w), w[0] == '[' || w[0] == '(' || w[0] == '<' || w[0] == '#' || w[0] == '*',
			w[len(w)-1] == ':', len(w) == 1 && !isAlnum(w[0]):
		default:
			return false
		}
		i = e
	}
	return true
}

// hostlessAfter is how many stamped lines without a host make a source's layout hostless, so
// that its later lines are not searched for one.
const hostlessAfter = 16

// afterStamp returns where the text after a time starts, past the bracket or colon that closes it.
func afterStamp(line []byte, i int) int {
	for i < len(line) && (line[i] == ']' || line[i] == ')' || line[i] == ':' || line[i] == ',') {
		i++
	}
	return skipBlanks(line, i)
}

// findStamp tries the learned place and spelling first, then the whole window. It fills s in
// place, which is undefined when it returns false.
func (p *Parser) findStamp(line []byte, s *stamp, learnedOnly bool) bool {
	now := p.nowNano()
	// A time told by an epoch column is only ever found by the locator, which weighs the line's
	// other times: reading at the learned place would never give that kind, so it is not tried.
	if k := p.mem.kind; k != 0 && k != stampColumnEpoch && k != stampDateBesideEpoch {
		if i := wordStart(line, p.mem.token); i >= 0 {
			for _, at := range [2]int{i, i + 1} { // a bracket may open the word
				if at < len(line) && (at == i || line[i] == '[' || line[i] == '(') {
					if readStamp(line, at, now, &p.wall, s) && s.kind == p.mem.kind {
						s.token = p.mem.token
						return true
					}
				}
			}
		}
	}
	if learnedOnly {
		return false
	}
	found, ok := locate(line, now, &p.wall)
	if !ok {
		return false
	}
	if found.kind == stampColumnEpoch {
		prev, prevToken := p.mem.epochAt, p.mem.epochToken
		p.mem.epochAt, p.mem.epochToken = found.t, found.token
		const day = secPerDay * nsPerSec
		if prevToken != found.token || prev == 0 || found.t < prev || found.t-prev > day {
			p.mem.epochRun = 0
			return false
		}
		// Times go forward a little from line to line; sizes and ids do not, for long.
		if p.mem.epochRun = min(p.mem.epochRun+1, 1<<20); p.mem.epochRun < 2 && (p.mem.kind != stampColumnEpoch || p.mem.token != found.token) {
			return false
		}
	}
	p.mem.token, p.mem.kind = found.token, found.kind
	*s = found
	return true
}

// wordStart returns the index where the n-th blank-separated word of line starts, or -1.
func wordStart(line []byte, n int) int {
	i := skipBlanks(line, 0)
	for ; n > 0 && i < len(line); n-- {
		_, e := nextToken(line, i)
		i = skipBlanks(line, e)
	}
	if i >= len(line) {
		return -1
	}
	return i
}

// learnSpot records where a level was found; a place that keeps disagreeing is replaced.
func (p *Parser) learnSpot(spot int) {
	switch {
	case p.mem.spot == spot:
		p.mem.agreed = min(p.mem.agreed+1, 1<<20)
	case p.mem.agreed <= 1:
		p.mem.spot, p.mem.agreed = spot, 1
	default:
		p.mem.agreed--
	}
}

// stampedLevel finds the level of a stamped line: in a word just before or after the time, in a
// Cisco-style message id ("%ASA-6-302013:"), or in a level=, severity= or priority= pair. Once
// the source's lines agree on a place, only that place counts. msg is where the message starts
// when the level word ends the line's header (0 to keep the default).
func (p *Parser) stampedLevel(line []byte, s *stamp) (lvl Level, spot, msg int, ok bool) {
	if p.mem.agreed >= confident {
		return levelAtSpot(line, s, p.mem.spot)
	}
	if lvl, spot, msg, ok = levelAround(line, s); ok {
		return lvl, spot, msg, true
	}
	if lvl, ok = msgIDLevel(line, s.end); ok {
		return lvl, spotMsgID, 0, true
	}
	if lvl, ok = pairLevel(line); ok {
		return lvl, spotPair, 0, true
	}
	return Unknown, 0, 0, false
}

// levelAtSpot reads the level only at a learned place.
func levelAtSpot(line []byte, s *stamp, spot int) (Level, int, int, bool) {
	switch spot {
	case spotMsgID:
		lvl, ok := msgIDLevel(line, s.end)
		return lvl, spot, 0, ok
	case spotPair:
		lvl, ok := pairLevel(line)
		return lvl, spot, 0, ok
	}
	if spot < 0 {
		lvl, got, msg, ok := levelAround(line, s)
		if !ok || got != spot {
			return Unknown, spot, 0, false
		}
		return lvl, spot, msg, true
	}
	// The level's column after the time: walk to it and read that word alone.
	numeric := false
	j := s.end
	for k := 0; ; k++ {
		ts, te := nextToken(line, j)
		if ts == te {
			return Unknown, spot, 0, false
		}
		tok := line[ts:te]
		if len(tok) == 1 && (tok[0] == ',' || tok[0] == '-' || tok[0] == '|' || tok[0] == ':') {
			j, k = te, k-1
			continue
		}
		if k == spot {
			lvl, ok := columnLevel(tok, k, numeric)
			return lvl, spot, afterLevel(line, te, &layoutLine{}), ok
		}
		numeric = numeric || numberColumn(tok)
		j = te
	}
}

// levelAround looks for a level word among the words after the time, over columns of numbers,
// brackets and names, and then among the words before it.
func levelAround(line []byte, s *stamp) (Level, int, int, bool) {
	numeric := false
	var prev []byte
	j, last := s.end, levelScanWords
	for k := 0; k < last; k++ {
		ts, te := nextToken(line, j)
		if ts == te {
			break
		}
		tok := line[ts:te]
		if len(tok) == 1 && (tok[0] == ',' || tok[0] == '-' || tok[0] == '|' || tok[0] == ':') {
			j, k = te, k-1 // separators between columns do not count as words
			continue
		}
		if lvl, ok := columnLevel(tok, k, numeric); ok && !(tok[len(tok)-1] == ':' && isUpperWord(prev)) {
			return lvl, k, afterLevel(line, te, &layoutLine{}), true
		}
		if lvl, ok := wordBeforeTag(line, tok, te); ok && k <= 1 {
			return lvl, k, 0, true // right after the time or one column: further in, it is text
		}
		prev = tok // "SERVICE ALERT:" names an event, it is no level
		if isLowerWord(tok) && proseFollows(line, te) {
			break // two plain words: the message has begun
		}
		if tok[len(tok)-1] == ':' {
			last = min(last, k+2) // a tag or logger ends the header: the level may follow it, nothing later
		}
		numeric = numeric || numberColumn(tok)
		j = te
	}
	for k, i := 0, 0; k <= s.token && i < s.start; k++ {
		ts, te := nextToken(line, i)
		if ts == te || ts >= s.start {
			break
		}
		if te > s.start {
			te = s.start // a CSV line: "Critical,11/29/2026 7:41:19 AM,…"
		}
		if lvl, ok := levelToken(line[ts:te], true); ok {
			return lvl, -1 - k, 0, true
		}
		if lvl, ok := csvLevel(line[ts:te]); ok {
			return lvl, -1 - k, 0, true
		}
		if te-ts == 1 && ts == 0 && k == s.token-1 && line[0] >= 'A' && line[0] <= 'Z' {
			if lvl, ok := ParseLevel(line[:1]); ok {
				return lvl, -1 - k, 0, true // CUPS's "E [29/Nov/2026:07:41:16 +0100]"
			}
		}
		if lvl, ok := gluedLevel(line[ts:te]); ok && k == 0 {
			return lvl, -1 - k, 0, true // RabbitMQ's "=INFO REPORT==== 29-Nov-2026::07:41:16 ==="
		}
		if te-ts == 2 && ts == 0 && line[0] == '[' && line[1] >= 'A' && line[1] <= 'Z' {
			if lvl, ok := ParseLevel(line[1:2]); ok {
				return lvl, -1 - k, 0, true // Tornado's and Jupyter's "[W 261129 …", "[I 2026-…"
			}
		}
		i = te
	}
	return Unknown, 0, 0, false
}

// columnLevel reads one word after the time as a level: marked or upper-case words anywhere in
// the scanned columns, a capitalized word ("Info", "Warning") right after the time, and a single
// upper-case letter after columns of numbers (Android's "1702  2395 D").
func columnLevel(tok []byte, k int, afterNumbers bool) (Level, bool) {
	if n := len(tok); n > 1 && tok[n-1] == ',' {
		tok = tok[:n-1]
	}
	if len(tok) == 1 {
		// Only a letter after numbers is a level of one byte: the rules below need longer words.
		if afterNumbers && tok[0] >= 'A' && tok[0] <= 'Z' {
			return ParseLevel(tok)
		}
		return Unknown, false
	}
	if lvl, ok := levelToken(tok, true); ok {
		return lvl, true
	}
	if lvl, ok := facilityLevel(tok); ok {
		return lvl, true
	}
	if lvl, ok := bracketGroupLevel(tok); ok {
		return lvl, true
	}
	if lvl, ok := gluedLevel(tok); ok {
		return lvl, true
	}
	if k == 0 && len(tok) >= 4 && tok[0] >= 'A' && tok[0] <= 'Z' && isLowerWord(tok[1:]) {
		return ParseLevel(tok)
	}
	return Unknown, false
}

// gluedLevel finds a level word that loggers glue to a name with punctuation, inside one word:
// Celery's "INFO/MainProcess]", Minecraft's "thread/WARN]:", cloud-init's "util.py[WARNING]:",
// Laravel's "production.ERROR:", NLog's "|INFO|", Asterisk's "NOTICE[4120]:", Telegraf's "W!",
// RabbitMQ's "=INFO". The word must be upper case and stand between punctuation, so that a
// path such as "logs/error.log" in a message is no level.
func gluedLevel(tok []byte) (Level, bool) {
	if len(tok) < 2 || tok[0] == '%' || !hasUpper(tok) {
		return Unknown, false // a message id (msgIDLevel reads its digit), or no upper-case word
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < 'A' || tok[i] > 'Z' {
			continue
		}
		j := i + 1
		for j < len(tok) && tok[j] >= 'A' && tok[j] <= 'Z' {
			j++
		}
		before, after := byteAt(tok, i-1), byteAt(tok, j)
		if (j-i >= 3 || j-i == 1 && after == '!') && (i > 0 || j < len(tok)) && gluePunct(before) && gluePunct(after) {
			if lvl, ok := ParseLevel(tok[i:j]); ok {
				return lvl, true
			}
		}
		i = j
	}
	return Unknown, false
}

// facilityLevel reads a syslog "facility.level" word ("daemon.info", "kern.warn"), which
// logread and syslog templates write where other layouts put the host.
func facilityLevel(tok []byte) (Level, bool) {
	k := indexByteFrom(tok, '.', 0)
	if k < 3 || k > 8 {
		return Unknown, false
	}
	for _, f := range syslogFacilities {
		if string(tok[:k]) == f {
			return ParseLevel(tok[k+1:])
		}
	}
	return Unknown, false
}

func hasUpper(b []byte) bool {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// gluePunct reports whether c may hold a level word to a name: brackets, pipes, slashes, dots,
// '=', '!' and ':'; not ';' or ',', which separate the values of a record's message, nor '_' and
// '-', which join the words of an event name (BGP_IO_ERROR_CLOSE_SESSION).
func gluePunct(c byte) bool {
	switch c {
	case 0, '[', ']', '(', ')', '<', '>', '|', '/', '.', '=', '!', ':':
		return true
	}
	return false
}

// wordBeforeTag reads a level written as a plain word where a tag follows it: F5's "warning
// tmm1[4120]:", Kodi's "warning <general>:", libvirt's "warning : …", and the padded bracket of
// Fluent Bit, "[ info]". The tag must be one ("name[pid]:", "<name>:", a lone ':'), so that
// "error handling: done" stays prose.
func wordBeforeTag(line, tok []byte, e int) (Level, bool) {
	ns, ne := nextToken(line, e)
	if ne == ns {
		return Unknown, false
	}
	next := line[ns:ne]
	if len(tok) == 1 && tok[0] == '[' && next[len(next)-1] == ']' {
		return ParseLevel(next[:len(next)-1]) // "[ info]"
	}
	if len(tok) < 4 || !isLowerWord(tok) && !isUpperWord(tok) {
		return Unknown, false
	}
	n := len(next)
	tagged := n == 1 && next[0] == ':' ||
		n > 3 && next[n-1] == ':' && (next[n-2] == ']' && bytes.IndexByte(next, '[') > 0 || next[0] == '<' && next[n-2] == '>')
	if !tagged {
		return Unknown, false
	}
	return ParseLevel(tok)
}

// csvLevel reads a level that is a comma-separated field of its own: "Error," or "Warning,".
func csvLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 4 || tok[n-1] != ',' || tok[0] < 'A' || tok[0] > 'Z' || indexByteFrom(tok[:n-1], ',', 0) >= 0 {
		return Unknown, false
	}
	return ParseLevel(tok[:n-1])
}

// bracketGroupLevel reads a level in one of the bracket groups written back to back as one word:
// the JVM's "[0.011s][info][gc]", Envoy's "][1][info][main]" after its time.
func bracketGroupLevel(tok []byte) (Level, bool) {
	if len(tok) < 3 || tok[0] != '[' && tok[0] != ']' || bytes.IndexByte(tok, '[') < 0 {
		return Unknown, false
	}
	for k := 0; k < 5; k++ {
		open := indexByteFrom(tok, '[', 0)
		if open < 0 {
			return Unknown, false
		}
		end := indexByteFrom(tok, ']', open+1)
		if end < 0 {
			return Unknown, false
		}
		if word := trimSpace(tok[open+1 : end]); len(word) > 1 && isAlpha(word[0]) {
			if lvl, ok := ParseLevel(word); ok {
				return lvl, true
			}
		}
		tok = tok[end+1:]
	}
	return Unknown, false
}

// proseFollows reports whether the word after line[e] is a plain lower-case word: with the one
// before it, two plain words mean the message has begun.
func proseFollows(line []byte, e int) bool {
	ns, ne := nextToken(line, e)
	return ne > ns && isLowerWord(line[ns:ne])
}

func isLowerWord(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// numberColumn reports whether a word is a number column such as a pid, a thread id or an
// uptime, bare or bracketed: "1702", "[2811]", "#1234]", "[123456.789012]".
func numberColumn(tok []byte) bool {
	digits := 0
	for _, c := range tok {
		switch {
		case isDigit(c):
			digits++
		case c == '[' || c == ']' || c == '(' || c == ')' || c == '#' || c == ':' || c == ',' || c == '.':
		default:
			return false
		}
	}
	return digits > 0
}

// msgIDLevel reads the severity digit of a Cisco-style message id among the words after the
// time: "%ASA-6-302013:", "%SYS-5-CONFIG_I:", "%LINK-3-UPDOWN:".
func msgIDLevel(line []byte, from int) (Level, bool) {
	if from >= len(line) || bytes.IndexByte(line[from:min(len(line), from+80)], '%') < 0 {
		return Unknown, false
	}
	j := from
	for k := 0; k < levelScanWords; k++ {
		ts, te := nextToken(line, j)
		if ts == te {
			break
		}
		if line[ts] == '%' {
			tok := line[ts+1 : te]
			d := indexByteFrom(tok, '-', 0)
			if d > 0 && d+3 < len(tok) && isDigit(tok[d+1]) && tok[d+2] == '-' && isUpperWord(tok[:min(d, 3)]) {
				return LevelFromSyslog(int(tok[d+1] - '0')), true
			}
		}
		j = te
	}
	return Unknown, false
}

// pairWindow is how far into a line a level= pair is looked for.
const pairWindow = 512

// pairLevel reads a level=, lvl=, severity= or priority= pair anywhere in the first pairWindow
// bytes of a line that is not logfmt from its first byte (an audit or firewall record, a message
// after a syslog header). A number is a syslog severity for severity and priority.
func pairLevel(line []byte) (Level, bool) {
	b := line[:min(len(line), pairWindow)]
	for i := bytes.IndexByte(b, '='); i > 0; i = nextEq(b, i) {
		k := i
		for k > 0 && (isAlpha(b[k-1]) || b[k-1] == '_') {
			k--
		}
		if k > 0 && b[k-1] != ' ' && b[k-1] != ',' && b[k-1] != '{' && b[k-1] != '"' {
			continue
		}
		key := b[k:i]
		if len(key) < 3 || len(key) > 8 || !levelKey(key) {
			continue
		}
		v := i + 1
		if v < len(b) && b[v] == '"' {
			v++
		}
		e := v
		for e < len(b) && isAlnum(b[e]) {
			e++
		}
		if e-v == 1 && isDigit(b[v]) && key[0]|0x20 != 'l' {
			return LevelFromSyslog(int(b[v] - '0')), true
		}
		if lvl, ok := ParseLevel(b[v:e]); ok && e-v > 1 {
			return lvl, true
		}
	}
	return Unknown, false
}

// nextEq returns the index of the next '=' after b[i], or -1.
func nextEq(b []byte, i int) int {
	if k := bytes.IndexByte(b[i+1:], '='); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// levelKey reports whether a key names a level: level, lvl, severity, priority, in any case.
func levelKey(key []byte) bool {
	switch key[0] | 0x20 {
	case 'l':
		return hasPrefixFold(key, 0, "level") || hasPrefixFold(key, 0, "lvl")
	case 's':
		return hasPrefixFold(key, 0, "severity")
	case 'p':
		return hasPrefixFold(key, 0, "priority")
	}
	return false
}

// hostAfter reads the host a syslog-style header puts after the time: a host name followed by a
// tag ("app[12]:", "app:"), a lone colon ("fw01 : %ASA-…") or a message id ("%ASA-6-…").
func hostAfter(line []byte, i int) (Span, bool) {
	hs, he := nextToken(line, i)
	ts, te := nextToken(line, he)
	if k := bytes.LastIndexByte(line[hs:he], '/'); k > 0 && he-hs-k > 1 && isAlnum(line[hs+k+1]) {
		hs += k + 1 // relays write "relay/origin" (syslog-ng), and the origin is the host
	}
	if hs == he || ts == te || !hostLike(line[hs:he]) || numberColumn(line[hs:he]) || addrPort(line[hs:he]) {
		return Span{}, false
	}
	if _, isLevel := levelToken(line[hs:he], false); isLevel || !isAlnum(line[hs]) {
		return Span{}, false
	}
	if _, ok := facilityLevel(line[hs:he]); ok {
		return Span{}, false
	}
	host, tag := line[hs:he], line[ts:te]
	switch {
	case len(tag) == 1 && tag[0] == ':', tag[0] == '%':
	case len(tag) > 1 && tag[len(tag)-1] == ':' && isAlpha(tag[0]) && tagLike(tag[:len(tag)-1]):
		// "server listening: …" is prose: a plain word before a tag is a host only when it looks
		// like one (web01, db-2, host.example.org) or the tag carries a pid.
		if tag[len(tag)-2] != ']' && !bytes.ContainsAny(host, "0123456789.-") {
			return Span{}, false
		}
	default:
		return Span{}, false
	}
	return Span{int32(hs), int32(he)}, true
}

// hostAround reads the node column that supercomputer logs write on both sides of the time
// ("… R12-M0-N4-C:J07-U01 2026-11-29-07.41.16.647238 R12-M0-N4-C:J07-U01 RAS …"): the same
// host-like word just before and just after it.
func hostAround(line []byte, s *stamp) (Span, bool) {
	as, ae := nextToken(line, s.end)
	be := s.start - 1
	if be <= 0 || ae == as || line[be] != ' ' {
		return Span{}, false
	}
	bs := bytes.LastIndexByte(line[:be], ' ') + 1
	if !bytes.Equal(line[bs:be], line[as:ae]) || !hostLike(line[as:ae]) || numberColumn(line[as:ae]) {
		return Span{}, false
	}
	return Span{int32(as), int32(ae)}, true
}

// addrPort reports whether a word is an address with a port, "198.51.100.77:52011": the peer a
// server talks to, not the host that logged.
func addrPort(w []byte) bool {
	k := bytes.LastIndexByte(w, ':')
	if k < 0 || k == len(w)-1 || indexByteFrom(w, '.', 0) < 0 {
		return false
	}
	for _, c := range w[k+1:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// tagLike accepts a syslog tag: a program name with an optional [pid].
func tagLike(t []byte) bool {
	if k := indexByteFrom(t, '[', 0); k > 0 {
		if t[len(t)-1] != ']' {
			return false
		}
		t = t[:k]
	}
	for _, c := range t {
		if !(isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '(' || c == ')') {
			return false
		}
	}
	return true
}
