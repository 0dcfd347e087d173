package parse

import "bytes"

// Block records: some logs write a record as a block of lines whose first line carries an id but
// no time, and whose time (with the level and the host) sits on a later line: Windows' `wevtutil
// /f:text` ("Event[0]:" then "  Date: …", "  Level: …", "  Computer: …"), OSSEC and Wazuh alerts
// ("** Alert 1795938076.41231: …" then "2026 Nov 29 07:41:16 web01->…"), ModSecurity's audit log
// ("--4f1c2a7e-A--" then "[29/Nov/2026:08:41:16.123456 +0100] …"). A Stream learns this from the
// source's lines: when an entry that began without a time, on a line whose first words hold an id,
// is followed by a line with a time, the source's records start with a line of that first line's
// shape (headerShape), and every other line, timed or not, belongs to the block above it.

// maxHeaderShape bounds a header's shape: the first words of a line, not its message.
const maxHeaderShape = 32

// maxBlockTries bounds the lines a source without times has parsed a second time while it is
// looked at as a block log: a backfill that begins inside a block meets a header within a block's
// length.
const maxBlockTries = 64

// blockTimedLines is how many lines starting with a time one block may hold before the source is
// taken to be no block log after all: a block has one or two (its own time, an original line an
// alert quotes); a log of timed lines has one on every line, after a preamble whose lines look
// like a header (IIS's "#Version: 1.0" above "#Date: …").
const blockTimedLines = 2

// headerShape writes the shape of a line's first words into dst: up to the first word that holds
// a digit (at most three words), its digits collapsed to '#', and its runs of hex of four or more
// (in lower case, or in capitals as errpt's "IDENTIFIER: DE3B8540") to '#', so that "Event[12]:"
// and "Event[0]:", or "--4f1c2a7e-A--" and "--9b3d4c1a-A--", have one shape while
// "--4f1c2a7e-B--" has another, and "** Alert 1795938076.41231:" is "** Alert #.#:". ok is false
// when the words hold no digit: an id is what marks a record's header ("=== started ===" is no
// header).
func headerShape(dst, line []byte) (shape []byte, ok bool) {
	if k := bytes.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	if len(line) > maxHeaderLine {
		return dst, false // a header is a short line
	}
	if c, ok := ruleLine(line); ok {
		return append(dst, c, c, c, c), true // a rule's shape is a rule
	}
	if name := xmlStartTag(line); name != nil {
		return append(append(dst, '<'), name[:min(len(name), maxHeaderShape-1)]...), true
	}
	s, e := nextToken(line, 0)
	for k := 1; s == 0 && e > 0 && k < 3 && !hasDigit(line[:e]); k++ {
		_, e = nextToken(line, e)
	}
	if s != 0 || e == 0 || !hasDigit(line[:e]) && randomIDAt(line[:e]) < 0 {
		return dst, false
	}
	if versionWords(line[:e]) {
		return dst, false // a banner's version ("NCP version:2.4.1.0", "Version 3.2"), no record's id
	}
	if bracketedDuration(line) {
		return dst, false // a statement's time taken, as ORMs print it ("[1.00ms] SELECT …"), no record's id
	}
	for i := 0; i < e && len(dst) < maxHeaderShape; {
		if n := randomIDLen(line[i:e]); n > 0 && (i == 0 || !isAlnum(line[i-1])) {
			dst, i = append(dst, '#'), i+n // libmodsecurity 3's "---rBQ5kK3N---A--"
			continue
		}
		if n := max(hexRunLen(line[i:e]), hexRunIn(line[i:e], 'A')); n >= 4 || isDigit(line[i]) {
			n = max(n, 1)
			for i+n < e && isDigit(line[i+n]) {
				n++
			}
			dst, i = append(dst, '#'), i+n
			continue
		}
		dst = append(dst, line[i])
		i++
	}
	return dst, true
}

// versionWords reports whether b, a line's first words, names a version.
func versionWords(b []byte) bool {
	for i, c := range b {
		if c|0x20 == 'v' && hasPrefixFold(b, i, "version") {
			return true
		}
	}
	return false
}

// randomIDLen returns the length of the random id that opens b, eight or more letters in both
// cases and digits ("rBQ5kK3N", as libmodsecurity 3 names a transaction), or 0: a word of text,
// CamelCase too ("NetworkMonitor"), holds no digit.
func randomIDLen(b []byte) int {
	n, upper, lower, digit := 0, false, false, false
	for n < len(b) && isAlnum(b[n]) {
		upper = upper || b[n] >= 'A' && b[n] <= 'Z'
		lower = lower || b[n] >= 'a' && b[n] <= 'z'
		digit = digit || isDigit(b[n])
		n++
	}
	if n < 8 || !upper || !lower || !digit {
		return 0
	}
	return n
}

// randomIDAt returns where the first random id (see randomIDLen) of b starts, or -1.
func randomIDAt(b []byte) int {
	for i := 0; i < len(b); i++ {
		if (i == 0 || !isAlnum(b[i-1])) && randomIDLen(b[i:]) > 0 {
			return i
		}
	}
	return -1
}

// minRule is the shortest rule line: "---" is a word's worth, "------" Zope's separator.
const minRule = 4

// ruleLine reports whether line is a rule, one punctuation mark repeated ("------",
// "========"), and which: ZConfig writes one above each record of Zope's event log, dumpsys
// dropbox one above each entry, errpt -a one above each error. A '#' line is a comment.
func ruleLine(line []byte) (byte, bool) {
	line = bytes.TrimRight(line, " \t\r")
	if len(line) > minRule && line[0] == '+' && (line[1] == '=' || line[1] == '-') {
		line = line[1:] // a corner before it: Suricata's alert-debug.log opens each block with "+======…"
	}
	if len(line) < minRule {
		return 0, false
	}
	c := line[0]
	if c != '-' && c != '=' && c != '*' && c != '_' && c != '~' && c != '+' {
		return 0, false
	}
	for _, b := range line {
		if b != c {
			return 0, false
		}
	}
	return c, true
}

// xmlStartTag returns the element name of a line that only opens an XML element, indented or
// not ("<record>", "  <entry>", "<EVENT"): the header of a block record in an XML log, as
// java.util.logging's XMLFormatter writes one per record with its <date> on the next line. An
// element closed on its line, a closing tag, a declaration or a comment opens none.
func xmlStartTag(line []byte) []byte {
	i := skipWS(line, 0)
	if i+2 > len(line) || line[i] != '<' || !isAlpha(line[i+1]) {
		return nil
	}
	e := i + 1
	for e < len(line) && (isAlnum(line[e]) || line[e] == '_' || line[e] == '-' || line[e] == ':' || line[e] == '.') {
		e++
	}
	// Nothing but the tag's end or its attributes may follow the name.
	switch rest := bytes.TrimRight(line[e:], " \t\r"); {
	case len(rest) == 0, len(rest) == 1 && rest[0] == '>':
	case rest[0] == ' ' && bytes.IndexByte(rest, '<') < 0 && !bytes.HasSuffix(rest, []byte("/>")):
	default:
		return nil
	}
	return line[i+1 : e]
}

// labelFirst reports whether a line opens with a bracketed label, a word without digits ending
// in ':' ("[Priority: 0]"): a block's field, not its header (which "Record: 1" may be).
func labelFirst(line []byte) bool {
	s, e := nextToken(line, 0)
	w := line[s:e]
	return len(w) > 2 && w[0] == '[' && w[len(w)-1] == ':' && !hasDigit(w)
}

func hasDigit(b []byte) bool {
	for _, c := range b {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// hexRunLen returns the length of the run of lower-case hex digits that b starts with, when the
// run holds a letter and a digit (an id such as 4f1c2a7e, not a word such as "face").
func hexRunLen(b []byte) int { return hexRunIn(b, 'a') }

// hexRunIn is hexRunLen for the hex letters from a ('a' or 'A').
func hexRunIn(b []byte, a byte) int {
	n, letter, digit := 0, false, false
	for n < len(b) && (isDigit(b[n]) || b[n] >= a && b[n] <= a+5) {
		letter, digit = letter || !isDigit(b[n]), digit || isDigit(b[n])
		n++
	}
	if !letter || !digit {
		return 0
	}
	return n
}

// blockLine handles a line while the source's records are blocks: it starts a new entry when the
// line has the header's shape, and otherwise joins the pending one, from which it may give the
// record its time, level and host. It reports false when the source turned out to be no block log
// (too many timed lines in one block), for the line to take the usual way.
func (s *Stream) blockLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	var buf [maxHeaderShape]byte
	shape, _ := headerShape(buf[:0], line)
	// An XML record ends at its closing tag: the next element opening, whatever its name, is the
	// next record's header ("<info>" then "<error>").
	if s.labelBlocks && s.rec.Time == 0 && (bytes.Equal(shape, s.blockShape) || bytes.Count(s.raw, []byte{'\n'}) >= ruleTimeWithin) {
		// A rule that heads records with a labelled time heads one without: a banner's closing
		// rule above a script's output, which is no record.
		s.unblock(b)
		return false
	}
	if len(line) > 0 && resultEnd(line) {
		s.observe(line, offset, Record{}, false, b)
		s.emit(b) // mysql's "3 rows in set (0.00 sec)" under its \G rows: no row's
		s.start(line, offset, truncated, Record{}, false)
		return true
	}
	if s.blockQuote && !bytes.Equal(shape, s.blockShape) {
		s.unblock(b) // a timed line went on from the one the block seemed to quote: a log of them
		return false
	}
	s.blockQuote = false
	if bytes.Equal(shape, s.blockShape) || s.blockShut && xmlStartTag(line) != nil {
		s.observe(line, offset, Record{}, false, b)
		s.emit(b)
		s.start(line, offset, truncated, Record{}, false)
		s.headerLevel(line)
		return true
	}
	rec := s.p.Parse(line)
	if rec.Time == 0 && len(line) > 0 && s.bareRuleBlock() {
		return false // a rule whose records open with their time heads no untimed line: a banner's
	}
	if rec.Time != 0 && len(line) > 0 && line[0] != ' ' && line[0] != '\t' && s.startsWithTime(rec.Format, line) {
		if s.blockInside(line, offset, truncated, rec, b) {
			return true // the header was learned from a line inside the first block: the real one is below it
		}
		// A timed line after an XML element closed, or a third one in a block, says the source's
		// records are no blocks: an element that only opened it (a payload) is one record.
		// So does a second one in the first's layout that opens with its digits: an alert
		// quotes an original line of another (OSSEC's "2026 Nov 29 …" above "Nov 29 … sshd[…]:"),
		// a report labels its times (mcelog's "TIME 1795938076 …"), and a log of timed lines
		// after a "name: pid" line (simctl launch's) repeats its own.
		if s.blockTimed++; s.blockTimed > s.blockTimedMax() || s.blockShut || s.blockTimed > 1 && rec.Format == s.blockTimeAs && digitsFirst(line) {
			if !s.quotedLine(line, rec) {
				s.unblock(b)
				return false
			}
			s.blockQuote = true
		}
		if s.blockTimed == 1 {
			s.blockTimeAs = rec.Format
		}
	}
	if name, j := xmlStartTag(s.raw[:firstLineEnd(s.raw)]), skipWS(line, 0); name != nil && hasPrefixAt(line, j, "</") && bytes.HasPrefix(line[j+2:], name) {
		s.blockShut = true // the pending record's own element closed
	}
	if at, whole := s.joinWhole(line, truncated); whole {
		s.blockField(line, rec, at)
	}
	s.ruleMessage()
	return true
}

// bareRuleBlock reports whether the pending entry is only a rule of a source whose blocks open
// with a rule and their time's line right under it (Zope's, dumpsys dropbox's), not a labelled
// one further down.
func (s *Stream) bareRuleBlock() bool {
	if _, rule := ruleLine(s.blockShape); !rule || s.labelBlocks || bytes.IndexByte(s.raw, '\n') >= 0 {
		return false
	}
	_, rule := ruleLine(s.raw)
	return rule
}

// quotedLine reports whether a timed line past a block's count, parsed as rec, may be one the
// block quotes as its last line, a syslog datagram: AIX's errpt -a writes the syslog line it was
// handed under its Detail Data, after the block's labelled Date/Time. The next line decides: the
// next block's rule keeps the blocks; anything else gives them up (a banner's labelled date above
// a log of timed lines). Only a datagram with its PRI: a wrapper's block holds its job's own log
// line, whose level is lost in a block.
func (s *Stream) quotedLine(line []byte, rec Record) bool {
	return s.labelBlocks && !s.blockShut && s.blockTimed == s.blockTimedMax()+1 && rec.Format != s.blockTimeAs && priDatagram(line, rec)
}

// priDatagram reports whether line, parsed as rec, is a syslog datagram with its PRI.
func priDatagram(line []byte, rec Record) bool {
	return (rec.Format == FormatRFC3164 || rec.Format == FormatRFC5424) && line[0] == '<'
}

// digitsFirst reports whether line opens with a number, after a bracket or a quote at most: a
// time that starts a log's line rather than one a label names.
func digitsFirst(line []byte) bool {
	i := 0
	if c := byteAt(line, 0); c == '[' || c == '(' || c == '\'' || c == '"' {
		i = 1
	}
	return isDigitAt(line, i)
}

// blockTimedMax is how many lines starting with a time one of the source's blocks may hold: one
// under a rule (Zope's, dumpsys dropbox's: the record's own line), two under an id.
func (s *Stream) blockTimedMax() int {
	if _, rule := ruleLine(s.blockShape); rule {
		return 1
	}
	return blockTimedLines
}

// unblock gives up block records for the source: the pending block's lines are taken again one by
// one the usual way, so that a preamble taken for a header costs nothing. A block cut at the
// entry cap is left as it is, its lines no longer whole.
func (s *Stream) unblock(b *Batch) {
	s.blockShape, s.noBlocks, s.blockQuote = s.blockShape[:0], true, false
	if s.truncated {
		return
	}
	s.refeed(b)
}

// refeed takes the pending entry's lines again one by one, the usual way.
func (s *Stream) refeed(b *Batch) {
	raw, base := bytes.Clone(s.raw), s.offset
	first, rest, more := bytes.Cut(raw, []byte{'\n'})
	s.pending = false
	s.start(first, base, false, Record{}, false)
	off := base + int64(len(first)) + 1
	for more { // to the last line, a blank one included
		var line []byte
		line, rest, more = bytes.Cut(rest, []byte{'\n'})
		s.Line(line, off, false, b)
		off += int64(len(line)) + 1
	}
}

// fenceMark is where a source wrote its last rule line, and which rule.
type fenceMark struct {
	at    int64
	width int
	mark  byte
}

// markFence notes a rule line of the source's, at offset.
func (s *Stream) markFence(line []byte, offset int64) {
	if c, ok := ruleLine(line); ok {
		s.fence = fenceMark{at: offset, width: ruleWidth(line), mark: c}
	} else if string(line) == "#" {
		s.fence = fenceMark{at: offset, width: 1, mark: '#'} // the JVM's crash banner opens so
	}
}

// ruleWidth is a rule line's width, without the blanks after it.
func ruleWidth(line []byte) int { return len(bytes.TrimRight(line, " \t\r")) }

// fenceOpening takes back the pending entry's last line when it is the rule a report opens with
// and line is that report's header: a sanitizer's or Go's race detector's under '=' signs, the
// JVM's crash banner under a lone '#'. The rule had been joined to the timed record before it as
// its text; it is the report's. It returns the rule and its offset, the entry left without it.
func (s *Stream) fenceOpening(line []byte) (rule []byte, at int64, ok bool) {
	if s.fence.at <= s.offset || s.truncated || s.size < 0 {
		return nil, 0, false // most records: no rule since the pending one began
	}
	jvm := s.fence.mark == '#'
	if jvm && !hasPrefixAt(line, 0, jvmFatalHeader) || !jvm && !sanitizerHeader(line[markPrefix(line):]) {
		return nil, 0, false
	}
	k := lastNewline(s.raw)
	if k < 0 {
		return nil, 0, false
	}
	last := s.raw[k+1:]
	if jvm && string(last) != "#" {
		return nil, 0, false
	}
	if c, ok := ruleLine(last); !jvm && (!ok || c != s.fence.mark || ruleWidth(last) != s.fence.width) {
		return nil, 0, false
	}
	rule = bytes.Clone(last)
	s.raw = s.raw[:k]
	s.size -= int64(1 + len(rule))
	return rule, s.fence.at, true
}

// blockCandidate learns that the source's records are blocks when the pending entry began
// without a time on a line with an id and line, the next line read, has one. It reports whether
// it did, having joined line.
func (s *Stream) blockCandidate(line []byte, truncated bool, b *Batch) bool {
	if s.blockTries >= maxBlockTries && s.lookingAhead() {
		s.endLookahead(b)
	}
	if s.rec.Time != 0 || s.stampedStarts > 0 || len(line) == 0 || s.blockTries >= maxBlockTries || s.noBlocks || s.xmlRoot || s.csv.sep != 0 {
		return false // a document's root element holds the records; it is none
	}
	if s.rec.Format == FormatRFC3164 || s.rec.Format == FormatRFC5424 {
		return false // a syslog record without a time (a PRI alone) heads no block
	}
	if s.rec.Host.End > 0 && ncclLine(s.raw) {
		return false // NCCL's untimed line names its host and its level: a record, no block's header
	}
	s.blockTries++
	var buf [2 * maxHeaderShape]byte
	first := s.raw[:firstLineEnd(s.raw)]
	shape, ok := headerCandidate(buf[:0], first)
	if !ok {
		// A header names its record: "[4120] - Worker 0 booted in 0.41s" is a record of its own,
		// "#Version: 1.0" a comment of a preamble (W3C's, Zeek's), Lambda's "START RequestId: …"
		// stands alone (see standaloneLine), and "[Priority: 0]" is a field of the block above
		// it (Snort's full alert).
		return false
	}
	rec := s.p.Parse(line)
	if priDatagram(line, rec) {
		return false // a syslog datagram with its PRI is a record of its own (after a PROXY protocol line)
	}
	timed := rec.Time != 0 && s.startsWithTime(rec.Format, line)
	if _, rule := ruleLine(first); rule && !s.noLookahead && (!timed || s.lookLines > 0) {
		return s.ruleLookahead(shape, first, line, rec, truncated, b)
	}
	if !timed {
		return s.xmlLookahead(first, line, truncated)
	}
	if again, _ := headerShape(buf[len(shape):len(shape)], line); bytes.Equal(again, shape) {
		return false // a line of the header's own shape is the next record
	}
	s.learnBlocks(shape, first, line, rec, truncated)
	return true
}

// ruleTimeWithin is how many lines may come under a rule before the labelled line with the
// record's time: errpt -a writes a label, an id and a blank line above its "Date/Time:".
const ruleTimeWithin = 12

// ruleLookahead joins line to a pending entry that a rule opened without a time, while the
// record's labelled time may still come; the line with it makes the source's records blocks under
// that rule. A second rule, a time of another kind or a block too long without one says the rule
// heads no such records: the lines joined are taken again one by one, and the source is not
// looked at so again. It reports whether it took line.
func (s *Stream) ruleLookahead(shape, first, line []byte, rec Record, truncated bool, b *Batch) bool {
	fits := len(s.raw)+1+len(line) <= s.max // a record past the cap is none of these
	// The label may be indented, as Oracle Net's sqlnet.log writes "  Time: …" in an error stack.
	if rec.Time != 0 && timeLabel(line[skipBlanks(line, 0):]) && fits {
		s.learnBlocks(shape, first, line, rec, truncated)
		s.labelBlocks = true
		return true
	}
	_, rule := ruleLine(line)
	if rec.Time == 0 && !rule && bytes.Count(s.raw, []byte{'\n'}) < ruleTimeWithin && fits { // blank lines count too
		s.join(line, truncated)
		s.lookLines++
		return true
	}
	if !s.lookingAhead() {
		s.noLookahead = true
		return s.blockCandidate(line, truncated, b)
	}
	s.endLookahead(b)
	return s.pending && s.blockCandidate(line, truncated, b) // the line, under the last of them
}

// endLookahead gives up looking under rules for a labelled time: the lines joined to the pending
// entry's rule are taken again one by one, and the source is not looked at so again.
func (s *Stream) endLookahead(b *Batch) {
	ahead := s.lookingAhead()
	s.noLookahead = true
	if ahead {
		s.refeed(b)
	}
}

// lookingAhead reports whether the pending entry is a rule with lines joined to it while the
// record's time may come (see ruleLookahead).
func (s *Stream) lookingAhead() bool {
	return s.pending && s.lookLines > 0 && !s.noLookahead && len(s.blockShape) == 0 && !s.truncated
}

// ruleMessage makes a block's rule all header once a line is under it, when the block opens with
// one: its message is the lines under it, unless its time line gave it one.
func (s *Stream) ruleMessage() {
	end := firstLineEnd(s.raw)
	if _, rule := ruleLine(s.raw[:end]); rule && end < len(s.raw) && s.rec.Message.Start < int32(end) {
		s.rec.Message = Span{int32(end), int32(end)}
	}
}

// timeLabel reports whether a line opens with a label that names a time, as a report's header
// writes one ("Date/Time:", "Start time:", "Timestamp:"; see labelled): not an indented or quoted
// key of a document ("  \"timestamp\": …").
func timeLabel(line []byte) bool {
	if !labelled(line) {
		return false
	}
	label := line[:bytes.IndexByte(line, ':')]
	for i := range label {
		if hasPrefixFold(label, i, "time") || hasPrefixFold(label, i, "date") {
			return true
		}
	}
	return false
}

// maxHeaderLine is the longest line that may head a block: a header is a short line.
const maxHeaderLine = 512

// headerCandidate reports whether a line without a time may head a block record: its first
// words hold an id (or it is a rule), and it is no sentence, comment, record of its own, labelled
// field or row of columns set off by tabs (go test's "FAIL\texample.org/billing\t0.418s").
func headerCandidate(dst, line []byte) ([]byte, bool) {
	shape, ok := headerShape(dst, line)
	if !ok || len(line) == 0 || prose(line) || line[0] == '#' || standaloneLine(line) || labelFirst(line) || pythonDefaultLine(line) || tabColumns(line) {
		return dst, false
	}
	return shape, true
}

// pythonDefaultLine reports whether line is in the layout of Python's logging.basicConfig (see
// pythonDefault): a record of its own, though it carries no time, and no block's header whatever
// line comes next.
func pythonDefaultLine(line []byte) bool {
	_, _, _, ok := pythonDefault(line, 0)
	return ok
}

// learnBlocks makes the source's records blocks headed by lines of shape, the pending entry's
// first line header being one, and joins line, the block's line with its time (parsed as rec).
func (s *Stream) learnBlocks(shape, header, line []byte, rec Record, truncated bool) {
	s.blockShape = append(s.blockShape[:0], shape...)
	s.headerLevel(header)
	s.blockTimed = 0
	if line[0] != ' ' && line[0] != '\t' {
		s.blockTimed, s.blockTimeAs = 1, rec.Format // the block's own time line counts among its timed lines
	}
	if at, whole := s.joinWhole(line, truncated); whole {
		s.blockField(line, rec, at)
	}
	s.ruleMessage()
}

// hasLine reports whether line is one of text's lines.
func hasLine(text, line []byte) bool {
	for len(text) > 0 {
		var l []byte
		l, text, _ = bytes.Cut(text, []byte{'\n'})
		if bytes.Equal(l, line) {
			return true
		}
	}
	return false
}

// blockInside learns that the source's records are blocks from a header found as the last line
// of the pending entry when line, the next one read, starts with a time. A read that began inside
// a block took a rule for the end of the entry above it (Zope's "------" under a traceback), or,
// in a source read as blocks already, took a field of the block for its header ("Src IP:
// 10.0.0.9" of an OSSEC alert) and the real header, after a blank line, for the field's
// continuation. The header then starts a block with line, and the entry before it ends above it.
// The header's shape must have been seen so once before. It reports whether it took line.
func (s *Stream) blockInside(line []byte, offset int64, truncated bool, rec Record, b *Batch) bool {
	if rec.Time == 0 || s.noBlocks || s.truncated || s.blockTries >= maxBlockTries || s.xmlRoot || s.csv.sep != 0 ||
		line[0] == ' ' || line[0] == '\t' || !s.startsWithTime(rec.Format, line) {
		return false
	}
	last := lastNewline(s.raw)
	if last < 0 {
		return false
	}
	header := s.raw[last+1:]
	if _, rule := ruleLine(header); rule && hasLine(s.raw[:last], header) {
		return false // the rule closes what the same rule opened in the entry (a banner), and heads nothing
	} else if !rule {
		// An id's line is a header inside a read only where the source's records are blocks
		// already: in a log of timed lines the last words of an entry ("[Error Id: …]",
		// "goroutine 18 [running]:") come again and again.
		before := s.raw[bytes.LastIndexByte(s.raw[:last], '\n')+1 : last]
		if len(s.blockShape) == 0 || last == firstLineEnd(s.raw) || len(bytes.TrimSpace(before)) > 0 {
			return false
		}
	}
	var buf [2 * maxHeaderShape]byte
	shape, ok := headerCandidate(buf[:0], header)
	if !ok {
		return false
	}
	if again, _ := headerShape(buf[len(shape):len(shape)], line); bytes.Equal(again, shape) || bytes.Equal(shape, s.blockShape) {
		return false
	}
	s.blockTries++
	if !bytes.Equal(shape, s.insideShape) {
		// Once may be an exception's last words after a blank line ("[Error Id: …]"): a header
		// is one when it comes again.
		s.insideShape = append(s.insideShape[:0], shape...)
		return false
	}
	header = bytes.Clone(header)
	at := s.offset + int64(last) + 1
	if s.size >= 0 {
		s.size -= int64(len(header)) + 1
	}
	s.raw = s.raw[:last]
	s.observe(header, at, Record{}, false, b)
	s.emit(b)
	s.start(header, at, false, Record{}, false)
	s.learnBlocks(shape, header, line, rec, truncated)
	return true
}

// xmlTimeWithin is how many lines of an XML element without a time may come before the line with
// its time: Visual Studio's ActivityLog writes <record> first, HPE iLO's event log a severity and
// a class before LAST_UPDATE.
const xmlTimeWithin = 8

// xmlLookahead joins line to a pending entry that opened an XML element without a time, while the
// element is open and its time may still come, so that the line with the time makes it a block
// record. It reports whether it joined line.
func (s *Stream) xmlLookahead(first, line []byte, truncated bool) bool {
	name := xmlStartTag(first)
	if name == nil || s.xmlRoot || bytes.Count(s.raw, []byte{'\n'}) >= xmlTimeWithin {
		return false // the document's root holds the records: an element opening in it is one's header
	}
	if xmlStartTag(line) != nil && skipWS(line, 0) <= skipWS(first, 0) {
		return false // an element opening no deeper than the pending one: its sibling, or the next record
	}
	last := lastLine(s.raw)
	if closes(s.raw, name) || bytes.HasSuffix(bytes.TrimSpace(last), []byte("/>")) && len(s.raw) > len(first) {
		return false // the element closed without a time
	}
	if at, whole := s.joinWhole(line, truncated); whole {
		s.blockField(line, Record{}, at) // a level written before the time
	}
	return true
}

// closes reports whether b holds the closing tag of the element name.
func closes(b, name []byte) bool {
	for i := bytes.Index(b, []byte("</")); i >= 0; {
		if c := byteAt(b, i+2+len(name)); bytes.HasPrefix(b[i+2:], name) && (c == '>' || c == ' ' || c == '\t') {
			return true
		}
		k := bytes.Index(b[i+2:], []byte("</"))
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

// firstLineEnd returns where the first line of b ends.
func firstLineEnd(b []byte) int {
	if k := bytes.IndexByte(b, '\n'); k >= 0 {
		return k
	}
	return len(b)
}

// headerLevel gives the pending block record the level its XML header writes as an attribute
// (Log4j 2's "<Event … level=\"ERROR\" …>").
func (s *Stream) headerLevel(header []byte) {
	if s.rec.Level != Unknown || xmlStartTag(header) == nil {
		return
	}
	if lvl, ok := ParseLevel(xmlAttr(header, "level")); ok {
		s.rec.Level = lvl
	}
}

// blockField gives the pending block record the first time its lines carry, and the level and
// host of labelled fields ("Level: Warning", "Computer: host"), when its header gave none.
func (s *Stream) blockField(line []byte, rec Record, at int) {
	if s.rec.Time == 0 && rec.Time != 0 {
		s.rec.Time = rec.Time
		if _, rule := ruleLine(s.raw[:firstLineEnd(s.raw)]); rule && at == firstLineEnd(s.raw)+1 {
			s.ruleHead(rec, at) // a rule says nothing: the time line under it is the record's head
			return
		}
		if s.rec.Level == Unknown && (s.xmlBlock() || len(line) > 0 && line[0] != ' ' && line[0] != '\t' && s.startsWithTime(rec.Format, line)) {
			s.rec.Level = rec.Level // the level the block's timed line writes beside its time
		}
		if h, ok := agentHost(line); ok && s.rec.Host.End == 0 {
			s.rec.Host = Span{h.Start + int32(at), h.End + int32(at)}
		}
	}
	if s.rec.Level == Unknown {
		if lvl, ok := labelLevel(line); ok {
			s.rec.Level = lvl
		} else if lvl, ok := elementLevel(line); ok {
			s.rec.Level = lvl
		} else if lvl, ok := errptType(line); ok {
			s.rec.Level = lvl
		} else if lvl, ok := pairLevel(line); ok && s.xmlBlock() && bytes.IndexByte(line, '<') < 0 {
			s.rec.Level = lvl // an attribute on a line of its own: HPE iLO's SEVERITY="Critical"
		}
	}
	if s.rec.Host.End == 0 {
		if h, ok := labelHost(line); ok {
			s.rec.Host = Span{h.Start + int32(at), h.End + int32(at)}
		}
	}
}

// errptType reads the level of AIX's errpt -a block from its Type field, the error's kind:
// PERM (a permanent error), TEMP, PERF and PEND (a temporary one, a fall in performance, an
// impending loss) and INFO. UNKN says nothing.
func errptType(line []byte) (Level, bool) {
	if !hasPrefixAt(line, 0, "Type:") {
		return Unknown, false
	}
	switch string(bytes.TrimSpace(line[len("Type:"):])) {
	case "PERM":
		return Error, true
	case "TEMP", "PERF", "PEND":
		return Warn, true
	case "INFO":
		return Info, true
	}
	return Unknown, false
}

// ruleHead gives a block headed by a rule the level, host and message of its time line rec,
// which starts at at in the entry's text; the message runs to the block's end.
func (s *Stream) ruleHead(rec Record, at int) {
	if s.rec.Level == Unknown {
		s.rec.Level = rec.Level
	}
	if rec.Host.End > 0 && s.rec.Host.End == 0 {
		s.rec.Host = Span{rec.Host.Start + int32(at), rec.Host.End + int32(at)}
	}
	// A decoded message (a line's colours left out) would come again with the lines under the
	// rule, which the block's message holds from its first line on: the span is the line's own.
	s.rec.Message = Span{rec.Message.Start + int32(at), rec.Message.End + int32(at)}
}

// labelHost reads the host of a labelled field, "Computer: WIN-APP02.corp.example.org" as Windows
// writes it, "Hostname: db01", or errpt's "Node Id: aixdb01": the label first on its line, a host
// name after it, nothing more.
func labelHost(line []byte) (Span, bool) {
	s, e := nextToken(line, 0)
	if e-s < 4 {
		return Span{}, false
	}
	named := false // a node's id may be a number; a host's name is named
	switch label := line[s:e]; {
	case bytes.EqualFold(label, []byte("computer:")), bytes.EqualFold(label, []byte("hostname:")):
	case bytes.EqualFold(label, []byte("node")):
		if _, e = nextToken(line, e); !bytes.EqualFold(line[e-3:e], []byte("id:")) || e-s != 8 {
			return Span{}, false
		}
		named = true
	default:
		return Span{}, false
	}
	hs, he := nextToken(line, e)
	if hs == he || !hostLike(line[hs:he]) || skipBlanks(line, he) != len(line) || string(line[hs:he]) == "0.0.0.0" || named && !hasLetter(line[hs:he]) {
		return Span{}, false
	}
	return Span{int32(hs), int32(he)}, true
}

// agentHost reads the agent that OSSEC and Wazuh name on an alert's time line, before the
// location it read: "2026 Nov 29 07:41:16 web01->/var/log/auth.log" (a remote agent is written
// "(web01) 10.0.0.7->…", its name in parentheses).
func agentHost(line []byte) (Span, bool) {
	k := bytes.Index(line[:min(len(line), 96)], []byte("->"))
	if k < 1 {
		return Span{}, false
	}
	s := bytes.LastIndexByte(line[:k], ' ') + 1
	if w := line[s:k]; len(w) > 0 && hostLike(w) && hasLetter(w) && !isDigit(w[0]) {
		return Span{int32(s), int32(k)}, true
	}
	if s > 2 && line[s-2] == ')' {
		if o := bytes.LastIndexByte(line[:s-2], '('); o >= 0 && hostLike(line[o+1:s-2]) && o+1 < s-2 {
			return Span{int32(o + 1), int32(s - 2)}, true
		}
	}
	return Span{}, false
}

// agentLocation reports whether the message at line[msg:] opens with the agent and the location
// OSSEC and Wazuh write after an event's time in archives.log, as on an alert's time line:
// "web01->/var/log/auth.log", "(web-03) 10.20.0.13->WinEvtLog". Their time opens the line with
// its year, "2026 Nov 29 07:41:54": elsewhere "a->b" is a message's word.
func agentLocation(line []byte, msg int) bool {
	if msg != len("2026 Nov 29 07:41:54 ") || byteAt(line, 4) != ' ' || !isDigit(line[0]) {
		return false
	}
	s, e := nextToken(line, msg)
	if e > s+3 && line[s] == '(' && line[e-1] == ')' {
		s, e = nextToken(line, e)
	}
	k := bytes.Index(line[s:e], []byte("->"))
	return k > 0 && s+k+2 < e
}

// xmlBlock reports whether the pending entry opens with an XML element.
func (s *Stream) xmlBlock() bool {
	i := skipWS(s.raw, 0)
	return i < len(s.raw) && s.raw[i] == '<'
}

// elementLevel reads a level an XML block writes as an element of its own: java.util.logging's
// "<level>SEVERE</level>", Visual Studio's "<type>Error</type>".
func elementLevel(line []byte) (Level, bool) {
	i := skipWS(line, 0)
	if i+3 > len(line) || line[i] != '<' {
		return Unknown, false
	}
	k := bytes.IndexByte(line[i:], '>')
	if k < 2 {
		return Unknown, false
	}
	name := line[i+1 : i+k]
	if !levelKey(name) && string(name) != "type" {
		return Unknown, false
	}
	v := line[i+k+1:]
	e := bytes.IndexByte(v, '<')
	if e < 1 || !hasPrefixAt(v, e, "</") || !bytes.HasPrefix(v[e+2:], name) || byteAt(v, e+2+len(name)) != '>' {
		return Unknown, false
	}
	return ParseLevel(bytes.TrimSpace(v[:e]))
}

// bracketedDuration reports whether line opens with a duration in brackets, a number and its
// unit: "[1.00ms]", "[12.4µs]", "[0.5s]".
func bracketedDuration(line []byte) bool {
	if byteAt(line, 0) != '[' {
		return false
	}
	i := 1
	for i < len(line) && (isDigit(line[i]) || line[i] == '.') {
		i++
	}
	if i == 1 {
		return false
	}
	for _, unit := range [...]string{"ns]", "µs]", "us]", "ms]", "s]"} {
		if hasPrefixAt(line, i, unit) {
			return true
		}
	}
	return false
}

// messageLoggerLevel reads the severity letter of a block's header that CMSSW's MessageLogger
// (and art's) writes: "%MSG-w XrdAdaptor:  file_open 29-Nov-2026 08:41:20 CET pre-events", its
// lines under it up to a lone "%MSG". The letters are debug, info, warning, error and severe.
func messageLoggerLevel(line []byte) (Level, bool) {
	if !hasPrefixAt(line, 0, messageLoggerOpen) || byteAt(line, len(messageLoggerOpen)+1) != ' ' {
		return Unknown, false
	}
	switch line[len(messageLoggerOpen)] {
	case 'd':
		return Debug, true
	case 'i':
		return Info, true
	case 'w':
		return Warn, true
	case 'e':
		return Error, true
	case 's':
		return Critical, true
	}
	return Unknown, false
}

const messageLoggerOpen = "%MSG-"

// messageLoggerGoesOn reports whether line is in the MessageLogger block that record opens: any
// line up to the lone "%MSG" that closes it, short of another block's header.
func messageLoggerGoesOn(record, line []byte) bool {
	if _, ok := messageLoggerLevel(record); !ok || len(record) > maxMessageLoggerBlock || string(lastLine(record)) == "%MSG" {
		return false
	}
	_, opens := messageLoggerLevel(line)
	return !opens
}

// maxMessageLoggerBlock bounds a block whose closing line never came (a job killed in it).
const maxMessageLoggerBlock = 64 << 10

// eventLoopTime reads the time at the end of the line CMSSW's (and art's) event loop writes as it
// begins each event it reports: "Begin processing the 1st record. Run 1, Event 40211, LumiSection
// 12 on stream 0 at 29-Nov-2026 08:41:22.314 CET". It returns 0 for any other line.
func eventLoopTime(line []byte, now int64, w *wallClock) int64 {
	if !eventLoopLine(line) {
		return 0
	}
	at := bytes.LastIndex(line, []byte(" at "))
	if at < 0 {
		return 0
	}
	st, ok := stampAt(line, at+4, now, w)
	if !ok || st.end < len(line)-6 {
		return 0 // the date and its zone end the line
	}
	return st.t
}

// eventLoopLine reports whether line is the event loop's "Begin processing the 1st record. Run …",
// a record of its own under the source's other lines.
func eventLoopLine(line []byte) bool {
	const begin = "Begin processing the "
	return hasPrefixAt(line, 0, begin) && bytes.Contains(line[len(begin):min(len(line), len(begin)+24)], []byte(" record. Run "))
}
