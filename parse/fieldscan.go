package parse

import (
	"bytes"
	"strings"
	"unsafe"
)

// fieldScan is what a text format's scanner found in an entry's first line, kept so that writing
// the entry's fields (appendFields) need not scan the line again: headless JSON Lines write every
// entry's fields, and scanning access, layout and syslog lines a second time for them was a tenth
// of the whole run. The parser keeps its last scan when its stream is asked to
// (StreamOptions.Fields); the stream hands it to the batch beside the entry it began, and the
// batch to the Entry it fills (Batch.PeekInto).
type fieldScan struct {
	format  Format // FormatText: nothing kept
	at, end int32  // where the scanned text is in the entry's raw text
	pri     int32
	spans   [10]Span // per format, at the indexes below
}

// The spans of each format, by index.
const (
	// access
	scanVhost = iota
	scanAddr
	scanUser
	scanMethod
	scanPath
	scanProto
	scanStatus
	scanBytes
	scanReferer
	scanAgent
)

const (
	// layout
	scanLogger = iota
	scanThread
	scanPid
	scanSource
	scanPairs
)

const (
	// RFC 3164 and RFC 5424
	scanBSDTag = 0 // RFC 3164's tag
	scanBSDPid = 1 // RFC 3164's pid
	scanApp    = 0 // RFC 5424's header fields and structured data
	scanProcID = 1
	scanMsgID  = 2
	scanSD     = 3
)

// keepScan notes the scan of text as the parser's last; its callers run it only when the
// parser's stream asked for scans.
func (p *Parser) keepScan(text []byte, sc fieldScan) {
	p.scan, p.scanText = sc, text
}

func (p *Parser) keepAccess(text []byte, a *accessLine) {
	if p.scans {
		p.keepScan(text, fieldScan{format: FormatAccess, spans: a.spans()})
	}
}

// spans are an access line's fields at fieldScan's indexes.
func (a *accessLine) spans() [10]Span {
	return [10]Span{a.vhost, a.addr, a.user, a.method, a.path, a.proto, a.status, a.bytes, a.referer, a.agent}
}

// The fields' own scan is a pure function of the line (see nowForFields): it reads a time with a
// fixed clock and no zone database, where the parser reads it with the source's clock and zone. A
// header read alike both ways is one whose time is digits alone, or a syslog date and clock,
// with no year or zone word that one reading may take and the other leave for the host's place;
// the scan of any other is not kept, and its fields are scanned again as before.

func (p *Parser) keepLayout(text []byte, lx *layoutLine) {
	// A source whose parenthesized letters are no levels reads its lines otherwise than the
	// fields' scan, which has no memory of the source: its lines are scanned again too.
	if p.scans && !p.mem.parensOff && lx.timeEnd > 0 && numericTime(text[:lx.timeEnd]) {
		p.keepScan(text, fieldScan{format: FormatLayout, spans: [10]Span{lx.logger, lx.thread, lx.pid, lx.source, lx.pairs}})
	}
}

func (p *Parser) keep3164(text []byte, h *bsdHeader) {
	if p.scans && plainBSDTime(text, h) {
		p.keepScan(text, fieldScan{format: FormatRFC3164, pri: int32(h.pri), spans: [10]Span{h.tag, h.pid}})
	}
}

// numericTime reports whether an opening time is written in digits and separators alone, in
// brackets or not: ISO's T and Z are its only letters.
func numericTime(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) && strings.IndexByte("-:.,/+ []TZ", c) < 0 {
			return false
		}
	}
	return true
}

// plainBSDTime reports whether a syslog header's time, between its PRI and its host (or its tag
// when it names no host), is a date and a clock ("Nov 29 07:41:16") or one ISO word, with no
// year or zone beside it.
func plainBSDTime(line []byte, h *bsdHeader) bool {
	start := 0
	if h.pri >= 0 {
		start = bytes.IndexByte(line, '>') + 1
	}
	end := h.msg
	if h.host.End > 0 {
		end = int(h.host.Start)
	} else if h.tag.End > 0 {
		end = int(h.tag.Start)
	}
	if start <= 0 && h.pri >= 0 || end <= start || end > len(line) {
		return false
	}
	if h.host.End > 0 && digitsOnly(h.host.Of(line)) {
		return false // a year the clock made implausible, which the fields' clock takes for one
	}
	var words [4][]byte
	n := 0
	for i := start; n < len(words); n++ {
		s, e := nextToken(line[:end], i)
		if s == e {
			break
		}
		words[n], i = line[s:e], e
	}
	switch n {
	case 1: // rsyslog's RFC 3339 time
		w := words[0]
		return len(w) >= 19 && isDigit(w[0]) && w[4] == '-' && w[10] == 'T' && numericTime(w)
	case 3: // "Nov 29 07:41:16"
		day, clock := words[1], words[2]
		return len(words[0]) == 3 && isAlpha(words[0][0]) && len(day) <= 2 && digitsOnly(day) &&
			len(clock) >= 8 && clock[2] == ':' && clock[5] == ':' && numericTime(clock)
	}
	return false
}

func (p *Parser) keep5424(text []byte, h *ietfHeader) {
	if p.scans {
		p.keepScan(text, fieldScan{format: FormatRFC5424, pri: int32(h.pri), spans: [10]Span{h.app, h.procid, h.msgid, h.sd}})
	}
}

// scanOf returns the parser's last scan when it was of line or a part of it and found format f,
// placed in line; else none. A scan of other memory (a line without its colour codes, an earlier
// line) is no scan of this one.
func (p *Parser) scanOf(line []byte, f Format) fieldScan {
	sc := p.scan
	p.scan.format = FormatText
	at, ok := offsetIn(line, p.scanText)
	if sc.format != f || f == FormatText || !ok {
		return fieldScan{}
	}
	sc.at, sc.end = int32(at), int32(at+len(p.scanText))
	return sc
}

// offsetIn returns where inner starts in outer, when it is a part of it.
func offsetIn(outer, inner []byte) (int, bool) {
	if len(inner) == 0 || len(outer) == 0 {
		return 0, false
	}
	at := uintptr(unsafe.Pointer(unsafe.SliceData(inner))) - uintptr(unsafe.Pointer(unsafe.SliceData(outer)))
	if at > uintptr(len(outer)) || int(at)+len(inner) > len(outer) {
		return 0, false
	}
	return int(at), true
}

// fits reports whether sc was made of line, a part of the entry's raw text, as appendFields
// reads it for format f.
func (sc *fieldScan) fits(f Format, raw, line []byte) bool {
	if sc == nil || sc.format != f {
		return false
	}
	at, ok := offsetIn(raw, line)
	return ok && int(sc.at) == at && int(sc.end) == at+len(line)
}

// scanned writes the fields of line from the scan made of it, as appendLineFields does after
// scanning.
func (fw *fieldWriter) scanned(line []byte, sc *fieldScan) {
	s := &sc.spans
	switch sc.format {
	case FormatAccess:
		fw.accessSpans(line, s)
	case FormatLayout:
		fw.layoutSpans(line, s[scanLogger], s[scanThread], s[scanPid], s[scanSource], s[scanPairs])
	case FormatRFC3164:
		fw.bsdSpans(line, int(sc.pri), s[scanBSDTag], s[scanBSDPid])
	case FormatRFC5424:
		fw.ietfSpans(line, int(sc.pri), s[scanApp], s[scanProcID], s[scanMsgID], s[scanSD])
	}
}
