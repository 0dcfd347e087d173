package parse

import "unicode/utf8"

// Lines of a UTF-16 file, as Windows tools write some of their logs (Defender's MpCmdRun.log,
// PowerShell transcripts, exports from Notepad): a tailer splits them at the '\n' byte, so each
// line holds 16-bit units with a NUL beside every ASCII letter, and every line after the first
// begins with the NUL that completed the '\n' before it. The parser reads such a line decoded; the
// entry keeps its bytes as they are, and its message is the decoded text.

// utf16Probe is how many bytes tell a UTF-16 line: the first units of a log line are ASCII
// (a time, a level), so half of them are NULs at one parity and none at the other.
const utf16Probe = 16

// utf16Parity returns 0 when the line's NULs sit at odd indexes ("A\x00B\x00", little-endian
// from its first byte), 1 when they sit at even ones ("\x00A\x00B": big-endian, or a little-endian
// line after the first), and -1 when the line does not look like UTF-16.
func utf16Parity(line []byte) int {
	b := line
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		b = b[2:] // the byte order mark of the first line
	}
	n := min(len(b), utf16Probe) &^ 1
	if n < 8 {
		return -1
	}
	var nul [2]int
	for i, c := range b[:n] {
		if c == 0 {
			nul[i&1]++
		}
	}
	switch half := n / 2; {
	case nul[1] == half && nul[0] == 0:
		return 0
	case nul[0] == half && nul[1] == 0:
		return 1
	}
	return -1
}

// decodeUTF16 appends the text of a UTF-16 line to dst as UTF-8. parity is utf16Parity's answer;
// bigEndian says how a line whose NULs are at even indexes pairs its bytes (a little-endian line
// after the first has one byte of the '\n' before it to pass over). A carriage return at the end
// is dropped, as Stream drops it from a plain line.
func decodeUTF16(dst, line []byte, parity int, bigEndian bool) []byte {
	i := 0
	if len(line) >= 2 && (line[0] == 0xff && line[1] == 0xfe || line[0] == 0xfe && line[1] == 0xff) {
		i = 2
	}
	if parity == 1 && !bigEndian {
		i++ // the NUL that completed the previous line's '\n'
	}
	for ; i+1 < len(line); i += 2 {
		u := rune(line[i]) | rune(line[i+1])<<8
		if bigEndian {
			u = rune(line[i])<<8 | rune(line[i+1])
		}
		if u >= 0xd800 && u < 0xe000 {
			u = utf8.RuneError // a surrogate half: log text rarely leaves the basic plane
		}
		dst = utf8.AppendRune(dst, u)
	}
	if n := len(dst); n > 0 && dst[n-1] == '\r' {
		dst = dst[:n-1]
	}
	return dst
}

// parseUTF16 parses the decoded text of a UTF-16 line. The record keeps its time, level and
// format; its message is the decoded text (Unescaped), and it has no host, whose span could not
// point into the line's own bytes.
func (p *Parser) parseUTF16(line []byte, parity int) Record {
	if len(line) >= 2 && line[0] == 0xfe && line[1] == 0xff {
		p.bigEndian = true
	} else if len(line) >= 2 && line[0] == 0xff && line[1] == 0xfe {
		p.bigEndian = false
	}
	p.wide = decodeUTF16(p.wide[:0], line, parity, p.bigEndian)
	rec := p.Parse(p.wide)
	p.scratch = append(p.scratch[:0], messageText(p.wide, &rec)...)
	rec.Unescaped = p.scratch
	rec.Host = Span{}
	rec.Message = Span{0, int32(len(line))}
	return rec
}
