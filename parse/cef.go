package parse

import "bytes"

// ArcSight's Common Event Format: "CEF:0|Vendor|Product|Version|SignatureID|Name|Severity|ext",
// the extension key=value pairs whose values hold blanks and end where the next " key=" begins.
// An appliance sends it after a syslog header or a PRI alone, and a SIEM's export stores it bare;
// without a header, the event's time is the extension's rt= (receipt time, epoch milliseconds or
// "MMM dd yyyy HH:mm:ss") and its device the dvchost= (or dvc=) it names. The header's severity
// is the event's importance to a SOC, on a scale of its own, not a level of the log.

// cefExtension fills rec's time, host and level, where the line's other readings found none, from
// the extension of a CEF record that starts the message or the line.
func (p *Parser) cefExtension(line []byte, rec *Record) {
	at := int(rec.Message.Start)
	switch {
	case at >= 5 && hasPrefixAt(line, at-5, "CEF: "):
		at -= 5 // read as a syslog tag, "CEF:" with the blank rsyslog writes after it: "host CEF: 0|Fortinet|…"
	case at >= 4 && hasPrefixAt(line, at-4, "CEF:"):
		at -= 4
	}
	if !hasPrefixAt(line, at, "CEF:") {
		if at = cefAfterPRI(line); at < 0 {
			return
		}
	}
	ext := cefExt(line, at)
	if ext < 0 {
		return
	}
	if rec.Time == 0 {
		for _, key := range [...]string{"rt", "end", "start"} {
			if v := cefValue(line, ext, key); v.End > v.Start {
				if t, ok := parseTimeValue(v.Of(line), &p.wall); ok && plausible(t, p.nowNano()) {
					rec.Time = t
					break
				}
			}
		}
	}
	if rec.Level == Unknown {
		// Fortinet's level among its own keys, the header's severity being a rating of 0 to 10.
		if v := cefValue(line, ext, "FTNTFGTlevel"); v.End > v.Start {
			if lvl, ok := ParseLevel(v.Of(line)); ok {
				rec.Level = lvl
			}
		}
	}
	if rec.Level == Unknown {
		// The device's own line in msg= may carry the level its header's severity does not:
		// ArubaOS's "msg=<522275> <4387> <WARN> |dot1x-proc:2| …".
		if v := cefValue(line, ext, "msg"); v.End > v.Start {
			if lvl, ok := messageLevel(line[:v.End], int(v.Start)); ok {
				rec.Level = lvl
			}
		}
	}
	if rec.Host.End == 0 {
		for _, key := range [...]string{"dvchost", "dvc"} {
			if v := cefValue(line, ext, key); v.End > v.Start && hostLike(v.Of(line)) {
				rec.Host = v
				break
			}
		}
	}
}

// hostBeforeCEF reads the device's name between a line's time and its CEF record: the word at
// line[ms:] when " CEF:" follows it and it names a machine.
func hostBeforeCEF(line []byte, ms int) (Span, bool) {
	if ms <= 0 || ms >= len(line) || !isAlnum(line[ms]) {
		return Span{}, false
	}
	e := bytes.IndexByte(line[ms:min(len(line), ms+maxHostBeforeCEF)], ' ')
	if e < 1 || !hasPrefixAt(line, ms+e+1, "CEF:") || !hostLike(line[ms:ms+e]) {
		return Span{}, false
	}
	return Span{int32(ms), int32(ms + e)}, true
}

// maxHostBeforeCEF bounds the name hostBeforeCEF looks at.
const maxHostBeforeCEF = 64

// cefAfterPRI returns where "CEF:" starts after a line's PRI alone ("<14>CEF:0|…"), or -1.
func cefAfterPRI(line []byte) int {
	if pri, n := syslogPRI(line); pri >= 0 && hasPrefixAt(line, n, "CEF:") {
		return n
	}
	if hasPrefixAt(line, 0, "CEF:") {
		return 0
	}
	return -1
}

// cefExt returns where the extension starts, after the seventh unescaped '|' of the record at
// line[at:], or -1.
func cefExt(line []byte, at int) int {
	bars := 0
	for i := at; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			if bars++; bars == 7 {
				return i + 1
			}
		}
	}
	return -1
}

// cefValue returns the value of key in the extension at line[ext:]: from after "key=" to the
// blank before the next key, or an empty span.
func cefValue(line []byte, ext int, key string) Span {
	for i := ext; i < len(line); {
		k := bytes.Index(line[i:], []byte(key))
		if k < 0 {
			return Span{}
		}
		s := i + k
		if s > ext && line[s-1] != ' ' || byteAt(line, s+len(key)) != '=' {
			i = s + 1 // the end of a longer key ("dvc=" inside "…_dvc="), or a longer key ("dvchost=")
			continue
		}
		v := s + len(key) + 1
		return Span{int32(v), int32(cefValueEnd(line, v))}
	}
	return Span{}
}

// cefValueEnd returns where the value at line[v:] ends: before the blank that precedes the next
// key=, or at the line's end. An escaped '=' ("\=") is part of the value.
func cefValueEnd(line []byte, v int) int {
	for i := v; i < len(line); i++ {
		if line[i] != ' ' {
			continue
		}
		j := i + 1
		for j < len(line) && (isAlnum(line[j]) || line[j] == '_' || line[j] == '.') {
			j++
		}
		if j > i+1 && byteAt(line, j) == '=' {
			return i
		}
	}
	return len(line)
}
