package tail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// Tuning of child processes (commands and journalctl).
const (
	// stopGrace is how long a child's process group has to exit after SIGTERM before SIGKILL:
	// long enough for ssh or kubectl to close their connections, short enough not to hold up quit.
	stopGrace = 2 * time.Second
	// restartMin and restartMax bound the back-off between restarts of an exited child: a command
	// that fails at once is retried twice a minute at most, one that ran for a while at once.
	restartMin = time.Second
	restartMax = 30 * time.Second
	// restartReset is how long a child must have run for its next restart to start the back-off
	// over.
	restartReset = 10 * time.Second
)

// child is one running process with its standard output and error piped to chunk channels. It
// runs in a process group of its own, so that stopping it also stops everything it started.
type child struct {
	cmd      *exec.Cmd
	out, err chan chunk     // closed after the read that returned an error (EOF included)
	free     [2]chan []byte // buffers to read into, for out and err, given back after each chunk
	started  time.Time

	mu      sync.Mutex
	lastErr string // the last non-empty line written to standard error
	errPart []byte // the start of the line being written to standard error
	exited  chan struct{}
}

// startChild starts argv. Its output arrives on c.out and c.err until ctx is done; when ctx is
// done the whole process group is sent SIGTERM, then SIGKILL after stopGrace.
func startChild(ctx context.Context, argv []string) (*child, error) {
	if len(argv) == 0 {
		return nil, errors.New("empty command")
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	setGroup(cmd)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return newChild(ctx, cmd, stdout, stderr), nil
}

// newChild reads the output of cmd, just started, and guards it until ctx is done.
func newChild(ctx context.Context, cmd *exec.Cmd, stdout, stderr io.Reader) *child {
	c := &child{cmd: cmd, out: make(chan chunk), err: make(chan chunk), started: time.Now(), exited: make(chan struct{})}
	for i, p := range []struct {
		r  io.Reader
		ch chan chunk
	}{{stdout, c.out}, {stderr, c.err}} {
		free := make(chan []byte, 2)
		free <- make([]byte, followChunk)
		free <- make([]byte, followChunk)
		c.free[i] = free
		go func() {
			defer close(p.ch)
			readOwned(p.r, free, p.ch)
		}()
	}
	go c.guard(ctx)
	return c
}

// readOwned is readChunks for a pipe the child owns: it always delivers, because the owner reads
// both channels to their end before waiting for the process, so a send never blocks forever.
func readOwned(r interface{ Read([]byte) (int, error) }, free chan []byte, ch chan<- chunk) {
	for {
		buf := <-free
		n, err := r.Read(buf)
		if n == 0 && err == nil {
			free <- buf
			continue
		}
		ch <- chunk{buf[:n], err}
		if err != nil {
			return
		}
	}
}

// guard stops the process group when ctx is done before the child exited.
func (c *child) guard(ctx context.Context) {
	select {
	case <-c.exited:
		return
	case <-ctx.Done():
	}
	killGroup(c.cmd, false)
	t := time.NewTimer(stopGrace)
	defer t.Stop()
	select {
	case <-c.exited:
	case <-t.C:
		killGroup(c.cmd, true)
	}
}

// maxErrLine bounds the line of standard error kept to describe how a child ended.
const maxErrLine = 1 << 10

// noteStderr remembers the last non-empty line of standard error. A line may come in several
// chunks ("sh: 1: journalctl: not found" as "sh: 1: journalctl" and ": not found"): the part
// before its end is kept until the rest arrives.
func (c *child) noteStderr(data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			c.errPart = append(c.errPart, data[:min(len(data), maxErrLine-len(c.errPart))]...)
			return
		}
		c.errPart = append(c.errPart, data[:min(i, maxErrLine-len(c.errPart))]...)
		if l := strings.TrimSpace(string(c.errPart)); l != "" {
			c.lastErr = l
		}
		c.errPart, data = c.errPart[:0], data[i+1:]
	}
}

// wait reaps the child once both pipes reached their end, then kills whatever its group left
// behind (a daemonized grandchild), and describes how it ended; nil for exit status 0.
func (c *child) wait() error {
	err := c.cmd.Wait()
	close(c.exited)
	killGroup(c.cmd, true)
	if err == nil {
		return nil
	}
	c.mu.Lock()
	last := c.lastErr
	if l := strings.TrimSpace(string(c.errPart)); l != "" {
		last = l // a last line without its newline
	}
	c.mu.Unlock()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		err = errors.New(exitDescription(ee))
	}
	if last != "" {
		return fmt.Errorf("%w: %s", err, last)
	}
	return err
}

// loadWait bounds how long a child's output may keep its source from counting as loaded, which
// otherwise waits for the first quiet spell: a command that never pauses (a busy docker logs -f)
// would hold back headless output and the loading indicator for ever.
const loadWait = 2 * time.Second

// drain reads both pipes of c to their end, handing each chunk to fn (stderr true for standard
// error), and calls idle after each quiet spell. The pipes end when the group exits, which guard
// brings about once the context is done.
func (c *child) drain(quiet time.Duration, fn func(data []byte, stderr bool), idle func()) {
	out, errc := c.out, c.err
	var timer *time.Timer
	if idle != nil {
		timer = time.NewTimer(quiet)
		defer timer.Stop()
	}
	var tc <-chan time.Time
	if timer != nil {
		tc = timer.C
	}
	for out != nil || errc != nil {
		select {
		case ch, ok := <-out:
			if !ok {
				out = nil
				continue
			}
			if len(ch.data) > 0 {
				fn(ch.data, false)
			}
			c.free[0] <- ch.data[:cap(ch.data)]
		case ch, ok := <-errc:
			if !ok {
				errc = nil
				continue
			}
			if len(ch.data) > 0 {
				c.noteStderr(ch.data)
				fn(ch.data, true)
			}
			c.free[1] <- ch.data[:cap(ch.data)]
		case <-tc:
			idle()
			continue
		}
		if timer != nil {
			timer.Reset(quiet)
		}
	}
}

// backoff is the delay before the next restart of a child that ran for ran, after a delay of prev.
func backoff(prev, ran, first time.Duration) time.Duration {
	if ran >= restartReset || prev == 0 {
		return first
	}
	return max(first, min(prev*2, restartMax))
}

// sleepCtx waits d or until ctx is done; false when ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
