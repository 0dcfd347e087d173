package lnavformat

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// The definitions below are written for these tests, for made-up daemons, in lnav's file format.

const widgetd = `{
  "$schema": "https://lnav.org/schemas/format-v1.schema.json",
  "widgetd_log": {
    "title": "widgetd",
    "regex": {
      "std": {"pattern": "^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) (?<host>[\\w.-]+) \\[(?<level>\\w+)\\] (?<body>.*)$"}
    },
    "timestamp-format": ["%Y/%m/%d %H:%M:%S.%L"],
    "level": {"error": "ERR|FAIL", "warning": "WRN", "info": "INF", "debug": "DBG"},
    "value": {"host": {"kind": "string", "identifier": true}},
    "sample": [{"line": "2026/11/29 07:19:40.624 gw-1 [WRN] spool: queue is long"}]
  }
}`

const gizmo = `#! /usr/bin/env lnav -i
{
  "gizmo_access": {
    "regex": {
      "main": {"pattern": "^(?<c_ip>\\S+) \\[(?<timestamp>[^\\]]+)\\] (?<body>\"[^\"]*\" (?<sc_status>\\d{3}))$"},
      "inner": {"pattern": "^x(?<timestamp>\\S+)", "module-format": true}
    },
    "timestamp-format": ["%d/%b/%Y:%H:%M:%S %z"],
    "sample": [{"line": "10.0.0.7 [29/Nov/2026:07:41:16 +0100] \"GET /a\" 200"}]
  }
}`

const broken = `{
  "pcre_only": {
    "regex": {
      "ahead": {"pattern": "^(?<timestamp>\\S+ \\S+) (?=ERROR)(?<body>.*)$"},
      "plain": {"pattern": "^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) (?<body>.*)$"}
    },
    "timestamp-format": ["%Y-%m-%d %H:%M:%S"]
  },
  "lookbehind_only": {
    "regex": {"only": {"pattern": "(?<=x)(?<timestamp>\\d+)"}}
  },
  "json_lines": {"json": true, "timestamp-field": "ts"}
}`

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func byName(formats []*parse.Custom, name string) *parse.Custom {
	for _, c := range formats {
		if c.Name() == name {
			return c
		}
	}
	return nil
}

var now = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func TestLoadReadsLines(t *testing.T) {
	dir := writeFiles(t, map[string]string{"widgetd.json": widgetd, "sub/gizmo.json": gizmo, "notes.txt": "not a format"})
	formats, errs := Load(os.DirFS(dir))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(formats) != 2 {
		t.Fatalf("got %d formats, want 2", len(formats))
	}
	for _, c := range []struct {
		format, line, time, host, body string
		level                          parse.Level
	}{
		{"widgetd_log", "2026/11/29 07:19:40.624 gw-1 [WRN] spool: queue is long", "2026-11-29T07:19:40.624Z", "gw-1", "spool: queue is long", parse.Warn},
		{"widgetd_log", "2026/11/29 07:19:41.002 gw-2 [FAIL] disk gone", "2026-11-29T07:19:41.002Z", "gw-2", "disk gone", parse.Error},
		{"widgetd_log", "2026/11/29 07:19:41.002 gw-2 [NOTE] odd word", "2026-11-29T07:19:41.002Z", "gw-2", "odd word", parse.Notice},
		{"gizmo_access", `10.0.0.7 [29/Nov/2026:07:41:16 +0100] "GET /a" 200`, "2026-11-29T06:41:16Z", "", `"GET /a" 200`, parse.Unknown},
	} {
		rec, ok := byName(formats, c.format).Parse([]byte(c.line), now, nil)
		line := []byte(c.line)
		got := time.Unix(0, rec.Time).UTC().Format(time.RFC3339Nano)
		if !ok || got != c.time || string(rec.Host.Of(line)) != c.host || string(rec.Message.Of(line)) != c.body || rec.Level != c.level {
			t.Errorf("%s: %q gave ok %v, %s host %q body %q level %v", c.format, c.line, ok, got, rec.Host.Of(line), rec.Message.Of(line), rec.Level)
		}
	}
}

func TestLoadReportsByName(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a/widgetd.json": widgetd, "b/broken.json": broken, "c/bad.json": "{\n  \"x_log\": {\n    \"regex\": {,\n"})
	formats, errs := Load(os.DirFS(dir))
	if byName(formats, "widgetd_log") == nil || byName(formats, "pcre_only") == nil {
		t.Fatalf("the usable formats of the directory must load, got %d", len(formats))
	}
	if byName(formats, "lookbehind_only") != nil || byName(formats, "json_lines") != nil {
		t.Error("a format with nothing usable must not load")
	}
	want := []string{
		`b/broken.json: format "json_lines": JSON-lines formats`,
		`b/broken.json: format "lookbehind_only": pattern "only": RE2 cannot compile it`,
		`b/broken.json: format "lookbehind_only": not loaded: none of its patterns can be used`,
		`b/broken.json: format "pcre_only": pattern "ahead": RE2 cannot compile it`,
		`c/bad.json: not a format file: line 3: invalid character ','`,
	}
	text := errText(errs)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("errors lack %q:\n%s", w, text)
		}
	}
	if len(errs) != len(want) {
		t.Errorf("got %d errors, want %d:\n%s", len(errs), len(want), text)
	}
	if !errors.Is(errsNamed(errs, "json_lines"), ErrJSONFormat) {
		t.Error("a JSON-lines format is reported as ErrJSONFormat")
	}
}

func TestLoadOverlay(t *testing.T) {
	extra := `{"widgetd_log": {
	  "regex": {"short": {"pattern": "^(?<timestamp>\\d{2}:\\d{2}:\\d{2}) (?<body>.*)$"}},
	  "timestamp-format": ["%Y/%m/%d %H:%M:%S.%L", "%H:%M:%S"],
	  "sample": [{"line": "07:19:40 short line"}]
	}}`
	dir := writeFiles(t, map[string]string{"1.json": widgetd, "2.json": extra})
	formats, errs := Load(os.DirFS(dir))
	if len(errs) > 0 || len(formats) != 1 {
		t.Fatalf("formats %d, errors %v", len(formats), errs)
	}
	c := formats[0]
	for _, line := range []string{"2026/11/29 07:19:40.624 gw-1 [WRN] from the first file", "07:19:40 from the second"} {
		if _, ok := c.Parse([]byte(line), now, nil); !ok {
			t.Errorf("%q: a later file adds patterns to the format of an earlier one", line)
		}
	}
}

func TestLoadChecksSamplesAndLevels(t *testing.T) {
	def := `{"odd_log": {
	  "regex": {"std": {"pattern": "^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z) (?<level>\\w+) (?<body>.*)$"}},
	  "level": {"error": "E", "loud": "L", "info": 30},
	  "sample": [{"line": "2026-11-29T07:19:40Z E fine"}, {"line": "Nov 29 07:19:40 not this format"}]
	}}`
	dir := writeFiles(t, map[string]string{"odd.json": def})
	formats, errs := Load(os.DirFS(dir))
	if len(formats) != 1 {
		t.Fatalf("got %d formats", len(formats))
	}
	text := errText(errs)
	for _, w := range []string{
		`odd.json: format "odd_log": level "info": not a regular expression`,
		`odd.json: format "odd_log": level "loud": not one of lnav's level names`,
		`odd.json: format "odd_log": sample "2": no pattern reads this sample line`,
	} {
		if !strings.Contains(text, w) {
			t.Errorf("errors lack %q:\n%s", w, text)
		}
	}
	if len(errs) != 3 {
		t.Errorf("got %d errors, want 3:\n%s", len(errs), text)
	}
	rec, ok := formats[0].Parse([]byte("2026-11-29T07:19:40Z E fine"), now, nil)
	if !ok || rec.Level != parse.Error {
		t.Errorf("the levels that are usable still map: %v %v", ok, rec.Level)
	}
}

// A sample that its pattern matches but whose time does not fit the format's layouts is said to,
// not that no pattern reads it: the user would debug a regular expression that is right.
func TestSampleWarningSaysTheTimeDoesNotFit(t *testing.T) {
	def := `{"dotted_log": {
	  "regex": {"std": {"pattern": "^(?<timestamp>\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}) (?<body>.*)$"}},
	  "timestamp-format": ["%Y-%m-%d %H:%M"],
	  "sample": [{"line": "29.11.2026 07:19 backup done"}]
	}}`
	dir := writeFiles(t, map[string]string{"dotted.json": def})
	_, errs := Load(os.DirFS(dir))
	want := `dotted.json: format "dotted_log": sample "1": a pattern matches it, but its timestamp "29.11.2026 07:19" fits none of the timestamp-format layouts`
	if text := errText(errs); !strings.Contains(text, want) {
		t.Errorf("errors lack %q:\n%s", want, text)
	}
}

func TestLoadOrdersSpecificFirst(t *testing.T) {
	generic := `{"any_stamp": {
	  "regex": {"std": {"pattern": "^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) (?<body>.*)$"}},
	  "sample": [{"line": "2026/11/29 07:19:40.624 anything"}]
	}}`
	dir := writeFiles(t, map[string]string{"a.json": generic, "w.json": widgetd})
	formats, errs := Load(os.DirFS(dir))
	if len(errs) > 0 || len(formats) != 2 {
		t.Fatalf("formats %d, errors %v", len(formats), errs)
	}
	if formats[0].Name() != "widgetd_log" {
		t.Errorf("the format that reads the other's samples goes last: got %s first", formats[0].Name())
	}
}

func TestLoadDirsAndHostileNames(t *testing.T) {
	dir := writeFiles(t, map[string]string{"x.json": `{"evil\u001b]0;owned\u0007": {"regex": {"p\u009b": {"pattern": "(?=x)"}}}}`})
	_, errs := LoadDirs([]string{dir, filepath.Join(dir, "missing")})
	if len(errs) != 3 {
		t.Fatalf("want a pattern error, a no-pattern error and a missing directory, got %v", errs)
	}
	for _, err := range errs {
		msg := err.Error()
		if strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || (r >= 0x7f && r < 0xa0) }) {
			t.Errorf("control characters reach the message: %q", msg)
		}
	}
	text := errText(errs)
	if !strings.Contains(text, filepath.Join(dir, "x.json")+`: format "evil\x1b]0;owned\a": pattern "p\u009b": RE2`) {
		t.Errorf("LoadDirs names the file by its path, the format and the pattern:\n%s", text)
	}
	if !errors.Is(errs[0], os.ErrNotExist) || !strings.HasPrefix(errs[0].Error(), filepath.Join(dir, "missing")) {
		t.Errorf("a missing directory is reported by its path: %v", errs[0])
	}
}

func errText(errs []error) string {
	var b strings.Builder
	for _, err := range errs {
		b.WriteString(err.Error() + "\n")
	}
	return b.String()
}

func errsNamed(errs []error, format string) error {
	for _, err := range errs {
		var ce *parse.CustomError
		if errors.As(err, &ce) && ce.Format == format {
			return err
		}
	}
	return nil
}

// A format folder may hold what is no definition: a FIFO named *.json (reading it would block
// start-up for ever) and a symlink to /dev/zero (it would never end). Both are named and skipped,
// and the real definition beside them loads.
func TestLoadSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "widgetd.json"), []byte(widgetd), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.json"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.json")); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var formats []*parse.Custom
	var errs []error
	go func() {
		formats, errs = LoadDirs([]string{dir})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("loading a folder with a FIFO and /dev/zero did not end")
	}
	if len(formats) != 1 {
		t.Errorf("loaded %d formats, want widgetd's alone", len(formats))
	}
	msg := fmt.Sprint(errs)
	if !strings.Contains(msg, "fifo.json") || !strings.Contains(msg, "zero.json") || !strings.Contains(msg, "not a regular file") {
		t.Errorf("errors %v do not name both special files", errs)
	}
}

// lnav's reader allows comments in a definition file; a "//" or "/*" inside a string is text.
func TestLoadComments(t *testing.T) {
	def := `// widgetd, as our team writes it
{
  /* the one format of this file */
  "commented_log": {
    "regex": {"std": {"pattern": "^(?<timestamp>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) (?<body>https?://\\S+ /\\* kept \\*/)$"}}, // trailing
    "timestamp-format": ["%Y-%m-%d %H:%M:%S"]
  }
}`
	formats, errs := Load(os.DirFS(writeFiles(t, map[string]string{"c.json": def, "bad.json": "{\n/* never closed\n"})))
	if len(formats) != 1 {
		t.Fatalf("got %d formats, errors %v", len(formats), errs)
	}
	line := "2026-11-29 07:19:40 http://example.org/a /* kept */"
	if rec, ok := formats[0].Parse([]byte(line), now, nil); !ok || string(rec.Message.Of([]byte(line))) != "http://example.org/a /* kept */" {
		t.Errorf("the pattern with // and /* inside its string was changed: ok %v", ok)
	}
	if text := errText(errs); len(errs) != 1 || !strings.Contains(text, "bad.json: not a format file") {
		t.Errorf("an unclosed comment is a broken file, and only that: %s", text)
	}
}

// A later file's timestamp formats are added to an earlier file's, as lnav appends them: the
// first file's spelling keeps reading its lines.
func TestLoadOverlayAddsTimestampFormats(t *testing.T) {
	first := `{"dual_log": {
	  "regex": {"std": {"pattern": "^(?<timestamp>\\S+ \\S+) (?<body>.*)$"}},
	  "timestamp-format": ["%Y/%m/%d %H:%M:%S"],
	  "sample": [{"line": "2026/11/29 07:19:40 slash form"}]
	}}`
	second := `{"dual_log": {
	  "timestamp-format": ["%d.%m.%Y %H:%M:%S"],
	  "sample": [{"line": "29.11.2026 07:19:41 dotted form"}]
	}}`
	formats, errs := Load(os.DirFS(writeFiles(t, map[string]string{"a.json": first, "b.json": second})))
	if len(errs) > 0 || len(formats) != 1 {
		t.Fatalf("formats %d, errors %v", len(formats), errs)
	}
	for line, want := range map[string]string{"2026/11/29 07:19:40 slash form": "2026-11-29T07:19:40Z", "29.11.2026 07:19:41 dotted form": "2026-11-29T07:19:41Z"} {
		rec, ok := formats[0].Parse([]byte(line), now, nil)
		if got := time.Unix(0, rec.Time).UTC().Format(time.RFC3339); !ok || got != want {
			t.Errorf("%q: ok %v time %s, want %s", line, ok, got, want)
		}
	}
}

// lnav tries the level patterns from the least severe up: a map written and checked against lnav
// reads the same here, though "DEBUG" holds the letter of the error pattern too.
func TestLoadLevelsLeastSevereFirst(t *testing.T) {
	def := `{"letters_log": {
	  "regex": {"std": {"pattern": "^(?<timestamp>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z) <(?<level>\\w+)> (?<body>.*)$"}},
	  "level": {"error": "E", "warning": "W", "info": "I", "debug": "D"}
	}}`
	formats, errs := Load(os.DirFS(writeFiles(t, map[string]string{"l.json": def})))
	if len(errs) > 0 || len(formats) != 1 {
		t.Fatalf("formats %d, errors %v", len(formats), errs)
	}
	for word, want := range map[string]parse.Level{"DEBUG": parse.Debug, "INFO": parse.Info, "WARNING": parse.Info, "ERROR": parse.Error, "E": parse.Error} {
		rec, ok := formats[0].Parse([]byte("2026-11-29T07:19:40Z <"+word+"> x"), now, nil)
		if !ok || rec.Level != want {
			t.Errorf("<%s>: ok %v level %v, want %v (lnav's reading)", word, ok, rec.Level, want)
		}
	}
}

// A name given to two groups, and a definition with no patterns at all (an overlay of one of
// lnav's own formats that adds highlights), are each told for what they are.
func TestLoadReportsDuplicateGroupsAndNoPatterns(t *testing.T) {
	def := `{
	  "twice_log": {"regex": {"std": {"pattern": "^(?:\\[(?<timestamp>[^\\]]+)\\]|(?<timestamp>\\d{10})) (?<body>.*)$"}}},
	  "syslog_log": {"highlights": {"sshd": {"pattern": "sshd", "color": "#f00"}}}
	}`
	formats, errs := Load(os.DirFS(writeFiles(t, map[string]string{"d.json": def})))
	if len(formats) != 0 {
		t.Errorf("got %d formats, want none", len(formats))
	}
	text := errText(errs)
	for _, w := range []string{
		`d.json: format "twice_log": pattern "std": the group name "timestamp" is used twice`,
		`d.json: format "syslog_log": not loaded: it defines no line patterns`,
	} {
		if !strings.Contains(text, w) {
			t.Errorf("errors lack %q:\n%s", w, text)
		}
	}
}

// lnav keeps its configuration beside the formats (formats/*/config.*.json): those files are no
// formats, and say nothing.
func TestLoadSkipsLnavConfig(t *testing.T) {
	dir := writeFiles(t, map[string]string{"w.json": widgetd, "config.theme.json": `{"ui": {"theme": "monocai"}}`})
	formats, errs := Load(os.DirFS(dir))
	if len(errs) > 0 || len(formats) != 1 {
		t.Fatalf("formats %d, errors %v", len(formats), errs)
	}
}

// A field's "value" kind makes it a number in JSON Lines; a description trawl cannot read is
// passed over as the rest of "value" is (the format still loads), and a later file that describes
// the field without a kind keeps the kind an earlier one gave.
func TestLoadValueKinds(t *testing.T) {
	base := `{"shop_log": {
	  "regex": {"std": {"pattern": "^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) shard=(?<shard>\\S+) id=(?<id>\\S+) (?<body>.*)$"}},
	  "timestamp-format": ["%Y/%m/%d %H:%M:%S.%L"],
	  "value": {"shard": {"kind": "integer"}, "id": "integer"}
	}}`
	overlay := `{"shop_log": {"value": {"shard": {"description": "the shard"}}}}`
	dir := writeFiles(t, map[string]string{"1.json": base, "2.json": overlay})
	formats, errs := Load(os.DirFS(dir))
	if len(errs) > 0 || len(formats) != 1 {
		t.Fatalf("formats %d, errors %v; want the format loaded whatever its value descriptions", len(formats), errs)
	}
	raw := "2026/11/29 07:19:40.624 shard=3 id=7 order placed"
	js := string(parse.NewDefined(formats).AppendJSON(nil, parse.Entry{Format: parse.FormatCustom, Source: "shop.log", Raw: raw}))
	if !strings.Contains(js, `"fields":{"shard":3,"id":"7"}`) {
		t.Errorf("JSON %s: want shard a number (its kind kept through the overlay) and id a string", js)
	}
}
