package parse

import (
	"bytes"
	"slices"
	"strings"
)

// A line shape is a learned layout: the words a source's lines open with, and which of them are
// the time, the level and the host, learned from a line the full parse read. Later lines of the
// same shape are read by position, word by word, without asking the rules one after another; a
// line that does not fit (another program's, a word more) takes the full parse as before.
//
// A shape is used only after it has read shapeTrials lines exactly as the full parse did, and
// every recheckEvery-th line it reads is read by the full parse too: a shape that ever disagrees
// is dropped, and a source whose shapes keep disagreeing learns no more. So a shape gives the
// record the full parse would give, but on a line unlike the lines checked beside it.
//
// The time is not read again on each line: the lines of one minute share every byte of their
// time but the seconds and their fraction (lastStamp), so the full parse reads the first line of
// each minute, and the others are computed from it.
type lineShape struct {
	format    Format
	segs      []segment
	kind      stampKind // the time's spelling
	timeShape []byte    // its shape (see shape)
	timeLen   int
	ends      bool        // the text after the time is none that its reading would take (see endsTime)
	last      lastStamp   // the minute of the time the full parse read last
	words     []levelWord // the level words the full parse read as the shape did, at its level's place
	hosts     []string    // the hosts it read at the host's place
	spot      int         // the stamped memory's level place when the shape was made
	lastToken int         // the stamped memory the full parse leaves (see layoutMemory.lastToken)
	lastAfter bool
	trials    int // lines read alike by the shape and the full parse; used from shapeTrials on
	timed     int // lines checked in the minute the shape knew, and in another (see check)
	untimed   int
	reads     int // lines read since the last check
	lastUsed  int // the parser's line count when the shape last fit
}

// levelWord is a level as a source spells it: "WARN", "warning", "W".
type levelWord struct {
	text  string
	level Level
}

// maxLevelWords bounds a shape's level words: nine levels, in one spelling or two.
const maxLevelWords = 16

type segKind uint8

const (
	segText  segKind = iota // bytes every line repeats (separators, brackets); a run of blanks matches any
	segWord                 // a word of any letters, up to the next separator
	segLevel                // a word that is the level, in the same case
	segHost                 // a word that is the host
	segTime                 // the time
	segPRI                  // a syslog PRI's number
	segTag                  // a syslog tag: the program's name
	segPid                  // the program's pid
)

// shapeRoles are the words a format's parser names, beside the time and the host, that a shape
// reads: a layout's level, found as the word that spells it, or a syslog header's PRI, tag and
// pid, at the spans its parser read them.
type shapeRoles struct {
	level         bool
	pri, tag, pid Span
}

type segment struct {
	kind segKind
	text []byte // segText: the bytes
}

const (
	maxShapes    = 4  // shapes kept per source
	shapeTrials  = 8  // lines a shape reads alike with the full parse before it is used
	recheckEvery = 64 // a used shape's every this many lines is read by the full parse too
	shapeStrikes = 4  // shapes dropped for a disagreement before a source learns no more
	maxHeader    = 160
	maxSegments  = 32 // words and separators in a shape's header
	freeTries    = 32 // lines that may teach a shape, then one in this many
	minuteMisses = 32 // lines in a new minute a shape may read before it must have read more in a known one
)

// separators end a shape's words: blanks, brackets and the punctuation between columns. A word
// holds anything else, so a logger's dotted name, a thread's dashes and a host's are one word.
var separators = func() (t [256]bool) {
	for _, c := range []byte(" \t[](){}<>:|,;\"'=") {
		t[c] = true
	}
	return t
}()

// shapes are a parser's learned shapes.
type lineShapes struct {
	list    [maxShapes]*lineShape
	learned sourceFacts // what the full parse had learned of the source when the shapes were made
	lines   int         // lines parsed, for lastUsed
	strikes int
	tries   int // lines a shape was made from, or tried
	wasted  int // shapes made and then found to read their own line otherwise
	used    int // lines a trusted shape read alone
}

// sourceFacts are what the full parse learns of a source as it reads, and reads later lines by:
// the level's place, whether letters in parentheses are levels, the time's place and spelling,
// whether the lines name a host, the order of its dates. A shape reads as the full parse did
// with the facts it was checked under; when the facts change, the shapes are dropped.
type sourceFacts struct {
	spot, token    int
	closer, opener byte
	kind           stampKind
	confident      bool
	named          bool
	parensOff      bool
	hosted         bool
	slashes        slashOrder
	shortYY        shortOrder
}

func factsOf(mem *layoutMemory, w *wallClock) sourceFacts {
	return sourceFacts{spot: mem.spot, token: mem.token, closer: mem.closer, opener: mem.opener, kind: mem.kind,
		confident: mem.agreed >= confident, named: mem.named, parensOff: mem.parensOff,
		hosted: mem.hostTries < hostlessAfter || mem.hostHits > 0, slashes: w.slashes, shortYY: w.shortYY}
}

// keepFacts drops the shapes when the full parse has learned something new of the source since
// they were made, and notes the facts new shapes are made under.
func (ss *lineShapes) keepFacts(facts sourceFacts) {
	if facts == ss.learned {
		return
	}
	ss.learned = facts
	ss.list = [maxShapes]*lineShape{}
}

// mayLearn reports whether a line that fit no shape may teach one: any of a source's first lines,
// then one in freeTries, so that a source whose lines have no shape (a mix of programs) spends
// little on trying.
func (ss *lineShapes) mayLearn() bool {
	ss.tries++
	return ss.strikes < shapeStrikes && (ss.tries <= freeTries && ss.wasted < shapeStrikes || ss.tries%freeTries == 0)
}

// shapeRead is what reading a line by the shapes gave.
type shapeRead struct {
	sh *lineShape
	shapeFit
	used bool // the shape is trusted, knew all it read, and no check is due: its record stands
}

// shapeFit is how a line fits a shape.
type shapeFit struct {
	at    int  // where the line's time is
	timed bool // the line's minute is the shape's: its time was read too
	known bool // its level and host words are ones the shape has read before, and no other word is a level's
	level Span // its level word
	host  Span // its host
	pri   int  // its syslog PRI, or -1
	tag   Span // its syslog tag and pid
	pid   Span
}

// header is a syslog header as the shape read it.
func (fit *shapeFit) header(rec *Record) bsdHeader {
	return bsdHeader{pri: fit.pri, host: rec.Host, tag: fit.tag, pid: fit.pid, msg: int(rec.Message.Start)}
}

// reads reports whether the shape read a syslog header as its parser did.
func (fit *shapeFit) reads(h *bsdHeader) bool {
	return fit.pri == h.pri && fit.tag == h.tag && fit.pid == h.pid && h.tagLevel == Unknown && !h.hasFacility
}

// read reads line by the first shape of format that fits it into rec.
func (ss *lineShapes) read(line []byte, format Format, rec *Record, w *wallClock) shapeRead {
	ss.lines++
	for _, sh := range ss.list {
		if sh == nil || sh.format != format {
			continue
		}
		fit, ok := sh.read(line, rec, w)
		if !ok {
			continue
		}
		sh.lastUsed = ss.lines
		used := fit.timed && fit.known && sh.trials >= shapeTrials
		if used {
			ss.used++
			sh.reads++
			if sh.reads >= recheckEvery {
				sh.reads, used = 0, false
			}
		}
		return shapeRead{sh: sh, shapeFit: fit, used: used}
	}
	return shapeRead{}
}

// check compares a line's full parse with what its shape read, drops a shape that read it
// otherwise, and keeps what was new to the shape: the minute of the line's time, its level word.
func (ss *lineShapes) check(r shapeRead, line []byte, full, guess *Record, roles bool, mem *layoutMemory, now int64, w *wallClock) {
	sh := r.sh
	agree := full != nil && roles && sameRecord(full, guess, r.timed) && full.Time != 0 &&
		(sh.format != FormatStamped || mem.lastToken == sh.lastToken && mem.lastAfter == sh.lastAfter)
	if !agree {
		ss.drop(sh)
		return
	}
	if !r.timed {
		st := stamp{t: full.Time, start: r.at, end: r.at + sh.timeLen, kind: sh.kind}
		sh.last.remember(line, &st, now, *w)
	}
	if !r.known {
		sh.learnWord(r.level.Of(line), full.Level)
		sh.learnHost(r.host.Of(line))
	}
	if r.timed {
		sh.timed++
	} else if sh.untimed++; sh.untimed > minuteMisses && sh.untimed > sh.timed {
		ss.drop(sh) // its lines are rarely in one minute (a sparse log, clocks interleaved): no gain
		return
	}
	sh.trials = min(sh.trials+1, shapeTrials)
}

// readByShape keeps the stamped memory's counts moving as the full parse would have on a line a
// shape read: one more line agreeing on the level's place, one more searched for a host.
func (mem *layoutMemory) readByShape(sh *lineShape, hosted bool) {
	mem.lastToken, mem.lastAfter = sh.lastToken, sh.lastAfter
	if mem.spot == sh.spot {
		mem.agreed = min(mem.agreed+1, 1<<20)
	}
	if mem.hostTries < hostlessAfter || mem.hostHits > 0 {
		mem.hostTries = min(mem.hostTries+1, hostlessAfter)
		if hosted {
			mem.hostHits++
		}
	}
}

// learnWord adds a level word the full parse read as the shape did.
func (sh *lineShape) learnWord(word []byte, lvl Level) {
	if _, known := sh.levelOf(word); !known && len(sh.words) < maxLevelWords {
		sh.words = append(sh.words, levelWord{string(word), lvl})
	}
}

// learnHost adds a host the full parse read as the shape did.
func (sh *lineShape) learnHost(word []byte) {
	if len(word) > 0 && !sh.knowsHost(word) && len(sh.hosts) < maxLevelWords {
		sh.hosts = append(sh.hosts, string(word))
	}
}

// knowsHost reports whether the shape has read word at its host's place.
func (sh *lineShape) knowsHost(word []byte) bool {
	for _, h := range sh.hosts {
		if h == string(word) {
			return true
		}
	}
	return false
}

// levelOf returns the level of a word the shape has read at its level's place.
func (sh *lineShape) levelOf(word []byte) (Level, bool) {
	for _, lw := range sh.words {
		if lw.text == string(word) {
			return lw.level, true
		}
	}
	return Unknown, false
}

func (ss *lineShapes) drop(sh *lineShape) {
	for i, s := range ss.list {
		if s == sh {
			ss.list[i] = nil
		}
	}
	ss.strikes++
}

// learn makes a shape of a line the full parse read, when the record is one a shape can give.
func (ss *lineShapes) learn(line []byte, rec *Record, st stamp, roles shapeRoles, mem *layoutMemory, now int64, w *wallClock) {
	sh, ok := newShape(line, rec, st, roles, now, w)
	if !ok {
		if sh != nil {
			ss.wasted++
		}
		return
	}
	if ss.list == [maxShapes]*lineShape{} {
		ss.learned = factsOf(mem, w) // the facts the shapes are checked under from now on
	}
	sh.lastToken, sh.lastAfter, sh.spot = mem.lastToken, mem.lastAfter, mem.spot
	sh.lastUsed = ss.lines
	slot := 0
	for i, s := range ss.list {
		if s == nil {
			slot = i
			break
		}
		if s.lastUsed < ss.list[slot].lastUsed {
			slot = i
		}
	}
	ss.list[slot] = sh
}

// learnable reports whether a record is one a shape may give: a time, the message to the end of
// the line as written, read by the parser of the source's format; a layout's level; a syslog
// header's host and tag, with no level of its own (a facility, a level as the tag), whose level
// the syslog parser reads after it.
func learnable(line []byte, rec *Record, format Format, h *bsdHeader) bool {
	if rec.Format != format || rec.Time == 0 || rec.Unescaped != nil || rec.Whole || int(rec.Message.End) != len(line) ||
		rec.Message.Start == 0 || rec.Message.Start > maxHeader || int(rec.Message.Start) == len(line) {
		return false
	}
	switch format {
	case FormatLayout, FormatStamped:
		return rec.Level != Unknown
	case FormatRFC3164:
		return rec.Level == Unknown && h.host.End > 0 && h.tag.End > 0 && h.tagLevel == Unknown && !h.hasFacility
	}
	return false
}

// newShape makes the shape of line's header, whose time st is.
func newShape(line []byte, rec *Record, st stamp, roles shapeRoles, now int64, w *wallClock) (*lineShape, bool) {
	head := int(rec.Message.Start)
	if st.t != rec.Time || st.end > head || st.start >= st.end || st.kind != stampDate {
		return nil, false // (a time of day alone takes its date from a reference it may cross mid-minute)
	}
	// Built on the stack, with its text aliasing line: most lines tried teach nothing, and cost
	// no allocation.
	var buf [maxSegments]segment
	segs := buf[:0]
	level, host, named := false, rec.Host.End == 0, 0
	for i := 0; i < head; {
		if len(segs) == maxSegments {
			return nil, false
		}
		switch {
		case i == st.start:
			segs = append(segs, segment{kind: segTime})
			i = st.end
		case separators[line[i]]:
			j := i
			for j < head && j != st.start && separators[line[j]] {
				j++
			}
			segs, i = appendText(segs, line[i:j]), j
		default:
			j := wordEnd(line, i)
			if j > head || i < st.start && j > st.start {
				return nil, false // the message or the time starts inside the word
			}
			word, span := line[i:j], Span{int32(i), int32(j)}
			switch lvl, ok := ParseLevel(word); {
			case roles.level && ok && lvl == rec.Level && !level:
				segs, level = append(segs, segment{kind: segLevel}), true
			case span == rec.Host:
				segs, host = append(segs, segment{kind: segHost}), true
			case span == roles.pri:
				segs, named = append(segs, segment{kind: segPRI}), named+1
			case span == roles.tag:
				segs, named = append(segs, segment{kind: segTag}), named+1
			case span == roles.pid:
				segs, named = append(segs, segment{kind: segPid}), named+1
			case punctuation(word) || byteAt(line, j) == '=':
				// A dash or a star between columns, a key before its value: the same on every line.
				segs = appendText(segs, word)
			default:
				segs = append(segs, segment{kind: segWord})
			}
			i = j
		}
	}
	if level != roles.level || !host || named != roles.named() {
		return nil, false
	}
	// The shape must read its own line as the full parse did: its words first, on the stack, and
	// then, kept, its time.
	var spelling [64]byte
	trial := lineShape{format: rec.Format, kind: st.kind, timeLen: st.end - st.start, segs: segs,
		timeShape: shape(spelling[:0], line[st.start:st.end])}
	if _, ok := trial.readsAlike(line, rec, roles, false, w); !ok || !endsTime(segs) && extended(line, st.end, *w) {
		return nil, false // (a time its parser read further: "…Z+00:00")
	}
	sh := &lineShape{format: trial.format, kind: trial.kind, timeLen: trial.timeLen,
		timeShape: bytes.Clone(trial.timeShape), segs: slices.Clone(segs)}
	for k := range sh.segs {
		sh.segs[k].text = bytes.Clone(sh.segs[k].text)
	}
	sh.ends = endsTime(segs)
	sh.last.remember(line, &st, now, *w)
	fit, ok := sh.readsAlike(line, rec, roles, true, w)
	if !ok {
		return sh, false // made in vain: see lineShapes.wasted
	}
	if roles.level {
		sh.learnWord(fit.level.Of(line), rec.Level)
	}
	sh.learnHost(fit.host.Of(line))
	return sh, true
}

// readsAlike reports whether the shape reads line as its parser read rec and the words roles
// names, with its time when timed.
func (sh *lineShape) readsAlike(line []byte, rec *Record, roles shapeRoles, timed bool, w *wallClock) (shapeFit, bool) {
	var again Record
	fit, ok := sh.read(line, &again, w)
	return fit, ok && fit.timed == timed && sameRecord(rec, &again, timed) && fit.pri >= 0 == (roles.pri.End > 0) &&
		fit.tag == roles.tag && fit.pid == roles.pid
}

// named counts the spans roles names.
func (roles shapeRoles) named() int {
	n := 0
	for _, sp := range [...]Span{roles.pri, roles.tag, roles.pid} {
		if sp.End > 0 {
			n++
		}
	}
	return n
}

// sameRecord reports whether a shape's record of a line is the full parse's; timed says whether
// the shape read the time.
func sameRecord(full, shaped *Record, timed bool) bool {
	return full.Level == shaped.Level && full.Format == shaped.Format && full.Host == shaped.Host &&
		full.Message == shaped.Message && full.Unescaped == nil && !full.Whole &&
		(!timed || full.Time == shaped.Time)
}

// endsTime reports whether what a shape has after its time ends it: no zone, year, AM or PM,
// fraction or offset could start there, so the time's reading need not look (see extended). A
// level word after a blank is none; nor is a bracket, a bar or a quote, nor a dash or a plus
// that no digit follows.
func endsTime(segs []segment) bool {
	k := slices.IndexFunc(segs, func(s segment) bool { return s.kind == segTime })
	if k+1 >= len(segs) || segs[k+1].kind != segText {
		return false
	}
	text := segs[k+1].text
	rest := bytes.TrimLeft(text, " \t")
	switch {
	case len(rest) == len(text):
		return strings.IndexByte("])>|\"'", text[0]) >= 0
	case len(rest) == 0:
		return k+2 < len(segs) && segs[k+2].kind == segLevel
	case rest[0] == '-' || rest[0] == '+':
		return len(rest) > 1 && !isDigit(rest[1])
	}
	return strings.IndexByte("[]|\"'<", rest[0]) >= 0
}

// priNumber reads a PRI's number, 0 to 191, or returns -1.
func priNumber(word []byte) int {
	n := 0
	for _, c := range word {
		if !isDigit(c) || len(word) > 3 {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	if n > 191 || len(word) > 1 && word[0] == '0' {
		return -1
	}
	return n
}

// mayBeLevel reports whether a word is a level's (see ParseLevel), looking at its first byte and
// length before the word itself: a thread's or a logger's name seldom begins as a level does.
func mayBeLevel(word []byte) bool {
	if len(word) > 13 || !isAlpha(word[0]) && word[0] != '!' {
		return false
	}
	_, ok := ParseLevel(word)
	return ok
}

// wordEnd returns where the word at line[i:] ends: at the next separator, or the line's end.
func wordEnd(line []byte, i int) int {
	for ; i+4 <= len(line); i += 4 { // four at a time: a logger's name is long
		if separators[line[i]] || separators[line[i+1]] || separators[line[i+2]] || separators[line[i+3]] {
			break
		}
	}
	for ; i < len(line); i++ {
		if separators[line[i]] {
			return i
		}
	}
	return i
}

// appendText appends text that follows the header's last segment, joining it to that one's text.
func appendText(segs []segment, text []byte) []segment {
	if n := len(segs); n > 0 && segs[n-1].kind == segText {
		last := segs[n-1].text
		segs[n-1].text = last[:len(last)+len(text)] // text follows last in the line
		return segs
	}
	return append(segs, segment{kind: segText, text: text})
}

// punctuation reports whether a word has no letter or digit.
func punctuation(w []byte) bool {
	for _, c := range w {
		if isAlnum(c) || c >= 0x80 {
			return false
		}
	}
	return true
}

// read reads line by the shape into rec. A line that fits is one whose separators are the
// shape's, whose time is spelled as its, and whose level's place holds a level word.
func (sh *lineShape) read(line []byte, rec *Record, w *wallClock) (fit shapeFit, ok bool) {
	*rec = Record{Format: sh.format}
	fit.known, fit.pri = true, -1
	i := 0
	for k := range sh.segs {
		seg := &sh.segs[k]
		switch seg.kind {
		case segText:
			if i = matchText(line, i, seg.text); i < 0 {
				return fit, false
			}
		case segTime:
			var spelled bool
			if fit.timed, spelled = sh.readTime(line, i, rec, w); !spelled {
				return fit, false
			}
			fit.at, i = i, i+sh.timeLen
		default:
			j := wordEnd(line, i)
			if j == i {
				return fit, false
			}
			word := line[i:j]
			if seg.kind == segLevel {
				lvl, known := sh.levelOf(word)
				if !known {
					if lvl, ok = ParseLevel(word); !ok {
						return fit, false
					}
					fit.known = false // the full parse reads it, and teaches the word
				}
				rec.Level, fit.level = lvl, Span{int32(i), int32(j)}
			} else if seg.kind <= segHost && mayBeLevel(word) {
				// A level's word where the source writes none: the full parse says. (A syslog
				// tag's word is the program's, which its parser reads after the header.)
				fit.known = false
			}
			switch span := (Span{int32(i), int32(j)}); seg.kind {
			case segHost:
				rec.Host, fit.host = span, span
				if !sh.knowsHost(word) {
					fit.known = false // a host the shape has not read there: the full parse says
				}
			case segTag:
				fit.tag = span
				if _, ok := componentLevel(word); ok {
					fit.known = false // a level the tag writes ("LNetError:"): the syslog parser's
				}
			case segPid:
				fit.pid = span
			case segPRI:
				if fit.pri = priNumber(word); fit.pri < 0 {
					return fit, false
				}
			}
			i = j
		}
	}
	if c := byteAt(line, i); c == ' ' || c == '\t' || strings.IndexByte("-|:~>*", c) >= 0 && byteAt(line, i+1) == ' ' {
		// Blanks the shape's text did not end with, which the full parse trims; a separator
		// that its lines did not have ("INFO  - [main] …"), which it may take for the header's.
		return fit, false
	}
	rec.Message = Span{int32(i), int32(len(line))}
	if !fit.timed {
		rec.Time = 0
	}
	return fit, true
}

// readTime reads the time at line[i:] when it is in the minute the full parse read last, and
// reports whether it is spelled as the shape's is.
func (sh *lineShape) readTime(line []byte, i int, rec *Record, w *wallClock) (timed, ok bool) {
	if t, end, ok := sh.last.read(line, i); ok && (sh.ends || !extended(line, end, *w)) {
		rec.Time = t
		return true, true
	}
	end := i + sh.timeLen
	return false, end <= len(line) && !isDigitAt(line, end) && sameShape(line[i:end], sh.timeShape)
}

// matchText matches text at line[i:], a run of blanks in text matching any run of blanks, and
// returns where the match ends, or -1.
func matchText(line []byte, i int, text []byte) int {
	for k := 0; k < len(text); {
		c := text[k]
		if c != ' ' && c != '\t' {
			if i >= len(line) || line[i] != c {
				return -1
			}
			i, k = i+1, k+1
			continue
		}
		if i >= len(line) || (line[i] != ' ' && line[i] != '\t') {
			return -1
		}
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
	}
	return i
}
