package export

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// entries returns n entries for JSONL.
func entries(n int) iter.Seq[parse.Entry] {
	return func(yield func(parse.Entry) bool) {
		for i := range n {
			e := parse.Entry{Time: time.Date(2026, 3, 1, 12, 0, i, 0, time.UTC).UnixNano(), Level: parse.Info,
				Source: "auth.log", Raw: "line", Message: "line"}
			if !yield(e) {
				return
			}
		}
	}
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for sc := bufio.NewScanner(f); sc.Scan(); n++ {
		var v map[string]any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
	}
	return n
}

// An existing file is replaced only when asked; the temporary file never stays behind.
func TestJSONLAsksBeforeReplacing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	if n, err := Write(path, entries(3), Options{Shape: JSONLines}, false); n != 3 || err != nil {
		t.Fatalf("first export: %d, %v", n, err)
	}
	if _, err := Write(path, entries(5), Options{Shape: JSONLines}, false); !errors.Is(err, ErrExists) {
		t.Fatalf("second export without overwrite: %v, want ErrExists", err)
	}
	if got := countLines(t, path); got != 3 {
		t.Fatalf("the file changed without consent: %d lines", got)
	}
	if n, err := Write(path, entries(5), Options{Shape: JSONLines}, true); n != 5 || err != nil || countLines(t, path) != 5 {
		t.Fatalf("overwrite: %d, %v", n, err)
	}
	if des, _ := os.ReadDir(dir); len(des) != 1 {
		t.Fatalf("temporary files left behind: %v", des)
	}
}

// A log being followed is never replaced, not even when asked: the source would read the export
// back as a rotation, and the log would be gone.
func TestWriteRefusesAFollowedLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.log")
	if err := os.WriteFile(path, []byte("2026-11-29 07:41:16 INFO started\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	followed := func(fi fs.FileInfo) bool {
		st, err := os.Stat(path)
		return err == nil && os.SameFile(st, fi)
	}
	for _, overwrite := range []bool{false, true} {
		n, err := Write(path, entries(2), Options{Shape: JSONLines, Followed: followed}, overwrite)
		if n != 0 || err == nil || errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "followed") {
			t.Fatalf("overwrite %v: %d, %v: want a refusal that says the file is followed", overwrite, n, err)
		}
	}
	if b, _ := os.ReadFile(path); string(b) != "2026-11-29 07:41:16 INFO started\n" {
		t.Fatalf("the followed log changed: %q", b)
	}
	other := filepath.Join(filepath.Dir(path), "out.jsonl")
	if n, err := Write(other, entries(2), Options{Shape: JSONLines, Followed: followed}, false); n != 2 || err != nil {
		t.Fatalf("another file: %d, %v", n, err)
	}
}

// An export is private: a new file is 0600 whatever the umask, and a file it replaces keeps its
// own mode, so that an export of auth.log never becomes readable by everyone.
func TestJSONLModes(t *testing.T) {
	for _, c := range []struct {
		name     string
		umask    int
		existing os.FileMode // 0: no file there before
		want     os.FileMode
	}{
		{"new under umask 022", 0o022, 0, 0o600},
		{"new under umask 077", 0o077, 0, 0o600},
		{"replacing a 0600 file", 0o022, 0o600, 0o600},
		{"replacing a 0640 file", 0o022, 0o640, 0o640},
	} {
		t.Run(c.name, func(t *testing.T) {
			old := syscall.Umask(c.umask)
			defer syscall.Umask(old)
			path := filepath.Join(t.TempDir(), "out.jsonl")
			if c.existing != 0 {
				if err := os.WriteFile(path, []byte("old\n"), c.existing); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, c.existing); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := Write(path, entries(2), Options{Shape: JSONLines}, c.existing != 0); err != nil {
				t.Fatal(err)
			}
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != c.want {
				t.Errorf("mode %v, want %v", fi.Mode().Perm(), c.want)
			}
		})
	}
}

// A failed export names the target and the reason, not the temporary file, and keeps the cause
// for errors.Is.
func TestJSONLFailureNamesTarget(t *testing.T) {
	target := filepath.Join(t.TempDir(), "missing", "out.jsonl")
	_, err := Write(target, entries(1), Options{Shape: JSONLines}, false)
	if !errors.Is(err, os.ErrNotExist) || err.Error() != target+": no such file or directory" {
		t.Fatalf("err = %q, want the target and the reason", err)
	}
	err = targetErr(target, &os.PathError{Op: "write", Path: "/x/.trawl-export-1", Err: syscall.ENOSPC})
	if !errors.Is(err, syscall.ENOSPC) || err.Error() != target+": no space left on device" {
		t.Fatalf("targetErr = %q, want the target and the reason, wrapping ENOSPC", err)
	}
}

// Only stale temporary files of trawl's own pattern are removed; everything else stays.
func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	stale := now.Add(-2 * staleTempAge)
	files := map[string]time.Time{
		".trawl-export-123456":  stale, // a killed export's file: removed
		".trawl-export-987":     now,   // an export being written now: kept
		".trawl-export-12x":     stale, // not a name os.CreateTemp gives ours: kept
		".trawl-export-":        stale,
		"trawl-export-123":      stale,
		"app.jsonl":             stale,
		".trawl-export-555.bak": stale,
	}
	for name, mtime := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	sub := filepath.Join(dir, ".trawl-export-42") // a directory by that name: kept
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(sub, stale, stale); err != nil {
		t.Fatal(err)
	}
	removeStaleTemps(dir, now)
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range des {
		got = append(got, e.Name())
	}
	want := []string{".trawl-export-", ".trawl-export-12x", ".trawl-export-42", ".trawl-export-555.bak", ".trawl-export-987", "app.jsonl", "trawl-export-123"}
	if !slices.Equal(got, want) {
		t.Fatalf("left %v, want %v", got, want)
	}
}

// A directory as the target is said to be one at once, not offered for replacing.
func TestWriteToADirectory(t *testing.T) {
	dir := t.TempDir()
	for _, overwrite := range []bool{false, true} {
		_, err := Write(dir, entries(3), Options{Shape: JSONLines}, overwrite)
		if err == nil || errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "is a directory") {
			t.Errorf("overwrite %v: %v, want it named a directory", overwrite, err)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left %d files in the directory", len(left))
	}
}

// An export abandoned while it writes stops between entries and leaves nothing behind: no target,
// no temporary file.
func TestAbandonedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	stop := make(chan struct{})
	o := Options{Shape: JSONLines, Abandon: stop}
	written := 0
	many := func(yield func(parse.Entry) bool) {
		for e := range entries(3 * abandonEvery) {
			if written++; written == abandonEvery+1 {
				close(stop) // the user quits again while the write is under way
			}
			if !yield(e) {
				return
			}
		}
	}
	if _, err := Write(path, many, o, false); !errors.Is(err, ErrAbandoned) {
		t.Fatalf("abandoned write: %v, want ErrAbandoned", err)
	}
	if des, _ := os.ReadDir(dir); len(des) != 0 {
		t.Fatalf("an abandoned write left %v", des)
	}
}

// An export of few but large entries is abandoned within megabytes, not at its end.
func TestAbandonedWriteOfLargeEntries(t *testing.T) {
	dir := t.TempDir()
	stop := make(chan struct{})
	big := strings.Repeat("x", 1<<20)
	written := 0
	entries := func(yield func(parse.Entry) bool) {
		for i := 0; i < 100; i++ {
			if written++; written == 3 {
				close(stop)
			}
			if !yield(parse.Entry{Raw: big}) {
				return
			}
		}
	}
	if _, err := Write(filepath.Join(dir, "big.jsonl"), entries, Options{Shape: Raw, Abandon: stop}, false); !errors.Is(err, ErrAbandoned) {
		t.Fatalf("abandoned write of large entries: %v, want ErrAbandoned", err)
	}
	if written > 3+abandonBytes>>20+1 {
		t.Fatalf("%d entries of a megabyte read before the write stopped", written)
	}
	if des, _ := os.ReadDir(dir); len(des) != 0 {
		t.Fatalf("an abandoned write left %v", des)
	}
}
