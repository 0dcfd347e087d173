package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// The newest entry of a file is shown when the file is read, not held back while a stack trace
// might continue it; when a continuation comes, it joins that entry on the screen and in an
// export, which holds the entry once.
func TestTerminalNewestEntryAtOnceThenJoined(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	appendLines(t, path,
		"2026-03-01T10:00:00Z INFO service started",
		"2026-03-01T10:00:01Z ERROR java.lang.IllegalStateException: pool exhausted",
	)
	term := startTerminal(t, dir, 120, 40, path)
	term.waitText("pool exhausted")

	appendLines(t, path, "\tat com.example.Pool.take(Pool.java:42)")
	term.waitFor("the continuation joined to its entry", func(s string) bool {
		return strings.Count(s, "pool exhausted") == 1 && strings.Contains(s, "pool exhausted [+1 lines]") &&
			strings.Contains(s, "│ 2/2 │") && strings.Contains(s, "err 1 inf 1")
	})
	term.press("Enter")
	term.waitText("Pool.java:42")
	term.press("Escape")
	term.waitFor("the timeline back", func(s string) bool { return !strings.Contains(s, "esc back") })

	data := exportAtDefaultName(t, term, dir, "wrote 2 entries to")
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if n := len(lines); n != 2 || !strings.Contains(lines[1], "pool exhausted") || !strings.Contains(lines[1], `Pool.java:42`) {
		t.Fatalf("export holds the entry %d times, want once and joined:\n%s", n, data)
	}
	term.press("q")
}

// A selection anchored on a file's newest entry, which the reader shows at once and replaces by
// its completed self when the next line comes, keeps its size when lines arrive, the count of new
// entries is right, and export writes the rows selected.
func TestTerminalPausedOnTheNewestEntry(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.log")
	appendLines(t, path,
		"2026-03-01T10:00:01Z INFO line 1",
		"2026-03-01T10:00:02Z INFO line 2",
		"2026-03-01T10:00:03Z INFO line 3",
		"2026-03-01T10:00:04Z INFO line 4",
		"2026-03-01T10:00:05Z INFO line 5",
	)
	term := startTerminal(t, dir, 100, 20, path)
	term.waitText("line 5")
	term.press("f")
	term.waitText("line 5 of 5/5")
	term.press("v")
	term.press("k")
	term.press("k")
	term.waitText("line 3 of 5/5")

	appendLines(t, path, "2026-03-01T10:00:06Z INFO line 6")
	appendLines(t, path, "2026-03-01T10:00:07Z INFO line 7")
	appendLines(t, path, "2026-03-01T10:00:08Z INFO line 8")
	term.waitFor("the cursor kept on line 3 with three new", func(s string) bool {
		return strings.Contains(s, "+3 new") && strings.Contains(s, "line 3 of 8/8")
	})

	data := exportAtDefaultName(t, term, dir, "wrote 3 entries to")
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "line 3") || !strings.Contains(lines[2], "line 5") {
		t.Fatalf("export of the selection holds:\n%s", data)
	}
	term.press("q")
}

// Paused on a file's newest entry, the cursor stays on it when lines arrive after it, and the
// detail view opens that entry.
func TestTerminalPausedCursorOnTheNewestEntry(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.log")
	appendLines(t, path, "2026-03-01T10:00:01Z INFO line 1", "2026-03-01T10:00:02Z INFO line 2")
	term := startTerminal(t, dir, 100, 20, path)
	term.waitText("line 2")
	term.press("f")
	term.waitText("line 2 of 2/2")
	appendLines(t, path, "2026-03-01T10:00:03Z INFO line 3")
	appendLines(t, path, "2026-03-01T10:00:04Z INFO line 4")
	term.waitFor("the cursor kept on line 2 with two new", func(s string) bool {
		return strings.Contains(s, "+2 new") && strings.Contains(s, "line 2 of 4/4")
	})
	term.press("Enter")
	term.waitText("INFO line 2")
	term.press("q")
}
