package e2e

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// binary is the trawl executable built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	// The tests name the repository's testdata as the program's own tests do: from its root.
	if err := os.Chdir(".."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	dir, err := os.MkdirTemp("", "trawl-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "trawl")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build trawl: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// jsonEntry is one line of trawl's JSON Lines output.
type jsonEntry struct {
	Time    string         `json:"time"`
	TimeEst string         `json:"time_estimated"` // present only when time is ""
	Level   string         `json:"level"`
	Status  string         `json:"level_from_status"` // an access line's, whose level is ""
	Source  string         `json:"source"`
	Host    string         `json:"host"`
	Message string         `json:"message"`
	Fields  map[string]any `json:"fields"`
	Raw     string         `json:"raw"`
	Raw64   []byte         `json:"raw_base64"` // the exact bytes, when raw is not UTF-8
}

// trawlJSON runs trawl to completion and decodes its output; every line must be a complete object.
func trawlJSON(t *testing.T, stdin string, args ...string) []jsonEntry {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("trawl %v: %v\nstderr: %s", args, err, stderr.String())
	}
	return decodeLines(t, out)
}

func decodeLines(t *testing.T, out []byte) []jsonEntry {
	t.Helper()
	var entries []jsonEntry
	for i, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var e jsonEntry
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatalf("output line %d is not a JSON object: %v\n%s", i+1, err, line)
		}
		entries = append(entries, e)
	}
	return entries
}

func mixedFiles() []string {
	return []string{"testdata/mixed/app.json", "testdata/mixed/access.log", "testdata/mixed/worker.log", "testdata/mixed/syslog"}
}

func TestHeadlessMixedFormatsMergedInTimeOrder(t *testing.T) {
	entries := trawlJSON(t, "", append([]string{"--no-follow", "--all"}, mixedFiles()...)...)
	if len(entries) != 11 {
		t.Fatalf("got %d entries, want 11 (3 json, 3 access, 3 worker with one stack trace, 2 syslog)", len(entries))
	}
	var clock []string
	for _, e := range entries {
		ts, err := time.Parse(time.RFC3339Nano, e.Time)
		if err != nil {
			t.Fatalf("time %q of %q: %v", e.Time, e.Raw, err)
		}
		clock = append(clock, ts.Format("15:04:05.000"))
	}
	if !slices.IsSorted(clock) {
		t.Errorf("entries are not in time order: %v", clock)
	}
	byMessage := map[string]jsonEntry{}
	for _, e := range entries {
		byMessage[strings.SplitN(e.Message, "\n", 2)[0]] = e
	}
	checks := []struct{ message, level, source string }{
		{`payment failed: "card declined"`, "error", "testdata/mixed/app.json"},
		{"slow query", "warn", "testdata/mixed/app.json"},
	}
	for _, c := range checks {
		e, ok := byMessage[c.message]
		if !ok {
			t.Errorf("no entry with message %q; messages: %v", c.message, keys(byMessage))
			continue
		}
		if e.Level != c.level || e.Source != c.source {
			t.Errorf("%q: level %q source %q, want %q %q", c.message, e.Level, e.Source, c.level, c.source)
		}
	}
	levels := map[string]int{}
	for _, e := range entries {
		levels[e.Source+" "+e.Level]++
		if e.Status != "" {
			levels[e.Source+" status "+e.Status]++
		}
	}
	for key, want := range map[string]int{
		"testdata/mixed/access.log ":            3, // an access line writes no level: its status's is apart
		"testdata/mixed/access.log status info": 1, "testdata/mixed/access.log status error": 1, "testdata/mixed/access.log status warn": 1,
		"testdata/mixed/worker.log error": 1, "testdata/mixed/syslog critical": 1,
	} {
		if levels[key] != want {
			t.Errorf("%s: %d entries, want %d (all: %v)", key, levels[key], want, levels)
		}
	}
	var trace jsonEntry
	for _, e := range entries {
		if strings.Contains(e.Raw, "IllegalStateException") {
			trace = e
		}
	}
	if !strings.HasPrefix(trace.Raw, "2026-03-01 10:00:04,200 ERROR") || !strings.HasSuffix(trace.Raw, "\t... 12 more") || strings.Count(trace.Raw, "\n") != 6 {
		t.Errorf("stack trace not joined into one entry: %q", trace.Raw)
	}
}

func keys(m map[string]jsonEntry) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestHeadlessFilters(t *testing.T) {
	entries := trawlJSON(t, "", append([]string{"--no-follow", "--all", "--level", "error"}, mixedFiles()...)...)
	for _, e := range entries {
		if level := cmp.Or(e.Level, e.Status); level != "error" && level != "critical" {
			t.Errorf("--level error let through %q: %q", level, e.Raw)
		}
	}
	if len(entries) != 4 {
		t.Errorf("--level error: %d entries, want 4 (json, access 502, java trace, sshd <34>)", len(entries))
	}
	entries = trawlJSON(t, "", append([]string{"--no-follow", "--all", "--source", "access", "--query", "'/api"}, mixedFiles()...)...)
	if len(entries) != 2 {
		t.Fatalf("--source access --query '/api: %d entries, want 2: %+v", len(entries), entries)
	}
}

func TestHeadlessStdin(t *testing.T) {
	in := "plain line one\nERROR something broke\r\n{\"level\":\"warn\",\"msg\":\"json on stdin\"}\nlast line without newline"
	entries := trawlJSON(t, in, "--no-follow", "-")
	if len(entries) != 4 {
		t.Fatalf("got %d entries from stdin, want 4: %+v", len(entries), entries)
	}
	if entries[1].Level != "error" || entries[1].Raw != "ERROR something broke" || entries[2].Message != "json on stdin" {
		t.Errorf("stdin entries parsed wrong: %+v", entries)
	}
	if entries[3].Raw != "last line without newline" || entries[0].Source != "stdin" {
		t.Errorf("partial last line or source wrong: %+v", entries[3])
	}
}

// Following standard input alone ends when its writer closes it, as tail -f on a pipe does: a
// script's "cmd | trawl --json > out" must not hang. Every line is printed, the last one too.
func TestFollowedStdinEndsWithItsWriter(t *testing.T) {
	cmd := exec.Command(binary, "--json", "-")
	w, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(w, "2026-03-01T10:00:00Z INFO first")
	time.Sleep(300 * time.Millisecond) // the second line arrives while it follows
	fmt.Fprint(w, "2026-03-01T10:00:01Z WARN last, without its newline")
	w.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("trawl: %v", err)
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("trawl still followed standard input 20 s after its writer closed it; printed %q", out.String())
	}
	entries := decodeLines(t, out.Bytes())
	if len(entries) != 2 || entries[0].Message != "first" || entries[1].Level != "warn" {
		t.Fatalf("entries %+v, want the two lines", entries)
	}
}

func TestClosedPipeEndsQuietly(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.log")
	var b strings.Builder
	for i := range 200_000 {
		fmt.Fprintf(&b, "2026-03-01T10:00:00Z INFO line %d\n", i)
	}
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "-c", fmt.Sprintf("%q --no-follow --all %q | head -n 1 >/dev/null; echo ${PIPESTATUS[0]}", binary, big))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(out)); got != "0" {
		t.Fatalf("trawl into a closed pipe: exit status and output %q, want 0 and nothing", got)
	}
}

// Following a quiet log into a pipe whose reader has what it wanted (`trawl app.log | head -1`):
// trawl ends as soon as the reader goes, as GNU tail -f does, not at the log's next line, which
// may never come.
func TestFollowEndsWhenTheReaderGoes(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "app.log")
	appendLines(t, log, "2026-03-01T10:00:00Z INFO one", "2026-03-01T10:00:01Z INFO two")
	cmd := exec.Command("bash", "-c", fmt.Sprintf("%q -o raw %q | head -n 1; echo ${PIPESTATUS[0]}", binary, log))
	done := make(chan struct{})
	var out []byte
	var err error
	go func() { out, err = cmd.CombinedOutput(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("trawl kept following a quiet log after its reader had gone")
	}
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out); got != "2026-03-01T10:00:00Z INFO one\n0\n" {
		t.Errorf("output and exit status %q, want the first line and 0", got)
	}
}

func TestMissingPath(t *testing.T) {
	cmd := exec.Command(binary, "--no-follow", "/nonexistent/dir/app.log")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("exit %v, want status 2", err)
	}
	if !strings.Contains(stderr.String(), "/nonexistent/dir/app.log") {
		t.Errorf("message does not name the path: %q", stderr.String())
	}
}

func TestHelpAndVersion(t *testing.T) {
	out, err := exec.Command(binary, "--help").Output() // on stdout, so that it pipes into less
	if err != nil || !strings.Contains(string(out), "Usage:") || !strings.Contains(string(out), "--no-follow") {
		t.Errorf("--help: %v\n%s", err, out)
	}
	cmd := exec.Command(binary, "--no-such-flag")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	if code := cmd.ProcessState.ExitCode(); err == nil || code != exitUsage || len(out) > 0 ||
		!strings.Contains(stderr.String(), "no-such-flag") || !strings.Contains(stderr.String(), "trawl --help") {
		t.Errorf("a bad flag: exit %d, stdout %q, stderr %q; want exit %d, the flag and a pointer to --help on stderr", code, out, stderr.String(), exitUsage)
	}
	out, err = exec.Command(binary, "--version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "trawl ") {
		t.Errorf("--version: %v %q", err, out)
	}
}

// Following: lines appended to a file arrive, and on SIGTERM everything read is written, ending
// with a complete line.
func TestHeadlessFollowAndSignal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "live.log")
	if err := os.WriteFile(path, []byte("2026-03-01T10:00:00Z INFO before start\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "--json", path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	lines := make(chan string, 1000)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var seen []string
	waitFor := func(substr string) {
		t.Helper()
		deadline := time.After(10 * time.Second)
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatalf("output ended before %q", substr)
				}
				seen = append(seen, l)
				if strings.Contains(l, substr) {
					return
				}
			case <-deadline:
				t.Fatalf("no output containing %q within 10s", substr)
			}
		}
	}
	waitFor("before start")
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		fmt.Fprintf(f, "2026-03-01T10:00:01Z WARN appended %d\n", i)
	}
	f.Close()
	waitFor("appended 99")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for l := range lines {
		seen = append(seen, l)
	}
	err = cmd.Wait()
	entries := decodeLines(t, []byte(strings.Join(seen, "\n")))
	appended := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Message, "appended ") {
			appended++
		}
	}
	if appended != 100 {
		t.Errorf("%d appended lines printed, want 100", appended)
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitSignaled+int(syscall.SIGTERM) {
		t.Fatalf("after SIGTERM: %v, want exit status %d", err, exitSignaled+int(syscall.SIGTERM))
	}
}

// A backfill that begins inside a stack trace must not place that stray tail at the time of
// reading, after every real entry: it is placed at the time of the entry that follows it, as an
// estimate, since the tail carries no time of its own.
func TestBackfillStartingInsideTraceKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	java := filepath.Join(dir, "java.log")
	app := filepath.Join(dir, "app.log")
	appendLines(t, java,
		"2026-03-01 10:00:00,000 ERROR [main] com.x.Job - failed",
		"java.lang.IllegalStateException: boom",
		"\tat com.x.Job.run(Job.java:1)",
		"\tat com.x.Main.main(Main.java:2)",
		"2026-03-01 10:00:01,000 INFO  [main] com.x.Job - retried",
	)
	appendLines(t, app, "2026-03-01T10:00:02Z INFO newest of all")
	entries := trawlJSON(t, "", "--no-follow", "-n", "3", java, app)
	if len(entries) != 3 {
		t.Fatalf("got %d entries, want the stray trace tail, the java entry and the app entry: %+v", len(entries), entries)
	}
	if last := entries[len(entries)-1]; last.Message != "newest of all" {
		t.Errorf("last entry %q (%s), want the newest entry; the stray trace tail sorted after it", last.Raw, last.Time)
	}
	if e := entries[0]; !strings.HasPrefix(e.Raw, "\tat com.x.Job.run") || e.Time != "" || e.TimeEst != entries[1].Time {
		t.Errorf("stray trace tail %q at %q estimated %q, want it first, with no time and estimated at the time of the entry after it (%s)",
			e.Raw, e.Time, e.TimeEst, entries[1].Time)
	}
}

// A file without timestamps, last written two days ago, sorts before another file's lines of
// yesterday, placed by its modification time: it says so with time "" and time_estimated.
func TestUntimedFilePlacedByModificationTime(t *testing.T) {
	dir := t.TempDir()
	history := filepath.Join(dir, "history.log")
	app := filepath.Join(dir, "app.log")
	appendLines(t, history, "Commandline: apt-get install curl", "Requested-By: ann")
	twoDaysAgo := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
	if err := os.Chtimes(history, twoDaysAgo, twoDaysAgo); err != nil {
		t.Fatal(err)
	}
	yesterday := time.Now().Add(-24 * time.Hour).UTC().Truncate(time.Second)
	appendLines(t, app, yesterday.Format(time.RFC3339)+" INFO started")
	entries := trawlJSON(t, "", "--no-follow", "--all", app, history)
	if len(entries) != 3 {
		t.Fatalf("got %d entries, want 3: %+v", len(entries), entries)
	}
	want := twoDaysAgo.UTC().Format(time.RFC3339Nano)
	for _, e := range entries[:2] {
		if e.Source != history || e.Time != "" || e.TimeEst != want {
			t.Errorf("%s %q: time %q estimated %q, want history.log first, no time, estimated %s", e.Source, e.Raw, e.Time, e.TimeEst, want)
		}
	}
	if e := entries[2]; e.Source != app || e.Time != yesterday.Format(time.RFC3339Nano) || e.TimeEst != "" {
		t.Errorf("last entry %s %q: time %q estimated %q, want app.log's own time", e.Source, e.Raw, e.Time, e.TimeEst)
	}
}

// -n 0 starts with nothing, as tail -n 0 does: only lines written from now on arrive.
func TestLinesZeroStartsEmpty(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.log")
	appendLines(t, path, "2026-03-01T10:00:00Z INFO old line")
	f := startFollower(t, "--json", "-n", "0", path)
	time.Sleep(300 * time.Millisecond) // not a synchronisation: gives trawl time to (wrongly) print the old line
	// When trawl first looks at the file's end cannot be seen from outside, and on a loaded
	// machine it may come after a line appended at once (which -n 0 then rightly skips): a new
	// line is appended every half second until one shows.
	for i := 1; !f.sawRaw("new line"); i++ {
		if i > 40 {
			t.Fatalf("no new line printed after %d appended; stderr: %s", i-1, f.stderr.String())
		}
		appendLines(t, path, fmt.Sprintf("2026-03-01T10:00:%02dZ INFO new line %d", i%60, i))
		time.Sleep(500 * time.Millisecond)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, l := range f.lines {
		if strings.Contains(string(l), "old line") {
			t.Fatalf("-n 0 printed a line written before start: %s", l)
		}
	}
}

// With no paths and standard input on /dev/null (cron, CI, ssh without a tty), trawl looks for the
// machine's logs instead of reading an empty standard input.
func TestNoPathsWithNullStdinDiscoversLogs(t *testing.T) {
	cmd := exec.Command(binary, "--json", "--no-follow") // Stdin nil: /dev/null
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	ctx := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer ctx.Stop()
	cmd.Run()
	if !strings.Contains(stderr.String(), "/var/log") {
		t.Errorf("stderr %q does not say what it found (or did not find) under /var/log", stderr.String())
	}
}

// Read once, a command that fails leaves its output short: its lines are printed, the failure is
// named on standard error and the exit status is 1, as for a host that could not be reached. A
// command that ends well exits 0.
func TestHeadlessFailedCommand(t *testing.T) {
	for _, tc := range []struct {
		spec, out, stderr string
		code              int
	}{
		{"cmd:echo from the command; exit 3", "from the command\n", "trawl: cmd:echo from the command; exit 3: exit status 3", 1},
		{"cmd:/nonexistent/trawl-e2e-prog", "", "trawl: cmd:/nonexistent/trawl-e2e-prog: start", 1},
		{"cmd:echo from the command", "from the command\n", "", 0},
	} {
		cmd := exec.Command(binary, "--no-follow", "-o", "raw", tc.spec)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tc.code || stdout.String() != tc.out || !strings.Contains(stderr.String(), tc.stderr) || tc.stderr == "" && stderr.Len() > 0 {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %d, %q, %q", tc.spec, code, stdout.String(), stderr.String(), tc.code, tc.out, tc.stderr)
		}
	}
}
