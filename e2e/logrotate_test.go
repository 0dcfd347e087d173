package e2e

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The rotation torture scenarios again, rotated by the real logrotate program instead of renames
// and compressors run by the test: logrotate -f with a state file and a configuration in the
// test's directory, for the test's log only, so that nothing of the machine's own rotation is
// touched. A logger writes numbered lines at tortureRate; in create mode it reopens its file a
// moment (hupLatency) after logrotate's postrotate script asks, as a daemon does on its HUP, and
// logrotate waits for that before it compresses, as it waits for any postrotate script; in
// copytruncate mode it keeps its descriptor. The tests skip where logrotate is not installed (CI
// installs it).

// logrotateProgram returns the logrotate program, skipping the test where it is not installed.
// It lives in /usr/sbin, which a user's PATH may lack.
func logrotateProgram(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("logrotate"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/sbin/logrotate"); err == nil {
		return "/usr/sbin/logrotate"
	}
	t.Skip("needs the logrotate program (Debian package logrotate: apt-get install logrotate), which is not installed")
	return ""
}

// logrotation is one log's logrotate setup: its configuration and state file, and the FIFO
// through which its postrotate script asks the logger to reopen its file.
type logrotation struct {
	t     *testing.T
	bin   string // the logrotate program
	conf  string
	state string
	hup   string // FIFO the postrotate script reads until the logger has reopened; "" without one
}

// newLogrotation writes a configuration rotating path with directives (one a line, mode
// included); with hup it adds the postrotate script that asks the logger to reopen.
func newLogrotation(t *testing.T, path string, hup bool, directives ...string) *logrotation {
	t.Helper()
	dir := t.TempDir()
	// logrotate refuses configurations that others may write, and logs in directories that others
	// may write; the test's directories are the user's and 0755.
	for _, d := range []string{dir, filepath.Dir(path)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	r := &logrotation{t: t, bin: logrotateProgram(t), conf: filepath.Join(dir, "logrotate.conf"), state: filepath.Join(dir, "state")}
	var conf strings.Builder
	fmt.Fprintf(&conf, "%q {\n    rotate 5\n    missingok\n", path)
	for _, d := range directives {
		fmt.Fprintf(&conf, "    %s\n", d)
	}
	if hup {
		r.hup = filepath.Join(dir, "hup")
		if err := syscall.Mkfifo(r.hup, 0o600); err != nil {
			t.Fatal(err)
		}
		// cat returns when the logger closes its end, after it reopened its file.
		fmt.Fprintf(&conf, "    postrotate\n        cat %q >/dev/null\n    endscript\n", r.hup)
	}
	conf.WriteString("}\n")
	if err := os.WriteFile(r.conf, []byte(conf.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return r
}

// run forces one rotation and returns logrotate's error with its output.
func (r *logrotation) run() error {
	out, err := exec.Command(r.bin, "-f", "-s", r.state, r.conf).CombinedOutput()
	if err != nil {
		return fmt.Errorf("logrotate -f: %v\n%s", err, out)
	}
	return nil
}

// mustRun is run where the test cannot go on after a failure.
func (r *logrotation) mustRun() {
	r.t.Helper()
	if err := r.run(); err != nil {
		r.t.Fatal(err)
	}
}

// listen answers the postrotate script: each time it opens the FIFO, the logger is asked to
// reopen through reopen, and the FIFO is closed once it did, which ends the script. It returns a
// stop that ends the listening.
func (r *logrotation) listen(reopen chan<- chan struct{}) (stop func()) {
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			f, err := os.OpenFile(r.hup, os.O_WRONLY, 0) // blocks until the script opens it
			if err != nil {
				r.t.Error(err)
				return
			}
			// The logger may have stopped serving: never wait for it past quit.
			reopened := make(chan struct{})
			select {
			case reopen <- reopened:
				select {
				case <-reopened:
				case <-quit:
				}
			case <-quit:
			}
			f.Close() // ends the script
			select {
			case <-quit:
				return
			default:
			}
		}
	}()
	return func() {
		close(quit)
		// A reader lets a blocked open return; it stays open until the goroutine has ended.
		f, err := os.OpenFile(r.hup, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			r.t.Fatal(err)
		}
		<-done
		f.Close()
	}
}

// rotationWindow is one logrotate run: the lines written when it started and when it ended.
type rotationWindow struct{ from, to int }

// rotatingLogger is a logger whose file logrotate rotates while it writes.
type rotatingLogger struct {
	*tortureWriter
	lr      *logrotation
	every   int         // lines between rotations
	ready   func() bool // whether a rotation may start now; nil for always
	windows []rotationWindow

	running     chan rotationWindow // the logrotate in progress, nil when none
	reopenAsked chan chan struct{}  // postrotate's requests to reopen
	hup         chan struct{}       // the request not answered yet, closed once reopened
	hupAt       time.Time           // when it came
}

// run writes lines [from, to) at tortureRate, starting logrotate beside the writing every
// l.every lines (once ready allows) and reopening the file whenever postrotate asks. It returns
// after the last rotation ended. The pacing is only a speed limit, not synchronization.
func (l *rotatingLogger) run(from, to int) {
	l.reopenAsked = make(chan chan struct{})
	if l.lr.hup != "" {
		defer l.lr.listen(l.reopenAsked)()
	}
	start, next := time.Now(), from+l.every
	for n := from; n < to; n++ {
		l.serve(false)
		if n >= next && l.running == nil && (l.ready == nil || l.ready()) {
			l.running, next = l.rotate(), n+l.every
		}
		if _, err := l.f.Write(tortureLine(n)); err != nil {
			l.t.Errorf("write line %d: %v", n, err)
			break
		}
		l.written.Store(int64(n + 1))
		if n%500 == 499 {
			if d := time.Until(start.Add(time.Duration(n-from+1) * time.Second / tortureRate)); d > 0 {
				time.Sleep(d)
			}
		}
	}
	for l.running != nil {
		l.serve(true)
	}
}

// hupLatency is how long the logger goes on writing to the renamed file after postrotate asked it
// to reopen: a daemon handles its HUP a moment later, signals being asynchronous. It models the
// daemon; it does not wait for trawl.
const hupLatency = 10 * time.Millisecond

// serve reopens the file once hupLatency has passed since postrotate asked, and notes requests
// and the end of the logrotate in progress; with wait it waits for one of them.
func (l *rotatingLogger) serve(wait bool) {
	if l.hup != nil && time.Since(l.hupAt) >= hupLatency {
		l.reopen()
		close(l.hup) // postrotate ends, and logrotate goes on to compress
		l.hup = nil
	}
	var skip <-chan time.Time // ready when there is nothing to wait for
	switch {
	case !wait:
		skip = alwaysReady
	case l.hup != nil:
		skip = time.After(hupLatency - time.Since(l.hupAt))
	}
	select {
	case l.hup = <-l.reopenAsked:
		l.hupAt = time.Now()
	case win := <-l.running:
		l.windows = append(l.windows, win)
		l.running = nil
	case <-skip:
	}
}

// alwaysReady is a channel that is always ready to receive from.
var alwaysReady = func() <-chan time.Time { c := make(chan time.Time); close(c); return c }()

// rotate starts logrotate and returns where its window is sent when it ended.
func (l *rotatingLogger) rotate() chan rotationWindow {
	ch := make(chan rotationWindow, 1)
	from := int(l.written.Load())
	go func() {
		if err := l.lr.run(); err != nil {
			l.t.Error(err)
		}
		ch <- rotationWindow{from, int(l.written.Load())}
	}()
	return ch
}

// newSecond is a rotatingLogger.ready for dateext with dateformat -%Y%m%d-%s: two rotations in one
// second would get one name, and logrotate skips the second one. logrotate names a file by the
// second it starts in, which on a loaded machine can be later than when it was asked to start, so
// a rotation may begin only once the clock is past the second of every rotated file of path.
func newSecond(path string) func() bool {
	return func() bool {
		names, _ := filepath.Glob(path + "-*")
		newest := int64(0)
		for _, n := range names {
			i := strings.LastIndexByte(n, '-')
			digits := strings.TrimSuffix(strings.TrimSuffix(n[i+1:], ".gz"), ".tmp")
			if sec, err := strconv.ParseInt(digits, 10, 64); err == nil {
				newest = max(newest, sec)
			}
		}
		return time.Now().Add(-clockSlack).Unix() > newest
	}
}

// clockSlack allows for time(2), which logrotate names its files by, lagging the clock Go reads
// by up to a tick.
const clockSlack = 50 * time.Millisecond

const dateext = "dateformat -%Y%m%d-%s"

// Scenarios 1-3 and 6: logrotate's create mode, with and without compression, rotating every
// 10,000 lines while the logger writes 20,000 lines/s. The logger goes on writing to the renamed
// file until postrotate asks it to reopen, as a daemon does until it handles its HUP; those lines
// are in the rotated file (and, with compress, in its compressed copy) like the others. Every
// line arrives exactly once, in order, and no loss is told.
func TestLogrotateCreate(t *testing.T) {
	logrotateProgram(t)
	for _, sc := range []struct {
		name       string
		directives []string
		dated      bool
	}{
		{name: "nocompress", directives: []string{"create", "nocompress"}},
		{name: "compress", directives: []string{"create", "compress"}},
		{name: "delaycompress+dateext", directives: []string{"create", "compress", "delaycompress", "dateext", dateext}, dated: true},
	} {
		t.Run(sc.name, func(t *testing.T) {
			path, w, f := tortureStart(t)
			l := &rotatingLogger{tortureWriter: w, lr: newLogrotation(t, path, true, sc.directives...), every: tortureEvery}
			if sc.dated {
				l.ready = newSecond(path)
			}
			total := tortureLines()
			l.run(0, total)
			c := tortureEnd(t, w, f)
			t.Logf("%d rotations by logrotate", len(l.windows))
			exactlyOnce(t, c, total)
			if miss := c.missing(0, total); len(miss) > 0 {
				// The last, as rotate 5 has removed the files of the first ones at full size.
				n := miss[len(miss)-1]
				t.Logf("the last lost line, seq=%d, is on disk in %s", n, onDisk(t, filepath.Dir(path), n))
			}
			if len(l.windows) < 2 {
				t.Errorf("only %d rotations", len(l.windows))
			}
		})
	}
}

// Scenario 4: copytruncate. Lines written between logrotate's copy and its truncation are gone
// from the disk, and so may be lost; the test cannot see that window from outside logrotate, so
// it asserts that every lost line was written while a logrotate ran, or at most copySlack lines
// before (a line trawl had not read yet when the file was truncated). Nothing arrives twice, and
// no loss is told: the lines were never in a rotated file trawl could not read.
func TestLogrotateCopyTruncate(t *testing.T) {
	logrotateProgram(t)
	path, w, f := tortureStart(t)
	l := &rotatingLogger{tortureWriter: w, lr: newLogrotation(t, path, false, "copytruncate", "nocompress"), every: tortureEvery}
	total := tortureLines()
	l.run(0, total)
	c := tortureEnd(t, w, f)
	copyTruncated(t, l, c, total)
}

// copySlack is how many lines before a copytruncate run may be lost: lines trawl had not read
// yet when logrotate truncated the file after copying it.
const copySlack = 300

// copyTruncated checks a copytruncate run: every lost line was written while a logrotate ran, or
// at most copySlack lines before; nothing arrived twice.
func copyTruncated(t *testing.T, l *rotatingLogger, c *tally, total int) {
	t.Helper()
	miss := c.missing(0, total)
	inRun := 0
	for _, n := range miss {
		near, during := false, false
		for _, win := range l.windows {
			near = near || (n >= win.from-copySlack && n <= win.to)
			during = during || (n >= win.from && n <= win.to)
		}
		if during {
			inRun++
		}
		if !near {
			t.Errorf("line %d lost outside any logrotate run %v", n, l.windows)
			break
		}
	}
	t.Logf("%d lines, %d copytruncate rotations by logrotate: %d lost (%d written while logrotate ran), %d duplicated, %d out of order",
		total, len(l.windows), len(miss), inRun, c.dups(), c.outOfOrder)
	if c.dups() > 0 {
		t.Errorf("%d duplicates", c.dups())
	}
	if len(miss) > len(l.windows)*copySlack {
		t.Errorf("lost %d lines in %d rotations: more than %d a rotation", len(miss), len(l.windows), copySlack)
	}
}

// Scenario 5: rotated twice by logrotate while trawl is stopped (SIGSTOP), so that the middle file
// is never seen at the path. Where logrotate leaves it beside the log (numbered, dated,
// compressed at once or a rotation later) all 3,000 lines arrive once, in order, and no loss is
// told; moved to an olddir, exactly its 1,000 lines are missing and the loss is told.
func TestLogrotateRotatedTwiceUnseen(t *testing.T) {
	logrotateProgram(t)
	for _, sc := range []struct {
		name       string
		directives []string
		dated      bool
		olddir     bool
	}{
		{name: "nocompress", directives: []string{"create", "nocompress"}},
		{name: "compress", directives: []string{"create", "compress"}},
		{name: "delaycompress", directives: []string{"create", "compress", "delaycompress"}},
		{name: "dateext", directives: []string{"create", "nocompress", "dateext", dateext}, dated: true},
		{name: "dateext+compress", directives: []string{"create", "compress", "dateext", dateext}, dated: true},
		{name: "olddir", directives: []string{"create", "nocompress"}, olddir: true},
	} {
		t.Run(sc.name, func(t *testing.T) {
			path, w, f := tortureStart(t)
			directives := sc.directives
			if sc.olddir {
				old := filepath.Join(t.TempDir(), "old")
				if err := os.Mkdir(old, 0o755); err != nil {
					t.Fatal(err)
				}
				directives = append(directives, "olddir "+old) // logrotate takes no quotes here
			}
			lr := newLogrotation(t, path, false, directives...)
			w.run(0, 1000, nil)
			f.waitRaw("seq=999 ", 10*time.Second)
			f.pause()
			lr.mustRun()
			w.reopen()
			w.run(1000, 2000, nil)
			if sc.dated {
				nextSecond()
			}
			lr.mustRun()
			w.reopen()
			w.run(2000, 3000, nil)
			f.resume()
			c := tortureStop(t, w, f)
			if !sc.olddir {
				exactlyOnce(t, c, 3000)
				if lossTold(f) {
					t.Errorf("a loss was told where nothing was lost:\n%s", f.stderr.String())
				}
				return
			}
			miss := c.missing(0, 3000)
			t.Logf("3000 lines, middle file in olddir: %d lost, %d duplicated, %d out of order", len(miss), c.dups(), c.outOfOrder)
			if len(miss) != 1000 || miss[0] != 1000 || miss[999] != 1999 || c.dups() > 0 || c.outOfOrder > 0 {
				t.Errorf("lost %d (first %v), %d duplicates, %d out of order; want exactly the middle file's 1000..1999 lost",
					len(miss), first(miss, 5), c.dups(), c.outOfOrder)
			}
			if !strings.Contains(f.stderr.String(), "1 rotated file(s) could not be read") {
				t.Errorf("the middle file's loss was not told on stderr:\n%s", f.stderr.String())
			}
		})
	}
}

// nextSecond waits for the wall clock to pass into the next second, as logrotate reads it: with
// dateformat -%Y%m%d-%s, a second rotation within the same second would get the first one's name,
// and logrotate would skip it. This waits for the clock, not for trawl.
func nextSecond() {
	now := time.Now()
	time.Sleep(now.Truncate(time.Second).Add(time.Second + clockSlack).Sub(now))
}

// onDisk names the files in dir (decompressing gzip) that hold line n, to tell a line trawl lost
// from one the logger or logrotate did.
func onDisk(t *testing.T, dir string, n int) string {
	t.Helper()
	var found []string
	for _, name := range dirNames(t, dir) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		var r io.Reader = f
		if strings.HasSuffix(name, ".gz") {
			if r, err = gzip.NewReader(f); err != nil {
				f.Close()
				continue
			}
		}
		b, _ := io.ReadAll(r)
		f.Close()
		if bytes.Contains(b, fmt.Appendf(nil, "seq=%d ", n)) {
			found = append(found, name)
		}
	}
	if len(found) == 0 {
		return "no file"
	}
	return strings.Join(found, ", ")
}
