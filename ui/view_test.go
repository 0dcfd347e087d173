package ui

import "testing"

// The terminal's title is the user's: nothing sets it, so nothing clears it at exit.
func TestViewLeavesTheWindowTitleAlone(t *testing.T) {
	d := newDriver(t, ringOf(t, []entry{{src: "app.log", msg: "started"}}), 80, 24)
	if title := d.m.View().WindowTitle; title != "" {
		t.Fatalf("the view sets the window title %q, which Bubble Tea clears at exit", title)
	}
}
