package parse

import "bytes"

// GlassFish's Uniform Log Format (server.log of GlassFish 3 and 4, and of Payara with its ULF
// formatter): a record is fenced by "[#|" and "|#]", its fields split by bars:
//
//	[#|2026-11-29T08:12:03.441+0100|WARNING|glassfish 4.1|com.example.Pool|_ThreadID=31;_ThreadName=pool-2;|pool size=0|#]
//
// the time, java.util.logging's level, the product, the logger, name-value pairs and the message,
// which may run over lines up to the closing fence. The message is free text: pairs in it are
// the text's, not fields of a logfmt line.

const ulfOpen = "[#|"

// parseULF reads a record's first line in the Uniform Log Format into rec; it fails unless the
// line is one.
func (p *Parser) parseULF(line []byte, rec *Record) bool {
	if !hasPrefixAt(line, 0, ulfOpen) {
		return false
	}
	var bars [5]int // where the bars that end the fields before the message are
	at := len(ulfOpen) - 1
	for k := range bars {
		i := indexByteFrom(line, '|', at+1)
		if i < 0 {
			return false
		}
		bars[k], at = i, i
	}
	t, n, ok := parseISO(line[len(ulfOpen):bars[0]], &p.wall)
	if !ok || len(ulfOpen)+n != bars[0] {
		return false
	}
	end := len(line)
	if k := bytes.LastIndex(line, []byte("|#]")); k > bars[4] {
		end = k
	}
	*rec = Record{Time: t, Format: FormatStamped, Message: Span{int32(bars[4] + 1), int32(end)}}
	rec.Level, _ = ParseLevel(line[bars[0]+1 : bars[1]])
	p.mem.lastToken = 0
	return true
}

// ulfClosed reports whether line ends a record's text with the closing fence.
func ulfClosed(line []byte) bool {
	return bytes.HasSuffix(bytes.TrimRight(line, " \t\r"), []byte("|#]"))
}
