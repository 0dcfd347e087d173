package parse

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
)

// Helpers for finding severity words in free text. A lone English word such as "error" in the
// middle of a sentence says little about the line's severity, so outside a fixed position a word
// counts only when it is written the way loggers write levels: upper case (ERROR), wrapped
// ([warn], <E>, (info)), followed by a colon (error:) or spelled as level=info.

// nextToken returns the bounds of the next run of non-blank bytes at or after i.
func nextToken(b []byte, i int) (start, end int) {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	start = i
	// Eight bytes at a time: every rule reads words, and most words are longer than a few bytes.
	for ; i+8 <= len(b); i += 8 {
		if m := blankBits(binary.LittleEndian.Uint64(b[i:])); m != 0 {
			return start, i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(b) && b[i] != ' ' && b[i] != '\t' {
		i++
	}
	return start, i
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// blankBits sets the high bit of the lowest byte of x that is a blank or a tab (bytes above it may
// be set too): a zero byte of x^blank borrows in the subtraction, and no byte below it does.
func blankBits(x uint64) uint64 {
	s, t := x^(' '*lowBits), x^('\t'*lowBits)
	return ((s-lowBits)&^s | (t-lowBits)&^t) & highBits
}

// indexTwoSpaces returns the index of the first two spaces in a row in b, or -1. A padded column's
// gap is looked for on every timed line without a level, so it is found eight bytes at a time:
// a pair inside a word, or across two words when the last byte of one is a space.
func indexTwoSpaces(b []byte) int {
	last := false // the previous word's last byte was a space
	i := 0
	for ; i+8 <= len(b); i += 8 {
		m := spaceBytes(binary.LittleEndian.Uint64(b[i:]))
		if last && m&0x80 != 0 {
			return i - 1
		}
		if pair := m & (m >> 8); pair != 0 {
			return i + bits.TrailingZeros64(pair)>>3
		}
		last = m>>63 != 0
	}
	if last && i < len(b) && b[i] == ' ' {
		return i - 1
	}
	for ; i+1 < len(b); i++ {
		if b[i] == ' ' && b[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// spaceBytes sets the high bit of exactly the bytes of x that are spaces: unlike blankBits, no
// other byte, since two masks are combined.
func spaceBytes(x uint64) uint64 {
	const low7 = ^uint64(highBits)
	s := x ^ (' ' * lowBits)
	return ^((s&low7 + low7) | s) & highBits
}

func skipBlanks(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// htslibLevel reads the letter that opens a bracket before a function's name and two colons, as
// htslib's hts_log and the aligners of its author write their messages to stderr: "[E::hts_open]
// Failed to open …", "[M::mem_process_seqs] Processed …" (M, a message, is their informational
// tier), minimap2's "[M::mm_idx_gen::1.412*1.63] …".
func htslibLevel(tok []byte) (Level, bool) {
	if len(tok) < 6 || tok[0] != '[' || tok[2] != ':' || tok[3] != ':' || tok[len(tok)-1] != ']' || !(tok[4] >= 'a' && tok[4] <= 'z' || tok[4] == '_') {
		return Unknown, false // (a C function's name in lower case: "[D::Bus::Connection]" is C++'s scope)
	}
	name := tok[4 : len(tok)-1]
	if k := bytes.Index(name, []byte("::")); hasUpper(name) || k >= 0 && !isDigitAt(name, k+2) {
		return Unknown, false // (minimap2's second "::" holds its times: "[M::mm_idx_gen::1.412*1.63]")
	}
	if tok[1] == 'M' {
		return Info, true
	}
	return alphabetLevel(tok[1], "EWIDT")
}

// leptonicaLevel reads the level word that opens Leptonica's messages, before "in", the function's
// name and a colon (its L_ERROR, L_WARNING and L_INFO, on tesseract's stderr): "Error in pixRead:
// pix not read", "Warning in pixReadMemTiff: …".
func leptonicaLevel(b []byte, s, e int) (Level, bool) {
	if !hasPrefixAt(b, e, " in ") {
		return Unknown, false
	}
	ns, ne := nextToken(b, e+4)
	if ne-ns < 3 || b[ne-1] != ':' || !identifier(b[ns:ne-1]) {
		return Unknown, false
	}
	switch string(b[s:e]) {
	case "Error":
		return Error, true
	case "Warning":
		return Warn, true
	case "Info":
		return Info, true
	}
	return Unknown, false
}

// levelToken reads tok as a level word. strict is the mode for positions where prose may appear:
// then the word must be upper case, wrapped, colon-suffixed or prefixed with level=. Single letters
// (the <E> style) count only when wrapped.
func levelToken(tok []byte, strict bool) (Level, bool) {
	if len(tok) < 1 || len(tok) > 20 && !longApacheModule(tok, strict) && !longComponentLevel(tok) && (tok[0] < 0x80 || len(tok) > maxTranslatedLevel+2) {
		return Unknown, false // (a word in another script is longer in bytes: "ПРЕДУПРЕЖДЕНИЕ:")
	}
	marked := false
	if n := len(tok); n > 2 && tok[n-1] == ':' {
		tok, marked = tok[:n-1], true // "C:" is a drive, not a level: one letter needs brackets
	} else if n > 4 && tok[n-1] == ',' && isAlpha(tok[n-2]) {
		tok = tok[:n-1] // OpenZWave's "Info, Node005, …": a comma closes the word, marking nothing
	}
	colon, angled, bracketed := marked, false, false
	if n := len(tok); n > 2 {
		open, close := tok[0], tok[n-1]
		angled = open == '<' && close == '>'
		bracketed = open == '[' && close == ']'
		if open == '(' && n == 3 {
			return Unknown, false // "(a)", "(C)", "(i)": an enumeration or a copyright sign in prose
		}
		if lvl, ok := bracedLevel(tok); ok && !strict {
			return lvl, true
		}
		if (open == '[' && close == ']') || (open == '<' && close == '>') || (open == '(' && close == ')') {
			tok, marked = tok[1:n-1], true
			if m := len(tok); open == '[' && m == 4 && tok[3] == '.' {
				tok = tok[:3] // Fujitsu's job manager pads its level to four with a period: "[ERR.]"
			}
			if k := levelBeforeComponent(tok); open == '[' && k > 0 && !strict {
				tok = tok[:k] // a level and its component: SeisComP's "[info/Application]", iFit's "[Trace:FitPro]"
			} else if k := bytes.LastIndexByte(tok, ':'); open == '[' && k >= 0 && !strict {
				tok = tok[k+1:] // Apache's [module:level], right after the time
			} else if k := bytes.IndexByte(tok, ':'); open == '(' && k > 2 && isLowerWord(tok[:k]) && colon {
				tok = tok[:k] // netatalk's "(info:UAMS):", the level first, then the colon after it
			}
		}
	}
	// "level=info" reads its value. Any other word with a '=' is no level, which ParseLevel's
	// letters tell below, so the pair is looked for only in the words its keys start.
	if c := byteAt(tok, 0); c == 'l' || c == 'L' || c == 's' {
		if k := indexEq(tok); k > 0 {
			switch string(tok[:k]) {
			case "level", "lvl", "severity", "LEVEL", "Level":
				if len(tok)-k-1 == 1 && isAlpha(tok[k+1]) {
					return Unknown, false // Bacula's job level, "Level=F" for a full backup, "Level=I"
				}
				tok, marked = tok[k+1:], true
			default:
				return Unknown, false
			}
		}
	}
	if k := numberedLevel(tok); k > 0 && bracketed && (k == 1 || lowerLevelName(tok[:k])) {
		// A level and its number in parentheses, in a bracket of its own: Metasploit's "[e(0)]",
		// "[d(3)]". Outside one it is a manual's section or a call ("syslog(3)", "error(2)"), and
		// a capitalized word a sentence's ("[Note(1)]").
		tok = tok[:k]
	}
	if len(tok) == 0 {
		return Unknown, false
	}
	if len(tok) == 1 && !marked {
		return Unknown, false
	}
	if strict && !marked && !isUpperWord(tok) {
		if tl, ok := translatedWord(tok); ok && tl.caps {
			return tl.level, true // a translation in capitals or in a script without case: "ОШИБКА", "信息"
		}
		return Unknown, false
	}
	if !marked && (string(tok) == "Not" || string(tok) == "Note") {
		return Unknown, false // a sentence's first word ("Not a paid data plan"); NOT and [Note] are levels
	}
	if string(tok) == "LOG" {
		return Info, true // PostgreSQL's, PgBouncer's and pgloader's LOG, in capitals
	}
	if marked {
		if lvl, ok := arubaLevel(tok); ok && angled {
			return lvl, true
		}
		if angled && colon {
			if lvl, ok := appleLevel(tok); ok {
				return lvl, true // an Apple device's log relayed: "<Fault>:", pymobiledevice3's "<FAULT>:"
			}
		}
		if string(tok) == "fail" {
			return Error, true // .NET's console logger: "fail: Microsoft.AspNetCore…"
		}
		if len(tok) == 6 && bytes.EqualFold(tok[:5], []byte("debug")) && tok[5] >= '1' && tok[5] <= '5' {
			return Debug, true // PostgreSQL's DEBUG1: to DEBUG5:, OpenSSH's debug1: to debug3:
		}
		if len(tok) == 6 && string(tok[:5]) == "trace" && tok[5] >= '1' && tok[5] <= '8' {
			return Trace, true // Apache httpd's trace1 to trace8: "[rewrite:trace3]"
		}
		if bracketed && string(tok) == "LIFECYCLE" {
			return Notice, true // Gradle's level between info and warning: "[LIFECYCLE]"
		}
		if colon && !strict && string(tok) == "NOTIFY" {
			return Notice, true // racoon's (ipsec-tools') notice in its own file, "2026-11-29 07:41:16: NOTIFY: …"
		}
		if bracketed && string(tok) == "NTC" {
			return Notice, true // motion's "[NTC]" beside its "[INF]"; unbracketed, NTC is a thermistor
		}
	}
	return ParseLevel(tok)
}

// fullwidthColonLevel reads a level word in a script without case glued to the text after it by a
// full-width colon, as programs translated to Chinese or Japanese write it ("警告：您似乎克隆了一个空仓库。",
// "致命错误：…"): the level and where the colon ends, within the token at b[s:e].
func fullwidthColonLevel(b []byte, s, e int) (Level, int, bool) {
	k := bytes.Index(b[s:min(e, s+maxTranslatedLevel+3)], []byte("\uFF1A"))
	if k <= 0 {
		return Unknown, 0, false
	}
	tl, ok := translatedWord(b[s : s+k])
	if !ok || !tl.caps || tl.level == Info || isDigitAt(b, s+k+3) {
		return Unknown, 0, false // 信息 is also a message's word; "错误：0 个，警告：3 个" counts them
	}
	return tl.level, s + k + 3, true
}

// levelBeforeComponent returns where a level's whole name ends in a bracket's text that joins it
// to a component's name by a colon or a slash ("info/Application", "Trace:FitPro"), 0 when the text
// is none: the component a capitalized name of letters, as a class's or a subsystem's is, and no
// level's ("[Error/Warning] counts") or platform's ("[Debug/Win32]"). It is read as a header's
// first word only (see levelToken's strict), where a message does not quote it.
func levelBeforeComponent(tok []byte) int {
	k := bytes.IndexAny(tok, ":/")
	if k < 4 || k+2 >= len(tok) || tok[k+1] < 'A' || tok[k+1] > 'Z' || !isAlphaWord(tok[k+1:]) {
		return 0
	}
	if _, ok := fullLevelName(tok[:k]); !ok {
		return 0
	}
	if _, ok := ParseLevel(tok[k+1:]); ok {
		return 0
	}
	return k
}

// longComponentLevel reports whether tok is a level and its component in brackets, the
// component's name too long for the other level words' limit: "[warning/RecordStream]".
func longComponentLevel(tok []byte) bool {
	n := len(tok)
	return n <= 48 && tok[0] == '[' && tok[n-1] == ']' && levelBeforeComponent(tok[1:n-1]) > 0
}

// apacheModuleLevel reads Apache's "[module:level]" as the first word of a syslog message, where
// httpd's ErrorLog syslog: sends its error log: "[proxy_http:error] [pid 4120:tid 139] …".
func apacheModuleLevel(tok []byte) (Level, bool) {
	k := bytes.LastIndexByte(tok, ':')
	if len(tok) < 6 || tok[0] != '[' || tok[len(tok)-1] != ']' || k < 0 || !apacheModule(tok[1:k]) || !isLowerWord(tok[k+1:len(tok)-1]) {
		return Unknown, false
	}
	return levelToken(tok, false)
}

// longApacheModule reports whether tok is Apache's "[module:level]" with a module's name too long
// for the other level words' limit: "[access_compat:error]", "[lbmethod_heartbeat:notice]".
func longApacheModule(tok []byte, strict bool) bool {
	k := bytes.LastIndexByte(tok, ':')
	return !strict && len(tok) <= 48 && tok[0] == '[' && tok[len(tok)-1] == ']' && k > 0 &&
		len(tok)-k <= 10 && apacheModule(tok[1:k])
}

// apacheModule reports whether w is an Apache module's name as its error log writes it before the
// level: lower case, digits and underscores, "proxy_http", "security2", "ssl".
func apacheModule(w []byte) bool {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// daemonTagAfter reports whether the word after line[e] is a routing daemon's name in capitals
// with its colon, as Quagga writes it after the level: "notifications: OSPF: …", "ZEBRA:". A YAML
// key's value ("errors: null", "alerts: []") is none.
func daemonTagAfter(line []byte, e int) bool {
	s, te := nextToken(line, e)
	return te-s >= 3 && line[te-1] == ':' && isUpperWord(line[s:te-1])
}

// ciscoLevel reads the names Cisco and Quagga give the syslog levels where ParseLevel does not
// (it has informational and critical), as Quagga's "log record-priority" writes them before a
// colon as the first word after the time, before the daemon's name: "2026/11/29 07:41:16
// notifications: OSPF: …". Elsewhere a plural is a count ("3 errors generated.", "errors: 0") or a
// key ("alerts:" in a YAML dump).
func ciscoLevel(tok []byte) (Level, bool) {
	switch string(tok) {
	case "debugging":
		return Debug, true
	case "notifications":
		return Notice, true
	case "warnings":
		return Warn, true
	case "errors":
		return Error, true
	case "alerts":
		return Alert, true
	case "emergencies":
		return Emergency, true
	}
	return Unknown, false
}

// markedAfterTime reads the levels that count only as the first word after a time, or as the
// line's first before it: a level between asterisks (Apache Sling's and AEM's "*INFO*",
// PrestaShop's "*WARNING*", NetXMS' letter "*W*"), a sign in a bracket of its own (eksctl's "[ℹ]", "[✖]") and a level
// before a slash and its category (open62541's "warn/server"), and a source and its syslog level
// in a bracket (a NetApp service processor's "[SysFW.notice]:"). Further in they are a message's
// emphasis, a checklist's marks, a word quoted before the line's own "level=", a path.
func markedAfterTime(line []byte, ts, te int) (Level, bool) {
	tok := line[ts:te]
	n := len(tok)
	if n == 2 && tok[1] == ':' {
		return letterColon(line, ts, te)
	}
	if n == 2 && tok[1] == ']' && line[0] == '[' && ts > 1 && line[ts-1] == ' ' && isDigit(line[ts-2]) {
		return alphabetLevel(tok[0], "TDIWEC") // spdlog's %L (C for critical) closing the time's bracket: Mod Organizer 2's "[2026-11-29 07:41:16.204 W] …"
	}
	if n < 3 {
		return Unknown, false
	}
	if lvl, ok := letterBeforeLogger(tok); ok {
		return lvl, true
	}
	if tok[0] == '#' && ts > 0 && isDigit(line[ts-1]) {
		return hashColumnLevel(tok) // glued to the time or its offset, not a tag after a blank
	}
	if tok[0] == '-' && ts > 0 && isDigit(line[ts-1]) && isUpperWord(tok[1:]) && n >= 5 {
		return ParseLevel(tok[1:]) // glued by a dash to the time's fraction: v2rayN's NLog "07:41:16.2193-INFO …"
	}
	if tok[0] == '[' && (tok[n-1] == ']' || n > 3 && tok[n-2] == ']' && tok[n-1] == ':') {
		if lvl, ok := sourceDotLevel(tok[1:bytes.LastIndexByte(tok, ']')]); ok {
			return lvl, true
		}
	}
	inner := tok[1 : n-1]
	if k := bytes.IndexByte(tok, '/'); k >= 4 && k < n-1 && isLowerWord(tok[:k]) && isLowerWord(tok[k+1:]) {
		return ParseLevel(tok[:k]) // open62541's "warn/server", "info/network": the level, then its category
	}
	switch {
	case tok[0] == '*' && tok[n-1] == '*' && n == 3:
		return alphabetLevel(inner[0], "DIWE") // NetXMS' agent and server: "*I*", "*W*", "*E*", "*D*"
	case tok[0] == '*' && tok[n-1] == '*' && isUpperWord(inner):
		return ParseLevel(inner)
	case tok[0] == '[' && tok[n-1] == ']':
		if lvl, size, ok := signName(inner); ok && size == len(inner) {
			return lvl, true
		}
	}
	return Unknown, false
}

// letterColon reads a level's letter and its colon, line[ts:te], before a function's or a
// program's name in lower case and its colon, then a word: libwebsockets' "[2026/11/29
// 07:41:16:5120] N: lws_create_context: …", awesome's "W: awesome: a_glib_poll:498:"; or before the
// program's name in parentheses and a date, CZMQ's "I: (malamute) 26-11-29 07:41:16 …". A letter
// before a number, a plain word or a capitalized label is a reading's or a speaker's: a compass
// point, a drive, an interviewer ("N: 52.5200 E: 13.4050", "D: drive mounted", "I: (laughs) So …").
func letterColon(line []byte, ts, te int) (Level, bool) {
	ns, ne := nextToken(line, te)
	if ne-ns < 3 {
		return Unknown, false
	}
	name := line[ns:ne]
	switch {
	case name[0] == '(' && name[len(name)-1] == ')':
		if ds, _ := nextToken(line, ne); !isDigitAt(line, ds) || !isDigitAt(line, ds+1) || byteAt(line, ds+2) != '-' && byteAt(line, ds+2) != '/' {
			return Unknown, false // (a reading's unit: "W: (west) 13.4")
		}
	case name[len(name)-1] == ':' && cName(name[:len(name)-1]):
		if ws, _ := nextToken(line, ne); isDigitAt(line, ws) {
			return Unknown, false
		}
	default:
		return Unknown, false
	}
	return alphabetLevel(line[ts], "DINWE")
}

// cName reports whether w is a C function's or a program's name in lower case: letters, digits
// and underscores, a letter or an underscore first.
func cName(w []byte) bool { return len(w) >= 2 && identifier(w) && !hasUpper(w) }

// hashColumnLevel reads the severity column of a record whose columns '#' separates, as SAP's Java
// traces write them: after the time and a column of its zone's offset, "2026 11 29
// 07:41:16#+00#ERROR#com.example.Dao##…", or after an offset of the time's own, the Cloud
// Connector's "… 07:41:16,318 +0000#INFO#com.sap.scc…#".
func hashColumnLevel(tok []byte) (Level, bool) {
	col := tok[1:]
	if c := byteAt(col, 0); c == '+' || c == '-' {
		_, n := zone(col, 0) // the offset as readStamp reads it, "+01", "+0100", "+01:00"
		if n == 0 || byteAt(col, n) != '#' {
			return Unknown, false
		}
		col = col[n+1:]
	}
	k := bytes.IndexByte(col, '#')
	if k < 3 || col[0] < 'A' || col[0] > 'Z' {
		return Unknown, false // (SAP writes its severities capitalized; "#note#", "#fine#" are a text's)
	}
	return ParseLevel(col[:k])
}

// letterBeforeLogger reads the severity letter that opens a bracket before the logger's name and
// its colon, as ONNX Runtime's default logger writes them: "[W:onnxruntime:, session_state.cc:1168
// …]", V for verbose.
func letterBeforeLogger(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 6 || tok[0] != '[' || tok[2] != ':' {
		return Unknown, false
	}
	name, comma := bytes.CutSuffix(tok[3:], []byte(","))
	if !comma || len(name) < 3 || name[len(name)-1] != ':' || !isLowerWord(name[:len(name)-1]) {
		return Unknown, false
	}
	return alphabetLevel(tok[1], "VIWEF")
}

// sourceDotLevel reads a bracket that joins where a message comes from and its syslog level
// with a dot, a source's name first: "SysFW.notice", "IPMI.err"; or with no name, MongoDB's
// automation agent's ".warn" beside its "header.info". A dotted logger ends in a word of its
// own, not in a lower-case level name.
func sourceDotLevel(b []byte) (Level, bool) {
	d := bytes.LastIndexByte(b, '.')
	if d < 0 || bytes.IndexByte(b[:d], '.') >= 0 || !isLowerWord(b[d+1:]) || d > 0 && !isAlpha(b[0]) {
		return Unknown, false
	}
	switch string(b[d+1:]) {
	case "emerg", "alert", "crit", "err", "error", "warning", "warn", "notice", "info", "debug":
		return ParseLevel(b[d+1:])
	}
	return Unknown, false
}

// numberedLevel returns where "(n)" starts when tok ends with a number of one or two digits in
// parentheses after letters and digits, or 0.
func numberedLevel(tok []byte) int {
	n := len(tok)
	if n < 4 || tok[n-1] != ')' {
		return 0
	}
	k := bytes.LastIndexByte(tok, '(')
	if k < 1 || n-k-2 < 1 || n-k-2 > 2 || !isAlpha(tok[0]) {
		return 0
	}
	for _, c := range tok[k+1 : n-1] {
		if !isDigit(c) {
			return 0
		}
	}
	for _, c := range tok[:k] {
		if !isAlpha(c) && !isDigit(c) {
			return 0
		}
	}
	return k
}

// lowerLevelName reports whether w is a level's name in lower case, a digit allowed after it
// ("debug2"), and not one of the names prose uses as words.
func lowerLevelName(w []byte) bool {
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || isDigit(c)) {
			return false
		}
	}
	return !proseLevelWord(w)
}

// proseLevelWord reports whether w is one of the aliases ParseLevel knows that prose uses as
// words ("not", "note", "fine", "config", "failure"): a column or a bracket does not take them.
func proseLevelWord(w []byte) bool {
	switch string(w) {
	case "not", "note", "fine", "config", "failure":
		return true
	}
	return false
}

// arubaLevel reads the levels ArubaOS writes in four capitals between angle brackets that are no
// other logger's: "<ERRS>", "<ALER>", "<EMER>" (its CRIT, WARN, NOTI, INFO and DBUG are common).
func arubaLevel(tok []byte) (Level, bool) {
	switch string(tok) {
	case "ERRS":
		return Error, true
	case "ALER":
		return Alert, true
	case "EMER":
		return Emergency, true
	}
	return Unknown, false
}

func indexEq(b []byte) int {
	for i, c := range b {
		if c == '=' {
			return i
		}
	}
	return -1
}

func isUpperWord(b []byte) bool {
	if len(b) < 3 {
		return false
	}
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// negatedState reports whether b[s:e] is NOT before a word in capitals: a state's negation.
func negatedState(b []byte, s, e int) bool {
	if string(b[s:e]) != "NOT" {
		return false
	}
	ns, ne := nextToken(b, e)
	w := bytes.TrimRight(b[ns:ne], ".!,;:")
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true // ("OK": isUpperWord wants three letters)
}

// leadingLevel finds a level among the first n tokens of b from position i, in strict mode, as
// the word before it qualifies it (PHP's "PHP Fatal error:"). It returns the level and the bounds
// of the token that carried it.
func leadingLevel(b []byte, i, n int) (lvl Level, start, end int, ok bool) {
	var prev []byte
	for k := 0; k < n && i < len(b); k++ {
		s, e := nextColumn(b, i)
		if s == e {
			break
		}
		if k > 0 && (string(b[s:e]) == "NOT" || labelledResult(prev, b[s:e])) || k == 0 && negatedState(b, s, e) {
			// Past a line's first word, NOT in capitals is a sentence's emphasis ("startScript
			// NOT found"), not a notice's short name; so it is first before a state in capitals
			// (Quartz.NET's "  NOT STARTED.", "NOT OK").
			prev, i = b[s:e], e
			continue
		}
		if k == 0 && b[s] >= 0x80 {
			if l, le, found := fullwidthColonLevel(b, s, e); found {
				return l, s, le, true // gettext's Chinese messages: "错误：无法推送一些引用到 …"
			}
		}
		if logLabel(b, b[s:e], e) {
			return Unknown, 0, 0, false // a label in capitals: Nagios's "LOG VERSION: 2.0"
		}
		if k > 0 && keyInBrackets(prev, b[s:e]) {
			return Unknown, 0, 0, false // a key a sentence names: OpenWrt's "Press the [f] key …"
		}
		if k > 0 && closingLabel(b, prev, b[s:e], e) {
			return Unknown, 0, 0, false // a heading's label closing the line: "- Certificate[0] info:"
		}
		if k > 0 && s > 0 && b[s-1] == '\t' && b[e-1] == ':' && labelOpens(b) {
			// A field's label in a row of tab-separated "label: value" fields, as Kafka's tools
			// print a partition's: "partition: orders-2<TAB>error: org.apache.kafka…".
			return Unknown, 0, 0, false
		}
		if k == 0 {
			if l, found := firstWordLevel(b, s, e); found {
				return l, s, e, true
			}
		}
		if k == 0 && byteAt(b, e) == ' ' {
			// Xorg's markers as keyszer's logger writes them before its untimed lines: "(--)" its
			// information, "(DD)" its debug, beside the "(WW)" and "(EE)" levelToken reads.
			switch string(b[s:e]) {
			case "(--)":
				return Info, s, e, true
			case "(DD)":
				return Debug, s, e, true
			}
		}
		if k == 1 && string(b[s:e]) == "DEB" && hasPrefixAt(b, e, " - ") && uptimeClock(prev) {
			return Debug, s, e, true // Planetiler's "0:00:00 DEB - argument: …", outside its stages' brackets
		}
		if l, found := numberedDiagnostic(b, s, e); found && (k == 0 || k == 1 && prev[len(prev)-1] == ':') {
			return l, s, e, true // first, or after the program's or the file's name and a colon: "OMP: Warning #190:"
		}
		if l, found := levelToken(b[s:e], true); found && !(l == Trace && bytes.EqualFold(prev, []byte("stack"))) && !(k > 0 && string(b[s:e]) == "information:") {
			// "Stack trace:" heads an exception's frames, and "Build information:", "User
			// information:" a list of details.
			if k > 0 && phraseBefore(prev, b[s:e]) {
				// "Internal Server Error: /orders/", "write error: …": a phrase that names an
				// error, as Django and Go programs write it, with no level of their own.
				return Unknown, 0, 0, false
			}
			return qualifiedLevel(prev, l), s, e, true
		}
		if k == 1 && b[s] == '(' && b[e-1] == ')' && e-s > 2 && isLowerWord(b[s+1:e-1]) && hasPrefixAt(b, e, " - ") {
			n++ // a program's part in parentheses before its dash: Compiz's "compiz (core) - Info: …"
		}
		prev, i = b[s:e], e
	}
	return Unknown, 0, 0, false
}

// firstWordLevel reads the levels that only a line's first word holds: htslib's "[E::name]",
// Leptonica's "Error in fn:", a logger glued to its level ("pyop2:INFO"), and, opening the line,
// HOOMD-blue's "*Warning*:".
func firstWordLevel(b []byte, s, e int) (Level, bool) {
	if l, ok := htslibLevel(b[s:e]); ok {
		return l, true
	}
	if l, ok := leptonicaLevel(b, s, e); ok {
		return l, true
	}
	if l, ok := loggerColonLevel(b[s:e]); ok {
		return l, true
	}
	if s == 0 {
		if l, ok := pidGluedLevel(b[s:e]); ok {
			return l, true
		}
		if string(b[s:e]) == "Fatal" && hasPrefixAt(b, e, " error. ") && isUpperAt(b, e+len(" error. ")) {
			// .NET's runtime dying, as "Fatal error:" says it elsewhere: "Fatal error.
			// System.AccessViolationException: …", "Fatal error. Internal CLR error. (0x80131506)".
			return Critical, true
		}
		return starredLevel(b[s:e])
	}
	return Unknown, false
}

// pidGluedLevel reads a level's three capitals glued to the pid in angle brackets and a colon,
// as EFL's eina_log writes every line of Enlightenment and the other EFL programs:
// "ERR<3127>:ecore ../src/lib/ecore/ecore_anim.c:92 _tick_send() …".
func pidGluedLevel(tok []byte) (Level, bool) {
	if len(tok) < 8 || tok[3] != '<' || !isUpperWord(tok[:3]) {
		return Unknown, false
	}
	_, n := digitRun(tok, 4)
	if n == 0 || byteAt(tok, 4+n) != '>' || byteAt(tok, 5+n) != ':' {
		return Unknown, false
	}
	switch string(tok[:3]) {
	case "CRI":
		return Critical, true
	case "ERR", "WRN", "INF", "DBG":
		return ParseLevel(tok[:3])
	}
	return Unknown, false
}

// bracedLevel reads a level word in capitals in braces, as the Oculus runtime's LibOVR writes it
// after its time: "{INFO}", "{WARNING}". In lower case the braces hold a template's placeholder.
func bracedLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 6 || tok[0] != '{' || tok[n-1] != '}' || !isUpperWord(tok[1:n-1]) {
		return Unknown, false
	}
	return ParseLevel(tok[1 : n-1])
}

// uptimeClock reports whether tok is a clock of hours, minutes and seconds and nothing else, as
// programs that time their lines since their start write it: "0:00:00", "12:41:07".
func uptimeClock(tok []byte) bool {
	return len(tok) >= 7 && len(tok) <= 9 && tok[len(tok)-3] == ':' && tok[len(tok)-6] == ':' && digitsAmong(tok, ':', ':')
}

// loggerColonLevel reads a logger's name in lower case glued by a colon to a level's full name in
// capitals, as Python's "%(name)s:%(levelname)s %(message)s" writes it (Firedrake's
// "firedrake:WARNING Could not …", "pyop2:INFO …").
func loggerColonLevel(tok []byte) (Level, bool) {
	k := bytes.LastIndexByte(tok, ':')
	if k < 2 || k+4 > len(tok) || !isUpperWord(tok[k+1:]) || !isLowerWord(tok[:1]) {
		return Unknown, false
	}
	for _, c := range tok[:k] {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '.') {
			return Unknown, false
		}
	}
	return fullLevelName(tok[k+1:])
}

// starredLevel reads a level's full name between runs of asterisks and a colon, opening a line as
// HOOMD-blue's messenger writes its warnings and errors: "*Warning*: …", "**ERROR**: …"; a name
// between more than one asterisk on each side only in capitals. Between three on each side it
// needs no colon: Open Ephys marks its errors "***ERROR***".
func starredLevel(tok []byte) (Level, bool) {
	w, ok := bytes.CutSuffix(tok, []byte(":"))
	n := 0
	for n < len(w) && n < 3 && w[n] == '*' {
		n++
	}
	if !ok && n < 3 || n == 0 || len(w) < 2*n+4 || bytes.Count(w[len(w)-n:], []byte{'*'}) != n {
		return Unknown, false
	}
	if name := w[n : len(w)-n]; n == 1 || isUpperWord(name) {
		return fullLevelName(name) // (Markdown's bold, "**Warning**: this release drops …", is a document's)
	}
	return Unknown, false
}

// numberedDiagnostic reads a level word followed by its message's number and a colon, as the
// OpenMP runtime ("OMP: Warning #190: …") and Intel's compilers ("warning #177: …") write their
// diagnostics: the number takes the place of the colon that marks the word.
func numberedDiagnostic(b []byte, s, e int) (Level, bool) {
	if e-s < 4 || !isAlpha(b[s]) || byteAt(b, e) != ' ' || byteAt(b, e+1) != '#' {
		return Unknown, false
	}
	_, ne := nextToken(b, e)
	if ne-e < 4 || b[ne-1] != ':' || !digitsOnly(b[e+2:ne-1]) {
		return Unknown, false
	}
	return ParseLevel(b[s:e])
}

// labelledResult reports whether tok, after the word prev, is a result a label names: FAILURE
// after a label's colon is a build's or a check's outcome (Jenkins' "Finished: FAILURE"), not
// the level it spells in a level column (BGL's).
func labelledResult(prev, tok []byte) bool {
	return string(tok) == "FAILURE" && len(prev) > 1 && prev[len(prev)-1] == ':'
}

// labelOpens reports whether b opens with a label, a lower-case word and a colon before a blank.
func labelOpens(b []byte) bool {
	k := bytes.IndexByte(b[:min(len(b), 32)], ':')
	return k > 1 && isLowerWord(b[:k]) && byteAt(b, k+1) == ' '
}

// keyInBrackets reports whether tok, a lower-case letter in brackets after a lower-case word, is a
// key a sentence names ("Press the [f] key", "answer [y] or [n]"), not a level's letter.
func keyInBrackets(prev, tok []byte) bool {
	return len(tok) == 3 && tok[0] == '[' && tok[2] == ']' && tok[1] >= 'a' && tok[1] <= 'z' && len(prev) > 1 && isLowerWord(prev)
}

// phraseBefore reports whether prev, a plain word in lower case or capitalized, makes the level word
// tok after it (not in capitals, with its colon) part of a phrase: "Server Error:", "write
// error:". A qualifier ("Fatal error:"), a word in capitals ("PHP Warning:") and a short prefix
// (Packer's "ui error:") do not.
func phraseBefore(prev, tok []byte) bool {
	n := len(tok)
	if n < 2 || tok[n-1] != ':' || !isAlpha(tok[0]) || isUpperWord(tok[:n-1]) || len(prev) < 3 || !isAlpha(prev[0]) || !isLowerWord(prev[1:]) {
		return false
	}
	if _, isLevel := ParseLevel(prev); isLevel || string(prev) == "Parse" {
		return false // PHP's "Parse error:" is one of its error types
	}
	return true
}

// fieldLabel reports whether a level word with a colon labels a number in a list of fields, as
// SQL Server writes "Error: 18456, Severity: 14, State: 8.": the error's number, not a level.
func fieldLabel(line, tok []byte, e int) bool {
	if len(tok) < 2 || tok[len(tok)-1] != ':' {
		return false
	}
	ns, ne := nextToken(line, e)
	if len(tok) > 3 && tok[len(tok)-2] == 's' && ne > ns && isDigit(line[ns]) {
		return true // a count: "errors: 3 found", "warnings: 2"; Cisco's level names are plural too
	}
	return ne-ns > 1 && line[ne-1] == ',' && numberColumn(line[ns:ne-1])
}

// proseOpening reports whether a plain lower-case level word right after the time opens a
// sentence rather than fills a level column: one blank, then a lower-case word, after the time as
// Go's standard logger writes it, which has no level ("2026/11/29 07:41:19 error with upstream
// request").
// A level the layout writes is marked ("error:", "[error]"), padded to a column's width, or, when
// it is as plain as that, learned as the source's column over its lines (see column.go).
//
// A capitalized level word with a gerund after it opens a sentence too: "Error running
// application handler", "Error connecting to …" after a time and a dash, where the source
// writes no level. A level column that writes "Error" bare puts its message after it in
// capitals or after padding, and once learned it is read as the column (column.go).
func proseOpening(line, tok []byte, e int) bool {
	if byteAt(line, e) != ' ' || !isLowerAt(line, e+1) {
		return false
	}
	if capitalized(tok) {
		_, ne := nextToken(line, e)
		return ne-e > 5 && hasPrefixAt(line, ne-3, "ing") && isLowerWord(line[e+1:ne])
	}
	return isLowerWord(tok) && goLogTime(line, e-len(tok))
}

// goLogTime reports whether line opens with the time Go's standard logger writes, and nothing else
// before s: "2026/11/29 07:41:19 ", with or without microseconds. A shell script's "2026-11-29
// 07:41:19 error …" or "[…] info …" writes a level, and keeps it on a line of its own.
func goLogTime(line []byte, s int) bool {
	if s != 20 && s != 27 || line[4] != '/' || line[7] != '/' || line[10] != ' ' || line[13] != ':' || line[16] != ':' {
		return false
	}
	return s == 20 || line[19] == '.'
}

// qualifiedLevel is the level of a marked level word that a more severe plain one qualifies:
// Unbound's and PHP's "fatal error:" is a critical, not an error.
func qualifiedLevel(prev []byte, lvl Level) Level {
	if len(prev) < 4 || !isAlpha(prev[0]) || !isLowerWord(prev[1:]) {
		return lvl
	}
	if q, ok := ParseLevel(prev); ok && q > lvl {
		return q
	}
	return lvl
}

// qualifierBefore reads a plain level word that qualifies the marked one after it ("fatal error:"),
// at a place where the marked word alone is the source's level.
func qualifierBefore(line, tok []byte, e int) (Level, bool) {
	ns, ne := nextToken(line, e)
	if ne == ns {
		return Unknown, false
	}
	lvl, ok := levelToken(line[ns:ne], true)
	if !ok {
		return Unknown, false
	}
	if q := qualifiedLevel(tok, lvl); q != lvl {
		return q, true
	}
	return Unknown, false
}

// loneWords and loneBytes bound the search for a lone level word: room for the words of a long
// header (Jira's thread name "http-nio-8080-exec-20 url: /rest/api/2/search; user: alice WARN"
// puts the level seventh), short of most of a message.
const (
	loneWords = 10
	loneBytes = 160
)

// loneLevel finds a level written as an upper-case word of four letters or more (INFO, WARN,
// ERROR) further into a header than the level's usual place, after columns that hold pairs,
// paths and names: it counts only when it is the one such word before the message begins (two
// plain words in a row) and something follows it. With tagged, a word ending in ':' ends the
// header too: after a syslog tag or an event name ("HOST ALERT: db2;DOWN;SOFT;1;PING CRITICAL")
// an upper-case word is the message's. It returns the level and where its word ends.
func loneLevel(line []byte, i int, tagged bool) (Level, int, bool) {
	found, end := Unknown, 0
	limit := min(len(line), i+loneBytes)
	var prev, before []byte
	for k := 0; k < loneWords && i < limit; k++ {
		s, e := nextToken(line, i)
		if s == e || s >= limit {
			break
		}
		tok := line[s:e]
		if len(tok) >= 4 && (isUpperWord(tok) || dashedWord(line, before, prev, tok, e)) {
			if lvl, ok := ParseLevel(tok); ok {
				if found != Unknown {
					return Unknown, 0, false // two level words: neither says which is the record's
				}
				found, end = lvl, e
				if !isUpperWord(tok) {
					_, dashes := nextToken(line, e)
					end = skipBlanks(line, dashes) // the message begins after the closing dashes
				}
			}
		} else if plainWord(prev) && isLowerWord(trimPunct(tok)) || tagged && tok[len(tok)-1] == ':' {
			break // "Server started": the message has begun
		}
		before, prev = prev, tok
		i = e
	}
	if found == Unknown || skipBlanks(line, end) >= len(line) {
		return Unknown, 0, false
	}
	return found, end, true
}

// dashedWord reports whether tok, which ends at line[e], is a word set between double dashes
// after a pid in angle brackets, as Teams' logs.txt sets its level: "<4121> -- warning -- …".
// A command's "rm -rf -- debug -- dir" has none.
func dashedWord(line, before, prev, tok []byte, e int) bool {
	if string(prev) != "--" || !isLowerWord(tok) || len(before) < 3 || before[0] != '<' || before[len(before)-1] != '>' || !digitsOnly(before[1:len(before)-1]) {
		return false
	}
	s, e := nextToken(line, e)
	return string(line[s:e]) == "--"
}

// plainWord reports whether w is a word of prose: letters, lower case after the first.
func plainWord(w []byte) bool {
	w = trimPunct(w)
	return len(w) >= 2 && isAlpha(w[0]) && isLowerWord(w[1:])
}

// trimPunct drops the comma, semicolon or full stop that ends a word of prose.
func trimPunct(w []byte) []byte {
	if n := len(w); n > 1 && (w[n-1] == ',' || w[n-1] == ';' || w[n-1] == '.') {
		return w[:n-1]
	}
	return w
}

// columnLevel reads one word after the time as a level: marked or upper-case words anywhere in
// the scanned columns, a capitalized word ("Info", "Warning") right after the time, and a single
// upper-case letter after columns of numbers (Android's "1702  2395 D").
func columnLevel(tok []byte, k int, afterNumbers bool) (Level, bool) {
	if n := len(tok); n > 1 && tok[n-1] == ',' {
		tok = tok[:n-1]
	}
	if len(tok) == 1 {
		// Only a letter after numbers is a level of one byte: the rules below need longer words.
		if afterNumbers && tok[0] >= 'A' && tok[0] <= 'Z' && tok[0] != 'C' {
			// (Not C, which after a pid is a process's type, nvidia-smi pmon's compute beside
			// its G for graphics, in no alphabet that puts a level there.)
			return ParseLevel(tok)
		}
		return Unknown, false
	}
	if lvl, ok := levelToken(tok, true); ok {
		return lvl, true
	}
	if lvl, ok := facilityLevel(tok); ok {
		return lvl, true
	}
	if lvl, ok := gluedOrGrouped(tok); ok {
		return lvl, true
	}
	if k == 0 && len(tok) >= 4 && tok[0] >= 'A' && tok[0] <= 'Z' {
		// Also closing the bracket the time opened: Serilog's "[07:41:16 Information] …" when
		// its template writes {Level} whole.
		w := bytes.TrimSuffix(tok, []byte("]"))
		if isLowerWord(w[1:]) {
			return ParseLevel(w)
		}
		if tl, ok := translatedWord(w); ok {
			return tl.level, true // a translation with letters beyond ASCII: the JDK's Brazilian "Informações"
		}
	}
	return Unknown, false
}

// dottedLevel reads a capitalized level joined by a dot to a facility's name in lower case, with
// the colon that ends the header, after the process and its ids in parentheses or brackets:
// McAfee Agent's "masvc(2216.3904) ahclient.Warning: Unable to …". Elsewhere, or before one
// word alone, such a word is a setting's ("config.Debug: false", "mode.Alert: none").
func dottedLevel(line, prev, tok []byte, e int) (Level, bool) {
	n := len(tok)
	if n < 8 || tok[n-1] != ':' || len(prev) < 4 || !processWithIDs(prev) {
		return Unknown, false
	}
	if ws, we := nextToken(line, e); we == ws || skipBlanks(line, we) >= len(line) {
		return Unknown, false
	}
	d := bytes.LastIndexByte(tok, '.')
	if d < 2 || !isLowerWord(tok[:d]) || !capitalized(tok[d+1:n-1]) {
		return Unknown, false
	}
	return ParseLevel(tok[d+1 : n-1])
}

// processWithIDs reports whether w is a program's name in lower case with its ids in parentheses
// or brackets, digits and dots: "masvc(2216.3904)", "sshd[412]".
func processWithIDs(w []byte) bool {
	close := w[len(w)-1]
	open := bytes.IndexByte(w, '(')
	if close == ']' {
		open = bytes.IndexByte(w, '[')
	} else if close != ')' {
		return false
	}
	return open > 1 && isLowerWord(w[:open]) && open+2 < len(w) && digitsAmong(w[open+1:len(w)-1], '.', '.')
}

// emojiOpens reports whether tok[:i] ends in a bracket and an emoji of a few bytes, as a level
// badge opens: Criteo's SDK writes "[🟠WARN]", "[ℹ️INFO]".
func emojiOpens(tok []byte, i int) bool {
	k := i
	for k > 0 && tok[k-1] >= 0x80 && i-k <= 8 {
		k--
	}
	// (An emoji's first byte opens the symbols' block, U+2000 to U+2FFF, or the four-byte
	// planes; a letter's, "é", opens neither.)
	return k < i && k > 0 && tok[k-1] == '[' && (tok[k] == 0xe2 || tok[k] == 0xf0)
}

// gluedLevel finds a level word that loggers glue to a name with punctuation, inside one word:
// Celery's "INFO/MainProcess]", Minecraft's "thread/WARN]:", cloud-init's "util.py[WARNING]:",
// Laravel's "production.ERROR:", NLog's "|INFO|", Asterisk's "NOTICE[4120]:", Telegraf's "W!",
// RabbitMQ's "=INFO", Hillstone's "WARNING@LOGIN:". The word must be upper case and stand
// between punctuation, so that a path such as "logs/error.log" in a message is no level.
func gluedLevel(tok []byte) (Level, bool) {
	if len(tok) < 2 || tok[0] == '%' || !hasUpper(tok) {
		return Unknown, false // a message id (msgIDLevel reads its digit), or no upper-case word
	}
	if k := bytes.Index(tok, []byte("***")); k > 0 && tok[k-1] == ']' && bytes.HasSuffix(tok, []byte("***")) && len(tok)-k > 8 {
		return starredLevel(tok[k:]) // glued to a module's bracket: Open Ephys' "[acquisition-board.so]***ERROR***"
	}
	if tok[0] == '=' {
		if lvl, ok := erlangReports[string(tok)]; ok {
			return lvl, true
		}
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < 'A' || tok[i] > 'Z' {
			continue
		}
		j := i + 1
		for j < len(tok) && tok[j] >= 'A' && tok[j] <= 'Z' {
			j++
		}
		before, after := byteAt(tok, i-1), byteAt(tok, j)
		if after == '_' && before == '[' && i == 1 {
			if k := j + len(tok[j:]) - len(bytes.TrimLeft(tok[j:], "_")); byteAt(tok, k) == '|' {
				after = '|' // padded with underscores to a bar: OpenGTS's "[INFO_|11/29 07:41:16|…]"
			}
		}
		if i == 2 && before == '/' {
			if _, letter := androidLevel(tok[0]); letter {
				i = j
				continue // logcat's tag after its level letter: "F/DEBUG", "E/DEPRECATION( 1751):"
			}
		}
		if before == '=' && pairValue(tok, i-1) {
			i = j
			continue // a value of a pair: Doris' audit "|State=ERR|" is the query's state
		}
		if string(tok[i:j]) == "VERBOSE" && isDigit(after) && gluePunct(before) && gluePunct(byteAt(tok, j+1)) {
			return Debug, true // Chromium's VLOG levels: "[4412:4416:1129/074116.310:VERBOSE1:…]"
		}
		if after == '@' && i >= 4 && string(tok[i-4:i]) == "ZOO_" {
			if lvl, ok := ParseLevel(tok[i:j]); ok {
				return lvl, true // the ZooKeeper C client's "ZOO_ERROR@handle_socket_error_msg@2360:"
			}
		}
		if j-i == 1 && before == '[' && after == ']' && i >= 2 && tok[i-2] == ']' && (j+1 == len(tok) || j+2 == len(tok) && tok[j+1] == ':') {
			// A level's letter in the last of a program's brackets, after its pid's and thread's:
			// MediaTek's FlashTool, "FlashTool[5204][2676][D]:".
			if lvl, ok := alphabetLevel(tok[i], "VDIWEF"); ok {
				return lvl, true
			}
		}
		// mautrix's "[INFO@mau.init]": a level opening a bracket, glued to its logger's name.
		module := after == '@' && (moduleAfterAt(tok[j+1:]) || i == 1 && before == '[' && bracketedLogger(tok[j+1:]))
		// A dash before a level that closes the word with its colon ends a prefix too: PostgreSQL's
		// "%t-%c-" writes "UTC-6749a1b2.2f41-ERROR:".
		dashed := before == '-' && after == ':' && j+1 == len(tok)
		// Fields joined by dashes that open with a number, the level one of them: AvNav's
		// Python format joins the milliseconds, a count, the thread and the level with dashes
		// ("…,120-121-2214-main-INFO-AvNav server …").
		dashed = dashed || before == '-' && after == '-' && numberFieldFirst(tok)
		// A level in parentheses opens a column or follows a program's pid (krb5kdc's
		// "[1](info):"), not its name: Dovecot's "imap(DEBUG:):" holds a user's name, which anyone
		// may choose.
		paren := before == '(' && i >= 2 && isAlnum(tok[i-2])
		// CONFIG before a parenthesis that holds more than a word is i3's config parser's, "CONFIG(line
		// 14): …", no level (wsdd's "WARNING(pid 2268):" is one, and a thread's "CONFIG(main):").
		open := after == '(' && string(tok[i:j]) == "CONFIG" && bytes.IndexByte(tok[j:], ')') < 0
		if (j-i >= 3 || j-i == 1 && after == '!') && (i > 0 || j < len(tok)) && (gluePunct(before) || dashed || after == ']' && emojiOpens(tok, i)) && (after != '@' && gluePunct(after) || module || dashed) && !paren && !open {
			if lvl, ok := ParseLevel(tok[i:j]); ok {
				return lvl, true
			}
			if string(tok[i:j]) == "LOG" && (before == ':' || before == '>' || dashed) && after == ':' && j+1 == len(tok) {
				// PostgreSQL's LOG behind a log_line_prefix that ends in ':' (RDS's
				// "…:[4411]:LOG:") or in '>' (the PGDG packages' "< %m >")
				return Info, true
			}
			if string(tok[i:j]) == "NFO" && before == ':' && j == len(tok) {
				return Info, true // rippled's info, after its partition: "LedgerConsensus:NFO" beside ":WRN", ":ERR"
			}
			if w := tok[i:j]; module && len(w) > 5 && w[len(w)-1] == 'S' {
				if lvl, ok := ParseLevel(w[:len(w)-1]); ok {
					return lvl, true // the severity keywords of Cisco's CLI, which Hillstone writes: "ERRORS@VPN:"
				}
			}
		}
		i = j
	}
	return Unknown, false
}

// numberFieldFirst reports whether a word of fields joined by dashes is glued to the time before
// it and opens with two numbers, as AvNav's "-121-2214-main-INFO-AvNav" does after the
// milliseconds; a file's or a branch's name ("0001-Fix-ERROR-….patch") opens with its number.
func numberFieldFirst(tok []byte) bool {
	if byteAt(tok, 0) != '-' {
		return false
	}
	_, n := digitRun(tok, 1)
	_, m := digitRun(tok, 2+n)
	return n > 0 && m > 0 && byteAt(tok, 1+n) == '-' && byteAt(tok, 2+n+m) == '-'
}

// erlangReports are the report types of Erlang's error_logger that are no level's name, as their
// headers open them: "=CRASH REPORT==== 29-Nov-2026::07:41:16 ===" (RabbitMQ, lager's crash.log).
var erlangReports = map[string]Level{"=CRASH": Error, "=SUPERVISOR": Error, "=PROGRESS": Info}

// pairValue reports whether the '=' at tok[eq] ends a key other than a level's, so that what
// follows is that key's value; RabbitMQ's "=INFO REPORT====" has no key before it.
func pairValue(tok []byte, eq int) bool {
	k := eq
	for k > 0 && (isAlpha(tok[k-1]) || tok[k-1] == '_') {
		k--
	}
	if k == eq {
		return false
	}
	if eq-k > 32 {
		return true
	}
	var buf [32]byte
	key := buf[:eq-k]
	for j, c := range tok[k:eq] {
		key[j] = c | 0x20 // letters and '_' only: '_' has the bit already
	}
	for _, part := range [...]string{"lev", "lv", "sev", "pri", "type"} {
		if bytes.Contains(key, []byte(part)) {
			return false // a level's key, or a record's type: "sev=WARN", "loglvl=ERROR", "type=ERROR"
		}
	}
	return true
}

// bracketedCapital reads a capitalized level word glued between a closing and an opening
// bracket inside one word, or closing it, as GlobalProtect's agent writes it after its process
// and thread: "(P4120-T5312)Debug(", "(P4120-T5312)Info (". After a bracket a capitalized word
// glued to it is no path and no prose.
func bracketedCapital(tok []byte) (Level, bool) {
	i := 0
	for i < len(tok) && tok[i] != ')' && tok[i] != ']' {
		i++
	}
	if i+3 >= len(tok) {
		return Unknown, false
	}
	j := i + 1
	for j < len(tok) && isAlpha(tok[j]) {
		j++
	}
	if j < len(tok) && tok[j] != '(' && tok[j] != '[' || !capitalized(tok[i+1:j]) {
		return Unknown, false
	}
	return ParseLevel(tok[i+1 : j])
}

// facilityLevel reads a syslog "facility.level" word ("daemon.info", "kern.warn"), which
// logread and syslog templates write where other layouts put the host.
func facilityLevel(tok []byte) (Level, bool) {
	if n := len(tok); n > 4 && tok[0] == '<' && tok[n-1] == '>' {
		return bracketedFacility(tok[1 : n-1]) // FreeBSD's syslogd -v and -vv, NetScaler: "<auth.info>", "<4.6>"
	}
	k := bytes.IndexByte(tok[:min(len(tok), 9)], '.') // a facility's name is three to eight letters
	if k < 3 {
		return Unknown, false
	}
	lvl, ok := ParseLevel(tok[k+1:]) // first: a host name's domain fails it at once
	if !ok {
		return Unknown, false
	}
	if syslogFacility(tok[:k]) {
		return lvl, true
	}
	return Unknown, false
}

// syslogFacility reports whether w names a syslog facility, in any case (Kiwi Syslog capitalizes
// them: "Local7.Notice").
func syslogFacility(w []byte) bool {
	for _, f := range syslogFacilities {
		if bytes.EqualFold(w, []byte(f)) {
			return true
		}
	}
	return false
}

// sourcedLevel reads a level that a header's word writes joined to where it comes from: a syslog
// facility as the first word after the time (Kiwi Syslog's "Local7.Notice", socklog's
// "auth.info:"), or a level letter glued by a slash to its module, after a bracketed thread or
// closing the word with ':' (MOZ_LOG's "[Parent 4120: Main Thread]: D/nsHttp", Android Studio's
// "4120-4135/com.example.shop D/CartViewModel:"). prev is the word before tok.
func sourcedLevel(tok, prev []byte, first bool) (Level, bool) {
	if first {
		if lvl, ok := facilityLevel(bytes.TrimSuffix(tok, []byte(":"))); ok {
			return lvl, true
		}
	}
	if len(tok) < 3 || tok[1] != '/' || !isAlpha(tok[2]) || tok[len(tok)-1] != ':' && !bytes.HasSuffix(prev, []byte("]:")) {
		return Unknown, false
	}
	return androidLevel(tok[0])
}

// bracketedFacility reads the facility and level that FreeBSD's syslogd writes in angle brackets
// before the host when run with -v (numbers, "4.6") or -vv (names, "auth.info"; "security" and
// "ntp" are facilities of its own).
func bracketedFacility(tok []byte) (Level, bool) {
	k := indexByteFrom(tok, '.', 0)
	if k < 1 || k+1 >= len(tok) {
		return Unknown, false
	}
	if f, ok := atoi(tok[:k]); ok && f < 24 {
		if n, ok := atoi(tok[k+1:]); ok && n < 8 {
			return LevelFromSyslog(n), true
		}
		return Unknown, false
	}
	switch string(tok[:k]) {
	case "security", "ntp", "console":
		return ParseLevel(tok[k+1:])
	}
	return facilityLevel(tok)
}

func hasUpper(b []byte) bool {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// hasLower reports whether b holds a lower-case ASCII letter.
func hasLower(b []byte) bool {
	for _, c := range b {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// moduleAfterAt reports whether what follows a level's '@' in a header word is a module's name
// in capitals and its colon ("LOGIN:" of Hillstone's "WARNING@LOGIN:"), not an address's domain.
func moduleAfterAt(rest []byte) bool {
	rest = bytes.TrimSuffix(rest, []byte(":"))
	return facilityName(rest)
}

// bracketedLogger reports whether rest is a logger's dotted name and the bracket that closes it.
func bracketedLogger(rest []byte) bool {
	n := len(rest)
	if n < 2 || rest[n-1] != ']' || !isAlpha(rest[0]) {
		return false
	}
	for _, c := range rest[:n-1] {
		if !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// gluePunct reports whether c may hold a level word to a name: brackets, pipes, slashes, dots,
// '=', '!' and ':'; not ';' or ',', which separate the values of a record's message, nor '_' and
// '-', which join the words of an event name (BGP_IO_ERROR_CLOSE_SESSION).
func gluePunct(c byte) bool {
	switch c {
	case 0, '[', ']', '(', ')', '<', '>', '|', '/', '.', '=', '!', ':':
		return true
	}
	return false
}

// wordBeforeTag reads a level written as a plain word where a tag follows it: F5's "warning
// tmm1[4120]:", Kodi's "warning <general>:", libvirt's "warning : …", Sympa's "err
// Sympa::Mailer::_safefork() …" (a Perl package's name, "main::"), and the padded bracket of
// Fluent Bit, "[ info]". The tag must be one ("name[pid]:", "<name>:", "name:[…]", a lone ':', a
// name with "::" in lower case before it), so that "error handling: done" stays prose.
func wordBeforeTag(line, tok []byte, e int) (Level, bool) {
	ns, ne := nextToken(line, e)
	if ne == ns {
		return Unknown, false
	}
	next := line[ns:ne]
	if len(tok) == 1 && tok[0] == '[' && next[len(next)-1] == ']' {
		return ParseLevel(next[:len(next)-1]) // "[ info]"
	}
	if len(tok) < 3 || string(tok) == "not" || !isLowerWord(tok) && !isUpperWord(tok) {
		return Unknown, false // three letters for F5's "err"; "not" is no notice in prose
	}
	n := len(next)
	tagged := n == 1 && next[0] == ':' ||
		n > 3 && next[n-1] == ':' && (next[n-2] == ']' && bytes.IndexByte(next, '[') > 0 || next[0] == '<' && next[n-2] == '>') ||
		bracketAfterTag(next)
	if !tagged && !(isLowerWord(tok) && perlPackage(next)) {
		return Unknown, false
	}
	return ParseLevel(tok)
}

// bracketAfterTag reports whether w is a program's tag with a bracket glued to its colon, as the
// kernel's netfilter lines on Verizon's gateways read: "kernel:[FW]".
func bracketAfterTag(w []byte) bool {
	k := bytes.IndexByte(w, ':')
	return k > 2 && byteAt(w, k+1) == '[' && w[len(w)-1] == ']' && isLowerWord(w[:k])
}

// perlPackage reports whether w is a Perl package's or sub's name: "main::", "Sympa::Mailer::send()".
// Perl's packages are capitalized, but for main; C++'s "std::bad_alloc" is a type in a sentence.
func perlPackage(w []byte) bool {
	k := bytes.Index(w, []byte("::"))
	return k > 0 && (w[0] >= 'A' && w[0] <= 'Z' || string(w[:k]) == "main") && tagLike(w[:k])
}

// topicLevel reads the severity among the comma-separated topics that RouterOS writes in place of
// a tag: "firewall,info", "system,info,account", "system,error,critical" (the most severe counts).
func topicLevel(tok []byte) (Level, bool) {
	if len(tok) < 6 || indexByteFrom(tok, ',', 0) < 0 {
		return Unknown, false
	}
	best, found := Unknown, false
	for i := 0; i < len(tok); {
		j := indexByteFrom(tok, ',', i)
		if j < 0 {
			j = len(tok)
		}
		part := tok[i:j]
		if len(part) == 0 || !isLowerWord(part) {
			return Unknown, false // a list of plain words only: "a,b" in prose has other bytes
		}
		if lvl, ok := ParseLevel(part); ok && len(part) >= 4 {
			best, found = max(best, lvl), true
		}
		i = j + 1
	}
	return best, found
}

// csvFieldWindow bounds how many fields of a CSV message are searched for a severity column:
// PAN-OS puts it 14th in SYSTEM records and 35th in THREAT ones; a message's free text comes later.
const csvFieldWindow = 40

// csvFieldLevel reads the severity column of a CSV message, as PAN-OS writes it in its SYSTEM and
// THREAT records ("…,general,informational,\"msg\",…"): an unquoted field that is a whole severity
// word, a level name or the critical/high/medium/low scale of security devices (high is an error,
// medium a warning, low a notice). A message with fewer than csvMinFields fields in its first
// bytes is no CSV record: a sentence has a comma or two.
func csvFieldLevel(msg []byte) (Level, bool) {
	const csvMinFields = 8
	if s, e := nextToken(msg, 0); indexByteFrom(msg[:e], ',', s) < 0 {
		return Unknown, false // a CSV record's first word holds its first comma
	}
	if bytes.Count(msg[:min(len(msg), 160)], []byte{','}) < csvMinFields-1 {
		return Unknown, false
	}
	for i, n := 0, 0; i < len(msg) && n < csvFieldWindow; n++ {
		j := indexByteFrom(msg, ',', i)
		if j < 0 {
			j = len(msg)
		}
		if f := msg[i:j]; len(f) >= 3 && isLowerWord(f) {
			if lvl, ok := severityWord(f); ok {
				return lvl, true
			}
		} else if lvl, ok := upperSeverity(unquote(f)); ok {
			return lvl, true // PostgreSQL's csvlog: "…,0,ERROR,42P01,…"; Greenplum's quotes it
		} else if lvl, ok := translatedSeverity(f, msg[min(j+1, len(msg)):]); ok {
			return lvl, true
		}
		if i < len(msg) && msg[i] == '"' {
			end, _, ok := stringEnd(msg, i)
			if !ok {
				return Unknown, false
			}
			j = indexByteFrom(msg, ',', end)
			if j < 0 {
				break
			}
		}
		i = j + 1
	}
	return Unknown, false
}

// unquote returns f without the double quotes around it, if it has them.
func unquote(f []byte) []byte {
	if n := len(f); n >= 2 && f[0] == '"' && f[n-1] == '"' {
		return f[1 : n-1]
	}
	return f
}

// severityWord reads a whole severity word of a severity column: a level name in full, or the
// critical/high/medium/low scale. "alert" is left out: in a firewall's CSV it is an action (PAN-OS
// THREAT records write it a few columns before their severity).
func severityWord(w []byte) (Level, bool) {
	switch string(w) {
	case "high":
		return Error, true
	case "medium":
		return Warn, true
	case "low":
		return Notice, true
	case "informational", "information", "info", "notice", "warning", "error", "critical", "emergency", "debug":
		return ParseLevel(w)
	}
	return Unknown, false
}

// upperSeverity reads a severity column written in capitals, as PostgreSQL's error_severity:
// LOG, ERROR, FATAL, PANIC, WARNING, NOTICE, INFO and DEBUG1 to DEBUG5.
func upperSeverity(f []byte) (Level, bool) {
	switch string(f) {
	case "LOG", "INFO":
		return Info, true
	case "NOTICE":
		return Notice, true
	case "WARNING":
		return Warn, true
	case "ERROR":
		return Error, true
	case "FATAL", "PANIC":
		return Critical, true
	case "DEBUG":
		return Debug, true // PostgreSQL 15's csvlog writes its DEBUG1 to DEBUG5 so
	}
	if len(f) == 6 && string(f[:5]) == "DEBUG" && f[5] >= '1' && f[5] <= '5' {
		return Debug, true
	}
	return Unknown, false
}

// translatedSeverity reads PostgreSQL's error_severity as lc_messages translates it, where csvlog
// writes it: a translated level word in capitals (or in a script without case) before the
// five-character SQLSTATE, "…,0,FEHLER,42P01,…". A CSV's other words of those languages ("普通",
// an ordinary member) are no level.
func translatedSeverity(f, next []byte) (Level, bool) {
	tl, ok := translatedWord(f)
	if !ok || !tl.caps || len(next) < 5 {
		return Unknown, false
	}
	for _, c := range next[:5] {
		if !isAlnum(c) || c >= 'a' && c <= 'z' {
			return Unknown, false
		}
	}
	if len(next) > 5 && next[5] != ',' {
		return Unknown, false
	}
	return tl.level, true
}

// csvLevel reads a level that is a comma-separated field of its own: "Error," or "Warning,", and
// in a translated export "エラー," or "Ошибка,".
func csvLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 4 || tok[n-1] != ',' || (tok[0] < 'A' || tok[0] > 'Z') && tok[0] < 0x80 || indexByteFrom(tok[:n-1], ',', 0) >= 0 {
		return Unknown, false
	}
	return ParseLevel(tok[:n-1])
}

// bracketGroupLevel reads a level in one of the bracket groups written back to back as one word:
// the JVM's "[0.011s][info][gc]", Envoy's "][1][info][main]" after its time.
func bracketGroupLevel(tok []byte) (Level, bool) {
	if len(tok) > 3 && tok[0] == '#' && tok[1] == '#' {
		tok = tok[2:] // GitHub Actions' workflow commands: "##[warning]…", "##[error]…"
	}
	if len(tok) < 3 || tok[0] != '[' && tok[0] != ']' || bytes.IndexByte(tok, '[') < 0 {
		return Unknown, false
	}
	for k := 0; k < 8; k++ { // MicroStrategy's level is the sixth: "[HOST:…][SERVER:…][PID:…][THR:…][Kernel][Info]"
		open := indexByteFrom(tok, '[', 0)
		if open < 0 {
			return Unknown, false
		}
		end := indexByteFrom(tok, ']', open+1)
		if end < 0 {
			return Unknown, false
		}
		last := end+1 == len(tok) || end+2 == len(tok) && tok[end+1] == ':'
		word := trimSpace(tok[open+1 : end])
		if h := bytes.LastIndexByte(word, '#'); h > 0 {
			if _, ok := ParseLevel(word[h+1:]); ok {
				word = word[h+1:] // Twisted's "[namespace#level]": "[duoauthproxy.lib.log#error]"
			} else if hasLetter(word[h+1:]) {
				word = word[:h] // monad-logger's "[level#source]": "[Debug#SQL]"; "[Fatal#3]" is a ticket's
			}
		} else if h := bytes.IndexByte(word, '-'); h > 1 && isUpperWord(word[:h]) && isLowerWord(word[h+1:]) {
			word = word[h+1:] // a framework's name and its level: Gin's "[GIN-debug]", "[GIN-warning]"
		} else if h := bytes.IndexByte(word, '/'); h > 1 && isLowerWord(word[:h]) && len(word)-h > 4 && isLowerWord(word[h+1:]) {
			word = word[h+1:] // a program's name and its level in lower case: Guppy's "[guppy/warning]"
		}
		if len(word) > 1 && isAlpha(word[0]) || len(word) == 1 && last && word[0] >= 'A' && word[0] <= 'Z' {
			if lvl, ok := ParseLevel(word); ok {
				return lvl, true // a letter only in the last group: OpenNebula's "[Z0][ReM][D]:"
			}
		}
		tok = tok[end+1:]
	}
	return Unknown, false
}

// dashedAngleLevel reads a level padded with blanks and dashes to its width inside angle brackets,
// as Mir's server log writes its severities ("< - debug - >", "< -warning- >", "<information>"). It
// returns the level and where the text after the bracket starts.
func dashedAngleLevel(line []byte, at int) (Level, int, bool) {
	if byteAt(line, at) != '<' {
		return Unknown, 0, false
	}
	end := indexByteFrom(line[:min(len(line), at+16)], '>', at+1)
	if end < 0 || bytes.IndexByte(line[at+1:end], '-') < 0 || bytes.Count(line[at+1:end], []byte{'-'}) > 2 {
		return Unknown, 0, false // "<---- info ---->" is a banner's rule
	}
	word := bytes.Trim(line[at+1:end], " -")
	if len(word) < 4 || !isAlphaWord(word) {
		return Unknown, 0, false
	}
	lvl, ok := ParseLevel(word)
	return lvl, skipBlanks(line, end+1), ok
}

// spacedBracketLevel reads the level in a bracket of two words at line[at], the level's word last
// or before a colon: Fast DDS's "[RTPS_TRANSPORT_SHM Error]", vibe.d's "[main(----) INF]",
// BepInEx's "[Warning:   BepInEx]" and "[Info   :   BepInEx]". It returns the level and where the
// text after the bracket starts. The word is capitalized or in capitals: "[build error]" is text.
func spacedBracketLevel(line []byte, at int) (Level, int, bool) {
	if byteAt(line, at) != '[' {
		return Unknown, 0, false
	}
	end := indexByteFrom(line[:min(len(line), at+64)], ']', at+1)
	if end < 0 || indexByteFrom(line[:end], '[', at+1) >= 0 {
		return Unknown, 0, false
	}
	inner := line[at+1 : end]
	var word []byte
	if c := bytes.IndexByte(inner, ':'); c > 0 {
		// The level padded to its width before its source: "[Warning:   BepInEx]". Without
		// the padding it is a label's ("[Debug: on]"), or a remark's ("[Note: see below]").
		word = trimSpace(inner[:c])
		if rest := trimSpace(inner[c+1:]); len(rest) == 0 || prose(rest) || !bytes.Contains(inner, []byte("  ")) {
			return Unknown, 0, false
		}
	} else {
		s1, e1 := nextToken(inner, 0)
		s2, e2 := nextToken(inner, e1)
		if s3, _ := nextToken(inner, e2); e1 == s1 || e2 == s2 || s3 < len(inner) {
			return Unknown, 0, false // two words exactly
		}
		// A level in capitals, or any after a category in capitals ("[RTPS_MSG_OUT Error]"):
		// "[Stack Trace]", "[System Info]", "[Security Alert]" are titles.
		word = inner[s2:e2]
		if !isUpperWord(word) && !upperIdent(inner[s1:e1]) {
			return Unknown, 0, false
		}
	}
	if len(word) < 3 || !isUpperWord(word) && !capitalized(word) {
		return Unknown, 0, false
	}
	if ns, ne := nextToken(line, end+1); ne > ns {
		if _, ok := levelToken(line[ns:ne], true); ok {
			return Unknown, 0, false // a thread's name in the bracket, and the level after it: "[Timer Notice] ERROR"
		}
	}
	lvl, ok := ParseLevel(word)
	return lvl, skipBlanks(line, end+1), ok
}

// upperIdent reports whether w is an identifier in capitals, with digits and underscores: a
// category's name such as "RTPS_TRANSPORT_SHM" or "PHP".
func upperIdent(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// proseFollows reports whether the word after line[e] is a plain lower-case word: with the one
// before it, two plain words mean the message has begun.
func proseFollows(line []byte, e int) bool {
	ns, ne := nextToken(line, e)
	return ne > ns && isLowerWord(line[ns:ne])
}

// capitalized reports whether b is a word of letters whose first alone is upper case: "Internal".
func capitalized(b []byte) bool {
	return len(b) > 1 && b[0] >= 'A' && b[0] <= 'Z' && isLowerWord(b[1:])
}

func isLowerWord(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// numberColumn reports whether a word is a number column such as a pid, a thread id or an
// uptime, bare or bracketed: "1702", "[2811]", "#1234]", "[123456.789012]".
func numberColumn(tok []byte) bool {
	digits := 0
	for _, c := range tok {
		switch {
		case isDigit(c):
			digits++
		case c == '[' || c == ']' || c == '(' || c == ')' || c == '#' || c == ':' || c == ',' || c == '.':
		default:
			return false
		}
	}
	return digits > 0
}

// facilityName reports whether w names a Cisco-style message's facility: capitals, digits and
// underscores, a capital first ("SYS", "LINK", "SW_MATM", "DOT11").
func facilityName(w []byte) bool {
	if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, c := range w {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// maxSubsystems bounds the words between a message id's facility and its digit: IOS XR's
// subsystem, SD-WAN's platform, slot and process.
const maxSubsystems = 3

// ciscoSeverity reads the severity digit of a Cisco-style message id without its '%',
// "SYS-5-CONFIG_I": the facility, the ASA's message class if any ("ASA-session-5-106100"), IOS
// XR's subsystem ("ROUTING-BGP-5-ADJCHANGE") or SD-WAN's platform, slot and process after the
// vendor ("Cisco-SDWAN-RP_0-OMPD-6-INFO-400002"), the digit between dashes. It returns the level
// and where the mnemonic starts.
func ciscoSeverity(id []byte) (lvl Level, mnemonic int, ok bool) {
	d := bytes.IndexByte(id, '-')
	first := d
	vendor := d > 1 && capitalized(id[:d])
	if d < 1 || !facilityName(id[:d]) && !vendor {
		return Unknown, 0, false
	}
	for k := 0; k < maxSubsystems; k++ {
		e := indexByteFrom(id, '-', d+1)
		if e <= d+1 || isDigit(id[d+1]) && id[d+2] == '-' {
			break // the digit is next
		}
		if !(k == 0 && isLowerWord(id[d+1:e]) || facilityName(id[d+1:e])) {
			break
		}
		d = e // the message class, or a subsystem before the digit
	}
	if vendor && d == first {
		return Unknown, 0, false // a capitalized word names a vendor only before its subsystems
	}
	if d+3 >= len(id) || !isDigit(id[d+1]) || id[d+2] != '-' {
		return Unknown, 0, false
	}
	return LevelFromSyslog(int(id[d+1] - '0')), d + 3, true
}

// ccbuSeverity reads the severity digit of the ids Cisco's contact-center servers (Finesse,
// UCCX) write with the thread's name, dashes and all, after the product's: "%CCBU_pool-21-thread-
// 1-6-QUEUE_STATISTICS_REQUEST:". The digit is found from the end, before the mnemonic.
func ccbuSeverity(id []byte) (Level, bool) {
	if !hasPrefixAt(id, 0, "CCBU_") || id[len(id)-1] != ':' {
		return Unknown, false
	}
	id = id[:len(id)-1]
	n := bytes.LastIndexByte(id, '-')
	if n < 7 || id[n-2] != '-' || !isDigit(id[n-1]) || id[n-1] > '7' || !upperIdent(id[n+1:]) {
		return Unknown, false
	}
	return LevelFromSyslog(int(id[n-1] - '0')), true
}

// sdwanSeverity reads the severity digit of a message id that names the device between the vendor
// and the process, as Cisco's SD-WAN (Viptela) routers write it: "%Viptela-vedge-br4-ftmd-5-NTCE-
// 1000009:". The host's own dashes come before it, so the digit is found from the end: a digit of
// the syslog scale, a mnemonic in capitals and the message's number.
func sdwanSeverity(id []byte) (Level, bool) {
	id = bytes.TrimSuffix(id, []byte(":"))
	d := bytes.IndexByte(id, '-')
	if d < 2 || !capitalized(id[:d]) {
		return Unknown, false
	}
	n := bytes.LastIndexByte(id, '-')
	m := bytes.LastIndexByte(id[:max(n, 0)], '-')
	if n < 0 || m < 2 || !digitsOnly(id[n+1:]) || !isUpperWord(id[m+1:n]) || id[m-2] != '-' || m-2 <= d {
		return Unknown, false
	}
	if c := id[m-1]; c >= '0' && c <= '7' {
		return LevelFromSyslog(int(c - '0')), true
	}
	return Unknown, false
}

// ciscoID reads the severity digit of a whole Cisco-style message id, "%SYS-5-CONFIG_I:": a
// facility of two characters or more, a digit of the syslog scale, a mnemonic, and the colon that
// ends them; or the facility and the digit alone, as ZyXEL's switches write them: "%Port-4:",
// "%AAA-6:".
func ciscoID(tok []byte) (Level, bool) {
	if len(tok) < 6 || tok[0] != '%' || tok[len(tok)-1] != ':' {
		return Unknown, false
	}
	id := tok[1 : len(tok)-1]
	if lvl, ok := facilityDigit(tok[1:]); ok {
		return lvl, true
	}
	if len(tok) < 8 {
		return Unknown, false
	}
	lvl, m, ok := ciscoSeverity(id)
	if !ok || bytes.IndexByte(id, '-') < 2 || id[m-2] > '7' || !facilityName(id[m:]) && !digitsOnly(id[m:]) {
		return Unknown, false
	}
	return lvl, true
}

// facilityDigit reads a message id of a facility and a severity digit alone, without the '%'
// before them and with the colon after them, as ZyXEL's switches write them: "Port-4:", "AAA-6:".
func facilityDigit(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 5 || tok[n-1] != ':' || tok[n-3] != '-' || tok[n-2] < '0' || tok[n-2] > '7' {
		return Unknown, false
	}
	if name := tok[:n-3]; isUpperWord(name) || capitalized(name) {
		return LevelFromSyslog(int(tok[n-2] - '0')), true
	}
	return Unknown, false
}

// idAfterCounters reads the level of a line that opens with columns ending in ':' (a sequence
// number, an uptime) and then a Cisco-style message id: IOS's "000412: 3d05h: %SYS-5-CONFIG_I: …".
func idAfterCounters(line []byte) (Level, bool) {
	for i, k := 0, 0; k < 4; k++ {
		s, e := nextToken(line, i)
		if s == e {
			return Unknown, false
		}
		if line[s] == '%' {
			return ciscoID(line[s:e])
		}
		if e-s > 16 || line[e-1] != ':' || !hasDigit(line[s:e]) { // up to "*00:01:24.123:", an uptime the clock marks unset
			return Unknown, false
		}
		i = e
	}
	return Unknown, false
}

// msgIDLevel reads the severity of a message id among the words after the time: the digit of a
// Cisco-style one ("%ASA-6-302013:", "%SYS-5-CONFIG_I:", "%LINK-3-UPDOWN:"), or the letter that
// closes IBM's, first after the time (see ibmIDLevel). A device's own sequence number, node and
// time may come before the Cisco-style id: "000414: Nov 29 07:41:21.100 UTC: %LINEPROTO-5-UPDOWN",
// "RP/0/RSP0/CPU0:Nov 29 07:41:18.500 UTC: config[65742]: %MGBL-CONFIG-6-DB_COMMIT".
func msgIDLevel(line []byte, from int) (Level, bool) {
	if lvl, ok := kernelPriority(line, from); ok {
		return lvl, true
	}
	if lvl, ok := groongaLetter(line, from); ok {
		return lvl, true
	}
	if c := byteAt(line, from); c == ']' || c == ')' {
		if lvl, ok := burnLetter(line, from+1); ok && byteAt(line, 0) == '[' && bytes.Contains(line[:from], []byte("][")) {
			return lvl, true
		}
		from++ // the time's own bracket: "[11/29/2026 07:41:16]      CAUAJM_I_40245 …"
	}
	if ts, te := nextToken(line, from); te-ts >= 7 && line[ts] >= 'A' && line[ts] <= 'Z' {
		if lvl, ok := ibmIDLevel(line, ts, te); ok {
			return lvl, true
		}
	} else if lvl, ok := idBehindThread(line, from); ok {
		return lvl, true
	}
	if lvl, ok := facilitySeverityWord(line, from); ok {
		return lvl, true
	}
	if from >= len(line) || bytes.IndexByte(line[from:min(len(line), from+80)], '%') < 0 {
		return Unknown, false
	}
	const idScanWords = 8
	j := from
	for k := 0; k < idScanWords; k++ {
		ts, te := nextToken(line, j)
		if ts == te {
			break
		}
		if te-ts == 2 && line[ts] == '%' && line[ts+1] == '$' {
			k-- // the marks around NX-OS' virtual device context, "%$ VDC-1 %$", are no words
			j = te
			continue
		}
		if line[ts] == ':' && byteAt(line, ts+1) == '%' {
			ts++ // Cisco's small-business switches set the id off the clock: "07:44:31 :%LINK-I-Up:"
		}
		if line[ts] == '%' && (k < levelScanWords || !prose(line[from:ts])) {
			// Past the words a level is looked for in, the words before the id are a device's
			// columns, never a sentence's ("opened ticket 4412 for event %BGP-3-…").
			tok := line[ts+1 : te]
			d := indexByteFrom(tok, '-', 0)
			if lvl, m, ok := ciscoSeverity(tok); ok && m < len(tok) {
				return lvl, true
			}
			if lvl, ok := sdwanSeverity(tok); ok {
				return lvl, true
			}
			if lvl, ok := ccbuSeverity(tok); ok {
				return lvl, true
			}
			if d > 0 && d+3 < len(tok) && tok[d+2] == '-' && isUpperWord(tok[:min(d, 3)]) && strings.IndexByte("ACEFINW", tok[d+1]) >= 0 {
				return ParseLevel(tok[d+1 : d+2]) // Cisco's small-business switches: "%LINK-W-Down:"
			}
			if lvl, ok := vrpLevel(tok); ok {
				return lvl, true
			}
			if lvl, ok := facilityLevelWord(tok); ok && k <= 1 {
				return lvl, true
			}
			if lvl, ok := facilityDigit(tok); ok && k <= 1 {
				return lvl, true
			}
		}
		j = te
	}
	return Unknown, false
}

// facilityLevelWord reads a message id that names its level with a whole word in capitals where
// Cisco's has a digit, pyATS' and Unicon's "%UNICON-INFO:", "%NCCLIENT-WARNING:" (without the
// '%'): a facility, a dash, one of the syslog levels' names as loggers spell them and the colon
// that ends them, first or second among the line's words after its time.
func facilityLevelWord(tok []byte) (Level, bool) {
	d := bytes.IndexByte(tok, '-')
	if d < 2 || len(tok) < d+6 || tok[len(tok)-1] != ':' || !facilityName(tok[:d]) {
		return Unknown, false
	}
	switch string(tok[d+1 : len(tok)-1]) {
	case "DEBUG":
		return Debug, true
	case "INFO":
		return Info, true
	case "NOTICE":
		return Notice, true
	case "WARN", "WARNING":
		return Warn, true
	case "ERROR":
		return Error, true
	case "CRITICAL":
		return Critical, true
	}
	return Unknown, false // a mnemonic that only spells a level's name elsewhere: "%NVRAM-CONFIG:", "%PCI-FATAL:"
}

// groongaLetter reads the level letter Groonga's process log writes between bars right after its
// time, "2026-11-29 07:41:16.318204|w| …" (PGroonga's and groonga-httpd's with the pid after it,
// "|e|28140: …"), on Groonga's own scale: E emergency, A alert, C critical, e error, w warning, n
// notice, i info, d debug.
func groongaLetter(line []byte, from int) (Level, bool) {
	if byteAt(line, from) != '|' || byteAt(line, from+2) != '|' || byteAt(line, from+3) != ' ' && !isDigitAt(line, from+3) {
		return Unknown, false
	}
	switch line[from+1] {
	case 'E':
		return Emergency, true
	case 'A':
		return Alert, true
	case 'C':
		return Critical, true
	case 'e':
		return Error, true
	case 'w':
		return Warn, true
	case 'n':
		return Notice, true
	case 'i':
		return Info, true
	case 'd':
		return Debug, true
	}
	return Unknown, false
}

// kernelPriority reads the kernel's priority in angle brackets glued to its message, first after
// the time (behind its bracket), as the crash utility's "log -m" and a raw console write it:
// "[Sun Nov 29 08:41:09 CET 2026] <3>sd 0:0:0:0: …". (With a blank after it the number is
// another scale's: ulogd's "<5> ulogd.c:843 …".)
func kernelPriority(line []byte, from int) (Level, bool) {
	if byteAt(line, from) == ']' {
		from++
	}
	if byteAt(line, from) != ' ' || byteAt(line, from+1) != '<' || byteAt(line, from+3) != '>' {
		return Unknown, false
	}
	if c := byteAt(line, from+2); c >= '0' && c <= '7' && from+4 < len(line) && line[from+4] != ' ' {
		return LevelFromSyslog(int(c - '0')), true
	}
	return Unknown, false
}

// burnLetter reads the level letter a WiX Burn bundle's log glues before its message number,
// right after the time's bracket, which follows the bracketed process and thread: "[1A2C:1F30]
// [2026-11-29T07:41:16]i001: Burn v3.14…", w a warning, e an error, d debug.
func burnLetter(line []byte, i int) (Level, bool) {
	if byteAt(line, i+4) != ':' || !isDigitAt(line, i+1) || !isDigitAt(line, i+2) || !isDigitAt(line, i+3) {
		return Unknown, false
	}
	return alphabetLevel(byteAt(line, i), "ewid")
}

// facilitySeverityWord reads the level of a facility in capitals and a severity's whole word
// glued to it by a dash, glued to the time by a colon: Avaya's gateways, "11/29/2026,07:41:16:ROUTER-
// Warning: …", "…:CLI-Notification: …".
func facilitySeverityWord(line []byte, from int) (Level, bool) {
	if byteAt(line, from) != ':' {
		return Unknown, false // most lines: a blank after the time
	}
	if from++; !isUpperAt(line, from) {
		return Unknown, false
	}
	_, e := nextToken(line, from)
	tok := line[from:e]
	d := bytes.IndexByte(tok, '-')
	if d < 2 || len(tok) < d+6 || tok[len(tok)-1] != ':' || !isUpperWord(tok[:min(d, 3)]) || !capitalized(tok[d+1:len(tok)-1]) {
		return Unknown, false
	}
	if word := tok[d+1 : len(tok)-1]; len(word) >= 4 {
		return ParseLevel(word)
	}
	return Unknown, false
}

// idBehindThread reads an IBM-style message id behind a thread's id in lower-case hex, as LTFS
// writes its messages: "5c1e LTFS14000I LTFS starting, …", "77b0 LTFS11194W Cannot read index".
// A number of decimal digits there is a count or a pid, and the code after it a part's
// ("15 PART0043W 'washers'").
func idBehindThread(line []byte, from int) (Level, bool) {
	s, e := nextToken(line, from)
	if e-s < 4 || e-s > 16 || !hexWord(line[s:e]) || digitsOnly(line[s:e]) {
		return Unknown, false
	}
	if ns, ne := nextToken(line, e); ne-ns >= 7 && isUpperAt(line, ns) {
		return ibmIDLevel(line, ns, ne)
	}
	return Unknown, false
}

// ibmIDLevel reads the severity letter that closes an IBM product's message id, the word at
// line[s:e]: three to five capitals, three to five digits and I, W, E or S (severe, an error), with
// a colon after it or before a sentence (Spectrum Protect's "ANS1228E Sending of object …", MQ's
// "AMQ9209E:", Liberty's "CWWKZ0001I:", DB2's "ADM7513W"). A code before a plain word ("SKU1234E
// shipped", "ISO9001S certified") is a product's or an order's, not a message id.
func ibmIDLevel(line []byte, s, e int) (Level, bool) {
	tok := line[s:e]
	colon := tok[len(tok)-1] == ':'
	if colon {
		tok = tok[:len(tok)-1]
	}
	if lvl, ok := dottedIDLevel(tok); ok {
		return lvl, true
	}
	if len(tok) < 7 || tok[0] < 'A' || tok[0] > 'Z' {
		return Unknown, false
	}
	i := 0
	for i < len(tok) && tok[i] >= 'A' && tok[i] <= 'Z' {
		i++
	}
	lvl, ok := underscoredIDLevel(tok, i)
	dashed := false
	if !ok {
		d := i
		for d < len(tok) && isDigit(tok[d]) {
			d++
		}
		// Hitachi's JP1 sets the letter off with a dash, after four capitals of its own (KA…)
		// and four digits: "KAVS1801-I" (a host's name may follow it).
		dashed = i == 4 && hasPrefixAt(tok, 0, "KA") && d-i == 4 && d+2 == len(tok) && tok[d] == '-'
		if dashed {
			d++
		}
		if i < 3 || i > 6 || d-i < 3 || d-i > 5 || d != len(tok)-1 {
			return Unknown, false
		}
		lvl, ok = alphabetLevel(tok[d], "EWI")
		if tok[d] == 'S' && !dashed {
			lvl, ok = Error, true // severe
		}
		if !ok {
			return Unknown, false
		}
	}
	if ns, _ := nextToken(line, e); !colon && !dashed && ns < len(line) && line[ns] >= 'a' && line[ns] <= 'z' {
		return Unknown, false
	}
	return lvl, true
}

// underscoredIDLevel reads the severity letter inside a message id that underscores set apart,
// its capitals tok[:i]: AutoSys' "CAUAJM_I_40245", "CAUAJM_E_10062".
func underscoredIDLevel(tok []byte, i int) (Level, bool) {
	n := len(tok)
	if i < 4 || i+7 > n || tok[i] != '_' || tok[i+2] != '_' || !digitsOnly(tok[i+3:]) {
		return Unknown, false
	}
	return alphabetLevel(tok[i+1], "EWI")
}

// dottedIDLevel reads the severity letter that closes a bracketed message code of a product, its
// facility and its number between dots, as webMethods writes them: "[ISS.0025.0006I]",
// "[ART.0114.1007E]", the letter C (critical), E, W, I, D (debug) or T (trace).
func dottedIDLevel(tok []byte) (Level, bool) {
	n := len(tok)
	if n < 10 || tok[0] != '[' || tok[n-1] != ']' {
		return Unknown, false
	}
	tok = tok[1 : n-1]
	i := 0
	for i < len(tok) && tok[i] >= 'A' && tok[i] <= 'Z' {
		i++
	}
	if i < 2 || i > 5 {
		return Unknown, false
	}
	for groups := 0; groups < 2; groups++ {
		if i >= len(tok) || tok[i] != '.' {
			return Unknown, false
		}
		k := i + 1
		for k < len(tok) && isDigit(tok[k]) {
			k++
		}
		if k-i-1 < 2 || k-i-1 > 5 {
			return Unknown, false
		}
		i = k
	}
	if i != len(tok)-1 {
		return Unknown, false
	}
	return alphabetLevel(tok[i], "CEWIDT")
}

// bareModuleID reads the severity digit of a Comware or VRP information id written without its
// '%' marks, as their terminals and their log buffers show it, the first word after the time or
// after the host beside it: "IFNET/5/LINK_UPDOWN: …", with the colon glued to the text under
// terminal debugging ("IKE/7/EVENT:Received …").
func bareModuleID(line []byte, from int) (Level, bool) {
	if bytes.IndexByte(line[from:min(len(line), from+80)], '/') < 0 {
		return Unknown, false
	}
	for k, j := 0, from; k < 2; k++ {
		s, e := nextToken(line, j)
		if s == e {
			break
		}
		if lvl, ok := moduleID(line[s:e]); ok {
			return lvl, true
		}
		j = e
	}
	return Unknown, false
}

// moduleID reads a word that opens with a Comware or VRP information id, "MODULE/5/MNEMONIC" in
// capitals, closed by a colon or the brief's "(l)": the digit between the slashes is a syslog
// severity.
func moduleID(tok []byte) (Level, bool) {
	lvl, m, ok := infoIDHead(tok)
	if !ok || tok[0] < 'A' || tok[0] > 'Z' || m < 5 {
		return Unknown, false
	}
	e := m
	for e < len(tok) && (tok[e] >= 'A' && tok[e] <= 'Z' || isDigit(tok[e]) || tok[e] == '_') {
		e++
	}
	if e == len(tok) || tok[e] != ':' && tok[e] != '(' {
		return Unknown, false
	}
	return lvl, true
}

// infoIDHead reads the head of a Comware or VRP information id, "MODULE/5/" and a mnemonic in
// capitals after it: the module's capitals, digits, '_' and '-', and the syslog severity digit
// between the slashes. It returns the level and where the mnemonic starts.
func infoIDHead(f []byte) (Level, int, bool) {
	d := bytes.IndexByte(f, '/')
	if d < 1 || d+3 >= len(f) || f[d+2] != '/' || f[d+1] < '0' || f[d+1] > '7' || f[d+3] < 'A' || f[d+3] > 'Z' {
		return Unknown, 0, false
	}
	for _, c := range f[:d] {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-') {
			return Unknown, 0, false
		}
	}
	return LevelFromSyslog(int(f[d+1] - '0')), d + 3, true
}

// vrpLevel reads the severity of Huawei VRP's information id, "%01IFNET/4/LINK_STATE(l)[41]:"
// after the first '%': a version number, the module, the severity digit and the brief name,
// between slashes.
func vrpLevel(tok []byte) (Level, bool) {
	i := 0
	if i < len(tok) && tok[i] == '%' {
		i++
	}
	for i < len(tok) && isDigit(tok[i]) {
		i++
	}
	d := indexByteFrom(tok, '/', i)
	if d-i < 2 || d+3 >= len(tok) || !isDigit(tok[d+1]) || tok[d+2] != '/' || !isUpperWord(tok[i:min(d, i+3)]) {
		return Unknown, false
	}
	return LevelFromSyslog(int(tok[d+1] - '0')), true
}

// pairWindow is how far into a line a level= pair is looked for.
const pairWindow = 512

// pairLevel reads a level=, lvl=, severity= or priority= pair anywhere in the first pairWindow
// bytes of a line that is not logfmt from its first byte (an audit or firewall record, a message
// after a syslog header). A number is a syslog severity for severity, pri, prio and PRIORITY.
func pairLevel(line []byte) (Level, bool) {
	b := line[:min(len(line), pairWindow)]
	for i := bytes.IndexByte(b, '='); i > 0; i = nextEq(b, i) {
		k := i
		for k > 0 && (isAlpha(b[k-1]) || b[k-1] == '_') {
			k--
		}
		if k > 0 && b[k-1] != ' ' && b[k-1] != ',' && b[k-1] != '{' && b[k-1] != '"' && b[k-1] != '\t' && !ampersandPairs(b, k, i) {
			continue // a tab separates the pairs of LEEF and of QRadar's WinCollect
		}
		key := b[k:i]
		heroku := len(key) == 2 && key[0] == 'a' && key[1] == 't' // Heroku's router: "at=info", "at=error"
		if !heroku && (len(key) < 3 || len(key) > 8 || !levelKey(key)) {
			continue
		}
		if proseBefore(b, k) {
			// A key=value among words is the message's text: a user named "level=debug" in
			// sshd's "Failed password for invalid user level=debug from …" sets no level.
			return Unknown, false
		}
		v := i + 1
		single := v < len(b) && b[v] == '\''
		if v < len(b) && b[v] == '"' || single {
			v++ // "level=\"warn\"", Kill Bill's "lvl='WARN',"
			if !single && v < len(b) && b[v] == '"' {
				v++ // inside a CSV field, its quotes doubled: Splunk's export of a FortiGate's `level=""notice""`
			}
		}
		e := v
		for e < len(b) && isAlnum(b[e]) {
			e++
		}
		if single && !hasPrefixAt(b, e, "',") {
			continue // SQL's "SET level='ERROR' WHERE …": single quotes count in a list of pairs alone
		}
		if e-v == 1 && isDigit(b[v]) && key[0]|0x20 != 'l' && !heroku && !rankedPriority(key) {
			return LevelFromSyslog(int(b[v] - '0')), true
		}
		if lvl, ok := ParseLevel(b[v:e]); ok && e-v > 1 {
			return lvl, true
		}
	}
	return Unknown, false
}

// ampersandPairs reports whether the key b[k:i] is loglevel after an ampersand between pairs that
// open a word, as Bluesocket's controllers join their fields ("event=ap_down&loglevel=warning&…").
// In a URL's query, after its '?', the pairs are a request's; a form's "severity=2" is its data.
func ampersandPairs(b []byte, k, i int) bool {
	if b[k-1] != '&' || !bytes.EqualFold(b[k:i], []byte("loglevel")) {
		return false
	}
	w := b[bytes.LastIndexByte(b[:k], ' ')+1 : k]
	return bytes.IndexByte(w, '=') > 0 && bytes.IndexByte(w, '?') < 0 && bytes.IndexByte(w, '/') < 0
}

// rankedPriority reports whether key is a priority spelled out in lower or mixed case, whose number
// ranks a process, a task or a ticket (SQL Server's deadlock graph "priority=0", a pod's), not a
// syslog severity as "pri=", "prio=" and the journal's "PRIORITY=" give one.
func rankedPriority(key []byte) bool {
	return len(key) == len("priority") && string(key) != "PRIORITY" && hasPrefixFold(key, 0, "priority")
}

// proseBefore reports whether b[:k] holds prose: two words or more of two letters or more, or lone
// colons and semicolons between fields, that are no pairs. A time, a host, a tag or an address
// may open a line of pairs ("2026:11:29-07:41:16 utm-edge1 ulogd[5120]: id=… severity=info");
// a sentence does not ("Invalid user level=debug from …", sudo's "alice : TTY=… ; COMMAND=…").
// Between tabs (LEEF's and WinCollect's pairs, whose values hold blanks) the words before each
// field's key count. (locate.go's prose asks whether a time stands inside a sentence.)
func proseBefore(b []byte, k int) bool {
	b = b[:k]
	if open := bytes.LastIndexByte(b, '('); open >= 0 && bytes.IndexByte(b[open:], ')') < 0 {
		// Inside parentheses: a remark, or a peer's reply the message quotes ("status=bounced
		// (host=… level=debug").
		return true
	}
	if bytes.IndexByte(b, '\t') < 0 {
		return proseWords(b) >= 2
	}
	words := 0
	for len(b) > 0 {
		field := b
		if t := bytes.IndexByte(b, '\t'); t >= 0 {
			field, b = b[:t], b[t+1:]
		} else {
			b = nil
		}
		if eq := bytes.IndexByte(field, '='); eq >= 0 {
			field = field[:eq]
			for len(field) > 0 && field[len(field)-1] != ' ' {
				field = field[:len(field)-1] // the key
			}
		}
		words += proseWords(field)
	}
	return words >= 2
}

// proseWords counts the words of b, blanks apart, that read as prose (see proseBefore): letters
// alone, two or more, or a lone colon or semicolon; a pair and a quoted value are none.
func proseWords(b []byte) int {
	words := 0
	for i := 0; i < len(b); {
		i = skipBlanks(b, i)
		if i >= len(b) {
			break
		}
		s, letters := i, true
		for i < len(b) && b[i] != ' ' && b[i] != '\t' {
			switch b[i] {
			case '"':
				e, _, ok := quotedEnd(b, i, '"')
				if !ok {
					e = len(b)
				}
				i = e - 1 // a quoted value, blanks and all
				letters = false
			case '=':
				letters = false
			}
			letters = letters && isAlpha(b[i])
			i++
		}
		if letters && i > s+1 && !dateWord(b[s:i]) || i == s+1 && (b[s] == ':' || b[s] == ';') {
			words++
		}
	}
	return words
}

// dateWord reports whether w, letters alone, is a weekday's name or a zone's abbreviation in
// capitals: a header's date (journalctl's "Sun 2026-11-29 02:41:16 EST host …"), no sentence's word.
func dateWord(w []byte) bool {
	return weekdayWord(w, 0) == len(w) || len(w) <= 5 && isUpperWord(w)
}

// labelFieldBefore reports whether the word before b[k] is a field labelled in capitals and glued
// to its value: "SLOT:3".
func labelFieldBefore(b []byte, k int) bool {
	e := k
	for e > 0 && (b[e-1] == ' ' || b[e-1] == '\t') {
		e--
	}
	s := e
	for s > 0 && b[s-1] != ' ' && b[s-1] != '\t' {
		s--
	}
	c := bytes.IndexByte(b[s:e], ':')
	return c > 1 && s+c+1 < e && isUpperWord(b[s:s+c])
}

// labelsOnlyAfter reports whether line[e:] holds only fields labelled in capitals and their values:
// no word of prose ("ENTITY_CODE/EVENT_CODE: 12/32", not "from 198.51.100.23 port 50413").
func labelsOnlyAfter(line []byte, e int) bool {
	for s, t := nextToken(line, e); s < t; s, t = nextToken(line, t) {
		if w := line[s:t]; hasLower(w) && !isUpperAt(w, 0) {
			return false
		}
	}
	return true
}

// labelLevel reads a level written as a labelled field, "LEVEL: Warning", "Severity: Error",
// within the first pairWindow bytes, as Db2's diagnostic log ends its first line and Windows'
// text exports write a field: the label is a level key in any case, at the start of a word,
// and a level word follows it.
func labelLevel(line []byte) (Level, bool) {
	b := line[:min(len(line), pairWindow)]
	for i := bytes.IndexByte(b, ':'); i > 0; i = nextColon(b, i) {
		k := i
		for k > 0 && isAlpha(b[k-1]) {
			k--
		}
		if k > 0 && b[k-1] != ' ' && b[k-1] != '\t' || (i-k < 4 || i-k == 4 && !mysqlPrio(b[k:i])) || i-k > 8 || !levelKey(b[k:i]) {
			continue
		}
		// The value follows a blank, or is glued to a label in capitals ("SEVERITY:Warning", BayRS's),
		// or is a field of LTSV's, between tabs ("time:…\tlevel:warn\thost:…").
		s, e := nextToken(b, i+1)
		if proseBefore(b, k) && !(labelFieldBefore(b, k) && labelsOnlyAfter(line, e) && bytes.IndexByte(line, '=') < 0) {
			// A label among a sentence's words is the sentence's (see pairLevel), unless it is
			// one of the fields a device writes after its message, to the line's end (BayRS's
			// "… SLOT:3 SEVERITY:Info ENTITY_CODE/EVENT_CODE: 12/32"), in a line of no pairs: sudo's
			// "… ; COMMAND=/bin/x SLOT:3 SEVERITY:Debug" ends in what its user typed.
			return Unknown, false
		}
		ltsv := s == i+1 && (k == 0 || b[k-1] == '\t') && (e == len(line) || byteAt(b, e) == '\t')
		if s == i+2 || s > i+1 && e > s || s == i+1 && e > s && (isUpperWord(b[k:i]) || ltsv) {
			if lvl, ok := ParseLevel(trimPunct(b[s:e])); ok && e-s > 1 {
				return lvl, true
			}
			if mysqlPrio(b[k:i]) && string(b[s:e]) == "System" {
				return Notice, true // MySQL's System, as its text log's [System] reads
			}
			if string(b[k:i]) == "LEVEL" && string(b[s:e]) == "Event" {
				return Info, true // Db2's db2diag: an event (a start, a stop, a change of state) beside Info, Warning, Error
			}
		}
	}
	return Unknown, false
}

// nextColon returns the index of the next ':' after b[i], or -1.
func nextColon(b []byte, i int) int {
	if k := bytes.IndexByte(b[i+1:], ':'); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// nextEq returns the index of the next '=' after b[i], or -1.
func nextEq(b []byte, i int) int {
	if k := bytes.IndexByte(b[i+1:], '='); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// labelWord reports whether a word before a colon is a common field label rather than a
// program's name: "sentry-cli version: 2.39.1", Zabbix's "IPv6 support:          YES".
func labelWord(w []byte) bool {
	switch string(w) {
	case "version", "support", "status", "state", "result", "reason", "count", "total", "size",
		"type", "mode", "value", "address", "port", "platform", "details", "enabled", "disabled",
		"features", "memory", "started": // not "user": logger's tag when run as the account "user"
		return true
	}
	return false
}

// mysqlPrio reports whether a label is MySQL's PRIO column, its error log's level (System, Error,
// Warning, Note) where the client prints a row's columns one a line.
func mysqlPrio(label []byte) bool { return string(label) == "PRIO" }

// levelKey reports whether a key names a level: level, lvl, severity, priority, in any case.
func levelKey(key []byte) bool {
	switch key[0] | 0x20 {
	case 'l':
		return hasPrefixFold(key, 0, "level") || hasPrefixFold(key, 0, "lvl") || len(key) == 8 && hasPrefixFold(key, 0, "loglevel")
	case 's':
		return hasPrefixFold(key, 0, "severity")
	case 'p':
		// SonicWall's pri=6, PowerDNS' prio="Warning"
		return hasPrefixFold(key, 0, "priority") || (len(key) == 3 || len(key) == 4) && hasPrefixFold(key, 0, "prio"[:len(key)])
	}
	return false
}

// headLevel reads a level in the first word of a header, in the shapes that only that place
// makes a level: a level glued to what follows it (logrus's "INFO[0000]", Icinga's
// "information/cli:", Android's "D/Tag(  512):", ESXi's "In(166)" whose number is the syslog
// priority), a level padded inside its brackets (structlog's "[info     ]") and the type column
// of Apple's compact log ("Df kernel[0:1a2]"). It returns the level and where the message starts.
func headLevel(line []byte, s, e int) (Level, int, bool) {
	tok := line[s:e]
	if len(tok) >= 4 && tok[0] == '[' && isAlpha(tok[1]) && tok[len(tok)-1] != ']' {
		if ns, ne := nextToken(line, e); ne-ns == 1 && line[ns] == ']' {
			lvl, ok := ParseLevel(tok[1:]) // "[info     ]"
			return lvl, skipBlanks(line, ne), ok
		}
		return Unknown, 0, false
	}
	if len(tok) > 6 && tok[0] == '<' && tok[len(tok)-1] == '>' {
		if c := indexByteFrom(tok, ':', 1); c >= 5 && c <= 8 {
			lvl, ok := ParseLevel(tok[1:c]) // ExtremeXOS's "<Warn:HAL.Fan.Warning>"
			return lvl, skipBlanks(line, e), ok
		}
		return Unknown, 0, false
	}
	j := 0
	for j < len(tok) && isAlpha(tok[j]) {
		j++
	}
	if j == len(tok) && j <= 2 {
		lvl, ok := appleType(line, tok, e)
		if !ok {
			lvl, ok = letterBeforeSource(line, tok, e)
		}
		return lvl, skipBlanks(line, e), ok
	}
	if j == 0 || j+1 >= len(tok) {
		return Unknown, 0, false
	}
	word := tok[:j]
	switch tok[j] {
	case '/':
		if j == 1 && tok[0] >= 'A' && tok[0] <= 'Z' {
			lvl, ok := androidLevel(tok[0]) // "D/Tag(  512):"
			return lvl, androidMessage(line, e), ok
		}
		if j >= 4 && tok[len(tok)-1] == ':' {
			lvl, ok := ParseLevel(word) // "warning/ApiListener:"
			return lvl, skipBlanks(line, e), ok
		}
	case '[', '(':
		close := byte(']')
		if tok[j] == '(' {
			close = ')'
		}
		k := indexByteFrom(tok, close, j+1)
		n, ok := atoi(tok[j+1 : max(k, j+1)])
		if k < 0 || !ok {
			return Unknown, 0, false
		}
		if j == 2 && close == ')' && n < 192 && isLowerWord(word[1:]) {
			// ESXi's "In(166)", "Wa(164)": the number is a syslog priority, whose severity the
			// letters name; vCenter's services write their own scale there ("In(05)"), so the
			// letters decide when they are known.
			if lvl, ok := vmwareLetters(word); ok {
				return lvl, skipBlanks(line, e), true
			}
			return LevelFromSyslog(n & 7), skipBlanks(line, e), true
		}
		if j >= 4 && isUpperWord(word) {
			lvl, ok := ParseLevel(word) // "INFO[0000]", "ERRO[0004]"
			return lvl, skipBlanks(line, e), ok
		}
	}
	return Unknown, 0, false
}

// androidMessage returns where the message starts after Android's "D/Tag(  512):": past the
// "): " that closes the tag, or after the first word when no such close is near.
func androidMessage(line []byte, e int) int {
	window := line[:min(len(line), e+64)]
	if k := bytes.Index(window[e-1:], []byte("): ")); k >= 0 {
		return skipBlanks(line, e-1+k+3)
	}
	if ns, ne := nextToken(line, e); ne == ns+1 && line[ns] == ']' {
		return skipBlanks(line, ne) // the long format's "[ time pid: tid D/Tag ]", its message below
	}
	return skipBlanks(line, e)
}

// letterBeforeSource reads a severity letter that glog's layout puts before a source location,
// when a program writes it after a time of its own: TensorFlow's "2026-11-29 07:41:16.123456: I
// tensorflow/core/platform/cpu_feature_guard.cc:182] …".
func letterBeforeSource(line, tok []byte, e int) (Level, bool) {
	ns, ne := nextToken(line, e)
	next := line[ns:ne]
	if len(tok) != 1 || len(next) < 4 || next[len(next)-1] != ']' || !isDigit(next[len(next)-2]) || bytes.IndexByte(next, ':') < 0 {
		return Unknown, false
	}
	switch tok[0] {
	case 'I', 'W', 'E', 'F':
		return ParseLevel(tok)
	}
	return Unknown, false
}

// letterAtSource reads a severity letter glued by a colon to the source location that follows
// it, as chronyd's debug builds write every message: "I:main.c:608:(main) …", D, I, W, E and F.
// The file's name must have an extension and a line number after it, and no directory: a drive
// letter's path ("D:\\data", a Windows runner's "D:/a/proj/src/main.c:608:12: warning:") or a word
// with a colon is no level.
func letterAtSource(tok []byte) (Level, bool) {
	if len(tok) < 8 || tok[1] != ':' {
		return Unknown, false
	}
	dot, colon := -1, -1
	for i := 2; i < len(tok); i++ {
		c := tok[i]
		if c == '.' && dot < 0 {
			dot = i
		} else if c == ':' {
			colon = i
			break
		} else if !(isAlnum(c) || c == '_' || c == '-' || c == '.') {
			return Unknown, false
		}
	}
	if dot < 3 || colon < dot+2 || !isDigitAt(tok, colon+1) {
		return Unknown, false
	}
	n := colon + 1
	for n < len(tok) && isDigit(tok[n]) {
		n++
	}
	if n >= len(tok) || tok[n] != ':' {
		return Unknown, false
	}
	return alphabetLevel(tok[0], "DIWEF")
}

// appleType reads the type column of Apple's compact log style, whose process column follows as
// "name[pid:tid]": Df (default, a notice), Db, I, E, and Fa (or F) for a fault.
func appleType(line, tok []byte, e int) (Level, bool) {
	ns, ne := nextToken(line, e)
	next := line[ns:ne]
	b := bytes.IndexByte(next, '[')
	if b < 1 || next[len(next)-1] != ']' || bytes.IndexByte(next[b:], ':') < 0 {
		return Unknown, false
	}
	switch string(tok) {
	case "Df":
		return Notice, true
	case "Fa", "F":
		return Critical, true
	case "Db":
		return Debug, true
	case "I":
		return Info, true
	case "E":
		return Error, true
	}
	return appleLevel(tok)
}

// appleLevel reads the two levels of Apple's unified log that are no common level word: Default,
// which sits between info and error (a notice), and Fault (FAULT as relays print it), above error.
func appleLevel(word []byte) (Level, bool) {
	switch string(word) {
	case "Default":
		return Notice, true
	case "Fault", "FAULT":
		return Critical, true
	}
	return Unknown, false
}

// vmwareLetters reads the two letters VMware's loggers write before a number in parentheses:
// "Em", "Al", "Cr", "Er", "Wa", "No", "In", "Db", "Vb".
func vmwareLetters(w []byte) (Level, bool) {
	switch string(w) {
	case "Em":
		return Emergency, true
	case "Al":
		return Alert, true
	case "Cr":
		return Critical, true
	case "Er":
		return Error, true
	case "Wa":
		return Warn, true
	case "No":
		return Notice, true
	case "In":
		return Info, true
	case "Db":
		return Debug, true
	case "Vb":
		return Trace, true
	}
	return Unknown, false
}

// androidLevel reads the priority letter of Android's log: V D I W E F, and A for assert.
func androidLevel(c byte) (Level, bool) {
	if c == 'A' {
		return Critical, true // ASSERT, priority 7 as FATAL is: Log.wtf's, which newer logcats print F
	}
	return alphabetLevel(c, "VDIWEF")
}

// alphabetLevel reads c as a level letter when it is one of a program's alphabet, with the
// meaning ParseLevel gives the letter.
func alphabetLevel(c byte, alphabet string) (Level, bool) {
	if strings.IndexByte(alphabet, c) < 0 {
		return Unknown, false
	}
	return ParseLevel([]byte{c})
}

// speechSDKLevel reads the trace macro's name that the Azure Speech SDK's file log writes after
// its thread and the milliseconds since its start: "[204417]: 5046ms SPX_TRACE_WARNING:  …",
// "SPX_DBG_TRACE_VERBOSE:" (a debug build's traces are debug whatever their level).
func speechSDKLevel(line []byte) (Level, bool) {
	if byteAt(line, 0) != '[' {
		return Unknown, false
	}
	_, te := nextToken(line, 0)
	if te < 4 || line[te-2] != ']' || line[te-1] != ':' {
		return Unknown, false
	}
	ms, me := nextToken(line, te)
	ns, ne := nextToken(line, me)
	if me-ms < 3 || !hasPrefixAt(line, me-2, "ms") || ne-ns < 12 || line[ne-1] != ':' {
		return Unknown, false
	}
	name := line[ns : ne-1]
	k := bytes.LastIndexByte(name, '_')
	if k < 0 || !hasPrefixAt(name, 0, "SPX_TRACE_") && !hasPrefixAt(name, 0, "SPX_DBG_TRACE_") {
		return Unknown, false
	}
	lvl, ok := ParseLevel(name[k+1:])
	if ok && hasPrefixAt(name, 0, "SPX_DBG_") {
		lvl = Debug
	}
	return lvl, ok
}

// componentLevel reads a component's name joined to "Error" or "Warning", as Lustre's kernel
// messages and others open theirs ("LustreError:", "LNetError:"): a capitalized name of letters,
// at least two before the suffix.
func componentLevel(tok []byte) (Level, bool) {
	if len(tok) < 7 || tok[0] < 'A' || tok[0] > 'Z' || !isAlphaWord(tok) {
		return Unknown, false
	}
	switch {
	case bytes.HasSuffix(tok, []byte("Error")):
		return Error, true
	case len(tok) >= 9 && bytes.HasSuffix(tok, []byte("Warning")):
		return Warn, true
	}
	return Unknown, false
}

// xorgMarker reports whether line is Xorg's, its uptime in brackets, then one of the markers of
// where a setting came from, informational as its (II) is: (--) probed, (**) from the config
// file, (==) a default, (++) from the command line. "[    21.408] (==) Using system config …"
func xorgMarker(line []byte) bool {
	close := uptimeBracketEnd(line)
	if close < 0 || !hasPrefixAt(line, close+1, " (") || byteAt(line, close+5) != ')' || byteAt(line, close+6) != ' ' {
		return false
	}
	c := line[close+3]
	return line[close+4] == c && (c == '-' || c == '*' || c == '=' || c == '+')
}

// isAlphaWord reports whether w holds ASCII letters only.
func isAlphaWord(w []byte) bool {
	for _, c := range w {
		if !isAlpha(c) {
			return false
		}
	}
	return len(w) > 0
}

// datedBracketLevel reads the level a bracket that opens with a date holds glued to its process:
// Celery's "[2026-11-29 07:00:00,003: INFO/MainProcess] …" under the journal's syslog header. The
// level opens its word, the process after a slash: a path's last part is no level.
func datedBracketLevel(msg []byte, now int64, w *wallClock) Level {
	st, ok := stampAt(msg, 1, now, w)
	if !ok || st.kind != stampDate {
		return Unknown
	}
	s, e := nextToken(msg, afterStamp(msg, st.end))
	if byteAt(msg, e-1) != ']' {
		return Unknown
	}
	if sl := indexByteFrom(msg[:e], '/', s); sl > s && isUpperWord(msg[s:sl]) && isAlpha(byteAt(msg, sl+1)) {
		if lvl, ok := ParseLevel(msg[s:sl]); ok {
			return lvl
		}
	}
	return Unknown
}

// eventLabel reports whether tok closes one of the event names of Nagios and its forks after the
// word prev: "SERVICE ALERT:", "HOST NOTIFICATION:", "SERVICE DOWNTIME ALERT:", "HOST FLAPPING
// ALERT:". The event is an alert or a notification sent; it is no level of the line's.
func eventLabel(prev, tok []byte) bool {
	if string(tok) != "ALERT:" && string(tok) != "NOTIFICATION:" {
		return false
	}
	switch string(prev) {
	case "SERVICE", "HOST", "DOWNTIME", "FLAPPING":
		return true // (a script's "DISK ALERT:", an appliance's "SECURITY ALERT:" are alerts)
	}
	return false
}

// eventNameAt returns where an event's name in capitals starts when line[s:e] closes it (see
// eventLabel), or 0.
func eventNameAt(line []byte, s, e int) int {
	if e-s < 6 || line[e-1] != ':' {
		return 0
	}
	ws, we := lastToken(line[:s])
	if !eventLabel(line[ws:we], line[s:e]) {
		return 0
	}
	return ws
}
