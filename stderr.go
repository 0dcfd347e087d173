package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/trawl-dev/trawl/ui"
)

// safeWriter is trawl's standard error: every line goes through the interface's sanitizer, so
// that a file name, a format definition or a command's message quoted in a warning cannot carry
// an escape sequence, a control or a bidirectional override to the terminal.
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	var buf bytes.Buffer
	for line := range bytes.SplitAfterSeq(p, []byte("\n")) {
		body := bytes.TrimSuffix(line, []byte("\n"))
		buf.WriteString(ui.SanitizeName(string(body)))
		if len(body) < len(line) {
			buf.WriteByte('\n')
		}
	}
	if _, err := s.w.Write(buf.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// oneLine is v as one line of standard error: a newline in a file's name or a message it quotes is
// shown as ␊ rather than written, so that no name can start a line that looks like trawl's own.
func oneLine(v any) string { return ui.SanitizeName(fmt.Sprint(v)) }
