package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Exports that cannot finish, through the real binary in tmux: a read-only directory and a full
// disk report the reason in the status bar and leave nothing behind; a SIGKILL in the middle of an
// export leaves the old file or a complete export at the target, never a partial one.
//
// Tests run as root on CI, where file modes do not stop a write, so the unwritable directory and
// the full disk are real: a tmpfs mounted read-only (EROFS) and a 16 KiB tmpfs (ENOSPC), each in
// a private mount namespace that trawl runs in, so the machine's mounts are never touched. The
// test looks into that namespace through /proc/PID/root.

// tmpfsWrapper returns the command that runs trawl in a private mount namespace with a tmpfs
// mounted on dir with opts, or skips the test where that is not permitted.
func tmpfsWrapper(t *testing.T, dir, opts string) []string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a tmpfs in a private mount namespace")
	}
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("needs unshare (util-linux) for a private mount namespace")
	}
	// unshare makes the new namespace's mounts private, so the tmpfs is seen by trawl alone.
	const script = `set -e; mount -t tmpfs -o "$1" tmpfs "$2"; shift 2; exec "$@"`
	wrapper := []string{"unshare", "-m", "sh", "-c", script, "sh", opts, dir}
	if out, err := exec.Command(wrapper[0], append(wrapper[1:], "true")...).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs in a private mount namespace here: %v %s", err, out)
	}
	return wrapper
}

// pid is the process running in the pane: trawl, since every wrapper ends by executing it.
func (term *terminal) pid() int {
	term.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{pane_pid}")))
	if err != nil {
		term.t.Fatalf("pane pid: %v", err)
	}
	return pid
}

var promised = regexp.MustCompile(`export ([0-9,]+) entr(?:y|ies) to:`)

// exportTo opens the export prompt, replaces the suggested name with path and confirms it. It
// returns the number of entries the prompt promised.
func (term *terminal) exportTo(path string) int {
	term.t.Helper()
	term.press("e")
	m := promised.FindStringSubmatch(term.waitFor("the export prompt", promised.MatchString))
	n, err := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	if err != nil {
		term.t.Fatalf("prompt count %q: %v", m[1], err)
	}
	term.press("C-u")
	term.typeText(path)
	term.press("Enter")
	return n
}

// writeNumbered writes n numbered info lines of about 100 bytes to path.
func writeNumbered(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(w, "%s INFO request %07d served path=/api/v1/items/%d user=u%d took=%dms\n",
			t0.Add(time.Duration(i)*time.Millisecond).Format("2006-01-02T15:04:05.000Z"), i, i, i%97, i%13)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestTerminalExportUnwritable(t *testing.T) {
	cases := []struct {
		name, opts, reason string
		lines              int
	}{
		// 600 entries are about 150 KiB of JSON: the write runs out of room part way.
		{"full disk", "size=16k", "no space left on device", 600},
		// The tmpfs's root takes its only inode: the temporary file cannot be created.
		{"no inodes left", "size=1m,nr_inodes=1", "no space left on device", 20},
		{"read-only directory", "ro,size=1m", "read-only file system", 20},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			mnt := filepath.Join(dir, "mnt")
			if err := os.Mkdir(mnt, 0o755); err != nil {
				t.Fatal(err)
			}
			wrapper := tmpfsWrapper(t, mnt, c.opts)
			log := filepath.Join(dir, "app.log")
			writeNumbered(t, log, c.lines)
			term := startTerminalVia(t, dir, 160, 30, wrapper, "--all", log)
			term.waitText(fmt.Sprintf("request %07d", c.lines))
			inside := fmt.Sprintf("/proc/%d/root%s", term.pid(), mnt)

			target := filepath.Join(mnt, "out.jsonl")
			if n := term.exportTo(target); n != c.lines {
				t.Fatalf("the prompt promised %d entries, want %d", n, c.lines)
			}
			screen := term.waitText("export failed")
			if want := "export failed: " + target + ": " + c.reason; !strings.Contains(screen, want) {
				t.Errorf("status bar does not say %q:\n%s", want, screen)
			}
			if _, err := os.Lstat(filepath.Join(inside, "out.jsonl")); !os.IsNotExist(err) {
				t.Errorf("a file is left at the target after the failed export (%v)", err)
			}
			// Neither the export nor a temporary file stays on the tmpfs, and nothing leaked
			// to the directory under it.
			for _, d := range []string{inside, mnt} {
				if names := dirNames(t, d); len(names) != 0 {
					t.Errorf("%s holds %v after the failed export, want nothing", d, names)
				}
			}
		})
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// SIGKILL in the middle of an export that replaces an older file: the target is the old file or
// a complete export, never a partial one. Each case kills trawl at a different step: while the
// temporary file is being written, and once it is complete (its mode set) and being synced. A
// temporary file the kill leaves behind is hidden, and the next export into that directory
// removes it once it is stale.
func TestTerminalExportSIGKILL(t *testing.T) {
	const lines = 200_000 // about 61 MiB of JSON: the export takes a few tenths of a second
	dir := t.TempDir()
	log := filepath.Join(dir, "big.log")
	writeNumbered(t, log, lines)
	for _, c := range []struct {
		step  string
		ready func(fs.FileInfo) bool
		must  bool // the step lasts long enough to be seen on any disk
	}{
		{"writing", func(fi fs.FileInfo) bool { return fi.Size() > 0 && fi.Mode().Perm() == 0o600 }, true},
		// A sync can be over before the test looks (on tmpfs it does nothing); the kill then
		// comes after the rename and the complete export must be there.
		{"syncing", func(fi fs.FileInfo) bool { return fi.Mode().Perm() == 0o644 }, false},
	} {
		t.Run(c.step, func(t *testing.T) {
			out := t.TempDir()
			target := filepath.Join(out, "export.jsonl")
			old := []byte("an older export, kept until the new one is complete\n")
			if err := os.WriteFile(target, old, 0o644); err != nil {
				t.Fatal(err)
			}
			term := startTerminalVia(t, dir, 160, 30, nil, "--all", log)
			term.waitText(fmt.Sprintf("%s/%s", group(lines), group(lines)))
			old, n, seen := killMidExport(t, term, target, old, c.ready, c.must)
			t.Logf("killed: %s", seen)
			checkOldOrComplete(t, target, old, n)
			for _, name := range dirNames(t, out) {
				if name != "export.jsonl" && !strings.HasPrefix(name, ".trawl-export-") {
					t.Errorf("unexpected file %s after the kill", name)
				}
			}
			sweepAfterKill(t, dir, out)
		})
	}
}

// killMidExport exports everything to target, agreeing to replace it, and SIGKILLs trawl once
// the temporary file reaches the step ready tells. On a busy machine the test can miss the step;
// the export then completes and is tried again, with the complete file as the old one. It
// returns what the target held before the killed export, the entries promised and what the
// kill hit.
func killMidExport(t *testing.T, term *terminal, target string, old []byte, ready func(fs.FileInfo) bool, must bool) ([]byte, int, string) {
	t.Helper()
	for attempt := 1; ; attempt++ {
		n := term.exportTo(target)
		term.waitText("overwrite? (y/n)")
		term.press("y")
		seen, ok := killAt(t, term, filepath.Dir(target), ready)
		switch {
		case ok:
			return old, n, fmt.Sprintf("attempt %d: %s", attempt, seen)
		case attempt < 5:
			term.waitTextWithin(time.Minute, fmt.Sprintf("wrote %s entries", group(n)))
			old, _ = os.ReadFile(target)
		case must:
			t.Fatalf("trawl was not killed while it wrote the export in %d attempts", attempt)
		default:
			term.kill(term.pid())
			return old, n, fmt.Sprintf("after the export, in %d attempts: %s", attempt, seen)
		}
	}
}

// killAt waits for the export's temporary file in dir to reach the step ready tells, then
// SIGKILLs trawl. It returns what it saw when it sent the signal, and whether it did: not if the
// export finished first.
func killAt(t *testing.T, term *terminal, dir string, ready func(fs.FileInfo) bool) (string, bool) {
	t.Helper()
	pid := term.pid()
	deadline := time.Now().Add(15 * time.Second)
	seen := false
	for time.Now().Before(deadline) {
		temps, _ := filepath.Glob(filepath.Join(dir, ".trawl-export-*"))
		if len(temps) == 1 {
			seen = true
			if fi, err := os.Stat(temps[0]); err == nil && ready(fi) {
				term.kill(pid)
				return fmt.Sprintf("%s, %d bytes, mode %v", filepath.Base(temps[0]), fi.Size(), fi.Mode().Perm()), true
			}
		} else if seen {
			break // the export finished before the step was seen
		}
		time.Sleep(time.Millisecond)
	}
	return fmt.Sprintf("the step was not seen (the temporary file was seen: %v)", seen), false
}

// kill SIGKILLs pid and waits for the pane to show it dead; a process inside fsync dies only
// when the call returns.
func (term *terminal) kill(pid int) {
	term.t.Helper()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		term.t.Fatal(err)
	}
	term.waitWithin(time.Minute, "trawl to die", func(string) bool {
		return strings.TrimSpace(term.tmux("display-message", "-p", "-t", "main", "#{pane_dead}")) == "1"
	})
}

// checkOldOrComplete fails unless target holds old byte for byte, or a complete export of n entries.
func checkOldOrComplete(t *testing.T, target string, old []byte, n int) {
	t.Helper()
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatalf("the target is gone after the kill: %v", err)
	}
	if !bytes.Equal(data, old) {
		checkComplete(t, data, n)
		t.Logf("the export had finished: %d complete entries", n)
	}
}

// checkComplete fails unless data is n complete JSON objects, one a line.
func checkComplete(t *testing.T, data []byte, n int) {
	t.Helper()
	if len(data) == 0 || data[len(data)-1] != '\n' {
		t.Fatalf("the target is a partial export: %d bytes, not ending in a newline", len(data))
	}
	got := 0
	for line := range bytes.Lines(data) {
		var v map[string]any
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatalf("the target is a partial export: line %d: %v", got+1, err)
		}
		got++
	}
	if got != n {
		t.Fatalf("the target holds %d entries, the prompt promised %d", got, n)
	}
}

// sweepAfterKill ages what a kill left in out past the stale age and exports into out again:
// the stale temporary file is removed and the new export written.
func sweepAfterKill(t *testing.T, dir, out string) {
	t.Helper()
	temps, _ := filepath.Glob(filepath.Join(out, ".trawl-export-*"))
	long := time.Now().Add(-time.Hour)
	for _, p := range temps {
		if err := os.Chtimes(p, long, long); err != nil {
			t.Fatal(err)
		}
	}
	// Each case writes its own one-line log: both share dir.
	small := filepath.Join(dir, "small.log")
	if err := os.WriteFile(small, []byte("2026-03-01T10:00:00Z INFO after the kill\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	term := startTerminal(t, dir, 160, 30, small)
	term.waitText("after the kill")
	term.exportTo(filepath.Join(out, "second.jsonl"))
	term.waitTextWithin(time.Minute, "wrote 1 entry to")
	if names := dirNames(t, out); len(names) != 2 || names[0] != "export.jsonl" || names[1] != "second.jsonl" {
		t.Errorf("after an export into the directory it holds %v; want export.jsonl and second.jsonl (stale temporary files %v removed)", names, temps)
	}
}

// group writes n with thousands separators, as the interface does.
func group(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// An export into the directory trawl follows (the default place is the working directory, often
// the logs' own) is not read back as one more log: neither its temporary file nor the file it
// becomes. Before, each export doubled the timeline, and the next export held the doubles.
func TestTerminalExportIntoAFollowedDirectoryIsNotRead(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 20 {
		lines = append(lines, fmt.Sprintf("2026-03-01T10:00:%02dZ INFO request %d", i, i))
	}
	appendLines(t, filepath.Join(dir, "app.log"), lines...)
	term := startTerminal(t, dir, 160, 30, ".")
	term.waitAlive("request 19")
	exportAtDefaultName(t, term, dir, "wrote 20 entries")
	// A line written after the export reaches the screen after whatever the export's files did.
	appendLines(t, filepath.Join(dir, "app.log"), "2026-03-01T10:01:00Z INFO after the export")
	term.waitAlive("after the export")
	term.press("s")
	s := term.waitAlive("Sources (")
	if !strings.Contains(s, "Sources (1)") || strings.Contains(s, "] trawl-") || strings.Contains(s, "] .trawl-export-") {
		t.Fatalf("the export was read as a source:\n%s", s)
	}
	if !strings.Contains(s, "21/21") {
		t.Errorf("the status bar does not count 21 entries:\n%s", s)
	}
}
