package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Load, soak and the system's limits, through the real binary.

// procStatus reads a field of /proc/PID/status, such as VmRSS (in kB) or Threads.
func procStatus(t *testing.T, pid int, field string) int64 {
	t.Helper()
	if _, err := os.Stat(fmt.Sprintf("/proc/%d/status", pid)); err != nil {
		t.Skipf("no /proc: %v", err)
	}
	n, ok := statusField(pid, field)
	if !ok {
		t.Fatalf("no %s in /proc/%d/status", field, pid)
	}
	return n
}

// statusField is procStatus for a process that may be gone: ok is false then.
func statusField(pid int, field string) (int64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			n, _ := strconv.ParseInt(strings.Fields(v)[0], 10, 64)
			return n, true
		}
	}
	return 0, false
}

// cpuTime is the user plus system CPU time a process used, from /proc/PID/stat.
func cpuTime(t *testing.T, pid int) time.Duration {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ is 100 on Linux
}

// With no inotify instance left for this user, trawl says it polls instead, and following works.
func TestInotifyExhaustedFallsBackToPolling(t *testing.T) {
	var held []int
	defer func() {
		for _, fd := range held {
			syscall.Close(fd)
		}
	}()
	for len(held) < 100_000 {
		fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC)
		if err != nil {
			break
		}
		held = append(held, fd)
	}
	path := writeFile(t, "app.log", []byte("2026-03-01T10:00:00Z INFO first\n"))
	f := startFollower(t, "--json", path)
	f.waitRaw("INFO first", 10*time.Second)
	// The instances are given back at once: other processes on this machine need them too.
	for _, fd := range held {
		syscall.Close(fd)
	}
	held = nil
	appendLines(t, path, "2026-03-01T10:00:01Z INFO appended while polling")
	f.waitRaw("appended while polling", 10*time.Second)
	f.stop(syscall.SIGTERM)
	if !strings.Contains(f.stderr.String(), "polling every") {
		t.Errorf("no word about polling on stderr: %q", f.stderr.String())
	}
}

// A directory of 10,000 files: every file is read and new lines in any of them still arrive.
func TestDirectoryOfTenThousandFiles(t *testing.T) {
	dir := t.TempDir()
	const files = 10_000
	for i := range files {
		p := filepath.Join(dir, fmt.Sprintf("f%05d.log", i))
		if err := os.WriteFile(p, fmt.Appendf(nil, "2026-03-01T10:00:00Z INFO file seq=%d\n", i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	r := runTrawl(t, nil, "--no-follow", "--all", dir)
	c := countSeqs(t, mustLines(r))
	if miss := c.missing(0, files); len(miss) > 0 || c.dups() > 0 {
		t.Fatalf("no-follow: %d files missing (first %v), %d duplicates; stderr %q", len(miss), first(miss, 5), c.dups(), r.stderr)
	}
	t.Logf("--no-follow over %d files: %s, peak RSS %d MiB", files, time.Since(start).Round(time.Millisecond), r.maxRSS>>20)

	start = time.Now()
	f := startFollower(t, "--json", dir)
	f.waitFor("every file's line", time.Minute, func(lines [][]byte) bool { return len(lines) >= files })
	loaded := time.Since(start)
	appendLines(t, filepath.Join(dir, "f09999.log"), "2026-03-01T10:00:01Z INFO late line")
	f.waitRaw("late line", 10*time.Second)
	t.Logf("following %d files: initial read %s, %d MiB resident, %d threads", files, loaded.Round(time.Millisecond),
		procStatus(t, f.cmd.Process.Pid, "VmRSS")>>10, procStatus(t, f.cmd.Process.Pid, "Threads"))
	f.stop(syscall.SIGTERM)
}

// A file deleted while trawl reads it is read to its end: the open descriptor keeps its data.
func TestFileDeletedWhileRead(t *testing.T) {
	var b bytes.Buffer
	const lines = 300_000
	for n := range lines {
		b.Write(tortureLine(n))
	}
	path := writeFile(t, "big.log", b.Bytes())
	f := startFollower(t, "--json", "--no-follow", "--all", path)
	f.waitFor("the first line", 10*time.Second, func(l [][]byte) bool { return len(l) > 0 })
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	select {
	case <-f.done:
	case <-time.After(time.Minute):
		t.Fatal("trawl did not finish within a minute")
	}
	f.cmd.Wait()
	f.mu.Lock()
	c := countSeqs(t, f.lines)
	f.mu.Unlock()
	if miss := c.missing(0, lines); len(miss) > 0 || c.dups() > 0 || f.cmd.ProcessState.ExitCode() != 0 {
		t.Fatalf("deleted while read: %d lost, %d duplicates, exit %d, stderr %q", len(miss), c.dups(), f.cmd.ProcessState.ExitCode(), f.stderr.String())
	}
}
