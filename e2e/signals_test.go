package e2e

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Headless: a signal in the middle of a fast stream. Everything trawl read before the signal is
// written, so the printed numbers are a gapless run from 0; the output ends with a complete line;
// the exit status is 128+N.
func TestHeadlessSignalMidStream(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String()+"/file", func(t *testing.T) {
			_, w, f := tortureStart(t)
			// Keep writing through the signal: trawl must stop cleanly while data still arrives.
			stopWriting := w.keepWriting(func(from, to int) { w.run(from, to, nil) })
			f.waitRaw("seq=5000 ", 20*time.Second)
			code, lines := f.stop(sig)
			stopWriting()
			checkSignalled(t, sig, code, lines)
		})
		t.Run(sig.String()+"/stdin", func(t *testing.T) {
			cmd := exec.Command(binary, "--json", "-")
			in, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			f := startCmd(t, cmd)
			go func() {
				for n := 0; ; n++ {
					if _, err := in.Write(tortureLine(n)); err != nil {
						return // trawl has exited
					}
				}
			}()
			f.waitRaw("seq=5000 ", 20*time.Second)
			code, lines := f.stop(sig)
			in.Close()
			checkSignalled(t, sig, code, lines)
		})
	}
}

func checkSignalled(t *testing.T, sig syscall.Signal, code int, lines [][]byte) {
	t.Helper()
	if want := exitSignaled + int(sig); code != want {
		t.Errorf("exit status %d after %v, want %d", code, sig, want)
	}
	c := countSeqs(t, lines)
	miss := c.missing(0, c.last+1)
	t.Logf("%v: %d entries printed, %d gaps, %d duplicates, exit %d", sig, len(c.count), len(miss), c.dups(), code)
	if len(miss) > 0 || c.dups() > 0 || c.outOfOrder > 0 {
		t.Errorf("printed entries are not a gapless run: %d missing (first %v), %d duplicates, %d out of order", len(miss), first(miss, 10), c.dups(), c.outOfOrder)
	}
}

// startCmd is startFollower for a command the test prepared (its standard input, for one).
func startCmd(t *testing.T, cmd *exec.Cmd) *follower {
	t.Helper()
	f := &follower{t: t, cmd: cmd, changed: make(chan struct{}, 1), done: make(chan struct{})}
	cmd.Stderr = &f.stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-f.done
		cmd.Wait()
	})
	go f.read(out)
	return f
}

// Interface: SIGTERM and SIGHUP restore the terminal. trawl runs from a shell in a tmux pane; after
// the signal the shell's prompt comes back and `stty -a` shows a sane line discipline (echo and
// canonical mode on, as before).
func TestTerminalRestoredAfterSignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "app.log")
			appendLines(t, path, "2026-03-01T10:00:00Z INFO visible before the signal")
			term := startShell(t, dir)
			// The shell saves the line settings before trawl and compares them after it.
			term.typeText(fmt.Sprintf("s0=$(stty -g); %s %s; echo exit=$?; [ \"$(stty -g)\" = \"$s0\" ] && echo stty-same || echo stty-changed; stty -a | grep -o -- '-icanon\\|-echo '\n",
				shellQuote(binary), shellQuote(path)))
			term.waitText("visible before the signal")
			shell := strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{pane_pid}"))
			pid := strings.TrimSpace(term.run(t, "pgrep", "-P", shell))
			if out, err := exec.Command("kill", fmt.Sprintf("-%d", int(sig)), pid).CombinedOutput(); err != nil {
				t.Fatalf("kill %s: %v %s", pid, err, out)
			}
			screen := term.waitFor("the prompt after trawl", func(s string) bool {
				return strings.Contains(s, "stty-") && strings.HasSuffix(strings.TrimSpace(s), "prompt$")
			})
			// Only what follows the typed command line is output; the line itself names the flags.
			after := screen[strings.LastIndex(screen, "exit="):]
			if !strings.Contains(after, "stty-same") || strings.Contains(after, "-icanon") || strings.Contains(after, "-echo") {
				t.Errorf("terminal not restored after %v:\n%s", sig, screen)
			}
			if strings.Contains(screen, "visible before the signal") {
				t.Errorf("the interface's screen was left behind after %v (alternate screen not left):\n%s", sig, screen)
			}
		})
	}
}

// A panic inside the interface gives the terminal back as a quit does, and exits non-zero.
func TestTerminalRestoredAfterPanic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	appendLines(t, path, "2026-03-01T10:00:00Z INFO visible before the panic")
	term := startShell(t, dir)
	term.typeText(fmt.Sprintf("s0=$(stty -g); %s=1 %s %s 2>/dev/null; echo exit=$?; [ \"$(stty -g)\" = \"$s0\" ] && echo stty-same || echo stty-changed\n",
		debugPanicEnv, shellQuote(binary), shellQuote(path)))
	term.waitText("visible before the panic")
	term.press("P")
	screen := term.waitFor("the prompt after trawl", func(s string) bool {
		return strings.Contains(s, "stty-") && strings.HasSuffix(strings.TrimSpace(s), "prompt$")
	})
	after := screen[strings.LastIndex(screen, "exit="):]
	if !strings.Contains(after, "stty-same") || strings.HasPrefix(after, "exit=0") {
		t.Errorf("after a panic: want a non-zero exit and the terminal restored:\n%s", screen)
	}
	if strings.Contains(screen, "visible before the panic") {
		t.Errorf("the interface's screen was left behind after the panic:\n%s", screen)
	}
}

// startShell opens a tmux pane running a plain shell in dir, with a prompt the test can see.
func startShell(t *testing.T, dir string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed; the real-terminal tests need it (apt-get install tmux)")
	}
	term := &terminal{t: t, socket: fmt.Sprintf("trawl-test-%d-%d", syscall.Getpid(), tmuxServers.Add(1))}
	term.tmux("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-c", dir, "-s", "main",
		"env TERM=xterm-256color PS1='prompt$ ' bash --norc --noprofile")
	t.Cleanup(func() { exec.Command("tmux", "-L", term.socket, "kill-server").Run() })
	term.waitText("prompt$")
	return term
}

// run runs a command outside the terminal and returns its output.
func (term *terminal) run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}
