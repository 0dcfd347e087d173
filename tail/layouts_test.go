package tail

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The tests in this file follow the layouts that real machines have, at speed, and count every
// line: lost 0 and duplicated 0.

// layoutLines is how many lines each layout test writes: TRAWL_TORTURE=full writes five times
// as many.
func layoutLines(n int) int {
	if os.Getenv("TRAWL_TORTURE") == "full" {
		return 5 * n
	}
	return n
}

// writer appends numbered lines ("<tag> 000001 …") at a steady rate, in bursts of a few lines,
// and calls between(n) after each burst, where a test rotates, truncates or retargets.
type writer struct {
	t     *testing.T
	tag   string
	rate  int // lines per second
	burst int
	f     *os.File
	path  string
	n     int
}

func newWriter(t *testing.T, path, tag string, rate int) *writer {
	w := &writer{t: t, tag: tag, rate: rate, burst: max(1, rate/500), path: path}
	w.reopen()
	return w
}

// reopen makes the writer append to whatever file is at its path now, as a daemon does on HUP.
func (w *writer) reopen() {
	w.t.Helper()
	if w.f != nil {
		w.f.Close()
	}
	f, err := os.OpenFile(w.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		w.t.Fatal(err)
	}
	w.f = f
}

// write appends total lines, calling between after every burst.
func (w *writer) write(total int, between func(n int)) {
	w.t.Helper()
	start := time.Now()
	var b strings.Builder
	for w.n < total {
		b.Reset()
		for i := 0; i < w.burst && w.n < total; i++ {
			w.n++
			fmt.Fprintf(&b, "%s %06d %s\n", w.tag, w.n, strings.Repeat("x", w.n%40))
		}
		if _, err := w.f.WriteString(b.String()); err != nil {
			w.t.Fatal(err)
		}
		if between != nil {
			between(w.n)
		}
		if ahead := time.Duration(w.n)*time.Second/time.Duration(w.rate) - time.Since(start); ahead > 0 {
			time.Sleep(ahead)
		}
	}
}

func (w *writer) close() { w.f.Close() }

// tally counts how often each numbered line of tag arrived; lines of other shapes are errors.
func tally(t *testing.T, s *sink, tag string, total int) (lost, dup int, out []string) {
	lost, dup, _, out = tallied(t, s, tag, total)
	return lost, dup, out
}

// tallied is tally with the first lines lost, to tell where.
func tallied(t *testing.T, s *sink, tag string, total int) (lost, dup int, missing []int, out []string) {
	t.Helper()
	seen := make([]int, total+1)
	for _, e := range s.snapshot() {
		for _, line := range strings.Split(e.raw, "\n") {
			f := strings.Fields(line)
			if len(f) < 2 || f[0] != tag {
				out = append(out, line)
				continue
			}
			n, err := strconv.Atoi(f[1])
			if err != nil || n < 1 || n > total {
				out = append(out, line)
				continue
			}
			seen[n]++
		}
	}
	for n, c := range seen[1:] {
		switch {
		case c == 0:
			lost++
			if len(missing) < 1000 {
				missing = append(missing, n+1)
			}
		case c > 1:
			dup += c - 1
		}
	}
	return lost, dup, missing, out
}

// waitAll waits until every line of tag arrived (or the deadline passed), then a little longer
// for duplicates, and fails on any loss, duplicate or foreign line.
func waitAll(t *testing.T, s *sink, tag string, total int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if lost, _, _ := tally(t, s, tag, total); lost == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	lost, dup, missing, other := tallied(t, s, tag, total)
	if lost != 0 || dup != 0 || len(other) != 0 {
		t.Fatalf("%d lines written: lost %d (first %v), duplicated %d, foreign %d %q", total, lost, missing, dup, len(other), tailOf(other, 5))
	}
}

func mustRename(t *testing.T, from, to string) {
	t.Helper()
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

// relink points the symlink at link to target atomically, as a kubelet replaces a link.
func relink(t *testing.T, target, link string) {
	t.Helper()
	tmp := link + ".tmp"
	os.Remove(tmp)
	if err := os.Symlink(target, tmp); err != nil {
		t.Fatal(err)
	}
	mustRename(t, tmp, link)
}

// TestSymlinkedFile follows a file named through a symlink: lines appended to its target arrive.
func TestSymlinkedFile(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		os.Mkdir(filepath.Join(root, "real"), 0o755)
		target := filepath.Join(root, "real", "app.log")
		link := filepath.Join(root, "app.log")
		writeLines(t, target, numbered("s", 1, 3), os.O_TRUNC)
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		_, s := start(t, []string{link}, testOptions(true, poll))
		s.waitLines(t, numbered("s", 1, 3))
		appendLines(t, target, numbered("s", 4, 6)...)
		s.waitLines(t, numbered("s", 1, 6))
	})
}

// TestSymlinkBesideItsTarget reads a directory that holds a log and a symlink to it that sorts
// first: the file is read once, under its own name. When the link is pointed at a file elsewhere,
// that file is read under the link's name.
func TestSymlinkBesideItsTarget(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		dir, elsewhere := filepath.Join(root, "logs"), filepath.Join(root, "elsewhere")
		for _, d := range []string{dir, elsewhere} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		app, link, other := filepath.Join(dir, "app.log"), filepath.Join(dir, "1-current.log"), filepath.Join(elsewhere, "other.log")
		writeLines(t, app, numbered("n", 1, 3), os.O_TRUNC)
		writeLines(t, other, nil, os.O_TRUNC)
		if err := os.Symlink("app.log", link); err != nil {
			t.Fatal(err)
		}
		g, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitLines(t, numbered("n", 1, 3))
		appendLines(t, app, numbered("n", 4, 5)...)
		s.waitLines(t, numbered("n", 1, 5))
		time.Sleep(100 * time.Millisecond) // a second reader would have caught up by now
		s.waitLines(t, numbered("n", 1, 5))
		var names []string
		for _, st := range g.Stats() {
			names = append(names, filepath.Base(st.Source))
		}
		if !slices.Equal(names, []string{"app.log"}) {
			t.Fatalf("sources %q, want the file once under its own name", names)
		}

		if err := os.Remove(link); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(other, link); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
		appendLines(t, other, "o1")
		s.waitFor(t, "the retargeted link's line", func(g []got) bool {
			return slices.ContainsFunc(g, func(e got) bool { return e.raw == "o1" && e.source == link })
		})
	})
}

// TestHardLinkKeptWhileFollowing follows a directory that holds one file under two hard links:
// it is read once, under one name, and when that name is removed, what is written through the
// other name still arrives, also once the removed name's open file has been let go (drainQuiet).
// A second name made while following and the first one removed lose nothing either. Without
// following, the file is read once.
func TestHardLinkKeptWhileFollowing(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		app, hard := filepath.Join(dir, "app.log"), filepath.Join(dir, "hard.log")
		writeLines(t, app, numbered("h", 1, 2), os.O_TRUNC)
		if err := os.Link(app, hard); err != nil {
			t.Fatal(err)
		}
		_, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitFor(t, "the first lines", func(g []got) bool { return len(g) >= 2 })
		appendLines(t, hard, "h3") // through the name not read, while both names are there
		s.waitFor(t, "the line written through the second name", hasRaw("h3"))
		if err := os.Remove(app); err != nil {
			t.Fatal(err)
		}
		time.Sleep(drainQuiet + time.Second)
		appendLines(t, hard, "h4")
		s.waitFor(t, "the line written through the other name", hasRaw("h4"))
		time.Sleep(1500 * time.Millisecond) // a second reader would have read it by now
		if got := s.raws(); !slices.Equal(got, []string{"h 000001", "h 000002", "h3", "h4"}) {
			t.Fatalf("lines %q, want each once", got)
		}
	})
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		app, hard := filepath.Join(dir, "app.log"), filepath.Join(dir, "hard.log")
		writeLines(t, app, []string{"l1"}, os.O_TRUNC)
		_, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitFor(t, "the first line", hasRaw("l1"))
		if err := os.Link(app, hard); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond) // the new name's event, before the write through it
		appendLines(t, hard, "l2")
		s.waitFor(t, "the line written through the name made while following", hasRaw("l2"))
		if err := os.Remove(app); err != nil {
			t.Fatal(err)
		}
		appendLines(t, hard, "l3")
		time.Sleep(drainQuiet + time.Second)
		appendLines(t, hard, "l4")
		s.waitFor(t, "the lines written through the name made while following", hasRaw("l4"))
		time.Sleep(1500 * time.Millisecond)
		if got := s.raws(); !slices.Equal(got, []string{"l1", "l2", "l3", "l4"}) {
			t.Fatalf("lines %q, want each once", got)
		}
	})
	t.Run("no follow", func(t *testing.T) {
		dir := t.TempDir()
		app := filepath.Join(dir, "app.log")
		writeLines(t, app, numbered("h", 1, 2), os.O_TRUNC)
		if err := os.Link(app, filepath.Join(dir, "hard.log")); err != nil {
			t.Fatal(err)
		}
		_, s := start(t, []string{dir}, testOptions(false, false))
		s.waitLines(t, numbered("h", 1, 2))
		time.Sleep(100 * time.Millisecond)
		s.waitLines(t, numbered("h", 1, 2))
	})
}

// TestRenamedOverAnotherFollowedLog renames one followed log over another ("mv b.log a.log"):
// the file is a.log's from then on, read there only, and a new b.log is b.log's.
func TestRenamedOverAnotherFollowedLog(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		a, b := filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log")
		writeLines(t, a, []string{"a1"}, os.O_TRUNC)
		writeLines(t, b, []string{"b1"}, os.O_TRUNC)
		_, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitFor(t, "both files' lines", func(g []got) bool { return len(g) >= 2 })
		mustRename(t, b, a)
		time.Sleep(time.Second)
		writeLines(t, b, []string{"b2"}, os.O_TRUNC)
		appendLines(t, a, "x1")
		s.waitFor(t, "the new lines", func(g []got) bool { return hasRaw("x1")(g) && hasRaw("b2")(g) })
		time.Sleep(drainQuiet / 2)
		appendLines(t, a, "x2")
		s.waitFor(t, "the last line", hasRaw("x2"))
		time.Sleep(1500 * time.Millisecond)
		var x []string
		for _, e := range s.snapshot() {
			if strings.HasPrefix(e.raw, "x") {
				x = append(x, filepath.Base(e.source)+":"+e.raw)
			}
		}
		if !slices.Equal(x, []string{"a.log:x1", "a.log:x2"}) {
			t.Fatalf("lines written to a.log after the rename: %q, want each once from a.log", x)
		}
	})
}

// TestKubernetesNode follows /var/log/containers/*.log as a kubelet lays it out: symlinks into
// pods/<pod>/<container>/0.log, which the kubelet rotates by renaming it to 0.log.<time> and
// starting a new 0.log, and a container restart that retargets the link to 1.log.
func TestKubernetesNode(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		root := t.TempDir()
		containers := filepath.Join(root, "containers")
		podDir := filepath.Join(root, "pods", "default_web-7d4b9_0f3c", "nginx")
		for _, d := range []string{containers, podDir} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		log0 := filepath.Join(podDir, "0.log")
		link := filepath.Join(containers, "web-7d4b9_default_nginx-0f3c.log")
		writeLines(t, log0, nil, os.O_TRUNC)
		if err := os.Symlink(log0, link); err != nil {
			t.Fatal(err)
		}
		opts := testOptions(true, poll)
		opts.All = true
		_, s := start(t, []string{filepath.Join(containers, "*.log")}, opts)

		total := layoutLines(12000)
		w := newWriter(t, log0, "k8s", 4000)
		defer w.close()
		cur, rotations := log0, 0
		w.write(total, func(n int) {
			switch {
			case n >= total/2 && cur == log0:
				// The container restarts: a new log file, the link retargeted to it.
				cur = filepath.Join(podDir, "1.log")
				w.path = cur
				w.reopen()
				relink(t, cur, link)
			case n/3000 > rotations:
				rotations++
				mustRename(t, cur, fmt.Sprintf("%s.2026112907%04d", cur, rotations))
				w.reopen()
			}
		})
		waitAll(t, s, "k8s", total)
	})
}

// rotation is one way logrotate rotates app.log.
type rotation struct {
	name string
	// rotate moves the file away (or copies and truncates it); k counts the rotations from 1.
	rotate func(t *testing.T, w *writer, k int)
}

// shift renames app.log.N to app.log.N+1, oldest first, as logrotate numbers its files.
func shift(t *testing.T, path string, k int) {
	for i := k - 1; i >= 1; i-- {
		mustRename(t, fmt.Sprintf("%s.%d", path, i), fmt.Sprintf("%s.%d", path, i+1))
	}
}

var rotations = []rotation{
	{"numbered create", func(t *testing.T, w *writer, k int) {
		shift(t, w.path, k)
		mustRename(t, w.path, w.path+".1")
		w.reopen() // logrotate's create, then the daemon's reopen on HUP
	}},
	{"dateext create", func(t *testing.T, w *writer, k int) {
		mustRename(t, w.path, fmt.Sprintf("%s-20261129-%d", w.path, 1764400000+k))
		w.reopen()
	}},
	{"numbered copytruncate", func(t *testing.T, w *writer, k int) {
		shift(t, w.path, k)
		copyTruncate(t, w.path, w.path+".1")
	}},
	// logrotate's `extension .log` keeps the extension last: app.log is copied to app.1.log, or
	// with dateext to app-20261101.log, before it is truncated.
	{"extension copytruncate", func(t *testing.T, w *writer, k int) {
		stem := strings.TrimSuffix(w.path, ".log")
		for i := k - 1; i >= 1; i-- {
			mustRename(t, fmt.Sprintf("%s.%d.log", stem, i), fmt.Sprintf("%s.%d.log", stem, i+1))
		}
		copyTruncate(t, w.path, stem+".1.log")
	}},
	{"dateext extension copytruncate", func(t *testing.T, w *writer, k int) {
		copyTruncate(t, w.path, fmt.Sprintf("%s-202611%02d.log", strings.TrimSuffix(w.path, ".log"), k))
	}},
}

// copyTruncate copies the file at path to to, then truncates it, as logrotate's copytruncate.
func copyTruncate(t *testing.T, path, to string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
}

// TestRotationInFollowedDirectory follows a directory, and a glob over it, while logrotate
// rotates the log in it: the rotated files are the file already read, never new sources.
func TestRotationInFollowedDirectory(t *testing.T) {
	for _, rot := range rotations {
		for _, form := range []string{"dir", "glob"} {
			t.Run(rot.name+"/"+form, func(t *testing.T) {
				modes(t, func(t *testing.T, poll bool) {
					dir := t.TempDir()
					p := filepath.Join(dir, "app.log")
					writeLines(t, p, nil, os.O_TRUNC)
					arg := dir
					if form == "glob" {
						arg = filepath.Join(dir, "*")
					}
					_, s := start(t, []string{arg}, testOptions(true, poll))
					total := layoutLines(20000)
					w := newWriter(t, p, "rot", 20000)
					defer w.close()
					k := 0
					w.write(total, func(n int) {
						if n/3000 > k {
							k++
							rot.rotate(t, w, k)
						}
					})
					waitAll(t, s, "rot", total)
				})
			})
		}
	}
}

// TestRotatedFilesAtStart reads the rotated files that are there at start once, and does not
// follow them as logs of their own: the next rotation does not read app.log again as app.log.1.
func TestRotatedFilesAtStart(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		p := filepath.Join(dir, "app.log")
		writeLines(t, p+".2", numbered("old", 1, 2), os.O_TRUNC)
		writeLines(t, p+".1", numbered("old", 3, 4), os.O_TRUNC)
		writeLines(t, p, numbered("old", 5, 6), os.O_TRUNC)
		_, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitFor(t, "six lines", func(g []got) bool { return len(g) == 6 })
		w := newWriter(t, p, "old", 1000)
		defer w.close()
		w.n = 6
		w.write(10, nil)
		rotations[0].rotate(t, w, 3)
		w.write(14, nil)
		waitAll(t, s, "old", 14)
	})
}

// TestFastTruncation truncates the file in place every 2,000 lines at 20,000 lines/s and the
// writer goes on at once, so the file is often back past the old read offset before trawl looks.
// Each time, the new content is read from its start. Before the truncation the reader is given
// until it has the first half of the cycle (lenient) or all of it (strict): what it had not read
// when the file was cut is gone for any reader, so in the lenient run only the end of a cycle may
// be missing, never the start of the next; in the strict run nothing may be.
func TestFastTruncation(t *testing.T) {
	for _, strict := range []bool{false, true} {
		t.Run(map[bool]string{false: "lenient", true: "strict"}[strict], func(t *testing.T) {
			modes(t, func(t *testing.T, poll bool) {
				p := filepath.Join(t.TempDir(), "app.log")
				writeLines(t, p, nil, os.O_TRUNC)
				_, s := start(t, []string{p}, testOptions(true, poll))
				const cycle = 2000
				total := layoutLines(20000)
				w := newWriter(t, p, "trunc", 20000)
				defer w.close()
				k := 0
				w.write(total, func(n int) {
					if n/cycle > k && n < total {
						k++
						need := n
						if !strict {
							need = n - cycle/2
						}
						s.waitFor(t, fmt.Sprintf("line %d", need), hasLine("trunc", need))
						if err := os.Truncate(p, 0); err != nil {
							t.Fatal(err)
						}
					}
				})
				if strict {
					waitAll(t, s, "trunc", total)
					return
				}
				s.waitFor(t, "the last line", hasLine("trunc", total))
				time.Sleep(300 * time.Millisecond)
				lost, dup, missing, other := tallied(t, s, "trunc", total)
				for _, n := range missing {
					if (n-1)%cycle < cycle/2 {
						t.Errorf("line %d, in the first half of a cycle, is lost", n)
					}
				}
				if dup != 0 || len(other) != 0 {
					t.Errorf("duplicated %d, foreign %q", dup, tailOf(other, 5))
				}
				t.Logf("lost %d lines written in the moments before a truncation", lost)
			})
		})
	}
}

// hasLine reports whether line n of tag arrived.
func hasLine(tag string, n int) func([]got) bool {
	want := fmt.Sprintf("%s %06d ", tag, n)
	return func(g []got) bool {
		for i := len(g) - 1; i >= 0; i-- {
			if strings.HasPrefix(g[i].raw, want) {
				return true
			}
		}
		return false
	}
}

// TestRewrittenWithTheSameEnd notices a truncation when the file grew back past the old offset
// with the same bytes before it (a health check logged over and over), by its head.
func TestRewrittenWithTheSameEnd(t *testing.T) {
	p := filepath.Join(t.TempDir(), "app.log")
	same := strings.Split(strings.Repeat("GET /healthz 200\n", 20), "\n")
	same = same[:len(same)-1]
	writeLines(t, p, append([]string{"run 1 started"}, same...), os.O_TRUNC)
	opts := testOptions(true, true)
	opts.PollInterval = time.Hour // only the explicit pokes below look at the file
	g, s := start(t, []string{p}, opts)
	s.waitFor(t, "the first run", func(g []got) bool { return len(g) == 21 })
	second := append([]string{"run 2 started"}, same...)
	writeLines(t, p, append(second, "run 2 done"), os.O_TRUNC)
	g.pokeAll()
	s.waitFor(t, "the second run", hasRaw("run 2 done"))
	if !slices.Contains(s.raws(), "run 2 started") {
		t.Fatalf("the rewritten file was read from the old offset: %q", tailOf(s.raws(), 5))
	}
}

// TestDrainHasItsOwnStream: after a rotation, a continuation line the daemon still writes to the
// old file joins the old file's entry, or stands alone once the new file's lines have come after
// that entry; it never joins an entry of the new file.
func TestDrainHasItsOwnStream(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, []string{"old entry"}, os.O_TRUNC)
		daemon, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer daemon.Close()
		opts := testOptions(true, poll)
		opts.Quiet = time.Second // the entries stay open to continuation while the test writes
		_, s := start(t, []string{p}, opts)
		mustRename(t, p, p+".1")
		writeLines(t, p, []string{"new entry"}, os.O_EXCL)
		s.waitFor(t, "the old entry", hasRaw("old entry"))
		fmt.Fprintln(daemon, "\told continuation")
		s.waitFor(t, "three entries", func(g []got) bool { return len(g) == 3 })
		got := s.raws()
		slices.Sort(got)
		if want := []string{"\told continuation", "new entry", "old entry"}; !slices.Equal(got, want) {
			t.Fatalf("entries %q, want %q", got, want)
		}
	})
}

// TestLastLineWithoutNewline: a crashed writer's last line shows after PartialQuiet, marked; if
// the writer completes it after all, the completed line replaces it. On exit a partial line is
// handed over at once.
func TestLastLineWithoutNewline(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, []string{"first"}, os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, []string{"first"})
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		f.WriteString("panic: out of mem")
		start := time.Now()
		s.waitFor(t, "the partial line", hasRaw("panic: out of mem"))
		if waited := time.Since(start); waited < PartialQuiet/2 {
			t.Errorf("the partial line came after %v, before the quiet time", waited)
		}
		if e := s.snapshot()[1]; !e.noNewline || e.replaces {
			t.Fatalf("partial entry %+v: want marked as having no newline", e)
		}
		f.WriteString("ory\n")
		s.waitFor(t, "the completed line", hasRaw("panic: out of memory"))
		if e := s.snapshot()[2]; !e.replaces || e.noNewline {
			t.Fatalf("completed entry %+v: want marked as replacing the partial one", e)
		}
		if st := statOf(g, p); st.Lines != 2 {
			t.Fatalf("%d lines counted, want 2", st.Lines)
		}
	})
}

// TestLastLineWithoutNewlineAtStart: a last line without its newline that the file already holds
// when it is first read shows after PartialQuiet too, marked, as one appended later does; if the
// writer completes it after all, the completed line replaces it.
func TestLastLineWithoutNewlineAtStart(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		if err := os.WriteFile(p, []byte("first\npanic: out of mem"), 0o644); err != nil {
			t.Fatal(err)
		}
		begun := time.Now()
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitFor(t, "the partial line", hasRaw("panic: out of mem"))
		if waited := time.Since(begun); waited < PartialQuiet/2 {
			t.Errorf("the partial line came after %v, before the quiet time", waited)
		}
		if got := s.snapshot(); len(got) != 2 || got[0].raw != "first" || !got[1].noNewline || got[1].replaces {
			t.Fatalf("entries %+v: want the first line, then the partial one marked as having no newline", got)
		}
		appendLines(t, p, "ory")
		s.waitFor(t, "the completed line", hasRaw("panic: out of memory"))
		if e := s.snapshot()[2]; !e.replaces || e.noNewline {
			t.Fatalf("completed entry %+v: want marked as replacing the partial one", e)
		}
		if st := statOf(g, p); st.Lines != 2 {
			t.Fatalf("%d lines counted, want 2", st.Lines)
		}
	})
}

// TestPartialLineOnExit: a line without its newline is handed over when trawl stops, without
// waiting for the quiet time.
func TestPartialLineOnExit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "app.log")
	if err := os.WriteFile(p, []byte("one\ntwo\nthree, cut"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, _, err := open([]string{p}, testOptions(true, false), nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	s := newSink()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, s) }()
	<-g.Loaded()
	s.waitFor(t, "two lines", func(g []got) bool { return len(g) == 2 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	got := s.snapshot()
	if len(got) != 3 || got[2].raw != "three, cut" || !got[2].noNewline {
		t.Fatalf("entries %+v: want the cut line, marked", got)
	}
}

// TestEagerNewestEntry: with Eager, a file's newest entry is handed over when the initial read
// ends, before the quiet time; a continuation written later joins it in an entry that replaces
// it. Without a continuation, the next line leaves it as it was.
func TestEagerNewestEntry(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, []string{"first", "boom"}, os.O_TRUNC)
		opts := testOptions(true, poll)
		opts.Quiet, opts.Eager = time.Hour, true // only Eager can hand it over
		_, s := start(t, []string{p}, opts)
		s.waitLines(t, []string{"first", "boom"})
		if e := s.snapshot()[1]; !e.open || e.replaces {
			t.Fatalf("newest entry %+v: want handed over open", e)
		}
		appendLines(t, p, "\tat main.go:12", "next")
		s.waitFor(t, "the joined entry", hasRaw("boom\n\tat main.go:12"))
		e := s.snapshot()[2]
		if e.raw != "boom\n\tat main.go:12" || !e.replaces || e.offset != 6 {
			t.Fatalf("joined entry %+v: want it to replace the open one", e)
		}
	})
}

// TestEagerEntryAfterQuietStaysOpen: with Eager, an entry let go after the quiet time while the
// file is followed is handed over open too, so that a stack trace written well after its header (a
// slow writer, a pipe's buffering) still joins it, as it does when the file is read again later.
// The next line, which continues nothing, leaves the entry as it was, whatever the wait.
func TestEagerEntryAfterQuietStaysOpen(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, []string{"first"}, os.O_TRUNC)
		opts := testOptions(true, poll)
		opts.Quiet, opts.Eager = 20*time.Millisecond, true
		_, s := start(t, []string{p}, opts)
		s.waitLines(t, []string{"first"})
		appendLines(t, p, "payment failed")
		s.waitFor(t, "the header", hasRaw("payment failed"))
		time.Sleep(10 * opts.Quiet) // well past the quiet time: the header was let go
		for _, e := range s.snapshot() {
			if e.raw == "payment failed" && !e.open {
				t.Fatalf("entry let go after the quiet time %+v: want it handed over open", e)
			}
		}
		appendLines(t, p, "\tat Pay.charge(Pay.java:12)", "\tat Main.main(Main.java:4)")
		s.waitFor(t, "the joined entry", hasRaw("payment failed\n\tat Pay.charge(Pay.java:12)\n\tat Main.main(Main.java:4)"))
		time.Sleep(10 * opts.Quiet)
		appendLines(t, p, "next")
		s.waitFor(t, "the next line", hasRaw("next"))
		var joined int
		for _, e := range s.snapshot() {
			if strings.HasPrefix(e.raw, "payment failed") {
				joined++
			}
		}
		if joined != 3 { // the open header, the joined entry that replaced it, and that one again unchanged (which the ring drops)
			t.Fatalf("%d handed-over forms of the entry, want 3: %+v", joined, s.snapshot())
		}
	})
}

// TestRotatedFileReadAfterItWentQuiet: a daemon that is never told to reopen its log (no
// postrotate signal) writes to the rotated file long after the rotation; those lines still
// arrive after the file has been quiet for drainQuiet, until it is deleted.
func TestRotatedFileReadAfterItWentQuiet(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, []string{"before rotation"}, os.O_TRUNC)
		daemon, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer daemon.Close()
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, []string{"before rotation"})
		mustRename(t, p, p+".1")
		writeLines(t, p, []string{"new file"}, os.O_EXCL)
		s.waitFor(t, "the new file's line", hasRaw("new file"))
		time.Sleep(drainQuiet + idleDrainTick)
		fmt.Fprintln(daemon, "written late to the old file")
		s.waitFor(t, "the late line", hasRaw("written late to the old file"))
		if st := statOf(g, p); st.Lines != 3 {
			t.Fatalf("%d lines counted, want 3", st.Lines)
		}
		if err := os.Remove(p + ".1"); err != nil {
			t.Fatal(err)
		}
		waitClosed(t, p+".1", daemon)
	})
}

// waitClosed waits until this process holds no descriptor of path but the writer's (if any),
// where /proc tells.
func waitClosed(t *testing.T, path string, writer *os.File) {
	t.Helper()
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd to tell open files by")
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		open := false
		for _, fd := range fds {
			if writer != nil && fd.Name() == strconv.Itoa(int(writer.Fd())) {
				continue
			}
			target, _ := os.Readlink(filepath.Join("/proc/self/fd", fd.Name()))
			open = open || strings.HasPrefix(target, path)
		}
		if !open {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s is still open", path)
		}
		time.Sleep(50 * time.Millisecond)
		fds, _ = os.ReadDir("/proc/self/fd")
	}
}

// TestLinkRetargetedBack follows a link that a deploy points at a new release's log and then back
// at the old one: the old file is read on from where it was left, nothing read twice, and what
// was written to it meanwhile arrives once.
func TestLinkRetargetedBack(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		blue, green, link := filepath.Join(dir, "blue.log"), filepath.Join(dir, "green.log"), filepath.Join(dir, "current")
		writeLines(t, blue, []string{"blue 1"}, os.O_TRUNC)
		writeLines(t, green, []string{"green 1"}, os.O_TRUNC)
		relink(t, blue, link)
		_, s := start(t, []string{link}, testOptions(true, poll))
		s.waitLines(t, []string{"blue 1"})
		relink(t, green, link)
		appendLines(t, green, "green 2")
		s.waitLines(t, []string{"blue 1", "green 1", "green 2"})
		appendLines(t, blue, "blue 2") // a process still writing to the old release's log
		s.waitLines(t, []string{"blue 1", "green 1", "green 2", "blue 2"})
		relink(t, blue, link)
		appendLines(t, blue, "blue 3")
		s.waitFor(t, "the line written after the link came back", hasRaw("blue 3"))
		time.Sleep(100 * time.Millisecond) // a read from the start would have come by now
		s.waitLines(t, []string{"blue 1", "green 1", "green 2", "blue 2", "blue 3"})
	})
}

// TestNewFileOnAReusedInode: a log deleted and written again from scratch may get the inode of the
// file read before (ext4 gives a freed inode out again at once), with the same first and last
// bytes at the old size and other lines between. It is a new file, read from its start; where the
// file system keeps no birth time, or gives no inode out again, the test cannot tell and is
// skipped.
func TestNewFileOnAReusedInode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "app.log")
	lines := numbered("run", 1, 40)
	writeLines(t, p, lines, os.O_TRUNC)
	if f, err := os.Open(p); err == nil {
		b := born(f)
		f.Close()
		if b == 0 {
			t.Skip("the file system keeps no birth time")
		}
	}
	_, s := start(t, []string{p}, testOptions(true, true))
	s.waitLines(t, lines)
	for try := 0; try < 20; try++ {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		waitClosed(t, p, nil) // the inode is free once trawl lets the deleted file go
		// The same bytes at the start and before the old size, other lines of the same length
		// between, and more after.
		lines = slices.Clone(lines)
		for i := 10; i < 30; i++ {
			lines[i] = fmt.Sprintf("t%02d%s", try, lines[i][3:])
		}
		lines = append(lines, fmt.Sprintf("more %02d", try))
		tmp := filepath.Join(dir, "app.tmp")
		writeLines(t, tmp, lines, os.O_TRUNC|os.O_EXCL)
		ti, err := os.Stat(tmp)
		if err != nil {
			t.Fatal(err)
		}
		mustRename(t, tmp, p)
		s.waitFor(t, "the new file's last line", hasRaw(lines[len(lines)-1]))
		if os.SameFile(fi, ti) {
			if !slices.Contains(s.raws(), lines[10]) {
				t.Fatalf("the new file on the old one's inode was read from the old size: %q never came", lines[10])
			}
			return
		}
	}
	t.Skip("the file system gave no freed inode out again")
}

// TestRotatedUnseenOnAReusedInode: a file rotated away before trawl looked is found under its
// rotated name and read, also when it got the inode of a file read and deleted before (ext4 gives
// a freed inode out again at once): its birth time says it is another file. Skipped where the
// file system keeps no birth time or gives no freed inode out again.
func TestRotatedUnseenOnAReusedInode(t *testing.T) {
	dir := t.TempDir()
	p, rotated := filepath.Join(dir, "app.log"), filepath.Join(dir, "app.log.1")
	writeLines(t, p, numbered("a", 1, 5), os.O_TRUNC)
	opts := testOptions(true, true)
	opts.PollInterval = 2 * time.Second // the steps below fall between two looks, as on a busy machine
	_, s := start(t, []string{p}, opts)
	s.waitLines(t, numbered("a", 1, 5))
	mustRename(t, p, rotated)
	writeLines(t, p, numbered("b", 1, 5), os.O_EXCL)
	s.waitLines(t, append(numbered("a", 1, 5), numbered("b", 1, 5)...))
	old, err := os.Stat(rotated)
	if err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(rotated); err == nil {
		b := born(f)
		f.Close()
		if b == 0 {
			t.Skip("the file system keeps no birth time")
		}
	}
	if err := os.Remove(rotated); err != nil {
		t.Fatal(err)
	}
	waitClosed(t, rotated, nil)
	mustRename(t, p, rotated) // b rotated; trawl still holds it
	reused := false
	for i := 0; i < 500 && !reused; i++ {
		c := filepath.Join(dir, fmt.Sprintf("cand.%d", i))
		writeLines(t, c, nil, os.O_TRUNC)
		if ci, err := os.Stat(c); err == nil && os.SameFile(ci, old) {
			mustRename(t, c, p)
			reused = true
		}
	}
	if !reused {
		t.Skip("the file system gave no freed inode out again")
	}
	appendLines(t, p, numbered("c", 1, 5)...)
	mustRename(t, p, rotated) // c rotated away before trawl looked, on a's inode
	writeLines(t, p, numbered("d", 1, 5), os.O_EXCL)
	s.waitFor(t, "the lines of the file rotated away unseen", func(g []got) bool {
		return slices.ContainsFunc(g, func(e got) bool { return e.raw == "c 000005" }) &&
			slices.ContainsFunc(g, func(e got) bool { return e.raw == "d 000005" })
	})
}

// TestDaemonThatNeverReopens: logrotate's create without a postrotate signal. The daemon keeps
// writing to its first file through every rotation; the files logrotate creates stay empty. Its
// lines arrive after the first rotation and after the second.
func TestDaemonThatNeverReopens(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		p := filepath.Join(dir, "app.log")
		writeLines(t, p, []string{"d1"}, os.O_TRUNC)
		daemon, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer daemon.Close()
		_, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, []string{"d1"})
		rotate := func() { // as logrotate's create does, without compression
			if _, err := os.Stat(p + ".1"); err == nil {
				mustRename(t, p+".1", p+".2")
			}
			mustRename(t, p, p+".1")
			writeLines(t, p, nil, os.O_EXCL) // a new, empty file nobody writes to
		}
		for _, line := range []string{"d2", "d3"} {
			rotate()
			time.Sleep(drainQuiet + idleDrainTick) // long after any postrotate signal
			fmt.Fprintln(daemon, line)
			s.waitFor(t, "the daemon's line "+line, hasRaw(line))
		}
	})
}

// TestSteadyDaemonThatNeverReopens: as TestDaemonThatNeverReopens, but the daemon writes without a
// pause through both rotations, so its file never goes quiet: every line still arrives. The
// second rotation let go of the file it wrote to, whose later lines were lost without a word (an
// adversarial try with logrotate's create: 180 of 300 lines).
func TestSteadyDaemonThatNeverReopens(t *testing.T) {
	steadyDaemonThroughRotations(t, drainQuiet+time.Second) // past the time a signalled daemon reopens in
}

// TestSteadyDaemonRotatedQuickly: as TestSteadyDaemonThatNeverReopens with rotations a second
// apart (logs rotated by size under load): the file still written at the second rotation is kept.
// An adversarial try lost two thirds of the lines at 1 s apart, half at 3 s.
func TestSteadyDaemonRotatedQuickly(t *testing.T) {
	steadyDaemonThroughRotations(t, time.Second)
}

// steadyDaemonThroughRotations writes a line every 50 ms to a file that is rotated twice, gap
// apart, as logrotate's create does, and never reopened: every line must arrive.
func steadyDaemonThroughRotations(t *testing.T, gap time.Duration) {
	dir := t.TempDir()
	p := filepath.Join(dir, "app.log")
	writeLines(t, p, numbered("s", 0, 0), os.O_TRUNC)
	daemon, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer daemon.Close()
	_, s := start(t, []string{p}, testOptions(true, false))
	s.waitLines(t, numbered("s", 0, 0))
	stop, done := make(chan struct{}), make(chan int)
	go func() {
		n := 0
		for tick := time.NewTicker(50 * time.Millisecond); ; {
			select {
			case <-stop:
				tick.Stop()
				done <- n
				return
			case <-tick.C:
				n++
				fmt.Fprintln(daemon, numbered("s", n, n)[0])
			}
		}
	}()
	for range 2 {
		time.Sleep(gap)
		if _, err := os.Stat(p + ".1"); err == nil {
			mustRename(t, p+".1", p+".2")
		}
		mustRename(t, p, p+".1")
		writeLines(t, p, nil, os.O_EXCL)
	}
	time.Sleep(time.Second)
	close(stop)
	n := <-done
	s.waitLines(t, numbered("s", 0, n))
}

// TestQuietDaemonBetweenRotations: a daemon that reopens its log on logrotate's signal, but writes
// nothing between two rotations. The file it wrote before the first signal is let go at the
// second rotation as usual, and what it writes to the empty file before the second signal
// arrives.
func TestQuietDaemonBetweenRotations(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		p := filepath.Join(dir, "app.log")
		writeLines(t, p, []string{"q1"}, os.O_TRUNC)
		daemon, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		_, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, []string{"q1"})
		mustRename(t, p, p+".1")
		writeLines(t, p, nil, os.O_EXCL)
		fmt.Fprintln(daemon, "q2") // before its signal: to the rotated file
		s.waitLines(t, []string{"q1", "q2"})
		daemon.Close()
		if daemon, err = os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0); err != nil { // the signal: reopened, then quiet
			t.Fatal(err)
		}
		defer daemon.Close()
		time.Sleep(300 * time.Millisecond)
		mustRename(t, p+".1", p+".2")
		mustRename(t, p, p+".1")
		writeLines(t, p, nil, os.O_EXCL)
		time.Sleep(300 * time.Millisecond) // the second rotation is seen
		fmt.Fprintln(daemon, "q3")         // before its second signal: to the file rotated now
		s.waitLines(t, []string{"q1", "q2", "q3"})
	})
}

// TestEagerEntryBeforeAPartialLineAtStart: with Eager, the newest complete entry is handed over
// open and the partial line after it let go after the quiet time; when the writer completes the
// line, what is shown, replacements applied, is each line once (the open entry had come twice).
func TestEagerEntryBeforeAPartialLineAtStart(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		if err := os.WriteFile(p, []byte("first\nboom\npartial"), 0o644); err != nil {
			t.Fatal(err)
		}
		opts := testOptions(true, poll)
		opts.Eager = true
		_, s := start(t, []string{p}, opts)
		s.waitFor(t, "the partial line", hasRaw("partial"))
		appendLines(t, p, " done", "next")
		s.waitFor(t, "the line after the completed one", hasRaw("next"))
		var shown []got
		for _, e := range s.snapshot() {
			if e.replaces {
				for i := len(shown) - 1; i >= 0; i-- {
					if shown[i].offset == e.offset {
						shown = append(shown[:i], shown[i+1:]...)
						break
					}
				}
			}
			shown = append(shown, e)
		}
		var raws []string
		for _, e := range shown {
			raws = append(raws, e.raw)
		}
		if want := []string{"first", "boom", "partial done", "next"}; !slices.Equal(raws, want) {
			t.Fatalf("shown %q, want %q (all received: %+v)", raws, want, s.snapshot())
		}
	})
}
