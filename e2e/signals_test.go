package e2e

import (
	"bytes"
	"fmt"
	"os"
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

// Headless without follow: a signal while a source has not ended (a command still running, a
// pipe still open) prints every entry read before it, of every source, merged, and then exits
// 128+N. Before, the merge waiting on that source was dropped, and nothing at all was printed.
func TestHeadlessNoFollowSignalPrintsWhatWasRead(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			log := filepath.Join(dir, "app.log")
			appendLines(t, log, "2026-11-29T07:41:16Z INFO first of the file", "2026-11-29T07:41:17Z INFO second of the file")
			ran := filepath.Join(dir, "ran")
			cmd := exec.Command(binary, "--no-follow", "-o", "raw", log, "cmd:echo from the command; touch "+ran+"; exec sleep 60")
			in, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			f := startCmd(t, cmd)
			deadline := time.Now().Add(20 * time.Second)
			for !exists(ran) {
				if time.Now().After(deadline) {
					t.Fatal("the command never ran")
				}
				time.Sleep(20 * time.Millisecond)
			}
			time.Sleep(500 * time.Millisecond) // for trawl to read the command's line
			code, lines := f.stop(sig)
			if want := exitSignaled + int(sig); code != want {
				t.Errorf("exit status %d, want %d", code, want)
			}
			var got []string
			for _, l := range lines {
				got = append(got, string(l))
			}
			want := []string{"2026-11-29T07:41:16Z INFO first of the file", "2026-11-29T07:41:17Z INFO second of the file", "from the command"}
			// What the command writes as it is stopped ("Terminated") may follow.
			if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
				t.Errorf("printed %q, want %q first", got, want)
			}
		})
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// A command that prints more than the ring holds before the initial read is over (seq at full
// speed) is printed whole when following: printing starts as the ring fills, and the command is
// paced by it, rather than the ring dropping the oldest lines before they were printed. With a
// small ring, the untimed lines held until a time comes (up to 16,384 of them, released in one
// batch) are more than the ring holds at once.
func TestHeadlessFollowFastCommandLosesNothing(t *testing.T) {
	for _, c := range []struct{ lines, ring int }{
		{400_000, 200_000}, // past half the ring: the initial read overflows
		{60_000, 10_000},   // the held untimed lines alone overflow the ring
		{30_000, 3_000},
		{3_000, 7}, // fewer than a segment of the ring, which it evicts whole
	} {
		t.Run(fmt.Sprint(c.ring), func(t *testing.T) {
			n := c.lines
			cmd := exec.Command(binary, "-o", "raw", "--max-entries", fmt.Sprint(c.ring), fmt.Sprintf("cmd:seq 1 %d; exec sleep 60", n))
			f := startCmd(t, cmd)
			f.waitRaw(fmt.Sprint(n), 3*time.Minute) // the race detector's CI run is slow
			_, lines := f.stop(syscall.SIGINT)
			if len(lines) > n && !bytes.Contains(lines[n], []byte("Terminated")) {
				t.Fatalf("after the command's lines: %q", lines[n]) // what it says as it is stopped may follow
			}
			if len(lines) < n {
				t.Fatalf("%d lines printed, want %d", len(lines), n)
			}
			lines = lines[:n]
			for i, l := range lines {
				if string(l) != fmt.Sprint(i+1) {
					t.Fatalf("line %d is %q, want %d", i+1, l, i+1)
				}
			}
			if strings.Contains(f.stderr.String(), "evicted") || strings.Contains(f.stderr.String(), "not printed") {
				t.Errorf("stderr: %s", f.stderr.String())
			}
		})
	}
}

// A log of long lines larger than --max-memory is printed whole when following with --all: the
// memory bound, not the count of entries, fills first, and the pacing heeds it too. It used to
// drop the oldest entries unprinted (8,320 of 20,000 lines of 5 KB at 64 MiB).
func TestHeadlessFollowLongLinesPastMemoryLosesNothing(t *testing.T) {
	const n = 12_000
	path := filepath.Join(t.TempDir(), "long.log")
	var b bytes.Buffer
	pad := strings.Repeat("y", 4000)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "2026-03-01T10:00:00Z INFO seq=%06d %s\n", i, pad)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f := startCmd(t, exec.Command(binary, "-o", "raw", "--all", "--max-memory", "16MiB", path))
	last := fmt.Sprintf("seq=%06d", n)
	f.waitRaw(last, 3*time.Minute)
	_, lines := f.stop(syscall.SIGINT)
	if len(lines) != n {
		t.Fatalf("%d lines printed, want %d; stderr: %s", len(lines), n, f.stderr.String())
	}
	for i, l := range lines {
		if want := fmt.Sprintf("seq=%06d ", i+1); !bytes.Contains(l, []byte(want)) {
			t.Fatalf("line %d is %.60q, want %s", i+1, l, want)
		}
	}
	if strings.Contains(f.stderr.String(), "evicted") || strings.Contains(f.stderr.String(), "not printed") {
		t.Errorf("stderr: %s", f.stderr.String())
	}
}

// Logs that fit in --max-memory are printed merged in time order when following with --all, also
// past half of it: printing as read starts only when the ring would otherwise evict.
func TestHeadlessFollowMergesWhatFitsInMemory(t *testing.T) {
	dir := t.TempDir()
	pad := strings.Repeat("q", 3000)
	var paths []string
	for f, name := range []string{"a.log", "b.log"} {
		var b bytes.Buffer
		for i := range 1700 {
			s := 2*i + f
			fmt.Fprintf(&b, "2026-11-29T09:%02d:%02dZ INFO n=%04d %s\n", s/60, s%60, s, pad)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	f := startCmd(t, exec.Command(binary, append([]string{"-o", "raw", "--all", "--max-memory", "16MiB"}, paths...)...))
	f.waitRaw("n=3399 ", 3*time.Minute)
	_, lines := f.stop(syscall.SIGINT)
	if len(lines) != 3400 {
		t.Fatalf("%d lines printed, want 3400; stderr: %s", len(lines), f.stderr.String())
	}
	// Each file's last entry is held until a quiet time has shown that nothing continues it; on
	// a slow machine (the race detector's CI run) it may come after the initial read was printed,
	// so the last two lines may come in either order.
	for i, l := range lines[:len(lines)-2] {
		if want := fmt.Sprintf("n=%04d ", i); !bytes.Contains(l, []byte(want)) {
			t.Fatalf("line %d is %.50q, want %s: not in time order", i+1, l, want)
		}
	}
	last := string(lines[len(lines)-2]) + string(lines[len(lines)-1])
	if !strings.Contains(last, "n=3398 ") || !strings.Contains(last, "n=3399 ") {
		t.Fatalf("the last two lines are not the files' last entries: %.50q, %.50q", lines[len(lines)-2], lines[len(lines)-1])
	}
}

// Standard input that cannot be read (a directory given as input) is a failure of the exit, as a
// source that breaks off is: a script must be able to know that it read nothing. It exited 0.
func TestUnreadableStdinFailsTheExit(t *testing.T) {
	for _, args := range [][]string{{"--json", "-"}, {"--json", "--no-follow", "-"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir, err := os.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer dir.Close()
			var stderr bytes.Buffer
			cmd := exec.Command(binary, args...)
			cmd.Stdin, cmd.Stderr = dir, &stderr
			done := make(chan error, 1)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() { done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatal("trawl did not end on a standard input it cannot read")
			}
			if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(stderr.String(), "is a directory") {
				t.Fatalf("exit %d (%v), stderr %q; want 1 and why", cmd.ProcessState.ExitCode(), err, stderr.String())
			}
		})
	}
}
