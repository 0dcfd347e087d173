package tail

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// modes runs a following test with fsnotify and with polling.
func modes(t *testing.T, fn func(t *testing.T, poll bool)) {
	for _, poll := range []bool{false, true} {
		name := "fsnotify"
		if poll {
			name = "poll"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			fn(t, poll)
		})
	}
}

func waitStat(t *testing.T, g *Group, s *sink, name, what string, cond func(Stats) bool) {
	t.Helper()
	s.waitFor(t, what, func([]got) bool { return cond(statOf(g, name)) })
}

func TestFollowAppends(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, numbered("a", 1, 5), os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, numbered("a", 1, 5))
		appendLines(t, p, numbered("a", 6, 10)...)
		s.waitLines(t, numbered("a", 1, 10))
		want := stateFollowing
		if poll {
			want = statePolling
		}
		st := statOf(g, p)
		if st.State != want || st.Lines != 10 || st.Read != st.Size || st.Size == 0 {
			t.Fatalf("stats = %+v, want state %q, 10 lines, initial read complete", st, want)
		}
	})
}

func TestRotateRenameCreate(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, numbered("r", 1, 5), os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, numbered("r", 1, 5))
		appendLines(t, p, numbered("r", 6, 8)...)
		if err := os.Rename(p, p+".1"); err != nil {
			t.Fatal(err)
		}
		// The writer still holds the old file until it reopens: these must not be lost.
		appendLines(t, p+".1", numbered("r", 9, 10)...)
		writeLines(t, p, numbered("r", 11, 15), os.O_EXCL)
		s.waitLines(t, numbered("r", 1, 15))
		waitStat(t, g, s, p, "one rotation", func(st Stats) bool { return st.Rotations == 1 })
	})
}

func TestCopyTruncate(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, numbered("c", 1, 5), os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, numbered("c", 1, 5))
		// Lines written just before the copy may not have been read when the truncation is
		// noticed: they are then read from the copy.
		appendLines(t, p, numbered("c", 6, 7)...)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p+".1", data, 0o644); err != nil {
			t.Fatal(err)
		}
		writeLines(t, p, numbered("c", 8, 10), os.O_TRUNC)
		s.waitLines(t, numbered("c", 1, 10))
		waitStat(t, g, s, p, "one truncation", func(st Stats) bool { return st.Truncations == 1 })
	})
}

func TestTruncateToZero(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, numbered("z", 1, 5), os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, numbered("z", 1, 5))
		if err := os.Truncate(p, 0); err != nil {
			t.Fatal(err)
		}
		waitStat(t, g, s, p, "one truncation", func(st Stats) bool { return st.Truncations == 1 })
		appendLines(t, p, numbered("z", 6, 7)...)
		s.waitLines(t, numbered("z", 1, 7))
		if e := s.snapshot()[5]; e.offset != 0 {
			t.Fatalf("first line after truncation at offset %d, want 0", e.offset)
		}
	})
}

func TestDeleteAndRecreate(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, numbered("d", 1, 3), os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, numbered("d", 1, 3))
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		waitStat(t, g, s, p, "waiting state", func(st Stats) bool { return st.State == stateWaiting })
		writeLines(t, p, numbered("d", 4, 6), os.O_EXCL)
		s.waitLines(t, numbered("d", 1, 6))
	})
}

// TestFollowedDirectoryMadeAgain: a followed directory deleted with its log and made again under
// its name is watched anew, so a file of a new name in it is read. The old directory's own event
// waits until nothing holds it (a deleted file still open pins it, as does a shell's working
// directory; the test holds it open to the end), so the tailer must not wait for that event.
func TestFollowedDirectoryMadeAgain(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := filepath.Join(t.TempDir(), "logs")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		writeLines(t, filepath.Join(dir, "app.log"), numbered("a", 1, 2), os.O_TRUNC)
		_, s := start(t, []string{dir}, testOptions(true, poll))
		s.waitLines(t, numbered("a", 1, 2))
		pin, err := os.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer pin.Close()
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		writeLines(t, filepath.Join(dir, "app.log"), numbered("b", 1, 1), os.O_EXCL)
		s.waitFor(t, "the recreated log's line", hasRaw("b 000001"))
		writeLines(t, filepath.Join(dir, "jobs.log"), numbered("c", 1, 1), os.O_EXCL)
		s.waitFor(t, "the line of a log new in the recreated directory", hasRaw("c 000001"))
	})
}

// TestUntimedLinesFlowWhileWritten: a log without timestamps, empty at start and written a line
// every 20 ms, never quiet for the quiet time: its entries wait for a first timestamp that long
// and then flow, so they reach the sink while the writer still writes (they waited until the
// writer paused, thousands of lines later at worst).
func TestUntimedLinesFlowWhileWritten(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, nil, os.O_TRUNC)
		opts := testOptions(true, poll)
		opts.Quiet = 300 * time.Millisecond
		g, _, err := open([]string{p}, opts, nil, parseStreams(opts.withDefaults()))
		if err != nil {
			t.Fatal(err)
		}
		s := runGroup(t, g)
		const lines = 400
		for i := 1; i <= lines; i++ {
			appendLines(t, p, fmt.Sprintf("worker %d picked job %d", i%4, i))
			if len(s.snapshot()) > 0 {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("no entry reached the sink while %d untimed lines were written", lines)
	})
}

// TestUntimedStdinFlowsWhileWritten is TestUntimedLinesFlowWhileWritten for a pipe: untimed lines
// piped in a few a second (kubectl logs -f) reach the sink while the writer still writes.
func TestUntimedStdinFlowsWhileWritten(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	opts := testOptions(true, false)
	opts.Quiet = 300 * time.Millisecond
	g, _, err := open([]string{"-"}, opts, r, parseStreams(opts.withDefaults()))
	if err != nil {
		t.Fatal(err)
	}
	s := runGroup(t, g)
	const lines = 400
	for i := 1; i <= lines; i++ {
		fmt.Fprintf(w, "worker %d picked job %d\n", i%4, i)
		if len(s.snapshot()) > 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no entry reached the sink while %d untimed lines were piped in", lines)
}

// TestSaveByRenameLosesNothing: a program that saves a file by writing a temporary one and
// renaming it over the real one, in a followed directory, moves each temporary file to a name
// read there: nothing is lost, and the temporary name counts no lost files, however many of its
// files came and went between two looks.
func TestSaveByRenameLosesNothing(t *testing.T) {
	dir := t.TempDir()
	tmp, state := filepath.Join(dir, "state.tmp"), filepath.Join(dir, "state")
	writeLines(t, state, []string{"save 0"}, os.O_TRUNC)
	g, s := start(t, []string{dir}, testOptions(true, false))
	if g.poll {
		t.Skip("no inotify instance left: the group polls, which counts no departures and so no false losses either")
	}
	s.waitFor(t, "the first save", hasRaw("save 0"))
	const saves = 60
	for i := 1; i <= saves; i++ {
		writeLines(t, tmp, []string{fmt.Sprintf("save %d", i)}, os.O_TRUNC)
		if err := os.Rename(tmp, state); err != nil {
			t.Fatal(err)
		}
		time.Sleep(15 * time.Millisecond)
	}
	s.waitFor(t, "the last save", hasRaw(fmt.Sprintf("save %d", saves)))
	waitStat(t, g, s, tmp, "a look at the temporary name after the last save", func(st Stats) bool { return st.State == stateWaiting })
	for _, st := range g.Stats() {
		if st.Missed != 0 {
			t.Fatalf("%s: %d files counted as lost (%s), though every save was renamed to a name read here", st.Path, st.Missed, st.State)
		}
	}
}

// TestMovedOutWhileAnotherIsMadeIsLost: a log moved out of its followed directory before it was
// read is a loss, told, even when another file is made in the directory right after the move:
// only the move's own other half names where a file went.
func TestMovedOutWhileAnotherIsMadeIsLost(t *testing.T) {
	dir, away := t.TempDir(), t.TempDir()
	p := filepath.Join(dir, "app.log")
	writeLines(t, p, []string{"first"}, os.O_TRUNC)
	g, s := start(t, []string{dir}, testOptions(true, false))
	if g.poll {
		// Only the watcher counts departures; other test processes may hold every inotify
		// instance this user may have (fs.inotify.max_user_instances), and then the group polls.
		t.Skip("no inotify instance left: the group polls, which counts no departures")
	}
	s.waitFor(t, "the first line", hasRaw("first"))
	for i := 1; i <= 30; i++ {
		writeLines(t, p, []string{fmt.Sprintf("moved %d", i)}, os.O_TRUNC)
		if err := os.Rename(p, filepath.Join(away, fmt.Sprintf("app.log.%d", i))); err != nil {
			t.Fatal(err)
		}
		writeLines(t, filepath.Join(dir, fmt.Sprintf("b%d.log", i)), []string{"beside"}, os.O_TRUNC)
	}
	// The count is made once a file is at the path again: while it is empty, a departure may be
	// the file read last, renamed away and back.
	writeLines(t, p, []string{"back"}, os.O_TRUNC)
	waitStat(t, g, s, p, "the files moved out unread counted as lost", func(st Stats) bool { return st.Missed > 0 })
}

func TestLateFile(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		plain := filepath.Join(dir, "later.log")
		globDir := filepath.Join(dir, "g")
		watched := filepath.Join(dir, "d")
		for _, d := range []string{globDir, watched} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		specs := []string{plain, filepath.Join(globDir, "*.log"), watched}
		g, warns, err := open(specs, testOptions(true, poll), nil, testStreams)
		if err != nil || len(warns) != 3 {
			t.Fatalf("open: err %v, warnings %v; want 3 warnings", err, warns)
		}
		if want := plain + ": no such file or directory (waiting for it to appear)"; warns[0].Error() != want {
			t.Fatalf("warning %q, want %q", warns[0], want)
		}
		s := runGroup(t, g)
		writeLines(t, plain, []string{"plain 1"}, os.O_EXCL)
		s.waitFor(t, "plain", hasRaw("plain 1"))
		writeLines(t, filepath.Join(globDir, "x.txt"), []string{"not matched"}, os.O_EXCL)
		writeLines(t, filepath.Join(globDir, "a.log"), []string{"glob 1"}, os.O_EXCL)
		s.waitFor(t, "glob", hasRaw("glob 1"))
		writeLines(t, filepath.Join(watched, "b"), []string{"dir 1"}, os.O_EXCL)
		s.waitFor(t, "dir", hasRaw("dir 1"))
		if err := os.WriteFile(filepath.Join(watched, "bin"), []byte("\x00\x01\x02binary"), 0o644); err != nil {
			t.Fatal(err)
		}
		binName := filepath.Join(watched, "bin")
		waitStat(t, g, s, binName, "binary skipped", func(st Stats) bool { return strings.Contains(st.State, "binary") })
		for _, e := range s.snapshot() {
			if e.raw == "not matched" || strings.Contains(e.raw, "binary") {
				t.Fatalf("unexpected entry %q from %s", e.raw, e.source)
			}
		}
	})
}

func hasRaw(raw string) func([]got) bool {
	return func(g []got) bool {
		for _, e := range g {
			if e.raw == raw {
				return true
			}
		}
		return false
	}
}

// TestExactlyOnceInOrder writes numbered lines while rotating the file (rename, then create)
// every few hundred lines, and checks that every line arrives once, in order.
func TestExactlyOnceInOrder(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		p := filepath.Join(dir, "app.log")
		writeLines(t, p, nil, os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		const per, files = 400, 5
		n := 0
		for f := 0; f < files; f++ {
			fh, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < per; i++ {
				n++
				// Several small writes per line: the reader must join partial lines.
				fmt.Fprintf(fh, "seq %06d", n)
				fmt.Fprintf(fh, " payload %s\n", strings.Repeat("x", n%50))
			}
			fh.Close()
			// Pace the rotations: tail -F, too, can only follow one rotation per check.
			want := n
			s.waitFor(t, fmt.Sprintf("%d lines", want), func(g []got) bool { return len(g) >= want })
			if err := os.Rename(p, filepath.Join(dir, fmt.Sprintf("app.log.%d", f))); err != nil {
				t.Fatal(err)
			}
		}
		for i, e := range s.snapshot() {
			want := fmt.Sprintf("seq %06d payload %s", i+1, strings.Repeat("x", (i+1)%50))
			if e.raw != want {
				t.Fatalf("entry %d = %q, want %q", i, e.raw, want)
			}
		}
		if got := len(s.snapshot()); got != n {
			t.Fatalf("%d entries, want %d", got, n)
		}
		_ = g
	})
}

// TestRelativePaths follows a file and a glob given relative to the working directory, whose
// events fsnotify names "./x".
func TestRelativePaths(t *testing.T) {
	t.Chdir(t.TempDir())
	writeLines(t, "app.log", []string{"one"}, os.O_TRUNC)
	_, s := start(t, []string{"app.log", "*.txt"}, testOptions(true, false))
	s.waitLines(t, []string{"one"})
	appendLines(t, "app.log", "two")
	writeLines(t, "new.txt", []string{"three"}, os.O_EXCL)
	s.waitFor(t, "three entries", func(g []got) bool { return len(g) == 3 })
	for _, e := range s.snapshot() {
		if want := map[string]string{"one": "app.log", "two": "app.log", "three": "new.txt"}[e.raw]; e.source != want {
			t.Fatalf("entry %q from %q, want %q", e.raw, e.source, want)
		}
	}
}

// TestTruncatedAndRegrown notices a truncation even when the file grew past the old read offset
// before the next look, by the bytes before that offset having changed.
func TestTruncatedAndRegrown(t *testing.T) {
	p := filepath.Join(t.TempDir(), "app.log")
	writeLines(t, p, numbered("g", 1, 3), os.O_TRUNC)
	opts := testOptions(true, true)
	opts.PollInterval = time.Hour // only the explicit pokes below look at the file
	g, s := start(t, []string{p}, opts)
	s.waitLines(t, numbered("g", 1, 3))
	writeLines(t, p, numbered("regrown", 1, 5), os.O_TRUNC)
	g.pokeAll()
	s.waitLines(t, append(numbered("g", 1, 3), numbered("regrown", 1, 5)...))
	if st := statOf(g, p); st.Truncations != 1 {
		t.Fatalf("truncations = %d", st.Truncations)
	}
}

// A file renamed away and back is the same file: nothing is counted as lost.
func TestRenamedAwayAndBack(t *testing.T) {
	p := filepath.Join(t.TempDir(), "app.log")
	writeLines(t, p, numbered("b", 1, 3), os.O_TRUNC)
	g, s := start(t, []string{p}, testOptions(true, false))
	s.waitLines(t, numbered("b", 1, 3))
	// Departures counted within eventLag of an open may be late counts of earlier files; past
	// it, they are the open file's own.
	time.Sleep(eventLag)
	for range 5 {
		if err := os.Rename(p, p+".tmp"); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(p+".tmp", p); err != nil {
			t.Fatal(err)
		}
	}
	appendLines(t, p, numbered("b", 4, 5)...)
	s.waitLines(t, numbered("b", 1, 5))
	waitStat(t, g, s, p, "five departures seen", func(st Stats) bool { return g.lookup(cleanKey(p)).departed.Load() == 5 })
	appendLines(t, p, "b 6")
	s.waitLines(t, append(numbered("b", 1, 5), "b 6"))
	if st := statOf(g, p); st.Missed != 0 {
		t.Fatalf("stats %+v: a file renamed away and back counted as lost", st)
	}
}

// A daemon writes to its log until it has reopened it, which logrotate asks for only after the
// new file exists: what it writes to the rotated file meanwhile arrives, in the order written.
func TestLateWritesToTheRotatedFile(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, numbered("d", 1, 3), os.O_TRUNC)
		daemon, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer daemon.Close()
		_, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, numbered("d", 1, 3))
		if err := os.Rename(p, p+".1"); err != nil {
			t.Fatal(err)
		}
		writeLines(t, p, []string{"d new file"}, os.O_EXCL) // logrotate's create
		s.waitLines(t, append(numbered("d", 1, 3), "d new file"))
		fmt.Fprintln(daemon, "d late") // before the daemon handles its HUP
		s.waitLines(t, append(numbered("d", 1, 3), "d new file", "d late"))
		appendLines(t, p, "d after reopen")
		s.waitLines(t, append(numbered("d", 1, 3), "d new file", "d late", "d after reopen"))
	})
}

// A missing file whose name is no valid pattern ("app[1.log", an unclosed bracket) is a missing
// file, waited for as any other, not "syntax error in pattern".
func TestLateFileWithABracketInItsName(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app[1.log")
	g, warns, err := open([]string{name}, testOptions(true, false), nil, testStreams)
	if err != nil || len(warns) != 1 {
		t.Fatalf("open: err %v, warnings %v; want 1 warning", err, warns)
	}
	if want := name + ": no such file or directory (waiting for it to appear)"; warns[0].Error() != want {
		t.Fatalf("warning %q, want %q", warns[0], want)
	}
	s := runGroup(t, g)
	writeLines(t, name, []string{"bracket 1"}, os.O_EXCL)
	s.waitFor(t, "the late file", hasRaw("bracket 1"))
}

// A file trawl wrote is left alone only under the name it was written at: another name for the
// same inode (a hard link here; a new log that a file system gives a deleted export's inode) is
// read.
func TestExcludedOnlyUnderItsName(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export.jsonl")
	writeLines(t, export, []string{"exported"}, os.O_EXCL)
	g, _, err := open([]string{dir}, testOptions(true, false), nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(export)
	if err != nil {
		t.Fatal(err)
	}
	g.Exclude(export, fi)
	if !g.ownOutput(export) {
		t.Fatal("the export is read")
	}
	other := filepath.Join(dir, "app.log")
	if err := os.Link(export, other); err != nil {
		t.Fatal(err)
	}
	if g.ownOutput(other) {
		t.Fatal("another name of the same inode is taken for the export")
	}
}

// Follows tells the file a source reads, under any of its names, from another file: an export
// must not replace a log being followed.
func TestFollowsTellsTheFilesRead(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "app.log")
	writeLines(t, log, []string{"started"}, os.O_EXCL)
	g, _, err := open([]string{log}, testOptions(true, false), nil, testStreams)
	if err != nil {
		t.Fatal(err)
	}
	alias := filepath.Join(dir, "alias.log")
	if err := os.Link(log, alias); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.log")
	writeLines(t, other, []string{"x"}, os.O_EXCL)
	for path, want := range map[string]bool{log: true, alias: true, other: false} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.Follows(fi); got != want {
			t.Errorf("Follows(%s) = %v, want %v", filepath.Base(path), got, want)
		}
	}
}

// A symlink to a file in a folder that does not exist yet (an application's log linked before
// its first deploy made the folder) is read once the folder and the file appear: no event can
// come from a folder that is not there, so the polling tick watches it when it comes. Before,
// only --poll read it; with inotify the link stayed "waiting for file" for ever.
func TestLinkIntoFolderMadeLater(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		logs := filepath.Join(dir, "logs")
		if err := os.Mkdir(logs, 0o755); err != nil {
			t.Fatal(err)
		}
		later := filepath.Join(dir, "release", "2", "app.log")
		if err := os.Symlink(later, filepath.Join(logs, "app.log")); err != nil {
			t.Fatal(err)
		}
		writeLines(t, filepath.Join(logs, "other.log"), []string{"o1"}, os.O_TRUNC)
		_, s := start(t, []string{logs}, testOptions(true, poll))
		s.waitFor(t, "the other log", hasRaw("o1"))
		if err := os.MkdirAll(filepath.Dir(later), 0o755); err != nil {
			t.Fatal(err)
		}
		writeLines(t, later, []string{"r1"}, os.O_EXCL)
		s.waitFor(t, "the linked log's first line", hasRaw("r1"))
		time.Sleep(eventLag)
		appendLines(t, later, "r2")
		s.waitFor(t, "a line written later", hasRaw("r2"))
	})
}

// A glob and a file named in folders that do not exist yet (`trawl /srv/app/logs/*.log` before
// the application's first start made logs/) are read once the folders and files appear, and so
// is a file made in the glob's folder after that: the polling tick watches a folder when it comes.
// Before, the glob was never followed and the named file made trawl give up at start.
func TestFilesInFoldersMadeLater(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		dir := t.TempDir()
		globDir := filepath.Join(dir, "app", "logs")
		named := filepath.Join(dir, "srv", "current", "server.log")
		g, warns, err := open([]string{filepath.Join(globDir, "*.log"), named}, testOptions(true, poll), nil, testStreams)
		var awaited *Awaited
		if err != nil || len(warns) != 2 || !errors.As(warns[0], &awaited) || !errors.As(warns[1], &awaited) {
			t.Fatalf("open: err %v, warnings %v; want both awaited", err, warns)
		}
		s := runGroup(t, g)
		if err := os.MkdirAll(globDir, 0o755); err != nil {
			t.Fatal(err)
		}
		writeLines(t, filepath.Join(globDir, "a.log"), []string{"a1"}, os.O_EXCL)
		writeLines(t, filepath.Join(globDir, "a.txt"), []string{"not matched"}, os.O_EXCL)
		s.waitFor(t, "the glob's first file", hasRaw("a1"))
		time.Sleep(eventLag)
		writeLines(t, filepath.Join(globDir, "b.log"), []string{"b1"}, os.O_EXCL)
		s.waitFor(t, "a file the glob gains later", hasRaw("b1"))
		if err := os.MkdirAll(filepath.Dir(named), 0o755); err != nil {
			t.Fatal(err)
		}
		writeLines(t, named, []string{"n1"}, os.O_EXCL)
		s.waitFor(t, "the named file", hasRaw("n1"))
		time.Sleep(eventLag)
		appendLines(t, named, "n2")
		s.waitFor(t, "a line written later", hasRaw("n2"))
		for _, e := range s.snapshot() {
			if e.raw == "not matched" {
				t.Fatalf("read %q from %s, which the glob does not cover", e.raw, e.source)
			}
		}
	})
}

// A symlink at a followed path that leads to no file holds no lines: removed and replaced (by a
// link to a log, or by a log), it is no file rotated away unread, and nothing is counted lost.
func TestDanglingLinkReplacedIsNoLostFile(t *testing.T) {
	for _, loop := range []bool{false, true} {
		modes(t, func(t *testing.T, poll bool) {
			dir := t.TempDir()
			logs := filepath.Join(dir, "logs")
			if err := os.Mkdir(logs, 0o755); err != nil {
				t.Fatal(err)
			}
			p, real := filepath.Join(logs, "current"), filepath.Join(dir, "real.log")
			target := filepath.Join(dir, "missing.log")
			if loop {
				target = p // a link to itself: "too many levels of symbolic links"
			}
			if err := os.Symlink(target, p); err != nil {
				t.Fatal(err)
			}
			writeLines(t, filepath.Join(logs, "other.log"), []string{"o1"}, os.O_TRUNC)
			g, s := start(t, []string{logs}, testOptions(true, poll))
			s.waitFor(t, "the other log", hasRaw("o1"))
			time.Sleep(eventLag)
			writeLines(t, real, []string{"c1"}, os.O_TRUNC)
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(real, p); err != nil {
				t.Fatal(err)
			}
			s.waitFor(t, "the linked log's line", hasRaw("c1"))
			appendLines(t, real, "c2")
			s.waitFor(t, "the line written later", hasRaw("c2"))
			if st := statOf(g, p); st.Missed != 0 {
				t.Fatalf("stats %+v: the link that led nowhere was counted as a file lost", st)
			}
		})
	}
}
