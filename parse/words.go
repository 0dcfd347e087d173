package parse

import "bytes"

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
	for i < len(b) && b[i] != ' ' && b[i] != '\t' {
		i++
	}
	return start, i
}

func skipBlanks(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// levelToken reads tok as a level word. strict is the mode for positions where prose may appear:
// then the word must be upper case, wrapped, colon-suffixed or prefixed with level=. Single letters
// (the <E> style) count only when wrapped.
func levelToken(tok []byte, strict bool) (Level, bool) {
	if len(tok) < 1 || len(tok) > 20 {
		return Unknown, false
	}
	marked := false
	if n := len(tok); n > 2 && tok[n-1] == ':' {
		tok, marked = tok[:n-1], true // "C:" is a drive, not a level: one letter needs brackets
	}
	if n := len(tok); n > 2 {
		open, close := tok[0], tok[n-1]
		if open == '(' && n == 3 {
			return Unknown, false // "(a)", "(C)", "(i)": an enumeration or a copyright sign in prose
		}
		if (open == '[' && close == ']') || (open == '<' && close == '>') || (open == '(' && close == ')') {
			tok, marked = tok[1:n-1], true
			if k := bytes.LastIndexByte(tok, ':'); open == '[' && k >= 0 && !strict {
				tok = tok[k+1:] // Apache's [module:level], right after the time
			}
		}
	}
	if k := indexEq(tok); k > 0 {
		switch string(tok[:k]) {
		case "level", "lvl", "severity", "LEVEL", "Level":
			tok, marked = tok[k+1:], true
		default:
			return Unknown, false
		}
	}
	if len(tok) == 0 {
		return Unknown, false
	}
	if len(tok) == 1 && !marked {
		return Unknown, false
	}
	if strict && !marked && !isUpperWord(tok) {
		return Unknown, false
	}
	if string(tok) == "LOG" && (marked || strict) {
		return Info, true // PostgreSQL's and PgBouncer's LOG, after the time or marked
	}
	if marked {
		// PostgreSQL's severities beside the common words: LOG: and DEBUG1: to DEBUG5:.
		if string(tok) == "LOG" {
			return Info, true
		}
		if string(tok) == "fail" {
			return Error, true // .NET's console logger: "fail: Microsoft.AspNetCore…"
		}
		if len(tok) == 6 && string(tok[:5]) == "DEBUG" && tok[5] >= '1' && tok[5] <= '5' {
			return Debug, true
		}
	}
	return ParseLevel(tok)
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

// leadingLevel finds a level among the first n tokens of b from position i, in strict mode. It
// returns the level and the bounds of the token that carried it.
func leadingLevel(b []byte, i, n int) (lvl Level, start, end int, ok bool) {
	for k := 0; k < n && i < len(b); k++ {
		s, e := nextToken(b, i)
		if s == e {
			break
		}
		if l, found := levelToken(b[s:e], true); found {
			return l, s, e, true
		}
		i = e
	}
	return Unknown, 0, 0, false
}
