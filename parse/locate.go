package parse

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// The timestamp locator finds a date and time anywhere near the start of a line, in the spellings
// loggers actually use, so that a layout nobody wrote a parser for still gets its time. It reads
// one general grammar rather than a list of layouts:
//
//	[weekday[,]] date (sep) clock [AM|PM] [zone] [year]
//
// where the date is numeric with '-', '/' or '.' between its parts in any order a logger writes
// (2026-11-29, 26/11/29, 29.11.2026, 11/29/2026, 11-29 without a year), compact (261129 074116,
// 20261129T074116), or has the month as a word (Nov 29 [2026], 29 Nov 2026, 29-Nov-2026,
// 29/Nov/2026:07:41:16); the zone is Z, an offset in any spelling or an abbreviation; and apart
// from those, an epoch number (seconds with a fraction, milliseconds, microseconds) and, at the
// start of a line only, a bare time of day. Numbers that only look like times are refused by
// shape (a date needs a clock after it, an epoch a fraction or the line's first column) and by a
// plausibility window around the reader's clock.

// locateWindow is how far into a line the locator looks for a time: past the pids, hosts, file
// names and brackets that real layouts put first, short of the message text.
const locateWindow = 120

// stampKind is the spelling a time was read in; a source's learned layout remembers it.
type stampKind uint8

const (
	stampDate        stampKind = iota + 1 // a date and a clock, in any of the date spellings
	stampEpoch                            // a Unix time as a number
	stampClock                            // a time of day alone, at the start of a line
	stampColumnEpoch                      // ten digits of Unix seconds in a middle column: a candidate only
)

// stamp is a time the locator read: its value, where it is in the line, and its spelling.
type stamp struct {
	t          int64
	start, end int
	kind       stampKind
	token      int  // how many blank-separated words come before it
	yearless   bool // the year was inferred

	parensOff *bool // the source's memory that its letters in parentheses are no levels (see headerLetter); nil: none
}

// earliestPlausible is the earliest time a number is read as: 1990-01-01. A smaller count is a
// duration, an offset from a program's start or a clock that was never set.
const earliestPlausible = 631152000 * nsPerSec

// plausible bounds located times: a value outside is a number that only looks like a time.
func plausible(t, now int64) bool {
	const ahead = 2 * secPerDay * nsPerSec
	return t >= earliestPlausible && t <= now+ahead
}

// Byte classes of the locator's scan.
const (
	classOther uint8 = iota
	classBlank
	classDigit
	classLetter
	classJoin // joins a word, number or date: a time cannot start right after it
)

var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = classLetter, classLetter
	}
	t[' '], t['\t'] = classBlank, classBlank
	for _, c := range "._-/:+" {
		t[c] = classJoin
	}
	return t
}()

// bracedLead is the length of the groups in braces a line opens with, which the locator's window
// does not count: uWSGI's memory-report puts "{address space usage: 412315648 bytes/393MB} {rss
// usage: 91815936 bytes/87MB} " before its request line's counters, client and time.
func bracedLead(line []byte) int {
	i := 0
	for n := 0; n < 3 && byteAt(line, i) == '{'; n++ {
		k := indexByteFrom(line[:min(len(line), i+maxBracedLead)], '}', i)
		if k < 0 || bytes.IndexByte(line[i+1:k], '{') >= 0 {
			break
		}
		i = skipBlanks(line, k+1)
	}
	return i
}

// maxBracedLead bounds one group in braces that bracedLead passes over.
const maxBracedLead = 64

// locate scans the first locateWindow bytes of line for a time. Every spelling has digits, so it
// looks at the runs of digits that start a word, and tries a time there, or at the month (and
// weekday) name just before the run. It returns the first time found.
func locate(line []byte, now int64, w *wallClock) (stamp, bool) {
	window := line[:min(len(line), locateWindow+bracedLead(line))]
	var fallback stamp
	found := false
	for i := 0; i < len(window); {
		if i+8 <= len(window) && !hasDigit8(binary.LittleEndian.Uint64(window[i:])) {
			i += 8 // most of a line is letters and blanks: eight at a time
			continue
		}
		if window[i]-'0' > 9 {
			i++
			continue
		}
		n := 1
		for i+n < len(line) && line[i+n]-'0' <= 9 {
			n++
		}
		if i > 1 && line[i-1] == '@' && isDigit(line[i-2]) && !pidAtEpoch(line, i, n) {
			i += n // a build's date glued to its version: Gotify's "2.6.1@2024-11-02-17:11:58"
			continue
		}
		if i > 0 && byteClass[line[i-1]] >= classDigit && !(line[i-1] == ':' && (compactAfterColon(line, i, n) || afterDoubleColon(line, i, n) || yearAfterIDs(line, i, n) || epochAfterIDs(line, i, n) || dateAfterLevel(line, i, n) || yearAfterBlankColon(line, i, n) || labelledTime(line, i))) &&
			!((line[i-1] == '-' || line[i-1] == '/') && n <= 2 && nameBefore(line, i) >= 0) && // Nextflow's "Nov-29 07:41:16.412"
			!(n == 4 && i == 2 && line[0] == '-' && line[1] == '-') && // wget's "--2026-11-29 07:41:16--  https://…"
			!(n <= 2 && gluedMonth(line, i) >= 0) && // BeeGFS's "Nov29 07:41:16"
			!(n == 4 && gluedPrefix(line) == i) &&
			!levelSlashDate(line, i, n) { // Telethon's "[ INFO/2026-11-29 07:41:16,332]"
			i += n // inside a word, a number or a date
			continue
		}
		at := -1
		if ws := nameBefore(line, i); ws >= 0 {
			at = ws
		} else if maybeStamp(line, i, n) {
			at = i
		}
		if at >= 0 {
			if s, ok := stampAt(line, at, now, w); ok && !(at > 0 && addressAfter(line, s.start, s.end)) {
				if at > 0 && n < 10 && !bracketAfterNumber(line, at) && (prose(line[:at]) && !lifecycleTime(line[:at]) && !tabFieldAt(line, at) && !levelAtBefore(line, at) || quotedArgument(line, at) || buildDate(line[:at]) || pastLoggerDash(line[:at]) && !fenceOpens(line[at-1])) {
					// "User bob logged in at 2026-…": a time in a sentence is the message's. An
					// epoch column before the sentence is still the line's (HPC's "… 1077804742 1
					// NIFF: node node-33 detected … on network 5.6.224.0"). A number that reads
					// as no time ("Perl: 5.30.0") says nothing of the words before it.
					return fallback, found
				}
				// A written time wins over an epoch column before it (BGL's and Thunderbird's
				// "- 1117838570 2005.06.03 … 2005-06-03-15.42.50.675872"), also when it is
				// wall-clock time without a zone: it is read as the source's other zone-less
				// times are, and agrees with the other logs of the machines that wrote it.
				s.token = wordIndex(line, at)
				return s, true
			}
		}
		if !found && n == 10 && labelledTime(line, i) {
			// Named a time, it needs no column to learn, and may carry a fraction; a time written
			// later in the line still wins, as over an epoch column.
			if t, e, ok := labelledEpoch(line, i, now); ok {
				fallback, found = stamp{t: t, start: i, end: e, kind: stampEpoch, token: wordIndex(line, i)}, true
			}
		}
		if !found && n == 10 && (i == 0 || line[i-1] == ' ') && !metricValue(line, i) {
			if t, e, ok := wordEpoch(line, i, now); ok {
				fallback, found = stamp{t: t, start: i, end: e, kind: stampColumnEpoch, token: wordIndex(line, i)}, true
			}
		}
		i += n
	}
	return fallback, found
}

// addressAfter reports whether a compact time at line[s:e], a word without colons or blanks, goes
// on after a dash or a dot, in letters, digits, dashes and dots, to an '@': it opens an
// identifier, an iCalendar item's UID or a mail's Message-ID ("20261129T074116Z-3318@tidepool"),
// not the line's time. A written time glued to a thread's name by an '@' stays the line's (a
// Java layout's "2026-11-29 07:41:16,001@main - …").
func addressAfter(line []byte, s, e int) bool {
	if c := byteAt(line, e); c != '-' && c != '.' || bytes.IndexAny(line[s:e], ": ") >= 0 {
		return false
	}
	for ; e < len(line); e++ {
		switch c := line[e]; {
		case c == '@':
			return true
		case !isAlnum(c) && c != '-' && c != '.' && c != '_':
			return false
		}
	}
	return false
}

// metricValue reports whether the number at line[i] is a metric's value, the last word of a line
// that names the metric first in dotted or underscored lower case: Traffic Server's records in
// its crash log ("proxy.node.config.reconfigure_time 1796207611"), a gauge dump's "last_run_time
// 1796207611". Such a value is no time of the line's.
func metricValue(line []byte, i int) bool {
	if wordIndex(line, i) != 1 || i+10 != len(bytes.TrimRight(line, " ")) {
		return false
	}
	name := bytes.TrimRight(line[:i], " ")
	marked := false
	for _, c := range name {
		switch {
		case c == '.' || c == '_':
			marked = true
		case c < 'a' || c > 'z':
			return false
		}
	}
	return marked
}

// logcatPid reports whether the epoch whose integer part ends at line[j] is followed by its
// fraction, two blanks or more and a pid with its colon, as logcat -v long writes its header; with
// uid, the uid's name before the pid ("[ 1795938077.102377 u0_a134  8812: 8812 W/System.err ]").
func logcatPid(line []byte, j int) bool {
	e := j + 1
	for e < len(line) && isDigit(line[e]) {
		e++
	}
	k := skipBlanks(line, e)
	if k > e && isAlphaAt(line, k) {
		u := k
		for u < len(line) && (isAlnum(line[u]) || line[u] == '_') {
			u++
		}
		if u-k > 16 {
			return false
		}
		e, k = u-1, skipBlanks(line, u) // the uid's column pads the pid's with one blank or more
	}
	_, n := digitRun(line, k)
	return k >= e+2 && n > 0 && byteAt(line, k+n) == ':'
}

// buildDate reports whether b, the text before a time, ends with "built" or "compiled" (and
// "on"), so that the time is a program's build's in its banner: TigerVNC's "Xvnc TigerVNC 1.14.1 -
// built Sep  9 2024 00:00:00", "compiled on Nov 12 2026 10:21:40".
func buildDate(b []byte) bool {
	b = bytes.TrimRight(b, " ")
	if versionBranch(b) || versionHash(b) || versionParen(b) {
		return true
	}
	if k := bytes.LastIndexByte(b, ' ') + 1; k > 0 && weekdayWord(b, k) > 0 {
		b = bytes.TrimRight(b[:k], " ") // the date's weekday: Cisco's "Compiled Fri 08/16/2026 …"
	}
	if k := bytes.LastIndexByte(b, ' ') + 1; bytes.HasSuffix(b, []byte("=")) && bytes.Contains(bytes.ToLower(b[k:]), []byte("build")) {
		return true // a build's key in a version's pairs: Hugo's "linux/amd64 BuildDate=2026-11-20T14:02:11Z"
	}
	if bytes.HasSuffix(b, []byte("Build:[")) {
		return true // a labelled build in brackets: DFSR's header, "Build:[Oct 12 2024 09:14:27 built by: …]"
	}
	for _, sep := range []string{" on", " @", ":"} {
		b = bytes.TrimRight(bytes.TrimSuffix(b, []byte(sep)), " ") // "compiled @ Nov 17 …", "Build date: …"
	}
	k := bytes.LastIndexByte(b, ' ') + 1
	w := bytes.TrimPrefix(b[k:], []byte("(")) // J-Link's "(Compiled Nov 18 2026 …)"
	switch string(w) {
	case "built", "Built", "compiled", "Compiled":
		return true
	}
	if p := bytes.IndexByte(w, '('); p > 0 && w[len(w)-1] == ')' {
		w = w[:p] // a build's hash beside its label: ESP-AT's "compile time(4d1c2a7):"
	}
	if string(w) == "time" || string(w) == "date" {
		before := bytes.TrimRight(b[:k], " ")
		switch string(before[bytes.LastIndexByte(before, ' ')+1:]) {
		case "compile", "Compile", "build", "Build":
			return true // "compile time", "Build date"
		}
	}
	return versionAtBuild(b[k:]) || buildNumberBefore(b)
}

// versionParen reports whether b, the text before a time, ends with a parenthesis opened after a
// version number and a blank: the build's date, as CircleCI's agent and many banners print it
// ("Build-agent version 1.0.261120-4f1c2a7e (", "Docker Engine Version: 27.3.1 (").
func versionParen(b []byte) bool {
	if bytes.HasSuffix(b, []byte(",")) {
		return pythonBuild(b)
	}
	if len(b) < 5 || b[len(b)-1] != '(' || b[len(b)-2] != ' ' {
		return false
	}
	v := b[bytes.LastIndexByte(b[:len(b)-2], ' ')+1 : len(b)-2]
	v = bytes.TrimPrefix(v, []byte("v"))
	return len(v) >= 3 && isDigit(v[0]) && bytes.IndexByte(v, '.') > 0
}

// pythonBuild reports whether b, the text before a time, ends as Python's sys.version does before
// its build's date: a version of three numbers, a parenthesis, the branch or tag built and a comma,
// "3.13.1 (main, " before "Nov 20 2026, 09:14:02) [GCC 15.2.1]", "(tags/v3.12.0:0fb18b0, ".
func pythonBuild(b []byte) bool {
	p := bytes.LastIndexByte(b, '(')
	if p < 7 || b[p-1] != ' ' {
		return false
	}
	branch := b[p+1 : len(b)-1]
	switch {
	case string(branch) == "main" || string(branch) == "default":
	case len(branch) > 5 && bytes.IndexAny(branch, "/:") > 0 && bytes.IndexAny(branch, " )") < 0:
	default:
		return false
	}
	v := b[bytes.LastIndexAny(b[:p-1], " (")+1 : p-1]
	return len(v) >= 5 && isDigit(v[0]) && bytes.Count(v, []byte(".")) == 2
}

// versionHash reports whether b, the text before a time, ends inside a parenthesis opened right
// after a version number, with the build's commit first in it: ESP-AT's "AT
// version:3.4.0.0(3e8f0d5 - ESP32C3 - " before its build's "Nov 12 2026 10:21:07)".
func versionHash(b []byte) bool {
	p := bytes.LastIndexByte(b, '(')
	if p < 3 || bytes.IndexByte(b[p:], ')') >= 0 || !isDigit(b[p-1]) {
		return false
	}
	v := b[max(bytes.LastIndexAny(b[:p], " :"), -1)+1 : p]
	if len(v) < 3 || !isDigit(v[0]) || bytes.IndexByte(v, '.') < 0 {
		return false
	}
	h := p + 1
	for h < len(b) && (isDigit(b[h]) || b[h] >= 'a' && b[h] <= 'f') {
		h++
	}
	return h-p-1 >= 7 && byteAt(b, h) == ' '
}

// lifecycleTime reports whether b, the text before a time in a sentence, says what began or
// ended at that time: "Log opened at", "fsck_apfs started at", "-- finished at", "Nmap scan
// initiated", "Xsession: started for ana at", a step's "Starting … @". Such a line is written
// when it happens, and the time is its own; in other sentences ("user bob logged in at …", "retry
// scheduled at …") the time is the message's.
func lifecycleTime(b []byte) bool {
	if lastSystemRow(b) {
		return true
	}
	b = bytes.TrimRight(b, " ")
	if k := bytes.LastIndexByte(b, ' ') + 1; k > 0 && weekdayWord(b, k) > 0 {
		b = bytes.TrimRight(b[:k], " ") // the date's weekday: "finished at Sun, 29 Nov 2026 …"
	}
	colon := bytes.HasSuffix(b, []byte(":"))
	b = bytes.TrimSuffix(b, []byte(":"))
	k := bytes.LastIndexByte(b, ' ') + 1
	prep := string(b[k:])
	switch prep {
	case "initiated":
		return true
	case "@":
		// A script's step stamped with `date`: swtpm_setup's "Starting vTPM manufacturing as
		// tss:tss @ Sun 29 Nov 2026 07:41:16 AM UTC". Without a word of a start or an end the
		// time is the message's: "Next backup scheduled @ …", "certificate expires @ …".
		return k > 1 && stepWord(b[:k])
	case "at", "on":
	default:
		return false
	}
	b = bytes.TrimRight(b[:k], " ")
	var after []byte // the word after the verb
	for n := 0; n < 3 && len(b) > 0; n++ {
		k = bytes.LastIndexByte(b, ' ') + 1
		var low [12]byte
		verb := string(lowerWord(low[:0], b[k:])) // "Started server at …" as "server started at …"
		if verb == "running" && n == 1 && prep == "at" && len(after) > 2 && after[0] == '\'' && after[len(after)-1] == '\'' {
			return true // a stage named in quotes: cloud-init's "Cloud-init v. 22.4.2 running 'modules:final' at Sun, 29 Nov …"
		}
		after = b[k:]
		switch verb {
		case "started", "opened", "closed", "completed", "finished", "stopped", "ended", "done", "began", "begun", "launched", "terminated",
			"occurred", "raised", "cleared", "detected", "generated", "ending":
			// "ending at:" closes a report's footer; "Maintenance window ending at …" is a
			// plan. "on" dates only what started or opened ("AdminLog started on 2026-11-29 at …").
			return (verb != "ending" || colon) && (prep == "at" || verb == "started" || verb == "opened") &&
				!plannedOrPast(b[:k])
		case "starting":
			// A step announced as it begins, first in the line or after its tag: RMAN's
			// "Starting backup at …", "channel ORA_DISK_1: starting piece 1 at …". Further
			// into a sentence it is a plan's ("Maintenance window starting at …").
			return prep == "at" && (k == 0 || k >= 2 && b[k-2] == ':')
		}
		b = bytes.TrimRight(b[:k], " ")
	}
	return false
}

// lastSystemRow reports whether b opens a row of last(1) for a boot or a shutdown: "reboot
// system boot  6.8.0-49-generic", "shutdown system down  …". The two words are the pseudo-user's
// tty, no sentence, and the time after the kernel's release is the row's.
func lastSystemRow(b []byte) bool {
	for _, row := range [...]string{"reboot ", "shutdown "} {
		if rest, ok := bytes.CutPrefix(b, []byte(row)); ok {
			rest = bytes.TrimLeft(rest, " ")
			return bytes.HasPrefix(rest, []byte("system boot ")) || bytes.HasPrefix(rest, []byte("system down "))
		}
	}
	return false
}

// lowerWord appends w to dst with its first letter in lower case, when it fits; else w whole.
func lowerWord(dst, w []byte) []byte {
	if len(w) == 0 || len(w) > cap(dst) || w[0] < 'A' || w[0] > 'Z' {
		return w
	}
	dst = append(dst, w...)
	dst[0] += 'a' - 'A'
	return dst
}

// stepWord reports whether the first ten words of b say that a step starts or ends, and none
// that the time is planned, due or past ("Next run scheduled @", "expires @", "Last backup done @").
func stepWord(b []byte) bool {
	step := false
	for n, i := 0, 0; n < 10; n++ {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		w := string(bytes.ToLower(b[s:e]))
		switch w {
		case "start", "starting", "started", "begin", "beginning", "began", "end", "ending", "ended",
			"finish", "finishing", "finished", "complete", "completed", "done", "stopping", "stopped":
			step = true
		case "planned", "before", "due", "expires", "expiry":
			return false
		}
		if planWord(w) {
			return false
		}
		i = e
	}
	return step
}

// plannedOrPast reports whether the words before a lifecycle verb make its time one the message
// talks of, a plan or an earlier event, not the moment the line was written: "will be
// terminated at", "has not yet started at", "Last successful backup completed on".
func plannedOrPast(b []byte) bool {
	for n := 0; n < 4 && len(b) > 0; n++ {
		b = bytes.TrimRight(b, " ")
		k := bytes.LastIndexByte(b, ' ') + 1
		switch w := string(bytes.ToLower(b[k:])); {
		case planWord(w), w == "be", w == "to", w == "not", w == "yet":
			return true
		}
		b = b[:k]
	}
	return false
}

// planWord reports whether w, in lower case, makes a time in its sentence a plan or an earlier
// event's: "will", "until", "scheduled", "expected", "last", "next", "previous".
func planWord(w string) bool {
	switch w {
	case "will", "until", "scheduled", "expected", "last", "next", "previous", "previously":
		return true
	}
	return false
}

// versionAtBuild reports whether w is a version glued to its build by an '@', as ntp's programs
// write it before their build's date: "sntp 4.2.8p18@1.4062-o Mon Nov 23 10:12:55 UTC 2026".
func versionAtBuild(w []byte) bool {
	at := bytes.IndexByte(w, '@')
	return at > 0 && isDigit(w[0]) && isDigitAt(w, at+1) && bytes.IndexByte(w[:at], '.') > 0
}

// buildNumberBefore reports whether one of the last three words of b is a build's number, '#'
// and digits, as a kernel's version and appliances' banners write it before their build's date:
// "#1 SMP PREEMPT_DYNAMIC Thu Nov 16 …", "rbt_sh 9.14.2a #215_18 2026-09-14 11:02:37".
func buildNumberBefore(b []byte) bool {
	for n := 0; n < 3 && len(b) > 0; n++ {
		k := bytes.LastIndexByte(b, ' ') + 1
		if k < len(b) && b[k] == '#' && isDigitAt(b, k+1) { // (b may end with a blank: "0000000000  on")
			// After a version ("6.8.0-49-generic #49-Ubuntu", "9.14.2a #215_18"); a job's or a
			// ticket's number ("build #1234 2026-…") leaves the time the line's.
			before := bytes.TrimRight(b[:k], " ")
			v := before[bytes.LastIndexByte(before, ' ')+1:]
			return len(v) > 0 && isDigit(v[0]) && bytes.IndexByte(v, '.') > 0
		}
		b = bytes.TrimRight(b[:k], " ")
	}
	return false
}

// versionBranch reports whether b, the text before a time, ends with a version and the branch its
// build came from, as Python's sys.version opens the build's date: "Python version: 3.11.2 (main,"
// before "Apr 28 2025, 14:11:48) [GCC 12.2.0]", which uWSGI and many banners print.
func versionBranch(b []byte) bool {
	p := bytes.LastIndexByte(b, '(')
	if p < 2 || b[len(b)-1] != ',' || b[p-1] != ' ' || bytes.IndexByte(b[p:], ' ') >= 0 {
		return false
	}
	v := b[bytes.LastIndexByte(b[:p-1], ' ')+1 : p-1]
	return len(v) >= 3 && isDigit(v[0]) && bytes.IndexByte(v, '.') > 0
}

// quotedArgument reports whether the time at line[at:] opens a quoted string that is an argument
// of a call in text, inside an open parenthesis: "call load_stats(1, '2026-11-29 00:00:00');" in
// a query under a slow log's "# Time:" header, "VALUES ('2026-…'", but not a quoted time of its
// own (nginx's "$time_iso8601" in quotes, "app01 \"2026-…\" INFO").
func quotedArgument(line []byte, at int) bool {
	if at < 2 || line[at-1] != '\'' && line[at-1] != '"' {
		return false
	}
	depth := 0
	for _, c := range line[:at] {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	return depth > 0
}

// prose reports whether b holds two plain lower-case words in a row outside brackets, as a
// sentence does and the columns before a log's time (pids, hosts, file names, keys, uWSGI's
// "{44 vars in 812 bytes}") do not.
func prose(b []byte) bool {
	plain, depth := 0, 0
	for i := 0; i < len(b); {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		w := b[s:e]
		if depth == 0 && len(w) >= 2 && isLowerWord(w) {
			if plain++; plain == 2 {
				return true
			}
		} else {
			plain = 0
		}
		for _, c := range w {
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth = max(depth-1, 0)
			}
		}
		i = e
	}
	return false
}

// pastLoggerDash reports whether b, the text before a time, holds a level word and then the lone
// dash a layout writes between its header and the message, with words after it: "[main] WARN
// com.acme.Sync - Snapshot 2026-04-30 …" (slf4j-simple's, log4j's "%p %c - %m") has no time of its
// own, and the one its message quotes is not the record's. A level glued to its colon opens the
// message itself, so two words after it do the same: syncthing's untimed "[start] INFO: syncthing
// v1.19.2 … debian@debian 2023-04-09 10:47:16 UTC" ends with its build's date.
func pastLoggerDash(b []byte) bool {
	level, dash := false, false
	words := 0 // of the message, after a level's colon
	for i := 0; i < len(b); {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		w := b[s:e]
		switch {
		case dash:
			return true // a word of the message before the time
		case words > 0:
			if words++; words > 2 {
				return true
			}
		case level && len(w) == 1 && w[0] == '-':
			dash = true
		case !level && isUpperWord(w):
			_, level = ParseLevel(w)
		case !level && len(w) > 2 && w[len(w)-1] == ':' && isUpperWord(w[:len(w)-1]):
			if _, level = ParseLevel(w[:len(w)-1]); level && !timeLabelLast(b) {
				words = 1 // (a time its label names is the line's: OTRS's "ERROR: OTRS-CGI-10 … Time: Sun Nov 29 …")
			}
		}
		i = e
	}
	return false
}

// timeLabelLast reports whether the last word of b is a label that names the time of an event,
// "Time:" or "timestamp:", as a report's first line writes its own after other fields (OTRS's
// "ERROR: OTRS-CGI-10 Perl: 5.30.0 OS: linux Time: Sun Nov 29 07:41:16 2026"). A date's label may
// name any date ("expires Date: …"). Maven's build summary ends with the time it was written,
// its level's bracket alone before the label: "[INFO] Finished at: 2026-11-29T08:41:16+01:00";
// after other words the label names another job's end ("Job nightly Completed at: …").
func timeLabelLast(b []byte) bool {
	b = bytes.TrimRight(b, " ")
	w := b[bytes.LastIndexByte(b, ' ')+1:]
	if string(w) == "at:" {
		head, ok := bytes.CutSuffix(bytes.TrimRight(b[:len(b)-len(w)], " "), []byte("Finished"))
		head = bytes.TrimRight(head, " ")
		return ok && (len(head) == 0 || head[0] == '[' && head[len(head)-1] == ']' && bytes.IndexByte(head, ' ') < 0)
	}
	if len(w) < 5 || w[len(w)-1] != ':' {
		return false
	}
	w = w[:len(w)-1]
	return bytes.EqualFold(w, []byte("time")) || bytes.EqualFold(w, []byte("timestamp"))
}

// addressInAngles reports whether the angle bracket before line[i] holds a mail address or a
// message id: an '@' before it closes.
func addressInAngles(line []byte, i int) bool {
	for j := i; j < len(line) && j < i+96; j++ {
		switch line[j] {
		case '@':
			return true
		case '>', ' ':
			return false
		}
	}
	return false
}

// fenceOpens reports whether c opens a column that fences a time in: OpenMRS's "INFO -
// Listener.contextInitialized(155) |2026-11-29 08:01:02,204| …" writes the record's time so.
func fenceOpens(c byte) bool { return c == '|' || c == '[' || c == '(' || c == '<' }

// hasDigit8 reports whether any of the eight bytes packed in x is an ASCII digit: x^'0' turns
// digits, and only digits, into bytes below 10, which the borrow trick finds in one step.
func hasDigit8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	t := x ^ (ones * '0')
	return (t-ones*10)&^t&highs != 0
}

// maybeStamp is the locator's quick look at a run of n digits at line[i:]: can a time start
// here? Most numbers in a line (counts, sizes, ids) are followed by a blank or a letter.
func maybeStamp(line []byte, i, n int) bool {
	if i > 0 && line[i-1] == '<' && addressInAngles(line, i) {
		return false // a mail's Message-Id, "<20260515091011.004242@client>": its digits are an id
	}
	if n >= 10 {
		return true // an epoch
	}
	j := i + n
	c, d := byteAt(line, j), byteAt(line, j+1)
	if i == 0 && n == 1 && c == '.' && exponentNine(line) > 0 {
		return true // zap's "1.7964016768094292e+09"
	}
	if h := hexDigit(c); (i == 0 || i == 1 && line[0] == '@') && h >= 10 && h <= 15 {
		_, _, ok := hexEpochAt(line, i, maxPlausible)
		return ok // OpenLDAP's "681a0eb6.2be54ef4", TAI64N's "@400000006b0bd726…"
	}
	if n <= 2 && isAlpha(c) {
		_, _, k := gluedMonthYear(line, j)
		return k > 0 // Check Point's "29Nov2026  7:41:10", Serv-U's "29Nov26 07:41:16"
	}
	if c >= 0xE0 && (n == 4 && hasPrefixAt(line, j, "年") || n <= 2 && (hasPrefixAt(line, j, "月") || hasPrefixAt(line, j, "월"))) ||
		n == 4 && c == '.' && d == ' ' && isDigitAt(line, j+2) {
		return true // a CJK locale's date: "2026年11月29日", Java's "11月 29, 2026", Korean's "2026. 11. 29." (see cjkDate)
	}
	switch c {
	case '_':
		// IBKR's "(MainThread) 261129_08:14:35.077 INFO …": a word of its own among the first two;
		// in a file's name ("261129_08:14:35_report.csv") the clock runs on.
		return i == 0 && (n == 6 || n == 8) && underscoreClock(line, j) || i == 0 && n == 2 && underscoredStamp(line) ||
			n == 6 && colonClock(line, j+1) && (i == 0 || line[i-1] == ' ') && wordIndex(line, i) <= 1 && clockWordEnds(line, j+9)
	case '/':
		if n == 3 && compactClock(line, j+1) && leadingColumn(line, i) || (n == 4 || n == 8) && compactClock(line, j+1) && byteAt(line, j+7) == '.' {
			return true // HAProxy's "332/074116" after its level, Chromium's "1129/074116.123456", Automic's "20261129/074116.204"
		}
		fallthrough
	case '-', '.':
		if n == 8 && c == '.' && letteredClock(line, j+1) {
			return true // Traffic Server's "20261202.10h34m43s"
		}
		if isAlpha(d) || d >= 0x80 && c != '.' || n == 8 && c == '-' || n == 6 && c == '-' && i == 0 && colonClock(line, j+1) {
			return true // "29-Nov-2026", "29-лис-2026", HealthApp's "20171223-22:15:29:606", RDK's "261129-07:41:16"
		}
		k := j + 1
		for k < len(line) && isDigit(line[k]) && k-j <= 4 {
			k++
		}
		e := byteAt(line, k)
		if c == '/' && e == '-' && isDigitAt(line, k+1) && isDigitAt(line, k+2) && byteAt(line, k+3) == ':' {
			return true // Snort's "11/29-07:41:16.123456": month and day, a dash, the clock
		}
		if c == '-' && e == '_' && colonClock(line, k+1) {
			return true // quectel-CM's "[11-29_07:41:16:577]": month and day, an underscore, the clock
		}
		if i == 0 && n == 6 && c == '.' && k == j+4 && hasPrefixAt(line, k, " [") && bracketedLevelAfter(line, k+1) {
			return true // RALibretro's compact clock: "074116.094 [INFO ] …" (see readStamp)
		}
		return k > j+1 && (e == c || (e == ' ' || e == 'T' || e == '\t' || e == ',' || e == '|') && isDigit(byteAt(line, k+1)) || e == ' ' && atClock(line, k+1))
	case ':':
		if n == 8 && (compactClock(line, j+1) || colonClock(line, j+1)) || n == 4 && colonDate(line, i) {
			return true // Zabbix's "20261129:074116.123", Greenplum's "20261129:07:41:16", Sophos's "2026:11:29-07:41:16"
		}
		// A time of day alone starts the line; elsewhere one is read when a date follows it.
		return isDigit(d) && (i == 0 || i == 1 || n <= 2 && (dateFollowsClock(line, i) || clockColumn(line, i) || namedDateFollowsClock(line, i) || clockBeforeLevel(line, i) || pidClock(line, i) || levelBracketBefore(line, i) || levelDashBefore(line, i) || componentLevelBefore(line, i) || processThreadClock(line, i) || levelAtBefore(line, i) || i == 4 && boxTop(line) || sdlClock(line, i) || levelOpensBracket(line, i) || lowerLevelClock(line, i) || markThenClock(line, i) || loggerParenClock(line, i)))
	case ' ', '\t':
		if n <= 2 {
			m, _ := monthWord(line, j+1) // "29 Nov 2026", "29 Dez 2026"
			return m > 0
		}
		k := skipBlanks(line, j)
		return (n == 6 || n == 8) && isDigit(byteAt(line, k)) || n == 4 && firstWordAt(line, i) && spacedDate(line, i) ||
			n == 5 && i == 0 && isDigit(d) // ntpd's Modified Julian Day (see mjdAt)
	case 'T':
		return n == 8
	}
	return false
}

// atClock reports whether line[i:] is the word "at" before a time of day, between a date and its
// clock as loguru's README format writes it: "2026-11-29 at 07:41:16 | INFO | …".
func atClock(line []byte, i int) bool {
	return hasPrefixAt(line, i, "at ") && isDigitAt(line, i+3) && (byteAt(line, i+4) == ':' || byteAt(line, i+5) == ':')
}

// leadingColumn reports whether line[i] starts the line's first or second word, the second after
// a bracketed first one ("[NOTICE] 332/074116"): a day of the year is read only there, where a
// fraction such as "100/123456" in a message is not.
func leadingColumn(line []byte, i int) bool {
	if i == 0 {
		return true
	}
	s, e := nextToken(line, 0)
	return s == 0 && e > 2 && line[0] == '[' && line[e-1] == ']' && skipBlanks(line, e) == i
}

// compactAfterColon reports whether the n digits at line[i:], after a colon that would make them
// part of a word, begin one of the compact date-times that loggers join to a pid with colons:
// Zabbix's "4120:20261129:074116.123" and Chromium's "[4120:4133:1129/074116.123456:ERROR:…]".
func compactAfterColon(line []byte, i, n int) bool {
	switch n {
	case 8:
		return byteAt(line, i+8) == ':' && compactClock(line, i+9)
	case 4:
		return byteAt(line, i+4) == '/' && compactClock(line, i+5) && byteAt(line, i+11) == '.'
	}
	return false
}

// afterDoubleColon reports whether the n digits at line[i] follow "::" after a word and begin a
// date, as the dates of Windows trace and cluster logs follow their pid and tid
// ("0F1C.0A2B::11/29/2026-…"); an IPv6 address's groups ("fe80::12:30") are none.
func afterDoubleColon(line []byte, i, n int) bool {
	sep := byteAt(line, i+n)
	return i >= 3 && line[i-2] == ':' && byteClass[line[i-3]] != classJoin && (sep == '/' || sep == '-')
}

// yearAfterIDs reports whether the n digits at line[i], after a colon that joins them to ids,
// are the year of a whole date and clock: SAP ASE's "00:0006:00000:00000:2026/11/29 07:41:16.12".
func yearAfterIDs(line []byte, i, n int) bool {
	sep := byteAt(line, i+4)
	return n == 4 && i >= 2 && (sep == '/' || sep == '-') && isDigitAt(line, i+5) && isDigitAt(line, i+6) &&
		byteAt(line, i+7) == sep && isDigitAt(line, i+8) && isDigitAt(line, i+9) && byteAt(line, i+10) == ' ' &&
		isDigitAt(line, i+11) && isDigitAt(line, i+12) && byteAt(line, i+13) == ':' && isDigit(line[i-2])
}

// dateAfterLevel reports whether the n digits at line[i], after a colon that joins them to one of
// GLib's level names in capitals, are the year of an ISO date: gvm-libs' "md   main:MESSAGE:2026-11-29 07h41.16
// UTC:4120: …", which Greenbone's and OpenVAS's logs write, and Python's `[%(levelname)s:%(asctime)s]`
// opening a line in its bracket (Rhasspy's "[INFO:2026-11-29 07:41:16,204] quart.serving: …").
func dateAfterLevel(line []byte, i, n int) bool {
	if n != 4 || byteAt(line, i+4) != '-' || i < 5 {
		return false
	}
	s := i - 1
	for s > 0 && line[s-1] >= 'A' && line[s-1] <= 'Z' {
		s--
	}
	if s > 0 && line[s-1] != ':' && line[s-1] != ' ' && (line[s-1] != '[' || s != 1) {
		return false
	}
	_, ok := gvmLevel(line[s:i], true)
	return ok
}

// yearAfterBlankColon reports whether the n digits at line[i] are a slashed or dashed date's year
// glued to a colon that a blank or a closing parenthesis sets off from the words before it:
// Squid's helpers write their debug lines as "negotiate_kerberos_auth.cc(612): pid=4180
// :2026/11/29 07:41:16| …", Huawei's CANN "[ERROR] TEFUSION(40190,atc):2026-11-29-07:41:19.599.074
// […]". The blank or the parenthesis before the colon tells it from a word's "key:2026-…" and a
// time's own colons.
func yearAfterBlankColon(line []byte, i, n int) bool {
	return n == 4 && i >= 2 && (line[i-2] == ' ' || line[i-2] == ')') && (byteAt(line, i+4) == '/' || byteAt(line, i+4) == '-')
}

// hashLevelFollows reports whether b, from the '#' after a time, holds the offset's column and
// then a severity's, as hashColumnLevel reads them.
func hashLevelFollows(b []byte) bool {
	_, ok := hashColumnLevel(b)
	return ok
}

// levelSlashDate reports whether the year of n digits at line[i] follows a level word in
// capitals, padded either side, and a slash in the line's first bracket, as Python's logging
// writes it under the format Telethon's documentation suggests, "[%(levelname) 5s/%(asctime)s]":
// "[ INFO/2026-11-29 …]", "[    INFO/…" at another width.
func levelSlashDate(line []byte, i, n int) bool {
	if n != 4 || i < 5 || i > 11 || line[i-1] != '/' || byteAt(line, i+4) != '-' || line[0] != '[' {
		return false
	}
	w := bytes.Trim(line[1:i-1], " ")
	_, ok := ParseLevel(w)
	return ok && isUpperWord(w) && len(w) >= 4
}

// labelledTime reports whether the digits at line[i] follow a time's label and a colon, opening
// the line or after a tab: LTSV's "time:1795938076\thost:…" (dnscrypt-proxy's query log, nginx's
// ltsv format) and "ts:2026-11-29T07:41:16Z …". Other numbers glued to a word and a colon are ids
// and ports, and a label inside a sentence ("last date:…", "issued at ts:…") is the sentence's.
func labelledTime(line []byte, i int) bool {
	if i < 2 || line[i-1] != ':' {
		return false
	}
	s := i - 1
	for s > 0 && i-1-s < len("timestamp@") && (isAlnum(line[s-1]) || line[s-1] == '_' || line[s-1] == '@') {
		s--
	}
	if s > 0 && line[s-1] != '\t' {
		return false
	}
	switch string(line[s : i-1]) {
	case "time", "ts", "timestamp", "@timestamp", "_time", "date", "datetime":
		return true
	}
	return false
}

// labelledEpoch reads the Unix seconds at line[i] after a time's label, with a fraction or not, up
// to the blank or tab that ends them: "time:1795938076\t…", "time:1795938076.123\t…".
func labelledEpoch(line []byte, i int, now int64) (int64, int, bool) {
	e := i + 10
	if byteAt(line, e) == '.' {
		_, f := digitRun(line, e+1)
		e += 1 + f
	}
	if e < len(line) && line[e] != ' ' && line[e] != '\t' {
		return 0, 0, false
	}
	t, ok := parseEpoch(line[i:e])
	return t, e, ok && plausible(t, now)
}

// bracketAfterNumber reports whether the time at line[at] is in brackets after a number: the
// words before it are columns, not a sentence (CUPS's page_log, "office-laser alice 412 [16/Feb/
// 2026:14:30:01 +0000] …"), where "job queued [16/Feb/2026:…]" quotes a time in its message.
func bracketAfterNumber(line []byte, at int) bool {
	if at < 4 || line[at-1] != '[' || line[at-2] != ' ' || !isDigit(line[at-3]) {
		return false
	}
	i := at - 3
	for i > 0 && isDigit(line[i-1]) {
		i--
	}
	return i == 0 || line[i-1] == ' '
}

// epochAfterIDs reports whether the n digits at line[i], after a colon that joins them to ids, are
// Unix seconds with microseconds: Lustre's debug log, "00000100:00100000:2.0:1795938076.412070:0:…".
func epochAfterIDs(line []byte, i, n int) bool {
	if n != 10 || byteAt(line, i+10) != '.' || i < 2 || !isDigit(line[i-2]) {
		return false
	}
	_, f := digitRun(line, i+11)
	return f == 6 && byteAt(line, i+17) == ':'
}

// nameBefore returns where the month name (and the weekday name before it) that precedes the
// digits at line[i:] starts, as in "Nov 29", "Sat Nov 29", "Saturday, November 29"; -1 when none.
func nameBefore(line []byte, i int) int {
	if i > 0 && isAlpha(line[i-1]) {
		return gluedMonth(line, i)
	}
	we := i
	for we > 0 && line[we-1] == ' ' && i-we < 3 { // a device pads its date with runs of blanks: "Sep   19  08:26:10"
		we--
	}
	if we == i && (i == 0 || line[i-1] != '-' && line[i-1] != '/') {
		return -1
	}
	if we == i {
		we-- // "Nov-29", WIDE-DHCPv6's "Nov/29/2026"
	} else if we > 1 && line[we-1] == '.' && (isAlpha(line[we-2]) || line[we-2] >= 0x80) {
		we-- // an abbreviation's dot: java.util.logging's "Dez. 02, 2026 6:37:16 PM" in a German locale
	}
	ws := we
	for ws > 0 && (isAlpha(line[ws-1]) || line[ws-1] >= 0x80) { // and a name's letters beyond ASCII, "déc."
		ws--
	}
	if ws == we || ws > 0 && byteClass[line[ws-1]] >= classDigit && line[ws-1] != ':' && !clockMarker(line, ws-1) {
		return -1 // inside a word; but IOS XR glues its time to the node: "RP/0/RSP0/CPU0:Nov 29 …"
	}
	if m, n := monthWord(line, ws); m == 0 || ws+n < we-1 {
		return -1
	}
	if _, nd := digitRun(line, i); nd <= 2 {
		if m, _ := monthWord(line, skipBlanks(line, i+nd)); m > 0 {
			return -1 // a weekday that spells like a month, the day, then the month: French "mar. 03 nov. 2026"
		}
	}
	// A weekday before the month: "Sat Nov 29", "Saturday, November 29".
	k := ws
	for k > 0 && (line[k-1] == ' ' || line[k-1] == ',') && ws-k < 2 {
		k--
	}
	ds := k
	for ds > 0 && isAlpha(line[ds-1]) {
		ds--
	}
	if ds < k && (ds == 0 || byteClass[line[ds-1]] < classDigit) && weekdayWord(line, ds) == k-ds {
		return ds
	}
	return ws
}

// clockMarker reports whether line[i] is the dot Cisco IOS writes before a time its clock was not
// sure of (".Nov 29 07:41:19.500:", after NTP lost sync), opening the line or a word.
func clockMarker(line []byte, i int) bool {
	return line[i] == '.' && (i == 0 || line[i-1] == ' ')
}

// gluedMonth returns where the month name that the day at line[i:] is glued to starts ("Nov29"),
// when the name is a word of its own before it and a clock with its seconds (or a bracketed
// minute) follows the day; -1 when there is none. (ps's START column, "Nov28   0:05", is a date
// before a CPU time.)
func gluedMonth(line []byte, i int) int {
	ws := i
	for ws > 0 && isAlpha(line[ws-1]) {
		ws--
	}
	if ws == i || ws > 0 && line[ws-1] != ' ' && line[ws-1] != '[' && line[ws-1] != '(' {
		return -1
	}
	_, nd := digitRun(line, i)
	c := skipBlanks(line, i+nd)
	seconds := byteAt(line, c+2) == ':' && byteAt(line, c+5) == ':' || byteAt(line, c+1) == ':' && byteAt(line, c+4) == ':'
	if !isDigitAt(line, c) || !seconds && !(byteAt(line, c+2) == ':' && byteAt(line, c+5) == ']') {
		return -1 // (dmesg's "[Nov29 07:12]" closes its minute with its bracket)
	}
	if m, n := monthWord(line, ws); m == 0 || ws+n != i {
		return -1
	}
	return ws
}

// wordIndex counts the blank-separated words before line[i].
func wordIndex(line []byte, i int) int {
	n, inWord := 0, false
	for _, c := range line[:i] {
		if c == ' ' || c == '\t' {
			if inWord {
				n++
			}
			inWord = false
		} else {
			inWord = true
		}
	}
	return n
}

// wordEpoch reads ten digits of Unix seconds, with their fraction or not, standing as a word of
// their own at line[i:], as supercomputer logs put them in a middle column. It is the locator's
// last resort: a line with another time gets that one, and a Parser takes it only when the line
// before had one in the same column, close in time (an id that happens to be ten digits long
// does not).
func wordEpoch(line []byte, i int, now int64) (int64, int, bool) {
	v, ok := digits(line, i, 10)
	if !ok {
		return 0, 0, false
	}
	e, ns := i+10, int64(0)
	if byteAt(line, e) == '.' && byteAt(line, i-2) != ':' {
		// Milliseconds or microseconds after the seconds, as Akamai's DataStream writes its
		// request time among its fields: "2 914122 4f1c2a7e 1795938076.204 18977 …". (After a
		// label and its colon the number is that field's value, python-can's "Timestamp:
		// 1795938076.123456", whose lines the column would not keep apart from the untimed
		// ones around them.)
		if _, n := digitRun(line, e+1); n == 3 || n == 6 || n == 9 || n == 2 && levelFirst(line[:i]) {
			ns, e = fraction(line[:e+1+n], e+1) // (hundredths after a level alone: Tribler's "INFO    1795938076.19 …")
		}
	}
	if e < len(line) && line[e] != ' ' && line[e] != '\t' {
		return 0, 0, false
	}
	t := int64(v)*nsPerSec + ns
	return t, e, plausible(t, now)
}

// yazStamp reads the stamp YAZ's logger opens its lines with by default, a clock, a dash and the
// day and month without a year: zebrasrv's and Metaproxy's "07:41:16-29/11 zebrasrv(3) [request] …".
func yazStamp(line []byte, now int64, w *wallClock, s *stamp) bool {
	const n = len("07:41:16-29/11")
	if len(line) <= n || line[8] != '-' || line[11] != '/' || line[n] != ' ' || !colonClock(line, 0) {
		return false
	}
	var d dateTime
	day, ok1 := atoi(line[9:11])
	mon, ok2 := atoi(line[12:14])
	h, _ := atoi(line[0:2])
	m, _ := atoi(line[3:5])
	sec, _ := atoi(line[6:8])
	if !ok1 || !ok2 || day < 1 || day > 31 || mon < 1 || mon > 12 || h > 23 || m > 59 || sec > 60 {
		return false
	}
	d.day, d.mon, d.hour, d.min, d.sec, d.haveClock = day, mon, h, m, sec, true
	if !d.finish(now, w) {
		return false
	}
	*s = stamp{t: d.t, start: 0, end: n, kind: stampDate, yearless: true}
	return true
}

// levelBracketBefore reports whether line opens with a level in brackets and another bracket right
// after it, at whose start i stands: PipeWire's "[W][07:44:01.902515] mod.rt | …", where the time
// of day follows the level; or with fldigi's level letter and a colon before the bracket.
func levelBracketBefore(line []byte, i int) bool {
	if i == 4 && hasPrefixAt(line, 1, ": [") && strings.IndexByte("QEWIVD", line[0]) >= 0 {
		return true // fldigi's letter and colon before it: "I: [07:41:16] main.cxx:834: …"
	}
	if i < 4 || i > 12 || line[0] != '[' || line[i-1] != '[' || line[i-2] != ']' {
		return false
	}
	_, ok := ParseLevel(line[1 : i-2])
	return ok
}

// levelOpensBracket reports whether line opens with a bracket and a level's name in capitals
// before line[i], as Bazel's client writes its debug lines: "[INFO 07:41:16.539 src/main/cpp/
// rc_file.cc:62] …". readStamp asks for the source's file and line closing the bracket.
func levelOpensBracket(line []byte, i int) bool {
	if i < 5 || i > 10 || line[0] != '[' || line[i-1] != ' ' || !isUpperWord(line[1:i-1]) {
		return false
	}
	_, ok := fullLevelName(line[1 : i-1])
	return ok
}

// sourceLineCloses reports whether the word at line[i:] is a source's file and line that closes a
// bracket: "rc_file.cc:62]".
func sourceLineCloses(line []byte, i int) bool {
	_, e := nextToken(line, i)
	c := bytes.LastIndexByte(line[i:max(i, e)], ':')
	return c > 0 && e-i > c+2 && line[e-1] == ']' && digitsOnly(line[i+c+1:e-1]) && bytes.IndexByte(line[i:i+c], '.') > 0
}

// levelDashBefore reports whether line opens with a bracket, a level padded to its column and " - "
// before line[i], as VS Code's language client writes its output channel: "[Info  - 7:41:16 AM]
// Starting Java server", "[Error - 07:41:31] …".
func levelDashBefore(line []byte, i int) bool {
	if i < 7 || i > 12 || line[0] != '[' || !hasPrefixAt(line, i-3, " - ") {
		return false
	}
	_, ok := ParseLevel(bytes.TrimRight(line[1:i-3], " "))
	return ok
}

// componentLevelBefore reports whether line opens with a bracket, a component's name, " - " and a
// level word before the time of day at line[i], as YubiHSM's PKCS#11 module writes its debug
// lines: "[P11 - INF 07:58:12.301744] yubihsm_pkcs11.c:272 (C_Initialize): …".
func componentLevelBefore(line []byte, i int) bool {
	if i < 9 || i > 24 || line[0] != '[' || line[i-1] != ' ' {
		return false
	}
	dash := bytes.Index(line[:i], []byte(" - "))
	if dash < 2 || dash+3 >= i-1 || bytes.IndexByte(line[1:dash], ' ') >= 0 || !isUpperWord(line[dash+3:i-1]) {
		return false
	}
	_, ok := ParseLevel(line[dash+3 : i-1])
	return ok
}

// loggerParenClock reports whether the time of day at line[i] is in parentheses after a level,
// a dash and a logger's name, with its milliseconds, and a thread's name and id close the header
// whose message is on the lines under it, as NVDA's log writes: "WARNING - mathPres.initialize
// (07:41:16.702) - MainThread (6112):". A schedule's or a duration's clock in parentheses ("INFO -
// cleanup (03:00:00):", "ERROR - timeout (00:00:30) - retry:") has no fraction or no thread.
func loggerParenClock(line []byte, i int) bool {
	if i < 8 || i > 96 || line[i-1] != '(' || line[i-2] != ' ' || !hasPrefixAt(line, len(line)-2, "):") {
		return false
	}
	dash := bytes.Index(line[:i], []byte(" - "))
	if dash < 2 || bytes.IndexByte(line[dash+3:i-2], ' ') >= 0 || dash+3 >= i-2 {
		return false // one word, the logger's, between the dash and the clock
	}
	if _, ok := nvdaLevel(line[:dash]); !ok || byteAt(line, i+8) != '.' {
		return false
	}
	_, n := digitRun(line, i+9)
	k := i + 9 + n
	if n != 3 || byteAt(line, k) != ')' || !hasPrefixAt(line, k+1, " - ") {
		return false
	}
	// The thread: a name, a blank and its id in parentheses, ending the line.
	ts, te := nextToken(line, k+4)
	open := te + 1
	_, idn := digitRun(line, open+1)
	return te > ts && byteAt(line, te) == ' ' && byteAt(line, open) == '(' && idn > 0 && open+1+idn == len(line)-2
}

// nvdaClock returns where the time of day of NVDA's header is when line opens with one, its level
// word ending at e ("IO - speech.speak (07:41:19.310) - MainThread (6112):"), or -1.
func nvdaClock(line []byte, e int) int {
	if !hasPrefixAt(line, e, " - ") {
		return -1
	}
	if _, le := nextToken(line, e+3); hasPrefixAt(line, le, " (") && loggerParenClock(line, le+2) {
		return le + 2
	}
	return -1
}

// nvdaLevel reads the level NVDA's log opens a header with: a level's name, or IO, its level
// between debug and info for speech and input.
func nvdaLevel(word []byte) (Level, bool) {
	if string(word) == "IO" {
		return Debug, true
	}
	if !isUpperWord(word) {
		return Unknown, false
	}
	return ParseLevel(word)
}

// bracedGMTClock reports whether line opens with a time of day in braces, the zone's name glued
// to it, as Elite Dangerous' netLog writes its lines: "{07:41:16GMT 96.066s} System:…".
func bracedGMTClock(line []byte) bool {
	return byteAt(line, 0) == '{' && hasPrefixAt(line, 9, "GMT ")
}

// levelAtBefore reports whether line opens with a bracket, a level and " @ " before line[i], as
// Beat Saber's mod loader writes its lines: "[WARNING @ 07:41:16 | IPA/Loader] …".
func levelAtBefore(line []byte, i int) bool {
	if i < 7 || i > 14 || line[0] != '[' || !hasPrefixAt(line, i-3, " @ ") {
		return false
	}
	_, ok := ParseLevel(line[1 : i-3])
	return ok
}

// stampAt reads a time that starts exactly at line[i].
func stampAt(line []byte, i int, now int64, w *wallClock) (stamp, bool) {
	var s stamp
	ok := readStamp(line, i, now, w, &s)
	return s, ok
}

// closing is the bracket that closes open: '>' for '<', ')' for '('.
func closing(open byte) byte {
	if open == '<' {
		return '>'
	}
	return ')'
}

// readStamp is stampAt filling s in place, for the learned layout's path, where every line takes
// it: a stamp returned by value is spilled and copied field by field at each call level. s is
// undefined when it returns false.
func readStamp(line []byte, i int, now int64, w *wallClock, s *stamp) bool {
	if isDigit(line[i]) {
		if t, e, ok := epochAt(line, i, now); ok {
			*s = stamp{t: t, start: i, end: e, kind: stampEpoch}
			return true
		}
		if t, e, ok := mjdAt(line, i, now); ok {
			*s = stamp{t: t, start: i, end: e, kind: stampEpoch}
			return true
		}
		if clockThenDate(line, i, now, w, s) || i == 0 && (clockCommaDate(line, now, w, s) || yazStamp(line, now, w, s)) || clockThenNamedDate(line, i, now, w, s) {
			return true
		}
		if i == 0 && compactClock(line, 0) && byteAt(line, 6) == '.' && hasPrefixAt(line, 10, " [") && bracketedLevelAfter(line, 11) {
			// A compact time of day with its milliseconds before a bracketed column, as
			// RALibretro writes its log: "074116.094 [INFO ] [CFG] …".
			if h, _ := digits(line, 0, 6); h/10000 < 24 && h/100%100 < 60 && h%100 < 60 {
				if ms, ok := digits(line, 7, 3); ok {
					*s = stamp{t: todayAt(now, w, h/10000, h/100%100, h%100, int64(ms)*1e6), start: 0, end: 10, kind: stampClock}
					return true
				}
			}
		}
		if i == 0 && jesClock(line) {
			// JES2's job log: the time of day dotted before the job's id, "07.41.16 JOB04411
			// $HASP373 PAYROLL1 STARTED", "07.41.16 STC04510  DSNL003I  -DB2A DDF IS STARTING".
			h, _ := digits(line, 0, 2)
			m, _ := digits(line, 3, 2)
			sec, _ := digits(line, 6, 2)
			if h < 24 && m < 60 && sec < 61 {
				*s = stamp{t: todayAt(now, w, h, m, sec, 0), start: 0, end: 8, kind: stampClock}
				return true
			}
		}
		if i == 3 {
			if t, n, ok := offsetClockAt(line, now, w); ok {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if i == 0 || i == 1 && (line[0] == '[' || line[0] == '"' || line[0] == '<' || line[0] == '(' || bracedGMTClock(line)) || clockColumn(line, i) {
			// CryEngine's "<07:41:16> …" is a clock in angle brackets, Pidgin's "(08:01:02) prefs: …"
			// one in parentheses, each closed right after it.
			// A clock before an arrow opens a span of a recording, no time of day: whisper.cpp's
			// transcript, "[00:00:04.320 --> 00:00:09.880]   …", as subtitles write it.
			if t, n, ok := parseClock(line[i:], now, w); ok && (i <= 1 || columnClock(line, i, n)) && (i != 1 || line[0] != '<' && line[0] != '(' || byteAt(line, i+n) == closing(line[0])) && !hasPrefixAt(line, i+n, " --> ") {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if i == 0 {
			if t, n, ok := promptClock(line, now, w); ok {
				*s = stamp{t: t, start: 0, end: n, kind: stampClock}
				return true
			}
		}
		if i <= 1 {
			if t, ok := chatClock(line, i, now, w); ok {
				*s = stamp{t: t, start: i, end: i + 5, kind: stampClock}
				return true
			}
		}
		if clockBeforeLevel(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && levelWordAt(line, i+n) {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if lowerLevelClock(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && n == 12 {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if markThenClock(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && byteAt(line, i+n) == ' ' && (i == 4 || paddedWordAt(line, i+n+1)) {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if i == 4 && boxTop(line) {
			if t, n, ok := parseClock(line[i:], now, w); ok && byteAt(line, i+n) == ' ' {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock} // Laravel Pail's "┌ 07:41:16 INFO ──…┐"
				return true
			}
		}
		if levelAtBefore(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && hasPrefixAt(line, i+n, " | ") {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock} // BSIPA's "[INFO @ 07:41:16 | IPA] …"
				return true
			}
		}
		if level := levelBracketBefore(line, i) || levelDashBefore(line, i); level || componentLevelBefore(line, i) {
			// (After a component only with a fraction: "[build - INFO 00:00:03]" is a build's elapsed time.)
			if t, n, ok := parseClock(line[i:], now, w); ok && byteAt(line, i+n) == ']' && (level || n > 8) {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if loggerParenClock(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && byteAt(line, i+n) == ')' {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock} // NVDA's "INFO - core.main (07:41:16.266) - …"
				return true
			}
		}
		if processThreadClock(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && n == 12 && hasPrefixAt(line, i+n, " [") {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if levelOpensBracket(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && n >= 12 && byteAt(line, i+n) == ' ' && sourceLineCloses(line, i+n+1) {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock} // Bazel's client: "[INFO 07:41:16.539 src/main/cpp/rc_file.cc:62] …"
				return true
			}
		}
		if sdlClock(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && n >= 12 && hasPrefixAt(line, i+n, " |") {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
		if pidClock(line, i) {
			if t, n, ok := parseClock(line[i:], now, w); ok && (n == 15 && clockWordEnds(line, i+8) || n == 12 && colonMillis(line, i+8) ||
				n >= 12 && byteAt(line, i+n) == ' ' && !hasPrefixAt(line, i+n, " --> ") && markedPid(bytes.TrimRight(line[:i], " "))) {
				*s = stamp{t: t, start: i, end: i + n, kind: stampClock}
				return true
			}
		}
	} else if monthOrWeekday(line, i) == 0 {
		return false
	}
	var d dateTime
	if !readDateTime(line, i, now, w, &d) {
		return false
	}
	if d.year == 0 {
		if y := yearBefore(line[:i], d.mon, d.day); y != 0 {
			d.year = y
			if !d.finish(now, w) {
				return false
			}
		} else if y := yearWordBefore(line, i); y != 0 && isAlpha(line[i]) {
			// "2020 Dec 23 10:42:37": NX-OS's, IOS XR's after its node id. A year that makes
			// the time implausible is a number of another kind, and the date stays year-less.
			yearless := d
			if d.year = y; !d.finish(now, w) || !plausible(d.t, now) {
				d = yearless
			}
		}
	}
	if !d.zoned {
		if off, ok := zoneBefore(line, i, d.t, w); ok {
			// Monit's "[CET Nov 29 08:41:16]": the zone is written first.
			d.t, d.zoned = w.wall(d.t)-int64(off)*nsPerSec, true
		} else if off, n := zone(line, 0); i > 1 && n == i-1 && line[n] == ' ' && line[0] != 'Z' && line[0] != 'z' {
			// sing-box's "+0800 2026-11-29 15:41:16": an offset alone opens the line.
			d.t, d.zoned = w.wall(d.t)-int64(off)*nsPerSec, true
		} else if off, n := zone(line, d.end+1); byteAt(line, d.end) == '#' && n > d.end+2 && hashLevelFollows(line[d.end:]) {
			// SAP's Java traces keep the offset in a column of its own before the severity's:
			// "2026 11 29 07:41:16#+01#ERROR#…". (Before another column it is a reading's sign.)
			d.t, d.zoned = w.wall(d.t)-int64(off)*nsPerSec, true
		}
	}
	*s = stamp{t: d.t, start: i, end: d.end, kind: stampDate, yearless: d.year == 0}
	return true
}

// letterBracket reports whether the time at line[i] follows a Python logging level cut to its
// first letter in the stamp's bracket, as Tornado's and Jupyter's formatter writes it
// ("%(levelname)1.1s"): "[I 07:41:16.123 NotebookApp] …".
func letterBracket(line []byte, i int) bool {
	if i != 3 || line[0] != '[' || line[2] != ' ' {
		return false
	}
	c := line[1]
	return c == 'D' || c == 'I' || c == 'W' || c == 'E' || c == 'C'
}

// jesClock reports whether line opens with a dotted time of day and a JES job's id, as z/OS job logs
// (JESMSGLG) write each message: "07.41.16 JOB04411 ", "STC04510", "TSU00412", or "J0012345".
func jesClock(line []byte) bool {
	if len(line) < 18 || line[2] != '.' || line[5] != '.' || line[8] != ' ' || !isDigitAt(line, 0) || !isDigitAt(line, 7) {
		return false
	}
	id := line[9:]
	n := 3
	if !hasPrefixAt(id, 0, "JOB") && !hasPrefixAt(id, 0, "STC") && !hasPrefixAt(id, 0, "TSU") {
		if id[0] != 'J' {
			return false
		}
		n = 1
	}
	_, d := digitRun(id, n)
	return n+d == 8 && byteAt(id, 8) == ' '
}

// letterThenClock reports whether the time of day at line[i] is wrapped in a parenthesis or a
// bracket after a level letter opening the line, as ESP-IDF writes its records when they are
// stamped with the system's time ("I (07:41:16.204) wifi: …") rather than its milliseconds.
func letterThenClock(line []byte, i int) bool {
	return i == 3 && line[1] == ' ' && (line[2] == '(' || line[2] == '[') && strings.IndexByte("VDIWEF", line[0]) >= 0
}

// lowerLevelClock reports whether the time of day at line[i] follows a level's name in lower case
// that opens the line, and has its milliseconds, a colon and a blank after it, as VS Code's
// output channels write their lines: "info 07:41:16.830: Creating server …". (A schedule's "error
// 07:45:00 retry window" has neither.)
func lowerLevelClock(line []byte, i int) bool {
	if i < 5 || i > 9 || i+14 > len(line) || line[i-1] != ' ' || byteAt(line, i+8) != '.' || byteAt(line, i+12) != ':' || byteAt(line, i+13) != ' ' || !isLowerWord(line[:i-1]) {
		return false
	}
	_, ok := ParseLevel(line[:i-1])
	return ok
}

// bracketedLevelAfter reports whether the bracket at line[i] holds a level's name in capitals,
// padded or not: "[INFO ]", "[ERROR]" (a unit's "[ms]" is none).
func bracketedLevelAfter(line []byte, i int) bool {
	c := indexByteFrom(line[:min(len(line), i+12)], ']', i)
	if c < 0 {
		return false
	}
	w := trimSpace(line[i+1 : c])
	if len(w) < 3 || !isUpperWord(w) {
		return false
	}
	_, ok := ParseLevel(w)
	return ok
}

// markThenClock reports whether the time of day at line[i] follows a type's letter in brackets,
// as Oracle ATG's terse ScreenLog writes "[i] 07:41:16 CatalogTools  …" (i, w, e, d and k; a
// checklist's "[x]" is none), or a channel's mark of two characters, as ethminer writes " i
// 09:14:02 stratum  …", "cu 09:14:05 cuda-0   …" (a blank and a letter, or its devices' cu, cl
// and cp; there only before a name padded to its column, see paddedWordAt).
func markThenClock(line []byte, i int) bool {
	switch i {
	case 4:
		return line[0] == '[' && strings.IndexByte("iwedk", line[1]) >= 0 && line[2] == ']' && line[3] == ' '
	case 3:
		return line[2] == ' ' && (line[0] == ' ' && isAlpha(line[1]) || line[0] == 'c' && strings.IndexByte("lpu", line[1]) >= 0)
	}
	return false
}

// paddedWordAt reports whether a word at line[i] is padded with two blanks or more to a column.
func paddedWordAt(line []byte, i int) bool {
	e := wordEnd(line, i)
	return e > i && hasPrefixAt(line, e, "  ")
}

// letterThenFineClock reports whether the time of day at line[i] follows a level letter and one
// blank opening the line, with a fraction of a second and a blank after it, as WirePlumber writes
// its records: "W 08:12:02.118204  spa.bluez5 …", and "M …" for GLib's message level (see
// columnAt). A sentence's "I 12:30 …" has no fraction.
func letterThenFineClock(line []byte, i, n int) bool {
	return i == 2 && line[1] == ' ' && strings.IndexByte("TDINMWEFC", line[0]) >= 0 &&
		n > 9 && line[i+8] == '.' && byteAt(line, i+n) == ' '
}

// closesWrap reports whether c closes the parenthesis or bracket open.
func closesWrap(open, c byte) bool {
	return open == '(' && c == ')' || open == '[' && c == ']'
}

// offsetClockAt reads the time of day with its zone's offset that BigFix's client log opens each
// record with, the date only in the file's "Current Date:" header: "At 02:41:16 -0500 - site".
// It returns the time and the length of the clock and its offset.
func offsetClockAt(line []byte, now int64, w *wallClock) (int64, int, bool) {
	if !hasPrefixAt(line, 0, "At ") || byteAt(line, 11) != ' ' || !hasPrefixAt(line, 17, " -") {
		return 0, 0, false
	}
	sign := byteAt(line, 12)
	hh, ok1 := digits(line, 13, 2)
	mm, ok2 := digits(line, 15, 2)
	if sign != '+' && sign != '-' || !ok1 || !ok2 || hh > 14 || mm > 59 {
		return 0, 0, false
	}
	t, n, ok := parseClock(line[3:11], now, w)
	if !ok || n != 8 {
		return 0, 0, false
	}
	off := int64(hh*3600+mm*60) * nsPerSec
	if sign == '-' {
		off = -off
	}
	return w.wall(t) - off, 14, true
}

// clockColumn reports whether a time of day alone may start at line[i], one of the line's first
// four words, after columns of ids or after a level (see columnClock).
func clockColumn(line []byte, i int) bool {
	if i == 3 && hasPrefixAt(line, 0, "At ") {
		return true // BigFix's "At 02:41:16 -0500 - …", which offsetClockAt reads
	}
	if letterBracket(line, i) || letterThenClock(line, i) || i == 2 && line[1] == ' ' && line[0] >= 'A' && line[0] <= 'Z' {
		return true // the level letter's clock, which columnClock reads by its spelling
	}
	if i >= 2 && i < 16 && line[i-1] == '|' && levelFirst(line[:i]) {
		return true // Warzone 2100's "info    |07:41:16: [func:line] …"
	}
	if logrusBracket(line, i) && bytes.IndexByte(line[i:min(len(line), i+24)], ']') > 0 {
		return true // logrus' text with a time of day for its TimestampFormat: "INFO[08:41:16 CET] …"
	}
	return i >= 2 && i < 48 && (line[i-1] == '[' && line[i-2] == ' ' || line[i-1] == ' ' || line[i-1] == '\t') && wordIndex(line, i) <= 3 && (idColumns(line[:i]) || levelFirst(line[:i]) || levelThread(line[:i]) || programBracket(line[:i]) || programWord(line[:i]))
}

// logrusBracket reports whether line[i] opens the bracket after one of the four-letter levels
// logrus' text formatter writes: "INFO[", "WARN[", "ERRO[".
func logrusBracket(line []byte, i int) bool {
	if i != 5 || line[4] != '[' {
		return false
	}
	switch string(line[:4]) {
	case "TRAC", "DEBU", "INFO", "WARN", "ERRO", "FATA", "PANI":
		return true
	}
	return false
}

// levelThread reports whether b, the text before a time of day, is a level in capitals and a
// thread in brackets, as log4j's "%-5p [%t] %d{HH:mm:ss,SSS}" writes them (Apache Tika server's
// console: "INFO  [main] 07:41:16,204 …"). columnClock asks for the clock's fraction.
func levelThread(b []byte) bool {
	b = bytes.TrimRight(b, " ")
	if len(b) < 6 || b[len(b)-1] != ']' {
		return false
	}
	open := bytes.LastIndexByte(b, '[')
	if open < 4 || b[open-1] != ' ' || bytes.IndexByte(b[open:], ' ') >= 0 {
		return false
	}
	word := bytes.TrimRight(b[:open], " ")
	_, ok := ParseLevel(word)
	return ok && len(word) > 2 && isUpperWord(word)
}

// clockBeforeLevel reports whether a time of day with its seconds may start at line[i], behind a
// short prefix of a program's or its runner's, where readStamp takes it only with a level in
// capitals after it: a pid or thread number ("4411 07:41:16 INFO  …"), an agent's name and a
// colon ("machine-0: 07:41:16 INFO …"), a bullet ("* 08:12:04 INFO <gnc.app-utils> …"), a
// bracketed name ("[Process Controller] 07:41:16,102 INFO  [org.…"),
// or the blank an empty name leaves in Bitnami's containers (" 07:41:16.50 INFO  ==> …"). A word
// before the clock is a sentence's or a table's (`Elapsed 00:01:05 ERROR …`, `0  backup
// 02:00:00   ERROR`), and a date before it is the stamp's, read with it.
func clockBeforeLevel(line []byte, i int) bool {
	if i < 1 || i >= 48 || byteAt(line, i+2) != ':' || byteAt(line, i+5) != ':' {
		return false
	}
	if skipBlanks(line, 0) == i {
		return true // blanks alone
	}
	if line[i-1] != ' ' || line[i-2] == ' ' {
		return false // one blank after the prefix: a table's columns are set apart by more
	}
	b := line[:i-1]
	switch {
	case b[0] == '[':
		return b[len(b)-1] == ']' && bytes.IndexByte(b[1:len(b)-1], ']') < 0
	case isDigit(b[0]):
		return digitsOnly(b)
	case len(b) > 2 && b[len(b)-1] == ':' && b[0] >= 'a' && b[0] <= 'z':
		// An agent's name, as `juju debug-log` prefixes each line it relays: "unit-mysql-0:
		// 07:41:17 DEBUG …"; a dash in it, as a label's ("elapsed: 00:01:05 ERROR …") has none.
		return tagLike(b[:len(b)-1]) && bytes.IndexByte(b, '-') > 0
	}
	for _, c := range b {
		if c != '*' && c != '-' && c != '+' && c != '>' && c != '#' {
			return false
		}
	}
	return len(b) <= 2
}

// pidClock reports whether a time of day with microseconds may start at line[i] behind a process
// id, as tracers write each line of a process tree: strace -f -tt's "4127  07:41:16.204118
// execve(…" in a file, its and ltrace's "[pid  4127] 07:41:16.204118 malloc(24)" on a terminal.
// readStamp takes the clock only with its six decimals, which no sentence's time has, or with its
// milliseconds after a colon, as early Win32-OpenSSH writes its sshd.log: "2140 07:41:16:409 …".
func pidClock(line []byte, i int) bool {
	if i < 2 || i > 16 || byteAt(line, i+8) != '.' && !colonMillis(line, i+8) || line[i-1] != ' ' {
		return false
	}
	b := bytes.TrimRight(line[:i], " ")
	if i-len(b) > 3 {
		return false // a table's columns, set apart by more blanks
	}
	if hasPrefixAt(b, 0, "[pid ") && b[len(b)-1] == ']' {
		b = bytes.TrimLeft(b[len("[pid "):len(b)-1], " ")
	}
	return len(b) > 0 && digitsOnly(b) || markedPid(b) && byteAt(line, i+8) == '.'
}

// sdlClock reports whether line[i] starts the time of day of a Cisco Unified CM SDL trace, after
// the trace's sequence number and its bar: "00418233.002 |07:41:20.389 |AppInfo  |…".
func sdlClock(line []byte, i int) bool {
	if i != 14 || line[13] != '|' || line[12] != ' ' || line[8] != '.' {
		return false
	}
	_, a := digitRun(line, 0)
	_, b := digitRun(line, 9)
	return a == 8 && b == 3
}

// markedPid reports whether b, the text before a time of day, is a pid and its colon (Photon's
// "5128: 07:41:16.264 - …") or a thread's id between pipes (the OPC UA ANSI C stack's "|140318|
// 07:41:16.120Z …"). readStamp takes the clock after one only with its fraction.
func markedPid(b []byte) bool {
	n := len(b)
	switch { // (three digits at least: "1: 00:00:05.123 --> …" numbers a subtitle, "|2| 00:02:11.900" a test)
	case n > 3 && b[n-1] == ':':
		return digitsOnly(b[:n-1])
	case n > 4 && b[0] == '|' && b[n-1] == '|':
		return digitsOnly(b[1 : n-1])
	}
	return false
}

// processThreadClock reports whether line[:i] is the process and thread that OpenSC's debug log
// writes before its time of day: "P:48211; T:0x140093271627584 07:41:16.204 [opensc-pkcs11] …".
func processThreadClock(line []byte, i int) bool {
	if i < 14 || i > 48 || !hasPrefixAt(line, 0, "P:") || line[i-1] != ' ' {
		return false
	}
	pid, thread, ok := bytes.Cut(line[2:i-1], []byte("; T:"))
	return ok && len(pid) > 0 && digitsOnly(pid) && hexNumber(thread)
}

// colonMillis reports whether line[i:] is a colon, three digits of milliseconds and a blank.
func colonMillis(line []byte, i int) bool {
	return byteAt(line, i) == ':' && isDigitAt(line, i+1) && isDigitAt(line, i+2) && isDigitAt(line, i+3) && byteAt(line, i+4) == ' '
}

// programWord reports whether b, the text before a time of day, is a program's name in lower case
// and a blank, as Bitnami's containers open their scripts' lines: "kafka 06:02:11.24 INFO  ==> …".
// columnClock asks for the level and the arrow after the clock.
func programWord(b []byte) bool {
	n := len(b)
	return n > 2 && b[n-1] == ' ' && b[0] >= 'a' && b[0] <= 'z' && tagLike(b[:n-1])
}

// levelArrow reports whether a level in capitals and Bitnami's arrow follow the blank at line[i].
func levelArrow(line []byte, i int) bool {
	if !levelWordAt(line, i) {
		return false
	}
	_, e := nextToken(line, i)
	return hasPrefixAt(line, skipBlanks(line, e), "==> ")
}

// programBracket reports whether b, the text before a time of day, is one word in brackets and a
// blank: a program's name before its own line, as a container's entry script prefixes a helper's
// ("[mc-image-helper] 07:41:18.204 INFO  : …"). columnClock asks for a level after the clock.
func programBracket(b []byte) bool {
	n := len(b)
	return n > 3 && b[0] == '[' && b[n-1] == ' ' && b[n-2] == ']' && bytes.IndexByte(b[:n-2], ' ') < 0 && bytes.IndexByte(b[1:n-2], '[') < 0
}

// columnClock reports whether the time of day of n bytes at line[i], where clockColumn let it
// start, is spelled as a record's stamp that a sentence's time is not: in a bracket of its own
// ("(041207) [07:41:16] …", Waydroid's; "MSI (c) (1C:48) [07:41:16:123]: …"), with its milliseconds
// after a colon ("GPSVC(3a8.3ac) 07:41:16:412 …"), or right after a level ("[INFO ] 07:41:16").
func columnClock(line []byte, i, n int) bool {
	return letterBracket(line, i) || logrusBracket(line, i) && byteAt(line, i+n) == ']' || letterThenClock(line, i) && closesWrap(line[i-1], byteAt(line, i+n)) || letterThenFineClock(line, i, n) || line[i-1] == '[' && byteAt(line, i+n) == ']' || byteAt(line, i+2) == ':' && byteAt(line, i+8) == ':' || levelFirst(line[:i]) ||
		programBracket(line[:i]) && levelWordAt(line, i+n) || programWord(line[:i]) && levelArrow(line, i+n) ||
		levelThread(line[:i]) && n > 9 && (line[i+8] == ',' || line[i+8] == '.')
}

// clockWordEnds reports whether the clock whose seconds end at line[k] ends its word, with its
// fraction or without: a blank or the line's end follows.
func clockWordEnds(line []byte, k int) bool {
	if byteAt(line, k) == '.' {
		_, n := digitRun(line, k+1)
		k += 1 + n
	}
	return k >= len(line) || line[k] == ' ' || line[k] == '\t'
}

// levelWordAt reports whether the word after the blank at line[i] is a level in capitals, with
// or without a colon (syncthing's "[TIS5M] 09:54:05 INFO: …").
func levelWordAt(line []byte, i int) bool {
	if byteAt(line, i) != ' ' {
		return false
	}
	s, e := nextToken(line, i)
	if e-s > 3 && line[e-1] == ':' {
		e--
	}
	return e-s >= 3 && isUpperWord(line[s:e]) && isLevelWord(line[s:e])
}

// levelFirst reports whether b, the text before a time of day, is a level alone, bracketed and
// padded or not: log4j's "[%-5level] %d{HH:mm:ss}" ("[INFO ] 07:41:16", Talend's jobs), or set off
// by a pipe (Meshtastic's "INFO  | 07:41:16").
func levelFirst(b []byte) bool {
	tabbed := len(b) > 0 && b[len(b)-1] == '\t'
	piped := len(b) > 0 && b[len(b)-1] == '|' && bytes.IndexByte(b, ' ') > 0 // padded to a bar
	b = bytes.TrimRight(b, " \t[|")
	if n := len(b); n > 5 && b[n-1] == '-' && b[n-2] == ' ' && byteAt(b, n-3) == ' ' {
		b = bytes.TrimRight(b[:n-1], " ") // MkDocs' padded level and a dash: "INFO    -  [07:41:19] Serving on …"
	}
	if n := len(b); n > 3 && b[n-1] == ':' && b[n-2] == ']' && b[1] == ' ' {
		b = b[:n-1] // KIWI's padded "[ WARNING ]: 07:41:17 | …"; unpadded, a clock there may be a timecode's
	}
	bracketed := len(b) > 2 && b[0] == '[' && b[len(b)-1] == ']'
	if bracketed {
		b = bytes.TrimSpace(b[1 : len(b)-1])
	}
	_, ok := ParseLevel(b)
	if tabbed && !ok {
		_, ok = appleLevel(b) // Apple's Console copies a record's type, time and process between tabs
		ok = ok || string(b) == "default" || string(b) == "fault"
	}
	// In brackets, before a tab or padded to a bar a level in lower case is one too: croc's
	// "[debug]\t09:53:51 tcp.go:168: …", Console's "error\t08:41:17.004121+0100\tShop\t…",
	// Warzone 2100's "info    |07:41:16: …".
	return ok && len(b) > 2 && (isUpperWord(b) || (bracketed || tabbed || piped) && isLowerWord(b))
}

// idColumns reports whether the words of b are columns of ids rather than words: each holds a
// byte other than a letter or only capitals, and one is an id in parentheses ("MSI (c) (1C:48)",
// "GPSVC(3a8.3ac)", "(041207)"), so that "Uptime is [07:41:16]", "TODO [12:30:45]" and "PID
// 1234 [07:41:16]" give no time.
func idColumns(b []byte) bool {
	paren := false
	for i := 0; i < len(b); {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		lower, other := false, false
		for _, c := range b[s:e] {
			lower = lower || c >= 'a' && c <= 'z'
			other = other || !isAlpha(c)
			paren = paren || c == '('
		}
		if lower && !other {
			return false
		}
		i = e
	}
	return paren
}

// yearWordBefore returns the year written as the word before a month's name at line[i] ("2020 Dec
// 23 …"), at the line's start or after a blank, a colon, a PRI's '>' or a bracket, or 0.
func yearWordBefore(line []byte, i int) int {
	if i < 5 || line[i-1] != ' ' {
		return 0
	}
	y, ok := digits(line, i-5, 4)
	if c := byteAt(line, i-6); !ok || y < 1990 || y > 2100 || i > 5 && c != ' ' && c != ':' && c != '>' && c != '[' {
		return 0
	}
	return y
}

// zoneBefore reads a zone abbreviation written as the word right before a date at line[i:], at
// the start of the line or of a bracket: its offset. t is the date as read, in UTC.
func zoneBefore(line []byte, i int, t int64, w *wallClock) (offset int, ok bool) {
	if i < 4 || line[i-1] != ' ' {
		return 0, false
	}
	s := i - 2
	for s > 0 && line[s-1] >= 'A' && line[s-1] <= 'Z' {
		s--
	}
	if !(s == 0 || s == 1 && (line[0] == '[' || line[0] == '(')) || abbrevEnd(line, s) != i-1 {
		return 0, false
	}
	off, _, ok := zoneAbbrev(line, s, w.wall(t), w)
	return off, ok
}

// yearBefore finds a date among the words before a year-less time that is the same day or the
// day before or after it (a relay's date column written in another zone), and returns the year
// that puts the time beside it: supercomputer logs write "2005.11.09 dn228 Nov 9 12:01:01" and
// "2005.11.09 tbird-admin1 Nov 10 00:01:01", and the year of the first column is better than a
// guess, also when the two dates straddle a new year.
func yearBefore(b []byte, mon, day int) int {
	for i := 0; i+10 <= len(b); i++ {
		if (i == 0 || b[i-1] == ' ') && isDigit(b[i]) {
			y, ok1 := digits(b, i, 4)
			m, ok2 := digits(b, i+5, 2)
			d, ok3 := digits(b, i+8, 2)
			if !ok1 || !ok2 || !ok3 || b[i+4] != '.' && b[i+4] != '-' && b[i+4] != '/' || m < 1 || m > 12 || d < 1 || d > 31 {
				continue
			}
			written := daysFromCivil(y, m, d)
			for cy := y - 1; cy <= y+1; cy++ {
				if diff := daysFromCivil(cy, mon, day) - written; diff >= -1 && diff <= 1 {
					return cy
				}
			}
		}
	}
	return 0
}

// clockThenDate reads a time of day followed by a numeric date with its year, "07:41:16.123456789
// 2026.11.29" as Lustre's changelog writes it, or with a dash between, into s.
func clockThenDate(line []byte, i int, now int64, w *wallClock, s *stamp) bool {
	if !dateFollowsClock(line, i) {
		return false
	}
	var c, d dateTime
	k, ok := readClock(line, i, &c)
	if hasPrefixAt(line, k, " - ") {
		k += 2
	}
	if a, pm := ampm(line, k); ok && a > k {
		if c.hour < 1 || c.hour > 12 {
			return false
		}
		c.hour %= 12
		if pm {
			c.hour += 12
		}
		k = a
	}
	bracketed := ok && byteAt(line, k) == ']' && i > 0 && line[i-1] == '['
	if bracketed {
		k++
	}
	if !ok || byteAt(line, k) != ' ' {
		return false
	}
	e, ok := numericDate(line, k+1, now, w, &d)
	if !ok || d.year == 0 || d.haveClock || e < len(line) && line[e] != ' ' && line[e] != ']' { // Resque's "** [07:41:16 2026-11-29]"
		return false
	}
	if bracketed && clockWords(line, skipBlanks(line, e)) {
		return false // a date with a clock of its own after the bracket is the text's (a commit's in a build's log)
	}
	d.hour, d.min, d.sec, d.nsec, d.haveClock = c.hour, c.min, c.sec, c.nsec, true
	if z := zoneAfterClock(line, e, &d, w); z > e && (z == len(line) || line[z] == ' ' || line[z] == ']') {
		e = z // Niagara's "[02:41:16 29-Nov-26 EST]": the zone after the date
	}
	if !d.finish(now, w) {
		return false
	}
	*s = stamp{t: d.t, start: i, end: e, kind: stampDate}
	return true
}

// clockWords reports whether line[i:] opens with a time of day, its seconds or not: "04:00",
// "10:00:00".
func clockWords(line []byte, i int) bool {
	_, n := digitRun(line, i)
	_, m := digitRun(line, i+n+1)
	return n >= 1 && n <= 2 && byteAt(line, i+n) == ':' && m == 2
}

// clockThenNamedDate reads a time of day, its zone and a date with the month's name and its year,
// a weekday before it, as Cisco IOS writes `show clock` and the times in its tables: "07:41:16.123
// UTC Sun Nov 29 2026". The zone's abbreviation is read once the date is known, which decides
// between its summer and winter offsets.
func clockThenNamedDate(line []byte, i int, now int64, w *wallClock, s *stamp) bool {
	var d dateTime
	k, ok := readClock(line, i, &d)
	if !ok || byteAt(line, k) != ' ' || !isAlphaAt(line, k+1) {
		return false
	}
	j := k + 1
	if z := abbrevEnd(line, j); z > j && byteAt(line, z) == ' ' {
		j = z + 1
	}
	if n := weekdayWord(line, j); n > 0 && byteAt(line, j+n) == ' ' {
		j += n + 1
	}
	var date dateTime
	e, ok := wordDate(line, j, &date)
	if y, yok := digits(line, e+1, 4); ok && date.year == 0 && yok && byteAt(line, e) == ' ' && hasPrefixAt(line, e+5, ": ") {
		date.year, e = y, e+5 // the year before the colon that ends the header: "… Nov 29 2026: %SYS-5-…"
	}
	if !ok || date.year == 0 || e < len(line) && line[e] != ' ' && line[e] != ']' && line[e] != ',' && !hasPrefixAt(line, e, ": ") {
		return false
	}
	d.year, d.mon, d.day, d.haveClock = date.year, date.mon, date.day, true
	if z := zoneAfterClock(line, k, &d, w); z > k && z < j && !d.zoned {
		return false // a word between the clock and the date that is no zone
	}
	if !d.finish(now, w) {
		return false
	}
	*s = stamp{t: d.t, start: i, end: e, kind: stampDate}
	return true
}

// clockCommaDate reads a time of day that opens the line before a comma and a date with the
// month as a word, as Westermo's routers write their event log: "07:45:02, 29 Nov 2026,PPP 1 Up".
func clockCommaDate(line []byte, now int64, w *wallClock, s *stamp) bool {
	if byteAt(line, 2) != ':' {
		return false
	}
	var d dateTime
	k, ok := readClock(line, 0, &d)
	if !ok || byteAt(line, k) != ',' || byteAt(line, k+1) != ' ' {
		return false
	}
	day, n := digitRun(line, k+2)
	if n < 1 || n > 2 || byteAt(line, k+2+n) != ' ' {
		return false
	}
	e, ok := dayMonthWordYear(line, day, k+2+n, &d)
	if !ok || d.year == 0 || e < len(line) && line[e] != ',' && line[e] != ' ' || !d.finish(now, w) {
		return false
	}
	*s = stamp{t: d.t, start: 0, end: e, kind: stampDate}
	return true
}

// dateFollowsClock is clockThenDate's quick look: a clock with its seconds, "HH:MM:SS…", or at the
// start of the line one without ("07:41"), at line[i], then a blank and a number of four digits or
// of two with a date separator after it.
func dateFollowsClock(line []byte, i int) bool {
	j, colons := i, 0
	for j < len(line) && (isDigit(line[j]) || line[j] == ':' || line[j] == '.' || line[j] == ',') {
		if line[j] == ':' {
			colons++
		}
		j++
	}
	if hasPrefixAt(line, j, " - ") {
		j += 2 // SatDump's "[21:04:11 - 29/11/2026]"
	}
	j, _ = ampm(line, j) // a 12-hour clock's "7:41:16 PM 11/29/2026"
	if byteAt(line, j) == ']' && i > 0 && line[i-1] == '[' {
		j++ // the clock in brackets, the date after them (Check Point's "[03:12:44] 27/11/2026")
	}
	if !(colons == 2 || colons == 1 && firstWordAt(line, i)) || byteAt(line, j) != ' ' || !isDigitAt(line, j+1) {
		return false
	}
	sep := byteAt(line, j+3)
	if isDigit(sep) {
		sep = byteAt(line, j+5) // a year first
	}
	return sep == '-' || sep == '/' || sep == '.'
}

// namedDateFollowsClock reports whether the time of day at line[i:] is followed by a date with
// the month's name, a zone and a weekday perhaps between them (see clockThenNamedDate).
func namedDateFollowsClock(line []byte, i int) bool {
	j := i
	for j < len(line) && j-i < 16 && (isDigit(line[j]) || line[j] == ':' || line[j] == '.') {
		j++
	}
	for k := 0; k < 3 && byteAt(line, j) == ' ' && isAlphaAt(line, j+1); k++ {
		if _, n := monthWord(line, j+1); n > 0 {
			return isDigitAt(line, skipBlanks(line, j+1+n))
		}
		_, j = nextToken(line, j)
	}
	return false
}

// pidAtEpoch reports whether the n digits at line[i:] are the seconds of an epoch with a fraction
// glued by '@' to the pid that opens the line, as QEMU's log trace backend writes its events:
// "48211@1795938076.412388:virtio_blk_req_complete …".
func pidAtEpoch(line []byte, i, n int) bool {
	return n == 10 && i > 1 && line[i-1] == '@' && digitsOnly(line[:i-1]) && byteAt(line, i+n) == '.' && isDigitAt(line, i+n+1)
}

// epochAt reads a Unix time at line[i:]: 10 digits of seconds with a fraction anywhere, or any of
// seconds, milliseconds, microseconds and nanoseconds as the line's first column. It must end the
// word, and fall within the plausibility window.
// pidThenEpoch reports whether the epoch with a fraction at line[i:], its whole seconds ending at
// j, follows a bracketed pid that opens the line and ends with a colon, as KRB5_TRACE writes it:
// "[4120] 1795938076.412345: Getting initial credentials …".
// Unbracketed and right-aligned, as ansible's debug lines write "%6d %0.5f: msg": " 52835
// 1795938076.97744: …", the fraction of three to six digits.
func pidThenEpoch(line []byte, i, j int) bool {
	e := j + 1
	for e < len(line) && isDigit(line[e]) {
		e++
	}
	if k := skipBlanks(line, 0); i >= 3 && line[i-1] == ' ' && k < i-1 && digitsOnly(line[k:i-1]) {
		return e-j-1 >= 3 && e-j-1 <= 6 && byteAt(line, e) == ':' && byteAt(line, e+1) == ' '
	}
	if i < 4 || line[0] != '[' || line[i-1] != ' ' || line[i-2] != ']' || !digitsOnly(line[1:i-2]) {
		return false
	}
	return e-j-1 == 6 && byteAt(line, e) == ':' // microseconds, as krb5 writes them: "[2] 1500000000.00:" is a sum
}

func epochAt(line []byte, i int, now int64) (int64, int, bool) {
	if t, e, ok := hexEpochAt(line, i, now); ok {
		return t, e, true
	}
	if i == 0 && byteAt(line, 1) == '.' {
		if t, e, ok := scientificEpoch(line, now); ok {
			return t, e, true
		}
	}
	j := i
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	n := j - i
	frac := j+1 < len(line) && line[j] == '.' && isDigit(line[j+1]) && n == 10
	// logcat -v long,epoch pads its bracket: "[ 1795938076.811  1702: 2395 D/Tag ]", the fraction
	// and two blanks before the pid.
	padded := i >= 2 && line[0] == '[' && skipBlanks(line, 1) == i && frac && logcatPid(line, j)
	// Bash's history file writes "#1771252201" on a line of its own before each command when
	// HISTTIMEFORMAT is set: the whole line is the epoch. logcat -v epoch right-aligns it.
	first := i == 0 || i == 1 && (line[0] == '[' || line[0] == '(' || line[0] == '#' && j == len(line)) ||
		skipBlanks(line, 0) == i || padded || frac && pidThenEpoch(line, i, j)
	// Past the first column, an epoch with a fraction counts only as a value of its own, in
	// brackets or after a key: audit's "msg=audit(1764401476.588:", "ts=1764401476.5", or as a
	// field between colons (see epochAfterIDs). A float in a list of numbers is no time.
	if frac && !first && line[i-1] != '(' && line[i-1] != '=' && line[i-1] != '[' && !(line[i-1] == ':' && epochAfterIDs(line, i, n)) && !pidAtEpoch(line, i, n) {
		frac = false
	}
	if !frac && !(first && (n == 10 || n == 13 || n == 16 || n == 19)) {
		return 0, 0, false
	}
	e := j
	if frac {
		for e = j + 1; e < len(line) && isDigit(line[e]); e++ {
		}
	}
	if e < len(line) && (isAlpha(line[e]) || line[e] == '.' || line[e] == '-' || line[e] == '/') {
		return 0, 0, false
	}
	if _, m := digitRun(line, e+1); !frac && byteAt(line, e) == ':' && m > 0 && byteAt(line, e+1+m) == ']' {
		return 0, 0, false // an object's hash and a channel, as Qpid Proton-J's frame trace opens: "[1163157884:0] -> Open{…"
	}
	t, ok := parseEpoch(line[i:e])
	if !ok || !plausible(t, now) {
		return 0, 0, false
	}
	return t, e, true
}

// scientificEpoch reads Unix seconds written in a float's exponent notation at the start of a
// line, as zap's production configuration with the console encoder writes them:
// "1.7964016768094292e+09	error	…". Only the exponent 9 spells a plausible time.
func scientificEpoch(line []byte, now int64) (int64, int, bool) {
	k := exponentNine(line)
	if k == 0 {
		return 0, 0, false
	}
	e := k + 4
	// The mantissa's digits are the seconds' ten digits, then the fraction's.
	var sec, nsec int64
	digitsSeen := 0
	for i := 0; i < k; i++ {
		if i == 1 {
			continue // the point after the mantissa's first digit
		}
		c := line[i]
		switch {
		case digitsSeen < 10:
			sec = sec*10 + int64(c-'0')
		case digitsSeen < 19:
			nsec = nsec*10 + int64(c-'0')
		}
		digitsSeen++
	}
	for ; digitsSeen < 10; digitsSeen++ {
		sec *= 10
	}
	for ; digitsSeen < 19; digitsSeen++ {
		nsec *= 10
	}
	t := sec*nsPerSec + nsec
	if !plausible(t, now) {
		return 0, 0, false
	}
	return t, e, true
}

// exponentNine returns where the mantissa of a float written as "d.ddddddde+09" at the start of
// line ends, followed by a tab; 0 when the line opens with none.
func exponentNine(line []byte) int {
	if !isDigit(byteAt(line, 0)) || byteAt(line, 1) != '.' {
		return 0
	}
	k := 2
	for k < len(line) && isDigit(line[k]) {
		k++
	}
	if k < 8 || !hasPrefixAt(line, k, "e+09") && !hasPrefixAt(line, k, "E+09") {
		return 0
	}
	if e := k + 4; e >= len(line) || line[e] != '\t' {
		return 0 // zap's columns are tab-separated; a float among blanks is a table's number (numpy's savetxt)
	}
	return k
}

// mjdAt reads the time that ntpd's statistics files (loopstats, peerstats, clockstats, …) open
// their lines with: the Modified Julian Day and the seconds past its midnight in UTC, to the
// millisecond, then at least two more fields: "61373 27676.123 0.000006019 -13.778190 …". Five
// digits from the year 2000's, a blank, at most five digits of seconds below a day's 86,400 and
// exactly three of a fraction: a process list's "58123 12.5 0.3 java", a zip code's
// coordinates or a benchmark's row take other shapes.
func mjdAt(line []byte, i int, now int64) (int64, int, bool) {
	if i != 0 || byteAt(line, 5) != ' ' {
		return 0, 0, false
	}
	day, ok := digits(line, 0, 5)
	sec, n := digitRun(line, 6)
	if !ok || day < mjd2000 || n == 0 || n > 5 || int64(sec) >= secPerDay || byteAt(line, 6+n) != '.' {
		return 0, 0, false
	}
	nsec, e := fraction(line, 7+n)
	if e-7-n != 3 || byteAt(line, e) != ' ' {
		return 0, 0, false
	}
	if s, f := nextToken(line, e); f == s || !nextAfter(line, f) {
		return 0, 0, false // two more fields at least: an offset and a frequency, a peer and its status
	}
	const unixMJD = 40587 // 1970-01-01
	t := (int64(day-unixMJD)*secPerDay+int64(sec))*nsPerSec + nsec
	return t, e, plausible(t, now)
}

// mjd2000 is the Modified Julian Day of 2000-01-01.
const mjd2000 = 51544

// nextAfter reports whether another word follows line[i].
func nextAfter(line []byte, i int) bool {
	s, e := nextToken(line, i)
	return e > s
}

// hexEpochAt reads the two spellings of a Unix time in hexadecimal that start a line: OpenLDAP
// 2.5's "681a0eb6.2be54ef4" (seconds and nanoseconds, eight digits each) and the TAI64N label
// that daemontools, runit and s6 write, "@4000000062b22ef4269d79a4" (2^62 + 10 + the seconds,
// then the nanoseconds), read at the digits after the '@'. Their shapes are exact, so one line
// is enough to tell them.
func hexEpochAt(line []byte, i int, now int64) (int64, int, bool) {
	var sec, nsec uint64
	var ok bool
	var e int
	switch {
	case i == 0 && byteAt(line, 8) == '.':
		sec, ok = hexRun(line, 0, 8)
		if nsec, ok = hexRun(line, 9, 8); !ok || !isBlankOrEnd(line, 17) {
			return 0, 0, false
		}
		e = 17
	case i == 0 && byteAt(line, 8) == ' ' && slapdAfter(line, 9):
		// OpenLDAP 2.4's seconds alone, eight digits, before the words slapd writes: "6b0bd71d
		// conn=1000 fd=12 ACCEPT …", "6b0bd71c slapd starting". Eight hexadecimal digits are as
		// often a commit's hash, so only these words make them a time.
		sec, ok = hexRun(line, 0, 8)
		e = 8
	case i == 1 && line[0] == '@' && isBlankOrEnd(line, 25):
		var label uint64
		if label, ok = hexRun(line, 1, 16); !ok || label>>32 != 0x40000000 {
			return 0, 0, false
		}
		sec = label&0xffffffff - 10
		nsec, ok = hexRun(line, 17, 8)
		e = 25
	}
	if !ok || nsec >= 1e9 {
		return 0, 0, false
	}
	t := int64(sec)*nsPerSec + int64(nsec)
	return t, e, plausible(t, now)
}

// slapdAfter reports whether line[i:] opens with words slapd's debug output begins with: a
// connection's "conn=", "slapd …", its banner's "@(#) $OpenLDAP:", "daemon: …".
func slapdAfter(line []byte, i int) bool {
	for _, w := range [...]string{"conn=", "slapd ", "@(#) $OpenLDAP:", "daemon: "} {
		if hasPrefixAt(line, i, w) {
			return true
		}
	}
	return false
}

// hexRun reads exactly n hexadecimal digits at b[i:].
func hexRun(b []byte, i, n int) (uint64, bool) {
	if i+n > len(b) {
		return 0, false
	}
	var v uint64
	for _, c := range b[i : i+n] {
		d := hexDigit(c)
		if d > 15 {
			return 0, false
		}
		v = v<<4 | uint64(d)
	}
	return v, true
}

// hexDigit is the value of a lower-case hexadecimal digit, or 255.
func hexDigit(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return 255
}

func isBlankOrEnd(b []byte, i int) bool { return i >= len(b) || b[i] == ' ' || b[i] == '\t' }

// monthOrWeekday returns 1 when a month name starts at line[i], 2 for a weekday name, 0 otherwise.
func monthOrWeekday(line []byte, i int) int {
	if byteAt(line, i) >= 0x80 {
		_, n := scriptMonth(line, i)
		return min(n, 1)
	}
	switch k := nameAt(line, i); {
	case k == 0 && !accentedName(line, i):
		return 0
	case k == 0 || k == localMonthMark:
		_, n := localMonth(line, i)
		return min(n, 1)
	case k > 100:
		return 2 * min(weekdayWord(line, i), 1)
	}
	_, n := monthWord(line, i)
	return min(n, 1)
}

// name3 indexes the first three letters at b[i:], lower-cased, into nameOf3; -1 when there are
// not three letters.
func name3(b []byte, i int) int {
	if i+3 > len(b) {
		return -1
	}
	c0, c1, c2 := b[i]|0x20, b[i+1]|0x20, b[i+2]|0x20
	if c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || c2 < 'a' || c2 > 'z' {
		return -1
	}
	return int(c0-'a')*676 + int(c1-'a')*26 + int(c2-'a')
}

var weekdayNames = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

var monthLong = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// nameOf3 maps the first three letters of a month name to its number (1-12), of a weekday name
// to 101-107, and of another language's month name (see localMonths) to localMonthMark, so that
// one array read rejects the other words of a line.
var nameOf3 = func() (t [26 * 26 * 26]uint8) {
	for i, n := range monthLong {
		t[name3([]byte(n), 0)] = uint8(i + 1)
	}
	for i, n := range weekdayNames {
		t[name3([]byte(n), 0)] = uint8(101 + i)
	}
	for _, names := range localMonths {
		for _, n := range strings.Fields(names) {
			if k := name3([]byte(n), 0); k >= 0 && t[k] == 0 {
				t[k] = localMonthMark
			}
		}
	}
	return t
}()

// localMonthMark is nameOf3's entry for the first letters of a month's name in another language.
const localMonthMark = 50

// accentedName reports whether a letter beyond ASCII stands second or third in the word at b[i:],
// where name3 sees no three letters: "Mär", "déc.", "août".
func accentedName(b []byte, i int) bool { return byteAt(b, i+1) == 0xC3 || byteAt(b, i+2) == 0xC3 }

// nameAt returns nameOf3's entry for the letters at b[i:], 0 for none.
func nameAt(b []byte, i int) int {
	if k := name3(b, i); k >= 0 {
		return int(nameOf3[k])
	}
	return 0
}

// weekdayWord matches an English weekday name, abbreviated or whole, as a word at b[i:], and
// returns its length (0 for none).
func weekdayWord(b []byte, i int) int {
	if !isAlphaAt(b, i) {
		return 0 // most dates start with a digit
	}
	if k := nameAt(b, i); k > 100 {
		return wordFold(b, i, weekdayNames[k-101])
	}
	return 0
}

// monthWord matches a month name, abbreviated (with an optional dot) or whole, as a word at b[i:]:
// an English one, or one of another language's (see localMonths). It returns the month and the length of the word (0 for none).
func monthWord(b []byte, i int) (int, int) {
	if !isAlphaAt(b, i) {
		if byteAt(b, i) >= 0x80 {
			return scriptMonth(b, i) // "十一月", "ноя"
		}
		if m, n := digitRun(b, i); n >= 1 && n <= 2 && m >= 1 && m <= 12 && (hasPrefixAt(b, i+n, "月") || hasPrefixAt(b, i+n, "월")) {
			return m, n + len("月") // the month's number and its sign, as Java's MMM writes it in Japanese and Korean: "29 11월 2026"
		}
		return 0, 0 // most dates are all digits
	}
	k := nameAt(b, i)
	switch {
	case k > 100, k == 0 && !accentedName(b, i):
		return 0, 0
	case k == 0 || k == localMonthMark:
		return localMonth(b, i)
	}
	n := wordFold(b, i, monthLong[k-1])
	if n == 3 && i+n < len(b) && b[i+n] == '.' {
		n++
	}
	if n == 0 || byteAt(b, i+n) >= 0x80 { // "março": a letter beyond ASCII goes on with the word
		return localMonth(b, i) // "Juni", "Sept.", "mars": English's first letters, another language's word
	}
	return k, n
}

// wordFold matches name (lower case) at b[i:], whole or cut to its first three letters, as a
// whole word, case-insensitively; it returns the length matched, 0 for none.
func wordFold(b []byte, i int, name string) int {
	if hasPrefixFold(b, i, name) && !isAlphaAt(b, i+len(name)) {
		return len(name)
	}
	if hasPrefixFold(b, i, name[:3]) && !isAlphaAt(b, i+3) {
		return 3
	}
	return 0
}

func isAlphaAt(b []byte, i int) bool { return i >= 0 && i < len(b) && isAlpha(b[i]) }

// hasPrefixFold reports whether s, in lower case, stands at b[i:] in any case.
func hasPrefixFold(b []byte, i int, s string) bool {
	if i < 0 || i+len(s) > len(b) {
		return false
	}
	for k := 0; k < len(s); k++ {
		// A Latin-1 letter in UTF-8 ("é" of "déc") has its capital 0x20 below it, after the same
		// first byte, 0xC3; other bytes beyond ASCII match only themselves.
		c := b[i+k]
		if c < 0x80 || k > 0 && s[k-1] == 0xC3 && c < 0x9F {
			c |= 0x20
		}
		if c != s[k] {
			return false
		}
	}
	return true
}

// gluedPrefix is the length of a word of letters that opens the line and runs straight into a
// year and its date's separator, or 0: Go's log package writes its prefix that way when the prefix
// has no blank (etcd's raft: "raft2026/11/30 06:45:56 INFO: …"), and a level's letter alone
// (Tinode's "I2026/11/29 07:41:16 main.go:707: …").
func gluedPrefix(line []byte) int {
	i := 0
	for i < len(line) && i <= 16 && byteClass[line[i]] == classLetter {
		i++
	}
	if i == 1 && strings.IndexByte("DIWEF", line[0]) < 0 || i == 0 || i > 16 || !isDigitAt(line, i) || !isDigitAt(line, i+3) || byteAt(line, i+4) != '/' && byteAt(line, i+4) != '-' {
		return 0
	}
	if _, ok := digits(line, i, 4); !ok {
		return 0
	}
	return i
}

// tabFieldAt reports whether line[at] opens the third or fourth of fields separated by tabs, each
// before it a name of a few words: a time there is a column's (`gh run view --log`'s
// "build<TAB>Set up job<TAB>2026-11-29T07:41:09.4412035Z …"). A sentence with a tab before its
// time ("The certificate expires on<TAB>2026-12-01 …") keeps it.
func tabFieldAt(line []byte, at int) bool {
	if at == 0 || line[at-1] != '\t' || line[0] == ' ' || line[0] == '\t' {
		return false
	}
	fields, start, blanks := 0, 0, 0
	for i := 0; i < at; i++ {
		switch line[i] {
		case ' ':
			blanks++
		case '\t':
			if i == start || i-start > 40 || blanks > 3 {
				return false
			}
			fields, start, blanks = fields+1, i+1, 0
		}
	}
	return fields == 2 || fields == 3
}
