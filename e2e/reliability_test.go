package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// This file holds the harness of the reliability tests: the real binary, followed in headless
// mode, with its JSON Lines collected as they come.

// torture reports whether the full sizes of the reliability tests were asked for.
func torture() bool { return os.Getenv("TRAWL_TORTURE") == "full" }

// follower is a running trawl whose output a test reads while it runs.
type follower struct {
	t      *testing.T
	cmd    *exec.Cmd
	stderr syncBuffer

	mu      sync.Mutex
	lines   [][]byte // complete output lines
	tail    []byte   // output after the last newline when the output ended
	changed chan struct{}
	done    chan struct{} // closed when the output ends
}

// syncBuffer is a bytes.Buffer that a test may read while the process still writes to it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitStderr waits until trawl's standard error holds s.
func (f *follower) waitStderr(s string, d time.Duration) {
	f.t.Helper()
	deadline := time.Now().Add(d)
	for !strings.Contains(f.stderr.String(), s) {
		if time.Now().After(deadline) {
			f.t.Fatalf("no %q on stderr within %s: %q", s, d, f.stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// startFollower runs trawl with args, reading its standard output as it arrives.
func startFollower(t *testing.T, args ...string) *follower {
	t.Helper()
	return startCommand(t, binary, args...)
}

// startCommand is startFollower for trawl run through another program, such as setpriv.
func startCommand(t *testing.T, name string, args ...string) *follower {
	t.Helper()
	f := &follower{t: t, changed: make(chan struct{}, 1), done: make(chan struct{})}
	f.cmd = exec.Command(name, args...)
	f.cmd.Stderr = &f.stderr
	out, err := f.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		f.cmd.Process.Kill()
		<-f.done
		f.cmd.Wait()
	})
	go f.read(out)
	return f
}

func (f *follower) read(out io.Reader) {
	defer close(f.done)
	r := bufio.NewReaderSize(out, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		f.mu.Lock()
		if err == nil {
			f.lines = append(f.lines, line[:len(line)-1])
		} else {
			f.tail = line
		}
		f.mu.Unlock()
		select {
		case f.changed <- struct{}{}:
		default:
		}
		if err != nil {
			return
		}
	}
}

// waitFor waits until cond holds for the output lines, failing after d.
func (f *follower) waitFor(what string, d time.Duration, cond func(lines [][]byte) bool) {
	f.t.Helper()
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond(f.lines)
		n := len(f.lines)
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-f.changed:
		case <-f.done:
			f.mu.Lock()
			ok = cond(f.lines)
			f.mu.Unlock()
			if !ok {
				f.t.Fatalf("output ended before %s (%d lines); stderr: %s", what, n, f.stderr.String())
			}
			return
		case <-deadline.C:
			f.t.Fatalf("no %s within %s (%d lines so far); stderr: %s", what, d, n, f.stderr.String())
		}
	}
}

// sawRaw reports whether an output line so far contains s, without waiting.
func (f *follower) sawRaw(s string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, l := range f.lines {
		if bytes.Contains(l, []byte(s)) {
			return true
		}
	}
	return false
}

// waitRaw waits for an output line whose raw text contains s.
func (f *follower) waitRaw(s string, d time.Duration) {
	f.t.Helper()
	f.waitFor(strconv.Quote(s), d, func(lines [][]byte) bool {
		for i := len(lines) - 1; i >= 0; i-- {
			if bytes.Contains(lines[i], []byte(s)) {
				return true
			}
		}
		return false
	})
}

// stop sends sig, waits for the exit and returns the exit status and the whole output, which must
// end with a complete line.
func (f *follower) stop(sig syscall.Signal) (int, [][]byte) {
	f.t.Helper()
	if err := f.cmd.Process.Signal(sig); err != nil {
		f.t.Fatal(err)
	}
	select {
	case <-f.done:
	case <-time.After(20 * time.Second):
		f.t.Fatalf("trawl did not exit within 20s of %v", sig)
	}
	err := f.cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		f.t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.tail) > 0 {
		f.t.Errorf("output ends with an incomplete line: %q", f.tail)
	}
	return code, f.lines
}

// seqOf returns the number after "seq=" in a JSON output line's raw text, or -1.
func seqOf(t *testing.T, line []byte) (source string, seq int) {
	t.Helper()
	var e jsonEntry
	if err := json.Unmarshal(line, &e); err != nil {
		t.Fatalf("output line is not a JSON object: %v\n%s", err, line)
	}
	i := bytes.Index([]byte(e.Raw), []byte("seq="))
	if i < 0 {
		return e.Source, -1
	}
	j := i + 4
	for j < len(e.Raw) && e.Raw[j] >= '0' && e.Raw[j] <= '9' {
		j++
	}
	n, err := strconv.Atoi(e.Raw[i+4 : j])
	if err != nil {
		return e.Source, -1
	}
	return e.Source, n
}

// tally counts how often each number arrived and whether they arrived in order.
type tally struct {
	count      map[int]int
	outOfOrder int
	last       int
}

func countSeqs(t *testing.T, lines [][]byte) *tally {
	t.Helper()
	c := &tally{count: map[int]int{}, last: -1}
	for _, l := range lines {
		_, n := seqOf(t, l)
		if n < 0 {
			continue
		}
		if n <= c.last {
			c.outOfOrder++
		}
		c.last = n
		c.count[n]++
	}
	return c
}

// missing lists the numbers in [from, to) that never arrived; dups counts those that arrived
// more than once.
func (c *tally) missing(from, to int) []int {
	var out []int
	for n := from; n < to; n++ {
		if c.count[n] == 0 {
			out = append(out, n)
		}
	}
	return out
}

func (c *tally) dups() int {
	d := 0
	for _, k := range c.count {
		if k > 1 {
			d += k - 1
		}
	}
	return d
}

// pause stops trawl with SIGSTOP and waits until the kernel reports it stopped, so that what the
// test does next happens while trawl cannot look.
func (f *follower) pause() {
	f.t.Helper()
	if err := f.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		f.t.Fatal(err)
	}
	stat := fmt.Sprintf("/proc/%d/stat", f.cmd.Process.Pid)
	deadline := time.Now().Add(5 * time.Second)
	for {
		b, err := os.ReadFile(stat)
		if err != nil {
			f.t.Skipf("cannot see process state: %v", err)
		}
		// The state follows the command name in parentheses: "pid (comm) T ...".
		if i := bytes.LastIndexByte(b, ')'); i >= 0 && i+2 < len(b) && b[i+2] == 'T' {
			return
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("trawl not stopped 5s after SIGSTOP: %s", b)
		}
		time.Sleep(time.Millisecond)
	}
}

func (f *follower) resume() {
	f.t.Helper()
	if err := f.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		f.t.Fatal(err)
	}
}
