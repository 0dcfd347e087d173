package parse

import (
	"bytes"
	"strconv"
)

// Fields returns every parsed field of an entry, parsed again from the first line of its raw text
// in the given format. Unlike the parsers it allocates; it is meant for the detail view, export and
// field queries, not for ingestion. Per format:
//
//   - JSON: every key, nested objects flattened with dots ({"a":{"b":1}} gives a.b=1), arrays kept as
//     compact JSON text, strings decoded, numbers, booleans and null as written.
//   - logfmt: every pair in order, quoted values decoded; a bare key has an empty value.
//   - RFC 3164: facility and severity (when a PRI is present), tag and pid.
//   - RFC 5424: facility, severity, app, procid, msgid, and each structured data parameter as
//     sdid.key.
//   - access: remote_addr, user, method, path, protocol, status, bytes, referer, agent (and vhost).
//   - layout: logger, thread, pid and source where the layout has them.
//   - text: none.
//
// A field whose value is absent ("-" in access logs and syslog) is left out.
func Fields(f Format, raw []byte) []Field {
	line := fieldsLine(raw)
	var out []Field
	switch f {
	case FormatJSON:
		out = jsonFields(jsonFieldsText(raw, line))
	case FormatLogfmt:
		scanLogfmtFields(line, func(kv logfmtPair, v []byte) bool {
			if kv.Escaped {
				v = unescape(nil, v)
			}
			out = append(out, Field{string(kv.Key.Of(line)), string(v)})
			return true
		})
	case FormatRFC3164:
		var rec Record
		var h bsdHeader
		if scan3164Header(line, nowForFields(), nil, &rec, &h) {
			out = priFields(out, h.pri)
			out = addSpan(out, "tag", line, h.tag)
			out = addSpan(out, "pid", line, h.pid)
		}
	case FormatRFC5424:
		out = rfc5424Fields(line)
	case FormatAccess:
		out = accessFields(line)
	case FormatLayout:
		var rec Record
		var lx layoutLine
		if scanLayout(line, nowForFields(), nil, &rec, &lx) {
			out = addSpan(out, "logger", line, lx.logger)
			out = addSpan(out, "thread", line, lx.thread)
			out = addSpan(out, "pid", line, lx.pid)
			out = addSpan(out, "source", line, lx.source)
			eachPair(lx.pairs.Of(line), func(k, v []byte) {
				if !headerField(k, lx.logger, lx.thread, lx.pid, lx.source) {
					out = append(out, Field{string(k), string(v)})
				}
			})
		}
	}
	return out
}

// nowForFields is a fixed instant: Fields does not report times, so the year guess of a syslog or
// klog time does not matter there, and Fields stays a pure function of its input. It lies far
// ahead (2100-01-01) so that every written time is plausible, as it was when the line was parsed:
// a header read with a year ("Nov 29 2026 07:41:16") must give its tag here too.
func nowForFields() int64 { return 4102444800 * nsPerSec }

// eachPair calls fn with the key and value of each of the context pairs b holds, between blanks
// or commas ("user=app,db=shop,app=psql,client=10.0.0.5"). Only a name's pair with a bare value
// counts: a pair without a value, a bracket's ("[id=31]") or a quoted value cut at a blank is left
// in the line.
func eachPair(b []byte, fn func(k, v []byte)) {
	for len(b) > 0 {
		e := bytes.IndexAny(b, " ,")
		if e < 0 {
			e = len(b)
		}
		if k := bytes.IndexByte(b[:e], '='); k > 0 && k+1 < e && pairName(b[:k]) && bytes.IndexAny(b[k+1:e], "\"'[]{}()") < 0 {
			fn(b[:k], b[k+1:e])
		}
		b = b[min(e+1, len(b)):]
	}
}

// headerField reports whether a context pair is named as a field the layout's header gave
// already: the header's own logger, thread, pid or source wins, and the pair stays in the line.
func headerField(k []byte, logger, thread, pid, source Span) bool {
	switch string(k) {
	case "logger":
		return logger.End > logger.Start
	case "thread":
		return thread.End > thread.Start
	case "pid":
		return pid.End > pid.Start
	case "source":
		return source.End > source.Start
	}
	return false
}

// pairName reports whether k names a context pair: a letter, then letters, digits, '_', '.', '-'.
func pairName(k []byte) bool {
	if !isAlpha(k[0]) {
		return false
	}
	for _, c := range k {
		if !isAlnum(c) && c != '_' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

func addSpan(out []Field, key string, line []byte, s Span) []Field {
	v := s.Of(line)
	if len(v) == 0 || (len(v) == 1 && v[0] == '-') {
		return out
	}
	return append(out, Field{key, string(v)})
}

var facilityNames = [...]string{"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
	"uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron",
	"local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"}

func priFields(out []Field, pri int) []Field {
	if pri < 0 {
		return out
	}
	fac := "facility" + strconv.Itoa(pri>>3)
	if pri>>3 < len(facilityNames) {
		fac = facilityNames[pri>>3]
	}
	return append(out, Field{"facility", fac}, Field{"severity", LevelFromSyslog(pri & 7).String()})
}

func rfc5424Fields(line []byte) []Field {
	var rec Record
	var h ietfHeader
	if !scan5424(line, &rec, &h) {
		return nil
	}
	out := priFields(nil, h.pri)
	out = addSpan(out, "app", line, h.app)
	out = addSpan(out, "procid", line, h.procid)
	out = addSpan(out, "msgid", line, h.msgid)
	sd := h.sd.Of(line)
	for i := 0; i < len(sd) && sd[i] == '['; {
		// [id k="v" k2="v2"]
		j := i + 1
		for j < len(sd) && sd[j] != ' ' && sd[j] != ']' {
			j++
		}
		id := string(sd[i+1 : j])
		for j < len(sd) && sd[j] == ' ' {
			k := j + 1
			for k < len(sd) && sd[k] != '=' && sd[k] != ']' {
				k++
			}
			if k+1 >= len(sd) || sd[k] != '=' || sd[k+1] != '"' {
				return out
			}
			end, esc, closed := stringEnd(sd, k+1)
			if !closed {
				return out
			}
			v := sd[k+2 : end-1]
			if esc {
				v = sdUnescape(v)
			}
			out = append(out, Field{id + "." + string(sd[j+1:k]), string(v)})
			j = end
		}
		if j >= len(sd) || sd[j] != ']' {
			return out
		}
		i = j + 1
	}
	return out
}

// sdUnescape decodes the three escapes RFC 5424 allows in a parameter value: \" \\ \].
func sdUnescape(v []byte) []byte {
	out := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) && (v[i+1] == '"' || v[i+1] == '\\' || v[i+1] == ']') {
			i++
		}
		out = append(out, v[i])
	}
	return out
}

func accessFields(line []byte) []Field {
	a, ok := scanAccess(line)
	if !ok {
		return nil
	}
	out := addSpan(nil, "vhost", line, a.vhost)
	out = addSpan(out, "remote_addr", line, a.addr)
	out = addSpan(out, "user", line, a.user)
	out = addSpan(out, "method", line, a.method)
	out = addSpan(out, "path", line, a.path)
	out = addSpan(out, "protocol", line, a.proto)
	out = addSpan(out, "status", line, a.status)
	out = addSpan(out, "bytes", line, a.bytes)
	out = addSpan(out, "referer", line, a.referer)
	return addSpan(out, "agent", line, a.agent)
}
