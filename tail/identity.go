package tail

import (
	"os"
	"path/filepath"
	"sync"
)

// A file is known by what it is, not by its name. Rotation gives the file a source is reading a
// new name (app.log.1, app.log-20261129, 0.log.20261129-074116), or leaves a copy under one
// (copytruncate), in the very directory a directory or glob source follows. Such a file is the
// source's own business, which reads its late lines, its copy's rest and the files rotated away
// unseen (see drain.go and rotated.go); read again as a new source, every line would arrive twice.
// Two rules keep that from happening:
//   - a file whose name is a followed file's name, rotated, in the same directory, belongs to that
//     file's source: one there at start is read once and not followed, one that appears later is
//     not a source at all;
//   - a file that a source holds open (its current file, or the one it drains after a rotation),
//     whatever its name, is not read by another source: it is skipped when it appears under a new
//     name, and another source that finds it at its path reads only what is written later; the
//     same holds for a file read to its end and unchanged since.

// holders records which source holds each open file, by device and inode, and which files were
// read to their end and closed. A closed file is known by its size and time as well, since its
// inode may be given to a new file once it is deleted.
type holders struct {
	mu   sync.Mutex
	by   map[fileID]*source
	read map[fileID]readStamp
}

type readStamp struct {
	size  int64
	mtime int64
}

// maxRead bounds the closed files remembered: more than a directory's rotated files.
const maxRead = 4096

// closed records that fi's file was read to its end and let go.
func (h *holders) closed(fi os.FileInfo) {
	id, ok := idOf(fi)
	if !ok {
		return
	}
	h.mu.Lock()
	if h.read == nil {
		h.read = map[fileID]readStamp{}
	}
	if len(h.read) >= maxRead {
		for k := range h.read {
			delete(h.read, k)
			break
		}
	}
	h.read[id] = readStamp{fi.Size(), fi.ModTime().UnixNano()}
	h.mu.Unlock()
}

// known reports whether fi's file is held by a source other than s, or was read and has not
// changed since.
func (h *holders) known(fi os.FileInfo, s *source) bool {
	id, ok := idOf(fi)
	if !ok {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if by := h.by[id]; by != nil && by != s {
		return true
	}
	st, ok := h.read[id]
	return ok && st == readStamp{fi.Size(), fi.ModTime().UnixNano()}
}

// hold makes s the holder of fi's file unless another source holds it.
func (h *holders) hold(fi os.FileInfo, s *source) { h.set(fi, s, false) }

// takeOver makes s the holder of fi's file, which another source held: it was renamed to s's path
// ("mv b.log a.log"), and is s's from now on; the other source lets it go (see movedOn).
func (h *holders) takeOver(fi os.FileInfo, s *source) { h.set(fi, s, true) }

func (h *holders) set(fi os.FileInfo, s *source, replace bool) {
	id, ok := idOf(fi)
	if !ok {
		return
	}
	h.mu.Lock()
	if h.by == nil {
		h.by = map[fileID]*source{}
	}
	if _, taken := h.by[id]; replace || !taken {
		h.by[id] = s
	}
	h.mu.Unlock()
}

func (h *holders) release(fi os.FileInfo, s *source) {
	id, ok := idOf(fi)
	if !ok {
		return
	}
	h.mu.Lock()
	if h.by[id] == s {
		delete(h.by, id)
	}
	h.mu.Unlock()
}

// holder is the source that holds the file fi describes, or nil.
func (h *holders) holder(fi os.FileInfo) *source {
	id, ok := idOf(fi)
	if !ok {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.by[id]
}

// rotationOf is the file source whose path, rotated, is path: app.log's for app.log.1, beside it.
func (g *Group) rotationOf(path string) *source {
	dir, base := filepath.Split(filepath.Clean(path))
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, s := range g.sources {
		if s.kind != kindFile {
			continue
		}
		sdir, sbase := filepath.Split(s.key)
		if sdir == dir && rotatedFrom(base, sbase) {
			return s
		}
	}
	return nil
}

// markRotated makes the sources whose files are another source's, rotated, read once: they are
// that source's past, and its rotations will give their names to other files.
func (g *Group) markRotated() {
	for _, s := range g.sources {
		if s.kind == kindFile && g.rotationOf(s.key) != nil {
			s.once = true
		}
	}
}
