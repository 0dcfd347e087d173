package tail

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/fsnotify/fsnotify"
	"github.com/trawl-dev/trawl/export"
)

// addSpec resolves one command-line argument into sources. It returns 1 when the spec is usable
// (see Open) and the warnings it produced.
func (g *Group) addSpec(arg string) (int, []error) {
	if arg == "-" {
		s := newSource("stdin", "-", "-", kindStdin)
		s.initial = true
		g.addSource(s)
		return 1, nil
	}
	// An argument that names something on disk is that file or directory, whatever it holds: a
	// file called "cmd:touch x" that a shell's * expands to is read, never run, and "app[1].log"
	// is a file before it is a pattern (and a pattern too, below).
	if _, err := os.Lstat(arg); err != nil {
		if text, ok := strings.CutPrefix(arg, commandPrefix); ok {
			return g.addCommand(text)
		}
		if sel, ok := strings.CutPrefix(arg, journalPrefix); ok {
			return g.addJournal(sel)
		}
		if text, ok := strings.CutPrefix(arg, sshPrefix); ok {
			return g.addSSH(text)
		}
		if query, ok := strings.CutPrefix(arg, lokiPrefix); ok {
			return g.addLoki(query)
		}
		if _, err := filepath.Match(arg, ""); hasMeta(arg) && err == nil {
			return g.addPattern(&spec{kind: specGlob, arg: arg, dirs: globDirs(arg)}, false)
		}
		// A name that is no valid pattern ("app[1.log") is a file's name, missing.
	}
	fi, err := os.Stat(arg)
	switch {
	case err == nil && fi.IsDir():
		return g.addPattern(&spec{kind: specDir, arg: arg, dirs: []string{cleanKey(arg)}}, false)
	case errors.Is(err, fs.ErrNotExist):
		dir := filepath.Dir(arg)
		sp := &spec{kind: specPath, arg: arg, dirs: []string{cleanKey(dir)}, late: true}
		warn := missing(arg, err, true)
		if !isDir(dir) {
			if !g.awaits(sp, dir) {
				return 0, []error{missing(arg, err, false)}
			}
			warn = &Awaited{Path: arg, err: fmt.Errorf("%s: %w (waiting for it and its directory to appear)", arg, systemCause(err))}
		} else if !g.opts.Follow {
			return 0, []error{missing(arg, err, false)}
		}
		g.specs = append(g.specs, sp)
		s := newSource(arg, arg, cleanKey(arg), kindFile)
		s.state = stateWaiting
		g.addSource(s)
		return 1, []error{warn}
	case err != nil:
		return 0, []error{err}
	case !fi.Mode().IsRegular() || decompressible(arg):
		// A named pipe or a device, such as the /dev/fd/N of a shell's process substitution, or
		// a compressed file (read decompressed): read it once as a stream.
		s := newSource(arg, arg, cleanKey(arg), kindStdin)
		s.initial = true
		g.addSource(s)
		return 1, nil
	case compressed(arg):
		return 0, []error{fmt.Errorf("%s: compressed file, not read (decompress it and pipe it in: trawl -)", arg)}
	}
	if g.opts.Follow {
		g.specs = append(g.specs, &spec{kind: specPath, arg: arg, dirs: []string{cleanKey(filepath.Dir(arg))}})
	}
	n, warns := g.addFile(arg, true, false)
	if _, err := filepath.Match(arg, ""); hasMeta(arg) && err == nil {
		// A file named as the pattern is ("*.log", made by a slip or to hide the others) is read,
		// and so is every file the pattern covers, followed as a quoted glob is.
		// (That the pattern matches nothing beside the file is no news: "back\\slash.log".)
		m, w := g.addPattern(&spec{kind: specGlob, arg: arg, dirs: globDirs(arg)}, n > 0)
		n, warns = max(n, m), append(warns, w...)
	}
	return n, warns
}

// addPattern adds the files a glob or directory covers now and, when following, keeps it to pick
// up the files created later. quiet says nothing when it covers no file.
func (g *Group) addPattern(sp *spec, quiet bool) (int, []error) {
	if sp.kind == specGlob {
		if _, err := filepath.Match(sp.arg, ""); err != nil {
			return 0, []error{fmt.Errorf("%s: %w", sp.arg, err)}
		}
	}
	usable := 0
	var warns []error
	for _, p := range realNamesFirst(sp.candidates()) {
		n, w := g.addFile(p, true, true)
		usable += n
		warns = append(warns, w...)
	}
	what := "no matching files"
	if sp.kind == specDir {
		what = "no log files in it"
		if _, err := os.ReadDir(sp.arg); err != nil {
			// An unreadable folder is not an empty one: say why nothing in it is read.
			return 0, append(warns, err)
		}
	}
	if sp.kind == specGlob && len(sp.dirs) == 0 {
		g.awaits(sp, filepath.Dir(sp.arg))
	}
	if g.opts.Follow && (len(sp.dirs) > 0 || sp.awaits != "") {
		g.specs = append(g.specs, sp)
		if usable == 0 && !quiet && sp.awaits != "" {
			warns = append(warns, &Awaited{Path: sp.arg, err: fmt.Errorf("%s: %s yet, nor the directory %s (watching for them)", sp.arg, what, sp.awaits)})
		} else if usable == 0 && !quiet {
			warns = append(warns, &Awaited{Path: sp.arg, err: fmt.Errorf("%s: %s yet (watching for them)", sp.arg, what)})
		}
		usable = max(usable, 1)
	} else if usable == 0 && !quiet {
		warns = append(warns, fmt.Errorf("%s: %s", sp.arg, what))
	}
	return min(usable, 1), warns
}

// awaits has a followed spec wait for dir, the directory its files will be in, which does not
// exist yet (`trawl /var/log/app/*.log` before the application's first start): the await tick
// looks for it until it can be watched (see watchAwaited). It reports whether the spec waits; a
// glob's directory named by a pattern is not looked for, nor one that a file's name stands in the
// way of, nor anything without follow.
func (g *Group) awaits(sp *spec, dir string) bool {
	if _, err := os.Stat(dir); !g.opts.Follow || sp.kind == specGlob && hasMeta(dir) || !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	sp.dirs, sp.awaits = nil, cleanKey(dir)
	g.awaitDir(sp.awaits)
	return true
}

// addFile adds the file at path as a source. Files found by a pattern (found) must be regular and
// not compressed, or they are skipped without a word, and must be text: those that exist at start
// (initial) are checked now, those appearing later on their first read. A file the user named is
// read whatever its bytes; it is only checked to be readable.
func (g *Group) addFile(path string, initial, found bool) (int, []error) {
	key := cleanKey(path)
	if g.lookup(key) != nil {
		return 1, nil
	}
	if g.ownOutput(path) {
		g.skip(key)
		if found {
			return 0, nil
		}
		return 0, []error{fmt.Errorf("%s: trawl's own output, not read", path)}
	}
	if found {
		if g.isSkipped(key) || compressed(path) {
			return 0, nil
		}
		// A file that a rotation gave a new name while following is the file already read. A
		// rotated name stays one: it is not looked at again on every rescan.
		if !initial && g.rotationOf(path) != nil {
			g.skip(key)
			return 0, nil
		}
		// A link to a file a source reads by name (alias.log -> app.log) is that source's
		// other name, whichever file the name holds: in the middle of a rotation it may hold none
		// yet, or a new file the source has not reopened yet, and read apart, each line would
		// arrive twice.
		if !initial && g.sourceNamed(linkEnd(path)) {
			return 0, nil
		}
		fi, err := os.Stat(path)
		if errors.Is(err, fs.ErrNotExist) && g.opts.Follow && isSymlink(path) && danglingTarget(path) != "" {
			// A link to a log not written yet (logs/current.log -> ../app/current.log): read
			// when it appears, if it is text.
			s := newSource(path, path, key, kindFile)
			s.sniff, s.state = true, stateWaiting
			g.addSource(s)
			return 0, nil
		}
		if err != nil || !fi.Mode().IsRegular() {
			return 0, nil
		}
		if !initial && g.files.known(fi, nil) {
			g.hardLink(key, g.files.holder(fi)) // a second name made while following, maybe
			return 0, nil
		}
	}
	var id fileID
	if initial {
		fi, err := os.Stat(path)
		var known bool
		if id, known = idOf(fi); err == nil && known && g.readUnder(id) != "" {
			// Another name of a file read already: a symlink, which follows whatever its target
			// becomes, or a second hard link. Read under both names, each line would arrive twice;
			// a write through the second name wakes the source that reads the file, and when the
			// name read is removed, that source reads the open file on (see drainWait).
			if lfi, err := os.Lstat(path); err == nil && lfi.Mode().IsRegular() {
				g.hardLink(key, g.lookup(cleanKey(g.readUnder(id))))
			}
			return 1, nil
		}
	}
	s := newSource(path, path, key, kindFile)
	s.initial = initial
	s.sniff = !initial && found
	if initial {
		err := probe(path, found)
		switch {
		case errors.Is(err, ErrBinary):
			g.skip(key)
			return 0, []error{err}
		case err != nil:
			// Unreadable now (permission denied): kept and retried while following.
			if !g.opts.Follow {
				return 0, []error{err}
			}
			s.fail(err)
			g.addSource(s)
			return 0, []error{err}
		}
		g.readAs(id, path)
	}
	g.addSource(s)
	return 1, nil
}

// realNamesFirst orders the paths a pattern found so that symlinks come after the files they may
// name: of two names of one file, the one read is the file's own (see addFile).
func realNamesFirst(paths []string) []string {
	links := make([]string, 0, len(paths))
	out := paths[:0:0]
	for _, p := range paths {
		if fi, err := os.Lstat(p); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			links = append(links, p)
			continue
		}
		out = append(out, p)
	}
	return append(out, links...)
}

// hardLink records key as another name of the file s reads; a nil s records nothing.
func (g *Group) hardLink(key string, s *source) {
	if s == nil {
		return
	}
	g.mu.Lock()
	if g.hardLinks == nil {
		g.hardLinks = map[string]*source{}
	}
	g.hardLinks[key] = s
	g.mu.Unlock()
}

// hardLinked is the source that reads the file key names as its second hard link, or nil. A name
// that is removed, renamed or created again names that file no longer, and is forgotten.
func (g *Group) hardLinked(key string, ev fsnotify.Event) *source {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := g.hardLinks[key]
	if s != nil && (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) || ev.Has(fsnotify.Create)) {
		delete(g.hardLinks, key)
		return nil
	}
	return s
}

// sourceNamed reports whether a source reads the file at path by that name, or by another way
// of writing it: absolute or relative, through a linked directory.
func (g *Group) sourceNamed(path string) bool {
	if path == "" {
		return false
	}
	if g.lookup(cleanKey(path)) != nil {
		return true
	}
	want := ""
	g.mu.Lock()
	srcs := g.sources
	g.mu.Unlock()
	for _, s := range srcs {
		if s.kind != kindFile || filepath.Base(s.path) != filepath.Base(path) {
			continue // most sources: another name; the directories are resolved for the rest only
		}
		if want == "" {
			if want = canonicalPath(path); want == "" {
				return false
			}
		}
		if canonicalPath(s.path) == want {
			return true
		}
	}
	return false
}

// readsByName reports whether a source other than self reads the file fi by its own name: a file
// (no link) at the path it follows.
func (g *Group) readsByName(fi os.FileInfo, self *source) bool {
	g.mu.Lock()
	srcs := g.sources
	g.mu.Unlock()
	for _, s := range srcs {
		if s == self || s.kind != kindFile || s.once || isSymlink(s.path) {
			continue
		}
		if pi, err := os.Stat(s.path); err == nil && os.SameFile(pi, fi) {
			return true
		}
	}
	return false
}

// canonicalPath is p made absolute, its directory's symlinks resolved; "" when that fails.
func canonicalPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return ""
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return ""
	}
	return filepath.Join(dir, filepath.Base(abs))
}

// readAs records that the file id is read at start under path.
func (g *Group) readAs(id fileID, path string) {
	if id == (fileID{}) {
		return
	}
	g.mu.Lock()
	if g.initialIDs == nil {
		g.initialIDs = map[fileID]string{}
	}
	g.initialIDs[id] = path
	g.mu.Unlock()
}

// readUnder is the path the file id is read under at start, or "".
func (g *Group) readUnder(id fileID) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.initialIDs[id]
}

// ownOutput reports whether path is a file trawl writes: its output (Options.Exclude), or an
// export of the interface's (see Exclude), by the name it is written under or its own.
func (g *Group) ownOutput(path string) bool {
	if strings.HasPrefix(filepath.Base(path), export.TempPrefix) {
		return true
	}
	g.mu.Lock()
	excluded := g.excluded
	g.mu.Unlock()
	if g.opts.Exclude == nil && len(excluded) == 0 {
		return false
	}
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	if g.opts.Exclude != nil && os.SameFile(fi, g.opts.Exclude) {
		return true
	}
	abs, _ := filepath.Abs(path)
	for _, x := range excluded {
		if x.abs == abs && os.SameFile(fi, x.fi) {
			return true
		}
	}
	return false
}

// excludedFile is a file trawl wrote, at its name: both must hold, since a file system reuses a
// deleted file's inode for the next file it creates, a new log among them.
type excludedFile struct {
	abs string // the absolute path: a followed directory names it relative to the working one
	fi  os.FileInfo
}

// Exclude makes a file trawl writes at path (an export the interface writes into a followed
// directory) one the group never reads while that name holds it; fi is the file's, taken before
// it has its name. It is safe to call while the group runs.
func (g *Group) Exclude(path string, fi os.FileInfo) {
	abs, _ := filepath.Abs(path)
	g.mu.Lock()
	g.excluded = append(g.excluded, excludedFile{abs, fi})
	g.mu.Unlock()
}

// Follows reports whether fi is the file one of the group's file sources reads: an export written
// over it would replace the log being followed, which its source would then read back as a
// rotation.
func (g *Group) Follows(fi os.FileInfo) bool {
	g.mu.Lock()
	var paths []string
	for _, s := range g.sources {
		if s.kind == kindFile && !s.remote {
			paths = append(paths, s.path)
		}
	}
	g.mu.Unlock()
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && os.SameFile(st, fi) {
			return true
		}
	}
	return false
}

// skip remembers a file that is not to be read (binary), so that rescans do not add it again.
func (g *Group) skip(key string) {
	g.mu.Lock()
	if g.skipped == nil {
		g.skipped = map[string]bool{}
	}
	g.skipped[key] = true
	g.mu.Unlock()
}

func (g *Group) isSkipped(key string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.skipped[key]
}

// addProc adds a source read from a child process.
func (g *Group) addProc(s *source, p procSource) {
	if g.procs == nil {
		g.procs = map[*source]procSource{}
	}
	g.procs[s] = p
	g.addSource(s)
}
