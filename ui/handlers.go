package ui

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/parse"
)

// onResize recomputes the layout and hands every component its rectangle.
func (m Model) onResize(w, h int) Model {
	m.width, m.height = w, h
	m.layout = computeLayout(w, h)
	body := m.layout.body
	m.main.tl.SetSize(body.w, body.h)
	m.grid.SetSize(body.w, body.h)
	m.sizePanes()
	m.detail.SetSize(body.w, body.h)
	m.sources.SetSize(body.w, body.h)
	m.hist.SetSize(body.w, body.h)
	m.helpScr.SetSize(body.w, body.h)
	m.help.SetWidth(w)
	m.input.SetWidth(max(w-2, 1))
	m.input.SetCursor(m.input.Position()) // the part of a long query shown, for the new width
	m.export.SetWidth(w)
	m.restyle()
	return m
}

// sizePanes gives each pane's timeline its rectangle in the current grid.
func (m *Model) sizePanes() {
	for i := range m.panes {
		m.panes[i].tl.SetSize(m.grid.timelineSize(i))
	}
}

// onData takes a new snapshot and starts bringing every viewer up to date with it. A new source
// may need new queries: the panes' masks and the sources switched off by name before they had any
// entry.
func (m Model) onData(msg dataMsg) (tea.Model, tea.Cmd) {
	m, cmd := m.takeData()
	return m, tea.Batch(m.waitForData(msg.at), cmd)
}

// takeData takes a new snapshot and brings every viewer up to date with it; onData re-arms the
// data watch besides.
func (m Model) takeData() (Model, tea.Cmd) {
	prev := 0
	if m.snap != nil {
		prev = len(m.snap.Sources())
	}
	m.snap = m.cfg.Ring.Snapshot()
	m.pollStats()
	m.syncSources()
	if m.mode == modeDetail || m.mode == modeHelp && m.helpOverDetail {
		m.detail.follow(m.snap)
	}
	var cmds []tea.Cmd
	if len(m.snap.Sources()) != prev {
		m.syncPanes()
		cmds = append(cmds, m.requery())
	} else {
		cmds = append(cmds, m.main.refresh(m.snap))
		for i := range m.panes {
			cmds = append(cmds, m.panes[i].refresh(m.snap)) // a hidden pane has no view to refresh
		}
	}
	cmds = append(cmds, m.histogramCmd(false))
	return m, tea.Batch(cmds...)
}

// onResult applies a computed view if it is still wanted, and waits for the next one.
func (m Model) onResult(msg resultMsg) (tea.Model, tea.Cmd) {
	v := m.viewer(msg.viewer)
	if v == nil {
		return m, nil
	}
	ok, refresh := v.apply(msg, m.snap)
	if !ok {
		return m, nil
	}
	v.show(m.hl)
	if msg.done {
		m, open := m.exportWhenDone(v)
		return m, tea.Batch(msg.next, refresh, m.histogramCmd(false), open)
	}
	return m, tea.Batch(msg.next, refresh)
}

// requery compiles the search and re-evaluates every viewer whose query changed. A search that
// does not compile (a half-typed regex) keeps the previous results and shows the error.
func (m *Model) requery() tea.Cmd {
	if m.cfg.Ring == nil {
		return nil
	}
	m.snap = m.cfg.Ring.Snapshot()
	hl, err := m.sel.highlighter(m.cfg.Formats)
	if m.searchErr = err; err == nil {
		m.hl = hl
	}
	names := m.snap.Sources()
	cmds := append([]tea.Cmd{m.main.setQuery(m.snap, m.shown().query(names, "", m.cfg.Formats))}, m.queryPanes(names)...)
	m.restyle()
	return tea.Batch(cmds...)
}

// shown is the selection the views are evaluated with: the user's, with the last search that
// compiled (the highlighter's) in place of one that does not, as the status bar says.
func (m *Model) shown() selection {
	s := m.sel
	if m.searchErr != nil {
		s.search = ""
		if m.hl != nil {
			s.search = m.hl.Query().Search
		}
	}
	return s
}

// queryPanes evaluates the panes of the page shown and drops the work and the views of the
// others, which are evaluated when their page is: a directory of thousands of logs opens as many
// panes, and only a page of them is ever on screen.
func (m *Model) queryPanes(names []string) []tea.Cmd {
	first, n := m.grid.onPage()
	var cmds []tea.Cmd
	for i := range m.panes {
		v := &m.panes[i]
		if i < first || i >= first+n {
			v.hide()
			continue
		}
		cmds = append(cmds, v.setQuery(m.snap, m.shown().query(names, v.source, m.cfg.Formats)))
	}
	return cmds
}

// setSelection changes what is selected and re-evaluates.
func (m *Model) setSelection(s selection) tea.Cmd {
	m.sel = s
	m.syncSources()
	return m.requery()
}

// adoptCursors keeps each viewer on the entry it shows under its cursor as the user leaves a
// search for the whole list, clearing it or turning it into highlights (see Timeline.Hold). A
// level or a source toggled keeps the cursor's entry instead, so that toggling it back returns.
func (m *Model) adoptCursors() {
	m.main.tl.Hold()
	for i := range m.panes {
		m.panes[i].tl.Hold()
	}
}

// syncSources brings the sources view up to date while it is open, so that it is live.
func (m *Model) syncSources() {
	if m.mode == modeSources {
		m.sources = m.sources.sync(m.snap, m.sel, m.status.stats)
	}
}

// onlyErrors shows errors and worse, or, pressed again, the levels chosen before (see
// selection.onlyErrors).
func (m *Model) onlyErrors() tea.Cmd {
	return m.setSelection(m.sel.onlyErrors())
}

// minLevelCycle is the order L steps through; Unknown means no minimum.
var minLevelCycle = []parse.Level{parse.Unknown, parse.Debug, parse.Info, parse.Warn, parse.Error, parse.Critical}

// cycleMinLevel moves to the next minimum level and enables exactly the levels at or above it.
func (m *Model) cycleMinLevel() tea.Cmd {
	i := max(slices.Index(minLevelCycle, m.sel.minLevel), 0)
	return m.setSelection(m.sel.setMinLevel(minLevelCycle[(i+1)%len(minLevelCycle)]))
}

// onWheel scrolls whatever is on screen.
func (m Model) onWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case modeTimeline, modePanes:
		v := m.focused()
		v.tl, _ = v.tl.Update(msg)
	case modeDetail:
		m.detail, _ = m.detail.Update(msg)
	case modeHelp:
		m.helpScr, _ = m.helpScr.Update(msg)
	}
	return m, nil
}

// togglePanes opens one viewer per source, or closes them: closing stops their work and drops
// them, so that no keystroke evaluates panes that are not shown.
func (m Model) togglePanes() (tea.Model, tea.Cmd) {
	if m.mode == modePanes {
		// A new map each time: the model is copied by value, and the sources of panes closed
		// before are not kept for ever.
		m.paneSpots = make(map[string]TimelineSpot, len(m.panes))
		for i := range m.panes {
			m.panes[i].stop()
			m.paneSpots[m.panes[i].source] = m.panes[i].tl.Spot()
		}
		m.paneFocus = m.focused().source
		m.panes, m.mode = nil, modeTimeline
		m.grid.SetCount(0)
		return m, m.histogramCmd(false)
	}
	m.mode = modePanes
	if !m.syncPanes() {
		return m, nil
	}
	return m, m.requery()
}

// syncPanes gives every source its pane, in the order of their names, while the panes are open:
// those there are keep their places, and the focus stays on its source (the one focused when the
// panes were last closed, when they open). A source found after the panes opened gets its pane
// then. It reports whether the panes changed.
func (m *Model) syncPanes() bool {
	if m.mode != modePanes || m.snap == nil || len(m.snap.Sources()) == len(m.panes) {
		return false
	}
	focus := m.paneFocus
	if len(m.panes) > 0 {
		focus = m.focused().source
	}
	names := slices.SortedFunc(slices.Values(m.snap.Sources()), compareNames)
	panes := make([]viewer, len(names))
	for i, name := range names {
		if j := slices.IndexFunc(m.panes, func(v viewer) bool { return v.source == name }); j >= 0 {
			panes[i] = m.panes[j]
			continue
		}
		panes[i] = newViewer(m.newKey(), name, m.keys)
		if spot, ok := m.paneSpots[name]; ok {
			panes[i].tl.Restore(spot) // where it was when the panes were closed
		}
	}
	for i := range m.panes {
		if !slices.Contains(names, m.panes[i].source) {
			m.panes[i].stop()
		}
	}
	m.panes = panes
	m.grid.SetCount(len(names))
	if i := slices.Index(names, focus); i >= 0 {
		m.grid.setFocus(i)
	}
	m.sizePanes()
	return true
}

// onPanesKey moves the focus between panes, pages and zooms, re-sizes the panes to match and
// counts the histogram of the pane now focused.
func (m Model) onPanesKey(msg tea.KeyPressMsg) (Model, tea.Cmd, bool) {
	var handled bool
	m.grid, handled = m.grid.Update(msg)
	if !handled {
		return m, nil, false
	}
	m.sizePanes()
	var cmds []tea.Cmd
	if m.snap != nil {
		cmds = m.queryPanes(m.snap.Sources()) // another page, or a pane zoomed
	}
	m.restyle()
	return m, tea.Batch(append(cmds, m.histogramCmd(false))...), true
}
