package parse

// The Eclipse platform's log, .metadata/.log in every workspace of Eclipse and the tools built
// on it (Spring Tools, DBeaver, the IBM and SAP IDEs):
//
//	!SESSION 2026-11-29 07:41:16.204 -----------------------------------------------
//	!ENTRY org.eclipse.ui 4 0 2026-11-29 07:41:22.004
//	!MESSAGE Unhandled event loop exception
//	!STACK 0
//	java.lang.NullPointerException: …
//
// An entry's header names the plugin, the status's severity (IStatus: 0 OK, 1 INFO, 2 WARNING,
// 4 ERROR, 8 CANCEL) and its code before the time; the message, nested !SUBENTRY lines and the
// stack follow on lines of their own, and belong to it.

const eclipseEntry, eclipseSession = "!ENTRY ", "!SESSION "

// parseEclipse reads an !ENTRY or !SESSION header into rec; it fails unless the line is one.
func (p *Parser) parseEclipse(line []byte, rec *Record) bool {
	at, words := 0, 0
	switch {
	case hasPrefixAt(line, 0, eclipseEntry):
		at, words = len(eclipseEntry), 3
	case hasPrefixAt(line, 0, eclipseSession):
		at = len(eclipseSession)
	default:
		return false
	}
	lvl := Unknown
	for k := 0; k < words; k++ {
		s, e := nextToken(line, at)
		if s == e {
			return false
		}
		if k == 1 {
			if e-s != 1 || !isDigit(line[s]) {
				return false
			}
			lvl = eclipseSeverity(line[s])
		}
		at = e
	}
	at = skipBlanks(line, at)
	t, n, ok := parseISO(line[at:], &p.wall)
	if !ok {
		return false
	}
	*rec = Record{Format: FormatStamped, Level: lvl, Time: t, Message: Span{int32(skipBlanks(line, at+n)), int32(len(line))}}
	p.mem.lastToken = 0
	return true
}

// eclipseSeverity maps IStatus's severity digit onto a level; CANCEL names none.
func eclipseSeverity(d byte) Level {
	switch d {
	case '0', '1':
		return Info
	case '2':
		return Warn
	case '4':
		return Error
	}
	return Unknown
}
