package tail

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// sourceKind tells how a source is read.
type sourceKind uint8

const (
	kindFile sourceKind = iota
	kindStdin
	kindDemo
)

// source is one stream of lines and its statistics. Its counters are atomics so that Stats, which
// the UI calls every frame, never waits for a reader; the state string and error take a small
// mutex of their own.
type source struct {
	name    string // Batch.Source of its entries
	path    string // the file path, or "-" / "demo"
	key     string // filepath.Clean(path): the key events are matched on
	kind    sourceKind
	initial bool // it existed when the group was opened, so backfill applies to its first read
	sniff   bool // found by a glob or directory: check that it is text before reading it
	once    bool // another source's file, rotated: read once, not followed (see identity.go)
	// remote: read from another machine (over ssh). Without following, a read that ended in
	// failure (the host could not be reached) is a gap the exit status tells (see endError).
	remote bool
	wake   chan struct{}

	lines, bytes, rotations, truncations, errors atomic.Int64
	read, size                                   atomic.Int64
	live                                         atomic.Int64 // lines read after the initial read, for Rate
	departed                                     atomic.Int64 // files that left the path (renamed away or removed), as the watcher saw
	missed                                       atomic.Int64 // rotated files that could not be read: lost
	dropped                                      atomic.Int64 // entries a Loki server dropped from its tail

	mu      sync.Mutex
	state   string
	err     error
	samples [6]rateSample // ring of (time, live) samples, one per rateWindow/5 at most
	nsample int
}

type rateSample struct {
	at    time.Time
	lines int64
}

func newSource(name, path, key string, kind sourceKind) *source {
	return &source{name: name, path: path, key: key, kind: kind, state: stateReading, wake: make(chan struct{}, 1)}
}

// poke wakes the source's goroutine without blocking; wake-ups collapse into one.
func (s *source) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *source) setState(state string) {
	s.mu.Lock()
	s.state = state
	s.mu.Unlock()
}

// fail records err as the source's state and last error, counting it once per distinct failure
// so that a file retried every poll does not inflate Errors.
func (s *source) fail(err error) {
	s.mu.Lock()
	if s.err == nil || s.err.Error() != err.Error() || !strings.HasPrefix(s.state, "error:") {
		s.errors.Add(1)
	}
	s.err = err
	s.state = "error: " + err.Error()
	s.mu.Unlock()
}

// endError is the error a remote source or a command that stopped in a failed state stopped with
// (a host that could not be reached, a command not found or exiting with a failure, standard
// input that could not be read), named by the source, or nil: read once, its output is short, and
// the exit status says so. A local file's or journal's failure was told as it happened (an
// unreadable journal is a warning at start, as some of it may still be read).
func (s *source) endError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.remote && s.kind != kindCommand && s.kind != kindStdin || s.err == nil || !strings.HasPrefix(s.state, "error:") {
		return nil
	}
	if s.kind == kindCommand {
		return fmt.Errorf("%s: %w", s.path, s.err) // "cmd:…", as it was given
	}
	return fmt.Errorf("%s: %w", s.name, s.err)
}

// recoverInto turns a panic of the source's goroutine into its failed state and into *err, so
// that the source shows why it stopped and the rest of trawl goes on. Deferred by the goroutine.
func (s *source) recoverInto(err *error) {
	p := recover()
	if p == nil {
		return
	}
	s.fail(fmt.Errorf("stopped by an internal error: %v", p))
	*err = fmt.Errorf("tail: panic reading %s: %v\n%s", s.path, p, debug.Stack())
}

// stats snapshots the source at now.
func (s *source) stats(now time.Time) Stats {
	st := Stats{
		Source: s.name, Path: s.path,
		Lines: s.lines.Load(), Bytes: s.bytes.Load(),
		Rotations: s.rotations.Load(), Truncations: s.truncations.Load(), Errors: s.errors.Load(),
		Read: s.read.Load(), Size: s.size.Load(), Missed: s.missed.Load(), Dropped: s.dropped.Load(),
	}
	live := s.live.Load()
	s.mu.Lock()
	st.State, st.Err = s.state, s.err
	st.Rate = s.rate(now, live)
	s.mu.Unlock()
	return st
}

// rate records a sample at most every rateWindow/5 and returns the lines per second between the
// oldest sample inside the window and now. Called with s.mu held.
func (s *source) rate(now time.Time, live int64) float64 {
	n := len(s.samples)
	if s.nsample == 0 || now.Sub(s.samples[(s.nsample-1)%n].at) >= rateWindow/5 {
		s.samples[s.nsample%n] = rateSample{now, live}
		s.nsample++
	}
	oldest := s.samples[0]
	if s.nsample > n {
		oldest = s.samples[s.nsample%n]
	}
	for i := max(0, s.nsample-n); i < s.nsample; i++ {
		if sm := s.samples[i%n]; now.Sub(sm.at) <= rateWindow {
			oldest = sm
			break
		}
	}
	d := now.Sub(oldest.at).Seconds()
	if d < 0.5 {
		return 0
	}
	return float64(live-oldest.lines) / d
}
