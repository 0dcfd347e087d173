package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/parse/ring"
)

// DefaultClipboardMax caps what y puts on the clipboard, in bytes of text: OSC 52 carries it
// base64-encoded through the terminal, and tmux and many terminals silently drop a payload past
// about 100 KB (this much text encodes to 100,000 bytes). A copy that would not arrive is refused,
// never claimed.
const DefaultClipboardMax = 75_000

// copiedMsg carries text for the clipboard, built off the event loop.
type copiedMsg struct {
	text   string
	n      int
	tooBig int // when not 0: the selection holds at least this many bytes, past the cap; nothing was copied
}

// focusedRange returns what an action applies to in the focused viewer: its selection, or else
// the entry under the cursor, or its whole view when all is set.
func (m *Model) focusedRange(all bool) (snap *ring.Snapshot, rows Rows, lo, hi int, ok bool) {
	v := m.focused()
	rows, snap = v.rows(), v.snap
	if rows == nil || rows.Len() == 0 || snap == nil {
		return nil, nil, 0, 0, false
	}
	lo, hi, sel := v.tl.Selection()
	if !sel && all {
		lo, hi = 0, rows.Len()-1
	}
	return snap, rows, lo, hi, true
}

// copyCmd copies the focused viewer's selection, or the entry under its cursor, as text.
func (m Model) copyCmd() tea.Cmd {
	snap, rows, lo, hi, ok := m.focusedRange(false)
	if !ok {
		return nil
	}
	limit := m.clipboardMax()
	return func() tea.Msg {
		var b strings.Builder
		n := 0
		for i := lo; i <= hi; i++ {
			raw := snap.Raw(rows.At(i))
			if b.Len()+len(raw) > limit {
				return copiedMsg{n: hi - lo + 1, tooBig: b.Len() + len(raw)}
			}
			if n > 0 {
				b.WriteByte('\n')
			}
			// Placeholders make the text longer than the raw bytes: the cap is on what is sent.
			b.WriteString(strings.Join(sanitizeLines(string(raw)), "\n"))
			if b.Len() > limit {
				return copiedMsg{n: hi - lo + 1, tooBig: b.Len()}
			}
			n++
		}
		return copiedMsg{text: b.String(), n: n}
	}
}

// onCopied reports the copy and hands the text to the terminal, or says why it did not.
func (m Model) onCopied(msg copiedMsg) (tea.Model, tea.Cmd) {
	if msg.tooBig > 0 {
		text := fmt.Sprintf("not copied: %s over %s KB, more than a terminal's clipboard takes; e exports them",
			counted(msg.n, "entry is", "entries are"), group((msg.tooBig+999)/1000))
		return m, m.notify(text, true)
	}
	text := "copied " + counted(msg.n, "entry", "entries")
	return m, tea.Batch(m.notify(text, false), tea.SetClipboard(msg.text))
}

// clipboardMax is the configured cap of a copy, in bytes of text.
func (m Model) clipboardMax() int {
	if m.cfg.ClipboardMax > 0 {
		return m.cfg.ClipboardMax
	}
	return DefaultClipboardMax
}
