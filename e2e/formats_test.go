package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatFiles runs trawl over lines of a daemon that only a format definition describes: one
// from trawl's config folder, with a broken definition named by --format-dir beside it.
func TestFormatFiles(t *testing.T) {
	home := t.TempDir()
	extra := filepath.Join(home, "extra")
	placeFormat(t, "widgetd.json", filepath.Join(home, "cfg", "trawl", "formats"))
	placeFormat(t, "pcre.json", extra)
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

// placeFormat copies a format definition of the repository's testdata/formats into dir.
func placeFormat(t *testing.T, name, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "formats", name))
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}
