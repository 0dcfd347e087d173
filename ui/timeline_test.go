package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "ctrl+d":
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func testTimeline(t *testing.T, n, w, h int) (Timeline, *ring.Snapshot) {
	t.Helper()
	return timelineOf(t, manyEntries(n), w, h)
}

// timelineOf returns a timeline of w×h over a ring of es.
func timelineOf(t *testing.T, es []entry, w, h int) (Timeline, *ring.Snapshot) {
	t.Helper()
	r := ring.New(ring.Options{})
	fillRing(t, r, es)
	snap := r.Snapshot()
	th := NewTheme(true)
	km := keymap.Default()
	tl := NewTimeline(&km)
	tl.SetSize(w, h)
	rows := newAllRows(snap)
	tl.SetData(snap, rows, newRowStyle(&th.Timeline, snap.Sources(), time.UTC, w).forRows(snap, rows))
	return tl, snap
}

func TestTimelineFollowAndPause(t *testing.T) {
	tl, _ := testTimeline(t, 100, 80, 10)
	lines := strings.Split(ansi.Strip(tl.View()), "\n")
	if len(lines) != 10 {
		t.Fatalf("got %d lines, want 10", len(lines))
	}
	if !strings.Contains(lines[9], "message number 99") || !strings.HasPrefix(lines[9], "▌") {
		t.Fatalf("last row %q: want the newest entry under the cursor", lines[9])
	}
	tl, _ = tl.Update(press("k"))
	if tl.Following() {
		t.Fatal("moving up did not pause following")
	}
	if seq, _ := tl.Cursor(); seq != 98 {
		t.Fatalf("cursor on %d, want 98", seq)
	}
	tl, _ = tl.Update(press("g"))
	if !strings.Contains(strings.Split(ansi.Strip(tl.View()), "\n")[0], "message number 0") {
		t.Fatalf("g did not go to the oldest entry:\n%s", ansi.Strip(tl.View()))
	}
	tl, _ = tl.Update(press("G"))
	if !tl.Following() {
		t.Fatal("G did not resume following")
	}
}

func TestTimelineSelection(t *testing.T) {
	tl, _ := testTimeline(t, 50, 80, 10)
	tl, _ = tl.Update(press("v"))
	for range 3 {
		tl, _ = tl.Update(press("k"))
	}
	lo, hi, ok := tl.Selection()
	if !ok || lo != 46 || hi != 49 {
		t.Fatalf("selection %d..%d %v, want 46..49 true", lo, hi, ok)
	}
}

func TestTimelineCutsLongMessages(t *testing.T) {
	tl, _ := timelineOf(t, []entry{{src: "x.log", level: 3, msg: strings.Repeat("abcdefghij", 100) + "\nsecond\nthird"}}, 60, 5)
	line := strings.Split(ansi.Strip(tl.View()), "\n")[0]
	if w := ansi.StringWidth(line); w > 60 {
		t.Fatalf("row is %d wide, want at most 60: %q", w, line)
	}
	if !strings.Contains(line, "…") || !strings.HasSuffix(line, "[+2 lines]") {
		t.Fatalf("row %q lacks the cut or line-count marker", line)
	}
	tl, _ = tl.Update(press("w"))
	if got := strings.Count(ansi.Strip(tl.View()), "abc"); got < 5*3 {
		t.Fatalf("wrapped view shows %d repeats, want the message over several lines:\n%s", got, ansi.Strip(tl.View()))
	}
}

// An entry without a level shows a faint dot, five columns wide like every badge, so that the row
// still aligns and reads without colour.
func TestUnknownLevelBadge(t *testing.T) {
	es := []entry{{src: "a.log", level: parse.Unknown, msg: "no level here"}, {src: "a.log", at: time.Second, level: parse.Info, msg: "an info line"}}
	d := newDriver(t, ringOf(t, es), 80, 24)
	body := d.bodyLines()
	if !strings.HasPrefix(body[0], " 12:00:00.000   ·   a.log no level here") {
		t.Fatalf("unknown row %q", body[0])
	}
	if !strings.HasPrefix(body[1], "▌12:00:01.000 INFO  a.log an info line") {
		t.Fatalf("info row %q", body[1])
	}
	th := NewTheme(true)
	if b := th.Timeline.Badges[parse.Unknown]; ansi.Strip(b) != "  ·  " || !strings.Contains(d.m.View().Content, b) {
		t.Fatalf("unknown badge %q not drawn", b)
	}
}

// Wrap mode with a search switched to highlighting: the view has no rows until the search is
// computed, and measuring the cursor's entry then must not crash (it did: trawl --demo, w,
// /order enter, m).
func TestWrapSearchHighlightDoesNotCrash(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(12000)), 120, 30)
	d.keys("g", "j", "j", "w", "/", "n", "u", "m", "b", "e", "r", "enter", "m", "tab", "]", "m", "tab", "w", "m")
	if s := d.screen(); !strings.Contains(s, "message number") {
		t.Fatalf("the timeline is not shown after wrap, search and highlight:\n%s", s)
	}
}

// Wrap mode with a list that shrinks under a following cursor, as a search's result replaces the
// whole list: the screen is filled up to the newest row, not left with the cursor's entry alone
// above blank lines (it was: the old top lay past the shorter list's end, and only the rows from
// it down were drawn; trawl on two 10,000-line files, w, then a search).
func TestWrapShrunkListFillsTheScreen(t *testing.T) {
	tl, snap := testTimeline(t, 100, 80, 10)
	tl, _ = tl.Update(press("w"))
	all := newAllRows(snap)
	short := allRows{keys: all.keys[:20]}
	th := NewTheme(true)
	tl.SetData(snap, short, newRowStyle(&th.Timeline, snap.Sources(), time.UTC, 80).forRows(snap, short))
	shown := strings.Count(ansi.Strip(tl.View()), "message number")
	if shown != 10 {
		t.Fatalf("%d entries on a 10-line screen:\n%s", shown, ansi.Strip(tl.View()))
	}
}

// Wrap mode under an entry too tall to fit whole above the newest ones: the screen is filled with
// its last lines, not left blank below the short entries (it was: only the four short entries were
// drawn, at the top, and 23 blank rows below them).
func TestWrapTallEntryAboveFillsTheScreen(t *testing.T) {
	es := []entry{{src: "a.log", level: parse.Info, msg: "tall " + strings.Repeat("wrapped words ", 300)}}
	for i := range 4 {
		es = append(es, entry{src: "a.log", at: time.Duration(i+1) * time.Second, level: parse.Info, msg: fmt.Sprintf("short %d", i)})
	}
	tl, _ := timelineOf(t, es, 80, 10)
	tl, _ = tl.Update(press("w"))
	lines := strings.Split(ansi.Strip(tl.View()), "\n")
	if len(lines) != 10 {
		t.Fatalf("%d lines, want 10", len(lines))
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			t.Fatalf("line %d is blank:\n%s", i, strings.Join(lines, "\n"))
		}
	}
	if !strings.Contains(lines[5], "wrapped") || !strings.Contains(lines[6], "short 0") || !strings.Contains(lines[9], "short 3") {
		t.Fatalf("want the tall entry's last lines above the four short ones:\n%s", strings.Join(lines, "\n"))
	}
}

// In a narrow terminal the line-count marker is shortened or left out, never cut mid-word, and
// it leaves the message room to show its start.
func TestTimelineMarkerNeverCut(t *testing.T) {
	r := ring.New(ring.Options{})
	fillRing(t, r, []entry{{src: "java.log", level: 3, msg: "Exception in thread main\n at a\n at b\n at c\n at d\n at e"}})
	snap := r.Snapshot()
	th := NewTheme(true)
	km := keymap.Default()
	for w := 20; w <= 80; w++ {
		tl := NewTimeline(&km)
		tl.SetSize(w, 5)
		rows := newAllRows(snap)
		tl.SetData(snap, rows, newRowStyle(&th.Timeline, snap.Sources(), time.UTC, w).forRows(snap, rows))
		line := strings.TrimRight(strings.Split(ansi.Strip(tl.View()), "\n")[0], " ")
		if strings.Contains(line, "[+5") && !strings.HasSuffix(line, "[+5 lines]") && !strings.HasSuffix(line, "[+5]") {
			t.Errorf("width %d: the marker is cut: %q", w, line)
		}
		if w >= 36 && !strings.Contains(line, "Exc") {
			t.Errorf("width %d: the marker leaves the message no room: %q", w, line)
		}
	}
}
