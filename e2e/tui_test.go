package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// terminal drives the real trawl binary inside a private tmux server, as a user at a keyboard would.
type terminal struct {
	t      *testing.T
	socket string
}

var tmuxServers atomic.Int32

// startTerminal runs trawl with args in a new cols x rows tmux pane whose working directory is dir.
func startTerminal(t *testing.T, dir string, cols, rows int, args ...string) *terminal {
	t.Helper()
	return startTerminalVia(t, dir, cols, rows, nil, args...)
}

// startTerminalVia is startTerminal with trawl run by wrapper, a command that ends by executing
// its arguments (as `unshare -m sh -c '...; exec "$@"' sh` does), so that the pane's process is
// still trawl itself.
func startTerminalVia(t *testing.T, dir string, cols, rows int, wrapper []string, args ...string) *terminal {
	t.Helper()
	return startTerminalAs(t, dir, cols, rows, wrapper, "xterm-256color", args...)
}

// startTerminalAs is startTerminalVia with TERM set to termName for trawl.
func startTerminalAs(t *testing.T, dir string, cols, rows int, wrapper []string, termName string, args ...string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed; the real-terminal tests need it (apt-get install tmux)")
	}
	term := &terminal{t: t, socket: fmt.Sprintf("trawl-test-%d-%d", os.Getpid(), tmuxServers.Add(1))}
	quoted := []string{"exec"}
	for _, a := range append(append(wrapper, "env", "TERM="+termName, binary), args...) {
		quoted = append(quoted, shellQuote(a))
	}
	// The pane starts idle so that remain-on-exit is set before trawl runs: its exit status and
	// last screen stay readable even if it dies at once.
	term.tmux("-f", "/dev/null", "new-session", "-d", "-x", fmt.Sprint(cols), "-y", fmt.Sprint(rows), "-c", dir, "-s", "main", "sleep 600")
	t.Cleanup(func() { exec.Command("tmux", "-L", term.socket, "kill-server").Run() })
	term.tmux("set-option", "-g", "remain-on-exit", "on")
	term.tmux("respawn-pane", "-k", "-t", "main", "-c", dir, strings.Join(quoted, " "))
	return term
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// press sends keys by their tmux names ("Enter", "Escape", "/", "C-c").
func (term *terminal) press(keys ...string) {
	term.t.Helper()
	term.tmux(append([]string{"send-keys", "-t", "main"}, keys...)...)
}

// typeText sends literal text.
func (term *terminal) typeText(s string) {
	term.t.Helper()
	term.tmux("send-keys", "-t", "main", "-l", s)
}

func (term *terminal) screen() string {
	term.t.Helper()
	return term.tmux("capture-pane", "-p", "-t", "main")
}

// waitFor polls the screen until cond holds, failing with the last screen after a deadline.
func (term *terminal) waitFor(what string, cond func(screen string) bool) string {
	term.t.Helper()
	return term.waitWithin(15*time.Second, what, cond)
}

// waitWithin is waitFor with its own deadline, for what waits on the disk: an export ends with
// fsync, which on a machine busy writing can take many seconds.
func (term *terminal) waitWithin(limit time.Duration, what string, cond func(screen string) bool) string {
	term.t.Helper()
	deadline := time.Now().Add(limit)
	for {
		s := term.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("waited %v for %s; screen:\n%s", limit, what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (term *terminal) waitText(text string) string {
	term.t.Helper()
	return term.waitFor(fmt.Sprintf("%q on screen", text), func(s string) bool { return strings.Contains(s, text) })
}

func (term *terminal) waitTextWithin(limit time.Duration, text string) string {
	term.t.Helper()
	return term.waitWithin(limit, fmt.Sprintf("%q on screen", text), func(s string) bool { return strings.Contains(s, text) })
}

// exportAtDefaultName exports the view to the name the prompt offers in dir, waits for the
// notice wrote, and returns the one file written.
func exportAtDefaultName(t *testing.T, term *terminal, dir, wrote string) []byte {
	t.Helper()
	term.press("e")
	term.waitText("trawl-")
	term.press("Enter")
	term.waitText(wrote)
	matches, _ := filepath.Glob(filepath.Join(dir, "trawl-*.jsonl"))
	if len(matches) != 1 {
		t.Fatalf("export files in %s: %v", dir, matches)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func appendLines(t *testing.T, path string, lines ...string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, l := range lines {
		if _, err := f.WriteString(l + "\n"); err != nil {
			t.Fatal(err)
		}
	}
}

// A user follows a live file, hides info entries, searches, and exports what is left.
func TestTerminalFollowToggleSearchExport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	appendLines(t, path,
		"2026-03-01T10:00:00Z INFO service started",
		"2026-03-01T10:00:01Z ERROR database connection refused",
		"2026-03-01T10:00:02Z INFO request served",
	)
	term := startTerminal(t, dir, 120, 40, path)
	term.waitText("database connection refused")

	appendLines(t, path, "2026-03-01T10:00:03Z ERROR payment gateway timeout", "2026-03-01T10:00:04Z INFO heartbeat ok")
	term.waitText("payment gateway timeout")

	term.press("3") // info off
	term.waitFor("info entries hidden", func(s string) bool {
		return !strings.Contains(s, "heartbeat ok") && strings.Contains(s, "payment gateway timeout")
	})
	term.press("/")
	term.typeText("gateway")
	term.press("Enter")
	term.waitFor("search narrowed to one entry", func(s string) bool {
		return strings.Contains(s, "payment gateway timeout") && !strings.Contains(s, "database connection refused")
	})

	data := exportAtDefaultName(t, term, dir, "wrote 1 entry to")
	var got jsonEntry
	if err := json.Unmarshal(data, &got); err != nil || strings.Count(string(data), "\n") != 1 {
		t.Fatalf("export is not one JSON line: %v\n%s", err, data)
	}
	if got.Level != "error" || got.Message != "payment gateway timeout" || got.Source != path {
		t.Errorf("exported %+v", got)
	}

	term.press("q")
	term.waitFor("trawl to exit", func(string) bool {
		return strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{pane_dead}")) == "1"
	})
}
