package parse

import "bytes"

// The file name and line number grep writes before each line it found, when it searched several
// files or was asked for numbers (grep -H, -r, -n, zgrep over a log folder and its rotations):
// "/var/log/auth.log.1:Nov 29 …", "/var/log/nginx/error.log:1412:2026/11/29 …", a context
// line's "4118-2026-11-29 …" beside a match's "4119:2026-11-29 …". What follows is the logged
// line, read as the file holds it (see prefixSpan).

// maxGrepPath bounds the file name looked for before grep's colon.
const maxGrepPath = 200

// grepPrefix returns where a line's text starts behind grep's file name and line number, or 0.
// The name is a log's (in a folder named log, or named .log, syslog or messages, rotated or
// compressed), and the text follows the colon without a blank; a bare line number counts when
// the text behind it opens with an ISO date, as grep -n's lines of one log do. Windows' findstr
// and Select-String write the same with a drive's path ("C:\inetpub\logs\…\u_ex261129.log:1412:"),
// Select-String -Context its match behind "> " and its context behind two blanks.
func grepPrefix(line []byte) int {
	k := 0
	if (hasPrefixAt(line, 0, "> ") || hasPrefixAt(line, 0, "  ")) && drivePath(line, 2) {
		k = 2
	}
	switch c := byteAt(line, k); {
	case isAlpha(c) && !drivePath(line, k):
		// A bare file name, grep run in the log's folder: "auth.log.1:Nov 29 …", findstr's
		// "MSGTRK2026112907-1.LOG:2026-…". Any other word before a colon is the line's own.
		// The name's letters are looked at up to the first that no file name has: most lines
		// stop at once ("level=", "Starting ").
		c := k
		for c < len(line) && c-k < maxGrepPath && (isAlnum(line[c]) || line[c] == '.' || line[c] == '_' || line[c] == '-') {
			c++
		}
		if byteAt(line, c) == ':' && c >= k+3 && logName(line[k:c]) && byteAt(line, c+1) != ' ' && c+1 < len(line) {
			k = c + 1
		}
	case c == '/' || c == '.' || drivePath(line, k):
		from := k
		if drivePath(line, k) {
			from = k + 2 // past the drive's own colon
		}
		c := indexByteFrom(line[:min(len(line), k+maxGrepPath)], ':', from)
		if c < k+2 || !logPath(line[k:c], from > k) || byteAt(line, c+1) == ' ' || c+1 >= len(line) {
			return 0
		}
		k = c + 1
	}
	if n := lineNumber(line[k:]); n > 0 && (k > 0 || isoDateAt(line, k+n)) {
		k += n
	}
	return k
}

// drivePath reports whether a Windows path opens at line[i]: "C:\".
func drivePath(line []byte, i int) bool {
	return isAlpha(byteAt(line, i)) && byteAt(line, i+1) == ':' && byteAt(line, i+2) == '\\'
}

// lineNumber returns the length of grep's line number and the colon (a match) or dash (a
// context line) after it at the start of b, or 0.
func lineNumber(b []byte) int {
	_, n := digitRun(b, 0)
	if n == 0 || n > 9 || byteAt(b, n) != ':' && byteAt(b, n) != '-' {
		return 0
	}
	return n + 1
}

// isoDateAt reports whether b holds an ISO date at i: "2026-11-29".
func isoDateAt(b []byte, i int) bool {
	return len(b) >= i+10 && digitsOnly(b[i:i+4]) && b[i+4] == '-' && digitsOnly(b[i+5:i+7]) && b[i+7] == '-' && digitsOnly(b[i+8:i+10])
}

// logName reports whether a bare file name is a log's: ".log" in it in any case, a log's
// copy (netlogon.bak, pfirewall.log.old), or named syslog or messages; no blank and no folder.
func logName(name []byte) bool {
	for _, c := range name {
		if c == ' ' || c == '/' || c == '\\' || c == '\t' {
			return false
		}
	}
	if bytes.HasPrefix(name, []byte("syslog")) || bytes.HasPrefix(name, []byte("messages")) {
		return true
	}
	copied := hasSuffixFold(name, ".bak") || hasSuffixFold(name, ".old")
	for i := 0; i+3 <= len(name); i++ {
		if name[i]|0x20 == 'l' && name[i+1]|0x20 == 'o' && name[i+2]|0x20 == 'g' && (copied || i > 0 && name[i-1] == '.') {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether b ends with the lower-case ASCII suffix, in any case.
func hasSuffixFold(b []byte, suffix string) bool {
	if len(b) < len(suffix) {
		return false
	}
	for i := range len(suffix) {
		if b[len(b)-len(suffix)+i]|0x20 != suffix[i] {
			return false
		}
	}
	return true
}

// logPath reports whether a file name is a log's: in a log folder, or named so. A Windows path
// may hold blanks ("C:\Program Files\…\MSSQL\Log\ERRORLOG") and is read without case.
func logPath(p []byte, windows bool) bool {
	if windows {
		p = bytes.ToLower(bytes.ReplaceAll(p, []byte{'\\'}, []byte{'/'}))
	} else if bytes.IndexByte(p, ' ') >= 0 {
		return false
	}
	if bytes.Contains(p, []byte("/log/")) || bytes.Contains(p, []byte("/logs/")) || bytes.Contains(p, []byte("/logfiles/")) {
		return true
	}
	name := p[bytes.LastIndexByte(p, '/')+1:]
	return bytes.Contains(name, []byte(".log")) || bytes.HasPrefix(name, []byte("syslog")) || bytes.HasPrefix(name, []byte("messages"))
}

// toolNote reports whether line is a shell tool's own line among the log lines it printed, a
// record of its own whatever is above it: grep's note on a compressed or binary file ("grep:
// /var/log/syslog.2.gz: binary file matches", "Binary file … matches"), tail's header before each
// file's lines ("==> /var/log/nginx/error.log <=="), systemctl status's closing hint.
func toolNote(line []byte) bool {
	switch line[0] {
	case 'g', 'z':
		return hasPrefixAt(line, 0, "grep: ") || hasPrefixAt(line, 0, "zgrep: ")
	case 't':
		return hasPrefixAt(line, 0, "tail: ") // -F's notes: "tail: '…' has appeared;  following new file", "…: file truncated"
	case 'B':
		return hasPrefixAt(line, 0, "Binary file ") && bytes.HasSuffix(line, []byte(" matches"))
	case '=':
		return hasPrefixAt(line, 0, "==> ") && bytes.HasSuffix(line, []byte(" <=="))
	case 'H':
		return hasPrefixAt(line, 0, "Hint: Some lines were ellipsized")
	case 'p':
		return pdshNote(line)
	case '(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'E':
		return resultEnd(line)
	}
	return false
}

// pdshNote reports whether line is pdsh's own, about a remote command it ran: "pdsh@gpu-a07:
// gpu-a08: ssh exited with exit code 1", not a line the remote command wrote.
func pdshNote(line []byte) bool { return pdshHost(line).End > 0 }

// pdshHost is the span of the machine pdsh ran on, in its own line ("pdsh@gpu-a07: …").
func pdshHost(line []byte) Span {
	if !hasPrefixAt(line, 0, "pdsh@") {
		return Span{}
	}
	k := bytes.IndexByte(line[:min(len(line), 80)], ':')
	if k <= len("pdsh@") || byteAt(line, k+1) != ' ' || !hostName(line[len("pdsh@"):k]) {
		return Span{}
	}
	return Span{int32(len("pdsh@")), int32(k)}
}

// ansibleHost is the span of the machine an ad-hoc command's result names before its status:
// "web-01 | SUCCESS => {", "db-02 | FAILED! => {", "web-02 | CHANGED | rc=0 >>",
// "db-02 | FAILED | rc=3 >>".
func ansibleHost(line []byte) Span {
	_, e := nextToken(line, 0)
	if e == 0 || !hasPrefixAt(line, e, " | ") || !machineName(line[:e]) {
		return Span{}
	}
	for _, status := range [...]string{"SUCCESS ", "CHANGED ", "FAILED! ", "FAILED ", "UNREACHABLE! ", "SKIPPED "} {
		if rest := e + 3 + len(status); hasPrefixAt(line, e+3, status) && (hasPrefixAt(line, rest, "=> ") || hasPrefixAt(line, rest, "| rc=")) {
			return Span{0, int32(e)}
		}
	}
	return Span{}
}
