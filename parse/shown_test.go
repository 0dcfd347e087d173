package parse

import (
	"strings"
	"testing"
)

// The program's tag shown before a syslog message is the word that ends with a colon right before
// it; nothing else is, and no other format has one.
func TestProgramLead(t *testing.T) {
	for _, c := range []struct {
		f      Format
		before string
		want   int
	}{
		{FormatRFC3164, "Mar  1 12:00:02 vm sshd[812]: ", len("sshd[812]: ")},
		{FormatRFC3164, "Mar  1 12:00:02 vm sudo[3001]:    ", len("sudo[3001]:    ")}, // a message that opens with blanks keeps its tag
		{FormatRFC3164, "<13>Mar  1 12:00:02 vm kernel: ", len("kernel: ")},
		{FormatRFC3164, "Mar  1 12:00:02 vm : ", 0},                                // an empty tag
		{FormatRFC3164, "Mar  1 12:00:02 vm sshd[812] ", 0},                        // no colon: the message follows the header
		{FormatRFC3164, "sshd: ", 0},                                               // no header before the tag
		{FormatLayout, "2026-03-01 12:00:02 app: ", 0},                             // another format's words are its own
		{FormatRFC3164, "Mar  1 12:00:02 vm " + strings.Repeat("x", 70) + ": ", 0}, // too long for a tag
		{FormatRFC3164, "Mar  1 12:00:02 vm tag\x1b[31mred[2]: ", 0},               // a colour code: the row would show "tagred", the search see "[31m"
	} {
		if got := ProgramLead(c.f, c.before); got != c.want {
			t.Errorf("ProgramLead(%v, %q) = %d, want %d", c.f, c.before, got, c.want)
		}
	}
	e := Entry{Format: FormatRFC3164, Raw: "Mar  1 12:00:02 vm CRON[41]: (root) CMD (x)", Message: "(root) CMD (x)"}
	if got := e.Shown(); got != "CRON[41]: (root) CMD (x)" {
		t.Errorf("Shown() = %q", got)
	}
}
