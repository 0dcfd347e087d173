package tail

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// commandPrefix marks a spec that is a command whose output is read as a log.
const commandPrefix = "cmd:"

// stderrSuffix marks the source name of what a command writes to standard error.
const stderrSuffix = " [stderr]"

// procSource is a source read from a child process: a command or journalctl.
type procSource interface {
	run(ctx context.Context, s *source, opts Options, out output, loaded func()) error
}

// command is a `cmd:` source: any command's standard output and error, parsed like a file,
// restarted with a back-off when it exits while following.
type command struct {
	argv    []string
	streams newStreamFunc
	first   time.Duration // the first restart delay; tests shorten it
}

// addCommand adds the source of a `cmd:` spec. The command is not started until Run.
func (g *Group) addCommand(text string) (int, []error) {
	text = strings.TrimSpace(text)
	argv := commandArgv(text)
	if len(argv) == 0 {
		return 0, []error{fmt.Errorf("%s: empty command (write it after the colon: 'cmd:docker logs -f web')", commandPrefix)}
	}
	s := newSource(text, commandPrefix+text, "", kindCommand)
	s.initial = true
	g.addProc(s, &command{argv: argv, streams: g.newStream, first: restartMin})
	return 1, nil
}

// commandArgv splits a command line into words, or hands it to /bin/sh when it uses anything
// only a shell understands: quotes, pipes, redirections, variables, globs, a leading assignment.
func commandArgv(text string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	if strings.ContainsAny(text, "|&;<>()$`\\\"'*?[]#~{}\n") || strings.Contains(words[0], "=") {
		return []string{"/bin/sh", "-c", shellScript, "sh", text}
	}
	return words
}

// shellScript runs a command line, given as $1, so that a SIGTERM sent to the shell alone reaches
// everything the line started. The kernel signals only the shell when trawl dies (dieWithParent),
// and a shell that dies of it leaves its pipeline running. So the shell traps SIGTERM and sends it
// on to its process group (which trawl made for it, see setGroup), itself included once the trap
// is reset. A shell runs a trap only after the foreground command has ended, so the line runs in
// the background while the shell waits for it: wait is interrupted at once. (In the background
// its standard input is /dev/null, which trawl gives every command anyway.) Without a signal, wait
// returns the line's exit status and the shell exits with it, so the status is reported as with
// `sh -c`. The line is evaluated, not pasted into the script, so that its comments, braces or
// syntax errors cannot change the wrapper.
const shellScript = `trap 'trap - TERM; kill -TERM 0' TERM; eval "$1" & wait $!`

// run starts the command and reads it until ctx is done; while following it restarts the command
// each time it exits, waiting longer after each quick failure.
func (c *command) run(ctx context.Context, s *source, opts Options, out output, loaded func()) error {
	r := newCommandReader(s, opts, c.streams, out)
	var delay time.Duration
	for {
		s.setState(stateFollowing)
		started := time.Now()
		err := c.once(ctx, r, opts, loaded)
		r.end()
		loaded()
		if ctx.Err() != nil {
			return nil
		}
		if !opts.Follow {
			if err != nil {
				s.fail(err)
			} else {
				s.setState(stateDone)
			}
			return nil
		}
		delay = backoff(delay, time.Since(started), c.first)
		why := "exit status 0"
		if err != nil {
			why = err.Error()
		}
		s.fail(fmt.Errorf("exited (%s); restarting in %s", why, delay))
		if !sleepCtx(ctx, delay) {
			return nil
		}
	}
}

// once runs the command to its end.
func (c *command) once(ctx context.Context, r *commandReader, opts Options, loaded func()) error {
	ch, err := startChild(ctx, c.argv)
	if err != nil {
		return fmt.Errorf("start %s: %w", c.argv[0], err)
	}
	defer time.AfterFunc(loadWait, loaded).Stop()
	ch.drain(opts.Quiet, r.feed, func() {
		loaded()
		r.flush()
	})
	return ch.wait()
}

// commandReader parses a command's two outputs, each as a source of its own name.
type commandReader struct {
	s   *source
	out output
	b   *parse.Batch
	std [2]commandStream // standard output, standard error
}

type commandStream struct {
	name   string
	stream lineSink
	sp     *splitter
	off    int64
	clock  *readClock
}

func newCommandReader(s *source, opts Options, ns newStreamFunc, out output) *commandReader {
	r := &commandReader{s: s, out: out}
	for i, name := range []string{s.name, s.name + stderrSuffix} {
		clock := &readClock{now: opts.Now}
		st := &stampSink{inner: ns(name, clock.written)}
		r.std[i] = commandStream{name: name, stream: st, sp: newSplitter(st, opts.MaxEntryBytes, opts.Follow), clock: clock}
	}
	r.b = out.next(nil, s.name)
	return r
}

// use makes the current batch one of name, handing on what the batch holds of another source.
// A stream adds its held-back entry on its next call, so it must only be called through use.
func (r *commandReader) use(name string) {
	if r.b.Source != name {
		r.deliver()
		r.b.Source = name
	}
}

func (r *commandReader) deliver() {
	if r.b.Len() > 0 {
		r.b = r.out.next(r.b, r.b.Source)
	}
}

func (r *commandReader) feed(data []byte, stderr bool) {
	st := &r.std[0]
	if stderr {
		st = &r.std[1]
	}
	r.use(st.name)
	before := st.sp.lines
	st.clock.tick()
	st.sp.feed(data, st.off, r.b)
	st.off += int64(len(data))
	n := st.sp.lines - before
	r.s.bytes.Add(int64(len(data)))
	r.s.lines.Add(n)
	r.s.live.Add(n)
	r.deliver()
}

// flush releases the entries held back for continuation lines, after a quiet spell.
func (r *commandReader) flush() {
	for i := range r.std {
		if st := &r.std[i]; st.stream.Pending() {
			r.use(st.name)
			st.stream.Flush(r.b)
		}
	}
	r.deliver()
}

// end finishes the partial lines of a run that ended, whose newlines will never come.
func (r *commandReader) end() {
	for i := range r.std {
		st := &r.std[i]
		r.use(st.name)
		st.sp.finish(r.b)
		st.stream.Flush(r.b)
	}
	r.deliver()
}
