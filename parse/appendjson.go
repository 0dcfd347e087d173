package parse

import (
	"time"
	"unsafe"
)

// AppendJSON appends e as one JSON Lines object and a newline, in the headless schema:
//
//	{"time":"2026-03-01T00:00:00.123456789Z","level":"error","source":"app.log","host":"web1","message":"...","fields":{...},"raw":"..."}
//
// time is RFC 3339 with nanoseconds in UTC, or "" when the entry has no time; level is Level.Name
// ("" for unknown); fields are Fields(e.Format, raw) as strings (a key repeated in the line keeps
// its first value, so that the object has unique keys). The output is valid UTF-8 with every
// control character escaped, whatever the entry holds: invalid bytes become \ufffd.
func AppendJSON(dst []byte, e Entry) []byte {
	dst = append(dst, `{"time":"`...)
	if e.Time != 0 {
		dst = time.Unix(0, e.Time).UTC().AppendFormat(dst, time.RFC3339Nano)
	}
	dst = append(dst, `","level":"`...)
	dst = append(dst, e.Level.Name()...)
	dst = append(dst, `","source":`...)
	dst = appendQuoted(dst, e.Source)
	dst = append(dst, `,"host":`...)
	dst = appendQuoted(dst, e.Host)
	dst = append(dst, `,"message":`...)
	dst = appendQuoted(dst, e.Message)
	dst = append(dst, `,"fields":{`...)
	// Fields only reads raw, so the string's bytes are viewed rather than copied.
	fields := Fields(e.Format, unsafe.Slice(unsafe.StringData(e.Raw), len(e.Raw)))
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
	dst = append(dst, `},"raw":`...)
	dst = appendQuoted(dst, e.Raw)
	return append(dst, '}', '\n')
}

func seenKey(fields []Field, key string) bool {
	for _, f := range fields {
		if f.Key == key {
			return true
		}
	}
	return false
}
