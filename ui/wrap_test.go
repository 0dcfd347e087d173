package ui

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// A long word of letters with combining marks wraps between letters, never between a letter and
// its mark, also inside a highlight's style.
func TestWrapKeepsMarksWithTheirLetter(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("e\u0301", 100),
		"\x1b[31m" + strings.Repeat("a\u0308\u0323", 100) + "\x1b[m",
	} {
		lines := wrapText(s, 30)
		if len(lines) < 3 {
			t.Fatalf("%d lines, want the word wrapped", len(lines))
		}
		for i, l := range lines {
			rest := l[leadingEscapes(l):]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.In(r, unicode.Mn, unicode.Me) {
				t.Errorf("line %d opens with the mark %U: %q", i, r, l)
			}
			if w := textWidth(l); w > 30 {
				t.Errorf("line %d is %d columns", i, w)
			}
		}
	}
	if got := leadingEscapes("\x1b[31;1m\x1b[4mabc"); got != len("\x1b[31;1m\x1b[4m") {
		t.Errorf("leadingEscapes = %d", got)
	}
}
