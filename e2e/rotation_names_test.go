package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A file rotated twice before trawl reads the first rotation, under each of logrotate's namings
// and compressions: trawl is stopped (SIGSTOP) while the file is rotated away, a second file is
// written and rotated away too, and a third is created. The middle file's lines must be read
// wherever they can be; where they cannot (moved to another directory, removed), the loss must be
// counted and told on standard error, never silent.
func TestTortureRotatedTwiceNames(t *testing.T) {
	for _, style := range []struct {
		name   string
		tool   string // a program the rotation needs
		rotate func(t *testing.T, path string, k int)
		lost   bool
	}{
		{name: "dateext", rotate: func(t *testing.T, path string, k int) {
			mustRename(t, path, fmt.Sprintf("%s-2026030%d", path, k))
		}},
		{name: "dateext+compress", tool: "gzip", rotate: func(t *testing.T, path string, k int) {
			to := fmt.Sprintf("%s-2026030%d", path, k)
			mustRename(t, path, to)
			mustRun(t, "gzip", to)
		}},
		{name: "compress", tool: "gzip", rotate: compressedRotation("gzip", ".gz")},
		{name: "compress-bzip2", tool: "bzip2", rotate: compressedRotation("bzip2", ".bz2")},
		{name: "compress-xz", tool: "xz", rotate: compressedRotation("xz", ".xz")},
		{name: "compress-zstd", tool: "zstd", rotate: compressedRotation("zstd", ".zst", "-q", "--rm")},
		{name: "delaycompress", tool: "gzip", rotate: func(t *testing.T, path string, k int) {
			if k > 1 { // the rotation before is compressed only now, and numbered up
				mustRun(t, "gzip", path+".1")
				mustRename(t, path+".1.gz", path+".2.gz")
			}
			mustRename(t, path, path+".1")
		}},
		{name: "olddir", lost: true, rotate: func(t *testing.T, path string, k int) {
			old := filepath.Join(filepath.Dir(path), "old")
			os.Mkdir(old, 0o755)
			mustRename(t, path, filepath.Join(old, fmt.Sprintf("app.log.%d", k)))
		}},
		{name: "rotate-0", lost: true, rotate: func(t *testing.T, path string, k int) {
			mustRename(t, path, path+".1")
			if err := os.Remove(path + ".1"); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(style.name, func(t *testing.T) {
			if _, err := exec.LookPath(style.tool); style.tool != "" && err != nil {
				t.Skipf("needs %s", style.tool)
			}
			path, w, f := tortureStart(t)
			w.run(0, 1000, nil)
			f.waitRaw("seq=999 ", 10*time.Second)
			f.pause()
			style.rotate(t, path, 1)
			w.reopen()
			w.run(1000, 2000, nil)
			style.rotate(t, path, 2)
			w.reopen()
			w.run(2000, 3000, nil)
			f.resume()
			c := tortureStop(t, w, f)
			stderr := f.stderr.String()
			told := lossTold(f)
			if !style.lost {
				exactlyOnce(t, c, 3000)
				if told {
					t.Errorf("a loss was told where nothing was lost:\n%s", stderr)
				}
				return
			}
			// The middle file's lines are gone; everything else arrives once, and the loss is told.
			miss := c.missing(0, 3000)
			if len(miss) != 1000 || miss[0] != 1000 || miss[999] != 1999 || c.dups() > 0 {
				t.Errorf("lost %d (first %v), %d duplicates; want exactly the middle file's 1000..1999 lost", len(miss), first(miss, 5), c.dups())
			}
			if !strings.Contains(stderr, "1 rotated file(s) could not be read") {
				t.Errorf("the middle file's loss was not told on stderr:\n%s", stderr)
			}
		})
	}
}

// compressedRotation is logrotate's rotate with compress and no delaycompress: the numbered files
// move up, the log becomes app.log.1, and that is compressed at once by tool (with args).
func compressedRotation(tool, ext string, args ...string) func(t *testing.T, path string, k int) {
	return func(t *testing.T, path string, k int) {
		if k > 1 {
			mustRename(t, path+".1"+ext, path+".2"+ext)
		}
		mustRename(t, path, path+".1")
		mustRun(t, tool, append(args, path+".1")...)
	}
}

func mustRename(t *testing.T, from, to string) {
	t.Helper()
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

func mustRun(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

// In a followed directory, a log renamed to another name the directory reads ("mv app.log
// app-old.log") is no lost file, and a file lost after it (the next app.log moved out of the
// directory before trawl could read it, trawl stopped meanwhile) is still told.
func TestRenamedWithinDirectoryThenLost(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	w := newTortureWriter(t, path)
	w.f.WriteString("2026-03-01T10:00:00Z INFO ready\n")
	f := startFollower(t, "--json", dir)
	f.waitRaw("INFO ready", 10*time.Second)
	w.run(0, 1000, nil)
	f.waitRaw("seq=999 ", 10*time.Second)
	f.pause()
	mustRename(t, path, filepath.Join(dir, "app-old.log")) // still read: the same file, under a name read here
	w.reopen()
	w.run(1000, 2000, nil)
	mustRename(t, path, filepath.Join(t.TempDir(), "app.log")) // out of the directory, unread
	w.reopen()
	w.run(2000, 3000, nil)
	f.resume()
	c := tortureStop(t, w, f)
	if miss := c.missing(0, 3000); len(miss) != 1000 || miss[0] != 1000 || c.dups() > 0 {
		t.Errorf("lost %d (first %v), %d duplicates; want exactly the moved file's 1000..1999 lost", len(miss), first(miss, 5), c.dups())
	}
	if !strings.Contains(f.stderr.String(), "1 rotated file(s) could not be read") {
		t.Errorf("the moved file's loss was not told on stderr:\n%s", f.stderr.String())
	}
}
