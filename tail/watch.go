package tail

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// follow wakes sources when their files change, and adds the files that globs and directories
// gain. With fsnotify it sleeps until an event; when polling it wakes every PollInterval. If a
// watched directory disappears it polls until the directory can be watched again.
func (g *Group) follow(ctx context.Context) error {
	if g.watcher == nil {
		return g.pollLoop(ctx)
	}
	w := g.watcher
	defer w.Close()
	var tick, settle <-chan time.Time
	var ticker *time.Ticker
	defer func() {
		if ticker != nil {
			ticker.Stop()
		}
	}()
	// While a directory to be followed does not exist yet, a tick of its own only tries to
	// watch it: it costs a failed system call, where a rescan would look at every source.
	var awaitTick <-chan time.Time
	var awaitTicker *time.Ticker
	defer func() {
		if awaitTicker != nil {
			awaitTicker.Stop()
		}
	}()
	var moveDue <-chan time.Time
	handle := func(ev fsnotify.Event) {
		if g.onEvent(ev) && ticker == nil {
			ticker = time.NewTicker(g.opts.PollInterval)
			tick = ticker.C
		}
		if len(g.settling) > 0 && settle == nil {
			settle = time.After(linkSettle)
		}
		if g.moving != nil && moveDue == nil {
			moveDue = time.After(moveWait)
		}
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			handle(ev)
		case <-moveDue:
			moveDue = nil
			select {
			case ev, ok := <-w.Events:
				// The rename's other half may have come with the timer: it decides first.
				if !ok {
					return nil
				}
				handle(ev)
				continue
			default:
			}
			if g.moving != nil && time.Since(g.movedAt) >= moveWait {
				g.moving.departed.Add(1) // no name in a followed directory took it
				g.moving = nil
			} else if g.moving != nil {
				moveDue = time.After(moveWait)
			}
		case <-settle:
			settle = nil
			if wait, more := g.settleLinks(); more {
				settle = time.After(wait)
			}
		case <-g.awaited:
			if awaitTicker == nil {
				awaitTicker = time.NewTicker(g.opts.PollInterval)
				awaitTick = awaitTicker.C
			}
		case <-awaitTick:
			done, unwatched := g.watchAwaited(w)
			if done {
				awaitTicker.Stop()
				awaitTicker, awaitTick = nil, nil
			}
			if unwatched && ticker == nil {
				ticker = time.NewTicker(g.opts.PollInterval)
				tick = ticker.C
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			// fsnotify.ErrEventOverflow means events were lost; any other error may have lost
			// some too. Either way, look at everything again.
			_ = err
			g.rescan()
			g.pokeAll()
		case <-tick:
			g.rescan()
			g.pokeAll()
			if g.rewatch(w) {
				ticker.Stop()
				ticker, tick = nil, nil
			}
		}
	}
}

// onEvent wakes the source an event is about or adds the new file it announces. It reports
// whether a watched directory went away, which needs polling.
func (g *Group) onEvent(ev fsnotify.Event) (lostDir bool) {
	name := cleanKey(ev.Name)
	if g.isLink(name) {
		g.relink(g.watcher)
		return false
	}
	if g.moving != nil {
		g.settleMove(name, ev)
	}
	if s := g.lookupEvent(name); s != nil {
		switch {
		case ev.Has(fsnotify.Remove):
			s.departed.Add(1)
		case ev.Has(fsnotify.Rename):
			g.moving, g.movedAt = s, time.Now() // counted once its new name is known (see settleMove)
		}
		if ev.Has(fsnotify.Create) {
			g.adoptDirs()
		}
		s.poke()
		// A followed directory removed with its files: its own event waits until the source
		// lets the deleted file go (an open file pins its directory), seconds later, and a
		// directory made again under its name meanwhile is unwatched. The tick looks (rewatch).
		return ev.Has(fsnotify.Remove) && g.followsDir(filepath.Dir(name))
	}
	if s := g.hardLinked(name, ev); s != nil {
		s.poke() // a write through a second name of a file a source reads
		return false
	}
	if ev.Has(fsnotify.Create) {
		for _, sp := range g.specs {
			if !sp.matches(name) {
				continue
			}
			switch fi, err := os.Lstat(name); {
			case err != nil:
				// Gone already: a temporary name, renamed over another (a link re-pointed, an
				// editor's save), whose own event reads it.
			case fi.Mode()&os.ModeSymlink != 0:
				g.settling = append(g.settling, settlingLink{name, time.Now()})
			default:
				g.addFile(name, false, true)
			}
			return false
		}
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		for _, sp := range g.specs {
			if slicesContains(sp.dirs, name) {
				return true
			}
		}
	}
	return false
}

// lookupEvent is lookup for an event's name, which is spelled as its directory's watch was
// added: one directory watched under two spellings (a file named by a relative path and reached
// through an absolute link too) has one watch, and its events come under one of them. The other
// spellings, absolute or relative to the working directory as the shell names it and as it is on
// disk (a shell that went there through a link), are looked up too.
func (g *Group) lookupEvent(name string) *source {
	if s := g.lookup(name); s != nil {
		return s
	}
	for _, wd := range workingDirs() {
		if !filepath.IsAbs(name) {
			if s := g.lookup(filepath.Join(wd, name)); s != nil {
				return s
			}
		} else if rel, err := filepath.Rel(wd, name); err == nil {
			if s := g.lookup(rel); s != nil {
				return s
			}
		}
	}
	return nil
}

// workingDirs are the directory relative paths are read from, as the shell names it ($PWD) and,
// when that goes through a link, as it is on disk; trawl never changes it.
var workingDirs = sync.OnceValue(func() []string {
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	if real, err := filepath.EvalSymlinks(wd); err == nil && real != wd {
		return []string{wd, real}
	}
	return []string{wd}
})

// moveWait is how long a file renamed away from a source's path waits for the event of its new
// name: a rename within a watched directory is two events read together (inotify's MOVED_FROM and
// MOVED_TO), so its second comes at once or not at all.
const moveWait = 10 * time.Millisecond

// settleMove decides on the file last renamed away from a source's path, given the event after
// its rename. The rename's other half, the file created under another name a followed directory
// or glob covers (a program that saves by writing state.tmp and renaming it to state), means its
// lines are read there: unless the source had it open, that is no departure of the source's,
// which would otherwise count the files it never saw as lost. Any other event (another file
// made, a rename to a name not read, a rotated one, another directory): it left, and counts.
func (g *Group) settleMove(name string, ev fsnotify.Event) {
	s := g.moving
	g.moving = nil
	if ev.Has(fsnotify.Create) && renamedFrom(ev) == cleanKey(s.path) && name != cleanKey(s.path) && g.covers(name) && !rotatedFrom(name, s.path) {
		if fi, err := os.Stat(name); err == nil && g.files.holder(fi) == s {
			// The source had it open: its tailer counts it as gone (see left), so the count
			// of departures must have it too, or a later loss would go unseen.
			s.departed.Add(1)
		}
		return
	}
	s.departed.Add(1)
}

// renamedFrom is the path a created file had before it was renamed to its name within the watched
// directories, "" when it was made there or the watcher cannot tell. inotify pairs a rename's two
// halves by a cookie, which fsnotify uses to name the old path; it keeps that name unexported and
// shows it in the event's text only ("CREATE \"new\" ← \"old\"").
func renamedFrom(ev fsnotify.Event) string {
	_, from, ok := strings.Cut(ev.String(), " ← ")
	if !ok {
		return ""
	}
	p, err := strconv.Unquote(from)
	if err != nil {
		return ""
	}
	return cleanKey(p)
}

// covers reports whether a spec of the group reads the file at name, a path in a followed
// directory or a glob's.
func (g *Group) covers(name string) bool {
	for _, sp := range g.specs {
		if sp.matches(name) {
			return true
		}
	}
	return false
}

// linkSettle is how long a symlink made in a followed directory must last before it is read as a
// log of its own: `ln -sfn` re-points a link by making a temporary one beside it (CuXXXXXX) and
// renaming it over the old, within microseconds, and read at once that name took the new
// target's first lines from the link they were meant for.
const linkSettle = 50 * time.Millisecond

// settlingLink is a symlink made in a followed directory, and when its event came.
type settlingLink struct {
	name string
	made time.Time
}

// settleLinks adds the symlinks made in followed directories at least linkSettle ago that are
// still there, and reports how long the next one has yet to wait, if any is left.
func (g *Group) settleLinks() (wait time.Duration, more bool) {
	left := g.settling[:0]
	for _, l := range g.settling {
		if age := time.Since(l.made); age < linkSettle {
			left = append(left, l)
			if w := linkSettle - age; !more || w < wait {
				wait, more = w, true
			}
			continue
		}
		if _, err := os.Lstat(l.name); err == nil && g.lookup(l.name) == nil {
			g.addFile(l.name, false, true)
		}
	}
	g.settling = left
	return wait, more
}

// rewatch adds the watches of directories that came back; it reports whether all are in place.
func (g *Group) rewatch(w *fsnotify.Watcher) bool {
	have := w.WatchList()
	all := true
	for _, sp := range g.specs {
		for _, d := range sp.dirs {
			if slicesContains(have, d) {
				if g.sameDir(d) {
					continue
				}
				w.Remove(d) // the watch of a directory deleted since, still pinned (see onEvent)
			}
			if err := w.Add(d); err != nil {
				all = false
				continue
			}
			g.noteWatched(d)
			have = append(have, d)
			g.rescan() // files created between the directory's return and its watch
		}
	}
	return all
}

// watchAwaited watches the directories awaited (see awaitDir) that exist now; it reports whether
// none is left to wait for.
//
// A spec's directory that exists but cannot be watched (no inotify watch left, no permission to
// read it) is no longer awaited: it becomes the spec's like any followed directory, unwatched,
// and unwatched reports it, so that the polling tick looks at its files until a watch holds
// (see rewatch).
func (g *Group) watchAwaited(w *fsnotify.Watcher) (done, unwatched bool) {
	g.mu.Lock()
	waiting := g.awaitedDirs[:0]
	var failed []string
	for _, d := range g.awaitedDirs {
		if err := w.Add(d); err != nil {
			if isDir(d) && g.awaitedBySpec(d) {
				failed = append(failed, d)
				continue
			}
			waiting = append(waiting, d)
		}
	}
	came := len(waiting) < len(g.awaitedDirs)
	g.awaitedDirs = waiting
	g.mu.Unlock()
	if came {
		var watched []string
		for _, sp := range g.specs {
			if sp.awaits != "" && !slicesContains(waiting, sp.awaits) {
				sp.dirs, sp.awaits = []string{sp.awaits}, ""
				if !slicesContains(failed, sp.dirs[0]) {
					g.noteWatched(sp.dirs[0])
					watched = append(watched, sp.dirs[0])
				}
			}
		}
		g.watchLinks(w, watched) // a directory that came as a link a deploy re-points later
		g.rescan()               // a glob's files made before their new directory's watch
		g.pokeAll()              // a target or a named file written before it
	}
	return len(waiting) == 0, len(failed) > 0
}

// awaitedBySpec reports whether dir is the directory a spec awaits, not only a symlink target's.
func (g *Group) awaitedBySpec(dir string) bool {
	for _, sp := range g.specs {
		if sp.awaits == dir {
			return true
		}
	}
	return false
}

// followsDir reports whether dir is a followed directory, one a spec watches.
func (g *Group) followsDir(dir string) bool {
	for _, sp := range g.specs {
		if slicesContains(sp.dirs, dir) {
			return true
		}
	}
	return false
}

// noteWatched records the identity of the directory a watch was just put on.
func (g *Group) noteWatched(dir string) {
	fi, err := os.Stat(dir)
	if id, ok := idOf(fi); ok && err == nil {
		if g.watchedIDs == nil {
			g.watchedIDs = map[string]fileID{}
		}
		g.watchedIDs[dir] = id
	}
}

// sameDir reports whether the directory at dir is still the one its watch was put on; one
// deleted and made again under its name is another, which the old watch does not see.
func (g *Group) sameDir(dir string) bool {
	fi, err := os.Stat(dir)
	if err != nil {
		return false
	}
	id, ok := idOf(fi)
	was, noted := g.watchedIDs[dir]
	return !ok || !noted || id == was
}

// pollLoop is follow without fsnotify.
func (g *Group) pollLoop(ctx context.Context) error {
	t := time.NewTicker(g.opts.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			g.rescan()
			g.pokeAll()
		}
	}
}

// rescan adds the files that globs and directories cover now and that are not sources yet.
func (g *Group) rescan() {
	g.adoptDirs()
	for _, sp := range g.specs {
		if sp.kind != specGlob && sp.kind != specDir {
			continue
		}
		for _, p := range sp.candidates() {
			if g.lookup(cleanKey(p)) == nil {
				g.addFile(p, false, true)
			}
		}
	}
}

func (g *Group) pokeAll() {
	g.mu.Lock()
	srcs := g.sources
	g.mu.Unlock()
	for _, s := range srcs {
		s.poke()
	}
}

// adoptDirs follows as a directory each path named before it existed that has appeared as one
// (`trawl logs/` before the application made logs/): its files now and later are read, as if it
// had been there at start.
func (g *Group) adoptDirs() {
	for _, sp := range g.specs {
		if sp.kind != specPath || !sp.late || !isDir(sp.arg) {
			continue
		}
		sp.kind, sp.dirs = specDir, []string{cleanKey(sp.arg)}
		if g.watcher != nil {
			g.watcher.Add(sp.dirs[0]) // without it, the polling tick still finds its files
		}
		for _, p := range realNamesFirst(sp.candidates()) {
			g.addFile(p, false, true)
		}
	}
}
