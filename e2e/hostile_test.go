package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// Hostile and broken input, one test each, through the real binary: no panic, no hang (every run
// has a deadline), every output line a complete JSON object, and a clear message where the user
// must know.

// result is one finished trawl run.
type result struct {
	entries []jsonEntry
	stderr  string
	code    int
	maxRSS  int64 // peak resident memory in bytes
}

// runTrawl runs trawl to completion within a minute.
// watchPeakRSS samples the process's own peak resident memory (VmHWM) until the returned
// function is called, which gives the peak in bytes. The rusage of a child is no measure: Go
// starts it sharing the parent's memory, and Linux counts the parent's peak at its exec.
func watchPeakRSS(pid int) (peak func() int64) {
	stop, result := make(chan struct{}), make(chan int64, 1)
	go func() {
		var max int64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			if kb, ok := statusField(pid, "VmHWM"); ok {
				max = kb << 10 // it only grows while the process lives
			}
			select {
			case <-stop:
				result <- max
				return
			case <-tick.C:
			}
		}
	}()
	return func() int64 {
		close(stop)
		return <-result
	}
}

func runTrawl(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	peak := watchPeakRSS(cmd.Process.Pid)
	err := cmd.Wait()
	if ctx.Err() != nil {
		t.Fatalf("trawl %v hung (killed after a minute); stderr: %s", args, stderr.String())
	}
	r := result{stderr: stderr.String()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		r.code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("trawl panicked: %s", r.stderr)
	}
	r.maxRSS = peak()
	if n := stdout.Len(); n > 0 && stdout.Bytes()[n-1] != '\n' {
		t.Errorf("output ends with an incomplete line")
	}
	r.entries = decodeLines(t, stdout.Bytes())
	return r
}

// writeFile writes data to name in a fresh directory and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func dump(t *testing.T, path string) result {
	t.Helper()
	return runTrawl(t, nil, "--no-follow", "--all", path)
}

func TestHostileInvalidUTF8(t *testing.T) {
	r := dump(t, writeFile(t, "a.log", []byte("2026-03-01T10:00:00Z INFO bad \xff\xfe\xc3 bytes\n2026-03-01T10:00:01Z INFO after\n")))
	if len(r.entries) != 2 || !strings.Contains(r.entries[0].Raw, "\uFFFD") || !utf8.ValidString(r.entries[0].Raw) {
		t.Fatalf("invalid UTF-8 not shown as U+FFFD: %+v", r.entries)
	}
}

// A NUL byte inside an otherwise ordinary log, as a crash or a careless writer leaves, does not
// make the file "binary": its lines are read, the NUL escaped.
func TestHostileNULBytes(t *testing.T) {
	r := dump(t, writeFile(t, "a.log", []byte("2026-03-01T10:00:00Z INFO ok\n2026-03-01T10:00:01Z INFO has \x00 nul\n2026-03-01T10:00:02Z INFO end\n")))
	if len(r.entries) != 3 || !strings.Contains(r.entries[1].Raw, "\x00") {
		t.Fatalf("log with a NUL byte: %d entries, stderr %q: %+v", len(r.entries), r.stderr, r.entries)
	}
}

func TestHostileLineEndings(t *testing.T) {
	r := dump(t, writeFile(t, "crlf.log", []byte("2026-03-01T10:00:00Z INFO one\r\n2026-03-01T10:00:01Z WARN two\r\n")))
	if len(r.entries) != 2 || r.entries[0].Raw != "2026-03-01T10:00:00Z INFO one" || r.entries[1].Level != "warn" {
		t.Fatalf("CRLF: %+v", r.entries)
	}
	// CR alone ends no line (only old Mac OS wrote that): it is one line, its CRs escaped.
	r = dump(t, writeFile(t, "cr.log", []byte("2026-03-01T10:00:00Z INFO one\r2026-03-01T10:00:01Z INFO two\r")))
	if len(r.entries) != 1 || !strings.Contains(r.entries[0].Raw, "one\rtwo") && !strings.Contains(r.entries[0].Raw, "one\r2026") {
		t.Fatalf("CR-only: %+v", r.entries)
	}
}

// A 10 MB line keeps its first --max-entry-size bytes; the next line is intact.
func TestHostileHugeLine(t *testing.T) {
	data := append([]byte("2026-03-01T10:00:00Z INFO "), bytes.Repeat([]byte("x"), 10<<20)...)
	data = append(data, "\n2026-03-01T10:00:01Z INFO next\n"...)
	r := dump(t, writeFile(t, "huge.log", data))
	if len(r.entries) != 2 || r.entries[1].Raw != "2026-03-01T10:00:01Z INFO next" {
		t.Fatalf("huge line: %d entries", len(r.entries))
	}
	if n := len(r.entries[0].Raw); n > 1<<20+64 || n < 1<<20-64 {
		t.Errorf("a 10 MB line kept %d bytes, want about 1 MiB", n)
	}
}

// A gigantic input without a newline, through a pipe so that nothing is written to disk: memory
// stays bounded by the entry cap. CI sends 256 MiB; TRAWL_TORTURE=full sends 1 GiB.
func TestHostileNoNewlineBounded(t *testing.T) {
	size := int64(256 << 20)
	if torture() {
		size = 1 << 30
	}
	r := runTrawl(t, io.LimitReader(repeatReader('x'), size), "--no-follow", "-")
	if len(r.entries) != 1 {
		t.Fatalf("%d entries from one endless line, want 1", len(r.entries))
	}
	t.Logf("%d MiB without a newline: peak RSS %d MiB, kept %d bytes", size>>20, r.maxRSS>>20, len(r.entries[0].Raw))
	if r.maxRSS > 150<<20 {
		t.Errorf("peak RSS %d MiB reading one endless line: memory is not bounded by the entry cap", r.maxRSS>>20)
	}
}

type repeatReader byte

func (c repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

// A binary file named on the command line is read, its bytes kept exactly: the user asked for
// it. In a directory it is skipped with a warning while the text files are read.
func TestHostileBinaryFile(t *testing.T) {
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	p := writeFile(t, "core.bin", bin)
	r := dump(t, p)
	if r.code != 0 || strings.Contains(r.stderr, "binary") || !bytes.Equal(exactBytes(r.entries), bin) {
		t.Fatalf("named binary file: exit %d, %d entries, stderr %q", r.code, len(r.entries), r.stderr)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(p), "app.log"), []byte("2026-03-01T10:00:00Z INFO text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = dump(t, filepath.Dir(p))
	if r.code != 0 || len(r.entries) != 1 || !strings.Contains(r.stderr, "core.bin: binary") {
		t.Fatalf("directory with a binary file: exit %d, %d entries, stderr %q", r.code, len(r.entries), r.stderr)
	}
}

// A Latin-1 log named on the command line prints every line, headless and with the default
// settings, each with its exact bytes in raw_base64.
func TestHostileLatin1File(t *testing.T) {
	line := []byte("2026-03-01 10:00:00 INFO caf\xe9 ok")
	p := writeFile(t, "latin1.log", bytes.Repeat(append(line, '\n'), 1000))
	r := runTrawl(t, nil, "--no-follow", "--json", p)
	if r.code != 0 || len(r.entries) != 1000 || r.stderr != "" {
		t.Fatalf("Latin-1 log: exit %d, %d entries, stderr %q", r.code, len(r.entries), r.stderr)
	}
	for i, e := range r.entries {
		if !bytes.Equal(e.Raw64, line) || e.Level != "info" {
			t.Fatalf("entry %d: level %q, raw_base64 %q, want %q", i, e.Level, e.Raw64, line)
		}
	}
}

// A run of NULs, as a crash leaves in a log, makes it binary neither when named nor when found in
// a directory: the lines on both sides of it arrive, the NULs kept.
func TestHostileNULRun(t *testing.T) {
	data := "2026-03-01T10:00:00Z INFO before the crash\n" + strings.Repeat("\x00", 4096) + "\n2026-03-01T10:05:00Z INFO after the restart\n"
	p := writeFile(t, "crash.log", []byte(data))
	for _, arg := range []string{p, filepath.Dir(p)} {
		r := dump(t, arg)
		if got := string(exactBytes(r.entries)) + "\n"; r.code != 0 || got != data {
			t.Fatalf("trawl %s: exit %d, stderr %q, %d entries: %.80q", arg, r.code, r.stderr, len(r.entries), got)
		}
	}
}

// exactBytes joins the entries' exact bytes (raw_base64 when raw is not UTF-8) with newlines.
func exactBytes(entries []jsonEntry) []byte {
	var out [][]byte
	for _, e := range entries {
		raw := e.Raw64
		if raw == nil {
			raw = []byte(e.Raw)
		}
		out = append(out, raw)
	}
	return bytes.Join(out, []byte("\n"))
}

func TestHostileDeepJSON(t *testing.T) {
	const depth = 100_000
	var b bytes.Buffer
	b.WriteString(strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth) + "\n")
	b.WriteString(strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n")
	b.WriteString(`{"level":"info","msg":"after"}` + "\n")
	r := runTrawl(t, nil, "--no-follow", "--all", "--max-entry-size", "4MiB", writeFile(t, "deep.json", b.Bytes()))
	if len(r.entries) != 3 || r.entries[2].Message != "after" {
		t.Fatalf("deep JSON: %d entries", len(r.entries))
	}
}

func TestHostileJSONWrongTypes(t *testing.T) {
	lines := []string{
		`{"level":123456789012345678901234567890,"time":true,"msg":"huge level","n":1e999999}`,
		`{"level":"warn","level":"error","msg":"first","msg":"second"}`,
		`{"level":{"a":1},"time":[1,2],"msg":{"nested":"object"}}`,
		`{"level":null,"time":"not a time","msg":null}`,
		`{"time":-99999999999999999999,"msg":"negative huge epoch"}`,
	}
	r := dump(t, writeFile(t, "types.json", []byte(strings.Join(lines, "\n")+"\n")))
	if len(r.entries) != len(lines) {
		t.Fatalf("%d entries, want %d", len(r.entries), len(lines))
	}
	for i, e := range r.entries {
		if e.Raw != lines[i] {
			t.Errorf("line %d: raw %q, want it unchanged", i, e.Raw)
		}
	}
}

func TestHostileTimestampsFarAway(t *testing.T) {
	lines := []string{
		"0001-01-01T00:00:00Z INFO the first instant",
		"9999-12-31T23:59:59.999999999Z INFO the last instant",
		"1970-01-01T00:00:00Z INFO the epoch",
		`{"ts":99999999999999999,"msg":"epoch far in the future"}`,
		`{"time":"+275760-09-13T00:00:00Z","msg":"beyond RFC 3339"}`,
	}
	r := dump(t, writeFile(t, "times.log", []byte(strings.Join(lines, "\n")+"\n")))
	if len(r.entries) != len(lines) {
		t.Fatalf("%d entries, want %d: %+v", len(r.entries), len(lines), r.entries)
	}
	for _, e := range r.entries {
		if e.Time != "" {
			if _, err := time.Parse(time.RFC3339Nano, e.Time); err != nil {
				t.Errorf("time %q of %q is not RFC 3339: %v", e.Time, e.Raw, err)
			}
		}
	}
}

func TestHostileEmptyFile(t *testing.T) {
	r := dump(t, writeFile(t, "empty.log", nil))
	if r.code != 0 || len(r.entries) != 0 {
		t.Fatalf("empty file: exit %d, %d entries, stderr %q", r.code, len(r.entries), r.stderr)
	}
}

func TestHostileFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		for n := range 1000 {
			f.Write(tortureLine(n))
		}
		f.Close()
	}()
	r := runTrawl(t, nil, "--no-follow", p)
	c := countSeqs(t, mustLines(r))
	if miss := c.missing(0, 1000); len(miss) > 0 || c.dups() > 0 {
		t.Fatalf("FIFO: %d missing, %d duplicates", len(miss), c.dups())
	}
}

func TestHostileSymlinks(t *testing.T) {
	target := writeFile(t, "real.log", []byte("2026-03-01T10:00:00Z INFO through a link\n"))
	link := filepath.Join(t.TempDir(), "link.log")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	r := dump(t, link)
	if len(r.entries) != 1 || r.entries[0].Source != link {
		t.Fatalf("symlink: %+v, stderr %q", r.entries, r.stderr)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log")
	os.Symlink(b, a)
	os.Symlink(a, b)
	r = dump(t, a)
	if r.code != exitUsage || !strings.Contains(r.stderr, "too many levels of symbolic links") {
		t.Fatalf("symlink loop: exit %d, stderr %q", r.code, r.stderr)
	}
}

// mustLines turns decoded entries back into JSON lines for countSeqs.
func mustLines(r result) [][]byte {
	var out [][]byte
	for _, e := range r.entries {
		out = append(out, []byte(fmt.Sprintf(`{"source":%q,"raw":%q}`, e.Source, e.Raw)))
	}
	return out
}

// A named pipe that is followed goes on being read after its first writer closes it, as tail -f
// reads it: each program that writes to it in turn is read (before, the read ended with the first,
// and the second writer blocked with nobody reading).
func TestFollowedFIFOOutlivesItsWriters(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	f := startFollower(t, "-o", "raw", p)
	for i, text := range []string{"2026-03-01T10:00:00Z INFO from the first writer", "2026-03-01T10:00:01Z INFO from the second writer"} {
		done := make(chan error, 1)
		go func() {
			w, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err == nil {
				_, err = fmt.Fprintln(w, text)
				w.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("writer %d blocked: nothing reads the pipe", i+1)
		}
		f.waitFor(fmt.Sprintf("writer %d's line", i+1), 10*time.Second, func(lines [][]byte) bool {
			return len(lines) == i+1 && string(lines[i]) == text
		})
	}
}
