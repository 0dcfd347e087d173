package parse

import "bytes"

// A source whose entries are wanted for their text and time only (raw output that no level or
// query filters, see StreamOptions.TimesOnly) need not be parsed whole. Once its first records
// have shown where its lines keep their time, a line is read there and nowhere else: a line with a
// time there starts an entry, any other continues the entry before it, as a stack trace's lines do.
//
// The place is trusted only after reading there agreed with the whole parse on every one of the
// source's first spotRecords records: the same time for each record that had one, and no time for
// each of their other lines and for each record that had none. A source whose records the parse
// groups some other way (blocks under a header, tables, pretty-printed JSON) disagrees on its
// first records and stays on the whole parse. Afterwards a line with a time somewhere else than
// the place (another program's line, a report's header) sends the source back to the whole parse
// for good, its pending entry included; a line with no time at all that the whole parse would have
// begun an entry with stays with the entry before it, where its estimated time would have put it.

// spotRecords is how many records must agree before the place is trusted, and spotLines how many
// lines are looked at before the source is left to the whole parse.
const (
	spotRecords = 16
	spotLines   = 4096
)

// maxSpotPrefix bounds the bytes remembered before the time ("[", `,"ts":"`, " time=").
const maxSpotPrefix = 16

// timeSpot is where a source's lines keep their time, and how far learning it has come.
type timeSpot struct {
	state  spotState
	kind   stampKind
	shape  []byte // the learned time's shape (see shape); empty until the place is found
	at     int    // the time's offset in the line, when prefix is empty
	prefix []byte // the bytes right before the time, from the blank or separator that opens them
	agreed int    // records whose time the place gave as the whole parse did
	lines  int    // lines the records looked at so far held
	format Format // the format of the last record learned from, for the entries read at the place
	last   lastStamp
}

// lastStamp is the spelling of the last time read at the place, split around its seconds, so that
// the next line's time, which differs from it in its seconds and their fraction only (most lines
// of a busy log), is had without reading its date again: a time is linear in those digits.
type lastStamp struct {
	head       []byte // the time's text before its seconds (the date, the hour and the minute)
	tail       []byte // the text after the seconds' fraction to the time's end, and the byte after it
	sep        byte   // the fraction's separator, or 0 when it has none
	fracDigits int
	base       int64  // the time without its seconds and their fraction
	scratch    []byte // a line's copy whose digits remember changes
}

type spotState uint8

const (
	spotLearning spotState = iota
	spotTrusted            // the place agreed on enough records: the next line with a time there switches
	spotOn                 // lines are read at the place only
	spotOff                // the place disagreed, or none was found: the whole parse reads every line
)

// read reads the time at the place in line, with the clock w for a time without its year or date.
func (sp *timeSpot) read(line []byte, now int64, w *wallClock) (int64, bool) {
	var s stamp
	if i := sp.start(line); i < 0 || !sp.readAt(line, i, now, w, &s) {
		return 0, false
	}
	return s.t, true
}

// readAt reads a time at i in the learned spelling. A time followed by a fraction it did not take
// ("10:00:20,9") is left to the whole parse, whose format may read it.
func (sp *timeSpot) readAt(line []byte, i int, now int64, w *wallClock, s *stamp) bool {
	return readStamp(line, i, now, w, s) && s.kind == sp.kind && sameShape(line[s.start:s.end], sp.shape) && !fractionAfter(line, s.end)
}

// shape appends the shape of a time's text to dst: each run of digits as 'd', each run of letters
// as 'a', each run of blanks as one (syslog pads a day below ten), every other byte as it is
// ("Nov 29 10:00:00" is "a d d:d:d"). A time whose shape is not the learned one's is spelled
// another way (with a zone, AM or PM, the day first), which the whole parse may read otherwise.
func shape(dst, text []byte) []byte {
	for i := 0; i < len(text); {
		var c byte
		c, i = shapeAt(text, i)
		dst = append(dst, c)
	}
	return dst
}

// sameShape reports whether text has the shape want, without building it.
func sameShape(text, want []byte) bool {
	k := 0
	for i := 0; i < len(text); k++ {
		var c byte
		c, i = shapeAt(text, i)
		if k >= len(want) || want[k] != c {
			return false
		}
	}
	return k == len(want)
}

// shapeAt returns the shape of the run that starts at text[i], and where the next one starts.
func shapeAt(text []byte, i int) (byte, int) {
	c := text[i]
	switch {
	case isDigit(c):
		c = 'd'
	case isAlpha(c):
		c = 'a'
	case c != ' ':
		return c, i + 1
	}
	for i < len(text) && (c == 'd' && isDigit(text[i]) || c == 'a' && isAlpha(text[i]) || c == ' ' && text[i] == ' ') {
		i++
	}
	return c, i
}

// fractionAfter reports whether a separator and a digit follow line[:end].
func fractionAfter(line []byte, end int) bool {
	c := byteAt(line, end)
	return (c == '.' || c == ',') && isDigitAt(line, end+1)
}

// extended reports whether the text after a time that ends at line[end] would make it longer when
// read whole: a zone, AM or PM, a year after the clock (ctime's), or a fraction.
func extended(line []byte, end int, w wallClock) bool {
	if fractionAfter(line, end) {
		return true
	}
	if y, ok := digits(line, end+1, 4); ok && byteAt(line, end) == ' ' && !isDigitAt(line, end+5) && y > 1900 {
		return true
	}
	var d dateTime
	return zoneAfterClock(line, end, &d, &w) != end
}

// start returns where the time is in line if it is at the place, or -1.
func (sp *timeSpot) start(line []byte) int {
	base := priLen(line)
	i := base + sp.at
	if len(sp.prefix) > 0 {
		rest := line[base:]
		k := 0 // a key that opens the line, JSON's `{"time":"` or logfmt's "ts=", is found at once
		if !bytes.HasPrefix(rest, sp.prefix) {
			if sp.prefix[0] == '{' {
				return -1 // the same key further into a JSON line may be a nested object's
			}
			if k = outsideQuotes(rest, sp.prefix); k < 0 {
				return -1
			}
		}
		i = base + k + len(sp.prefix)
	}
	if i >= len(line) {
		return -1
	}
	return i
}

// outsideQuotes returns where the first occurrence of prefix in line that is not inside a quoted
// value begins ("msg=\"replay from ts=…\" ts=…"), or -1.
func outsideQuotes(line, prefix []byte) int {
	for from := 0; from < len(line); {
		k := bytes.Index(line[from:], prefix)
		if k < 0 {
			return -1
		}
		k += from
		if bytes.Count(line[:k], []byte{'"'})%2 == 0 {
			return k
		}
		from = k + 1
	}
	return -1
}

// readNext is read for the stream's lines in turn: a time spelled as the last one was but for its
// seconds is computed from it.
func (sp *timeSpot) readNext(line []byte, now int64, w *wallClock) (int64, bool) {
	i := sp.start(line)
	if i < 0 {
		return 0, false
	}
	if t, ok := sp.last.next(line, i, w); ok {
		return t, true
	}
	var s stamp
	if !sp.readAt(line, i, now, w, &s) {
		sp.last.head = sp.last.head[:0]
		return 0, false
	}
	sp.last.remember(line, &s, now, *w)
	return s.t, true
}

// remember splits the time s read in line around its seconds, when it has a clock.
func (l *lastStamp) remember(line []byte, s *stamp, now int64, w wallClock) {
	l.head = l.head[:0]
	text := line[s.start:s.end]
	k := clockSeconds(text)
	if k < 0 {
		return
	}
	sec := 10*int(text[k+1]-'0') + int(text[k+2]-'0')
	if sec > 59 {
		return
	}
	e, sep, ns := k+3, byte(0), int64(0)
	if e < len(text) && (text[e] == '.' || text[e] == ',') {
		sep = text[e]
		ns, e = fraction(text, e+1)
		if e-k-4 > 9 {
			return
		}
	}
	// The digits taken for the seconds and their fraction must be them: the time read again with
	// one of them changed must move by that digit's worth and by nothing else ("2026:11:29:07:41:16"
	// has a day where a clock's seconds would be).
	if !l.moves(line, s, s.start+k+2, nsPerSec, now, w) || sep != 0 && !l.moves(line, s, s.start+k+4, nsPerSec/10, now, w) {
		return
	}
	l.fracDigits = 0
	if sep != 0 {
		l.fracDigits = e - k - 4
	}
	l.sep, l.base = sep, s.t-int64(sec)*nsPerSec-ns
	l.tail = append(l.tail[:0], text[e:]...)
	l.tail = append(l.tail, byteAt(line, s.end))
	l.head = append(l.head, text[:k+1]...)
}

// moves reports whether the time s read in line moves by unit when the digit at line[at] is one
// more (or one less, for a 9).
func (l *lastStamp) moves(line []byte, s *stamp, at int, unit, now int64, w wallClock) bool {
	l.scratch = append(l.scratch[:0], line...)
	delta := unit
	if l.scratch[at] == '9' {
		l.scratch[at], delta = '8', -unit
	} else {
		l.scratch[at]++
	}
	var moved stamp
	return readStamp(l.scratch, s.start, now, &w, &moved) && moved.kind == s.kind && moved.end == s.end && moved.t-s.t == delta
}

// next reads the time at i in line when it is spelled as the one remembered but for its seconds.
func (l *lastStamp) next(line []byte, i int, w *wallClock) (int64, bool) {
	t, end, ok := l.read(line, i)
	return t, ok && !extended(line, end, *w)
}

// read is next without the check of the text after the time, for a reader whose next bytes
// tell it already (see lineShape): it returns where the time ends.
func (l *lastStamp) read(line []byte, i int) (int64, int, bool) {
	if len(l.head) == 0 || !bytes.HasPrefix(line[i:], l.head) {
		return 0, 0, false
	}
	j := i + len(l.head)
	sec, ok := digits(line, j, 2)
	if !ok || sec > 59 {
		return 0, 0, false
	}
	j += 2
	var ns int64
	if l.sep != 0 {
		if byteAt(line, j) != l.sep {
			return 0, 0, false
		}
		e := j + 1
		for e < len(line) && isDigit(line[e]) {
			e++
		}
		if e-j-1 != l.fracDigits {
			return 0, 0, false
		}
		ns, j = fraction(line, j+1)
	} else if isDigitAt(line, j) || byteAt(line, j) == '.' || byteAt(line, j) == ',' {
		return 0, 0, false
	}
	// The text after the seconds, and the byte after the time, as they were.
	n := len(l.tail) - 1
	if !bytes.HasPrefix(line[j:], l.tail[:n]) || byteAt(line, j+n) != l.tail[n] {
		return 0, 0, false
	}
	return l.base + int64(sec)*nsPerSec + ns, j + n, true
}

// learn checks an entry the whole parse made against the place, or finds the place on the first
// entry that has a time. raw is the entry's text, t its own time (0: none).
func (sp *timeSpot) learn(raw []byte, t int64, f Format, p *Parser) {
	if sp.state != spotLearning {
		return
	}
	first := firstLine(raw)
	if len(sp.shape) == 0 {
		if t == 0 {
			return // the place is not known yet: nothing to check an untimed entry against
		}
		if !sp.find(first, t, p) {
			sp.state = spotOff
			return
		}
	}
	// Checking reads on a copy of the clock: only the parse teaches it.
	now, w := p.nowNano(), p.wall
	if got, ok := sp.read(first, now, &w); ok != (t != 0) || got != t {
		sp.state = spotOff
		return
	}
	for rest := raw[len(first):]; len(rest) > 0; {
		rest = rest[1:] // the '\n'
		line := firstLine(rest)
		if _, ok := sp.read(line, now, &w); ok {
			sp.state = spotOff // a line the parse joined has a time at the place
			return
		}
		rest = rest[len(line):]
		sp.lines++
	}
	sp.lines++
	if t != 0 {
		sp.agreed++
	}
	sp.format = f
	switch {
	case sp.agreed >= spotRecords:
		sp.state = spotTrusted
	case sp.lines >= spotLines:
		sp.state = spotOff
	}
}

// find looks for the place of the time t in line: at the line's start (or after a letter glued to
// it, glog's "I1129 …"), or after one of the separators that open a field. A syslog priority
// before it is not part of the place: a source may write it on some lines only.
func (sp *timeSpot) find(line []byte, t int64, p *Parser) bool {
	window := line[:min(len(line), locateWindow)]
	base := priLen(line)
	for i := base; i < len(window); i++ {
		if i > base && !spotOpener(window[i-1]) && !(i == base+1 && isAlpha(window[base])) {
			continue
		}
		if !isAlnum(window[i]) {
			continue
		}
		var s stamp
		w := p.wall // a copy: looking must not teach the clock what the parse did not
		if !readStamp(line, i, p.nowNano(), &w, &s) || s.t != t {
			continue
		}
		if s.kind == stampClock {
			return false // a time of day alone takes its date from elsewhere, which the parse may know better
		}
		sp.kind, sp.shape = s.kind, shape(sp.shape[:0], line[s.start:s.end])
		j := i
		for j > 0 && i-j < maxSpotPrefix && window[j-1] != ' ' && window[j-1] != '\t' && window[j-1] != ',' && window[j-1] != '{' {
			j--
		}
		if j > 0 && i-j < maxSpotPrefix {
			j-- // the blank or separator that opens the prefix is part of it
		}
		if window[0] == '{' && j > 0 {
			return false // a JSON line's time key that does not open it: an object before it may hold the same key
		}
		if i == base || i == base+1 && isAlpha(window[base]) {
			sp.at = i - base // at the line's start, or after glog's level letter
			sp.prefix = sp.prefix[:0]
		} else {
			sp.prefix = append(sp.prefix[:0], window[max(j, base):i]...)
		}
		return true
	}
	return false
}

// spotOpener reports whether b may open a field a time starts after.
func spotOpener(b byte) bool {
	switch b {
	case ' ', '\t', '[', '(', '<', '"', '\'', '=', ':', ',', '{', '|':
		return true
	}
	return false
}

// switchToSpot reports whether the stream, its place trusted, now reads lines there only. It
// switches at a line with a time at the place, which begins an entry, and only when no
// grouping of the whole parse is under way; the pending entry goes as the whole parse made it.
func (s *Stream) switchToSpot(line []byte, b *Batch) bool {
	if s.lookingAhead() || len(s.orphans) > 0 || s.arr.on || s.table.on || s.list.on || s.csv.sep != 0 || len(s.blockShape) > 0 {
		return false
	}
	w := s.p.wall
	if _, ok := s.spot.read(line, s.p.nowNano(), &w); !ok {
		return false
	}
	s.emit(b)
	s.spot.state = spotOn
	return true
}

// spotLine takes a line of a stream that reads its lines at the place only: a line with a time
// there begins an entry, any other continues the pending one. A line with a time elsewhere is of
// a shape the source's first records did not show (a report's header, another program's line, a
// dump's detail): the stream goes back to the whole parse for the rest of the source, the pending
// entry's lines first, and spotLine reports false.
func (s *Stream) spotLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	now := s.p.nowNano()
	t, ok := s.spot.readNext(line, now, &s.p.wall)
	if !ok && s.timedElsewhere(line, now) {
		s.spot.state = spotOff
		s.replayPending(b)
		return false
	}
	if !ok && s.pending && len(s.raw)+1+len(line) <= s.max {
		s.join(line, truncated)
		return true
	}
	// A line with a time at the place begins an entry; so does one without when joining it would
	// cut it off at the entry's cap (the whole parse had made entries of such lines anyway).
	s.emit(b)
	line, truncated, _ = s.capFirst(line, truncated)
	s.raw = append(s.raw[:0], line...)
	s.rec = Record{Time: t, Format: s.spot.format, Message: Span{0, int32(len(line))}}
	s.offset, s.truncated, s.pending = offset, truncated, true
	return true
}

// priLen is the length of a syslog priority opening line ("<38>"), or 0.
func priLen(line []byte) int {
	if byteAt(line, 0) != '<' {
		return 0
	}
	_, n := syslogPRI(line)
	return n
}

// clockSeconds returns where the colon before the seconds of the first "hh:mm:ss" in text is, or
// -1. The hour has no digit before it and the seconds none after them: "2026:10:00:00" is a year
// and a clock, whose seconds are its last two digits.
func clockSeconds(text []byte) int {
	for k := 5; k+2 < len(text); k++ {
		if text[k] == ':' && text[k-3] == ':' && isDigit(text[k-5]) && isDigit(text[k-4]) && isDigit(text[k-2]) && isDigit(text[k-1]) &&
			isDigit(text[k+1]) && isDigit(text[k+2]) && !isDigitAt(text, k-6) && !isDigitAt(text, k+3) {
			return k
		}
	}
	return -1
}

// timedElsewhere reports whether a line without a time at the place has one the whole parse would
// read: the locator's anywhere in its first bytes, or its format's (a JSON key far into it, glog's
// header). An indented line, a stack trace's, is asked the locator only.
func (s *Stream) timedElsewhere(line []byte, now int64) bool {
	if c := byteAt(line, 0); c == ' ' || c == '\t' {
		w := s.p.wall
		_, timed := locate(line, now, &w)
		return timed
	}
	return len(line) > 0 && s.p.Parse(line).Time != 0
}

// replayPending gives the pending entry's lines to the whole parse again, as they came, a blank
// last line included.
func (s *Stream) replayPending(b *Batch) {
	if !s.pending {
		return
	}
	raw, offset, cut := bytes.Clone(s.raw), s.offset, s.truncated
	s.pending = false
	lines := bytes.Split(raw, []byte{'\n'})
	for i, line := range lines {
		s.Line(line, offset, cut && i == len(lines)-1, b)
		offset += int64(len(line)) + 1
	}
}
