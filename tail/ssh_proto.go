package tail

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// remoteState is what trawl knows of one remote file: kept across connections, so that the next
// one resumes at the same inode and offset, with the same parse stream (a partial line or an
// entry waiting for its continuation lines goes on where it stopped).
type remoteState struct {
	path   string
	name   string // Batch.Source of its entries: HOST:PATH
	found  bool   // a match of a pattern, sniffed for text on its first bytes
	sniffd bool
	binary bool // not text: its bytes are dropped
	// midLine: the backfill starts inside a line (its lines are longer than the remote looks
	// back); the bytes up to the first newline are skipped.
	midLine bool
	ino     string
	off     int64 // bytes received and parsed
	// lastSort is the Sort of the file's last entry: those it holds back sort no earlier.
	lastSort int64
	sp       *splitter
	stream   lineSink
	clock    *readClock
}

func (h *sshHost) newFile(path string, found bool) *remoteState {
	return &remoteState{path: path, name: h.host + ":" + path, found: found}
}

// hostReader turns the records of a host's connections into batches.
type hostReader struct {
	h    *sshHost
	s    *source
	opts Options
	out  output
	b    *parse.Batch

	tok    []byte
	stdin  *os.File
	buf    []byte // received bytes not parsed yet: at most one record
	pingAt time.Time

	streaming atomic.Bool // the connection answered: the watch may set states
	silent    atomic.Bool // the watch dropped the connection
	answered  bool        // the connection got as far as the clock: it was up
	done      bool        // the host sent everything (without following)
	err       error       // the remote side failed for good
	loaded    func()      // the initial read is over
}

func newHostReader(h *sshHost, s *source, opts Options, out output) *hostReader {
	return &hostReader{h: h, s: s, opts: opts, out: out, b: out.next(nil, s.name)}
}

// begin starts a connection's records.
func (r *hostReader) begin(token string, stdin *os.File, loaded func()) {
	r.tok, r.stdin, r.buf, r.loaded = []byte(token), stdin, r.buf[:0], loaded
	r.streaming.Store(false)
	r.silent.Store(false)
	r.done, r.err, r.answered = false, nil, false
}

// feed parses what came, record by record; an incomplete record waits for the next chunk.
func (r *hostReader) feed(data []byte) {
	r.buf = append(r.buf, data...)
	rest := r.buf
	for len(rest) > 0 {
		n := r.record(rest)
		if n == 0 {
			break
		}
		rest = rest[n:]
	}
	r.buf = append(r.buf[:0], rest...)
	r.deliver()
}

// record handles the record at the start of p and returns its length, or 0 when it is not all
// there yet.
func (r *hostReader) record(p []byte) int {
	tok := r.tok
	if !bytes.HasPrefix(p, tok) {
		if len(p) < len(tok) && bytes.HasPrefix(tok, p) {
			return 0
		}
		// Not a record: the output was not the script's (a banner, a login message). Skip to
		// the next record.
		i := bytes.Index(p, tok)
		if i < 0 {
			return max(len(p)-len(tok)+1, 0)
		}
		return i
	}
	nl := bytes.IndexByte(p, '\n')
	if nl < 0 {
		return 0
	}
	f := strings.Fields(string(p[len(tok):nl]))
	if len(f) == 0 {
		return nl + 1
	}
	size := -1 // payload length
	switch f[0] {
	case "F", "X":
		size = fieldInt(f, 2)
	case "D":
		size = fieldInt(f, 4)
	}
	size = min(max(size, -1), sshRecordMax)
	var payload []byte
	if size >= 0 {
		body := p[nl+1:]
		// A payload cut short (its file shrank under dd) ends where the next record starts.
		if i := bytes.Index(body[:min(len(body), size)], tok); i >= 0 {
			size = i
		}
		if len(body) < size {
			return 0
		}
		payload = body[:size]
	}
	r.h.last.Store(time.Now().UnixNano())
	r.handle(f, payload)
	return nl + 1 + max(size, 0)
}

func fieldInt(f []string, i int) int {
	if i >= len(f) {
		return -1
	}
	n, err := strconv.Atoi(f[i])
	if err != nil {
		return -1
	}
	return n
}

func fieldInt64(f []string, i int) int64 {
	if i >= len(f) {
		return -1
	}
	n, err := strconv.ParseInt(f[i], 10, 64)
	if err != nil {
		return -1
	}
	return n
}

// handle applies one record.
func (r *hostReader) handle(f []string, payload []byte) {
	switch f[0] {
	case "H":
		r.pingAt = time.Now()
		_, _ = r.stdin.WriteString("p\n")
	case "C":
		r.clock(f)
	case "F":
		if id := fieldInt(f, 1); id == len(r.h.files) {
			r.h.files = append(r.h.files, r.h.newFile(string(payload), true))
		}
	case "O":
		if fs := r.file(f); fs != nil {
			fs.ino, fs.off = f[2], max(fieldInt64(f, 3), 0)
			fs.midLine = fieldInt(f, 4) == 1
		}
	case "D":
		r.data(f, payload)
	case "R":
		if fs := r.file(f); fs != nil {
			read := fs.off
			r.restart(fs)
			r.s.rotations.Add(1)
			if fieldInt(f, 3) == 1 && read > 0 {
				r.s.missed.Add(1)
				r.s.fail(fmt.Errorf("%s: rotated away while the host was not read, and not found beside it: lines written to it meanwhile are lost", fs.name))
			}
			fs.ino = f[2]
		}
	case "T":
		if fs := r.file(f); fs != nil {
			r.restart(fs)
			r.s.truncations.Add(1)
		}
	case "X":
		r.fileError(fieldInt(f, 1), string(payload))
	case "P":
		if at, ok := remoteTime(f); ok {
			r.polled(at)
		}
	case "K":
		r.h.behind.Store(0)
		r.h.fresh = false
		r.loaded()
	case "Z":
		r.done = true
	}
}

// clock estimates the remote clock's offset from the answer to the ping: the remote time
// against the local time halfway through the round trip.
func (r *hostReader) clock(f []string) {
	now := time.Now()
	if at, ok := remoteTime(f); ok {
		mid := r.pingAt.Add(now.Sub(r.pingAt) / 2)
		r.h.offset.Store(at.Sub(mid).Nanoseconds())
	}
	r.answered = true
	r.streaming.Store(true)
	r.h.resumed()
	if r.opts.Follow {
		r.h.fleet.connected(r.h)
	}
}

// remoteTime reads the remote time of a record (date +%s.%N). A date without %N gives the
// second only, which is earlier than the time it names: the safe side for both uses.
func remoteTime(f []string) (time.Time, bool) {
	if len(f) < 2 {
		return time.Time{}, false
	}
	sec, frac, _ := strings.Cut(f[1], ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	ns, err := strconv.ParseInt((frac + "000000000")[:9], 10, 64)
	if err != nil {
		ns = 0
	}
	return time.Unix(s, ns), true
}

// polled tells the fleet how far the host has sent its files: every line they held when the
// poll began at began (remote time) has been sent, so the host's entries to come sort after it,
// but for the ones its streams still hold (an entry waiting for continuation lines, a line not
// ended yet), which sort no earlier than the file's last entry.
func (r *hostReader) polled(began time.Time) {
	floor := began.Add(-sshGrace).UnixNano()
	for _, fs := range r.h.files {
		if fs.sp != nil && (fs.sp.carrying() || fs.stream.Pending()) {
			floor = min(floor, fs.lastSort)
		}
	}
	r.deliver()
	r.h.fleet.advance(r.h, floor)
}

// file returns the file of a record's id, with its parse stream.
func (r *hostReader) file(f []string) *remoteState {
	id := fieldInt(f, 1)
	if id < 0 || id >= len(r.h.files) || len(f) < 2 {
		return nil
	}
	fs := r.h.files[id]
	if fs.sp == nil {
		fs.clock = &readClock{now: r.opts.Now}
		fs.stream = hostSink{inner: r.h.streams(fs.name, fs.clock.written), host: r.h.host}
		fs.sp = newSplitter(fs.stream, r.opts.MaxEntryBytes, r.opts.Follow)
	}
	return fs
}

// data parses a data record: bytes of a file at an offset. Bytes already received (a record
// sent again after a reconnect) are skipped.
func (r *hostReader) data(f []string, payload []byte) {
	fs := r.file(f)
	off := fieldInt64(f, 3)
	if fs == nil || off < 0 {
		return
	}
	if size := fieldInt64(f, 5); size >= 0 {
		r.h.behind.Store(max(size-off-int64(len(payload)), 0))
	}
	if skip := fs.off - off; skip > 0 {
		if skip >= int64(len(payload)) {
			return
		}
		payload, off = payload[skip:], fs.off
	}
	fs.off = off + int64(len(payload))
	if fs.found && !fs.sniffd {
		fs.sniffd = true
		fs.binary = !isText(payload[:min(len(payload), sniffBytes)])
	}
	if fs.midLine {
		i := bytes.IndexByte(payload, '\n')
		if i < 0 {
			return
		}
		fs.midLine = false
		payload, off = payload[i+1:], off+int64(i+1)
	}
	if fs.binary || len(payload) == 0 {
		return
	}
	r.use(fs.name)
	before := fs.sp.lines
	fs.clock.tick()
	fs.sp.feed(payload, off, r.b)
	if n := r.b.Len(); n > 0 && r.b.Source == fs.name {
		fs.lastSort = r.b.Items[n-1].Sort
	}
	n := fs.sp.lines - before
	r.s.bytes.Add(int64(len(payload)))
	r.s.lines.Add(n)
	r.s.live.Add(n)
}

// restart ends what a file's stream holds: its file was replaced or truncated, so a partial line
// will never be completed.
func (r *hostReader) restart(fs *remoteState) {
	r.use(fs.name)
	fs.sp.finish(r.b)
	fs.sp.flush(r.b)
	fs.off = 0
	fs.sniffd = false
}

// fileError records that a file cannot be read; id -1 is the script failing as a whole.
func (r *hostReader) fileError(id int, why string) {
	if id < 0 || id >= len(r.h.files) {
		r.err = fmt.Errorf("remote: %s", why)
		return
	}
	msg := r.h.files[id].path + ": " + why
	if p := r.h.fileErrs.Load(); p != nil {
		if strings.Contains(*p, msg) {
			return
		}
		msg = *p + "; " + msg
	}
	r.h.fileErrs.Store(&msg)
	r.s.errors.Add(1)
}

// use makes the current batch one of name, handing on what it holds of another file.
func (r *hostReader) use(name string) {
	if r.b.Source != name {
		r.deliver()
		r.b.Source = name
	}
}

func (r *hostReader) deliver() {
	if r.b.Len() > 0 {
		r.b = r.out.next(r.b, r.b.Source)
	}
}

// flush releases the entries held back for continuation lines, after a quiet spell.
func (r *hostReader) flush() {
	for _, fs := range r.h.files {
		if fs.sp != nil && fs.sp.stream.Pending() {
			r.use(fs.name)
			fs.sp.flush(r.b)
		}
	}
	r.deliver()
}

// end closes a connection's reading. Partial lines are kept: the next connection completes them.
func (r *hostReader) end() {
	r.streaming.Store(false)
	r.flush()
}

// close ends the source: the partial lines will not be completed.
func (r *hostReader) close() {
	for _, fs := range r.h.files {
		if fs.sp != nil {
			r.use(fs.name)
			fs.sp.finish(r.b)
			fs.sp.flush(r.b)
		}
	}
	r.deliver()
}

// hostSink gives the entries of a remote file the host they were read from, unless their line
// names a host of its own: on a host that collects other machines' logs (a syslog relay), the
// line's host is where the event happened, and the source name (HOST:PATH) still says where it
// was read.
type hostSink struct {
	inner lineSink
	host  string
}

func (s hostSink) Line(line []byte, offset int64, truncated bool, b *parse.Batch) {
	n := b.Len()
	s.inner.Line(line, offset, truncated, b)
	s.fill(b, n)
}

func (s hostSink) LineCut(line []byte, offset, size int64, b *parse.Batch) {
	n := b.Len()
	lineCut(s.inner, line, offset, size, b)
	s.fill(b, n)
}

func (s hostSink) Flush(b *parse.Batch) {
	n := b.Len()
	s.inner.Flush(b)
	s.fill(b, n)
}

func (s hostSink) Pending() bool { return s.inner.Pending() }

func (s hostSink) fill(b *parse.Batch, from int) {
	for i := from; i < len(b.Items); i++ {
		if it := &b.Items[i]; it.Host.Len() == 0 {
			start := int32(len(b.Data))
			b.Data = append(b.Data, s.host...)
			it.Host = parse.Span{Start: start, End: start + int32(len(s.host))}
		}
	}
}
