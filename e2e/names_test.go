package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Names are data: an argument that names a file is that file, whatever it is called, and nothing
// a shell's * can produce is ever run.

// hostileNames writes files whose names look like trawl's source prefixes and glob patterns, each
// holding one log line that names its file.
func hostileNames(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"cmd:touch PWNED", "cmd:touch PWNED2; touch PWNED3", "journal:nginx", "app[1].log", "-"} {
		line := "2026-11-29 07:41:16 INFO from " + name + "\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestShellGlobNeverRunsAFileName(t *testing.T) {
	for _, args := range []string{"*", "-- *"} {
		t.Run(args, func(t *testing.T) {
			dir := hostileNames(t)
			cmd := exec.Command("sh", "-c", shellQuote(binary)+" --no-follow --json "+args)
			cmd.Dir = dir
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("trawl %s: %v\n%s", args, err, stderr.String())
			}
			for _, made := range []string{"PWNED", "PWNED2", "PWNED3"} {
				if _, err := os.Stat(filepath.Join(dir, made)); err == nil {
					t.Errorf("a file name was run as a command: %s exists", made)
				}
			}
			got := map[string]bool{}
			for _, e := range decodeLines(t, out) {
				got[e.Message] = true
			}
			want := []string{"from cmd:touch PWNED", "from cmd:touch PWNED2; touch PWNED3", "from journal:nginx", "from app[1].log"}
			if args == "-- *" {
				want = append(want, "from -") // after --, "-" is the file called -
			}
			for _, w := range want {
				if !got[w] {
					t.Errorf("the file's line %q was not read; got %v", w, got)
				}
			}
		})
	}
}

func TestExplicitCommandAndExistingPatternName(t *testing.T) {
	dir := hostileNames(t)
	got := trawlJSON(t, "", "--no-follow", "--cmd", "echo 2026-11-29 07:41:17 WARN from a command", filepath.Join(dir, "app[1].log"))
	msgs := map[string]bool{}
	for _, e := range got {
		msgs[e.Message] = true
	}
	if !msgs["from a command"] || !msgs["from app[1].log"] || len(got) != 2 {
		t.Errorf("want the command's line and the bracketed file's line, got %+v", got)
	}
}

func TestDashOnATerminalIsRefused(t *testing.T) {
	// trawl's standard input is the pane's terminal. Its standard error and exit status go to
	// files: a process that ends at once can finish before the pane's screen is first drawn.
	dir := t.TempDir()
	startTerminalVia(t, dir, 100, 20, []string{"sh", "-c", `"$@" 2>stderr.txt; echo $? >status.txt`, "sh"}, "-")
	status := filepath.Join(dir, "status.txt")
	deadline := time.Now().Add(15 * time.Second)
	for {
		if b, err := os.ReadFile(status); err == nil && len(b) > 0 {
			if strings.TrimSpace(string(b)) != "2" {
				t.Errorf("exit status %q, want 2", b)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("trawl - on a terminal did not end within 15 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	msg, err := os.ReadFile(filepath.Join(dir, "stderr.txt"))
	if err != nil || !strings.Contains(string(msg), "standard input is a terminal") {
		t.Errorf("no reason given on standard error: %q (%v)", msg, err)
	}
}

// A shell's * names a file called - among the others. On a terminal standard input cannot be
// what was meant, so the file is read, and trawl says so; from a pipe standard input is read and
// trawl says how to read the file.
func TestDashFileAmongTheArguments(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "-"), []byte("2026-11-29 07:41:16 WARN from the dash file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.log"), []byte("2026-11-29 07:41:17 INFO from app\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("terminal", func(t *testing.T) {
		term := startTerminalVia(t, dir, 120, 20, nil, "-", "app.log")
		term.waitFor("both files' lines", func(s string) bool {
			return strings.Contains(s, "from the dash file") && strings.Contains(s, "from app")
		})
	})
	t.Run("pipe", func(t *testing.T) {
		cmd := exec.Command(binary, "--no-follow", "--json", "-", "app.log")
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader("2026-11-29 07:41:18 ERROR from stdin\n")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %s", err, stderr.Bytes())
		}
		if !bytes.Contains(out, []byte("from stdin")) || !bytes.Contains(out, []byte("from app")) {
			t.Errorf("want standard input's and app.log's lines, got %s", out)
		}
		if !strings.Contains(stderr.String(), "name that file ./-") {
			t.Errorf("no word on standard error of the file called - left unread: %q", stderr.String())
		}
	})
}

// What trawl says on standard error quotes names as data: no escape sequence, control or
// bidirectional override in a file name reaches the terminal, and a newline in one starts no line
// of its own.
func TestStderrCarriesNoControls(t *testing.T) {
	dir := t.TempDir()
	hostile := filepath.Join(dir, "\x1b]2;pwned\x07\u202egol.exe\x9b31m")
	forged := filepath.Join(dir, "x\nall clear, nothing failed.log")
	cmd := exec.Command(binary, "--no-follow", "--json", hostile, filepath.Join(dir, "\x1b[2Jgone.log"), forged)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run()
	got := stderr.Bytes()
	if !bytes.Contains(got, []byte("pwned")) {
		t.Fatalf("the missing file is not named on stderr: %q", got)
	}
	for i := 0; i < len(got); {
		r, size := utf8.DecodeRune(got[i:])
		if r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f || r == utf8.RuneError && size == 1 || r == 0x202e {
			t.Errorf("stderr carries %q raw at byte %d: %q", got[i:i+size], i, got)
		}
		i += size
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(got), "\n"), "\n") {
		if !strings.HasPrefix(line, "trawl: ") {
			t.Errorf("a line of stderr is not trawl's own: %q", line)
		}
	}
}
