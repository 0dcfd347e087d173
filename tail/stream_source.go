package tail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// chunk is one read from a stream source, handed from its reader goroutine to its owner.
type chunk struct {
	data []byte
	err  error
}

// runStream reads a source that cannot seek: stdin, a named pipe or a device. All of it is read
// (there is no backfill: a pipe cannot be read backwards), until its end or until ctx is done.
// A blocking Read cannot watch ctx, so a reader goroutine does the reads and this one parses,
// which also lets the quiet timer flush a held-back entry while the reader waits for input.
func (g *Group) runStream(ctx context.Context, s *source, follow bool, out output, loaded func()) error {
	r := g.stdin
	if s.path != "-" {
		f, err := openStream(s.path, follow)
		if err != nil {
			s.fail(err)
			loaded()
			return nil
		}
		defer f.Close()
		r = f
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && decompressible(s.path) {
			// A compressed file named on the command line (a rotated syslog.2.gz) is read
			// decompressed, once, as its rotated copies are.
			d, err := decompress(ctx, s.path, f)
			if err != nil {
				s.fail(err)
				loaded()
				return nil
			}
			stopped := ctx.Done() // the caller's: the read's own context is cancelled as it ends
			defer func() {
				// A decompressor that failed ("File format not recognized") says so only as it
				// ends: the source is failed, not read as empty.
				err := d.Close()
				select {
				case <-stopped:
				default:
					if err != nil {
						s.fail(err)
					}
				}
			}()
			r = d
		}
	}
	if r == nil {
		r = eofReader{}
	}
	ctx, cancel := context.WithCancel(ctx)
	chunks := make(chan chunk)
	free := make(chan []byte, 2)
	free <- make([]byte, followChunk)
	free <- make([]byte, followChunk)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if p := recover(); p != nil {
				select {
				case chunks <- chunk{err: fmt.Errorf("tail: panic reading %s: %v", s.path, p)}:
				case <-ctx.Done():
				}
			}
		}()
		readChunks(ctx, r, free, chunks)
	}()
	defer func() {
		cancel()
		// Unblock a pending Read where the system allows it; otherwise the reader ends with its
		// next Read, and is not waited for.
		if f, ok := r.(*os.File); ok && f.SetReadDeadline(time.Now()) == nil {
			wg.Wait()
		}
	}()
	st := &streamState{g: g, s: s, out: out, loaded: loaded}
	return st.loop(ctx, chunks, free)
}

// openStream opens a named pipe or a device that is read as a stream. A named pipe that is
// followed is opened for writing too, which keeps a writer on it: otherwise the first program to
// close it ends the read, and the next one blocks with nobody reading, where tail -f goes on with
// what each writer writes (a syslog daemon's pipe output, a mkfifo of one's own). Nothing is ever
// written to it. A shell's /dev/fd/N names an anonymous pipe, which ends with its command.
func openStream(path string, follow bool) (*os.File, error) {
	if follow && namedPipe(path) {
		if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
			if fi, err := f.Stat(); err == nil && fi.Mode()&fs.ModeNamedPipe != 0 {
				return f, nil
			}
			f.Close() // replaced by another file since it was looked at: that one is only read
		}
		// (Not writable by this user: read it as it is, until its writers are done.)
	}
	return os.Open(path)
}

// namedPipe reports whether path is a named pipe in the file system.
func namedPipe(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		return false
	}
	_, err = filepath.EvalSymlinks(path) // /dev/fd/N resolves to "pipe:[…]", no path
	return err == nil
}

// readChunks reads r into the buffers from free and sends them to chunks, until an error (EOF
// included), which it sends too.
func readChunks(ctx context.Context, r io.Reader, free chan []byte, chunks chan<- chunk) {
	for {
		var buf []byte
		select {
		case buf = <-free:
		case <-ctx.Done():
			return
		}
		n, err := r.Read(buf)
		if n == 0 && err == nil {
			free <- buf
			continue
		}
		select {
		case chunks <- chunk{buf[:n], err}:
		case <-ctx.Done():
			return
		}
		if err != nil {
			return
		}
	}
}

// streamState is the parsing side of a stream source.
type streamState struct {
	g      *Group
	s      *source
	out    output
	loaded func()
}

func (st *streamState) loop(ctx context.Context, chunks <-chan chunk, free chan<- []byte) error {
	g, s := st.g, st.s
	clock := readClock{now: g.opts.Now}
	stream := g.newStream(s.name, clock.written)
	sp := newSplitter(stream, g.opts.MaxEntryBytes, g.opts.Follow)
	b := st.out.next(nil, s.name)
	deliver := func() {
		if b.Len() > 0 {
			b = st.out.next(b, s.name)
		}
	}
	// The quiet timer also ends the initial read of a stream that has nothing to say yet.
	quiet := time.NewTimer(g.opts.Quiet)
	defer quiet.Stop()
	var hold holdLimit
	s.setState(stateFollowing)
	var off int64
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-quiet.C:
			st.loaded()
			stream.Flush(b)
			deliver()
		case c := <-chunks:
			if len(c.data) > 0 {
				before := sp.lines
				clock.tick()
				sp.feed(c.data, off, b)
				hold.check(stream, b, g.opts.Quiet)
				off += int64(len(c.data))
				s.bytes.Add(int64(len(c.data)))
				s.lines.Add(sp.lines - before)
				s.live.Add(sp.lines - before)
				deliver()
				free <- c.data[:cap(c.data)]
				st.loaded()
			}
			if c.err != nil {
				sp.finish(b)
				stream.Flush(b)
				deliver()
				st.loaded()
				if errors.Is(c.err, io.EOF) {
					s.setState(stateDone)
					return nil
				}
				s.fail(fmt.Errorf("read %s: %w", s.path, c.err))
				return nil
			}
			if stream.Pending() {
				quiet.Reset(g.opts.Quiet)
			}
		}
	}
}

// eofReader is an empty input.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
