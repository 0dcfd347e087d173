package tail

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// lineStream is a minimal lineSink for tests: a line starting with a tab continues the previous
// entry, any other line starts one, like a stack trace. Sort is the arrival order.
type lineStream struct {
	raw       []byte
	off       int64
	truncated bool
	pending   bool
	n         int64
}

func (s *lineStream) Line(line []byte, off int64, truncated bool, b *parse.Batch) {
	line = bytes.TrimSuffix(line, []byte("\r"))
	if s.pending && len(line) > 0 && line[0] == '\t' {
		s.raw = append(append(s.raw, '\n'), line...)
		s.truncated = s.truncated || truncated
		return
	}
	s.Flush(b)
	s.raw = append(s.raw[:0], line...)
	s.off, s.truncated, s.pending = off, truncated, true
}

func (s *lineStream) Flush(b *parse.Batch) {
	if !s.pending {
		return
	}
	s.n++
	b.Add(s.raw, s.off, s.n, parse.Record{Message: parse.Span{End: int32(len(s.raw))}}, s.truncated)
	s.pending = false
}

func (s *lineStream) Pending() bool { return s.pending }

func testStreams(string, func(int64) time.Time) lineSink { return &lineStream{} }

// got is one entry a test sink received.
type got struct {
	source    string
	raw       string
	offset    int64
	truncated bool
	noNewline bool
	replaces  bool
	open      bool
	level     parse.Level
	host      string
}

// sink collects entries and lets a test wait, with a deadline, for a condition on them.
type sink struct {
	mu      sync.Mutex
	entries []got
	changed chan struct{}
}

func newSink() *sink { return &sink{changed: make(chan struct{}, 1)} }

func (s *sink) Append(b *parse.Batch) {
	s.mu.Lock()
	for i := range b.Items {
		it := &b.Items[i]
		s.entries = append(s.entries, got{b.Source, string(it.Raw.Of(b.Data)), it.Offset, it.Truncated, it.NoNewline, it.Replaces, it.Open,
			it.Level, string(it.Host.Of(b.Data))})
	}
	s.mu.Unlock()
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

func (s *sink) snapshot() []got {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]got(nil), s.entries...)
}

func (s *sink) raws() []string {
	var out []string
	for _, e := range s.snapshot() {
		out = append(out, e.raw)
	}
	return out
}

// waitFor waits until cond holds on the entries received, failing the test after a deadline.
func (s *sink) waitFor(t *testing.T, what string, cond func([]got) bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if cond(s.snapshot()) {
			return
		}
		select {
		case <-s.changed:
		case <-time.After(50 * time.Millisecond):
			// Conditions may also depend on state other than entries (the files); recheck.
		case <-deadline:
			t.Fatalf("timed out waiting for %s; got %d entries: %q", what, len(s.snapshot()), tailOf(s.raws(), 10))
		}
	}
}

// waitLines waits until the raw texts received are exactly want, in order.
func (s *sink) waitLines(t *testing.T, want []string) {
	t.Helper()
	s.waitFor(t, fmt.Sprintf("%d lines ending %q", len(want), tailOf(want, 3)), func(g []got) bool {
		return len(g) >= len(want)
	})
	if gotRaws := s.raws(); strings.Join(gotRaws, "\n") != strings.Join(want, "\n") {
		t.Fatalf("entries differ:\n got %d: %q\nwant %d: %q", len(gotRaws), tailOf(gotRaws, 20), len(want), tailOf(want, 20))
	}
}

// sameLines reports an error unless the raw texts received are want's, each as often, in any
// order.
func (s *sink) sameLines(t *testing.T, want ...string) {
	t.Helper()
	got := s.raws()
	slices.Sort(got)
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("read %q, want %q, each once", got, want)
	}
}

func tailOf(s []string, n int) []string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// numbered returns lines "<prefix> 000001" … for from..to inclusive.
func numbered(prefix string, from, to int) []string {
	var out []string
	for i := from; i <= to; i++ {
		out = append(out, fmt.Sprintf("%s %06d", prefix, i))
	}
	return out
}

func writeLines(t *testing.T, path string, lines []string, flag int) {
	t.Helper()
	f, err := os.OpenFile(path, flag|os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
}

func appendLines(t *testing.T, path string, lines ...string) {
	t.Helper()
	writeLines(t, path, lines, os.O_APPEND)
}

// testOptions follow quickly: a short quiet period and poll interval keep the tests fast.
func testOptions(follow, poll bool) Options {
	return Options{Follow: follow, Poll: poll, PollInterval: 20 * time.Millisecond, Quiet: 20 * time.Millisecond}
}

// start opens specs with the test stream and runs the group until the test ends.
func start(t *testing.T, specs []string, opts Options) (*Group, *sink) {
	t.Helper()
	g, warns, err := open(specs, opts, nil, testStreams)
	if err != nil {
		t.Fatalf("open: %v (warnings %v)", err, warns)
	}
	return g, runGroup(t, g)
}

// runGroup runs g into a new sink until the test ends, and waits for its initial read.
func runGroup(t *testing.T, g *Group) *sink {
	t.Helper()
	s := newSink()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, s) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	select {
	case <-g.Loaded():
	case <-time.After(10 * time.Second):
		t.Fatal("not loaded in time")
	}
	return s
}

// statOf returns the stats of the source named name.
func statOf(g *Group, name string) Stats {
	for _, st := range g.Stats() {
		if st.Source == name {
			return st
		}
	}
	return Stats{}
}
