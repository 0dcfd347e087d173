package parse

import "bytes"

// A version control system's history as its log command prints it, one block a revision: its
// opening line names the revision, the lines under it its author, its date and its message, up
// to the next revision's opening line: git log's "commit 9c1e2f3a…", Mercurial's "changeset:
// 4211:9c1e2f3a4b5d", darcs' "patch 5f1e2d3c…". The block's time is its labelled date (see
// recordtime.go).

// revisionOpening reports whether line opens a revision's block in a history.
func revisionOpening(line []byte) bool {
	switch {
	case hasPrefixAt(line, 0, "commit "):
		return revisionHex(line, len("commit ")) >= 7
	case hasPrefixAt(line, 0, "patch "):
		return revisionHex(line, len("patch ")) == 40
	case hasPrefixAt(line, 0, "changeset:"):
		i := skipBlanks(line, len("changeset:"))
		_, n := digitRun(line, i)
		return n > 0 && byteAt(line, i+n) == ':' && revisionHex(line, i+n+1) >= 12
	}
	return false
}

// revisionHex returns how many lower-case hexadecimal digits run from line[i] up to a blank or the
// line's end, 0 when anything else ends them.
func revisionHex(line []byte, i int) int {
	n := 0
	for i+n < len(line) && (isDigit(line[i+n]) || line[i+n] >= 'a' && line[i+n] <= 'f') {
		n++
	}
	if i+n < len(line) && line[i+n] != ' ' {
		return 0
	}
	return n
}

// opensWithTime reports whether line opens with a date and its clock: a log's record, after which
// a history's block has ended.
func opensWithTime(line []byte) bool {
	st, ok := locate(line[:min(len(line), locateWindow)], maxPlausible, &wallClock{})
	return ok && st.start == 0 && st.kind == stampDate
}

// rawRevisionTime returns the raw date of a revision's block: its Date: line's, else its
// author's, 0 when it has none.
func rawRevisionTime(raw []byte) int64 {
	for n := 0; len(raw) > 0 && n < labelTimeLines; n++ {
		var line []byte
		line, raw = cutLine(raw)
		switch {
		case hasPrefixAt(line, 0, "Date:"):
			return rawDate(trimSpace(line[len("Date:"):]))
		case hasPrefixAt(line, 0, "author "):
			if k := bytes.LastIndexByte(line, '>'); k > 0 {
				return rawDate(trimSpace(line[k+1:]))
			}
		}
	}
	return 0
}

// rawDate reads git's raw date, "1795937400 -0500": the offset names the writer's zone and leaves
// the instant as it is.
func rawDate(v []byte) int64 {
	if len(v) != len("1795937400 -0500") || v[10] != ' ' || v[11] != '+' && v[11] != '-' || !digitsOnly(v[:10]) || !digitsOnly(v[12:]) {
		return 0
	}
	t, ok := parseEpoch(v[:10])
	if !ok {
		return 0
	}
	return t
}
