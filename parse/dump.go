package parse

import "bytes"

// Crash dumps. A program that dies writes its runtime's report to stderr, which lands in the same
// file as its log, between the timed records and without a time of its own:
//
//	panic: runtime error: invalid memory address or nil pointer dereference
//	[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]
//
//	goroutine 1 [running]:
//	main.(*Worker).Run(0x0)
//		/app/worker.go:42 +0x1c
//	exit status 2
//
// Each runtime's report has a grammar of its own (Go's tracebacks, Rust's panic message, Node.js's
// uncaught exception), and its lines are one entry, from the line that opens it to the last line
// that fits the grammar: the error stays one record that a search finds whole, instead of a line
// for each frame.

// dumpKind is the runtime whose crash report the pending entry opened with.
type dumpKind uint8

const (
	noDump dumpKind = iota
	// goDump: "panic: …" or "fatal error: …", then each goroutine's header and frames.
	goDump
	// rustDump: "thread 'main' panicked at src/main.rs:4:5:", the message on the next line, and
	// the note on how to see a backtrace (or the backtrace, indented).
	rustDump
	// nodeDump: the throwing line's file and number, the line of code and a caret under it,
	// then the error, its stack indented, and the version of Node.js.
	nodeDump
	// javaDump: the JVM's report of an exception no handler caught, `Exception in thread "main"
	// java.lang.IllegalStateException: …`, its frames indented and its causes.
	javaDump
	// sanitizerDump: a sanitizer's report, AddressSanitizer's "==4120==ERROR: AddressSanitizer:
	// heap-use-after-free …", ThreadSanitizer's "WARNING: ThreadSanitizer: data race (pid=4120)" or
	// Go's race detector's "WARNING: DATA RACE",
	// often under a rule of '=' signs: the access, the frames, the summary, the shadow bytes, up
	// to "==4120==ABORTING" or the closing rule.
	sanitizerDump
	// The reports a platform writes to a file of their own, one after another, each with its
	// time on a labelled line of its header: Android's tombstones ("*** *** *** …", then
	// "Timestamp: …"), the NDK's ndk-stack ("********** Crash dump: **********" up to "Crash dump
	// is completed"), Apple's crash reports ("Incident Identifier: …", then "Date/Time: …"). Every
	// line up to the next report, or up to a line that starts a timed record, is the report's.
	tombstoneDump
	ndkDump
	appleDump
	// glogSignalDump: the report glog's failure signal handler writes, "*** Aborted at 1796205514
	// (unix time) …", then "PC: @ …", "*** SIGSEGV (@0x0) received by PID …; stack trace: ***"
	// and the frames, indented.
	glogSignalDump
	// ginDump: the report gin's Recovery middleware logs for a handler's panic, under its timed
	// header "[Recovery] 2026/12/02 - 09:53:45 panic recovered:": the request's dump, the panic's
	// value and the frames ("/app/main.go:13 (0xabe864)", the code indented below), up to the
	// colour's reset alone on a line, or up to gin's next line or a timed record.
	ginDump
	// rubyDump: Ruby's report of an exception no handler rescued, its innermost frame, the
	// message and the class, "worker.rb:13:in `fetch': connection refused (Errno::ECONNREFUSED)",
	// then its callers, each on a tab-indented "from" line.
	rubyDump
	// jvmFatalDump: the banner the JVM writes to its standard output when it crashes, every line
	// opening with '#': "# A fatal error has been detected by the Java Runtime Environment:", the
	// signal, the versions, the problematic frame and where the error report was saved, under a
	// lone "#".
	jvmFatalDump
)

// jvmFatalHeader opens the JVM's crash banner (see jvmFatalDump).
const jvmFatalHeader = "# A fatal error has been detected by the Java Runtime Environment:"

// whole reports whether a report of kind takes every line up to the next (see tombstoneDump).
func (k dumpKind) whole() bool { return k >= tombstoneDump && k <= appleDump }

// dumpState follows the crash report the pending entry holds.
type dumpState struct {
	kind    dumpKind
	opened  bool // the entry holds a report, whether or not it goes on: no block's header (see block.go)
	closed  bool // a sanitizer's report ended: the untimed lines after it are the program's, not the report's
	lines   int  // lines joined after the opening one
	message bool // Rust: the header ends with a colon, and the message is the next line
	caret   bool // Node.js: the caret under the code was seen
	error   bool // Node.js: the error's line was seen
}

// open starts following the report line opens, if it opens one. An entry may open with lines that
// start no record under a timed one, but begin a report where they begin an entry: Go's "fatal
// error:" (a compiler's is no report), a goroutine's stack, Node.js's file line.
func (d *dumpState) open(line []byte) {
	*d = dumpState{kind: dumpOpening(line)}
	switch {
	case d.kind != noDump:
	case hasPrefixAt(line, 0, "fatal error: ") || goroutineHeader(line):
		d.kind = goDump
	case scriptStart(line) && scriptLine(line):
		d.kind = nodeDump
	case ginRecovery(line):
		d.kind = ginDump
	}
	d.message = d.kind == rustDump && bytes.HasSuffix(bytes.TrimRight(line, " \r"), []byte(":"))
	d.opened = d.kind != noDump
}

// goFatalError reports whether line is the Go runtime's report of an error no program recovers
// from: "fatal error: concurrent map writes", "fatal error: runtime: out of memory". Its message
// is one of the runtime's own; a compiler writes "fatal error:" too, before its own words ("too
// many errors emitted", "stdio.h: No such file or directory").
func goFatalError(line []byte) bool {
	const opening = "fatal error: "
	if !hasPrefixAt(line, 0, opening) {
		return false
	}
	msg := line[len(opening):]
	for _, throw := range goThrows {
		if bytes.HasPrefix(msg, []byte(throw)) {
			return true
		}
	}
	return false
}

// goRuntimeComplaint reports whether line is one the Go runtime writes just before a fatal error
// of its own, which then opens the report: "runtime: out of memory: cannot allocate 4194304-byte
// block (3925868544 in use)", "runtime: goroutine stack exceeds 1000000000-byte limit",
// "runtime: program exceeds 10000-thread limit".
func goRuntimeComplaint(line []byte) bool {
	const opening = "runtime: "
	if !hasPrefixAt(line, 0, opening) {
		return false
	}
	msg := line[len(opening):]
	for _, c := range [...]struct{ before, after string }{
		{"out of memory: cannot allocate ", "-byte block"},
		{"goroutine stack exceeds ", "-byte limit"},
		{"program exceeds ", "-thread limit"},
	} {
		if bytes.HasPrefix(msg, []byte(c.before)) {
			_, n := digitRun(msg, len(c.before))
			return n > 0 && hasPrefixAt(msg, len(c.before)+n, c.after)
		}
	}
	return false
}

// goThrows open the messages of the Go runtime's fatal errors.
var goThrows = [...]string{"concurrent map ", "all goroutines are asleep", "runtime: ", "sync: ", "stack overflow",
	"unexpected signal", "unexpected fault address", "out of memory", "fault", "found bad pointer", "thread exhaustion",
	"morestack on ", "checkptr: ", "semacquire", "malloc deadlock", "invalid pointer found"}

// dumpOpening returns the runtime whose crash report line opens as a record of its own, not the
// end of the timed one above it, or noDump: Go's "panic:", Rust's panic, the JVM's uncaught
// exception, a platform's report. A goroutine's stack opens none under a record (net/http logs
// one under its own timed line, "http: panic serving …"), nor does a file and line (a program
// prints them; Node.js's report is known by its caret, see nodeCaret).
func dumpOpening(line []byte) dumpKind {
	if len(line) == 0 {
		return noDump
	}
	switch line[0] {
	case 'p':
		if hasPrefixAt(line, 0, "panic: ") {
			return goDump
		}
	case 'f':
		if goFatalError(line) {
			return goDump // the Go runtime's throw: "fatal error: concurrent map writes"
		}
	case 'r':
		if goRuntimeComplaint(line) {
			return goDump // what the runtime says before its throw: "runtime: out of memory: cannot allocate …"
		}
	case 'S':
		if goSignalHeader(line) {
			return goDump // a Go program's stacks on a signal: "SIGQUIT: quit", "SIGABRT: abort"
		}
	case 't':
		if hasPrefixAt(line, 0, "thread '") && bytes.Contains(line, []byte("' panicked at ")) {
			return rustDump
		}
	case 'E':
		if hasPrefixAt(line, 0, `Exception in thread "`) {
			return javaDump
		}
	}
	if rubyUncaught(line) {
		return rubyDump
	}
	switch line[0] {
	case '*':
		if tombstoneBanner(line) {
			return tombstoneDump
		}
		if hasPrefixAt(line, 0, glogAborted) {
			return glogSignalDump
		}
		if hasPrefixAt(line, 0, "********** Crash dump: **********") {
			return ndkDump
		}
	case 'I':
		if hasPrefixAt(line, 0, "Incident Identifier: ") && uuid(bytes.TrimSpace(line[len("Incident Identifier: "):])) {
			return appleDump
		}
	case '=', 'W':
		if sanitizerHeader(line) {
			return sanitizerDump
		}
	case '#':
		if hasPrefixAt(line, 0, jvmFatalHeader) {
			return jvmFatalDump
		}
	}
	return noDump
}

// rubyUncaught reports whether line is the first line of Ruby's report of an uncaught exception:
// a file and line, the method in quotes ("in `fetch'", Ruby 3.4's "in 'Worker#fetch'"), the message
// and the exception's class in parentheses at the end.
func rubyUncaught(line []byte) bool {
	e := len(line)
	for e > 0 && (line[e-1] == ' ' || line[e-1] == '\r') {
		e--
	}
	if e < 12 || line[e-1] != ')' || line[0] == ' ' || line[0] == '\t' {
		return false
	}
	k := bytes.Index(line[:min(e, 200)], []byte(":in "))
	if k <= 0 || bytes.IndexByte(line[:k], ' ') >= 0 || k+5 >= e || line[k+4] != '`' && line[k+4] != '\'' {
		return false
	}
	d := k
	for d > 0 && isDigit(line[d-1]) {
		d--
	}
	if d == k || d < 2 || line[d-1] != ':' {
		return false // the file's line number before "in"
	}
	q := bytes.Index(line[k+5:e], []byte("': "))
	if q < 0 {
		return false
	}
	open := bytes.LastIndexByte(line[:e], '(')
	if open <= k+5+q || !isUpperAt(line, open+1) {
		return false
	}
	for _, c := range line[open+1 : e-1] {
		if !isAlnum(c) && c != ':' && c != '_' {
			return false // the class's name: "RuntimeError", "Errno::ECONNREFUSED"
		}
	}
	return true
}

// goSignalHeader reports whether line is the first line of the dump a Go program writes when a
// signal kills it: the signal's name, a colon and its description.
func goSignalHeader(line []byte) bool {
	for _, h := range [...]string{"SIGQUIT: quit", "SIGABRT: abort", "SIGSEGV: segmentation violation", "SIGBUS: bus error", "SIGILL: illegal instruction", "SIGTRAP: trace trap", "SIGFPE: floating-point exception"} {
		if hasPrefixAt(line, 0, h) {
			return true
		}
	}
	return false
}

// sanitizerHeader reports whether line opens a sanitizer's report: "==4120==ERROR:
// AddressSanitizer: …", "==4120==WARNING: MemorySanitizer: …", "WARNING: ThreadSanitizer: …".
func sanitizerHeader(line []byte) bool {
	i := 0
	if hasPrefixAt(line, 0, "==") {
		_, n := digitRun(line, 2)
		if n == 0 || !hasPrefixAt(line, 2+n, "==") {
			return false
		}
		i = 4 + n
	}
	if i == 0 && string(line) == goRaceHeader {
		return true
	}
	switch {
	case hasPrefixAt(line, i, "ERROR: "):
		i += len("ERROR: ")
	case hasPrefixAt(line, i, "WARNING: "):
		i += len("WARNING: ")
	default:
		return false
	}
	s, e := nextToken(line, i)
	return e-s > len("Sanitizer:") && bytes.HasSuffix(line[s:e], []byte("Sanitizer:"))
}

// goRaceHeader opens the Go race detector's report, under a rule of '=' signs, as the sanitizer
// it is built on opens its own.
const goRaceHeader = "WARNING: DATA RACE"

// sanitizerLevel is the level a sanitizer's header gives its report.
func sanitizerLevel(header []byte) Level {
	if bytes.Contains(header[:min(len(header), 16)], []byte("ERROR: ")) {
		return Error
	}
	return Warn
}

// sanitizerLine reports whether an unindented line belongs to a sanitizer's report: its access
// ("READ of size 4 at …"), where the address lies, who freed and allocated it, the summary, the
// shadow bytes and the process's own lines ("==4120==…").
func sanitizerLine(line []byte) bool {
	for _, p := range sanitizerPrefixes {
		if hasPrefixAt(line, 0, p) {
			return true
		}
	}
	return false
}

var sanitizerPrefixes = [...]string{"==", "READ of size ", "WRITE of size ", "0x", "freed by thread ", "previously allocated by thread ",
	"allocated by thread ", "Direct leak of ", "Indirect leak of ", "SUMMARY: ", "Shadow byte", "=>0x", "Thread T", "Address 0x", "HINT: ", "AddressSanitizer", "Exiting",
	"Read at 0x", "Write at 0x", "Previous read at 0x", "Previous write at 0x", "Goroutine "} // Go's race detector

// joins reports whether line goes on the report. Indented lines always do (frames, code, the
// caret); false ends the report, and the line takes the usual way.
func (d *dumpState) joins(line []byte) bool {
	join := line[0] == ' ' || line[0] == '\t'
	switch d.kind {
	case goDump:
		join = join || goroutineHeader(line) || goFrame(line) || registerLine(line) || goSignalPC(line) ||
			hasPrefixAt(line, 0, "created by ") || hasPrefixAt(line, 0, "[signal ") || hasPrefixAt(line, 0, "panic: ") ||
			hasPrefixAt(line, 0, "fatal error: ") || hasPrefixAt(line, 0, "runtime stack:") || hasPrefixAt(line, 0, "runtime: ") && !goRuntimeComplaint(line) || hasPrefixAt(line, 0, "...additional frames elided...")
		if exitStatus(line) {
			join, d.kind = true, noDump // what `go run` writes last
		}
	case rustDump:
		join = join || d.lines == 0 && d.message || hasPrefixAt(line, 0, "stack backtrace:") // the message, then the frames
		if hasPrefixAt(line, 0, "note: ") {
			join, d.kind = true, noDump // the last line of the report
		}
	case javaDump:
		join = join || noteLine(line) // "Caused by: …", "... 12 more"
	case sanitizerDump:
		if _, rule := ruleLine(line); rule || hasPrefixAt(line, 0, "==") && bytes.HasSuffix(line, []byte("==ABORTING")) {
			// The last line of the report: the lines after it are the program's again, even in a
			// source without times.
			d.kind, d.closed = noDump, true
			d.lines++
			return true
		}
		join = join || sanitizerLine(line)
	case glogSignalDump:
		join = join || hasPrefixAt(line, 0, "PC: @") || hasPrefixAt(line, 0, "*** SIG")
	case jvmFatalDump:
		join = line[0] == '#'
	case ginDump:
		join = !hasPrefixAt(line, 0, "[GIN")
		if string(line) == "\x1b[0m" {
			d.kind = noDump // the reset gin writes last, when it colours the report
		}
	case tombstoneDump, appleDump, ndkDump:
		join = dumpOpening(line) == noDump // up to the next report
		if d.kind == ndkDump && hasPrefixAt(line, 0, "Crash dump is completed") {
			d.kind = noDump // the last line of the report
			return true
		}
	case nodeDump:
		switch {
		case !d.caret:
			// The line of code, at the script's own indentation, then the caret under it.
			d.caret = caretLine(line)
			join = join || d.lines == 0 && !isDigit(line[0]) || d.caret
		case !d.error:
			join, d.error = true, true // "TypeError: Cannot read properties of undefined (reading 'id')"
		case hasPrefixAt(line, 0, "Node.js v"):
			// The last line of the report: the process has exited, and the lines after it are
			// the next process's own, even in a source without times.
			d.kind, d.closed = noDump, true
			d.lines++
			return true
		}
	}
	if !join {
		// A sanitizer's report is the program's stderr, not a record of a timed log: the line
		// after it is the program's again.
		d.closed = d.closed || d.kind == sanitizerDump
		d.kind = noDump
		return false
	}
	d.lines++
	return true
}

// freeForm reports whether the report's grammar takes the next line whatever it holds (Rust's
// message, Node.js's code and error), so that a timed record must be told from it. Go's and the
// JVM's lines have a shape of their own, which no record has.
func (d *dumpState) freeForm() bool {
	switch d.kind {
	case rustDump:
		return d.lines == 0 && d.message
	case nodeDump:
		return !d.caret && d.lines == 0 || d.caret && !d.error
	case ginDump:
		return true
	}
	return false
}

// ginRecovery reports whether line is the header of gin's report of a recovered panic, behind the
// time Go's logger writes and the colour gin opens it with.
func ginRecovery(line []byte) bool {
	n := len(line)
	for n > 0 && (line[n-1] == ' ' || line[n-1] == '\r') {
		n--
	}
	return n > 0 && line[n-1] == ':' && bytes.HasSuffix(line[:n], []byte(" panic recovered:")) && bytes.Contains(line, []byte("[Recovery] "))
}

// nodeCaret reports whether line is the caret of a Node.js report whose file line and code are the
// last lines of raw, joined to the record a program logged last: the report goes on from there.
func nodeCaret(raw, line []byte) bool {
	if !caretLine(line) {
		return false
	}
	for k := 0; k < 2; k++ { // the file line, then the code under it
		j := bytes.LastIndexByte(raw, '\n')
		if scriptStart(raw[j+1:]) && scriptLine(raw[j+1:]) {
			return true
		}
		if j < 0 {
			return false
		}
		raw = raw[:j]
	}
	return false
}

// labelled reports whether line opens with a label, words and a colon ("Launch Time: …", "OS
// Version: …"): a field of a report's header, never a record's start, whatever time it holds.
func labelled(line []byte) bool {
	k := bytes.IndexByte(line[:min(len(line), 40)], ':')
	if k < 2 || !isAlpha(line[0]) || k+1 < len(line) && line[k+1] != ' ' {
		return false
	}
	for _, c := range line[:k] {
		if !isAlpha(c) && c != ' ' && c != '/' && c != '-' && c != '_' && c != '(' && c != ')' {
			return false
		}
	}
	return true
}

// tombstoneBanner reports whether line is the row of asterisks that opens an Android tombstone:
// debuggerd's sixteen "***", and nothing else.
func tombstoneBanner(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	n := 0
	for ; hasPrefixAt(line, 0, "***"); n++ {
		line = bytes.TrimPrefix(line[3:], []byte(" "))
	}
	return n == 16 && len(line) == 0
}

// sectionAbove reports whether the last line of raw heads a section of a report, a label and its
// colon alone ("Application Specific Information:"): the line under it, timed or not, is the
// section's (the app's own last log line, quoted).
func sectionAbove(raw []byte) bool {
	last := bytes.TrimRight(raw[bytes.LastIndexByte(raw, '\n')+1:], " \r")
	return len(last) > 1 && last[len(last)-1] == ':' && labelled(last)
}

// uuid reports whether b is a UUID in its 8-4-4-4-12 spelling.
func uuid(b []byte) bool {
	if len(b) != 36 {
		return false
	}
	for i, c := range b {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return false
			}
		} else if !isDigit(c) && (c|0x20 < 'a' || c|0x20 > 'f') {
			return false
		}
	}
	return true
}

// reportTime reads the time a platform's crash report writes on a labelled line of its header:
// a tombstone's "Timestamp: 2026-11-29 08:41:16.482912083+0100", an Apple report's "Date/Time:
// 2026-11-29 08:41:16.4821 +0100" (not its Launch Time).
func reportTime(line []byte, w *wallClock) (int64, bool) {
	var v []byte
	switch {
	case hasPrefixAt(line, 0, "Timestamp: "):
		v = line[len("Timestamp: "):]
	case hasPrefixAt(line, 0, "Date/Time: "):
		v = line[len("Date/Time: "):]
	default:
		return 0, false
	}
	v = bytes.TrimSpace(v)
	return wholeDateTime(v, w)
}

// goroutineHeader reports whether line heads a goroutine's stack in a Go traceback: "goroutine 1
// [running]:", "goroutine 18 [chan receive, 5 minutes]:", and Go 1.23's "goroutine 7 gp=0xc000…
// m=nil [select]:".
func goroutineHeader(line []byte) bool {
	if !hasPrefixAt(line, 0, "goroutine ") || !isDigitAt(line, len("goroutine ")) {
		return false
	}
	return bytes.HasSuffix(bytes.TrimRight(line, " \r"), []byte("]:")) && bytes.IndexByte(line, '[') > 0
}

// goFrame reports whether line is a function's line in a Go traceback: its dotted name and its
// arguments, "main.(*Worker).Run(0x0)", "net/http.(*conn).serve(0xc0001a2000, {0x7a1b20, …})".
func goFrame(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	open := bytes.IndexByte(line, '(')
	if open <= 0 || line[len(line)-1] != ')' {
		return false
	}
	if open > 0 && line[open-1] == '.' { // a method's receiver: "main.(*Worker).Run(0x0)"
		if k := bytes.Index(line[open:], []byte(").")); k > 0 {
			if o := bytes.IndexByte(line[open+k+2:], '('); o > 0 {
				open += k + 2 + o
			}
		}
	}
	name := line[:open]
	return bytes.IndexByte(name, '.') > 0 && bytes.IndexByte(name, ' ') < 0
}

// exitStatus reports whether line is "exit status 2", which `go run` writes after a crash.
func exitStatus(line []byte) bool {
	return hasPrefixAt(line, 0, "exit status ") && digitsOnly(bytes.TrimRight(line[len("exit status "):], " \r"))
}

// goSignalPC reports whether line is where a Go program was when a signal killed it, which the
// runtime writes under the signal's name: "SIGABRT: abort", then "PC=0x40984e m=6
// sigcode=18446744073709551610". Its pairs are no record of logfmt's.
func goSignalPC(line []byte) bool {
	return hasPrefixAt(line, 0, "PC=0x") && bytes.Contains(line, []byte(" m=")) && bytes.Contains(line, []byte(" sigcode="))
}

// registerLine reports whether line is one of the registers a Go crash on a signal lists:
// "rax    0x0", "rip    0x46b3a1".
func registerLine(line []byte) bool {
	s, e := nextToken(line, 0)
	vs, ve := nextToken(line, e)
	if s != 0 || e < 2 || e > 6 || ve == len(line) && vs == ve || !hasPrefixAt(line, vs, "0x") {
		return false
	}
	for _, c := range line[:e] {
		if !isDigit(c) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return skipBlanks(line, ve) == len(line)
}

// scriptLine reports whether line is the file and line number that Node.js writes first when an
// exception is not caught: "/app/routes/orders.js:41", "file:///app/index.mjs:3",
// "node:internal/process/promises:288", "C:\app\index.js:3".
func scriptLine(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	k := bytes.LastIndexByte(line, ':')
	if k <= 0 || k == len(line)-1 || !digitsOnly(line[k+1:]) || bytes.IndexByte(line, ' ') >= 0 {
		return false
	}
	path := line[:k]
	if hasPrefixAt(path, 0, "node:") {
		return true
	}
	absolute := path[0] == '/' || hasPrefixAt(path, 0, "file://") || len(path) > 3 && isAlpha(path[0]) && path[1] == ':' && path[2] == '\\'
	return absolute && (bytes.HasSuffix(path, []byte(".js")) || bytes.HasSuffix(path, []byte(".mjs")) ||
		bytes.HasSuffix(path, []byte(".cjs")) || bytes.HasSuffix(path, []byte(".ts")))
}

// scriptStart reports whether line may start with a script's path, as scriptLine reads it: a cheap
// look at its first bytes before the whole line is.
func scriptStart(line []byte) bool {
	switch c := byteAt(line, 0); {
	case c == '/':
		return true
	case c == 'f':
		return hasPrefixAt(line, 0, "file://")
	case c == 'n':
		return hasPrefixAt(line, 0, "node:")
	}
	return isAlphaAt(line, 0) && hasPrefixAt(line, 1, ":\\")
}

// caretLine reports whether line holds only a caret under the code, with the code's indentation.
func caretLine(line []byte) bool {
	e := len(line)
	for e > 0 && (line[e-1] == ' ' || line[e-1] == '\t' || line[e-1] == '\r') {
		e--
	}
	if e == 0 || line[e-1] != '^' { // most lines stop here
		return false
	}
	for _, c := range line[:e] {
		if c != '^' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
