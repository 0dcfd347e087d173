package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A SIGKILLed trawl cannot stop its children itself: the kernel must (Linux's parent-death
// signal), and a shell must pass the signal on to its pipeline. Each case starts the real binary
// with a source that never ends, waits until the whole process group of each child is running,
// kills trawl with SIGKILL, and checks that every one of those processes goes away.
func TestNoOrphansAfterSIGKILL(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("needs /proc to find trawl's children")
	}
	dir := t.TempDir()
	marker := fmt.Sprintf("98%d.%d", os.Getpid()%1000, time.Now().UnixNano()%1000)
	script := filepath.Join(dir, "loop.sh")
	// One line, then silence: a child that writes would die of SIGPIPE once trawl is gone, with or
	// without the parent-death signal.
	loop := "#!/bin/sh\necho \"2026-03-01T10:00:00Z INFO tick $$\"\nwhile :; do sleep 0.2; done\n"
	if err := os.WriteFile(script, []byte(loop), 0o755); err != nil {
		t.Fatal(err)
	}
	// journalctl -f also ends by itself when its output is closed; the case checks it all the same.
	cases := []struct {
		name, spec, ready string
		want              func(procs []proc) bool // the whole group is up
	}{
		// No shell in between: trawl's child is the script itself. (Its sleep, which the kernel
		// does not signal, ends within 0.2 s by itself.)
		{"command", "cmd:" + script, "tick", func(ps []proc) bool { return hasCmd(ps, script) }},
		// A line that needs a shell: the sleep and cat are the shell's children, which the kernel
		// does not signal; without the shell passing SIGTERM on, they would run for 16 minutes.
		{"shell pipeline", "cmd:(echo ready; sleep " + marker + ") | cat", "ready", func(ps []proc) bool {
			return hasCmd(ps, "sleep\x00"+marker) && hasCmd(ps, "cat")
		}},
	}
	if jdir, ok := followedJournal(t); ok {
		cases = append(cases, struct {
			name, spec, ready string
			want              func(procs []proc) bool
		}{"journalctl", "journal:" + jdir, "journal entry", func(ps []proc) bool { return hasCmd(ps, "journalctl") }})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := startFollower(t, "--json", c.spec)
			f.waitRaw(c.ready, 20*time.Second)
			pid := f.cmd.Process.Pid
			var group []proc
			deadline := time.Now().Add(20 * time.Second)
			for group = descendantGroups(pid); !c.want(group); group = descendantGroups(pid) {
				if time.Now().After(deadline) {
					t.Fatalf("the child processes did not all start: %v", group)
				}
				time.Sleep(10 * time.Millisecond)
			}
			t.Cleanup(func() { // a failing case leaves nothing behind either
				for _, p := range alive(group) {
					_ = syscall.Kill(p.pid, syscall.SIGKILL)
				}
			})
			if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			<-f.done
			_ = f.cmd.Wait()
			deadline = time.Now().Add(20 * time.Second)
			for left := alive(group); len(left) > 0; left = alive(group) {
				if time.Now().After(deadline) {
					t.Fatalf("left running after trawl was killed: %v (of %v)", left, group)
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

// followedJournal makes a journal directory for journalctl -D to follow, or reports false when
// the journal tools are missing.
func followedJournal(t *testing.T) (string, bool) {
	t.Helper()
	remote := journalRemote()
	if _, err := exec.LookPath("journalctl"); err != nil || remote == "" {
		t.Log("journalctl case skipped: needs journalctl and systemd-journal-remote")
		return "", false
	}
	dir := t.TempDir()
	entry := "__REALTIME_TIMESTAMP=1772359200000000\n__MONOTONIC_TIMESTAMP=1\n_BOOT_ID=0123456789abcdef0123456789abcdef\n" +
		"_HOSTNAME=h\nSYSLOG_IDENTIFIER=app\nMESSAGE=journal entry\n\n"
	makeJournalFile(t, remote, filepath.Join(dir, "system.journal"), entry)
	return dir, true
}

// journalRemote returns the path of systemd-journal-remote, or "" when it is not installed.
func journalRemote() string {
	for _, p := range []string{"/lib/systemd/systemd-journal-remote", "/usr/lib/systemd/systemd-journal-remote"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// makeJournalFile writes a real journal file at path from export-format text.
func makeJournalFile(t *testing.T, remote, path, export string) {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in.export")
	if err := os.WriteFile(in, []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(remote, "-o", path, in).CombinedOutput(); err != nil {
		t.Fatalf("systemd-journal-remote: %v\n%s", err, out)
	}
}

// proc is one process as /proc shows it; start tells it apart from a later one with its pid.
type proc struct {
	pid, ppid, pgid int
	start           string
	zombie          bool
	cmdline         string // arguments separated by NUL
}

func (p proc) String() string {
	return fmt.Sprintf("%d(%s)", p.pid, strings.ReplaceAll(strings.TrimRight(p.cmdline, "\x00"), "\x00", " "))
}

// readProc reads /proc/pid; false when the process is gone.
func readProc(pid int) (proc, bool) {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	i := strings.LastIndexByte(string(stat), ')')
	if err != nil || i < 0 {
		return proc{}, false
	}
	// After the command's name: state, ppid, pgrp, ... and the start time as the 20th.
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 20 {
		return proc{}, false
	}
	p := proc{pid: pid, start: f[19], zombie: f[0] == "Z"}
	p.ppid, _ = strconv.Atoi(f[1])
	p.pgid, _ = strconv.Atoi(f[2])
	cl, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	p.cmdline = string(cl)
	return p, true
}

// allProcs lists every live process.
func allProcs() []proc {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	var out []proc
	for _, d := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(d))
		if p, ok := readProc(pid); ok && !p.zombie {
			out = append(out, p)
		}
	}
	return out
}

// descendantGroups lists the processes in the process groups of parent's children: each child
// leads a group of its own, and whatever it started (a shell's pipeline) is in that group.
func descendantGroups(parent int) []proc {
	ps := allProcs()
	var leaders []int
	for _, p := range ps {
		if p.ppid == parent {
			leaders = append(leaders, p.pid)
		}
	}
	var out []proc
	for _, p := range ps {
		if slices.Contains(leaders, p.pgid) {
			out = append(out, p)
		}
	}
	return out
}

// alive returns the processes of ps still running: not gone, not a zombie, not replaced.
func alive(ps []proc) []proc {
	var out []proc
	for _, p := range ps {
		if now, ok := readProc(p.pid); ok && !now.zombie && now.start == p.start {
			out = append(out, p)
		}
	}
	return out
}

// hasCmd reports whether a process's command line (NUL-separated) begins with prefix or names
// prefix as its first argument (a script run by its interpreter).
func hasCmd(ps []proc, prefix string) bool {
	for _, p := range ps {
		args := strings.Split(p.cmdline, "\x00")
		if strings.HasPrefix(p.cmdline, prefix) || len(args) > 1 && args[1] == prefix ||
			filepath.Base(args[0]) == prefix {
			return true
		}
	}
	return false
}
