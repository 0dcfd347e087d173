package parse

// Journal entries arrive as the one-object-per-line JSON that `journalctl -o json` writes. Every
// value is a string, except that a value journald could not print as UTF-8 text is an array of
// byte values, and a field that occurs several times in one entry is an array of such values.
// The raw line is kept as the entry's text in FormatJSON, so Fields lists every journal field.

// JournalRecord is what ParseJournal finds in one journal entry.
type JournalRecord struct {
	Record
	Source []byte // SYSLOG_IDENTIFIER, else _SYSTEMD_UNIT, else _COMM; nil when none is present
	Cursor []byte // __CURSOR, which restarts journalctl just after this entry
}

// Journal decodes journal entries. Its scratch buffers make steady-state parsing allocation-free;
// what a JournalRecord points to is valid until the next call.
type Journal struct {
	msg, src, cursor []byte
	srcRank          int  // rank of the key src came from: lower wins
	decoded          bool // the message is in msg, not a span of the line
}

// Parse decodes one line of `journalctl -o json`. It maps MESSAGE onto the message (decoded from
// escapes or from an array of bytes), PRIORITY 0–7 onto the level, __REALTIME_TIMESTAMP (µs) onto
// the time and _HOSTNAME onto the host. ok is false when line is not a JSON object; the fields
// read before a syntax error (a line cut at the entry cap) are kept.
func (j *Journal) Parse(line []byte) (rec JournalRecord, ok bool) {
	j.msg, j.src, j.cursor, j.srcRank, j.decoded = j.msg[:0], j.src[:0], j.cursor[:0], 99, false
	rec.Format = FormatJSON
	rec.Message = Span{0, int32(len(line))}
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		rec.Format = FormatText
		return rec, false
	}
	i = skipWS(line, i+1)
	for i < len(line) && line[i] == '"' {
		kend, _, kok := stringEnd(line, i)
		if !kok {
			break
		}
		key := line[i+1 : kend-1]
		i = skipWS(line, kend)
		if i >= len(line) || line[i] != ':' {
			break
		}
		i = skipWS(line, i+1)
		vend, vok := journalValueEnd(line, i)
		if !vok {
			break
		}
		j.field(&rec, string(key), line, i, vend)
		i = skipWS(line, vend)
		if i < len(line) && line[i] == ',' {
			i = skipWS(line, i+1)
		}
	}
	if j.decoded {
		// An empty decoded message must not fall back to the whole line.
		rec.Message, rec.Unescaped = Span{}, nil
		if len(j.msg) > 0 {
			rec.Unescaped = j.msg
		}
	}
	if len(j.src) > 0 {
		rec.Source = j.src
	}
	if len(j.cursor) > 0 {
		rec.Cursor = j.cursor
	}
	return rec, true
}

// field applies one key whose value is line[i:end]; other keys stay in the raw line as fields.
func (j *Journal) field(rec *JournalRecord, key string, line []byte, i, end int) {
	switch key {
	case "MESSAGE":
		if !j.decoded && rec.Message.End-rec.Message.Start == int32(len(line)) {
			j.message(rec, line, i, end)
		}
	case "PRIORITY":
		if v, ok := plainString(line, i, end); ok && len(v) == 1 && v[0] >= '0' && v[0] <= '7' {
			rec.Level = LevelFromSyslog(int(v[0] - '0'))
		}
	case "__REALTIME_TIMESTAMP":
		if v, ok := plainString(line, i, end); ok {
			if us, ok := atoiBytes(v); ok {
				rec.Time = us * 1000
			}
		}
	case "_HOSTNAME":
		if _, ok := plainString(line, i, end); ok {
			rec.Host = Span{int32(i + 1), int32(end - 1)}
		}
	case "__CURSOR":
		if line[i] == '"' {
			j.cursor = unescape(j.cursor[:0], line[i+1:end-1])
		}
	case "SYSLOG_IDENTIFIER":
		j.source(0, line, i, end)
	case "_SYSTEMD_UNIT":
		j.source(1, line, i, end)
	case "_COMM":
		j.source(2, line, i, end)
	}
}

// source keeps the value as the entry's source name when no better-ranked key gave one.
func (j *Journal) source(rank int, line []byte, i, end int) {
	if rank >= j.srcRank {
		return
	}
	n := len(j.src)
	j.src = j.text(j.src, line, i, end)
	if len(j.src) > n {
		j.src, j.srcRank = append(j.src[:0], j.src[n:]...), rank
	} else {
		j.src = j.src[:n]
	}
}

// message takes MESSAGE: a plain string stays a span of the line; an escaped string or an array
// of bytes is decoded into the scratch buffer.
func (j *Journal) message(rec *JournalRecord, line []byte, i, end int) {
	if _, ok := plainString(line, i, end); ok {
		rec.Message = Span{int32(i + 1), int32(end - 1)}
		return
	}
	if line[i] == '"' || line[i] == '[' {
		j.msg, j.decoded = j.text(j.msg[:0], line, i, end), true
	}
}

// text decodes a value into dst: a string, an array of byte values, or (a repeated field) the
// first element of an array of those.
func (j *Journal) text(dst []byte, line []byte, i, end int) []byte {
	if line[i] == '"' {
		return unescape(dst, line[i+1:end-1])
	}
	if line[i] != '[' {
		return dst
	}
	k := skipWS(line, i+1)
	if k < end && (line[k] == '"' || line[k] == '[') {
		e, ok := journalValueEnd(line, k)
		if !ok {
			return dst
		}
		return j.text(dst, line, k, e)
	}
	for k < end {
		n := 0
		digits := 0
		for k < end && line[k] >= '0' && line[k] <= '9' {
			n = n*10 + int(line[k]-'0')
			k++
			digits++
			if n > 255 {
				return dst
			}
		}
		if digits > 0 {
			dst = append(dst, byte(n))
		}
		k = skipWS(line, k)
		if k < end && line[k] == ',' {
			k = skipWS(line, k+1)
			continue
		}
		break
	}
	return dst
}

// plainString returns the body of the string value line[i:end] when it has no escapes.
func plainString(line []byte, i, end int) ([]byte, bool) {
	if line[i] != '"' {
		return nil, false
	}
	v := line[i+1 : end-1]
	for _, c := range v {
		if c == '\\' {
			return nil, false
		}
	}
	return v, true
}

// journalValueEnd returns the end of the value at line[i]: a string, an array (nested arrays and
// strings in it are skipped whole), or a scalar such as null or a number.
func journalValueEnd(line []byte, i int) (int, bool) {
	if i >= len(line) {
		return 0, false
	}
	if line[i] != '[' {
		return scalarEnd(line, i)
	}
	depth := 0
	for k := i; k < len(line); k++ {
		switch line[k] {
		case '"':
			e, _, ok := stringEnd(line, k)
			if !ok {
				return 0, false
			}
			k = e - 1
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return k + 1, true
			}
		}
	}
	return 0, false
}

// atoiBytes parses a non-negative decimal integer.
func atoiBytes(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}
