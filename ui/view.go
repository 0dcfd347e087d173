package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/keymap"
)

// View renders the screen: rate strip, body, status bar and footer, each cut to the width.
func (m Model) View() tea.View {
	v := tea.NewView("")
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	// No window title: terminals keep no title to restore, so a title set here is left blank at
	// exit, wiping the one the user's shell or tmux had.
	if m.width <= 0 || m.height <= 0 {
		return v
	}
	parts := make([]string, 0, 4)
	if m.layout.strip.h > 0 {
		parts = append(parts, m.hist.strip(m.theme, m.layout.strip.w, m.stripMark()))
	}
	parts = append(parts, fit(m.body(), m.layout.body.w, m.layout.body.h))
	parts = append(parts, m.statusBar(), m.footer())
	v.Content = strings.Join(parts, "\n")
	if c := m.cursor(); c != nil {
		v.Cursor = c
	}
	return v
}

// body renders the current mode.
func (m Model) body() string {
	switch m.mode {
	case modePanes:
		return m.grid.View(m.panes, m.theme, m.plain(), m.emptyPane)
	case modeDetail:
		return m.detail.View()
	case modeHelp:
		return m.helpScr.View()
	case modeSources:
		return m.sources.View(m.theme)
	case modeHistogram:
		return m.hist.View(m.theme, m.loc())
	}
	if m.main.tl.len() == 0 {
		return m.emptyMessage()
	}
	return m.main.tl.View()
}

// emptyMessage explains an empty timeline: nothing loaded yet, or nothing matches.
func (m Model) emptyMessage() string {
	msg := "no entries yet"
	switch {
	case m.main.busy:
		msg = "searching…"
	case m.snap != nil && m.snap.Len() > 0:
		msg = "no entries match the filters (esc clears the search, L cycles the minimum level)"
	case !m.status.loaded && m.cfg.Loaded != nil:
		msg = "loading…"
	case m.sourcesEndedEmpty():
		// Standard input closed without a line (`trawl - < /dev/null`): nothing is coming.
		msg = "no entries: every source ended without a line (s lists them)"
	case len(m.cfg.Warnings) > 0:
		// Nothing read, and something went wrong opening the sources: say what, so that a
		// mistyped path is not a silent empty screen ("waiting for it to appear").
		msg = "no entries yet; " + SanitizeName(m.cfg.Warnings[0].Error())
		if n := len(m.cfg.Warnings); n > 1 {
			msg += fmt.Sprintf(" (and %d more: s lists them)", n-1)
		}
	}
	return m.theme.Timeline.Empty.Render(" " + msg)
}

// sourcesEndedEmpty reports whether every source has ended without a line read.
func (m Model) sourcesEndedEmpty() bool {
	if len(m.status.stats) == 0 {
		return false
	}
	for _, st := range m.status.stats {
		if !st.Done() || st.Lines > 0 {
			return false
		}
	}
	return true
}

// emptyPane explains an empty pane: its source switched off, or the filters' reason for the
// timeline.
func (m Model) emptyPane(v *viewer) string {
	if m.sel.isHidden(v.source) {
		return m.theme.Timeline.Empty.Render(" source switched off (s lists the sources)")
	}
	if v.busy {
		return m.theme.Timeline.Empty.Render(" searching…")
	}
	if m.sel.filtersNothing() && m.snap != nil && m.snap.Evicted() > 0 {
		// No filter hides anything: the source's entries were let go for newer ones.
		return m.theme.Timeline.Empty.Render(" entries left memory (--max-entries, --max-memory)")
	}
	return m.emptyMessage()
}

// fit makes s exactly h lines of at most w cells; none when h is not positive (a pane with room
// for its border alone).
func fit(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	w = max(w, 0)
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if textWidth(l) > w {
			lines[i] = truncateText(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// firstFitting returns the first of labels, longest first, that takes at most room cells, or ""
// when none does: a label gives way in a narrow terminal rather than being cut mid-word.
func firstFitting(room int, labels ...string) string {
	for _, l := range labels {
		if textWidth(l) <= room {
			return l
		}
	}
	return ""
}

// modeHelp returns the help of what has the keys now.
func (m Model) modeHelp() keymap.Help {
	k := *m.keys
	switch {
	case m.searching:
		return keymap.SearchHelp(k)
	case m.export.Active():
		return m.export.Help(k)
	}
	switch m.mode {
	case modePanes:
		// Paging keys show only where they go somewhere: help must not offer a no-op (} on the
		// last page, { on the first).
		k.NextPage.SetEnabled(m.grid.page+1 < m.grid.Pages())
		k.PrevPage.SetEnabled(m.grid.page > 0)
		return keymap.PanesHelp(k)
	case modeDetail:
		return keymap.DetailHelp(k)
	case modeHelp:
		return keymap.HelpHelp(k)
	case modeSources:
		return keymap.SourcesHelp(k)
	case modeHistogram:
		return keymap.HistogramHelp(k)
	}
	return keymap.TimelineHelp(k)
}

// minFooterHelp is the narrowest short help worth keeping beside a notice; below it the notice
// takes the whole row.
const minFooterHelp = 12

// footer is the input line when one has focus, else the short help with the current notice at
// its right end. Notices live here rather than in the status bar so that they never push out the
// counts, and the help they shorten is the least urgent text on screen for their few seconds.
func (m Model) footer() string {
	w := m.layout.footer.w
	switch {
	case m.searching:
		return truncateText(m.input.View(), w, "")
	case m.export.Active():
		return truncateText(m.export.View(), w, "")
	}
	if m.status.notice == "" {
		return truncateText(m.help.View(m.modeHelp()), w, "")
	}
	p := m.theme.Status.Value
	if m.status.noticeErr {
		p = m.theme.Status.Error
	}
	text := truncateText(SanitizeName(m.status.notice), w, "…")
	note := p.wrap(text)
	room := w - textWidth(text) - 2
	if room < minFooterHelp {
		return note
	}
	help := m.shortHelp(room)
	return help + strings.Repeat(" ", w-textWidth(help)-textWidth(text)) + note
}

// shortHelp renders the short help beside a notice in at most w columns. The help model adds a binding that
// overflows when its "…" would not fit either, so a narrower width is tried until the whole
// line, "…" included, fits; cutting the line instead could split a binding in two.
func (m Model) shortHelp(w int) string {
	h := m.help
	for hw := w; hw > 1; hw-- {
		h.SetWidth(hw)
		if s := h.View(m.modeHelp()); textWidth(s) <= w {
			return s
		}
	}
	return truncateText(h.View(m.modeHelp()), w, "")
}

// cursor places the terminal cursor in the focused input.
func (m Model) cursor() *tea.Cursor {
	var c *tea.Cursor
	switch {
	case m.searching:
		c = inputCursor(m.input)
	case m.export.Active():
		c = m.export.Cursor()
	}
	if c != nil {
		c.Y += m.layout.footer.y
	}
	return c
}

// flowColumns lays blocks out left to right, starting a new row of blocks when one would not fit.
func flowColumns(cols []string, w int) string {
	const gap = "   "
	var rows, cur []string
	used := 0
	for _, c := range cols {
		cw := lipgloss.Width(c)
		if len(cur) > 0 && used+len(gap)+cw > w {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, cur...))
			cur, used = nil, 0
		}
		if len(cur) > 0 {
			cur = append(cur, gap)
			used += len(gap)
		}
		cur = append(cur, c)
		used += cw
	}
	if len(cur) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, cur...))
	}
	return strings.Join(rows, "\n\n")
}
