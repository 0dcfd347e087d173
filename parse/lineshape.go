package parse

import (
	"bytes"
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
	levelEnds bool        // a layout's level is its last word, the message after it (see levelEnds)
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

// separators end a shape's words: blanks, brackets and the punctuation between columns. A word
// holds anything else, so a logger's dotted name, a thread's dashes and a host's are one word.
var separators = func() (t [256]bool) {
	for _, c := range []byte(" \t[](){}<>:|,;\"'=") {
		t[c] = true
	}
	return t
}()

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
	if sh.levelEnds && loggerDashAhead(line, i) {
		return fit, false // a logger and its dash where the shape's lines had none: the full parse reads them
	}
	rec.Message = Span{int32(i), int32(len(line))}
	if !fit.timed {
		rec.Time = 0
	}
	return fit, true
}

// levelEnds reports whether a layout's shape ends with its level, and so the message comes right
// after it, where the layout parser looks for a logger and its dash (see loggerDashAhead).
func levelEnds(format Format, segs []segment) bool {
	k := len(segs) - 1
	if k > 0 && segs[k].kind == segText && len(bytes.Trim(segs[k].text, " \t")) == 0 {
		k-- // the blanks after the level; a dash or a bar after it is the full parse's separator, read
	}
	return format == FormatLayout && k >= 0 && segs[k].kind == segLevel
}

// loggerDashAhead reports whether one or two words at line[i:] are followed by " - ", which the
// layout parser reads after a level as a thread's or a logger's and the dash before the message
// ("WARN c.e.App - …", see afterLevel).
func loggerDashAhead(line []byte, i int) bool {
	if bytes.IndexByte(line[i:], '-') < 0 {
		return false
	}
	for k := 0; k < 2; k++ {
		s, e := nextToken(line, i)
		if s == e {
			return false
		}
		if hasPrefixAt(line, e, " - ") {
			return true
		}
		i = e
	}
	return false
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
