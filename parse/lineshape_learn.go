package parse

import (
	"bytes"
	"slices"
	"strings"
)

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
		timeShape: shape(spelling[:0], line[st.start:st.end]), levelEnds: levelEnds(rec.Format, segs)}
	if _, ok := trial.readsAlike(line, rec, roles, false, w); !ok || !endsTime(segs) && extended(line, st.end, *w) {
		return nil, false // (a time its parser read further: "…Z+00:00")
	}
	sh := &lineShape{format: trial.format, kind: trial.kind, timeLen: trial.timeLen,
		timeShape: bytes.Clone(trial.timeShape), segs: slices.Clone(segs), levelEnds: trial.levelEnds}
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
