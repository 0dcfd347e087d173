package e2e

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The memory promise, through the real binary: resident memory never passes --max-memory plus
// memoryHeadroom, headless or in the interface, reading a file whole or following it, also when
// every entry is a few bytes and the ring's bookkeeping outweighs the text.

// memoryLines is how many short lines the memory tests feed trawl: 2 million by default, enough
// for the ring to turn over twice; TRAWL_MEMORY=full feeds the README's 10 million.
func memoryLines() int {
	if os.Getenv("TRAWL_MEMORY") == "full" {
		return 10_000_000
	}
	return 2_000_000
}

// Lines around the short ones: the first says trawl follows the file, the last that it has read
// everything.
const (
	memoryFirst = "memory-test-first"
	memoryEnd   = "memory-test-end"
)

// writeShortLines appends "l1" to "lN" and memoryEnd to path, a megabyte at a time.
func writeShortLines(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 0, 1<<20+32)
	for i := 1; i <= n; i++ {
		buf = append(strconv.AppendInt(append(buf, 'l'), int64(i), 10), '\n')
		if len(buf) >= 1<<20 {
			if _, err := f.Write(buf); err != nil {
				t.Fatal(err)
			}
			buf = buf[:0]
		}
	}
	if _, err := f.Write(append(buf, memoryEnd+"\n"...)); err != nil {
		t.Fatal(err)
	}
}

// output watches what trawl prints without keeping it: how many lines, and whether the first and
// the last line have passed.
type output struct {
	lines       atomic.Int64
	first, last chan struct{}
}

func watchOutput(r io.Reader) *output {
	o := &output{first: make(chan struct{}), last: make(chan struct{})}
	go func() {
		buf := make([]byte, 256<<10)
		var tail []byte // the end of what was read, for a marker cut between two reads
		first, last := o.first, o.last
		for {
			n, err := r.Read(buf)
			o.lines.Add(int64(bytes.Count(buf[:n], []byte{'\n'})))
			tail = append(tail[max(len(tail)-len(memoryFirst), 0):], buf[:n]...)
			if first != nil && bytes.Contains(tail, []byte(memoryFirst)) {
				close(first)
				first = nil
			}
			if last != nil && bytes.Contains(tail, []byte(memoryEnd)) {
				close(last)
				last = nil
			}
			if err != nil {
				return
			}
		}
	}()
	return o
}

func waitClosed(t *testing.T, c <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-c:
	case <-time.After(5 * time.Minute):
		t.Fatalf("waited 5 minutes for %s", what)
	}
}

// reportMemory logs the peak and the current resident memory of pid, and fails past the ceiling.
func reportMemory(t *testing.T, pid, lines int, maxMemory int64) {
	t.Helper()
	ceiling := (maxMemory + memoryHeadroom) >> 10 // kB, as /proc reports
	peak, now := procStatus(t, pid, "VmHWM"), procStatus(t, pid, "VmRSS")
	t.Logf("%d short lines, --max-memory %d MiB: resident memory peaked at %d MiB, %d MiB at the end (ceiling %d MiB)",
		lines, maxMemory>>20, peak>>10, now>>10, ceiling>>10)
	if peak > ceiling {
		t.Errorf("resident memory peaked at %d MiB, past --max-memory + %d MiB = %d MiB", peak>>10, memoryHeadroom>>20, ceiling>>10)
	}
}

func TestMemoryCeilingTinyEntries(t *testing.T) {
	const maxMemory = 64 << 20
	n := memoryLines()
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.log")
	writeShortLines(t, whole, n)
	// followed returns a file holding only memoryFirst, and appends the lines to it.
	followed := func(t *testing.T) (path string, feed func()) {
		path = filepath.Join(t.TempDir(), "followed.log")
		if err := os.WriteFile(path, []byte(memoryFirst+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path, func() { writeShortLines(t, path, n) }
	}

	headless := func(t *testing.T, path string, feed func(), args ...string) {
		cmd := exec.Command(binary, append(append([]string{"--json", "--max-memory", "64MiB"}, args...), path)...)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		out := watchOutput(stdout)
		if feed != nil {
			waitClosed(t, out.first, "the file's first line")
			feed()
		}
		waitClosed(t, out.last, "the last line")
		reportMemory(t, cmd.Process.Pid, n, maxMemory)
		t.Logf("%d lines printed", out.lines.Load())
		cmd.Process.Signal(syscall.SIGTERM)
	}
	inTerminal := func(t *testing.T, path string, feed func(), args ...string) {
		term := startTerminal(t, dir, 120, 40, append(append([]string{"--max-memory", "64MiB"}, args...), path)...)
		pid, err := strconv.Atoi(strings.TrimSpace(term.tmux("display", "-p", "-t", "main", "#{pane_pid}")))
		if err != nil {
			t.Fatal(err)
		}
		if feed != nil {
			term.waitText(memoryFirst)
			feed()
		}
		term.waitTextWithin(5*time.Minute, memoryEnd)
		reportMemory(t, pid, n, maxMemory)
	}

	t.Run("headless, whole file", func(t *testing.T) { headless(t, whole, nil, "--all") })
	t.Run("headless, following", func(t *testing.T) {
		path, feed := followed(t)
		headless(t, path, feed)
	})
	t.Run("interface, whole file", func(t *testing.T) { inTerminal(t, whole, nil, "--all") })
	t.Run("interface, following", func(t *testing.T) {
		path, feed := followed(t)
		inTerminal(t, path, feed)
	})
}
