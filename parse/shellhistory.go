package parse

// Shell histories kept as files, read to learn what was typed during an incident: zsh's with
// EXTENDED_HISTORY (": 1795938076:0;cd /srv", the command's start in epoch seconds and its
// duration, a command over lines continued with a backslash) and fish's (a "- cmd: …" line with
// its start on an indented "  when: 1795938200" under it). A command's text is what the user
// typed, whatever dates or words it holds: no record's time or level.

// zshHistory reads a line of zsh's extended history: its time, and where the command starts.
func zshHistory(line []byte, now int64) (t int64, cmd int, ok bool) {
	if !hasPrefixAt(line, 0, ": ") {
		return 0, 0, false
	}
	e := digitsEnd(line, 2)
	d := digitsEnd(line, e+1)
	if e-2 < 9 || byteAt(line, e) != ':' || d == e+1 || byteAt(line, d) != ';' {
		return 0, 0, false
	}
	if t, ok = parseEpoch(line[2:e]); !ok || !plausible(t, now) {
		return 0, 0, false
	}
	return t, d + 1, true
}

// shellHistory parses a command's line of a shell's history file.
func (p *Parser) shellHistory(line []byte) (Record, bool) {
	if line[0] == '-' {
		if !hasPrefixAt(line, 0, "- cmd: ") {
			return Record{}, false
		}
		return Record{Format: FormatText, Message: Span{int32(len("- cmd: ")), int32(len(line))}}, true
	}
	t, cmd, ok := zshHistory(line, p.nowNano())
	if !ok {
		return Record{}, false
	}
	return Record{Format: FormatText, Time: t, Message: Span{int32(cmd), int32(len(line))}}, true
}

// fishWhen reads the time a fish history entry's "  when: 1795938200" line gives it.
func fishWhen(line []byte, now int64) (int64, bool) {
	if !hasPrefixAt(line, 0, "  when: ") {
		return 0, false
	}
	t, ok := parseEpoch(line[len("  when: "):])
	return t, ok && plausible(t, now)
}

// continuedCommand reports whether raw, a pending record, is a zsh history entry whose last line
// ends with a backslash: the command goes on on the next line.
func continuedCommand(raw []byte, now int64) bool {
	if n := len(raw); n == 0 || raw[n-1] != '\\' || raw[0] != ':' {
		return false
	}
	_, _, ok := zshHistory(raw[:firstLineEnd(raw)], now)
	return ok
}
