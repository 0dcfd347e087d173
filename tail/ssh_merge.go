package tail

import (
	"context"
	"math"
	"sync"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// Tuning of the merge of many hosts.
const (
	// sshWatermark is the longest an entry of a host is held before it is handed on when some
	// host has not shown yet that it has nothing earlier (see fleet): lines of several hosts
	// arrive in time order when their delays differ by less. One second covers the remote
	// poll (a quarter of a second) and a busy link.
	sshWatermark = time.Second
	// sshGrace is taken off the time a poll began before it counts as a host's floor: a line
	// may carry a time from a little before the write that put it in its file (a logger's
	// buffer, a slow disk).
	sshGrace = 200 * time.Millisecond
	// fleetTick is how often held entries are looked at when no poll's end calls for it: a
	// twentieth of the watermark.
	fleetTick = 50 * time.Millisecond
)

// fleet merges the entries of every ssh host of a group while following, in the order of their
// time (Sort), the order the timeline shows them in. An entry is handed on as soon as every
// connected host has shown that it has nothing earlier to send: each poll of a host ends with the
// remote time it began at, less sshGrace, below which the host sends nothing more (its floor).
// A host still connecting has no floor yet and holds the others back for at most the watermark;
// a lost host holds nobody. The hosts' clock offsets are not taken off: an estimate from one
// round trip is only good to half of it, a few milliseconds on a LAN, and would reorder lines
// that were written in that order; a host whose offset passes sshSkewWarn is warned about
// instead. An entry is never held longer than twice the watermark: a host whose clock is far
// ahead delays nobody, its entries just come out of order. Entries of one remote file keep their
// order.
type fleet struct {
	wait  time.Duration
	hosts []*sshHost // every host of the group; set while the group is opened

	mu     sync.Mutex
	out    output
	b      *parse.Batch // the batch being filled for out
	queues []*heldQueue
	bySrc  map[string]*heldQueue
	floors map[*sshHost]int64 // each connected host's floor; math.MinInt64 until its first poll
	kick   chan struct{}      // a floor rose: look at the held entries now
	joined int
	left   int
	ended  chan struct{} // closed when every host has left
	done   chan struct{} // closed when the last entries were handed on
}

// heldQueue holds one remote file's batches in arrival order.
type heldQueue struct {
	h       *sshHost
	batches []heldBatch
}

type heldBatch struct {
	b  *parse.Batch
	at time.Time
	i  int // the next entry to hand on
}

func newFleet(wait time.Duration) *fleet {
	return &fleet{wait: wait, bySrc: map[string]*heldQueue{}, floors: map[*sshHost]int64{},
		kick: make(chan struct{}, 1), ended: make(chan struct{}), done: make(chan struct{})}
}

// join makes h's batches go through the fleet to out, and returns the output h writes to. The
// first host to join starts the goroutine that hands entries on.
func (fl *fleet) join(ctx context.Context, h *sshHost, out output) output {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	if fl.joined == 0 {
		fl.out = out
		fl.b = out.next(nil, "")
		go fl.loop(ctx)
	}
	fl.joined++
	fl.floors[h] = math.MinInt64
	return fleetOutput{fl, h}
}

// connected says h is connected again: until its first poll ends it may send anything.
func (fl *fleet) connected(h *sshHost) {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	if fl.floors != nil {
		fl.floors[h] = math.MinInt64
	}
}

// lost says h's connection ended: it holds nobody back until it is connected again.
func (fl *fleet) lost(h *sshHost) {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	delete(fl.floors, h)
	fl.signal()
}

// advance sets h's floor: the entries it sends from now on sort no earlier.
func (fl *fleet) advance(h *sshHost, floor int64) {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	if _, ok := fl.floors[h]; ok {
		fl.floors[h] = floor
		fl.signal()
	}
}

// signal wakes the loop without waiting for it.
func (fl *fleet) signal() {
	select {
	case fl.kick <- struct{}{}:
	default:
	}
}

// floor is the lowest floor of the connected hosts: no entry to come sorts before it.
func (fl *fleet) floor() int64 {
	if len(fl.floors) == 0 {
		return math.MinInt64
	}
	low := int64(math.MaxInt64)
	for _, f := range fl.floors {
		low = min(low, f)
	}
	return low
}

// leave says h will add nothing more. The last host to leave waits until every entry was handed
// on, so that the group's Run returns after them.
func (fl *fleet) leave() {
	fl.mu.Lock()
	fl.left++
	last := fl.left == len(fl.hosts)
	fl.mu.Unlock()
	if last {
		close(fl.ended)
		<-fl.done
	}
}

// loop hands on ripe entries every fleetTick, and everything once every host has left.
func (fl *fleet) loop(ctx context.Context) {
	defer close(fl.done)
	defer func() { _ = recover() }() // the hosts' goroutines report their own failures
	t := time.NewTicker(fleetTick)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fl.release(time.Now(), false)
		case <-fl.kick:
			fl.release(time.Now(), false)
		case <-fl.ended:
			fl.release(time.Now(), true)
			return
		}
	}
}

type fleetOutput struct {
	fl *fleet
	h  *sshHost
}

func (o fleetOutput) next(b *parse.Batch, source string) *parse.Batch {
	if b != nil && b.Len() > 0 {
		o.fl.add(o.h, b)
	} else if b != nil {
		b.Source = source
		return b
	}
	return getBatch(source)
}

// add takes b to hold.
func (fl *fleet) add(h *sshHost, b *parse.Batch) {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	q := fl.bySrc[b.Source]
	if q == nil {
		q = &heldQueue{h: h}
		fl.bySrc[b.Source] = q
		fl.queues = append(fl.queues, q)
	}
	q.batches = append(q.batches, heldBatch{b: b, at: time.Now()})
}

// release hands on, in time order, the entries below every connected host's floor or held for
// the watermark (all of them with all), and any entry held twice as long whatever its time.
func (fl *fleet) release(now time.Time, all bool) {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	floor := fl.floor()
	for {
		q := fl.earliest()
		if q == nil {
			break
		}
		hb := &q.batches[0]
		if !all && hb.b.Items[hb.i].Sort > floor && now.Sub(hb.at) < fl.wait {
			if q = fl.overdue(now); q == nil {
				break
			}
		}
		fl.emit(q)
	}
	if fl.b.Len() > 0 {
		fl.b = fl.out.next(fl.b, fl.b.Source)
	}
}

// earliest is the queue whose next entry comes first by the local clock.
func (fl *fleet) earliest() *heldQueue {
	var best *heldQueue
	var bestKey int64
	for _, q := range fl.queues {
		if len(q.batches) == 0 {
			continue
		}
		hb := &q.batches[0]
		key := hb.b.Items[hb.i].Sort
		if best == nil || key < bestKey {
			best, bestKey = q, key
		}
	}
	return best
}

// overdue is a queue whose next entry was held twice the watermark.
func (fl *fleet) overdue(now time.Time) *heldQueue {
	for _, q := range fl.queues {
		if len(q.batches) > 0 && now.Sub(q.batches[0].at) >= 2*fl.wait {
			return q
		}
	}
	return nil
}

// emit hands on the next entry of q.
func (fl *fleet) emit(q *heldQueue) {
	hb := &q.batches[0]
	if fl.b.Source != hb.b.Source {
		if fl.b.Len() > 0 {
			fl.b = fl.out.next(fl.b, fl.b.Source)
		}
		fl.b.Source = hb.b.Source
	}
	copyItem(fl.b, hb.b, hb.i)
	hb.i++
	if hb.i == hb.b.Len() {
		batchPool.Put(hb.b)
		q.batches[0] = heldBatch{}
		q.batches = q.batches[1:]
		if len(q.batches) == 0 {
			q.batches = nil
		}
	}
}

// copyItem appends entry i of src to dst, with the bytes its spans cover.
func copyItem(dst, src *parse.Batch, i int) {
	it := src.Items[i]
	lo, hi := it.Raw.Start, it.Raw.End
	for _, sp := range []parse.Span{it.Message, it.Host} {
		if sp.Len() > 0 {
			lo, hi = min(lo, sp.Start), max(hi, sp.End)
		}
	}
	shift := int32(len(dst.Data)) - lo
	dst.Data = append(dst.Data, src.Data[lo:hi]...)
	move := func(sp parse.Span) parse.Span {
		if sp.Len() == 0 {
			return parse.Span{Start: it.Raw.Start + shift, End: it.Raw.Start + shift}
		}
		return parse.Span{Start: sp.Start + shift, End: sp.End + shift}
	}
	it.Raw, it.Message, it.Host = move(it.Raw), move(it.Message), move(it.Host)
	dst.Items = append(dst.Items, it)
}
