package tail

import (
	"context"
	"os"
	"time"
)

// A daemon writes to its log until it has reopened it, and logrotate asks it to (postrotate's
// HUP or USR1) only after the new file exists: the lines written in between go to the file that
// was just rotated away. So after a rotation the old file stays open and is read first at every
// look; its late lines then come before the new file's, in the order the daemon wrote them. Once
// it has been quiet for drainQuiet it is read less often, but still read: a daemon that is never
// told to reopen (no postrotate signal) writes to the old file until it restarts. It is let go
// once it is deleted (compressed, or removed by a later rotation) and quiet, or at the next
// rotation. The file at the path, deleted while its writer still writes, drains alike.
const (
	drainQuiet = 5 * time.Second
	// drainTick is how often a draining file is read when nothing else wakes the tailer: writes to
	// it are events about its rotated name, which no source watches.
	drainTick = 100 * time.Millisecond
	// idleDrainTick is how often a draining file that has been quiet is read.
	idleDrainTick = time.Second
	// A file that left the path with none come after it is read every idleDrainTick for
	// goneQuick, then every goneTick: a directory that jobs move their finished logs out of
	// must not cost a read a second for each of them forever.
	goneQuick = time.Minute
	goneTick  = 10 * time.Second
)

// draining is the file read before the last rotation, with a read state of its own.
type draining struct {
	f     *os.File
	fi    os.FileInfo
	off   int64
	fp    fingerprint
	head  fingerprint
	sp    *splitter
	until time.Time // read every idleDrainTick once it has not grown by then
	since time.Time // when it was rotated away
	grew  time.Time // when a read last found it had grown
	late  bool      // written after it had gone quiet, or drainQuiet after its rotation: by a daemon that never reopens its log
}

// stillWritten is how recently a draining file must have grown, at the next rotation, to be the
// file its daemon still writes to: a few of its reads apart.
const stillWritten = 3 * drainTick

// swapDrain exchanges the current file's read state with the draining file's, so that the
// reading code serves both.
func (t *fileTail) swapDrain() {
	d := t.drain
	t.f, d.f = d.f, t.f
	t.fi, d.fi = d.fi, t.fi
	t.off, d.off = d.off, t.off
	t.fp, d.fp = d.fp, t.fp
	t.head, d.head = d.head, t.head
	t.sp, d.sp = d.sp, t.sp
	t.swapped = !t.swapped
}

// startDrain keeps the current file, just rotated away, open to be read a while longer, after
// reading it to its end; a file still draining from the rotation before is finished first. But
// when that one was written long after its rotation, or is still being written now, and the
// current file never was, the daemon never reopened its log: that one is kept, still its log, and
// the empty one let go. (A daemon that reopens writes to the old file only until its signal,
// within drainQuiet, and then to the current one.)
func (t *fileTail) startDrain(ctx context.Context) {
	// (Still written at this rotation, while the file after it never was: rotated again before
	// drainQuiet passed, as a busy daemon's logs by size are.)
	// (Rotated a moment ago too, it may be a signalled daemon's last lines before it reopened.)
	writing := t.drain != nil && time.Since(t.drain.grew) < stillWritten && time.Since(t.drain.since) > stillWritten
	if t.drain != nil && (t.drain.late || writing) && t.f != nil && t.off == 0 && emptyFile(t.f) {
		t.drain.late = true
		t.closeFile()
		return
	}
	t.finishDrain(ctx)
	if t.f == nil {
		return
	}
	t.readFailed(t.readToEOF(ctx, false))
	t.remember(t.fi, t.f) // read: never to be taken for a file rotated away unseen
	// Its entry handed over open stands complete: the ring keeps one open entry a source, and
	// from now on that is the new file's.
	t.sp.reopen = nil
	now := time.Now()
	t.drain = &draining{f: t.f, fi: t.fi, off: t.off, fp: t.fp, head: t.head, sp: t.sp, until: now.Add(drainQuiet), since: now}
	t.f, t.fi, t.off, t.fp.n, t.head.n = nil, nil, 0, 0, 0
	// The new file's lines are joined apart from the old one's: a stack trace's continuation that
	// the daemon writes to the old file must not join an entry of the new file.
	t.sp = newSplitter(t.ns(t.src.name, t.written), t.opts.MaxEntryBytes, t.opts.Follow)
}

// emptyFile reports whether f holds no byte.
func emptyFile(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Size() == 0
}

// readDrain reads what was appended to the draining file since the last look, and finishes it
// once it was deleted. When it has just gone quiet, the entry its stream holds and a line
// without its newline are let go, as the current file's are after a quiet time.
func (t *fileTail) readDrain(ctx context.Context) {
	if t.drain == nil {
		return
	}
	t.swapDrain()
	before := t.off
	err := t.readToEOF(ctx, false)
	grew, gone := t.off > before, unlinked(t.f)
	quiet := !grew && !t.drain.idle() && time.Now().After(t.drain.until)
	if quiet {
		t.releasePartial()
		t.sp.flush(t.batch)
		t.deliver()
	}
	t.swapDrain()
	t.readFailed(err)
	if grew {
		// Past the quiet time, or idle; or, written without a pause, still written long after its
		// rotation, when a daemon told to reopen would have done so.
		now := time.Now()
		t.drain.late = t.drain.late || now.After(t.drain.until) || now.Sub(t.drain.since) > drainQuiet
		t.drain.until, t.drain.grew = now.Add(drainQuiet), now
	}
	if quiet {
		t.drain.until = time.Time{}
	}
	if gone && !grew && time.Now().After(t.drain.until) {
		// Deleted, and no longer written: let go, so that its space can be freed. (Compressed
		// away while its daemon had not yet reopened its log, it is read until it is quiet.)
		t.finishDrain(ctx)
	}
}

// idle reports whether the draining file has gone quiet and is read every idleDrainTick.
func (d *draining) idle() bool { return d.until.IsZero() }

// finishDrain reads the draining file a last time, hands over its last line and closes it.
func (t *fileTail) finishDrain(ctx context.Context) {
	if t.drain == nil {
		return
	}
	t.swapDrain()
	t.finishFile(ctx)
	t.sp.flush(t.batch)
	t.deliver()
	t.swapDrain()
	t.drain = nil
}

// flushDrain releases the entry the draining file's stream holds back, after a quiet time.
func (t *fileTail) flushDrain() {
	if t.drain != nil {
		t.drain.sp.flush(t.batch)
	}
}

// movedOn lets go of the files this source kept after they left its path, the draining one and
// the one renamed away, once another source has taken them over at its own path: that source
// reads them on, and read here too each line would arrive twice.
func (t *fileTail) movedOn() {
	if t.files == nil {
		return
	}
	if d := t.drain; d != nil && t.takenOver(d.fi) {
		t.swapDrain()
		t.sp.flush(t.batch)
		t.deliver()
		t.closeFile()
		t.swapDrain()
		t.drain = nil
	}
	if t.f != nil && t.gone && t.takenOver(t.fi) {
		t.sp.flush(t.batch)
		t.deliver()
		t.closeFile()
	}
}

// takenOver reports whether another source holds fi's file now.
func (t *fileTail) takenOver(fi os.FileInfo) bool {
	h := t.files.holder(fi)
	return h != nil && h != t.src
}

// drainWait returns a channel that fires when the draining file is due to be read again, or nil
// when none drains. A file renamed away while the path stays empty is read as a draining one is:
// it may be the same file under another name (a second hard link, the first one removed), still
// written to, and writes to it are events about a name no source watches.
func (t *fileTail) drainWait() <-chan time.Time {
	switch {
	case t.drain == nil && t.f != nil && t.gone && time.Since(t.goneAt) < goneQuick:
		return time.After(idleDrainTick)
	case t.drain == nil && t.f != nil && t.gone:
		return time.After(goneTick) // moved away for good, maybe: a write through a watched name wakes the source sooner
	case t.drain == nil:
		return nil
	case t.drain.idle():
		return time.After(idleDrainTick)
	}
	return time.After(drainTick)
}
