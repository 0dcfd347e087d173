package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLogrotateFollowedDirectory runs the real logrotate every 10,000 lines at 20,000 lines/s
// while trawl follows the log's directory, or a glob over it, instead of the file: the rotated
// files that appear beside the log are the file already read, never new sources. Every line
// arrives once; with copytruncate only lines written while logrotate runs may be lost.
func TestLogrotateFollowedDirectory(t *testing.T) {
	logrotateProgram(t)
	for _, sc := range []struct {
		name       string
		directives []string
		hup, glob  bool
		dated      bool
	}{
		{name: "create", directives: []string{"create", "nocompress"}, hup: true},
		{name: "create/glob", directives: []string{"create", "nocompress"}, hup: true, glob: true},
		{name: "dateext", directives: []string{"create", "nocompress", "dateext", dateext}, hup: true, dated: true},
		{name: "copytruncate", directives: []string{"copytruncate", "nocompress"}},
		{name: "copytruncate/glob", directives: []string{"copytruncate", "nocompress"}, glob: true},
		// `extension .log` keeps the extension last: the copy is app.1.log (with dateext,
		// app-20261205.log: see the tail package's TestRotationInFollowedDirectory).
		{name: "copytruncate/extension", directives: []string{"copytruncate", "nocompress", "extension .log"}},
	} {
		t.Run(sc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "app.log")
			w := newTortureWriter(t, path)
			w.f.WriteString("2026-03-01T10:00:00Z INFO ready\n")
			arg := filepath.Dir(path)
			if sc.glob {
				arg = filepath.Join(arg, "*")
			}
			f := startFollower(t, "--json", arg)
			f.waitRaw("INFO ready", 10*time.Second)
			l := &rotatingLogger{tortureWriter: w, lr: newLogrotation(t, path, sc.hup, sc.directives...), every: tortureEvery}
			if sc.dated {
				l.ready = newSecond(path)
			}
			total := tortureLines()
			l.run(0, total)
			c := tortureEnd(t, w, f)
			if len(l.windows) < 2 {
				t.Errorf("only %d rotations", len(l.windows))
			}
			if !sc.hup {
				copyTruncated(t, l, c, total)
				return
			}
			// Every line once. Arrival order across the rotated file and the new one is not
			// asserted here: under the race detector one late line of the rotated file has been
			// seen after the new file's first (TestLogrotateCreate holds the order for one file).
			miss := c.missing(0, total)
			t.Logf("%d rotations by logrotate; %d lines: %d lost, %d duplicated, %d out of order", len(l.windows), total, len(miss), c.dups(), c.outOfOrder)
			if len(miss) > 0 || c.dups() > 0 {
				t.Errorf("lost %d (first %v), %d duplicates", len(miss), first(miss, 10), c.dups())
			}
		})
	}
}

// A log named by a relative path and reached through an absolute link named too (`trawl
// d/ext.log other/x.log`, d/ext.log -> /…/other/x.log) is read once and through its rotations: its
// directory's events come under one spelling of the two. An adversarial try lost every line after
// the first rotation in the binary's follow mode.
func TestLogNamedRelativeAndThroughAnAbsoluteLink(t *testing.T) {
	for _, throughLink := range []bool{false, true} {
		t.Run(map[bool]string{false: "from the directory", true: "from a link to it"}[throughLink], func(t *testing.T) {
			base := t.TempDir()
			root := filepath.Join(base, "real")
			for _, d := range []string{"d", "other"} {
				if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			log := filepath.Join(root, "other", "x.log")
			if err := os.WriteFile(log, []byte("l1\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(log, filepath.Join(root, "d", "ext.log")); err != nil {
				t.Fatal(err)
			}
			// Named from the directory above, as a user in it types them (env -C execs trawl
			// there); a shell that went there through a link names it so in $PWD.
			cwd := root
			if throughLink {
				cwd = filepath.Join(base, "lnk")
				if err := os.Symlink("real", cwd); err != nil {
					t.Fatal(err)
				}
			}
			f := startCommand(t, "env", "-C", cwd, "PWD="+cwd, binary, "--json", "d/ext.log", "other/x.log")
			f.waitRaw("l1", 10*time.Second)
			time.Sleep(time.Second) // every watch in place
			for n := 1; n <= 2; n++ {
				appendLines(t, log, fmt.Sprintf("before %d", n))
				f.waitRaw(fmt.Sprintf("before %d", n), 2*time.Second) // read before the rotation
				mustRename(t, log, fmt.Sprintf("%s.%d", log, n))
				time.Sleep(600 * time.Millisecond) // the rotation seen, the log awaited
				appendLines(t, log, fmt.Sprintf("after %d", n))
				f.waitRaw(fmt.Sprintf("after %d", n), 2*time.Second) // at once: seconds later is a poll's
			}
			_, lines := f.stop(syscall.SIGTERM)
			if len(lines) != 5 {
				t.Errorf("%d lines, want each of the 5 once:\n%s", len(lines), bytes.Join(lines, nil))
			}
		})
	}
}
