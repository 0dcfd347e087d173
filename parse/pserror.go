package parse

import "bytes"

// A PowerShell error record as the console writes it: the command's name and its message, then
// where the error is in the script, the line of code and a row of '~' under it behind '+', and
// the indented category and error id ("Get-Item : Cannot find path …", "At line:31 char:13",
// "+     $file = Get-Item -Path $target", "+              ~~~~~~", "    + CategoryInfo : …").
// The position line is written in the console's UI language.

// psPositions open the position line in the languages Windows PowerShell 5.1 ships: English,
// German, French, Spanish, Italian, Portuguese.
var psPositions = [...]string{"At line:", "In Zeile:", "Au caractère Ligne:", "En línea:", "In riga:", "No caractere Linha:"}

// psErrorGoesOn reports whether line goes on the PowerShell error record that raw holds: its
// position line right under the command's "Name : message", or a '+' line of code under it.
func psErrorGoesOn(line, raw []byte) bool {
	switch {
	case line[0] == '+':
		// The code's line right under the position, and the row of '~' under it.
		nl := bytes.IndexByte(raw, '\n')
		if nl < 0 || !psPosition(raw[nl+1:]) || len(line) > 1 && line[1] != ' ' {
			return false
		}
		switch bytes.Count(raw, []byte{'\n'}) {
		case 1:
			return true
		case 2:
			return caretRow(line[1:])
		}
		return false
	case bytes.IndexByte(raw, '\n') < 0 && psPosition(line):
		_, e := nextToken(raw, 0)
		return e > 1 && hasPrefixAt(raw, e, " : ")
	}
	return false
}

// caretRow reports whether b is blanks and a run of '~' that marks the code above it.
func caretRow(b []byte) bool {
	b = b[skipBlanks(b, 0):]
	return len(b) > 0 && len(bytes.Trim(b, "~")) == 0
}

// psPosition reports whether b opens with a PowerShell error's position: one of psPositions and
// a line's number.
func psPosition(b []byte) bool {
	for _, p := range psPositions {
		if hasPrefixAt(b, 0, p) {
			return isDigit(byteAt(b, skipBlanks(b, len(p))))
		}
	}
	return false
}
