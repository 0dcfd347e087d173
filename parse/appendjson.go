package parse

import (
	"encoding/base64"
	"time"
	"unicode/utf8"
)

// AppendJSON appends e as one JSON Lines object and a newline, in the headless schema:
//
//	{"time":"2026-03-01T00:00:00.123456789Z","level":"error","source":"app.log","host":"web1","message":"...","fields":{...},"raw":"..."}
//	{"time":"","time_estimated":"2026-02-27T08:12:44Z","level":"","source":"history.log",...}
//
// time is RFC 3339 with nanoseconds in UTC, or "" when the entry carries no time of its own. Such
// an entry is still placed in the merged order by an estimate (its neighbours' time, the file's
// modification time, or the time of reading; see Stream): "time_estimated" follows time with that
// estimate in the same form, only when time is "" and an estimate placed the entry, so that no
// reader takes an estimate for a time the line carried. level is Level.Name ("" for unknown);
// fields are Fields(e.Format, raw) as strings (a key repeated in the line keeps its first value,
// so that the object has unique keys). The output is valid UTF-8 with every control character
// escaped, whatever the entry holds: invalid bytes become \ufffd, and so that nothing is lost, an
// entry whose raw text is not valid UTF-8 also gets "raw_base64", its exact bytes (see
// AppendRawBase64). "truncated":true marks an entry cut at the entry size cap, "no_newline":true
// one whose last line had no newline when it was let go (Entry.NoNewline); both are left out when
// false.
//
// AppendJSON allocates nothing once dst has room: the fields are escaped into dst as the raw text
// is scanned. Lines past the limits of that path (more than maxFastFields keys, JSON nested deeper
// than maxFastDepth, a key that is not valid UTF-8) go through Fields instead, with the same output.
func AppendJSON(dst []byte, e Entry) []byte {
	dst = append(dst, `{"time":"`...)
	if e.Time != 0 {
		dst = time.Unix(0, e.Time).UTC().AppendFormat(dst, time.RFC3339Nano)
	} else if e.Estimated != 0 {
		dst = append(dst, `","time_estimated":"`...)
		dst = time.Unix(0, e.Estimated).UTC().AppendFormat(dst, time.RFC3339Nano)
	}
	dst = append(dst, `","level":"`...)
	dst = append(dst, e.Level.Name()...)
	dst = append(dst, `","source":`...)
	dst = appendQuotedBytes(dst, bytesOf(e.Source))
	dst = append(dst, `,"host":`...)
	dst = appendQuotedBytes(dst, bytesOf(e.Host))
	dst = append(dst, `,"message":`...)
	dst = appendQuotedBytes(dst, bytesOf(e.Message))
	dst = append(dst, `,"fields":{`...)
	raw := bytesOf(e.Raw)
	open := len(dst)
	if out, ok := appendFields(dst, e.Format, raw); ok {
		dst = out
	} else {
		dst = appendFieldsSlow(out[:open], e.Format, raw)
	}
	dst = append(dst, `},"raw":`...)
	dst = appendQuotedBytes(dst, raw)
	dst = AppendRawBase64(dst, raw)
	if e.Truncated {
		dst = append(dst, `,"truncated":true`...)
	}
	if e.NoNewline {
		dst = append(dst, `,"no_newline":true`...)
	}
	return append(dst, '}', '\n')
}

// AppendRawBase64 appends the member ,"raw_base64":"…" when raw is not valid UTF-8: JSON strings
// cannot hold such bytes (a log line with raw C1 controls, Latin-1 text, binary garbage), and an
// export must give back exactly what was logged.
func AppendRawBase64(dst, raw []byte) []byte {
	if utf8.Valid(raw) {
		return dst
	}
	dst = append(dst, `,"raw_base64":"`...)
	dst = base64.StdEncoding.AppendEncode(dst, raw)
	return append(dst, '"')
}

// appendFieldsSlow writes the members of the fields object from Fields. It allocates, and handles
// every line; appendFields falls back to it past its limits.
func appendFieldsSlow(dst []byte, f Format, raw []byte) []byte {
	fields := Fields(f, raw)
	var seen map[string]bool
	if len(fields) > 16 {
		seen = make(map[string]bool, len(fields))
	}
	for i, f := range fields {
		if seen != nil {
			if seen[f.Key] {
				continue
			}
			seen[f.Key] = true
		} else if seenKey(fields[:i], f.Key) {
			continue
		}
		if dst[len(dst)-1] != '{' {
			dst = append(dst, ',')
		}
		dst = appendQuoted(dst, f.Key)
		dst = append(dst, ':')
		dst = appendQuoted(dst, f.Value)
	}
	return dst
}

func seenKey(fields []Field, key string) bool {
	for _, f := range fields {
		if f.Key == key {
			return true
		}
	}
	return false
}
