package parse

import "bytes"

// The node's name that the launchers of parallel jobs put in a bracket before each line they
// relay or write, with no time: Open MPI's and PRRTE's "[node01:22817] …" (the node and its
// daemon's pid), UCX's "[cn041:18340:0:18340] Caught signal 11 …" (node, pid, thread and its
// id), and MPICH's and Intel MPI's Hydra "[mpiexec@login01] …", "[proxy:0:0@node02] …" (a role
// at the node). A bracket that holds a thread and a number, or a Java object's name and its
// hash ("[Server@5e9f23b4]", HSQLDB's), names no machine.

// launcherHost returns the node named by the bracket that opens line, or an empty span.
func launcherHost(line []byte) Span {
	close := bytes.IndexByte(line[:min(len(line), 96)], ']')
	if byteAt(line, 0) != '[' || close < 3 || byteAt(line, close+1) != ' ' {
		return Span{}
	}
	in := line[1:close]
	if at := bytes.IndexByte(in, '@'); at > 0 {
		role, node := in[:at], in[at+1:]
		name, _, _ := bytes.Cut(role, []byte(":"))
		if !isLowerWord(name) || !digitFields(role[len(name):]) || !nodeName(node) || hexWord(node) {
			return Span{}
		}
		return Span{int32(2 + at), int32(close)}
	}
	colon := bytes.IndexByte(in, ':')
	if colon < 1 || !nodeName(in[:colon]) {
		return Span{}
	}
	pid, _, _ := bytes.Cut(in[colon+1:], []byte(":"))
	if len(pid) < 3 || !digitsOnly(pid) || !digitFields(in[colon+1+len(pid):]) {
		return Span{}
	}
	return Span{1, int32(1 + colon)}
}

// rayPrefix reads the prefix Ray's driver puts before each line it relays from a task, an actor
// or a raylet: "(load_shard pid=4412, ip=10.0.0.17) …", "(raylet, ip=10.0.0.18) …", "(pid=812) …".
// It reports whether line opens with one, and the node the ip names (empty on the driver's own
// node, where Ray leaves the ip out).
func rayPrefix(line []byte) (host Span, ok bool) {
	close := bytes.IndexByte(line[:min(len(line), 128)], ')')
	if byteAt(line, 0) != '(' || close < 5 || byteAt(line, close+1) != ' ' {
		return Span{}, false
	}
	in := line[1:close]
	name, rest, _ := bytes.Cut(in, []byte(", "))
	if sp := bytes.LastIndexByte(name, ' '); sp >= 0 {
		if sp == 0 || !hasPrefixAt(name, sp+1, "pid=") || !digitsOnly(name[sp+5:]) || len(name) == sp+5 {
			return Span{}, false
		}
		name = name[:sp] // the task's or actor's name before its pid
	} else if hasPrefixAt(name, 0, "pid=") {
		if !digitsOnly(name[4:]) || len(name) == 4 {
			return Span{}, false
		}
		name = nil
	} else if string(name) != "raylet" && string(name) != "gcs_server" {
		return Span{}, false
	}
	for _, c := range name {
		if !isAlnum(c) && c != '_' && c != '.' && c != '-' && c != ':' {
			return Span{}, false // (a sentence in parentheses)
		}
	}
	if len(rest) == 0 {
		return Span{}, name == nil || bytes.IndexByte(in, '=') > 0
	}
	if !hasPrefixAt(rest, 0, "ip=") || !hostLike(rest[3:]) || len(rest) == 3 {
		return Span{}, false
	}
	start := 1 + len(in) - len(rest) + 3
	return Span{int32(start), int32(close)}, true
}

// digitFields reports whether w is empty or a run of ":digits" fields.
func digitFields(w []byte) bool {
	for len(w) > 0 {
		if w[0] != ':' {
			return false
		}
		w = w[1:]
		k := 0
		for k < len(w) && isDigit(w[k]) {
			k++
		}
		if k == 0 {
			return false
		}
		w = w[k:]
	}
	return true
}

// rowHost returns the host of a row whose fields are split by tabs or bars, the time in the
// first: the field after the time, when it is a machine's name and more fields follow it
// (Vespa's "1795938076.412345\tvespa-content-01\t4120/4188\t…", TorQ's "…|tq-rdb01|rdb|…").
func rowHost(line []byte, msg int) Span {
	if byteAt(line, msg) == ';' {
		return pbsHost(line, msg) // PBS's "…;0100;Server@pbs01;Job;…"
	}
	sep := line[msg-1]
	if sep != '\t' && sep != '|' || bytes.IndexByte(line[:msg-1], sep) >= 0 {
		return Span{}
	}
	e := indexByteFrom(line, sep, msg)
	if e < 0 || bytes.Count(line[e:min(len(line), e+200)], []byte{sep}) < 2 {
		return Span{}
	}
	w := line[msg:e]
	if !lowerHostName(w) {
		return Span{}
	}
	if ne := indexByteFrom(line, sep, e+1); ne > e+1 && bytes.IndexByte(line[e+1:ne], '.') > 0 && hostLike(line[e+1:ne]) && !bytes.ContainsAny(w, "0123456789.") {
		// A machine's name in the next field: the first is an event's, as Orchestrator's audit
		// log writes "begin-maintenance<TAB>db-orders-3.dc1.example.net<TAB>3306".
		return Span{}
	}
	return Span{int32(msg), int32(e)}
}

// lowerHostName reports whether w is a machine's name as clusters name their nodes: lower-case
// letters first, then letters, digits, dashes and dots, with a digit or a dash among them.
func lowerHostName(w []byte) bool {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	mark := false
	for _, c := range w {
		switch {
		case isDigit(c) || c == '-':
			mark = true
		case c >= 'a' && c <= 'z' || c == '.':
		default:
			return false
		}
	}
	return mark
}

// launcherRecord gives rec the host and, when it has none, the level of an NCCL line's prefix (see
// ncclPrefix), or the host an MPI launcher tags a rank's untimed line with (see rankHost).
func launcherRecord(line []byte, rec *Record) {
	at := afterBracketedTime(line, *rec)
	if rec.Time == 0 && at == 0 {
		at = srunLabel(line) // srun --label's task number first: "5: gpu018:51921:52040 [1] … NCCL WARN …"
	}
	if h, lvl, ok := ncclPrefix(line, at); ok {
		rec.Host = h
		if rec.Level == Unknown {
			rec.Level = lvl
		}
	} else if rec.Time == 0 && byteAt(line, 0) == '[' {
		rec.Host = rankHost(line)
	}
}

// rankHost reads the node an MPI launcher names in the tag it puts before a rank's line: PRRTE's
// (Open MPI 5) --output tag,detailed "[28761,0][cn0412:48211]<stdout>: …", Intel MPI's
// "[0#48211@cn0412] MPI startup(): …". It returns an empty span for any other line.
func rankHost(line []byte) Span {
	c := indexByteFrom(line[:min(len(line), 32)], ']', 1)
	if c < 0 {
		return Span{}
	}
	tag := line[1:c]
	if hash, at := bytes.IndexByte(tag, '#'), bytes.IndexByte(tag, '@'); hash > 0 && at > hash {
		// "[rank#pid@host]": numbers before the host
		if h := tag[at+1:]; digitsOnly(tag[:hash]) && digitsOnly(tag[hash+1:at]) && hostName(h) && hostLike(h) {
			return Span{int32(at + 2), int32(c)}
		}
		return Span{}
	}
	comma := bytes.IndexByte(tag, ',')
	if byteAt(line, c+1) != '[' || comma <= 0 || !digitsOnly(tag[:comma]) || !digitsOnly(tag[comma+1:]) {
		return Span{}
	}
	e := indexByteFrom(line[:min(len(line), c+72)], ']', c+2)
	colon := indexByteFrom(line[:max(e, 0)], ':', c+2)
	if e < 0 || colon < 0 || !digitsOnly(line[colon+1:e]) || !hasPrefixAt(line, e+1, "<std") {
		return Span{}
	}
	if h := line[c+2 : colon]; hostLike(h) && hasLetter(h) {
		return Span{int32(c + 2), int32(colon)} // "[job,rank][host:pid]<stdout>:"
	}
	return Span{}
}

// srunLabel is where a line's text starts after the task number srun --label writes before it
// ("5: "), or 0.
func srunLabel(line []byte) int {
	i := skipBlanks(line, 0)
	_, n := digitRun(line, i)
	if n == 0 || n > 5 || byteAt(line, i+n) != ':' || byteAt(line, i+n+1) != ' ' {
		return 0
	}
	return i + n + 2
}

// ncclLine reports whether line, untimed, opens with NCCL's prefix (see ncclPrefix).
func ncclLine(line []byte) bool {
	_, _, ok := ncclPrefix(line, 0)
	return ok
}

// afterBracketedTime is where the words after a timed line's bracketed time start, where a layout
// may have read them as its header ("[2026-11-29 07:44:52] gpu-a07:30206:30412 [3] …"); the
// message's start for any other line.
func afterBracketedTime(line []byte, rec Record) int {
	if rec.Time != 0 && byteAt(line, 0) == '[' {
		if k := bytes.Index(line[:min(len(line), 48)], []byte("] ")); k > 0 {
			return k + 2
		}
	}
	return int(rec.Message.Start)
}

// ncclPrefix reads the prefix NCCL writes before each of its debug lines, at line[i]: the host,
// its pid and thread, the rank in brackets, maybe the source's file and line, then NCCL and its
// level ("gpu-a07:30206:30391 [3] NCCL INFO …", "gpu-a08:41120:41201 [0] misc/socket.cc:484 NCCL
// WARN …"). It returns the host's span and the level.
func ncclPrefix(line []byte, i int) (Span, Level, bool) {
	if !isAlphaAt(line, i) {
		return Span{}, Unknown, false // most lines
	}
	e := i
	for e < len(line) && e-i < 64 && (isAlnum(line[e]) || line[e] == '-' || line[e] == '_') {
		e++ // NCCL cuts the host's name at its first dot
	}
	if byteAt(line, e) != ':' || !hostName(line[i:e]) {
		return Span{}, Unknown, false // most words end otherwise; "main:123:456 …" names no machine
	}
	p := e
	for n := 0; n < 2; n++ { // ":pid:tid"
		if byteAt(line, p) != ':' || !isDigitAt(line, p+1) {
			return Span{}, Unknown, false
		}
		_, d := digitRun(line, p+1)
		p += 1 + d
	}
	if !hasPrefixAt(line, p, " [") {
		return Span{}, Unknown, false
	}
	r := indexByteFrom(line[:min(len(line), p+8)], ']', p+2)
	if r < 0 || !digitsOnly(line[p+2:r]) {
		return Span{}, Unknown, false
	}
	k := skipBlanks(line, r+1)
	if !hasPrefixAt(line, k, "NCCL ") {
		// a source's file and line first: "misc/socket.cc:484 NCCL WARN"
		_, fe := nextToken(line, k)
		k = skipBlanks(line, fe)
		if !hasPrefixAt(line, k, "NCCL ") {
			return Span{}, Unknown, false
		}
	}
	ls, le := nextToken(line, k+len("NCCL "))
	lvl, ok := ParseLevel(line[ls:le])
	if !ok || !isUpperWord(line[ls:le]) {
		return Span{}, Unknown, false
	}
	return Span{int32(i), int32(e)}, lvl, true
}

// pbsHost is the machine PBS names in the third field of its server's and scheduler's log lines,
// after the time and the event's hexadecimal code: "11/29/2026 07:41:16;0100;Server@pbs01;Job;…".
// msg is where the fields start, at the semicolon after the time.
func pbsHost(line []byte, msg int) Span {
	if byteAt(line, msg) != ';' || byteAt(line, msg+5) != ';' {
		return Span{}
	}
	for _, c := range line[msg+1 : msg+5] {
		if hexDigit(c) > 15 {
			return Span{}
		}
	}
	end := indexByteFrom(line[:min(len(line), msg+80)], ';', msg+6)
	at := indexByteFrom(line[:max(end, 0)], '@', msg+6)
	if end < 0 || at < msg+7 || !isAlpha(line[msg+6]) || !machineName(line[at+1:end]) {
		return Span{}
	}
	return Span{int32(at + 1), int32(end)}
}

// lowerLetters are the letters a NetBIOS name in capitals has none of; upperLetters those a
// parallel shell's node names have none of.
const (
	lowerLetters = "abcdefghijklmnopqrstuvwxyz"
	upperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

// computerBeforeLevel returns the Windows computer's name NXLog's raw event writes between the
// time and the severity, before the event's id at line[msg:]: "2026-11-29 07:41:16 WIN-DC01 INFO
// 7036 The Windows Update service …". The name is NetBIOS's, in capitals with a digit or a dash,
// at most fifteen, right after NXLog's "YYYY-MM-DD hh:mm:ss"; the severity one of NXLog's names;
// the message after the id capitalized, as Windows writes it. A thread's name ("pool-1") is in
// lower case, and a shorter level name ("WARN") is another layout's.
func computerBeforeLevel(line []byte, msg int) Span {
	le := msg - 1
	for le > 0 && line[le-1] == ' ' {
		le--
	}
	if le < 1 {
		return Span{}
	}
	ls := bytes.LastIndexByte(line[:le], ' ') + 1
	if ls < 2 {
		return Span{}
	}
	switch string(line[ls:le]) {
	case "INFO", "WARNING", "ERROR", "CRITICAL", "DEBUG": // NXLog's names of Windows' levels
	default:
		return Span{}
	}
	he := ls - 1
	hs := bytes.LastIndexByte(line[:he], ' ') + 1
	if hs != len("2026-11-29 07:41:16 ") || byteAt(line, 4) != '-' || byteAt(line, 13) != ':' || !isUpperAt(line, hs) || he-hs < 2 || he-hs > 15 || !isUpperAt(line, msg+bytes.IndexByte(line[msg:], ' ')+1) {
		return Span{} // NXLog's own time, the host right after it; a Windows message opens with a capital
	}
	if name := line[hs:he]; !nodeName(name) || bytes.ContainsAny(name, lowerLetters) {
		return Span{}
	}
	return Span{int32(hs), int32(he)}
}

// counterPathHost returns the computer a Windows performance counter's path names, the message at
// line[msg:] opening with it after the sample's time and ending with the colon before its value,
// as Get-Counter prints a sample: "\\SQL-PRD-03\processor(_total)\% processor time :". A
// share's path ("\\fs01\share\x opened") names a file server, no host of the record's.
func counterPathHost(line []byte, msg int) Span {
	if !hasPrefixAt(line, msg, `\\`) || !bytes.HasSuffix(bytes.TrimRight(line, " \r"), []byte(" :")) {
		return Span{}
	}
	hs := msg + 2
	he := hs
	for he < len(line) && he-hs <= 63 && (isAlnum(line[he]) || line[he] == '-' || line[he] == '.' || line[he] == '_') {
		he++
	}
	if he-hs < 2 || byteAt(line, he) != '\\' || !isAlpha(line[hs]) || !isAlphaAt(line, he+1) {
		return Span{}
	}
	return Span{int32(hs), int32(he)}
}

// bracketedComponent returns a Cray node's component name in the bracket right after a bracketed
// time, as the SMW's console log writes each node's line: "[2026-11-29 07:41:16][c1-0c2s0n0]<…>".
func bracketedComponent(line []byte) Span {
	close := bytes.IndexByte(line[:min(len(line), 48)], ']')
	if close < 0 || byteAt(line, close+1) != '[' {
		return Span{}
	}
	s := close + 2
	e := indexByteFrom(line[:min(len(line), s+32)], ']', s)
	if e < 0 || !crayComponent(line[s:e]) {
		return Span{}
	}
	return Span{int32(s), int32(e)}
}

// crayComponent reports whether w is a Cray component's name down to a node: an XC cname,
// "c1-0c2s0n0" (cabinet, chassis, slot, node), or an EX xname, "x1000c0s0b0n0".
func crayComponent(w []byte) bool {
	var buf [16]byte
	shape := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if !isAlpha(c) && c != '-' || len(shape) == len(buf) {
			return false
		}
		_, n := digitRun(w, i+1)
		if n == 0 {
			return false
		}
		shape = append(shape, c)
		i += 1 + n
	}
	switch string(shape) {
	case "c-csn", "xcsbn":
		return true
	}
	return false
}
