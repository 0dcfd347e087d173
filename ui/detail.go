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

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// Detail shows one entry in full: every parsed field, pretty-printed JSON when the line was JSON,
// the whole multi-line text, the source, the offset and the time in UTC and the local zone. It
// keeps the entry's rendered lines in a viewport, which is fine for one entry.
type Detail struct {
	keys  *keymap.KeyMap
	vp    viewport.Model
	entry parse.Entry
	lines []string // the rendered lines the viewport scrolls over
	// What show was last given, to render the entry again at another width.
	theme *Theme
	local *time.Location
	hl    func([]byte) []int
	// formats give the fields of an entry a format defined without code read.
	formats parse.Defined
}

// NewDetail returns an empty detail view.
func NewDetail(keys *keymap.KeyMap) Detail {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return Detail{keys: keys, vp: vp}
}

// follow shows the entry's completed self when the ring replaced it (a file's newest entry that a
// stack trace continued, a line whose newline came after it was let go), where the view was.
func (d *Detail) follow(snap *ring.Snapshot) {
	if d.theme == nil || snap == nil {
		return
	}
	next := snap.Successor(d.entry.Seq)
	if next == d.entry.Seq {
		return
	}
	if e, ok := snap.Entry(next); ok {
		y := d.vp.YOffset()
		d.show(e, d.theme, d.local, d.hl)
		d.vp.SetYOffset(y)
	}
}

// SetSize sets the rectangle the detail view draws in, and wraps the entry again to the width.
func (d *Detail) SetSize(w, h int) {
	resized := w != d.vp.Width()
	d.vp.SetWidth(w)
	d.vp.SetHeight(h)
	if resized && d.theme != nil {
		y := d.vp.YOffset()
		d.show(d.entry, d.theme, d.local, d.hl)
		d.vp.SetYOffset(y)
	}
}

// openDetail shows the entry under the focused viewer's cursor, with the search's matches
// highlighted. Following stops at that entry, so that the timeline is still there when the view
// closes, with the entry's neighbours around it, rather than scrolled on to the newest.
func (m Model) openDetail() (tea.Model, tea.Cmd) {
	v := m.focused()
	v.tl.Hold()
	seq, ok := v.tl.Cursor()
	if !ok || v.snap == nil {
		return m, nil
	}
	e, ok := v.snap.Entry(seq)
	if !ok {
		return m, nil
	}
	var hl func([]byte) []int
	if m.hl != nil {
		hl = m.hl.Highlights
	}
	m.detail.show(e, m.theme, m.cfg.Location, hl)
	m.open(modeDetail)
	return m, nil
}

// detailLines collects the detail view's lines: titled sections of key/value fields and text.
type detailLines struct {
	ds    *DetailStyles
	lines []string
}

func (b *detailLines) section(title string) {
	if len(b.lines) > 0 {
		b.lines = append(b.lines, "")
	}
	b.lines = append(b.lines, b.ds.Section.Render(title))
}

// styled adds a field whose value is already safe and styled. Its key is a name: a key's colour
// codes are shown, so that a log's "user\x1b[0m" never reads as its "user".
func (b *detailLines) styled(k, v string) {
	b.lines = append(b.lines, "  "+b.ds.Key.Render(padRight(SanitizeName(k), 14))+" "+v)
}

func (b *detailLines) field(k, v string) { b.styled(k, b.ds.Value.Render(Sanitize(v))) }

// name adds a field that holds a name (a source, a host): its colour codes are shown too, so that
// two names never look the same.
func (b *detailLines) name(k, v string) { b.styled(k, b.ds.Value.Render(SanitizeExactName(v))) }

// times lists the entry's time in UTC and in the local zone. An entry without a time of its own
// shows the estimate that placed it in the timeline, marked so that it is never taken for a time
// the line carried.
func (b *detailLines) times(e parse.Entry, local *time.Location) {
	ns, mark := e.Time, ""
	if ns == 0 {
		ns, mark = e.Estimated, " (estimated)"
	}
	if ns == 0 {
		b.field("time", "none")
		return
	}
	t := time.Unix(0, ns).UTC()
	frac := fraction(t)
	b.field("time (UTC)", t.Format("2006-01-02T15:04:05"+frac+"Z07:00")+mark)
	b.field("time (local)", t.In(local).Format("2006-01-02 15:04:05"+frac+" MST")+mark)
}

// show renders the entry into the viewport, scrolled to the top. hl, when set, gives the byte
// offsets of a line that the search matched.
func (d *Detail) show(e parse.Entry, th *Theme, local *time.Location, hl func([]byte) []int) {
	d.entry, d.theme, d.local, d.hl = e, th, local, hl
	b := detailLines{ds: &th.Detail}
	b.section("Entry")
	b.times(e, local)
	level := th.Detail.Levels[min(int(e.Level), parse.NumLevels-1)].Render(e.Level.String())
	if e.LevelDerived() {
		level += " (from the HTTP status: the line writes no level)"
	}
	b.styled("level", level)
	b.name("source", e.Source)
	b.field("offset", strconv.FormatInt(e.Offset, 10))
	if e.Host != "" {
		b.name("host", e.Host)
	}
	b.field("format", e.Format.String())
	b.field("lines", strconv.Itoa(e.Lines()))
	if e.NoNewline {
		b.field("no newline", "the line had no newline when it was shown: its writer stopped mid-line")
	}
	if e.Truncated {
		b.field("truncated", "yes: the entry was cut at the per-entry size cap")
	}
	if labels := parse.LabelFields(e.Source); len(labels) > 0 {
		b.section("Labels") // a Loki stream's, which the source is named by
		for _, f := range labels {
			b.field(f.Key, f.Value)
		}
	}
	if fields := d.formats.Fields(e.Format, e.Source, []byte(e.Raw)); len(fields) > 0 {
		b.section("Fields")
		for _, f := range fields {
			b.field(f.Key, f.Value)
		}
	}
	if e.Format == parse.FormatJSON {
		var buf bytes.Buffer
		if json.Indent(&buf, []byte(e.Raw), "", "  ") == nil { // each line is set off by two blanks below
			b.section("JSON")
			for _, l := range sanitizeLines(buf.String()) {
				b.lines = append(b.lines, "  "+l)
			}
		}
	}
	b.section("Text")
	for i, l := range strings.Split(e.Raw, "\n") {
		text := highlightLine([]byte(strings.TrimSuffix(l, "\r")), hl, &th.Timeline.Text)
		if i > 0 {
			b.lines = append(b.lines, "  "+text)
			continue
		}
		// The first line, the one a row cuts, wraps so that it reads in full; the lines after it
		// (a stack trace) keep their shape and scroll sideways.
		room := max(d.vp.Width()-2, 10)
		for _, w := range fitLines(wrapText(text, room), room) {
			b.lines = append(b.lines, "  "+w)
		}
	}
	d.lines = b.lines
	d.vp.SetContentLines(b.lines)
	d.vp.GotoTop()
	d.vp.SetXOffset(0)
}

// fraction is the fraction-of-second layout for t: milliseconds, as the timeline shows, unless the
// entry carries finer digits, which are then all shown. Both zones use the same one.
func fraction(t time.Time) string {
	switch ns := t.Nanosecond(); {
	case ns%int(time.Millisecond) == 0:
		return ".000"
	case ns%int(time.Microsecond) == 0:
		return ".000000"
	}
	return ".000000000"
}

// highlightLine sanitizes one line of log text, painting the bytes hl reports as matched.
func highlightLine(line []byte, hl func([]byte) []int, paints *[3]paint) string {
	var offs []int
	if hl != nil {
		offs = hl(line)
	}
	var sb strings.Builder
	z := sanitizer{out: &sb, paints: paints}
	z.write(line, offs)
	z.close()
	return sb.String()
}

func padRight(s string, w int) string {
	if n := textWidth(s); n < w {
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
func (d Detail) View() string {
	view := d.vp.View()
	w := d.vp.Width()
	if w < 2 {
		return view
	}
	// A line that runs on past the right edge ends in a marker, as a row does: a value cut at the
	// edge ("user_id 0123…") must not read as whole.
	shown := strings.Split(view, "\n")
	for i := range shown {
		at := d.vp.YOffset() + i
		if at < len(d.lines) && textWidth(d.lines[at])-d.vp.XOffset() > w {
			shown[i] = truncateText(shown[i], w-1, "") + d.theme.Timeline.Marker.wrap("…")
		}
	}
	return strings.Join(shown, "\n")
}

// copyCmd copies the entry's text, made safe, to the clipboard, within limit bytes as the
// timeline's copy is: a longer one would not arrive, and is refused.
func (d Detail) copyCmd(limit int) tea.Cmd {
	raw := d.entry.Raw
	return func() tea.Msg {
		if len(raw) > limit {
			return copiedMsg{n: 1, tooBig: len(raw)}
		}
		text := strings.Join(sanitizeLines(raw), "\n")
		if len(text) > limit { // placeholders make the text longer than the raw bytes
			return copiedMsg{n: 1, tooBig: len(text)}
		}
		return copiedMsg{text: text, n: 1}
	}
}
