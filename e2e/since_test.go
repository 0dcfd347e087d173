package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The real binary with --since on two files reads each from its first entry at or after that time:
// a zone-less syslog-style file in TZ and an RFC 3339 one, merged in time order.
func TestSinceReadsFilesFromThatTime(t *testing.T) {
	dir := t.TempDir()
	var a, b strings.Builder
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for i := range 3000 {
		at := t0.Add(time.Duration(i) * time.Second)
		fmt.Fprintf(&a, "%s INFO a seq=%d\n", at.Format(time.RFC3339), i)
		fmt.Fprintf(&b, "%s WARN [main] b seq=%d\n", at.In(time.FixedZone("", 3600)).Format("2006-01-02 15:04:05,000"), i)
	}
	pa, pb := filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log")
	os.WriteFile(pa, []byte(a.String()), 0o644)
	os.WriteFile(pb, []byte(b.String()), 0o644)
	cmd := exec.Command(binary, "--json", "--no-follow", "--since", "2026-03-01T10:45:00Z", pa, pb)
	cmd.Env = append(os.Environ(), "TZ=Etc/GMT-1") // POSIX sign: one hour east of UTC
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	entries := decodeLines(t, out)
	if len(entries) != 2*(3000-2700) {
		t.Fatalf("%d entries, want the last 300 of each file", len(entries))
	}
	for i, e := range entries[:2] {
		if !strings.HasSuffix(e.Message, "seq=2700") {
			t.Errorf("entry %d is %q, want seq=2700 of each file first", i, e.Message)
		}
	}
}
