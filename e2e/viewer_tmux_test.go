package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// paneDead reports whether trawl has exited; the pane stays (remain-on-exit) with its last screen.
func (term *terminal) paneDead() bool {
	term.t.Helper()
	return strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{pane_dead}")) == "1"
}

// waitAlive is waitText that fails at once, with the last screen, when trawl dies on the way.
func (term *terminal) waitAlive(text string) string {
	term.t.Helper()
	return term.waitFor(fmt.Sprintf("%q on screen", text), func(s string) bool {
		if term.paneDead() {
			term.t.Fatalf("trawl exited while waiting for %q; screen:\n%s", text, term.screen())
		}
		return strings.Contains(s, text)
	})
}

// cursorRow is the timeline row the cursor is on: the one its gutter mark (▌) starts.
func cursorRow(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		if strings.HasPrefix(line, "▌") {
			return line
		}
	}
	return ""
}

// In wrap mode, switching a search from filter to highlight used to panic: the timeline drew a
// row of a highlight view that was not computed yet.
func TestTerminalWrapSearchHighlightDoesNotCrash(t *testing.T) {
	term := startTerminal(t, t.TempDir(), 120, 40, "--demo")
	term.waitAlive("order")
	term.press("w")
	term.press("/")
	term.typeText("order")
	term.press("Enter")
	term.waitAlive(`filter "order"`)
	term.press("m")
	term.waitAlive(`highlight "order"`)
	// A crash ends the program a moment after the key; a key after it must still be answered.
	term.press("?")
	term.waitAlive("Navigation")
	if term.paneDead() {
		t.Fatalf("trawl exited after m; screen:\n%s", term.screen())
	}
}

// The cursor is an entry, not a row: with 10,000 entries, hiding a level that the entry under the
// cursor does not have leaves the cursor on that entry. It used to land on entry 8,192, where the
// first, partial results of the new view began.
func TestTerminalCursorKeptAtTenThousandEntries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	levels := []string{"INFO", "WARN", "ERROR", "DEBUG"}
	base := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	lines := make([]string, 10000)
	for i := range lines {
		lines[i] = fmt.Sprintf("%s %s entry %05d", base.Add(time.Duration(i)*time.Second).Format(time.RFC3339), levels[i%4], i)
	}
	appendLines(t, path, lines...)

	term := startTerminal(t, dir, 120, 40, "--all", path)
	term.waitAlive("10,000/10,000")
	term.press("g")
	term.waitAlive("line 1 of 10,000/10,000")
	term.press("j", "j", "j", "j", "j")
	s := term.waitAlive("line 6 of 10,000/10,000")
	if row := cursorRow(s); !strings.Contains(row, "WARN") || !strings.Contains(row, "entry 00005") {
		t.Fatalf("after g and five j the cursor row is %q, want entry 00005; screen:\n%s", row, s)
	}

	term.press("6") // errors off; entry 5 is a warning, and entry 2 before it an error
	s = term.waitAlive("of 7,500/10,000")
	if row := cursorRow(s); !strings.Contains(row, "entry 00005") || !strings.Contains(s, "line 5 of 7,500/10,000") {
		t.Fatalf("with errors off the cursor row is %q, want entry 00005 still, the 5th shown; screen:\n%s", row, s)
	}
	term.press("Enter")
	s = term.waitAlive("Text")
	if !strings.Contains(s, "entry 00005") || strings.Contains(s, "entry 00006") {
		t.Fatalf("the detail view is not entry 00005's; screen:\n%s", s)
	}
}
