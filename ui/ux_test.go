package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
)

// E shows only errors and worse with one key, and the short help offers it; E again shows all.
func TestOnlyErrorsKey(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(40)), 120, 24)
	if f := d.footerLine(); !strings.Contains(f, "E errors only") {
		t.Fatalf("the short help does not offer E: %q", f)
	}
	d.keys("E")
	if s := d.statusLine(); !strings.Contains(s, "10/40") || !strings.Contains(s, "level ≥ error") {
		t.Fatalf("E: status %q, want the 10 errors and the filter in words", s)
	}
	d.keys("E")
	if s := d.statusLine(); !strings.Contains(s, "40/40") || strings.Contains(s, "level ≥") {
		t.Fatalf("E again: status %q, want every entry", s)
	}
}

// "Errors only" pressed again gives back the levels chosen before it, not every level.
func TestOnlyErrorsGivesBackTheLevelsBefore(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(40)), 120, 24)
	d.keys("3") // info off
	before := d.m.main.rows().Len()
	if before != 30 {
		t.Fatalf("info off: %d rows, want 30", before)
	}
	d.keys("E")
	if got := d.m.main.rows().Len(); got != 10 {
		t.Fatalf("E: %d rows, want the 10 errors", got)
	}
	d.keys("E")
	if got := d.m.main.rows().Len(); got != before || d.m.sel.levels[parse.Info] {
		t.Fatalf("E again: %d rows, info shown %v; want the %d rows with info off", got, d.m.sel.levels[parse.Info], before)
	}
}

// The help says what the digits do: they hide (and show again) a level.
func TestHelpSaysDigitsHideLevels(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10)), 160, 40)
	if f := d.footerLine(); !strings.Contains(f, "1-9 hide/show a level") {
		t.Fatalf("short help %q does not say what 1-9 do", f)
	}
	d.keys("?")
	if s := d.screen(); !strings.Contains(s, "hide/show error") {
		t.Fatalf("full help does not say that 6 hides errors:\n%s", s)
	}
}

// A quoted phrase with a space is one phrase: in double quotes (closed or still being typed) or
// closed by a single quote. A single quote without its closing one marks one word exact, as in
// fzf, so that 'Failed password finds both lines that hold Failed and a fuzzy password.
func TestQuotedPhraseSearch(t *testing.T) {
	es := []entry{
		{src: "auth.log", level: parse.Info, msg: "Failed password for root from 10.0.0.1"},
		{src: "auth.log", at: time.Second, level: parse.Info, msg: "Failed to read password file"},
		{src: "auth.log", at: 2 * time.Second, level: parse.Info, msg: "Accepted password for ann"},
	}
	for q, want := range map[string]string{"'Failed password'": "1/3", `"Failed password"`: "1/3", `"Failed password`: "1/3", "'Failed password": "2/3"} {
		d := newDriver(t, ringOf(t, es), 120, 24)
		d.keys("/")
		for _, r := range q {
			d.keys(string(r))
		}
		if s := d.statusLine(); !strings.Contains(s, want) {
			t.Errorf("search %s: status %q, want %s", q, s, want)
		}
	}
}

// + and - zoom the histogram around the chosen bucket, so that the last minutes can be picked out
// of a long log; while the view is open its buckets stay put as data arrives.
func TestHistogramZoom(t *testing.T) {
	r := ringOf(t, manyEntries(4000))
	now := t0
	cfg := Config{Ring: r, Now: func() time.Time { return now }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 80, 24)
	d.keys("h", "G")
	full := d.m.hist.data
	arrive := func(n int) {
		fillRing(t, r, manyEntries(n)[r.Snapshot().Len():])
		now = now.Add(2 * histEvery)
		d.send(dataMsg{}).settle()
	}
	arrive(4100)
	if got := d.m.hist.data; got.start != full.start || got.step != full.step || d.m.hist.sel != len(full.counts)-1 {
		t.Fatalf("the buckets moved under the selection as data arrived: %d/%d → %d/%d", full.start, full.step, got.start, got.step)
	}
	d.keys("+")
	zoomed := d.m.hist.data
	if zoomed.step*3 > full.step || zoomed.start <= full.start {
		t.Fatalf("+ did not zoom in on the last bucket: step %d → %d, start %d → %d", full.step, zoomed.step, full.start, zoomed.start)
	}
	sel := d.m.hist.sel
	arrive(4200)
	if got := d.m.hist.data; got.start != zoomed.start || got.step != zoomed.step || d.m.hist.sel != sel {
		t.Fatalf("the zoomed buckets moved as data arrived: %d/%d → %d/%d", zoomed.start, zoomed.step, got.start, got.step)
	}
	golden.RequireEqual(t, d.screen())
	d.keys("-")
	if got := d.m.hist.data; got.step < full.step {
		t.Fatalf("- did not zoom out: step %d, want at least %d", got.step, full.step)
	}
	d.keys("+", "+", "enter")
	if d.m.mode != modeTimeline || d.m.main.tl.Following() {
		t.Fatal("enter on a zoomed bucket did not jump back to the timeline")
	}
}

// The status bar names the time zone the times are shown in.
func TestStatusShowsZone(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(5)), 120, 24)
	d.m.cfg.Location = fixedZone
	d.send(tea.WindowSizeMsg{Width: 120, Height: 24})
	if s := d.statusLine(); !strings.Contains(s, "EET") {
		t.Fatalf("status %q does not name the local zone", s)
	}
	d.keys("u")
	if s := d.statusLine(); !strings.Contains(s, "UTC") || strings.Contains(s, "EET") {
		t.Fatalf("status %q after u, want UTC", s)
	}
}

// Without colour the focused pane is marked in text, since its border colour is gone.
func TestNoColorMarksFocusedPane(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(30)), 200, 50)
	d.send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	d.keys("tab", "]")
	title := d.bodyLines()[1]
	if !strings.Contains(title, "▶ b.log") || strings.Contains(title, "▶ a.log") {
		t.Fatalf("titles %q: want b.log marked as focused", title)
	}
}

// The detail view wraps the entry's first line, so that a long message can be read in full.
func TestDetailWrapsFirstLine(t *testing.T) {
	msg := strings.Repeat("word ", 60) + "THE-END\n  at main.go:12"
	d := newDriver(t, ringOf(t, []entry{{src: "a.log", level: parse.Error, msg: msg}}), 80, 24)
	d.keys("enter")
	if s := d.screen(); !strings.Contains(s, "THE-END") || !strings.Contains(s, "at main.go:12") {
		t.Fatalf("the end of the first line is cut off:\n%s", s)
	}
}

// At 50x12 the help does not fit; it scrolls, so that its last binding can be read.
func TestHelpScrollsWhenShort(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10)), 50, 12)
	d.keys("?")
	if strings.Contains(d.screen(), "key:value") {
		t.Skip("the help fits at 50x12")
	}
	d.keys("G")
	if s := d.screen(); !strings.Contains(s, "key:value") { // the search syntax, listed last
		t.Fatalf("the end of the help cannot be reached:\n%s", s)
	}
	d.keys("g")
	if s := d.screen(); !strings.Contains(s, "Navigation") {
		t.Fatalf("g does not return to the top of the help:\n%s", s)
	}
}
