//go:build unix

package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A symbolic link is kept and the file it names is written; a link that names nothing is said to.
func TestWriteThroughASymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.jsonl")
	link := filepath.Join(dir, "link.jsonl")
	if err := os.WriteFile(target, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.jsonl", link); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(link, entries(3), Options{Shape: JSONLines}, false); !errors.Is(err, ErrExists) {
		t.Fatalf("without consent: %v, want ErrExists", err)
	}
	if _, err := Write(link, entries(3), Options{Shape: JSONLines}, true); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
	}
	if n := countLines(t, target); n != 3 {
		t.Errorf("the link's target holds %d entries, want 3", n)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o640 {
		t.Errorf("the target's mode became %v, want 0640", fi.Mode().Perm())
	}

	dangling := filepath.Join(dir, "dangling.jsonl")
	if err := os.Symlink("missing/nowhere.jsonl", dangling); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dangling, entries(1), Options{Shape: JSONLines}, true); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("a dangling link: %v, want it said", err)
	}
	if fi, err := os.Lstat(dangling); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the dangling link was replaced")
	}
}

// In a sticky folder everyone may write, as /tmp, a link another user left is not followed, as the
// kernel's protected_symlinks would not follow it: an adversarial try had root's export replace a
// file through a link "nobody" made. The process's own link there is followed as before.
func TestWriteRefusesAnotherUsersLinkInASharedFolder(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a link to another user needs root")
	}
	shared := filepath.Join(t.TempDir(), "shared")
	private := t.TempDir()
	if err := os.Mkdir(shared, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o777|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(private, "passwd")
	if err := os.WriteFile(victim, []byte("root:x:0:0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	trap := filepath.Join(shared, "evil.jsonl")
	if err := os.Symlink(victim, trap); err != nil {
		t.Fatal(err)
	}
	if err := os.Lchown(trap, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(trap, entries(2), Options{Shape: JSONLines}, true); err == nil || !strings.Contains(err.Error(), "another user") {
		t.Fatalf("through another user's link in a shared folder: %v, want a refusal", err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "root:x:0:0\n" {
		t.Fatalf("the link's target was written: %q", b)
	}
	own := filepath.Join(shared, "own.jsonl")
	if err := os.Symlink(victim, own); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(own, entries(2), Options{Shape: JSONLines}, true); err != nil {
		t.Fatalf("through the process's own link: %v", err)
	}
	if n := countLines(t, victim); n != 2 {
		t.Errorf("the own link's target holds %d entries, want 2", n)
	}
}

// A pipe, a socket or a device is refused, with or without consent, and stays what it was: a
// rename over /dev/null would replace the system's device.
func TestWriteRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	null := filepath.Join(dir, "null-link")
	if err := os.Symlink(os.DevNull, null); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fifo, null} {
		for _, overwrite := range []bool{false, true} {
			_, err := Write(path, entries(2), Options{Shape: JSONLines}, overwrite)
			if err == nil || errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s, overwrite %v: %v, want it refused", filepath.Base(path), overwrite, err)
			}
		}
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v", fi.Mode())
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeDevice == 0 {
		t.Fatalf("%s is no longer a device: %v", os.DevNull, fi.Mode())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*")); len(left) != 0 {
		t.Errorf("left temporary files %v", left)
	}
}

// Replacing a file in a folder that takes no new file (/proc's) says so: the error named the
// target "no such file or directory", though it exists.
func TestWriteWhereNoFileCanBeCreated(t *testing.T) {
	const target = "/proc/self/status"
	if _, err := os.Stat(target); err != nil {
		t.Skipf("no %s here", target)
	}
	_, err := Write(target, entries(1), Options{Shape: JSONLines}, true)
	if err == nil {
		t.Fatal("the export over /proc/self/status succeeded")
	}
	if !strings.Contains(err.Error(), "cannot create a new file in /proc/self") {
		t.Fatalf("error %q does not say the folder takes no new file", err)
	}
}
