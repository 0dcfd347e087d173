package parse

import "bytes"

// The nginx/apache common and combined log formats:
//
//	remote_addr ident user [16/Feb/2026:14:30:01 +0000] "GET /path HTTP/1.1" status bytes "referer" "agent" ...
//
// An optional virtual host may come first (apache's vhost_combined), and anything after the agent
// (request time, upstream fields) is kept in raw. The message is "METHOD PATH STATUS", written to
// the parser's scratch buffer: the status is what a reader scans for, and the protocol and the
// rest of the line stay in the raw text and in the fields.

// accessLine holds the spans of one access log line, for the parser and for Fields.
type accessLine struct {
	vhost, addr, user   Span
	method, path, proto Span
	request             Span // the request line without its quotes
	status, bytes       Span
	referer, agent      Span
	time                int64
	statusCode          int
}

// scanAccess parses an access log line. It fails fast on the first token when the line is not one.
func scanAccess(line []byte) (accessLine, bool) {
	var a accessLine
	i, ok := accessPrefix(line, &a)
	if !ok {
		return a, false
	}
	t, tn, ok := parseCLF(line[i+1:])
	if !ok || i+1+tn >= len(line) || line[i+1+tn] != ']' {
		return a, false
	}
	a.time = t
	i += tn + 2
	if !hasPrefixAt(line, i, ` "`) {
		return a, false
	}
	end, ok := accessQuoted(line, i+1)
	if !ok {
		return a, false
	}
	a.request = Span{int32(i + 2), int32(end - 1)}
	splitRequest(line, &a)
	i = end
	if i+4 > len(line) || line[i] != ' ' {
		return a, false
	}
	code, ok := digits(line, i+1, 3)
	if !ok || (i+4 < len(line) && line[i+4] != ' ') {
		return a, false
	}
	a.status, a.statusCode = Span{int32(i + 1), int32(i + 4)}, code
	i += 4
	if i < len(line) {
		s, e := nextToken(line, i)
		a.bytes = Span{int32(s), int32(e)}
		a.referer, i = optQuoted(line, e)
		a.agent, _ = optQuoted(line, i)
	}
	return a, true
}

// accessPrefix reads the three (or, with a virtual host, four) words before the '[' of the time and
// returns the index of the '['.
func accessPrefix(line []byte, a *accessLine) (int, bool) {
	var tok [4]Span
	i, n := 0, 0
	for n < 4 {
		if i >= len(line) || line[i] == ' ' {
			return 0, false
		}
		if line[i] == '[' {
			break
		}
		s := i
		for i < len(line) && line[i] != ' ' && line[i] != '[' && line[i] != '"' {
			i++
		}
		if i >= len(line) || line[i] != ' ' {
			return 0, false
		}
		tok[n] = Span{int32(s), int32(i)}
		n++
		i++
	}
	if n < 3 || i >= len(line) || line[i] != '[' || !addrLike(tok[n-3].Of(line)) {
		return 0, false
	}
	if n == 4 {
		a.vhost = tok[0]
	}
	a.addr, a.user = tok[n-3], tok[n-1]
	return i, true
}

// addrLike accepts what a remote address or host name looks like, so that prose is rejected early.
func addrLike(w []byte) bool {
	if len(w) == 0 || len(w) > 255 {
		return false
	}
	return hostLike(w)
}

// accessQuoted returns the end of the quoted field at line[i] == '"'. Apache escapes a quote in it
// as \" and nginx as \x22, so a backslash escapes the next byte.
func accessQuoted(line []byte, i int) (int, bool) {
	end, _, ok := stringEnd(line, i)
	return end, ok
}

// optQuoted reads ` "..."` at line[i:] and returns the span inside the quotes.
func optQuoted(line []byte, i int) (Span, int) {
	if !hasPrefixAt(line, i, ` "`) {
		return Span{}, i
	}
	end, ok := accessQuoted(line, i+1)
	if !ok {
		return Span{}, i
	}
	return Span{int32(i + 2), int32(end - 1)}, end
}

// splitRequest splits "GET /path HTTP/1.1" into its three words when it has that shape.
func splitRequest(line []byte, a *accessLine) {
	r := a.request.Of(line)
	base := a.request.Start
	s1 := indexByteFrom(r, ' ', 0)
	if s1 <= 0 {
		return
	}
	s2 := lastIndexByte(r, ' ')
	if s2 <= s1 {
		a.method = Span{base, base + int32(s1)}
		a.path = Span{base + int32(s1) + 1, base + int32(len(r))}
		return
	}
	a.method = Span{base, base + int32(s1)}
	a.path = Span{base + int32(s1) + 1, base + int32(s2)}
	a.proto = Span{base + int32(s2) + 1, base + int32(len(r))}
}

func indexByteFrom(b []byte, c byte, i int) int {
	for ; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func (p *Parser) parseAccess(line []byte, rec *Record) bool {
	a, ok := scanAccess(line)
	if !ok {
		return false
	}
	// A virtual host (vhost_combined's "%v:%p") is the site the request asked for, not the machine
	// that served it: it stays a field, as a JSON request's Host header does.
	*rec = Record{Time: a.time, Format: FormatAccess, Level: Info}
	switch {
	case a.statusCode >= 500:
		rec.Level = Error
	case a.statusCode >= 400:
		rec.Level = Warn
	}
	m := p.scratch[:0]
	if a.method.Len() > 0 {
		m = append(m, a.method.Of(line)...)
		m = append(m, ' ')
		m = append(m, a.path.Of(line)...)
	} else {
		m = append(m, a.request.Of(line)...)
	}
	m = append(m, ' ')
	m = append(m, a.status.Of(line)...)
	p.scratch = m
	rec.Unescaped = m
	rec.Message = a.request
	p.keepAccess(line, &a)
	return true
}

// serverBeforeClient reads the name of the server that opens an access line, before the client's
// address and port and the bracketed time, as HAProxy's log-format writes it with %H first ("lb03
// 203.0.113.45:51234 [29/Nov/2026:07:41:16.204] fe_https~ …"). The line must quote an HTTP
// request, and the name is a machine's short one: a dotted name there is the site asked for as
// often (a virtual host), and a name after a time may be a request's id or an upstream's.
func serverBeforeClient(line []byte) Span {
	_, e := nextToken(line, 0)
	if e < 2 || !isAlpha(line[0]) {
		return Span{}
	}
	w := line[:e]
	as, ae := nextToken(line, e)
	client := line[as:ae] // an IPv4 address and its port
	if as != e+1 || !withPort(client) || !ipv4(client[:bytes.IndexByte(client, ':')]) || byteAt(line, ae+1) != '[' {
		return Span{}
	}
	if !hostName(w) || bytes.IndexAny(w, ":/.") >= 0 || bytes.Index(line[ae:min(len(line), ae+256)], []byte(" HTTP/")) < 0 {
		return Span{}
	}
	return Span{0, int32(e)}
}
