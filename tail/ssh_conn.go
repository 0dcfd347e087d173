package tail

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"sync/atomic"
	"time"
)

// Host states, shown as the source's state.
const (
	stateConnecting = "connecting"
	stateStreaming  = "streaming"
	stateLagging    = "lagging"
	stateLost       = "lost"
)

// errHostSilent says a connection that stopped answering was dropped.
var errHostSilent = errors.New("no word from the host")

// sshHost is the source of one host: one ssh connection, kept up while following, that carries
// every file of the host. What it read of each file (inode and offset) outlives the connection,
// so that the next one goes on where the last stopped.
type sshHost struct {
	host     string
	argv     []string // ssh and its options; the host and the remote command are added
	sudo     bool
	streams  newStreamFunc
	fleet    *fleet
	src      *source
	retry    time.Duration // the first delay after a lost connection; tests shorten it
	delay    time.Duration // before the first try: this host's share of the stagger
	patterns []string
	files    []*remoteState // by the script's file id
	fresh    bool           // no connection finished its first poll yet: backfill applies
	sought   bool           // --since was looked for in the files (seekSince)

	offset atomic.Int64 // the remote clock minus the local one, ns, estimated at connect
	last   atomic.Int64 // when the last record came, local Unix ns
	behind atomic.Int64 // bytes the host had and had not sent yet, at its last record
	since  time.Time    // when the host was lost; zero while streaming

	fileErrs atomic.Pointer[string] // files of the host that cannot be read, and why
	back     atomic.Pointer[string] // when the host came back after its last loss
}

// run keeps a connection to the host until ctx is done (without following: until the host has
// sent everything once), connecting again with a back-off each time one is lost.
func (h *sshHost) run(ctx context.Context, s *source, opts Options, out output, loaded func()) error {
	if opts.Follow {
		out = h.fleet.join(ctx, h, out)
		defer h.fleet.leave()
	}
	r := newHostReader(h, s, opts, out)
	defer r.close()
	if !sleepCtx(ctx, h.delay) {
		return nil
	}
	delay := h.retry
	for attempt := 1; ; attempt++ {
		s.setState(fmt.Sprintf("%s (try %d)", stateConnecting, attempt))
		started := time.Now()
		err := h.once(ctx, r, opts, loaded)
		loaded()
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, errDone) {
			if p := h.fileErrs.Load(); p != nil {
				s.fail(errors.New(*p)) // a named file could not be read: a gap the exit tells
				return nil
			}
			s.setState(stateDone)
			return nil
		}
		if !opts.Follow {
			s.fail(fmt.Errorf("%s: %w", stateLost, err))
			return nil
		}
		if time.Since(started) >= restartReset || r.answered {
			delay = h.retry
		}
		if h.since.IsZero() {
			h.since = time.Now()
		}
		// A random share of the delay keeps hosts lost together from trying again together.
		wait := delay + rand.N(delay/4+1)
		s.fail(fmt.Errorf("%s since %s: %w; next try in %s", stateLost, h.since.Format("15:04:05"), err, wait.Round(time.Second)))
		if !sleepCtx(ctx, wait) {
			return nil
		}
		delay = min(delay*2, sshRetryMax)
	}
}

// errDone ends a read without following: the host sent everything.
var errDone = errors.New("done")

// once makes one connection and reads it until it ends.
func (h *sshHost) once(ctx context.Context, r *hostReader, opts Options, loaded func()) error {
	if h.fresh && !opts.Since.IsZero() && !h.sought {
		h.src.setState(stateConnecting + ": finding --since in the files")
		reached, err := h.seekSince(ctx, opts)
		if err != nil && reached && ctx.Err() == nil {
			h.src.fail(fmt.Errorf("--since could not be found on the host, its files are read whole: %w", err))
		}
		h.sought = reached
	}
	params := scriptParams{token: newToken(), poll: sshPoll, beat: sshBeat, cap: sshRecordMax,
		back: backfillLines(opts), follow: opts.Follow, fresh: h.fresh, patterns: h.patterns}
	for _, f := range h.files {
		params.files = append(params.files, remoteFile{path: f.path, ino: f.ino, offset: f.off})
	}
	script := params.script()
	argv := append(append([]string{}, h.argv...), h.host, remoteCommand(len(script), h.sudo))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch, stdin, err := startSSH(ctx, argv)
	if err != nil {
		return fmt.Errorf("start %s: %w", h.argv[0], err)
	}
	defer stdin.Close()
	r.begin(params.token, stdin, loaded)
	if _, err := stdin.WriteString(script); err != nil {
		cancel()
	}
	h.last.Store(time.Now().UnixNano())
	go h.watch(ctx, r, ch)
	defer time.AfterFunc(loadWait, loaded).Stop()
	ch.drain(opts.Quiet, func(data []byte, stderr bool) {
		if !stderr {
			r.feed(data)
		}
	}, r.flush)
	werr := ch.wait()
	r.end()
	if opts.Follow {
		h.fleet.lost(h)
	}
	switch {
	case r.done:
		return errDone
	case r.err != nil:
		return r.err
	case r.silent.Load():
		return errHostSilent
	case werr != nil:
		return werr
	}
	return errors.New("connection closed")
}

// watch sets the host's state while a connection lives: streaming, or lagging when the host is
// behind or silent; a host silent for sshDead is dropped, to be connected again.
func (h *sshHost) watch(ctx context.Context, r *hostReader, ch *child) {
	defer func() { _ = recover() }() // a state is not worth a crash
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ch.exited:
			return
		case <-t.C:
		}
		if !r.streaming.Load() {
			continue
		}
		quiet := time.Since(time.Unix(0, h.last.Load()))
		switch {
		case quiet >= sshDead:
			r.silent.Store(true)
			killGroup(ch.cmd, true)
			return
		case quiet >= sshSilent:
			h.src.setState(fmt.Sprintf("%s: no word for %s", stateLagging, quiet.Round(time.Second)))
		case h.behind.Load() > 0:
			h.src.setState(fmt.Sprintf("%s: %s behind", stateLagging, byteCount(h.behind.Load())))
		default:
			h.src.setState(h.streamingState())
		}
	}
}

// streamingState words a healthy connection: its clock offset, with a warning past sshSkewWarn.
func (h *sshHost) streamingState() string {
	off := time.Duration(h.offset.Load())
	st := fmt.Sprintf("%s (clock %+.3fs)", stateStreaming, off.Seconds())
	if off > sshSkewWarn || off < -sshSkewWarn {
		st += fmt.Sprintf(": clock off by more than %s, the times of its lines are off too", sshSkewWarn)
	}
	if p := h.back.Load(); p != nil {
		st += ", " + *p
	}
	if p := h.fileErrs.Load(); p != nil {
		st += "; " + *p
	}
	return st
}

// resumed marks the host streaming again after a loss.
func (h *sshHost) resumed() {
	if !h.since.IsZero() {
		note := fmt.Sprintf("resumed after %s lost at %s", time.Since(h.since).Round(time.Second), h.since.Format("15:04:05"))
		h.back.Store(&note)
	}
	s := h.src
	s.mu.Lock()
	s.state = h.streamingState()
	s.err = nil
	s.mu.Unlock()
	h.since = time.Time{}
}

// backfillLines is the script's backfill: lines, -1 for whole files, 0 for none.
func backfillLines(opts Options) int {
	switch {
	case opts.All || !opts.Since.IsZero():
		return -1
	case opts.Lines < 0:
		return 0
	}
	return opts.Lines
}

func byteCount(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// startSSH is startChild with a pipe to the child's standard input, which carries the script
// and then stays open: the remote side ends when it closes.
func startSSH(ctx context.Context, argv []string) (*child, *os.File, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	setGroup(cmd)
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	cmd.Stdin = pr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		pr.Close()
		pw.Close()
		return nil, nil, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		pr.Close()
		pw.Close()
		return nil, nil, err
	}
	if err := cmd.Start(); err != nil {
		pr.Close()
		pw.Close()
		return nil, nil, err
	}
	pr.Close()
	return newChild(ctx, cmd, stdout, stderr), pw, nil
}
