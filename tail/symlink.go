package tail

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// A followed path may be a symlink, as every file under a Kubernetes node's /var/log/containers
// is: the file it names lives in another directory (pods/<pod>/<container>/0.log), where the
// kubelet rotates it, and a container restart points the link at a new file. Events about the
// file come from the target's directory, so that directory is watched too, and the target's name
// is an alias of the source in event lookups. Rotated copies are looked for beside the target,
// where rotation puts them.

// resolved is the path p names once every symlink in it is followed, or "" when that is p
// itself (or p cannot be resolved now).
func resolved(p string) string {
	r, err := filepath.EvalSymlinks(p)
	if err != nil || r == filepath.Clean(p) {
		return ""
	}
	return r
}

// isSymlink reports whether p itself is a symbolic link, whatever it points at.
func isSymlink(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode()&fs.ModeSymlink != 0
}

// danglingTarget is the path a symlink at p names when nothing is there yet (an application's log
// linked before the application first writes it, a deploy's link pointed at the next release's
// log), following a chain of links; "" when p is no such link. Its directory is watched, so that
// the file is read as soon as it appears.
func danglingTarget(p string) string {
	end := linkEnd(p)
	if end == "" {
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
		return ""
	}
	if _, err := os.Lstat(end); errors.Is(err, fs.ErrNotExist) {
		return end
	}
	return ""
}

// linkEnd is the path a chain of symlinks starting at p ends at, whether anything is there or
// not; "" when p is no symlink, or its chain cannot be read or loops.
func linkEnd(p string) string {
	for hops := 0; hops <= 40; hops++ { // as many links as the kernel follows
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist) && hops > 0:
			return p
		case err != nil:
			return ""
		case fi.Mode()&fs.ModeSymlink == 0:
			if hops == 0 {
				return ""
			}
			return p
		}
		to, err := os.Readlink(p)
		if err != nil {
			return ""
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = filepath.Clean(to)
	}
	return ""
}

// onDisk is the path the open file was found at: the target of a symlinked path, or the path.
func (t *fileTail) onDisk() string {
	if t.real != "" {
		return t.real
	}
	return t.src.path
}

// retarget records that the path now resolves to real, and tells the group, which watches the
// new target's directory and routes its events to this source.
func (t *fileTail) retarget(real string) {
	if real == t.real {
		return
	}
	old := t.real
	t.real = real
	if t.targets != nil {
		t.targets(t.src, old, real)
	}
}

// target routes the events about real, the file a source's symlinked path resolves to, to that
// source instead of old, and watches real's directory.
func (g *Group) target(s *source, old, real string) {
	g.mu.Lock()
	if old != "" && g.byTarget[cleanKey(old)] == s {
		delete(g.byTarget, cleanKey(old))
	}
	if real != "" {
		if g.byTarget == nil {
			g.byTarget = map[string]*source{}
		}
		g.byTarget[cleanKey(real)] = s
	}
	w := g.watcher
	g.mu.Unlock()
	if w != nil && real != "" {
		dir := filepath.Dir(real)
		if !slicesContains(w.WatchList(), dir) {
			switch err := w.Add(dir); {
			case errors.Is(err, fs.ErrNotExist):
				g.awaitDir(dir) // a link to a file in a folder still to be made
			case err != nil:
				// Without a watch on the target's directory, only the polling tick wakes the source.
				s.fail(err)
			}
		}
	}
}

// awaitDir has the await tick look for dir, a directory that does not exist yet (a symlink
// target's, or a spec's), until it can be watched: no event tells of it before then.
func (g *Group) awaitDir(dir string) {
	g.mu.Lock()
	if !slicesContains(g.awaitedDirs, dir) {
		g.awaitedDirs = append(g.awaitedDirs, dir)
	}
	g.mu.Unlock()
	select {
	case g.awaited <- struct{}{}:
	default:
	}
}

// awaitTarget watches for the file that the path, a symlink to nothing yet, names. The file may
// have been created between the look that found nothing and the watch on its directory, whose
// creation event then went to no source: a look after the watch wakes the source for it.
func (t *fileTail) awaitTarget() {
	if real := danglingTarget(t.src.path); real != "" {
		t.retarget(real)
		if _, err := os.Stat(real); err == nil {
			t.src.poke()
		}
	}
}
