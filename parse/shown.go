package parse

import "strings"

// The timeline shows and searches a syslog line's message with its program's tag before it,
// "sshd[812]: Connection closed": the program is what an engineer looks for first (RFC 3164's
// MSG is the TAG and the CONTENT), though the message written out (JSON Lines' "message") is the
// content alone, the tag being its own field.

// maxProgramLead is the longest tag, with its pid, colon and blank, shown before a message.
const maxProgramLead = 64

// ProgramLead returns how many bytes at the end of before, the text of a line before its
// message, are the program's tag shown with the message: "sshd[812]: " or "CRON[4120]: " for an
// RFC 3164 line, 0 for other formats or when no tag ends right before the message.
func ProgramLead[T ~string | ~[]byte](f Format, before T) int {
	n := len(before)
	if f != FormatRFC3164 || n < 4 {
		return 0
	}
	e := n // the colon's end: a message may open with more blanks ("sudo[3001]:    alice : TTY=…")
	for e > 0 && before[e-1] == ' ' {
		e--
	}
	if e == n || e < 2 || before[e-1] != ':' {
		return 0
	}
	s := e - 1
	for s > 0 && before[s-1] != ' ' {
		if c := before[s-1]; c < ' ' || c == 0x7f {
			return 0 // a control byte (a colour code): the tag would be searched as other text than it is shown
		}
		s--
	}
	if s == 0 || n-s > maxProgramLead || s == e-1 {
		return 0 // no header before it, or no tag: a lone colon
	}
	return n - s
}

// Shown is the message as the timeline shows and searches it: with its program's tag before it
// for a syslog line (see ProgramLead).
func (e Entry) Shown() string {
	if e.Format != FormatRFC3164 || len(e.Message) > len(e.Raw) {
		return e.Message
	}
	at := len(e.Raw) - len(e.Message)
	if e.Raw[at:] != e.Message {
		// The message is not the line's end (a cut entry, several lines): find it.
		at = strings.Index(e.Raw, e.Message)
		if at < 0 {
			return e.Message
		}
	}
	n := ProgramLead(e.Format, e.Raw[:at])
	return e.Raw[at-n : at+len(e.Message)]
}
