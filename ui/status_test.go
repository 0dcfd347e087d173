package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/tail"
)

// statusLine returns the status bar's row of the screen.
func (d *driver) statusLine() string {
	return strings.Split(d.screen(), "\n")[d.m.layout.status.y]
}

// When paused the status bar says where the cursor is; following it keeps shown/total.
func TestStatusShowsCursorWhenPaused(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(1444)), 120, 24)
	if s := d.statusLine(); !strings.Contains(s, "1,444/1,444") || strings.Contains(s, "line ") {
		t.Fatalf("following status %q, want the plain count", s)
	}
	d.keys("k", "k", "k", "k", "k")
	if s := d.statusLine(); !strings.Contains(s, "line 1,439 of 1,444/1,444") {
		t.Fatalf("paused status %q, want the cursor position", s)
	}
	d.keys("3") // info off: the position is in the filtered list, the total stays the ring's
	at, n := d.m.main.tl.Position()
	want := "line " + group(at) + " of " + group(n) + "/1,444"
	if s := d.statusLine(); n != 1083 || !strings.Contains(s, want) {
		t.Fatalf("filtered status %q, want %q (n=%d)", s, want, n)
	}
	d.keys("G")
	if s := d.statusLine(); !strings.Contains(s, "1,083/1,444") || strings.Contains(s, "line ") {
		t.Fatalf("status after G %q, want the plain count", s)
	}
}

// A notice sits at the right end of the help row, leaves the level counts in the status bar, and
// expires with the timer of its own generation only.
func TestNoticeExpiresAndKeepsCounts(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {60, 15}, {200, 50}} {
		d := newDriver(t, ringOf(t, manyEntries(50)), sz[0], sz[1])
		d.keys("e", "enter")
		lines := strings.Split(d.screen(), "\n")
		footer := lines[d.m.layout.footer.y]
		if !strings.Contains(footer, "wrote 50 entries to") {
			t.Fatalf("%v: footer %q lacks the notice", sz, footer)
		}
		if s := d.statusLine(); !strings.Contains(s, "err 12") || strings.Contains(s, "wrote") {
			t.Fatalf("%v: status %q, want the level counts and no notice", sz, s)
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > sz[0] {
				t.Fatalf("%v: line %d wide: %q", sz, w, l)
			}
		}
		first := d.m.status.noticeGen
		d.keys("y") // a copy replaces the notice; the export's timer must not clear it
		d.send(noticeExpiredMsg{gen: first})
		if f := d.footerLine(); !strings.Contains(f, "copied 1 entry") {
			t.Fatalf("%v: the older timer cleared the newer notice: %q", sz, f)
		}
		d.send(noticeExpiredMsg{gen: d.m.status.noticeGen})
		if f := d.footerLine(); strings.Contains(f, "copied") || !strings.Contains(f, "search") {
			t.Fatalf("%v: footer after expiry %q, want the help back", sz, f)
		}
	}
}

// Outside tests a notice schedules its own expiry.
func TestNoticeSchedulesExpiry(t *testing.T) {
	m := New(Config{Now: func() time.Time { return t0 }})
	if cmd := m.notify("hello", false); cmd == nil || m.status.notice != "hello" {
		t.Fatalf("notify returned %v with notice %q", cmd, m.status.notice)
	}
}

func (d *driver) footerLine() string {
	return strings.Split(d.screen(), "\n")[d.m.layout.footer.y]
}

// A source that lost rotated files, or fails, is told in the status bar, pointing at the sources
// view; a binary file skipped on purpose is not trouble.
func TestStatusTellsSourceTrouble(t *testing.T) {
	stats := []tail.Stats{
		{Source: "a.log", State: "following"},
		{Source: "b.bin", State: "error: binary file, skipped", Err: tail.ErrBinary},
	}
	cfg := Config{Ring: ringOf(t, manyEntries(30)), Stats: func() []tail.Stats { return stats },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 160, 24)
	if s := d.send(tickMsg{}).statusLine(); strings.Contains(s, "unread") || strings.Contains(s, "failing") {
		t.Fatalf("status %q tells trouble where there is none", s)
	}
	stats[0].State, stats[0].Err = "error: open a.log: permission denied", errors.New("open a.log: permission denied")
	if s := d.send(tickMsg{}).statusLine(); !strings.Contains(s, "1 source failing (s)") {
		t.Fatalf("status %q does not tell the failing source", s)
	}
	stats[0].State, stats[0].Missed = "following", 2
	if s := d.send(tickMsg{}).statusLine(); !strings.Contains(s, "2 rotated files unread (s)") {
		t.Fatalf("status %q does not tell the lost rotated files", s)
	}
	d.keys("s")
	if body := strings.Join(d.bodyLines(), "\n"); !strings.Contains(body, "2 rotated files unread: lines lost") {
		t.Fatalf("sources view does not word the loss:\n%s", body)
	}
}

// The status bar counts the sources as the sources view lists them: those with entries, and when
// the tailers know more (empty files, files not readable yet), how many there are in all.
func TestStatusCountsSourcesAsTheSourcesView(t *testing.T) {
	stats := []tail.Stats{{Source: "a.log"}, {Source: "b.log"}, {Source: "c.log"}}
	cfg := Config{Ring: ringOf(t, manyEntries(30)), Stats: func() []tail.Stats { return stats },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 160, 24)
	if s := d.send(tickMsg{}).statusLine(); !strings.Contains(s, "│ 3 src") {
		t.Fatalf("status %q: want 3 src", s)
	}
	stats = append(stats, tail.Stats{Source: "empty.log"}, tail.Stats{Source: "later.log"})
	if s := d.send(tickMsg{}).statusLine(); !strings.Contains(s, "│ 3/5 src") {
		t.Fatalf("status %q: want 3/5 src, as the sources view lists five", s)
	}
}

// An open selection is said in the status bar with its size, since copy and export then act on
// it; it used to show nowhere, and a selection left open kept growing unseen.
func TestStatusSaysTheSelection(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(100)), 160, 30)
	if s := d.statusLine(); strings.Contains(s, "SELECTED") {
		t.Fatalf("no selection yet, but the status bar says one: %q", s)
	}
	d.keys("k", "v", "k", "k")
	if s := d.statusLine(); !strings.Contains(s, "SELECTED 3") {
		t.Fatalf("a selection of three entries: status %q", s)
	}
	d.keys("esc")
	if s := d.statusLine(); strings.Contains(s, "SELECTED") {
		t.Fatalf("the selection ended, but the status bar still says one: %q", s)
	}
}

// A least level asked for at start (--level) is the level toggles' state, shown and changed like
// any other: the levels below it are off in the status bar, and one toggled on shows again.
func TestMinLevelAtStartIsTheToggles(t *testing.T) {
	cfg := Config{Ring: ringOf(t, manyEntries(40)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), MinLevel: parse.Error}
	d := newDriverConfig(t, cfg, 100, 24)
	if got := d.m.main.rows().Len(); got != 10 {
		t.Fatalf("%d rows at start, want the 10 errors", got)
	}
	if d.m.sel.search != "" || d.m.sel.levels[parse.Info] || !d.m.sel.levels[parse.Error] {
		t.Fatalf("selection %+v: want the level toggles set, no search", d.m.sel)
	}
	d.keys("3") // info back on
	if got := d.m.main.rows().Len(); got != 20 {
		t.Fatalf("%d rows after info was toggled on, want 20", got)
	}
	d.keys("3") // and off again: the set is "error and worse" once more, and says so
	if d.m.sel.minLevel != parse.Error {
		t.Fatalf("least level %v after info was toggled back off, want error", d.m.sel.minLevel)
	}
	d.keys("L")
	if d.m.sel.minLevel != parse.Critical {
		t.Fatalf("L after error stepped to %v, want critical", d.m.sel.minLevel)
	}
}
