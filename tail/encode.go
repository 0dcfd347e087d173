package tail

import (
	"context"
	"sync"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// encodeFlush is the size of the chunks Encode hands to write.
const encodeFlush = 256 << 10

// encoded is what one batch became on the source's side of Encode: the output of each kept
// entry, back to back, with its Sort key and end offset.
type encoded struct {
	sorts []int64
	ends  []int32
	out   []byte
}

// encodedPool recycles encoded batches between the sources and the merge, like batchPool.
var encodedPool = sync.Pool{New: func() any { return new(encoded) }}

// encOutput encodes each batch as it is filled, in the source's goroutine, and sends the result.
// The parse.Batch itself is reused at once.
type encOutput struct {
	ctx    context.Context
	ch     chan<- *encoded
	encode func(dst []byte, e *parse.Entry) []byte
	// ratio is the source's output bytes per input byte so far, in 1/16ths: a batch's buffer is
	// sized from it once, rather than grown (and copied) while the batch is encoded.
	ratio *int
}

func (o encOutput) next(b *parse.Batch, source string) *parse.Batch {
	if b == nil {
		return &parse.Batch{Source: source}
	}
	enc := encodedPool.Get().(*encoded)
	enc.sorts, enc.ends, enc.out = enc.sorts[:0], enc.ends[:0], enc.out[:0]
	if want := len(b.Data) * *o.ratio / 16; cap(enc.out) < want {
		enc.out = make([]byte, 0, want+want/8)
	}
	// One Entry for the whole batch: a pointer handed to an unknown function escapes, and
	// declaring it per entry would allocate per entry.
	e := new(parse.Entry)
	for i := range b.Items {
		b.PeekInto(i, e)
		n := len(enc.out)
		enc.out = o.encode(enc.out, e)
		if len(enc.out) > n {
			enc.sorts = append(enc.sorts, b.Items[i].Sort)
			enc.ends = append(enc.ends, int32(len(enc.out)))
		}
	}
	if len(b.Data) > 0 {
		*o.ratio = max(*o.ratio, len(enc.out)*16/len(b.Data)+1)
	}
	b.Reset()
	if len(enc.sorts) == 0 {
		encodedPool.Put(enc)
		return b
	}
	select {
	case o.ch <- enc:
	case <-o.ctx.Done():
	}
	return b
}

// Encode is the headless path with the per-entry work spread over the cores: it reads every
// source once, like Streams, and runs encode on each entry in that source's goroutine, so that
// filtering and encoding run concurrently. encode appends the entry's output to dst, or returns
// dst unchanged to leave the entry out; the entry's strings are valid only during the call. The
// outputs are merged like Merge orders entries, and handed to write in order, in chunks of about
// 256 KiB. Encode returns write's first error (after which it stops reading), ctx's error if it
// was cancelled, or nil.
//
// Cancelling ctx (a signal) stops the reading, not the output: every source hands over what it
// has read, and that is merged and written before Encode returns, within drainWait; a source
// that has not let go by then (a command that ignores the end of its input) is left out.
func (g *Group) Encode(ctx context.Context, encode func(dst []byte, e *parse.Entry) []byte, write func([]byte) error) error {
	// abort ends the sources' hand-over: when Encode returns, or drainWait after the signal.
	abort, cancelAbort := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelAbort()
	read, stopReading := context.WithCancel(abort)
	defer stopReading()
	defer context.AfterFunc(ctx, func() {
		stopReading()
		time.AfterFunc(drainWait, cancelAbort)
	})()
	var cursors []*cursor
	g.headless(read, func(s *source) (output, func()) {
		ch := make(chan *encoded, streamDepth)
		cursors = append(cursors, &cursor{ech: ch, idx: len(cursors)})
		return encOutput{abort, ch, encode, new(int)}, func() { close(ch) }
	})
	err := mergeEncoded(abort, cursors, write)
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// drainWait bounds how long Encode waits, after a signal, for the sources to hand over what they
// read: a file's or a pipe's reader lets go at once, a command within its stop's grace.
const drainWait = 2 * time.Second

// mergeEncoded writes the cursors' encoded entries in merged order until every stream is closed,
// or ctx ends.
func mergeEncoded(ctx context.Context, cursors []*cursor, write func([]byte) error) error {
	h := make(mergeHeap, 0, len(cursors))
	for _, c := range cursors {
		if c.advance(ctx) {
			h = append(h, c)
		}
	}
	h.init()
	buf := make([]byte, 0, encodeFlush+encodeFlush/4)
	for len(h) > 0 {
		c := h[0]
		start := int32(0)
		if c.i > 0 {
			start = c.e.ends[c.i-1]
		}
		// The entries of c that come before every other stream's next one go out together, in
		// one copy and with one step of the heap.
		c.i = h.run()
		buf = append(buf, c.e.out[start:c.e.ends[c.i-1]]...)
		if len(buf) >= encodeFlush {
			if err := write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
		if c.i == len(c.e.sorts) {
			encodedPool.Put(c.e)
			c.e = nil
			if !c.advance(ctx) {
				h.pop()
				continue
			}
		}
		h.down(0)
	}
	if len(buf) > 0 {
		return write(buf)
	}
	return nil
}

// advanceEncoded is advance for a stream of encoded batches.
func (c *cursor) advanceEncoded(ctx context.Context) bool {
	select { // what a source has handed over is taken even when ctx has ended
	case e, ok := <-c.ech:
		if !ok {
			return false
		}
		c.e, c.i = e, 0
		return true
	default:
	}
	select {
	case e, ok := <-c.ech:
		if !ok {
			return false
		}
		c.e, c.i = e, 0
		return true
	case <-ctx.Done():
		return false
	}
}

// run returns the end of the run of encoded entries of the heap's top cursor, from its current
// one, that merge before the next entry of every other cursor.
func (h mergeHeap) run() int {
	c := h[0]
	if len(h) == 1 {
		return len(c.e.sorts)
	}
	o := h[1]
	if len(h) > 2 && h.less(2, 1) {
		o = h[2]
	}
	next, idx := o.sort(), o.idx
	end := c.i + 1
	for end < len(c.e.sorts) && (c.e.sorts[end] < next || c.e.sorts[end] == next && c.idx < idx) {
		end++
	}
	return end
}
