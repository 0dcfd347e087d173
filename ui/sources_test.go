package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/tail"
)

// The sources list is a table: names left-aligned, counts and rates right-aligned, state last.
func TestSourcesColumnsAlign(t *testing.T) {
	stats := []tail.Stats{
		{Source: "a.log", State: "following", Lines: 1234567, Rate: 1520},
		{Source: "b.log", State: "following", Lines: 12, Rate: 3, Rotations: 2},
		{Source: "c.log", State: "error: open c.log: permission denied", Lines: 340, Err: errors.New("open c.log: permission denied")},
	}
	cfg := Config{Ring: ringOf(t, manyEntries(30)), Stats: func() []tail.Stats { return stats },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 24)
	d.send(tickMsg{}).keys("s")
	body := d.bodyLines()
	want := []string{
		"▌[x] a.log  1,234,567 lines  1.5k/s  following",
		" [x] b.log         12 lines     3/s  following, rotated 2 times",
		" [x] c.log        340 lines     0/s  error: open c.log: permission denied",
	}
	for i, w := range want {
		if got := strings.TrimRight(body[1+i], " "); got != w {
			t.Errorf("row %d:\n got %q\nwant %q", i, got, w)
		}
	}
}
