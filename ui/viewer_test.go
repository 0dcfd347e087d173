package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
	"github.com/trawl-dev/trawl/tail"
)

// cursorSeq is the entry under the focused viewer's cursor.
func (d *driver) cursorSeq() uint64 {
	d.t.Helper()
	seq, ok := d.m.focused().tl.Cursor()
	if !ok {
		d.t.Fatalf("no cursor:\n%s", d.screen())
	}
	return seq
}

// The cursor is an entry: re-evaluations (a level toggle, a source toggle, a search cleared) keep
// it on that entry, even though their first, partial results hold only the newest matches. It
// used to land on the oldest of those (entry 8,192 of 10,000).
func TestCursorKeptThroughReevaluation(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10000)), 120, 30)
	d.keys("g", "j", "j", "j", "j", "j")
	if got := d.cursorSeq(); got != 5 {
		t.Fatalf("cursor on %d after g and five j, want 5", got)
	}
	steps := []struct {
		why  string
		keys []string
	}{
		{"a level the entry does not have off", []string{"3"}},
		{"that level on again", []string{"3"}},
		{"a source the entry does not come from off", []string{"s", "space", "esc"}},
		{"that source on again", []string{"s", "space", "esc"}},
		{"a search typed", []string{"/", "n", "u", "m", "enter"}},
		{"the search cleared by esc", []string{"esc"}},
		{"only errors and worse, and back", []string{"E", "E"}},
	}
	for _, s := range steps {
		d.keys(s.keys...)
		if got := d.cursorSeq(); got != 5 {
			t.Fatalf("after %s (%v) the cursor is on %d, want 5:\n%s", s.why, s.keys, got, d.screen())
		}
	}
	// Hidden, the entry leaves the cursor on the nearest one shown; shown again, it is back.
	d.keys("5") // warnings off: entry 5 is hidden
	if got := d.cursorSeq(); got != 6 {
		t.Fatalf("with entry 5 hidden the cursor is on %d, want the next one shown, 6", got)
	}
	d.keys("5")
	if got := d.cursorSeq(); got != 5 {
		t.Fatalf("with entry 5 shown again the cursor is on %d, want 5", got)
	}
}

// A search that found an entry and is then left (cleared with esc, or turned into highlights with
// m) keeps the cursor on the entry it found, whether or not its detail was opened: the user looked
// at it. It used to return to the entry the cursor was on before the search.
func TestLeftSearchKeepsTheEntryItFound(t *testing.T) {
	for _, c := range []struct {
		why  string
		keys []string
	}{
		{"cleared", []string{"esc"}},
		{"its detail opened and closed, then cleared", []string{"enter", "esc", "esc"}},
		{"turned into highlights", []string{"m"}},
	} {
		d := newDriver(t, ringOf(t, manyEntries(10000)), 120, 30)
		d.keys("g", "/", "'", "7", "7", "7", "7", "enter")
		if got := d.cursorSeq(); got != 7777 {
			t.Fatalf("%s: the search shows entry %d under the cursor, want 7777:\n%s", c.why, got, d.screen())
		}
		d.keys(c.keys...)
		if got := d.cursorSeq(); got != 7777 {
			t.Errorf("search %s (%v): the cursor is on %d, want the entry it found, 7777:\n%s", c.why, c.keys, got, d.screen())
		}
	}
}

// The same while following: the search found an entry and following shows it as the newest
// match; leaving the search stops following there rather than jumping to the newest entry.
func TestLeftSearchWhileFollowingKeepsTheEntry(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10000)), 120, 30)
	d.keys("/", "'", "7", "7", "7", "7", "enter")
	if got := d.cursorSeq(); got != 7777 || !d.m.focused().tl.Following() {
		t.Fatalf("following, the search shows entry %d, want 7777:\n%s", got, d.screen())
	}
	d.keys("esc")
	if got := d.cursorSeq(); got != 7777 {
		t.Fatalf("search cleared while following: the cursor is on %d, want 7777:\n%s", got, d.screen())
	}
}

// m without a search, or back from highlights to the filter, moves no cursor and stops no
// following.
func TestHighlightToggleWithoutSearchKeepsFollowing(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(100)), 120, 30)
	d.keys("m")
	if !d.m.focused().tl.Following() {
		t.Fatalf("m without a search stopped following:\n%s", d.screen())
	}
}

// Entries that arrive while a search or a refresh runs are not lost: the view catches up with the
// newest snapshot by itself, instead of showing "100/102" until the next write.
func TestDataDuringEvaluationIsShown(t *testing.T) {
	r := ringOf(t, manyEntries(100))
	d := newDriver(t, r, 120, 24)
	d.send(press("/"), press("n")) // an evaluation starts and is not finished
	fillRing(t, r, manyEntries(102)[100:])
	d.send(dataMsg{}).settle()
	if s := d.statusLine(); !strings.Contains(s, "102/102") {
		t.Fatalf("data that arrived during a search is missing: %q", s)
	}
	fillRing(t, r, manyEntries(104)[102:])
	d.send(dataMsg{}) // a refresh starts and is not finished
	fillRing(t, r, manyEntries(107)[104:])
	d.send(dataMsg{}).settle()
	if s := d.statusLine(); !strings.Contains(s, "107/107") {
		t.Fatalf("data that arrived during a refresh is missing: %q", s)
	}
}

// Closing the panes stops their work: an evaluation cancelled half way must not leave
// "searching…" on for ever, and keystrokes no longer evaluate panes that are not shown.
func TestClosedPanesStopWorking(t *testing.T) {
	d := newDriver(t, ringOf(t, sourcesEntries(3, 60_000)), 120, 24)
	d.keys("/")
	d.send(tea.PasteMsg{Content: "/num.*999/"}).settle()
	d.keys("enter")
	d.send(press("tab"), press("tab")) // the panes close while they evaluate
	d.settle()
	if s := d.statusLine(); strings.Contains(s, "searching") {
		t.Fatalf("status %q after the panes closed", s)
	}
	if d.m.panes != nil {
		t.Fatalf("%d panes kept after closing them", len(d.m.panes))
	}
	d.keys("3")
	if d.m.panes != nil {
		t.Fatal("a keystroke evaluated closed panes")
	}
}

// In panes mode every action applies to the focused pane, not to the merged timeline behind it.
func TestPanesActionsUseFocusedPane(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(30)), 200, 50)
	d.keys("/", "n", "u", "m", "enter", "tab", "]", "y")
	if d.clip != "message number 28" {
		t.Fatalf("y in b.log's pane copied %q, want its newest entry, message number 28", d.clip)
	}
	d.keys("g", "n")
	if s := d.statusLine(); !strings.Contains(s, "line 2 of 10/30") {
		t.Fatalf("n did not move in the focused pane: %q", s)
	}
	d.keys("N")
	if s := d.statusLine(); !strings.Contains(s, "line 1 of 10/30") {
		t.Fatalf("N did not move back in the focused pane: %q", s)
	}
	d.keys("e", "enter")
	if got := countJSONL(t, d.m.cfg.WorkDir+"/trawl-20260301-120000.jsonl"); got != 10 {
		t.Fatalf("e in a pane exported %d entries, want the pane's 10", got)
	}
	d.keys("h")
	total := 0
	for _, c := range d.m.hist.data.counts {
		for _, n := range c {
			total += n
		}
	}
	if total != 10 {
		t.Fatalf("the histogram of a pane counts %d entries, want the pane's 10", total)
	}
	d.keys("esc", "v", "k", "esc")
	if d.m.sel.search != "num" {
		t.Fatalf("esc with a selection in a pane cleared the search (now %q)", d.m.sel.search)
	}
	if _, _, sel := d.m.focused().tl.Selection(); sel {
		t.Fatal("esc did not clear the pane's selection")
	}
}

// Sources are chosen by name: switching off a source that has no entries yet hides that source
// once its entries come, whatever order sources reach the ring in.
func TestSourceToggledBeforeItsEntries(t *testing.T) {
	r := ringOf(t, []entry{{src: "a.log", msg: "from a"}, {src: "b.log", at: time.Second, msg: "from b"}})
	stats := []tail.Stats{{Source: "a.log"}, {Source: "b.log"}, {Source: "c.log"}, {Source: "d.log"}}
	cfg := Config{Ring: r, Stats: func() []tail.Stats { return slices.Clone(stats) }, Now: func() time.Time { return t0 },
		Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 24)
	d.send(tickMsg{}).keys("s", "j", "j", "j", "space", "esc")
	fillRing(t, r, []entry{{src: "d.log", at: 2 * time.Second, msg: "from d"}, {src: "c.log", at: 3 * time.Second, msg: "from c"}})
	d.send(dataMsg{}).settle()
	body := strings.Join(d.bodyLines(), "\n")
	if strings.Contains(body, "from d") || !strings.Contains(body, "from c") {
		t.Fatalf("d.log was switched off, but the screen shows:\n%s", body)
	}
}

// The sources view is live: counts and rates move while it is open.
func TestSourcesViewIsLive(t *testing.T) {
	stats := []tail.Stats{{Source: "a.log", State: "following", Lines: 10, Rate: 1}}
	cfg := Config{Ring: ringOf(t, manyEntries(3)), Stats: func() []tail.Stats { return slices.Clone(stats) },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 24)
	d.send(tickMsg{}).keys("s")
	stats[0].Lines, stats[0].Rate = 2500, 40
	d.send(tickMsg{})
	if body := strings.Join(d.bodyLines(), "\n"); !strings.Contains(body, "2,500 lines") || !strings.Contains(body, "40/s") {
		t.Fatalf("the sources view did not move:\n%s", body)
	}
}

// A result with the same sources reuses the source styles; a new source restyles once.
func TestSourceStylesOncePerSourceList(t *testing.T) {
	r := ringOf(t, manyEntries(30))
	d := newDriver(t, r, 120, 24)
	before := d.m.main.style.sources
	fillRing(t, r, manyEntries(40)[30:])
	d.send(dataMsg{}).settle()
	after := d.m.main.style.sources
	if len(before) != 3 || &before[0] != &after[0] {
		t.Fatal("a result from the same sources recomputed the source styles")
	}
	fillRing(t, r, []entry{{src: "d.log", at: time.Hour, level: parse.Info, msg: "new source"}})
	d.send(dataMsg{}).settle()
	if got := d.m.main.style.sources; len(got) != 4 {
		t.Fatalf("%d source tags after a fourth source arrived", len(got))
	}
}

// A paste into the search without bracketed paste comes as one key a character: the query stops
// at the longest one the filter takes, so that the keys after it cost nothing (each key used to
// re-read the whole query: 16 KB froze the interface for 17 s).
func TestSearchPasteStopsAtTheLongestQuery(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(100)), 120, 24)
	d.send(press("/"))
	for range 3 * filter.MaxQueryBytes {
		d.send(press("x"))
	}
	if got := len(d.m.input.Value()); got != filter.MaxQueryBytes {
		t.Fatalf("the search holds %d bytes after a paste of %d, want %d", got, 3*filter.MaxQueryBytes, filter.MaxQueryBytes)
	}
	if d.m.sel.search != d.m.input.Value() {
		t.Fatalf("the selection's search (%d bytes) is not the input's", len(d.m.sel.search))
	}
}

// Standard input closed without a line says so, rather than "no entries yet" for ever.
func TestEmptyEndedSourcesSaySo(t *testing.T) {
	stats := []tail.Stats{{Source: "stdin", State: "reading"}}
	cfg := Config{Ring: ring.New(ring.Options{}), Stats: func() []tail.Stats { return slices.Clone(stats) },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 24)
	d.send(tickMsg{})
	if s := d.screen(); !strings.Contains(s, "no entries yet") {
		t.Fatalf("while standard input is read:\n%s", s)
	}
	stats[0].State = "done"
	d.send(tickMsg{})
	if s := d.screen(); !strings.Contains(s, "every source ended without a line") {
		t.Fatalf("standard input ended empty, but the screen says:\n%s", s)
	}
}
