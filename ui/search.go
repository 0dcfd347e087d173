package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/filter"
)

// onSearchKey edits the search; every change re-evaluates at once, cancelling the previous run.
func (m Model) onSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Confirm):
		m.searching = false
		m.input.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m.searching = false
		m.input.Blur()
		return m.setSearch("")
	}
	return m.onInput(msg)
}

// onInput hands typing and pastes to the focused input.
func (m Model) onInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch {
	case m.searching:
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		dropHidden(&m.input)
		if m.input.Value() == m.sel.search {
			return m, cmd
		}
		mm, c2 := m.setSearch(m.input.Value())
		return mm, tea.Batch(cmd, c2)
	case m.export.Active():
		var cmd tea.Cmd
		m.export, cmd = m.export.Update(msg)
		return m, cmd
	}
	return m, nil
}

// setSearch changes the search text and re-evaluates.
func (m Model) setSearch(s string) (tea.Model, tea.Cmd) {
	m.sel.search = s
	m.input.SetValue(s)
	return m, m.requery()
}

// matchMsg carries the entry that n or N found in a viewer's view.
type matchMsg struct {
	viewer uint64
	seq    uint64
}

// nextMatch moves the viewer to the next (dir > 0) or previous entry hl matches. When the view
// holds only matches, that is the next row; when the search only highlights, the rows are tested
// from the cursor on, off the event loop. Past the last match it says so, as less does.
func (v *viewer) nextMatch(dir int, hl *filter.Matcher) tea.Cmd {
	seq, ok := v.tl.Cursor()
	rows, snap := v.rows(), v.snap
	if hl == nil || !ok || rows == nil || snap == nil {
		return nil
	}
	i := rows.Index(seq)
	none := noticeMsg{text: "no later match"}
	if dir < 0 {
		none.text = "no earlier match"
	}
	if v.filtersSearch() {
		if j := i + dir; j >= 0 && j < rows.Len() {
			v.tl.JumpTo(rows.At(j))
			return nil
		}
		return func() tea.Msg { return none }
	}
	key := v.key
	return func() tea.Msg {
		for j := i + dir; j >= 0 && j < rows.Len(); j += dir {
			if s := rows.At(j); hl.Match(snap, s) {
				return matchMsg{viewer: key, seq: s}
			}
		}
		return none
	}
}
