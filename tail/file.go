package tail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// ErrBinary marks a file found by a glob or directory that turned out not to be text: it is skipped.
var ErrBinary = errors.New("binary file, skipped")

// fileTail reads and follows one file source. It is owned by one goroutine; only src is shared.
type fileTail struct {
	src    *source
	opts   Options
	follow string // the state while following: "following" or "polling"
	ns     newStreamFunc
	sp     *splitter // its stream joins the current file's lines; a draining file has its own
	out    output
	batch  *parse.Batch
	chunk  int
	buf    []byte   // the read buffer, held only while reading (see borrow)
	peek   [64]byte // the file's first bytes read again after a chunk (see cutIn)

	f       *os.File
	fi      os.FileInfo // of f, to recognize the file at path after a rotation
	off     int64       // next offset to read in f
	opened  bool        // f was opened once; later opens read from 0
	sniffed bool        // the first chunk of f was checked to be text
	skip    bool        // the file is binary: it is no longer read
	quiet   *time.Timer // armed while the stream holds an entry back
	hold    holdLimit   // how long the stream has held entries for a first timestamp
	fp      fingerprint // the bytes just before off, to recognize truncation and the rotated copy
	head    fingerprint // the file's first bytes, to recognize a file cut and written past off again
	looked  time.Time   // when the path was last looked at, to tell a file rotated away unseen from an older one
	intact  time.Time   // when f was last found as read: copytruncate copies what it held after that
	cut     time.Time   // set while nothing of f was read since it was opened or cut: copies made after are cuts unread
	rotated             // what is known of the files that left the path
	drain   *draining   // the file read before the last rotation, still read for a while
	swapped bool        // the draining file's read state is the current one (see swapDrain)
	// expect is the file a look found at the path, which openFile is about to open; when another
	// one is there by then, the one found was rotated away meanwhile and is read first.
	expect *lookResult
	// alias is the file the path, a link, names while another source reads it by its own name (a
	// link re-pointed at a log read already): it is that file's other name, and reads nothing.
	alias   os.FileInfo
	real    string // the file the path resolves to, when it is a symlink (see symlink.go)
	targets func(s *source, old, real string)
	// readBy reports whether a source other than s reads the file fi by its own name (see
	// Group.readsByName); nil in tests of a lone tailer.
	readBy func(fi os.FileInfo, s *source) bool
	files  *holders // the group's record of open files; nil in tests of a lone tailer

	// asOpened is f's state when it was opened, and clock the time of the last read, to tell when
	// lines were written (see written); asOpened is nil once f was truncated, since what it held
	// then is gone.
	asOpened os.FileInfo
	clock    readClock
}

func newFileTail(src *source, opts Options, ns newStreamFunc, out output, chunk int) *fileTail {
	t := &fileTail{
		src: src, opts: opts, follow: stateFollowing, out: out, chunk: chunk, clock: readClock{now: opts.Now},
	}
	t.ns = ns
	t.sp = newSplitter(ns(src.name, t.written), opts.MaxEntryBytes, opts.Follow)
	t.batch = out.next(nil, src.name)
	return t
}

// written is when the text at offset of the file being read was written at the latest: by the
// file's modification time for what it held when it was opened (a backfill), by the time it was
// read for what came later. It places the lines of a file without timestamps, so that an old
// one (apt's history log) sorts by when it was last written, not as the newest thing on screen.
func (t *fileTail) written(offset int64) time.Time {
	if fi := t.asOpened; fi != nil && fi == t.fi && offset < fi.Size() {
		return fi.ModTime()
	}
	return t.clock.at
}

// run does the initial read, then follows until ctx is done when following. loaded is called once
// the initial read is over, whatever its outcome.
func (t *fileTail) run(ctx context.Context, loaded func()) error {
	defer t.close()
	t.borrow()
	err := t.openFile(ctx, t.src.initial)
	t.release()
	if t.opts.Follow && t.opts.Eager {
		t.sp.letGoOpen(t.batch)
		t.deliver()
	}
	// After the newest entry's delivery: the interface shows what was read as soon as every
	// source is loaded, so that entry must be in by then.
	loaded()
	if !t.opts.Follow {
		t.sp.finish(t.batch)
		t.sp.flush(t.batch)
		t.deliver()
		if err == nil {
			t.src.setState(stateDone)
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, ErrBinary) {
			return nil
		}
		return err
	}
	t.quiet = time.NewTimer(time.Hour)
	t.quiet.Stop()
	defer t.quiet.Stop()
	partial := time.NewTimer(time.Hour)
	partial.Stop()
	defer partial.Stop()
	t.armQuiet(true)
	if t.sp.carrying() {
		partial.Reset(PartialQuiet) // the initial read ended inside a line, as a read while following may
	}
	var drainDue <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			t.letGo()
			return nil
		case <-t.src.wake:
		case <-drainDue:
		case <-t.quiet.C:
			t.flushDrain()
			if t.opts.Eager {
				// Handed over open, as the newest entry of the initial read is: a stack trace
				// written a while after its header (a slow writer, a pipe's buffering) still joins
				// it, on screen and in exports, as it does when the file is read again later.
				t.sp.letGoOpen(t.batch)
			} else {
				t.sp.flush(t.batch)
			}
			t.deliver()
			continue
		case <-partial.C:
			t.releasePartial() // a writer that crashed mid-line
			continue
		}
		before := t.src.bytes.Load()
		t.borrow()
		t.check(ctx)
		t.release()
		grew := t.src.bytes.Load() != before
		if t.hold.check(t.sp.stream, t.batch, t.opts.Quiet) {
			t.deliver()
		}
		t.armQuiet(grew)
		if grew && t.sp.carrying() {
			partial.Reset(PartialQuiet)
		}
		drainDue = t.drainWait()
	}
}

// releasePartial lets go of a line without its newline after a quiet time, counted as a line
// read live, and hands it over.
func (t *fileTail) releasePartial() {
	before := t.sp.lines
	t.sp.release(t.batch)
	t.src.lines.Add(t.sp.lines - before)
	t.src.live.Add(t.sp.lines - before)
	t.deliver()
}

// letGo hands over everything held back when trawl stops: the entries the streams hold for
// continuation lines and a last line without its newline.
func (t *fileTail) letGo() {
	if t.drain != nil {
		t.src.lines.Add(t.drain.sp.end(t.batch))
	}
	t.src.lines.Add(t.sp.end(t.batch))
	t.deliver()
}

// readBufs holds the read buffers of followed files between reads: a quiet file then holds no
// buffer, so following a directory of hundreds of files costs a few buffers, not hundreds.
var readBufs = sync.Pool{New: func() any { b := make([]byte, followChunk); return &b }}

func (t *fileTail) borrow() {
	if t.chunk == followChunk {
		t.buf = *readBufs.Get().(*[]byte)
	} else {
		t.buf = make([]byte, t.chunk)
	}
}

func (t *fileTail) release() {
	if b := t.buf; len(b) == followChunk {
		readBufs.Put(&b)
	}
	t.buf = nil
}

// armQuiet restarts the quiet timer after new data when the stream holds an entry back.
func (t *fileTail) armQuiet(newData bool) {
	if newData && (t.sp.stream.Pending() || t.drain != nil && t.drain.sp.stream.Pending()) {
		t.quiet.Reset(t.opts.Quiet)
	}
}

// check brings the source up to date after a wake-up: it reads what was appended, then looks at
// the path to notice truncation, rotation, deletion and (re)creation.
func (t *fileTail) check(ctx context.Context) {
	if t.skip {
		return
	}
	t.movedOn()
	t.readDrain(ctx) // the file rotated away last: what a daemon wrote to it comes first
	if t.f != nil {
		intact := time.Now()
		if t.shrunk() {
			t.truncated(ctx)
		}
		t.intact = intact
		if t.cut.IsZero() || t.off > 0 || t.readCuts(ctx) {
			if err := t.readToEOF(ctx, false); err != nil {
				if errors.Is(err, errCut) {
					t.cutWhileRead()
				}
				t.readFailed(err)
				return
			}
			if t.off > 0 {
				t.cut = time.Time{} // read bytes tell the next cut
			}
		}
	}
	// Departures are counted before the look, so that none counted is still at the path.
	departed := t.src.departed.Load()
	look := time.Now()
	pi, err := os.Stat(t.src.path)
	if t.alias != nil {
		if err == nil && os.SameFile(t.alias, pi) && t.readBy(pi, t.src) {
			return // still the other name of a file read by its own
		}
		t.alias = nil
	}
	since := t.looked
	if err == nil {
		// A file rotated away unseen was written after the last look that found a file at the
		// path: a look that found none says nothing of when the files before it left.
		t.looked = look
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Renamed away: keep the old descriptor, which may still be written to, until a new file
		// appears. Deleted ("rm app.log" to free the disk) while its writer keeps writing: it is
		// drained as a rotated file is, read while it grows and let go once quiet.
		t.left()
		if t.f != nil && unlinked(t.f) {
			t.startDrain(ctx)
		}
		t.heldLink(departed)
		t.awaitTarget()
		t.src.setState(stateWaiting)
		// While the path is empty, more departures may be the open file renamed back and away
		// again: whether another file came and went is known once a file is at the path.
		return
	case err != nil:
		t.heldLink(departed) // a symlink to itself: "too many levels of symbolic links"
		t.src.fail(err)
	case t.f == nil:
		t.found(departed)
		if !pi.Mode().IsRegular() {
			t.heldNoFile(departed) // a directory made at the path: its removal loses no lines
		}
		// A file that existed at start but could not be opened then still gets its backfill.
		// A file opened before is new: it was deleted and created again.
		if t.opened && pi.Mode().IsRegular() { // a directory or a device at the path is no new file, however often looked at
			t.src.rotations.Add(1)
			t.readMiddles(ctx, pi, since)
			t.expect = &lookResult{pi, since}
		}
		t.openFile(ctx, t.src.initial) // it records its failure in the source's state
	case !os.SameFile(t.fi, pi):
		// Rotated: the old file drains a while (see drain.go); continue with the new one from 0.
		t.left()
		t.startDrain(ctx)
		t.src.rotations.Add(1)
		t.readMiddles(ctx, pi, since)
		t.expect = &lookResult{pi, since}
		t.openFile(ctx, false)
	default:
		t.src.setState(t.follow) // clears an earlier error once reading works again
		t.stayed(departed)
	}
	t.countUnseen(departed)
}

// lookResult is what a look at the path found, and the time of the look before it.
type lookResult struct {
	found os.FileInfo
	since time.Time
}

// truncated restarts the file from 0 after it was truncated. With copytruncate, what was written
// after the last read and before the truncation is only in the copy (app.log.1, app.log-20261123):
// when a rotated file holds the bytes last read at the same offset, its rest is read first. The
// copies made after it are cuts never read (see readCuts).
func (t *fileTail) truncated(ctx context.Context) {
	if c, ci := t.copyOf(); c != nil {
		t.remember(ci, nil)
		f := t.f
		t.f = c
		t.readToEOF(ctx, false)
		t.f = f
		c.Close()
	}
	t.restart()
	t.cut = t.intact // the cut came after: copies of later cuts were made after too
}

// restart ends what was read of the file, cut: what is written after the cut does not continue it.
func (t *fileTail) restart() {
	t.sp.finish(t.batch)
	t.sp.flush(t.batch)
	t.deliver()
	t.src.truncations.Add(1)
	t.off = 0
	t.fp.n, t.head.n = 0, 0
	t.asOpened = nil
}

// shrunk reports whether f was truncated since the last read: it is shorter than what was read,
// or the bytes before the read offset or at its start changed because it was truncated and
// written again. Either check alone can miss a rewrite: lines of the same text end at the old
// offset, or a header line is written again at the start.
func (t *fileTail) shrunk() bool {
	st, err := t.f.Stat()
	if err != nil {
		return false
	}
	// While off is within the head, the bytes before it are the head: one read tells.
	headToo := t.off > int64(len(t.head.b))
	return st.Size() < t.off || !t.fp.matches(t.f, t.off) || headToo && !t.head.matches(t.f, int64(t.head.n))
}

// finishFile reads the current file to its end once more, since it may have grown between the
// last read and the look at the path, and closes it: a partial last line will never get its
// newline.
func (t *fileTail) finishFile(ctx context.Context) {
	t.readFailed(t.readToEOF(ctx, false))
	t.sp.finish(t.batch)
	t.deliver()
	t.closeFile()
}

// close closes the files: the current one and a draining one.
func (t *fileTail) close() {
	if t.drain != nil {
		t.swapDrain()
		t.closeFile()
		t.swapDrain()
		t.drain = nil
	}
	t.closeFile()
}

// closeFile closes the current file, remembering it as read.
func (t *fileTail) closeFile() {
	if t.f != nil {
		t.remember(t.fi, t.f)
		if t.files != nil {
			if fi, err := t.f.Stat(); err == nil && t.off >= fi.Size() {
				t.files.closed(fi)
			}
			t.files.release(t.fi, t.src)
		}
		t.f.Close()
		t.f, t.fi = nil, nil
	}
}

// openFile opens the path and reads it to its end: its last Lines lines on the first open of a
// file that existed at start (all of it with All), everything when it appeared later.
func (t *fileTail) openFile(ctx context.Context, backfill bool) error {
	if t.looked.IsZero() {
		t.looked = time.Now()
	}
	// Nothing of the file is read yet: copies made of it from now on are cuts unread.
	t.intact = time.Now()
	t.cut = t.intact
	f, err := openLog(t.src.path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			t.heldLink(t.src.departed.Load())
			t.awaitTarget()
			t.src.setState(stateWaiting)
			return err
		}
		t.src.fail(err)
		return err
	}
	fi, err := f.Stat()
	if err == nil && fi.IsDir() && !t.opened {
		f.Close()
		t.src.setState(stateDirectory) // named before it existed: the group follows its files
		return nil
	}
	if err == nil && !fi.Mode().IsRegular() {
		err = fmt.Errorf("%s: not a regular file", t.src.path)
	}
	if err != nil {
		f.Close()
		t.src.fail(err)
		return err
	}
	if exp := t.expect; exp != nil {
		t.expect = nil
		if !os.SameFile(exp.found, fi) {
			t.readMiddles(ctx, fi, exp.since)
		}
	}
	first := !t.opened
	off := int64(0)
	if t.readBy != nil && isSymlink(t.src.path) && t.readBy(fi, t.src) {
		// A link re-pointed at a file another source reads by its own name: that file's other
		// name, whose lines come once, under the name read.
		f.Close()
		t.alias = fi
		t.retarget(resolved(t.src.path))
		t.src.setState(stateAlias)
		return nil
	}
	if d := t.drain; d != nil && os.SameFile(d.fi, fi) {
		// The file rotated away came back to the path (a link re-pointed away and back): it is
		// read to its end as the draining file, and on from there as the current one.
		t.finishDrain(ctx)
		off, backfill = d.off, false
	}
	if t.files != nil {
		if h := t.files.holder(fi); h != nil && h != t.src {
			// Another source read this file (it was renamed here from its path): read only what
			// comes after, and the other source lets it go.
			off = fi.Size()
			backfill = false
			t.files.takeOver(fi, t.src)
		} else {
			t.files.hold(fi, t.src)
		}
	}
	rf, again := readFile{}, false
	if off == 0 && !first {
		if rf, again = t.readBefore(f, fi); again {
			off = rf.size
		}
	}
	if backfill && first {
		if off, err = t.startOffset(f, fi.Size()); err != nil {
			f.Close()
			t.src.fail(fmt.Errorf("read %s: %w", t.src.path, err))
			return err
		}
	}
	t.retarget(resolved(t.src.path))
	t.f, t.fi, t.off, t.opened, t.sniffed, t.gone, t.openedAt = f, fi, off, true, false, false, time.Now()
	t.asOpened = fi
	t.fp.n = 0
	t.head.n = 0
	if again {
		t.fp = rf.tail
	}
	if off > 0 {
		t.head.n, _ = f.ReadAt(t.head.b[:], 0)
		if h, ok := t.sp.stream.(headReader); ok && first {
			start := make([]byte, parse.HeadBytes)
			n, _ := f.ReadAt(start, 0)
			h.Head(start[:n])
		}
	}
	if first {
		t.src.size.Store(fi.Size() - t.off)
	}
	t.src.setState(stateReading)
	if err := t.readToEOF(ctx, first); errors.Is(err, errCut) {
		t.cutWhileRead()
	} else if err != nil {
		t.readFailed(err)
		return err
	}
	if t.opts.Follow {
		t.src.setState(t.follow)
	}
	return nil
}

// startOffset is where the first read of a file that existed at start begins: at the first line
// at or after Since, at the whole file with All, else at its last Lines lines.
func (t *fileTail) startOffset(f *os.File, size int64) (int64, error) {
	switch {
	case !t.opts.Since.IsZero():
		return sinceOffset(f, size, t.opts.Since, sinceParser(t.opts, t.src.name), t.buf)
	case t.opts.All:
		return 0, nil
	}
	off, _, err := tailOffset(f, size, t.opts.Lines, t.buf)
	return off, err
}

// errCut stops a read at a file that was cut while it was read (see cutIn): what follows the
// offset does not continue what was read.
var errCut = errors.New("cut while read")

// readToEOF reads f from off to its current end, one batch per chunk. Each chunk is read with the
// bytes before off, to know that they are still those read last, and checked against the file's
// first bytes after the read.
func (t *fileTail) readToEOF(ctx context.Context, initial bool) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		k := t.fp.n
		n, err := t.f.ReadAt(t.buf, t.off-int64(k))
		if n > k && t.cutIn(t.buf[:n], k) {
			return errCut
		}
		data := t.buf[min(n, k):n]
		if len(data) > 0 {
			if t.src.sniff && !t.sniffed {
				t.sniffed = true
				if !isText(data[:min(len(data), sniffBytes)]) {
					t.src.fail(ErrBinary)
					t.skip = true
					t.close()
					return ErrBinary
				}
			}
			t.consume(data, initial)
		}
		if len(data) == 0 || errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// cutIn reports whether the file was cut before or while data was read at off-k: its k bytes
// before off are not those read last, or it does not start with the first bytes known (read from
// 0), or they changed meanwhile, and the read gave the bytes before the cut, then those after it.
func (t *fileTail) cutIn(data []byte, k int) bool {
	if !bytes.Equal(data[:k], t.fp.b[:k]) || t.off == 0 && !bytes.HasPrefix(data, t.head.b[:t.head.n]) {
		return true
	}
	h := t.head
	h.fill(data, t.off-int64(k))
	n, _ := t.f.ReadAt(t.peek[:h.n], 0)
	return n != h.n || !bytes.Equal(t.peek[:n], h.b[:n])
}

// cutWhileRead has the next check find the cut and read its copy before the file. A file of which
// nothing was read has no bytes to find the copy by: it is looked for as a cut unread.
func (t *fileTail) cutWhileRead() {
	if t.off == 0 && t.cut.IsZero() {
		t.cut = t.intact
	}
	t.src.poke()
}

// consume splits one chunk read at off and delivers its entries.
func (t *fileTail) consume(data []byte, initial bool) {
	before := t.sp.lines
	if t.drain != nil && !t.swapped {
		// The new file's lines come after what the old one held: its last entry is let go first,
		// which keeps the order in which the daemon wrote them.
		t.drain.sp.flush(t.batch)
	}
	t.clock.tick()
	// Each line of data is at most an entry, whose text is at most its bytes (a JSON message
	// unescaped takes more, rarely).
	t.batch.Grow(len(data), bytes.Count(data, []byte{'\n'})+1)
	t.sp.feed(data, t.off, t.batch)
	t.off += int64(len(data))
	t.fp.remember(data)
	t.head.fill(data, t.off-int64(len(data)))
	t.src.bytes.Add(int64(len(data)))
	n := t.sp.lines - before
	t.src.lines.Add(n)
	if initial {
		t.src.read.Store(min(t.src.read.Load()+int64(len(data)), t.src.size.Load()))
	} else {
		t.src.live.Add(n)
	}
	t.deliver()
}

// readFailed records a read error; the file stays open and the read is retried at the same
// offset on the next wake-up.
func (t *fileTail) readFailed(err error) {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, ErrBinary) || errors.Is(err, errCut) {
		return // stopping, a binary file already told of, or a cut the next check reads: no read failed
	}
	t.src.fail(fmt.Errorf("read %s: %w", t.src.path, err))
}

// deliver hands a non-empty batch to the output.
func (t *fileTail) deliver() {
	if t.batch != nil && !t.opts.Since.IsZero() && t.asOpened != nil {
		// The file was started at Since; of what it held then, an entry written out of order
		// with an earlier time of its own is before Since too. Lines written later pass
		// whatever their time, so that a writer whose clock or zone is off is still seen.
		t.batch.DropBeforeUntil(t.opts.Since.UnixNano(), t.asOpened.Size())
	}
	if t.batch != nil && t.batch.Len() > 0 {
		t.batch = t.out.next(t.batch, t.src.name)
	}
}

// fingerprint holds the last bytes read from a file, ending at the read offset.
type fingerprint struct {
	b [64]byte
	n int
}

// remember appends data to the fingerprint, keeping its last len(b) bytes.
func (p *fingerprint) remember(data []byte) {
	if len(data) >= len(p.b) {
		p.n = copy(p.b[:], data[len(data)-len(p.b):])
		return
	}
	keep := min(p.n, len(p.b)-len(data))
	copy(p.b[:keep], p.b[p.n-keep:p.n])
	p.n = keep + copy(p.b[keep:], data)
}

// fill puts the part of data, read at offset off, that falls in the fingerprint's span from the
// file's start: it then holds the file's first bytes.
func (p *fingerprint) fill(data []byte, off int64) {
	if off > int64(p.n) || off >= int64(len(p.b)) {
		return
	}
	p.n = int(off) + copy(p.b[off:], data)
}

// matches reports whether r holds the fingerprint's bytes right before off. An empty fingerprint
// matches anything.
func (p *fingerprint) matches(r io.ReaderAt, off int64) bool {
	if p.n == 0 || off < int64(p.n) {
		return p.n == 0
	}
	var buf [64]byte
	n, _ := r.ReadAt(buf[:p.n], off-int64(p.n))
	return n == p.n && bytes.Equal(buf[:n], p.b[:p.n])
}
