package ui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/export"
	"github.com/trawl-dev/trawl/keymap"
)

// The suggested name can be edited: ctrl+u clears it and backspace deletes, as in the search.
func TestModelExportPromptEditable(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(5)), 80, 24)
	d.keys("e", "ctrl+u", "o", "u", "t", "x", "backspace")
	if got := d.m.export.input.Value(); got != "out" {
		t.Fatalf("prompt holds %q after ctrl+u, typing \"outx\" and backspace; want \"out\"", got)
	}
	d.keys("enter")
	if got := countJSONL(t, filepath.Join(d.m.cfg.WorkDir, "out")); got != 5 {
		t.Fatalf("exported %d entries to the edited name, want 5", got)
	}
}

// A failed export names the target and the reason, not the temporary file.
func TestModelExportFailureNamesTarget(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(5)), 160, 24)
	target := filepath.Join(d.m.cfg.WorkDir, "missing", "out.jsonl")
	d.keys("e", "ctrl+u")
	for _, r := range target {
		d.keys(string(r))
	}
	d.keys("enter")
	want := "export failed: " + target + ": no such file or directory"
	if s := d.screen(); !strings.Contains(s, want) {
		t.Fatalf("status does not say %q:\n%s", want, s)
	}
}

// An export is private: a new file is 0600 whatever the umask, and a file it replaces keeps its
// own mode, so that an export of auth.log never becomes readable by everyone.
func TestModelExportModes(t *testing.T) {
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
			d := newDriver(t, ringOf(t, manyEntries(3)), 80, 24)
			target := filepath.Join(d.m.cfg.WorkDir, "out.jsonl")
			if c.existing != 0 {
				if err := os.WriteFile(target, []byte("old\n"), c.existing); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(target, c.existing); err != nil {
					t.Fatal(err)
				}
			}
			d.keys("e", "ctrl+u", "o", "u", "t", ".", "j", "s", "o", "n", "l", "enter")
			if c.existing != 0 {
				d.keys("y") // agree to replace it
			}
			if got := countJSONL(t, target); got != 3 {
				t.Fatalf("exported %d entries, want 3", got)
			}
			fi, err := os.Stat(target)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != c.want {
				t.Errorf("mode %v, want %v", fi.Mode().Perm(), c.want)
			}
		})
	}
}

// A copy past the clipboard cap is refused and said so, never claimed: the terminal would drop
// the OSC 52 payload and the user would paste stale text.
func TestModelCopyPastTheCapIsRefused(t *testing.T) {
	cfg := Config{Ring: ringOf(t, manyEntries(200)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), ClipboardMax: 2000}
	d := newDriverConfig(t, cfg, 160, 24)
	d.keys("y")
	if d.clip == "" || !strings.Contains(d.footerLine(), "copied 1 entry") {
		t.Fatalf("one entry under the cap was not copied: clip %q, footer %q", d.clip, d.footerLine())
	}
	d.clip = ""
	d.keys("g", "v", "G", "y")
	if d.clip != "" {
		t.Fatalf("%d bytes went to the clipboard past a cap of 2000", len(d.clip))
	}
	if f := d.footerLine(); !strings.Contains(f, "not copied: 200 entries") || !strings.Contains(f, "e exports them") {
		t.Fatalf("footer %q does not say the copy was refused and how to export", f)
	}
}

// The detail view's copy keeps to the same cap: an entry longer than it is refused and said so,
// where it was sent whole and claimed copied.
func TestModelDetailCopyPastTheCapIsRefused(t *testing.T) {
	cfg := Config{Ring: ringOf(t, manyEntries(3)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), ClipboardMax: 8}
	d := newDriverConfig(t, cfg, 160, 24)
	d.keys("enter", "y")
	if d.clip != "" {
		t.Fatalf("%d bytes went to the clipboard past a cap of 8", len(d.clip))
	}
	if f := d.footerLine(); !strings.Contains(f, "not copied: 1 entry is over") {
		t.Fatalf("footer %q does not say the copy was refused", f)
	}
}

// A write that finds its file there asks before replacing it, about the entries it was to write;
// when another export prompt was opened meanwhile, that prompt keeps the keys and the old write
// is only reported.
func TestExportExistsAfterAnotherPrompt(t *testing.T) {
	msg := exportMsg{path: "old.jsonl", err: export.ErrExists, lo: 3, hi: 7}
	if e, _ := (Export{}).onWritten(msg); e.stage != exportConfirm || e.path != "old.jsonl" || e.lo != 3 || e.hi != 7 {
		t.Fatalf("closed prompt: stage %v path %q range %d..%d; want the question about 3..7", e.stage, e.path, e.lo, e.hi)
	}
	open := Export{stage: exportPath, path: "new.jsonl", lo: 0, hi: 1}
	if e, cmd := open.onWritten(msg); e.stage != exportPath || e.path != "new.jsonl" || e.lo != 0 || cmd == nil {
		t.Fatalf("open prompt: stage %v path %q lo %d; want it untouched and a notice", e.stage, e.path, e.lo)
	}
}

// In a narrow terminal the export prompt's label gives way, so that the path being typed shows.
func TestExportPromptLeavesRoomForThePath(t *testing.T) {
	for _, w := range []int{20, 30, 80} {
		d := newDriver(t, ringOf(t, manyEntries(24)), w, 8)
		d.keys("e", "ctrl+u", "o", "u", "t", ".", "j", "s")
		if s := d.screen(); !strings.Contains(s, "out.js") {
			t.Errorf("width %d: the typed path does not show:\n%s", w, s)
		}
		if w == 80 && !strings.Contains(d.screen(), "export 24 entries to: ") {
			t.Errorf("width 80: the full label is not shown:\n%s", d.screen())
		}
	}
}

// Quitting while an export is being written waits for it, and the finished file is there; quitting
// again abandons it, which leaves no file, not even the hidden temporary one.
func TestQuitDuringExport(t *testing.T) {
	for _, abandon := range []bool{false, true} {
		d := newDriver(t, ringOf(t, manyEntries(50)), 80, 24)
		want := d.m.main.rows().Len()
		d.keys("e")
		m, write := d.m.Update(press("enter")) // the write's Cmd, held: the export is under way
		d.m = m.(Model)
		d.keys("q")
		if d.quit {
			t.Fatalf("abandon=%v: quit while the export was being written", abandon)
		}
		if abandon {
			d.keys("q")
			if d.quit {
				t.Fatal("the second quit ended the program before the write stopped")
			}
		}
		d.exec(write)
		d.settle()
		if !d.quit {
			t.Fatalf("abandon=%v: the export's end did not end the program:\n%s", abandon, d.screen())
		}
		entries, _ := os.ReadDir(d.m.cfg.WorkDir)
		if abandon {
			if len(entries) != 0 {
				t.Fatalf("an abandoned export left %v", entries)
			}
			continue
		}
		path := filepath.Join(d.m.cfg.WorkDir, "trawl-20260301-120000.jsonl")
		if got := countJSONL(t, path); got != want || len(entries) != 1 {
			t.Fatalf("exported %d entries, want %d; files %v", got, want, entries)
		}
	}
}

// An export asked for while the search still runs waits for it: the prompt opens with the
// search's final count, and the file holds every match, not those found so far.
func TestExportWaitsForTheSearch(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(3000)), 80, 24)
	d.keys("/")
	for _, k := range []string{"number", " ", "1", "enter", "e"} { // typed faster than the search runs
		if k == "number" {
			for _, c := range k {
				d.send(press(string(c)))
			}
			continue
		}
		d.send(press(k))
	}
	if d.m.export.Active() {
		t.Fatalf("the export prompt opened while the search ran:\n%s", d.screen())
	}
	d.settle()
	want := d.m.main.rows().Len()
	if !d.m.export.Active() || !strings.Contains(d.screen(), "export "+counted(want, "entry", "entries")) {
		t.Fatalf("after the search, the prompt is not open with its %d entries:\n%s", want, d.screen())
	}
	d.keys("enter")
	path := filepath.Join(d.m.cfg.WorkDir, "trawl-20260301-120000.jsonl")
	if got := countJSONL(t, path); got != want {
		t.Fatalf("exported %d entries, want the search's %d", got, want)
	}
}

// An export waiting for a search is dropped when that search is: esc before it ends opens no
// prompt on the unfiltered view.
func TestExportWaitEndsWithItsSearch(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(3000)), 80, 24)
	d.keys("/")
	for _, k := range []string{"n", "u", "m", "b", "e", "r", " ", "1", "enter", "e", "esc"} {
		d.send(press(k))
	}
	d.settle()
	if d.m.export.Active() {
		t.Fatalf("the export prompt opened for a search that was cleared:\n%s", d.screen())
	}
}
