package tail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/trawl-dev/trawl/parse"
)

// Group is a set of sources read together. Build it with Open or Demo, then call Run (following or
// reading once into a Sink) or Streams (the headless path), once.
type Group struct {
	opts      Options
	formats   parse.Defined // opts.Custom, which give their entries' fields (see Formats)
	newStream newStreamFunc
	stdin     io.Reader
	specs     []*spec
	watcher   *fsnotify.Watcher // nil when polling or not following
	poll      bool
	demo      *demo                  // set for the demo group, which has no files
	procs     map[*source]procSource // sources read from a child process; set by Open only

	mu      sync.Mutex
	sources []*source
	byKey   map[string]*source
	// byTarget maps the files that symlinked paths resolve to onto their sources (see symlink.go).
	byTarget map[string]*source
	// awaitedDirs are the directories that did not exist when they were to be followed: a
	// symlink target's (see target), or the one a glob's or a named file's files will be in (see
	// awaits). A tick of their own tries to watch each until it appears (see watchAwaited);
	// awaited wakes the follow loop to start that tick.
	awaitedDirs []string
	awaited     chan struct{}
	// settling are the symlinks just made in followed directories, added once they have lasted
	// linkSettle (see settleLinks); only the follow loop touches them.
	settling []settlingLink
	// moving is the source whose file was just renamed away, and movedAt when: its departure
	// counts once the rename's other half says where the file went (see settleMove); only the
	// follow loop touches them.
	moving  *source
	movedAt time.Time
	// hardLinks maps the other names of files that sources read (second hard links, not read
	// apart) onto those sources, which a write through such a name wakes.
	hardLinks map[string]*source
	// links are the directory symlinks on the way to followed paths, resolvedDirs what each
	// watched directory resolved to when watched (see linkdirs.go).
	links        map[string]bool
	resolvedDirs map[string]string
	// watchedIDs are the followed directories' identities when their watches were put on (see
	// sameDir); only the follow loop and watch touch them.
	watchedIDs map[string]fileID
	skipped    map[string]bool // binary files found by patterns, not to be added again
	excluded   []excludedFile  // files trawl writes, never read (see Exclude)
	// initialIDs maps the files read at start onto the path each is read under, so that a
	// second name of one (a symlink beside it, a hard link) does not read it twice.
	initialIDs map[fileID]string
	files      holders // which source holds which open file (see identity.go)
	run        *runner // set while Run is running, to start sources found later

	failMu   sync.Mutex
	failures []error // sources that ended early on the headless path: gaps in its output

	loaded     chan struct{}
	loadedOnce sync.Once
	pending    atomic.Int64 // sources whose initial read is not over yet
	sinkMu     sync.Mutex   // Sink.Append is called by one goroutine at a time
}

// runner is what a running group needs to start a source.
type runner struct {
	ctx  context.Context
	out  output
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

// output hands a source's filled batch on and returns the batch to fill next; given nil it
// returns a first batch.
type output interface {
	next(b *parse.Batch, source string) *parse.Batch
}

// sinkOutput appends to a Sink, serialized, and reuses the batch.
type sinkOutput struct {
	mu   *sync.Mutex
	sink Sink
}

func (o sinkOutput) next(b *parse.Batch, source string) *parse.Batch {
	if b == nil {
		return &parse.Batch{Source: source}
	}
	o.mu.Lock()
	o.sink.Append(b)
	o.mu.Unlock()
	b.Reset()
	return b
}

// errNoSource is returned by Open when no spec gave a usable source; the warnings say why.
var errNoSource = errors.New("no usable log source")

// Open resolves specs: file paths, glob patterns, directories and "-" for stdin. Every unusable
// spec yields a warning that names the path and the reason. A spec is usable when it gives a
// readable text file now, or, when following, when it can be waited for: a missing file whose
// directory exists, a glob or directory with no matching file yet. Such specs are watched and
// their files read when they appear. Unreadable files (permission denied) are kept as sources in
// an error state and retried while following, but do not count as usable. err is non-nil only when
// no spec is usable; the caller should then print the warnings and exit. When following, Open
// already watches the files' directories, so that nothing written before Run is missed; Run stops
// watching when it returns.
func Open(specs []string, opts Options) (g *Group, warnings []error, err error) {
	return open(specs, opts, os.Stdin, parseStreams(opts.withDefaults()))
}

func open(specs []string, opts Options, stdin io.Reader, ns newStreamFunc) (*Group, []error, error) {
	return openWith(specs, opts, hooks{stdin: stdin, streams: ns, newWatcher: fsnotify.NewWatcher})
}

// hooks are what Open takes from the outside world; tests replace them.
type hooks struct {
	stdin      io.Reader
	streams    newStreamFunc
	newWatcher func() (*fsnotify.Watcher, error)
}

func openWith(specs []string, opts Options, h hooks) (*Group, []error, error) {
	g := newGroup(opts, h.streams)
	g.stdin = h.stdin
	var warnings []error
	usable := 0
	for _, arg := range specs {
		n, warn := g.addSpec(arg)
		usable += n
		warnings = append(warnings, warn...)
	}
	if usable == 0 {
		return nil, warnings, errNoSource
	}
	g.markRotated()
	if g.opts.Follow && !g.opts.Poll {
		if err := g.watch(h.newWatcher); err != nil {
			warnings = append(warnings, err)
		}
	} else if g.opts.Follow {
		g.poll = true
	}
	return g, warnings, nil
}

func newGroup(opts Options, ns newStreamFunc) *Group {
	return &Group{
		opts: opts.withDefaults(), newStream: ns, formats: parse.NewDefined(opts.Custom),
		byKey: map[string]*source{}, loaded: make(chan struct{}), awaited: make(chan struct{}, 1),
	}
}

// watch starts one fsnotify watcher on the directories of every spec. When that is impossible
// (no inotify instance or watch left) the group polls instead, and the returned warning says so.
func (g *Group) watch(newWatcher func() (*fsnotify.Watcher, error)) error {
	var dirs []string
	for _, s := range g.specs {
		for _, d := range s.dirs {
			if !slicesContains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	w, err := newWatcher()
	if err == nil {
		for _, d := range dirs {
			if err = w.Add(d); err != nil {
				err = fmt.Errorf("watch %s: %w", d, err)
				w.Close()
				break
			}
			g.noteWatched(d)
		}
	}
	if err != nil {
		g.poll = true
		hint := ""
		if errors.Is(err, syscall.ENOSPC) {
			hint = " (out of inotify watches: see sysctl fs.inotify.max_user_watches)"
		}
		return fmt.Errorf("%w%s; polling every %s instead", err, hint, g.opts.PollInterval)
	}
	g.watcher = w
	g.watchLinks(w, dirs)
	return nil
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Loaded is closed when every source has finished its initial read (backfill or --all).
func (g *Group) Loaded() <-chan struct{} { return g.loaded }

// Stats describes every source, in the order they were found. It is safe to call concurrently and
// cheap: it takes no lock a reader holds for long.
func (g *Group) Stats() []Stats {
	g.mu.Lock()
	srcs := g.sources
	g.mu.Unlock()
	now := g.opts.Now()
	out := make([]Stats, len(srcs))
	for i, s := range srcs {
		out[i] = s.stats(now)
	}
	return out
}

// addSource registers a source once per cleaned path and starts it if the group is running.
func (g *Group) addSource(s *source) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if s.key != "" {
		if _, dup := g.byKey[s.key]; dup {
			return false
		}
		g.byKey[s.key] = s
	}
	// Appending to a fresh slice keeps the slices handed to Stats immutable.
	g.sources = append(g.sources[:len(g.sources):len(g.sources)], s)
	if g.run != nil && g.run.ctx.Err() == nil {
		g.start(s, func() {})
	}
	return true
}

func (g *Group) lookup(key string) *source {
	g.mu.Lock()
	defer g.mu.Unlock()
	if s := g.byKey[key]; s != nil {
		return s
	}
	return g.byTarget[key]
}

// Run reads every source into sink until ctx is done. Without Follow it returns once everything
// was read and flushed. Its error joins the failures that ended sources (read errors without
// Follow) and any panic recovered in its goroutines; per-source trouble is in Stats meanwhile.
func (g *Group) Run(ctx context.Context, sink Sink) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &runner{ctx: ctx, out: sinkOutput{&g.sinkMu, sink}}
	g.mu.Lock()
	g.run = r
	srcs := g.sources
	g.pending.Store(int64(len(srcs)))
	for _, s := range srcs {
		g.start(s, g.loadedOne)
	}
	g.mu.Unlock()
	if len(srcs) == 0 {
		g.loadedOnce.Do(func() { close(g.loaded) })
	}
	if g.opts.Follow {
		if len(g.specs) > 0 {
			g.goSafe(r, "watch", func() error { return g.follow(ctx) })
			<-ctx.Done()
		} else {
			// Standard input, commands, the journal and the demo have nothing to watch, so no
			// source can join them: the run is over when they all are, as tail -f on a pipe ends
			// when its writer closes it. Commands are restarted and the others follow, so in
			// practice that is standard input alone.
			over := make(chan struct{})
			go func() { r.wg.Wait(); close(over) }()
			select {
			case <-ctx.Done():
			case <-over:
			}
		}
	}
	r.wg.Wait()
	r.mu.Lock()
	defer r.mu.Unlock()
	return errors.Join(r.errs...)
}

func (g *Group) loadedOne() {
	if g.pending.Add(-1) == 0 {
		g.loadedOnce.Do(func() { close(g.loaded) })
	}
}

// start launches the goroutine of one source. Called with g.mu held.
func (g *Group) start(s *source, loaded func()) {
	r := g.run
	once := sync.OnceFunc(loaded)
	g.goSafe(r, s.name, func() (err error) {
		defer once()
		defer s.recoverInto(&err)
		return g.runSource(r.ctx, s, g.opts, r.out, followChunk, once)
	})
}

// runSource reads one source with opts (Follow is off on the headless path) until it ends or ctx
// is done.
func (g *Group) runSource(ctx context.Context, s *source, opts Options, out output, chunk int, loaded func()) error {
	if !opts.Since.IsZero() && (s.kind == kindStdin || g.procs[s] != nil) {
		// A file starts at Since; its lines written later pass whatever their time, so that a
		// writer whose clock or zone is off is still seen.
		out = sinceOutput{out, opts.Since.UnixNano()}
	}
	if p := g.procs[s]; p != nil {
		return p.run(ctx, s, opts, out, loaded)
	}
	switch s.kind {
	case kindStdin:
		return g.runStream(ctx, s, opts.Follow, out, loaded)
	case kindDemo:
		return g.demo.run(ctx, s, opts, g.newStream(s.name, nil), out, loaded)
	}
	if s.once {
		opts.Follow = false
	}
	t := newFileTail(s, opts, g.newStream, out, chunk)
	t.targets, t.files, t.readBy = g.target, &g.files, g.readsByName
	if g.poll {
		t.follow = statePolling
	}
	return t.run(ctx, loaded)
}

// goSafe runs fn in a goroutine owned by r, turning a panic into an error of Run.
func (g *Group) goSafe(r *runner, name string, fn func() error) {
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer func() {
			if p := recover(); p != nil {
				r.fail(fmt.Errorf("tail: panic in %s: %v\n%s", name, p, debug.Stack()))
			}
		}()
		if err := fn(); err != nil {
			r.fail(err)
		}
	}()
}

// Formats are the formats defined without code the group's sources are read with (Options.Custom),
// for their entries' fields.
func (g *Group) Formats() parse.Defined { return g.formats }

// Ended reports the sources that stopped in a failed state when they ended by themselves (see
// source.endError): standard input that could not be read, a command that failed.
func (g *Group) Ended() error {
	g.mu.Lock()
	srcs := g.sources
	g.mu.Unlock()
	var errs []error
	for _, s := range srcs {
		errs = append(errs, s.endError())
	}
	return errors.Join(errs...)
}

// Err reports the sources that the headless path (Streams, Encode) could not read to their end:
// their output has a gap.
func (g *Group) Err() error {
	g.failMu.Lock()
	defer g.failMu.Unlock()
	return errors.Join(g.failures...)
}

// ended records how a source's read on the headless path ended; a cancel or a skipped binary
// file is no gap.
func (g *Group) ended(err error) {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, ErrBinary) {
		return
	}
	g.failMu.Lock()
	g.failures = append(g.failures, err)
	g.failMu.Unlock()
}

func (r *runner) fail(err error) {
	r.mu.Lock()
	r.errs = append(r.errs, err)
	r.mu.Unlock()
}

// cleanKey is the key a path is known by in events and in byKey.
func cleanKey(p string) string { return filepath.Clean(p) }
