package parse

import "unicode/utf8"

// A command-line tool's steps on a terminal, each opening with a pictograph and a blank:
// minikube's "😄  minikube v1.34.0 on Ubuntu", "❗  minikube was unable to …", "🐳  Preparing
// Kubernetes …" and the "    ▪ Generating certificates …" under it. Such lines are records of
// their own, untimed, also when the tool's own logger wrote a timed line (glog's "E1129 07:41:29…")
// between them: once a source has opened two untimed records so, a line that opens so after a
// timed one starts a record rather than going on it.

// minSignStarts is how many untimed records opening with a pictograph a source shows before one
// after a timed record is taken as a record of its own.
const minSignStarts = 2

// pictoOpening reports whether line opens with a pictograph (an arrow, a symbol, a dingbat, a
// geometric shape or an emoji, a variation selector after it or not) and a blank. Box-drawing
// and block characters draw tables and bars, and are none.
func pictoOpening(line []byte) bool {
	if len(line) < 4 || line[0] < 0xE2 {
		return false
	}
	r, n := utf8.DecodeRune(line)
	switch {
	case r >= 0x2190 && r < 0x2500, r >= 0x25A0 && r < 0x2C00, r >= 0x1F000 && r < 0x1FB00:
	default:
		return false
	}
	if r2, m := utf8.DecodeRune(line[n:]); r2 == 0xFE0F {
		n += m
	}
	return byteAt(line, n) == ' '
}
