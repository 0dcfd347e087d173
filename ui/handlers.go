package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/parse"
)

// onResize recomputes the layout and hands every component its rectangle.
func (m Model) onResize(w, h int) Model {
	m.width, m.height = w, h
	m.layout = computeLayout(w, h)
	body := m.layout.body
	m.timeline.SetSize(body.w, body.h)
	m.panes.SetSize(body.w, body.h)
	m.detail.SetSize(body.w, body.h)
	m.sources.SetSize(body.w, body.h)
	m.hist.SetSize(body.w, body.h)
	m.help.SetWidth(w)
	m.input.SetWidth(max(w-2, 1))
	m.export.input.SetWidth(max(w-20, 1))
	m.restyle()
	return m
}

// onData takes a new snapshot and starts bringing every view up to date with it.
func (m Model) onData() (tea.Model, tea.Cmd) {
	m.snap = m.cfg.Ring.Snapshot()
	m.pollStats()
	cmds := []tea.Cmd{m.waitForData()}
	for i := range m.slots {
		cmds = append(cmds, m.slots[i].refresh(i, m.snap))
	}
	cmds = append(cmds, m.panes.refresh(m.snap), m.histogramCmd(false))
	return m, tea.Batch(cmds...)
}

// onResult applies a computed view if it is still wanted, and waits for the next one.
func (m Model) onResult(msg resultMsg) (tea.Model, tea.Cmd) {
	var ok bool
	if msg.slot < slotPanes {
		ok = m.slots[msg.slot].apply(msg)
	} else {
		m.panes, ok = m.panes.apply(msg)
	}
	if !ok {
		return m, nil
	}
	m.restyle()
	if msg.done {
		return m, tea.Batch(msg.next, m.histogramCmd(false))
	}
	return m, msg.next
}

// requery recompiles the query and re-evaluates every view it affects. A query that does not
// compile (a half-typed regex) keeps the previous results and shows the error.
func (m *Model) requery() tea.Cmd {
	if m.cfg.Ring == nil {
		return nil
	}
	m.snap = m.cfg.Ring.Snapshot()
	mm, err := filter.Compile(m.query)
	m.searchErr = err
	if err != nil {
		return nil
	}
	cmds := []tea.Cmd{m.slots[slotMain].evaluate(slotMain, m.snap, mm)}
	if m.highlightOnly && m.query.Search != "" {
		base := m.query
		base.Search = ""
		if cur := m.slots[slotBase].matcher; cur == nil || !sameSelection(cur.Query(), base) {
			if bm, err := filter.Compile(base); err == nil {
				cmds = append(cmds, m.slots[slotBase].evaluate(slotBase, m.snap, bm))
			}
		}
	}
	cmds = append(cmds, m.panes.requery(m.snap, m.query))
	m.restyle()
	return tea.Batch(cmds...)
}

// sameSelection reports whether two queries select the same levels and sources.
func sameSelection(a, b filter.Query) bool {
	if a.Levels != b.Levels {
		return false
	}
	n := max(len(a.Sources), len(b.Sources))
	for i := 0; i < n; i++ {
		if enabled(a.Sources, i) != enabled(b.Sources, i) {
			return false
		}
	}
	return true
}

func enabled(s []bool, i int) bool { return i >= len(s) || s[i] }

// toggleLevel switches one level on or off; the minimum level no longer describes the set.
func (m *Model) toggleLevel(l int) tea.Cmd {
	m.query.Levels[l] = !m.query.Levels[l]
	m.minLevel = parse.Unknown
	return m.requery()
}

// minLevelCycle is the order L steps through; Unknown means no minimum.
var minLevelCycle = []parse.Level{parse.Unknown, parse.Debug, parse.Info, parse.Warn, parse.Error, parse.Critical}

// cycleMinLevel moves to the next minimum level and enables exactly the levels at or above it.
func (m *Model) cycleMinLevel() tea.Cmd {
	i := slices.Index(minLevelCycle, m.minLevel)
	m.minLevel = minLevelCycle[(i+1)%len(minLevelCycle)]
	for l := range m.query.Levels {
		m.query.Levels[l] = m.minLevel == parse.Unknown || (l != int(parse.Unknown) && l >= int(m.minLevel))
	}
	return m.requery()
}

// toggleSource enables or disables one source by ring id.
func (m *Model) toggleSource(id int) tea.Cmd {
	for len(m.query.Sources) <= id {
		m.query.Sources = append(m.query.Sources, true)
	}
	m.query.Sources = slices.Clone(m.query.Sources)
	m.query.Sources[id] = !m.query.Sources[id]
	return m.requery()
}

// onWheel scrolls whatever is on screen.
func (m Model) onWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case modeTimeline:
		m.timeline, _ = m.timeline.Update(msg)
	case modePanes:
		m.panes, _ = m.panes.Update(msg)
	case modeDetail:
		m.detail, _ = m.detail.Update(msg)
	}
	return m, nil
}

// onSearchKey edits the search; every change re-evaluates at once, cancelling the previous run.
func (m Model) onSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Confirm):
		m.focus = focusNone
		m.input.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m.focus = focusNone
		m.input.Blur()
		return m.setSearch("")
	}
	return m.onInput(msg)
}

// onInput hands typing and pastes to the focused input.
func (m Model) onInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m.focus {
	case focusSearch:
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		if m.input.Value() == m.query.Search {
			return m, cmd
		}
		mm, c2 := m.setSearch(m.input.Value())
		return mm, tea.Batch(cmd, c2)
	case focusPrompt:
		var cmd tea.Cmd
		m.export.input, cmd = m.export.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

// setSearch changes the search text and re-evaluates.
func (m Model) setSearch(s string) (tea.Model, tea.Cmd) {
	m.query.Search = s
	m.input.SetValue(s)
	return m, m.requery()
}

// jumpMatch moves the timeline to the next (dir > 0) or previous search match.
func (m *Model) jumpMatch(dir int) {
	v := m.slots[slotMain].view
	seq, ok := m.timeline.Cursor()
	if v == nil || v.Len() == 0 || !ok {
		return
	}
	i := v.Index(seq)
	if dir > 0 {
		if i < v.Len() && v.At(i) == seq {
			i++
		}
	} else {
		i--
	}
	if i < 0 || i >= v.Len() {
		return
	}
	m.timeline.JumpTo(v.At(i))
}
