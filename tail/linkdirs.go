package tail

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/fsnotify/fsnotify"
)

// A followed path may reach its file through a directory symlink: a deploy's
// /srv/app/current/log/production.log, where current names the release and a deploy points it at
// the next one (ln -sfn, mv -T). inotify watches the directory current/log resolved to when the
// watch was made, so nothing of the new release would ever be seen. The directories that hold such
// links are watched too; when a link changes, every watch made through one is made again, the
// patterns are scanned and the sources look at their paths, which now reach other files: a
// rotation, as it is read everywhere else.

// linksOnTheWay lists the symlinks among dir and the directories above it, as paths that can be
// watched for: a link's change is an event in its parent directory.
func linksOnTheWay(dir string) []string {
	var out []string
	for dir = filepath.Clean(dir); ; dir = filepath.Dir(dir) {
		if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			out = append(out, dir)
		}
		if parent := filepath.Dir(dir); parent == dir {
			return out
		}
	}
}

// watchLinks watches the parent directories of the symlinks on the way to each of dirs, and
// remembers what each directory watched resolves to now.
func (g *Group) watchLinks(w *fsnotify.Watcher, dirs []string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.links == nil {
		g.links, g.resolvedDirs = map[string]bool{}, map[string]string{}
	}
	for _, d := range dirs {
		for _, link := range linksOnTheWay(d) {
			if g.links[link] {
				continue
			}
			g.links[link] = true
			if parent := filepath.Dir(link); !slicesContains(w.WatchList(), parent) {
				w.Add(parent) // without it, the polling tick still sees the change
			}
		}
	}
	for _, d := range w.WatchList() {
		if _, ok := g.resolvedDirs[d]; !ok {
			g.resolvedDirs[d], _ = filepath.EvalSymlinks(d)
		}
	}
}

// isLink reports whether name is a directory symlink on the way to a followed path.
func (g *Group) isLink(name string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.links[name]
}

// relink makes again each watch whose directory now resolves elsewhere, then scans the patterns
// and wakes every source, so that files reached through a changed link are found.
func (g *Group) relink(w *fsnotify.Watcher) {
	g.mu.Lock()
	var moved []string
	for d, was := range g.resolvedDirs {
		if now, _ := filepath.EvalSymlinks(d); now != was {
			g.resolvedDirs[d] = now
			moved = append(moved, d)
		}
	}
	g.mu.Unlock()
	for _, d := range moved {
		w.Remove(d)
		w.Add(d) // fails while the link points at nothing: the next change of the link tries again
	}
	g.rescan()
	g.pokeAll()
}
