package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/keymap"
)

// countedEntries is how many entries the strip's buckets hold.
func countedEntries(b buckets) int {
	n := 0
	for _, c := range b.counts {
		for _, k := range c {
			n += k
		}
	}
	return n
}

// The rate strip is counted again when the terminal's width changes, and counts what arrived
// after a count it held back, at the next tick: data that came in a burst and went quiet is never
// left showing an early count.
func TestStripFollowsResizeAndLateData(t *testing.T) {
	r := ringOf(t, manyEntries(60))
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 40, 12)
	if got := len(d.m.hist.data.counts); got != d.m.layout.body.w {
		t.Fatalf("%d buckets at start, want the width %d", got, d.m.layout.body.w)
	}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30}).settle()
	if got := len(d.m.hist.data.counts); got != d.m.layout.body.w || got < 90 {
		t.Fatalf("%d buckets after the terminal grew, want the new width %d", got, d.m.layout.body.w)
	}
	fillRing(t, r, manyEntries(120)[60:])
	d.send(dataMsg{}).settle() // within histEvery of the last count: held back
	d.send(tickMsg{}).settle()
	if got := countedEntries(d.m.hist.data); got != 120 {
		t.Fatalf("the strip counts %d entries after the tick, want all 120", got)
	}
}
