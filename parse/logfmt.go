package parse

import "bytes"

// logfmtPair is one key=value pair of a logfmt line; Value excludes the quotes of a quoted value.
type logfmtPair struct {
	Key, Value Span
	Quoted     bool // the value was quoted and may hold escapes
	Escaped    bool
	HasValue   bool
}

// scanLogfmt walks the pairs of a logfmt line, calling fn for each; fn returns false to stop. It
// reports the number of key=value pairs and whether the line is well-formed logfmt: the first token
// is a pair, keys hold no quotes, quoted values are closed and followed by a blank or the end.
func scanLogfmt(line []byte, fn func(p logfmtPair) bool) (pairs int, ok bool) {
	i := 0
	// sep is the byte the pairs are separated by when it is not a blank: a comma (FortiOS's CSV
	// mode, F5's Splunk format) or a bar (Check Point's Splunk format), as the first pair tells;
	// between blanks a comma or a bar belongs to its value ("Tres=cpu=128,mem=500G").
	var sep byte
	for {
		if sep != 0 && sepPair(line, i, sep) {
			i++
		}
		i = skipBlanks(line, i)
		if i >= len(line) {
			// A few pairs between commas are a value's ("mode=strict,retries=3" under an
			// error): a record of them has more.
			return pairs, pairs > 0 && (sep == 0 || pairs >= minCommaPairs)
		}
		ks := i
		for i < len(line) && !keyEnd[line[i]] {
			i++
		}
		if i == ks || (i < len(line) && line[i] == '"') {
			return pairs, false
		}
		p := logfmtPair{Key: Span{int32(ks), int32(i)}}
		if i < len(line) && line[i] == '=' {
			i++
			p.HasValue = true
			if i < len(line) && line[i] == '"' {
				end, esc, closed := stringEnd(line, i)
				if pairs == 0 {
					sep = firstSep(line, end)
				}
				if !closed && pairs >= cutPairs && len(line) >= cutLength {
					// A record of pairs cut inside its last quoted value, as a relay cuts a long
					// syslog message at 1024 bytes: its pairs so far still hold, and the value runs
					// to the line's end.
					p.HasValue, p.Quoted, p.Escaped = true, true, esc
					p.Value = Span{int32(i + 1), int32(len(line))}
					if fn != nil {
						fn(p)
					}
					return pairs + 1, true
				}
				if !closed || (end < len(line) && line[end] != ' ' && line[end] != '\t' && !(sep != 0 && sepPair(line, end, sep))) {
					return pairs, false
				}
				p.Quoted, p.Escaped = true, esc
				p.Value = Span{int32(i + 1), int32(end - 1)}
				i = end
			} else if end, esc, ok := singleQuoted(line, i, sep); ok {
				p.Quoted, p.Escaped = true, esc
				p.Value = Span{int32(i + 1), int32(end - 1)}
				i = end
			} else {
				vs := i
				switch {
				case sep != 0:
					for i < len(line) && !sepPair(line, i, sep) {
						i++ // between separators a value may hold blanks: Mimecast's "Subject=Quarterly report|…"
					}
				case pairs == 0:
					for i < len(line) {
						c := line[i]
						if c == ' ' || c == '\t' || (c == ',' || c == '|') && sepPair(line, i, c) {
							break
						}
						i++
					}
					// Not when the first value holds pairs of its own ("labels=app=web,env=prod"):
					// then the value goes on to the blank.
					if bytes.IndexByte(line[vs:i], '=') < 0 {
						sep = firstSep(line, i)
					}
					for sep == 0 && i < len(line) && line[i] != ' ' && line[i] != '\t' {
						i++
					}
				default:
					for i < len(line) && line[i] != ' ' && line[i] != '\t' {
						i++
					}
				}
				ve := i
				for sep != 0 && ve > vs && (line[ve-1] == ' ' || line[ve-1] == '\t') {
					ve-- // "a=1 , b=2"
				}
				p.Value = Span{int32(vs), int32(ve)}
			}
			pairs++
		} else if pairs == 0 {
			return 0, false
		}
		if fn != nil && !fn(p) {
			return pairs, true
		}
	}
}

// barredKey reports whether the line's first key holds a bar before a brace or another bar: fields
// that bars separate run into it, which no logger's key does (Rundeck's "^time||WARN|{node=web-02|
// …}|…^" is a record's fields between bars, a pair list inside its last one).
func barredKey(line []byte) bool {
	eq := bytes.IndexByte(line, '=')
	if eq < 0 {
		return false
	}
	k := line[:eq]
	b := bytes.IndexByte(k, '|')
	return b >= 0 && (bytes.IndexByte(k[b+1:], '|') >= 0 || bytes.IndexByte(k[b+1:], '{') >= 0)
}

// cutPairs is how many whole pairs a line must hold, and cutLength how long it must be, before a
// quote left open at its end is taken for a relay's cut (at 480 bytes, 1 KiB, 2 KiB) rather than
// for a value that goes on over the next lines ("msg=\"query failed:" above its SQL).
const (
	cutPairs  = 4
	cutLength = 480
)

// singleQuoted reads a value in single quotes at line[i], as structlog's KeyValueRenderer writes
// Python's repr of a string ("event='config loaded'"): the quotes must close before a blank or the
// line's end, else the quote is the value's own first byte ("name='s" stays a word). Pairs inside
// the quotes are read as pairs of the line, as auditd's msg='op=login acct="ops" res=success'
// has always been.
func singleQuoted(line []byte, i int, sep byte) (end int, escaped, ok bool) {
	if sep != 0 || byteAt(line, i) != '\'' {
		return 0, false, false
	}
	end, escaped, ok = quotedEnd(line, i, '\'')
	return end, escaped, ok && (end == len(line) || line[end] == ' ' || line[end] == '\t') && bytes.IndexByte(line[i:end], '=') < 0
}

// keyEnd marks the bytes that end a key: the '=' before its value, a quote, a blank or a control.
var keyEnd = func() (t [256]bool) {
	for c := 0; c <= ' '; c++ {
		t[c] = true
	}
	t['='], t['"'] = true, true
	return t
}()

// firstSep is the separator of a line's pairs when the first pair's value ends at line[i] with a
// comma or a bar before the next pair and no pair follows a blank alone: 0 for blanks.
func firstSep(line []byte, i int) byte {
	if i >= len(line) || line[i] != ',' && line[i] != '|' || line[0] == '|' {
		return 0 // a table's row opens with its bar
	}
	if c := line[i]; sepPair(line, i, c) && separatedBy(line, c) {
		return c
	}
	return 0
}

// separatedBy reports whether no pair of line follows a blank alone, outside quotes: its pairs
// are all separated by sep ("a=1,b=2", "a=1, b=2", "a=1|b=2"), where "tags=a,b,c=d level=info"
// mixes a value's commas with blanks between pairs.
func separatedBy(line []byte, sep byte) bool {
	quoted := false
	for i := 1; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"' && line[i-1] != '\\':
			quoted = !quoted
		case !quoted && (c == ' ' || c == '\t') && line[i-1] != sep && line[i-1] != ' ':
			k := i + 1
			for k < len(line) && (isAlnum(line[k]) || line[k] == '_' || line[k] == '.' || line[k] == '-') {
				k++
			}
			if k > i+1 && byteAt(line, k) == '=' {
				return false
			}
		}
	}
	return true
}

// minCommaPairs is how many pairs separated by commas or bars make a line of pairs.
const minCommaPairs = 4

// sepPair reports whether line[i] is sep between two pairs: a key and its '=' follow it, after a
// blank or none ("…,time=07:41:16", "…, tenantName=Acme", "…|hostname=cp-mgmt01"). A comma
// inside a value ("tags=a,b", "msg=one, two") is none.
func sepPair(line []byte, i int, sep byte) bool {
	if i >= len(line) || line[i] != sep {
		return false
	}
	j := i + 1
	if j < len(line) && line[j] == ' ' {
		j++
	}
	k := j
	for k < len(line) && (isAlnum(line[k]) || line[k] == '_' || line[k] == '.' || line[k] == '-' || line[k] == '@') {
		k++
	}
	return k > j && k < len(line) && line[k] == '=' && isAlpha(line[j])
}

// logfmtMinPairs is how many key=value pairs make a line logfmt: one pair is too easily prose
// ("retrying with timeout=5s").
const logfmtMinPairs = 2

// parseLogfmt parses a logfmt line: level/lvl/severity/loglevel, msg/message, time/ts/t/timestamp
// and host/hostname are recognized; without a message key the whole line is the message.
func (p *Parser) parseLogfmt(line []byte, rec *Record) bool {
	if len(line) == 0 || line[0] == ' ' || line[0] == '\t' {
		return false
	}
	*rec = Record{Format: FormatLogfmt, Message: Span{0, int32(len(line))}}
	var have [5]bool
	var msgRank int // the rank of the message's key: msg= beats structlog's event=
	var split splitTime
	audit := hasPrefixAt(line, 0, "type=") || hasPrefixAt(line, 0, "node=")
	welf := hasPrefixAt(line, 0, "id=firewall ") // behind no PRI, another id= names a job or a device (see welfRecord)
	// A key matched only in another case than its own names its role in a record with a time:
	// "ISODATE=… HOST=web-07 PRIORITY=info" does, an environment's "HOSTNAME=… LOGLEVEL=debug"
	// does not. Those pairs wait for the line's time in p.folded, each role's best that says
	// something, and are visited again once the line is read (replay).
	p.foldedSet = 0
	replay := false
	hostKey := false // the host came from host= (see requestHost)
	visit := func(kv logfmtPair) bool {
		if !kv.HasValue {
			return true
		}
		if n := kv.Key.Len(); n == 4 || n == 2 || n == 8 { // date, time, tz, timezone: see splitTime.note
			split.note(kv.Key.Of(line), kv.Value.Of(line))
		}
		role, rank := logfmtKeyRole(kv.Key.Of(line)) // pairKeyRole, with logfmtKeyRole inlined: the keys of every line
		if role == roleNone && capitalFirst(kv.Key.Of(line)) {
			if role, rank = foldedKeyRole(kv.Key.Of(line)); !replay && role != roleNone && role != roleTime {
				p.foldPair(kv, kv.Value.Of(line), role, rank)
				return true
			}
		}
		if audit {
			role = auditKeyRole(kv.Key.Of(line), role)
		} else if welf {
			role = welfKeyRole(kv.Key.Of(line), role)
		}
		if role == roleNone || have[role] && (role != roleMessage || rank >= msgRank) {
			return true
		}
		val := kv.Value.Of(line)
		switch role {
		case roleLevel:
			if k := kv.Key.Of(line); have[roleMessage] && (bytes.EqualFold(k, []byte("log_level")) || bytes.EqualFold(k, []byte("levelname"))) {
				return true // after the message, a program's setting it reports ("msg=\"config loaded\" log_level=debug")
			}
			rec.Level, have[role] = ParseLevel(val)
			if lvl, ok := welfSeverity(val); welf && ok {
				rec.Level, have[role] = lvl, true
			}
		case roleMessage:
			if rank > 0 && bytes.IndexByte(val, ' ') < 0 {
				return true // structlog's event is a sentence; "event=backup" names a kind of event
			}
			rec.Message, rec.Unescaped, have[role], msgRank = kv.Value, nil, true, rank
			if kv.Escaped {
				p.scratch = unescape(p.scratch[:0], val)
				rec.Unescaped = p.scratch
			}
		case roleTime:
			if t, ok := parseTimeValue(val, &p.wall); ok {
				rec.Time, have[role] = t, true
				split.whole = val
			}
		case roleHost:
			if notMachine(val) {
				return true // a peer's "host=stock:9000", a bind's "host=0.0.0.0": no machine's name
			}
			if !welf || string(kv.Key.Of(line)) != "fw" || welfHost(val) {
				rec.Host, have[role], hostKey = kv.Value, true, string(kv.Key.Of(line)) == "host"
			}
		}
		return true
	}
	pairs, ok := scanLogfmt(line, visit)
	if p.foldedSet != 0 && have[roleTime] {
		replay = true
		for role := range p.folded {
			if p.foldedSet&(1<<role) != 0 {
				visit(p.folded[role].kv)
			}
		}
	}
	if hostKey {
		if h, ok := requestHost(line); ok {
			rec.Host = h // a request's record: host= is the Host it asked for (Tyk's access log), no machine
		}
	}
	if !have[roleLevel] && have[roleMessage] && !p.inner {
		// A collector's pairs around a program's line, Vector's console logfmt of a file source:
		// "file=… host=web-01 message=\"2026-11-29 07:41:16,902 WARN  [pool-2] c.e.Cart - …\"".
		rec.Level = p.nestedLevel(messageText(line, rec), false)
	}
	if !have[roleTime] && ok {
		if t, found := p.spacedTime(line); found {
			rec.Time, have[roleTime] = t, true // a date alone, its clock and zone after a blank
		}
	}
	if !have[roleTime] && split.date != nil {
		rec.Time, _ = split.join(&p.wall)
	} else if have[roleTime] && split.tz != nil && welf {
		// A firewall's record names its own zone (Stormshield's "time=\"2026-11-29 08:41:16\" …
		// tz=+0100"); an application's tz= is more often its user's or a schedule's.
		if t, ok := split.zoned(&p.wall); ok {
			rec.Time = t
		}
	}
	return ok && pairs >= logfmtMinPairs && !barredKey(line)
}

// spacedTime reads a line's time pair whose date its clock and zone follow after blanks (see
// spacedValue). It walks the pairs again, for a line whose walk found no time.
func (p *Parser) spacedTime(line []byte) (t int64, found bool) {
	scanLogfmt(line, func(kv logfmtPair) bool {
		if kv.Value.Len() != len("2026-11-29") || kv.Quoted {
			return true
		}
		if role, _ := pairKeyRole(kv.Key.Of(line)); role == roleTime {
			t, found = parseTimeValue(spacedValue(line, kv), &p.wall)
		}
		return !found
	})
	return t, found
}

// scanLogfmtFields walks a line's pairs as fields, each with its value: a spaced date's whole,
// the clock and zone after it no keys of their own (see spacedValue).
func scanLogfmtFields(line []byte, fn func(kv logfmtPair, v []byte) bool) {
	spent := 0
	scanLogfmt(line, func(kv logfmtPair) bool {
		if int(kv.Key.Start) < spent {
			return true
		}
		v := spacedValue(line, kv)
		spent = int(kv.Value.Start) + len(v)
		return fn(kv, v)
	})
}

// spacedValue is a pair's value, a spaced date, clock and zone whole (see spacedDateEnd).
func spacedValue(line []byte, kv logfmtPair) []byte {
	if kv.Quoted || kv.Value.Len() != len("2026-11-29") {
		return kv.Value.Of(line)
	}
	return line[kv.Value.Start:spacedDateEnd(line, int(kv.Value.Start), int(kv.Value.End))]
}

// spacedDateEnd extends an unquoted date at line[vs:ve] to the clock and the zone that blanks set
// apart from it, as Ruby's Time#to_s writes a time into key=value pairs: "time=2026-11-29
// 08:41:16 +0100 request_id=…" is one value. It returns where the value ends.
func spacedDateEnd(line []byte, vs, ve int) int {
	if line[vs+4] != '-' || line[vs+7] != '-' || byteAt(line, ve) != ' ' {
		return ve
	}
	cs, ce := nextToken(line, ve)
	if ce-cs < 8 || line[cs+2] != ':' || line[cs+5] != ':' || !isDigit(line[cs]) || bytes.IndexByte(line[cs:ce], '=') >= 0 {
		return ve
	}
	if zs, ze := nextToken(line, ce); spacedZone(line[zs:ze]) {
		return ze
	}
	return ce
}

// spacedZone reports whether w is a zone after a clock: an offset ("+0100", "-05:00", "+01") or an
// abbreviation in capitals ("UTC", "CET", "EST").
func spacedZone(w []byte) bool {
	if len(w) >= 3 && (w[0] == '+' || w[0] == '-') {
		for _, c := range w[1:] {
			if !isDigit(c) && c != ':' {
				return false
			}
		}
		return true
	}
	return len(w) >= 1 && len(w) <= 5 && (len(w) < 3 || isUpperWord(w)) && w[0] >= 'A' && w[0] <= 'Z' && (len(w) > 1 || w[0] == 'Z')
}

// splitTime is a time written as separate date=, time= and tz= pairs, as FortiOS writes it:
// "date=2026-11-29 time=08:41:16 … tz=\"+0100\"". Without tz the time is a wall-clock time.
type splitTime struct{ date, clock, tz, whole []byte }

// note keeps the value of a pair that holds a part of a split time.
func (st *splitTime) note(key, val []byte) {
	switch string(key) {
	case "date":
		st.date = val
	case "time":
		st.clock = val
	case "tz", "timezone": // Sophos Cyberoam's timezone="IST"
		st.tz = val
	}
}

// join reads the parts as one time; it fails unless the date holds a year and the clock a time of
// day, each whole.
func (st *splitTime) join(w *wallClock) (int64, bool) {
	var buf [64]byte
	if len(st.clock) == 0 || len(st.date)+len(st.clock)+len(st.tz)+2 > len(buf) || len(st.date) < 8 || !isDigit(st.clock[0]) {
		return 0, false
	}
	b := append(buf[:0], st.date...)
	b = append(b, ' ')
	b = append(b, st.clock...)
	bare := len(b)
	if t, ok := wholeDateTime(appendZone(b, st.tz), w); ok || len(st.tz) == 0 {
		return t, ok
	}
	return wholeDateTime(b[:bare], w) // a zone not read (a region's name) leaves a wall-clock time
}

// zoned reads a whole date and time without a zone of its own, written in one pair, in the zone
// of the tz= pair: Stormshield's "time=\"2026-11-29 08:41:16\" … tz=+0100". A time that names
// its zone, or a zone not read, is left as the pair gave it.
func (st *splitTime) zoned(w *wallClock) (int64, bool) {
	var buf [64]byte
	if len(st.whole)+len(st.tz)+1 > len(buf) {
		return 0, false
	}
	return wholeDateTime(appendZone(append(buf[:0], st.whole...), st.tz), w)
}

// appendZone appends the zone of a tz= pair to a date and time, as the locator reads zones: an
// offset, an abbreviation, FortiWeb's "(GMT+5:30)Chennai,Kolkata" as "+05:30".
func appendZone(b, tz []byte) []byte {
	if len(tz) > 1 && tz[0] == '(' {
		if k := bytes.IndexByte(tz, ')'); k > 0 {
			tz = tz[1:k] // FortiWeb's "(GMT+5:30)Chennai,Kolkata": the offset in parentheses
		}
	}
	var off [6]byte
	if len(tz) > 4 && (hasPrefixAt(tz, 0, "GMT") || hasPrefixAt(tz, 0, "UTC")) && (tz[3] == '+' || tz[3] == '-') {
		tz = paddedOffset(off[:0], tz[3:]) // "GMT+5:30" as "+05:30"
	}
	if len(tz) > 0 {
		b = append(b, ' ')
		b = append(b, tz...)
	}
	return b
}

// wholeDateTime reads b as a date with its year and a clock, all of b.
func wholeDateTime(b []byte, w *wallClock) (int64, bool) {
	var d dateTime
	if !readDateTime(b, 0, maxPlausible, w, &d) || d.end != len(b) || d.year == 0 {
		return 0, false
	}
	return d.t, true
}

// paddedOffset writes an offset of an unpadded hour, "+5:30" or "-4", as "+05:30" or "-04", into
// dst, or returns o as it is when it is none.
func paddedOffset(dst, o []byte) []byte {
	h, k := 0, 1
	for k < len(o) && k < 3 && isDigit(o[k]) {
		h, k = h*10+int(o[k]-'0'), k+1
	}
	if k == 1 || h > 14 {
		return o
	}
	dst = append(dst, o[0], byte('0'+h/10), byte('0'+h%10))
	if k == len(o) {
		return dst
	}
	if o[k] != ':' || len(o) != k+3 || !isDigit(o[k+1]) || !isDigit(o[k+2]) {
		return o
	}
	return append(dst, o[k:]...)
}

// auditKeyRole adjusts a key's role in a Linux audit record: the host is the node= that auditd's
// name_format puts first, and hostname= inside a record names the remote peer.
func auditKeyRole(key []byte, role jsonRole) jsonRole {
	switch {
	case string(key) == "node":
		return roleHost
	case role == roleHost:
		return roleNone
	}
	return role
}

// welfKeyRole adjusts a key's role in the WebTrends Enhanced Log Format that firewalls write
// (SonicWall, Juniper SRX, Stormshield: "id=firewall time=\"…\" fw=srx01 pri=6 …"): fw= names the
// firewall that wrote the record, and pri= is a syslog severity digit.
func welfKeyRole(key []byte, role jsonRole) jsonRole {
	if string(key) == "fw" {
		return roleHost
	}
	return role
}

// pairKeyRole is the role of a key in a line of pairs. A key that opens with a capital is
// matched whatever its case: syslog-ng's macros are capitals ("ISODATE=… HOST=web-07
// PRIORITY=info"), Windows' exports capitalize ("Level=Information").
func pairKeyRole(key []byte) (jsonRole, int) {
	role, rank := logfmtKeyRole(key)
	if role == roleNone && capitalFirst(key) {
		return foldedKeyRole(key)
	}
	return role, rank
}

func capitalFirst(key []byte) bool { return len(key) > 0 && key[0] >= 'A' && key[0] <= 'Z' }

// foldedKeyRole is logfmtKeyRole for a key in lower case.
func foldedKeyRole(key []byte) (jsonRole, int) {
	if len(key) > maxFoldedKey {
		return roleNone, 0
	}
	var folded [maxFoldedKey]byte
	for i, c := range key {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		folded[i] = c
	}
	return logfmtKeyRole(folded[:len(key)])
}

// foldPair keeps kv, whose key names role only in another case than its own, when it is the best
// of its role so far and says something in it (a level word, a machine's name).
func (p *Parser) foldPair(kv logfmtPair, val []byte, role jsonRole, rank int) {
	if role == roleLevel {
		if _, ok := ParseLevel(val); !ok {
			return
		}
	}
	if role == roleHost && notMachine(val) {
		return
	}
	if p.foldedSet&(1<<role) == 0 || rank < p.folded[role].rank {
		p.folded[role] = foldedPair{kv, rank}
		p.foldedSet |= 1 << role
	}
}

// requestHost is a request's record's host when its host= is the Host the request asked for: the
// line's method (method=GET) and its path or status say it is a request's; its machine is then
// named by hostname= or no key at all. ok is false for any other line. Only a line with host= is
// looked at again, off the path of every other.
func requestHost(line []byte) (host Span, ok bool) {
	method, target := false, false
	scanLogfmt(line, func(kv logfmtPair) bool {
		switch key, val := kv.Key.Of(line), kv.Value.Of(line); string(key) {
		case "method":
			method = methodName(val)
		case "path", "uri", "url", "status":
			target = true
		case "hostname":
			if !notMachine(val) {
				host = kv.Value
			}
		}
		return true
	})
	return host, method && target
}

// foldedPair is a pair whose key names its role only in another case than its own (see
// parseLogfmt).
type foldedPair struct {
	kv   logfmtPair
	rank int
}

// maxFoldedKey is the longest key matched whatever its case: longer than every key of a role.
const maxFoldedKey = 16

// logfmtKeyRole is the role of a key as written, in the lower case of most lines of pairs.
func logfmtKeyRole(key []byte) (jsonRole, int) {
	switch string(key) {
	case "level", "lvl", "severity", "loglevel", "log.level", "pri", "prio", "priority", // FortiMail's pri=information; a number there is a queue's or a ticket's
		"_level",                 // Couchbase's query log, beside VictoriaLogs' _time and _msg
		"log_level", "levelname": // the JSON keys of the same name, before the message as Singer's taps and Python's formatters write them
		return roleLevel, 0
	case "l", // mox's short key, "l=info m=\"…\" pkg=queue"
		"sev": // slog's level key renamed by a ReplaceAttr, as its package's example does
		// after any other level key, and a level's name only
		return roleLevel, 1
	case "msg", "message", "_msg":
		return roleMessage, 0
	case "event": // structlog's message key, when no other key is one
		return roleMessage, 1
	case "time", "ts", "t", "timestamp", "@timestamp", "_time",
		"isodate": // syslog-ng's ISODATE macro
		return roleTime, 0
	case "host", "hostname", "devname": // FortiOS names the device that logged in devname
		return roleHost, 0
	}
	return roleNone, 0
}
