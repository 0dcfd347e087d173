package parse

import (
	"bytes"
	"math/bits"
	"strings"
)

// A level column learned per source. Many layouts keep the level in a column of their own that
// no rule can trust on one line: a single severity letter after the time or after the pid and
// thread columns (SAP HANA's "… 07:41:16.123456 i Basis …", WebSphere's "… 0000004a webapp  I …"),
// a word between pipes ("| WARN |", "|W|", "|LOG_ERR|"), between colons (":WARN :"), padded at
// the start of a bracket ("[ warn||…"), or a syslog digit in a tag ("LOG5[0]:", "IFNET/3/UPDOWN:").
// On one line such a letter or word cannot be told from the message's ("a", "I", "info:"); over
// a source's record lines it can. A column, named by its separator and its field index, is taken
// when every record line since it was first seen holds a severity value there, with at least two
// different levels among them: a component or stream column that never changes ("| TRACE |",
// "stderr F") is no level. From then on it is read on every record line, verified as it goes,
// and given up when the lines stop agreeing. It reads only where the layout put a value, so a
// format without a level column still gives none.

const (
	// columnHead bounds the bytes looked at: a level column sits in a line's header, and the
	// header of the widest layouts (HANA's ids, WebSphere's padded names) fits well within it.
	columnHead = 256
	// columnFields is how many fields of each kind are candidates: room for a time split by its
	// own colons, a host, a pid, a thread and a logger before the level.
	columnFields = 12
	// columnCands bounds the columns followed at once; a line rarely holds more than two or three
	// severity-looking values, and a full table only delays a new candidate.
	columnCands = 8
	// columnFitLines is how many record lines a source gets to show a column. After them no new
	// candidate is taken, so a source without one stops paying for the search.
	columnFitLines = 64
	// columnMaxHits caps the lines counted for a column, so that old hits do not outweigh a change
	// of layout for ever.
	columnMaxHits = 256
	// columnMissRun is how many record lines in a row without a value in a column that was learned
	// give it up at least (see missRunLimit): a source whose layout changes (a new version after a
	// deploy) loses the old column within a screenful of lines, and learns the new one, while
	// another program's lines among the source's (a protocol's control messages, a wrapper's
	// notes) only pass by.
	columnMissRun = 8
	// columnNoLevel marks a letter of a severity alphabet that carries no level (WebSphere's O
	// and R, for text written to System.out and System.err) in columnCand.levels.
	columnNoLevel = 1 << 15
	// columnVerbose marks Android's V in columnCand.levels: in its alphabet (V, D, I, W, E, F, A)
	// A is an assertion, as fatal as F; in those with an N for notice (Ruckus's) it is an alert;
	// in IBM's, which has no D, it is an audit event (notice).
	columnVerbose = 1 << 14
	// columnAudit marks the letter A, whose level depends on the alphabet.
	columnAudit = 1 << 13
	// columnLetters and columnWords mark a column that has held a one-letter value and one that
	// has held a word: a level column holds one or the other, and prose that begins with "I" on
	// one line and "Debug" on the next is no column.
	columnLetters = 1 << 12
	columnWords   = 1 << 11
	// columnNumbers marks a column that has held a bracketed number (Python's "[30]"): one of
	// thread ids can spell the same, so it never replaces a level the rules read.
	columnNumbers = 1 << 10
	// columnGenuine marks a column that has held a level word of the loggers' own, not only one
	// borrowed from another scale (see borrowedWord): no level has the bit of Unknown.
	columnGenuine = 1 << Unknown
	// columnWrapped marks a column of letters in parentheses or brackets (see wrappedLetter).
	columnWrapped = 1 << 16
	// columnDepth marks a digit in a column of letters between bars or tabs: a debug message's
	// depth, as yadifa writes 1 to 7 beside its D ("| main | system | 7 | pool …"). It is debug
	// in a column that has held D, no level in others.
	columnDepth = 1 << 17
	// columnApple marks a column that has held a type of Apple's unified log (Default, Fault):
	// `log show` without --info shows only Default, Error and Fault, one core level among them.
	columnApple = 1 << 18
)

// columnSeps are the separators a column is counted by: blanks, pipes and brackets, colons, tabs
// (the columns of SharePoint's ULS logs hold blanks of their own).
var columnSeps = [...]byte{' ', '|', ':', '\t'}

// columnCand is one candidate column and how the source's record lines have agreed with it.
type columnCand struct {
	sep          byte  // ' ': blank-separated words; '|': fields between '|', '[' and ']'; ':' and '\t': between colons, tabs
	index        uint8 // the field's index, from 0
	hits, misses uint16
	run          uint16 // the misses since the last hit (see missRunLimit)
	recent       uint32 // a bit per line of the last 32, set for a miss
	kept         bool   // learned over columnMissRun lines or more: from then on judged on its last 32 (see learned)
	levels       uint32 // a bit per level seen there, and the marks below
	from         int64  // the offset of the first line it was seen on
	spelling     uint8  // how its words are spelled (see spellingOf): one logger writes one
	respelt      bool   // it began again once where its spelling changed (see respelled)
	sentence     bool   // its first line had words of a sentence before the field
}

// miss counts a line that holds no value in the column.
func (c *columnCand) miss() {
	c.misses++
	c.run = min(c.run+1, columnMaxHits)
	c.recent = c.recent<<1 | 1
}

// missRunLimit is how many lines in a row may miss a learned column before it is given up: more
// for one with a long record (a reconnect's burst of control messages passes by).
func (c *columnCand) missRunLimit() uint16 { return max(columnMissRun, c.hits/8) }

// columnRecentMisses is how many of a column's last 32 lines may miss it while it stays learned:
// about a third.
const columnRecentMisses = 10

// learned reports whether the column is the source's level column: seen on every line since it
// appeared but one in eight, with two different values. A word between blanks needs a third line:
// sentences begin with "I" and "A" too, and two of them in a row are no rare sight. Over sixteen
// lines or more, three in four will do: another program's lines among the source's from its start
// (cron's beside the application's). Once kept, the column stays learned while at most
// columnRecentMisses of its last 32 lines miss it and no longer run than missRunLimit does: a
// long source's other lines do not unlearn it, a change of layout does.
func (c *columnCand) learned() bool {
	need := uint16(2)
	if c.sep == ' ' || c.sep == columnWord {
		need = 3
	}
	if c.levels&columnLetters != 0 {
		// A letter is the weakest sign: a column of other letters (results, compass points)
		// spells two levels within a few lines as easily, and shows its other letters soon.
		need = 4
	}
	if c.sep == columnWord && bits.OnesCount32(c.levels&columnLevels) < 3 {
		// A word inside a token is a weaker sign still: an event's name, a file's or a host's
		// ("user.info.updated", "app.error.log", "info.example.org") spells two levels as
		// easily, and seldom a third.
		return false
	}
	if c.levels&columnWrapped != 0 && c.levels&(1<<Info|1<<Warn) == 0 {
		// Letters in parentheses are a to-do list's priorities or grades as often ("(A)", "(C)",
		// "(D)", "(E)"); a level column's spell information or a warning sooner or later.
		return false
	}
	agrees := int(c.misses)*8 <= int(c.hits) || !c.kept && c.hits >= 2*columnMissRun && int(c.misses)*3 <= int(c.hits) ||
		c.kept && bits.OnesCount32(c.recent) <= columnRecentMisses && c.run < c.missRunLimit()
	core := bits.OnesCount32(c.levels&columnCore) >= 2 || c.levels&columnApple != 0 && bits.OnesCount32(c.levels&columnLevels) >= 2
	return c.hits >= need && agrees && core && c.levels&columnGenuine != 0 &&
		!c.mixed()
}

// mixed reports whether the column has held values of two kinds: letters, words, numbers.
func (c *columnCand) mixed() bool {
	kinds := c.levels & (columnLetters | columnWords | columnNumbers)
	return kinds&(kinds-1) != 0
}

// reject drops the column, which drop then forgets; the caller bans its field.
func (c *columnCand) reject() { c.misses = c.hits + 1 }

// columnCore are the levels every level column spells sooner or later: debug, info, warning and
// error. Two of them must have shown before a column counts. Other letters that happen to spell
// severities (T and F for booleans, M and F for a gender, grades C, D and F, git's A, M and D,
// DNA's A, C and T) seldom show two of these, and would otherwise mark lines trace or fatal.
const columnCore = 1<<Debug | 1<<Info | 1<<Warn | 1<<Error

// columnLevels are the bits of every level in columnCand.levels.
const columnLevels = 1<<NumLevels - 1 - 1<<Unknown

// hit counts a line that holds a value in the column. Past columnMaxHits a hit forgives an old
// miss instead, so that a few odd lines long ago do not add up to a change of layout.
func (c *columnCand) hit() {
	c.run, c.recent = 0, c.recent<<1
	if c.hits < columnMaxHits {
		c.hits++
	} else if c.misses > 0 {
		c.misses--
	}
	c.kept = c.kept || c.hits >= columnMissRun && c.learned() // a few lines alone are no proof yet
}

// levelColumn is the learning state of one source (see the comment at the top of this file).
type levelColumn struct {
	cands [columnCands]columnCand
	n     int
	lines int
	// banned are the fields, per separator (in columnSeps' order), ruled out for good (see
	// reject): they are never taken as candidates again.
	banned [len(columnSeps)]uint16
}

// ban rules out field k of a separator for good.
func (lc *levelColumn) ban(sep byte, k uint8) {
	for i, c := range columnSeps {
		if c == sep {
			lc.banned[i] |= 1 << k
		}
	}
}

// bannedFor returns the banned fields of a separator.
func (lc *levelColumn) bannedFor(sep byte) uint16 {
	for i, c := range columnSeps {
		if c == sep {
			return lc.banned[i]
		}
	}
	return 0
}

// observe takes into account a record's first line, which starts at offset in the source. It
// reports whether the line made a column learned: the records from the column's first line on
// may then be read again (see Stream.observe).
func (lc *levelColumn) observe(line []byte, offset int64) (learned bool) {
	if lc.lines >= columnFitLines && lc.n == 0 || len(line) == 0 || line[0] == '{' {
		return false
	}
	before := lc.best() >= 0
	lc.lines = min(lc.lines+1, 1<<30)
	line = line[:min(len(line), columnHead)]
	if lc.lines > columnFitLines {
		lc.verify(line)
		return false
	}
	tabs := bytes.IndexByte(line, '\t') >= 0
	for _, sep := range columnSeps {
		if sep == '\t' && !tabs {
			// A line without a tab is another writer's among a tab-separated layout's
			// (libnfc's tools print their own lines between the library's
			// "debug\tlibnfc.general\t…"): it passes by the tab columns. (A table's border
			// holds no pipe, and a line of prose no colon: neither passes by theirs.)
			continue
		}
		seen := uint16(0)    // the fields of this separator that hold a value
		foreign := uint16(0) // the fields that hold a letter of no severity alphabet
		pastTag := false
		for k, fs, fe, next, pfs, pfe := 0, 0, 0, 0, 0, 0; k < columnFields; k++ {
			var ok bool
			pfs, pfe = fs, fe
			if fs, fe, next, ok = nextField(line, sep, next, k == 0); !ok {
				break
			}
			if pastTag {
				var label, foreignLabel bool
				if fe, label, foreignLabel = tagLabel(line, fs, fe); foreignLabel {
					foreign |= 1 << k // a letter of no level's alphabet ("P:", udevadm's properties): the field is no level column
				}
				if !label {
					continue
				}
			}
			if strayColonLetter(line, sep, fs, fe, pfs, pfe, k) || innerWrappedLetter(line[fs:fe], sep, k) {
				continue
			}
			if _, _, ok := columnValue(line[fs:fe], sep); ok {
				seen |= 1 << k
			} else if foreignLetter(line[fs:fe]) {
				foreign |= 1 << k
			}
			if sep == ' ' && fe-fs > 1 && line[fe-1] == ':' {
				// A tag or logger ends the header: the words after it are the message's, but
				// for a level that labels it as the header's would ("main.c:42: warn:",
				// "httpd(4711) INFO:") or names its place on a scale ("info(5)").
				pastTag = true
			}
		}
		lc.update(line, offset, sep, seen, foreign)
	}
	lc.observeWords(line, offset)
	lc.drop()
	return !before && lc.best() >= 0
}

// verify counts a line for the columns kept after the fitting lines, reading only their fields.
func (lc *levelColumn) verify(line []byte) {
	for i := 0; i < lc.n; i++ {
		c := &lc.cands[i]
		f, ok := columnField(line, c.sep, int(c.index))
		switch _, bit, valued := columnValue(f, c.sep); {
		case ok && valued:
			c.hit()
			c.levels |= kindBit(f, bit)
		case ok && foreignLetter(f):
			c.reject()
			lc.ban(c.sep, c.index)
		default:
			c.miss()
		}
		if c.mixed() {
			c.reject()
			lc.ban(c.sep, c.index)
		}
	}
	lc.drop()
}

// best is the index of the learned column with most lines behind it, or -1.
func (lc *levelColumn) best() int {
	best := -1
	for i := 0; i < lc.n; i++ {
		if c := &lc.cands[i]; c.learned() && (best < 0 || c.hits > lc.cands[best].hits) {
			best = i
		}
	}
	return best
}

// sure reports whether the learned column has held over a screenful of lines (columnMissRun or
// more): a program's column among a collector's other lines is read only then, as a status word
// two lines of a program share ("state: ERROR", "state: INFO") is no level column yet.
func (lc *levelColumn) sure() bool {
	b := lc.best()
	return b >= 0 && lc.cands[b].kept
}

// from is the offset of the first line the learned column was seen on.
func (lc *levelColumn) from() int64 {
	if b := lc.best(); b >= 0 {
		return lc.cands[b].from
	}
	return -1
}

// update counts the line for the candidates of one separator and adds new ones.
// A field that held a letter of no severity alphabet (a football result's L, a weekday's S, DNA's
// G), or both letters and words, is banned for good.
func (lc *levelColumn) update(line []byte, offset int64, sep byte, seen, foreign uint16) {
	for k := uint8(0); foreign>>k != 0; k++ {
		if foreign&(1<<k) != 0 {
			lc.ban(sep, k)
		}
	}
	seen &^= lc.bannedFor(sep)
	for i := 0; i < lc.n; i++ {
		c := &lc.cands[i]
		if c.sep != sep {
			continue
		}
		if lc.bannedFor(sep)&(1<<c.index) != 0 {
			c.reject()
			continue
		}
		if seen&(1<<c.index) == 0 {
			c.miss()
			continue
		}
		seen &^= 1 << c.index
		if c.respelled(line) {
			// "Skipping info and debug messages …" above a table of Default, Error and
			// Fault: a word of prose spelled otherwise than the column's values was none of
			// its lines, which start here. Once only, from its first line: two writers that
			// spell their levels otherwise share a column too.
			f, _ := columnField(line, sep, int(c.index))
			*c = columnCand{sep: sep, index: c.index, from: offset, spelling: spellingOf(f), respelt: true}
		}
		c.hit()
		if c.levels |= columnBits(line, sep, int(c.index)); c.mixed() {
			c.reject()
			lc.ban(sep, c.index)
		}
	}
	for k := 0; seen != 0 && lc.n < columnCands; k++ {
		if seen&(1<<k) == 0 {
			continue
		}
		seen &^= 1 << k
		lc.cands[lc.n] = columnCand{sep: sep, index: uint8(k), hits: 1, levels: columnBits(line, sep, k), from: offset}
		if f, ok := columnField(line, sep, k); ok && sep == ' ' {
			lc.cands[lc.n].sentence = prose(line[:max(bytes.Index(line, f), 0)])
		}
		lc.cands[lc.n].respelled(line)
		lc.n++
	}
}

// Spellings of a column's words, from their letters: a logger writes its level words in lower
// case or with capitals, not both (Orocos's "Info", "Warning" and "ERROR" are one spelling).
const (
	spelledLower = 1 + iota
	spelledCapitals
)

// spellingOf tells how the letters of a word of three or more are spelled, or 0 for a shorter one.
func spellingOf(f []byte) uint8 {
	letters, upper := 0, 0
	for _, c := range f {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
			upper++
		case c >= 'a' && c <= 'z':
			letters++
		}
	}
	switch {
	case letters < 3:
		return 0
	case upper == 0:
		return spelledLower
	}
	return spelledCapitals
}

// respelled records the spelling of the column's word on line, and reports whether it differs
// from the one of the column's first and only line, a sentence's word, which then was no line of
// the column.
func (c *columnCand) respelled(line []byte) bool {
	f, ok := columnField(line, c.sep, int(c.index))
	if !ok {
		return false
	}
	sp := spellingOf(f)
	if sp == 0 {
		return false
	}
	if c.spelling == 0 {
		c.spelling = sp
	}
	return sp != c.spelling && c.sentence && !c.kept && !c.respelt && c.hits <= 1
}

// drop forgets the candidates the lines disagree with, and after the fitting lines every one
// not learned.
func (lc *levelColumn) drop() {
	kept := 0
	for i := 0; i < lc.n; i++ {
		c := lc.cands[i]
		if c.kept && !c.learned() {
			lc.lines = 0 // the layout changed: the new one gets its fitting lines to show its column
			continue
		}
		if c.misses > c.hits || lc.lines > columnFitLines && !c.learned() {
			continue
		}
		lc.cands[kept] = c
		kept++
	}
	lc.n = kept
}

// level returns the level a line holds in the source's learned column; ok is false when no column
// is learned or the line holds no level there. The column with most lines behind it wins.
func (lc *levelColumn) level(line []byte) (Level, byte, bool) {
	if lc.n == 0 {
		return Unknown, 0, false
	}
	best := lc.best()
	if best < 0 {
		return Unknown, 0, false
	}
	c := lc.cands[best]
	if i := indexByteFrom(line, '\n', 0); i >= 0 {
		line = line[:i]
	}
	head := line[:min(len(line), columnHead)]
	lvl, bit, ok := columnAt(head, c.sep, int(c.index))
	if ok && borrowedBeforeProse(head, c.sep, int(c.index)) {
		return Unknown, c.sep, false
	}
	if bit&columnDepth != 0 && c.levels&(1<<Debug) != 0 {
		lvl = Debug
	}
	if bit&columnAudit != 0 {
		switch {
		case c.levels&(1<<Notice) != 0:
			// syslog's alphabet, with its own notice (Ruckus's N): an alert
		case c.levels&(columnVerbose|1<<Debug) != 0:
			lvl = Critical // Android's: an assertion, its top priority beside F
		default:
			lvl = Notice // IBM's: an audit event
		}
	}
	return lvl, c.sep, ok && lvl != Unknown
}

// fillsOnly reports whether the learned column only gives a level to lines the rules gave none:
// one of bracketed numbers (thread ids can spell the same, see columnNumbers), or a word column
// (see columnword.go), whose word may be a wrapper's, as mod_wsgi's "[wsgi:error]" is around
// every line a Python program writes with its own "INFO:".
func (lc *levelColumn) fillsOnly() bool {
	b := lc.best()
	return b >= 0 && (lc.cands[b].levels&columnNumbers != 0 || lc.cands[b].sep == columnWord)
}

// columnKey names the learned column and the letters it has shown, which decide what it reads on
// a line: the same key reads the same level from the same text.
type columnKey uint64

// noColumnKey is the key of no reading: a level read under it is read again.
const noColumnKey columnKey = 0

// key returns the key of the column level reads now.
func (lc *levelColumn) key() columnKey {
	const read = 1 << 63 // a reading, with or without a column
	if lc.n == 0 {
		return read // most sources: no candidate, nothing to look through
	}
	b := lc.best()
	if b < 0 {
		return read
	}
	c := &lc.cands[b]
	return read | columnKey(c.sep)<<40 | columnKey(c.index)<<32 | columnKey(c.levels)
}

// relevel is the level of an entry of format f, given its text and the level its rules read.
// It fills a level the rules left unknown; in a layout whose level the rules looked for among
// the header's words it also replaces theirs, which came from another field (a component named
// TRACE, a word of the message). A syslog priority or a structured format's own level key is left
// alone. seen is the level the column gave the line when it was observed, for a line the column
// was given up after; seenKey is the column it was read from, and when the column is still the
// same, seen is what it reads on raw, which is then not read again.
func (lc *levelColumn) relevel(raw []byte, f Format, had, seen Level, seenKey columnKey) Level {
	switch f {
	case FormatJSON, FormatLogfmt, FormatAccess, FormatCustom:
		return had
	case FormatLayout, FormatStamped, FormatText:
	default:
		if had != Unknown {
			return had
		}
	}
	if had != Unknown && lc.fillsOnly() {
		return had // see fillsOnly
	}
	if had != Unknown && f == FormatText && levelOpens(raw) {
		return had // an untimed line that opens with its level ("fatal error: …"): the column counts past a time it lacks
	}
	if had != Unknown && lc.n > 0 && wrappedLine(raw) {
		return had // the level of a program's own line inside the bar column's (see ownLevel)
	}
	if seenKey != noColumnKey && seenKey == lc.key() {
		if seen != Unknown {
			return seen
		}
		return had
	}
	if lvl, _, ok := lc.level(raw); ok {
		return lvl
	}
	if seen != Unknown {
		return seen
	}
	return had
}

// levelOpens reports whether line opens with its level, in its first word or qualified by it
// ("fatal error: …").
func levelOpens(line []byte) bool {
	_, _, _, ok := leadingLevel(line, 0, 2)
	return ok
}

// columnBits is the bit of the value in field k of a separator, for columnCand.levels: its level,
// and whether it is a letter or a word.
func columnBits(line []byte, sep byte, k int) uint32 {
	f, ok := columnField(line, sep, k)
	if !ok {
		return 0
	}
	lvl, bit, ok := columnValue(f, sep)
	if !ok {
		return 0
	}
	if lvl != Unknown {
		bit |= 1 << lvl
		blanks := sep
		if sep == columnWord {
			blanks = ' ' // a word column's words read as the blank columns' do (see wordValue)
		}
		if _, borrowed := borrowedLevel(f, blanks); !borrowed {
			bit |= columnGenuine
		}
	}
	return kindBit(f, bit)
}

// borrowedLevel reads the words a level column holds that are levels only beside a logger's own
// words (tickets and tides have them too): a security product's high, medium and low, as PAN-OS
// maps them onto syslog's severities, between blanks, and MonetDB's MSG, its standard output
// beside ERR, and java.util.logging's names in lower case, which are also words of prose, as
// iPlanet's and Sun's servers write them beside info and warning ("fine (4120): …").
func borrowedLevel(f []byte, sep byte) (Level, bool) {
	switch string(f) {
	case "MSG":
		return Info, true
	case "fine":
		return Debug, sep == ' '
	case "config":
		return Info, sep == ' '
	case "failure":
		return Error, sep == ' '
	case "catastrophe":
		return Critical, sep == ' '
	case "security":
		return Warn, sep == ' ' // between failure and warning on iPlanet's scale
	case "Major":
		return Error, sep == ' ' // an alarm's severity as snmptt's EVENTs and NMSes capitalize it
	case "Minor":
		return Warn, sep == ' '
	case "MAJ": // ipmiutil's SEL listing beside INF and CRT, as its syslog mapping ranks them
		return Error, sep == ' '
	case "MIN":
		return Warn, sep == ' '
	case "default":
		return Notice, sep == '\t' // Apple's unified log in lower case, as Console copies it
	case "fault":
		return Critical, sep == '\t'
	case "high", "HIGH":
		return Error, sep == ' '
	case "medium", "MEDIUM":
		return Warn, sep == ' '
	case "low", "LOW":
		return Notice, sep == ' '
	}
	return Unknown, false
}

// borrowedBeforeProse reports whether field k of a line holds a word that is a level only beside
// a logger's own words (see borrowedLevel) and one blank and a letter or a bracket follow it: the
// message's first words on a line that has no level ("Minor GC took 12ms", "config reloaded",
// "security [auth] token rotated"), not a
// column padded apart (PAN-OS's "medium        general"), iPlanet's "failure (8812): …" or
// snmptt's "Major \"Status Events\" …".
func borrowedBeforeProse(line []byte, sep byte, k int) bool {
	f, ok := columnField(line, sep, k)
	if !ok || len(f) == 0 {
		return false
	}
	switch string(f) {
	case "fine", "config", "failure", "catastrophe", "security", "Major", "Minor", "default", "fault":
	default:
		return false // (a security product's high, medium and low, MonetDB's MSG, stand before words)
	}
	end := cap(line) - cap(f) + len(f)
	c := byteAt(line, end+1)
	return byteAt(line, end) == ' ' && (isAlpha(c) || c == '[')
}

// kindBit adds to bit whether the value f is a letter, a word or a bracketed number.
func kindBit(f []byte, bit uint32) uint32 {
	switch _, wrapped := wrappedLetter(f); {
	case wrapped:
		return bit | columnLetters | columnWrapped
	case len(f) == 1 || len(f) == 2 && f[1] == '>':
		return bit | columnLetters
	case f[0] == '[':
		return bit | columnNumbers
	}
	return bit | columnWords
}

// foreignLetter reports whether f is one ASCII letter of no severity alphabet, or a bracketed
// number off Python's level scale: a field that holds one is no level column.
func foreignLetter(f []byte) bool {
	if n, ok := bracketedNumber(f); ok {
		_, ok := pythonLevel(n)
		return !ok
	}
	if c, ok := wrappedLetter(f); ok {
		_, _, ok := columnLetter(c)
		return !ok
	}
	if len(f) != 1 || !('a' <= f[0] && f[0] <= 'z' || 'A' <= f[0] && f[0] <= 'Z') {
		return false
	}
	_, _, ok := columnLetter(f[0])
	return !ok
}

// bracketedNumber reads "[20]".
func bracketedNumber(f []byte) (int, bool) {
	if len(f) < 3 || f[0] != '[' || f[len(f)-1] != ']' {
		return 0, false
	}
	return atoi(f[1 : len(f)-1])
}

// pythonLevel maps the numbers of Python's logging levels, which a format writes with
// %(levelno)s ("2026-11-29 07:41:16,123 [30] [cmk.web 4120] …"): 10 debug to 50 critical.
func pythonLevel(n int) (Level, bool) {
	switch n {
	case 10:
		return Debug, true
	case 20:
		return Info, true
	case 30:
		return Warn, true
	case 40:
		return Error, true
	case 50:
		return Critical, true
	}
	return Unknown, false
}

// columnAt reads the value of field k of a separator.
func columnAt(line []byte, sep byte, k int) (Level, uint32, bool) {
	f, ok := columnField(line, sep, k)
	if !ok {
		return Unknown, 0, false
	}
	if len(f) == 1 && f[0] == 'M' && sep == ' ' {
		if at, ok := offsetIn(line, f); ok && byteAt(line, at+1) == ' ' && clockStart(line[at+2:]) {
			// Before a clock with a fraction, M is GLib's message level as WirePlumber writes
			// it ("M 07:41:16.673913 …"), which names no severity; before ProCurve's date it is
			// a major event.
			return Unknown, columnNoLevel, true
		}
	}
	return columnValue(f, sep)
}

// columnField returns field k of a separator.
func columnField(line []byte, sep byte, k int) ([]byte, bool) {
	if sep == columnWord {
		return wordField(line, uint8(k))
	}
	fs, fe, next, pfs, pfe := 0, 0, 0, 0, 0
	pastTag := false
	for i := 0; i <= k; i++ {
		if i > 0 && sep == ' ' && fe-fs > 1 && line[fe-1] == ':' {
			pastTag = true // past a tag or logger: only a level's label (see observe)
		}
		var ok bool
		pfs, pfe = fs, fe
		if fs, fe, next, ok = nextField(line, sep, next, i == 0); !ok {
			return nil, false
		}
	}
	if pastTag {
		var label bool
		if fe, label, _ = tagLabel(line, fs, fe); !label {
			return nil, false
		}
	}
	if strayColonLetter(line, sep, fs, fe, pfs, pfe, k) || innerWrappedLetter(line[fs:fe], sep, k) {
		return nil, false
	}
	return line[fs:fe], true
}

// innerWrappedLetter reports whether field k of a separator is a wrapped letter (see
// wrappedLetter) past the line's first word: only one that opens the line is a column's. Further
// in, "(I)" and "(O)" are a modem's directions, "(E)" and "(D)" a flag's states, and a level the
// line writes after them is its own.
func innerWrappedLetter(f []byte, sep byte, k int) bool {
	_, wrapped := wrappedLetter(f)
	return wrapped && sep == ' ' && k > 0
}

// strayColonLetter reports whether field k, line[fs:fe], is one letter between colons that is not
// glued to a clock before it (Ruckus's "07:41:16:W:System:"): a drive letter ("Scanning:
// E:\Backup"), an IPv6 address's group ("2001:DB8::1:E:F") or a word's initial is no level.
func strayColonLetter(line []byte, sep byte, fs, fe, pfs, pfe, k int) bool {
	if sep != ':' || fe-fs != 1 {
		return false
	}
	if c := byteAt(line, fe+1); c == '\\' || c == '/' {
		return true // a drive: "07:41:16:D:\\data"
	}
	i := fs - len("07:41:16:")
	return k < 3 || pfe-pfs != 2 || i < 0 || !isDigitAt(line, i) || !isDigitAt(line, i+1) || line[i+2] != ':' ||
		!isDigitAt(line, i+3) || !isDigitAt(line, i+4) || line[i+5] != ':' || !isDigitAt(line, i+6) || !isDigitAt(line, i+7)
}

// nextField returns the bounds, blanks trimmed, of the field that starts at i (at the separator
// that ends the field before it, unless first), and where the field after it starts; ok is false
// past the line's end. A blank-separated field is a word; the others run to the next separator.
func nextField(line []byte, sep byte, i int, first bool) (start, end, next int, ok bool) {
	if sep == ' ' {
		start, end = nextToken(line, i)
		return start, end, end, start < end
	}
	if !first {
		if i >= len(line) {
			return 0, 0, 0, false
		}
		i++ // the separator
	}
	start = i
	for i < len(line) && !fieldSep(line[i], sep) {
		i++
	}
	end, next = i, i
	for start < end && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	for end > start && (line[end-1] == ' ' || line[end-1] == '\t') {
		end--
	}
	return start, end, next, true
}

// fieldSep reports whether c ends a field of a separator: pipe fields also end at brackets, so
// that "[ warn||…" and "|W|" read alike.
func fieldSep(c, sep byte) bool {
	if sep == '|' {
		return c == '|' || c == '[' || c == ']'
	}
	return c == sep
}

// columnValue reads one field as a severity value: a letter of a severity alphabet, a level word
// (LOG_ERR as syslog.h names it, Apple's Default and Fault, Kubernetes' Normal, Ganesha's EVENT),
// or a syslog digit in a tag ("LOG5", "SHELL/5/SHELL_LOGIN:"). bit is columnNoLevel for a letter
// that names no level.
func columnValue(f []byte, sep byte) (lvl Level, bit uint32, ok bool) {
	if sep == columnWord {
		return wordValue(f)
	}
	if lvl, ok := syslogTag(f); ok {
		return lvl, 0, true
	}
	if sep == ' ' && len(f) > 2 && f[len(f)-1] == ':' {
		f = f[:len(f)-1] // Knot's "info:"
	}
	if sep == ' ' {
		f = withoutScaleNumber(f) // Alcatel-Lucent's "info(5)", "debug2(7)"
		if numberedDebug(f) {
			return Debug, 0, true // "debug1" to "debug3", OmniSwitch's depths
		}
	}
	if sep == ' ' && len(f) > 4 && f[0] == '<' && f[len(f)-1] == '>' {
		// Citra's "<Warning>" after its log class; only a level's own word ("<Default>" and
		// "<Status>" are no levels there).
		lvl, ok := ParseLevel(f[1 : len(f)-1])
		return lvl, 0, ok
	}
	if c, ok := wrappedLetter(f); ok && sep == ' ' {
		return columnLetter(c)
	}
	switch {
	case len(f) == 0:
		return Unknown, 0, false
	case sep == ' ' && f[0] == '[':
		if n, ok := bracketedNumber(f); ok {
			lvl, ok := pythonLevel(n)
			return lvl, 0, ok
		}
	case len(f) == 2 && f[1] == '>' && sep == ' ':
		return columnLetter(f[0]) // Tarantool's "I>", "E>"
	case string(f) == "ERR!" && sep == ' ':
		return Error, 0, true // npmlog's error beside its "info" and "WARN"
	case len(f) == 1 && (sep == '|' || sep == '\t') && '1' <= f[0] && f[0] <= '9':
		return Unknown, columnDepth, true
	case len(f) == 1 && (sep != ':' || 'A' <= f[0] && f[0] <= 'Z'):
		// Between colons only a capital: Ruckus's "07:41:16:W:System:", where an IPv6
		// address's one-digit groups are lower case.
		return columnLetter(f[0])
	}
	if len(f) > 4 && string(f[:4]) == "LOG_" {
		f = f[4:]
	}
	if len(f) < 3 || !oneCaseWord(f) || sep == ':' && !isUpperWord(f) {
		return Unknown, 0, false // between colons, prose has words too: only an upper-case one counts
	}
	if proseLevelWord(f) {
		lvl, ok := borrowedLevel(f, sep)
		return lvl, 0, ok
	}
	if lvl, ok := ParseLevel(f); ok {
		return lvl, 0, true
	}
	if lvl, ok := appleLevel(f); ok {
		return lvl, columnApple, true
	}
	switch string(f) {
	case "EVENT", "event", "Event":
		return Notice, 0, true // NFS-Ganesha's level between warning and info
	case "Normal":
		return Info, 0, true // Kubernetes' event type beside Warning
	case "Nominal":
		if sep == '|' {
			return Info, 0, true // FreeIPMI's event state beside Warning and Critical (ipmi-sel --output-event-state)
		}
	case "MESSAGE":
		return Notice, 0, true // GLib's level between warning and info (in lower case see wordValue)
	case "STATUS", "Status":
		return Info, 0, true // Traffic Server's and SQL Server's informational type
	case "CONNECT":
		return Info, 0, true // tinyproxy's level between notice and info
	case "ACTION":
		return Notice, 0, true // Luanti's level between warning and info
	case "Auth":
		return Notice, 0, true // FreeRADIUS's type for its login lines, sent to syslog as notice
	case "System":
		if sep == '|' {
			return Notice, 0, true // MySQL's PRIO in a result set, beside Warning, Error and Note
		}
	case "ASSERT", "Assert":
		return Critical, 0, true // Android's and Kermit's top priority
	case "SERIOUS":
		return Error, 0, true
	case "WDIAG":
		return Warn, 0, true // OceanBase's warning and error with a diagnosis
	case "EDIAG":
		return Error, 0, true
	case "maxdebug":
		return Debug, 0, true // MiniDLNA's finest level
	case "SUCCESS":
		return Notice, 0, true // loguru's level between info and warning; elsewhere a result
	case "IMP":
		return Notice, 0, true // OpenSnitch's important, between its info and warning; elsewhere a project's key
	case "MAJOR":
		return Error, 0, true // an alarm's severity (X.733): Nokia SR OS, telecom gear
	case "MINOR":
		return Warn, 0, true
	}
	if lvl, ok := borrowedLevel(f, sep); ok {
		return lvl, 0, true
	}
	if sep == '\t' {
		switch string(f) { // SharePoint's ULS trace levels
		case "Medium": // High is left out: beside Medium and Low it ranks a finding, not a trace
			return Info, 0, true
		case "Monitorable":
			return Warn, 0, true
		case "Unexpected":
			return Error, 0, true
		}
	}
	return Unknown, 0, false
}

// tagLabel reads field line[fs:fe] past a line's tag or logger: label says it is a level's label
// (see labelShaped), whose value ends at the returned end (a letter's without its colon, "I:"
// reads "I"); foreign that it is a capital letter and its colon of no level's alphabet.
func tagLabel(line []byte, fs, fe int) (end int, label, foreign bool) {
	f := line[fs:fe]
	if !labelShaped(f) {
		return fe, false, len(f) == 2 && f[1] == ':' && f[0] >= 'A' && f[0] <= 'Z'
	}
	if len(f) == 2 {
		return fe - 1, true, false
	}
	return fe, true, false
}

// numberedDebug reports whether f is a debug level's depth: "debug1" to "debug9".
func numberedDebug(f []byte) bool {
	return len(f) == 6 && string(f[:5]) == "debug" && '1' <= f[5] && f[5] <= '9'
}

// labelShaped reports whether field f, past a line's tag or logger, is a level's label: a level
// word and its colon ("warn:", "INFO:"), one of the letters loggers write for a level and its colon
// ("I:", as DCMTK's tools write them), or a level word and its number in parentheses (see
// withoutScaleNumber). Only ParseLevel's own words count there, not the words a header's column
// may hold beside them ("Fault", "Default", "Status", "Event"): past the tag they are the
// message's, and another program's line at the same place would take them for levels.
func labelShaped(f []byte) bool {
	n := len(f)
	switch {
	case n == 2 && f[1] == ':':
		return strings.IndexByte("TDIWEF", f[0]) >= 0
	case n > 3 && f[n-1] == ':':
		f = f[:n-1]
	default:
		if f = withoutScaleNumber(f); len(f) == n {
			return false
		}
	}
	if numberedDebug(f) || string(f) == "maxdebug" {
		return true // a debug level's depth, and MiniDLNA's finest
	}
	if !oneCaseWord(f) {
		return false
	}
	_, ok := ParseLevel(f)
	return ok
}

// withoutScaleNumber returns a field without the number in parentheses that follows a word of three
// letters or more: the level's place on the writer's own scale, as OmniSwitch's swlog writes
// "info(5)" and "warning(4)". Another field is returned as it is.
func withoutScaleNumber(f []byte) []byte {
	n := len(f)
	if n < 6 || f[n-1] != ')' {
		return f
	}
	open := bytes.LastIndexByte(f, '(')
	if open < 3 || n-open-2 < 1 || n-open-2 > 2 || !digitsOnly(f[open+1:n-1]) || !isAlpha(f[open-1]) && !isDigit(f[open-1]) {
		return f
	}
	return f[:open]
}

// columnLetter reads a one-letter severity: upper case as most alphabets write it, and the lower
// case d, i, w, e, f of SAP HANA's trace. M is ProCurve's major event, worse than an error; A is
// read by the column's alphabet (see columnAudit).
func columnLetter(c byte) (Level, uint32, bool) {
	switch c {
	case 'T', 'D', 'I', 'N', 'W', 'E', 'C', 'F', 'd', 'i', 'w', 'e', 'f':
		lvl, ok := ParseLevel([]byte{c})
		return lvl, 0, ok
	case 'V':
		return Trace, columnVerbose, true
	case 'A':
		return Alert, columnAudit, true
	case 'M':
		return Critical, 0, true
	case 'O', 'R':
		return Unknown, columnNoLevel, true
	}
	return Unknown, 0, false
}

// wrappedLetter returns the letter of a one-letter value in parentheses, angle brackets or
// brackets: qBittorrent's "(W)" and Mumble's Qt type glued to its date ("<C>2026-11-29"), which
// open their lines. After the closing mark the field ends, or goes on with a digit or a bracket.
// java.util.logging's "[S][4131]…" (F5's restjavad) is not read: its S (SEVERE) and F (FINE)
// are a test runner's success and failure too.
func wrappedLetter(f []byte) (byte, bool) {
	if len(f) < 3 || !isAlpha(f[1]) {
		return 0, false
	}
	if !(f[0] == '(' && f[2] == ')' || f[0] == '<' && f[2] == '>' || f[0] == '[' && f[2] == ']') {
		return 0, false
	}
	if len(f) > 3 && !isDigit(f[3]) && f[3] != '[' && f[3] != '(' && f[3] != '<' {
		return 0, false
	}
	return f[1], true
}

// oneCaseWord reports whether f is a word in one case, or capitalized: no mixed-case identifier.
func oneCaseWord(f []byte) bool {
	upper := 0
	for i, c := range f {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
		if i > 0 && c >= 'A' && c <= 'Z' && upper != i+1 {
			return false
		}
	}
	return true
}

// syslogTag reads a syslog severity digit written into a tag: stunnel's "LOG5" (before its
// "[id]:"), and H3C Comware's "MODULE/5/MNEMONIC:".
func syslogTag(f []byte) (Level, bool) {
	for len(f) > 0 && (f[0] == '%' || f[0] >= '0' && f[0] <= '9') {
		f = f[1:] // Comware's "%%10" before the module
	}
	if len(f) >= 4 && string(f[:3]) == "LOG" && f[3] >= '0' && f[3] <= '7' && (len(f) == 4 || f[4] == '[' || f[4] == ':') {
		return LevelFromSyslog(int(f[3] - '0')), true
	}
	lvl, _, ok := infoIDHead(f)
	if !ok || f[len(f)-1] != ':' && f[len(f)-1] != ')' {
		return Unknown, false
	}
	return lvl, true
}
