package e2e

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// Rotation torture: a writer appends numbered lines at 20,000 lines/s while the file is rotated
// every 10,000 lines, trawl follows it in headless mode, and the numbers it printed are checked.
// CI writes 60,000 lines per scenario; TRAWL_TORTURE=full writes 200,000.

const (
	tortureRate  = 20_000 // lines per second, the rate the issue asks trawl to survive
	tortureEvery = 10_000 // lines between rotations
)

func tortureLines() int {
	if torture() {
		return 200_000
	}
	return 60_000
}

// tortureWriter appends numbered lines to path at tortureRate, the way a logger does: one write
// per line, to a descriptor opened with O_APPEND.
type tortureWriter struct {
	t       *testing.T
	path    string
	f       *os.File
	written atomic.Int64
}

func newTortureWriter(t *testing.T, path string) *tortureWriter {
	w := &tortureWriter{t: t, path: path}
	w.reopen()
	t.Cleanup(func() { w.f.Close() })
	return w
}

func (w *tortureWriter) reopen() {
	if w.f != nil {
		w.f.Close()
	}
	f, err := os.OpenFile(w.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		w.t.Fatal(err)
	}
	w.f = f
}

func tortureLine(n int) []byte {
	return fmt.Appendf(nil, "2026-03-01T10:00:00Z INFO torture seq=%d some padding to look like a log line\n", n)
}

// run writes lines [from, to), calling rotate before every tortureEvery-th line. It paces itself
// to tortureRate; the pacing is not synchronization, only a speed limit.
func (w *tortureWriter) run(from, to int, rotate func(n int)) {
	start := time.Now()
	for n := from; n < to; n++ {
		if n > from && n%tortureEvery == 0 && rotate != nil {
			rotate(n)
		}
		if _, err := w.f.Write(tortureLine(n)); err != nil {
			w.t.Errorf("write line %d: %v", n, err)
			return
		}
		w.written.Store(int64(n + 1))
		if n%500 == 499 {
			due := start.Add(time.Duration(n-from+1) * time.Second / tortureRate)
			if d := time.Until(due); d > 0 {
				time.Sleep(d)
			}
		}
	}
}

// tortureStart creates path with a ready line, starts trawl on it and waits until trawl shows
// it, so that every numbered line is written while trawl follows.
func tortureStart(t *testing.T, args ...string) (string, *tortureWriter, *follower) {
	path := filepath.Join(t.TempDir(), "app.log")
	w := newTortureWriter(t, path)
	w.f.WriteString("2026-03-01T10:00:00Z INFO ready\n")
	f := startFollower(t, append(append([]string{"--json"}, args...), path)...)
	f.waitRaw("INFO ready", 10*time.Second)
	return path, w, f
}

// tortureEnd is tortureStop where no rotated file may be reported lost.
func tortureEnd(t *testing.T, w *tortureWriter, f *follower) *tally {
	t.Helper()
	c := tortureStop(t, w, f)
	if lossTold(f) {
		t.Errorf("a rotated file was reported lost:\n%s", f.stderr.String())
	}
	return c
}

// lossTold reports whether trawl warned that a rotated file could not be read.
func lossTold(f *follower) bool {
	return strings.Contains(f.stderr.String(), "rotated file(s) could not be read")
}

// tortureStop writes an end line, waits for it, stops trawl and returns the tally.
func tortureStop(t *testing.T, w *tortureWriter, f *follower) *tally {
	w.f.WriteString("2026-03-01T10:00:00Z INFO end\n")
	f.waitRaw("INFO end", 60*time.Second)
	code, lines := f.stop(syscall.SIGTERM)
	if code != exitSignaled+int(syscall.SIGTERM) {
		t.Errorf("exit status %d after SIGTERM, want %d", code, exitSignaled+int(syscall.SIGTERM))
	}
	return countSeqs(t, lines)
}

func TestTortureCreate(t *testing.T) {
	for _, poll := range []bool{false, true} {
		t.Run(fmt.Sprintf("poll=%v", poll), func(t *testing.T) {
			var args []string
			if poll {
				args = []string{"--poll"}
			}
			path, w, f := tortureStart(t, args...)
			total := tortureLines()
			w.run(0, total, func(int) {
				if err := os.Rename(path, path+".1"); err != nil {
					t.Fatal(err)
				}
				w.reopen()
			})
			c := tortureEnd(t, w, f)
			exactlyOnce(t, c, total)
		})
	}
}

func TestTortureDeleteRecreate(t *testing.T) {
	path, w, f := tortureStart(t)
	total := tortureLines()
	w.run(0, total, func(int) {
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		w.reopen()
	})
	exactlyOnce(t, tortureEnd(t, w, f), total)
}

func exactlyOnce(t *testing.T, c *tally, total int) {
	t.Helper()
	miss := c.missing(0, total)
	t.Logf("%d lines: %d lost, %d duplicated, %d out of order", total, len(miss), c.dups(), c.outOfOrder)
	if len(miss) > 0 || c.dups() > 0 || c.outOfOrder > 0 {
		t.Errorf("lost %d (first %v), %d duplicates, %d out of order", len(miss), first(miss, 10), c.dups(), c.outOfOrder)
	}
}

func first(s []int, n int) []int { return s[:min(n, len(s))] }

// Truncation in place, as `> file` does: what was written before a truncation and not read yet
// is gone from the disk and may be lost, but only as the tail of a segment between truncations;
// nothing arrives twice, and everything after the last truncation arrives.
func TestTortureTruncate(t *testing.T) {
	path, w, f := tortureStart(t)
	total := tortureLines()
	w.run(0, total, func(int) {
		if err := os.Truncate(path, 0); err != nil {
			t.Fatal(err)
		}
	})
	c := tortureEnd(t, w, f)
	lost := 0
	for seg := 0; seg < total; seg += tortureEvery {
		end := min(seg+tortureEvery, total)
		miss := c.missing(seg, end)
		lost += len(miss)
		if len(miss) > 0 && (miss[len(miss)-1] != end-1 || miss[0] != end-len(miss) || end == total) {
			t.Errorf("segment [%d,%d): lost %d lines that are not its unread tail: first %v", seg, end, len(miss), first(miss, 10))
		}
	}
	t.Logf("%d lines, truncated every %d: %d lost before a truncation, %d duplicated, %d out of order", total, tortureEvery, lost, c.dups(), c.outOfOrder)
	if c.dups() > 0 || c.outOfOrder > 0 {
		t.Errorf("%d duplicates, %d out of order", c.dups(), c.outOfOrder)
	}
}

// copytruncate: a rotator copies the file to path.1 and truncates it while the writer keeps
// writing. Only lines written between the copy and the truncation may be lost.
func TestTortureCopyTruncate(t *testing.T) {
	path, w, f := tortureStart(t)
	total := tortureLines()
	type window struct{ from, to int }
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		windows []window
	)
	w.run(0, total, func(int) {
		// The writer goes on while the copy is made: the rotation runs beside it, as logrotate does.
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := int(w.written.Load())
			if err := copyFile(path, path+".1"); err != nil {
				t.Error(err)
			}
			if err := os.Truncate(path, 0); err != nil {
				t.Error(err)
			}
			mu.Lock()
			windows = append(windows, window{from, int(w.written.Load())})
			mu.Unlock()
		}()
	})
	wg.Wait()
	c := tortureEnd(t, w, f)
	miss := c.missing(0, total)
	for _, n := range miss {
		inWindow := false
		for _, win := range windows {
			inWindow = inWindow || (n >= win.from && n <= win.to)
		}
		if !inWindow {
			t.Errorf("line %d lost outside any copy-to-truncate window %v", n, windows)
			break
		}
	}
	t.Logf("%d lines, copytruncate every %d: %d lost (all between a copy and its truncation), %d duplicated, %d out of order", total, tortureEvery, len(miss), c.dups(), c.outOfOrder)
	if c.dups() > 0 {
		t.Errorf("%d duplicates", c.dups())
	}
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// A file rotated twice before trawl reads the first rotation: trawl is stopped (SIGSTOP) while
// the file is renamed away, a second file is written and renamed away too, and a third is
// created. The middle file's lines must be read, not silently lost.
func TestTortureRotatedTwiceUnseen(t *testing.T) {
	for _, numbered := range []bool{false, true} {
		t.Run(fmt.Sprintf("numbered=%v", numbered), func(t *testing.T) {
			path, w, f := tortureStart(t)
			rotate := func(int) {
				if numbered { // logrotate's rotate N: app.log.1 becomes app.log.2 first
					os.Rename(path+".1", path+".2")
				}
				if err := os.Rename(path, path+".1"); err != nil {
					t.Fatal(err)
				}
				w.reopen()
			}
			w.run(0, 1000, nil)
			f.waitRaw("seq=999 ", 10*time.Second)
			f.pause()
			rotate(1000)
			w.run(1000, 2000, nil)
			rotate(2000)
			w.run(2000, 3000, nil)
			f.resume()
			exactlyOnce(t, tortureEnd(t, w, f), 3000)
		})
	}
}

// keepWriting calls write for consecutive blocks of 1,000 numbers in a goroutine until the
// returned stop is called; stop waits for the block in progress to end.
func (w *tortureWriter) keepWriting(write func(from, to int)) (stop func()) {
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for n := 0; ; n += 1000 {
			select {
			case <-quit:
				return
			default:
			}
			write(n, n+1000)
		}
	}()
	return func() {
		close(quit)
		<-done
	}
}
