package parse

// A level word set in a layout's punctuation rather than between blanks: Couchbase's
// "[ns_server:info,2026-…", a NetApp filer's "[filer01:wafl.snap.delete:info]:", Luanti's
// "ACTION[Server]:", Dionaea's "dionaea.c:245-info:". Such a word is
// one of a longer token's pieces, so no column of whole fields holds it; what stays the same from
// line to line is the pair of marks around it. A word column is named by that pair, and its field
// on a line is the first run of letters the pair encloses there. It is learned and verified as
// the other columns are (see column.go), so a logger's name that ends in ".error" on one line
// makes no column: the pair's first word must spell a level on every line.

// columnWord is the separator of a word column; its index is the pair of marks (see wordMarkPair).
const columnWord = 'w'

// wordMarks are the marks a word column's word may stand between: a mark before it, inside its
// token, and a mark or a blank after it; or a blank before it and a bracket after it. A dot or a
// dash before it is a name's (see wordMarkPair). A slash only before a word that closes its
// bracket ("[guppy/info]", mfiutil's "(…/CTRL/info)"): between slashes stand a path's parts. An
// equals sign is left out: after it stands a pair's value.
const wordMarks = ".:,-|[]()<>/ "

// wordMinLen is the shortest word read: a letter alone is too weak a sign inside a token.
const wordMinLen = 3

// wordMarkPair returns the index of the marks before and after line[s:e], and whether both are
// marks and not both blanks. The start of the line counts as a blank.
func wordMarkPair(line []byte, s, e int) (uint8, bool) {
	before, after := len(wordMarks)-1, len(wordMarks)-1
	if s > 0 {
		if before = indexOfMark(line[s-1]); before < 0 {
			return 0, false
		}
	}
	if e < len(line) {
		if after = indexOfMark(line[e]); after < 0 {
			return 0, false
		}
	}
	blank, dot := len(wordMarks)-1, indexOfMark('.')
	if before == blank && after != indexOfMark('[') || before == indexOfMark(':') && after == blank ||
		after == dot || before == dot || before == indexOfMark('-') {
		// A word that opens a token is a whole field's, or a name's first part ("INFO-1234",
		// "info.example.org", "error(3)"), unless a bracket follows it (Luanti's
		// "ACTION[Server]:"); one after a colon and before a blank is a pair's value: the blank
		// columns read them. One beside a dot is a file's, a domain's, a metric's or a logger's
		// part ("app.error.log", "(info.txt)", "app.logs.error:1|c", "mail.info"), and one after
		// a dash a unit's, a package's or a container's ("app-debug-worker.service",
		// "libc6-dbg:amd64", "app-info-1 |").
		return 0, false
	}
	if slash := indexOfMark('/'); after == slash || before == slash && !closesTag(line, s, e) {
		return 0, false // a path's part: "/var/log/error.log", "errors/warn/", "(/srv/queue/error)"
	}
	if wholeWrapped(line, s, e) {
		return 0, false // "[message]" between blanks is a whole field: the blank columns' to read
	}
	return uint8(before<<4 | after), true
}

// closesTag reports whether the word at line[s:e], after a slash, closes a bracket or parenthesis
// that does not open a path: "[guppy/info]", "(boot + 12s/CTRL/info)", not "(/srv/queue/error)".
func closesTag(line []byte, s, e int) bool {
	if e >= len(line) || line[e] != ']' && line[e] != ')' {
		return false
	}
	open := byte('[')
	if line[e] == ')' {
		open = '('
	}
	for i := s - 1; i >= 0 && i >= s-64; i-- {
		if line[i] == open {
			return byteAt(line, i+1) != '/' && byteAt(line, i+1) != '.' && byteAt(line, i+1) != '~'
		}
	}
	return false
}

// wholeWrapped reports whether line[s:e] is all of a bracketed or parenthesized field.
func wholeWrapped(line []byte, s, e int) bool {
	if s < 1 || e >= len(line) {
		return false
	}
	open, close := line[s-1], line[e]
	if !(open == '[' && close == ']' || open == '(' && close == ')' || open == '<' && close == '>') {
		return false
	}
	return (s < 2 || line[s-2] == ' ') && (e+1 >= len(line) || line[e+1] == ' ' || line[e+1] == ':')
}

func indexOfMark(c byte) int {
	for i := 0; i < len(wordMarks); i++ {
		if wordMarks[i] == c {
			return i
		}
	}
	return -1
}

// nextWordRun returns the next run of ASCII letters at or after i, and where the line ends when
// there is none: s == e == len(line).
func nextWordRun(line []byte, i int) (s, e int) {
	for i < len(line) && !isAlpha(line[i]) {
		i++
	}
	s = i
	for i < len(line) && isAlpha(line[i]) {
		i++
	}
	return s, i
}

// wordField returns the first run of letters between the marks of pair.
func wordField(line []byte, pair uint8) ([]byte, bool) {
	for s, e := nextWordRun(line, 0); s < e; s, e = nextWordRun(line, e) {
		if p, ok := wordMarkPair(line, s, e); ok && p == pair {
			return line[s:e], true
		}
	}
	return nil, false
}

// wordValue reads a word column's word: a level word of at least three letters in one case or
// capitalized, as columnValue reads one between blanks.
func wordValue(f []byte) (Level, uint32, bool) {
	if len(f) < wordMinLen {
		return Unknown, 0, false
	}
	if string(f) == "message" {
		// GLib's level between warning and info, inside a token (Dionaea's "c:245-message:");
		// as a whole field it is as often an event's type ("[message]" of a websocket's log).
		return Notice, 0, true
	}
	return columnValue(f, ' ')
}

// observeWords counts a record's first line for the word columns, and adds as candidates the
// pairs whose first word on the line spells a level. A pair's first word is its field whatever
// it holds: a pair whose first word on a line is no level misses that line.
func (lc *levelColumn) observeWords(line []byte, offset int64) {
	var claimed [16]uint8 // the pairs seen on this line, and whether their word is a level
	var valued [16]bool
	n := 0
	for s, e := nextWordRun(line, 0); s < e && n < len(claimed); s, e = nextWordRun(line, e) {
		pair, ok := wordMarkPair(line, s, e)
		if !ok || pairClaimed(claimed[:n], pair) {
			continue
		}
		claimed[n] = pair
		_, _, valued[n] = wordValue(line[s:e])
		n++
	}
	for i := 0; i < lc.n; i++ {
		c := &lc.cands[i]
		if c.sep != columnWord {
			continue
		}
		k := indexOfPair(claimed[:n], c.index)
		if k < 0 || !valued[k] {
			c.miss()
			continue
		}
		valued[k] = false // counted
		c.hit()
		c.levels |= columnBits(line, columnWord, int(c.index))
	}
	for k := 0; k < n && lc.n < columnCands; k++ {
		if valued[k] {
			lc.cands[lc.n] = columnCand{sep: columnWord, index: claimed[k], hits: 1,
				levels: columnBits(line, columnWord, int(claimed[k])), from: offset}
			lc.n++
		}
	}
}

func pairClaimed(pairs []uint8, p uint8) bool { return indexOfPair(pairs, p) >= 0 }

func indexOfPair(pairs []uint8, p uint8) int {
	for i, q := range pairs {
		if q == p {
			return i
		}
	}
	return -1
}
