package tail

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// openCommand opens one cmd: spec with real parsing and a short restart delay.
func openCommand(t *testing.T, text string, opts Options) *Group {
	t.Helper()
	g, warns, err := Open([]string{commandPrefix + text}, opts)
	if err != nil {
		t.Fatalf("open: %v %v", err, warns)
	}
	for _, p := range g.procs {
		p.(*command).first = 10 * time.Millisecond
	}
	return g
}

func messages(es []parse.Entry, source string) []string {
	var out []string
	for _, e := range es {
		if e.Source == source {
			out = append(out, e.Message)
		}
	}
	return out
}

func TestCommandRestarts(t *testing.T) {
	text := "sh -c 'for i in 1 2 3; do echo line $i; done'"
	g := openCommand(t, text, testOptions(true, false))
	sink := &entrySink{}
	runInto(t, g, sink)
	got := sink.waitEntries(t, "two runs", func(e []parse.Entry) bool { return len(e) >= 6 })
	if want := "line 1,line 2,line 3,line 1,line 2,line 3"; strings.Join(messages(got[:6], text), ",") != want {
		t.Errorf("messages %q", messages(got, text))
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(g.Stats()[0].State, "exited (exit status 0); restarting") {
		if time.Now().After(deadline) {
			t.Fatalf("state %q does not show the restart", g.Stats()[0].State)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestCommandEndsItsGroup starts a command whose children never exit, and checks that none of
// them is left once Run has returned.
func TestCommandEndsItsGroup(t *testing.T) {
	marker := fmt.Sprintf("%d.%d", 900+os.Getpid()%99, time.Now().UnixNano()%1000)
	g := openCommand(t, "sh -c 'sleep "+marker+" & sleep "+marker+" & echo ready; wait'", testOptions(true, false))
	sink := &entrySink{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, sink) }()
	sink.waitEntries(t, "ready", func(e []parse.Entry) bool { return len(e) > 0 })
	// "ready" can come before the shell's second child has become sleep: wait for both.
	for deadline := time.Now().Add(5 * time.Second); len(sleepers(t, marker)) != 2; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d sleepers running, want 2", len(sleepers(t, marker)))
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
	if left := sleepers(t, marker); len(left) > 0 {
		t.Fatalf("processes left behind: %v", left)
	}
}

// sleepers lists the live (not zombie) processes running sleep with the marker argument.
func sleepers(t *testing.T, marker string) []string {
	t.Helper()
	dirs, err := filepath.Glob("/proc/[0-9]*")
	if err != nil || len(dirs) == 0 {
		t.Skip("no /proc to look for processes in")
	}
	var out []string
	for _, d := range dirs {
		cl, err := os.ReadFile(filepath.Join(d, "cmdline"))
		if err != nil || string(cl) != "sleep\x00"+marker+"\x00" {
			continue
		}
		stat, _ := os.ReadFile(filepath.Join(d, "stat"))
		if i := strings.LastIndexByte(string(stat), ')'); i > 0 && strings.HasPrefix(string(stat[i:]), ") Z") {
			continue
		}
		out = append(out, filepath.Base(d))
	}
	return out
}

func TestCommandFailsAtOnce(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"missing program", "/nonexistent/trawl-test-prog --flag", "start /nonexistent/trawl-test-prog"},
		{"exit status", "sh -c 'echo cannot connect to the Docker daemon >&2; exit 3'", "exit status 3: cannot connect to the Docker daemon"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := openCommand(t, tc.text, Options{Quiet: 20 * time.Millisecond})
			if err := g.Run(context.Background(), &entrySink{}); err != nil {
				t.Fatal(err)
			}
			st := g.Stats()[0]
			if !strings.HasPrefix(st.State, "error: ") || !strings.Contains(st.State, tc.want) || st.Errors != 1 {
				t.Errorf("state %q errors %d, want an error naming %q", st.State, st.Errors, tc.want)
			}
		})
	}
}

func TestCommandStderrAndTimestamps(t *testing.T) {
	text := `printf '2026-03-01T12:00:00.5Z {"level":"warn","msg":"hi"}\n2026-03-01T12:00:01Z plain\n'; echo oops >&2`
	g := openCommand(t, text, Options{Quiet: 20 * time.Millisecond})
	sink := &entrySink{}
	if err := g.Run(context.Background(), sink); err != nil {
		t.Fatal(err)
	}
	got := sink.snapshot()
	if len(got) != 3 {
		t.Fatalf("%d entries: %+v", len(got), got)
	}
	want0 := time.Date(2026, 3, 1, 12, 0, 0, 5e8, time.UTC)
	if e := got[0]; e.Source != text || e.Message != "hi" || e.Level != parse.Warn || !e.UTC().Equal(want0) || e.Format != parse.FormatJSON {
		t.Errorf("first entry %+v", e)
	}
	if e := got[1]; e.Message != "plain" || !e.UTC().Equal(want0.Add(500*time.Millisecond)) {
		t.Errorf("second entry %+v", e)
	}
	if e := got[2]; e.Source != text+stderrSuffix || e.Message != "oops" {
		t.Errorf("stderr entry %+v", e)
	}
	if st := g.Stats()[0]; st.State != stateDone || st.Lines != 3 {
		t.Errorf("stats %+v", st)
	}
}

func TestCommandArgv(t *testing.T) {
	for text, want := range map[string]string{
		"docker logs -f --timestamps web":                    "docker|logs|-f|--timestamps|web",
		"kubectl logs -f deploy/api --all-containers":        "kubectl|logs|-f|deploy/api|--all-containers",
		"ssh host tail -F /var/log/app.log":                  "ssh|host|tail|-F|/var/log/app.log",
		"ssh host 'tail -F /var/log/*.log' | grep -v health": "/bin/sh|-c|" + shellScript + "|sh|ssh host 'tail -F /var/log/*.log' | grep -v health",
		"FOO=1 app": "/bin/sh|-c|" + shellScript + "|sh|FOO=1 app",
	} {
		if got := strings.Join(commandArgv(text), "|"); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// A command that never pauses still counts as loaded, so that headless output starts.
func TestBusyCommandLoads(t *testing.T) {
	opts := testOptions(true, false)
	opts.Quiet = time.Second // far longer than the pauses between lines: no quiet spell comes
	g := openCommand(t, "sh -c 'while :; do echo busy; sleep 0.05; done'", opts)
	runInto(t, g, &entrySink{})
	select {
	case <-g.Loaded():
	case <-time.After(4 * loadWait):
		t.Fatalf("a command writing every 50 ms is not loaded after %s", 4*loadWait)
	}
}

// A child's last line of standard error describes how it ended, also when it came in pieces.
func TestChildStderrLineInChunks(t *testing.T) {
	c := &child{}
	for _, chunk := range []string{"warning: slow\nsh: 1: journ", "alctl", ": not found\n", "\n"} {
		c.noteStderr([]byte(chunk))
	}
	if c.lastErr != "sh: 1: journalctl: not found" {
		t.Errorf("last line %q", c.lastErr)
	}
	c.noteStderr([]byte("no newline at the end"))
	if c.lastErr != "sh: 1: journalctl: not found" || string(c.errPart) != "no newline at the end" {
		t.Errorf("last line %q, pending %q", c.lastErr, c.errPart)
	}
	c.noteStderr([]byte(strings.Repeat("x", 5000)))
	if len(c.errPart) > maxErrLine {
		t.Errorf("pending line of %d bytes, more than %d", len(c.errPart), maxErrLine)
	}
}
