package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// onKey routes a key: quit first, then the focused input, then the current mode.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	if key.Matches(msg, k.Suspend) {
		return m, tea.Suspend // the whole process stops; on resume the tailers read what came meanwhile
	}
	switch {
	case m.searching:
		return m.onSearchKey(msg)
	case m.export.Active():
		var cmd tea.Cmd
		m.export, cmd = m.export.Update(msg)
		return m, cmd
	}
	if key.Matches(msg, k.Quit) {
		return m.quit()
	}
	switch m.mode {
	case modeHelp:
		return m.onHelpKey(msg)
	case modeDetail:
		return m.onDetailKey(msg)
	case modeSources:
		return m.onSourcesKey(msg)
	case modeHistogram:
		return m.onHistogramKey(msg)
	}
	return m.onBrowseKey(msg)
}

// quit ends the program, but not in the middle of an export's write, which would leave its
// temporary file and no export: the first quit waits for the write (its report then ends the
// program, see quitAfterExport), a second abandons it, which removes the temporary file, and a
// third quits at once.
func (m Model) quit() (tea.Model, tea.Cmd) {
	if !m.export.Writing() || m.quitAsked >= 2 {
		m.stopAll()
		return m, tea.Quit
	}
	m.quitAsked++
	if m.quitAsked == 2 {
		m.export.Abandon()
		return m, m.notify("abandoning the export…", true)
	}
	return m, m.notify("finishing the export before quitting; quit again to abandon it", false)
}

// quitAfterExport ends the program once the last write a quit waited for has reported.
func (m Model) quitAfterExport(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if m.quitAsked == 0 || m.export.Writing() {
		return m, cmd
	}
	m.stopAll()
	return m, tea.Quit
}

// stopAll cancels every running evaluation, so that quitting leaves no work behind.
func (m *Model) stopAll() {
	m.main.stop()
	for i := range m.panes {
		m.panes[i].stop()
	}
}

// open switches to a full-screen mode that esc leaves.
func (m *Model) open(md mode) {
	if m.mode == modeTimeline || m.mode == modePanes {
		m.back = m.mode
	}
	m.mode = md
}

// onBrowseKey handles the keys of the timeline and the panes: the filters, then the actions on the
// focused viewer, then its navigation.
func (m Model) onBrowseKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	for i, b := range k.Levels {
		if key.Matches(msg, b) {
			return m, m.setSelection(m.sel.toggleLevel(i))
		}
	}
	switch {
	case key.Matches(msg, k.Search):
		m.searching = true
		return m, m.input.Focus()
	case key.Matches(msg, k.OnlyErrors):
		return m, m.onlyErrors()
	case key.Matches(msg, k.MinLevel):
		return m, m.cycleMinLevel()
	case key.Matches(msg, k.HighlightOnly):
		if m.sel.search != "" && !m.sel.highlightOnly {
			m.adoptCursors() // the search's matches become highlights in the whole list: stay on the one shown
		}
		m.sel.highlightOnly = !m.sel.highlightOnly
		return m, m.requery()
	case key.Matches(msg, k.Sources):
		m.sources = m.sources.sync(m.snap, m.sel, m.status.stats)
		m.open(modeSources)
		return m, nil
	case key.Matches(msg, k.Panes):
		return m.togglePanes()
	case key.Matches(msg, k.UTC):
		m.utc = !m.utc
		m.restyle()
		return m, nil
	}
	return m.onActionKey(msg)
}

// onActionKey handles the actions, each on the focused viewer.
func (m Model) onActionKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	v := m.focused()
	switch {
	case key.Matches(msg, k.Help):
		m.helpScr = m.helpScr.show(m.theme, m.modeHelp().Groups)
		m.open(modeHelp)
	case key.Matches(msg, k.NextMatch):
		return m, v.nextMatch(1, m.hl)
	case key.Matches(msg, k.PrevMatch):
		return m, v.nextMatch(-1, m.hl)
	case key.Matches(msg, k.Detail):
		return m.openDetail()
	case key.Matches(msg, k.Back):
		return m.onBack()
	case (key.Matches(msg, k.Copy) || key.Matches(msg, k.Export)) && v.tl.SelectionLost():
		// The rows in its place were never chosen: acting on them would hand on the wrong entries.
		// Said once; the next press acts on the entry under the cursor, as without a selection.
		v.tl.ForgetLostSelection()
		return m, m.notify("the selected entries have left memory (--max-entries, --max-memory): nothing was copied or exported", true)
	case key.Matches(msg, k.Copy):
		return m, m.copyCmd()
	case key.Matches(msg, k.Export):
		return m.startExport()
	case key.Matches(msg, k.Histogram):
		return m.openHistogram()
	default:
		return m.browse(msg)
	}
	return m, nil
}

// browse hands navigation to the panes' layout, then to the focused viewer's timeline.
func (m Model) browse(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.mode == modePanes {
		mm, cmd, handled := m.onPanesKey(msg)
		if handled {
			return mm, cmd
		}
	}
	v := m.focused()
	var cmd tea.Cmd
	v.tl, cmd = v.tl.Update(msg)
	return m, cmd
}

// onBack clears the innermost thing: the focused viewer's selection, a zoomed pane, the search.
func (m Model) onBack() (tea.Model, tea.Cmd) {
	v := m.focused()
	if _, _, sel := v.tl.Selection(); sel {
		v.tl.ClearSelection()
		return m, nil
	}
	if m.mode == modePanes && m.grid.zoomed {
		m.grid.zoomed = false
		m.grid.layoutPanes()
		m.sizePanes()
		m.restyle()
		return m, nil
	}
	if m.sel.search != "" {
		m.adoptCursors() // the entry the search found stays under the cursor
		return m.setSearch("")
	}
	return m, nil
}

// onHelpKey scrolls the help; esc or ? leaves it.
func (m Model) onHelpKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Back, m.keys.Help) {
		m.mode = m.back
		if m.helpOverDetail {
			m.mode, m.helpOverDetail = modeDetail, false
		}
		return m, nil
	}
	m.helpScr, _ = m.helpScr.Update(msg)
	return m, nil
}

// onDetailKey scrolls the detail view; esc returns to where it was opened.
func (m Model) onDetailKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.mode = m.back
		return m, nil
	case key.Matches(msg, m.keys.Help):
		m.helpScr = m.helpScr.show(m.theme, m.modeHelp().Groups)
		m.helpOverDetail, m.mode = true, modeHelp
		return m, nil
	case key.Matches(msg, m.keys.Copy):
		return m, m.detail.copyCmd(m.clipboardMax())
	}
	var cmd tea.Cmd
	m.detail, cmd = m.detail.Update(msg)
	return m, cmd
}

// onSourcesKey moves in the sources checklist and switches sources off and on, by name.
func (m Model) onSourcesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back, m.keys.Sources):
		m.mode = m.back
		return m, nil
	case key.Matches(msg, m.keys.Toggle):
		name, ok := m.sources.selected()
		if !ok {
			return m, nil
		}
		return m, m.setSelection(m.sel.toggleSource(name))
	}
	var cmd tea.Cmd
	m.sources, cmd = m.sources.Update(msg)
	return m, cmd
}
