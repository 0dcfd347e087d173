package main

import (
	"context"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// lines returns a batch of n short entries.
func lines(n int) *parse.Batch {
	b := &parse.Batch{Source: "pace.log"}
	for i := range n {
		b.Add([]byte("a short line"), int64(i*13), int64(i), parse.Record{Message: parse.Span{End: 12}}, false)
	}
	return b
}

// While a reader takes snapshots, the sources never get further ahead of the newest one than the
// lead allows.
func TestReaderPaceKeepsSourcesNearTheReader(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := ring.New(ring.Options{MaxEntries: 10_000})
	p := &readerPace{ring: r, ctx: ctx, lead: 64 << 10, wait: time.Minute}
	go func() { // the interface: a snapshot after each change
		for {
			select {
			case <-r.Changed():
				r.Snapshot()
			case <-ctx.Done():
				return
			}
		}
	}()
	b := lines(256)
	for range 200 {
		p.Append(b)
		if a := r.Ahead(); a > p.lead {
			t.Fatalf("Append returned %d bytes ahead of the newest snapshot; the lead is %d", a, p.lead)
		}
	}
}

// A reader that takes no snapshot slows the sources down to a lead per wait, and never stops them;
// cancelling releases a waiting source at once.
func TestReaderPaceNeverStalls(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := ring.New(ring.Options{MaxEntries: 10_000})
	p := &readerPace{ring: r, ctx: ctx, lead: 1 << 10, wait: 10 * time.Millisecond}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range 20 {
			p.Append(lines(64))
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("sources stalled without a reader")
	}

	p.wait = time.Hour
	released := make(chan struct{})
	go func() { p.Append(lines(64)); close(released) }()
	cancel()
	select {
	case <-released:
	case <-time.After(30 * time.Second):
		t.Fatal("a cancelled context left a source waiting")
	}
}
