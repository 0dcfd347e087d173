package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// sourcesEntries returns n entries spread over the given number of sources, src0.log, src1.log…,
// each with host web1.
func sourcesEntries(sources, n int) []entry {
	es := make([]entry, n)
	for i := range es {
		es[i] = entry{src: fmt.Sprintf("src%d.log", i%sources), at: time.Duration(i) * time.Second,
			level: parse.Info, host: "web1", msg: fmt.Sprintf("message number %d", i)}
	}
	return es
}

// Four sources tile as 2×2 on common terminal sizes, and the grid fills the body: no blank row
// between the panes and the status bar, no line wider than the screen.
func TestPanesGridFillsBody(t *testing.T) {
	for _, sz := range [][2]int{{120, 34}, {140, 40}} {
		d := newDriver(t, ringOf(t, sourcesEntries(4, 80)), sz[0], sz[1])
		d.keys("tab")
		if d.m.grid.cols != 2 || d.m.grid.rows != 2 {
			t.Fatalf("%v: grid %dx%d, want 2x2", sz, d.m.grid.cols, d.m.grid.rows)
		}
		body := d.bodyLines()
		if n := strings.Count(body[0], "╭"); n != 2 {
			t.Fatalf("%v: %d panes in the first row, want 2:\n%s", sz, n, d.screen())
		}
		if last := body[len(body)-1]; !strings.HasPrefix(last, "╰") || strings.Count(last, "╰") != 2 {
			t.Fatalf("%v: body does not end with the panes' bottom border: %q\n%s", sz, last, d.screen())
		}
		for _, l := range strings.Split(d.screen(), "\n") {
			if w := ansi.StringWidth(l); w > sz[0] {
				t.Fatalf("%v: line %d wide: %q", sz, w, l)
			}
		}
	}
}

// Inside a pane the source column is gone (the title names it) while the host stays; the title is
// in the source's colour, bold, and starts in the column the rows' times start in.
func TestPanesRowsAndTitles(t *testing.T) {
	d := newDriver(t, ringOf(t, sourcesEntries(4, 80)), 120, 34)
	d.keys("tab")
	body := d.bodyLines()
	title, row := body[1], body[2]
	if !strings.HasPrefix(title, "│ src0.log ") {
		t.Fatalf("title row %q", title)
	}
	if !regexp.MustCompile(`^│ 12:0\d:\d\d\.000 INFO  web1 message number \d+ +││ 12:`).MatchString(row) {
		t.Fatalf("pane row %q, want time, level, host and message", row)
	}
	if strings.Contains(strings.Join(body[2:], "\n"), "src0.log") {
		t.Fatalf("a pane row repeats its source:\n%s", d.screen())
	}
	want := d.m.theme.Timeline.sourceTitle("src1.log").wrap("src1.log")
	if !strings.Contains(d.m.View().Content, want) || want == "src1.log" {
		t.Fatalf("pane title not styled: want %q", want)
	}
}

// Sources beyond one screen are paged; a page's panes fill it even when it is not full.
func TestPanesPaging(t *testing.T) {
	d := newDriver(t, ringOf(t, sourcesEntries(7, 70)), 80, 24)
	d.keys("tab")
	if got := d.m.grid.perPage(); got != 6 {
		t.Fatalf("%d panes per page at 80x24, want 6", got)
	}
	if !strings.Contains(d.screen(), "(page 1/2)") {
		t.Fatalf("no page indicator:\n%s", d.screen())
	}
	if !strings.Contains(d.screen(), "next panes page") {
		t.Errorf("two pages, but the help does not offer paging:\n%s", d.screen())
	}
	d.keys("}")
	body := d.bodyLines()
	if d.m.grid.page != 1 || !strings.HasPrefix(body[1], "│ src6.log  (page 2/2)") {
		t.Fatalf("page %d:\n%s", d.m.grid.page, d.screen())
	}
	if s := d.screen(); strings.Contains(s, "next panes page") || !strings.Contains(s, "previous panes page") {
		t.Errorf("on the last page the help offers } or not {:\n%s", s)
	}
	if w := ansi.StringWidth(body[0]); w != 80 || !strings.HasPrefix(body[len(body)-1], "╰") {
		t.Fatalf("the lone pane does not fill the page:\n%s", d.screen())
	}
}

// With every pane on one screen the help does not offer a paging key that would do nothing.
func TestPanesHelpHidesPagingOnOnePage(t *testing.T) {
	d := newDriver(t, ringOf(t, sourcesEntries(2, 20)), 120, 34)
	d.keys("tab")
	if strings.Contains(d.screen(), "next panes page") {
		t.Errorf("one page, but the help offers paging:\n%s", d.screen())
	}
}

func TestPanesFitSmallTerminals(t *testing.T) {
	d := newDriver(t, ringOf(t, sourcesEntries(4, 80)), 80, 24)
	d.keys("tab")
	for _, sz := range [][2]int{{60, 15}, {80, 24}, {200, 50}, {40, 10}} {
		d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		lines := strings.Split(d.screen(), "\n")
		if len(lines) != sz[1] {
			t.Fatalf("%v: %d lines", sz, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > sz[0] {
				t.Fatalf("%v: line %d wide: %q", sz, w, l)
			}
		}
		if last := d.bodyLines()[d.m.layout.body.h-1]; !strings.HasPrefix(last, "╰") {
			t.Fatalf("%v: blank row under the panes:\n%s", sz, d.screen())
		}
	}
}

// A terminal a few rows tall leaves a pane room for its border alone, or less: panes still draw,
// every line within the screen (a slice of -1 rows crashed the program at 4 rows and under).
func TestPanesOnTinyTerminals(t *testing.T) {
	for _, sources := range []int{1, 2, 4} {
		d := newDriver(t, ringOf(t, sourcesEntries(sources, 40)), 120, 30)
		d.keys("tab")
		for _, sz := range [][2]int{{200, 4}, {60, 3}, {30, 4}, {10, 3}, {5, 2}, {1, 1}, {120, 30}} {
			d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			for _, l := range strings.Split(d.screen(), "\n") {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Fatalf("%d sources at %v: line %d wide: %q", sources, sz, w, l)
				}
			}
		}
	}
}

func TestPanesGridChoice(t *testing.T) {
	cases := []struct{ n, w, h, cols, rows int }{
		{4, 120, 31, 2, 2}, // not 3+1: no empty slot
		{4, 140, 37, 2, 2},
		{3, 80, 21, 1, 3},  // too narrow for two columns without an empty slot
		{3, 200, 47, 3, 1}, // wide: side by side
		{2, 200, 47, 2, 1},
		{6, 80, 21, 2, 3},
	}
	for _, c := range cases {
		if cols, rows := grid(c.n, c.w, c.h); cols != c.cols || rows != c.rows {
			t.Errorf("grid(%d, %dx%d) = %dx%d, want %dx%d", c.n, c.w, c.h, cols, rows, c.cols, c.rows)
		}
	}
}

// In a narrow terminal the page indicator is shortened or left out, never cut mid-word.
func TestPanesPageIndicatorNeverCut(t *testing.T) {
	for w := 20; w <= 90; w++ {
		d := newDriver(t, ringOf(t, sourcesEntries(7, 70)), w, 10)
		d.keys("tab")
		screen := d.screen()
		if d.m.grid.perPage() >= 7 {
			continue
		}
		if strings.Contains(screen, "(page 1/") && !strings.Contains(screen, "(page 1/"+strconv.Itoa((7+d.m.grid.perPage()-1)/d.m.grid.perPage())+")") {
			t.Errorf("width %d: the page indicator is cut:\n%s", w, screen)
		}
	}
}

// TestPanesEvaluateTheirPageOnly opens the panes of many sources: only the page shown is
// evaluated, and paging on evaluates the next page and lets the one before go.
func TestPanesEvaluateTheirPageOnly(t *testing.T) {
	var es []entry
	for i := range 300 {
		es = append(es, entry{src: fmt.Sprintf("src%03d.log", i), at: time.Duration(i) * time.Second, level: parse.Info, msg: fmt.Sprintf("line %d", i)})
	}
	d := newDriver(t, ringOf(t, es), 120, 40)
	evaluated := func() (first, n, with int) {
		first, n = d.m.grid.onPage()
		for i := range d.m.panes {
			if d.m.panes[i].view != nil {
				with++
				if i < first || i >= first+n {
					t.Errorf("pane %d has a view but is not on the page %d..%d", i, first, first+n-1)
				}
			}
		}
		return first, n, with
	}
	d.keys("tab")
	first, n, with := evaluated()
	if len(d.m.panes) != 300 || n == 0 || n >= 300 || with != n || first != 0 {
		t.Fatalf("%d panes, page %d+%d, %d evaluated; want a first page's evaluated", len(d.m.panes), first, n, with)
	}
	if !strings.Contains(d.screen(), "line 0") {
		t.Errorf("the first pane does not show its line:\n%s", d.screen())
	}
	d.keys("}")
	if first2, n2, with2 := evaluated(); first2 != n || with2 != n2 || !strings.Contains(d.screen(), fmt.Sprintf("line %d", first2)) {
		t.Errorf("after paging: page %d+%d, %d evaluated:\n%s", first2, n2, with2, d.screen())
	}
}

// A window that grows shows more panes a page: they are evaluated, not left saying that no entry
// matches while nothing is filtered.
func TestPanesShownByAResizeAreEvaluated(t *testing.T) {
	var es []entry
	for i := range 200 {
		es = append(es, entry{src: fmt.Sprintf("src%03d.log", i), at: time.Duration(i) * time.Second, level: parse.Info, msg: fmt.Sprintf("line %d", i)})
	}
	d := newDriver(t, ringOf(t, es), 40, 24)
	d.keys("tab")
	d.send(tea.WindowSizeMsg{Width: 200, Height: 50}).settle()
	first, n := d.m.grid.onPage()
	for i := first; i < first+n; i++ {
		if d.m.panes[i].view == nil {
			t.Fatalf("pane %d of the page %d..%d has no view after the resize:\n%s", i, first, first+n-1, d.screen())
		}
	}
	if s := d.screen(); strings.Contains(s, "no entries match") {
		t.Errorf("a pane says nothing matches:\n%s", s)
	}
}

// A row of characters whose width terminals disagree on (skin-toned emoji, jamo, conjuncts) keeps
// the panes' borders and the neighbouring pane on the line: every line is at most the screen's
// width by the wider measure, and each ends with a border.
func TestPanesKeepTheirBordersBesideWideCharacters(t *testing.T) {
	es := []entry{
		{src: "atk.log", level: parse.Info, msg: strings.Repeat("👍🏽", 20) + " " + strings.Repeat("가", 10)},
		{src: "victim.log", at: time.Second, level: parse.Error, msg: "DISK FULL on db1 - CRITICAL"},
	}
	d := newDriver(t, ringOf(t, es), 100, 8)
	d.keys("tab")
	for _, l := range d.bodyLines() {
		if w := max(ansi.StringWidth(l), ansi.StringWidthWc(l)); w > 100 {
			t.Errorf("line %d wide: %q", w, l)
		}
		if l = strings.TrimRight(l, " "); l != "" && !strings.HasSuffix(l, "│") && !strings.HasSuffix(l, "╮") && !strings.HasSuffix(l, "╯") {
			t.Errorf("line without its right border: %q", l)
		}
	}
	if !strings.Contains(d.screen(), "CRITICAL") {
		t.Errorf("the other pane's message is cut:\n%s", d.screen())
	}
}

// Closing the panes and opening them again keeps each pane where it was: its entry under the
// cursor and whether it follows. Each pane used to start again at its newest entry.
func TestPanesKeepTheirPlaceWhenReopened(t *testing.T) {
	d := newDriver(t, ringOf(t, sourcesEntries(2, 200)), 140, 40)
	d.keys("tab", "]", "k", "k", "k") // the second pane, three entries up
	before := d.cursorSeq()
	if d.m.focused().tl.Following() {
		t.Fatal("the focused pane still follows after k")
	}
	d.keys("tab", "tab")
	if d.m.mode != modePanes {
		t.Fatalf("mode %v, want the panes again", d.m.mode)
	}
	if d.m.grid.focus != 1 {
		t.Fatalf("focus on pane %d after the panes were reopened, want the second, which had it", d.m.grid.focus)
	}
	if got := d.cursorSeq(); got != before {
		t.Fatalf("the pane reopened on entry %d, want %d where it was:\n%s", got, before, d.screen())
	}
	if d.m.focused().tl.Following() {
		t.Fatal("the pane reopened following, but it had stopped")
	}
}

// A source that appears while the panes are open gets its pane at once, in its name's place, and
// the focus stays on the pane that had it; panes opened before any source arrived fill as the
// sources come.
func TestPanesTakeSourcesFoundLater(t *testing.T) {
	r := ringOf(t, sourcesEntries(2, 20))
	d := newDriver(t, r, 140, 40)
	d.keys("tab")
	d.m.grid.setFocus(1) // src1.log
	fillRing(t, r, []entry{{src: "a-late.log", at: time.Minute, level: parse.Error, host: "web9", msg: "late source error"}})
	d.send(dataMsg{}).settle()
	if len(d.m.panes) != 3 {
		t.Fatalf("%d panes after a third source came, want 3:\n%s", len(d.m.panes), d.screen())
	}
	if got := d.m.focused().source; got != "src1.log" {
		t.Fatalf("focus on %q, want it kept on src1.log", got)
	}
	if !strings.Contains(d.screen(), "late source error") {
		t.Fatalf("the new source's entry is not on screen:\n%s", d.screen())
	}

	empty := ring.New(ring.Options{})
	d = newDriver(t, empty, 140, 40)
	d.keys("tab")
	fillRing(t, empty, []entry{{src: "later.log", at: time.Minute, level: parse.Warn, host: "web9", msg: "first line of a late file"}})
	d.send(dataMsg{}).settle()
	if len(d.m.panes) != 1 || !strings.Contains(d.screen(), "first line of a late file") {
		t.Fatalf("panes opened before any source show %d panes:\n%s", len(d.m.panes), d.screen())
	}
}
