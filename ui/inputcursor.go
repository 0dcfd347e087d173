package ui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/parse"
)

// dropHidden drops from an input's value what a prompt must not draw raw: controls and Unicode's
// format characters (parse.Invisible), which a pasted path or query may hold (a bidirectional
// override turning "pq‮lsonj.Z" around). The cursor stays among the characters it was among.
func dropHidden(in *textinput.Model) {
	v := in.Value()
	if !strings.ContainsFunc(v, hiddenRune) {
		return
	}
	pos, kept := in.Position(), 0
	var b strings.Builder
	for i, r := range []rune(v) {
		if hiddenRune(r) {
			continue
		}
		if i < pos {
			kept++
		}
		b.WriteRune(r)
	}
	in.SetValue(b.String())
	in.SetCursor(kept)
}

// hiddenRune reports whether r is a control or an invisible character (see dropHidden).
func hiddenRune(r rune) bool {
	return r < 0x20 || r >= 0x7f && r < 0xa0 || parse.Invisible(r)
}

// inputCursor places the terminal cursor in a text input where the input shows it. The input's
// own Cursor counts runes from the start of the value: past a wide character (CJK, an emoji) it
// falls short, and once a long value scrolls it stays at the end. The columns are counted instead
// over the part of the value the input shows, found in its view: the shown text starts at some
// rune of the value and runs on through the cursor's rune (a blank at the end).
func inputCursor(in textinput.Model) *tea.Cursor {
	c := in.Cursor()
	if c == nil {
		return nil
	}
	shown, ok := strings.CutPrefix(ansi.Strip(in.View()), ansi.Strip(in.Prompt))
	value, pos := []rune(in.Value()), min(in.Position(), len([]rune(in.Value())))
	if !ok {
		return c
	}
	next := " "
	if pos < len(value) {
		next = string(value[pos])
	}
	// The shown text before the cursor is at most the input's width in columns, so in runes: the
	// search starts there, not at the value's start (a query may be a thousand runes long).
	from := 0
	if w := in.Width(); w > 0 {
		from = max(pos-w-1, 0)
	}
	for ; from <= pos; from++ {
		if before := string(value[from:pos]); strings.HasPrefix(shown, before+next) {
			c.X = textWidth(ansi.Strip(in.Prompt)) + textWidth(before)
			return c
		}
	}
	return c
}
