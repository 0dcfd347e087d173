package tail

import (
	"context"
	"sync"

	"github.com/trawl-dev/trawl/parse"
)

// batchPool recycles the batches of the headless path: Streams takes them, Merge gives them back
// once every entry was emitted, so a whole run reuses a few dozen batches instead of allocating
// one per chunk. It holds only empty batches and no state, so sharing it is harmless.
var batchPool = sync.Pool{New: func() any { return new(parse.Batch) }}

func getBatch(source string) *parse.Batch {
	b := batchPool.Get().(*parse.Batch)
	b.Reset()
	b.Source = source
	return b
}

// chanOutput sends batches down a bounded channel, so a reader that runs ahead of the consumer
// waits and memory stays bounded.
type chanOutput struct {
	ctx context.Context
	ch  chan<- *parse.Batch
}

func (o chanOutput) next(b *parse.Batch, source string) *parse.Batch {
	if b != nil {
		select {
		case o.ch <- b:
		case <-o.ctx.Done():
			b.Reset()
			return b
		}
	}
	return getBatch(source)
}

// Streams is the headless path: it reads every source once (its last Lines lines, or all of it
// with All; stdin to its end), never following, and returns one channel of batches per source,
// in the order of Stats. Each channel delivers its source's entries in order and is closed at
// the source's end or when ctx is done. The receiver owns each batch; Merge recycles them.
// Sources are read and parsed concurrently, each at most streamDepth batches ahead.
func (g *Group) Streams(ctx context.Context) []<-chan *parse.Batch {
	var out []<-chan *parse.Batch
	g.headless(ctx, func(s *source) (output, func()) {
		ch := make(chan *parse.Batch, streamDepth)
		out = append(out, ch)
		return chanOutput{ctx, ch}, func() { close(ch) }
	})
	return out
}

// headless starts one goroutine per source that reads it once, never following, into the output
// that open makes for it, and calls the close function open returned when the source is done.
func (g *Group) headless(ctx context.Context, open func(*source) (output, func())) {
	g.mu.Lock()
	srcs := g.sources
	g.mu.Unlock()
	opts := g.opts
	opts.Follow = false
	g.pending.Store(int64(len(srcs)))
	if len(srcs) == 0 {
		g.loadedOnce.Do(func() { close(g.loaded) })
	}
	chunk := headlessSizing(len(srcs))
	for _, s := range srcs {
		out, done := open(s)
		loaded := sync.OnceFunc(g.loadedOne)
		go func() {
			defer done()
			defer loaded()
			var err error
			defer func() { g.ended(err) }()
			defer s.recoverInto(&err)
			if err = g.runSource(ctx, s, opts, out, chunk, loaded); err == nil {
				err = s.endError()
			}
		}()
	}
}

// headlessSizing picks the read size for n sources read at once: headlessChunk, unless that would
// put more than headlessBudget in flight (each source holds a read buffer and up to
// streamDepth+2 batches of about a chunk each).
func headlessSizing(n int) int {
	chunk := headlessChunk
	if n > 0 && n*(streamDepth+3)*chunk > headlessBudget {
		chunk = max(headlessBudget/(n*(streamDepth+3)), 16<<10)
	}
	return chunk
}

// Merge k-way merges streams by (Item.Sort, stream index), calling emit for each entry in merged
// order with its batch and index in it. The batch is valid only during emit: Merge recycles it
// once its entries are emitted. It returns when every stream is closed or ctx is done.
func Merge(ctx context.Context, streams []<-chan *parse.Batch, emit func(b *parse.Batch, i int)) {
	h := make(mergeHeap, 0, len(streams))
	for i, ch := range streams {
		c := &cursor{ch: ch, idx: i}
		if c.advance(ctx) {
			h = append(h, c)
		}
	}
	h.init()
	for len(h) > 0 {
		c := h[0]
		emit(c.b, c.i)
		c.i++
		if c.i == len(c.b.Items) {
			batchPool.Put(c.b)
			c.b = nil
			if !c.advance(ctx) {
				h.pop()
				continue
			}
		}
		h.down(0)
	}
	// On cancel, drain nothing: the producers see ctx too and close their channels.
}

// cursor is one stream's position in the merge: in a stream of batches (ch, b) or of encoded
// batches (ech, e).
type cursor struct {
	ch  <-chan *parse.Batch
	ech <-chan *encoded
	idx int
	b   *parse.Batch
	e   *encoded
	i   int
}

// advance receives the stream's next non-empty batch; false when the stream ended or ctx is done.
func (c *cursor) advance(ctx context.Context) bool {
	if c.ech != nil {
		return c.advanceEncoded(ctx)
	}
	for {
		select {
		case b, ok := <-c.ch:
			if !ok {
				return false
			}
			if len(b.Items) > 0 {
				c.b, c.i = b, 0
				return true
			}
			batchPool.Put(b)
		case <-ctx.Done():
			return false
		}
	}
}

func (c *cursor) sort() int64 {
	if c.e != nil {
		return c.e.sorts[c.i]
	}
	return c.b.Items[c.i].Sort
}

// mergeHeap is a binary min-heap of cursors by (current Sort, stream index).
type mergeHeap []*cursor

func (h mergeHeap) less(a, b int) bool {
	sa, sb := h[a].sort(), h[b].sort()
	return sa < sb || sa == sb && h[a].idx < h[b].idx
}

func (h mergeHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h mergeHeap) down(i int) {
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func (h *mergeHeap) pop() {
	old := *h
	n := len(old) - 1
	old[0] = old[n]
	old[n] = nil
	*h = old[:n]
	h.down(0)
}
