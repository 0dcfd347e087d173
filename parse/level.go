package parse

import "strconv"

// Level is a normalized severity. The zero value is Unknown, placed below Trace on purpose: a line
// with no recognizable severity never passes a minimum-level filter, but it has its own toggle.
type Level uint8

// The normalized levels, in increasing severity.
const (
	Unknown Level = iota
	Trace
	Debug
	Info
	Notice
	Warn
	Error
	Critical
	Alert
	Emergency
)

// NumLevels is the number of distinct levels, Unknown included; Level values index arrays of this size.
const NumLevels = int(Emergency) + 1

var levelNames = [NumLevels]string{"unknown", "trace", "debug", "info", "notice", "warn", "error", "critical", "alert", "emergency"}

// String returns the lower-case name of the level; Unknown is "unknown".
func (l Level) String() string {
	if int(l) < NumLevels {
		return levelNames[l]
	}
	return "level(" + strconv.Itoa(int(l)) + ")"
}

// Name is the level as written in JSON Lines output: like String, but empty for Unknown.
func (l Level) Name() string {
	if l == Unknown {
		return ""
	}
	return l.String()
}

// offsetSuffix returns where a "+N" or "-N" suffix starts in a level word ("ERROR+4"), or 0.
func offsetSuffix(w []byte) int {
	k := len(w) - 1
	for k > 0 && w[k] >= '0' && w[k] <= '9' {
		k--
	}
	if k > 0 && k < len(w)-1 && (w[k] == '+' || w[k] == '-') {
		return k
	}
	return 0
}

// LevelFromSyslog maps a syslog severity (0 emergency … 7 debug) onto a Level.
func LevelFromSyslog(severity int) Level {
	if severity < 0 || severity > 7 {
		return Unknown
	}
	return [...]Level{Emergency, Alert, Critical, Error, Warn, Notice, Info, Debug}[severity]
}

// LevelFromNumber maps bunyan/pino numeric levels (10 trace, 20 debug, 30 info, 40 warn, 50 error,
// 60 fatal) onto a Level; values in between round down to the nearer named level below.
func LevelFromNumber(n int) Level {
	switch {
	case n >= 60:
		return Critical
	case n >= 50:
		return Error
	case n >= 40:
		return Warn
	case n >= 30:
		return Info
	case n >= 20:
		return Debug
	case n >= 10:
		return Trace
	}
	return Unknown
}

// levelScale is the numeric scale a level key's numbers are on. Loggers that write their level as
// a number each keep to their own scale, and the key and the range of the number tell which.
type levelScale uint8

const (
	scaleLevel      levelScale = iota // "level": pino's and bunyan's 10-60, Monolog's 100-600, Nextcloud's 0-4
	scaleSeverity                     // "severity": glog's 0-3 (osquery's status log), Google Cloud's 100-800
	scaleEventLevel                   // "Level": Windows' event levels, 1 critical … 5 verbose
	scaleLager                        // "log_level": Cloud Foundry's lager, 0 debug, 1 info, 2 error, 3 fatal
	scaleOTel                         // "severityNumber": OpenTelemetry's 1-24, four to a level from trace to fatal
	scaleCockroach                    // "s": CockroachDB's json-compact severities, 1 info, 2 warning, 3 error, 4 fatal
)

// levelOnScale maps a level number onto a Level by its key's scale; Unknown when the number is on
// no scale the key is known to use.
func levelOnScale(n int, s levelScale) Level {
	switch {
	case s == scaleEventLevel && n >= 1 && n <= 5:
		// Windows' event levels: Critical 1, Error 2, Warning 3, Information 4, Verbose 5 (0,
		// LogAlways, names none).
		return [...]Level{Critical, Error, Warn, Info, Debug}[n-1]
	case s == scaleEventLevel:
		return Unknown
	case s == scaleOTel && n >= 1 && n <= 24:
		return [...]Level{Trace, Debug, Info, Warn, Error, Critical}[(n-1)/4]
	case s == scaleOTel:
		return Unknown
	case s == scaleCockroach && n >= 1 && n <= 4:
		return [...]Level{Info, Warn, Error, Critical}[n-1]
	case s == scaleCockroach:
		return Unknown // 0 names no severity
	case s == scaleLager && n <= 3:
		return [...]Level{Debug, Info, Error, Critical}[n]
	case s == scaleLager:
		return Unknown
	case s == scaleSeverity && n <= 3:
		// glog's INFO, WARNING, ERROR, FATAL, which osquery writes as its status log's severity.
		return [...]Level{Info, Warn, Error, Critical}[n]
	case s == scaleSeverity && n >= 100 && n <= 800 && n%100 == 0:
		// Google Cloud's LogSeverity: DEBUG 100, INFO 200, NOTICE 300 … EMERGENCY 800.
		return [...]Level{Debug, Info, Notice, Warn, Error, Critical, Alert, Emergency}[n/100-1]
	case s == scaleLevel && n <= 4:
		// Nextcloud's (and ownCloud's) DEBUG 0, INFO 1, WARN 2, ERROR 3, FATAL 4; GELF's level, a
		// syslog severity, is told apart by the record's short_message.
		return [...]Level{Debug, Info, Warn, Error, Critical}[n]
	case s == scaleLevel && n >= 10 && n <= 60:
		return LevelFromNumber(n)
	case s == scaleLevel && n >= 100 && n <= 600:
		return monologLevel(n)
	}
	return Unknown
}

// monologLevel maps PHP Monolog's levels: DEBUG 100, INFO 200, NOTICE 250, WARNING 300, ERROR
// 400, CRITICAL 500, ALERT 550, EMERGENCY 600; a number in between takes the named level below it.
func monologLevel(n int) Level {
	switch {
	case n >= 600:
		return Emergency
	case n >= 550:
		return Alert
	case n >= 500:
		return Critical
	case n >= 400:
		return Error
	case n >= 300:
		return Warn
	case n >= 250:
		return Notice
	case n >= 200:
		return Info
	}
	return Debug
}

// ParseLevel recognizes a severity word, case-insensitively: the level names and their common
// aliases (fatal, panic, crit, err, warning, eror, dbug, information, …), single letters (T D I N W E
// C A F), and syslog severity digits are not included (a bare digit is ambiguous). It allocates nothing.
func ParseLevel(word []byte) (Level, bool) {
	if len(word) == 0 || len(word) > 13 {
		return translated(word) // "informational" is the longest in English; "ПРЕДУПРЕЖДЕНИЕ" in bytes
	}
	if k := offsetSuffix(word); k > 0 {
		// slog's levels between the named ones: "INFO+2", "WARN-2", "ERROR+4". Below the lowest,
		// an offset names the trace level programs log as slog's LevelDebug-4: "DEBUG-4".
		lvl, ok := ParseLevel(word[:k])
		if lvl == Debug && word[k] == '-' {
			lvl = Trace
		}
		return lvl, ok
	}
	if len(word) > 8 {
		if lvl, ok := longLevel(word); ok {
			return lvl, ok
		}
		return translated(word)
	}
	// The word's letters in lower case, packed into one integer: every level word is letters or
	// "!!", so a host or a number stops at its first other byte, and a word is looked up in one
	// probe or two instead of a comparison of strings per name.
	var key uint64
	for i, c := range word {
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case (c < 'a' && c != '!') || c > 'z':
			return translated(word) // a letter beyond ASCII: "信息", "Ошибка", "Advertência"
		}
		key |= uint64(c) << (8 * i)
	}
	lvl, ok := levelWordTable.find(key)
	if ok && lvl == Info && (key == packedConfig || key == packedConfi) && (word[0] != 'C' || word[1] != 'O') {
		return Unknown, false // JUL's CONFIG is written in capitals; "Config loaded from …" is mosquitto's sentence, "config:" a trace's category
	}
	if ok && (key == packedBlat || key == packedHeavy || key == packedNoise) && !isUpperWord(word) {
		return Unknown, false // words of prose in other cases
	}
	if !ok {
		return translated(word)
	}
	return lvl, ok
}

// translated is ParseLevel's answer for a word of translatedLevels.
func translated(word []byte) (Level, bool) {
	if tl, ok := translatedWord(word); ok {
		return tl.level, true
	}
	return Unknown, false
}

// levelWords are the severity words ParseLevel knows, in lower case, by level. The longer ones
// (more than eight letters) are in longLevel.
var levelWords = [...][]string{
	// plog's VERB, .NET's trce, logrus's TRAC, DNF's DDEBUG and SUBDEBUG, Serilog's VRB, npm's silly
	// supervisord's BLAT (blather), fail2ban's HEAVY (heavydebug) and PgBouncer's NOISE, in
	// capitals only (see ParseLevel)
	Trace: {"trace", "trc", "t", "finest", "finer", "fines", "v", "vrb", "verb", "trce", "trac", "ddebug", "subdebug", "silly", "blat", "heavy", "noise"},
	// Verbose is below info and at or above debug in npm, winston, Python's verboselogs and
	// Windows' event levels; Android's V and Serilog's VRB, its lowest, stay trace. slog-term's and
	// supervisord's DEBG.
	Debug: {"debug", "dbg", "dbug", "debg", "d", "fine", "debu", "verbose"},
	// Xorg's (II); libzypp's and snapper's MIL (milestone); JUL's CONFIG (see ParseLevel)
	Info: {"info", "inf", "i", "infor", "ii", "mil", "config", "confi"},
	// Xorg's (!!), ExtremeXOS's Noti, ScreenOS's notif
	Notice: {"notice", "note", "n", "not", "noti", "notif", "notic", "!!"},
	// Xorg's (WW); JUL's and Python's names cut to five letters (%-5.5s): WARNI, SEVER, CONFI,
	// FINES, CRITI, NOTIC; HPE's
	// Caution; libzypp's WAR; MaxDB's WNG
	Warn: {"warn", "warning", "wrn", "w", "warni", "ww", "caution", "war", "wng"},
	// BGL's FAILURE, Xorg's (EE), H2O's ERRR, Tarantool's SYSERROR (an error with errno)
	Error: {"error", "err", "eror", "erro", "e", "severe", "sever", "failure", "ee", "errr", "syserror"},
	// logrus's FATA, PANI; zerolog's console PNC; golog's FTAL; Serilog's four-letter FATL
	Critical:  {"critical", "crit", "criti", "crt", "c", "fatal", "ftl", "f", "panic", "dpanic", "fata", "pani", "pnc", "ftal", "fatl"},
	Alert:     {"alert", "alrt", "a"},
	Emergency: {"emerg", "emrg"},
}

// longLevel is ParseLevel for the words of nine letters or more.
func longLevel(word []byte) (Level, bool) {
	var buf [13]byte
	for i, c := range word {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(word)]) {
	case "information", "informational":
		return Info, true
	case "notification": // Sophos' Notification
		return Notice, true
	case "deprecation": // Elasticsearch's DEPRECATION, between WARN and INFO
		return Warn, true
	case "emergency":
		return Emergency, true
	}
	return Unknown, false
}

// packedWord is a word of up to eight bytes packed as ParseLevel packs it.
func packedWord(w string) uint64 {
	var key uint64
	for i := 0; i < len(w); i++ {
		key |= uint64(w[i]) << (8 * i)
	}
	return key
}

var (
	packedConfig   = packedWord("config")
	packedConfi    = packedWord("confi")
	packedBlat     = packedWord("blat")
	packedHeavy    = packedWord("heavy")
	packedNoise    = packedWord("noise")
	levelWordTable = newWordTable()
)

// wordTable is an open-addressing hash table from packed words to levels; the zero key marks an
// empty slot (no word packs to zero).
type wordTable [256]struct {
	key   uint64
	level Level
}

// wordHash spreads a packed word over the table's slots (Fibonacci hashing).
func wordHash(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 >> 56 }

func newWordTable() *wordTable {
	t := new(wordTable)
	for lvl, words := range levelWords {
		for _, w := range words {
			key := packedWord(w)
			h := wordHash(key)
			for t[h].key != 0 {
				h = (h + 1) & 255
			}
			t[h].key, t[h].level = key, Level(lvl)
		}
	}
	return t
}

func (t *wordTable) find(key uint64) (Level, bool) {
	for h := wordHash(key); ; h = (h + 1) & 255 {
		switch t[h].key {
		case key:
			return t[h].level, true
		case 0:
			return Unknown, false
		}
	}
}
