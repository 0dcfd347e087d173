package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A terminal closed under an interface that no SIGHUP reaches (run under setsid, as under su or a
// service's own session) ends it: it would otherwise run on forever with nothing to show, its
// tailers holding their files. tmux's kill-server closes the pane's terminal as a dropped SSH
// connection or a closed emulator does.
func TestInterfaceEndsWhenItsTerminalCloses(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "app.log")
	if err := os.WriteFile(log, []byte("2026-12-05T04:00:00Z INFO session open\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pidFile := filepath.Join(dir, "trawl.pid")
	wrapper := []string{"setsid", "-w", "sh", "-c", `echo $$ > "$0"; exec "$@"`, pidFile}
	term := startTerminalVia(t, dir, 100, 20, wrapper, log)
	term.waitText("session open")
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	exec.Command("tmux", "-L", term.socket, "kill-server").Run()
	deadline := time.Now().Add(10 * time.Second)
	for running(pid) {
		if time.Now().After(deadline) {
			exec.Command("kill", strconv.Itoa(pid)).Run()
			t.Fatal("trawl still runs 10 s after its terminal was closed")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// running reports whether the process pid exists and has not exited (a zombie has).
func running(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// The state follows the command's name in parentheses, which may hold blanks.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}
