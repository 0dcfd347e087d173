package main

import (
	"context"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// Pacing of the sources by the interface.
const (
	// uiLead is how far, in memory, the sources may run ahead of the interface's newest snapshot.
	// The interface renders from snapshots a frame or more old, which keep alive everything
	// evicted since they were taken; unpaced, a file far larger than the ring was read faster than
	// the interface let go of them, and their segments took 30 MiB more than the ring. uiLead a
	// frame is a brake, not a bound: a view held over many frames still lets uiLead through each.
	// 4 MiB is more than the interface takes in anyway (10 million short lines with --max-memory
	// 64MiB loaded in 11-14 s paced, 14-18 s not), and held resident memory at 118 MiB where
	// 8 MiB let it reach 125 MiB.
	uiLead = 4 << 20
	// uiLeadWait is the longest a source waits for a snapshot before it takes another uiLead:
	// an interface that stops reading slows the sources down but never stops them.
	uiLeadWait = time.Second
)

// readerPace puts batches into the ring for the interface, and makes the sources wait while they
// are more than lead bytes ahead of the newest snapshot (ring.Ahead), so that a load far larger
// than the ring does not evict entries faster than the interface lets go of them.
type readerPace struct {
	ring *ring.Ring
	ctx  context.Context
	lead int64
	wait time.Duration
	// excused is how much of Ahead was let through when no snapshot came in time.
	excused int64
}

func newReaderPace(ctx context.Context, r *ring.Ring) *readerPace {
	return &readerPace{ring: r, ctx: ctx, lead: uiLead, wait: uiLeadWait}
}

// Append is called by one source at a time (tail.Sink), so excused needs no lock.
func (p *readerPace) Append(b *parse.Batch) {
	p.ring.Append(b)
	for {
		ahead := p.ring.Ahead()
		if ahead < p.excused { // a snapshot was taken since
			p.excused = 0
		}
		if ahead-p.excused <= p.lead {
			return
		}
		t := time.NewTimer(p.wait)
		select {
		case <-p.ring.Taken():
		case <-t.C:
			p.excused = ahead
		case <-p.ctx.Done():
			t.Stop()
			return
		}
		t.Stop()
	}
}
