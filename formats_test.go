package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testFormat reads a format definition from testdata/formats: widgetd.json, in lnav's format file
// syntax, describes a made-up daemon's log; pcre.json has a pattern only PCRE can compile.
func testFormat(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "formats", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

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
	subdirs := func(dir string) []string {
		if dir == "/h/.lnav/formats" {
			return []string{dir + "/community", dir + "/installed"}
		}
		return []string{dir + "/installed"}
	}
	want := []string{"/etc/lnav/formats/installed", "/h/.lnav/formats/community", "/h/.lnav/formats/installed",
		"/h/.config/lnav/formats/installed", "/h/.config/trawl/formats"}
	if got := defaultFormatDirs(getenv, "/h", subdirs); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("without XDG_CONFIG_HOME: %v", got)
	}
	env["XDG_CONFIG_HOME"] = "/cfg"
	want = []string{"/etc/lnav/formats/installed", "/h/.lnav/formats/community", "/h/.lnav/formats/installed",
		"/cfg/lnav/formats/installed", "/cfg/trawl/formats"}
	if got := defaultFormatDirs(getenv, "/h", subdirs); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("with XDG_CONFIG_HOME: %v", got)
	}
	env["XDG_CONFIG_HOME"] = "relative"
	if got := defaultFormatDirs(getenv, "", subdirs); strings.Join(got, " ") != "/etc/lnav/formats/installed" {
		t.Errorf("a relative XDG_CONFIG_HOME and no home: %v", got)
	}
}

// A collection of formats cloned beside lnav's installed ones is read as lnav reads it; the
// samples lnav writes into formats/default are no definitions.
func TestSubdirectoriesOfLnavFormats(t *testing.T) {
	home := t.TempDir()
	root := filepath.Join(home, ".lnav", "formats")
	writeFormat(t, filepath.Join(root, "community"), "widgetd.json", testFormat(t, "widgetd.json"))
	writeFormat(t, filepath.Join(root, "default"), "syslog_log.json.sample", "{ not read")
	writeFormat(t, root, "stray.json", "{ not read either: lnav reads the subfolders only")
	formats, warnings := loadFormats(defaultFormatDirs(func(string) string { return "" }, home, subdirectories), nil)
	if len(warnings) > 0 {
		t.Errorf("warnings: %v", warnings)
	}
	if len(formats) != 1 || formats[0].Name() != "widgetd_log" {
		t.Fatalf("got %d formats, want widgetd_log from formats/community", len(formats))
	}
}

func TestLoadFormats(t *testing.T) {
	base := t.TempDir()
	good, named := filepath.Join(base, "trawl"), filepath.Join(base, "mine")
	writeFormat(t, good, "widgetd.json", testFormat(t, "widgetd.json"))
	writeFormat(t, named, "pcre.json", testFormat(t, "pcre.json"))
	formats, warnings := loadFormats([]string{filepath.Join(base, "absent"), good}, []string{named, filepath.Join(base, "typo")})
	if len(formats) != 1 || formats[0].Name() != "widgetd_log" {
		t.Fatalf("got %d formats, want widgetd_log", len(formats))
	}
	var text []string
	for _, w := range warnings {
		text = append(text, w.Error())
	}
	out := strings.Join(text, "\n")
	for _, want := range []string{
		`format definition: ` + filepath.Join(named, "pcre.json") + `: format "pcre_log": pattern "ahead": RE2 cannot compile it`,
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

// A definition's other named groups are its entries' fields: in JSON Lines (typed as its "value"
// kinds say, "-" left out), and for a field search.
func TestFormatFieldsInOutputAndSearch(t *testing.T) {
	dir := t.TempDir()
	formats := filepath.Join(dir, "formats")
	writeFormat(t, formats, "orderd.json", testFormat(t, "orderd.json"))
	log := filepath.Join(dir, "orderd.log")
	lines := "2026-11-29T10:00:00Z INF order=A-1001 took=12.5ms shard=3 order placed\n" +
		"2026-11-29T10:00:01Z ERR order=B-2002 took=slow!ms shard=- payment refused\n"
	if err := os.WriteFile(log, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	output := func(args ...string) []string {
		t.Helper()
		out, err := os.Create(filepath.Join(t.TempDir(), "out.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		var stderr strings.Builder
		if code := run(append([]string{"--format-dir", formats, "--json", "--no-follow", "--all"}, append(args, log)...), nil, out, &stderr); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		b, err := os.ReadFile(out.Name())
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	got := output()
	for i, want := range []string{
		`"message":"order placed","fields":{"order_id":"A-1001","took_ms":12.5,"shard":3},`,
		`"message":"payment refused","fields":{"order_id":"B-2002","took_ms":"slow!"},`,
	} {
		if len(got) != 2 || !strings.Contains(got[i], want) {
			t.Errorf("line %d: %q\nwant it to hold %s", i+1, got, want)
		}
	}
	if got := output("--query", "order_id:b-2002"); len(got) != 1 || !strings.Contains(got[0], "payment refused") {
		t.Errorf("order_id:b-2002 found %q, want the second entry alone", got)
	}
}
