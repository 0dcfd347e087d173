package export

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/trawl-dev/trawl/parse"
)

// The text shape is read in a terminal or a pager (less -R), so the log's own bytes never reach it
// as controls, whatever the line holds: ESC shows as ␛ followed by the rest of its sequence as
// plain text, other C0 controls and DEL as their control pictures (␀ … ␟, ␡), C1 controls as
// \xNN, bidirectional and zero-width characters as \uNNNN, and invalid UTF-8 as U+FFFD. Colours
// are the terminal's own sixteen, so that they follow its theme; without colour, the level reads as
// a word.

// textBadges are the levels as five-column words, those of the interface.
var textBadges = [parse.NumLevels]string{"  ·  ", "TRACE", "DEBUG", "INFO ", "NOTE ", "WARN ", "ERROR", "CRIT ", "ALERT", "EMERG"}

// levelSGR colours each badge: quiet levels faint, errors and worse bold, an emergency inverted.
var levelSGR = [parse.NumLevels]string{"2", "2", "2", "32", "36", "33", "1;31", "1;35", "1;35", "1;97;41"}

// sourceSGR are the colours a source name may take, chosen by a hash of the name so that a source
// keeps its colour from one run to the next.
var sourceSGR = [...]string{"34", "35", "36", "94", "95", "96"}

const (
	sgrReset = "\x1b[0m"
	sgrFaint = "\x1b[2m"
	// textTime is the time column: the date too, since a dump spans days.
	textTime = "2006-01-02 15:04:05.000"
	// textEstimate is an estimated time: marked, and in whole seconds, as in the interface.
	textEstimate = "~2006-01-02 15:04:05"
)

// appendText writes one line: time, level, source, host, the message's first line and, when more
// lines follow, their count.
func (o Options) appendText(dst []byte, e *parse.Entry) []byte {
	zone := o.Zone
	if zone == nil {
		zone = time.UTC
	}
	if o.Color {
		dst = append(dst, sgrFaint...)
	}
	switch {
	case e.Time != 0:
		dst = time.Unix(0, e.Time).In(zone).AppendFormat(dst, textTime)
	case e.Estimated != 0:
		dst = time.Unix(0, e.Estimated).In(zone).AppendFormat(dst, textEstimate)
		dst = append(dst, "   "...) // to the width of textTime
	default:
		dst = append(dst, noTime...)
	}
	if o.Color {
		dst = append(dst, sgrReset...)
	}
	dst = append(dst, ' ')
	// An access line writes no level: the badge is its status's, as the interface shows it (JSON
	// Lines keeps it apart, as level_from_status).
	lvl := min(int(e.Level), parse.NumLevels-1)
	dst = o.open(dst, levelSGR[lvl])
	dst = append(dst, textBadges[lvl]...)
	dst = o.close(dst)
	dst = append(dst, ' ')
	dst = o.open(dst, sourceColor(e.Source))
	dst = sanitizeName(dst, e.Source)
	dst = o.close(dst)
	dst = append(dst, ' ')
	if e.Host != "" {
		dst = sanitizeName(dst, e.Host)
		dst = append(dst, ' ')
	}
	first, rest, more := strings.Cut(e.Shown(), "\n") // a syslog line's with its program, as the interface shows it
	dst = sanitizeInto(dst, strings.TrimSuffix(first, "\r"))
	if more {
		dst = append(dst, " [+"...)
		dst = strconv.AppendInt(dst, int64(strings.Count(rest, "\n")+1), 10)
		dst = append(dst, " lines]"...)
	}
	if e.Truncated {
		dst = append(dst, " [truncated]"...)
	}
	return append(dst, '\n')
}

// open starts the SGR colour sgr when colour is on; close ends it.
func (o Options) open(dst []byte, sgr string) []byte {
	if !o.Color {
		return dst
	}
	dst = append(dst, "\x1b["...)
	dst = append(dst, sgr...)
	return append(dst, 'm')
}

func (o Options) close(dst []byte) []byte {
	if !o.Color {
		return dst
	}
	return append(dst, sgrReset...)
}

// sourceColor picks a source's colour by the FNV-1a hash of its name.
func sourceColor(name string) string {
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	return sourceSGR[h%uint32(len(sourceSGR))]
}

// sanitizeInto appends s with every control made visible (see the rules at the top of the file).
func sanitizeInto(dst []byte, s string) []byte { return sanitize(dst, s, true) }

// sanitizeName is sanitizeInto for a source's or a host's name, a column of the line: its tab
// shows as ␉ too, a byte that is no UTF-8 as \xNN and a backslash as \\, so that "x\xff.log",
// "x\xfe.log", a name that holds U+FFFD itself and one written "x\\xff.log" read apart.
func sanitizeName(dst []byte, s string) []byte { return sanitize(dst, s, false) }

// sanitize is sanitizeInto for text (tabs kept) or sanitizeName.
func sanitize(dst []byte, s string, tabs bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && !tabs:
			dst = append(dst, '\\', '\\') // a name's \xNN stands for a byte: its own backslash reads apart
			i++
			continue
		case c >= 0x20 && c < 0x7f || c == '\t' && tabs:
			dst = append(dst, c)
			i++
			continue
		case c == 0x1b:
			dst = append(dst, "␛"...)
			i++
			continue
		case c == 0x7f:
			dst = append(dst, "␡"...)
			i++
			continue
		case c < 0x20:
			dst = utf8.AppendRune(dst, 0x2400+rune(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && !tabs {
			dst = AppendByteEscape(dst, s[i])
			i++
			continue
		}
		var shown bool
		if dst, shown = AppendPlaceholder(dst, r, size); !shown {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

// AppendPlaceholder appends the visible form of a non-ASCII rune r, decoded from size bytes,
// that must not reach a terminal as it is, and reports whether r is one: invalid UTF-8 becomes
// U+FFFD, a C1 control (which UTF-8 terminals obey like ESC sequences) \xNN, an invisible
// character (see parse.Invisible) \uNNNN, or \UNNNNNNNN past the Basic Multilingual Plane. The
// text shape and the interface's sanitizer share it.
func AppendPlaceholder(dst []byte, r rune, size int) ([]byte, bool) {
	switch {
	case r == utf8.RuneError && size <= 1:
		return utf8.AppendRune(dst, utf8.RuneError), true
	case r >= 0x80 && r < 0xa0:
		return AppendByteEscape(dst, byte(r)), true
	case parse.Invisible(r):
		letter, top := byte('u'), 12 // four hex digits, or eight past the Basic Multilingual Plane
		if r > 0xffff {
			letter, top = 'U', 28
		}
		dst = append(dst, '\\', letter)
		for shift := top; shift >= 0; shift -= 4 {
			dst = append(dst, hexDigit(byte(r>>shift)&0xf))
		}
		return dst, true
	}
	return dst, false
}

// AppendByteEscape appends b as \xNN.
func AppendByteEscape(dst []byte, b byte) []byte {
	return append(dst, '\\', 'x', hexDigit(b>>4), hexDigit(b&0xf))
}

// noTime fills the time column of an entry without a time.
var noTime = strings.Repeat(" ", len(textTime))

func hexDigit(b byte) byte { return "0123456789abcdef"[b] }
