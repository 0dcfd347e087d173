package ui

import (
	"github.com/trawl-dev/trawl/parse/ring"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/parse"
)

// The only sequences a frame may hold are the theme's SGR: a log line's OSC title, clipboard
// write, cursor move or clear never reaches the terminal.
func TestViewHoldsOnlySGR(t *testing.T) {
	es := append(sampleEntries(), entry{src: "evil.log", level: parse.Error,
		msg: "\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b[H\x1b[?1049l\u009b6n\x1bP+q\x1b\\ end"})
	for _, keys := range [][]string{nil, {"enter"}, {"tab"}, {"s"}} {
		d := newDriver(t, ringOf(t, es), 120, 40)
		d.keys(keys...)
		content := d.m.View().Content
		var state byte
		p := ansi.NewParser()
		for b := content; len(b) > 0; {
			seq, _, n, ns := ansi.DecodeSequence(b, state, p)
			state = ns
			if strings.HasPrefix(seq, "\x1b") && !(strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m")) {
				t.Fatalf("keys %v: frame holds %q", keys, seq)
			}
			if len(seq) == 1 && (seq[0] < 0x20 && seq[0] != '\n') {
				t.Fatalf("keys %v: frame holds control %q", keys, seq)
			}
			b = b[n:]
		}
	}
}

func TestResizeReflows(t *testing.T) {
	d := newDriver(t, ringOf(t, sampleEntries()), 80, 24)
	for _, sz := range [][2]int{{60, 15}, {200, 50}, {40, 10}, {80, 24}} {
		d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		lines := strings.Split(d.screen(), "\n")
		if len(lines) != sz[1] {
			t.Fatalf("%dx%d: %d lines", sz[0], sz[1], len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > sz[0] {
				t.Fatalf("%dx%d: line %d wide: %q", sz[0], sz[1], w, l)
			}
		}
	}
}

func TestSourcesToggle(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(30)), 80, 24)
	d.keys("s", "j", "space")
	if got := d.m.main.rows().Len(); got != 20 {
		t.Fatalf("with b.log off, %d entries shown, want 20", got)
	}
	if !strings.Contains(d.screen(), "[ ] b.log") {
		t.Fatalf("checklist does not show b.log off:\n%s", d.screen())
	}
	d.keys("esc")
	for _, l := range d.bodyLines() {
		if strings.Contains(l, "b.log") {
			t.Fatalf("b.log row shown while disabled: %q", l)
		}
	}
}

// The pane of a source switched off says so, rather than stand empty.
func TestPaneOfASourceSwitchedOff(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(30)), 200, 50)
	d.keys("s", "j", "space", "esc", "tab")
	if d.m.mode != modePanes {
		t.Fatalf("mode %v, want the panes", d.m.mode)
	}
	if s := d.screen(); strings.Count(s, "source switched off") != 1 {
		t.Fatalf("the pane of b.log does not say it is off:\n%s", s)
	}
}

// The pane of a source whose entries have all left the ring says so, not that the filters match
// none of them: no filter is on.
func TestPaneOfASourceEvicted(t *testing.T) {
	r := ring.New(ring.Options{MaxEntries: 64})
	old := manyEntries(30)
	for i := range old {
		old[i].src = "old.log"
	}
	fillRing(t, r, old)
	fillRing(t, r, manyEntries(300))
	d := newDriver(t, r, 200, 50)
	d.send(press("tab")) // the panes' evaluations run: no pane blames memory before they end
	if s := d.screen(); strings.Contains(s, "left memory") {
		t.Fatalf("a pane blames memory while it is evaluated:\n%s", s)
	}
	d.settle()
	if d.m.mode != modePanes {
		t.Fatalf("mode %v, want the panes", d.m.mode)
	}
	s := d.screen()
	if strings.Count(s, "left memory") != 1 || strings.Contains(s, "no entries match the filters") {
		t.Fatalf("the pane of old.log does not say its entries left memory:\n%s", s)
	}
	d.keys("5") // a filter on: now the filters may be what empties a pane
	if s := d.screen(); strings.Contains(s, "left memory") {
		t.Fatalf("with a level off, a pane still blames memory:\n%s", s)
	}
}

func TestPanesFocusAndZoom(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(30)), 200, 50)
	d.keys("tab")
	if d.m.mode != modePanes || len(d.m.panes) != 3 {
		t.Fatalf("mode %v with %d panes", d.m.mode, len(d.m.panes))
	}
	for i, name := range []string{"a.log", "b.log", "c.log"} {
		if got := d.m.panes[i].tl.len(); got != 10 {
			t.Fatalf("pane %s has %d entries, want 10", name, got)
		}
	}
	d.keys("]", "z")
	if !d.m.grid.zoomed || d.m.grid.focus != 1 {
		t.Fatalf("zoom %v focus %d", d.m.grid.zoomed, d.m.grid.focus)
	}
	if s := d.screen(); !strings.Contains(s, "b.log") || strings.Contains(s, "message number 0 ") {
		t.Fatalf("zoomed screen:\n%s", s)
	}
	d.keys("z", "tab")
	if d.m.mode != modeTimeline {
		t.Fatalf("tab did not return to the timeline")
	}
}

func TestHistogramJump(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(200)), 80, 24)
	d.keys("h", "g", "enter")
	if d.m.mode != modeTimeline || d.m.main.tl.Following() {
		t.Fatalf("enter did not jump back to a paused timeline")
	}
	if seq, _ := d.m.main.tl.Cursor(); seq != 0 {
		t.Fatalf("jumped to %d, want the first entry", seq)
	}
}

func TestUTCToggle(t *testing.T) {
	r := ringOf(t, manyEntries(5))
	d := newDriver(t, r, 80, 24)
	d.m.cfg.Location = fixedZone
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(d.screen(), "14:00:04") {
		t.Fatalf("local time not shown:\n%s", d.screen())
	}
	d.keys("u")
	if !strings.Contains(d.screen(), "12:00:04") {
		t.Fatalf("UTC not shown after u:\n%s", d.screen())
	}
}
