package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestHeadlessPartialLine: a writer stops mid-line; headless follow prints the line after the
// quiet time, marked "no_newline", and again whole when the writer completes it, so that what
// the writer added is not lost. A line cut when trawl stops is printed on the way out.
func TestHeadlessPartialLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.log")
	if err := os.WriteFile(path, []byte("2026-03-01T10:00:00Z INFO ready\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := startFollower(t, "--json", path)
	f.waitRaw("INFO ready", 10*time.Second)
	w, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.WriteString("2026-03-01T10:00:01Z ERROR panic: out of mem")
	f.waitRaw("out of mem", 10*time.Second)
	w.WriteString("ory\n2026-03-01T10:00:02Z INFO after\n2026-03-01T10:00:03Z WARN cut sho")
	f.waitRaw("INFO after", 10*time.Second)
	_, lines := f.stop(syscall.SIGTERM)
	var partial, completed, cut int
	for _, l := range lines {
		switch {
		case bytes.Contains(l, []byte("out of memory")):
			completed++
		case bytes.Contains(l, []byte("out of mem")) && bytes.Contains(l, []byte(`"no_newline":true`)):
			partial++
		case bytes.Contains(l, []byte("cut sho")) && bytes.Contains(l, []byte(`"no_newline":true`)):
			cut++
		}
	}
	if partial != 1 || completed != 1 || cut != 1 {
		t.Fatalf("partial %d, completed %d, cut %d (want 1, 1, 1):\n%s", partial, completed, cut, bytes.Join(lines, []byte("\n")))
	}
}
