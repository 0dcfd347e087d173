package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// Both zones show the time with the same precision: milliseconds, or all the digits an entry
// carries beyond them.
func TestDetailTimePrecision(t *testing.T) {
	cases := []struct {
		at         time.Duration
		utc, local string
	}{
		{996 * time.Millisecond, "2026-03-01T12:00:00.996Z", "2026-03-01 14:00:00.996 EET"},
		{0, "2026-03-01T12:00:00.000Z", "2026-03-01 14:00:00.000 EET"},
		{1500 * time.Microsecond, "2026-03-01T12:00:00.001500Z", "2026-03-01 14:00:00.001500 EET"},
		{123456789, "2026-03-01T12:00:00.123456789Z", "2026-03-01 14:00:00.123456789 EET"},
	}
	for _, c := range cases {
		cfg := Config{Ring: ringOf(t, []entry{{src: "a.log", at: c.at, level: parse.Info, msg: "hello"}}),
			Now: func() time.Time { return t0 }, Location: fixedZone, Keys: keymap.Default(), WorkDir: t.TempDir()}
		d := newDriverConfig(t, cfg, 80, 24)
		d.keys("enter")
		s := d.screen()
		if !strings.Contains(s, "time (UTC)     "+c.utc+" ") || !strings.Contains(s, "time (local)   "+c.local+" ") {
			t.Errorf("at %v, want %s and %s:\n%s", c.at, c.utc, c.local, s)
		}
	}
}

// The level reads in its badge's colour, and the text section highlights what the search matched.
func TestDetailLevelColourAndMatches(t *testing.T) {
	es := []entry{{src: "app.log", level: parse.Error, msg: "boom: disk full\n  at boom.go:12"}}
	d := newDriver(t, ringOf(t, es), 80, 24)
	d.keys("/", "b", "o", "o", "m", "enter", "enter")
	if d.m.mode != modeDetail {
		t.Fatalf("mode %v, want detail", d.m.mode)
	}
	raw := d.m.View().Content
	if lvl := d.m.theme.Detail.Levels[parse.Error].Render("error"); !strings.Contains(raw, lvl) {
		t.Errorf("level not styled like its badge: want %q in %q", lvl, raw)
	}
	match := d.m.theme.Timeline.Text[kindMatch]
	for _, want := range []string{match.pre + "boom" + match.post + ": disk full", "at " + match.pre + "boom" + match.post + ".go:12"} {
		if !strings.Contains(raw, want) {
			t.Errorf("text section lacks the highlighted %q:\n%q", want, raw)
		}
	}
	if s := d.screen(); !strings.Contains(s, "  boom: disk full") || !strings.Contains(s, "  at boom.go:12") {
		t.Errorf("text section:\n%s", s)
	}
}

// An entry without a time of its own shows the estimate that placed it, marked as one: "~" and
// whole seconds in its row, which keeps the columns aligned, and "(estimated)" in the detail view.
func TestEstimatedTimeIsMarked(t *testing.T) {
	es := []entry{
		{src: "app.log", at: 4250 * time.Millisecond, level: parse.Info, msg: "own time"},
		{src: "history.log", at: 5 * time.Second, msg: "Commandline: apt-get install curl", untimed: true},
	}
	d := newDriver(t, ringOf(t, es), 80, 24)
	own, est := d.lineWith("own time"), d.lineWith("Commandline")
	if !strings.HasPrefix(own, " 12:00:04.250 ") || !strings.Contains(est, "~12:00:05    ") {
		t.Errorf("rows:\n%s\n%s\nwant the own time plain and the estimate marked", own, est)
	}
	if column(own, "own time") != column(est, "Commandline") {
		t.Errorf("the marked time shifted the columns:\n%s\n%s", own, est)
	}
	// In a narrow terminal the time is to the second: the mark takes the seconds' place instead
	// (a new user saw the columns shift below 60 columns).
	narrow := newDriver(t, ringOf(t, es), 50, 12)
	nOwn, nEst := narrow.lineWith("own time"), narrow.lineWith("Commandline")
	if !strings.Contains(nEst, "~12:00 ") || column(nOwn, "own time") != column(nEst, "Commandline") {
		t.Errorf("narrow rows:\n%s\n%s\nwant the estimate marked in the same columns", nOwn, nEst)
	}
	d.keys("enter")
	s := d.screen()
	for _, want := range []string{"time (UTC)     2026-03-01T12:00:05.000Z (estimated)", "time (local)   2026-03-01 12:00:05.000 UTC (estimated)"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
	d.keys("esc", "k", "enter")
	if s := d.screen(); strings.Contains(s, "estimated") || !strings.Contains(s, "2026-03-01T12:00:04.250Z ") {
		t.Errorf("an entry's own time is marked as estimated:\n%s", s)
	}
}

// lineWith is the first body line that holds sub, or "".
func (d *driver) lineWith(sub string) string {
	for _, l := range d.bodyLines() {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// column is the screen column where sub starts in line.
func column(line, sub string) int { return ansi.StringWidth(line[:strings.Index(line, sub)]) }

// A Loki stream's labels have a section of their own, and an access line's level says it came
// from the status, since the line writes none.
func TestDetailLabelsAndDerivedLevel(t *testing.T) {
	cfg := Config{Ring: ringOf(t, []entry{{src: `{app="api", pod="api-7d9"}`, at: 0, level: parse.Info, msg: "hello"}}),
		Now: func() time.Time { return t0 }, Location: fixedZone, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 100, 30)
	d.keys("enter")
	s := d.screen()
	if !strings.Contains(s, "Labels") || !strings.Contains(s, "app") || !strings.Contains(s, "api-7d9") {
		t.Errorf("no labels section:\n%s", s)
	}
	if strings.Contains(s, "from the HTTP status") {
		t.Errorf("a level the line wrote is said to come from a status:\n%s", s)
	}
}

// TestDetailSaysLevelFromStatus opens the detail of a parsed access line: its level comes from the
// status, and the view says so, since the line writes none.
func TestDetailSaysLevelFromStatus(t *testing.T) {
	line := []byte(`10.0.0.7 - - [29/Nov/2026:07:41:16 +0000] "GET /api/orders HTTP/1.1" 503 162 "-" "curl/8.5.0"`)
	rec := parse.NewParser(func() time.Time { return t0 }).Parse(line)
	if rec.Format != parse.FormatAccess {
		t.Fatalf("parsed as %v, want an access line", rec.Format)
	}
	r := ring.New(ring.Options{})
	b := &parse.Batch{Source: "access.log"}
	b.Add(line, 0, rec.Time, rec, false)
	r.Append(b)
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: fixedZone, Keys: keymap.Default(), WorkDir: t.TempDir()}
	d := newDriverConfig(t, cfg, 120, 30)
	d.keys("enter")
	if s := d.screen(); !strings.Contains(s, "error (from the HTTP status: the line writes no level)") {
		t.Errorf("the detail does not say the level came from the status:\n%s", s)
	}
}

// The detail view's JSON section indents every line of the object alike: the braces two blanks
// in, the keys four, a nested object's keys six.
func TestDetailJSONIndentsEvenly(t *testing.T) {
	s := parse.NewStream("app.json", parse.StreamOptions{Now: func() time.Time { return t0 }, Location: time.UTC})
	b := &parse.Batch{Source: "app.json"}
	s.Line([]byte(`{"time":"2026-03-01T10:00:00Z","level":"info","msg":"hi","user":{"id":7}}`), 0, false, b)
	s.Flush(b)
	r := ring.New(ring.Options{})
	r.Append(b)
	d := newDriverConfig(t, Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}, 100, 60)
	d.keys("enter")
	lines := strings.Split(d.screen(), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "JSON" })
	if at < 0 {
		t.Fatalf("no JSON section:\n%s", d.screen())
	}
	want := []string{"  {", `    "time": "2026-03-01T10:00:00Z",`, `    "level": "info",`, `    "msg": "hi",`, `    "user": {`, `      "id": 7`, "    }", "  }"}
	for i, w := range want {
		if got := strings.TrimRight(lines[at+1+i], " "); got != w {
			t.Errorf("JSON line %d: %q, want %q", i, got, w)
		}
	}
}

// An entry a format defined without code read shows that format's other groups as its fields, and
// a field search finds it by them.
func TestDetailFieldsOfADefinedFormat(t *testing.T) {
	orderd, errs := parse.NewCustom(parse.CustomSpec{Name: "orderd_log", Patterns: []parse.CustomPattern{{Name: "std",
		Regex: `^(?<timestamp>\S+) (?<level>[A-Z]+) order=(?<order_id>\S+) (?<body>.*)$`}}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	line := []byte("2026-11-29T07:41:16Z ERROR order=B-2002 payment refused")
	rec, ok := orderd.Parse(line, t0, time.UTC)
	if !ok {
		t.Fatal("the definition does not read its line")
	}
	r := ring.New(ring.Options{})
	b := &parse.Batch{Source: "orderd.log"}
	b.Add(line, 0, rec.Time, rec, false)
	r.Append(b)
	cfg := Config{Ring: r, Now: func() time.Time { return t0 }, Location: fixedZone, Keys: keymap.Default(), WorkDir: t.TempDir(),
		Formats: parse.NewDefined([]*parse.Custom{orderd}), Query: "order_id:b-2002"}
	d := newDriverConfig(t, cfg, 120, 30)
	d.keys("enter")
	s := d.screen()
	if !strings.Contains(s, "Fields") || !strings.Contains(s, "order_id") || !strings.Contains(s, "B-2002") {
		t.Errorf("the detail of the entry found by order_id:b-2002 lists no order_id field:\n%s", s)
	}
}

// A field's key holding a colour code shows it, so that a line cannot dress a field of its own as
// another ("user\x1b[0m" beside "user").
func TestDetailFieldKeysShowTheirEscapes(t *testing.T) {
	s := parse.NewStream("app.json", parse.StreamOptions{Now: func() time.Time { return t0 }, Location: time.UTC})
	b := &parse.Batch{Source: "app.json"}
	s.Line([]byte(`{"time":"2026-03-01T10:00:00Z","level":"info","msg":"login","user":"alice","user\u001b[0m":"root"}`), 0, false, b)
	s.Flush(b)
	r := ring.New(ring.Options{})
	r.Append(b)
	d := newDriverConfig(t, Config{Ring: r, Now: func() time.Time { return t0 }, Location: time.UTC, Keys: keymap.Default(), WorkDir: t.TempDir()}, 100, 60)
	d.keys("enter")
	var keys []string
	for _, l := range strings.Split(d.screen(), "\n") {
		if f := strings.Fields(l); len(f) == 2 && strings.HasPrefix(f[0], "user") && (f[1] == "alice" || f[1] == "root") {
			keys = append(keys, f[0])
		}
	}
	if len(keys) != 2 || keys[0] == keys[1] {
		t.Errorf("the two user fields read as %q:\n%s", keys, d.screen())
	}
}

// Opening an entry while following stops there: entries that arrive while the detail view is open
// do not move the cursor, and closing the view returns to the entry read, paused.
func TestDetailHoldsTheTimeline(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(10)), 80, 24)
	d.keys("enter")
	fillRing(t, d.m.cfg.Ring, manyEntries(15)[10:])
	d.send(dataMsg{}).settle()
	d.keys("esc")
	if seq, _ := d.m.main.tl.Cursor(); d.m.main.tl.Following() || !strings.Contains(d.screen(), "PAUSED") {
		t.Fatalf("after the detail view the timeline follows (cursor %d):\n%s", seq, d.screen())
	}
	if !strings.Contains(d.lineWith("▌"), "message number 9") {
		t.Fatalf("the cursor left the entry read:\n%s", d.screen())
	}
}
