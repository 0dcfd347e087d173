package parse

import (
	"bytes"
	"strings"
)

// Stamped lines are the ones no specific format reads but the locator finds a time in. Their
// level and host are read where the source's lines put them, and the Parser learns those places
// from the source's first lines (see layoutMemory): a later line is read at the learned places
// first, and a severity word further into a line, in its message, is never its level.

// levelScanWords is how many words after the time may hold the level: room for a pid, a thread
// id, a thread name and a logger (Android's "1702  2395 D Tag:", OpenStack's "25746 INFO").
const levelScanWords = 5

// confident is how many lines must agree on a level's place before other places stop counting.
const confident = 3

// Level places that are not a word next to the time: a level= pair, a message id's digit, the
// debug level in the time's bracket, a lone level word further into the header (see loneLevel), a
// tool's or a board's level behind the time (see toolLevel).
const (
	spotPair        = -127
	spotMsgID       = -126
	spotDebugClass  = -125
	spotLone        = -124
	spotLabel       = -123
	spotCSV         = -122
	spotTool        = -121
	spotIBMType     = -120
	spotPidDigit    = -119
	spotOpenDigit   = -118
	spotDecoded     = -117
	spotSourceDigit = -116
)

// layoutMemory is what a Parser learned of its source's stamped lines.
type layoutMemory struct {
	token     int // the word the time starts at, once kind is set
	kind      stampKind
	spot      int  // the level's word, counted from the time (negative: before it), or a spot constant
	closer    byte // the byte right after the time on the line spot was learned from
	opener    byte // '[' when the column after that time opened with a bracket, else 0
	agreed    int  // lines whose level was at spot
	lastToken int  // the word the last stamped line's time started at, for the multi-line rule
	lastAfter bool // the words before that time were a header's columns that a bracket opens (see headerPrefix)
	lastRow   bool // the last stamped line was a row of numbers ending with its time (see numberRow)

	epochAt    int64 // the last line's candidate epoch column (see wordEpoch) and its word
	epochToken int
	epochRun   int   // consecutive lines whose column epoch went forward from the line before
	epochHeld  int   // consecutive lines with a column epoch at the same word, in any order
	epochLow   int64 // the earliest and latest of those epochs
	epochHigh  int64

	hostTries, hostHits int // stamped lines searched for a host, and those that had one

	parensOff bool // the source's letters in parentheses after the time are no levels (see headerLetter)
	named     bool // the learned time opens with a name (a month's, a weekday's), not a number
}

// parseStamped reads a line by its located time into rec. It fails when the line has no time.
func (p *Parser) parseStamped(line []byte, rec *Record) bool {
	return p.parseStampedAs(line, rec, false)
}

// parseStampedAs is parseStamped; learnedOnly accepts only a time at the learned place, in the
// learned spelling, without the locator's search.
func (p *Parser) parseStampedAs(line []byte, rec *Record, learnedOnly bool) bool {
	var s stamp
	if !p.findStamp(line, &s, learnedOnly) {
		return false
	}
	s.parensOff = &p.mem.parensOff
	*rec = Record{Format: FormatStamped, Time: s.t, Message: Span{int32(afterStamp(line, s.end)), int32(len(line))}}
	if s.kind == stampClock && countClock(line, s.start) {
		if t := p.dateAfterClock(line, s.end); t != 0 {
			rec.Time = t
		}
	}
	if t, e, ok := preciseTwin(line, s.end, rec.Time, p.nowNano()); ok {
		rec.Time, rec.Message.Start = t, int32(afterStamp(line, e))
	} else if s.start == 0 && svlogdStampEnd(line) > 0 {
		if t, ok := svlogdTime(line); ok {
			rec.Time = t // svlogd writes UTC, whatever the zone of the machine
		}
	}
	// A tracer's process id is the line's subject, not a header's: strace -f's "4127  07:41:16.204118
	// execve(…" keeps it in the text.
	whole := s.start > 0 && (!headerPrefix(line[:s.start]) && !levelSlashDate(line, s.start, 4) || s.kind == stampClock && pidClock(line, s.start) && !levelWordAt(line, s.end))
	// A header that a bracket opens ("[Nest] 7  - 11/29/2026, …"); an access line's client
	// address and dashes are no such header.
	p.mem.lastToken, p.mem.lastAfter = s.token, s.start > 0 && !whole && line[0] == '['

	if whole {
		rec.Message.Start = 0 // "update-alternatives 2026-…": the words before the time are text, kept
	}
	if lvl, spot, msg, ok := p.stampedLevel(line, &s); ok {
		rec.Level = lvl
		p.learnSpot(spot, byteAt(line, s.end), columnOpener(line, s.end))
		if msg > 0 && !whole {
			rec.Message.Start = int32(msg)
		}
		if byteAt(line, s.end) == ':' {
			// A level glued by colons between the clock and the rest (Folding@home's
			// "07:41:18:WARNING:WU01:FS00:Server did not …"): the message is all after it.
			j := s.end + 1
			if k := indexByteFrom(line, ':', j); k > j {
				if _, isLevel := ParseLevel(line[j:k]); isLevel {
					rec.Message.Start = int32(skipBlanks(line, k+1))
				}
			}
		}
	}
	if at := afterStamp(line, s.end); s.start == 0 && byteAt(line, s.end) == ' ' && byteAt(line, at) >= 'A' && byteAt(line, at) <= 'Z' {
		if lvl, _, le, ok := pythonDefault(line, at); ok {
			rec.Level, rec.Message.Start = lvl, int32(le+1) // "ERROR:shop.sync:stock feed failed" behind svlogd's time
		}
	}
	if s.token > 1 && !whole {
		if msg, ok := barColumn(line, s.start, s.end); ok {
			rec.Message.Start = max(rec.Message.Start, int32(msg)) // "INFO | 2026/11/29 07:41:16 | …": the columns are the header
			if lvl, ok := ownLevel(line[msg:], p.nowNano(), &p.wall); ok {
				rec.Level = lvl // a program's line inside the Java Service Wrapper's (see lateStamp)
			}
		}
	}
	if letterBracket(line, s.start) || levelOpensBracket(line, s.start) {
		// The logger closes it, "[I 07:41:16.123 NotebookApp] Serving …", or the source's file and
		// line: Bazel's client, "[INFO 07:41:16.539 src/main/cpp/rc_file.cc:62] Parsing …".
		rec.Message.Start = int32(afterBracket(line, s.end))
	}
	p.mem.lastRow = false
	if int(rec.Message.Start) >= len(line) && s.start > 0 && numberRow(line, rec) {
		p.mem.lastRow = true // the row's numbers are its text: vmstat -t ends each row with its time
	} else if int(rec.Message.Start) >= len(line) && s.start > 0 && labelBefore(line[:s.start]) {
		// Nothing after the time, a label before it: "[+] Finished: Sun Nov 29 07:42:03 2026"
		// says what it dates, and the label is the message.
		rec.Message = Span{0, int32(len(bytes.TrimRight(line[:s.start], " \t")))}
	}
	if p.mem.hostTries < hostlessAfter || p.mem.hostHits > 0 {
		p.mem.hostTries = min(p.mem.hostTries+1, hostlessAfter)
		if h, ok := hostAfter(line, s.end); ok && (rec.Message.Start <= h.Start || rec.Message.Start >= h.End) {
			// (A word the message starts inside is no host: bctoolbox's "flexisip-debug-Module …")
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := journalHost(line, s.end); ok && journalStamp(line, &s) {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := hostAfterUptime(line); ok && int(h.End) < s.start {
			// The journal's short-monotonic output of a message that holds a time of its own:
			// "[  104.501751] web01 dpkg[29060]: 2026-12-03 15:43:41 status installed …".
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := hostAround(line, &s); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := weblogicHost(line); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := hostBeforeParenTime(line, &s); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := hostBeforeTabbedDate(line, &s); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := nodeBeforeEpoch(line, &s); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := senderAfterFacility(line, s.end); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := nodeBeforeDatedLine(line, &s); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h, ok := iasServer(line, s.end); ok {
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		} else if h := serverBeforeClient(line); h.End > 0 {
			// HAProxy's %H first: "lb03 203.0.113.45:51234 [29/Nov/2026:…] …"
			rec.Host, p.mem.hostHits = h, p.mem.hostHits+1
		}
	}
	if rec.Level == Unknown && rec.Host.End > 0 && journalStamp(line, &s) && journalTag(line, int(rec.Host.End)) {
		rec.Level = p.journalMessageLevel(line, int(rec.Host.End)) // behind short-full's header as behind short's
	}
	return true
}

// twinTriesMax is how many of a source's records timed by a time of day alone are searched for a
// date of the same clock later on the line, before its first record with a date: a source whose
// clocks never come with one (a game server's console) stops paying for the search.
const twinTriesMax = 32

// datedTwin finds, after a time of day alone placed at t, the same clock with its date at
// line[from:], and returns that time: a program that stamps its lines with the clock and says once
// when it started, "[03:12:40] Info: Start date is Fri Nov 27 03:12:40 UTC 2026": the clock moved
// to the twin's day. Its record then has a date, which the lines after it take (see
// wallClock.dated).
func (p *Parser) datedTwin(line []byte, from int, t int64) (int64, bool) {
	const day = secPerDay * nsPerSec
	// Word by word: the locator leaves a date in a sentence alone ("Start date is …"), and here
	// the clock it must carry tells it from one the message talks of.
	for s, e := nextToken(line, from); s < e; s, e = nextToken(line, e) {
		if !isAlnum(line[s]) {
			continue
		}
		st, ok := stampAt(line, s, p.nowNano(), &p.wall)
		if !ok || st.kind != stampDate {
			continue
		}
		days, rest := (st.t-t)/day, (st.t-t)%day // whole days apart, and the clocks' difference
		switch {
		case rest > day/2:
			days, rest = days+1, rest-day
		case rest < -day/2:
			days, rest = days-1, rest+day
		}
		if rest >= -nsPerSec && rest <= nsPerSec {
			return t + days*day, true // the twin's day, the clock's own fraction ("07:41:16.412 … at 11/29/2026 7:41:16 AM")
		}
	}
	return 0, false
}

// numberRow reports whether line is a row of numbers that ends with its time, as `vmstat -t`
// writes each sample, right-aligned ("  1  0      0 812344 … 97  0  0  0 2026-11-29 07:41:16"),
// given the record read from it with nothing after the time; the numbers are then its message.
func numberRow(line []byte, rec *Record) bool {
	if int(rec.Message.Start) < len(line) {
		return false
	}
	n, first, last := 0, -1, 0
	s, e := nextToken(line, 0)
	for ; s < e && numberWord(line[s:e]) && bytes.IndexByte(line[s:e], ':') < 0; s, e = nextToken(line, e) {
		if first < 0 {
			first = s
		}
		n, last = n+1, e
	}
	if n < 3 || s == e || !isDigit(line[s]) {
		return false // a time of day or a date must follow the numbers
	}
	rec.Message = Span{int32(first), int32(last)}
	return true
}

// senderAfterFacility reads the sender a syslog server stores after its time and the received
// facility and severity, as Kiwi Syslog writes them with blanks: "11-29-2026 08:55:12 Local3.Info
// 10.20.9.31 Nov 29 08:55:11 smg-scan1 …" (collectorColumns reads the ISO layout's columns).
func senderAfterFacility(line []byte, end int) (Span, bool) {
	s, e := nextToken(line, afterStamp(line, end))
	if _, ok := facilityLevel(line[s:e]); !ok {
		return Span{}, false
	}
	if s, e = nextToken(line, e); !sender(line[s:e]) || bareNumber(line[s:e]) {
		return Span{}, false // "Daemon.Debug 12345 items processed": a count is no sender
	}
	return Span{int32(s), int32(e)}, true
}

// countClock reports whether the time of day alone at line[i] is in its first hour, as a count
// since a program's start is in most of its lines (Jenkins' timestamper: "[00:00:05]").
func countClock(line []byte, i int) bool {
	return hasPrefixAt(line, i, "00:")
}

// dateAfterClock reads the date and clock a line may write right after a count since a
// program's start (see countClock): Jenkins' timestamper puts its count before a build's own log
// lines ("[00:00:05] 2026-11-29 07:41:16 INFO …"). Behind a time of day of a later hour, a date
// is the content's (a commit's date in "[07:41:16] 2026-11-20 10:00:00 +0100 a1b2c3d Fix
// typo"). It is 0 when no date and clock follow.
func (p *Parser) dateAfterClock(line []byte, end int) int64 {
	if i := afterStamp(line, end); i < len(line) {
		if st, ok := stampAt(line, i, p.nowNano(), &p.wall); ok && st.kind == stampDate {
			return st.t
		}
	}
	return 0
}

// headerPrefix reports whether the words before a time are a header's columns, which the message
// may leave out: pids and numbers, bracketed or parenthesized fields, a level, keys ending in ':'
// ("# Time:", "Start-Date:"), lone punctuation. Anything else is text the message keeps.
func headerPrefix(b []byte) bool {
	for i := 0; i < len(b); {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		w := b[s:e]
		_, level := levelToken(w, true)
		switch {
		case level, numberColumn(w), w[0] == '[' || w[0] == '(' || w[0] == '<' || w[0] == '#' || w[0] == '*',
			w[len(w)-1] == ':', len(w) == 1 && !isAlnum(w[0]):
		default:
			return false
		}
		i = e
	}
	return true
}

// hostlessAfter is how many stamped lines without a host make a source's layout hostless, so
// that its later lines are not searched for one.
const hostlessAfter = 16

// afterStamp returns where the text after a time starts, past the bracket or colon that closes it.
func afterStamp(line []byte, i int) int {
	for i < len(line) && (line[i] == ']' || line[i] == ')' || line[i] == '>' || line[i] == ':' || line[i] == ',') {
		i++
	}
	return skipBlanks(line, i)
}

// findStamp tries the learned place and spelling first, then the whole window. It fills s in
// place, which is undefined when it returns false.
func (p *Parser) findStamp(line []byte, s *stamp, learnedOnly bool) bool {
	now := p.nowNano()
	// A time told by an epoch column is only ever found by the locator, which weighs the line's
	// other times: reading at the learned place would never give that kind, so it is not tried.
	if k := p.mem.kind; k != 0 && k != stampColumnEpoch {
		if i := wordStart(line, p.mem.token); i >= 0 {
			for _, at := range [2]int{i, i + 1} { // a bracket may open the word
				if at < len(line) && (at == i || line[i] == '[' || line[i] == '(') {
					// In the learned spelling: a month's name where the source writes a number
					// opens another format's line ("Nov 29 07:41:21 web1 sshd[2311]: …" among
					// ISO-stamped ones), which must reach its own parser.
					if readStamp(line, at, now, &p.wall, s) && s.kind == p.mem.kind && isAlpha(line[at]) == p.mem.named {
						s.token = p.mem.token
						return true
					}
				}
			}
		}
	}
	if learnedOnly {
		return false
	}
	found, ok := locate(line, now, &p.wall)
	if !ok {
		return false
	}
	if found.kind == stampColumnEpoch {
		prev, prevToken := p.mem.epochAt, p.mem.epochToken
		p.mem.epochAt, p.mem.epochToken = found.t, found.token
		// A word before or after counts as the same column: a dump's middle columns vary in
		// number ("state_change.unavailable" beside "action start").
		learned := p.mem.kind == stampColumnEpoch && nearWord(p.mem.token, found.token)
		if !nearWord(prevToken, found.token) || prev == 0 {
			p.mem.epochRun, p.mem.epochHeld = 0, 0
			p.mem.epochLow, p.mem.epochHigh = found.t, found.t
			if !learned {
				return false
			}
		} else {
			// Times go forward a little from line to line; sizes and ids do not, for long. A
			// file that is not in time order (a supercomputer's event dump) is learned from the
			// column holding a time on many lines in a row, and then read in any order.
			const day = secPerDay * nsPerSec
			p.mem.epochHeld = min(p.mem.epochHeld+1, 1<<20)
			p.mem.epochLow, p.mem.epochHigh = min(p.mem.epochLow, found.t), max(p.mem.epochHigh, found.t)
			if found.t >= prev && found.t-prev <= day {
				p.mem.epochRun = min(p.mem.epochRun+1, 1<<20)
			} else {
				p.mem.epochRun = 0
			}
			if !learned && p.mem.epochRun < 2 && !p.mem.heldEpochs() {
				return false
			}
		}
	}
	p.mem.token, p.mem.kind, p.mem.named = found.token, found.kind, isAlpha(line[found.start])
	*s = found
	return true
}

// epochHeldLines is how many lines in a row must hold a column epoch at the same word for it to
// be the source's time when the values do not go forward.
const epochHeldLines = 6

// epochHeldSpan is how far apart the epochs of those lines may be.
const epochHeldSpan = 5 * 366 * secPerDay * nsPerSec

// unorderedEpochs reports whether the source's time is an epoch column learned from lines in no
// time order (a supercomputer's event dump): a held line's own epoch is then taken as it is.
func (p *Parser) unorderedEpochs() bool {
	return p.mem.kind == stampColumnEpoch && p.mem.heldEpochs()
}

// heldEpochs reports whether enough lines in a row held a column epoch for it to be a time, in any
// order: counts, sizes and ids spread over decades, one machine's events over a few years.
func (m *layoutMemory) heldEpochs() bool {
	return m.epochHeld >= epochHeldLines && m.epochHigh-m.epochLow <= epochHeldSpan
}

// learnedTime reads a line's time only at the learned place, in the learned spelling: the
// entries a Stream held before the source's first time are read again once it is learned (an
// epoch column is trusted only when two lines agree on it, after the first lines went by).
func (p *Parser) learnedTime(line []byte) (int64, bool) {
	switch p.mem.kind {
	case 0:
		return 0, false
	case stampColumnEpoch:
		t, _, ok := p.learnedEpoch(line)
		return t, ok
	}
	var s stamp
	if p.findStamp(line, &s, true) {
		return s.t, true
	}
	return 0, false
}

// wordStart returns the index where the n-th blank-separated word of line starts, or -1.
func wordStart(line []byte, n int) int {
	i := skipBlanks(line, 0)
	for ; n > 0 && i < len(line); n-- {
		_, e := nextToken(line, i)
		i = skipBlanks(line, e)
	}
	if i >= len(line) {
		return -1
	}
	return i
}

// learnSpot records where a level was found; a place that keeps disagreeing is replaced.
func (p *Parser) learnSpot(spot int, closer, opener byte) {
	switch {
	case p.mem.spot == spot:
		p.mem.agreed = min(p.mem.agreed+1, 1<<20)
	case p.mem.agreed <= 1:
		p.mem.spot, p.mem.agreed, p.mem.closer, p.mem.opener = spot, 1, closer, opener
	default:
		p.mem.agreed--
	}
}

// stampedLevel finds the level of a stamped line: in a word just before or after the time, in a
// Cisco-style message id ("%ASA-6-302013:"), or in a level=, severity= or priority= pair. Once
// the source's lines agree on a place, only that place counts. msg is where the message starts
// when the level word ends the line's header (0 to keep the default).
func (p *Parser) stampedLevel(line []byte, s *stamp) (lvl Level, spot, msg int, ok bool) {
	if p.mem.agreed >= confident && spotFits(line, s, p.mem.spot, p.mem.closer, p.mem.opener) {
		lvl, spot, msg, ok = levelAtSpot(line, s, p.mem.spot)
		if ok {
			return lvl, spot, msg, ok
		}
		if !shaped(p.mem.spot) {
			// Nothing at the learned place: a line whose level stands before the time, where
			// the source's other lines have none (gvmd's "md manage:   INFO:2026-…" beside
			// "md   main:MESSAGE:…"), or after it marked as a column (bracketed, closed by a
			// colon or a comma, in capitals right after the time), still has it read; a plain
			// word further in is the message's ("… 07:41:16.204 got INFO from upstream").
			// The search also reads a spelling the word's own reading misses at the learned
			// place itself (a letter in parentheses, a level glued to its component).
			if lvl, spot, msg, ok = p.searchLevel(line, s); ok && offPlaceLevel(line, s, spot, p.mem.spot) {
				return lvl, spot, msg, ok
			}
			return Unknown, 0, 0, false
		}
		// A spot read by its layout's own shape (an IBM type column, a digit after a pid) that
		// the line does not have: the line is another program's, and the search reads it whole.
	}
	return p.searchLevel(line, s)
}

// searchLevel is stampedLevel's search of the whole header, with no learned place.
func (p *Parser) searchLevel(line []byte, s *stamp) (lvl Level, spot, msg int, ok bool) {
	if indentedDump(line, s.end) {
		return Unknown, 0, 0, false
	}
	if lvl, ok := kernelPriority(line, s.end); ok {
		return lvl, spotMsgID, 0, true // before any word of the kernel's message ("<3>INFO: task … blocked")
	}
	if s.start == 3 && line[0] == ' ' && markThenClock(line, 3) {
		// ethminer's channel marks: " i" its note channel, " X" its warnings; the others name
		// a channel (" m" the miner's), no level.
		switch line[1] {
		case 'i':
			return Info, spotMsgID, 0, true
		case 'X':
			return Warn, spotMsgID, 0, true
		}
		return Unknown, 0, 0, false
	}
	if lvl, ok := messageLoggerLevel(line); ok {
		return lvl, spotMsgID, 0, true // CMSSW's "%MSG-w XrdAdaptor:  file_open 29-Nov-2026 08:41:20 CET …"
	}
	if lvl, msg, ok := threadLevelBracket(line, skipBlanks(line, s.end)); ok && s.start == 1 {
		return lvl, spotMsgID, msg, true // Bitwig's "[2026-11-29 07:41:16.078 float-main-app info] …"
	}
	if lvl, ok := groongaLetter(line, s.end); ok {
		return lvl, spotMsgID, 0, true // before a bracket in Groonga's message ("|e| [ii][update] …")
	}
	if s3fsWarning(line, s.end) {
		return Warn, spotMsgID, skipBlanks(line, s.end+7), true
	}
	if lvl, msg, ok := signAfterStamp(line, s.end); ok {
		return lvl, spotMsgID, msg, true // PodFetch's "2026-11-29T07:43:15 ❌ - Error refreshing podcast …"
	}
	if s.start == 1 && line[0] == '"' && hasPrefixAt(line, s.end, `","`) {
		// The time opens a CSV record of quoted fields: the words after it are the fields' text,
		// and a level is a field of its own (Umbrella's "…","ET INFO Observed DNS Query …",…).
		if lvl, ok = csvLevelAfter(line, s.end); ok {
			return lvl, spotCSV, 0, true
		}
		if bytes.Count(line, []byte("=")) >= 3 {
			// A device's key=value line kept in a field (a SIEM's export), not a sentence that
			// quotes one pair ("user set level=""critical"" in prefs").
			if lvl, ok = pairLevel(line); ok {
				return lvl, spotPair, 0, true
			}
		}
		return Unknown, 0, 0, false
	}
	if ltsvLine(line) {
		// LTSV names its fields: a level word inside another field's value ("msg:ERROR …") is
		// that value's text, the level field's is the line's.
		lvl, ok = labelLevel(line)
		return lvl, spotLabel, 0, ok
	}
	if ts, te := nextToken(line, afterStamp(line, s.end)); externalCommand(line[ts:te]) {
		return Unknown, 0, 0, false // the command's arguments and the plugin's output it passes are no level of the line's
	}
	for _, sp := range shapedSpots {
		if lvl, msg, ok = readShaped(sp, line, s); ok {
			return lvl, sp, msg, true
		}
	}
	if lvl, spot, msg, ok = levelAround(line, s); ok {
		return lvl, spot, msg, true
	}
	if lvl, ok = msgIDLevel(line, s.end); ok {
		return lvl, spotMsgID, 0, true
	}
	if lvl, ok = bareModuleID(line, s.end); ok {
		return lvl, spotMsgID, 0, true // Comware's terminal: "*Nov 29 07:41:16:204 2026 sw-04 IKE/7/EVENT:…"
	}
	if lvl, ok = pairLevel(line); ok {
		return lvl, spotPair, 0, true
	}
	if lvl, ok = labelLevel(line); ok {
		return lvl, spotLabel, 0, true
	}
	if lvl, ok = csvLevelAfter(line, s.end); ok {
		return lvl, spotCSV, 0, true // PostgreSQL's csvlog: "2026-… UTC,\"app\",…,ERROR,42P01,…"
	}
	if lvl, e, ok := loneLevel(line, s.end, true); ok {
		return lvl, spotLone, e, true
	}
	if lvl, ok = toolLevel(line[afterStamp(line, s.end):]); ok {
		return lvl, spotTool, 0, true // a CI log's "…Z Cart.cs(41,27): warning CS8602: …"
	}
	return Unknown, 0, 0, false
}

// shapedSpots are the level places read by a layout's own shape (see readShaped), tried in this
// order before the words around the time; a line of another layout in the source does not have
// that shape.
var shapedSpots = [...]int{spotDebugClass, spotIBMType, spotPidDigit, spotOpenDigit, spotDecoded, spotSourceDigit}

// readShaped reads the level at a shaped spot, and where the message starts (0 to keep the
// default). The readers are called directly, not through a table of functions, so that the
// stamp does not escape to the heap.
func readShaped(spot int, line []byte, s *stamp) (lvl Level, msg int, ok bool) {
	switch spot {
	case spotDebugClass:
		lvl, ok = debugClassLevel(line, s)
	case spotIBMType:
		lvl, msg, ok = ibmEventType(line, s)
	case spotPidDigit:
		lvl, msg, ok = pidSeverityDigit(line, s)
	case spotOpenDigit:
		if lvl, ok = beegfsLevel(line, s); !ok {
			lvl, ok = wifidogLevel(line, s)
		}
	case spotDecoded:
		lvl, ok = decodedBeforeTime(line, s)
	case spotSourceDigit:
		lvl, msg, ok = ulogdLevel(line, s)
	}
	return lvl, msg, ok
}

// shaped reports whether spot is one of shapedSpots.
func shaped(spot int) bool {
	for _, sp := range shapedSpots {
		if sp == spot {
			return true
		}
	}
	return false
}

// spotFits reports whether a line has the shape in which the source's lines keep their level at
// spot: a CSV line's severity column is none of a line of another layout in the same source
// (log4j's lines after a CSV export's), and a word counted from a time closed otherwise than on
// the lines the spot was learned from ("[2026-… ,118] ERROR" among "2026.11.29D… INFO") is not the
// same column; the search reads those lines whole.
func spotFits(line []byte, s *stamp, spot int, closer, opener byte) bool {
	c := byteAt(line, s.end)
	switch {
	case spot == spotCSV:
		return c == ',' || (c == '\'' || c == '"') && byteAt(line, s.end+1) == ','
	case spot >= 0:
		// The columns after the time open alike too: Traffic Server's "[ET_NET 1] WARNING:"
		// beside its "traffic_server NOTE:" counts its words otherwise.
		return c == closer && columnOpener(line, s.end) == opener
	}
	return true
}

// columnOpener is '[' when the column after the time ending at end opens with a bracket, else 0.
func columnOpener(line []byte, end int) byte {
	if byteAt(line, afterStamp(line, end)) == '[' {
		return '['
	}
	return 0
}

// csvLevelAfter reads the severity column of a CSV line whose time, at line[:end], is a field of
// it: the field right after the time when it is a level in capitals, padded or not (TippingPoint's
// "1022,2026-11-29 07:41:16,ERR ,DRV,…"), or a severity column further on (see csvFieldLevel).
func csvLevelAfter(line []byte, end int) (Level, bool) {
	comma := end
	if c := byteAt(line, end); c == '\'' || c == '"' {
		comma++ // the quote that closes the time's field: "'2026-11-29 06:12:44,331', 'astropy.io.fits.card', 'WARNING', …"
	}
	if byteAt(line, comma) == ',' {
		if lvl, ok := csvColumnLevel(line[comma+1:]); ok {
			return lvl, true
		}
	}
	return csvFieldLevel(line[afterStamp(line, end):])
}

// csvColumnLevel reads a level that is a field of its own among the first fields after a time
// that ends its own field: "ERR ,DRV,…" (TippingPoint), ", 4120.4120, Information, Agent starting"
// (Sysdig's agent), ", 1, Information, Server, …" (RavenDB), "web-07,sshd,info,…" (Vector's CSV
// codec). A field with a blank inside is the message's text, and no field after it is read.
func csvColumnLevel(f []byte) (Level, bool) {
	for n := 0; n < 4; n++ {
		k := bytes.IndexByte(f, ',')
		if k < 0 {
			return Unknown, false
		}
		w := trimSpace(f[:k])
		if l := len(w); l > 2 && (w[0] == '\'' || w[0] == '"') && w[l-1] == w[0] {
			w = w[1 : l-1] // a quoted field
		}
		if n == 0 && len(w) >= 3 && isUpperWord(w) || len(w) >= 4 && (isUpperWord(w) || capitalized(w) || isLowerWord(w)) {
			if lvl, ok := ParseLevel(w); ok {
				return lvl, true
			}
		}
		if bytes.IndexByte(w, ' ') >= 0 {
			return Unknown, false
		}
		f = f[k+1:]
	}
	return Unknown, false
}

// levelAtSpot reads the level only at a learned place.
func levelAtSpot(line []byte, s *stamp, spot int) (Level, int, int, bool) {
	if shaped(spot) {
		lvl, msg, ok := readShaped(spot, line, s)
		return lvl, spot, msg, ok
	}
	switch spot {
	case spotMsgID:
		lvl, ok := msgIDLevel(line, s.end)
		return lvl, spot, 0, ok
	case spotPair:
		lvl, ok := pairLevel(line)
		return lvl, spot, 0, ok
	case spotLabel:
		lvl, ok := labelLevel(line)
		return lvl, spot, 0, ok
	case spotCSV:
		lvl, ok := csvLevelAfter(line, s.end)
		return lvl, spot, 0, ok
	case spotLone:
		lvl, e, ok := loneLevel(line, s.end, true)
		return lvl, spot, e, ok
	case spotTool:
		lvl, ok := toolLevel(line[afterStamp(line, s.end):])
		return lvl, spot, 0, ok
	}
	if spot < 0 {
		lvl, got, msg, ok := levelBeforeStamp(line, s)
		if !ok || got != spot {
			return Unknown, spot, 0, false
		}
		return lvl, spot, msg, true
	}
	// The level's column after the time: walk to it and read that word alone.
	numeric := false
	var prev []byte
	j := s.end
	for k := 0; ; k++ {
		ts, te := nextColumn(line, j)
		if ts == te {
			return Unknown, spot, 0, false
		}
		tok := line[ts:te]
		if columnSeparator(tok) {
			j, k = te, k-1
			continue
		}
		if k == spot {
			lvl, msg, ok := levelAtWord(line, prev, tok, ts, te, k, numeric, s)
			return lvl, spot, msg, ok
		}
		numeric = numeric || numberColumn(tok)
		prev, j = tok, te
	}
}

// offPlaceLevel reports whether a level the search found at spot counts in a source whose lines
// keep theirs at learned: at that place, before the time, in a marked column after it, or in a
// record's own structured place (a message id, a pair, a label, a CSV column).
func offPlaceLevel(line []byte, s *stamp, spot, learned int) bool {
	switch {
	case spot == learned, spot == spotCSV, spot == spotMsgID, spot == spotPair, spot == spotLabel:
		return true
	case spot < 0:
		return spot > spotSourceDigit
	}
	return markedAtSpot(line, s, spot)
}

// markedAtSpot reports whether the word at a level's place after the time is marked as a column
// of its own: in brackets or angle brackets, closed by a colon or a comma, or in capitals right
// after the time.
func markedAtSpot(line []byte, s *stamp, spot int) bool {
	j := s.end
	for k := 0; ; k++ {
		ts, te := nextColumn(line, j)
		if ts == te {
			return false
		}
		tok := line[ts:te]
		if columnSeparator(tok) {
			j, k = te, k-1
			continue
		}
		if k < spot {
			j = te
			continue
		}
		switch last := tok[len(tok)-1]; {
		case tok[0] == '[' || tok[0] == '<' || tok[0] == '(':
			return true
		case last == ':' || last == ',' || last == ']':
			return true
		}
		// (A bracketed time's closing bracket is a column of its own: "[…,131] DEBUG" is at 1.)
		return isUpperWord(tok) && (spot == 0 || firstAfterStamp(line, s, ts))
	}
}

// firstAfterStamp reports whether the word at line[ts] is the first after the time s and the
// brackets or punctuation that close it.
func firstAfterStamp(line []byte, s *stamp, ts int) bool { return ts == afterStamp(line, s.end) }

// nextColumn is nextToken for counting the columns after a time: a bracket whose text holds
// blanks, a thread's name ("[Task monitor]", "[Actor Thread 4]"), is one column, as "[main]" is,
// so that a level after it sits at the place the source's other lines keep theirs. A bracket with
// a level word inside ("[ERROR ]", "[INFO  main]") stays words.
func nextColumn(b []byte, i int) (start, end int) {
	start, end = nextToken(b, i)
	if end-start < 2 || b[start] != '[' || bytes.IndexByte(b[start:end], ']') >= 0 || levelWordIn(b[start+1:end]) {
		return start, end
	}
	for e, n := end, 0; n < 3; n++ {
		ws, we := nextToken(b, e)
		if ws == we || b[ws] == '[' || we-ws == 1 && b[ws] == ':' {
			break // (Tekton's "[task : step]" prefixes a step's own output, not a layout's thread)
		}
		word := b[ws:we]
		if k := bytes.IndexByte(word, ']'); k >= 0 {
			if k < len(word)-2 || k == 0 || levelWordIn(word[:k]) {
				break
			}
			return start, we
		}
		if levelWordIn(word) {
			break
		}
		e = we
	}
	return start, end
}

// levelWordIn reports whether a word of a bracket's text is a level.
func levelWordIn(w []byte) bool {
	_, ok := ParseLevel(w)
	return ok
}

// columnSeparator reports whether tok separates columns rather than being a word, which counting a
// level's place skips: a comma, a dash, a bar, a colon, and a bracket that opens a column padded
// apart from its text, alone or after the time's own ("…:204][  0]LogCarla:" and
// "…:402][102]LogCarla:" put the level at the same place).
func columnSeparator(tok []byte) bool {
	if len(tok) == 2 {
		return tok[0] == ']' && tok[1] == '[' || tok[0] == '-' && tok[1] == '-'
	}
	if len(tok) != 1 {
		return false
	}
	switch tok[0] {
	case ',', '-', '|', ':', '[':
		return true
	}
	return false
}

// levelAtWord reads the level at the word line[ts:te], the k-th after the time, where the source's
// lines keep it; prev is the word before it, numeric whether all words before it were numbers. It
// returns the level and where the message starts (0 to keep the default).
func levelAtWord(line, prev, tok []byte, ts, te, k int, numeric bool, s *stamp) (Level, int, bool) {
	if lvl, msg, ok := univentionLevel(line, prev, tok, ts, k); ok {
		return lvl, msg, true // as levelAround reads it, before the word's own
	}
	if unrealDisplay(prev, tok) {
		return Info, skipBlanks(line, te), true
	}
	if lvl, ok := dottedLevel(line, prev, tok, te); ok {
		return lvl, skipBlanks(line, te), true // as levelAround reads it
	}
	if lvl, msg, ok := spotShapes(line, prev, tok, ts, te, k, s); ok {
		return lvl, msg, true
	}
	if lvl, ok := bracketLetter(line, s.start, tok, te, k); ok {
		return lvl, afterBracket(line, te), true
	}
	if msg, ok := unityLog(line, tok, te); ok && k == 0 {
		return Info, msg, true // as levelAround reads it
	}
	if msg, ok := debugDepth(line, tok, te); ok && k == 1 && len(prev) > 1 && prev[len(prev)-1] == ':' {
		return Debug, msg, true // as levelAround reads it: BIND's "general: debug 1: …"
	}
	lvl, ok := columnLevel(tok, k, numeric)
	if !ok && k == 0 {
		if lvl, msg, ok := markedAfterBracket(line, s, ts, te); ok {
			return lvl, msg, true
		}
		lvl, ok = markedAfterTime(line, ts, te)
	}
	if !ok && k <= 1 {
		lvl, ok = wordBeforeTag(line, tok, te) // as levelAround learned it: libvirt's "error : …"
	}
	if !ok {
		if lvl, msg, ok := letterAfterBracket(line, ts); ok && k <= 2 {
			return lvl, msg, true // as levelAround reads it
		}
		if lvl, ok := stampBracketLevel(line, s, prev, tok, k); ok {
			return lvl, skipBlanks(line, te), true
		}
		if lvl, ok := facilityAfterTime(prev, tok, k); ok {
			return lvl, skipBlanks(line, te), true // as levelAround reads it
		}
	}
	if !ok && k <= 1 {
		if lvl, ok := tabbedLevel(line, ts, te); ok {
			return lvl, skipBlanks(line, te), true // Prosody's tab-separated column, as levelAround reads it
		}
	}
	if !ok {
		lvl, ok = qualifierBefore(line, tok, te) // "fatal error:" where "error:" stands alone
	}
	if !ok {
		if lvl, msg, ok := headLevel(line, ts, te); ok {
			return lvl, msg, true
		}
	}
	return lvl, levelMessage(line, ts, te), ok
}

// barredLevel reads a level word in lower case that fills the column after the time up to its bar,
// as Foswiki's logs write it: "| 2026-11-29T07:41:16Z info | guest | view | …".
func barredLevel(line, tok []byte, e int) (Level, bool) {
	if len(tok) < 4 || !isLowerWord(tok) || !hasPrefixAt(line, e, " | ") {
		return Unknown, false
	}
	return ParseLevel(tok)
}

// spotShapes reads the level glued into the word at a learned spot, or a letter in it: bctoolbox's
// domain, a word before a bar, a letter in parentheses or with a colon (see domainLevel,
// barredLevel, headerLetter). It is cheap for the other words, which are most.
func spotShapes(line, prev, tok []byte, ts, te, k int, s *stamp) (Level, int, bool) {
	if n := len(tok); n == 2 || n == 3 {
		if lvl, ok := headerLetter(line, prev, tok, te, k, s.parensOff); ok {
			return lvl, skipBlanks(line, te), true
		}
	}
	if lvl, ok := vmwareBracketLevel(line, tok, k, s); ok {
		return lvl, skipBlanks(line, te), true
	}
	if k != 0 {
		return Unknown, 0, false
	}
	if lvl, at, ok := domainLevel(tok); ok {
		return lvl, ts + at, true
	}
	if lvl, ok := barredLevel(line, tok, te); ok {
		return lvl, skipBlanks(line, te+2), true
	}
	return Unknown, 0, false
}

// univentionLevel reads univention-debug's level, padded inside parentheses after its category
// in capitals and before a colon: "29.11.26 07:41:16.118  LISTENER    ( PROCESS ) : …". Its
// scale runs ERROR, WARN, PROCESS (between warnings and infos: a notice), INFO, ALL (the most
// verbose: debug). UCS 2 wrote "(PROCESS):". It returns where the message starts.
func univentionLevel(line, prev, tok []byte, ts, k int) (Level, int, bool) {
	if k != 1 || tok[0] != '(' || !upperIdent(prev) {
		return Unknown, 0, false
	}
	ws := skipBlanks(line, ts+1)
	we := ws
	for we < len(line) && line[we] >= 'A' && line[we] <= 'Z' {
		we++
	}
	close := skipBlanks(line, we)
	if we == ws || byteAt(line, close) != ')' {
		return Unknown, 0, false
	}
	colon := close + 1
	if byteAt(line, colon) == ' ' {
		colon++
	}
	if byteAt(line, colon) != ':' {
		return Unknown, 0, false
	}
	msg := skipBlanks(line, colon+1)
	switch string(line[ws:we]) {
	case "PROCESS":
		return Notice, msg, true
	case "ALL":
		return Debug, msg, true
	}
	lvl, ok := levelToken(line[ws:we], true)
	return lvl, msg, ok
}

// vmwareBracketLevel reads the level that closes the bracket VMware's hostd and vpxd open their
// lines with, after the time, the component in quotes and the thread: "[2026-11-29 07:41:16.857
// 'SOAP' 2260 trivia] …". Their lowest level, trivia, is a trace.
func vmwareBracketLevel(line, tok []byte, k int, s *stamp) (Level, bool) {
	n := len(tok)
	if k != 2 || n < 5 || tok[n-1] != ']' || s.start != 1 || line[0] != '[' || !isLowerWord(tok[:n-1]) {
		return Unknown, false
	}
	if string(tok[:n-1]) == "trivia" {
		return Trace, true
	}
	return ParseLevel(tok[:n-1])
}

// labelBefore reports whether the text before a line's time ends with a label, a word and its
// colon ("Finished:", "Start Date:").
func labelBefore(b []byte) bool {
	b = bytes.TrimRight(b, " \t")
	return len(b) > 2 && b[len(b)-1] == ':' && isAlpha(b[len(b)-2])
}

// headerLetter reads a level's letter in a column of the header after the time: in parentheses
// right after it or the bracket that closes it (SAP Data Services' "11-29-26 07:41:18 (W)
// (4420:1130) …", SDRangel's "(I)", SatDump's "(T)" to "(E)"), or with a colon after a module's
// bracket (Nimble Streamer's "[hls] W: chunk …"). Elsewhere "(a)" enumerates and "A:" labels. A
// letter in parentheses is no level when a level word follows it (a modem's input, "(I) ERROR"),
// nor in a source whose lines put another letter there (a modem's "(O)" for output beside "(I)"
// for input): off, the source's memory of that, is set by such a letter and nil where there is
// no source.
func headerLetter(line, prev, tok []byte, e, k int, off *bool) (Level, bool) {
	switch {
	case len(tok) == 3 && tok[0] == '(' && tok[2] == ')' && isAlpha(tok[1]) && (k == 0 || k == 1 && len(prev) > 0 && prev[len(prev)-1] == ']'):
		lvl, ok := alphabetLevel(tok[1], "TDIWE") // "(C)" is a copyright's sign more often than critical
		switch {
		case tok[1] == 'i':
			lvl, ok = Info, true // USBGuard's letters: (T) (D) (i) (W) (E) and (A), its audit records,
		case tok[1] == 'A':
			lvl, ok = Notice, true // which its syslog sink sends as notices
		case tok[1] >= 'a':
			ok = false // an outline's (a), (b): its (i) is a numeral
		}
		if !ok && off != nil && tok[1] != 'C' {
			*off = true // (SatDump's "(C)" for critical, among its other letters, leaves them levels)
		}
		if !ok || off != nil && *off {
			return Unknown, false
		}
		if ns, ne := nextToken(line, e); ne > ns {
			if _, word := levelToken(line[ns:ne], true); word {
				return Unknown, false
			}
		}
		return lvl, true
	case len(tok) == 2 && tok[1] == ':' && len(prev) > 2 && prev[0] == '[' && prev[len(prev)-1] == ']':
		return alphabetLevel(tok[0], "IW") // "[fs] D: drive mounted", "[copy] E: is empty": drives
	case len(tok) == 4 && tok[0] == '(' && tok[2] == ')' && tok[3] == ':' && k == 1 && isUpperWord(prev):
		return alphabetLevel(tok[1], "DIWEF") // after a category in capitals: Arma Reforger's "RESOURCES (W): …"
	}
	return Unknown, false
}

// domainLevel reads the level that bctoolbox (Linphone, Flexisip, belle-sip, mediastreamer2) glues
// between its log domain and the message, by dashes: "flexisip-warning-Could not resolve …",
// "belle-sip-message-channel …". The domain must be one of its libraries': any other compound
// ("anti-error-correction") is a word of prose. It returns the level and where the message
// starts in tok.
func domainLevel(tok []byte) (Level, int, bool) {
	if len(tok) < 11 || strings.IndexByte("bflmo", tok[0]) < 0 {
		return Unknown, 0, false // "ortp-error-x" is the shortest; the domains' first letters
	}
	for _, d := range bctoolboxDomains {
		if !hasPrefixAt(tok, 0, d) || byteAt(tok, len(d)) != '-' {
			continue
		}
		for _, w := range bctoolboxLevels {
			if at := len(d) + 1 + len(w.name); hasPrefixAt(tok, len(d)+1, w.name) && at < len(tok) {
				return w.lvl, at, true
			}
		}
	}
	return Unknown, 0, false
}

// bctoolboxLevels are bctoolbox's level names as its glue writes them, with the dash after.
var bctoolboxLevels = [...]struct {
	name string
	lvl  Level
}{{"message-", Info}, {"warning-", Warn}, {"error-", Error}, {"debug-", Debug}, {"trace-", Trace}, {"fatal-", Critical}}

var bctoolboxDomains = [...]string{"bctbx", "belcard", "belle-sdp", "belle-sip", "belr", "bzrtp", "flexisip", "liblinphone", "lime", "linphone", "mediastreamer", "ortp"}

// markedAfterBracket reads markedAfterTime's levels in the word after the bracket that closes the
// time, when the word line[ts:te] is that bracket alone: "[11/29/2026 07:41:17.200] warning/server".
func markedAfterBracket(line []byte, s *stamp, ts, te int) (Level, int, bool) {
	if te == ts+4 && hasPrefixAt(line, ts, "]<") && line[ts+3] == '>' && ts == s.end {
		// NeoMutt's debug file and log queue: a letter of "PEWM12345N" in angle brackets glued to
		// the time's bracket, "[2026-11-29 07:41:16]<W> imap_auth_sasl() …".
		if lvl, ok := neomuttLevel(line[ts+2]); ok && (lvl != Debug || calledFunction(line, te)) {
			return lvl, skipBlanks(line, te), true
		}
		return Unknown, 0, false
	}
	if te != ts+1 || line[ts] != ']' || ts != s.end {
		return Unknown, 0, false
	}
	ns, ne := nextToken(line, te)
	if lvl, ok := markedAfterTime(line, ns, ne); ok && ne > ns {
		return lvl, afterLevel(line, ne, &layoutLine{}), true
	}
	return Unknown, 0, false
}

// calledFunction reports whether the word after line[:e] is a function's name and its empty
// parentheses, as NeoMutt's debug file writes one after a debug level's digit: "<2> source_rc()
// …". Without it a digit in angle brackets is another numbering's (the kernel's "<3>" is an error).
func calledFunction(line []byte, e int) bool {
	s, t := nextToken(line, e)
	return t-s > 2 && hasPrefixAt(line, t-2, "()") && identifier(line[s:t-2])
}

// neomuttLevel reads NeoMutt's level letters: perror's and error's, warning, message, the five
// debug levels and notify's, the lowest.
func neomuttLevel(c byte) (Level, bool) {
	switch {
	case c == 'P' || c == 'E':
		return Error, true
	case c == 'W':
		return Warn, true
	case c == 'M':
		return Info, true
	case c >= '1' && c <= '5' || c == 'N':
		return Debug, true
	}
	return Unknown, false
}

// maxHeaderBracket bounds how far back closingLevel looks for the bracket a header's level closes:
// a daemon's name, its pid, a dash and an epoch, padded, fit well within it.
const maxHeaderBracket = 64

// closingLevel reads the level word that closes the bracket around the time (see paddedLastWord),
// as FortiOS's diagnose debug writes it: "[httpsd 2881 - 1795938076     info]". tok is the word,
// its closing bracket included, at line[ts].
func closingLevel(line, tok []byte, ts int) (Level, bool) {
	if len(tok) < 4 || tok[len(tok)-1] != ']' || byteAt(line, ts-1) != ' ' {
		return Unknown, false
	}
	from := max(0, ts-maxHeaderBracket)
	open := bytes.LastIndexByte(line[from:ts], '[')
	if open < 0 {
		return Unknown, false
	}
	open += from
	if bytes.IndexByte(line[open:ts], ']') >= 0 {
		return Unknown, false
	}
	return paddedLastWord(line[open+1 : ts+len(tok)-1])
}

// bracketLetter reads a level letter in capitals right after the time that starts at
// line[start], inside the bracket opened before it, before the ids that close it (see
// stampBracketIDs).
func bracketLetter(line []byte, start int, tok []byte, e, k int) (Level, bool) {
	if k != 0 || start < 1 || line[start-1] != '[' || len(tok) != 1 || tok[0] < 'A' || tok[0] > 'Z' || !stampBracketIDs(line, e) {
		return Unknown, false
	}
	return ParseLevel(tok)
}

// stampBracketLevel reads a capitalized level word that closes the bracket the time opened, right
// after the time or after one product's name in capitals, with the source's bracket glued to it:
// the Tuya IoT SDK's "[11-29 07:41:16 TUYA Debug][uni_thread.c:158] …".
func stampBracketLevel(line []byte, s *stamp, prev, tok []byte, k int) (Level, bool) {
	if s.start < 1 || line[s.start-1] != '[' || k > 1 || k == 1 && !isUpperWord(prev) {
		return Unknown, false
	}
	e := bytes.IndexByte(tok, ']')
	if e < 0 || e+1 < len(tok) && tok[e+1] != '[' || !capitalized(tok[:e]) {
		return Unknown, false
	}
	return ParseLevel(tok[:e])
}

// afterBracket returns where the text after the bracket closing at or after line[i] starts.
func afterBracket(line []byte, i int) int {
	if k := indexByteFrom(line[:min(len(line), i+48)], ']', i); k >= 0 {
		return skipBlanks(line, k+1)
	}
	return skipBlanks(line, i)
}

// unrealDisplay reports whether tok is Unreal Engine's Display verbosity, the one between Log
// (which writes no word) and Warning, after its category: "[  0]LogInit: Display: …".
func unrealDisplay(prev, tok []byte) bool {
	if string(tok) != "Display:" {
		return false
	}
	if k := bytes.LastIndexByte(prev, ']'); k >= 0 {
		prev = prev[k+1:]
	}
	return len(prev) > 4 && hasPrefixAt(prev, 0, "Log") && prev[3] >= 'A' && prev[3] <= 'Z' && prev[len(prev)-1] == ':'
}

// letterBeforePath reads a level's letter right after the time when the word after it is a
// program's path between slashes, as Parallels Desktop writes its logs; a capital alone before
// other words may be a sentence's ("A user …").
func letterBeforePath(line, tok []byte, te int) (Level, bool) {
	if len(tok) != 1 || byteAt(line, te) != ' ' || byteAt(line, te+1) != '/' {
		return Unknown, false
	}
	return alphabetLevel(tok[0], "DIWE")
}

// levelAround looks for a level word among the words after the time, over columns of numbers,
// brackets and names, and then among the words before it.
// nounInformation reports whether tok is "information" in lower case after a word: a noun's
// ("Host information:", "Additional information:"), no level's name.
func nounInformation(prev, tok []byte) bool {
	return len(prev) > 0 && hasPrefixAt(tok, 0, "information") && (len(tok) == len("information") || tok[len("information")] == ':')
}

func levelAround(line []byte, s *stamp) (Level, int, int, bool) {
	if levelSlashDate(line, s.start, 4) {
		return levelBeforeStamp(line, s) // the level is written before the time, whatever the message's words say
	}
	if lvl, ok := colonLetterLevel(line, s.end); ok {
		return lvl, 0, skipBlanks(line, s.end+2), true
	}
	numeric := false
	var prev []byte
	j, last := s.end, levelScanWords
	for k := 0; k < last || k < wrappedScanWords && last == levelScanWords; k++ {
		ts, te := nextColumn(line, j)
		if ts == te {
			break
		}
		tok := line[ts:te]
		if columnSeparator(tok) {
			j, k = te, k-1 // separators between columns do not count as words
			continue
		}
		if k >= last {
			// Past the words a level is looked for in, only one in angle brackets or brackets
			// still counts, after a product's name and version: Coherence's "Oracle Coherence GE
			// 14.1.2.0.0 <Info>".
			if lvl, ok := wrappedLevel(tok); ok {
				return lvl, k, afterLevel(line, te, &layoutLine{}), true
			}
			if isLowerWord(tok) {
				break
			}
			j = te
			continue
		}
		if k == 0 {
			if lvl, msg, ok := markedAfterBracket(line, s, ts, te); ok {
				return lvl, k, msg, true
			}
			if lvl, ok := bracedLevel(tok); ok {
				return lvl, k, skipBlanks(line, te), true // LibOVR's "29/11 07:41:16.766 {INFO}    [Kernel:Default] …"
			}
			if lvl, ok := letterAtSource(tok); ok {
				return lvl, k, ts, true // chronyd's debug build: "I:main.c:608:(main) …"
			}
			if msg, ok := unityLog(line, tok, te); ok {
				return Info, k, msg, true
			}
			if string(tok) == "WTF" {
				if ns, ne := nextToken(line, te); ne > ns+1 && line[ne-1] == ':' {
					return Critical, k, skipBlanks(line, te), true // SystemUI's LogBuffer: Log.wtf's level before the tag, "… WTF NotifCollection: …"
				}
			}
			if lvl, ok := mongoSeverity(line, tok, te); ok {
				return lvl, k, skipBlanks(line, te), true // behind its ctime stamp too
			}
			if lvl, ok := letterBeforePath(line, tok, te); ok {
				return lvl, k, skipBlanks(line, te), true // Parallels' "11-29 09:41:16.204 I /prl_disp_service:412:530/ …"
			}
			if lvl, ok := markedAfterTime(line, ts, te); ok {
				return lvl, k, levelMessage(line, ts, te), true
			}
			if lvl, msg, ok := spacedBracketLevel(line, ts); ok {
				return lvl, k, msg, true
			}
			if lvl, msg, ok := dashedAngleLevel(line, ts); ok {
				return lvl, k, msg, true
			}
		}
		if lvl, ok := stampBracketLevel(line, s, prev, tok, k); ok {
			return lvl, k, skipBlanks(line, te), true
		}
		if lvl, msg, ok := letterAfterBracket(line, ts); ok && k <= 2 {
			return lvl, k, msg, true // AWS DMS's "[SOURCE_CAPTURE  ]I:  …", behind CloudWatch's time too
		}
		if lvl, ok := facilityAfterTime(prev, tok, k); ok {
			return lvl, k, skipBlanks(line, te), true
		}
		if lvl, msg, ok := univentionLevel(line, prev, tok, ts, k); ok {
			return lvl, k, msg, true
		}
		// A letter alone is a level right after a pid's or a thread's number (logcat's "1702  2395
		// D Tag:"), not after an address or a name (rbldnsd's "10.0.0.25 x.bl.example.org A IN:",
		// ziproxy's "10.30.0.9 E 0 0").
		afterNumbers := numeric && numberColumn(prev) && !ipv4(prev)
		if lvl, ok := columnLevel(tok, k, afterNumbers); ok && !(tok[len(tok)-1] == ':' && (isUpperWord(prev) && string(prev) != "PHP" || textAfterEpoch(s, tok))) && !fieldLabel(line, tok, te) && !logLabel(line, tok, te) && !negatedState(line, ts, te) && !nounInformation(prev, tok) && !piholeFTL(line, tok, ts) {
			return qualifiedLevel(prev, lvl), k, levelMessage(line, ts, te), true
		}
		if unrealDisplay(prev, tok) {
			return Info, k, skipBlanks(line, te), true
		}
		if lvl, ok := dottedLevel(line, prev, tok, te); ok {
			return lvl, k, skipBlanks(line, te), true // McAfee Agent's "masvc(2216.3904) ahclient.Warning:"
		}
		if lvl, ok := bracketLetter(line, s.start, tok, te, k); ok {
			return lvl, k, afterBracket(line, te), true
		}
		if tok[len(tok)-1] == ']' {
			if lvl, ok := closingLevel(line, tok, ts); ok {
				return lvl, k, skipBlanks(line, te), true // FortiOS's debug: "[httpsd 2881 - 1795938076     info] …"
			}
		}
		if lvl, msg, ok := spotShapes(line, prev, tok, ts, te, k, s); ok {
			return lvl, k, msg, true
		}
		if lvl, ok := tabbedLevel(line, ts, te); ok && k <= 1 {
			return lvl, k, skipBlanks(line, te), true // Prosody's "Dec 02 02:30:14 portmanager<TAB>error<TAB>…"
		}
		if lvl, msg, ok := pipedColumnsLevel(line, ts, te); ok && k == 0 {
			return lvl, k, msg, true // cov-build's "…Z|cov-build|4685|info|> …"
		}
		if lvl, ok := wordBeforeTag(line, tok, te); ok && k <= 1 {
			return lvl, k, afterLevel(line, te, &layoutLine{}), true // right after the time or one column: further in, it is text
		}
		if msg, ok := debugDepth(line, tok, te); ok && k == 1 && len(prev) > 1 && prev[len(prev)-1] == ':' {
			return Debug, k, msg, true // BIND's "resolver: debug 3: fetch: …"
		}
		// logcat -v long,uid puts the uid's name before the pid and tid: "[ 11-29 07:41:16.811
		// system  1342: 1398 D/WindowManager ]".
		if k == 0 || numeric && (k <= 2 || k == 3 && len(tok) > 2 && tok[1] == '/') {
			if lvl, msg, ok := headLevel(line, ts, te); ok {
				return lvl, k, msg, true
			}
		}
		if lvl, ok := sourcedLevel(tok, prev, k == 0); ok {
			return lvl, k, skipBlanks(line, te), true
		}
		if k > 0 && capitalized(prev) && isLowerWord(tok) && byteAt(line, te) != '\t' {
			break // a sentence's first words ("Invalid user …"): what follows is its text, whoever wrote it
		}
		prev = tok // "SERVICE ALERT:" names an event, it is no level; "PHP Notice:" is PHP's level
		if isLowerWord(tok) && proseFollows(line, te) && byteAt(line, te) != '\t' {
			break // two plain words: the message has begun
		}
		if tok[len(tok)-1] == ':' && !numberColumn(tok) && !(k == 0 && uidName(line, tok, te)) {
			last = min(last, k+2) // a tag or logger ends the header: the level may follow it, nothing later
		}
		numeric = numeric || numberColumn(tok)
		j = te
	}
	return levelBeforeStamp(line, s)
}

// mongoSeverity reads MongoDB's severity after a time in any spelling (its --timeStampFormat ctime
// among them): F, E, W or I padded to two, or D1 to D5, then a component in capitals or "-", then
// the context in brackets: "Sun Nov 29 07:41:16.204 I  NETWORK  [listener] …". A letter before
// other words is a sentence's ("A UPS on battery event …", "I PING …").
func mongoSeverity(line, tok []byte, e int) (Level, bool) {
	if mongoDebug(line, tok, e) {
		return Debug, true
	}
	if len(tok) != 1 || !hasPrefixAt(line, e, "  ") {
		return Unknown, false
	}
	cs, ce := nextToken(line, e)
	if ce == cs || !(isUpperWord(line[cs:ce]) || ce-cs == 1 && line[cs] == '-') {
		return Unknown, false
	}
	if bs, _ := nextToken(line, ce); byteAt(line, bs) != '[' {
		return Unknown, false
	}
	return alphabetLevel(tok[0], "FEWI")
}

// externalCommand reports whether tok opens an external command of Nagios and its kin, its name in
// capitals and its arguments after semicolons, as the command file and nagios.log's "EXTERNAL
// COMMAND:" hold them: "PROCESS_HOST_CHECK_RESULT;db-07;2;PING CRITICAL - Packet loss = 100%".
func externalCommand(tok []byte) bool {
	k := bytes.IndexByte(tok, ';')
	return k > 8 && k+1 < len(tok) && upperIdent(tok[:k]) && bytes.IndexByte(tok[:k], '_') > 0
}

// letterAfterBracket reads a severity letter glued to the bracket of a component's name padded
// to its width, and a colon after it, as AWS DMS (and Qlik Replicate, its source) writes E, W,
// I, D and T: "[SOURCE_CAPTURE  ]I:  Oracle compatibility …". It returns where the message starts.
func letterAfterBracket(line []byte, at int) (Level, int, bool) {
	if line[at] != '[' {
		return Unknown, 0, false
	}
	c := indexByteFrom(line[:min(len(line), at+40)], ']', at+1)
	if c < at+3 || byteAt(line, c+2) != ':' || byteAt(line, c+3) != ' ' || !upperIdent(bytes.TrimRight(line[at+1:c], " ")) {
		return Unknown, 0, false
	}
	lvl, ok := alphabetLevel(line[c+1], "EWIDT")
	return lvl, skipBlanks(line, c+3), ok
}

// uidName reports whether tok, the first word after the time, is the name logcat's uid modifier
// writes for a system uid of five letters or fewer ("root:", "shell:"), before the pid's column:
// "11-29 07:41:16.813  root:   560   560 W vold    : …", and the thread's id after it. Longer
// names are written as numbers.
func uidName(line, tok []byte, te int) bool {
	if len(tok) < 2 || len(tok) > 6 || tok[0] < 'a' || tok[0] > 'z' {
		return false
	}
	for _, c := range tok[1 : len(tok)-1] {
		if !(c >= 'a' && c <= 'z' || c == '_') {
			return false
		}
	}
	ps, pe := nextToken(line, te)
	ts, tt := nextToken(line, pe)
	return pe > ps && tt > ts && isDigit(line[ps]) && digitsOnly(bytes.TrimSuffix(line[ps:pe], []byte(":"))) && digitsOnly(line[ts:tt]) // the pid and the thread's id
}

// pipedColumnsLevel reads a level's full name in one of the first columns that bars separate right
// after the time, the word line[ts:te] holding them all: cov-build's build-log.txt,
// "2026-11-29T07:41:16.204113Z|cov-build|20417|info|> …". It returns the level and where the
// message starts, past the level's closing bar.
func pipedColumnsLevel(line []byte, ts, te int) (Level, int, bool) {
	if line[ts] != '|' {
		return Unknown, 0, false
	}
	for i, n := ts+1, 0; i < te && n < 4; n++ {
		j := indexByteFrom(line[:te], '|', i)
		if j < 0 {
			break
		}
		if lvl, ok := fullLevelName(line[i:j]); ok {
			return lvl, skipBlanks(line, j+1), true
		}
		i = j + 1
	}
	return Unknown, 0, false
}

// julInitial reads the initial of a java.util.logging level that opens a line in brackets, then a
// sequence number in brackets, then the bracket of its time, which starts at start: F5's restjavad
// writes "[S][4131][29 Nov 2026 07:41:18 UTC][worker] …", S for SEVERE, F for FINE and below (C,
// CONFIG, is critical in other alphabets, and left). The two brackets before a time with its
// month's name tell it from a test runner's [S] and [F], success and failure.
func julInitial(line []byte, start int) (Level, bool) {
	if len(line) < 8 || line[0] != '[' || line[2] != ']' || line[3] != '[' {
		return Unknown, false
	}
	_, n := digitRun(line, 4)
	if n == 0 || byteAt(line, 4+n) != ']' || byteAt(line, 5+n) != '[' || 6+n != start {
		return Unknown, false
	}
	d := start + 1 // after the day, of one digit or two
	if isDigitAt(line, d) {
		d++
	}
	if !isDigitAt(line, start) || byteAt(line, d) != ' ' || !isAlphaAt(line, d+1) {
		return Unknown, false // restjavad's day and month name ("29 Nov 2026"); spdlog's "[%L][%t][%d-%m-%Y …]" is another alphabet's, whose C is critical
	}
	switch line[1] {
	case 'S':
		return Error, true
	case 'W':
		return Warn, true
	case 'I':
		return Info, true
	case 'F':
		return Debug, true
	}
	return Unknown, false
}

// levelBeforeStamp is levelAround's search of the words before the time, whose places it numbers
// -1, -2, … from the line's start.
func levelBeforeStamp(line []byte, s *stamp) (Level, int, int, bool) {
	if levelSlashDate(line, s.start, 4) {
		lvl, _ := ParseLevel(bytes.Trim(line[1:s.start-1], " "))
		msg := 0
		if byteAt(line, s.end) == ']' {
			msg = skipBlanks(line, s.end+1) // past the bracket, at any padding of the level
		}
		return lvl, -1, msg, true // Telethon's padded "[ INFO/2026-11-29 07:41:16,332]"
	}
	for k, i := 0, 0; k <= s.token && i < s.start; k++ {
		ts, te := nextToken(line, i)
		if ts == te || ts >= s.start {
			break
		}
		if te > s.start {
			te = s.start // a CSV line: "Critical,11/29/2026 7:41:19 AM,…"
		}
		if lvl, ok := levelToken(line[ts:te], true); ok {
			return lvl, -1 - k, 0, true
		}
		if k == 0 && s.start == 4 && te == 2 && levelBracketBefore(line, s.start) {
			if lvl, ok := ParseLevel(line[:1]); ok {
				return lvl, -1, skipBlanks(line, s.end+1), true // fldigi's "I: [07:41:16] main.cxx:834: …"
			}
		}
		if k == 0 && line[s.start-1] == '|' && levelFirst(line[:s.start]) {
			if lvl, ok := ParseLevel(line[ts:te]); ok {
				return lvl, -1 - k, 0, true // padded to its bar: Warzone 2100's "info    |07:41:16: …"
			}
		}
		if te == s.start && s.kind == stampClock && te-ts > 3 && line[te-1] == '[' && line[te-2] == ']' {
			// The level's bracket glued to a clock's: PipeWire's "[W][07:44:01.902515]". (Before a
			// date, a letter there may be a test's result, "[S][29 Nov 2026 …]": a column's to tell.)
			if lvl, ok := levelToken(line[ts:te-1], true); ok && (te-ts > 4 || strings.IndexByte("EWIDT", line[ts+1]) >= 0) {
				return lvl, -1 - k, 0, true // (one letter only of PipeWire's: an [A] or a [C] there is a channel's)
			}
		}
		if lvl, ok := csvLevel(line[ts:te]); ok {
			return lvl, -1 - k, 0, true
		}
		if ts == 0 && k == s.token-1 && byteAt(line, te) == '\t' {
			if lvl, ok := ParseLevel(line[:te]); ok {
				return lvl, -1 - k, 0, true // the first column of a tab-separated export: Event Viewer's "Warning\t11/29/2026 …"
			}
		}
		if lvl, ok := gvmLevel(line[ts:te], te == s.start); ok {
			return lvl, -1 - k, 0, true
		}
		if lvl, ok := letterComma(line, ts, te); ok && k == s.token-1 {
			return lvl, -1 - k, 0, true // Nim's and Ruby's Logger: "W, [2026-11-29T07:41:19] -- shopd: …"
		}
		if te-ts == 2 && ts == 0 && k == s.token-1 && line[1] == line[0] && strings.IndexByte("DIWE", line[0]) >= 0 {
			if lvl, ok := ParseLevel(line[:1]); ok {
				return lvl, -1 - k, 0, true // Wayfire's doubled letter before its date: "WW 29-11-26 07:41:16.262 - [file:line] …"
			}
		}
		if te-ts == 2 && ts == 0 && k == s.token-1 && line[1] == '.' && strings.IndexByte("IWEF", line[0]) >= 0 {
			if lvl, ok := ParseLevel(line[:1]); ok {
				return lvl, -1 - k, 0, true // SAP ASE's and Replication Server's "I. 2026/11/29 07:41:16. …"
			}
		}
		if te-ts == 3 && ts == 0 && k == s.token-1 {
			// Python's %(levelname).3s opening the line before its time (paramiko's log file):
			// "DEB [20261129-07:41:16.204] …", "CRI …"; elsewhere a host "deb" is no level.
			switch string(line[:3]) {
			case "DEB":
				return Debug, -1 - k, 0, true
			case "CRI":
				return Critical, -1 - k, 0, true
			}
		}
		if te-ts == 1 && k == s.token-1 && line[ts] == 'X' && ts == 0 && hasPrefixAt(line, te, " [") {
			return Emergency, -1 - k, 0, true // CUPS's X, its emergency: "X [29/Nov/2026:07:41:16 +0100] …"
		}
		if te-ts == 1 && k == s.token-1 && line[ts] >= 'A' && line[ts] <= 'Z' && line[ts] != 'T' && (ts == 0 || punctOnly(line[:ts])) {
			// The alphabets that put a letter before the time have no T for trace; ngrep's T
			// there is TCP, beside U for UDP.
			if lvl, ok := ParseLevel(line[ts:te]); ok {
				return lvl, -1 - k, 0, true // CUPS's "E [29/Nov/2026:07:41:16 +0100]", Passenger's "[ N 2026-…"
			}
		}
		if te-ts > 4 && ts == 0 && line[0] == '[' && k == s.token-1 {
			if lvl, ok := ParseLevel(line[1:te]); ok {
				return lvl, -1 - k, 0, true // Geode's "[info 2026/11/29 07:41:16.123 UTC …]"
			}
		}
		if k == 0 {
			if lvl, ok := markedAfterTime(line, ts, te); ok && ts == 0 {
				return lvl, -1 - k, 0, true // PrestaShop's "*WARNING* \t2026/11/29 - 07:41:19: …", opening the line
			}
			if lvl, ok := gluedLevel(line[ts:te]); ok {
				return lvl, -1 - k, 0, true // RabbitMQ's "=INFO REPORT==== 29-Nov-2026::07:41:16 ==="
			}
			if lvl, ok := bracketedCapital(line[ts:te]); ok {
				return lvl, -1 - k, 0, true // GlobalProtect's "(P4120-T5312)Debug( 178): 11/29/26 …"
			}
			if lvl, msg, ok := spacedBracketLevel(line, ts); ok && ts == 0 && msg <= s.start {
				return lvl, -1 - k, 0, true // EclipseLink's "[EL Warning]: 2026-11-29 07:41:19.004--…"
			}
		}
		if lvl, ok := alphabetLevel(line[0], "DIWEF"); ok && k == 0 && ts == 0 && te == 1 && s.start == 1 && s.kind == stampDate {
			return lvl, -1 - k, 0, true // a level's letter glued to the date's year, as redbean writes it: "W2026-11-29T07:41:16:tool/…"
		}
		if k == 0 && ts == 0 && te == 2 && s.start == 3 && line[0] == '-' && line[1] == '-' && iceTrace(line, s.end) {
			return Trace, -1 - k, 0, true
		}
		if k == 0 && ts == 0 && line[0] == '[' {
			if lvl, ok := julInitial(line, s.start); ok {
				return lvl, -1 - k, 0, true // F5's restjavad: "[S][4131][29 Nov 2026 07:41:18 UTC][…]"
			}
		}
		if te-ts == 2 && ts == 0 && line[0] == '[' && line[1] >= 'A' && line[1] <= 'Z' {
			if lvl, ok := ParseLevel(line[1:2]); ok {
				return lvl, -1 - k, 0, true // Tornado's and Jupyter's "[W 261129 …", "[I 2026-…"
			}
		}
		i = te
	}
	return Unknown, 0, 0, false
}

// unityLog reads Unity's Log type, tok ending at line[te], padded to its column before a dash,
// its plain messages' level beside Warning and Error: VRChat's output log, "2026.11.29 07:41:16
// Log        -  [Behaviour] …". It returns where the message starts.
func unityLog(line, tok []byte, te int) (msg int, ok bool) {
	dash := skipBlanks(line, te)
	if string(tok) != "Log" || dash < te+4 || byteAt(line, dash) != '-' || byteAt(line, dash+1) != ' ' {
		return 0, false
	}
	return skipBlanks(line, dash+1), true
}

// iceTrace reports whether the time that ends at line[end], after "-- ", is ZeroC Ice's: with its
// milliseconds, then the program's name and its colon, then the trace's category and its colon.
// Ice marks its traces so, as it marks its warnings "-! " and its errors "!! " (their words follow:
// "warning: …", "error: …"); a SQL comment or a script's banner opens with "-- " and a time too.
func iceTrace(line []byte, end int) bool {
	if byteAt(line, end-4) != '.' {
		return false
	}
	s, e := nextToken(line, end)
	if e-s < 2 || line[e-1] != ':' {
		return false
	}
	s, e = nextToken(line, e)
	return e-s > 2 && line[e-1] == ':' && isUpperAt(line, s)
}

// tabbedLevel reads a level word that fills a tab-separated column, line[ts:te] with a tab on
// either side: prose puts no tabs around its words.
func tabbedLevel(line []byte, ts, te int) (Level, bool) {
	if ts == 0 || line[ts-1] != '\t' || byteAt(line, te) != '\t' || te-ts < 3 || !isAlphaWord(line[ts:te]) {
		return Unknown, false
	}
	return ParseLevel(line[ts:te])
}

// textAfterEpoch reports whether tok, a level word with its colon, is text after an epoch column:
// an event dump's message, "risBoot command Error: Command Aborted". A level there is a column
// in capitals.
func textAfterEpoch(s *stamp, tok []byte) bool {
	return s.kind == stampColumnEpoch && !isUpperWord(tok[:len(tok)-1])
}

// letterComma reads the level letter with its comma that opens a line before the bracketed time,
// line[ts:te], as Ruby's Logger and Nim's std/logging write it: "E, [2026-…", one of D, I, N, W,
// E and F (Ruby's A is ANY, no level).
func letterComma(line []byte, ts, te int) (Level, bool) {
	if ts != 0 || te != 2 || line[1] != ',' || strings.IndexByte("DINWEF", line[0]) < 0 || byteAt(line, 3) != '[' {
		return Unknown, false
	}
	return ParseLevel(line[:1])
}

// colonLetterLevel reads a level letter glued by a colon to the end of the time at line[end], as
// Bazel's java.log writes java.util.logging's: "261129 07:41:16.204:I 1 [...]", with S for SEVERE.
// Its F would be FINE, and is not read.
func colonLetterLevel(line []byte, end int) (Level, bool) {
	if byteAt(line, end) != ':' || byteAt(line, end+2) != ' ' {
		return Unknown, false
	}
	if line[end+1] == 'S' {
		return Error, true // SEVERE
	}
	return alphabetLevel(line[end+1], "IWED")
}

// wrappedScanWords is how many words after the time may hold a level in angle brackets or
// brackets.
const wrappedScanWords = levelScanWords + 2

// wrappedLevel reads a level word in angle brackets or brackets, "<Info>", "[WARN]".
func wrappedLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 5 || !(tok[0] == '<' && tok[n-1] == '>' || tok[0] == '[' && tok[n-1] == ']') {
		return Unknown, false
	}
	return levelToken(tok, true)
}

// punctOnly reports whether b holds only blanks and punctuation: an opening bracket before a level.
func punctOnly(b []byte) bool {
	for _, c := range b {
		if isAlnum(c) || c >= 0x80 {
			return false
		}
	}
	return true
}

// pidSeverityDigit reads the severity that InterSystems IRIS and Caché write in messages.log
// (cconsole.log) after the process id in parentheses, before the message's category in brackets:
// "11/29/26-07:41:16:204 (4120) 1 [Generic.Event] …". 0 is information, 1 a warning, 2 severe, 3
// fatal. msg is where the category starts.
func pidSeverityDigit(line []byte, s *stamp) (lvl Level, msg int, ok bool) {
	ps, pe := nextToken(line, s.end)
	if ps != s.end+1 || pe-ps < 3 || line[ps] != '(' || line[pe-1] != ')' || !digitsOnly(line[ps+1:pe-1]) {
		return Unknown, 0, false
	}
	d := pe + 1
	if byteAt(line, pe) != ' ' || byteAt(line, d+1) != ' ' || byteAt(line, d+2) != '[' || byteAt(line, d+3) < 'A' || byteAt(line, d+3) > 'Z' {
		return Unknown, 0, false
	}
	if c := line[d]; c >= '0' && c <= '3' {
		return [...]Level{Info, Warn, Error, Critical}[c-'0'], d + 2, true
	}
	return Unknown, 0, false
}

// beegfsLevel reads the level digit in parentheses that opens a BeeGFS daemon's line before its
// time, "(2) Nov29 07:41:17 Worker1 [Messaging (RPC)] >> …", on BeeGFS's scale: 0 errors, 1
// critical, 2 warnings, 3 notices, 4 debug, 5 spam. The ">>" before the message marks the layout.
func beegfsLevel(line []byte, s *stamp) (Level, bool) {
	if s.start != 4 || line[0] != '(' || line[2] != ')' || line[3] != ' ' || line[1] < '0' || line[1] > '5' {
		return Unknown, false
	}
	if !bytes.Contains(line[s.end:min(len(line), s.end+96)], []byte("] >> ")) {
		return Unknown, false
	}
	return [...]Level{Error, Critical, Warn, Notice, Debug, Trace}[line[1]-'0'], true
}

// wifidogLevel reads the syslog severity digit in the bracket that opens a line before the
// bracketed ctime, the pid and the C source, as WiFiDog and the captive portals built on its
// debug.c (Nodogsplash, openNDS) write it: "[6][Sun Nov 29 07:41:16 2026][2318](gateway.c:474) …".
func wifidogLevel(line []byte, s *stamp) (Level, bool) {
	if s.start != 4 || line[0] != '[' || line[2] != ']' || line[3] != '[' || line[1] < '0' || line[1] > '7' || !hasPrefixAt(line, s.end, "][") {
		return Unknown, false
	}
	_, n := digitRun(line, s.end+2)
	if n == 0 || !hasPrefixAt(line, s.end+2+n, "](") {
		return Unknown, false
	}
	return LevelFromSyslog(int(line[1] - '0')), true
}

// facilityAfterTime reads a facility.level word, the k-th after the time, when it comes right after
// the time or the bracket closing it: LuCI's log view, "[Nov 29, 2026, 8:41:16 AM GMT+1]
// daemon.info: hostapd: …".
func facilityAfterTime(prev, tok []byte, k int) (Level, bool) {
	if k > 1 || k == 1 && string(prev) != "]" {
		return Unknown, false
	}
	return facilityLevel(bytes.TrimSuffix(tok, []byte(":")))
}

// ulogdLevel reads the level ulogd writes in angle brackets after its ctime, before the C file
// and line that logged: "Wed Dec  2 16:09:30 2026 <5> ulogd.c:408 registering plugin …". The
// numbers are ulogd's own (ulogd.h): 1 debug, 3 info, 5 notice, 7 error, 8 fatal; read as a
// syslog severity, 7 would be debug and 1 alert. The message starts at the file.
func ulogdLevel(line []byte, s *stamp) (Level, int, bool) {
	i := s.end
	if !hasPrefixAt(line, i, " <") || byteAt(line, i+3) != '>' || byteAt(line, i+4) != ' ' {
		return Unknown, 0, false
	}
	if s.start != 0 || i < 24 || !isAlpha(line[0]) || line[3] != ' ' || !digitsOnly(line[i-4:i]) || line[i-5] != ' ' {
		return Unknown, 0, false // a ctime date with its year opens the line: "Wed Dec  2 16:09:30 2026"
	}
	fs, fe := nextToken(line, i+5)
	c := bytes.Index(line[fs:fe], []byte(".c:"))
	if c <= 0 || fs+c+3 >= fe || !digitsOnly(line[fs+c+3:fe]) {
		return Unknown, 0, false
	}
	switch line[i+2] {
	case '1':
		return Debug, fs, true
	case '3':
		return Info, fs, true
	case '5':
		return Notice, fs, true
	case '7':
		return Error, fs, true
	case '8':
		return Critical, fs, true
	}
	return Unknown, 0, false
}

// preciseTwin reads the Unix time with a fraction that Dante writes in parentheses after its
// syslog-style time, "Dec  2 15:57:22 (1796227042.931393) danted[…]": the same instant to the
// microsecond, and with its year. It is taken only for a written time of whole seconds that it
// matches as some zone's wall clock: an offset of a whole quarter of an hour, at most fourteen
// hours, once the written date's guessed year is set right.
func preciseTwin(line []byte, end int, t, now int64) (int64, int, bool) {
	if t == 0 || t%nsPerSec != 0 || !hasPrefixAt(line, end, " (") {
		return 0, 0, false
	}
	e := indexByteFrom(line[:min(len(line), end+24)], ')', end+2)
	if e < 0 || e-(end+2) < 12 || line[end+12] != '.' {
		return 0, 0, false
	}
	u, ok := parseEpoch(line[end+2 : e])
	if !ok || !plausible(u, now) {
		return 0, 0, false
	}
	const hour = 3600
	off := u/nsPerSec - t/nsPerSec
	for _, year := range [...]int64{0, 365, -365, 366, -366} {
		d := off - year*secPerDay
		if d%(hour/4) == 0 && d <= 14*hour && d >= -14*hour {
			return u, e + 1, true
		}
	}
	return 0, 0, false
}

// indentedDump reports whether the text after a time is a bar and an indent, as Libreswan's pluto
// writes its debugging output ("Dec  2 04:46:24.247295: |        Informational Request …"): a
// dump of the program's state, whose words are no level.
func indentedDump(line []byte, end int) bool {
	i := end
	if byteAt(line, i) == ':' {
		i++
	}
	if !hasPrefixAt(line, i, " |  ") {
		return false
	}
	// A column padded after a bar is closed by another bar: Electrum's "… |     INFO | daemon |".
	k := skipBlanks(line, i+2)
	return !bytes.Contains(line[k:min(len(line), k+24)], []byte(" | "))
}

// decodedBeforeTime reads the facility and level that dmesg --decode writes before the time of
// dmesg -T ("kern  :info  : [Tue Dec  1 10:31:23 2026] …") or before a message that holds a time
// of its own ("kern  :notice: [    0.214562] audit: type=2000 audit(1796112360.801:1): …").
func decodedBeforeTime(line []byte, s *stamp) (Level, bool) {
	if s.start < len("kern:info:") {
		return Unknown, false
	}
	return decodedLevel(line)
}

// ibmEventType reads the event type of IBM's basic log format (WebSphere's SystemOut.log and
// trace.log, Open Liberty's trace.log), written after the thread id and the logger's short name
// cut or padded to thirteen: "[11/29/26 7:41:16:204 UTC] 0000004a WebContainer  >  handleRequest
// Entry". A type is a level's letter (F E W A I C D), an entry or an exit (> <), or a trace's
// depth, 1 to 3 for fine to finest; SystemOut's O, SystemErr's R and the unknown Z say nothing of
// a level. msg is where the message starts.
func ibmEventType(line []byte, s *stamp) (lvl Level, msg int, ok bool) {
	const thread, name = 8, 13
	i := s.end + 2
	t := i + thread + 1 + name + 1
	if s.start == 0 || line[s.start-1] != '[' || !hasPrefixAt(line, s.end, "] ") || i+thread+2 >= len(line) ||
		!hexWord(line[i:i+thread]) || line[i+thread] != ' ' {
		return Unknown, 0, false
	}
	if t >= len(line) || line[t-1] != ' ' || line[t] == ' ' || t+1 < len(line) && line[t+1] != ' ' {
		t = longNameType(line, i+thread+1)
		if t < 0 {
			return Unknown, 0, false
		}
	} else if short := line[i+thread+1 : t-1]; bytes.IndexByte(short, ' ') == 0 || bytes.IndexByte(short, ' ') > 0 && len(bytes.TrimRight(short[bytes.IndexByte(short, ' '):], " ")) > 0 {
		return Unknown, 0, false // a name padded on its right only
	}
	switch line[t] {
	case 'F':
		lvl = Critical
	case 'E':
		lvl = Error
	case 'W':
		lvl = Warn
	case 'A':
		lvl = Notice // an audit message, between info and warning
	case 'I', 'C':
		lvl = Info
	case 'D', '1':
		lvl = Debug
	case '2', '3', '>', '<':
		lvl = Trace
	default:
		return Unknown, 0, false
	}
	return lvl, skipBlanks(line, t+1), true
}

// longNameType returns where the event type stands after the logger's full name that starts at
// line[i], padded on its right, as Open Liberty's messages.log writes it: "0000003e
// com.ibm.ws.app.manager.AppMessageHelper                      W CWWKZ0014W: …". The type is one
// byte alone before the message; -1 when the line has no such column.
func longNameType(line []byte, i int) int {
	s, e := nextToken(line, i)
	if s != i || byteAt(line, e) != ' ' || e-s <= 13 && byteAt(line, e+1) != ' ' {
		return -1
	}
	t := skipBlanks(line, e)
	if t+1 >= len(line) || line[t+1] != ' ' || line[t] == ' ' {
		return -1
	}
	return t
}

// debugClassLevel reads the debug level that Samba writes in the bracket of its time, "[2026/11/29
// 07:41:16.123456,  0] file.c:772(func)" (also followed by ", pid=…" fields), on Samba's own scale
// (lib/util/debug.h): DBG_ERR 0, DBG_WARNING 1, DBG_NOTICE 3, DBG_INFO 5, DBG_DEBUG 10. A number
// between two named levels takes the more verbose one.
func debugClassLevel(line []byte, s *stamp) (Level, bool) {
	if s.start == 0 || line[s.start-1] != '[' || byteAt(line, s.end) != ',' {
		return Unknown, false
	}
	i := skipBlanks(line, s.end+1)
	j := i
	for j < len(line) && j-i < 3 && isDigit(line[j]) {
		j++
	}
	if j == i || j >= len(line) || line[j] != ']' && line[j] != ',' {
		return Unknown, false
	}
	n, _ := atoi(line[i:j])
	switch {
	case n == 0:
		return Error, true
	case n == 1:
		return Warn, true
	case n <= 3:
		return Notice, true
	case n <= 5:
		return Info, true
	}
	return Debug, true
}

// weblogicHost reads the machine name of a WebLogic server log record, whose header is a run of
// fields in angle brackets after "####": <time> <severity> <subsystem> <machine> <server> … (Oracle's
// "Understanding WebLogic Logging Services", message attributes).
func weblogicHost(line []byte) (Span, bool) {
	if !hasPrefixAt(line, 0, "####<") {
		return Span{}, false
	}
	i := 4
	for field := 0; field < 4; field++ {
		end := indexByteFrom(line, '>', i)
		if end < 0 || field < 3 && !hasPrefixAt(line, end, "> <") {
			return Span{}, false
		}
		if field == 3 {
			if h := line[i+1 : end]; len(h) == 0 || !hostLike(h) || digitsOnly(h) {
				return Span{}, false // the JMS message log's epoch milliseconds stand where the machine is
			}
			return Span{int32(i + 1), int32(end)}, true
		}
		i = end + 2
	}
	return Span{}, false
}

// nearWord reports whether two word indexes are the same column give or take one.
func nearWord(a, b int) bool { return a-b <= 1 && b-a <= 1 }

// learnedEpoch finds the learned epoch column in line, at its word or a word before or after it,
// and returns its time and where it starts.
func (p *Parser) learnedEpoch(line []byte) (int64, int, bool) {
	for _, k := range [3]int{p.mem.token, p.mem.token - 1, p.mem.token + 1} {
		if k < 0 {
			continue
		}
		i := wordStart(line, k)
		if i < 0 || i > locateWindow {
			continue
		}
		if t, _, ok := wordEpoch(line, i, p.nowNano()); ok {
			return t, i, true
		}
	}
	return 0, 0, false
}

// epochNode reads the node before the learned epoch column of a line held before the column was
// learned (see nodeBeforeEpoch).
func (p *Parser) epochNode(line []byte) (Span, bool) {
	if p.mem.kind != stampColumnEpoch {
		return Span{}, false
	}
	_, start, ok := p.learnedEpoch(line)
	if !ok {
		return Span{}, false
	}
	return nodeBeforeEpoch(line, &stamp{kind: stampColumnEpoch, start: start})
}

// nodeBeforeEpoch reads the node that a cluster's event dump names in the column after its record
// id, before the epoch column that holds the time: "134681 node-246 unix.hw state_change 1077804742
// 1 …". The node is a name with a digit ("node-246", "gige7"); a component ("unix.hw") is none.
func nodeBeforeEpoch(line []byte, s *stamp) (Span, bool) {
	if s.kind != stampColumnEpoch {
		return Span{}, false
	}
	ws, we := nextToken(line, 0)
	if numberColumn(line[ws:we]) {
		ws, we = nextToken(line, we)
	}
	if we >= s.start || !nodeName(line[ws:we]) {
		return Span{}, false
	}
	return Span{int32(ws), int32(we)}, true
}

// underscoredID reports whether name holds an underscore and a run of eight digits or more: an
// object's id ("application_1795900000000_0042", "container_e07_…"), no machine's name.
func underscoredID(name []byte) bool {
	if bytes.IndexByte(name, '_') < 0 {
		return false
	}
	run := 0
	for _, c := range name {
		if !isDigit(c) {
			run = 0
		} else if run++; run >= 8 {
			return true
		}
	}
	return false
}

// epochLabel reports whether one of name's labels between dots is nine digits or more, an epoch:
// a job's file (at's "root.1795942800.a"), no machine's name ("s16123456.example.info" is).
func epochLabel(name []byte) bool {
	if bytes.IndexByte(name, '.') < 0 {
		return false
	}
	for len(name) > 0 {
		label, rest, _ := bytes.Cut(name, []byte("."))
		if len(label) >= 9 && digitsOnly(label) {
			return true
		}
		name = rest
	}
	return false
}

// nodeBeforeDatedLine reads the machine's name a parallel shell writes before each line a remote
// host printed: clush's and pdsh's "cn001: [2026-11-29T07:41:16.204] …", parallel-ssh -P's
// "web-01: 2026/11/29 …", GNU parallel --tag's "web-01<TAB>2026-…", knife ssh's padded column of
// fqdns "web-01.example.test   [2026-…]" and Fabric's "[web-01] out: 2026/…". The name has a digit
// ("Start-Date: 2026-…" is a label) and a letter beyond hex ("fc2b145<TAB>…" is a commit), and
// the remote line a date of its own: a name before a time of day alone is an agent's ("machine-0:
// 07:41:16 INFO", as juju writes it); one blank after a name is a file's ("nova-api.log.1 2026-…"),
// and a short padded column a controller's ("c0   [Sun …").
func nodeBeforeDatedLine(line []byte, s *stamp) (Span, bool) {
	if s.kind != stampDate || s.start < 3 {
		return Span{}, false
	}
	ns := 0
	if line[0] == '[' {
		ns = 1 // Fabric's bracket
	}
	ne := ns
	for ne < len(line) && ne-ns <= 64 && (isAlnum(line[ne]) || line[ne] == '-' || line[ne] == '.' || line[ne] == '_') {
		ne++
	}
	if !machineNumbered(line[ns:ne]) {
		return Span{}, false
	}
	at := s.start
	if line[at-1] == '[' {
		at-- // the remote line's time in brackets
	}
	if ne > at {
		return Span{}, false // the time inside the name's characters
	}
	name := line[ns:ne]
	switch gap := line[ne:at]; {
	case ns == 1:
		if string(gap) != "] out: " && string(gap) != "] err: " {
			return Span{}, false
		}
	case string(gap) == ": " || string(gap) == "\t":
	case len(gap) >= 2 && len(bytes.Trim(gap, " ")) == 0 && fqdn(name):
	default:
		return Span{}, false
	}
	return Span{int32(ns), int32(ne)}, true
}

// machineNumbered reports whether name may be a machine's that a tool writes before its lines: it
// has a digit ("Start-Date:" is a label) and a letter beyond hex ("fc2b145" is a commit), and is
// none of a release's "v1.2.3", a step's "Step2", Java's thread "Thread-12", a workflow's pod
// "etl-extract-1843571105", YARN's "container_e07_1795900000000_0042_01_000001", a file.
func machineNumbered(name []byte) bool {
	return len(name) >= 2 && isAlpha(name[0]) && hasDigit(name) && !hexWord(name) && !bytes.Contains(name, []byte(".log")) &&
		!versionWord(name) && !countedWord(name) && !generatedSuffix(name) && !underscoredID(name) && !epochLabel(name)
}

// generatedSuffix reports whether name ends with a dash and a number of eight digits or more: an
// id a controller generated for a pod or a job (Argo's "etl-nightly-x7k2p-extract-1843571105"),
// which no machine is named with.
func generatedSuffix(name []byte) bool {
	d := bytes.LastIndexByte(name, '-')
	return d > 0 && len(name)-d-1 >= 8 && digitsOnly(name[d+1:])
}

// countedWord reports whether w is a word and a number that count steps, tries or the like rather
// than name a machine: a capitalized word glued to its number ("Step2", "Job42", "Thread-12"), or
// one of the words programs number their parts with ("step3", "retry2", "http2"). Machines are
// named in lower case (cn001, web-01), or with a dash or a dot (WEB-01, DC01.corp.test).
func countedWord(w []byte) bool {
	k := 0
	for k < len(w) && isAlpha(w[k]) {
		k++
	}
	if w[0] >= 'A' && w[0] <= 'Z' && k < len(w) && isDigit(w[k]) && bytes.IndexAny(w[k:], "-.") < 0 {
		return true
	}
	if bytes.EqualFold(w[:k], []byte("thread")) {
		return true
	}
	switch string(w[:k]) {
	case "step", "stage", "phase", "job", "task", "retry", "try", "attempt", "round", "pass", "test", "case",
		"error", "warning", "user", "item", "line", "page", "part", "run", "version", "http", "level", "layer", "rank":
		return true
	}
	return false
}

// versionWord reports whether w is a release's number, digits joined by dots after an optional v.
func versionWord(w []byte) bool {
	if len(w) > 0 && (w[0] == 'v' || w[0] == 'V') {
		w = w[1:]
	}
	return len(w) > 2 && digitsAmong(w, '.', '.') && bytes.IndexByte(w, '.') > 0
}

// fqdn reports whether w is a dotted machine name whose last label is letters ("web-01.example.test").
func fqdn(w []byte) bool {
	dot := bytes.LastIndexByte(w, '.')
	return dot > 0 && dot < len(w)-1 && isAlphaWord(w[dot+1:])
}

// iasServer reads the server that Windows NPS names in its IAS log format, the column after the
// date, the time and "IAS": "10.20.0.31,alice,11/29/2026,07:41:16,IAS,NPS01,4,…". The first
// column is the access point that asked, not the machine that logged.
func iasServer(line []byte, end int) (Span, bool) {
	const ias = ",IAS,"
	if !hasPrefixAt(line, end, ias) {
		return Span{}, false
	}
	hs := end + len(ias)
	he := indexByteFrom(line, ',', hs)
	if he < 0 || !sender(line[hs:he]) && !(he > hs && hostLike(line[hs:he]) && isAlpha(line[hs])) {
		return Span{}, false
	}
	return Span{int32(hs), int32(he)}, true
}

// nodeName reports whether w is a machine's name in a column of its own: a letter first, letters,
// digits and dashes, and a digit among them.
func nodeName(w []byte) bool {
	if len(w) < 2 || !isAlpha(w[0]) {
		return false
	}
	digit := false
	for _, c := range w {
		switch {
		case isDigit(c):
			digit = true
		case isAlpha(c) || c == '-':
		default:
			return false
		}
	}
	return digit
}

// ltsvLine reports whether line is LTSV's: three fields or more between tabs, each a label, a
// colon and its value glued to it. A line that a host's or a file's name and a colon open, as pdsh
// and grep prefix lines ("node01: …"), has a blank after the colon, or fewer such fields.
func ltsvLine(line []byte) bool {
	fields := 0
	for i := 0; i >= 0 && i < len(line) && i < 512; {
		j := i
		for j < len(line) && j-i < 32 && (isAlnum(line[j]) || line[j] == '_' || line[j] == '@' || line[j] == '.' || line[j] == '-') {
			j++
		}
		if j == i || byteAt(line, j) != ':' || byteAt(line, j+1) == ' ' {
			return false
		}
		if fields++; fields == 3 {
			return true
		}
		if i = indexByteFrom(line, '\t', j); i >= 0 {
			i++
		}
	}
	return false
}

// hostBeforeParenTime reads the device's name that WatchGuard's Firebox writes before its time in
// parentheses and its process's tag: "fw-hq (2026-11-29T07:41:16) firewall: msg_id=…".
func hostBeforeParenTime(line []byte, s *stamp) (Span, bool) {
	hs, he := nextToken(line, 0)
	if hs != 0 || he < 2 || s.start != he+2 || line[he+1] != '(' || byteAt(line, s.end) != ')' || !hostName(line[:he]) || !isAlnum(line[0]) {
		return Span{}, false
	}
	ts, te := nextToken(line, s.end+1)
	if te-ts < 2 || line[te-1] != ':' || !tagLike(line[ts:te-1]) {
		return Span{}, false
	}
	return Span{0, int32(he)}, true
}

// hostBeforeTabbedDate reads the host Firebird's log writes before each record's header, a tab and
// the date as ctime writes it, alone on the line: "db01<TAB>Thu Dec  3 16:38:27 2026", the message
// indented on the lines under it.
func hostBeforeTabbedDate(line []byte, s *stamp) (Span, bool) {
	const ctime = len("Sun Nov 29 07:38:27 2026") // as ctime writes it: no zone, no fraction
	he := bytes.IndexByte(line, '\t')
	if he < 1 || s.start != he+1 || s.end != len(line) || s.end-s.start != ctime || weekdayWord(line, s.start) == 0 || !isAlnum(line[0]) || !hostLike(line[:he]) || bytes.IndexByte(line[:he], ' ') >= 0 || !hasLetter(line[:he]) {
		return Span{}, false // (git's "%h<TAB>%ad" has its zone, find's "%f<TAB>%t" a fraction)
	}
	return Span{0, int32(he)}, true
}

// journalMessageLevel reads the level of the program's own record behind the journal's tag after
// the host at line[i:] ("kubelet[1187]: {\"ts\":…,\"v\":2,…}", "… I1129 08:41:16.204250 …"),
// as the syslog header's message is read (see nestedLevel).
func (p *Parser) journalMessageLevel(line []byte, i int) Level {
	_, e := nextToken(line, i)
	if m := skipBlanks(line, e); m < len(line) {
		return p.nestedLevel(line[m:], true)
	}
	return Unknown
}

// journalStamp reports whether the time s is written as the journal's short-full and short-unix
// outputs write it before the host: its weekday, an ISO date, the clock and the zone's name ("Wed
// 2026-12-02 22:58:01 UTC vm kernel: …"), or Unix seconds with microseconds ("1796252281.143913 vm
// kernel: …").
func journalStamp(line []byte, s *stamp) bool {
	if s.start == 0 {
		n, f := decimalAt(line, 0)
		return n == 10 && f == 6 && s.end == n+1+f
	}
	n := weekdayWord(line, 0)
	d := skipBlanks(line, n)
	return n > 0 && d == s.start && byteAt(line, d+4) == '-' && byteAt(line, d+7) == '-' && isUpperAt(line, s.end-1)
}

// levelMessage is where the message starts after a level read in the word line[ts:te].
func levelMessage(line []byte, ts, te int) int {
	if msg := barredMessage(line, ts, te); msg > 0 {
		return msg
	}
	if k := bytes.LastIndexByte(line[ts:te], '#'); line[ts] == '#' && ts+k+1 < te {
		return ts + k + 1 // the text column after SAP's '#' columns (see hashColumnLevel)
	}
	return afterLevel(line, te, &layoutLine{})
}

// afterGluedLevel is where the message starts after a level glued into the word line[ts:te]:
// within it after a bar, else at the next word.
func afterGluedLevel(line []byte, ts, te int) int {
	if msg := barredMessage(line, ts, te); msg > 0 {
		return msg
	}
	return skipBlanks(line, te)
}

// barredMessage finds where the message starts when the level is a field of a word whose fields
// bars separate, with the text glued after its bar: "…|postgres|ERROR|connection lost" and
// Veeam's "vmb | WARN|Failed to …" start their messages at "connection" and "Failed", not at the
// word after the whole token. It returns 0 when the token holds no such field.
func barredMessage(line []byte, ts, te int) int {
	if bytes.IndexByte(line[ts:te], '|') < 0 {
		return 0
	}
	for i := ts; i < te; {
		j := indexByteFrom(line[:te], '|', i)
		if j < 0 {
			return 0
		}
		if f := line[i:j]; isUpperWord(f) && levelWordIn(f) {
			if j+1 < te {
				return j + 1
			}
			return 0
		}
		i = j + 1
	}
	return 0
}

// piholeFTL reports whether tok, at line[ts:], is the name of Pi-hole's FTL in its own log, where
// zerolog's console would mean fatal: the bracket of the time closes with the process's id and M
// for its main thread, or its thread's after "/T" ("[2026-11-29 07:58:40.016 604M] FTL branch:
// master", "… 604/T611] …").
func piholeFTL(line, tok []byte, ts int) bool {
	if string(tok) != "FTL" || byteAt(line, 0) != '[' {
		return false
	}
	close := bytes.IndexByte(line[:ts], ']')
	if close < 0 {
		return false
	}
	id := line[bytes.LastIndexByte(line[:close], ' ')+1 : close] // "604M", "604/T611"
	if pid, thread, threaded := bytes.Cut(id, []byte("/T")); threaded {
		return len(pid) > 0 && digitsOnly(pid) && len(thread) > 0 && digitsOnly(thread)
	}
	return len(id) > 1 && id[len(id)-1] == 'M' && digitsOnly(id[:len(id)-1])
}
