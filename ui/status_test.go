package ui

import (
	"strings"
	"testing"
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
	at, n := d.m.timeline.Position()
	want := "line " + group(at) + " of " + group(n) + "/1,444"
	if s := d.statusLine(); n != 1083 || !strings.Contains(s, want) {
		t.Fatalf("filtered status %q, want %q (n=%d)", s, want, n)
	}
	d.keys("G")
	if s := d.statusLine(); !strings.Contains(s, "1,083/1,444") || strings.Contains(s, "line ") {
		t.Fatalf("status after G %q, want the plain count", s)
	}
}
