package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseSince(t *testing.T) {
	// A zone with summer time, so that "yesterday" across a change would show a wrong midnight.
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	now := time.Date(2026, 3, 30, 15, 30, 45, 0, loc) // the day after summer time began
	for _, c := range []struct {
		in   string
		want time.Time
	}{
		{"2026-11-23T14:00:00Z", time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC)},
		{"2026-11-23T14:00:00.25+05:30", time.Date(2026, 11, 23, 8, 30, 0, 250e6, time.UTC)},
		{"2026-11-23 14:00", time.Date(2026, 11, 23, 14, 0, 0, 0, loc)},
		{"2026-11-23 14:00:05", time.Date(2026, 11, 23, 14, 0, 5, 0, loc)},
		{"2026-11-23 14:00:05.5", time.Date(2026, 11, 23, 14, 0, 5, 500e6, loc)},
		{"2026-11-23T14:00", time.Date(2026, 11, 23, 14, 0, 0, 0, loc)},
		{"2026-11-23", time.Date(2026, 11, 23, 0, 0, 0, 0, loc)},
		{"14:00", time.Date(2026, 3, 30, 14, 0, 0, 0, loc)},
		{"09:05:30", time.Date(2026, 3, 30, 9, 5, 30, 0, loc)},
		{"today", time.Date(2026, 3, 30, 0, 0, 0, 0, loc)},
		{"Yesterday", time.Date(2026, 3, 29, 0, 0, 0, 0, loc)},
		{"now", now},
		{"1h", now.Add(-time.Hour)},
		{"30m", now.Add(-30 * time.Minute)},
		{"2h30m", now.Add(-150 * time.Minute)},
		{"-1h", now.Add(-time.Hour)},
		{"1h ago", now.Add(-time.Hour)},
		{"90s", now.Add(-90 * time.Second)},
		{"2d", now.Add(-48 * time.Hour)},
		{"1w2d12h", now.Add(-(9*24 + 12) * time.Hour)},
		{" 15m ", now.Add(-15 * time.Minute)},
	} {
		got, err := parseSince(c.in, now)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
		if err == nil && got.Location() != loc && got.Location() != time.UTC && !strings.Contains(c.in, "+") {
			t.Errorf("parseSince(%q) in zone %v, want %v", c.in, got.Location(), loc)
		}
	}
	for _, bad := range []string{"", "soon", "5", "+1h", "--1h", "1x", "2026-13-01", "25:00", "2026-11-23 14", "ago", "-", "99999999d", "2562047h2d", "14:00 tomorrow"} {
		if got, err := parseSince(bad, now); err == nil {
			t.Errorf("parseSince(%q) = %v, want an error", bad, got)
		}
	}
}

// TestSinceOutsideNanoseconds gives --since times that nanoseconds since 1970 cannot hold: one far
// in the future starts after every line, one far in the past before every line, and neither wraps
// around to the other end (3000 had meant everything, 1600 nothing).
func TestSinceOutsideNanoseconds(t *testing.T) {
	now := time.Date(2026, 11, 29, 7, 41, 16, 0, time.UTC)
	for in, after := range map[string]bool{"3000-01-01T00:00:00Z": true, "9999-12-31": true, "1600-01-01": false, "1000-01-01T00:00:00Z": false} {
		got, err := parseSince(in, now)
		if err != nil {
			t.Fatalf("parseSince(%q): %v", in, err)
		}
		if ns := got.UnixNano(); ns > now.UnixNano() != after || (ns < 0) == after {
			t.Errorf("parseSince(%q) = %v (%d ns): want a start %s every line", in, got, ns, map[bool]string{true: "after", false: "before"}[after])
		}
	}
}

func TestSinceFlag(t *testing.T) {
	cfg, err := parseArgs([]string{"--since", "2026-11-23T14:00:00Z", "-n", "5", "app.log"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC)
	if opts := cfg.tailOptions(); !opts.Since.Equal(want) || cfg.paths[0] != "app.log" {
		t.Errorf("Since %v, paths %v; want %v and app.log", opts.Since, cfg.paths, want)
	}
	before := time.Now()
	cfg, err = parseArgs([]string{"--since=1h"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if after := time.Now(); cfg.since.Before(before.Add(-time.Hour)) || cfg.since.After(after.Add(-time.Hour)) {
		t.Errorf("--since=1h gave %v, want an hour before %v", cfg.since, after)
	}
	if cfg, _ := parseArgs(nil, &strings.Builder{}); !cfg.tailOptions().Since.IsZero() {
		t.Errorf("Since %v without the flag, want zero", cfg.since)
	}
}

// A bad --since is a usage error whose message lists what is accepted.
func TestSinceFlagBadValue(t *testing.T) {
	var stderr strings.Builder
	if code := run([]string{"--since", "last tuesday"}, nil, nil, &stderr); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	msg := stderr.String()
	for _, want := range []string{`--since "last tuesday"`, "RFC 3339", "2026-11-23 14:00", "14:00", "yesterday", "2h30m", "ago"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not mention %q", msg, want)
		}
	}
}

func TestHelpNamesSince(t *testing.T) {
	var out strings.Builder
	if _, err := parseArgs([]string{"--help"}, &out); err != errHelp {
		t.Fatalf("--help: %v", err)
	}
	if !strings.Contains(out.String(), "--since TIME") {
		t.Errorf("help does not show --since TIME:\n%s", out.String())
	}
}

// Raw lines that no level or query selects are read for their times only; any filter of the
// entries' content needs the whole parse.
func TestRawReadsTimesOnly(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"-o", "raw", "a.log"}, true},
		{[]string{"-o", "raw", "--source", "nginx", "--since", "1h", "a.log"}, true},
		{[]string{"-o", "raw", "--level", "error", "a.log"}, false},
		{[]string{"-o", "raw", "--query", "timeout", "a.log"}, false},
		{[]string{"--json", "a.log"}, false},
		{[]string{"-o", "text", "a.log"}, false},
	} {
		cfg, err := parseArgs(c.args, &strings.Builder{})
		if err != nil {
			t.Fatal(err)
		}
		if got := cfg.tailOptions().TimesOnly; got != c.want {
			t.Errorf("%v: TimesOnly %v, want %v", c.args, got, c.want)
		}
	}
}

// Flags count wherever they stand, as with GNU tools: "trawl app.log --level error" filters; only
// after "--" is every word a path.
func TestFlagsAfterPaths(t *testing.T) {
	cfg, err := parseArgs([]string{"app.log", "--level", "error", "-", "--no-follow", "b.log", "-n", "5"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.level != "error" || !cfg.noFollow || cfg.lines != 5 || strings.Join(cfg.paths, " ") != "app.log - b.log" {
		t.Errorf("level %q, no-follow %v, lines %d, paths %q", cfg.level, cfg.noFollow, cfg.lines, cfg.paths)
	}
	cfg, err = parseArgs([]string{"a.log", "--json", "--", "--level", "-", "cmd:x"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.json || strings.Join(cfg.paths, " ") != "a.log ./--level ./- ./cmd:x" {
		t.Errorf("json %v, paths %q; after -- every word is a path", cfg.json, cfg.paths)
	}
	cfg, err = parseArgs([]string{"--query", "--", "a.log", "--no-follow"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.query != "--" || !cfg.noFollow || strings.Join(cfg.paths, " ") != "a.log" {
		t.Errorf("query %q, no-follow %v, paths %q; a flag's value -- ends no flags", cfg.query, cfg.noFollow, cfg.paths)
	}
	if _, err := parseArgs([]string{"a.log", "--no-such-flag"}, &strings.Builder{}); err == nil {
		t.Error("an unknown flag after a path is a usage error")
	}
}

// A file whose name is spelled as a flag, as a shell's "*" hands it over, is read as that file and
// never taken as a flag: an adversarial try had "trawl *" run a file called "--cmd=touch PWNED".
// A flag's own value keeps its place, and after "--" every word is a path as before.
func TestFileNamedAsAFlagIsReadAsAFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	files := map[string]string{
		"a.log":             "2026-01-01T00:00:00Z INFO plain\n",
		"--cmd=touch pwned": "2026-01-01T00:00:01Z WARN in the file called --cmd\n",
		"--level=emergency": "2026-01-01T00:00:02Z ERROR in the file called --level\n",
		"-x":                "2026-01-01T00:00:03Z INFO in the file called -x\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := os.Create(filepath.Join(t.TempDir(), "out.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stderr strings.Builder
	args := []string{"--json", "--no-follow", "--all", "--cmd=touch pwned", "--level=emergency", "--loki-org-id", "-x", "a.log", "--", "-x"}
	if code := run(args, nil, out, &stderr); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "pwned")); err == nil {
		t.Fatal("a file's name ran as a command")
	}
	got, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"plain", "in the file called --cmd", "in the file called --level", "in the file called -x"} {
		if !strings.Contains(string(got), want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, name := range []string{"--cmd=touch pwned", "--level=emergency"} {
		if !strings.Contains(stderr.String(), name+": a file of that name is here") {
			t.Errorf("stderr %q does not say that %s is read as a file", stderr.String(), name)
		}
	}
	if strings.Contains(stderr.String(), "-x: a file") {
		t.Errorf("stderr %q: a flag's value and a path after -- are no flags read as files", stderr.String())
	}
}

// A refused regular expression says why, as the regexp package names it, not only where it is.
func TestBadRegexSaysWhy(t *testing.T) {
	log := filepath.Join(t.TempDir(), "a.log")
	if err := os.WriteFile(log, []byte("2026-01-01T00:00:00Z INFO a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]string{"/a{1001}/": "(invalid repeat count)", "/a(b/": "(missing closing ))"} {
		var stderr strings.Builder
		if code := run([]string{"--json", "--no-follow", "--query", query, log}, nil, nil, &stderr); code != exitUsage || !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: exit %d, stderr %q; want a usage error saying %q", query, code, stderr.String(), want)
		}
	}
}

// A bad flag is worded with the flags spelled as the help spells them, and a bad number names the
// flag it is wrong for.
func TestFlagErrorsSpellFlagsAsTheHelp(t *testing.T) {
	for args, want := range map[string]string{
		"--bogus":           "unknown flag --bogus",
		"-b":                "unknown flag -b",
		"--max-memory lots": `invalid value "lots" for flag --max-memory: "lots" is not a size`,
		"-n -5":             "--lines -5: a number of lines, 0 or more",
		"--max-entries 0":   "--max-entries 0: must be more than 0",
	} {
		_, err := parseArgs(strings.Fields(args), &strings.Builder{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", args, err, want)
		}
	}
}
