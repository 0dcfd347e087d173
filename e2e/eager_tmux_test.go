package e2e

import (
	"os"
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

	term.press("e")
	term.waitText("trawl-")
	term.press("Enter")
	term.waitText("wrote 2 entries to")
	matches, _ := filepath.Glob(filepath.Join(dir, "trawl-*.jsonl"))
	if len(matches) != 1 {
		t.Fatalf("export files in %s: %v", dir, matches)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if n := len(lines); n != 2 || !strings.Contains(lines[1], "pool exhausted") || !strings.Contains(lines[1], `Pool.java:42`) {
		t.Fatalf("export holds the entry %d times, want once and joined:\n%s", n, data)
	}
	term.press("q")
}
