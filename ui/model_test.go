package ui

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

func ringOf(t testing.TB, es []entry) *ring.Ring {
	r := ring.New(ring.Options{})
	fillRing(t, r, es)
	return r
}

// bodyLines returns the body rows of the screen (below the strip, above status and footer).
func (d *driver) bodyLines() []string {
	lines := strings.Split(d.screen(), "\n")
	l := d.m.layout
	return lines[l.body.y : l.body.y+l.body.h]
}

func TestModelShowsNewestAndFollows(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(100)), 80, 24)
	body := d.bodyLines()
	if !strings.Contains(body[len(body)-1], "message number 99") {
		t.Fatalf("last body row %q, want the newest entry:\n%s", body[len(body)-1], d.screen())
	}
	if !strings.Contains(d.screen(), "FOLLOW") {
		t.Fatalf("status bar lacks FOLLOW:\n%s", d.screen())
	}
	d.keys("k", "k")
	if !strings.Contains(d.screen(), "PAUSED") {
		t.Fatalf("status bar lacks PAUSED after moving up:\n%s", d.screen())
	}
	fillRing(t, d.m.cfg.Ring, manyEntries(103)[100:])
	d.send(dataMsg{}).settle()
	if !strings.Contains(d.screen(), "+3 new") {
		t.Fatalf("status bar does not count new entries:\n%s", d.screen())
	}
	d.keys("G")
	body = d.bodyLines()
	if !strings.Contains(body[len(body)-1], "message number 102") || !strings.Contains(d.screen(), "FOLLOW") {
		t.Fatalf("G did not resume following:\n%s", d.screen())
	}
}

// TestModelNewCountIgnoresTheFilter: the count of new entries is of entries that arrived after
// following stopped, whatever the filter was then or is now. Pausing in a filtered list (E, k)
// and widening it again (E) finds entries that were there all along: none of them is new.
func TestModelNewCountIgnoresTheFilter(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(40)), 80, 24) // the newest error is 38, then debug 39
	d.keys("E", "k", "E")
	if d.m.main.tl.Following() {
		t.Fatalf("k did not pause:\n%s", d.screen())
	}
	for _, k := range []string{"", "g", "j"} {
		if k != "" {
			d.keys(k)
		}
		if n := d.m.main.tl.NewCount(); n != 0 || strings.Contains(d.screen(), " new") {
			t.Fatalf("after E k E %s: %d new on a ring nothing was appended to:\n%s", k, n, d.screen())
		}
	}
	fillRing(t, d.m.cfg.Ring, manyEntries(43)[40:]) // info 40, warn 41, error 42
	d.send(dataMsg{}).settle()
	if !strings.Contains(d.screen(), "+3 new") {
		t.Fatalf("status bar does not count the 3 new entries:\n%s", d.screen())
	}
	d.keys("E")
	if !strings.Contains(d.screen(), "+1 new") {
		t.Fatalf("errors only: status bar does not count the 1 new error:\n%s", d.screen())
	}
}

func TestModelLevelToggles(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(40)), 80, 24)
	d.keys("3") // info off
	for _, l := range d.bodyLines() {
		if strings.Contains(l, "INFO") {
			t.Fatalf("info row shown after toggling info off: %q", l)
		}
	}
	if got := d.m.main.rows().Len(); got != 30 {
		t.Fatalf("shown %d entries, want 30", got)
	}
	if !strings.Contains(d.screen(), "[inf off]") {
		t.Fatalf("status bar does not show info as off:\n%s", d.screen())
	}
	d.keys("3", "L", "L", "L", "L") // info back on; min level debug, info, warn, error
	if d.m.sel.minLevel != parse.Error {
		t.Fatalf("min level %v, want error", d.m.sel.minLevel)
	}
	if got := d.m.main.rows().Len(); got != 10 {
		t.Fatalf("shown %d entries at level ≥ error, want 10", got)
	}
	if !strings.Contains(d.screen(), "level ≥ error") {
		t.Fatalf("status bar lacks the filter in words:\n%s", d.screen())
	}
}

func TestModelSearchFiltersAndHighlights(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(200)), 80, 24)
	d.keys("/", "'", "1", "2", "3")
	if got := d.m.main.rows().Len(); got != 1 {
		t.Fatalf("search '123 shows %d entries, want 1", got)
	}
	if !strings.Contains(d.screen(), "message number 123") {
		t.Fatalf("match not shown:\n%s", d.screen())
	}
	raw := d.m.View().Content
	if !strings.Contains(raw, d.m.theme.Timeline.Text[kindMatch].pre+"123") {
		t.Fatalf("matched characters are not highlighted: %q", raw)
	}
	d.keys("enter")
	if d.m.searching || d.m.sel.search != "'123" {
		t.Fatalf("enter did not keep the query: searching %v search %q", d.m.searching, d.m.sel.search)
	}
	d.keys("m") // highlight-only: everything shown, matches highlighted, n/N jump
	if got := d.m.main.rows().Len(); got != 200 {
		t.Fatalf("highlight-only shows %d entries, want 200", got)
	}
	d.keys("g", "n")
	if seq, _ := d.m.main.tl.Cursor(); seq != 123 {
		t.Fatalf("n moved to %d, want 123", seq)
	}
	d.keys("n") // past the last match: said, and the cursor stays
	if seq, _ := d.m.main.tl.Cursor(); seq != 123 || !strings.Contains(d.screen(), "no later match") {
		t.Fatalf("n past the last match: cursor %d, and no word of it:\n%s", seq, d.screen())
	}
	d.keys("esc")
	if d.m.sel.search != "" {
		t.Fatalf("esc did not clear the search")
	}
}

func TestModelBadRegexKeepsResults(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(20)), 80, 24)
	d.keys("/", "/", "(", "/")
	if d.m.searchErr == nil {
		t.Fatalf("no error for an invalid regex")
	}
	if !strings.Contains(d.screen(), "search:") || !strings.Contains(d.screen(), "showing the last valid search") {
		t.Fatalf("the error, and whose results are shown, are not said:\n%s", d.screen())
	}
	d.keys("backspace")
	if d.m.searchErr != nil {
		t.Fatalf("error stays after fixing the query: %v", d.m.searchErr)
	}
}

// While the search typed does not compile, the levels, sources and panes chosen still apply, with
// the last search that did, as the status bar says.
func TestModelBadRegexKeepsFiltering(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(40)), 120, 24)
	d.keys("/")
	d.send(tea.PasteMsg{Content: "message /(/"}).settle()
	d.keys("enter")
	if d.m.searchErr == nil {
		t.Fatalf("no error for an invalid regex")
	}
	if got := d.m.main.rows().Len(); got != 40 {
		t.Fatalf("with the last valid search (none) %d rows, want 40", got)
	}
	d.keys("E")
	if got := d.m.main.rows().Len(); got != 10 {
		t.Fatalf("E with an invalid search shows %d rows, want the 10 errors", got)
	}
	d.keys("tab")
	for _, p := range d.m.panes {
		if p.rows() == nil || p.rows().Len() == 0 {
			t.Fatalf("the pane of %s is empty", p.source)
		}
	}
}

// Help opened over the detail view goes back to it, and the detail view back to the timeline.
func TestModelHelpOverDetail(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(5)), 100, 24)
	d.keys("enter", "?")
	if d.m.mode != modeHelp {
		t.Fatalf("? in the detail view: mode %v, want help", d.m.mode)
	}
	d.keys("esc")
	if d.m.mode != modeDetail {
		t.Fatalf("esc from help: mode %v, want the detail view", d.m.mode)
	}
	d.keys("esc")
	if d.m.mode != modeTimeline || strings.Contains(d.screen(), "esc back") {
		t.Fatalf("esc from the detail view: mode %v, want the timeline:\n%s", d.m.mode, d.screen())
	}
}

// A line of the detail view cut at the right edge ends in a marker; one that fits does not.
func TestModelDetailMarksCutLines(t *testing.T) {
	long := "  at com.example.payments.gateway.internal.RetryingClient.send(RetryingClient.java:412)"
	es := []entry{{src: "app.log", level: parse.Error, msg: "boom\n" + long + "\n  at x.go:3"}}
	d := newDriver(t, ringOf(t, es), 60, 24)
	d.keys("enter")
	var cut, whole bool
	for _, l := range strings.Split(d.screen(), "\n") {
		l = strings.TrimRight(l, " ")
		switch {
		case strings.Contains(l, "RetryingClient"):
			cut = strings.HasSuffix(l, "…")
		case strings.Contains(l, "at x.go:3"):
			whole = !strings.HasSuffix(l, "…")
		}
	}
	if !cut || !whole {
		t.Fatalf("the cut line marked %v, the whole one unmarked %v:\n%s", cut, whole, d.screen())
	}
}

func TestModelDetail(t *testing.T) {
	es := []entry{{src: "app.log", level: parse.Error, msg: "boom\n  at main.go:12\n  at x.go:3", host: "web1"}}
	d := newDriver(t, ringOf(t, es), 80, 24)
	d.keys("enter")
	s := d.screen()
	for _, want := range []string{"time (UTC)", "2026-03-01T12:00:00.000Z", "app.log", "web1", "at main.go:12", "at x.go:3", "offset"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
	d.keys("esc")
	if d.m.mode != modeTimeline {
		t.Fatalf("esc did not return to the timeline")
	}
}

func TestModelExport(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(50)), 80, 24)
	d.keys("3") // info off: 37 or so shown
	want := d.m.main.rows().Len()
	d.keys("e")
	if d.m.export.stage != exportPath || d.m.export.input.Value() != "trawl-20260301-120000.jsonl" {
		t.Fatalf("export prompt: stage %v value %q", d.m.export.stage, d.m.export.input.Value())
	}
	d.keys("enter")
	path := filepath.Join(d.m.cfg.WorkDir, "trawl-20260301-120000.jsonl")
	if got := countJSONL(t, path); got != want {
		t.Fatalf("exported %d entries, want %d", got, want)
	}
	if !strings.Contains(d.screen(), "wrote ") {
		t.Fatalf("no report:\n%s", d.screen())
	}
	// A second export to the same name asks first; n keeps the file.
	d.keys("v", "k", "e", "enter")
	if d.m.export.stage != exportConfirm {
		t.Fatalf("existing file did not ask: stage %v", d.m.export.stage)
	}
	d.keys("n")
	if got := countJSONL(t, path); got != want {
		t.Fatalf("file changed without consent: %d entries", got)
	}
	d.keys("e", "enter", "y")
	if got := countJSONL(t, path); got != 2 {
		t.Fatalf("overwrite wrote %d entries, want the 2 selected", got)
	}
	entries, _ := os.ReadDir(d.m.cfg.WorkDir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

// The question before replacing a symbolic link names the file it would write, not only the link.
func TestModelExportNamesALinksTarget(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(5)), 320, 24)
	target := filepath.Join(t.TempDir(), "kept.jsonl")
	if err := os.WriteFile(target, []byte("{}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(d.m.cfg.WorkDir, "trawl-20260301-120000.jsonl")); err != nil {
		t.Fatal(err)
	}
	d.keys("e", "enter")
	if d.m.export.stage != exportConfirm {
		t.Fatalf("an existing link did not ask: stage %v", d.m.export.stage)
	}
	if s := d.screen(); !strings.Contains(s, "(a link to "+target+") exists; overwrite?") {
		t.Fatalf("the question does not name the link's target %s:\n%s", target, s)
	}
	d.keys("n")
}

func countJSONL(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v map[string]any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
	}
	return n
}

func TestModelCopy(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10)), 80, 24)
	d.keys("v", "k", "y")
	if d.clip != "message number 8\nmessage number 9" {
		t.Fatalf("clipboard %q", d.clip)
	}
}

func TestModelQuit(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10)), 80, 24)
	_, cmd := d.m.Update(press("q"))
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q does not quit")
	}
}

// Starting a selection while following pauses: otherwise the cursor chases new entries and the
// selection grows by itself from the anchor.
func TestModelSelectPausesFollow(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10)), 80, 24)
	if !d.m.main.tl.Following() {
		t.Fatal("not following at start")
	}
	d.keys("v")
	if d.m.main.tl.Following() || !strings.Contains(d.screen(), "PAUSED") {
		t.Fatalf("v kept following:\n%s", d.screen())
	}
	fillRing(t, d.m.cfg.Ring, manyEntries(15)[10:])
	d.send(dataMsg{}).settle()
	if lo, hi, sel := d.m.main.tl.Selection(); !sel || lo != 9 || hi != 9 {
		t.Fatalf("selection %d..%d (active %v) after new entries, want 9..9", lo, hi, sel)
	}
	d.keys("y")
	if d.clip != "message number 9" {
		t.Fatalf("clipboard %q, want only the entry selected", d.clip)
	}
	// G with a selection open runs it to the newest entry and stays there: entries arriving
	// later do not join it.
	if _, _, sel := d.m.main.tl.Selection(); sel {
		d.keys("v") // the copied selection ended
	}
	d.keys("k", "k", "v", "G")
	fillRing(t, d.m.cfg.Ring, manyEntries(20)[15:])
	d.send(dataMsg{}).settle()
	if lo, hi, sel := d.m.main.tl.Selection(); !sel || lo != 7 || hi != 14 {
		t.Fatalf("selection %d..%d (active %v) after G and new entries, want 7..14", lo, hi, sel)
	}
}

// A colour profile learned once the screen is up (tmux's answer) redraws the whole screen in it;
// the first one, before anything was drawn, does not.
func TestModelRedrawsForABetterProfile(t *testing.T) {
	m := New(Config{Ring: ringOf(t, manyEntries(3))})
	next, cmd := m.Update(tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
	if cmd != nil {
		t.Fatalf("the first profile asked for a command: %T", cmd())
	}
	next, cmd = next.(Model).Update(tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
	if cmd != nil {
		t.Fatalf("the same profile again asked for a command: %T", cmd())
	}
	if _, cmd = next.(Model).Update(tea.ColorProfileMsg{Profile: colorprofile.TrueColor}); cmd == nil || cmd() != tea.ClearScreen() {
		t.Fatal("a better profile did not clear the screen for a full redraw")
	}
}

// TestLoadedShowsWhatWasRead: the end of the initial read shows the entries read since the last
// data message at once, rather than when the data watch's frame is over.
func TestLoadedShowsWhatWasRead(t *testing.T) {
	r := ring.New(ring.Options{})
	d := newDriver(t, r, 120, 20)
	fillRing(t, r, manyEntries(3))
	d.m.manual = false // the watch's pending dataMsg, which manual mode leaves out, is what this replaces
	d.send(loadedMsg{})
	d.m.manual = true
	d.settle()
	if got := d.m.snap.Len(); got != 3 {
		t.Fatalf("snapshot holds %d entries after loadedMsg, want 3", got)
	}
	if s := d.screen(); !strings.Contains(s, "3/3") {
		t.Fatalf("screen does not count the 3 entries read:\n%s", s)
	}
}

// TestStartSize: with the terminal's size known at start, the first frame, drawn before Bubble
// Tea reports the size, is the whole screen.
func TestStartSize(t *testing.T) {
	m := New(Config{Ring: ring.New(ring.Options{}), Keys: keymap.Default(), Width: 80, Height: 12})
	if got := strings.Count(m.View().Content, "\n") + 1; got != 12 {
		t.Fatalf("first frame has %d lines, want 12", got)
	}
}

// A selection whose anchor, at its newer end, is then hidden by a level toggle holds the rows that
// were in it and no more: before, the hidden anchor stood for the next visible row past it, and
// y and e took an entry never selected.
func TestModelSelectionKeepsToItsRowsWhenItsAnchorHides(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(200)), 160, 30)
	d.keys("G", "k", "k", "v", "k", "k") // anchor on 197 (a warning), cursor on 195
	d.keys("5")                          // warnings hidden
	v := d.m.focused()
	lo, hi, sel := v.tl.Selection()
	if !sel {
		t.Fatal("the selection ended")
	}
	var got []string
	for i := lo; i <= hi; i++ {
		e, _ := v.snap.Entry(v.rows().At(i))
		got = append(got, e.Message)
	}
	if want := "message number 195,message number 196"; strings.Join(got, ",") != want {
		t.Errorf("selected %q, want %q", got, want)
	}
}

// A syslog line's row shows its program with the message, and an exact search for the program
// finds it: a new user's first search of /var/log/syslog, for CRON or sshd, found nothing, the
// program being only the field tag.
func TestSyslogRowsShowAndSearchTheProgram(t *testing.T) {
	r := ringOfLines("syslog",
		"Mar  1 12:00:01 vm CRON[4120]: (root) CMD (run-parts /etc/cron.hourly)",
		"Mar  1 12:00:02 vm sshd[812]: Accepted publickey for deploy from 10.0.0.7 port 51234 ssh2",
		"Mar  1 12:00:03 vm kernel: [ 4.120] usb 1-1: new high-speed USB device")
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 12)
	s := d.screen()
	for _, want := range []string{"vm CRON[4120]: (root) CMD", "vm sshd[812]: Accepted publickey", "vm kernel: [ 4.120] usb"} {
		if !strings.Contains(s, want) {
			t.Errorf("the rows do not show %q:\n%s", want, s)
		}
	}
	d.keys("/", "'", "s", "s", "h", "d", "enter")
	if got := d.m.main.rows().Len(); got != 1 {
		t.Fatalf("'sshd matched %d entries, want the sshd line:\n%s", got, d.screen())
	}
}

// A selection whose entries have all left the ring copies and exports nothing, and says why: the
// rows now in its place were never selected (y and e took the oldest entry held, reporting success).
func TestModelSelectionEvictedCopiesNothing(t *testing.T) {
	r := ring.New(ring.Options{MaxEntries: 64})
	fillRing(t, r, manyEntries(60))
	d := newDriver(t, r, 160, 30)
	d.keys("G", "k", "v", "k", "k") // entries 56 to 58
	if lo, hi, sel := d.m.main.tl.Selection(); !sel || hi-lo != 2 {
		t.Fatalf("selection %d..%d (active %v), want three rows", lo, hi, sel)
	}
	fillRing(t, r, manyEntries(400)[60:])
	d.send(dataMsg{}).settle()
	if !d.m.main.tl.SelectionLost() {
		t.Fatalf("the selection's entries are gone from the ring (oldest held %d), yet it is not reported lost", r.Snapshot().First())
	}
	d.keys("j", "y") // a move does not make the rows now there the selection's
	if d.clip != "" {
		t.Fatalf("y copied %q from a selection that left memory", d.clip)
	}
	if s := d.screen(); !strings.Contains(s, "left memory") {
		t.Fatalf("y says nothing about the evicted selection:\n%s", s)
	}
	d.keys("y") // told once: y now takes the entry under the cursor, which is shown
	if strings.Contains(d.clip, "\n") || d.clip == "" {
		t.Fatalf("after the notice, y copied %q, want the entry under the cursor alone", d.clip)
	}
}

// The detail view of an entry that then leaves the ring says so in the status bar, instead of the
// position of the list's cursor, which has moved to another entry.
func TestModelDetailOfEvictedEntrySaysSo(t *testing.T) {
	r := ring.New(ring.Options{MaxEntries: 64})
	fillRing(t, r, manyEntries(60))
	d := newDriver(t, r, 160, 30)
	d.keys("k", "k", "enter")
	if s := d.screen(); !strings.Contains(s, "message number 57") || strings.Contains(s, "left memory") {
		t.Fatalf("the detail view of entry 57, before any eviction:\n%s", s)
	}
	fillRing(t, r, manyEntries(400)[60:])
	d.send(dataMsg{}).settle()
	s := d.screen()
	if !strings.Contains(s, "message number 57") || !strings.Contains(s, "entry left memory") {
		t.Fatalf("the detail view of an evicted entry does not say it left memory:\n%s", s)
	}
	if strings.Contains(s, "line 1 of") {
		t.Fatalf("the status bar gives the list cursor's position, another entry's:\n%s", s)
	}
}

// The detail view of a file's newest entry, handed over open, shows its completed self when the
// rest comes (a stack trace's lines, a newline after a crash's cut line), where it was; it used to
// keep the old text until it was closed and opened again.
func TestModelDetailFollowsItsCompletedEntry(t *testing.T) {
	r := ring.New(ring.Options{})
	fillRing(t, r, manyEntries(3))
	add := func(raw string, open, replaces bool) {
		b := &parse.Batch{Source: "a.log"}
		ts := t0.Add(10 * time.Second).UnixNano()
		b.Add([]byte(raw), 4096, ts, parse.Record{Time: ts, Level: parse.Error, Format: parse.FormatText, Message: parse.Span{End: int32(len(raw))}}, false)
		b.Items[0].Open, b.Items[0].Replaces = open, replaces
		r.Append(b)
	}
	add("payment failed", true, false)
	d := newDriver(t, r, 160, 30)
	d.keys("enter")
	if s := d.screen(); !strings.Contains(s, "payment failed") {
		t.Fatalf("the detail view of the open entry:\n%s", s)
	}
	add("payment failed\njava.lang.IllegalStateException: card declined", false, true)
	d.send(dataMsg{}).settle()
	if s := d.screen(); !strings.Contains(s, "IllegalStateException: card declined") {
		t.Fatalf("the detail view does not show the completed entry:\n%s", s)
	}
}
