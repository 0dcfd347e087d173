package parse

import "bytes"

// A record without a time of its own may name its time on one of its lines: a status block's
// "  System time: 2026-11-29T07:41:16Z" (pkcon's transactions), "Local time: Sun 2026-11-29
// 08:41:16 CET" (timedatectl). Such a line is read only inside a record that has no time from
// its first line, only under a label that names the event's time, only for a date (a clock alone
// is a duration as often), and never under a label naming another thing's time ("Last boot
// time", "Expiry time", "Creation Date").

// labelTimeLines bounds the lines of a record looked at for a labelled time.
const labelTimeLines = 24

// labelledTimeWithin returns the time that the first fitting labelled line of raw names. A label
// that comes again with a time of its own heads several events the record holds (dcdiag's "Time
// Generated:" under each), none of which is the record's.
func labelledTimeWithin(raw []byte, now int64, w *wallClock) (int64, bool) {
	var t int64
	var label []byte
	for n := 0; len(raw) > 0 && n < labelTimeLines; n++ {
		var line []byte
		line, raw = cutLine(raw)
		line = line[skipBlanks(line, 0):]
		if !timeLabel(line) {
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if !eventTimeLabel(line[:colon]) || label != nil && !bytes.Equal(line[:colon], label) {
			continue
		}
		value := line[skipBlanks(line, colon+1):]
		st, ok := locate(value, now, w)
		if !ok || st.kind != stampDate || st.start > 5 || !plausible(st.t, now) || st.start > 0 && weekdayWord(value, 0) == 0 {
			continue
		}
		if label != nil {
			return 0, false
		}
		t, label = st.t, line[:colon]
	}
	return t, label != nil
}

// cutLine splits raw at its first newline into the line before it and the rest.
func cutLine(raw []byte) (line, rest []byte) {
	if k := bytes.IndexByte(raw, '\n'); k >= 0 {
		return raw[:k], raw[k+1:]
	}
	return raw, nil
}

// eventTimeLabel reports whether a label names the time of the record's event, each of its words
// one such a label is made of: "System time", "Local time", "Event time", "Timestamp", "Date/Time",
// "Ref time (UTC)". A label with any other word names another thing's time ("Creation Date",
// "Board Mfg Date", "Registry Expiry Date", "expected time", "Time of counter reset").
func eventTimeLabel(label []byte) bool {
	words := 0
	for i := 0; i < len(label); {
		if !isAlpha(label[i]) {
			if !labelSeparator(label[i]) {
				return false
			}
			i++
			continue
		}
		e := i
		for e < len(label) && isAlpha(label[e]) {
			e++
		}
		if !eventTimeWord(label[i:e]) {
			return false
		}
		words++
		i = e
	}
	return words > 0
}

// labelSeparator reports whether c may stand between the words of a time's label.
func labelSeparator(c byte) bool {
	return c == ' ' || c == '/' || c == '(' || c == ')' || c == '-' || c == '_' || c == '.'
}

// eventTimeWords are the words a label of an event's time is made of.
var eventTimeWords = [...]string{"time", "date", "timestamp", "datetime", "utctime", "utc", "gmt", "local", "system",
	"universal", "event", "log", "logged", "generated", "current", "begin", "start", "started", "submit", "submitted",
	"ref", "reference", "received", "occurred", "recorded", "report", "run", "anr", "crash", "alert",
	"alarm", "trap", "stamp", "of", "occurrence", "incident", "detection", "detected",
	"ro", "rw"} // xe's "timestamp ( RO):"

func eventTimeWord(w []byte) bool {
	for _, t := range eventTimeWords {
		if bytes.EqualFold(w, []byte(t)) {
			return true
		}
	}
	return false
}
