package parse

import (
	"strings"
	"testing"
	"time"
)

// A message is read without its terminal's colour codes on every line, the continuation lines
// too, whether its first line was in colour or plain; the entry's raw text keeps them.
func TestMessageWithoutColourOnEveryLine(t *testing.T) {
	for _, lines := range [][]string{
		{"\x1b[32m[2026-11-29T07:41:16.911] [INFO] default - \x1b[39mfirst line", "\x1b[36msecond line\x1b[0m", "third line"},
		{"[2026-11-29T07:41:16.911] [INFO] default - first line", "\x1b[36msecond line\x1b[0m", "third line"},
	} {
		s := NewStream("app.log", StreamOptions{Now: func() time.Time { return worldNow }})
		b := &Batch{}
		for i, l := range lines {
			s.Line([]byte(l), int64(i*100), false, b)
		}
		s.Flush(b)
		if b.Len() != 1 {
			t.Fatalf("%d entries, want 1", b.Len())
		}
		e := b.Entry(0)
		if e.Message != "first line\nsecond line\nthird line" {
			t.Errorf("message %q", e.Message)
		}
		if !strings.Contains(e.Raw, "\x1b[36m") {
			t.Errorf("raw lost its codes: %q", e.Raw)
		}
	}
}
