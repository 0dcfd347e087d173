package tail

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// A deploy points a directory symlink at the next release (ln -sfn, then mv -T over the link):
// the log reached through it is the new release's from then on, named, as a directory, or as a
// pattern.
func TestDirectoryLinkRepointedByADeploy(t *testing.T) {
	for _, spec := range []string{"current/log/app.log", "current/log", "current/log/*.log"} {
		modes(t, func(t *testing.T, poll bool) {
			root := t.TempDir()
			for _, d := range []string{"releases/1/log", "releases/2/log"} {
				if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			one, two := filepath.Join(root, "releases/1/log/app.log"), filepath.Join(root, "releases/2/log/app.log")
			writeLines(t, one, []string{"r1 1"}, os.O_TRUNC)
			current := filepath.Join(root, "current")
			if err := os.Symlink("releases/1", current); err != nil {
				t.Fatal(err)
			}
			_, s := start(t, []string{filepath.Join(root, spec)}, testOptions(true, poll))
			s.waitLines(t, []string{"r1 1"})
			appendLines(t, one, "r1 2")
			s.waitLines(t, []string{"r1 1", "r1 2"})

			writeLines(t, two, []string{"r2 1"}, os.O_TRUNC)
			repoint(t, current, "releases/2")
			appendLines(t, two, "r2 2")
			s.waitLines(t, []string{"r1 1", "r1 2", "r2 1", "r2 2"})
		})
	}
}

// The same deploy before the first release: the link, and so the followed directory, does not
// exist when trawl starts. Once the link is made it is followed as if it had been there, through
// the next deploy's re-pointing; a directory name with a bracket that opens no pattern is a name.
func TestDirectoryLinkMadeAfterStartIsRepointed(t *testing.T) {
	for _, spec := range []string{"current/log/app.log", "current/log/*.log", "current/log[1/app.log"} {
		modes(t, func(t *testing.T, poll bool) {
			root := t.TempDir()
			logDir := filepath.Dir(spec)
			if logDir == "current/log" {
				logDir = "log"
			} else {
				logDir = "log[1"
			}
			for _, d := range []string{"releases/1/" + logDir, "releases/2/" + logDir} {
				if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			one := filepath.Join(root, "releases/1", logDir, "app.log")
			two := filepath.Join(root, "releases/2", logDir, "app.log")
			g, warns, err := open([]string{filepath.Join(root, spec)}, testOptions(true, poll), nil, testStreams)
			var awaited *Awaited
			if err != nil || len(warns) != 1 || !errors.As(warns[0], &awaited) {
				t.Fatalf("open: err %v, warnings %v; want one awaited", err, warns)
			}
			s := runGroup(t, g)
			current := filepath.Join(root, "current")
			if err := os.Symlink("releases/1", current); err != nil {
				t.Fatal(err)
			}
			writeLines(t, one, []string{"r1 1"}, os.O_TRUNC)
			s.waitLines(t, []string{"r1 1"})
			time.Sleep(eventLag)

			writeLines(t, two, []string{"r2 1"}, os.O_TRUNC)
			repoint(t, current, "releases/2")
			time.Sleep(eventLag)
			appendLines(t, two, "r2 2")
			s.waitLines(t, []string{"r1 1", "r2 1", "r2 2"})
		})
	}
}

// repoint points the symlink link at target as a deploy does (ln -sfn, mv -T): a new link beside
// it, renamed over it.
func repoint(t *testing.T, link, target string) {
	t.Helper()
	tmp := link + ".tmp"
	if err := os.Symlink(target, tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, link); err != nil {
		t.Fatal(err)
	}
}

// A symlink to a log not written yet is read once the log appears: named, inside a followed
// directory, and when a deploy points a link at a file its new release writes later.
func TestLinkToALogNotWrittenYet(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		for _, d := range []string{"app", "logs", "rel"} {
			if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		named := filepath.Join(root, "named.log")
		if err := os.Symlink("app/other.log", named); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("../app/current.log", filepath.Join(root, "logs/current.log")); err != nil {
			t.Fatal(err)
		}
		writeLines(t, filepath.Join(root, "rel/v1.log"), []string{"v1 1"}, os.O_TRUNC)
		deployed := filepath.Join(root, "deployed.log")
		if err := os.Symlink("rel/v1.log", deployed); err != nil {
			t.Fatal(err)
		}
		_, s := start(t, []string{named, filepath.Join(root, "logs"), deployed}, testOptions(true, poll))
		s.waitLines(t, []string{"v1 1"})

		repoint(t, deployed, "rel/v2.log")
		appendLines(t, filepath.Join(root, "app/other.log"), "other 1")
		appendLines(t, filepath.Join(root, "app/current.log"), "current 1")
		appendLines(t, filepath.Join(root, "rel/v2.log"), "v2 1")
		s.waitFor(t, "the three logs' lines", func(g []got) bool { return len(g) >= 4 })
		s.sameLines(t, "current 1", "other 1", "v1 1", "v2 1")
	})
}

// A log deleted while its writer still writes to it ("rm app.log" to free the disk) is read on
// through the descriptor, as tail -f does, until it has been quiet a while.
func TestDeletedWhileWritten(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		path := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, path, []string{"d 1"}, os.O_TRUNC)
		w, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		g, s := start(t, []string{path}, testOptions(true, poll))
		s.waitLines(t, []string{"d 1"})
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		s.waitFor(t, "the deletion seen", func([]got) bool { return statOf(g, path).State == stateWaiting })
		time.Sleep(50 * time.Millisecond) // a look or two after it
		for _, l := range []string{"d 2", "d 3"} {
			if _, err := w.WriteString(l + "\n"); err != nil {
				t.Fatal(err)
			}
		}
		s.waitLines(t, []string{"d 1", "d 2", "d 3"})
	})
}

// A directory named before it exists is followed as one once it appears: its files, then and
// later, are read.
func TestDirectoryNamedBeforeItExists(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		logs := filepath.Join(root, "logs")
		g, s := start(t, []string{logs}, testOptions(true, poll))
		if err := os.Mkdir(logs, 0o755); err != nil {
			t.Fatal(err)
		}
		appendLines(t, filepath.Join(logs, "app.log"), "a 1")
		s.waitLines(t, []string{"a 1"})
		appendLines(t, filepath.Join(logs, "app.log"), "a 2")
		appendLines(t, filepath.Join(logs, "db.log"), "b 1")
		s.waitFor(t, "both files' lines", func(g []got) bool { return len(g) >= 3 })
		if st := statOf(g, logs).State; st != stateDirectory {
			t.Errorf("the named path's state %q, want %q", st, stateDirectory)
		}
	})
}

// `ln -sfn` re-points a link in a followed directory by making a temporary link beside it
// (CuXXXXXX) and renaming it over the old: each new target's lines arrive under the link's own
// name, and the temporary names never become sources. An adversarial try found the first lines of
// 5 to 14 of 20 targets under a temporary name, each left in the sources view for good.
func TestLinkRepointedInAFollowedDirectory(t *testing.T) {
	if _, err := exec.LookPath("ln"); err != nil {
		t.Skip("no ln")
	}
	root := t.TempDir()
	dir, ext := filepath.Join(root, "d"), filepath.Join(root, "ext")
	for _, d := range []string{dir, ext} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "app.log")
	writeLines(t, filepath.Join(ext, "a.log"), []string{"a 1"}, os.O_TRUNC)
	if err := os.Symlink(filepath.Join(ext, "a.log"), link); err != nil {
		t.Fatal(err)
	}
	g, s := start(t, []string{dir}, testOptions(true, false))
	s.waitLines(t, []string{"a 1"})
	want := []string{"a 1"}
	for i := 1; i <= 10; i++ {
		target := filepath.Join(ext, fmt.Sprintf("b%d.log", i))
		line := fmt.Sprintf("b%d 1", i)
		writeLines(t, target, []string{line}, os.O_TRUNC)
		if out, err := exec.Command("ln", "-sfn", target, link).CombinedOutput(); err != nil {
			t.Fatalf("ln: %v %s", err, out)
		}
		want = append(want, line)
		s.waitFor(t, line, hasRaw(line))
		time.Sleep(2 * linkSettle)
	}
	for _, e := range s.snapshot() {
		if e.source != link {
			t.Errorf("line %q read under %s, want the link's name %s", e.raw, e.source, link)
		}
	}
	for _, st := range g.Stats() {
		if st.Path != link {
			t.Errorf("a source for %s besides the link", st.Path)
		}
	}
	s.sameLines(t, want...)
}

// A link beside a log to it (alias.log -> app.log) in a followed directory is the log's other
// name through rotations too: between the rename and the new file's creation it names nothing,
// and then a file the log's source has not reopened yet. Polling, it was read as a second source
// from then on, and every line after the first rotation arrived twice.
func TestLinkBesideARotatedLogIsNotASecondSource(t *testing.T) {
	for _, link := range []string{"relative", "absolute", "through a linked directory"} {
		t.Run(link, func(t *testing.T) { linkBesideARotatedLog(t, link) })
	}
}

// linkBesideARotatedLog rotates a log three times beside a link to it, written as link says, in
// the directory followed (or in a link to that directory).
func linkBesideARotatedLog(t *testing.T, link string) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		dir := filepath.Join(root, "d")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		log := filepath.Join(dir, "app.log")
		writeLines(t, log, []string{"start"}, os.O_TRUNC)
		target, followed := "app.log", dir
		switch link {
		case "absolute":
			target = log
		case "through a linked directory":
			target, followed = "../d/app.log", filepath.Join(root, "dlink")
			if err := os.Symlink("d", followed); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Symlink(target, filepath.Join(dir, "alias.log")); err != nil {
			t.Fatal(err)
		}
		// Named relative to the working directory, as a user types it, where the absolute link
		// names the log otherwise.
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		if rel, err := filepath.Rel(wd, followed); err == nil {
			followed = rel
		}
		g, s := start(t, []string{followed}, testOptions(true, poll))
		s.waitLines(t, []string{"start"})
		want := []string{"start"}
		for n := 1; n <= 3; n++ {
			before, after := fmt.Sprintf("before %d", n), fmt.Sprintf("after %d", n)
			appendLines(t, log, before)
			if err := os.Rename(log, fmt.Sprintf("%s.%d", log, n)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(30 * time.Millisecond) // a polling tick or so with no app.log
			appendLines(t, log, after)
			time.Sleep(30 * time.Millisecond)
			want = append(want, before, after)
		}
		s.waitFor(t, "every line", func(g []got) bool { return len(g) >= len(want) })
		time.Sleep(100 * time.Millisecond) // for a second name's copies, if any
		s.sameLines(t, want...)
		for _, st := range g.Stats() {
			if filepath.Base(st.Source) != "app.log" && st.Source != followed {
				t.Errorf("a source %q besides the log", st.Source)
			}
		}
	})
}

// A log named twice, as itself by a relative path and through an absolute link elsewhere
// (`trawl d/ext.log other/x.log`, d/ext.log -> /…/other/x.log), is read once, and through its
// rotations: the events of its directory come under one of its two spellings, and both reach the
// source. An adversarial try lost every line after the first rotation.
func TestLogNamedRelativeAndThroughAnAbsoluteLink(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		for _, d := range []string{"d", "other"} {
			if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		log := filepath.Join(root, "other", "x.log")
		writeLines(t, log, []string{"l1"}, os.O_TRUNC)
		link := filepath.Join(root, "d", "ext.log")
		if err := os.Symlink(log, link); err != nil {
			t.Fatal(err)
		}
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		relLog, err := filepath.Rel(wd, log)
		if err != nil {
			t.Fatal(err)
		}
		relLink, _ := filepath.Rel(wd, link)
		_, s := start(t, []string{relLink, relLog}, testOptions(true, poll))
		s.waitLines(t, []string{"l1"})
		want := []string{"l1"}
		for n := 1; n <= 2; n++ {
			before, after := fmt.Sprintf("b%d", n), fmt.Sprintf("a%d", n)
			appendLines(t, log, before)
			s.waitFor(t, before, func(g []got) bool { return len(g) == len(want)+1 }) // read before the rotation
			if err := os.Rename(log, fmt.Sprintf("%s.%d", log, n)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(600 * time.Millisecond) // the rotation seen, the log awaited
			appendLines(t, log, after)
			want = append(want, before, after)
			s.waitFor(t, after, func(g []got) bool { return len(g) == len(want) })
		}
		s.waitFor(t, "every line", func(g []got) bool { return len(g) >= len(want) })
		time.Sleep(100 * time.Millisecond)
		s.sameLines(t, want...)
	})
}

// A link in a followed directory re-pointed at a log read there by its own name (`ln -sfn a.log
// cur.log`) is that log's other name from then on: its lines come once, under the log's name,
// through the log's rotations, and re-pointed back at its first file the link reads that on once.
// Adversarial tries found each line twice in all three.
func TestLinkRepointedAtALogReadAlready(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		dir, other := filepath.Join(root, "d"), filepath.Join(root, "o")
		for _, d := range []string{dir, other} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		a, b := filepath.Join(dir, "a.log"), filepath.Join(other, "b.log")
		writeLines(t, a, []string{"a1"}, os.O_TRUNC)
		writeLines(t, b, []string{"b1"}, os.O_TRUNC)
		link := filepath.Join(dir, "cur.log")
		if err := os.Symlink("../o/b.log", link); err != nil {
			t.Fatal(err)
		}
		_, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitFor(t, "both files", func(g []got) bool { return len(g) >= 2 })
		repoint(t, link, "a.log")
		time.Sleep(4 * linkSettle) // the link's new target seen
		appendLines(t, a, "a2")
		s.waitFor(t, "a2", hasRaw("a2"))
		time.Sleep(200 * time.Millisecond) // for a second copy, if any
		n := 0
		for _, e := range s.snapshot() {
			if e.raw == "a2" {
				n++
				if e.source != a {
					t.Errorf("a2 read under %s, want %s", e.source, a)
				}
			}
		}
		if n != 1 {
			t.Errorf("a2 read %d times, want once: %q", n, s.raws())
		}
		// The log rotated while the link names it: still its other name.
		appendLines(t, a, "a3")
		if err := os.Rename(a, a+".1"); err != nil {
			t.Fatal(err)
		}
		appendLines(t, a, "a4")
		time.Sleep(300 * time.Millisecond)
		appendLines(t, a, "a5")
		// Re-pointed back at the file it named first, which it drained meanwhile: read on once.
		repoint(t, link, "../o/b.log")
		time.Sleep(4 * linkSettle)
		appendLines(t, b, "b2")
		s.waitFor(t, "every line", func(g []got) bool { return len(g) >= 7 })
		time.Sleep(200 * time.Millisecond)
		s.sameLines(t, "a1", "a2", "a3", "a4", "a5", "b1", "b2")
	})
}
