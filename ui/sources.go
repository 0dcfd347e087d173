package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
	"github.com/trawl-dev/trawl/tail"
)

// Sources is the checklist of sources: each can be switched off and on, and each shows its line
// count, rate and state (following, rotated N times, waiting for file, error and why). Its rows
// are rebuilt from the ring and the tailers' stats whenever they change, so that the counts move
// while it is open; the cursor stays on its source by name as rows come and go. Below the rows it
// words the start-up warnings: paths that named nothing, directories without logs, logs this user
// may not read.
type Sources struct {
	keys          *keymap.KeyMap
	width, height int
	items         []sourceItem
	cursor, top   int
	errs          []error    // the start-up warnings
	warnings      []string   // those still true (see openWarnings), sanitized
	warnLines     []warnLine // the warnings wrapped to the width, cut to what the rows leave (see rewrap)
	wrapped       [2]int     // the width and the most lines warnLines were made for
}

type sourceItem struct {
	name  string
	on    bool
	stats *tail.Stats // nil when the tailer reports nothing for it
}

// warnLine is one line of a wrapped start-up warning; the first line of each carries the marker.
type warnLine struct {
	text  string
	first bool
}

// warnIndent is the width of the marker column before each warning's lines.
const warnIndent = 3

// NewSources returns an empty checklist that words warnings, the start-up warnings, below its rows.
func NewSources(keys *keymap.KeyMap, warnings []error) Sources {
	s := Sources{keys: keys, errs: warnings}
	s.setWarnings(warnings)
	return s
}

// setWarnings words the warnings still true.
func (s *Sources) setWarnings(ws []error) {
	s.warnings = make([]string, 0, len(ws)) // new: the view is copied with the model
	for _, w := range ws {
		s.warnings = append(s.warnings, SanitizeName(w.Error()))
	}
}

// SetSize sets the rectangle the list draws in.
func (s *Sources) SetSize(w, h int) {
	s.width, s.height = w, max(h, 1)
	s.rewrap()
}

// rewrap wraps the warnings again when the width or the room the rows leave them changed: half
// the height at least, and all the rows do not take (a few sources leave room for every warning;
// a new user could not see the last of them).
func (s *Sources) rewrap() {
	most := max(s.height/2, s.height-2-len(s.items))
	if s.wrapped == [2]int{s.width, most} && s.warnLines != nil {
		return
	}
	s.warnLines, s.wrapped = wrapWarnings(s.warnings, s.width, most), [2]int{s.width, most}
}

// wrapWarnings wraps each warning to the width less the marker column, and cuts the lot, with its
// blank line and title, to most lines; a cut ends in "…".
func wrapWarnings(ws []string, width, most int) []warnLine {
	var lines []warnLine
	for _, w := range ws {
		room := max(width-warnIndent, 10)
		for i, l := range fitLines(strings.Split(ansi.Wrap(w, room, ""), "\n"), room) {
			lines = append(lines, warnLine{text: l, first: i == 0})
		}
	}
	if room := max(most-2, 1); len(lines) > room {
		lines = append(lines[:room-1], warnLine{text: "…"})
	}
	return lines
}

// rowsHeight is the height the title and the rows may take: what the warnings leave.
func (s Sources) rowsHeight() int {
	if len(s.warnLines) == 0 {
		return s.height
	}
	return max(s.height-2-len(s.warnLines), 2)
}

// sync rebuilds the rows: the ring's sources and those the tailers know that have no entry yet,
// by name, each on or off as sel says and with its current stats.
func (s Sources) sync(snap *ring.Snapshot, sel selection, stats []tail.Stats) Sources {
	at, _ := s.selected()
	items := make([]sourceItem, 0, len(stats))
	row := map[string]int{}
	if snap != nil {
		for _, name := range snap.Sources() {
			row[name] = len(items)
			items = append(items, sourceItem{name: name, on: !sel.isHidden(name)})
		}
	}
	for i := range stats {
		st := &stats[i]
		if r, ok := row[st.Source]; ok {
			items[r].stats = st
			continue
		}
		row[st.Source] = len(items)
		items = append(items, sourceItem{name: st.Source, on: !sel.isHidden(st.Source), stats: st})
	}
	// By name, as ls lists them: the order the tailers happened to start in is no order to find
	// one of two thousand files by.
	slices.SortStableFunc(items, func(a, b sourceItem) int { return compareNames(a.name, b.name) })
	s.items = items
	if open := openWarnings(s.errs, stats); len(open) != len(s.warnings) {
		s.setWarnings(open)
		s.warnLines = nil // wrapped again
	}
	s.rewrap()
	if r := slices.IndexFunc(items, func(it sourceItem) bool { return it.name == at }); r >= 0 {
		s.cursor = r // the cursor stays on its source, wherever the sort put it
	}
	s.cursor = min(s.cursor, max(len(s.items)-1, 0))
	return s
}

// selected returns the name of the source under the cursor.
func (s Sources) selected() (string, bool) {
	if s.cursor >= len(s.items) {
		return "", false
	}
	return s.items[s.cursor].name, true
}

// Update moves the cursor.
func (s Sources) Update(msg tea.Msg) (Sources, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, s.keys.Up):
			s.cursor = max(s.cursor-1, 0)
		case key.Matches(k, s.keys.Down):
			s.cursor = min(s.cursor+1, max(len(s.items)-1, 0))
		case key.Matches(k, s.keys.Top):
			s.cursor = 0
		case key.Matches(k, s.keys.Bottom):
			s.cursor = max(len(s.items)-1, 0)
		}
	}
	if s.cursor < s.top {
		s.top = s.cursor
	}
	if h := s.rowsHeight(); s.cursor >= s.top+h-1 {
		s.top = s.cursor - h + 2
	}
	return s, nil
}

// View renders the checklist with a header line. Its columns line up: names left-aligned, line
// counts and rates right-aligned, the state last since its length varies the most.
func (s Sources) View(th *Theme) string {
	lines := []string{th.Detail.Title.Render(fmt.Sprintf("Sources (%d)", len(s.items)))}
	if len(s.items) == 0 {
		lines = append(lines, th.Timeline.Empty.Render(" no sources yet"))
	}
	cells := make([]sourceCells, len(s.items))
	var wName, wLines, wRate int
	for i := range s.items {
		c := s.cells(i)
		cells[i] = c
		wName = max(wName, textWidth(c.name))
		wLines, wRate = max(wLines, len(c.lines)), max(wRate, len(c.rate))
	}
	for i := s.top; i < len(s.items) && len(lines) < s.rowsHeight(); i++ {
		c := cells[i]
		gutter := " "
		if i == s.cursor {
			gutter = th.Timeline.Cursor
		}
		box := "[x]"
		if !s.items[i].on {
			box = "[ ]"
		}
		p := th.Timeline.source(s.items[i].name)
		info := c.state
		if wLines > 0 {
			info = padLeft(c.lines, wLines) + "  " + padLeft(c.rate, wRate) + "  " + info
		}
		lines = append(lines, gutter+box+" "+p.wrap(padRight(c.name, wName))+"  "+th.Detail.Key.Render(info))
	}
	return strings.Join(append(lines, s.warningsView(th)...), "\n")
}

// warningsView is the start-up warnings block: a blank line, a title, and each warning marked "!".
func (s Sources) warningsView(th *Theme) []string {
	if len(s.warnLines) == 0 {
		return nil
	}
	lines := []string{"", th.Detail.Title.Render(fmt.Sprintf("Start-up warnings (%d)", len(s.warnings)))}
	for _, l := range s.warnLines {
		mark := strings.Repeat(" ", warnIndent)
		if l.first {
			mark = " " + th.Detail.Levels[parse.Warn].Render("!") + " "
		}
		lines = append(lines, mark+th.Detail.Value.Render(l.text))
	}
	return lines
}

// sourceCells are one source's columns, sanitized and unpadded.
type sourceCells struct{ name, lines, rate, state string }

// cells words item i; a long name keeps its end, where a path's file name is.
func (s Sources) cells(i int) sourceCells {
	it := s.items[i]
	name := SanitizeExactName(it.name)
	nameW := max(s.width/2-6, 10)
	if textWidth(name) > nameW {
		name = "…" + lastColumns(name, nameW-1)
	}
	c := sourceCells{name: name, state: "no stats"}
	if st := it.stats; st != nil {
		c.lines = counted(int(st.Lines), "line", "lines")
		c.rate = rateText(st.Rate)
		c.state = SanitizeName(sourceState(st)) // an error names a path: its colour codes are shown as in the name
	}
	return c
}

// padLeft right-aligns s, which is ASCII, in w columns.
func padLeft(s string, w int) string {
	if len(s) < w {
		return strings.Repeat(" ", w-len(s)) + s
	}
	return s
}

// sourceState words the tailer's state, with rotations and the last error, marked as past when the
// source has gone on since.
func sourceState(st *tail.Stats) string {
	s := st.State
	if st.Rotations > 0 {
		s += ", rotated " + counted(int(st.Rotations), "time", "times")
	}
	if st.Truncations > 0 {
		s += ", truncated " + counted(int(st.Truncations), "time", "times")
	}
	if st.Missed > 0 {
		s += ", " + counted(int(st.Missed), "rotated file", "rotated files") + " unread: lines lost"
	}
	if st.Err != nil && !strings.Contains(s, st.Err.Error()) {
		s += " (earlier: " + st.Err.Error() + ")" // the source read again since: the error is past
	}
	return s
}

// compareNames orders source names as a person reads them: runs of digits by their value, so that
// app-2.log comes before app-10.log, and the rest byte by byte; names equal so ("f7", "f007") by
// their bytes.
func compareNames(a, b string) int {
	if c := compareNatural(a, b); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// compareNatural is compareNames without the last tie-break.
func compareNatural(a, b string) int {
	for a != "" && b != "" {
		if isDigitByte(a[0]) && isDigitByte(b[0]) {
			na, nb := digitsPrefix(a), digitsPrefix(b)
			ta, tb := strings.TrimLeft(a[:na], "0"), strings.TrimLeft(b[:nb], "0")
			if c := cmp.Compare(len(ta), len(tb)); c != 0 {
				return c
			}
			if c := strings.Compare(ta, tb); c != 0 {
				return c
			}
			a, b = a[na:], b[nb:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// digitsPrefix is the length of the run of digits that s opens with.
func digitsPrefix(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}
