package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/trawl-dev/trawl/export"
	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
	"github.com/trawl-dev/trawl/tail"
)

// initialSettle is the margin past the quiet time for the released entries to reach the ring.
const initialSettle = 50 * time.Millisecond

// outputBuffer is large enough that writing entries costs few system calls at full speed.
const outputBuffer = 256 << 10

// entryWriter writes matching entries in the shape asked for through one buffer. A closed pipe is
// not an error for the user: it means the reader has all it wanted.
type entryWriter struct {
	w       *bufio.Writer
	m       *filter.Matcher
	shape   export.Options
	buf     []byte
	err     error
	written int64
}

func newEntryWriter(out io.Writer, m *filter.Matcher, shape export.Options) *entryWriter {
	return &entryWriter{w: bufio.NewWriterSize(out, outputBuffer), m: m, shape: shape}
}

func (j *entryWriter) write(e *parse.Entry) {
	if j.err != nil || !j.m.MatchEntry(e) {
		return
	}
	j.buf = j.shape.Append(j.buf[:0], e)
	if _, err := j.w.Write(j.buf); err != nil {
		j.err = err
	}
	j.written++
}

func (j *entryWriter) flush() error {
	if j.err == nil {
		j.err = j.w.Flush()
	}
	return j.err
}

// closedPipe reports whether err means the reader went away.
func closedPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

// runHeadless prints entries in the shape asked for (JSON Lines, raw lines or text). Without
// follow it streams a k-way merge of the sources, so memory stays bounded whatever their size;
// with follow it prints the merged initial read, then entries in arrival order, like tail -F.
func runHeadless(ctx context.Context, group *tail.Group, m *filter.Matcher, cfg config, shape export.Options, out io.Writer, stderr io.Writer, warnings []error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jw := newEntryWriter(out, m, shape)
	var err error
	if cfg.noFollow {
		// Filtering and encoding run in each source's goroutine; the merge only orders the
		// encoded lines, so both cores work on a large dump.
		encode := func(dst []byte, e *parse.Entry) []byte {
			if !m.MatchEntry(e) {
				return dst
			}
			return shape.Append(dst, e)
		}
		write := func(p []byte) error {
			_, werr := jw.w.Write(p)
			return werr
		}
		if err = group.Encode(ctx, encode, write); err != nil && !errors.Is(err, context.Canceled) {
			jw.err, err = err, nil
		}
		if err == nil {
			err = group.Err() // a source that broke off: the output has a gap, the exit says so
		}
	} else {
		gone := make(<-chan struct{}) // never, unless out is a pipe whose reader can go
		if f, ok := out.(*os.File); ok {
			done := make(chan struct{})
			defer close(done)
			gone = readerGone(f, done)
		}
		err = followHeadless(ctx, group, jw, cfg, stderr, gone, warnings)
	}
	if ferr := jw.flush(); closedPipe(ferr) {
		return nil
	} else if ferr != nil {
		return fmt.Errorf("write output: %w", ferr)
	}
	return err
}

// followHeadless runs the tailers into a ring and prints from it: first the initial read in
// timeline order once every source has loaded, then each new entry as it arrives. When the
// signal comes, what was read before it is still printed; when the reader goes away (gone), it
// ends as a write to the closed pipe would end it.
func followHeadless(ctx context.Context, group *tail.Group, jw *entryWriter, cfg config, stderr io.Writer, gone <-chan struct{}, warnings []error) error {
	store := ring.New(ring.Options{MaxEntries: cfg.maxEntries, MaxBytes: int64(cfg.maxMemory)})
	runCtx, stopTail := context.WithCancel(context.WithoutCancel(ctx))
	defer stopTail()
	sink := &pacedSink{ring: store, ctx: runCtx, room: int64(store.Holds()), progress: make(chan struct{}, 1), full: make(chan struct{})}
	tailDone := make(chan error, 1)
	go func() { tailDone <- group.Run(runCtx, sink) }()

	select {
	case <-group.Loaded():
		sink.live.Store(true)
		// The last entry of each source is released after a quiet time, in case a stack trace
		// continues it; waiting it out lets the initial read print in one merged order.
		select {
		case <-time.After(tail.DefaultQuiet + initialSettle):
		case <-ctx.Done():
		}
	case <-sink.full:
		// A source that gives more than the ring holds before the read is over (a command
		// printing at full speed, --all over logs larger than --max-entries): print from now on
		// as entries come, paced, rather than let the ring drop the oldest unprinted; what is
		// printed then is in the order read, not merged across sources.
	case <-ctx.Done():
	}
	snap := store.Snapshot()
	for _, chunk := range snap.Timeline() {
		for _, k := range chunk {
			if e, ok := snap.Entry(k.Seq); ok {
				jw.write(&e)
			}
		}
	}
	if snap.Evicted() > 0 {
		fmt.Fprintf(stderr, "trawl: the initial read held %d more entries than --max-entries/--max-memory allow; they were not printed (use --no-follow for a complete dump)\n", snap.Evicted())
	}
	next := snap.Next()
	taken := snap.Evicted() + uint64(snap.Len()) // entries appended up to the last snapshot printed
	sink.printed(snap)
	printNew := func() {
		snap := store.Snapshot()
		if snap.Evicted() > taken {
			// Every entry up to the last snapshot was printed, so those evicted past it were
			// not. (Sequence numbers leave gaps between segments: they count no entries.)
			fmt.Fprintf(stderr, "trawl: output fell behind; %d entries were evicted before they were printed\n", snap.Evicted()-taken)
		}
		// A line let go without its newline and completed later is printed twice: as it was let
		// go, marked "no_newline", and whole. Leaving the completed line out would lose what the
		// writer added ("checking disk... " then "FAILED").
		snap.Each(next, func(seq uint64) bool {
			e, _ := snap.Entry(seq)
			jw.write(&e)
			return jw.err == nil
		})
		next = snap.Next()
		taken = snap.Evicted() + uint64(snap.Len())
		sink.printed(snap)
	}
	losses := troubleReport{stats: group.Stats, lost: map[string]int64{}, said: map[string]string{}, told: toldAtStart(warnings), w: stderr}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var err error
	over := false // the tailers ended on their own: standard input alone, and its writer closed it
	for jw.err == nil {
		if err := jw.w.Flush(); err != nil {
			jw.err = err
			break
		}
		select {
		case <-store.Changed():
			printNew()
			continue
		case <-tick.C:
			losses.check()
			continue
		case err = <-tailDone:
			over = true
		case <-ctx.Done():
		case <-gone:
			jw.err = syscall.EPIPE // nothing more is written: the reader has all it wanted
		}
		break
	}
	// Stop the tailers, let them hand over what they had read, and print it.
	stopTail()
	if !over {
		err = <-tailDone
	}
	printNew()
	losses.check()
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	if over && err == nil {
		// The sources ended by themselves (standard input alone): a read that failed (a
		// directory given as input) is the exit's to tell, as --no-follow's is.
		err = group.Ended()
	}
	return err
}

// pacedSink puts batches into the ring for the printer. Once the sources have loaded, it makes
// them wait while the printer is more than limit entries behind, or half the ring's memory, so
// that a source faster than the output (a pipe at full speed) is slowed down, as a pipe would be,
// instead of having entries evicted from the ring before they were printed. The initial read is
// not paced: nothing is printed until it is over, unless it outgrows the ring.
type pacedSink struct {
	ring     *ring.Ring
	ctx      context.Context
	room     int64 // entries the ring keeps for sure: no more may wait unprinted
	live     atomic.Bool
	appended atomic.Int64 // entries appended
	done     atomic.Int64 // entries appended up to the printer's last snapshot
	progress chan struct{}
	full     chan struct{} // closed when the initial read has reached limit
	fullOnce sync.Once
}

// limit is how far the printer may fall behind: half of what the ring keeps for sure.
func (p *pacedSink) limit() int64 { return max(p.room/2, 1) }

// overMemory reports whether the entries the printer has not taken yet fill half of the ring's
// memory: with long lines the memory bound, not the count, evicts first (120,000 lines of 5 KB at
// 512 MiB).
func (p *pacedSink) overMemory() bool { return p.ring.Ahead() > p.ring.MaxBytes()/2 }

// nearlyFull reports whether the ring would evict for memory were b appended: printing must
// start before then, and as late as it can, since from then on entries are printed in the order
// read rather than merged by time.
func (p *pacedSink) nearlyFull(b *parse.Batch) bool { return !p.ring.Fits(b) }

func (p *pacedSink) Append(b *parse.Batch) {
	// A batch larger than the pace allows (a source's untimed preamble, released at once when
	// its first time comes) goes in by parts, each waiting for the printer as a batch would.
	if step := int(max(min(p.limit(), p.room), 1)); b.Len() > step {
		part := parse.Batch{Source: b.Source, Data: b.Data}
		for lo := 0; lo < b.Len(); lo += step {
			part.Items = b.Items[lo:min(lo+step, b.Len())]
			p.appendPaced(&part)
		}
		return
	}
	p.appendPaced(b)
}

// appendPaced appends one batch, of no more entries than the ring keeps for sure, once the
// printer is near enough.
func (p *pacedSink) appendPaced(b *parse.Batch) {
	n := int64(b.Len())
	if !p.live.Load() && (p.appended.Load()+n > p.limit() || p.nearlyFull(b)) {
		// More than the ring holds may come before the read is over: pace from here, before
		// the printer has even woken up to the full ring.
		p.live.Store(true)
		p.fullOnce.Do(func() { close(p.full) })
	}
	// Wait while the printer is more than limit behind, or while this batch would push out of
	// the ring (it holds room entries for sure) what it has not printed yet.
	for p.live.Load() {
		behind := p.appended.Load() - p.done.Load()
		if behind == 0 || behind <= p.limit() && behind+n <= p.room && !p.overMemory() {
			break
		}
		select {
		case <-p.progress:
			continue
		case <-p.ctx.Done():
		}
		break
	}
	p.ring.Append(b)
	p.appended.Add(n)
}

// printed records that everything in snap has been printed, and wakes a waiting source.
func (p *pacedSink) printed(snap *ring.Snapshot) {
	p.done.Store(int64(snap.Evicted()) + int64(snap.Len()))
	select {
	case p.progress <- struct{}{}:
	default:
	}
}

// troubleReport tells, on standard error, what befalls a source while it is followed: rotated
// files it could not read, once per new loss, and each new error (a file that came back
// unreadable, a command that keeps exiting). The output on standard output says nothing of
// them, and a script must be able to know.
type troubleReport struct {
	stats func() []tail.Stats
	lost  map[string]int64
	said  map[string]string // the last error told per source
	down  map[string]bool   // sources in error since it was told: their return is told too
	told  map[string]error  // the files that could not be opened, warned of at start: path, why
	w     io.Writer
}

// toldAtStart is what the warnings printed at start said of files that could not be opened.
func toldAtStart(warnings []error) map[string]error {
	told := map[string]error{}
	for _, w := range warnings {
		if pe := (*fs.PathError)(nil); errors.As(w, &pe) {
			told[pe.Path] = pe.Err
		}
	}
	return told
}

// toldAlready reports whether err is a file's failure to open that was warned of at start.
func (r *troubleReport) toldAlready(err error) bool {
	pe := (*fs.PathError)(nil)
	return errors.As(err, &pe) && r.told[pe.Path] != nil && errors.Is(pe.Err, r.told[pe.Path])
}

func (r *troubleReport) check() {
	if r.down == nil {
		r.down = map[string]bool{}
	}
	for _, st := range r.stats() {
		why := ""
		if st.Err != nil {
			why = st.Err.Error()
		}
		if st.Missed > r.lost[st.Source] {
			r.lost[st.Source], r.said[st.Source] = st.Missed, why
			fmt.Fprintf(r.w, "trawl: warning: %s: %d rotated file(s) could not be read, their lines are missing: %s\n", oneLine(st.Source), st.Missed, oneLine(why))
			continue
		}
		if strings.HasPrefix(st.State, "error") && why != "" && why != r.said[st.Source] {
			r.said[st.Source], r.down[st.Source] = why, true
			switch {
			case r.toldAlready(st.Err):
				// Said when the source was opened ("open secret.log: permission denied"): only
				// its return is news.
			case strings.HasPrefix(why, st.Source+": "):
				fmt.Fprintf(r.w, "trawl: warning: %s\n", oneLine(why)) // the error names the path itself
			default:
				fmt.Fprintf(r.w, "trawl: warning: %s: %s\n", oneLine(st.Source), oneLine(why))
			}
			continue
		}
		if !strings.HasPrefix(st.State, "error") && r.down[st.Source] {
			// Back after an error told: a host reconnected, a command runs again.
			delete(r.down, st.Source)
			delete(r.said, st.Source)
			fmt.Fprintf(r.w, "trawl: %s: %s\n", oneLine(st.Source), st.State)
		}
	}
}
