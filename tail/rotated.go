package tail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

// rotated is what a file tailer knows of the files that left its path, to read a file that was
// rotated away before it was ever opened, and to count the ones it cannot read instead of losing
// them silently.
type rotated struct {
	seen     [16]readFile // the files read last, ring-indexed by nseen
	nseen    int
	gone     bool      // the open file has left the path and is counted in accounted
	goneAt   time.Time // when it left
	linkHeld bool      // the last look found a symlink at the path that led to no file, or no file at all (a directory)
	openedAt time.Time // when the open file was opened

	// accounted counts the departures from the path that the tailer knows of: files it read to
	// their end after they left, and rotated files it found under their new name. The watcher
	// counts every departure (source.departed); the difference is files nobody saw.
	accounted int64
	unseen    int64 // departures counted as lost so far
}

// readFile is a file read before, kept to recognize it under a rotated name: by its identity
// when it was renamed, by its content when it was compressed into a new file.
type readFile struct {
	fi   os.FileInfo
	born int64 // its birth time, 0 when not known (see birth_linux.go)
	size int64
	head fingerprint // its first bytes, ending at head.n
	tail fingerprint
}

// remember notes the file just read (f is still open, off is its end), so that it is never
// taken for a file rotated away unseen; f nil keeps only its identity.
func (t *fileTail) remember(fi os.FileInfo, f io.ReaderAt) {
	if fi == nil {
		return
	}
	rf := readFile{fi: fi}
	if of, ok := f.(*os.File); ok && of != nil {
		rf.born = born(of)
	}
	if f != nil {
		rf.size, rf.tail = t.off, t.fp
		rf.head.n, _ = f.ReadAt(rf.head.b[:], 0)
	}
	t.note(rf)
}

// readBefore finds fi among the files read last, when it was born at the same time and its bytes
// still begin and end what was read of it: a file back at the path (a link retargeted back to
// it) is read on from there. A new file on a reused inode, or one whose birth is not known, is
// read from its start.
func (t *fileTail) readBefore(f *os.File, fi os.FileInfo) (readFile, bool) {
	b := born(f)
	for i := t.nseen - 1; i >= 0 && i >= t.nseen-len(t.seen); i-- {
		rf := t.seen[i%len(t.seen)]
		if rf.fi == nil || !os.SameFile(rf.fi, fi) {
			continue
		}
		if b == 0 || rf.born != b {
			return readFile{}, false
		}
		ok := rf.size > 0 && rf.size <= fi.Size() && rf.head.matches(f, int64(rf.head.n)) && rf.tail.matches(f, rf.size)
		return rf, ok // the newest note of a file is what was read of it
	}
	return readFile{}, false
}

// note adds a file read to the ring of the files read last.
func (t *fileTail) note(rf readFile) {
	t.seen[t.nseen%len(t.seen)] = rf
	t.nseen++
}

// wasRead reports whether fi, born at birth (0: not known), is one of the files read last. A file
// born later on the inode of one read is another file.
func (t *fileTail) wasRead(fi os.FileInfo, birth int64) bool {
	for _, s := range t.seen {
		if s.fi != nil && os.SameFile(s.fi, fi) && (s.born == 0 || birth == 0 || s.born == birth) {
			return true
		}
	}
	return false
}

// left records that the open file is no longer at the path.
func (t *fileTail) left() {
	if t.f != nil && !t.gone {
		t.gone, t.goneAt = true, time.Now()
		t.accounted++
	}
}

// heldLink records a look that found no file at the path. A symlink there that leads to no file
// (dangling, or a loop) holds no lines: the departures counted from then until a file is found
// at the path (see found) are the link's, removed or replaced, not files rotated away unread.
func (t *fileTail) heldLink(departed int64) {
	if fi, err := os.Lstat(t.src.path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		t.linkHeld = true
	}
	if t.linkHeld {
		t.accounted = max(t.accounted, departed)
	}
}

// heldNoFile records a look that found something at the path that is no file (a directory, a
// device): as a dangling link, it holds no lines, and its own departure loses none.
func (t *fileTail) heldNoFile(departed int64) {
	t.linkHeld = true
	t.accounted = max(t.accounted, departed)
}

// found records that a file is at the path after a look that found none.
func (t *fileTail) found(departed int64) {
	if t.linkHeld {
		t.accounted = max(t.accounted, departed)
	}
	t.linkHeld = false
}

// eventLag bounds how late the watcher may count a departure after it happened: the events of a
// rotation are read in one batch, within milliseconds, even after trawl was stopped.
const eventLag = time.Second

// stayed records that the open file is at the path. Departures counted meanwhile were this file
// renamed away and back (a middle file would need it to leave, another to come and go, and it to
// return), once it has been open long enough that they cannot be late counts of the files before it.
func (t *fileTail) stayed(departed int64) {
	t.gone = false
	if time.Since(t.openedAt) >= eventLag {
		t.accounted = max(t.accounted, departed)
	}
}

// countUnseen compares the departures the watcher saw up to the last look with those accounted
// for. Departures the tailer does not know of yet can only lower the difference, so what it
// counts is lost for certain: files that came and left between two looks and were moved where
// no rotated name is (another directory) or removed.
func (t *fileTail) countUnseen(departed int64) {
	n := departed - t.accounted
	if n <= t.unseen {
		return
	}
	t.src.missed.Add(n - t.unseen)
	t.unseen = n
	t.src.fail(fmt.Errorf("%d file(s) were rotated away from %s before they could be read, to no name beside it that trawl can read: their lines are lost",
		t.unseen, t.src.path))
}

// mtimeSlack allows for file times, which the kernel takes from a clock that lags the real one
// by up to a tick, being slightly older than a look that happened before the write.
const mtimeSlack = 50 * time.Millisecond

// writtenSince reports whether a file's time may be after since. Compressors copy the time of the
// file they compress, some (bzip2) only to the second: a compressed file is given that second.
func writtenSince(path string, fi os.FileInfo, since time.Time) bool {
	if compressed(path) {
		since = since.Truncate(time.Second)
	}
	return !fi.ModTime().Before(since.Add(-mtimeSlack))
}

// rotatedSuffix is what rotation adds to a log's name: a number after a dot (app.log.1), a date
// (app.log-20261123, app.log-20261123-1763900000, app.log.2026-11-23), maybe compressed; not any
// number after a dash, which names other logs (worker-2).
var rotatedSuffix = regexp.MustCompile(`^` + rotationMark + compression + `$`)

// rotatedMark matches what logrotate's `extension` option puts before the log's extension instead
// of after it (web.log rotated to web.1.log, web-20261205.log), and compressionMark what the
// compression adds after both, or nothing.
var (
	rotatedMark     = regexp.MustCompile(`^` + rotationMark + `$`)
	compressionMark = regexp.MustCompile(`^` + compression + `$`)
)

// rotationMark is a rotation's number or date, and compression a compressed file's extension.
const (
	rotationMark = `(\.[0-9]+|[._-][0-9]{8}([._-]?[0-9]+)?|[._-][0-9]{4}-[0-9]{2}-[0-9]{2}([._T-][0-9:._-]+)?)`
	compression  = `(\.(gz|bz2|xz|zst|lz4|Z))?`
)

// rotatedFrom reports whether name is base rotated: base and a rotated suffix (app.log.1,
// app.log-20261123.gz), or, with logrotate's `extension`, the mark before base's extension
// (web.1.log, web-20261205.log, web.2.log.gz).
func rotatedFrom(name, base string) bool {
	if rest, ok := strings.CutPrefix(name, base); ok {
		return rest != "" && rotatedSuffix.MatchString(rest)
	}
	ext := filepath.Ext(base)
	if ext == "" || ext == base {
		return false
	}
	rest, ok := strings.CutPrefix(name, strings.TrimSuffix(base, ext))
	if !ok {
		return false
	}
	i := strings.Index(rest, ext)
	return i > 0 && rotatedMark.MatchString(rest[:i]) && compressionMark.MatchString(rest[i+len(ext):])
}

// middle is a file found under a rotated name that may have been rotated away unseen.
type middle struct {
	path string
	fi   os.FileInfo
}

// rotatedFiles lists the regular files beside path whose names are path's, rotated.
func rotatedFiles(path string) []middle {
	dir, base := filepath.Split(path)
	entries, err := os.ReadDir(filepath.Clean(dir + "."))
	if err != nil {
		return nil
	}
	var found []middle
	for _, e := range entries {
		if !rotatedFrom(e.Name(), base) {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			found = append(found, middle{filepath.Join(dir, e.Name()), fi})
		}
	}
	return found
}

// middles lists the files rotated away unseen, oldest first. When a file is rotated twice between
// two looks at its path, the middle one was never opened: it now has a rotated name, is none of
// the files read so far nor the current one, and was written after the last look.
//
// A symlinked path looks beside the file it resolved to before (where that file was rotated) and
// the one it resolves to now (which may have been rotated too before this look).
func (t *fileTail) middles(cur os.FileInfo, since time.Time, now string) []middle {
	if since.IsZero() {
		return nil
	}
	found := rotatedFiles(t.onDisk())
	if now != "" && now != t.onDisk() {
		for _, m := range rotatedFiles(now) {
			if !slices.ContainsFunc(found, func(f middle) bool { return os.SameFile(f.fi, m.fi) }) {
				found = append(found, m)
			}
		}
	}
	found = slices.DeleteFunc(found, func(m middle) bool {
		return os.SameFile(m.fi, cur) || t.wasRead(m.fi, bornAt(m.path)) || !writtenSince(m.path, m.fi, since) ||
			t.files != nil && t.files.known(m.fi, t.src)
	})
	// logrotate numbers older files higher: app.log.2 before app.log.1 at equal times.
	slices.SortStableFunc(found, func(a, b middle) int {
		if c := a.fi.ModTime().Compare(b.fi.ModTime()); c != 0 {
			return c
		}
		return -strings.Compare(a.path, b.path)
	})
	return found
}

// rotatedCopy is a rotated file opened as a possible copy of the open file.
type rotatedCopy struct {
	f  *os.File
	fi os.FileInfo
}

// copyOf finds the copy that copytruncate made of the open file before truncating it: an
// uncompressed rotated file made since the file was last found as read, holding the bytes last
// read at the same offset.
func (t *fileTail) copyOf() (c *os.File, ci os.FileInfo) {
	for _, m := range t.copies(t.intact) {
		if c == nil && m.fi.Size() >= t.off && t.fp.n > 0 && t.fp.matches(m.f, t.off) {
			c, ci = m.f, m.fi
			continue
		}
		if m.fi.Size() < t.off && t.head.n > 0 && t.head.matches(m.f, int64(t.head.n)) {
			t.remember(m.fi, nil) // a copy of what was read, before more was written: no cut unread
		}
		m.f.Close()
	}
	return c, ci
}

// readCuts reads the copies copytruncate made since the file was cut or opened (t.cut) while
// nothing of it was read: cuts never read here, when the writer and its rotations outran the
// reader (a busy machine), which the file, holding no read bytes to compare, does not tell. Its
// first bytes are taken before the copies are looked for, so that the copy of every cut before
// them is found. A copy that starts with them, as far as it goes, is of the file as it is; the
// others are read whole, oldest first. The file is then read only if it still starts with those
// bytes (see cutIn). It reports whether the file is to be read: not while it is empty.
func (t *fileTail) readCuts(ctx context.Context) bool {
	f := t.f
	defer func() { t.f = f }()
	for ctx.Err() == nil {
		var head fingerprint
		if head.n, _ = f.ReadAt(head.b[:], 0); head.n == 0 {
			return false
		}
		cs := t.copies(t.cut)
		again := !head.matches(f, int64(head.n)) // cut while the copies were looked for: look again
		var found []rotatedCopy
		for _, m := range cs {
			var b [len(head.b)]byte
			n, _ := m.f.ReadAt(b[:head.n], 0)
			// A copy being made holds less; a file this source or another one read (a rotated file
			// there at start, read once by its own source) is no cut of this one.
			if again || t.wasRead(m.fi, born(m.f)) || t.files != nil && t.files.known(m.fi, t.src) || bytes.Equal(b[:n], head.b[:n]) {
				m.f.Close()
				continue
			}
			found = append(found, m)
		}
		if again {
			continue
		}
		if len(found) == 0 {
			t.head = head
			return true
		}
		for _, m := range found {
			t.f = m.f
			t.readToEOF(ctx, false)
			m.f.Close()
			t.remember(m.fi, m.f)
			t.cut = m.fi.ModTime()
			t.restart()
		}
	}
	return false
}

// copies opens the uncompressed rotated files beside the path made since a time, oldest first.
// A listing made while rotation renames them (app.log.1 to app.log.2) can miss one: they are listed
// until two listings agree.
func (t *fileTail) copies(since time.Time) (found []rotatedCopy) {
	listed := rotatedFiles(t.onDisk())
	for try := 0; try < 5; try++ {
		again := rotatedFiles(t.onDisk())
		same := slices.EqualFunc(listed, again, func(a, b middle) bool { return a.path == b.path && os.SameFile(a.fi, b.fi) })
		listed = again
		if same {
			break
		}
	}
	for _, m := range listed {
		if compressed(m.path) || !writtenSince(m.path, m.fi, since) {
			continue
		}
		if f, fi, err := openRotated(m); err == nil {
			found = append(found, rotatedCopy{f, fi})
		}
	}
	// logrotate numbers older files higher: app.log.2 before app.log.1 at equal times.
	slices.SortStableFunc(found, func(a, b rotatedCopy) int {
		if c := a.fi.ModTime().Compare(b.fi.ModTime()); c != 0 {
			return c
		}
		return -strings.Compare(a.f.Name(), b.f.Name())
	})
	return found
}

// openRotated opens the rotated file m as it was listed. Rotation may have renamed it since
// (app.log.2 to app.log.3) and given its name to another file: it is then found by its identity
// beside it.
func openRotated(m middle) (*os.File, os.FileInfo, error) {
	path := m.path
	for try := 0; try < 3; try++ {
		f, err := os.Open(path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, nil, err
		}
		if err == nil {
			if fi, err := f.Stat(); err == nil && os.SameFile(fi, m.fi) {
				return f, fi, nil
			}
			f.Close()
		}
		dir := filepath.Dir(m.path)
		ents, _ := os.ReadDir(dir)
		path = ""
		for _, e := range ents {
			if fi, err := e.Info(); err == nil && os.SameFile(fi, m.fi) {
				path = filepath.Join(dir, e.Name())
				break
			}
		}
		if path == "" {
			break
		}
	}
	return nil, nil, &fs.PathError{Op: "open", Path: m.path, Err: fs.ErrNotExist}
}

// readMiddles reads the files rotated away unseen, whole and before the new file, so that their
// lines arrive in order. One that breaks off while read is counted as lost. One that cannot be
// read at all (no decompressor here) is only told of: it may be a copy of a file read already,
// and if it was a file rotated away unseen, the departures count it.
func (t *fileTail) readMiddles(ctx context.Context, cur os.FileInfo, since time.Time) {
	for _, m := range t.middles(cur, since, resolved(t.src.path)) {
		copyOfRead, read, err := t.readMiddle(ctx, m)
		switch {
		case copyOfRead || errors.Is(err, context.Canceled):
		case !read && err != nil:
			t.src.fail(fmt.Errorf("cannot read the rotated %s: %w; if it was rotated away unseen, its lines are missing", m.path, err))
		case err != nil:
			t.accounted++
			t.src.missed.Add(1)
			t.src.fail(fmt.Errorf("read the rotated %s: %w: its lines after that are lost", m.path, err))
		default:
			t.accounted++
		}
	}
}

// readMiddle reads one rotated file; it reports whether the file is a copy of one read already
// (logrotate's compress makes a new file of the old one), which is not read again, and whether
// any of its content was read.
func (t *fileTail) readMiddle(ctx context.Context, m middle) (copyOfRead, read bool, err error) {
	f, fi, err := openRotated(m)
	if err != nil {
		return false, false, err
	}
	defer f.Close()
	r, err := decompress(ctx, f.Name(), f)
	if err != nil {
		return false, false, err
	}
	defer func() {
		if cerr := r.Close(); err == nil && read {
			err = cerr
		}
	}()
	var head [64]byte
	nh, err := fill(r, head[:])
	if err != nil && !errors.Is(err, io.EOF) {
		return false, false, err
	}
	if t.sameAsRead(ctx, f.Name(), fi, head[:nh]) {
		return true, false, nil
	}
	t.off, t.fp.n, t.head.n = 0, 0, 0
	err = t.readStream(ctx, io.MultiReader(bytes.NewReader(head[:nh]), r))
	t.sp.finish(t.batch)
	t.sp.flush(t.batch) // its last entry is complete: the next file's lines do not join it
	t.deliver()
	t.note(readFile{fi: fi, size: t.off, head: fingerprint{head, nh}, tail: t.fp})
	t.off, t.fp.n, t.head.n = 0, 0, 0
	t.src.rotations.Add(1)
	return false, true, err
}

// sameAsRead reports whether the rotated file at path holds a file read before: the same first
// bytes, size and last bytes. Compression and copying (logrotate's compress and copy) make such a
// file under a new identity. A compressed one is decompressed once more to know; one that breaks
// off within the size of the file read is that file's copy still being compressed, and a complete
// one shorter than it a copy taken while the file was still written.
func (t *fileTail) sameAsRead(ctx context.Context, path string, fi os.FileInfo, head []byte) bool {
	for _, s := range t.seen {
		if s.fi == nil || s.head.n == 0 || !bytes.Equal(s.head.b[:s.head.n], head) {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			return false
		}
		same := false
		if r, err := decompress(ctx, path, f); err == nil {
			if _, plain := r.(nopFileCloser); plain {
				same = fi.Size() == s.size && s.tail.matches(f, s.size)
			} else {
				w := tailWriter{ctx: ctx, limit: s.size}
				size, err := io.Copy(&w, r)
				cerr := r.Close()
				complete := err == nil && cerr == nil
				// A complete copy a little shorter than the file read, with its first bytes, is one
				// that gzip took while the daemon still wrote to the file ("file size changed while
				// zipping"): a first part of a file read, not a file of its own. Much shorter, it is
				// another file that opens as that one did (a CSV's header, a banner).
				same = (complete && size == s.size && w.fp == s.tail) || (!complete && !w.over && ctx.Err() == nil) ||
					complete && size < s.size && size >= s.size-s.size/firstPartShare
			}
		}
		f.Close()
		if same {
			return true
		}
	}
	return false
}

// firstPartShare bounds what a daemon writes while gzip compresses its rotated file: at most an
// eighth of the file. gzip takes milliseconds per megabyte, and a daemon that wrote more than that
// meanwhile would have to write faster than it had all along.
const firstPartShare = 8

// tailWriter keeps the last bytes written to it; it stops a copy past limit bytes, which cannot
// be the file compared with, or when ctx is done.
type tailWriter struct {
	ctx   context.Context
	fp    fingerprint
	n     int64
	limit int64
	over  bool
}

var errOverLimit = errors.New("longer than the file compared with")

func (w *tailWriter) Write(p []byte) (int, error) {
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	if w.n += int64(len(p)); w.n > w.limit {
		w.over = true
		return 0, errOverLimit
	}
	w.fp.remember(p)
	return len(p), nil
}

// readStream reads r to its end into the source, one batch per chunk. A decompressor that breaks
// off (a truncated file) is an error, not an end.
func (t *fileTail) readStream(ctx context.Context, r io.Reader) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := fill(r, t.buf)
		if n > 0 {
			t.consume(t.buf[:n], false)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// fill reads into buf until it is full or r ends; unlike io.ReadFull it returns io.EOF for an end
// after some bytes, and passes on every other error as it is (gzip's io.ErrUnexpectedEOF for a
// truncated stream included).
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		k, err := r.Read(buf[n:])
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
