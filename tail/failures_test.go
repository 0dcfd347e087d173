package tail

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// panicStream panics on a line holding "boom", as a parser bug would.
type panicStream struct{ lineStream }

func (s *panicStream) Line(line []byte, off int64, truncated bool, b *parse.Batch) {
	if strings.Contains(string(line), "boom") {
		panic("parser bug")
	}
	s.lineStream.Line(line, off, truncated, b)
}

func panicStreams(string, func(int64) time.Time) lineSink { return &panicStream{} }

// TestPanickingSourceIsFailed: a source whose goroutine panics is marked failed with its reason,
// while following; the other sources go on, and Run reports it.
func TestPanickingSourceIsFailed(t *testing.T) {
	dir := t.TempDir()
	bad, good := filepath.Join(dir, "bad.log"), filepath.Join(dir, "good.log")
	writeLines(t, bad, []string{"fine", "boom"}, os.O_TRUNC)
	writeLines(t, good, []string{"one"}, os.O_TRUNC)
	g, _, err := open([]string{bad, good}, testOptions(true, false), nil, panicStreams)
	if err != nil {
		t.Fatal(err)
	}
	s := newSink()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, s) }()
	waitStat(t, g, s, bad, "the failed state", func(st Stats) bool { return strings.HasPrefix(st.State, "error") })
	if st := statOf(g, bad); !strings.Contains(st.State, "parser bug") {
		t.Errorf("state %q does not say why", st.State)
	}
	appendLines(t, good, "two")
	s.waitFor(t, "the good source's new line", hasRaw("two"))
	cancel()
	if err := <-done; err == nil || !strings.Contains(err.Error(), "parser bug") {
		t.Fatalf("Run = %v, want the panic", err)
	}
}

// TestHeadlessGapIsAnError: without following, a source that panics leaves a gap in the output,
// which Err reports.
func TestHeadlessGapIsAnError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.log")
	writeLines(t, bad, []string{"fine", "boom", "lost"}, os.O_TRUNC)
	g, _, err := open([]string{bad}, Options{All: true}, nil, panicStreams)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range g.Streams(context.Background()) {
		for range ch {
		}
	}
	if err := g.Err(); err == nil || !strings.Contains(err.Error(), "parser bug") {
		t.Fatalf("Err = %v, want the panic", err)
	}
}

// TestReplacedByDirectoryOrFIFO: a followed file replaced by a directory or a named pipe is an
// error of its own, not a rotated file whose lines are lost.
func TestReplacedByDirectoryOrFIFO(t *testing.T) {
	for _, kind := range []string{"directory", "fifo"} {
		t.Run(kind, func(t *testing.T) {
			modes(t, func(t *testing.T, poll bool) {
				p := filepath.Join(t.TempDir(), "app.log")
				writeLines(t, p, []string{"one"}, os.O_TRUNC)
				g, s := start(t, []string{p}, testOptions(true, poll))
				s.waitLines(t, []string{"one"})
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
				var err error
				if kind == "directory" {
					err = os.Mkdir(p, 0o755)
				} else {
					err = syscall.Mkfifo(p, 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
				waitStat(t, g, s, p, "an error", func(st Stats) bool { return strings.HasPrefix(st.State, "error") })
				time.Sleep(200 * time.Millisecond)
				st := statOf(g, p)
				if st.Missed != 0 || !strings.Contains(st.State, "not a regular file") {
					t.Fatalf("stats %+v: want a not-a-regular-file error and nothing missed", st)
				}
				if errors.Is(st.Err, ErrBinary) {
					t.Fatal("called binary")
				}
				// Then a file again: read, and the directory's or the pipe's removal counts no
				// file lost (it did: "1 file(s) were rotated away … their lines are lost").
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
				writeLines(t, p, []string{"two"}, os.O_EXCL)
				s.waitLines(t, []string{"one", "two"})
				time.Sleep(200 * time.Millisecond)
				if st := statOf(g, p); st.Missed != 0 {
					t.Fatalf("stats %+v: a file again after the %s, and something counted as missed", st, kind)
				}
			})
		})
	}
}
