package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/tail"
)

// The sources list is a table: names left-aligned, counts and rates right-aligned, state last.
func TestSourcesColumnsAlign(t *testing.T) {
	stats := []tail.Stats{
		{Source: "a.log", State: "following", Lines: 1234567, Rate: 1520},
		{Source: "b.log", State: "following", Lines: 12, Rate: 3, Rotations: 2},
		{Source: "c.log", State: "error: open c.log: permission denied", Lines: 340, Err: errors.New("open c.log: permission denied")},
	}
	cfg := Config{Ring: ringOf(t, manyEntries(30)), Stats: func() []tail.Stats { return stats },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 24)
	d.send(tickMsg{}).keys("s")
	body := d.bodyLines()
	want := []string{
		"▌[x] a.log  1,234,567 lines  1.5k/s  following",
		" [x] b.log         12 lines     3/s  following, rotated 2 times",
		" [x] c.log        340 lines     0/s  error: open c.log: permission denied",
	}
	for i, w := range want {
		if got := strings.TrimRight(body[1+i], " "); got != w {
			t.Errorf("row %d:\n got %q\nwant %q", i, got, w)
		}
	}
}

// startupWarnings are what main hands the interface after a typo'd path, an empty directory and
// logs the user may not read.
func startupWarnings() []error {
	return []error{
		errors.New("/srv/app/ap.log: no such file or directory"),
		errors.New("/srv/empty: no log files in it yet (watching for them)"),
		errors.New("2 logs under /var/log are not readable by you (permission denied): /var/log/auth.log, /var/log/kern.log; " +
			"run trawl with sudo, or join the adm group (sudo usermod -aG adm $USER, then log in again), to read them"),
	}
}

// What went wrong while opening the sources is told on the screen, not only on standard error
// before it: the status bar counts it, and the sources view words each warning in full.
func TestStartupWarningsShown(t *testing.T) {
	cfg := Config{Ring: ringOf(t, manyEntries(30)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), Warnings: startupWarnings()}
	d := newDriverConfig(t, cfg, 100, 24)
	if s := d.statusLine(); !strings.Contains(s, "3 warnings (s)") {
		t.Fatalf("status bar %q does not count the start-up warnings", s)
	}
	d.keys("s")
	screen := d.screen()
	// Wrapped lines are joined again to find each warning whole.
	var text strings.Builder
	for _, l := range d.bodyLines() {
		text.WriteString(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "!")) + " ")
	}
	for _, want := range []string{"Start-up warnings (3)", "/srv/app/ap.log: no such file or directory",
		"/srv/empty: no log files in it yet (watching for them)", "/var/log/auth.log, /var/log/kern.log",
		"run trawl with sudo, or join the adm group"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the sources view does not say %q:\n%s", want, screen)
		}
	}
	if body := d.bodyLines(); !strings.HasPrefix(body[1], "▌[x] a.log") {
		t.Errorf("the sources come first, then the warnings:\n%s", screen)
	}

	d = newDriverConfig(t, Config{Ring: ringOf(t, manyEntries(3)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), Warnings: startupWarnings()[:1]}, 100, 24)
	if s := d.statusLine(); !strings.Contains(s, "1 warning (s)") {
		t.Fatalf("status bar %q, want one warning counted", s)
	}
	d = newDriver(t, ringOf(t, manyEntries(3)), 100, 24)
	if s := d.keys("s").screen(); strings.Contains(s, "warning") {
		t.Fatalf("warnings told without any:\n%s", s)
	}
}

// With nothing read, the empty timeline says what went wrong rather than only "no entries yet":
// a mistyped path is waited for, and a new user saw a silent empty screen.
func TestEmptyTimelineSaysTheWarning(t *testing.T) {
	cfg := Config{Ring: ringOf(t, nil), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), Warnings: startupWarnings()}
	d := newDriverConfig(t, cfg, 160, 12)
	if s := d.screen(); !strings.Contains(s, "no entries yet; /srv/app/ap.log: no such file or directory (and 2 more: s lists them)") {
		t.Fatalf("the empty timeline does not say the first warning and how many more:\n%s", s)
	}
}

// A warning quotes a path, which is data: an escape sequence in it reaches the screen as a
// visible placeholder, never as a sequence.
func TestStartupWarningsSanitized(t *testing.T) {
	cfg := Config{Ring: ringOf(t, manyEntries(3)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(),
		Warnings: []error{errors.New("/tmp/\x1b]0;owned\x07\u202egol.exe\u009b2J\x1b[8m.log: no such file or directory")}}
	d := newDriverConfig(t, cfg, 100, 24)
	d.keys("s")
	raw := d.m.View().Content
	for _, bad := range []string{"\x1b]0;owned", "\x07", "\u202e", "\u009b"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the warning reached the terminal with %q raw", bad)
		}
	}
	if s := d.screen(); !strings.Contains(s, "␛]0;owned␇") || !strings.Contains(s, "␛[8m.log") {
		t.Errorf("the warning's escapes are not shown as placeholders (a colour sequence too, since a name is data):\n%s", s)
	}
}

// Many sources and long warnings share a small screen: the warnings take at most half of it, and
// the cursor can still reach the last source.
func TestStartupWarningsLeaveRoomForSources(t *testing.T) {
	var es []entry
	for i := range 12 {
		es = append(es, entry{src: fmt.Sprintf("s%02d.log", i), at: time.Duration(i) * time.Second, level: parse.Info, msg: "hello"})
	}
	var ws []error
	for i := range 6 {
		ws = append(ws, fmt.Errorf("/srv/logs/number-%d/app.log: no such file or directory (a long reason to wrap)", i))
	}
	cfg := Config{Ring: ringOf(t, es), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: t.TempDir(), Warnings: ws}
	d := newDriverConfig(t, cfg, 60, 15)
	d.keys("s", "G")
	body := d.bodyLines()
	if len(body) != d.m.layout.body.h {
		t.Fatalf("the body has %d lines, want %d", len(body), d.m.layout.body.h)
	}
	var cursor, title, last int = -1, -1, len(body) - 1
	for i, l := range body {
		switch {
		case strings.HasPrefix(l, "▌"):
			cursor = i
		case strings.HasPrefix(l, "Start-up warnings (6)"):
			title = i
		}
	}
	if cursor < 0 || !strings.Contains(body[cursor], "s11.log") || title < cursor {
		t.Fatalf("the last source is not under the cursor above the warnings:\n%s", strings.Join(body, "\n"))
	}
	if title < len(body)/2-2 {
		t.Errorf("the warnings take more than half the height:\n%s", strings.Join(body, "\n"))
	}
	if strings.TrimSpace(body[last]) != "…" {
		t.Errorf("warnings that do not fit are not marked as cut:\n%s", strings.Join(body, "\n"))
	}
}

// A source's error quotes its path, which is a name: its colour sequence is shown as in the
// name column, so that the error of "a\x1b[0m.log" never reads as one of "a.log".
func TestSourceErrorShowsNameColours(t *testing.T) {
	name := "./a\x1b[0m.log"
	stats := []tail.Stats{{Source: name, State: "error: " + name + ": not a regular file", Err: errors.New(name + ": not a regular file")}}
	cfg := Config{Ring: ringOf(t, []entry{{src: name, msg: "x"}}), Stats: func() []tail.Stats { return slices.Clone(stats) },
		Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 160, 24)
	d.send(tickMsg{}).keys("s")
	body := strings.Join(d.bodyLines(), "\n")
	if strings.Contains(body, "./a.log") || !strings.Contains(body, "error: ./a␛[0m.log: not a regular file") {
		t.Fatalf("the error does not show the name's colour sequence:\n%s", body)
	}
}

// A source that failed and then read again says its error is past, and counts read as words.
func TestSourceStateAfterRecovery(t *testing.T) {
	st := &tail.Stats{State: "following", Err: errors.New("open a.log: permission denied"), Rotations: 1, Truncations: 2}
	got := sourceState(st)
	for _, want := range []string{"following, rotated 1 time, truncated 2 times", "(earlier: open a.log: permission denied)"} {
		if !strings.Contains(got, want) {
			t.Errorf("state %q, want it to hold %q", got, want)
		}
	}
	st.State = "error: " + st.Err.Error()
	if got := sourceState(st); strings.Count(got, "permission denied") != 1 || strings.Contains(got, "earlier") {
		t.Errorf("failed state %q, want the error once, as current", got)
	}
}

// Panes and the sources view list the sources by name, as ls does, digits by value: not in the
// order the tailers happened to start, which differs from run to run.
func TestSourcesInNameOrder(t *testing.T) {
	var es []entry
	for i, src := range []string{"f10.log", "f2.log", "b.log", "f1.log", "a.log"} {
		es = append(es, entry{src: src, at: time.Duration(i) * time.Second, level: parse.Info, msg: "from " + src})
	}
	d := newDriver(t, ringOf(t, es), 200, 60)
	d.keys("tab")
	var got []string
	for _, p := range d.m.panes {
		got = append(got, p.source)
	}
	want := []string{"a.log", "b.log", "f1.log", "f2.log", "f10.log"}
	if !slices.Equal(got, want) {
		t.Fatalf("panes in the order %v, want %v", got, want)
	}
	d.keys("tab", "s")
	got = got[:0]
	for _, it := range d.m.sources.items {
		got = append(got, it.name)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("sources view in the order %v, want %v", got, want)
	}
}

func TestCompareNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"app-2.log", "app-10.log", -1}, {"app-10.log", "app-2.log", 1}, {"a.log", "b.log", -1},
		{"f007", "f7", -1}, {"x", "x1", -1}, {"syslog.1", "syslog", 1}, {"", "", 0},
	} {
		if got := compareNames(c.a, c.b); got != c.want {
			t.Errorf("compareNames(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// The sources view's cursor stays on its source when the rows are rebuilt in name order: space
// switched off the source next to the one under the cursor.
func TestSourcesCursorStaysOnItsSource(t *testing.T) {
	var es []entry
	for i, src := range []string{"f10.log", "f2.log", "b.log", "f1.log", "a.log"} {
		es = append(es, entry{src: src, at: time.Duration(i) * time.Second, level: parse.Info, msg: "from " + src})
	}
	d := newDriver(t, ringOf(t, es), 200, 60)
	d.keys("s", "j", "space")
	if !d.m.sel.isHidden("b.log") {
		t.Fatalf("space on the second row did not switch off b.log: hidden %v", d.m.sel.hidden)
	}
	d.keys("space")
	if d.m.sel.isHidden("b.log") || len(d.m.sel.hidden) != 0 {
		t.Fatalf("space again did not switch b.log back on: hidden %v", d.m.sel.hidden)
	}
}

// A start-up warning about a path awaited (a file not there yet, a directory with no log yet)
// goes once that path has given lines: the status bar no longer counts it, the sources view no
// longer words it; the other warnings stay.
func TestAwaitedWarningsGoWhenMet(t *testing.T) {
	dir := t.TempDir()
	later := filepath.Join(dir, "later.log")
	g, warns, err := tail.Open([]string{later, filepath.Join(dir, "nowhere", "x.log")}, tail.Options{Follow: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = g
	if len(warns) != 2 {
		t.Fatalf("warnings %v, want two", warns)
	}
	cfg := Config{Ring: ringOf(t, manyEntries(5)), Now: func() time.Time { return t0 }, Location: time.UTC,
		Keys: keymap.Default(), WorkDir: dir, Warnings: warns}
	d := newDriverConfig(t, cfg, 100, 24)
	d.m.status.stats = []tail.Stats{{Source: later, Path: later, State: "waiting for file"}}
	if got := d.m.warnText(); !strings.Contains(got, "2 warnings") {
		t.Fatalf("status %q before the file came, want 2 warnings", got)
	}
	d.m.status.stats[0].Lines, d.m.status.stats[0].State = 3, "following"
	if got := d.m.warnText(); !strings.Contains(got, "1 warning") {
		t.Fatalf("status %q once the file gave lines, want 1 warning", got)
	}
	d.m.sources = d.m.sources.sync(d.m.snap, d.m.sel, d.m.status.stats)
	if len(d.m.sources.warnings) != 1 || strings.Contains(d.m.sources.warnings[0], "later.log") {
		t.Fatalf("sources view words %q, want only the warning still true", d.m.sources.warnings)
	}
}
