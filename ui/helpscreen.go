package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/trawl-dev/trawl/keymap"
)

// helpScreen is the full help: the key map of the mode it was opened from, in titled columns that
// flow onto more rows when the terminal is narrow, scrolled when it is taller than the screen.
type helpScreen struct {
	keys   *keymap.KeyMap
	vp     viewport.Model
	theme  *Theme
	groups []keymap.Group
}

func newHelpScreen(keys *keymap.KeyMap) helpScreen {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return helpScreen{keys: keys, vp: vp}
}

// SetSize sets the rectangle the help draws in and lays it out again.
func (h *helpScreen) SetSize(w, hgt int) {
	h.vp.SetWidth(w)
	h.vp.SetHeight(hgt)
	h.render()
}

// show lays out the groups of a mode's help, scrolled to the top.
func (h helpScreen) show(th *Theme, groups []keymap.Group) helpScreen {
	h.theme, h.groups = th, groups
	h.render()
	h.vp.GotoTop()
	return h
}

// render stacks groups in one column while they fit the height, then starts the next column.
func (h *helpScreen) render() {
	if h.theme == nil {
		return
	}
	hm := help.New()
	hm.Styles = h.theme.Help
	var cols []string
	cur, curH := "", 0
	for _, g := range h.groups {
		block := h.theme.Detail.Title.Render(g.Title) + "\n" + hm.FullHelpView([][]key.Binding{g.Bindings})
		bh := lipgloss.Height(block)
		if cur != "" && curH+1+bh > h.vp.Height() {
			cols = append(cols, cur)
			cur, curH = "", 0
		}
		if cur != "" {
			cur += "\n\n"
			curH++
		}
		cur += block
		curH += bh
	}
	if cur != "" {
		cols = append(cols, cur)
	}
	h.vp.SetContent(flowColumns(cols, h.vp.Width()))
}

// Update scrolls with the navigation keys and the mouse wheel.
func (h helpScreen) Update(msg tea.Msg) (helpScreen, tea.Cmd) {
	k := h.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Up):
			h.vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			h.vp.ScrollDown(1)
		case key.Matches(msg, k.PageUp, k.HalfUp):
			h.vp.PageUp()
		case key.Matches(msg, k.PageDown, k.HalfDown):
			h.vp.PageDown()
		case key.Matches(msg, k.Top):
			h.vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			h.vp.GotoBottom()
		}
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		h.vp, cmd = h.vp.Update(msg)
		return h, cmd
	}
	return h, nil
}

// View renders the visible part of the help.
func (h helpScreen) View() string { return h.vp.View() }
