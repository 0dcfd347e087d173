package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Under tmux, the colour profile depends on what tmux says of the terminal outside it (`tmux
// info`). trawl asks once, after it has read its sources and shown them, not before main runs as
// Lip Gloss would (see ui/colorprobe), and draws in true colour once tmux reports it.
func TestTerminalAsksTmuxForColoursOnce(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	calls := filepath.Join(dir, "tmux-calls")
	opened := filepath.Join(dir, "open-while-asked")
	// The pane's tmux is real; the one trawl finds on its PATH answers like tmux info under a
	// terminal with 24-bit colour, slowly, and notes what trawl had open by then.
	fake := "#!/bin/sh\necho \"$*\" >> " + shellQuote(calls) + "\nsleep 1\nls -l /proc/$PPID/fd > " + shellQuote(opened) +
		"\necho '  RGB: (flag) true'\n"
	if err := os.WriteFile(filepath.Join(bin, "tmux"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "app.log")
	appendLines(t, path, "2026-03-01T10:00:00Z ERROR disk full on /var")
	term := startTerminalVia(t, dir, 120, 30, []string{"env", "-u", "COLORTERM", "PATH=" + bin + ":" + os.Getenv("PATH")}, path)
	term.waitText("disk full on /var")
	// The screen comes up at once in the colours the terminal's name gives (256), and is drawn
	// again in 24-bit colour once tmux has answered.
	deadline := time.Now().Add(15 * time.Second)
	for colored := ""; !strings.Contains(colored, "38;2;"); {
		if time.Now().After(deadline) {
			t.Fatalf("no 24-bit colour on screen though tmux reported RGB:\n%q", colored)
		}
		time.Sleep(20 * time.Millisecond)
		colored = term.tmux("capture-pane", "-e", "-p", "-t", "main")
	}
	term.press("q")
	data, err := os.ReadFile(calls)
	if err != nil {
		t.Fatalf("trawl never asked tmux: %v", err)
	}
	if got := strings.Split(strings.TrimSpace(string(data)), "\n"); len(got) != 1 || got[0] != "info" {
		t.Errorf("tmux was run as %q, want one `tmux info`", got)
	}
	fds, _ := os.ReadFile(opened)
	if !strings.Contains(string(fds), path) {
		t.Errorf("the log was not open yet when tmux answered: trawl waited for it before reading; open files:\n%s", fds)
	}
}

// A dumb terminal (Emacs' shell) cannot draw the interface: trawl prints entries as plain text
// lines on the main screen, and goes on following the file, instead of escape codes.
func TestDumbTerminalGetsTextLines(t *testing.T) {
	for _, name := range []string{"dumb", ""} {
		t.Run("TERM="+name, func(t *testing.T) { textLinesOn(t, name) })
	}
}

// textLinesOn checks that a terminal of type name gets text lines, said why, and no escape code.
func textLinesOn(t *testing.T, name string) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	appendLines(t, path, "2026-03-01T10:00:00Z ERROR disk full on /var")
	term := startTerminalAs(t, dir, 120, 30, nil, name, path)
	term.waitText("disk full on /var")
	appendLines(t, path, "2026-03-01T10:00:05Z WARN disk at 91 percent")
	screen := term.waitText("disk at 91 percent")
	if strings.Contains(screen, "/ search") || strings.Contains(screen, "?") && strings.Contains(screen, "help") {
		t.Errorf("the interface was drawn on a dumb terminal:\n%s", screen)
	}
	if !strings.Contains(screen, "TERM") {
		t.Errorf("nothing said why the interface is not shown:\n%s", screen)
	}
	if alt := strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{alternate_on}")); alt != "0" {
		t.Errorf("alternate screen is %s on a dumb terminal, want 0", alt)
	}
	colored := term.tmux("capture-pane", "-e", "-p", "-t", "main")
	if strings.Contains(colored, "\x1b[") {
		t.Errorf("escape codes reached a dumb terminal:\n%q", colored)
	}
	term.press("C-c")
	term.waitFor("trawl to exit on ctrl+c", func(string) bool {
		return strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{pane_dead}")) == "1"
	})
}
