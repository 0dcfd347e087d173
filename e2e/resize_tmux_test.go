package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Two quick changes of height while entries arrive used to leave the screen garbled until the
// next resize: tmux grows its screen at once but tells the program the new size only ~250 ms
// later, and a frame drawn in between at the old height left the terminal's scrolling region one
// row short (the renderer restores it to the height it draws at after a hardware scroll). The
// full repaint at the new size then scrolled inside that region: the status bar and the footer
// mixed on one row, the bottom row blank. Each pair of resizes gets a few seconds of arriving
// entries to put the screen right; the bug kept it wrong for good.
func TestTerminalQuickResizesWhileFollowing(t *testing.T) {
	term := startTerminal(t, t.TempDir(), 100, 20, "--demo")
	term.waitAlive("FOLLOW")
	time.Sleep(2 * time.Second) // entries arriving, the timeline scrolling
	for i := range 3 {
		term.tmux("resize-window", "-t", "main", "-x", "100", "-y", "24")
		term.tmux("resize-window", "-t", "main", "-x", "100", "-y", "25")
		term.waitWithin(5*time.Second, fmt.Sprintf("the 25-row layout after resize pair %d", i+1), laidOut(25))
		term.tmux("resize-window", "-t", "main", "-x", "100", "-y", "20")
		term.waitWithin(5*time.Second, "the 20-row layout", laidOut(20))
	}
}

// laidOut reports whether a screen of rows rows has the rate strip on top, the status bar on the
// row before the last and the short help on the last.
func laidOut(rows int) func(string) bool {
	return func(s string) bool {
		lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
		if len(lines) != rows {
			return false
		}
		status, footer := lines[rows-2], lines[rows-1]
		top := lines[0]
		stripOK := rows < 16 || !strings.Contains(top, ":") // the strip has bars, no entry's time
		return stripOK && strings.HasPrefix(status, "● FOLLOW │") && strings.HasPrefix(footer, "/ search")
	}
}
