package ui

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
)

// Detail shows one entry in full: every parsed field, pretty-printed JSON when the line was JSON,
// the whole multi-line text, the source, the offset and the time in UTC and the local zone. It
// keeps the entry's rendered lines in a viewport, which is fine for one entry.
type Detail struct {
	keys  *keymap.KeyMap
	vp    viewport.Model
	entry parse.Entry
}

// NewDetail returns an empty detail view.
func NewDetail(keys *keymap.KeyMap) Detail {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return Detail{keys: keys, vp: vp}
}

// SetSize sets the rectangle the detail view draws in.
func (d *Detail) SetSize(w, h int) {
	d.vp.SetWidth(w)
	d.vp.SetHeight(h)
}

// openDetail shows the entry under the cursor.
func (m Model) openDetail() (tea.Model, tea.Cmd) {
	tl := m.timeline
	snap := m.shown().snap
	if m.mode == modePanes {
		tl = m.panes.focused()
		snap = m.panes.focusedSnap()
	}
	seq, ok := tl.Cursor()
	if !ok || snap == nil {
		return m, nil
	}
	e, ok := snap.Entry(seq)
	if !ok {
		return m, nil
	}
	m.detail.show(e, m.theme, m.cfg.Location)
	m.open(modeDetail)
	return m, nil
}

// show renders the entry into the viewport, scrolled to the top.
func (d *Detail) show(e parse.Entry, th *Theme, local *time.Location) {
	d.entry = e
	ds := &th.Detail
	var lines []string
	section := func(title string) {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, ds.Section.Render(title))
	}
	field := func(k, v string) {
		lines = append(lines, "  "+ds.Key.Render(padRight(Sanitize(k), 14))+" "+ds.Value.Render(Sanitize(v)))
	}
	section("Entry")
	if t := e.UTC(); !t.IsZero() {
		field("time (UTC)", t.Format(time.RFC3339Nano))
		field("time (local)", t.In(local).Format("2006-01-02 15:04:05.000000000 MST"))
	} else {
		field("time", "none")
	}
	field("level", e.Level.String())
	field("source", e.Source)
	field("offset", strconv.FormatInt(e.Offset, 10))
	if e.Host != "" {
		field("host", e.Host)
	}
	field("format", e.Format.String())
	field("lines", strconv.Itoa(e.Lines()))
	if e.Truncated {
		field("truncated", "yes: the entry was cut at the per-entry size cap")
	}
	if fields := parse.Fields(e.Format, []byte(e.Raw)); len(fields) > 0 {
		section("Fields")
		for _, f := range fields {
			field(f.Key, f.Value)
		}
	}
	if e.Format == parse.FormatJSON {
		var buf bytes.Buffer
		if json.Indent(&buf, []byte(e.Raw), "  ", "  ") == nil {
			section("JSON")
			for _, l := range sanitizeLines(buf.String()) {
				lines = append(lines, "  "+l)
			}
		}
	}
	section("Text")
	for _, l := range sanitizeLines(e.Raw) {
		lines = append(lines, "  "+l)
	}
	d.vp.SetContentLines(lines)
	d.vp.GotoTop()
	d.vp.SetXOffset(0)
}

func padRight(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// Update scrolls with the timeline's navigation keys and the mouse wheel.
func (d Detail) Update(msg tea.Msg) (Detail, tea.Cmd) {
	k := d.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Up):
			d.vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			d.vp.ScrollDown(1)
		case key.Matches(msg, k.PageUp):
			d.vp.PageUp()
		case key.Matches(msg, k.PageDown):
			d.vp.PageDown()
		case key.Matches(msg, k.HalfUp):
			d.vp.HalfPageUp()
		case key.Matches(msg, k.HalfDown):
			d.vp.HalfPageDown()
		case key.Matches(msg, k.Top):
			d.vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			d.vp.GotoBottom()
		case key.Matches(msg, k.Left):
			d.vp.ScrollLeft(max(d.vp.Width()/4, 1))
		case key.Matches(msg, k.Right):
			d.vp.ScrollRight(max(d.vp.Width()/4, 1))
		}
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		d.vp, cmd = d.vp.Update(msg)
		return d, cmd
	}
	return d, nil
}

// View renders the visible part of the entry.
func (d Detail) View() string { return d.vp.View() }

// copyCmd copies the entry's text, made safe, to the clipboard.
func (d Detail) copyCmd() tea.Cmd {
	text := strings.Join(sanitizeLines(d.entry.Raw), "\n")
	return func() tea.Msg { return copiedMsg{text: text, n: 1} }
}
