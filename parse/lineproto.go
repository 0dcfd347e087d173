package parse

// InfluxDB's line protocol, as Telegraf's file output and InfluxDB's exports write a point:
// "syslog,hostname=nas01,severity=warning facility_code=3i,message=\"…\" 1795938076211402113".
// The measurement and its tags come first (commas between them), then the fields, then the
// point's time as an epoch (nanoseconds unless the writer chose another precision, told apart by
// its digits as every epoch here is). A tag names the point's machine: hostname, which Telegraf's
// syslog input fills from the message's header (or Computer, a Windows event's), over host, the
// machine Telegraf ran on; and a syslog point's severity is its level, as a Windows event's
// LevelText is. A point is read only when the whole line has that shape,
// so a logfmt line that happens to end in a number is not one.

// influxPoint fills rec's time, and its level and host where none was read, from a point of
// line protocol; it reports whether the line is one.
func (p *Parser) influxPoint(line []byte, rec *Record) bool {
	stamp := lastIndexByte(line, ' ')
	if stamp < 0 || len(line)-stamp-1 < 10 || !digitsOnly(line[stamp+1:]) {
		return false
	}
	var tags influxTags
	if !tags.read(line) || !influxFields(line, tags.end+1, stamp) {
		return false
	}
	t, ok := parseEpoch(line[stamp+1:])
	if !ok || !plausible(t, p.nowNano()) {
		return false
	}
	rec.Time = t
	if rec.Level == Unknown {
		rec.Level = tags.level
	}
	host := tags.host
	if tags.hostname.Len() > 0 {
		host = tags.hostname
	}
	if rec.Host.End == 0 && host.Len() > 0 && hostLike(host.Of(line)) {
		rec.Host = host
	}
	return true
}

// influxTags is what the measurement and tags that open a point say, up to the blank at end.
type influxTags struct {
	end            int
	host, hostname Span
	level          Level
}

// read reads the measurement, which starts with a letter, and its tags, each key=value; it
// reports whether the line opens so.
func (t *influxTags) read(line []byte) bool {
	if !isAlpha(byteAt(line, 0)) {
		return false
	}
	t.end = influxEnd(line, 0, len(line), ' ')
	if t.end >= len(line) {
		return false
	}
	for i := influxEnd(line, 0, t.end, ','); i < t.end; {
		k := i + 1
		e := influxEnd(line, k, t.end, ',')
		eq := indexByteFrom(line[:e], '=', k)
		if eq <= k || eq == e-1 {
			return false
		}
		value := Span{int32(eq + 1), int32(e)}
		switch string(line[k:eq]) {
		case "hostname", "Computer": // Computer: the machine that logged a win_eventlog point
			if hasLetterOrDigit(value.Of(line)) {
				t.hostname = value // ("-" names none, and leaves the host to host=)
			}
		case "host":
			t.host = value
		case "severity", "level", "LevelText": // LevelText: win_eventlog's name for its Level digit
			if lvl, ok := ParseLevel(value.Of(line)); ok && t.level == Unknown {
				t.level = lvl
			}
		}
		i = e
	}
	return true
}

// influxFields reports whether line[i:end] is a point's fields: key=value pairs between commas,
// a string value in double quotes (which may hold blanks and commas, a backslash escaping).
func influxFields(line []byte, i, end int) bool {
	for i < end {
		eq := i
		for eq < end && line[eq] != '=' && line[eq] != ',' && line[eq] != ' ' {
			if line[eq] == '\\' {
				eq++
			}
			eq++
		}
		if eq == i || eq >= end || line[eq] != '=' || eq+1 >= end {
			return false
		}
		v := eq + 1
		if line[v] == '"' {
			e, _, ok := stringEnd(line[:end], v)
			if !ok {
				return false
			}
			v = e
		} else {
			for v < end && line[v] != ',' && line[v] != ' ' {
				v++
			}
		}
		switch {
		case v == end:
			return true
		case line[v] != ',':
			return false
		}
		i = v + 1
	}
	return false
}

// influxEnd returns the index of the first unescaped sep (or blank) in line[i:end], or end.
func influxEnd(line []byte, i, end int, sep byte) int {
	for ; i < end; i++ {
		switch line[i] {
		case '\\':
			i++
		case sep, ' ':
			return i
		}
	}
	return end
}
