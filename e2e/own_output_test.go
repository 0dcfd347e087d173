package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Output saved into the directory trawl follows is not read back: it would be printed again, and
// its copy again, until the disk is full.
func TestOwnOutputInAFollowedDirectoryIsNotRead(t *testing.T) {
	dir := t.TempDir()
	logs := filepath.Join(dir, "logs")
	if err := os.Mkdir(logs, 0o755); err != nil {
		t.Fatal(err)
	}
	appendLines(t, filepath.Join(logs, "app.log"), "2026-03-01T10:00:00Z INFO one log line")
	for _, shape := range []string{"jsonl", "raw"} {
		outPath := filepath.Join(logs, "saved-"+shape+".out")
		out, err := os.Create(outPath)
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd := exec.Command(binary, "-o", shape, logs)
		cmd.Stdout, cmd.Stderr = out, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		appendLines(t, filepath.Join(logs, "app.log"), "2026-03-01T10:00:01Z INFO a second line")
		time.Sleep(1500 * time.Millisecond)
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		out.Close()
		data, err := os.ReadFile(outPath)
		if err != nil {
			t.Fatal(err)
		}
		log, _ := os.ReadFile(filepath.Join(logs, "app.log"))
		if n, want := strings.Count(string(data), "\n"), strings.Count(string(log), "\n"); n != want {
			t.Errorf("-o %s: %d lines saved for a log of %d:\n%.600s\nstderr: %s", shape, n, want, data, stderr.String())
		}
		os.Remove(outPath)
	}
}
