package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// widgetdFormat is a definition, in lnav's format file syntax, of a made-up daemon's log.
const widgetdFormat = `{
  "widgetd_log": {
    "regex": {
      "std": {"pattern": "^(?<timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) (?<host>[\\w.-]+) \\[(?<level>\\w+)\\] (?<body>.*)$"}
    },
    "timestamp-format": ["%Y/%m/%d %H:%M:%S.%L"],
    "level": {"error": "ERR", "warning": "WRN", "info": "INF"}
  }
}`

// pcreFormat has a pattern only PCRE can compile.
const pcreFormat = `{"pcre_log": {"regex": {"ahead": {"pattern": "^(?<timestamp>\\S+) (?=x)"}}}}`

func writeFormat(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDefaultFormatDirs(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	want := []string{"/h/.lnav/formats/installed", "/h/.config/lnav/formats/installed", "/h/.config/trawl/formats"}
	if got := defaultFormatDirs(getenv, "/h"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("without XDG_CONFIG_HOME: %v", got)
	}
	env["XDG_CONFIG_HOME"] = "/cfg"
	want = []string{"/h/.lnav/formats/installed", "/cfg/lnav/formats/installed", "/cfg/trawl/formats"}
	if got := defaultFormatDirs(getenv, "/h"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("with XDG_CONFIG_HOME: %v", got)
	}
	env["XDG_CONFIG_HOME"] = "relative"
	if got := defaultFormatDirs(getenv, ""); len(got) != 0 {
		t.Errorf("a relative XDG_CONFIG_HOME and no home: %v", got)
	}
}

func TestLoadFormats(t *testing.T) {
	base := t.TempDir()
	good, named := filepath.Join(base, "trawl"), filepath.Join(base, "mine")
	writeFormat(t, good, "widgetd.json", widgetdFormat)
	writeFormat(t, named, "pcre.json", pcreFormat)
	var stderr bytes.Buffer
	formats := loadFormats([]string{filepath.Join(base, "absent"), good}, []string{named, filepath.Join(base, "typo")}, &stderr)
	if len(formats) != 1 || formats[0].Name() != "widgetd_log" {
		t.Fatalf("got %d formats, want widgetd_log", len(formats))
	}
	out := stderr.String()
	for _, want := range []string{
		`trawl: warning: format definition: ` + filepath.Join(named, "pcre.json") + `: format "pcre_log": pattern "ahead": RE2 cannot compile it`,
		filepath.Join(base, "typo") + `: no such file or directory`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stderr lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "absent") {
		t.Errorf("a default folder that does not exist is no news:\n%s", out)
	}
}

// TestFormatFiles runs trawl over lines of a daemon that only a format definition describes: one
// from trawl's config folder, with a broken definition named by --format-dir beside it.
func TestFormatFiles(t *testing.T) {
	home := t.TempDir()
	writeFormat(t, filepath.Join(home, "cfg", "trawl", "formats"), "widgetd.json", widgetdFormat)
	extra := filepath.Join(home, "extra")
	writeFormat(t, extra, "pcre.json", pcreFormat)
	lines := "2026/11/29 07:19:40.624 gw-1 [WRN] spool: queue is long\n" +
		"2026/11/29 07:19:41.002 gw-2 [ERR] disk gone\n" +
		"java.io.IOException: gone\n" +
		"\tat Disk.read(Disk.java:12)\n"
	cmd := exec.Command(binary, "--json", "--no-follow", "--format-dir", extra, "-")
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "cfg"), "TZ=UTC")
	cmd.Stdin = strings.NewReader(lines)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("trawl: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), `format "pcre_log": pattern "ahead"`) {
		t.Errorf("the broken definition is not reported by name:\n%s", stderr.String())
	}
	got := decodeLines(t, out)
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2 (the stack trace joins its record): %+v", len(got), got)
	}
	want := []jsonEntry{
		{Time: "2026-11-29T07:19:40.624Z", Level: "warn", Host: "gw-1", Message: "spool: queue is long"},
		{Time: "2026-11-29T07:19:41.002Z", Level: "error", Host: "gw-2", Message: "disk gone\njava.io.IOException: gone\n\tat Disk.read(Disk.java:12)"},
	}
	for i, w := range want {
		g := got[i]
		if g.Time != w.Time || g.Level != w.Level || g.Host != w.Host || g.Message != w.Message {
			t.Errorf("entry %d = %s %s %s %q, want %s %s %s %q", i, g.Time, g.Level, g.Host, g.Message, w.Time, w.Level, w.Host, w.Message)
		}
	}
}
