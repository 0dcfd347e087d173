package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// onKey routes a key: quit first, then the focused input, then the current mode.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.ForceQuit) {
		m.stopAll()
		return m, tea.Quit
	}
	switch m.focus {
	case focusSearch:
		return m.onSearchKey(msg)
	case focusPrompt, focusConfirm:
		return m.onExportKey(msg)
	}
	if key.Matches(msg, k.Quit) {
		m.stopAll()
		return m, tea.Quit
	}
	switch m.mode {
	case modeHelp:
		if key.Matches(msg, k.Back, k.Help) {
			m.mode = m.back
		}
		return m, nil
	case modeDetail:
		return m.onDetailKey(msg)
	case modeSources:
		return m.onSourcesKey(msg)
	case modeHistogram:
		return m.onHistogramKey(msg)
	}
	return m.onBrowseKey(msg)
}

// stopAll cancels every running evaluation, so that quitting leaves no work behind.
func (m *Model) stopAll() {
	for i := range m.slots {
		m.slots[i].stop()
	}
	m.panes.stop()
}

// open switches to a full-screen mode that esc leaves.
func (m *Model) open(md mode) {
	if m.mode == modeTimeline || m.mode == modePanes {
		m.back = m.mode
	}
	m.mode = md
}

// onBrowseKey handles the keys of the timeline and the panes.
func (m Model) onBrowseKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	for i, b := range k.Levels {
		if key.Matches(msg, b) {
			return m, m.toggleLevel(i)
		}
	}
	switch {
	case key.Matches(msg, k.Help):
		m.open(modeHelp)
	case key.Matches(msg, k.Search):
		m.focus = focusSearch
		return m, m.input.Focus()
	case key.Matches(msg, k.MinLevel):
		return m, m.cycleMinLevel()
	case key.Matches(msg, k.HighlightOnly):
		m.highlightOnly = !m.highlightOnly
		return m, m.requery()
	case key.Matches(msg, k.NextMatch):
		m.jumpMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.jumpMatch(-1)
	case key.Matches(msg, k.Sources):
		m.sources = m.sources.open(m.snap, m.query.Sources, m.statsOrNil())
		m.open(modeSources)
	case key.Matches(msg, k.Detail):
		return m.openDetail()
	case key.Matches(msg, k.Back):
		return m.onBack()
	case key.Matches(msg, k.Copy):
		return m, m.copyCmd()
	case key.Matches(msg, k.Export):
		return m.startExport()
	case key.Matches(msg, k.UTC):
		m.utc = !m.utc
		m.restyle()
	case key.Matches(msg, k.Panes):
		return m.togglePanes()
	case key.Matches(msg, k.Histogram):
		m.open(modeHistogram)
		if seq, ok := m.timeline.Cursor(); ok && m.shown().snap != nil {
			m.hist.want = m.shown().snap.Key(seq).Sort
		}
		return m, m.histogramCmd(true)
	default:
		return m.browse(msg)
	}
	return m, nil
}

// browse hands navigation to the timeline or the focused pane.
func (m Model) browse(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.mode == modePanes {
		m.panes, cmd = m.panes.Update(msg)
		return m, cmd
	}
	m.timeline, cmd = m.timeline.Update(msg)
	return m, cmd
}

// onBack clears the innermost thing: the selection, then the search.
func (m Model) onBack() (tea.Model, tea.Cmd) {
	if _, _, sel := m.timeline.Selection(); sel {
		m.timeline.ClearSelection()
		return m, nil
	}
	if m.panes.zoomed {
		m.panes.zoomed = false
		m.panes.layoutPanes()
		return m, nil
	}
	if m.query.Search != "" {
		return m.setSearch("")
	}
	return m, nil
}

// togglePanes switches between the merged timeline and the per-source panes.
func (m Model) togglePanes() (tea.Model, tea.Cmd) {
	if m.mode == modePanes {
		m.mode = modeTimeline
		m.panes.stop()
		return m, nil
	}
	m.mode = modePanes
	var cmd tea.Cmd
	m.panes, cmd = m.panes.open(m.snap, m.query)
	m.panes.restyle(&m)
	return m, cmd
}

// onDetailKey scrolls the detail view; esc returns to where it was opened.
func (m Model) onDetailKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.mode = m.back
		return m, nil
	case key.Matches(msg, m.keys.Help):
		m.back, m.mode = modeDetail, modeHelp
		return m, nil
	case key.Matches(msg, m.keys.Copy):
		return m, m.detail.copyCmd()
	}
	var cmd tea.Cmd
	m.detail, cmd = m.detail.Update(msg)
	return m, cmd
}

// onSourcesKey moves in the sources checklist and toggles sources.
func (m Model) onSourcesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back, m.keys.Sources):
		m.mode = m.back
		return m, nil
	case key.Matches(msg, m.keys.Toggle):
		id := m.sources.cursor
		cmd := m.toggleSource(id)
		m.sources = m.sources.open(m.snap, m.query.Sources, m.statsOrNil())
		m.sources.cursor = id
		return m, cmd
	}
	var cmd tea.Cmd
	m.sources, cmd = m.sources.Update(msg)
	return m, cmd
}

// onHistogramKey moves between buckets; enter jumps the timeline to the chosen one.
func (m Model) onHistogramKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back, m.keys.Histogram):
		m.mode = m.back
		return m, nil
	case key.Matches(msg, m.keys.UTC):
		m.utc = !m.utc
		m.restyle()
		return m, nil
	case key.Matches(msg, m.keys.Confirm):
		if t, ok := m.hist.selectedTime(); ok {
			m.mode = modeTimeline
			m.jumpToTime(t)
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.hist, cmd = m.hist.Update(msg)
	return m, cmd
}
